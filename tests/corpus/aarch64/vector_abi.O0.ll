; ModuleID = 'vector_abi.c'
source_filename = "vector_abi.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.pair4 = type { <4 x float>, <4 x float> }
%struct.one4 = type { <4 x float> }
%struct.tagged = type { <4 x i32>, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@.str = private unnamed_addr constant [5 x i8] c"add4\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"mul_add4\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"div2: %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"mix_int\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bytes_rev:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %u\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"shorts:\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.9 = private unnamed_addr constant [15 x i8] c"small2: %g %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"small4: %d %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"wide8:\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c" %g\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"wide4d: %g %g %g %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"pair.a\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"pair.b\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"wrap\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"tagged\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"tag: %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"many\00", align 1
@.str.20 = private unnamed_addr constant [7 x i8] c"sum_va\00", align 1
@.str.21 = private unnamed_addr constant [8 x i8] c"sum_va9\00", align 1
@.str.22 = private unnamed_addr constant [18 x i8] c"sum_va_mixed: %g\0A\00", align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"apply\00", align 1
@.str.24 = private unnamed_addr constant [7 x i8] c"apply2\00", align 1
@.str.25 = private unnamed_addr constant [8 x i8] c"fib_vec\00", align 1
@.str.26 = private unnamed_addr constant [17 x i8] c"%s: %g %g %g %g\0A\00", align 1
@.str.27 = private unnamed_addr constant [17 x i8] c"%s: %d %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @mul_add4(<4 x float> noundef %0, <4 x float> noundef %1, <4 x float> noundef %2) #0 {
  %4 = alloca <4 x float>, align 16
  %5 = alloca <4 x float>, align 16
  %6 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %4, align 16
  store <4 x float> %1, ptr %5, align 16
  store <4 x float> %2, ptr %6, align 16
  %7 = load <4 x float>, ptr %4, align 16
  %8 = load <4 x float>, ptr %5, align 16
  %9 = load <4 x float>, ptr %6, align 16
  %10 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %7, <4 x float> %8, <4 x float> %9)
  ret <4 x float> %10
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x double> @div2(<2 x double> noundef %0, <2 x double> noundef %1) #0 {
  %3 = alloca <2 x double>, align 16
  %4 = alloca <2 x double>, align 16
  store <2 x double> %0, ptr %3, align 16
  store <2 x double> %1, ptr %4, align 16
  %5 = load <2 x double>, ptr %3, align 16
  %6 = load <2 x double>, ptr %4, align 16
  %7 = fdiv <2 x double> %5, %6
  ret <2 x double> %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x i32> @mix_int(i32 noundef %0, <4 x i32> noundef %1, double noundef %2, <2 x i64> noundef %3, i64 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca <4 x i32>, align 16
  %8 = alloca double, align 8
  %9 = alloca <2 x i64>, align 16
  %10 = alloca i64, align 8
  store i32 %0, ptr %6, align 4
  store <4 x i32> %1, ptr %7, align 16
  store double %2, ptr %8, align 8
  store <2 x i64> %3, ptr %9, align 16
  store i64 %4, ptr %10, align 8
  %11 = load <4 x i32>, ptr %7, align 16
  %12 = load i32, ptr %6, align 4
  %13 = insertelement <4 x i32> poison, i32 %12, i64 0
  %14 = shufflevector <4 x i32> %13, <4 x i32> poison, <4 x i32> zeroinitializer
  %15 = mul <4 x i32> %11, %14
  %16 = load <2 x i64>, ptr %9, align 16
  %17 = bitcast <2 x i64> %16 to <4 x i32>
  %18 = add <4 x i32> %15, %17
  %19 = load double, ptr %8, align 8
  %20 = fptosi double %19 to i32
  %21 = insertelement <4 x i32> poison, i32 %20, i64 0
  %22 = shufflevector <4 x i32> %21, <4 x i32> poison, <4 x i32> zeroinitializer
  %23 = add <4 x i32> %18, %22
  %24 = load i64, ptr %10, align 8
  %25 = trunc i64 %24 to i32
  %26 = insertelement <4 x i32> poison, i32 %25, i64 0
  %27 = shufflevector <4 x i32> %26, <4 x i32> poison, <4 x i32> zeroinitializer
  %28 = add <4 x i32> %23, %27
  ret <4 x i32> %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <16 x i8> @bytes_rev(<16 x i8> noundef %0) #0 {
  %2 = alloca <16 x i8>, align 16
  %3 = alloca <16 x i8>, align 16
  %4 = alloca i32, align 4
  store <16 x i8> %0, ptr %2, align 16
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %19, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 16
  br i1 %7, label %8, label %22

8:                                                ; preds = %5
  %9 = load <16 x i8>, ptr %2, align 16
  %10 = load i32, ptr %4, align 4
  %11 = sub nsw i32 15, %10
  %12 = extractelement <16 x i8> %9, i32 %11
  %13 = zext i8 %12 to i32
  %14 = add nsw i32 %13, 1
  %15 = trunc i32 %14 to i8
  %16 = load i32, ptr %4, align 4
  %17 = load <16 x i8>, ptr %3, align 16
  %18 = insertelement <16 x i8> %17, i8 %15, i32 %16
  store <16 x i8> %18, ptr %3, align 16
  br label %19

19:                                               ; preds = %8
  %20 = load i32, ptr %4, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4
  br label %5, !llvm.loop !6

22:                                               ; preds = %5
  %23 = load <16 x i8>, ptr %3, align 16
  ret <16 x i8> %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x i16> @shorts(<8 x i16> noundef %0, <8 x i16> noundef %1) #0 {
  %3 = alloca <8 x i16>, align 16
  %4 = alloca <8 x i16>, align 16
  store <8 x i16> %0, ptr %3, align 16
  store <8 x i16> %1, ptr %4, align 16
  %5 = load <8 x i16>, ptr %3, align 16
  %6 = shl <8 x i16> %5, <i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1>
  %7 = load <8 x i16>, ptr %4, align 16
  %8 = sub <8 x i16> %6, %7
  ret <8 x i16> %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <2 x float> @small2(<2 x float> noundef %0, <2 x float> noundef %1) #0 {
  %3 = alloca <2 x float>, align 8
  %4 = alloca <2 x float>, align 8
  store <2 x float> %0, ptr %3, align 8
  store <2 x float> %1, ptr %4, align 8
  %5 = load <2 x float>, ptr %3, align 8
  %6 = load <2 x float>, ptr %4, align 8
  %7 = fmul <2 x float> %5, %6
  ret <2 x float> %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x i16> @small4(<4 x i16> noundef %0) #0 {
  %2 = alloca <4 x i16>, align 8
  store <4 x i16> %0, ptr %2, align 8
  %3 = load <4 x i16>, ptr %2, align 8
  %4 = load <4 x i16>, ptr %2, align 8
  %5 = add <4 x i16> %3, %4
  ret <4 x i16> %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @wide8(ptr dead_on_unwind noalias writable sret(<8 x float>) align 16 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca <8 x float>, align 16
  %5 = alloca <8 x float>, align 16
  %6 = load <8 x float>, ptr %1, align 16
  %7 = load <8 x float>, ptr %2, align 16
  store <8 x float> %6, ptr %4, align 16
  store <8 x float> %7, ptr %5, align 16
  %8 = load <8 x float>, ptr %4, align 16
  %9 = load <8 x float>, ptr %5, align 16
  %10 = fsub <8 x float> %8, %9
  store <8 x float> %10, ptr %0, align 16
  %11 = load <8 x float>, ptr %0, align 16
  store <8 x float> %11, ptr %0, align 16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @wide4d(ptr dead_on_unwind noalias writable sret(<4 x double>) align 16 %0, ptr noundef %1) #0 {
  %3 = alloca <4 x double>, align 16
  %4 = load <4 x double>, ptr %1, align 16
  store <4 x double> %4, ptr %3, align 16
  %5 = load <4 x double>, ptr %3, align 16
  %6 = fmul <4 x double> %5, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  store <4 x double> %6, ptr %0, align 16
  %7 = load <4 x double>, ptr %0, align 16
  store <4 x double> %7, ptr %0, align 16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.pair4 @swap_pair([2 x <4 x float>] alignstack(16) %0) #0 {
  %2 = alloca %struct.pair4, align 16
  %3 = alloca %struct.pair4, align 16
  store [2 x <4 x float>] %0, ptr %3, align 16
  %4 = getelementptr inbounds %struct.pair4, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds %struct.pair4, ptr %3, i32 0, i32 1
  %6 = load <4 x float>, ptr %5, align 16
  %7 = fadd <4 x float> %6, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %7, ptr %4, align 16
  %8 = getelementptr inbounds %struct.pair4, ptr %2, i32 0, i32 1
  %9 = getelementptr inbounds %struct.pair4, ptr %3, i32 0, i32 0
  %10 = load <4 x float>, ptr %9, align 16
  %11 = fsub <4 x float> %10, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %11, ptr %8, align 16
  %12 = load %struct.pair4, ptr %2, align 16
  ret %struct.pair4 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.one4 @wrap(<4 x float> noundef %0) #0 {
  %2 = alloca %struct.one4, align 16
  %3 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
  %4 = getelementptr inbounds %struct.one4, ptr %2, i32 0, i32 0
  %5 = load <4 x float>, ptr %3, align 16
  %6 = load <4 x float>, ptr %3, align 16
  %7 = fmul <4 x float> %5, %6
  store <4 x float> %7, ptr %4, align 16
  %8 = load %struct.one4, ptr %2, align 16
  ret %struct.one4 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @tag_it(ptr dead_on_unwind noalias writable sret(%struct.tagged) align 16 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  store ptr %1, ptr %3, align 8
  %4 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 1
  %5 = load i32, ptr %4, align 16
  %6 = insertelement <4 x i32> poison, i32 %5, i64 0
  %7 = shufflevector <4 x i32> %6, <4 x i32> poison, <4 x i32> zeroinitializer
  %8 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 0
  %9 = load <4 x i32>, ptr %8, align 16
  %10 = add <4 x i32> %9, %7
  store <4 x i32> %10, ptr %8, align 16
  %11 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 1
  %12 = load i32, ptr %11, align 16
  %13 = mul nsw i32 %12, 2
  store i32 %13, ptr %11, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %0, ptr align 16 %1, i64 32, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @many(<4 x float> noundef %0, <4 x float> noundef %1, <4 x float> noundef %2, <4 x float> noundef %3, <4 x float> noundef %4, double noundef %5, <4 x float> noundef %6, <4 x float> noundef %7, <4 x float> noundef %8, i32 noundef %9, <4 x float> noundef %10, <4 x float> noundef %11) #0 {
  %13 = alloca <4 x float>, align 16
  %14 = alloca <4 x float>, align 16
  %15 = alloca <4 x float>, align 16
  %16 = alloca <4 x float>, align 16
  %17 = alloca <4 x float>, align 16
  %18 = alloca double, align 8
  %19 = alloca <4 x float>, align 16
  %20 = alloca <4 x float>, align 16
  %21 = alloca <4 x float>, align 16
  %22 = alloca i32, align 4
  %23 = alloca <4 x float>, align 16
  %24 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %13, align 16
  store <4 x float> %1, ptr %14, align 16
  store <4 x float> %2, ptr %15, align 16
  store <4 x float> %3, ptr %16, align 16
  store <4 x float> %4, ptr %17, align 16
  store double %5, ptr %18, align 8
  store <4 x float> %6, ptr %19, align 16
  store <4 x float> %7, ptr %20, align 16
  store <4 x float> %8, ptr %21, align 16
  store i32 %9, ptr %22, align 4
  store <4 x float> %10, ptr %23, align 16
  store <4 x float> %11, ptr %24, align 16
  %25 = load <4 x float>, ptr %13, align 16
  %26 = load <4 x float>, ptr %14, align 16
  %27 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %26, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <4 x float> %25)
  %28 = load <4 x float>, ptr %15, align 16
  %29 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %28, <4 x float> <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>, <4 x float> %27)
  %30 = load <4 x float>, ptr %16, align 16
  %31 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %30, <4 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <4 x float> %29)
  %32 = load <4 x float>, ptr %17, align 16
  %33 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %32, <4 x float> <float 5.000000e+00, float 5.000000e+00, float 5.000000e+00, float 5.000000e+00>, <4 x float> %31)
  %34 = load <4 x float>, ptr %19, align 16
  %35 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %34, <4 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <4 x float> %33)
  %36 = load <4 x float>, ptr %20, align 16
  %37 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %36, <4 x float> <float 7.000000e+00, float 7.000000e+00, float 7.000000e+00, float 7.000000e+00>, <4 x float> %35)
  %38 = load <4 x float>, ptr %21, align 16
  %39 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %38, <4 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <4 x float> %37)
  %40 = load <4 x float>, ptr %23, align 16
  %41 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %40, <4 x float> <float 9.000000e+00, float 9.000000e+00, float 9.000000e+00, float 9.000000e+00>, <4 x float> %39)
  %42 = load <4 x float>, ptr %24, align 16
  %43 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %42, <4 x float> <float 1.000000e+01, float 1.000000e+01, float 1.000000e+01, float 1.000000e+01>, <4 x float> %41)
  %44 = load double, ptr %18, align 8
  %45 = fptrunc double %44 to float
  %46 = insertelement <4 x float> poison, float %45, i64 0
  %47 = shufflevector <4 x float> %46, <4 x float> poison, <4 x i32> zeroinitializer
  %48 = fadd <4 x float> %43, %47
  %49 = load i32, ptr %22, align 4
  %50 = sitofp i32 %49 to float
  %51 = insertelement <4 x float> poison, float %50, i64 0
  %52 = shufflevector <4 x float> %51, <4 x float> poison, <4 x i32> zeroinitializer
  %53 = fadd <4 x float> %48, %52
  ret <4 x float> %53
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @sum_va(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca <4 x float>, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store <4 x float> zeroinitializer, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %32, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %35

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 4
  %12 = load i32, ptr %11, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = add i32 %12, 16
  store i32 %15, ptr %11, align 4
  %16 = icmp sle i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 2
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 %12
  br label %27

21:                                               ; preds = %14, %10
  %22 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 15
  %25 = call ptr @llvm.ptrmask.p0.i64(ptr %24, i64 -16)
  %26 = getelementptr inbounds i8, ptr %25, i64 16
  store ptr %26, ptr %22, align 8
  br label %27

27:                                               ; preds = %21, %17
  %28 = phi ptr [ %20, %17 ], [ %25, %21 ]
  %29 = load <4 x float>, ptr %28, align 16
  %30 = load <4 x float>, ptr %4, align 16
  %31 = fadd <4 x float> %30, %29
  store <4 x float> %31, ptr %4, align 16
  br label %32

32:                                               ; preds = %27
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %6, !llvm.loop !8

35:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %36 = load <4 x float>, ptr %4, align 16
  ret <4 x float> %36
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sum_va_mixed(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca <2 x double>, align 16
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %58, %1
  %9 = load i32, ptr %5, align 4
  %10 = load i32, ptr %2, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %61

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
  %31 = load <2 x double>, ptr %30, align 16
  store <2 x double> %31, ptr %6, align 16
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
  %49 = load <2 x double>, ptr %6, align 16
  %50 = extractelement <2 x double> %49, i32 0
  %51 = load i32, ptr %7, align 4
  %52 = sitofp i32 %51 to double
  %53 = load <2 x double>, ptr %6, align 16
  %54 = extractelement <2 x double> %53, i32 1
  %55 = call double @llvm.fmuladd.f64(double %50, double %52, double %54)
  %56 = load double, ptr %4, align 8
  %57 = fadd double %56, %55
  store double %57, ptr %4, align 8
  br label %58

58:                                               ; preds = %46
  %59 = load i32, ptr %5, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %5, align 4
  br label %8, !llvm.loop !9

61:                                               ; preds = %8
  call void @llvm.va_end.p0(ptr %3)
  %62 = load double, ptr %4, align 8
  ret double %62
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @apply(ptr noundef %0, <4 x float> noundef %1, <4 x float> noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca <4 x float>, align 16
  %6 = alloca <4 x float>, align 16
  store ptr %0, ptr %4, align 8
  store <4 x float> %1, ptr %5, align 16
  store <4 x float> %2, ptr %6, align 16
  %7 = load ptr, ptr %4, align 8
  %8 = load <4 x float>, ptr %5, align 16
  %9 = load <4 x float>, ptr %6, align 16
  %10 = call <4 x float> %7(<4 x float> noundef %8, <4 x float> noundef %9)
  ret <4 x float> %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x i32> @fib_vec(i32 noundef %0, <4 x i32> noundef %1) #0 {
  %3 = alloca <4 x i32>, align 16
  %4 = alloca i32, align 4
  %5 = alloca <4 x i32>, align 16
  %6 = alloca <4 x i32>, align 16
  store i32 %0, ptr %4, align 4
  store <4 x i32> %1, ptr %5, align 16
  %7 = load i32, ptr %4, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %11

9:                                                ; preds = %2
  %10 = load <4 x i32>, ptr %5, align 16
  store <4 x i32> %10, ptr %3, align 16
  br label %22

11:                                               ; preds = %2
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %6, align 16
  %12 = load i32, ptr %4, align 4
  %13 = sub nsw i32 %12, 1
  %14 = load <4 x i32>, ptr %5, align 16
  %15 = load <4 x i32>, ptr %6, align 16
  %16 = load i32, ptr %4, align 4
  %17 = insertelement <4 x i32> poison, i32 %16, i64 0
  %18 = shufflevector <4 x i32> %17, <4 x i32> poison, <4 x i32> zeroinitializer
  %19 = mul <4 x i32> %15, %18
  %20 = add <4 x i32> %14, %19
  %21 = call <4 x i32> @fib_vec(i32 noundef %13, <4 x i32> noundef %20)
  store <4 x i32> %21, ptr %3, align 16
  br label %22

22:                                               ; preds = %11, %9
  %23 = load <4 x i32>, ptr %3, align 16
  ret <4 x i32> %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca <4 x float>, align 16
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  %5 = alloca <2 x double>, align 16
  %6 = alloca <2 x double>, align 16
  %7 = alloca <2 x double>, align 16
  %8 = alloca <4 x i32>, align 16
  %9 = alloca <2 x i64>, align 16
  %10 = alloca <16 x i8>, align 16
  %11 = alloca <16 x i8>, align 16
  %12 = alloca i32, align 4
  %13 = alloca <8 x i16>, align 16
  %14 = alloca <8 x i16>, align 16
  %15 = alloca <8 x i16>, align 16
  %16 = alloca i32, align 4
  %17 = alloca <2 x float>, align 8
  %18 = alloca <2 x float>, align 8
  %19 = alloca <2 x float>, align 8
  %20 = alloca <4 x i16>, align 8
  %21 = alloca <4 x i16>, align 8
  %22 = alloca <8 x float>, align 16
  %23 = alloca <8 x float>, align 16
  %24 = alloca <8 x float>, align 16
  %25 = alloca <8 x float>, align 16
  %26 = alloca <8 x float>, align 16
  %27 = alloca <8 x float>, align 16
  %28 = alloca i32, align 4
  %29 = alloca <4 x double>, align 16
  %30 = alloca <4 x double>, align 16
  %31 = alloca <4 x double>, align 16
  %32 = alloca <4 x double>, align 16
  %33 = alloca %struct.pair4, align 16
  %34 = alloca %struct.pair4, align 16
  %35 = alloca %struct.one4, align 16
  %36 = alloca %struct.tagged, align 16
  %37 = alloca %struct.tagged, align 16
  %38 = alloca %struct.tagged, align 16
  %39 = alloca <4 x float>, align 16
  %40 = alloca <2 x double>, align 16
  %41 = alloca <2 x double>, align 16
  %42 = alloca <2 x double>, align 16
  %43 = alloca <4 x i32>, align 16
  store i32 0, ptr %1, align 4
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %2, align 16
  store <4 x float> <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, ptr %3, align 16
  store <4 x float> <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, ptr %4, align 16
  %44 = load <4 x float>, ptr %2, align 16
  %45 = load <4 x float>, ptr %3, align 16
  %46 = call <4 x float> @add4(<4 x float> noundef %44, <4 x float> noundef %45)
  call void @p4f(ptr noundef @.str, <4 x float> noundef %46)
  %47 = load <4 x float>, ptr %2, align 16
  %48 = load <4 x float>, ptr %3, align 16
  %49 = load <4 x float>, ptr %4, align 16
  %50 = call <4 x float> @mul_add4(<4 x float> noundef %47, <4 x float> noundef %48, <4 x float> noundef %49)
  call void @p4f(ptr noundef @.str.1, <4 x float> noundef %50)
  store <2 x double> <double 3.000000e+00, double 9.000000e+00>, ptr %6, align 16
  %51 = load <2 x double>, ptr %6, align 16
  store <2 x double> <double 2.000000e+00, double -4.000000e+00>, ptr %7, align 16
  %52 = load <2 x double>, ptr %7, align 16
  %53 = call <2 x double> @div2(<2 x double> noundef %51, <2 x double> noundef %52)
  store <2 x double> %53, ptr %5, align 16
  %54 = load <2 x double>, ptr %5, align 16
  %55 = extractelement <2 x double> %54, i32 0
  %56 = load <2 x double>, ptr %5, align 16
  %57 = extractelement <2 x double> %56, i32 1
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %55, double noundef %57)
  store <4 x i32> <i32 1, i32 -2, i32 3, i32 -4>, ptr %8, align 16
  %59 = load <4 x i32>, ptr %8, align 16
  store <2 x i64> <i64 5, i64 -6>, ptr %9, align 16
  %60 = load <2 x i64>, ptr %9, align 16
  %61 = call <4 x i32> @mix_int(i32 noundef 3, <4 x i32> noundef %59, double noundef 7.500000e+00, <2 x i64> noundef %60, i64 noundef 100)
  call void @p4i(ptr noundef @.str.3, <4 x i32> noundef %61)
  store <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 -1>, ptr %11, align 16
  %62 = load <16 x i8>, ptr %11, align 16
  %63 = call <16 x i8> @bytes_rev(<16 x i8> noundef %62)
  store <16 x i8> %63, ptr %10, align 16
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  store i32 0, ptr %12, align 4
  br label %65

65:                                               ; preds = %74, %0
  %66 = load i32, ptr %12, align 4
  %67 = icmp slt i32 %66, 16
  br i1 %67, label %68, label %77

68:                                               ; preds = %65
  %69 = load <16 x i8>, ptr %10, align 16
  %70 = load i32, ptr %12, align 4
  %71 = extractelement <16 x i8> %69, i32 %70
  %72 = zext i8 %71 to i32
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %72)
  br label %74

74:                                               ; preds = %68
  %75 = load i32, ptr %12, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %12, align 4
  br label %65, !llvm.loop !10

77:                                               ; preds = %65
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <8 x i16> <i16 1, i16 2, i16 3, i16 4, i16 -5, i16 -6, i16 7, i16 8>, ptr %14, align 16
  %79 = load <8 x i16>, ptr %14, align 16
  store <8 x i16> <i16 8, i16 7, i16 6, i16 5, i16 4, i16 3, i16 2, i16 1>, ptr %15, align 16
  %80 = load <8 x i16>, ptr %15, align 16
  %81 = call <8 x i16> @shorts(<8 x i16> noundef %79, <8 x i16> noundef %80)
  store <8 x i16> %81, ptr %13, align 16
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.7)
  store i32 0, ptr %16, align 4
  br label %83

