; ModuleID = 'simd_target_intrinsics.c'
source_filename = "simd_target_intrinsics.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@bytes = internal global [64 x i8] zeroinitializer, align 16
@halves = internal global [16 x i16] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"byte masks: %04x %04x %04x %04x\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"float masks: %02x\0A\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"ld2: %lu ld4: %lu st2: %lu\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"shift-insert %d:\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c" |\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@floats = internal global [4 x float] [float 1.500000e+00, float -2.000000e+00, float -0.000000e+00, float 3.000000e+00], align 16
@doubles = internal global [2 x double] [double -1.000000e+00, double 2.000000e+00], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [8 x i8], align 1
  %7 = alloca [16 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 77, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %10

10:                                               ; preds = %22, %0
  %11 = load i32, ptr %3, align 4
  %12 = icmp slt i32 %11, 64
  br i1 %12, label %13, label %25

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = mul i32 %14, 1103515245
  %16 = add i32 %15, 12345
  store i32 %16, ptr %2, align 4
  %17 = lshr i32 %16, 13
  %18 = trunc i32 %17 to i8
  %19 = load i32, ptr %3, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %20
  store i8 %18, ptr %21, align 1
  br label %22

22:                                               ; preds = %13
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %10, !llvm.loop !6

25:                                               ; preds = %10
  store i32 0, ptr %4, align 4
  br label %26

26:                                               ; preds = %38, %25
  %27 = load i32, ptr %4, align 4
  %28 = icmp slt i32 %27, 16
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  %30 = load i32, ptr %2, align 4
  %31 = mul i32 %30, 1103515245
  %32 = add i32 %31, 12345
  store i32 %32, ptr %2, align 4
  %33 = lshr i32 %32, 7
  %34 = trunc i32 %33 to i16
  %35 = load i32, ptr %4, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [16 x i16], ptr @halves, i64 0, i64 %36
  store i16 %34, ptr %37, align 2
  br label %38

38:                                               ; preds = %29
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %26, !llvm.loop !8

41:                                               ; preds = %26
  %42 = call i32 @byte_mask(ptr noundef @bytes)
  %43 = call i32 @byte_mask(ptr noundef getelementptr inbounds (i8, ptr @bytes, i64 16))
  %44 = call i32 @byte_mask(ptr noundef getelementptr inbounds (i8, ptr @bytes, i64 32))
  %45 = call i32 @byte_mask(ptr noundef getelementptr inbounds (i8, ptr @bytes, i64 48))
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %42, i32 noundef %43, i32 noundef %44, i32 noundef %45)
  %47 = call i32 @float_masks()
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %47)
  %49 = call i64 @deinterleave2()
  %50 = call i64 @deinterleave4()
  %51 = call i64 @interleave2()
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %49, i64 noundef %50, i64 noundef %51)
  store i32 0, ptr %5, align 4
  br label %53

53:                                               ; preds = %92, %41
  %54 = load i32, ptr %5, align 4
  %55 = icmp sle i32 %54, 3
  br i1 %55, label %56, label %95

56:                                               ; preds = %53
  %57 = load i32, ptr %5, align 4
  %58 = getelementptr inbounds [8 x i8], ptr %6, i64 0, i64 0
  %59 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 0
  call void @shift_insert(i32 noundef %57, ptr noundef %58, ptr noundef %59)
  %60 = load i32, ptr %5, align 4
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %60)
  store i32 0, ptr %8, align 4
  br label %62

62:                                               ; preds = %72, %56
  %63 = load i32, ptr %8, align 4
  %64 = icmp slt i32 %63, 8
  br i1 %64, label %65, label %75

65:                                               ; preds = %62
  %66 = load i32, ptr %8, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [8 x i8], ptr %6, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1
  %70 = zext i8 %69 to i32
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %70)
  br label %72

72:                                               ; preds = %65
  %73 = load i32, ptr %8, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %8, align 4
  br label %62, !llvm.loop !9

75:                                               ; preds = %62
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  store i32 0, ptr %9, align 4
  br label %77

77:                                               ; preds = %87, %75
  %78 = load i32, ptr %9, align 4
  %79 = icmp slt i32 %78, 16
  br i1 %79, label %80, label %90

