; ModuleID = 'saturating_arith.c'
source_filename = "saturating_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.u = internal constant [15 x i64] [i64 0, i64 1, i64 2, i64 127, i64 128, i64 255, i64 32767, i64 65535, i64 2147483647, i64 4294967295, i64 9223372036854775807, i64 -9223372036854775808, i64 -2, i64 -1, i64 12345678901234], align 16
@main.s = internal constant [16 x i64] [i64 0, i64 1, i64 -1, i64 100, i64 -100, i64 127, i64 -128, i64 32767, i64 -32768, i64 2147483647, i64 -2147483648, i64 9223372036854775807, i64 -9223372036854775808, i64 9223372036854775802, i64 -9223372036854775803, i64 -987654321012345], align 16
@.str = private unnamed_addr constant [23 x i8] c"unsigned hash %016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"signed hash %016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"u64: %llu %llu %llu %llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [31 x i8] c"s64: %lld %lld %lld %lld %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [36 x i8] c"s8: %d %d u8: %d %d room %llu %llu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 15, ptr %3, align 4
  store i32 16, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %13

13:                                               ; preds = %97, %0
  %14 = load i32, ptr %5, align 4
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %100

17:                                               ; preds = %13
  store i32 0, ptr %6, align 4
  br label %18

18:                                               ; preds = %93, %17
  %19 = load i32, ptr %6, align 4
  %20 = load i32, ptr %3, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %96

22:                                               ; preds = %18
  %23 = load i32, ptr %5, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [15 x i64], ptr @main.u, i64 0, i64 %24
  %26 = load i64, ptr %25, align 8
  store i64 %26, ptr %7, align 8
  %27 = load i32, ptr %6, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [15 x i64], ptr @main.u, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8
  store i64 %30, ptr %8, align 8
  %31 = load i64, ptr %2, align 8
  %32 = mul i64 %31, 31
  %33 = load i64, ptr %7, align 8
  %34 = trunc i64 %33 to i8
  %35 = load i64, ptr %8, align 8
  %36 = trunc i64 %35 to i8
  %37 = call zeroext i8 @u8_add(i8 noundef zeroext %34, i8 noundef zeroext %36)
  %38 = zext i8 %37 to i64
  %39 = add i64 %32, %38
  %40 = load i64, ptr %7, align 8
  %41 = trunc i64 %40 to i8
  %42 = load i64, ptr %8, align 8
  %43 = trunc i64 %42 to i8
  %44 = call zeroext i8 @u8_sub(i8 noundef zeroext %41, i8 noundef zeroext %43)
  %45 = zext i8 %44 to i64
  %46 = add i64 %39, %45
  store i64 %46, ptr %2, align 8
  %47 = load i64, ptr %2, align 8
  %48 = mul i64 %47, 31
  %49 = load i64, ptr %7, align 8
  %50 = trunc i64 %49 to i16
  %51 = load i64, ptr %8, align 8
  %52 = trunc i64 %51 to i16
  %53 = call zeroext i16 @u16_add(i16 noundef zeroext %50, i16 noundef zeroext %52)
  %54 = zext i16 %53 to i64
  %55 = add i64 %48, %54
  %56 = load i64, ptr %7, align 8
  %57 = trunc i64 %56 to i16
  %58 = load i64, ptr %8, align 8
  %59 = trunc i64 %58 to i16
  %60 = call zeroext i16 @u16_sub(i16 noundef zeroext %57, i16 noundef zeroext %59)
  %61 = zext i16 %60 to i64
  %62 = add i64 %55, %61
  store i64 %62, ptr %2, align 8
  %63 = load i64, ptr %2, align 8
  %64 = mul i64 %63, 31
  %65 = load i64, ptr %7, align 8
  %66 = trunc i64 %65 to i32
  %67 = load i64, ptr %8, align 8
  %68 = trunc i64 %67 to i32
  %69 = call i32 @u32_add(i32 noundef %66, i32 noundef %68)
  %70 = zext i32 %69 to i64
  %71 = add i64 %64, %70
  %72 = load i64, ptr %7, align 8
  %73 = trunc i64 %72 to i32
  %74 = load i64, ptr %8, align 8
  %75 = trunc i64 %74 to i32
  %76 = call i32 @u32_sub(i32 noundef %73, i32 noundef %75)
  %77 = zext i32 %76 to i64
  %78 = add i64 %71, %77
  store i64 %78, ptr %2, align 8
  %79 = load i64, ptr %2, align 8
  %80 = mul i64 %79, 31
  %81 = load i64, ptr %7, align 8
  %82 = load i64, ptr %8, align 8
  %83 = call i64 @u64_add(i64 noundef %81, i64 noundef %82)
  %84 = add i64 %80, %83
  %85 = load i64, ptr %7, align 8
  %86 = load i64, ptr %8, align 8
  %87 = call i64 @u64_sub(i64 noundef %85, i64 noundef %86)
  %88 = add i64 %84, %87
  %89 = load i64, ptr %7, align 8
  %90 = load i64, ptr %8, align 8
  %91 = call i64 @room_left(i64 noundef %89, i64 noundef %90)
  %92 = add i64 %88, %91
  store i64 %92, ptr %2, align 8
  br label %93

