; ModuleID = 'atexit_handlers.c'
source_filename = "atexit_handlers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [40 x i8] c"main: registered handlers, returning 0\0A\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"h1 (call %d) log=%.*s\0A\00", align 1
@calls = internal global i32 0, align 4
@log_len = internal global i32 0, align 4
@log_buf = internal global [64 x i8] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [14 x i8] c"h2 (call %d)\0A\00", align 1
@.str.3 = private unnamed_addr constant [34 x i8] c"h3 (call %d) registering another\0A\00", align 1
@.str.4 = private unnamed_addr constant [41 x i8] c"late handler registered by h3 (call %d)\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"same handler, call %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %3 = call i32 @atexit(ptr noundef @h1) #3
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %8, label %5

5:                                                ; preds = %0
  %6 = call i32 @atexit(ptr noundef @h2) #3
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %5, %0
  store i32 1, ptr %1, align 4
  br label %21

9:                                                ; preds = %5
  %10 = call i32 @atexit(ptr noundef @h3) #3
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %16, %9
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 3
  br i1 %13, label %14, label %19

14:                                               ; preds = %11
  %15 = call i32 @atexit(ptr noundef @same) #3
  br label %16

16:                                               ; preds = %14
  %17 = load i32, ptr %2, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %2, align 4
  br label %11, !llvm.loop !6

19:                                               ; preds = %11
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str)
  call void @record(i8 noundef signext 109)
  store i32 0, ptr %1, align 4
  br label %21

21:                                               ; preds = %19, %8
  %22 = load i32, ptr %1, align 4
  ret i32 %22
}

; Function Attrs: nounwind
declare i32 @atexit(ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @h1() #0 {
  call void @record(i8 noundef signext 49)
  %1 = load i32, ptr @calls, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4
  %3 = load i32, ptr @log_len, align 4
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %2, i32 noundef %3, ptr noundef @log_buf)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @h2() #0 {
  call void @record(i8 noundef signext 50)
  %1 = load i32, ptr @calls, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %2)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @h3() #0 {
  call void @record(i8 noundef signext 51)
  %1 = load i32, ptr @calls, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %2)
  %4 = call i32 @atexit(ptr noundef @late) #3
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @same() #0 {
  %1 = load i32, ptr @calls, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %2)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @record(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i32, ptr @log_len, align 4
  %4 = icmp slt i32 %3, 63
  br i1 %4, label %5, label %11

5:                                                ; preds = %1
  %6 = load i8, ptr %2, align 1
  %7 = load i32, ptr @log_len, align 4
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @log_len, align 4
  %9 = sext i32 %7 to i64
  %10 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %9
  store i8 %6, ptr %10, align 1
  br label %11

11:                                               ; preds = %5, %1
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @late() #0 {
  call void @record(i8 noundef signext 76)
  %1 = load i32, ptr @calls, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %2)
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
