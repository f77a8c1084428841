; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"primes <= %d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"bit sieve agrees: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"bit sieve 1000: %d\0A\00", align 1
@composite = internal unnamed_addr global [100001 x i8] zeroinitializer, align 4
@.str.3 = private unnamed_addr constant [28 x i8] c"twin pairs=%d last=(%d,%d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"goldbach %d = %d + %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"largest gap=%d after %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"%lu =\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"%s%lu\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c" * \00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(100001) getelementptr inbounds (i8, ptr @composite, i64 2), i8 0, i64 99999, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !6
  store i8 1, ptr @composite, align 4, !tbaa !6
  br label %1

1:                                                ; preds = %45, %0
  %2 = phi i64 [ %49, %45 ], [ 0, %0 ]
  %3 = phi i64 [ %47, %45 ], [ 4, %0 ]
  %4 = phi i64 [ %46, %45 ], [ 2, %0 ]
  %5 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %4
  %6 = load i8, ptr %5, align 1, !tbaa !6
  %7 = icmp eq i8 %6, 0
  %8 = icmp ult i64 %3, 100001
  %9 = and i1 %8, %7
  br i1 %9, label %10, label %45

10:                                               ; preds = %1
  %11 = add nuw i64 %3, %4
  %12 = tail call i64 @llvm.umax.i64(i64 %11, i64 100001)
  %13 = add i64 %12, -2
  %14 = add i64 %2, %3
  %15 = sub i64 %13, %14
  %16 = icmp ne i64 %13, %14
  %17 = sext i1 %16 to i64
  %18 = select i1 %16, i64 2, i64 1
  %19 = add i64 %15, %17
  %20 = udiv i64 %19, %4
  %21 = add i64 %18, %20
  %22 = icmp ult i64 %21, 2
  br i1 %22, label %38, label %23

23:                                               ; preds = %10
  %24 = and i64 %21, -2
  %25 = mul i64 %24, %4
  %26 = add i64 %3, %25
  br label %27

27:                                               ; preds = %27, %23
  %28 = phi i64 [ 0, %23 ], [ %34, %27 ]
  %29 = mul i64 %28, %4
  %30 = add i64 %3, %29
  %31 = add i64 %30, %4
  %32 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %30
  %33 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %31
  store i8 1, ptr %32, align 1, !tbaa !6
  store i8 1, ptr %33, align 1, !tbaa !6
  %34 = add nuw i64 %28, 2
  %35 = icmp eq i64 %34, %24
  br i1 %35, label %36, label %27, !llvm.loop !9

36:                                               ; preds = %27
  %37 = icmp eq i64 %21, %24
  br i1 %37, label %45, label %38

38:                                               ; preds = %36, %10
  %39 = phi i64 [ %3, %10 ], [ %26, %36 ]
  br label %40

40:                                               ; preds = %38, %40
  %41 = phi i64 [ %43, %40 ], [ %39, %38 ]
  %42 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %41
  store i8 1, ptr %42, align 1, !tbaa !6
  %43 = add nuw nsw i64 %41, %4
  %44 = icmp ult i64 %43, 100001
  br i1 %44, label %40, label %45, !llvm.loop !13

45:                                               ; preds = %40, %36, %1
  %46 = add nuw nsw i64 %4, 1
  %47 = mul nuw nsw i64 %46, %46
  %48 = icmp eq i64 %46, 317
  %49 = add i64 %2, 1
  br i1 %48, label %50, label %1, !llvm.loop !14

