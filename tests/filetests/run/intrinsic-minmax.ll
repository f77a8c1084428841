; `llvm.smax`, `llvm.smin`, `llvm.umax`, `llvm.umin` at widths 8 to 64, odd ones
; included: signed and unsigned orders differ exactly when the sign bits differ.
; test run

declare i8 @llvm.smax.i8(i8, i8)
define i64 @smax_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.smax.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @smax_i8(0, 0) == 0
; run: @smax_i8(1, 2) == 2
; run: @smax_i8(2, 1) == 2
; run: @smax_i8(-1, 1) == 1
; run: @smax_i8(1, -1) == 1
; run: @smax_i8(-1, -1) == 255
; run: @smax_i8(-9223372036854775808, -1) == 0
; run: @smax_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smax_i8(0x12345678, 0xdeadbeefcafe) == 120
; run: @smax_i8(100, -100) == 100
; run: @smax_i8(-100, -100) == 156
; run: @smax_i8(127, 1) == 127
; run: @smax_i8(128, 128) == 128

declare i13 @llvm.smax.i13(i13, i13)
define i64 @smax_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.smax.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @smax_i13(0, 0) == 0
; run: @smax_i13(1, 2) == 2
; run: @smax_i13(2, 1) == 2
; run: @smax_i13(-1, 1) == 1
; run: @smax_i13(1, -1) == 1
; run: @smax_i13(-1, -1) == 8191
; run: @smax_i13(-9223372036854775808, -1) == 0
; run: @smax_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smax_i13(0x12345678, 0xdeadbeefcafe) == 2814
; run: @smax_i13(100, -100) == 100
; run: @smax_i13(-100, -100) == 8092
; run: @smax_i13(127, 1) == 127
; run: @smax_i13(128, 128) == 128
; run: @smax_i13(4095, 1) == 4095
; run: @smax_i13(4096, 4096) == 4096

declare i16 @llvm.smax.i16(i16, i16)
define i64 @smax_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.smax.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @smax_i16(0, 0) == 0
; run: @smax_i16(1, 2) == 2
; run: @smax_i16(2, 1) == 2
; run: @smax_i16(-1, 1) == 1
; run: @smax_i16(1, -1) == 1
; run: @smax_i16(-1, -1) == 65535
; run: @smax_i16(-9223372036854775808, -1) == 0
; run: @smax_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smax_i16(0x12345678, 0xdeadbeefcafe) == 22136
; run: @smax_i16(100, -100) == 100
; run: @smax_i16(-100, -100) == 65436
; run: @smax_i16(127, 1) == 127
; run: @smax_i16(128, 128) == 128
; run: @smax_i16(4095, 1) == 4095
; run: @smax_i16(32767, 32767) == 32767
; run: @smax_i16(4096, 4096) == 4096

