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

1:                                                ; preds = %14, %0
  %2 = phi i64 [ 4, %0 ], [ %16, %14 ]
  %3 = phi i64 [ 2, %0 ], [ %15, %14 ]
  %4 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %3
  %5 = load i8, ptr %4, align 1, !tbaa !6
  %6 = icmp eq i8 %5, 0
  %7 = icmp ult i64 %2, 100001
  %8 = and i1 %7, %6
  br i1 %8, label %9, label %14

9:                                                ; preds = %1, %9
  %10 = phi i64 [ %12, %9 ], [ %2, %1 ]
  %11 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %10
  store i8 1, ptr %11, align 1, !tbaa !6
  %12 = add nuw nsw i64 %10, %3
  %13 = icmp ult i64 %12, 100001
  br i1 %13, label %9, label %14, !llvm.loop !9

14:                                               ; preds = %9, %1
  %15 = add nuw nsw i64 %3, 1
  %16 = mul nuw nsw i64 %15, %15
  %17 = icmp eq i64 %15, 317
  br i1 %17, label %18, label %1, !llvm.loop !11

18:                                               ; preds = %14, %18
  %19 = phi i64 [ %26, %18 ], [ 0, %14 ]
  %20 = phi i32 [ %25, %18 ], [ 0, %14 ]
  %21 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %19
  %22 = load i8, ptr %21, align 1, !tbaa !6
  %23 = icmp eq i8 %22, 0
  %24 = zext i1 %23 to i32
  %25 = add nuw nsw i32 %20, %24
  %26 = add nuw nsw i64 %19, 1
  %27 = icmp eq i64 %26, 100001
  br i1 %27, label %28, label %18, !llvm.loop !12

28:                                               ; preds = %18
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %25)
  %30 = tail call noalias dereferenceable_or_null(6264) ptr @malloc(i64 noundef 6264) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(6256) %30, i8 0, i64 6256, i1 false)
  br label %31

31:                                               ; preds = %59, %28
  %32 = phi i32 [ %61, %59 ], [ 9, %28 ]
  %33 = phi i32 [ %60, %59 ], [ 3, %28 ]
  %34 = lshr i32 %33, 1
  %35 = lshr i32 %33, 7
  %36 = zext nneg i32 %35 to i64
  %37 = getelementptr inbounds i64, ptr %30, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !13
  %39 = and i32 %34, 63
  %40 = zext nneg i32 %39 to i64
  %41 = shl nuw i64 1, %40
  %42 = and i64 %41, %38
  %43 = icmp eq i64 %42, 0
  br i1 %43, label %44, label %59

44:                                               ; preds = %31
  %45 = shl nuw nsw i32 %33, 1
  br label %46

46:                                               ; preds = %46, %44
  %47 = phi i32 [ %32, %44 ], [ %57, %46 ]
  %48 = lshr i32 %47, 1
  %49 = and i32 %48, 63
  %50 = zext nneg i32 %49 to i64
  %51 = shl nuw i64 1, %50
  %52 = lshr i32 %47, 7
  %53 = zext nneg i32 %52 to i64
  %54 = getelementptr inbounds i64, ptr %30, i64 %53
  %55 = load i64, ptr %54, align 8, !tbaa !13
  %56 = or i64 %51, %55
  store i64 %56, ptr %54, align 8, !tbaa !13
  %57 = add nuw nsw i32 %47, %45
  %58 = icmp ugt i32 %57, 100000
  br i1 %58, label %59, label %46, !llvm.loop !15

59:                                               ; preds = %46, %31
  %60 = add nuw nsw i32 %33, 2
  %61 = mul nuw nsw i32 %60, %60
  %62 = icmp ugt i32 %61, 100000
  br i1 %62, label %63, label %31, !llvm.loop !16

63:                                               ; preds = %59, %63
  %64 = phi i32 [ %78, %63 ], [ 3, %59 ]
  %65 = phi i32 [ %77, %63 ], [ 1, %59 ]
  %66 = lshr i32 %64, 1
  %67 = lshr i32 %64, 7
  %68 = zext nneg i32 %67 to i64
  %69 = getelementptr inbounds i64, ptr %30, i64 %68
  %70 = load i64, ptr %69, align 8, !tbaa !13
  %71 = and i32 %66, 63
  %72 = zext nneg i32 %71 to i64
  %73 = shl nuw i64 1, %72
  %74 = and i64 %73, %70
  %75 = icmp eq i64 %74, 0
  %76 = zext i1 %75 to i32
  %77 = add nuw nsw i32 %65, %76
  %78 = add nuw nsw i32 %64, 2
  %79 = icmp ugt i32 %64, 99998
  br i1 %79, label %80, label %63, !llvm.loop !17

