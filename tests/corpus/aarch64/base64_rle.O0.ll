; ModuleID = 'base64_rle.c'
source_filename = "base64_rle.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@rev = internal global [256 x i8] zeroinitializer, align 1
@b64 = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 1
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.samples = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 8
@.str.8 = private unnamed_addr constant [41 x i8] c"'%s' -> '%s' -> %ld bytes, roundtrip=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [18 x i8] c"invalid: %ld %ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"ab!d\00", align 1
@.str.12 = private unnamed_addr constant [23 x i8] c"rle %zu -> %zu bytes:\0A\00", align 1
@.str.13 = private unnamed_addr constant [33 x i8] c"256 bytes -> %zu chars, tail=%s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"%02x%s\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c" \00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [8 x ptr], align 8
  %4 = alloca i32, align 4
  %5 = alloca [64 x i8], align 1
  %6 = alloca [64 x i8], align 1
  %7 = alloca i64, align 8
  %8 = alloca [8 x i8], align 1
  %9 = alloca [40 x i8], align 1
  %10 = alloca i32, align 4
  %11 = alloca [80 x i8], align 1
  %12 = alloca i64, align 8
  %13 = alloca [256 x i8], align 1
  %14 = alloca i32, align 4
  %15 = alloca [400 x i8], align 1
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 1 @rev, i8 -1, i64 256, i1 false)
  store i32 0, ptr %2, align 4
  br label %17

17:                                               ; preds = %29, %0
  %18 = load i32, ptr %2, align 4
  %19 = icmp slt i32 %18, 64
  br i1 %19, label %20, label %32

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4
  %22 = trunc i32 %21 to i8
  %23 = load i32, ptr %2, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %24
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i64
  %28 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %27
  store i8 %22, ptr %28, align 1
  br label %29

29:                                               ; preds = %20
  %30 = load i32, ptr %2, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %2, align 4
  br label %17, !llvm.loop !6

32:                                               ; preds = %17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.samples, i64 64, i1 false)
  store i32 0, ptr %4, align 4
  br label %33

33:                                               ; preds = %77, %32
  %34 = load i32, ptr %4, align 4
  %35 = icmp slt i32 %34, 8
  br i1 %35, label %36, label %80

36:                                               ; preds = %33
  %37 = load i32, ptr %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %38
  %40 = load ptr, ptr %39, align 8
  %41 = load i32, ptr %4, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %42
  %44 = load ptr, ptr %43, align 8
  %45 = call i64 @strlen(ptr noundef %44) #5
  %46 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %47 = call i64 @encode(ptr noundef %40, i64 noundef %45, ptr noundef %46)
  %48 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %49 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0
  %50 = call i64 @decode(ptr noundef %48, ptr noundef %49)
  store i64 %50, ptr %7, align 8
  %51 = load i32, ptr %4, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %52
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %56 = load i64, ptr %7, align 8
  %57 = load i64, ptr %7, align 8
  %58 = load i32, ptr %4, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %59
  %61 = load ptr, ptr %60, align 8
  %62 = call i64 @strlen(ptr noundef %61) #5
  %63 = icmp eq i64 %57, %62
  br i1 %63, label %64, label %73

64:                                               ; preds = %36
  %65 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 0
  %66 = load i32, ptr %4, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %67
  %69 = load ptr, ptr %68, align 8
  %70 = load i64, ptr %7, align 8
  %71 = call i32 @memcmp(ptr noundef %65, ptr noundef %69, i64 noundef %70) #5
  %72 = icmp eq i32 %71, 0
  br label %73

73:                                               ; preds = %64, %36
  %74 = phi i1 [ false, %36 ], [ %72, %64 ]
  %75 = zext i1 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %54, ptr noundef %55, i64 noundef %56, i32 noundef %75)
  br label %77

77:                                               ; preds = %73
  %78 = load i32, ptr %4, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %4, align 4
  br label %33, !llvm.loop !8

80:                                               ; preds = %33
  %81 = getelementptr inbounds [8 x i8], ptr %8, i64 0, i64 0
  %82 = call i64 @decode(ptr noundef @.str.10, ptr noundef %81)
  %83 = getelementptr inbounds [8 x i8], ptr %8, i64 0, i64 0
  %84 = call i64 @decode(ptr noundef @.str.11, ptr noundef %83)
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %82, i64 noundef %84)
  store i32 0, ptr %10, align 4
  br label %86

86:                                               ; preds = %114, %80
  %87 = load i32, ptr %10, align 4
  %88 = icmp slt i32 %87, 40
  br i1 %88, label %89, label %117

