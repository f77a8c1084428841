; ModuleID = 'func_pointers.c'
source_filename = "func_pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Op = type { ptr, ptr, i32 }

@global_op = dso_local global ptr @sub, align 8
@__const.main.v = private unnamed_addr constant [5 x i32] [i32 3, i32 9, i32 -2, i32 7, i32 5], align 16
@.str = private unnamed_addr constant [8 x i8] c"%s: %d\0A\00", align 1
@ops = internal constant [4 x %struct.Op] [%struct.Op { ptr @.str.10, ptr @add, i32 0 }, %struct.Op { ptr @.str.11, ptr @sub, i32 0 }, %struct.Op { ptr @.str.12, ptr @mul, i32 1 }, %struct.Op { ptr @.str.13, ptr @maxi, i32 -1000 }], align 16
@.str.1 = private unnamed_addr constant [5 x i8] c"+*-+\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"%c3 -> %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"pick unknown is null: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"evens=%d sumsq=%ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"twice: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"parity: %d %d %d\0A\00", align 1
@parity = internal constant [2 x ptr] [ptr @is_even, ptr @is_odd], align 16
@.str.7 = private unnamed_addr constant [15 x i8] c"global_op: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"same fn: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"picker: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"max\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.v, i64 20, i1 false)
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %34, %0
  %12 = load i32, ptr %3, align 4
  %13 = zext i32 %12 to i64
  %14 = icmp ult i64 %13, 4
  br i1 %14, label %15, label %37

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds [4 x %struct.Op], ptr @ops, i64 0, i64 %17
  %19 = getelementptr inbounds %struct.Op, ptr %18, i32 0, i32 0
  %20 = load ptr, ptr %19, align 8
  %21 = getelementptr inbounds [5 x i32], ptr %2, i64 0, i64 0
  %22 = load i32, ptr %3, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [4 x %struct.Op], ptr @ops, i64 0, i64 %23
  %25 = getelementptr inbounds %struct.Op, ptr %24, i32 0, i32 1
  %26 = load ptr, ptr %25, align 8
  %27 = load i32, ptr %3, align 4
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [4 x %struct.Op], ptr @ops, i64 0, i64 %28
  %30 = getelementptr inbounds %struct.Op, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %30, align 8
  %32 = call i32 @fold(ptr noundef %21, i32 noundef 5, ptr noundef %26, i32 noundef %31)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %20, i32 noundef %32)
  br label %34

34:                                               ; preds = %15
  %35 = load i32, ptr %3, align 4
  %36 = add i32 %35, 1
  store i32 %36, ptr %3, align 4
  br label %11, !llvm.loop !6

37:                                               ; preds = %11
  store ptr @.str.1, ptr %4, align 8
  store i32 1, ptr %5, align 4
  %38 = load ptr, ptr %4, align 8
  store ptr %38, ptr %6, align 8
  br label %39

39:                                               ; preds = %55, %37
  %40 = load ptr, ptr %6, align 8
  %41 = load i8, ptr %40, align 1
  %42 = icmp ne i8 %41, 0
  br i1 %42, label %43, label %58

43:                                               ; preds = %39
  %44 = load ptr, ptr %6, align 8
  %45 = load i8, ptr %44, align 1
  %46 = call ptr @pick(i8 noundef signext %45)
  store ptr %46, ptr %7, align 8
  %47 = load ptr, ptr %7, align 8
  %48 = load i32, ptr %5, align 4
  %49 = call i32 %47(i32 noundef %48, i32 noundef 3)
  store i32 %49, ptr %5, align 4
  %50 = load ptr, ptr %6, align 8
  %51 = load i8, ptr %50, align 1
  %52 = sext i8 %51 to i32
  %53 = load i32, ptr %5, align 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %52, i32 noundef %53)
  br label %55

55:                                               ; preds = %43
  %56 = load ptr, ptr %6, align 8
  %57 = getelementptr inbounds i8, ptr %56, i32 1
  store ptr %57, ptr %6, align 8
  br label %39, !llvm.loop !8

