; `sext` from each width to each wider one: the new bits copy the sign bit. The operand
; is an i64 truncated to the source width; the result is returned zero-extended to i64.
; test run

define i64 @sext_i1_i8(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @sext_i1_i8(0) == 0
; run: @sext_i1_i8(1) == 255

define i64 @sext_i1_i13(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sext_i1_i13(0) == 0
; run: @sext_i1_i13(1) == 8191

define i64 @sext_i1_i16(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sext_i1_i16(0) == 0
; run: @sext_i1_i16(1) == 65535

define i64 @sext_i1_i24(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sext_i1_i24(0) == 0
; run: @sext_i1_i24(1) == 0xffffff

define i64 @sext_i1_i32(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sext_i1_i32(0) == 0
; run: @sext_i1_i32(1) == 0xffffffff

define i64 @sext_i1_i40(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i1_i40(0) == 0
; run: @sext_i1_i40(1) == 0xffffffffff

define i64 @sext_i1_i64(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sext i1 %a.t to i64
  ret i64 %r
}
; run: @sext_i1_i64(0) == 0
; run: @sext_i1_i64(1) == -1

define i64 @sext_i8_i13(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sext_i8_i13(0) == 0
; run: @sext_i8_i13(1) == 1
; run: @sext_i8_i13(-1) == 8191
; run: @sext_i8_i13(90) == 90
; run: @sext_i8_i13(0x12345678) == 120
; run: @sext_i8_i13(0xdeadbeefcafe) == 8190
; run: @sext_i8_i13(128) == 8064

define i64 @sext_i8_i16(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sext_i8_i16(0) == 0
; run: @sext_i8_i16(1) == 1
; run: @sext_i8_i16(-1) == 65535
; run: @sext_i8_i16(90) == 90
; run: @sext_i8_i16(0x12345678) == 120
; run: @sext_i8_i16(0xdeadbeefcafe) == 65534
; run: @sext_i8_i16(128) == 65408

define i64 @sext_i8_i24(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sext_i8_i24(0) == 0
; run: @sext_i8_i24(1) == 1
; run: @sext_i8_i24(-1) == 0xffffff
; run: @sext_i8_i24(90) == 90
; run: @sext_i8_i24(0x12345678) == 120
; run: @sext_i8_i24(0xdeadbeefcafe) == 0xfffffe
; run: @sext_i8_i24(128) == 0xffff80

define i64 @sext_i8_i32(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sext_i8_i32(0) == 0
; run: @sext_i8_i32(1) == 1
; run: @sext_i8_i32(-1) == 0xffffffff
; run: @sext_i8_i32(90) == 90
; run: @sext_i8_i32(0x12345678) == 120
; run: @sext_i8_i32(0xdeadbeefcafe) == 0xfffffffe
; run: @sext_i8_i32(128) == 0xffffff80

define i64 @sext_i8_i40(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i8_i40(0) == 0
; run: @sext_i8_i40(1) == 1
; run: @sext_i8_i40(-1) == 0xffffffffff
; run: @sext_i8_i40(90) == 90
; run: @sext_i8_i40(0x12345678) == 120
; run: @sext_i8_i40(0xdeadbeefcafe) == 0xfffffffffe
; run: @sext_i8_i40(128) == 0xffffffff80

define i64 @sext_i8_i64(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sext i8 %a.t to i64
  ret i64 %r
}
; run: @sext_i8_i64(0) == 0
; run: @sext_i8_i64(1) == 1
; run: @sext_i8_i64(-1) == -1
; run: @sext_i8_i64(90) == 90
; run: @sext_i8_i64(0x12345678) == 120
; run: @sext_i8_i64(0xdeadbeefcafe) == -2
; run: @sext_i8_i64(128) == -128

define i64 @sext_i13_i16(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sext i13 %a.t to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sext_i13_i16(0) == 0
; run: @sext_i13_i16(1) == 1
; run: @sext_i13_i16(-1) == 65535
; run: @sext_i13_i16(90) == 90
; run: @sext_i13_i16(0x12345678) == 63096
; run: @sext_i13_i16(0xdeadbeefcafe) == 2814
; run: @sext_i13_i16(128) == 128

define i64 @sext_i13_i24(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sext i13 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sext_i13_i24(0) == 0
; run: @sext_i13_i24(1) == 1
; run: @sext_i13_i24(-1) == 0xffffff
; run: @sext_i13_i24(90) == 90
; run: @sext_i13_i24(0x12345678) == 0xfff678
; run: @sext_i13_i24(0xdeadbeefcafe) == 2814
; run: @sext_i13_i24(128) == 128

define i64 @sext_i13_i32(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sext i13 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sext_i13_i32(0) == 0
; run: @sext_i13_i32(1) == 1
; run: @sext_i13_i32(-1) == 0xffffffff
; run: @sext_i13_i32(90) == 90
; run: @sext_i13_i32(0x12345678) == 0xfffff678
; run: @sext_i13_i32(0xdeadbeefcafe) == 2814
; run: @sext_i13_i32(128) == 128

define i64 @sext_i13_i40(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sext i13 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i13_i40(0) == 0
; run: @sext_i13_i40(1) == 1
; run: @sext_i13_i40(-1) == 0xffffffffff
; run: @sext_i13_i40(90) == 90
; run: @sext_i13_i40(0x12345678) == 0xfffffff678
; run: @sext_i13_i40(0xdeadbeefcafe) == 2814
; run: @sext_i13_i40(128) == 128

define i64 @sext_i13_i64(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sext i13 %a.t to i64
  ret i64 %r
}
; run: @sext_i13_i64(0) == 0
; run: @sext_i13_i64(1) == 1
; run: @sext_i13_i64(-1) == -1
; run: @sext_i13_i64(90) == 90
; run: @sext_i13_i64(0x12345678) == -2440
; run: @sext_i13_i64(0xdeadbeefcafe) == 2814
; run: @sext_i13_i64(128) == 128

define i64 @sext_i16_i24(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sext i16 %a.t to i24
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @sext_i16_i24(0) == 0
; run: @sext_i16_i24(1) == 1
; run: @sext_i16_i24(-1) == 0xffffff
; run: @sext_i16_i24(90) == 90
; run: @sext_i16_i24(0x12345678) == 22136
; run: @sext_i16_i24(0xdeadbeefcafe) == 0xffcafe
; run: @sext_i16_i24(8191) == 8191
; run: @sext_i16_i24(128) == 128

define i64 @sext_i16_i32(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sext i16 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sext_i16_i32(0) == 0
; run: @sext_i16_i32(1) == 1
; run: @sext_i16_i32(-1) == 0xffffffff
; run: @sext_i16_i32(90) == 90
; run: @sext_i16_i32(0x12345678) == 22136
; run: @sext_i16_i32(0xdeadbeefcafe) == 0xffffcafe
; run: @sext_i16_i32(8191) == 8191
; run: @sext_i16_i32(128) == 128

define i64 @sext_i16_i40(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sext i16 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i16_i40(0) == 0
; run: @sext_i16_i40(1) == 1
; run: @sext_i16_i40(-1) == 0xffffffffff
; run: @sext_i16_i40(90) == 90
; run: @sext_i16_i40(0x12345678) == 22136
; run: @sext_i16_i40(0xdeadbeefcafe) == 0xffffffcafe
; run: @sext_i16_i40(8191) == 8191
; run: @sext_i16_i40(128) == 128

define i64 @sext_i16_i64(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sext i16 %a.t to i64
  ret i64 %r
}
; run: @sext_i16_i64(0) == 0
; run: @sext_i16_i64(1) == 1
; run: @sext_i16_i64(-1) == -1
; run: @sext_i16_i64(90) == 90
; run: @sext_i16_i64(0x12345678) == 22136
; run: @sext_i16_i64(0xdeadbeefcafe) == -13570
; run: @sext_i16_i64(8191) == 8191
; run: @sext_i16_i64(128) == 128

define i64 @sext_i24_i32(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = sext i24 %a.t to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sext_i24_i32(0) == 0
; run: @sext_i24_i32(1) == 1
; run: @sext_i24_i32(-1) == 0xffffffff
; run: @sext_i24_i32(90) == 90
; run: @sext_i24_i32(0x12345678) == 0x345678
; run: @sext_i24_i32(0xdeadbeefcafe) == 0xffefcafe
; run: @sext_i24_i32(8191) == 8191
; run: @sext_i24_i32(128) == 128

define i64 @sext_i24_i40(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = sext i24 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i24_i40(0) == 0
; run: @sext_i24_i40(1) == 1
; run: @sext_i24_i40(-1) == 0xffffffffff
; run: @sext_i24_i40(90) == 90
; run: @sext_i24_i40(0x12345678) == 0x345678
; run: @sext_i24_i40(0xdeadbeefcafe) == 0xffffefcafe
; run: @sext_i24_i40(8191) == 8191
; run: @sext_i24_i40(128) == 128

define i64 @sext_i24_i64(i64 %a) {
  %a.t = trunc i64 %a to i24
  %r = sext i24 %a.t to i64
  ret i64 %r
}
; run: @sext_i24_i64(0) == 0
; run: @sext_i24_i64(1) == 1
; run: @sext_i24_i64(-1) == -1
; run: @sext_i24_i64(90) == 90
; run: @sext_i24_i64(0x12345678) == 3430008
; run: @sext_i24_i64(0xdeadbeefcafe) == -1062146
; run: @sext_i24_i64(8191) == 8191
; run: @sext_i24_i64(128) == 128

define i64 @sext_i32_i40(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = sext i32 %a.t to i40
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sext_i32_i40(0) == 0
; run: @sext_i32_i40(1) == 1
; run: @sext_i32_i40(-1) == 0xffffffffff
; run: @sext_i32_i40(90) == 90
; run: @sext_i32_i40(0x12345678) == 0x12345678
; run: @sext_i32_i40(-2147483648) == 0xff80000000
; run: @sext_i32_i40(0xdeadbeefcafe) == 0xffbeefcafe
; run: @sext_i32_i40(8191) == 8191
; run: @sext_i32_i40(128) == 128

define i64 @sext_i32_i64(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = sext i32 %a.t to i64
  ret i64 %r
}
; run: @sext_i32_i64(0) == 0
; run: @sext_i32_i64(1) == 1
; run: @sext_i32_i64(-1) == -1
; run: @sext_i32_i64(90) == 90
; run: @sext_i32_i64(0x12345678) == 305419896
; run: @sext_i32_i64(-2147483648) == -2147483648
; run: @sext_i32_i64(0xdeadbeefcafe) == -1091581186
; run: @sext_i32_i64(8191) == 8191
; run: @sext_i32_i64(128) == 128

define i64 @sext_i40_i64(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = sext i40 %a.t to i64
  ret i64 %r
}
; run: @sext_i40_i64(0) == 0
; run: @sext_i40_i64(1) == 1
; run: @sext_i40_i64(-1) == -1
; run: @sext_i40_i64(90) == 90
; run: @sext_i40_i64(0x12345678) == 305419896
; run: @sext_i40_i64(-2147483648) == -2147483648
; run: @sext_i40_i64(0xdeadbeefcafe) == -353278899458
; run: @sext_i40_i64(8191) == 8191
; run: @sext_i40_i64(128) == 128
