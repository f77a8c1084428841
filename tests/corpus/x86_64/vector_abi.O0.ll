; ModuleID = 'vector_abi.c'
source_filename = "vector_abi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair4 = type { <4 x float>, <4 x float> }
%struct.one4 = type { <4 x float> }
%struct.tagged = type { <4 x i32>, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

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
define dso_local double @small2(double noundef %0, double noundef %1) #2 {
  %3 = alloca <2 x float>, align 8
  %4 = alloca <2 x float>, align 8
  %5 = alloca <2 x float>, align 8
  %6 = alloca <2 x float>, align 8
  %7 = alloca <2 x float>, align 8
  store double %0, ptr %4, align 8
  %8 = load <2 x float>, ptr %4, align 8
  store double %1, ptr %5, align 8
  %9 = load <2 x float>, ptr %5, align 8
  store <2 x float> %8, ptr %6, align 8
  store <2 x float> %9, ptr %7, align 8
  %10 = load <2 x float>, ptr %6, align 8
  %11 = load <2 x float>, ptr %7, align 8
  %12 = fmul <2 x float> %10, %11
  store <2 x float> %12, ptr %3, align 8
  %13 = load double, ptr %3, align 8
  ret double %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @small4(double noundef %0) #2 {
  %2 = alloca <4 x i16>, align 8
  %3 = alloca <4 x i16>, align 8
  %4 = alloca <4 x i16>, align 8
  store double %0, ptr %3, align 8
  %5 = load <4 x i16>, ptr %3, align 8
  store <4 x i16> %5, ptr %4, align 8
  %6 = load <4 x i16>, ptr %4, align 8
  %7 = load <4 x i16>, ptr %4, align 8
  %8 = add <4 x i16> %6, %7
  store <4 x i16> %8, ptr %2, align 8
  %9 = load double, ptr %2, align 8
  ret double %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x float> @wide8(ptr noundef byval(<8 x float>) align 32 %0, ptr noundef byval(<8 x float>) align 32 %1) #3 {
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = load <8 x float>, ptr %0, align 32
  %6 = load <8 x float>, ptr %1, align 32
  store <8 x float> %5, ptr %3, align 32
  store <8 x float> %6, ptr %4, align 32
  %7 = load <8 x float>, ptr %3, align 32
  %8 = load <8 x float>, ptr %4, align 32
  %9 = fsub <8 x float> %7, %8
  ret <8 x float> %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x double> @wide4d(ptr noundef byval(<4 x double>) align 32 %0) #3 {
  %2 = alloca <4 x double>, align 32
  %3 = load <4 x double>, ptr %0, align 32
  store <4 x double> %3, ptr %2, align 32
  %4 = load <4 x double>, ptr %2, align 32
  %5 = fmul <4 x double> %4, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  ret <4 x double> %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @swap_pair(ptr dead_on_unwind noalias writable sret(%struct.pair4) align 16 %0, ptr noundef byval(%struct.pair4) align 16 %1) #2 {
  %3 = getelementptr inbounds %struct.pair4, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds %struct.pair4, ptr %1, i32 0, i32 1
  %5 = load <4 x float>, ptr %4, align 16
  %6 = fadd <4 x float> %5, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %6, ptr %3, align 16
  %7 = getelementptr inbounds %struct.pair4, ptr %0, i32 0, i32 1
  %8 = getelementptr inbounds %struct.pair4, ptr %1, i32 0, i32 0
  %9 = load <4 x float>, ptr %8, align 16
  %10 = fsub <4 x float> %9, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %10, ptr %7, align 16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <4 x float> @wrap(<4 x float> noundef %0) #0 {
  %2 = alloca %struct.one4, align 16
  %3 = alloca <4 x float>, align 16
  store <4 x float> %0, ptr %3, align 16
  %4 = getelementptr inbounds %struct.one4, ptr %2, i32 0, i32 0
  %5 = load <4 x float>, ptr %3, align 16
  %6 = load <4 x float>, ptr %3, align 16
  %7 = fmul <4 x float> %5, %6
  store <4 x float> %7, ptr %4, align 16
  %8 = getelementptr inbounds %struct.one4, ptr %2, i32 0, i32 0
  %9 = load <4 x float>, ptr %8, align 16
  ret <4 x float> %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @tag_it(ptr dead_on_unwind noalias writable sret(%struct.tagged) align 16 %0, ptr noundef byval(%struct.tagged) align 16 %1) #2 {
  %3 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 1
  %4 = load i32, ptr %3, align 16
  %5 = insertelement <4 x i32> poison, i32 %4, i64 0
  %6 = shufflevector <4 x i32> %5, <4 x i32> poison, <4 x i32> zeroinitializer
  %7 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 0
  %8 = load <4 x i32>, ptr %7, align 16
  %9 = add <4 x i32> %8, %6
  store <4 x i32> %9, ptr %7, align 16
  %10 = getelementptr inbounds %struct.tagged, ptr %1, i32 0, i32 1
  %11 = load i32, ptr %10, align 16
  %12 = mul nsw i32 %11, 2
  store i32 %12, ptr %10, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %0, ptr align 16 %1, i64 32, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

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
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca <4 x float>, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  store <4 x float> zeroinitializer, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %32, %1
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %35

11:                                               ; preds = %7
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %13 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = icmp ule i32 %14, 160
  br i1 %15, label %16, label %21

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 3
  %18 = load ptr, ptr %17, align 16
  %19 = getelementptr i8, ptr %18, i32 %14
  %20 = add i32 %14, 16
  store i32 %20, ptr %13, align 4
  br label %27

21:                                               ; preds = %11
  %22 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 15
  %25 = call ptr @llvm.ptrmask.p0.i64(ptr %24, i64 -16)
  %26 = getelementptr i8, ptr %25, i32 16
  store ptr %26, ptr %22, align 8
  br label %27

27:                                               ; preds = %21, %16
  %28 = phi ptr [ %19, %16 ], [ %25, %21 ]
  %29 = load <4 x float>, ptr %28, align 16
  %30 = load <4 x float>, ptr %4, align 16
  %31 = fadd <4 x float> %30, %29
  store <4 x float> %31, ptr %4, align 16
  br label %32

32:                                               ; preds = %27
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %7, !llvm.loop !8

35:                                               ; preds = %7
  %36 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %36)
  %37 = load <4 x float>, ptr %4, align 16
  ret <4 x float> %37
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #5

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @sum_va_mixed(i32 noundef %0, ...) #2 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca <2 x double>, align 16
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %8)
  store double 0.000000e+00, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %9

