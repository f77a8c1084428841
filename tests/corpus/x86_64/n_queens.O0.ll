; ModuleID = 'n_queens.c'
source_filename = "n_queens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"queens(%d)=%ld\0A\00", align 1
@pos = internal global [12 x i32] zeroinitializer, align 16
@main.puzzle = internal global ptr @.str.1, align 8
@.str.1 = private unnamed_addr constant [82 x i8] c"530070000600195000098000060800060003400803001700020006060000280000419005000080079\00", align 1
@grid = internal global [9 x [9 x i32]] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [28 x i8] c"sudoku solved=%d tries=%ld\0A\00", align 1
@tries = internal global i64 0, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %2, align 4
  br label %9

9:                                                ; preds = %17, %0
  %10 = load i32, ptr %2, align 4
  %11 = icmp sle i32 %10, 10
  br i1 %11, label %12, label %20

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4
  %14 = load i32, ptr %2, align 4
  %15 = call i64 @solve_bits(i32 noundef %14, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %13, i64 noundef %15)
  br label %17

17:                                               ; preds = %12
  %18 = load i32, ptr %2, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %2, align 4
  br label %9, !llvm.loop !6

20:                                               ; preds = %9
  %21 = call i32 @first(i32 noundef 0, i32 noundef 8)
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %50

23:                                               ; preds = %20
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %46, %23
  %25 = load i32, ptr %3, align 4
  %26 = icmp slt i32 %25, 8
  br i1 %26, label %27, label %49

27:                                               ; preds = %24
  store i32 0, ptr %4, align 4
  br label %28

28:                                               ; preds = %41, %27
  %29 = load i32, ptr %4, align 4
  %30 = icmp slt i32 %29, 8
  br i1 %30, label %31, label %44

31:                                               ; preds = %28
  %32 = load i32, ptr %3, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = load i32, ptr %4, align 4
  %37 = icmp eq i32 %35, %36
  %38 = zext i1 %37 to i64
  %39 = select i1 %37, i32 81, i32 46
  %40 = call i32 @putchar(i32 noundef %39)
  br label %41

41:                                               ; preds = %31
  %42 = load i32, ptr %4, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %4, align 4
  br label %28, !llvm.loop !8

44:                                               ; preds = %28
  %45 = call i32 @putchar(i32 noundef 10)
  br label %46

46:                                               ; preds = %44
  %47 = load i32, ptr %3, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %3, align 4
  br label %24, !llvm.loop !9

49:                                               ; preds = %24
  br label %50

50:                                               ; preds = %49, %20
  store i32 0, ptr %5, align 4
  br label %51

51:                                               ; preds = %70, %50
  %52 = load i32, ptr %5, align 4
  %53 = icmp slt i32 %52, 81
  br i1 %53, label %54, label %73

54:                                               ; preds = %51
  %55 = load ptr, ptr @main.puzzle, align 8
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i8, ptr %55, i64 %57
  %59 = load i8, ptr %58, align 1
  %60 = sext i8 %59 to i32
  %61 = sub nsw i32 %60, 48
  %62 = load i32, ptr %5, align 4
  %63 = sdiv i32 %62, 9
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %64
  %66 = load i32, ptr %5, align 4
  %67 = srem i32 %66, 9
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [9 x i32], ptr %65, i64 0, i64 %68
  store i32 %61, ptr %69, align 4
  br label %70

70:                                               ; preds = %54
  %71 = load i32, ptr %5, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %5, align 4
  br label %51, !llvm.loop !10

73:                                               ; preds = %51
  %74 = call i32 @sudoku(i32 noundef 0)
  store i32 %74, ptr %6, align 4
  %75 = load i32, ptr %6, align 4
  %76 = load i64, ptr @tries, align 8
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %75, i64 noundef %76)
  store i32 0, ptr %7, align 4
  br label %78

78:                                               ; preds = %99, %73
  %79 = load i32, ptr %7, align 4
  %80 = icmp slt i32 %79, 9
  br i1 %80, label %81, label %102

81:                                               ; preds = %78
  store i32 0, ptr %8, align 4
  br label %82

82:                                               ; preds = %94, %81
  %83 = load i32, ptr %8, align 4
  %84 = icmp slt i32 %83, 9
  br i1 %84, label %85, label %97

85:                                               ; preds = %82
  %86 = load i32, ptr %7, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %87
  %89 = load i32, ptr %8, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [9 x i32], ptr %88, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %92)
  br label %94

94:                                               ; preds = %85
  %95 = load i32, ptr %8, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %8, align 4
  br label %82, !llvm.loop !11

97:                                               ; preds = %82
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  br label %99

99:                                               ; preds = %97
  %100 = load i32, ptr %7, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %7, align 4
  br label %78, !llvm.loop !12

