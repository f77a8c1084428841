; Integer `or` at widths 1 to 64, odd ones included. Each function takes i64 operands,
; truncates them to the width (their high bits must not leak into the result) and
; returns the result zero-extended (so bits above the width must be zero).
; test run

define i64 @or_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = or i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @or_i1(0, 0) == 0
; run: @or_i1(1, 2) == 1
; run: @or_i1(3, 7) == 1
; run: @or_i1(-2, 3) == 1

define i64 @or_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = or i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @or_i8(0, 0) == 0
; run: @or_i8(1, 2) == 3
; run: @or_i8(3, 7) == 7
; run: @or_i8(7, 3) == 7
; run: @or_i8(100, -100) == 252
; run: @or_i8(-1, 1) == 255
; run: @or_i8(-1, -1) == 255
; run: @or_i8(-2, 3) == 255
; run: @or_i8(-9223372036854775808, -1) == 255
; run: @or_i8(0x12345678, 0xdeadbeefcafe) == 254
; run: @or_i8(0xdeadbeefcafe, -2147483648) == 254
; run: @or_i8(-100, 7) == 159
; run: @or_i8(100, -2) == 254
; run: @or_i8(-2147483648, 2) == 2
; run: @or_i8(2, -100) == 158
; run: @or_i8(-1, 100) == 255

define i64 @or_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = or i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @or_i13(0, 0) == 0
; run: @or_i13(1, 2) == 3
; run: @or_i13(3, 7) == 7
; run: @or_i13(7, 3) == 7
; run: @or_i13(100, -100) == 8188
; run: @or_i13(-1, 1) == 8191
; run: @or_i13(-1, -1) == 8191
; run: @or_i13(-2, 3) == 8191
; run: @or_i13(-9223372036854775808, -1) == 8191
; run: @or_i13(0x12345678, 0xdeadbeefcafe) == 7934
; run: @or_i13(0xdeadbeefcafe, -2147483648) == 2814
; run: @or_i13(-100, 7) == 8095
; run: @or_i13(100, -2) == 8190
; run: @or_i13(-2147483648, 2) == 2
; run: @or_i13(2, -100) == 8094
; run: @or_i13(-1, 100) == 8191

define i64 @or_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = or i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @or_i16(0, 0) == 0
; run: @or_i16(1, 2) == 3
; run: @or_i16(3, 7) == 7
; run: @or_i16(7, 3) == 7
; run: @or_i16(100, -100) == 65532
; run: @or_i16(-1, 1) == 65535
; run: @or_i16(-1, -1) == 65535
; run: @or_i16(-2, 3) == 65535
; run: @or_i16(-9223372036854775808, -1) == 65535
; run: @or_i16(0x12345678, 0xdeadbeefcafe) == 57086
; run: @or_i16(0xdeadbeefcafe, -2147483648) == 51966
; run: @or_i16(-100, 7) == 65439
; run: @or_i16(100, -2) == 65534
; run: @or_i16(-2147483648, 2) == 2
; run: @or_i16(2, -100) == 65438
; run: @or_i16(-1, 100) == 65535

define i64 @or_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = or i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @or_i24(0, 0) == 0
; run: @or_i24(1, 2) == 3
; run: @or_i24(3, 7) == 7
; run: @or_i24(7, 3) == 7
; run: @or_i24(100, -100) == 0xfffffc
; run: @or_i24(-1, 1) == 0xffffff
; run: @or_i24(-1, -1) == 0xffffff
; run: @or_i24(-2, 3) == 0xffffff
; run: @or_i24(-9223372036854775808, -1) == 0xffffff
; run: @or_i24(0x12345678, 0xdeadbeefcafe) == 0xffdefe
; run: @or_i24(0xdeadbeefcafe, -2147483648) == 0xefcafe
; run: @or_i24(-100, 7) == 0xffff9f
; run: @or_i24(100, -2) == 0xfffffe
; run: @or_i24(-2147483648, 2) == 2
; run: @or_i24(2, -100) == 0xffff9e
; run: @or_i24(-1, 100) == 0xffffff

define i64 @or_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = or i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @or_i32(0, 0) == 0
; run: @or_i32(1, 2) == 3
; run: @or_i32(3, 7) == 7
; run: @or_i32(7, 3) == 7
; run: @or_i32(100, -100) == 0xfffffffc
; run: @or_i32(-1, 1) == 0xffffffff
; run: @or_i32(-1, -1) == 0xffffffff
; run: @or_i32(-2, 3) == 0xffffffff
; run: @or_i32(-9223372036854775808, -1) == 0xffffffff
; run: @or_i32(0x12345678, 0xdeadbeefcafe) == 0xbeffdefe
; run: @or_i32(0xdeadbeefcafe, -2147483648) == 0xbeefcafe
; run: @or_i32(-100, 7) == 0xffffff9f
; run: @or_i32(100, -2) == 0xfffffffe
; run: @or_i32(-2147483648, 2) == 0x80000002
; run: @or_i32(2, -100) == 0xffffff9e
; run: @or_i32(-1, 100) == 0xffffffff

define i64 @or_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = or i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @or_i40(0, 0) == 0
; run: @or_i40(1, 2) == 3
; run: @or_i40(3, 7) == 7
; run: @or_i40(7, 3) == 7
; run: @or_i40(100, -100) == 0xfffffffffc
; run: @or_i40(-1, 1) == 0xffffffffff
; run: @or_i40(-1, -1) == 0xffffffffff
; run: @or_i40(-2, 3) == 0xffffffffff
; run: @or_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @or_i40(0x12345678, 0xdeadbeefcafe) == 0xadbeffdefe
; run: @or_i40(0xdeadbeefcafe, -2147483648) == 0xffbeefcafe
; run: @or_i40(-100, 7) == 0xffffffff9f
; run: @or_i40(100, -2) == 0xfffffffffe
; run: @or_i40(-2147483648, 2) == 0xff80000002
; run: @or_i40(2, -100) == 0xffffffff9e
; run: @or_i40(-1, 100) == 0xffffffffff

define i64 @or_i64(i64 %a, i64 %b) {
  %r = or i64 %a, %b
  ret i64 %r
}
; run: @or_i64(0, 0) == 0
; run: @or_i64(1, 2) == 3
; run: @or_i64(3, 7) == 7
; run: @or_i64(7, 3) == 7
; run: @or_i64(100, -100) == -4
; run: @or_i64(-1, 1) == -1
; run: @or_i64(-1, -1) == -1
; run: @or_i64(-2, 3) == -1
; run: @or_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @or_i64(-9223372036854775808, -1) == -1
; run: @or_i64(-9223372036854775808, 0x7fffffffffffffff) == -1
; run: @or_i64(0x12345678, 0xdeadbeefcafe) == 244837815148286
; run: @or_i64(0xdeadbeefcafe, -2147483648) == -1091581186
; run: @or_i64(-100, 7) == -97
; run: @or_i64(100, -2) == -2
; run: @or_i64(-2147483648, 2) == -2147483646
; run: @or_i64(2, -100) == -98
; run: @or_i64(-1, 100) == -1
