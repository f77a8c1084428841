; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
define dso_local i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %0) #0 {
  %2 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 0
  %3 = load i64, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 1
  %5 = load i64, ptr %4, align 8
  %6 = add nsw i64 %3, %5
  %7 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 2
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %6, %8
  %10 = getelementptr inbounds %struct.Big, ptr %0, i32 0, i32 3
  %11 = load i64, ptr %10, align 8
  %12 = add nsw i64 %9, %11
  ret i64 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_mod(ptr dead_on_unwind noalias writable sret(%struct.Big) align 8 %0, ptr noundef byval(%struct.Big) align 8 %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  store i32 %2, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %8, %6
  store i64 %9, ptr %7, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds %struct.Big, ptr %1, i32 0, i32 3
  %13 = load i64, ptr %12, align 8
  %14 = sub nsw i64 %13, %11
  store i64 %14, ptr %12, align 8
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
define dso_local void @rec_print(ptr noundef byval(%struct.Rec) align 8 %0) #0 {
  %2 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 0
  %3 = getelementptr inbounds [24 x i8], ptr %2, i64 0, i64 0
  %4 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds %struct.Rec, ptr %0, i32 0, i32 2
  %7 = load double, ptr %6, align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %3, i32 noundef %5, double noundef %7)
  ret void
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @rec_older(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 %0, ptr noundef byval(%struct.Rec) align 8 %1, ptr noundef byval(%struct.Rec) align 8 %2) #0 {
  %4 = getelementptr inbounds %struct.Rec, ptr %1, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds %struct.Rec, ptr %2, i32 0, i32 1
  %7 = load i32, ptr %6, align 8
  %8 = icmp sge i32 %5, %7
  br i1 %8, label %9, label %10

9:                                                ; preds = %3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 40, i1 false)
  br label %11

10:                                               ; preds = %3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %2, i64 40, i1 false)
  br label %11

11:                                               ; preds = %10, %9
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.Mat3) align 8 %0, ptr noundef byval(%struct.Mat3) align 8 %1, ptr noundef byval(%struct.Mat3) align 8 %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %54, %3
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %57

11:                                               ; preds = %8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %50, %11
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %13, 3
  br i1 %14, label %15, label %53

15:                                               ; preds = %12
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %38, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %41

19:                                               ; preds = %16
  %20 = getelementptr inbounds %struct.Mat3, ptr %1, i32 0, i32 0
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x [3 x double]], ptr %20, i64 0, i64 %22
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x double], ptr %23, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds %struct.Mat3, ptr %2, i32 0, i32 0
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [3 x [3 x double]], ptr %28, i64 0, i64 %30
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [3 x double], ptr %31, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load double, ptr %6, align 8
  %37 = call double @llvm.fmuladd.f64(double %27, double %35, double %36)
  store double %37, ptr %6, align 8
  br label %38

38:                                               ; preds = %19
  %39 = load i32, ptr %7, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %7, align 4
  br label %16, !llvm.loop !6

41:                                               ; preds = %16
  %42 = load double, ptr %6, align 8
  %43 = getelementptr inbounds %struct.Mat3, ptr %0, i32 0, i32 0
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [3 x [3 x double]], ptr %43, i64 0, i64 %45
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [3 x double], ptr %46, i64 0, i64 %48
  store double %42, ptr %49, align 8
  br label %50

50:                                               ; preds = %41
  %51 = load i32, ptr %5, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %5, align 4
  br label %12, !llvm.loop !8

53:                                               ; preds = %12
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %4, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %4, align 4
  br label %8, !llvm.loop !9

