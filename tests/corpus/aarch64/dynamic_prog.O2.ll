; ModuleID = 'dynamic_prog.c'
source_filename = "dynamic_prog.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.pairs = internal unnamed_addr constant [5 x [2 x ptr]] [[2 x ptr] [ptr @.str, ptr @.str.1], [2 x ptr] [ptr @.str.2, ptr @.str.3], [2 x ptr] [ptr @.str.4, ptr @.str.5], [2 x ptr] [ptr @.str.6, ptr @.str.7], [2 x ptr] [ptr @.str.8, ptr @.str.8]], align 8
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
@__const.main.coins = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 5, i32 10, i32 20, i32 50, i32 100, i32 200], align 4
@.str.11 = private unnamed_addr constant [30 x i8] c"ways(200)=%ld ways(1000)=%ld\0A\00", align 1
@__const.main.seq = private unnamed_addr constant [15 x i32] [i32 10, i32 9, i32 2, i32 5, i32 3, i32 7, i32 101, i32 18, i32 4, i32 8, i32 6, i32 12, i32 15, i32 1, i32 20], align 4
@.str.12 = private unnamed_addr constant [8 x i8] c"lis=%d\0A\00", align 1
@lcs.t = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [101 x i32], align 4
  %2 = alloca [64 x i32], align 4
  %3 = alloca [64 x i32], align 4
  %4 = alloca [64 x i32], align 4
  %5 = alloca [64 x i8], align 1
  br label %6

6:                                                ; preds = %0, %160
  %7 = phi i64 [ 0, %0 ], [ %166, %160 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5) #8
  %8 = getelementptr inbounds [5 x [2 x ptr]], ptr @main.pairs, i64 0, i64 %7
  %9 = load ptr, ptr %8, align 8, !tbaa !6
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !6
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
  store i32 0, ptr %30, align 4, !tbaa !10
  br i1 %23, label %43, label %46

31:                                               ; preds = %43, %6
  %32 = shl i64 %12, 32
  %33 = ashr exact i64 %32, 32
  %34 = shl i64 %14, 32
  %35 = ashr exact i64 %34, 32
  %36 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %33, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !10
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %5, i64 %38
  store i8 0, ptr %39, align 1, !tbaa !12
  %40 = icmp ne i32 %13, 0
  %41 = icmp ne i32 %15, 0
  %42 = select i1 %40, i1 %41, i1 false
  br i1 %42, label %68, label %102

43:                                               ; preds = %63, %26, %24
  %44 = add nuw nsw i64 %25, 1
  %45 = icmp eq i64 %44, %21
  br i1 %45, label %31, label %24, !llvm.loop !13

46:                                               ; preds = %26, %63
  %47 = phi i32 [ %64, %63 ], [ 0, %26 ]
  %48 = phi i64 [ %66, %63 ], [ 1, %26 ]
  br i1 %27, label %63, label %49

49:                                               ; preds = %46
  %50 = load i8, ptr %29, align 1, !tbaa !12
  %51 = add nsw i64 %48, -1
  %52 = getelementptr inbounds i8, ptr %11, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !12
  %54 = icmp eq i8 %50, %53
  br i1 %54, label %55, label %59

55:                                               ; preds = %49
  %56 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %51
  %57 = load i32, ptr %56, align 4, !tbaa !10
  %58 = add nsw i32 %57, 1
  br label %63

59:                                               ; preds = %49
  %60 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %28, i64 %48
  %61 = load i32, ptr %60, align 4, !tbaa !10
  %62 = call i32 @llvm.smax.i32(i32 %61, i32 %47)
  br label %63

63:                                               ; preds = %59, %55, %46
  %64 = phi i32 [ 0, %46 ], [ %58, %55 ], [ %62, %59 ]
  %65 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %25, i64 %48
  store i32 %64, ptr %65, align 4, !tbaa !10
  %66 = add nuw nsw i64 %48, 1
  %67 = icmp eq i64 %66, %22
  br i1 %67, label %43, label %46, !llvm.loop !15

68:                                               ; preds = %31, %95
  %69 = phi i32 [ %98, %95 ], [ %15, %31 ]
  %70 = phi i32 [ %97, %95 ], [ %13, %31 ]
  %71 = phi i32 [ %96, %95 ], [ %37, %31 ]
  %72 = add nsw i32 %70, -1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i8, ptr %9, i64 %73
  %75 = load i8, ptr %74, align 1, !tbaa !12
  %76 = add nsw i32 %69, -1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i8, ptr %11, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !12
  %80 = icmp eq i8 %75, %79
  br i1 %80, label %81, label %85