50:                                               ; preds = %45, %50
  %51 = phi i64 [ %64, %50 ], [ 0, %45 ]
  %52 = phi <16 x i32> [ %62, %50 ], [ zeroinitializer, %45 ]
  %53 = phi <16 x i32> [ %63, %50 ], [ zeroinitializer, %45 ]
  %54 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %51
  %55 = getelementptr inbounds i8, ptr %54, i64 16
  %56 = load <16 x i8>, ptr %54, align 4, !tbaa !6
  %57 = load <16 x i8>, ptr %55, align 4, !tbaa !6
  %58 = icmp eq <16 x i8> %56, zeroinitializer
  %59 = icmp eq <16 x i8> %57, zeroinitializer
  %60 = zext <16 x i1> %58 to <16 x i32>
  %61 = zext <16 x i1> %59 to <16 x i32>
  %62 = add <16 x i32> %52, %60
  %63 = add <16 x i32> %53, %61
  %64 = add nuw i64 %51, 32
  %65 = icmp eq i64 %64, 100000
  br i1 %65, label %66, label %50, !llvm.loop !15

66:                                               ; preds = %50
  %67 = add <16 x i32> %63, %62
  %68 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %67)
  %69 = load i8, ptr getelementptr inbounds (i8, ptr @composite, i64 100000), align 4, !tbaa !6
  %70 = icmp eq i8 %69, 0
  %71 = zext i1 %70 to i32
  %72 = add nuw nsw i32 %68, %71
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %72)
  %74 = tail call noalias dereferenceable_or_null(6264) ptr @malloc(i64 noundef 6264) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(6256) %74, i8 0, i64 6256, i1 false)
  br label %75

75:                                               ; preds = %103, %66
  %76 = phi i32 [ %105, %103 ], [ 9, %66 ]
  %77 = phi i32 [ %104, %103 ], [ 3, %66 ]
  %78 = lshr i32 %77, 1
  %79 = lshr i32 %77, 7
  %80 = zext nneg i32 %79 to i64
  %81 = getelementptr inbounds i64, ptr %74, i64 %80
  %82 = load i64, ptr %81, align 8, !tbaa !16
  %83 = and i32 %78, 63
  %84 = zext nneg i32 %83 to i64
  %85 = shl nuw i64 1, %84
  %86 = and i64 %85, %82
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %88, label %103

88:                                               ; preds = %75
  %89 = shl nuw nsw i32 %77, 1
  br label %90

90:                                               ; preds = %90, %88
  %91 = phi i32 [ %76, %88 ], [ %101, %90 ]
  %92 = lshr i32 %91, 1
  %93 = and i32 %92, 63
  %94 = zext nneg i32 %93 to i64
  %95 = shl nuw i64 1, %94
  %96 = lshr i32 %91, 7
  %97 = zext nneg i32 %96 to i64
  %98 = getelementptr inbounds i64, ptr %74, i64 %97
  %99 = load i64, ptr %98, align 8, !tbaa !16
  %100 = or i64 %95, %99
  store i64 %100, ptr %98, align 8, !tbaa !16
  %101 = add nuw nsw i32 %91, %89
  %102 = icmp ugt i32 %101, 100000
  br i1 %102, label %103, label %90, !llvm.loop !18

103:                                              ; preds = %90, %75
  %104 = add nuw nsw i32 %77, 2
  %105 = mul nuw nsw i32 %104, %104
  %106 = icmp ugt i32 %105, 100000
  br i1 %106, label %107, label %75, !llvm.loop !19

107:                                              ; preds = %103, %107
  %108 = phi i32 [ %137, %107 ], [ 0, %103 ]
  %109 = phi i32 [ %135, %107 ], [ 1, %103 ]
  %110 = phi i32 [ %136, %107 ], [ 0, %103 ]
  %111 = shl i32 %108, 1
  %112 = add i32 %111, 5
  %113 = lshr i32 %112, 1
  %114 = lshr i32 %111, 7
  %115 = lshr i32 %112, 7
  %116 = zext nneg i32 %114 to i64
  %117 = zext nneg i32 %115 to i64
  %118 = getelementptr inbounds i64, ptr %74, i64 %116
  %119 = getelementptr inbounds i64, ptr %74, i64 %117
  %120 = load i64, ptr %118, align 8, !tbaa !16
  %121 = load i64, ptr %119, align 8, !tbaa !16
  %122 = and i32 %108, 62
  %123 = or disjoint i32 %122, 1
  %124 = and i32 %113, 62
  %125 = zext nneg i32 %123 to i64
  %126 = zext nneg i32 %124 to i64
  %127 = shl nuw i64 1, %125
  %128 = shl nuw nsw i64 1, %126
  %129 = and i64 %127, %120
  %130 = and i64 %128, %121
  %131 = icmp eq i64 %129, 0
  %132 = icmp eq i64 %130, 0
  %133 = zext i1 %131 to i32
  %134 = zext i1 %132 to i32
  %135 = add i32 %109, %133
  %136 = add i32 %110, %134
  %137 = add nuw i32 %108, 2
  %138 = icmp eq i32 %137, 49998
  br i1 %138, label %139, label %107, !llvm.loop !20

