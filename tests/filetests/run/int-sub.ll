; Integer `sub` at widths 1 to 64, odd ones included. Each function takes i64 operands,
; truncates them to the width (their high bits must not leak into the result) and
; returns the result zero-extended (so bits above the width must be zero).
; test run

define i64 @sub_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = sub i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sub_i1(0, 0) == 0
; run: @sub_i1(1, 2) == 1
; run: @sub_i1(3, 7) == 0
; run: @sub_i1(-2, 3) == 1

define i64 @sub_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = sub i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @sub_i8(0, 0) == 0
; run: @sub_i8(1, 2) == 255
; run: @sub_i8(3, 7) == 252
; run: @sub_i8(7, 3) == 4
; run: @sub_i8(100, -100) == 200
; run: @sub_i8(-1, 1) == 254
; run: @sub_i8(-1, -1) == 0
; run: @sub_i8(-2, 3) == 251
; run: @sub_i8(-9223372036854775808, -1) == 1
; run: @sub_i8(0x12345678, 0xdeadbeefcafe) == 122
; run: @sub_i8(0xdeadbeefcafe, -2147483648) == 254
; run: @sub_i8(-100, 7) == 149
; run: @sub_i8(100, -2) == 102
; run: @sub_i8(-2147483648, 2) == 254
; run: @sub_i8(2, -100) == 102
; run: @sub_i8(-1, 100) == 155

define i64 @sub_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = sub i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sub_i13(0, 0) == 0
; run: @sub_i13(1, 2) == 8191
; run: @sub_i13(3, 7) == 8188
; run: @sub_i13(7, 3) == 4
; run: @sub_i13(100, -100) == 200
; run: @sub_i13(-1, 1) == 8190
; run: @sub_i13(-1, -1) == 0
; run: @sub_i13(-2, 3) == 8187
; run: @sub_i13(-9223372036854775808, -1) == 1
; run: @sub_i13(0x12345678, 0xdeadbeefcafe) == 2938
; run: @sub_i13(0xdeadbeefcafe, -2147483648) == 2814
; run: @sub_i13(-100, 7) == 8085
; run: @sub_i13(100, -2) == 102
; run: @sub_i13(-2147483648, 2) == 8190
; run: @sub_i13(2, -100) == 102
; run: @sub_i13(-1, 100) == 8091

define i64 @sub_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = sub i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sub_i16(0, 0) == 0
; run: @sub_i16(1, 2) == 65535
; run: @sub_i16(3, 7) == 65532
; run: @sub_i16(7, 3) == 4
; run: @sub_i16(100, -100) == 200
; run: @sub_i16(-1, 1) == 65534
; run: @sub_i16(-1, -1) == 0
; run: @sub_i16(-2, 3) == 65531
; run: @sub_i16(-9223372036854775808, -1) == 1
; run: @sub_i16(0x12345678, 0xdeadbeefcafe) == 35706
; run: @sub_i16(0xdeadbeefcafe, -2147483648) == 51966
; run: @sub_i16(-100, 7) == 65429
; run: @sub_i16(100, -2) == 102
; run: @sub_i16(-2147483648, 2) == 65534
; run: @sub_i16(2, -100) == 102
; run: @sub_i16(-1, 100) == 65435

define i64 @sub_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = sub i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sub_i24(0, 0) == 0
; run: @sub_i24(1, 2) == 0xffffff
; run: @sub_i24(3, 7) == 0xfffffc
; run: @sub_i24(7, 3) == 4
; run: @sub_i24(100, -100) == 200
; run: @sub_i24(-1, 1) == 0xfffffe
; run: @sub_i24(-1, -1) == 0
; run: @sub_i24(-2, 3) == 0xfffffb
; run: @sub_i24(-9223372036854775808, -1) == 1
; run: @sub_i24(0x12345678, 0xdeadbeefcafe) == 0x448b7a
; run: @sub_i24(0xdeadbeefcafe, -2147483648) == 0xefcafe
; run: @sub_i24(-100, 7) == 0xffff95
; run: @sub_i24(100, -2) == 102
; run: @sub_i24(-2147483648, 2) == 0xfffffe
; run: @sub_i24(2, -100) == 102
; run: @sub_i24(-1, 100) == 0xffff9b

define i64 @sub_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = sub i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sub_i32(0, 0) == 0
; run: @sub_i32(1, 2) == 0xffffffff
; run: @sub_i32(3, 7) == 0xfffffffc
; run: @sub_i32(7, 3) == 4
; run: @sub_i32(100, -100) == 200
; run: @sub_i32(-1, 1) == 0xfffffffe
; run: @sub_i32(-1, -1) == 0
; run: @sub_i32(-2, 3) == 0xfffffffb
; run: @sub_i32(-9223372036854775808, -1) == 1
; run: @sub_i32(0x12345678, 0xdeadbeefcafe) == 0x53448b7a
; run: @sub_i32(0xdeadbeefcafe, -2147483648) == 0x3eefcafe
; run: @sub_i32(-100, 7) == 0xffffff95
; run: @sub_i32(100, -2) == 102
; run: @sub_i32(-2147483648, 2) == 0x7ffffffe
; run: @sub_i32(2, -100) == 102
; run: @sub_i32(-1, 100) == 0xffffff9b

define i64 @sub_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = sub i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sub_i40(0, 0) == 0
; run: @sub_i40(1, 2) == 0xffffffffff
; run: @sub_i40(3, 7) == 0xfffffffffc
; run: @sub_i40(7, 3) == 4
; run: @sub_i40(100, -100) == 200
; run: @sub_i40(-1, 1) == 0xfffffffffe
; run: @sub_i40(-1, -1) == 0
; run: @sub_i40(-2, 3) == 0xfffffffffb
; run: @sub_i40(-9223372036854775808, -1) == 1
; run: @sub_i40(0x12345678, 0xdeadbeefcafe) == 0x5253448b7a
; run: @sub_i40(0xdeadbeefcafe, -2147483648) == 0xae3eefcafe
; run: @sub_i40(-100, 7) == 0xffffffff95
; run: @sub_i40(100, -2) == 102
; run: @sub_i40(-2147483648, 2) == 0xff7ffffffe
; run: @sub_i40(2, -100) == 102
; run: @sub_i40(-1, 100) == 0xffffffff9b

define i64 @sub_i64(i64 %a, i64 %b) {
  %r = sub i64 %a, %b
  ret i64 %r
}
; run: @sub_i64(0, 0) == 0
; run: @sub_i64(1, 2) == -1
; run: @sub_i64(3, 7) == -4
; run: @sub_i64(7, 3) == 4
; run: @sub_i64(100, -100) == 200
; run: @sub_i64(-1, 1) == -2
; run: @sub_i64(-1, -1) == 0
; run: @sub_i64(-2, 3) == -5
; run: @sub_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @sub_i64(-9223372036854775808, -1) == -9223372036854775807
; run: @sub_i64(-9223372036854775808, 0x7fffffffffffffff) == 1
; run: @sub_i64(0x12345678, 0xdeadbeefcafe) == -244837508674694
; run: @sub_i64(0xdeadbeefcafe, -2147483648) == 244839961578238
; run: @sub_i64(-100, 7) == -107
; run: @sub_i64(100, -2) == 102
; run: @sub_i64(-2147483648, 2) == -2147483650
; run: @sub_i64(2, -100) == 102
; run: @sub_i64(-1, 100) == -101
