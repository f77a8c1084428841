; ModuleID = 'int128_mulhi.c'
source_filename = "int128_mulhi.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.vals = internal constant [7 x i64] [i64 0, i64 1, i64 3, i64 4294967295, i64 81985529216486895, i64 -1, i64 -9223372036854775808], align 8
@.str = private unnamed_addr constant [33 x i8] c"%016lx * %016lx = %016lx:%016lx\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"mismatches: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"mulhi_s: %ld %ld %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"25! = \00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"30! = \00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"max u128 = \00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"neg/7 = %ld rem %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"shift: %016lx\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @mulhi_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = zext i64 %5 to i128
  %7 = load i64, ptr %4, align 8
  %8 = zext i64 %7 to i128
  %9 = mul i128 %6, %8
  %10 = lshr i128 %9, 64
  %11 = trunc i128 %10 to i64
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @mulhi_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = sext i64 %5 to i128
  %7 = load i64, ptr %4, align 8
  %8 = sext i64 %7 to i128
  %9 = mul nsw i128 %6, %8
  %10 = ashr i128 %9, 64
  %11 = trunc i128 %10 to i64
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @print_u128(i128 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca [48 x i8], align 1
  %4 = alloca i32, align 4
  store i128 %0, ptr %2, align 16
  store i32 0, ptr %4, align 4
  %5 = load i128, ptr %2, align 16
  %6 = icmp eq i128 %5, 0
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load i32, ptr %4, align 4
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr %4, align 4
  %10 = sext i32 %8 to i64
  %11 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %10
  store i8 48, ptr %11, align 1
  br label %12

12:                                               ; preds = %7, %1
  br label %13

13:                                               ; preds = %16, %12
  %14 = load i128, ptr %2, align 16
  %15 = icmp ne i128 %14, 0
  br i1 %15, label %16, label %28

16:                                               ; preds = %13
  %17 = load i128, ptr %2, align 16
  %18 = urem i128 %17, 10
  %19 = trunc i128 %18 to i32
  %20 = add nsw i32 48, %19
  %21 = trunc i32 %20 to i8
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %24
  store i8 %21, ptr %25, align 1
  %26 = load i128, ptr %2, align 16
  %27 = udiv i128 %26, 10
  store i128 %27, ptr %2, align 16
  br label %13, !llvm.loop !6

28:                                               ; preds = %13
  br label %29

29:                                               ; preds = %32, %28
  %30 = load i32, ptr %4, align 4
  %31 = icmp sgt i32 %30, 0
  br i1 %31, label %32, label %40

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr %4, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = zext i8 %37 to i32
  %39 = call i32 @putchar(i32 noundef %38)
  br label %29, !llvm.loop !8

40:                                               ; preds = %29
  %41 = call i32 @putchar(i32 noundef 10)
  ret void
}

