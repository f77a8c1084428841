; Integer arithmetic on i64 registers and immediates: what each operation costs at each
; level. The run lines keep the listing honest.
; test compile opt=0,2
; test run

define i64 @add_sub(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  %t = sub i64 %s, 1000
  ret i64 %t
}
; run: @add_sub(2000, 3) == 1003

define i64 @mul_const(i64 %a) {
  %m = mul i64 %a, 10
  ret i64 %m
}
; run: @mul_const(-7) == -70

define i64 @logic(i64 %a, i64 %b) {
  %x = and i64 %a, 255
  %y = or i64 %x, %b
  %z = xor i64 %y, -1
  ret i64 %z
}
; run: @logic(0x1234, 0x10000) == -65589

define i64 @shifts(i64 %a, i64 %n) {
  %l = shl i64 %a, %n
  %r = lshr i64 %l, 3
  %s = ashr i64 %r, 1
  ret i64 %s
}
; run: @shifts(1, 10) == 64

define i64 @big_immediate(i64 %a) {
  %s = add i64 %a, 81985529216486895
  ret i64 %s
}
; run: @big_immediate(0) == 81985529216486895