93:                                               ; preds = %22
  %94 = load i32, ptr %6, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %6, align 4
  br label %18, !llvm.loop !6

96:                                               ; preds = %18
  br label %97

97:                                               ; preds = %96
  %98 = load i32, ptr %5, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %5, align 4
  br label %13, !llvm.loop !8

100:                                              ; preds = %13
  %101 = load i64, ptr %2, align 8
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %101)
  store i32 0, ptr %9, align 4
  br label %103

103:                                              ; preds = %183, %100
  %104 = load i32, ptr %9, align 4
  %105 = load i32, ptr %4, align 4
  %106 = icmp slt i32 %104, %105
  br i1 %106, label %107, label %186

107:                                              ; preds = %103
  store i32 0, ptr %10, align 4
  br label %108

108:                                              ; preds = %179, %107
  %109 = load i32, ptr %10, align 4
  %110 = load i32, ptr %4, align 4
  %111 = icmp slt i32 %109, %110
  br i1 %111, label %112, label %182

112:                                              ; preds = %108
  %113 = load i32, ptr %9, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [16 x i64], ptr @main.s, i64 0, i64 %114
  %116 = load i64, ptr %115, align 8
  store i64 %116, ptr %11, align 8
  %117 = load i32, ptr %10, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [16 x i64], ptr @main.s, i64 0, i64 %118
  %120 = load i64, ptr %119, align 8
  store i64 %120, ptr %12, align 8
  %121 = load i64, ptr %2, align 8
  %122 = mul i64 %121, 31
  %123 = load i64, ptr %11, align 8
  %124 = trunc i64 %123 to i8
  %125 = load i64, ptr %12, align 8
  %126 = trunc i64 %125 to i8
  %127 = call signext i8 @s8_add(i8 noundef signext %124, i8 noundef signext %126)
  %128 = zext i8 %127 to i64
  %129 = add i64 %122, %128
  %130 = load i64, ptr %11, align 8
  %131 = trunc i64 %130 to i8
  %132 = load i64, ptr %12, align 8
  %133 = trunc i64 %132 to i8
  %134 = call signext i8 @s8_sub(i8 noundef signext %131, i8 noundef signext %133)
  %135 = zext i8 %134 to i64
  %136 = add i64 %129, %135
  store i64 %136, ptr %2, align 8
  %137 = load i64, ptr %2, align 8
  %138 = mul i64 %137, 31
  %139 = load i64, ptr %11, align 8
  %140 = trunc i64 %139 to i16
  %141 = load i64, ptr %12, align 8
  %142 = trunc i64 %141 to i16
  %143 = call signext i16 @s16_add(i16 noundef signext %140, i16 noundef signext %142)
  %144 = zext i16 %143 to i64
  %145 = add i64 %138, %144
  %146 = load i64, ptr %11, align 8
  %147 = trunc i64 %146 to i16
  %148 = load i64, ptr %12, align 8
  %149 = trunc i64 %148 to i16
  %150 = call signext i16 @s16_sub(i16 noundef signext %147, i16 noundef signext %149)
  %151 = zext i16 %150 to i64
  %152 = add i64 %145, %151
  store i64 %152, ptr %2, align 8
  %153 = load i64, ptr %2, align 8
  %154 = mul i64 %153, 31
  %155 = load i64, ptr %11, align 8
  %156 = trunc i64 %155 to i32
  %157 = load i64, ptr %12, align 8
  %158 = trunc i64 %157 to i32
  %159 = call i32 @s32_add(i32 noundef %156, i32 noundef %158)
  %160 = zext i32 %159 to i64
  %161 = add i64 %154, %160
  %162 = load i64, ptr %11, align 8
  %163 = trunc i64 %162 to i32
  %164 = load i64, ptr %12, align 8
  %165 = trunc i64 %164 to i32
  %166 = call i32 @s32_sub(i32 noundef %163, i32 noundef %165)
  %167 = zext i32 %166 to i64
  %168 = add i64 %161, %167
  store i64 %168, ptr %2, align 8
  %169 = load i64, ptr %2, align 8
  %170 = mul i64 %169, 31
  %171 = load i64, ptr %11, align 8
  %172 = load i64, ptr %12, align 8
  %173 = call i64 @s64_add(i64 noundef %171, i64 noundef %172)
  %174 = add i64 %170, %173
  %175 = load i64, ptr %11, align 8
  %176 = load i64, ptr %12, align 8
  %177 = call i64 @s64_sub(i64 noundef %175, i64 noundef %176)
  %178 = add i64 %174, %177
  store i64 %178, ptr %2, align 8
  br label %179

