; ModuleID = 'ring_buffer.c'
source_filename = "ring_buffer.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Ring = type { [16 x i32], i32, i32 }

@.str = private unnamed_addr constant [57 x i8] c"produced=%d consumed=%d dropped=%d left=%u checksum=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"indices wrapped: head=%u tail=%u\0A\00", align 1
@maze = internal unnamed_addr constant [5 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 8
@.str.2 = private unnamed_addr constant [23 x i8] c"maze shortest path=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"S.#.......\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c".##.####.#\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"....#..#..\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"#.#.#.##.#\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"..#...#..E\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Ring, align 4
  %2 = alloca [5 x [10 x i32]], align 4
  %3 = alloca [50 x i32], align 4
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(72) %1, i8 0, i64 72, i1 false)
  br label %9

4:                                                ; preds = %51
  %5 = sub i32 %25, %52
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %27, i32 noundef %54, i32 noundef %26, i32 noundef %5, i64 noundef %53)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %52, i32 noundef %25)
  call void @llvm.lifetime.start.p0(i64 200, ptr nonnull %2) #5
  %8 = getelementptr inbounds i8, ptr %2, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(200) %8, i8 -1, i64 196, i1 false)
  call void @llvm.lifetime.start.p0(i64 200, ptr nonnull %3) #5
  store i32 0, ptr %3, align 4, !tbaa !6
  store i32 0, ptr %2, align 4, !tbaa !6
  br label %80

9:                                                ; preds = %0, %51
  %10 = phi i32 [ 0, %0 ], [ %25, %51 ]
  %11 = phi i32 [ 0, %0 ], [ %27, %51 ]
  %12 = phi i32 [ 0, %0 ], [ %54, %51 ]
  %13 = phi i32 [ 0, %0 ], [ %26, %51 ]
  %14 = phi i64 [ 0, %0 ], [ %53, %51 ]
  %15 = phi i32 [ 0, %0 ], [ %55, %51 ]
  %16 = phi i32 [ 0, %0 ], [ %52, %51 ]
  %17 = trunc nuw i32 %15 to i16
  %18 = mul nuw nsw i16 %17, 7
  %19 = urem i16 %18, 5
  %20 = zext nneg i16 %19 to i32
  %21 = icmp eq i16 %19, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %9
  %23 = mul nuw nsw i32 %15, 10
  br label %29

24:                                               ; preds = %42, %9
  %25 = phi i32 [ %10, %9 ], [ %43, %42 ]
  %26 = phi i32 [ %13, %9 ], [ %45, %42 ]
  %27 = phi i32 [ %11, %9 ], [ %48, %42 ]
  %28 = icmp eq i32 %16, %25
  br i1 %28, label %51, label %57

29:                                               ; preds = %22, %42
  %30 = phi i32 [ %10, %22 ], [ %43, %42 ]
  %31 = phi i32 [ %11, %22 ], [ %48, %42 ]
  %32 = phi i32 [ %13, %22 ], [ %45, %42 ]
  %33 = phi i32 [ 0, %22 ], [ %49, %42 ]
  %34 = sub i32 %30, %16
  %35 = icmp eq i32 %34, 16
  br i1 %35, label %42, label %36

36:                                               ; preds = %29
  %37 = add nuw nsw i32 %33, %23
  %38 = add i32 %30, 1
  %39 = and i32 %30, 15
  %40 = zext nneg i32 %39 to i64
  %41 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %40
  store i32 %37, ptr %41, align 4, !tbaa !6
  br label %42

42:                                               ; preds = %29, %36
  %43 = phi i32 [ %30, %29 ], [ %38, %36 ]
  %44 = zext i1 %35 to i32
  %45 = add nsw i32 %32, %44
  %46 = xor i1 %35, true
  %47 = zext i1 %46 to i32
  %48 = add nsw i32 %31, %47
  %49 = add nuw nsw i32 %33, 1
  %50 = icmp ult i32 %49, %20
  br i1 %50, label %29, label %24, !llvm.loop !10

51:                                               ; preds = %69, %57, %24
  %52 = phi i32 [ %16, %24 ], [ %25, %57 ], [ %70, %69 ]
  %53 = phi i64 [ %14, %24 ], [ %67, %57 ], [ %79, %69 ]
  %54 = phi i32 [ %12, %24 ], [ %63, %57 ], [ %75, %69 ]
  %55 = add nuw nsw i32 %15, 1
  %56 = icmp eq i32 %55, 100
  br i1 %56, label %4, label %9, !llvm.loop !12

