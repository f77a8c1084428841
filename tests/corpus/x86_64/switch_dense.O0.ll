; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"%d=%s \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"%d:%d \00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"\0Atotal days=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"weird(%d)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [37 x i8] c"Hello, world! 42 apples; 7 oranges?\0A\00", align 1
@.str.6 = private unnamed_addr constant [55 x i8] c"classes: other=%d digit=%d vowel=%d space=%d punct=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"orange\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"yellow\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"indigo\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"violet\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"?\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [5 x i32], align 16
  %8 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %9

9:                                                ; preds = %17, %0
  %10 = load i32, ptr %2, align 4
  %11 = icmp sle i32 %10, 7
  br i1 %11, label %12, label %20

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4
  %14 = load i32, ptr %2, align 4
  %15 = call ptr @color_name(i32 noundef %14)
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %13, ptr noundef %15)
  br label %17

17:                                               ; preds = %12
  %18 = load i32, ptr %2, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %2, align 4
  br label %9, !llvm.loop !6

20:                                               ; preds = %9
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.1)
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %22

22:                                               ; preds = %39, %20
  %23 = load i32, ptr %4, align 4
  %24 = icmp sle i32 %23, 13
  br i1 %24, label %25, label %42

25:                                               ; preds = %22
  %26 = load i32, ptr %4, align 4
  %27 = load i32, ptr %4, align 4
  %28 = call i32 @days_in_month(i32 noundef %27)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %26, i32 noundef %28)
  %30 = load i32, ptr %4, align 4
  %31 = call i32 @days_in_month(i32 noundef %30)
  %32 = icmp sgt i32 %31, 0
  br i1 %32, label %33, label %38

33:                                               ; preds = %25
  %34 = load i32, ptr %4, align 4
  %35 = call i32 @days_in_month(i32 noundef %34)
  %36 = load i32, ptr %3, align 4
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %3, align 4
  br label %38

38:                                               ; preds = %33, %25
  br label %39

39:                                               ; preds = %38
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %22, !llvm.loop !8

42:                                               ; preds = %22
  %43 = load i32, ptr %3, align 4
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %43)
  store i32 -5, ptr %5, align 4
  br label %45

45:                                               ; preds = %53, %42
  %46 = load i32, ptr %5, align 4
  %47 = icmp sle i32 %46, 7
  br i1 %47, label %48, label %56

48:                                               ; preds = %45
  %49 = load i32, ptr %5, align 4
  %50 = load i32, ptr %5, align 4
  %51 = call i32 @weird(i32 noundef %50)
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %49, i32 noundef %51)
  br label %53

53:                                               ; preds = %48
  %54 = load i32, ptr %5, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4
  br label %45, !llvm.loop !9

56:                                               ; preds = %45
  store ptr @.str.5, ptr %6, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 20, i1 false)
  %57 = load ptr, ptr %6, align 8
  store ptr %57, ptr %8, align 8
  br label %58

58:                                               ; preds = %70, %56
  %59 = load ptr, ptr %8, align 8
  %60 = load i8, ptr %59, align 1
  %61 = icmp ne i8 %60, 0
  br i1 %61, label %62, label %73

62:                                               ; preds = %58
  %63 = load ptr, ptr %8, align 8
  %64 = load i8, ptr %63, align 1
  %65 = call i32 @classify(i8 noundef zeroext %64)
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %67, align 4
  br label %70

70:                                               ; preds = %62
  %71 = load ptr, ptr %8, align 8
  %72 = getelementptr inbounds i8, ptr %71, i32 1
  store ptr %72, ptr %8, align 8
  br label %58, !llvm.loop !10

73:                                               ; preds = %58
  %74 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 0
  %75 = load i32, ptr %74, align 16
  %76 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 1
  %77 = load i32, ptr %76, align 4
  %78 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 2
  %79 = load i32, ptr %78, align 8
  %80 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 3
  %81 = load i32, ptr %80, align 4
  %82 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 4
  %83 = load i32, ptr %82, align 16
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %75, i32 noundef %77, i32 noundef %79, i32 noundef %81, i32 noundef %83)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @color_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
  ]

5:                                                ; preds = %1
  store ptr @.str.7, ptr %2, align 8
  br label %13

6:                                                ; preds = %1
  store ptr @.str.8, ptr %2, align 8
  br label %13

7:                                                ; preds = %1
  store ptr @.str.9, ptr %2, align 8
  br label %13

8:                                                ; preds = %1
  store ptr @.str.10, ptr %2, align 8
  br label %13

9:                                                ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %13

10:                                               ; preds = %1
  store ptr @.str.12, ptr %2, align 8
  br label %13