179:                                              ; preds = %112
  %180 = load i32, ptr %10, align 4
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %10, align 4
  br label %108, !llvm.loop !9

182:                                              ; preds = %108
  br label %183

183:                                              ; preds = %182
  %184 = load i32, ptr %9, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %9, align 4
  br label %103, !llvm.loop !10

186:                                              ; preds = %103
  %187 = load i64, ptr %2, align 8
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %187)
  %189 = call i64 @u64_add(i64 noundef -2, i64 noundef 1)
  %190 = call i64 @u64_add(i64 noundef -2, i64 noundef 2)
  %191 = call i64 @u64_sub(i64 noundef 5, i64 noundef 7)
  %192 = call i64 @u64_sub(i64 noundef 7, i64 noundef 5)
  %193 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %189, i64 noundef %190, i64 noundef %191, i64 noundef %192)
  %194 = call i64 @s64_add(i64 noundef 9223372036854775807, i64 noundef 1)
  %195 = call i64 @s64_add(i64 noundef -9223372036854775808, i64 noundef -1)
  %196 = call i64 @s64_sub(i64 noundef -9223372036854775808, i64 noundef 1)
  %197 = call i64 @s64_sub(i64 noundef 9223372036854775807, i64 noundef -1)
  %198 = call i64 @s64_sub(i64 noundef -5, i64 noundef 7)
  %199 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %194, i64 noundef %195, i64 noundef %196, i64 noundef %197, i64 noundef %198)
  %200 = call signext i8 @s8_add(i8 noundef signext 100, i8 noundef signext 100)
  %201 = sext i8 %200 to i32
  %202 = call signext i8 @s8_sub(i8 noundef signext -100, i8 noundef signext 100)
  %203 = sext i8 %202 to i32
  %204 = call zeroext i8 @u8_add(i8 noundef zeroext -56, i8 noundef zeroext 100)
  %205 = zext i8 %204 to i32
  %206 = call zeroext i8 @u8_sub(i8 noundef zeroext 100, i8 noundef zeroext -56)
  %207 = zext i8 %206 to i32
  %208 = call i64 @room_left(i64 noundef 10, i64 noundef 3)
  %209 = call i64 @room_left(i64 noundef 3, i64 noundef 10)
  %210 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %201, i32 noundef %203, i32 noundef %205, i32 noundef %207, i64 noundef %208, i64 noundef %209)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @u8_add(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = call i32 @llvm.sadd.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @u8_sub(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = call i32 @llvm.ssub.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @u16_add(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = call i32 @llvm.sadd.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @u16_sub(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = call i32 @llvm.ssub.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @u32_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @llvm.uadd.sat.i32(i32 %5, i32 %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @u32_sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @llvm.usub.sat.i32(i32 %5, i32 %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @u64_add(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = call i64 @llvm.uadd.sat.i64(i64 %5, i64 %6)
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @u64_sub(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = call i64 @llvm.usub.sat.i64(i64 %5, i64 %6)
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @room_left(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp ugt i64 %5, %6
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = sub i64 %9, %10
  br label %13

12:                                               ; preds = %2
  br label %13

13:                                               ; preds = %12, %8
  %14 = phi i64 [ %11, %8 ], [ 0, %12 ]
  ret i64 %14
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @s8_add(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = call i32 @llvm.sadd.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @s8_sub(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = call i32 @llvm.ssub.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @s16_add(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = call i32 @llvm.sadd.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @s16_sub(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = call i32 @llvm.ssub.sat.i32(i32 %6, i32 %8)
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @s32_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @llvm.sadd.sat.i32(i32 %5, i32 %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @s32_sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @llvm.ssub.sat.i32(i32 %5, i32 %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @s64_add(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = call i64 @llvm.sadd.sat.i64(i64 %5, i64 %6)
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @s64_sub(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = call i64 @llvm.ssub.sat.i64(i64 %5, i64 %6)
  ret i64 %7
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.sadd.sat.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ssub.sat.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.uadd.sat.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.usub.sat.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.uadd.sat.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.usub.sat.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.sadd.sat.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ssub.sat.i64(i64, i64) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
