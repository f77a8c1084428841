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

6:                                                ; preds = %0, %177
  %7 = phi i64 [ 0, %0 ], [ %183, %177 ]
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
  br i1 %107, label %128, label %108

108:                                              ; preds = %102
  %109 = add nuw nsw i64 %105, 1
  %110 = and i64 %109, 4294967295
  %111 = icmp ult i64 %110, 8
  br i1 %111, label %112, label %114

112:                                              ; preds = %126, %108
  %113 = phi i64 [ 0, %108 ], [ %116, %126 ]
  br label %143

114:                                              ; preds = %108
  %115 = and i64 %109, 7
  %116 = sub nsw i64 %110, %115
  br label %117

117:                                              ; preds = %117, %114
  %118 = phi i64 [ 0, %114 ], [ %123, %117 ]
  %119 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %114 ], [ %124, %117 ]
  %120 = add <4 x i32> %119, <i32 4, i32 4, i32 4, i32 4>
  %121 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %118
  %122 = getelementptr inbounds i8, ptr %121, i64 16
  store <4 x i32> %119, ptr %121, align 16, !tbaa !9
  store <4 x i32> %120, ptr %122, align 16, !tbaa !9
  %123 = add nuw i64 %118, 8
  %124 = add <4 x i32> %119, <i32 8, i32 8, i32 8, i32 8>
  %125 = icmp eq i64 %123, %116
  br i1 %125, label %126, label %117, !llvm.loop !17

126:                                              ; preds = %117
  %127 = icmp eq i64 %115, 0
  br i1 %127, label %128, label %112

128:                                              ; preds = %143, %126, %102
  %129 = icmp slt i32 %104, 1
  br i1 %129, label %130, label %132

130:                                              ; preds = %128
  %131 = shl i64 %105, 32
  br label %177

132:                                              ; preds = %128
  %133 = getelementptr i8, ptr %9, i64 -1
  %134 = icmp slt i32 %106, 1
  %135 = shl i64 %105, 32
  %136 = add i64 %135, 4294967296
  %137 = ashr exact i64 %136, 30
  %138 = add i64 %105, 1
  %139 = add nuw nsw i64 %103, 1
  %140 = and i64 %139, 4294967295
  %141 = and i64 %138, 4294967295
  %142 = getelementptr i8, ptr %11, i64 -1
  br label %149

143:                                              ; preds = %112, %143
  %144 = phi i64 [ %147, %143 ], [ %113, %112 ]
  %145 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %144
  %146 = trunc nuw nsw i64 %144 to i32
  store i32 %146, ptr %145, align 4, !tbaa !9
  %147 = add nuw nsw i64 %144, 1
  %148 = icmp eq i64 %147, %110
  br i1 %148, label %128, label %143, !llvm.loop !20

149:                                              ; preds = %156, %132
  %150 = phi i64 [ 1, %132 ], [ %157, %156 ]
  %151 = trunc nuw nsw i64 %150 to i32
  store i32 %151, ptr %4, align 16, !tbaa !9
  br i1 %134, label %156, label %152

152:                                              ; preds = %149
  %153 = getelementptr i8, ptr %133, i64 %150
  %154 = load i8, ptr %153, align 1, !tbaa !11
  %155 = load i32, ptr %3, align 16, !tbaa !9
  br label %159

156:                                              ; preds = %159, %149
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %3, ptr nonnull align 16 %4, i64 %137, i1 false)
  %157 = add nuw nsw i64 %150, 1
  %158 = icmp eq i64 %157, %140
  br i1 %158, label %177, label %149, !llvm.loop !21

159:                                              ; preds = %159, %152
  %160 = phi i32 [ %155, %152 ], [ %164, %159 ]
  %161 = phi i32 [ %151, %152 ], [ %173, %159 ]
  %162 = phi i64 [ 1, %152 ], [ %175, %159 ]
  %163 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !9
  %165 = add nsw i32 %164, 1
  %166 = add nsw i32 %161, 1
  %167 = getelementptr i8, ptr %142, i64 %162
  %168 = load i8, ptr %167, align 1, !tbaa !11
  %169 = icmp ne i8 %154, %168
  %170 = zext i1 %169 to i32
  %171 = add nsw i32 %160, %170
  %172 = call i32 @llvm.smin.i32(i32 %165, i32 %166)
  %173 = call noundef i32 @llvm.smin.i32(i32 %172, i32 %171)
  %174 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %162
  store i32 %173, ptr %174, align 4, !tbaa !9
  %175 = add nuw nsw i64 %162, 1
  %176 = icmp eq i64 %175, %141
  br i1 %176, label %156, label %159, !llvm.loop !22

177:                                              ; preds = %156, %130
  %178 = phi i64 [ %131, %130 ], [ %135, %156 ]
  %179 = ashr exact i64 %178, 32
  %180 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %4) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  %182 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %9, ptr noundef %11, i32 noundef %37, ptr noundef nonnull %5, i32 noundef %181)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #8
  %183 = add nuw nsw i64 %7, 1
  %184 = icmp eq i64 %183, 5
  br i1 %184, label %253, label %6, !llvm.loop !23

185:                                              ; preds = %570
  %186 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 200)
  %187 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 1000)
  %188 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %186, i64 noundef %187)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  br label %189

189:                                              ; preds = %216, %185
  %190 = phi i64 [ 0, %185 ], [ %219, %216 ]
  %191 = phi i32 [ 0, %185 ], [ %218, %216 ]
  %192 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %190
  store i32 1, ptr %192, align 4, !tbaa !9
  %193 = icmp eq i64 %190, 0
  br i1 %193, label %216, label %194

194:                                              ; preds = %189
  %195 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %190
  %196 = load i32, ptr %195, align 4, !tbaa !9
  %197 = and i64 %190, 1
  %198 = icmp eq i64 %190, 1
  br i1 %198, label %201, label %199

199:                                              ; preds = %194
  %200 = and i64 %190, 9223372036854775806
  br label %221

201:                                              ; preds = %246, %194
  %202 = phi i32 [ poison, %194 ], [ %247, %246 ]
  %203 = phi i32 [ 1, %194 ], [ %247, %246 ]
  %204 = phi i64 [ 0, %194 ], [ %248, %246 ]
  %205 = icmp eq i64 %197, 0
  br i1 %205, label %216, label %206

206:                                              ; preds = %201
  %207 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %204
  %208 = load i32, ptr %207, align 4, !tbaa !9
  %209 = icmp slt i32 %208, %196
  br i1 %209, label %210, label %216

210:                                              ; preds = %206
  %211 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %204
  %212 = load i32, ptr %211, align 4, !tbaa !9
  %213 = icmp slt i32 %212, %203
  br i1 %213, label %216, label %214

214:                                              ; preds = %210
  %215 = add nsw i32 %212, 1
  store i32 %215, ptr %192, align 4, !tbaa !9
  br label %216

216:                                              ; preds = %201, %214, %210, %206, %189
  %217 = phi i32 [ 1, %189 ], [ %202, %201 ], [ %203, %206 ], [ %203, %210 ], [ %215, %214 ]
  %218 = call i32 @llvm.smax.i32(i32 %217, i32 %191)
  %219 = add nuw nsw i64 %190, 1
  %220 = icmp eq i64 %219, 15
  br i1 %220, label %251, label %189, !llvm.loop !24

221:                                              ; preds = %246, %199
  %222 = phi i32 [ 1, %199 ], [ %247, %246 ]
  %223 = phi i64 [ 0, %199 ], [ %248, %246 ]
  %224 = phi i64 [ 0, %199 ], [ %249, %246 ]
  %225 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %223
  %226 = load i32, ptr %225, align 8, !tbaa !9
  %227 = icmp slt i32 %226, %196
  br i1 %227, label %228, label %234

228:                                              ; preds = %221
  %229 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %223
  %230 = load i32, ptr %229, align 8, !tbaa !9
  %231 = icmp slt i32 %230, %222
  br i1 %231, label %234, label %232

232:                                              ; preds = %228
  %233 = add nsw i32 %230, 1
  store i32 %233, ptr %192, align 4, !tbaa !9
  br label %234

234:                                              ; preds = %232, %228, %221
  %235 = phi i32 [ %222, %221 ], [ %222, %228 ], [ %233, %232 ]
  %236 = or disjoint i64 %223, 1
  %237 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %236
  %238 = load i32, ptr %237, align 4, !tbaa !9
  %239 = icmp slt i32 %238, %196
  br i1 %239, label %240, label %246

240:                                              ; preds = %234
  %241 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %236
  %242 = load i32, ptr %241, align 4, !tbaa !9
  %243 = icmp slt i32 %242, %235
  br i1 %243, label %246, label %244

244:                                              ; preds = %240
  %245 = add nsw i32 %242, 1
  store i32 %245, ptr %192, align 4, !tbaa !9
  br label %246

246:                                              ; preds = %244, %240, %234
  %247 = phi i32 [ %235, %234 ], [ %235, %240 ], [ %245, %244 ]
  %248 = add nuw nsw i64 %223, 2
  %249 = add i64 %224, 2
  %250 = icmp eq i64 %249, %200
  br i1 %250, label %201, label %221, !llvm.loop !25

