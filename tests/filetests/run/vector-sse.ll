; 128-bit vector code the optimizing tier keeps in SSE registers on x86-64 (elsewhere,
; and at -O0, it is scalarized): element-wise integer and float arithmetic, the SSE2
; multiply of 32-bit lanes, shifts by a constant, splats and one-source permutations,
; lane inserts and extracts, reductions, vector phis, selects, constants, and vectors
; live across a call (16-byte spill slots). Inputs come from globals the `set` functions
; write, so no level folds the operations away; results are read back lane by lane.
; test run

@A_i8 = global [16 x i8] zeroinitializer, align 16
@B_i8 = global [16 x i8] zeroinitializer, align 16
@C_i8 = global [16 x i8] zeroinitializer, align 16
@A_i16 = global [8 x i16] zeroinitializer, align 16
@B_i16 = global [8 x i16] zeroinitializer, align 16
@C_i16 = global [8 x i16] zeroinitializer, align 16
@A_i32 = global [4 x i32] zeroinitializer, align 16
@B_i32 = global [4 x i32] zeroinitializer, align 16
@C_i32 = global [4 x i32] zeroinitializer, align 16
@A_i64 = global [2 x i64] zeroinitializer, align 16
@B_i64 = global [2 x i64] zeroinitializer, align 16
@C_i64 = global [2 x i64] zeroinitializer, align 16
@A_float = global [4 x float] zeroinitializer, align 16
@B_float = global [4 x float] zeroinitializer, align 16
@C_float = global [4 x float] zeroinitializer, align 16
@A_double = global [2 x double] zeroinitializer, align 16
@B_double = global [2 x double] zeroinitializer, align 16
@C_double = global [2 x double] zeroinitializer, align 16

define void @set_A_i8(i8 %x0, i8 %x1, i8 %x2, i8 %x3, i8 %x4, i8 %x5, i8 %x6, i8 %x7, i8 %x8, i8 %x9, i8 %x10, i8 %x11, i8 %x12, i8 %x13, i8 %x14, i8 %x15) {
  %p0 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 0
  store i8 %x0, ptr %p0
  %p1 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 1
  store i8 %x1, ptr %p1
  %p2 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 2
  store i8 %x2, ptr %p2
  %p3 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 3
  store i8 %x3, ptr %p3
  %p4 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 4
  store i8 %x4, ptr %p4
  %p5 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 5
  store i8 %x5, ptr %p5
  %p6 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 6
  store i8 %x6, ptr %p6
  %p7 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 7
  store i8 %x7, ptr %p7
  %p8 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 8
  store i8 %x8, ptr %p8
  %p9 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 9
  store i8 %x9, ptr %p9
  %p10 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 10
  store i8 %x10, ptr %p10
  %p11 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 11
  store i8 %x11, ptr %p11
  %p12 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 12
  store i8 %x12, ptr %p12
  %p13 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 13
  store i8 %x13, ptr %p13
  %p14 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 14
  store i8 %x14, ptr %p14
  %p15 = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 15
  store i8 %x15, ptr %p15
  ret void
}
define i8 @get_A_i8(i64 %k) {
  %p = getelementptr inbounds [16 x i8], ptr @A_i8, i64 0, i64 %k
  %v = load i8, ptr %p
  ret i8 %v
}
define void @set_B_i8(i8 %x0, i8 %x1, i8 %x2, i8 %x3, i8 %x4, i8 %x5, i8 %x6, i8 %x7, i8 %x8, i8 %x9, i8 %x10, i8 %x11, i8 %x12, i8 %x13, i8 %x14, i8 %x15) {
  %p0 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 0
  store i8 %x0, ptr %p0
  %p1 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 1
  store i8 %x1, ptr %p1
  %p2 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 2
  store i8 %x2, ptr %p2
  %p3 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 3
  store i8 %x3, ptr %p3
  %p4 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 4
  store i8 %x4, ptr %p4
  %p5 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 5
  store i8 %x5, ptr %p5
  %p6 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 6
  store i8 %x6, ptr %p6
  %p7 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 7
  store i8 %x7, ptr %p7
  %p8 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 8
  store i8 %x8, ptr %p8
  %p9 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 9
  store i8 %x9, ptr %p9
  %p10 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 10
  store i8 %x10, ptr %p10
  %p11 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 11
  store i8 %x11, ptr %p11
  %p12 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 12
  store i8 %x12, ptr %p12
  %p13 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 13
  store i8 %x13, ptr %p13
  %p14 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 14
  store i8 %x14, ptr %p14
  %p15 = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 15
  store i8 %x15, ptr %p15
  ret void
}
define i8 @get_B_i8(i64 %k) {
  %p = getelementptr inbounds [16 x i8], ptr @B_i8, i64 0, i64 %k
  %v = load i8, ptr %p
  ret i8 %v
}
define i8 @get_C_i8(i64 %k) {
  %p = getelementptr inbounds [16 x i8], ptr @C_i8, i64 0, i64 %k
  %v = load i8, ptr %p
  ret i8 %v
}
define void @set_A_i16(i16 %x0, i16 %x1, i16 %x2, i16 %x3, i16 %x4, i16 %x5, i16 %x6, i16 %x7) {
  %p0 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 0
  store i16 %x0, ptr %p0
  %p1 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 1
  store i16 %x1, ptr %p1
  %p2 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 2
  store i16 %x2, ptr %p2
  %p3 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 3
  store i16 %x3, ptr %p3
  %p4 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 4
  store i16 %x4, ptr %p4
  %p5 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 5
  store i16 %x5, ptr %p5
  %p6 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 6
  store i16 %x6, ptr %p6
  %p7 = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 7
  store i16 %x7, ptr %p7
  ret void
}
define i16 @get_A_i16(i64 %k) {
  %p = getelementptr inbounds [8 x i16], ptr @A_i16, i64 0, i64 %k
  %v = load i16, ptr %p
  ret i16 %v
}
define void @set_B_i16(i16 %x0, i16 %x1, i16 %x2, i16 %x3, i16 %x4, i16 %x5, i16 %x6, i16 %x7) {
  %p0 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 0
  store i16 %x0, ptr %p0
  %p1 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 1
  store i16 %x1, ptr %p1
  %p2 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 2
  store i16 %x2, ptr %p2
  %p3 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 3
  store i16 %x3, ptr %p3
  %p4 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 4
  store i16 %x4, ptr %p4
  %p5 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 5
  store i16 %x5, ptr %p5
  %p6 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 6
  store i16 %x6, ptr %p6
  %p7 = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 7
  store i16 %x7, ptr %p7
  ret void
}
define i16 @get_B_i16(i64 %k) {
  %p = getelementptr inbounds [8 x i16], ptr @B_i16, i64 0, i64 %k
  %v = load i16, ptr %p
  ret i16 %v
}
define i16 @get_C_i16(i64 %k) {
  %p = getelementptr inbounds [8 x i16], ptr @C_i16, i64 0, i64 %k
  %v = load i16, ptr %p
  ret i16 %v
}
define void @set_A_i32(i32 %x0, i32 %x1, i32 %x2, i32 %x3) {
  %p0 = getelementptr inbounds [4 x i32], ptr @A_i32, i64 0, i64 0
  store i32 %x0, ptr %p0
  %p1 = getelementptr inbounds [4 x i32], ptr @A_i32, i64 0, i64 1
  store i32 %x1, ptr %p1
  %p2 = getelementptr inbounds [4 x i32], ptr @A_i32, i64 0, i64 2
  store i32 %x2, ptr %p2
  %p3 = getelementptr inbounds [4 x i32], ptr @A_i32, i64 0, i64 3
  store i32 %x3, ptr %p3
  ret void
}
define i32 @get_A_i32(i64 %k) {
  %p = getelementptr inbounds [4 x i32], ptr @A_i32, i64 0, i64 %k
  %v = load i32, ptr %p
  ret i32 %v
}
define void @set_B_i32(i32 %x0, i32 %x1, i32 %x2, i32 %x3) {
  %p0 = getelementptr inbounds [4 x i32], ptr @B_i32, i64 0, i64 0
  store i32 %x0, ptr %p0
  %p1 = getelementptr inbounds [4 x i32], ptr @B_i32, i64 0, i64 1
  store i32 %x1, ptr %p1
  %p2 = getelementptr inbounds [4 x i32], ptr @B_i32, i64 0, i64 2
  store i32 %x2, ptr %p2
  %p3 = getelementptr inbounds [4 x i32], ptr @B_i32, i64 0, i64 3
  store i32 %x3, ptr %p3
  ret void
}
define i32 @get_B_i32(i64 %k) {
  %p = getelementptr inbounds [4 x i32], ptr @B_i32, i64 0, i64 %k
  %v = load i32, ptr %p
  ret i32 %v
}
define i32 @get_C_i32(i64 %k) {
  %p = getelementptr inbounds [4 x i32], ptr @C_i32, i64 0, i64 %k
  %v = load i32, ptr %p
  ret i32 %v
}
define void @set_A_i64(i64 %x0, i64 %x1) {
  %p0 = getelementptr inbounds [2 x i64], ptr @A_i64, i64 0, i64 0
  store i64 %x0, ptr %p0
  %p1 = getelementptr inbounds [2 x i64], ptr @A_i64, i64 0, i64 1
  store i64 %x1, ptr %p1
  ret void
}
define i64 @get_A_i64(i64 %k) {
  %p = getelementptr inbounds [2 x i64], ptr @A_i64, i64 0, i64 %k
  %v = load i64, ptr %p
  ret i64 %v
}
define void @set_B_i64(i64 %x0, i64 %x1) {
  %p0 = getelementptr inbounds [2 x i64], ptr @B_i64, i64 0, i64 0
  store i64 %x0, ptr %p0
  %p1 = getelementptr inbounds [2 x i64], ptr @B_i64, i64 0, i64 1
  store i64 %x1, ptr %p1
  ret void
}
define i64 @get_B_i64(i64 %k) {
  %p = getelementptr inbounds [2 x i64], ptr @B_i64, i64 0, i64 %k
  %v = load i64, ptr %p
  ret i64 %v
}
define i64 @get_C_i64(i64 %k) {
  %p = getelementptr inbounds [2 x i64], ptr @C_i64, i64 0, i64 %k
  %v = load i64, ptr %p
  ret i64 %v
}
define void @set_A_float(float %x0, float %x1, float %x2, float %x3) {
  %p0 = getelementptr inbounds [4 x float], ptr @A_float, i64 0, i64 0
  store float %x0, ptr %p0
  %p1 = getelementptr inbounds [4 x float], ptr @A_float, i64 0, i64 1
  store float %x1, ptr %p1
  %p2 = getelementptr inbounds [4 x float], ptr @A_float, i64 0, i64 2
  store float %x2, ptr %p2
  %p3 = getelementptr inbounds [4 x float], ptr @A_float, i64 0, i64 3
  store float %x3, ptr %p3
  ret void
}
define float @get_A_float(i64 %k) {
  %p = getelementptr inbounds [4 x float], ptr @A_float, i64 0, i64 %k
  %v = load float, ptr %p
  ret float %v
}
define void @set_B_float(float %x0, float %x1, float %x2, float %x3) {
  %p0 = getelementptr inbounds [4 x float], ptr @B_float, i64 0, i64 0
  store float %x0, ptr %p0
  %p1 = getelementptr inbounds [4 x float], ptr @B_float, i64 0, i64 1
  store float %x1, ptr %p1
  %p2 = getelementptr inbounds [4 x float], ptr @B_float, i64 0, i64 2
  store float %x2, ptr %p2
  %p3 = getelementptr inbounds [4 x float], ptr @B_float, i64 0, i64 3
  store float %x3, ptr %p3
  ret void
}
define float @get_B_float(i64 %k) {
  %p = getelementptr inbounds [4 x float], ptr @B_float, i64 0, i64 %k
  %v = load float, ptr %p
  ret float %v
}
define float @get_C_float(i64 %k) {
  %p = getelementptr inbounds [4 x float], ptr @C_float, i64 0, i64 %k
  %v = load float, ptr %p
  ret float %v
}
define void @set_A_double(double %x0, double %x1) {
  %p0 = getelementptr inbounds [2 x double], ptr @A_double, i64 0, i64 0
  store double %x0, ptr %p0
  %p1 = getelementptr inbounds [2 x double], ptr @A_double, i64 0, i64 1
  store double %x1, ptr %p1
  ret void
}
define double @get_A_double(i64 %k) {
  %p = getelementptr inbounds [2 x double], ptr @A_double, i64 0, i64 %k
  %v = load double, ptr %p
  ret double %v
}
define void @set_B_double(double %x0, double %x1) {
  %p0 = getelementptr inbounds [2 x double], ptr @B_double, i64 0, i64 0
  store double %x0, ptr %p0
  %p1 = getelementptr inbounds [2 x double], ptr @B_double, i64 0, i64 1
  store double %x1, ptr %p1
  ret void
}
define double @get_B_double(i64 %k) {
  %p = getelementptr inbounds [2 x double], ptr @B_double, i64 0, i64 %k
  %v = load double, ptr %p
  ret double %v
}
define double @get_C_double(i64 %k) {
  %p = getelementptr inbounds [2 x double], ptr @C_double, i64 0, i64 %k
  %v = load double, ptr %p
  ret double %v
}

