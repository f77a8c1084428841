; ModuleID = 'simd_target_intrinsics.c'
source_filename = "simd_target_intrinsics.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.uint16x8x2_t = type { [2 x <8 x i16>] }
%struct.uint8x16x4_t = type { [4 x <16 x i8>] }
%struct.uint8x16x2_t = type { [2 x <16 x i8>] }

@bytes = internal global [64 x i8] zeroinitializer, align 1
@halves = internal global [16 x i16] zeroinitializer, align 2
@.str = private unnamed_addr constant [33 x i8] c"byte masks: %04x %04x %04x %04x\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"float masks: %02x\0A\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"ld2: %lu ld4: %lu st2: %lu\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"shift-insert %d:\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c" |\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@floats = internal global [4 x float] [float 1.500000e+00, float -2.000000e+00, float -0.000000e+00, float 3.000000e+00], align 4
@doubles = internal global [2 x double] [double -1.000000e+00, double 2.000000e+00], align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [8 x i8], align 1
  %7 = alloca [16 x i8], align 1
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
define internal i32 @byte_mask(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %20, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 16
  br i1 %7, label %8, label %23

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds i8, ptr %9, i64 %11
  %13 = load i8, ptr %12, align 1
  %14 = zext i8 %13 to i32
  %15 = ashr i32 %14, 7
  %16 = load i32, ptr %4, align 4
  %17 = shl i32 %15, %16
  %18 = load i32, ptr %3, align 4
  %19 = or i32 %18, %17
  store i32 %19, ptr %3, align 4
  br label %20

20:                                               ; preds = %8
  %21 = load i32, ptr %4, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 4
  br label %5, !llvm.loop !12

23:                                               ; preds = %5
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @float_masks() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %4

4:                                                ; preds = %24, %0
  %5 = load i32, ptr %2, align 4
  %6 = icmp slt i32 %5, 4
  br i1 %6, label %7, label %27

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [4 x float], ptr @floats, i64 0, i64 %9
  %11 = load float, ptr %10, align 4
  %12 = bitcast float %11 to i32
  %13 = icmp slt i32 %12, 0
  %14 = zext i1 %13 to i32
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %19

16:                                               ; preds = %7
  %17 = load i32, ptr %2, align 4
  %18 = shl i32 1, %17
  br label %20

19:                                               ; preds = %7
  br label %20

20:                                               ; preds = %19, %16
  %21 = phi i32 [ %18, %16 ], [ 0, %19 ]
  %22 = load i32, ptr %1, align 4
  %23 = or i32 %22, %21
  store i32 %23, ptr %1, align 4
  br label %24

24:                                               ; preds = %20
  %25 = load i32, ptr %2, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %2, align 4
  br label %4, !llvm.loop !13

27:                                               ; preds = %4
  store i32 0, ptr %3, align 4
  br label %28

28:                                               ; preds = %49, %27
  %29 = load i32, ptr %3, align 4
  %30 = icmp slt i32 %29, 2
  br i1 %30, label %31, label %52

31:                                               ; preds = %28
  %32 = load i32, ptr %3, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [2 x double], ptr @doubles, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = bitcast double %35 to i64
  %37 = icmp slt i64 %36, 0
  %38 = zext i1 %37 to i32
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %44

40:                                               ; preds = %31
  %41 = load i32, ptr %3, align 4
  %42 = add nsw i32 4, %41
  %43 = shl i32 1, %42
  br label %45

44:                                               ; preds = %31
  br label %45

45:                                               ; preds = %44, %40
  %46 = phi i32 [ %43, %40 ], [ 0, %44 ]
  %47 = load i32, ptr %1, align 4
  %48 = or i32 %47, %46
  store i32 %48, ptr %1, align 4
  br label %49

49:                                               ; preds = %45
  %50 = load i32, ptr %3, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %3, align 4
  br label %28, !llvm.loop !14

52:                                               ; preds = %28
  %53 = load i32, ptr %1, align 4
  ret i32 %53
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @deinterleave2() #0 {
  %1 = alloca [8 x i16], align 2
  %2 = alloca [8 x i16], align 2
  %3 = alloca %struct.uint16x8x2_t, align 16
  %4 = alloca %struct.uint16x8x2_t, align 16
  %5 = alloca <8 x i16>, align 16
  %6 = alloca <8 x i16>, align 16
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = call { <8 x i16>, <8 x i16> } @llvm.aarch64.neon.ld2.v8i16.p0(ptr @halves)
  store { <8 x i16>, <8 x i16> } %9, ptr %4, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 %4, i64 32, i1 false)
  %10 = getelementptr inbounds %struct.uint16x8x2_t, ptr %3, i32 0, i32 0
  %11 = getelementptr inbounds [2 x <8 x i16>], ptr %10, i64 0, i64 0
  %12 = load <8 x i16>, ptr %11, align 16
  store <8 x i16> %12, ptr %5, align 16
  %13 = getelementptr inbounds [8 x i16], ptr %1, i64 0, i64 0
  %14 = load <8 x i16>, ptr %5, align 16
  %15 = bitcast <8 x i16> %14 to <16 x i8>
  %16 = bitcast <16 x i8> %15 to <8 x i16>
  store <8 x i16> %16, ptr %13, align 2
  %17 = getelementptr inbounds %struct.uint16x8x2_t, ptr %3, i32 0, i32 0
  %18 = getelementptr inbounds [2 x <8 x i16>], ptr %17, i64 0, i64 1
  %19 = load <8 x i16>, ptr %18, align 16
  store <8 x i16> %19, ptr %6, align 16
  %20 = getelementptr inbounds [8 x i16], ptr %2, i64 0, i64 0
  %21 = load <8 x i16>, ptr %6, align 16
  %22 = bitcast <8 x i16> %21 to <16 x i8>
  %23 = bitcast <16 x i8> %22 to <8 x i16>
  store <8 x i16> %23, ptr %20, align 2
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %24

