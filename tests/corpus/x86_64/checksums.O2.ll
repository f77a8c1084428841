; ModuleID = 'checksums.c'
source_filename = "checksums.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.4 = private unnamed_addr constant [44 x i8] c"The quick brown fox jumps over the lazy dog\00", align 1
@__const.main.msgs = private unnamed_addr constant [5 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4], align 16
@.str.5 = private unnamed_addr constant [58 x i8] c"'%s': crc=%08x/%08x adler=%08x fnv=%016llx fletcher=%04x\0A\00", align 1
@main.big = internal unnamed_addr global [65536 x i8] zeroinitializer, align 16
@.str.6 = private unnamed_addr constant [38 x i8] c"64K: crc=%08x adler=%08x fnv=%016llx\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"table[1]=%08x table[255]=%08x\0A\00", align 1
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %45, %1 ]
  %3 = trunc nuw nsw i64 %2 to i32
  %4 = and i32 %3, 1
  %5 = icmp eq i32 %4, 0
  %6 = lshr i32 %3, 1
  %7 = xor i32 %6, -306674912
  %8 = select i1 %5, i32 %6, i32 %7
  %9 = and i32 %8, 1
  %10 = icmp eq i32 %9, 0
  %11 = lshr i32 %8, 1
  %12 = xor i32 %11, -306674912
  %13 = select i1 %10, i32 %11, i32 %12
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  %16 = lshr i32 %13, 1
  %17 = xor i32 %16, -306674912
  %18 = select i1 %15, i32 %16, i32 %17
  %19 = and i32 %18, 1
  %20 = icmp eq i32 %19, 0
  %21 = lshr i32 %18, 1
  %22 = xor i32 %21, -306674912
  %23 = select i1 %20, i32 %21, i32 %22
  %24 = and i32 %23, 1
  %25 = icmp eq i32 %24, 0
  %26 = lshr i32 %23, 1
  %27 = xor i32 %26, -306674912
  %28 = select i1 %25, i32 %26, i32 %27
  %29 = and i32 %28, 1
  %30 = icmp eq i32 %29, 0
  %31 = lshr i32 %28, 1
  %32 = xor i32 %31, -306674912
  %33 = select i1 %30, i32 %31, i32 %32
  %34 = and i32 %33, 1
  %35 = icmp eq i32 %34, 0
  %36 = lshr i32 %33, 1
  %37 = xor i32 %36, -306674912
  %38 = select i1 %35, i32 %36, i32 %37
  %39 = and i32 %38, 1
  %40 = icmp eq i32 %39, 0
  %41 = lshr i32 %38, 1
  %42 = xor i32 %41, -306674912
  %43 = select i1 %40, i32 %41, i32 %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store i32 %43, ptr %44, align 4, !tbaa !5
  %45 = add nuw nsw i64 %2, 1
  %46 = icmp eq i64 %45, 256
  br i1 %46, label %47, label %1, !llvm.loop !9

47:                                               ; preds = %1, %293
  %48 = phi i64 [ %301, %293 ], [ 0, %1 ]
  %49 = getelementptr inbounds [5 x ptr], ptr @__const.main.msgs, i64 0, i64 %48
  %50 = load ptr, ptr %49, align 8, !tbaa !11
  %51 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %50) #3
  %52 = icmp eq i64 %51, 0
  br i1 %52, label %293, label %53

53:                                               ; preds = %47
  %54 = add i64 %51, -1
  %55 = and i64 %51, 1
  %56 = icmp eq i64 %54, 0
  br i1 %56, label %83, label %57

57:                                               ; preds = %53
  %58 = and i64 %51, -2
  br label %59