81:                                               ; preds = %68
  %82 = add nsw i32 %71, -1
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i8, ptr %5, i64 %83
  store i8 %75, ptr %84, align 1, !tbaa !12
  br label %95

85:                                               ; preds = %68
  %86 = sext i32 %69 to i64
  %87 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %73, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !10
  %89 = sext i32 %70 to i64
  %90 = getelementptr inbounds [64 x [64 x i32]], ptr @lcs.t, i64 0, i64 %89, i64 %77
  %91 = load i32, ptr %90, align 4, !tbaa !10
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
  br i1 %101, label %68, label %102, !llvm.loop !17

102:                                              ; preds = %95, %31
  %103 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %9) #9
  %104 = trunc i64 %103 to i32
  %105 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %11) #9
  %106 = trunc i64 %105 to i32
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %4) #8
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %111, label %108

108:                                              ; preds = %102
  %109 = add nuw nsw i64 %105, 1
  %110 = and i64 %109, 4294967295
  br label %126

111:                                              ; preds = %126, %102
  %112 = icmp slt i32 %104, 1
  br i1 %112, label %113, label %115

113:                                              ; preds = %111
  %114 = shl i64 %105, 32
  br label %160

115:                                              ; preds = %111
  %116 = getelementptr i8, ptr %9, i64 -1
  %117 = icmp slt i32 %106, 1
  %118 = shl i64 %105, 32
  %119 = add i64 %118, 4294967296
  %120 = ashr exact i64 %119, 30
  %121 = add i64 %105, 1
  %122 = add nuw nsw i64 %103, 1
  %123 = and i64 %122, 4294967295
  %124 = and i64 %121, 4294967295
  %125 = getelementptr i8, ptr %11, i64 -1
  br label %132

126:                                              ; preds = %126, %108
  %127 = phi i64 [ 0, %108 ], [ %130, %126 ]
  %128 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %127
  %129 = trunc nuw nsw i64 %127 to i32
  store i32 %129, ptr %128, align 4, !tbaa !10
  %130 = add nuw nsw i64 %127, 1
  %131 = icmp eq i64 %130, %110
  br i1 %131, label %111, label %126, !llvm.loop !18

132:                                              ; preds = %139, %115
  %133 = phi i64 [ 1, %115 ], [ %140, %139 ]
  %134 = trunc nuw nsw i64 %133 to i32
  store i32 %134, ptr %4, align 4, !tbaa !10
  br i1 %117, label %139, label %135

135:                                              ; preds = %132
  %136 = getelementptr i8, ptr %116, i64 %133
  %137 = load i8, ptr %136, align 1, !tbaa !12
  %138 = load i32, ptr %3, align 4, !tbaa !10
  br label %142

139:                                              ; preds = %142, %132
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 4 %3, ptr nonnull align 4 %4, i64 %120, i1 false)
  %140 = add nuw nsw i64 %133, 1
  %141 = icmp eq i64 %140, %123
  br i1 %141, label %160, label %132, !llvm.loop !19

142:                                              ; preds = %142, %135
  %143 = phi i32 [ %138, %135 ], [ %147, %142 ]
  %144 = phi i32 [ %134, %135 ], [ %156, %142 ]
  %145 = phi i64 [ 1, %135 ], [ %158, %142 ]
  %146 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %145
  %147 = load i32, ptr %146, align 4, !tbaa !10
  %148 = add nsw i32 %147, 1
  %149 = add nsw i32 %144, 1
  %150 = getelementptr i8, ptr %125, i64 %145
  %151 = load i8, ptr %150, align 1, !tbaa !12
  %152 = icmp ne i8 %137, %151
  %153 = zext i1 %152 to i32
  %154 = add nsw i32 %143, %153
  %155 = call i32 @llvm.smin.i32(i32 %148, i32 %149)
  %156 = call noundef i32 @llvm.smin.i32(i32 %155, i32 %154)
  %157 = getelementptr inbounds [64 x i32], ptr %4, i64 0, i64 %145
  store i32 %156, ptr %157, align 4, !tbaa !10
  %158 = add nuw nsw i64 %145, 1
  %159 = icmp eq i64 %158, %124
  br i1 %159, label %139, label %142, !llvm.loop !20

