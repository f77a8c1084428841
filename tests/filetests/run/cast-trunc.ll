; `trunc` from each width to each narrower one: the low bits are kept. The operand is an
; i64 truncated to the source width; the result is returned zero-extended to i64.
; test run

define i64 @trunc_i8_i1(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = trunc i8 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i8_i1(0) == 0
; run: @trunc_i8_i1(1) == 1
; run: @trunc_i8_i1(-1) == 1
; run: @trunc_i8_i1(90) == 0
; run: @trunc_i8_i1(0x12345678) == 0
; run: @trunc_i8_i1(0xdeadbeefcafe) == 0
; run: @trunc_i8_i1(128) == 0

define i64 @trunc_i13_i1(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = trunc i13 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i13_i1(0) == 0
; run: @trunc_i13_i1(1) == 1
; run: @trunc_i13_i1(-1) == 1
; run: @trunc_i13_i1(90) == 0
; run: @trunc_i13_i1(0x12345678) == 0
; run: @trunc_i13_i1(0xdeadbeefcafe) == 0
; run: @trunc_i13_i1(128) == 0

define i64 @trunc_i13_i8(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = trunc i13 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i13_i8(0) == 0
; run: @trunc_i13_i8(1) == 1
; run: @trunc_i13_i8(-1) == 255
; run: @trunc_i13_i8(90) == 90
; run: @trunc_i13_i8(0x12345678) == 120
; run: @trunc_i13_i8(0xdeadbeefcafe) == 254
; run: @trunc_i13_i8(128) == 128

define i64 @trunc_i16_i1(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = trunc i16 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i16_i1(0) == 0
; run: @trunc_i16_i1(1) == 1
; run: @trunc_i16_i1(-1) == 1
; run: @trunc_i16_i1(90) == 0
; run: @trunc_i16_i1(0x12345678) == 0
; run: @trunc_i16_i1(0xdeadbeefcafe) == 0
; run: @trunc_i16_i1(8191) == 1
; run: @trunc_i16_i1(128) == 0

define i64 @trunc_i16_i8(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = trunc i16 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i16_i8(0) == 0
; run: @trunc_i16_i8(1) == 1
; run: @trunc_i16_i8(-1) == 255
; run: @trunc_i16_i8(90) == 90
; run: @trunc_i16_i8(0x12345678) == 120
; run: @trunc_i16_i8(0xdeadbeefcafe) == 254
; run: @trunc_i16_i8(8191) == 255
; run: @trunc_i16_i8(128) == 128

define i64 @trunc_i16_i13(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = trunc i16 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @trunc_i16_i13(0) == 0
; run: @trunc_i16_i13(1) == 1
; run: @trunc_i16_i13(-1) == 8191
; run: @trunc_i16_i13(90) == 90
; run: @trunc_i16_i13(0x12345678) == 5752
; run: @trunc_i16_i13(0xdeadbeefcafe) == 2814
; run: @trunc_i16_i13(8191) == 8191
; run: @trunc_i16_i13(128) == 128

define i64 @trunc_i24_i1(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = trunc i24 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i24_i1(0) == 0
; run: @trunc_i24_i1(1) == 1
; run: @trunc_i24_i1(-1) == 1
; run: @trunc_i24_i1(90) == 0
; run: @trunc_i24_i1(0x12345678) == 0
; run: @trunc_i24_i1(0xdeadbeefcafe) == 0
; run: @trunc_i24_i1(8191) == 1
; run: @trunc_i24_i1(128) == 0

define i64 @trunc_i24_i8(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = trunc i24 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i24_i8(0) == 0
; run: @trunc_i24_i8(1) == 1
; run: @trunc_i24_i8(-1) == 255
; run: @trunc_i24_i8(90) == 90
; run: @trunc_i24_i8(0x12345678) == 120
; run: @trunc_i24_i8(0xdeadbeefcafe) == 254
; run: @trunc_i24_i8(8191) == 255
; run: @trunc_i24_i8(128) == 128

define i64 @trunc_i24_i13(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = trunc i24 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @trunc_i24_i13(0) == 0
; run: @trunc_i24_i13(1) == 1
; run: @trunc_i24_i13(-1) == 8191
; run: @trunc_i24_i13(90) == 90
; run: @trunc_i24_i13(0x12345678) == 5752
; run: @trunc_i24_i13(0xdeadbeefcafe) == 2814
; run: @trunc_i24_i13(8191) == 8191
; run: @trunc_i24_i13(128) == 128

define i64 @trunc_i24_i16(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = trunc i24 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @trunc_i24_i16(0) == 0
; run: @trunc_i24_i16(1) == 1
; run: @trunc_i24_i16(-1) == 65535
; run: @trunc_i24_i16(90) == 90
; run: @trunc_i24_i16(0x12345678) == 22136
; run: @trunc_i24_i16(0xdeadbeefcafe) == 51966
; run: @trunc_i24_i16(8191) == 8191
; run: @trunc_i24_i16(128) == 128

define i64 @trunc_i32_i1(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = trunc i32 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i32_i1(0) == 0
; run: @trunc_i32_i1(1) == 1
; run: @trunc_i32_i1(-1) == 1
; run: @trunc_i32_i1(90) == 0
; run: @trunc_i32_i1(0x12345678) == 0
; run: @trunc_i32_i1(-2147483648) == 0
; run: @trunc_i32_i1(0xdeadbeefcafe) == 0
; run: @trunc_i32_i1(8191) == 1
; run: @trunc_i32_i1(128) == 0

define i64 @trunc_i32_i8(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = trunc i32 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i32_i8(0) == 0
; run: @trunc_i32_i8(1) == 1
; run: @trunc_i32_i8(-1) == 255
; run: @trunc_i32_i8(90) == 90
; run: @trunc_i32_i8(0x12345678) == 120
; run: @trunc_i32_i8(-2147483648) == 0
; run: @trunc_i32_i8(0xdeadbeefcafe) == 254
; run: @trunc_i32_i8(8191) == 255
; run: @trunc_i32_i8(128) == 128

define i64 @trunc_i32_i13(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = trunc i32 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @trunc_i32_i13(0) == 0
; run: @trunc_i32_i13(1) == 1
; run: @trunc_i32_i13(-1) == 8191
; run: @trunc_i32_i13(90) == 90
; run: @trunc_i32_i13(0x12345678) == 5752
; run: @trunc_i32_i13(-2147483648) == 0
; run: @trunc_i32_i13(0xdeadbeefcafe) == 2814
; run: @trunc_i32_i13(8191) == 8191
; run: @trunc_i32_i13(128) == 128

define i64 @trunc_i32_i16(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = trunc i32 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @trunc_i32_i16(0) == 0
; run: @trunc_i32_i16(1) == 1
; run: @trunc_i32_i16(-1) == 65535
; run: @trunc_i32_i16(90) == 90
; run: @trunc_i32_i16(0x12345678) == 22136
; run: @trunc_i32_i16(-2147483648) == 0
; run: @trunc_i32_i16(0xdeadbeefcafe) == 51966
; run: @trunc_i32_i16(8191) == 8191
; run: @trunc_i32_i16(128) == 128

define i64 @trunc_i32_i24(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = trunc i32 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @trunc_i32_i24(0) == 0
; run: @trunc_i32_i24(1) == 1
; run: @trunc_i32_i24(-1) == 0xffffff
; run: @trunc_i32_i24(90) == 90
; run: @trunc_i32_i24(0x12345678) == 0x345678
; run: @trunc_i32_i24(-2147483648) == 0
; run: @trunc_i32_i24(0xdeadbeefcafe) == 0xefcafe
; run: @trunc_i32_i24(8191) == 8191
; run: @trunc_i32_i24(128) == 128

define i64 @trunc_i40_i1(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i1(0) == 0
; run: @trunc_i40_i1(1) == 1
; run: @trunc_i40_i1(-1) == 1
; run: @trunc_i40_i1(90) == 0
; run: @trunc_i40_i1(0x12345678) == 0
; run: @trunc_i40_i1(-2147483648) == 0
; run: @trunc_i40_i1(0xdeadbeefcafe) == 0
; run: @trunc_i40_i1(8191) == 1
; run: @trunc_i40_i1(128) == 0

define i64 @trunc_i40_i8(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i8(0) == 0
; run: @trunc_i40_i8(1) == 1
; run: @trunc_i40_i8(-1) == 255
; run: @trunc_i40_i8(90) == 90
; run: @trunc_i40_i8(0x12345678) == 120
; run: @trunc_i40_i8(-2147483648) == 0
; run: @trunc_i40_i8(0xdeadbeefcafe) == 254
; run: @trunc_i40_i8(8191) == 255
; run: @trunc_i40_i8(128) == 128

define i64 @trunc_i40_i13(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i13(0) == 0
; run: @trunc_i40_i13(1) == 1
; run: @trunc_i40_i13(-1) == 8191
; run: @trunc_i40_i13(90) == 90
; run: @trunc_i40_i13(0x12345678) == 5752
; run: @trunc_i40_i13(-2147483648) == 0
; run: @trunc_i40_i13(0xdeadbeefcafe) == 2814
; run: @trunc_i40_i13(8191) == 8191
; run: @trunc_i40_i13(128) == 128

define i64 @trunc_i40_i16(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i16(0) == 0
; run: @trunc_i40_i16(1) == 1
; run: @trunc_i40_i16(-1) == 65535
; run: @trunc_i40_i16(90) == 90
; run: @trunc_i40_i16(0x12345678) == 22136
; run: @trunc_i40_i16(-2147483648) == 0
; run: @trunc_i40_i16(0xdeadbeefcafe) == 51966
; run: @trunc_i40_i16(8191) == 8191
; run: @trunc_i40_i16(128) == 128

define i64 @trunc_i40_i24(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i24(0) == 0
; run: @trunc_i40_i24(1) == 1
; run: @trunc_i40_i24(-1) == 0xffffff
; run: @trunc_i40_i24(90) == 90
; run: @trunc_i40_i24(0x12345678) == 0x345678
; run: @trunc_i40_i24(-2147483648) == 0
; run: @trunc_i40_i24(0xdeadbeefcafe) == 0xefcafe
; run: @trunc_i40_i24(8191) == 8191
; run: @trunc_i40_i24(128) == 128

define i64 @trunc_i40_i32(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = trunc i40 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @trunc_i40_i32(0) == 0
; run: @trunc_i40_i32(1) == 1
; run: @trunc_i40_i32(-1) == 0xffffffff
; run: @trunc_i40_i32(90) == 90
; run: @trunc_i40_i32(0x12345678) == 0x12345678
; run: @trunc_i40_i32(-2147483648) == 0x80000000
; run: @trunc_i40_i32(0xdeadbeefcafe) == 0xbeefcafe
; run: @trunc_i40_i32(8191) == 8191
; run: @trunc_i40_i32(128) == 128

define i64 @trunc_i64_i1(i64 %a) {
  %r = trunc i64 %a to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i1(0) == 0
; run: @trunc_i64_i1(1) == 1
; run: @trunc_i64_i1(-1) == 1
; run: @trunc_i64_i1(90) == 0
; run: @trunc_i64_i1(0x12345678) == 0
; run: @trunc_i64_i1(-2147483648) == 0
; run: @trunc_i64_i1(0xdeadbeefcafe) == 0
; run: @trunc_i64_i1(-9223372036854775808) == 0
; run: @trunc_i64_i1(0x7fffffffffffffff) == 1
; run: @trunc_i64_i1(8191) == 1
; run: @trunc_i64_i1(128) == 0

define i64 @trunc_i64_i8(i64 %a) {
  %r = trunc i64 %a to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i8(0) == 0
; run: @trunc_i64_i8(1) == 1
; run: @trunc_i64_i8(-1) == 255
; run: @trunc_i64_i8(90) == 90
; run: @trunc_i64_i8(0x12345678) == 120
; run: @trunc_i64_i8(-2147483648) == 0
; run: @trunc_i64_i8(0xdeadbeefcafe) == 254
; run: @trunc_i64_i8(-9223372036854775808) == 0
; run: @trunc_i64_i8(0x7fffffffffffffff) == 255
; run: @trunc_i64_i8(8191) == 255
; run: @trunc_i64_i8(128) == 128

define i64 @trunc_i64_i13(i64 %a) {
  %r = trunc i64 %a to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i13(0) == 0
; run: @trunc_i64_i13(1) == 1
; run: @trunc_i64_i13(-1) == 8191
; run: @trunc_i64_i13(90) == 90
; run: @trunc_i64_i13(0x12345678) == 5752
; run: @trunc_i64_i13(-2147483648) == 0
; run: @trunc_i64_i13(0xdeadbeefcafe) == 2814
; run: @trunc_i64_i13(-9223372036854775808) == 0
; run: @trunc_i64_i13(0x7fffffffffffffff) == 8191
; run: @trunc_i64_i13(8191) == 8191
; run: @trunc_i64_i13(128) == 128

define i64 @trunc_i64_i16(i64 %a) {
  %r = trunc i64 %a to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i16(0) == 0
; run: @trunc_i64_i16(1) == 1
; run: @trunc_i64_i16(-1) == 65535
; run: @trunc_i64_i16(90) == 90
; run: @trunc_i64_i16(0x12345678) == 22136
; run: @trunc_i64_i16(-2147483648) == 0
; run: @trunc_i64_i16(0xdeadbeefcafe) == 51966
; run: @trunc_i64_i16(-9223372036854775808) == 0
; run: @trunc_i64_i16(0x7fffffffffffffff) == 65535
; run: @trunc_i64_i16(8191) == 8191
; run: @trunc_i64_i16(128) == 128

define i64 @trunc_i64_i24(i64 %a) {
  %r = trunc i64 %a to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i24(0) == 0
; run: @trunc_i64_i24(1) == 1
; run: @trunc_i64_i24(-1) == 0xffffff
; run: @trunc_i64_i24(90) == 90
; run: @trunc_i64_i24(0x12345678) == 0x345678
; run: @trunc_i64_i24(-2147483648) == 0
; run: @trunc_i64_i24(0xdeadbeefcafe) == 0xefcafe
; run: @trunc_i64_i24(-9223372036854775808) == 0
; run: @trunc_i64_i24(0x7fffffffffffffff) == 0xffffff
; run: @trunc_i64_i24(8191) == 8191
; run: @trunc_i64_i24(128) == 128

define i64 @trunc_i64_i32(i64 %a) {
  %r = trunc i64 %a to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i32(0) == 0
; run: @trunc_i64_i32(1) == 1
; run: @trunc_i64_i32(-1) == 0xffffffff
; run: @trunc_i64_i32(90) == 90
; run: @trunc_i64_i32(0x12345678) == 0x12345678
; run: @trunc_i64_i32(-2147483648) == 0x80000000
; run: @trunc_i64_i32(0xdeadbeefcafe) == 0xbeefcafe
; run: @trunc_i64_i32(-9223372036854775808) == 0
; run: @trunc_i64_i32(0x7fffffffffffffff) == 0xffffffff
; run: @trunc_i64_i32(8191) == 8191
; run: @trunc_i64_i32(128) == 128

define i64 @trunc_i64_i40(i64 %a) {
  %r = trunc i64 %a to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @trunc_i64_i40(0) == 0
; run: @trunc_i64_i40(1) == 1
; run: @trunc_i64_i40(-1) == 0xffffffffff
; run: @trunc_i64_i40(90) == 90
; run: @trunc_i64_i40(0x12345678) == 0x12345678
; run: @trunc_i64_i40(-2147483648) == 0xff80000000
; run: @trunc_i64_i40(0xdeadbeefcafe) == 0xadbeefcafe
; run: @trunc_i64_i40(-9223372036854775808) == 0
; run: @trunc_i64_i40(0x7fffffffffffffff) == 0xffffffffff
; run: @trunc_i64_i40(8191) == 8191
; run: @trunc_i64_i40(128) == 128
