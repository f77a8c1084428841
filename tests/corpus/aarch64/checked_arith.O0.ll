; ModuleID = 'checked_arith.c'
source_filename = "checked_arith.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"add: %d\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c" r=%d\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c" | %d\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c" r=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"uadd: %d\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c" u=%u\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"usub: %d\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"ssub: %d\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"smul64: %d\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c" ll=%lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"umul64: %d\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c" ull=%llu\0A\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"u8 add: %d\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c" b=%u\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"i16 mul: %d\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c" s16=%d\0A\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"mixed: %d\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.18 = private unnamed_addr constant [8 x i8] c" s8=%d\0A\00", align 1
@.str.19 = private unnamed_addr constant [27 x i8] c"uadd_overflow builtin: %d\0A\00", align 1
@.str.20 = private unnamed_addr constant [12 x i8] c"smulll: %d\0A\00", align 1
@.str.21 = private unnamed_addr constant [12 x i8] c"%d! = %lld\0A\00", align 1
@.str.22 = private unnamed_addr constant [21 x i8] c"%d! overflows int64\0A\00", align 1
@.str.23 = private unnamed_addr constant [2 x i8] c"0\00", align 1
@.str.24 = private unnamed_addr constant [12 x i8] c"-2147483648\00", align 1
@.str.25 = private unnamed_addr constant [11 x i8] c"2147483647\00", align 1
@.str.26 = private unnamed_addr constant [11 x i8] c"2147483648\00", align 1
@.str.27 = private unnamed_addr constant [12 x i8] c"-2147483649\00", align 1
@.str.28 = private unnamed_addr constant [4 x i8] c"12a\00", align 1
@.str.29 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@__const.main.inputs = private unnamed_addr constant [7 x ptr] [ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29], align 8
@.str.30 = private unnamed_addr constant [16 x i8] c"parse %s -> %d\0A\00", align 1
@.str.31 = private unnamed_addr constant [19 x i8] c"parse %s -> error\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @safe_factorial(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store i64 1, ptr %6, align 8
  store i32 2, ptr %7, align 4
  br label %8

8:                                                ; preds = %21, %2
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp sle i32 %9, %10
  br i1 %11, label %12, label %24

12:                                               ; preds = %8
  %13 = load i64, ptr %6, align 8
  %14 = load i32, ptr %7, align 4
  %15 = sext i32 %14 to i64
  %16 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %13, i64 %15)
  %17 = extractvalue { i64, i1 } %16, 1
  %18 = extractvalue { i64, i1 } %16, 0
  store i64 %18, ptr %6, align 8
  br i1 %17, label %19, label %20

19:                                               ; preds = %12
  store i32 0, ptr %3, align 4
  br label %27

20:                                               ; preds = %12
  br label %21

21:                                               ; preds = %20
  %22 = load i32, ptr %7, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %7, align 4
  br label %8, !llvm.loop !6

24:                                               ; preds = %8
  %25 = load i64, ptr %6, align 8
  %26 = load ptr, ptr %5, align 8
  store i64 %25, ptr %26, align 8
  store i32 1, ptr %3, align 4
  br label %27

27:                                               ; preds = %24, %19
  %28 = load i32, ptr %3, align 4
  ret i32 %28
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @parse_decimal(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = load i8, ptr %8, align 1
  %10 = zext i8 %9 to i32
  %11 = icmp eq i32 %10, 45
  %12 = zext i1 %11 to i32
  store i32 %12, ptr %7, align 4
  %13 = load i32, ptr %7, align 4
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds i8, ptr %16, i32 1
  store ptr %17, ptr %4, align 8
  br label %18

18:                                               ; preds = %15, %2
  %19 = load ptr, ptr %4, align 8
  %20 = load i8, ptr %19, align 1
  %21 = icmp ne i8 %20, 0
  br i1 %21, label %23, label %22

22:                                               ; preds = %18
  store i32 0, ptr %3, align 4
  br label %71

23:                                               ; preds = %18
  br label %24

24:                                               ; preds = %56, %23
  %25 = load ptr, ptr %4, align 8
  %26 = load i8, ptr %25, align 1
  %27 = icmp ne i8 %26, 0
  br i1 %27, label %28, label %59

28:                                               ; preds = %24
  %29 = load ptr, ptr %4, align 8
  %30 = load i8, ptr %29, align 1
  %31 = zext i8 %30 to i32
  %32 = icmp slt i32 %31, 48
  br i1 %32, label %38, label %33

33:                                               ; preds = %28
  %34 = load ptr, ptr %4, align 8
  %35 = load i8, ptr %34, align 1
  %36 = zext i8 %35 to i32
  %37 = icmp sgt i32 %36, 57
  br i1 %37, label %38, label %39

38:                                               ; preds = %33, %28
  store i32 0, ptr %3, align 4
  br label %71

39:                                               ; preds = %33
  %40 = load i32, ptr %6, align 4
  %41 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %40, i32 10)
  %42 = extractvalue { i32, i1 } %41, 1
  %43 = extractvalue { i32, i1 } %41, 0
  store i32 %43, ptr %6, align 4
  br i1 %42, label %44, label %45