define void @add_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = add <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @add_i32()
; run: @get_C_i32(0) == 10
; run: @get_C_i32(1) == 4
; run: @get_C_i32(2) == -2147483647
; run: @get_C_i32(3) == 2147483647
define void @sub_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = sub <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @sub_i32()
; run: @get_C_i32(0) == 4
; run: @get_C_i32(1) == -6
; run: @get_C_i32(2) == 2147483645
; run: @get_C_i32(3) == -2147483647
define void @and_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = and <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @and_i32()
; run: @get_C_i32(0) == 3
; run: @get_C_i32(1) == 5
; run: @get_C_i32(2) == 2
; run: @get_C_i32(3) == -2147483648
define void @or_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = or <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @or_i32()
; run: @get_C_i32(0) == 7
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == -1
define void @xor_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = xor <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @xor_i32()
; run: @get_C_i32(0) == 4
; run: @get_C_i32(1) == -6
; run: @get_C_i32(2) == 2147483645
; run: @get_C_i32(3) == 2147483647
define void @mul_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = mul <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @mul_i32()
; run: @get_C_i32(0) == 21
; run: @get_C_i32(1) == -5
; run: @get_C_i32(2) == -2
; run: @get_C_i32(3) == -2147483648
define void @shl_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = shl <4 x i32> %a, <i32 5, i32 5, i32 5, i32 5>
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @shl_i32()
; run: @get_C_i32(0) == 224
; run: @get_C_i32(1) == -32
; run: @get_C_i32(2) == -32
; run: @get_C_i32(3) == 0
define void @lshr_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = lshr <4 x i32> %a, <i32 5, i32 5, i32 5, i32 5>
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @lshr_i32()
; run: @get_C_i32(0) == 0
; run: @get_C_i32(1) == 134217727
; run: @get_C_i32(2) == 67108863
; run: @get_C_i32(3) == 67108864
define void @ashr_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = ashr <4 x i32> %a, <i32 5, i32 5, i32 5, i32 5>
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 7, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 3, i32 5, i32 2, i32 -1)
; run: @ashr_i32()
; run: @get_C_i32(0) == 0
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == 67108863
; run: @get_C_i32(3) == -67108864
define void @add_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = add <2 x i64> %a, %b
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @add_i64()
; run: @get_C_i64(0) == -7911603569390985489
; run: @get_C_i64(1) == 3
define void @sub_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = sub <2 x i64> %a, %b
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @sub_i64()
; run: @get_C_i64(0) == -7911603569390985487
; run: @get_C_i64(1) == -7
define void @and_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = and <2 x i64> %a, %b
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @and_i64()
; run: @get_C_i64(0) == 1311768467463790320
; run: @get_C_i64(1) == 4
define void @or_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = or <2 x i64> %a, %b
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @or_i64()
; run: @get_C_i64(0) == 9223372036854775807
; run: @get_C_i64(1) == -1
define void @xor_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = xor <2 x i64> %a, %b
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @xor_i64()
; run: @get_C_i64(0) == 7911603569390985487
; run: @get_C_i64(1) == -5
define void @shl_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = shl <2 x i64> %a, <i64 9, i64 9>
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @shl_i64()
; run: @get_C_i64(0) == 7542668687916785664
; run: @get_C_i64(1) == -1024
define void @lshr_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 1
  %r = lshr <2 x i64> %a, <i64 9, i64 9>
  store <2 x i64> %r, ptr @C_i64, align 4
  ret void
}
; run: @set_A_i64(i64 1311768467463790320, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @lshr_i64()
; run: @get_C_i64(0) == 2562047788015215
; run: @get_C_i64(1) == 36028797018963967
define void @add_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = add <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @add_i16()
; run: @get_C_i16(0) == 3
; run: @get_C_i16(1) == 2
; run: @get_C_i16(2) == 32766
; run: @get_C_i16(3) == 32767
; run: @get_C_i16(4) == 1311
; run: @get_C_i16(5) == -14
; run: @get_C_i16(6) == 600
; run: @get_C_i16(7) == 5
define void @sub_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = sub <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @sub_i16()
; run: @get_C_i16(0) == -1
; run: @get_C_i16(1) == -4
; run: @get_C_i16(2) == -32768
; run: @get_C_i16(3) == -32767
; run: @get_C_i16(4) == 1157
; run: @get_C_i16(5) == 4
; run: @get_C_i16(6) == 0
; run: @get_C_i16(7) == -5
define void @and_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = and <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @and_i16()
; run: @get_C_i16(0) == 0
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 64
; run: @get_C_i16(5) == -13
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @or_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = or <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @or_i16()
; run: @get_C_i16(0) == 3
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1247
; run: @get_C_i16(5) == -1
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 5
define void @xor_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = xor <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @xor_i16()
; run: @get_C_i16(0) == 3
; run: @get_C_i16(1) == -4
; run: @get_C_i16(2) == -32768
; run: @get_C_i16(3) == 32767
; run: @get_C_i16(4) == 1183
; run: @get_C_i16(5) == 12
; run: @get_C_i16(6) == 0
; run: @get_C_i16(7) == 5
define void @mul_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = mul <8 x i16> %a, %b
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @mul_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == -3
; run: @get_C_i16(2) == -32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 29482
; run: @get_C_i16(5) == 45
; run: @get_C_i16(6) == 24464
; run: @get_C_i16(7) == 0
define void @shl_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = shl <8 x i16> %a, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @shl_i16()
; run: @get_C_i16(0) == 8
; run: @get_C_i16(1) == -8
; run: @get_C_i16(2) == -8
; run: @get_C_i16(3) == 0
; run: @get_C_i16(4) == 9872
; run: @get_C_i16(5) == -40
; run: @get_C_i16(6) == 2400
; run: @get_C_i16(7) == 0
define void @lshr_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = lshr <8 x i16> %a, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @lshr_i16()
; run: @get_C_i16(0) == 0
; run: @get_C_i16(1) == 8191
; run: @get_C_i16(2) == 4095
; run: @get_C_i16(3) == 4096
; run: @get_C_i16(4) == 154
; run: @get_C_i16(5) == 8191
; run: @get_C_i16(6) == 37
; run: @get_C_i16(7) == 0
define void @ashr_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 1
  %r = ashr <8 x i16> %a, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  store <8 x i16> %r, ptr @C_i16, align 4
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 5)
; run: @ashr_i16()
; run: @get_C_i16(0) == 0
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == 4095
; run: @get_C_i16(3) == -4096
; run: @get_C_i16(4) == 154
; run: @get_C_i16(5) == -1
; run: @get_C_i16(6) == 37
; run: @get_C_i16(7) == 0
define void @add_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 1
  %r = add <16 x i8> %a, %b
  store <16 x i8> %r, ptr @C_i8, align 4
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @add_i8()
; run: @get_C_i8(0) == 3
; run: @get_C_i8(1) == 2
; run: @get_C_i8(2) == 126
; run: @get_C_i8(3) == 127
; run: @get_C_i8(4) == 89
; run: @get_C_i8(5) == -14
; run: @get_C_i8(6) == -126
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 10
; run: @get_C_i8(9) == 9
; run: @get_C_i8(10) == 8
; run: @get_C_i8(11) == 7
; run: @get_C_i8(12) == 6
; run: @get_C_i8(13) == 5
; run: @get_C_i8(14) == 4
; run: @get_C_i8(15) == -126
define void @sub_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 1
  %r = sub <16 x i8> %a, %b
  store <16 x i8> %r, ptr @C_i8, align 4
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @sub_i8()
; run: @get_C_i8(0) == -1
; run: @get_C_i8(1) == -4
; run: @get_C_i8(2) == -128
; run: @get_C_i8(3) == -127
; run: @get_C_i8(4) == -65
; run: @get_C_i8(5) == 4
; run: @get_C_i8(6) == -70
; run: @get_C_i8(7) == -5
; run: @get_C_i8(8) == 8
; run: @get_C_i8(9) == 7
; run: @get_C_i8(10) == 6
; run: @get_C_i8(11) == 5
; run: @get_C_i8(12) == 4
; run: @get_C_i8(13) == 3
; run: @get_C_i8(14) == 2
; run: @get_C_i8(15) == -126
define void @and_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 1
  %r = and <16 x i8> %a, %b
  store <16 x i8> %r, ptr @C_i8, align 4
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @and_i8()
; run: @get_C_i8(0) == 0
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -13
; run: @get_C_i8(6) == 4
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 0
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 0
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 0
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == 0
define void @or_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 1
  %r = or <16 x i8> %a, %b
  store <16 x i8> %r, ptr @C_i8, align 4
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @or_i8()
; run: @get_C_i8(0) == 3
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -1
; run: @get_C_i8(6) == 126
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 9
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 7
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 5
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == -126
define void @xor_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 1
  %r = xor <16 x i8> %a, %b
  store <16 x i8> %r, ptr @C_i8, align 4
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @xor_i8()
; run: @get_C_i8(0) == 3
; run: @get_C_i8(1) == -4
; run: @get_C_i8(2) == -128
; run: @get_C_i8(3) == 127
; run: @get_C_i8(4) == 65
; run: @get_C_i8(5) == 12
; run: @get_C_i8(6) == 122
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 8
; run: @get_C_i8(9) == 9
; run: @get_C_i8(10) == 6
; run: @get_C_i8(11) == 7
; run: @get_C_i8(12) == 4
; run: @get_C_i8(13) == 5
; run: @get_C_i8(14) == 2
; run: @get_C_i8(15) == -126
define void @mul_i32_wrap() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = mul <4 x i32> %a, %b
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 305419896, i32 -1698898191, i32 2147483647, i32 -7)
; run: @set_B_i32(i32 162254319, i32 16777217, i32 2147483647, i32 -2147483648)
; run: @mul_i32_wrap()
; run: @get_C_i32(0) == -498937336
; run: @get_C_i32(1) == -1950556431
; run: @get_C_i32(2) == 1
; run: @get_C_i32(3) == -2147483648
define void @neg_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = sub <4 x i32> zeroinitializer, %a
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 1, i32 -5, i32 0, i32 -2147483648)
; run: @set_B_i32(i32 0, i32 0, i32 0, i32 0)
; run: @neg_i32()
; run: @get_C_i32(0) == -1
; run: @get_C_i32(1) == 5
; run: @get_C_i32(2) == 0
; run: @get_C_i32(3) == -2147483648
define void @addk_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 1
  %r = add <4 x i32> %a, <i32 1, i32 -2, i32 300000, i32 -2147483648>
  store <4 x i32> %r, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 1, i32 2, i32 3, i32 4)
