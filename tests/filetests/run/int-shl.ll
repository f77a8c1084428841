; Integer `shl` (amounts below the width; larger ones are poison) at widths 1 to 64, odd
; ones included. Each function takes i64 operands, truncates them to the width (their
; high bits must not leak into the result) and returns the result zero-extended (so bits
; above the width must be zero).
; test run

define i64 @shl_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = shl i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @shl_i1(1, 0) == 1
; run: @shl_i1(0x12345678, 0) == 0

define i64 @shl_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = shl i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @shl_i8(1, 0) == 1
; run: @shl_i8(1, 1) == 2
; run: @shl_i8(1, 4) == 16
; run: @shl_i8(1, 5) == 32
; run: @shl_i8(1, 7) == 128
; run: @shl_i8(-1, 0) == 255
; run: @shl_i8(-1, 1) == 254
; run: @shl_i8(-1, 4) == 240
; run: @shl_i8(-1, 5) == 224
; run: @shl_i8(-1, 7) == 128
; run: @shl_i8(0x12345678, 0) == 120
; run: @shl_i8(0x12345678, 1) == 240
; run: @shl_i8(0x12345678, 4) == 128
; run: @shl_i8(0x12345678, 5) == 0
; run: @shl_i8(0x12345678, 7) == 0
; run: @shl_i8(-2147483648, 0) == 0
; run: @shl_i8(-2147483648, 1) == 0
; run: @shl_i8(-2147483648, 4) == 0
; run: @shl_i8(-2147483648, 5) == 0
; run: @shl_i8(-2147483648, 7) == 0
; run: @shl_i8(0xdeadbeefcafe, 0) == 254
; run: @shl_i8(0xdeadbeefcafe, 1) == 252
; run: @shl_i8(0xdeadbeefcafe, 4) == 224
; run: @shl_i8(0xdeadbeefcafe, 5) == 192
; run: @shl_i8(0xdeadbeefcafe, 7) == 0

define i64 @shl_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = shl i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @shl_i13(1, 0) == 1
; run: @shl_i13(1, 1) == 2
; run: @shl_i13(1, 5) == 32
; run: @shl_i13(1, 6) == 64
; run: @shl_i13(1, 12) == 4096
; run: @shl_i13(-1, 0) == 8191
; run: @shl_i13(-1, 1) == 8190
; run: @shl_i13(-1, 5) == 8160
; run: @shl_i13(-1, 6) == 8128
; run: @shl_i13(-1, 12) == 4096
; run: @shl_i13(0x12345678, 0) == 5752
; run: @shl_i13(0x12345678, 1) == 3312
; run: @shl_i13(0x12345678, 5) == 3840
; run: @shl_i13(0x12345678, 6) == 7680
; run: @shl_i13(0x12345678, 12) == 0
; run: @shl_i13(-2147483648, 0) == 0
; run: @shl_i13(-2147483648, 1) == 0
; run: @shl_i13(-2147483648, 5) == 0
; run: @shl_i13(-2147483648, 6) == 0
; run: @shl_i13(-2147483648, 12) == 0
; run: @shl_i13(0xdeadbeefcafe, 0) == 2814
; run: @shl_i13(0xdeadbeefcafe, 1) == 5628
; run: @shl_i13(0xdeadbeefcafe, 5) == 8128
; run: @shl_i13(0xdeadbeefcafe, 6) == 8064
; run: @shl_i13(0xdeadbeefcafe, 12) == 0

define i64 @shl_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = shl i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @shl_i16(1, 0) == 1
; run: @shl_i16(1, 1) == 2
; run: @shl_i16(1, 5) == 32
; run: @shl_i16(1, 8) == 256
; run: @shl_i16(1, 15) == 32768
; run: @shl_i16(-1, 0) == 65535
; run: @shl_i16(-1, 1) == 65534
; run: @shl_i16(-1, 5) == 65504
; run: @shl_i16(-1, 8) == 65280
; run: @shl_i16(-1, 15) == 32768
; run: @shl_i16(0x12345678, 0) == 22136
; run: @shl_i16(0x12345678, 1) == 44272
; run: @shl_i16(0x12345678, 5) == 52992
; run: @shl_i16(0x12345678, 8) == 30720
; run: @shl_i16(0x12345678, 15) == 0
; run: @shl_i16(-2147483648, 0) == 0
; run: @shl_i16(-2147483648, 1) == 0
; run: @shl_i16(-2147483648, 5) == 0
; run: @shl_i16(-2147483648, 8) == 0
; run: @shl_i16(-2147483648, 15) == 0
; run: @shl_i16(0xdeadbeefcafe, 0) == 51966
; run: @shl_i16(0xdeadbeefcafe, 1) == 38396
; run: @shl_i16(0xdeadbeefcafe, 5) == 24512
; run: @shl_i16(0xdeadbeefcafe, 8) == 65024
; run: @shl_i16(0xdeadbeefcafe, 15) == 0

