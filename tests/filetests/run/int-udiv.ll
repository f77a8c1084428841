; Integer `udiv` (nonzero divisors) at widths 1 to 64, odd ones included. Each function
; takes i64 operands, truncates them to the width (their high bits must not leak into
; the result) and returns the result zero-extended (so bits above the width must be
; zero).
; test run

define i64 @udiv_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = udiv i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @udiv_i1(3, 7) == 1
; run: @udiv_i1(-2, 3) == 0

define i64 @udiv_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = udiv i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @udiv_i8(1, 2) == 0
; run: @udiv_i8(3, 7) == 0
; run: @udiv_i8(7, 3) == 2
; run: @udiv_i8(100, -100) == 0
; run: @udiv_i8(-1, 1) == 255
; run: @udiv_i8(-1, -1) == 1
; run: @udiv_i8(-2, 3) == 84
; run: @udiv_i8(-9223372036854775808, -1) == 0
; run: @udiv_i8(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i8(-100, 7) == 22
; run: @udiv_i8(100, -2) == 0
; run: @udiv_i8(-2147483648, 2) == 0
; run: @udiv_i8(2, -100) == 0
; run: @udiv_i8(-1, 100) == 2

define i64 @udiv_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = udiv i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @udiv_i13(1, 2) == 0
; run: @udiv_i13(3, 7) == 0
; run: @udiv_i13(7, 3) == 2
; run: @udiv_i13(100, -100) == 0
; run: @udiv_i13(-1, 1) == 8191
; run: @udiv_i13(-1, -1) == 1
; run: @udiv_i13(-2, 3) == 2730
; run: @udiv_i13(-9223372036854775808, -1) == 0
; run: @udiv_i13(0x12345678, 0xdeadbeefcafe) == 2
; run: @udiv_i13(-100, 7) == 1156
; run: @udiv_i13(100, -2) == 0
; run: @udiv_i13(-2147483648, 2) == 0
; run: @udiv_i13(2, -100) == 0
; run: @udiv_i13(-1, 100) == 81

define i64 @udiv_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = udiv i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @udiv_i16(1, 2) == 0
; run: @udiv_i16(3, 7) == 0
; run: @udiv_i16(7, 3) == 2
; run: @udiv_i16(100, -100) == 0
; run: @udiv_i16(-1, 1) == 65535
; run: @udiv_i16(-1, -1) == 1
; run: @udiv_i16(-2, 3) == 21844
; run: @udiv_i16(-9223372036854775808, -1) == 0
; run: @udiv_i16(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i16(-100, 7) == 9348
; run: @udiv_i16(100, -2) == 0
; run: @udiv_i16(-2147483648, 2) == 0
; run: @udiv_i16(2, -100) == 0
; run: @udiv_i16(-1, 100) == 655

define i64 @udiv_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = udiv i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @udiv_i24(1, 2) == 0
; run: @udiv_i24(3, 7) == 0
; run: @udiv_i24(7, 3) == 2
; run: @udiv_i24(100, -100) == 0
; run: @udiv_i24(-1, 1) == 0xffffff
; run: @udiv_i24(-1, -1) == 1
; run: @udiv_i24(-2, 3) == 0x555554
; run: @udiv_i24(-9223372036854775808, -1) == 0
; run: @udiv_i24(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i24(-100, 7) == 0x24923a
; run: @udiv_i24(100, -2) == 0
; run: @udiv_i24(-2147483648, 2) == 0
; run: @udiv_i24(2, -100) == 0
; run: @udiv_i24(-1, 100) == 0x28f5c

define i64 @udiv_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = udiv i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @udiv_i32(1, 2) == 0
; run: @udiv_i32(3, 7) == 0
; run: @udiv_i32(7, 3) == 2
; run: @udiv_i32(100, -100) == 0
; run: @udiv_i32(-1, 1) == 0xffffffff
; run: @udiv_i32(-1, -1) == 1
; run: @udiv_i32(-2, 3) == 0x55555554
; run: @udiv_i32(-9223372036854775808, -1) == 0
; run: @udiv_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i32(0xdeadbeefcafe, -2147483648) == 1
; run: @udiv_i32(-100, 7) == 0x24924916
; run: @udiv_i32(100, -2) == 0
; run: @udiv_i32(-2147483648, 2) == 0x40000000
; run: @udiv_i32(2, -100) == 0
; run: @udiv_i32(-1, 100) == 0x28f5c28

define i64 @udiv_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = udiv i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @udiv_i40(1, 2) == 0
; run: @udiv_i40(3, 7) == 0
; run: @udiv_i40(7, 3) == 2
; run: @udiv_i40(100, -100) == 0
; run: @udiv_i40(-1, 1) == 0xffffffffff
; run: @udiv_i40(-1, -1) == 1
; run: @udiv_i40(-2, 3) == 0x5555555554
; run: @udiv_i40(-9223372036854775808, -1) == 0
; run: @udiv_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i40(0xdeadbeefcafe, -2147483648) == 0
; run: @udiv_i40(-100, 7) == 0x2492492484
; run: @udiv_i40(100, -2) == 0
; run: @udiv_i40(-2147483648, 2) == 0x7fc0000000
; run: @udiv_i40(2, -100) == 0
; run: @udiv_i40(-1, 100) == 0x28f5c28f5

define i64 @udiv_i64(i64 %a, i64 %b) {
  %r = udiv i64 %a, %b
  ret i64 %r
}
; run: @udiv_i64(1, 2) == 0
; run: @udiv_i64(3, 7) == 0
; run: @udiv_i64(7, 3) == 2
; run: @udiv_i64(100, -100) == 0
; run: @udiv_i64(-1, 1) == -1
; run: @udiv_i64(-1, -1) == 1
; run: @udiv_i64(-2, 3) == 6148914691236517204
; run: @udiv_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @udiv_i64(-9223372036854775808, -1) == 0
; run: @udiv_i64(-9223372036854775808, 0x7fffffffffffffff) == 1
; run: @udiv_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @udiv_i64(0xdeadbeefcafe, -2147483648) == 0
; run: @udiv_i64(-100, 7) == 2635249153387078788
; run: @udiv_i64(100, -2) == 0
; run: @udiv_i64(-2147483648, 2) == 9223372035781033984
; run: @udiv_i64(2, -100) == 0
; run: @udiv_i64(-1, 100) == 184467440737095516
