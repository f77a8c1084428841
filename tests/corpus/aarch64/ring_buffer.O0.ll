; ModuleID = 'ring_buffer.c'
source_filename = "ring_buffer.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Ring = type { [16 x i32], i32, i32 }

@.str = private unnamed_addr constant [57 x i8] c"produced=%d consumed=%d dropped=%d left=%u checksum=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"indices wrapped: head=%u tail=%u\0A\00", align 1
@main.dr = internal constant [4 x i32] [i32 1, i32 -1, i32 0, i32 0], align 4
@main.dc = internal constant [4 x i32] [i32 0, i32 0, i32 1, i32 -1], align 4
@maze = internal global [5 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 8
@.str.2 = private unnamed_addr constant [23 x i8] c"maze shortest path=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"%c\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"S.#.......\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c".##.####.#\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"....#..#..\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"#.#.#.##.#\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"..#...#..E\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Ring, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [5 x [10 x i32]], align 4
  %13 = alloca [50 x i32], align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 72, i1 false)
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %25

25:                                               ; preds = %76, %0
  %26 = load i32, ptr %7, align 4
  %27 = icmp slt i32 %26, 100
  br i1 %27, label %28, label %79

28:                                               ; preds = %25
  %29 = load i32, ptr %7, align 4
  %30 = mul nsw i32 %29, 7
  %31 = srem i32 %30, 5
  store i32 %31, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %32

32:                                               ; preds = %50, %28
  %33 = load i32, ptr %9, align 4
  %34 = load i32, ptr %8, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %53

36:                                               ; preds = %32
  %37 = load i32, ptr %7, align 4
  %38 = mul nsw i32 %37, 10
  %39 = load i32, ptr %9, align 4
  %40 = add nsw i32 %38, %39
  %41 = call i32 @ring_push(ptr noundef %2, i32 noundef %40)
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %46

43:                                               ; preds = %36
  %44 = load i32, ptr %3, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %3, align 4
  br label %49

46:                                               ; preds = %36
  %47 = load i32, ptr %5, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %5, align 4
  br label %49

49:                                               ; preds = %46, %43
  br label %50

50:                                               ; preds = %49
  %51 = load i32, ptr %9, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %9, align 4
  br label %32, !llvm.loop !6

53:                                               ; preds = %32
  store i32 0, ptr %11, align 4
  br label %54

54:                                               ; preds = %72, %53
  %55 = load i32, ptr %11, align 4
  %56 = icmp slt i32 %55, 2
  br i1 %56, label %57, label %60

57:                                               ; preds = %54
  %58 = call i32 @ring_pop(ptr noundef %2, ptr noundef %10)
  %59 = icmp ne i32 %58, 0
  br label %60

60:                                               ; preds = %57, %54
  %61 = phi i1 [ false, %54 ], [ %59, %57 ]
  br i1 %61, label %62, label %75

62:                                               ; preds = %60
  %63 = load i32, ptr %4, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %4, align 4
  %65 = load i64, ptr %6, align 8
  %66 = mul nsw i64 %65, 3
  %67 = load i32, ptr %10, align 4
  %68 = sext i32 %67 to i64
  %69 = add nsw i64 %66, %68
  store i64 %69, ptr %6, align 8
  %70 = load i64, ptr %6, align 8
  %71 = srem i64 %70, 1000000007
  store i64 %71, ptr %6, align 8
  br label %72

72:                                               ; preds = %62
  %73 = load i32, ptr %11, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %11, align 4
  br label %54, !llvm.loop !8

75:                                               ; preds = %60
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %7, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %7, align 4
  br label %25, !llvm.loop !9

79:                                               ; preds = %25
  %80 = load i32, ptr %3, align 4
  %81 = load i32, ptr %4, align 4
  %82 = load i32, ptr %5, align 4
  %83 = getelementptr inbounds %struct.Ring, ptr %2, i32 0, i32 2
  %84 = load i32, ptr %83, align 4
  %85 = getelementptr inbounds %struct.Ring, ptr %2, i32 0, i32 1
  %86 = load i32, ptr %85, align 4
  %87 = sub i32 %84, %86
  %88 = load i64, ptr %6, align 8
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %80, i32 noundef %81, i32 noundef %82, i32 noundef %87, i64 noundef %88)
  %90 = getelementptr inbounds %struct.Ring, ptr %2, i32 0, i32 1
  %91 = load i32, ptr %90, align 4
  %92 = getelementptr inbounds %struct.Ring, ptr %2, i32 0, i32 2
  %93 = load i32, ptr %92, align 4
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %91, i32 noundef %93)
  %95 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 4 %95, i8 -1, i64 200, i1 false)
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  %96 = load i32, ptr %15, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %15, align 4
  %98 = sext i32 %96 to i64
  %99 = getelementptr inbounds [50 x i32], ptr %13, i64 0, i64 %98
  store i32 0, ptr %99, align 4
  %100 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 0
  %101 = getelementptr inbounds [10 x i32], ptr %100, i64 0, i64 0
  store i32 0, ptr %101, align 4
  store i32 -1, ptr %16, align 4
  br label %102

