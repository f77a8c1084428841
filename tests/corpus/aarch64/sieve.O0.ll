; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"primes <= %d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"bit sieve agrees: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"bit sieve 1000: %d\0A\00", align 1
@composite = internal global [100001 x i8] zeroinitializer, align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"twin pairs=%d last=(%d,%d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"goldbach %d = %d + %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"largest gap=%d after %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"%lu =\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"%s%lu\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c" * \00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %12 = call i32 @byte_sieve()
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 100000, i32 noundef %12)
  %14 = call noalias ptr @malloc(i64 noundef 6264) #5
  store ptr %14, ptr %2, align 8
  %15 = load ptr, ptr %2, align 8
  %16 = call i32 @bit_sieve(ptr noundef %15, i32 noundef 100000)
  %17 = call i32 @byte_sieve()
  %18 = icmp eq i32 %16, %17
  %19 = zext i1 %18 to i32
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %19)
  %21 = load ptr, ptr %2, align 8
  %22 = call i32 @bit_sieve(ptr noundef %21, i32 noundef 1000)
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %22)
  %24 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %24) #6
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store i32 3, ptr %5, align 4
  br label %25

25:                                               ; preds = %47, %0
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, 2
  %28 = icmp sle i32 %27, 100000
  br i1 %28, label %29, label %50

29:                                               ; preds = %25
  %30 = load i32, ptr %5, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1
  %34 = icmp ne i8 %33, 0
  br i1 %34, label %46, label %35

35:                                               ; preds = %29
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 2
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %38
  %40 = load i8, ptr %39, align 1
  %41 = icmp ne i8 %40, 0
  br i1 %41, label %46, label %42

42:                                               ; preds = %35
  %43 = load i32, ptr %3, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %3, align 4
  %45 = load i32, ptr %5, align 4
  store i32 %45, ptr %4, align 4
  br label %46

46:                                               ; preds = %42, %35, %29
  br label %47

47:                                               ; preds = %46
  %48 = load i32, ptr %5, align 4
  %49 = add nsw i32 %48, 2
  store i32 %49, ptr %5, align 4
  br label %25, !llvm.loop !6

50:                                               ; preds = %25
  %51 = load i32, ptr %3, align 4
  %52 = load i32, ptr %4, align 4
  %53 = load i32, ptr %4, align 4
  %54 = add nsw i32 %53, 2
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %51, i32 noundef %52, i32 noundef %54)
  store i32 100, ptr %6, align 4
  br label %56

56:                                               ; preds = %91, %50
  %57 = load i32, ptr %6, align 4
  %58 = icmp sle i32 %57, 1000
  br i1 %58, label %59, label %94

59:                                               ; preds = %56
  store i32 2, ptr %7, align 4
  br label %60

60:                                               ; preds = %87, %59
  %61 = load i32, ptr %7, align 4
  %62 = load i32, ptr %6, align 4
  %63 = sdiv i32 %62, 2
  %64 = icmp sle i32 %61, %63
  br i1 %64, label %65, label %90

65:                                               ; preds = %60
  %66 = load i32, ptr %7, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1
  %70 = icmp ne i8 %69, 0
  br i1 %70, label %86, label %71

71:                                               ; preds = %65
  %72 = load i32, ptr %6, align 4
  %73 = load i32, ptr %7, align 4
  %74 = sub nsw i32 %72, %73
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %75
  %77 = load i8, ptr %76, align 1
  %78 = icmp ne i8 %77, 0
  br i1 %78, label %86, label %79

79:                                               ; preds = %71
  %80 = load i32, ptr %6, align 4
  %81 = load i32, ptr %7, align 4
  %82 = load i32, ptr %6, align 4
  %83 = load i32, ptr %7, align 4
  %84 = sub nsw i32 %82, %83
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %80, i32 noundef %81, i32 noundef %84)
  br label %90

86:                                               ; preds = %71, %65
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %7, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %7, align 4
  br label %60, !llvm.loop !8

90:                                               ; preds = %79, %60
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %6, align 4
  %93 = add nsw i32 %92, 300
  store i32 %93, ptr %6, align 4
  br label %56, !llvm.loop !9

94:                                               ; preds = %56
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  store i32 2, ptr %10, align 4
  store i32 3, ptr %11, align 4
  br label %95

95:                                               ; preds = %118, %94
  %96 = load i32, ptr %11, align 4
  %97 = icmp sle i32 %96, 100000
  br i1 %97, label %98, label %121

98:                                               ; preds = %95
  %99 = load i32, ptr %11, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %100
  %102 = load i8, ptr %101, align 1
  %103 = icmp ne i8 %102, 0
  br i1 %103, label %117, label %104

104:                                              ; preds = %98
  %105 = load i32, ptr %11, align 4
  %106 = load i32, ptr %10, align 4
  %107 = sub nsw i32 %105, %106
  %108 = load i32, ptr %8, align 4
  %109 = icmp sgt i32 %107, %108
  br i1 %109, label %110, label %115

