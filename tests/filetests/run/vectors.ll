; Vector operations on values in memory (scalarized per lane before code generation),
; element access, shuffles and the small vectors clang uses as ABI carriers (a struct of
; two floats travels as <2 x float> on x86-64).
; test run

define i32 @add_v4i32(i32 %a, i32 %b) {
  %v1 = insertelement <4 x i32> <i32 1, i32 2, i32 3, i32 4>, i32 %a, i32 0
  %v2 = insertelement <4 x i32> <i32 10, i32 20, i32 30, i32 40>, i32 %b, i32 3
  %s = add <4 x i32> %v1, %v2
  %x0 = extractelement <4 x i32> %s, i32 0
  %x1 = extractelement <4 x i32> %s, i32 1
  %x2 = extractelement <4 x i32> %s, i32 2
  %x3 = extractelement <4 x i32> %s, i32 3
  %t1 = mul i32 %x0, 1000
  %t2 = mul i32 %x1, 100
  %t3 = mul i32 %x2, 10
  %u1 = add i32 %t1, %t2
  %u2 = add i32 %u1, %t3
  %u3 = add i32 %u2, %x3
  ret i32 %u3
}
; run: @add_v4i32(0, 0) == 12534
; run: @add_v4i32(5, -4) == 17530

; Loaded from and stored to memory, with a lane-wise compare and select.
define i64 @clamp_bytes(i64 %packed) {
  %slot = alloca <8 x i8>, align 8
  store i64 %packed, ptr %slot
  %v = load <8 x i8>, ptr %slot
  %big = icmp ugt <8 x i8> %v, <i8 100, i8 100, i8 100, i8 100, i8 100, i8 100, i8 100, i8 100>
  %c = select <8 x i1> %big, <8 x i8> <i8 100, i8 100, i8 100, i8 100, i8 100, i8 100, i8 100, i8 100>, <8 x i8> %v
  store <8 x i8> %c, ptr %slot
  %r = load i64, ptr %slot
  ret i64 %r
}
; run: @clamp_bytes(0x0102030405060708) == 0x0102030405060708
; run: @clamp_bytes(-1) == 0x6464646464646464
; run: @clamp_bytes(0x00ff0065640a) == 0x640064640a

define double @dot2(double %a, double %b, double %c, double %d) {
  %x0 = insertelement <2 x double> undef, double %a, i32 0
  %x = insertelement <2 x double> %x0, double %b, i32 1
  %y0 = insertelement <2 x double> undef, double %c, i32 0
  %y = insertelement <2 x double> %y0, double %d, i32 1
  %p = fmul <2 x double> %x, %y
  %p0 = extractelement <2 x double> %p, i32 0
  %p1 = extractelement <2 x double> %p, i32 1
  %r = fadd double %p0, %p1
  ret double %r
}
; run: @dot2(1.5, 2.0, 4.0, -0.25) == 5.5

define i32 @shuffle(i32 %a, i32 %b, i32 %c, i32 %d) {
  %v0 = insertelement <4 x i32> undef, i32 %a, i32 0
  %v1 = insertelement <4 x i32> %v0, i32 %b, i32 1
  %v2 = insertelement <4 x i32> %v1, i32 %c, i32 2
  %v3 = insertelement <4 x i32> %v2, i32 %d, i32 3
  %s = shufflevector <4 x i32> %v3, <4 x i32> <i32 7, i32 8, i32 9, i32 0>, <4 x i32> <i32 3, i32 6, i32 0, i32 5>
  %x0 = extractelement <4 x i32> %s, i32 0
  %x1 = extractelement <4 x i32> %s, i32 1
  %x2 = extractelement <4 x i32> %s, i32 2
  %x3 = extractelement <4 x i32> %s, i32 3
  %t1 = mul i32 %x0, 1000
  %t2 = mul i32 %x1, 100
  %t3 = mul i32 %x2, 10
  %u1 = add i32 %t1, %t2
  %u2 = add i32 %u1, %t3
  %u3 = add i32 %u2, %x3
  ret i32 %u3
}
; run: @shuffle(1, 2, 3, 4) == 4918

; A variable lane index.
define float @lane(i32 %i) {
  %e = extractelement <4 x float> <float 1.5, float 2.5, float 3.5, float 4.5>, i32 %i
  ret float %e
}
; run: @lane(0) == 1.5
; run: @lane(3) == 4.5

; Widening and narrowing casts per lane, and a vector bitcast.
define i64 @casts(i32 %x) {
  %v = insertelement <2 x i32> <i32 -1, i32 0>, i32 %x, i32 1
  %w = sext <2 x i32> %v to <2 x i64>
  %n = trunc <2 x i64> %w to <2 x i16>
  %b = bitcast <2 x i16> %n to i32
  %r = zext i32 %b to i64
  ret i64 %r
}
; run: @casts(0x12345) == 0x2345ffff

; The <2 x float> ABI carrier: a struct { float, float } built into one, passed to and
; returned from an internal function.
define internal <2 x float> @swap_pair(<2 x float> %p) {
  %a = extractelement <2 x float> %p, i32 0
  %b = extractelement <2 x float> %p, i32 1
  %q0 = insertelement <2 x float> undef, float %b, i32 0
  %q = insertelement <2 x float> %q0, float %a, i32 1
  ret <2 x float> %q
}

define float @use_pair(float %a, float %b) {
  %p0 = insertelement <2 x float> undef, float %a, i32 0
  %p = insertelement <2 x float> %p0, float %b, i32 1
  %q = call <2 x float> @swap_pair(<2 x float> %p)
  %x = extractelement <2 x float> %q, i32 0
  %y = extractelement <2 x float> %q, i32 1
  %t = fmul float %x, 10.0
  %r = fadd float %t, %y
  ret float %r
}
; run: @use_pair(1.0, 2.0) == 21.0