9:                                                ; preds = %57, %1
  %10 = load i32, ptr %5, align 4
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %60

13:                                               ; preds = %9
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %15 = getelementptr inbounds %struct.__va_list_tag, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = icmp ule i32 %16, 160
  br i1 %17, label %18, label %23

18:                                               ; preds = %13
  %19 = getelementptr inbounds %struct.__va_list_tag, ptr %14, i32 0, i32 3
  %20 = load ptr, ptr %19, align 16
  %21 = getelementptr i8, ptr %20, i32 %16
  %22 = add i32 %16, 16
  store i32 %22, ptr %15, align 4
  br label %29

23:                                               ; preds = %13
  %24 = getelementptr inbounds %struct.__va_list_tag, ptr %14, i32 0, i32 2
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds i8, ptr %25, i32 15
  %27 = call ptr @llvm.ptrmask.p0.i64(ptr %26, i64 -16)
  %28 = getelementptr i8, ptr %27, i32 16
  store ptr %28, ptr %24, align 8
  br label %29

29:                                               ; preds = %23, %18
  %30 = phi ptr [ %21, %18 ], [ %27, %23 ]
  %31 = load <2 x double>, ptr %30, align 16
  store <2 x double> %31, ptr %6, align 16
  %32 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %33 = getelementptr inbounds %struct.__va_list_tag, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 16
  %35 = icmp ule i32 %34, 40
  br i1 %35, label %36, label %41

