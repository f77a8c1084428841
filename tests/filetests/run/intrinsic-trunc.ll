; `llvm.trunc` on double and float: rounds toward zero (keeps the sign of zero). Signed
; zeros, halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.trunc.f64(double)
define double @trunc_double(double %a) {
  %r = call double @llvm.trunc.f64(double %a)
  ret double %r
}
; run: @trunc_double(0.0) == 0.0
; run: @trunc_double(-0.0) == -0.0
; run: @trunc_double(0.5) == 0.0
; run: @trunc_double(-0.5) == -0.0
; run: @trunc_double(1.5) == 1.0
; run: @trunc_double(2.5) == 2.0
; run: @trunc_double(-2.5) == -2.0
; run: @trunc_double(3.7) == 3.0
; run: @trunc_double(-3.7) == -3.0
; run: @trunc_double(1e+300) == 1e+300
; run: @trunc_double(-1e-300) == -0.0
; run: @trunc_double(4503599627370497.0) == 4503599627370497.0
; run: @trunc_double(0.49999999999999994) == 0.0
; run: @trunc_double(inf) == inf
; run: @trunc_double(-inf) == -inf
; run: @trunc_double(nan) == nan
; run: @trunc_double(2.0) == 2.0
; run: @trunc_double(-7.0) == -7.0

declare float @llvm.trunc.f32(float)
define float @trunc_float(float %a) {
  %r = call float @llvm.trunc.f32(float %a)
  ret float %r
}
; run: @trunc_float(0.0) == 0.0
; run: @trunc_float(-0.0) == -0.0
; run: @trunc_float(0.5) == 0.0
; run: @trunc_float(-0.5) == -0.0
; run: @trunc_float(1.5) == 1.0
; run: @trunc_float(2.5) == 2.0
; run: @trunc_float(-2.5) == -2.0
; run: @trunc_float(3.7) == 3.0
; run: @trunc_float(-3.7) == -3.0
; run: @trunc_float(inf) == inf
; run: @trunc_float(4.5035996e+15) == 4.5035996e+15
; run: @trunc_float(-inf) == -inf
; run: @trunc_float(nan) == nan
; run: @trunc_float(2.0) == 2.0
; run: @trunc_float(-7.0) == -7.0
