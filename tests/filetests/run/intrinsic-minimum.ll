; `llvm.minimum` on double and float: the smaller operand, NaN when either is NaN, -0.0
; below 0.0.
; test run
; xfail x86_64: the x86-64 backend does not lower `llvm.minimum` yet (AArch64 and the interpreter do)

declare double @llvm.minimum.f64(double, double)
define double @minimum_double(double %a, double %b) {
  %r = call double @llvm.minimum.f64(double %a, double %b)
  ret double %r
}
; run: @minimum_double(1.0, 2.0) == 1.0
; run: @minimum_double(2.0, 1.0) == 1.0
; run: @minimum_double(-1.0, 1.0) == -1.0
; run: @minimum_double(3.5, -0.0) == -0.0
; run: @minimum_double(-3.5, 0.0) == -3.5
; run: @minimum_double(nan, 1.0) == nan
; run: @minimum_double(1.0, nan) == nan
; run: @minimum_double(inf, -inf) == -inf
; run: @minimum_double(-inf, 5.0) == -inf
; run: @minimum_double(1e-310, -1e-310) == -1e-310
; run: @minimum_double(7.0, 7.0) == 7.0
; run: @minimum_double(0.0, -0.0) == -0.0
; run: @minimum_double(-0.0, 0.0) == -0.0

declare float @llvm.minimum.f32(float, float)
define float @minimum_float(float %a, float %b) {
  %r = call float @llvm.minimum.f32(float %a, float %b)
  ret float %r
}
; run: @minimum_float(1.0, 2.0) == 1.0
; run: @minimum_float(2.0, 1.0) == 1.0
; run: @minimum_float(-1.0, 1.0) == -1.0
; run: @minimum_float(3.5, -0.0) == -0.0
; run: @minimum_float(-3.5, 0.0) == -3.5
; run: @minimum_float(nan, 1.0) == nan
; run: @minimum_float(1.0, nan) == nan
; run: @minimum_float(inf, -inf) == -inf
; run: @minimum_float(-inf, 5.0) == -inf
; run: @minimum_float(0.0, -0.0) == -0.0
; run: @minimum_float(7.0, 7.0) == 7.0
; run: @minimum_float(0.0, -0.0) == -0.0
; run: @minimum_float(-0.0, 0.0) == -0.0
