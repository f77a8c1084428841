; `fpext` float to double (exact) and `fptrunc` double to float (rounded to nearest,
; ties to even; overflow to infinity; tiny values to subnormals or zero), with signed
; zeros, infinities and NaN.
; test run

define double @fpext(float %a) {
  %r = fpext float %a to double
  ret double %r
}
; run: @fpext(0.0) == 0.0
; run: @fpext(-0.0) == -0.0
; run: @fpext(1.5) == 1.5
; run: @fpext(0.1) == 0.10000000149011612
; run: @fpext(-3.4028235e+38) == -3.4028234663852886e+38
; run: @fpext(1e-45) == 1.401298464324817e-45
; run: @fpext(inf) == inf
; run: @fpext(-inf) == -inf
; run: @fpext(nan) == nan

define float @fptrunc(double %a) {
  %r = fptrunc double %a to float
  ret float %r
}
; run: @fptrunc(0.0) == 0.0
; run: @fptrunc(-0.0) == -0.0
; run: @fptrunc(1.5) == 1.5
; run: @fptrunc(0.1) == 0.1
; run: @fptrunc(1e+300) == inf
; run: @fptrunc(-1e+300) == -inf
; run: @fptrunc(1e-300) == 0.0
; run: @fptrunc(-1e-50) == -0.0
; run: @fptrunc(3.4028235677973366e+38) == inf
; run: @fptrunc(1.0000000596046448) == 1.0
; run: @fptrunc(1.0000001788139343) == 1.0000002
; run: @fptrunc(16777217.0) == 16777216.0
; run: @fptrunc(1e-45) == 1e-45
; run: @fptrunc(inf) == inf
; run: @fptrunc(nan) == nan
