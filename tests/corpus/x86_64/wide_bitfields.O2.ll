; ModuleID = 'wide_bitfields.c'
source_filename = "wide_bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.S2 = type { i64, i64, i64 }
%struct.S0 = type { [17 x i8] }

@.str = private unnamed_addr constant [14 x i8] c"init %016llx\0A\00", align 1
@crc = internal unnamed_addr global i64 0, align 8
@.str.1 = private unnamed_addr constant [27 x i8] c"g0[%d] = %d %u %d %llu %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"after steps %016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"g1 = %u %llu %lld %u %d %llu %x\0A\00", align 1
@g2 = internal unnamed_addr global [3 x %struct.S2] zeroinitializer, align 16
@.str.4 = private unnamed_addr constant [27 x i8] c"g2[2] = %llu %lld %llu %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"final %016llx\0A\00", align 1
@g0 = internal global <{ { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }, %struct.S0, %struct.S0 }> <{ { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 1, i8 1, i8 0, i8 0, i8 96, i8 0, i8 0, i8 0, i8 64, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 40 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -64, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 -8, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -121 }, %struct.S0 zeroinitializer, %struct.S0 zeroinitializer }>, align 16
@g1 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i16 } { i8 7, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 40, i8 -1, i8 -30, i8 60, i8 -89, i8 -77, i8 0, i8 0, i16 -16657 }, align 1

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 0, 64) i32 @main() local_unnamed_addr #0 {
  %1 = load i64, ptr @crc, align 8, !tbaa !5
  br label %4

2:                                                ; preds = %4
  store i64 %52, ptr @crc, align 8, !tbaa !5
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %52)
  br label %55

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 0, %0 ], [ %53, %4 ]
  %6 = phi i64 [ %1, %0 ], [ %52, %4 ]
  %7 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %5
  %8 = load i136, ptr %7, align 1
  %9 = shl i136 %8, 129
  %10 = ashr exact i136 %9, 129
  %11 = trunc nsw i136 %10 to i64
  %12 = shl i64 %6, 6
  %13 = lshr i64 %6, 2
  %14 = add i64 %12, -7046029254386353131
  %15 = add i64 %14, %13
  %16 = add i64 %15, %11
  %17 = xor i64 %16, %6
  %18 = trunc i136 %8 to i64
  %19 = lshr i64 %18, 7
  %20 = and i64 %19, 1073741823
  %21 = add nuw nsw i64 %20, -7046029254386353131
  %22 = shl i64 %17, 6
  %23 = add i64 %21, %22
  %24 = lshr i64 %17, 2
  %25 = add i64 %23, %24
  %26 = xor i64 %25, %17
  %27 = shl i136 %8, 68
  %28 = ashr i136 %27, 105
  %29 = trunc nsw i136 %28 to i64
  %30 = add nsw i64 %29, -7046029254386353131
  %31 = shl i64 %26, 6
  %32 = add i64 %30, %31
  %33 = lshr i64 %26, 2
  %34 = add i64 %32, %33
  %35 = xor i64 %34, %26
  %36 = lshr i136 %8, 68
  %37 = trunc i136 %36 to i64
  %38 = and i64 %37, 9223372036854775807
  %39 = add nsw i64 %38, -7046029254386353131
  %40 = shl i64 %35, 6
  %41 = add i64 %39, %40
  %42 = lshr i64 %35, 2
  %43 = add i64 %41, %42
  %44 = xor i64 %43, %35
  %45 = ashr i136 %8, 131
  %46 = trunc nsw i136 %45 to i64
  %47 = add nsw i64 %46, -7046029254386353131
  %48 = shl i64 %44, 6
  %49 = add i64 %47, %48
  %50 = lshr i64 %44, 2
  %51 = add i64 %49, %50
  %52 = xor i64 %51, %44
  %53 = add nuw nsw i64 %5, 1
  %54 = icmp eq i64 %53, 4
  br i1 %54, label %2, label %4, !llvm.loop !9

