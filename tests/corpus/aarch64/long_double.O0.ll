; ModuleID = 'long_double.c'
source_filename = "long_double.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Complex = type { fp128, fp128 }
%struct.Tagged = type { i8, fp128, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@table = dso_local global [4 x fp128] [fp128 0xL00000000000000003FFE000000000000, fp128 0xL0000000000000000BFFF400000000000, fp128 0xL000000000000000040202A05F2000000, fp128 0xL00000000000000004000800000000000], align 16
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
@__const.main.a = private unnamed_addr constant %struct.Complex { fp128 0xL00000000000000003FFF800000000000, fp128 0xL0000000000000000C000000000000000 }, align 16
@__const.main.b = private unnamed_addr constant %struct.Complex { fp128 0xL00000000000000003FFE000000000000, fp128 0xL00000000000000004001000000000000 }, align 16
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
define dso_local fp128 @add3(fp128 noundef %0, double noundef %1, fp128 noundef %2) #0 {
  %4 = alloca fp128, align 16
  %5 = alloca double, align 8
  %6 = alloca fp128, align 16
  store fp128 %0, ptr %4, align 16
  store double %1, ptr %5, align 8
  store fp128 %2, ptr %6, align 16
  %7 = load fp128, ptr %4, align 16
  %8 = load double, ptr %5, align 8
  %9 = fpext double %8 to fp128
  %10 = fadd fp128 %7, %9
  %11 = load fp128, ptr %6, align 16
  %12 = fadd fp128 %10, %11
  ret fp128 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @mix(i32 noundef %0, fp128 noundef %1, float noundef %2, fp128 noundef %3, i64 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca fp128, align 16
  %8 = alloca float, align 4
  %9 = alloca fp128, align 16
  %10 = alloca i64, align 8
  store i32 %0, ptr %6, align 4
  store fp128 %1, ptr %7, align 16
  store float %2, ptr %8, align 4
  store fp128 %3, ptr %9, align 16
  store i64 %4, ptr %10, align 8
  %11 = load fp128, ptr %7, align 16
  %12 = load fp128, ptr %9, align 16
  %13 = fsub fp128 %11, %12
  %14 = load i32, ptr %6, align 4
  %15 = sitofp i32 %14 to fp128
  %16 = load float, ptr %8, align 4
  %17 = load i64, ptr %10, align 8
  %18 = sitofp i64 %17 to float
  %19 = fdiv float %16, %18
  %20 = fpext float %19 to fp128
  %21 = call fp128 @llvm.fmuladd.f128(fp128 %13, fp128 %15, fp128 %20)
  ret fp128 %21
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fmuladd.f128(fp128, fp128, fp128) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.Complex @cmul([2 x fp128] alignstack(16) %0, [2 x fp128] alignstack(16) %1) #0 {
  %3 = alloca %struct.Complex, align 16
  %4 = alloca %struct.Complex, align 16
  %5 = alloca %struct.Complex, align 16
  store [2 x fp128] %0, ptr %4, align 16
  store [2 x fp128] %1, ptr %5, align 16
  %6 = getelementptr inbounds %struct.Complex, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.Complex, ptr %4, i32 0, i32 0
  %8 = load fp128, ptr %7, align 16
  %9 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 0
  %10 = load fp128, ptr %9, align 16
  %11 = getelementptr inbounds %struct.Complex, ptr %4, i32 0, i32 1
  %12 = load fp128, ptr %11, align 16
  %13 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 1
  %14 = load fp128, ptr %13, align 16
  %15 = fmul fp128 %12, %14
  %16 = fneg fp128 %15
  %17 = call fp128 @llvm.fmuladd.f128(fp128 %8, fp128 %10, fp128 %16)
  store fp128 %17, ptr %6, align 16
  %18 = getelementptr inbounds %struct.Complex, ptr %3, i32 0, i32 1
  %19 = getelementptr inbounds %struct.Complex, ptr %4, i32 0, i32 0
  %20 = load fp128, ptr %19, align 16
  %21 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 1
  %22 = load fp128, ptr %21, align 16
  %23 = getelementptr inbounds %struct.Complex, ptr %4, i32 0, i32 1
  %24 = load fp128, ptr %23, align 16
  %25 = getelementptr inbounds %struct.Complex, ptr %5, i32 0, i32 0
  %26 = load fp128, ptr %25, align 16
  %27 = fmul fp128 %24, %26
  %28 = call fp128 @llvm.fmuladd.f128(fp128 %20, fp128 %22, fp128 %27)
  store fp128 %28, ptr %18, align 16
  %29 = load %struct.Complex, ptr %3, align 16
  ret %struct.Complex %29
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @scale(ptr dead_on_unwind noalias writable sret(%struct.Tagged) align 16 %0, ptr noundef %1, fp128 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca fp128, align 16
  store ptr %1, ptr %4, align 8
  store fp128 %2, ptr %5, align 16
  %6 = load fp128, ptr %5, align 16
  %7 = getelementptr inbounds %struct.Tagged, ptr %1, i32 0, i32 1
  %8 = load fp128, ptr %7, align 16
  %9 = fmul fp128 %8, %6
  store fp128 %9, ptr %7, align 16
  %10 = getelementptr inbounds %struct.Tagged, ptr %1, i32 0, i32 2
  %11 = load i32, ptr %10, align 16
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %10, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %0, ptr align 16 %1, i64 48, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @sum_va(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca fp128, align 16
  %5 = alloca i32, align 4
  %6 = alloca fp128, align 16
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store fp128 0xL00000000000000000000000000000000, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %54, %1
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %2, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %57

12:                                               ; preds = %8
  %13 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 4
  %14 = load i32, ptr %13, align 4
  %15 = icmp sge i32 %14, 0
  br i1 %15, label %23, label %16

16:                                               ; preds = %12
  %17 = add i32 %14, 16
  store i32 %17, ptr %13, align 4
  %18 = icmp sle i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %16
  %20 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 2
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds i8, ptr %21, i32 %14
  br label %29

23:                                               ; preds = %16, %12
  %24 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds i8, ptr %25, i32 15
  %27 = call ptr @llvm.ptrmask.p0.i64(ptr %26, i64 -16)
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  store ptr %28, ptr %24, align 8
  br label %29

29:                                               ; preds = %23, %19
  %30 = phi ptr [ %22, %19 ], [ %27, %23 ]
  %31 = load fp128, ptr %30, align 16
  store fp128 %31, ptr %6, align 16
  %32 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 3
  %33 = load i32, ptr %32, align 8
  %34 = icmp sge i32 %33, 0
  br i1 %34, label %42, label %35

35:                                               ; preds = %29
  %36 = add i32 %33, 8
  store i32 %36, ptr %32, align 8
  %37 = icmp sle i32 %36, 0
  br i1 %37, label %38, label %42

38:                                               ; preds = %35
  %39 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 1
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds i8, ptr %40, i32 %33
  br label %46

42:                                               ; preds = %35, %29
  %43 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 0
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds i8, ptr %44, i64 8
  store ptr %45, ptr %43, align 8
  br label %46

46:                                               ; preds = %42, %38
  %47 = phi ptr [ %41, %38 ], [ %44, %42 ]
  %48 = load i32, ptr %47, align 8
  store i32 %48, ptr %7, align 4
  %49 = load fp128, ptr %6, align 16
  %50 = load i32, ptr %7, align 4
  %51 = sitofp i32 %50 to fp128
  %52 = load fp128, ptr %4, align 16
  %53 = call fp128 @llvm.fmuladd.f128(fp128 %49, fp128 %51, fp128 %52)
  store fp128 %53, ptr %4, align 16
  br label %54

54:                                               ; preds = %46
  %55 = load i32, ptr %5, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %5, align 4
  br label %8, !llvm.loop !6

57:                                               ; preds = %8
  call void @llvm.va_end.p0(ptr %3)
  %58 = load fp128, ptr %4, align 16
  ret fp128 %58
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @cmp_all(fp128 noundef %0, fp128 noundef %1) #0 {
  %3 = alloca fp128, align 16
  %4 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  store fp128 %1, ptr %4, align 16
  %5 = load fp128, ptr %3, align 16
  %6 = load fp128, ptr %4, align 16
  %7 = fcmp olt fp128 %5, %6
  %8 = zext i1 %7 to i32
  %9 = load fp128, ptr %3, align 16
  %10 = load fp128, ptr %4, align 16
  %11 = fcmp ole fp128 %9, %10
  %12 = zext i1 %11 to i32
  %13 = shl i32 %12, 1
  %14 = or i32 %8, %13
  %15 = load fp128, ptr %3, align 16
  %16 = load fp128, ptr %4, align 16
  %17 = fcmp ogt fp128 %15, %16
  %18 = zext i1 %17 to i32
  %19 = shl i32 %18, 2
  %20 = or i32 %14, %19
  %21 = load fp128, ptr %3, align 16
  %22 = load fp128, ptr %4, align 16
  %23 = fcmp oge fp128 %21, %22
  %24 = zext i1 %23 to i32
  %25 = shl i32 %24, 3
  %26 = or i32 %20, %25
  %27 = load fp128, ptr %3, align 16
  %28 = load fp128, ptr %4, align 16
  %29 = fcmp oeq fp128 %27, %28
  %30 = zext i1 %29 to i32
  %31 = shl i32 %30, 4
  %32 = or i32 %26, %31
  %33 = load fp128, ptr %3, align 16
  %34 = load fp128, ptr %4, align 16
  %35 = fcmp une fp128 %33, %34
  %36 = zext i1 %35 to i32
  %37 = shl i32 %36, 5
  %38 = or i32 %32, %37
  %39 = load fp128, ptr %3, align 16
  %40 = load fp128, ptr %4, align 16
  %41 = fcmp uno fp128 %39, %40
  %42 = zext i1 %41 to i32
  %43 = shl i32 %42, 6
  %44 = or i32 %38, %43
  %45 = load fp128, ptr %3, align 16
  %46 = load fp128, ptr %4, align 16
  %47 = fcmp olt fp128 %45, %46
  %48 = zext i1 %47 to i32
  %49 = shl i32 %48, 7
  %50 = or i32 %44, %49
  ret i32 %50
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_i8(i8 noundef %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sitofp i8 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_u16(i16 noundef %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = uitofp i16 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_i32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sitofp i32 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_u32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_i64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_u64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_i128(i128 noundef %0) #0 {
  %2 = alloca i128, align 16
  store i128 %0, ptr %2, align 16
  %3 = load i128, ptr %2, align 16
  %4 = sitofp i128 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_u128(i128 noundef %0) #0 {
  %2 = alloca i128, align 16
  store i128 %0, ptr %2, align 16
  %3 = load i128, ptr %2, align 16
  %4 = uitofp i128 %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fpext float %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @from_d(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fpext double %3 to fp128
  ret fp128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i8 @to_i8(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptosi fp128 %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i8 @to_u8(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptoui fp128 %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i16 @to_i16(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptosi fp128 %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_i32(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptosi fp128 %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_u32(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptoui fp128 %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @to_i64(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptosi fp128 %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @to_u64(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptoui fp128 %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @to_i128(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptosi fp128 %3 to i128
  ret i128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @to_u128(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptoui fp128 %3 to i128
  ret i128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @to_f(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptrunc fp128 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @to_d(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fptrunc fp128 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca fp128, align 16
  %3 = alloca fp128, align 16
  %4 = alloca fp128, align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca fp128, align 16
  %8 = alloca fp128, align 16
  %9 = alloca [6 x fp128], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca %struct.Complex, align 16
  %13 = alloca %struct.Complex, align 16
  %14 = alloca %struct.Complex, align 16
  %15 = alloca %struct.Tagged, align 16
  %16 = alloca %struct.Tagged, align 16
  %17 = alloca %struct.Tagged, align 16
  %18 = alloca fp128, align 16
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca fp128, align 16
  store i32 0, ptr %1, align 4
  store fp128 0xL00000000000000000000000000000000, ptr %2, align 16
  store fp128 0xL00000000000000000000000000000000, ptr %3, align 16
  store fp128 0xL00000000000000003FFF000000000000, ptr %4, align 16
  store i32 1, ptr %5, align 4
  br label %22

22:                                               ; preds = %34, %0
  %23 = load i32, ptr %5, align 4
  %24 = icmp sle i32 %23, 2000
  br i1 %24, label %25, label %37

25:                                               ; preds = %22
  %26 = load i32, ptr %5, align 4
  %27 = sitofp i32 %26 to fp128
  %28 = load i32, ptr %5, align 4
  %29 = sitofp i32 %28 to fp128
  %30 = fmul fp128 %27, %29
  %31 = fdiv fp128 0xL00000000000000003FFF000000000000, %30
  %32 = load fp128, ptr %2, align 16
  %33 = fadd fp128 %32, %31
  store fp128 %33, ptr %2, align 16
  br label %34

34:                                               ; preds = %25
  %35 = load i32, ptr %5, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %5, align 4
  br label %22, !llvm.loop !8

37:                                               ; preds = %22
  store i32 1, ptr %6, align 4
  br label %38

38:                                               ; preds = %49, %37
  %39 = load i32, ptr %6, align 4
  %40 = icmp slt i32 %39, 25
  br i1 %40, label %41, label %52

41:                                               ; preds = %38
  %42 = load fp128, ptr %4, align 16
  %43 = load fp128, ptr %3, align 16
  %44 = fadd fp128 %43, %42
  store fp128 %44, ptr %3, align 16
  %45 = load i32, ptr %6, align 4
  %46 = sitofp i32 %45 to fp128
  %47 = load fp128, ptr %4, align 16
  %48 = fdiv fp128 %47, %46
  store fp128 %48, ptr %4, align 16
  br label %49

49:                                               ; preds = %41
  %50 = load i32, ptr %6, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4
  br label %38, !llvm.loop !9

52:                                               ; preds = %38
  %53 = load fp128, ptr %2, align 16
  %54 = load fp128, ptr %3, align 16
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str, fp128 noundef %53, fp128 noundef %54)
  store fp128 0xL00000000000000003FC3000000000000, ptr %7, align 16
  %56 = load fp128, ptr %7, align 16
  %57 = fadd fp128 0xL00000000000000003FFF000000000000, %56
  %58 = fsub fp128 %57, 0xL00000000000000003FFF000000000000
  %59 = load fp128, ptr %7, align 16
  %60 = fptrunc fp128 %59 to double
  %61 = fadd double 1.000000e+00, %60
  %62 = fsub double %61, 1.000000e+00
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, fp128 noundef %58, double noundef %62)
  %64 = call fp128 @add3(fp128 noundef 0xL00000000000000003FFF800000000000, double noundef 2.250000e+00, fp128 noundef 0xL0000000000000000BFFC000000000000)
  %65 = call fp128 @mix(i32 noundef 3, fp128 noundef 0xL00000000000000004002500000000000, float noundef 1.500000e+00, fp128 noundef 0xL00000000000000003FFD000000000000, i64 noundef 4)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, fp128 noundef %64, fp128 noundef %65)
  %67 = call fp128 @fmodl(fp128 noundef 0xL00000000000000004001E00000000000, fp128 noundef 0xL00000000000000004000000000000000) #8
  %68 = load fp128, ptr getelementptr inbounds ([4 x fp128], ptr @table, i64 0, i64 1), align 16
  %69 = fneg fp128 %68
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef %67, fp128 noundef %69)
  %71 = load fp128, ptr getelementptr inbounds ([4 x fp128], ptr @table, i64 0, i64 2), align 16
  %72 = load fp128, ptr getelementptr inbounds ([4 x fp128], ptr @table, i64 0, i64 1), align 16
  %73 = load fp128, ptr @table, align 16
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, fp128 noundef %71, fp128 noundef %72, fp128 noundef %73, fp128 noundef 0xL00000000000000004019D6F345400000, fp128 noundef 0xL0000000000000000C000400000000000)
  %75 = call fp128 @from_i8(i8 noundef -100)
  %76 = call fp128 @from_u16(i16 noundef -1)
  %77 = call fp128 @from_i32(i32 noundef -7)
  %78 = call fp128 @from_u32(i32 noundef -1)
  %79 = call fp128 @from_i64(i64 noundef -9223372036854775808)
  %80 = call fp128 @from_u64(i64 noundef -1)
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, fp128 noundef %75, fp128 noundef %76, fp128 noundef %77, fp128 noundef %78, fp128 noundef %79, fp128 noundef %80)
  %82 = call fp128 @from_i128(i128 noundef -1267650600228229401496703205376)
  %83 = call fp128 @from_u128(i128 noundef 1267650600228229402596214833152)
  %84 = call fp128 @from_f(float noundef 0x3FB99999A0000000)
  %85 = call fp128 @from_d(double noundef 1.000000e-01)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, fp128 noundef %82, fp128 noundef %83, fp128 noundef %84, fp128 noundef %85)
  %87 = call i8 @to_i8(fp128 noundef 0xLCCCCCCCCCCCCCCCDC00601CCCCCCCCCC)
  %88 = sext i8 %87 to i32
  %89 = call i8 @to_u8(fp128 noundef 0xL00000000000000004006FF0000000000)
  %90 = zext i8 %89 to i32
  %91 = call i16 @to_i16(fp128 noundef 0xL0000000000000000C00E000000000000)
  %92 = sext i16 %91 to i32
  %93 = call i32 @to_i32(fp128 noundef 0xL0000000000000000C01E000000018000)
  %94 = call i32 @to_u32(fp128 noundef 0xL0000000000000000401EFFFFFFFF0000)
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %88, i32 noundef %90, i32 noundef %92, i32 noundef %93, i32 noundef %94)
  %96 = call i64 @to_i64(fp128 noundef 0xL0000000000000000C03DFEB3DD067660)
  %97 = call i64 @to_u64(fp128 noundef 0xLFFFE000000000000403EFFFFFFFFFFFF)
  %98 = call i64 @to_u64(fp128 noundef 0xL0000000000000000403E000000000000)
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %96, i64 noundef %97, i64 noundef %98)
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.9)
  %101 = call i128 @to_i128(fp128 noundef 0xL0000000000000000C063000000000000)
  %102 = sub nsw i128 0, %101
  call void @print_u128(i128 noundef %102)
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  %104 = call i128 @to_u128(fp128 noundef 0xL00000000000000004077000000000000)
  call void @print_u128(i128 noundef %104)
  %105 = call float @to_f(fp128 noundef 0xL55555555555555553FFD555555555555)
  %106 = fpext float %105 to double
  %107 = call double @to_d(fp128 noundef 0xL55555555555555553FFD555555555555)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %106, double noundef %107)
  store fp128 0xL00000000000000007FFF800000000000, ptr %8, align 16
  store fp128 0xL0000000000000000BFFF000000000000, ptr %9, align 16
  %109 = getelementptr inbounds fp128, ptr %9, i64 1
  store fp128 0xL00000000000000000000000000000000, ptr %109, align 16
  %110 = getelementptr inbounds fp128, ptr %9, i64 2
  store fp128 0xL00000000000000008000000000000000, ptr %110, align 16
  %111 = getelementptr inbounds fp128, ptr %9, i64 3
  store fp128 0xL00000000000000004000400000000000, ptr %111, align 16
  %112 = getelementptr inbounds fp128, ptr %9, i64 4
  %113 = load fp128, ptr %8, align 16
  store fp128 %113, ptr %112, align 16
  %114 = getelementptr inbounds fp128, ptr %9, i64 5
  store fp128 0xL00000000000000007FFF000000000000, ptr %114, align 16
  store i32 0, ptr %10, align 4
  br label %115

115:                                              ; preds = %141, %52
  %116 = load i32, ptr %10, align 4
  %117 = icmp slt i32 %116, 6
  br i1 %117, label %118, label %144

118:                                              ; preds = %115
  store i32 0, ptr %11, align 4
  br label %119

119:                                              ; preds = %137, %118
  %120 = load i32, ptr %11, align 4
  %121 = icmp slt i32 %120, 6
  br i1 %121, label %122, label %140

122:                                              ; preds = %119
  %123 = load i32, ptr %10, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [6 x fp128], ptr %9, i64 0, i64 %124
  %126 = load fp128, ptr %125, align 16
  %127 = load i32, ptr %11, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [6 x fp128], ptr %9, i64 0, i64 %128
  %130 = load fp128, ptr %129, align 16
  %131 = call i32 @cmp_all(fp128 noundef %126, fp128 noundef %130)
  %132 = load i32, ptr %11, align 4
  %133 = icmp eq i32 %132, 4
  %134 = zext i1 %133 to i64
  %135 = select i1 %133, i32 10, i32 32
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %131, i32 noundef %135)
  br label %137

137:                                              ; preds = %122
  %138 = load i32, ptr %11, align 4
  %139 = add nsw i32 %138, 2
  store i32 %139, ptr %11, align 4
  br label %119, !llvm.loop !10

140:                                              ; preds = %119
  br label %141

141:                                              ; preds = %140
  %142 = load i32, ptr %10, align 4
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %10, align 4
  br label %115, !llvm.loop !11

144:                                              ; preds = %115
  %145 = load fp128, ptr %8, align 16
  %146 = call i1 @llvm.is.fpclass.f128(fp128 %145, i32 3)
  %147 = zext i1 %146 to i32
  %148 = getelementptr inbounds [6 x fp128], ptr %9, i64 0, i64 5
  %149 = load fp128, ptr %148, align 16
  %150 = call fp128 @llvm.fabs.f128(fp128 %149) #9
  %151 = fcmp oeq fp128 %150, 0xL00000000000000007FFF000000000000
  %152 = bitcast fp128 %149 to i128
  %153 = icmp slt i128 %152, 0
  %154 = select i1 %153, i32 -1, i32 1
  %155 = select i1 %151, i32 %154, i32 0
  %156 = getelementptr inbounds [6 x fp128], ptr %9, i64 0, i64 2
  %157 = load fp128, ptr %156, align 16
  %158 = bitcast fp128 %157 to i128
  %159 = icmp slt i128 %158, 0
  %160 = zext i1 %159 to i32
  %161 = icmp ne i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = load fp128, ptr %8, align 16
  %164 = getelementptr inbounds [6 x fp128], ptr %9, i64 0, i64 5
  %165 = load fp128, ptr %164, align 16
  %166 = fneg fp128 %165
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %147, i32 noundef %155, i32 noundef %162, fp128 noundef %163, fp128 noundef %166)
  %168 = call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef 0xL00000000000000003FFF800000000000, i32 noundef 2, fp128 noundef 0xL0000000000000000BFFD000000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004005900000000000, i32 noundef -1)
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, fp128 noundef %168)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.a, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %13, ptr align 16 @__const.main.b, i64 32, i1 false)
  %170 = load [2 x fp128], ptr %12, align 16
  %171 = load [2 x fp128], ptr %13, align 16
  %172 = call %struct.Complex @cmul([2 x fp128] alignstack(16) %170, [2 x fp128] alignstack(16) %171)
  %173 = getelementptr inbounds %struct.Complex, ptr %14, i32 0, i32 0
  %174 = extractvalue %struct.Complex %172, 0
  store fp128 %174, ptr %173, align 16
  %175 = getelementptr inbounds %struct.Complex, ptr %14, i32 0, i32 1
  %176 = extractvalue %struct.Complex %172, 1
  store fp128 %176, ptr %175, align 16
  %177 = getelementptr inbounds %struct.Complex, ptr %14, i32 0, i32 0
  %178 = load fp128, ptr %177, align 16
  %179 = getelementptr inbounds %struct.Complex, ptr %14, i32 0, i32 1
  %180 = load fp128, ptr %179, align 16
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, fp128 noundef %178, fp128 noundef %180)
  call void @llvm.memset.p0.i64(ptr align 16 %15, i8 0, i64 48, i1 false)
  %182 = getelementptr inbounds %struct.Tagged, ptr %15, i32 0, i32 0
  store i8 120, ptr %182, align 16
  %183 = getelementptr inbounds %struct.Tagged, ptr %15, i32 0, i32 1
  store fp128 0xL00000000000000004000400000000000, ptr %183, align 16
  %184 = getelementptr inbounds %struct.Tagged, ptr %15, i32 0, i32 2
  store i32 7, ptr %184, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 %15, i64 48, i1 false)
  call void @scale(ptr dead_on_unwind writable sret(%struct.Tagged) align 16 %16, ptr noundef %17, fp128 noundef 0xL0000000000000000C001000000000000)
  %185 = getelementptr inbounds %struct.Tagged, ptr %16, i32 0, i32 0
  %186 = load i8, ptr %185, align 16
  %187 = zext i8 %186 to i32
  %188 = getelementptr inbounds %struct.Tagged, ptr %16, i32 0, i32 1
  %189 = load fp128, ptr %188, align 16
  %190 = getelementptr inbounds %struct.Tagged, ptr %16, i32 0, i32 2
  %191 = load i32, ptr %190, align 16
  %192 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %187, fp128 noundef %189, i32 noundef %191, i32 noundef 1)
  store fp128 0xL00000000000000000000000000000000, ptr %18, align 16
  store i32 0, ptr %19, align 4
  br label %193

