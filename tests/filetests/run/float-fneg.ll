; `fneg` flips the sign bit and nothing else: zeros, infinities, and NaNs with their
; payload (checked bit for bit with hexadecimal patterns).
; test run

define double @fneg_double(double %a) {
  %r = fneg double %a
  ret double %r
}
; run: @fneg_double(0.0) == -0.0
; run: @fneg_double(-0.0) == 0.0
; run: @fneg_double(1.5) == -1.5
; run: @fneg_double(-7.0) == 7.0
; run: @fneg_double(inf) == -inf
; run: @fneg_double(-inf) == inf
; run: @fneg_double(0x7ff8000000000001) == 0xfff8000000000001
; run: @fneg_double(0xfff8000000000000) == 0x7ff8000000000000
; run: @fneg_double(0x0000000000000001) == 0x8000000000000001
; run: @fneg_double(0x8000000000000000) == 0x0000000000000000

define float @fneg_float(float %a) {
  %r = fneg float %a
  ret float %r
}
; run: @fneg_float(0.0) == -0.0
; run: @fneg_float(-0.0) == 0.0
; run: @fneg_float(1.5) == -1.5
; run: @fneg_float(-7.0) == 7.0
; run: @fneg_float(inf) == -inf
; run: @fneg_float(-inf) == inf
; run: @fneg_float(0x7fc00001) == 0xffc00001
; run: @fneg_float(0xffc00000) == 0x7fc00000
; run: @fneg_float(0x00000001) == 0x80000001
; run: @fneg_float(0x80000000) == 0x00000000
