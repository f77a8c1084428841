; Floating-point code: arithmetic on float and double, constants loaded from read-only
; data, conversions, and `frem`, which becomes a call to fmod.
; test compile
; test run

define double @poly(double %x) {
  %a = fmul double %x, 3.5
  %b = fadd double %a, -1.25
  %c = fdiv double %b, %x
  ret double %c
}
; run: @poly(2.0) == 2.875

define float @mixed_widths(float %x, double %y) {
  %e = fpext float %x to double
  %s = fsub double %e, %y
  %t = fptrunc double %s to float
  ret float %t
}
; run: @mixed_widths(1.5, 0.25) == 1.25

define double @frem_double(double %a, double %b) {
  %r = frem double %a, %b
  ret double %r
}
; run: @frem_double(7.5, 2.0) == 1.5

define i64 @to_unsigned(double %x) {
  %r = fptoui double %x to i64
  ret i64 %r
}
; run: @to_unsigned(18446744073709549568.0) == 18446744073709549568

define double @from_unsigned(i64 %x) {
  %r = uitofp i64 %x to double
  ret double %r
}
; run: @from_unsigned(-1) == 18446744073709551616.0

define double @negate_abs(double %x) {
  %a = call double @llvm.fabs.f64(double %x)
  %n = fneg double %a
  ret double %n
}
declare double @llvm.fabs.f64(double)
; run: @negate_abs(3.0) == -3.0
