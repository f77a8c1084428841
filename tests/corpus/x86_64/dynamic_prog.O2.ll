; ModuleID = 'dynamic_prog.c'
source_filename = "dynamic_prog.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.pairs = internal unnamed_addr constant [5 x [2 x ptr]] [[2 x ptr] [ptr @.str, ptr @.str.1], [2 x ptr] [ptr @.str.2, ptr @.str.3], [2 x ptr] [ptr @.str.4, ptr @.str.5], [2 x ptr] [ptr @.str.6, ptr @.str.7], [2 x ptr] [ptr @.str.8, ptr @.str.8]], align 16
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
@__const.main.coins = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 5, i32 10, i32 20, i32 50, i32 100, i32 200], align 16
@.str.11 = private unnamed_addr constant [30 x i8] c"ways(200)=%ld ways(1000)=%ld\0A\00", align 1
@__const.main.seq = private unnamed_addr constant [15 x i32] [i32 10, i32 9, i32 2, i32 5, i32 3, i32 7, i32 101, i32 18, i32 4, i32 8, i32 6, i32 12, i32 15, i32 1, i32 20], align 16
@.str.12 = private unnamed_addr constant [8 x i8] c"lis=%d\0A\00", align 1
@lcs.t = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [101 x i32], align 16
  %2 = alloca [64 x i32], align 16
  %3 = alloca [64 x i32], align 16
  %4 = alloca [64 x i32], align 16
  %5 = alloca [64 x i8], align 16
  br label %6

6:                                                ; preds = %0, %199
  %7 = phi i64 [ 0, %0 ], [ %205, %199 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #8
  %8 = getelementptr inbounds [5 x [2 x ptr]], ptr @main.pairs, i64 0, i64 %7
  %9 = load ptr, ptr %8, align 16, !tbaa !5
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !5
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
  store i32 0, ptr %30, align 16, !tbaa !9
  br i1 %23, label %43, label %46

31:                                               ; preds = %43, %6
  %32 = shl i64 %12, 32
  %33 = ashr exact i64 %32, 32
  %34 = shl i64 %14, 32
  %35 = ashr exact i64 %34, 32
  %36 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %33, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !9
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %5, i64 %38
  store i8 0, ptr %39, align 1, !tbaa !11
  %40 = icmp ne i32 %13, 0
  %41 = icmp ne i32 %15, 0
  %42 = select i1 %40, i1 %41, i1 false
  br i1 %42, label %68, label %102

43:                                               ; preds = %63, %26, %24
  %44 = add nuw nsw i64 %25, 1
  %45 = icmp eq i64 %44, %21
  br i1 %45, label %31, label %24, !llvm.loop !12

46:                                               ; preds = %26, %63
  %47 = phi i32 [ %64, %63 ], [ 0, %26 ]
  %48 = phi i64 [ %66, %63 ], [ 1, %26 ]
  br i1 %27, label %63, label %49

49:                                               ; preds = %46
  %50 = load i8, ptr %29, align 1, !tbaa !11
  %51 = add nsw i64 %48, -1
  %52 = getelementptr inbounds i8, ptr %11, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !11
  %54 = icmp eq i8 %50, %53
  br i1 %54, label %55, label %59

55:                                               ; preds = %49
  %56 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %51
  %57 = load i32, ptr %56, align 4, !tbaa !9
  %58 = add nsw i32 %57, 1
  br label %63

59:                                               ; preds = %49
  %60 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %48
  %61 = load i32, ptr %60, align 4, !tbaa !9
  %62 = call i32 @llvm.smax.i32(i32 %61, i32 %47)
  br label %63

63:                                               ; preds = %59, %55, %46
  %64 = phi i32 [ 0, %46 ], [ %58, %55 ], [ %62, %59 ]
  %65 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %25, i64 %48
  store i32 %64, ptr %65, align 4, !tbaa !9
  %66 = add nuw nsw i64 %48, 1
  %67 = icmp eq i64 %66, %22
  br i1 %67, label %43, label %46, !llvm.loop !14

68:                                               ; preds = %31, %95
  %69 = phi i32 [ %98, %95 ], [ %15, %31 ]
  %70 = phi i32 [ %97, %95 ], [ %13, %31 ]
  %71 = phi i32 [ %96, %95 ], [ %37, %31 ]
  %72 = add nsw i32 %70, -1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i8, ptr %9, i64 %73
  %75 = load i8, ptr %74, align 1, !tbaa !11
  %76 = add nsw i32 %69, -1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i8, ptr %11, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !11
  %80 = icmp eq i8 %75, %79
  br i1 %80, label %81, label %85

81:                                               ; preds = %68
  %82 = add nsw i32 %71, -1
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i8, ptr %5, i64 %83
  store i8 %75, ptr %84, align 1, !tbaa !11
  br label %95

85:                                               ; preds = %68
  %86 = sext i32 %69 to i64
  %87 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %73, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !9
  %89 = sext i32 %70 to i64
  %90 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %89, i64 %77
  %91 = load i32, ptr %90, align 4, !tbaa !9
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
  br i1 %101, label %68, label %102, !llvm.loop !16

102:                                              ; preds = %95, %31
  %103 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %9) #9
  %104 = trunc i64 %103 to i32
  %105 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %11) #9
  %106 = trunc i64 %105 to i32
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %4) #8
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %127, label %108