; run: @set_B_i32(i32 0, i32 0, i32 0, i32 0)
; run: @addk_i32()
; run: @get_C_i32(0) == 2
; run: @get_C_i32(1) == 0
; run: @get_C_i32(2) == 300003
; run: @get_C_i32(3) == -2147483644
define void @fadd_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 1
  %r = fadd <4 x float> %a, %b
  store <4 x float> %r, ptr @C_float, align 4
  ret void
}
; run: @set_A_float(float 1.5, float -2.25, float 1.0000000150474662e+30, float 0.10000000149011612)
; run: @set_B_float(float 0.5, float 4.0, float -1.0000000150474662e+30, float 3.0)
; run: @fadd_float()
; run: @get_C_float(0) == 2.0
; run: @get_C_float(1) == 1.75
; run: @get_C_float(2) == 0.0
; run: @get_C_float(3) == 3.0999999046325684
define void @fadd_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 1
  %r = fadd <2 x double> %a, %b
  store <2 x double> %r, ptr @C_double, align 4
  ret void
}
; run: @set_A_double(double 1.5, double -1e+300)
; run: @set_B_double(double 3.0, double 1e-10)
; run: @fadd_double()
; run: @get_C_double(0) == 4.5
; run: @get_C_double(1) == -1e+300
define void @fsub_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 1
  %r = fsub <4 x float> %a, %b
  store <4 x float> %r, ptr @C_float, align 4
  ret void
}
; run: @set_A_float(float 1.5, float -2.25, float 1.0000000150474662e+30, float 0.10000000149011612)
; run: @set_B_float(float 0.5, float 4.0, float -1.0000000150474662e+30, float 3.0)
; run: @fsub_float()
; run: @get_C_float(0) == 1.0
; run: @get_C_float(1) == -6.25
; run: @get_C_float(2) == 2.0000000300949324e+30
; run: @get_C_float(3) == -2.9000000953674316
define void @fsub_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 1
  %r = fsub <2 x double> %a, %b
  store <2 x double> %r, ptr @C_double, align 4
  ret void
}
; run: @set_A_double(double 1.5, double -1e+300)
; run: @set_B_double(double 3.0, double 1e-10)
; run: @fsub_double()
; run: @get_C_double(0) == -1.5
; run: @get_C_double(1) == -1e+300
define void @fmul_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 1
  %r = fmul <4 x float> %a, %b
  store <4 x float> %r, ptr @C_float, align 4
  ret void
}
; run: @set_A_float(float 1.5, float -2.25, float 1.0000000150474662e+30, float 0.10000000149011612)
; run: @set_B_float(float 0.5, float 4.0, float -1.0000000150474662e+30, float 3.0)
; run: @fmul_float()
; run: @get_C_float(0) == 0.75
; run: @get_C_float(1) == -9.0
; run: @get_C_float(2) == -inf
; run: @get_C_float(3) == 0.30000001192092896
define void @fmul_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 1
  %r = fmul <2 x double> %a, %b
  store <2 x double> %r, ptr @C_double, align 4
  ret void
}
; run: @set_A_double(double 1.5, double -1e+300)
; run: @set_B_double(double 3.0, double 1e-10)
; run: @fmul_double()
; run: @get_C_double(0) == 4.5
; run: @get_C_double(1) == -1e+290
define void @fdiv_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 1
  %r = fdiv <4 x float> %a, %b
  store <4 x float> %r, ptr @C_float, align 4
  ret void
}
; run: @set_A_float(float 1.5, float -2.25, float 1.0000000150474662e+30, float 0.10000000149011612)
; run: @set_B_float(float 0.5, float 4.0, float -1.0000000150474662e+30, float 3.0)
; run: @fdiv_float()
; run: @get_C_float(0) == 3.0
; run: @get_C_float(1) == -0.5625
; run: @get_C_float(2) == -1.0
; run: @get_C_float(3) == 0.03333333507180214
define void @fdiv_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 1
  %r = fdiv <2 x double> %a, %b
  store <2 x double> %r, ptr @C_double, align 4
  ret void
}
; run: @set_A_double(double 1.5, double -1e+300)
; run: @set_B_double(double 3.0, double 1e-10)
; run: @fdiv_double()
; run: @get_C_double(0) == 0.5
; run: @get_C_double(1) == -inf
define void @fneg_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 1
  %r = fneg <4 x float> %a
  store <4 x float> %r, ptr @C_float, align 4
  ret void
}
; run: @set_A_float(float 1.5, float -2.25, float 1.0000000150474662e+30, float 0.10000000149011612)
; run: @set_B_float(float 0.0, float 0.0, float 0.0, float 0.0)
; run: @fneg_float()
; run: @get_C_float(0) == -1.5
; run: @get_C_float(1) == 2.25
; run: @get_C_float(2) == -1.0000000150474662e+30
; run: @get_C_float(3) == -0.10000000149011612
define void @fneg_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 1
  %r = fneg <2 x double> %a
  store <2 x double> %r, ptr @C_double, align 4
  ret void
}
; run: @set_A_double(double 1.5, double -0.0)
; run: @set_B_double(double 0.0, double 0.0)
; run: @fneg_double()
; run: @get_C_double(0) == -1.5
; run: @get_C_double(1) == 0.0

; Splats: a scalar into lane 0 of a poison vector, then the zero shuffle.
define void @splat_i32(i32 %x) {
  %i = insertelement <4 x i32> poison, i32 %x, i64 0
  %s = shufflevector <4 x i32> %i, <4 x i32> poison, <4 x i32> zeroinitializer
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = add <4 x i32> %s, %a
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 1, i32 2, i32 3, i32 4)
; run: @splat_i32(-10)
; run: @get_C_i32(0) == -9
; run: @get_C_i32(1) == -8
; run: @get_C_i32(2) == -7
; run: @get_C_i32(3) == -6

define void @splat_i64(i64 %x) {
  %i = insertelement <2 x i64> poison, i64 %x, i64 0
  %s = shufflevector <2 x i64> %i, <2 x i64> poison, <2 x i32> zeroinitializer
  store <2 x i64> %s, ptr @C_i64, align 16
  ret void
}
; run: @splat_i64(-81985529216486896)
; run: @get_C_i64(0) == -81985529216486896
; run: @get_C_i64(1) == -81985529216486896

define void @splat_i16(i16 %x) {
  %i = insertelement <8 x i16> poison, i16 %x, i64 0
  %s = shufflevector <8 x i16> %i, <8 x i16> poison, <8 x i32> zeroinitializer
  store <8 x i16> %s, ptr @C_i16, align 16
  ret void
}
; run: @splat_i16(-2)
; run: @get_C_i16(0) == -2
; run: @get_C_i16(3) == -2
; run: @get_C_i16(4) == -2
; run: @get_C_i16(7) == -2

define void @splat_i8(i8 %x) {
  %i = insertelement <16 x i8> poison, i8 %x, i64 0
  %s = shufflevector <16 x i8> %i, <16 x i8> poison, <16 x i32> zeroinitializer
  store <16 x i8> %s, ptr @C_i8, align 16
  ret void
}
; run: @splat_i8(-99)
; run: @get_C_i8(0) == -99
; run: @get_C_i8(1) == -99
; run: @get_C_i8(9) == -99
; run: @get_C_i8(15) == -99

