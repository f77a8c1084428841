; `llvm.maximum` on double and float: the larger operand, NaN when either is NaN, 0.0
; above -0.0.
; test run
; xfail x86_64: the x86-64 backend does not lower `llvm.maximum` yet (AArch64 and the interpreter do)

declare double @llvm.maximum.f64(double, double)
define double @maximum_double(double %a, double %b) {
  %r = call double @llvm.maximum.f64(double %a, double %b)
  ret double %r
}
; run: @maximum_double(1.0, 2.0) == 2.0
; run: @maximum_double(2.0, 1.0) == 2.0
; run: @maximum_double(-1.0, 1.0) == 1.0
; run: @maximum_double(3.5, -0.0) == 3.5
; run: @maximum_double(-3.5, 0.0) == 0.0
; run: @maximum_double(nan, 1.0) == nan
; run: @maximum_double(1.0, nan) == nan
; run: @maximum_double(inf, -inf) == inf
; run: @maximum_double(-inf, 5.0) == 5.0
; run: @maximum_double(1e-310, -1e-310) == 1e-310
; run: @maximum_double(7.0, 7.0) == 7.0
; run: @maximum_double(0.0, -0.0) == 0.0
; run: @maximum_double(-0.0, 0.0) == 0.0

declare float @llvm.maximum.f32(float, float)
define float @maximum_float(float %a, float %b) {
  %r = call float @llvm.maximum.f32(float %a, float %b)
  ret float %r
}
; run: @maximum_float(1.0, 2.0) == 2.0
; run: @maximum_float(2.0, 1.0) == 2.0
; run: @maximum_float(-1.0, 1.0) == 1.0
; run: @maximum_float(3.5, -0.0) == 3.5
; run: @maximum_float(-3.5, 0.0) == 0.0
; run: @maximum_float(nan, 1.0) == nan
; run: @maximum_float(1.0, nan) == nan
; run: @maximum_float(inf, -inf) == inf
; run: @maximum_float(-inf, 5.0) == 5.0
; run: @maximum_float(0.0, -0.0) == 0.0
; run: @maximum_float(7.0, 7.0) == 7.0
; run: @maximum_float(0.0, -0.0) == 0.0
; run: @maximum_float(-0.0, 0.0) == 0.0