24:                                               ; preds = %50, %0
  %25 = load i32, ptr %8, align 4
  %26 = icmp slt i32 %25, 8
  br i1 %26, label %27, label %53

27:                                               ; preds = %24
  %28 = load i64, ptr %7, align 8
  %29 = mul i64 %28, 7
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [8 x i16], ptr %1, i64 0, i64 %31
  %33 = load i16, ptr %32, align 2
  %34 = zext i16 %33 to i32
  %35 = load i32, ptr %8, align 4
  %36 = add nsw i32 %35, 1
  %37 = mul nsw i32 %34, %36
  %38 = sext i32 %37 to i64
  %39 = add i64 %29, %38
  %40 = load i32, ptr %8, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [8 x i16], ptr %2, i64 0, i64 %41
  %43 = load i16, ptr %42, align 2
  %44 = zext i16 %43 to i32
  %45 = load i32, ptr %8, align 4
  %46 = add nsw i32 %45, 11
  %47 = mul nsw i32 %44, %46
  %48 = sext i32 %47 to i64
  %49 = add i64 %39, %48
  store i64 %49, ptr %7, align 8
  br label %50

50:                                               ; preds = %27
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %8, align 4
  br label %24, !llvm.loop !15

53:                                               ; preds = %24
  %54 = load i64, ptr %7, align 8
  ret i64 %54
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @deinterleave4() #0 {
  %1 = alloca [4 x [16 x i8]], align 1
  %2 = alloca %struct.uint8x16x4_t, align 16
  %3 = alloca %struct.uint8x16x4_t, align 16
  %4 = alloca i32, align 4
  %5 = alloca <16 x i8>, align 16
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = call { <16 x i8>, <16 x i8>, <16 x i8>, <16 x i8> } @llvm.aarch64.neon.ld4.v16i8.p0(ptr @bytes)
  store { <16 x i8>, <16 x i8>, <16 x i8>, <16 x i8> } %9, ptr %3, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 %3, i64 64, i1 false)
  store i32 0, ptr %4, align 4
  br label %10

