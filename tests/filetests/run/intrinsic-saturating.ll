; Saturating `llvm.{s,u}{add,sub}.sat`: results clamp to the range of the width (signed
; or unsigned), odd widths included.
; test run

declare i8 @llvm.sadd.sat.i8(i8, i8)
define i64 @sadd_sat_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.sadd.sat.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @sadd_sat_i8(0, 0) == 0
; run: @sadd_sat_i8(1, 2) == 3
; run: @sadd_sat_i8(2, 1) == 3
; run: @sadd_sat_i8(-1, 1) == 0
; run: @sadd_sat_i8(1, -1) == 0
; run: @sadd_sat_i8(-1, -1) == 254
; run: @sadd_sat_i8(-9223372036854775808, -1) == 255
; run: @sadd_sat_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @sadd_sat_i8(0x12345678, 0xdeadbeefcafe) == 118
; run: @sadd_sat_i8(100, -100) == 0
; run: @sadd_sat_i8(-100, -100) == 128
; run: @sadd_sat_i8(127, 1) == 127
; run: @sadd_sat_i8(128, 128) == 128

declare i13 @llvm.sadd.sat.i13(i13, i13)
define i64 @sadd_sat_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.sadd.sat.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sadd_sat_i13(0, 0) == 0
; run: @sadd_sat_i13(1, 2) == 3
; run: @sadd_sat_i13(2, 1) == 3
; run: @sadd_sat_i13(-1, 1) == 0
; run: @sadd_sat_i13(1, -1) == 0
; run: @sadd_sat_i13(-1, -1) == 8190
; run: @sadd_sat_i13(-9223372036854775808, -1) == 8191
; run: @sadd_sat_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @sadd_sat_i13(0x12345678, 0xdeadbeefcafe) == 374
; run: @sadd_sat_i13(100, -100) == 0
; run: @sadd_sat_i13(-100, -100) == 7992
; run: @sadd_sat_i13(127, 1) == 128
; run: @sadd_sat_i13(128, 128) == 256
; run: @sadd_sat_i13(4095, 1) == 4095
; run: @sadd_sat_i13(4096, 4096) == 4096

declare i16 @llvm.sadd.sat.i16(i16, i16)
define i64 @sadd_sat_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.sadd.sat.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sadd_sat_i16(0, 0) == 0
; run: @sadd_sat_i16(1, 2) == 3
; run: @sadd_sat_i16(2, 1) == 3
; run: @sadd_sat_i16(-1, 1) == 0
; run: @sadd_sat_i16(1, -1) == 0
; run: @sadd_sat_i16(-1, -1) == 65534
; run: @sadd_sat_i16(-9223372036854775808, -1) == 65535
; run: @sadd_sat_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @sadd_sat_i16(0x12345678, 0xdeadbeefcafe) == 8566
; run: @sadd_sat_i16(100, -100) == 0
; run: @sadd_sat_i16(-100, -100) == 65336
; run: @sadd_sat_i16(127, 1) == 128
; run: @sadd_sat_i16(128, 128) == 256
; run: @sadd_sat_i16(4095, 1) == 4096
; run: @sadd_sat_i16(32767, 32767) == 32767
; run: @sadd_sat_i16(4096, 4096) == 8192

declare i32 @llvm.sadd.sat.i32(i32, i32)
define i64 @sadd_sat_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.sadd.sat.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sadd_sat_i32(0, 0) == 0
; run: @sadd_sat_i32(1, 2) == 3
; run: @sadd_sat_i32(2, 1) == 3
; run: @sadd_sat_i32(-1, 1) == 0
; run: @sadd_sat_i32(1, -1) == 0
; run: @sadd_sat_i32(-1, -1) == 0xfffffffe
; run: @sadd_sat_i32(-9223372036854775808, -1) == 0xffffffff
; run: @sadd_sat_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @sadd_sat_i32(0x12345678, 0xdeadbeefcafe) == 0xd1242176
; run: @sadd_sat_i32(100, -100) == 0
; run: @sadd_sat_i32(-100, -100) == 0xffffff38
; run: @sadd_sat_i32(127, 1) == 128
; run: @sadd_sat_i32(128, 128) == 256
; run: @sadd_sat_i32(4095, 1) == 4096
; run: @sadd_sat_i32(0x7fffffff, 0x7fffffff) == 0x7fffffff
; run: @sadd_sat_i32(-2147483648, -2147483648) == 0x80000000
; run: @sadd_sat_i32(32767, 32767) == 65534
; run: @sadd_sat_i32(4096, 4096) == 8192

