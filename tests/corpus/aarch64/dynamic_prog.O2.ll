; ModuleID = 'dynamic_prog.c'
source_filename = "dynamic_prog.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.pairs = internal unnamed_addr constant [5 x [2 x ptr]] [[2 x ptr] [ptr @.str, ptr @.str.1], [2 x ptr] [ptr @.str.2, ptr @.str.3], [2 x ptr] [ptr @.str.4, ptr @.str.5], [2 x ptr] [ptr @.str.6, ptr @.str.7], [2 x ptr] [ptr @.str.8, ptr @.str.8]], align 8
@.str = private unnamed_addr constant [7 x i8] c"AGGTAB\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"GXTXAYB\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"kitten\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"sitting\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"intention\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"execution\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"same\00", align 1
@.str.9 = private unnamed_addr constant [28 x i8] c"%s/%s: lcs=%d '%s' edit=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [22 x i8] c"knapsack cap %d = %d\0A\00", align 1
@__const.main.coins = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 5, i32 10, i32 20, i32 50, i32 100, i32 200], align 4
@.str.11 = private unnamed_addr constant [30 x i8] c"ways(200)=%ld ways(1000)=%ld\0A\00", align 1
@__const.main.seq = private unnamed_addr constant [15 x i32] [i32 10, i32 9, i32 2, i32 5, i32 3, i32 7, i32 101, i32 18, i32 4, i32 8, i32 6, i32 12, i32 15, i32 1, i32 20], align 4
@.str.12 = private unnamed_addr constant [8 x i8] c"lis=%d\0A\00", align 1
@lcs.t = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [101 x i32], align 4
  %2 = alloca [64 x i32], align 4
  %3 = alloca [64 x i32], align 4
  %4 = alloca [64 x i32], align 4
  %5 = alloca [64 x i8], align 1
  br label %6

6:                                                ; preds = %0, %177
  %7 = phi i64 [ 0, %0 ], [ %183, %177 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #8
  %8 = getelementptr inbounds [5 x [2 x ptr]], ptr @main.pairs, i64 0, i64 %7
  %9 = load ptr, ptr %8, align 8, !tbaa !6
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !6
  %12 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %9) #9
  %13 = trunc i64 %12 to i32
  %14 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %11) #9
  %15 = trunc i64 %14 to i32
  %16 = icmp slt i32 %13, 0
  br i1 %16, label %31, label %17

17:                                               ; preds = %6
  %18 = icmp slt i32 %15, 0
  %19 = add i64 %14, 1
  %20 = add nuw nsw i64 %12, 1
  %21 = and i64 %20, 4294967295
  %22 = and i64 %19, 4294967295
  %23 = icmp eq i64 %22, 1
  br label %24

24:                                               ; preds = %43, %17
  %25 = phi i64 [ 0, %17 ], [ %44, %43 ]
  br i1 %18, label %43, label %26

26:                                               ; preds = %24
  %27 = icmp eq i64 %25, 0
  %28 = add nsw i64 %25, -1
  %29 = getelementptr inbounds i8, ptr %9, i64 %28
  %30 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %25, i64 0
  store i32 0, ptr %30, align 4, !tbaa !10
  br i1 %23, label %43, label %46

31:                                               ; preds = %43, %6
  %32 = shl i64 %12, 32
  %33 = ashr exact i64 %32, 32
  %34 = shl i64 %14, 32
  %35 = ashr exact i64 %34, 32
  %36 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %33, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !10
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %5, i64 %38
  store i8 0, ptr %39, align 1, !tbaa !12
  %40 = icmp ne i32 %13, 0
  %41 = icmp ne i32 %15, 0
  %42 = select i1 %40, i1 %41, i1 false
  br i1 %42, label %68, label %102

43:                                               ; preds = %63, %26, %24
  %44 = add nuw nsw i64 %25, 1
  %45 = icmp eq i64 %44, %21
  br i1 %45, label %31, label %24, !llvm.loop !13

46:                                               ; preds = %26, %63
  %47 = phi i32 [ %64, %63 ], [ 0, %26 ]
  %48 = phi i64 [ %66, %63 ], [ 1, %26 ]
  br i1 %27, label %63, label %49

49:                                               ; preds = %46
  %50 = load i8, ptr %29, align 1, !tbaa !12
  %51 = add nsw i64 %48, -1
  %52 = getelementptr inbounds i8, ptr %11, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !12
  %54 = icmp eq i8 %50, %53
  br i1 %54, label %55, label %59

55:                                               ; preds = %49
  %56 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %51
  %57 = load i32, ptr %56, align 4, !tbaa !10
  %58 = add nsw i32 %57, 1
  br label %63

59:                                               ; preds = %49
  %60 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %48
  %61 = load i32, ptr %60, align 4, !tbaa !10
  %62 = call i32 @llvm.smax.i32(i32 %61, i32 %47)
  br label %63

63:                                               ; preds = %59, %55, %46
  %64 = phi i32 [ 0, %46 ], [ %58, %55 ], [ %62, %59 ]
  %65 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %25, i64 %48
  store i32 %64, ptr %65, align 4, !tbaa !10
  %66 = add nuw nsw i64 %48, 1
  %67 = icmp eq i64 %66, %22
  br i1 %67, label %43, label %46, !llvm.loop !15

68:                                               ; preds = %31, %95
  %69 = phi i32 [ %98, %95 ], [ %15, %31 ]
  %70 = phi i32 [ %97, %95 ], [ %13, %31 ]
  %71 = phi i32 [ %96, %95 ], [ %37, %31 ]
  %72 = add nsw i32 %70, -1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i8, ptr %9, i64 %73
  %75 = load i8, ptr %74, align 1, !tbaa !12
  %76 = add nsw i32 %69, -1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i8, ptr %11, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !12
  %80 = icmp eq i8 %75, %79
  br i1 %80, label %81, label %85

81:                                               ; preds = %68
  %82 = add nsw i32 %71, -1
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i8, ptr %5, i64 %83
  store i8 %75, ptr %84, align 1, !tbaa !12
  br label %95

85:                                               ; preds = %68
  %86 = sext i32 %69 to i64
  %87 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %73, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !10
  %89 = sext i32 %70 to i64
  %90 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %89, i64 %77
  %91 = load i32, ptr %90, align 4, !tbaa !10
  %92 = icmp slt i32 %88, %91
  %93 = select i1 %92, i32 %70, i32 %72
  %94 = select i1 %92, i32 %76, i32 %69
  br label %95

95:                                               ; preds = %85, %81
  %96 = phi i32 [ %82, %81 ], [ %71, %85 ]
  %97 = phi i32 [ %72, %81 ], [ %93, %85 ]
  %98 = phi i32 [ %76, %81 ], [ %94, %85 ]
  %99 = icmp ne i32 %97, 0
  %100 = icmp ne i32 %98, 0
  %101 = select i1 %99, i1 %100, i1 false
  br i1 %101, label %68, label %102, !llvm.loop !17

102:                                              ; preds = %95, %31
  %103 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %9) #9
  %104 = trunc i64 %103 to i32
  %105 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %11) #9
  %106 = trunc i64 %105 to i32
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %4) #8
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %128, label %108

108:                                              ; preds = %102
  %109 = add nuw nsw i64 %105, 1
  %110 = and i64 %109, 4294967295
  %111 = icmp ult i64 %110, 8
  br i1 %111, label %112, label %114

112:                                              ; preds = %126, %108
  %113 = phi i64 [ 0, %108 ], [ %116, %126 ]
  br label %143

114:                                              ; preds = %108
  %115 = and i64 %109, 7
  %116 = sub nsw i64 %110, %115
  br label %117

117:                                              ; preds = %117, %114
  %118 = phi i64 [ 0, %114 ], [ %123, %117 ]
  %119 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %114 ], [ %124, %117 ]
  %120 = add <4 x i32> %119, <i32 4, i32 4, i32 4, i32 4>
  %121 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %118
  %122 = getelementptr inbounds i8, ptr %121, i64 16
  store <4 x i32> %119, ptr %121, align 4, !tbaa !10
  store <4 x i32> %120, ptr %122, align 4, !tbaa !10
  %123 = add nuw i64 %118, 8
  %124 = add <4 x i32> %119, <i32 8, i32 8, i32 8, i32 8>
  %125 = icmp eq i64 %123, %116
  br i1 %125, label %126, label %117, !llvm.loop !18

126:                                              ; preds = %117
  %127 = icmp eq i64 %115, 0
  br i1 %127, label %128, label %112