251:                                              ; preds = %216
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  %252 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %218)
  ret i32 0

253:                                              ; preds = %177, %570
  %254 = phi i64 [ %577, %570 ], [ 0, %177 ]
  %255 = phi i64 [ %575, %570 ], [ 20, %177 ]
  %256 = mul nuw nsw i64 %254, 40
  %257 = add i64 %256, 9
  %258 = mul nuw nsw i64 %254, 40
  %259 = add i64 %258, 14
  %260 = mul nuw nsw i64 %254, 40
  %261 = add i64 %260, 10
  %262 = mul nuw nsw i64 %254, 40
  %263 = add i64 %262, 13
  %264 = mul nuw nsw i64 %254, 40
  %265 = add i64 %264, 12
  %266 = mul nuw nsw i64 %254, 40
  %267 = add i64 %266, -2
  %268 = mul nuw nsw i64 %254, 40
  %269 = add i64 %268, 16
  %270 = mul nuw nsw i64 %254, 40
  call void @llvm.lifetime.start.p0(i64 404, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(404) %1, i8 0, i64 404, i1 false)
  %271 = icmp ult i64 %257, 8
  br i1 %271, label %272, label %274

272:                                              ; preds = %277, %253
  %273 = phi i64 [ %255, %253 ], [ %276, %277 ]
  br label %532

274:                                              ; preds = %253
  %275 = add i64 %256, 8
  %276 = sub i64 %255, %275
  br label %277

277:                                              ; preds = %277, %274
  %278 = phi i64 [ 0, %274 ], [ %295, %277 ]
  %279 = sub i64 %255, %278
  %280 = add nsw i64 %279, -12
  %281 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %280
  %282 = getelementptr inbounds i8, ptr %281, i64 -12
  %283 = getelementptr inbounds i8, ptr %281, i64 -28
  %284 = load <4 x i32>, ptr %282, align 4, !tbaa !9
  %285 = load <4 x i32>, ptr %283, align 4, !tbaa !9
  %286 = add nsw <4 x i32> %284, <i32 24, i32 24, i32 24, i32 24>
  %287 = add nsw <4 x i32> %285, <i32 24, i32 24, i32 24, i32 24>
  %288 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %279
  %289 = getelementptr inbounds i8, ptr %288, i64 -12
  %290 = getelementptr inbounds i8, ptr %288, i64 -28
  %291 = load <4 x i32>, ptr %289, align 4, !tbaa !9
  %292 = load <4 x i32>, ptr %290, align 4, !tbaa !9
  %293 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %286, <4 x i32> %291)
  %294 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %287, <4 x i32> %292)
  store <4 x i32> %293, ptr %289, align 4
  store <4 x i32> %294, ptr %290, align 4
  %295 = add nuw i64 %278, 8
  %296 = icmp eq i64 %278, %256
  br i1 %296, label %272, label %277, !llvm.loop !26

297:                                              ; preds = %545, %297
  %298 = phi i64 [ %306, %297 ], [ %546, %545 ]
  %299 = add nsw i64 %298, -7
  %300 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %299
  %301 = load i32, ptr %300, align 4, !tbaa !9
  %302 = add nsw i32 %301, 13
  %303 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %298
  %304 = load i32, ptr %303, align 4, !tbaa !9
  %305 = call i32 @llvm.smax.i32(i32 %302, i32 %304)
  store i32 %305, ptr %303, align 4
  %306 = add nsw i64 %298, -1
  %307 = icmp sgt i64 %298, 7
  br i1 %307, label %297, label %308, !llvm.loop !27

308:                                              ; preds = %297
  %309 = icmp ult i64 %261, 8
  br i1 %309, label %333, label %310

310:                                              ; preds = %308
  %311 = add i64 %260, 8
  %312 = sub i64 %255, %311
  br label %313

313:                                              ; preds = %313, %310
  %314 = phi i64 [ 0, %310 ], [ %331, %313 ]
  %315 = sub i64 %255, %314
  %316 = add nsw i64 %315, -11
  %317 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %316
  %318 = getelementptr inbounds i8, ptr %317, i64 -12
  %319 = getelementptr inbounds i8, ptr %317, i64 -28
  %320 = load <4 x i32>, ptr %318, align 8, !tbaa !9
  %321 = load <4 x i32>, ptr %319, align 8, !tbaa !9
  %322 = add nsw <4 x i32> %320, <i32 23, i32 23, i32 23, i32 23>
  %323 = add nsw <4 x i32> %321, <i32 23, i32 23, i32 23, i32 23>
  %324 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %315
  %325 = getelementptr inbounds i8, ptr %324, i64 -12
  %326 = getelementptr inbounds i8, ptr %324, i64 -28
  %327 = load <4 x i32>, ptr %325, align 4, !tbaa !9
  %328 = load <4 x i32>, ptr %326, align 4, !tbaa !9
  %329 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %322, <4 x i32> %327)
  %330 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %323, <4 x i32> %328)
  store <4 x i32> %329, ptr %325, align 4
  store <4 x i32> %330, ptr %326, align 4
  %331 = add nuw i64 %314, 8
  %332 = icmp eq i64 %314, %260
  br i1 %332, label %333, label %313, !llvm.loop !28

333:                                              ; preds = %313, %308
  %334 = phi i64 [ %255, %308 ], [ %312, %313 ]
  br label %335

335:                                              ; preds = %333, %335
  %336 = phi i64 [ %344, %335 ], [ %334, %333 ]
  %337 = add nsw i64 %336, -11
  %338 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %337
  %339 = load i32, ptr %338, align 4, !tbaa !9
  %340 = add nsw i32 %339, 23
  %341 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %336
  %342 = load i32, ptr %341, align 4, !tbaa !9
  %343 = call i32 @llvm.smax.i32(i32 %340, i32 %342)
  store i32 %343, ptr %341, align 4
  %344 = add nsw i64 %336, -1
  %345 = icmp sgt i64 %336, 11
  br i1 %345, label %335, label %346, !llvm.loop !29

346:                                              ; preds = %335
  %347 = icmp ult i64 %263, 8
  br i1 %347, label %371, label %348

348:                                              ; preds = %346
  %349 = add i64 %262, 8
  %350 = sub i64 %255, %349
  br label %351

351:                                              ; preds = %351, %348
  %352 = phi i64 [ 0, %348 ], [ %369, %351 ]
  %353 = sub i64 %255, %352
  %354 = add nsw i64 %353, -8
  %355 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %354
  %356 = getelementptr inbounds i8, ptr %355, i64 -12
  %357 = getelementptr inbounds i8, ptr %355, i64 -28
  %358 = load <4 x i32>, ptr %356, align 4, !tbaa !9
  %359 = load <4 x i32>, ptr %357, align 4, !tbaa !9
  %360 = add nsw <4 x i32> %358, <i32 15, i32 15, i32 15, i32 15>
  %361 = add nsw <4 x i32> %359, <i32 15, i32 15, i32 15, i32 15>
  %362 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %353
  %363 = getelementptr inbounds i8, ptr %362, i64 -12
  %364 = getelementptr inbounds i8, ptr %362, i64 -28
  %365 = load <4 x i32>, ptr %363, align 4, !tbaa !9
  %366 = load <4 x i32>, ptr %364, align 4, !tbaa !9
  %367 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %360, <4 x i32> %365)
  %368 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %361, <4 x i32> %366)
  store <4 x i32> %367, ptr %363, align 4
  store <4 x i32> %368, ptr %364, align 4
  %369 = add nuw i64 %352, 8
  %370 = icmp eq i64 %352, %262
  br i1 %370, label %371, label %351, !llvm.loop !30

371:                                              ; preds = %351, %346
  %372 = phi i64 [ %255, %346 ], [ %350, %351 ]
  br label %373

373:                                              ; preds = %371, %373
  %374 = phi i64 [ %382, %373 ], [ %372, %371 ]
  %375 = add nsw i64 %374, -8
  %376 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %375
  %377 = load i32, ptr %376, align 4, !tbaa !9
  %378 = add nsw i32 %377, 15
  %379 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %374
  %380 = load i32, ptr %379, align 4, !tbaa !9
  %381 = call i32 @llvm.smax.i32(i32 %378, i32 %380)
  store i32 %381, ptr %379, align 4
  %382 = add nsw i64 %374, -1
  %383 = icmp sgt i64 %374, 8
  br i1 %383, label %373, label %384, !llvm.loop !31

384:                                              ; preds = %373
  %385 = icmp ult i64 %265, 8
  br i1 %385, label %409, label %386

386:                                              ; preds = %384
  %387 = add i64 %264, 8
  %388 = sub i64 %255, %387
  br label %389