define void @splat_float(float %x) {
  %i = insertelement <4 x float> poison, float %x, i64 0
  %s = shufflevector <4 x float> %i, <4 x float> poison, <4 x i32> zeroinitializer
  %a = load <4 x float>, ptr @A_float, align 16
  %r = fmul <4 x float> %s, %a
  store <4 x float> %r, ptr @C_float, align 16
  ret void
}
; run: @set_A_float(float 1.0, float 2.0, float -3.0, float 0.5)
; run: @splat_float(float 1.5)
; run: @get_C_float(0) == 1.5
; run: @get_C_float(1) == 3.0
; run: @get_C_float(2) == -4.5
; run: @get_C_float(3) == 0.75

define void @splat_double(double %x) {
  %i = insertelement <2 x double> poison, double %x, i64 0
  %s = shufflevector <2 x double> %i, <2 x double> poison, <2 x i32> zeroinitializer
  store <2 x double> %s, ptr @C_double, align 16
  ret void
}
; run: @splat_double(-2.5)
; run: @get_C_double(0) == -2.5
; run: @get_C_double(1) == -2.5

; One-source permutations, of either operand.
define void @reverse_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = shufflevector <4 x i32> %a, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 1, i32 2, i32 3, i32 4)
; run: @reverse_i32()
; run: @get_C_i32(0) == 4
; run: @get_C_i32(1) == 3
; run: @get_C_i32(2) == 2
; run: @get_C_i32(3) == 1

define void @second_operand_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %r = shufflevector <4 x float> %a, <4 x float> %b, <4 x i32> <i32 5, i32 poison, i32 7, i32 4>
  store <4 x float> %r, ptr @C_float, align 16
  ret void
}
; run: @set_B_float(float 10.0, float 20.0, float 30.0, float 40.0)
; run: @second_operand_float()
; run: @get_C_float(0) == 20.0
; run: @get_C_float(2) == 40.0
; run: @get_C_float(3) == 10.0

define void @swap_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = shufflevector <2 x i64> %a, <2 x i64> poison, <2 x i32> <i32 1, i32 0>
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 5, i64 -6)
; run: @swap_i64()
; run: @get_C_i64(0) == -6
; run: @get_C_i64(1) == 5

; Extracts and inserts at constant lanes.
define i64 @extract_all() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %l = load <2 x i64>, ptr @A_i64, align 16
  %h = load <8 x i16>, ptr @A_i16, align 16
  %a0 = extractelement <4 x i32> %a, i64 0
  %a2 = extractelement <4 x i32> %a, i64 2
  %a3 = extractelement <4 x i32> %a, i32 3
  %l1 = extractelement <2 x i64> %l, i64 1
  %h5 = extractelement <8 x i16> %h, i64 5
  %z0 = zext i32 %a0 to i64
  %z2 = zext i32 %a2 to i64
  %s3 = sext i32 %a3 to i64
  %z5 = zext i16 %h5 to i64
  %t0 = shl i64 %z0, 32
  %t1 = add i64 %t0, %z2
  %t2 = add i64 %t1, %s3
  %t3 = mul i64 %t2, 3
  %t4 = add i64 %t3, %l1
  %t5 = xor i64 %t4, %z5
  ret i64 %t5
}
; run: @set_A_i32(i32 -1, i32 0, i32 9, i32 -7)
; run: @set_A_i64(i64 0, i64 100)
; run: @set_A_i16(i16 0, i16 0, i16 0, i16 0, i16 0, i16 -3, i16 0, i16 0)
; run: @extract_all() == -12884836457

define double @extract_fp() {
  %f = load <4 x float>, ptr @A_float, align 16
  %d = load <2 x double>, ptr @A_double, align 16
  %f0 = extractelement <4 x float> %f, i64 0
  %f1 = extractelement <4 x float> %f, i64 1
  %f3 = extractelement <4 x float> %f, i64 3
  %d1 = extractelement <2 x double> %d, i64 1
  %s = fadd float %f0, %f1
  %t = fmul float %s, %f3
  %e = fpext float %t to double
  %r = fsub double %e, %d1
  ret double %r
}
; run: @set_A_float(float 1.0, float 2.0, float -3.0, float 0.5)
; run: @set_A_double(double 7.0, double 0.25)
; run: @extract_fp() == 1.25

define void @insert_lanes(i64 %x, i16 %y, double %z) {
  %l = load <2 x i64>, ptr @A_i64, align 16
  %l1 = insertelement <2 x i64> %l, i64 %x, i64 1
  store <2 x i64> %l1, ptr @C_i64, align 16
  %h = load <8 x i16>, ptr @A_i16, align 16
  %h3 = insertelement <8 x i16> %h, i16 %y, i64 3
  store <8 x i16> %h3, ptr @C_i16, align 16
  %d = load <2 x double>, ptr @A_double, align 16
  %d0 = insertelement <2 x double> %d, double %z, i64 0
  store <2 x double> %d0, ptr @C_double, align 16
  ret void
}
; run: @set_A_i64(i64 11, i64 12)
; run: @set_A_i16(i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7, i16 8)
; run: @set_A_double(double 7.0, double 0.25)
; run: @insert_lanes(-1, -9, 3.5)
; run: @get_C_i64(0) == 11
; run: @get_C_i64(1) == -1
; run: @get_C_i16(2) == 3
; run: @get_C_i16(3) == -9
; run: @get_C_i16(4) == 5
; run: @get_C_double(0) == 3.5
; run: @get_C_double(1) == 0.25

define void @insert_low_i64(i64 %x) {
  %l = load <2 x i64>, ptr @A_i64, align 16
  %l0 = insertelement <2 x i64> %l, i64 %x, i64 0
  store <2 x i64> %l0, ptr @C_i64, align 16
  ret void
}
; run: @insert_low_i64(77)
; run: @get_C_i64(0) == 77
; run: @get_C_i64(1) == 12

; Reductions.
define i32 @reduce_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %s = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %a)
  %x = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %a)
  %o = call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %a)
  %n = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> %a)
  %t1 = mul i32 %s, 31
  %t2 = add i32 %t1, %x
  %t3 = mul i32 %t2, 31
  %t4 = add i32 %t3, %o
  %t5 = mul i32 %t4, 31
  %t6 = add i32 %t5, %n
  ret i32 %t6
}
; run: @set_A_i32(i32 -1, i32 6, i32 9, i32 -7)
; run: @reduce_i32() == 217155
; run: @set_A_i32(i32 2147483647, i32 1, i32 0, i32 0)
; run: @reduce_i32() == 2147481695

define i64 @reduce_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %s = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %a)
  %x = call i64 @llvm.vector.reduce.or.v2i64(<2 x i64> %a)
  %r = sub i64 %s, %x
  ret i64 %r
}
; run: @set_A_i64(i64 12, i64 10)
; run: @reduce_i64() == 8

; A vectorized loop as clang writes it: a vector accumulator in a phi with a constant
; start, loads at a moving address, a reduction after the loop.
@Arr = global [64 x i32] zeroinitializer, align 16

define void @fill(i32 %seed) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %v = phi i32 [ %seed, %entry ], [ %v1, %loop ]
  %p = getelementptr inbounds [64 x i32], ptr @Arr, i64 0, i64 %i
  store i32 %v, ptr %p
  %v1 = mul i32 %v, 1103515245
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, 64
  br i1 %done, label %exit, label %loop
exit:
  ret void
}

define i32 @sum_squares() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi <4 x i32> [ <i32 1, i32 0, i32 0, i32 0>, %entry ], [ %acc1, %loop ]
  %acc2 = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc3, %loop ]
  %p = getelementptr inbounds i32, ptr @Arr, i64 %i
  %q = getelementptr inbounds i8, ptr %p, i64 16
  %v = load <4 x i32>, ptr %p, align 4
  %w = load <4 x i32>, ptr %q, align 4
  %sq = mul <4 x i32> %v, %v
  %sw = mul <4 x i32> %w, <i32 3, i32 3, i32 3, i32 3>
  %acc1 = add <4 x i32> %acc, %sq
  %acc3 = xor <4 x i32> %acc2, %sw
  %i1 = add i64 %i, 8
  %done = icmp eq i64 %i1, 64
  br i1 %done, label %exit, label %loop
exit:
  %both = add <4 x i32> %acc1, %acc3
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %both)
  ret i32 %r
}
; run: @fill(7)
; run: @sum_squares()
; run: @fill(-123456789)
; run: @sum_squares()

; Select of whole vectors on a scalar condition.
define void @select_vec(i1 %c) {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %r = select i1 %c, <2 x double> %a, <2 x double> %b
  store <2 x double> %r, ptr @C_double, align 16
  ret void
}
; run: @set_A_double(double 1.0, double 2.0)
; run: @set_B_double(double 3.0, double 4.0)
; run: @select_vec(true)
; run: @get_C_double(1) == 2.0
; run: @select_vec(false)
; run: @get_C_double(0) == 3.0

; Vectors live across calls: every SSE register is caller-saved, so they are spilled to
; 16-byte slots and reloaded whole.
define internal void @clobber(i32 %n) noinline {
  %a = load <4 x i32>, ptr @B_i32, align 16
  %b = add <4 x i32> %a, <i32 1, i32 1, i32 1, i32 1>
  store <4 x i32> %b, ptr @B_i32, align 16
  ret void
}

define void @across_calls() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %f = load <4 x float>, ptr @A_float, align 16
  %d = load <2 x double>, ptr @A_double, align 16
  call void @clobber(i32 0)
  %a2 = add <4 x i32> %a, %a
  call void @clobber(i32 1)
  %f2 = fadd <4 x float> %f, %f
  %d2 = fmul <2 x double> %d, %d
  call void @clobber(i32 2)
  store <4 x i32> %a2, ptr @C_i32, align 16
  store <4 x float> %f2, ptr @C_float, align 16
  store <2 x double> %d2, ptr @C_double, align 16
  ret void
}
; run: @set_A_i32(i32 1, i32 -2, i32 3, i32 -4)
; run: @set_A_float(float 0.5, float 1.5, float 2.5, float 3.5)
; run: @set_A_double(double -3.0, double 1e100)
; run: @across_calls()
; run: @get_C_i32(0) == 2
; run: @get_C_i32(3) == -8
; run: @get_C_float(1) == 3.0
; run: @get_C_float(3) == 7.0
; run: @get_C_double(0) == 9.0
; run: @get_C_double(1) == 1e200
; run: @get_B_i32(2)

declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.or.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.and.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.or.v2i64(<2 x i64>)

