; Integer `mul` (the low half of the product) at widths 1 to 64, odd ones included. Each
; function takes i64 operands, truncates them to the width (their high bits must not
; leak into the result) and returns the result zero-extended (so bits above the width
; must be zero).
; test run

define i64 @mul_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = mul i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @mul_i1(0, 0) == 0
; run: @mul_i1(1, 2) == 0
; run: @mul_i1(3, 7) == 1
; run: @mul_i1(-2, 3) == 0

define i64 @mul_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = mul i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @mul_i8(0, 0) == 0
; run: @mul_i8(1, 2) == 2
; run: @mul_i8(3, 7) == 21
; run: @mul_i8(7, 3) == 21
; run: @mul_i8(100, -100) == 240
; run: @mul_i8(-1, 1) == 255
; run: @mul_i8(-1, -1) == 1
; run: @mul_i8(-2, 3) == 250
; run: @mul_i8(-9223372036854775808, -1) == 0
; run: @mul_i8(0x12345678, 0xdeadbeefcafe) == 16
; run: @mul_i8(0xdeadbeefcafe, -2147483648) == 0
; run: @mul_i8(-100, 7) == 68
; run: @mul_i8(100, -2) == 56
; run: @mul_i8(-2147483648, 2) == 0
; run: @mul_i8(2, -100) == 56
; run: @mul_i8(-1, 100) == 156

define i64 @mul_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = mul i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @mul_i13(0, 0) == 0
; run: @mul_i13(1, 2) == 2
; run: @mul_i13(3, 7) == 21
; run: @mul_i13(7, 3) == 21
; run: @mul_i13(100, -100) == 6384
; run: @mul_i13(-1, 1) == 8191
; run: @mul_i13(-1, -1) == 1
; run: @mul_i13(-2, 3) == 8186
; run: @mul_i13(-9223372036854775808, -1) == 0
; run: @mul_i13(0x12345678, 0xdeadbeefcafe) == 6928
; run: @mul_i13(0xdeadbeefcafe, -2147483648) == 0
; run: @mul_i13(-100, 7) == 7492
; run: @mul_i13(100, -2) == 7992
; run: @mul_i13(-2147483648, 2) == 0
; run: @mul_i13(2, -100) == 7992
; run: @mul_i13(-1, 100) == 8092

define i64 @mul_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = mul i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @mul_i16(0, 0) == 0
; run: @mul_i16(1, 2) == 2
; run: @mul_i16(3, 7) == 21
; run: @mul_i16(7, 3) == 21
; run: @mul_i16(100, -100) == 55536
; run: @mul_i16(-1, 1) == 65535
; run: @mul_i16(-1, -1) == 1
; run: @mul_i16(-2, 3) == 65530
; run: @mul_i16(-9223372036854775808, -1) == 0
; run: @mul_i16(0x12345678, 0xdeadbeefcafe) == 31504
; run: @mul_i16(0xdeadbeefcafe, -2147483648) == 0
; run: @mul_i16(-100, 7) == 64836
; run: @mul_i16(100, -2) == 65336
; run: @mul_i16(-2147483648, 2) == 0
; run: @mul_i16(2, -100) == 65336
; run: @mul_i16(-1, 100) == 65436

define i64 @mul_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = mul i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @mul_i24(0, 0) == 0
; run: @mul_i24(1, 2) == 2
; run: @mul_i24(3, 7) == 21
; run: @mul_i24(7, 3) == 21
; run: @mul_i24(100, -100) == 0xffd8f0
; run: @mul_i24(-1, 1) == 0xffffff
; run: @mul_i24(-1, -1) == 1
; run: @mul_i24(-2, 3) == 0xfffffa
; run: @mul_i24(-9223372036854775808, -1) == 0
; run: @mul_i24(0x12345678, 0xdeadbeefcafe) == 0x307b10
; run: @mul_i24(0xdeadbeefcafe, -2147483648) == 0
; run: @mul_i24(-100, 7) == 0xfffd44
; run: @mul_i24(100, -2) == 0xffff38
; run: @mul_i24(-2147483648, 2) == 0
; run: @mul_i24(2, -100) == 0xffff38
; run: @mul_i24(-1, 100) == 0xffff9c

define i64 @mul_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = mul i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @mul_i32(0, 0) == 0
; run: @mul_i32(1, 2) == 2
; run: @mul_i32(3, 7) == 21
; run: @mul_i32(7, 3) == 21
; run: @mul_i32(100, -100) == 0xffffd8f0
; run: @mul_i32(-1, 1) == 0xffffffff
; run: @mul_i32(-1, -1) == 1
; run: @mul_i32(-2, 3) == 0xfffffffa
; run: @mul_i32(-9223372036854775808, -1) == 0
; run: @mul_i32(0x12345678, 0xdeadbeefcafe) == 0x26307b10
; run: @mul_i32(0xdeadbeefcafe, -2147483648) == 0
; run: @mul_i32(-100, 7) == 0xfffffd44
; run: @mul_i32(100, -2) == 0xffffff38
; run: @mul_i32(-2147483648, 2) == 0
; run: @mul_i32(2, -100) == 0xffffff38
; run: @mul_i32(-1, 100) == 0xffffff9c

define i64 @mul_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = mul i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @mul_i40(0, 0) == 0
; run: @mul_i40(1, 2) == 2
; run: @mul_i40(3, 7) == 21
; run: @mul_i40(7, 3) == 21
; run: @mul_i40(100, -100) == 0xffffffd8f0
; run: @mul_i40(-1, 1) == 0xffffffffff
; run: @mul_i40(-1, -1) == 1
; run: @mul_i40(-2, 3) == 0xfffffffffa
; run: @mul_i40(-9223372036854775808, -1) == 0
; run: @mul_i40(0x12345678, 0xdeadbeefcafe) == 0x9126307b10
; run: @mul_i40(0xdeadbeefcafe, -2147483648) == 0x8100000000
; run: @mul_i40(-100, 7) == 0xfffffffd44
; run: @mul_i40(100, -2) == 0xffffffff38
; run: @mul_i40(-2147483648, 2) == 0xff00000000
; run: @mul_i40(2, -100) == 0xffffffff38
; run: @mul_i40(-1, 100) == 0xffffffff9c

define i64 @mul_i64(i64 %a, i64 %b) {
  %r = mul i64 %a, %b
  ret i64 %r
}
; run: @mul_i64(0, 0) == 0
; run: @mul_i64(1, 2) == 2
; run: @mul_i64(3, 7) == 21
; run: @mul_i64(7, 3) == 21
; run: @mul_i64(100, -100) == -10000
; run: @mul_i64(-1, 1) == -1
; run: @mul_i64(-1, -1) == 1
; run: @mul_i64(-2, 3) == -6
; run: @mul_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @mul_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @mul_i64(-9223372036854775808, 0x7fffffffffffffff) == -9223372036854775808
; run: @mul_i64(0x12345678, 0xdeadbeefcafe) == -4760757181510288624
; run: @mul_i64(0xdeadbeefcafe, -2147483648) == 2344152747399446528
; run: @mul_i64(-100, 7) == -700
; run: @mul_i64(100, -2) == -200
; run: @mul_i64(-2147483648, 2) == -4294967296
; run: @mul_i64(2, -100) == -200
; run: @mul_i64(-1, 100) == -100