59:                                               ; preds = %59, %57
  %60 = phi i32 [ -1, %57 ], [ %80, %59 ]
  %61 = phi ptr [ %50, %57 ], [ %72, %59 ]
  %62 = phi i64 [ 0, %57 ], [ %81, %59 ]
  %63 = getelementptr inbounds i8, ptr %61, i64 1
  %64 = load i8, ptr %61, align 1, !tbaa !13
  %65 = trunc i32 %60 to i8
  %66 = xor i8 %64, %65
  %67 = zext i8 %66 to i64
  %68 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = lshr i32 %60, 8
  %71 = xor i32 %69, %70
  %72 = getelementptr inbounds i8, ptr %61, i64 2
  %73 = load i8, ptr %63, align 1, !tbaa !13
  %74 = trunc i32 %71 to i8
  %75 = xor i8 %73, %74
  %76 = zext i8 %75 to i64
  %77 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = lshr i32 %71, 8
  %80 = xor i32 %78, %79
  %81 = add i64 %62, 2
  %82 = icmp eq i64 %81, %58
  br i1 %82, label %83, label %59, !llvm.loop !14

83:                                               ; preds = %59, %53
  %84 = phi i32 [ poison, %53 ], [ %80, %59 ]
  %85 = phi i32 [ -1, %53 ], [ %80, %59 ]
  %86 = phi ptr [ %50, %53 ], [ %72, %59 ]
  %87 = icmp eq i64 %55, 0
  br i1 %87, label %97, label %88

88:                                               ; preds = %83
  %89 = load i8, ptr %86, align 1, !tbaa !13
  %90 = trunc i32 %85 to i8
  %91 = xor i8 %89, %90
  %92 = zext i8 %91 to i64
  %93 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = lshr i32 %85, 8
  %96 = xor i32 %94, %95
  br label %97

97:                                               ; preds = %83, %88
  %98 = phi i32 [ %84, %83 ], [ %96, %88 ]
  br label %99

99:                                               ; preds = %97, %99
  %100 = phi i64 [ %141, %99 ], [ 0, %97 ]
  %101 = phi i32 [ %140, %99 ], [ -1, %97 ]
  %102 = getelementptr inbounds i8, ptr %50, i64 %100
  %103 = load i8, ptr %102, align 1, !tbaa !13
  %104 = zext i8 %103 to i32
  %105 = xor i32 %101, %104
  %106 = lshr i32 %105, 1
  %107 = and i32 %105, 1
  %108 = icmp eq i32 %107, 0
  %109 = select i1 %108, i32 0, i32 -306674912
  %110 = xor i32 %109, %106
  %111 = lshr i32 %110, 1
  %112 = and i32 %105, 2
  %113 = icmp eq i32 %112, 0
  %114 = select i1 %113, i32 0, i32 -306674912
  %115 = xor i32 %111, %114
  %116 = lshr i32 %115, 6
  %117 = and i32 %105, 4
  %118 = icmp eq i32 %117, 0
  %119 = select i1 %118, i32 0, i32 124634137
  %120 = and i32 %105, 8
  %121 = icmp eq i32 %120, 0
  %122 = select i1 %121, i32 0, i32 249268274
  %123 = and i32 %105, 16
  %124 = icmp eq i32 %123, 0
  %125 = select i1 %124, i32 0, i32 498536548
  %126 = and i32 %105, 32
  %127 = icmp eq i32 %126, 0
  %128 = select i1 %127, i32 0, i32 997073096
  %129 = and i32 %110, 32
  %130 = icmp eq i32 %129, 0
  %131 = select i1 %130, i32 0, i32 1994146192
  %132 = and i32 %115, 32
  %133 = icmp eq i32 %132, 0
  %134 = select i1 %133, i32 0, i32 -306674912
  %135 = xor i32 %122, %119
  %136 = xor i32 %135, %125
  %137 = xor i32 %136, %128
  %138 = xor i32 %137, %116
  %139 = xor i32 %138, %131
  %140 = xor i32 %139, %134
  %141 = add nuw i64 %100, 1
  %142 = icmp eq i64 %141, %51
  br i1 %142, label %143, label %99, !llvm.loop !15

