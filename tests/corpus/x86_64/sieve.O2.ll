; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"primes <= %d: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"bit sieve agrees: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"bit sieve 1000: %d\0A\00", align 1
@composite = internal unnamed_addr global [100001 x i8] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [28 x i8] c"twin pairs=%d last=(%d,%d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"goldbach %d = %d + %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"largest gap=%d after %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"%lu =\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"%s%lu\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c" * \00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(100001) @composite, i8 0, i64 100001, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !5
  store i8 1, ptr @composite, align 16, !tbaa !5
  br label %1

1:                                                ; preds = %14, %0
  %2 = phi i64 [ 4, %0 ], [ %16, %14 ]
  %3 = phi i64 [ 2, %0 ], [ %15, %14 ]
  %4 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %3
  %5 = load i8, ptr %4, align 1, !tbaa !5
  %6 = icmp eq i8 %5, 0
  %7 = icmp ult i64 %2, 100001
  %8 = and i1 %7, %6
  br i1 %8, label %9, label %14

9:                                                ; preds = %1, %9
  %10 = phi i64 [ %12, %9 ], [ %2, %1 ]
  %11 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %10
  store i8 1, ptr %11, align 1, !tbaa !5
  %12 = add nuw nsw i64 %10, %3
  %13 = icmp ult i64 %12, 100001
  br i1 %13, label %9, label %14, !llvm.loop !8

14:                                               ; preds = %9, %1
  %15 = add nuw nsw i64 %3, 1
  %16 = mul nuw nsw i64 %15, %15
  %17 = icmp eq i64 %15, 317
  br i1 %17, label %18, label %1, !llvm.loop !10

18:                                               ; preds = %14, %27
  %19 = phi i64 [ %46, %27 ], [ 0, %14 ]
  %20 = phi i32 [ %45, %27 ], [ 0, %14 ]
  %21 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %19
  %22 = load i8, ptr %21, align 4, !tbaa !5
  %23 = icmp eq i8 %22, 0
  %24 = zext i1 %23 to i32
  %25 = add nuw nsw i32 %20, %24
  %26 = icmp eq i64 %19, 100000
  br i1 %26, label %47, label %27, !llvm.loop !11

27:                                               ; preds = %18
  %28 = or disjoint i64 %19, 1
  %29 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !5
  %31 = icmp eq i8 %30, 0
  %32 = zext i1 %31 to i32
  %33 = add nuw nsw i32 %25, %32
  %34 = or disjoint i64 %19, 2
  %35 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %34
  %36 = load i8, ptr %35, align 2, !tbaa !5
  %37 = icmp eq i8 %36, 0
  %38 = zext i1 %37 to i32
  %39 = add nuw nsw i32 %33, %38
  %40 = or disjoint i64 %19, 3
  %41 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %40
  %42 = load i8, ptr %41, align 1, !tbaa !5
  %43 = icmp eq i8 %42, 0
  %44 = zext i1 %43 to i32
  %45 = add nuw nsw i32 %39, %44
  %46 = add nuw nsw i64 %19, 4
  br label %18

47:                                               ; preds = %18
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %25)
  %49 = tail call noalias dereferenceable_or_null(6264) ptr @malloc(i64 noundef 6264) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(6256) %49, i8 0, i64 6256, i1 false)
  br label %50

50:                                               ; preds = %78, %47
  %51 = phi i32 [ %80, %78 ], [ 9, %47 ]
  %52 = phi i32 [ %79, %78 ], [ 3, %47 ]
  %53 = lshr i32 %52, 1
  %54 = lshr i32 %52, 7
  %55 = zext nneg i32 %54 to i64
  %56 = getelementptr inbounds i64, ptr %49, i64 %55
  %57 = load i64, ptr %56, align 8, !tbaa !12
  %58 = and i32 %53, 63
  %59 = zext nneg i32 %58 to i64
  %60 = shl nuw i64 1, %59
  %61 = and i64 %60, %57
  %62 = icmp eq i64 %61, 0
  br i1 %62, label %63, label %78

