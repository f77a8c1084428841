; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
define dso_local %struct.Vec2 @vec_scale([2 x float] alignstack(8) %0, float noundef %1) #0 {
  %3 = alloca %struct.Vec2, align 4
  %4 = alloca %struct.Vec2, align 4
  %5 = alloca float, align 4
  store [2 x float] %0, ptr %4, align 4
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
  %16 = load %struct.Vec2, ptr %3, align 4
  ret %struct.Vec2 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @vec_dot([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) #0 {
  %3 = alloca %struct.Vec2, align 4
  %4 = alloca %struct.Vec2, align 4
  store [2 x float] %0, ptr %3, align 4
  store [2 x float] %1, ptr %4, align 4
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
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @mixed_bump([2 x i64] %0) #0 {
  %2 = alloca %struct.Mixed, align 8
  %3 = alloca %struct.Mixed, align 8
  store [2 x i64] %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Mixed, ptr %3, i32 0, i32 1
  %8 = load double, ptr %7, align 8
  %9 = fmul double %8, 2.000000e+00
  store double %9, ptr %7, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %3, i64 16, i1 false)
  %10 = load [2 x i64], ptr %2, align 8
  ret [2 x i64] %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @three_rot(ptr dead_on_unwind noalias writable sret(%struct.Three) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  store ptr %1, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 0
  %5 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 1
  %6 = load i64, ptr %5, align 8
  store i64 %6, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 1
  %8 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 2
  %9 = load i64, ptr %8, align 8
  store i64 %9, ptr %7, align 8
  %10 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 2
  %11 = getelementptr inbounds %struct.Three, ptr %1, i32 0, i32 0
  %12 = load i64, ptr %11, align 8
  store i64 %12, ptr %10, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @three_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 0
  %4 = load i64, ptr %3, align 8
  %5 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 1
  %6 = load i64, ptr %5, align 8
  %7 = add nsw i64 %4, %6
  %8 = getelementptr inbounds %struct.Three, ptr %0, i32 0, i32 2
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %7, %9
  ret i64 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.Quad @quad_rev([4 x float] alignstack(8) %0) #0 {
  %2 = alloca %struct.Quad, align 4
  %3 = alloca %struct.Quad, align 4
  %4 = alloca i32, align 4
  %5 = getelementptr inbounds %struct.Quad, ptr %3, i32 0, i32 0
  store [4 x float] %0, ptr %5, align 4
  store i32 0, ptr %4, align 4
  br label %6

6:                                                ; preds = %20, %1
  %7 = load i32, ptr %4, align 4
  %8 = icmp slt i32 %7, 4
  br i1 %8, label %9, label %23

9:                                                ; preds = %6
  %10 = getelementptr inbounds %struct.Quad, ptr %3, i32 0, i32 0
  %11 = load i32, ptr %4, align 4
  %12 = sub nsw i32 3, %11
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [4 x float], ptr %10, i64 0, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = getelementptr inbounds %struct.Quad, ptr %2, i32 0, i32 0
  %17 = load i32, ptr %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [4 x float], ptr %16, i64 0, i64 %18
  store float %15, ptr %19, align 4
  br label %20

20:                                               ; preds = %9
  %21 = load i32, ptr %4, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 4
  br label %6, !llvm.loop !6

23:                                               ; preds = %6
  %24 = load %struct.Quad, ptr %2, align 4
  ret %struct.Quad %24
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
define dso_local %struct.DD @dd_swap([2 x double] alignstack(8) %0) #0 {
  %2 = alloca %struct.DD, align 8
  %3 = alloca %struct.DD, align 8
  store [2 x double] %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.DD, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds %struct.DD, ptr %3, i32 0, i32 1
  %6 = load double, ptr %5, align 8
  store double %6, ptr %4, align 8
  %7 = getelementptr inbounds %struct.DD, ptr %2, i32 0, i32 1
  %8 = getelementptr inbounds %struct.DD, ptr %3, i32 0, i32 0
  %9 = load double, ptr %8, align 8
  store double %9, ptr %7, align 8
  %10 = load %struct.DD, ptr %2, align 8
  ret %struct.DD %10
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
define dso_local double @mixed_many([2 x i64] %0, [2 x i64] %1, [2 x i64] %2, [2 x i64] %3, [2 x i64] %4, [2 x i64] %5) #0 {
  %7 = alloca %struct.Mixed, align 8
  %8 = alloca %struct.Mixed, align 8
  %9 = alloca %struct.Mixed, align 8
  %10 = alloca %struct.Mixed, align 8
  %11 = alloca %struct.Mixed, align 8
  %12 = alloca %struct.Mixed, align 8
  store [2 x i64] %0, ptr %7, align 8
  store [2 x i64] %1, ptr %8, align 8
  store [2 x i64] %2, ptr %9, align 8
  store [2 x i64] %3, ptr %10, align 8
  store [2 x i64] %4, ptr %11, align 8
  store [2 x i64] %5, ptr %12, align 8
  %13 = getelementptr inbounds %struct.Mixed, ptr %7, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds %struct.Mixed, ptr %8, i32 0, i32 1
  %16 = load double, ptr %15, align 8
  %17 = fadd double %14, %16
  %18 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 1
  %19 = load double, ptr %18, align 8
  %20 = fadd double %17, %19
  %21 = getelementptr inbounds %struct.Mixed, ptr %10, i32 0, i32 1
  %22 = load double, ptr %21, align 8
  %23 = fadd double %20, %22
  %24 = getelementptr inbounds %struct.Mixed, ptr %11, i32 0, i32 1
  %25 = load double, ptr %24, align 8
  %26 = fadd double %23, %25
  %27 = getelementptr inbounds %struct.Mixed, ptr %12, i32 0, i32 1
  %28 = load double, ptr %27, align 8
  %29 = fadd double %26, %28
  %30 = getelementptr inbounds %struct.Mixed, ptr %7, i32 0, i32 0
  %31 = load i32, ptr %30, align 8
  %32 = sitofp i32 %31 to double
  %33 = fadd double %29, %32
  %34 = getelementptr inbounds %struct.Mixed, ptr %12, i32 0, i32 0
  %35 = load i32, ptr %34, align 8
  %36 = sitofp i32 %35 to double
  %37 = fadd double %33, %36
  ret double %37
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
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
  %12 = alloca %struct.Three, align 8
  %13 = alloca %struct.Three, align 8
  %14 = alloca %struct.Quad, align 4
  %15 = alloca %struct.Quad, align 4
  %16 = alloca %struct.Tiny, align 2
  %17 = alloca %struct.DD, align 8
  %18 = alloca %struct.DD, align 8
  %19 = alloca %struct.FI, align 4
  %20 = alloca [9 x %struct.Pt], align 4
  %21 = alloca i32, align 4
  %22 = alloca %struct.Pt, align 4
  %23 = alloca [6 x %struct.Mixed], align 8
  %24 = alloca i32, align 4
  %25 = alloca %struct.Mixed, align 8
  %26 = alloca ptr, align 8
  %27 = alloca %struct.Pt, align 4
  store i32 0, ptr %1, align 4
  %28 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 0
  store i32 1, ptr %28, align 4
  %29 = getelementptr inbounds %struct.Pt, ptr %3, i32 0, i32 1
  store i32 2, ptr %29, align 4
  %30 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 0
  store i32 30, ptr %30, align 4
  %31 = getelementptr inbounds %struct.Pt, ptr %4, i32 0, i32 1
  store i32 40, ptr %31, align 4
  %32 = load i64, ptr %3, align 4
  %33 = load i64, ptr %4, align 4
  %34 = call i64 @pt_add(i64 %32, i64 %33)
  store i64 %34, ptr %2, align 4
  %35 = getelementptr inbounds %struct.Pt, ptr %2, i32 0, i32 0
  %36 = load i32, ptr %35, align 4
  %37 = getelementptr inbounds %struct.Pt, ptr %2, i32 0, i32 1
  %38 = load i32, ptr %37, align 4
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %36, i32 noundef %38)
  %40 = getelementptr inbounds %struct.Vec2, ptr %6, i32 0, i32 0
  store float 1.500000e+00, ptr %40, align 4
  %41 = getelementptr inbounds %struct.Vec2, ptr %6, i32 0, i32 1
  store float -2.000000e+00, ptr %41, align 4
  %42 = load [2 x float], ptr %6, align 4
  %43 = call %struct.Vec2 @vec_scale([2 x float] alignstack(8) %42, float noundef 4.000000e+00)
  %44 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 0
  %45 = extractvalue %struct.Vec2 %43, 0
  store float %45, ptr %44, align 4
  %46 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 1
  %47 = extractvalue %struct.Vec2 %43, 1
  store float %47, ptr %46, align 4
  %48 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 0
  %49 = load float, ptr %48, align 4
  %50 = fpext float %49 to double
  %51 = getelementptr inbounds %struct.Vec2, ptr %5, i32 0, i32 1
  %52 = load float, ptr %51, align 4
  %53 = fpext float %52 to double
  %54 = getelementptr inbounds %struct.Vec2, ptr %7, i32 0, i32 0
  store float 5.000000e-01, ptr %54, align 4
  %55 = getelementptr inbounds %struct.Vec2, ptr %7, i32 0, i32 1
  store float 2.500000e-01, ptr %55, align 4
  %56 = load [2 x float], ptr %5, align 4
  %57 = load [2 x float], ptr %7, align 4
  %58 = call float @vec_dot([2 x float] alignstack(8) %56, [2 x float] alignstack(8) %57)
  %59 = fpext float %58 to double
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %50, double noundef %53, double noundef %59)
  %61 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 0
  store i32 41, ptr %61, align 8
  %62 = getelementptr inbounds %struct.Mixed, ptr %9, i32 0, i32 1
  store double 1.250000e+00, ptr %62, align 8
  %63 = load [2 x i64], ptr %9, align 8
  %64 = call [2 x i64] @mixed_bump([2 x i64] %63)
  store [2 x i64] %64, ptr %8, align 8
  %65 = getelementptr inbounds %struct.Mixed, ptr %8, i32 0, i32 0
  %66 = load i32, ptr %65, align 8
  %67 = getelementptr inbounds %struct.Mixed, ptr %8, i32 0, i32 1
  %68 = load double, ptr %67, align 8
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %66, double noundef %68)
  %70 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 0
  store i64 100000000000, ptr %70, align 8
  %71 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 1
  store i64 -2, ptr %71, align 8
  %72 = getelementptr inbounds %struct.Three, ptr %11, i32 0, i32 2
  store i64 3, ptr %72, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %11, i64 24, i1 false)
  call void @three_rot(ptr dead_on_unwind writable sret(%struct.Three) align 8 %10, ptr noundef %12)
  %73 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 0
  %74 = load i64, ptr %73, align 8
  %75 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 1
  %76 = load i64, ptr %75, align 8
  %77 = getelementptr inbounds %struct.Three, ptr %10, i32 0, i32 2
  %78 = load i64, ptr %77, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %10, i64 24, i1 false)
  %79 = call i64 @three_sum(ptr noundef %13)
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %74, i64 noundef %76, i64 noundef %78, i64 noundef %79)
  %81 = getelementptr inbounds %struct.Quad, ptr %15, i32 0, i32 0
  store float 1.000000e+00, ptr %81, align 4
  %82 = getelementptr inbounds float, ptr %81, i64 1
  store float 2.000000e+00, ptr %82, align 4
  %83 = getelementptr inbounds float, ptr %81, i64 2
  store float 3.000000e+00, ptr %83, align 4
  %84 = getelementptr inbounds float, ptr %81, i64 3
  store float 4.000000e+00, ptr %84, align 4
  %85 = getelementptr inbounds %struct.Quad, ptr %15, i32 0, i32 0
  %86 = load [4 x float], ptr %85, align 4
  %87 = call %struct.Quad @quad_rev([4 x float] alignstack(8) %86)
  %88 = getelementptr inbounds %struct.Quad, ptr %14, i32 0, i32 0
  %89 = extractvalue %struct.Quad %87, 0
  store [4 x float] %89, ptr %88, align 4
  %90 = getelementptr inbounds %struct.Quad, ptr %14, i32 0, i32 0
  %91 = getelementptr inbounds [4 x float], ptr %90, i64 0, i64 0
  %92 = load float, ptr %91, align 4
  %93 = fpext float %92 to double
  %94 = getelementptr inbounds %struct.Quad, ptr %14, i32 0, i32 0
  %95 = getelementptr inbounds [4 x float], ptr %94, i64 0, i64 1
  %96 = load float, ptr %95, align 4
  %97 = fpext float %96 to double
  %98 = getelementptr inbounds %struct.Quad, ptr %14, i32 0, i32 0
  %99 = getelementptr inbounds [4 x float], ptr %98, i64 0, i64 2
  %100 = load float, ptr %99, align 4
  %101 = fpext float %100 to double
  %102 = getelementptr inbounds %struct.Quad, ptr %14, i32 0, i32 0
  %103 = getelementptr inbounds [4 x float], ptr %102, i64 0, i64 3
  %104 = load float, ptr %103, align 4
  %105 = fpext float %104 to double
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %93, double noundef %97, double noundef %101, double noundef %105)
  %107 = call i32 @tiny_make(i32 noundef 65, i32 noundef -1234)
  store i32 %107, ptr %16, align 2
  %108 = getelementptr inbounds %struct.Tiny, ptr %16, i32 0, i32 0
  %109 = load i8, ptr %108, align 2
  %110 = zext i8 %109 to i32
  %111 = getelementptr inbounds %struct.Tiny, ptr %16, i32 0, i32 1
  %112 = load i16, ptr %111, align 2
  %113 = sext i16 %112 to i32
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %110, i32 noundef %113, i64 noundef 4)
  %115 = getelementptr inbounds %struct.DD, ptr %18, i32 0, i32 0
  store double 1.500000e+00, ptr %115, align 8
  %116 = getelementptr inbounds %struct.DD, ptr %18, i32 0, i32 1
  store double -7.750000e+00, ptr %116, align 8
  %117 = load [2 x double], ptr %18, align 8
  %118 = call %struct.DD @dd_swap([2 x double] alignstack(8) %117)
  %119 = getelementptr inbounds %struct.DD, ptr %17, i32 0, i32 0
  %120 = extractvalue %struct.DD %118, 0
  store double %120, ptr %119, align 8
  %121 = getelementptr inbounds %struct.DD, ptr %17, i32 0, i32 1
  %122 = extractvalue %struct.DD %118, 1
  store double %122, ptr %121, align 8
  %123 = getelementptr inbounds %struct.DD, ptr %17, i32 0, i32 0
  %124 = load double, ptr %123, align 8
  %125 = getelementptr inbounds %struct.DD, ptr %17, i32 0, i32 1
  %126 = load double, ptr %125, align 8
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %124, double noundef %126)
  %128 = call i64 @fi_make(float noundef 5.000000e-01, i32 noundef 99)
  store i64 %128, ptr %19, align 4
  %129 = getelementptr inbounds %struct.FI, ptr %19, i32 0, i32 0
  %130 = load float, ptr %129, align 4
  %131 = fpext float %130 to double
  %132 = getelementptr inbounds %struct.FI, ptr %19, i32 0, i32 1
  %133 = load i32, ptr %132, align 4
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %131, i32 noundef %133)
  store i32 0, ptr %21, align 4
  br label %135

