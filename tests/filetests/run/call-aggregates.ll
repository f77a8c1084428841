; Aggregates across calls between JIT functions: small structs returned in registers
; ({i64, i64} in two GP registers, {double, double} in two vector registers, {i64, double}
; in one of each), a large struct returned through `sret` and passed `byval` after eight
; integer arguments (so it goes on the stack), and `extractvalue` of a constant.
; test run

define { i64, i64 } @mk(i64 %a, i64 %b) {
  %s1 = insertvalue { i64, i64 } undef, i64 %a, 0
  %s2 = insertvalue { i64, i64 } %s1, i64 %b, 1
  ret { i64, i64 } %s2
}

; mk(a, b).0 * 10 + mk(a, b).1
define i64 @use_mk(i64 %a, i64 %b) {
  %r = call { i64, i64 } @mk(i64 %a, i64 %b)
  %x = extractvalue { i64, i64 } %r, 0
  %y = extractvalue { i64, i64 } %r, 1
  %t = mul i64 %x, 10
  %s = add i64 %t, %y
  ret i64 %s
}
; run: @use_mk(4, 2) == 42
; run: @use_mk(-1, 5) == -5

define { double, double } @dmk(double %a) {
  %a2 = fadd double %a, %a
  %s1 = insertvalue { double, double } zeroinitializer, double %a, 0
  %s2 = insertvalue { double, double } %s1, double %a2, 1
  ret { double, double } %s2
}

define double @use_dmk(double %a) {
  %r = call { double, double } @dmk(double %a)
  %x = extractvalue { double, double } %r, 0
  %y = extractvalue { double, double } %r, 1
  %t = fmul double %x, 1.0e3
  %s = fadd double %t, %y
  ret double %s
}
; run: @use_dmk(1.25) == 1252.5

define { i64, double } @mixed(i64 %a, double %d) {
  %s1 = insertvalue { i64, double } undef, i64 %a, 0
  %s2 = insertvalue { i64, double } %s1, double %d, 1
  ret { i64, double } %s2
}

define double @use_mixed(i64 %a, double %d) {
  %r = call { i64, double } @mixed(i64 %a, double %d)
  %x = extractvalue { i64, double } %r, 0
  %y = extractvalue { i64, double } %r, 1
  %xf = sitofp i64 %x to double
  %s = fsub double %xf, %y
  ret double %s
}
; run: @use_mixed(7, 0.5) == 6.5

; fill(out, v): out[i] = v + i for a [4 x i64] returned through sret.
define void @fill(ptr sret([4 x i64]) %out, i64 %v) {
  %p1 = getelementptr inbounds [4 x i64], ptr %out, i64 0, i64 1
  %p2 = getelementptr inbounds [4 x i64], ptr %out, i64 0, i64 2
  %p3 = getelementptr inbounds [4 x i64], ptr %out, i64 0, i64 3
  store i64 %v, ptr %out
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %p1
  %v2 = add i64 %v, 2
  store i64 %v2, ptr %p2
  %v3 = add i64 %v, 3
  store i64 %v3, ptr %p3
  ret void
}

; sum of a..h weighted by 1 << position, plus the four elements of the byval copy; it
; then clobbers its copy, which must not change the caller's array.
define i64 @sum_byval(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, ptr byval([4 x i64]) align 8 %s) {
  %b1 = shl i64 %b, 1
  %c1 = shl i64 %c, 2
  %d1 = shl i64 %d, 3
  %e1 = shl i64 %e, 4
  %f1 = shl i64 %f, 5
  %g1 = shl i64 %g, 6
  %h1 = shl i64 %h, 7
  %t1 = add i64 %a, %b1
  %t2 = add i64 %t1, %c1
  %t3 = add i64 %t2, %d1
  %t4 = add i64 %t3, %e1
  %t5 = add i64 %t4, %f1
  %t6 = add i64 %t5, %g1
  %t7 = add i64 %t6, %h1
  %s0 = load i64, ptr %s
  %p1 = getelementptr inbounds [4 x i64], ptr %s, i64 0, i64 1
  %s1 = load i64, ptr %p1
  %p2 = getelementptr inbounds [4 x i64], ptr %s, i64 0, i64 2
  %s2 = load i64, ptr %p2
  %p3 = getelementptr inbounds [4 x i64], ptr %s, i64 0, i64 3
  %s3 = load i64, ptr %p3
  %u1 = add i64 %t7, %s0
  %u2 = add i64 %u1, %s1
  %u3 = add i64 %u2, %s2
  %u4 = add i64 %u3, %s3
  store i64 0, ptr %s
  ret i64 %u4
}

; fill(slot, v) then sum_byval(1..8, slot); adds slot[0] * 1000000 to show that the
; callee's store went to its copy.
define i64 @driver(i64 %v) {
  %slot = alloca [4 x i64], align 8
  call void @fill(ptr sret([4 x i64]) %slot, i64 %v)
  %r = call i64 @sum_byval(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, ptr byval([4 x i64]) align 8 %slot)
  %first = load i64, ptr %slot
  %m = mul i64 %first, 1000000
  %r2 = add i64 %r, %m
  ret i64 %r2
}
; run: @driver(100) == 100002199
; run: @driver(0) == 1799

define i8 @second_char() {
  %c = extractvalue [4 x i8] c"abc\00", 1
  ret i8 %c
}
; run: @second_char() == 98

; Nested aggregates: insert into and extract from a struct holding an array and a struct.
define i32 @nested(i32 %x, i32 %y) {
  %a = insertvalue { [2 x i32], { i8, i32 } } zeroinitializer, i32 %x, 0, 1
  %b = insertvalue { [2 x i32], { i8, i32 } } %a, i32 %y, 1, 1
  %c = insertvalue { [2 x i32], { i8, i32 } } %b, i8 7, 1, 0
  %p = extractvalue { [2 x i32], { i8, i32 } } %c, 0, 1
  %q = extractvalue { [2 x i32], { i8, i32 } } %c, 1, 1
  %r = extractvalue { [2 x i32], { i8, i32 } } %c, 1, 0
  %z = extractvalue { [2 x i32], { i8, i32 } } %c, 0, 0
  %r32 = zext i8 %r to i32
  %s1 = mul i32 %p, 100
  %s2 = mul i32 %q, 10
  %s3 = add i32 %s1, %s2
  %s4 = add i32 %s3, %r32
  %s5 = add i32 %s4, %z
  ret i32 %s5
}
; run: @nested(3, 4) == 347
