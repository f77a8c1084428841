; ModuleID = 'expressions.c'
source_filename = "expressions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.P = type { i32, i32 }

@.str = private unnamed_addr constant [10 x i8] c"%d is %s\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"a=%d b=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"comma: a=%d b=%d c=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"comma loop: i=%d j=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"array literal sum=%d\0A\00", align 1
@constinit = private constant [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], align 4
@.str.5 = private unnamed_addr constant [19 x i8] c"struct literal=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"scalar literal=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [27 x i8] c"pointer to literal: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [24 x i8] c"loop literals total=%d\0A\00", align 1
@side_effects = internal global i32 0, align 4
@.str.9 = private unnamed_addr constant [34 x i8] c"short-circuit: %d %d %d calls=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"inc: x=%d y=%d z=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"compound ops: %u\0A\00", align 1
@.str.12 = private unnamed_addr constant [20 x i8] c"nested ternary: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"ternary promote: %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [29 x i8] c"sizeof array type: %zu x=%d\0A\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"even\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"x is %s\0A\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"negative\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"small\00", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"large\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [5 x i32], align 4
  %10 = alloca %struct.P, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca %struct.P, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.P, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca double, align 8
  %27 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 -5, ptr %2, align 4
  br label %28

28:                                               ; preds = %36, %0
  %29 = load i32, ptr %2, align 4
  %30 = icmp sle i32 %29, 15
  br i1 %30, label %31, label %39

31:                                               ; preds = %28
  %32 = load i32, ptr %2, align 4
  %33 = load i32, ptr %2, align 4
  %34 = call ptr @sign_word(i32 noundef %33)
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %32, ptr noundef %34)
  br label %36

36:                                               ; preds = %31
  %37 = load i32, ptr %2, align 4
  %38 = add nsw i32 %37, 5
  store i32 %38, ptr %2, align 4
  br label %28, !llvm.loop !6

39:                                               ; preds = %28
  store i32 3, ptr %3, align 4
  store i32 9, ptr %4, align 4
  %40 = load i32, ptr %3, align 4
  %41 = load i32, ptr %4, align 4
  %42 = icmp sgt i32 %40, %41
  br i1 %42, label %43, label %44

43:                                               ; preds = %39
  br label %45

44:                                               ; preds = %39
  br label %45

45:                                               ; preds = %44, %43
  %46 = phi ptr [ %3, %43 ], [ %4, %44 ]
  store ptr %46, ptr %5, align 8
  %47 = load ptr, ptr %5, align 8
  %48 = load i32, ptr %47, align 4
  %49 = add nsw i32 %48, 100
  store i32 %49, ptr %47, align 4
  %50 = load i32, ptr %3, align 4
  %51 = load i32, ptr %4, align 4
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %50, i32 noundef %51)
  %53 = load i32, ptr %3, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %3, align 4
  %55 = load i32, ptr %4, align 4
  %56 = add nsw i32 %55, -1
  store i32 %56, ptr %4, align 4
  %57 = load i32, ptr %3, align 4
  %58 = load i32, ptr %4, align 4
  %59 = add nsw i32 %57, %58
  store i32 %59, ptr %6, align 4
  %60 = load i32, ptr %3, align 4
  %61 = load i32, ptr %4, align 4
  %62 = load i32, ptr %6, align 4
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %60, i32 noundef %61, i32 noundef %62)
  store i32 0, ptr %7, align 4
  store i32 10, ptr %8, align 4
  br label %64

64:                                               ; preds = %69, %45
  %65 = load i32, ptr %7, align 4
  %66 = load i32, ptr %8, align 4
  %67 = icmp slt i32 %65, %66
  br i1 %67, label %68, label %74

68:                                               ; preds = %64
  br label %69

69:                                               ; preds = %68
  %70 = load i32, ptr %7, align 4
  %71 = add nsw i32 %70, 2
  store i32 %71, ptr %7, align 4
  %72 = load i32, ptr %8, align 4
  %73 = add nsw i32 %72, -1
  store i32 %73, ptr %8, align 4
  br label %64, !llvm.loop !8