135:                                              ; preds = %149, %0
  %136 = load i32, ptr %21, align 4
  %137 = icmp slt i32 %136, 9
  br i1 %137, label %138, label %152

138:                                              ; preds = %135
  %139 = load i32, ptr %21, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 %140
  %142 = getelementptr inbounds %struct.Pt, ptr %22, i32 0, i32 0
  %143 = load i32, ptr %21, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %142, align 4
  %145 = getelementptr inbounds %struct.Pt, ptr %22, i32 0, i32 1
  %146 = load i32, ptr %21, align 4
  %147 = add nsw i32 %146, 1
  %148 = mul nsw i32 %147, 100
  store i32 %148, ptr %145, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %141, ptr align 4 %22, i64 8, i1 false)
  br label %149

149:                                              ; preds = %138
  %150 = load i32, ptr %21, align 4
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %21, align 4
  br label %135, !llvm.loop !8

152:                                              ; preds = %135
  %153 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 0
  %154 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 1
  %155 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 2
  %156 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 3
  %157 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 4
  %158 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 5
  %159 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 6
  %160 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 7
  %161 = getelementptr inbounds [9 x %struct.Pt], ptr %20, i64 0, i64 8
  %162 = load i64, ptr %153, align 4
  %163 = load i64, ptr %154, align 4
  %164 = load i64, ptr %155, align 4
  %165 = load i64, ptr %156, align 4
  %166 = load i64, ptr %157, align 4
  %167 = load i64, ptr %158, align 4
  %168 = load i64, ptr %159, align 4
  %169 = load i64, ptr %160, align 4
  %170 = load i64, ptr %161, align 4
  %171 = call i32 @many(i64 %162, i64 %163, i64 %164, i64 %165, i64 %166, i64 %167, i64 %168, i64 %169, i64 %170)
  %172 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %171)
  store i32 0, ptr %24, align 4
  br label %173

