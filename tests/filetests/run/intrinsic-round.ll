; `llvm.round` on double and float: rounds half away from zero. Signed zeros, halves,
; large values (already integral), infinities and NaN.
; test run

declare double @llvm.round.f64(double)
define double @round_double(double %a) {
  %r = call double @llvm.round.f64(double %a)
  ret double %r
}
; run: @round_double(0.0) == 0.0
; run: @round_double(-0.0) == -0.0
; run: @round_double(0.5) == 1.0
; run: @round_double(-0.5) == -1.0
; run: @round_double(1.5) == 2.0
; run: @round_double(2.5) == 3.0
; run: @round_double(-2.5) == -3.0
; run: @round_double(3.7) == 4.0
; run: @round_double(-3.7) == -4.0
; run: @round_double(1e+300) == 1e+300
; run: @round_double(-1e-300) == -0.0
; run: @round_double(4503599627370497.0) == 4503599627370497.0
; run: @round_double(0.49999999999999994) == 0.0
; run: @round_double(inf) == inf
; run: @round_double(-inf) == -inf
; run: @round_double(nan) == nan
; run: @round_double(2.0) == 2.0
; run: @round_double(-7.0) == -7.0

declare float @llvm.round.f32(float)
define float @round_float(float %a) {
  %r = call float @llvm.round.f32(float %a)
  ret float %r
}
; run: @round_float(0.0) == 0.0
; run: @round_float(-0.0) == -0.0
; run: @round_float(0.5) == 1.0
; run: @round_float(-0.5) == -1.0
; run: @round_float(1.5) == 2.0
; run: @round_float(2.5) == 3.0
; run: @round_float(-2.5) == -3.0
; run: @round_float(3.7) == 4.0
; run: @round_float(-3.7) == -4.0
; run: @round_float(inf) == inf
; run: @round_float(4.5035996e+15) == 4.5035996e+15
; run: @round_float(-inf) == -inf
; run: @round_float(nan) == nan
; run: @round_float(2.0) == 2.0
; run: @round_float(-7.0) == -7.0
