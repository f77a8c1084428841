; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Mat3 = type { [3 x [3 x double]] }
%struct.Big = type { i64, i64, i64, i64 }
%struct.Rec = type { [24 x i8], i32, double }
%struct.Five = type { [5 x i32] }

@.str = private unnamed_addr constant [17 x i8] c"rec: %s %d %.2f\0A\00", align 1
@.str.1 = private unnamed_addr constant [40 x i8] c"big: %ld %ld %ld %ld / %ld %ld sum=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"a-rather-long-name-xyzzyplugh\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Mat3 { [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00], [3 x double] [double 4.000000e+00, double 5.000000e+00, double 6.000000e+00], [3 x double] [double 7.000000e+00, double 8.000000e+00, double 9.000000e+00]] }, align 8
@.str.4 = private unnamed_addr constant [15 x i8] c"mat: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"five: %d %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"mix: %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"total: %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"bob\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_make(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  store i64 %1, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 0
  %5 = load i64, ptr %3, align 8
  store i64 %5, ptr %4, align 8
  %6 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 1
  %7 = load i64, ptr %3, align 8
  %8 = mul nsw i64 %7, 2
  store i64 %8, ptr %6, align 8
  %9 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 2
  %10 = load i64, ptr %3, align 8
  %11 = mul nsw i64 %10, 3
  store i64 %11, ptr %9, align 8
  %12 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 3
  %13 = load i64, ptr %3, align 8
  %14 = mul nsw i64 %13, 4
  store i64 %14, ptr %12, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @big_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 0
  %4 = load i64, ptr %3, align 8
  %5 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 1
  %6 = load i64, ptr %5, align 8
  %7 = add nsw i64 %4, %6
  %8 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 2
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %7, %9
  %11 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 3
  %12 = load i64, ptr %11, align 8
  %13 = add nsw i64 %10, %12
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_mod(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store i32 %2, ptr %5, align 4
  %6 = load i32, ptr %5, align 4
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 0
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %9, %7
  store i64 %10, ptr %8, align 8
  %11 = load i32, ptr %5, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 3
  %14 = load i64, ptr %13, align 8
  %15 = sub nsw i64 %14, %12
  store i64 %15, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 32, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rec_make(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 %0, ptr noundef %1, i32 noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double %3, ptr %7, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 40, i1 false)
  %8 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 0
  %9 = getelementptr inbounds [24 x i8], ptr %8, i64 0, i64 0
  %10 = load ptr, ptr %5, align 8
  %11 = call ptr @strncpy(ptr noundef %9, ptr noundef %10, i64 noundef 23) #6
  %12 = load i32, ptr %6, align 4
  %13 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 1
  store i32 %12, ptr %13, align 8
  %14 = load double, ptr %7, align 8
  %15 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 2
  store double %14, ptr %15, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rec_print(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 0
  %4 = getelementptr inbounds [24 x i8], ptr %3, i64 0, i64 0
  %5 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 1
  %6 = load i32, ptr %5, align 8
  %7 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 2
  %8 = load double, ptr %7, align 8
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %4, i32 noundef %6, double noundef %8)
  ret void
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rec_older(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %1, ptr %4, align 8
  store ptr %2, ptr %5, align 8
  %6 = getelementptr inbounds %struct.Rec, ptr %1, i32 0, i32 1
  %7 = load i32, ptr %6, align 8
  %8 = getelementptr inbounds %struct.Rec, ptr %2, i32 0, i32 1
  %9 = load i32, ptr %8, align 8
  %10 = icmp sge i32 %7, %9
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 40, i1 false)
  br label %13

12:                                               ; preds = %3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %2, i64 40, i1 false)
  br label %13

13:                                               ; preds = %12, %11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 8 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store ptr %2, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %56, %3
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %11, 3
  br i1 %12, label %13, label %59

13:                                               ; preds = %10
  store i32 0, ptr %7, align 4
  br label %14

14:                                               ; preds = %52, %13
  %15 = load i32, ptr %7, align 4
  %16 = icmp slt i32 %15, 3
  br i1 %16, label %17, label %55

17:                                               ; preds = %14
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %18

18:                                               ; preds = %40, %17
  %19 = load i32, ptr %9, align 4
  %20 = icmp slt i32 %19, 3
  br i1 %20, label %21, label %43