11:                                               ; preds = %1
  store ptr @.str.13, ptr %2, align 8
  br label %13

12:                                               ; preds = %1
  store ptr @.str.14, ptr %2, align 8
  br label %13

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6, %5
  %14 = load ptr, ptr %2, align 8
  ret ptr %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @days_in_month(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %8 [
    i32 2, label %5
    i32 4, label %6
    i32 6, label %6
    i32 9, label %6
    i32 11, label %6
    i32 1, label %7
    i32 3, label %7
    i32 5, label %7
    i32 7, label %7
    i32 8, label %7
    i32 10, label %7
    i32 12, label %7
  ]

5:                                                ; preds = %1
  store i32 28, ptr %2, align 4
  br label %9

6:                                                ; preds = %1, %1, %1, %1
  store i32 30, ptr %2, align 4
  br label %9

7:                                                ; preds = %1, %1, %1, %1, %1, %1, %1
  store i32 31, ptr %2, align 4
  br label %9

8:                                                ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %9

9:                                                ; preds = %8, %7, %6, %5
  %10 = load i32, ptr %2, align 4
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @weird(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  switch i32 %5, label %15 [
    i32 -3, label %6
    i32 -2, label %9
    i32 -1, label %12
    i32 0, label %16
    i32 1, label %19
    i32 2, label %22
    i32 3, label %25
    i32 4, label %28
    i32 5, label %29
  ]

6:                                                ; preds = %1
  %7 = load i32, ptr %4, align 4
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr %4, align 4
  br label %9

9:                                                ; preds = %1, %6
  %10 = load i32, ptr %4, align 4
  %11 = add nsw i32 %10, 10
  store i32 %11, ptr %4, align 4
  br label %12

12:                                               ; preds = %1, %9
  %13 = load i32, ptr %4, align 4
  %14 = add nsw i32 %13, 100
  store i32 %14, ptr %4, align 4
  br label %33

15:                                               ; preds = %1
  store i32 -1, ptr %4, align 4
  br label %16

16:                                               ; preds = %1, %15
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %17, 1000
  store i32 %18, ptr %4, align 4
  br label %33

19:                                               ; preds = %1
  %20 = load i32, ptr %4, align 4
  %21 = add nsw i32 %20, 2
  store i32 %21, ptr %4, align 4
  br label %33

22:                                               ; preds = %1
  %23 = load i32, ptr %4, align 4
  %24 = add nsw i32 %23, 3
  store i32 %24, ptr %4, align 4
  br label %25

25:                                               ; preds = %1, %22
  %26 = load i32, ptr %4, align 4
  %27 = mul nsw i32 %26, 7
  store i32 %27, ptr %4, align 4
  br label %33

28:                                               ; preds = %1
  store i32 44, ptr %2, align 4
  br label %35

29:                                               ; preds = %1
  %30 = load i32, ptr %3, align 4
  %31 = load i32, ptr %3, align 4
  %32 = mul nsw i32 %30, %31
  store i32 %32, ptr %4, align 4
  br label %33

33:                                               ; preds = %29, %25, %19, %16, %12
  %34 = load i32, ptr %4, align 4
  store i32 %34, ptr %2, align 4
  br label %35

35:                                               ; preds = %33, %28
  %36 = load i32, ptr %2, align 4
  ret i32 %36
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @classify(i8 noundef zeroext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1
  %5 = zext i8 %4 to i32
  switch i32 %5, label %10 [
    i32 48, label %6
    i32 49, label %6
    i32 50, label %6
    i32 51, label %6
    i32 52, label %6
    i32 53, label %6
    i32 54, label %6
    i32 55, label %6
    i32 56, label %6
    i32 57, label %6
    i32 97, label %7
    i32 101, label %7
    i32 105, label %7
    i32 111, label %7
    i32 117, label %7
    i32 32, label %8
    i32 9, label %8
    i32 10, label %8
    i32 46, label %9
    i32 44, label %9
    i32 59, label %9
    i32 33, label %9
    i32 63, label %9
  ]

6:                                                ; preds = %1, %1, %1, %1, %1, %1, %1, %1, %1, %1
  store i32 1, ptr %2, align 4
  br label %11

7:                                                ; preds = %1, %1, %1, %1, %1
  store i32 2, ptr %2, align 4
  br label %11

8:                                                ; preds = %1, %1, %1
  store i32 3, ptr %2, align 4
  br label %11

9:                                                ; preds = %1, %1, %1, %1, %1
  store i32 4, ptr %2, align 4
  br label %11

10:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %10, %9, %8, %7, %6
  %12 = load i32, ptr %2, align 4
  ret i32 %12
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