; Lane-wise compares give masks (each lane all ones or zeros) that select, extend,
; combine and turn into integer bits.
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 7)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 7)
define void @icmp_eq_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp eq <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_eq_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == 7
define void @icmp_ne_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp ne <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_ne_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 7
define void @icmp_sgt_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp sgt <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_sgt_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 7
define void @icmp_sge_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp sge <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_sge_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 7
define void @icmp_slt_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp slt <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_slt_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == 7
define void @icmp_sle_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp sle <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_sle_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == 7
define void @icmp_ugt_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp ugt <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_ugt_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == 7
define void @icmp_uge_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp uge <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_uge_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == 7
define void @icmp_ult_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp ult <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_ult_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 7
define void @icmp_ule_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %m = icmp ule <4 x i32> %a, %b
  %r = select <4 x i1> %m, <4 x i32> %a, <4 x i32> %b
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @icmp_ule_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 7
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 -32768)
define void @icmp_eq_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp eq <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_eq_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @icmp_ne_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp ne <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_ne_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @icmp_sgt_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp sgt <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_sgt_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @icmp_sge_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp sge <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_sge_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @icmp_slt_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp slt <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_slt_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @icmp_sle_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp sle <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_sle_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @icmp_ugt_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp ugt <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_ugt_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @icmp_uge_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp uge <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_uge_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @icmp_ult_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp ult <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_ult_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @icmp_ule_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %m = icmp ule <8 x i16> %a, %b
  %r = select <8 x i1> %m, <8 x i16> %a, <8 x i16> %b
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @icmp_ule_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 30, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
define void @icmp_eq_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp eq <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_eq_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == -128
define void @icmp_ne_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp ne <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_ne_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == 2
define void @icmp_sgt_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp sgt <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_sgt_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == 2
define void @icmp_sge_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp sge <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_sge_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == 2
define void @icmp_slt_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp slt <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_slt_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == -128
define void @icmp_sle_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp sle <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_sle_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == -128
define void @icmp_ugt_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp ugt <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_ugt_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == -128
define void @icmp_uge_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp uge <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_uge_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == -128
define void @icmp_ult_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp ult <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_ult_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == 2
define void @icmp_ule_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp ule <16 x i8> %a, %b
  %r = select <16 x i1> %m, <16 x i8> %a, <16 x i8> %b
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @icmp_ule_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == 2
define void @mask_extend_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %lt = icmp slt <4 x i32> %a, %b
  %eq = icmp eq <4 x i32> %a, %b
  %le = or <4 x i1> %lt, %eq
  %x = xor <4 x i1> %le, <i1 true, i1 false, i1 false, i1 true>
  %z = zext <4 x i1> %x to <4 x i32>
  %s = sext <4 x i1> %le to <4 x i32>
  %r = add <4 x i32> %z, %s
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
define i32 @mask_bits_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %gt = icmp sgt <4 x i32> %a, %b
  %ne = icmp ne <4 x i32> %a, %b
  %both = and <4 x i1> %gt, %ne
  %bits = bitcast <4 x i1> %both to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
define i32 @mask_bits_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %m = icmp ult <16 x i8> %a, %b
  %bits = bitcast <16 x i1> %m to i16
  %r = zext i16 %bits to i32
  ret i32 %r
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 7)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 7)
; run: @mask_extend_i32()
; run: @get_C_i32(0) == 1
; run: @get_C_i32(1) == 0
; run: @get_C_i32(2) == 0
; run: @get_C_i32(3) == -1
; run: @mask_bits_i32() == 5
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 30, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @mask_bits_i8() == 32925
; run: @set_A_float(float 1.0, float nan, float -2.0, float 3.0)
; run: @set_B_float(float 1.0, float 1.0, float 5.0, float nan)
define i32 @fcmp_false_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp false <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_false_float() == 0
define i32 @fcmp_oeq_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp oeq <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_oeq_float() == 1
define i32 @fcmp_ogt_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ogt <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ogt_float() == 0
define i32 @fcmp_oge_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp oge <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_oge_float() == 1
define i32 @fcmp_olt_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp olt <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_olt_float() == 4
define i32 @fcmp_ole_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ole <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ole_float() == 5
define i32 @fcmp_one_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp one <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_one_float() == 4
define i32 @fcmp_ord_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ord <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ord_float() == 5
define i32 @fcmp_ueq_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ueq <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ueq_float() == 11
define i32 @fcmp_ugt_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ugt <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ugt_float() == 10
define i32 @fcmp_uge_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp uge <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_uge_float() == 11
define i32 @fcmp_ult_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ult <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ult_float() == 14
define i32 @fcmp_ule_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ule <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_ule_float() == 15
define i32 @fcmp_une_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp une <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_une_float() == 14
define i32 @fcmp_uno_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp uno <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_uno_float() == 10
define i32 @fcmp_true_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp true <4 x float> %a, %b
  %bits = bitcast <4 x i1> %m to i4
  %r = zext i4 %bits to i32
  ret i32 %r
}
; run: @fcmp_true_float() == 15
define void @fselect_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %m = fcmp ult <4 x float> %a, %b
  %r = select <4 x i1> %m, <4 x float> %b, <4 x float> %a
  store <4 x float> %r, ptr @C_float, align 16
  ret void
}
; run: @fselect_float()
; run: @get_C_float(0) == 1.0
; run: @get_C_float(1) == 1.0
; run: @get_C_float(2) == 5.0
; run: @get_C_float(3) == nan
; run: @set_A_double(double nan, double -0.0)
; run: @set_B_double(double 2.0, double 0.0)
define i32 @fcmp_false_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp false <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_false_double() == 0
define i32 @fcmp_oeq_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp oeq <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_oeq_double() == 2
define i32 @fcmp_ogt_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ogt <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ogt_double() == 0
define i32 @fcmp_oge_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp oge <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_oge_double() == 2
define i32 @fcmp_olt_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp olt <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_olt_double() == 0
define i32 @fcmp_ole_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ole <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ole_double() == 2
define i32 @fcmp_one_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp one <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_one_double() == 0
define i32 @fcmp_ord_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ord <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ord_double() == 2
define i32 @fcmp_ueq_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ueq <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ueq_double() == 3
define i32 @fcmp_ugt_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ugt <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ugt_double() == 1
define i32 @fcmp_uge_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp uge <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_uge_double() == 3
define i32 @fcmp_ult_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ult <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ult_double() == 1
define i32 @fcmp_ule_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ule <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_ule_double() == 3
define i32 @fcmp_une_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp une <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_une_double() == 1
define i32 @fcmp_uno_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp uno <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_uno_double() == 1
define i32 @fcmp_true_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp true <2 x double> %a, %b
  %bits = bitcast <2 x i1> %m to i2
  %r = zext i2 %bits to i32
  ret i32 %r
}
; run: @fcmp_true_double() == 3
define void @fselect_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %m = fcmp ult <2 x double> %a, %b
  %r = select <2 x i1> %m, <2 x double> %b, <2 x double> %a
  store <2 x double> %r, ptr @C_double, align 16
  ret void
}
; run: @fselect_double()
; run: @get_C_double(0) == 2.0
; run: @get_C_double(1) == -0.0

; Rotates and funnel shifts by a constant, abs, sqrt, fabs, int <-> float conversions.
define void @fshl_i16_5() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.fshl.v8i16(<8 x i16> %a, <8 x i16> %b, <8 x i16> <i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5>)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 4660, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 30583, i16 -9, i16 300, i16 -32768)
; run: @fshl_i16_5()
; run: @get_C_i16(0) == 32
; run: @get_C_i16(1) == -32
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == 31
; run: @get_C_i16(4) == 18062
; run: @get_C_i16(5) == -129
; run: @get_C_i16(6) == 9600
; run: @get_C_i16(7) == 16
define void @fshl_i16_21() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.fshl.v8i16(<8 x i16> %a, <8 x i16> %b, <8 x i16> <i16 21, i16 21, i16 21, i16 21, i16 21, i16 21, i16 21, i16 21>)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 4660, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 30583, i16 -9, i16 300, i16 -32768)
; run: @fshl_i16_21()
; run: @get_C_i16(0) == 32
; run: @get_C_i16(1) == -32
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == 31
; run: @get_C_i16(4) == 18062
; run: @get_C_i16(5) == -129
; run: @get_C_i16(6) == 9600
; run: @get_C_i16(7) == 16
define void @fshr_i16_5() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.fshr.v8i16(<8 x i16> %a, <8 x i16> %b, <8 x i16> <i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5>)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 4660, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 30583, i16 -9, i16 300, i16 -32768)
; run: @fshr_i16_5()
; run: @get_C_i16(0) == 2048
; run: @get_C_i16(1) == -2048
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == 2047
; run: @get_C_i16(4) == -23621
; run: @get_C_i16(5) == -8193
; run: @get_C_i16(6) == 24585
; run: @get_C_i16(7) == 1024
define void @fshr_i16_21() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.fshr.v8i16(<8 x i16> %a, <8 x i16> %b, <8 x i16> <i16 21, i16 21, i16 21, i16 21, i16 21, i16 21, i16 21, i16 21>)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 4660, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 30583, i16 -9, i16 300, i16 -32768)
; run: @fshr_i16_21()
; run: @get_C_i16(0) == 2048
; run: @get_C_i16(1) == -2048
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == 2047
; run: @get_C_i16(4) == -23621
; run: @get_C_i16(5) == -8193
; run: @get_C_i16(6) == 24585
; run: @get_C_i16(7) == 1024
define void @rotl_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call <8 x i16> @llvm.fshl.v8i16(<8 x i16> %a, <8 x i16> %a, <8 x i16> <i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5, i16 5>)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @rotl_i16()
; run: @get_C_i16(0) == 32
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -17
; run: @get_C_i16(3) == 16
; run: @get_C_i16(4) == 18050
; run: @get_C_i16(5) == -129
; run: @get_C_i16(6) == 9600
; run: @get_C_i16(7) == 0
define void @fshl_i32_13() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 13, i32 13, i32 13, i32 13>)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 305419896)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 180150000)
; run: @fshl_i32_13()
; run: @get_C_i32(0) == 49151
; run: @get_C_i32(1) == -8192
; run: @get_C_i32(2) == -4096
; run: @get_C_i32(3) == -1966145193
define void @fshl_i32_45() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 45, i32 45, i32 45, i32 45>)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 305419896)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 180150000)
; run: @fshl_i32_45()
; run: @get_C_i32(0) == 49151
; run: @get_C_i32(1) == -8192
; run: @get_C_i32(2) == -4096
; run: @get_C_i32(3) == -1966145193
define void @fshr_i32_13() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.fshr.v4i32(<4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 13, i32 13, i32 13, i32 13>)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 305419896)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 180150000)
; run: @fshr_i32_13()
; run: @get_C_i32(0) == 3145727
; run: @get_C_i32(1) == -524288
; run: @get_C_i32(2) == -262144
; run: @get_C_i32(3) == -1279240730
define void @fshr_i32_45() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.fshr.v4i32(<4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 45, i32 45, i32 45, i32 45>)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 305419896)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 180150000)
; run: @fshr_i32_45()
; run: @get_C_i32(0) == 3145727
; run: @get_C_i32(1) == -524288
; run: @get_C_i32(2) == -262144
; run: @get_C_i32(3) == -1279240730
define void @rotl_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %a, <4 x i32> %a, <4 x i32> <i32 13, i32 13, i32 13, i32 13>)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @rotl_i32()
; run: @get_C_i32(0) == 40960
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -4097
; run: @get_C_i32(3) == -1966144954
define void @fshl_i64_40() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 16
  %r = call <2 x i64> @llvm.fshl.v2i64(<2 x i64> %a, <2 x i64> %b, <2 x i64> <i64 40, i64 40>)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 81985529216486895, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @fshl_i64_40()
