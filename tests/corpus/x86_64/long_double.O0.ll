; ModuleID = 'long_double.c'
source_filename = "long_double.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Complex = type { x86_fp80, x86_fp80 }
%struct.Tagged = type { i8, x86_fp80, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@table = dso_local global [4 x x86_fp80] [x86_fp80 0xK3FFE8000000000000000, x86_fp80 0xKBFFFA000000000000000, x86_fp80 0xK40209502F90000000000, x86_fp80 0xK4000C000000000000000], align 16
@.str = private unnamed_addr constant [28 x i8] c"zeta2 ~ %.15Lf  e ~ %.17Lf\0A\00", align 1
@.str.1 = private unnamed_addr constant [30 x i8] c"1+2^-60-1 = %Lg (double: %g)\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"add3 %.6Lf mix %.6Lf\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"div %.18Lf rem %Lg neg %Lg\0A\00", align 1
@.str.4 = private unnamed_addr constant [60 x i8] c"%%Lf %Lf %%Le %Le %%Lg %Lg %%.3Lg %.3Lg %%10.2Lf [%10.2Lf]\0A\00", align 1
@.str.5 = private unnamed_addr constant [35 x i8] c"from: %Lg %Lg %Lg %Lg %.1Lf %.1Lf\0A\00", align 1
@.str.6 = private unnamed_addr constant [33 x i8] c"from128: %.1Lf %.1Lf %Lg %.17Lg\0A\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"to: %d %u %d %d %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"to64: %lld %llu %llu\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"to128: \00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.11 = private unnamed_addr constant [29 x i8] c"\0Ato float %.9g double %.17g\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"%02x%c\00", align 1
@.str.13 = private unnamed_addr constant [50 x i8] c"isnan %d isinf %d signbit(-0) %d nan %Lf inf %Lf\0A\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"sum_va %.4Lf\0A\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Complex { x86_fp80 0xK3FFFC000000000000000, x86_fp80 0xKC0008000000000000000 }, align 16
@__const.main.b = private unnamed_addr constant %struct.Complex { x86_fp80 0xK3FFE8000000000000000, x86_fp80 0xK40018000000000000000 }, align 16
@.str.15 = private unnamed_addr constant [19 x i8] c"cmul %.3Lf%+.3Lfi\0A\00", align 1
@.str.16 = private unnamed_addr constant [29 x i8] c"scale %c %.2Lf %d sizeof %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [13 x i8] c"table %.4Lf\0A\00", align 1
@.str.18 = private unnamed_addr constant [51 x i8] c"sqrtl %.15Lf cbrtl %.15Lf expl %.15Lf logl %.15Lf\0A\00", align 1
@.str.19 = private unnamed_addr constant [51 x i8] c"powl %.6Lf sinl %.15Lf atan2l %.15Lf hypotl %.3Lf\0A\00", align 1
@.str.20 = private unnamed_addr constant [78 x i8] c"floorl %Lg ceill %Lg truncl %Lg roundl %Lg rintl %Lg fabsl %Lg copysignl %Lg\0A\00", align 1
@.str.21 = private unnamed_addr constant [33 x i8] c"lroundl %ld llrintl %lld frexpl \00", align 1
@.str.22 = private unnamed_addr constant [31 x i8] c"%Lg*2^%d ldexpl %Lg fmaxl %Lg\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @add3(x86_fp80 noundef %0, double noundef %1, x86_fp80 noundef %2) #0 {
  %4 = alloca x86_fp80, align 16
  %5 = alloca double, align 8
  %6 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %4, align 16
  store double %1, ptr %5, align 8
  store x86_fp80 %2, ptr %6, align 16
  %7 = load x86_fp80, ptr %4, align 16
  %8 = load double, ptr %5, align 8
  %9 = fpext double %8 to x86_fp80
  %10 = fadd x86_fp80 %7, %9
  %11 = load x86_fp80, ptr %6, align 16
  %12 = fadd x86_fp80 %10, %11
  ret x86_fp80 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @mix(i32 noundef %0, x86_fp80 noundef %1, float noundef %2, x86_fp80 noundef %3, i64 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca x86_fp80, align 16
  %8 = alloca float, align 4
  %9 = alloca x86_fp80, align 16
  %10 = alloca i64, align 8
  store i32 %0, ptr %6, align 4
  store x86_fp80 %1, ptr %7, align 16
  store float %2, ptr %8, align 4
  store x86_fp80 %3, ptr %9, align 16
  store i64 %4, ptr %10, align 8
  %11 = load x86_fp80, ptr %7, align 16
  %12 = load x86_fp80, ptr %9, align 16
  %13 = fsub x86_fp80 %11, %12
  %14 = load i32, ptr %6, align 4
  %15 = sitofp i32 %14 to x86_fp80
  %16 = load float, ptr %8, align 4
  %17 = load i64, ptr %10, align 8
  %18 = sitofp i64 %17 to float
  %19 = fdiv float %16, %18
  %20 = fpext float %19 to x86_fp80
  %21 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %13, x86_fp80 %15, x86_fp80 %20)
  ret x86_fp80 %21
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @cmul(ptr dead_on_unwind noalias writable sret(%struct.Complex) align 16 %0, ptr noundef byval(%struct.Complex) align 16 %1, ptr noundef byval(%struct.Complex) align 16 %2) #0 {
  %4 = getelementptr inbounds %struct.Complex, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds %struct.Complex, ptr %1, i32 0, i32 0
  %6 = load x86_fp80, ptr %5, align 16
  %7 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  %8 = load x86_fp80, ptr %7, align 16
  %9 = getelementptr inbounds %struct.Complex, ptr %1, i32 0, i32 1
  %10 = load x86_fp80, ptr %9, align 16
  %11 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  %12 = load x86_fp80, ptr %11, align 16
  %13 = fmul x86_fp80 %10, %12
  %14 = fneg x86_fp80 %13
  %15 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %6, x86_fp80 %8, x86_fp80 %14)
  store x86_fp80 %15, ptr %4, align 16
  %16 = getelementptr inbounds %struct.Complex, ptr %0, i32 0, i32 1
  %17 = getelementptr inbounds %struct.Complex, ptr %1, i32 0, i32 0
  %18 = load x86_fp80, ptr %17, align 16
  %19 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 1
  %20 = load x86_fp80, ptr %19, align 16
  %21 = getelementptr inbounds %struct.Complex, ptr %1, i32 0, i32 1
  %22 = load x86_fp80, ptr %21, align 16
  %23 = getelementptr inbounds %struct.Complex, ptr %2, i32 0, i32 0
  %24 = load x86_fp80, ptr %23, align 16
  %25 = fmul x86_fp80 %22, %24
  %26 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %18, x86_fp80 %20, x86_fp80 %25)
  store x86_fp80 %26, ptr %16, align 16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scale(ptr dead_on_unwind noalias writable sret(%struct.Tagged) align 16 %0, ptr noundef byval(%struct.Tagged) align 16 %1, x86_fp80 noundef %2) #0 {
  %4 = alloca x86_fp80, align 16
  store x86_fp80 %2, ptr %4, align 16
  %5 = load x86_fp80, ptr %4, align 16
  %6 = getelementptr inbounds %struct.Tagged, ptr %1, i32 0, i32 1
  %7 = load x86_fp80, ptr %6, align 16
  %8 = fmul x86_fp80 %7, %5
  store x86_fp80 %8, ptr %6, align 16
  %9 = getelementptr inbounds %struct.Tagged, ptr %1, i32 0, i32 2
  %10 = load i32, ptr %9, align 16
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %0, ptr align 16 %1, i64 48, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @sum_va(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca x86_fp80, align 16
  %5 = alloca i32, align 4
  %6 = alloca x86_fp80, align 16
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %8)
  store x86_fp80 0xK00000000000000000000, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %42, %1
  %10 = load i32, ptr %5, align 4
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %45