57:                                               ; preds = %24
  %58 = add i32 %16, 1
  %59 = and i32 %16, 15
  %60 = zext nneg i32 %59 to i64
  %61 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !6
  %63 = add nsw i32 %12, 1
  %64 = mul nsw i64 %14, 3
  %65 = sext i32 %62 to i64
  %66 = add nsw i64 %64, %65
  %67 = srem i64 %66, 1000000007
  %68 = icmp eq i32 %58, %25
  br i1 %68, label %51, label %69

69:                                               ; preds = %57
  %70 = add i32 %16, 2
  %71 = and i32 %58, 15
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !6
  %75 = add nsw i32 %12, 2
  %76 = mul nsw i64 %67, 3
  %77 = sext i32 %74 to i64
  %78 = add nsw i64 %76, %77
  %79 = srem i64 %78, 1000000007
  br label %51

80:                                               ; preds = %4, %203
  %81 = phi i32 [ 1, %4 ], [ %204, %203 ]
  %82 = phi i32 [ 0, %4 ], [ %83, %203 ]
  %83 = add nuw nsw i32 %82, 1
  %84 = urem i32 %82, 50
  %85 = zext nneg i32 %84 to i64
  %86 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !6
  %88 = freeze i32 %87
  %89 = sdiv i32 %88, 10
  %90 = mul i32 %89, 10
  %91 = sub i32 %88, %90
  %92 = sext i32 %89 to i64
  %93 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %92
  %94 = load ptr, ptr %93, align 8, !tbaa !13
  %95 = sext i32 %91 to i64
  %96 = getelementptr inbounds i8, ptr %94, i64 %95
  %97 = load i8, ptr %96, align 1, !tbaa !15
  %98 = icmp eq i8 %97, 69
  %99 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %92, i64 %95
  br i1 %98, label %105, label %100

100:                                              ; preds = %80
  %101 = add nsw i32 %89, 1
  %102 = icmp ugt i32 %101, 4
  %103 = icmp ugt i32 %91, 9
  %104 = or i1 %102, %103
  br i1 %104, label %128, label %107

105:                                              ; preds = %80
  %106 = load i32, ptr %99, align 4, !tbaa !6
  br label %206

107:                                              ; preds = %100
  %108 = zext nneg i32 %101 to i64
  %109 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %108
  %110 = load ptr, ptr %109, align 8, !tbaa !13
  %111 = zext nneg i32 %91 to i64
  %112 = getelementptr inbounds i8, ptr %110, i64 %111
  %113 = load i8, ptr %112, align 1, !tbaa !15
  %114 = icmp eq i8 %113, 35
  br i1 %114, label %128, label %115

115:                                              ; preds = %107
  %116 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %108, i64 %111
  %117 = load i32, ptr %116, align 4, !tbaa !6
  %118 = icmp eq i32 %117, -1
  br i1 %118, label %119, label %128

119:                                              ; preds = %115
  %120 = load i32, ptr %99, align 4, !tbaa !6
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %116, align 4, !tbaa !6
  %122 = mul nuw nsw i32 %101, 10
  %123 = add nuw nsw i32 %122, %91
  %124 = add nsw i32 %81, 1
  %125 = srem i32 %81, 50
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %126
  store i32 %123, ptr %127, align 4, !tbaa !6
  br label %128

128:                                              ; preds = %107, %115, %100, %119
  %129 = phi i32 [ %124, %119 ], [ %81, %100 ], [ %81, %115 ], [ %81, %107 ]
  %130 = add nsw i32 %89, -1
  %131 = icmp ugt i32 %130, 4
  %132 = or i1 %131, %103
  br i1 %132, label %154, label %133

133:                                              ; preds = %128
  %134 = zext nneg i32 %130 to i64
  %135 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %134
  %136 = load ptr, ptr %135, align 8, !tbaa !13
  %137 = zext nneg i32 %91 to i64
  %138 = getelementptr inbounds i8, ptr %136, i64 %137
  %139 = load i8, ptr %138, align 1, !tbaa !15
  %140 = icmp eq i8 %139, 35
  br i1 %140, label %154, label %141

141:                                              ; preds = %133
  %142 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %134, i64 %137
  %143 = load i32, ptr %142, align 4, !tbaa !6
  %144 = icmp eq i32 %143, -1
  br i1 %144, label %145, label %154

145:                                              ; preds = %141
  %146 = load i32, ptr %99, align 4, !tbaa !6
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %142, align 4, !tbaa !6
  %148 = mul nuw nsw i32 %130, 10
  %149 = add nuw nsw i32 %148, %91
  %150 = add nsw i32 %129, 1
  %151 = srem i32 %129, 50
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %152
  store i32 %149, ptr %153, align 4, !tbaa !6
  br label %154

