; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Big = type { [40 x i32], i32 }

@.str = private unnamed_addr constant [6 x i8] c"2^256\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"60!\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"fib(300)\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"(60!)^2\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"limbs: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"60! mod 1e9+7 = %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"%s = \00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Big, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Big, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.Big, align 4
  %7 = alloca %struct.Big, align 4
  %8 = alloca %struct.Big, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.Big, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @big_set(ptr noundef %2, i32 noundef 1)
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %16, %0
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 256
  br i1 %14, label %15, label %19

15:                                               ; preds = %12
  call void @big_mul_small(ptr noundef %2, i32 noundef 2)
  br label %16

16:                                               ; preds = %15
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %3, align 4
  br label %12, !llvm.loop !6

19:                                               ; preds = %12
  call void @big_print(ptr noundef @.str, ptr noundef %2)
  call void @big_set(ptr noundef %4, i32 noundef 1)
  store i32 2, ptr %5, align 4
  br label %20

20:                                               ; preds = %25, %19
  %21 = load i32, ptr %5, align 4
  %22 = icmp ule i32 %21, 60
  br i1 %22, label %23, label %28

23:                                               ; preds = %20
  %24 = load i32, ptr %5, align 4
  call void @big_mul_small(ptr noundef %4, i32 noundef %24)
  br label %25

25:                                               ; preds = %23
  %26 = load i32, ptr %5, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %5, align 4
  br label %20, !llvm.loop !8

28:                                               ; preds = %20
  call void @big_print(ptr noundef @.str.1, ptr noundef %4)
  call void @big_set(ptr noundef %6, i32 noundef 0)
  call void @big_set(ptr noundef %7, i32 noundef 1)
  store i32 0, ptr %9, align 4
  br label %29

29:                                               ; preds = %33, %28
  %30 = load i32, ptr %9, align 4
  %31 = icmp slt i32 %30, 300
  br i1 %31, label %32, label %36

32:                                               ; preds = %29
  call void @big_add(ptr noundef %8, ptr noundef %6, ptr noundef %7)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 164, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 164, i1 false)
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %9, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %9, align 4
  br label %29, !llvm.loop !9

36:                                               ; preds = %29
  call void @big_print(ptr noundef @.str.2, ptr noundef %6)
  call void @big_mul(ptr noundef %10, ptr noundef %4, ptr noundef %4)
  call void @big_print(ptr noundef @.str.3, ptr noundef %10)
  %37 = getelementptr inbounds %struct.Big, ptr %2, i32 0, i32 1
  %38 = load i32, ptr %37, align 4
  %39 = getelementptr inbounds %struct.Big, ptr %4, i32 0, i32 1
  %40 = load i32, ptr %39, align 4
  %41 = getelementptr inbounds %struct.Big, ptr %10, i32 0, i32 1
  %42 = load i32, ptr %41, align 4
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %38, i32 noundef %40, i32 noundef %42)
  %44 = call i32 @big_divmod_small(ptr noundef %4, i32 noundef 1000000007)
  store i32 %44, ptr %11, align 4
  %45 = load i32, ptr %11, align 4
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %45)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_set(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 164, i1 false)
  %6 = load i32, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %9 = getelementptr inbounds [40 x i32], ptr %8, i64 0, i64 0
  store i32 %6, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp ne i32 %10, 0
  %12 = zext i1 %11 to i64
  %13 = select i1 %11, i32 1, i32 0
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds %struct.Big, ptr %14, i32 0, i32 1
  store i32 %13, ptr %15, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_mul_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i32, ptr %6, align 4
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds %struct.Big, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %14, label %39

14:                                               ; preds = %8
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds %struct.Big, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [40 x i32], ptr %16, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = zext i32 %20 to i64
  %22 = load i32, ptr %4, align 4
  %23 = zext i32 %22 to i64
  %24 = mul i64 %21, %23
  %25 = load i64, ptr %5, align 8
  %26 = add i64 %24, %25
  store i64 %26, ptr %7, align 8
  %27 = load i64, ptr %7, align 8
  %28 = trunc i64 %27 to i32
  %29 = load ptr, ptr %3, align 8
  %30 = getelementptr inbounds %struct.Big, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [40 x i32], ptr %30, i64 0, i64 %32
  store i32 %28, ptr %33, align 4
  %34 = load i64, ptr %7, align 8
  %35 = lshr i64 %34, 32
  store i64 %35, ptr %5, align 8
  br label %36

