; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [13 x i8] c"fib(%d)=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"fib_memo(90)=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"ack(%lu,3)=%lu\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"ack(2,200)=%lu\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"hofstadter F:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"\0Ahofstadter M:\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"\0Agcd=%ld %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"sum_to(5000)=%ld\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"hanoi moves=%d\0A\00", align 1
@moves = internal global i32 0, align 4
@__const.main.v = private unnamed_addr constant [10 x i32] [i32 3, i32 34, i32 4, i32 12, i32 5, i32 2, i32 9, i32 7, i32 1, i32 8], align 4
@.str.10 = private unnamed_addr constant [27 x i8] c"subsets summing to 20: %d\0A\00", align 1
@memo = internal global [91 x i64] zeroinitializer, align 8
@.str.11 = private unnamed_addr constant [21 x i8] c"move disk %d %c->%c\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [10 x i32], align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %16, %0
  %9 = load i32, ptr %2, align 4
  %10 = icmp sle i32 %9, 25
  br i1 %10, label %11, label %19

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4
  %13 = load i32, ptr %2, align 4
  %14 = call i64 @fib(i32 noundef %13)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %12, i64 noundef %14)
  br label %16

16:                                               ; preds = %11
  %17 = load i32, ptr %2, align 4
  %18 = add nsw i32 %17, 5
  store i32 %18, ptr %2, align 4
  br label %8, !llvm.loop !6

19:                                               ; preds = %8
  %20 = call i64 @fib_memo(i32 noundef 90)
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %20)
  store i64 0, ptr %3, align 8
  br label %22

22:                                               ; preds = %30, %19
  %23 = load i64, ptr %3, align 8
  %24 = icmp ule i64 %23, 3
  br i1 %24, label %25, label %33

25:                                               ; preds = %22
  %26 = load i64, ptr %3, align 8
  %27 = load i64, ptr %3, align 8
  %28 = call i64 @ack(i64 noundef %27, i64 noundef 3)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %26, i64 noundef %28)
  br label %30

30:                                               ; preds = %25
  %31 = load i64, ptr %3, align 8
  %32 = add i64 %31, 1
  store i64 %32, ptr %3, align 8
  br label %22, !llvm.loop !8

33:                                               ; preds = %22
  %34 = call i64 @ack(i64 noundef 2, i64 noundef 200)
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %34)
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  store i32 0, ptr %4, align 4
  br label %37

37:                                               ; preds = %44, %33
  %38 = load i32, ptr %4, align 4
  %39 = icmp slt i32 %38, 15
  br i1 %39, label %40, label %47

40:                                               ; preds = %37
  %41 = load i32, ptr %4, align 4
  %42 = call i32 @hofstadter_f(i32 noundef %41)
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %42)
  br label %44

44:                                               ; preds = %40
  %45 = load i32, ptr %4, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %4, align 4
  br label %37, !llvm.loop !9

47:                                               ; preds = %37
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  store i32 0, ptr %5, align 4
  br label %49

49:                                               ; preds = %56, %47
  %50 = load i32, ptr %5, align 4
  %51 = icmp slt i32 %50, 15
  br i1 %51, label %52, label %59

52:                                               ; preds = %49
  %53 = load i32, ptr %5, align 4
  %54 = call i32 @hofstadter_m(i32 noundef %53)
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %54)
  br label %56

56:                                               ; preds = %52
  %57 = load i32, ptr %5, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %5, align 4
  br label %49, !llvm.loop !10

