; ModuleID = 'nested_aggregates.c'
source_filename = "nested_aggregates.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Polygon = type { ptr, i32, [6 x %struct.Point] }
%struct.Point = type { i32, i32 }
%struct.Segment = type { %struct.Point, %struct.Point }
%struct.Grid = type { [4 x [5 x i8]], %struct.anon }
%struct.anon = type { i16, i16 }

@.str = private unnamed_addr constant [19 x i8] c"%s: n=%d area2=%d\0A\00", align 1
@shapes = internal constant [3 x %struct.Polygon] [%struct.Polygon { ptr @.str.9, i32 3, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 4, i32 0 }, %struct.Point { i32 0, i32 3 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.10, i32 4, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 2, i32 0 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 0, i32 2 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.7, i32 6, [6 x %struct.Point] [%struct.Point { i32 1, i32 0 }, %struct.Point { i32 2, i32 1 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 1, i32 3 }, %struct.Point { i32 0, i32 2 }, %struct.Point { i32 0, i32 1 }] }], align 16
@__const.main.segs = private unnamed_addr constant [3 x %struct.Segment] [%struct.Segment { %struct.Point zeroinitializer, %struct.Point { i32 3, i32 4 } }, %struct.Segment { %struct.Point { i32 1, i32 1 }, %struct.Point { i32 4, i32 5 } }, %struct.Segment { %struct.Point zeroinitializer, %struct.Point { i32 6, i32 8 } }], align 16
@.str.1 = private unnamed_addr constant [16 x i8] c"seg %d len2=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"grid sum=%d at cursor=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"offsets: %zu %zu %zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"trace=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"row1: %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"cube: %d %d %zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"hexish\00", align 1
@__const.main.copy = private unnamed_addr constant %struct.Polygon { ptr @.str.7, i32 6, [6 x %struct.Point] [%struct.Point { i32 1, i32 0 }, %struct.Point { i32 2, i32 1 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 1, i32 3 }, %struct.Point { i32 0, i32 2 }, %struct.Point { i32 0, i32 1 }] }, align 8
@.str.8 = private unnamed_addr constant [23 x i8] c"copy: %d original: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"triangle\00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"square\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @area2(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %46, %1
  %8 = load i32, ptr %4, align 4
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds %struct.Polygon, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 8
  %12 = icmp slt i32 %8, %11
  br i1 %12, label %13, label %49

13:                                               ; preds = %7
  %14 = load ptr, ptr %2, align 8
  %15 = getelementptr inbounds %struct.Polygon, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [6 x %struct.Point], ptr %15, i64 0, i64 %17
  store ptr %18, ptr %5, align 8
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds %struct.Polygon, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %4, align 4
  %22 = add nsw i32 %21, 1
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds %struct.Polygon, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 8
  %26 = srem i32 %22, %25
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [6 x %struct.Point], ptr %20, i64 0, i64 %27
  store ptr %28, ptr %6, align 8
  %29 = load ptr, ptr %5, align 8
  %30 = getelementptr inbounds %struct.Point, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 4
  %32 = load ptr, ptr %6, align 8
  %33 = getelementptr inbounds %struct.Point, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4
  %35 = mul nsw i32 %31, %34
  %36 = load ptr, ptr %6, align 8
  %37 = getelementptr inbounds %struct.Point, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds %struct.Point, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %40, align 4
  %42 = mul nsw i32 %38, %41
  %43 = sub nsw i32 %35, %42
  %44 = load i32, ptr %3, align 4
  %45 = add nsw i32 %44, %43
  store i32 %45, ptr %3, align 4
  br label %46

46:                                               ; preds = %13
  %47 = load i32, ptr %4, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %4, align 4
  br label %7, !llvm.loop !6

49:                                               ; preds = %7
  %50 = load i32, ptr %3, align 4
  %51 = icmp slt i32 %50, 0
  br i1 %51, label %52, label %55

52:                                               ; preds = %49
  %53 = load i32, ptr %3, align 4
  %54 = sub nsw i32 0, %53
  br label %57

55:                                               ; preds = %49
  %56 = load i32, ptr %3, align 4
  br label %57

