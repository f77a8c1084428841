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

18:                                               ; preds = %14, %18
  %19 = phi i64 [ %43, %18 ], [ 0, %14 ]
  %20 = phi <4 x i32> [ %41, %18 ], [ zeroinitializer, %14 ]
  %21 = phi <4 x i32> [ %42, %18 ], [ zeroinitializer, %14 ]
  %22 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %19
  %23 = getelementptr inbounds i8, ptr %22, i64 4
  %24 = load <4 x i8>, ptr %22, align 16, !tbaa !5
  %25 = load <4 x i8>, ptr %23, align 4, !tbaa !5
  %26 = icmp eq <4 x i8> %24, zeroinitializer
  %27 = icmp eq <4 x i8> %25, zeroinitializer
  %28 = zext <4 x i1> %26 to <4 x i32>
  %29 = zext <4 x i1> %27 to <4 x i32>
  %30 = add <4 x i32> %20, %28
  %31 = add <4 x i32> %21, %29
  %32 = or disjoint i64 %19, 8
  %33 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %32
  %34 = getelementptr inbounds i8, ptr %33, i64 4
  %35 = load <4 x i8>, ptr %33, align 8, !tbaa !5
  %36 = load <4 x i8>, ptr %34, align 4, !tbaa !5
  %37 = icmp eq <4 x i8> %35, zeroinitializer
  %38 = icmp eq <4 x i8> %36, zeroinitializer
  %39 = zext <4 x i1> %37 to <4 x i32>
  %40 = zext <4 x i1> %38 to <4 x i32>
  %41 = add <4 x i32> %30, %39
  %42 = add <4 x i32> %31, %40
  %43 = add nuw nsw i64 %19, 16
  %44 = icmp eq i64 %43, 100000
  br i1 %44, label %45, label %18, !llvm.loop !11

45:                                               ; preds = %18
  %46 = add <4 x i32> %42, %41
  %47 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %46)
  %48 = load i8, ptr getelementptr inbounds (i8, ptr @composite, i64 100000), align 16, !tbaa !5
  %49 = icmp eq i8 %48, 0
  %50 = zext i1 %49 to i32
  %51 = add nuw nsw i32 %47, %50
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %51)
  %53 = tail call noalias dereferenceable_or_null(6264) ptr @malloc(i64 noundef 6264) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(6256) %53, i8 0, i64 6256, i1 false)
  br label %54

54:                                               ; preds = %82, %45
  %55 = phi i32 [ %84, %82 ], [ 9, %45 ]
  %56 = phi i32 [ %83, %82 ], [ 3, %45 ]
  %57 = lshr i32 %56, 1
  %58 = lshr i32 %56, 7
  %59 = zext nneg i32 %58 to i64
  %60 = getelementptr inbounds i64, ptr %53, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !14
  %62 = and i32 %57, 63
  %63 = zext nneg i32 %62 to i64
  %64 = shl nuw i64 1, %63
  %65 = and i64 %64, %61
  %66 = icmp eq i64 %65, 0
  br i1 %66, label %67, label %82

67:                                               ; preds = %54
  %68 = shl nuw nsw i32 %56, 1
  br label %69

69:                                               ; preds = %69, %67
  %70 = phi i32 [ %55, %67 ], [ %80, %69 ]
  %71 = lshr i32 %70, 1
  %72 = and i32 %71, 63
  %73 = zext nneg i32 %72 to i64
  %74 = shl nuw i64 1, %73
  %75 = lshr i32 %70, 7
  %76 = zext nneg i32 %75 to i64
  %77 = getelementptr inbounds i64, ptr %53, i64 %76
  %78 = load i64, ptr %77, align 8, !tbaa !14
  %79 = or i64 %74, %78
  store i64 %79, ptr %77, align 8, !tbaa !14
  %80 = add nuw nsw i32 %70, %68
  %81 = icmp ugt i32 %80, 100000
  br i1 %81, label %82, label %69, !llvm.loop !16

82:                                               ; preds = %69, %54
  %83 = add nuw nsw i32 %56, 2
  %84 = mul nuw nsw i32 %83, %83
  %85 = icmp ugt i32 %84, 100000
  br i1 %85, label %86, label %54, !llvm.loop !17

