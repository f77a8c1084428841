; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.v32 = internal constant [8 x i32] [i32 1, i32 2, i32 3, i32 -2147483648, i32 -1, i32 15790080, i32 12345678, i32 16], align 16
@.str = private unnamed_addr constant [68 x i8] c"%08x pop=%d clz=%d ctz=%d parity=%d bswap=%08x rotl7=%08x rev=%08x\0A\00", align 1
@main.v64 = internal constant [4 x i64] [i64 1, i64 -9223372036854775808, i64 81985529216486895, i64 280375465082880], align 16
@.str.1 = private unnamed_addr constant [62 x i8] c"%016llx pop=%d/%d clz=%d ctz=%d bswap=%016llx rotr13=%016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"bswap16=%04x\0A\00", align 1
@.str.3 = private unnamed_addr constant [50 x i8] c"next_pow2(%u)=%u is_pow2=%d lowest=%u cleared=%u\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"next_pow2(1000000)=%u\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"total pop=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"gray codes=%016llx\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"ffs: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"clrsb: %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = and i32 %6, 31
  %8 = shl i32 %5, %7
  %9 = load i32, ptr %3, align 4
  %10 = load i32, ptr %4, align 4
  %11 = sub i32 32, %10
  %12 = and i32 %11, 31
  %13 = lshr i32 %9, %12
  %14 = or i32 %8, %13
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @rotr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = and i32 %6, 63
  %8 = zext i32 %7 to i64
  %9 = lshr i64 %5, %8
  %10 = load i64, ptr %3, align 8
  %11 = load i32, ptr %4, align 4
  %12 = sub i32 64, %11
  %13 = and i32 %12, 63
  %14 = zext i32 %13 to i64
  %15 = shl i64 %10, %14
  %16 = or i64 %9, %15
  ret i64 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @popcount_slow(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8
  %9 = sub i64 %8, 1
  %10 = load i64, ptr %2, align 8
  %11 = and i64 %10, %9
  store i64 %11, ptr %2, align 8
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4
  br label %4, !llvm.loop !6

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @reverse_bits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = lshr i32 %3, 1
  %5 = and i32 %4, 1431655765
  %6 = load i32, ptr %2, align 4
  %7 = and i32 %6, 1431655765
  %8 = shl i32 %7, 1
  %9 = or i32 %5, %8
  store i32 %9, ptr %2, align 4
  %10 = load i32, ptr %2, align 4
  %11 = lshr i32 %10, 2
  %12 = and i32 %11, 858993459
  %13 = load i32, ptr %2, align 4
  %14 = and i32 %13, 858993459
  %15 = shl i32 %14, 2
  %16 = or i32 %12, %15
  store i32 %16, ptr %2, align 4
  %17 = load i32, ptr %2, align 4
  %18 = lshr i32 %17, 4
  %19 = and i32 %18, 252645135
  %20 = load i32, ptr %2, align 4
  %21 = and i32 %20, 252645135
  %22 = shl i32 %21, 4
  %23 = or i32 %19, %22
  store i32 %23, ptr %2, align 4
  %24 = load i32, ptr %2, align 4
  %25 = call i32 @llvm.bswap.i32(i32 %24)
  ret i32 %25
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @next_pow2(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp ule i32 %3, 1
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %12

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sub i32 %7, 1
  %9 = call i32 @llvm.ctlz.i32(i32 %8, i1 true)
  %10 = sub nsw i32 32, %9
  %11 = shl i32 1, %10
  br label %12

12:                                               ; preds = %6, %5
  %13 = phi i32 [ 1, %5 ], [ %11, %6 ]
  ret i32 %13
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %12

12:                                               ; preds = %38, %0
  %13 = load i32, ptr %2, align 4
  %14 = zext i32 %13 to i64
  %15 = icmp ult i64 %14, 8
  br i1 %15, label %16, label %41

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds [8 x i32], ptr @main.v32, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  store i32 %20, ptr %3, align 4
  %21 = load i32, ptr %3, align 4
  %22 = load i32, ptr %3, align 4
  %23 = call i32 @llvm.ctpop.i32(i32 %22)
  %24 = load i32, ptr %3, align 4
  %25 = call i32 @llvm.ctlz.i32(i32 %24, i1 true)
  %26 = load i32, ptr %3, align 4
  %27 = call i32 @llvm.cttz.i32(i32 %26, i1 true)
  %28 = load i32, ptr %3, align 4
  %29 = call i32 @llvm.ctpop.i32(i32 %28)
  %30 = and i32 %29, 1
  %31 = load i32, ptr %3, align 4
  %32 = call i32 @llvm.bswap.i32(i32 %31)
  %33 = load i32, ptr %3, align 4
  %34 = call i32 @rotl32(i32 noundef %33, i32 noundef 7)
  %35 = load i32, ptr %3, align 4
  %36 = call i32 @reverse_bits(i32 noundef %35)
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21, i32 noundef %23, i32 noundef %25, i32 noundef %27, i32 noundef %30, i32 noundef %32, i32 noundef %34, i32 noundef %36)
  br label %38

38:                                               ; preds = %16
  %39 = load i32, ptr %2, align 4
  %40 = add i32 %39, 1
  store i32 %40, ptr %2, align 4
  br label %12, !llvm.loop !8

41:                                               ; preds = %12
  store i32 0, ptr %4, align 4
  br label %42

42:                                               ; preds = %68, %41
  %43 = load i32, ptr %4, align 4
  %44 = zext i32 %43 to i64
  %45 = icmp ult i64 %44, 4
  br i1 %45, label %46, label %71

46:                                               ; preds = %42
  %47 = load i32, ptr %4, align 4
  %48 = zext i32 %47 to i64
  %49 = getelementptr inbounds [4 x i64], ptr @main.v64, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8
  store i64 %50, ptr %5, align 8
  %51 = load i64, ptr %5, align 8
  %52 = load i64, ptr %5, align 8
  %53 = call i64 @llvm.ctpop.i64(i64 %52)
  %54 = trunc i64 %53 to i32
  %55 = load i64, ptr %5, align 8
  %56 = call i32 @popcount_slow(i64 noundef %55)
  %57 = load i64, ptr %5, align 8
  %58 = call i64 @llvm.ctlz.i64(i64 %57, i1 true)
  %59 = trunc i64 %58 to i32
  %60 = load i64, ptr %5, align 8
  %61 = call i64 @llvm.cttz.i64(i64 %60, i1 true)
  %62 = trunc i64 %61 to i32
  %63 = load i64, ptr %5, align 8
  %64 = call i64 @llvm.bswap.i64(i64 %63)
  %65 = load i64, ptr %5, align 8
  %66 = call i64 @rotr64(i64 noundef %65, i32 noundef 13)
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %51, i32 noundef %54, i32 noundef %56, i32 noundef %59, i32 noundef %62, i64 noundef %64, i64 noundef %66)
  br label %68