139:                                              ; preds = %107
  %140 = add i32 %136, %135
  %141 = getelementptr inbounds i8, ptr %74, i64 6248
  %142 = load i64, ptr %141, align 8, !tbaa !16
  %143 = and i64 %142, 32768
  %144 = icmp eq i64 %143, 0
  %145 = zext i1 %144 to i32
  %146 = add nuw nsw i32 %140, %145
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(100001) getelementptr inbounds (i8, ptr @composite, i64 2), i8 0, i64 99999, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !6
  store i8 1, ptr @composite, align 4, !tbaa !6
  br label %147

147:                                              ; preds = %191, %139
  %148 = phi i64 [ %195, %191 ], [ 0, %139 ]
  %149 = phi i64 [ %193, %191 ], [ 4, %139 ]
  %150 = phi i64 [ %192, %191 ], [ 2, %139 ]
  %151 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %150
  %152 = load i8, ptr %151, align 1, !tbaa !6
  %153 = icmp eq i8 %152, 0
  %154 = icmp ult i64 %149, 100001
  %155 = and i1 %154, %153
  br i1 %155, label %156, label %191

156:                                              ; preds = %147
  %157 = add nuw i64 %149, %150
  %158 = tail call i64 @llvm.umax.i64(i64 %157, i64 100001)
  %159 = add i64 %158, -2
  %160 = add i64 %148, %149
  %161 = sub i64 %159, %160
  %162 = icmp ne i64 %159, %160
  %163 = sext i1 %162 to i64
  %164 = select i1 %162, i64 2, i64 1
  %165 = add i64 %161, %163
  %166 = udiv i64 %165, %150
  %167 = add i64 %164, %166
  %168 = icmp ult i64 %167, 2
  br i1 %168, label %184, label %169

169:                                              ; preds = %156
  %170 = and i64 %167, -2
  %171 = mul i64 %170, %150
  %172 = add i64 %149, %171
  br label %173

173:                                              ; preds = %173, %169
  %174 = phi i64 [ 0, %169 ], [ %180, %173 ]
  %175 = mul i64 %174, %150
  %176 = add i64 %149, %175
  %177 = add i64 %176, %150
  %178 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %176
  %179 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %177
  store i8 1, ptr %178, align 1, !tbaa !6
  store i8 1, ptr %179, align 1, !tbaa !6
  %180 = add nuw i64 %174, 2
  %181 = icmp eq i64 %180, %170
  br i1 %181, label %182, label %173, !llvm.loop !21

182:                                              ; preds = %173
  %183 = icmp eq i64 %167, %170
  br i1 %183, label %191, label %184

184:                                              ; preds = %182, %156
  %185 = phi i64 [ %149, %156 ], [ %172, %182 ]
  br label %186

186:                                              ; preds = %184, %186
  %187 = phi i64 [ %189, %186 ], [ %185, %184 ]
  %188 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %187
  store i8 1, ptr %188, align 1, !tbaa !6
  %189 = add nuw nsw i64 %187, %150
  %190 = icmp ult i64 %189, 100001
  br i1 %190, label %186, label %191, !llvm.loop !22