389:                                              ; preds = %389, %386
  %390 = phi i64 [ 0, %386 ], [ %407, %389 ]
  %391 = sub i64 %255, %390
  %392 = add nsw i64 %391, -9
  %393 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %392
  %394 = getelementptr inbounds i8, ptr %393, i64 -12
  %395 = getelementptr inbounds i8, ptr %393, i64 -28
  %396 = load <4 x i32>, ptr %394, align 16, !tbaa !9
  %397 = load <4 x i32>, ptr %395, align 16, !tbaa !9
  %398 = add nsw <4 x i32> %396, <i32 16, i32 16, i32 16, i32 16>
  %399 = add nsw <4 x i32> %397, <i32 16, i32 16, i32 16, i32 16>
  %400 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %391
  %401 = getelementptr inbounds i8, ptr %400, i64 -12
  %402 = getelementptr inbounds i8, ptr %400, i64 -28
  %403 = load <4 x i32>, ptr %401, align 4, !tbaa !9
  %404 = load <4 x i32>, ptr %402, align 4, !tbaa !9
  %405 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %398, <4 x i32> %403)
  %406 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %399, <4 x i32> %404)
  store <4 x i32> %405, ptr %401, align 4
  store <4 x i32> %406, ptr %402, align 4
  %407 = add nuw i64 %390, 8
  %408 = icmp eq i64 %390, %264
  br i1 %408, label %409, label %389, !llvm.loop !32

409:                                              ; preds = %389, %384
  %410 = phi i64 [ %255, %384 ], [ %388, %389 ]
  br label %411

411:                                              ; preds = %409, %411
  %412 = phi i64 [ %420, %411 ], [ %410, %409 ]
  %413 = add nsw i64 %412, -9
  %414 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %413
  %415 = load i32, ptr %414, align 4, !tbaa !9
  %416 = add nsw i32 %415, 16
  %417 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %412
  %418 = load i32, ptr %417, align 4, !tbaa !9
  %419 = call i32 @llvm.smax.i32(i32 %416, i32 %418)
  store i32 %419, ptr %417, align 4
  %420 = add nsw i64 %412, -1
  %421 = icmp sgt i64 %412, 9
  br i1 %421, label %411, label %422, !llvm.loop !33

422:                                              ; preds = %411
  %423 = icmp ult i64 %255, 23
  br i1 %423, label %462, label %424

424:                                              ; preds = %422
  %425 = icmp ult i64 %267, 8
  br i1 %425, label %449, label %426

426:                                              ; preds = %424
  %427 = add i64 %266, -8
  %428 = sub i64 %255, %427
  br label %429

429:                                              ; preds = %429, %426
  %430 = phi i64 [ 0, %426 ], [ %447, %429 ]
  %431 = sub i64 %255, %430
  %432 = add nsw i64 %431, -23
  %433 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %432
  %434 = getelementptr inbounds i8, ptr %433, i64 -12
  %435 = getelementptr inbounds i8, ptr %433, i64 -28
  %436 = load <4 x i32>, ptr %434, align 8, !tbaa !9
  %437 = load <4 x i32>, ptr %435, align 8, !tbaa !9
  %438 = add nsw <4 x i32> %436, <i32 50, i32 50, i32 50, i32 50>
  %439 = add nsw <4 x i32> %437, <i32 50, i32 50, i32 50, i32 50>
  %440 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %431
  %441 = getelementptr inbounds i8, ptr %440, i64 -12
  %442 = getelementptr inbounds i8, ptr %440, i64 -28
  %443 = load <4 x i32>, ptr %441, align 4, !tbaa !9
  %444 = load <4 x i32>, ptr %442, align 4, !tbaa !9
  %445 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %438, <4 x i32> %443)
  %446 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %439, <4 x i32> %444)
  store <4 x i32> %445, ptr %441, align 4
  store <4 x i32> %446, ptr %442, align 4
  %447 = add nuw i64 %430, 8
  %448 = icmp eq i64 %447, %427
  br i1 %448, label %449, label %429, !llvm.loop !34

449:                                              ; preds = %429, %424
  %450 = phi i64 [ %255, %424 ], [ %428, %429 ]
  br label %451

451:                                              ; preds = %449, %451
  %452 = phi i64 [ %460, %451 ], [ %450, %449 ]
  %453 = add nsw i64 %452, -23
  %454 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %453
  %455 = load i32, ptr %454, align 4, !tbaa !9
  %456 = add nsw i32 %455, 50
  %457 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %452
  %458 = load i32, ptr %457, align 4, !tbaa !9
  %459 = call i32 @llvm.smax.i32(i32 %456, i32 %458)
  store i32 %459, ptr %457, align 4
  %460 = add nsw i64 %452, -1
  %461 = icmp sgt i64 %452, 23
  br i1 %461, label %451, label %462, !llvm.loop !35

462:                                              ; preds = %451, %422
  %463 = icmp eq i64 %269, 0
  br i1 %463, label %484, label %464

464:                                              ; preds = %462, %464
  %465 = phi i64 [ %482, %464 ], [ 0, %462 ]
  %466 = sub i64 %255, %465
  %467 = add nsw i64 %466, -5
  %468 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %467
  %469 = getelementptr inbounds i8, ptr %468, i64 -12
  %470 = getelementptr inbounds i8, ptr %468, i64 -28
  %471 = load <4 x i32>, ptr %469, align 16, !tbaa !9
  %472 = load <4 x i32>, ptr %470, align 16, !tbaa !9
  %473 = add nsw <4 x i32> %471, <i32 9, i32 9, i32 9, i32 9>
  %474 = add nsw <4 x i32> %472, <i32 9, i32 9, i32 9, i32 9>
  %475 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %466
  %476 = getelementptr inbounds i8, ptr %475, i64 -12
  %477 = getelementptr inbounds i8, ptr %475, i64 -28
  %478 = load <4 x i32>, ptr %476, align 4, !tbaa !9
  %479 = load <4 x i32>, ptr %477, align 4, !tbaa !9
  %480 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %473, <4 x i32> %478)
  %481 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %474, <4 x i32> %479)
  store <4 x i32> %480, ptr %476, align 4
  store <4 x i32> %481, ptr %477, align 4
  %482 = add nuw i64 %465, 8
  %483 = icmp eq i64 %482, %269
  br i1 %483, label %495, label %464, !llvm.loop !36

484:                                              ; preds = %462, %484
  %485 = phi i64 [ %493, %484 ], [ %255, %462 ]
  %486 = add nsw i64 %485, -5
  %487 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %486
  %488 = load i32, ptr %487, align 4, !tbaa !9
  %489 = add nsw i32 %488, 9
  %490 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %485
  %491 = load i32, ptr %490, align 4, !tbaa !9
  %492 = call i32 @llvm.smax.i32(i32 %489, i32 %491)
  store i32 %492, ptr %490, align 4
  %493 = add nsw i64 %485, -1
  %494 = icmp sgt i64 %485, 5
  br i1 %494, label %484, label %495, !llvm.loop !37

495:                                              ; preds = %464, %484
  %496 = icmp eq i64 %254, 0
  br i1 %496, label %519, label %497

497:                                              ; preds = %495
  %498 = sub i64 %255, %270
  br label %499

499:                                              ; preds = %499, %497
  %500 = phi i64 [ 0, %497 ], [ %517, %499 ]
  %501 = sub i64 %255, %500
  %502 = add nsw i64 %501, -14
  %503 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %502
  %504 = getelementptr inbounds i8, ptr %503, i64 -12
  %505 = getelementptr inbounds i8, ptr %503, i64 -28
  %506 = load <4 x i32>, ptr %504, align 4, !tbaa !9
  %507 = load <4 x i32>, ptr %505, align 4, !tbaa !9
  %508 = add nsw <4 x i32> %506, <i32 30, i32 30, i32 30, i32 30>
  %509 = add nsw <4 x i32> %507, <i32 30, i32 30, i32 30, i32 30>
  %510 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %501
  %511 = getelementptr inbounds i8, ptr %510, i64 -12
  %512 = getelementptr inbounds i8, ptr %510, i64 -28
  %513 = load <4 x i32>, ptr %511, align 4, !tbaa !9
  %514 = load <4 x i32>, ptr %512, align 4, !tbaa !9
  %515 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %508, <4 x i32> %513)
  %516 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %509, <4 x i32> %514)
  store <4 x i32> %515, ptr %511, align 4
  store <4 x i32> %516, ptr %512, align 4
  %517 = add nuw i64 %500, 8
  %518 = icmp eq i64 %517, %270
  br i1 %518, label %519, label %499, !llvm.loop !38

519:                                              ; preds = %499, %495
  %520 = phi i64 [ %255, %495 ], [ %498, %499 ]
  br label %521

521:                                              ; preds = %519, %521
  %522 = phi i64 [ %530, %521 ], [ %520, %519 ]
  %523 = add nsw i64 %522, -14
  %524 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %523
  %525 = load i32, ptr %524, align 4, !tbaa !9
  %526 = add nsw i32 %525, 30
  %527 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %522
  %528 = load i32, ptr %527, align 4, !tbaa !9
  %529 = call i32 @llvm.smax.i32(i32 %526, i32 %528)
  store i32 %529, ptr %527, align 4
  %530 = add nsw i64 %522, -1
  %531 = icmp sgt i64 %522, 14
  br i1 %531, label %521, label %570, !llvm.loop !39