89:                                               ; preds = %86
  %90 = load i32, ptr %10, align 4
  %91 = icmp slt i32 %90, 10
  br i1 %91, label %92, label %93

92:                                               ; preds = %89
  br label %108

93:                                               ; preds = %89
  %94 = load i32, ptr %10, align 4
  %95 = icmp slt i32 %94, 13
  br i1 %95, label %96, label %97

96:                                               ; preds = %93
  br label %106

97:                                               ; preds = %93
  %98 = load i32, ptr %10, align 4
  %99 = icmp slt i32 %98, 30
  br i1 %99, label %100, label %101

100:                                              ; preds = %97
  br label %104

101:                                              ; preds = %97
  %102 = load i32, ptr %10, align 4
  %103 = mul nsw i32 %102, 3
  br label %104

104:                                              ; preds = %101, %100
  %105 = phi i32 [ 7, %100 ], [ %103, %101 ]
  br label %106

106:                                              ; preds = %104, %96
  %107 = phi i32 [ 255, %96 ], [ %105, %104 ]
  br label %108

108:                                              ; preds = %106, %92
  %109 = phi i32 [ 0, %92 ], [ %107, %106 ]
  %110 = trunc i32 %109 to i8
  %111 = load i32, ptr %10, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [40 x i8], ptr %9, i64 0, i64 %112
  store i8 %110, ptr %113, align 1
  br label %114

114:                                              ; preds = %108
  %115 = load i32, ptr %10, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %10, align 4
  br label %86, !llvm.loop !9

117:                                              ; preds = %86
  %118 = getelementptr inbounds [40 x i8], ptr %9, i64 0, i64 0
  %119 = getelementptr inbounds [80 x i8], ptr %11, i64 0, i64 0
  %120 = call i64 @rle(ptr noundef %118, i64 noundef 40, ptr noundef %119)
  store i64 %120, ptr %12, align 8
  %121 = load i64, ptr %12, align 8
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef 40, i64 noundef %121)
  %123 = getelementptr inbounds [80 x i8], ptr %11, i64 0, i64 0
  %124 = load i64, ptr %12, align 8
  call void @hexdump(ptr noundef %123, i64 noundef %124)
  store i32 0, ptr %14, align 4
  br label %125

125:                                              ; preds = %134, %117
  %126 = load i32, ptr %14, align 4
  %127 = icmp slt i32 %126, 256
  br i1 %127, label %128, label %137

128:                                              ; preds = %125
  %129 = load i32, ptr %14, align 4
  %130 = trunc i32 %129 to i8
  %131 = load i32, ptr %14, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 %132
  store i8 %130, ptr %133, align 1
  br label %134

134:                                              ; preds = %128
  %135 = load i32, ptr %14, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %14, align 4
  br label %125, !llvm.loop !10

137:                                              ; preds = %125
  %138 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 0
  %139 = getelementptr inbounds [400 x i8], ptr %15, i64 0, i64 0
  %140 = call i64 @encode(ptr noundef %138, i64 noundef 256, ptr noundef %139)
  store i64 %140, ptr %16, align 8
  %141 = load i64, ptr %16, align 8
  %142 = getelementptr inbounds [400 x i8], ptr %15, i64 0, i64 0
  %143 = load i64, ptr %16, align 8
  %144 = getelementptr inbounds i8, ptr %142, i64 %143
  %145 = getelementptr inbounds i8, ptr %144, i64 -12
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %141, ptr noundef %145)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %10

10:                                               ; preds = %109, %3
  %11 = load i64, ptr %8, align 8
  %12 = load i64, ptr %5, align 8
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %14, label %112

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8
  %16 = load i64, ptr %8, align 8
  %17 = getelementptr inbounds i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = shl i32 %19, 16
  store i32 %20, ptr %9, align 4
  %21 = load i64, ptr %8, align 8
  %22 = add i64 %21, 1
  %23 = load i64, ptr %5, align 8
  %24 = icmp ult i64 %22, %23
  br i1 %24, label %25, label %35

25:                                               ; preds = %14
  %26 = load ptr, ptr %4, align 8
  %27 = load i64, ptr %8, align 8
  %28 = add i64 %27, 1
  %29 = getelementptr inbounds i8, ptr %26, i64 %28
  %30 = load i8, ptr %29, align 1
  %31 = zext i8 %30 to i32
  %32 = shl i32 %31, 8
  %33 = load i32, ptr %9, align 4
  %34 = or i32 %33, %32
  store i32 %34, ptr %9, align 4
  br label %35

