; Integer `xor` at widths 1 to 64, odd ones included. Each function takes i64 operands,
; truncates them to the width (their high bits must not leak into the result) and
; returns the result zero-extended (so bits above the width must be zero).
; test run

define i64 @xor_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = xor i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @xor_i1(0, 0) == 0
; run: @xor_i1(1, 2) == 1
; run: @xor_i1(3, 7) == 0
; run: @xor_i1(-2, 3) == 1

define i64 @xor_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = xor i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @xor_i8(0, 0) == 0
; run: @xor_i8(1, 2) == 3
; run: @xor_i8(3, 7) == 4
; run: @xor_i8(7, 3) == 4
; run: @xor_i8(100, -100) == 248
; run: @xor_i8(-1, 1) == 254
; run: @xor_i8(-1, -1) == 0
; run: @xor_i8(-2, 3) == 253
; run: @xor_i8(-9223372036854775808, -1) == 255
; run: @xor_i8(0x12345678, 0xdeadbeefcafe) == 134
; run: @xor_i8(0xdeadbeefcafe, -2147483648) == 254
; run: @xor_i8(-100, 7) == 155
; run: @xor_i8(100, -2) == 154
; run: @xor_i8(-2147483648, 2) == 2
; run: @xor_i8(2, -100) == 158
; run: @xor_i8(-1, 100) == 155

define i64 @xor_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = xor i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @xor_i13(0, 0) == 0
; run: @xor_i13(1, 2) == 3
; run: @xor_i13(3, 7) == 4
; run: @xor_i13(7, 3) == 4
; run: @xor_i13(100, -100) == 8184
; run: @xor_i13(-1, 1) == 8190
; run: @xor_i13(-1, -1) == 0
; run: @xor_i13(-2, 3) == 8189
; run: @xor_i13(-9223372036854775808, -1) == 8191
; run: @xor_i13(0x12345678, 0xdeadbeefcafe) == 7302
; run: @xor_i13(0xdeadbeefcafe, -2147483648) == 2814
; run: @xor_i13(-100, 7) == 8091
; run: @xor_i13(100, -2) == 8090
; run: @xor_i13(-2147483648, 2) == 2
; run: @xor_i13(2, -100) == 8094
; run: @xor_i13(-1, 100) == 8091

define i64 @xor_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = xor i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @xor_i16(0, 0) == 0
; run: @xor_i16(1, 2) == 3
; run: @xor_i16(3, 7) == 4
; run: @xor_i16(7, 3) == 4
; run: @xor_i16(100, -100) == 65528
; run: @xor_i16(-1, 1) == 65534
; run: @xor_i16(-1, -1) == 0
; run: @xor_i16(-2, 3) == 65533
; run: @xor_i16(-9223372036854775808, -1) == 65535
; run: @xor_i16(0x12345678, 0xdeadbeefcafe) == 40070
; run: @xor_i16(0xdeadbeefcafe, -2147483648) == 51966
; run: @xor_i16(-100, 7) == 65435
; run: @xor_i16(100, -2) == 65434
; run: @xor_i16(-2147483648, 2) == 2
; run: @xor_i16(2, -100) == 65438
; run: @xor_i16(-1, 100) == 65435

define i64 @xor_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = xor i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @xor_i24(0, 0) == 0
; run: @xor_i24(1, 2) == 3
; run: @xor_i24(3, 7) == 4
; run: @xor_i24(7, 3) == 4
; run: @xor_i24(100, -100) == 0xfffff8
; run: @xor_i24(-1, 1) == 0xfffffe
; run: @xor_i24(-1, -1) == 0
; run: @xor_i24(-2, 3) == 0xfffffd
; run: @xor_i24(-9223372036854775808, -1) == 0xffffff
; run: @xor_i24(0x12345678, 0xdeadbeefcafe) == 0xdb9c86
; run: @xor_i24(0xdeadbeefcafe, -2147483648) == 0xefcafe
; run: @xor_i24(-100, 7) == 0xffff9b
; run: @xor_i24(100, -2) == 0xffff9a
; run: @xor_i24(-2147483648, 2) == 2
; run: @xor_i24(2, -100) == 0xffff9e
; run: @xor_i24(-1, 100) == 0xffff9b

define i64 @xor_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = xor i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @xor_i32(0, 0) == 0
; run: @xor_i32(1, 2) == 3
; run: @xor_i32(3, 7) == 4
; run: @xor_i32(7, 3) == 4
; run: @xor_i32(100, -100) == 0xfffffff8
; run: @xor_i32(-1, 1) == 0xfffffffe
; run: @xor_i32(-1, -1) == 0
; run: @xor_i32(-2, 3) == 0xfffffffd
; run: @xor_i32(-9223372036854775808, -1) == 0xffffffff
; run: @xor_i32(0x12345678, 0xdeadbeefcafe) == 0xacdb9c86
; run: @xor_i32(0xdeadbeefcafe, -2147483648) == 0x3eefcafe
; run: @xor_i32(-100, 7) == 0xffffff9b
; run: @xor_i32(100, -2) == 0xffffff9a
; run: @xor_i32(-2147483648, 2) == 0x80000002
; run: @xor_i32(2, -100) == 0xffffff9e
; run: @xor_i32(-1, 100) == 0xffffff9b

define i64 @xor_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = xor i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @xor_i40(0, 0) == 0
; run: @xor_i40(1, 2) == 3
; run: @xor_i40(3, 7) == 4
; run: @xor_i40(7, 3) == 4
; run: @xor_i40(100, -100) == 0xfffffffff8
; run: @xor_i40(-1, 1) == 0xfffffffffe
; run: @xor_i40(-1, -1) == 0
; run: @xor_i40(-2, 3) == 0xfffffffffd
; run: @xor_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @xor_i40(0x12345678, 0xdeadbeefcafe) == 0xadacdb9c86
; run: @xor_i40(0xdeadbeefcafe, -2147483648) == 0x523eefcafe
; run: @xor_i40(-100, 7) == 0xffffffff9b
; run: @xor_i40(100, -2) == 0xffffffff9a
; run: @xor_i40(-2147483648, 2) == 0xff80000002
; run: @xor_i40(2, -100) == 0xffffffff9e
; run: @xor_i40(-1, 100) == 0xffffffff9b

define i64 @xor_i64(i64 %a, i64 %b) {
  %r = xor i64 %a, %b
  ret i64 %r
}
; run: @xor_i64(0, 0) == 0
; run: @xor_i64(1, 2) == 3
; run: @xor_i64(3, 7) == 4
; run: @xor_i64(7, 3) == 4
; run: @xor_i64(100, -100) == -8
; run: @xor_i64(-1, 1) == -2
; run: @xor_i64(-1, -1) == 0
; run: @xor_i64(-2, 3) == -3
; run: @xor_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @xor_i64(-9223372036854775808, -1) == 9223372036854775807
; run: @xor_i64(-9223372036854775808, 0x7fffffffffffffff) == -1
; run: @xor_i64(0x12345678, 0xdeadbeefcafe) == 244837510782086
; run: @xor_i64(0xdeadbeefcafe, -2147483648) == -244837849773314
; run: @xor_i64(-100, 7) == -101
; run: @xor_i64(100, -2) == -102
; run: @xor_i64(-2147483648, 2) == -2147483646
; run: @xor_i64(2, -100) == -98
; run: @xor_i64(-1, 100) == -101
