; Integer `lshr` (amounts below the width) at widths 1 to 64, odd ones included. Each
; function takes i64 operands, truncates them to the width (their high bits must not
; leak into the result) and returns the result zero-extended (so bits above the width
; must be zero).
; test run

define i64 @lshr_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = lshr i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @lshr_i1(1, 0) == 1
; run: @lshr_i1(0x12345678, 0) == 0

define i64 @lshr_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = lshr i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @lshr_i8(1, 0) == 1
; run: @lshr_i8(1, 1) == 0
; run: @lshr_i8(1, 4) == 0
; run: @lshr_i8(1, 5) == 0
; run: @lshr_i8(1, 7) == 0
; run: @lshr_i8(-1, 0) == 255
; run: @lshr_i8(-1, 1) == 127
; run: @lshr_i8(-1, 4) == 15
; run: @lshr_i8(-1, 5) == 7
; run: @lshr_i8(-1, 7) == 1
; run: @lshr_i8(0x12345678, 0) == 120
; run: @lshr_i8(0x12345678, 1) == 60
; run: @lshr_i8(0x12345678, 4) == 7
; run: @lshr_i8(0x12345678, 5) == 3
; run: @lshr_i8(0x12345678, 7) == 0
; run: @lshr_i8(-2147483648, 0) == 0
; run: @lshr_i8(-2147483648, 1) == 0
; run: @lshr_i8(-2147483648, 4) == 0
; run: @lshr_i8(-2147483648, 5) == 0
; run: @lshr_i8(-2147483648, 7) == 0
; run: @lshr_i8(0xdeadbeefcafe, 0) == 254
; run: @lshr_i8(0xdeadbeefcafe, 1) == 127
; run: @lshr_i8(0xdeadbeefcafe, 4) == 15
; run: @lshr_i8(0xdeadbeefcafe, 5) == 7
; run: @lshr_i8(0xdeadbeefcafe, 7) == 1

define i64 @lshr_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = lshr i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @lshr_i13(1, 0) == 1
; run: @lshr_i13(1, 1) == 0
; run: @lshr_i13(1, 5) == 0
; run: @lshr_i13(1, 6) == 0
; run: @lshr_i13(1, 12) == 0
; run: @lshr_i13(-1, 0) == 8191
; run: @lshr_i13(-1, 1) == 4095
; run: @lshr_i13(-1, 5) == 255
; run: @lshr_i13(-1, 6) == 127
; run: @lshr_i13(-1, 12) == 1
; run: @lshr_i13(0x12345678, 0) == 5752
; run: @lshr_i13(0x12345678, 1) == 2876
; run: @lshr_i13(0x12345678, 5) == 179
; run: @lshr_i13(0x12345678, 6) == 89
; run: @lshr_i13(0x12345678, 12) == 1
; run: @lshr_i13(-2147483648, 0) == 0
; run: @lshr_i13(-2147483648, 1) == 0
; run: @lshr_i13(-2147483648, 5) == 0
; run: @lshr_i13(-2147483648, 6) == 0
; run: @lshr_i13(-2147483648, 12) == 0
; run: @lshr_i13(0xdeadbeefcafe, 0) == 2814
; run: @lshr_i13(0xdeadbeefcafe, 1) == 1407
; run: @lshr_i13(0xdeadbeefcafe, 5) == 87
; run: @lshr_i13(0xdeadbeefcafe, 6) == 43
; run: @lshr_i13(0xdeadbeefcafe, 12) == 0

define i64 @lshr_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = lshr i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @lshr_i16(1, 0) == 1
; run: @lshr_i16(1, 1) == 0
; run: @lshr_i16(1, 5) == 0
; run: @lshr_i16(1, 8) == 0
; run: @lshr_i16(1, 15) == 0
; run: @lshr_i16(-1, 0) == 65535
; run: @lshr_i16(-1, 1) == 32767
; run: @lshr_i16(-1, 5) == 2047
; run: @lshr_i16(-1, 8) == 255
; run: @lshr_i16(-1, 15) == 1
; run: @lshr_i16(0x12345678, 0) == 22136
; run: @lshr_i16(0x12345678, 1) == 11068
; run: @lshr_i16(0x12345678, 5) == 691
; run: @lshr_i16(0x12345678, 8) == 86
; run: @lshr_i16(0x12345678, 15) == 0
; run: @lshr_i16(-2147483648, 0) == 0
; run: @lshr_i16(-2147483648, 1) == 0
; run: @lshr_i16(-2147483648, 5) == 0
; run: @lshr_i16(-2147483648, 8) == 0
; run: @lshr_i16(-2147483648, 15) == 0
; run: @lshr_i16(0xdeadbeefcafe, 0) == 51966
; run: @lshr_i16(0xdeadbeefcafe, 1) == 25983
; run: @lshr_i16(0xdeadbeefcafe, 5) == 1623
; run: @lshr_i16(0xdeadbeefcafe, 8) == 202
; run: @lshr_i16(0xdeadbeefcafe, 15) == 1

