; `fadd`: IEEE addition, on double and float, with signed zeros, subnormals, overflow to
; infinity, infinities and NaN. Results are exact to the bit (NaN matches any NaN).
; test run

define double @fadd_double(double %a, double %b) {
  %r = fadd double %a, %b
  ret double %r
}
; run: @fadd_double(1.0, 2.0) == 3.0
; run: @fadd_double(0.1, 0.2) == 0.30000000000000004
; run: @fadd_double(-1.5, 3.0) == 1.5
; run: @fadd_double(7.25, -0.1) == 7.15
; run: @fadd_double(0.0, -0.0) == 0.0
; run: @fadd_double(-0.0, -0.0) == -0.0
; run: @fadd_double(0.0, 0.0) == 0.0
; run: @fadd_double(1e+308, 1e+308) == inf
; run: @fadd_double(-1e+308, 1e+308) == 0.0
; run: @fadd_double(5e-324, 5e-324) == 1e-323
; run: @fadd_double(5e-324, 0.5) == 0.5
; run: @fadd_double(-2.5e-310, 3.0) == 3.0
; run: @fadd_double(inf, 1.0) == inf
; run: @fadd_double(inf, -inf) == nan
; run: @fadd_double(inf, inf) == inf
; run: @fadd_double(-inf, 0.0) == -inf
; run: @fadd_double(nan, 1.0) == nan
; run: @fadd_double(1.0, nan) == nan
; run: @fadd_double(3.0, 0.0) == 3.0
; run: @fadd_double(-3.0, 0.0) == -3.0
; run: @fadd_double(7.25, 2.0) == 9.25
; run: @fadd_double(-7.25, 2.0) == -5.25
; run: @fadd_double(1.0, 3.0) == 4.0
; run: @fadd_double(1e-300, 1e-300) == 2e-300
; run: @fadd_double(123456.789, 0.001) == 123456.79000000001

define float @fadd_float(float %a, float %b) {
  %r = fadd float %a, %b
  ret float %r
}
; run: @fadd_float(1.0, 2.0) == 3.0
; run: @fadd_float(0.1, 0.2) == 0.3
; run: @fadd_float(-1.5, 3.0) == 1.5
; run: @fadd_float(7.25, -0.1) == 7.15
; run: @fadd_float(0.0, -0.0) == 0.0
; run: @fadd_float(-0.0, -0.0) == -0.0
; run: @fadd_float(0.0, 0.0) == 0.0
; run: @fadd_float(inf, inf) == inf
; run: @fadd_float(-inf, inf) == nan
; run: @fadd_float(0.0, 0.5) == 0.5
; run: @fadd_float(-0.0, 3.0) == 3.0
; run: @fadd_float(inf, 1.0) == inf
; run: @fadd_float(inf, -inf) == nan
; run: @fadd_float(-inf, 0.0) == -inf
; run: @fadd_float(nan, 1.0) == nan
; run: @fadd_float(1.0, nan) == nan
; run: @fadd_float(3.0, 0.0) == 3.0
; run: @fadd_float(-3.0, 0.0) == -3.0
; run: @fadd_float(7.25, 2.0) == 9.25
; run: @fadd_float(-7.25, 2.0) == -5.25
; run: @fadd_float(1.0, 3.0) == 4.0
; run: @fadd_float(123456.79, 0.001) == 123456.79
