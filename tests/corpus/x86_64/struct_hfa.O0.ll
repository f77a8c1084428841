; ModuleID = 'struct_hfa.c'
source_filename = "struct_hfa.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
define dso_local { <2 x float>, float } @f3_cross(<2 x float> %0, float %1, <2 x float> %2, float %3) #0 {
  %5 = alloca %struct.F3, align 4
  %6 = alloca %struct.F3, align 4
  %7 = alloca { <2 x float>, float }, align 4
  %8 = alloca %struct.F3, align 4
  %9 = alloca { <2 x float>, float }, align 4
  %10 = alloca { <2 x float>, float }, align 8
  %11 = getelementptr inbounds { <2 x float>, float }, ptr %7, i32 0, i32 0
  store <2 x float> %0, ptr %11, align 4
  %12 = getelementptr inbounds { <2 x float>, float }, ptr %7, i32 0, i32 1
  store float %1, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 12, i1 false)
  %13 = getelementptr inbounds { <2 x float>, float }, ptr %9, i32 0, i32 0
  store <2 x float> %2, ptr %13, align 4
  %14 = getelementptr inbounds { <2 x float>, float }, ptr %9, i32 0, i32 1
  store float %3, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 12, i1 false)
  %15 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 0
  %16 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 1
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 2
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 2
  %21 = load float, ptr %20, align 4
  %22 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 1
  %23 = load float, ptr %22, align 4
  %24 = fmul float %21, %23
  %25 = fneg float %24
  %26 = call float @llvm.fmuladd.f32(float %17, float %19, float %25)
  store float %26, ptr %15, align 4
  %27 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 1
  %28 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 2
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 0
  %31 = load float, ptr %30, align 4
  %32 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 0
  %33 = load float, ptr %32, align 4
  %34 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 2
  %35 = load float, ptr %34, align 4
  %36 = fmul float %33, %35
  %37 = fneg float %36
  %38 = call float @llvm.fmuladd.f32(float %29, float %31, float %37)
  store float %38, ptr %27, align 4
  %39 = getelementptr inbounds %struct.F3, ptr %5, i32 0, i32 2
  %40 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 0
  %41 = load float, ptr %40, align 4
  %42 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 1
  %43 = load float, ptr %42, align 4
  %44 = getelementptr inbounds %struct.F3, ptr %6, i32 0, i32 1
  %45 = load float, ptr %44, align 4
  %46 = getelementptr inbounds %struct.F3, ptr %8, i32 0, i32 0
  %47 = load float, ptr %46, align 4
  %48 = fmul float %45, %47
  %49 = fneg float %48
  %50 = call float @llvm.fmuladd.f32(float %41, float %43, float %49)
  store float %50, ptr %39, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %5, i64 12, i1 false)
  %51 = load { <2 x float>, float }, ptr %10, align 8
  ret { <2 x float>, float } %51
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @cmul(double %0, double %1, double %2, double %3) #3 {
  %5 = alloca %struct.D2, align 8
  %6 = alloca %struct.D2, align 8
  %7 = alloca %struct.D2, align 8
  %8 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 0
  store double %0, ptr %8, align 8
  %9 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 1
  store double %1, ptr %9, align 8
  %10 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  store double %2, ptr %10, align 8
  %11 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  store double %3, ptr %11, align 8
  %12 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 0
  %13 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 0
  %16 = load double, ptr %15, align 8
  %17 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 1
  %18 = load double, ptr %17, align 8
  %19 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 1
  %20 = load double, ptr %19, align 8
  %21 = fmul double %18, %20
  %22 = fneg double %21
  %23 = call double @llvm.fmuladd.f64(double %14, double %16, double %22)
  store double %23, ptr %12, align 8
  %24 = getelementptr inbounds %struct.D2, ptr %5, i32 0, i32 1
  %25 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 0
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 1
  %28 = load double, ptr %27, align 8
  %29 = getelementptr inbounds %struct.D2, ptr %6, i32 0, i32 1
  %30 = load double, ptr %29, align 8
  %31 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 0
  %32 = load double, ptr %31, align 8
  %33 = fmul double %30, %32
  %34 = call double @llvm.fmuladd.f64(double %26, double %28, double %33)
  store double %34, ptr %24, align 8
  %35 = load { double, double }, ptr %5, align 8
  ret { double, double } %35
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @d4_scale(ptr dead_on_unwind noalias writable sret(%struct.D4) align 8 %0, ptr noundef byval(%struct.D4) align 8 %1, double noundef %2) #3 {
  %4 = alloca double, align 8
  store double %2, ptr %4, align 8
  %5 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 0
  %6 = getelementptr inbounds %struct.D4, ptr %1, i32 0, i32 0
  %7 = load double, ptr %6, align 8
  %8 = load double, ptr %4, align 8
  %9 = fmul double %7, %8
  store double %9, ptr %5, align 8
  %10 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 1
  %11 = getelementptr inbounds %struct.D4, ptr %1, i32 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = load double, ptr %4, align 8
  %14 = fmul double %12, %13
  store double %14, ptr %10, align 8
  %15 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 2
  %16 = getelementptr inbounds %struct.D4, ptr %1, i32 0, i32 2
  %17 = load double, ptr %16, align 8
  %18 = load double, ptr %4, align 8
  %19 = fmul double %17, %18
  store double %19, ptr %15, align 8
  %20 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 3
  %21 = getelementptr inbounds %struct.D4, ptr %1, i32 0, i32 3
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %4, align 8
  %24 = fmul double %22, %23
  store double %24, ptr %20, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @d4_sum(ptr noundef byval(%struct.D4) align 8 %0) #3 {
  %2 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 0
  %3 = load double, ptr %2, align 8
  %4 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 1
  %5 = load double, ptr %4, align 8
  %6 = fadd double %3, %5
  %7 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = fadd double %6, %8
  %10 = getelementptr inbounds %struct.D4, ptr %0, i32 0, i32 3
  %11 = load double, ptr %10, align 8
  %12 = fadd double %9, %11
  ret double %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { <2 x float>, <2 x float> } @f4_swap(<2 x float> %0, <2 x float> %1) #0 {
  %3 = alloca %struct.F4, align 4
  %4 = alloca %struct.F4, align 4
  %5 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 0
  store <2 x float> %0, ptr %5, align 4
  %6 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 1
  store <2 x float> %1, ptr %6, align 4
  %7 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 0
  %8 = getelementptr inbounds %struct.F4, ptr %4, i32 0, i32 1
  %9 = getelementptr inbounds [2 x float], ptr %8, i64 0, i64 0
  %10 = load float, ptr %9, align 4
  store float %10, ptr %7, align 4
  %11 = getelementptr inbounds float, ptr %7, i64 1
  %12 = getelementptr inbounds %struct.F4, ptr %4, i32 0, i32 1
  %13 = getelementptr inbounds [2 x float], ptr %12, i64 0, i64 1
  %14 = load float, ptr %13, align 4
  store float %14, ptr %11, align 4
  %15 = getelementptr inbounds %struct.F4, ptr %3, i32 0, i32 1
  %16 = getelementptr inbounds %struct.F4, ptr %4, i32 0, i32 0
  %17 = getelementptr inbounds [2 x float], ptr %16, i64 0, i64 0
  %18 = load float, ptr %17, align 4
  store float %18, ptr %15, align 4
  %19 = getelementptr inbounds float, ptr %15, i64 1
  %20 = getelementptr inbounds %struct.F4, ptr %4, i32 0, i32 0
  %21 = getelementptr inbounds [2 x float], ptr %20, i64 0, i64 1
  %22 = load float, ptr %21, align 4
  store float %22, ptr %19, align 4
  %23 = load { <2 x float>, <2 x float> }, ptr %3, align 4
  ret { <2 x float>, <2 x float> } %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { double, double } @nest_conj(double %0, double %1) #3 {
  %3 = alloca %struct.Nested, align 8
  %4 = alloca %struct.Nested, align 8
  %5 = getelementptr inbounds { double, double }, ptr %4, i32 0, i32 0
  store double %0, ptr %5, align 8
  %6 = getelementptr inbounds { double, double }, ptr %4, i32 0, i32 1
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds %struct.Nested, ptr %4, i32 0, i32 0
  %8 = getelementptr inbounds %struct.D2, ptr %7, i32 0, i32 1
  %9 = load double, ptr %8, align 8
  %10 = fneg double %9
  %11 = getelementptr inbounds %struct.Nested, ptr %4, i32 0, i32 0
  %12 = getelementptr inbounds %struct.D2, ptr %11, i32 0, i32 1
  store double %10, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false)
  %13 = getelementptr inbounds %struct.Nested, ptr %3, i32 0, i32 0
  %14 = load { double, double }, ptr %13, align 8
  ret { double, double } %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { float, double } @fd_make(float noundef %0, double noundef %1) #3 {
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
  %10 = load { float, double }, ptr %3, align 8
  ret { float, double } %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @many_d2(double %0, double %1, double %2, double %3, double %4, double %5, double %6, double %7, ptr noundef byval(%struct.D2) align 8 %8) #3 {
  %10 = alloca %struct.D2, align 8
  %11 = alloca %struct.D2, align 8
  %12 = alloca %struct.D2, align 8
  %13 = alloca %struct.D2, align 8
  %14 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 0
  store double %0, ptr %14, align 8
  %15 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 1
  store double %1, ptr %15, align 8
  %16 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  store double %2, ptr %16, align 8
  %17 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  store double %3, ptr %17, align 8
  %18 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 0
  store double %4, ptr %18, align 8
  %19 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 1
  store double %5, ptr %19, align 8
  %20 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 0
  store double %6, ptr %20, align 8
  %21 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 1
  store double %7, ptr %21, align 8
  %22 = getelementptr inbounds %struct.D2, ptr %10, i32 0, i32 0
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds %struct.D2, ptr %11, i32 0, i32 0
  %25 = load double, ptr %24, align 8
  %26 = fadd double %23, %25
  %27 = getelementptr inbounds %struct.D2, ptr %12, i32 0, i32 0
  %28 = load double, ptr %27, align 8
  %29 = fadd double %26, %28
  %30 = getelementptr inbounds %struct.D2, ptr %13, i32 0, i32 0
  %31 = load double, ptr %30, align 8
  %32 = fadd double %29, %31
  %33 = getelementptr inbounds %struct.D2, ptr %8, i32 0, i32 0
  %34 = load double, ptr %33, align 8
  %35 = fadd double %32, %34
  %36 = getelementptr inbounds %struct.D2, ptr %10, i32 0, i32 1
  %37 = load double, ptr %36, align 8
  %38 = getelementptr inbounds %struct.D2, ptr %8, i32 0, i32 1
  %39 = load double, ptr %38, align 8
  %40 = call double @llvm.fmuladd.f64(double %37, double %39, double %35)
  ret double %40
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.F3, align 4
  %3 = alloca %struct.F3, align 4
  %4 = alloca %struct.F3, align 4
  %5 = alloca { <2 x float>, float }, align 4
  %6 = alloca { <2 x float>, float }, align 4
  %7 = alloca { <2 x float>, float }, align 8
  %8 = alloca %struct.F3, align 4
  %9 = alloca %struct.F3, align 4
  %10 = alloca %struct.F3, align 4
  %11 = alloca { <2 x float>, float }, align 4
  %12 = alloca { <2 x float>, float }, align 4
  %13 = alloca { <2 x float>, float }, align 8
  %14 = alloca %struct.D2, align 8
  %15 = alloca %struct.D2, align 8
  %16 = alloca i32, align 4
  %17 = alloca %struct.D2, align 8
  %18 = alloca %struct.D4, align 8
  %19 = alloca %struct.D4, align 8
  %20 = alloca %struct.F4, align 4
  %21 = alloca %struct.F4, align 4
  %22 = alloca %struct.Nested, align 8
  %23 = alloca %struct.Nested, align 8
  %24 = alloca %struct.FD, align 8
  %25 = alloca %struct.D2, align 8
  %26 = alloca %struct.D2, align 8
  %27 = alloca %struct.D2, align 8
  %28 = alloca %struct.D2, align 8
  %29 = alloca %struct.D2, align 8
  %30 = alloca [5 x %struct.D2], align 16
  %31 = alloca i32, align 4
  %32 = alloca %struct.D2, align 8
  %33 = alloca %struct.D2, align 8
  %34 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %35 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 0
  store float 1.000000e+00, ptr %35, align 4
  %36 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 1
  store float 0.000000e+00, ptr %36, align 4
  %37 = getelementptr inbounds %struct.F3, ptr %3, i32 0, i32 2
  store float 0.000000e+00, ptr %37, align 4
  %38 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 0
  store float 0.000000e+00, ptr %38, align 4
  %39 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 1
  store float 1.000000e+00, ptr %39, align 4
  %40 = getelementptr inbounds %struct.F3, ptr %4, i32 0, i32 2
  store float 0.000000e+00, ptr %40, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %3, i64 12, i1 false)
  %41 = getelementptr inbounds { <2 x float>, float }, ptr %5, i32 0, i32 0
  %42 = load <2 x float>, ptr %41, align 4
  %43 = getelementptr inbounds { <2 x float>, float }, ptr %5, i32 0, i32 1
  %44 = load float, ptr %43, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %4, i64 12, i1 false)
  %45 = getelementptr inbounds { <2 x float>, float }, ptr %6, i32 0, i32 0
  %46 = load <2 x float>, ptr %45, align 4
  %47 = getelementptr inbounds { <2 x float>, float }, ptr %6, i32 0, i32 1
  %48 = load float, ptr %47, align 4
  %49 = call { <2 x float>, float } @f3_cross(<2 x float> %42, float %44, <2 x float> %46, float %48)
  store { <2 x float>, float } %49, ptr %7, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 8 %7, i64 12, i1 false)
  %50 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 0
  %51 = load float, ptr %50, align 4
  %52 = fpext float %51 to double
  %53 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 1
  %54 = load float, ptr %53, align 4
  %55 = fpext float %54 to double
  %56 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 2
  %57 = load float, ptr %56, align 4
  %58 = fpext float %57 to double
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %52, double noundef %55, double noundef %58)
  %60 = getelementptr inbounds %struct.F3, ptr %9, i32 0, i32 0
  store float 2.000000e+00, ptr %60, align 4
  %61 = getelementptr inbounds %struct.F3, ptr %9, i32 0, i32 1
  store float 3.000000e+00, ptr %61, align 4
  %62 = getelementptr inbounds %struct.F3, ptr %9, i32 0, i32 2
  store float 4.000000e+00, ptr %62, align 4
  %63 = getelementptr inbounds %struct.F3, ptr %10, i32 0, i32 0
  store float 5.000000e+00, ptr %63, align 4
  %64 = getelementptr inbounds %struct.F3, ptr %10, i32 0, i32 1
  store float 6.000000e+00, ptr %64, align 4
  %65 = getelementptr inbounds %struct.F3, ptr %10, i32 0, i32 2
  store float 7.000000e+00, ptr %65, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %11, ptr align 4 %9, i64 12, i1 false)
  %66 = getelementptr inbounds { <2 x float>, float }, ptr %11, i32 0, i32 0
  %67 = load <2 x float>, ptr %66, align 4
  %68 = getelementptr inbounds { <2 x float>, float }, ptr %11, i32 0, i32 1
  %69 = load float, ptr %68, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %10, i64 12, i1 false)
  %70 = getelementptr inbounds { <2 x float>, float }, ptr %12, i32 0, i32 0
  %71 = load <2 x float>, ptr %70, align 4
  %72 = getelementptr inbounds { <2 x float>, float }, ptr %12, i32 0, i32 1
  %73 = load float, ptr %72, align 4
  %74 = call { <2 x float>, float } @f3_cross(<2 x float> %67, float %69, <2 x float> %71, float %73)
  store { <2 x float>, float } %74, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 8 %13, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %8, i64 12, i1 false)
  %75 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 0
  %76 = load float, ptr %75, align 4
  %77 = fpext float %76 to double
  %78 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 1
  %79 = load float, ptr %78, align 4
  %80 = fpext float %79 to double
  %81 = getelementptr inbounds %struct.F3, ptr %2, i32 0, i32 2
  %82 = load float, ptr %81, align 4
  %83 = fpext float %82 to double
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %77, double noundef %80, double noundef %83)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 @__const.main.z, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.main.acc, i64 16, i1 false)
  store i32 0, ptr %16, align 4
  br label %85