80:                                               ; preds = %63
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(100001) getelementptr inbounds (i8, ptr @composite, i64 2), i8 0, i64 99999, i1 false)
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i64 1), align 1, !tbaa !6
  store i8 1, ptr @composite, align 4, !tbaa !6
  br label %81

81:                                               ; preds = %94, %80
  %82 = phi i64 [ 4, %80 ], [ %96, %94 ]
  %83 = phi i64 [ 2, %80 ], [ %95, %94 ]
  %84 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %83
  %85 = load i8, ptr %84, align 1, !tbaa !6
  %86 = icmp eq i8 %85, 0
  %87 = icmp ult i64 %82, 100001
  %88 = and i1 %87, %86
  br i1 %88, label %89, label %94

89:                                               ; preds = %81, %89
  %90 = phi i64 [ %92, %89 ], [ %82, %81 ]
  %91 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %90
  store i8 1, ptr %91, align 1, !tbaa !6
  %92 = add nuw nsw i64 %90, %83
  %93 = icmp ult i64 %92, 100001
  br i1 %93, label %89, label %94, !llvm.loop !9

94:                                               ; preds = %89, %81
  %95 = add nuw nsw i64 %83, 1
  %96 = mul nuw nsw i64 %95, %95
  %97 = icmp eq i64 %95, 317
  br i1 %97, label %98, label %81, !llvm.loop !11

98:                                               ; preds = %94, %98
  %99 = phi i64 [ %106, %98 ], [ 0, %94 ]
  %100 = phi i32 [ %105, %98 ], [ 0, %94 ]
  %101 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %99
  %102 = load i8, ptr %101, align 1, !tbaa !6
  %103 = icmp eq i8 %102, 0
  %104 = zext i1 %103 to i32
  %105 = add nuw nsw i32 %100, %104
  %106 = add nuw nsw i64 %99, 1
  %107 = icmp eq i64 %106, 100001
  br i1 %107, label %108, label %98, !llvm.loop !12

108:                                              ; preds = %98
  %109 = icmp eq i32 %77, %105
  %110 = zext i1 %109 to i32
  %111 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %110)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %30, i8 0, i64 64, i1 false)
  br label %112

112:                                              ; preds = %139, %108
  %113 = phi i64 [ %140, %139 ], [ 3, %108 ]
  %114 = phi i32 [ %143, %139 ], [ 9, %108 ]
  %115 = lshr i64 %113, 1
  %116 = lshr i64 %113, 7
  %117 = and i64 %116, 33554431
  %118 = getelementptr inbounds i64, ptr %30, i64 %117
  %119 = load i64, ptr %118, align 8, !tbaa !13
  %120 = shl nuw i64 1, %115
  %121 = and i64 %120, %119
  %122 = icmp eq i64 %121, 0
  br i1 %122, label %123, label %139

123:                                              ; preds = %112
  %124 = trunc i64 %113 to i32
  %125 = shl i32 %124, 1
  br label %126

126:                                              ; preds = %126, %123
  %127 = phi i32 [ %114, %123 ], [ %137, %126 ]
  %128 = lshr i32 %127, 1
  %129 = and i32 %128, 63
  %130 = zext nneg i32 %129 to i64
  %131 = shl nuw i64 1, %130
  %132 = lshr i32 %127, 7
  %133 = zext nneg i32 %132 to i64
  %134 = getelementptr inbounds i64, ptr %30, i64 %133
  %135 = load i64, ptr %134, align 8, !tbaa !13
  %136 = or i64 %131, %135
  store i64 %136, ptr %134, align 8, !tbaa !13
  %137 = add nuw nsw i32 %127, %125
  %138 = icmp ugt i32 %137, 1000
  br i1 %138, label %139, label %126, !llvm.loop !15

139:                                              ; preds = %126, %112
  %140 = add nuw nsw i64 %113, 2
  %141 = mul nuw nsw i64 %140, %140
  %142 = icmp ugt i64 %141, 1000
  %143 = trunc nuw i64 %141 to i32
  br i1 %142, label %144, label %112, !llvm.loop !16