57:                                               ; preds = %55, %52
  %58 = phi i32 [ %54, %52 ], [ %56, %55 ]
  ret i32 %58
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @seg_len2(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.Segment, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %6, align 4
  %7 = getelementptr inbounds { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %7, align 4
  %8 = getelementptr inbounds %struct.Segment, ptr %3, i32 0, i32 1
  %9 = getelementptr inbounds %struct.Point, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = getelementptr inbounds %struct.Segment, ptr %3, i32 0, i32 0
  %12 = getelementptr inbounds %struct.Point, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 4
  %14 = sub nsw i32 %10, %13
  store i32 %14, ptr %4, align 4
  %15 = getelementptr inbounds %struct.Segment, ptr %3, i32 0, i32 1
  %16 = getelementptr inbounds %struct.Point, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4
  %18 = getelementptr inbounds %struct.Segment, ptr %3, i32 0, i32 0
  %19 = getelementptr inbounds %struct.Point, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  %21 = sub nsw i32 %17, %20
  store i32 %21, ptr %5, align 4
  %22 = load i32, ptr %4, align 4
  %23 = load i32, ptr %4, align 4
  %24 = mul nsw i32 %22, %23
  %25 = load i32, ptr %5, align 4
  %26 = load i32, ptr %5, align 4
  %27 = mul nsw i32 %25, %26
  %28 = add nsw i32 %24, %27
  ret i32 %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @trace(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %22, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 3
  br i1 %7, label %8, label %25

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [4 x i32], ptr %9, i64 %11
  %13 = load i32, ptr %4, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [4 x i32], ptr %12, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %4, align 4
  %18 = add nsw i32 %17, 1
  %19 = mul nsw i32 %16, %18
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, %19
  store i32 %21, ptr %3, align 4
  br label %22

22:                                               ; preds = %8
  %23 = load i32, ptr %4, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %4, align 4
  br label %5, !llvm.loop !8

25:                                               ; preds = %5
  %26 = load i32, ptr %3, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [3 x %struct.Segment], align 16
  %4 = alloca i32, align 4
  %5 = alloca %struct.Grid, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [3 x [4 x i32]], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca [2 x [3 x [4 x i32]]], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca %struct.Polygon, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %21

21:                                               ; preds = %41, %0
  %22 = load i32, ptr %2, align 4
  %23 = zext i32 %22 to i64
  %24 = icmp ult i64 %23, 3
  br i1 %24, label %25, label %44

25:                                               ; preds = %21
  %26 = load i32, ptr %2, align 4
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds [3 x %struct.Polygon], ptr @shapes, i64 0, i64 %27
  %29 = getelementptr inbounds %struct.Polygon, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 16
  %31 = load i32, ptr %2, align 4
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds [3 x %struct.Polygon], ptr @shapes, i64 0, i64 %32
  %34 = getelementptr inbounds %struct.Polygon, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 8
  %36 = load i32, ptr %2, align 4
  %37 = zext i32 %36 to i64
  %38 = getelementptr inbounds [3 x %struct.Polygon], ptr @shapes, i64 0, i64 %37
  %39 = call i32 @area2(ptr noundef %38)
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %30, i32 noundef %35, i32 noundef %39)
  br label %41

41:                                               ; preds = %25
  %42 = load i32, ptr %2, align 4
  %43 = add i32 %42, 1
  store i32 %43, ptr %2, align 4
  br label %21, !llvm.loop !9

44:                                               ; preds = %21
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.segs, i64 48, i1 false)
  store i32 0, ptr %4, align 4
  br label %45

45:                                               ; preds = %59, %44
  %46 = load i32, ptr %4, align 4
  %47 = icmp slt i32 %46, 3
  br i1 %47, label %48, label %62

48:                                               ; preds = %45
  %49 = load i32, ptr %4, align 4
  %50 = load i32, ptr %4, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [3 x %struct.Segment], ptr %3, i64 0, i64 %51
  %53 = getelementptr inbounds { i64, i64 }, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 16
  %55 = getelementptr inbounds { i64, i64 }, ptr %52, i32 0, i32 1
  %56 = load i64, ptr %55, align 8
  %57 = call i32 @seg_len2(i64 %54, i64 %56)
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %49, i32 noundef %57)
  br label %59

59:                                               ; preds = %48
  %60 = load i32, ptr %4, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4
  br label %45, !llvm.loop !10

62:                                               ; preds = %45
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 24, i1 false)
  store i32 0, ptr %6, align 4
  br label %63

63:                                               ; preds = %87, %62
  %64 = load i32, ptr %6, align 4
  %65 = icmp slt i32 %64, 4
  br i1 %65, label %66, label %90

66:                                               ; preds = %63
  store i32 0, ptr %7, align 4
  br label %67

