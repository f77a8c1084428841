; ModuleID = 'shifts_divrem.c'
source_filename = "shifts_divrem.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.nums = internal constant [8 x i32] [i32 7, i32 -7, i32 100, i32 -100, i32 1, i32 -1, i32 2147483647, i32 -2147483647], align 16
@main.dens = internal constant [6 x i32] [i32 2, i32 -2, i32 3, i32 -3, i32 7, i32 -7], align 16
@.str = private unnamed_addr constant [4 x i8] c"%d:\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c" %d/%d=%d,%d\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"udiv: %u %u %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"div64: %ld %ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"div16: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"rem8: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"const div acc: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"const udiv acc: %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [27 x i8] c"shift %2u: %08x %08x %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [28 x i8] c"shift64 %2u: %016lx %016lx\0A\00", align 1
@.str.11 = private unnamed_addr constant [21 x i8] c"u8 shifts: %d %d %u\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"i8 ashr: %d %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [15 x i8] c"u16 rot: %04x\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sdiv(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sdiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @srem(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = srem i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @udiv(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = udiv i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @urem(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = urem i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @sdiv64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sdiv i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @srem64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = srem i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i16 @div16(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = sdiv i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i8 @rem8(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = srem i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @shl(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @lshr(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = lshr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @ashr(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = ashr i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @shl64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = shl i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @ashr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = ashr i64 %5, %7
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i8, align 1
  %12 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %60, %0
  %14 = load i32, ptr %2, align 4
  %15 = zext i32 %14 to i64
  %16 = icmp ult i64 %15, 8
  br i1 %16, label %17, label %63

17:                                               ; preds = %13
  %18 = load i32, ptr %2, align 4
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds [8 x i32], ptr @main.nums, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21)
  store i32 0, ptr %3, align 4
  br label %23

23:                                               ; preds = %55, %17
  %24 = load i32, ptr %3, align 4
  %25 = zext i32 %24 to i64
  %26 = icmp ult i64 %25, 6
  br i1 %26, label %27, label %58

27:                                               ; preds = %23
  %28 = load i32, ptr %2, align 4
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds [8 x i32], ptr @main.nums, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = load i32, ptr %3, align 4
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds [6 x i32], ptr @main.dens, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = load i32, ptr %2, align 4
  %37 = zext i32 %36 to i64
  %38 = getelementptr inbounds [8 x i32], ptr @main.nums, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = load i32, ptr %3, align 4
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds [6 x i32], ptr @main.dens, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = call i32 @sdiv(i32 noundef %39, i32 noundef %43)
  %45 = load i32, ptr %2, align 4
  %46 = zext i32 %45 to i64
  %47 = getelementptr inbounds [8 x i32], ptr @main.nums, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = load i32, ptr %3, align 4
  %50 = zext i32 %49 to i64
  %51 = getelementptr inbounds [6 x i32], ptr @main.dens, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4
  %53 = call i32 @srem(i32 noundef %48, i32 noundef %52)
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %31, i32 noundef %35, i32 noundef %44, i32 noundef %53)
  br label %55

55:                                               ; preds = %27
  %56 = load i32, ptr %3, align 4
  %57 = add i32 %56, 1
  store i32 %57, ptr %3, align 4
  br label %23, !llvm.loop !6

58:                                               ; preds = %23
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  br label %60

60:                                               ; preds = %58
  %61 = load i32, ptr %2, align 4
  %62 = add i32 %61, 1
  store i32 %62, ptr %2, align 4
  br label %13, !llvm.loop !8

63:                                               ; preds = %13
  %64 = call i32 @udiv(i32 noundef -1, i32 noundef 7)
  %65 = call i32 @urem(i32 noundef -1, i32 noundef 7)
  %66 = call i32 @udiv(i32 noundef 10, i32 noundef 3)
  %67 = call i32 @urem(i32 noundef 10, i32 noundef 3)
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %64, i32 noundef %65, i32 noundef %66, i32 noundef %67)
  %69 = call i64 @sdiv64(i64 noundef -9000000000000000000, i64 noundef 7)
  %70 = call i64 @srem64(i64 noundef -9000000000000000000, i64 noundef 7)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %69, i64 noundef %70)
  %72 = call signext i16 @div16(i16 noundef signext -32767, i16 noundef signext 3)
  %73 = sext i16 %72 to i32
  %74 = call signext i16 @div16(i16 noundef signext 32767, i16 noundef signext -10)
  %75 = sext i16 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %73, i32 noundef %75)
  %77 = call signext i8 @rem8(i8 noundef signext -127, i8 noundef signext 10)
  %78 = sext i8 %77 to i32
  %79 = call signext i8 @rem8(i8 noundef signext 100, i8 noundef signext -7)
  %80 = sext i8 %79 to i32
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %78, i32 noundef %80)
  store i32 0, ptr %4, align 4
  store i32 -50, ptr %5, align 4
  br label %82

82:                                               ; preds = %99, %63
  %83 = load i32, ptr %5, align 4
  %84 = icmp sle i32 %83, 50
  br i1 %84, label %85, label %102