532:                                              ; preds = %272, %532
  %533 = phi i64 [ %541, %532 ], [ %273, %272 ]
  %534 = add nsw i64 %533, -12
  %535 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %534
  %536 = load i32, ptr %535, align 4, !tbaa !9
  %537 = add nsw i32 %536, 24
  %538 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %533
  %539 = load i32, ptr %538, align 4, !tbaa !9
  %540 = call i32 @llvm.smax.i32(i32 %537, i32 %539)
  store i32 %540, ptr %538, align 4
  %541 = add nsw i64 %533, -1
  %542 = icmp ugt i64 %533, 12
  br i1 %542, label %532, label %543, !llvm.loop !40

543:                                              ; preds = %532
  %544 = icmp ult i64 %259, 8
  br i1 %544, label %545, label %547

545:                                              ; preds = %550, %543
  %546 = phi i64 [ %255, %543 ], [ %549, %550 ]
  br label %297

547:                                              ; preds = %543
  %548 = add i64 %258, 8
  %549 = sub i64 %255, %548
  br label %550

550:                                              ; preds = %550, %547
  %551 = phi i64 [ 0, %547 ], [ %568, %550 ]
  %552 = sub i64 %255, %551
  %553 = add nsw i64 %552, -7
  %554 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %553
  %555 = getelementptr inbounds i8, ptr %554, i64 -12
  %556 = getelementptr inbounds i8, ptr %554, i64 -28
  %557 = load <4 x i32>, ptr %555, align 8, !tbaa !9
  %558 = load <4 x i32>, ptr %556, align 8, !tbaa !9
  %559 = add nsw <4 x i32> %557, <i32 13, i32 13, i32 13, i32 13>
  %560 = add nsw <4 x i32> %558, <i32 13, i32 13, i32 13, i32 13>
  %561 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %552
  %562 = getelementptr inbounds i8, ptr %561, i64 -12
  %563 = getelementptr inbounds i8, ptr %561, i64 -28
  %564 = load <4 x i32>, ptr %562, align 4, !tbaa !9
  %565 = load <4 x i32>, ptr %563, align 4, !tbaa !9
  %566 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %559, <4 x i32> %564)
  %567 = call <4 x i32> @llvm.smax.v4i32(<4 x i32> %560, <4 x i32> %565)
  store <4 x i32> %566, ptr %562, align 4
  store <4 x i32> %567, ptr %563, align 4
  %568 = add nuw i64 %551, 8
  %569 = icmp eq i64 %551, %258
  br i1 %569, label %545, label %550, !llvm.loop !41

570:                                              ; preds = %521
  %571 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %255
  %572 = load i32, ptr %571, align 16, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 404, ptr nonnull %1) #8
  %573 = trunc nuw nsw i64 %255 to i32
  %574 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %573, i32 noundef %572)
  %575 = add nuw nsw i64 %255, 40
  %576 = icmp ult i64 %255, 61
  %577 = add i64 %254, 1
  br i1 %576, label %253, label %185, !llvm.loop !42
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
  br i1 %6, label %64, label %7

7:                                                ; preds = %2
  %8 = sext i32 %5 to i64
  %9 = sub i32 %1, %5
  %10 = zext i32 %9 to i64
  %11 = add nuw nsw i64 %10, 1
  %12 = icmp ult i32 %9, 13
  br i1 %12, label %13, label %30

13:                                               ; preds = %62, %30, %7
  %14 = phi i64 [ %8, %30 ], [ %8, %7 ], [ %46, %62 ]
  %15 = trunc i64 %14 to i32
  %16 = add i32 %15, %1
  %17 = and i32 %16, 1
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %27

19:                                               ; preds = %13
  %20 = sub nsw i64 %14, %8
  %21 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %20
  %22 = load i64, ptr %21, align 8, !tbaa !43
  %23 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %14
  %24 = load i64, ptr %23, align 8, !tbaa !43
  %25 = add nsw i64 %24, %22
  store i64 %25, ptr %23, align 8, !tbaa !43
  %26 = add nsw i64 %14, 1
  br label %27

27:                                               ; preds = %19, %13
  %28 = phi i64 [ %14, %13 ], [ %26, %19 ]
  %29 = icmp eq i32 %15, %1
  br i1 %29, label %64, label %621

30:                                               ; preds = %7
  %31 = shl nsw i64 %8, 3
  %32 = getelementptr i8, ptr %3, i64 %31
  %33 = sub i32 %1, %5
  %34 = zext i32 %33 to i64
  %35 = shl nuw nsw i64 %34, 3
  %36 = getelementptr i8, ptr %3, i64 %31
  %37 = getelementptr i8, ptr %36, i64 %35
  %38 = getelementptr i8, ptr %37, i64 8
  %39 = getelementptr i8, ptr %3, i64 %35
  %40 = getelementptr i8, ptr %39, i64 8
  %41 = icmp ult ptr %32, %40
  %42 = icmp ult ptr %3, %38
  %43 = and i1 %41, %42
  br i1 %43, label %13, label %44

44:                                               ; preds = %30
  %45 = and i64 %11, 8589934588
  %46 = add nsw i64 %45, %8
  br label %47

47:                                               ; preds = %47, %44
  %48 = phi i64 [ 0, %44 ], [ %60, %47 ]
  %49 = add i64 %48, %8
  %50 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %48
  %51 = getelementptr inbounds i8, ptr %50, i64 16
  %52 = load <2 x i64>, ptr %50, align 16, !tbaa !43, !alias.scope !45
  %53 = load <2 x i64>, ptr %51, align 16, !tbaa !43, !alias.scope !45
  %54 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %49
  %55 = getelementptr inbounds i8, ptr %54, i64 16
  %56 = load <2 x i64>, ptr %54, align 8, !tbaa !43, !alias.scope !48, !noalias !45
  %57 = load <2 x i64>, ptr %55, align 8, !tbaa !43, !alias.scope !48, !noalias !45
  %58 = add nsw <2 x i64> %56, %52
  %59 = add nsw <2 x i64> %57, %53
  store <2 x i64> %58, ptr %54, align 8, !tbaa !43, !alias.scope !48, !noalias !45
  store <2 x i64> %59, ptr %55, align 8, !tbaa !43, !alias.scope !48, !noalias !45
  %60 = add nuw i64 %48, 4
  %61 = icmp eq i64 %60, %45
  br i1 %61, label %62, label %47, !llvm.loop !50

62:                                               ; preds = %47
  %63 = icmp eq i64 %11, %45
  br i1 %63, label %64, label %13

64:                                               ; preds = %27, %621, %62, %2
  %65 = getelementptr inbounds i8, ptr %0, i64 4
  %66 = load i32, ptr %65, align 4, !tbaa !9
  %67 = icmp sgt i32 %66, %1
  br i1 %67, label %143, label %68

68:                                               ; preds = %64
  %69 = sext i32 %66 to i64
  %70 = sub i32 %1, %66
  %71 = zext i32 %70 to i64
  %72 = add nuw nsw i64 %71, 1
  %73 = icmp ult i32 %70, 13
  br i1 %73, label %108, label %74

74:                                               ; preds = %68
  %75 = shl nsw i64 %69, 3
  %76 = getelementptr i8, ptr %3, i64 %75
  %77 = sub i32 %1, %66
  %78 = zext i32 %77 to i64
  %79 = shl nuw nsw i64 %78, 3
  %80 = getelementptr i8, ptr %3, i64 %75
  %81 = getelementptr i8, ptr %80, i64 %79
  %82 = getelementptr i8, ptr %81, i64 8
  %83 = getelementptr i8, ptr %3, i64 %79
  %84 = getelementptr i8, ptr %83, i64 8
  %85 = icmp ult ptr %76, %84
  %86 = icmp ult ptr %3, %82
  %87 = and i1 %85, %86
  br i1 %87, label %108, label %88

88:                                               ; preds = %74
  %89 = and i64 %72, 8589934588
  %90 = add nsw i64 %89, %69
  br label %91

91:                                               ; preds = %91, %88
  %92 = phi i64 [ 0, %88 ], [ %104, %91 ]
  %93 = add i64 %92, %69
  %94 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %92
  %95 = getelementptr inbounds i8, ptr %94, i64 16
  %96 = load <2 x i64>, ptr %94, align 16, !tbaa !43, !alias.scope !51
  %97 = load <2 x i64>, ptr %95, align 16, !tbaa !43, !alias.scope !51
  %98 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %93
  %99 = getelementptr inbounds i8, ptr %98, i64 16
  %100 = load <2 x i64>, ptr %98, align 8, !tbaa !43, !alias.scope !54, !noalias !51
  %101 = load <2 x i64>, ptr %99, align 8, !tbaa !43, !alias.scope !54, !noalias !51
  %102 = add nsw <2 x i64> %100, %96
  %103 = add nsw <2 x i64> %101, %97
  store <2 x i64> %102, ptr %98, align 8, !tbaa !43, !alias.scope !54, !noalias !51
  store <2 x i64> %103, ptr %99, align 8, !tbaa !43, !alias.scope !54, !noalias !51
  %104 = add nuw i64 %92, 4
  %105 = icmp eq i64 %104, %89
  br i1 %105, label %106, label %91, !llvm.loop !56

