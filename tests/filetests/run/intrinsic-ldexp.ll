; `llvm.ldexp`: x times two to an integer power, exact until it overflows to infinity or
; underflows to a subnormal or zero.
; test run
; xfail aarch64: the AArch64 backend does not lower `llvm.ldexp` yet (x86-64 and the interpreter do)

declare double @llvm.ldexp.f64.i32(double, i32)
define double @ldexp_double(double %a, i32 %n) {
  %r = call double @llvm.ldexp.f64.i32(double %a, i32 %n)
  ret double %r
}
; run: @ldexp_double(1.5, 4) == 24.0
; run: @ldexp_double(3.0, -2) == 0.75
; run: @ldexp_double(1.0, 1000) == 1.0715086071862673e+301
; run: @ldexp_double(-1.0, -1100) == -0.0
; run: @ldexp_double(0.75, 0) == 0.75

declare float @llvm.ldexp.f32.i32(float, i32)
define float @ldexp_float(float %a, i32 %n) {
  %r = call float @llvm.ldexp.f32.i32(float %a, i32 %n)
  ret float %r
}
; run: @ldexp_float(1.5, 4) == 24.0
; run: @ldexp_float(3.0, -2) == 0.75
; run: @ldexp_float(1.0, 200) == inf
; run: @ldexp_float(-1.0, -200) == -0.0
; run: @ldexp_float(0.75, 0) == 0.75
