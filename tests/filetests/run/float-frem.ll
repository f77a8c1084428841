; `frem`: IEEE remainder, as C fmod: the sign of the dividend, NaN for x rem 0 and inf
; rem y, on double and float, with signed zeros, subnormals, overflow to infinity,
; infinities and NaN. Results are exact to the bit (NaN matches any NaN).
; test run

define double @frem_double(double %a, double %b) {
  %r = frem double %a, %b
  ret double %r
}
; run: @frem_double(1.0, 2.0) == 1.0
; run: @frem_double(0.1, 0.2) == 0.1
; run: @frem_double(-1.5, 3.0) == -1.5
; run: @frem_double(7.25, -0.1) == 0.0499999999999996
; run: @frem_double(0.0, -0.0) == nan
; run: @frem_double(-0.0, -0.0) == nan
; run: @frem_double(0.0, 0.0) == nan
; run: @frem_double(1e+308, 1e+308) == 0.0
; run: @frem_double(-1e+308, 1e+308) == -0.0
; run: @frem_double(5e-324, 5e-324) == 0.0
; run: @frem_double(5e-324, 0.5) == 5e-324
; run: @frem_double(-2.5e-310, 3.0) == -2.5e-310
; run: @frem_double(inf, 1.0) == nan
; run: @frem_double(inf, -inf) == nan
; run: @frem_double(inf, inf) == nan
; run: @frem_double(-inf, 0.0) == nan
; run: @frem_double(nan, 1.0) == nan
; run: @frem_double(1.0, nan) == nan
; run: @frem_double(3.0, 0.0) == nan
; run: @frem_double(-3.0, 0.0) == nan
; run: @frem_double(7.25, 2.0) == 1.25
; run: @frem_double(-7.25, 2.0) == -1.25
; run: @frem_double(1.0, 3.0) == 1.0
; run: @frem_double(1e-300, 1e-300) == 0.0
; run: @frem_double(123456.789, 0.001) == 1.7374062258324052e-12

define float @frem_float(float %a, float %b) {
  %r = frem float %a, %b
  ret float %r
}
; run: @frem_float(1.0, 2.0) == 1.0
; run: @frem_float(0.1, 0.2) == 0.1
; run: @frem_float(-1.5, 3.0) == -1.5
; run: @frem_float(7.25, -0.1) == 0.049999893
; run: @frem_float(0.0, -0.0) == nan
; run: @frem_float(-0.0, -0.0) == nan
; run: @frem_float(0.0, 0.0) == nan
; run: @frem_float(inf, inf) == nan
; run: @frem_float(-inf, inf) == nan
; run: @frem_float(0.0, 0.5) == 0.0
; run: @frem_float(-0.0, 3.0) == -0.0
; run: @frem_float(inf, 1.0) == nan
; run: @frem_float(inf, -inf) == nan
; run: @frem_float(-inf, 0.0) == nan
; run: @frem_float(nan, 1.0) == nan
; run: @frem_float(1.0, nan) == nan
; run: @frem_float(3.0, 0.0) == nan
; run: @frem_float(-3.0, 0.0) == nan
; run: @frem_float(7.25, 2.0) == 1.25
; run: @frem_float(-7.25, 2.0) == -1.25
; run: @frem_float(1.0, 3.0) == 1.0
; run: @frem_float(123456.79, 0.001) == 0.00019861746
