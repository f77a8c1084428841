; ModuleID = 'int128_mulhi.c'
source_filename = "int128_mulhi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.vals = internal constant [7 x i64] [i64 0, i64 1, i64 3, i64 4294967295, i64 81985529216486895, i64 -1, i64 -9223372036854775808], align 16
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
define dso_local void @print_u128(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = alloca [48 x i8], align 16
  %6 = alloca i32, align 4
  %7 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %7, align 16
  %8 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %8, align 8
  %9 = load i128, ptr %3, align 16
  store i128 %9, ptr %4, align 16
  store i32 0, ptr %6, align 4
  %10 = load i128, ptr %4, align 16
  %11 = icmp eq i128 %10, 0
  br i1 %11, label %12, label %17

12:                                               ; preds = %2
  %13 = load i32, ptr %6, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %6, align 4
  %15 = sext i32 %13 to i64
  %16 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 %15
  store i8 48, ptr %16, align 1
  br label %17

17:                                               ; preds = %12, %2
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i128, ptr %4, align 16
  %20 = icmp ne i128 %19, 0
  br i1 %20, label %21, label %33

21:                                               ; preds = %18
  %22 = load i128, ptr %4, align 16
  %23 = urem i128 %22, 10
  %24 = trunc i128 %23 to i32
  %25 = add nsw i32 48, %24
  %26 = trunc i32 %25 to i8
  %27 = load i32, ptr %6, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %6, align 4
  %29 = sext i32 %27 to i64
  %30 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 %29
  store i8 %26, ptr %30, align 1
  %31 = load i128, ptr %4, align 16
  %32 = udiv i128 %31, 10
  store i128 %32, ptr %4, align 16
  br label %18, !llvm.loop !6

33:                                               ; preds = %18
  br label %34

34:                                               ; preds = %37, %33
  %35 = load i32, ptr %6, align 4
  %36 = icmp sgt i32 %35, 0
  br i1 %36, label %37, label %45

37:                                               ; preds = %34
  %38 = load i32, ptr %6, align 4
  %39 = add nsw i32 %38, -1
  store i32 %39, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [48 x i8], ptr %5, i64 0, i64 %40
  %42 = load i8, ptr %41, align 1
  %43 = sext i8 %42 to i32
  %44 = call i32 @putchar(i32 noundef %43)
  br label %34, !llvm.loop !8

45:                                               ; preds = %34
  %46 = call i32 @putchar(i32 noundef 10)
  ret void
}

declare i32 @putchar(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i64, i64 } @factorial(i32 noundef %0) #0 {
  %2 = alloca i128, align 16
  %3 = alloca i32, align 4
  %4 = alloca i128, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i128 1, ptr %4, align 16
  store i32 2, ptr %5, align 4
  br label %6

6:                                                ; preds = %15, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %3, align 4
  %9 = icmp ule i32 %7, %8
  br i1 %9, label %10, label %18

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = zext i32 %11 to i128
  %13 = load i128, ptr %4, align 16
  %14 = mul i128 %13, %12
  store i128 %14, ptr %4, align 16
  br label %15

15:                                               ; preds = %10
  %16 = load i32, ptr %5, align 4
  %17 = add i32 %16, 1
  store i32 %17, ptr %5, align 4
  br label %6, !llvm.loop !9

18:                                               ; preds = %6
  %19 = load i128, ptr %4, align 16
  store i128 %19, ptr %2, align 16
  %20 = load { i64, i64 }, ptr %2, align 16
  ret { i64, i64 } %20
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
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca i128, align 16
  %15 = alloca i128, align 16
  %16 = alloca i128, align 16
  %17 = alloca i128, align 16
  store i32 0, ptr %1, align 4
  store i32 7, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %18

18:                                               ; preds = %81, %0
  %19 = load i32, ptr %4, align 4
  %20 = load i32, ptr %2, align 4
  %21 = icmp ult i32 %19, %20
  br i1 %21, label %22, label %84

22:                                               ; preds = %18
  %23 = load i32, ptr %4, align 4
  store i32 %23, ptr %5, align 4
  br label %24

24:                                               ; preds = %77, %22
  %25 = load i32, ptr %5, align 4
  %26 = load i32, ptr %2, align 4
  %27 = icmp ult i32 %25, %26
  br i1 %27, label %28, label %80

28:                                               ; preds = %24
  %29 = load i32, ptr %4, align 4
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %30
  %32 = load i64, ptr %31, align 8
  %33 = load i32, ptr %5, align 4
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %34
  %36 = load i64, ptr %35, align 8
  call void @mul_parts(i64 noundef %32, i64 noundef %36, ptr noundef %6, ptr noundef %7)
  %37 = load i32, ptr %4, align 4
  %38 = zext i32 %37 to i64
  %39 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %38
  %40 = load i64, ptr %39, align 8
  %41 = load i32, ptr %5, align 4
  %42 = zext i32 %41 to i64
  %43 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %42
  %44 = load i64, ptr %43, align 8
  %45 = call i64 @mulhi_u(i64 noundef %40, i64 noundef %44)
  store i64 %45, ptr %8, align 8
  %46 = load i32, ptr %4, align 4
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %47
  %49 = load i64, ptr %48, align 8
  %50 = load i32, ptr %5, align 4
  %51 = zext i32 %50 to i64
  %52 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8
  %54 = mul i64 %49, %53
  store i64 %54, ptr %9, align 8
  %55 = load i64, ptr %6, align 8
  %56 = load i64, ptr %8, align 8
  %57 = icmp ne i64 %55, %56
  br i1 %57, label %62, label %58