108:                                              ; preds = %102
  %109 = add nuw nsw i64 %105, 1
  %110 = and i64 %109, 4294967295
  %111 = add nsw i64 %110, -1
  %112 = and i64 %109, 7
  %113 = icmp ult i64 %111, 7
  br i1 %113, label %116, label %114

114:                                              ; preds = %108
  %115 = sub nsw i64 %110, %112
  br label %142

116:                                              ; preds = %142, %108
  %117 = phi i64 [ 0, %108 ], [ %168, %142 ]
  %118 = icmp eq i64 %112, 0
  br i1 %118, label %127, label %119

119:                                              ; preds = %116, %119
  %120 = phi i64 [ %124, %119 ], [ %117, %116 ]
  %121 = phi i64 [ %125, %119 ], [ 0, %116 ]
  %122 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %120
  %123 = trunc nuw nsw i64 %120 to i32
  store i32 %123, ptr %122, align 4, !tbaa !9
  %124 = add nuw nsw i64 %120, 1
  %125 = add i64 %121, 1
  %126 = icmp eq i64 %125, %112
  br i1 %126, label %127, label %119, !llvm.loop !17

127:                                              ; preds = %116, %119, %102
  %128 = icmp slt i32 %104, 1
  br i1 %128, label %129, label %131

129:                                              ; preds = %127
  %130 = shl i64 %105, 32
  br label %199

131:                                              ; preds = %127
  %132 = getelementptr i8, ptr %9, i64 -1
  %133 = icmp slt i32 %106, 1
  %134 = shl i64 %105, 32
  %135 = add i64 %134, 4294967296
  %136 = ashr exact i64 %135, 30
  %137 = add i64 %105, 1
  %138 = add nuw nsw i64 %103, 1
  %139 = and i64 %138, 4294967295
  %140 = and i64 %137, 4294967295
  %141 = getelementptr i8, ptr %11, i64 -1
  br label %171

142:                                              ; preds = %142, %114
  %143 = phi i64 [ 0, %114 ], [ %168, %142 ]
  %144 = phi i64 [ 0, %114 ], [ %169, %142 ]
  %145 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %143
  %146 = trunc nuw nsw i64 %143 to i32
  store i32 %146, ptr %145, align 16, !tbaa !9
  %147 = or disjoint i64 %143, 1
  %148 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %147
  %149 = trunc nuw nsw i64 %147 to i32
  store i32 %149, ptr %148, align 4, !tbaa !9
  %150 = or disjoint i64 %143, 2
  %151 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %150
  %152 = trunc nuw nsw i64 %150 to i32
  store i32 %152, ptr %151, align 8, !tbaa !9
  %153 = or disjoint i64 %143, 3
  %154 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %153
  %155 = trunc nuw nsw i64 %153 to i32
  store i32 %155, ptr %154, align 4, !tbaa !9
  %156 = or disjoint i64 %143, 4
  %157 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %156
  %158 = trunc nuw nsw i64 %156 to i32
  store i32 %158, ptr %157, align 16, !tbaa !9
  %159 = or disjoint i64 %143, 5
  %160 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %159
  %161 = trunc nuw nsw i64 %159 to i32
  store i32 %161, ptr %160, align 4, !tbaa !9
  %162 = or disjoint i64 %143, 6
  %163 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %162
  %164 = trunc nuw nsw i64 %162 to i32
  store i32 %164, ptr %163, align 8, !tbaa !9
  %165 = or disjoint i64 %143, 7
  %166 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %165
  %167 = trunc nuw nsw i64 %165 to i32
  store i32 %167, ptr %166, align 4, !tbaa !9
  %168 = add nuw nsw i64 %143, 8
  %169 = add i64 %144, 8
  %170 = icmp eq i64 %169, %115
  br i1 %170, label %116, label %142, !llvm.loop !19

171:                                              ; preds = %178, %131
  %172 = phi i64 [ 1, %131 ], [ %179, %178 ]
  %173 = trunc nuw nsw i64 %172 to i32
  store i32 %173, ptr %4, align 16, !tbaa !9
  br i1 %133, label %178, label %174

174:                                              ; preds = %171
  %175 = getelementptr i8, ptr %132, i64 %172
  %176 = load i8, ptr %175, align 1, !tbaa !11
  %177 = load i32, ptr %3, align 16, !tbaa !9
  br label %181

178:                                              ; preds = %181, %171
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %3, ptr nonnull align 16 %4, i64 %136, i1 false)
  %179 = add nuw nsw i64 %172, 1
  %180 = icmp eq i64 %179, %139
  br i1 %180, label %199, label %171, !llvm.loop !20