21:                                               ; preds = %18
  %22 = getelementptr inbounds %struct.Mat3, ptr %1, i32 0, i32 0
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x [3 x double]], ptr %22, i64 0, i64 %24
  %26 = load i32, ptr %9, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [3 x double], ptr %25, i64 0, i64 %27
  %29 = load double, ptr %28, align 8
  %30 = getelementptr inbounds %struct.Mat3, ptr %2, i32 0, i32 0
  %31 = load i32, ptr %9, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x [3 x double]], ptr %30, i64 0, i64 %32
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [3 x double], ptr %33, i64 0, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = load double, ptr %8, align 8
  %39 = call double @llvm.fmuladd.f64(double %29, double %37, double %38)
  store double %39, ptr %8, align 8
  br label %40

40:                                               ; preds = %21
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  br label %18, !llvm.loop !6

43:                                               ; preds = %18
  %44 = load double, ptr %8, align 8
  %45 = getelementptr inbounds %struct.Mat3, ptr %0, i32 0, i32 0
  %46 = load i32, ptr %6, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [3 x [3 x double]], ptr %45, i64 0, i64 %47
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [3 x double], ptr %48, i64 0, i64 %50
  store double %44, ptr %51, align 8
  br label %52

52:                                               ; preds = %43
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %14, !llvm.loop !8

55:                                               ; preds = %14
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %6, align 4
  br label %10, !llvm.loop !9