83:                                               ; preds = %92, %77
  %84 = load i32, ptr %16, align 4
  %85 = icmp slt i32 %84, 8
  br i1 %85, label %86, label %95

86:                                               ; preds = %83
  %87 = load <8 x i16>, ptr %13, align 16
  %88 = load i32, ptr %16, align 4
  %89 = extractelement <8 x i16> %87, i32 %88
  %90 = sext i16 %89 to i32
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %90)
  br label %92

92:                                               ; preds = %86
  %93 = load i32, ptr %16, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %16, align 4
  br label %83, !llvm.loop !11

95:                                               ; preds = %83
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <2 x float> <float 1.500000e+00, float -2.000000e+00>, ptr %18, align 8
  %97 = load <2 x float>, ptr %18, align 8
  store <2 x float> <float 4.000000e+00, float 2.500000e-01>, ptr %19, align 8
  %98 = load <2 x float>, ptr %19, align 8
  %99 = call <2 x float> @small2(<2 x float> noundef %97, <2 x float> noundef %98)
  store <2 x float> %99, ptr %17, align 8
  %100 = load <2 x float>, ptr %17, align 8
  %101 = extractelement <2 x float> %100, i32 0
  %102 = fpext float %101 to double
  %103 = load <2 x float>, ptr %17, align 8
  %104 = extractelement <2 x float> %103, i32 1
  %105 = fpext float %104 to double
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %102, double noundef %105)
  store <4 x i16> <i16 1, i16 -2, i16 300, i16 -400>, ptr %21, align 8
  %107 = load <4 x i16>, ptr %21, align 8
  %108 = call <4 x i16> @small4(<4 x i16> noundef %107)
  store <4 x i16> %108, ptr %20, align 8
  %109 = load <4 x i16>, ptr %20, align 8
  %110 = extractelement <4 x i16> %109, i32 0
  %111 = sext i16 %110 to i32
  %112 = load <4 x i16>, ptr %20, align 8
  %113 = extractelement <4 x i16> %112, i32 1
  %114 = sext i16 %113 to i32
  %115 = load <4 x i16>, ptr %20, align 8
  %116 = extractelement <4 x i16> %115, i32 2
  %117 = sext i16 %116 to i32
  %118 = load <4 x i16>, ptr %20, align 8
  %119 = extractelement <4 x i16> %118, i32 3
  %120 = sext i16 %119 to i32
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %111, i32 noundef %114, i32 noundef %117, i32 noundef %120)
  store <8 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00, float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %23, align 16
  %122 = load <8 x float>, ptr %23, align 16
  store <8 x float> <float 8.000000e+00, float 7.000000e+00, float 6.000000e+00, float 5.000000e+00, float 4.000000e+00, float 3.000000e+00, float 2.000000e+00, float 1.000000e+00>, ptr %24, align 16
  %123 = load <8 x float>, ptr %24, align 16
  store <8 x float> %122, ptr %26, align 16
  store <8 x float> %123, ptr %27, align 16
  call void @wide8(ptr dead_on_unwind writable sret(<8 x float>) align 16 %25, ptr noundef %26, ptr noundef %27)
  %124 = load <8 x float>, ptr %25, align 16
  store <8 x float> %124, ptr %22, align 16
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.11)
  store i32 0, ptr %28, align 4
  br label %126

