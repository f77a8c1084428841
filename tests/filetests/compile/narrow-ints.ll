; Narrow and odd-width integers: i8 and i16 arithmetic, an i13 add that must wrap at 13
; bits, and the extensions between them.
; test compile
; test run

define i8 @add_i8(i8 %a, i8 %b) {
  %s = add i8 %a, %b
  ret i8 %s
}
; run: @add_i8(200, 100) == 44

define i32 @sext_mul(i8 %a, i32 %b) {
  %a32 = sext i8 %a to i32
  %p = mul i32 %a32, %b
  %s = add i32 %p, 7
  %r = ashr i32 %s, 2
  ret i32 %r
}
; run: @sext_mul(-3, 5) == -2

define i64 @wrap_i13(i64 %a, i64 %b) {
  %x = trunc i64 %a to i13
  %y = trunc i64 %b to i13
  %s = add i13 %x, %y
  %z = zext i13 %s to i64
  ret i64 %z
}
; run: @wrap_i13(8191, 2) == 1

define i16 @trunc_i16(i64 %a) {
  %t = trunc i64 %a to i16
  ret i16 %t
}
; run: @trunc_i16(0x12345678) == 0x5678
