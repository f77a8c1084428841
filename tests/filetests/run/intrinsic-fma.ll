; `llvm.fma` rounds a*b+c once: the cases below differ from a rounded product plus c.
; (`llvm.fmuladd` may fuse or not, so its cases are ones where both give the same.)
; test run

declare double @llvm.fma.f64(double, double, double)
define double @fma_double(double %a, double %b, double %c) {
  %r = call double @llvm.fma.f64(double %a, double %b, double %c)
  ret double %r
}
; run: @fma_double(1.0, 2.0, 3.0) == 5.0
; run: @fma_double(0.1, 10.0, -1.0) == 5.551115123125783e-17
; run: @fma_double(1.0000000009313226, 0.9999999990686774, -1.0) == -8.673617379884035e-19
; run: @fma_double(1e+308, 10.0, -1e+308) == inf
; run: @fma_double(-0.0, 1.0, -0.0) == -0.0
; run: @fma_double(0.0, -1.0, 0.0) == 0.0
; run: @fma_double(inf, 0.0, 1.0) == nan
; run: @fma_double(2.0, 3.0, inf) == inf

declare float @llvm.fma.f32(float, float, float)
define float @fma_float(float %a, float %b, float %c) {
  %r = call float @llvm.fma.f32(float %a, float %b, float %c)
  ret float %r
}
; run: @fma_float(1.0, 2.0, 3.0) == 5.0
; run: @fma_float(0.1, 1e+01, -1.0) == 1.4901161e-08
; run: @fma_float(1.0002441, 0.99975586, -1.0) == -5.9604645e-08
; run: @fma_float(1e+38, 1e+01, -1e+38) == inf
; run: @fma_float(-0.0, 1.0, -0.0) == -0.0
; run: @fma_float(0.0, -1.0, 0.0) == 0.0
; run: @fma_float(inf, 0.0, 1.0) == nan
; run: @fma_float(2.0, 3.0, inf) == inf

declare double @llvm.fmuladd.f64(double, double, double)
define double @fmuladd_double(double %a, double %b, double %c) {
  %r = call double @llvm.fmuladd.f64(double %a, double %b, double %c)
  ret double %r
}
; run: @fmuladd_double(1.0, 2.0, 3.0) == 5.0
; run: @fmuladd_double(2.5, 4.0, -10.0) == 0.0
; run: @fmuladd_double(-3.0, 0.5, 0.25) == -1.25

declare float @llvm.fmuladd.f32(float, float, float)
define float @fmuladd_float(float %a, float %b, float %c) {
  %r = call float @llvm.fmuladd.f32(float %a, float %b, float %c)
  ret float %r
}
; run: @fmuladd_float(1.0, 2.0, 3.0) == 5.0
; run: @fmuladd_float(2.5, 4.0, -1e+01) == 0.0
; run: @fmuladd_float(-3.0, 0.5, 0.25) == -1.25