63:                                               ; preds = %50
  %64 = shl nuw nsw i32 %52, 1
  br label %65

65:                                               ; preds = %65, %63
  %66 = phi i32 [ %51, %63 ], [ %76, %65 ]
  %67 = lshr i32 %66, 1
  %68 = and i32 %67, 63
  %69 = zext nneg i32 %68 to i64
  %70 = shl nuw i64 1, %69
  %71 = lshr i32 %66, 7
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds i64, ptr %49, i64 %72
  %74 = load i64, ptr %73, align 8, !tbaa !12
  %75 = or i64 %70, %74
  store i64 %75, ptr %73, align 8, !tbaa !12
  %76 = add nuw nsw i32 %66, %64
  %77 = icmp ugt i32 %76, 100000
  br i1 %77, label %78, label %65, !llvm.loop !14

78:                                               ; preds = %65, %50
  %79 = add nuw nsw i32 %52, 2
  %80 = mul nuw nsw i32 %79, %79
  %81 = icmp ugt i32 %80, 100000
  br i1 %81, label %82, label %50, !llvm.loop !15

82:                                               ; preds = %78, %98
  %83 = phi i32 [ %112, %98 ], [ 3, %78 ]
  %84 = phi i32 [ %111, %98 ], [ 1, %78 ]
  %85 = lshr i32 %83, 1
  %86 = lshr i32 %83, 7
  %87 = zext nneg i32 %86 to i64
  %88 = getelementptr inbounds i64, ptr %49, i64 %87
  %89 = load i64, ptr %88, align 8, !tbaa !12
  %90 = and i32 %85, 63
  %91 = zext nneg i32 %90 to i64
  %92 = shl nuw i64 1, %91
  %93 = and i64 %92, %89
  %94 = icmp eq i64 %93, 0
  %95 = zext i1 %94 to i32
  %96 = add nuw nsw i32 %84, %95
  %97 = icmp ugt i32 %83, 99998
  br i1 %97, label %113, label %98, !llvm.loop !16

98:                                               ; preds = %82
  %99 = add nuw nsw i32 %83, 2
  %100 = lshr i32 %99, 1
  %101 = lshr i32 %99, 7
  %102 = zext nneg i32 %101 to i64
  %103 = getelementptr inbounds i64, ptr %49, i64 %102
  %104 = load i64, ptr %103, align 8, !tbaa !12
  %105 = and i32 %100, 63
  %106 = zext nneg i32 %105 to i64
  %107 = shl nuw i64 1, %106
  %108 = and i64 %107, %104
  %109 = icmp eq i64 %108, 0
  %110 = zext i1 %109 to i32
  %111 = add nuw nsw i32 %96, %110
  %112 = add nuw nsw i32 %83, 4
  br label %82

113:                                              ; preds = %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(100001) @composite, i8 0, i64 100001, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !5
  store i8 1, ptr @composite, align 16, !tbaa !5
  br label %114

114:                                              ; preds = %127, %113
  %115 = phi i64 [ 4, %113 ], [ %129, %127 ]
  %116 = phi i64 [ 2, %113 ], [ %128, %127 ]
  %117 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %116
  %118 = load i8, ptr %117, align 1, !tbaa !5
  %119 = icmp eq i8 %118, 0
  %120 = icmp ult i64 %115, 100001
  %121 = and i1 %120, %119
  br i1 %121, label %122, label %127

122:                                              ; preds = %114, %122
  %123 = phi i64 [ %125, %122 ], [ %115, %114 ]
  %124 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %123
  store i8 1, ptr %124, align 1, !tbaa !5
  %125 = add nuw nsw i64 %123, %116
  %126 = icmp ult i64 %125, 100001
  br i1 %126, label %122, label %127, !llvm.loop !8

