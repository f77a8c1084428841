; `fmul`: IEEE multiplication, on double and float, with signed zeros, subnormals,
; overflow to infinity, infinities and NaN. Results are exact to the bit (NaN matches
; any NaN).
; test run

define double @fmul_double(double %a, double %b) {
  %r = fmul double %a, %b
  ret double %r
}
; run: @fmul_double(1.0, 2.0) == 2.0
; run: @fmul_double(0.1, 0.2) == 0.020000000000000004
; run: @fmul_double(-1.5, 3.0) == -4.5
; run: @fmul_double(7.25, -0.1) == -0.7250000000000001
; run: @fmul_double(0.0, -0.0) == -0.0
; run: @fmul_double(-0.0, -0.0) == 0.0
; run: @fmul_double(0.0, 0.0) == 0.0
; run: @fmul_double(1e+308, 1e+308) == inf
; run: @fmul_double(-1e+308, 1e+308) == -inf
; run: @fmul_double(5e-324, 5e-324) == 0.0
; run: @fmul_double(5e-324, 0.5) == 0.0
; run: @fmul_double(-2.5e-310, 3.0) == -7.50000000000005e-310
; run: @fmul_double(inf, 1.0) == inf
; run: @fmul_double(inf, -inf) == -inf
; run: @fmul_double(inf, inf) == inf
; run: @fmul_double(-inf, 0.0) == nan
; run: @fmul_double(nan, 1.0) == nan
; run: @fmul_double(1.0, nan) == nan
; run: @fmul_double(3.0, 0.0) == 0.0
; run: @fmul_double(-3.0, 0.0) == -0.0
; run: @fmul_double(7.25, 2.0) == 14.5
; run: @fmul_double(-7.25, 2.0) == -14.5
; run: @fmul_double(1.0, 3.0) == 3.0
; run: @fmul_double(1e-300, 1e-300) == 0.0
; run: @fmul_double(123456.789, 0.001) == 123.456789

define float @fmul_float(float %a, float %b) {
  %r = fmul float %a, %b
  ret float %r
}
; run: @fmul_float(1.0, 2.0) == 2.0
; run: @fmul_float(0.1, 0.2) == 0.020000001
; run: @fmul_float(-1.5, 3.0) == -4.5
; run: @fmul_float(7.25, -0.1) == -0.725
; run: @fmul_float(0.0, -0.0) == -0.0
; run: @fmul_float(-0.0, -0.0) == 0.0
; run: @fmul_float(0.0, 0.0) == 0.0
; run: @fmul_float(inf, inf) == inf
; run: @fmul_float(-inf, inf) == -inf
; run: @fmul_float(0.0, 0.5) == 0.0
; run: @fmul_float(-0.0, 3.0) == -0.0
; run: @fmul_float(inf, 1.0) == inf
; run: @fmul_float(inf, -inf) == -inf
; run: @fmul_float(-inf, 0.0) == nan
; run: @fmul_float(nan, 1.0) == nan
; run: @fmul_float(1.0, nan) == nan
; run: @fmul_float(3.0, 0.0) == 0.0
; run: @fmul_float(-3.0, 0.0) == -0.0
; run: @fmul_float(7.25, 2.0) == 14.5
; run: @fmul_float(-7.25, 2.0) == -14.5
; run: @fmul_float(1.0, 3.0) == 3.0
; run: @fmul_float(123456.79, 0.001) == 123.456795