55:                                               ; preds = %2, %55
  %56 = phi i64 [ 0, %2 ], [ %58, %55 ]
  %57 = trunc nuw nsw i64 %56 to i32
  tail call fastcc void @step(ptr noundef nonnull @g0, i32 noundef %57)
  %58 = add nuw nsw i64 %56, 1
  %59 = trunc nuw nsw i64 %58 to i32
  tail call fastcc void @step(ptr noundef nonnull getelementptr inbounds (i8, ptr @g0, i64 17), i32 noundef %59)
  %60 = trunc i64 %56 to i32
  %61 = add i32 %60, 2
  tail call fastcc void @step(ptr noundef nonnull getelementptr inbounds (i8, ptr @g0, i64 34), i32 noundef %61)
  %62 = trunc i64 %56 to i32
  %63 = add i32 %62, 3
  tail call fastcc void @step(ptr noundef nonnull getelementptr inbounds (i8, ptr @g0, i64 51), i32 noundef %63)
  %64 = icmp eq i64 %58, 50
  br i1 %64, label %93, label %55, !llvm.loop !11

65:                                               ; preds = %93
  %66 = load i64, ptr @crc, align 8, !tbaa !5
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %66)
  %68 = load volatile i8, ptr @g1, align 1, !tbaa !12
  %69 = zext i8 %68 to i32
  %70 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %71 = trunc i200 %70 to i64
  %72 = and i64 %71, 1152921504606846975
  %73 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %74 = shl i200 %73, 99
  %75 = ashr i200 %74, 159
  %76 = trunc nsw i200 %75 to i64
  %77 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %78 = lshr i200 %77, 101
  %79 = trunc i200 %78 to i32
  %80 = and i32 %79, 8191
  %81 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %82 = shl i200 %81, 60
  %83 = ashr i200 %82, 174
  %84 = trunc nsw i200 %83 to i32
  %85 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %86 = lshr i200 %85, 140
  %87 = trunc nuw nsw i200 %86 to i64
  %88 = and i64 %87, 36028797018963967
  %89 = load volatile i16, ptr getelementptr inbounds (i8, ptr @g1, i64 26), align 1, !tbaa !17
  %90 = zext i16 %89 to i32
  %91 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %69, i64 noundef %72, i64 noundef %76, i32 noundef %80, i32 noundef %84, i64 noundef %88, i32 noundef %90)
  %92 = load i64, ptr @crc, align 8, !tbaa !5
  br label %178

