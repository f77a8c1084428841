; `bitcast` between floating-point and integer types of the same width moves the bits
; unchanged, NaN payloads included.
; test run

define i64 @double_bits(double %a) {
  %r = bitcast double %a to i64
  ret i64 %r
}
; run: @double_bits(0.0) == 0x0
; run: @double_bits(-0.0) == 0x8000000000000000
; run: @double_bits(1.0) == 0x3ff0000000000000
; run: @double_bits(-2.5) == 0xc004000000000000
; run: @double_bits(inf) == 0x7ff0000000000000
; run: @double_bits(0x7ff0000000000001) == 0x7ff0000000000001

define double @bits_double(i64 %a) {
  %r = bitcast i64 %a to double
  ret double %r
}
; run: @bits_double(0x0) == 0.0
; run: @bits_double(0x8000000000000000) == -0.0
; run: @bits_double(0x3ff0000000000000) == 1.0
; run: @bits_double(0xc004000000000000) == -2.5
; run: @bits_double(0x7ff0000000000000) == inf
; run: @bits_double(0xfff8000000000123) == 0xfff8000000000123

define i32 @float_bits(float %a) {
  %r = bitcast float %a to i32
  ret i32 %r
}
; run: @float_bits(0.0) == 0x0
; run: @float_bits(-0.0) == 0x80000000
; run: @float_bits(1.0) == 0x3f800000
; run: @float_bits(-2.5) == 0xc0200000
; run: @float_bits(0.1) == 0x3dcccccd
; run: @float_bits(0x7fa00001) == 0x7fa00001

define float @bits_float(i32 %a) {
  %r = bitcast i32 %a to float
  ret float %r
}
; run: @bits_float(0x0) == 0.0
; run: @bits_float(0x80000000) == -0.0
; run: @bits_float(0x3f800000) == 1.0
; run: @bits_float(0xc0200000) == -2.5
; run: @bits_float(0x3dcccccd) == 0.1
; run: @bits_float(0xffc00005) == 0xffc00005
