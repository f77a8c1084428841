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
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %46, %1 ]
  %4 = and <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %5 = icmp eq <4 x i32> %4, zeroinitializer
  %6 = lshr <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %7 = xor <4 x i32> %6, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %8 = select <4 x i1> %5, <4 x i32> %6, <4 x i32> %7
  %9 = and <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %10 = icmp eq <4 x i32> %9, zeroinitializer
  %11 = lshr <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %12 = xor <4 x i32> %11, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %13 = select <4 x i1> %10, <4 x i32> %11, <4 x i32> %12
  %14 = and <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %15 = icmp eq <4 x i32> %14, zeroinitializer
  %16 = lshr <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %17 = xor <4 x i32> %16, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %18 = select <4 x i1> %15, <4 x i32> %16, <4 x i32> %17
  %19 = and <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %20 = icmp eq <4 x i32> %19, zeroinitializer
  %21 = lshr <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %22 = xor <4 x i32> %21, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %23 = select <4 x i1> %20, <4 x i32> %21, <4 x i32> %22
  %24 = and <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %25 = icmp eq <4 x i32> %24, zeroinitializer
  %26 = lshr <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %27 = xor <4 x i32> %26, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %28 = select <4 x i1> %25, <4 x i32> %26, <4 x i32> %27
  %29 = and <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %30 = icmp eq <4 x i32> %29, zeroinitializer
  %31 = lshr <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %32 = xor <4 x i32> %31, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %33 = select <4 x i1> %30, <4 x i32> %31, <4 x i32> %32
  %34 = and <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %35 = icmp eq <4 x i32> %34, zeroinitializer
  %36 = lshr <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %37 = xor <4 x i32> %36, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %38 = select <4 x i1> %35, <4 x i32> %36, <4 x i32> %37
  %39 = and <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %40 = icmp eq <4 x i32> %39, zeroinitializer
  %41 = lshr <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %42 = xor <4 x i32> %41, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %43 = select <4 x i1> %40, <4 x i32> %41, <4 x i32> %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store <4 x i32> %43, ptr %44, align 16, !tbaa !5
  %45 = add nuw i64 %2, 4
  %46 = add <4 x i32> %3, <i32 4, i32 4, i32 4, i32 4>
  %47 = icmp eq i64 %45, 256
  br i1 %47, label %48, label %1, !llvm.loop !9

48:                                               ; preds = %1, %285
  %49 = phi i64 [ %293, %285 ], [ 0, %1 ]
  %50 = getelementptr inbounds [5 x ptr], ptr @__const.main.msgs, i64 0, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !13
  %52 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %51) #4
  %53 = icmp eq i64 %52, 0
  br i1 %53, label %285, label %54

54:                                               ; preds = %48
  %55 = add i64 %52, -1
  %56 = and i64 %52, 1
  %57 = icmp eq i64 %55, 0
  br i1 %57, label %84, label %58

58:                                               ; preds = %54
  %59 = and i64 %52, -2
  br label %60

60:                                               ; preds = %60, %58
  %61 = phi i32 [ -1, %58 ], [ %81, %60 ]
  %62 = phi ptr [ %51, %58 ], [ %73, %60 ]
  %63 = phi i64 [ 0, %58 ], [ %82, %60 ]
  %64 = getelementptr inbounds i8, ptr %62, i64 1
  %65 = load i8, ptr %62, align 1, !tbaa !15
  %66 = trunc i32 %61 to i8
  %67 = xor i8 %65, %66
  %68 = zext i8 %67 to i64
  %69 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = lshr i32 %61, 8
  %72 = xor i32 %70, %71
  %73 = getelementptr inbounds i8, ptr %62, i64 2
  %74 = load i8, ptr %64, align 1, !tbaa !15
  %75 = trunc i32 %72 to i8
  %76 = xor i8 %74, %75
  %77 = zext i8 %76 to i64
  %78 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = lshr i32 %72, 8
  %81 = xor i32 %79, %80
  %82 = add i64 %63, 2
  %83 = icmp eq i64 %82, %59
  br i1 %83, label %84, label %60, !llvm.loop !16

84:                                               ; preds = %60, %54
  %85 = phi i32 [ poison, %54 ], [ %81, %60 ]
  %86 = phi i32 [ -1, %54 ], [ %81, %60 ]
  %87 = phi ptr [ %51, %54 ], [ %73, %60 ]
  %88 = icmp eq i64 %56, 0
  br i1 %88, label %98, label %89