44:                                               ; preds = %39
  store i32 0, ptr %3, align 4
  br label %71

45:                                               ; preds = %39
  %46 = load i32, ptr %6, align 4
  %47 = load ptr, ptr %4, align 8
  %48 = load i8, ptr %47, align 1
  %49 = zext i8 %48 to i32
  %50 = sub nsw i32 %49, 48
  %51 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 %46, i32 %50)
  %52 = extractvalue { i32, i1 } %51, 1
  %53 = extractvalue { i32, i1 } %51, 0
  store i32 %53, ptr %6, align 4
  br i1 %52, label %54, label %55

54:                                               ; preds = %45
  store i32 0, ptr %3, align 4
  br label %71

55:                                               ; preds = %45
  br label %56

56:                                               ; preds = %55
  %57 = load ptr, ptr %4, align 8
  %58 = getelementptr inbounds i8, ptr %57, i32 1
  store ptr %58, ptr %4, align 8
  br label %24, !llvm.loop !8

59:                                               ; preds = %24
  %60 = load i32, ptr %7, align 4
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %68, label %62

62:                                               ; preds = %59
  %63 = load i32, ptr %6, align 4
  %64 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %63, i32 -1)
  %65 = extractvalue { i32, i1 } %64, 1
  %66 = extractvalue { i32, i1 } %64, 0
  store i32 %66, ptr %6, align 4
  br i1 %65, label %67, label %68

67:                                               ; preds = %62
  store i32 0, ptr %3, align 4
  br label %71

68:                                               ; preds = %62, %59
  %69 = load i32, ptr %6, align 4
  %70 = load ptr, ptr %5, align 8
  store i32 %69, ptr %70, align 4
  store i32 1, ptr %3, align 4
  br label %71

71:                                               ; preds = %68, %67, %54, %44, %38, %22
  %72 = load i32, ptr %3, align 4
  ret i32 %72
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.ssub.with.overflow.i32(i32, i32) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i8, align 1
  %7 = alloca i16, align 2
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca [7 x ptr], align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %14 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 2147483647, i32 1)
  %15 = extractvalue { i32, i1 } %14, 1
  %16 = extractvalue { i32, i1 } %14, 0
  store i32 %16, ptr %2, align 4
  %17 = zext i1 %15 to i32
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17)
  %19 = load i32, ptr %2, align 4
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %19)
  %21 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 100, i32 200)
  %22 = extractvalue { i32, i1 } %21, 1
  %23 = extractvalue { i32, i1 } %21, 0
  store i32 %23, ptr %2, align 4
  %24 = zext i1 %22 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %24)
  %26 = load i32, ptr %2, align 4
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %26)
  %28 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 -1, i32 2)
  %29 = extractvalue { i32, i1 } %28, 1
  %30 = extractvalue { i32, i1 } %28, 0
  store i32 %30, ptr %3, align 4
  %31 = zext i1 %29 to i32
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %31)
  %33 = load i32, ptr %3, align 4
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %33)
  %35 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 3, i32 5)
  %36 = extractvalue { i32, i1 } %35, 1
  %37 = extractvalue { i32, i1 } %35, 0
  store i32 %37, ptr %3, align 4
  %38 = zext i1 %36 to i32
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %38)
  %40 = load i32, ptr %3, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %40)
  %42 = call { i32, i1 } @llvm.ssub.with.overflow.i32(i32 -2147483648, i32 1)
  %43 = extractvalue { i32, i1 } %42, 1
  %44 = extractvalue { i32, i1 } %42, 0
  store i32 %44, ptr %2, align 4
  %45 = zext i1 %43 to i32
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %45)
  %47 = load i32, ptr %2, align 4
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %47)
  %49 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 4611686018427387903, i64 3)
  %50 = extractvalue { i64, i1 } %49, 1
  %51 = extractvalue { i64, i1 } %49, 0
  store i64 %51, ptr %4, align 8
  %52 = zext i1 %50 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %52)
  %54 = load i64, ptr %4, align 8
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %54)
  %56 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 4294967296, i64 4294967296)
  %57 = extractvalue { i64, i1 } %56, 1
  %58 = extractvalue { i64, i1 } %56, 0
  store i64 %58, ptr %5, align 8
  %59 = zext i1 %57 to i32
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %59)
  %61 = load i64, ptr %5, align 8
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %61)
  %63 = call { i8, i1 } @llvm.uadd.with.overflow.i8(i8 -56, i8 100)
  %64 = extractvalue { i8, i1 } %63, 1
  %65 = extractvalue { i8, i1 } %63, 0
  store i8 %65, ptr %6, align 1
  %66 = zext i1 %64 to i32
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %66)
  %68 = load i8, ptr %6, align 1
  %69 = zext i8 %68 to i32
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %69)
  %71 = call { i16, i1 } @llvm.smul.with.overflow.i16(i16 300, i16 200)
  %72 = extractvalue { i16, i1 } %71, 1
  %73 = extractvalue { i16, i1 } %71, 0
  store i16 %73, ptr %7, align 2
  %74 = zext i1 %72 to i32
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %74)
  %76 = load i16, ptr %7, align 2
  %77 = sext i16 %76 to i32
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %77)
  %79 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 100, i32 27)
  %80 = extractvalue { i32, i1 } %79, 1
  %81 = extractvalue { i32, i1 } %79, 0
  %82 = trunc i32 %81 to i8
  %83 = sext i8 %82 to i32
  %84 = icmp ne i32 %81, %83
  %85 = or i1 %80, %84
  store i8 %82, ptr %8, align 1
  %86 = zext i1 %85 to i32
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %86)
  %88 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 100, i32 28)
  %89 = extractvalue { i32, i1 } %88, 1
  %90 = extractvalue { i32, i1 } %88, 0
  %91 = trunc i32 %90 to i8
  %92 = sext i8 %91 to i32
  %93 = icmp ne i32 %90, %92
  %94 = or i1 %89, %93
  store i8 %91, ptr %8, align 1
  %95 = zext i1 %94 to i32
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %95)
  %97 = load i8, ptr %8, align 1
  %98 = sext i8 %97 to i32
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %98)
  %100 = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 -2147483648, i32 -2147483648)
  %101 = extractvalue { i32, i1 } %100, 1
  %102 = extractvalue { i32, i1 } %100, 0
  store i32 %102, ptr %3, align 4
  %103 = zext i1 %101 to i32
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %103)
  %105 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 -3037000500, i64 3037000500)
  %106 = extractvalue { i64, i1 } %105, 1
  %107 = extractvalue { i64, i1 } %105, 0
  store i64 %107, ptr %4, align 8
  %108 = zext i1 %106 to i32
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %108)
  store i32 18, ptr %9, align 4
  br label %110