; run: @get_C_i64(0) == -6066929789963337729
; run: @get_C_i64(1) == -2199023255552
define void @fshl_i64_104() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 16
  %r = call <2 x i64> @llvm.fshl.v2i64(<2 x i64> %a, <2 x i64> %b, <2 x i64> <i64 104, i64 104>)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 81985529216486895, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @fshl_i64_104()
; run: @get_C_i64(0) == -6066929789963337729
; run: @get_C_i64(1) == -2199023255552
define void @fshr_i64_40() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 16
  %r = call <2 x i64> @llvm.fshr.v2i64(<2 x i64> %a, <2 x i64> %b, <2 x i64> <i64 40, i64 40>)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 81985529216486895, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @fshr_i64_40()
; run: @get_C_i64(0) == 7460683158690725887
; run: @get_C_i64(1) == -33554432
define void @fshr_i64_104() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %b = load <2 x i64>, ptr @B_i64, align 16
  %r = call <2 x i64> @llvm.fshr.v2i64(<2 x i64> %a, <2 x i64> %b, <2 x i64> <i64 104, i64 104>)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 81985529216486895, i64 -2)
; run: @set_B_i64(i64 9223372036854775807, i64 5)
; run: @fshr_i64_104()
; run: @get_C_i64(0) == 7460683158690725887
; run: @get_C_i64(1) == -33554432
define void @rotl_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call <2 x i64> @llvm.fshl.v2i64(<2 x i64> %a, <2 x i64> %a, <2 x i64> <i64 40, i64 40>)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @rotl_i64()
; run: @get_C_i64(0) == -6066930334832433271
; run: @get_C_i64(1) == -1099511627777
define void @abs_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call <16 x i8> @llvm.abs.v16i8(<16 x i8> %a, i1 false)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 -8, i8 7, i8 -6, i8 5, i8 -4, i8 3, i8 -2)
; run: @abs_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == 1
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == 5
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == 2
define void @abs_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call <8 x i16> @llvm.abs.v8i16(<8 x i16> %a, i1 false)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @abs_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == 1
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == 5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @abs_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call <4 x i32> @llvm.abs.v4i32(<4 x i32> %a, i1 false)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
; run: @abs_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == -2147483648
define void @abs_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call <2 x i64> @llvm.abs.v2i64(<2 x i64> %a, i1 false)
  store <2 x i64> %r, ptr @C_i64, align 16
  ret void
}
; run: @set_A_i64(i64 -9223372036854775808, i64 -2)
; run: @abs_i64()
; run: @get_C_i64(0) == -9223372036854775808
; run: @get_C_i64(1) == 2
define void @fabs_sqrt_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %f = call <4 x float> @llvm.fabs.v4f32(<4 x float> %a)
  %r = call <4 x float> @llvm.sqrt.v4f32(<4 x float> %f)
  store <4 x float> %r, ptr @C_float, align 16
  ret void
}
; run: @set_A_float(float 2.25, float -0.0, float 16.0, float -3.5)
; run: @fabs_sqrt_float()
; run: @get_C_float(0) == 1.5
; run: @get_C_float(1) == 0.0
; run: @get_C_float(2) == 4.0
; run: @get_C_float(3) == 1.8708287477493286
define void @fabs_sqrt_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %f = call <2 x double> @llvm.fabs.v2f64(<2 x double> %a)
  %r = call <2 x double> @llvm.sqrt.v2f64(<2 x double> %f)
  store <2 x double> %r, ptr @C_double, align 16
  ret void
}
; run: @set_A_double(double 2.0, double -7.25)
; run: @fabs_sqrt_double()
; run: @get_C_double(0) == 1.4142135623730951
; run: @get_C_double(1) == 2.692582403567252
define void @int_to_float() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %f = sitofp <4 x i32> %a to <4 x float>
  store <4 x float> %f, ptr @C_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %i = fptosi <4 x float> %b to <4 x i32>
  store <4 x i32> %i, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 16777217, i32 -2147483648)
; run: @set_B_float(float 2.75, float -2.75, float 1e9, float -0.5)
; run: @int_to_float()
; run: @get_C_float(0) == 5.0
; run: @get_C_float(1) == -1.0
; run: @get_C_float(2) == 16777216.0
; run: @get_C_float(3) == -2147483648.0
; run: @get_C_i32(0) == 2
; run: @get_C_i32(1) == -2
; run: @get_C_i32(2) == 1000000000
; run: @get_C_i32(3) == 0

declare <2 x i64> @llvm.fshl.v2i64(<2 x i64>, <2 x i64>, <2 x i64>)
declare <2 x i64> @llvm.fshr.v2i64(<2 x i64>, <2 x i64>, <2 x i64>)
declare <4 x i32> @llvm.fshl.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.fshr.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
declare <8 x i16> @llvm.fshl.v8i16(<8 x i16>, <8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.fshr.v8i16(<8 x i16>, <8 x i16>, <8 x i16>)
declare <16 x i8> @llvm.abs.v16i8(<16 x i8>, i1)
declare <8 x i16> @llvm.abs.v8i16(<8 x i16>, i1)
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1)
declare <2 x i64> @llvm.abs.v2i64(<2 x i64>, i1)
declare <4 x float> @llvm.fabs.v4f32(<4 x float>)
declare <4 x float> @llvm.sqrt.v4f32(<4 x float>)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>)
declare <2 x double> @llvm.sqrt.v2f64(<2 x double>)

; Reductions of every lane width (min/max too) and saturating arithmetic.
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 -8, i8 7, i8 -6, i8 5, i8 -4, i8 3, i8 -2)
define i8 @reduce_add_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.add.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_add_i8() == 40
define i8 @reduce_and_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.and.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_and_i8() == 0
define i8 @reduce_or_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.or.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_or_i8() == -1
define i8 @reduce_xor_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.xor.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_xor_i8() == -32
define i8 @reduce_smin_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.smin.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_smin_i8() == -128
define i8 @reduce_smax_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.smax.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_smax_i8() == 127
define i8 @reduce_umin_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.umin.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_umin_i8() == 0
define i8 @reduce_umax_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %r = call i8 @llvm.vector.reduce.umax.v16i8(<16 x i8> %a)
  ret i8 %r
}
; run: @reduce_umax_i8() == -1
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 7)
define i16 @reduce_add_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.add.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_add_i16() == 1535
define i16 @reduce_and_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.and.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_and_i16() == 0
define i16 @reduce_or_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.or.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_or_i16() == -1
define i16 @reduce_xor_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.xor.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_xor_i16() == -1533
define i16 @reduce_smin_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.smin.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_smin_i16() == -32768
define i16 @reduce_smax_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.smax.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_smax_i16() == 32767
define i16 @reduce_umin_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.umin.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_umin_i16() == 1
define i16 @reduce_umax_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %r = call i16 @llvm.vector.reduce.umax.v8i16(<8 x i16> %a)
  ret i16 %r
}
; run: @reduce_umax_i16() == -1
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
define i32 @reduce_add_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_add_i32() == 3
define i32 @reduce_and_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.and.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_and_i32() == 0
define i32 @reduce_or_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.or.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_or_i32() == -1
define i32 @reduce_xor_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_xor_i32() == 5
define i32 @reduce_smin_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_smin_i32() == -2147483648
define i32 @reduce_smax_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_smax_i32() == 2147483647
define i32 @reduce_umin_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.umin.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_umin_i32() == 5
define i32 @reduce_umax_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %r = call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %a)
  ret i32 %r
}
; run: @reduce_umax_i32() == -1
; run: @set_A_i64(i64 -9223372036854775803, i64 -2)
define i64 @reduce_add_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %a)
  ret i64 %r
}
; run: @reduce_add_i64() == -9223372036854775805
define i64 @reduce_and_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call i64 @llvm.vector.reduce.and.v2i64(<2 x i64> %a)
  ret i64 %r
}
; run: @reduce_and_i64() == -9223372036854775804
define i64 @reduce_or_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call i64 @llvm.vector.reduce.or.v2i64(<2 x i64> %a)
  ret i64 %r
}
; run: @reduce_or_i64() == -1
define i64 @reduce_xor_i64() {
  %a = load <2 x i64>, ptr @A_i64, align 16
  %r = call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %a)
  ret i64 %r
}
; run: @reduce_xor_i64() == 9223372036854775803
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 100, i8 -100, i8 30, i8 0, i8 9, i8 -8, i8 7, i8 -6, i8 5, i8 -4, i8 3, i8 -2)
; run: @set_B_i8(i8 2, i8 3, i8 1, i8 -1, i8 100, i8 -100, i8 -30, i8 0, i8 -9, i8 8, i8 7, i8 -6, i8 5, i8 4, i8 3, i8 2)
define void @sadd_sat_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.sadd.sat.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @sadd_sat_i8()
; run: @get_C_i8(0) == 3
; run: @get_C_i8(1) == 2
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 127
; run: @get_C_i8(5) == -128
; run: @get_C_i8(6) == 0
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 0
; run: @get_C_i8(9) == 0
; run: @get_C_i8(10) == 14
; run: @get_C_i8(11) == -12
; run: @get_C_i8(12) == 10
; run: @get_C_i8(13) == 0
; run: @get_C_i8(14) == 6
; run: @get_C_i8(15) == 0
define void @uadd_sat_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @uadd_sat_i8()
; run: @get_C_i8(0) == 3
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -128
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == -56
; run: @get_C_i8(5) == -1
; run: @get_C_i8(6) == -1
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == -1
; run: @get_C_i8(9) == -1
; run: @get_C_i8(10) == 14
; run: @get_C_i8(11) == -1
; run: @get_C_i8(12) == 10
; run: @get_C_i8(13) == -1
; run: @get_C_i8(14) == 6
; run: @get_C_i8(15) == -1
define void @ssub_sat_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.ssub.sat.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @ssub_sat_i8()
; run: @get_C_i8(0) == -1
; run: @get_C_i8(1) == -4
; run: @get_C_i8(2) == 126
; run: @get_C_i8(3) == -127
; run: @get_C_i8(4) == 0
; run: @get_C_i8(5) == 0
; run: @get_C_i8(6) == 60
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 18
; run: @get_C_i8(9) == -16
; run: @get_C_i8(10) == 0
; run: @get_C_i8(11) == 0
; run: @get_C_i8(12) == 0
; run: @get_C_i8(13) == -8
; run: @get_C_i8(14) == 0
; run: @get_C_i8(15) == -4
define void @usub_sat_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.usub.sat.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @usub_sat_i8()
; run: @get_C_i8(0) == 0
; run: @get_C_i8(1) == -4
; run: @get_C_i8(2) == 126
; run: @get_C_i8(3) == 0
; run: @get_C_i8(4) == 0
; run: @get_C_i8(5) == 0
; run: @get_C_i8(6) == 0
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 0
; run: @get_C_i8(9) == -16
; run: @get_C_i8(10) == 0
; run: @get_C_i8(11) == 0
; run: @get_C_i8(12) == 0
; run: @get_C_i8(13) == -8
; run: @get_C_i8(14) == 0
; run: @get_C_i8(15) == -4
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 30000, i16 -30000, i16 300, i16 7)
; run: @set_B_i16(i16 2, i16 3, i16 1, i16 -1, i16 30000, i16 -30000, i16 -300, i16 -7)
define void @sadd_sat_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.sadd.sat.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @sadd_sat_i16()
; run: @get_C_i16(0) == 3
; run: @get_C_i16(1) == 2
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 32767
; run: @get_C_i16(5) == -32768
; run: @get_C_i16(6) == 0
; run: @get_C_i16(7) == 0
define void @uadd_sat_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.uadd.sat.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @uadd_sat_i16()
; run: @get_C_i16(0) == 3
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -32768
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == -5536
; run: @get_C_i16(5) == -1
; run: @get_C_i16(6) == -1
; run: @get_C_i16(7) == -1
define void @ssub_sat_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @ssub_sat_i16()
; run: @get_C_i16(0) == -1
; run: @get_C_i16(1) == -4
; run: @get_C_i16(2) == 32766
; run: @get_C_i16(3) == -32767
; run: @get_C_i16(4) == 0
; run: @get_C_i16(5) == 0
; run: @get_C_i16(6) == 600
; run: @get_C_i16(7) == 14
define void @usub_sat_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.usub.sat.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @usub_sat_i16()
; run: @get_C_i16(0) == 0
; run: @get_C_i16(1) == -4
; run: @get_C_i16(2) == 32766
; run: @get_C_i16(3) == 0
; run: @get_C_i16(4) == 0
; run: @get_C_i16(5) == 0
; run: @get_C_i16(6) == 0
; run: @get_C_i16(7) == 0