74:                                               ; preds = %64
  %75 = load i32, ptr %7, align 4
  %76 = load i32, ptr %8, align 4
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %75, i32 noundef %76)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 @constinit, i64 20, i1 false)
  %78 = getelementptr inbounds [5 x i32], ptr %9, i64 0, i64 0
  %79 = call i32 @sum_arr(ptr noundef %78, i32 noundef 5)
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %79)
  %81 = getelementptr inbounds %struct.P, ptr %10, i32 0, i32 0
  store i32 -3, ptr %81, align 4
  %82 = getelementptr inbounds %struct.P, ptr %10, i32 0, i32 1
  store i32 4, ptr %82, align 4
  %83 = load i64, ptr %10, align 4
  %84 = call i32 @manhattan(i64 %83)
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %84)
  store i32 41, ptr %12, align 4
  store ptr %12, ptr %11, align 8
  %86 = load ptr, ptr %11, align 8
  %87 = load i32, ptr %86, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %86, align 4
  %89 = load ptr, ptr %11, align 8
  %90 = load i32, ptr %89, align 4
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %90)
  %92 = getelementptr inbounds %struct.P, ptr %14, i32 0, i32 0
  store i32 0, ptr %92, align 4
  %93 = getelementptr inbounds %struct.P, ptr %14, i32 0, i32 1
  store i32 7, ptr %93, align 4
  store ptr %14, ptr %13, align 8
  %94 = load ptr, ptr %13, align 8
  %95 = getelementptr inbounds %struct.P, ptr %94, i32 0, i32 1
  %96 = load i32, ptr %95, align 4
  %97 = mul nsw i32 %96, 2
  %98 = load ptr, ptr %13, align 8
  %99 = getelementptr inbounds %struct.P, ptr %98, i32 0, i32 0
  store i32 %97, ptr %99, align 4
  %100 = load ptr, ptr %13, align 8
  %101 = getelementptr inbounds %struct.P, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %101, align 4
  %103 = load ptr, ptr %13, align 8
  %104 = getelementptr inbounds %struct.P, ptr %103, i32 0, i32 1
  %105 = load i32, ptr %104, align 4
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %102, i32 noundef %105)
  store i32 0, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %107

107:                                              ; preds = %121, %74
  %108 = load i32, ptr %16, align 4
  %109 = icmp slt i32 %108, 4
  br i1 %109, label %110, label %124

110:                                              ; preds = %107
  %111 = getelementptr inbounds %struct.P, ptr %17, i32 0, i32 0
  %112 = load i32, ptr %16, align 4
  store i32 %112, ptr %111, align 4
  %113 = getelementptr inbounds %struct.P, ptr %17, i32 0, i32 1
  %114 = load i32, ptr %16, align 4
  %115 = load i32, ptr %16, align 4
  %116 = mul nsw i32 %114, %115
  store i32 %116, ptr %113, align 4
  %117 = load i64, ptr %17, align 4
  %118 = call i32 @manhattan(i64 %117)
  %119 = load i32, ptr %15, align 4
  %120 = add nsw i32 %119, %118
  store i32 %120, ptr %15, align 4
  br label %121

121:                                              ; preds = %110
  %122 = load i32, ptr %16, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %16, align 4
  br label %107, !llvm.loop !9

124:                                              ; preds = %107
  %125 = load i32, ptr %15, align 4
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %125)
  store i32 0, ptr @side_effects, align 4
  %127 = call i32 @touch(i32 noundef 0)
  %128 = icmp ne i32 %127, 0
  br i1 %128, label %129, label %132

129:                                              ; preds = %124
  %130 = call i32 @touch(i32 noundef 1)
  %131 = icmp ne i32 %130, 0
  br label %132

132:                                              ; preds = %129, %124
  %133 = phi i1 [ false, %124 ], [ %131, %129 ]
  %134 = zext i1 %133 to i32
  store i32 %134, ptr %18, align 4
  %135 = call i32 @touch(i32 noundef 1)
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %140, label %137

137:                                              ; preds = %132
  %138 = call i32 @touch(i32 noundef 0)
  %139 = icmp ne i32 %138, 0
  br label %140

140:                                              ; preds = %137, %132
  %141 = phi i1 [ true, %132 ], [ %139, %137 ]
  %142 = zext i1 %141 to i32
  store i32 %142, ptr %19, align 4
  %143 = call i32 @touch(i32 noundef 1)
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %145, label %154

145:                                              ; preds = %140
  %146 = call i32 @touch(i32 noundef 2)
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %148, label %154

148:                                              ; preds = %145
  %149 = call i32 @touch(i32 noundef 0)
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %151, label %154

151:                                              ; preds = %148
  %152 = call i32 @touch(i32 noundef 5)
  %153 = icmp ne i32 %152, 0
  br label %154