89:                                               ; preds = %84
  %90 = load i8, ptr %87, align 1, !tbaa !15
  %91 = trunc i32 %86 to i8
  %92 = xor i8 %90, %91
  %93 = zext i8 %92 to i64
  %94 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = lshr i32 %86, 8
  %97 = xor i32 %95, %96
  br label %98

98:                                               ; preds = %84, %89
  %99 = phi i32 [ %85, %84 ], [ %97, %89 ]
  br label %100

100:                                              ; preds = %98, %100
  %101 = phi i64 [ %133, %100 ], [ 0, %98 ]
  %102 = phi i32 [ %132, %100 ], [ -1, %98 ]
  %103 = getelementptr inbounds i8, ptr %51, i64 %101
  %104 = load i8, ptr %103, align 1, !tbaa !15
  %105 = zext i8 %104 to i32
  %106 = xor i32 %102, %105
  %107 = lshr i32 %106, 1
  %108 = and i32 %106, 1
  %109 = icmp eq i32 %108, 0
  %110 = select i1 %109, i32 0, i32 -306674912
  %111 = xor i32 %110, %107
  %112 = lshr i32 %111, 1
  %113 = and i32 %106, 2
  %114 = icmp eq i32 %113, 0
  %115 = select i1 %114, i32 0, i32 -306674912
  %116 = xor i32 %112, %115
  %117 = lshr i32 %116, 6
  %118 = insertelement <4 x i32> poison, i32 %106, i64 0
  %119 = shufflevector <4 x i32> %118, <4 x i32> poison, <4 x i32> zeroinitializer
  %120 = and <4 x i32> %119, <i32 8, i32 4, i32 16, i32 32>
  %121 = icmp eq <4 x i32> %120, zeroinitializer
  %122 = select <4 x i1> %121, <4 x i32> zeroinitializer, <4 x i32> <i32 249268274, i32 124634137, i32 498536548, i32 997073096>
  %123 = and i32 %111, 32
  %124 = icmp eq i32 %123, 0
  %125 = select i1 %124, i32 0, i32 1994146192
  %126 = and i32 %116, 32
  %127 = icmp eq i32 %126, 0
  %128 = select i1 %127, i32 0, i32 -306674912
  %129 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %122)
  %130 = xor i32 %129, %125
  %131 = xor i32 %128, %117
  %132 = xor i32 %130, %131
  %133 = add nuw i64 %101, 1
  %134 = icmp eq i64 %133, %52
  br i1 %134, label %135, label %100, !llvm.loop !17

135:                                              ; preds = %100
  %136 = xor i32 %99, -1
  %137 = and i64 %52, 1
  %138 = icmp eq i64 %55, 0
  br i1 %138, label %164, label %139

139:                                              ; preds = %135
  %140 = and i64 %52, -2
  br label %141

141:                                              ; preds = %141, %139
  %142 = phi i64 [ 0, %139 ], [ %161, %141 ]
  %143 = phi i32 [ 0, %139 ], [ %160, %141 ]
  %144 = phi i32 [ 1, %139 ], [ %158, %141 ]
  %145 = phi i64 [ 0, %139 ], [ %162, %141 ]
  %146 = getelementptr inbounds i8, ptr %51, i64 %142
  %147 = load i8, ptr %146, align 1, !tbaa !15
  %148 = zext i8 %147 to i32
  %149 = add nuw nsw i32 %144, %148
  %150 = urem i32 %149, 65521
  %151 = add nuw nsw i32 %150, %143
  %152 = urem i32 %151, 65521
  %153 = or disjoint i64 %142, 1
  %154 = getelementptr inbounds i8, ptr %51, i64 %153
  %155 = load i8, ptr %154, align 1, !tbaa !15
  %156 = zext i8 %155 to i32
  %157 = add nuw nsw i32 %150, %156
  %158 = urem i32 %157, 65521
  %159 = add nuw nsw i32 %158, %152
  %160 = urem i32 %159, 65521
  %161 = add nuw i64 %142, 2
  %162 = add i64 %145, 2
  %163 = icmp eq i64 %162, %140
  br i1 %163, label %164, label %141, !llvm.loop !18

164:                                              ; preds = %141, %135
  %165 = phi i32 [ poison, %135 ], [ %158, %141 ]
  %166 = phi i32 [ poison, %135 ], [ %160, %141 ]
  %167 = phi i64 [ 0, %135 ], [ %161, %141 ]
  %168 = phi i32 [ 0, %135 ], [ %160, %141 ]
  %169 = phi i32 [ 1, %135 ], [ %158, %141 ]
  %170 = icmp eq i64 %137, 0
  br i1 %170, label %179, label %171