declare i40 @llvm.sadd.sat.i40(i40, i40)
define i64 @sadd_sat_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.sadd.sat.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sadd_sat_i40(0, 0) == 0
; run: @sadd_sat_i40(1, 2) == 3
; run: @sadd_sat_i40(2, 1) == 3
; run: @sadd_sat_i40(-1, 1) == 0
; run: @sadd_sat_i40(1, -1) == 0
; run: @sadd_sat_i40(-1, -1) == 0xfffffffffe
; run: @sadd_sat_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @sadd_sat_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @sadd_sat_i40(0x12345678, 0xdeadbeefcafe) == 0xadd1242176
; run: @sadd_sat_i40(100, -100) == 0
; run: @sadd_sat_i40(-100, -100) == 0xffffffff38
; run: @sadd_sat_i40(127, 1) == 128
; run: @sadd_sat_i40(128, 128) == 256
; run: @sadd_sat_i40(4095, 1) == 4096
; run: @sadd_sat_i40(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @sadd_sat_i40(-2147483648, -2147483648) == 0xff00000000
; run: @sadd_sat_i40(32767, 32767) == 65534
; run: @sadd_sat_i40(4096, 4096) == 8192

declare i64 @llvm.sadd.sat.i64(i64, i64)
define i64 @sadd_sat_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.sadd.sat.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @sadd_sat_i64(0, 0) == 0
; run: @sadd_sat_i64(1, 2) == 3
; run: @sadd_sat_i64(2, 1) == 3
; run: @sadd_sat_i64(-1, 1) == 0
; run: @sadd_sat_i64(1, -1) == 0
; run: @sadd_sat_i64(-1, -1) == -2
; run: @sadd_sat_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @sadd_sat_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @sadd_sat_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @sadd_sat_i64(0x12345678, 0xdeadbeefcafe) == 244838119514486
; run: @sadd_sat_i64(100, -100) == 0
; run: @sadd_sat_i64(-100, -100) == -200
; run: @sadd_sat_i64(127, 1) == 128
; run: @sadd_sat_i64(128, 128) == 256
; run: @sadd_sat_i64(4095, 1) == 4096
; run: @sadd_sat_i64(0x7fffffff, 0x7fffffff) == 4294967294
; run: @sadd_sat_i64(-2147483648, -2147483648) == -4294967296
; run: @sadd_sat_i64(32767, 32767) == 65534
; run: @sadd_sat_i64(4096, 4096) == 8192

declare i8 @llvm.uadd.sat.i8(i8, i8)
define i64 @uadd_sat_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.uadd.sat.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @uadd_sat_i8(0, 0) == 0
; run: @uadd_sat_i8(1, 2) == 3
; run: @uadd_sat_i8(2, 1) == 3
; run: @uadd_sat_i8(-1, 1) == 255
; run: @uadd_sat_i8(1, -1) == 255
; run: @uadd_sat_i8(-1, -1) == 255
; run: @uadd_sat_i8(-9223372036854775808, -1) == 255
; run: @uadd_sat_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @uadd_sat_i8(0x12345678, 0xdeadbeefcafe) == 255
; run: @uadd_sat_i8(100, -100) == 255
; run: @uadd_sat_i8(-100, -100) == 255
; run: @uadd_sat_i8(127, 1) == 128
; run: @uadd_sat_i8(128, 128) == 255

declare i13 @llvm.uadd.sat.i13(i13, i13)
define i64 @uadd_sat_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.uadd.sat.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @uadd_sat_i13(0, 0) == 0
; run: @uadd_sat_i13(1, 2) == 3
; run: @uadd_sat_i13(2, 1) == 3
; run: @uadd_sat_i13(-1, 1) == 8191
; run: @uadd_sat_i13(1, -1) == 8191
; run: @uadd_sat_i13(-1, -1) == 8191
; run: @uadd_sat_i13(-9223372036854775808, -1) == 8191
; run: @uadd_sat_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @uadd_sat_i13(0x12345678, 0xdeadbeefcafe) == 8191
; run: @uadd_sat_i13(100, -100) == 8191
; run: @uadd_sat_i13(-100, -100) == 8191
; run: @uadd_sat_i13(127, 1) == 128
; run: @uadd_sat_i13(128, 128) == 256
; run: @uadd_sat_i13(4095, 1) == 4096
; run: @uadd_sat_i13(4096, 4096) == 8191

declare i16 @llvm.uadd.sat.i16(i16, i16)
define i64 @uadd_sat_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.uadd.sat.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @uadd_sat_i16(0, 0) == 0
; run: @uadd_sat_i16(1, 2) == 3
; run: @uadd_sat_i16(2, 1) == 3
; run: @uadd_sat_i16(-1, 1) == 65535
; run: @uadd_sat_i16(1, -1) == 65535
; run: @uadd_sat_i16(-1, -1) == 65535
; run: @uadd_sat_i16(-9223372036854775808, -1) == 65535
; run: @uadd_sat_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @uadd_sat_i16(0x12345678, 0xdeadbeefcafe) == 65535
; run: @uadd_sat_i16(100, -100) == 65535
; run: @uadd_sat_i16(-100, -100) == 65535
; run: @uadd_sat_i16(127, 1) == 128
; run: @uadd_sat_i16(128, 128) == 256
; run: @uadd_sat_i16(4095, 1) == 4096
; run: @uadd_sat_i16(32767, 32767) == 65534
; run: @uadd_sat_i16(4096, 4096) == 8192

declare i32 @llvm.uadd.sat.i32(i32, i32)
define i64 @uadd_sat_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.uadd.sat.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @uadd_sat_i32(0, 0) == 0
; run: @uadd_sat_i32(1, 2) == 3
; run: @uadd_sat_i32(2, 1) == 3
; run: @uadd_sat_i32(-1, 1) == 0xffffffff
; run: @uadd_sat_i32(1, -1) == 0xffffffff
; run: @uadd_sat_i32(-1, -1) == 0xffffffff
; run: @uadd_sat_i32(-9223372036854775808, -1) == 0xffffffff
; run: @uadd_sat_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @uadd_sat_i32(0x12345678, 0xdeadbeefcafe) == 0xd1242176
; run: @uadd_sat_i32(100, -100) == 0xffffffff
; run: @uadd_sat_i32(-100, -100) == 0xffffffff
; run: @uadd_sat_i32(127, 1) == 128
; run: @uadd_sat_i32(128, 128) == 256
; run: @uadd_sat_i32(4095, 1) == 4096
; run: @uadd_sat_i32(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @uadd_sat_i32(-2147483648, -2147483648) == 0xffffffff
; run: @uadd_sat_i32(32767, 32767) == 65534
; run: @uadd_sat_i32(4096, 4096) == 8192

declare i40 @llvm.uadd.sat.i40(i40, i40)
define i64 @uadd_sat_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.uadd.sat.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @uadd_sat_i40(0, 0) == 0
; run: @uadd_sat_i40(1, 2) == 3
; run: @uadd_sat_i40(2, 1) == 3
; run: @uadd_sat_i40(-1, 1) == 0xffffffffff
; run: @uadd_sat_i40(1, -1) == 0xffffffffff
; run: @uadd_sat_i40(-1, -1) == 0xffffffffff
; run: @uadd_sat_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @uadd_sat_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @uadd_sat_i40(0x12345678, 0xdeadbeefcafe) == 0xadd1242176
; run: @uadd_sat_i40(100, -100) == 0xffffffffff
; run: @uadd_sat_i40(-100, -100) == 0xffffffffff
; run: @uadd_sat_i40(127, 1) == 128
; run: @uadd_sat_i40(128, 128) == 256
; run: @uadd_sat_i40(4095, 1) == 4096
; run: @uadd_sat_i40(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @uadd_sat_i40(-2147483648, -2147483648) == 0xffffffffff
; run: @uadd_sat_i40(32767, 32767) == 65534
; run: @uadd_sat_i40(4096, 4096) == 8192

declare i64 @llvm.uadd.sat.i64(i64, i64)
define i64 @uadd_sat_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.uadd.sat.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @uadd_sat_i64(0, 0) == 0
; run: @uadd_sat_i64(1, 2) == 3
; run: @uadd_sat_i64(2, 1) == 3
; run: @uadd_sat_i64(-1, 1) == -1
; run: @uadd_sat_i64(1, -1) == -1
; run: @uadd_sat_i64(-1, -1) == -1
; run: @uadd_sat_i64(-9223372036854775808, -1) == -1
; run: @uadd_sat_i64(0x7fffffffffffffff, 1) == -9223372036854775808
; run: @uadd_sat_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @uadd_sat_i64(0x12345678, 0xdeadbeefcafe) == 244838119514486
; run: @uadd_sat_i64(100, -100) == -1
; run: @uadd_sat_i64(-100, -100) == -1
; run: @uadd_sat_i64(127, 1) == 128
; run: @uadd_sat_i64(128, 128) == 256
; run: @uadd_sat_i64(4095, 1) == 4096
; run: @uadd_sat_i64(0x7fffffff, 0x7fffffff) == 4294967294
; run: @uadd_sat_i64(-2147483648, -2147483648) == -1
; run: @uadd_sat_i64(32767, 32767) == 65534
; run: @uadd_sat_i64(4096, 4096) == 8192

declare i8 @llvm.ssub.sat.i8(i8, i8)
define i64 @ssub_sat_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.ssub.sat.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @ssub_sat_i8(0, 0) == 0
; run: @ssub_sat_i8(1, 2) == 255
; run: @ssub_sat_i8(2, 1) == 1
; run: @ssub_sat_i8(-1, 1) == 254
; run: @ssub_sat_i8(1, -1) == 2
; run: @ssub_sat_i8(-1, -1) == 0
; run: @ssub_sat_i8(-9223372036854775808, -1) == 1
; run: @ssub_sat_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @ssub_sat_i8(0x12345678, 0xdeadbeefcafe) == 122
; run: @ssub_sat_i8(100, -100) == 127
; run: @ssub_sat_i8(-100, -100) == 0
; run: @ssub_sat_i8(127, 1) == 126
; run: @ssub_sat_i8(128, 128) == 0

declare i13 @llvm.ssub.sat.i13(i13, i13)
define i64 @ssub_sat_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.ssub.sat.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @ssub_sat_i13(0, 0) == 0
; run: @ssub_sat_i13(1, 2) == 8191
; run: @ssub_sat_i13(2, 1) == 1
; run: @ssub_sat_i13(-1, 1) == 8190
; run: @ssub_sat_i13(1, -1) == 2
; run: @ssub_sat_i13(-1, -1) == 0
; run: @ssub_sat_i13(-9223372036854775808, -1) == 1
; run: @ssub_sat_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @ssub_sat_i13(0x12345678, 0xdeadbeefcafe) == 4096
; run: @ssub_sat_i13(100, -100) == 200
; run: @ssub_sat_i13(-100, -100) == 0
; run: @ssub_sat_i13(127, 1) == 126
; run: @ssub_sat_i13(128, 128) == 0
; run: @ssub_sat_i13(4095, 1) == 4094
; run: @ssub_sat_i13(4096, 4096) == 0

declare i16 @llvm.ssub.sat.i16(i16, i16)
define i64 @ssub_sat_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.ssub.sat.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @ssub_sat_i16(0, 0) == 0
; run: @ssub_sat_i16(1, 2) == 65535
; run: @ssub_sat_i16(2, 1) == 1
; run: @ssub_sat_i16(-1, 1) == 65534
; run: @ssub_sat_i16(1, -1) == 2
; run: @ssub_sat_i16(-1, -1) == 0
; run: @ssub_sat_i16(-9223372036854775808, -1) == 1
; run: @ssub_sat_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @ssub_sat_i16(0x12345678, 0xdeadbeefcafe) == 32767
; run: @ssub_sat_i16(100, -100) == 200
; run: @ssub_sat_i16(-100, -100) == 0
; run: @ssub_sat_i16(127, 1) == 126
; run: @ssub_sat_i16(128, 128) == 0
; run: @ssub_sat_i16(4095, 1) == 4094
; run: @ssub_sat_i16(32767, 32767) == 0
; run: @ssub_sat_i16(4096, 4096) == 0

declare i32 @llvm.ssub.sat.i32(i32, i32)
define i64 @ssub_sat_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.ssub.sat.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @ssub_sat_i32(0, 0) == 0
; run: @ssub_sat_i32(1, 2) == 0xffffffff
; run: @ssub_sat_i32(2, 1) == 1
; run: @ssub_sat_i32(-1, 1) == 0xfffffffe
; run: @ssub_sat_i32(1, -1) == 2
; run: @ssub_sat_i32(-1, -1) == 0
; run: @ssub_sat_i32(-9223372036854775808, -1) == 1
; run: @ssub_sat_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @ssub_sat_i32(0x12345678, 0xdeadbeefcafe) == 0x53448b7a
; run: @ssub_sat_i32(100, -100) == 200
; run: @ssub_sat_i32(-100, -100) == 0
; run: @ssub_sat_i32(127, 1) == 126
; run: @ssub_sat_i32(128, 128) == 0
; run: @ssub_sat_i32(4095, 1) == 4094
; run: @ssub_sat_i32(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_sat_i32(-2147483648, -2147483648) == 0
; run: @ssub_sat_i32(32767, 32767) == 0
; run: @ssub_sat_i32(4096, 4096) == 0

declare i40 @llvm.ssub.sat.i40(i40, i40)
define i64 @ssub_sat_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.ssub.sat.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @ssub_sat_i40(0, 0) == 0
; run: @ssub_sat_i40(1, 2) == 0xffffffffff
; run: @ssub_sat_i40(2, 1) == 1
; run: @ssub_sat_i40(-1, 1) == 0xfffffffffe
; run: @ssub_sat_i40(1, -1) == 2
; run: @ssub_sat_i40(-1, -1) == 0
; run: @ssub_sat_i40(-9223372036854775808, -1) == 1
; run: @ssub_sat_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @ssub_sat_i40(0x12345678, 0xdeadbeefcafe) == 0x5253448b7a
; run: @ssub_sat_i40(100, -100) == 200
; run: @ssub_sat_i40(-100, -100) == 0
; run: @ssub_sat_i40(127, 1) == 126
; run: @ssub_sat_i40(128, 128) == 0
; run: @ssub_sat_i40(4095, 1) == 4094
; run: @ssub_sat_i40(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_sat_i40(-2147483648, -2147483648) == 0
; run: @ssub_sat_i40(32767, 32767) == 0
; run: @ssub_sat_i40(4096, 4096) == 0

declare i64 @llvm.ssub.sat.i64(i64, i64)
define i64 @ssub_sat_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.ssub.sat.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @ssub_sat_i64(0, 0) == 0
; run: @ssub_sat_i64(1, 2) == -1
; run: @ssub_sat_i64(2, 1) == 1
; run: @ssub_sat_i64(-1, 1) == -2
; run: @ssub_sat_i64(1, -1) == 2
; run: @ssub_sat_i64(-1, -1) == 0
; run: @ssub_sat_i64(-9223372036854775808, -1) == -9223372036854775807
; run: @ssub_sat_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @ssub_sat_i64(0x7fffffffffffffff, -9223372036854775808) == 9223372036854775807
; run: @ssub_sat_i64(0x12345678, 0xdeadbeefcafe) == -244837508674694
; run: @ssub_sat_i64(100, -100) == 200
; run: @ssub_sat_i64(-100, -100) == 0
; run: @ssub_sat_i64(127, 1) == 126
; run: @ssub_sat_i64(128, 128) == 0
; run: @ssub_sat_i64(4095, 1) == 4094
; run: @ssub_sat_i64(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_sat_i64(-2147483648, -2147483648) == 0
; run: @ssub_sat_i64(32767, 32767) == 0
; run: @ssub_sat_i64(4096, 4096) == 0

declare i8 @llvm.usub.sat.i8(i8, i8)
define i64 @usub_sat_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %r = call i8 @llvm.usub.sat.i8(i8 %a.t, i8 %b.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @usub_sat_i8(0, 0) == 0
; run: @usub_sat_i8(1, 2) == 0
; run: @usub_sat_i8(2, 1) == 1
; run: @usub_sat_i8(-1, 1) == 254
; run: @usub_sat_i8(1, -1) == 0
; run: @usub_sat_i8(-1, -1) == 0
; run: @usub_sat_i8(-9223372036854775808, -1) == 0
; run: @usub_sat_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @usub_sat_i8(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_sat_i8(100, -100) == 0
; run: @usub_sat_i8(-100, -100) == 0
; run: @usub_sat_i8(127, 1) == 126
; run: @usub_sat_i8(128, 128) == 0

declare i13 @llvm.usub.sat.i13(i13, i13)
define i64 @usub_sat_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %r = call i13 @llvm.usub.sat.i13(i13 %a.t, i13 %b.t)
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @usub_sat_i13(0, 0) == 0
; run: @usub_sat_i13(1, 2) == 0
; run: @usub_sat_i13(2, 1) == 1
; run: @usub_sat_i13(-1, 1) == 8190
; run: @usub_sat_i13(1, -1) == 0
; run: @usub_sat_i13(-1, -1) == 0
; run: @usub_sat_i13(-9223372036854775808, -1) == 0
; run: @usub_sat_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @usub_sat_i13(0x12345678, 0xdeadbeefcafe) == 2938
; run: @usub_sat_i13(100, -100) == 0
; run: @usub_sat_i13(-100, -100) == 0
; run: @usub_sat_i13(127, 1) == 126
; run: @usub_sat_i13(128, 128) == 0
; run: @usub_sat_i13(4095, 1) == 4094
; run: @usub_sat_i13(4096, 4096) == 0

declare i16 @llvm.usub.sat.i16(i16, i16)
define i64 @usub_sat_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %r = call i16 @llvm.usub.sat.i16(i16 %a.t, i16 %b.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @usub_sat_i16(0, 0) == 0
; run: @usub_sat_i16(1, 2) == 0
; run: @usub_sat_i16(2, 1) == 1
; run: @usub_sat_i16(-1, 1) == 65534
; run: @usub_sat_i16(1, -1) == 0
; run: @usub_sat_i16(-1, -1) == 0
; run: @usub_sat_i16(-9223372036854775808, -1) == 0
; run: @usub_sat_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @usub_sat_i16(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_sat_i16(100, -100) == 0
; run: @usub_sat_i16(-100, -100) == 0
; run: @usub_sat_i16(127, 1) == 126
; run: @usub_sat_i16(128, 128) == 0
; run: @usub_sat_i16(4095, 1) == 4094
; run: @usub_sat_i16(32767, 32767) == 0
; run: @usub_sat_i16(4096, 4096) == 0

declare i32 @llvm.usub.sat.i32(i32, i32)
define i64 @usub_sat_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %r = call i32 @llvm.usub.sat.i32(i32 %a.t, i32 %b.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @usub_sat_i32(0, 0) == 0
; run: @usub_sat_i32(1, 2) == 0
; run: @usub_sat_i32(2, 1) == 1
; run: @usub_sat_i32(-1, 1) == 0xfffffffe
; run: @usub_sat_i32(1, -1) == 0
; run: @usub_sat_i32(-1, -1) == 0
; run: @usub_sat_i32(-9223372036854775808, -1) == 0
; run: @usub_sat_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @usub_sat_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_sat_i32(100, -100) == 0
; run: @usub_sat_i32(-100, -100) == 0
; run: @usub_sat_i32(127, 1) == 126
; run: @usub_sat_i32(128, 128) == 0
; run: @usub_sat_i32(4095, 1) == 4094
; run: @usub_sat_i32(0x7fffffff, 0x7fffffff) == 0
; run: @usub_sat_i32(-2147483648, -2147483648) == 0
; run: @usub_sat_i32(32767, 32767) == 0
; run: @usub_sat_i32(4096, 4096) == 0

declare i40 @llvm.usub.sat.i40(i40, i40)
define i64 @usub_sat_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %r = call i40 @llvm.usub.sat.i40(i40 %a.t, i40 %b.t)
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @usub_sat_i40(0, 0) == 0
; run: @usub_sat_i40(1, 2) == 0
; run: @usub_sat_i40(2, 1) == 1
; run: @usub_sat_i40(-1, 1) == 0xfffffffffe
; run: @usub_sat_i40(1, -1) == 0
; run: @usub_sat_i40(-1, -1) == 0
; run: @usub_sat_i40(-9223372036854775808, -1) == 0
; run: @usub_sat_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @usub_sat_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_sat_i40(100, -100) == 0
; run: @usub_sat_i40(-100, -100) == 0
; run: @usub_sat_i40(127, 1) == 126
; run: @usub_sat_i40(128, 128) == 0
; run: @usub_sat_i40(4095, 1) == 4094
; run: @usub_sat_i40(0x7fffffff, 0x7fffffff) == 0
; run: @usub_sat_i40(-2147483648, -2147483648) == 0
; run: @usub_sat_i40(32767, 32767) == 0
; run: @usub_sat_i40(4096, 4096) == 0

declare i64 @llvm.usub.sat.i64(i64, i64)
define i64 @usub_sat_i64(i64 %a, i64 %b) {
  %r = call i64 @llvm.usub.sat.i64(i64 %a, i64 %b)
  ret i64 %r
}
; run: @usub_sat_i64(0, 0) == 0
; run: @usub_sat_i64(1, 2) == 0
; run: @usub_sat_i64(2, 1) == 1
; run: @usub_sat_i64(-1, 1) == -2
; run: @usub_sat_i64(1, -1) == 0
; run: @usub_sat_i64(-1, -1) == 0
; run: @usub_sat_i64(-9223372036854775808, -1) == 0
; run: @usub_sat_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @usub_sat_i64(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_sat_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_sat_i64(100, -100) == 0
; run: @usub_sat_i64(-100, -100) == 0
; run: @usub_sat_i64(127, 1) == 126
; run: @usub_sat_i64(128, 128) == 0
; run: @usub_sat_i64(4095, 1) == 4094
; run: @usub_sat_i64(0x7fffffff, 0x7fffffff) == 0
; run: @usub_sat_i64(-2147483648, -2147483648) == 0
; run: @usub_sat_i64(32767, 32767) == 0
; run: @usub_sat_i64(4096, 4096) == 0