128:                                              ; preds = %143, %126, %102
  %129 = icmp slt i32 %104, 1
  br i1 %129, label %130, label %132

130:                                              ; preds = %128
  %131 = shl i64 %105, 32
  br label %177

132:                                              ; preds = %128
  %133 = getelementptr i8, ptr %9, i64 -1
  %134 = icmp slt i32 %106, 1
  %135 = shl i64 %105, 32
  %136 = add i64 %135, 4294967296
  %137 = ashr exact i64 %136, 30
  %138 = add i64 %105, 1
  %139 = add nuw nsw i64 %103, 1
  %140 = and i64 %139, 4294967295
  %141 = and i64 %138, 4294967295
  %142 = getelementptr i8, ptr %11, i64 -1
  br label %149

143:                                              ; preds = %112, %143
  %144 = phi i64 [ %147, %143 ], [ %113, %112 ]
  %145 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %144
  %146 = trunc nuw nsw i64 %144 to i32
  store i32 %146, ptr %145, align 4, !tbaa !10
  %147 = add nuw nsw i64 %144, 1
  %148 = icmp eq i64 %147, %110
  br i1 %148, label %128, label %143, !llvm.loop !21

149:                                              ; preds = %156, %132
  %150 = phi i64 [ 1, %132 ], [ %157, %156 ]
  %151 = trunc nuw nsw i64 %150 to i32
  store i32 %151, ptr %4, align 4, !tbaa !10
  br i1 %134, label %156, label %152

152:                                              ; preds = %149
  %153 = getelementptr i8, ptr %133, i64 %150
  %154 = load i8, ptr %153, align 1, !tbaa !12
  %155 = load i32, ptr %3, align 4, !tbaa !10
  br label %159

156:                                              ; preds = %159, %149
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 4 %3, ptr nonnull align 4 %4, i64 %137, i1 false)
  %157 = add nuw nsw i64 %150, 1
  %158 = icmp eq i64 %157, %140
  br i1 %158, label %177, label %149, !llvm.loop !22

159:                                              ; preds = %159, %152
  %160 = phi i32 [ %155, %152 ], [ %164, %159 ]
  %161 = phi i32 [ %151, %152 ], [ %173, %159 ]
  %162 = phi i64 [ 1, %152 ], [ %175, %159 ]
  %163 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !10
  %165 = add nsw i32 %164, 1
  %166 = add nsw i32 %161, 1
  %167 = getelementptr i8, ptr %142, i64 %162
  %168 = load i8, ptr %167, align 1, !tbaa !12
  %169 = icmp ne i8 %154, %168
  %170 = zext i1 %169 to i32
  %171 = add nsw i32 %160, %170
  %172 = call i32 @llvm.smin.i32(i32 %165, i32 %166)
  %173 = call noundef i32 @llvm.smin.i32(i32 %172, i32 %171)
  %174 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %162
  store i32 %173, ptr %174, align 4, !tbaa !10
  %175 = add nuw nsw i64 %162, 1
  %176 = icmp eq i64 %175, %141
  br i1 %176, label %156, label %159, !llvm.loop !23

177:                                              ; preds = %156, %130
  %178 = phi i64 [ %131, %130 ], [ %135, %156 ]
  %179 = ashr exact i64 %178, 32
  %180 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %4) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  %182 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %9, ptr noundef %11, i32 noundef %37, ptr noundef nonnull %5, i32 noundef %181)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #8
  %183 = add nuw nsw i64 %7, 1
  %184 = icmp eq i64 %183, 5
  br i1 %184, label %220, label %6, !llvm.loop !24

185:                                              ; preds = %537
  %186 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 200)
  %187 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 1000)
  %188 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %186, i64 noundef %187)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  br label %189

189:                                              ; preds = %197, %185
  %190 = phi i64 [ 0, %185 ], [ %200, %197 ]
  %191 = phi i32 [ 0, %185 ], [ %199, %197 ]
  %192 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %190
  store i32 1, ptr %192, align 4, !tbaa !10
  %193 = icmp eq i64 %190, 0
  br i1 %193, label %197, label %194

194:                                              ; preds = %189
  %195 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %190
  %196 = load i32, ptr %195, align 4, !tbaa !10
  br label %202

197:                                              ; preds = %214, %189
  %198 = phi i32 [ 1, %189 ], [ %215, %214 ]
  %199 = call i32 @llvm.smax.i32(i32 %198, i32 %191)
  %200 = add nuw nsw i64 %190, 1
  %201 = icmp eq i64 %200, 15
  br i1 %201, label %218, label %189, !llvm.loop !25

202:                                              ; preds = %214, %194
  %203 = phi i32 [ 1, %194 ], [ %215, %214 ]
  %204 = phi i64 [ 0, %194 ], [ %216, %214 ]
  %205 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %204
  %206 = load i32, ptr %205, align 4, !tbaa !10
  %207 = icmp slt i32 %206, %196
  br i1 %207, label %208, label %214

208:                                              ; preds = %202
  %209 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %204
  %210 = load i32, ptr %209, align 4, !tbaa !10
  %211 = icmp slt i32 %210, %203
  br i1 %211, label %214, label %212

212:                                              ; preds = %208
  %213 = add nsw i32 %210, 1
  store i32 %213, ptr %192, align 4, !tbaa !10
  br label %214

214:                                              ; preds = %212, %208, %202
  %215 = phi i32 [ %203, %202 ], [ %203, %208 ], [ %213, %212 ]
  %216 = add nuw nsw i64 %204, 1
  %217 = icmp eq i64 %216, %190
  br i1 %217, label %197, label %202, !llvm.loop !26

218:                                              ; preds = %197
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  %219 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %199)
  ret i32 0

220:                                              ; preds = %177, %537
  %221 = phi i64 [ %544, %537 ], [ 0, %177 ]
  %222 = phi i64 [ %542, %537 ], [ 20, %177 ]
  %223 = mul nuw nsw i64 %221, 40
  %224 = add i64 %223, 9
  %225 = mul nuw nsw i64 %221, 40
  %226 = add i64 %225, 14
  %227 = mul nuw nsw i64 %221, 40
  %228 = add i64 %227, 10
  %229 = mul nuw nsw i64 %221, 40
  %230 = add i64 %229, 13
  %231 = mul nuw nsw i64 %221, 40
  %232 = add i64 %231, 12
  %233 = mul nuw nsw i64 %221, 40
  %234 = add i64 %233, -2
  %235 = mul nuw nsw i64 %221, 40
  %236 = add i64 %235, 16
  %237 = mul nuw nsw i64 %221, 40
  call void @llvm.lifetime.start.p0(i64 404, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(404) %1, i8 0, i64 404, i1 false)
  %238 = icmp ult i64 %224, 8
  br i1 %238, label %239, label %241

239:                                              ; preds = %244, %220
  %240 = phi i64 [ %222, %220 ], [ %243, %244 ]
  br label %499

241:                                              ; preds = %220
  %242 = add i64 %223, 8
  %243 = sub i64 %222, %242
  br label %244

244:                                              ; preds = %244, %241
  %245 = phi i64 [ 0, %241 ], [ %262, %244 ]
  %246 = sub i64 %222, %245
  %247 = add nsw i64 %246, -12
  %248 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %247
  %249 = getelementptr inbounds i8, ptr %248, i64 -12
  %250 = getelementptr inbounds i8, ptr %248, i64 -28
  %251 = load <4 x i32>, ptr %249, align 4, !tbaa !10
  %252 = load <4 x i32>, ptr %250, align 4, !tbaa !10
  %253 = add nsw <4 x i32> %251, <i32 24, i32 24, i32 24, i32 24>
  %254 = add nsw <4 x i32> %252, <i32 24, i32 24, i32 24, i32 24>
  %255 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %246
  %256 = getelementptr inbounds i8, ptr %255, i64 -12
  %257 = getelementptr inbounds i8, ptr %255, i64 -28
  %258 = load <4 x i32>, ptr %256, align 4, !tbaa !10
  %259 = load <4 x i32>, ptr %257, align 4, !tbaa !10
  %260 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %253, <4 x i32> %258)
  %261 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %254, <4 x i32> %259)
  store <4 x i32> %260, ptr %256, align 4
  store <4 x i32> %261, ptr %257, align 4
  %262 = add nuw i64 %245, 8
  %263 = icmp eq i64 %245, %223
  br i1 %263, label %239, label %244, !llvm.loop !27