102:                                              ; preds = %78
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @solve_bits(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 %0, ptr %6, align 4
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  %14 = load i32, ptr %6, align 4
  %15 = shl i32 1, %14
  %16 = sub i32 %15, 1
  store i32 %16, ptr %10, align 4
  %17 = load i32, ptr %7, align 4
  %18 = load i32, ptr %10, align 4
  %19 = icmp eq i32 %17, %18
  br i1 %19, label %20, label %21

20:                                               ; preds = %4
  store i64 1, ptr %5, align 8
  br label %60

21:                                               ; preds = %4
  store i64 0, ptr %11, align 8
  %22 = load i32, ptr %10, align 4
  %23 = load i32, ptr %7, align 4
  %24 = load i32, ptr %8, align 4
  %25 = or i32 %23, %24
  %26 = load i32, ptr %9, align 4
  %27 = or i32 %25, %26
  %28 = xor i32 %27, -1
  %29 = and i32 %22, %28
  store i32 %29, ptr %12, align 4
  br label %30

30:                                               ; preds = %33, %21
  %31 = load i32, ptr %12, align 4
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %33, label %58

33:                                               ; preds = %30
  %34 = load i32, ptr %12, align 4
  %35 = load i32, ptr %12, align 4
  %36 = sub i32 0, %35
  %37 = and i32 %34, %36
  store i32 %37, ptr %13, align 4
  %38 = load i32, ptr %13, align 4
  %39 = load i32, ptr %12, align 4
  %40 = xor i32 %39, %38
  store i32 %40, ptr %12, align 4
  %41 = load i32, ptr %6, align 4
  %42 = load i32, ptr %7, align 4
  %43 = load i32, ptr %13, align 4
  %44 = or i32 %42, %43
  %45 = load i32, ptr %8, align 4
  %46 = load i32, ptr %13, align 4
  %47 = or i32 %45, %46
  %48 = shl i32 %47, 1
  %49 = load i32, ptr %10, align 4
  %50 = and i32 %48, %49
  %51 = load i32, ptr %9, align 4
  %52 = load i32, ptr %13, align 4
  %53 = or i32 %51, %52
  %54 = lshr i32 %53, 1
  %55 = call i64 @solve_bits(i32 noundef %41, i32 noundef %44, i32 noundef %50, i32 noundef %54)
  %56 = load i64, ptr %11, align 8
  %57 = add nsw i64 %56, %55
  store i64 %57, ptr %11, align 8
  br label %30, !llvm.loop !13

58:                                               ; preds = %30
  %59 = load i64, ptr %11, align 8
  store i64 %59, ptr %5, align 8
  br label %60

60:                                               ; preds = %58, %20
  %61 = load i64, ptr %5, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @first(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = icmp eq i32 %7, %8
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  br label %38

11:                                               ; preds = %2
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %34, %11
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %5, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %37

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4
  %18 = load i32, ptr %6, align 4
  %19 = call i32 @safe(i32 noundef %17, i32 noundef %18)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %33

21:                                               ; preds = %16
  %22 = load i32, ptr %6, align 4
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %24
  store i32 %22, ptr %25, align 4
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, 1
  %28 = load i32, ptr %5, align 4
  %29 = call i32 @first(i32 noundef %27, i32 noundef %28)
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %21
  store i32 1, ptr %3, align 4
  br label %38

32:                                               ; preds = %21
  br label %33

33:                                               ; preds = %32, %16
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %12, !llvm.loop !14

37:                                               ; preds = %12
  store i32 0, ptr %3, align 4
  br label %38

38:                                               ; preds = %37, %31, %10
  %39 = load i32, ptr %3, align 4
  ret i32 %39
}

declare i32 @putchar(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sudoku(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %7 = load i32, ptr %3, align 4
  %8 = icmp eq i32 %7, 81
  br i1 %8, label %9, label %10

9:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %64

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4
  %12 = sdiv i32 %11, 9
  store i32 %12, ptr %4, align 4
  %13 = load i32, ptr %3, align 4
  %14 = srem i32 %13, 9
  store i32 %14, ptr %5, align 4
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %16
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [9 x i32], ptr %17, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %27

23:                                               ; preds = %10
  %24 = load i32, ptr %3, align 4
  %25 = add nsw i32 %24, 1
  %26 = call i32 @sudoku(i32 noundef %25)
  store i32 %26, ptr %2, align 4
  br label %64

27:                                               ; preds = %10
  store i32 1, ptr %6, align 4
  br label %28

28:                                               ; preds = %54, %27
  %29 = load i32, ptr %6, align 4
  %30 = icmp sle i32 %29, 9
  br i1 %30, label %31, label %57

31:                                               ; preds = %28
  %32 = load i32, ptr %4, align 4
  %33 = load i32, ptr %5, align 4
  %34 = load i32, ptr %6, align 4
  %35 = call i32 @ok(i32 noundef %32, i32 noundef %33, i32 noundef %34)
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %38, label %37

37:                                               ; preds = %31
  br label %54

38:                                               ; preds = %31
  %39 = load i64, ptr @tries, align 8
  %40 = add nsw i64 %39, 1
  store i64 %40, ptr @tries, align 8
  %41 = load i32, ptr %6, align 4
  %42 = load i32, ptr %4, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %43
  %45 = load i32, ptr %5, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [9 x i32], ptr %44, i64 0, i64 %46
  store i32 %41, ptr %47, align 4
  %48 = load i32, ptr %3, align 4
  %49 = add nsw i32 %48, 1
  %50 = call i32 @sudoku(i32 noundef %49)
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %52, label %53

52:                                               ; preds = %38
  store i32 1, ptr %2, align 4
  br label %64

53:                                               ; preds = %38
  br label %54

54:                                               ; preds = %53, %37
  %55 = load i32, ptr %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %6, align 4
  br label %28, !llvm.loop !15

57:                                               ; preds = %28
  %58 = load i32, ptr %4, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %59
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [9 x i32], ptr %60, i64 0, i64 %62
  store i32 0, ptr %63, align 4
  store i32 0, ptr %2, align 4
  br label %64

64:                                               ; preds = %57, %52, %23, %9
  %65 = load i32, ptr %2, align 4
  ret i32 %65
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @safe(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %35, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %38

12:                                               ; preds = %8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = sub nsw i32 %16, %17
  store i32 %18, ptr %7, align 4
  %19 = load i32, ptr %7, align 4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %33, label %21

21:                                               ; preds = %12
  %22 = load i32, ptr %7, align 4
  %23 = load i32, ptr %4, align 4
  %24 = load i32, ptr %6, align 4
  %25 = sub nsw i32 %23, %24
  %26 = icmp eq i32 %22, %25
  br i1 %26, label %33, label %27

27:                                               ; preds = %21
  %28 = load i32, ptr %7, align 4
  %29 = load i32, ptr %6, align 4
  %30 = load i32, ptr %4, align 4
  %31 = sub nsw i32 %29, %30
  %32 = icmp eq i32 %28, %31
  br i1 %32, label %33, label %34

33:                                               ; preds = %27, %21, %12
  store i32 0, ptr %3, align 4
  br label %39

34:                                               ; preds = %27
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %6, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %6, align 4
  br label %8, !llvm.loop !16

38:                                               ; preds = %8
  store i32 1, ptr %3, align 4
  br label %39

39:                                               ; preds = %38, %33
  %40 = load i32, ptr %3, align 4
  ret i32 %40
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ok(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %54, %3
  %10 = load i32, ptr %8, align 4
  %11 = icmp slt i32 %10, 9
  br i1 %11, label %12, label %57

12:                                               ; preds = %9
  %13 = load i32, ptr %5, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %14
  %16 = load i32, ptr %8, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [9 x i32], ptr %15, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load i32, ptr %7, align 4
  %21 = icmp eq i32 %19, %20
  br i1 %21, label %52, label %22

22:                                               ; preds = %12
  %23 = load i32, ptr %8, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %24
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [9 x i32], ptr %25, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = load i32, ptr %7, align 4
  %31 = icmp eq i32 %29, %30
  br i1 %31, label %52, label %32

32:                                               ; preds = %22
  %33 = load i32, ptr %5, align 4
  %34 = sdiv i32 %33, 3
  %35 = mul nsw i32 %34, 3
  %36 = load i32, ptr %8, align 4
  %37 = sdiv i32 %36, 3
  %38 = add nsw i32 %35, %37
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %39
  %41 = load i32, ptr %6, align 4
  %42 = sdiv i32 %41, 3
  %43 = mul nsw i32 %42, 3
  %44 = load i32, ptr %8, align 4
  %45 = srem i32 %44, 3
  %46 = add nsw i32 %43, %45
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [9 x i32], ptr %40, i64 0, i64 %47
  %49 = load i32, ptr %48, align 4
  %50 = load i32, ptr %7, align 4
  %51 = icmp eq i32 %49, %50
  br i1 %51, label %52, label %53

52:                                               ; preds = %32, %22, %12
  store i32 0, ptr %4, align 4
  br label %58

53:                                               ; preds = %32
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4
  br label %9, !llvm.loop !17

57:                                               ; preds = %9
  store i32 1, ptr %4, align 4
  br label %58

58:                                               ; preds = %57, %52
  %59 = load i32, ptr %4, align 4
  ret i32 %59
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