193:                                              ; preds = %206, %144
  %194 = load i32, ptr %19, align 4
  %195 = icmp slt i32 %194, 4
  br i1 %195, label %196, label %209

196:                                              ; preds = %193
  %197 = load i32, ptr %19, align 4
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [4 x fp128], ptr @table, i64 0, i64 %198
  %200 = load fp128, ptr %199, align 16
  %201 = load i32, ptr %19, align 4
  %202 = add nsw i32 %201, 1
  %203 = sitofp i32 %202 to fp128
  %204 = load fp128, ptr %18, align 16
  %205 = call fp128 @llvm.fmuladd.f128(fp128 %200, fp128 %203, fp128 %204)
  store fp128 %205, ptr %18, align 16
  br label %206

206:                                              ; preds = %196
  %207 = load i32, ptr %19, align 4
  %208 = add nsw i32 %207, 1
  store i32 %208, ptr %19, align 4
  br label %193, !llvm.loop !12

209:                                              ; preds = %193
  %210 = load fp128, ptr %18, align 16
  %211 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, fp128 noundef %210)
  %212 = call fp128 @sqrtl(fp128 noundef 0xL00000000000000004000000000000000) #8
  %213 = call fp128 @cbrtl(fp128 noundef 0xL00000000000000004003B00000000000) #10
  %214 = call fp128 @expl(fp128 noundef 0xL00000000000000003FFF000000000000) #8
  %215 = call fp128 @logl(fp128 noundef 0xL00000000000000004002400000000000) #8
  %216 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, fp128 noundef %212, fp128 noundef %213, fp128 noundef %214, fp128 noundef %215)
  %217 = call fp128 @powl(fp128 noundef 0xL00000000000000003FFF800000000000, fp128 noundef 0xL00000000000000004003400000000000) #8
  %218 = call fp128 @sinl(fp128 noundef 0xL00000000000000003FFF000000000000) #8
  %219 = call fp128 @atan2l(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000003FFF000000000000) #8
  %220 = fmul fp128 %219, 0xL00000000000000004001000000000000
  %221 = call fp128 @hypotl(fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000) #8
  %222 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, fp128 noundef %217, fp128 noundef %218, fp128 noundef %220, fp128 noundef %221)
  %223 = call fp128 @llvm.floor.f128(fp128 0xL0000000000000000C000400000000000)
  %224 = call fp128 @llvm.ceil.f128(fp128 0xL0000000000000000C000400000000000)
  %225 = call fp128 @llvm.trunc.f128(fp128 0xL999999999999999AC000599999999999)
  %226 = call fp128 @llvm.round.f128(fp128 0xL00000000000000004000400000000000)
  %227 = call fp128 @llvm.rint.f128(fp128 0xL00000000000000004000400000000000)
  %228 = call fp128 @llvm.fabs.f128(fp128 0xL0000000000000000C000800000000000)
  %229 = call fp128 @llvm.copysign.f128(fp128 0xL00000000000000004000000000000000, fp128 0xL00000000000000008000000000000000)
  %230 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, fp128 noundef %223, fp128 noundef %224, fp128 noundef %225, fp128 noundef %226, fp128 noundef %227, fp128 noundef %228, fp128 noundef %229)
  %231 = call i64 @lroundl(fp128 noundef 0xL0000000000000000C000400000000000) #8
  %232 = call i64 @llrintl(fp128 noundef 0xL00000000000000004000C00000000000) #8
  %233 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i64 noundef %231, i64 noundef %232)
  %234 = call fp128 @frexpl(fp128 noundef 0xL00000000000000004004800000000000, ptr noundef %20) #8
  store fp128 %234, ptr %21, align 16
  %235 = load fp128, ptr %21, align 16
  %236 = load i32, ptr %20, align 4
  %237 = call fp128 @ldexpl(fp128 noundef 0xL00000000000000003FFE800000000000, i32 noundef 10) #8
  %238 = load fp128, ptr %8, align 16
  %239 = call fp128 @llvm.maxnum.f128(fp128 0xL0000000000000000BFFF000000000000, fp128 %238)
  %240 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, fp128 noundef %235, i32 noundef %236, fp128 noundef %237, fp128 noundef %239)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare fp128 @fmodl(fp128 noundef, fp128 noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(i128 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca [48 x i8], align 1
  %4 = alloca i32, align 4
  store i128 %0, ptr %2, align 16
  store i32 47, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %6
  store i8 0, ptr %7, align 1
  br label %8

8:                                                ; preds = %20, %1
  %9 = load i128, ptr %2, align 16
  %10 = urem i128 %9, 10
  %11 = trunc i128 %10 to i32
  %12 = add nsw i32 48, %11
  %13 = trunc i32 %12 to i8
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, -1
  store i32 %15, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %16
  store i8 %13, ptr %17, align 1
  %18 = load i128, ptr %2, align 16
  %19 = udiv i128 %18, 10
  store i128 %19, ptr %2, align 16
  br label %20

20:                                               ; preds = %8
  %21 = load i128, ptr %2, align 16
  %22 = icmp ne i128 %21, 0
  br i1 %22, label %8, label %23, !llvm.loop !13

23:                                               ; preds = %20
  %24 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 0
  %25 = load i32, ptr %4, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %24, i64 %26
  %28 = load ptr, ptr @stdout, align 8
  %29 = call i32 @fputs(ptr noundef %27, ptr noundef %28)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f128(fp128, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fabs.f128(fp128) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nounwind
declare fp128 @sqrtl(fp128 noundef) #5

; Function Attrs: nounwind willreturn memory(none)
declare fp128 @cbrtl(fp128 noundef) #7

; Function Attrs: nounwind
declare fp128 @expl(fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @logl(fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @powl(fp128 noundef, fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @sinl(fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @atan2l(fp128 noundef, fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @hypotl(fp128 noundef, fp128 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.floor.f128(fp128) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.ceil.f128(fp128) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.trunc.f128(fp128) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.round.f128(fp128) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.rint.f128(fp128) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.copysign.f128(fp128, fp128) #1

; Function Attrs: nounwind
declare i64 @lroundl(fp128 noundef) #5

; Function Attrs: nounwind
declare i64 @llrintl(fp128 noundef) #5

; Function Attrs: nounwind
declare fp128 @frexpl(fp128 noundef, ptr noundef) #5

; Function Attrs: nounwind
declare fp128 @ldexpl(fp128 noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.maxnum.f128(fp128, fp128) #1

declare i32 @fputs(ptr noundef, ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nounwind }
attributes #9 = { memory(none) }
attributes #10 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
