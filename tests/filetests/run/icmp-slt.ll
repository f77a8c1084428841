; `icmp slt` (signed less than) at widths 1 to 64, on i64 operands truncated to the
; width, in two forms: the i1 zero-extended as a value (`slt_iN`), and the i1 deciding a
; branch (`slt_iN_br`), which a backend may fuse with the compare.
; test run

define i64 @slt_i1(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %c = icmp slt i1 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i1(0, 0) == 0
; run: @slt_i1(1, 2) == 1
; run: @slt_i1(2, 1) == 0
; run: @slt_i1(-1, 1) == 0

define i64 @slt_i1_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i1
  %b.t = trunc i64 %b to i1
  %c = icmp slt i1 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i1_br(0, 0) == 0
; run: @slt_i1_br(1, 2) == 1
; run: @slt_i1_br(2, 1) == 0
; run: @slt_i1_br(-1, 1) == 0

define i64 @slt_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %c = icmp slt i8 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i8(0, 0) == 0
; run: @slt_i8(1, 2) == 1
; run: @slt_i8(2, 1) == 0
; run: @slt_i8(-1, 1) == 1
; run: @slt_i8(1, -1) == 0
; run: @slt_i8(-1, -1) == 0
; run: @slt_i8(-2, -1) == 1
; run: @slt_i8(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i8(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i8(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i8(100, -100) == 0
; run: @slt_i8(-100, 100) == 1
; run: @slt_i8(7, 7) == 0

define i64 @slt_i8_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %c = icmp slt i8 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i8_br(0, 0) == 0
; run: @slt_i8_br(1, 2) == 1
; run: @slt_i8_br(2, 1) == 0
; run: @slt_i8_br(-1, 1) == 1
; run: @slt_i8_br(1, -1) == 0
; run: @slt_i8_br(-1, -1) == 0
; run: @slt_i8_br(-2, -1) == 1
; run: @slt_i8_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i8_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i8_br(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i8_br(100, -100) == 0
; run: @slt_i8_br(-100, 100) == 1
; run: @slt_i8_br(7, 7) == 0

define i64 @slt_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %c = icmp slt i13 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i13(0, 0) == 0
; run: @slt_i13(1, 2) == 1
; run: @slt_i13(2, 1) == 0
; run: @slt_i13(-1, 1) == 1
; run: @slt_i13(1, -1) == 0
; run: @slt_i13(-1, -1) == 0
; run: @slt_i13(-2, -1) == 1
; run: @slt_i13(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i13(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @slt_i13(100, -100) == 0
; run: @slt_i13(-100, 100) == 1
; run: @slt_i13(7, 7) == 0
; run: @slt_i13(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i13_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %c = icmp slt i13 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i13_br(0, 0) == 0
; run: @slt_i13_br(1, 2) == 1
; run: @slt_i13_br(2, 1) == 0
; run: @slt_i13_br(-1, 1) == 1
; run: @slt_i13_br(1, -1) == 0
; run: @slt_i13_br(-1, -1) == 0
; run: @slt_i13_br(-2, -1) == 1
; run: @slt_i13_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i13_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i13_br(0x12345678, 0xdeadbeefcafe) == 1
; run: @slt_i13_br(100, -100) == 0
; run: @slt_i13_br(-100, 100) == 1
; run: @slt_i13_br(7, 7) == 0
; run: @slt_i13_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %c = icmp slt i16 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i16(0, 0) == 0
; run: @slt_i16(1, 2) == 1
; run: @slt_i16(2, 1) == 0
; run: @slt_i16(-1, 1) == 1
; run: @slt_i16(1, -1) == 0
; run: @slt_i16(-1, -1) == 0
; run: @slt_i16(-2, -1) == 1
; run: @slt_i16(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i16(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i16(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i16(100, -100) == 0
; run: @slt_i16(-100, 100) == 1
; run: @slt_i16(7, 7) == 0
; run: @slt_i16(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i16_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %c = icmp slt i16 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i16_br(0, 0) == 0
; run: @slt_i16_br(1, 2) == 1
; run: @slt_i16_br(2, 1) == 0
; run: @slt_i16_br(-1, 1) == 1
; run: @slt_i16_br(1, -1) == 0
; run: @slt_i16_br(-1, -1) == 0
; run: @slt_i16_br(-2, -1) == 1
; run: @slt_i16_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i16_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i16_br(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i16_br(100, -100) == 0
; run: @slt_i16_br(-100, 100) == 1
; run: @slt_i16_br(7, 7) == 0
; run: @slt_i16_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i24(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %c = icmp slt i24 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i24(0, 0) == 0
; run: @slt_i24(1, 2) == 1
; run: @slt_i24(2, 1) == 0
; run: @slt_i24(-1, 1) == 1
; run: @slt_i24(1, -1) == 0
; run: @slt_i24(-1, -1) == 0
; run: @slt_i24(-2, -1) == 1
; run: @slt_i24(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i24(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i24(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i24(100, -100) == 0
; run: @slt_i24(-100, 100) == 1
; run: @slt_i24(7, 7) == 0
; run: @slt_i24(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i24_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i24
  %b.t = trunc i64 %b to i24
  %c = icmp slt i24 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i24_br(0, 0) == 0
; run: @slt_i24_br(1, 2) == 1
; run: @slt_i24_br(2, 1) == 0
; run: @slt_i24_br(-1, 1) == 1
; run: @slt_i24_br(1, -1) == 0
; run: @slt_i24_br(-1, -1) == 0
; run: @slt_i24_br(-2, -1) == 1
; run: @slt_i24_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i24_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i24_br(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i24_br(100, -100) == 0
; run: @slt_i24_br(-100, 100) == 1
; run: @slt_i24_br(7, 7) == 0
; run: @slt_i24_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %c = icmp slt i32 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i32(0, 0) == 0
; run: @slt_i32(1, 2) == 1
; run: @slt_i32(2, 1) == 0
; run: @slt_i32(-1, 1) == 1
; run: @slt_i32(1, -1) == 0
; run: @slt_i32(-1, -1) == 0
; run: @slt_i32(-2, -1) == 1
; run: @slt_i32(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i32(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i32(100, -100) == 0
; run: @slt_i32(-100, 100) == 1
; run: @slt_i32(7, 7) == 0
; run: @slt_i32(-2147483648, 0x7fffffff) == 1
; run: @slt_i32(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i32_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %c = icmp slt i32 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i32_br(0, 0) == 0
; run: @slt_i32_br(1, 2) == 1
; run: @slt_i32_br(2, 1) == 0
; run: @slt_i32_br(-1, 1) == 1
; run: @slt_i32_br(1, -1) == 0
; run: @slt_i32_br(-1, -1) == 0
; run: @slt_i32_br(-2, -1) == 1
; run: @slt_i32_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i32_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i32_br(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i32_br(100, -100) == 0
; run: @slt_i32_br(-100, 100) == 1
; run: @slt_i32_br(7, 7) == 0
; run: @slt_i32_br(-2147483648, 0x7fffffff) == 1
; run: @slt_i32_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %c = icmp slt i40 %a.t, %b.t
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i40(0, 0) == 0
; run: @slt_i40(1, 2) == 1
; run: @slt_i40(2, 1) == 0
; run: @slt_i40(-1, 1) == 1
; run: @slt_i40(1, -1) == 0
; run: @slt_i40(-1, -1) == 0
; run: @slt_i40(-2, -1) == 1
; run: @slt_i40(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i40(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i40(100, -100) == 0
; run: @slt_i40(-100, 100) == 1
; run: @slt_i40(7, 7) == 0
; run: @slt_i40(-2147483648, 0x7fffffff) == 1
; run: @slt_i40(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i40_br(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %c = icmp slt i40 %a.t, %b.t
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i40_br(0, 0) == 0
; run: @slt_i40_br(1, 2) == 1
; run: @slt_i40_br(2, 1) == 0
; run: @slt_i40_br(-1, 1) == 1
; run: @slt_i40_br(1, -1) == 0
; run: @slt_i40_br(-1, -1) == 0
; run: @slt_i40_br(-2, -1) == 1
; run: @slt_i40_br(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @slt_i40_br(-9223372036854775808, 0x7fffffffffffffff) == 0
; run: @slt_i40_br(0x12345678, 0xdeadbeefcafe) == 0
; run: @slt_i40_br(100, -100) == 0
; run: @slt_i40_br(-100, 100) == 1
; run: @slt_i40_br(7, 7) == 0
; run: @slt_i40_br(-2147483648, 0x7fffffff) == 1
; run: @slt_i40_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i64(i64 %a, i64 %b) {
  %c = icmp slt i64 %a, %b
  %z = zext i1 %c to i64
  ret i64 %z
}
; run: @slt_i64(0, 0) == 0
; run: @slt_i64(1, 2) == 1
; run: @slt_i64(2, 1) == 0
; run: @slt_i64(-1, 1) == 1
; run: @slt_i64(1, -1) == 0
; run: @slt_i64(-1, -1) == 0
; run: @slt_i64(-2, -1) == 1
; run: @slt_i64(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @slt_i64(-9223372036854775808, 0x7fffffffffffffff) == 1
; run: @slt_i64(0x12345678, 0xdeadbeefcafe) == 1
; run: @slt_i64(100, -100) == 0
; run: @slt_i64(-100, 100) == 1
; run: @slt_i64(7, 7) == 0
; run: @slt_i64(-2147483648, 0x7fffffff) == 1
; run: @slt_i64(0xdeadbeefcafe, 0xdeadbeefcaff) == 1

define i64 @slt_i64_br(i64 %a, i64 %b) {
  %c = icmp slt i64 %a, %b
  br i1 %c, label %yes, label %no
yes:
  ret i64 1
no:
  ret i64 0
}
; run: @slt_i64_br(0, 0) == 0
; run: @slt_i64_br(1, 2) == 1
; run: @slt_i64_br(2, 1) == 0
; run: @slt_i64_br(-1, 1) == 1
; run: @slt_i64_br(1, -1) == 0
; run: @slt_i64_br(-1, -1) == 0
; run: @slt_i64_br(-2, -1) == 1
; run: @slt_i64_br(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @slt_i64_br(-9223372036854775808, 0x7fffffffffffffff) == 1
; run: @slt_i64_br(0x12345678, 0xdeadbeefcafe) == 1
; run: @slt_i64_br(100, -100) == 0
; run: @slt_i64_br(-100, 100) == 1
; run: @slt_i64_br(7, 7) == 0
; run: @slt_i64_br(-2147483648, 0x7fffffff) == 1
; run: @slt_i64_br(0xdeadbeefcafe, 0xdeadbeefcaff) == 1