102:                                              ; preds = %212, %79
  %103 = load i32, ptr %14, align 4
  %104 = load i32, ptr %15, align 4
  %105 = icmp ne i32 %103, %104
  br i1 %105, label %106, label %213

106:                                              ; preds = %102
  %107 = load i32, ptr %14, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %14, align 4
  %109 = srem i32 %107, 50
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [50 x i32], ptr %13, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4
  store i32 %112, ptr %17, align 4
  %113 = load i32, ptr %17, align 4
  %114 = sdiv i32 %113, 10
  store i32 %114, ptr %18, align 4
  %115 = load i32, ptr %17, align 4
  %116 = srem i32 %115, 10
  store i32 %116, ptr %19, align 4
  %117 = load i32, ptr %18, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %118
  %120 = load ptr, ptr %119, align 8
  %121 = load i32, ptr %19, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds i8, ptr %120, i64 %122
  %124 = load i8, ptr %123, align 1
  %125 = zext i8 %124 to i32
  %126 = icmp eq i32 %125, 69
  br i1 %126, label %127, label %135

127:                                              ; preds = %106
  %128 = load i32, ptr %18, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %129
  %131 = load i32, ptr %19, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [10 x i32], ptr %130, i64 0, i64 %132
  %134 = load i32, ptr %133, align 4
  store i32 %134, ptr %16, align 4
  br label %213

135:                                              ; preds = %106
  store i32 0, ptr %20, align 4
  br label %136

136:                                              ; preds = %209, %135
  %137 = load i32, ptr %20, align 4
  %138 = icmp slt i32 %137, 4
  br i1 %138, label %139, label %212

139:                                              ; preds = %136
  %140 = load i32, ptr %18, align 4
  %141 = load i32, ptr %20, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [4 x i32], ptr @main.dr, i64 0, i64 %142
  %144 = load i32, ptr %143, align 4
  %145 = add nsw i32 %140, %144
  store i32 %145, ptr %21, align 4
  %146 = load i32, ptr %19, align 4
  %147 = load i32, ptr %20, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [4 x i32], ptr @main.dc, i64 0, i64 %148
  %150 = load i32, ptr %149, align 4
  %151 = add nsw i32 %146, %150
  store i32 %151, ptr %22, align 4
  %152 = load i32, ptr %21, align 4
  %153 = icmp slt i32 %152, 0
  br i1 %153, label %163, label %154

154:                                              ; preds = %139
  %155 = load i32, ptr %21, align 4
  %156 = icmp sge i32 %155, 5
  br i1 %156, label %163, label %157

157:                                              ; preds = %154
  %158 = load i32, ptr %22, align 4
  %159 = icmp slt i32 %158, 0
  br i1 %159, label %163, label %160

160:                                              ; preds = %157
  %161 = load i32, ptr %22, align 4
  %162 = icmp sge i32 %161, 10
  br i1 %162, label %163, label %164

163:                                              ; preds = %160, %157, %154, %139
  br label %209

164:                                              ; preds = %160
  %165 = load i32, ptr %21, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %166
  %168 = load ptr, ptr %167, align 8
  %169 = load i32, ptr %22, align 4
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds i8, ptr %168, i64 %170
  %172 = load i8, ptr %171, align 1
  %173 = zext i8 %172 to i32
  %174 = icmp eq i32 %173, 35
  br i1 %174, label %184, label %175

175:                                              ; preds = %164
  %176 = load i32, ptr %21, align 4
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %177
  %179 = load i32, ptr %22, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [10 x i32], ptr %178, i64 0, i64 %180
  %182 = load i32, ptr %181, align 4
  %183 = icmp ne i32 %182, -1
  br i1 %183, label %184, label %185

184:                                              ; preds = %175, %164
  br label %209

185:                                              ; preds = %175
  %186 = load i32, ptr %18, align 4
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %187
  %189 = load i32, ptr %19, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [10 x i32], ptr %188, i64 0, i64 %190
  %192 = load i32, ptr %191, align 4
  %193 = add nsw i32 %192, 1
  %194 = load i32, ptr %21, align 4
  %195 = sext i32 %194 to i64
  %196 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %195
  %197 = load i32, ptr %22, align 4
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [10 x i32], ptr %196, i64 0, i64 %198
  store i32 %193, ptr %199, align 4
  %200 = load i32, ptr %21, align 4
  %201 = mul nsw i32 %200, 10
  %202 = load i32, ptr %22, align 4
  %203 = add nsw i32 %201, %202
  %204 = load i32, ptr %15, align 4
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %15, align 4
  %206 = srem i32 %204, 50
  %207 = sext i32 %206 to i64
  %208 = getelementptr inbounds [50 x i32], ptr %13, i64 0, i64 %207
  store i32 %203, ptr %208, align 4
  br label %209

