; ModuleID = 'struct_hfa.c'
source_filename = "struct_hfa.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.D2 = type { double, double }
%struct.F3 = type { float, float, float }
%struct.D4 = type { double, double, double, double }
%struct.F4 = type { [2 x float], [2 x float] }
%struct.Nested = type { %struct.D2 }
%struct.FD = type { float, double }

@.str = private unnamed_addr constant [17 x i8] c"cross: %g %g %g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"cross2: %g %g %g\0A\00", align 1
@__const.main.z = private unnamed_addr constant %struct.D2 { double 1.000000e+00, double 1.000000e+00 }, align 8
@__const.main.acc = private unnamed_addr constant %struct.D2 { double 1.000000e+00, double 0.000000e+00 }, align 8
@.str.2 = private unnamed_addr constant [19 x i8] c"(1+i)^8 = %g %+gi\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"d4: %g %g %g %g sum=%g\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"f4: %g %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"nested: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"fd: %g %g size=%zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"many: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"sum: %g %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.F3 @f3_cross([3 x float] alignstack(8) %0, [3 x float] alignstack(8) %1) #0 {
  %3 = alloca %struct.F3, align 4
  %4 = alloca %struct.F3, align 4
  %5 = alloca %struct.F3, align 4
  store [3 x float] %0, ptr %4, align 4
  store [3 x float] %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 1
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 2
  %10 = load float, ptr %9, align 4
  %11 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 2
  %12 = load float, ptr %11, align 4
  %13 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 1
  %14 = load float, ptr %13, align 4
  %15 = fmul float %12, %14
  %16 = fneg float %15
  %17 = call float @llvm.fmuladd.f32(float %8, float %10, float %16)
  store float %17, ptr %6, align 4
  %18 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 1
  %19 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 2
  %20 = load float, ptr %19, align 4
  %21 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 0
  %22 = load float, ptr %21, align 4
  %23 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 0
  %24 = load float, ptr %23, align 4
  %25 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 2
  %26 = load float, ptr %25, align 4
  %27 = fmul float %24, %26
  %28 = fneg float %27
  %29 = call float @llvm.fmuladd.f32(float %20, float %22, float %28)
  store float %29, ptr %18, align 4
  %30 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 2
  %31 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 0
  %32 = load float, ptr %31, align 4
  %33 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 1
  %34 = load float, ptr %33, align 4
  %35 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 1
  %36 = load float, ptr %35, align 4
  %37 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 0
  %38 = load float, ptr %37, align 4
  %39 = fmul float %36, %38
  %40 = fneg float %39
  %41 = call float @llvm.fmuladd.f32(float %32, float %34, float %40)
  store float %41, ptr %30, align 4
  %42 = load %struct.F3, ptr %3, align 4
  ret %struct.F3 %42
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.D2 @cmul([2 x double] alignstack(8) %0, [2 x double] alignstack(8) %1) #0 {
  %3 = alloca %struct.D2, align 8
  %4 = alloca %struct.D2, align 8
  %5 = alloca %struct.D2, align 8
  store [2 x double] %0, ptr %4, align 8
  store [2 x double] %1, ptr %5, align 8
  %6 = getelementptr inbounds %struct.D2, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.D2, ptr %4, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 0
  %10 = load double, ptr %9, align 8
  %11 = getelementptr inbounds %struct.D2, ptr %4, i32 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = fmul double %12, %14
  %16 = fneg double %15
  %17 = call double @llvm.fmuladd.f64(double %8, double %10, double %16)
  store double %17, ptr %6, align 8
  %18 = getelementptr inbounds %struct.D2, ptr %3, i32 0, i32 1
  %19 = getelementptr inbounds %struct.D2, ptr %4, i32 0, i32 0
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 1
  %22 = load double, ptr %21, align 8
  %23 = getelementptr inbounds %struct.D2, ptr %4, i32 0, i32 1
  %24 = load double, ptr %23, align 8
  %25 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 0
  %26 = load double, ptr %25, align 8
  %27 = fmul double %24, %26
  %28 = call double @llvm.fmuladd.f64(double %20, double %22, double %27)
  store double %28, ptr %18, align 8
  %29 = load %struct.D2, ptr %3, align 8
  ret %struct.D2 %29
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.D4 @d4_scale([4 x double] alignstack(8) %0, double noundef %1) #0 {
  %3 = alloca %struct.D4, align 8
  %4 = alloca %struct.D4, align 8
  %5 = alloca double, align 8
  store [4 x double] %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %6 = getelementptr inbounds %struct.D4, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds %struct.D4, ptr %4, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = load double, ptr %5, align 8
  %10 = fmul double %8, %9
  store double %10, ptr %6, align 8
  %11 = getelementptr inbounds %struct.D4, ptr %3, i32 0, i32 1
  %12 = getelementptr inbounds %struct.D4, ptr %4, i32 0, i32 1
  %13 = load double, ptr %12, align 8
  %14 = load double, ptr %5, align 8
  %15 = fmul double %13, %14
  store double %15, ptr %11, align 8
  %16 = getelementptr inbounds %struct.D4, ptr %3, i32 0, i32 2
  %17 = getelementptr inbounds %struct.D4, ptr %4, i32 0, i32 2
  %18 = load double, ptr %17, align 8
  %19 = load double, ptr %5, align 8
  %20 = fmul double %18, %19
  store double %20, ptr %16, align 8
  %21 = getelementptr inbounds %struct.D4, ptr %3, i32 0, i32 3
  %22 = getelementptr inbounds %struct.D4, ptr %4, i32 0, i32 3
  %23 = load double, ptr %22, align 8
  %24 = load double, ptr %5, align 8
  %25 = fmul double %23, %24
  store double %25, ptr %21, align 8
  %26 = load %struct.D4, ptr %3, align 8
  ret %struct.D4 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @d4_sum([4 x double] alignstack(8) %0) #0 {
  %2 = alloca %struct.D4, align 8
  store [4 x double] %0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.D4, ptr %2, i32 0, i32 0
  %4 = load double, ptr %3, align 8
  %5 = getelementptr inbounds %struct.D4, ptr %2, i32 0, i32 1
  %6 = load double, ptr %5, align 8
  %7 = fadd double %4, %6
  %8 = getelementptr inbounds %struct.D4, ptr %2, i32 0, i32 2
  %9 = load double, ptr %8, align 8
  %10 = fadd double %7, %9
  %11 = getelementptr inbounds %struct.D4, ptr %2, i32 0, i32 3
  %12 = load double, ptr %11, align 8
  %13 = fadd double %10, %12
  ret double %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.F4 @f4_swap([4 x float] alignstack(8) %0) #0 {
  %2 = alloca %struct.F4, align 4
  %3 = alloca %struct.F4, align 4
  store [4 x float] %0, ptr %3, align 4
  %4 = getelementptr inbounds %struct.F4, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 1
  %6 = getelementptr inbounds [2 x float], ptr %5, i64 0, i64 0
  %7 = load float, ptr %6, align 4
  store float %7, ptr %4, align 4
  %8 = getelementptr inbounds float, ptr %4, i64 1
  %9 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 1
  %10 = getelementptr inbounds [2 x float], ptr %9, i64 0, i64 1
  %11 = load float, ptr %10, align 4
  store float %11, ptr %8, align 4
  %12 = getelementptr inbounds %struct.F4, ptr %2, i32 0, i32 1
  %13 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 0
  %14 = getelementptr inbounds [2 x float], ptr %13, i64 0, i64 0
  %15 = load float, ptr %14, align 4
  store float %15, ptr %12, align 4
  %16 = getelementptr inbounds float, ptr %12, i64 1
  %17 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 0
  %18 = getelementptr inbounds [2 x float], ptr %17, i64 0, i64 1
  %19 = load float, ptr %18, align 4
  store float %19, ptr %16, align 4
  %20 = load %struct.F4, ptr %2, align 4
  ret %struct.F4 %20
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.Nested @nest_conj([2 x double] alignstack(8) %0) #0 {
  %2 = alloca %struct.Nested, align 8
  %3 = alloca %struct.Nested, align 8
  %4 = getelementptr inbounds %struct.Nested, ptr %3, i32 0, i32 0
  store [2 x double] %0, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Nested, ptr %3, i32 0, i32 0
  %6 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 1
  %7 = load double, ptr %6, align 8
  %8 = fneg double %7
  %9 = getelementptr inbounds %struct.Nested, ptr %3, i32 0, i32 0
  %10 = getelementptr inbounds %struct.D2, ptr %9, i32 0, i32 1
  store double %8, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %3, i64 16, i1 false)
  %11 = load %struct.Nested, ptr %2, align 8
  ret %struct.Nested %11
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @fd_make(float noundef %0, double noundef %1) #0 {
  %3 = alloca %struct.FD, align 8
  %4 = alloca float, align 4
  %5 = alloca double, align 8
  store float %0, ptr %4, align 4
  store double %1, ptr %5, align 8
  %6 = getelementptr inbounds %struct.FD, ptr %3, i32 0, i32 0
  %7 = load float, ptr %4, align 4
  store float %7, ptr %6, align 8
  %8 = getelementptr inbounds %struct.FD, ptr %3, i32 0, i32 1
  %9 = load double, ptr %5, align 8
  store double %9, ptr %8, align 8
  %10 = load [2 x i64], ptr %3, align 8
  ret [2 x i64] %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @many_d2([2 x double] alignstack(8) %0, [2 x double] alignstack(8) %1, [2 x double] alignstack(8) %2, [2 x double] alignstack(8) %3, [2 x double] alignstack(8) %4) #0 {
  %6 = alloca %struct.D2, align 8
  %7 = alloca %struct.D2, align 8
  %8 = alloca %struct.D2, align 8
  %9 = alloca %struct.D2, align 8
  %10 = alloca %struct.D2, align 8
  store [2 x double] %0, ptr %6, align 8
  store [2 x double] %1, ptr %7, align 8
  store [2 x double] %2, ptr %8, align 8
  store [2 x double] %3, ptr %9, align 8
  store [2 x double] %4, ptr %10, align 8
  %11 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 0
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = fadd double %12, %14
  %16 = getelementptr inbounds %struct.D2, ptr %8, i32 0, i32 0
  %17 = load double, ptr %16, align 8
  %18 = fadd double %15, %17
  %19 = getelementptr inbounds %struct.D2, ptr %9, i32 0, i32 0
  %20 = load double, ptr %19, align 8
  %21 = fadd double %18, %20
  %22 = getelementptr inbounds %struct.D2, ptr %10, i32 0, i32 0
  %23 = load double, ptr %22, align 8
  %24 = fadd double %21, %23
  %25 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 1
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds %struct.D2, ptr %10, i32 0, i32 1
  %28 = load double, ptr %27, align 8
  %29 = call double @llvm.fmuladd.f64(double %26, double %28, double %24)
  ret double %29
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.F3, align 4
  %3 = alloca %struct.F3, align 4
  %4 = alloca %struct.F3, align 4
  %5 = alloca %struct.F3, align 4
  %6 = alloca %struct.F3, align 4
  %7 = alloca %struct.F3, align 4
  %8 = alloca %struct.D2, align 8
  %9 = alloca %struct.D2, align 8
  %10 = alloca i32, align 4
  %11 = alloca %struct.D2, align 8
  %12 = alloca %struct.D4, align 8
  %13 = alloca %struct.D4, align 8
  %14 = alloca %struct.F4, align 4
  %15 = alloca %struct.F4, align 4
  %16 = alloca %struct.Nested, align 8
  %17 = alloca %struct.Nested, align 8
  %18 = alloca %struct.FD, align 8
  %19 = alloca %struct.D2, align 8
  %20 = alloca %struct.D2, align 8
  %21 = alloca %struct.D2, align 8
  %22 = alloca %struct.D2, align 8
  %23 = alloca %struct.D2, align 8
  %24 = alloca [5 x %struct.D2], align 8
  %25 = alloca i32, align 4
  %26 = alloca %struct.D2, align 8
  %27 = alloca %struct.D2, align 8
  %28 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %29 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 0
  store float 1.000000e+00, ptr %29, align 4
  %30 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 1
  store float 0.000000e+00, ptr %30, align 4
  %31 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 2
  store float 0.000000e+00, ptr %31, align 4
  %32 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 0
  store float 0.000000e+00, ptr %32, align 4
  %33 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 1
  store float 1.000000e+00, ptr %33, align 4
  %34 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 2
  store float 0.000000e+00, ptr %34, align 4
  %35 = load [3 x float], ptr %3, align 4
  %36 = load [3 x float], ptr %4, align 4
  %37 = call %struct.F3 @f3_cross([3 x float] alignstack(8) %35, [3 x float] alignstack(8) %36)
  %38 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 0
  %39 = extractvalue %struct.F3 %37, 0
  store float %39, ptr %38, align 4
  %40 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 1
  %41 = extractvalue %struct.F3 %37, 1
  store float %41, ptr %40, align 4
  %42 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 2
  %43 = extractvalue %struct.F3 %37, 2
  store float %43, ptr %42, align 4
  %44 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 0
  %45 = load float, ptr %44, align 4
  %46 = fpext float %45 to double
  %47 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 1
  %48 = load float, ptr %47, align 4
  %49 = fpext float %48 to double
  %50 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 2
  %51 = load float, ptr %50, align 4
  %52 = fpext float %51 to double
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %46, double noundef %49, double noundef %52)
  %54 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 0
  store float 2.000000e+00, ptr %54, align 4
  %55 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 1
  store float 3.000000e+00, ptr %55, align 4
  %56 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 2
  store float 4.000000e+00, ptr %56, align 4
  %57 = getelementptr inbounds %struct.F3, ptr %7, i32 0, i32 0
  store float 5.000000e+00, ptr %57, align 4
  %58 = getelementptr inbounds %struct.F3, ptr %7, i32 0, i32 1
  store float 6.000000e+00, ptr %58, align 4
  %59 = getelementptr inbounds %struct.F3, ptr %7, i32 0, i32 2
  store float 7.000000e+00, ptr %59, align 4
  %60 = load [3 x float], ptr %6, align 4
  %61 = load [3 x float], ptr %7, align 4
  %62 = call %struct.F3 @f3_cross([3 x float] alignstack(8) %60, [3 x float] alignstack(8) %61)
  %63 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 0
  %64 = extractvalue %struct.F3 %62, 0
  store float %64, ptr %63, align 4
  %65 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 1
  %66 = extractvalue %struct.F3 %62, 1
  store float %66, ptr %65, align 4
  %67 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 2
  %68 = extractvalue %struct.F3 %62, 2
  store float %68, ptr %67, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %5, i64 12, i1 false)
  %69 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 0
  %70 = load float, ptr %69, align 4
  %71 = fpext float %70 to double
  %72 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 1
  %73 = load float, ptr %72, align 4
  %74 = fpext float %73 to double
  %75 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 2
  %76 = load float, ptr %75, align 4
  %77 = fpext float %76 to double
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %71, double noundef %74, double noundef %77)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.z, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 @__const.main.acc, i64 16, i1 false)
  store i32 0, ptr %10, align 4
  br label %79

