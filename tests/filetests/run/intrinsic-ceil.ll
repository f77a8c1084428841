; `llvm.ceil` on double and float: rounds toward +inf (-0.5 gives -0.0). Signed zeros,
; halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.ceil.f64(double)
define double @ceil_double(double %a) {
  %r = call double @llvm.ceil.f64(double %a)
  ret double %r
}
; run: @ceil_double(0.0) == 0.0
; run: @ceil_double(-0.0) == -0.0
; run: @ceil_double(0.5) == 1.0
; run: @ceil_double(-0.5) == -0.0
; run: @ceil_double(1.5) == 2.0
; run: @ceil_double(2.5) == 3.0
; run: @ceil_double(-2.5) == -2.0
; run: @ceil_double(3.7) == 4.0
; run: @ceil_double(-3.7) == -3.0
; run: @ceil_double(1e+300) == 1e+300
; run: @ceil_double(-1e-300) == -0.0
; run: @ceil_double(4503599627370497.0) == 4503599627370497.0
; run: @ceil_double(0.49999999999999994) == 1.0
; run: @ceil_double(inf) == inf
; run: @ceil_double(-inf) == -inf
; run: @ceil_double(nan) == nan
; run: @ceil_double(2.0) == 2.0
; run: @ceil_double(-7.0) == -7.0

declare float @llvm.ceil.f32(float)
define float @ceil_float(float %a) {
  %r = call float @llvm.ceil.f32(float %a)
  ret float %r
}
; run: @ceil_float(0.0) == 0.0
; run: @ceil_float(-0.0) == -0.0
; run: @ceil_float(0.5) == 1.0
; run: @ceil_float(-0.5) == -0.0
; run: @ceil_float(1.5) == 2.0
; run: @ceil_float(2.5) == 3.0
; run: @ceil_float(-2.5) == -2.0
; run: @ceil_float(3.7) == 4.0
; run: @ceil_float(-3.7) == -3.0
; run: @ceil_float(inf) == inf
; run: @ceil_float(4.5035996e+15) == 4.5035996e+15
; run: @ceil_float(-inf) == -inf
; run: @ceil_float(nan) == nan
; run: @ceil_float(2.0) == 2.0
; run: @ceil_float(-7.0) == -7.0
