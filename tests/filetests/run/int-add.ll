; Integer `add` at widths 1 to 64, odd ones included. Each function takes i64 operands,
; truncates them to the width (their high bits must not leak into the result) and
; returns the result zero-extended (so bits above the width must be zero).
; test run

define i64 @add_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %r = add i1 %a.t, %b.t
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @add_i1(0, 0) == 0
; run: @add_i1(1, 2) == 1
; run: @add_i1(3, 7) == 0
; run: @add_i1(-2, 3) == 1

define i64 @add_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = add i8 %a.t, %b.t
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @add_i8(0, 0) == 0
; run: @add_i8(1, 2) == 3
; run: @add_i8(3, 7) == 10
; run: @add_i8(7, 3) == 10
; run: @add_i8(100, -100) == 0
; run: @add_i8(-1, 1) == 0
; run: @add_i8(-1, -1) == 254
; run: @add_i8(-2, 3) == 1
; run: @add_i8(-9223372036854775808, -1) == 255
; run: @add_i8(0x12345678, 0xdeadbeefcafe) == 118
; run: @add_i8(0xdeadbeefcafe, -2147483648) == 254
; run: @add_i8(-100, 7) == 163
; run: @add_i8(100, -2) == 98
; run: @add_i8(-2147483648, 2) == 2
; run: @add_i8(2, -100) == 158
; run: @add_i8(-1, 100) == 99

define i64 @add_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = add i13 %a.t, %b.t
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @add_i13(0, 0) == 0
; run: @add_i13(1, 2) == 3
; run: @add_i13(3, 7) == 10
; run: @add_i13(7, 3) == 10
; run: @add_i13(100, -100) == 0
; run: @add_i13(-1, 1) == 0
; run: @add_i13(-1, -1) == 8190
; run: @add_i13(-2, 3) == 1
; run: @add_i13(-9223372036854775808, -1) == 8191
; run: @add_i13(0x12345678, 0xdeadbeefcafe) == 374
; run: @add_i13(0xdeadbeefcafe, -2147483648) == 2814
; run: @add_i13(-100, 7) == 8099
; run: @add_i13(100, -2) == 98
; run: @add_i13(-2147483648, 2) == 2
; run: @add_i13(2, -100) == 8094
; run: @add_i13(-1, 100) == 99

define i64 @add_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = add i16 %a.t, %b.t
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @add_i16(0, 0) == 0
; run: @add_i16(1, 2) == 3
; run: @add_i16(3, 7) == 10
; run: @add_i16(7, 3) == 10
; run: @add_i16(100, -100) == 0
; run: @add_i16(-1, 1) == 0
; run: @add_i16(-1, -1) == 65534
; run: @add_i16(-2, 3) == 1
; run: @add_i16(-9223372036854775808, -1) == 65535
; run: @add_i16(0x12345678, 0xdeadbeefcafe) == 8566
; run: @add_i16(0xdeadbeefcafe, -2147483648) == 51966
; run: @add_i16(-100, 7) == 65443
; run: @add_i16(100, -2) == 98
; run: @add_i16(-2147483648, 2) == 2
; run: @add_i16(2, -100) == 65438
; run: @add_i16(-1, 100) == 99

define i64 @add_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %r = add i24 %a.t, %b.t
  %z = zext i24 %r to i64
  ret i64 %z
}
; run: @add_i24(0, 0) == 0
; run: @add_i24(1, 2) == 3
; run: @add_i24(3, 7) == 10
; run: @add_i24(7, 3) == 10
; run: @add_i24(100, -100) == 0
; run: @add_i24(-1, 1) == 0
; run: @add_i24(-1, -1) == 0xfffffe
; run: @add_i24(-2, 3) == 1
; run: @add_i24(-9223372036854775808, -1) == 0xffffff
; run: @add_i24(0x12345678, 0xdeadbeefcafe) == 0x242176
; run: @add_i24(0xdeadbeefcafe, -2147483648) == 0xefcafe
; run: @add_i24(-100, 7) == 0xffffa3
; run: @add_i24(100, -2) == 98
; run: @add_i24(-2147483648, 2) == 2
; run: @add_i24(2, -100) == 0xffff9e
; run: @add_i24(-1, 100) == 99

define i64 @add_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = add i32 %a.t, %b.t
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @add_i32(0, 0) == 0
; run: @add_i32(1, 2) == 3
; run: @add_i32(3, 7) == 10
; run: @add_i32(7, 3) == 10
; run: @add_i32(100, -100) == 0
; run: @add_i32(-1, 1) == 0
; run: @add_i32(-1, -1) == 0xfffffffe
; run: @add_i32(-2, 3) == 1
; run: @add_i32(-9223372036854775808, -1) == 0xffffffff
; run: @add_i32(0x12345678, 0xdeadbeefcafe) == 0xd1242176
; run: @add_i32(0xdeadbeefcafe, -2147483648) == 0x3eefcafe
; run: @add_i32(-100, 7) == 0xffffffa3
; run: @add_i32(100, -2) == 98
; run: @add_i32(-2147483648, 2) == 0x80000002
; run: @add_i32(2, -100) == 0xffffff9e
; run: @add_i32(-1, 100) == 99

define i64 @add_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = add i40 %a.t, %b.t
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @add_i40(0, 0) == 0
; run: @add_i40(1, 2) == 3
; run: @add_i40(3, 7) == 10
; run: @add_i40(7, 3) == 10
; run: @add_i40(100, -100) == 0
; run: @add_i40(-1, 1) == 0
; run: @add_i40(-1, -1) == 0xfffffffffe
; run: @add_i40(-2, 3) == 1
; run: @add_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @add_i40(0x12345678, 0xdeadbeefcafe) == 0xadd1242176
; run: @add_i40(0xdeadbeefcafe, -2147483648) == 0xad3eefcafe
; run: @add_i40(-100, 7) == 0xffffffffa3
; run: @add_i40(100, -2) == 98
; run: @add_i40(-2147483648, 2) == 0xff80000002
; run: @add_i40(2, -100) == 0xffffffff9e
; run: @add_i40(-1, 100) == 99

define i64 @add_i64(i64 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}
; run: @add_i64(0, 0) == 0
; run: @add_i64(1, 2) == 3
; run: @add_i64(3, 7) == 10
; run: @add_i64(7, 3) == 10
; run: @add_i64(100, -100) == 0
; run: @add_i64(-1, 1) == 0
; run: @add_i64(-1, -1) == -2
; run: @add_i64(-2, 3) == 1
; run: @add_i64(0x7fffffffffffffff, 1) == -9223372036854775808
; run: @add_i64(-9223372036854775808, -1) == 9223372036854775807
; run: @add_i64(-9223372036854775808, 0x7fffffffffffffff) == -1
; run: @add_i64(0x12345678, 0xdeadbeefcafe) == 244838119514486
; run: @add_i64(0xdeadbeefcafe, -2147483648) == 244835666610942
; run: @add_i64(-100, 7) == -93
; run: @add_i64(100, -2) == 98
; run: @add_i64(-2147483648, 2) == -2147483646
; run: @add_i64(2, -100) == -98
; run: @add_i64(-1, 100) == 99
