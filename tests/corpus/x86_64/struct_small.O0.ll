; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Pt = type { i32, i32 }
%struct.Vec2 = type { float, float }
%struct.Mixed = type { i32, double }
%struct.Three = type { i64, i64, i64 }
%struct.Quad = type { [4 x float] }
%struct.Tiny = type { i8, i16 }
%struct.DD = type { double, double }
%struct.FI = type { float, i32 }

@.str = private unnamed_addr constant [11 x i8] c"pt: %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"vec: %g %g dot=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"mixed: %d %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"three: %ld %ld %ld sum=%ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"quad: %g %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"tiny: %c %d size=%zu\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"dd: %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"fi: %g %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"many: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"mixed_many: %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"via ptr: %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @pt_add(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.Pt, align 4
  %4 = alloca %struct.Pt, align 4
  %5 = alloca %struct.Pt, align 4
  store i64 %0, ptr %4, align 4
  store i64 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds %struct.Pt, ptr %5, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = add nsw i32 %8, %10
  store i32 %11, ptr %6, align 4
  %12 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds %struct.Pt, ptr %5, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = add nsw i32 %14, %16
  store i32 %17, ptr %12, align 4
  %18 = load i64, ptr %3, align 4
  ret i64 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x float> @vec_scale(<2 x float> %0, float noundef %1) #1 {
  %3 = alloca %struct.Vec2, align 4
  %4 = alloca %struct.Vec2, align 4
  %5 = alloca float, align 4
  store <2 x float> %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.Vec2, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.Vec2, ptr %4, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = load float, ptr %5, align 4
  %10 = fmul float %8, %9
  store float %10, ptr %6, align 4
  %11 = getelementptr inbounds %struct.Vec2, ptr %3, i32 0, i32 1
  %12 = getelementptr inbounds %struct.Vec2, ptr %4, i32 0, i32 1
  %13 = load float, ptr %12, align 4
  %14 = load float, ptr %5, align 4
  %15 = fmul float %13, %14
  store float %15, ptr %11, align 4
  %16 = load <2 x float>, ptr %3, align 4
  ret <2 x float> %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @vec_dot(<2 x float> %0, <2 x float> %1) #1 {
  %3 = alloca %struct.Vec2, align 4
  %4 = alloca %struct.Vec2, align 4
  store <2 x float> %0, ptr %3, align 4
  store <2 x float> %1, ptr %4, align 4
  %5 = getelementptr inbounds %struct.Vec2, ptr %3, i32 0, i32 0
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds %struct.Vec2, ptr %4, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds %struct.Vec2, ptr %3, i32 0, i32 1
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds %struct.Vec2, ptr %4, i32 0, i32 1
  %12 = load float, ptr %11, align 4
  %13 = fmul float %10, %12
  %14 = call float @llvm.fmuladd.f32(float %6, float %8, float %13)
  ret float %14
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i32, double } @mixed_bump(i32 %0, double %1) #0 {
  %3 = alloca %struct.Mixed, align 8
  %4 = alloca %struct.Mixed, align 8
  %5 = getelementptr inbounds { i32, double }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %5, align 8
  %6 = getelementptr inbounds { i32, double }, ptr %4, i32 0, i32 1
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr %7, align 8
  %10 = getelementptr inbounds %struct.Mixed, ptr %4, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = fmul double %11, 2.000000e+00
  store double %12, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false)
  %13 = load { i32, double }, ptr %3, align 8
  ret { i32, double } %13
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @three_rot(ptr dead_on_unwind noalias writable sret(%struct.Three) align 8 %0, ptr noundef byval(%struct.Three) align 8 %1) #0 {
  %3 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 1
  %5 = load i64, ptr %4, align 8
  store i64 %5, ptr %3, align 8
  %6 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 1
  %7 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 2
  %8 = load i64, ptr %7, align 8
  store i64 %8, ptr %6, align 8
  %9 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 2
  %10 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 0
  %11 = load i64, ptr %10, align 8
  store i64 %11, ptr %9, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @three_sum(ptr noundef byval(%struct.Three) align 8 %0) #0 {
  %2 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 0
  %3 = load i64, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 1
  %5 = load i64, ptr %4, align 8
  %6 = add nsw i64 %3, %5
  %7 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 2
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %6, %8
  ret i64 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { <2 x float>, <2 x float> } @quad_rev(<2 x float> %0, <2 x float> %1) #1 {
  %3 = alloca %struct.Quad, align 4
  %4 = alloca %struct.Quad, align 4
  %5 = alloca i32, align 4
  %6 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 0
  store <2 x float> %0, ptr %6, align 4
  %7 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 1
  store <2 x float> %1, ptr %7, align 4
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %22, %2
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %9, 4
  br i1 %10, label %11, label %25