59:                                               ; preds = %49
  %60 = call i64 @gcd(i64 noundef 1071, i64 noundef 462)
  %61 = call i64 @gcd(i64 noundef 1099511627776, i64 noundef 6291456)
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %60, i64 noundef %61)
  %63 = call i64 @sum_to(i64 noundef 5000, i64 noundef 0)
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %63)
  call void @hanoi(i32 noundef 6, i8 noundef 65, i8 noundef 67, i8 noundef 66)
  %65 = load i32, ptr @moves, align 4
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %65)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.main.v, i64 40, i1 false)
  store i32 0, ptr %7, align 4
  %67 = getelementptr inbounds [10 x i32], ptr %6, i64 0, i64 0
  call void @subsets(ptr noundef %67, i32 noundef 10, i32 noundef 0, i32 noundef 0, ptr noundef %7, i32 noundef 20)
  %68 = load i32, ptr %7, align 4
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %68)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @fib(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 2
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  %7 = sext i32 %6 to i64
  br label %16

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4
  %10 = sub nsw i32 %9, 1
  %11 = call i64 @fib(i32 noundef %10)
  %12 = load i32, ptr %2, align 4
  %13 = sub nsw i32 %12, 2
  %14 = call i64 @fib(i32 noundef %13)
  %15 = add nsw i64 %11, %14
  br label %16

16:                                               ; preds = %8, %5
  %17 = phi i64 [ %7, %5 ], [ %15, %8 ]
  ret i64 %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @fib_memo(i32 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  %5 = icmp slt i32 %4, 2
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = load i32, ptr %3, align 4
  %8 = sext i32 %7 to i64
  store i64 %8, ptr %2, align 8
  br label %31

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [91 x i64], ptr @memo, i64 0, i64 %11
  %13 = load i64, ptr %12, align 8
  %14 = icmp ne i64 %13, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %9
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [91 x i64], ptr @memo, i64 0, i64 %17
  %19 = load i64, ptr %18, align 8
  store i64 %19, ptr %2, align 8
  br label %31

20:                                               ; preds = %9
  %21 = load i32, ptr %3, align 4
  %22 = sub nsw i32 %21, 1
  %23 = call i64 @fib_memo(i32 noundef %22)
  %24 = load i32, ptr %3, align 4
  %25 = sub nsw i32 %24, 2
  %26 = call i64 @fib_memo(i32 noundef %25)
  %27 = add nsw i64 %23, %26
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [91 x i64], ptr @memo, i64 0, i64 %29
  store i64 %27, ptr %30, align 8
  store i64 %27, ptr %2, align 8
  br label %31

31:                                               ; preds = %20, %15, %6
  %32 = load i64, ptr %2, align 8
  ret i64 %32
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ack(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i64, ptr %5, align 8
  %10 = add i64 %9, 1
  store i64 %10, ptr %3, align 8
  br label %26

11:                                               ; preds = %2
  %12 = load i64, ptr %5, align 8
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %18

14:                                               ; preds = %11
  %15 = load i64, ptr %4, align 8
  %16 = sub i64 %15, 1
  %17 = call i64 @ack(i64 noundef %16, i64 noundef 1)
  store i64 %17, ptr %3, align 8
  br label %26

18:                                               ; preds = %11
  %19 = load i64, ptr %4, align 8
  %20 = sub i64 %19, 1
  %21 = load i64, ptr %4, align 8
  %22 = load i64, ptr %5, align 8
  %23 = sub i64 %22, 1
  %24 = call i64 @ack(i64 noundef %21, i64 noundef %23)
  %25 = call i64 @ack(i64 noundef %20, i64 noundef %24)
  store i64 %25, ptr %3, align 8
  br label %26

26:                                               ; preds = %18, %14, %8
  %27 = load i64, ptr %3, align 8
  ret i64 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hofstadter_f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %13

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = load i32, ptr %2, align 4
  %9 = sub nsw i32 %8, 1
  %10 = call i32 @hofstadter_f(i32 noundef %9)
  %11 = call i32 @hofstadter_m(i32 noundef %10)
  %12 = sub nsw i32 %7, %11
  br label %13

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 1, %5 ], [ %12, %6 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hofstadter_m(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %13

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = load i32, ptr %2, align 4
  %9 = sub nsw i32 %8, 1
  %10 = call i32 @hofstadter_m(i32 noundef %9)
  %11 = call i32 @hofstadter_f(i32 noundef %10)
  %12 = sub nsw i32 %7, %11
  br label %13

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 0, %5 ], [ %12, %6 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  br label %15

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = srem i64 %11, %12
  %14 = call i64 @gcd(i64 noundef %10, i64 noundef %13)
  br label %15

15:                                               ; preds = %9, %7
  %16 = phi i64 [ %8, %7 ], [ %14, %9 ]
  ret i64 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sum_to(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8
  br label %16

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8
  %11 = sub nsw i64 %10, 1
  %12 = load i64, ptr %4, align 8
  %13 = load i64, ptr %3, align 8
  %14 = add nsw i64 %12, %13
  %15 = call i64 @sum_to(i64 noundef %11, i64 noundef %14)
  br label %16

16:                                               ; preds = %9, %7
  %17 = phi i64 [ %8, %7 ], [ %15, %9 ]
  ret i64 %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @hanoi(i32 noundef %0, i8 noundef %1, i8 noundef %2, i8 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  store i32 %0, ptr %5, align 4
  store i8 %1, ptr %6, align 1
  store i8 %2, ptr %7, align 1
  store i8 %3, ptr %8, align 1
  %9 = load i32, ptr %5, align 4
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %4
  br label %35

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4
  %14 = sub nsw i32 %13, 1
  %15 = load i8, ptr %6, align 1
  %16 = load i8, ptr %8, align 1
  %17 = load i8, ptr %7, align 1
  call void @hanoi(i32 noundef %14, i8 noundef %15, i8 noundef %16, i8 noundef %17)
  %18 = load i32, ptr @moves, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @moves, align 4
  %20 = load i32, ptr %5, align 4
  %21 = icmp sge i32 %20, 4
  br i1 %21, label %22, label %29

22:                                               ; preds = %12
  %23 = load i32, ptr %5, align 4
  %24 = load i8, ptr %6, align 1
  %25 = zext i8 %24 to i32
  %26 = load i8, ptr %7, align 1
  %27 = zext i8 %26 to i32
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %23, i32 noundef %25, i32 noundef %27)
  br label %29

29:                                               ; preds = %22, %12
  %30 = load i32, ptr %5, align 4
  %31 = sub nsw i32 %30, 1
  %32 = load i8, ptr %8, align 1
  %33 = load i8, ptr %7, align 1
  %34 = load i8, ptr %6, align 1
  call void @hanoi(i32 noundef %31, i8 noundef %32, i8 noundef %33, i8 noundef %34)
  br label %35

35:                                               ; preds = %29, %11
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @subsets(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4, i32 noundef %5) #0 {
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store ptr %4, ptr %11, align 8
  store i32 %5, ptr %12, align 4
  %15 = load i32, ptr %9, align 4
  %16 = load i32, ptr %8, align 4
  %17 = icmp eq i32 %15, %16
  br i1 %17, label %18, label %50

18:                                               ; preds = %6
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %19

19:                                               ; preds = %38, %18
  %20 = load i32, ptr %14, align 4
  %21 = load i32, ptr %8, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %41

23:                                               ; preds = %19
  %24 = load i32, ptr %10, align 4
  %25 = load i32, ptr %14, align 4
  %26 = shl i32 1, %25
  %27 = and i32 %24, %26
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %37

29:                                               ; preds = %23
  %30 = load ptr, ptr %7, align 8
  %31 = load i32, ptr %14, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, ptr %30, i64 %32
  %34 = load i32, ptr %33, align 4
  %35 = load i32, ptr %13, align 4
  %36 = add nsw i32 %35, %34
  store i32 %36, ptr %13, align 4
  br label %37

37:                                               ; preds = %29, %23
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %14, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %14, align 4
  br label %19, !llvm.loop !11

41:                                               ; preds = %19
  %42 = load i32, ptr %13, align 4
  %43 = load i32, ptr %12, align 4
  %44 = icmp eq i32 %42, %43
  br i1 %44, label %45, label %49

45:                                               ; preds = %41
  %46 = load ptr, ptr %11, align 8
  %47 = load i32, ptr %46, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 4
  br label %49

49:                                               ; preds = %45, %41
  br label %68

50:                                               ; preds = %6
  %51 = load ptr, ptr %7, align 8
  %52 = load i32, ptr %8, align 4
  %53 = load i32, ptr %9, align 4
  %54 = add nsw i32 %53, 1
  %55 = load i32, ptr %10, align 4
  %56 = load ptr, ptr %11, align 8
  %57 = load i32, ptr %12, align 4
  call void @subsets(ptr noundef %51, i32 noundef %52, i32 noundef %54, i32 noundef %55, ptr noundef %56, i32 noundef %57)
  %58 = load ptr, ptr %7, align 8
  %59 = load i32, ptr %8, align 4
  %60 = load i32, ptr %9, align 4
  %61 = add nsw i32 %60, 1
  %62 = load i32, ptr %10, align 4
  %63 = load i32, ptr %9, align 4
  %64 = shl i32 1, %63
  %65 = or i32 %62, %64
  %66 = load ptr, ptr %11, align 8
  %67 = load i32, ptr %12, align 4
  call void @subsets(ptr noundef %58, i32 noundef %59, i32 noundef %61, i32 noundef %65, ptr noundef %66, i32 noundef %67)
  br label %68

68:                                               ; preds = %50, %49
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