80:                                               ; preds = %77
  %81 = load i32, ptr %9, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [16 x i8], ptr %7, i64 0, i64 %82
  %84 = load i8, ptr %83, align 1
  %85 = zext i8 %84 to i32
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %85)
  br label %87

87:                                               ; preds = %80
  %88 = load i32, ptr %9, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %9, align 4
  br label %77, !llvm.loop !10

90:                                               ; preds = %77
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  br label %92

92:                                               ; preds = %90
  %93 = load i32, ptr %5, align 4
  %94 = add nsw i32 %93, 3
  store i32 %94, ptr %5, align 4
  br label %53, !llvm.loop !11

95:                                               ; preds = %53
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @byte_mask(ptr noundef %0) #2 {
  %2 = alloca ptr, align 8
  %3 = alloca <2 x i64>, align 16
  %4 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  store ptr %5, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = load <2 x i64>, ptr %6, align 1
  store <2 x i64> %7, ptr %3, align 16
  %8 = load <2 x i64>, ptr %3, align 16
  %9 = bitcast <2 x i64> %8 to <16 x i8>
  %10 = call i32 @llvm.x86.sse2.pmovmskb.128(<16 x i8> %9)
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @float_masks() #2 {
  %1 = alloca ptr, align 8
  %2 = alloca <2 x double>, align 16
  %3 = alloca ptr, align 8
  %4 = alloca <4 x float>, align 16
  store ptr @floats, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load <4 x float>, ptr %5, align 1
  store <4 x float> %6, ptr %4, align 16
  %7 = load <4 x float>, ptr %4, align 16
  %8 = call i32 @llvm.x86.sse.movmsk.ps(<4 x float> %7)
  store ptr @doubles, ptr %1, align 8
  %9 = load ptr, ptr %1, align 8
  %10 = load <2 x double>, ptr %9, align 1
  store <2 x double> %10, ptr %2, align 16
  %11 = load <2 x double>, ptr %2, align 16
  %12 = call i32 @llvm.x86.sse2.movmsk.pd(<2 x double> %11)
  %13 = shl i32 %12, 4
  %14 = or i32 %8, %13
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @deinterleave2() #0 {
  %1 = alloca [8 x i16], align 16
  %2 = alloca [8 x i16], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  br label %6

6:                                                ; preds = %27, %0
  %7 = load i32, ptr %3, align 4
  %8 = icmp slt i32 %7, 8
  br i1 %8, label %9, label %30

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4
  %11 = mul nsw i32 2, %10
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [16 x i16], ptr @halves, i64 0, i64 %12
  %14 = load i16, ptr %13, align 2
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [8 x i16], ptr %1, i64 0, i64 %16
  store i16 %14, ptr %17, align 2
  %18 = load i32, ptr %3, align 4
  %19 = mul nsw i32 2, %18
  %20 = add nsw i32 %19, 1
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [16 x i16], ptr @halves, i64 0, i64 %21
  %23 = load i16, ptr %22, align 2
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [8 x i16], ptr %2, i64 0, i64 %25
  store i16 %23, ptr %26, align 2
  br label %27

27:                                               ; preds = %9
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4
  br label %6, !llvm.loop !12

30:                                               ; preds = %6
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %31

31:                                               ; preds = %57, %30
  %32 = load i32, ptr %5, align 4
  %33 = icmp slt i32 %32, 8
  br i1 %33, label %34, label %60

34:                                               ; preds = %31
  %35 = load i64, ptr %4, align 8
  %36 = mul i64 %35, 7
  %37 = load i32, ptr %5, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [8 x i16], ptr %1, i64 0, i64 %38
  %40 = load i16, ptr %39, align 2
  %41 = zext i16 %40 to i32
  %42 = load i32, ptr %5, align 4
  %43 = add nsw i32 %42, 1
  %44 = mul nsw i32 %41, %43
  %45 = sext i32 %44 to i64
  %46 = add i64 %36, %45
  %47 = load i32, ptr %5, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [8 x i16], ptr %2, i64 0, i64 %48
  %50 = load i16, ptr %49, align 2
  %51 = zext i16 %50 to i32
  %52 = load i32, ptr %5, align 4
  %53 = add nsw i32 %52, 11
  %54 = mul nsw i32 %51, %53
  %55 = sext i32 %54 to i64
  %56 = add i64 %46, %55
  store i64 %56, ptr %4, align 8
  br label %57

