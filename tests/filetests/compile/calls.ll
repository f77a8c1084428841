; Calls: arguments beyond the registers (stack slots), float arguments, a variadic call
; (x86-64 sets %al to the number of vector registers), an indirect call, a call whose
; result is a struct in two registers, and `sret`/`byval` arguments.
; test compile
; test run

declare i32 @printf(ptr, ...)
@fmt = private constant [7 x i8] c"%d %f\0A\00"

define i64 @ten(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) {
  %s = add i64 %a, %j
  ret i64 %s
}

define i64 @call_ten() {
  %r = call i64 @ten(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret i64 %r
}
; run: @call_ten() == 11

define i32 @call_printf(i32 %x, double %y) {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %x, double %y)
  ret i32 %r
}

define i32 @call_through(ptr %f, i32 %x) {
  %r = call i32 %f(i32 %x)
  ret i32 %r
}

define { i64, i64 } @pair(i64 %a) {
  %s1 = insertvalue { i64, i64 } undef, i64 %a, 0
  %s2 = insertvalue { i64, i64 } %s1, i64 7, 1
  ret { i64, i64 } %s2
}

define i64 @use_pair(i64 %a) {
  %p = call { i64, i64 } @pair(i64 %a)
  %x = extractvalue { i64, i64 } %p, 0
  %y = extractvalue { i64, i64 } %p, 1
  %s = add i64 %x, %y
  ret i64 %s
}
; run: @use_pair(35) == 42

define void @fill(ptr sret([3 x i64]) %out) {
  store i64 1, ptr %out
  ret void
}

define i64 @take(ptr byval([3 x i64]) align 8 %s) {
  %v = load i64, ptr %s
  ret i64 %v
}

define i64 @sret_then_byval() {
  %t = alloca [3 x i64], align 8
  call void @fill(ptr sret([3 x i64]) %t)
  %r = call i64 @take(ptr byval([3 x i64]) align 8 %t)
  ret i64 %r
}
; run: @sret_then_byval() == 1