160:                                              ; preds = %139, %113
  %161 = phi i64 [ %114, %113 ], [ %118, %139 ]
  %162 = ashr exact i64 %161, 32
  %163 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %4) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  %165 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %9, ptr noundef %11, i32 noundef %37, ptr noundef nonnull %5, i32 noundef %164)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5) #8
  %166 = add nuw nsw i64 %7, 1
  %167 = icmp eq i64 %166, 5
  br i1 %167, label %203, label %6, !llvm.loop !21

168:                                              ; preds = %296
  %169 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 200)
  %170 = call fastcc i64 @coin_ways(ptr noundef nonnull @__const.main.coins, i32 noundef 1000)
  %171 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %169, i64 noundef %170)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  br label %172

172:                                              ; preds = %180, %168
  %173 = phi i64 [ 0, %168 ], [ %183, %180 ]
  %174 = phi i32 [ 0, %168 ], [ %182, %180 ]
  %175 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %173
  store i32 1, ptr %175, align 4, !tbaa !10
  %176 = icmp eq i64 %173, 0
  br i1 %176, label %180, label %177

177:                                              ; preds = %172
  %178 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %173
  %179 = load i32, ptr %178, align 4, !tbaa !10
  br label %185

180:                                              ; preds = %197, %172
  %181 = phi i32 [ 1, %172 ], [ %198, %197 ]
  %182 = call i32 @llvm.smax.i32(i32 %181, i32 %174)
  %183 = add nuw nsw i64 %173, 1
  %184 = icmp eq i64 %183, 15
  br i1 %184, label %201, label %172, !llvm.loop !22

185:                                              ; preds = %197, %177
  %186 = phi i32 [ 1, %177 ], [ %198, %197 ]
  %187 = phi i64 [ 0, %177 ], [ %199, %197 ]
  %188 = getelementptr inbounds i32, ptr @__const.main.seq, i64 %187
  %189 = load i32, ptr %188, align 4, !tbaa !10
  %190 = icmp slt i32 %189, %179
  br i1 %190, label %191, label %197

191:                                              ; preds = %185
  %192 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %187
  %193 = load i32, ptr %192, align 4, !tbaa !10
  %194 = icmp slt i32 %193, %186
  br i1 %194, label %197, label %195

195:                                              ; preds = %191
  %196 = add nsw i32 %193, 1
  store i32 %196, ptr %175, align 4, !tbaa !10
  br label %197

197:                                              ; preds = %195, %191, %185
  %198 = phi i32 [ %186, %185 ], [ %186, %191 ], [ %196, %195 ]
  %199 = add nuw nsw i64 %187, 1
  %200 = icmp eq i64 %199, %173
  br i1 %200, label %180, label %185, !llvm.loop !23

201:                                              ; preds = %180
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  %202 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %182)
  ret i32 0

203:                                              ; preds = %160, %296
  %204 = phi i64 [ %301, %296 ], [ 20, %160 ]
  call void @llvm.lifetime.start.p0(i64 404, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(404) %1, i8 0, i64 404, i1 false)
  br label %285

205:                                              ; preds = %285, %205
  %206 = phi i64 [ %214, %205 ], [ %204, %285 ]
  %207 = add nsw i64 %206, -7
  %208 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %207
  %209 = load i32, ptr %208, align 4, !tbaa !10
  %210 = add nsw i32 %209, 13
  %211 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %206
  %212 = load i32, ptr %211, align 4, !tbaa !10
  %213 = call i32 @llvm.smax.i32(i32 %210, i32 %212)
  store i32 %213, ptr %211, align 4
  %214 = add nsw i64 %206, -1
  %215 = icmp sgt i64 %206, 7
  br i1 %215, label %205, label %216, !llvm.loop !24

216:                                              ; preds = %205, %216
  %217 = phi i64 [ %225, %216 ], [ %204, %205 ]
  %218 = add nsw i64 %217, -11
  %219 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %218
  %220 = load i32, ptr %219, align 4, !tbaa !10
  %221 = add nsw i32 %220, 23
  %222 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %217
  %223 = load i32, ptr %222, align 4, !tbaa !10
  %224 = call i32 @llvm.smax.i32(i32 %221, i32 %223)
  store i32 %224, ptr %222, align 4
  %225 = add nsw i64 %217, -1
  %226 = icmp sgt i64 %217, 11
  br i1 %226, label %216, label %227, !llvm.loop !24