57:                                               ; preds = %34
  %58 = load i32, ptr %5, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %5, align 4
  br label %31, !llvm.loop !13

60:                                               ; preds = %31
  %61 = load i64, ptr %4, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @deinterleave4() #0 {
  %1 = alloca [4 x [16 x i8]], align 16
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %2, align 4
  br label %7

7:                                                ; preds = %32, %0
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %8, 16
  br i1 %9, label %10, label %35

10:                                               ; preds = %7
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %28, %10
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %31

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = mul nsw i32 4, %15
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %16, %17
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %19
  %21 = load i8, ptr %20, align 1
  %22 = load i32, ptr %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [4 x [16 x i8]], ptr %1, i64 0, i64 %23
  %25 = load i32, ptr %2, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [16 x i8], ptr %24, i64 0, i64 %26
  store i8 %21, ptr %27, align 1
  br label %28

28:                                               ; preds = %14
  %29 = load i32, ptr %3, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4
  br label %11, !llvm.loop !14

31:                                               ; preds = %11
  br label %32

32:                                               ; preds = %31
  %33 = load i32, ptr %2, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %2, align 4
  br label %7, !llvm.loop !15

35:                                               ; preds = %7
  store i64 0, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %36

36:                                               ; preds = %59, %35
  %37 = load i32, ptr %5, align 4
  %38 = icmp slt i32 %37, 4
  br i1 %38, label %39, label %62

39:                                               ; preds = %36
  store i32 0, ptr %6, align 4
  br label %40

40:                                               ; preds = %55, %39
  %41 = load i32, ptr %6, align 4
  %42 = icmp slt i32 %41, 16
  br i1 %42, label %43, label %58

43:                                               ; preds = %40
  %44 = load i64, ptr %4, align 8
  %45 = mul i64 %44, 31
  %46 = load i32, ptr %5, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [4 x [16 x i8]], ptr %1, i64 0, i64 %47
  %49 = load i32, ptr %6, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [16 x i8], ptr %48, i64 0, i64 %50
  %52 = load i8, ptr %51, align 1
  %53 = zext i8 %52 to i64
  %54 = add i64 %45, %53
  store i64 %54, ptr %4, align 8
  br label %55

55:                                               ; preds = %43
  %56 = load i32, ptr %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4
  br label %40, !llvm.loop !16

58:                                               ; preds = %40
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %5, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %5, align 4
  br label %36, !llvm.loop !17

62:                                               ; preds = %36
  %63 = load i64, ptr %4, align 8
  ret i64 %63
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @interleave2() #0 {
  %1 = alloca [32 x i8], align 16
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i32 0, ptr %2, align 4
  br label %5

5:                                                ; preds = %27, %0
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 16
  br i1 %7, label %8, label %30

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %10
  %12 = load i8, ptr %11, align 1
  %13 = load i32, ptr %2, align 4
  %14 = mul nsw i32 2, %13
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %15
  store i8 %12, ptr %16, align 1
  %17 = load i32, ptr %2, align 4
  %18 = add nsw i32 16, %17
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %19
  %21 = load i8, ptr %20, align 1
  %22 = load i32, ptr %2, align 4
  %23 = mul nsw i32 2, %22
  %24 = add nsw i32 %23, 1
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %25
  store i8 %21, ptr %26, align 1
  br label %27

27:                                               ; preds = %8
  %28 = load i32, ptr %2, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %2, align 4
  br label %5, !llvm.loop !18

30:                                               ; preds = %5
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %31

31:                                               ; preds = %43, %30
  %32 = load i32, ptr %4, align 4
  %33 = icmp slt i32 %32, 32
  br i1 %33, label %34, label %46

34:                                               ; preds = %31
  %35 = load i64, ptr %3, align 8
  %36 = mul i64 %35, 131
  %37 = load i32, ptr %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %38
  %40 = load i8, ptr %39, align 1
  %41 = zext i8 %40 to i64
  %42 = add i64 %36, %41
  store i64 %42, ptr %3, align 8
  br label %43