143:                                              ; preds = %99
  %144 = xor i32 %98, -1
  %145 = and i64 %51, 1
  %146 = icmp eq i64 %54, 0
  br i1 %146, label %172, label %147

147:                                              ; preds = %143
  %148 = and i64 %51, -2
  br label %149

149:                                              ; preds = %149, %147
  %150 = phi i64 [ 0, %147 ], [ %169, %149 ]
  %151 = phi i32 [ 0, %147 ], [ %168, %149 ]
  %152 = phi i32 [ 1, %147 ], [ %166, %149 ]
  %153 = phi i64 [ 0, %147 ], [ %170, %149 ]
  %154 = getelementptr inbounds i8, ptr %50, i64 %150
  %155 = load i8, ptr %154, align 1, !tbaa !13
  %156 = zext i8 %155 to i32
  %157 = add nuw nsw i32 %152, %156
  %158 = urem i32 %157, 65521
  %159 = add nuw nsw i32 %158, %151
  %160 = urem i32 %159, 65521
  %161 = or disjoint i64 %150, 1
  %162 = getelementptr inbounds i8, ptr %50, i64 %161
  %163 = load i8, ptr %162, align 1, !tbaa !13
  %164 = zext i8 %163 to i32
  %165 = add nuw nsw i32 %158, %164
  %166 = urem i32 %165, 65521
  %167 = add nuw nsw i32 %166, %160
  %168 = urem i32 %167, 65521
  %169 = add nuw i64 %150, 2
  %170 = add i64 %153, 2
  %171 = icmp eq i64 %170, %148
  br i1 %171, label %172, label %149, !llvm.loop !16

172:                                              ; preds = %149, %143
  %173 = phi i32 [ poison, %143 ], [ %166, %149 ]
  %174 = phi i32 [ poison, %143 ], [ %168, %149 ]
  %175 = phi i64 [ 0, %143 ], [ %169, %149 ]
  %176 = phi i32 [ 0, %143 ], [ %168, %149 ]
  %177 = phi i32 [ 1, %143 ], [ %166, %149 ]
  %178 = icmp eq i64 %145, 0
  br i1 %178, label %187, label %179

179:                                              ; preds = %172
  %180 = getelementptr inbounds i8, ptr %50, i64 %175
  %181 = load i8, ptr %180, align 1, !tbaa !13
  %182 = zext i8 %181 to i32
  %183 = add nuw nsw i32 %177, %182
  %184 = urem i32 %183, 65521
  %185 = add nuw nsw i32 %184, %176
  %186 = urem i32 %185, 65521
  br label %187

187:                                              ; preds = %172, %179
  %188 = phi i32 [ %173, %172 ], [ %184, %179 ]
  %189 = phi i32 [ %174, %172 ], [ %186, %179 ]
  %190 = shl nuw i32 %189, 16
  %191 = and i64 %51, 3
  %192 = icmp ult i64 %51, 4
  br i1 %192, label %225, label %193

193:                                              ; preds = %187
  %194 = and i64 %51, -4
  br label %195

195:                                              ; preds = %195, %193
  %196 = phi i64 [ 0, %193 ], [ %222, %195 ]
  %197 = phi i64 [ -3750763034362895579, %193 ], [ %221, %195 ]
  %198 = phi i64 [ 0, %193 ], [ %223, %195 ]
  %199 = getelementptr inbounds i8, ptr %50, i64 %196
  %200 = load i8, ptr %199, align 1, !tbaa !13
  %201 = zext i8 %200 to i64
  %202 = xor i64 %197, %201
  %203 = mul i64 %202, 1099511628211
  %204 = or disjoint i64 %196, 1
  %205 = getelementptr inbounds i8, ptr %50, i64 %204
  %206 = load i8, ptr %205, align 1, !tbaa !13
  %207 = zext i8 %206 to i64
  %208 = xor i64 %203, %207
  %209 = mul i64 %208, 1099511628211
  %210 = or disjoint i64 %196, 2
  %211 = getelementptr inbounds i8, ptr %50, i64 %210
  %212 = load i8, ptr %211, align 1, !tbaa !13
  %213 = zext i8 %212 to i64
  %214 = xor i64 %209, %213
  %215 = mul i64 %214, 1099511628211
  %216 = or disjoint i64 %196, 3
  %217 = getelementptr inbounds i8, ptr %50, i64 %216
  %218 = load i8, ptr %217, align 1, !tbaa !13
  %219 = zext i8 %218 to i64
  %220 = xor i64 %215, %219
  %221 = mul i64 %220, 1099511628211
  %222 = add nuw i64 %196, 4
  %223 = add i64 %198, 4
  %224 = icmp eq i64 %223, %194
  br i1 %224, label %225, label %195, !llvm.loop !17