173:                                              ; preds = %186, %152
  %174 = load i32, ptr %24, align 4
  %175 = icmp slt i32 %174, 6
  br i1 %175, label %176, label %189

176:                                              ; preds = %173
  %177 = load i32, ptr %24, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 %178
  %180 = getelementptr inbounds %struct.Mixed, ptr %25, i32 0, i32 0
  %181 = load i32, ptr %24, align 4
  store i32 %181, ptr %180, align 8
  %182 = getelementptr inbounds %struct.Mixed, ptr %25, i32 0, i32 1
  %183 = load i32, ptr %24, align 4
  %184 = sitofp i32 %183 to double
  %185 = fmul double %184, 5.000000e-01
  store double %185, ptr %182, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %179, ptr align 8 %25, i64 16, i1 false)
  br label %186

186:                                              ; preds = %176
  %187 = load i32, ptr %24, align 4
  %188 = add nsw i32 %187, 1
  store i32 %188, ptr %24, align 4
  br label %173, !llvm.loop !9

189:                                              ; preds = %173
  %190 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 0
  %191 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 1
  %192 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 2
  %193 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 3
  %194 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 4
  %195 = getelementptr inbounds [6 x %struct.Mixed], ptr %23, i64 0, i64 5
  %196 = load [2 x i64], ptr %190, align 8
  %197 = load [2 x i64], ptr %191, align 8
  %198 = load [2 x i64], ptr %192, align 8
  %199 = load [2 x i64], ptr %193, align 8
  %200 = load [2 x i64], ptr %194, align 8
  %201 = load [2 x i64], ptr %195, align 8
  %202 = call double @mixed_many([2 x i64] %196, [2 x i64] %197, [2 x i64] %198, [2 x i64] %199, [2 x i64] %200, [2 x i64] %201)
  %203 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %202)
  store ptr @pt_add, ptr %26, align 8
  %204 = load ptr, ptr %26, align 8
  %205 = load i64, ptr %2, align 4
  %206 = load i64, ptr %2, align 4
  %207 = call i64 %204(i64 %205, i64 %206)
  store i64 %207, ptr %27, align 4
  %208 = getelementptr inbounds %struct.Pt, ptr %27, i32 0, i32 0
  %209 = load i32, ptr %208, align 4
  %210 = getelementptr inbounds %struct.Pt, ptr %27, i32 0, i32 1
  %211 = load i32, ptr %210, align 4
  %212 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %209, i32 noundef %211)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