264:                                              ; preds = %512, %264
  %265 = phi i64 [ %273, %264 ], [ %513, %512 ]
  %266 = add nsw i64 %265, -7
  %267 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %266
  %268 = load i32, ptr %267, align 4, !tbaa !10
  %269 = add nsw i32 %268, 13
  %270 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %265
  %271 = load i32, ptr %270, align 4, !tbaa !10
  %272 = call i32 @llvm.smax.i32(i32 %269, i32 %271)
  store i32 %272, ptr %270, align 4
  %273 = add nsw i64 %265, -1
  %274 = icmp sgt i64 %265, 7
  br i1 %274, label %264, label %275, !llvm.loop !28

275:                                              ; preds = %264
  %276 = icmp ult i64 %228, 8
  br i1 %276, label %300, label %277

277:                                              ; preds = %275
  %278 = add i64 %227, 8
  %279 = sub i64 %222, %278
  br label %280

280:                                              ; preds = %280, %277
  %281 = phi i64 [ 0, %277 ], [ %298, %280 ]
  %282 = sub i64 %222, %281
  %283 = add nsw i64 %282, -11
  %284 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %283
  %285 = getelementptr inbounds i8, ptr %284, i64 -12
  %286 = getelementptr inbounds i8, ptr %284, i64 -28
  %287 = load <4 x i32>, ptr %285, align 4, !tbaa !10
  %288 = load <4 x i32>, ptr %286, align 4, !tbaa !10
  %289 = add nsw <4 x i32> %287, <i32 23, i32 23, i32 23, i32 23>
  %290 = add nsw <4 x i32> %288, <i32 23, i32 23, i32 23, i32 23>
  %291 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %282
  %292 = getelementptr inbounds i8, ptr %291, i64 -12
  %293 = getelementptr inbounds i8, ptr %291, i64 -28
  %294 = load <4 x i32>, ptr %292, align 4, !tbaa !10
  %295 = load <4 x i32>, ptr %293, align 4, !tbaa !10
  %296 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %289, <4 x i32> %294)
  %297 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %290, <4 x i32> %295)
  store <4 x i32> %296, ptr %292, align 4
  store <4 x i32> %297, ptr %293, align 4
  %298 = add nuw i64 %281, 8
  %299 = icmp eq i64 %281, %227
  br i1 %299, label %300, label %280, !llvm.loop !29

300:                                              ; preds = %280, %275
  %301 = phi i64 [ %222, %275 ], [ %279, %280 ]
  br label %302

302:                                              ; preds = %300, %302
  %303 = phi i64 [ %311, %302 ], [ %301, %300 ]
  %304 = add nsw i64 %303, -11
  %305 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %304
  %306 = load i32, ptr %305, align 4, !tbaa !10
  %307 = add nsw i32 %306, 23
  %308 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %303
  %309 = load i32, ptr %308, align 4, !tbaa !10
  %310 = call i32 @llvm.smax.i32(i32 %307, i32 %309)
  store i32 %310, ptr %308, align 4
  %311 = add nsw i64 %303, -1
  %312 = icmp sgt i64 %303, 11
  br i1 %312, label %302, label %313, !llvm.loop !30

313:                                              ; preds = %302
  %314 = icmp ult i64 %230, 8
  br i1 %314, label %338, label %315

315:                                              ; preds = %313
  %316 = add i64 %229, 8
  %317 = sub i64 %222, %316
  br label %318

318:                                              ; preds = %318, %315
  %319 = phi i64 [ 0, %315 ], [ %336, %318 ]
  %320 = sub i64 %222, %319
  %321 = add nsw i64 %320, -8
  %322 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %321
  %323 = getelementptr inbounds i8, ptr %322, i64 -12
  %324 = getelementptr inbounds i8, ptr %322, i64 -28
  %325 = load <4 x i32>, ptr %323, align 4, !tbaa !10
  %326 = load <4 x i32>, ptr %324, align 4, !tbaa !10
  %327 = add nsw <4 x i32> %325, <i32 15, i32 15, i32 15, i32 15>
  %328 = add nsw <4 x i32> %326, <i32 15, i32 15, i32 15, i32 15>
  %329 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %320
  %330 = getelementptr inbounds i8, ptr %329, i64 -12
  %331 = getelementptr inbounds i8, ptr %329, i64 -28
  %332 = load <4 x i32>, ptr %330, align 4, !tbaa !10
  %333 = load <4 x i32>, ptr %331, align 4, !tbaa !10
  %334 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %327, <4 x i32> %332)
  %335 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %328, <4 x i32> %333)
  store <4 x i32> %334, ptr %330, align 4
  store <4 x i32> %335, ptr %331, align 4
  %336 = add nuw i64 %319, 8
  %337 = icmp eq i64 %319, %229
  br i1 %337, label %338, label %318, !llvm.loop !31

338:                                              ; preds = %318, %313
  %339 = phi i64 [ %222, %313 ], [ %317, %318 ]
  br label %340

340:                                              ; preds = %338, %340
  %341 = phi i64 [ %349, %340 ], [ %339, %338 ]
  %342 = add nsw i64 %341, -8
  %343 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %342
  %344 = load i32, ptr %343, align 4, !tbaa !10
  %345 = add nsw i32 %344, 15
  %346 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %341
  %347 = load i32, ptr %346, align 4, !tbaa !10
  %348 = call i32 @llvm.smax.i32(i32 %345, i32 %347)
  store i32 %348, ptr %346, align 4
  %349 = add nsw i64 %341, -1
  %350 = icmp sgt i64 %341, 8
  br i1 %350, label %340, label %351, !llvm.loop !32

351:                                              ; preds = %340
  %352 = icmp ult i64 %232, 8
  br i1 %352, label %376, label %353

353:                                              ; preds = %351
  %354 = add i64 %231, 8
  %355 = sub i64 %222, %354
  br label %356

356:                                              ; preds = %356, %353
  %357 = phi i64 [ 0, %353 ], [ %374, %356 ]
  %358 = sub i64 %222, %357
  %359 = add nsw i64 %358, -9
  %360 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %359
  %361 = getelementptr inbounds i8, ptr %360, i64 -12
  %362 = getelementptr inbounds i8, ptr %360, i64 -28
  %363 = load <4 x i32>, ptr %361, align 4, !tbaa !10
  %364 = load <4 x i32>, ptr %362, align 4, !tbaa !10
  %365 = add nsw <4 x i32> %363, <i32 16, i32 16, i32 16, i32 16>
  %366 = add nsw <4 x i32> %364, <i32 16, i32 16, i32 16, i32 16>
  %367 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %358
  %368 = getelementptr inbounds i8, ptr %367, i64 -12
  %369 = getelementptr inbounds i8, ptr %367, i64 -28
  %370 = load <4 x i32>, ptr %368, align 4, !tbaa !10
  %371 = load <4 x i32>, ptr %369, align 4, !tbaa !10
  %372 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %365, <4 x i32> %370)
  %373 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %366, <4 x i32> %371)
  store <4 x i32> %372, ptr %368, align 4
  store <4 x i32> %373, ptr %369, align 4
  %374 = add nuw i64 %357, 8
  %375 = icmp eq i64 %357, %231
  br i1 %375, label %376, label %356, !llvm.loop !33

376:                                              ; preds = %356, %351
  %377 = phi i64 [ %222, %351 ], [ %355, %356 ]
  br label %378

378:                                              ; preds = %376, %378
  %379 = phi i64 [ %387, %378 ], [ %377, %376 ]
  %380 = add nsw i64 %379, -9
  %381 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %380
  %382 = load i32, ptr %381, align 4, !tbaa !10
  %383 = add nsw i32 %382, 16
  %384 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %379
  %385 = load i32, ptr %384, align 4, !tbaa !10
  %386 = call i32 @llvm.smax.i32(i32 %383, i32 %385)
  store i32 %386, ptr %384, align 4
  %387 = add nsw i64 %379, -1
  %388 = icmp sgt i64 %379, 9
  br i1 %388, label %378, label %389, !llvm.loop !34

389:                                              ; preds = %378
  %390 = icmp ult i64 %222, 23
  br i1 %390, label %429, label %391

391:                                              ; preds = %389
  %392 = icmp ult i64 %234, 8
  br i1 %392, label %416, label %393

393:                                              ; preds = %391
  %394 = add i64 %233, -8
  %395 = sub i64 %222, %394
  br label %396