85:                                               ; preds = %102, %0
  %86 = load i32, ptr %16, align 4
  %87 = icmp slt i32 %86, 8
  br i1 %87, label %88, label %105

88:                                               ; preds = %85
  %89 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 0
  %90 = load double, ptr %89, align 8
  %91 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 1
  %92 = load double, ptr %91, align 8
  %93 = getelementptr inbounds { double, double }, ptr %14, i32 0, i32 0
  %94 = load double, ptr %93, align 8
  %95 = getelementptr inbounds { double, double }, ptr %14, i32 0, i32 1
  %96 = load double, ptr %95, align 8
  %97 = call { double, double } @cmul(double %90, double %92, double %94, double %96)
  %98 = getelementptr inbounds { double, double }, ptr %17, i32 0, i32 0
  %99 = extractvalue { double, double } %97, 0
  store double %99, ptr %98, align 8
  %100 = getelementptr inbounds { double, double }, ptr %17, i32 0, i32 1
  %101 = extractvalue { double, double } %97, 1
  store double %101, ptr %100, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %17, i64 16, i1 false)
  br label %102

102:                                              ; preds = %88
  %103 = load i32, ptr %16, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %16, align 4
  br label %85, !llvm.loop !6

105:                                              ; preds = %85
  %106 = getelementptr inbounds %struct.D2, ptr %15, i32 0, i32 0
  %107 = load double, ptr %106, align 8
  %108 = getelementptr inbounds %struct.D2, ptr %15, i32 0, i32 1
  %109 = load double, ptr %108, align 8
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %107, double noundef %109)
  %111 = getelementptr inbounds %struct.D4, ptr %19, i32 0, i32 0
  store double 1.000000e+00, ptr %111, align 8
  %112 = getelementptr inbounds %struct.D4, ptr %19, i32 0, i32 1
  store double 2.000000e+00, ptr %112, align 8
  %113 = getelementptr inbounds %struct.D4, ptr %19, i32 0, i32 2
  store double 3.000000e+00, ptr %113, align 8
  %114 = getelementptr inbounds %struct.D4, ptr %19, i32 0, i32 3
  store double 4.000000e+00, ptr %114, align 8
  call void @d4_scale(ptr dead_on_unwind writable sret(%struct.D4) align 8 %18, ptr noundef byval(%struct.D4) align 8 %19, double noundef 5.000000e-01)
  %115 = getelementptr inbounds %struct.D4, ptr %18, i32 0, i32 0
  %116 = load double, ptr %115, align 8
  %117 = getelementptr inbounds %struct.D4, ptr %18, i32 0, i32 1
  %118 = load double, ptr %117, align 8
  %119 = getelementptr inbounds %struct.D4, ptr %18, i32 0, i32 2
  %120 = load double, ptr %119, align 8
  %121 = getelementptr inbounds %struct.D4, ptr %18, i32 0, i32 3
  %122 = load double, ptr %121, align 8
  %123 = call double @d4_sum(ptr noundef byval(%struct.D4) align 8 %18)
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %116, double noundef %118, double noundef %120, double noundef %122, double noundef %123)
  %125 = getelementptr inbounds %struct.F4, ptr %21, i32 0, i32 0
  store float 1.000000e+00, ptr %125, align 4
  %126 = getelementptr inbounds float, ptr %125, i64 1
  store float 2.000000e+00, ptr %126, align 4
  %127 = getelementptr inbounds %struct.F4, ptr %21, i32 0, i32 1
  store float 3.000000e+00, ptr %127, align 4
  %128 = getelementptr inbounds float, ptr %127, i64 1
  store float 4.000000e+00, ptr %128, align 4
  %129 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %21, i32 0, i32 0
  %130 = load <2 x float>, ptr %129, align 4
  %131 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %21, i32 0, i32 1
  %132 = load <2 x float>, ptr %131, align 4
  %133 = call { <2 x float>, <2 x float> } @f4_swap(<2 x float> %130, <2 x float> %132)
  %134 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %20, i32 0, i32 0
  %135 = extractvalue { <2 x float>, <2 x float> } %133, 0
  store <2 x float> %135, ptr %134, align 4
  %136 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %20, i32 0, i32 1
  %137 = extractvalue { <2 x float>, <2 x float> } %133, 1
  store <2 x float> %137, ptr %136, align 4
  %138 = getelementptr inbounds %struct.F4, ptr %20, i32 0, i32 0
  %139 = getelementptr inbounds [2 x float], ptr %138, i64 0, i64 0
  %140 = load float, ptr %139, align 4
  %141 = fpext float %140 to double
  %142 = getelementptr inbounds %struct.F4, ptr %20, i32 0, i32 0
  %143 = getelementptr inbounds [2 x float], ptr %142, i64 0, i64 1
  %144 = load float, ptr %143, align 4
  %145 = fpext float %144 to double
  %146 = getelementptr inbounds %struct.F4, ptr %20, i32 0, i32 1
  %147 = getelementptr inbounds [2 x float], ptr %146, i64 0, i64 0
  %148 = load float, ptr %147, align 4
  %149 = fpext float %148 to double
  %150 = getelementptr inbounds %struct.F4, ptr %20, i32 0, i32 1
  %151 = getelementptr inbounds [2 x float], ptr %150, i64 0, i64 1
  %152 = load float, ptr %151, align 4
  %153 = fpext float %152 to double
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %141, double noundef %145, double noundef %149, double noundef %153)
  %155 = getelementptr inbounds %struct.Nested, ptr %23, i32 0, i32 0
  %156 = getelementptr inbounds %struct.D2, ptr %155, i32 0, i32 0
  store double 2.500000e+00, ptr %156, align 8
  %157 = getelementptr inbounds %struct.D2, ptr %155, i32 0, i32 1
  store double 3.500000e+00, ptr %157, align 8
  %158 = getelementptr inbounds { double, double }, ptr %23, i32 0, i32 0
  %159 = load double, ptr %158, align 8
  %160 = getelementptr inbounds { double, double }, ptr %23, i32 0, i32 1
  %161 = load double, ptr %160, align 8
  %162 = call { double, double } @nest_conj(double %159, double %161)
  %163 = getelementptr inbounds %struct.Nested, ptr %22, i32 0, i32 0
  %164 = getelementptr inbounds { double, double }, ptr %163, i32 0, i32 0
  %165 = extractvalue { double, double } %162, 0
  store double %165, ptr %164, align 8
  %166 = getelementptr inbounds { double, double }, ptr %163, i32 0, i32 1
  %167 = extractvalue { double, double } %162, 1
  store double %167, ptr %166, align 8
  %168 = getelementptr inbounds %struct.Nested, ptr %22, i32 0, i32 0
  %169 = getelementptr inbounds %struct.D2, ptr %168, i32 0, i32 0
  %170 = load double, ptr %169, align 8
  %171 = getelementptr inbounds %struct.Nested, ptr %22, i32 0, i32 0
  %172 = getelementptr inbounds %struct.D2, ptr %171, i32 0, i32 1
  %173 = load double, ptr %172, align 8
  %174 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %170, double noundef %173)
  %175 = call { float, double } @fd_make(float noundef 1.250000e+00, double noundef -8.500000e+00)
  %176 = getelementptr inbounds { float, double }, ptr %24, i32 0, i32 0
  %177 = extractvalue { float, double } %175, 0
  store float %177, ptr %176, align 8
  %178 = getelementptr inbounds { float, double }, ptr %24, i32 0, i32 1
  %179 = extractvalue { float, double } %175, 1
  store double %179, ptr %178, align 8
  %180 = getelementptr inbounds %struct.FD, ptr %24, i32 0, i32 0
  %181 = load float, ptr %180, align 8
  %182 = fpext float %181 to double
  %183 = getelementptr inbounds %struct.FD, ptr %24, i32 0, i32 1
  %184 = load double, ptr %183, align 8
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %182, double noundef %184, i64 noundef 16)
  %186 = getelementptr inbounds %struct.D2, ptr %25, i32 0, i32 0
  store double 1.000000e+00, ptr %186, align 8
  %187 = getelementptr inbounds %struct.D2, ptr %25, i32 0, i32 1
  store double 2.000000e+00, ptr %187, align 8
  %188 = getelementptr inbounds %struct.D2, ptr %26, i32 0, i32 0
  store double 3.000000e+00, ptr %188, align 8
  %189 = getelementptr inbounds %struct.D2, ptr %26, i32 0, i32 1
  store double 4.000000e+00, ptr %189, align 8
  %190 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 0
  store double 5.000000e+00, ptr %190, align 8
  %191 = getelementptr inbounds %struct.D2, ptr %27, i32 0, i32 1
  store double 6.000000e+00, ptr %191, align 8
  %192 = getelementptr inbounds %struct.D2, ptr %28, i32 0, i32 0
  store double 7.000000e+00, ptr %192, align 8
  %193 = getelementptr inbounds %struct.D2, ptr %28, i32 0, i32 1
  store double 8.000000e+00, ptr %193, align 8
  %194 = getelementptr inbounds %struct.D2, ptr %29, i32 0, i32 0
  store double 9.000000e+00, ptr %194, align 8
  %195 = getelementptr inbounds %struct.D2, ptr %29, i32 0, i32 1
  store double 1.000000e+01, ptr %195, align 8
  %196 = getelementptr inbounds { double, double }, ptr %25, i32 0, i32 0
  %197 = load double, ptr %196, align 8
  %198 = getelementptr inbounds { double, double }, ptr %25, i32 0, i32 1
  %199 = load double, ptr %198, align 8
  %200 = getelementptr inbounds { double, double }, ptr %26, i32 0, i32 0
  %201 = load double, ptr %200, align 8
  %202 = getelementptr inbounds { double, double }, ptr %26, i32 0, i32 1
  %203 = load double, ptr %202, align 8
  %204 = getelementptr inbounds { double, double }, ptr %27, i32 0, i32 0
  %205 = load double, ptr %204, align 8
  %206 = getelementptr inbounds { double, double }, ptr %27, i32 0, i32 1
  %207 = load double, ptr %206, align 8
  %208 = getelementptr inbounds { double, double }, ptr %28, i32 0, i32 0
  %209 = load double, ptr %208, align 8
  %210 = getelementptr inbounds { double, double }, ptr %28, i32 0, i32 1
  %211 = load double, ptr %210, align 8
  %212 = call double @many_d2(double %197, double %199, double %201, double %203, double %205, double %207, double %209, double %211, ptr noundef byval(%struct.D2) align 8 %29)
  %213 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %212)
  store i32 0, ptr %31, align 4
  br label %214

