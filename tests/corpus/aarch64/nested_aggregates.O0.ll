; ModuleID = 'nested_aggregates.c'
source_filename = "nested_aggregates.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Polygon = type { ptr, i32, [6 x %struct.Point] }
%struct.Point = type { i32, i32 }
%struct.Segment = type { %struct.Point, %struct.Point }
%struct.Grid = type { [4 x [5 x i8]], %struct.anon }
%struct.anon = type { i16, i16 }

@.str = private unnamed_addr constant [19 x i8] c"%s: n=%d area2=%d\0A\00", align 1
@shapes = internal constant [3 x %struct.Polygon] [%struct.Polygon { ptr @.str.9, i32 3, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 4, i32 0 }, %struct.Point { i32 0, i32 3 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.10, i32 4, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 2, i32 0 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 0, i32 2 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.7, i32 6, [6 x %struct.Point] [%struct.Point { i32 1, i32 0 }, %struct.Point { i32 2, i32 1 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 1, i32 3 }, %struct.Point { i32 0, i32 2 }, %struct.Point { i32 0, i32 1 }] }], align 8
@__const.main.segs = private unnamed_addr constant [3 x %struct.Segment] [%struct.Segment { %struct.Point zeroinitializer, %struct.Point { i32 3, i32 4 } }, %struct.Segment { %struct.Point { i32 1, i32 1 }, %struct.Point { i32 4, i32 5 } }, %struct.Segment { %struct.Point zeroinitializer, %struct.Point { i32 6, i32 8 } }], align 4
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
define dso_local i32 @seg_len2([2 x i64] %0) #0 {
  %2 = alloca %struct.Segment, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store [2 x i64] %0, ptr %2, align 4
  %5 = getelementptr inbounds %struct.Segment, ptr %2, i32 0, i32 1
  %6 = getelementptr inbounds %struct.Point, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %6, align 4
  %8 = getelementptr inbounds %struct.Segment, ptr %2, i32 0, i32 0
  %9 = getelementptr inbounds %struct.Point, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 4
  %11 = sub nsw i32 %7, %10
  store i32 %11, ptr %3, align 4
  %12 = getelementptr inbounds %struct.Segment, ptr %2, i32 0, i32 1
  %13 = getelementptr inbounds %struct.Point, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = getelementptr inbounds %struct.Segment, ptr %2, i32 0, i32 0
  %16 = getelementptr inbounds %struct.Point, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4
  %18 = sub nsw i32 %14, %17
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %3, align 4
  %20 = load i32, ptr %3, align 4
  %21 = mul nsw i32 %19, %20
  %22 = load i32, ptr %4, align 4
  %23 = load i32, ptr %4, align 4
  %24 = mul nsw i32 %22, %23
  %25 = add nsw i32 %21, %24
  ret i32 %25
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
  %3 = alloca [3 x %struct.Segment], align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.Grid, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [3 x [4 x i32]], align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca [2 x [3 x [4 x i32]]], align 4
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
  %30 = load ptr, ptr %29, align 8
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
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 @__const.main.segs, i64 48, i1 false)
  store i32 0, ptr %4, align 4
  br label %45

45:                                               ; preds = %56, %44
  %46 = load i32, ptr %4, align 4
  %47 = icmp slt i32 %46, 3
  br i1 %47, label %48, label %59

48:                                               ; preds = %45
  %49 = load i32, ptr %4, align 4
  %50 = load i32, ptr %4, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [3 x %struct.Segment], ptr %3, i64 0, i64 %51
  %53 = load [2 x i64], ptr %52, align 4
  %54 = call i32 @seg_len2([2 x i64] %53)
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %49, i32 noundef %54)
  br label %56

56:                                               ; preds = %48
  %57 = load i32, ptr %4, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %4, align 4
  br label %45, !llvm.loop !10

59:                                               ; preds = %45
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 24, i1 false)
  store i32 0, ptr %6, align 4
  br label %60

60:                                               ; preds = %84, %59
  %61 = load i32, ptr %6, align 4
  %62 = icmp slt i32 %61, 4
  br i1 %62, label %63, label %87

63:                                               ; preds = %60
  store i32 0, ptr %7, align 4
  br label %64

64:                                               ; preds = %80, %63
  %65 = load i32, ptr %7, align 4
  %66 = icmp slt i32 %65, 5
  br i1 %66, label %67, label %83