106:                                              ; preds = %91
  %107 = icmp eq i64 %72, %89
  br i1 %107, label %143, label %108

108:                                              ; preds = %106, %74, %68
  %109 = phi i64 [ %69, %74 ], [ %69, %68 ], [ %90, %106 ]
  %110 = trunc i64 %109 to i32
  %111 = add i32 %110, %1
  %112 = and i32 %111, 1
  %113 = icmp eq i32 %112, 0
  br i1 %113, label %114, label %122

114:                                              ; preds = %108
  %115 = sub nsw i64 %109, %69
  %116 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %115
  %117 = load i64, ptr %116, align 8, !tbaa !43
  %118 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %109
  %119 = load i64, ptr %118, align 8, !tbaa !43
  %120 = add nsw i64 %119, %117
  store i64 %120, ptr %118, align 8, !tbaa !43
  %121 = add nsw i64 %109, 1
  br label %122

122:                                              ; preds = %114, %108
  %123 = phi i64 [ %109, %108 ], [ %121, %114 ]
  %124 = icmp eq i32 %110, %1
  br i1 %124, label %143, label %125

125:                                              ; preds = %122, %125
  %126 = phi i64 [ %140, %125 ], [ %123, %122 ]
  %127 = sub nsw i64 %126, %69
  %128 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %127
  %129 = load i64, ptr %128, align 8, !tbaa !43
  %130 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %126
  %131 = load i64, ptr %130, align 8, !tbaa !43
  %132 = add nsw i64 %131, %129
  store i64 %132, ptr %130, align 8, !tbaa !43
  %133 = add nsw i64 %126, 1
  %134 = sub nsw i64 %133, %69
  %135 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %134
  %136 = load i64, ptr %135, align 8, !tbaa !43
  %137 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %133
  %138 = load i64, ptr %137, align 8, !tbaa !43
  %139 = add nsw i64 %138, %136
  store i64 %139, ptr %137, align 8, !tbaa !43
  %140 = add nsw i64 %126, 2
  %141 = trunc i64 %140 to i32
  %142 = icmp eq i32 %4, %141
  br i1 %142, label %143, label %125, !llvm.loop !57

143:                                              ; preds = %122, %125, %106, %64
  %144 = getelementptr inbounds i8, ptr %0, i64 8
  %145 = load i32, ptr %144, align 4, !tbaa !9
  %146 = icmp sgt i32 %145, %1
  br i1 %146, label %222, label %147

147:                                              ; preds = %143
  %148 = sext i32 %145 to i64
  %149 = sub i32 %1, %145
  %150 = zext i32 %149 to i64
  %151 = add nuw nsw i64 %150, 1
  %152 = icmp ult i32 %149, 13
  br i1 %152, label %187, label %153

153:                                              ; preds = %147
  %154 = shl nsw i64 %148, 3
  %155 = getelementptr i8, ptr %3, i64 %154
  %156 = sub i32 %1, %145
  %157 = zext i32 %156 to i64
  %158 = shl nuw nsw i64 %157, 3
  %159 = getelementptr i8, ptr %3, i64 %154
  %160 = getelementptr i8, ptr %159, i64 %158
  %161 = getelementptr i8, ptr %160, i64 8
  %162 = getelementptr i8, ptr %3, i64 %158
  %163 = getelementptr i8, ptr %162, i64 8
  %164 = icmp ult ptr %155, %163
  %165 = icmp ult ptr %3, %161
  %166 = and i1 %164, %165
  br i1 %166, label %187, label %167

167:                                              ; preds = %153
  %168 = and i64 %151, 8589934588
  %169 = add nsw i64 %168, %148
  br label %170

170:                                              ; preds = %170, %167
  %171 = phi i64 [ 0, %167 ], [ %183, %170 ]
  %172 = add i64 %171, %148
  %173 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %171
  %174 = getelementptr inbounds i8, ptr %173, i64 16
  %175 = load <2 x i64>, ptr %173, align 16, !tbaa !43, !alias.scope !58
  %176 = load <2 x i64>, ptr %174, align 16, !tbaa !43, !alias.scope !58
  %177 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %172
  %178 = getelementptr inbounds i8, ptr %177, i64 16
  %179 = load <2 x i64>, ptr %177, align 8, !tbaa !43, !alias.scope !61, !noalias !58
  %180 = load <2 x i64>, ptr %178, align 8, !tbaa !43, !alias.scope !61, !noalias !58
  %181 = add nsw <2 x i64> %179, %175
  %182 = add nsw <2 x i64> %180, %176
  store <2 x i64> %181, ptr %177, align 8, !tbaa !43, !alias.scope !61, !noalias !58
  store <2 x i64> %182, ptr %178, align 8, !tbaa !43, !alias.scope !61, !noalias !58
  %183 = add nuw i64 %171, 4
  %184 = icmp eq i64 %183, %168
  br i1 %184, label %185, label %170, !llvm.loop !63

185:                                              ; preds = %170
  %186 = icmp eq i64 %151, %168
  br i1 %186, label %222, label %187

187:                                              ; preds = %185, %153, %147
  %188 = phi i64 [ %148, %153 ], [ %148, %147 ], [ %169, %185 ]
  %189 = trunc i64 %188 to i32
  %190 = add i32 %189, %1
  %191 = and i32 %190, 1
  %192 = icmp eq i32 %191, 0
  br i1 %192, label %193, label %201

193:                                              ; preds = %187
  %194 = sub nsw i64 %188, %148
  %195 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %194
  %196 = load i64, ptr %195, align 8, !tbaa !43
  %197 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %188
  %198 = load i64, ptr %197, align 8, !tbaa !43
  %199 = add nsw i64 %198, %196
  store i64 %199, ptr %197, align 8, !tbaa !43
  %200 = add nsw i64 %188, 1
  br label %201

201:                                              ; preds = %193, %187
  %202 = phi i64 [ %188, %187 ], [ %200, %193 ]
  %203 = icmp eq i32 %189, %1
  br i1 %203, label %222, label %204

204:                                              ; preds = %201, %204
  %205 = phi i64 [ %219, %204 ], [ %202, %201 ]
  %206 = sub nsw i64 %205, %148
  %207 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %206
  %208 = load i64, ptr %207, align 8, !tbaa !43
  %209 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %205
  %210 = load i64, ptr %209, align 8, !tbaa !43
  %211 = add nsw i64 %210, %208
  store i64 %211, ptr %209, align 8, !tbaa !43
  %212 = add nsw i64 %205, 1
  %213 = sub nsw i64 %212, %148
  %214 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %213
  %215 = load i64, ptr %214, align 8, !tbaa !43
  %216 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %212
  %217 = load i64, ptr %216, align 8, !tbaa !43
  %218 = add nsw i64 %217, %215
  store i64 %218, ptr %216, align 8, !tbaa !43
  %219 = add nsw i64 %205, 2
  %220 = trunc i64 %219 to i32
  %221 = icmp eq i32 %4, %220
  br i1 %221, label %222, label %204, !llvm.loop !64

222:                                              ; preds = %201, %204, %185, %143
  %223 = getelementptr inbounds i8, ptr %0, i64 12
  %224 = load i32, ptr %223, align 4, !tbaa !9
  %225 = icmp sgt i32 %224, %1
  br i1 %225, label %301, label %226

226:                                              ; preds = %222
  %227 = sext i32 %224 to i64
  %228 = sub i32 %1, %224
  %229 = zext i32 %228 to i64
  %230 = add nuw nsw i64 %229, 1
  %231 = icmp ult i32 %228, 13
  br i1 %231, label %266, label %232

232:                                              ; preds = %226
  %233 = shl nsw i64 %227, 3
  %234 = getelementptr i8, ptr %3, i64 %233
  %235 = sub i32 %1, %224
  %236 = zext i32 %235 to i64
  %237 = shl nuw nsw i64 %236, 3
  %238 = getelementptr i8, ptr %3, i64 %233
  %239 = getelementptr i8, ptr %238, i64 %237
  %240 = getelementptr i8, ptr %239, i64 8
  %241 = getelementptr i8, ptr %3, i64 %237
  %242 = getelementptr i8, ptr %241, i64 8
  %243 = icmp ult ptr %234, %242
  %244 = icmp ult ptr %3, %240
  %245 = and i1 %243, %244
  br i1 %245, label %266, label %246

246:                                              ; preds = %232
  %247 = and i64 %230, 8589934588
  %248 = add nsw i64 %247, %227
  br label %249