225:                                              ; preds = %195, %187
  %226 = phi i64 [ poison, %187 ], [ %221, %195 ]
  %227 = phi i64 [ 0, %187 ], [ %222, %195 ]
  %228 = phi i64 [ -3750763034362895579, %187 ], [ %221, %195 ]
  %229 = icmp eq i64 %191, 0
  br i1 %229, label %242, label %230

230:                                              ; preds = %225, %230
  %231 = phi i64 [ %239, %230 ], [ %227, %225 ]
  %232 = phi i64 [ %238, %230 ], [ %228, %225 ]
  %233 = phi i64 [ %240, %230 ], [ 0, %225 ]
  %234 = getelementptr inbounds i8, ptr %50, i64 %231
  %235 = load i8, ptr %234, align 1, !tbaa !13
  %236 = zext i8 %235 to i64
  %237 = xor i64 %232, %236
  %238 = mul i64 %237, 1099511628211
  %239 = add nuw i64 %231, 1
  %240 = add i64 %233, 1
  %241 = icmp eq i64 %240, %191
  br i1 %241, label %242, label %230, !llvm.loop !18

242:                                              ; preds = %230, %225
  %243 = phi i64 [ %226, %225 ], [ %238, %230 ]
  %244 = xor i32 %140, -1
  %245 = and i64 %51, 1
  %246 = icmp eq i64 %54, 0
  br i1 %246, label %249, label %247

247:                                              ; preds = %242
  %248 = and i64 %51, -2
  br label %270

249:                                              ; preds = %270, %242
  %250 = phi i16 [ poison, %242 ], [ %287, %270 ]
  %251 = phi i16 [ poison, %242 ], [ %289, %270 ]
  %252 = phi i64 [ 0, %242 ], [ %290, %270 ]
  %253 = phi i16 [ 0, %242 ], [ %289, %270 ]
  %254 = phi i16 [ 0, %242 ], [ %287, %270 ]
  %255 = icmp eq i64 %245, 0
  br i1 %255, label %264, label %256

256:                                              ; preds = %249
  %257 = getelementptr inbounds i8, ptr %50, i64 %252
  %258 = load i8, ptr %257, align 1, !tbaa !13
  %259 = zext i8 %258 to i16
  %260 = add nuw nsw i16 %254, %259
  %261 = urem i16 %260, 255
  %262 = add nuw nsw i16 %261, %253
  %263 = urem i16 %262, 255
  br label %264

264:                                              ; preds = %249, %256
  %265 = phi i16 [ %250, %249 ], [ %261, %256 ]
  %266 = phi i16 [ %251, %249 ], [ %263, %256 ]
  %267 = or disjoint i32 %190, %188
  %268 = shl nuw i16 %266, 8
  %269 = or disjoint i16 %268, %265
  br label %293