144:                                              ; preds = %139, %144
  %145 = phi i32 [ %159, %144 ], [ 3, %139 ]
  %146 = phi i32 [ %158, %144 ], [ 1, %139 ]
  %147 = lshr i32 %145, 1
  %148 = lshr i32 %145, 7
  %149 = zext nneg i32 %148 to i64
  %150 = getelementptr inbounds i64, ptr %30, i64 %149
  %151 = load i64, ptr %150, align 8, !tbaa !13
  %152 = and i32 %147, 63
  %153 = zext nneg i32 %152 to i64
  %154 = shl nuw i64 1, %153
  %155 = and i64 %154, %151
  %156 = icmp eq i64 %155, 0
  %157 = zext i1 %156 to i32
  %158 = add nuw nsw i32 %146, %157
  %159 = add nuw nsw i32 %145, 2
  %160 = icmp ugt i32 %145, 998
  br i1 %160, label %161, label %144, !llvm.loop !17

161:                                              ; preds = %144
  %162 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %158)
  tail call void @free(ptr noundef nonnull %30) #9
  br label %163

163:                                              ; preds = %161, %179
  %164 = phi i64 [ 3, %161 ], [ %184, %179 ]
  %165 = phi i64 [ 5, %161 ], [ %182, %179 ]
  %166 = phi i32 [ 0, %161 ], [ %181, %179 ]
  %167 = phi i32 [ 0, %161 ], [ %180, %179 ]
  %168 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %164
  %169 = load i8, ptr %168, align 1, !tbaa !6
  %170 = icmp eq i8 %169, 0
  br i1 %170, label %171, label %179

171:                                              ; preds = %163
  %172 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %165
  %173 = load i8, ptr %172, align 1, !tbaa !6
  %174 = icmp eq i8 %173, 0
  %175 = zext i1 %174 to i32
  %176 = add nsw i32 %167, %175
  %177 = trunc nuw nsw i64 %164 to i32
  %178 = select i1 %174, i32 %177, i32 %166
  br label %179

179:                                              ; preds = %171, %163
  %180 = phi i32 [ %167, %163 ], [ %176, %171 ]
  %181 = phi i32 [ %166, %163 ], [ %178, %171 ]
  %182 = add nuw nsw i64 %165, 2
  %183 = icmp ult i64 %165, 99999
  %184 = add nuw nsw i64 %164, 2
  br i1 %183, label %163, label %185, !llvm.loop !18

185:                                              ; preds = %179
  %186 = add nsw i32 %181, 2
  %187 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %180, i32 noundef %181, i32 noundef %186)
  br label %188

188:                                              ; preds = %185, %202
  %189 = phi i64 [ 2, %185 ], [ %203, %202 ]
  %190 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %189
  %191 = load i8, ptr %190, align 1, !tbaa !6
  %192 = icmp eq i8 %191, 0
  br i1 %192, label %193, label %202

193:                                              ; preds = %188
  %194 = sub nuw nsw i64 100, %189
  %195 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %194
  %196 = load i8, ptr %195, align 1, !tbaa !6
  %197 = icmp eq i8 %196, 0
  br i1 %197, label %198, label %202

198:                                              ; preds = %193
  %199 = trunc nuw nsw i64 %189 to i32
  %200 = trunc nuw nsw i64 %194 to i32
  %201 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 100, i32 noundef %199, i32 noundef %200)
  br label %205

202:                                              ; preds = %188, %193
  %203 = add nuw nsw i64 %189, 1
  %204 = icmp eq i64 %203, 51
  br i1 %204, label %205, label %188, !llvm.loop !19

205:                                              ; preds = %202, %198
  br label %206

206:                                              ; preds = %205, %216
  %207 = phi i64 [ %217, %216 ], [ 2, %205 ]
  %208 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %207
  %209 = load i8, ptr %208, align 1, !tbaa !6
  %210 = icmp eq i8 %209, 0
  br i1 %210, label %211, label %216

211:                                              ; preds = %206
  %212 = sub nuw nsw i64 400, %207
  %213 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %212
  %214 = load i8, ptr %213, align 1, !tbaa !6
  %215 = icmp eq i8 %214, 0
  br i1 %215, label %219, label %216

216:                                              ; preds = %211, %206
  %217 = add nuw nsw i64 %207, 1
  %218 = icmp eq i64 %217, 201
  br i1 %218, label %223, label %206, !llvm.loop !19

219:                                              ; preds = %211
  %220 = trunc nuw nsw i64 %207 to i32
  %221 = trunc nuw nsw i64 %212 to i32
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 400, i32 noundef %220, i32 noundef %221)
  br label %223