127:                                              ; preds = %122, %114
  %128 = add nuw nsw i64 %116, 1
  %129 = mul nuw nsw i64 %128, %128
  %130 = icmp eq i64 %128, 317
  br i1 %130, label %131, label %114, !llvm.loop !10

131:                                              ; preds = %127, %140
  %132 = phi i64 [ %159, %140 ], [ 0, %127 ]
  %133 = phi i32 [ %158, %140 ], [ 0, %127 ]
  %134 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %132
  %135 = load i8, ptr %134, align 4, !tbaa !5
  %136 = icmp eq i8 %135, 0
  %137 = zext i1 %136 to i32
  %138 = add nuw nsw i32 %133, %137
  %139 = icmp eq i64 %132, 100000
  br i1 %139, label %160, label %140, !llvm.loop !11

140:                                              ; preds = %131
  %141 = or disjoint i64 %132, 1
  %142 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %141
  %143 = load i8, ptr %142, align 1, !tbaa !5
  %144 = icmp eq i8 %143, 0
  %145 = zext i1 %144 to i32
  %146 = add nuw nsw i32 %138, %145
  %147 = or disjoint i64 %132, 2
  %148 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %147
  %149 = load i8, ptr %148, align 2, !tbaa !5
  %150 = icmp eq i8 %149, 0
  %151 = zext i1 %150 to i32
  %152 = add nuw nsw i32 %146, %151
  %153 = or disjoint i64 %132, 3
  %154 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %153
  %155 = load i8, ptr %154, align 1, !tbaa !5
  %156 = icmp eq i8 %155, 0
  %157 = zext i1 %156 to i32
  %158 = add nuw nsw i32 %152, %157
  %159 = add nuw nsw i64 %132, 4
  br label %131

160:                                              ; preds = %131
  %161 = icmp eq i32 %96, %138
  %162 = zext i1 %161 to i32
  %163 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %162)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %49, i8 0, i64 64, i1 false)
  br label %164

164:                                              ; preds = %191, %160
  %165 = phi i64 [ %192, %191 ], [ 3, %160 ]
  %166 = phi i32 [ %195, %191 ], [ 9, %160 ]
  %167 = lshr i64 %165, 1
  %168 = lshr i64 %165, 7
  %169 = and i64 %168, 33554431
  %170 = getelementptr inbounds i64, ptr %49, i64 %169
  %171 = load i64, ptr %170, align 8, !tbaa !12
  %172 = shl nuw i64 1, %167
  %173 = and i64 %172, %171
  %174 = icmp eq i64 %173, 0
  br i1 %174, label %175, label %191

175:                                              ; preds = %164
  %176 = trunc i64 %165 to i32
  %177 = shl i32 %176, 1
  br label %178

178:                                              ; preds = %178, %175
  %179 = phi i32 [ %166, %175 ], [ %189, %178 ]
  %180 = lshr i32 %179, 1
  %181 = and i32 %180, 63
  %182 = zext nneg i32 %181 to i64
  %183 = shl nuw i64 1, %182
  %184 = lshr i32 %179, 7
  %185 = zext nneg i32 %184 to i64
  %186 = getelementptr inbounds i64, ptr %49, i64 %185
  %187 = load i64, ptr %186, align 8, !tbaa !12
  %188 = or i64 %183, %187
  store i64 %188, ptr %186, align 8, !tbaa !12
  %189 = add nuw nsw i32 %179, %177
  %190 = icmp ugt i32 %189, 1000
  br i1 %190, label %191, label %178, !llvm.loop !14

191:                                              ; preds = %178, %164
  %192 = add nuw nsw i64 %165, 2
  %193 = mul nuw nsw i64 %192, %192
  %194 = icmp ugt i64 %193, 1000
  %195 = trunc nuw i64 %193 to i32
  br i1 %194, label %196, label %164, !llvm.loop !15