86:                                               ; preds = %82, %102
  %87 = phi i32 [ %116, %102 ], [ 3, %82 ]
  %88 = phi i32 [ %115, %102 ], [ 1, %82 ]
  %89 = lshr i32 %87, 1
  %90 = lshr i32 %87, 7
  %91 = zext nneg i32 %90 to i64
  %92 = getelementptr inbounds i64, ptr %53, i64 %91
  %93 = load i64, ptr %92, align 8, !tbaa !14
  %94 = and i32 %89, 63
  %95 = zext nneg i32 %94 to i64
  %96 = shl nuw i64 1, %95
  %97 = and i64 %96, %93
  %98 = icmp eq i64 %97, 0
  %99 = zext i1 %98 to i32
  %100 = add nuw nsw i32 %88, %99
  %101 = icmp ugt i32 %87, 99998
  br i1 %101, label %117, label %102, !llvm.loop !18

102:                                              ; preds = %86
  %103 = add nuw nsw i32 %87, 2
  %104 = lshr i32 %103, 1
  %105 = lshr i32 %103, 7
  %106 = zext nneg i32 %105 to i64
  %107 = getelementptr inbounds i64, ptr %53, i64 %106
  %108 = load i64, ptr %107, align 8, !tbaa !14
  %109 = and i32 %104, 63
  %110 = zext nneg i32 %109 to i64
  %111 = shl nuw i64 1, %110
  %112 = and i64 %111, %108
  %113 = icmp eq i64 %112, 0
  %114 = zext i1 %113 to i32
  %115 = add nuw nsw i32 %100, %114
  %116 = add nuw nsw i32 %87, 4
  br label %86

117:                                              ; preds = %86
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(100001) @composite, i8 0, i64 100001, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !5
  store i8 1, ptr @composite, align 16, !tbaa !5
  br label %118

118:                                              ; preds = %131, %117
  %119 = phi i64 [ 4, %117 ], [ %133, %131 ]
  %120 = phi i64 [ 2, %117 ], [ %132, %131 ]
  %121 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %120
  %122 = load i8, ptr %121, align 1, !tbaa !5
  %123 = icmp eq i8 %122, 0
  %124 = icmp ult i64 %119, 100001
  %125 = and i1 %124, %123
  br i1 %125, label %126, label %131

126:                                              ; preds = %118, %126
  %127 = phi i64 [ %129, %126 ], [ %119, %118 ]
  %128 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %127
  store i8 1, ptr %128, align 1, !tbaa !5
  %129 = add nuw nsw i64 %127, %120
  %130 = icmp ult i64 %129, 100001
  br i1 %130, label %126, label %131, !llvm.loop !8

131:                                              ; preds = %126, %118
  %132 = add nuw nsw i64 %120, 1
  %133 = mul nuw nsw i64 %132, %132
  %134 = icmp eq i64 %132, 317
  br i1 %134, label %135, label %118, !llvm.loop !10

135:                                              ; preds = %131, %135
  %136 = phi i64 [ %160, %135 ], [ 0, %131 ]
  %137 = phi <4 x i32> [ %158, %135 ], [ zeroinitializer, %131 ]
  %138 = phi <4 x i32> [ %159, %135 ], [ zeroinitializer, %131 ]
  %139 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %136
  %140 = getelementptr inbounds i8, ptr %139, i64 4
  %141 = load <4 x i8>, ptr %139, align 16, !tbaa !5
  %142 = load <4 x i8>, ptr %140, align 4, !tbaa !5
  %143 = icmp eq <4 x i8> %141, zeroinitializer
  %144 = icmp eq <4 x i8> %142, zeroinitializer
  %145 = zext <4 x i1> %143 to <4 x i32>
  %146 = zext <4 x i1> %144 to <4 x i32>
  %147 = add <4 x i32> %137, %145
  %148 = add <4 x i32> %138, %146
  %149 = or disjoint i64 %136, 8
  %150 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %149
  %151 = getelementptr inbounds i8, ptr %150, i64 4
  %152 = load <4 x i8>, ptr %150, align 8, !tbaa !5
  %153 = load <4 x i8>, ptr %151, align 4, !tbaa !5
  %154 = icmp eq <4 x i8> %152, zeroinitializer
  %155 = icmp eq <4 x i8> %153, zeroinitializer
  %156 = zext <4 x i1> %154 to <4 x i32>
  %157 = zext <4 x i1> %155 to <4 x i32>
  %158 = add <4 x i32> %147, %156
  %159 = add <4 x i32> %148, %157
  %160 = add nuw nsw i64 %136, 16
  %161 = icmp eq i64 %160, 100000
  br i1 %161, label %162, label %135, !llvm.loop !19