181:                                              ; preds = %181, %174
  %182 = phi i32 [ %177, %174 ], [ %186, %181 ]
  %183 = phi i32 [ %173, %174 ], [ %195, %181 ]
  %184 = phi i64 [ 1, %174 ], [ %197, %181 ]
  %185 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %184
  %186 = load i32, ptr %185, align 4, !tbaa !9
  %187 = add nsw i32 %186, 1
  %188 = add nsw i32 %183, 1
  %189 = getelementptr i8, ptr %141, i64 %184
  %190 = load i8, ptr %189, align 1, !tbaa !11
  %191 = icmp ne i8 %176, %190
  %192 = zext i1 %191 to i32
  %193 = add nsw i32 %182, %192
  %194 = call i32 @llvm.smin.i32(i32 %187, i32 %188)
  %195 = call noundef i32 @llvm.smin.i32(i32 %194, i32 %193)
  %196 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %184
  store i32 %195, ptr %196, align 4, !tbaa !9
  %197 = add nuw nsw i64 %184, 1
  %198 = icmp eq i64 %197, %140
  br i1 %198, label %178, label %181, !llvm.loop !21

199:                                              ; preds = %178, %129
  %200 = phi i64 [ %130, %129 ], [ %134, %178 ]
  %201 = ashr exact i64 %200, 32
  %202 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %201
  %203 = load i32, ptr %202, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %4) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  %204 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %9, ptr noundef %11, i32 noundef %37, ptr noundef nonnull %5, i32 noundef %203)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #8
  %205 = add nuw nsw i64 %7, 1
  %206 = icmp eq i64 %205, 5
  br i1 %206, label %275, label %6, !llvm.loop !22

207:                                              ; preds = %408
  %208 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 200)
  %209 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 1000)
  %210 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %208, i64 noundef %209)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  br label %211

211:                                              ; preds = %238, %207
  %212 = phi i64 [ 0, %207 ], [ %241, %238 ]
  %213 = phi i32 [ 0, %207 ], [ %240, %238 ]
  %214 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %212
  store i32 1, ptr %214, align 4, !tbaa !9
  %215 = icmp eq i64 %212, 0
  br i1 %215, label %238, label %216

216:                                              ; preds = %211
  %217 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %212
  %218 = load i32, ptr %217, align 4, !tbaa !9
  %219 = and i64 %212, 1
  %220 = icmp eq i64 %212, 1
  br i1 %220, label %223, label %221

221:                                              ; preds = %216
  %222 = and i64 %212, 9223372036854775806
  br label %243

223:                                              ; preds = %268, %216
  %224 = phi i32 [ poison, %216 ], [ %269, %268 ]
  %225 = phi i32 [ 1, %216 ], [ %269, %268 ]
  %226 = phi i64 [ 0, %216 ], [ %270, %268 ]
  %227 = icmp eq i64 %219, 0
  br i1 %227, label %238, label %228

228:                                              ; preds = %223
  %229 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %226
  %230 = load i32, ptr %229, align 4, !tbaa !9
  %231 = icmp slt i32 %230, %218
  br i1 %231, label %232, label %238

232:                                              ; preds = %228
  %233 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %226
  %234 = load i32, ptr %233, align 4, !tbaa !9
  %235 = icmp slt i32 %234, %225
  br i1 %235, label %238, label %236

236:                                              ; preds = %232
  %237 = add nsw i32 %234, 1
  store i32 %237, ptr %214, align 4, !tbaa !9
  br label %238

238:                                              ; preds = %223, %236, %232, %228, %211
  %239 = phi i32 [ 1, %211 ], [ %224, %223 ], [ %225, %228 ], [ %225, %232 ], [ %237, %236 ]
  %240 = call i32 @llvm.smax.i32(i32 %239, i32 %213)
  %241 = add nuw nsw i64 %212, 1
  %242 = icmp eq i64 %241, 15
  br i1 %242, label %273, label %211, !llvm.loop !23

243:                                              ; preds = %268, %221
  %244 = phi i32 [ 1, %221 ], [ %269, %268 ]
  %245 = phi i64 [ 0, %221 ], [ %270, %268 ]
  %246 = phi i64 [ 0, %221 ], [ %271, %268 ]
  %247 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %245
  %248 = load i32, ptr %247, align 8, !tbaa !9
  %249 = icmp slt i32 %248, %218
  br i1 %249, label %250, label %256

250:                                              ; preds = %243
  %251 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %245
  %252 = load i32, ptr %251, align 8, !tbaa !9
  %253 = icmp slt i32 %252, %244
  br i1 %253, label %256, label %254

254:                                              ; preds = %250
  %255 = add nsw i32 %252, 1
  store i32 %255, ptr %214, align 4, !tbaa !9
  br label %256

256:                                              ; preds = %254, %250, %243
  %257 = phi i32 [ %244, %243 ], [ %244, %250 ], [ %255, %254 ]
  %258 = or disjoint i64 %245, 1
  %259 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %258
  %260 = load i32, ptr %259, align 4, !tbaa !9
  %261 = icmp slt i32 %260, %218
  br i1 %261, label %262, label %268

262:                                              ; preds = %256
  %263 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %258
  %264 = load i32, ptr %263, align 4, !tbaa !9
  %265 = icmp slt i32 %264, %257
  br i1 %265, label %268, label %266

266:                                              ; preds = %262
  %267 = add nsw i32 %264, 1
  store i32 %267, ptr %214, align 4, !tbaa !9
  br label %268

268:                                              ; preds = %266, %262, %256
  %269 = phi i32 [ %257, %256 ], [ %257, %262 ], [ %267, %266 ]
  %270 = add nuw nsw i64 %245, 2
  %271 = add i64 %246, 2
  %272 = icmp eq i64 %271, %222
  br i1 %272, label %223, label %243, !llvm.loop !24