249:                                              ; preds = %249, %246
  %250 = phi i64 [ 0, %246 ], [ %262, %249 ]
  %251 = add i64 %250, %227
  %252 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %250
  %253 = getelementptr inbounds i8, ptr %252, i64 16
  %254 = load <2 x i64>, ptr %252, align 16, !tbaa !43, !alias.scope !65
  %255 = load <2 x i64>, ptr %253, align 16, !tbaa !43, !alias.scope !65
  %256 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %251
  %257 = getelementptr inbounds i8, ptr %256, i64 16
  %258 = load <2 x i64>, ptr %256, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  %259 = load <2 x i64>, ptr %257, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  %260 = add nsw <2 x i64> %258, %254
  %261 = add nsw <2 x i64> %259, %255
  store <2 x i64> %260, ptr %256, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  store <2 x i64> %261, ptr %257, align 8, !tbaa !43, !alias.scope !68, !noalias !65
  %262 = add nuw i64 %250, 4
  %263 = icmp eq i64 %262, %247
  br i1 %263, label %264, label %249, !llvm.loop !70

264:                                              ; preds = %249
  %265 = icmp eq i64 %230, %247
  br i1 %265, label %301, label %266

266:                                              ; preds = %264, %232, %226
  %267 = phi i64 [ %227, %232 ], [ %227, %226 ], [ %248, %264 ]
  %268 = trunc i64 %267 to i32
  %269 = add i32 %268, %1
  %270 = and i32 %269, 1
  %271 = icmp eq i32 %270, 0
  br i1 %271, label %272, label %280

272:                                              ; preds = %266
  %273 = sub nsw i64 %267, %227
  %274 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %273
  %275 = load i64, ptr %274, align 8, !tbaa !43
  %276 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %267
  %277 = load i64, ptr %276, align 8, !tbaa !43
  %278 = add nsw i64 %277, %275
  store i64 %278, ptr %276, align 8, !tbaa !43
  %279 = add nsw i64 %267, 1
  br label %280

280:                                              ; preds = %272, %266
  %281 = phi i64 [ %267, %266 ], [ %279, %272 ]
  %282 = icmp eq i32 %268, %1
  br i1 %282, label %301, label %283

283:                                              ; preds = %280, %283
  %284 = phi i64 [ %298, %283 ], [ %281, %280 ]
  %285 = sub nsw i64 %284, %227
  %286 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %285
  %287 = load i64, ptr %286, align 8, !tbaa !43
  %288 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %284
  %289 = load i64, ptr %288, align 8, !tbaa !43
  %290 = add nsw i64 %289, %287
  store i64 %290, ptr %288, align 8, !tbaa !43
  %291 = add nsw i64 %284, 1
  %292 = sub nsw i64 %291, %227
  %293 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %292
  %294 = load i64, ptr %293, align 8, !tbaa !43
  %295 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %291
  %296 = load i64, ptr %295, align 8, !tbaa !43
  %297 = add nsw i64 %296, %294
  store i64 %297, ptr %295, align 8, !tbaa !43
  %298 = add nsw i64 %284, 2
  %299 = trunc i64 %298 to i32
  %300 = icmp eq i32 %4, %299
  br i1 %300, label %301, label %283, !llvm.loop !71

301:                                              ; preds = %280, %283, %264, %222
  %302 = getelementptr inbounds i8, ptr %0, i64 16
  %303 = load i32, ptr %302, align 4, !tbaa !9
  %304 = icmp sgt i32 %303, %1
  br i1 %304, label %380, label %305

305:                                              ; preds = %301
  %306 = sext i32 %303 to i64
  %307 = sub i32 %1, %303
  %308 = zext i32 %307 to i64
  %309 = add nuw nsw i64 %308, 1
  %310 = icmp ult i32 %307, 13
  br i1 %310, label %345, label %311

311:                                              ; preds = %305
  %312 = shl nsw i64 %306, 3
  %313 = getelementptr i8, ptr %3, i64 %312
  %314 = sub i32 %1, %303
  %315 = zext i32 %314 to i64
  %316 = shl nuw nsw i64 %315, 3
  %317 = getelementptr i8, ptr %3, i64 %312
  %318 = getelementptr i8, ptr %317, i64 %316
  %319 = getelementptr i8, ptr %318, i64 8
  %320 = getelementptr i8, ptr %3, i64 %316
  %321 = getelementptr i8, ptr %320, i64 8
  %322 = icmp ult ptr %313, %321
  %323 = icmp ult ptr %3, %319
  %324 = and i1 %322, %323
  br i1 %324, label %345, label %325

325:                                              ; preds = %311
  %326 = and i64 %309, 8589934588
  %327 = add nsw i64 %326, %306
  br label %328

328:                                              ; preds = %328, %325
  %329 = phi i64 [ 0, %325 ], [ %341, %328 ]
  %330 = add i64 %329, %306
  %331 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %329
  %332 = getelementptr inbounds i8, ptr %331, i64 16
  %333 = load <2 x i64>, ptr %331, align 16, !tbaa !43, !alias.scope !72
  %334 = load <2 x i64>, ptr %332, align 16, !tbaa !43, !alias.scope !72
  %335 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %330
  %336 = getelementptr inbounds i8, ptr %335, i64 16
  %337 = load <2 x i64>, ptr %335, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  %338 = load <2 x i64>, ptr %336, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  %339 = add nsw <2 x i64> %337, %333
  %340 = add nsw <2 x i64> %338, %334
  store <2 x i64> %339, ptr %335, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  store <2 x i64> %340, ptr %336, align 8, !tbaa !43, !alias.scope !75, !noalias !72
  %341 = add nuw i64 %329, 4
  %342 = icmp eq i64 %341, %326
  br i1 %342, label %343, label %328, !llvm.loop !77

343:                                              ; preds = %328
  %344 = icmp eq i64 %309, %326
  br i1 %344, label %380, label %345

345:                                              ; preds = %343, %311, %305
  %346 = phi i64 [ %306, %311 ], [ %306, %305 ], [ %327, %343 ]
  %347 = trunc i64 %346 to i32
  %348 = add i32 %347, %1
  %349 = and i32 %348, 1
  %350 = icmp eq i32 %349, 0
  br i1 %350, label %351, label %359

351:                                              ; preds = %345
  %352 = sub nsw i64 %346, %306
  %353 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %352
  %354 = load i64, ptr %353, align 8, !tbaa !43
  %355 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %346
  %356 = load i64, ptr %355, align 8, !tbaa !43
  %357 = add nsw i64 %356, %354
  store i64 %357, ptr %355, align 8, !tbaa !43
  %358 = add nsw i64 %346, 1
  br label %359

359:                                              ; preds = %351, %345
  %360 = phi i64 [ %346, %345 ], [ %358, %351 ]
  %361 = icmp eq i32 %347, %1
  br i1 %361, label %380, label %362

362:                                              ; preds = %359, %362
  %363 = phi i64 [ %377, %362 ], [ %360, %359 ]
  %364 = sub nsw i64 %363, %306
  %365 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %364
  %366 = load i64, ptr %365, align 8, !tbaa !43
  %367 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %363
  %368 = load i64, ptr %367, align 8, !tbaa !43
  %369 = add nsw i64 %368, %366
  store i64 %369, ptr %367, align 8, !tbaa !43
  %370 = add nsw i64 %363, 1
  %371 = sub nsw i64 %370, %306
  %372 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %371
  %373 = load i64, ptr %372, align 8, !tbaa !43
  %374 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %370
  %375 = load i64, ptr %374, align 8, !tbaa !43
  %376 = add nsw i64 %375, %373
  store i64 %376, ptr %374, align 8, !tbaa !43
  %377 = add nsw i64 %363, 2
  %378 = trunc i64 %377 to i32
  %379 = icmp eq i32 %4, %378
  br i1 %379, label %380, label %362, !llvm.loop !78

380:                                              ; preds = %359, %362, %343, %301
  %381 = getelementptr inbounds i8, ptr %0, i64 20
  %382 = load i32, ptr %381, align 4, !tbaa !9
  %383 = icmp sgt i32 %382, %1
  br i1 %383, label %459, label %384

384:                                              ; preds = %380
  %385 = sext i32 %382 to i64
  %386 = sub i32 %1, %382
  %387 = zext i32 %386 to i64
  %388 = add nuw nsw i64 %387, 1
  %389 = icmp ult i32 %386, 13
  br i1 %389, label %424, label %390

390:                                              ; preds = %384
  %391 = shl nsw i64 %385, 3
  %392 = getelementptr i8, ptr %3, i64 %391
  %393 = sub i32 %1, %382
  %394 = zext i32 %393 to i64
  %395 = shl nuw nsw i64 %394, 3
  %396 = getelementptr i8, ptr %3, i64 %391
  %397 = getelementptr i8, ptr %396, i64 %395
  %398 = getelementptr i8, ptr %397, i64 8
  %399 = getelementptr i8, ptr %3, i64 %395
  %400 = getelementptr i8, ptr %399, i64 8
  %401 = icmp ult ptr %392, %400
  %402 = icmp ult ptr %3, %398
  %403 = and i1 %401, %402
  br i1 %403, label %424, label %404

404:                                              ; preds = %390
  %405 = and i64 %388, 8589934588
  %406 = add nsw i64 %405, %385
  br label %407