162:                                              ; preds = %135
  %163 = add <4 x i32> %159, %158
  %164 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %163)
  %165 = load i8, ptr getelementptr inbounds (i8, ptr @composite, i64 100000), align 16, !tbaa !5
  %166 = icmp eq i8 %165, 0
  %167 = zext i1 %166 to i32
  %168 = add nuw nsw i32 %164, %167
  %169 = icmp eq i32 %100, %168
  %170 = zext i1 %169 to i32
  %171 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %170)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %53, i8 0, i64 64, i1 false)
  br label %172

172:                                              ; preds = %199, %162
  %173 = phi i64 [ %200, %199 ], [ 3, %162 ]
  %174 = phi i32 [ %203, %199 ], [ 9, %162 ]
  %175 = lshr i64 %173, 1
  %176 = lshr i64 %173, 7
  %177 = and i64 %176, 33554431
  %178 = getelementptr inbounds i64, ptr %53, i64 %177
  %179 = load i64, ptr %178, align 8, !tbaa !14
  %180 = shl nuw i64 1, %175
  %181 = and i64 %180, %179
  %182 = icmp eq i64 %181, 0
  br i1 %182, label %183, label %199

183:                                              ; preds = %172
  %184 = trunc i64 %173 to i32
  %185 = shl i32 %184, 1
  br label %186

186:                                              ; preds = %186, %183
  %187 = phi i32 [ %174, %183 ], [ %197, %186 ]
  %188 = lshr i32 %187, 1
  %189 = and i32 %188, 63
  %190 = zext nneg i32 %189 to i64
  %191 = shl nuw i64 1, %190
  %192 = lshr i32 %187, 7
  %193 = zext nneg i32 %192 to i64
  %194 = getelementptr inbounds i64, ptr %53, i64 %193
  %195 = load i64, ptr %194, align 8, !tbaa !14
  %196 = or i64 %191, %195
  store i64 %196, ptr %194, align 8, !tbaa !14
  %197 = add nuw nsw i32 %187, %185
  %198 = icmp ugt i32 %197, 1000
  br i1 %198, label %199, label %186, !llvm.loop !16

199:                                              ; preds = %186, %172
  %200 = add nuw nsw i64 %173, 2
  %201 = mul nuw nsw i64 %200, %200
  %202 = icmp ugt i64 %201, 1000
  %203 = trunc nuw i64 %201 to i32
  br i1 %202, label %204, label %172, !llvm.loop !17

204:                                              ; preds = %199, %220
  %205 = phi i32 [ %234, %220 ], [ 3, %199 ]
  %206 = phi i32 [ %233, %220 ], [ 1, %199 ]
  %207 = lshr i32 %205, 1
  %208 = lshr i32 %205, 7
  %209 = zext nneg i32 %208 to i64
  %210 = getelementptr inbounds i64, ptr %53, i64 %209
  %211 = load i64, ptr %210, align 8, !tbaa !14
  %212 = and i32 %207, 63
  %213 = zext nneg i32 %212 to i64
  %214 = shl nuw i64 1, %213
  %215 = and i64 %214, %211
  %216 = icmp eq i64 %215, 0
  %217 = zext i1 %216 to i32
  %218 = add nuw nsw i32 %206, %217
  %219 = icmp ugt i32 %205, 998
  br i1 %219, label %235, label %220, !llvm.loop !18

220:                                              ; preds = %204
  %221 = add nuw nsw i32 %205, 2
  %222 = lshr i32 %221, 1
  %223 = lshr i32 %221, 7
  %224 = zext nneg i32 %223 to i64
  %225 = getelementptr inbounds i64, ptr %53, i64 %224
  %226 = load i64, ptr %225, align 8, !tbaa !14
  %227 = and i32 %222, 63
  %228 = zext nneg i32 %227 to i64
  %229 = shl nuw i64 1, %228
  %230 = and i64 %229, %226
  %231 = icmp eq i64 %230, 0
  %232 = zext i1 %231 to i32
  %233 = add nuw nsw i32 %218, %232
  %234 = add nuw nsw i32 %205, 4
  br label %204

