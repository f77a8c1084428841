; `llvm.copysign` on double and float: the magnitude of the first operand with the sign
; of the second.
; test run

declare double @llvm.copysign.f64(double, double)
define double @copysign_double(double %a, double %b) {
  %r = call double @llvm.copysign.f64(double %a, double %b)
  ret double %r
}
; run: @copysign_double(1.0, 2.0) == 1.0
; run: @copysign_double(2.0, 1.0) == 2.0
; run: @copysign_double(-1.0, 1.0) == 1.0
; run: @copysign_double(3.5, -0.0) == -3.5
; run: @copysign_double(-3.5, 0.0) == 3.5
; run: @copysign_double(nan, 1.0) == nan
; run: @copysign_double(1.0, nan) == 1.0
; run: @copysign_double(inf, -inf) == -inf
; run: @copysign_double(-inf, 5.0) == inf
; run: @copysign_double(1e-310, -1e-310) == -1e-310
; run: @copysign_double(7.0, 7.0) == 7.0
; run: @copysign_double(0.0, -0.0) == -0.0
; run: @copysign_double(-0.0, 0.0) == 0.0

declare float @llvm.copysign.f32(float, float)
define float @copysign_float(float %a, float %b) {
  %r = call float @llvm.copysign.f32(float %a, float %b)
  ret float %r
}
; run: @copysign_float(1.0, 2.0) == 1.0
; run: @copysign_float(2.0, 1.0) == 2.0
; run: @copysign_float(-1.0, 1.0) == 1.0
; run: @copysign_float(3.5, -0.0) == -3.5
; run: @copysign_float(-3.5, 0.0) == 3.5
; run: @copysign_float(nan, 1.0) == nan
; run: @copysign_float(1.0, nan) == 1.0
; run: @copysign_float(inf, -inf) == -inf
; run: @copysign_float(-inf, 5.0) == inf
; run: @copysign_float(0.0, -0.0) == -0.0
; run: @copysign_float(7.0, 7.0) == 7.0
; run: @copysign_float(0.0, -0.0) == -0.0
; run: @copysign_float(-0.0, 0.0) == 0.0
