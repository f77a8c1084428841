; `llvm.lround`/`llvm.llround` (half away from zero) and `llvm.lrint`/`llvm.llrint`
; (current mode: to nearest even) from double and float to i64.
; test run

declare i64 @llvm.lround.i64.f64(double)
define i64 @lround_double(double %a) {
  %r = call i64 @llvm.lround.i64.f64(double %a)
  ret i64 %r
}
; run: @lround_double(0.5) == 1
; run: @lround_double(1.5) == 2
; run: @lround_double(2.5) == 3
; run: @lround_double(-0.5) == -1
; run: @lround_double(-2.5) == -3
; run: @lround_double(3.7) == 4
; run: @lround_double(-3.7) == -4
; run: @lround_double(1000000000000000.5) == 1000000000000001
; run: @lround_double(0.0) == 0

declare i64 @llvm.lround.i64.f32(float)
define i64 @lround_float(float %a) {
  %r = call i64 @llvm.lround.i64.f32(float %a)
  ret i64 %r
}
; run: @lround_float(0.5) == 1
; run: @lround_float(1.5) == 2
; run: @lround_float(2.5) == 3
; run: @lround_float(-0.5) == -1
; run: @lround_float(-2.5) == -3
; run: @lround_float(3.7) == 4
; run: @lround_float(-3.7) == -4
; run: @lround_float(1e+15) == 999999986991104
; run: @lround_float(0.0) == 0

declare i64 @llvm.llround.i64.f64(double)
define i64 @llround_double(double %a) {
  %r = call i64 @llvm.llround.i64.f64(double %a)
  ret i64 %r
}
; run: @llround_double(0.5) == 1
; run: @llround_double(1.5) == 2
; run: @llround_double(2.5) == 3
; run: @llround_double(-0.5) == -1
; run: @llround_double(-2.5) == -3
; run: @llround_double(3.7) == 4
; run: @llround_double(-3.7) == -4
; run: @llround_double(1000000000000000.5) == 1000000000000001
; run: @llround_double(0.0) == 0

declare i64 @llvm.llround.i64.f32(float)
define i64 @llround_float(float %a) {
  %r = call i64 @llvm.llround.i64.f32(float %a)
  ret i64 %r
}
; run: @llround_float(0.5) == 1
; run: @llround_float(1.5) == 2
; run: @llround_float(2.5) == 3
; run: @llround_float(-0.5) == -1
; run: @llround_float(-2.5) == -3
; run: @llround_float(3.7) == 4
; run: @llround_float(-3.7) == -4
; run: @llround_float(1e+15) == 999999986991104
; run: @llround_float(0.0) == 0

declare i64 @llvm.lrint.i64.f64(double)
define i64 @lrint_double(double %a) {
  %r = call i64 @llvm.lrint.i64.f64(double %a)
  ret i64 %r
}
; run: @lrint_double(0.5) == 0
; run: @lrint_double(1.5) == 2
; run: @lrint_double(2.5) == 2
; run: @lrint_double(-0.5) == 0
; run: @lrint_double(-2.5) == -2
; run: @lrint_double(3.7) == 4
; run: @lrint_double(-3.7) == -4
; run: @lrint_double(1000000000000000.5) == 1000000000000000
; run: @lrint_double(0.0) == 0

declare i64 @llvm.lrint.i64.f32(float)
define i64 @lrint_float(float %a) {
  %r = call i64 @llvm.lrint.i64.f32(float %a)
  ret i64 %r
}
; run: @lrint_float(0.5) == 0
; run: @lrint_float(1.5) == 2
; run: @lrint_float(2.5) == 2
; run: @lrint_float(-0.5) == 0
; run: @lrint_float(-2.5) == -2
; run: @lrint_float(3.7) == 4
; run: @lrint_float(-3.7) == -4
; run: @lrint_float(1e+15) == 999999986991104
; run: @lrint_float(0.0) == 0

declare i64 @llvm.llrint.i64.f64(double)
define i64 @llrint_double(double %a) {
  %r = call i64 @llvm.llrint.i64.f64(double %a)
  ret i64 %r
}
; run: @llrint_double(0.5) == 0
; run: @llrint_double(1.5) == 2
; run: @llrint_double(2.5) == 2
; run: @llrint_double(-0.5) == 0
; run: @llrint_double(-2.5) == -2
; run: @llrint_double(3.7) == 4
; run: @llrint_double(-3.7) == -4
; run: @llrint_double(1000000000000000.5) == 1000000000000000
; run: @llrint_double(0.0) == 0

declare i64 @llvm.llrint.i64.f32(float)
define i64 @llrint_float(float %a) {
  %r = call i64 @llvm.llrint.i64.f32(float %a)
  ret i64 %r
}
; run: @llrint_float(0.5) == 0
; run: @llrint_float(1.5) == 2
; run: @llrint_float(2.5) == 2
; run: @llrint_float(-0.5) == 0
; run: @llrint_float(-2.5) == -2
; run: @llrint_float(3.7) == 4
; run: @llrint_float(-3.7) == -4
; run: @llrint_float(1e+15) == 999999986991104
; run: @llrint_float(0.0) == 0
