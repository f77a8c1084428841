; Integer `and` at widths 1 to 64, odd ones included. Each function takes i64 operands,
; truncates them to the width (their high bits must not leak into the result) and
; returns the result zero-extended (so bits above the width must be zero).
; test run

define i64 @and_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = and i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @and_i1(0, 0) == 0
; run: @and_i1(1, 2) == 0
; run: @and_i1(3, 7) == 1
; run: @and_i1(-2, 3) == 0

define i64 @and_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = and i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @and_i8(0, 0) == 0
; run: @and_i8(1, 2) == 0
; run: @and_i8(3, 7) == 3
; run: @and_i8(7, 3) == 3
; run: @and_i8(100, -100) == 4
; run: @and_i8(-1, 1) == 1
; run: @and_i8(-1, -1) == 255
; run: @and_i8(-2, 3) == 2
; run: @and_i8(-9223372036854775808, -1) == 0
; run: @and_i8(0x12345678, 0xdeadbeefcafe) == 120
; run: @and_i8(0xdeadbeefcafe, -2147483648) == 0
; run: @and_i8(-100, 7) == 4
; run: @and_i8(100, -2) == 100
; run: @and_i8(-2147483648, 2) == 0
; run: @and_i8(2, -100) == 0
; run: @and_i8(-1, 100) == 100

define i64 @and_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = and i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @and_i13(0, 0) == 0
; run: @and_i13(1, 2) == 0
; run: @and_i13(3, 7) == 3
; run: @and_i13(7, 3) == 3
; run: @and_i13(100, -100) == 4
; run: @and_i13(-1, 1) == 1
; run: @and_i13(-1, -1) == 8191
; run: @and_i13(-2, 3) == 2
; run: @and_i13(-9223372036854775808, -1) == 0
; run: @and_i13(0x12345678, 0xdeadbeefcafe) == 632
; run: @and_i13(0xdeadbeefcafe, -2147483648) == 0
; run: @and_i13(-100, 7) == 4
; run: @and_i13(100, -2) == 100
; run: @and_i13(-2147483648, 2) == 0
; run: @and_i13(2, -100) == 0
; run: @and_i13(-1, 100) == 100

define i64 @and_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = and i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @and_i16(0, 0) == 0
; run: @and_i16(1, 2) == 0
; run: @and_i16(3, 7) == 3
; run: @and_i16(7, 3) == 3
; run: @and_i16(100, -100) == 4
; run: @and_i16(-1, 1) == 1
; run: @and_i16(-1, -1) == 65535
; run: @and_i16(-2, 3) == 2
; run: @and_i16(-9223372036854775808, -1) == 0
; run: @and_i16(0x12345678, 0xdeadbeefcafe) == 17016
; run: @and_i16(0xdeadbeefcafe, -2147483648) == 0
; run: @and_i16(-100, 7) == 4
; run: @and_i16(100, -2) == 100
; run: @and_i16(-2147483648, 2) == 0
; run: @and_i16(2, -100) == 0
; run: @and_i16(-1, 100) == 100

define i64 @and_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = and i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @and_i24(0, 0) == 0
; run: @and_i24(1, 2) == 0
; run: @and_i24(3, 7) == 3
; run: @and_i24(7, 3) == 3
; run: @and_i24(100, -100) == 4
; run: @and_i24(-1, 1) == 1
; run: @and_i24(-1, -1) == 0xffffff
; run: @and_i24(-2, 3) == 2
; run: @and_i24(-9223372036854775808, -1) == 0
; run: @and_i24(0x12345678, 0xdeadbeefcafe) == 0x244278
; run: @and_i24(0xdeadbeefcafe, -2147483648) == 0
; run: @and_i24(-100, 7) == 4
; run: @and_i24(100, -2) == 100
; run: @and_i24(-2147483648, 2) == 0
; run: @and_i24(2, -100) == 0
; run: @and_i24(-1, 100) == 100

define i64 @and_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = and i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @and_i32(0, 0) == 0
; run: @and_i32(1, 2) == 0
; run: @and_i32(3, 7) == 3
; run: @and_i32(7, 3) == 3
; run: @and_i32(100, -100) == 4
; run: @and_i32(-1, 1) == 1
; run: @and_i32(-1, -1) == 0xffffffff
; run: @and_i32(-2, 3) == 2
; run: @and_i32(-9223372036854775808, -1) == 0
; run: @and_i32(0x12345678, 0xdeadbeefcafe) == 0x12244278
; run: @and_i32(0xdeadbeefcafe, -2147483648) == 0x80000000
; run: @and_i32(-100, 7) == 4
; run: @and_i32(100, -2) == 100
; run: @and_i32(-2147483648, 2) == 0
; run: @and_i32(2, -100) == 0
; run: @and_i32(-1, 100) == 100

define i64 @and_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = and i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @and_i40(0, 0) == 0
; run: @and_i40(1, 2) == 0
; run: @and_i40(3, 7) == 3
; run: @and_i40(7, 3) == 3
; run: @and_i40(100, -100) == 4
; run: @and_i40(-1, 1) == 1
; run: @and_i40(-1, -1) == 0xffffffffff
; run: @and_i40(-2, 3) == 2
; run: @and_i40(-9223372036854775808, -1) == 0
; run: @and_i40(0x12345678, 0xdeadbeefcafe) == 0x12244278
; run: @and_i40(0xdeadbeefcafe, -2147483648) == 0xad80000000
; run: @and_i40(-100, 7) == 4
; run: @and_i40(100, -2) == 100
; run: @and_i40(-2147483648, 2) == 0
; run: @and_i40(2, -100) == 0
; run: @and_i40(-1, 100) == 100

define i64 @and_i64(i64 %a, i64 %b) {
  %r = and i64 %a, %b
  ret i64 %r
}
; run: @and_i64(0, 0) == 0
; run: @and_i64(1, 2) == 0
; run: @and_i64(3, 7) == 3
; run: @and_i64(7, 3) == 3
; run: @and_i64(100, -100) == 4
; run: @and_i64(-1, 1) == 1
; run: @and_i64(-1, -1) == -1
; run: @and_i64(-2, 3) == 2
; run: @and_i64(0x7fffffffffffffff, 1) == 1
; run: @and_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @and_i64(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @and_i64(0x12345678, 0xdeadbeefcafe) == 304366200
; run: @and_i64(0xdeadbeefcafe, -2147483648) == 244836758192128
; run: @and_i64(-100, 7) == 4
; run: @and_i64(100, -2) == 100
; run: @and_i64(-2147483648, 2) == 0
; run: @and_i64(2, -100) == 0
; run: @and_i64(-1, 100) == 100
