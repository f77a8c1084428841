; `llvm.sqrt` on double and float: correctly rounded; NaN for negative operands, -0.0
; for -0.0. Signed zeros, halves, large values (already integral), infinities and NaN.
; test run

declare double @llvm.sqrt.f64(double)
define double @sqrt_double(double %a) {
  %r = call double @llvm.sqrt.f64(double %a)
  ret double %r
}
; run: @sqrt_double(0.0) == 0.0
; run: @sqrt_double(-0.0) == -0.0
; run: @sqrt_double(0.5) == 0.7071067811865476
; run: @sqrt_double(-0.5) == nan
; run: @sqrt_double(1.5) == 1.224744871391589
; run: @sqrt_double(2.5) == 1.5811388300841898
; run: @sqrt_double(-2.5) == nan
; run: @sqrt_double(3.7) == 1.9235384061671346
; run: @sqrt_double(-3.7) == nan
; run: @sqrt_double(1e+300) == 1e+150
; run: @sqrt_double(-1e-300) == nan
; run: @sqrt_double(4503599627370497.0) == 67108864.0
; run: @sqrt_double(0.49999999999999994) == 0.7071067811865475
; run: @sqrt_double(inf) == inf
; run: @sqrt_double(-inf) == nan
; run: @sqrt_double(nan) == nan
; run: @sqrt_double(2.0) == 1.4142135623730951
; run: @sqrt_double(-7.0) == nan

declare float @llvm.sqrt.f32(float)
define float @sqrt_float(float %a) {
  %r = call float @llvm.sqrt.f32(float %a)
  ret float %r
}
; run: @sqrt_float(0.0) == 0.0
; run: @sqrt_float(-0.0) == -0.0
; run: @sqrt_float(0.5) == 0.70710677
; run: @sqrt_float(-0.5) == nan
; run: @sqrt_float(1.5) == 1.2247449
; run: @sqrt_float(2.5) == 1.5811388
; run: @sqrt_float(-2.5) == nan
; run: @sqrt_float(3.7) == 1.9235384
; run: @sqrt_float(-3.7) == nan
; run: @sqrt_float(inf) == inf
; run: @sqrt_float(4.5035996e+15) == 67108864.0
; run: @sqrt_float(-inf) == nan
; run: @sqrt_float(nan) == nan
; run: @sqrt_float(2.0) == 1.4142135
; run: @sqrt_float(-7.0) == nan