154:                                              ; preds = %145, %141, %133, %128
  %155 = phi i32 [ %150, %145 ], [ %129, %128 ], [ %129, %141 ], [ %129, %133 ]
  %156 = add nsw i32 %91, 1
  %157 = icmp ugt i32 %89, 4
  %158 = icmp ugt i32 %156, 9
  %159 = select i1 %157, i1 true, i1 %158
  br i1 %159, label %179, label %160

160:                                              ; preds = %154
  %161 = zext nneg i32 %156 to i64
  %162 = getelementptr inbounds i8, ptr %94, i64 %161
  %163 = load i8, ptr %162, align 1, !tbaa !15
  %164 = icmp eq i8 %163, 35
  br i1 %164, label %179, label %165

165:                                              ; preds = %160
  %166 = zext nneg i32 %89 to i64
  %167 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %166, i64 %161
  %168 = load i32, ptr %167, align 4, !tbaa !6
  %169 = icmp eq i32 %168, -1
  br i1 %169, label %170, label %179

170:                                              ; preds = %165
  %171 = load i32, ptr %99, align 4, !tbaa !6
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %167, align 4, !tbaa !6
  %173 = mul nuw nsw i32 %89, 10
  %174 = add nuw nsw i32 %173, %156
  %175 = add nsw i32 %155, 1
  %176 = srem i32 %155, 50
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %177
  store i32 %174, ptr %178, align 4, !tbaa !6
  br label %179

179:                                              ; preds = %170, %165, %160, %154
  %180 = phi i32 [ %175, %170 ], [ %155, %154 ], [ %155, %165 ], [ %155, %160 ]
  %181 = add nsw i32 %91, -1
  %182 = icmp ugt i32 %181, 9
  %183 = select i1 %157, i1 true, i1 %182
  br i1 %183, label %203, label %184

184:                                              ; preds = %179
  %185 = zext nneg i32 %181 to i64
  %186 = getelementptr inbounds i8, ptr %94, i64 %185
  %187 = load i8, ptr %186, align 1, !tbaa !15
  %188 = icmp eq i8 %187, 35
  br i1 %188, label %203, label %189

189:                                              ; preds = %184
  %190 = zext nneg i32 %89 to i64
  %191 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %190, i64 %185
  %192 = load i32, ptr %191, align 4, !tbaa !6
  %193 = icmp eq i32 %192, -1
  br i1 %193, label %194, label %203

194:                                              ; preds = %189
  %195 = load i32, ptr %99, align 4, !tbaa !6
  %196 = add nsw i32 %195, 1
  store i32 %196, ptr %191, align 4, !tbaa !6
  %197 = mul nuw nsw i32 %89, 10
  %198 = add nuw nsw i32 %197, %181
  %199 = add nsw i32 %180, 1
  %200 = srem i32 %180, 50
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %201
  store i32 %198, ptr %202, align 4, !tbaa !6
  br label %203

203:                                              ; preds = %194, %189, %184, %179
  %204 = phi i32 [ %199, %194 ], [ %180, %179 ], [ %180, %189 ], [ %180, %184 ]
  %205 = icmp eq i32 %83, %204
  br i1 %205, label %206, label %80

206:                                              ; preds = %203, %105
  %207 = phi i32 [ %106, %105 ], [ -1, %203 ]
  %208 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %207)
  br label %287

209:                                              ; preds = %299
  %210 = tail call i32 @putchar(i32 10)
  br label %211

211:                                              ; preds = %223, %209
  %212 = phi i64 [ 0, %209 ], [ %226, %223 ]
  %213 = getelementptr inbounds i8, ptr @.str.6, i64 %212
  %214 = load i8, ptr %213, align 1, !tbaa !15
  %215 = icmp eq i8 %214, 35
  br i1 %215, label %223, label %216

216:                                              ; preds = %211
  %217 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 1, i64 %212
  %218 = load i32, ptr %217, align 4, !tbaa !6
  %219 = icmp slt i32 %218, 0
  br i1 %219, label %223, label %220

220:                                              ; preds = %216
  %221 = urem i32 %218, 10
  %222 = or disjoint i32 %221, 48
  br label %223

223:                                              ; preds = %220, %216, %211
  %224 = phi i32 [ 35, %211 ], [ %222, %220 ], [ 63, %216 ]
  %225 = tail call i32 @putchar(i32 %224)
  %226 = add nuw nsw i64 %212, 1
  %227 = icmp eq i64 %226, 10
  br i1 %227, label %228, label %211, !llvm.loop !16

228:                                              ; preds = %223
  %229 = tail call i32 @putchar(i32 10)
  br label %230

