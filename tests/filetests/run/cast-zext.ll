; `zext` from each width to each wider one: the new bits are zero. The operand is an i64
; truncated to the source width; the result is returned zero-extended to i64.
; test run

define i64 @zext_i1_i8(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @zext_i1_i8(0) == 0
; run: @zext_i1_i8(1) == 1

define i64 @zext_i1_i13(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @zext_i1_i13(0) == 0
; run: @zext_i1_i13(1) == 1

define i64 @zext_i1_i16(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @zext_i1_i16(0) == 0
; run: @zext_i1_i16(1) == 1

define i64 @zext_i1_i24(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @zext_i1_i24(0) == 0
; run: @zext_i1_i24(1) == 1

define i64 @zext_i1_i32(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @zext_i1_i32(0) == 0
; run: @zext_i1_i32(1) == 1

define i64 @zext_i1_i40(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i1_i40(0) == 0
; run: @zext_i1_i40(1) == 1

define i64 @zext_i1_i64(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = zext i1 %a.t to i64
  ret i64 %r
}
; run: @zext_i1_i64(0) == 0
; run: @zext_i1_i64(1) == 1

define i64 @zext_i8_i13(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @zext_i8_i13(0) == 0
; run: @zext_i8_i13(1) == 1
; run: @zext_i8_i13(-1) == 255
; run: @zext_i8_i13(90) == 90
; run: @zext_i8_i13(0x12345678) == 120
; run: @zext_i8_i13(0xdeadbeefcafe) == 254
; run: @zext_i8_i13(128) == 128

define i64 @zext_i8_i16(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @zext_i8_i16(0) == 0
; run: @zext_i8_i16(1) == 1
; run: @zext_i8_i16(-1) == 255
; run: @zext_i8_i16(90) == 90
; run: @zext_i8_i16(0x12345678) == 120
; run: @zext_i8_i16(0xdeadbeefcafe) == 254
; run: @zext_i8_i16(128) == 128

define i64 @zext_i8_i24(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @zext_i8_i24(0) == 0
; run: @zext_i8_i24(1) == 1
; run: @zext_i8_i24(-1) == 255
; run: @zext_i8_i24(90) == 90
; run: @zext_i8_i24(0x12345678) == 120
; run: @zext_i8_i24(0xdeadbeefcafe) == 254
; run: @zext_i8_i24(128) == 128

define i64 @zext_i8_i32(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @zext_i8_i32(0) == 0
; run: @zext_i8_i32(1) == 1
; run: @zext_i8_i32(-1) == 255
; run: @zext_i8_i32(90) == 90
; run: @zext_i8_i32(0x12345678) == 120
; run: @zext_i8_i32(0xdeadbeefcafe) == 254
; run: @zext_i8_i32(128) == 128

define i64 @zext_i8_i40(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i8_i40(0) == 0
; run: @zext_i8_i40(1) == 1
; run: @zext_i8_i40(-1) == 255
; run: @zext_i8_i40(90) == 90
; run: @zext_i8_i40(0x12345678) == 120
; run: @zext_i8_i40(0xdeadbeefcafe) == 254
; run: @zext_i8_i40(128) == 128

define i64 @zext_i8_i64(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = zext i8 %a.t to i64
  ret i64 %r
}
; run: @zext_i8_i64(0) == 0
; run: @zext_i8_i64(1) == 1
; run: @zext_i8_i64(-1) == 255
; run: @zext_i8_i64(90) == 90
; run: @zext_i8_i64(0x12345678) == 120
; run: @zext_i8_i64(0xdeadbeefcafe) == 254
; run: @zext_i8_i64(128) == 128

define i64 @zext_i13_i16(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = zext i13 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @zext_i13_i16(0) == 0
; run: @zext_i13_i16(1) == 1
; run: @zext_i13_i16(-1) == 8191
; run: @zext_i13_i16(90) == 90
; run: @zext_i13_i16(0x12345678) == 5752
; run: @zext_i13_i16(0xdeadbeefcafe) == 2814
; run: @zext_i13_i16(128) == 128

define i64 @zext_i13_i24(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = zext i13 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @zext_i13_i24(0) == 0
; run: @zext_i13_i24(1) == 1
; run: @zext_i13_i24(-1) == 8191
; run: @zext_i13_i24(90) == 90
; run: @zext_i13_i24(0x12345678) == 5752
; run: @zext_i13_i24(0xdeadbeefcafe) == 2814
; run: @zext_i13_i24(128) == 128

define i64 @zext_i13_i32(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = zext i13 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @zext_i13_i32(0) == 0
; run: @zext_i13_i32(1) == 1
; run: @zext_i13_i32(-1) == 8191
; run: @zext_i13_i32(90) == 90
; run: @zext_i13_i32(0x12345678) == 5752
; run: @zext_i13_i32(0xdeadbeefcafe) == 2814
; run: @zext_i13_i32(128) == 128

define i64 @zext_i13_i40(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = zext i13 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i13_i40(0) == 0
; run: @zext_i13_i40(1) == 1
; run: @zext_i13_i40(-1) == 8191
; run: @zext_i13_i40(90) == 90
; run: @zext_i13_i40(0x12345678) == 5752
; run: @zext_i13_i40(0xdeadbeefcafe) == 2814
; run: @zext_i13_i40(128) == 128

define i64 @zext_i13_i64(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = zext i13 %a.t to i64
  ret i64 %r
}
; run: @zext_i13_i64(0) == 0
; run: @zext_i13_i64(1) == 1
; run: @zext_i13_i64(-1) == 8191
; run: @zext_i13_i64(90) == 90
; run: @zext_i13_i64(0x12345678) == 5752
; run: @zext_i13_i64(0xdeadbeefcafe) == 2814
; run: @zext_i13_i64(128) == 128

define i64 @zext_i16_i24(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = zext i16 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @zext_i16_i24(0) == 0
; run: @zext_i16_i24(1) == 1
; run: @zext_i16_i24(-1) == 65535
; run: @zext_i16_i24(90) == 90
; run: @zext_i16_i24(0x12345678) == 22136
; run: @zext_i16_i24(0xdeadbeefcafe) == 51966
; run: @zext_i16_i24(8191) == 8191
; run: @zext_i16_i24(128) == 128

define i64 @zext_i16_i32(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = zext i16 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @zext_i16_i32(0) == 0
; run: @zext_i16_i32(1) == 1
; run: @zext_i16_i32(-1) == 65535
; run: @zext_i16_i32(90) == 90
; run: @zext_i16_i32(0x12345678) == 22136
; run: @zext_i16_i32(0xdeadbeefcafe) == 51966
; run: @zext_i16_i32(8191) == 8191
; run: @zext_i16_i32(128) == 128

define i64 @zext_i16_i40(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = zext i16 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i16_i40(0) == 0
; run: @zext_i16_i40(1) == 1
; run: @zext_i16_i40(-1) == 65535
; run: @zext_i16_i40(90) == 90
; run: @zext_i16_i40(0x12345678) == 22136
; run: @zext_i16_i40(0xdeadbeefcafe) == 51966
; run: @zext_i16_i40(8191) == 8191
; run: @zext_i16_i40(128) == 128

define i64 @zext_i16_i64(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = zext i16 %a.t to i64
  ret i64 %r
}
; run: @zext_i16_i64(0) == 0
; run: @zext_i16_i64(1) == 1
; run: @zext_i16_i64(-1) == 65535
; run: @zext_i16_i64(90) == 90
; run: @zext_i16_i64(0x12345678) == 22136
; run: @zext_i16_i64(0xdeadbeefcafe) == 51966
; run: @zext_i16_i64(8191) == 8191
; run: @zext_i16_i64(128) == 128

define i64 @zext_i24_i32(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = zext i24 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @zext_i24_i32(0) == 0
; run: @zext_i24_i32(1) == 1
; run: @zext_i24_i32(-1) == 0xffffff
; run: @zext_i24_i32(90) == 90
; run: @zext_i24_i32(0x12345678) == 0x345678
; run: @zext_i24_i32(0xdeadbeefcafe) == 0xefcafe
; run: @zext_i24_i32(8191) == 8191
; run: @zext_i24_i32(128) == 128

define i64 @zext_i24_i40(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = zext i24 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i24_i40(0) == 0
; run: @zext_i24_i40(1) == 1
; run: @zext_i24_i40(-1) == 0xffffff
; run: @zext_i24_i40(90) == 90
; run: @zext_i24_i40(0x12345678) == 0x345678
; run: @zext_i24_i40(0xdeadbeefcafe) == 0xefcafe
; run: @zext_i24_i40(8191) == 8191
; run: @zext_i24_i40(128) == 128

define i64 @zext_i24_i64(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = zext i24 %a.t to i64
  ret i64 %r
}
; run: @zext_i24_i64(0) == 0
; run: @zext_i24_i64(1) == 1
; run: @zext_i24_i64(-1) == 16777215
; run: @zext_i24_i64(90) == 90
; run: @zext_i24_i64(0x12345678) == 3430008
; run: @zext_i24_i64(0xdeadbeefcafe) == 15715070
; run: @zext_i24_i64(8191) == 8191
; run: @zext_i24_i64(128) == 128

define i64 @zext_i32_i40(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = zext i32 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @zext_i32_i40(0) == 0
; run: @zext_i32_i40(1) == 1
; run: @zext_i32_i40(-1) == 0xffffffff
; run: @zext_i32_i40(90) == 90
; run: @zext_i32_i40(0x12345678) == 0x12345678
; run: @zext_i32_i40(-2147483648) == 0x80000000
; run: @zext_i32_i40(0xdeadbeefcafe) == 0xbeefcafe
; run: @zext_i32_i40(8191) == 8191
; run: @zext_i32_i40(128) == 128

define i64 @zext_i32_i64(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = zext i32 %a.t to i64
  ret i64 %r
}
; run: @zext_i32_i64(0) == 0
; run: @zext_i32_i64(1) == 1
; run: @zext_i32_i64(-1) == 4294967295
; run: @zext_i32_i64(90) == 90
; run: @zext_i32_i64(0x12345678) == 305419896
; run: @zext_i32_i64(-2147483648) == 2147483648
; run: @zext_i32_i64(0xdeadbeefcafe) == 3203386110
; run: @zext_i32_i64(8191) == 8191
; run: @zext_i32_i64(128) == 128

define i64 @zext_i40_i64(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = zext i40 %a.t to i64
  ret i64 %r
}
; run: @zext_i40_i64(0) == 0
; run: @zext_i40_i64(1) == 1
; run: @zext_i40_i64(-1) == 1099511627775
; run: @zext_i40_i64(90) == 90
; run: @zext_i40_i64(0x12345678) == 305419896
; run: @zext_i40_i64(-2147483648) == 1097364144128
; run: @zext_i40_i64(0xdeadbeefcafe) == 746232728318
; run: @zext_i40_i64(8191) == 8191
; run: @zext_i40_i64(128) == 128