235:                                              ; preds = %204
  %236 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %218)
  tail call void @free(ptr noundef nonnull %53) #9
  br label %237

237:                                              ; preds = %269, %235
  %238 = phi i64 [ 3, %235 ], [ %274, %269 ]
  %239 = phi i64 [ 5, %235 ], [ %272, %269 ]
  %240 = phi i32 [ 0, %235 ], [ %271, %269 ]
  %241 = phi i32 [ 0, %235 ], [ %270, %269 ]
  %242 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %238
  %243 = load i8, ptr %242, align 1, !tbaa !5
  %244 = icmp eq i8 %243, 0
  br i1 %244, label %245, label %253

245:                                              ; preds = %237
  %246 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %239
  %247 = load i8, ptr %246, align 1, !tbaa !5
  %248 = icmp eq i8 %247, 0
  %249 = zext i1 %248 to i32
  %250 = add nsw i32 %241, %249
  %251 = trunc nuw nsw i64 %238 to i32
  %252 = select i1 %248, i32 %251, i32 %240
  br label %253

253:                                              ; preds = %245, %237
  %254 = phi i32 [ %241, %237 ], [ %250, %245 ]
  %255 = phi i32 [ %240, %237 ], [ %252, %245 ]
  %256 = add nuw nsw i64 %238, 2
  %257 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %256
  %258 = load i8, ptr %257, align 1, !tbaa !5
  %259 = icmp eq i8 %258, 0
  br i1 %259, label %260, label %269

260:                                              ; preds = %253
  %261 = add nuw nsw i64 %239, 2
  %262 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %261
  %263 = load i8, ptr %262, align 1, !tbaa !5
  %264 = icmp eq i8 %263, 0
  %265 = zext i1 %264 to i32
  %266 = add nsw i32 %254, %265
  %267 = trunc nuw nsw i64 %256 to i32
  %268 = select i1 %264, i32 %267, i32 %255
  br label %269

269:                                              ; preds = %260, %253
  %270 = phi i32 [ %254, %253 ], [ %266, %260 ]
  %271 = phi i32 [ %255, %253 ], [ %268, %260 ]
  %272 = add nuw nsw i64 %239, 4
  %273 = icmp ult i64 %239, 99997
  %274 = add nuw nsw i64 %238, 4
  br i1 %273, label %237, label %275, !llvm.loop !20

275:                                              ; preds = %269
  %276 = add nsw i32 %271, 2
  %277 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %270, i32 noundef %271, i32 noundef %276)
  br label %278

278:                                              ; preds = %306, %275
  %279 = phi i64 [ 2, %275 ], [ %307, %306 ]
  %280 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %279
  %281 = load i8, ptr %280, align 2, !tbaa !5
  %282 = icmp eq i8 %281, 0
  br i1 %282, label %283, label %294

283:                                              ; preds = %278
  %284 = sub nuw nsw i64 100, %279
  %285 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %284
  %286 = load i8, ptr %285, align 2, !tbaa !5
  %287 = icmp eq i8 %286, 0
  br i1 %287, label %288, label %294

288:                                              ; preds = %301, %283
  %289 = phi i64 [ %279, %283 ], [ %295, %301 ]
  %290 = phi i64 [ %284, %283 ], [ %302, %301 ]
  %291 = trunc nuw nsw i64 %289 to i32
  %292 = trunc nuw nsw i64 %290 to i32
  %293 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 100, i32 noundef %291, i32 noundef %292)
  br label %308

294:                                              ; preds = %278, %283
  %295 = or disjoint i64 %279, 1
  %296 = icmp eq i64 %279, 50
  br i1 %296, label %308, label %297, !llvm.loop !21

297:                                              ; preds = %294
  %298 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %295
  %299 = load i8, ptr %298, align 1, !tbaa !5
  %300 = icmp eq i8 %299, 0
  br i1 %300, label %301, label %306

301:                                              ; preds = %297
  %302 = sub nuw nsw i64 100, %295
  %303 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %302
  %304 = load i8, ptr %303, align 1, !tbaa !5
  %305 = icmp eq i8 %304, 0
  br i1 %305, label %288, label %306