36:                                               ; preds = %29
  %37 = getelementptr inbounds %struct.__va_list_tag, ptr %32, i32 0, i32 3
  %38 = load ptr, ptr %37, align 16
  %39 = getelementptr i8, ptr %38, i32 %34
  %40 = add i32 %34, 8
  store i32 %40, ptr %33, align 16
  br label %45

41:                                               ; preds = %29
  %42 = getelementptr inbounds %struct.__va_list_tag, ptr %32, i32 0, i32 2
  %43 = load ptr, ptr %42, align 8
  %44 = getelementptr i8, ptr %43, i32 8
  store ptr %44, ptr %42, align 8
  br label %45

45:                                               ; preds = %41, %36
  %46 = phi ptr [ %39, %36 ], [ %43, %41 ]
  %47 = load i32, ptr %46, align 4
  store i32 %47, ptr %7, align 4
  %48 = load <2 x double>, ptr %6, align 16
  %49 = extractelement <2 x double> %48, i32 0
  %50 = load i32, ptr %7, align 4
  %51 = sitofp i32 %50 to double
  %52 = load <2 x double>, ptr %6, align 16
  %53 = extractelement <2 x double> %52, i32 1
  %54 = call double @llvm.fmuladd.f64(double %49, double %51, double %53)
  %55 = load double, ptr %4, align 8
  %56 = fadd double %55, %54
  store double %56, ptr %4, align 8
  br label %57

57:                                               ; preds = %45
  %58 = load i32, ptr %5, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %5, align 4
  br label %9, !llvm.loop !9

60:                                               ; preds = %9
  %61 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %61)
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
define dso_local i32 @main() #3 {
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
  %20 = alloca <2 x float>, align 8
  %21 = alloca <2 x float>, align 8
  %22 = alloca <2 x float>, align 8
  %23 = alloca <4 x i16>, align 8
  %24 = alloca <4 x i16>, align 8
  %25 = alloca <4 x i16>, align 8
  %26 = alloca <4 x i16>, align 8
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca i32, align 4
  %33 = alloca <4 x double>, align 32
  %34 = alloca <4 x double>, align 32
  %35 = alloca <4 x double>, align 32
  %36 = alloca %struct.pair4, align 16
  %37 = alloca %struct.pair4, align 16
  %38 = alloca %struct.one4, align 16
  %39 = alloca %struct.tagged, align 16
  %40 = alloca %struct.tagged, align 16
  %41 = alloca <4 x float>, align 16
  %42 = alloca <2 x double>, align 16
  %43 = alloca <2 x double>, align 16
  %44 = alloca <2 x double>, align 16
  %45 = alloca <4 x i32>, align 16
  store i32 0, ptr %1, align 4
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %2, align 16
  store <4 x float> <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, ptr %3, align 16
  store <4 x float> <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, ptr %4, align 16
  %46 = load <4 x float>, ptr %2, align 16
  %47 = load <4 x float>, ptr %3, align 16
  %48 = call <4 x float> @add4(<4 x float> noundef %46, <4 x float> noundef %47)
  call void @p4f(ptr noundef @.str, <4 x float> noundef %48)
  %49 = load <4 x float>, ptr %2, align 16
  %50 = load <4 x float>, ptr %3, align 16
  %51 = load <4 x float>, ptr %4, align 16
  %52 = call <4 x float> @mul_add4(<4 x float> noundef %49, <4 x float> noundef %50, <4 x float> noundef %51)
  call void @p4f(ptr noundef @.str.1, <4 x float> noundef %52)
  store <2 x double> <double 3.000000e+00, double 9.000000e+00>, ptr %6, align 16
  %53 = load <2 x double>, ptr %6, align 16
  store <2 x double> <double 2.000000e+00, double -4.000000e+00>, ptr %7, align 16
  %54 = load <2 x double>, ptr %7, align 16
  %55 = call <2 x double> @div2(<2 x double> noundef %53, <2 x double> noundef %54)
  store <2 x double> %55, ptr %5, align 16
  %56 = load <2 x double>, ptr %5, align 16
  %57 = extractelement <2 x double> %56, i32 0
  %58 = load <2 x double>, ptr %5, align 16
  %59 = extractelement <2 x double> %58, i32 1
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %57, double noundef %59)
  store <4 x i32> <i32 1, i32 -2, i32 3, i32 -4>, ptr %8, align 16
  %61 = load <4 x i32>, ptr %8, align 16
  store <2 x i64> <i64 5, i64 -6>, ptr %9, align 16
  %62 = load <2 x i64>, ptr %9, align 16
  %63 = call <4 x i32> @mix_int(i32 noundef 3, <4 x i32> noundef %61, double noundef 7.500000e+00, <2 x i64> noundef %62, i64 noundef 100)
  call void @p4i(ptr noundef @.str.3, <4 x i32> noundef %63)
  store <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 -1>, ptr %11, align 16
  %64 = load <16 x i8>, ptr %11, align 16
  %65 = call <16 x i8> @bytes_rev(<16 x i8> noundef %64)
  store <16 x i8> %65, ptr %10, align 16
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  store i32 0, ptr %12, align 4
  br label %67