define i64 @shl_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = shl i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @shl_i24(1, 0) == 1
; run: @shl_i24(1, 1) == 2
; run: @shl_i24(1, 5) == 32
; run: @shl_i24(1, 12) == 4096
; run: @shl_i24(1, 23) == 0x800000
; run: @shl_i24(-1, 0) == 0xffffff
; run: @shl_i24(-1, 1) == 0xfffffe
; run: @shl_i24(-1, 5) == 0xffffe0
; run: @shl_i24(-1, 12) == 0xfff000
; run: @shl_i24(-1, 23) == 0x800000
; run: @shl_i24(0x12345678, 0) == 0x345678
; run: @shl_i24(0x12345678, 1) == 0x68acf0
; run: @shl_i24(0x12345678, 5) == 0x8acf00
; run: @shl_i24(0x12345678, 12) == 0x678000
; run: @shl_i24(0x12345678, 23) == 0
; run: @shl_i24(-2147483648, 0) == 0
; run: @shl_i24(-2147483648, 1) == 0
; run: @shl_i24(-2147483648, 5) == 0
; run: @shl_i24(-2147483648, 12) == 0
; run: @shl_i24(-2147483648, 23) == 0
; run: @shl_i24(0xdeadbeefcafe, 0) == 0xefcafe
; run: @shl_i24(0xdeadbeefcafe, 1) == 0xdf95fc
; run: @shl_i24(0xdeadbeefcafe, 5) == 0xf95fc0
; run: @shl_i24(0xdeadbeefcafe, 12) == 0xafe000
; run: @shl_i24(0xdeadbeefcafe, 23) == 0

define i64 @shl_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = shl i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @shl_i32(1, 0) == 1
; run: @shl_i32(1, 1) == 2
; run: @shl_i32(1, 5) == 32
; run: @shl_i32(1, 16) == 0x10000
; run: @shl_i32(1, 31) == 0x80000000
; run: @shl_i32(-1, 0) == 0xffffffff
; run: @shl_i32(-1, 1) == 0xfffffffe
; run: @shl_i32(-1, 5) == 0xffffffe0
; run: @shl_i32(-1, 16) == 0xffff0000
; run: @shl_i32(-1, 31) == 0x80000000
; run: @shl_i32(0x12345678, 0) == 0x12345678
; run: @shl_i32(0x12345678, 1) == 0x2468acf0
; run: @shl_i32(0x12345678, 5) == 0x468acf00
; run: @shl_i32(0x12345678, 16) == 0x56780000
; run: @shl_i32(0x12345678, 31) == 0
; run: @shl_i32(-2147483648, 0) == 0x80000000
; run: @shl_i32(-2147483648, 1) == 0
; run: @shl_i32(-2147483648, 5) == 0
; run: @shl_i32(-2147483648, 16) == 0
; run: @shl_i32(-2147483648, 31) == 0
; run: @shl_i32(0xdeadbeefcafe, 0) == 0xbeefcafe
; run: @shl_i32(0xdeadbeefcafe, 1) == 0x7ddf95fc
; run: @shl_i32(0xdeadbeefcafe, 5) == 0xddf95fc0
; run: @shl_i32(0xdeadbeefcafe, 16) == 0xcafe0000
; run: @shl_i32(0xdeadbeefcafe, 31) == 0
; run: @shl_i32(-9223372036854775808, 0) == 0
; run: @shl_i32(-9223372036854775808, 1) == 0
; run: @shl_i32(-9223372036854775808, 5) == 0
; run: @shl_i32(-9223372036854775808, 16) == 0
; run: @shl_i32(-9223372036854775808, 31) == 0