58:                                               ; preds = %39
  %59 = call ptr @pick(i8 noundef signext 47)
  %60 = icmp eq ptr %59, null
  %61 = zext i1 %60 to i32
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %61)
  store i32 0, ptr %8, align 4
  store i64 0, ptr %9, align 8
  %63 = getelementptr inbounds [5 x i32], ptr %2, i64 0, i64 0
  call void @each(ptr noundef %63, i32 noundef 5, ptr noundef @count_even, ptr noundef %8)
  %64 = getelementptr inbounds [5 x i32], ptr %2, i64 0, i64 0
  call void @each(ptr noundef %64, i32 noundef 5, ptr noundef @sum_sq, ptr noundef %9)
  %65 = load i32, ptr %8, align 4
  %66 = load i64, ptr %9, align 8
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %65, i64 noundef %66)
  %68 = call double @twice(ptr noundef @half, double noundef 1.000000e+01)
  %69 = call double @twice(ptr noundef @inc, double noundef 1.000000e+01)
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %68, double noundef %69)
  %71 = load ptr, ptr @parity, align 16
  %72 = call i32 %71(i32 noundef 10)
  %73 = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @parity, i64 0, i64 1), align 8
  %74 = call i32 %73(i32 noundef 7)
  %75 = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @parity, i64 0, i64 1), align 8
  %76 = call i32 %75(i32 noundef 12)
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %72, i32 noundef %74, i32 noundef %76)
  %78 = load ptr, ptr @global_op, align 8
  %79 = call i32 %78(i32 noundef 10, i32 noundef 4)
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %79)
  store ptr @mul, ptr @global_op, align 8
  %81 = load ptr, ptr @global_op, align 8
  %82 = call i32 %81(i32 noundef 10, i32 noundef 4)
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %82)
  %84 = load ptr, ptr getelementptr inbounds (%struct.Op, ptr @ops, i32 0, i32 1), align 8
  %85 = icmp eq ptr %84, @add
  %86 = zext i1 %85 to i32
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %86)
  store ptr @pick, ptr %10, align 8
  %88 = load ptr, ptr %10, align 8
  %89 = call ptr %88(i8 noundef signext 42)
  %90 = call i32 %89(i32 noundef 6, i32 noundef 7)
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %90)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fold(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %11 = load i32, ptr %8, align 4
  store i32 %11, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %12

12:                                               ; preds = %25, %4
  %13 = load i32, ptr %10, align 4
  %14 = load i32, ptr %6, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %28

16:                                               ; preds = %12
  %17 = load ptr, ptr %7, align 8
  %18 = load i32, ptr %9, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %10, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = call i32 %17(i32 noundef %18, i32 noundef %23)
  store i32 %24, ptr %9, align 4
  br label %25

25:                                               ; preds = %16
  %26 = load i32, ptr %10, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %10, align 4
  br label %12, !llvm.loop !9

28:                                               ; preds = %12
  %29 = load i32, ptr %9, align 4
  ret i32 %29
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @pick(i8 noundef signext %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = sext i8 %4 to i32
  switch i32 %5, label %9 [
    i32 43, label %6
    i32 45, label %7
    i32 42, label %8
  ]

6:                                                ; preds = %1
  store ptr @add, ptr %2, align 8
  br label %10

7:                                                ; preds = %1
  store ptr @sub, ptr %2, align 8
  br label %10

8:                                                ; preds = %1
  store ptr @mul, ptr %2, align 8
  br label %10

9:                                                ; preds = %1
  store ptr null, ptr %2, align 8
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 8
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @each(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %22, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load ptr, ptr %7, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %16, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = load ptr, ptr %8, align 8
  call void %15(i32 noundef %20, ptr noundef %21)
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %9, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %9, align 4
  br label %10, !llvm.loop !10

25:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @count_even(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %5 = load i32, ptr %3, align 4
  %6 = srem i32 %5, 2
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 4
  br label %12

12:                                               ; preds = %8, %2
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sum_sq(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %3, align 4
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = load ptr, ptr %4, align 8
  %11 = load i64, ptr %10, align 8
  %12 = add nsw i64 %11, %9
  store i64 %12, ptr %10, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @twice(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load double, ptr %4, align 8
  %8 = call double %6(double noundef %7)
  %9 = call double %5(double noundef %8)
  ret double %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @half(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fdiv double %3, 2.000000e+00
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @inc(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fadd double %3, 1.000000e+00
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = mul nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @maxi(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_even(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_odd(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_odd(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @is_even(i32 noundef %8)
  br label %10

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ]
  ret i32 %11
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