396:                                              ; preds = %396, %393
  %397 = phi i64 [ 0, %393 ], [ %414, %396 ]
  %398 = sub i64 %222, %397
  %399 = add nsw i64 %398, -23
  %400 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %399
  %401 = getelementptr inbounds i8, ptr %400, i64 -12
  %402 = getelementptr inbounds i8, ptr %400, i64 -28
  %403 = load <4 x i32>, ptr %401, align 4, !tbaa !10
  %404 = load <4 x i32>, ptr %402, align 4, !tbaa !10
  %405 = add nsw <4 x i32> %403, <i32 50, i32 50, i32 50, i32 50>
  %406 = add nsw <4 x i32> %404, <i32 50, i32 50, i32 50, i32 50>
  %407 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %398
  %408 = getelementptr inbounds i8, ptr %407, i64 -12
  %409 = getelementptr inbounds i8, ptr %407, i64 -28
  %410 = load <4 x i32>, ptr %408, align 4, !tbaa !10
  %411 = load <4 x i32>, ptr %409, align 4, !tbaa !10
  %412 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %405, <4 x i32> %410)
  %413 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %406, <4 x i32> %411)
  store <4 x i32> %412, ptr %408, align 4
  store <4 x i32> %413, ptr %409, align 4
  %414 = add nuw i64 %397, 8
  %415 = icmp eq i64 %414, %394
  br i1 %415, label %416, label %396, !llvm.loop !35

416:                                              ; preds = %396, %391
  %417 = phi i64 [ %222, %391 ], [ %395, %396 ]
  br label %418

418:                                              ; preds = %416, %418
  %419 = phi i64 [ %427, %418 ], [ %417, %416 ]
  %420 = add nsw i64 %419, -23
  %421 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %420
  %422 = load i32, ptr %421, align 4, !tbaa !10
  %423 = add nsw i32 %422, 50
  %424 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %419
  %425 = load i32, ptr %424, align 4, !tbaa !10
  %426 = call i32 @llvm.smax.i32(i32 %423, i32 %425)
  store i32 %426, ptr %424, align 4
  %427 = add nsw i64 %419, -1
  %428 = icmp sgt i64 %419, 23
  br i1 %428, label %418, label %429, !llvm.loop !36

429:                                              ; preds = %418, %389
  %430 = icmp eq i64 %236, 0
  br i1 %430, label %451, label %431

431:                                              ; preds = %429, %431
  %432 = phi i64 [ %449, %431 ], [ 0, %429 ]
  %433 = sub i64 %222, %432
  %434 = add nsw i64 %433, -5
  %435 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %434
  %436 = getelementptr inbounds i8, ptr %435, i64 -12
  %437 = getelementptr inbounds i8, ptr %435, i64 -28
  %438 = load <4 x i32>, ptr %436, align 4, !tbaa !10
  %439 = load <4 x i32>, ptr %437, align 4, !tbaa !10
  %440 = add nsw <4 x i32> %438, <i32 9, i32 9, i32 9, i32 9>
  %441 = add nsw <4 x i32> %439, <i32 9, i32 9, i32 9, i32 9>
  %442 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %433
  %443 = getelementptr inbounds i8, ptr %442, i64 -12
  %444 = getelementptr inbounds i8, ptr %442, i64 -28
  %445 = load <4 x i32>, ptr %443, align 4, !tbaa !10
  %446 = load <4 x i32>, ptr %444, align 4, !tbaa !10
  %447 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %440, <4 x i32> %445)
  %448 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %441, <4 x i32> %446)
  store <4 x i32> %447, ptr %443, align 4
  store <4 x i32> %448, ptr %444, align 4
  %449 = add nuw i64 %432, 8
  %450 = icmp eq i64 %449, %236
  br i1 %450, label %462, label %431, !llvm.loop !37

451:                                              ; preds = %429, %451
  %452 = phi i64 [ %460, %451 ], [ %222, %429 ]
  %453 = add nsw i64 %452, -5
  %454 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %453
  %455 = load i32, ptr %454, align 4, !tbaa !10
  %456 = add nsw i32 %455, 9
  %457 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %452
  %458 = load i32, ptr %457, align 4, !tbaa !10
  %459 = call i32 @llvm.smax.i32(i32 %456, i32 %458)
  store i32 %459, ptr %457, align 4
  %460 = add nsw i64 %452, -1
  %461 = icmp sgt i64 %452, 5
  br i1 %461, label %451, label %462, !llvm.loop !38

462:                                              ; preds = %431, %451
  %463 = icmp eq i64 %221, 0
  br i1 %463, label %486, label %464

464:                                              ; preds = %462
  %465 = sub i64 %222, %237
  br label %466

466:                                              ; preds = %466, %464
  %467 = phi i64 [ 0, %464 ], [ %484, %466 ]
  %468 = sub i64 %222, %467
  %469 = add nsw i64 %468, -14
  %470 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %469
  %471 = getelementptr inbounds i8, ptr %470, i64 -12
  %472 = getelementptr inbounds i8, ptr %470, i64 -28
  %473 = load <4 x i32>, ptr %471, align 4, !tbaa !10
  %474 = load <4 x i32>, ptr %472, align 4, !tbaa !10
  %475 = add nsw <4 x i32> %473, <i32 30, i32 30, i32 30, i32 30>
  %476 = add nsw <4 x i32> %474, <i32 30, i32 30, i32 30, i32 30>
  %477 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %468
  %478 = getelementptr inbounds i8, ptr %477, i64 -12
  %479 = getelementptr inbounds i8, ptr %477, i64 -28
  %480 = load <4 x i32>, ptr %478, align 4, !tbaa !10
  %481 = load <4 x i32>, ptr %479, align 4, !tbaa !10
  %482 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %475, <4 x i32> %480)
  %483 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %476, <4 x i32> %481)
  store <4 x i32> %482, ptr %478, align 4
  store <4 x i32> %483, ptr %479, align 4
  %484 = add nuw i64 %467, 8
  %485 = icmp eq i64 %484, %237
  br i1 %485, label %486, label %466, !llvm.loop !39

486:                                              ; preds = %466, %462
  %487 = phi i64 [ %222, %462 ], [ %465, %466 ]
  br label %488

488:                                              ; preds = %486, %488
  %489 = phi i64 [ %497, %488 ], [ %487, %486 ]
  %490 = add nsw i64 %489, -14
  %491 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %490
  %492 = load i32, ptr %491, align 4, !tbaa !10
  %493 = add nsw i32 %492, 30
  %494 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %489
  %495 = load i32, ptr %494, align 4, !tbaa !10
  %496 = call i32 @llvm.smax.i32(i32 %493, i32 %495)
  store i32 %496, ptr %494, align 4
  %497 = add nsw i64 %489, -1
  %498 = icmp sgt i64 %489, 14
  br i1 %498, label %488, label %537, !llvm.loop !40

499:                                              ; preds = %239, %499
  %500 = phi i64 [ %508, %499 ], [ %240, %239 ]
  %501 = add nsw i64 %500, -12
  %502 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %501
  %503 = load i32, ptr %502, align 4, !tbaa !10
  %504 = add nsw i32 %503, 24
  %505 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %500
  %506 = load i32, ptr %505, align 4, !tbaa !10
  %507 = call i32 @llvm.smax.i32(i32 %504, i32 %506)
  store i32 %507, ptr %505, align 4
  %508 = add nsw i64 %500, -1
  %509 = icmp ugt i64 %500, 12
  br i1 %509, label %499, label %510, !llvm.loop !41

510:                                              ; preds = %499
  %511 = icmp ult i64 %226, 8
  br i1 %511, label %512, label %514

512:                                              ; preds = %517, %510
  %513 = phi i64 [ %222, %510 ], [ %516, %517 ]
  br label %264

514:                                              ; preds = %510
  %515 = add i64 %225, 8
  %516 = sub i64 %222, %515
  br label %517

517:                                              ; preds = %517, %514
  %518 = phi i64 [ 0, %514 ], [ %535, %517 ]
  %519 = sub i64 %222, %518
  %520 = add nsw i64 %519, -7
  %521 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %520
  %522 = getelementptr inbounds i8, ptr %521, i64 -12
  %523 = getelementptr inbounds i8, ptr %521, i64 -28
  %524 = load <4 x i32>, ptr %522, align 4, !tbaa !10
  %525 = load <4 x i32>, ptr %523, align 4, !tbaa !10
  %526 = add nsw <4 x i32> %524, <i32 13, i32 13, i32 13, i32 13>
  %527 = add nsw <4 x i32> %525, <i32 13, i32 13, i32 13, i32 13>
  %528 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %519
  %529 = getelementptr inbounds i8, ptr %528, i64 -12
  %530 = getelementptr inbounds i8, ptr %528, i64 -28
  %531 = load <4 x i32>, ptr %529, align 4, !tbaa !10
  %532 = load <4 x i32>, ptr %530, align 4, !tbaa !10
  %533 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %526, <4 x i32> %531)
  %534 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %527, <4 x i32> %532)
  store <4 x i32> %533, ptr %529, align 4
  store <4 x i32> %534, ptr %530, align 4
  %535 = add nuw i64 %518, 8
  %536 = icmp eq i64 %518, %225
  br i1 %536, label %512, label %517, !llvm.loop !42