declare <16 x i8> @llvm.sadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.ssub.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.uadd.sat.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.usub.sat.v16i8(<16 x i8>, <16 x i8>)
declare <8 x i16> @llvm.sadd.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.ssub.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.uadd.sat.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.usub.sat.v8i16(<8 x i16>, <8 x i16>)
declare i16 @llvm.vector.reduce.add.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.and.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.or.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.smax.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.smin.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.umax.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.umin.v8i16(<8 x i16>)
declare i16 @llvm.vector.reduce.xor.v8i16(<8 x i16>)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>)
declare i32 @llvm.vector.reduce.umin.v4i32(<4 x i32>)
declare i64 @llvm.vector.reduce.and.v2i64(<2 x i64>)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>)
declare i8 @llvm.vector.reduce.add.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.and.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.or.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smax.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.smin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umax.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.umin.v16i8(<16 x i8>)
declare i8 @llvm.vector.reduce.xor.v16i8(<16 x i8>)

; 64-bit vectors live in the low half of an SSE register: loads and stores of 8 bytes,
; arithmetic, bitcasts to and from i64 and double, halves of 128-bit vectors and their
; concatenation.
define void @fill_C() {
  store <4 x i32> <i32 11, i32 12, i32 13, i32 14>, ptr @C_i32, align 16
  store <8 x i16> <i16 9, i16 9, i16 9, i16 9, i16 9, i16 9, i16 9, i16 9>, ptr @C_i16, align 16
  ret void
}

define void @narrow_i32() {
  %a = load <2 x i32>, ptr @A_i32, align 4
  %b = load <2 x i32>, ptr @B_i32, align 4
  %m = mul <2 x i32> %a, %b
  %s = add <2 x i32> %m, <i32 7, i32 -7>
  %x = xor <2 x i32> %s, %a
  store <2 x i32> %x, ptr @C_i32, align 4
  ret void
}
; run: @set_A_i32(i32 3, i32 -5, i32 100, i32 100)
; run: @set_B_i32(i32 1000000, i32 77777, i32 100, i32 100)
; run: @fill_C()
; run: @narrow_i32()
; run: @get_C_i32(0) == 3000004
; run: @get_C_i32(1) == 388895
; run: @get_C_i32(2) == 13
; run: @get_C_i32(3) == 14

define void @narrow_i16_i8() {
  %a = load <4 x i16>, ptr @A_i16, align 2
  %b = load <4 x i16>, ptr @B_i16, align 2
  %m = mul <4 x i16> %a, %b
  %r = lshr <4 x i16> %m, <i16 1, i16 1, i16 1, i16 1>
  store <4 x i16> %r, ptr @C_i16, align 2
  %c = load <8 x i8>, ptr @A_i8, align 1
  %d = load <8 x i8>, ptr @B_i8, align 1
  %e = call <8 x i8> @llvm.umin.v8i8(<8 x i8> %c, <8 x i8> %d)
  store <8 x i8> %e, ptr @C_i8, align 1
  ret void
}
declare <8 x i8> @llvm.umin.v8i8(<8 x i8>, <8 x i8>)
; run: @set_A_i16(i16 3, i16 -1, i16 300, i16 7, i16 1, i16 1, i16 1, i16 1)
; run: @set_B_i16(i16 5, i16 2, i16 300, i16 -7, i16 2, i16 2, i16 2, i16 2)
; run: @fill_C()
; run: @narrow_i16_i8()
; run: @get_C_i16(0) == 7
; run: @get_C_i16(1) == 32767
; run: @get_C_i16(2) == 12232
; run: @get_C_i16(3) == 32743
; run: @get_C_i16(4) == 9
; run: @set_A_i8(i8 1, i8 -1, i8 100, i8 -100, i8 5, i8 6, i8 7, i8 8, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1)
; run: @set_B_i8(i8 2, i8 3, i8 -100, i8 100, i8 5, i8 -6, i8 70, i8 0, i8 2, i8 2, i8 2, i8 2, i8 2, i8 2, i8 2, i8 2)
; run: @narrow_i16_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 100
; run: @get_C_i8(3) == 100
; run: @get_C_i8(5) == 6
; run: @get_C_i8(7) == 0

define i64 @narrow_bitcasts(i64 %x, double %y) {
  %v = bitcast i64 %x to <2 x i32>
  %w = add <2 x i32> %v, <i32 1, i32 2>
  %f = bitcast double %y to <2 x float>
  %g = fmul <2 x float> %f, <float 2.0, float 4.0>
  %h = bitcast <2 x float> %g to double
  %hi = bitcast double %h to i64
  %r = bitcast <2 x i32> %w to i64
  %s = xor i64 %r, %hi
  ret i64 %s
}
; run: @narrow_bitcasts(0x0000000500000007, 0x3f80000040000000) == 0x4080000740800008

define void @halves_and_concat() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %lo = shufflevector <4 x i32> %a, <4 x i32> poison, <2 x i32> <i32 0, i32 1>
  %hi = shufflevector <4 x i32> %a, <4 x i32> poison, <2 x i32> <i32 3, i32 2>
  %s = sub <2 x i32> %lo, %hi
  %f = sitofp <2 x i32> %s to <2 x float>
  store <2 x float> %f, ptr @C_float, align 4
  %c = shufflevector <2 x i32> %hi, <2 x i32> %s, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  store <4 x i32> %c, ptr @C_i32, align 16
  %e = extractelement <2 x i32> %s, i64 1
  %i = insertelement <4 x i16> poison, i16 5, i64 0
  %j = shufflevector <4 x i16> %i, <4 x i16> poison, <4 x i32> zeroinitializer
  %k = insertelement <4 x i16> %j, i16 -1, i64 2
  %t = trunc i32 %e to i16
  %l = insertelement <4 x i16> %k, i16 %t, i64 3
  store <4 x i16> %l, ptr @C_i16, align 2
  ret void
}
; run: @set_A_i32(i32 10, i32 20, i32 3, i32 -4)
; run: @halves_and_concat()
; run: @get_C_float(0) == 14.0
; run: @get_C_float(1) == 17.0
; run: @get_C_i32(0) == -4
; run: @get_C_i32(1) == 3
; run: @get_C_i32(2) == 14
; run: @get_C_i32(3) == 17
; run: @get_C_i16(0) == 5
; run: @get_C_i16(1) == 5
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == 17

