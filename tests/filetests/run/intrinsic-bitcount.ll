; Bit counting: `llvm.ctpop`, and `llvm.ctlz`/`llvm.cttz` with zero not poison (zero
; gives the width), at widths 8 to 64 including odd ones, where only the bits of the
; width count.
; test run

declare i8 @llvm.ctpop.i8(i8)
define i64 @ctpop_i8(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = call i8 @llvm.ctpop.i8(i8 %a.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @ctpop_i8(0) == 0
; run: @ctpop_i8(1) == 1
; run: @ctpop_i8(2) == 1
; run: @ctpop_i8(-1) == 8
; run: @ctpop_i8(128) == 1
; run: @ctpop_i8(0x12345678) == 4
; run: @ctpop_i8(0xdeadbeefcafe) == 7
; run: @ctpop_i8(61680) == 4
; run: @ctpop_i8(90) == 4

declare i13 @llvm.ctpop.i13(i13)
define i64 @ctpop_i13(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = call i13 @llvm.ctpop.i13(i13 %a.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @ctpop_i13(0) == 0
; run: @ctpop_i13(1) == 1
; run: @ctpop_i13(2) == 1
; run: @ctpop_i13(-1) == 13
; run: @ctpop_i13(128) == 1
; run: @ctpop_i13(0x12345678) == 7
; run: @ctpop_i13(0xdeadbeefcafe) == 9
; run: @ctpop_i13(4096) == 1
; run: @ctpop_i13(61680) == 5
; run: @ctpop_i13(90) == 4

declare i16 @llvm.ctpop.i16(i16)
define i64 @ctpop_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.ctpop.i16(i16 %a.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @ctpop_i16(0) == 0
; run: @ctpop_i16(1) == 1
; run: @ctpop_i16(2) == 1
; run: @ctpop_i16(-1) == 16
; run: @ctpop_i16(128) == 1
; run: @ctpop_i16(0x12345678) == 8
; run: @ctpop_i16(0xdeadbeefcafe) == 11
; run: @ctpop_i16(4096) == 1
; run: @ctpop_i16(61680) == 8
; run: @ctpop_i16(90) == 4

declare i32 @llvm.ctpop.i32(i32)
define i64 @ctpop_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.ctpop.i32(i32 %a.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @ctpop_i32(0) == 0
; run: @ctpop_i32(1) == 1
; run: @ctpop_i32(2) == 1
; run: @ctpop_i32(-1) == 32
; run: @ctpop_i32(128) == 1
; run: @ctpop_i32(0x12345678) == 13
; run: @ctpop_i32(0xdeadbeefcafe) == 24
; run: @ctpop_i32(-2147483648) == 1
; run: @ctpop_i32(4096) == 1
; run: @ctpop_i32(61680) == 8
; run: @ctpop_i32(90) == 4

declare i40 @llvm.ctpop.i40(i40)
define i64 @ctpop_i40(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = call i40 @llvm.ctpop.i40(i40 %a.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @ctpop_i40(0) == 0
; run: @ctpop_i40(1) == 1
; run: @ctpop_i40(2) == 1
; run: @ctpop_i40(-1) == 40
; run: @ctpop_i40(128) == 1
; run: @ctpop_i40(0x12345678) == 13
; run: @ctpop_i40(0xdeadbeefcafe) == 29
; run: @ctpop_i40(-2147483648) == 9
; run: @ctpop_i40(4096) == 1
; run: @ctpop_i40(61680) == 8
; run: @ctpop_i40(90) == 4

declare i64 @llvm.ctpop.i64(i64)
define i64 @ctpop_i64(i64 %a) {
  %r = call i64 @llvm.ctpop.i64(i64 %a)
  ret i64 %r
}
; run: @ctpop_i64(0) == 0
; run: @ctpop_i64(1) == 1
; run: @ctpop_i64(2) == 1
; run: @ctpop_i64(-1) == 64
; run: @ctpop_i64(128) == 1
; run: @ctpop_i64(0x12345678) == 13
; run: @ctpop_i64(0xdeadbeefcafe) == 35
; run: @ctpop_i64(-2147483648) == 33
; run: @ctpop_i64(-9223372036854775808) == 1
; run: @ctpop_i64(0x7fffffffffffffff) == 63
; run: @ctpop_i64(4096) == 1
; run: @ctpop_i64(61680) == 8
; run: @ctpop_i64(90) == 4

declare i8 @llvm.ctlz.i8(i8, i1)
define i64 @ctlz_i8(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = call i8 @llvm.ctlz.i8(i8 %a.t, i1 false)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @ctlz_i8(0) == 8
; run: @ctlz_i8(1) == 7
; run: @ctlz_i8(2) == 6
; run: @ctlz_i8(-1) == 0
; run: @ctlz_i8(128) == 0
; run: @ctlz_i8(0x12345678) == 1
; run: @ctlz_i8(0xdeadbeefcafe) == 0
; run: @ctlz_i8(61680) == 0
; run: @ctlz_i8(90) == 1

declare i13 @llvm.ctlz.i13(i13, i1)
define i64 @ctlz_i13(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = call i13 @llvm.ctlz.i13(i13 %a.t, i1 false)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @ctlz_i13(0) == 13
; run: @ctlz_i13(1) == 12
; run: @ctlz_i13(2) == 11
; run: @ctlz_i13(-1) == 0
; run: @ctlz_i13(128) == 5
; run: @ctlz_i13(0x12345678) == 0
; run: @ctlz_i13(0xdeadbeefcafe) == 1
; run: @ctlz_i13(4096) == 0
; run: @ctlz_i13(61680) == 0
; run: @ctlz_i13(90) == 6

declare i16 @llvm.ctlz.i16(i16, i1)
define i64 @ctlz_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.ctlz.i16(i16 %a.t, i1 false)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @ctlz_i16(0) == 16
; run: @ctlz_i16(1) == 15
; run: @ctlz_i16(2) == 14
; run: @ctlz_i16(-1) == 0
; run: @ctlz_i16(128) == 8
; run: @ctlz_i16(0x12345678) == 1
; run: @ctlz_i16(0xdeadbeefcafe) == 0
; run: @ctlz_i16(4096) == 3
; run: @ctlz_i16(61680) == 0
; run: @ctlz_i16(90) == 9

declare i32 @llvm.ctlz.i32(i32, i1)
define i64 @ctlz_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.ctlz.i32(i32 %a.t, i1 false)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @ctlz_i32(0) == 32
; run: @ctlz_i32(1) == 31
; run: @ctlz_i32(2) == 30
; run: @ctlz_i32(-1) == 0
; run: @ctlz_i32(128) == 24
; run: @ctlz_i32(0x12345678) == 3
; run: @ctlz_i32(0xdeadbeefcafe) == 0
; run: @ctlz_i32(-2147483648) == 0
; run: @ctlz_i32(4096) == 19
; run: @ctlz_i32(61680) == 16
; run: @ctlz_i32(90) == 25

declare i40 @llvm.ctlz.i40(i40, i1)
define i64 @ctlz_i40(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = call i40 @llvm.ctlz.i40(i40 %a.t, i1 false)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @ctlz_i40(0) == 40
; run: @ctlz_i40(1) == 39
; run: @ctlz_i40(2) == 38
; run: @ctlz_i40(-1) == 0
; run: @ctlz_i40(128) == 32
; run: @ctlz_i40(0x12345678) == 11
; run: @ctlz_i40(0xdeadbeefcafe) == 0
; run: @ctlz_i40(-2147483648) == 0
; run: @ctlz_i40(4096) == 27
; run: @ctlz_i40(61680) == 24
; run: @ctlz_i40(90) == 33

declare i64 @llvm.ctlz.i64(i64, i1)
define i64 @ctlz_i64(i64 %a) {
  %r = call i64 @llvm.ctlz.i64(i64 %a, i1 false)
  ret i64 %r
}
; run: @ctlz_i64(0) == 64
; run: @ctlz_i64(1) == 63
; run: @ctlz_i64(2) == 62
; run: @ctlz_i64(-1) == 0
; run: @ctlz_i64(128) == 56
; run: @ctlz_i64(0x12345678) == 35
; run: @ctlz_i64(0xdeadbeefcafe) == 16
; run: @ctlz_i64(-2147483648) == 0
; run: @ctlz_i64(-9223372036854775808) == 0
; run: @ctlz_i64(0x7fffffffffffffff) == 1
; run: @ctlz_i64(4096) == 51
; run: @ctlz_i64(61680) == 48
; run: @ctlz_i64(90) == 57

declare i8 @llvm.cttz.i8(i8, i1)
define i64 @cttz_i8(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = call i8 @llvm.cttz.i8(i8 %a.t, i1 false)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @cttz_i8(0) == 8
; run: @cttz_i8(1) == 0
; run: @cttz_i8(2) == 1
; run: @cttz_i8(-1) == 0
; run: @cttz_i8(128) == 7
; run: @cttz_i8(0x12345678) == 3
; run: @cttz_i8(0xdeadbeefcafe) == 1
; run: @cttz_i8(61680) == 4
; run: @cttz_i8(90) == 1

declare i13 @llvm.cttz.i13(i13, i1)
define i64 @cttz_i13(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = call i13 @llvm.cttz.i13(i13 %a.t, i1 false)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @cttz_i13(0) == 13
; run: @cttz_i13(1) == 0
; run: @cttz_i13(2) == 1
; run: @cttz_i13(-1) == 0
; run: @cttz_i13(128) == 7
; run: @cttz_i13(0x12345678) == 3
; run: @cttz_i13(0xdeadbeefcafe) == 1
; run: @cttz_i13(4096) == 12
; run: @cttz_i13(61680) == 4
; run: @cttz_i13(90) == 1

declare i16 @llvm.cttz.i16(i16, i1)
define i64 @cttz_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.cttz.i16(i16 %a.t, i1 false)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @cttz_i16(0) == 16
; run: @cttz_i16(1) == 0
; run: @cttz_i16(2) == 1
; run: @cttz_i16(-1) == 0
; run: @cttz_i16(128) == 7
; run: @cttz_i16(0x12345678) == 3
; run: @cttz_i16(0xdeadbeefcafe) == 1
; run: @cttz_i16(4096) == 12
; run: @cttz_i16(61680) == 4
; run: @cttz_i16(90) == 1

declare i32 @llvm.cttz.i32(i32, i1)
define i64 @cttz_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.cttz.i32(i32 %a.t, i1 false)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @cttz_i32(0) == 32
; run: @cttz_i32(1) == 0
; run: @cttz_i32(2) == 1
; run: @cttz_i32(-1) == 0
; run: @cttz_i32(128) == 7
; run: @cttz_i32(0x12345678) == 3
; run: @cttz_i32(0xdeadbeefcafe) == 1
; run: @cttz_i32(-2147483648) == 31
; run: @cttz_i32(4096) == 12
; run: @cttz_i32(61680) == 4
; run: @cttz_i32(90) == 1

declare i40 @llvm.cttz.i40(i40, i1)
define i64 @cttz_i40(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = call i40 @llvm.cttz.i40(i40 %a.t, i1 false)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @cttz_i40(0) == 40
; run: @cttz_i40(1) == 0
; run: @cttz_i40(2) == 1
; run: @cttz_i40(-1) == 0
; run: @cttz_i40(128) == 7
; run: @cttz_i40(0x12345678) == 3
; run: @cttz_i40(0xdeadbeefcafe) == 1
; run: @cttz_i40(-2147483648) == 31
; run: @cttz_i40(4096) == 12
; run: @cttz_i40(61680) == 4
; run: @cttz_i40(90) == 1

declare i64 @llvm.cttz.i64(i64, i1)
define i64 @cttz_i64(i64 %a) {
  %r = call i64 @llvm.cttz.i64(i64 %a, i1 false)
  ret i64 %r
}
; run: @cttz_i64(0) == 64
; run: @cttz_i64(1) == 0
; run: @cttz_i64(2) == 1
; run: @cttz_i64(-1) == 0
; run: @cttz_i64(128) == 7
; run: @cttz_i64(0x12345678) == 3
; run: @cttz_i64(0xdeadbeefcafe) == 1
; run: @cttz_i64(-2147483648) == 31
; run: @cttz_i64(-9223372036854775808) == 63
; run: @cttz_i64(0x7fffffffffffffff) == 0
; run: @cttz_i64(4096) == 12
; run: @cttz_i64(61680) == 4
; run: @cttz_i64(90) == 1