171:                                              ; preds = %164
  %172 = getelementptr inbounds i8, ptr %51, i64 %167
  %173 = load i8, ptr %172, align 1, !tbaa !15
  %174 = zext i8 %173 to i32
  %175 = add nuw nsw i32 %169, %174
  %176 = urem i32 %175, 65521
  %177 = add nuw nsw i32 %176, %168
  %178 = urem i32 %177, 65521
  br label %179

179:                                              ; preds = %164, %171
  %180 = phi i32 [ %165, %164 ], [ %176, %171 ]
  %181 = phi i32 [ %166, %164 ], [ %178, %171 ]
  %182 = shl nuw i32 %181, 16
  %183 = and i64 %52, 3
  %184 = icmp ult i64 %52, 4
  br i1 %184, label %217, label %185

185:                                              ; preds = %179
  %186 = and i64 %52, -4
  br label %187

187:                                              ; preds = %187, %185
  %188 = phi i64 [ 0, %185 ], [ %214, %187 ]
  %189 = phi i64 [ -3750763034362895579, %185 ], [ %213, %187 ]
  %190 = phi i64 [ 0, %185 ], [ %215, %187 ]
  %191 = getelementptr inbounds i8, ptr %51, i64 %188
  %192 = load i8, ptr %191, align 1, !tbaa !15
  %193 = zext i8 %192 to i64
  %194 = xor i64 %189, %193
  %195 = mul i64 %194, 1099511628211
  %196 = or disjoint i64 %188, 1
  %197 = getelementptr inbounds i8, ptr %51, i64 %196
  %198 = load i8, ptr %197, align 1, !tbaa !15
  %199 = zext i8 %198 to i64
  %200 = xor i64 %195, %199
  %201 = mul i64 %200, 1099511628211
  %202 = or disjoint i64 %188, 2
  %203 = getelementptr inbounds i8, ptr %51, i64 %202
  %204 = load i8, ptr %203, align 1, !tbaa !15
  %205 = zext i8 %204 to i64
  %206 = xor i64 %201, %205
  %207 = mul i64 %206, 1099511628211
  %208 = or disjoint i64 %188, 3
  %209 = getelementptr inbounds i8, ptr %51, i64 %208
  %210 = load i8, ptr %209, align 1, !tbaa !15
  %211 = zext i8 %210 to i64
  %212 = xor i64 %207, %211
  %213 = mul i64 %212, 1099511628211
  %214 = add nuw i64 %188, 4
  %215 = add i64 %190, 4
  %216 = icmp eq i64 %215, %186
  br i1 %216, label %217, label %187, !llvm.loop !19

217:                                              ; preds = %187, %179
  %218 = phi i64 [ poison, %179 ], [ %213, %187 ]
  %219 = phi i64 [ 0, %179 ], [ %214, %187 ]
  %220 = phi i64 [ -3750763034362895579, %179 ], [ %213, %187 ]
  %221 = icmp eq i64 %183, 0
  br i1 %221, label %234, label %222

222:                                              ; preds = %217, %222
  %223 = phi i64 [ %231, %222 ], [ %219, %217 ]
  %224 = phi i64 [ %230, %222 ], [ %220, %217 ]
  %225 = phi i64 [ %232, %222 ], [ 0, %217 ]
  %226 = getelementptr inbounds i8, ptr %51, i64 %223
  %227 = load i8, ptr %226, align 1, !tbaa !15
  %228 = zext i8 %227 to i64
  %229 = xor i64 %224, %228
  %230 = mul i64 %229, 1099511628211
  %231 = add nuw i64 %223, 1
  %232 = add i64 %225, 1
  %233 = icmp eq i64 %232, %183
  br i1 %233, label %234, label %222, !llvm.loop !20

234:                                              ; preds = %222, %217
  %235 = phi i64 [ %218, %217 ], [ %230, %222 ]
  %236 = xor i32 %132, -1
  %237 = and i64 %52, 1
  %238 = icmp eq i64 %55, 0
  br i1 %238, label %241, label %239

239:                                              ; preds = %234
  %240 = and i64 %52, -2
  br label %262

241:                                              ; preds = %262, %234
  %242 = phi i16 [ poison, %234 ], [ %279, %262 ]
  %243 = phi i16 [ poison, %234 ], [ %281, %262 ]
  %244 = phi i64 [ 0, %234 ], [ %282, %262 ]
  %245 = phi i16 [ 0, %234 ], [ %281, %262 ]
  %246 = phi i16 [ 0, %234 ], [ %279, %262 ]
  %247 = icmp eq i64 %237, 0
  br i1 %247, label %256, label %248