declare i32 @putchar(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @factorial(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i128, align 16
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i128 1, ptr %3, align 16
  store i32 2, ptr %4, align 4
  br label %5

5:                                                ; preds = %14, %1
  %6 = load i32, ptr %4, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp ule i32 %6, %7
  br i1 %8, label %9, label %17

9:                                                ; preds = %5
  %10 = load i32, ptr %4, align 4
  %11 = zext i32 %10 to i128
  %12 = load i128, ptr %3, align 16
  %13 = mul i128 %12, %11
  store i128 %13, ptr %3, align 16
  br label %14

14:                                               ; preds = %9
  %15 = load i32, ptr %4, align 4
  %16 = add i32 %15, 1
  store i32 %16, ptr %4, align 4
  br label %5, !llvm.loop !9

17:                                               ; preds = %5
  %18 = load i128, ptr %3, align 16
  ret i128 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mul_parts(i64 noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  store i64 %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %18 = load i64, ptr %5, align 8
  %19 = and i64 %18, 4294967295
  store i64 %19, ptr %9, align 8
  %20 = load i64, ptr %5, align 8
  %21 = lshr i64 %20, 32
  store i64 %21, ptr %10, align 8
  %22 = load i64, ptr %6, align 8
  %23 = and i64 %22, 4294967295
  store i64 %23, ptr %11, align 8
  %24 = load i64, ptr %6, align 8
  %25 = lshr i64 %24, 32
  store i64 %25, ptr %12, align 8
  %26 = load i64, ptr %9, align 8
  %27 = load i64, ptr %11, align 8
  %28 = mul i64 %26, %27
  store i64 %28, ptr %13, align 8
  %29 = load i64, ptr %9, align 8
  %30 = load i64, ptr %12, align 8
  %31 = mul i64 %29, %30
  store i64 %31, ptr %14, align 8
  %32 = load i64, ptr %10, align 8
  %33 = load i64, ptr %11, align 8
  %34 = mul i64 %32, %33
  store i64 %34, ptr %15, align 8
  %35 = load i64, ptr %10, align 8
  %36 = load i64, ptr %12, align 8
  %37 = mul i64 %35, %36
  store i64 %37, ptr %16, align 8
  %38 = load i64, ptr %13, align 8
  %39 = lshr i64 %38, 32
  %40 = load i64, ptr %14, align 8
  %41 = and i64 %40, 4294967295
  %42 = add i64 %39, %41
  %43 = load i64, ptr %15, align 8
  %44 = and i64 %43, 4294967295
  %45 = add i64 %42, %44
  store i64 %45, ptr %17, align 8
  %46 = load i64, ptr %13, align 8
  %47 = and i64 %46, 4294967295
  %48 = load i64, ptr %17, align 8
  %49 = shl i64 %48, 32
  %50 = or i64 %47, %49
  %51 = load ptr, ptr %8, align 8
  store i64 %50, ptr %51, align 8
  %52 = load i64, ptr %16, align 8
  %53 = load i64, ptr %14, align 8
  %54 = lshr i64 %53, 32
  %55 = add i64 %52, %54
  %56 = load i64, ptr %15, align 8
  %57 = lshr i64 %56, 32
  %58 = add i64 %55, %57
  %59 = load i64, ptr %17, align 8
  %60 = lshr i64 %59, 32
  %61 = add i64 %58, %60
  %62 = load ptr, ptr %7, align 8
  store i64 %61, ptr %62, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i128, align 16
  %11 = alloca i128, align 16
  store i32 0, ptr %1, align 4
  store i32 7, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %12

12:                                               ; preds = %75, %0
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %2, align 4
  %15 = icmp ult i32 %13, %14
  br i1 %15, label %16, label %78

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4
  store i32 %17, ptr %5, align 4
  br label %18

18:                                               ; preds = %71, %16
  %19 = load i32, ptr %5, align 4
  %20 = load i32, ptr %2, align 4
  %21 = icmp ult i32 %19, %20
  br i1 %21, label %22, label %74

22:                                               ; preds = %18
  %23 = load i32, ptr %4, align 4
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %24
  %26 = load i64, ptr %25, align 8
  %27 = load i32, ptr %5, align 4
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8
  call void @mul_parts(i64 noundef %26, i64 noundef %30, ptr noundef %6, ptr noundef %7)
  %31 = load i32, ptr %4, align 4
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %32
  %34 = load i64, ptr %33, align 8
  %35 = load i32, ptr %5, align 4
  %36 = zext i32 %35 to i64
  %37 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %36
  %38 = load i64, ptr %37, align 8
  %39 = call i64 @mulhi_u(i64 noundef %34, i64 noundef %38)
  store i64 %39, ptr %8, align 8
  %40 = load i32, ptr %4, align 4
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %41
  %43 = load i64, ptr %42, align 8
  %44 = load i32, ptr %5, align 4
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8
  %48 = mul i64 %43, %47
  store i64 %48, ptr %9, align 8
  %49 = load i64, ptr %6, align 8
  %50 = load i64, ptr %8, align 8
  %51 = icmp ne i64 %49, %50
  br i1 %51, label %56, label %52

52:                                               ; preds = %22
  %53 = load i64, ptr %7, align 8
  %54 = load i64, ptr %9, align 8
  %55 = icmp ne i64 %53, %54
  br i1 %55, label %56, label %59

56:                                               ; preds = %52, %22
  %57 = load i32, ptr %3, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %3, align 4
  br label %59

59:                                               ; preds = %56, %52
  %60 = load i32, ptr %4, align 4
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %61
  %63 = load i64, ptr %62, align 8
  %64 = load i32, ptr %5, align 4
  %65 = zext i32 %64 to i64
  %66 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %65
  %67 = load i64, ptr %66, align 8
  %68 = load i64, ptr %8, align 8
  %69 = load i64, ptr %9, align 8
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %63, i64 noundef %67, i64 noundef %68, i64 noundef %69)
  br label %71

71:                                               ; preds = %59
  %72 = load i32, ptr %5, align 4
  %73 = add i32 %72, 1
  store i32 %73, ptr %5, align 4
  br label %18, !llvm.loop !10

74:                                               ; preds = %18
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %4, align 4
  %77 = add i32 %76, 1
  store i32 %77, ptr %4, align 4
  br label %12, !llvm.loop !11

78:                                               ; preds = %12
  %79 = load i32, ptr %3, align 4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %79)
  %81 = call i64 @mulhi_s(i64 noundef -1, i64 noundef 1)
  %82 = call i64 @mulhi_s(i64 noundef -9223372036854775808, i64 noundef 2)
  %83 = call i64 @mulhi_s(i64 noundef 9223372036854775807, i64 noundef 9223372036854775807)
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %81, i64 noundef %82, i64 noundef %83)
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  %86 = call i128 @factorial(i32 noundef 25)
  call void @print_u128(i128 noundef %86)
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  %88 = call i128 @factorial(i32 noundef 30)
  call void @print_u128(i128 noundef %88)
  store i128 -1, ptr %10, align 16
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  %90 = load i128, ptr %10, align 16
  call void @print_u128(i128 noundef %90)
  %91 = call i128 @factorial(i32 noundef 20)
  %92 = sub nsw i128 0, %91
  store i128 %92, ptr %11, align 16
  %93 = load i128, ptr %11, align 16
  %94 = sdiv i128 %93, 7
  %95 = trunc i128 %94 to i64
  %96 = load i128, ptr %11, align 16
  %97 = srem i128 %96, 7
  %98 = trunc i128 %97 to i64
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %95, i64 noundef %98)
  %100 = load i128, ptr %10, align 16
  %101 = lshr i128 %100, 3
  %102 = lshr i128 %101, 64
  %103 = trunc i128 %102 to i64
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %103)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