196:                                              ; preds = %191, %212
  %197 = phi i32 [ %226, %212 ], [ 3, %191 ]
  %198 = phi i32 [ %225, %212 ], [ 1, %191 ]
  %199 = lshr i32 %197, 1
  %200 = lshr i32 %197, 7
  %201 = zext nneg i32 %200 to i64
  %202 = getelementptr inbounds i64, ptr %49, i64 %201
  %203 = load i64, ptr %202, align 8, !tbaa !12
  %204 = and i32 %199, 63
  %205 = zext nneg i32 %204 to i64
  %206 = shl nuw i64 1, %205
  %207 = and i64 %206, %203
  %208 = icmp eq i64 %207, 0
  %209 = zext i1 %208 to i32
  %210 = add nuw nsw i32 %198, %209
  %211 = icmp ugt i32 %197, 998
  br i1 %211, label %227, label %212, !llvm.loop !16

212:                                              ; preds = %196
  %213 = add nuw nsw i32 %197, 2
  %214 = lshr i32 %213, 1
  %215 = lshr i32 %213, 7
  %216 = zext nneg i32 %215 to i64
  %217 = getelementptr inbounds i64, ptr %49, i64 %216
  %218 = load i64, ptr %217, align 8, !tbaa !12
  %219 = and i32 %214, 63
  %220 = zext nneg i32 %219 to i64
  %221 = shl nuw i64 1, %220
  %222 = and i64 %221, %218
  %223 = icmp eq i64 %222, 0
  %224 = zext i1 %223 to i32
  %225 = add nuw nsw i32 %210, %224
  %226 = add nuw nsw i32 %197, 4
  br label %196

227:                                              ; preds = %196
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %210)
  tail call void @free(ptr noundef nonnull %49) #9
  br label %229

229:                                              ; preds = %261, %227
  %230 = phi i64 [ 3, %227 ], [ %266, %261 ]
  %231 = phi i64 [ 5, %227 ], [ %264, %261 ]
  %232 = phi i32 [ 0, %227 ], [ %263, %261 ]
  %233 = phi i32 [ 0, %227 ], [ %262, %261 ]
  %234 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %230
  %235 = load i8, ptr %234, align 1, !tbaa !5
  %236 = icmp eq i8 %235, 0
  br i1 %236, label %237, label %245

237:                                              ; preds = %229
  %238 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %231
  %239 = load i8, ptr %238, align 1, !tbaa !5
  %240 = icmp eq i8 %239, 0
  %241 = zext i1 %240 to i32
  %242 = add nsw i32 %233, %241
  %243 = trunc nuw nsw i64 %230 to i32
  %244 = select i1 %240, i32 %243, i32 %232
  br label %245

245:                                              ; preds = %237, %229
  %246 = phi i32 [ %233, %229 ], [ %242, %237 ]
  %247 = phi i32 [ %232, %229 ], [ %244, %237 ]
  %248 = add nuw nsw i64 %230, 2
  %249 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %248
  %250 = load i8, ptr %249, align 1, !tbaa !5
  %251 = icmp eq i8 %250, 0
  br i1 %251, label %252, label %261

252:                                              ; preds = %245
  %253 = add nuw nsw i64 %231, 2
  %254 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %253
  %255 = load i8, ptr %254, align 1, !tbaa !5
  %256 = icmp eq i8 %255, 0
  %257 = zext i1 %256 to i32
  %258 = add nsw i32 %246, %257
  %259 = trunc nuw nsw i64 %248 to i32
  %260 = select i1 %256, i32 %259, i32 %247
  br label %261

261:                                              ; preds = %252, %245
  %262 = phi i32 [ %246, %245 ], [ %258, %252 ]
  %263 = phi i32 [ %247, %245 ], [ %260, %252 ]
  %264 = add nuw nsw i64 %231, 4
  %265 = icmp ult i64 %231, 99997
  %266 = add nuw nsw i64 %230, 4
  br i1 %265, label %229, label %267, !llvm.loop !17