11:                                               ; preds = %8
  %12 = getelementptr inbounds %struct.Quad, ptr %4, i32 0, i32 0
  %13 = load i32, ptr %5, align 4
  %14 = sub nsw i32 3, %13
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [4 x float], ptr %12, i64 0, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds %struct.Quad, ptr %3, i32 0, i32 0
  %19 = load i32, ptr %5, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x float], ptr %18, i64 0, i64 %20
  store float %17, ptr %21, align 4
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %5, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4
  br label %8, !llvm.loop !6

25:                                               ; preds = %8
  %26 = getelementptr inbounds %struct.Quad, ptr %3, i32 0, i32 0
  %27 = load { <2 x float>, <2 x float> }, ptr %26, align 4
  ret { <2 x float>, <2 x float> } %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @tiny_make(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.Tiny, align 2
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.Tiny, ptr %3, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  %8 = trunc i32 %7 to i8
  store i8 %8, ptr %6, align 2
  %9 = getelementptr inbounds %struct.Tiny, ptr %3, i32 0, i32 1
  %10 = load i32, ptr %5, align 4
  %11 = trunc i32 %10 to i16
  store i16 %11, ptr %9, align 2
  %12 = load i32, ptr %3, align 2
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @dd_swap(double %0, double %1) #0 {
  %3 = alloca %struct.DD, align 8
  %4 = alloca %struct.DD, align 8
  %5 = getelementptr inbounds { double, double }, ptr %4, i32 0, i32 0
  store double %0, ptr %5, align 8
  %6 = getelementptr inbounds { double, double }, ptr %4, i32 0, i32 1
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds %struct.DD, ptr %3, i32 0, i32 0
  %8 = getelementptr inbounds %struct.DD, ptr %4, i32 0, i32 1
  %9 = load double, ptr %8, align 8
  store double %9, ptr %7, align 8
  %10 = getelementptr inbounds %struct.DD, ptr %3, i32 0, i32 1
  %11 = getelementptr inbounds %struct.DD, ptr %4, i32 0, i32 0
  %12 = load double, ptr %11, align 8
  store double %12, ptr %10, align 8
  %13 = load { double, double }, ptr %3, align 8
  ret { double, double } %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @fi_make(float noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.FI, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store float %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.FI, ptr %3, i32 0, i32 0
  %7 = load float, ptr %4, align 4
  store float %7, ptr %6, align 4
  %8 = getelementptr inbounds %struct.FI, ptr %3, i32 0, i32 1
  %9 = load i32, ptr %5, align 4
  store i32 %9, ptr %8, align 4
  %10 = load i64, ptr %3, align 4
  ret i64 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @many(i64 %0, i64 %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, i64 %7, i64 %8) #0 {
  %10 = alloca %struct.Pt, align 4
  %11 = alloca %struct.Pt, align 4
  %12 = alloca %struct.Pt, align 4
  %13 = alloca %struct.Pt, align 4
  %14 = alloca %struct.Pt, align 4
  %15 = alloca %struct.Pt, align 4
  %16 = alloca %struct.Pt, align 4
  %17 = alloca %struct.Pt, align 4
  %18 = alloca %struct.Pt, align 4
  store i64 %0, ptr %10, align 4
  store i64 %1, ptr %11, align 4
  store i64 %2, ptr %12, align 4
  store i64 %3, ptr %13, align 4
  store i64 %4, ptr %14, align 4
  store i64 %5, ptr %15, align 4
  store i64 %6, ptr %16, align 4
  store i64 %7, ptr %17, align 4
  store i64 %8, ptr %18, align 4
  %19 = getelementptr inbounds %struct.Pt, ptr %10, i32 0, i32 0
  %20 = load i32, ptr %19, align 4
  %21 = getelementptr inbounds %struct.Pt, ptr %11, i32 0, i32 0
  %22 = load i32, ptr %21, align 4
  %23 = mul nsw i32 %22, 2
  %24 = add nsw i32 %20, %23
  %25 = getelementptr inbounds %struct.Pt, ptr %12, i32 0, i32 0
  %26 = load i32, ptr %25, align 4
  %27 = mul nsw i32 %26, 3
  %28 = add nsw i32 %24, %27
  %29 = getelementptr inbounds %struct.Pt, ptr %13, i32 0, i32 0
  %30 = load i32, ptr %29, align 4
  %31 = mul nsw i32 %30, 4
  %32 = add nsw i32 %28, %31
  %33 = getelementptr inbounds %struct.Pt, ptr %14, i32 0, i32 0
  %34 = load i32, ptr %33, align 4
  %35 = mul nsw i32 %34, 5
  %36 = add nsw i32 %32, %35
  %37 = getelementptr inbounds %struct.Pt, ptr %15, i32 0, i32 0
  %38 = load i32, ptr %37, align 4
  %39 = mul nsw i32 %38, 6
  %40 = add nsw i32 %36, %39
  %41 = getelementptr inbounds %struct.Pt, ptr %16, i32 0, i32 0
  %42 = load i32, ptr %41, align 4
  %43 = mul nsw i32 %42, 7
  %44 = add nsw i32 %40, %43
  %45 = getelementptr inbounds %struct.Pt, ptr %17, i32 0, i32 0
  %46 = load i32, ptr %45, align 4
  %47 = mul nsw i32 %46, 8
  %48 = add nsw i32 %44, %47
  %49 = getelementptr inbounds %struct.Pt, ptr %18, i32 0, i32 0
  %50 = load i32, ptr %49, align 4
  %51 = mul nsw i32 %50, 9
  %52 = add nsw i32 %48, %51
  %53 = getelementptr inbounds %struct.Pt, ptr %10, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = getelementptr inbounds %struct.Pt, ptr %18, i32 0, i32 1
  %56 = load i32, ptr %55, align 4
  %57 = xor i32 %54, %56
  %58 = add nsw i32 %52, %57
  ret i32 %58
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @mixed_many(i32 %0, double %1, i32 %2, double %3, i32 %4, double %5, i32 %6, double %7, i32 %8, double %9, i32 %10, double %11) #0 {
  %13 = alloca %struct.Mixed, align 8
  %14 = alloca %struct.Mixed, align 8
  %15 = alloca %struct.Mixed, align 8
  %16 = alloca %struct.Mixed, align 8
  %17 = alloca %struct.Mixed, align 8
  %18 = alloca %struct.Mixed, align 8
  %19 = getelementptr inbounds { i32, double }, ptr %13, i32 0, i32 0
  store i32 %0, ptr %19, align 8
  %20 = getelementptr inbounds { i32, double }, ptr %13, i32 0, i32 1
  store double %1, ptr %20, align 8
  %21 = getelementptr inbounds { i32, double }, ptr %14, i32 0, i32 0
  store i32 %2, ptr %21, align 8
  %22 = getelementptr inbounds { i32, double }, ptr %14, i32 0, i32 1
  store double %3, ptr %22, align 8
  %23 = getelementptr inbounds { i32, double }, ptr %15, i32 0, i32 0
  store i32 %4, ptr %23, align 8
  %24 = getelementptr inbounds { i32, double }, ptr %15, i32 0, i32 1
  store double %5, ptr %24, align 8
  %25 = getelementptr inbounds { i32, double }, ptr %16, i32 0, i32 0
  store i32 %6, ptr %25, align 8
  %26 = getelementptr inbounds { i32, double }, ptr %16, i32 0, i32 1
  store double %7, ptr %26, align 8
  %27 = getelementptr inbounds { i32, double }, ptr %17, i32 0, i32 0
  store i32 %8, ptr %27, align 8
  %28 = getelementptr inbounds { i32, double }, ptr %17, i32 0, i32 1
  store double %9, ptr %28, align 8
  %29 = getelementptr inbounds { i32, double }, ptr %18, i32 0, i32 0
  store i32 %10, ptr %29, align 8
  %30 = getelementptr inbounds { i32, double }, ptr %18, i32 0, i32 1
  store double %11, ptr %30, align 8
  %31 = getelementptr inbounds %struct.Mixed, ptr %13, i32 0, i32 1
  %32 = load double, ptr %31, align 8
  %33 = getelementptr inbounds %struct.Mixed, ptr %14, i32 0, i32 1
  %34 = load double, ptr %33, align 8
  %35 = fadd double %32, %34
  %36 = getelementptr inbounds %struct.Mixed, ptr %15, i32 0, i32 1
  %37 = load double, ptr %36, align 8
  %38 = fadd double %35, %37
  %39 = getelementptr inbounds %struct.Mixed, ptr %16, i32 0, i32 1
  %40 = load double, ptr %39, align 8
  %41 = fadd double %38, %40
  %42 = getelementptr inbounds %struct.Mixed, ptr %17, i32 0, i32 1
  %43 = load double, ptr %42, align 8
  %44 = fadd double %41, %43
  %45 = getelementptr inbounds %struct.Mixed, ptr %18, i32 0, i32 1
  %46 = load double, ptr %45, align 8
  %47 = fadd double %44, %46
  %48 = getelementptr inbounds %struct.Mixed, ptr %13, i32 0, i32 0
  %49 = load i32, ptr %48, align 8
  %50 = sitofp i32 %49 to double
  %51 = fadd double %47, %50
  %52 = getelementptr inbounds %struct.Mixed, ptr %18, i32 0, i32 0
  %53 = load i32, ptr %52, align 8
  %54 = sitofp i32 %53 to double
  %55 = fadd double %51, %54
  ret double %55
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #1 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Pt, align 4
  %3 = alloca %struct.Pt, align 4
  %4 = alloca %struct.Pt, align 4
  %5 = alloca %struct.Vec2, align 4
  %6 = alloca %struct.Vec2, align 4
  %7 = alloca %struct.Vec2, align 4
  %8 = alloca %struct.Mixed, align 8
  %9 = alloca %struct.Mixed, align 8
  %10 = alloca %struct.Three, align 8
  %11 = alloca %struct.Three, align 8
  %12 = alloca %struct.Quad, align 4
  %13 = alloca %struct.Quad, align 4
  %14 = alloca %struct.Tiny, align 2
  %15 = alloca %struct.DD, align 8
  %16 = alloca %struct.DD, align 8
  %17 = alloca %struct.FI, align 4
  %18 = alloca [9 x %struct.Pt], align 16
  %19 = alloca i32, align 4
  %20 = alloca %struct.Pt, align 4
  %21 = alloca [6 x %struct.Mixed], align 16
  %22 = alloca i32, align 4
  %23 = alloca %struct.Mixed, align 8
  %24 = alloca ptr, align 8
  %25 = alloca %struct.Pt, align 4
  store i32 0, ptr %1, align 4
  %26 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 0
  store i32 1, ptr %26, align 4
  %27 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 1
  store i32 2, ptr %27, align 4
  %28 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 0
  store i32 30, ptr %28, align 4
  %29 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 1
  store i32 40, ptr %29, align 4
  %30 = load i64, ptr %3, align 4
  %31 = load i64, ptr %4, align 4
  %32 = call i64 @pt_add(i64 %30, i64 %31)
  store i64 %32, ptr %2, align 4
  %33 = getelementptr inbounds %struct.Pt, ptr %2, i32 0, i32 0
  %34 = load i32, ptr %33, align 4
  %35 = getelementptr inbounds %struct.Pt, ptr %2, i32 0, i32 1
  %36 = load i32, ptr %35, align 4
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i32 noundef %36)
  %38 = getelementptr inbounds %struct.Vec2, ptr %6, i32 0, i32 0
  store float 1.500000e+00, ptr %38, align 4
  %39 = getelementptr inbounds %struct.Vec2, ptr %6, i32 0, i32 1
  store float -2.000000e+00, ptr %39, align 4
  %40 = load <2 x float>, ptr %6, align 4
  %41 = call <2 x float> @vec_scale(<2 x float> %40, float noundef 4.000000e+00)
  store <2 x float> %41, ptr %5, align 4
  %42 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 0
  %43 = load float, ptr %42, align 4
  %44 = fpext float %43 to double
  %45 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 1
  %46 = load float, ptr %45, align 4
  %47 = fpext float %46 to double
  %48 = getelementptr inbounds %struct.Vec2, ptr %7, i32 0, i32 0
  store float 5.000000e-01, ptr %48, align 4
  %49 = getelementptr inbounds %struct.Vec2, ptr %7, i32 0, i32 1
  store float 2.500000e-01, ptr %49, align 4
  %50 = load <2 x float>, ptr %5, align 4
  %51 = load <2 x float>, ptr %7, align 4
  %52 = call float @vec_dot(<2 x float> %50, <2 x float> %51)
  %53 = fpext float %52 to double
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %44, double noundef %47, double noundef %53)
  %55 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 0
  store i32 41, ptr %55, align 8
  %56 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 1
  store double 1.250000e+00, ptr %56, align 8
  %57 = getelementptr inbounds { i32, double }, ptr %9, i32 0, i32 0
  %58 = load i32, ptr %57, align 8
  %59 = getelementptr inbounds { i32, double }, ptr %9, i32 0, i32 1
  %60 = load double, ptr %59, align 8
  %61 = call { i32, double } @mixed_bump(i32 %58, double %60)
  %62 = getelementptr inbounds { i32, double }, ptr %8, i32 0, i32 0
  %63 = extractvalue { i32, double } %61, 0
  store i32 %63, ptr %62, align 8
  %64 = getelementptr inbounds { i32, double }, ptr %8, i32 0, i32 1
  %65 = extractvalue { i32, double } %61, 1
  store double %65, ptr %64, align 8
  %66 = getelementptr inbounds %struct.Mixed, ptr %8, i32 0, i32 0
  %67 = load i32, ptr %66, align 8
  %68 = getelementptr inbounds %struct.Mixed, ptr %8, i32 0, i32 1
  %69 = load double, ptr %68, align 8
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %67, double noundef %69)
  %71 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 0
  store i64 100000000000, ptr %71, align 8
  %72 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 1
  store i64 -2, ptr %72, align 8
  %73 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 2
  store i64 3, ptr %73, align 8
  call void @three_rot(ptr dead_on_unwind writable sret(%struct.Three) align 8 %10, ptr noundef byval(%struct.Three) align 8 %11)
  %74 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 0
  %75 = load i64, ptr %74, align 8
  %76 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 1
  %77 = load i64, ptr %76, align 8
  %78 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 2
  %79 = load i64, ptr %78, align 8
  %80 = call i64 @three_sum(ptr noundef byval(%struct.Three) align 8 %10)
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %75, i64 noundef %77, i64 noundef %79, i64 noundef %80)
  %82 = getelementptr inbounds %struct.Quad, ptr %13, i32 0, i32 0
  store float 1.000000e+00, ptr %82, align 4
  %83 = getelementptr inbounds float, ptr %82, i64 1
  store float 2.000000e+00, ptr %83, align 4
  %84 = getelementptr inbounds float, ptr %82, i64 2
  store float 3.000000e+00, ptr %84, align 4
  %85 = getelementptr inbounds float, ptr %82, i64 3
  store float 4.000000e+00, ptr %85, align 4
  %86 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %13, i32 0, i32 0
  %87 = load <2 x float>, ptr %86, align 4
  %88 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %13, i32 0, i32 1
  %89 = load <2 x float>, ptr %88, align 4
  %90 = call { <2 x float>, <2 x float> } @quad_rev(<2 x float> %87, <2 x float> %89)
  %91 = getelementptr inbounds %struct.Quad, ptr %12, i32 0, i32 0
  %92 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %91, i32 0, i32 0
  %93 = extractvalue { <2 x float>, <2 x float> } %90, 0
  store <2 x float> %93, ptr %92, align 4
  %94 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %91, i32 0, i32 1
  %95 = extractvalue { <2 x float>, <2 x float> } %90, 1
  store <2 x float> %95, ptr %94, align 4
  %96 = getelementptr inbounds %struct.Quad, ptr %12, i32 0, i32 0
  %97 = getelementptr inbounds [4 x float], ptr %96, i64 0, i64 0
  %98 = load float, ptr %97, align 4
  %99 = fpext float %98 to double
  %100 = getelementptr inbounds %struct.Quad, ptr %12, i32 0, i32 0
  %101 = getelementptr inbounds [4 x float], ptr %100, i64 0, i64 1
  %102 = load float, ptr %101, align 4
  %103 = fpext float %102 to double
  %104 = getelementptr inbounds %struct.Quad, ptr %12, i32 0, i32 0
  %105 = getelementptr inbounds [4 x float], ptr %104, i64 0, i64 2
  %106 = load float, ptr %105, align 4
  %107 = fpext float %106 to double
  %108 = getelementptr inbounds %struct.Quad, ptr %12, i32 0, i32 0
  %109 = getelementptr inbounds [4 x float], ptr %108, i64 0, i64 3
  %110 = load float, ptr %109, align 4
  %111 = fpext float %110 to double
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %99, double noundef %103, double noundef %107, double noundef %111)
  %113 = call i32 @tiny_make(i32 noundef 65, i32 noundef -1234)
  store i32 %113, ptr %14, align 2
  %114 = getelementptr inbounds %struct.Tiny, ptr %14, i32 0, i32 0
  %115 = load i8, ptr %114, align 2
  %116 = sext i8 %115 to i32
  %117 = getelementptr inbounds %struct.Tiny, ptr %14, i32 0, i32 1
  %118 = load i16, ptr %117, align 2
  %119 = sext i16 %118 to i32
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %116, i32 noundef %119, i64 noundef 4)
  %121 = getelementptr inbounds %struct.DD, ptr %16, i32 0, i32 0
  store double 1.500000e+00, ptr %121, align 8
  %122 = getelementptr inbounds %struct.DD, ptr %16, i32 0, i32 1
  store double -7.750000e+00, ptr %122, align 8
  %123 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 0
  %124 = load double, ptr %123, align 8
  %125 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 1
  %126 = load double, ptr %125, align 8
  %127 = call { double, double } @dd_swap(double %124, double %126)
  %128 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 0
  %129 = extractvalue { double, double } %127, 0
  store double %129, ptr %128, align 8
  %130 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 1
  %131 = extractvalue { double, double } %127, 1
  store double %131, ptr %130, align 8
  %132 = getelementptr inbounds %struct.DD, ptr %15, i32 0, i32 0
  %133 = load double, ptr %132, align 8
  %134 = getelementptr inbounds %struct.DD, ptr %15, i32 0, i32 1
  %135 = load double, ptr %134, align 8
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %133, double noundef %135)
  %137 = call i64 @fi_make(float noundef 5.000000e-01, i32 noundef 99)
  store i64 %137, ptr %17, align 4
  %138 = getelementptr inbounds %struct.FI, ptr %17, i32 0, i32 0
  %139 = load float, ptr %138, align 4
  %140 = fpext float %139 to double
  %141 = getelementptr inbounds %struct.FI, ptr %17, i32 0, i32 1
  %142 = load i32, ptr %141, align 4
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %140, i32 noundef %142)
  store i32 0, ptr %19, align 4
  br label %144