537:                                              ; preds = %488
  %538 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %222
  %539 = load i32, ptr %538, align 4, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 404, ptr nonnull %1) #8
  %540 = trunc nuw nsw i64 %222 to i32
  %541 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %540, i32 noundef %539)
  %542 = add nuw nsw i64 %222, 40
  %543 = icmp ult i64 %222, 61
  %544 = add i64 %221, 1
  br i1 %543, label %220, label %185, !llvm.loop !43
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i64 @coin_ways(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #4 {
  %3 = alloca [1001 x i64], align 8
  call void @llvm.lifetime.start.p0(i64 8008, ptr nonnull %3) #8
  %4 = getelementptr inbounds i8, ptr %3, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(8008) %4, i8 0, i64 8000, i1 false)
  store i64 1, ptr %3, align 8
  %5 = add i32 %1, 1
  %6 = load i32, ptr %0, align 4, !tbaa !10
  %7 = icmp sgt i32 %6, %1
  br i1 %7, label %50, label %8

8:                                                ; preds = %2
  %9 = sext i32 %6 to i64
  %10 = sub i32 %1, %6
  %11 = zext i32 %10 to i64
  %12 = add nuw nsw i64 %11, 1
  %13 = icmp ult i32 %10, 9
  br i1 %13, label %14, label %16

14:                                               ; preds = %48, %16, %8
  %15 = phi i64 [ %9, %16 ], [ %9, %8 ], [ %32, %48 ]
  br label %453

16:                                               ; preds = %8
  %17 = shl nsw i64 %9, 3
  %18 = getelementptr i8, ptr %3, i64 %17
  %19 = sub i32 %1, %6
  %20 = zext i32 %19 to i64
  %21 = shl nuw nsw i64 %20, 3
  %22 = getelementptr i8, ptr %3, i64 %17
  %23 = getelementptr i8, ptr %22, i64 %21
  %24 = getelementptr i8, ptr %23, i64 8
  %25 = getelementptr i8, ptr %3, i64 %21
  %26 = getelementptr i8, ptr %25, i64 8
  %27 = icmp ult ptr %18, %26
  %28 = icmp ult ptr %3, %24
  %29 = and i1 %27, %28
  br i1 %29, label %14, label %30

30:                                               ; preds = %16
  %31 = and i64 %12, 8589934588
  %32 = add nsw i64 %31, %9
  br label %33

33:                                               ; preds = %33, %30
  %34 = phi i64 [ 0, %30 ], [ %46, %33 ]
  %35 = add i64 %34, %9
  %36 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %34
  %37 = getelementptr inbounds i8, ptr %36, i64 16
  %38 = load <2 x i64>, ptr %36, align 8, !tbaa !44, !alias.scope !46
  %39 = load <2 x i64>, ptr %37, align 8, !tbaa !44, !alias.scope !46
  %40 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %35
  %41 = getelementptr inbounds i8, ptr %40, i64 16
  %42 = load <2 x i64>, ptr %40, align 8, !tbaa !44, !alias.scope !49, !noalias !46
  %43 = load <2 x i64>, ptr %41, align 8, !tbaa !44, !alias.scope !49, !noalias !46
  %44 = add nsw <2 x i64> %42, %38
  %45 = add nsw <2 x i64> %43, %39
  store <2 x i64> %44, ptr %40, align 8, !tbaa !44, !alias.scope !49, !noalias !46
  store <2 x i64> %45, ptr %41, align 8, !tbaa !44, !alias.scope !49, !noalias !46
  %46 = add nuw i64 %34, 4
  %47 = icmp eq i64 %46, %31
  br i1 %47, label %48, label %33, !llvm.loop !51

48:                                               ; preds = %33
  %49 = icmp eq i64 %12, %31
  br i1 %49, label %50, label %14

50:                                               ; preds = %453, %48, %2
  %51 = getelementptr inbounds i8, ptr %0, i64 4
  %52 = load i32, ptr %51, align 4, !tbaa !10
  %53 = icmp sgt i32 %52, %1
  br i1 %53, label %107, label %54

54:                                               ; preds = %50
  %55 = sext i32 %52 to i64
  %56 = sub i32 %1, %52
  %57 = zext i32 %56 to i64
  %58 = add nuw nsw i64 %57, 1
  %59 = icmp ult i32 %56, 9
  br i1 %59, label %94, label %60

60:                                               ; preds = %54
  %61 = shl nsw i64 %55, 3
  %62 = getelementptr i8, ptr %3, i64 %61
  %63 = sub i32 %1, %52
  %64 = zext i32 %63 to i64
  %65 = shl nuw nsw i64 %64, 3
  %66 = getelementptr i8, ptr %3, i64 %61
  %67 = getelementptr i8, ptr %66, i64 %65
  %68 = getelementptr i8, ptr %67, i64 8
  %69 = getelementptr i8, ptr %3, i64 %65
  %70 = getelementptr i8, ptr %69, i64 8
  %71 = icmp ult ptr %62, %70
  %72 = icmp ult ptr %3, %68
  %73 = and i1 %71, %72
  br i1 %73, label %94, label %74

74:                                               ; preds = %60
  %75 = and i64 %58, 8589934588
  %76 = add nsw i64 %75, %55
  br label %77

77:                                               ; preds = %77, %74
  %78 = phi i64 [ 0, %74 ], [ %90, %77 ]
  %79 = add i64 %78, %55
  %80 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %78
  %81 = getelementptr inbounds i8, ptr %80, i64 16
  %82 = load <2 x i64>, ptr %80, align 8, !tbaa !44, !alias.scope !52
  %83 = load <2 x i64>, ptr %81, align 8, !tbaa !44, !alias.scope !52
  %84 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %79
  %85 = getelementptr inbounds i8, ptr %84, i64 16
  %86 = load <2 x i64>, ptr %84, align 8, !tbaa !44, !alias.scope !55, !noalias !52
  %87 = load <2 x i64>, ptr %85, align 8, !tbaa !44, !alias.scope !55, !noalias !52
  %88 = add nsw <2 x i64> %86, %82
  %89 = add nsw <2 x i64> %87, %83
  store <2 x i64> %88, ptr %84, align 8, !tbaa !44, !alias.scope !55, !noalias !52
  store <2 x i64> %89, ptr %85, align 8, !tbaa !44, !alias.scope !55, !noalias !52
  %90 = add nuw i64 %78, 4
  %91 = icmp eq i64 %90, %75
  br i1 %91, label %92, label %77, !llvm.loop !57

92:                                               ; preds = %77
  %93 = icmp eq i64 %58, %75
  br i1 %93, label %107, label %94

94:                                               ; preds = %92, %60, %54
  %95 = phi i64 [ %55, %60 ], [ %55, %54 ], [ %76, %92 ]
  br label %96

96:                                               ; preds = %94, %96
  %97 = phi i64 [ %104, %96 ], [ %95, %94 ]
  %98 = sub nsw i64 %97, %55
  %99 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %98
  %100 = load i64, ptr %99, align 8, !tbaa !44
  %101 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %97
  %102 = load i64, ptr %101, align 8, !tbaa !44
  %103 = add nsw i64 %102, %100
  store i64 %103, ptr %101, align 8, !tbaa !44
  %104 = add nsw i64 %97, 1
  %105 = trunc i64 %104 to i32
  %106 = icmp eq i32 %5, %105
  br i1 %106, label %107, label %96, !llvm.loop !58

107:                                              ; preds = %96, %92, %50
  %108 = getelementptr inbounds i8, ptr %0, i64 8
  %109 = load i32, ptr %108, align 4, !tbaa !10
  %110 = icmp sgt i32 %109, %1
  br i1 %110, label %164, label %111

111:                                              ; preds = %107
  %112 = sext i32 %109 to i64
  %113 = sub i32 %1, %109
  %114 = zext i32 %113 to i64
  %115 = add nuw nsw i64 %114, 1
  %116 = icmp ult i32 %113, 9
  br i1 %116, label %151, label %117

