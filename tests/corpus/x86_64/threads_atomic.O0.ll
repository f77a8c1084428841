; ModuleID = 'threads_atomic.c'
source_filename = "threads_atomic.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.atomic_flag = type { i8 }

@.str = private unnamed_addr constant [24 x i8] c"thread %d returned %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"total=%ld joined=%ld equal=%d\0A\00", align 1
@total = internal global i64 0, align 8
@.str.2 = private unnamed_addr constant [32 x i8] c"small=%u max=%d locked_sum=%ld\0A\00", align 1
@small_counter = internal global i8 0, align 1
@max_seen = internal global i32 0, align 4
@locked_sum = internal global i64 0, align 8
@started = internal global i32 0, align 4
@lock = internal global %struct.atomic_flag zeroinitializer, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x i64], align 16
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %3, align 8
  br label %11

11:                                               ; preds = %23, %0
  %12 = load i64, ptr %3, align 8
  %13 = icmp slt i64 %12, 4
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = load i64, ptr %3, align 8
  %16 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %15
  %17 = load i64, ptr %3, align 8
  %18 = inttoptr i64 %17 to ptr
  %19 = call i32 @pthread_create(ptr noundef %16, ptr noundef null, ptr noundef @work, ptr noundef %18) #3
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %14
  store i32 1, ptr %1, align 4
  br label %64

22:                                               ; preds = %14
  br label %23

23:                                               ; preds = %22
  %24 = load i64, ptr %3, align 8
  %25 = add nsw i64 %24, 1
  store i64 %25, ptr %3, align 8
  br label %11, !llvm.loop !6

26:                                               ; preds = %11
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %27

27:                                               ; preds = %44, %26
  %28 = load i32, ptr %5, align 4
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %47

30:                                               ; preds = %27
  %31 = load i32, ptr %5, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %32
  %34 = load i64, ptr %33, align 8
  %35 = call i32 @pthread_join(i64 noundef %34, ptr noundef %6)
  %36 = load i32, ptr %5, align 4
  %37 = load ptr, ptr %6, align 8
  %38 = ptrtoint ptr %37 to i64
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %36, i64 noundef %38)
  %40 = load ptr, ptr %6, align 8
  %41 = ptrtoint ptr %40 to i64
  %42 = load i64, ptr %4, align 8
  %43 = add nsw i64 %42, %41
  store i64 %43, ptr %4, align 8
  br label %44

44:                                               ; preds = %30
  %45 = load i32, ptr %5, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %5, align 4
  br label %27, !llvm.loop !8

47:                                               ; preds = %27
  %48 = load atomic i64, ptr @total seq_cst, align 8
  store i64 %48, ptr %7, align 8
  %49 = load i64, ptr %7, align 8
  %50 = load i64, ptr %4, align 8
  %51 = load atomic i64, ptr @total seq_cst, align 8
  store i64 %51, ptr %8, align 8
  %52 = load i64, ptr %8, align 8
  %53 = load i64, ptr %4, align 8
  %54 = icmp eq i64 %52, %53
  %55 = zext i1 %54 to i32
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %49, i64 noundef %50, i32 noundef %55)
  %57 = load atomic i8, ptr @small_counter seq_cst, align 1
  store i8 %57, ptr %9, align 1
  %58 = load i8, ptr %9, align 1
  %59 = zext i8 %58 to i32
  %60 = load atomic i32, ptr @max_seen seq_cst, align 4
  store i32 %60, ptr %10, align 4
  %61 = load i32, ptr %10, align 4
  %62 = load i64, ptr @locked_sum, align 8
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %59, i32 noundef %61, i64 noundef %62)
  store i32 0, ptr %1, align 4
  br label %64