273:                                              ; preds = %238
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  %274 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %240)
  ret i32 0

275:                                              ; preds = %199, %408
  %276 = phi i64 [ %413, %408 ], [ 20, %199 ]
  call void @llvm.lifetime.start.p0(i64 404, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(404) %1, i8 0, i64 404, i1 false)
  br label %397

277:                                              ; preds = %397, %277
  %278 = phi i64 [ %294, %277 ], [ %276, %397 ]
  %279 = add nsw i64 %278, -7
  %280 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %279
  %281 = load i32, ptr %280, align 4, !tbaa !9
  %282 = add nsw i32 %281, 13
  %283 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %278
  %284 = load i32, ptr %283, align 8, !tbaa !9
  %285 = call i32 @llvm.smax.i32(i32 %282, i32 %284)
  store i32 %285, ptr %283, align 8
  %286 = add nsw i64 %278, -1
  %287 = add nsw i64 %278, -8
  %288 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %287
  %289 = load i32, ptr %288, align 8, !tbaa !9
  %290 = add nsw i32 %289, 13
  %291 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %286
  %292 = load i32, ptr %291, align 4, !tbaa !9
  %293 = call i32 @llvm.smax.i32(i32 %290, i32 %292)
  store i32 %293, ptr %291, align 4
  %294 = add nsw i64 %278, -2
  %295 = icmp sgt i64 %278, 8
  br i1 %295, label %277, label %296, !llvm.loop !25

296:                                              ; preds = %277, %296
  %297 = phi i64 [ %313, %296 ], [ %276, %277 ]
  %298 = add nsw i64 %297, -11
  %299 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %298
  %300 = load i32, ptr %299, align 4, !tbaa !9
  %301 = add nsw i32 %300, 23
  %302 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %297
  %303 = load i32, ptr %302, align 8, !tbaa !9
  %304 = call i32 @llvm.smax.i32(i32 %301, i32 %303)
  store i32 %304, ptr %302, align 8
  %305 = add nsw i64 %297, -1
  %306 = add nsw i64 %297, -12
  %307 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %306
  %308 = load i32, ptr %307, align 8, !tbaa !9
  %309 = add nsw i32 %308, 23
  %310 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %305
  %311 = load i32, ptr %310, align 4, !tbaa !9
  %312 = call i32 @llvm.smax.i32(i32 %309, i32 %311)
  store i32 %312, ptr %310, align 4
  %313 = add nsw i64 %297, -2
  %314 = icmp sgt i64 %297, 12
  br i1 %314, label %296, label %315, !llvm.loop !25

315:                                              ; preds = %296, %315
  %316 = phi i64 [ %324, %315 ], [ %276, %296 ]
  %317 = add nsw i64 %316, -8
  %318 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %317
  %319 = load i32, ptr %318, align 4, !tbaa !9
  %320 = add nsw i32 %319, 15
  %321 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %316
  %322 = load i32, ptr %321, align 4, !tbaa !9
  %323 = call i32 @llvm.smax.i32(i32 %320, i32 %322)
  store i32 %323, ptr %321, align 4
  %324 = add nsw i64 %316, -1
  %325 = icmp sgt i64 %316, 8
  br i1 %325, label %315, label %326, !llvm.loop !25

326:                                              ; preds = %315, %326
  %327 = phi i64 [ %343, %326 ], [ %276, %315 ]
  %328 = add nsw i64 %327, -9
  %329 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %328
  %330 = load i32, ptr %329, align 4, !tbaa !9
  %331 = add nsw i32 %330, 16
  %332 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %327
  %333 = load i32, ptr %332, align 8, !tbaa !9
  %334 = call i32 @llvm.smax.i32(i32 %331, i32 %333)
  store i32 %334, ptr %332, align 8
  %335 = add nsw i64 %327, -1
  %336 = add nsw i64 %327, -10
  %337 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %336
  %338 = load i32, ptr %337, align 8, !tbaa !9
  %339 = add nsw i32 %338, 16
  %340 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %335
  %341 = load i32, ptr %340, align 4, !tbaa !9
  %342 = call i32 @llvm.smax.i32(i32 %339, i32 %341)
  store i32 %342, ptr %340, align 4
  %343 = add nsw i64 %327, -2
  %344 = icmp sgt i64 %327, 10
  br i1 %344, label %326, label %345, !llvm.loop !25

345:                                              ; preds = %326
  %346 = icmp ult i64 %276, 23
  br i1 %346, label %366, label %347

347:                                              ; preds = %345, %347
  %348 = phi i64 [ %364, %347 ], [ %276, %345 ]
  %349 = add nsw i64 %348, -23
  %350 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %349
  %351 = load i32, ptr %350, align 4, !tbaa !9
  %352 = add nsw i32 %351, 50
  %353 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %348
  %354 = load i32, ptr %353, align 8, !tbaa !9
  %355 = call i32 @llvm.smax.i32(i32 %352, i32 %354)
  store i32 %355, ptr %353, align 8
  %356 = add nsw i64 %348, -1
  %357 = add nsw i64 %348, -24
  %358 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %357
  %359 = load i32, ptr %358, align 8, !tbaa !9
  %360 = add nsw i32 %359, 50
  %361 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %356
  %362 = load i32, ptr %361, align 4, !tbaa !9
  %363 = call i32 @llvm.smax.i32(i32 %360, i32 %362)
  store i32 %363, ptr %361, align 4
  %364 = add nsw i64 %348, -2
  %365 = icmp sgt i64 %348, 24
  br i1 %365, label %347, label %366, !llvm.loop !25

