; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"u8 wrap: %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"i8 neg: %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"i8 min: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"u16 mul: %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"sext16: %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"zext32: %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"i16 min: %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"u32 wrap: %u %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"i32 min: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"u64 wrap: %lu %lu\0A\00", align 1
@.str.10 = private unnamed_addr constant [14 x i8] c"i64 min: %ld\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"widen: %ld %ld\0A\00", align 1
@.str.12 = private unnamed_addr constant [23 x i8] c"trunc: %02x %04x %08x\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"narrow: %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"cmp: %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [28 x i8] c"sizes: %zu %zu %zu %zu %zu\0A\00", align 1
@.str.16 = private unnamed_addr constant [15 x i8] c"sum bytes: %u\0A\00", align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"promote: %d %d %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"acc16: %u\0A\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"fnv: %08x\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i8 @add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i8 @neg_i8(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i8
  ret i8 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i16 @mul_u16(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i16 @sext16(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @zext32(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = zext i16 %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @wrap_sub32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @wrap_mul64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @widen(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sext i32 %3 to i64
  %5 = mul nsw i64 %4, 3
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sum_bytes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = load i32, ptr %5, align 4
  %19 = add i32 %18, %17
  store i32 %19, ptr %5, align 4
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !6

23:                                               ; preds = %7
  %24 = load i32, ptr %5, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i8, align 1
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [20 x i8], align 16
  %15 = alloca i32, align 4
  %16 = alloca i8, align 1
  %17 = alloca i8, align 1
  %18 = alloca i16, align 2
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i8 -6, ptr %2, align 1
  store i8 -128, ptr %3, align 1
  store i16 -1, ptr %4, align 2
  store i16 -32768, ptr %5, align 2
  store i32 -1, ptr %6, align 4
  store i32 -2147483648, ptr %7, align 4
  store i64 -1, ptr %8, align 8
  store i64 -9223372036854775808, ptr %9, align 8
  %22 = load i8, ptr %2, align 1
  %23 = call zeroext i8 @add_u8(i8 noundef zeroext %22, i8 noundef zeroext 10)
  %24 = zext i8 %23 to i32
  %25 = call zeroext i8 @add_u8(i8 noundef zeroext -56, i8 noundef zeroext 100)
  %26 = zext i8 %25 to i32
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, i32 noundef %26)
  %28 = call signext i8 @neg_i8(i8 noundef signext -5)
  %29 = sext i8 %28 to i32
  %30 = call signext i8 @neg_i8(i8 noundef signext 127)
  %31 = sext i8 %30 to i32
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %29, i32 noundef %31)
  %33 = load i8, ptr %3, align 1
  %34 = sext i8 %33 to i32
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %34)
  %36 = call zeroext i16 @mul_u16(i16 noundef zeroext 300, i16 noundef zeroext 300)
  %37 = zext i16 %36 to i32
  %38 = load i16, ptr %4, align 2
  %39 = call zeroext i16 @mul_u16(i16 noundef zeroext %38, i16 noundef zeroext 2)
  %40 = zext i16 %39 to i32
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %37, i32 noundef %40)
  %42 = call signext i16 @sext16(i8 noundef signext -1)
  %43 = sext i16 %42 to i32
  %44 = call signext i16 @sext16(i8 noundef signext 100)
  %45 = sext i16 %44 to i32
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %43, i32 noundef %45)
  %47 = call i32 @zext32(i16 noundef zeroext -2)
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %47)
  %49 = load i16, ptr %5, align 2
  %50 = sext i16 %49 to i32
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %50)
  %52 = call i32 @wrap_sub32(i32 noundef 3, i32 noundef 5)
  %53 = load i32, ptr %6, align 4
  %54 = add i32 %53, 2
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %52, i32 noundef %54)
  %56 = load i32, ptr %7, align 4
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %56)
  %58 = load i64, ptr %8, align 8
  %59 = add i64 %58, 1
  %60 = call i64 @wrap_mul64(i64 noundef 4294967297, i64 noundef 4294967295)
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %59, i64 noundef %60)
  %62 = load i64, ptr %9, align 8
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %62)
  %64 = call i64 @widen(i32 noundef 2147483647)
  %65 = call i64 @widen(i32 noundef -2147483648)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %64, i64 noundef %65)
  store i64 1311768467463790320, ptr %10, align 8
  %67 = load i64, ptr %10, align 8
  %68 = trunc i64 %67 to i8
  %69 = zext i8 %68 to i32
  %70 = load i64, ptr %10, align 8
  %71 = trunc i64 %70 to i16
  %72 = zext i16 %71 to i32
  %73 = load i64, ptr %10, align 8
  %74 = trunc i64 %73 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %69, i32 noundef %72, i32 noundef %74)
  store i8 -16, ptr %11, align 1
  %76 = load i8, ptr %11, align 1
  %77 = sext i8 %76 to i32
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %77)
  store i32 -1, ptr %12, align 4
  store i32 1, ptr %13, align 4
  %79 = load i32, ptr %12, align 4
  %80 = load i32, ptr %13, align 4
  %81 = icmp ugt i32 %79, %80
  %82 = zext i1 %81 to i32
  %83 = load i32, ptr %12, align 4
  %84 = load i32, ptr %13, align 4
  %85 = icmp slt i32 %83, %84
  %86 = zext i1 %85 to i32
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %82, i32 noundef %86)
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef 1, i64 noundef 2, i64 noundef 4, i64 noundef 8, i64 noundef 8)
  store i32 0, ptr %15, align 4
  br label %89