10:                                               ; preds = %24, %0
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %13, label %27

13:                                               ; preds = %10
  %14 = getelementptr inbounds %struct.uint8x16x4_t, ptr %2, i32 0, i32 0
  %15 = load i32, ptr %4, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x <16 x i8>], ptr %14, i64 0, i64 %16
  %18 = load <16 x i8>, ptr %17, align 16
  store <16 x i8> %18, ptr %5, align 16
  %19 = load i32, ptr %4, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x [16 x i8]], ptr %1, i64 0, i64 %20
  %22 = getelementptr inbounds [16 x i8], ptr %21, i64 0, i64 0
  %23 = load <16 x i8>, ptr %5, align 16
  store <16 x i8> %23, ptr %22, align 1
  br label %24

24:                                               ; preds = %13
  %25 = load i32, ptr %4, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4
  br label %10, !llvm.loop !16

27:                                               ; preds = %10
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %28

28:                                               ; preds = %51, %27
  %29 = load i32, ptr %7, align 4
  %30 = icmp slt i32 %29, 4
  br i1 %30, label %31, label %54

31:                                               ; preds = %28
  store i32 0, ptr %8, align 4
  br label %32

32:                                               ; preds = %47, %31
  %33 = load i32, ptr %8, align 4
  %34 = icmp slt i32 %33, 16
  br i1 %34, label %35, label %50

35:                                               ; preds = %32
  %36 = load i64, ptr %6, align 8
  %37 = mul i64 %36, 31
  %38 = load i32, ptr %7, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [4 x [16 x i8]], ptr %1, i64 0, i64 %39
  %41 = load i32, ptr %8, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [16 x i8], ptr %40, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1
  %45 = zext i8 %44 to i64
  %46 = add i64 %37, %45
  store i64 %46, ptr %6, align 8
  br label %47

47:                                               ; preds = %35
  %48 = load i32, ptr %8, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %8, align 4
  br label %32, !llvm.loop !17

50:                                               ; preds = %32
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %7, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %7, align 4
  br label %28, !llvm.loop !18

54:                                               ; preds = %28
  %55 = load i64, ptr %6, align 8
  ret i64 %55
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @interleave2() #0 {
  %1 = alloca [32 x i8], align 1
  %2 = alloca %struct.uint8x16x2_t, align 16
  %3 = alloca %struct.uint8x16x2_t, align 16
  %4 = alloca %struct.uint8x16x2_t, align 16
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = call { <16 x i8>, <16 x i8> } @llvm.aarch64.neon.ld1x2.v16i8.p0(ptr @bytes)
  store { <16 x i8>, <16 x i8> } %7, ptr %3, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 %3, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 %2, i64 32, i1 false)
  %8 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 0
  %9 = getelementptr inbounds %struct.uint8x16x2_t, ptr %4, i32 0, i32 0
  %10 = getelementptr inbounds [2 x <16 x i8>], ptr %9, i64 0, i64 0
  %11 = load <16 x i8>, ptr %10, align 16
  %12 = getelementptr inbounds %struct.uint8x16x2_t, ptr %4, i32 0, i32 0
  %13 = getelementptr inbounds [2 x <16 x i8>], ptr %12, i64 0, i64 1
  %14 = load <16 x i8>, ptr %13, align 16
  call void @llvm.aarch64.neon.st2.v16i8.p0(<16 x i8> %11, <16 x i8> %14, ptr %8)
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %15

15:                                               ; preds = %27, %0
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %16, 32
  br i1 %17, label %18, label %30

18:                                               ; preds = %15
  %19 = load i64, ptr %5, align 8
  %20 = mul i64 %19, 131
  %21 = load i32, ptr %6, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i64
  %26 = add i64 %20, %25
  store i64 %26, ptr %5, align 8
  br label %27

27:                                               ; preds = %18
  %28 = load i32, ptr %6, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %6, align 4
  br label %15, !llvm.loop !19

