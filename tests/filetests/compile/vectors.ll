; Vector code after legalization: a <4 x i32> add on memory is done lane by lane, and a
; <2 x float> ABI carrier is built and taken apart.
; test compile
; test run

define void @add4(ptr %a, ptr %b, ptr %out) {
  %x = load <4 x i32>, ptr %a
  %y = load <4 x i32>, ptr %b
  %s = add <4 x i32> %x, %y
  store <4 x i32> %s, ptr %out
  ret void
}

define float @pair_sum(float %a, float %b) {
  %p0 = insertelement <2 x float> undef, float %a, i32 0
  %p = insertelement <2 x float> %p0, float %b, i32 1
  %x = extractelement <2 x float> %p, i32 0
  %y = extractelement <2 x float> %p, i32 1
  %s = fadd float %x, %y
  ret float %s
}
; run: @pair_sum(1.5, 2.0) == 3.5