93:                                               ; preds = %55, %93
  %94 = phi i64 [ %150, %93 ], [ 0, %55 ]
  %95 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %94
  %96 = load i136, ptr %95, align 1
  %97 = shl i136 %96, 129
  %98 = ashr exact i136 %97, 129
  %99 = trunc nsw i136 %98 to i64
  %100 = load i64, ptr @crc, align 8, !tbaa !5
  %101 = shl i64 %100, 6
  %102 = lshr i64 %100, 2
  %103 = add i64 %101, -7046029254386353131
  %104 = add i64 %103, %102
  %105 = add i64 %104, %99
  %106 = xor i64 %105, %100
  %107 = trunc i136 %96 to i64
  %108 = lshr i64 %107, 7
  %109 = and i64 %108, 1073741823
  %110 = add nuw nsw i64 %109, -7046029254386353131
  %111 = shl i64 %106, 6
  %112 = add i64 %110, %111
  %113 = lshr i64 %106, 2
  %114 = add i64 %112, %113
  %115 = xor i64 %114, %106
  %116 = shl i136 %96, 68
  %117 = ashr i136 %116, 105
  %118 = trunc nsw i136 %117 to i64
  %119 = add nsw i64 %118, -7046029254386353131
  %120 = shl i64 %115, 6
  %121 = add i64 %119, %120
  %122 = lshr i64 %115, 2
  %123 = add i64 %121, %122
  %124 = xor i64 %123, %115
  %125 = lshr i136 %96, 68
  %126 = trunc i136 %125 to i64
  %127 = and i64 %126, 9223372036854775807
  %128 = add nsw i64 %127, -7046029254386353131
  %129 = shl i64 %124, 6
  %130 = add i64 %128, %129
  %131 = lshr i64 %124, 2
  %132 = add i64 %130, %131
  %133 = xor i64 %132, %124
  %134 = ashr i136 %96, 131
  %135 = trunc nsw i136 %134 to i64
  %136 = add nsw i64 %135, -7046029254386353131
  %137 = shl i64 %133, 6
  %138 = add i64 %136, %137
  %139 = lshr i64 %133, 2
  %140 = add i64 %138, %139
  %141 = xor i64 %140, %133
  store i64 %141, ptr @crc, align 8, !tbaa !5
  %142 = trunc nsw i136 %98 to i32
  %143 = lshr i136 %96, 7
  %144 = trunc i136 %143 to i32
  %145 = and i32 %144, 1073741823
  %146 = trunc nsw i136 %117 to i32
  %147 = trunc nsw i136 %134 to i32
  %148 = trunc nuw nsw i64 %94 to i32
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %148, i32 noundef %142, i32 noundef %145, i32 noundef %146, i64 noundef %127, i32 noundef %147)
  %150 = add nuw nsw i64 %94, 1
  %151 = icmp eq i64 %150, 4
  br i1 %151, label %65, label %93, !llvm.loop !18

152:                                              ; preds = %178
  %153 = load volatile i8, ptr @g1, align 1, !tbaa !12
  %154 = zext i8 %153 to i32
  %155 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %156 = trunc i200 %155 to i64
  %157 = and i64 %156, 1152921504606846975
  %158 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %159 = shl i200 %158, 99
  %160 = ashr i200 %159, 159
  %161 = trunc nsw i200 %160 to i64
  %162 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %163 = lshr i200 %162, 101
  %164 = trunc i200 %163 to i32
  %165 = and i32 %164, 8191
  %166 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %167 = shl i200 %166, 60
  %168 = ashr i200 %167, 174
  %169 = trunc nsw i200 %168 to i32
  %170 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %171 = lshr i200 %170, 140
  %172 = trunc nuw nsw i200 %171 to i64
  %173 = and i64 %172, 36028797018963967
  %174 = load volatile i16, ptr getelementptr inbounds (i8, ptr @g1, i64 26), align 1, !tbaa !17
  %175 = zext i16 %174 to i32
  %176 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %154, i64 noundef %157, i64 noundef %161, i32 noundef %165, i32 noundef %169, i64 noundef %173, i32 noundef %175)
  %177 = load i64, ptr @crc, align 8, !tbaa !5
  br label %320