407:                                              ; preds = %407, %404
  %408 = phi i64 [ 0, %404 ], [ %420, %407 ]
  %409 = add i64 %408, %385
  %410 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %408
  %411 = getelementptr inbounds i8, ptr %410, i64 16
  %412 = load <2 x i64>, ptr %410, align 16, !tbaa !43, !alias.scope !79
  %413 = load <2 x i64>, ptr %411, align 16, !tbaa !43, !alias.scope !79
  %414 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %409
  %415 = getelementptr inbounds i8, ptr %414, i64 16
  %416 = load <2 x i64>, ptr %414, align 8, !tbaa !43, !alias.scope !82, !noalias !79
  %417 = load <2 x i64>, ptr %415, align 8, !tbaa !43, !alias.scope !82, !noalias !79
  %418 = add nsw <2 x i64> %416, %412
  %419 = add nsw <2 x i64> %417, %413
  store <2 x i64> %418, ptr %414, align 8, !tbaa !43, !alias.scope !82, !noalias !79
  store <2 x i64> %419, ptr %415, align 8, !tbaa !43, !alias.scope !82, !noalias !79
  %420 = add nuw i64 %408, 4
  %421 = icmp eq i64 %420, %405
  br i1 %421, label %422, label %407, !llvm.loop !84

422:                                              ; preds = %407
  %423 = icmp eq i64 %388, %405
  br i1 %423, label %459, label %424

424:                                              ; preds = %422, %390, %384
  %425 = phi i64 [ %385, %390 ], [ %385, %384 ], [ %406, %422 ]
  %426 = trunc i64 %425 to i32
  %427 = add i32 %426, %1
  %428 = and i32 %427, 1
  %429 = icmp eq i32 %428, 0
  br i1 %429, label %430, label %438

430:                                              ; preds = %424
  %431 = sub nsw i64 %425, %385
  %432 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %431
  %433 = load i64, ptr %432, align 8, !tbaa !43
  %434 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %425
  %435 = load i64, ptr %434, align 8, !tbaa !43
  %436 = add nsw i64 %435, %433
  store i64 %436, ptr %434, align 8, !tbaa !43
  %437 = add nsw i64 %425, 1
  br label %438

438:                                              ; preds = %430, %424
  %439 = phi i64 [ %425, %424 ], [ %437, %430 ]
  %440 = icmp eq i32 %426, %1
  br i1 %440, label %459, label %441

441:                                              ; preds = %438, %441
  %442 = phi i64 [ %456, %441 ], [ %439, %438 ]
  %443 = sub nsw i64 %442, %385
  %444 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %443
  %445 = load i64, ptr %444, align 8, !tbaa !43
  %446 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %442
  %447 = load i64, ptr %446, align 8, !tbaa !43
  %448 = add nsw i64 %447, %445
  store i64 %448, ptr %446, align 8, !tbaa !43
  %449 = add nsw i64 %442, 1
  %450 = sub nsw i64 %449, %385
  %451 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %450
  %452 = load i64, ptr %451, align 8, !tbaa !43
  %453 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %449
  %454 = load i64, ptr %453, align 8, !tbaa !43
  %455 = add nsw i64 %454, %452
  store i64 %455, ptr %453, align 8, !tbaa !43
  %456 = add nsw i64 %442, 2
  %457 = trunc i64 %456 to i32
  %458 = icmp eq i32 %4, %457
  br i1 %458, label %459, label %441, !llvm.loop !85

459:                                              ; preds = %438, %441, %422, %380
  %460 = getelementptr inbounds i8, ptr %0, i64 24
  %461 = load i32, ptr %460, align 4, !tbaa !9
  %462 = icmp sgt i32 %461, %1
  br i1 %462, label %538, label %463

463:                                              ; preds = %459
  %464 = sext i32 %461 to i64
  %465 = sub i32 %1, %461
  %466 = zext i32 %465 to i64
  %467 = add nuw nsw i64 %466, 1
  %468 = icmp ult i32 %465, 13
  br i1 %468, label %503, label %469

469:                                              ; preds = %463
  %470 = shl nsw i64 %464, 3
  %471 = getelementptr i8, ptr %3, i64 %470
  %472 = sub i32 %1, %461
  %473 = zext i32 %472 to i64
  %474 = shl nuw nsw i64 %473, 3
  %475 = getelementptr i8, ptr %3, i64 %470
  %476 = getelementptr i8, ptr %475, i64 %474
  %477 = getelementptr i8, ptr %476, i64 8
  %478 = getelementptr i8, ptr %3, i64 %474
  %479 = getelementptr i8, ptr %478, i64 8
  %480 = icmp ult ptr %471, %479
  %481 = icmp ult ptr %3, %477
  %482 = and i1 %480, %481
  br i1 %482, label %503, label %483

483:                                              ; preds = %469
  %484 = and i64 %467, 8589934588
  %485 = add nsw i64 %484, %464
  br label %486

486:                                              ; preds = %486, %483
  %487 = phi i64 [ 0, %483 ], [ %499, %486 ]
  %488 = add i64 %487, %464
  %489 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %487
  %490 = getelementptr inbounds i8, ptr %489, i64 16
  %491 = load <2 x i64>, ptr %489, align 16, !tbaa !43, !alias.scope !86
  %492 = load <2 x i64>, ptr %490, align 16, !tbaa !43, !alias.scope !86
  %493 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %488
  %494 = getelementptr inbounds i8, ptr %493, i64 16
  %495 = load <2 x i64>, ptr %493, align 8, !tbaa !43, !alias.scope !89, !noalias !86
  %496 = load <2 x i64>, ptr %494, align 8, !tbaa !43, !alias.scope !89, !noalias !86
  %497 = add nsw <2 x i64> %495, %491
  %498 = add nsw <2 x i64> %496, %492
  store <2 x i64> %497, ptr %493, align 8, !tbaa !43, !alias.scope !89, !noalias !86
  store <2 x i64> %498, ptr %494, align 8, !tbaa !43, !alias.scope !89, !noalias !86
  %499 = add nuw i64 %487, 4
  %500 = icmp eq i64 %499, %484
  br i1 %500, label %501, label %486, !llvm.loop !91

501:                                              ; preds = %486
  %502 = icmp eq i64 %467, %484
  br i1 %502, label %538, label %503

503:                                              ; preds = %501, %469, %463
  %504 = phi i64 [ %464, %469 ], [ %464, %463 ], [ %485, %501 ]
  %505 = trunc i64 %504 to i32
  %506 = add i32 %505, %1
  %507 = and i32 %506, 1
  %508 = icmp eq i32 %507, 0
  br i1 %508, label %509, label %517

509:                                              ; preds = %503
  %510 = sub nsw i64 %504, %464
  %511 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %510
  %512 = load i64, ptr %511, align 8, !tbaa !43
  %513 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %504
  %514 = load i64, ptr %513, align 8, !tbaa !43
  %515 = add nsw i64 %514, %512
  store i64 %515, ptr %513, align 8, !tbaa !43
  %516 = add nsw i64 %504, 1
  br label %517

517:                                              ; preds = %509, %503
  %518 = phi i64 [ %504, %503 ], [ %516, %509 ]
  %519 = icmp eq i32 %505, %1
  br i1 %519, label %538, label %520

520:                                              ; preds = %517, %520
  %521 = phi i64 [ %535, %520 ], [ %518, %517 ]
  %522 = sub nsw i64 %521, %464
  %523 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %522
  %524 = load i64, ptr %523, align 8, !tbaa !43
  %525 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %521
  %526 = load i64, ptr %525, align 8, !tbaa !43
  %527 = add nsw i64 %526, %524
  store i64 %527, ptr %525, align 8, !tbaa !43
  %528 = add nsw i64 %521, 1
  %529 = sub nsw i64 %528, %464
  %530 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %529
  %531 = load i64, ptr %530, align 8, !tbaa !43
  %532 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %528
  %533 = load i64, ptr %532, align 8, !tbaa !43
  %534 = add nsw i64 %533, %531
  store i64 %534, ptr %532, align 8, !tbaa !43
  %535 = add nsw i64 %521, 2
  %536 = trunc i64 %535 to i32
  %537 = icmp eq i32 %4, %536
  br i1 %537, label %538, label %520, !llvm.loop !92

538:                                              ; preds = %517, %520, %501, %459
  %539 = getelementptr inbounds i8, ptr %0, i64 28
  %540 = load i32, ptr %539, align 4, !tbaa !9
  %541 = icmp sgt i32 %540, %1
  br i1 %541, label %617, label %542

542:                                              ; preds = %538
  %543 = sext i32 %540 to i64
  %544 = sub i32 %1, %540
  %545 = zext i32 %544 to i64
  %546 = add nuw nsw i64 %545, 1
  %547 = icmp ult i32 %544, 13
  br i1 %547, label %582, label %548