126:                                              ; preds = %135, %95
  %127 = load i32, ptr %28, align 4
  %128 = icmp slt i32 %127, 8
  br i1 %128, label %129, label %138

129:                                              ; preds = %126
  %130 = load <8 x float>, ptr %22, align 16
  %131 = load i32, ptr %28, align 4
  %132 = extractelement <8 x float> %130, i32 %131
  %133 = fpext float %132 to double
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %133)
  br label %135

135:                                              ; preds = %129
  %136 = load i32, ptr %28, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %28, align 4
  br label %126, !llvm.loop !12

138:                                              ; preds = %126
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <4 x double> <double 1.500000e+00, double -2.000000e+00, double 3.000000e+00, double 2.500000e-01>, ptr %30, align 16
  %140 = load <4 x double>, ptr %30, align 16
  store <4 x double> %140, ptr %32, align 16
  call void @wide4d(ptr dead_on_unwind writable sret(<4 x double>) align 16 %31, ptr noundef %32)
  %141 = load <4 x double>, ptr %31, align 16
  store <4 x double> %141, ptr %29, align 16
  %142 = load <4 x double>, ptr %29, align 16
  %143 = extractelement <4 x double> %142, i32 0
  %144 = load <4 x double>, ptr %29, align 16
  %145 = extractelement <4 x double> %144, i32 1
  %146 = load <4 x double>, ptr %29, align 16
  %147 = extractelement <4 x double> %146, i32 2
  %148 = load <4 x double>, ptr %29, align 16
  %149 = extractelement <4 x double> %148, i32 3
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %143, double noundef %145, double noundef %147, double noundef %149)
  %151 = getelementptr inbounds %struct.pair4, ptr %34, i32 0, i32 0
  %152 = load <4 x float>, ptr %2, align 16
  store <4 x float> %152, ptr %151, align 16
  %153 = getelementptr inbounds %struct.pair4, ptr %34, i32 0, i32 1
  %154 = load <4 x float>, ptr %4, align 16
  store <4 x float> %154, ptr %153, align 16
  %155 = load [2 x <4 x float>], ptr %34, align 16
  %156 = call %struct.pair4 @swap_pair([2 x <4 x float>] alignstack(16) %155)
  %157 = getelementptr inbounds %struct.pair4, ptr %33, i32 0, i32 0
  %158 = extractvalue %struct.pair4 %156, 0
  store <4 x float> %158, ptr %157, align 16
  %159 = getelementptr inbounds %struct.pair4, ptr %33, i32 0, i32 1
  %160 = extractvalue %struct.pair4 %156, 1
  store <4 x float> %160, ptr %159, align 16
  %161 = getelementptr inbounds %struct.pair4, ptr %33, i32 0, i32 0
  %162 = load <4 x float>, ptr %161, align 16
  call void @p4f(ptr noundef @.str.14, <4 x float> noundef %162)
  %163 = getelementptr inbounds %struct.pair4, ptr %33, i32 0, i32 1
  %164 = load <4 x float>, ptr %163, align 16
  call void @p4f(ptr noundef @.str.15, <4 x float> noundef %164)
  %165 = load <4 x float>, ptr %3, align 16
  %166 = call %struct.one4 @wrap(<4 x float> noundef %165)
  %167 = getelementptr inbounds %struct.one4, ptr %35, i32 0, i32 0
  %168 = extractvalue %struct.one4 %166, 0
  store <4 x float> %168, ptr %167, align 16
  %169 = getelementptr inbounds %struct.one4, ptr %35, i32 0, i32 0
  %170 = load <4 x float>, ptr %169, align 16
  call void @p4f(ptr noundef @.str.16, <4 x float> noundef %170)
  %171 = getelementptr inbounds %struct.tagged, ptr %37, i32 0, i32 0
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %171, align 16
  %172 = getelementptr inbounds %struct.tagged, ptr %37, i32 0, i32 1
  store i32 5, ptr %172, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %38, ptr align 16 %37, i64 32, i1 false)
  call void @tag_it(ptr dead_on_unwind writable sret(%struct.tagged) align 16 %36, ptr noundef %38)
  %173 = getelementptr inbounds %struct.tagged, ptr %36, i32 0, i32 0
  %174 = load <4 x i32>, ptr %173, align 16
  call void @p4i(ptr noundef @.str.17, <4 x i32> noundef %174)
  %175 = getelementptr inbounds %struct.tagged, ptr %36, i32 0, i32 1
  %176 = load i32, ptr %175, align 16
  %177 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %176)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %39, align 16
  %178 = load <4 x float>, ptr %39, align 16
  %179 = load <4 x float>, ptr %39, align 16
  %180 = load <4 x float>, ptr %39, align 16
  %181 = load <4 x float>, ptr %39, align 16
  %182 = load <4 x float>, ptr %39, align 16
  %183 = load <4 x float>, ptr %39, align 16
  %184 = load <4 x float>, ptr %39, align 16
  %185 = load <4 x float>, ptr %39, align 16
  %186 = load <4 x float>, ptr %39, align 16
  %187 = load <4 x float>, ptr %3, align 16
  %188 = call <4 x float> @many(<4 x float> noundef %178, <4 x float> noundef %179, <4 x float> noundef %180, <4 x float> noundef %181, <4 x float> noundef %182, double noundef 5.000000e-01, <4 x float> noundef %183, <4 x float> noundef %184, <4 x float> noundef %185, i32 noundef 7, <4 x float> noundef %186, <4 x float> noundef %187)
  call void @p4f(ptr noundef @.str.19, <4 x float> noundef %188)
  %189 = load <4 x float>, ptr %2, align 16
  %190 = load <4 x float>, ptr %3, align 16
  %191 = load <4 x float>, ptr %4, align 16
  %192 = call <4 x float> (i32, ...) @sum_va(i32 noundef 3, <4 x float> noundef %189, <4 x float> noundef %190, <4 x float> noundef %191)
  call void @p4f(ptr noundef @.str.20, <4 x float> noundef %192)
  %193 = load <4 x float>, ptr %2, align 16
  %194 = load <4 x float>, ptr %3, align 16
  %195 = load <4 x float>, ptr %4, align 16
  %196 = load <4 x float>, ptr %2, align 16
  %197 = load <4 x float>, ptr %3, align 16
  %198 = load <4 x float>, ptr %4, align 16
  %199 = load <4 x float>, ptr %2, align 16
  %200 = load <4 x float>, ptr %3, align 16
  %201 = load <4 x float>, ptr %4, align 16
  %202 = call <4 x float> (i32, ...) @sum_va(i32 noundef 9, <4 x float> noundef %193, <4 x float> noundef %194, <4 x float> noundef %195, <4 x float> noundef %196, <4 x float> noundef %197, <4 x float> noundef %198, <4 x float> noundef %199, <4 x float> noundef %200, <4 x float> noundef %201)
  call void @p4f(ptr noundef @.str.21, <4 x float> noundef %202)
  store <2 x double> <double 1.000000e+00, double 2.000000e+00>, ptr %40, align 16
  %203 = load <2 x double>, ptr %40, align 16
  store <2 x double> <double 4.000000e+00, double 5.000000e+00>, ptr %41, align 16
  %204 = load <2 x double>, ptr %41, align 16
  store <2 x double> <double -1.000000e+00, double 5.000000e-01>, ptr %42, align 16
  %205 = load <2 x double>, ptr %42, align 16
  %206 = call double (i32, ...) @sum_va_mixed(i32 noundef 3, <2 x double> noundef %203, i32 noundef 3, <2 x double> noundef %204, i32 noundef 6, <2 x double> noundef %205, i32 noundef 2)
  %207 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, double noundef %206)
  %208 = load <4 x float>, ptr %2, align 16
  %209 = load <4 x float>, ptr %4, align 16
  %210 = call <4 x float> @apply(ptr noundef @add4, <4 x float> noundef %208, <4 x float> noundef %209)
  call void @p4f(ptr noundef @.str.23, <4 x float> noundef %210)
  %211 = load <4 x float>, ptr %3, align 16
  %212 = load <4 x float>, ptr %3, align 16
  %213 = call <4 x float> @apply(ptr noundef @add4, <4 x float> noundef %211, <4 x float> noundef %212)
  call void @p4f(ptr noundef @.str.24, <4 x float> noundef %213)
  store <4 x i32> zeroinitializer, ptr %43, align 16
  %214 = load <4 x i32>, ptr %43, align 16
  %215 = call <4 x i32> @fib_vec(i32 noundef 10, <4 x i32> noundef %214)
  call void @p4i(ptr noundef @.str.25, <4 x i32> noundef %215)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @p4f(ptr noundef %0, <4 x float> noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca <4 x float>, align 16
  store ptr %0, ptr %3, align 8
  store <4 x float> %1, ptr %4, align 16
  %5 = load ptr, ptr %3, align 8
  %6 = load <4 x float>, ptr %4, align 16
  %7 = extractelement <4 x float> %6, i32 0
  %8 = fpext float %7 to double
  %9 = load <4 x float>, ptr %4, align 16
  %10 = extractelement <4 x float> %9, i32 1
  %11 = fpext float %10 to double
  %12 = load <4 x float>, ptr %4, align 16
  %13 = extractelement <4 x float> %12, i32 2
  %14 = fpext float %13 to double
  %15 = load <4 x float>, ptr %4, align 16
  %16 = extractelement <4 x float> %15, i32 3
  %17 = fpext float %16 to double
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.26, ptr noundef %5, double noundef %8, double noundef %11, double noundef %14, double noundef %17)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal <4 x float> @add4(<4 x float> noundef %0, <4 x float> noundef %1) #0 {
  %3 = alloca <4 x float>, align 16
  %4 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
  store <4 x float> %1, ptr %4, align 16
  %5 = load <4 x float>, ptr %3, align 16
  %6 = load <4 x float>, ptr %4, align 16
  %7 = fadd <4 x float> %5, %6
  ret <4 x float> %7
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @p4i(ptr noundef %0, <4 x i32> noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca <4 x i32>, align 16
  store ptr %0, ptr %3, align 8
  store <4 x i32> %1, ptr %4, align 16
  %5 = load ptr, ptr %3, align 8
  %6 = load <4 x i32>, ptr %4, align 16
  %7 = extractelement <4 x i32> %6, i32 0
  %8 = load <4 x i32>, ptr %4, align 16
  %9 = extractelement <4 x i32> %8, i32 1
  %10 = load <4 x i32>, ptr %4, align 16
  %11 = extractelement <4 x i32> %10, i32 2
  %12 = load <4 x i32>, ptr %4, align 16
  %13 = extractelement <4 x i32> %12, i32 3
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.27, ptr noundef %5, i32 noundef %7, i32 noundef %9, i32 noundef %11, i32 noundef %13)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
