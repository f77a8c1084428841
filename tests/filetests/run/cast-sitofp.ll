; `sitofp`: signed integers of widths 1 to 64 (an i64 truncated to the width) to double
; and float, rounded to nearest, ties to even.
; test run

define double @sitofp_i1_double(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sitofp i1 %a.t to double
  ret double %r
}
; run: @sitofp_i1_double(0) == 0.0
; run: @sitofp_i1_double(1) == -1.0

define double @sitofp_i8_double(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sitofp i8 %a.t to double
  ret double %r
}
; run: @sitofp_i8_double(0) == 0.0
; run: @sitofp_i8_double(1) == 1.0
; run: @sitofp_i8_double(-1) == -1.0
; run: @sitofp_i8_double(7) == 7.0
; run: @sitofp_i8_double(-100) == -100.0
; run: @sitofp_i8_double(127) == 127.0
; run: @sitofp_i8_double(128) == -128.0
; run: @sitofp_i8_double(0x12345678) == 120.0
; run: @sitofp_i8_double(0xdeadbeefcafe) == -2.0
; run: @sitofp_i8_double(0x1000003) == 3.0

define double @sitofp_i13_double(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sitofp i13 %a.t to double
  ret double %r
}
; run: @sitofp_i13_double(0) == 0.0
; run: @sitofp_i13_double(1) == 1.0
; run: @sitofp_i13_double(-1) == -1.0
; run: @sitofp_i13_double(7) == 7.0
; run: @sitofp_i13_double(-100) == -100.0
; run: @sitofp_i13_double(127) == 127.0
; run: @sitofp_i13_double(128) == 128.0
; run: @sitofp_i13_double(255) == 255.0
; run: @sitofp_i13_double(0x12345678) == -2440.0
; run: @sitofp_i13_double(0xdeadbeefcafe) == 2814.0
; run: @sitofp_i13_double(0x8000000000000401) == 1025.0
; run: @sitofp_i13_double(0x1000003) == 3.0

define double @sitofp_i16_double(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sitofp i16 %a.t to double
  ret double %r
}
; run: @sitofp_i16_double(0) == 0.0
; run: @sitofp_i16_double(1) == 1.0
; run: @sitofp_i16_double(-1) == -1.0
; run: @sitofp_i16_double(7) == 7.0
; run: @sitofp_i16_double(-100) == -100.0
; run: @sitofp_i16_double(127) == 127.0
; run: @sitofp_i16_double(128) == 128.0
; run: @sitofp_i16_double(255) == 255.0
; run: @sitofp_i16_double(8191) == 8191.0
; run: @sitofp_i16_double(0x12345678) == 22136.0
; run: @sitofp_i16_double(0xdeadbeefcafe) == -13570.0
; run: @sitofp_i16_double(0x8000000000000401) == 1025.0
; run: @sitofp_i16_double(0x1000003) == 3.0

define double @sitofp_i32_double(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = sitofp i32 %a.t to double
  ret double %r
}
; run: @sitofp_i32_double(0) == 0.0
; run: @sitofp_i32_double(1) == 1.0
; run: @sitofp_i32_double(-1) == -1.0
; run: @sitofp_i32_double(7) == 7.0
; run: @sitofp_i32_double(-100) == -100.0
; run: @sitofp_i32_double(127) == 127.0
; run: @sitofp_i32_double(128) == 128.0
; run: @sitofp_i32_double(255) == 255.0
; run: @sitofp_i32_double(8191) == 8191.0
; run: @sitofp_i32_double(0x12345678) == 305419896.0
; run: @sitofp_i32_double(-2147483648) == -2147483648.0
; run: @sitofp_i32_double(0xdeadbeefcafe) == -1091581186.0
; run: @sitofp_i32_double(0x8000000000000401) == 1025.0
; run: @sitofp_i32_double(0x1000001) == 16777217.0
; run: @sitofp_i32_double(0x1000003) == 16777219.0

define double @sitofp_i64_double(i64 %a) {
  %r = sitofp i64 %a to double
  ret double %r
}
; run: @sitofp_i64_double(0) == 0.0
; run: @sitofp_i64_double(1) == 1.0
; run: @sitofp_i64_double(-1) == -1.0
; run: @sitofp_i64_double(7) == 7.0
; run: @sitofp_i64_double(-100) == -100.0
; run: @sitofp_i64_double(127) == 127.0
; run: @sitofp_i64_double(128) == 128.0
; run: @sitofp_i64_double(255) == 255.0
; run: @sitofp_i64_double(8191) == 8191.0
; run: @sitofp_i64_double(0x12345678) == 305419896.0
; run: @sitofp_i64_double(-2147483648) == -2147483648.0
; run: @sitofp_i64_double(0xffffffff) == 4294967295.0
; run: @sitofp_i64_double(0xdeadbeefcafe) == 244837814094590.0
; run: @sitofp_i64_double(0x20000000000001) == 9007199254740992.0
; run: @sitofp_i64_double(0x7fffffffffffffff) == 9.223372036854776e+18
; run: @sitofp_i64_double(-9223372036854775808) == -9.223372036854776e+18
; run: @sitofp_i64_double(0x8000000000000401) == -9.223372036854775e+18
; run: @sitofp_i64_double(0x1000001) == 16777217.0
; run: @sitofp_i64_double(0x1000003) == 16777219.0