548:                                              ; preds = %542
  %549 = shl nsw i64 %543, 3
  %550 = getelementptr i8, ptr %3, i64 %549
  %551 = sub i32 %1, %540
  %552 = zext i32 %551 to i64
  %553 = shl nuw nsw i64 %552, 3
  %554 = getelementptr i8, ptr %3, i64 %549
  %555 = getelementptr i8, ptr %554, i64 %553
  %556 = getelementptr i8, ptr %555, i64 8
  %557 = getelementptr i8, ptr %3, i64 %553
  %558 = getelementptr i8, ptr %557, i64 8
  %559 = icmp ult ptr %550, %558
  %560 = icmp ult ptr %3, %556
  %561 = and i1 %559, %560
  br i1 %561, label %582, label %562

562:                                              ; preds = %548
  %563 = and i64 %546, 8589934588
  %564 = add nsw i64 %563, %543
  br label %565

565:                                              ; preds = %565, %562
  %566 = phi i64 [ 0, %562 ], [ %578, %565 ]
  %567 = add i64 %566, %543
  %568 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %566
  %569 = getelementptr inbounds i8, ptr %568, i64 16
  %570 = load <2 x i64>, ptr %568, align 16, !tbaa !43, !alias.scope !93
  %571 = load <2 x i64>, ptr %569, align 16, !tbaa !43, !alias.scope !93
  %572 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %567
  %573 = getelementptr inbounds i8, ptr %572, i64 16
  %574 = load <2 x i64>, ptr %572, align 8, !tbaa !43, !alias.scope !96, !noalias !93
  %575 = load <2 x i64>, ptr %573, align 8, !tbaa !43, !alias.scope !96, !noalias !93
  %576 = add nsw <2 x i64> %574, %570
  %577 = add nsw <2 x i64> %575, %571
  store <2 x i64> %576, ptr %572, align 8, !tbaa !43, !alias.scope !96, !noalias !93
  store <2 x i64> %577, ptr %573, align 8, !tbaa !43, !alias.scope !96, !noalias !93
  %578 = add nuw i64 %566, 4
  %579 = icmp eq i64 %578, %563
  br i1 %579, label %580, label %565, !llvm.loop !98

580:                                              ; preds = %565
  %581 = icmp eq i64 %546, %563
  br i1 %581, label %617, label %582

582:                                              ; preds = %580, %548, %542
  %583 = phi i64 [ %543, %548 ], [ %543, %542 ], [ %564, %580 ]
  %584 = trunc i64 %583 to i32
  %585 = add i32 %584, %1
  %586 = and i32 %585, 1
  %587 = icmp eq i32 %586, 0
  br i1 %587, label %588, label %596

588:                                              ; preds = %582
  %589 = sub nsw i64 %583, %543
  %590 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %589
  %591 = load i64, ptr %590, align 8, !tbaa !43
  %592 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %583
  %593 = load i64, ptr %592, align 8, !tbaa !43
  %594 = add nsw i64 %593, %591
  store i64 %594, ptr %592, align 8, !tbaa !43
  %595 = add nsw i64 %583, 1
  br label %596

596:                                              ; preds = %588, %582
  %597 = phi i64 [ %583, %582 ], [ %595, %588 ]
  %598 = icmp eq i32 %584, %1
  br i1 %598, label %617, label %599

599:                                              ; preds = %596, %599
  %600 = phi i64 [ %614, %599 ], [ %597, %596 ]
  %601 = sub nsw i64 %600, %543
  %602 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %601
  %603 = load i64, ptr %602, align 8, !tbaa !43
  %604 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %600
  %605 = load i64, ptr %604, align 8, !tbaa !43
  %606 = add nsw i64 %605, %603
  store i64 %606, ptr %604, align 8, !tbaa !43
  %607 = add nsw i64 %600, 1
  %608 = sub nsw i64 %607, %543
  %609 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %608
  %610 = load i64, ptr %609, align 8, !tbaa !43
  %611 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %607
  %612 = load i64, ptr %611, align 8, !tbaa !43
  %613 = add nsw i64 %612, %610
  store i64 %613, ptr %611, align 8, !tbaa !43
  %614 = add nsw i64 %600, 2
  %615 = trunc i64 %614 to i32
  %616 = icmp eq i32 %4, %615
  br i1 %616, label %617, label %599, !llvm.loop !99

617:                                              ; preds = %596, %599, %580, %538
  %618 = zext nneg i32 %1 to i64
  %619 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %618
  %620 = load i64, ptr %619, align 8, !tbaa !43
  call void @llvm.lifetime.end.p0(i64 8008, ptr nonnull %3) #8
  ret i64 %620

621:                                              ; preds = %27, %621
  %622 = phi i64 [ %636, %621 ], [ %28, %27 ]
  %623 = sub nsw i64 %622, %8
  %624 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %623
  %625 = load i64, ptr %624, align 8, !tbaa !43
  %626 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %622
  %627 = load i64, ptr %626, align 8, !tbaa !43
  %628 = add nsw i64 %627, %625
  store i64 %628, ptr %626, align 8, !tbaa !43
  %629 = add nsw i64 %622, 1
  %630 = sub nsw i64 %629, %8
  %631 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %630
  %632 = load i64, ptr %631, align 8, !tbaa !43
  %633 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %629
  %634 = load i64, ptr %633, align 8, !tbaa !43
  %635 = add nsw i64 %634, %632
  store i64 %635, ptr %633, align 8, !tbaa !43
  %636 = add nsw i64 %622, 2
  %637 = trunc i64 %636 to i32
  %638 = icmp eq i32 %4, %637
  br i1 %638, label %64, label %621, !llvm.loop !100
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>) #7

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
!17 = distinct !{!17, !13, !18, !19}
!18 = !{!"llvm.loop.isvectorized", i32 1}
!19 = !{!"llvm.loop.unroll.runtime.disable"}
!20 = distinct !{!20, !13, !19, !18}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
!23 = distinct !{!23, !13}
!24 = distinct !{!24, !13}
!25 = distinct !{!25, !13}
!26 = distinct !{!26, !13, !18, !19}
!27 = distinct !{!27, !13, !19, !18}
!28 = distinct !{!28, !13, !18, !19}
!29 = distinct !{!29, !13, !19, !18}
!30 = distinct !{!30, !13, !18, !19}
!31 = distinct !{!31, !13, !19, !18}
!32 = distinct !{!32, !13, !18, !19}
!33 = distinct !{!33, !13, !19, !18}
!34 = distinct !{!34, !13, !18, !19}
!35 = distinct !{!35, !13, !19, !18}
!36 = distinct !{!36, !13, !18, !19}
!37 = distinct !{!37, !13, !19, !18}
!38 = distinct !{!38, !13, !18, !19}
!39 = distinct !{!39, !13, !19, !18}
!40 = distinct !{!40, !13, !19, !18}
!41 = distinct !{!41, !13, !18, !19}
!42 = distinct !{!42, !13}
!43 = !{!44, !44, i64 0}
!44 = !{!"long", !7, i64 0}
!45 = !{!46}
!46 = distinct !{!46, !47}
!47 = distinct !{!47, !"LVerDomain"}
!48 = !{!49}
!49 = distinct !{!49, !47}
!50 = distinct !{!50, !13, !18, !19}
!51 = !{!52}
!52 = distinct !{!52, !53}
!53 = distinct !{!53, !"LVerDomain"}
!54 = !{!55}
!55 = distinct !{!55, !53}
!56 = distinct !{!56, !13, !18, !19}
!57 = distinct !{!57, !13, !18}
!58 = !{!59}
!59 = distinct !{!59, !60}
!60 = distinct !{!60, !"LVerDomain"}
!61 = !{!62}
!62 = distinct !{!62, !60}
!63 = distinct !{!63, !13, !18, !19}
!64 = distinct !{!64, !13, !18}
!65 = !{!66}
!66 = distinct !{!66, !67}
!67 = distinct !{!67, !"LVerDomain"}
!68 = !{!69}
!69 = distinct !{!69, !67}
!70 = distinct !{!70, !13, !18, !19}
!71 = distinct !{!71, !13, !18}
!72 = !{!73}
!73 = distinct !{!73, !74}
!74 = distinct !{!74, !"LVerDomain"}
!75 = !{!76}
!76 = distinct !{!76, !74}
!77 = distinct !{!77, !13, !18, !19}
!78 = distinct !{!78, !13, !18}
!79 = !{!80}
!80 = distinct !{!80, !81}
!81 = distinct !{!81, !"LVerDomain"}
!82 = !{!83}
!83 = distinct !{!83, !81}
!84 = distinct !{!84, !13, !18, !19}
!85 = distinct !{!85, !13, !18}
!86 = !{!87}
!87 = distinct !{!87, !88}
!88 = distinct !{!88, !"LVerDomain"}
!89 = !{!90}
!90 = distinct !{!90, !88}
!91 = distinct !{!91, !13, !18, !19}
!92 = distinct !{!92, !13, !18}
!93 = !{!94}
!94 = distinct !{!94, !95}
!95 = distinct !{!95, !"LVerDomain"}
!96 = !{!97}
!97 = distinct !{!97, !95}
!98 = distinct !{!98, !13, !18, !19}
!99 = distinct !{!99, !13, !18}
!100 = distinct !{!100, !13, !18}
