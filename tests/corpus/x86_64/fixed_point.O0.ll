; ModuleID = 'fixed_point.c'
source_filename = "fixed_point.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"1.5*2.25\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"-3/7\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"sqrt(2)\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"sqrt(1000)\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"0.1*0.1\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c" .:-=+*#%@\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"|%s|\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"total iterations=%lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.9 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.10 = private unnamed_addr constant [20 x i8] c"%s = %s%lld.%04lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [61 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %14 = call i32 @fx_mul(i32 noundef 98304, i32 noundef 147456)
  call void @fx_print(ptr noundef @.str, i32 noundef %14)
  %15 = call i32 @fx_div(i32 noundef -196608, i32 noundef 458752)
  call void @fx_print(ptr noundef @.str.1, i32 noundef %15)
  %16 = call i32 @fx_sqrt(i32 noundef 131072)
  call void @fx_print(ptr noundef @.str.2, i32 noundef %16)
  %17 = call i32 @fx_sqrt(i32 noundef 65536000)
  call void @fx_print(ptr noundef @.str.3, i32 noundef %17)
  %18 = call i32 @fx_mul(i32 noundef 6553, i32 noundef 6553)
  call void @fx_print(ptr noundef @.str.4, i32 noundef %18)
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %19

19:                                               ; preds = %84, %0
  %20 = load i32, ptr %3, align 4
  %21 = icmp slt i32 %20, 21
  br i1 %21, label %22, label %87

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4
  %24 = mul nsw i32 %23, 7864
  %25 = add nsw i32 -78643, %24
  store i32 %25, ptr %4, align 4
  store i32 0, ptr %6, align 4
  br label %26

26:                                               ; preds = %77, %22
  %27 = load i32, ptr %6, align 4
  %28 = icmp slt i32 %27, 60
  br i1 %28, label %29, label %80

29:                                               ; preds = %26
  %30 = load i32, ptr %6, align 4
  %31 = mul nsw i32 %30, 3332
  %32 = add nsw i32 -137625, %31
  store i32 %32, ptr %7, align 4
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %33

33:                                               ; preds = %48, %29
  %34 = load i32, ptr %10, align 4
  %35 = icmp slt i32 %34, 50
  br i1 %35, label %36, label %63

36:                                               ; preds = %33
  %37 = load i32, ptr %8, align 4
  %38 = load i32, ptr %8, align 4
  %39 = call i32 @fx_mul(i32 noundef %37, i32 noundef %38)
  store i32 %39, ptr %11, align 4
  %40 = load i32, ptr %9, align 4
  %41 = load i32, ptr %9, align 4
  %42 = call i32 @fx_mul(i32 noundef %40, i32 noundef %41)
  store i32 %42, ptr %12, align 4
  %43 = load i32, ptr %11, align 4
  %44 = load i32, ptr %12, align 4
  %45 = add nsw i32 %43, %44
  %46 = icmp sgt i32 %45, 262144
  br i1 %46, label %47, label %48

47:                                               ; preds = %36
  br label %63

48:                                               ; preds = %36
  %49 = load i32, ptr %11, align 4
  %50 = load i32, ptr %12, align 4
  %51 = sub nsw i32 %49, %50
  %52 = load i32, ptr %7, align 4
  %53 = add nsw i32 %51, %52
  store i32 %53, ptr %13, align 4
  %54 = load i32, ptr %8, align 4
  %55 = load i32, ptr %9, align 4
  %56 = call i32 @fx_mul(i32 noundef %54, i32 noundef %55)
  %57 = mul nsw i32 2, %56
  %58 = load i32, ptr %4, align 4
  %59 = add nsw i32 %57, %58
  store i32 %59, ptr %9, align 4
  %60 = load i32, ptr %13, align 4
  store i32 %60, ptr %8, align 4
  %61 = load i32, ptr %10, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %10, align 4
  br label %33, !llvm.loop !6

63:                                               ; preds = %47, %33
  %64 = load i32, ptr %10, align 4
  %65 = sext i32 %64 to i64
  %66 = load i64, ptr %2, align 8
  %67 = add nsw i64 %66, %65
  store i64 %67, ptr %2, align 8
  %68 = load i32, ptr %10, align 4
  %69 = mul nsw i32 %68, 9
  %70 = sdiv i32 %69, 50
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [11 x i8], ptr @.str.5, i64 0, i64 %71
  %73 = load i8, ptr %72, align 1
  %74 = load i32, ptr %6, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [61 x i8], ptr %5, i64 0, i64 %75
  store i8 %73, ptr %76, align 1
  br label %77

77:                                               ; preds = %63
  %78 = load i32, ptr %6, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %6, align 4
  br label %26, !llvm.loop !8

80:                                               ; preds = %26
  %81 = getelementptr inbounds [61 x i8], ptr %5, i64 0, i64 60
  store i8 0, ptr %81, align 4
  %82 = getelementptr inbounds [61 x i8], ptr %5, i64 0, i64 0
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %82)
  br label %84

