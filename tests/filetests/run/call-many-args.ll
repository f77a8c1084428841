; Calls with more arguments than argument registers: integers (six GP registers on
; x86-64, eight on AArch64), doubles and floats (eight vector registers on both), and
; mixes, so that later arguments go on the stack. Run lines call the functions from
; native code (libffi); the `call_*` functions call them from JIT code.
; test run

; Each argument weighted by a power of ten, so a misplaced argument shows.
define i64 @ints10(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) {
  %b1 = mul i64 %b, 10
  %c1 = mul i64 %c, 100
  %d1 = mul i64 %d, 1000
  %e1 = mul i64 %e, 10000
  %f1 = mul i64 %f, 100000
  %g1 = mul i64 %g, 1000000
  %h1 = mul i64 %h, 10000000
  %i1 = mul i64 %i, 100000000
  %j1 = mul i64 %j, 1000000000
  %s1 = add i64 %a, %b1
  %s2 = add i64 %s1, %c1
  %s3 = add i64 %s2, %d1
  %s4 = add i64 %s3, %e1
  %s5 = add i64 %s4, %f1
  %s6 = add i64 %s5, %g1
  %s7 = add i64 %s6, %h1
  %s8 = add i64 %s7, %i1
  %s9 = add i64 %s8, %j1
  ret i64 %s9
}
; run: @ints10(1, 2, 3, 4, 5, 6, 7, 8, 9, 1) == 1987654321
; run: @ints10(0, 0, 0, 0, 0, 0, 0, 0, 0, -1) == -1000000000

define i64 @call_ints10() {
  %r = call i64 @ints10(i64 9, i64 8, i64 7, i64 6, i64 5, i64 4, i64 3, i64 2, i64 1, i64 0)
  ret i64 %r
}
; run: @call_ints10() == 123456789

; Narrow arguments on the stack: each is extended per its attribute before use.
define i64 @narrow_stack(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i8 signext %i, i16 zeroext %j, i32 signext %k) {
  %i64 = sext i8 %i to i64
  %j64 = zext i16 %j to i64
  %k64 = sext i32 %k to i64
  %s1 = add i64 %i64, %j64
  %s2 = add i64 %s1, %k64
  %s3 = add i64 %s2, %h
  ret i64 %s3
}
; run: @narrow_stack(0, 0, 0, 0, 0, 0, 0, 1000, -1, 65535, -70000) == -3466

define i64 @call_narrow_stack() {
  %r = call i64 @narrow_stack(i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 1, i8 signext -128, i16 zeroext -1, i32 signext 5)
  ret i64 %r
}
; run: @call_narrow_stack() == 65413

define double @doubles12(double %a, double %b, double %c, double %d, double %e, double %f, double %g, double %h, double %i, double %j, double %k, double %l) {
  %b1 = fmul double %b, 2.0
  %c1 = fmul double %c, 4.0
  %d1 = fmul double %d, 8.0
  %e1 = fmul double %e, 16.0
  %f1 = fmul double %f, 32.0
  %g1 = fmul double %g, 64.0
  %h1 = fmul double %h, 128.0
  %i1 = fmul double %i, 256.0
  %j1 = fmul double %j, 512.0
  %k1 = fmul double %k, 1024.0
  %l1 = fmul double %l, 2048.0
  %s1 = fadd double %a, %b1
  %s2 = fadd double %s1, %c1
  %s3 = fadd double %s2, %d1
  %s4 = fadd double %s3, %e1
  %s5 = fadd double %s4, %f1
  %s6 = fadd double %s5, %g1
  %s7 = fadd double %s6, %h1
  %s8 = fadd double %s7, %i1
  %s9 = fadd double %s8, %j1
  %s10 = fadd double %s9, %k1
  %s11 = fadd double %s10, %l1
  ret double %s11
}
; run: @doubles12(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0) == 4095.0
; run: @doubles12(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5) == 1024.0

define double @call_doubles12() {
  %r = call double @doubles12(double 1.0, double 0.0, double 0.0, double 0.0, double 0.0, double 0.0, double 0.0, double 0.0, double 1.0, double 0.0, double 0.0, double 1.0)
  ret double %r
}
; run: @call_doubles12() == 2305.0

define float @floats10(float %a, float %b, float %c, float %d, float %e, float %f, float %g, float %h, float %i, float %j) {
  %j1 = fmul float %j, 1000.0
  %i1 = fmul float %i, 100.0
  %s = fadd float %j1, %i1
  %t = fadd float %s, %a
  ret float %t
}
; run: @floats10(0.5, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0, 2.0, 3.0) == 3200.5

; Integers and doubles interleaved: each class fills its own registers, and the rest of
; both go on the stack in argument order.
define double @mixed(i32 %a, double %x, i64 %b, double %y, i32 %c, double %z, i64 %d, double %w, i32 %e, double %v, i64 %f, double %u, i32 %g, double %t, i64 %h, double %s, i8 %i, double %r, float %q) {
  %a1 = sitofp i32 %a to double
  %g1 = sitofp i32 %g to double
  %h1 = sitofp i64 %h to double
  %i1 = sitofp i8 %i to double
  %q1 = fpext float %q to double
  %s1 = fadd double %a1, %x
  %s2 = fmul double %g1, 10.0
  %s3 = fadd double %s1, %s2
  %s4 = fmul double %h1, 100.0
  %s5 = fadd double %s3, %s4
  %s6 = fmul double %i1, 1000.0
  %s7 = fadd double %s5, %s6
  %s8 = fmul double %r, 10000.0
  %s9 = fadd double %s7, %s8
  %s10 = fmul double %q1, 100000.0
  %s11 = fadd double %s9, %s10
  ret double %s11
}
; run: @mixed(1, 0.5, 0, 0.0, 0, 0.0, 0, 0.0, 0, 0.0, 0, 0.0, 2, 0.0, 3, 0.0, -4, 5.0, 6.0) == 646321.5

define double @call_mixed() {
  %r = call double @mixed(i32 7, double 0.25, i64 0, double 0.0, i32 0, double 0.0, i64 0, double 0.0, i32 0, double 0.0, i64 0, double 0.0, i32 1, double 0.0, i64 2, double 0.0, i8 3, double 4.0, float 5.0)
  ret double %r
}
; run: @call_mixed() == 543217.25
