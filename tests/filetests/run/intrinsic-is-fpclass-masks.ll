; `llvm.is.fpclass` with single classes and combinations of the ten class bits
; (signalling and quiet NaN, negative and positive infinity, normal, subnormal and
; zero).
; test run

define i1 @is_inf_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 516)
  ret i1 %r
}
; run: @is_inf_double(0x7ff4000000000000) == false
; run: @is_inf_double(0x7ff8000000000000) == false
; run: @is_inf_double(0xfff0000000000000) == true
; run: @is_inf_double(0xbff0000000000000) == false
; run: @is_inf_double(0x8000000000000001) == false
; run: @is_inf_double(0x8000000000000000) == false
; run: @is_inf_double(0x0000000000000000) == false
; run: @is_inf_double(0x0000000000000001) == false
; run: @is_inf_double(0x3ff0000000000000) == false
; run: @is_inf_double(0x7ff0000000000000) == true

define i1 @is_subnormal_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 144)
  ret i1 %r
}
; run: @is_subnormal_double(0x7ff4000000000000) == false
; run: @is_subnormal_double(0x7ff8000000000000) == false
; run: @is_subnormal_double(0xfff0000000000000) == false
; run: @is_subnormal_double(0xbff0000000000000) == false
; run: @is_subnormal_double(0x8000000000000001) == true
; run: @is_subnormal_double(0x8000000000000000) == false
; run: @is_subnormal_double(0x0000000000000000) == false
; run: @is_subnormal_double(0x0000000000000001) == true
; run: @is_subnormal_double(0x3ff0000000000000) == false
; run: @is_subnormal_double(0x7ff0000000000000) == false

define i1 @is_zero_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 96)
  ret i1 %r
}
; run: @is_zero_double(0x7ff4000000000000) == false
; run: @is_zero_double(0x7ff8000000000000) == false
; run: @is_zero_double(0xfff0000000000000) == false
; run: @is_zero_double(0xbff0000000000000) == false
; run: @is_zero_double(0x8000000000000001) == false
; run: @is_zero_double(0x8000000000000000) == true
; run: @is_zero_double(0x0000000000000000) == true
; run: @is_zero_double(0x0000000000000001) == false
; run: @is_zero_double(0x3ff0000000000000) == false
; run: @is_zero_double(0x7ff0000000000000) == false

define i1 @is_normal_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 264)
  ret i1 %r
}
; run: @is_normal_double(0x7ff4000000000000) == false
; run: @is_normal_double(0x7ff8000000000000) == false
; run: @is_normal_double(0xfff0000000000000) == false
; run: @is_normal_double(0xbff0000000000000) == true
; run: @is_normal_double(0x8000000000000001) == false
; run: @is_normal_double(0x8000000000000000) == false
; run: @is_normal_double(0x0000000000000000) == false
; run: @is_normal_double(0x0000000000000001) == false
; run: @is_normal_double(0x3ff0000000000000) == true
; run: @is_normal_double(0x7ff0000000000000) == false

define i1 @is_finite_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 504)
  ret i1 %r
}
; run: @is_finite_double(0x7ff4000000000000) == false
; run: @is_finite_double(0x7ff8000000000000) == false
; run: @is_finite_double(0xfff0000000000000) == false
; run: @is_finite_double(0xbff0000000000000) == true
; run: @is_finite_double(0x8000000000000001) == true
; run: @is_finite_double(0x8000000000000000) == true
; run: @is_finite_double(0x0000000000000000) == true
; run: @is_finite_double(0x0000000000000001) == true
; run: @is_finite_double(0x3ff0000000000000) == true
; run: @is_finite_double(0x7ff0000000000000) == false

define i1 @is_not_nan_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 1020)
  ret i1 %r
}
; run: @is_not_nan_double(0x7ff4000000000000) == false
; run: @is_not_nan_double(0x7ff8000000000000) == false
; run: @is_not_nan_double(0xfff0000000000000) == true
; run: @is_not_nan_double(0xbff0000000000000) == true
; run: @is_not_nan_double(0x8000000000000001) == true
; run: @is_not_nan_double(0x8000000000000000) == true
; run: @is_not_nan_double(0x0000000000000000) == true
; run: @is_not_nan_double(0x0000000000000001) == true
; run: @is_not_nan_double(0x3ff0000000000000) == true
; run: @is_not_nan_double(0x7ff0000000000000) == true

define i1 @is_snan_double(double %a) {
  %r = call i1 @llvm.is.fpclass.f64(double %a, i32 1)
  ret i1 %r
}
; run: @is_snan_double(0x7ff4000000000000) == true
; run: @is_snan_double(0x7ff8000000000000) == false
; run: @is_snan_double(0xfff0000000000000) == false
; run: @is_snan_double(0xbff0000000000000) == false
; run: @is_snan_double(0x8000000000000001) == false
; run: @is_snan_double(0x8000000000000000) == false
; run: @is_snan_double(0x0000000000000000) == false
; run: @is_snan_double(0x0000000000000001) == false
; run: @is_snan_double(0x3ff0000000000000) == false
; run: @is_snan_double(0x7ff0000000000000) == false

