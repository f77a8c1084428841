; `llvm.fabs` on double and float: the magnitude (clears the sign bit, also of -0.0).
; Signed zeros, halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.fabs.f64(double)
define double @fabs_double(double %a) {
  %r = call double @llvm.fabs.f64(double %a)
  ret double %r
}
; run: @fabs_double(0.0) == 0.0
; run: @fabs_double(-0.0) == 0.0
; run: @fabs_double(0.5) == 0.5
; run: @fabs_double(-0.5) == 0.5
; run: @fabs_double(1.5) == 1.5
; run: @fabs_double(2.5) == 2.5
; run: @fabs_double(-2.5) == 2.5
; run: @fabs_double(3.7) == 3.7
; run: @fabs_double(-3.7) == 3.7
; run: @fabs_double(1e+300) == 1e+300
; run: @fabs_double(-1e-300) == 1e-300
; run: @fabs_double(4503599627370497.0) == 4503599627370497.0
; run: @fabs_double(0.49999999999999994) == 0.49999999999999994
; run: @fabs_double(inf) == inf
; run: @fabs_double(-inf) == inf
; run: @fabs_double(nan) == nan
; run: @fabs_double(2.0) == 2.0
; run: @fabs_double(-7.0) == 7.0

declare float @llvm.fabs.f32(float)
define float @fabs_float(float %a) {
  %r = call float @llvm.fabs.f32(float %a)
  ret float %r
}
; run: @fabs_float(0.0) == 0.0
; run: @fabs_float(-0.0) == 0.0
; run: @fabs_float(0.5) == 0.5
; run: @fabs_float(-0.5) == 0.5
; run: @fabs_float(1.5) == 1.5
; run: @fabs_float(2.5) == 2.5
; run: @fabs_float(-2.5) == 2.5
; run: @fabs_float(3.7) == 3.7
; run: @fabs_float(-3.7) == 3.7
; run: @fabs_float(inf) == inf
; run: @fabs_float(4.5035996e+15) == 4.5035996e+15
; run: @fabs_float(-inf) == inf
; run: @fabs_float(nan) == nan
; run: @fabs_float(2.0) == 2.0
; run: @fabs_float(-7.0) == 7.0