230:                                              ; preds = %242, %228
  %231 = phi i64 [ 0, %228 ], [ %245, %242 ]
  %232 = getelementptr inbounds i8, ptr @.str.7, i64 %231
  %233 = load i8, ptr %232, align 1, !tbaa !15
  %234 = icmp eq i8 %233, 35
  br i1 %234, label %242, label %235

235:                                              ; preds = %230
  %236 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 2, i64 %231
  %237 = load i32, ptr %236, align 4, !tbaa !6
  %238 = icmp slt i32 %237, 0
  br i1 %238, label %242, label %239

239:                                              ; preds = %235
  %240 = urem i32 %237, 10
  %241 = or disjoint i32 %240, 48
  br label %242

242:                                              ; preds = %239, %235, %230
  %243 = phi i32 [ 35, %230 ], [ %241, %239 ], [ 63, %235 ]
  %244 = tail call i32 @putchar(i32 %243)
  %245 = add nuw nsw i64 %231, 1
  %246 = icmp eq i64 %245, 10
  br i1 %246, label %247, label %230, !llvm.loop !16

247:                                              ; preds = %242
  %248 = tail call i32 @putchar(i32 10)
  br label %249

249:                                              ; preds = %261, %247
  %250 = phi i64 [ 0, %247 ], [ %264, %261 ]
  %251 = getelementptr inbounds i8, ptr @.str.8, i64 %250
  %252 = load i8, ptr %251, align 1, !tbaa !15
  %253 = icmp eq i8 %252, 35
  br i1 %253, label %261, label %254

254:                                              ; preds = %249
  %255 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 3, i64 %250
  %256 = load i32, ptr %255, align 4, !tbaa !6
  %257 = icmp slt i32 %256, 0
  br i1 %257, label %261, label %258

258:                                              ; preds = %254
  %259 = urem i32 %256, 10
  %260 = or disjoint i32 %259, 48
  br label %261

261:                                              ; preds = %258, %254, %249
  %262 = phi i32 [ 35, %249 ], [ %260, %258 ], [ 63, %254 ]
  %263 = tail call i32 @putchar(i32 %262)
  %264 = add nuw nsw i64 %250, 1
  %265 = icmp eq i64 %264, 10
  br i1 %265, label %266, label %249, !llvm.loop !16

266:                                              ; preds = %261
  %267 = tail call i32 @putchar(i32 10)
  br label %268

268:                                              ; preds = %280, %266
  %269 = phi i64 [ 0, %266 ], [ %283, %280 ]
  %270 = getelementptr inbounds i8, ptr @.str.9, i64 %269
  %271 = load i8, ptr %270, align 1, !tbaa !15
  %272 = icmp eq i8 %271, 35
  br i1 %272, label %280, label %273

273:                                              ; preds = %268
  %274 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 4, i64 %269
  %275 = load i32, ptr %274, align 4, !tbaa !6
  %276 = icmp slt i32 %275, 0
  br i1 %276, label %280, label %277

277:                                              ; preds = %273
  %278 = urem i32 %275, 10
  %279 = or disjoint i32 %278, 48
  br label %280

280:                                              ; preds = %277, %273, %268
  %281 = phi i32 [ 35, %268 ], [ %279, %277 ], [ 63, %273 ]
  %282 = tail call i32 @putchar(i32 %281)
  %283 = add nuw nsw i64 %269, 1
  %284 = icmp eq i64 %283, 10
  br i1 %284, label %285, label %268, !llvm.loop !16

285:                                              ; preds = %280
  %286 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 200, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 200, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %1) #5
  ret i32 0

287:                                              ; preds = %206, %299
  %288 = phi i64 [ 0, %206 ], [ %302, %299 ]
  %289 = getelementptr inbounds i8, ptr @.str.5, i64 %288
  %290 = load i8, ptr %289, align 1, !tbaa !15
  %291 = icmp eq i8 %290, 35
  br i1 %291, label %299, label %292

292:                                              ; preds = %287
  %293 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 0, i64 %288
  %294 = load i32, ptr %293, align 4, !tbaa !6
  %295 = icmp slt i32 %294, 0
  br i1 %295, label %299, label %296

296:                                              ; preds = %292
  %297 = urem i32 %294, 10
  %298 = or disjoint i32 %297, 48
  br label %299

299:                                              ; preds = %296, %292, %287
  %300 = phi i32 [ 35, %287 ], [ %298, %296 ], [ 63, %292 ]
  %301 = tail call i32 @putchar(i32 %300)
  %302 = add nuw nsw i64 %288, 1
  %303 = icmp eq i64 %302, 10
  br i1 %303, label %209, label %287, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !8, i64 0}
!15 = !{!8, !8, i64 0}
!16 = distinct !{!16, !11}