36:                                               ; preds = %14
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4
  br label %8, !llvm.loop !10

39:                                               ; preds = %8
  %40 = load i64, ptr %5, align 8
  %41 = icmp ne i64 %40, 0
  br i1 %41, label %42, label %53

42:                                               ; preds = %39
  %43 = load i64, ptr %5, align 8
  %44 = trunc i64 %43 to i32
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds %struct.Big, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %3, align 8
  %48 = getelementptr inbounds %struct.Big, ptr %47, i32 0, i32 1
  %49 = load i32, ptr %48, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %48, align 4
  %51 = sext i32 %49 to i64
  %52 = getelementptr inbounds [40 x i32], ptr %46, i64 0, i64 %51
  store i32 %44, ptr %52, align 4
  br label %53

53:                                               ; preds = %42, %39
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_print(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.Big, align 4
  %6 = alloca [400 x i8], align 16
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %8, i64 164, i1 false)
  store i32 0, ptr %7, align 4
  br label %9

9:                                                ; preds = %17, %2
  %10 = call i32 @big_divmod_small(ptr noundef %5, i32 noundef 10)
  %11 = add i32 48, %10
  %12 = trunc i32 %11 to i8
  %13 = load i32, ptr %7, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %7, align 4
  %15 = sext i32 %13 to i64
  %16 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %15
  store i8 %12, ptr %16, align 1
  br label %17

17:                                               ; preds = %9
  %18 = getelementptr inbounds %struct.Big, ptr %5, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = icmp sgt i32 %19, 0
  br i1 %20, label %9, label %21, !llvm.loop !11

21:                                               ; preds = %17
  %22 = load ptr, ptr %3, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %22)
  br label %24

24:                                               ; preds = %27, %21
  %25 = load i32, ptr %7, align 4
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %35

27:                                               ; preds = %24
  %28 = load i32, ptr %7, align 4
  %29 = add nsw i32 %28, -1
  store i32 %29, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [400 x i8], ptr %6, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1
  %33 = sext i8 %32 to i32
  %34 = call i32 @putchar(i32 noundef %33)
  br label %24, !llvm.loop !12

35:                                               ; preds = %24
  %36 = call i32 @putchar(i32 noundef 10)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds %struct.Big, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4
  %16 = load ptr, ptr %6, align 8
  %17 = getelementptr inbounds %struct.Big, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4
  %19 = icmp sgt i32 %15, %18
  br i1 %19, label %20, label %24

20:                                               ; preds = %3
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds %struct.Big, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4
  br label %28

24:                                               ; preds = %3
  %25 = load ptr, ptr %6, align 8
  %26 = getelementptr inbounds %struct.Big, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 4
  br label %28

28:                                               ; preds = %24, %20
  %29 = phi i32 [ %23, %20 ], [ %27, %24 ]
  store i32 %29, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %30

30:                                               ; preds = %81, %28
  %31 = load i32, ptr %9, align 4
  %32 = load i32, ptr %8, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %84

34:                                               ; preds = %30
  %35 = load i32, ptr %9, align 4
  %36 = load ptr, ptr %5, align 8
  %37 = getelementptr inbounds %struct.Big, ptr %36, i32 0, i32 1
  %38 = load i32, ptr %37, align 4
  %39 = icmp slt i32 %35, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %34
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds %struct.Big, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %9, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [40 x i32], ptr %42, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  br label %48

47:                                               ; preds = %34
  br label %48

48:                                               ; preds = %47, %40
  %49 = phi i32 [ %46, %40 ], [ 0, %47 ]
  %50 = zext i32 %49 to i64
  store i64 %50, ptr %10, align 8
  %51 = load i32, ptr %9, align 4
  %52 = load ptr, ptr %6, align 8
  %53 = getelementptr inbounds %struct.Big, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = icmp slt i32 %51, %54
  br i1 %55, label %56, label %63

56:                                               ; preds = %48
  %57 = load ptr, ptr %6, align 8
  %58 = getelementptr inbounds %struct.Big, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %9, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [40 x i32], ptr %58, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4
  br label %64

63:                                               ; preds = %48
  br label %64