366:                                              ; preds = %347, %345
  br label %367

367:                                              ; preds = %367, %366
  %368 = phi i64 [ %276, %366 ], [ %384, %367 ]
  %369 = add nsw i64 %368, -5
  %370 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %369
  %371 = load i32, ptr %370, align 4, !tbaa !9
  %372 = add nsw i32 %371, 9
  %373 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %368
  %374 = load i32, ptr %373, align 8, !tbaa !9
  %375 = call i32 @llvm.smax.i32(i32 %372, i32 %374)
  store i32 %375, ptr %373, align 8
  %376 = add nsw i64 %368, -1
  %377 = add nsw i64 %368, -6
  %378 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %377
  %379 = load i32, ptr %378, align 8, !tbaa !9
  %380 = add nsw i32 %379, 9
  %381 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %376
  %382 = load i32, ptr %381, align 4, !tbaa !9
  %383 = call i32 @llvm.smax.i32(i32 %380, i32 %382)
  store i32 %383, ptr %381, align 4
  %384 = add nsw i64 %368, -2
  %385 = icmp sgt i64 %368, 6
  br i1 %385, label %367, label %386, !llvm.loop !25

386:                                              ; preds = %367, %386
  %387 = phi i64 [ %395, %386 ], [ %276, %367 ]
  %388 = add nsw i64 %387, -14
  %389 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %388
  %390 = load i32, ptr %389, align 4, !tbaa !9
  %391 = add nsw i32 %390, 30
  %392 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %387
  %393 = load i32, ptr %392, align 4, !tbaa !9
  %394 = call i32 @llvm.smax.i32(i32 %391, i32 %393)
  store i32 %394, ptr %392, align 4
  %395 = add nsw i64 %387, -1
  %396 = icmp sgt i64 %387, 14
  br i1 %396, label %386, label %408, !llvm.loop !25

397:                                              ; preds = %397, %275
  %398 = phi i64 [ %276, %275 ], [ %406, %397 ]
  %399 = add nsw i64 %398, -12
  %400 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %399
  %401 = load i32, ptr %400, align 4, !tbaa !9
  %402 = add nsw i32 %401, 24
  %403 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %398
  %404 = load i32, ptr %403, align 4, !tbaa !9
  %405 = call i32 @llvm.smax.i32(i32 %402, i32 %404)
  store i32 %405, ptr %403, align 4
  %406 = add nsw i64 %398, -1
  %407 = icmp ugt i64 %398, 12
  br i1 %407, label %397, label %277, !llvm.loop !25

408:                                              ; preds = %386
  %409 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %276
  %410 = load i32, ptr %409, align 16, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 404, ptr nonnull %1) #8
  %411 = trunc nuw nsw i64 %276 to i32
  %412 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %411, i32 noundef %410)
  %413 = add nuw nsw i64 %276, 40
  %414 = icmp ult i64 %276, 61
  br i1 %414, label %275, label %207, !llvm.loop !26
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
  %3 = alloca [1001 x i64], align 16
  call void @llvm.lifetime.start.p0(i64 8008, ptr nonnull %3) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(8008) %3, i8 0, i64 8008, i1 false)
  store i64 1, ptr %3, align 16
  %4 = add i32 %1, 1
  %5 = load i32, ptr %0, align 4, !tbaa !9
  %6 = icmp sgt i32 %5, %1
  br i1 %6, label %21, label %7

7:                                                ; preds = %2
  %8 = sext i32 %5 to i64
  %9 = add i32 %5, %1
  %10 = and i32 %9, 1
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %18

12:                                               ; preds = %7
  %13 = load i64, ptr %3, align 16, !tbaa !27
  %14 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %8
  %15 = load i64, ptr %14, align 8, !tbaa !27
  %16 = add nsw i64 %15, %13
  store i64 %16, ptr %14, align 8, !tbaa !27
  %17 = add nsw i64 %8, 1
  br label %18

18:                                               ; preds = %12, %7
  %19 = phi i64 [ %8, %7 ], [ %17, %12 ]
  %20 = icmp eq i32 %5, %1
  br i1 %20, label %21, label %277

21:                                               ; preds = %18, %277, %2
  %22 = getelementptr inbounds i8, ptr %0, i64 4
  %23 = load i32, ptr %22, align 4, !tbaa !9
  %24 = icmp sgt i32 %23, %1
  br i1 %24, label %57, label %25

25:                                               ; preds = %21
  %26 = sext i32 %23 to i64
  %27 = add i32 %23, %1
  %28 = and i32 %27, 1
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %36

30:                                               ; preds = %25
  %31 = load i64, ptr %3, align 16, !tbaa !27
  %32 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %26
  %33 = load i64, ptr %32, align 8, !tbaa !27
  %34 = add nsw i64 %33, %31
  store i64 %34, ptr %32, align 8, !tbaa !27
  %35 = add nsw i64 %26, 1
  br label %36