67:                                               ; preds = %76, %0
  %68 = load i32, ptr %12, align 4
  %69 = icmp slt i32 %68, 16
  br i1 %69, label %70, label %79

70:                                               ; preds = %67
  %71 = load <16 x i8>, ptr %10, align 16
  %72 = load i32, ptr %12, align 4
  %73 = extractelement <16 x i8> %71, i32 %72
  %74 = zext i8 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %74)
  br label %76

76:                                               ; preds = %70
  %77 = load i32, ptr %12, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %12, align 4
  br label %67, !llvm.loop !10

79:                                               ; preds = %67
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <8 x i16> <i16 1, i16 2, i16 3, i16 4, i16 -5, i16 -6, i16 7, i16 8>, ptr %14, align 16
  %81 = load <8 x i16>, ptr %14, align 16
  store <8 x i16> <i16 8, i16 7, i16 6, i16 5, i16 4, i16 3, i16 2, i16 1>, ptr %15, align 16
  %82 = load <8 x i16>, ptr %15, align 16
  %83 = call <8 x i16> @shorts(<8 x i16> noundef %81, <8 x i16> noundef %82)
  store <8 x i16> %83, ptr %13, align 16
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.7)
  store i32 0, ptr %16, align 4
  br label %85

85:                                               ; preds = %94, %79
  %86 = load i32, ptr %16, align 4
  %87 = icmp slt i32 %86, 8
  br i1 %87, label %88, label %97

88:                                               ; preds = %85
  %89 = load <8 x i16>, ptr %13, align 16
  %90 = load i32, ptr %16, align 4
  %91 = extractelement <8 x i16> %89, i32 %90
  %92 = sext i16 %91 to i32
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %92)
  br label %94

94:                                               ; preds = %88
  %95 = load i32, ptr %16, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %16, align 4
  br label %85, !llvm.loop !11

