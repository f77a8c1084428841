; `llvm.rint` on double and float: rounds in the current mode, to nearest even. Signed
; zeros, halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.rint.f64(double)
define double @rint_double(double %a) {
  %r = call double @llvm.rint.f64(double %a)
  ret double %r
}
; run: @rint_double(0.0) == 0.0
; run: @rint_double(-0.0) == -0.0
; run: @rint_double(0.5) == 0.0
; run: @rint_double(-0.5) == -0.0
; run: @rint_double(1.5) == 2.0
; run: @rint_double(2.5) == 2.0
; run: @rint_double(-2.5) == -2.0
; run: @rint_double(3.7) == 4.0
; run: @rint_double(-3.7) == -4.0
; run: @rint_double(1e+300) == 1e+300
; run: @rint_double(-1e-300) == -0.0
; run: @rint_double(4503599627370497.0) == 4503599627370497.0
; run: @rint_double(0.49999999999999994) == 0.0
; run: @rint_double(inf) == inf
; run: @rint_double(-inf) == -inf
; run: @rint_double(nan) == nan
; run: @rint_double(2.0) == 2.0
; run: @rint_double(-7.0) == -7.0

declare float @llvm.rint.f32(float)
define float @rint_float(float %a) {
  %r = call float @llvm.rint.f32(float %a)
  ret float %r
}
; run: @rint_float(0.0) == 0.0
; run: @rint_float(-0.0) == -0.0
; run: @rint_float(0.5) == 0.0
; run: @rint_float(-0.5) == -0.0
; run: @rint_float(1.5) == 2.0
; run: @rint_float(2.5) == 2.0
; run: @rint_float(-2.5) == -2.0
; run: @rint_float(3.7) == 4.0
; run: @rint_float(-3.7) == -4.0
; run: @rint_float(inf) == inf
; run: @rint_float(4.5035996e+15) == 4.5035996e+15
; run: @rint_float(-inf) == -inf
; run: @rint_float(nan) == nan
; run: @rint_float(2.0) == 2.0
; run: @rint_float(-7.0) == -7.0