59:                                               ; preds = %10
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @five_fill(ptr dead_on_unwind noalias writable sret(%struct.Five) align 4 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %18, %2
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 5
  br i1 %7, label %8, label %21

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = load i32, ptr %4, align 4
  %12 = mul nsw i32 %10, %11
  %13 = add nsw i32 %9, %12
  %14 = getelementptr inbounds %struct.Five, ptr %0, i32 0, i32 0
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [5 x i32], ptr %14, i64 0, i64 %16
  store i32 %13, ptr %17, align 4
  br label %18

18:                                               ; preds = %8
  %19 = load i32, ptr %4, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %4, align 4
  br label %5, !llvm.loop !10

21:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @mix(i32 noundef %0, ptr noundef %1, double noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca double, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca %struct.Big, align 8
  store i32 %0, ptr %6, align 4
  store ptr %1, ptr %7, align 8
  store double %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  %12 = load i32, ptr %6, align 4
  %13 = sext i32 %12 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %1, i64 32, i1 false)
  %14 = call i64 @big_sum(ptr noundef %11)
  %15 = add nsw i64 %13, %14
  %16 = load double, ptr %8, align 8
  %17 = fptosi double %16 to i64
  %18 = add nsw i64 %15, %17
  %19 = getelementptr inbounds %struct.Five, ptr %3, i32 0, i32 0
  %20 = getelementptr inbounds [5 x i32], ptr %19, i64 0, i64 0
  %21 = load i32, ptr %20, align 4
  %22 = sext i32 %21 to i64
  %23 = add nsw i64 %18, %22
  %24 = getelementptr inbounds %struct.Five, ptr %3, i32 0, i32 0
  %25 = getelementptr inbounds [5 x i32], ptr %24, i64 0, i64 4
  %26 = load i32, ptr %25, align 4
  %27 = sext i32 %26 to i64
  %28 = add nsw i64 %23, %27
  %29 = load i32, ptr %10, align 4
  %30 = sext i32 %29 to i64
  %31 = add nsw i64 %28, %30
  ret i64 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca %struct.Big, align 8
  %5 = alloca %struct.Big, align 8
  %6 = alloca %struct.Rec, align 8
  %7 = alloca %struct.Rec, align 8
  %8 = alloca %struct.Rec, align 8
  %9 = alloca %struct.Rec, align 8
  %10 = alloca %struct.Rec, align 8
  %11 = alloca %struct.Rec, align 8
  %12 = alloca %struct.Rec, align 8
  %13 = alloca %struct.Mat3, align 8
  %14 = alloca %struct.Mat3, align 8
  %15 = alloca %struct.Mat3, align 8
  %16 = alloca %struct.Mat3, align 8
  %17 = alloca %struct.Mat3, align 8
  %18 = alloca %struct.Mat3, align 8
  %19 = alloca %struct.Mat3, align 8
  %20 = alloca i32, align 4
  %21 = alloca %struct.Five, align 4
  %22 = alloca %struct.Big, align 8
  %23 = alloca %struct.Five, align 4
  %24 = alloca [4 x %struct.Big], align 8
  %25 = alloca i32, align 4
  %26 = alloca %struct.Big, align 8
  %27 = alloca i64, align 8
  %28 = alloca i32, align 4
  %29 = alloca %struct.Big, align 8
  %30 = alloca %struct.Big, align 8
  %31 = alloca ptr, align 8
  %32 = alloca %struct.Rec, align 8
  store i32 0, ptr %1, align 4
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %2, i64 noundef 10)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %2, i64 32, i1 false)
  call void @big_mod(ptr dead_on_unwind writable sret(%struct.Big) align 8 %3, ptr noundef %4, i32 noundef 5)
  %33 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 0
  %34 = load i64, ptr %33, align 8
  %35 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 1
  %36 = load i64, ptr %35, align 8
  %37 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 2
  %38 = load i64, ptr %37, align 8
  %39 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 3
  %40 = load i64, ptr %39, align 8
  %41 = getelementptr inbounds %struct.Big, ptr %3, i32 0, i32 0
  %42 = load i64, ptr %41, align 8
  %43 = getelementptr inbounds %struct.Big, ptr %3, i32 0, i32 3
  %44 = load i64, ptr %43, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %3, i64 32, i1 false)
  %45 = call i64 @big_sum(ptr noundef %5)
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %34, i64 noundef %36, i64 noundef %38, i64 noundef %40, i64 noundef %42, i64 noundef %44, i64 noundef %45)
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %6, ptr noundef @.str.2, i32 noundef 31, double noundef 8.850000e+01)
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %7, ptr noundef @.str.3, i32 noundef 45, double noundef 7.225000e+01)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %6, i64 40, i1 false)
  call void @rec_print(ptr noundef %8)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %7, i64 40, i1 false)
  call void @rec_print(ptr noundef %9)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %6, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %7, i64 40, i1 false)
  call void @rec_older(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %10, ptr noundef %11, ptr noundef %12)
  call void @rec_print(ptr noundef %10)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 @__const.main.a, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %14, i8 0, i64 72, i1 false)
  %47 = getelementptr inbounds %struct.Mat3, ptr %14, i32 0, i32 0
  %48 = getelementptr inbounds [3 x [3 x double]], ptr %47, i32 0, i32 0
  %49 = getelementptr inbounds [3 x double], ptr %48, i32 0, i32 0
  store double 1.000000e+00, ptr %49, align 8
  %50 = getelementptr inbounds [3 x [3 x double]], ptr %47, i32 0, i32 1
  %51 = getelementptr inbounds [3 x double], ptr %50, i32 0, i32 1
  store double 1.000000e+00, ptr %51, align 8
  %52 = getelementptr inbounds [3 x [3 x double]], ptr %47, i32 0, i32 2
  %53 = getelementptr inbounds [3 x double], ptr %52, i32 0, i32 2
  store double 1.000000e+00, ptr %53, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %13, i64 72, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 %14, i64 72, i1 false)
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 8 %16, ptr noundef %17, ptr noundef %18)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 8 %13, i64 72, i1 false)
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 8 %15, ptr noundef %16, ptr noundef %19)
  store i32 0, ptr %20, align 4
  br label %54

54:                                               ; preds = %77, %0
  %55 = load i32, ptr %20, align 4
  %56 = icmp slt i32 %55, 3
  br i1 %56, label %57, label %80

57:                                               ; preds = %54
  %58 = getelementptr inbounds %struct.Mat3, ptr %15, i32 0, i32 0
  %59 = load i32, ptr %20, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [3 x [3 x double]], ptr %58, i64 0, i64 %60
  %62 = getelementptr inbounds [3 x double], ptr %61, i64 0, i64 0
  %63 = load double, ptr %62, align 8
  %64 = getelementptr inbounds %struct.Mat3, ptr %15, i32 0, i32 0
  %65 = load i32, ptr %20, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [3 x [3 x double]], ptr %64, i64 0, i64 %66
  %68 = getelementptr inbounds [3 x double], ptr %67, i64 0, i64 1
  %69 = load double, ptr %68, align 8
  %70 = getelementptr inbounds %struct.Mat3, ptr %15, i32 0, i32 0
  %71 = load i32, ptr %20, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [3 x [3 x double]], ptr %70, i64 0, i64 %72
  %74 = getelementptr inbounds [3 x double], ptr %73, i64 0, i64 2
  %75 = load double, ptr %74, align 8
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %63, double noundef %69, double noundef %75)
  br label %77

