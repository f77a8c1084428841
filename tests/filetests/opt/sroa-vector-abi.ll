; test opt sroa
; The x86-64 ABI passes a struct of two floats in one SSE register as <2 x float>: the
; lanes become the two fields.
; run: @sum(1.5) == 4.5

%struct.F2 = type { float, float }

define <2 x float> @make(float %a) {
  %r = alloca %struct.F2, align 4
  %x = getelementptr inbounds %struct.F2, ptr %r, i32 0, i32 0
  store float %a, ptr %x, align 4
  %y = getelementptr inbounds %struct.F2, ptr %r, i32 0, i32 1
  %b = fmul float %a, 2.0
  store float %b, ptr %y, align 4
  %v = load <2 x float>, ptr %r, align 4
  ret <2 x float> %v
}

define double @sum(double %d) {
  %a = fptrunc double %d to float
  %v = call <2 x float> @make(float %a)
  %t = alloca %struct.F2, align 4
  store <2 x float> %v, ptr %t, align 4
  %x = getelementptr inbounds %struct.F2, ptr %t, i32 0, i32 0
  %y = getelementptr inbounds %struct.F2, ptr %t, i32 0, i32 1
  %xv = load float, ptr %x, align 4
  %yv = load float, ptr %y, align 4
  %s = fadd float %xv, %yv
  %r = fpext float %s to double
  ret double %r
}
