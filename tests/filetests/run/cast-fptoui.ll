; `fptoui`: truncation toward zero of double and float into integers of widths 1 to 64;
; only values whose truncation fits are used (others give poison). The result is
; returned zero-extended to i64.
; test run

define i64 @fptoui_double_i1(double %a) {
  %r = fptoui double %a to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @fptoui_double_i1(0.0) == 0
; run: @fptoui_double_i1(-0.0) == 0
; run: @fptoui_double_i1(1.9) == 1
; run: @fptoui_double_i1(1e-300) == 0
; run: @fptoui_double_i1(0.5) == 0

define i64 @fptoui_double_i8(double %a) {
  %r = fptoui double %a to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @fptoui_double_i8(0.0) == 0
; run: @fptoui_double_i8(-0.0) == 0
; run: @fptoui_double_i8(1.9) == 1
; run: @fptoui_double_i8(127.5) == 127
; run: @fptoui_double_i8(255.9) == 255
; run: @fptoui_double_i8(1e-300) == 0
; run: @fptoui_double_i8(0.5) == 0

define i64 @fptoui_double_i13(double %a) {
  %r = fptoui double %a to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @fptoui_double_i13(0.0) == 0
; run: @fptoui_double_i13(-0.0) == 0
; run: @fptoui_double_i13(1.9) == 1
; run: @fptoui_double_i13(127.5) == 127
; run: @fptoui_double_i13(255.9) == 255
; run: @fptoui_double_i13(1e-300) == 0
; run: @fptoui_double_i13(0.5) == 0
; run: @fptoui_double_i13(8191.5) == 8191

define i64 @fptoui_double_i16(double %a) {
  %r = fptoui double %a to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @fptoui_double_i16(0.0) == 0
; run: @fptoui_double_i16(-0.0) == 0
; run: @fptoui_double_i16(1.9) == 1
; run: @fptoui_double_i16(127.5) == 127
; run: @fptoui_double_i16(255.9) == 255
; run: @fptoui_double_i16(32767.0) == 32767
; run: @fptoui_double_i16(65535.0) == 65535
; run: @fptoui_double_i16(12345.9) == 12345
; run: @fptoui_double_i16(1e-300) == 0
; run: @fptoui_double_i16(0.5) == 0
; run: @fptoui_double_i16(8191.5) == 8191

define i64 @fptoui_double_i32(double %a) {
  %r = fptoui double %a to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @fptoui_double_i32(0.0) == 0
; run: @fptoui_double_i32(-0.0) == 0
; run: @fptoui_double_i32(1.9) == 1
; run: @fptoui_double_i32(127.5) == 127
; run: @fptoui_double_i32(255.9) == 255
; run: @fptoui_double_i32(32767.0) == 32767
; run: @fptoui_double_i32(65535.0) == 65535
; run: @fptoui_double_i32(2147483647.0) == 0x7fffffff
; run: @fptoui_double_i32(4294967295.0) == 0xffffffff
; run: @fptoui_double_i32(12345.9) == 12345
; run: @fptoui_double_i32(1e-300) == 0
; run: @fptoui_double_i32(0.5) == 0
; run: @fptoui_double_i32(8191.5) == 8191

define i64 @fptoui_double_i64(double %a) {
  %r = fptoui double %a to i64
  ret i64 %r
}
; run: @fptoui_double_i64(0.0) == 0
; run: @fptoui_double_i64(-0.0) == 0
; run: @fptoui_double_i64(1.9) == 1
; run: @fptoui_double_i64(127.5) == 127
; run: @fptoui_double_i64(255.9) == 255
; run: @fptoui_double_i64(32767.0) == 32767
; run: @fptoui_double_i64(65535.0) == 65535
; run: @fptoui_double_i64(2147483647.0) == 2147483647
; run: @fptoui_double_i64(4294967295.0) == 4294967295
; run: @fptoui_double_i64(9.2e+18) == 9200000000000000000
; run: @fptoui_double_i64(1.8e+19) == -446744073709551616
; run: @fptoui_double_i64(1.844674407370955e+19) == -2048
; run: @fptoui_double_i64(12345.9) == 12345
; run: @fptoui_double_i64(1e-300) == 0
; run: @fptoui_double_i64(0.5) == 0
; run: @fptoui_double_i64(8191.5) == 8191

define i64 @fptoui_float_i1(float %a) {
  %r = fptoui float %a to i1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @fptoui_float_i1(0.0) == 0
; run: @fptoui_float_i1(-0.0) == 0
; run: @fptoui_float_i1(1.9) == 1
; run: @fptoui_float_i1(0.5) == 0

define i64 @fptoui_float_i8(float %a) {
  %r = fptoui float %a to i8
  %z = zext i8 %r to i64
  ret i64 %z
}
; run: @fptoui_float_i8(0.0) == 0
; run: @fptoui_float_i8(-0.0) == 0
; run: @fptoui_float_i8(1.9) == 1
; run: @fptoui_float_i8(127.5) == 127
; run: @fptoui_float_i8(255.9) == 255
; run: @fptoui_float_i8(0.5) == 0

define i64 @fptoui_float_i13(float %a) {
  %r = fptoui float %a to i13
  %z = zext i13 %r to i64
  ret i64 %z
}
; run: @fptoui_float_i13(0.0) == 0
; run: @fptoui_float_i13(-0.0) == 0
; run: @fptoui_float_i13(1.9) == 1
; run: @fptoui_float_i13(127.5) == 127
; run: @fptoui_float_i13(255.9) == 255
; run: @fptoui_float_i13(0.5) == 0
; run: @fptoui_float_i13(8191.5) == 8191

define i64 @fptoui_float_i16(float %a) {
  %r = fptoui float %a to i16
  %z = zext i16 %r to i64
  ret i64 %z
}
; run: @fptoui_float_i16(0.0) == 0
; run: @fptoui_float_i16(-0.0) == 0
; run: @fptoui_float_i16(1.9) == 1
; run: @fptoui_float_i16(127.5) == 127
; run: @fptoui_float_i16(255.9) == 255
; run: @fptoui_float_i16(32767.0) == 32767
; run: @fptoui_float_i16(65535.0) == 65535
; run: @fptoui_float_i16(12345.9) == 12345
; run: @fptoui_float_i16(0.5) == 0
; run: @fptoui_float_i16(8191.5) == 8191

define i64 @fptoui_float_i32(float %a) {
  %r = fptoui float %a to i32
  %z = zext i32 %r to i64
  ret i64 %z
}
; run: @fptoui_float_i32(0.0) == 0
; run: @fptoui_float_i32(-0.0) == 0
; run: @fptoui_float_i32(1.9) == 1
; run: @fptoui_float_i32(127.5) == 127
; run: @fptoui_float_i32(255.9) == 255
; run: @fptoui_float_i32(32767.0) == 32767
; run: @fptoui_float_i32(65535.0) == 65535
; run: @fptoui_float_i32(2.1474836e+09) == 0x80000000
; run: @fptoui_float_i32(12345.9) == 12345
; run: @fptoui_float_i32(0.5) == 0
; run: @fptoui_float_i32(8191.5) == 8191

define i64 @fptoui_float_i64(float %a) {
  %r = fptoui float %a to i64
  ret i64 %r
}
; run: @fptoui_float_i64(0.0) == 0
; run: @fptoui_float_i64(-0.0) == 0
; run: @fptoui_float_i64(1.9) == 1
; run: @fptoui_float_i64(127.5) == 127
; run: @fptoui_float_i64(255.9) == 255
; run: @fptoui_float_i64(32767.0) == 32767
; run: @fptoui_float_i64(65535.0) == 65535
; run: @fptoui_float_i64(2.1474836e+09) == 2147483648
; run: @fptoui_float_i64(4.2949673e+09) == 4294967296
; run: @fptoui_float_i64(9.2e+18) == 9200000267938955264
; run: @fptoui_float_i64(1.8e+19) == -446743668993294336
; run: @fptoui_float_i64(12345.9) == 12345
; run: @fptoui_float_i64(0.5) == 0
; run: @fptoui_float_i64(8191.5) == 8191