define i64 @lshr_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = lshr i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @lshr_i24(1, 0) == 1
; run: @lshr_i24(1, 1) == 0
; run: @lshr_i24(1, 5) == 0
; run: @lshr_i24(1, 12) == 0
; run: @lshr_i24(1, 23) == 0
; run: @lshr_i24(-1, 0) == 0xffffff
; run: @lshr_i24(-1, 1) == 0x7fffff
; run: @lshr_i24(-1, 5) == 0x7ffff
; run: @lshr_i24(-1, 12) == 4095
; run: @lshr_i24(-1, 23) == 1
; run: @lshr_i24(0x12345678, 0) == 0x345678
; run: @lshr_i24(0x12345678, 1) == 0x1a2b3c
; run: @lshr_i24(0x12345678, 5) == 0x1a2b3
; run: @lshr_i24(0x12345678, 12) == 837
; run: @lshr_i24(0x12345678, 23) == 0
; run: @lshr_i24(-2147483648, 0) == 0
; run: @lshr_i24(-2147483648, 1) == 0
; run: @lshr_i24(-2147483648, 5) == 0
; run: @lshr_i24(-2147483648, 12) == 0
; run: @lshr_i24(-2147483648, 23) == 0
; run: @lshr_i24(0xdeadbeefcafe, 0) == 0xefcafe
; run: @lshr_i24(0xdeadbeefcafe, 1) == 0x77e57f
; run: @lshr_i24(0xdeadbeefcafe, 5) == 0x77e57
; run: @lshr_i24(0xdeadbeefcafe, 12) == 3836
; run: @lshr_i24(0xdeadbeefcafe, 23) == 1

define i64 @lshr_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = lshr i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @lshr_i32(1, 0) == 1
; run: @lshr_i32(1, 1) == 0
; run: @lshr_i32(1, 5) == 0
; run: @lshr_i32(1, 16) == 0
; run: @lshr_i32(1, 31) == 0
; run: @lshr_i32(-1, 0) == 0xffffffff
; run: @lshr_i32(-1, 1) == 0x7fffffff
; run: @lshr_i32(-1, 5) == 0x7ffffff
; run: @lshr_i32(-1, 16) == 65535
; run: @lshr_i32(-1, 31) == 1
; run: @lshr_i32(0x12345678, 0) == 0x12345678
; run: @lshr_i32(0x12345678, 1) == 0x91a2b3c
; run: @lshr_i32(0x12345678, 5) == 0x91a2b3
; run: @lshr_i32(0x12345678, 16) == 4660
; run: @lshr_i32(0x12345678, 31) == 0
; run: @lshr_i32(-2147483648, 0) == 0x80000000
; run: @lshr_i32(-2147483648, 1) == 0x40000000
; run: @lshr_i32(-2147483648, 5) == 0x4000000
; run: @lshr_i32(-2147483648, 16) == 32768
; run: @lshr_i32(-2147483648, 31) == 1
; run: @lshr_i32(0xdeadbeefcafe, 0) == 0xbeefcafe
; run: @lshr_i32(0xdeadbeefcafe, 1) == 0x5f77e57f
; run: @lshr_i32(0xdeadbeefcafe, 5) == 0x5f77e57
; run: @lshr_i32(0xdeadbeefcafe, 16) == 48879
; run: @lshr_i32(0xdeadbeefcafe, 31) == 1
; run: @lshr_i32(-9223372036854775808, 0) == 0
; run: @lshr_i32(-9223372036854775808, 1) == 0
; run: @lshr_i32(-9223372036854775808, 5) == 0
; run: @lshr_i32(-9223372036854775808, 16) == 0
; run: @lshr_i32(-9223372036854775808, 31) == 0

