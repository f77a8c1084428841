; Division and remainder by registers and by constants (powers of two and others), signed
; and unsigned: a backend may replace division by a constant with multiplication.
; test compile opt=0,2
; test run

define i32 @sdiv_var(i32 %a, i32 %b) {
  %q = sdiv i32 %a, %b
  ret i32 %q
}
; run: @sdiv_var(-7, 2) == -3

define i32 @urem_var(i32 %a, i32 %b) {
  %r = urem i32 %a, %b
  ret i32 %r
}
; run: @urem_var(-1, 10) == 5

define i32 @sdiv_by_8(i32 %a) {
  %q = sdiv i32 %a, 8
  ret i32 %q
}
; run: @sdiv_by_8(-9) == -1

define i64 @udiv_by_7(i64 %a) {
  %q = udiv i64 %a, 7
  ret i64 %q
}
; run: @udiv_by_7(-1) == 2635249153387078802

define i64 @srem_by_10(i64 %a) {
  %r = srem i64 %a, 10
  ret i64 %r
}
; run: @srem_by_10(-123) == -3