43:                                               ; preds = %34
  %44 = load i32, ptr %4, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %4, align 4
  br label %31, !llvm.loop !19

46:                                               ; preds = %31
  %47 = load i64, ptr %3, align 8
  ret i64 %47
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @shift_insert(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %12 = load i32, ptr %4, align 4
  %13 = icmp eq i32 %12, 3
  %14 = zext i1 %13 to i64
  %15 = select i1 %13, i32 3, i32 0
  store i32 %15, ptr %7, align 4
  %16 = load i32, ptr %4, align 4
  %17 = icmp eq i32 %16, 3
  %18 = zext i1 %17 to i64
  %19 = select i1 %17, i32 5, i32 8
  store i32 %19, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %20

20:                                               ; preds = %47, %3
  %21 = load i32, ptr %9, align 4
  %22 = icmp slt i32 %21, 8
  br i1 %22, label %23, label %50

23:                                               ; preds = %20
  %24 = load i32, ptr %9, align 4
  %25 = add nsw i32 8, %24
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = zext i8 %28 to i32
  %30 = load i32, ptr %7, align 4
  %31 = shl i32 %29, %30
  %32 = load i32, ptr %9, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %33
  %35 = load i8, ptr %34, align 1
  %36 = zext i8 %35 to i32
  %37 = load i32, ptr %7, align 4
  %38 = shl i32 1, %37
  %39 = sub i32 %38, 1
  %40 = and i32 %36, %39
  %41 = or i32 %31, %40
  %42 = trunc i32 %41 to i8
  %43 = load ptr, ptr %5, align 8
  %44 = load i32, ptr %9, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  store i8 %42, ptr %46, align 1
  br label %47

47:                                               ; preds = %23
  %48 = load i32, ptr %9, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %9, align 4
  br label %20, !llvm.loop !20

50:                                               ; preds = %20
  store i32 0, ptr %10, align 4
  br label %51

51:                                               ; preds = %93, %50
  %52 = load i32, ptr %10, align 4
  %53 = icmp slt i32 %52, 16
  br i1 %53, label %54, label %96

54:                                               ; preds = %51
  %55 = load i32, ptr %8, align 4
  %56 = icmp eq i32 %55, 8
  br i1 %56, label %57, label %58

57:                                               ; preds = %54
  br label %63

58:                                               ; preds = %54
  %59 = load i32, ptr %8, align 4
  %60 = lshr i32 255, %59
  %61 = xor i32 %60, -1
  %62 = and i32 255, %61
  br label %63

63:                                               ; preds = %58, %57
  %64 = phi i32 [ 255, %57 ], [ %62, %58 ]
  store i32 %64, ptr %11, align 4
  %65 = load i32, ptr %8, align 4
  %66 = icmp eq i32 %65, 8
  br i1 %66, label %67, label %68

67:                                               ; preds = %63
  br label %77

68:                                               ; preds = %63
  %69 = load i32, ptr %10, align 4
  %70 = add nsw i32 32, %69
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %71
  %73 = load i8, ptr %72, align 1
  %74 = zext i8 %73 to i32
  %75 = load i32, ptr %8, align 4
  %76 = ashr i32 %74, %75
  br label %77

77:                                               ; preds = %68, %67
  %78 = phi i32 [ 0, %67 ], [ %76, %68 ]
  %79 = load i32, ptr %10, align 4
  %80 = add nsw i32 16, %79
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [64 x i8], ptr @bytes, i64 0, i64 %81
  %83 = load i8, ptr %82, align 1
  %84 = zext i8 %83 to i32
  %85 = load i32, ptr %11, align 4
  %86 = and i32 %84, %85
  %87 = or i32 %78, %86
  %88 = trunc i32 %87 to i8
  %89 = load ptr, ptr %6, align 8
  %90 = load i32, ptr %10, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %89, i64 %91
  store i8 %88, ptr %92, align 1
  br label %93

93:                                               ; preds = %77
  %94 = load i32, ptr %10, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %10, align 4
  br label %51, !llvm.loop !21

96:                                               ; preds = %51
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.x86.sse2.pmovmskb.128(<16 x i8>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.x86.sse.movmsk.ps(<4 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.x86.sse2.movmsk.pd(<2 x double>) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