58:                                               ; preds = %28
  %59 = load i64, ptr %7, align 8
  %60 = load i64, ptr %9, align 8
  %61 = icmp ne i64 %59, %60
  br i1 %61, label %62, label %65

62:                                               ; preds = %58, %28
  %63 = load i32, ptr %3, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %3, align 4
  br label %65

65:                                               ; preds = %62, %58
  %66 = load i32, ptr %4, align 4
  %67 = zext i32 %66 to i64
  %68 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %67
  %69 = load i64, ptr %68, align 8
  %70 = load i32, ptr %5, align 4
  %71 = zext i32 %70 to i64
  %72 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8
  %74 = load i64, ptr %8, align 8
  %75 = load i64, ptr %9, align 8
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %69, i64 noundef %73, i64 noundef %74, i64 noundef %75)
  br label %77

77:                                               ; preds = %65
  %78 = load i32, ptr %5, align 4
  %79 = add i32 %78, 1
  store i32 %79, ptr %5, align 4
  br label %24, !llvm.loop !10

80:                                               ; preds = %24
  br label %81

81:                                               ; preds = %80
  %82 = load i32, ptr %4, align 4
  %83 = add i32 %82, 1
  store i32 %83, ptr %4, align 4
  br label %18, !llvm.loop !11

84:                                               ; preds = %18
  %85 = load i32, ptr %3, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %85)
  %87 = call i64 @mulhi_s(i64 noundef -1, i64 noundef 1)
  %88 = call i64 @mulhi_s(i64 noundef -9223372036854775808, i64 noundef 2)
  %89 = call i64 @mulhi_s(i64 noundef 9223372036854775807, i64 noundef 9223372036854775807)
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %87, i64 noundef %88, i64 noundef %89)
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  %92 = call { i64, i64 } @factorial(i32 noundef 25)
  %93 = getelementptr inbounds { i64, i64 }, ptr %10, i32 0, i32 0
  %94 = extractvalue { i64, i64 } %92, 0
  store i64 %94, ptr %93, align 16
  %95 = getelementptr inbounds { i64, i64 }, ptr %10, i32 0, i32 1
  %96 = extractvalue { i64, i64 } %92, 1
  store i64 %96, ptr %95, align 8
  %97 = load i128, ptr %10, align 16
  store i128 %97, ptr %11, align 16
  %98 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 0
  %99 = load i64, ptr %98, align 16
  %100 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 1
  %101 = load i64, ptr %100, align 8
  call void @print_u128(i64 noundef %99, i64 noundef %101)
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  %103 = call { i64, i64 } @factorial(i32 noundef 30)
  %104 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 0
  %105 = extractvalue { i64, i64 } %103, 0
  store i64 %105, ptr %104, align 16
  %106 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 1
  %107 = extractvalue { i64, i64 } %103, 1
  store i64 %107, ptr %106, align 8
  %108 = load i128, ptr %12, align 16
  store i128 %108, ptr %13, align 16
  %109 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 0
  %110 = load i64, ptr %109, align 16
  %111 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 1
  %112 = load i64, ptr %111, align 8
  call void @print_u128(i64 noundef %110, i64 noundef %112)
  store i128 -1, ptr %14, align 16
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  %114 = load i128, ptr %14, align 16
  store i128 %114, ptr %15, align 16
  %115 = getelementptr inbounds { i64, i64 }, ptr %15, i32 0, i32 0
  %116 = load i64, ptr %115, align 16
  %117 = getelementptr inbounds { i64, i64 }, ptr %15, i32 0, i32 1
  %118 = load i64, ptr %117, align 8
  call void @print_u128(i64 noundef %116, i64 noundef %118)
  %119 = call { i64, i64 } @factorial(i32 noundef 20)
  %120 = getelementptr inbounds { i64, i64 }, ptr %17, i32 0, i32 0
  %121 = extractvalue { i64, i64 } %119, 0
  store i64 %121, ptr %120, align 16
  %122 = getelementptr inbounds { i64, i64 }, ptr %17, i32 0, i32 1
  %123 = extractvalue { i64, i64 } %119, 1
  store i64 %123, ptr %122, align 8
  %124 = load i128, ptr %17, align 16
  %125 = sub nsw i128 0, %124
  store i128 %125, ptr %16, align 16
  %126 = load i128, ptr %16, align 16
  %127 = sdiv i128 %126, 7
  %128 = trunc i128 %127 to i64
  %129 = load i128, ptr %16, align 16
  %130 = srem i128 %129, 7
  %131 = trunc i128 %130 to i64
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %128, i64 noundef %131)
  %133 = load i128, ptr %14, align 16
  %134 = lshr i128 %133, 3
  %135 = lshr i128 %134, 64
  %136 = trunc i128 %135 to i64
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %136)
  ret i32 0
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
!11 = distinct !{!11, !7}
