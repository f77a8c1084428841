; `llvm.maxnum` on double and float: the larger operand, the other one when one is NaN.
; test run

declare double @llvm.maxnum.f64(double, double)
define double @maxnum_double(double %a, double %b) {
  %r = call double @llvm.maxnum.f64(double %a, double %b)
  ret double %r
}
; run: @maxnum_double(1.0, 2.0) == 2.0
; run: @maxnum_double(2.0, 1.0) == 2.0
; run: @maxnum_double(-1.0, 1.0) == 1.0
; run: @maxnum_double(3.5, -0.0) == 3.5
; run: @maxnum_double(-3.5, 0.0) == 0.0
; run: @maxnum_double(nan, 1.0) == 1.0
; run: @maxnum_double(1.0, nan) == 1.0
; run: @maxnum_double(inf, -inf) == inf
; run: @maxnum_double(-inf, 5.0) == 5.0
; run: @maxnum_double(1e-310, -1e-310) == 1e-310
; run: @maxnum_double(7.0, 7.0) == 7.0

declare float @llvm.maxnum.f32(float, float)
define float @maxnum_float(float %a, float %b) {
  %r = call float @llvm.maxnum.f32(float %a, float %b)
  ret float %r
}
; run: @maxnum_float(1.0, 2.0) == 2.0
; run: @maxnum_float(2.0, 1.0) == 2.0
; run: @maxnum_float(-1.0, 1.0) == 1.0
; run: @maxnum_float(3.5, -0.0) == 3.5
; run: @maxnum_float(-3.5, 0.0) == 0.0
; run: @maxnum_float(nan, 1.0) == 1.0
; run: @maxnum_float(1.0, nan) == 1.0
; run: @maxnum_float(inf, -inf) == inf
; run: @maxnum_float(-inf, 5.0) == 5.0
; run: @maxnum_float(7.0, 7.0) == 7.0
