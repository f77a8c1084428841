; Integer `ashr` (amounts below the width) at widths 1 to 64, odd ones included. Each
; function takes i64 operands, truncates them to the width (their high bits must not
; leak into the result) and returns the result zero-extended (so bits above the width
; must be zero).
; test run

define i64 @ashr_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = ashr i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ashr_i1(1, 0) == 1
; run: @ashr_i1(0x12345678, 0) == 0

define i64 @ashr_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = ashr i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @ashr_i8(1, 0) == 1
; run: @ashr_i8(1, 1) == 0
; run: @ashr_i8(1, 4) == 0
; run: @ashr_i8(1, 5) == 0
; run: @ashr_i8(1, 7) == 0
; run: @ashr_i8(-1, 0) == 255
; run: @ashr_i8(-1, 1) == 255
; run: @ashr_i8(-1, 4) == 255
; run: @ashr_i8(-1, 5) == 255
; run: @ashr_i8(-1, 7) == 255
; run: @ashr_i8(0x12345678, 0) == 120
; run: @ashr_i8(0x12345678, 1) == 60
; run: @ashr_i8(0x12345678, 4) == 7
; run: @ashr_i8(0x12345678, 5) == 3
; run: @ashr_i8(0x12345678, 7) == 0
; run: @ashr_i8(-2147483648, 0) == 0
; run: @ashr_i8(-2147483648, 1) == 0
; run: @ashr_i8(-2147483648, 4) == 0
; run: @ashr_i8(-2147483648, 5) == 0
; run: @ashr_i8(-2147483648, 7) == 0
; run: @ashr_i8(0xdeadbeefcafe, 0) == 254
; run: @ashr_i8(0xdeadbeefcafe, 1) == 255
; run: @ashr_i8(0xdeadbeefcafe, 4) == 255
; run: @ashr_i8(0xdeadbeefcafe, 5) == 255
; run: @ashr_i8(0xdeadbeefcafe, 7) == 255

define i64 @ashr_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = ashr i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @ashr_i13(1, 0) == 1
; run: @ashr_i13(1, 1) == 0
; run: @ashr_i13(1, 5) == 0
; run: @ashr_i13(1, 6) == 0
; run: @ashr_i13(1, 12) == 0
; run: @ashr_i13(-1, 0) == 8191
; run: @ashr_i13(-1, 1) == 8191
; run: @ashr_i13(-1, 5) == 8191
; run: @ashr_i13(-1, 6) == 8191
; run: @ashr_i13(-1, 12) == 8191
; run: @ashr_i13(0x12345678, 0) == 5752
; run: @ashr_i13(0x12345678, 1) == 6972
; run: @ashr_i13(0x12345678, 5) == 8115
; run: @ashr_i13(0x12345678, 6) == 8153
; run: @ashr_i13(0x12345678, 12) == 8191
; run: @ashr_i13(-2147483648, 0) == 0
; run: @ashr_i13(-2147483648, 1) == 0
; run: @ashr_i13(-2147483648, 5) == 0
; run: @ashr_i13(-2147483648, 6) == 0
; run: @ashr_i13(-2147483648, 12) == 0
; run: @ashr_i13(0xdeadbeefcafe, 0) == 2814
; run: @ashr_i13(0xdeadbeefcafe, 1) == 1407
; run: @ashr_i13(0xdeadbeefcafe, 5) == 87
; run: @ashr_i13(0xdeadbeefcafe, 6) == 43
; run: @ashr_i13(0xdeadbeefcafe, 12) == 0

define i64 @ashr_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = ashr i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @ashr_i16(1, 0) == 1
; run: @ashr_i16(1, 1) == 0
; run: @ashr_i16(1, 5) == 0
; run: @ashr_i16(1, 8) == 0
; run: @ashr_i16(1, 15) == 0
; run: @ashr_i16(-1, 0) == 65535
; run: @ashr_i16(-1, 1) == 65535
; run: @ashr_i16(-1, 5) == 65535
; run: @ashr_i16(-1, 8) == 65535
; run: @ashr_i16(-1, 15) == 65535
; run: @ashr_i16(0x12345678, 0) == 22136
; run: @ashr_i16(0x12345678, 1) == 11068
; run: @ashr_i16(0x12345678, 5) == 691
; run: @ashr_i16(0x12345678, 8) == 86
; run: @ashr_i16(0x12345678, 15) == 0
; run: @ashr_i16(-2147483648, 0) == 0
; run: @ashr_i16(-2147483648, 1) == 0
; run: @ashr_i16(-2147483648, 5) == 0
; run: @ashr_i16(-2147483648, 8) == 0
; run: @ashr_i16(-2147483648, 15) == 0
; run: @ashr_i16(0xdeadbeefcafe, 0) == 51966
; run: @ashr_i16(0xdeadbeefcafe, 1) == 58751
; run: @ashr_i16(0xdeadbeefcafe, 5) == 65111
; run: @ashr_i16(0xdeadbeefcafe, 8) == 65482
; run: @ashr_i16(0xdeadbeefcafe, 15) == 65535