35:                                               ; preds = %25, %14
  %36 = load i64, ptr %8, align 8
  %37 = add i64 %36, 2
  %38 = load i64, ptr %5, align 8
  %39 = icmp ult i64 %37, %38
  br i1 %39, label %40, label %49

40:                                               ; preds = %35
  %41 = load ptr, ptr %4, align 8
  %42 = load i64, ptr %8, align 8
  %43 = add i64 %42, 2
  %44 = getelementptr inbounds i8, ptr %41, i64 %43
  %45 = load i8, ptr %44, align 1
  %46 = zext i8 %45 to i32
  %47 = load i32, ptr %9, align 4
  %48 = or i32 %47, %46
  store i32 %48, ptr %9, align 4
  br label %49

49:                                               ; preds = %40, %35
  %50 = load i32, ptr %9, align 4
  %51 = lshr i32 %50, 18
  %52 = and i32 %51, 63
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %53
  %55 = load i8, ptr %54, align 1
  %56 = load ptr, ptr %6, align 8
  %57 = load i64, ptr %7, align 8
  %58 = add i64 %57, 1
  store i64 %58, ptr %7, align 8
  %59 = getelementptr inbounds i8, ptr %56, i64 %57
  store i8 %55, ptr %59, align 1
  %60 = load i32, ptr %9, align 4
  %61 = lshr i32 %60, 12
  %62 = and i32 %61, 63
  %63 = zext i32 %62 to i64
  %64 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %63
  %65 = load i8, ptr %64, align 1
  %66 = load ptr, ptr %6, align 8
  %67 = load i64, ptr %7, align 8
  %68 = add i64 %67, 1
  store i64 %68, ptr %7, align 8
  %69 = getelementptr inbounds i8, ptr %66, i64 %67
  store i8 %65, ptr %69, align 1
  %70 = load i64, ptr %8, align 8
  %71 = add i64 %70, 1
  %72 = load i64, ptr %5, align 8
  %73 = icmp ult i64 %71, %72
  br i1 %73, label %74, label %82

74:                                               ; preds = %49
  %75 = load i32, ptr %9, align 4
  %76 = lshr i32 %75, 6
  %77 = and i32 %76, 63
  %78 = zext i32 %77 to i64
  %79 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %78
  %80 = load i8, ptr %79, align 1
  %81 = zext i8 %80 to i32
  br label %83

82:                                               ; preds = %49
  br label %83

83:                                               ; preds = %82, %74
  %84 = phi i32 [ %81, %74 ], [ 61, %82 ]
  %85 = trunc i32 %84 to i8
  %86 = load ptr, ptr %6, align 8
  %87 = load i64, ptr %7, align 8
  %88 = add i64 %87, 1
  store i64 %88, ptr %7, align 8
  %89 = getelementptr inbounds i8, ptr %86, i64 %87
  store i8 %85, ptr %89, align 1
  %90 = load i64, ptr %8, align 8
  %91 = add i64 %90, 2
  %92 = load i64, ptr %5, align 8
  %93 = icmp ult i64 %91, %92
  br i1 %93, label %94, label %101

94:                                               ; preds = %83
  %95 = load i32, ptr %9, align 4
  %96 = and i32 %95, 63
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %97
  %99 = load i8, ptr %98, align 1
  %100 = zext i8 %99 to i32
  br label %102

101:                                              ; preds = %83
  br label %102

102:                                              ; preds = %101, %94
  %103 = phi i32 [ %100, %94 ], [ 61, %101 ]
  %104 = trunc i32 %103 to i8
  %105 = load ptr, ptr %6, align 8
  %106 = load i64, ptr %7, align 8
  %107 = add i64 %106, 1
  store i64 %107, ptr %7, align 8
  %108 = getelementptr inbounds i8, ptr %105, i64 %106
  store i8 %104, ptr %108, align 1
  br label %109

109:                                              ; preds = %102
  %110 = load i64, ptr %8, align 8
  %111 = add i64 %110, 3
  store i64 %111, ptr %8, align 8
  br label %10, !llvm.loop !11