79:                                               ; preds = %90, %0
  %80 = load i32, ptr %10, align 4
  %81 = icmp slt i32 %80, 8
  br i1 %81, label %82, label %93

82:                                               ; preds = %79
  %83 = load [2 x double], ptr %9, align 8
  %84 = load [2 x double], ptr %8, align 8
  %85 = call %struct.D2 @cmul([2 x double] alignstack(8) %83, [2 x double] alignstack(8) %84)
  %86 = getelementptr inbounds %struct.D2, ptr %11, i32 0, i32 0
  %87 = extractvalue %struct.D2 %85, 0
  store double %87, ptr %86, align 8
  %88 = getelementptr inbounds %struct.D2, ptr %11, i32 0, i32 1
  %89 = extractvalue %struct.D2 %85, 1
  store double %89, ptr %88, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %11, i64 16, i1 false)
  br label %90

90:                                               ; preds = %82
  %91 = load i32, ptr %10, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %10, align 4
  br label %79, !llvm.loop !6

93:                                               ; preds = %79
  %94 = getelementptr inbounds %struct.D2, ptr %9, i32 0, i32 0
  %95 = load double, ptr %94, align 8
  %96 = getelementptr inbounds %struct.D2, ptr %9, i32 0, i32 1
  %97 = load double, ptr %96, align 8
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %95, double noundef %97)
  %99 = getelementptr inbounds %struct.D4, ptr %13, i32 0, i32 0
  store double 1.000000e+00, ptr %99, align 8
  %100 = getelementptr inbounds %struct.D4, ptr %13, i32 0, i32 1
  store double 2.000000e+00, ptr %100, align 8
  %101 = getelementptr inbounds %struct.D4, ptr %13, i32 0, i32 2
  store double 3.000000e+00, ptr %101, align 8
  %102 = getelementptr inbounds %struct.D4, ptr %13, i32 0, i32 3
  store double 4.000000e+00, ptr %102, align 8
  %103 = load [4 x double], ptr %13, align 8
  %104 = call %struct.D4 @d4_scale([4 x double] alignstack(8) %103, double noundef 5.000000e-01)
  %105 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 0
  %106 = extractvalue %struct.D4 %104, 0
  store double %106, ptr %105, align 8
  %107 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 1
  %108 = extractvalue %struct.D4 %104, 1
  store double %108, ptr %107, align 8
  %109 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 2
  %110 = extractvalue %struct.D4 %104, 2
  store double %110, ptr %109, align 8
  %111 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 3
  %112 = extractvalue %struct.D4 %104, 3
  store double %112, ptr %111, align 8
  %113 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 0
  %114 = load double, ptr %113, align 8
  %115 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 1
  %116 = load double, ptr %115, align 8
  %117 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 2
  %118 = load double, ptr %117, align 8
  %119 = getelementptr inbounds %struct.D4, ptr %12, i32 0, i32 3
  %120 = load double, ptr %119, align 8
  %121 = load [4 x double], ptr %12, align 8
  %122 = call double @d4_sum([4 x double] alignstack(8) %121)
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %114, double noundef %116, double noundef %118, double noundef %120, double noundef %122)
  %124 = getelementptr inbounds %struct.F4, ptr %15, i32 0, i32 0
  store float 1.000000e+00, ptr %124, align 4
  %125 = getelementptr inbounds float, ptr %124, i64 1
  store float 2.000000e+00, ptr %125, align 4
  %126 = getelementptr inbounds %struct.F4, ptr %15, i32 0, i32 1
  store float 3.000000e+00, ptr %126, align 4
  %127 = getelementptr inbounds float, ptr %126, i64 1
  store float 4.000000e+00, ptr %127, align 4
  %128 = load [4 x float], ptr %15, align 4
  %129 = call %struct.F4 @f4_swap([4 x float] alignstack(8) %128)
  %130 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 0
  %131 = extractvalue %struct.F4 %129, 0
  store [2 x float] %131, ptr %130, align 4
  %132 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 1
  %133 = extractvalue %struct.F4 %129, 1
  store [2 x float] %133, ptr %132, align 4
  %134 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 0
  %135 = getelementptr inbounds [2 x float], ptr %134, i64 0, i64 0
  %136 = load float, ptr %135, align 4
  %137 = fpext float %136 to double
  %138 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 0
  %139 = getelementptr inbounds [2 x float], ptr %138, i64 0, i64 1
  %140 = load float, ptr %139, align 4
  %141 = fpext float %140 to double
  %142 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 1
  %143 = getelementptr inbounds [2 x float], ptr %142, i64 0, i64 0
  %144 = load float, ptr %143, align 4
  %145 = fpext float %144 to double
  %146 = getelementptr inbounds %struct.F4, ptr %14, i32 0, i32 1
  %147 = getelementptr inbounds [2 x float], ptr %146, i64 0, i64 1
  %148 = load float, ptr %147, align 4
  %149 = fpext float %148 to double
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %137, double noundef %141, double noundef %145, double noundef %149)
  %151 = getelementptr inbounds %struct.Nested, ptr %17, i32 0, i32 0
  %152 = getelementptr inbounds %struct.D2, ptr %151, i32 0, i32 0
  store double 2.500000e+00, ptr %152, align 8
  %153 = getelementptr inbounds %struct.D2, ptr %151, i32 0, i32 1
  store double 3.500000e+00, ptr %153, align 8
  %154 = getelementptr inbounds %struct.Nested, ptr %17, i32 0, i32 0
  %155 = load [2 x double], ptr %154, align 8
  %156 = call %struct.Nested @nest_conj([2 x double] alignstack(8) %155)
  %157 = getelementptr inbounds %struct.Nested, ptr %16, i32 0, i32 0
  %158 = extractvalue %struct.Nested %156, 0
  store %struct.D2 %158, ptr %157, align 8
  %159 = getelementptr inbounds %struct.Nested, ptr %16, i32 0, i32 0
  %160 = getelementptr inbounds %struct.D2, ptr %159, i32 0, i32 0
  %161 = load double, ptr %160, align 8
  %162 = getelementptr inbounds %struct.Nested, ptr %16, i32 0, i32 0
  %163 = getelementptr inbounds %struct.D2, ptr %162, i32 0, i32 1
  %164 = load double, ptr %163, align 8
  %165 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %161, double noundef %164)
  %166 = call [2 x i64] @fd_make(float noundef 1.250000e+00, double noundef -8.500000e+00)
  store [2 x i64] %166, ptr %18, align 8
  %167 = getelementptr inbounds %struct.FD, ptr %18, i32 0, i32 0
  %168 = load float, ptr %167, align 8
  %169 = fpext float %168 to double
  %170 = getelementptr inbounds %struct.FD, ptr %18, i32 0, i32 1
  %171 = load double, ptr %170, align 8
  %172 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %169, double noundef %171, i64 noundef 16)
  %173 = getelementptr inbounds %struct.D2, ptr %19, i32 0, i32 0
  store double 1.000000e+00, ptr %173, align 8
  %174 = getelementptr inbounds %struct.D2, ptr %19, i32 0, i32 1
  store double 2.000000e+00, ptr %174, align 8
  %175 = getelementptr inbounds %struct.D2, ptr %20, i32 0, i32 0
  store double 3.000000e+00, ptr %175, align 8
  %176 = getelementptr inbounds %struct.D2, ptr %20, i32 0, i32 1
  store double 4.000000e+00, ptr %176, align 8
  %177 = getelementptr inbounds %struct.D2, ptr %21, i32 0, i32 0
  store double 5.000000e+00, ptr %177, align 8
  %178 = getelementptr inbounds %struct.D2, ptr %21, i32 0, i32 1
  store double 6.000000e+00, ptr %178, align 8
  %179 = getelementptr inbounds %struct.D2, ptr %22, i32 0, i32 0
  store double 7.000000e+00, ptr %179, align 8
  %180 = getelementptr inbounds %struct.D2, ptr %22, i32 0, i32 1
  store double 8.000000e+00, ptr %180, align 8
  %181 = getelementptr inbounds %struct.D2, ptr %23, i32 0, i32 0
  store double 9.000000e+00, ptr %181, align 8
  %182 = getelementptr inbounds %struct.D2, ptr %23, i32 0, i32 1
  store double 1.000000e+01, ptr %182, align 8
  %183 = load [2 x double], ptr %19, align 8
  %184 = load [2 x double], ptr %20, align 8
  %185 = load [2 x double], ptr %21, align 8
  %186 = load [2 x double], ptr %22, align 8
  %187 = load [2 x double], ptr %23, align 8
  %188 = call double @many_d2([2 x double] alignstack(8) %183, [2 x double] alignstack(8) %184, [2 x double] alignstack(8) %185, [2 x double] alignstack(8) %186, [2 x double] alignstack(8) %187)
  %189 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %188)
  store i32 0, ptr %25, align 4
  br label %190

