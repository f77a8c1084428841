; Funnel shifts `llvm.fshl`/`llvm.fshr`: the two operands concatenated, shifted by the
; amount modulo the width; equal operands make a rotate.
; test run

declare i8 @llvm.fshl.i8(i8, i8, i8)
define i64 @fshl_i8(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %c.t = trunc i64 %c to i8
  %r = call i8 @llvm.fshl.i8(i8 %a.t, i8 %b.t, i8 %c.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 0) == 239
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 1) == 222
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 3) == 121
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 7) == 144
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 13) == 228
; run: @fshl_i8(0x12345678deadbeef, 0xfedcba987654321, 100) == 242
; run: @fshl_i8(-1, 0, 0) == 255
; run: @fshl_i8(-1, 0, 1) == 254
; run: @fshl_i8(-1, 0, 3) == 248
; run: @fshl_i8(-1, 0, 7) == 128
; run: @fshl_i8(-1, 0, 13) == 224
; run: @fshl_i8(-1, 0, 100) == 240
; run: @fshl_i8(128, 1, 0) == 128
; run: @fshl_i8(128, 1, 1) == 0
; run: @fshl_i8(128, 1, 3) == 0
; run: @fshl_i8(128, 1, 7) == 0
; run: @fshl_i8(128, 1, 13) == 0
; run: @fshl_i8(128, 1, 100) == 0
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 254
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 253
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 247
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 127
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 223
; run: @fshl_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 239

declare i16 @llvm.fshl.i16(i16, i16, i16)
define i64 @fshl_i16(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %c.t = trunc i64 %c to i16
  %r = call i16 @llvm.fshl.i16(i16 %a.t, i16 %b.t, i16 %c.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 0) == 48879
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 1) == 32222
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 3) == 63354
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 7) == 30625
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 8) == 61251
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 13) == 59492
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 31) == 41360
; run: @fshl_i16(0x12345678deadbeef, 0xfedcba987654321, 100) == 61172
; run: @fshl_i16(-1, 0, 0) == 65535
; run: @fshl_i16(-1, 0, 1) == 65534
; run: @fshl_i16(-1, 0, 3) == 65528
; run: @fshl_i16(-1, 0, 7) == 65408
; run: @fshl_i16(-1, 0, 8) == 65280
; run: @fshl_i16(-1, 0, 13) == 57344
; run: @fshl_i16(-1, 0, 31) == 32768
; run: @fshl_i16(-1, 0, 100) == 65520
; run: @fshl_i16(128, 1, 0) == 128
; run: @fshl_i16(128, 1, 1) == 256
; run: @fshl_i16(128, 1, 3) == 1024
; run: @fshl_i16(128, 1, 7) == 16384
; run: @fshl_i16(128, 1, 8) == 32768
; run: @fshl_i16(128, 1, 13) == 0
; run: @fshl_i16(128, 1, 31) == 0
; run: @fshl_i16(128, 1, 100) == 2048
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 51966
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 38397
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 22518
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 32613
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == 65226
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 55647
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == 25983
; run: @fshl_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 45036

declare i32 @llvm.fshl.i32(i32, i32, i32)
define i64 @fshl_i32(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %c.t = trunc i64 %c to i32
  %r = call i32 @llvm.fshl.i32(i32 %a.t, i32 %b.t, i32 %c.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 0) == 0xdeadbeef
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 1) == 0xbd5b7ddf
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 3) == 0xf56df77c
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 7) == 0x56df77c3
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 8) == 0xadbeef87
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 13) == 0xb7ddf0ec
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 31) == 0xc3b2a190
; run: @fshl_i32(0x12345678deadbeef, 0xfedcba987654321, 100) == 0xeadbeef8
; run: @fshl_i32(-1, 0, 0) == 0xffffffff
; run: @fshl_i32(-1, 0, 1) == 0xfffffffe
; run: @fshl_i32(-1, 0, 3) == 0xfffffff8
; run: @fshl_i32(-1, 0, 7) == 0xffffff80
; run: @fshl_i32(-1, 0, 8) == 0xffffff00
; run: @fshl_i32(-1, 0, 13) == 0xffffe000
; run: @fshl_i32(-1, 0, 31) == 0x80000000
; run: @fshl_i32(-1, 0, 100) == 0xfffffff0
; run: @fshl_i32(128, 1, 0) == 128
; run: @fshl_i32(128, 1, 1) == 256
; run: @fshl_i32(128, 1, 3) == 1024
; run: @fshl_i32(128, 1, 7) == 16384
; run: @fshl_i32(128, 1, 8) == 32768
; run: @fshl_i32(128, 1, 13) == 0x100000
; run: @fshl_i32(128, 1, 31) == 0
; run: @fshl_i32(128, 1, 100) == 2048
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 0xbeefcafe
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 0x7ddf95fd
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 0xf77e57f5
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 0x77e57f5f
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == 0xefcafebe
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 0xf95fd7dd
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == 0x5f77e57f
; run: @fshl_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 0xeefcafeb

