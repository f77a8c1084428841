; `llvm.nearbyint` on double and float: as rint, without the inexact exception. Signed
; zeros, halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.nearbyint.f64(double)
define double @nearbyint_double(double %a) {
  %r = call double @llvm.nearbyint.f64(double %a)
  ret double %r
}
; run: @nearbyint_double(0.0) == 0.0
; run: @nearbyint_double(-0.0) == -0.0
; run: @nearbyint_double(0.5) == 0.0
; run: @nearbyint_double(-0.5) == -0.0
; run: @nearbyint_double(1.5) == 2.0
; run: @nearbyint_double(2.5) == 2.0
; run: @nearbyint_double(-2.5) == -2.0
; run: @nearbyint_double(3.7) == 4.0
; run: @nearbyint_double(-3.7) == -4.0
; run: @nearbyint_double(1e+300) == 1e+300
; run: @nearbyint_double(-1e-300) == -0.0
; run: @nearbyint_double(4503599627370497.0) == 4503599627370497.0
; run: @nearbyint_double(0.49999999999999994) == 0.0
; run: @nearbyint_double(inf) == inf
; run: @nearbyint_double(-inf) == -inf
; run: @nearbyint_double(nan) == nan
; run: @nearbyint_double(2.0) == 2.0
; run: @nearbyint_double(-7.0) == -7.0

declare float @llvm.nearbyint.f32(float)
define float @nearbyint_float(float %a) {
  %r = call float @llvm.nearbyint.f32(float %a)
  ret float %r
}
; run: @nearbyint_float(0.0) == 0.0
; run: @nearbyint_float(-0.0) == -0.0
; run: @nearbyint_float(0.5) == 0.0
; run: @nearbyint_float(-0.5) == -0.0
; run: @nearbyint_float(1.5) == 2.0
; run: @nearbyint_float(2.5) == 2.0
; run: @nearbyint_float(-2.5) == -2.0
; run: @nearbyint_float(3.7) == 4.0
; run: @nearbyint_float(-3.7) == -4.0
; run: @nearbyint_float(inf) == inf
; run: @nearbyint_float(4.5035996e+15) == 4.5035996e+15
; run: @nearbyint_float(-inf) == -inf
; run: @nearbyint_float(nan) == nan
; run: @nearbyint_float(2.0) == 2.0
; run: @nearbyint_float(-7.0) == -7.0