117:                                              ; preds = %111
  %118 = shl nsw i64 %112, 3
  %119 = getelementptr i8, ptr %3, i64 %118
  %120 = sub i32 %1, %109
  %121 = zext i32 %120 to i64
  %122 = shl nuw nsw i64 %121, 3
  %123 = getelementptr i8, ptr %3, i64 %118
  %124 = getelementptr i8, ptr %123, i64 %122
  %125 = getelementptr i8, ptr %124, i64 8
  %126 = getelementptr i8, ptr %3, i64 %122
  %127 = getelementptr i8, ptr %126, i64 8
  %128 = icmp ult ptr %119, %127
  %129 = icmp ult ptr %3, %125
  %130 = and i1 %128, %129
  br i1 %130, label %151, label %131

131:                                              ; preds = %117
  %132 = and i64 %115, 8589934588
  %133 = add nsw i64 %132, %112
  br label %134

134:                                              ; preds = %134, %131
  %135 = phi i64 [ 0, %131 ], [ %147, %134 ]
  %136 = add i64 %135, %112
  %137 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %135
  %138 = getelementptr inbounds i8, ptr %137, i64 16
  %139 = load <2 x i64>, ptr %137, align 8, !tbaa !44, !alias.scope !59
  %140 = load <2 x i64>, ptr %138, align 8, !tbaa !44, !alias.scope !59
  %141 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %136
  %142 = getelementptr inbounds i8, ptr %141, i64 16
  %143 = load <2 x i64>, ptr %141, align 8, !tbaa !44, !alias.scope !62, !noalias !59
  %144 = load <2 x i64>, ptr %142, align 8, !tbaa !44, !alias.scope !62, !noalias !59
  %145 = add nsw <2 x i64> %143, %139
  %146 = add nsw <2 x i64> %144, %140
  store <2 x i64> %145, ptr %141, align 8, !tbaa !44, !alias.scope !62, !noalias !59
  store <2 x i64> %146, ptr %142, align 8, !tbaa !44, !alias.scope !62, !noalias !59
  %147 = add nuw i64 %135, 4
  %148 = icmp eq i64 %147, %132
  br i1 %148, label %149, label %134, !llvm.loop !64

149:                                              ; preds = %134
  %150 = icmp eq i64 %115, %132
  br i1 %150, label %164, label %151

151:                                              ; preds = %149, %117, %111
  %152 = phi i64 [ %112, %117 ], [ %112, %111 ], [ %133, %149 ]
  br label %153

153:                                              ; preds = %151, %153
  %154 = phi i64 [ %161, %153 ], [ %152, %151 ]
  %155 = sub nsw i64 %154, %112
  %156 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %155
  %157 = load i64, ptr %156, align 8, !tbaa !44
  %158 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %154
  %159 = load i64, ptr %158, align 8, !tbaa !44
  %160 = add nsw i64 %159, %157
  store i64 %160, ptr %158, align 8, !tbaa !44
  %161 = add nsw i64 %154, 1
  %162 = trunc i64 %161 to i32
  %163 = icmp eq i32 %5, %162
  br i1 %163, label %164, label %153, !llvm.loop !65

164:                                              ; preds = %153, %149, %107
  %165 = getelementptr inbounds i8, ptr %0, i64 12
  %166 = load i32, ptr %165, align 4, !tbaa !10
  %167 = icmp sgt i32 %166, %1
  br i1 %167, label %221, label %168

168:                                              ; preds = %164
  %169 = sext i32 %166 to i64
  %170 = sub i32 %1, %166
  %171 = zext i32 %170 to i64
  %172 = add nuw nsw i64 %171, 1
  %173 = icmp ult i32 %170, 9
  br i1 %173, label %208, label %174

174:                                              ; preds = %168
  %175 = shl nsw i64 %169, 3
  %176 = getelementptr i8, ptr %3, i64 %175
  %177 = sub i32 %1, %166
  %178 = zext i32 %177 to i64
  %179 = shl nuw nsw i64 %178, 3
  %180 = getelementptr i8, ptr %3, i64 %175
  %181 = getelementptr i8, ptr %180, i64 %179
  %182 = getelementptr i8, ptr %181, i64 8
  %183 = getelementptr i8, ptr %3, i64 %179
  %184 = getelementptr i8, ptr %183, i64 8
  %185 = icmp ult ptr %176, %184
  %186 = icmp ult ptr %3, %182
  %187 = and i1 %185, %186
  br i1 %187, label %208, label %188

188:                                              ; preds = %174
  %189 = and i64 %172, 8589934588
  %190 = add nsw i64 %189, %169
  br label %191

191:                                              ; preds = %191, %188
  %192 = phi i64 [ 0, %188 ], [ %204, %191 ]
  %193 = add i64 %192, %169
  %194 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %192
  %195 = getelementptr inbounds i8, ptr %194, i64 16
  %196 = load <2 x i64>, ptr %194, align 8, !tbaa !44, !alias.scope !66
  %197 = load <2 x i64>, ptr %195, align 8, !tbaa !44, !alias.scope !66
  %198 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %193
  %199 = getelementptr inbounds i8, ptr %198, i64 16
  %200 = load <2 x i64>, ptr %198, align 8, !tbaa !44, !alias.scope !69, !noalias !66
  %201 = load <2 x i64>, ptr %199, align 8, !tbaa !44, !alias.scope !69, !noalias !66
  %202 = add nsw <2 x i64> %200, %196
  %203 = add nsw <2 x i64> %201, %197
  store <2 x i64> %202, ptr %198, align 8, !tbaa !44, !alias.scope !69, !noalias !66
  store <2 x i64> %203, ptr %199, align 8, !tbaa !44, !alias.scope !69, !noalias !66
  %204 = add nuw i64 %192, 4
  %205 = icmp eq i64 %204, %189
  br i1 %205, label %206, label %191, !llvm.loop !71

206:                                              ; preds = %191
  %207 = icmp eq i64 %172, %189
  br i1 %207, label %221, label %208

208:                                              ; preds = %206, %174, %168
  %209 = phi i64 [ %169, %174 ], [ %169, %168 ], [ %190, %206 ]
  br label %210

210:                                              ; preds = %208, %210
  %211 = phi i64 [ %218, %210 ], [ %209, %208 ]
  %212 = sub nsw i64 %211, %169
  %213 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %212
  %214 = load i64, ptr %213, align 8, !tbaa !44
  %215 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %211
  %216 = load i64, ptr %215, align 8, !tbaa !44
  %217 = add nsw i64 %216, %214
  store i64 %217, ptr %215, align 8, !tbaa !44
  %218 = add nsw i64 %211, 1
  %219 = trunc i64 %218 to i32
  %220 = icmp eq i32 %5, %219
  br i1 %220, label %221, label %210, !llvm.loop !72

221:                                              ; preds = %210, %206, %164
  %222 = getelementptr inbounds i8, ptr %0, i64 16
  %223 = load i32, ptr %222, align 4, !tbaa !10
  %224 = icmp sgt i32 %223, %1
  br i1 %224, label %278, label %225

225:                                              ; preds = %221
  %226 = sext i32 %223 to i64
  %227 = sub i32 %1, %223
  %228 = zext i32 %227 to i64
  %229 = add nuw nsw i64 %228, 1
  %230 = icmp ult i32 %227, 9
  br i1 %230, label %265, label %231

231:                                              ; preds = %225
  %232 = shl nsw i64 %226, 3
  %233 = getelementptr i8, ptr %3, i64 %232
  %234 = sub i32 %1, %223
  %235 = zext i32 %234 to i64
  %236 = shl nuw nsw i64 %235, 3
  %237 = getelementptr i8, ptr %3, i64 %232
  %238 = getelementptr i8, ptr %237, i64 %236
  %239 = getelementptr i8, ptr %238, i64 8
  %240 = getelementptr i8, ptr %3, i64 %236
  %241 = getelementptr i8, ptr %240, i64 8
  %242 = icmp ult ptr %233, %241
  %243 = icmp ult ptr %3, %239
  %244 = and i1 %242, %243
  br i1 %244, label %265, label %245

245:                                              ; preds = %231
  %246 = and i64 %229, 8589934588
  %247 = add nsw i64 %246, %226
  br label %248

248:                                              ; preds = %248, %245
  %249 = phi i64 [ 0, %245 ], [ %261, %248 ]
  %250 = add i64 %249, %226
  %251 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %249
  %252 = getelementptr inbounds i8, ptr %251, i64 16
  %253 = load <2 x i64>, ptr %251, align 8, !tbaa !44, !alias.scope !73
  %254 = load <2 x i64>, ptr %252, align 8, !tbaa !44, !alias.scope !73
  %255 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %250
  %256 = getelementptr inbounds i8, ptr %255, i64 16
  %257 = load <2 x i64>, ptr %255, align 8, !tbaa !44, !alias.scope !76, !noalias !73
  %258 = load <2 x i64>, ptr %256, align 8, !tbaa !44, !alias.scope !76, !noalias !73
  %259 = add nsw <2 x i64> %257, %253
  %260 = add nsw <2 x i64> %258, %254
  store <2 x i64> %259, ptr %255, align 8, !tbaa !44, !alias.scope !76, !noalias !73
  store <2 x i64> %260, ptr %256, align 8, !tbaa !44, !alias.scope !76, !noalias !73
  %261 = add nuw i64 %249, 4
  %262 = icmp eq i64 %261, %246
  br i1 %262, label %263, label %248, !llvm.loop !78