declare i64 @llvm.fshl.i64(i64, i64, i64)
define i64 @fshl_i64(i64 %a, i64 %b, i64 %c) {
  %r = call i64 @llvm.fshl.i64(i64 %a, i64 %b, i64 %c)
  ret i64 %r
}
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 0) == 1311768468603649775
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 1) == 2623536937207299550
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 3) == -7952596324880353416
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 7) == 1885667317881206663
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 8) == 3771334635762413327
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 13) == -8444500171569634819
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 31) == 8022845490682324436
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 32) == -2401053092344902743
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 63) == -8649473332339367536
; run: @fshl_i64(0x12345678deadbeef, 0xfedcba987654321, 100) == -1523361330099340648
; run: @fshl_i64(-1, 0, 0) == -1
; run: @fshl_i64(-1, 0, 1) == -2
; run: @fshl_i64(-1, 0, 3) == -8
; run: @fshl_i64(-1, 0, 7) == -128
; run: @fshl_i64(-1, 0, 8) == -256
; run: @fshl_i64(-1, 0, 13) == -8192
; run: @fshl_i64(-1, 0, 31) == -2147483648
; run: @fshl_i64(-1, 0, 32) == -4294967296
; run: @fshl_i64(-1, 0, 63) == -9223372036854775808
; run: @fshl_i64(-1, 0, 100) == -68719476736
; run: @fshl_i64(128, 1, 0) == 128
; run: @fshl_i64(128, 1, 1) == 256
; run: @fshl_i64(128, 1, 3) == 1024
; run: @fshl_i64(128, 1, 7) == 16384
; run: @fshl_i64(128, 1, 8) == 32768
; run: @fshl_i64(128, 1, 13) == 1048576
; run: @fshl_i64(128, 1, 31) == 274877906944
; run: @fshl_i64(128, 1, 32) == 549755813888
; run: @fshl_i64(128, 1, 63) == 0
; run: @fshl_i64(128, 1, 100) == 8796093022208
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 244837814094590
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 489675628189180
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 1958702512756720
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 31339240204107520
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == 62678480408215040
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 2005711373062881280
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == -2344152747399418026
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 32) == -4688305494798836051
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 63) == 122418907047295
; run: @fshl_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == -1225911621943170341