191:                                              ; preds = %186, %182, %147
  %192 = add nuw nsw i64 %150, 1
  %193 = mul nuw nsw i64 %192, %192
  %194 = icmp eq i64 %192, 317
  %195 = add i64 %148, 1
  br i1 %194, label %196, label %147, !llvm.loop !14

196:                                              ; preds = %191, %196
  %197 = phi i64 [ %210, %196 ], [ 0, %191 ]
  %198 = phi <16 x i32> [ %208, %196 ], [ zeroinitializer, %191 ]
  %199 = phi <16 x i32> [ %209, %196 ], [ zeroinitializer, %191 ]
  %200 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %197
  %201 = getelementptr inbounds i8, ptr %200, i64 16
  %202 = load <16 x i8>, ptr %200, align 4, !tbaa !6
  %203 = load <16 x i8>, ptr %201, align 4, !tbaa !6
  %204 = icmp eq <16 x i8> %202, zeroinitializer
  %205 = icmp eq <16 x i8> %203, zeroinitializer
  %206 = zext <16 x i1> %204 to <16 x i32>
  %207 = zext <16 x i1> %205 to <16 x i32>
  %208 = add <16 x i32> %198, %206
  %209 = add <16 x i32> %199, %207
  %210 = add nuw i64 %197, 32
  %211 = icmp eq i64 %210, 100000
  br i1 %211, label %212, label %196, !llvm.loop !23

212:                                              ; preds = %196
  %213 = add <16 x i32> %209, %208
  %214 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %213)
  %215 = load i8, ptr getelementptr inbounds (i8, ptr @composite, i64 100000), align 4, !tbaa !6
  %216 = icmp eq i8 %215, 0
  %217 = zext i1 %216 to i32
  %218 = add nuw nsw i32 %214, %217
  %219 = icmp eq i32 %146, %218
  %220 = zext i1 %219 to i32
  %221 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %220)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %74, i8 0, i64 64, i1 false)
  br label %222

222:                                              ; preds = %249, %212
  %223 = phi i64 [ %250, %249 ], [ 3, %212 ]
  %224 = phi i32 [ %253, %249 ], [ 9, %212 ]
  %225 = lshr i64 %223, 1
  %226 = lshr i64 %223, 7
  %227 = and i64 %226, 33554431
  %228 = getelementptr inbounds i64, ptr %74, i64 %227
  %229 = load i64, ptr %228, align 8, !tbaa !16
  %230 = shl nuw i64 1, %225
  %231 = and i64 %230, %229
  %232 = icmp eq i64 %231, 0
  br i1 %232, label %233, label %249

233:                                              ; preds = %222
  %234 = trunc i64 %223 to i32
  %235 = shl i32 %234, 1
  br label %236

236:                                              ; preds = %236, %233
  %237 = phi i32 [ %224, %233 ], [ %247, %236 ]
  %238 = lshr i32 %237, 1
  %239 = and i32 %238, 63
  %240 = zext nneg i32 %239 to i64
  %241 = shl nuw i64 1, %240
  %242 = lshr i32 %237, 7
  %243 = zext nneg i32 %242 to i64
  %244 = getelementptr inbounds i64, ptr %74, i64 %243
  %245 = load i64, ptr %244, align 8, !tbaa !16
  %246 = or i64 %241, %245
  store i64 %246, ptr %244, align 8, !tbaa !16
  %247 = add nuw nsw i32 %237, %235
  %248 = icmp ugt i32 %247, 1000
  br i1 %248, label %249, label %236, !llvm.loop !18

249:                                              ; preds = %236, %222
  %250 = add nuw nsw i64 %223, 2
  %251 = mul nuw nsw i64 %250, %250
  %252 = icmp ugt i64 %251, 1000
  %253 = trunc nuw i64 %251 to i32
  br i1 %252, label %254, label %222, !llvm.loop !19