67:                                               ; preds = %64
  %68 = load i32, ptr %6, align 4
  %69 = mul nsw i32 %68, 5
  %70 = load i32, ptr %7, align 4
  %71 = add nsw i32 %69, %70
  %72 = trunc i32 %71 to i8
  %73 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %74 = load i32, ptr %6, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [4 x [5 x i8]], ptr %73, i64 0, i64 %75
  %77 = load i32, ptr %7, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [5 x i8], ptr %76, i64 0, i64 %78
  store i8 %72, ptr %79, align 1
  br label %80

80:                                               ; preds = %67
  %81 = load i32, ptr %7, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %7, align 4
  br label %64, !llvm.loop !11

83:                                               ; preds = %64
  br label %84

84:                                               ; preds = %83
  %85 = load i32, ptr %6, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %6, align 4
  br label %60, !llvm.loop !12

87:                                               ; preds = %60
  %88 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %89 = getelementptr inbounds %struct.anon, ptr %88, i32 0, i32 0
  store i16 2, ptr %89, align 2
  %90 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %91 = getelementptr inbounds %struct.anon, ptr %90, i32 0, i32 1
  store i16 3, ptr %91, align 2
  %92 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %93 = getelementptr inbounds [4 x [5 x i8]], ptr %92, i64 0, i64 0
  %94 = getelementptr inbounds [5 x i8], ptr %93, i64 0, i64 0
  store ptr %94, ptr %8, align 8
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %95

95:                                               ; preds = %107, %87
  %96 = load i32, ptr %10, align 4
  %97 = icmp slt i32 %96, 20
  br i1 %97, label %98, label %110

98:                                               ; preds = %95
  %99 = load ptr, ptr %8, align 8
  %100 = load i32, ptr %10, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds i8, ptr %99, i64 %101
  %103 = load i8, ptr %102, align 1
  %104 = zext i8 %103 to i32
  %105 = load i32, ptr %9, align 4
  %106 = add nsw i32 %105, %104
  store i32 %106, ptr %9, align 4
  br label %107

107:                                              ; preds = %98
  %108 = load i32, ptr %10, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %10, align 4
  br label %95, !llvm.loop !13

110:                                              ; preds = %95
  %111 = load i32, ptr %9, align 4
  %112 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 0
  %113 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %114 = getelementptr inbounds %struct.anon, ptr %113, i32 0, i32 0
  %115 = load i16, ptr %114, align 2
  %116 = sext i16 %115 to i64
  %117 = getelementptr inbounds [4 x [5 x i8]], ptr %112, i64 0, i64 %116
  %118 = getelementptr inbounds %struct.Grid, ptr %5, i32 0, i32 1
  %119 = getelementptr inbounds %struct.anon, ptr %118, i32 0, i32 1
  %120 = load i16, ptr %119, align 2
  %121 = sext i16 %120 to i64
  %122 = getelementptr inbounds [5 x i8], ptr %117, i64 0, i64 %121
  %123 = load i8, ptr %122, align 1
  %124 = zext i8 %123 to i32
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %111, i32 noundef %124)
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef 12, i64 noundef 20, i64 noundef 40)
  store i32 0, ptr %12, align 4
  br label %127

127:                                              ; preds = %149, %110
  %128 = load i32, ptr %12, align 4
  %129 = icmp slt i32 %128, 3
  br i1 %129, label %130, label %152

130:                                              ; preds = %127
  store i32 0, ptr %13, align 4
  br label %131

131:                                              ; preds = %145, %130
  %132 = load i32, ptr %13, align 4
  %133 = icmp slt i32 %132, 4
  br i1 %133, label %134, label %148

134:                                              ; preds = %131
  %135 = load i32, ptr %12, align 4
  %136 = mul nsw i32 %135, 4
  %137 = load i32, ptr %13, align 4
  %138 = add nsw i32 %136, %137
  %139 = load i32, ptr %12, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 %140
  %142 = load i32, ptr %13, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [4 x i32], ptr %141, i64 0, i64 %143
  store i32 %138, ptr %144, align 4
  br label %145

145:                                              ; preds = %134
  %146 = load i32, ptr %13, align 4
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %13, align 4
  br label %131, !llvm.loop !14

148:                                              ; preds = %131
  br label %149

149:                                              ; preds = %148
  %150 = load i32, ptr %12, align 4
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %12, align 4
  br label %127, !llvm.loop !15