110:                                              ; preds = %104
  %111 = load i32, ptr %11, align 4
  %112 = load i32, ptr %10, align 4
  %113 = sub nsw i32 %111, %112
  store i32 %113, ptr %8, align 4
  %114 = load i32, ptr %10, align 4
  store i32 %114, ptr %9, align 4
  br label %115

115:                                              ; preds = %110, %104
  %116 = load i32, ptr %11, align 4
  store i32 %116, ptr %10, align 4
  br label %117

117:                                              ; preds = %115, %98
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %11, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %11, align 4
  br label %95, !llvm.loop !10

121:                                              ; preds = %95
  %122 = load i32, ptr %8, align 4
  %123 = load i32, ptr %9, align 4
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %122, i32 noundef %123)
  call void @factor(i64 noundef 360)
  call void @factor(i64 noundef 9999991)
  call void @factor(i64 noundef 600851475143)
  call void @factor(i64 noundef 1099511627776)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @byte_sieve() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.memset.p0.i64(ptr align 1 @composite, i8 0, i64 100001, i1 false)
  store i8 1, ptr getelementptr inbounds ([100001 x i8], ptr @composite, i64 0, i64 1), align 1
  store i8 1, ptr @composite, align 1
  store i64 2, ptr %1, align 8
  br label %5

5:                                                ; preds = %31, %0
  %6 = load i64, ptr %1, align 8
  %7 = load i64, ptr %1, align 8
  %8 = mul nsw i64 %6, %7
  %9 = icmp sle i64 %8, 100000
  br i1 %9, label %10, label %34

10:                                               ; preds = %5
  %11 = load i64, ptr %1, align 8
  %12 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %11
  %13 = load i8, ptr %12, align 1
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %30, label %15

15:                                               ; preds = %10
  %16 = load i64, ptr %1, align 8
  %17 = load i64, ptr %1, align 8
  %18 = mul nsw i64 %16, %17
  store i64 %18, ptr %2, align 8
  br label %19

19:                                               ; preds = %25, %15
  %20 = load i64, ptr %2, align 8
  %21 = icmp sle i64 %20, 100000
  br i1 %21, label %22, label %29

22:                                               ; preds = %19
  %23 = load i64, ptr %2, align 8
  %24 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %23
  store i8 1, ptr %24, align 1
  br label %25

25:                                               ; preds = %22
  %26 = load i64, ptr %1, align 8
  %27 = load i64, ptr %2, align 8
  %28 = add nsw i64 %27, %26
  store i64 %28, ptr %2, align 8
  br label %19, !llvm.loop !11

29:                                               ; preds = %19
  br label %30

30:                                               ; preds = %29, %10
  br label %31

31:                                               ; preds = %30
  %32 = load i64, ptr %1, align 8
  %33 = add nsw i64 %32, 1
  store i64 %33, ptr %1, align 8
  br label %5, !llvm.loop !12

34:                                               ; preds = %5
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %35

35:                                               ; preds = %48, %34
  %36 = load i32, ptr %4, align 4
  %37 = icmp sle i32 %36, 100000
  br i1 %37, label %38, label %51

38:                                               ; preds = %35
  %39 = load i32, ptr %4, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %40
  %42 = load i8, ptr %41, align 1
  %43 = icmp ne i8 %42, 0
  %44 = xor i1 %43, true
  %45 = zext i1 %44 to i32
  %46 = load i32, ptr %3, align 4
  %47 = add nsw i32 %46, %45
  store i32 %47, ptr %3, align 4
  br label %48

48:                                               ; preds = %38
  %49 = load i32, ptr %4, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %4, align 4
  br label %35, !llvm.loop !13

