; `llvm.{s,u}{add,sub,mul}.with.overflow`: the wrapped result (`OP_o0_iN`) and the
; overflow flag (`OP_o1_iN`) at widths 8 to 64, odd ones included (the flag is about the
; width, not the register).
; test run

declare {i8, i1} @llvm.sadd.with.overflow.i8(i8, i8)
define i64 @sadd_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @sadd_o0_i8(0, 0) == 0
; run: @sadd_o0_i8(1, 2) == 3
; run: @sadd_o0_i8(2, 1) == 3
; run: @sadd_o0_i8(-1, 1) == 0
; run: @sadd_o0_i8(1, -1) == 0
; run: @sadd_o0_i8(-1, -1) == 254
; run: @sadd_o0_i8(-9223372036854775808, -1) == 255
; run: @sadd_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @sadd_o0_i8(0x12345678, 0xdeadbeefcafe) == 118
; run: @sadd_o0_i8(100, -100) == 0
; run: @sadd_o0_i8(-100, -100) == 56
; run: @sadd_o0_i8(127, 1) == 128
; run: @sadd_o0_i8(128, 128) == 0
define i64 @sadd_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.sadd.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i8(0, 0) == 0
; run: @sadd_o1_i8(1, 2) == 0
; run: @sadd_o1_i8(2, 1) == 0
; run: @sadd_o1_i8(-1, 1) == 0
; run: @sadd_o1_i8(1, -1) == 0
; run: @sadd_o1_i8(-1, -1) == 0
; run: @sadd_o1_i8(-9223372036854775808, -1) == 0
; run: @sadd_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i8(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i8(100, -100) == 0
; run: @sadd_o1_i8(-100, -100) == 1
; run: @sadd_o1_i8(127, 1) == 1
; run: @sadd_o1_i8(128, 128) == 1

declare {i13, i1} @llvm.sadd.with.overflow.i13(i13, i13)
define i64 @sadd_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.sadd.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @sadd_o0_i13(0, 0) == 0
; run: @sadd_o0_i13(1, 2) == 3
; run: @sadd_o0_i13(2, 1) == 3
; run: @sadd_o0_i13(-1, 1) == 0
; run: @sadd_o0_i13(1, -1) == 0
; run: @sadd_o0_i13(-1, -1) == 8190
; run: @sadd_o0_i13(-9223372036854775808, -1) == 8191
; run: @sadd_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @sadd_o0_i13(0x12345678, 0xdeadbeefcafe) == 374
; run: @sadd_o0_i13(100, -100) == 0
; run: @sadd_o0_i13(-100, -100) == 7992
; run: @sadd_o0_i13(127, 1) == 128
; run: @sadd_o0_i13(128, 128) == 256
; run: @sadd_o0_i13(4095, 1) == 4096
; run: @sadd_o0_i13(4096, 4096) == 0
define i64 @sadd_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.sadd.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i13(0, 0) == 0
; run: @sadd_o1_i13(1, 2) == 0
; run: @sadd_o1_i13(2, 1) == 0
; run: @sadd_o1_i13(-1, 1) == 0
; run: @sadd_o1_i13(1, -1) == 0
; run: @sadd_o1_i13(-1, -1) == 0
; run: @sadd_o1_i13(-9223372036854775808, -1) == 0
; run: @sadd_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i13(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i13(100, -100) == 0
; run: @sadd_o1_i13(-100, -100) == 0
; run: @sadd_o1_i13(127, 1) == 0
; run: @sadd_o1_i13(128, 128) == 0
; run: @sadd_o1_i13(4095, 1) == 1
; run: @sadd_o1_i13(4096, 4096) == 1

declare {i16, i1} @llvm.sadd.with.overflow.i16(i16, i16)
define i64 @sadd_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @sadd_o0_i16(0, 0) == 0
; run: @sadd_o0_i16(1, 2) == 3
; run: @sadd_o0_i16(2, 1) == 3
; run: @sadd_o0_i16(-1, 1) == 0
; run: @sadd_o0_i16(1, -1) == 0
; run: @sadd_o0_i16(-1, -1) == 65534
; run: @sadd_o0_i16(-9223372036854775808, -1) == 65535
; run: @sadd_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @sadd_o0_i16(0x12345678, 0xdeadbeefcafe) == 8566
; run: @sadd_o0_i16(100, -100) == 0
; run: @sadd_o0_i16(-100, -100) == 65336
; run: @sadd_o0_i16(127, 1) == 128
; run: @sadd_o0_i16(128, 128) == 256
; run: @sadd_o0_i16(4095, 1) == 4096
; run: @sadd_o0_i16(32767, 32767) == 65534
; run: @sadd_o0_i16(4096, 4096) == 8192
define i64 @sadd_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.sadd.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i16(0, 0) == 0
; run: @sadd_o1_i16(1, 2) == 0
; run: @sadd_o1_i16(2, 1) == 0
; run: @sadd_o1_i16(-1, 1) == 0
; run: @sadd_o1_i16(1, -1) == 0
; run: @sadd_o1_i16(-1, -1) == 0
; run: @sadd_o1_i16(-9223372036854775808, -1) == 0
; run: @sadd_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i16(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i16(100, -100) == 0
; run: @sadd_o1_i16(-100, -100) == 0
; run: @sadd_o1_i16(127, 1) == 0
; run: @sadd_o1_i16(128, 128) == 0
; run: @sadd_o1_i16(4095, 1) == 0
; run: @sadd_o1_i16(32767, 32767) == 1
; run: @sadd_o1_i16(4096, 4096) == 0

declare {i32, i1} @llvm.sadd.with.overflow.i32(i32, i32)
define i64 @sadd_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @sadd_o0_i32(0, 0) == 0
; run: @sadd_o0_i32(1, 2) == 3
; run: @sadd_o0_i32(2, 1) == 3
; run: @sadd_o0_i32(-1, 1) == 0
; run: @sadd_o0_i32(1, -1) == 0
; run: @sadd_o0_i32(-1, -1) == 0xfffffffe
; run: @sadd_o0_i32(-9223372036854775808, -1) == 0xffffffff
; run: @sadd_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @sadd_o0_i32(0x12345678, 0xdeadbeefcafe) == 0xd1242176
; run: @sadd_o0_i32(100, -100) == 0
; run: @sadd_o0_i32(-100, -100) == 0xffffff38
; run: @sadd_o0_i32(127, 1) == 128
; run: @sadd_o0_i32(128, 128) == 256
; run: @sadd_o0_i32(4095, 1) == 4096
; run: @sadd_o0_i32(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @sadd_o0_i32(-2147483648, -2147483648) == 0
; run: @sadd_o0_i32(32767, 32767) == 65534
; run: @sadd_o0_i32(4096, 4096) == 8192
define i64 @sadd_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.sadd.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i32(0, 0) == 0
; run: @sadd_o1_i32(1, 2) == 0
; run: @sadd_o1_i32(2, 1) == 0
; run: @sadd_o1_i32(-1, 1) == 0
; run: @sadd_o1_i32(1, -1) == 0
; run: @sadd_o1_i32(-1, -1) == 0
; run: @sadd_o1_i32(-9223372036854775808, -1) == 0
; run: @sadd_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i32(100, -100) == 0
; run: @sadd_o1_i32(-100, -100) == 0
; run: @sadd_o1_i32(127, 1) == 0
; run: @sadd_o1_i32(128, 128) == 0
; run: @sadd_o1_i32(4095, 1) == 0
; run: @sadd_o1_i32(0x7fffffff, 0x7fffffff) == 1
; run: @sadd_o1_i32(-2147483648, -2147483648) == 1
; run: @sadd_o1_i32(32767, 32767) == 0
; run: @sadd_o1_i32(4096, 4096) == 0

declare {i40, i1} @llvm.sadd.with.overflow.i40(i40, i40)
define i64 @sadd_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.sadd.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @sadd_o0_i40(0, 0) == 0
; run: @sadd_o0_i40(1, 2) == 3
; run: @sadd_o0_i40(2, 1) == 3
; run: @sadd_o0_i40(-1, 1) == 0
; run: @sadd_o0_i40(1, -1) == 0
; run: @sadd_o0_i40(-1, -1) == 0xfffffffffe
; run: @sadd_o0_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @sadd_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @sadd_o0_i40(0x12345678, 0xdeadbeefcafe) == 0xadd1242176
; run: @sadd_o0_i40(100, -100) == 0
; run: @sadd_o0_i40(-100, -100) == 0xffffffff38
; run: @sadd_o0_i40(127, 1) == 128
; run: @sadd_o0_i40(128, 128) == 256
; run: @sadd_o0_i40(4095, 1) == 4096
; run: @sadd_o0_i40(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @sadd_o0_i40(-2147483648, -2147483648) == 0xff00000000
; run: @sadd_o0_i40(32767, 32767) == 65534
; run: @sadd_o0_i40(4096, 4096) == 8192
define i64 @sadd_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.sadd.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i40(0, 0) == 0
; run: @sadd_o1_i40(1, 2) == 0
; run: @sadd_o1_i40(2, 1) == 0
; run: @sadd_o1_i40(-1, 1) == 0
; run: @sadd_o1_i40(1, -1) == 0
; run: @sadd_o1_i40(-1, -1) == 0
; run: @sadd_o1_i40(-9223372036854775808, -1) == 0
; run: @sadd_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i40(100, -100) == 0
; run: @sadd_o1_i40(-100, -100) == 0
; run: @sadd_o1_i40(127, 1) == 0
; run: @sadd_o1_i40(128, 128) == 0
; run: @sadd_o1_i40(4095, 1) == 0
; run: @sadd_o1_i40(0x7fffffff, 0x7fffffff) == 0
; run: @sadd_o1_i40(-2147483648, -2147483648) == 0
; run: @sadd_o1_i40(32767, 32767) == 0
; run: @sadd_o1_i40(4096, 4096) == 0

declare {i64, i1} @llvm.sadd.with.overflow.i64(i64, i64)
define i64 @sadd_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @sadd_o0_i64(0, 0) == 0
; run: @sadd_o0_i64(1, 2) == 3
; run: @sadd_o0_i64(2, 1) == 3
; run: @sadd_o0_i64(-1, 1) == 0
; run: @sadd_o0_i64(1, -1) == 0
; run: @sadd_o0_i64(-1, -1) == -2
; run: @sadd_o0_i64(-9223372036854775808, -1) == 9223372036854775807
; run: @sadd_o0_i64(0x7fffffffffffffff, 1) == -9223372036854775808
; run: @sadd_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @sadd_o0_i64(0x12345678, 0xdeadbeefcafe) == 244838119514486
; run: @sadd_o0_i64(100, -100) == 0
; run: @sadd_o0_i64(-100, -100) == -200
; run: @sadd_o0_i64(127, 1) == 128
; run: @sadd_o0_i64(128, 128) == 256
; run: @sadd_o0_i64(4095, 1) == 4096
; run: @sadd_o0_i64(0x7fffffff, 0x7fffffff) == 4294967294
; run: @sadd_o0_i64(-2147483648, -2147483648) == -4294967296
; run: @sadd_o0_i64(32767, 32767) == 65534
; run: @sadd_o0_i64(4096, 4096) == 8192
define i64 @sadd_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @sadd_o1_i64(0, 0) == 0
; run: @sadd_o1_i64(1, 2) == 0
; run: @sadd_o1_i64(2, 1) == 0
; run: @sadd_o1_i64(-1, 1) == 0
; run: @sadd_o1_i64(1, -1) == 0
; run: @sadd_o1_i64(-1, -1) == 0
; run: @sadd_o1_i64(-9223372036854775808, -1) == 1
; run: @sadd_o1_i64(0x7fffffffffffffff, 1) == 1
; run: @sadd_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @sadd_o1_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @sadd_o1_i64(100, -100) == 0
; run: @sadd_o1_i64(-100, -100) == 0
; run: @sadd_o1_i64(127, 1) == 0
; run: @sadd_o1_i64(128, 128) == 0
; run: @sadd_o1_i64(4095, 1) == 0
; run: @sadd_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @sadd_o1_i64(-2147483648, -2147483648) == 0
; run: @sadd_o1_i64(32767, 32767) == 0
; run: @sadd_o1_i64(4096, 4096) == 0

declare {i8, i1} @llvm.uadd.with.overflow.i8(i8, i8)
define i64 @uadd_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @uadd_o0_i8(0, 0) == 0
; run: @uadd_o0_i8(1, 2) == 3
; run: @uadd_o0_i8(2, 1) == 3
; run: @uadd_o0_i8(-1, 1) == 0
; run: @uadd_o0_i8(1, -1) == 0
; run: @uadd_o0_i8(-1, -1) == 254
; run: @uadd_o0_i8(-9223372036854775808, -1) == 255
; run: @uadd_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @uadd_o0_i8(0x12345678, 0xdeadbeefcafe) == 118
; run: @uadd_o0_i8(100, -100) == 0
; run: @uadd_o0_i8(-100, -100) == 56
; run: @uadd_o0_i8(127, 1) == 128
; run: @uadd_o0_i8(128, 128) == 0
define i64 @uadd_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.uadd.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i8(0, 0) == 0
; run: @uadd_o1_i8(1, 2) == 0
; run: @uadd_o1_i8(2, 1) == 0
; run: @uadd_o1_i8(-1, 1) == 1
; run: @uadd_o1_i8(1, -1) == 1
; run: @uadd_o1_i8(-1, -1) == 1
; run: @uadd_o1_i8(-9223372036854775808, -1) == 0
; run: @uadd_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i8(0x12345678, 0xdeadbeefcafe) == 1
; run: @uadd_o1_i8(100, -100) == 1
; run: @uadd_o1_i8(-100, -100) == 1
; run: @uadd_o1_i8(127, 1) == 0
; run: @uadd_o1_i8(128, 128) == 1

declare {i13, i1} @llvm.uadd.with.overflow.i13(i13, i13)
define i64 @uadd_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.uadd.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @uadd_o0_i13(0, 0) == 0
; run: @uadd_o0_i13(1, 2) == 3
; run: @uadd_o0_i13(2, 1) == 3
; run: @uadd_o0_i13(-1, 1) == 0
; run: @uadd_o0_i13(1, -1) == 0
; run: @uadd_o0_i13(-1, -1) == 8190
; run: @uadd_o0_i13(-9223372036854775808, -1) == 8191
; run: @uadd_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @uadd_o0_i13(0x12345678, 0xdeadbeefcafe) == 374
; run: @uadd_o0_i13(100, -100) == 0
; run: @uadd_o0_i13(-100, -100) == 7992
; run: @uadd_o0_i13(127, 1) == 128
; run: @uadd_o0_i13(128, 128) == 256
; run: @uadd_o0_i13(4095, 1) == 4096
; run: @uadd_o0_i13(4096, 4096) == 0
define i64 @uadd_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.uadd.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i13(0, 0) == 0
; run: @uadd_o1_i13(1, 2) == 0
; run: @uadd_o1_i13(2, 1) == 0
; run: @uadd_o1_i13(-1, 1) == 1
; run: @uadd_o1_i13(1, -1) == 1
; run: @uadd_o1_i13(-1, -1) == 1
; run: @uadd_o1_i13(-9223372036854775808, -1) == 0
; run: @uadd_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @uadd_o1_i13(100, -100) == 1
; run: @uadd_o1_i13(-100, -100) == 1
; run: @uadd_o1_i13(127, 1) == 0
; run: @uadd_o1_i13(128, 128) == 0
; run: @uadd_o1_i13(4095, 1) == 0
; run: @uadd_o1_i13(4096, 4096) == 1

declare {i16, i1} @llvm.uadd.with.overflow.i16(i16, i16)
define i64 @uadd_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @uadd_o0_i16(0, 0) == 0
; run: @uadd_o0_i16(1, 2) == 3
; run: @uadd_o0_i16(2, 1) == 3
; run: @uadd_o0_i16(-1, 1) == 0
; run: @uadd_o0_i16(1, -1) == 0
; run: @uadd_o0_i16(-1, -1) == 65534
; run: @uadd_o0_i16(-9223372036854775808, -1) == 65535
; run: @uadd_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @uadd_o0_i16(0x12345678, 0xdeadbeefcafe) == 8566
; run: @uadd_o0_i16(100, -100) == 0
; run: @uadd_o0_i16(-100, -100) == 65336
; run: @uadd_o0_i16(127, 1) == 128
; run: @uadd_o0_i16(128, 128) == 256
; run: @uadd_o0_i16(4095, 1) == 4096
; run: @uadd_o0_i16(32767, 32767) == 65534
; run: @uadd_o0_i16(4096, 4096) == 8192
define i64 @uadd_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.uadd.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i16(0, 0) == 0
; run: @uadd_o1_i16(1, 2) == 0
; run: @uadd_o1_i16(2, 1) == 0
; run: @uadd_o1_i16(-1, 1) == 1
; run: @uadd_o1_i16(1, -1) == 1
; run: @uadd_o1_i16(-1, -1) == 1
; run: @uadd_o1_i16(-9223372036854775808, -1) == 0
; run: @uadd_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @uadd_o1_i16(100, -100) == 1
; run: @uadd_o1_i16(-100, -100) == 1
; run: @uadd_o1_i16(127, 1) == 0
; run: @uadd_o1_i16(128, 128) == 0
; run: @uadd_o1_i16(4095, 1) == 0
; run: @uadd_o1_i16(32767, 32767) == 0
; run: @uadd_o1_i16(4096, 4096) == 0

declare {i32, i1} @llvm.uadd.with.overflow.i32(i32, i32)
define i64 @uadd_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @uadd_o0_i32(0, 0) == 0
; run: @uadd_o0_i32(1, 2) == 3
; run: @uadd_o0_i32(2, 1) == 3
; run: @uadd_o0_i32(-1, 1) == 0
; run: @uadd_o0_i32(1, -1) == 0
; run: @uadd_o0_i32(-1, -1) == 0xfffffffe
; run: @uadd_o0_i32(-9223372036854775808, -1) == 0xffffffff
; run: @uadd_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @uadd_o0_i32(0x12345678, 0xdeadbeefcafe) == 0xd1242176
; run: @uadd_o0_i32(100, -100) == 0
; run: @uadd_o0_i32(-100, -100) == 0xffffff38
; run: @uadd_o0_i32(127, 1) == 128
; run: @uadd_o0_i32(128, 128) == 256
; run: @uadd_o0_i32(4095, 1) == 4096
; run: @uadd_o0_i32(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @uadd_o0_i32(-2147483648, -2147483648) == 0
; run: @uadd_o0_i32(32767, 32767) == 65534
; run: @uadd_o0_i32(4096, 4096) == 8192
define i64 @uadd_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.uadd.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i32(0, 0) == 0
; run: @uadd_o1_i32(1, 2) == 0
; run: @uadd_o1_i32(2, 1) == 0
; run: @uadd_o1_i32(-1, 1) == 1
; run: @uadd_o1_i32(1, -1) == 1
; run: @uadd_o1_i32(-1, -1) == 1
; run: @uadd_o1_i32(-9223372036854775808, -1) == 0
; run: @uadd_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @uadd_o1_i32(100, -100) == 1
; run: @uadd_o1_i32(-100, -100) == 1
; run: @uadd_o1_i32(127, 1) == 0
; run: @uadd_o1_i32(128, 128) == 0
; run: @uadd_o1_i32(4095, 1) == 0
; run: @uadd_o1_i32(0x7fffffff, 0x7fffffff) == 0
; run: @uadd_o1_i32(-2147483648, -2147483648) == 1
; run: @uadd_o1_i32(32767, 32767) == 0
; run: @uadd_o1_i32(4096, 4096) == 0

declare {i40, i1} @llvm.uadd.with.overflow.i40(i40, i40)
define i64 @uadd_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.uadd.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @uadd_o0_i40(0, 0) == 0
; run: @uadd_o0_i40(1, 2) == 3
; run: @uadd_o0_i40(2, 1) == 3
; run: @uadd_o0_i40(-1, 1) == 0
; run: @uadd_o0_i40(1, -1) == 0
; run: @uadd_o0_i40(-1, -1) == 0xfffffffffe
; run: @uadd_o0_i40(-9223372036854775808, -1) == 0xffffffffff
; run: @uadd_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @uadd_o0_i40(0x12345678, 0xdeadbeefcafe) == 0xadd1242176
; run: @uadd_o0_i40(100, -100) == 0
; run: @uadd_o0_i40(-100, -100) == 0xffffffff38
; run: @uadd_o0_i40(127, 1) == 128
; run: @uadd_o0_i40(128, 128) == 256
; run: @uadd_o0_i40(4095, 1) == 4096
; run: @uadd_o0_i40(0x7fffffff, 0x7fffffff) == 0xfffffffe
; run: @uadd_o0_i40(-2147483648, -2147483648) == 0xff00000000
; run: @uadd_o0_i40(32767, 32767) == 65534
; run: @uadd_o0_i40(4096, 4096) == 8192
define i64 @uadd_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.uadd.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i40(0, 0) == 0
; run: @uadd_o1_i40(1, 2) == 0
; run: @uadd_o1_i40(2, 1) == 0
; run: @uadd_o1_i40(-1, 1) == 1
; run: @uadd_o1_i40(1, -1) == 1
; run: @uadd_o1_i40(-1, -1) == 1
; run: @uadd_o1_i40(-9223372036854775808, -1) == 0
; run: @uadd_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @uadd_o1_i40(100, -100) == 1
; run: @uadd_o1_i40(-100, -100) == 1
; run: @uadd_o1_i40(127, 1) == 0
; run: @uadd_o1_i40(128, 128) == 0
; run: @uadd_o1_i40(4095, 1) == 0
; run: @uadd_o1_i40(0x7fffffff, 0x7fffffff) == 0
; run: @uadd_o1_i40(-2147483648, -2147483648) == 1
; run: @uadd_o1_i40(32767, 32767) == 0
; run: @uadd_o1_i40(4096, 4096) == 0

declare {i64, i1} @llvm.uadd.with.overflow.i64(i64, i64)
define i64 @uadd_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @uadd_o0_i64(0, 0) == 0
; run: @uadd_o0_i64(1, 2) == 3
; run: @uadd_o0_i64(2, 1) == 3
; run: @uadd_o0_i64(-1, 1) == 0
; run: @uadd_o0_i64(1, -1) == 0
; run: @uadd_o0_i64(-1, -1) == -2
; run: @uadd_o0_i64(-9223372036854775808, -1) == 9223372036854775807
; run: @uadd_o0_i64(0x7fffffffffffffff, 1) == -9223372036854775808
; run: @uadd_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @uadd_o0_i64(0x12345678, 0xdeadbeefcafe) == 244838119514486
; run: @uadd_o0_i64(100, -100) == 0
; run: @uadd_o0_i64(-100, -100) == -200
; run: @uadd_o0_i64(127, 1) == 128
; run: @uadd_o0_i64(128, 128) == 256
; run: @uadd_o0_i64(4095, 1) == 4096
; run: @uadd_o0_i64(0x7fffffff, 0x7fffffff) == 4294967294
; run: @uadd_o0_i64(-2147483648, -2147483648) == -4294967296
; run: @uadd_o0_i64(32767, 32767) == 65534
; run: @uadd_o0_i64(4096, 4096) == 8192
define i64 @uadd_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.uadd.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @uadd_o1_i64(0, 0) == 0
; run: @uadd_o1_i64(1, 2) == 0
; run: @uadd_o1_i64(2, 1) == 0
; run: @uadd_o1_i64(-1, 1) == 1
; run: @uadd_o1_i64(1, -1) == 1
; run: @uadd_o1_i64(-1, -1) == 1
; run: @uadd_o1_i64(-9223372036854775808, -1) == 1
; run: @uadd_o1_i64(0x7fffffffffffffff, 1) == 0
; run: @uadd_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @uadd_o1_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @uadd_o1_i64(100, -100) == 1
; run: @uadd_o1_i64(-100, -100) == 1
; run: @uadd_o1_i64(127, 1) == 0
; run: @uadd_o1_i64(128, 128) == 0
; run: @uadd_o1_i64(4095, 1) == 0
; run: @uadd_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @uadd_o1_i64(-2147483648, -2147483648) == 1
; run: @uadd_o1_i64(32767, 32767) == 0
; run: @uadd_o1_i64(4096, 4096) == 0

declare {i8, i1} @llvm.ssub.with.overflow.i8(i8, i8)
define i64 @ssub_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @ssub_o0_i8(0, 0) == 0
; run: @ssub_o0_i8(1, 2) == 255
; run: @ssub_o0_i8(2, 1) == 1
; run: @ssub_o0_i8(-1, 1) == 254
; run: @ssub_o0_i8(1, -1) == 2
; run: @ssub_o0_i8(-1, -1) == 0
; run: @ssub_o0_i8(-9223372036854775808, -1) == 1
; run: @ssub_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @ssub_o0_i8(0x12345678, 0xdeadbeefcafe) == 122
; run: @ssub_o0_i8(100, -100) == 200
; run: @ssub_o0_i8(-100, -100) == 0
; run: @ssub_o0_i8(127, 1) == 126
; run: @ssub_o0_i8(128, 128) == 0
define i64 @ssub_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.ssub.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i8(0, 0) == 0
; run: @ssub_o1_i8(1, 2) == 0
; run: @ssub_o1_i8(2, 1) == 0
; run: @ssub_o1_i8(-1, 1) == 0
; run: @ssub_o1_i8(1, -1) == 0
; run: @ssub_o1_i8(-1, -1) == 0
; run: @ssub_o1_i8(-9223372036854775808, -1) == 0
; run: @ssub_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @ssub_o1_i8(0x12345678, 0xdeadbeefcafe) == 0
; run: @ssub_o1_i8(100, -100) == 1
; run: @ssub_o1_i8(-100, -100) == 0
; run: @ssub_o1_i8(127, 1) == 0
; run: @ssub_o1_i8(128, 128) == 0

declare {i13, i1} @llvm.ssub.with.overflow.i13(i13, i13)
define i64 @ssub_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.ssub.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @ssub_o0_i13(0, 0) == 0
; run: @ssub_o0_i13(1, 2) == 8191
; run: @ssub_o0_i13(2, 1) == 1
; run: @ssub_o0_i13(-1, 1) == 8190
; run: @ssub_o0_i13(1, -1) == 2
; run: @ssub_o0_i13(-1, -1) == 0
; run: @ssub_o0_i13(-9223372036854775808, -1) == 1
; run: @ssub_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @ssub_o0_i13(0x12345678, 0xdeadbeefcafe) == 2938
; run: @ssub_o0_i13(100, -100) == 200
; run: @ssub_o0_i13(-100, -100) == 0
; run: @ssub_o0_i13(127, 1) == 126
; run: @ssub_o0_i13(128, 128) == 0
; run: @ssub_o0_i13(4095, 1) == 4094
; run: @ssub_o0_i13(4096, 4096) == 0
define i64 @ssub_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.ssub.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i13(0, 0) == 0
; run: @ssub_o1_i13(1, 2) == 0
; run: @ssub_o1_i13(2, 1) == 0
; run: @ssub_o1_i13(-1, 1) == 0
; run: @ssub_o1_i13(1, -1) == 0
; run: @ssub_o1_i13(-1, -1) == 0
; run: @ssub_o1_i13(-9223372036854775808, -1) == 0
; run: @ssub_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @ssub_o1_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @ssub_o1_i13(100, -100) == 0
; run: @ssub_o1_i13(-100, -100) == 0
; run: @ssub_o1_i13(127, 1) == 0
; run: @ssub_o1_i13(128, 128) == 0
; run: @ssub_o1_i13(4095, 1) == 0
; run: @ssub_o1_i13(4096, 4096) == 0

declare {i16, i1} @llvm.ssub.with.overflow.i16(i16, i16)
define i64 @ssub_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @ssub_o0_i16(0, 0) == 0
; run: @ssub_o0_i16(1, 2) == 65535
; run: @ssub_o0_i16(2, 1) == 1
; run: @ssub_o0_i16(-1, 1) == 65534
; run: @ssub_o0_i16(1, -1) == 2
; run: @ssub_o0_i16(-1, -1) == 0
; run: @ssub_o0_i16(-9223372036854775808, -1) == 1
; run: @ssub_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @ssub_o0_i16(0x12345678, 0xdeadbeefcafe) == 35706
; run: @ssub_o0_i16(100, -100) == 200
; run: @ssub_o0_i16(-100, -100) == 0
; run: @ssub_o0_i16(127, 1) == 126
; run: @ssub_o0_i16(128, 128) == 0
; run: @ssub_o0_i16(4095, 1) == 4094
; run: @ssub_o0_i16(32767, 32767) == 0
; run: @ssub_o0_i16(4096, 4096) == 0
define i64 @ssub_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.ssub.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i16(0, 0) == 0
; run: @ssub_o1_i16(1, 2) == 0
; run: @ssub_o1_i16(2, 1) == 0
; run: @ssub_o1_i16(-1, 1) == 0
; run: @ssub_o1_i16(1, -1) == 0
; run: @ssub_o1_i16(-1, -1) == 0
; run: @ssub_o1_i16(-9223372036854775808, -1) == 0
; run: @ssub_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @ssub_o1_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @ssub_o1_i16(100, -100) == 0
; run: @ssub_o1_i16(-100, -100) == 0
; run: @ssub_o1_i16(127, 1) == 0
; run: @ssub_o1_i16(128, 128) == 0
; run: @ssub_o1_i16(4095, 1) == 0
; run: @ssub_o1_i16(32767, 32767) == 0
; run: @ssub_o1_i16(4096, 4096) == 0

declare {i32, i1} @llvm.ssub.with.overflow.i32(i32, i32)
define i64 @ssub_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @ssub_o0_i32(0, 0) == 0
; run: @ssub_o0_i32(1, 2) == 0xffffffff
; run: @ssub_o0_i32(2, 1) == 1
; run: @ssub_o0_i32(-1, 1) == 0xfffffffe
; run: @ssub_o0_i32(1, -1) == 2
; run: @ssub_o0_i32(-1, -1) == 0
; run: @ssub_o0_i32(-9223372036854775808, -1) == 1
; run: @ssub_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @ssub_o0_i32(0x12345678, 0xdeadbeefcafe) == 0x53448b7a
; run: @ssub_o0_i32(100, -100) == 200
; run: @ssub_o0_i32(-100, -100) == 0
; run: @ssub_o0_i32(127, 1) == 126
; run: @ssub_o0_i32(128, 128) == 0
; run: @ssub_o0_i32(4095, 1) == 4094
; run: @ssub_o0_i32(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o0_i32(-2147483648, -2147483648) == 0
; run: @ssub_o0_i32(32767, 32767) == 0
; run: @ssub_o0_i32(4096, 4096) == 0
define i64 @ssub_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.ssub.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i32(0, 0) == 0
; run: @ssub_o1_i32(1, 2) == 0
; run: @ssub_o1_i32(2, 1) == 0
; run: @ssub_o1_i32(-1, 1) == 0
; run: @ssub_o1_i32(1, -1) == 0
; run: @ssub_o1_i32(-1, -1) == 0
; run: @ssub_o1_i32(-9223372036854775808, -1) == 0
; run: @ssub_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @ssub_o1_i32(0x12345678, 0xdeadbeefcafe) == 0
; run: @ssub_o1_i32(100, -100) == 0
; run: @ssub_o1_i32(-100, -100) == 0
; run: @ssub_o1_i32(127, 1) == 0
; run: @ssub_o1_i32(128, 128) == 0
; run: @ssub_o1_i32(4095, 1) == 0
; run: @ssub_o1_i32(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o1_i32(-2147483648, -2147483648) == 0
; run: @ssub_o1_i32(32767, 32767) == 0
; run: @ssub_o1_i32(4096, 4096) == 0

declare {i40, i1} @llvm.ssub.with.overflow.i40(i40, i40)
define i64 @ssub_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.ssub.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @ssub_o0_i40(0, 0) == 0
; run: @ssub_o0_i40(1, 2) == 0xffffffffff
; run: @ssub_o0_i40(2, 1) == 1
; run: @ssub_o0_i40(-1, 1) == 0xfffffffffe
; run: @ssub_o0_i40(1, -1) == 2
; run: @ssub_o0_i40(-1, -1) == 0
; run: @ssub_o0_i40(-9223372036854775808, -1) == 1
; run: @ssub_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @ssub_o0_i40(0x12345678, 0xdeadbeefcafe) == 0x5253448b7a
; run: @ssub_o0_i40(100, -100) == 200
; run: @ssub_o0_i40(-100, -100) == 0
; run: @ssub_o0_i40(127, 1) == 126
; run: @ssub_o0_i40(128, 128) == 0
; run: @ssub_o0_i40(4095, 1) == 4094
; run: @ssub_o0_i40(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o0_i40(-2147483648, -2147483648) == 0
; run: @ssub_o0_i40(32767, 32767) == 0
; run: @ssub_o0_i40(4096, 4096) == 0
define i64 @ssub_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.ssub.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i40(0, 0) == 0
; run: @ssub_o1_i40(1, 2) == 0
; run: @ssub_o1_i40(2, 1) == 0
; run: @ssub_o1_i40(-1, 1) == 0
; run: @ssub_o1_i40(1, -1) == 0
; run: @ssub_o1_i40(-1, -1) == 0
; run: @ssub_o1_i40(-9223372036854775808, -1) == 0
; run: @ssub_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @ssub_o1_i40(0x12345678, 0xdeadbeefcafe) == 0
; run: @ssub_o1_i40(100, -100) == 0
; run: @ssub_o1_i40(-100, -100) == 0
; run: @ssub_o1_i40(127, 1) == 0
; run: @ssub_o1_i40(128, 128) == 0
; run: @ssub_o1_i40(4095, 1) == 0
; run: @ssub_o1_i40(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o1_i40(-2147483648, -2147483648) == 0
; run: @ssub_o1_i40(32767, 32767) == 0
; run: @ssub_o1_i40(4096, 4096) == 0

declare {i64, i1} @llvm.ssub.with.overflow.i64(i64, i64)
define i64 @ssub_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @ssub_o0_i64(0, 0) == 0
; run: @ssub_o0_i64(1, 2) == -1
; run: @ssub_o0_i64(2, 1) == 1
; run: @ssub_o0_i64(-1, 1) == -2
; run: @ssub_o0_i64(1, -1) == 2
; run: @ssub_o0_i64(-1, -1) == 0
; run: @ssub_o0_i64(-9223372036854775808, -1) == -9223372036854775807
; run: @ssub_o0_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @ssub_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @ssub_o0_i64(0x12345678, 0xdeadbeefcafe) == -244837508674694
; run: @ssub_o0_i64(100, -100) == 200
; run: @ssub_o0_i64(-100, -100) == 0
; run: @ssub_o0_i64(127, 1) == 126
; run: @ssub_o0_i64(128, 128) == 0
; run: @ssub_o0_i64(4095, 1) == 4094
; run: @ssub_o0_i64(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o0_i64(-2147483648, -2147483648) == 0
; run: @ssub_o0_i64(32767, 32767) == 0
; run: @ssub_o0_i64(4096, 4096) == 0
define i64 @ssub_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.ssub.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @ssub_o1_i64(0, 0) == 0
; run: @ssub_o1_i64(1, 2) == 0
; run: @ssub_o1_i64(2, 1) == 0
; run: @ssub_o1_i64(-1, 1) == 0
; run: @ssub_o1_i64(1, -1) == 0
; run: @ssub_o1_i64(-1, -1) == 0
; run: @ssub_o1_i64(-9223372036854775808, -1) == 0
; run: @ssub_o1_i64(0x7fffffffffffffff, 1) == 0
; run: @ssub_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @ssub_o1_i64(0x12345678, 0xdeadbeefcafe) == 0
; run: @ssub_o1_i64(100, -100) == 0
; run: @ssub_o1_i64(-100, -100) == 0
; run: @ssub_o1_i64(127, 1) == 0
; run: @ssub_o1_i64(128, 128) == 0
; run: @ssub_o1_i64(4095, 1) == 0
; run: @ssub_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @ssub_o1_i64(-2147483648, -2147483648) == 0
; run: @ssub_o1_i64(32767, 32767) == 0
; run: @ssub_o1_i64(4096, 4096) == 0

declare {i8, i1} @llvm.usub.with.overflow.i8(i8, i8)
define i64 @usub_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @usub_o0_i8(0, 0) == 0
; run: @usub_o0_i8(1, 2) == 255
; run: @usub_o0_i8(2, 1) == 1
; run: @usub_o0_i8(-1, 1) == 254
; run: @usub_o0_i8(1, -1) == 2
; run: @usub_o0_i8(-1, -1) == 0
; run: @usub_o0_i8(-9223372036854775808, -1) == 1
; run: @usub_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 255
; run: @usub_o0_i8(0x12345678, 0xdeadbeefcafe) == 122
; run: @usub_o0_i8(100, -100) == 200
; run: @usub_o0_i8(-100, -100) == 0
; run: @usub_o0_i8(127, 1) == 126
; run: @usub_o0_i8(128, 128) == 0
define i64 @usub_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.usub.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i8(0, 0) == 0
; run: @usub_o1_i8(1, 2) == 1
; run: @usub_o1_i8(2, 1) == 0
; run: @usub_o1_i8(-1, 1) == 0
; run: @usub_o1_i8(1, -1) == 1
; run: @usub_o1_i8(-1, -1) == 0
; run: @usub_o1_i8(-9223372036854775808, -1) == 1
; run: @usub_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_o1_i8(0x12345678, 0xdeadbeefcafe) == 1
; run: @usub_o1_i8(100, -100) == 1
; run: @usub_o1_i8(-100, -100) == 0
; run: @usub_o1_i8(127, 1) == 0
; run: @usub_o1_i8(128, 128) == 0

declare {i13, i1} @llvm.usub.with.overflow.i13(i13, i13)
define i64 @usub_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.usub.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @usub_o0_i13(0, 0) == 0
; run: @usub_o0_i13(1, 2) == 8191
; run: @usub_o0_i13(2, 1) == 1
; run: @usub_o0_i13(-1, 1) == 8190
; run: @usub_o0_i13(1, -1) == 2
; run: @usub_o0_i13(-1, -1) == 0
; run: @usub_o0_i13(-9223372036854775808, -1) == 1
; run: @usub_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 8191
; run: @usub_o0_i13(0x12345678, 0xdeadbeefcafe) == 2938
; run: @usub_o0_i13(100, -100) == 200
; run: @usub_o0_i13(-100, -100) == 0
; run: @usub_o0_i13(127, 1) == 126
; run: @usub_o0_i13(128, 128) == 0
; run: @usub_o0_i13(4095, 1) == 4094
; run: @usub_o0_i13(4096, 4096) == 0
define i64 @usub_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.usub.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i13(0, 0) == 0
; run: @usub_o1_i13(1, 2) == 1
; run: @usub_o1_i13(2, 1) == 0
; run: @usub_o1_i13(-1, 1) == 0
; run: @usub_o1_i13(1, -1) == 1
; run: @usub_o1_i13(-1, -1) == 0
; run: @usub_o1_i13(-9223372036854775808, -1) == 1
; run: @usub_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_o1_i13(0x12345678, 0xdeadbeefcafe) == 0
; run: @usub_o1_i13(100, -100) == 1
; run: @usub_o1_i13(-100, -100) == 0
; run: @usub_o1_i13(127, 1) == 0
; run: @usub_o1_i13(128, 128) == 0
; run: @usub_o1_i13(4095, 1) == 0
; run: @usub_o1_i13(4096, 4096) == 0

declare {i16, i1} @llvm.usub.with.overflow.i16(i16, i16)
define i64 @usub_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @usub_o0_i16(0, 0) == 0
; run: @usub_o0_i16(1, 2) == 65535
; run: @usub_o0_i16(2, 1) == 1
; run: @usub_o0_i16(-1, 1) == 65534
; run: @usub_o0_i16(1, -1) == 2
; run: @usub_o0_i16(-1, -1) == 0
; run: @usub_o0_i16(-9223372036854775808, -1) == 1
; run: @usub_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 65535
; run: @usub_o0_i16(0x12345678, 0xdeadbeefcafe) == 35706
; run: @usub_o0_i16(100, -100) == 200
; run: @usub_o0_i16(-100, -100) == 0
; run: @usub_o0_i16(127, 1) == 126
; run: @usub_o0_i16(128, 128) == 0
; run: @usub_o0_i16(4095, 1) == 4094
; run: @usub_o0_i16(32767, 32767) == 0
; run: @usub_o0_i16(4096, 4096) == 0
define i64 @usub_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.usub.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i16(0, 0) == 0
; run: @usub_o1_i16(1, 2) == 1
; run: @usub_o1_i16(2, 1) == 0
; run: @usub_o1_i16(-1, 1) == 0
; run: @usub_o1_i16(1, -1) == 1
; run: @usub_o1_i16(-1, -1) == 0
; run: @usub_o1_i16(-9223372036854775808, -1) == 1
; run: @usub_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_o1_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @usub_o1_i16(100, -100) == 1
; run: @usub_o1_i16(-100, -100) == 0
; run: @usub_o1_i16(127, 1) == 0
; run: @usub_o1_i16(128, 128) == 0
; run: @usub_o1_i16(4095, 1) == 0
; run: @usub_o1_i16(32767, 32767) == 0
; run: @usub_o1_i16(4096, 4096) == 0

declare {i32, i1} @llvm.usub.with.overflow.i32(i32, i32)
define i64 @usub_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @usub_o0_i32(0, 0) == 0
; run: @usub_o0_i32(1, 2) == 0xffffffff
; run: @usub_o0_i32(2, 1) == 1
; run: @usub_o0_i32(-1, 1) == 0xfffffffe
; run: @usub_o0_i32(1, -1) == 2
; run: @usub_o0_i32(-1, -1) == 0
; run: @usub_o0_i32(-9223372036854775808, -1) == 1
; run: @usub_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0xffffffff
; run: @usub_o0_i32(0x12345678, 0xdeadbeefcafe) == 0x53448b7a
; run: @usub_o0_i32(100, -100) == 200
; run: @usub_o0_i32(-100, -100) == 0
; run: @usub_o0_i32(127, 1) == 126
; run: @usub_o0_i32(128, 128) == 0
; run: @usub_o0_i32(4095, 1) == 4094
; run: @usub_o0_i32(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o0_i32(-2147483648, -2147483648) == 0
; run: @usub_o0_i32(32767, 32767) == 0
; run: @usub_o0_i32(4096, 4096) == 0
define i64 @usub_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.usub.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i32(0, 0) == 0
; run: @usub_o1_i32(1, 2) == 1
; run: @usub_o1_i32(2, 1) == 0
; run: @usub_o1_i32(-1, 1) == 0
; run: @usub_o1_i32(1, -1) == 1
; run: @usub_o1_i32(-1, -1) == 0
; run: @usub_o1_i32(-9223372036854775808, -1) == 1
; run: @usub_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_o1_i32(0x12345678, 0xdeadbeefcafe) == 1
; run: @usub_o1_i32(100, -100) == 1
; run: @usub_o1_i32(-100, -100) == 0
; run: @usub_o1_i32(127, 1) == 0
; run: @usub_o1_i32(128, 128) == 0
; run: @usub_o1_i32(4095, 1) == 0
; run: @usub_o1_i32(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o1_i32(-2147483648, -2147483648) == 0
; run: @usub_o1_i32(32767, 32767) == 0
; run: @usub_o1_i32(4096, 4096) == 0

declare {i40, i1} @llvm.usub.with.overflow.i40(i40, i40)
define i64 @usub_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.usub.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @usub_o0_i40(0, 0) == 0
; run: @usub_o0_i40(1, 2) == 0xffffffffff
; run: @usub_o0_i40(2, 1) == 1
; run: @usub_o0_i40(-1, 1) == 0xfffffffffe
; run: @usub_o0_i40(1, -1) == 2
; run: @usub_o0_i40(-1, -1) == 0
; run: @usub_o0_i40(-9223372036854775808, -1) == 1
; run: @usub_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0xffffffffff
; run: @usub_o0_i40(0x12345678, 0xdeadbeefcafe) == 0x5253448b7a
; run: @usub_o0_i40(100, -100) == 200
; run: @usub_o0_i40(-100, -100) == 0
; run: @usub_o0_i40(127, 1) == 126
; run: @usub_o0_i40(128, 128) == 0
; run: @usub_o0_i40(4095, 1) == 4094
; run: @usub_o0_i40(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o0_i40(-2147483648, -2147483648) == 0
; run: @usub_o0_i40(32767, 32767) == 0
; run: @usub_o0_i40(4096, 4096) == 0
define i64 @usub_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.usub.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i40(0, 0) == 0
; run: @usub_o1_i40(1, 2) == 1
; run: @usub_o1_i40(2, 1) == 0
; run: @usub_o1_i40(-1, 1) == 0
; run: @usub_o1_i40(1, -1) == 1
; run: @usub_o1_i40(-1, -1) == 0
; run: @usub_o1_i40(-9223372036854775808, -1) == 1
; run: @usub_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @usub_o1_i40(0x12345678, 0xdeadbeefcafe) == 1
; run: @usub_o1_i40(100, -100) == 1
; run: @usub_o1_i40(-100, -100) == 0
; run: @usub_o1_i40(127, 1) == 0
; run: @usub_o1_i40(128, 128) == 0
; run: @usub_o1_i40(4095, 1) == 0
; run: @usub_o1_i40(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o1_i40(-2147483648, -2147483648) == 0
; run: @usub_o1_i40(32767, 32767) == 0
; run: @usub_o1_i40(4096, 4096) == 0

declare {i64, i1} @llvm.usub.with.overflow.i64(i64, i64)
define i64 @usub_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @usub_o0_i64(0, 0) == 0
; run: @usub_o0_i64(1, 2) == -1
; run: @usub_o0_i64(2, 1) == 1
; run: @usub_o0_i64(-1, 1) == -2
; run: @usub_o0_i64(1, -1) == 2
; run: @usub_o0_i64(-1, -1) == 0
; run: @usub_o0_i64(-9223372036854775808, -1) == -9223372036854775807
; run: @usub_o0_i64(0x7fffffffffffffff, 1) == 9223372036854775806
; run: @usub_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -1
; run: @usub_o0_i64(0x12345678, 0xdeadbeefcafe) == -244837508674694
; run: @usub_o0_i64(100, -100) == 200
; run: @usub_o0_i64(-100, -100) == 0
; run: @usub_o0_i64(127, 1) == 126
; run: @usub_o0_i64(128, 128) == 0
; run: @usub_o0_i64(4095, 1) == 4094
; run: @usub_o0_i64(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o0_i64(-2147483648, -2147483648) == 0
; run: @usub_o0_i64(32767, 32767) == 0
; run: @usub_o0_i64(4096, 4096) == 0
define i64 @usub_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.usub.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @usub_o1_i64(0, 0) == 0
; run: @usub_o1_i64(1, 2) == 1
; run: @usub_o1_i64(2, 1) == 0
; run: @usub_o1_i64(-1, 1) == 0
; run: @usub_o1_i64(1, -1) == 1
; run: @usub_o1_i64(-1, -1) == 0
; run: @usub_o1_i64(-9223372036854775808, -1) == 1
; run: @usub_o1_i64(0x7fffffffffffffff, 1) == 0
; run: @usub_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @usub_o1_i64(0x12345678, 0xdeadbeefcafe) == 1
; run: @usub_o1_i64(100, -100) == 1
; run: @usub_o1_i64(-100, -100) == 0
; run: @usub_o1_i64(127, 1) == 0
; run: @usub_o1_i64(128, 128) == 0
; run: @usub_o1_i64(4095, 1) == 0
; run: @usub_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @usub_o1_i64(-2147483648, -2147483648) == 0
; run: @usub_o1_i64(32767, 32767) == 0
; run: @usub_o1_i64(4096, 4096) == 0

declare {i8, i1} @llvm.smul.with.overflow.i8(i8, i8)
define i64 @smul_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @smul_o0_i8(0, 0) == 0
; run: @smul_o0_i8(1, 2) == 2
; run: @smul_o0_i8(2, 1) == 2
; run: @smul_o0_i8(-1, 1) == 255
; run: @smul_o0_i8(1, -1) == 255
; run: @smul_o0_i8(-1, -1) == 1
; run: @smul_o0_i8(-9223372036854775808, -1) == 0
; run: @smul_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o0_i8(0x12345678, 0xdeadbeefcafe) == 16
; run: @smul_o0_i8(100, -100) == 240
; run: @smul_o0_i8(-100, -100) == 16
; run: @smul_o0_i8(127, 1) == 127
; run: @smul_o0_i8(128, 128) == 0
define i64 @smul_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.smul.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i8(0, 0) == 0
; run: @smul_o1_i8(1, 2) == 0
; run: @smul_o1_i8(2, 1) == 0
; run: @smul_o1_i8(-1, 1) == 0
; run: @smul_o1_i8(1, -1) == 0
; run: @smul_o1_i8(-1, -1) == 0
; run: @smul_o1_i8(-9223372036854775808, -1) == 0
; run: @smul_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o1_i8(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i8(100, -100) == 1
; run: @smul_o1_i8(-100, -100) == 1
; run: @smul_o1_i8(127, 1) == 0
; run: @smul_o1_i8(128, 128) == 1

declare {i13, i1} @llvm.smul.with.overflow.i13(i13, i13)
define i64 @smul_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.smul.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @smul_o0_i13(0, 0) == 0
; run: @smul_o0_i13(1, 2) == 2
; run: @smul_o0_i13(2, 1) == 2
; run: @smul_o0_i13(-1, 1) == 8191
; run: @smul_o0_i13(1, -1) == 8191
; run: @smul_o0_i13(-1, -1) == 1
; run: @smul_o0_i13(-9223372036854775808, -1) == 0
; run: @smul_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o0_i13(0x12345678, 0xdeadbeefcafe) == 6928
; run: @smul_o0_i13(100, -100) == 6384
; run: @smul_o0_i13(-100, -100) == 1808
; run: @smul_o0_i13(127, 1) == 127
; run: @smul_o0_i13(128, 128) == 0
; run: @smul_o0_i13(4095, 1) == 4095
; run: @smul_o0_i13(4096, 4096) == 0
define i64 @smul_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.smul.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i13(0, 0) == 0
; run: @smul_o1_i13(1, 2) == 0
; run: @smul_o1_i13(2, 1) == 0
; run: @smul_o1_i13(-1, 1) == 0
; run: @smul_o1_i13(1, -1) == 0
; run: @smul_o1_i13(-1, -1) == 0
; run: @smul_o1_i13(-9223372036854775808, -1) == 0
; run: @smul_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o1_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i13(100, -100) == 1
; run: @smul_o1_i13(-100, -100) == 1
; run: @smul_o1_i13(127, 1) == 0
; run: @smul_o1_i13(128, 128) == 1
; run: @smul_o1_i13(4095, 1) == 0
; run: @smul_o1_i13(4096, 4096) == 1

declare {i16, i1} @llvm.smul.with.overflow.i16(i16, i16)
define i64 @smul_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @smul_o0_i16(0, 0) == 0
; run: @smul_o0_i16(1, 2) == 2
; run: @smul_o0_i16(2, 1) == 2
; run: @smul_o0_i16(-1, 1) == 65535
; run: @smul_o0_i16(1, -1) == 65535
; run: @smul_o0_i16(-1, -1) == 1
; run: @smul_o0_i16(-9223372036854775808, -1) == 0
; run: @smul_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o0_i16(0x12345678, 0xdeadbeefcafe) == 31504
; run: @smul_o0_i16(100, -100) == 55536
; run: @smul_o0_i16(-100, -100) == 10000
; run: @smul_o0_i16(127, 1) == 127
; run: @smul_o0_i16(128, 128) == 16384
; run: @smul_o0_i16(4095, 1) == 4095
; run: @smul_o0_i16(32767, 32767) == 1
; run: @smul_o0_i16(4096, 4096) == 0
define i64 @smul_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.smul.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i16(0, 0) == 0
; run: @smul_o1_i16(1, 2) == 0
; run: @smul_o1_i16(2, 1) == 0
; run: @smul_o1_i16(-1, 1) == 0
; run: @smul_o1_i16(1, -1) == 0
; run: @smul_o1_i16(-1, -1) == 0
; run: @smul_o1_i16(-9223372036854775808, -1) == 0
; run: @smul_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o1_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i16(100, -100) == 0
; run: @smul_o1_i16(-100, -100) == 0
; run: @smul_o1_i16(127, 1) == 0
; run: @smul_o1_i16(128, 128) == 0
; run: @smul_o1_i16(4095, 1) == 0
; run: @smul_o1_i16(32767, 32767) == 1
; run: @smul_o1_i16(4096, 4096) == 1

declare {i32, i1} @llvm.smul.with.overflow.i32(i32, i32)
define i64 @smul_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @smul_o0_i32(0, 0) == 0
; run: @smul_o0_i32(1, 2) == 2
; run: @smul_o0_i32(2, 1) == 2
; run: @smul_o0_i32(-1, 1) == 0xffffffff
; run: @smul_o0_i32(1, -1) == 0xffffffff
; run: @smul_o0_i32(-1, -1) == 1
; run: @smul_o0_i32(-9223372036854775808, -1) == 0
; run: @smul_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o0_i32(0x12345678, 0xdeadbeefcafe) == 0x26307b10
; run: @smul_o0_i32(100, -100) == 0xffffd8f0
; run: @smul_o0_i32(-100, -100) == 10000
; run: @smul_o0_i32(127, 1) == 127
; run: @smul_o0_i32(128, 128) == 16384
; run: @smul_o0_i32(4095, 1) == 4095
; run: @smul_o0_i32(0x7fffffff, 0x7fffffff) == 1
; run: @smul_o0_i32(-2147483648, -2147483648) == 0
; run: @smul_o0_i32(32767, 32767) == 0x3fff0001
; run: @smul_o0_i32(4096, 4096) == 0x1000000
define i64 @smul_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.smul.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i32(0, 0) == 0
; run: @smul_o1_i32(1, 2) == 0
; run: @smul_o1_i32(2, 1) == 0
; run: @smul_o1_i32(-1, 1) == 0
; run: @smul_o1_i32(1, -1) == 0
; run: @smul_o1_i32(-1, -1) == 0
; run: @smul_o1_i32(-9223372036854775808, -1) == 0
; run: @smul_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o1_i32(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i32(100, -100) == 0
; run: @smul_o1_i32(-100, -100) == 0
; run: @smul_o1_i32(127, 1) == 0
; run: @smul_o1_i32(128, 128) == 0
; run: @smul_o1_i32(4095, 1) == 0
; run: @smul_o1_i32(0x7fffffff, 0x7fffffff) == 1
; run: @smul_o1_i32(-2147483648, -2147483648) == 1
; run: @smul_o1_i32(32767, 32767) == 0
; run: @smul_o1_i32(4096, 4096) == 0

declare {i64, i1} @llvm.smul.with.overflow.i64(i64, i64)
define i64 @smul_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @smul_o0_i64(0, 0) == 0
; run: @smul_o0_i64(1, 2) == 2
; run: @smul_o0_i64(2, 1) == 2
; run: @smul_o0_i64(-1, 1) == -1
; run: @smul_o0_i64(1, -1) == -1
; run: @smul_o0_i64(-1, -1) == 1
; run: @smul_o0_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @smul_o0_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @smul_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -9223372036854775808
; run: @smul_o0_i64(0x12345678, 0xdeadbeefcafe) == -4760757181510288624
; run: @smul_o0_i64(100, -100) == -10000
; run: @smul_o0_i64(-100, -100) == 10000
; run: @smul_o0_i64(127, 1) == 127
; run: @smul_o0_i64(128, 128) == 16384
; run: @smul_o0_i64(4095, 1) == 4095
; run: @smul_o0_i64(0x7fffffff, 0x7fffffff) == 4611686014132420609
; run: @smul_o0_i64(-2147483648, -2147483648) == 4611686018427387904
; run: @smul_o0_i64(32767, 32767) == 1073676289
; run: @smul_o0_i64(4096, 4096) == 16777216
define i64 @smul_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.smul.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i64(0, 0) == 0
; run: @smul_o1_i64(1, 2) == 0
; run: @smul_o1_i64(2, 1) == 0
; run: @smul_o1_i64(-1, 1) == 0
; run: @smul_o1_i64(1, -1) == 0
; run: @smul_o1_i64(-1, -1) == 0
; run: @smul_o1_i64(-9223372036854775808, -1) == 1
; run: @smul_o1_i64(0x7fffffffffffffff, 1) == 0
; run: @smul_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @smul_o1_i64(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i64(100, -100) == 0
; run: @smul_o1_i64(-100, -100) == 0
; run: @smul_o1_i64(127, 1) == 0
; run: @smul_o1_i64(128, 128) == 0
; run: @smul_o1_i64(4095, 1) == 0
; run: @smul_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @smul_o1_i64(-2147483648, -2147483648) == 0
; run: @smul_o1_i64(32767, 32767) == 0
; run: @smul_o1_i64(4096, 4096) == 0

declare {i8, i1} @llvm.umul.with.overflow.i8(i8, i8)
define i64 @umul_o0_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 0
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @umul_o0_i8(0, 0) == 0
; run: @umul_o0_i8(1, 2) == 2
; run: @umul_o0_i8(2, 1) == 2
; run: @umul_o0_i8(-1, 1) == 255
; run: @umul_o0_i8(1, -1) == 255
; run: @umul_o0_i8(-1, -1) == 1
; run: @umul_o0_i8(-9223372036854775808, -1) == 0
; run: @umul_o0_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o0_i8(0x12345678, 0xdeadbeefcafe) == 16
; run: @umul_o0_i8(100, -100) == 240
; run: @umul_o0_i8(-100, -100) == 16
; run: @umul_o0_i8(127, 1) == 127
; run: @umul_o0_i8(128, 128) == 0
define i64 @umul_o1_i8(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %s = call {i8, i1} @llvm.umul.with.overflow.i8(i8 %a.t, i8 %b.t)
  %r = extractvalue {i8, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i8(0, 0) == 0
; run: @umul_o1_i8(1, 2) == 0
; run: @umul_o1_i8(2, 1) == 0
; run: @umul_o1_i8(-1, 1) == 0
; run: @umul_o1_i8(1, -1) == 0
; run: @umul_o1_i8(-1, -1) == 1
; run: @umul_o1_i8(-9223372036854775808, -1) == 0
; run: @umul_o1_i8(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o1_i8(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i8(100, -100) == 1
; run: @umul_o1_i8(-100, -100) == 1
; run: @umul_o1_i8(127, 1) == 0
; run: @umul_o1_i8(128, 128) == 1

declare {i13, i1} @llvm.umul.with.overflow.i13(i13, i13)
define i64 @umul_o0_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.umul.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 0
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @umul_o0_i13(0, 0) == 0
; run: @umul_o0_i13(1, 2) == 2
; run: @umul_o0_i13(2, 1) == 2
; run: @umul_o0_i13(-1, 1) == 8191
; run: @umul_o0_i13(1, -1) == 8191
; run: @umul_o0_i13(-1, -1) == 1
; run: @umul_o0_i13(-9223372036854775808, -1) == 0
; run: @umul_o0_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o0_i13(0x12345678, 0xdeadbeefcafe) == 6928
; run: @umul_o0_i13(100, -100) == 6384
; run: @umul_o0_i13(-100, -100) == 1808
; run: @umul_o0_i13(127, 1) == 127
; run: @umul_o0_i13(128, 128) == 0
; run: @umul_o0_i13(4095, 1) == 4095
; run: @umul_o0_i13(4096, 4096) == 0
define i64 @umul_o1_i13(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i13
  %b.t = trunc i64 %b to i13
  %s = call {i13, i1} @llvm.umul.with.overflow.i13(i13 %a.t, i13 %b.t)
  %r = extractvalue {i13, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i13(0, 0) == 0
; run: @umul_o1_i13(1, 2) == 0
; run: @umul_o1_i13(2, 1) == 0
; run: @umul_o1_i13(-1, 1) == 0
; run: @umul_o1_i13(1, -1) == 0
; run: @umul_o1_i13(-1, -1) == 1
; run: @umul_o1_i13(-9223372036854775808, -1) == 0
; run: @umul_o1_i13(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o1_i13(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i13(100, -100) == 1
; run: @umul_o1_i13(-100, -100) == 1
; run: @umul_o1_i13(127, 1) == 0
; run: @umul_o1_i13(128, 128) == 1
; run: @umul_o1_i13(4095, 1) == 0
; run: @umul_o1_i13(4096, 4096) == 1

declare {i16, i1} @llvm.umul.with.overflow.i16(i16, i16)
define i64 @umul_o0_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 0
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @umul_o0_i16(0, 0) == 0
; run: @umul_o0_i16(1, 2) == 2
; run: @umul_o0_i16(2, 1) == 2
; run: @umul_o0_i16(-1, 1) == 65535
; run: @umul_o0_i16(1, -1) == 65535
; run: @umul_o0_i16(-1, -1) == 1
; run: @umul_o0_i16(-9223372036854775808, -1) == 0
; run: @umul_o0_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o0_i16(0x12345678, 0xdeadbeefcafe) == 31504
; run: @umul_o0_i16(100, -100) == 55536
; run: @umul_o0_i16(-100, -100) == 10000
; run: @umul_o0_i16(127, 1) == 127
; run: @umul_o0_i16(128, 128) == 16384
; run: @umul_o0_i16(4095, 1) == 4095
; run: @umul_o0_i16(32767, 32767) == 1
; run: @umul_o0_i16(4096, 4096) == 0
define i64 @umul_o1_i16(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %s = call {i16, i1} @llvm.umul.with.overflow.i16(i16 %a.t, i16 %b.t)
  %r = extractvalue {i16, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i16(0, 0) == 0
; run: @umul_o1_i16(1, 2) == 0
; run: @umul_o1_i16(2, 1) == 0
; run: @umul_o1_i16(-1, 1) == 0
; run: @umul_o1_i16(1, -1) == 0
; run: @umul_o1_i16(-1, -1) == 1
; run: @umul_o1_i16(-9223372036854775808, -1) == 0
; run: @umul_o1_i16(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o1_i16(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i16(100, -100) == 1
; run: @umul_o1_i16(-100, -100) == 1
; run: @umul_o1_i16(127, 1) == 0
; run: @umul_o1_i16(128, 128) == 0
; run: @umul_o1_i16(4095, 1) == 0
; run: @umul_o1_i16(32767, 32767) == 1
; run: @umul_o1_i16(4096, 4096) == 1

declare {i32, i1} @llvm.umul.with.overflow.i32(i32, i32)
define i64 @umul_o0_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 0
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @umul_o0_i32(0, 0) == 0
; run: @umul_o0_i32(1, 2) == 2
; run: @umul_o0_i32(2, 1) == 2
; run: @umul_o0_i32(-1, 1) == 0xffffffff
; run: @umul_o0_i32(1, -1) == 0xffffffff
; run: @umul_o0_i32(-1, -1) == 1
; run: @umul_o0_i32(-9223372036854775808, -1) == 0
; run: @umul_o0_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o0_i32(0x12345678, 0xdeadbeefcafe) == 0x26307b10
; run: @umul_o0_i32(100, -100) == 0xffffd8f0
; run: @umul_o0_i32(-100, -100) == 10000
; run: @umul_o0_i32(127, 1) == 127
; run: @umul_o0_i32(128, 128) == 16384
; run: @umul_o0_i32(4095, 1) == 4095
; run: @umul_o0_i32(0x7fffffff, 0x7fffffff) == 1
; run: @umul_o0_i32(-2147483648, -2147483648) == 0
; run: @umul_o0_i32(32767, 32767) == 0x3fff0001
; run: @umul_o0_i32(4096, 4096) == 0x1000000
define i64 @umul_o1_i32(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %s = call {i32, i1} @llvm.umul.with.overflow.i32(i32 %a.t, i32 %b.t)
  %r = extractvalue {i32, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i32(0, 0) == 0
; run: @umul_o1_i32(1, 2) == 0
; run: @umul_o1_i32(2, 1) == 0
; run: @umul_o1_i32(-1, 1) == 0
; run: @umul_o1_i32(1, -1) == 0
; run: @umul_o1_i32(-1, -1) == 1
; run: @umul_o1_i32(-9223372036854775808, -1) == 0
; run: @umul_o1_i32(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o1_i32(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i32(100, -100) == 1
; run: @umul_o1_i32(-100, -100) == 1
; run: @umul_o1_i32(127, 1) == 0
; run: @umul_o1_i32(128, 128) == 0
; run: @umul_o1_i32(4095, 1) == 0
; run: @umul_o1_i32(0x7fffffff, 0x7fffffff) == 1
; run: @umul_o1_i32(-2147483648, -2147483648) == 1
; run: @umul_o1_i32(32767, 32767) == 0
; run: @umul_o1_i32(4096, 4096) == 0

declare {i40, i1} @llvm.umul.with.overflow.i40(i40, i40)
define i64 @umul_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.umul.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @umul_o0_i40(0, 0) == 0
; run: @umul_o0_i40(1, 2) == 2
; run: @umul_o0_i40(2, 1) == 2
; run: @umul_o0_i40(-1, 1) == 0xffffffffff
; run: @umul_o0_i40(1, -1) == 0xffffffffff
; run: @umul_o0_i40(-1, -1) == 1
; run: @umul_o0_i40(-9223372036854775808, -1) == 0
; run: @umul_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o0_i40(0x12345678, 0xdeadbeefcafe) == 0x9126307b10
; run: @umul_o0_i40(100, -100) == 0xffffffd8f0
; run: @umul_o0_i40(-100, -100) == 10000
; run: @umul_o0_i40(127, 1) == 127
; run: @umul_o0_i40(128, 128) == 16384
; run: @umul_o0_i40(4095, 1) == 4095
; run: @umul_o0_i40(0x7fffffff, 0x7fffffff) == 0xff00000001
; run: @umul_o0_i40(-2147483648, -2147483648) == 0
; run: @umul_o0_i40(32767, 32767) == 0x3fff0001
; run: @umul_o0_i40(4096, 4096) == 0x1000000
define i64 @umul_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.umul.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i40(0, 0) == 0
; run: @umul_o1_i40(1, 2) == 0
; run: @umul_o1_i40(2, 1) == 0
; run: @umul_o1_i40(-1, 1) == 0
; run: @umul_o1_i40(1, -1) == 0
; run: @umul_o1_i40(-1, -1) == 1
; run: @umul_o1_i40(-9223372036854775808, -1) == 0
; run: @umul_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @umul_o1_i40(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i40(100, -100) == 1
; run: @umul_o1_i40(-100, -100) == 1
; run: @umul_o1_i40(127, 1) == 0
; run: @umul_o1_i40(128, 128) == 0
; run: @umul_o1_i40(4095, 1) == 0
; run: @umul_o1_i40(0x7fffffff, 0x7fffffff) == 1
; run: @umul_o1_i40(-2147483648, -2147483648) == 1
; run: @umul_o1_i40(32767, 32767) == 0
; run: @umul_o1_i40(4096, 4096) == 0

declare {i64, i1} @llvm.umul.with.overflow.i64(i64, i64)
define i64 @umul_o0_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 0
  ret i64 %r
}
; run: @umul_o0_i64(0, 0) == 0
; run: @umul_o0_i64(1, 2) == 2
; run: @umul_o0_i64(2, 1) == 2
; run: @umul_o0_i64(-1, 1) == -1
; run: @umul_o0_i64(1, -1) == -1
; run: @umul_o0_i64(-1, -1) == 1
; run: @umul_o0_i64(-9223372036854775808, -1) == -9223372036854775808
; run: @umul_o0_i64(0x7fffffffffffffff, 1) == 9223372036854775807
; run: @umul_o0_i64(0x7fffffffffffffff, -9223372036854775808) == -9223372036854775808
; run: @umul_o0_i64(0x12345678, 0xdeadbeefcafe) == -4760757181510288624
; run: @umul_o0_i64(100, -100) == -10000
; run: @umul_o0_i64(-100, -100) == 10000
; run: @umul_o0_i64(127, 1) == 127
; run: @umul_o0_i64(128, 128) == 16384
; run: @umul_o0_i64(4095, 1) == 4095
; run: @umul_o0_i64(0x7fffffff, 0x7fffffff) == 4611686014132420609
; run: @umul_o0_i64(-2147483648, -2147483648) == 4611686018427387904
; run: @umul_o0_i64(32767, 32767) == 1073676289
; run: @umul_o0_i64(4096, 4096) == 16777216
define i64 @umul_o1_i64(i64 %a, i64 %b) {
  %s = call {i64, i1} @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %r = extractvalue {i64, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @umul_o1_i64(0, 0) == 0
; run: @umul_o1_i64(1, 2) == 0
; run: @umul_o1_i64(2, 1) == 0
; run: @umul_o1_i64(-1, 1) == 0
; run: @umul_o1_i64(1, -1) == 0
; run: @umul_o1_i64(-1, -1) == 1
; run: @umul_o1_i64(-9223372036854775808, -1) == 1
; run: @umul_o1_i64(0x7fffffffffffffff, 1) == 0
; run: @umul_o1_i64(0x7fffffffffffffff, -9223372036854775808) == 1
; run: @umul_o1_i64(0x12345678, 0xdeadbeefcafe) == 1
; run: @umul_o1_i64(100, -100) == 1
; run: @umul_o1_i64(-100, -100) == 1
; run: @umul_o1_i64(127, 1) == 0
; run: @umul_o1_i64(128, 128) == 0
; run: @umul_o1_i64(4095, 1) == 0
; run: @umul_o1_i64(0x7fffffff, 0x7fffffff) == 0
; run: @umul_o1_i64(-2147483648, -2147483648) == 1
; run: @umul_o1_i64(32767, 32767) == 0
; run: @umul_o1_i64(4096, 4096) == 0