263:                                              ; preds = %248
  %264 = icmp eq i64 %229, %246
  br i1 %264, label %278, label %265

265:                                              ; preds = %263, %231, %225
  %266 = phi i64 [ %226, %231 ], [ %226, %225 ], [ %247, %263 ]
  br label %267

267:                                              ; preds = %265, %267
  %268 = phi i64 [ %275, %267 ], [ %266, %265 ]
  %269 = sub nsw i64 %268, %226
  %270 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %269
  %271 = load i64, ptr %270, align 8, !tbaa !44
  %272 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %268
  %273 = load i64, ptr %272, align 8, !tbaa !44
  %274 = add nsw i64 %273, %271
  store i64 %274, ptr %272, align 8, !tbaa !44
  %275 = add nsw i64 %268, 1
  %276 = trunc i64 %275 to i32
  %277 = icmp eq i32 %5, %276
  br i1 %277, label %278, label %267, !llvm.loop !79

278:                                              ; preds = %267, %263, %221
  %279 = getelementptr inbounds i8, ptr %0, i64 20
  %280 = load i32, ptr %279, align 4, !tbaa !10
  %281 = icmp sgt i32 %280, %1
  br i1 %281, label %335, label %282

282:                                              ; preds = %278
  %283 = sext i32 %280 to i64
  %284 = sub i32 %1, %280
  %285 = zext i32 %284 to i64
  %286 = add nuw nsw i64 %285, 1
  %287 = icmp ult i32 %284, 9
  br i1 %287, label %322, label %288

288:                                              ; preds = %282
  %289 = shl nsw i64 %283, 3
  %290 = getelementptr i8, ptr %3, i64 %289
  %291 = sub i32 %1, %280
  %292 = zext i32 %291 to i64
  %293 = shl nuw nsw i64 %292, 3
  %294 = getelementptr i8, ptr %3, i64 %289
  %295 = getelementptr i8, ptr %294, i64 %293
  %296 = getelementptr i8, ptr %295, i64 8
  %297 = getelementptr i8, ptr %3, i64 %293
  %298 = getelementptr i8, ptr %297, i64 8
  %299 = icmp ult ptr %290, %298
  %300 = icmp ult ptr %3, %296
  %301 = and i1 %299, %300
  br i1 %301, label %322, label %302

302:                                              ; preds = %288
  %303 = and i64 %286, 8589934588
  %304 = add nsw i64 %303, %283
  br label %305

305:                                              ; preds = %305, %302
  %306 = phi i64 [ 0, %302 ], [ %318, %305 ]
  %307 = add i64 %306, %283
  %308 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %306
  %309 = getelementptr inbounds i8, ptr %308, i64 16
  %310 = load <2 x i64>, ptr %308, align 8, !tbaa !44, !alias.scope !80
  %311 = load <2 x i64>, ptr %309, align 8, !tbaa !44, !alias.scope !80
  %312 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %307
  %313 = getelementptr inbounds i8, ptr %312, i64 16
  %314 = load <2 x i64>, ptr %312, align 8, !tbaa !44, !alias.scope !83, !noalias !80
  %315 = load <2 x i64>, ptr %313, align 8, !tbaa !44, !alias.scope !83, !noalias !80
  %316 = add nsw <2 x i64> %314, %310
  %317 = add nsw <2 x i64> %315, %311
  store <2 x i64> %316, ptr %312, align 8, !tbaa !44, !alias.scope !83, !noalias !80
  store <2 x i64> %317, ptr %313, align 8, !tbaa !44, !alias.scope !83, !noalias !80
  %318 = add nuw i64 %306, 4
  %319 = icmp eq i64 %318, %303
  br i1 %319, label %320, label %305, !llvm.loop !85

320:                                              ; preds = %305
  %321 = icmp eq i64 %286, %303
  br i1 %321, label %335, label %322

322:                                              ; preds = %320, %288, %282
  %323 = phi i64 [ %283, %288 ], [ %283, %282 ], [ %304, %320 ]
  br label %324

324:                                              ; preds = %322, %324
  %325 = phi i64 [ %332, %324 ], [ %323, %322 ]
  %326 = sub nsw i64 %325, %283
  %327 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %326
  %328 = load i64, ptr %327, align 8, !tbaa !44
  %329 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %325
  %330 = load i64, ptr %329, align 8, !tbaa !44
  %331 = add nsw i64 %330, %328
  store i64 %331, ptr %329, align 8, !tbaa !44
  %332 = add nsw i64 %325, 1
  %333 = trunc i64 %332 to i32
  %334 = icmp eq i32 %5, %333
  br i1 %334, label %335, label %324, !llvm.loop !86

335:                                              ; preds = %324, %320, %278
  %336 = getelementptr inbounds i8, ptr %0, i64 24
  %337 = load i32, ptr %336, align 4, !tbaa !10
  %338 = icmp sgt i32 %337, %1
  br i1 %338, label %392, label %339

339:                                              ; preds = %335
  %340 = sext i32 %337 to i64
  %341 = sub i32 %1, %337
  %342 = zext i32 %341 to i64
  %343 = add nuw nsw i64 %342, 1
  %344 = icmp ult i32 %341, 9
  br i1 %344, label %379, label %345

345:                                              ; preds = %339
  %346 = shl nsw i64 %340, 3
  %347 = getelementptr i8, ptr %3, i64 %346
  %348 = sub i32 %1, %337
  %349 = zext i32 %348 to i64
  %350 = shl nuw nsw i64 %349, 3
  %351 = getelementptr i8, ptr %3, i64 %346
  %352 = getelementptr i8, ptr %351, i64 %350
  %353 = getelementptr i8, ptr %352, i64 8
  %354 = getelementptr i8, ptr %3, i64 %350
  %355 = getelementptr i8, ptr %354, i64 8
  %356 = icmp ult ptr %347, %355
  %357 = icmp ult ptr %3, %353
  %358 = and i1 %356, %357
  br i1 %358, label %379, label %359

359:                                              ; preds = %345
  %360 = and i64 %343, 8589934588
  %361 = add nsw i64 %360, %340
  br label %362

362:                                              ; preds = %362, %359
  %363 = phi i64 [ 0, %359 ], [ %375, %362 ]
  %364 = add i64 %363, %340
  %365 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %363
  %366 = getelementptr inbounds i8, ptr %365, i64 16
  %367 = load <2 x i64>, ptr %365, align 8, !tbaa !44, !alias.scope !87
  %368 = load <2 x i64>, ptr %366, align 8, !tbaa !44, !alias.scope !87
  %369 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %364
  %370 = getelementptr inbounds i8, ptr %369, i64 16
  %371 = load <2 x i64>, ptr %369, align 8, !tbaa !44, !alias.scope !90, !noalias !87
  %372 = load <2 x i64>, ptr %370, align 8, !tbaa !44, !alias.scope !90, !noalias !87
  %373 = add nsw <2 x i64> %371, %367
  %374 = add nsw <2 x i64> %372, %368
  store <2 x i64> %373, ptr %369, align 8, !tbaa !44, !alias.scope !90, !noalias !87
  store <2 x i64> %374, ptr %370, align 8, !tbaa !44, !alias.scope !90, !noalias !87
  %375 = add nuw i64 %363, 4
  %376 = icmp eq i64 %375, %360
  br i1 %376, label %377, label %362, !llvm.loop !92

377:                                              ; preds = %362
  %378 = icmp eq i64 %343, %360
  br i1 %378, label %392, label %379

379:                                              ; preds = %377, %345, %339
  %380 = phi i64 [ %340, %345 ], [ %340, %339 ], [ %361, %377 ]
  br label %381

381:                                              ; preds = %379, %381
  %382 = phi i64 [ %389, %381 ], [ %380, %379 ]
  %383 = sub nsw i64 %382, %340
  %384 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %383
  %385 = load i64, ptr %384, align 8, !tbaa !44
  %386 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %382
  %387 = load i64, ptr %386, align 8, !tbaa !44
  %388 = add nsw i64 %387, %385
  store i64 %388, ptr %386, align 8, !tbaa !44
  %389 = add nsw i64 %382, 1
  %390 = trunc i64 %389 to i32
  %391 = icmp eq i32 %5, %390
  br i1 %391, label %392, label %381, !llvm.loop !93

