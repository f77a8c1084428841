; ModuleID = 'ring_buffer.c'
source_filename = "ring_buffer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Ring = type { [16 x i32], i32, i32 }

@.str = private unnamed_addr constant [57 x i8] c"produced=%d consumed=%d dropped=%d left=%u checksum=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"indices wrapped: head=%u tail=%u\0A\00", align 1
@maze = internal unnamed_addr constant [5 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str.2 = private unnamed_addr constant [23 x i8] c"maze shortest path=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"S.#.......\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c".##.####.#\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"....#..#..\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"#.#.#.##.#\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"..#...#..E\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Ring, align 4
  %2 = alloca [5 x [10 x i32]], align 16
  %3 = alloca [50 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(72) %1, i8 0, i64 72, i1 false)
  br label %8

4:                                                ; preds = %50
  %5 = sub i32 %24, %51
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %26, i32 noundef %53, i32 noundef %25, i32 noundef %5, i64 noundef %52)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %51, i32 noundef %24)
  call void @llvm.lifetime.start.p0(i64 200, ptr nonnull %2) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(200) %2, i8 -1, i64 200, i1 false)
  call void @llvm.lifetime.start.p0(i64 200, ptr nonnull %3) #5
  store i32 0, ptr %3, align 16, !tbaa !5
  store i32 0, ptr %2, align 16, !tbaa !5
  br label %79

8:                                                ; preds = %0, %50
  %9 = phi i32 [ 0, %0 ], [ %24, %50 ]
  %10 = phi i32 [ 0, %0 ], [ %26, %50 ]
  %11 = phi i32 [ 0, %0 ], [ %53, %50 ]
  %12 = phi i32 [ 0, %0 ], [ %25, %50 ]
  %13 = phi i64 [ 0, %0 ], [ %52, %50 ]
  %14 = phi i32 [ 0, %0 ], [ %54, %50 ]
  %15 = phi i32 [ 0, %0 ], [ %51, %50 ]
  %16 = trunc nuw i32 %14 to i16
  %17 = mul nuw nsw i16 %16, 7
  %18 = urem i16 %17, 5
  %19 = zext nneg i16 %18 to i32
  %20 = icmp eq i16 %18, 0
  br i1 %20, label %23, label %21

21:                                               ; preds = %8
  %22 = mul nuw nsw i32 %14, 10
  br label %28

23:                                               ; preds = %41, %8
  %24 = phi i32 [ %9, %8 ], [ %42, %41 ]
  %25 = phi i32 [ %12, %8 ], [ %44, %41 ]
  %26 = phi i32 [ %10, %8 ], [ %47, %41 ]
  %27 = icmp eq i32 %15, %24
  br i1 %27, label %50, label %56

28:                                               ; preds = %21, %41
  %29 = phi i32 [ %9, %21 ], [ %42, %41 ]
  %30 = phi i32 [ %10, %21 ], [ %47, %41 ]
  %31 = phi i32 [ %12, %21 ], [ %44, %41 ]
  %32 = phi i32 [ 0, %21 ], [ %48, %41 ]
  %33 = sub i32 %29, %15
  %34 = icmp eq i32 %33, 16
  br i1 %34, label %41, label %35

35:                                               ; preds = %28
  %36 = add nuw nsw i32 %32, %22
  %37 = add i32 %29, 1
  %38 = and i32 %29, 15
  %39 = zext nneg i32 %38 to i64
  %40 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %39
  store i32 %36, ptr %40, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %28, %35
  %42 = phi i32 [ %29, %28 ], [ %37, %35 ]
  %43 = zext i1 %34 to i32
  %44 = add nsw i32 %31, %43
  %45 = xor i1 %34, true
  %46 = zext i1 %45 to i32
  %47 = add nsw i32 %30, %46
  %48 = add nuw nsw i32 %32, 1
  %49 = icmp ult i32 %48, %19
  br i1 %49, label %28, label %23, !llvm.loop !9

50:                                               ; preds = %68, %56, %23
  %51 = phi i32 [ %15, %23 ], [ %24, %56 ], [ %69, %68 ]
  %52 = phi i64 [ %13, %23 ], [ %66, %56 ], [ %78, %68 ]
  %53 = phi i32 [ %11, %23 ], [ %62, %56 ], [ %74, %68 ]
  %54 = add nuw nsw i32 %14, 1
  %55 = icmp eq i32 %54, 100
  br i1 %55, label %4, label %8, !llvm.loop !11