144:                                              ; preds = %158, %0
  %145 = load i32, ptr %19, align 4
  %146 = icmp slt i32 %145, 9
  br i1 %146, label %147, label %161

147:                                              ; preds = %144
  %148 = load i32, ptr %19, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 %149
  %151 = getelementptr inbounds %struct.Pt, ptr %20, i32 0, i32 0
  %152 = load i32, ptr %19, align 4
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %151, align 4
  %154 = getelementptr inbounds %struct.Pt, ptr %20, i32 0, i32 1
  %155 = load i32, ptr %19, align 4
  %156 = add nsw i32 %155, 1
  %157 = mul nsw i32 %156, 100
  store i32 %157, ptr %154, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %150, ptr align 4 %20, i64 8, i1 false)
  br label %158

158:                                              ; preds = %147
  %159 = load i32, ptr %19, align 4
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %19, align 4
  br label %144, !llvm.loop !8

161:                                              ; preds = %144
  %162 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 0
  %163 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 1
  %164 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 2
  %165 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 3
  %166 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 4
  %167 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 5
  %168 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 6
  %169 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 7
  %170 = getelementptr inbounds [9 x %struct.Pt], ptr %18, i64 0, i64 8
  %171 = load i64, ptr %162, align 16
  %172 = load i64, ptr %163, align 8
  %173 = load i64, ptr %164, align 16
  %174 = load i64, ptr %165, align 8
  %175 = load i64, ptr %166, align 16
  %176 = load i64, ptr %167, align 8
  %177 = load i64, ptr %168, align 16
  %178 = load i64, ptr %169, align 8
  %179 = load i64, ptr %170, align 16
  %180 = call i32 @many(i64 %171, i64 %172, i64 %173, i64 %174, i64 %175, i64 %176, i64 %177, i64 %178, i64 %179)
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %180)
  store i32 0, ptr %22, align 4
  br label %182