152:                                              ; preds = %127
  %153 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 0
  %154 = call i32 @trace(ptr noundef %153)
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %154)
  %156 = getelementptr inbounds [3 x [4 x i32]], ptr %11, i64 0, i64 1
  store ptr %156, ptr %14, align 8
  %157 = load ptr, ptr %14, align 8
  %158 = getelementptr inbounds [4 x i32], ptr %157, i64 0, i64 0
  %159 = load i32, ptr %158, align 4
  %160 = load ptr, ptr %14, align 8
  %161 = getelementptr inbounds [4 x i32], ptr %160, i64 0, i64 1
  %162 = load i32, ptr %161, align 4
  %163 = load ptr, ptr %14, align 8
  %164 = getelementptr inbounds [4 x i32], ptr %163, i64 0
  %165 = getelementptr inbounds [4 x i32], ptr %164, i64 0, i64 2
  %166 = load i32, ptr %165, align 4
  %167 = load ptr, ptr %14, align 8
  %168 = getelementptr inbounds [4 x i32], ptr %167, i64 1
  %169 = getelementptr inbounds [4 x i32], ptr %168, i64 0, i64 3
  %170 = load i32, ptr %169, align 4
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %159, i32 noundef %162, i32 noundef %166, i32 noundef %170)
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %172

172:                                              ; preds = %203, %152
  %173 = load i32, ptr %17, align 4
  %174 = icmp slt i32 %173, 2
  br i1 %174, label %175, label %206

175:                                              ; preds = %172
  store i32 0, ptr %18, align 4
  br label %176

176:                                              ; preds = %199, %175
  %177 = load i32, ptr %18, align 4
  %178 = icmp slt i32 %177, 3
  br i1 %178, label %179, label %202

179:                                              ; preds = %176
  store i32 0, ptr %19, align 4
  br label %180

180:                                              ; preds = %195, %179
  %181 = load i32, ptr %19, align 4
  %182 = icmp slt i32 %181, 4
  br i1 %182, label %183, label %198

183:                                              ; preds = %180
  %184 = load i32, ptr %16, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %16, align 4
  %186 = load i32, ptr %17, align 4
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 %187
  %189 = load i32, ptr %18, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [3 x [4 x i32]], ptr %188, i64 0, i64 %190
  %192 = load i32, ptr %19, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [4 x i32], ptr %191, i64 0, i64 %193
  store i32 %184, ptr %194, align 4
  br label %195

195:                                              ; preds = %183
  %196 = load i32, ptr %19, align 4
  %197 = add nsw i32 %196, 1
  store i32 %197, ptr %19, align 4
  br label %180, !llvm.loop !16

198:                                              ; preds = %180
  br label %199

199:                                              ; preds = %198
  %200 = load i32, ptr %18, align 4
  %201 = add nsw i32 %200, 1
  store i32 %201, ptr %18, align 4
  br label %176, !llvm.loop !17

202:                                              ; preds = %176
  br label %203

203:                                              ; preds = %202
  %204 = load i32, ptr %17, align 4
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %17, align 4
  br label %172, !llvm.loop !18

206:                                              ; preds = %172
  %207 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 1
  %208 = getelementptr inbounds [3 x [4 x i32]], ptr %207, i64 0, i64 2
  %209 = getelementptr inbounds [4 x i32], ptr %208, i64 0, i64 3
  %210 = load i32, ptr %209, align 4
  %211 = getelementptr inbounds [2 x [3 x [4 x i32]]], ptr %15, i64 0, i64 1
  %212 = getelementptr inbounds [3 x [4 x i32]], ptr %211, i64 0, i64 0
  %213 = getelementptr inbounds [4 x i32], ptr %212, i64 0, i64 1
  %214 = load i32, ptr %213, align 4
  %215 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %210, i32 noundef %214, i64 noundef 2)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 8 @__const.main.copy, i64 64, i1 false)
  %216 = getelementptr inbounds %struct.Polygon, ptr %20, i32 0, i32 2
  %217 = getelementptr inbounds [6 x %struct.Point], ptr %216, i64 0, i64 0
  %218 = getelementptr inbounds %struct.Point, ptr %217, i32 0, i32 0
  store i32 100, ptr %218, align 4
  %219 = getelementptr inbounds %struct.Polygon, ptr %20, i32 0, i32 2
  %220 = getelementptr inbounds [6 x %struct.Point], ptr %219, i64 0, i64 0
  %221 = getelementptr inbounds %struct.Point, ptr %220, i32 0, i32 0
  %222 = load i32, ptr %221, align 4
  %223 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %222, i32 noundef 1)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
