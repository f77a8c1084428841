; Integer `sdiv` (rounding toward zero; no division by zero or MIN / -1) at widths 1 to
; 64, odd ones included. Each function takes i64 operands, truncates them to the width
; (their high bits must not leak into the result) and returns the result zero-extended
; (so bits above the width must be zero).
; test run

define i64 @sdiv_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = sdiv i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sdiv_i1(-2, 3) == 0

define i64 @sdiv_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = sdiv i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @sdiv_i8(1, 2) == 0
; run: @sdiv_i8(3, 7) == 0
; run: @sdiv_i8(7, 3) == 2
; run: @sdiv_i8(100, -100) == 255
; run: @sdiv_i8(-1, 1) == 255
; run: @sdiv_i8(-1, -1) == 1
; run: @sdiv_i8(-2, 3) == 0
; run: @sdiv_i8(-9223372036854775808, -1) == 0
; run: @sdiv_i8(0x12345678, 0xdeadbeefcafe) == 196
; run: @sdiv_i8(-100, 7) == 242
; run: @sdiv_i8(100, -2) == 206
; run: @sdiv_i8(-2147483648, 2) == 0
; run: @sdiv_i8(2, -100) == 0
; run: @sdiv_i8(-1, 100) == 0

define i64 @sdiv_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = sdiv i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sdiv_i13(1, 2) == 0
; run: @sdiv_i13(3, 7) == 0
; run: @sdiv_i13(7, 3) == 2
; run: @sdiv_i13(100, -100) == 8191
; run: @sdiv_i13(-1, 1) == 8191
; run: @sdiv_i13(-1, -1) == 1
; run: @sdiv_i13(-2, 3) == 0
; run: @sdiv_i13(-9223372036854775808, -1) == 0
; run: @sdiv_i13(0x12345678, 0xdeadbeefcafe) == 0
; run: @sdiv_i13(-100, 7) == 8178
; run: @sdiv_i13(100, -2) == 8142
; run: @sdiv_i13(-2147483648, 2) == 0
; run: @sdiv_i13(2, -100) == 0
; run: @sdiv_i13(-1, 100) == 0

define i64 @sdiv_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = sdiv i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sdiv_i16(1, 2) == 0
; run: @sdiv_i16(3, 7) == 0
; run: @sdiv_i16(7, 3) == 2
; run: @sdiv_i16(100, -100) == 65535
; run: @sdiv_i16(-1, 1) == 65535
; run: @sdiv_i16(-1, -1) == 1
; run: @sdiv_i16(-2, 3) == 0
; run: @sdiv_i16(-9223372036854775808, -1) == 0
; run: @sdiv_i16(0x12345678, 0xdeadbeefcafe) == 65535
; run: @sdiv_i16(-100, 7) == 65522
; run: @sdiv_i16(100, -2) == 65486
; run: @sdiv_i16(-2147483648, 2) == 0
; run: @sdiv_i16(2, -100) == 0
; run: @sdiv_i16(-1, 100) == 0

define i64 @sdiv_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = sdiv i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sdiv_i24(1, 2) == 0
; run: @sdiv_i24(3, 7) == 0
; run: @sdiv_i24(7, 3) == 2
; run: @sdiv_i24(100, -100) == 0xffffff
; run: @sdiv_i24(-1, 1) == 0xffffff
; run: @sdiv_i24(-1, -1) == 1
; run: @sdiv_i24(-2, 3) == 0
; run: @sdiv_i24(-9223372036854775808, -1) == 0
; run: @sdiv_i24(0x12345678, 0xdeadbeefcafe) == 0xfffffd
; run: @sdiv_i24(-100, 7) == 0xfffff2
; run: @sdiv_i24(100, -2) == 0xffffce
; run: @sdiv_i24(-2147483648, 2) == 0
; run: @sdiv_i24(2, -100) == 0
; run: @sdiv_i24(-1, 100) == 0

define i64 @sdiv_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = sdiv i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sdiv_i32(1, 2) == 0
; run: @sdiv_i32(3, 7) == 0
; run: @sdiv_i32(7, 3) == 2
; run: @sdiv_i32(100, -100) == 0xffffffff
; run: @sdiv_i32(-1, 1) == 0xffffffff
; run: @sdiv_i32(-1, -1) == 1
; run: @sdiv_i32(-2, 3) == 0
; run: @sdiv_i32(-9223372036854775808, -1) == 0
; run: @sdiv_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @sdiv_i32(0xdeadbeefcafe, -2147483648) == 0
; run: @sdiv_i32(-100, 7) == 0xfffffff2
; run: @sdiv_i32(100, -2) == 0xffffffce
; run: @sdiv_i32(-2147483648, 2) == 0xc0000000
; run: @sdiv_i32(2, -100) == 0
; run: @sdiv_i32(-1, 100) == 0

define i64 @sdiv_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = sdiv i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sdiv_i40(1, 2) == 0
; run: @sdiv_i40(3, 7) == 0
; run: @sdiv_i40(7, 3) == 2
; run: @sdiv_i40(100, -100) == 0xffffffffff
; run: @sdiv_i40(-1, 1) == 0xffffffffff
; run: @sdiv_i40(-1, -1) == 1
; run: @sdiv_i40(-2, 3) == 0
; run: @sdiv_i40(-9223372036854775808, -1) == 0
; run: @sdiv_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @sdiv_i40(0xdeadbeefcafe, -2147483648) == 164
; run: @sdiv_i40(-100, 7) == 0xfffffffff2
; run: @sdiv_i40(100, -2) == 0xffffffffce
; run: @sdiv_i40(-2147483648, 2) == 0xffc0000000
; run: @sdiv_i40(2, -100) == 0
; run: @sdiv_i40(-1, 100) == 0

define i64 @sdiv_i64(i64 %a, i64 %b) {
  %r = sdiv i64 %a, %b
  ret i64 %r
}
; run: @sdiv_i64(1, 2) == 0
; run: @sdiv_i64(3, 7) == 0
; run: @sdiv_i64(7, 3) == 2
; run: @sdiv_i64(100, -100) == -1
; run: @sdiv_i64(-1, 1) == -1
; run: @sdiv_i64(-1, -1) == 1
; run: @sdiv_i64(-2, 3) == 0
; run: @sdiv_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @sdiv_i64(-9223372036854775808, 0x7fffffffffffffff) == -1
; run: @sdiv_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @sdiv_i64(0xdeadbeefcafe, -2147483648) == -114011
; run: @sdiv_i64(-100, 7) == -14
; run: @sdiv_i64(100, -2) == -50
; run: @sdiv_i64(-2147483648, 2) == -1073741824
; run: @sdiv_i64(2, -100) == 0
; run: @sdiv_i64(-1, 100) == 0