68:                                               ; preds = %46
  %69 = load i32, ptr %4, align 4
  %70 = add i32 %69, 1
  store i32 %70, ptr %4, align 4
  br label %42, !llvm.loop !9

71:                                               ; preds = %42
  store i16 -24142, ptr %6, align 2
  %72 = load i16, ptr %6, align 2
  %73 = call i16 @llvm.bswap.i16(i16 %72)
  %74 = zext i16 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %74)
  store i32 0, ptr %7, align 4
  br label %76

76:                                               ; preds = %104, %71
  %77 = load i32, ptr %7, align 4
  %78 = icmp ule i32 %77, 20
  br i1 %78, label %79, label %107

79:                                               ; preds = %76
  %80 = load i32, ptr %7, align 4
  %81 = load i32, ptr %7, align 4
  %82 = call i32 @next_pow2(i32 noundef %81)
  %83 = load i32, ptr %7, align 4
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %85, label %92

85:                                               ; preds = %79
  %86 = load i32, ptr %7, align 4
  %87 = load i32, ptr %7, align 4
  %88 = sub i32 %87, 1
  %89 = and i32 %86, %88
  %90 = icmp ne i32 %89, 0
  %91 = xor i1 %90, true
  br label %92

92:                                               ; preds = %85, %79
  %93 = phi i1 [ false, %79 ], [ %91, %85 ]
  %94 = zext i1 %93 to i32
  %95 = load i32, ptr %7, align 4
  %96 = load i32, ptr %7, align 4
  %97 = sub i32 0, %96
  %98 = and i32 %95, %97
  %99 = load i32, ptr %7, align 4
  %100 = load i32, ptr %7, align 4
  %101 = sub i32 %100, 1
  %102 = and i32 %99, %101
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %80, i32 noundef %82, i32 noundef %94, i32 noundef %98, i32 noundef %102)
  br label %104

104:                                              ; preds = %92
  %105 = load i32, ptr %7, align 4
  %106 = add i32 %105, 5
  store i32 %106, ptr %7, align 4
  br label %76, !llvm.loop !10

107:                                              ; preds = %76
  %108 = call i32 @next_pow2(i32 noundef 1000000)
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %108)
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %110

110:                                              ; preds = %119, %107
  %111 = load i32, ptr %9, align 4
  %112 = icmp ult i32 %111, 4096
  br i1 %112, label %113, label %122

113:                                              ; preds = %110
  %114 = load i32, ptr %9, align 4
  %115 = mul i32 %114, -1640531535
  %116 = call i32 @llvm.ctpop.i32(i32 %115)
  %117 = load i32, ptr %8, align 4
  %118 = add nsw i32 %117, %116
  store i32 %118, ptr %8, align 4
  br label %119

119:                                              ; preds = %113
  %120 = load i32, ptr %9, align 4
  %121 = add i32 %120, 1
  store i32 %121, ptr %9, align 4
  br label %110, !llvm.loop !11

122:                                              ; preds = %110
  %123 = load i32, ptr %8, align 4
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %123)
  store i64 0, ptr %10, align 8
  store i64 0, ptr %11, align 8
  br label %125

125:                                              ; preds = %137, %122
  %126 = load i64, ptr %11, align 8
  %127 = icmp ult i64 %126, 16
  br i1 %127, label %128, label %140

128:                                              ; preds = %125
  %129 = load i64, ptr %10, align 8
  %130 = shl i64 %129, 4
  %131 = load i64, ptr %11, align 8
  %132 = load i64, ptr %11, align 8
  %133 = lshr i64 %132, 1
  %134 = xor i64 %131, %133
  %135 = and i64 %134, 15
  %136 = or i64 %130, %135
  store i64 %136, ptr %10, align 8
  br label %137

137:                                              ; preds = %128
  %138 = load i64, ptr %11, align 8
  %139 = add i64 %138, 1
  store i64 %139, ptr %11, align 8
  br label %125, !llvm.loop !12

140:                                              ; preds = %125
  %141 = load i64, ptr %10, align 8
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %141)
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 0, i32 noundef 4, i32 noundef 51)
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef 31, i32 noundef 30)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