64:                                               ; preds = %47, %21
  %65 = load i32, ptr %1, align 4
  ret i32 %65
}

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @work(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i8, align 1
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i8, align 1
  %16 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  %17 = load ptr, ptr %2, align 8
  %18 = ptrtoint ptr %17 to i64
  store i64 %18, ptr %3, align 8
  store i64 0, ptr %4, align 8
  store i32 1, ptr %5, align 4
  %19 = load i32, ptr %5, align 4
  %20 = atomicrmw add ptr @started, i32 %19 seq_cst, align 4
  store i32 %20, ptr %6, align 4
  %21 = load i32, ptr %6, align 4
  br label %22

22:                                               ; preds = %26, %1
  %23 = load atomic i32, ptr @started seq_cst, align 4
  store i32 %23, ptr %7, align 4
  %24 = load i32, ptr %7, align 4
  %25 = icmp slt i32 %24, 4
  br i1 %25, label %26, label %27

26:                                               ; preds = %22
  br label %22, !llvm.loop !9

27:                                               ; preds = %22
  store i64 1, ptr %8, align 8
  br label %28

28:                                               ; preds = %65, %27
  %29 = load i64, ptr %8, align 8
  %30 = icmp sle i64 %29, 20000
  br i1 %30, label %31, label %68

31:                                               ; preds = %28
  %32 = load i64, ptr %8, align 8
  %33 = load i64, ptr %3, align 8
  %34 = add nsw i64 %33, 1
  %35 = mul nsw i64 %32, %34
  store i64 %35, ptr %9, align 8
  %36 = load i64, ptr %9, align 8
  store i64 %36, ptr %10, align 8
  %37 = load i64, ptr %10, align 8
  %38 = atomicrmw add ptr @total, i64 %37 monotonic, align 8
  store i64 %38, ptr %11, align 8
  %39 = load i64, ptr %11, align 8
  store i8 1, ptr %12, align 1
  %40 = load i8, ptr %12, align 1
  %41 = atomicrmw add ptr @small_counter, i8 %40 seq_cst, align 1
  store i8 %41, ptr %13, align 1
  %42 = load i8, ptr %13, align 1
  %43 = load i64, ptr %9, align 8
  %44 = load i64, ptr %4, align 8
  %45 = add nsw i64 %44, %43
  store i64 %45, ptr %4, align 8
  %46 = load i64, ptr %8, align 8
  %47 = srem i64 %46, 1000
  %48 = icmp eq i64 %47, 0
  br i1 %48, label %49, label %64

49:                                               ; preds = %31
  %50 = load i64, ptr %9, align 8
  %51 = srem i64 %50, 100003
  %52 = trunc i64 %51 to i32
  call void @update_max(i32 noundef %52)
  br label %53

53:                                               ; preds = %58, %49
  store i8 1, ptr %14, align 1
  %54 = load i8, ptr %14, align 1
  %55 = atomicrmw xchg ptr @lock, i8 %54 acquire, align 1
  store i8 %55, ptr %15, align 1
  %56 = load i8, ptr %15, align 1
  %57 = trunc i8 %56 to i1
  br i1 %57, label %58, label %59

58:                                               ; preds = %53
  br label %53, !llvm.loop !10

59:                                               ; preds = %53
  %60 = load i64, ptr %9, align 8
  %61 = load i64, ptr @locked_sum, align 8
  %62 = add nsw i64 %61, %60
  store i64 %62, ptr @locked_sum, align 8
  store i8 0, ptr %16, align 1
  %63 = load i8, ptr %16, align 1
  store atomic i8 %63, ptr @lock release, align 1
  br label %64

64:                                               ; preds = %59, %31
  br label %65

65:                                               ; preds = %64
  %66 = load i64, ptr %8, align 8
  %67 = add nsw i64 %66, 1
  store i64 %67, ptr %8, align 8
  br label %28, !llvm.loop !11

68:                                               ; preds = %28
  fence seq_cst
  %69 = load i64, ptr %4, align 8
  %70 = inttoptr i64 %69 to ptr
  ret ptr %70
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #2

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @update_max(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  store i32 %0, ptr %2, align 4
  %7 = load atomic i32, ptr @max_seen monotonic, align 4
  store i32 %7, ptr %4, align 4
  %8 = load i32, ptr %4, align 4
  store i32 %8, ptr %3, align 4
  br label %9

9:                                                ; preds = %28, %1
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %26

13:                                               ; preds = %9
  %14 = load i32, ptr %2, align 4
  store i32 %14, ptr %5, align 4
  %15 = load i32, ptr %3, align 4
  %16 = load i32, ptr %5, align 4
  %17 = cmpxchg weak ptr @max_seen, i32 %15, i32 %16 seq_cst seq_cst, align 4
  %18 = extractvalue { i32, i1 } %17, 0
  %19 = extractvalue { i32, i1 } %17, 1
  br i1 %19, label %21, label %20

20:                                               ; preds = %13
  store i32 %18, ptr %3, align 4
  br label %21

21:                                               ; preds = %20, %13
  %22 = zext i1 %19 to i8
  store i8 %22, ptr %6, align 1
  %23 = load i8, ptr %6, align 1
  %24 = trunc i8 %23 to i1
  %25 = xor i1 %24, true
  br label %26

26:                                               ; preds = %21, %9
  %27 = phi i1 [ false, %9 ], [ %25, %21 ]
  br i1 %27, label %28, label %29

28:                                               ; preds = %26
  br label %9, !llvm.loop !12

29:                                               ; preds = %26
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