define i64 @lshr_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = lshr i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @lshr_i40(1, 0) == 1
; run: @lshr_i40(1, 1) == 0
; run: @lshr_i40(1, 5) == 0
; run: @lshr_i40(1, 20) == 0
; run: @lshr_i40(1, 39) == 0
; run: @lshr_i40(-1, 0) == 0xffffffffff
; run: @lshr_i40(-1, 1) == 0x7fffffffff
; run: @lshr_i40(-1, 5) == 0x7ffffffff
; run: @lshr_i40(-1, 20) == 0xfffff
; run: @lshr_i40(-1, 39) == 1
; run: @lshr_i40(0x12345678, 0) == 0x12345678
; run: @lshr_i40(0x12345678, 1) == 0x91a2b3c
; run: @lshr_i40(0x12345678, 5) == 0x91a2b3
; run: @lshr_i40(0x12345678, 20) == 291
; run: @lshr_i40(0x12345678, 39) == 0
; run: @lshr_i40(-2147483648, 0) == 0xff80000000
; run: @lshr_i40(-2147483648, 1) == 0x7fc0000000
; run: @lshr_i40(-2147483648, 5) == 0x7fc000000
; run: @lshr_i40(-2147483648, 20) == 0xff800
; run: @lshr_i40(-2147483648, 39) == 1
; run: @lshr_i40(0xdeadbeefcafe, 0) == 0xadbeefcafe
; run: @lshr_i40(0xdeadbeefcafe, 1) == 0x56df77e57f
; run: @lshr_i40(0xdeadbeefcafe, 5) == 0x56df77e57
; run: @lshr_i40(0xdeadbeefcafe, 20) == 0xadbee
; run: @lshr_i40(0xdeadbeefcafe, 39) == 1
; run: @lshr_i40(-9223372036854775808, 0) == 0
; run: @lshr_i40(-9223372036854775808, 1) == 0
; run: @lshr_i40(-9223372036854775808, 5) == 0
; run: @lshr_i40(-9223372036854775808, 20) == 0
; run: @lshr_i40(-9223372036854775808, 39) == 0

define i64 @lshr_i64(i64 %a, i64 %b) {
  %r = lshr i64 %a, %b
  ret i64 %r
}
; run: @lshr_i64(1, 0) == 1
; run: @lshr_i64(1, 1) == 0
; run: @lshr_i64(1, 5) == 0
; run: @lshr_i64(1, 32) == 0
; run: @lshr_i64(1, 63) == 0
; run: @lshr_i64(-1, 0) == -1
; run: @lshr_i64(-1, 1) == 9223372036854775807
; run: @lshr_i64(-1, 5) == 576460752303423487
; run: @lshr_i64(-1, 32) == 4294967295
; run: @lshr_i64(-1, 63) == 1
; run: @lshr_i64(0x12345678, 0) == 305419896
; run: @lshr_i64(0x12345678, 1) == 152709948
; run: @lshr_i64(0x12345678, 5) == 9544371
; run: @lshr_i64(0x12345678, 32) == 0
; run: @lshr_i64(0x12345678, 63) == 0
; run: @lshr_i64(-2147483648, 0) == -2147483648
; run: @lshr_i64(-2147483648, 1) == 9223372035781033984
; run: @lshr_i64(-2147483648, 5) == 576460752236314624
; run: @lshr_i64(-2147483648, 32) == 4294967295
; run: @lshr_i64(-2147483648, 63) == 1
; run: @lshr_i64(0xdeadbeefcafe, 0) == 244837814094590
; run: @lshr_i64(0xdeadbeefcafe, 1) == 122418907047295
; run: @lshr_i64(0xdeadbeefcafe, 5) == 7651181690455
; run: @lshr_i64(0xdeadbeefcafe, 32) == 57005
; run: @lshr_i64(0xdeadbeefcafe, 63) == 0
; run: @lshr_i64(-9223372036854775808, 0) == -9223372036854775808
; run: @lshr_i64(-9223372036854775808, 1) == 4611686018427387904
; run: @lshr_i64(-9223372036854775808, 5) == 288230376151711744
; run: @lshr_i64(-9223372036854775808, 32) == 2147483648
; run: @lshr_i64(-9223372036854775808, 63) == 1