define i64 @ashr_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = ashr i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @ashr_i24(1, 0) == 1
; run: @ashr_i24(1, 1) == 0
; run: @ashr_i24(1, 5) == 0
; run: @ashr_i24(1, 12) == 0
; run: @ashr_i24(1, 23) == 0
; run: @ashr_i24(-1, 0) == 0xffffff
; run: @ashr_i24(-1, 1) == 0xffffff
; run: @ashr_i24(-1, 5) == 0xffffff
; run: @ashr_i24(-1, 12) == 0xffffff
; run: @ashr_i24(-1, 23) == 0xffffff
; run: @ashr_i24(0x12345678, 0) == 0x345678
; run: @ashr_i24(0x12345678, 1) == 0x1a2b3c
; run: @ashr_i24(0x12345678, 5) == 0x1a2b3
; run: @ashr_i24(0x12345678, 12) == 837
; run: @ashr_i24(0x12345678, 23) == 0
; run: @ashr_i24(-2147483648, 0) == 0
; run: @ashr_i24(-2147483648, 1) == 0
; run: @ashr_i24(-2147483648, 5) == 0
; run: @ashr_i24(-2147483648, 12) == 0
; run: @ashr_i24(-2147483648, 23) == 0
; run: @ashr_i24(0xdeadbeefcafe, 0) == 0xefcafe
; run: @ashr_i24(0xdeadbeefcafe, 1) == 0xf7e57f
; run: @ashr_i24(0xdeadbeefcafe, 5) == 0xff7e57
; run: @ashr_i24(0xdeadbeefcafe, 12) == 0xfffefc
; run: @ashr_i24(0xdeadbeefcafe, 23) == 0xffffff

define i64 @ashr_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = ashr i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @ashr_i32(1, 0) == 1
; run: @ashr_i32(1, 1) == 0
; run: @ashr_i32(1, 5) == 0
; run: @ashr_i32(1, 16) == 0
; run: @ashr_i32(1, 31) == 0
; run: @ashr_i32(-1, 0) == 0xffffffff
; run: @ashr_i32(-1, 1) == 0xffffffff
; run: @ashr_i32(-1, 5) == 0xffffffff
; run: @ashr_i32(-1, 16) == 0xffffffff
; run: @ashr_i32(-1, 31) == 0xffffffff
; run: @ashr_i32(0x12345678, 0) == 0x12345678
; run: @ashr_i32(0x12345678, 1) == 0x91a2b3c
; run: @ashr_i32(0x12345678, 5) == 0x91a2b3
; run: @ashr_i32(0x12345678, 16) == 4660
; run: @ashr_i32(0x12345678, 31) == 0
; run: @ashr_i32(-2147483648, 0) == 0x80000000
; run: @ashr_i32(-2147483648, 1) == 0xc0000000
; run: @ashr_i32(-2147483648, 5) == 0xfc000000
; run: @ashr_i32(-2147483648, 16) == 0xffff8000
; run: @ashr_i32(-2147483648, 31) == 0xffffffff
; run: @ashr_i32(0xdeadbeefcafe, 0) == 0xbeefcafe
; run: @ashr_i32(0xdeadbeefcafe, 1) == 0xdf77e57f
; run: @ashr_i32(0xdeadbeefcafe, 5) == 0xfdf77e57
; run: @ashr_i32(0xdeadbeefcafe, 16) == 0xffffbeef
; run: @ashr_i32(0xdeadbeefcafe, 31) == 0xffffffff
; run: @ashr_i32(-9223372036854775808, 0) == 0
; run: @ashr_i32(-9223372036854775808, 1) == 0
; run: @ashr_i32(-9223372036854775808, 5) == 0
; run: @ashr_i32(-9223372036854775808, 16) == 0
; run: @ashr_i32(-9223372036854775808, 31) == 0