190:                                              ; preds = %204, %93
  %191 = load i32, ptr %25, align 4
  %192 = icmp slt i32 %191, 5
  br i1 %192, label %193, label %207

193:                                              ; preds = %190
  %194 = load i32, ptr %25, align 4
  %195 = sext i32 %194 to i64
  %196 = getelementptr inbounds [5 x %struct.D2], ptr %24, i64 0, i64 %195
  %197 = getelementptr inbounds %struct.D2, ptr %26, i32 0, i32 0
  %198 = load i32, ptr %25, align 4
  %199 = sitofp i32 %198 to double
  store double %199, ptr %197, align 8
  %200 = getelementptr inbounds %struct.D2, ptr %26, i32 0, i32 1
  %201 = load i32, ptr %25, align 4
  %202 = sub nsw i32 0, %201
  %203 = sitofp i32 %202 to double
  store double %203, ptr %200, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %196, ptr align 8 %26, i64 16, i1 false)
  br label %204

204:                                              ; preds = %193
  %205 = load i32, ptr %25, align 4
  %206 = add nsw i32 %205, 1
  store i32 %206, ptr %25, align 4
  br label %190, !llvm.loop !8

207:                                              ; preds = %190
  call void @llvm.memset.p0.i64(ptr align 8 %27, i8 0, i64 16, i1 false)
  store i32 0, ptr %28, align 4
  br label %208

