; `llvm.roundeven` on double and float: rounds half to even. Signed zeros, halves, large
; values (already integral), infinities and NaN.
; test run

declare double @llvm.roundeven.f64(double)
define double @roundeven_double(double %a) {
  %r = call double @llvm.roundeven.f64(double %a)
  ret double %r
}
; run: @roundeven_double(0.0) == 0.0
; run: @roundeven_double(-0.0) == -0.0
; run: @roundeven_double(0.5) == 0.0
; run: @roundeven_double(-0.5) == -0.0
; run: @roundeven_double(1.5) == 2.0
; run: @roundeven_double(2.5) == 2.0
; run: @roundeven_double(-2.5) == -2.0
; run: @roundeven_double(3.7) == 4.0
; run: @roundeven_double(-3.7) == -4.0
; run: @roundeven_double(1e+300) == 1e+300
; run: @roundeven_double(-1e-300) == -0.0
; run: @roundeven_double(4503599627370497.0) == 4503599627370497.0
; run: @roundeven_double(0.49999999999999994) == 0.0
; run: @roundeven_double(inf) == inf
; run: @roundeven_double(-inf) == -inf
; run: @roundeven_double(nan) == nan
; run: @roundeven_double(2.0) == 2.0
; run: @roundeven_double(-7.0) == -7.0

declare float @llvm.roundeven.f32(float)
define float @roundeven_float(float %a) {
  %r = call float @llvm.roundeven.f32(float %a)
  ret float %r
}
; run: @roundeven_float(0.0) == 0.0
; run: @roundeven_float(-0.0) == -0.0
; run: @roundeven_float(0.5) == 0.0
; run: @roundeven_float(-0.5) == -0.0
; run: @roundeven_float(1.5) == 2.0
; run: @roundeven_float(2.5) == 2.0
; run: @roundeven_float(-2.5) == -2.0
; run: @roundeven_float(3.7) == 4.0
; run: @roundeven_float(-3.7) == -4.0
; run: @roundeven_float(inf) == inf
; run: @roundeven_float(4.5035996e+15) == 4.5035996e+15
; run: @roundeven_float(-inf) == -inf
; run: @roundeven_float(nan) == nan
; run: @roundeven_float(2.0) == 2.0
; run: @roundeven_float(-7.0) == -7.0