13:                                               ; preds = %9
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %15 = getelementptr inbounds %struct.__va_list_tag, ptr %14, i32 0, i32 2
  %16 = load ptr, ptr %15, align 8
  %17 = getelementptr inbounds i8, ptr %16, i32 15
  %18 = call ptr @llvm.ptrmask.p0.i64(ptr %17, i64 -16)
  %19 = getelementptr i8, ptr %18, i32 16
  store ptr %19, ptr %15, align 8
  %20 = load x86_fp80, ptr %18, align 16
  store x86_fp80 %20, ptr %6, align 16
  %21 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %22 = getelementptr inbounds %struct.__va_list_tag, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 16
  %24 = icmp ule i32 %23, 40
  br i1 %24, label %25, label %30

25:                                               ; preds = %13
  %26 = getelementptr inbounds %struct.__va_list_tag, ptr %21, i32 0, i32 3
  %27 = load ptr, ptr %26, align 16
  %28 = getelementptr i8, ptr %27, i32 %23
  %29 = add i32 %23, 8
  store i32 %29, ptr %22, align 16
  br label %34

30:                                               ; preds = %13
  %31 = getelementptr inbounds %struct.__va_list_tag, ptr %21, i32 0, i32 2
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr i8, ptr %32, i32 8
  store ptr %33, ptr %31, align 8
  br label %34

34:                                               ; preds = %30, %25
  %35 = phi ptr [ %28, %25 ], [ %32, %30 ]
  %36 = load i32, ptr %35, align 4
  store i32 %36, ptr %7, align 4
  %37 = load x86_fp80, ptr %6, align 16
  %38 = load i32, ptr %7, align 4
  %39 = sitofp i32 %38 to x86_fp80
  %40 = load x86_fp80, ptr %4, align 16
  %41 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %37, x86_fp80 %39, x86_fp80 %40)
  store x86_fp80 %41, ptr %4, align 16
  br label %42