254:                                              ; preds = %249, %254
  %255 = phi i32 [ %284, %254 ], [ 0, %249 ]
  %256 = phi i32 [ %282, %254 ], [ 1, %249 ]
  %257 = phi i32 [ %283, %254 ], [ 0, %249 ]
  %258 = shl i32 %255, 1
  %259 = add i32 %258, 5
  %260 = lshr i32 %259, 1
  %261 = lshr i32 %258, 7
  %262 = lshr i32 %259, 7
  %263 = zext nneg i32 %261 to i64
  %264 = zext nneg i32 %262 to i64
  %265 = getelementptr inbounds i64, ptr %74, i64 %263
  %266 = getelementptr inbounds i64, ptr %74, i64 %264
  %267 = load i64, ptr %265, align 8, !tbaa !16
  %268 = load i64, ptr %266, align 8, !tbaa !16
  %269 = and i32 %255, 62
  %270 = or disjoint i32 %269, 1
  %271 = and i32 %260, 62
  %272 = zext nneg i32 %270 to i64
  %273 = zext nneg i32 %271 to i64
  %274 = shl nuw i64 1, %272
  %275 = shl nuw nsw i64 1, %273
  %276 = and i64 %274, %267
  %277 = and i64 %275, %268
  %278 = icmp eq i64 %276, 0
  %279 = icmp eq i64 %277, 0
  %280 = zext i1 %278 to i32
  %281 = zext i1 %279 to i32
  %282 = add i32 %256, %280
  %283 = add i32 %257, %281
  %284 = add nuw i32 %255, 2
  %285 = icmp eq i32 %284, 498
  br i1 %285, label %286, label %254, !llvm.loop !24

286:                                              ; preds = %254
  %287 = add i32 %283, %282
  %288 = getelementptr inbounds i8, ptr %74, i64 56
  %289 = load i64, ptr %288, align 8, !tbaa !16
  %290 = and i64 %289, 2251799813685248
  %291 = icmp eq i64 %290, 0
  %292 = zext i1 %291 to i32
  %293 = add nuw nsw i32 %287, %292
  %294 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %293)
  tail call void @free(ptr noundef nonnull %74) #9
  br label %295

295:                                              ; preds = %286, %311
  %296 = phi i64 [ 3, %286 ], [ %316, %311 ]
  %297 = phi i64 [ 5, %286 ], [ %314, %311 ]
  %298 = phi i32 [ 0, %286 ], [ %313, %311 ]
  %299 = phi i32 [ 0, %286 ], [ %312, %311 ]
  %300 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %296
  %301 = load i8, ptr %300, align 1, !tbaa !6
  %302 = icmp eq i8 %301, 0
  br i1 %302, label %303, label %311

303:                                              ; preds = %295
  %304 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %297
  %305 = load i8, ptr %304, align 1, !tbaa !6
  %306 = icmp eq i8 %305, 0
  %307 = zext i1 %306 to i32
  %308 = add nsw i32 %299, %307
  %309 = trunc nuw nsw i64 %296 to i32
  %310 = select i1 %306, i32 %309, i32 %298
  br label %311

311:                                              ; preds = %303, %295
  %312 = phi i32 [ %299, %295 ], [ %308, %303 ]
  %313 = phi i32 [ %298, %295 ], [ %310, %303 ]
  %314 = add nuw nsw i64 %297, 2
  %315 = icmp ult i64 %297, 99999
  %316 = add nuw nsw i64 %296, 2
  br i1 %315, label %295, label %317, !llvm.loop !25

317:                                              ; preds = %311
  %318 = add nsw i32 %313, 2
  %319 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %312, i32 noundef %313, i32 noundef %318)
  br label %320

320:                                              ; preds = %317, %334
  %321 = phi i64 [ 2, %317 ], [ %335, %334 ]
  %322 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %321
  %323 = load i8, ptr %322, align 1, !tbaa !6
  %324 = icmp eq i8 %323, 0
  br i1 %324, label %325, label %334

