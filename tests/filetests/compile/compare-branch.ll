; Compares: one whose only use is the following branch (a backend fuses them), one used
; as a value, and one feeding a select (cmov / csel candidates).
; test compile opt=0,2
; test run

define i32 @fused(i32 %a, i32 %b) {
entry:
  %c = icmp slt i32 %a, %b
  br i1 %c, label %less, label %other
less:
  ret i32 -1
other:
  ret i32 1
}
; run: @fused(1, 2) == -1
; run: @fused(2, 1) == 1

define i64 @as_value(i64 %a, i64 %b) {
  %c = icmp ult i64 %a, %b
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @as_value(1, -1) == 1

define i32 @as_select(i32 %a, i32 %b) {
  %c = icmp sgt i32 %a, %b
  %m = select i1 %c, i32 %a, i32 %b
  ret i32 %m
}
; run: @as_select(-5, 3) == 3

define i1 @float_ordered(double %a, double %b) {
  %c = fcmp olt double %a, %b
  ret i1 %c
}
; run: @float_ordered(nan, 1.0) == false

define i1 @float_unordered_ne(double %a, double %b) {
  %c = fcmp une double %a, %b
  ret i1 %c
}
; run: @float_unordered_ne(nan, nan) == true