84:                                               ; preds = %80
  %85 = load i32, ptr %3, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %3, align 4
  br label %19, !llvm.loop !9

87:                                               ; preds = %19
  %88 = load i64, ptr %2, align 8
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %88)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fx_print(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %8, 10000
  %10 = sdiv i64 %9, 65536
  store i64 %10, ptr %5, align 8
  %11 = load i64, ptr %5, align 8
  %12 = icmp slt i64 %11, 0
  %13 = zext i1 %12 to i64
  %14 = select i1 %12, ptr @.str.8, ptr @.str.9
  store ptr %14, ptr %6, align 8
  %15 = load i64, ptr %5, align 8
  %16 = icmp slt i64 %15, 0
  br i1 %16, label %17, label %20

17:                                               ; preds = %2
  %18 = load i64, ptr %5, align 8
  %19 = sub nsw i64 0, %18
  store i64 %19, ptr %5, align 8
  br label %20

20:                                               ; preds = %17, %2
  %21 = load ptr, ptr %3, align 8
  %22 = load ptr, ptr %6, align 8
  %23 = load i64, ptr %5, align 8
  %24 = sdiv i64 %23, 10000
  %25 = load i64, ptr %5, align 8
  %26 = srem i64 %25, 10000
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %21, ptr noundef %22, i64 noundef %24, i64 noundef %26)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fx_mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = ashr i64 %9, 16
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fx_div(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = mul nsw i64 %6, 65536
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = sdiv i64 %7, %9
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fx_sqrt(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp sgt i32 %7, 65536
  br i1 %8, label %9, label %11

9:                                                ; preds = %1
  %10 = load i32, ptr %2, align 4
  br label %12

11:                                               ; preds = %1
  br label %12

12:                                               ; preds = %11, %9
  %13 = phi i32 [ %10, %9 ], [ 65536, %11 ]
  store i32 %13, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %14

14:                                               ; preds = %38, %12
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %15, 40
  br i1 %16, label %17, label %41

17:                                               ; preds = %14
  %18 = load i32, ptr %3, align 4
  %19 = load i32, ptr %4, align 4
  %20 = load i32, ptr %3, align 4
  %21 = sub nsw i32 %19, %20
  %22 = sdiv i32 %21, 2
  %23 = add nsw i32 %18, %22
  store i32 %23, ptr %6, align 4
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = mul nsw i64 %25, %27
  %29 = ashr i64 %28, 16
  %30 = load i32, ptr %2, align 4
  %31 = sext i32 %30 to i64
  %32 = icmp sle i64 %29, %31
  br i1 %32, label %33, label %35

33:                                               ; preds = %17
  %34 = load i32, ptr %6, align 4
  store i32 %34, ptr %3, align 4
  br label %37

35:                                               ; preds = %17
  %36 = load i32, ptr %6, align 4
  store i32 %36, ptr %4, align 4
  br label %37

37:                                               ; preds = %35, %33
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %5, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %5, align 4
  br label %14, !llvm.loop !10

41:                                               ; preds = %14
  %42 = load i32, ptr %3, align 4
  ret i32 %42
}

declare i32 @printf(ptr noundef, ...) #1

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