209:                                              ; preds = %185, %184, %163
  %210 = load i32, ptr %20, align 4
  %211 = add nsw i32 %210, 1
  store i32 %211, ptr %20, align 4
  br label %136, !llvm.loop !10

212:                                              ; preds = %136
  br label %102, !llvm.loop !11

213:                                              ; preds = %127, %102
  %214 = load i32, ptr %16, align 4
  %215 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %214)
  store i32 0, ptr %23, align 4
  br label %216

216:                                              ; preds = %267, %213
  %217 = load i32, ptr %23, align 4
  %218 = icmp slt i32 %217, 5
  br i1 %218, label %219, label %270

219:                                              ; preds = %216
  store i32 0, ptr %24, align 4
  br label %220

220:                                              ; preds = %262, %219
  %221 = load i32, ptr %24, align 4
  %222 = icmp slt i32 %221, 10
  br i1 %222, label %223, label %265

223:                                              ; preds = %220
  %224 = load i32, ptr %23, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %225
  %227 = load ptr, ptr %226, align 8
  %228 = load i32, ptr %24, align 4
  %229 = sext i32 %228 to i64
  %230 = getelementptr inbounds i8, ptr %227, i64 %229
  %231 = load i8, ptr %230, align 1
  %232 = zext i8 %231 to i32
  %233 = icmp eq i32 %232, 35
  br i1 %233, label %234, label %235

234:                                              ; preds = %223
  br label %259

235:                                              ; preds = %223
  %236 = load i32, ptr %23, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %237
  %239 = load i32, ptr %24, align 4
  %240 = sext i32 %239 to i64
  %241 = getelementptr inbounds [10 x i32], ptr %238, i64 0, i64 %240
  %242 = load i32, ptr %241, align 4
  %243 = icmp slt i32 %242, 0
  br i1 %243, label %244, label %245

244:                                              ; preds = %235
  br label %257

245:                                              ; preds = %235
  %246 = load i32, ptr %23, align 4
  %247 = sext i32 %246 to i64
  %248 = getelementptr inbounds [5 x [10 x i32]], ptr %12, i64 0, i64 %247
  %249 = load i32, ptr %24, align 4
  %250 = sext i32 %249 to i64
  %251 = getelementptr inbounds [10 x i32], ptr %248, i64 0, i64 %250
  %252 = load i32, ptr %251, align 4
  %253 = srem i32 %252, 10
  %254 = add nsw i32 48, %253
  %255 = trunc i32 %254 to i8
  %256 = zext i8 %255 to i32
  br label %257

257:                                              ; preds = %245, %244
  %258 = phi i32 [ 63, %244 ], [ %256, %245 ]
  br label %259

259:                                              ; preds = %257, %234
  %260 = phi i32 [ 35, %234 ], [ %258, %257 ]
  %261 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %260)
  br label %262

262:                                              ; preds = %259
  %263 = load i32, ptr %24, align 4
  %264 = add nsw i32 %263, 1
  store i32 %264, ptr %24, align 4
  br label %220, !llvm.loop !12

265:                                              ; preds = %220
  %266 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  br label %267

267:                                              ; preds = %265
  %268 = load i32, ptr %23, align 4
  %269 = add nsw i32 %268, 1
  store i32 %269, ptr %23, align 4
  br label %216, !llvm.loop !13

270:                                              ; preds = %216
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ring_push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Ring, ptr %6, i32 0, i32 2
  %8 = load i32, ptr %7, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds %struct.Ring, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  %12 = sub i32 %8, %11
  %13 = icmp eq i32 %12, 16
  br i1 %13, label %14, label %15

14:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %26

15:                                               ; preds = %2
  %16 = load i32, ptr %5, align 4
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.Ring, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds %struct.Ring, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 4
  %22 = add i32 %21, 1
  store i32 %22, ptr %20, align 4
  %23 = and i32 %21, 15
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds [16 x i32], ptr %18, i64 0, i64 %24
  store i32 %16, ptr %25, align 4
  store i32 1, ptr %3, align 4
  br label %26

26:                                               ; preds = %15, %14
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ring_pop(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Ring, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %7, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds %struct.Ring, ptr %9, i32 0, i32 2
  %11 = load i32, ptr %10, align 4
  %12 = icmp eq i32 %8, %11
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %26

14:                                               ; preds = %2
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds %struct.Ring, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.Ring, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = add i32 %19, 1
  store i32 %20, ptr %18, align 4
  %21 = and i32 %19, 15
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds [16 x i32], ptr %16, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = load ptr, ptr %5, align 8
  store i32 %24, ptr %25, align 4
  store i32 1, ptr %3, align 4
  br label %26

26:                                               ; preds = %14, %13
  %27 = load i32, ptr %3, align 4
  ret i32 %27
}

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