56:                                               ; preds = %23
  %57 = add i32 %15, 1
  %58 = and i32 %15, 15
  %59 = zext nneg i32 %58 to i64
  %60 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = add nsw i32 %11, 1
  %63 = mul nsw i64 %13, 3
  %64 = sext i32 %61 to i64
  %65 = add nsw i64 %63, %64
  %66 = srem i64 %65, 1000000007
  %67 = icmp eq i32 %57, %24
  br i1 %67, label %50, label %68

68:                                               ; preds = %56
  %69 = add i32 %15, 2
  %70 = and i32 %57, 15
  %71 = zext nneg i32 %70 to i64
  %72 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = add nsw i32 %11, 2
  %75 = mul nsw i64 %66, 3
  %76 = sext i32 %73 to i64
  %77 = add nsw i64 %75, %76
  %78 = srem i64 %77, 1000000007
  br label %50

79:                                               ; preds = %4, %200
  %80 = phi i32 [ 1, %4 ], [ %201, %200 ]
  %81 = phi i32 [ 0, %4 ], [ %82, %200 ]
  %82 = add nuw nsw i32 %81, 1
  %83 = urem i32 %81, 50
  %84 = zext nneg i32 %83 to i64
  %85 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = sdiv i32 %86, 10
  %88 = srem i32 %86, 10
  %89 = sext i32 %87 to i64
  %90 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %89
  %91 = load ptr, ptr %90, align 8, !tbaa !12
  %92 = sext i32 %88 to i64
  %93 = getelementptr inbounds i8, ptr %91, i64 %92
  %94 = load i8, ptr %93, align 1, !tbaa !14
  %95 = icmp eq i8 %94, 69
  %96 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %89, i64 %92
  br i1 %95, label %102, label %97

97:                                               ; preds = %79
  %98 = add nsw i32 %87, 1
  %99 = icmp ugt i32 %98, 4
  %100 = icmp ugt i32 %88, 9
  %101 = or i1 %99, %100
  br i1 %101, label %125, label %104

102:                                              ; preds = %79
  %103 = load i32, ptr %96, align 4, !tbaa !5
  br label %203

104:                                              ; preds = %97
  %105 = zext nneg i32 %98 to i64
  %106 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %105
  %107 = load ptr, ptr %106, align 8, !tbaa !12
  %108 = zext nneg i32 %88 to i64
  %109 = getelementptr inbounds i8, ptr %107, i64 %108
  %110 = load i8, ptr %109, align 1, !tbaa !14
  %111 = icmp eq i8 %110, 35
  br i1 %111, label %125, label %112

112:                                              ; preds = %104
  %113 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %105, i64 %108
  %114 = load i32, ptr %113, align 4, !tbaa !5
  %115 = icmp eq i32 %114, -1
  br i1 %115, label %116, label %125

116:                                              ; preds = %112
  %117 = load i32, ptr %96, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %113, align 4, !tbaa !5
  %119 = mul nuw nsw i32 %98, 10
  %120 = add nuw nsw i32 %119, %88
  %121 = add nsw i32 %80, 1
  %122 = srem i32 %80, 50
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %123
  store i32 %120, ptr %124, align 4, !tbaa !5
  br label %125

125:                                              ; preds = %104, %112, %97, %116
  %126 = phi i32 [ %121, %116 ], [ %80, %97 ], [ %80, %112 ], [ %80, %104 ]
  %127 = add nsw i32 %87, -1
  %128 = icmp ugt i32 %127, 4
  %129 = or i1 %128, %100
  br i1 %129, label %151, label %130

130:                                              ; preds = %125
  %131 = zext nneg i32 %127 to i64
  %132 = getelementptr inbounds [5 x ptr], ptr @maze, i64 0, i64 %131
  %133 = load ptr, ptr %132, align 8, !tbaa !12
  %134 = zext nneg i32 %88 to i64
  %135 = getelementptr inbounds i8, ptr %133, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !14
  %137 = icmp eq i8 %136, 35
  br i1 %137, label %151, label %138

138:                                              ; preds = %130
  %139 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %131, i64 %134
  %140 = load i32, ptr %139, align 4, !tbaa !5
  %141 = icmp eq i32 %140, -1
  br i1 %141, label %142, label %151

142:                                              ; preds = %138
  %143 = load i32, ptr %96, align 4, !tbaa !5
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %139, align 4, !tbaa !5
  %145 = mul nuw nsw i32 %127, 10
  %146 = add nuw nsw i32 %145, %88
  %147 = add nsw i32 %126, 1
  %148 = srem i32 %126, 50
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %149
  store i32 %146, ptr %150, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %142, %138, %130, %125
  %152 = phi i32 [ %147, %142 ], [ %126, %125 ], [ %126, %138 ], [ %126, %130 ]
  %153 = add nsw i32 %88, 1
  %154 = icmp ugt i32 %87, 4
  %155 = icmp ugt i32 %153, 9
  %156 = select i1 %154, i1 true, i1 %155
  br i1 %156, label %176, label %157

