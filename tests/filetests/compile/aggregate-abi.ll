; Aggregates at the ABI boundary: {double, double} returned in two vector registers,
; {i64, double} in one of each, a large struct through a hidden sret pointer, and a struct
; passed byval to another function.
; test compile
; test run

define { double, double } @two_doubles(double %a) {
  %b = fmul double %a, 2.0
  %s1 = insertvalue { double, double } undef, double %a, 0
  %s2 = insertvalue { double, double } %s1, double %b, 1
  ret { double, double } %s2
}

define { i64, double } @int_and_double(i64 %a, double %b) {
  %s1 = insertvalue { i64, double } undef, i64 %a, 0
  %s2 = insertvalue { i64, double } %s1, double %b, 1
  ret { i64, double } %s2
}

define double @use_both(double %x) {
  %p = call { double, double } @two_doubles(double %x)
  %q = call { i64, double } @int_and_double(i64 3, double %x)
  %a = extractvalue { double, double } %p, 1
  %b = extractvalue { i64, double } %q, 1
  %c = extractvalue { i64, double } %q, 0
  %cf = sitofp i64 %c to double
  %s = fadd double %a, %b
  %t = fadd double %s, %cf
  ret double %t
}
; run: @use_both(1.5) == 7.5

%big = type { i64, i64, i64, i64, i64 }

define void @make_big(ptr sret(%big) %out, i64 %v) {
  %p = getelementptr inbounds %big, ptr %out, i32 0, i32 4
  store i64 %v, ptr %p
  ret void
}

define i64 @read_big(ptr byval(%big) align 8 %b) {
  %p = getelementptr inbounds %big, ptr %b, i32 0, i32 4
  %v = load i64, ptr %p
  ret i64 %v
}

define i64 @round_trip(i64 %v) {
  %tmp = alloca %big, align 8
  call void @make_big(ptr sret(%big) %tmp, i64 %v)
  %r = call i64 @read_big(ptr byval(%big) align 8 %tmp)
  ret i64 %r
}
; run: @round_trip(99) == 99
