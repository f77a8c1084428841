; `llvm.powi`: a floating-point number to an integer power.
; test run
; xfail native: neither backend lowers `llvm.powi` yet (the interpreter does)

declare double @llvm.powi.f64.i32(double, i32)
define double @powi_double(double %a, i32 %n) {
  %r = call double @llvm.powi.f64.i32(double %a, i32 %n)
  ret double %r
}
; run: @powi_double(2.0, 10) == 1024.0
; run: @powi_double(2.0, -2) == 0.25
; run: @powi_double(-3.0, 3) == -27.0
; run: @powi_double(7.0, 0) == 1.0

declare float @llvm.powi.f32.i32(float, i32)
define float @powi_float(float %a, i32 %n) {
  %r = call float @llvm.powi.f32.i32(float %a, i32 %n)
  ret float %r
}
; run: @powi_float(2.0, 10) == 1024.0
; run: @powi_float(2.0, -2) == 0.25
; run: @powi_float(-3.0, 3) == -27.0
; run: @powi_float(7.0, 0) == 1.0