182:                                              ; preds = %195, %161
  %183 = load i32, ptr %22, align 4
  %184 = icmp slt i32 %183, 6
  br i1 %184, label %185, label %198

185:                                              ; preds = %182
  %186 = load i32, ptr %22, align 4
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 %187
  %189 = getelementptr inbounds %struct.Mixed, ptr %23, i32 0, i32 0
  %190 = load i32, ptr %22, align 4
  store i32 %190, ptr %189, align 8
  %191 = getelementptr inbounds %struct.Mixed, ptr %23, i32 0, i32 1
  %192 = load i32, ptr %22, align 4
  %193 = sitofp i32 %192 to double
  %194 = fmul double %193, 5.000000e-01
  store double %194, ptr %191, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %188, ptr align 8 %23, i64 16, i1 false)
  br label %195

195:                                              ; preds = %185
  %196 = load i32, ptr %22, align 4
  %197 = add nsw i32 %196, 1
  store i32 %197, ptr %22, align 4
  br label %182, !llvm.loop !9

198:                                              ; preds = %182
  %199 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 0
  %200 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 1
  %201 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 2
  %202 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 3
  %203 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 4
  %204 = getelementptr inbounds [6 x %struct.Mixed], ptr %21, i64 0, i64 5
  %205 = getelementptr inbounds { i32, double }, ptr %199, i32 0, i32 0
  %206 = load i32, ptr %205, align 16
  %207 = getelementptr inbounds { i32, double }, ptr %199, i32 0, i32 1
  %208 = load double, ptr %207, align 8
  %209 = getelementptr inbounds { i32, double }, ptr %200, i32 0, i32 0
  %210 = load i32, ptr %209, align 16
  %211 = getelementptr inbounds { i32, double }, ptr %200, i32 0, i32 1
  %212 = load double, ptr %211, align 8
  %213 = getelementptr inbounds { i32, double }, ptr %201, i32 0, i32 0
  %214 = load i32, ptr %213, align 16
  %215 = getelementptr inbounds { i32, double }, ptr %201, i32 0, i32 1
  %216 = load double, ptr %215, align 8
  %217 = getelementptr inbounds { i32, double }, ptr %202, i32 0, i32 0
  %218 = load i32, ptr %217, align 16
  %219 = getelementptr inbounds { i32, double }, ptr %202, i32 0, i32 1
  %220 = load double, ptr %219, align 8
  %221 = getelementptr inbounds { i32, double }, ptr %203, i32 0, i32 0
  %222 = load i32, ptr %221, align 16
  %223 = getelementptr inbounds { i32, double }, ptr %203, i32 0, i32 1
  %224 = load double, ptr %223, align 8
  %225 = getelementptr inbounds { i32, double }, ptr %204, i32 0, i32 0
  %226 = load i32, ptr %225, align 16
  %227 = getelementptr inbounds { i32, double }, ptr %204, i32 0, i32 1
  %228 = load double, ptr %227, align 8
  %229 = call double @mixed_many(i32 %206, double %208, i32 %210, double %212, i32 %214, double %216, i32 %218, double %220, i32 %222, double %224, i32 %226, double %228)
  %230 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %229)
  store ptr @pt_add, ptr %24, align 8
  %231 = load ptr, ptr %24, align 8
  %232 = load i64, ptr %2, align 4
  %233 = load i64, ptr %2, align 4
  %234 = call i64 %231(i64 %232, i64 %233)
  store i64 %234, ptr %25, align 4
  %235 = getelementptr inbounds %struct.Pt, ptr %25, i32 0, i32 0
  %236 = load i32, ptr %235, align 4
  %237 = getelementptr inbounds %struct.Pt, ptr %25, i32 0, i32 1
  %238 = load i32, ptr %237, align 4
  %239 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %236, i32 noundef %238)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