64:                                               ; preds = %63, %56
  %65 = phi i32 [ %62, %56 ], [ 0, %63 ]
  %66 = zext i32 %65 to i64
  store i64 %66, ptr %11, align 8
  %67 = load i64, ptr %10, align 8
  %68 = load i64, ptr %11, align 8
  %69 = add i64 %67, %68
  %70 = load i64, ptr %7, align 8
  %71 = add i64 %69, %70
  store i64 %71, ptr %12, align 8
  %72 = load i64, ptr %12, align 8
  %73 = trunc i64 %72 to i32
  %74 = load ptr, ptr %4, align 8
  %75 = getelementptr inbounds %struct.Big, ptr %74, i32 0, i32 0
  %76 = load i32, ptr %9, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [40 x i32], ptr %75, i64 0, i64 %77
  store i32 %73, ptr %78, align 4
  %79 = load i64, ptr %12, align 8
  %80 = lshr i64 %79, 32
  store i64 %80, ptr %7, align 8
  br label %81

81:                                               ; preds = %64
  %82 = load i32, ptr %9, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %9, align 4
  br label %30, !llvm.loop !13

84:                                               ; preds = %30
  %85 = load i64, ptr %7, align 8
  %86 = icmp ne i64 %85, 0
  br i1 %86, label %87, label %96

87:                                               ; preds = %84
  %88 = load i64, ptr %7, align 8
  %89 = trunc i64 %88 to i32
  %90 = load ptr, ptr %4, align 8
  %91 = getelementptr inbounds %struct.Big, ptr %90, i32 0, i32 0
  %92 = load i32, ptr %8, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %8, align 4
  %94 = sext i32 %92 to i64
  %95 = getelementptr inbounds [40 x i32], ptr %91, i64 0, i64 %94
  store i32 %89, ptr %95, align 4
  br label %96

96:                                               ; preds = %87, %84
  %97 = load i32, ptr %8, align 4
  %98 = load ptr, ptr %4, align 8
  %99 = getelementptr inbounds %struct.Big, ptr %98, i32 0, i32 1
  store i32 %97, ptr %99, align 4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @big_mul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.Big, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 164, i1 false)
  store i32 0, ptr %8, align 4
  br label %12

12:                                               ; preds = %76, %3
  %13 = load i32, ptr %8, align 4
  %14 = load ptr, ptr %5, align 8
  %15 = getelementptr inbounds %struct.Big, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %18, label %79

18:                                               ; preds = %12
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %62, %18
  %20 = load i32, ptr %10, align 4
  %21 = load ptr, ptr %6, align 8
  %22 = getelementptr inbounds %struct.Big, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4
  %24 = icmp slt i32 %20, %23
  br i1 %24, label %25, label %65

25:                                               ; preds = %19
  %26 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %27 = load i32, ptr %8, align 4
  %28 = load i32, ptr %10, align 4
  %29 = add nsw i32 %27, %28
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [40 x i32], ptr %26, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = zext i32 %32 to i64
  %34 = load ptr, ptr %5, align 8
  %35 = getelementptr inbounds %struct.Big, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %8, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [40 x i32], ptr %35, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = zext i32 %39 to i64
  %41 = load ptr, ptr %6, align 8
  %42 = getelementptr inbounds %struct.Big, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %10, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [40 x i32], ptr %42, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = zext i32 %46 to i64
  %48 = mul i64 %40, %47
  %49 = add i64 %33, %48
  %50 = load i64, ptr %9, align 8
  %51 = add i64 %49, %50
  store i64 %51, ptr %11, align 8
  %52 = load i64, ptr %11, align 8
  %53 = trunc i64 %52 to i32
  %54 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %55 = load i32, ptr %8, align 4
  %56 = load i32, ptr %10, align 4
  %57 = add nsw i32 %55, %56
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [40 x i32], ptr %54, i64 0, i64 %58
  store i32 %53, ptr %59, align 4
  %60 = load i64, ptr %11, align 8
  %61 = lshr i64 %60, 32
  store i64 %61, ptr %9, align 8
  br label %62

62:                                               ; preds = %25
  %63 = load i32, ptr %10, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %10, align 4
  br label %19, !llvm.loop !14

65:                                               ; preds = %19
  %66 = load i64, ptr %9, align 8
  %67 = trunc i64 %66 to i32
  %68 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %69 = load i32, ptr %8, align 4
  %70 = load ptr, ptr %6, align 8
  %71 = getelementptr inbounds %struct.Big, ptr %70, i32 0, i32 1
  %72 = load i32, ptr %71, align 4
  %73 = add nsw i32 %69, %72
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [40 x i32], ptr %68, i64 0, i64 %74
  store i32 %67, ptr %75, align 4
  br label %76