36:                                               ; preds = %30, %25
  %37 = phi i64 [ %26, %25 ], [ %35, %30 ]
  %38 = icmp eq i32 %23, %1
  br i1 %38, label %57, label %39

39:                                               ; preds = %36, %39
  %40 = phi i64 [ %54, %39 ], [ %37, %36 ]
  %41 = sub nsw i64 %40, %26
  %42 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %41
  %43 = load i64, ptr %42, align 8, !tbaa !27
  %44 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %40
  %45 = load i64, ptr %44, align 8, !tbaa !27
  %46 = add nsw i64 %45, %43
  store i64 %46, ptr %44, align 8, !tbaa !27
  %47 = add nsw i64 %40, 1
  %48 = sub nsw i64 %47, %26
  %49 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !27
  %51 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %47
  %52 = load i64, ptr %51, align 8, !tbaa !27
  %53 = add nsw i64 %52, %50
  store i64 %53, ptr %51, align 8, !tbaa !27
  %54 = add nsw i64 %40, 2
  %55 = trunc i64 %54 to i32
  %56 = icmp eq i32 %4, %55
  br i1 %56, label %57, label %39, !llvm.loop !29

57:                                               ; preds = %36, %39, %21
  %58 = getelementptr inbounds i8, ptr %0, i64 8
  %59 = load i32, ptr %58, align 4, !tbaa !9
  %60 = icmp sgt i32 %59, %1
  br i1 %60, label %93, label %61

61:                                               ; preds = %57
  %62 = sext i32 %59 to i64
  %63 = add i32 %59, %1
  %64 = and i32 %63, 1
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %66, label %72

66:                                               ; preds = %61
  %67 = load i64, ptr %3, align 16, !tbaa !27
  %68 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %62
  %69 = load i64, ptr %68, align 8, !tbaa !27
  %70 = add nsw i64 %69, %67
  store i64 %70, ptr %68, align 8, !tbaa !27
  %71 = add nsw i64 %62, 1
  br label %72

72:                                               ; preds = %66, %61
  %73 = phi i64 [ %62, %61 ], [ %71, %66 ]
  %74 = icmp eq i32 %59, %1
  br i1 %74, label %93, label %75

75:                                               ; preds = %72, %75
  %76 = phi i64 [ %90, %75 ], [ %73, %72 ]
  %77 = sub nsw i64 %76, %62
  %78 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %77
  %79 = load i64, ptr %78, align 8, !tbaa !27
  %80 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %76
  %81 = load i64, ptr %80, align 8, !tbaa !27
  %82 = add nsw i64 %81, %79
  store i64 %82, ptr %80, align 8, !tbaa !27
  %83 = add nsw i64 %76, 1
  %84 = sub nsw i64 %83, %62
  %85 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %84
  %86 = load i64, ptr %85, align 8, !tbaa !27
  %87 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %83
  %88 = load i64, ptr %87, align 8, !tbaa !27
  %89 = add nsw i64 %88, %86
  store i64 %89, ptr %87, align 8, !tbaa !27
  %90 = add nsw i64 %76, 2
  %91 = trunc i64 %90 to i32
  %92 = icmp eq i32 %4, %91
  br i1 %92, label %93, label %75, !llvm.loop !29

93:                                               ; preds = %72, %75, %57
  %94 = getelementptr inbounds i8, ptr %0, i64 12
  %95 = load i32, ptr %94, align 4, !tbaa !9
  %96 = icmp sgt i32 %95, %1
  br i1 %96, label %129, label %97

97:                                               ; preds = %93
  %98 = sext i32 %95 to i64
  %99 = add i32 %95, %1
  %100 = and i32 %99, 1
  %101 = icmp eq i32 %100, 0
  br i1 %101, label %102, label %108

102:                                              ; preds = %97
  %103 = load i64, ptr %3, align 16, !tbaa !27
  %104 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %98
  %105 = load i64, ptr %104, align 8, !tbaa !27
  %106 = add nsw i64 %105, %103
  store i64 %106, ptr %104, align 8, !tbaa !27
  %107 = add nsw i64 %98, 1
  br label %108

108:                                              ; preds = %102, %97
  %109 = phi i64 [ %98, %97 ], [ %107, %102 ]
  %110 = icmp eq i32 %95, %1
  br i1 %110, label %129, label %111

111:                                              ; preds = %108, %111
  %112 = phi i64 [ %126, %111 ], [ %109, %108 ]
  %113 = sub nsw i64 %112, %98
  %114 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %113
  %115 = load i64, ptr %114, align 8, !tbaa !27
  %116 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %112
  %117 = load i64, ptr %116, align 8, !tbaa !27
  %118 = add nsw i64 %117, %115
  store i64 %118, ptr %116, align 8, !tbaa !27
  %119 = add nsw i64 %112, 1
  %120 = sub nsw i64 %119, %98
  %121 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %120
  %122 = load i64, ptr %121, align 8, !tbaa !27
  %123 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %119
  %124 = load i64, ptr %123, align 8, !tbaa !27
  %125 = add nsw i64 %124, %122
  store i64 %125, ptr %123, align 8, !tbaa !27
  %126 = add nsw i64 %112, 2
  %127 = trunc i64 %126 to i32
  %128 = icmp eq i32 %4, %127
  br i1 %128, label %129, label %111, !llvm.loop !29