77:                                               ; preds = %57
  %78 = load i32, ptr %20, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %20, align 4
  br label %54, !llvm.loop !11

80:                                               ; preds = %54
  call void @five_fill(ptr dead_on_unwind writable sret(%struct.Five) align 4 %21, i32 noundef 3)
  %81 = getelementptr inbounds %struct.Five, ptr %21, i32 0, i32 0
  %82 = getelementptr inbounds [5 x i32], ptr %81, i64 0, i64 0
  %83 = load i32, ptr %82, align 4
  %84 = getelementptr inbounds %struct.Five, ptr %21, i32 0, i32 0
  %85 = getelementptr inbounds [5 x i32], ptr %84, i64 0, i64 1
  %86 = load i32, ptr %85, align 4
  %87 = getelementptr inbounds %struct.Five, ptr %21, i32 0, i32 0
  %88 = getelementptr inbounds [5 x i32], ptr %87, i64 0, i64 2
  %89 = load i32, ptr %88, align 4
  %90 = getelementptr inbounds %struct.Five, ptr %21, i32 0, i32 0
  %91 = getelementptr inbounds [5 x i32], ptr %90, i64 0, i64 3
  %92 = load i32, ptr %91, align 4
  %93 = getelementptr inbounds %struct.Five, ptr %21, i32 0, i32 0
  %94 = getelementptr inbounds [5 x i32], ptr %93, i64 0, i64 4
  %95 = load i32, ptr %94, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %83, i32 noundef %86, i32 noundef %89, i32 noundef %92, i32 noundef %95)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %22, ptr align 8 %2, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 4 %21, i64 20, i1 false)
  %97 = call i64 @mix(i32 noundef 1, ptr noundef %22, double noundef 2.750000e+00, ptr noundef %23, i32 noundef 1000)
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %97)
  store i32 0, ptr %25, align 4
  br label %99

99:                                               ; preds = %109, %80
  %100 = load i32, ptr %25, align 4
  %101 = icmp slt i32 %100, 4
  br i1 %101, label %102, label %112

102:                                              ; preds = %99
  %103 = load i32, ptr %25, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [4 x %struct.Big], ptr %24, i64 0, i64 %104
  %106 = load i32, ptr %25, align 4
  %107 = add nsw i32 %106, 1
  %108 = sext i32 %107 to i64
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %26, i64 noundef %108)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %105, ptr align 8 %26, i64 32, i1 false)
  br label %109

109:                                              ; preds = %102
  %110 = load i32, ptr %25, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %25, align 4
  br label %99, !llvm.loop !12

112:                                              ; preds = %99
  store i64 0, ptr %27, align 8
  store i32 0, ptr %28, align 4
  br label %113

113:                                              ; preds = %124, %112
  %114 = load i32, ptr %28, align 4
  %115 = icmp slt i32 %114, 4
  br i1 %115, label %116, label %127

116:                                              ; preds = %113
  %117 = load i32, ptr %28, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [4 x %struct.Big], ptr %24, i64 0, i64 %118
  %120 = load i32, ptr %28, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %30, ptr align 8 %119, i64 32, i1 false)
  call void @big_mod(ptr dead_on_unwind writable sret(%struct.Big) align 8 %29, ptr noundef %30, i32 noundef %120)
  %121 = call i64 @big_sum(ptr noundef %29)
  %122 = load i64, ptr %27, align 8
  %123 = add nsw i64 %122, %121
  store i64 %123, ptr %27, align 8
  br label %124

124:                                              ; preds = %116
  %125 = load i32, ptr %28, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %28, align 4
  br label %113, !llvm.loop !13

127:                                              ; preds = %113
  %128 = load i64, ptr %27, align 8
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %128)
  store ptr @rec_make, ptr %31, align 8
  %130 = load ptr, ptr %31, align 8
  call void %130(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %32, ptr noundef @.str.8, i32 noundef 7, double noundef -1.500000e+00)
  call void @rec_print(ptr noundef %32)
  ret i32 0
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
