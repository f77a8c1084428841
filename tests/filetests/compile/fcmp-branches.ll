; Float compares deciding branches: `oeq` and `une` must look at the unordered (parity)
; result as well as equality on x86-64; `ord`/`uno` only at it.
; test compile
; test run

define i32 @branch_oeq(double %a, double %b) {
entry:
  %c = fcmp oeq double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
; run: @branch_oeq(nan, nan) == 0
; run: @branch_oeq(1.0, 1.0) == 1

define i32 @branch_une(float %a, float %b) {
entry:
  %c = fcmp une float %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
; run: @branch_une(nan, 1.0) == 1
; run: @branch_une(0.0, -0.0) == 0

define i32 @branch_uno(double %a) {
entry:
  %c = fcmp uno double %a, %a
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
; run: @branch_uno(nan) == 1

define i32 @branch_ugt(double %a, double %b) {
entry:
  %c = fcmp ugt double %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 0
}
; run: @branch_ugt(nan, 1.0) == 1
; run: @branch_ugt(1.0, 2.0) == 0
