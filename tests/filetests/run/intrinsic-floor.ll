; `llvm.floor` on double and float: rounds toward -inf. Signed zeros, halves, large
; values (already integral), infinities and NaN.
; test run

declare double @llvm.floor.f64(double)
define double @floor_double(double %a) {
  %r = call double @llvm.floor.f64(double %a)
  ret double %r
}
; run: @floor_double(0.0) == 0.0
; run: @floor_double(-0.0) == -0.0
; run: @floor_double(0.5) == 0.0
; run: @floor_double(-0.5) == -1.0
; run: @floor_double(1.5) == 1.0
; run: @floor_double(2.5) == 2.0
; run: @floor_double(-2.5) == -3.0
; run: @floor_double(3.7) == 3.0
; run: @floor_double(-3.7) == -4.0
; run: @floor_double(1e+300) == 1e+300
; run: @floor_double(-1e-300) == -1.0
; run: @floor_double(4503599627370497.0) == 4503599627370497.0
; run: @floor_double(0.49999999999999994) == 0.0
; run: @floor_double(inf) == inf
; run: @floor_double(-inf) == -inf
; run: @floor_double(nan) == nan
; run: @floor_double(2.0) == 2.0
; run: @floor_double(-7.0) == -7.0

declare float @llvm.floor.f32(float)
define float @floor_float(float %a) {
  %r = call float @llvm.floor.f32(float %a)
  ret float %r
}
; run: @floor_float(0.0) == 0.0
; run: @floor_float(-0.0) == -0.0
; run: @floor_float(0.5) == 0.0
; run: @floor_float(-0.5) == -1.0
; run: @floor_float(1.5) == 1.0
; run: @floor_float(2.5) == 2.0
; run: @floor_float(-2.5) == -3.0
; run: @floor_float(3.7) == 3.0
; run: @floor_float(-3.7) == -4.0
; run: @floor_float(inf) == inf
; run: @floor_float(4.5035996e+15) == 4.5035996e+15
; run: @floor_float(-inf) == -inf
; run: @floor_float(nan) == nan
; run: @floor_float(2.0) == 2.0
; run: @floor_float(-7.0) == -7.0
