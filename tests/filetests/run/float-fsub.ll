; `fsub`: IEEE subtraction, on double and float, with signed zeros, subnormals, overflow
; to infinity, infinities and NaN. Results are exact to the bit (NaN matches any NaN).
; test run

define double @fsub_double(double %a, double %b) {
  %r = fsub double %a, %b
  ret double %r
}
; run: @fsub_double(1.0, 2.0) == -1.0
; run: @fsub_double(0.1, 0.2) == -0.1
; run: @fsub_double(-1.5, 3.0) == -4.5
; run: @fsub_double(7.25, -0.1) == 7.35
; run: @fsub_double(0.0, -0.0) == 0.0
; run: @fsub_double(-0.0, -0.0) == 0.0
; run: @fsub_double(0.0, 0.0) == 0.0
; run: @fsub_double(1e+308, 1e+308) == 0.0
; run: @fsub_double(-1e+308, 1e+308) == -inf
; run: @fsub_double(5e-324, 5e-324) == 0.0
; run: @fsub_double(5e-324, 0.5) == -0.5
; run: @fsub_double(-2.5e-310, 3.0) == -3.0
; run: @fsub_double(inf, 1.0) == inf
; run: @fsub_double(inf, -inf) == inf
; run: @fsub_double(inf, inf) == nan
; run: @fsub_double(-inf, 0.0) == -inf
; run: @fsub_double(nan, 1.0) == nan
; run: @fsub_double(1.0, nan) == nan
; run: @fsub_double(3.0, 0.0) == 3.0
; run: @fsub_double(-3.0, 0.0) == -3.0
; run: @fsub_double(7.25, 2.0) == 5.25
; run: @fsub_double(-7.25, 2.0) == -9.25
; run: @fsub_double(1.0, 3.0) == -2.0
; run: @fsub_double(1e-300, 1e-300) == 0.0
; run: @fsub_double(123456.789, 0.001) == 123456.788

define float @fsub_float(float %a, float %b) {
  %r = fsub float %a, %b
  ret float %r
}
; run: @fsub_float(1.0, 2.0) == -1.0
; run: @fsub_float(0.1, 0.2) == -0.1
; run: @fsub_float(-1.5, 3.0) == -4.5
; run: @fsub_float(7.25, -0.1) == 7.35
; run: @fsub_float(0.0, -0.0) == 0.0
; run: @fsub_float(-0.0, -0.0) == 0.0
; run: @fsub_float(0.0, 0.0) == 0.0
; run: @fsub_float(inf, inf) == nan
; run: @fsub_float(-inf, inf) == -inf
; run: @fsub_float(0.0, 0.5) == -0.5
; run: @fsub_float(-0.0, 3.0) == -3.0
; run: @fsub_float(inf, 1.0) == inf
; run: @fsub_float(inf, -inf) == inf
; run: @fsub_float(-inf, 0.0) == -inf
; run: @fsub_float(nan, 1.0) == nan
; run: @fsub_float(1.0, nan) == nan
; run: @fsub_float(3.0, 0.0) == 3.0
; run: @fsub_float(-3.0, 0.0) == -3.0
; run: @fsub_float(7.25, 2.0) == 5.25
; run: @fsub_float(-7.25, 2.0) == -9.25
; run: @fsub_float(1.0, 3.0) == -2.0
; run: @fsub_float(123456.79, 0.001) == 123456.79