declare i32 @llvm.smax.i32(i32, i32)
define i64 @smax_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.smax.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @smax_i32(0, 0) == 0
; run: @smax_i32(1, 2) == 2
; run: @smax_i32(2, 1) == 2
; run: @smax_i32(-1, 1) == 1
; run: @smax_i32(1, -1) == 1
; run: @smax_i32(-1, -1) == 0xffffffff
; run: @smax_i32(-9223372036854775808, -1) == 0
; run: @smax_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smax_i32(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @smax_i32(100, -100) == 100
; run: @smax_i32(-100, -100) == 0xffffff9c
; run: @smax_i32(127, 1) == 127
; run: @smax_i32(128, 128) == 128
; run: @smax_i32(4095, 1) == 4095
; run: @smax_i32(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @smax_i32(-2147483648, -2147483648) == 0x80000000
; run: @smax_i32(32767, 32767) == 32767
; run: @smax_i32(4096, 4096) == 4096

declare i40 @llvm.smax.i40(i40, i40)
define i64 @smax_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.smax.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @smax_i40(0, 0) == 0
; run: @smax_i40(1, 2) == 2
; run: @smax_i40(2, 1) == 2
; run: @smax_i40(-1, 1) == 1
; run: @smax_i40(1, -1) == 1
; run: @smax_i40(-1, -1) == 0xffffffffff
; run: @smax_i40(-9223372036854775808, -1) == 0
; run: @smax_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smax_i40(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @smax_i40(100, -100) == 100
; run: @smax_i40(-100, -100) == 0xffffffff9c
; run: @smax_i40(127, 1) == 127
; run: @smax_i40(128, 128) == 128
; run: @smax_i40(4095, 1) == 4095
; run: @smax_i40(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @smax_i40(-2147483648, -2147483648) == 0xff80000000
; run: @smax_i40(32767, 32767) == 32767
; run: @smax_i40(4096, 4096) == 4096

declare i64 @llvm.smax.i64(i64, i64)
define i64 @smax_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.smax.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @smax_i64(0, 0) == 0
; run: @smax_i64(1, 2) == 2
; run: @smax_i64(2, 1) == 2
; run: @smax_i64(-1, 1) == 1
; run: @smax_i64(1, -1) == 1
; run: @smax_i64(-1, -1) == -1
; run: @smax_i64(-9223372036854775808, -1) == -1
; run: @smax_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @smax_i64(0x7fffffffffffffff, -9223372036854775808) == 9223372036854775807
; run: @smax_i64(0x12345678, 0xdeadbeefcafe) == 244837814094590
; run: @smax_i64(100, -100) == 100
; run: @smax_i64(-100, -100) == -100
; run: @smax_i64(127, 1) == 127
; run: @smax_i64(128, 128) == 128
; run: @smax_i64(4095, 1) == 4095
; run: @smax_i64(0x7fffffff, 0x7fffffff) == 2147483647
; run: @smax_i64(-2147483648, -2147483648) == -2147483648
; run: @smax_i64(32767, 32767) == 32767
; run: @smax_i64(4096, 4096) == 4096

declare i8 @llvm.smin.i8(i8, i8)
define i64 @smin_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.smin.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @smin_i8(0, 0) == 0
; run: @smin_i8(1, 2) == 1
; run: @smin_i8(2, 1) == 1
; run: @smin_i8(-1, 1) == 255
; run: @smin_i8(1, -1) == 255
; run: @smin_i8(-1, -1) == 255
; run: @smin_i8(-9223372036854775808, -1) == 255
; run: @smin_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @smin_i8(0x12345678, 0xdeadbeefcafe) == 254
; run: @smin_i8(100, -100) == 156
; run: @smin_i8(-100, -100) == 156
; run: @smin_i8(127, 1) == 1
; run: @smin_i8(128, 128) == 128

declare i13 @llvm.smin.i13(i13, i13)
define i64 @smin_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.smin.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @smin_i13(0, 0) == 0
; run: @smin_i13(1, 2) == 1
; run: @smin_i13(2, 1) == 1
; run: @smin_i13(-1, 1) == 8191
; run: @smin_i13(1, -1) == 8191
; run: @smin_i13(-1, -1) == 8191
; run: @smin_i13(-9223372036854775808, -1) == 8191
; run: @smin_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @smin_i13(0x12345678, 0xdeadbeefcafe) == 5752
; run: @smin_i13(100, -100) == 8092
; run: @smin_i13(-100, -100) == 8092
; run: @smin_i13(127, 1) == 1
; run: @smin_i13(128, 128) == 128
; run: @smin_i13(4095, 1) == 1
; run: @smin_i13(4096, 4096) == 4096

declare i16 @llvm.smin.i16(i16, i16)
define i64 @smin_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.smin.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @smin_i16(0, 0) == 0
; run: @smin_i16(1, 2) == 1
; run: @smin_i16(2, 1) == 1
; run: @smin_i16(-1, 1) == 65535
; run: @smin_i16(1, -1) == 65535
; run: @smin_i16(-1, -1) == 65535
; run: @smin_i16(-9223372036854775808, -1) == 65535
; run: @smin_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @smin_i16(0x12345678, 0xdeadbeefcafe) == 51966
; run: @smin_i16(100, -100) == 65436
; run: @smin_i16(-100, -100) == 65436
; run: @smin_i16(127, 1) == 1
; run: @smin_i16(128, 128) == 128
; run: @smin_i16(4095, 1) == 1
; run: @smin_i16(32767, 32767) == 32767
; run: @smin_i16(4096, 4096) == 4096

declare i32 @llvm.smin.i32(i32, i32)
define i64 @smin_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.smin.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @smin_i32(0, 0) == 0
; run: @smin_i32(1, 2) == 1
; run: @smin_i32(2, 1) == 1
; run: @smin_i32(-1, 1) == 0xffffffff
; run: @smin_i32(1, -1) == 0xffffffff
; run: @smin_i32(-1, -1) == 0xffffffff
; run: @smin_i32(-9223372036854775808, -1) == 0xffffffff
; run: @smin_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @smin_i32(0x12345678, 0xdeadbeefcafe) == 0xbeefcafe
; run: @smin_i32(100, -100) == 0xffffff9c
; run: @smin_i32(-100, -100) == 0xffffff9c
; run: @smin_i32(127, 1) == 1
; run: @smin_i32(128, 128) == 128
; run: @smin_i32(4095, 1) == 1
; run: @smin_i32(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @smin_i32(-2147483648, -2147483648) == 0x80000000
; run: @smin_i32(32767, 32767) == 32767
; run: @smin_i32(4096, 4096) == 4096

declare i40 @llvm.smin.i40(i40, i40)
define i64 @smin_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.smin.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @smin_i40(0, 0) == 0
; run: @smin_i40(1, 2) == 1
; run: @smin_i40(2, 1) == 1
; run: @smin_i40(-1, 1) == 0xffffffffff
; run: @smin_i40(1, -1) == 0xffffffffff
; run: @smin_i40(-1, -1) == 0xffffffffff
; run: @smin_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @smin_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @smin_i40(0x12345678, 0xdeadbeefcafe) == 0xadbeefcafe
; run: @smin_i40(100, -100) == 0xffffffff9c
; run: @smin_i40(-100, -100) == 0xffffffff9c
; run: @smin_i40(127, 1) == 1
; run: @smin_i40(128, 128) == 128
; run: @smin_i40(4095, 1) == 1
; run: @smin_i40(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @smin_i40(-2147483648, -2147483648) == 0xff80000000
; run: @smin_i40(32767, 32767) == 32767
; run: @smin_i40(4096, 4096) == 4096

declare i64 @llvm.smin.i64(i64, i64)
define i64 @smin_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.smin.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @smin_i64(0, 0) == 0
; run: @smin_i64(1, 2) == 1
; run: @smin_i64(2, 1) == 1
; run: @smin_i64(-1, 1) == -1
; run: @smin_i64(1, -1) == -1
; run: @smin_i64(-1, -1) == -1
; run: @smin_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @smin_i64(0x7fffffffffffffff, 1) == 1
; run: @smin_i64(0x7fffffffffffffff, -9223372036854775808) == -9223372036854775808
; run: @smin_i64(0x12345678, 0xdeadbeefcafe) == 305419896
; run: @smin_i64(100, -100) == -100
; run: @smin_i64(-100, -100) == -100
; run: @smin_i64(127, 1) == 1
; run: @smin_i64(128, 128) == 128
; run: @smin_i64(4095, 1) == 1
; run: @smin_i64(0x7fffffff, 0x7fffffff) == 2147483647
; run: @smin_i64(-2147483648, -2147483648) == -2147483648
; run: @smin_i64(32767, 32767) == 32767
; run: @smin_i64(4096, 4096) == 4096

declare i8 @llvm.umax.i8(i8, i8)
define i64 @umax_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.umax.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @umax_i8(0, 0) == 0
; run: @umax_i8(1, 2) == 2
; run: @umax_i8(2, 1) == 2
; run: @umax_i8(-1, 1) == 255
; run: @umax_i8(1, -1) == 255
; run: @umax_i8(-1, -1) == 255
; run: @umax_i8(-9223372036854775808, -1) == 255
; run: @umax_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @umax_i8(0x12345678, 0xdeadbeefcafe) == 254
; run: @umax_i8(100, -100) == 156
; run: @umax_i8(-100, -100) == 156
; run: @umax_i8(127, 1) == 127
; run: @umax_i8(128, 128) == 128

declare i13 @llvm.umax.i13(i13, i13)
define i64 @umax_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.umax.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @umax_i13(0, 0) == 0
; run: @umax_i13(1, 2) == 2
; run: @umax_i13(2, 1) == 2
; run: @umax_i13(-1, 1) == 8191
; run: @umax_i13(1, -1) == 8191
; run: @umax_i13(-1, -1) == 8191
; run: @umax_i13(-9223372036854775808, -1) == 8191
; run: @umax_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @umax_i13(0x12345678, 0xdeadbeefcafe) == 5752
; run: @umax_i13(100, -100) == 8092
; run: @umax_i13(-100, -100) == 8092
; run: @umax_i13(127, 1) == 127
; run: @umax_i13(128, 128) == 128
; run: @umax_i13(4095, 1) == 4095
; run: @umax_i13(4096, 4096) == 4096

declare i16 @llvm.umax.i16(i16, i16)
define i64 @umax_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.umax.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @umax_i16(0, 0) == 0
; run: @umax_i16(1, 2) == 2
; run: @umax_i16(2, 1) == 2
; run: @umax_i16(-1, 1) == 65535
; run: @umax_i16(1, -1) == 65535
; run: @umax_i16(-1, -1) == 65535
; run: @umax_i16(-9223372036854775808, -1) == 65535
; run: @umax_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @umax_i16(0x12345678, 0xdeadbeefcafe) == 51966
; run: @umax_i16(100, -100) == 65436
; run: @umax_i16(-100, -100) == 65436
; run: @umax_i16(127, 1) == 127
; run: @umax_i16(128, 128) == 128
; run: @umax_i16(4095, 1) == 4095
; run: @umax_i16(32767, 32767) == 32767
; run: @umax_i16(4096, 4096) == 4096

declare i32 @llvm.umax.i32(i32, i32)
define i64 @umax_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.umax.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @umax_i32(0, 0) == 0
; run: @umax_i32(1, 2) == 2
; run: @umax_i32(2, 1) == 2
; run: @umax_i32(-1, 1) == 0xffffffff
; run: @umax_i32(1, -1) == 0xffffffff
; run: @umax_i32(-1, -1) == 0xffffffff
; run: @umax_i32(-9223372036854775808, -1) == 0xffffffff
; run: @umax_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @umax_i32(0x12345678, 0xdeadbeefcafe) == 0xbeefcafe
; run: @umax_i32(100, -100) == 0xffffff9c
; run: @umax_i32(-100, -100) == 0xffffff9c
; run: @umax_i32(127, 1) == 127
; run: @umax_i32(128, 128) == 128
; run: @umax_i32(4095, 1) == 4095
; run: @umax_i32(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @umax_i32(-2147483648, -2147483648) == 0x80000000
; run: @umax_i32(32767, 32767) == 32767
; run: @umax_i32(4096, 4096) == 4096

declare i40 @llvm.umax.i40(i40, i40)
define i64 @umax_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.umax.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @umax_i40(0, 0) == 0
; run: @umax_i40(1, 2) == 2
; run: @umax_i40(2, 1) == 2
; run: @umax_i40(-1, 1) == 0xffffffffff
; run: @umax_i40(1, -1) == 0xffffffffff
; run: @umax_i40(-1, -1) == 0xffffffffff
; run: @umax_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @umax_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @umax_i40(0x12345678, 0xdeadbeefcafe) == 0xadbeefcafe
; run: @umax_i40(100, -100) == 0xffffffff9c
; run: @umax_i40(-100, -100) == 0xffffffff9c
; run: @umax_i40(127, 1) == 127
; run: @umax_i40(128, 128) == 128
; run: @umax_i40(4095, 1) == 4095
; run: @umax_i40(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @umax_i40(-2147483648, -2147483648) == 0xff80000000
; run: @umax_i40(32767, 32767) == 32767
; run: @umax_i40(4096, 4096) == 4096

declare i64 @llvm.umax.i64(i64, i64)
define i64 @umax_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.umax.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @umax_i64(0, 0) == 0
; run: @umax_i64(1, 2) == 2
; run: @umax_i64(2, 1) == 2
; run: @umax_i64(-1, 1) == -1
; run: @umax_i64(1, -1) == -1
; run: @umax_i64(-1, -1) == -1
; run: @umax_i64(-9223372036854775808, -1) == -1
; run: @umax_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @umax_i64(0x7fffffffffffffff, -9223372036854775808) == -9223372036854775808
; run: @umax_i64(0x12345678, 0xdeadbeefcafe) == 244837814094590
; run: @umax_i64(100, -100) == -100
; run: @umax_i64(-100, -100) == -100
; run: @umax_i64(127, 1) == 127
; run: @umax_i64(128, 128) == 128
; run: @umax_i64(4095, 1) == 4095
; run: @umax_i64(0x7fffffff, 0x7fffffff) == 2147483647
; run: @umax_i64(-2147483648, -2147483648) == -2147483648
; run: @umax_i64(32767, 32767) == 32767
; run: @umax_i64(4096, 4096) == 4096

declare i8 @llvm.umin.i8(i8, i8)
define i64 @umin_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.umin.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @umin_i8(0, 0) == 0
; run: @umin_i8(1, 2) == 1
; run: @umin_i8(2, 1) == 1
; run: @umin_i8(-1, 1) == 1
; run: @umin_i8(1, -1) == 1
; run: @umin_i8(-1, -1) == 255
; run: @umin_i8(-9223372036854775808, -1) == 0
; run: @umin_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umin_i8(0x12345678, 0xdeadbeefcafe) == 120
; run: @umin_i8(100, -100) == 100
; run: @umin_i8(-100, -100) == 156
; run: @umin_i8(127, 1) == 1
; run: @umin_i8(128, 128) == 128

declare i13 @llvm.umin.i13(i13, i13)
define i64 @umin_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.umin.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @umin_i13(0, 0) == 0
; run: @umin_i13(1, 2) == 1
; run: @umin_i13(2, 1) == 1
; run: @umin_i13(-1, 1) == 1
; run: @umin_i13(1, -1) == 1
; run: @umin_i13(-1, -1) == 8191
; run: @umin_i13(-9223372036854775808, -1) == 0
; run: @umin_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umin_i13(0x12345678, 0xdeadbeefcafe) == 2814
; run: @umin_i13(100, -100) == 100
; run: @umin_i13(-100, -100) == 8092
; run: @umin_i13(127, 1) == 1
; run: @umin_i13(128, 128) == 128
; run: @umin_i13(4095, 1) == 1
; run: @umin_i13(4096, 4096) == 4096

declare i16 @llvm.umin.i16(i16, i16)
define i64 @umin_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.umin.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @umin_i16(0, 0) == 0
; run: @umin_i16(1, 2) == 1
; run: @umin_i16(2, 1) == 1
; run: @umin_i16(-1, 1) == 1
; run: @umin_i16(1, -1) == 1
; run: @umin_i16(-1, -1) == 65535
; run: @umin_i16(-9223372036854775808, -1) == 0
; run: @umin_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umin_i16(0x12345678, 0xdeadbeefcafe) == 22136
; run: @umin_i16(100, -100) == 100
; run: @umin_i16(-100, -100) == 65436
; run: @umin_i16(127, 1) == 1
; run: @umin_i16(128, 128) == 128
; run: @umin_i16(4095, 1) == 1
; run: @umin_i16(32767, 32767) == 32767
; run: @umin_i16(4096, 4096) == 4096

declare i32 @llvm.umin.i32(i32, i32)
define i64 @umin_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.umin.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @umin_i32(0, 0) == 0
; run: @umin_i32(1, 2) == 1
; run: @umin_i32(2, 1) == 1
; run: @umin_i32(-1, 1) == 1
; run: @umin_i32(1, -1) == 1
; run: @umin_i32(-1, -1) == 0xffffffff
; run: @umin_i32(-9223372036854775808, -1) == 0
; run: @umin_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umin_i32(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @umin_i32(100, -100) == 100
; run: @umin_i32(-100, -100) == 0xffffff9c
; run: @umin_i32(127, 1) == 1
; run: @umin_i32(128, 128) == 128
; run: @umin_i32(4095, 1) == 1
; run: @umin_i32(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @umin_i32(-2147483648, -2147483648) == 0x80000000
; run: @umin_i32(32767, 32767) == 32767
; run: @umin_i32(4096, 4096) == 4096

declare i40 @llvm.umin.i40(i40, i40)
define i64 @umin_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.umin.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @umin_i40(0, 0) == 0
; run: @umin_i40(1, 2) == 1
; run: @umin_i40(2, 1) == 1
; run: @umin_i40(-1, 1) == 1
; run: @umin_i40(1, -1) == 1
; run: @umin_i40(-1, -1) == 0xffffffffff
; run: @umin_i40(-9223372036854775808, -1) == 0
; run: @umin_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umin_i40(0x12345678, 0xdeadbeefcafe) == 0x12345678
; run: @umin_i40(100, -100) == 100
; run: @umin_i40(-100, -100) == 0xffffffff9c
; run: @umin_i40(127, 1) == 1
; run: @umin_i40(128, 128) == 128
; run: @umin_i40(4095, 1) == 1
; run: @umin_i40(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @umin_i40(-2147483648, -2147483648) == 0xff80000000
; run: @umin_i40(32767, 32767) == 32767
; run: @umin_i40(4096, 4096) == 4096

declare i64 @llvm.umin.i64(i64, i64)
define i64 @umin_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.umin.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @umin_i64(0, 0) == 0
; run: @umin_i64(1, 2) == 1
; run: @umin_i64(2, 1) == 1
; run: @umin_i64(-1, 1) == 1
; run: @umin_i64(1, -1) == 1
; run: @umin_i64(-1, -1) == -1
; run: @umin_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @umin_i64(0x7fffffffffffffff, 1) == 1
; run: @umin_i64(0x7fffffffffffffff, -9223372036854775808) == 9223372036854775807
; run: @umin_i64(0x12345678, 0xdeadbeefcafe) == 305419896
; run: @umin_i64(100, -100) == 100
; run: @umin_i64(-100, -100) == -100
; run: @umin_i64(127, 1) == 1
; run: @umin_i64(128, 128) == 128
; run: @umin_i64(4095, 1) == 1
; run: @umin_i64(0x7fffffff, 0x7fffffff) == 2147483647
; run: @umin_i64(-2147483648, -2147483648) == -2147483648
; run: @umin_i64(32767, 32767) == 32767
; run: @umin_i64(4096, 4096) == 4096