42:                                               ; preds = %34
  %43 = load i32, ptr %5, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %5, align 4
  br label %9, !llvm.loop !6

45:                                               ; preds = %9
  %46 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %46)
  %47 = load x86_fp80, ptr %4, align 16
  ret x86_fp80 %47
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @cmp_all(x86_fp80 noundef %0, x86_fp80 noundef %1) #0 {
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
  store x86_fp80 %1, ptr %4, align 16
  %5 = load x86_fp80, ptr %3, align 16
  %6 = load x86_fp80, ptr %4, align 16
  %7 = fcmp olt x86_fp80 %5, %6
  %8 = zext i1 %7 to i32
  %9 = load x86_fp80, ptr %3, align 16
  %10 = load x86_fp80, ptr %4, align 16
  %11 = fcmp ole x86_fp80 %9, %10
  %12 = zext i1 %11 to i32
  %13 = shl i32 %12, 1
  %14 = or i32 %8, %13
  %15 = load x86_fp80, ptr %3, align 16
  %16 = load x86_fp80, ptr %4, align 16
  %17 = fcmp ogt x86_fp80 %15, %16
  %18 = zext i1 %17 to i32
  %19 = shl i32 %18, 2
  %20 = or i32 %14, %19
  %21 = load x86_fp80, ptr %3, align 16
  %22 = load x86_fp80, ptr %4, align 16
  %23 = fcmp oge x86_fp80 %21, %22
  %24 = zext i1 %23 to i32
  %25 = shl i32 %24, 3
  %26 = or i32 %20, %25
  %27 = load x86_fp80, ptr %3, align 16
  %28 = load x86_fp80, ptr %4, align 16
  %29 = fcmp oeq x86_fp80 %27, %28
  %30 = zext i1 %29 to i32
  %31 = shl i32 %30, 4
  %32 = or i32 %26, %31
  %33 = load x86_fp80, ptr %3, align 16
  %34 = load x86_fp80, ptr %4, align 16
  %35 = fcmp une x86_fp80 %33, %34
  %36 = zext i1 %35 to i32
  %37 = shl i32 %36, 5
  %38 = or i32 %32, %37
  %39 = load x86_fp80, ptr %3, align 16
  %40 = load x86_fp80, ptr %4, align 16
  %41 = fcmp uno x86_fp80 %39, %40
  %42 = zext i1 %41 to i32
  %43 = shl i32 %42, 6
  %44 = or i32 %38, %43
  %45 = load x86_fp80, ptr %3, align 16
  %46 = load x86_fp80, ptr %4, align 16
  %47 = fcmp olt x86_fp80 %45, %46
  %48 = zext i1 %47 to i32
  %49 = shl i32 %48, 7
  %50 = or i32 %44, %49
  ret i32 %50
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_i8(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sitofp i8 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_u16(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = uitofp i16 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_i32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sitofp i32 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_u32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_i64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_u64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_i128(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %5, align 16
  %6 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = load i128, ptr %3, align 16
  store i128 %7, ptr %4, align 16
  %8 = load i128, ptr %4, align 16
  %9 = sitofp i128 %8 to x86_fp80
  ret x86_fp80 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_u128(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %5, align 16
  %6 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = load i128, ptr %3, align 16
  store i128 %7, ptr %4, align 16
  %8 = load i128, ptr %4, align 16
  %9 = uitofp i128 %8 to x86_fp80
  ret x86_fp80 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fpext float %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local x86_fp80 @from_d(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fpext double %3 to x86_fp80
  ret x86_fp80 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i8 @to_i8(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptosi x86_fp80 %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i8 @to_u8(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptoui x86_fp80 %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i16 @to_i16(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptosi x86_fp80 %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_i32(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptosi x86_fp80 %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_u32(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptoui x86_fp80 %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @to_i64(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptosi x86_fp80 %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @to_u64(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptoui x86_fp80 %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @to_i128(x86_fp80 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
  %4 = load x86_fp80, ptr %3, align 16
  %5 = fptosi x86_fp80 %4 to i128
  store i128 %5, ptr %2, align 16
  %6 = load { i64, i64 }, ptr %2, align 16
  ret { i64, i64 } %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @to_u128(x86_fp80 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %3, align 16
  %4 = load x86_fp80, ptr %3, align 16
  %5 = fptoui x86_fp80 %4 to i128
  store i128 %5, ptr %2, align 16
  %6 = load { i64, i64 }, ptr %2, align 16
  ret { i64, i64 } %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @to_f(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptrunc x86_fp80 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @to_d(x86_fp80 noundef %0) #0 {
  %2 = alloca x86_fp80, align 16
  store x86_fp80 %0, ptr %2, align 16
  %3 = load x86_fp80, ptr %2, align 16
  %4 = fptrunc x86_fp80 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca x86_fp80, align 16
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca x86_fp80, align 16
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = alloca i128, align 16
  %11 = alloca i128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca x86_fp80, align 16
  %15 = alloca [6 x x86_fp80], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca %struct.Complex, align 16
  %19 = alloca %struct.Complex, align 16
  %20 = alloca %struct.Complex, align 16
  %21 = alloca %struct.Tagged, align 16
  %22 = alloca %struct.Tagged, align 16
  %23 = alloca x86_fp80, align 16
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca x86_fp80, align 16
  store i32 0, ptr %1, align 4
  store x86_fp80 0xK00000000000000000000, ptr %2, align 16
  store x86_fp80 0xK00000000000000000000, ptr %3, align 16
  store x86_fp80 0xK3FFF8000000000000000, ptr %4, align 16
  store i32 1, ptr %5, align 4
  br label %27

27:                                               ; preds = %39, %0
  %28 = load i32, ptr %5, align 4
  %29 = icmp sle i32 %28, 2000
  br i1 %29, label %30, label %42

30:                                               ; preds = %27
  %31 = load i32, ptr %5, align 4
  %32 = sitofp i32 %31 to x86_fp80
  %33 = load i32, ptr %5, align 4
  %34 = sitofp i32 %33 to x86_fp80
  %35 = fmul x86_fp80 %32, %34
  %36 = fdiv x86_fp80 0xK3FFF8000000000000000, %35
  %37 = load x86_fp80, ptr %2, align 16
  %38 = fadd x86_fp80 %37, %36
  store x86_fp80 %38, ptr %2, align 16
  br label %39

39:                                               ; preds = %30
  %40 = load i32, ptr %5, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %5, align 4
  br label %27, !llvm.loop !8

42:                                               ; preds = %27
  store i32 1, ptr %6, align 4
  br label %43

43:                                               ; preds = %54, %42
  %44 = load i32, ptr %6, align 4
  %45 = icmp slt i32 %44, 25
  br i1 %45, label %46, label %57

46:                                               ; preds = %43
  %47 = load x86_fp80, ptr %4, align 16
  %48 = load x86_fp80, ptr %3, align 16
  %49 = fadd x86_fp80 %48, %47
  store x86_fp80 %49, ptr %3, align 16
  %50 = load i32, ptr %6, align 4
  %51 = sitofp i32 %50 to x86_fp80
  %52 = load x86_fp80, ptr %4, align 16
  %53 = fdiv x86_fp80 %52, %51
  store x86_fp80 %53, ptr %4, align 16
  br label %54

54:                                               ; preds = %46
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %43, !llvm.loop !9

57:                                               ; preds = %43
  %58 = load x86_fp80, ptr %2, align 16
  %59 = load x86_fp80, ptr %3, align 16
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str, x86_fp80 noundef %58, x86_fp80 noundef %59)
  store x86_fp80 0xK3FC38000000000000000, ptr %7, align 16
  %61 = load x86_fp80, ptr %7, align 16
  %62 = fadd x86_fp80 0xK3FFF8000000000000000, %61
  %63 = fsub x86_fp80 %62, 0xK3FFF8000000000000000
  %64 = load x86_fp80, ptr %7, align 16
  %65 = fptrunc x86_fp80 %64 to double
  %66 = fadd double 1.000000e+00, %65
  %67 = fsub double %66, 1.000000e+00
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, x86_fp80 noundef %63, double noundef %67)
  %69 = call x86_fp80 @add3(x86_fp80 noundef 0xK3FFFC000000000000000, double noundef 2.250000e+00, x86_fp80 noundef 0xKBFFC8000000000000000)
  %70 = call x86_fp80 @mix(i32 noundef 3, x86_fp80 noundef 0xK4002A800000000000000, float noundef 1.500000e+00, x86_fp80 noundef 0xK3FFD8000000000000000, i64 noundef 4)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, x86_fp80 noundef %69, x86_fp80 noundef %70)
  %72 = call x86_fp80 @fmodl(x86_fp80 noundef 0xK4001F000000000000000, x86_fp80 noundef 0xK40008000000000000000) #8
  %73 = load x86_fp80, ptr getelementptr inbounds ([4 x x86_fp80], ptr @table, i64 0, i64 1), align 16
  %74 = fneg x86_fp80 %73
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB, x86_fp80 noundef %72, x86_fp80 noundef %74)
  %76 = load x86_fp80, ptr getelementptr inbounds ([4 x x86_fp80], ptr @table, i64 0, i64 2), align 16
  %77 = load x86_fp80, ptr getelementptr inbounds ([4 x x86_fp80], ptr @table, i64 0, i64 1), align 16
  %78 = load x86_fp80, ptr @table, align 16
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, x86_fp80 noundef %76, x86_fp80 noundef %77, x86_fp80 noundef %78, x86_fp80 noundef 0xK4019EB79A2A000000000, x86_fp80 noundef 0xKC000A000000000000000)
  %80 = call x86_fp80 @from_i8(i8 noundef signext -100)
  %81 = call x86_fp80 @from_u16(i16 noundef zeroext -1)
  %82 = call x86_fp80 @from_i32(i32 noundef -7)
  %83 = call x86_fp80 @from_u32(i32 noundef -1)
  %84 = call x86_fp80 @from_i64(i64 noundef -9223372036854775808)
  %85 = call x86_fp80 @from_u64(i64 noundef -1)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, x86_fp80 noundef %80, x86_fp80 noundef %81, x86_fp80 noundef %82, x86_fp80 noundef %83, x86_fp80 noundef %84, x86_fp80 noundef %85)
  store i128 -1267650600228229401496703205376, ptr %8, align 16
  %87 = getelementptr inbounds { i64, i64 }, ptr %8, i32 0, i32 0
  %88 = load i64, ptr %87, align 16
  %89 = getelementptr inbounds { i64, i64 }, ptr %8, i32 0, i32 1
  %90 = load i64, ptr %89, align 8
  %91 = call x86_fp80 @from_i128(i64 noundef %88, i64 noundef %90)
  store i128 1267650600228229402596214833152, ptr %9, align 16
  %92 = getelementptr inbounds { i64, i64 }, ptr %9, i32 0, i32 0
  %93 = load i64, ptr %92, align 16
  %94 = getelementptr inbounds { i64, i64 }, ptr %9, i32 0, i32 1
  %95 = load i64, ptr %94, align 8
  %96 = call x86_fp80 @from_u128(i64 noundef %93, i64 noundef %95)
  %97 = call x86_fp80 @from_f(float noundef 0x3FB99999A0000000)
  %98 = call x86_fp80 @from_d(double noundef 1.000000e-01)
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, x86_fp80 noundef %91, x86_fp80 noundef %96, x86_fp80 noundef %97, x86_fp80 noundef %98)
  %100 = call signext i8 @to_i8(x86_fp80 noundef 0xKC00680E6666666666666)
  %101 = sext i8 %100 to i32
  %102 = call zeroext i8 @to_u8(x86_fp80 noundef 0xK4006FF80000000000000)
  %103 = zext i8 %102 to i32
  %104 = call signext i16 @to_i16(x86_fp80 noundef 0xKC00E8000000000000000)
  %105 = sext i16 %104 to i32
  %106 = call i32 @to_i32(x86_fp80 noundef 0xKC01E80000000C0000000)
  %107 = call i32 @to_u32(x86_fp80 noundef 0xK401EFFFFFFFF80000000)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %101, i32 noundef %103, i32 noundef %105, i32 noundef %106, i32 noundef %107)
  %109 = call i64 @to_i64(x86_fp80 noundef 0xKC03DFF59EE833B300000)
  %110 = call i64 @to_u64(x86_fp80 noundef 0xK403EFFFFFFFFFFFFFFFF)
  %111 = call i64 @to_u64(x86_fp80 noundef 0xK403E8000000000000000)
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %109, i64 noundef %110, i64 noundef %111)
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.9)
  %114 = call { i64, i64 } @to_i128(x86_fp80 noundef 0xKC0638000000000000000)
  %115 = getelementptr inbounds { i64, i64 }, ptr %10, i32 0, i32 0
  %116 = extractvalue { i64, i64 } %114, 0
  store i64 %116, ptr %115, align 16
  %117 = getelementptr inbounds { i64, i64 }, ptr %10, i32 0, i32 1
  %118 = extractvalue { i64, i64 } %114, 1
  store i64 %118, ptr %117, align 8
  %119 = load i128, ptr %10, align 16
  %120 = sub nsw i128 0, %119
  store i128 %120, ptr %11, align 16
  %121 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 0
  %122 = load i64, ptr %121, align 16
  %123 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 1
  %124 = load i64, ptr %123, align 8
  call void @print_u128(i64 noundef %122, i64 noundef %124)
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  %126 = call { i64, i64 } @to_u128(x86_fp80 noundef 0xK40778000000000000000)
  %127 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 0
  %128 = extractvalue { i64, i64 } %126, 0
  store i64 %128, ptr %127, align 16
  %129 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 1
  %130 = extractvalue { i64, i64 } %126, 1
  store i64 %130, ptr %129, align 8
  %131 = load i128, ptr %12, align 16
  store i128 %131, ptr %13, align 16
  %132 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 0
  %133 = load i64, ptr %132, align 16
  %134 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 1
  %135 = load i64, ptr %134, align 8
  call void @print_u128(i64 noundef %133, i64 noundef %135)
  %136 = call float @to_f(x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB)
  %137 = fpext float %136 to double
  %138 = call double @to_d(x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB)
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %137, double noundef %138)
  store x86_fp80 0xK7FFFC000000000000000, ptr %14, align 16
  store x86_fp80 0xKBFFF8000000000000000, ptr %15, align 16
  %140 = getelementptr inbounds x86_fp80, ptr %15, i64 1
  store x86_fp80 0xK00000000000000000000, ptr %140, align 16
  %141 = getelementptr inbounds x86_fp80, ptr %15, i64 2
  store x86_fp80 0xK80000000000000000000, ptr %141, align 16
  %142 = getelementptr inbounds x86_fp80, ptr %15, i64 3
  store x86_fp80 0xK4000A000000000000000, ptr %142, align 16
  %143 = getelementptr inbounds x86_fp80, ptr %15, i64 4
  %144 = load x86_fp80, ptr %14, align 16
  store x86_fp80 %144, ptr %143, align 16
  %145 = getelementptr inbounds x86_fp80, ptr %15, i64 5
  store x86_fp80 0xK7FFF8000000000000000, ptr %145, align 16
  store i32 0, ptr %16, align 4
  br label %146

146:                                              ; preds = %172, %57
  %147 = load i32, ptr %16, align 4
  %148 = icmp slt i32 %147, 6
  br i1 %148, label %149, label %175

149:                                              ; preds = %146
  store i32 0, ptr %17, align 4
  br label %150

150:                                              ; preds = %168, %149
  %151 = load i32, ptr %17, align 4
  %152 = icmp slt i32 %151, 6
  br i1 %152, label %153, label %171

153:                                              ; preds = %150
  %154 = load i32, ptr %16, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [6 x x86_fp80], ptr %15, i64 0, i64 %155
  %157 = load x86_fp80, ptr %156, align 16
  %158 = load i32, ptr %17, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [6 x x86_fp80], ptr %15, i64 0, i64 %159
  %161 = load x86_fp80, ptr %160, align 16
  %162 = call i32 @cmp_all(x86_fp80 noundef %157, x86_fp80 noundef %161)
  %163 = load i32, ptr %17, align 4
  %164 = icmp eq i32 %163, 4
  %165 = zext i1 %164 to i64
  %166 = select i1 %164, i32 10, i32 32
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %162, i32 noundef %166)
  br label %168

168:                                              ; preds = %153
  %169 = load i32, ptr %17, align 4
  %170 = add nsw i32 %169, 2
  store i32 %170, ptr %17, align 4
  br label %150, !llvm.loop !10

171:                                              ; preds = %150
  br label %172

172:                                              ; preds = %171
  %173 = load i32, ptr %16, align 4
  %174 = add nsw i32 %173, 1
  store i32 %174, ptr %16, align 4
  br label %146, !llvm.loop !11

175:                                              ; preds = %146
  %176 = load x86_fp80, ptr %14, align 16
  %177 = call i1 @llvm.is.fpclass.f80(x86_fp80 %176, i32 3)
  %178 = zext i1 %177 to i32
  %179 = getelementptr inbounds [6 x x86_fp80], ptr %15, i64 0, i64 5
  %180 = load x86_fp80, ptr %179, align 16
  %181 = call x86_fp80 @llvm.fabs.f80(x86_fp80 %180) #9
  %182 = fcmp oeq x86_fp80 %181, 0xK7FFF8000000000000000
  %183 = bitcast x86_fp80 %180 to i80
  %184 = icmp slt i80 %183, 0
  %185 = select i1 %184, i32 -1, i32 1
  %186 = select i1 %182, i32 %185, i32 0
  %187 = getelementptr inbounds [6 x x86_fp80], ptr %15, i64 0, i64 2
  %188 = load x86_fp80, ptr %187, align 16
  %189 = bitcast x86_fp80 %188 to i80
  %190 = icmp slt i80 %189, 0
  %191 = zext i1 %190 to i32
  %192 = icmp ne i32 %191, 0
  %193 = zext i1 %192 to i32
  %194 = load x86_fp80, ptr %14, align 16
  %195 = getelementptr inbounds [6 x x86_fp80], ptr %15, i64 0, i64 5
  %196 = load x86_fp80, ptr %195, align 16
  %197 = fneg x86_fp80 %196
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %178, i32 noundef %186, i32 noundef %193, x86_fp80 noundef %194, x86_fp80 noundef %197)
  %199 = call x86_fp80 (i32, ...) @sum_va(i32 noundef 3, x86_fp80 noundef 0xK3FFFC000000000000000, i32 noundef 2, x86_fp80 noundef 0xKBFFD8000000000000000, i32 noundef 4, x86_fp80 noundef 0xK4005C800000000000000, i32 noundef -1)
  %200 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, x86_fp80 noundef %199)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %18, ptr align 16 @__const.main.a, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.main.b, i64 32, i1 false)
  call void @cmul(ptr dead_on_unwind writable sret(%struct.Complex) align 16 %20, ptr noundef byval(%struct.Complex) align 16 %18, ptr noundef byval(%struct.Complex) align 16 %19)
  %201 = getelementptr inbounds %struct.Complex, ptr %20, i32 0, i32 0
  %202 = load x86_fp80, ptr %201, align 16
  %203 = getelementptr inbounds %struct.Complex, ptr %20, i32 0, i32 1
  %204 = load x86_fp80, ptr %203, align 16
  %205 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, x86_fp80 noundef %202, x86_fp80 noundef %204)
  call void @llvm.memset.p0.i64(ptr align 16 %21, i8 0, i64 48, i1 false)
  %206 = getelementptr inbounds %struct.Tagged, ptr %21, i32 0, i32 0
  store i8 120, ptr %206, align 16
  %207 = getelementptr inbounds %struct.Tagged, ptr %21, i32 0, i32 1
  store x86_fp80 0xK4000A000000000000000, ptr %207, align 16
  %208 = getelementptr inbounds %struct.Tagged, ptr %21, i32 0, i32 2
  store i32 7, ptr %208, align 16
  call void @scale(ptr dead_on_unwind writable sret(%struct.Tagged) align 16 %22, ptr noundef byval(%struct.Tagged) align 16 %21, x86_fp80 noundef 0xKC0018000000000000000)
  %209 = getelementptr inbounds %struct.Tagged, ptr %22, i32 0, i32 0
  %210 = load i8, ptr %209, align 16
  %211 = sext i8 %210 to i32
  %212 = getelementptr inbounds %struct.Tagged, ptr %22, i32 0, i32 1
  %213 = load x86_fp80, ptr %212, align 16
  %214 = getelementptr inbounds %struct.Tagged, ptr %22, i32 0, i32 2
  %215 = load i32, ptr %214, align 16
  %216 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %211, x86_fp80 noundef %213, i32 noundef %215, i32 noundef 1)
  store x86_fp80 0xK00000000000000000000, ptr %23, align 16
  store i32 0, ptr %24, align 4
  br label %217