67:                                               ; preds = %83, %66
  %68 = load i32, ptr %7, align 4
  %69 = icmp slt i32 %68, 5
  br i1 %69, label %70, label %86

70:                                               ; preds = %67
  %71 = load i32, ptr %6, align 4
  %72 = mul nsw i32 %71, 5
  %73 = load i32, ptr %7, align 4
  %74 = add nsw i32 %72, %73
  %75 = trunc i32 %74 to i8
  %76 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %77 = load i32, ptr %6, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [4 x [5 x i8]], ptr %76, i64 0, i64 %78
  %80 = load i32, ptr %7, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [5 x i8], ptr %79, i64 0, i64 %81
  store i8 %75, ptr %82, align 1
  br label %83

83:                                               ; preds = %70
  %84 = load i32, ptr %7, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %7, align 4
  br label %67, !llvm.loop !11

86:                                               ; preds = %67
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %6, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %6, align 4
  br label %63, !llvm.loop !12

90:                                               ; preds = %63
  %91 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %92 = getelementptr inbounds %struct.anon, ptr %91, i32 0, i32 0
  store i16 2, ptr %92, align 2
  %93 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %94 = getelementptr inbounds %struct.anon, ptr %93, i32 0, i32 1
  store i16 3, ptr %94, align 2
  %95 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %96 = getelementptr inbounds [4 x [5 x i8]], ptr %95, i64 0, i64 0
  %97 = getelementptr inbounds [5 x i8], ptr %96, i64 0, i64 0
  store ptr %97, ptr %8, align 8
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %98

98:                                               ; preds = %110, %90
  %99 = load i32, ptr %10, align 4
  %100 = icmp slt i32 %99, 20
  br i1 %100, label %101, label %113

101:                                              ; preds = %98
  %102 = load ptr, ptr %8, align 8
  %103 = load i32, ptr %10, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i8, ptr %102, i64 %104
  %106 = load i8, ptr %105, align 1
  %107 = zext i8 %106 to i32
  %108 = load i32, ptr %9, align 4
  %109 = add nsw i32 %108, %107
  store i32 %109, ptr %9, align 4
  br label %110

110:                                              ; preds = %101
  %111 = load i32, ptr %10, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %10, align 4
  br label %98, !llvm.loop !13

113:                                              ; preds = %98
  %114 = load i32, ptr %9, align 4
  %115 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %116 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %117 = getelementptr inbounds %struct.anon, ptr %116, i32 0, i32 0
  %118 = load i16, ptr %117, align 2
  %119 = sext i16 %118 to i64
  %120 = getelementptr inbounds [4 x [5 x i8]], ptr %115, i64 0, i64 %119
  %121 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %122 = getelementptr inbounds %struct.anon, ptr %121, i32 0, i32 1
  %123 = load i16, ptr %122, align 2
  %124 = sext i16 %123 to i64
  %125 = getelementptr inbounds [5 x i8], ptr %120, i64 0, i64 %124
  %126 = load i8, ptr %125, align 1
  %127 = zext i8 %126 to i32
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %114, i32 noundef %127)
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef 12, i64 noundef 20, i64 noundef 40)
  store i32 0, ptr %12, align 4
  br label %130

130:                                              ; preds = %152, %113
  %131 = load i32, ptr %12, align 4
  %132 = icmp slt i32 %131, 3
  br i1 %132, label %133, label %155

133:                                              ; preds = %130
  store i32 0, ptr %13, align 4
  br label %134

134:                                              ; preds = %148, %133
  %135 = load i32, ptr %13, align 4
  %136 = icmp slt i32 %135, 4
  br i1 %136, label %137, label %151

137:                                              ; preds = %134
  %138 = load i32, ptr %12, align 4
  %139 = mul nsw i32 %138, 4
  %140 = load i32, ptr %13, align 4
  %141 = add nsw i32 %139, %140
  %142 = load i32, ptr %12, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 %143
  %145 = load i32, ptr %13, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [4 x i32], ptr %144, i64 0, i64 %146
  store i32 %141, ptr %147, align 4
  br label %148

148:                                              ; preds = %137
  %149 = load i32, ptr %13, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %13, align 4
  br label %134, !llvm.loop !14

151:                                              ; preds = %134
  br label %152

152:                                              ; preds = %151
  %153 = load i32, ptr %12, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %12, align 4
  br label %130, !llvm.loop !15