227:                                              ; preds = %216, %227
  %228 = phi i64 [ %236, %227 ], [ %204, %216 ]
  %229 = add nsw i64 %228, -8
  %230 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %229
  %231 = load i32, ptr %230, align 4, !tbaa !10
  %232 = add nsw i32 %231, 15
  %233 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %228
  %234 = load i32, ptr %233, align 4, !tbaa !10
  %235 = call i32 @llvm.smax.i32(i32 %232, i32 %234)
  store i32 %235, ptr %233, align 4
  %236 = add nsw i64 %228, -1
  %237 = icmp sgt i64 %228, 8
  br i1 %237, label %227, label %238, !llvm.loop !24

238:                                              ; preds = %227, %238
  %239 = phi i64 [ %247, %238 ], [ %204, %227 ]
  %240 = add nsw i64 %239, -9
  %241 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %240
  %242 = load i32, ptr %241, align 4, !tbaa !10
  %243 = add nsw i32 %242, 16
  %244 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %239
  %245 = load i32, ptr %244, align 4, !tbaa !10
  %246 = call i32 @llvm.smax.i32(i32 %243, i32 %245)
  store i32 %246, ptr %244, align 4
  %247 = add nsw i64 %239, -1
  %248 = icmp sgt i64 %239, 9
  br i1 %248, label %238, label %249, !llvm.loop !24

249:                                              ; preds = %238
  %250 = icmp ult i64 %204, 23
  br i1 %250, label %262, label %251

251:                                              ; preds = %249, %251
  %252 = phi i64 [ %260, %251 ], [ %204, %249 ]
  %253 = add nsw i64 %252, -23
  %254 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %253
  %255 = load i32, ptr %254, align 4, !tbaa !10
  %256 = add nsw i32 %255, 50
  %257 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %252
  %258 = load i32, ptr %257, align 4, !tbaa !10
  %259 = call i32 @llvm.smax.i32(i32 %256, i32 %258)
  store i32 %259, ptr %257, align 4
  %260 = add nsw i64 %252, -1
  %261 = icmp sgt i64 %252, 23
  br i1 %261, label %251, label %262, !llvm.loop !24

262:                                              ; preds = %251, %249
  br label %263

263:                                              ; preds = %262, %263
  %264 = phi i64 [ %272, %263 ], [ %204, %262 ]
  %265 = add nsw i64 %264, -5
  %266 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %265
  %267 = load i32, ptr %266, align 4, !tbaa !10
  %268 = add nsw i32 %267, 9
  %269 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %264
  %270 = load i32, ptr %269, align 4, !tbaa !10
  %271 = call i32 @llvm.smax.i32(i32 %268, i32 %270)
  store i32 %271, ptr %269, align 4
  %272 = add nsw i64 %264, -1
  %273 = icmp sgt i64 %264, 5
  br i1 %273, label %263, label %274, !llvm.loop !24

274:                                              ; preds = %263, %274
  %275 = phi i64 [ %283, %274 ], [ %204, %263 ]
  %276 = add nsw i64 %275, -14
  %277 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %276
  %278 = load i32, ptr %277, align 4, !tbaa !10
  %279 = add nsw i32 %278, 30
  %280 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %275
  %281 = load i32, ptr %280, align 4, !tbaa !10
  %282 = call i32 @llvm.smax.i32(i32 %279, i32 %281)
  store i32 %282, ptr %280, align 4
  %283 = add nsw i64 %275, -1
  %284 = icmp sgt i64 %275, 14
  br i1 %284, label %274, label %296, !llvm.loop !24

285:                                              ; preds = %285, %203
  %286 = phi i64 [ %204, %203 ], [ %294, %285 ]
  %287 = add nsw i64 %286, -12
  %288 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %287
  %289 = load i32, ptr %288, align 4, !tbaa !10
  %290 = add nsw i32 %289, 24
  %291 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %286
  %292 = load i32, ptr %291, align 4, !tbaa !10
  %293 = call i32 @llvm.smax.i32(i32 %290, i32 %292)
  store i32 %293, ptr %291, align 4
  %294 = add nsw i64 %286, -1
  %295 = icmp ugt i64 %286, 12
  br i1 %295, label %285, label %205, !llvm.loop !24