97:                                               ; preds = %85
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <2 x float> <float 1.500000e+00, float -2.000000e+00>, ptr %18, align 8
  %99 = load <2 x float>, ptr %18, align 8
  store <2 x float> <float 4.000000e+00, float 2.500000e-01>, ptr %19, align 8
  %100 = load <2 x float>, ptr %19, align 8
  store <2 x float> %99, ptr %20, align 8
  %101 = load double, ptr %20, align 8
  store <2 x float> %100, ptr %21, align 8
  %102 = load double, ptr %21, align 8
  %103 = call double @small2(double noundef %101, double noundef %102)
  store double %103, ptr %22, align 8
  %104 = load <2 x float>, ptr %22, align 8
  store <2 x float> %104, ptr %17, align 8
  %105 = load <2 x float>, ptr %17, align 8
  %106 = extractelement <2 x float> %105, i32 0
  %107 = fpext float %106 to double
  %108 = load <2 x float>, ptr %17, align 8
  %109 = extractelement <2 x float> %108, i32 1
  %110 = fpext float %109 to double
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %107, double noundef %110)
  store <4 x i16> <i16 1, i16 -2, i16 300, i16 -400>, ptr %24, align 8
  %112 = load <4 x i16>, ptr %24, align 8
  store <4 x i16> %112, ptr %25, align 8
  %113 = load double, ptr %25, align 8
  %114 = call double @small4(double noundef %113)
  store double %114, ptr %26, align 8
  %115 = load <4 x i16>, ptr %26, align 8
  store <4 x i16> %115, ptr %23, align 8
  %116 = load <4 x i16>, ptr %23, align 8
  %117 = extractelement <4 x i16> %116, i32 0
  %118 = sext i16 %117 to i32
  %119 = load <4 x i16>, ptr %23, align 8
  %120 = extractelement <4 x i16> %119, i32 1
  %121 = sext i16 %120 to i32
  %122 = load <4 x i16>, ptr %23, align 8
  %123 = extractelement <4 x i16> %122, i32 2
  %124 = sext i16 %123 to i32
  %125 = load <4 x i16>, ptr %23, align 8
  %126 = extractelement <4 x i16> %125, i32 3
  %127 = sext i16 %126 to i32
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %118, i32 noundef %121, i32 noundef %124, i32 noundef %127)
  store <8 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00, float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %28, align 32
  %129 = load <8 x float>, ptr %28, align 32
  store <8 x float> <float 8.000000e+00, float 7.000000e+00, float 6.000000e+00, float 5.000000e+00, float 4.000000e+00, float 3.000000e+00, float 2.000000e+00, float 1.000000e+00>, ptr %29, align 32
  %130 = load <8 x float>, ptr %29, align 32
  store <8 x float> %129, ptr %30, align 32
  store <8 x float> %130, ptr %31, align 32
  %131 = call <8 x float> @wide8(ptr noundef byval(<8 x float>) align 32 %30, ptr noundef byval(<8 x float>) align 32 %31)
  store <8 x float> %131, ptr %27, align 32
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.11)
  store i32 0, ptr %32, align 4
  br label %133

133:                                              ; preds = %142, %97
  %134 = load i32, ptr %32, align 4
  %135 = icmp slt i32 %134, 8
  br i1 %135, label %136, label %145

136:                                              ; preds = %133
  %137 = load <8 x float>, ptr %27, align 32
  %138 = load i32, ptr %32, align 4
  %139 = extractelement <8 x float> %137, i32 %138
  %140 = fpext float %139 to double
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %140)
  br label %142

142:                                              ; preds = %136
  %143 = load i32, ptr %32, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %32, align 4
  br label %133, !llvm.loop !12