129:                                              ; preds = %108, %111, %93
  %130 = getelementptr inbounds i8, ptr %0, i64 16
  %131 = load i32, ptr %130, align 4, !tbaa !9
  %132 = icmp sgt i32 %131, %1
  br i1 %132, label %165, label %133

133:                                              ; preds = %129
  %134 = sext i32 %131 to i64
  %135 = add i32 %131, %1
  %136 = and i32 %135, 1
  %137 = icmp eq i32 %136, 0
  br i1 %137, label %138, label %144

138:                                              ; preds = %133
  %139 = load i64, ptr %3, align 16, !tbaa !27
  %140 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %134
  %141 = load i64, ptr %140, align 8, !tbaa !27
  %142 = add nsw i64 %141, %139
  store i64 %142, ptr %140, align 8, !tbaa !27
  %143 = add nsw i64 %134, 1
  br label %144

144:                                              ; preds = %138, %133
  %145 = phi i64 [ %134, %133 ], [ %143, %138 ]
  %146 = icmp eq i32 %131, %1
  br i1 %146, label %165, label %147

147:                                              ; preds = %144, %147
  %148 = phi i64 [ %162, %147 ], [ %145, %144 ]
  %149 = sub nsw i64 %148, %134
  %150 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %149
  %151 = load i64, ptr %150, align 8, !tbaa !27
  %152 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %148
  %153 = load i64, ptr %152, align 8, !tbaa !27
  %154 = add nsw i64 %153, %151
  store i64 %154, ptr %152, align 8, !tbaa !27
  %155 = add nsw i64 %148, 1
  %156 = sub nsw i64 %155, %134
  %157 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %156
  %158 = load i64, ptr %157, align 8, !tbaa !27
  %159 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %155
  %160 = load i64, ptr %159, align 8, !tbaa !27
  %161 = add nsw i64 %160, %158
  store i64 %161, ptr %159, align 8, !tbaa !27
  %162 = add nsw i64 %148, 2
  %163 = trunc i64 %162 to i32
  %164 = icmp eq i32 %4, %163
  br i1 %164, label %165, label %147, !llvm.loop !29

165:                                              ; preds = %144, %147, %129
  %166 = getelementptr inbounds i8, ptr %0, i64 20
  %167 = load i32, ptr %166, align 4, !tbaa !9
  %168 = icmp sgt i32 %167, %1
  br i1 %168, label %201, label %169

169:                                              ; preds = %165
  %170 = sext i32 %167 to i64
  %171 = add i32 %167, %1
  %172 = and i32 %171, 1
  %173 = icmp eq i32 %172, 0
  br i1 %173, label %174, label %180

174:                                              ; preds = %169
  %175 = load i64, ptr %3, align 16, !tbaa !27
  %176 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %170
  %177 = load i64, ptr %176, align 8, !tbaa !27
  %178 = add nsw i64 %177, %175
  store i64 %178, ptr %176, align 8, !tbaa !27
  %179 = add nsw i64 %170, 1
  br label %180

180:                                              ; preds = %174, %169
  %181 = phi i64 [ %170, %169 ], [ %179, %174 ]
  %182 = icmp eq i32 %167, %1
  br i1 %182, label %201, label %183

183:                                              ; preds = %180, %183
  %184 = phi i64 [ %198, %183 ], [ %181, %180 ]
  %185 = sub nsw i64 %184, %170
  %186 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %185
  %187 = load i64, ptr %186, align 8, !tbaa !27
  %188 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %184
  %189 = load i64, ptr %188, align 8, !tbaa !27
  %190 = add nsw i64 %189, %187
  store i64 %190, ptr %188, align 8, !tbaa !27
  %191 = add nsw i64 %184, 1
  %192 = sub nsw i64 %191, %170
  %193 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %192
  %194 = load i64, ptr %193, align 8, !tbaa !27
  %195 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %191
  %196 = load i64, ptr %195, align 8, !tbaa !27
  %197 = add nsw i64 %196, %194
  store i64 %197, ptr %195, align 8, !tbaa !27
  %198 = add nsw i64 %184, 2
  %199 = trunc i64 %198 to i32
  %200 = icmp eq i32 %4, %199
  br i1 %200, label %201, label %183, !llvm.loop !29

201:                                              ; preds = %180, %183, %165
  %202 = getelementptr inbounds i8, ptr %0, i64 24
  %203 = load i32, ptr %202, align 4, !tbaa !9
  %204 = icmp sgt i32 %203, %1
  br i1 %204, label %237, label %205

205:                                              ; preds = %201
  %206 = sext i32 %203 to i64
  %207 = add i32 %203, %1
  %208 = and i32 %207, 1
  %209 = icmp eq i32 %208, 0
  br i1 %209, label %210, label %216

210:                                              ; preds = %205
  %211 = load i64, ptr %3, align 16, !tbaa !27
  %212 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %206
  %213 = load i64, ptr %212, align 8, !tbaa !27
  %214 = add nsw i64 %213, %211
  store i64 %214, ptr %212, align 8, !tbaa !27
  %215 = add nsw i64 %206, 1
  br label %216