267:                                              ; preds = %261
  %268 = add nsw i32 %263, 2
  %269 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %262, i32 noundef %263, i32 noundef %268)
  br label %270

270:                                              ; preds = %298, %267
  %271 = phi i64 [ 2, %267 ], [ %299, %298 ]
  %272 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %271
  %273 = load i8, ptr %272, align 2, !tbaa !5
  %274 = icmp eq i8 %273, 0
  br i1 %274, label %275, label %286

275:                                              ; preds = %270
  %276 = sub nuw nsw i64 100, %271
  %277 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %276
  %278 = load i8, ptr %277, align 2, !tbaa !5
  %279 = icmp eq i8 %278, 0
  br i1 %279, label %280, label %286

280:                                              ; preds = %293, %275
  %281 = phi i64 [ %271, %275 ], [ %287, %293 ]
  %282 = phi i64 [ %276, %275 ], [ %294, %293 ]
  %283 = trunc nuw nsw i64 %281 to i32
  %284 = trunc nuw nsw i64 %282 to i32
  %285 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 100, i32 noundef %283, i32 noundef %284)
  br label %300

286:                                              ; preds = %270, %275
  %287 = or disjoint i64 %271, 1
  %288 = icmp eq i64 %271, 50
  br i1 %288, label %300, label %289, !llvm.loop !18

289:                                              ; preds = %286
  %290 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %287
  %291 = load i8, ptr %290, align 1, !tbaa !5
  %292 = icmp eq i8 %291, 0
  br i1 %292, label %293, label %298

293:                                              ; preds = %289
  %294 = sub nuw nsw i64 100, %287
  %295 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %294
  %296 = load i8, ptr %295, align 1, !tbaa !5
  %297 = icmp eq i8 %296, 0
  br i1 %297, label %280, label %298

298:                                              ; preds = %293, %289
  %299 = add nuw nsw i64 %271, 2
  br label %270

300:                                              ; preds = %286, %280
  br label %301

301:                                              ; preds = %323, %300
  %302 = phi i64 [ 2, %300 ], [ %324, %323 ]
  %303 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %302
  %304 = load i8, ptr %303, align 2, !tbaa !5
  %305 = icmp eq i8 %304, 0
  br i1 %305, label %306, label %311

306:                                              ; preds = %301
  %307 = sub nuw nsw i64 400, %302
  %308 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %307
  %309 = load i8, ptr %308, align 2, !tbaa !5
  %310 = icmp eq i8 %309, 0
  br i1 %310, label %325, label %311

311:                                              ; preds = %306, %301
  %312 = or disjoint i64 %302, 1
  %313 = icmp eq i64 %302, 200
  br i1 %313, label %331, label %314, !llvm.loop !18

314:                                              ; preds = %311
  %315 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %312
  %316 = load i8, ptr %315, align 1, !tbaa !5
  %317 = icmp eq i8 %316, 0
  br i1 %317, label %318, label %323

318:                                              ; preds = %314
  %319 = sub nuw nsw i64 400, %312
  %320 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %319
  %321 = load i8, ptr %320, align 1, !tbaa !5
  %322 = icmp eq i8 %321, 0
  br i1 %322, label %325, label %323

323:                                              ; preds = %318, %314
  %324 = add nuw nsw i64 %302, 2
  br label %301

325:                                              ; preds = %318, %306
  %326 = phi i64 [ %302, %306 ], [ %312, %318 ]
  %327 = phi i64 [ %307, %306 ], [ %319, %318 ]
  %328 = trunc nuw nsw i64 %326 to i32
  %329 = trunc nuw nsw i64 %327 to i32
  %330 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 400, i32 noundef %328, i32 noundef %329)
  br label %331

331:                                              ; preds = %311, %325
  br label %332