392:                                              ; preds = %381, %377, %335
  %393 = getelementptr inbounds i8, ptr %0, i64 28
  %394 = load i32, ptr %393, align 4, !tbaa !10
  %395 = icmp sgt i32 %394, %1
  br i1 %395, label %449, label %396

396:                                              ; preds = %392
  %397 = sext i32 %394 to i64
  %398 = sub i32 %1, %394
  %399 = zext i32 %398 to i64
  %400 = add nuw nsw i64 %399, 1
  %401 = icmp ult i32 %398, 9
  br i1 %401, label %436, label %402

402:                                              ; preds = %396
  %403 = shl nsw i64 %397, 3
  %404 = getelementptr i8, ptr %3, i64 %403
  %405 = sub i32 %1, %394
  %406 = zext i32 %405 to i64
  %407 = shl nuw nsw i64 %406, 3
  %408 = getelementptr i8, ptr %3, i64 %403
  %409 = getelementptr i8, ptr %408, i64 %407
  %410 = getelementptr i8, ptr %409, i64 8
  %411 = getelementptr i8, ptr %3, i64 %407
  %412 = getelementptr i8, ptr %411, i64 8
  %413 = icmp ult ptr %404, %412
  %414 = icmp ult ptr %3, %410
  %415 = and i1 %413, %414
  br i1 %415, label %436, label %416

416:                                              ; preds = %402
  %417 = and i64 %400, 8589934588
  %418 = add nsw i64 %417, %397
  br label %419

419:                                              ; preds = %419, %416
  %420 = phi i64 [ 0, %416 ], [ %432, %419 ]
  %421 = add i64 %420, %397
  %422 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %420
  %423 = getelementptr inbounds i8, ptr %422, i64 16
  %424 = load <2 x i64>, ptr %422, align 8, !tbaa !44, !alias.scope !94
  %425 = load <2 x i64>, ptr %423, align 8, !tbaa !44, !alias.scope !94
  %426 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %421
  %427 = getelementptr inbounds i8, ptr %426, i64 16
  %428 = load <2 x i64>, ptr %426, align 8, !tbaa !44, !alias.scope !97, !noalias !94
  %429 = load <2 x i64>, ptr %427, align 8, !tbaa !44, !alias.scope !97, !noalias !94
  %430 = add nsw <2 x i64> %428, %424
  %431 = add nsw <2 x i64> %429, %425
  store <2 x i64> %430, ptr %426, align 8, !tbaa !44, !alias.scope !97, !noalias !94
  store <2 x i64> %431, ptr %427, align 8, !tbaa !44, !alias.scope !97, !noalias !94
  %432 = add nuw i64 %420, 4
  %433 = icmp eq i64 %432, %417
  br i1 %433, label %434, label %419, !llvm.loop !99

434:                                              ; preds = %419
  %435 = icmp eq i64 %400, %417
  br i1 %435, label %449, label %436

436:                                              ; preds = %434, %402, %396
  %437 = phi i64 [ %397, %402 ], [ %397, %396 ], [ %418, %434 ]
  br label %438

438:                                              ; preds = %436, %438
  %439 = phi i64 [ %446, %438 ], [ %437, %436 ]
  %440 = sub nsw i64 %439, %397
  %441 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %440
  %442 = load i64, ptr %441, align 8, !tbaa !44
  %443 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %439
  %444 = load i64, ptr %443, align 8, !tbaa !44
  %445 = add nsw i64 %444, %442
  store i64 %445, ptr %443, align 8, !tbaa !44
  %446 = add nsw i64 %439, 1
  %447 = trunc i64 %446 to i32
  %448 = icmp eq i32 %5, %447
  br i1 %448, label %449, label %438, !llvm.loop !100

449:                                              ; preds = %438, %434, %392
  %450 = zext nneg i32 %1 to i64
  %451 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %450
  %452 = load i64, ptr %451, align 8, !tbaa !44
  call void @llvm.lifetime.end.p0(i64 8008, ptr nonnull %3) #8
  ret i64 %452

453:                                              ; preds = %14, %453
  %454 = phi i64 [ %461, %453 ], [ %15, %14 ]
  %455 = sub nsw i64 %454, %9
  %456 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %455
  %457 = load i64, ptr %456, align 8, !tbaa !44
  %458 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %454
  %459 = load i64, ptr %458, align 8, !tbaa !44
  %460 = add nsw i64 %459, %457
  store i64 %460, ptr %458, align 8, !tbaa !44
  %461 = add nsw i64 %454, 1
  %462 = trunc i64 %461 to i32
  %463 = icmp eq i32 %5, %462
  br i1 %463, label %50, label %453, !llvm.loop !101
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>) #7

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!8, !8, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14, !16}
!16 = !{!"llvm.loop.peeled.count", i32 1}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14, !19, !20}
!19 = !{!"llvm.loop.isvectorized", i32 1}
!20 = !{!"llvm.loop.unroll.runtime.disable"}
!21 = distinct !{!21, !14, !20, !19}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = distinct !{!27, !14, !19, !20}
!28 = distinct !{!28, !14, !20, !19}
!29 = distinct !{!29, !14, !19, !20}
!30 = distinct !{!30, !14, !20, !19}
!31 = distinct !{!31, !14, !19, !20}
!32 = distinct !{!32, !14, !20, !19}
!33 = distinct !{!33, !14, !19, !20}
!34 = distinct !{!34, !14, !20, !19}
!35 = distinct !{!35, !14, !19, !20}
!36 = distinct !{!36, !14, !20, !19}
!37 = distinct !{!37, !14, !19, !20}
!38 = distinct !{!38, !14, !20, !19}
!39 = distinct !{!39, !14, !19, !20}
!40 = distinct !{!40, !14, !20, !19}
!41 = distinct !{!41, !14, !20, !19}
!42 = distinct !{!42, !14, !19, !20}
!43 = distinct !{!43, !14}
!44 = !{!45, !45, i64 0}
!45 = !{!"long", !8, i64 0}
!46 = !{!47}
!47 = distinct !{!47, !48}
!48 = distinct !{!48, !"LVerDomain"}
!49 = !{!50}
!50 = distinct !{!50, !48}
!51 = distinct !{!51, !14, !19, !20}
!52 = !{!53}
!53 = distinct !{!53, !54}
!54 = distinct !{!54, !"LVerDomain"}
!55 = !{!56}
!56 = distinct !{!56, !54}
!57 = distinct !{!57, !14, !19, !20}
!58 = distinct !{!58, !14, !19}
!59 = !{!60}
!60 = distinct !{!60, !61}
!61 = distinct !{!61, !"LVerDomain"}
!62 = !{!63}
!63 = distinct !{!63, !61}
!64 = distinct !{!64, !14, !19, !20}
!65 = distinct !{!65, !14, !19}
!66 = !{!67}
!67 = distinct !{!67, !68}
!68 = distinct !{!68, !"LVerDomain"}
!69 = !{!70}
!70 = distinct !{!70, !68}
!71 = distinct !{!71, !14, !19, !20}
!72 = distinct !{!72, !14, !19}
!73 = !{!74}
!74 = distinct !{!74, !75}
!75 = distinct !{!75, !"LVerDomain"}
!76 = !{!77}
!77 = distinct !{!77, !75}
!78 = distinct !{!78, !14, !19, !20}
!79 = distinct !{!79, !14, !19}
!80 = !{!81}
!81 = distinct !{!81, !82}
!82 = distinct !{!82, !"LVerDomain"}
!83 = !{!84}
!84 = distinct !{!84, !82}
!85 = distinct !{!85, !14, !19, !20}
!86 = distinct !{!86, !14, !19}
!87 = !{!88}
!88 = distinct !{!88, !89}
!89 = distinct !{!89, !"LVerDomain"}
!90 = !{!91}
!91 = distinct !{!91, !89}
!92 = distinct !{!92, !14, !19, !20}
!93 = distinct !{!93, !14, !19}
!94 = !{!95}
!95 = distinct !{!95, !96}
!96 = distinct !{!96, !"LVerDomain"}
!97 = !{!98}
!98 = distinct !{!98, !96}
!99 = distinct !{!99, !14, !19, !20}
!100 = distinct !{!100, !14, !19}
!101 = distinct !{!101, !14, !19}