145:                                              ; preds = %133
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store <4 x double> <double 1.500000e+00, double -2.000000e+00, double 3.000000e+00, double 2.500000e-01>, ptr %34, align 32
  %147 = load <4 x double>, ptr %34, align 32
  store <4 x double> %147, ptr %35, align 32
  %148 = call <4 x double> @wide4d(ptr noundef byval(<4 x double>) align 32 %35)
  store <4 x double> %148, ptr %33, align 32
  %149 = load <4 x double>, ptr %33, align 32
  %150 = extractelement <4 x double> %149, i32 0
  %151 = load <4 x double>, ptr %33, align 32
  %152 = extractelement <4 x double> %151, i32 1
  %153 = load <4 x double>, ptr %33, align 32
  %154 = extractelement <4 x double> %153, i32 2
  %155 = load <4 x double>, ptr %33, align 32
  %156 = extractelement <4 x double> %155, i32 3
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %150, double noundef %152, double noundef %154, double noundef %156)
  %158 = getelementptr inbounds %struct.pair4, ptr %37, i32 0, i32 0
  %159 = load <4 x float>, ptr %2, align 16
  store <4 x float> %159, ptr %158, align 16
  %160 = getelementptr inbounds %struct.pair4, ptr %37, i32 0, i32 1
  %161 = load <4 x float>, ptr %4, align 16
  store <4 x float> %161, ptr %160, align 16
  call void @swap_pair(ptr dead_on_unwind writable sret(%struct.pair4) align 16 %36, ptr noundef byval(%struct.pair4) align 16 %37)
  %162 = getelementptr inbounds %struct.pair4, ptr %36, i32 0, i32 0
  %163 = load <4 x float>, ptr %162, align 16
  call void @p4f(ptr noundef @.str.14, <4 x float> noundef %163)
  %164 = getelementptr inbounds %struct.pair4, ptr %36, i32 0, i32 1
  %165 = load <4 x float>, ptr %164, align 16
  call void @p4f(ptr noundef @.str.15, <4 x float> noundef %165)
  %166 = load <4 x float>, ptr %3, align 16
  %167 = call <4 x float> @wrap(<4 x float> noundef %166)
  %168 = getelementptr inbounds %struct.one4, ptr %38, i32 0, i32 0
  store <4 x float> %167, ptr %168, align 16
  %169 = getelementptr inbounds %struct.one4, ptr %38, i32 0, i32 0
  %170 = load <4 x float>, ptr %169, align 16
  call void @p4f(ptr noundef @.str.16, <4 x float> noundef %170)
  %171 = getelementptr inbounds %struct.tagged, ptr %40, i32 0, i32 0
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %171, align 16
  %172 = getelementptr inbounds %struct.tagged, ptr %40, i32 0, i32 1
  store i32 5, ptr %172, align 16
  call void @tag_it(ptr dead_on_unwind writable sret(%struct.tagged) align 16 %39, ptr noundef byval(%struct.tagged) align 16 %40)
  %173 = getelementptr inbounds %struct.tagged, ptr %39, i32 0, i32 0
  %174 = load <4 x i32>, ptr %173, align 16
  call void @p4i(ptr noundef @.str.17, <4 x i32> noundef %174)
  %175 = getelementptr inbounds %struct.tagged, ptr %39, i32 0, i32 1
  %176 = load i32, ptr %175, align 16
  %177 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %176)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %41, align 16
  %178 = load <4 x float>, ptr %41, align 16
  %179 = load <4 x float>, ptr %41, align 16
  %180 = load <4 x float>, ptr %41, align 16
  %181 = load <4 x float>, ptr %41, align 16
  %182 = load <4 x float>, ptr %41, align 16
  %183 = load <4 x float>, ptr %41, align 16
  %184 = load <4 x float>, ptr %41, align 16
  %185 = load <4 x float>, ptr %41, align 16
  %186 = load <4 x float>, ptr %41, align 16
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
  store <2 x double> <double 1.000000e+00, double 2.000000e+00>, ptr %42, align 16
  %203 = load <2 x double>, ptr %42, align 16
  store <2 x double> <double 4.000000e+00, double 5.000000e+00>, ptr %43, align 16
  %204 = load <2 x double>, ptr %43, align 16
  store <2 x double> <double -1.000000e+00, double 5.000000e-01>, ptr %44, align 16
  %205 = load <2 x double>, ptr %44, align 16
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
  store <4 x i32> zeroinitializer, ptr %45, align 16
  %214 = load <4 x i32>, ptr %45, align 16
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

declare i32 @printf(ptr noundef, ...) #6

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

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind willreturn }
attributes #6 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