296:                                              ; preds = %274
  %297 = getelementptr inbounds [101 x i32], ptr %1, i64 0, i64 %204
  %298 = load i32, ptr %297, align 4, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 404, ptr nonnull %1) #8
  %299 = trunc nuw nsw i64 %204 to i32
  %300 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %299, i32 noundef %298)
  %301 = add nuw nsw i64 %204, 40
  %302 = icmp ult i64 %204, 61
  br i1 %302, label %203, label %168, !llvm.loop !25
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
  %3 = alloca [1001 x i64], align 8
  call void @llvm.lifetime.start.p0(i64 8008, ptr nonnull %3) #8
  %4 = getelementptr inbounds i8, ptr %3, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(8008) %4, i8 0, i64 8000, i1 false)
  store i64 1, ptr %3, align 8
  %5 = add i32 %1, 1
  %6 = load i32, ptr %0, align 4, !tbaa !10
  %7 = icmp sgt i32 %6, %1
  br i1 %7, label %10, label %8

8:                                                ; preds = %2
  %9 = sext i32 %6 to i64
  br label %133

10:                                               ; preds = %133, %2
  %11 = getelementptr inbounds i8, ptr %0, i64 4
  %12 = load i32, ptr %11, align 4, !tbaa !10
  %13 = icmp sgt i32 %12, %1
  br i1 %13, label %27, label %14

14:                                               ; preds = %10
  %15 = sext i32 %12 to i64
  br label %16

16:                                               ; preds = %16, %14
  %17 = phi i64 [ %15, %14 ], [ %24, %16 ]
  %18 = sub nsw i64 %17, %15
  %19 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !26
  %21 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %17
  %22 = load i64, ptr %21, align 8, !tbaa !26
  %23 = add nsw i64 %22, %20
  store i64 %23, ptr %21, align 8, !tbaa !26
  %24 = add nsw i64 %17, 1
  %25 = trunc i64 %24 to i32
  %26 = icmp eq i32 %5, %25
  br i1 %26, label %27, label %16, !llvm.loop !28

27:                                               ; preds = %16, %10
  %28 = getelementptr inbounds i8, ptr %0, i64 8
  %29 = load i32, ptr %28, align 4, !tbaa !10
  %30 = icmp sgt i32 %29, %1
  br i1 %30, label %44, label %31

31:                                               ; preds = %27
  %32 = sext i32 %29 to i64
  br label %33

33:                                               ; preds = %33, %31
  %34 = phi i64 [ %32, %31 ], [ %41, %33 ]
  %35 = sub nsw i64 %34, %32
  %36 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %35
  %37 = load i64, ptr %36, align 8, !tbaa !26
  %38 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %34
  %39 = load i64, ptr %38, align 8, !tbaa !26
  %40 = add nsw i64 %39, %37
  store i64 %40, ptr %38, align 8, !tbaa !26
  %41 = add nsw i64 %34, 1
  %42 = trunc i64 %41 to i32
  %43 = icmp eq i32 %5, %42
  br i1 %43, label %44, label %33, !llvm.loop !28

44:                                               ; preds = %33, %27
  %45 = getelementptr inbounds i8, ptr %0, i64 12
  %46 = load i32, ptr %45, align 4, !tbaa !10
  %47 = icmp sgt i32 %46, %1
  br i1 %47, label %61, label %48

48:                                               ; preds = %44
  %49 = sext i32 %46 to i64
  br label %50

50:                                               ; preds = %50, %48
  %51 = phi i64 [ %49, %48 ], [ %58, %50 ]
  %52 = sub nsw i64 %51, %49
  %53 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %52
  %54 = load i64, ptr %53, align 8, !tbaa !26
  %55 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %51
  %56 = load i64, ptr %55, align 8, !tbaa !26
  %57 = add nsw i64 %56, %54
  store i64 %57, ptr %55, align 8, !tbaa !26
  %58 = add nsw i64 %51, 1
  %59 = trunc i64 %58 to i32
  %60 = icmp eq i32 %5, %59
  br i1 %60, label %61, label %50, !llvm.loop !28

61:                                               ; preds = %50, %44
  %62 = getelementptr inbounds i8, ptr %0, i64 16
  %63 = load i32, ptr %62, align 4, !tbaa !10
  %64 = icmp sgt i32 %63, %1
  br i1 %64, label %78, label %65

65:                                               ; preds = %61
  %66 = sext i32 %63 to i64
  br label %67

67:                                               ; preds = %67, %65
  %68 = phi i64 [ %66, %65 ], [ %75, %67 ]
  %69 = sub nsw i64 %68, %66
  %70 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %69
  %71 = load i64, ptr %70, align 8, !tbaa !26
  %72 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %68
  %73 = load i64, ptr %72, align 8, !tbaa !26
  %74 = add nsw i64 %73, %71
  store i64 %74, ptr %72, align 8, !tbaa !26
  %75 = add nsw i64 %68, 1
  %76 = trunc i64 %75 to i32
  %77 = icmp eq i32 %5, %76
  br i1 %77, label %78, label %67, !llvm.loop !28