30:                                               ; preds = %15
  %31 = load i64, ptr %5, align 8
  ret i64 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @shift_insert(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca <8 x i8>, align 8
  %8 = alloca <8 x i8>, align 8
  %9 = alloca <8 x i8>, align 8
  %10 = alloca <8 x i8>, align 8
  %11 = alloca <8 x i8>, align 8
  %12 = alloca <8 x i8>, align 8
  %13 = alloca <16 x i8>, align 16
  %14 = alloca <16 x i8>, align 16
  %15 = alloca <16 x i8>, align 16
  %16 = alloca <16 x i8>, align 16
  %17 = alloca <16 x i8>, align 16
  %18 = alloca <16 x i8>, align 16
  %19 = alloca <8 x i8>, align 8
  %20 = alloca <8 x i8>, align 8
  %21 = alloca <8 x i8>, align 8
  %22 = alloca <8 x i8>, align 8
  %23 = alloca <8 x i8>, align 8
  %24 = alloca <16 x i8>, align 16
  %25 = alloca <16 x i8>, align 16
  %26 = alloca <16 x i8>, align 16
  %27 = alloca <16 x i8>, align 16
  %28 = alloca <16 x i8>, align 16
  %29 = alloca <8 x i8>, align 8
  %30 = alloca <8 x i8>, align 8
  %31 = alloca <8 x i8>, align 8
  %32 = alloca <8 x i8>, align 8
  %33 = alloca <8 x i8>, align 8
  %34 = alloca <16 x i8>, align 16
  %35 = alloca <16 x i8>, align 16
  %36 = alloca <16 x i8>, align 16
  %37 = alloca <16 x i8>, align 16
  %38 = alloca <16 x i8>, align 16
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %39 = load <8 x i8>, ptr @bytes, align 1
  store <8 x i8> %39, ptr %8, align 8
  %40 = load <8 x i8>, ptr %8, align 8
  store <8 x i8> %40, ptr %9, align 8
  %41 = load <8 x i8>, ptr %9, align 8
  store <8 x i8> %41, ptr %7, align 8
  %42 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @bytes, i64 8), align 1
  store <8 x i8> %42, ptr %11, align 8
  %43 = load <8 x i8>, ptr %11, align 8
  store <8 x i8> %43, ptr %12, align 8
  %44 = load <8 x i8>, ptr %12, align 8
  store <8 x i8> %44, ptr %10, align 8
  %45 = load <16 x i8>, ptr getelementptr inbounds (i8, ptr @bytes, i64 16), align 1
  store <16 x i8> %45, ptr %14, align 16
  %46 = load <16 x i8>, ptr %14, align 16
  store <16 x i8> %46, ptr %15, align 16
  %47 = load <16 x i8>, ptr %15, align 16
  store <16 x i8> %47, ptr %13, align 16
  %48 = load <16 x i8>, ptr getelementptr inbounds (i8, ptr @bytes, i64 32), align 1
  store <16 x i8> %48, ptr %17, align 16
  %49 = load <16 x i8>, ptr %17, align 16
  store <16 x i8> %49, ptr %18, align 16
  %50 = load <16 x i8>, ptr %18, align 16
  store <16 x i8> %50, ptr %16, align 16
  %51 = load i32, ptr %4, align 4
  %52 = icmp eq i32 %51, 3
  br i1 %52, label %53, label %72