214:                                              ; preds = %228, %105
  %215 = load i32, ptr %31, align 4
  %216 = icmp slt i32 %215, 5
  br i1 %216, label %217, label %231

217:                                              ; preds = %214
  %218 = load i32, ptr %31, align 4
  %219 = sext i32 %218 to i64
  %220 = getelementptr inbounds [5 x %struct.D2], ptr %30, i64 0, i64 %219
  %221 = getelementptr inbounds %struct.D2, ptr %32, i32 0, i32 0
  %222 = load i32, ptr %31, align 4
  %223 = sitofp i32 %222 to double
  store double %223, ptr %221, align 8
  %224 = getelementptr inbounds %struct.D2, ptr %32, i32 0, i32 1
  %225 = load i32, ptr %31, align 4
  %226 = sub nsw i32 0, %225
  %227 = sitofp i32 %226 to double
  store double %227, ptr %224, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %220, ptr align 8 %32, i64 16, i1 false)
  br label %228

228:                                              ; preds = %217
  %229 = load i32, ptr %31, align 4
  %230 = add nsw i32 %229, 1
  store i32 %230, ptr %31, align 4
  br label %214, !llvm.loop !8

231:                                              ; preds = %214
  call void @llvm.memset.p0.i64(ptr align 8 %33, i8 0, i64 16, i1 false)
  store i32 0, ptr %34, align 4
  br label %232