declare i8 @llvm.fshr.i8(i8, i8, i8)
define i64 @fshr_i8(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i8
  %b.t = trunc i64 %b to i8
  %c.t = trunc i64 %c to i8
  %r = call i8 @llvm.fshr.i8(i8 %a.t, i8 %b.t, i8 %c.t)
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 0) == 33
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 1) == 144
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 3) == 228
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 7) == 222
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 13) == 121
; run: @fshr_i8(0x12345678deadbeef, 0xfedcba987654321, 100) == 242
; run: @fshr_i8(-1, 0, 0) == 0
; run: @fshr_i8(-1, 0, 1) == 128
; run: @fshr_i8(-1, 0, 3) == 224
; run: @fshr_i8(-1, 0, 7) == 254
; run: @fshr_i8(-1, 0, 13) == 248
; run: @fshr_i8(-1, 0, 100) == 240
; run: @fshr_i8(128, 1, 0) == 1
; run: @fshr_i8(128, 1, 1) == 0
; run: @fshr_i8(128, 1, 3) == 0
; run: @fshr_i8(128, 1, 7) == 0
; run: @fshr_i8(128, 1, 13) == 0
; run: @fshr_i8(128, 1, 100) == 0
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 254
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 127
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 223
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 253
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 247
; run: @fshr_i8(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 239

declare i16 @llvm.fshr.i16(i16, i16, i16)
define i64 @fshr_i16(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i16
  %b.t = trunc i64 %b to i16
  %c.t = trunc i64 %c to i16
  %r = call i16 @llvm.fshr.i16(i16 %a.t, i16 %b.t, i16 %c.t)
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 0) == 17185
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 1) == 41360
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 3) == 59492
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 7) == 56966
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 8) == 61251
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 13) == 63354
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 31) == 32222
; run: @fshr_i16(0x12345678deadbeef, 0xfedcba987654321, 100) == 62514
; run: @fshr_i16(-1, 0, 0) == 0
; run: @fshr_i16(-1, 0, 1) == 32768
; run: @fshr_i16(-1, 0, 3) == 57344
; run: @fshr_i16(-1, 0, 7) == 65024
; run: @fshr_i16(-1, 0, 8) == 65280
; run: @fshr_i16(-1, 0, 13) == 65528
; run: @fshr_i16(-1, 0, 31) == 65534
; run: @fshr_i16(-1, 0, 100) == 61440
; run: @fshr_i16(128, 1, 0) == 1
; run: @fshr_i16(128, 1, 1) == 0
; run: @fshr_i16(128, 1, 3) == 0
; run: @fshr_i16(128, 1, 7) == 0
; run: @fshr_i16(128, 1, 8) == 32768
; run: @fshr_i16(128, 1, 13) == 1024
; run: @fshr_i16(128, 1, 31) == 256
; run: @fshr_i16(128, 1, 100) == 0
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 51966
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 25983
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 55647
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 64917
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == 65226
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 22518
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == 38397
; run: @fshr_i16(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 60591

declare i32 @llvm.fshr.i32(i32, i32, i32)
define i64 @fshr_i32(i64 %a, i64 %b, i64 %c) {
  %a.t = trunc i64 %a to i32
  %b.t = trunc i64 %b to i32
  %c.t = trunc i64 %c to i32
  %r = call i32 @llvm.fshr.i32(i32 %a.t, i32 %b.t, i32 %c.t)
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 0) == 0x87654321
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 1) == 0xc3b2a190
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 3) == 0xf0eca864
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 7) == 0xdf0eca86
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 8) == 0xef876543
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 13) == 0xf77c3b2a
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 31) == 0xbd5b7ddf
; run: @fshr_i32(0x12345678deadbeef, 0xfedcba987654321, 100) == 0xf8765432
; run: @fshr_i32(-1, 0, 0) == 0
; run: @fshr_i32(-1, 0, 1) == 0x80000000
; run: @fshr_i32(-1, 0, 3) == 0xe0000000
; run: @fshr_i32(-1, 0, 7) == 0xfe000000
; run: @fshr_i32(-1, 0, 8) == 0xff000000
; run: @fshr_i32(-1, 0, 13) == 0xfff80000
; run: @fshr_i32(-1, 0, 31) == 0xfffffffe
; run: @fshr_i32(-1, 0, 100) == 0xf0000000
; run: @fshr_i32(128, 1, 0) == 1
; run: @fshr_i32(128, 1, 1) == 0
; run: @fshr_i32(128, 1, 3) == 0
; run: @fshr_i32(128, 1, 7) == 0
; run: @fshr_i32(128, 1, 8) == 0x80000000
; run: @fshr_i32(128, 1, 13) == 0x4000000
; run: @fshr_i32(128, 1, 31) == 256
; run: @fshr_i32(128, 1, 100) == 0
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 0xbeefcafe
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 0x5f77e57f
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == 0xd7ddf95f
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == 0xfd7ddf95
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == 0xfebeefca
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 0x57f5f77e
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == 0x7ddf95fd
; run: @fshr_i32(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == 0xebeefcaf

declare i64 @llvm.fshr.i64(i64, i64, i64)
define i64 @fshr_i64(i64 %a, i64 %b, i64 %c) {
  %r = call i64 @llvm.fshr.i64(i64 %a, i64 %b, i64 %c)
  ret i64 %r
}
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 0) == 1147797409030816545
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 1) == -8649473332339367536
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 3) == -2162368333084841884
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 7) == -2440991030031496570
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 8) == -1220495515015748285
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 13) == -614601237147665622
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 31) == -4802106184689805485
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 32) == -2401053092344902743
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 63) == 2623536937207299550
; run: @fshr_i64(0x12345678deadbeef, 0xfedcba987654321, 100) == -8220516350519485254
; run: @fshr_i64(-1, 0, 0) == 0
; run: @fshr_i64(-1, 0, 1) == -9223372036854775808
; run: @fshr_i64(-1, 0, 3) == -2305843009213693952
; run: @fshr_i64(-1, 0, 7) == -144115188075855872
; run: @fshr_i64(-1, 0, 8) == -72057594037927936
; run: @fshr_i64(-1, 0, 13) == -2251799813685248
; run: @fshr_i64(-1, 0, 31) == -8589934592
; run: @fshr_i64(-1, 0, 32) == -4294967296
; run: @fshr_i64(-1, 0, 63) == -2
; run: @fshr_i64(-1, 0, 100) == -268435456
; run: @fshr_i64(128, 1, 0) == 1
; run: @fshr_i64(128, 1, 1) == 0
; run: @fshr_i64(128, 1, 3) == 0
; run: @fshr_i64(128, 1, 7) == 0
; run: @fshr_i64(128, 1, 8) == -9223372036854775808
; run: @fshr_i64(128, 1, 13) == 288230376151711744
; run: @fshr_i64(128, 1, 31) == 1099511627776
; run: @fshr_i64(128, 1, 32) == 549755813888
; run: @fshr_i64(128, 1, 63) == 256
; run: @fshr_i64(128, 1, 100) == 34359738368
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 0) == 244837814094590
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 1) == 122418907047295
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 3) == -4611655413700626081
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 7) == -288228463356289131
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 8) == -144114231678144566
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 13) == 6336564705597716350
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 31) == 9070133084111879515
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 32) == -4688305494798836051
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 63) == 489675628189180
; run: @fshr_i64(0xdeadbeefcafe, 0xdeadbeefcafe, 100) == -2598862102638621206

