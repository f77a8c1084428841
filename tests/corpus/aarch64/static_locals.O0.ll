; ModuleID = 'static_locals.c'
source_filename = "static_locals.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"id %d\0A\00", align 1
@__const.main.ns = private unnamed_addr constant [11 x i32] [i32 1, i32 2, i32 3, i32 4, i32 11, i32 12, i32 13, i32 21, i32 22, i32 101, i32 112], align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"5!=%llu\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"20!=%llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"depth %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"means: %g %g %g %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"id again %d\0A\00", align 1
@next_id.id = internal global i32 1000, align 4
@ordinal.buf = internal global [16 x i8] zeroinitializer, align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"th\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"nd\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"rd\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"%d%s\00", align 1
@factorial_cached.cache = internal global [21 x i64] zeroinitializer, align 8
@factorial_cached.computed = internal global i32 0, align 4
@.str.13 = private unnamed_addr constant [16 x i8] c"(cache filled)\0A\00", align 1
@depth_tracker.max_depth = internal global i32 0, align 4
@depth_tracker.current = internal global i32 0, align 4
@running_mean.sum = internal global double 0.000000e+00, align 8
@running_mean.count = internal global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [11 x i32], align 4
  %4 = alloca i32, align 4
  %5 = alloca [5 x double], align 8
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %7

7:                                                ; preds = %13, %0
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %8, 3
  br i1 %9, label %10, label %16

10:                                               ; preds = %7
  %11 = call i32 @next_id()
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %11)
  br label %13

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %2, align 4
  br label %7, !llvm.loop !6

16:                                               ; preds = %7
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 @__const.main.ns, i64 44, i1 false)
  store i32 0, ptr %4, align 4
  br label %17

17:                                               ; preds = %28, %16
  %18 = load i32, ptr %4, align 4
  %19 = zext i32 %18 to i64
  %20 = icmp ult i64 %19, 11
  br i1 %20, label %21, label %31

21:                                               ; preds = %17
  %22 = load i32, ptr %4, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [11 x i32], ptr %3, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = call ptr @ordinal(i32 noundef %25)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %26)
  br label %28

28:                                               ; preds = %21
  %29 = load i32, ptr %4, align 4
  %30 = add i32 %29, 1
  store i32 %30, ptr %4, align 4
  br label %17, !llvm.loop !8

31:                                               ; preds = %17
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  %33 = call i64 @factorial_cached(i32 noundef 5)
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %33)
  %35 = call i64 @factorial_cached(i32 noundef 20)
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %35)
  %37 = call i32 @depth_tracker(i32 noundef 7)
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %37)
  %39 = call i32 @depth_tracker(i32 noundef 3)
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %39)
  %41 = call i32 @depth_tracker(i32 noundef 12)
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %41)
  store i32 0, ptr %6, align 4
  br label %43

43:                                               ; preds = %54, %31
  %44 = load i32, ptr %6, align 4
  %45 = icmp slt i32 %44, 5
  br i1 %45, label %46, label %57

46:                                               ; preds = %43
  %47 = load i32, ptr %6, align 4
  %48 = sitofp i32 %47 to double
  %49 = fmul double %48, 2.500000e+00
  %50 = call double @running_mean(double noundef %49)
  %51 = load i32, ptr %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 %52
  store double %50, ptr %53, align 8
  br label %54

54:                                               ; preds = %46
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %43, !llvm.loop !9

