; ModuleID = 'ctor_dtor.c'
source_filename = "ctor_dtor.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@init_order = internal global [8 x i32] zeroinitializer, align 16
@ninit = internal global i32 0, align 4
@table = internal global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [44 x i8] c"destructor (default priority): table[5]=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"destructor 150\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"destructor 300\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"constructors ran:\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.5 = private unnamed_addr constant [27 x i8] c"\0Atable[0]=%d table[15]=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"process(5)=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"process(100)=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"not reached\0A\00", align 1
@.str.9 = private unnamed_addr constant [44 x i8] c"atexit handler (registered in constructor)\0A\00", align 1
@.str.10 = private unnamed_addr constant [25 x i8] c"finish(%d) calling exit\0A\00", align 1
@stdout = external global ptr, align 8
@llvm.global_ctors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 101, ptr @init_first, ptr null }, { i32, ptr, ptr } { i32 200, ptr @init_second, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @init_default, ptr null }]
@llvm.global_dtors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @fini_default, ptr null }, { i32, ptr, ptr } { i32 150, ptr @fini_150, ptr null }, { i32, ptr, ptr } { i32 300, ptr @fini_300, ptr null }]

; Function Attrs: noinline nounwind optnone uwtable
define internal void @init_first() #0 {
  %1 = alloca i32, align 4
  %2 = load i32, ptr @ninit, align 4
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @ninit, align 4
  %4 = sext i32 %2 to i64
  %5 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %4
  store i32 101, ptr %5, align 4
  store i32 0, ptr %1, align 4
  br label %6

6:                                                ; preds = %16, %0
  %7 = load i32, ptr %1, align 4
  %8 = icmp slt i32 %7, 16
  br i1 %8, label %9, label %19

9:                                                ; preds = %6
  %10 = load i32, ptr %1, align 4
  %11 = load i32, ptr %1, align 4
  %12 = mul nsw i32 %10, %11
  %13 = load i32, ptr %1, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %14
  store i32 %12, ptr %15, align 4
  br label %16

16:                                               ; preds = %9
  %17 = load i32, ptr %1, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %1, align 4
  br label %6, !llvm.loop !6

19:                                               ; preds = %6
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @init_second() #0 {
  %1 = load i32, ptr @ninit, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @ninit, align 4
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %3
  store i32 200, ptr %4, align 4
  store i32 -1, ptr @table, align 16
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @init_default() #0 {
  %1 = load i32, ptr @ninit, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @ninit, align 4
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %3
  store i32 65535, ptr %4, align 4
  %5 = call i32 @atexit(ptr noundef @from_atexit) #4
  ret void
}

; Function Attrs: nounwind
declare i32 @atexit(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @from_atexit() #0 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.9)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fini_default() #0 {
  %1 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @table, i64 0, i64 5), align 4
  %2 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %1)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fini_150() #0 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fini_300() #0 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  store i32 0, ptr %2, align 4
  br label %4

4:                                                ; preds = %14, %0
  %5 = load i32, ptr %2, align 4
  %6 = load i32, ptr @ninit, align 4
  %7 = icmp slt i32 %5, %6
  br i1 %7, label %8, label %17

8:                                                ; preds = %4
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %10
  %12 = load i32, ptr %11, align 4
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %12)
  br label %14

14:                                               ; preds = %8
  %15 = load i32, ptr %2, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %2, align 4
  br label %4, !llvm.loop !8

17:                                               ; preds = %4
  %18 = load i32, ptr @table, align 16
  %19 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @table, i64 0, i64 15), align 4
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %18, i32 noundef %19)
  %21 = call i32 @process(i32 noundef 5)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %21)
  store i32 555, ptr getelementptr inbounds ([16 x i32], ptr @table, i64 0, i64 5), align 4
  %23 = call i32 @process(i32 noundef 100)
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %23)
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.8)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @process(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %23, %1
  %6 = load i32, ptr %4, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %6, %7
  br i1 %8, label %9, label %26

9:                                                ; preds = %5
  %10 = load i32, ptr %4, align 4
  %11 = srem i32 %10, 16
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = load i32, ptr %3, align 4
  %16 = add nsw i32 %15, %14
  store i32 %16, ptr %3, align 4
  %17 = load i32, ptr %3, align 4
  %18 = icmp sgt i32 %17, 500
  br i1 %18, label %19, label %22

19:                                               ; preds = %9
  %20 = load i32, ptr %3, align 4
  %21 = srem i32 %20, 100
  call void @finish(i32 noundef %21)
  br label %22

22:                                               ; preds = %19, %9
  br label %23

23:                                               ; preds = %22
  %24 = load i32, ptr %4, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4
  br label %5, !llvm.loop !9

26:                                               ; preds = %5
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @finish(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %3)
  %5 = load ptr, ptr @stdout, align 8
  %6 = call i32 @fflush(ptr noundef %5)
  %7 = load i32, ptr %2, align 4
  call void @exit(i32 noundef %7) #5
  unreachable
}

declare i32 @fflush(ptr noundef) #2

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { noreturn nounwind }

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
