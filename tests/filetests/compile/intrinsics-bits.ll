; Bit intrinsics: population count, leading and trailing zeros, byte swap, funnel shift
; (a rotate when both operands are the same), min/max and abs.
; test compile
; test run

declare i32 @llvm.ctpop.i32(i32)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i16 @llvm.cttz.i16(i16, i1)
declare i32 @llvm.bswap.i32(i32)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i32 @llvm.smax.i32(i32, i32)
declare i32 @llvm.umin.i32(i32, i32)
declare i32 @llvm.abs.i32(i32, i1)

define i32 @popcount(i32 %x) {
  %r = call i32 @llvm.ctpop.i32(i32 %x)
  ret i32 %r
}
; run: @popcount(255) == 8

define i64 @leading(i64 %x) {
  %r = call i64 @llvm.ctlz.i64(i64 %x, i1 false)
  ret i64 %r
}
; run: @leading(1) == 63
; run: @leading(0) == 64

define i16 @trailing(i16 %x) {
  %r = call i16 @llvm.cttz.i16(i16 %x, i1 false)
  ret i16 %r
}
; run: @trailing(0) == 16

define i32 @swap_bytes(i32 %x) {
  %r = call i32 @llvm.bswap.i32(i32 %x)
  ret i32 %r
}
; run: @swap_bytes(0x12345678) == 0x78563412

define i64 @rotate_left(i64 %x, i64 %n) {
  %r = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %n)
  ret i64 %r
}
; run: @rotate_left(0x8000000000000001, 1) == 3

define i32 @clamp(i32 %x) {
  %a = call i32 @llvm.smax.i32(i32 %x, i32 0)
  %b = call i32 @llvm.umin.i32(i32 %a, i32 255)
  ret i32 %b
}
; run: @clamp(-5) == 0
; run: @clamp(300) == 255

define i32 @magnitude(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 false)
  ret i32 %r
}
; run: @magnitude(-2147483648) == -2147483648