306:                                              ; preds = %301, %297
  %307 = add nuw nsw i64 %279, 2
  br label %278

308:                                              ; preds = %294, %288
  br label %309

309:                                              ; preds = %331, %308
  %310 = phi i64 [ 2, %308 ], [ %332, %331 ]
  %311 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %310
  %312 = load i8, ptr %311, align 2, !tbaa !5
  %313 = icmp eq i8 %312, 0
  br i1 %313, label %314, label %319

314:                                              ; preds = %309
  %315 = sub nuw nsw i64 400, %310
  %316 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %315
  %317 = load i8, ptr %316, align 2, !tbaa !5
  %318 = icmp eq i8 %317, 0
  br i1 %318, label %333, label %319

319:                                              ; preds = %314, %309
  %320 = or disjoint i64 %310, 1
  %321 = icmp eq i64 %310, 200
  br i1 %321, label %339, label %322, !llvm.loop !21

322:                                              ; preds = %319
  %323 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %320
  %324 = load i8, ptr %323, align 1, !tbaa !5
  %325 = icmp eq i8 %324, 0
  br i1 %325, label %326, label %331

326:                                              ; preds = %322
  %327 = sub nuw nsw i64 400, %320
  %328 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %327
  %329 = load i8, ptr %328, align 1, !tbaa !5
  %330 = icmp eq i8 %329, 0
  br i1 %330, label %333, label %331

331:                                              ; preds = %326, %322
  %332 = add nuw nsw i64 %310, 2
  br label %309

333:                                              ; preds = %326, %314
  %334 = phi i64 [ %310, %314 ], [ %320, %326 ]
  %335 = phi i64 [ %315, %314 ], [ %327, %326 ]
  %336 = trunc nuw nsw i64 %334 to i32
  %337 = trunc nuw nsw i64 %335 to i32
  %338 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 400, i32 noundef %336, i32 noundef %337)
  br label %339

339:                                              ; preds = %319, %333
  br label %340

340:                                              ; preds = %362, %339
  %341 = phi i64 [ 2, %339 ], [ %363, %362 ]
  %342 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %341
  %343 = load i8, ptr %342, align 2, !tbaa !5
  %344 = icmp eq i8 %343, 0
  br i1 %344, label %345, label %350

345:                                              ; preds = %340
  %346 = sub nuw nsw i64 700, %341
  %347 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %346
  %348 = load i8, ptr %347, align 2, !tbaa !5
  %349 = icmp eq i8 %348, 0
  br i1 %349, label %364, label %350

350:                                              ; preds = %345, %340
  %351 = or disjoint i64 %341, 1
  %352 = icmp eq i64 %341, 350
  br i1 %352, label %370, label %353, !llvm.loop !21

353:                                              ; preds = %350
  %354 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %351
  %355 = load i8, ptr %354, align 1, !tbaa !5
  %356 = icmp eq i8 %355, 0
  br i1 %356, label %357, label %362

357:                                              ; preds = %353
  %358 = sub nuw nsw i64 700, %351
  %359 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %358
  %360 = load i8, ptr %359, align 1, !tbaa !5
  %361 = icmp eq i8 %360, 0
  br i1 %361, label %364, label %362

362:                                              ; preds = %357, %353
  %363 = add nuw nsw i64 %341, 2
  br label %340

364:                                              ; preds = %357, %345
  %365 = phi i64 [ %341, %345 ], [ %351, %357 ]
  %366 = phi i64 [ %346, %345 ], [ %358, %357 ]
  %367 = trunc nuw nsw i64 %365 to i32
  %368 = trunc nuw nsw i64 %366 to i32
  %369 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 700, i32 noundef %367, i32 noundef %368)
  br label %370

370:                                              ; preds = %350, %364
  br label %371

371:                                              ; preds = %393, %370
  %372 = phi i64 [ 2, %370 ], [ %394, %393 ]
  %373 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %372
  %374 = load i8, ptr %373, align 2, !tbaa !5
  %375 = icmp eq i8 %374, 0
  br i1 %375, label %376, label %381

376:                                              ; preds = %371
  %377 = sub nuw nsw i64 1000, %372
  %378 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %377
  %379 = load i8, ptr %378, align 2, !tbaa !5
  %380 = icmp eq i8 %379, 0
  br i1 %380, label %395, label %381

