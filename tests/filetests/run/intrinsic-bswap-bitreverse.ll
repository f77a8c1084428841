; `llvm.bswap` (widths that are a multiple of 16) and `llvm.bitreverse` (any width, odd
; ones included).
; test run

declare i16 @llvm.bswap.i16(i16)
define i64 @bswap_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.bswap.i16(i16 %a.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @bswap_i16(0) == 0
; run: @bswap_i16(1) == 256
; run: @bswap_i16(2) == 512
; run: @bswap_i16(-1) == 65535
; run: @bswap_i16(128) == 32768
; run: @bswap_i16(0x12345678) == 30806
; run: @bswap_i16(0xdeadbeefcafe) == 65226
; run: @bswap_i16(4096) == 16
; run: @bswap_i16(61680) == 61680
; run: @bswap_i16(90) == 23040

declare i32 @llvm.bswap.i32(i32)
define i64 @bswap_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.bswap.i32(i32 %a.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @bswap_i32(0) == 0
; run: @bswap_i32(1) == 0x1000000
; run: @bswap_i32(2) == 0x2000000
; run: @bswap_i32(-1) == 0xffffffff
; run: @bswap_i32(128) == 0x80000000
; run: @bswap_i32(0x12345678) == 0x78563412
; run: @bswap_i32(0xdeadbeefcafe) == 0xfecaefbe
; run: @bswap_i32(-2147483648) == 128
; run: @bswap_i32(4096) == 0x100000
; run: @bswap_i32(61680) == 0xf0f00000
; run: @bswap_i32(90) == 0x5a000000

declare i48 @llvm.bswap.i48(i48)
define i64 @bswap_i48(i64 %a) {
  %a.t = trunc i64 %a to i48
  %r = call i48 @llvm.bswap.i48(i48 %a.t)
  %z = zext i48 %r to i64
  ret i64 %z
}
; run: @bswap_i48(0) == 0
; run: @bswap_i48(1) == 0x10000000000
; run: @bswap_i48(2) == 0x20000000000
; run: @bswap_i48(-1) == 0xffffffffffff
; run: @bswap_i48(128) == 0x800000000000
; run: @bswap_i48(0x12345678) == 0x785634120000
; run: @bswap_i48(0xdeadbeefcafe) == 0xfecaefbeadde
; run: @bswap_i48(-2147483648) == 0x80ffff
; run: @bswap_i48(4096) == 0x1000000000
; run: @bswap_i48(61680) == 0xf0f000000000
; run: @bswap_i48(90) == 0x5a0000000000

declare i64 @llvm.bswap.i64(i64)
define i64 @bswap_i64(i64 %a) {
  %r = call i64 @llvm.bswap.i64(i64 %a)
  ret i64 %r
}
; run: @bswap_i64(0) == 0
; run: @bswap_i64(1) == 72057594037927936
; run: @bswap_i64(2) == 144115188075855872
; run: @bswap_i64(-1) == -1
; run: @bswap_i64(128) == -9223372036854775808
; run: @bswap_i64(0x12345678) == 8671175384462524416
; run: @bswap_i64(0xdeadbeefcafe) == -86993640540471296
; run: @bswap_i64(-2147483648) == 554050781183
; run: @bswap_i64(-9223372036854775808) == 128
; run: @bswap_i64(0x7fffffffffffffff) == -129
; run: @bswap_i64(4096) == 4503599627370496
; run: @bswap_i64(61680) == -1085367510196289536
; run: @bswap_i64(90) == 6485183463413514240

declare i1 @llvm.bitreverse.i1(i1)
define i64 @bitreverse_i1(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = call i1 @llvm.bitreverse.i1(i1 %a.t)
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @bitreverse_i1(0) == 0
; run: @bitreverse_i1(1) == 1

declare i8 @llvm.bitreverse.i8(i8)
define i64 @bitreverse_i8(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = call i8 @llvm.bitreverse.i8(i8 %a.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @bitreverse_i8(0) == 0
; run: @bitreverse_i8(1) == 128
; run: @bitreverse_i8(2) == 64
; run: @bitreverse_i8(-1) == 255
; run: @bitreverse_i8(128) == 1
; run: @bitreverse_i8(0x12345678) == 30
; run: @bitreverse_i8(0xdeadbeefcafe) == 127
; run: @bitreverse_i8(61680) == 15
; run: @bitreverse_i8(90) == 90

declare i13 @llvm.bitreverse.i13(i13)
define i64 @bitreverse_i13(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = call i13 @llvm.bitreverse.i13(i13 %a.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @bitreverse_i13(0) == 0
; run: @bitreverse_i13(1) == 4096
; run: @bitreverse_i13(2) == 2048
; run: @bitreverse_i13(-1) == 8191
; run: @bitreverse_i13(128) == 32
; run: @bitreverse_i13(0x12345678) == 973
; run: @bitreverse_i13(0xdeadbeefcafe) == 4074
; run: @bitreverse_i13(4096) == 1
; run: @bitreverse_i13(61680) == 481
; run: @bitreverse_i13(90) == 2880

declare i16 @llvm.bitreverse.i16(i16)
define i64 @bitreverse_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.bitreverse.i16(i16 %a.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @bitreverse_i16(0) == 0
; run: @bitreverse_i16(1) == 32768
; run: @bitreverse_i16(2) == 16384
; run: @bitreverse_i16(-1) == 65535
; run: @bitreverse_i16(128) == 256
; run: @bitreverse_i16(0x12345678) == 7786
; run: @bitreverse_i16(0xdeadbeefcafe) == 32595
; run: @bitreverse_i16(4096) == 8
; run: @bitreverse_i16(61680) == 3855
; run: @bitreverse_i16(90) == 23040

declare i32 @llvm.bitreverse.i32(i32)
define i64 @bitreverse_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.bitreverse.i32(i32 %a.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @bitreverse_i32(0) == 0
; run: @bitreverse_i32(1) == 0x80000000
; run: @bitreverse_i32(2) == 0x40000000
; run: @bitreverse_i32(-1) == 0xffffffff
; run: @bitreverse_i32(128) == 0x1000000
; run: @bitreverse_i32(0x12345678) == 0x1e6a2c48
; run: @bitreverse_i32(0xdeadbeefcafe) == 0x7f53f77d
; run: @bitreverse_i32(-2147483648) == 1
; run: @bitreverse_i32(4096) == 0x80000
; run: @bitreverse_i32(61680) == 0xf0f0000
; run: @bitreverse_i32(90) == 0x5a000000

declare i40 @llvm.bitreverse.i40(i40)
define i64 @bitreverse_i40(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = call i40 @llvm.bitreverse.i40(i40 %a.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @bitreverse_i40(0) == 0
; run: @bitreverse_i40(1) == 0x8000000000
; run: @bitreverse_i40(2) == 0x4000000000
; run: @bitreverse_i40(-1) == 0xffffffffff
; run: @bitreverse_i40(128) == 0x100000000
; run: @bitreverse_i40(0x12345678) == 0x1e6a2c4800
; run: @bitreverse_i40(0xdeadbeefcafe) == 0x7f53f77db5
; run: @bitreverse_i40(-2147483648) == 511
; run: @bitreverse_i40(4096) == 0x8000000
; run: @bitreverse_i40(61680) == 0xf0f000000
; run: @bitreverse_i40(90) == 0x5a00000000

declare i64 @llvm.bitreverse.i64(i64)
define i64 @bitreverse_i64(i64 %a) {
  %r = call i64 @llvm.bitreverse.i64(i64 %a)
  ret i64 %r
}
; run: @bitreverse_i64(0) == 0
; run: @bitreverse_i64(1) == -9223372036854775808
; run: @bitreverse_i64(2) == 4611686018427387904
; run: @bitreverse_i64(-1) == -1
; run: @bitreverse_i64(128) == 72057594037927936
; run: @bitreverse_i64(0x12345678) == 2191612856418435072
; run: @bitreverse_i64(0xdeadbeefcafe) == 9174948985171542016
; run: @bitreverse_i64(-2147483648) == 8589934591
; run: @bitreverse_i64(-9223372036854775808) == 1
; run: @bitreverse_i64(0x7fffffffffffffff) == -2
; run: @bitreverse_i64(4096) == 2251799813685248
; run: @bitreverse_i64(61680) == 1085086035219578880
; run: @bitreverse_i64(90) == 6485183463413514240