; Inserts into 32-bit lanes of a vector that is not poison: movss for lane 0, a pshufd
; swap around it for the others.
define void @insert_i32_lanes(i32 %x, i32 %y, float %z) {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = insertelement <4 x i32> %a, i32 %x, i64 0
  %c = insertelement <4 x i32> %b, i32 %y, i64 2
  %d = insertelement <4 x i32> %c, i32 %x, i64 3
  store <4 x i32> %d, ptr @C_i32, align 16
  %e = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %y, i64 0
  %n = load <2 x i32>, ptr @B_i32, align 4
  %o = insertelement <2 x i32> %n, i32 %x, i64 1
  %w = shufflevector <2 x i32> %o, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %f = add <4 x i32> %e, %w
  store <4 x i32> %f, ptr @B_i32, align 16
  %g = load <4 x float>, ptr @A_float, align 16
  %h = insertelement <4 x float> %g, float %z, i64 1
  store <4 x float> %h, ptr @C_float, align 16
  ret void
}
; run: @set_A_i32(i32 1, i32 2, i32 3, i32 4)
; run: @set_B_i32(i32 10, i32 20, i32 30, i32 40)
; run: @set_A_float(float 1.0, float 2.0, float 3.0, float 4.0)
; run: @insert_i32_lanes(-7, 99, float 0.5)
; run: @get_C_i32(0) == -7
; run: @get_C_i32(1) == 2
; run: @get_C_i32(2) == 99
; run: @get_C_i32(3) == -7
; run: @get_B_i32(0) == 109
; run: @get_B_i32(1) == -7
; run: @get_C_float(0) == 1.0
; run: @get_C_float(1) == 0.5
; run: @get_C_float(2) == 3.0
; run: @get_C_float(3) == 4.0

; Vectors as parameters and results, one SSE register each (System V), between functions
; the optimizing tier compiles.
define internal <4 x float> @scale4(<4 x float> %v, float %k) noinline {
  %i = insertelement <4 x float> poison, float %k, i64 0
  %s = shufflevector <4 x float> %i, <4 x float> poison, <4 x i32> zeroinitializer
  %r = fmul <4 x float> %v, %s
  ret <4 x float> %r
}

define internal <2 x float> @swap2(<2 x float> %v) noinline {
  %r = shufflevector <2 x float> %v, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  ret <2 x float> %r
}

define internal <2 x i64> @addl(<2 x i64> %a, <2 x i64> %b, <4 x i32> %c) noinline {
  %s = add <2 x i64> %a, %b
  %w = bitcast <4 x i32> %c to <2 x i64>
  %r = xor <2 x i64> %s, %w
  ret <2 x i64> %r
}

define void @vector_calls(float %k) {
  %f = load <4 x float>, ptr @A_float, align 16
  %g = call <4 x float> @scale4(<4 x float> %f, float %k)
  %h = call <4 x float> @scale4(<4 x float> %g, float 2.0)
  %sum = fadd <4 x float> %h, %f
  store <4 x float> %sum, ptr @C_float, align 16
  %lo = shufflevector <4 x float> %f, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %sw = call <2 x float> @swap2(<2 x float> %lo)
  %d = bitcast <2 x float> %sw to double
  store double %d, ptr @C_double, align 8
  %a = load <2 x i64>, ptr @A_i64, align 16
  %c = load <4 x i32>, ptr @A_i32, align 16
  %l = call <2 x i64> @addl(<2 x i64> %a, <2 x i64> %a, <4 x i32> %c)
  store <2 x i64> %l, ptr @C_i64, align 16
  ret void
}
; run: @set_A_float(float 1.0, float -2.0, float 0.5, float 3.0)
; run: @set_A_i64(i64 5, i64 -6)
; run: @set_A_i32(i32 1, i32 0, i32 -1, i32 -1)
; run: @vector_calls(float 3.0)
; run: @get_C_float(0) == 7.0
; run: @get_C_float(1) == -14.0
; run: @get_C_float(2) == 3.5
; run: @get_C_float(3) == 21.0
; run: @get_C_double(0) == 0x3f800000c0000000
; run: @get_C_i64(0) == 11
; run: @get_C_i64(1) == 11

; Minimum and maximum of each signedness (SSE2 has only some natively), and fmuladd.
define void @smin_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.smin.v4i32(<4 x i32> %a, <4 x i32> %b)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 2147483647)
; run: @smin_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == -2147483648
define void @smax_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %a, <4 x i32> %b)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 2147483647)
; run: @smax_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 2147483647
define void @umin_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.umin.v4i32(<4 x i32> %a, <4 x i32> %b)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 2147483647)
; run: @umin_i32()
; run: @get_C_i32(0) == 5
; run: @get_C_i32(1) == 1
; run: @get_C_i32(2) == 2147483647
; run: @get_C_i32(3) == 2147483647
define void @umax_i32() {
  %a = load <4 x i32>, ptr @A_i32, align 16
  %b = load <4 x i32>, ptr @B_i32, align 16
  %r = call <4 x i32> @llvm.umax.v4i32(<4 x i32> %a, <4 x i32> %b)
  store <4 x i32> %r, ptr @C_i32, align 16
  ret void
}
; run: @set_A_i32(i32 5, i32 -1, i32 2147483647, i32 -2147483648)
; run: @set_B_i32(i32 -3, i32 1, i32 -2147483648, i32 2147483647)
; run: @umax_i32()
; run: @get_C_i32(0) == -3
; run: @get_C_i32(1) == -1
; run: @get_C_i32(2) == -2147483648
; run: @get_C_i32(3) == -2147483648
define void @smin_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.smin.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 -32768)
; run: @smin_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @smax_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.smax.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 -32768)
; run: @smax_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @umin_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.umin.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 -32768)
; run: @umin_i16()
; run: @get_C_i16(0) == 1
; run: @get_C_i16(1) == 3
; run: @get_C_i16(2) == 32767
; run: @get_C_i16(3) == -32768
; run: @get_C_i16(4) == 77
; run: @get_C_i16(5) == -9
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == 0
define void @umax_i16() {
  %a = load <8 x i16>, ptr @A_i16, align 16
  %b = load <8 x i16>, ptr @B_i16, align 16
  %r = call <8 x i16> @llvm.umax.v8i16(<8 x i16> %a, <8 x i16> %b)
  store <8 x i16> %r, ptr @C_i16, align 16
  ret void
}
; run: @set_A_i16(i16 1, i16 -1, i16 32767, i16 -32768, i16 1234, i16 -5, i16 300, i16 0)
; run: @set_B_i16(i16 2, i16 3, i16 -1, i16 -1, i16 77, i16 -9, i16 300, i16 -32768)
; run: @umax_i16()
; run: @get_C_i16(0) == 2
; run: @get_C_i16(1) == -1
; run: @get_C_i16(2) == -1
; run: @get_C_i16(3) == -1
; run: @get_C_i16(4) == 1234
; run: @get_C_i16(5) == -5
; run: @get_C_i16(6) == 300
; run: @get_C_i16(7) == -32768
define void @smin_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.smin.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @smin_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == -128
define void @smax_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.smax.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @smax_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 100
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == 2
define void @umin_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.umin.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @umin_i8()
; run: @get_C_i8(0) == 1
; run: @get_C_i8(1) == 3
; run: @get_C_i8(2) == 127
; run: @get_C_i8(3) == -128
; run: @get_C_i8(4) == 12
; run: @get_C_i8(5) == -9
; run: @get_C_i8(6) == 30
; run: @get_C_i8(7) == 0
; run: @get_C_i8(8) == 1
; run: @get_C_i8(9) == 1
; run: @get_C_i8(10) == 1
; run: @get_C_i8(11) == 1
; run: @get_C_i8(12) == 1
; run: @get_C_i8(13) == 1
; run: @get_C_i8(14) == 1
; run: @get_C_i8(15) == 2
define void @umax_i8() {
  %a = load <16 x i8>, ptr @A_i8, align 16
  %b = load <16 x i8>, ptr @B_i8, align 16
  %r = call <16 x i8> @llvm.umax.v16i8(<16 x i8> %a, <16 x i8> %b)
  store <16 x i8> %r, ptr @C_i8, align 16
  ret void
}
; run: @set_A_i8(i8 1, i8 -1, i8 127, i8 -128, i8 12, i8 -5, i8 30, i8 0, i8 9, i8 8, i8 7, i8 6, i8 5, i8 4, i8 3, i8 2)
; run: @set_B_i8(i8 2, i8 3, i8 -1, i8 -1, i8 77, i8 -9, i8 100, i8 5, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 -128)
; run: @umax_i8()
; run: @get_C_i8(0) == 2
; run: @get_C_i8(1) == -1
; run: @get_C_i8(2) == -1
; run: @get_C_i8(3) == -1
; run: @get_C_i8(4) == 77
; run: @get_C_i8(5) == -5
; run: @get_C_i8(6) == 100
; run: @get_C_i8(7) == 5
; run: @get_C_i8(8) == 9
; run: @get_C_i8(9) == 8
; run: @get_C_i8(10) == 7
; run: @get_C_i8(11) == 6
; run: @get_C_i8(12) == 5
; run: @get_C_i8(13) == 4
; run: @get_C_i8(14) == 3
; run: @get_C_i8(15) == -128
define void @muladd_float() {
  %a = load <4 x float>, ptr @A_float, align 16
  %b = load <4 x float>, ptr @B_float, align 16
  %r = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %a, <4 x float> %b, <4 x float> <float 0.5, float 0.5, float 0.5, float 0.5>)
  store <4 x float> %r, ptr @C_float, align 16
  ret void
}
; run: @set_A_float(float 1.5, float -2.0, float 4.0, float 0.25)
; run: @set_B_float(float 2.0, float 3.0, float -0.5, float 8.0)
; run: @muladd_float()
; run: @get_C_float(0) == 3.5
; run: @get_C_float(1) == -5.5
; run: @get_C_float(2) == -1.5
; run: @get_C_float(3) == 2.5
define void @muladd_double() {
  %a = load <2 x double>, ptr @A_double, align 16
  %b = load <2 x double>, ptr @B_double, align 16
  %r = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %a, <2 x double> %b, <2 x double> <double 0.5, double 0.5>)
  store <2 x double> %r, ptr @C_double, align 16
  ret void
}
; run: @set_A_double(double 1.5, double -2.0)
; run: @set_B_double(double 2.0, double 3.0)
; run: @muladd_double()
; run: @get_C_double(0) == 3.5
; run: @get_C_double(1) == -5.5

declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.umin.v4i32(<4 x i32>, <4 x i32>)
declare <4 x i32> @llvm.umax.v4i32(<4 x i32>, <4 x i32>)
declare <8 x i16> @llvm.smin.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.smax.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.umin.v8i16(<8 x i16>, <8 x i16>)
declare <8 x i16> @llvm.umax.v8i16(<8 x i16>, <8 x i16>)
declare <16 x i8> @llvm.smin.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.smax.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.umin.v16i8(<16 x i8>, <16 x i8>)
declare <16 x i8> @llvm.umax.v16i8(<16 x i8>, <16 x i8>)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>)