325:                                              ; preds = %320
  %326 = sub nuw nsw i64 100, %321
  %327 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %326
  %328 = load i8, ptr %327, align 1, !tbaa !6
  %329 = icmp eq i8 %328, 0
  br i1 %329, label %330, label %334

330:                                              ; preds = %325
  %331 = trunc nuw nsw i64 %321 to i32
  %332 = trunc nuw nsw i64 %326 to i32
  %333 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 100, i32 noundef %331, i32 noundef %332)
  br label %337

334:                                              ; preds = %320, %325
  %335 = add nuw nsw i64 %321, 1
  %336 = icmp eq i64 %335, 51
  br i1 %336, label %337, label %320, !llvm.loop !26

337:                                              ; preds = %334, %330
  br label %338

338:                                              ; preds = %337, %348
  %339 = phi i64 [ %349, %348 ], [ 2, %337 ]
  %340 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %339
  %341 = load i8, ptr %340, align 1, !tbaa !6
  %342 = icmp eq i8 %341, 0
  br i1 %342, label %343, label %348

343:                                              ; preds = %338
  %344 = sub nuw nsw i64 400, %339
  %345 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %344
  %346 = load i8, ptr %345, align 1, !tbaa !6
  %347 = icmp eq i8 %346, 0
  br i1 %347, label %351, label %348

348:                                              ; preds = %343, %338
  %349 = add nuw nsw i64 %339, 1
  %350 = icmp eq i64 %349, 201
  br i1 %350, label %355, label %338, !llvm.loop !26

351:                                              ; preds = %343
  %352 = trunc nuw nsw i64 %339 to i32
  %353 = trunc nuw nsw i64 %344 to i32
  %354 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 400, i32 noundef %352, i32 noundef %353)
  br label %355

355:                                              ; preds = %348, %351
  br label %356

356:                                              ; preds = %355, %366
  %357 = phi i64 [ %367, %366 ], [ 2, %355 ]
  %358 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %357
  %359 = load i8, ptr %358, align 1, !tbaa !6
  %360 = icmp eq i8 %359, 0
  br i1 %360, label %361, label %366

361:                                              ; preds = %356
  %362 = sub nuw nsw i64 700, %357
  %363 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %362
  %364 = load i8, ptr %363, align 1, !tbaa !6
  %365 = icmp eq i8 %364, 0
  br i1 %365, label %369, label %366

366:                                              ; preds = %361, %356
  %367 = add nuw nsw i64 %357, 1
  %368 = icmp eq i64 %367, 351
  br i1 %368, label %373, label %356, !llvm.loop !26

369:                                              ; preds = %361
  %370 = trunc nuw nsw i64 %357 to i32
  %371 = trunc nuw nsw i64 %362 to i32
  %372 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 700, i32 noundef %370, i32 noundef %371)
  br label %373

373:                                              ; preds = %366, %369
  br label %374

374:                                              ; preds = %373, %384
  %375 = phi i64 [ %385, %384 ], [ 2, %373 ]
  %376 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %375
  %377 = load i8, ptr %376, align 1, !tbaa !6
  %378 = icmp eq i8 %377, 0
  br i1 %378, label %379, label %384

379:                                              ; preds = %374
  %380 = sub nuw nsw i64 1000, %375
  %381 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %380
  %382 = load i8, ptr %381, align 1, !tbaa !6
  %383 = icmp eq i8 %382, 0
  br i1 %383, label %387, label %384

384:                                              ; preds = %379, %374
  %385 = add nuw nsw i64 %375, 1
  %386 = icmp eq i64 %385, 501
  br i1 %386, label %391, label %374, !llvm.loop !26

387:                                              ; preds = %379
  %388 = trunc nuw nsw i64 %375 to i32
  %389 = trunc nuw nsw i64 %380 to i32
  %390 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1000, i32 noundef %388, i32 noundef %389)
  br label %391

391:                                              ; preds = %384, %387
  br label %394

