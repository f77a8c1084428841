; instcombine: algebraic identities (x + 0, x * 1, x - x, x ^ x), constant folding,
; a cast chain (zext then trunc back), and a compare made canonical.
; test opt instcombine
; test run

define i32 @identities(i32 %x) {
  %a = add i32 %x, 0
  %b = mul i32 %a, 1
  %c = sub i32 %b, %b
  %d = xor i32 %x, %x
  %e = or i32 %c, %d
  %f = add i32 %e, %x
  ret i32 %f
}
; run: @identities(17) == 17

define i64 @folding() {
  %a = add i64 40, 2
  %b = shl i64 %a, 1
  %c = udiv i64 %b, 4
  ret i64 %c
}
; run: @folding() == 21

define i8 @cast_chain(i8 %x) {
  %w = zext i8 %x to i32
  %n = trunc i32 %w to i8
  ret i8 %n
}
; run: @cast_chain(-3) == -3

define i1 @compare(i32 %x) {
  %c = icmp sgt i32 %x, 4
  %n = xor i1 %c, true
  ret i1 %n
}
; run: @compare(4) == true
; run: @compare(5) == false

define i32 @mul_pow2(i32 %x) {
  %m = mul i32 %x, 8
  ret i32 %m
}
; run: @mul_pow2(-3) == -24
