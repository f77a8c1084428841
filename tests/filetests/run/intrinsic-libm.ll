; Math library intrinsics on arguments whose results are exact (so any correctly working
; libm gives them): `pow`, `powi`, `exp`, `exp2`, `log`, `log2`, `log10`, `sin`, `cos`.
; (`powi` and `ldexp` have files of their own.)
; test run

declare double @llvm.pow.f64(double, double)
define double @pow_double(double %a0, double %a1) {
  %r = call double @llvm.pow.f64(double %a0, double %a1)
  ret double %r
}
; run: @pow_double(2.0, 10.0) == 1024.0
; run: @pow_double(9.0, 0.5) == 3.0
; run: @pow_double(-2.0, 3.0) == -8.0
; run: @pow_double(5.0, 0.0) == 1.0
; run: @pow_double(0.0, -1.0) == inf

declare float @llvm.pow.f32(float, float)
define float @pow_float(float %a0, float %a1) {
  %r = call float @llvm.pow.f32(float %a0, float %a1)
  ret float %r
}
; run: @pow_float(2.0, 1e+01) == 1024.0
; run: @pow_float(9.0, 0.5) == 3.0
; run: @pow_float(-2.0, 3.0) == -8.0
; run: @pow_float(5.0, 0.0) == 1.0
; run: @pow_float(0.0, -1.0) == inf

declare double @llvm.exp.f64(double)
define double @exp_double(double %a0) {
  %r = call double @llvm.exp.f64(double %a0)
  ret double %r
}
; run: @exp_double(0.0) == 1.0
; run: @exp_double(-inf) == 0.0

declare float @llvm.exp.f32(float)
define float @exp_float(float %a0) {
  %r = call float @llvm.exp.f32(float %a0)
  ret float %r
}
; run: @exp_float(0.0) == 1.0
; run: @exp_float(-inf) == 0.0

declare double @llvm.exp2.f64(double)
define double @exp2_double(double %a0) {
  %r = call double @llvm.exp2.f64(double %a0)
  ret double %r
}
; run: @exp2_double(3.0) == 8.0
; run: @exp2_double(-2.0) == 0.25
; run: @exp2_double(0.0) == 1.0

declare float @llvm.exp2.f32(float)
define float @exp2_float(float %a0) {
  %r = call float @llvm.exp2.f32(float %a0)
  ret float %r
}
; run: @exp2_float(3.0) == 8.0
; run: @exp2_float(-2.0) == 0.25
; run: @exp2_float(0.0) == 1.0

declare double @llvm.log.f64(double)
define double @log_double(double %a0) {
  %r = call double @llvm.log.f64(double %a0)
  ret double %r
}
; run: @log_double(1.0) == 0.0
; run: @log_double(0.0) == -inf
; run: @log_double(inf) == inf

declare float @llvm.log.f32(float)
define float @log_float(float %a0) {
  %r = call float @llvm.log.f32(float %a0)
  ret float %r
}
; run: @log_float(1.0) == 0.0
; run: @log_float(0.0) == -inf
; run: @log_float(inf) == inf

declare double @llvm.log2.f64(double)
define double @log2_double(double %a0) {
  %r = call double @llvm.log2.f64(double %a0)
  ret double %r
}
; run: @log2_double(8.0) == 3.0
; run: @log2_double(0.125) == -3.0

declare float @llvm.log2.f32(float)
define float @log2_float(float %a0) {
  %r = call float @llvm.log2.f32(float %a0)
  ret float %r
}
; run: @log2_float(8.0) == 3.0
; run: @log2_float(0.125) == -3.0

declare double @llvm.log10.f64(double)
define double @log10_double(double %a0) {
  %r = call double @llvm.log10.f64(double %a0)
  ret double %r
}
; run: @log10_double(1000.0) == 3.0
; run: @log10_double(1.0) == 0.0

declare float @llvm.log10.f32(float)
define float @log10_float(float %a0) {
  %r = call float @llvm.log10.f32(float %a0)
  ret float %r
}
; run: @log10_float(1e+03) == 3.0
; run: @log10_float(1.0) == 0.0

declare double @llvm.sin.f64(double)
define double @sin_double(double %a0) {
  %r = call double @llvm.sin.f64(double %a0)
  ret double %r
}
; run: @sin_double(0.0) == 0.0
; run: @sin_double(-0.0) == -0.0

declare float @llvm.sin.f32(float)
define float @sin_float(float %a0) {
  %r = call float @llvm.sin.f32(float %a0)
  ret float %r
}
; run: @sin_float(0.0) == 0.0
; run: @sin_float(-0.0) == -0.0

declare double @llvm.cos.f64(double)
define double @cos_double(double %a0) {
  %r = call double @llvm.cos.f64(double %a0)
  ret double %r
}
; run: @cos_double(0.0) == 1.0

declare float @llvm.cos.f32(float)
define float @cos_float(float %a0) {
  %r = call float @llvm.cos.f32(float %a0)
  ret float %r
}
; run: @cos_float(0.0) == 1.0