78:                                               ; preds = %67, %61
  %79 = getelementptr inbounds i8, ptr %0, i64 20
  %80 = load i32, ptr %79, align 4, !tbaa !10
  %81 = icmp sgt i32 %80, %1
  br i1 %81, label %95, label %82

82:                                               ; preds = %78
  %83 = sext i32 %80 to i64
  br label %84

84:                                               ; preds = %84, %82
  %85 = phi i64 [ %83, %82 ], [ %92, %84 ]
  %86 = sub nsw i64 %85, %83
  %87 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %86
  %88 = load i64, ptr %87, align 8, !tbaa !26
  %89 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %85
  %90 = load i64, ptr %89, align 8, !tbaa !26
  %91 = add nsw i64 %90, %88
  store i64 %91, ptr %89, align 8, !tbaa !26
  %92 = add nsw i64 %85, 1
  %93 = trunc i64 %92 to i32
  %94 = icmp eq i32 %5, %93
  br i1 %94, label %95, label %84, !llvm.loop !28

95:                                               ; preds = %84, %78
  %96 = getelementptr inbounds i8, ptr %0, i64 24
  %97 = load i32, ptr %96, align 4, !tbaa !10
  %98 = icmp sgt i32 %97, %1
  br i1 %98, label %112, label %99

99:                                               ; preds = %95
  %100 = sext i32 %97 to i64
  br label %101

101:                                              ; preds = %101, %99
  %102 = phi i64 [ %100, %99 ], [ %109, %101 ]
  %103 = sub nsw i64 %102, %100
  %104 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %103
  %105 = load i64, ptr %104, align 8, !tbaa !26
  %106 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %102
  %107 = load i64, ptr %106, align 8, !tbaa !26
  %108 = add nsw i64 %107, %105
  store i64 %108, ptr %106, align 8, !tbaa !26
  %109 = add nsw i64 %102, 1
  %110 = trunc i64 %109 to i32
  %111 = icmp eq i32 %5, %110
  br i1 %111, label %112, label %101, !llvm.loop !28

112:                                              ; preds = %101, %95
  %113 = getelementptr inbounds i8, ptr %0, i64 28
  %114 = load i32, ptr %113, align 4, !tbaa !10
  %115 = icmp sgt i32 %114, %1
  br i1 %115, label %129, label %116

116:                                              ; preds = %112
  %117 = sext i32 %114 to i64
  br label %118

118:                                              ; preds = %118, %116
  %119 = phi i64 [ %117, %116 ], [ %126, %118 ]
  %120 = sub nsw i64 %119, %117
  %121 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %120
  %122 = load i64, ptr %121, align 8, !tbaa !26
  %123 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %119
  %124 = load i64, ptr %123, align 8, !tbaa !26
  %125 = add nsw i64 %124, %122
  store i64 %125, ptr %123, align 8, !tbaa !26
  %126 = add nsw i64 %119, 1
  %127 = trunc i64 %126 to i32
  %128 = icmp eq i32 %5, %127
  br i1 %128, label %129, label %118, !llvm.loop !28

129:                                              ; preds = %118, %112
  %130 = zext nneg i32 %1 to i64
  %131 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %130
  %132 = load i64, ptr %131, align 8, !tbaa !26
  call void @llvm.lifetime.end.p0(i64 8008, ptr nonnull %3) #8
  ret i64 %132

133:                                              ; preds = %8, %133
  %134 = phi i64 [ %9, %8 ], [ %141, %133 ]
  %135 = sub nsw i64 %134, %9
  %136 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %135
  %137 = load i64, ptr %136, align 8, !tbaa !26
  %138 = getelementptr inbounds [1001 x i64], ptr %3, i64 0, i64 %134
  %139 = load i64, ptr %138, align 8, !tbaa !26
  %140 = add nsw i64 %139, %137
  store i64 %140, ptr %138, align 8, !tbaa !26
  %141 = add nsw i64 %134, 1
  %142 = trunc i64 %141 to i32
  %143 = icmp eq i32 %5, %142
  br i1 %143, label %10, label %133, !llvm.loop !28
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!8, !8, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14, !16}
!16 = !{!"llvm.loop.peeled.count", i32 1}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = !{!27, !27, i64 0}
!27 = !{!"long", !8, i64 0}
!28 = distinct !{!28, !14}