217:                                              ; preds = %230, %175
  %218 = load i32, ptr %24, align 4
  %219 = icmp slt i32 %218, 4
  br i1 %219, label %220, label %233

220:                                              ; preds = %217
  %221 = load i32, ptr %24, align 4
  %222 = sext i32 %221 to i64
  %223 = getelementptr inbounds [4 x x86_fp80], ptr @table, i64 0, i64 %222
  %224 = load x86_fp80, ptr %223, align 16
  %225 = load i32, ptr %24, align 4
  %226 = add nsw i32 %225, 1
  %227 = sitofp i32 %226 to x86_fp80
  %228 = load x86_fp80, ptr %23, align 16
  %229 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %224, x86_fp80 %227, x86_fp80 %228)
  store x86_fp80 %229, ptr %23, align 16
  br label %230

230:                                              ; preds = %220
  %231 = load i32, ptr %24, align 4
  %232 = add nsw i32 %231, 1
  store i32 %232, ptr %24, align 4
  br label %217, !llvm.loop !12

233:                                              ; preds = %217
  %234 = load x86_fp80, ptr %23, align 16
  %235 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, x86_fp80 noundef %234)
  %236 = call x86_fp80 @sqrtl(x86_fp80 noundef 0xK40008000000000000000) #8
  %237 = call x86_fp80 @cbrtl(x86_fp80 noundef 0xK4003D800000000000000) #10
  %238 = call x86_fp80 @expl(x86_fp80 noundef 0xK3FFF8000000000000000) #8
  %239 = call x86_fp80 @logl(x86_fp80 noundef 0xK4002A000000000000000) #8
  %240 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, x86_fp80 noundef %236, x86_fp80 noundef %237, x86_fp80 noundef %238, x86_fp80 noundef %239)
  %241 = call x86_fp80 @powl(x86_fp80 noundef 0xK3FFFC000000000000000, x86_fp80 noundef 0xK4003A000000000000000) #8
  %242 = call x86_fp80 @sinl(x86_fp80 noundef 0xK3FFF8000000000000000) #8
  %243 = call x86_fp80 @atan2l(x86_fp80 noundef 0xK3FFF8000000000000000, x86_fp80 noundef 0xK3FFF8000000000000000) #8
  %244 = fmul x86_fp80 %243, 0xK40018000000000000000
  %245 = call x86_fp80 @hypotl(x86_fp80 noundef 0xK4000C000000000000000, x86_fp80 noundef 0xK40018000000000000000) #8
  %246 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, x86_fp80 noundef %241, x86_fp80 noundef %242, x86_fp80 noundef %244, x86_fp80 noundef %245)
  %247 = call x86_fp80 @llvm.floor.f80(x86_fp80 0xKC000A000000000000000)
  %248 = call x86_fp80 @llvm.ceil.f80(x86_fp80 0xKC000A000000000000000)
  %249 = call x86_fp80 @llvm.trunc.f80(x86_fp80 0xKC000ACCCCCCCCCCCCCCD)
  %250 = call x86_fp80 @llvm.round.f80(x86_fp80 0xK4000A000000000000000)
  %251 = call x86_fp80 @llvm.rint.f80(x86_fp80 0xK4000A000000000000000)
  %252 = call x86_fp80 @llvm.fabs.f80(x86_fp80 0xKC000C000000000000000)
  %253 = call x86_fp80 @llvm.copysign.f80(x86_fp80 0xK40008000000000000000, x86_fp80 0xK80000000000000000000)
  %254 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, x86_fp80 noundef %247, x86_fp80 noundef %248, x86_fp80 noundef %249, x86_fp80 noundef %250, x86_fp80 noundef %251, x86_fp80 noundef %252, x86_fp80 noundef %253)
  %255 = call i64 @lroundl(x86_fp80 noundef 0xKC000A000000000000000) #8
  %256 = call i64 @llrintl(x86_fp80 noundef 0xK4000E000000000000000) #8
  %257 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i64 noundef %255, i64 noundef %256)
  %258 = call x86_fp80 @frexpl(x86_fp80 noundef 0xK4004C000000000000000, ptr noundef %25) #8
  store x86_fp80 %258, ptr %26, align 16
  %259 = load x86_fp80, ptr %26, align 16
  %260 = load i32, ptr %25, align 4
  %261 = call x86_fp80 @ldexpl(x86_fp80 noundef 0xK3FFEC000000000000000, i32 noundef 10) #8
  %262 = load x86_fp80, ptr %14, align 16
  %263 = call x86_fp80 @llvm.maxnum.f80(x86_fp80 0xKBFFF8000000000000000, x86_fp80 %262)
  %264 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, x86_fp80 noundef %259, i32 noundef %260, x86_fp80 noundef %261, x86_fp80 noundef %263)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare x86_fp80 @fmodl(x86_fp80 noundef, x86_fp80 noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = alloca [48 x i8], align 16
  %6 = alloca i32, align 4
  %7 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %7, align 16
  %8 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %8, align 8
  %9 = load i128, ptr %3, align 16
  store i128 %9, ptr %4, align 16
  store i32 47, ptr %6, align 4
  %10 = load i32, ptr %6, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 %11
  store i8 0, ptr %12, align 1
  br label %13

13:                                               ; preds = %25, %2
  %14 = load i128, ptr %4, align 16
  %15 = urem i128 %14, 10
  %16 = trunc i128 %15 to i32
  %17 = add nsw i32 48, %16
  %18 = trunc i32 %17 to i8
  %19 = load i32, ptr %6, align 4
  %20 = add nsw i32 %19, -1
  store i32 %20, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 %21
  store i8 %18, ptr %22, align 1
  %23 = load i128, ptr %4, align 16
  %24 = udiv i128 %23, 10
  store i128 %24, ptr %4, align 16
  br label %25

25:                                               ; preds = %13
  %26 = load i128, ptr %4, align 16
  %27 = icmp ne i128 %26, 0
  br i1 %27, label %13, label %28, !llvm.loop !13

28:                                               ; preds = %25
  %29 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 0
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i8, ptr %29, i64 %31
  %33 = load ptr, ptr @stdout, align 8
  %34 = call i32 @fputs(ptr noundef %32, ptr noundef %33)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f80(x86_fp80, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fabs.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nounwind
declare x86_fp80 @sqrtl(x86_fp80 noundef) #5

; Function Attrs: nounwind willreturn memory(none)
declare x86_fp80 @cbrtl(x86_fp80 noundef) #7

; Function Attrs: nounwind
declare x86_fp80 @expl(x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @logl(x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @powl(x86_fp80 noundef, x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @sinl(x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @atan2l(x86_fp80 noundef, x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @hypotl(x86_fp80 noundef, x86_fp80 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.floor.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.ceil.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.trunc.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.round.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.rint.f80(x86_fp80) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.copysign.f80(x86_fp80, x86_fp80) #1

; Function Attrs: nounwind
declare i64 @lroundl(x86_fp80 noundef) #5

; Function Attrs: nounwind
declare i64 @llrintl(x86_fp80 noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @frexpl(x86_fp80 noundef, ptr noundef) #5

; Function Attrs: nounwind
declare x86_fp80 @ldexpl(x86_fp80 noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.maxnum.f80(x86_fp80, x86_fp80) #1

declare i32 @fputs(ptr noundef, ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { memory(none) }
attributes #10 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
