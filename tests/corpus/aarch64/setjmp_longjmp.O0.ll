; ModuleID = 'setjmp_longjmp.c'
source_filename = "setjmp_longjmp.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.__jmp_buf_tag = type { [22 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }

@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 8
@.str = private unnamed_addr constant [12 x i8] c"first pass\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"not reached\0A\00", align 1
@.str.2 = private unnamed_addr constant [44 x i8] c"longjmp returned %d (attempt %d, calls %d)\0A\00", align 1
@calls = internal global i32 0, align 4
@.str.3 = private unnamed_addr constant [38 x i8] c"accumulated=%ld attempts=%d calls=%d\0A\00", align 1
@main.divisors = internal constant [5 x i32] [i32 3, i32 0, i32 7, i32 0, i32 -2], align 4
@.str.4 = private unnamed_addr constant [37 x i8] c"caught division by zero at index %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"100/%d=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"ok=%d errors=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca [1 x %struct.__jmp_buf_tag], align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store volatile i32 0, ptr %2, align 4
  store volatile i64 0, ptr %3, align 8
  %10 = call i32 @_setjmp(ptr noundef @env) #4
  store i32 %10, ptr %4, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %0
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str)
  call void @deep(i32 noundef 0, i32 noundef 5)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  br label %33

16:                                               ; preds = %0
  %17 = load volatile i32, ptr %2, align 4
  %18 = add nsw i32 %17, 1
  store volatile i32 %18, ptr %2, align 4
  %19 = load i32, ptr %4, align 4
  %20 = sext i32 %19 to i64
  %21 = load volatile i64, ptr %3, align 8
  %22 = add nsw i64 %21, %20
  store volatile i64 %22, ptr %3, align 8
  %23 = load i32, ptr %4, align 4
  %24 = load volatile i32, ptr %2, align 4
  %25 = load i32, ptr @calls, align 4
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %23, i32 noundef %24, i32 noundef %25)
  %27 = load volatile i32, ptr %2, align 4
  %28 = icmp slt i32 %27, 4
  br i1 %28, label %29, label %32

29:                                               ; preds = %16
  %30 = load volatile i32, ptr %2, align 4
  %31 = mul nsw i32 %30, 3
  call void @deep(i32 noundef 0, i32 noundef %31)
  br label %32

32:                                               ; preds = %29, %16
  br label %33

33:                                               ; preds = %32, %13
  %34 = load volatile i64, ptr %3, align 8
  %35 = load volatile i32, ptr %2, align 4
  %36 = load i32, ptr @calls, align 4
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %34, i32 noundef %35, i32 noundef %36)
  store volatile i32 0, ptr %6, align 4
  store volatile i32 0, ptr %7, align 4
  store volatile i32 0, ptr %8, align 4
  %38 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %5, i64 0, i64 0
  %39 = call i32 @_setjmp(ptr noundef %38) #4
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %48

41:                                               ; preds = %33
  %42 = load volatile i32, ptr %8, align 4
  %43 = add nsw i32 %42, 1
  store volatile i32 %43, ptr %8, align 4
  %44 = load volatile i32, ptr %6, align 4
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %44)
  %46 = load volatile i32, ptr %6, align 4
  %47 = add nsw i32 %46, 1
  store volatile i32 %47, ptr %6, align 4
  br label %48

48:                                               ; preds = %41, %33
  br label %49

49:                                               ; preds = %66, %48
  %50 = load volatile i32, ptr %6, align 4
  %51 = icmp slt i32 %50, 5
  br i1 %51, label %52, label %69

52:                                               ; preds = %49
  %53 = load volatile i32, ptr %6, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [5 x i32], ptr @main.divisors, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4
  %57 = call i32 @safe_div(i32 noundef 100, i32 noundef %56, ptr noundef %5)
  store i32 %57, ptr %9, align 4
  %58 = load volatile i32, ptr %7, align 4
  %59 = add nsw i32 %58, 1
  store volatile i32 %59, ptr %7, align 4
  %60 = load volatile i32, ptr %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [5 x i32], ptr @main.divisors, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4
  %64 = load i32, ptr %9, align 4
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %63, i32 noundef %64)
  br label %66

66:                                               ; preds = %52
  %67 = load volatile i32, ptr %6, align 4
  %68 = add nsw i32 %67, 1
  store volatile i32 %68, ptr %6, align 4
  br label %49, !llvm.loop !6

69:                                               ; preds = %49
  %70 = load volatile i32, ptr %7, align 4
  %71 = load volatile i32, ptr %8, align 4
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %70, i32 noundef %71)
  ret i32 0
}

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @deep(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr @calls, align 4
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @calls, align 4
  %7 = load i32, ptr %3, align 4
  %8 = load i32, ptr %4, align 4
  %9 = icmp eq i32 %7, %8
  br i1 %9, label %10, label %14

10:                                               ; preds = %2
  %11 = load i32, ptr %3, align 4
  %12 = mul nsw i32 %11, 10
  %13 = add nsw i32 %12, 1
  call void @longjmp(ptr noundef @env, i32 noundef %13) #5
  unreachable

14:                                               ; preds = %2
  %15 = load i32, ptr %3, align 4
  %16 = add nsw i32 %15, 1
  %17 = load i32, ptr %4, align 4
  call void @deep(i32 noundef %16, i32 noundef %17)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @safe_div(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %7 = load i32, ptr %5, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %3
  %10 = load ptr, ptr %6, align 8
  %11 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0
  call void @longjmp(ptr noundef %11, i32 noundef 0) #5
  unreachable

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %5, align 4
  %15 = sdiv i32 %13, %14
  ret i32 %15
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind returns_twice "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind returns_twice }
attributes #5 = { noreturn nounwind }

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
