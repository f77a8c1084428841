; `fcmp false` (always false) on double and float, every pair of 0.0, -0.0, 1.0, -2.5,
; NaN, inf and -inf (zeros compare equal; NaN is unordered), as a value and, for double,
; deciding a branch.
; test run

define i32 @false_double(double %a, double %b) {
  %c = fcmp false double %a, %b
  %z = zext i1 %c to i32
  ret i32 %z
}
; run: @false_double(0.0, 0.0) == 0
; run: @false_double(0.0, -0.0) == 0
; run: @false_double(0.0, 1.0) == 0
; run: @false_double(0.0, -2.5) == 0
; run: @false_double(0.0, nan) == 0
; run: @false_double(0.0, inf) == 0
; run: @false_double(0.0, -inf) == 0
; run: @false_double(-0.0, 0.0) == 0
; run: @false_double(-0.0, -0.0) == 0
; run: @false_double(-0.0, 1.0) == 0
; run: @false_double(-0.0, -2.5) == 0
; run: @false_double(-0.0, nan) == 0
; run: @false_double(-0.0, inf) == 0
; run: @false_double(-0.0, -inf) == 0
; run: @false_double(1.0, 0.0) == 0
; run: @false_double(1.0, -0.0) == 0
; run: @false_double(1.0, 1.0) == 0
; run: @false_double(1.0, -2.5) == 0
; run: @false_double(1.0, nan) == 0
; run: @false_double(1.0, inf) == 0
; run: @false_double(1.0, -inf) == 0
; run: @false_double(-2.5, 0.0) == 0
; run: @false_double(-2.5, -0.0) == 0
; run: @false_double(-2.5, 1.0) == 0
; run: @false_double(-2.5, -2.5) == 0
; run: @false_double(-2.5, nan) == 0
; run: @false_double(-2.5, inf) == 0
; run: @false_double(-2.5, -inf) == 0
; run: @false_double(nan, 0.0) == 0
; run: @false_double(nan, -0.0) == 0
; run: @false_double(nan, 1.0) == 0
; run: @false_double(nan, -2.5) == 0
; run: @false_double(nan, nan) == 0
; run: @false_double(nan, inf) == 0
; run: @false_double(nan, -inf) == 0
; run: @false_double(inf, 0.0) == 0
; run: @false_double(inf, -0.0) == 0
; run: @false_double(inf, 1.0) == 0
; run: @false_double(inf, -2.5) == 0
; run: @false_double(inf, nan) == 0
; run: @false_double(inf, inf) == 0
; run: @false_double(inf, -inf) == 0
; run: @false_double(-inf, 0.0) == 0
; run: @false_double(-inf, -0.0) == 0
; run: @false_double(-inf, 1.0) == 0
; run: @false_double(-inf, -2.5) == 0
; run: @false_double(-inf, nan) == 0
; run: @false_double(-inf, inf) == 0
; run: @false_double(-inf, -inf) == 0