216:                                              ; preds = %210, %205
  %217 = phi i64 [ %206, %205 ], [ %215, %210 ]
  %218 = icmp eq i32 %203, %1
  br i1 %218, label %237, label %219

219:                                              ; preds = %216, %219
  %220 = phi i64 [ %234, %219 ], [ %217, %216 ]
  %221 = sub nsw i64 %220, %206
  %222 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %221
  %223 = load i64, ptr %222, align 8, !tbaa !27
  %224 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %220
  %225 = load i64, ptr %224, align 8, !tbaa !27
  %226 = add nsw i64 %225, %223
  store i64 %226, ptr %224, align 8, !tbaa !27
  %227 = add nsw i64 %220, 1
  %228 = sub nsw i64 %227, %206
  %229 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %228
  %230 = load i64, ptr %229, align 8, !tbaa !27
  %231 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %227
  %232 = load i64, ptr %231, align 8, !tbaa !27
  %233 = add nsw i64 %232, %230
  store i64 %233, ptr %231, align 8, !tbaa !27
  %234 = add nsw i64 %220, 2
  %235 = trunc i64 %234 to i32
  %236 = icmp eq i32 %4, %235
  br i1 %236, label %237, label %219, !llvm.loop !29

237:                                              ; preds = %216, %219, %201
  %238 = getelementptr inbounds i8, ptr %0, i64 28
  %239 = load i32, ptr %238, align 4, !tbaa !9
  %240 = icmp sgt i32 %239, %1
  br i1 %240, label %273, label %241

241:                                              ; preds = %237
  %242 = sext i32 %239 to i64
  %243 = add i32 %239, %1
  %244 = and i32 %243, 1
  %245 = icmp eq i32 %244, 0
  br i1 %245, label %246, label %252

246:                                              ; preds = %241
  %247 = load i64, ptr %3, align 16, !tbaa !27
  %248 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %242
  %249 = load i64, ptr %248, align 8, !tbaa !27
  %250 = add nsw i64 %249, %247
  store i64 %250, ptr %248, align 8, !tbaa !27
  %251 = add nsw i64 %242, 1
  br label %252

252:                                              ; preds = %246, %241
  %253 = phi i64 [ %242, %241 ], [ %251, %246 ]
  %254 = icmp eq i32 %239, %1
  br i1 %254, label %273, label %255

255:                                              ; preds = %252, %255
  %256 = phi i64 [ %270, %255 ], [ %253, %252 ]
  %257 = sub nsw i64 %256, %242
  %258 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %257
  %259 = load i64, ptr %258, align 8, !tbaa !27
  %260 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %256
  %261 = load i64, ptr %260, align 8, !tbaa !27
  %262 = add nsw i64 %261, %259
  store i64 %262, ptr %260, align 8, !tbaa !27
  %263 = add nsw i64 %256, 1
  %264 = sub nsw i64 %263, %242
  %265 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %264
  %266 = load i64, ptr %265, align 8, !tbaa !27
  %267 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %263
  %268 = load i64, ptr %267, align 8, !tbaa !27
  %269 = add nsw i64 %268, %266
  store i64 %269, ptr %267, align 8, !tbaa !27
  %270 = add nsw i64 %256, 2
  %271 = trunc i64 %270 to i32
  %272 = icmp eq i32 %4, %271
  br i1 %272, label %273, label %255, !llvm.loop !29

273:                                              ; preds = %252, %255, %237
  %274 = zext nneg i32 %1 to i64
  %275 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %274
  %276 = load i64, ptr %275, align 8, !tbaa !27
  call void @llvm.lifetime.end.p0(i64 8008, ptr nonnull %3) #8
  ret i64 %276

277:                                              ; preds = %18, %277
  %278 = phi i64 [ %292, %277 ], [ %19, %18 ]
  %279 = sub nsw i64 %278, %8
  %280 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %279
  %281 = load i64, ptr %280, align 8, !tbaa !27
  %282 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %278
  %283 = load i64, ptr %282, align 8, !tbaa !27
  %284 = add nsw i64 %283, %281
  store i64 %284, ptr %282, align 8, !tbaa !27
  %285 = add nsw i64 %278, 1
  %286 = sub nsw i64 %285, %8
  %287 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %286
  %288 = load i64, ptr %287, align 8, !tbaa !27
  %289 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %285
  %290 = load i64, ptr %289, align 8, !tbaa !27
  %291 = add nsw i64 %290, %288
  store i64 %291, ptr %289, align 8, !tbaa !27
  %292 = add nsw i64 %278, 2
  %293 = trunc i64 %292 to i32
  %294 = icmp eq i32 %4, %293
  br i1 %294, label %21, label %277, !llvm.loop !29
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13, !15}
!15 = !{!"llvm.loop.peeled.count", i32 1}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
!23 = distinct !{!23, !13}
!24 = distinct !{!24, !13}
!25 = distinct !{!25, !13}
!26 = distinct !{!26, !13}
!27 = !{!28, !28, i64 0}
!28 = !{!"long", !7, i64 0}
!29 = distinct !{!29, !13}