157:                                              ; preds = %151
  %158 = zext nneg i32 %153 to i64
  %159 = getelementptr inbounds i8, ptr %91, i64 %158
  %160 = load i8, ptr %159, align 1, !tbaa !14
  %161 = icmp eq i8 %160, 35
  br i1 %161, label %176, label %162

162:                                              ; preds = %157
  %163 = zext nneg i32 %87 to i64
  %164 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %163, i64 %158
  %165 = load i32, ptr %164, align 4, !tbaa !5
  %166 = icmp eq i32 %165, -1
  br i1 %166, label %167, label %176

167:                                              ; preds = %162
  %168 = load i32, ptr %96, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %164, align 4, !tbaa !5
  %170 = mul nuw nsw i32 %87, 10
  %171 = add nuw nsw i32 %170, %153
  %172 = add nsw i32 %152, 1
  %173 = srem i32 %152, 50
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %174
  store i32 %171, ptr %175, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %167, %162, %157, %151
  %177 = phi i32 [ %172, %167 ], [ %152, %151 ], [ %152, %162 ], [ %152, %157 ]
  %178 = add nsw i32 %88, -1
  %179 = icmp ugt i32 %178, 9
  %180 = select i1 %154, i1 true, i1 %179
  br i1 %180, label %200, label %181

181:                                              ; preds = %176
  %182 = zext nneg i32 %178 to i64
  %183 = getelementptr inbounds i8, ptr %91, i64 %182
  %184 = load i8, ptr %183, align 1, !tbaa !14
  %185 = icmp eq i8 %184, 35
  br i1 %185, label %200, label %186

186:                                              ; preds = %181
  %187 = zext nneg i32 %87 to i64
  %188 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 %187, i64 %182
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = icmp eq i32 %189, -1
  br i1 %190, label %191, label %200

191:                                              ; preds = %186
  %192 = load i32, ptr %96, align 4, !tbaa !5
  %193 = add nsw i32 %192, 1
  store i32 %193, ptr %188, align 4, !tbaa !5
  %194 = mul nuw nsw i32 %87, 10
  %195 = add nuw nsw i32 %194, %178
  %196 = add nsw i32 %177, 1
  %197 = srem i32 %177, 50
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [50 x i32], ptr %3, i64 0, i64 %198
  store i32 %195, ptr %199, align 4, !tbaa !5
  br label %200

200:                                              ; preds = %191, %186, %181, %176
  %201 = phi i32 [ %196, %191 ], [ %177, %176 ], [ %177, %186 ], [ %177, %181 ]
  %202 = icmp eq i32 %82, %201
  br i1 %202, label %203, label %79

203:                                              ; preds = %200, %102
  %204 = phi i32 [ %103, %102 ], [ -1, %200 ]
  %205 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %204)
  br label %284

206:                                              ; preds = %296
  %207 = tail call i32 @putchar(i32 10)
  br label %208

208:                                              ; preds = %220, %206
  %209 = phi i64 [ 0, %206 ], [ %223, %220 ]
  %210 = getelementptr inbounds i8, ptr @.str.6, i64 %209
  %211 = load i8, ptr %210, align 1, !tbaa !14
  %212 = icmp eq i8 %211, 35
  br i1 %212, label %220, label %213

213:                                              ; preds = %208
  %214 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 1, i64 %209
  %215 = load i32, ptr %214, align 4, !tbaa !5
  %216 = icmp slt i32 %215, 0
  br i1 %216, label %220, label %217

217:                                              ; preds = %213
  %218 = urem i32 %215, 10
  %219 = or disjoint i32 %218, 48
  br label %220

220:                                              ; preds = %217, %213, %208
  %221 = phi i32 [ 35, %208 ], [ %219, %217 ], [ 63, %213 ]
  %222 = tail call i32 @putchar(i32 %221)
  %223 = add nuw nsw i64 %209, 1
  %224 = icmp eq i64 %223, 10
  br i1 %224, label %225, label %208, !llvm.loop !15

225:                                              ; preds = %220
  %226 = tail call i32 @putchar(i32 10)
  br label %227

227:                                              ; preds = %239, %225
  %228 = phi i64 [ 0, %225 ], [ %242, %239 ]
  %229 = getelementptr inbounds i8, ptr @.str.7, i64 %228
  %230 = load i8, ptr %229, align 1, !tbaa !14
  %231 = icmp eq i8 %230, 35
  br i1 %231, label %239, label %232

