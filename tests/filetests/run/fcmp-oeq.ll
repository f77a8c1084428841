; `fcmp oeq` (ordered and equal) on double and float, every pair of 0.0, -0.0, 1.0,
; -2.5, NaN, inf and -inf (zeros compare equal; NaN is unordered), as a value and, for
; double, deciding a branch.
; test run

define i32 @oeq_double(double %a, double %b) {
  %c = fcmp oeq double %a, %b
  %z = zext i1 %c to i32
  ret i32 %z
}
; run: @oeq_double(0.0, 0.0) == 1
; run: @oeq_double(0.0, -0.0) == 1
; run: @oeq_double(0.0, 1.0) == 0
; run: @oeq_double(0.0, -2.5) == 0
; run: @oeq_double(0.0, nan) == 0
; run: @oeq_double(0.0, inf) == 0
; run: @oeq_double(0.0, -inf) == 0
; run: @oeq_double(-0.0, 0.0) == 1
; run: @oeq_double(-0.0, -0.0) == 1
; run: @oeq_double(-0.0, 1.0) == 0
; run: @oeq_double(-0.0, -2.5) == 0
; run: @oeq_double(-0.0, nan) == 0
; run: @oeq_double(-0.0, inf) == 0
; run: @oeq_double(-0.0, -inf) == 0
; run: @oeq_double(1.0, 0.0) == 0
; run: @oeq_double(1.0, -0.0) == 0
; run: @oeq_double(1.0, 1.0) == 1
; run: @oeq_double(1.0, -2.5) == 0
; run: @oeq_double(1.0, nan) == 0
; run: @oeq_double(1.0, inf) == 0
; run: @oeq_double(1.0, -inf) == 0
; run: @oeq_double(-2.5, 0.0) == 0
; run: @oeq_double(-2.5, -0.0) == 0
; run: @oeq_double(-2.5, 1.0) == 0
; run: @oeq_double(-2.5, -2.5) == 1
; run: @oeq_double(-2.5, nan) == 0
; run: @oeq_double(-2.5, inf) == 0
; run: @oeq_double(-2.5, -inf) == 0
; run: @oeq_double(nan, 0.0) == 0
; run: @oeq_double(nan, -0.0) == 0
; run: @oeq_double(nan, 1.0) == 0
; run: @oeq_double(nan, -2.5) == 0
; run: @oeq_double(nan, nan) == 0
; run: @oeq_double(nan, inf) == 0
; run: @oeq_double(nan, -inf) == 0
; run: @oeq_double(inf, 0.0) == 0
; run: @oeq_double(inf, -0.0) == 0
; run: @oeq_double(inf, 1.0) == 0
; run: @oeq_double(inf, -2.5) == 0
; run: @oeq_double(inf, nan) == 0
; run: @oeq_double(inf, inf) == 1
; run: @oeq_double(inf, -inf) == 0
; run: @oeq_double(-inf, 0.0) == 0
; run: @oeq_double(-inf, -0.0) == 0
; run: @oeq_double(-inf, 1.0) == 0
; run: @oeq_double(-inf, -2.5) == 0
; run: @oeq_double(-inf, nan) == 0
; run: @oeq_double(-inf, inf) == 0
; run: @oeq_double(-inf, -inf) == 1

