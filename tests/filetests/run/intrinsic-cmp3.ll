; `llvm.scmp` and `llvm.ucmp`: three-way comparisons giving -1, 0 or 1 as an i8.
; test run
; xfail aarch64: the AArch64 backend does not lower `llvm.scmp`/`llvm.ucmp` yet (x86-64 and the interpreter do)

declare i8 @llvm.scmp.i8.i8(i8, i8)
define i8 @scmp_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.scmp.i8.i8(i8 %a.t, i8 %b.t)
  ret i8 %r
}
; run: @scmp_i8(0, 0) == 0
; run: @scmp_i8(1, 2) == -1
; run: @scmp_i8(2, 1) == 1
; run: @scmp_i8(-1, 1) == -1
; run: @scmp_i8(1, -1) == 1
; run: @scmp_i8(-1, -1) == 0
; run: @scmp_i8(-9223372036854775808, -1) == 1
; run: @scmp_i8(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @scmp_i8(0x12345678, 0xdeadbeefcafe) == 1
; run: @scmp_i8(100, -100) == 1
; run: @scmp_i8(-100, -100) == 0
; run: @scmp_i8(127, 1) == 1
; run: @scmp_i8(128, 128) == 0

declare i8 @llvm.scmp.i8.i13(i13, i13)
define i8 @scmp_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i8 @llvm.scmp.i8.i13(i13 %a.t, i13 %b.t)
  ret i8 %r
}
; run: @scmp_i13(0, 0) == 0
; run: @scmp_i13(1, 2) == -1
; run: @scmp_i13(2, 1) == 1
; run: @scmp_i13(-1, 1) == -1
; run: @scmp_i13(1, -1) == 1
; run: @scmp_i13(-1, -1) == 0
; run: @scmp_i13(-9223372036854775808, -1) == 1
; run: @scmp_i13(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @scmp_i13(0x12345678, 0xdeadbeefcafe) == -1
; run: @scmp_i13(100, -100) == 1
; run: @scmp_i13(-100, -100) == 0
; run: @scmp_i13(127, 1) == 1
; run: @scmp_i13(128, 128) == 0
; run: @scmp_i13(4095, 1) == 1
; run: @scmp_i13(4096, 4096) == 0

declare i8 @llvm.scmp.i8.i16(i16, i16)
define i8 @scmp_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i8 @llvm.scmp.i8.i16(i16 %a.t, i16 %b.t)
  ret i8 %r
}
; run: @scmp_i16(0, 0) == 0
; run: @scmp_i16(1, 2) == -1
; run: @scmp_i16(2, 1) == 1
; run: @scmp_i16(-1, 1) == -1
; run: @scmp_i16(1, -1) == 1
; run: @scmp_i16(-1, -1) == 0
; run: @scmp_i16(-9223372036854775808, -1) == 1
; run: @scmp_i16(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @scmp_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @scmp_i16(100, -100) == 1
; run: @scmp_i16(-100, -100) == 0
; run: @scmp_i16(127, 1) == 1
; run: @scmp_i16(128, 128) == 0
; run: @scmp_i16(4095, 1) == 1
; run: @scmp_i16(32767, 32767) == 0
; run: @scmp_i16(4096, 4096) == 0

declare i8 @llvm.scmp.i8.i32(i32, i32)
define i8 @scmp_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i8 @llvm.scmp.i8.i32(i32 %a.t, i32 %b.t)
  ret i8 %r
}
; run: @scmp_i32(0, 0) == 0
; run: @scmp_i32(1, 2) == -1
; run: @scmp_i32(2, 1) == 1
; run: @scmp_i32(-1, 1) == -1
; run: @scmp_i32(1, -1) == 1
; run: @scmp_i32(-1, -1) == 0
; run: @scmp_i32(-9223372036854775808, -1) == 1
; run: @scmp_i32(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @scmp_i32(0x12345678, 0xdeadbeefcafe) == 1
; run: @scmp_i32(100, -100) == 1
; run: @scmp_i32(-100, -100) == 0
; run: @scmp_i32(127, 1) == 1
; run: @scmp_i32(128, 128) == 0
; run: @scmp_i32(4095, 1) == 1
; run: @scmp_i32(0x7fffffff, 0x7fffffff) == 0
; run: @scmp_i32(-2147483648, -2147483648) == 0
; run: @scmp_i32(32767, 32767) == 0
; run: @scmp_i32(4096, 4096) == 0

declare i8 @llvm.scmp.i8.i40(i40, i40)
define i8 @scmp_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i8 @llvm.scmp.i8.i40(i40 %a.t, i40 %b.t)
  ret i8 %r
}
; run: @scmp_i40(0, 0) == 0
; run: @scmp_i40(1, 2) == -1
; run: @scmp_i40(2, 1) == 1
; run: @scmp_i40(-1, 1) == -1
; run: @scmp_i40(1, -1) == 1
; run: @scmp_i40(-1, -1) == 0
; run: @scmp_i40(-9223372036854775808, -1) == 1
; run: @scmp_i40(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @scmp_i40(0x12345678, 0xdeadbeefcafe) == 1
; run: @scmp_i40(100, -100) == 1
; run: @scmp_i40(-100, -100) == 0
; run: @scmp_i40(127, 1) == 1
; run: @scmp_i40(128, 128) == 0
; run: @scmp_i40(4095, 1) == 1
; run: @scmp_i40(0x7fffffff, 0x7fffffff) == 0
; run: @scmp_i40(-2147483648, -2147483648) == 0
; run: @scmp_i40(32767, 32767) == 0
; run: @scmp_i40(4096, 4096) == 0

declare i8 @llvm.scmp.i8.i64(i64, i64)
define i8 @scmp_i64(i64 %a, i64 %b) {
  %r = call i8 @llvm.scmp.i8.i64(i64 %a, i64 %b)
  ret i8 %r
}
; run: @scmp_i64(0, 0) == 0
; run: @scmp_i64(1, 2) == -1
; run: @scmp_i64(2, 1) == 1
; run: @scmp_i64(-1, 1) == -1
; run: @scmp_i64(1, -1) == 1
; run: @scmp_i64(-1, -1) == 0
; run: @scmp_i64(-9223372036854775808, -1) == -1
; run: @scmp_i64(0x7fffffffffffffff, 1) == 1
; run: @scmp_i64(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @scmp_i64(0x12345678, 0xdeadbeefcafe) == -1
; run: @scmp_i64(100, -100) == 1
; run: @scmp_i64(-100, -100) == 0
; run: @scmp_i64(127, 1) == 1
; run: @scmp_i64(128, 128) == 0
; run: @scmp_i64(4095, 1) == 1
; run: @scmp_i64(0x7fffffff, 0x7fffffff) == 0
; run: @scmp_i64(-2147483648, -2147483648) == 0
; run: @scmp_i64(32767, 32767) == 0
; run: @scmp_i64(4096, 4096) == 0

declare i8 @llvm.ucmp.i8.i8(i8, i8)
define i8 @ucmp_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.ucmp.i8.i8(i8 %a.t, i8 %b.t)
  ret i8 %r
}
; run: @ucmp_i8(0, 0) == 0
; run: @ucmp_i8(1, 2) == -1
; run: @ucmp_i8(2, 1) == 1
; run: @ucmp_i8(-1, 1) == 1
; run: @ucmp_i8(1, -1) == -1
; run: @ucmp_i8(-1, -1) == 0
; run: @ucmp_i8(-9223372036854775808, -1) == -1
; run: @ucmp_i8(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ucmp_i8(0x12345678, 0xdeadbeefcafe) == -1
; run: @ucmp_i8(100, -100) == -1
; run: @ucmp_i8(-100, -100) == 0
; run: @ucmp_i8(127, 1) == 1
; run: @ucmp_i8(128, 128) == 0

declare i8 @llvm.ucmp.i8.i13(i13, i13)
define i8 @ucmp_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i8 @llvm.ucmp.i8.i13(i13 %a.t, i13 %b.t)
  ret i8 %r
}
; run: @ucmp_i13(0, 0) == 0
; run: @ucmp_i13(1, 2) == -1
; run: @ucmp_i13(2, 1) == 1
; run: @ucmp_i13(-1, 1) == 1
; run: @ucmp_i13(1, -1) == -1
; run: @ucmp_i13(-1, -1) == 0
; run: @ucmp_i13(-9223372036854775808, -1) == -1
; run: @ucmp_i13(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ucmp_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @ucmp_i13(100, -100) == -1
; run: @ucmp_i13(-100, -100) == 0
; run: @ucmp_i13(127, 1) == 1
; run: @ucmp_i13(128, 128) == 0
; run: @ucmp_i13(4095, 1) == 1
; run: @ucmp_i13(4096, 4096) == 0

declare i8 @llvm.ucmp.i8.i16(i16, i16)
define i8 @ucmp_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i8 @llvm.ucmp.i8.i16(i16 %a.t, i16 %b.t)
  ret i8 %r
}
; run: @ucmp_i16(0, 0) == 0
; run: @ucmp_i16(1, 2) == -1
; run: @ucmp_i16(2, 1) == 1
; run: @ucmp_i16(-1, 1) == 1
; run: @ucmp_i16(1, -1) == -1
; run: @ucmp_i16(-1, -1) == 0
; run: @ucmp_i16(-9223372036854775808, -1) == -1
; run: @ucmp_i16(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ucmp_i16(0x12345678, 0xdeadbeefcafe) == -1
; run: @ucmp_i16(100, -100) == -1
; run: @ucmp_i16(-100, -100) == 0
; run: @ucmp_i16(127, 1) == 1
; run: @ucmp_i16(128, 128) == 0
; run: @ucmp_i16(4095, 1) == 1
; run: @ucmp_i16(32767, 32767) == 0
; run: @ucmp_i16(4096, 4096) == 0

declare i8 @llvm.ucmp.i8.i32(i32, i32)
define i8 @ucmp_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i8 @llvm.ucmp.i8.i32(i32 %a.t, i32 %b.t)
  ret i8 %r
}
; run: @ucmp_i32(0, 0) == 0
; run: @ucmp_i32(1, 2) == -1
; run: @ucmp_i32(2, 1) == 1
; run: @ucmp_i32(-1, 1) == 1
; run: @ucmp_i32(1, -1) == -1
; run: @ucmp_i32(-1, -1) == 0
; run: @ucmp_i32(-9223372036854775808, -1) == -1
; run: @ucmp_i32(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ucmp_i32(0x12345678, 0xdeadbeefcafe) == -1
; run: @ucmp_i32(100, -100) == -1
; run: @ucmp_i32(-100, -100) == 0
; run: @ucmp_i32(127, 1) == 1
; run: @ucmp_i32(128, 128) == 0
; run: @ucmp_i32(4095, 1) == 1
; run: @ucmp_i32(0x7fffffff, 0x7fffffff) == 0
; run: @ucmp_i32(-2147483648, -2147483648) == 0
; run: @ucmp_i32(32767, 32767) == 0
; run: @ucmp_i32(4096, 4096) == 0

declare i8 @llvm.ucmp.i8.i40(i40, i40)
define i8 @ucmp_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i8 @llvm.ucmp.i8.i40(i40 %a.t, i40 %b.t)
  ret i8 %r
}
; run: @ucmp_i40(0, 0) == 0
; run: @ucmp_i40(1, 2) == -1
; run: @ucmp_i40(2, 1) == 1
; run: @ucmp_i40(-1, 1) == 1
; run: @ucmp_i40(1, -1) == -1
; run: @ucmp_i40(-1, -1) == 0
; run: @ucmp_i40(-9223372036854775808, -1) == -1
; run: @ucmp_i40(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ucmp_i40(0x12345678, 0xdeadbeefcafe) == -1
; run: @ucmp_i40(100, -100) == -1
; run: @ucmp_i40(-100, -100) == 0
; run: @ucmp_i40(127, 1) == 1
; run: @ucmp_i40(128, 128) == 0
; run: @ucmp_i40(4095, 1) == 1
; run: @ucmp_i40(0x7fffffff, 0x7fffffff) == 0
; run: @ucmp_i40(-2147483648, -2147483648) == 0
; run: @ucmp_i40(32767, 32767) == 0
; run: @ucmp_i40(4096, 4096) == 0

declare i8 @llvm.ucmp.i8.i64(i64, i64)
define i8 @ucmp_i64(i64 %a, i64 %b) {
  %r = call i8 @llvm.ucmp.i8.i64(i64 %a, i64 %b)
  ret i8 %r
}
; run: @ucmp_i64(0, 0) == 0
; run: @ucmp_i64(1, 2) == -1
; run: @ucmp_i64(2, 1) == 1
; run: @ucmp_i64(-1, 1) == 1
; run: @ucmp_i64(1, -1) == -1
; run: @ucmp_i64(-1, -1) == 0
; run: @ucmp_i64(-9223372036854775808, -1) == -1
; run: @ucmp_i64(0x7fffffffffffffff, 1) == 1
; run: @ucmp_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @ucmp_i64(0x12345678, 0xdeadbeefcafe) == -1
; run: @ucmp_i64(100, -100) == -1
; run: @ucmp_i64(-100, -100) == 0
; run: @ucmp_i64(127, 1) == 1
; run: @ucmp_i64(128, 128) == 0
; run: @ucmp_i64(4095, 1) == 1
; run: @ucmp_i64(0x7fffffff, 0x7fffffff) == 0
; run: @ucmp_i64(-2147483648, -2147483648) == 0
; run: @ucmp_i64(32767, 32767) == 0
; run: @ucmp_i64(4096, 4096) == 0