112:                                              ; preds = %10
  %113 = load ptr, ptr %6, align 8
  %114 = load i64, ptr %7, align 8
  %115 = getelementptr inbounds i8, ptr %113, i64 %114
  store i8 0, ptr %115, align 1
  %116 = load i64, ptr %7, align 8
  ret i64 %116
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @decode(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %13 = load ptr, ptr %4, align 8
  %14 = call i64 @strlen(ptr noundef %13) #5
  store i64 %14, ptr %6, align 8
  store i64 0, ptr %7, align 8
  %15 = load i64, ptr %6, align 8
  %16 = urem i64 %15, 4
  %17 = icmp ne i64 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %2
  store i64 -1, ptr %3, align 8
  br label %101

19:                                               ; preds = %2
  store i64 0, ptr %8, align 8
  br label %20

20:                                               ; preds = %96, %19
  %21 = load i64, ptr %8, align 8
  %22 = load i64, ptr %6, align 8
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %24, label %99

24:                                               ; preds = %20
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %25

25:                                               ; preds = %64, %24
  %26 = load i32, ptr %11, align 4
  %27 = icmp slt i32 %26, 4
  br i1 %27, label %28, label %67

28:                                               ; preds = %25
  %29 = load ptr, ptr %4, align 8
  %30 = load i64, ptr %8, align 8
  %31 = load i32, ptr %11, align 4
  %32 = sext i32 %31 to i64
  %33 = add i64 %30, %32
  %34 = getelementptr inbounds i8, ptr %29, i64 %33
  %35 = load i8, ptr %34, align 1
  store i8 %35, ptr %12, align 1
  %36 = load i8, ptr %12, align 1
  %37 = zext i8 %36 to i32
  %38 = icmp eq i32 %37, 61
  br i1 %38, label %39, label %44

39:                                               ; preds = %28
  %40 = load i32, ptr %10, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %10, align 4
  %42 = load i32, ptr %9, align 4
  %43 = shl i32 %42, 6
  store i32 %43, ptr %9, align 4
  br label %64

44:                                               ; preds = %28
  %45 = load i8, ptr %12, align 1
  %46 = zext i8 %45 to i64
  %47 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1
  %49 = sext i8 %48 to i32
  %50 = icmp slt i32 %49, 0
  br i1 %50, label %54, label %51

51:                                               ; preds = %44
  %52 = load i32, ptr %10, align 4
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %55

54:                                               ; preds = %51, %44
  store i64 -1, ptr %3, align 8
  br label %101

55:                                               ; preds = %51
  %56 = load i32, ptr %9, align 4
  %57 = shl i32 %56, 6
  %58 = load i8, ptr %12, align 1
  %59 = zext i8 %58 to i64
  %60 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %59
  %61 = load i8, ptr %60, align 1
  %62 = sext i8 %61 to i32
  %63 = or i32 %57, %62
  store i32 %63, ptr %9, align 4
  br label %64

64:                                               ; preds = %55, %39
  %65 = load i32, ptr %11, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %11, align 4
  br label %25, !llvm.loop !12

67:                                               ; preds = %25
  %68 = load i32, ptr %9, align 4
  %69 = lshr i32 %68, 16
  %70 = trunc i32 %69 to i8
  %71 = load ptr, ptr %5, align 8
  %72 = load i64, ptr %7, align 8
  %73 = add i64 %72, 1
  store i64 %73, ptr %7, align 8
  %74 = getelementptr inbounds i8, ptr %71, i64 %72
  store i8 %70, ptr %74, align 1
  %75 = load i32, ptr %10, align 4
  %76 = icmp slt i32 %75, 2
  br i1 %76, label %77, label %85

77:                                               ; preds = %67
  %78 = load i32, ptr %9, align 4
  %79 = lshr i32 %78, 8
  %80 = trunc i32 %79 to i8
  %81 = load ptr, ptr %5, align 8
  %82 = load i64, ptr %7, align 8
  %83 = add i64 %82, 1
  store i64 %83, ptr %7, align 8
  %84 = getelementptr inbounds i8, ptr %81, i64 %82
  store i8 %80, ptr %84, align 1
  br label %85

85:                                               ; preds = %77, %67
  %86 = load i32, ptr %10, align 4
  %87 = icmp slt i32 %86, 1
  br i1 %87, label %88, label %95

88:                                               ; preds = %85
  %89 = load i32, ptr %9, align 4
  %90 = trunc i32 %89 to i8
  %91 = load ptr, ptr %5, align 8
  %92 = load i64, ptr %7, align 8
  %93 = add i64 %92, 1
  store i64 %93, ptr %7, align 8
  %94 = getelementptr inbounds i8, ptr %91, i64 %92
  store i8 %90, ptr %94, align 1
  br label %95

95:                                               ; preds = %88, %85
  br label %96

96:                                               ; preds = %95
  %97 = load i64, ptr %8, align 8
  %98 = add i64 %97, 4
  store i64 %98, ptr %8, align 8
  br label %20, !llvm.loop !13

99:                                               ; preds = %20
  %100 = load i64, ptr %7, align 8
  store i64 %100, ptr %3, align 8
  br label %101

101:                                              ; preds = %99, %54, %18
  %102 = load i64, ptr %3, align 8
  ret i64 %102
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rle(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %10

10:                                               ; preds = %42, %3
  %11 = load i64, ptr %8, align 8
  %12 = load i64, ptr %5, align 8
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %14, label %60

14:                                               ; preds = %10
  %15 = load i64, ptr %8, align 8
  store i64 %15, ptr %9, align 8
  br label %16

16:                                               ; preds = %39, %14
  %17 = load i64, ptr %9, align 8
  %18 = load i64, ptr %5, align 8
  %19 = icmp ult i64 %17, %18
  br i1 %19, label %20, label %37

20:                                               ; preds = %16
  %21 = load ptr, ptr %4, align 8
  %22 = load i64, ptr %9, align 8
  %23 = getelementptr inbounds i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i32
  %26 = load ptr, ptr %4, align 8
  %27 = load i64, ptr %8, align 8
  %28 = getelementptr inbounds i8, ptr %26, i64 %27
  %29 = load i8, ptr %28, align 1
  %30 = zext i8 %29 to i32
  %31 = icmp eq i32 %25, %30
  br i1 %31, label %32, label %37

32:                                               ; preds = %20
  %33 = load i64, ptr %9, align 8
  %34 = load i64, ptr %8, align 8
  %35 = sub i64 %33, %34
  %36 = icmp ult i64 %35, 255
  br label %37

37:                                               ; preds = %32, %20, %16
  %38 = phi i1 [ false, %20 ], [ false, %16 ], [ %36, %32 ]
  br i1 %38, label %39, label %42

39:                                               ; preds = %37
  %40 = load i64, ptr %9, align 8
  %41 = add i64 %40, 1
  store i64 %41, ptr %9, align 8
  br label %16, !llvm.loop !14

42:                                               ; preds = %37
  %43 = load i64, ptr %9, align 8
  %44 = load i64, ptr %8, align 8
  %45 = sub i64 %43, %44
  %46 = trunc i64 %45 to i8
  %47 = load ptr, ptr %6, align 8
  %48 = load i64, ptr %7, align 8
  %49 = add i64 %48, 1
  store i64 %49, ptr %7, align 8
  %50 = getelementptr inbounds i8, ptr %47, i64 %48
  store i8 %46, ptr %50, align 1
  %51 = load ptr, ptr %4, align 8
  %52 = load i64, ptr %8, align 8
  %53 = getelementptr inbounds i8, ptr %51, i64 %52
  %54 = load i8, ptr %53, align 1
  %55 = load ptr, ptr %6, align 8
  %56 = load i64, ptr %7, align 8
  %57 = add i64 %56, 1
  store i64 %57, ptr %7, align 8
  %58 = getelementptr inbounds i8, ptr %55, i64 %56
  store i8 %54, ptr %58, align 1
  %59 = load i64, ptr %9, align 8
  store i64 %59, ptr %8, align 8
  br label %10, !llvm.loop !15

60:                                               ; preds = %10
  %61 = load i64, ptr %7, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @hexdump(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i64 0, ptr %5, align 8
  br label %6

6:                                                ; preds = %29, %2
  %7 = load i64, ptr %5, align 8
  %8 = load i64, ptr %4, align 8
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %10, label %32

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8
  %12 = load i64, ptr %5, align 8
  %13 = getelementptr inbounds i8, ptr %11, i64 %12
  %14 = load i8, ptr %13, align 1
  %15 = zext i8 %14 to i32
  %16 = load i64, ptr %5, align 8
  %17 = urem i64 %16, 16
  %18 = icmp eq i64 %17, 15
  br i1 %18, label %24, label %19

19:                                               ; preds = %10
  %20 = load i64, ptr %5, align 8
  %21 = add i64 %20, 1
  %22 = load i64, ptr %4, align 8
  %23 = icmp eq i64 %21, %22
  br label %24

24:                                               ; preds = %19, %10
  %25 = phi i1 [ true, %10 ], [ %23, %19 ]
  %26 = zext i1 %25 to i64
  %27 = select i1 %25, ptr @.str.15, ptr @.str.16
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %15, ptr noundef %27)
  br label %29

29:                                               ; preds = %24
  %30 = load i64, ptr %5, align 8
  %31 = add i64 %30, 1
  store i64 %31, ptr %5, align 8
  br label %6, !llvm.loop !16

32:                                               ; preds = %6
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind willreturn memory(read) }

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