232:                                              ; preds = %252, %231
  %233 = load i32, ptr %34, align 4
  %234 = icmp slt i32 %233, 5
  br i1 %234, label %235, label %255

235:                                              ; preds = %232
  %236 = load i32, ptr %34, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [5 x %struct.D2], ptr %30, i64 0, i64 %237
  %239 = getelementptr inbounds %struct.D2, ptr %238, i32 0, i32 0
  %240 = load double, ptr %239, align 16
  %241 = getelementptr inbounds %struct.D2, ptr %33, i32 0, i32 0
  %242 = load double, ptr %241, align 8
  %243 = fadd double %242, %240
  store double %243, ptr %241, align 8
  %244 = load i32, ptr %34, align 4
  %245 = sext i32 %244 to i64
  %246 = getelementptr inbounds [5 x %struct.D2], ptr %30, i64 0, i64 %245
  %247 = getelementptr inbounds %struct.D2, ptr %246, i32 0, i32 1
  %248 = load double, ptr %247, align 8
  %249 = getelementptr inbounds %struct.D2, ptr %33, i32 0, i32 1
  %250 = load double, ptr %249, align 8
  %251 = fadd double %250, %248
  store double %251, ptr %249, align 8
  br label %252

252:                                              ; preds = %235
  %253 = load i32, ptr %34, align 4
  %254 = add nsw i32 %253, 1
  store i32 %254, ptr %34, align 4
  br label %232, !llvm.loop !9

255:                                              ; preds = %232
  %256 = getelementptr inbounds %struct.D2, ptr %33, i32 0, i32 0
  %257 = load double, ptr %256, align 8
  %258 = getelementptr inbounds %struct.D2, ptr %33, i32 0, i32 1
  %259 = load double, ptr %258, align 8
  %260 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %257, double noundef %259)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
