; test opt mem2reg
; Odd and wide integers, floats and vectors are promoted like any scalar.
; run: @widths(3) == 15
; run: @fp(2.5) == 7.5

define i32 @widths(i32 %x) {
  %a24 = alloca i24
  %a128 = alloca i128
  %a1 = alloca i1
  %t = trunc i32 %x to i24
  store i24 %t, ptr %a24
  %w = zext i32 %x to i128
  %w2 = shl i128 %w, 100
  store i128 %w2, ptr %a128
  store i1 true, ptr %a1
  %l24 = load i24, ptr %a24
  %l128 = load i128, ptr %a128
  %l1 = load i1, ptr %a1
  %back = lshr i128 %l128, 100
  %n = trunc i128 %back to i32
  %m = zext i24 %l24 to i32
  %b = zext i1 %l1 to i32
  %s = add i32 %n, %m
  %s2 = mul i32 %s, 2
  %s3 = add i32 %s2, %b
  %s4 = add i32 %s3, 2
  ret i32 %s4
}

define double @fp(double %x) {
  %d = alloca double
  %v = alloca <2 x double>
  store double %x, ptr %d
  %l = load double, ptr %d
  %v1 = insertelement <2 x double> undef, double %l, i32 0
  %v2 = insertelement <2 x double> %v1, double %l, i32 1
  store <2 x double> %v2, ptr %v
  %lv = load <2 x double>, ptr %v
  %e0 = extractelement <2 x double> %lv, i32 0
  %e1 = extractelement <2 x double> %lv, i32 1
  %s = fadd double %e0, %e1
  %r = fadd double %s, %l
  ret double %r
}
