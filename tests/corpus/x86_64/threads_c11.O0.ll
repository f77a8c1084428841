; ModuleID = 'threads_c11.c'
source_filename = "threads_c11.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.mtx_t = type { i64, [32 x i8] }

@lock = internal global %union.mtx_t zeroinitializer, align 8
@.str = private unnamed_addr constant [17 x i8] c"thread %d -> %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"shared_sum=%ld main mine=%d\0A\00", align 1
@shared_sum = internal global i64 0, align 8
@mine = internal thread_local global i32 3, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i64], align 16
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %6 = call i32 @mtx_init(ptr noundef @lock, i32 noundef 0)
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %0
  store i32 1, ptr %1, align 4
  br label %46

9:                                                ; preds = %0
  store i64 0, ptr %3, align 8
  br label %10

10:                                               ; preds = %22, %9
  %11 = load i64, ptr %3, align 8
  %12 = icmp slt i64 %11, 3
  br i1 %12, label %13, label %25

13:                                               ; preds = %10
  %14 = load i64, ptr %3, align 8
  %15 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %14
  %16 = load i64, ptr %3, align 8
  %17 = inttoptr i64 %16 to ptr
  %18 = call i32 @thrd_create(ptr noundef %15, ptr noundef @work, ptr noundef %17)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %13
  store i32 1, ptr %1, align 4
  br label %46

21:                                               ; preds = %13
  br label %22

22:                                               ; preds = %21
  %23 = load i64, ptr %3, align 8
  %24 = add nsw i64 %23, 1
  store i64 %24, ptr %3, align 8
  br label %10, !llvm.loop !6

25:                                               ; preds = %10
  store i32 0, ptr %4, align 4
  br label %26

26:                                               ; preds = %38, %25
  %27 = load i32, ptr %4, align 4
  %28 = icmp slt i32 %27, 3
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  store i32 0, ptr %5, align 4
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %31
  %33 = load i64, ptr %32, align 8
  %34 = call i32 @thrd_join(i64 noundef %33, ptr noundef %5)
  %35 = load i32, ptr %4, align 4
  %36 = load i32, ptr %5, align 4
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %35, i32 noundef %36)
  br label %38

38:                                               ; preds = %29
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %26, !llvm.loop !8

41:                                               ; preds = %26
  %42 = load i64, ptr @shared_sum, align 8
  %43 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %44 = load i32, ptr %43, align 4
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %42, i32 noundef %44)
  call void @mtx_destroy(ptr noundef @lock)
  store i32 0, ptr %1, align 4
  br label %46

46:                                               ; preds = %41, %20, %8
  %47 = load i32, ptr %1, align 4
  ret i32 %47
}

declare i32 @mtx_init(ptr noundef, i32 noundef) #1

declare i32 @thrd_create(ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @work(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  %6 = ptrtoint ptr %5 to i64
  %7 = trunc i64 %6 to i32
  store i32 %7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %25, %1
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 1000
  br i1 %10, label %11, label %28

11:                                               ; preds = %8
  %12 = load i32, ptr %3, align 4
  %13 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %14 = load i32, ptr %13, align 4
  %15 = add nsw i32 %14, %12
  store i32 %15, ptr %13, align 4
  %16 = call i32 @mtx_lock(ptr noundef @lock)
  %17 = load i32, ptr %4, align 4
  %18 = load i32, ptr %3, align 4
  %19 = add nsw i32 %18, 2
  %20 = srem i32 %17, %19
  %21 = sext i32 %20 to i64
  %22 = load i64, ptr @shared_sum, align 8
  %23 = add nsw i64 %22, %21
  store i64 %23, ptr @shared_sum, align 8
  %24 = call i32 @mtx_unlock(ptr noundef @lock)
  br label %25

25:                                               ; preds = %11
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %4, align 4
  br label %8, !llvm.loop !9

28:                                               ; preds = %8
  %29 = load i32, ptr %3, align 4
  %30 = icmp eq i32 %29, 2
  br i1 %30, label %31, label %35

31:                                               ; preds = %28
  %32 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %33 = load i32, ptr %32, align 4
  %34 = sub nsw i32 0, %33
  call void @leave(i32 noundef %34)
  br label %35

35:                                               ; preds = %31, %28
  %36 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %37 = load i32, ptr %36, align 4
  %38 = srem i32 %37, 1000
  ret i32 %38
}

declare i32 @thrd_join(i64 noundef, ptr noundef) #1

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #2

declare void @mtx_destroy(ptr noundef) #1

declare i32 @mtx_lock(ptr noundef) #1

declare i32 @mtx_unlock(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @leave(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  call void @thrd_exit(i32 noundef %3) #4
  unreachable
}

; Function Attrs: noreturn
declare void @thrd_exit(i32 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noreturn "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn }

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