248:                                              ; preds = %241
  %249 = getelementptr inbounds i8, ptr %51, i64 %244
  %250 = load i8, ptr %249, align 1, !tbaa !15
  %251 = zext i8 %250 to i16
  %252 = add nuw nsw i16 %246, %251
  %253 = urem i16 %252, 255
  %254 = add nuw nsw i16 %253, %245
  %255 = urem i16 %254, 255
  br label %256

256:                                              ; preds = %241, %248
  %257 = phi i16 [ %242, %241 ], [ %253, %248 ]
  %258 = phi i16 [ %243, %241 ], [ %255, %248 ]
  %259 = or disjoint i32 %182, %180
  %260 = shl nuw i16 %258, 8
  %261 = or disjoint i16 %260, %257
  br label %285

262:                                              ; preds = %262, %239
  %263 = phi i64 [ 0, %239 ], [ %282, %262 ]
  %264 = phi i16 [ 0, %239 ], [ %281, %262 ]
  %265 = phi i16 [ 0, %239 ], [ %279, %262 ]
  %266 = phi i64 [ 0, %239 ], [ %283, %262 ]
  %267 = getelementptr inbounds i8, ptr %51, i64 %263
  %268 = load i8, ptr %267, align 1, !tbaa !15
  %269 = zext i8 %268 to i16
  %270 = add nuw nsw i16 %265, %269
  %271 = urem i16 %270, 255
  %272 = add nuw nsw i16 %271, %264
  %273 = urem i16 %272, 255
  %274 = or disjoint i64 %263, 1
  %275 = getelementptr inbounds i8, ptr %51, i64 %274
  %276 = load i8, ptr %275, align 1, !tbaa !15
  %277 = zext i8 %276 to i16
  %278 = add nuw nsw i16 %271, %277
  %279 = urem i16 %278, 255
  %280 = add nuw nsw i16 %279, %273
  %281 = urem i16 %280, 255
  %282 = add nuw i64 %263, 2
  %283 = add i64 %266, 2
  %284 = icmp eq i64 %283, %240
  br i1 %284, label %241, label %262, !llvm.loop !22

285:                                              ; preds = %48, %256
  %286 = phi i64 [ %235, %256 ], [ -3750763034362895579, %48 ]
  %287 = phi i32 [ %236, %256 ], [ 0, %48 ]
  %288 = phi i32 [ %136, %256 ], [ 0, %48 ]
  %289 = phi i32 [ %259, %256 ], [ 1, %48 ]
  %290 = phi i16 [ %261, %256 ], [ 0, %48 ]
  %291 = zext i16 %290 to i32
  %292 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef %51, i32 noundef %288, i32 noundef %287, i32 noundef %289, i64 noundef %286, i32 noundef %291)
  %293 = add nuw nsw i64 %49, 1
  %294 = icmp eq i64 %293, 5
  br i1 %294, label %376, label %48, !llvm.loop !23

295:                                              ; preds = %376, %295
  %296 = phi i32 [ %317, %295 ], [ -1, %376 ]
  %297 = phi i64 [ %308, %295 ], [ 65536, %376 ]
  %298 = phi ptr [ %309, %295 ], [ @main.big, %376 ]
  %299 = getelementptr inbounds i8, ptr %298, i64 1
  %300 = load i8, ptr %298, align 1, !tbaa !15
  %301 = trunc i32 %296 to i8
  %302 = xor i8 %300, %301
  %303 = zext i8 %302 to i64
  %304 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %303
  %305 = load i32, ptr %304, align 4, !tbaa !5
  %306 = lshr i32 %296, 8
  %307 = xor i32 %305, %306
  %308 = add nsw i64 %297, -2
  %309 = getelementptr inbounds i8, ptr %298, i64 2
  %310 = load i8, ptr %299, align 1, !tbaa !15
  %311 = trunc i32 %307 to i8
  %312 = xor i8 %310, %311
  %313 = zext i8 %312 to i64
  %314 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %313
  %315 = load i32, ptr %314, align 4, !tbaa !5
  %316 = lshr i32 %307, 8
  %317 = xor i32 %315, %316
  %318 = icmp eq i64 %308, 0
  br i1 %318, label %319, label %295, !llvm.loop !16

