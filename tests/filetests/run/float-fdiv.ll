; `fdiv`: IEEE division (x/0 is an infinity with the sign of x times that of the zero,
; 0/0 NaN), on double and float, with signed zeros, subnormals, overflow to infinity,
; infinities and NaN. Results are exact to the bit (NaN matches any NaN).
; test run

define double @fdiv_double(double %a, double %b) {
  %r = fdiv double %a, %b
  ret double %r
}
; run: @fdiv_double(1.0, 2.0) == 0.5
; run: @fdiv_double(0.1, 0.2) == 0.5
; run: @fdiv_double(-1.5, 3.0) == -0.5
; run: @fdiv_double(7.25, -0.1) == -72.5
; run: @fdiv_double(0.0, -0.0) == nan
; run: @fdiv_double(-0.0, -0.0) == nan
; run: @fdiv_double(0.0, 0.0) == nan
; run: @fdiv_double(1e+308, 1e+308) == 1.0
; run: @fdiv_double(-1e+308, 1e+308) == -1.0
; run: @fdiv_double(5e-324, 5e-324) == 1.0
; run: @fdiv_double(5e-324, 0.5) == 1e-323
; run: @fdiv_double(-2.5e-310, 3.0) == -8.3333333333334e-311
; run: @fdiv_double(inf, 1.0) == inf
; run: @fdiv_double(inf, -inf) == nan
; run: @fdiv_double(inf, inf) == nan
; run: @fdiv_double(-inf, 0.0) == -inf
; run: @fdiv_double(nan, 1.0) == nan
; run: @fdiv_double(1.0, nan) == nan
; run: @fdiv_double(3.0, 0.0) == inf
; run: @fdiv_double(-3.0, 0.0) == -inf
; run: @fdiv_double(7.25, 2.0) == 3.625
; run: @fdiv_double(-7.25, 2.0) == -3.625
; run: @fdiv_double(1.0, 3.0) == 0.3333333333333333
; run: @fdiv_double(1e-300, 1e-300) == 1.0
; run: @fdiv_double(123456.789, 0.001) == 123456789.0

define float @fdiv_float(float %a, float %b) {
  %r = fdiv float %a, %b
  ret float %r
}
; run: @fdiv_float(1.0, 2.0) == 0.5
; run: @fdiv_float(0.1, 0.2) == 0.5
; run: @fdiv_float(-1.5, 3.0) == -0.5
; run: @fdiv_float(7.25, -0.1) == -72.5
; run: @fdiv_float(0.0, -0.0) == nan
; run: @fdiv_float(-0.0, -0.0) == nan
; run: @fdiv_float(0.0, 0.0) == nan
; run: @fdiv_float(inf, inf) == nan
; run: @fdiv_float(-inf, inf) == nan
; run: @fdiv_float(0.0, 0.5) == 0.0
; run: @fdiv_float(-0.0, 3.0) == -0.0
; run: @fdiv_float(inf, 1.0) == inf
; run: @fdiv_float(inf, -inf) == nan
; run: @fdiv_float(-inf, 0.0) == -inf
; run: @fdiv_float(nan, 1.0) == nan
; run: @fdiv_float(1.0, nan) == nan
; run: @fdiv_float(3.0, 0.0) == inf
; run: @fdiv_float(-3.0, 0.0) == -inf
; run: @fdiv_float(7.25, 2.0) == 3.625
; run: @fdiv_float(-7.25, 2.0) == -3.625
; run: @fdiv_float(1.0, 3.0) == 0.33333334
; run: @fdiv_float(123456.79, 0.001) == 1.2345678e+08
