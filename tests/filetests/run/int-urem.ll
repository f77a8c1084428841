; Integer `urem` (nonzero divisors) at widths 1 to 64, odd ones included. Each function
; takes i64 operands, truncates them to the width (their high bits must not leak into
; the result) and returns the result zero-extended (so bits above the width must be
; zero).
; test run

define i64 @urem_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = urem i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @urem_i1(3, 7) == 0
; run: @urem_i1(-2, 3) == 0

define i64 @urem_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = urem i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @urem_i8(1, 2) == 1
; run: @urem_i8(3, 7) == 3
; run: @urem_i8(7, 3) == 1
; run: @urem_i8(100, -100) == 100
; run: @urem_i8(-1, 1) == 0
; run: @urem_i8(-1, -1) == 0
; run: @urem_i8(-2, 3) == 2
; run: @urem_i8(-9223372036854775808, -1) == 0
; run: @urem_i8(0x12345678, 0xdeadbeefcafe) == 120
; run: @urem_i8(-100, 7) == 2
; run: @urem_i8(100, -2) == 100
; run: @urem_i8(-2147483648, 2) == 0
; run: @urem_i8(2, -100) == 2
; run: @urem_i8(-1, 100) == 55

define i64 @urem_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = urem i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @urem_i13(1, 2) == 1
; run: @urem_i13(3, 7) == 3
; run: @urem_i13(7, 3) == 1
; run: @urem_i13(100, -100) == 100
; run: @urem_i13(-1, 1) == 0
; run: @urem_i13(-1, -1) == 0
; run: @urem_i13(-2, 3) == 0
; run: @urem_i13(-9223372036854775808, -1) == 0
; run: @urem_i13(0x12345678, 0xdeadbeefcafe) == 124
; run: @urem_i13(-100, 7) == 0
; run: @urem_i13(100, -2) == 100
; run: @urem_i13(-2147483648, 2) == 0
; run: @urem_i13(2, -100) == 2
; run: @urem_i13(-1, 100) == 91

define i64 @urem_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = urem i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @urem_i16(1, 2) == 1
; run: @urem_i16(3, 7) == 3
; run: @urem_i16(7, 3) == 1
; run: @urem_i16(100, -100) == 100
; run: @urem_i16(-1, 1) == 0
; run: @urem_i16(-1, -1) == 0
; run: @urem_i16(-2, 3) == 2
; run: @urem_i16(-9223372036854775808, -1) == 0
; run: @urem_i16(0x12345678, 0xdeadbeefcafe) == 22136
; run: @urem_i16(-100, 7) == 0
; run: @urem_i16(100, -2) == 100
; run: @urem_i16(-2147483648, 2) == 0
; run: @urem_i16(2, -100) == 2
; run: @urem_i16(-1, 100) == 35

define i64 @urem_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = urem i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @urem_i24(1, 2) == 1
; run: @urem_i24(3, 7) == 3
; run: @urem_i24(7, 3) == 1
; run: @urem_i24(100, -100) == 100
; run: @urem_i24(-1, 1) == 0
; run: @urem_i24(-1, -1) == 0
; run: @urem_i24(-2, 3) == 2
; run: @urem_i24(-9223372036854775808, -1) == 0
; run: @urem_i24(0x12345678, 0xdeadbeefcafe) == 0x345678
; run: @urem_i24(-100, 7) == 6
; run: @urem_i24(100, -2) == 100
; run: @urem_i24(-2147483648, 2) == 0
; run: @urem_i24(2, -100) == 2
; run: @urem_i24(-1, 100) == 15

define i64 @urem_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = urem i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @urem_i32(1, 2) == 1
; run: @urem_i32(3, 7) == 3
; run: @urem_i32(7, 3) == 1
; run: @urem_i32(100, -100) == 100
; run: @urem_i32(-1, 1) == 0
; run: @urem_i32(-1, -1) == 0
; run: @urem_i32(-2, 3) == 2
; run: @urem_i32(-9223372036854775808, -1) == 0
; run: @urem_i32(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @urem_i32(0xdeadbeefcafe, -2147483648) == 0x3eefcafe
; run: @urem_i32(-100, 7) == 2
; run: @urem_i32(100, -2) == 100
; run: @urem_i32(-2147483648, 2) == 0
; run: @urem_i32(2, -100) == 2
; run: @urem_i32(-1, 100) == 95

define i64 @urem_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = urem i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @urem_i40(1, 2) == 1
; run: @urem_i40(3, 7) == 3
; run: @urem_i40(7, 3) == 1
; run: @urem_i40(100, -100) == 100
; run: @urem_i40(-1, 1) == 0
; run: @urem_i40(-1, -1) == 0
; run: @urem_i40(-2, 3) == 2
; run: @urem_i40(-9223372036854775808, -1) == 0
; run: @urem_i40(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @urem_i40(0xdeadbeefcafe, -2147483648) == 0xadbeefcafe
; run: @urem_i40(-100, 7) == 0
; run: @urem_i40(100, -2) == 100
; run: @urem_i40(-2147483648, 2) == 0
; run: @urem_i40(2, -100) == 2
; run: @urem_i40(-1, 100) == 75

define i64 @urem_i64(i64 %a, i64 %b) {
  %r = urem i64 %a, %b
  ret i64 %r
}
; run: @urem_i64(1, 2) == 1
; run: @urem_i64(3, 7) == 3
; run: @urem_i64(7, 3) == 1
; run: @urem_i64(100, -100) == 100
; run: @urem_i64(-1, 1) == 0
; run: @urem_i64(-1, -1) == 0
; run: @urem_i64(-2, 3) == 2
; run: @urem_i64(0x7fffffffffffffff, 1) == 0
; run: @urem_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @urem_i64(-9223372036854775808, 0x7fffffffffffffff) == 1
; run: @urem_i64(0x12345678, 0xdeadbeefcafe) == 305419896
; run: @urem_i64(0xdeadbeefcafe, -2147483648) == 244837814094590
; run: @urem_i64(-100, 7) == 0
; run: @urem_i64(100, -2) == 100
; run: @urem_i64(-2147483648, 2) == 0
; run: @urem_i64(2, -100) == 2
; run: @urem_i64(-1, 100) == 15
