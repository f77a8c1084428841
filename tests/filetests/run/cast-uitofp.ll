; `uitofp`: unsigned integers of widths 1 to 64 (an i64 truncated to the width) to
; double and float, rounded to nearest, ties to even.
; test run

define double @uitofp_i1_double(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = uitofp i1 %a.t to double
  ret double %r
}
; run: @uitofp_i1_double(0) == 0.0
; run: @uitofp_i1_double(1) == 1.0

define double @uitofp_i8_double(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = uitofp i8 %a.t to double
  ret double %r
}
; run: @uitofp_i8_double(0) == 0.0
; run: @uitofp_i8_double(1) == 1.0
; run: @uitofp_i8_double(-1) == 255.0
; run: @uitofp_i8_double(7) == 7.0
; run: @uitofp_i8_double(-100) == 156.0
; run: @uitofp_i8_double(127) == 127.0
; run: @uitofp_i8_double(128) == 128.0
; run: @uitofp_i8_double(0x12345678) == 120.0
; run: @uitofp_i8_double(0xdeadbeefcafe) == 254.0
; run: @uitofp_i8_double(0x1000003) == 3.0

define double @uitofp_i13_double(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = uitofp i13 %a.t to double
  ret double %r
}
; run: @uitofp_i13_double(0) == 0.0
; run: @uitofp_i13_double(1) == 1.0
; run: @uitofp_i13_double(-1) == 8191.0
; run: @uitofp_i13_double(7) == 7.0
; run: @uitofp_i13_double(-100) == 8092.0
; run: @uitofp_i13_double(127) == 127.0
; run: @uitofp_i13_double(128) == 128.0
; run: @uitofp_i13_double(255) == 255.0
; run: @uitofp_i13_double(0x12345678) == 5752.0
; run: @uitofp_i13_double(0xdeadbeefcafe) == 2814.0
; run: @uitofp_i13_double(0x8000000000000401) == 1025.0
; run: @uitofp_i13_double(0x1000003) == 3.0

define double @uitofp_i16_double(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = uitofp i16 %a.t to double
  ret double %r
}
; run: @uitofp_i16_double(0) == 0.0
; run: @uitofp_i16_double(1) == 1.0
; run: @uitofp_i16_double(-1) == 65535.0
; run: @uitofp_i16_double(7) == 7.0
; run: @uitofp_i16_double(-100) == 65436.0
; run: @uitofp_i16_double(127) == 127.0
; run: @uitofp_i16_double(128) == 128.0
; run: @uitofp_i16_double(255) == 255.0
; run: @uitofp_i16_double(8191) == 8191.0
; run: @uitofp_i16_double(0x12345678) == 22136.0
; run: @uitofp_i16_double(0xdeadbeefcafe) == 51966.0
; run: @uitofp_i16_double(0x8000000000000401) == 1025.0
; run: @uitofp_i16_double(0x1000003) == 3.0

define double @uitofp_i32_double(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = uitofp i32 %a.t to double
  ret double %r
}
; run: @uitofp_i32_double(0) == 0.0
; run: @uitofp_i32_double(1) == 1.0
; run: @uitofp_i32_double(-1) == 4294967295.0
; run: @uitofp_i32_double(7) == 7.0
; run: @uitofp_i32_double(-100) == 4294967196.0
; run: @uitofp_i32_double(127) == 127.0
; run: @uitofp_i32_double(128) == 128.0
; run: @uitofp_i32_double(255) == 255.0
; run: @uitofp_i32_double(8191) == 8191.0
; run: @uitofp_i32_double(0x12345678) == 305419896.0
; run: @uitofp_i32_double(-2147483648) == 2147483648.0
; run: @uitofp_i32_double(0xdeadbeefcafe) == 3203386110.0
; run: @uitofp_i32_double(0x8000000000000401) == 1025.0
; run: @uitofp_i32_double(0x1000001) == 16777217.0
; run: @uitofp_i32_double(0x1000003) == 16777219.0

define double @uitofp_i64_double(i64 %a) {
  %r = uitofp i64 %a to double
  ret double %r
}
; run: @uitofp_i64_double(0) == 0.0
; run: @uitofp_i64_double(1) == 1.0
; run: @uitofp_i64_double(-1) == 1.8446744073709552e+19
; run: @uitofp_i64_double(7) == 7.0
; run: @uitofp_i64_double(-100) == 1.8446744073709552e+19
; run: @uitofp_i64_double(127) == 127.0
; run: @uitofp_i64_double(128) == 128.0
; run: @uitofp_i64_double(255) == 255.0
; run: @uitofp_i64_double(8191) == 8191.0
; run: @uitofp_i64_double(0x12345678) == 305419896.0
; run: @uitofp_i64_double(-2147483648) == 1.8446744071562068e+19
; run: @uitofp_i64_double(0xffffffff) == 4294967295.0
; run: @uitofp_i64_double(0xdeadbeefcafe) == 244837814094590.0
; run: @uitofp_i64_double(0x20000000000001) == 9007199254740992.0
; run: @uitofp_i64_double(0x7fffffffffffffff) == 9.223372036854776e+18
; run: @uitofp_i64_double(-9223372036854775808) == 9.223372036854776e+18
; run: @uitofp_i64_double(0x8000000000000401) == 9.223372036854778e+18
; run: @uitofp_i64_double(0x1000001) == 16777217.0
; run: @uitofp_i64_double(0x1000003) == 16777219.0