319:                                              ; preds = %295, %319
  %320 = phi i64 [ %338, %319 ], [ 0, %295 ]
  %321 = phi i32 [ %337, %319 ], [ 0, %295 ]
  %322 = phi i32 [ %335, %319 ], [ 1, %295 ]
  %323 = getelementptr inbounds i8, ptr @main.big, i64 %320
  %324 = load i8, ptr %323, align 2, !tbaa !15
  %325 = zext i8 %324 to i32
  %326 = add nuw nsw i32 %322, %325
  %327 = urem i32 %326, 65521
  %328 = add nuw nsw i32 %327, %321
  %329 = urem i32 %328, 65521
  %330 = or disjoint i64 %320, 1
  %331 = getelementptr inbounds i8, ptr @main.big, i64 %330
  %332 = load i8, ptr %331, align 1, !tbaa !15
  %333 = zext i8 %332 to i32
  %334 = add nuw nsw i32 %327, %333
  %335 = urem i32 %334, 65521
  %336 = add nuw nsw i32 %335, %329
  %337 = urem i32 %336, 65521
  %338 = add nuw nsw i64 %320, 2
  %339 = icmp eq i64 %338, 65536
  br i1 %339, label %340, label %319, !llvm.loop !18

340:                                              ; preds = %319, %340
  %341 = phi i64 [ %366, %340 ], [ 0, %319 ]
  %342 = phi i64 [ %365, %340 ], [ -3750763034362895579, %319 ]
  %343 = getelementptr inbounds i8, ptr @main.big, i64 %341
  %344 = load i8, ptr %343, align 4, !tbaa !15
  %345 = zext i8 %344 to i64
  %346 = xor i64 %342, %345
  %347 = mul i64 %346, 1099511628211
  %348 = or disjoint i64 %341, 1
  %349 = getelementptr inbounds i8, ptr @main.big, i64 %348
  %350 = load i8, ptr %349, align 1, !tbaa !15
  %351 = zext i8 %350 to i64
  %352 = xor i64 %347, %351
  %353 = mul i64 %352, 1099511628211
  %354 = or disjoint i64 %341, 2
  %355 = getelementptr inbounds i8, ptr @main.big, i64 %354
  %356 = load i8, ptr %355, align 2, !tbaa !15
  %357 = zext i8 %356 to i64
  %358 = xor i64 %353, %357
  %359 = mul i64 %358, 1099511628211
  %360 = or disjoint i64 %341, 3
  %361 = getelementptr inbounds i8, ptr @main.big, i64 %360
  %362 = load i8, ptr %361, align 1, !tbaa !15
  %363 = zext i8 %362 to i64
  %364 = xor i64 %359, %363
  %365 = mul i64 %364, 1099511628211
  %366 = add nuw nsw i64 %341, 4
  %367 = icmp eq i64 %366, 65536
  br i1 %367, label %368, label %340, !llvm.loop !19

368:                                              ; preds = %340
  %369 = shl nuw i32 %337, 16
  %370 = or disjoint i32 %369, %335
  %371 = xor i32 %317, -1
  %372 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %371, i32 noundef %370, i64 noundef %365)
  %373 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 4), align 4, !tbaa !5
  %374 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 1020), align 4, !tbaa !5
  %375 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %373, i32 noundef %374)
  ret i32 0

376:                                              ; preds = %285, %376
  %377 = phi i64 [ %401, %376 ], [ 0, %285 ]
  %378 = mul nuw nsw i64 %377, 131
  %379 = lshr i64 %377, 8
  %380 = add nuw nsw i64 %378, %379
  %381 = trunc i64 %380 to i8
  %382 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %377
  store i8 %381, ptr %382, align 4, !tbaa !15
  %383 = or disjoint i64 %377, 1
  %384 = mul nuw nsw i64 %383, 131
  %385 = lshr i64 %377, 8
  %386 = add nuw nsw i64 %384, %385
  %387 = trunc i64 %386 to i8
  %388 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %383
  store i8 %387, ptr %388, align 1, !tbaa !15
  %389 = or disjoint i64 %377, 2
  %390 = mul nuw nsw i64 %389, 131
  %391 = lshr i64 %377, 8
  %392 = add nuw nsw i64 %390, %391
  %393 = trunc i64 %392 to i8
  %394 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %389
  store i8 %393, ptr %394, align 2, !tbaa !15
  %395 = or disjoint i64 %377, 3
  %396 = mul nuw nsw i64 %395, 131
  %397 = lshr i64 %377, 8
  %398 = add nuw nsw i64 %396, %397
  %399 = trunc i64 %398 to i8
  %400 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %395
  store i8 %399, ptr %400, align 1, !tbaa !15
  %401 = add nuw nsw i64 %377, 4
  %402 = icmp eq i64 %401, 65536
  br i1 %402, label %295, label %376, !llvm.loop !24
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind willreturn memory(read) }

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
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