define float @sitofp_i1_float(i64 %a) {
  %a.t = trunc i64 %a to i1
  %r = sitofp i1 %a.t to float
  ret float %r
}
; run: @sitofp_i1_float(0) == 0.0
; run: @sitofp_i1_float(1) == -1.0

define float @sitofp_i8_float(i64 %a) {
  %a.t = trunc i64 %a to i8
  %r = sitofp i8 %a.t to float
  ret float %r
}
; run: @sitofp_i8_float(0) == 0.0
; run: @sitofp_i8_float(1) == 1.0
; run: @sitofp_i8_float(-1) == -1.0
; run: @sitofp_i8_float(7) == 7.0
; run: @sitofp_i8_float(-100) == -1e+02
; run: @sitofp_i8_float(127) == 127.0
; run: @sitofp_i8_float(128) == -128.0
; run: @sitofp_i8_float(0x12345678) == 1.2e+02
; run: @sitofp_i8_float(0xdeadbeefcafe) == -2.0
; run: @sitofp_i8_float(0x1000003) == 3.0

define float @sitofp_i13_float(i64 %a) {
  %a.t = trunc i64 %a to i13
  %r = sitofp i13 %a.t to float
  ret float %r
}
; run: @sitofp_i13_float(0) == 0.0
; run: @sitofp_i13_float(1) == 1.0
; run: @sitofp_i13_float(-1) == -1.0
; run: @sitofp_i13_float(7) == 7.0
; run: @sitofp_i13_float(-100) == -1e+02
; run: @sitofp_i13_float(127) == 127.0
; run: @sitofp_i13_float(128) == 128.0
; run: @sitofp_i13_float(255) == 255.0
; run: @sitofp_i13_float(0x12345678) == -2.44e+03
; run: @sitofp_i13_float(0xdeadbeefcafe) == 2814.0
; run: @sitofp_i13_float(0x8000000000000401) == 1025.0
; run: @sitofp_i13_float(0x1000003) == 3.0

define float @sitofp_i16_float(i64 %a) {
  %a.t = trunc i64 %a to i16
  %r = sitofp i16 %a.t to float
  ret float %r
}
; run: @sitofp_i16_float(0) == 0.0
; run: @sitofp_i16_float(1) == 1.0
; run: @sitofp_i16_float(-1) == -1.0
; run: @sitofp_i16_float(7) == 7.0
; run: @sitofp_i16_float(-100) == -1e+02
; run: @sitofp_i16_float(127) == 127.0
; run: @sitofp_i16_float(128) == 128.0
; run: @sitofp_i16_float(255) == 255.0
; run: @sitofp_i16_float(8191) == 8191.0
; run: @sitofp_i16_float(0x12345678) == 22136.0
; run: @sitofp_i16_float(0xdeadbeefcafe) == -1.357e+04
; run: @sitofp_i16_float(0x8000000000000401) == 1025.0
; run: @sitofp_i16_float(0x1000003) == 3.0

define float @sitofp_i32_float(i64 %a) {
  %a.t = trunc i64 %a to i32
  %r = sitofp i32 %a.t to float
  ret float %r
}
; run: @sitofp_i32_float(0) == 0.0
; run: @sitofp_i32_float(1) == 1.0
; run: @sitofp_i32_float(-1) == -1.0
; run: @sitofp_i32_float(7) == 7.0
; run: @sitofp_i32_float(-100) == -1e+02
; run: @sitofp_i32_float(127) == 127.0
; run: @sitofp_i32_float(128) == 128.0
; run: @sitofp_i32_float(255) == 255.0
; run: @sitofp_i32_float(8191) == 8191.0
; run: @sitofp_i32_float(0x12345678) == 3.054199e+08
; run: @sitofp_i32_float(-2147483648) == -2.1474836e+09
; run: @sitofp_i32_float(0xdeadbeefcafe) == -1.0915812e+09
; run: @sitofp_i32_float(0x8000000000000401) == 1025.0
; run: @sitofp_i32_float(0x1000001) == 16777216.0
; run: @sitofp_i32_float(0x1000003) == 1.677722e+07

define float @sitofp_i64_float(i64 %a) {
  %r = sitofp i64 %a to float
  ret float %r
}
; run: @sitofp_i64_float(0) == 0.0
; run: @sitofp_i64_float(1) == 1.0
; run: @sitofp_i64_float(-1) == -1.0
; run: @sitofp_i64_float(7) == 7.0
; run: @sitofp_i64_float(-100) == -1e+02
; run: @sitofp_i64_float(127) == 127.0
; run: @sitofp_i64_float(128) == 128.0
; run: @sitofp_i64_float(255) == 255.0
; run: @sitofp_i64_float(8191) == 8191.0
; run: @sitofp_i64_float(0x12345678) == 3.054199e+08
; run: @sitofp_i64_float(-2147483648) == -2.1474836e+09
; run: @sitofp_i64_float(0xffffffff) == 4.2949673e+09
; run: @sitofp_i64_float(0xdeadbeefcafe) == 2.4483782e+14
; run: @sitofp_i64_float(0x20000000000001) == 9.007199e+15
; run: @sitofp_i64_float(0x7fffffffffffffff) == 9.223372e+18
; run: @sitofp_i64_float(-9223372036854775808) == -9.223372e+18
; run: @sitofp_i64_float(0x8000000000000401) == -9.223372e+18
; run: @sitofp_i64_float(0x1000001) == 16777216.0
; run: @sitofp_i64_float(0x1000003) == 1.677722e+07