270:                                              ; preds = %270, %247
  %271 = phi i64 [ 0, %247 ], [ %290, %270 ]
  %272 = phi i16 [ 0, %247 ], [ %289, %270 ]
  %273 = phi i16 [ 0, %247 ], [ %287, %270 ]
  %274 = phi i64 [ 0, %247 ], [ %291, %270 ]
  %275 = getelementptr inbounds i8, ptr %50, i64 %271
  %276 = load i8, ptr %275, align 1, !tbaa !13
  %277 = zext i8 %276 to i16
  %278 = add nuw nsw i16 %273, %277
  %279 = urem i16 %278, 255
  %280 = add nuw nsw i16 %279, %272
  %281 = urem i16 %280, 255
  %282 = or disjoint i64 %271, 1
  %283 = getelementptr inbounds i8, ptr %50, i64 %282
  %284 = load i8, ptr %283, align 1, !tbaa !13
  %285 = zext i8 %284 to i16
  %286 = add nuw nsw i16 %279, %285
  %287 = urem i16 %286, 255
  %288 = add nuw nsw i16 %287, %281
  %289 = urem i16 %288, 255
  %290 = add nuw i64 %271, 2
  %291 = add i64 %274, 2
  %292 = icmp eq i64 %291, %248
  br i1 %292, label %249, label %270, !llvm.loop !20

293:                                              ; preds = %47, %264
  %294 = phi i64 [ %243, %264 ], [ -3750763034362895579, %47 ]
  %295 = phi i32 [ %244, %264 ], [ 0, %47 ]
  %296 = phi i32 [ %144, %264 ], [ 0, %47 ]
  %297 = phi i32 [ %267, %264 ], [ 1, %47 ]
  %298 = phi i16 [ %269, %264 ], [ 0, %47 ]
  %299 = zext i16 %298 to i32
  %300 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef %50, i32 noundef %296, i32 noundef %295, i32 noundef %297, i64 noundef %294, i32 noundef %299)
  %301 = add nuw nsw i64 %48, 1
  %302 = icmp eq i64 %301, 5
  br i1 %302, label %384, label %47, !llvm.loop !21

303:                                              ; preds = %384, %303
  %304 = phi i32 [ %325, %303 ], [ -1, %384 ]
  %305 = phi i64 [ %316, %303 ], [ 65536, %384 ]
  %306 = phi ptr [ %317, %303 ], [ @main.big, %384 ]
  %307 = getelementptr inbounds i8, ptr %306, i64 1
  %308 = load i8, ptr %306, align 1, !tbaa !13
  %309 = trunc i32 %304 to i8
  %310 = xor i8 %308, %309
  %311 = zext i8 %310 to i64
  %312 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %311
  %313 = load i32, ptr %312, align 4, !tbaa !5
  %314 = lshr i32 %304, 8
  %315 = xor i32 %313, %314
  %316 = add nsw i64 %305, -2
  %317 = getelementptr inbounds i8, ptr %306, i64 2
  %318 = load i8, ptr %307, align 1, !tbaa !13
  %319 = trunc i32 %315 to i8
  %320 = xor i8 %318, %319
  %321 = zext i8 %320 to i64
  %322 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %321
  %323 = load i32, ptr %322, align 4, !tbaa !5
  %324 = lshr i32 %315, 8
  %325 = xor i32 %323, %324
  %326 = icmp eq i64 %316, 0
  br i1 %326, label %327, label %303, !llvm.loop !14

327:                                              ; preds = %303, %327
  %328 = phi i64 [ %346, %327 ], [ 0, %303 ]
  %329 = phi i32 [ %345, %327 ], [ 0, %303 ]
  %330 = phi i32 [ %343, %327 ], [ 1, %303 ]
  %331 = getelementptr inbounds i8, ptr @main.big, i64 %328
  %332 = load i8, ptr %331, align 2, !tbaa !13
  %333 = zext i8 %332 to i32
  %334 = add nuw nsw i32 %330, %333
  %335 = urem i32 %334, 65521
  %336 = add nuw nsw i32 %335, %329
  %337 = urem i32 %336, 65521
  %338 = or disjoint i64 %328, 1
  %339 = getelementptr inbounds i8, ptr @main.big, i64 %338
  %340 = load i8, ptr %339, align 1, !tbaa !13
  %341 = zext i8 %340 to i32
  %342 = add nuw nsw i32 %335, %341
  %343 = urem i32 %342, 65521
  %344 = add nuw nsw i32 %343, %337
  %345 = urem i32 %344, 65521
  %346 = add nuw nsw i64 %328, 2
  %347 = icmp eq i64 %346, 65536
  br i1 %347, label %348, label %327, !llvm.loop !16