85:                                               ; preds = %82
  %86 = load i32, ptr %5, align 4
  %87 = sdiv i32 %86, 3
  %88 = load i32, ptr %5, align 4
  %89 = srem i32 %88, 5
  %90 = add nsw i32 %87, %89
  %91 = load i32, ptr %5, align 4
  %92 = sdiv i32 %91, 8
  %93 = add nsw i32 %90, %92
  %94 = load i32, ptr %5, align 4
  %95 = srem i32 %94, 16
  %96 = add nsw i32 %93, %95
  %97 = load i32, ptr %4, align 4
  %98 = add nsw i32 %97, %96
  store i32 %98, ptr %4, align 4
  br label %99

99:                                               ; preds = %85
  %100 = load i32, ptr %5, align 4
  %101 = add nsw i32 %100, 7
  store i32 %101, ptr %5, align 4
  br label %82, !llvm.loop !9

102:                                              ; preds = %82
  %103 = load i32, ptr %4, align 4
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %103)
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %105

105:                                              ; preds = %119, %102
  %106 = load i32, ptr %7, align 4
  %107 = icmp ult i32 %106, -294967296
  br i1 %107, label %108, label %122

108:                                              ; preds = %105
  %109 = load i32, ptr %7, align 4
  %110 = udiv i32 %109, 10
  %111 = load i32, ptr %7, align 4
  %112 = urem i32 %111, 1000
  %113 = add i32 %110, %112
  %114 = load i32, ptr %7, align 4
  %115 = udiv i32 %114, 7
  %116 = add i32 %113, %115
  %117 = load i32, ptr %6, align 4
  %118 = add i32 %117, %116
  store i32 %118, ptr %6, align 4
  br label %119

119:                                              ; preds = %108
  %120 = load i32, ptr %7, align 4
  %121 = add i32 %120, 123456789
  store i32 %121, ptr %7, align 4
  br label %105, !llvm.loop !10

122:                                              ; preds = %105
  %123 = load i32, ptr %6, align 4
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %123)
  store i32 0, ptr %8, align 4
  br label %125

125:                                              ; preds = %137, %122
  %126 = load i32, ptr %8, align 4
  %127 = icmp ult i32 %126, 32
  br i1 %127, label %128, label %140

128:                                              ; preds = %125
  %129 = load i32, ptr %8, align 4
  %130 = load i32, ptr %8, align 4
  %131 = call i32 @shl(i32 noundef -2147483647, i32 noundef %130)
  %132 = load i32, ptr %8, align 4
  %133 = call i32 @lshr(i32 noundef -2147483647, i32 noundef %132)
  %134 = load i32, ptr %8, align 4
  %135 = call i32 @ashr(i32 noundef -2147483647, i32 noundef %134)
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %129, i32 noundef %131, i32 noundef %133, i32 noundef %135)
  br label %137

137:                                              ; preds = %128
  %138 = load i32, ptr %8, align 4
  %139 = add i32 %138, 5
  store i32 %139, ptr %8, align 4
  br label %125, !llvm.loop !11

140:                                              ; preds = %125
  store i32 0, ptr %9, align 4
  br label %141

141:                                              ; preds = %151, %140
  %142 = load i32, ptr %9, align 4
  %143 = icmp ult i32 %142, 64
  br i1 %143, label %144, label %154

144:                                              ; preds = %141
  %145 = load i32, ptr %9, align 4
  %146 = load i32, ptr %9, align 4
  %147 = call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef %146)
  %148 = load i32, ptr %9, align 4
  %149 = call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef %148)
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %145, i64 noundef %147, i64 noundef %149)
  br label %151

151:                                              ; preds = %144
  %152 = load i32, ptr %9, align 4
  %153 = add i32 %152, 13
  store i32 %153, ptr %9, align 4
  br label %141, !llvm.loop !12

154:                                              ; preds = %141
  store i8 -127, ptr %10, align 1
  %155 = load i8, ptr %10, align 1
  %156 = zext i8 %155 to i32
  %157 = shl i32 %156, 1
  %158 = load i8, ptr %10, align 1
  %159 = zext i8 %158 to i32
  %160 = ashr i32 %159, 1
  %161 = load i8, ptr %10, align 1
  %162 = zext i8 %161 to i32
  %163 = shl i32 %162, 1
  %164 = trunc i32 %163 to i8
  %165 = zext i8 %164 to i32
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %157, i32 noundef %160, i32 noundef %165)
  store i8 -16, ptr %11, align 1
  %167 = load i8, ptr %11, align 1
  %168 = sext i8 %167 to i32
  %169 = ashr i32 %168, 2
  %170 = load i8, ptr %11, align 1
  %171 = sext i8 %170 to i32
  %172 = mul nsw i32 %171, 4
  %173 = trunc i32 %172 to i8
  %174 = sext i8 %173 to i32
  %175 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %169, i32 noundef %174)
  store i16 -21555, ptr %12, align 2
  %176 = load i16, ptr %12, align 2
  %177 = zext i16 %176 to i32
  %178 = shl i32 %177, 4
  %179 = load i16, ptr %12, align 2
  %180 = zext i16 %179 to i32
  %181 = ashr i32 %180, 12
  %182 = or i32 %178, %181
  %183 = trunc i32 %182 to i16
  %184 = zext i16 %183 to i32
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %184)
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
!12 = distinct !{!12, !7}