57:                                               ; preds = %8
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
define dso_local i64 @mix(i32 noundef %0, ptr noundef byval(%struct.Big) align 8 %1, double noundef %2, ptr noundef byval(%struct.Five) align 8 %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store i32 %0, ptr %6, align 4
  store double %2, ptr %7, align 8
  store i32 %4, ptr %8, align 4
  %9 = load i32, ptr %6, align 4
  %10 = sext i32 %9 to i64
  %11 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %1)
  %12 = add nsw i64 %10, %11
  %13 = load double, ptr %7, align 8
  %14 = fptosi double %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = getelementptr inbounds %struct.Five, ptr %3, i32 0, i32 0
  %17 = getelementptr inbounds [5 x i32], ptr %16, i64 0, i64 0
  %18 = load i32, ptr %17, align 8
  %19 = sext i32 %18 to i64
  %20 = add nsw i64 %15, %19
  %21 = getelementptr inbounds %struct.Five, ptr %3, i32 0, i32 0
  %22 = getelementptr inbounds [5 x i32], ptr %21, i64 0, i64 4
  %23 = load i32, ptr %22, align 8
  %24 = sext i32 %23 to i64
  %25 = add nsw i64 %20, %24
  %26 = load i32, ptr %8, align 4
  %27 = sext i32 %26 to i64
  %28 = add nsw i64 %25, %27
  ret i64 %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca %struct.Rec, align 8
  %5 = alloca %struct.Rec, align 8
  %6 = alloca %struct.Rec, align 8
  %7 = alloca %struct.Mat3, align 8
  %8 = alloca %struct.Mat3, align 8
  %9 = alloca %struct.Mat3, align 8
  %10 = alloca %struct.Mat3, align 8
  %11 = alloca i32, align 4
  %12 = alloca %struct.Five, align 8
  %13 = alloca [4 x %struct.Big], align 16
  %14 = alloca i32, align 4
  %15 = alloca %struct.Big, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca %struct.Big, align 8
  %19 = alloca ptr, align 8
  %20 = alloca %struct.Rec, align 8
  store i32 0, ptr %1, align 4
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %2, i64 noundef 10)
  call void @big_mod(ptr dead_on_unwind writable sret(%struct.Big) align 8 %3, ptr noundef byval(%struct.Big) align 8 %2, i32 noundef 5)
  %21 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 0
  %22 = load i64, ptr %21, align 8
  %23 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 1
  %24 = load i64, ptr %23, align 8
  %25 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 2
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = getelementptr inbounds %struct.Big, ptr %3, i32 0, i32 0
  %30 = load i64, ptr %29, align 8
  %31 = getelementptr inbounds %struct.Big, ptr %3, i32 0, i32 3
  %32 = load i64, ptr %31, align 8
  %33 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %3)
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %22, i64 noundef %24, i64 noundef %26, i64 noundef %28, i64 noundef %30, i64 noundef %32, i64 noundef %33)
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %4, ptr noundef @.str.2, i32 noundef 31, double noundef 8.850000e+01)
  call void @rec_make(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %5, ptr noundef @.str.3, i32 noundef 45, double noundef 7.225000e+01)
  call void @rec_print(ptr noundef byval(%struct.Rec) align 8 %4)
  call void @rec_print(ptr noundef byval(%struct.Rec) align 8 %5)
  call void @rec_older(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %6, ptr noundef byval(%struct.Rec) align 8 %4, ptr noundef byval(%struct.Rec) align 8 %5)
  call void @rec_print(ptr noundef byval(%struct.Rec) align 8 %6)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @__const.main.a, i64 72, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 72, i1 false)
  %35 = getelementptr inbounds %struct.Mat3, ptr %8, i32 0, i32 0
  %36 = getelementptr inbounds [3 x [3 x double]], ptr %35, i32 0, i32 0
  %37 = getelementptr inbounds [3 x double], ptr %36, i32 0, i32 0
  store double 1.000000e+00, ptr %37, align 8
  %38 = getelementptr inbounds [3 x [3 x double]], ptr %35, i32 0, i32 1
  %39 = getelementptr inbounds [3 x double], ptr %38, i32 0, i32 1
  store double 1.000000e+00, ptr %39, align 8
  %40 = getelementptr inbounds [3 x [3 x double]], ptr %35, i32 0, i32 2
  %41 = getelementptr inbounds [3 x double], ptr %40, i32 0, i32 2
  store double 1.000000e+00, ptr %41, align 8
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 8 %10, ptr noundef byval(%struct.Mat3) align 8 %7, ptr noundef byval(%struct.Mat3) align 8 %8)
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.Mat3) align 8 %9, ptr noundef byval(%struct.Mat3) align 8 %10, ptr noundef byval(%struct.Mat3) align 8 %7)
  store i32 0, ptr %11, align 4
  br label %42

42:                                               ; preds = %65, %0
  %43 = load i32, ptr %11, align 4
  %44 = icmp slt i32 %43, 3
  br i1 %44, label %45, label %68

45:                                               ; preds = %42
  %46 = getelementptr inbounds %struct.Mat3, ptr %9, i32 0, i32 0
  %47 = load i32, ptr %11, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [3 x [3 x double]], ptr %46, i64 0, i64 %48
  %50 = getelementptr inbounds [3 x double], ptr %49, i64 0, i64 0
  %51 = load double, ptr %50, align 8
  %52 = getelementptr inbounds %struct.Mat3, ptr %9, i32 0, i32 0
  %53 = load i32, ptr %11, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [3 x [3 x double]], ptr %52, i64 0, i64 %54
  %56 = getelementptr inbounds [3 x double], ptr %55, i64 0, i64 1
  %57 = load double, ptr %56, align 8
  %58 = getelementptr inbounds %struct.Mat3, ptr %9, i32 0, i32 0
  %59 = load i32, ptr %11, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [3 x [3 x double]], ptr %58, i64 0, i64 %60
  %62 = getelementptr inbounds [3 x double], ptr %61, i64 0, i64 2
  %63 = load double, ptr %62, align 8
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %51, double noundef %57, double noundef %63)
  br label %65