define float @uitofp_i1_float(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = uitofp i1 %a.t to float
  ret float %r
}
; run: @uitofp_i1_float(0) == 0.0
; run: @uitofp_i1_float(1) == 1.0

define float @uitofp_i8_float(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = uitofp i8 %a.t to float
  ret float %r
}
; run: @uitofp_i8_float(0) == 0.0
; run: @uitofp_i8_float(1) == 1.0
; run: @uitofp_i8_float(-1) == 255.0
; run: @uitofp_i8_float(7) == 7.0
; run: @uitofp_i8_float(-100) == 156.0
; run: @uitofp_i8_float(127) == 127.0
; run: @uitofp_i8_float(128) == 128.0
; run: @uitofp_i8_float(0x12345678) == 1.2e+02
; run: @uitofp_i8_float(0xdeadbeefcafe) == 254.0
; run: @uitofp_i8_float(0x1000003) == 3.0

define float @uitofp_i13_float(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = uitofp i13 %a.t to float
  ret float %r
}
; run: @uitofp_i13_float(0) == 0.0
; run: @uitofp_i13_float(1) == 1.0
; run: @uitofp_i13_float(-1) == 8191.0
; run: @uitofp_i13_float(7) == 7.0
; run: @uitofp_i13_float(-100) == 8092.0
; run: @uitofp_i13_float(127) == 127.0
; run: @uitofp_i13_float(128) == 128.0
; run: @uitofp_i13_float(255) == 255.0
; run: @uitofp_i13_float(0x12345678) == 5752.0
; run: @uitofp_i13_float(0xdeadbeefcafe) == 2814.0
; run: @uitofp_i13_float(0x8000000000000401) == 1025.0
; run: @uitofp_i13_float(0x1000003) == 3.0

define float @uitofp_i16_float(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = uitofp i16 %a.t to float
  ret float %r
}
; run: @uitofp_i16_float(0) == 0.0
; run: @uitofp_i16_float(1) == 1.0
; run: @uitofp_i16_float(-1) == 65535.0
; run: @uitofp_i16_float(7) == 7.0
; run: @uitofp_i16_float(-100) == 65436.0
; run: @uitofp_i16_float(127) == 127.0
; run: @uitofp_i16_float(128) == 128.0
; run: @uitofp_i16_float(255) == 255.0
; run: @uitofp_i16_float(8191) == 8191.0
; run: @uitofp_i16_float(0x12345678) == 22136.0
; run: @uitofp_i16_float(0xdeadbeefcafe) == 51966.0
; run: @uitofp_i16_float(0x8000000000000401) == 1025.0
; run: @uitofp_i16_float(0x1000003) == 3.0

define float @uitofp_i32_float(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = uitofp i32 %a.t to float
  ret float %r
}
; run: @uitofp_i32_float(0) == 0.0
; run: @uitofp_i32_float(1) == 1.0
; run: @uitofp_i32_float(-1) == 4.2949673e+09
; run: @uitofp_i32_float(7) == 7.0
; run: @uitofp_i32_float(-100) == 4.2949673e+09
; run: @uitofp_i32_float(127) == 127.0
; run: @uitofp_i32_float(128) == 128.0
; run: @uitofp_i32_float(255) == 255.0
; run: @uitofp_i32_float(8191) == 8191.0
; run: @uitofp_i32_float(0x12345678) == 3.054199e+08
; run: @uitofp_i32_float(-2147483648) == 2.1474836e+09
; run: @uitofp_i32_float(0xdeadbeefcafe) == 3.203386e+09
; run: @uitofp_i32_float(0x8000000000000401) == 1025.0
; run: @uitofp_i32_float(0x1000001) == 16777216.0
; run: @uitofp_i32_float(0x1000003) == 1.677722e+07

define float @uitofp_i64_float(i64 %a) {
  %r = uitofp i64 %a to float
  ret float %r
}
; run: @uitofp_i64_float(0) == 0.0
; run: @uitofp_i64_float(1) == 1.0
; run: @uitofp_i64_float(-1) == 1.8446744e+19
; run: @uitofp_i64_float(7) == 7.0
; run: @uitofp_i64_float(-100) == 1.8446744e+19
; run: @uitofp_i64_float(127) == 127.0
; run: @uitofp_i64_float(128) == 128.0
; run: @uitofp_i64_float(255) == 255.0
; run: @uitofp_i64_float(8191) == 8191.0
; run: @uitofp_i64_float(0x12345678) == 3.054199e+08
; run: @uitofp_i64_float(-2147483648) == 1.8446744e+19
; run: @uitofp_i64_float(0xffffffff) == 4.2949673e+09
; run: @uitofp_i64_float(0xdeadbeefcafe) == 2.4483782e+14
; run: @uitofp_i64_float(0x20000000000001) == 9.007199e+15
; run: @uitofp_i64_float(0x7fffffffffffffff) == 9.223372e+18
; run: @uitofp_i64_float(-9223372036854775808) == 9.223372e+18
; run: @uitofp_i64_float(0x8000000000000401) == 9.223372e+18
; run: @uitofp_i64_float(0x1000001) == 16777216.0
; run: @uitofp_i64_float(0x1000003) == 1.677722e+07