define i32 @false_double_br(double %a, double %b) {
  %c = fcmp false double %a, %b
  br i1 %c, label %yes, label %no
yes:
  ret i32 1
no:
  ret i32 0
}
; run: @false_double_br(0.0, 0.0) == 0
; run: @false_double_br(0.0, -0.0) == 0
; run: @false_double_br(0.0, 1.0) == 0
; run: @false_double_br(0.0, -2.5) == 0
; run: @false_double_br(0.0, nan) == 0
; run: @false_double_br(0.0, inf) == 0
; run: @false_double_br(0.0, -inf) == 0
; run: @false_double_br(-0.0, 0.0) == 0
; run: @false_double_br(-0.0, -0.0) == 0
; run: @false_double_br(-0.0, 1.0) == 0
; run: @false_double_br(-0.0, -2.5) == 0
; run: @false_double_br(-0.0, nan) == 0
; run: @false_double_br(-0.0, inf) == 0
; run: @false_double_br(-0.0, -inf) == 0
; run: @false_double_br(1.0, 0.0) == 0
; run: @false_double_br(1.0, -0.0) == 0
; run: @false_double_br(1.0, 1.0) == 0
; run: @false_double_br(1.0, -2.5) == 0
; run: @false_double_br(1.0, nan) == 0
; run: @false_double_br(1.0, inf) == 0
; run: @false_double_br(1.0, -inf) == 0
; run: @false_double_br(-2.5, 0.0) == 0
; run: @false_double_br(-2.5, -0.0) == 0
; run: @false_double_br(-2.5, 1.0) == 0
; run: @false_double_br(-2.5, -2.5) == 0
; run: @false_double_br(-2.5, nan) == 0
; run: @false_double_br(-2.5, inf) == 0
; run: @false_double_br(-2.5, -inf) == 0
; run: @false_double_br(nan, 0.0) == 0
; run: @false_double_br(nan, -0.0) == 0
; run: @false_double_br(nan, 1.0) == 0
; run: @false_double_br(nan, -2.5) == 0
; run: @false_double_br(nan, nan) == 0
; run: @false_double_br(nan, inf) == 0
; run: @false_double_br(nan, -inf) == 0
; run: @false_double_br(inf, 0.0) == 0
; run: @false_double_br(inf, -0.0) == 0
; run: @false_double_br(inf, 1.0) == 0
; run: @false_double_br(inf, -2.5) == 0
; run: @false_double_br(inf, nan) == 0
; run: @false_double_br(inf, inf) == 0
; run: @false_double_br(inf, -inf) == 0
; run: @false_double_br(-inf, 0.0) == 0
; run: @false_double_br(-inf, -0.0) == 0
; run: @false_double_br(-inf, 1.0) == 0
; run: @false_double_br(-inf, -2.5) == 0
; run: @false_double_br(-inf, nan) == 0
; run: @false_double_br(-inf, inf) == 0
; run: @false_double_br(-inf, -inf) == 0

define i32 @false_float(float %a, float %b) {
  %c = fcmp false float %a, %b
  %z = zext i1 %c to i32
  ret i32 %z
}
; run: @false_float(0.0, 0.0) == 0
; run: @false_float(0.0, -0.0) == 0
; run: @false_float(0.0, 1.0) == 0
; run: @false_float(0.0, -2.5) == 0
; run: @false_float(0.0, nan) == 0
; run: @false_float(0.0, inf) == 0
; run: @false_float(0.0, -inf) == 0
; run: @false_float(-0.0, 0.0) == 0
; run: @false_float(-0.0, -0.0) == 0
; run: @false_float(-0.0, 1.0) == 0
; run: @false_float(-0.0, -2.5) == 0
; run: @false_float(-0.0, nan) == 0
; run: @false_float(-0.0, inf) == 0
; run: @false_float(-0.0, -inf) == 0
; run: @false_float(1.0, 0.0) == 0
; run: @false_float(1.0, -0.0) == 0
; run: @false_float(1.0, 1.0) == 0
; run: @false_float(1.0, -2.5) == 0
; run: @false_float(1.0, nan) == 0
; run: @false_float(1.0, inf) == 0
; run: @false_float(1.0, -inf) == 0
; run: @false_float(-2.5, 0.0) == 0
; run: @false_float(-2.5, -0.0) == 0
; run: @false_float(-2.5, 1.0) == 0
; run: @false_float(-2.5, -2.5) == 0
; run: @false_float(-2.5, nan) == 0
; run: @false_float(-2.5, inf) == 0
; run: @false_float(-2.5, -inf) == 0
; run: @false_float(nan, 0.0) == 0
; run: @false_float(nan, -0.0) == 0
; run: @false_float(nan, 1.0) == 0
; run: @false_float(nan, -2.5) == 0
; run: @false_float(nan, nan) == 0
; run: @false_float(nan, inf) == 0
; run: @false_float(nan, -inf) == 0
; run: @false_float(inf, 0.0) == 0
; run: @false_float(inf, -0.0) == 0
; run: @false_float(inf, 1.0) == 0
; run: @false_float(inf, -2.5) == 0
; run: @false_float(inf, nan) == 0
; run: @false_float(inf, inf) == 0
; run: @false_float(inf, -inf) == 0
; run: @false_float(-inf, 0.0) == 0
; run: @false_float(-inf, -0.0) == 0
; run: @false_float(-inf, 1.0) == 0
; run: @false_float(-inf, -2.5) == 0
; run: @false_float(-inf, nan) == 0
; run: @false_float(-inf, inf) == 0
; run: @false_float(-inf, -inf) == 0