381:                                              ; preds = %376, %371
  %382 = or disjoint i64 %372, 1
  %383 = icmp eq i64 %372, 500
  br i1 %383, label %401, label %384, !llvm.loop !21

384:                                              ; preds = %381
  %385 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %382
  %386 = load i8, ptr %385, align 1, !tbaa !5
  %387 = icmp eq i8 %386, 0
  br i1 %387, label %388, label %393

388:                                              ; preds = %384
  %389 = sub nuw nsw i64 1000, %382
  %390 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %389
  %391 = load i8, ptr %390, align 1, !tbaa !5
  %392 = icmp eq i8 %391, 0
  br i1 %392, label %395, label %393

393:                                              ; preds = %388, %384
  %394 = add nuw nsw i64 %372, 2
  br label %371

395:                                              ; preds = %388, %376
  %396 = phi i64 [ %372, %376 ], [ %382, %388 ]
  %397 = phi i64 [ %377, %376 ], [ %389, %388 ]
  %398 = trunc nuw nsw i64 %396 to i32
  %399 = trunc nuw nsw i64 %397 to i32
  %400 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1000, i32 noundef %398, i32 noundef %399)
  br label %401

401:                                              ; preds = %381, %395
  br label %404

402:                                              ; preds = %404
  %403 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %428, i32 noundef %430)
  tail call fastcc void @factor(i64 noundef 360)
  tail call fastcc void @factor(i64 noundef 9999991)
  tail call fastcc void @factor(i64 noundef 600851475143)
  tail call fastcc void @factor(i64 noundef 1099511627776)
  ret i32 0

404:                                              ; preds = %404, %401
  %405 = phi i64 [ 3, %401 ], [ %432, %404 ]
  %406 = phi i32 [ 2, %401 ], [ %431, %404 ]
  %407 = phi i32 [ 0, %401 ], [ %430, %404 ]
  %408 = phi i32 [ 0, %401 ], [ %428, %404 ]
  %409 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %405
  %410 = load i8, ptr %409, align 1, !tbaa !5
  %411 = icmp eq i8 %410, 0
  %412 = trunc nuw nsw i64 %405 to i32
  %413 = sub nsw i32 %412, %406
  %414 = icmp sgt i32 %413, %408
  %415 = tail call i32 @llvm.smax.i32(i32 %413, i32 %408)
  %416 = select i1 %411, i32 %415, i32 %408
  %417 = select i1 %411, i1 %414, i1 false
  %418 = select i1 %417, i32 %406, i32 %407
  %419 = select i1 %411, i32 %412, i32 %406
  %420 = add nuw nsw i64 %405, 1
  %421 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %420
  %422 = load i8, ptr %421, align 1, !tbaa !5
  %423 = icmp eq i8 %422, 0
  %424 = trunc nuw nsw i64 %420 to i32
  %425 = sub nsw i32 %424, %419
  %426 = icmp sgt i32 %425, %416
  %427 = tail call i32 @llvm.smax.i32(i32 %425, i32 %416)
  %428 = select i1 %423, i32 %427, i32 %416
  %429 = select i1 %423, i1 %426, i1 false
  %430 = select i1 %429, i32 %419, i32 %418
  %431 = select i1 %423, i32 %424, i32 %419
  %432 = add nuw nsw i64 %405, 2
  %433 = icmp eq i64 %432, 100001
  br i1 %433, label %402, label %404, !llvm.loop !22
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
  br i1 %24, label %19, label %25, !llvm.loop !23

25:                                               ; preds = %19, %11, %4
  %26 = phi i64 [ %7, %4 ], [ %9, %11 ], [ %22, %19 ]
  %27 = phi ptr [ %6, %4 ], [ @.str.9, %11 ], [ @.str.9, %19 ]
  %28 = add i64 %5, 1
  %29 = mul i64 %28, %28
  %30 = icmp ugt i64 %29, %26
  br i1 %30, label %15, label %4, !llvm.loop !25

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #7

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
!11 = distinct !{!11, !9, !12, !13}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !6, i64 0}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9, !12, !13}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
!23 = distinct !{!23, !9, !24}
!24 = !{!"llvm.loop.peeled.count", i32 1}
!25 = distinct !{!25, !9}