232:                                              ; preds = %227
  %233 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 2, i64 %228
  %234 = load i32, ptr %233, align 4, !tbaa !5
  %235 = icmp slt i32 %234, 0
  br i1 %235, label %239, label %236

236:                                              ; preds = %232
  %237 = urem i32 %234, 10
  %238 = or disjoint i32 %237, 48
  br label %239

239:                                              ; preds = %236, %232, %227
  %240 = phi i32 [ 35, %227 ], [ %238, %236 ], [ 63, %232 ]
  %241 = tail call i32 @putchar(i32 %240)
  %242 = add nuw nsw i64 %228, 1
  %243 = icmp eq i64 %242, 10
  br i1 %243, label %244, label %227, !llvm.loop !15

244:                                              ; preds = %239
  %245 = tail call i32 @putchar(i32 10)
  br label %246

246:                                              ; preds = %258, %244
  %247 = phi i64 [ 0, %244 ], [ %261, %258 ]
  %248 = getelementptr inbounds i8, ptr @.str.8, i64 %247
  %249 = load i8, ptr %248, align 1, !tbaa !14
  %250 = icmp eq i8 %249, 35
  br i1 %250, label %258, label %251

251:                                              ; preds = %246
  %252 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 3, i64 %247
  %253 = load i32, ptr %252, align 4, !tbaa !5
  %254 = icmp slt i32 %253, 0
  br i1 %254, label %258, label %255

255:                                              ; preds = %251
  %256 = urem i32 %253, 10
  %257 = or disjoint i32 %256, 48
  br label %258

258:                                              ; preds = %255, %251, %246
  %259 = phi i32 [ 35, %246 ], [ %257, %255 ], [ 63, %251 ]
  %260 = tail call i32 @putchar(i32 %259)
  %261 = add nuw nsw i64 %247, 1
  %262 = icmp eq i64 %261, 10
  br i1 %262, label %263, label %246, !llvm.loop !15

263:                                              ; preds = %258
  %264 = tail call i32 @putchar(i32 10)
  br label %265

265:                                              ; preds = %277, %263
  %266 = phi i64 [ 0, %263 ], [ %280, %277 ]
  %267 = getelementptr inbounds i8, ptr @.str.9, i64 %266
  %268 = load i8, ptr %267, align 1, !tbaa !14
  %269 = icmp eq i8 %268, 35
  br i1 %269, label %277, label %270

270:                                              ; preds = %265
  %271 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 4, i64 %266
  %272 = load i32, ptr %271, align 4, !tbaa !5
  %273 = icmp slt i32 %272, 0
  br i1 %273, label %277, label %274

274:                                              ; preds = %270
  %275 = urem i32 %272, 10
  %276 = or disjoint i32 %275, 48
  br label %277

277:                                              ; preds = %274, %270, %265
  %278 = phi i32 [ 35, %265 ], [ %276, %274 ], [ 63, %270 ]
  %279 = tail call i32 @putchar(i32 %278)
  %280 = add nuw nsw i64 %266, 1
  %281 = icmp eq i64 %280, 10
  br i1 %281, label %282, label %265, !llvm.loop !15

282:                                              ; preds = %277
  %283 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 200, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 200, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %1) #5
  ret i32 0

284:                                              ; preds = %203, %296
  %285 = phi i64 [ 0, %203 ], [ %299, %296 ]
  %286 = getelementptr inbounds i8, ptr @.str.5, i64 %285
  %287 = load i8, ptr %286, align 1, !tbaa !14
  %288 = icmp eq i8 %287, 35
  br i1 %288, label %296, label %289

289:                                              ; preds = %284
  %290 = getelementptr inbounds [5 x [10 x i32]], ptr %2, i64 0, i64 0, i64 %285
  %291 = load i32, ptr %290, align 4, !tbaa !5
  %292 = icmp slt i32 %291, 0
  br i1 %292, label %296, label %293

293:                                              ; preds = %289
  %294 = urem i32 %291, 10
  %295 = or disjoint i32 %294, 48
  br label %296

296:                                              ; preds = %293, %289, %284
  %297 = phi i32 [ 35, %284 ], [ %295, %293 ], [ 63, %289 ]
  %298 = tail call i32 @putchar(i32 %297)
  %299 = add nuw nsw i64 %285, 1
  %300 = icmp eq i64 %299, 10
  br i1 %300, label %206, label %284, !llvm.loop !15
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !10}