178:                                              ; preds = %65, %178
  %179 = phi i32 [ 0, %65 ], [ %287, %178 ]
  %180 = phi i64 [ %92, %65 ], [ %286, %178 ]
  %181 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %182 = trunc i200 %181 to i64
  %183 = add i64 %182, 1
  %184 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %185 = and i64 %183, 1152921504606846975
  %186 = zext nneg i64 %185 to i200
  %187 = and i200 %184, -1152921504606846976
  %188 = or disjoint i200 %187, %186
  store volatile i200 %188, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %189 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %190 = lshr i200 %189, 60
  %191 = trunc i200 %190 to i64
  %192 = add i64 %191, 2199023255549
  %193 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %194 = and i64 %192, 2199023255551
  %195 = zext nneg i64 %194 to i200
  %196 = shl nuw nsw i200 %195, 60
  %197 = and i200 %193, -2535301200455305881488799563777
  %198 = or disjoint i200 %196, %197
  store volatile i200 %198, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %199 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %200 = trunc i200 %199 to i32
  %201 = and i32 %200, 7
  %202 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %203 = lshr i200 %202, 101
  %204 = trunc i200 %203 to i32
  %205 = add i32 %201, %204
  %206 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %207 = and i32 %205, 8191
  %208 = zext nneg i32 %207 to i200
  %209 = shl nuw nsw i200 %208, 101
  %210 = and i200 %206, -20766652132938854055318991910469633
  %211 = or disjoint i200 %209, %210
  store volatile i200 %211, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %212 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %213 = lshr i200 %212, 114
  %214 = trunc i200 %213 to i32
  %215 = mul i32 %214, 5
  %216 = add i32 %215, %179
  %217 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %218 = and i32 %216, 67108863
  %219 = zext nneg i32 %218 to i200
  %220 = shl nuw nsw i200 %219, 114
  %221 = and i200 %217, -1393796554138976512206671877918537277243393
  %222 = or disjoint i200 %220, %221
  store volatile i200 %222, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %223 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %224 = lshr i200 %223, 137
  %225 = trunc nuw nsw i200 %224 to i64
  %226 = and i64 %225, 36028797018963960
  %227 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %228 = shl i200 %227, 99
  %229 = ashr i200 %228, 159
  %230 = trunc nsw i200 %229 to i64
  %231 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %232 = and i64 %230, 36028797018963967
  %233 = xor i64 %232, %226
  %234 = zext nneg i64 %233 to i200
  %235 = shl nuw nsw i200 %234, 140
  %236 = and i200 %231, -50216813883093444716889740477497384982836451515189681979393
  %237 = or disjoint i200 %235, %236
  store volatile i200 %237, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %238 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %239 = trunc i200 %238 to i64
  %240 = and i64 %239, 1152921504606846975
  %241 = add nuw nsw i64 %240, -7046029254386353131
  %242 = shl i64 %180, 6
  %243 = add i64 %241, %242
  %244 = lshr i64 %180, 2
  %245 = add i64 %243, %244
  %246 = xor i64 %245, %180
  %247 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %248 = shl i200 %247, 99
  %249 = ashr i200 %248, 159
  %250 = trunc nsw i200 %249 to i64
  %251 = add nsw i64 %250, -7046029254386353131
  %252 = shl i64 %246, 6
  %253 = add i64 %251, %252
  %254 = lshr i64 %246, 2
  %255 = add i64 %253, %254
  %256 = xor i64 %255, %246
  %257 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %258 = lshr i200 %257, 101
  %259 = trunc i200 %258 to i64
  %260 = and i64 %259, 8191
  %261 = add nuw nsw i64 %260, -7046029254386353131
  %262 = shl i64 %256, 6
  %263 = add i64 %261, %262
  %264 = lshr i64 %256, 2
  %265 = add i64 %263, %264
  %266 = xor i64 %265, %256
  %267 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %268 = shl i200 %267, 60
  %269 = ashr i200 %268, 174
  %270 = trunc nsw i200 %269 to i64
  %271 = add nsw i64 %270, -7046029254386353131
  %272 = shl i64 %266, 6
  %273 = add i64 %271, %272
  %274 = lshr i64 %266, 2
  %275 = add i64 %273, %274
  %276 = xor i64 %275, %266
  %277 = load volatile i200, ptr getelementptr inbounds (i8, ptr @g1, i64 1), align 1
  %278 = lshr i200 %277, 140
  %279 = trunc nuw nsw i200 %278 to i64
  %280 = and i64 %279, 36028797018963967
  %281 = add nuw nsw i64 %280, -7046029254386353131
  %282 = shl i64 %276, 6
  %283 = add i64 %281, %282
  %284 = lshr i64 %276, 2
  %285 = add i64 %283, %284
  %286 = xor i64 %285, %276
  store i64 %286, ptr @crc, align 8, !tbaa !5
  %287 = add nuw nsw i32 %179, 1
  %288 = icmp eq i32 %287, 20
  br i1 %288, label %152, label %178, !llvm.loop !19

