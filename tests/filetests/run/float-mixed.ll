; Floating-point code as a compiler emits it: an expression over two doubles, `frem` on
; floats (a library call) followed by arithmetic, and the conversions at the edges of
; their ranges (unsigned 64-bit values above 2^63, which need more than one instruction
; on x86-64).
; test run

; (a + b) * (a - b) / b
define double @arith(double %a, double %b) {
  %s = fadd double %a, %b
  %d = fsub double %a, %b
  %p = fmul double %s, %d
  %q = fdiv double %p, %b
  ret double %q
}
; run: @arith(5.0, 2.0) == 10.5
; run: @arith(1.0, 1.0) == 0.0
; run: @arith(-1.0, 1.0) == -0.0

define float @fremf(float %a, float %b) {
  %r = frem float %a, %b
  %r2 = fadd float %r, 0.5
  ret float %r2
}
; run: @fremf(7.5, 2.0) == 2.0
; run: @fremf(-7.5, 2.0) == -1.0

define i64 @d2u64(double %x) {
  %r = fptoui double %x to i64
  ret i64 %r
}
; run: @d2u64(18446744073709549568.0) == 18446744073709549568
; run: @d2u64(12345.9) == 12345
; run: @d2u64(9.3e18) == 9300000000000000000
; run: @d2u64(9223372036854775808.0) == 9223372036854775808

define i64 @f2u64(float %x) {
  %r = fptoui float %x to i64
  ret i64 %r
}
; run: @f2u64(1.0e19) == 9999999980506447872

define i32 @d2i32(double %x) {
  %r = fptosi double %x to i32
  ret i32 %r
}
; run: @d2i32(-7.9) == -7
; run: @d2i32(2147483647.9) == 2147483647

define double @u642d(i64 %x) {
  %r = uitofp i64 %x to double
  ret double %r
}
; run: @u642d(-1) == 18446744073709551616.0
; run: @u642d(0x8000000000000401) == 9223372036854777856.0
; run: @u642d(12) == 12.0

define float @u642f(i64 %x) {
  %r = uitofp i64 %x to float
  ret float %r
}
; run: @u642f(0xfffffffffffffffa) == 18446744073709551616.0
; run: @u642f(0x8000008000000001) == 9223373136366403584.0

define double @i82d(i8 %x) {
  %r = sitofp i8 %x to double
  ret double %r
}
; run: @i82d(-3) == -3.0
; run: @i82d(-128) == -128.0

define double @f2d(float %x) {
  %r = fpext float %x to double
  ret double %r
}
; run: @f2d(1.5) == 1.5

define float @d2f(double %x) {
  %r = fptrunc double %x to float
  ret float %r
}
; run: @d2f(0.1) == 0.1

; Converting in a loop: the sum of 1/i for i = 1..n, rounded down to an integer after
; scaling by 1000.
define i64 @harmonic(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 1, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %f = sitofp i32 %i to double
  %inv = fdiv double 1.0, %f
  %acc.next = fadd double %acc, %inv
  %i.next = add i32 %i, 1
  %more = icmp sle i32 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  %scaled = fmul double %acc.next, 1000.0
  %r = fptosi double %scaled to i64
  ret i64 %r
}
; run: @harmonic(1) == 1000
; run: @harmonic(10) == 2928
; run: @harmonic(1000) == 7485