89:                                               ; preds = %100, %0
  %90 = load i32, ptr %15, align 4
  %91 = icmp slt i32 %90, 20
  br i1 %91, label %92, label %103

92:                                               ; preds = %89
  %93 = load i32, ptr %15, align 4
  %94 = mul nsw i32 %93, 37
  %95 = add nsw i32 %94, 11
  %96 = trunc i32 %95 to i8
  %97 = load i32, ptr %15, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [20 x i8], ptr %14, i64 0, i64 %98
  store i8 %96, ptr %99, align 1
  br label %100

100:                                              ; preds = %92
  %101 = load i32, ptr %15, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %15, align 4
  br label %89, !llvm.loop !8

103:                                              ; preds = %89
  %104 = getelementptr inbounds [20 x i8], ptr %14, i64 0, i64 0
  %105 = call i32 @sum_bytes(ptr noundef %104, i32 noundef 20)
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %105)
  store i8 -56, ptr %16, align 1
  store i8 -100, ptr %17, align 1
  %107 = load i8, ptr %16, align 1
  %108 = zext i8 %107 to i32
  %109 = load i8, ptr %16, align 1
  %110 = zext i8 %109 to i32
  %111 = add nsw i32 %108, %110
  %112 = load i8, ptr %17, align 1
  %113 = sext i8 %112 to i32
  %114 = load i8, ptr %17, align 1
  %115 = sext i8 %114 to i32
  %116 = add nsw i32 %113, %115
  %117 = load i8, ptr %16, align 1
  %118 = zext i8 %117 to i32
  %119 = load i8, ptr %17, align 1
  %120 = sext i8 %119 to i32
  %121 = add nsw i32 %118, %120
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %111, i32 noundef %116, i32 noundef %121)
  store i16 1, ptr %18, align 2
  store i32 0, ptr %19, align 4
  br label %123

123:                                              ; preds = %132, %103
  %124 = load i32, ptr %19, align 4
  %125 = icmp slt i32 %124, 20
  br i1 %125, label %126, label %135

126:                                              ; preds = %123
  %127 = load i16, ptr %18, align 2
  %128 = zext i16 %127 to i32
  %129 = mul nsw i32 %128, 3
  %130 = add nsw i32 %129, 7
  %131 = trunc i32 %130 to i16
  store i16 %131, ptr %18, align 2
  br label %132

132:                                              ; preds = %126
  %133 = load i32, ptr %19, align 4
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %19, align 4
  br label %123, !llvm.loop !9

135:                                              ; preds = %123
  %136 = load i16, ptr %18, align 2
  %137 = zext i16 %136 to i32
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %137)
  store i32 -2128831035, ptr %20, align 4
  store i32 0, ptr %21, align 4
  br label %139

139:                                              ; preds = %147, %135
  %140 = load i32, ptr %21, align 4
  %141 = icmp slt i32 %140, 10
  br i1 %141, label %142, label %150

142:                                              ; preds = %139
  %143 = load i32, ptr %20, align 4
  %144 = load i32, ptr %21, align 4
  %145 = xor i32 %143, %144
  %146 = mul i32 %145, 16777619
  store i32 %146, ptr %20, align 4
  br label %147

147:                                              ; preds = %142
  %148 = load i32, ptr %21, align 4
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %21, align 4
  br label %139, !llvm.loop !10

150:                                              ; preds = %139
  %151 = load i32, ptr %20, align 4
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %151)
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