208:                                              ; preds = %228, %207
  %209 = load i32, ptr %28, align 4
  %210 = icmp slt i32 %209, 5
  br i1 %210, label %211, label %231

211:                                              ; preds = %208
  %212 = load i32, ptr %28, align 4
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [5 x %struct.D2], ptr %24, i64 0, i64 %213
  %215 = getelementptr inbounds %struct.D2, ptr %214, i32 0, i32 0
  %216 = load double, ptr %215, align 8
  %217 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 0
  %218 = load double, ptr %217, align 8
  %219 = fadd double %218, %216
  store double %219, ptr %217, align 8
  %220 = load i32, ptr %28, align 4
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds [5 x %struct.D2], ptr %24, i64 0, i64 %221
  %223 = getelementptr inbounds %struct.D2, ptr %222, i32 0, i32 1
  %224 = load double, ptr %223, align 8
  %225 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 1
  %226 = load double, ptr %225, align 8
  %227 = fadd double %226, %224
  store double %227, ptr %225, align 8
  br label %228

228:                                              ; preds = %211
  %229 = load i32, ptr %28, align 4
  %230 = add nsw i32 %229, 1
  store i32 %230, ptr %28, align 4
  br label %208, !llvm.loop !9

231:                                              ; preds = %208
  %232 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 0
  %233 = load double, ptr %232, align 8
  %234 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 1
  %235 = load double, ptr %234, align 8
  %236 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %233, double noundef %235)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