define i32 @oeq_double_br(double %a, double %b) {
  %c = fcmp oeq double %a, %b
  br i1 %c, label %yes, label %no
yes:
  ret i32 1
no:
  ret i32 0
}
; run: @oeq_double_br(0.0, 0.0) == 1
; run: @oeq_double_br(0.0, -0.0) == 1
; run: @oeq_double_br(0.0, 1.0) == 0
; run: @oeq_double_br(0.0, -2.5) == 0
; run: @oeq_double_br(0.0, nan) == 0
; run: @oeq_double_br(0.0, inf) == 0
; run: @oeq_double_br(0.0, -inf) == 0
; run: @oeq_double_br(-0.0, 0.0) == 1
; run: @oeq_double_br(-0.0, -0.0) == 1
; run: @oeq_double_br(-0.0, 1.0) == 0
; run: @oeq_double_br(-0.0, -2.5) == 0
; run: @oeq_double_br(-0.0, nan) == 0
; run: @oeq_double_br(-0.0, inf) == 0
; run: @oeq_double_br(-0.0, -inf) == 0
; run: @oeq_double_br(1.0, 0.0) == 0
; run: @oeq_double_br(1.0, -0.0) == 0
; run: @oeq_double_br(1.0, 1.0) == 1
; run: @oeq_double_br(1.0, -2.5) == 0
; run: @oeq_double_br(1.0, nan) == 0
; run: @oeq_double_br(1.0, inf) == 0
; run: @oeq_double_br(1.0, -inf) == 0
; run: @oeq_double_br(-2.5, 0.0) == 0
; run: @oeq_double_br(-2.5, -0.0) == 0
; run: @oeq_double_br(-2.5, 1.0) == 0
; run: @oeq_double_br(-2.5, -2.5) == 1
; run: @oeq_double_br(-2.5, nan) == 0
; run: @oeq_double_br(-2.5, inf) == 0
; run: @oeq_double_br(-2.5, -inf) == 0
; run: @oeq_double_br(nan, 0.0) == 0
; run: @oeq_double_br(nan, -0.0) == 0
; run: @oeq_double_br(nan, 1.0) == 0
; run: @oeq_double_br(nan, -2.5) == 0
; run: @oeq_double_br(nan, nan) == 0
; run: @oeq_double_br(nan, inf) == 0
; run: @oeq_double_br(nan, -inf) == 0
; run: @oeq_double_br(inf, 0.0) == 0
; run: @oeq_double_br(inf, -0.0) == 0
; run: @oeq_double_br(inf, 1.0) == 0
; run: @oeq_double_br(inf, -2.5) == 0
; run: @oeq_double_br(inf, nan) == 0
; run: @oeq_double_br(inf, inf) == 1
; run: @oeq_double_br(inf, -inf) == 0
; run: @oeq_double_br(-inf, 0.0) == 0
; run: @oeq_double_br(-inf, -0.0) == 0
; run: @oeq_double_br(-inf, 1.0) == 0
; run: @oeq_double_br(-inf, -2.5) == 0
; run: @oeq_double_br(-inf, nan) == 0
; run: @oeq_double_br(-inf, inf) == 0
; run: @oeq_double_br(-inf, -inf) == 1

define i32 @oeq_float(float %a, float %b) {
  %c = fcmp oeq float %a, %b
  %z = zext i1 %c to i32
  ret i32 %z
}
; run: @oeq_float(0.0, 0.0) == 1
; run: @oeq_float(0.0, -0.0) == 1
; run: @oeq_float(0.0, 1.0) == 0
; run: @oeq_float(0.0, -2.5) == 0
; run: @oeq_float(0.0, nan) == 0
; run: @oeq_float(0.0, inf) == 0
; run: @oeq_float(0.0, -inf) == 0
; run: @oeq_float(-0.0, 0.0) == 1
; run: @oeq_float(-0.0, -0.0) == 1
; run: @oeq_float(-0.0, 1.0) == 0
; run: @oeq_float(-0.0, -2.5) == 0
; run: @oeq_float(-0.0, nan) == 0
; run: @oeq_float(-0.0, inf) == 0
; run: @oeq_float(-0.0, -inf) == 0
; run: @oeq_float(1.0, 0.0) == 0
; run: @oeq_float(1.0, -0.0) == 0
; run: @oeq_float(1.0, 1.0) == 1
; run: @oeq_float(1.0, -2.5) == 0
; run: @oeq_float(1.0, nan) == 0
; run: @oeq_float(1.0, inf) == 0
; run: @oeq_float(1.0, -inf) == 0
; run: @oeq_float(-2.5, 0.0) == 0
; run: @oeq_float(-2.5, -0.0) == 0
; run: @oeq_float(-2.5, 1.0) == 0
; run: @oeq_float(-2.5, -2.5) == 1
; run: @oeq_float(-2.5, nan) == 0
; run: @oeq_float(-2.5, inf) == 0
; run: @oeq_float(-2.5, -inf) == 0
; run: @oeq_float(nan, 0.0) == 0
; run: @oeq_float(nan, -0.0) == 0
; run: @oeq_float(nan, 1.0) == 0
; run: @oeq_float(nan, -2.5) == 0
; run: @oeq_float(nan, nan) == 0
; run: @oeq_float(nan, inf) == 0
; run: @oeq_float(nan, -inf) == 0
; run: @oeq_float(inf, 0.0) == 0
; run: @oeq_float(inf, -0.0) == 0
; run: @oeq_float(inf, 1.0) == 0
; run: @oeq_float(inf, -2.5) == 0
; run: @oeq_float(inf, nan) == 0
; run: @oeq_float(inf, inf) == 1
; run: @oeq_float(inf, -inf) == 0
; run: @oeq_float(-inf, 0.0) == 0
; run: @oeq_float(-inf, -0.0) == 0
; run: @oeq_float(-inf, 1.0) == 0
; run: @oeq_float(-inf, -2.5) == 0
; run: @oeq_float(-inf, nan) == 0
; run: @oeq_float(-inf, inf) == 0
; run: @oeq_float(-inf, -inf) == 1