348:                                              ; preds = %327, %348
  %349 = phi i64 [ %374, %348 ], [ 0, %327 ]
  %350 = phi i64 [ %373, %348 ], [ -3750763034362895579, %327 ]
  %351 = getelementptr inbounds i8, ptr @main.big, i64 %349
  %352 = load i8, ptr %351, align 4, !tbaa !13
  %353 = zext i8 %352 to i64
  %354 = xor i64 %350, %353
  %355 = mul i64 %354, 1099511628211
  %356 = or disjoint i64 %349, 1
  %357 = getelementptr inbounds i8, ptr @main.big, i64 %356
  %358 = load i8, ptr %357, align 1, !tbaa !13
  %359 = zext i8 %358 to i64
  %360 = xor i64 %355, %359
  %361 = mul i64 %360, 1099511628211
  %362 = or disjoint i64 %349, 2
  %363 = getelementptr inbounds i8, ptr @main.big, i64 %362
  %364 = load i8, ptr %363, align 2, !tbaa !13
  %365 = zext i8 %364 to i64
  %366 = xor i64 %361, %365
  %367 = mul i64 %366, 1099511628211
  %368 = or disjoint i64 %349, 3
  %369 = getelementptr inbounds i8, ptr @main.big, i64 %368
  %370 = load i8, ptr %369, align 1, !tbaa !13
  %371 = zext i8 %370 to i64
  %372 = xor i64 %367, %371
  %373 = mul i64 %372, 1099511628211
  %374 = add nuw nsw i64 %349, 4
  %375 = icmp eq i64 %374, 65536
  br i1 %375, label %376, label %348, !llvm.loop !17

376:                                              ; preds = %348
  %377 = shl nuw i32 %345, 16
  %378 = or disjoint i32 %377, %343
  %379 = xor i32 %325, -1
  %380 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %379, i32 noundef %378, i64 noundef %373)
  %381 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 4), align 4, !tbaa !5
  %382 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 1020), align 4, !tbaa !5
  %383 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %381, i32 noundef %382)
  ret i32 0

384:                                              ; preds = %293, %384
  %385 = phi i64 [ %409, %384 ], [ 0, %293 ]
  %386 = mul nuw nsw i64 %385, 131
  %387 = lshr i64 %385, 8
  %388 = add nuw nsw i64 %386, %387
  %389 = trunc i64 %388 to i8
  %390 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %385
  store i8 %389, ptr %390, align 4, !tbaa !13
  %391 = or disjoint i64 %385, 1
  %392 = mul nuw nsw i64 %391, 131
  %393 = lshr i64 %385, 8
  %394 = add nuw nsw i64 %392, %393
  %395 = trunc i64 %394 to i8
  %396 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %391
  store i8 %395, ptr %396, align 1, !tbaa !13
  %397 = or disjoint i64 %385, 2
  %398 = mul nuw nsw i64 %397, 131
  %399 = lshr i64 %385, 8
  %400 = add nuw nsw i64 %398, %399
  %401 = trunc i64 %400 to i8
  %402 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %397
  store i8 %401, ptr %402, align 2, !tbaa !13
  %403 = or disjoint i64 %385, 3
  %404 = mul nuw nsw i64 %403, 131
  %405 = lshr i64 %385, 8
  %406 = add nuw nsw i64 %404, %405
  %407 = trunc i64 %406 to i8
  %408 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %403
  store i8 %407, ptr %408, align 1, !tbaa !13
  %409 = add nuw nsw i64 %385, 4
  %410 = icmp eq i64 %409, 65536
  br i1 %410, label %303, label %384, !llvm.loop !22
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.unroll.disable"}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