392:                                              ; preds = %394
  %393 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %406, i32 noundef %408)
  tail call fastcc void @factor(i64 noundef 360)
  tail call fastcc void @factor(i64 noundef 9999991)
  tail call fastcc void @factor(i64 noundef 600851475143)
  tail call fastcc void @factor(i64 noundef 1099511627776)
  ret i32 0

394:                                              ; preds = %391, %394
  %395 = phi i64 [ %410, %394 ], [ 3, %391 ]
  %396 = phi i32 [ %409, %394 ], [ 2, %391 ]
  %397 = phi i32 [ %408, %394 ], [ 0, %391 ]
  %398 = phi i32 [ %406, %394 ], [ 0, %391 ]
  %399 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %395
  %400 = load i8, ptr %399, align 1, !tbaa !6
  %401 = icmp eq i8 %400, 0
  %402 = trunc nuw nsw i64 %395 to i32
  %403 = sub nsw i32 %402, %396
  %404 = icmp sgt i32 %403, %398
  %405 = tail call i32 @llvm.smax.i32(i32 %403, i32 %398)
  %406 = select i1 %401, i32 %405, i32 %398
  %407 = select i1 %401, i1 %404, i1 false
  %408 = select i1 %407, i32 %396, i32 %397
  %409 = select i1 %401, i32 %402, i32 %396
  %410 = add nuw nsw i64 %395, 1
  %411 = icmp eq i64 %410, 100001
  br i1 %411, label %392, label %394, !llvm.loop !27
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @factor(i64 noundef %0) unnamed_addr #4 {
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %0)
  %3 = icmp ult i64 %0, 4
  br i1 %3, label %18, label %4

4:                                                ; preds = %1, %28
  %5 = phi i64 [ %31, %28 ], [ 2, %1 ]
  %6 = phi ptr [ %30, %28 ], [ @.str.7, %1 ]
  %7 = phi i64 [ %29, %28 ], [ %0, %1 ]
  %8 = freeze i64 %7
  %9 = freeze i64 %5
  %10 = udiv i64 %8, %9
  %11 = mul i64 %10, %9
  %12 = sub i64 %8, %11
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %28

14:                                               ; preds = %4
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %6, i64 noundef %5)
  %16 = urem i64 %10, %5
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %22, label %28

18:                                               ; preds = %28, %1
  %19 = phi i64 [ %0, %1 ], [ %29, %28 ]
  %20 = phi ptr [ @.str.7, %1 ], [ %30, %28 ]
  %21 = icmp ugt i64 %19, 1
  br i1 %21, label %34, label %36

22:                                               ; preds = %14, %22
  %23 = phi i64 [ %25, %22 ], [ %10, %14 ]
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.9, i64 noundef %5)
  %25 = udiv i64 %23, %5
  %26 = urem i64 %25, %5
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %22, label %28, !llvm.loop !28

28:                                               ; preds = %22, %14, %4
  %29 = phi i64 [ %7, %4 ], [ %10, %14 ], [ %25, %22 ]
  %30 = phi ptr [ %6, %4 ], [ @.str.9, %14 ], [ @.str.9, %22 ]
  %31 = add i64 %5, 1
  %32 = mul i64 %31, %31
  %33 = icmp ugt i64 %32, %29
  br i1 %33, label %18, label %4, !llvm.loop !30

34:                                               ; preds = %18
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %20, i64 noundef %19)
  br label %36

36:                                               ; preds = %34, %18
  %37 = tail call i32 @putchar(i32 10)
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #7

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10, !11, !12}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !7, i64 0}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10, !11, !12}
!21 = distinct !{!21, !10, !11, !12}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11, !12}
!24 = distinct !{!24, !10, !11, !12}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !10}
!27 = distinct !{!27, !10}
!28 = distinct !{!28, !10, !29}
!29 = !{!"llvm.loop.peeled.count", i32 1}
!30 = distinct !{!30, !10}