154:                                              ; preds = %151, %148, %145, %140
  %155 = phi i1 [ false, %148 ], [ false, %145 ], [ false, %140 ], [ %153, %151 ]
  %156 = zext i1 %155 to i32
  store i32 %156, ptr %20, align 4
  %157 = load i32, ptr %18, align 4
  %158 = load i32, ptr %19, align 4
  %159 = load i32, ptr %20, align 4
  %160 = load i32, ptr @side_effects, align 4
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %157, i32 noundef %158, i32 noundef %159, i32 noundef %160)
  store i32 5, ptr %21, align 4
  %162 = load i32, ptr %21, align 4
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %21, align 4
  %164 = add nsw i32 %162, 10
  store i32 %164, ptr %22, align 4
  %165 = load i32, ptr %21, align 4
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %21, align 4
  %167 = mul nsw i32 %166, 2
  store i32 %167, ptr %23, align 4
  %168 = load i32, ptr %21, align 4
  %169 = load i32, ptr %22, align 4
  %170 = load i32, ptr %23, align 4
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %168, i32 noundef %169, i32 noundef %170)
  store i32 240, ptr %24, align 4
  %172 = load i32, ptr %24, align 4
  %173 = or i32 %172, 15
  store i32 %173, ptr %24, align 4
  %174 = load i32, ptr %24, align 4
  %175 = and i32 %174, 60
  store i32 %175, ptr %24, align 4
  %176 = load i32, ptr %24, align 4
  %177 = xor i32 %176, 255
  store i32 %177, ptr %24, align 4
  %178 = load i32, ptr %24, align 4
  %179 = shl i32 %178, 2
  store i32 %179, ptr %24, align 4
  %180 = load i32, ptr %24, align 4
  %181 = lshr i32 %180, 1
  store i32 %181, ptr %24, align 4
  %182 = load i32, ptr %24, align 4
  %183 = urem i32 %182, 97
  store i32 %183, ptr %24, align 4
  %184 = load i32, ptr %24, align 4
  %185 = mul i32 %184, 3
  store i32 %185, ptr %24, align 4
  %186 = load i32, ptr %24, align 4
  %187 = sub i32 %186, 1
  store i32 %187, ptr %24, align 4
  %188 = load i32, ptr %24, align 4
  %189 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %188)
  store i32 7, ptr %25, align 4
  %190 = load i32, ptr %25, align 4
  %191 = icmp sgt i32 %190, 5
  br i1 %191, label %192, label %202

192:                                              ; preds = %154
  %193 = load i32, ptr %25, align 4
  %194 = icmp slt i32 %193, 10
  br i1 %194, label %195, label %198

195:                                              ; preds = %192
  %196 = load i32, ptr %25, align 4
  %197 = mul nsw i32 %196, 2
  br label %200

198:                                              ; preds = %192
  %199 = load i32, ptr %25, align 4
  br label %200

200:                                              ; preds = %198, %195
  %201 = phi i32 [ %197, %195 ], [ %199, %198 ]
  br label %205

202:                                              ; preds = %154
  %203 = load i32, ptr %25, align 4
  %204 = sub nsw i32 0, %203
  br label %205

205:                                              ; preds = %202, %200
  %206 = phi i32 [ %201, %200 ], [ %204, %202 ]
  store i32 %206, ptr %25, align 4
  %207 = load i32, ptr %25, align 4
  %208 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %207)
  %209 = load i32, ptr %3, align 4
  %210 = icmp sgt i32 %209, 50
  %211 = zext i1 %210 to i64
  %212 = select i1 %210, double 1.500000e+00, double 2.000000e+00
  store double %212, ptr %26, align 8
  %213 = load double, ptr %26, align 8
  %214 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %213)
  %215 = load i32, ptr %21, align 4
  %216 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef 12, i32 noundef %215)
  %217 = load i32, ptr %21, align 4
  %218 = and i32 %217, 1
  %219 = icmp ne i32 %218, 0
  %220 = zext i1 %219 to i64
  %221 = select i1 %219, ptr @.str.15, ptr @.str.16
  store ptr %221, ptr %27, align 8
  %222 = load ptr, ptr %27, align 8
  %223 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %222)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @sign_word(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 0
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %17

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %6
  br label %15

10:                                               ; preds = %6
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 10
  %13 = zext i1 %12 to i64
  %14 = select i1 %12, ptr @.str.20, ptr @.str.21
  br label %15

15:                                               ; preds = %10, %9
  %16 = phi ptr [ @.str.19, %9 ], [ %14, %10 ]
  br label %17

17:                                               ; preds = %15, %5
  %18 = phi ptr [ @.str.18, %5 ], [ %16, %15 ]
  ret ptr %18
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_arr(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !10

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @manhattan(i64 %0) #0 {
  %2 = alloca %struct.P, align 4
  store i64 %0, ptr %2, align 4
  %3 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 4
  %5 = icmp slt i32 %4, 0
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  %9 = sub nsw i32 0, %8
  br label %13

10:                                               ; preds = %1
  %11 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 0
  %12 = load i32, ptr %11, align 4
  br label %13

13:                                               ; preds = %10, %6
  %14 = phi i32 [ %9, %6 ], [ %12, %10 ]
  %15 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %13
  %19 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 1
  %20 = load i32, ptr %19, align 4
  %21 = sub nsw i32 0, %20
  br label %25

22:                                               ; preds = %13
  %23 = getelementptr inbounds %struct.P, ptr %2, i32 0, i32 1
  %24 = load i32, ptr %23, align 4
  br label %25

25:                                               ; preds = %22, %18
  %26 = phi i32 [ %21, %18 ], [ %24, %22 ]
  %27 = add nsw i32 %14, %26
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @touch(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr @side_effects, align 4
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @side_effects, align 4
  %5 = load i32, ptr %2, align 4
  ret i32 %5
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