define i64 @shl_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = shl i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @shl_i40(1, 0) == 1
; run: @shl_i40(1, 1) == 2
; run: @shl_i40(1, 5) == 32
; run: @shl_i40(1, 20) == 0x100000
; run: @shl_i40(1, 39) == 0x8000000000
; run: @shl_i40(-1, 0) == 0xffffffffff
; run: @shl_i40(-1, 1) == 0xfffffffffe
; run: @shl_i40(-1, 5) == 0xffffffffe0
; run: @shl_i40(-1, 20) == 0xfffff00000
; run: @shl_i40(-1, 39) == 0x8000000000
; run: @shl_i40(0x12345678, 0) == 0x12345678
; run: @shl_i40(0x12345678, 1) == 0x2468acf0
; run: @shl_i40(0x12345678, 5) == 0x2468acf00
; run: @shl_i40(0x12345678, 20) == 0x4567800000
; run: @shl_i40(0x12345678, 39) == 0
; run: @shl_i40(-2147483648, 0) == 0xff80000000
; run: @shl_i40(-2147483648, 1) == 0xff00000000
; run: @shl_i40(-2147483648, 5) == 0xf000000000
; run: @shl_i40(-2147483648, 20) == 0
; run: @shl_i40(-2147483648, 39) == 0
; run: @shl_i40(0xdeadbeefcafe, 0) == 0xadbeefcafe
; run: @shl_i40(0xdeadbeefcafe, 1) == 0x5b7ddf95fc
; run: @shl_i40(0xdeadbeefcafe, 5) == 0xb7ddf95fc0
; run: @shl_i40(0xdeadbeefcafe, 20) == 0xfcafe00000
; run: @shl_i40(0xdeadbeefcafe, 39) == 0
; run: @shl_i40(-9223372036854775808, 0) == 0
; run: @shl_i40(-9223372036854775808, 1) == 0
; run: @shl_i40(-9223372036854775808, 5) == 0
; run: @shl_i40(-9223372036854775808, 20) == 0
; run: @shl_i40(-9223372036854775808, 39) == 0

define i64 @shl_i64(i64 %a, i64 %b) {
  %r = shl i64 %a, %b
  ret i64 %r
}
; run: @shl_i64(1, 0) == 1
; run: @shl_i64(1, 1) == 2
; run: @shl_i64(1, 5) == 32
; run: @shl_i64(1, 32) == 4294967296
; run: @shl_i64(1, 63) == -9223372036854775808
; run: @shl_i64(-1, 0) == -1
; run: @shl_i64(-1, 1) == -2
; run: @shl_i64(-1, 5) == -32
; run: @shl_i64(-1, 32) == -4294967296
; run: @shl_i64(-1, 63) == -9223372036854775808
; run: @shl_i64(0x12345678, 0) == 305419896
; run: @shl_i64(0x12345678, 1) == 610839792
; run: @shl_i64(0x12345678, 5) == 9773436672
; run: @shl_i64(0x12345678, 32) == 1311768464867721216
; run: @shl_i64(0x12345678, 63) == 0
; run: @shl_i64(-2147483648, 0) == -2147483648
; run: @shl_i64(-2147483648, 1) == -4294967296
; run: @shl_i64(-2147483648, 5) == -68719476736
; run: @shl_i64(-2147483648, 32) == -9223372036854775808
; run: @shl_i64(-2147483648, 63) == 0
; run: @shl_i64(0xdeadbeefcafe, 0) == 244837814094590
; run: @shl_i64(0xdeadbeefcafe, 1) == 489675628189180
; run: @shl_i64(0xdeadbeefcafe, 5) == 7834810051026880
; run: @shl_i64(0xdeadbeefcafe, 32) == -4688305494798893056
; run: @shl_i64(0xdeadbeefcafe, 63) == 0
; run: @shl_i64(-9223372036854775808, 0) == -9223372036854775808
; run: @shl_i64(-9223372036854775808, 1) == 0
; run: @shl_i64(-9223372036854775808, 5) == 0
; run: @shl_i64(-9223372036854775808, 32) == 0
; run: @shl_i64(-9223372036854775808, 63) == 0