65:                                               ; preds = %45
  %66 = load i32, ptr %11, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %11, align 4
  br label %42, !llvm.loop !11

68:                                               ; preds = %42
  call void @five_fill(ptr dead_on_unwind writable sret(%struct.Five) align 4 %12, i32 noundef 3)
  %69 = getelementptr inbounds %struct.Five, ptr %12, i32 0, i32 0
  %70 = getelementptr inbounds [5 x i32], ptr %69, i64 0, i64 0
  %71 = load i32, ptr %70, align 4
  %72 = getelementptr inbounds %struct.Five, ptr %12, i32 0, i32 0
  %73 = getelementptr inbounds [5 x i32], ptr %72, i64 0, i64 1
  %74 = load i32, ptr %73, align 4
  %75 = getelementptr inbounds %struct.Five, ptr %12, i32 0, i32 0
  %76 = getelementptr inbounds [5 x i32], ptr %75, i64 0, i64 2
  %77 = load i32, ptr %76, align 4
  %78 = getelementptr inbounds %struct.Five, ptr %12, i32 0, i32 0
  %79 = getelementptr inbounds [5 x i32], ptr %78, i64 0, i64 3
  %80 = load i32, ptr %79, align 4
  %81 = getelementptr inbounds %struct.Five, ptr %12, i32 0, i32 0
  %82 = getelementptr inbounds [5 x i32], ptr %81, i64 0, i64 4
  %83 = load i32, ptr %82, align 4
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %71, i32 noundef %74, i32 noundef %77, i32 noundef %80, i32 noundef %83)
  %85 = call i64 @mix(i32 noundef 1, ptr noundef byval(%struct.Big) align 8 %2, double noundef 2.750000e+00, ptr noundef byval(%struct.Five) align 8 %12, i32 noundef 1000)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %85)
  store i32 0, ptr %14, align 4
  br label %87

87:                                               ; preds = %97, %68
  %88 = load i32, ptr %14, align 4
  %89 = icmp slt i32 %88, 4
  br i1 %89, label %90, label %100

90:                                               ; preds = %87
  %91 = load i32, ptr %14, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [4 x %struct.Big], ptr %13, i64 0, i64 %92
  %94 = load i32, ptr %14, align 4
  %95 = add nsw i32 %94, 1
  %96 = sext i32 %95 to i64
  call void @big_make(ptr dead_on_unwind writable sret(%struct.Big) align 8 %15, i64 noundef %96)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %93, ptr align 8 %15, i64 32, i1 false)
  br label %97

97:                                               ; preds = %90
  %98 = load i32, ptr %14, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %14, align 4
  br label %87, !llvm.loop !12

100:                                              ; preds = %87
  store i64 0, ptr %16, align 8
  store i32 0, ptr %17, align 4
  br label %101

101:                                              ; preds = %112, %100
  %102 = load i32, ptr %17, align 4
  %103 = icmp slt i32 %102, 4
  br i1 %103, label %104, label %115

104:                                              ; preds = %101
  %105 = load i32, ptr %17, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [4 x %struct.Big], ptr %13, i64 0, i64 %106
  %108 = load i32, ptr %17, align 4
  call void @big_mod(ptr dead_on_unwind writable sret(%struct.Big) align 8 %18, ptr noundef byval(%struct.Big) align 8 %107, i32 noundef %108)
  %109 = call i64 @big_sum(ptr noundef byval(%struct.Big) align 8 %18)
  %110 = load i64, ptr %16, align 8
  %111 = add nsw i64 %110, %109
  store i64 %111, ptr %16, align 8
  br label %112

112:                                              ; preds = %104
  %113 = load i32, ptr %17, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %17, align 4
  br label %101, !llvm.loop !13

115:                                              ; preds = %101
  %116 = load i64, ptr %16, align 8
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %116)
  store ptr @rec_make, ptr %19, align 8
  %118 = load ptr, ptr %19, align 8
  call void %118(ptr dead_on_unwind writable sret(%struct.Rec) align 8 %20, ptr noundef @.str.8, i32 noundef 7, double noundef -1.500000e+00)
  call void @rec_print(ptr noundef byval(%struct.Rec) align 8 %20)
  ret i32 0
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