223:                                              ; preds = %216, %219
  br label %224

224:                                              ; preds = %223, %234
  %225 = phi i64 [ %235, %234 ], [ 2, %223 ]
  %226 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %225
  %227 = load i8, ptr %226, align 1, !tbaa !6
  %228 = icmp eq i8 %227, 0
  br i1 %228, label %229, label %234

229:                                              ; preds = %224
  %230 = sub nuw nsw i64 700, %225
  %231 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %230
  %232 = load i8, ptr %231, align 1, !tbaa !6
  %233 = icmp eq i8 %232, 0
  br i1 %233, label %237, label %234

234:                                              ; preds = %229, %224
  %235 = add nuw nsw i64 %225, 1
  %236 = icmp eq i64 %235, 351
  br i1 %236, label %241, label %224, !llvm.loop !19

237:                                              ; preds = %229
  %238 = trunc nuw nsw i64 %225 to i32
  %239 = trunc nuw nsw i64 %230 to i32
  %240 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 700, i32 noundef %238, i32 noundef %239)
  br label %241

241:                                              ; preds = %234, %237
  br label %242

242:                                              ; preds = %241, %252
  %243 = phi i64 [ %253, %252 ], [ 2, %241 ]
  %244 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %243
  %245 = load i8, ptr %244, align 1, !tbaa !6
  %246 = icmp eq i8 %245, 0
  br i1 %246, label %247, label %252

247:                                              ; preds = %242
  %248 = sub nuw nsw i64 1000, %243
  %249 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %248
  %250 = load i8, ptr %249, align 1, !tbaa !6
  %251 = icmp eq i8 %250, 0
  br i1 %251, label %255, label %252

252:                                              ; preds = %247, %242
  %253 = add nuw nsw i64 %243, 1
  %254 = icmp eq i64 %253, 501
  br i1 %254, label %259, label %242, !llvm.loop !19

255:                                              ; preds = %247
  %256 = trunc nuw nsw i64 %243 to i32
  %257 = trunc nuw nsw i64 %248 to i32
  %258 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1000, i32 noundef %256, i32 noundef %257)
  br label %259

259:                                              ; preds = %252, %255
  br label %262

260:                                              ; preds = %262
  %261 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %274, i32 noundef %276)
  tail call fastcc void @factor(i64 noundef 360)
  tail call fastcc void @factor(i64 noundef 9999991)
  tail call fastcc void @factor(i64 noundef 600851475143)
  tail call fastcc void @factor(i64 noundef 1099511627776)
  ret i32 0

262:                                              ; preds = %259, %262
  %263 = phi i64 [ %278, %262 ], [ 3, %259 ]
  %264 = phi i32 [ %277, %262 ], [ 2, %259 ]
  %265 = phi i32 [ %276, %262 ], [ 0, %259 ]
  %266 = phi i32 [ %274, %262 ], [ 0, %259 ]
  %267 = getelementptr inbounds [100001 x i8], ptr @composite, i64 0, i64 %263
  %268 = load i8, ptr %267, align 1, !tbaa !6
  %269 = icmp eq i8 %268, 0
  %270 = trunc nuw nsw i64 %263 to i32
  %271 = sub nsw i32 %270, %264
  %272 = icmp sgt i32 %271, %266
  %273 = tail call i32 @llvm.smax.i32(i32 %271, i32 %266)
  %274 = select i1 %269, i32 %273, i32 %266
  %275 = select i1 %269, i1 %272, i1 false
  %276 = select i1 %275, i32 %264, i32 %265
  %277 = select i1 %269, i32 %270, i32 %264
  %278 = add nuw nsw i64 %263, 1
  %279 = icmp eq i64 %278, 100001
  br i1 %279, label %260, label %262, !llvm.loop !20
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
  br i1 %27, label %22, label %28, !llvm.loop !21

28:                                               ; preds = %22, %14, %4
  %29 = phi i64 [ %7, %4 ], [ %10, %14 ], [ %25, %22 ]
  %30 = phi ptr [ %6, %4 ], [ @.str.9, %14 ], [ @.str.9, %22 ]
  %31 = add i64 %5, 1
  %32 = mul i64 %31, %31
  %33 = icmp ugt i64 %32, %29
  br i1 %33, label %18, label %4, !llvm.loop !23

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10, !22}
!22 = !{!"llvm.loop.peeled.count", i32 1}
!23 = distinct !{!23, !10}