155:                                              ; preds = %130
  %156 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 0
  %157 = call i32 @trace(ptr noundef %156)
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %157)
  %159 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 1
  store ptr %159, ptr %14, align 8
  %160 = load ptr, ptr %14, align 8
  %161 = getelementptr inbounds [4 x i32], ptr %160, i64 0, i64 0
  %162 = load i32, ptr %161, align 4
  %163 = load ptr, ptr %14, align 8
  %164 = getelementptr inbounds [4 x i32], ptr %163, i64 0, i64 1
  %165 = load i32, ptr %164, align 4
  %166 = load ptr, ptr %14, align 8
  %167 = getelementptr inbounds [4 x i32], ptr %166, i64 0
  %168 = getelementptr inbounds [4 x i32], ptr %167, i64 0, i64 2
  %169 = load i32, ptr %168, align 4
  %170 = load ptr, ptr %14, align 8
  %171 = getelementptr inbounds [4 x i32], ptr %170, i64 1
  %172 = getelementptr inbounds [4 x i32], ptr %171, i64 0, i64 3
  %173 = load i32, ptr %172, align 4
  %174 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %162, i32 noundef %165, i32 noundef %169, i32 noundef %173)
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %175

175:                                              ; preds = %206, %155
  %176 = load i32, ptr %17, align 4
  %177 = icmp slt i32 %176, 2
  br i1 %177, label %178, label %209

178:                                              ; preds = %175
  store i32 0, ptr %18, align 4
  br label %179

179:                                              ; preds = %202, %178
  %180 = load i32, ptr %18, align 4
  %181 = icmp slt i32 %180, 3
  br i1 %181, label %182, label %205

182:                                              ; preds = %179
  store i32 0, ptr %19, align 4
  br label %183

183:                                              ; preds = %198, %182
  %184 = load i32, ptr %19, align 4
  %185 = icmp slt i32 %184, 4
  br i1 %185, label %186, label %201

186:                                              ; preds = %183
  %187 = load i32, ptr %16, align 4
  %188 = add nsw i32 %187, 1
  store i32 %188, ptr %16, align 4
  %189 = load i32, ptr %17, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 %190
  %192 = load i32, ptr %18, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [3 x [4 x i32]], ptr %191, i64 0, i64 %193
  %195 = load i32, ptr %19, align 4
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds [4 x i32], ptr %194, i64 0, i64 %196
  store i32 %187, ptr %197, align 4
  br label %198

198:                                              ; preds = %186
  %199 = load i32, ptr %19, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %19, align 4
  br label %183, !llvm.loop !16

201:                                              ; preds = %183
  br label %202

202:                                              ; preds = %201
  %203 = load i32, ptr %18, align 4
  %204 = add nsw i32 %203, 1
  store i32 %204, ptr %18, align 4
  br label %179, !llvm.loop !17

205:                                              ; preds = %179
  br label %206

206:                                              ; preds = %205
  %207 = load i32, ptr %17, align 4
  %208 = add nsw i32 %207, 1
  store i32 %208, ptr %17, align 4
  br label %175, !llvm.loop !18

209:                                              ; preds = %175
  %210 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 1
  %211 = getelementptr inbounds [3 x [4 x i32]], ptr %210, i64 0, i64 2
  %212 = getelementptr inbounds [4 x i32], ptr %211, i64 0, i64 3
  %213 = load i32, ptr %212, align 4
  %214 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 1
  %215 = getelementptr inbounds [3 x [4 x i32]], ptr %214, i64 0, i64 0
  %216 = getelementptr inbounds [4 x i32], ptr %215, i64 0, i64 1
  %217 = load i32, ptr %216, align 4
  %218 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %213, i32 noundef %217, i64 noundef 2)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 8 @__const.main.copy, i64 64, i1 false)
  %219 = getelementptr inbounds %struct.Polygon, ptr %20, i32 0, i32 2
  %220 = getelementptr inbounds [6 x %struct.Point], ptr %219, i64 0, i64 0
  %221 = getelementptr inbounds %struct.Point, ptr %220, i32 0, i32 0
  store i32 100, ptr %221, align 4
  %222 = getelementptr inbounds %struct.Polygon, ptr %20, i32 0, i32 2
  %223 = getelementptr inbounds [6 x %struct.Point], ptr %222, i64 0, i64 0
  %224 = getelementptr inbounds %struct.Point, ptr %223, i32 0, i32 0
  %225 = load i32, ptr %224, align 4
  %226 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %225, i32 noundef 1)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