declare i1 @llvm.is.fpclass.f64(double, i32)

define i1 @is_inf_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 516)
  ret i1 %r
}
; run: @is_inf_float(0x7fa00000) == false
; run: @is_inf_float(0x7fc00000) == false
; run: @is_inf_float(0xff800000) == true
; run: @is_inf_float(0xbf800000) == false
; run: @is_inf_float(0x80000001) == false
; run: @is_inf_float(0x80000000) == false
; run: @is_inf_float(0x00000000) == false
; run: @is_inf_float(0x00000001) == false
; run: @is_inf_float(0x3f800000) == false
; run: @is_inf_float(0x7f800000) == true

define i1 @is_subnormal_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 144)
  ret i1 %r
}
; run: @is_subnormal_float(0x7fa00000) == false
; run: @is_subnormal_float(0x7fc00000) == false
; run: @is_subnormal_float(0xff800000) == false
; run: @is_subnormal_float(0xbf800000) == false
; run: @is_subnormal_float(0x80000001) == true
; run: @is_subnormal_float(0x80000000) == false
; run: @is_subnormal_float(0x00000000) == false
; run: @is_subnormal_float(0x00000001) == true
; run: @is_subnormal_float(0x3f800000) == false
; run: @is_subnormal_float(0x7f800000) == false

define i1 @is_zero_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 96)
  ret i1 %r
}
; run: @is_zero_float(0x7fa00000) == false
; run: @is_zero_float(0x7fc00000) == false
; run: @is_zero_float(0xff800000) == false
; run: @is_zero_float(0xbf800000) == false
; run: @is_zero_float(0x80000001) == false
; run: @is_zero_float(0x80000000) == true
; run: @is_zero_float(0x00000000) == true
; run: @is_zero_float(0x00000001) == false
; run: @is_zero_float(0x3f800000) == false
; run: @is_zero_float(0x7f800000) == false

define i1 @is_normal_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 264)
  ret i1 %r
}
; run: @is_normal_float(0x7fa00000) == false
; run: @is_normal_float(0x7fc00000) == false
; run: @is_normal_float(0xff800000) == false
; run: @is_normal_float(0xbf800000) == true
; run: @is_normal_float(0x80000001) == false
; run: @is_normal_float(0x80000000) == false
; run: @is_normal_float(0x00000000) == false
; run: @is_normal_float(0x00000001) == false
; run: @is_normal_float(0x3f800000) == true
; run: @is_normal_float(0x7f800000) == false

define i1 @is_finite_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 504)
  ret i1 %r
}
; run: @is_finite_float(0x7fa00000) == false
; run: @is_finite_float(0x7fc00000) == false
; run: @is_finite_float(0xff800000) == false
; run: @is_finite_float(0xbf800000) == true
; run: @is_finite_float(0x80000001) == true
; run: @is_finite_float(0x80000000) == true
; run: @is_finite_float(0x00000000) == true
; run: @is_finite_float(0x00000001) == true
; run: @is_finite_float(0x3f800000) == true
; run: @is_finite_float(0x7f800000) == false

define i1 @is_not_nan_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 1020)
  ret i1 %r
}
; run: @is_not_nan_float(0x7fa00000) == false
; run: @is_not_nan_float(0x7fc00000) == false
; run: @is_not_nan_float(0xff800000) == true
; run: @is_not_nan_float(0xbf800000) == true
; run: @is_not_nan_float(0x80000001) == true
; run: @is_not_nan_float(0x80000000) == true
; run: @is_not_nan_float(0x00000000) == true
; run: @is_not_nan_float(0x00000001) == true
; run: @is_not_nan_float(0x3f800000) == true
; run: @is_not_nan_float(0x7f800000) == true

define i1 @is_snan_float(float %a) {
  %r = call i1 @llvm.is.fpclass.f32(float %a, i32 1)
  ret i1 %r
}
; run: @is_snan_float(0x7fa00000) == true
; run: @is_snan_float(0x7fc00000) == false
; run: @is_snan_float(0xff800000) == false
; run: @is_snan_float(0xbf800000) == false
; run: @is_snan_float(0x80000001) == false
; run: @is_snan_float(0x80000000) == false
; run: @is_snan_float(0x00000000) == false
; run: @is_snan_float(0x00000001) == false
; run: @is_snan_float(0x3f800000) == false
; run: @is_snan_float(0x7f800000) == false

declare i1 @llvm.is.fpclass.f32(float, i32)
