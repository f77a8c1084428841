; `llvm.minnum` on double and float: the smaller operand, the other one when one is NaN.
; test run

declare double @llvm.minnum.f64(double, double)
define double @minnum_double(double %a, double %b) {
  %r = call double @llvm.minnum.f64(double %a, double %b)
  ret double %r
}
; run: @minnum_double(1.0, 2.0) == 1.0
; run: @minnum_double(2.0, 1.0) == 1.0
; run: @minnum_double(-1.0, 1.0) == -1.0
; run: @minnum_double(3.5, -0.0) == -0.0
; run: @minnum_double(-3.5, 0.0) == -3.5
; run: @minnum_double(nan, 1.0) == 1.0
; run: @minnum_double(1.0, nan) == 1.0
; run: @minnum_double(inf, -inf) == -inf
; run: @minnum_double(-inf, 5.0) == -inf
; run: @minnum_double(1e-310, -1e-310) == -1e-310
; run: @minnum_double(7.0, 7.0) == 7.0

declare float @llvm.minnum.f32(float, float)
define float @minnum_float(float %a, float %b) {
  %r = call float @llvm.minnum.f32(float %a, float %b)
  ret float %r
}
; run: @minnum_float(1.0, 2.0) == 1.0
; run: @minnum_float(2.0, 1.0) == 1.0
; run: @minnum_float(-1.0, 1.0) == -1.0
; run: @minnum_float(3.5, -0.0) == -0.0
; run: @minnum_float(-3.5, 0.0) == -3.5
; run: @minnum_float(nan, 1.0) == 1.0
; run: @minnum_float(1.0, nan) == 1.0
; run: @minnum_float(inf, -inf) == -inf
; run: @minnum_float(-inf, 5.0) == -inf
; run: @minnum_float(7.0, 7.0) == 7.0