332:                                              ; preds = %354, %331
  %333 = phi i64 [ 2, %331 ], [ %355, %354 ]
  %334 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %333
  %335 = load i8, ptr %334, align 2, !tbaa !5
  %336 = icmp eq i8 %335, 0
  br i1 %336, label %337, label %342

337:                                              ; preds = %332
  %338 = sub nuw nsw i64 700, %333
  %339 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %338
  %340 = load i8, ptr %339, align 2, !tbaa !5
  %341 = icmp eq i8 %340, 0
  br i1 %341, label %356, label %342

342:                                              ; preds = %337, %332
  %343 = or disjoint i64 %333, 1
  %344 = icmp eq i64 %333, 350
  br i1 %344, label %362, label %345, !llvm.loop !18

345:                                              ; preds = %342
  %346 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %343
  %347 = load i8, ptr %346, align 1, !tbaa !5
  %348 = icmp eq i8 %347, 0
  br i1 %348, label %349, label %354

349:                                              ; preds = %345
  %350 = sub nuw nsw i64 700, %343
  %351 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %350
  %352 = load i8, ptr %351, align 1, !tbaa !5
  %353 = icmp eq i8 %352, 0
  br i1 %353, label %356, label %354

354:                                              ; preds = %349, %345
  %355 = add nuw nsw i64 %333, 2
  br label %332

356:                                              ; preds = %349, %337
  %357 = phi i64 [ %333, %337 ], [ %343, %349 ]
  %358 = phi i64 [ %338, %337 ], [ %350, %349 ]
  %359 = trunc nuw nsw i64 %357 to i32
  %360 = trunc nuw nsw i64 %358 to i32
  %361 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 700, i32 noundef %359, i32 noundef %360)
  br label %362

362:                                              ; preds = %342, %356
  br label %363

363:                                              ; preds = %385, %362
  %364 = phi i64 [ 2, %362 ], [ %386, %385 ]
  %365 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %364
  %366 = load i8, ptr %365, align 2, !tbaa !5
  %367 = icmp eq i8 %366, 0
  br i1 %367, label %368, label %373

368:                                              ; preds = %363
  %369 = sub nuw nsw i64 1000, %364
  %370 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %369
  %371 = load i8, ptr %370, align 2, !tbaa !5
  %372 = icmp eq i8 %371, 0
  br i1 %372, label %387, label %373

373:                                              ; preds = %368, %363
  %374 = or disjoint i64 %364, 1
  %375 = icmp eq i64 %364, 500
  br i1 %375, label %393, label %376, !llvm.loop !18

376:                                              ; preds = %373
  %377 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %374
  %378 = load i8, ptr %377, align 1, !tbaa !5
  %379 = icmp eq i8 %378, 0
  br i1 %379, label %380, label %385

380:                                              ; preds = %376
  %381 = sub nuw nsw i64 1000, %374
  %382 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %381
  %383 = load i8, ptr %382, align 1, !tbaa !5
  %384 = icmp eq i8 %383, 0
  br i1 %384, label %387, label %385

385:                                              ; preds = %380, %376
  %386 = add nuw nsw i64 %364, 2
  br label %363

387:                                              ; preds = %380, %368
  %388 = phi i64 [ %364, %368 ], [ %374, %380 ]
  %389 = phi i64 [ %369, %368 ], [ %381, %380 ]
  %390 = trunc nuw nsw i64 %388 to i32
  %391 = trunc nuw nsw i64 %389 to i32
  %392 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1000, i32 noundef %390, i32 noundef %391)
  br label %393

393:                                              ; preds = %373, %387
  br label %396

394:                                              ; preds = %396
  %395 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %420, i32 noundef %422)
  tail call fastcc void @factor(i64 noundef 360)
  tail call fastcc void @factor(i64 noundef 9999991)
  tail call fastcc void @factor(i64 noundef 600851475143)
  tail call fastcc void @factor(i64 noundef 1099511627776)
  ret i32 0