289:                                              ; preds = %320
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) getelementptr inbounds (i8, ptr @g2, i64 48), ptr noundef nonnull align 8 dereferenceable(24) getelementptr inbounds (i8, ptr @g2, i64 24), i64 24, i1 false)
  %290 = add nuw nsw i64 %356, -7046029254386353131
  %291 = shl i64 %383, 6
  %292 = add i64 %290, %291
  %293 = lshr i64 %383, 2
  %294 = add i64 %292, %293
  %295 = xor i64 %294, %383
  %296 = shl nuw i64 %357, 14
  %297 = ashr exact i64 %296, 14
  %298 = add nsw i64 %297, -7046029254386353131
  %299 = shl i64 %295, 6
  %300 = add i64 %298, %299
  %301 = lshr i64 %295, 2
  %302 = add i64 %300, %301
  %303 = xor i64 %302, %295
  store i64 %303, ptr @crc, align 8, !tbaa !5
  %304 = load i64, ptr getelementptr inbounds (i8, ptr @g2, i64 48), align 16
  %305 = and i64 %304, 1125899906842623
  %306 = load i64, ptr getelementptr inbounds (i8, ptr @g2, i64 56), align 8
  %307 = shl i64 %306, 14
  %308 = ashr exact i64 %307, 14
  %309 = load i64, ptr getelementptr inbounds (i8, ptr @g2, i64 64), align 16
  %310 = and i64 %309, 1125899906842623
  %311 = lshr i64 %309, 50
  %312 = trunc nuw nsw i64 %311 to i32
  %313 = and i32 %312, 7
  %314 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %305, i64 noundef %308, i64 noundef %310, i32 noundef %313)
  %315 = load i64, ptr @crc, align 8, !tbaa !5
  %316 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %315)
  %317 = load i64, ptr @crc, align 8, !tbaa !5
  %318 = trunc i64 %317 to i32
  %319 = and i32 %318, 63
  ret i32 %319