define i64 @ashr_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = ashr i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @ashr_i40(1, 0) == 1
; run: @ashr_i40(1, 1) == 0
; run: @ashr_i40(1, 5) == 0
; run: @ashr_i40(1, 20) == 0
; run: @ashr_i40(1, 39) == 0
; run: @ashr_i40(-1, 0) == 0xffffffffff
; run: @ashr_i40(-1, 1) == 0xffffffffff
; run: @ashr_i40(-1, 5) == 0xffffffffff
; run: @ashr_i40(-1, 20) == 0xffffffffff
; run: @ashr_i40(-1, 39) == 0xffffffffff
; run: @ashr_i40(0x12345678, 0) == 0x12345678
; run: @ashr_i40(0x12345678, 1) == 0x91a2b3c
; run: @ashr_i40(0x12345678, 5) == 0x91a2b3
; run: @ashr_i40(0x12345678, 20) == 291
; run: @ashr_i40(0x12345678, 39) == 0
; run: @ashr_i40(-2147483648, 0) == 0xff80000000
; run: @ashr_i40(-2147483648, 1) == 0xffc0000000
; run: @ashr_i40(-2147483648, 5) == 0xfffc000000
; run: @ashr_i40(-2147483648, 20) == 0xfffffff800
; run: @ashr_i40(-2147483648, 39) == 0xffffffffff
; run: @ashr_i40(0xdeadbeefcafe, 0) == 0xadbeefcafe
; run: @ashr_i40(0xdeadbeefcafe, 1) == 0xd6df77e57f
; run: @ashr_i40(0xdeadbeefcafe, 5) == 0xfd6df77e57
; run: @ashr_i40(0xdeadbeefcafe, 20) == 0xfffffadbee
; run: @ashr_i40(0xdeadbeefcafe, 39) == 0xffffffffff
; run: @ashr_i40(-9223372036854775808, 0) == 0
; run: @ashr_i40(-9223372036854775808, 1) == 0
; run: @ashr_i40(-9223372036854775808, 5) == 0
; run: @ashr_i40(-9223372036854775808, 20) == 0
; run: @ashr_i40(-9223372036854775808, 39) == 0

define i64 @ashr_i64(i64 %a, i64 %b) {
  %r = ashr i64 %a, %b
  ret i64 %r
}
; run: @ashr_i64(1, 0) == 1
; run: @ashr_i64(1, 1) == 0
; run: @ashr_i64(1, 5) == 0
; run: @ashr_i64(1, 32) == 0
; run: @ashr_i64(1, 63) == 0
; run: @ashr_i64(-1, 0) == -1
; run: @ashr_i64(-1, 1) == -1
; run: @ashr_i64(-1, 5) == -1
; run: @ashr_i64(-1, 32) == -1
; run: @ashr_i64(-1, 63) == -1
; run: @ashr_i64(0x12345678, 0) == 305419896
; run: @ashr_i64(0x12345678, 1) == 152709948
; run: @ashr_i64(0x12345678, 5) == 9544371
; run: @ashr_i64(0x12345678, 32) == 0
; run: @ashr_i64(0x12345678, 63) == 0
; run: @ashr_i64(-2147483648, 0) == -2147483648
; run: @ashr_i64(-2147483648, 1) == -1073741824
; run: @ashr_i64(-2147483648, 5) == -67108864
; run: @ashr_i64(-2147483648, 32) == -1
; run: @ashr_i64(-2147483648, 63) == -1
; run: @ashr_i64(0xdeadbeefcafe, 0) == 244837814094590
; run: @ashr_i64(0xdeadbeefcafe, 1) == 122418907047295
; run: @ashr_i64(0xdeadbeefcafe, 5) == 7651181690455
; run: @ashr_i64(0xdeadbeefcafe, 32) == 57005
; run: @ashr_i64(0xdeadbeefcafe, 63) == 0
; run: @ashr_i64(-9223372036854775808, 0) == -9223372036854775808
; run: @ashr_i64(-9223372036854775808, 1) == -4611686018427387904
; run: @ashr_i64(-9223372036854775808, 5) == -288230376151711744
; run: @ashr_i64(-9223372036854775808, 32) == -2147483648
; run: @ashr_i64(-9223372036854775808, 63) == -1