396:                                              ; preds = %396, %393
  %397 = phi i64 [ 3, %393 ], [ %424, %396 ]
  %398 = phi i32 [ 2, %393 ], [ %423, %396 ]
  %399 = phi i32 [ 0, %393 ], [ %422, %396 ]
  %400 = phi i32 [ 0, %393 ], [ %420, %396 ]
  %401 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %397
  %402 = load i8, ptr %401, align 1, !tbaa !5
  %403 = icmp eq i8 %402, 0
  %404 = trunc nuw nsw i64 %397 to i32
  %405 = sub nsw i32 %404, %398
  %406 = icmp sgt i32 %405, %400
  %407 = tail call i32 @llvm.smax.i32(i32 %405, i32 %400)
  %408 = select i1 %403, i32 %407, i32 %400
  %409 = select i1 %403, i1 %406, i1 false
  %410 = select i1 %409, i32 %398, i32 %399
  %411 = select i1 %403, i32 %404, i32 %398
  %412 = add nuw nsw i64 %397, 1
  %413 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %412
  %414 = load i8, ptr %413, align 1, !tbaa !5
  %415 = icmp eq i8 %414, 0
  %416 = trunc nuw nsw i64 %412 to i32
  %417 = sub nsw i32 %416, %411
  %418 = icmp sgt i32 %417, %408
  %419 = tail call i32 @llvm.smax.i32(i32 %417, i32 %408)
  %420 = select i1 %415, i32 %419, i32 %408
  %421 = select i1 %415, i1 %418, i1 false
  %422 = select i1 %421, i32 %411, i32 %410
  %423 = select i1 %415, i32 %416, i32 %411
  %424 = add nuw nsw i64 %397, 2
  %425 = icmp eq i64 %424, 100001
  br i1 %425, label %394, label %396, !llvm.loop !19
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
  br i1 %3, label %15, label %4

4:                                                ; preds = %1, %25
  %5 = phi i64 [ %28, %25 ], [ 2, %1 ]
  %6 = phi ptr [ %27, %25 ], [ @.str.7, %1 ]
  %7 = phi i64 [ %26, %25 ], [ %0, %1 ]
  %8 = urem i64 %7, %5
  %9 = udiv i64 %7, %5
  %10 = icmp eq i64 %8, 0
  br i1 %10, label %11, label %25

11:                                               ; preds = %4
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %6, i64 noundef %5)
  %13 = urem i64 %9, %5
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %19, label %25

15:                                               ; preds = %25, %1
  %16 = phi i64 [ %0, %1 ], [ %26, %25 ]
  %17 = phi ptr [ @.str.7, %1 ], [ %27, %25 ]
  %18 = icmp ugt i64 %16, 1
  br i1 %18, label %31, label %33

19:                                               ; preds = %11, %19
  %20 = phi i64 [ %22, %19 ], [ %9, %11 ]
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.9, i64 noundef %5)
  %22 = udiv i64 %20, %5
  %23 = urem i64 %22, %5
  %24 = icmp eq i64 %23, 0
  br i1 %24, label %19, label %25, !llvm.loop !20

25:                                               ; preds = %19, %11, %4
  %26 = phi i64 [ %7, %4 ], [ %9, %11 ], [ %22, %19 ]
  %27 = phi ptr [ %6, %4 ], [ @.str.9, %11 ], [ @.str.9, %19 ]
  %28 = add i64 %5, 1
  %29 = mul i64 %28, %28
  %30 = icmp ugt i64 %29, %26
  br i1 %30, label %15, label %4, !llvm.loop !22

31:                                               ; preds = %15
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %17, i64 noundef %16)
  br label %33

33:                                               ; preds = %31, %15
  %34 = tail call i32 @putchar(i32 10)
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !6, i64 0}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9, !21}
!21 = !{!"llvm.loop.peeled.count", i32 1}
!22 = distinct !{!22, !9}