76:                                               ; preds = %65
  %77 = load i32, ptr %8, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %8, align 4
  br label %12, !llvm.loop !15

79:                                               ; preds = %12
  %80 = load ptr, ptr %5, align 8
  %81 = getelementptr inbounds %struct.Big, ptr %80, i32 0, i32 1
  %82 = load i32, ptr %81, align 4
  %83 = load ptr, ptr %6, align 8
  %84 = getelementptr inbounds %struct.Big, ptr %83, i32 0, i32 1
  %85 = load i32, ptr %84, align 4
  %86 = add nsw i32 %82, %85
  %87 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 1
  store i32 %86, ptr %87, align 4
  br label %88

88:                                               ; preds = %103, %79
  %89 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 1
  %90 = load i32, ptr %89, align 4
  %91 = icmp sgt i32 %90, 0
  br i1 %91, label %92, label %101

92:                                               ; preds = %88
  %93 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 0
  %94 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 1
  %95 = load i32, ptr %94, align 4
  %96 = sub nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [40 x i32], ptr %93, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4
  %100 = icmp eq i32 %99, 0
  br label %101

101:                                              ; preds = %92, %88
  %102 = phi i1 [ false, %88 ], [ %100, %92 ]
  br i1 %102, label %103, label %107

103:                                              ; preds = %101
  %104 = getelementptr inbounds %struct.Big, ptr %7, i32 0, i32 1
  %105 = load i32, ptr %104, align 4
  %106 = add nsw i32 %105, -1
  store i32 %106, ptr %104, align 4
  br label %88, !llvm.loop !16

107:                                              ; preds = %101
  %108 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %108, ptr align 4 %7, i64 164, i1 false)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @big_divmod_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds %struct.Big, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %6, align 4
  br label %12

12:                                               ; preds = %40, %2
  %13 = load i32, ptr %6, align 4
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %15, label %43

15:                                               ; preds = %12
  %16 = load i64, ptr %5, align 8
  %17 = shl i64 %16, 32
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds %struct.Big, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [40 x i32], ptr %19, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = zext i32 %23 to i64
  %25 = or i64 %17, %24
  store i64 %25, ptr %7, align 8
  %26 = load i64, ptr %7, align 8
  %27 = load i32, ptr %4, align 4
  %28 = zext i32 %27 to i64
  %29 = udiv i64 %26, %28
  %30 = trunc i64 %29 to i32
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds %struct.Big, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %6, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [40 x i32], ptr %32, i64 0, i64 %34
  store i32 %30, ptr %35, align 4
  %36 = load i64, ptr %7, align 8
  %37 = load i32, ptr %4, align 4
  %38 = zext i32 %37 to i64
  %39 = urem i64 %36, %38
  store i64 %39, ptr %5, align 8
  br label %40

40:                                               ; preds = %15
  %41 = load i32, ptr %6, align 4
  %42 = add nsw i32 %41, -1
  store i32 %42, ptr %6, align 4
  br label %12, !llvm.loop !17

43:                                               ; preds = %12
  br label %44

44:                                               ; preds = %62, %43
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds %struct.Big, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4
  %48 = icmp sgt i32 %47, 0
  br i1 %48, label %49, label %60

49:                                               ; preds = %44
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds %struct.Big, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %3, align 8
  %53 = getelementptr inbounds %struct.Big, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = sub nsw i32 %54, 1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [40 x i32], ptr %51, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = icmp eq i32 %58, 0
  br label %60

60:                                               ; preds = %49, %44
  %61 = phi i1 [ false, %44 ], [ %59, %49 ]
  br i1 %61, label %62, label %67

62:                                               ; preds = %60
  %63 = load ptr, ptr %3, align 8
  %64 = getelementptr inbounds %struct.Big, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %64, align 4
  %66 = add nsw i32 %65, -1
  store i32 %66, ptr %64, align 4
  br label %44, !llvm.loop !18

67:                                               ; preds = %60
  %68 = load i64, ptr %5, align 8
  %69 = trunc i64 %68 to i32
  ret i32 %69
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

declare i32 @putchar(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!18 = distinct !{!18, !7}