110:                                              ; preds = %125, %0
  %111 = load i32, ptr %9, align 4
  %112 = icmp sle i32 %111, 22
  br i1 %112, label %113, label %128

113:                                              ; preds = %110
  %114 = load i32, ptr %9, align 4
  %115 = call i32 @safe_factorial(i32 noundef %114, ptr noundef %10)
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %117, label %121

117:                                              ; preds = %113
  %118 = load i32, ptr %9, align 4
  %119 = load i64, ptr %10, align 8
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i32 noundef %118, i64 noundef %119)
  br label %124

121:                                              ; preds = %113
  %122 = load i32, ptr %9, align 4
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %122)
  br label %124

124:                                              ; preds = %121, %117
  br label %125

125:                                              ; preds = %124
  %126 = load i32, ptr %9, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %9, align 4
  br label %110, !llvm.loop !9

128:                                              ; preds = %110
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 @__const.main.inputs, i64 56, i1 false)
  store i32 0, ptr %12, align 4
  br label %129

129:                                              ; preds = %153, %128
  %130 = load i32, ptr %12, align 4
  %131 = icmp slt i32 %130, 7
  br i1 %131, label %132, label %156

132:                                              ; preds = %129
  %133 = load i32, ptr %12, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 %134
  %136 = load ptr, ptr %135, align 8
  %137 = call i32 @parse_decimal(ptr noundef %136, ptr noundef %13)
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %139, label %146

139:                                              ; preds = %132
  %140 = load i32, ptr %12, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 %141
  %143 = load ptr, ptr %142, align 8
  %144 = load i32, ptr %13, align 4
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.30, ptr noundef %143, i32 noundef %144)
  br label %152

146:                                              ; preds = %132
  %147 = load i32, ptr %12, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 %148
  %150 = load ptr, ptr %149, align 8
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, ptr noundef %150)
  br label %152

152:                                              ; preds = %146, %139
  br label %153

153:                                              ; preds = %152
  %154 = load i32, ptr %12, align 4
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %12, align 4
  br label %129, !llvm.loop !10

156:                                              ; preds = %129
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i8, i1 } @llvm.uadd.with.overflow.i8(i8, i8) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i16, i1 } @llvm.smul.with.overflow.i16(i16, i16) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
