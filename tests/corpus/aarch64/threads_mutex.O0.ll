; ModuleID = 'threads_mutex.c'
source_filename = "threads_mutex.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s, [8 x i8] }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i32, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }

@.str = private unnamed_addr constant [29 x i8] c"thread %d: weighted sum %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"counter=%ld order=%s\0A\00", align 1
@shared_counter = internal global i64 0, align 8
@order = internal global [13 x i8] zeroinitializer, align 1
@mu = internal global %union.pthread_mutex_t { %struct.__pthread_mutex_s zeroinitializer, [8 x i8] undef }, align 8
@turn = internal global i32 0, align 4
@cv = internal global %union.pthread_cond_t zeroinitializer, align 8
@order_len = internal global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i64], align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i64 0, ptr %3, align 8
  br label %6

6:                                                ; preds = %15, %0
  %7 = load i64, ptr %3, align 8
  %8 = icmp slt i64 %7, 3
  br i1 %8, label %9, label %18

9:                                                ; preds = %6
  %10 = load i64, ptr %3, align 8
  %11 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %10
  %12 = load i64, ptr %3, align 8
  %13 = inttoptr i64 %12 to ptr
  %14 = call i32 @pthread_create(ptr noundef %11, ptr noundef null, ptr noundef @work, ptr noundef %13) #4
  br label %15

15:                                               ; preds = %9
  %16 = load i64, ptr %3, align 8
  %17 = add nsw i64 %16, 1
  store i64 %17, ptr %3, align 8
  br label %6, !llvm.loop !6

18:                                               ; preds = %6
  store i32 0, ptr %4, align 4
  br label %19

19:                                               ; preds = %32, %18
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %20, 3
  br i1 %21, label %22, label %35

22:                                               ; preds = %19
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %24
  %26 = load i64, ptr %25, align 8
  %27 = call i32 @pthread_join(i64 noundef %26, ptr noundef %5)
  %28 = load i32, ptr %4, align 4
  %29 = load ptr, ptr %5, align 8
  %30 = ptrtoint ptr %29 to i64
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %28, i64 noundef %30)
  br label %32

32:                                               ; preds = %22
  %33 = load i32, ptr %4, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %4, align 4
  br label %19, !llvm.loop !8

35:                                               ; preds = %19
  %36 = load i64, ptr @shared_counter, align 8
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %36, ptr noundef @order)
  ret i32 0
}

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @work(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [16 x i32], align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %9 = load ptr, ptr %2, align 8
  %10 = ptrtoint ptr %9 to i64
  %11 = trunc i64 %10 to i32
  store i32 %11, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %12

12:                                               ; preds = %23, %1
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %13, 5000
  br i1 %14, label %15, label %26

15:                                               ; preds = %12
  %16 = call i32 @pthread_mutex_lock(ptr noundef @mu) #4
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 1
  %19 = sext i32 %18 to i64
  %20 = load i64, ptr @shared_counter, align 8
  %21 = add nsw i64 %20, %19
  store i64 %21, ptr @shared_counter, align 8
  %22 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #4
  br label %23

23:                                               ; preds = %15
  %24 = load i32, ptr %4, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4
  br label %12, !llvm.loop !9

26:                                               ; preds = %12
  store i32 0, ptr %5, align 4
  br label %27

27:                                               ; preds = %51, %26
  %28 = load i32, ptr %5, align 4
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %54

30:                                               ; preds = %27
  %31 = call i32 @pthread_mutex_lock(ptr noundef @mu) #4
  br label %32

32:                                               ; preds = %37, %30
  %33 = load i32, ptr @turn, align 4
  %34 = srem i32 %33, 3
  %35 = load i32, ptr %3, align 4
  %36 = icmp ne i32 %34, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %32
  %38 = call i32 @pthread_cond_wait(ptr noundef @cv, ptr noundef @mu)
  br label %32, !llvm.loop !10

39:                                               ; preds = %32
  %40 = load i32, ptr %3, align 4
  %41 = add nsw i32 97, %40
  %42 = trunc i32 %41 to i8
  %43 = load i32, ptr @order_len, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr @order_len, align 4
  %45 = sext i32 %43 to i64
  %46 = getelementptr inbounds [13 x i8], ptr @order, i64 0, i64 %45
  store i8 %42, ptr %46, align 1
  %47 = load i32, ptr @turn, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr @turn, align 4
  %49 = call i32 @pthread_cond_broadcast(ptr noundef @cv) #4
  %50 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #4
  br label %51

51:                                               ; preds = %39
  %52 = load i32, ptr %5, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %5, align 4
  br label %27, !llvm.loop !11

54:                                               ; preds = %27
  store i32 0, ptr %7, align 4
  br label %55

55:                                               ; preds = %68, %54
  %56 = load i32, ptr %7, align 4
  %57 = icmp slt i32 %56, 16
  br i1 %57, label %58, label %71

58:                                               ; preds = %55
  %59 = load i32, ptr %7, align 4
  %60 = mul nsw i32 %59, 7
  %61 = load i32, ptr %3, align 4
  %62 = mul nsw i32 %61, 3
  %63 = add nsw i32 %60, %62
  %64 = srem i32 %63, 16
  %65 = load i32, ptr %7, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [16 x i32], ptr %6, i64 0, i64 %66
  store i32 %64, ptr %67, align 4
  br label %68

68:                                               ; preds = %58
  %69 = load i32, ptr %7, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %7, align 4
  br label %55, !llvm.loop !12

71:                                               ; preds = %55
  %72 = getelementptr inbounds [16 x i32], ptr %6, i64 0, i64 0
  %73 = call i64 @sort_and_sum(ptr noundef %72, i32 noundef 16)
  store i64 %73, ptr %8, align 8
  %74 = load i32, ptr %3, align 4
  %75 = icmp eq i32 %74, 2
  br i1 %75, label %76, label %78

76:                                               ; preds = %71
  %77 = load i64, ptr %8, align 8
  call void @finish(i64 noundef %77)
  br label %78

78:                                               ; preds = %76, %71
  %79 = load i64, ptr %8, align 8
  %80 = inttoptr i64 %79 to ptr
  ret ptr %80
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #2

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) #1

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) #1

declare i32 @pthread_cond_wait(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare i32 @pthread_cond_broadcast(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sort_and_sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  call void @qsort(ptr noundef %7, i64 noundef %9, i64 noundef 4, ptr noundef @cmp_desc)
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %27, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %30

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = sext i32 %19 to i64
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  %23 = sext i32 %22 to i64
  %24 = mul nsw i64 %20, %23
  %25 = load i64, ptr %5, align 8
  %26 = add nsw i64 %25, %24
  store i64 %26, ptr %5, align 8
  br label %27

27:                                               ; preds = %14
  %28 = load i32, ptr %6, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %6, align 4
  br label %10, !llvm.loop !13

30:                                               ; preds = %10
  %31 = load i64, ptr %5, align 8
  ret i64 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @finish(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = add nsw i64 %3, 1000000
  %5 = inttoptr i64 %4 to ptr
  call void @pthread_exit(ptr noundef %5) #5
  unreachable
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp slt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp sgt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

; Function Attrs: noreturn
declare void @pthread_exit(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }
attributes #5 = { noreturn }

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