57:                                               ; preds = %43
  %58 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 0
  %59 = load double, ptr %58, align 8
  %60 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 1
  %61 = load double, ptr %60, align 8
  %62 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 2
  %63 = load double, ptr %62, align 8
  %64 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 3
  %65 = load double, ptr %64, align 8
  %66 = getelementptr inbounds [5 x double], ptr %5, i64 0, i64 4
  %67 = load double, ptr %66, align 8
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %59, double noundef %61, double noundef %63, double noundef %65, double noundef %67)
  %69 = call i32 @next_id()
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %69)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @next_id() #0 {
  %1 = load i32, ptr @next_id.id, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @next_id.id, align 4
  ret i32 %1
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @ordinal(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  store ptr @.str.8, ptr %3, align 8
  %4 = load i32, ptr %2, align 4
  %5 = srem i32 %4, 100
  %6 = icmp slt i32 %5, 11
  br i1 %6, label %11, label %7

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4
  %9 = srem i32 %8, 100
  %10 = icmp sgt i32 %9, 13
  br i1 %10, label %11, label %18

11:                                               ; preds = %7, %1
  %12 = load i32, ptr %2, align 4
  %13 = srem i32 %12, 10
  switch i32 %13, label %17 [
    i32 1, label %14
    i32 2, label %15
    i32 3, label %16
  ]

14:                                               ; preds = %11
  store ptr @.str.9, ptr %3, align 8
  br label %17

15:                                               ; preds = %11
  store ptr @.str.10, ptr %3, align 8
  br label %17

16:                                               ; preds = %11
  store ptr @.str.11, ptr %3, align 8
  br label %17

17:                                               ; preds = %11, %16, %15, %14
  br label %18

18:                                               ; preds = %17, %7
  %19 = load i32, ptr %2, align 4
  %20 = load ptr, ptr %3, align 8
  %21 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef @ordinal.buf, i64 noundef 16, ptr noundef @.str.12, i32 noundef %19, ptr noundef %20) #4
  ret ptr @ordinal.buf
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @factorial_cached(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr @factorial_cached.computed, align 4
  %5 = icmp ne i32 %4, 0
  br i1 %5, label %27, label %6

6:                                                ; preds = %1
  store i64 1, ptr @factorial_cached.cache, align 8
  store i32 1, ptr %3, align 4
  br label %7

7:                                                ; preds = %22, %6
  %8 = load i32, ptr %3, align 4
  %9 = icmp sle i32 %8, 20
  br i1 %9, label %10, label %25

10:                                               ; preds = %7
  %11 = load i32, ptr %3, align 4
  %12 = sub nsw i32 %11, 1
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [21 x i64], ptr @factorial_cached.cache, i64 0, i64 %13
  %15 = load i64, ptr %14, align 8
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = mul i64 %15, %17
  %19 = load i32, ptr %3, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [21 x i64], ptr @factorial_cached.cache, i64 0, i64 %20
  store i64 %18, ptr %21, align 8
  br label %22

22:                                               ; preds = %10
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %7, !llvm.loop !10

25:                                               ; preds = %7
  store i32 1, ptr @factorial_cached.computed, align 4
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.13)
  br label %27

27:                                               ; preds = %25, %1
  %28 = load i32, ptr %2, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [21 x i64], ptr @factorial_cached.cache, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8
  ret i64 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @depth_tracker(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr @depth_tracker.current, align 4
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @depth_tracker.current, align 4
  %5 = load i32, ptr @depth_tracker.current, align 4
  %6 = load i32, ptr @depth_tracker.max_depth, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %1
  %9 = load i32, ptr @depth_tracker.current, align 4
  store i32 %9, ptr @depth_tracker.max_depth, align 4
  br label %10

10:                                               ; preds = %8, %1
  %11 = load i32, ptr %2, align 4
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %17

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = sub nsw i32 %14, 1
  %16 = call i32 @depth_tracker(i32 noundef %15)
  br label %17

17:                                               ; preds = %13, %10
  %18 = load i32, ptr @depth_tracker.current, align 4
  %19 = add nsw i32 %18, -1
  store i32 %19, ptr @depth_tracker.current, align 4
  %20 = load i32, ptr @depth_tracker.max_depth, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @running_mean(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr @running_mean.sum, align 8
  %5 = fadd double %4, %3
  store double %5, ptr @running_mean.sum, align 8
  %6 = load double, ptr @running_mean.sum, align 8
  %7 = load i32, ptr @running_mean.count, align 4
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @running_mean.count, align 4
  %9 = sitofp i32 %8 to double
  %10 = fdiv double %6, %9
  ret double %10
}

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }

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
