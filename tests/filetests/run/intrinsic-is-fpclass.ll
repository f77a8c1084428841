; `llvm.is.fpclass` testing for NaN (mask 3: signalling or quiet), the test clang emits
; for isnan(). Other masks are in intrinsic-is-fpclass-masks.ll.
; test run

define i1 @is_nan_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 3)
  ret i1 %r
}
; run: @is_nan_double(0x7ff4000000000000) == true
; run: @is_nan_double(0x7ff8000000000000) == true
; run: @is_nan_double(0xfff0000000000000) == false
; run: @is_nan_double(0xbff0000000000000) == false
; run: @is_nan_double(0x8000000000000001) == false
; run: @is_nan_double(0x8000000000000000) == false
; run: @is_nan_double(0x0000000000000000) == false
; run: @is_nan_double(0x0000000000000001) == false
; run: @is_nan_double(0x3ff0000000000000) == false
; run: @is_nan_double(0x7ff0000000000000) == false

declare i1 @llvm.is.fpclass.f64(double, i32)

define i1 @is_nan_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 3)
  ret i1 %r
}
; run: @is_nan_float(0x7fa00000) == true
; run: @is_nan_float(0x7fc00000) == true
; run: @is_nan_float(0xff800000) == false
; run: @is_nan_float(0xbf800000) == false
; run: @is_nan_float(0x80000001) == false
; run: @is_nan_float(0x80000000) == false
; run: @is_nan_float(0x00000000) == false
; run: @is_nan_float(0x00000001) == false
; run: @is_nan_float(0x3f800000) == false
; run: @is_nan_float(0x7f800000) == false

declare i1 @llvm.is.fpclass.f32(float, i32)