; Constant amounts (shld/shrd by an immediate at -O1 and up; taken modulo the width).
define i32 @fshl_i32_by_7(i32 %a, i32 %b) {
  %r = call i32 @llvm.fshl.i32(i32 %a, i32 %b, i32 7)
  ret i32 %r
}
; run: @fshl_i32_by_7(305419896, -1698898192) == 439041101
; run: @fshl_i32_by_7(-1, 0) == -128
; run: @fshl_i32_by_7(0, -1) == 127
; run: @fshl_i32_by_7(-1, 1) == -128
define i32 @fshr_i32_by_29(i32 %a, i32 %b) {
  %r = call i32 @llvm.fshr.i32(i32 %a, i32 %b, i32 29)
  ret i32 %r
}
; run: @fshr_i32_by_29(305419896, -1698898192) == -1851608124
; run: @fshr_i32_by_29(-1, 0) == -8
; run: @fshr_i32_by_29(0, -1) == 7
; run: @fshr_i32_by_29(-1, 1) == -8
define i64 @fshl_i64_by_13(i64 %a, i64 %b) {
  %r = call i64 @llvm.fshl.i64(i64 %a, i64 %b, i64 13)
  ret i64 %r
}
; run: @fshl_i64_by_13(305419896, 2596069104) == 2501999788032
; run: @fshl_i64_by_13(-1, 0) == -8192
; run: @fshl_i64_by_13(0, -1) == 8191
; run: @fshl_i64_by_13(9223372036854775807, -9223372036854775807) == -4096
define i64 @fshr_i64_by_77(i64 %a, i64 %b) {
  %r = call i64 @llvm.fshr.i64(i64 %a, i64 %b, i64 77)
  ret i64 %r
}
; run: @fshr_i64_by_77(305419896, 2596069104) == -5494391545391688218
; run: @fshr_i64_by_77(-1, 0) == -2251799813685248
; run: @fshr_i64_by_77(0, -1) == 2251799813685247
; run: @fshr_i64_by_77(9223372036854775807, -9223372036854775807) == -1125899906842624
define i64 @fshl_i64_by_0(i64 %a, i64 %b) {
  %r = call i64 @llvm.fshl.i64(i64 %a, i64 %b, i64 0)
  ret i64 %r
}
; run: @fshl_i64_by_0(305419896, 2596069104) == 305419896
; run: @fshl_i64_by_0(-1, 0) == -1
; run: @fshl_i64_by_0(0, -1) == 0
; run: @fshl_i64_by_0(9223372036854775807, -9223372036854775807) == 9223372036854775807
define i32 @fshr_i32_by_32(i32 %a, i32 %b) {
  %r = call i32 @llvm.fshr.i32(i32 %a, i32 %b, i32 32)
  ret i32 %r
}
; run: @fshr_i32_by_32(305419896, -1698898192) == -1698898192
; run: @fshr_i32_by_32(-1, 0) == 0
; run: @fshr_i32_by_32(0, -1) == -1
; run: @fshr_i32_by_32(-1, 1) == 1