320:                                              ; preds = %152, %320
  %321 = phi i64 [ 0, %152 ], [ %384, %320 ]
  %322 = phi i64 [ 0, %152 ], [ %356, %320 ]
  %323 = phi i64 [ 0, %152 ], [ %357, %320 ]
  %324 = phi i64 [ %177, %152 ], [ %383, %320 ]
  %325 = trunc i64 %321 to i8
  %326 = urem i8 %325, 3
  %327 = zext nneg i8 %326 to i64
  %328 = getelementptr inbounds [3 x %struct.S2], ptr @g2, i64 0, i64 %327
  %329 = mul nuw nsw i64 %321, 17179869183
  %330 = load i64, ptr %328, align 8
  %331 = add i64 %330, %329
  %332 = and i64 %331, 1125899906842623
  %333 = and i64 %330, -1125899906842624
  %334 = or disjoint i64 %332, %333
  store i64 %334, ptr %328, align 8
  %335 = getelementptr inbounds i8, ptr %328, i64 8
  %336 = load i64, ptr %335, align 8
  %337 = mul nuw nsw i64 %321, 1125899829064847
  %338 = add i64 %336, %337
  %339 = and i64 %338, 1125899906842623
  %340 = and i64 %336, -1125899906842624
  %341 = or disjoint i64 %339, %340
  store i64 %341, ptr %335, align 8
  %342 = getelementptr inbounds i8, ptr %328, i64 16
  %343 = load i64, ptr %342, align 8
  %344 = and i64 %343, 1125899906842623
  %345 = lshr i64 %331, 7
  %346 = and i64 %345, 8796093022207
  %347 = xor i64 %344, %346
  %348 = and i64 %343, -9007199254740992
  %349 = lshr i64 %343, 50
  %350 = add nuw i64 %321, %349
  %351 = and i64 %350, 7
  %352 = shl nuw nsw i64 %351, 50
  %353 = or disjoint i64 %352, %348
  %354 = or disjoint i64 %353, %347
  store i64 %354, ptr %342, align 8
  %355 = add nuw nsw i64 %347, %322
  %356 = and i64 %355, 1125899906842623
  %357 = xor i64 %339, %323
  %358 = add nuw nsw i64 %332, -7046029254386353131
  %359 = shl i64 %324, 6
  %360 = add i64 %358, %359
  %361 = lshr i64 %324, 2
  %362 = add i64 %360, %361
  %363 = xor i64 %362, %324
  %364 = shl i64 %338, 14
  %365 = ashr exact i64 %364, 14
  %366 = add nsw i64 %365, -7046029254386353131
  %367 = shl i64 %363, 6
  %368 = add i64 %366, %367
  %369 = lshr i64 %363, 2
  %370 = add i64 %368, %369
  %371 = xor i64 %370, %363
  %372 = add nuw nsw i64 %347, -7046029254386353131
  %373 = shl i64 %371, 6
  %374 = add i64 %372, %373
  %375 = lshr i64 %371, 2
  %376 = add i64 %374, %375
  %377 = xor i64 %376, %371
  %378 = add nuw nsw i64 %351, -7046029254386353131
  %379 = shl i64 %377, 6
  %380 = add i64 %378, %379
  %381 = lshr i64 %377, 2
  %382 = add i64 %380, %381
  %383 = xor i64 %382, %377
  %384 = add nuw nsw i64 %321, 1
  %385 = icmp eq i64 %384, 30
  br i1 %385, label %289, label %320, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @step(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #2 {
  %3 = load i136, ptr %0, align 1
  %4 = trunc i136 %3 to i32
  %5 = add i32 %4, %1
  %6 = lshr i136 %3, 7
  %7 = trunc i136 %6 to i32
  %8 = mul i32 %7, 3
  %9 = add i32 %8, %1
  %10 = zext i32 %9 to i136
  %11 = shl nuw nsw i136 %10, 7
  %12 = and i32 %5, 127
  %13 = zext nneg i32 %12 to i136
  %14 = shl i32 %9, 3
  %15 = lshr i136 %3, 37
  %16 = trunc i136 %15 to i32
  %17 = xor i32 %14, %16
  %18 = zext i32 %17 to i136
  %19 = shl nuw nsw i136 %18, 37
  %20 = and i136 %11, 137438953344
  %21 = or disjoint i136 %20, %13
  %22 = lshr i136 %3, 69
  %23 = trunc i136 %22 to i64
  %24 = and i64 %23, 4611686018427387903
  %25 = zext i32 %17 to i64
  %26 = shl i64 %25, 40
  %27 = and i64 %26, 9223370937343148032
  %28 = or i64 %27, %24
  %29 = zext nneg i64 %28 to i136
  %30 = shl nuw nsw i136 %29, 68
  %31 = and i136 %19, 295147905041913872384
  %32 = or disjoint i136 %30, %31
  %33 = or disjoint i136 %32, %21
  %34 = lshr i136 %3, 131
  %35 = trunc nuw nsw i136 %34 to i32
  %36 = sub i32 %5, %35
  %37 = and i32 %36, 31
  %38 = zext nneg i32 %37 to i136
  %39 = shl nuw i136 %38, 131
  %40 = or disjoint i136 %33, %39
  store i136 %40, ptr %0, align 1
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!13, !7, i64 0}
!13 = !{!"S1", !7, i64 0, !14, i64 1, !14, i64 8, !15, i64 13, !15, i64 15, !14, i64 18, !16, i64 26}
!14 = !{!"long long", !7, i64 0}
!15 = !{!"int", !7, i64 0}
!16 = !{!"short", !7, i64 0}
!17 = !{!13, !16, i64 26}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