53:                                               ; preds = %3
  %54 = load <8 x i8>, ptr %7, align 8
  store <8 x i8> %54, ptr %21, align 8
  %55 = load <8 x i8>, ptr %10, align 8
  store <8 x i8> %55, ptr %22, align 8
  %56 = load <8 x i8>, ptr %21, align 8
  %57 = load <8 x i8>, ptr %22, align 8
  %58 = call <8 x i8> @llvm.aarch64.neon.vsli.v8i8(<8 x i8> %56, <8 x i8> %57, i32 3)
  store <8 x i8> %58, ptr %20, align 8
  %59 = load <8 x i8>, ptr %20, align 8
  store <8 x i8> %59, ptr %23, align 8
  %60 = load <8 x i8>, ptr %23, align 8
  store <8 x i8> %60, ptr %19, align 8
  %61 = load ptr, ptr %5, align 8
  %62 = load <8 x i8>, ptr %19, align 8
  store <8 x i8> %62, ptr %61, align 1
  %63 = load <16 x i8>, ptr %13, align 16
  store <16 x i8> %63, ptr %26, align 16
  %64 = load <16 x i8>, ptr %16, align 16
  store <16 x i8> %64, ptr %27, align 16
  %65 = load <16 x i8>, ptr %26, align 16
  %66 = load <16 x i8>, ptr %27, align 16
  %67 = call <16 x i8> @llvm.aarch64.neon.vsri.v16i8(<16 x i8> %65, <16 x i8> %66, i32 5)
  store <16 x i8> %67, ptr %25, align 16
  %68 = load <16 x i8>, ptr %25, align 16
  store <16 x i8> %68, ptr %28, align 16
  %69 = load <16 x i8>, ptr %28, align 16
  store <16 x i8> %69, ptr %24, align 16
  %70 = load ptr, ptr %6, align 8
  %71 = load <16 x i8>, ptr %24, align 16
  store <16 x i8> %71, ptr %70, align 1
  br label %91

72:                                               ; preds = %3
  %73 = load <8 x i8>, ptr %7, align 8
  store <8 x i8> %73, ptr %31, align 8
  %74 = load <8 x i8>, ptr %10, align 8
  store <8 x i8> %74, ptr %32, align 8
  %75 = load <8 x i8>, ptr %31, align 8
  %76 = load <8 x i8>, ptr %32, align 8
  %77 = call <8 x i8> @llvm.aarch64.neon.vsli.v8i8(<8 x i8> %75, <8 x i8> %76, i32 0)
  store <8 x i8> %77, ptr %30, align 8
  %78 = load <8 x i8>, ptr %30, align 8
  store <8 x i8> %78, ptr %33, align 8
  %79 = load <8 x i8>, ptr %33, align 8
  store <8 x i8> %79, ptr %29, align 8
  %80 = load ptr, ptr %5, align 8
  %81 = load <8 x i8>, ptr %29, align 8
  store <8 x i8> %81, ptr %80, align 1
  %82 = load <16 x i8>, ptr %13, align 16
  store <16 x i8> %82, ptr %36, align 16
  %83 = load <16 x i8>, ptr %16, align 16
  store <16 x i8> %83, ptr %37, align 16
  %84 = load <16 x i8>, ptr %36, align 16
  %85 = load <16 x i8>, ptr %37, align 16
  %86 = call <16 x i8> @llvm.aarch64.neon.vsri.v16i8(<16 x i8> %84, <16 x i8> %85, i32 8)
  store <16 x i8> %86, ptr %35, align 16
  %87 = load <16 x i8>, ptr %35, align 16
  store <16 x i8> %87, ptr %38, align 16
  %88 = load <16 x i8>, ptr %38, align 16
  store <16 x i8> %88, ptr %34, align 16
  %89 = load ptr, ptr %6, align 8
  %90 = load <16 x i8>, ptr %34, align 16
  store <16 x i8> %90, ptr %89, align 1
  br label %91

91:                                               ; preds = %72, %53
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare { <8 x i16>, <8 x i16> } @llvm.aarch64.neon.ld2.v8i16.p0(ptr) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare { <16 x i8>, <16 x i8>, <16 x i8>, <16 x i8> } @llvm.aarch64.neon.ld4.v16i8.p0(ptr) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare { <16 x i8>, <16 x i8> } @llvm.aarch64.neon.ld1x2.v16i8.p0(ptr) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.aarch64.neon.st2.v16i8.p0(<16 x i8>, <16 x i8>, ptr nocapture) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare <8 x i8> @llvm.aarch64.neon.vsli.v8i8(<8 x i8>, <8 x i8>, i32) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare <16 x i8> @llvm.aarch64.neon.vsri.v16i8(<16 x i8>, <16 x i8>, i32) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
