; i128 arithmetic: add and multiply inline on register pairs, division through the
; compiler runtime (__divti3, __udivti3).
; test compile
; test run

define i64 @add_hi(i64 %a, i64 %b) {
  %x = zext i64 %a to i128
  %y = zext i64 %b to i128
  %s = add i128 %x, %y
  %h = lshr i128 %s, 64
  %t = trunc i128 %h to i64
  ret i64 %t
}
; run: @add_hi(-1, 1) == 1

define i64 @mul_hi(i64 %a, i64 %b) {
  %x = zext i64 %a to i128
  %y = zext i64 %b to i128
  %p = mul i128 %x, %y
  %h = lshr i128 %p, 64
  %t = trunc i128 %h to i64
  ret i64 %t
}
; run: @mul_hi(-1, -1) == -2

define i64 @sdiv_lo(i64 %a, i64 %b) {
  %x = sext i64 %a to i128
  %y = sext i64 %b to i128
  %q = sdiv i128 %x, %y
  %t = trunc i128 %q to i64
  ret i64 %t
}
; run: @sdiv_lo(-100, 7) == -14