51:                                               ; preds = %35
  %52 = load i32, ptr %3, align 4
  ret i32 %52
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @bit_sieve(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %10 = load i32, ptr %4, align 4
  %11 = sdiv i32 %10, 2
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %5, align 4
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %5, align 4
  %15 = add nsw i32 %14, 63
  %16 = sext i32 %15 to i64
  %17 = udiv i64 %16, 64
  %18 = mul i64 %17, 8
  call void @llvm.memset.p0.i64(ptr align 8 %13, i8 0, i64 %18, i1 false)
  store i32 3, ptr %6, align 4
  br label %19

19:                                               ; preds = %69, %2
  %20 = load i32, ptr %6, align 4
  %21 = load i32, ptr %6, align 4
  %22 = mul nsw i32 %20, %21
  %23 = load i32, ptr %4, align 4
  %24 = icmp sle i32 %22, %23
  br i1 %24, label %25, label %72

25:                                               ; preds = %19
  %26 = load ptr, ptr %3, align 8
  %27 = load i32, ptr %6, align 4
  %28 = sdiv i32 %27, 2
  %29 = ashr i32 %28, 6
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i64, ptr %26, i64 %30
  %32 = load i64, ptr %31, align 8
  %33 = load i32, ptr %6, align 4
  %34 = sdiv i32 %33, 2
  %35 = and i32 %34, 63
  %36 = zext i32 %35 to i64
  %37 = lshr i64 %32, %36
  %38 = and i64 %37, 1
  %39 = icmp ne i64 %38, 0
  br i1 %39, label %68, label %40

40:                                               ; preds = %25
  %41 = load i32, ptr %6, align 4
  %42 = load i32, ptr %6, align 4
  %43 = mul nsw i32 %41, %42
  store i32 %43, ptr %7, align 4
  br label %44

44:                                               ; preds = %62, %40
  %45 = load i32, ptr %7, align 4
  %46 = load i32, ptr %4, align 4
  %47 = icmp sle i32 %45, %46
  br i1 %47, label %48, label %67

48:                                               ; preds = %44
  %49 = load i32, ptr %7, align 4
  %50 = sdiv i32 %49, 2
  %51 = and i32 %50, 63
  %52 = zext i32 %51 to i64
  %53 = shl i64 1, %52
  %54 = load ptr, ptr %3, align 8
  %55 = load i32, ptr %7, align 4
  %56 = sdiv i32 %55, 2
  %57 = ashr i32 %56, 6
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i64, ptr %54, i64 %58
  %60 = load i64, ptr %59, align 8
  %61 = or i64 %60, %53
  store i64 %61, ptr %59, align 8
  br label %62

62:                                               ; preds = %48
  %63 = load i32, ptr %6, align 4
  %64 = mul nsw i32 2, %63
  %65 = load i32, ptr %7, align 4
  %66 = add nsw i32 %65, %64
  store i32 %66, ptr %7, align 4
  br label %44, !llvm.loop !14

67:                                               ; preds = %44
  br label %68

68:                                               ; preds = %67, %25
  br label %69

69:                                               ; preds = %68
  %70 = load i32, ptr %6, align 4
  %71 = add nsw i32 %70, 2
  store i32 %71, ptr %6, align 4
  br label %19, !llvm.loop !15

72:                                               ; preds = %19
  %73 = load i32, ptr %4, align 4
  %74 = icmp sge i32 %73, 2
  %75 = zext i1 %74 to i32
  store i32 %75, ptr %8, align 4
  store i32 3, ptr %9, align 4
  br label %76

76:                                               ; preds = %99, %72
  %77 = load i32, ptr %9, align 4
  %78 = load i32, ptr %4, align 4
  %79 = icmp sle i32 %77, %78
  br i1 %79, label %80, label %102

80:                                               ; preds = %76
  %81 = load ptr, ptr %3, align 8
  %82 = load i32, ptr %9, align 4
  %83 = sdiv i32 %82, 2
  %84 = ashr i32 %83, 6
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i64, ptr %81, i64 %85
  %87 = load i64, ptr %86, align 8
  %88 = load i32, ptr %9, align 4
  %89 = sdiv i32 %88, 2
  %90 = and i32 %89, 63
  %91 = zext i32 %90 to i64
  %92 = lshr i64 %87, %91
  %93 = and i64 %92, 1
  %94 = icmp ne i64 %93, 0
  %95 = xor i1 %94, true
  %96 = zext i1 %95 to i32
  %97 = load i32, ptr %8, align 4
  %98 = add nsw i32 %97, %96
  store i32 %98, ptr %8, align 4
  br label %99

99:                                               ; preds = %80
  %100 = load i32, ptr %9, align 4
  %101 = add nsw i32 %100, 2
  store i32 %101, ptr %9, align 4
  br label %76, !llvm.loop !16

102:                                              ; preds = %76
  %103 = load i32, ptr %8, align 4
  ret i32 %103
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @factor(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %5)
  store ptr @.str.7, ptr %3, align 8
  store i64 2, ptr %4, align 8
  br label %7

7:                                                ; preds = %27, %1
  %8 = load i64, ptr %4, align 8
  %9 = load i64, ptr %4, align 8
  %10 = mul i64 %8, %9
  %11 = load i64, ptr %2, align 8
  %12 = icmp ule i64 %10, %11
  br i1 %12, label %13, label %30

13:                                               ; preds = %7
  br label %14

14:                                               ; preds = %19, %13
  %15 = load i64, ptr %2, align 8
  %16 = load i64, ptr %4, align 8
  %17 = urem i64 %15, %16
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %19, label %26

19:                                               ; preds = %14
  %20 = load ptr, ptr %3, align 8
  %21 = load i64, ptr %4, align 8
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %20, i64 noundef %21)
  store ptr @.str.9, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = load i64, ptr %2, align 8
  %25 = udiv i64 %24, %23
  store i64 %25, ptr %2, align 8
  br label %14, !llvm.loop !17

26:                                               ; preds = %14
  br label %27

27:                                               ; preds = %26
  %28 = load i64, ptr %4, align 8
  %29 = add i64 %28, 1
  store i64 %29, ptr %4, align 8
  br label %7, !llvm.loop !18

30:                                               ; preds = %7
  %31 = load i64, ptr %2, align 8
  %32 = icmp ugt i64 %31, 1
  br i1 %32, label %33, label %37

33:                                               ; preds = %30
  %34 = load ptr, ptr %3, align 8
  %35 = load i64, ptr %2, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %34, i64 noundef %35)
  br label %37

37:                                               ; preds = %33, %30
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
