; `llvm.abs` with `is_int_min_poison` false: the absolute value, and INT_MIN unchanged.
; test run

declare i8 @llvm.abs.i8(i8, i1)
define i64 @abs_i8(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = call i8 @llvm.abs.i8(i8 %a.t, i1 false)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @abs_i8(0) == 0
; run: @abs_i8(1) == 1
; run: @abs_i8(2) == 2
; run: @abs_i8(-1) == 1
; run: @abs_i8(128) == 128
; run: @abs_i8(0x12345678) == 120
; run: @abs_i8(0xdeadbeefcafe) == 2
; run: @abs_i8(61680) == 16
; run: @abs_i8(90) == 90

declare i13 @llvm.abs.i13(i13, i1)
define i64 @abs_i13(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = call i13 @llvm.abs.i13(i13 %a.t, i1 false)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @abs_i13(0) == 0
; run: @abs_i13(1) == 1
; run: @abs_i13(2) == 2
; run: @abs_i13(-1) == 1
; run: @abs_i13(128) == 128
; run: @abs_i13(0x12345678) == 2440
; run: @abs_i13(0xdeadbeefcafe) == 2814
; run: @abs_i13(4096) == 4096
; run: @abs_i13(61680) == 3856
; run: @abs_i13(90) == 90

declare i16 @llvm.abs.i16(i16, i1)
define i64 @abs_i16(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = call i16 @llvm.abs.i16(i16 %a.t, i1 false)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @abs_i16(0) == 0
; run: @abs_i16(1) == 1
; run: @abs_i16(2) == 2
; run: @abs_i16(-1) == 1
; run: @abs_i16(128) == 128
; run: @abs_i16(0x12345678) == 22136
; run: @abs_i16(0xdeadbeefcafe) == 13570
; run: @abs_i16(4096) == 4096
; run: @abs_i16(61680) == 3856
; run: @abs_i16(90) == 90

declare i32 @llvm.abs.i32(i32, i1)
define i64 @abs_i32(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = call i32 @llvm.abs.i32(i32 %a.t, i1 false)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @abs_i32(0) == 0
; run: @abs_i32(1) == 1
; run: @abs_i32(2) == 2
; run: @abs_i32(-1) == 1
; run: @abs_i32(128) == 128
; run: @abs_i32(0x12345678) == 0x12345678
; run: @abs_i32(0xdeadbeefcafe) == 0x41103502
; run: @abs_i32(-2147483648) == 0x80000000
; run: @abs_i32(4096) == 4096
; run: @abs_i32(61680) == 61680
; run: @abs_i32(90) == 90

declare i40 @llvm.abs.i40(i40, i1)
define i64 @abs_i40(i64 %a) {
  %a.t = trunc i64 %a to i40
  %r = call i40 @llvm.abs.i40(i40 %a.t, i1 false)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @abs_i40(0) == 0
; run: @abs_i40(1) == 1
; run: @abs_i40(2) == 2
; run: @abs_i40(-1) == 1
; run: @abs_i40(128) == 128
; run: @abs_i40(0x12345678) == 0x12345678
; run: @abs_i40(0xdeadbeefcafe) == 0x5241103502
; run: @abs_i40(-2147483648) == 0x80000000
; run: @abs_i40(4096) == 4096
; run: @abs_i40(61680) == 61680
; run: @abs_i40(90) == 90

declare i64 @llvm.abs.i64(i64, i1)
define i64 @abs_i64(i64 %a) {
  %r = call i64 @llvm.abs.i64(i64 %a, i1 false)
  ret i64 %r
}
; run: @abs_i64(0) == 0
; run: @abs_i64(1) == 1
; run: @abs_i64(2) == 2
; run: @abs_i64(-1) == 1
; run: @abs_i64(128) == 128
; run: @abs_i64(0x12345678) == 305419896
; run: @abs_i64(0xdeadbeefcafe) == 244837814094590
; run: @abs_i64(-2147483648) == 2147483648
; run: @abs_i64(-9223372036854775808) == -9223372036854775808
; run: @abs_i64(0x7fffffffffffffff) == 9223372036854775807
; run: @abs_i64(4096) == 4096
; run: @abs_i64(61680) == 61680
; run: @abs_i64(90) == 90
