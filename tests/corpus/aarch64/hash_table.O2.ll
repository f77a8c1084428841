; ModuleID = 'hash_table.c'
source_filename = "hash_table.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [122 x i8] c"the quick brown fox jumps over the lazy dog the fox barks and the dog sleeps while a quick bird sings over the brown hill\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"distinct=%zu buckets=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"hill\00", align 1
@__const.main.probe = private unnamed_addr constant [6 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 8
@.str.8 = private unnamed_addr constant [7 x i8] c"%s=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [32 x i8] c"del the=%d del cat=%d size=%zu\0A\00", align 1
@.str.10 = private unnamed_addr constant [27 x i8] c"total=%d longest_chain=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"final size=%zu\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x i8], align 4
  %2 = tail call noalias dereferenceable_or_null(32) ptr @calloc(i64 noundef 4, i64 noundef 8) #9
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #10
  br label %3

3:                                                ; preds = %0, %151
  %4 = phi i8 [ 116, %0 ], [ %156, %151 ]
  %5 = phi ptr [ @.str, %0 ], [ %152, %151 ]
  %6 = phi ptr [ %2, %0 ], [ %155, %151 ]
  %7 = phi i64 [ 4, %0 ], [ %154, %151 ]
  %8 = phi i64 [ 0, %0 ], [ %153, %151 ]
  %9 = icmp eq i8 %4, 32
  br i1 %9, label %19, label %10

10:                                               ; preds = %3
  %11 = load i8, ptr %5, align 1, !tbaa !6
  br label %14

12:                                               ; preds = %151
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %153, i64 noundef %154)
  br label %214

14:                                               ; preds = %19, %10
  %15 = phi i8 [ %11, %10 ], [ %22, %19 ]
  %16 = phi ptr [ %5, %10 ], [ %21, %19 ]
  %17 = icmp eq i8 %15, 0
  br i1 %17, label %18, label %24

18:                                               ; preds = %14
  store i8 0, ptr %1, align 4, !tbaa !6
  br label %151

19:                                               ; preds = %3, %19
  %20 = phi ptr [ %21, %19 ], [ %5, %3 ]
  %21 = getelementptr inbounds i8, ptr %20, i64 1
  %22 = load i8, ptr %21, align 1, !tbaa !6
  %23 = icmp eq i8 %22, 32
  br i1 %23, label %19, label %14, !llvm.loop !9

24:                                               ; preds = %14, %31
  %25 = phi i8 [ %35, %31 ], [ %15, %14 ]
  %26 = phi ptr [ %32, %31 ], [ %16, %14 ]
  %27 = phi i64 [ %33, %31 ], [ 0, %14 ]
  %28 = icmp ne i8 %25, 32
  %29 = icmp ult i64 %27, 31
  %30 = select i1 %28, i1 %29, i1 false
  br i1 %30, label %31, label %39

31:                                               ; preds = %24
  %32 = getelementptr inbounds i8, ptr %26, i64 1
  %33 = add nuw nsw i64 %27, 1
  %34 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %27
  store i8 %25, ptr %34, align 1, !tbaa !6
  %35 = load i8, ptr %32, align 1, !tbaa !6
  %36 = icmp eq i8 %35, 0
  br i1 %36, label %37, label %24, !llvm.loop !11

37:                                               ; preds = %31
  %38 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %33
  store i8 0, ptr %38, align 1, !tbaa !6
  br label %42

39:                                               ; preds = %24
  %40 = getelementptr inbounds [32 x i8], ptr %1, i64 0, i64 %27
  store i8 0, ptr %40, align 1, !tbaa !6
  %41 = icmp eq i64 %27, 0
  br i1 %41, label %151, label %42, !llvm.loop !12

42:                                               ; preds = %37, %39
  %43 = phi ptr [ %32, %37 ], [ %26, %39 ]
  %44 = load i8, ptr %1, align 4, !tbaa !6
  %45 = icmp eq i8 %44, 0
  br i1 %45, label %56, label %46

46:                                               ; preds = %42, %46
  %47 = phi i8 [ %54, %46 ], [ %44, %42 ]
  %48 = phi i64 [ %52, %46 ], [ 1469598103934665603, %42 ]
  %49 = phi ptr [ %53, %46 ], [ %1, %42 ]
  %50 = zext i8 %47 to i64
  %51 = xor i64 %48, %50
  %52 = mul i64 %51, 1099511628211
  %53 = getelementptr inbounds i8, ptr %49, i64 1
  %54 = load i8, ptr %53, align 1, !tbaa !6
  %55 = icmp eq i8 %54, 0
  br i1 %55, label %56, label %46, !llvm.loop !13

56:                                               ; preds = %46, %42
  %57 = phi i64 [ 1469598103934665603, %42 ], [ %52, %46 ]
  %58 = urem i64 %57, %7
  %59 = getelementptr inbounds ptr, ptr %6, i64 %58
  %60 = load ptr, ptr %59, align 8, !tbaa !14
  %61 = icmp eq ptr %60, null
  br i1 %61, label %75, label %62

62:                                               ; preds = %56, %67
  %63 = phi ptr [ %69, %67 ], [ %60, %56 ]
  %64 = load ptr, ptr %63, align 8, !tbaa !16
  %65 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %64, ptr noundef nonnull readonly dereferenceable(1) %1) #11
  %66 = icmp eq i32 %65, 0
  br i1 %66, label %71, label %67

67:                                               ; preds = %62
  %68 = getelementptr inbounds i8, ptr %63, i64 16
  %69 = load ptr, ptr %68, align 8, !tbaa !14
  %70 = icmp eq ptr %69, null
  br i1 %70, label %75, label %62, !llvm.loop !19

71:                                               ; preds = %62
  %72 = getelementptr inbounds i8, ptr %63, i64 8
  %73 = load i32, ptr %72, align 4, !tbaa !20
  %74 = add nsw i32 %73, 1
  br label %75

75:                                               ; preds = %67, %56, %71
  %76 = phi i32 [ %74, %71 ], [ 1, %56 ], [ 1, %67 ]
  br i1 %45, label %87, label %77

77:                                               ; preds = %75, %77
  %78 = phi i8 [ %85, %77 ], [ %44, %75 ]
  %79 = phi i64 [ %83, %77 ], [ 1469598103934665603, %75 ]
  %80 = phi ptr [ %84, %77 ], [ %1, %75 ]
  %81 = zext i8 %78 to i64
  %82 = xor i64 %79, %81
  %83 = mul i64 %82, 1099511628211
  %84 = getelementptr inbounds i8, ptr %80, i64 1
  %85 = load i8, ptr %84, align 1, !tbaa !6
  %86 = icmp eq i8 %85, 0
  br i1 %86, label %87, label %77, !llvm.loop !13

87:                                               ; preds = %77, %75
  %88 = phi i64 [ 1469598103934665603, %75 ], [ %83, %77 ]
  %89 = urem i64 %88, %7
  %90 = getelementptr inbounds ptr, ptr %6, i64 %89
  %91 = load ptr, ptr %90, align 8, !tbaa !14
  %92 = icmp eq ptr %91, null
  br i1 %92, label %104, label %93

93:                                               ; preds = %87, %100
  %94 = phi ptr [ %102, %100 ], [ %91, %87 ]
  %95 = load ptr, ptr %94, align 8, !tbaa !16
  %96 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %95, ptr noundef nonnull readonly dereferenceable(1) %1) #11
  %97 = icmp eq i32 %96, 0
  br i1 %97, label %98, label %100

98:                                               ; preds = %93
  %99 = getelementptr inbounds i8, ptr %94, i64 8
  store i32 %76, ptr %99, align 8, !tbaa !21
  br label %151

100:                                              ; preds = %93
  %101 = getelementptr inbounds i8, ptr %94, i64 16
  %102 = load ptr, ptr %101, align 8, !tbaa !14
  %103 = icmp eq ptr %102, null
  br i1 %103, label %104, label %93, !llvm.loop !22

104:                                              ; preds = %100, %87
  %105 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #12
  %106 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %1) #11
  %107 = add i64 %106, 1
  %108 = tail call noalias ptr @malloc(i64 noundef %107) #12
  store ptr %108, ptr %105, align 8, !tbaa !16
  %109 = call ptr @strcpy(ptr noundef nonnull dereferenceable(1) %108, ptr noundef nonnull readonly dereferenceable(1) %1) #10
  %110 = getelementptr inbounds i8, ptr %105, i64 8
  store i32 %76, ptr %110, align 8, !tbaa !21
  %111 = getelementptr inbounds i8, ptr %105, i64 16
  store ptr %91, ptr %111, align 8, !tbaa !23
  store ptr %105, ptr %90, align 8, !tbaa !14
  %112 = add i64 %8, 1
  %113 = mul i64 %7, 3
  %114 = lshr i64 %113, 2
  %115 = icmp ugt i64 %112, %114
  br i1 %115, label %116, label %151

116:                                              ; preds = %104
  %117 = shl i64 %7, 1
  %118 = tail call noalias ptr @calloc(i64 noundef %117, i64 noundef 8) #9
  br label %119

119:                                              ; preds = %147, %116
  %120 = phi i64 [ %148, %147 ], [ 0, %116 ]
  %121 = getelementptr inbounds ptr, ptr %6, i64 %120
  %122 = load ptr, ptr %121, align 8, !tbaa !14
  %123 = icmp eq ptr %122, null
  br i1 %123, label %147, label %124

124:                                              ; preds = %119, %141
  %125 = phi ptr [ %127, %141 ], [ %122, %119 ]
  %126 = getelementptr inbounds i8, ptr %125, i64 16
  %127 = load ptr, ptr %126, align 8, !tbaa !23
  %128 = load ptr, ptr %125, align 8, !tbaa !16
  %129 = load i8, ptr %128, align 1, !tbaa !6
  %130 = icmp eq i8 %129, 0
  br i1 %130, label %141, label %131

131:                                              ; preds = %124, %131
  %132 = phi i8 [ %139, %131 ], [ %129, %124 ]
  %133 = phi i64 [ %137, %131 ], [ 1469598103934665603, %124 ]
  %134 = phi ptr [ %138, %131 ], [ %128, %124 ]
  %135 = zext i8 %132 to i64
  %136 = xor i64 %133, %135
  %137 = mul i64 %136, 1099511628211
  %138 = getelementptr inbounds i8, ptr %134, i64 1
  %139 = load i8, ptr %138, align 1, !tbaa !6
  %140 = icmp eq i8 %139, 0
  br i1 %140, label %141, label %131, !llvm.loop !13

141:                                              ; preds = %131, %124
  %142 = phi i64 [ 1469598103934665603, %124 ], [ %137, %131 ]
  %143 = urem i64 %142, %117
  %144 = getelementptr inbounds ptr, ptr %118, i64 %143
  %145 = load ptr, ptr %144, align 8, !tbaa !14
  store ptr %145, ptr %126, align 8, !tbaa !23
  store ptr %125, ptr %144, align 8, !tbaa !14
  %146 = icmp eq ptr %127, null
  br i1 %146, label %147, label %124, !llvm.loop !24

147:                                              ; preds = %141, %119
  %148 = add nuw i64 %120, 1
  %149 = icmp eq i64 %148, %7
  br i1 %149, label %150, label %119, !llvm.loop !25

150:                                              ; preds = %147
  tail call void @free(ptr noundef %6) #10
  br label %151

151:                                              ; preds = %18, %150, %104, %98, %39
  %152 = phi ptr [ %26, %39 ], [ %43, %150 ], [ %43, %104 ], [ %43, %98 ], [ %16, %18 ]
  %153 = phi i64 [ %8, %39 ], [ %112, %150 ], [ %112, %104 ], [ %8, %98 ], [ %8, %18 ]
  %154 = phi i64 [ %7, %39 ], [ %117, %150 ], [ %7, %104 ], [ %7, %98 ], [ %7, %18 ]
  %155 = phi ptr [ %6, %39 ], [ %118, %150 ], [ %6, %104 ], [ %6, %98 ], [ %6, %18 ]
  %156 = load i8, ptr %152, align 1, !tbaa !6
  %157 = icmp eq i8 %156, 0
  br i1 %157, label %12, label %3

158:                                              ; preds = %253
  %159 = load ptr, ptr %256, align 8, !tbaa !16
  %160 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %159, ptr noundef nonnull readonly dereferenceable(4) @.str.2) #11
  %161 = icmp eq i32 %160, 0
  br i1 %161, label %168, label %175

162:                                              ; preds = %175
  %163 = load ptr, ptr %178, align 8, !tbaa !16
  %164 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %163, ptr noundef nonnull readonly dereferenceable(4) @.str.2) #11
  %165 = icmp eq i32 %164, 0
  br i1 %165, label %166, label %175, !llvm.loop !26

166:                                              ; preds = %162
  %167 = getelementptr inbounds i8, ptr %176, i64 16
  br label %168

168:                                              ; preds = %166, %158
  %169 = phi ptr [ %256, %158 ], [ %178, %166 ]
  %170 = phi ptr [ %255, %158 ], [ %167, %166 ]
  %171 = getelementptr inbounds i8, ptr %169, i64 16
  %172 = load ptr, ptr %171, align 8, !tbaa !23
  store ptr %172, ptr %170, align 8, !tbaa !14
  %173 = load ptr, ptr %169, align 8, !tbaa !16
  tail call void @free(ptr noundef %173) #10
  tail call void @free(ptr noundef nonnull %169) #10
  %174 = add i64 %153, -1
  br label %180

175:                                              ; preds = %158, %162
  %176 = phi ptr [ %178, %162 ], [ %256, %158 ]
  %177 = getelementptr inbounds i8, ptr %176, i64 16
  %178 = load ptr, ptr %177, align 8, !tbaa !14
  %179 = icmp eq ptr %178, null
  br i1 %179, label %180, label %162, !llvm.loop !26

180:                                              ; preds = %175, %253, %168
  %181 = phi i64 [ %153, %253 ], [ %174, %168 ], [ %153, %175 ]
  %182 = phi i32 [ 0, %253 ], [ 1, %168 ], [ 0, %175 ]
  %183 = urem i64 -3511208671495821467, %154
  %184 = getelementptr inbounds ptr, ptr %155, i64 %183
  %185 = load ptr, ptr %184, align 8, !tbaa !14
  %186 = icmp eq ptr %185, null
  br i1 %186, label %209, label %187

187:                                              ; preds = %180
  %188 = load ptr, ptr %185, align 8, !tbaa !16
  %189 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %188, ptr noundef nonnull readonly dereferenceable(4) @.str.5) #11
  %190 = icmp eq i32 %189, 0
  br i1 %190, label %197, label %204

191:                                              ; preds = %204
  %192 = load ptr, ptr %207, align 8, !tbaa !16
  %193 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %192, ptr noundef nonnull readonly dereferenceable(4) @.str.5) #11
  %194 = icmp eq i32 %193, 0
  br i1 %194, label %195, label %204, !llvm.loop !26

195:                                              ; preds = %191
  %196 = getelementptr inbounds i8, ptr %205, i64 16
  br label %197

197:                                              ; preds = %195, %187
  %198 = phi ptr [ %185, %187 ], [ %207, %195 ]
  %199 = phi ptr [ %184, %187 ], [ %196, %195 ]
  %200 = getelementptr inbounds i8, ptr %198, i64 16
  %201 = load ptr, ptr %200, align 8, !tbaa !23
  store ptr %201, ptr %199, align 8, !tbaa !14
  %202 = load ptr, ptr %198, align 8, !tbaa !16
  tail call void @free(ptr noundef %202) #10
  tail call void @free(ptr noundef nonnull %198) #10
  %203 = add i64 %181, -1
  br label %209

204:                                              ; preds = %187, %191
  %205 = phi ptr [ %207, %191 ], [ %185, %187 ]
  %206 = getelementptr inbounds i8, ptr %205, i64 16
  %207 = load ptr, ptr %206, align 8, !tbaa !14
  %208 = icmp eq ptr %207, null
  br i1 %208, label %209, label %191, !llvm.loop !26

209:                                              ; preds = %204, %180, %197
  %210 = phi i64 [ %181, %180 ], [ %203, %197 ], [ %181, %204 ]
  %211 = phi i32 [ 0, %180 ], [ 1, %197 ], [ 0, %204 ]
  %212 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %182, i32 noundef %211, i64 noundef %210)
  %213 = tail call i64 @llvm.umax.i64(i64 %154, i64 1)
  br label %260

214:                                              ; preds = %12, %248
  %215 = phi i64 [ 0, %12 ], [ %251, %248 ]
  %216 = getelementptr inbounds [6 x ptr], ptr @__const.main.probe, i64 0, i64 %215
  %217 = load ptr, ptr %216, align 8, !tbaa !14
  %218 = load i8, ptr %217, align 1, !tbaa !6
  %219 = icmp eq i8 %218, 0
  br i1 %219, label %230, label %220

220:                                              ; preds = %214, %220
  %221 = phi i8 [ %228, %220 ], [ %218, %214 ]
  %222 = phi i64 [ %226, %220 ], [ 1469598103934665603, %214 ]
  %223 = phi ptr [ %227, %220 ], [ %217, %214 ]
  %224 = zext i8 %221 to i64
  %225 = xor i64 %222, %224
  %226 = mul i64 %225, 1099511628211
  %227 = getelementptr inbounds i8, ptr %223, i64 1
  %228 = load i8, ptr %227, align 1, !tbaa !6
  %229 = icmp eq i8 %228, 0
  br i1 %229, label %230, label %220, !llvm.loop !13

230:                                              ; preds = %220, %214
  %231 = phi i64 [ 1469598103934665603, %214 ], [ %226, %220 ]
  %232 = urem i64 %231, %154
  %233 = getelementptr inbounds ptr, ptr %155, i64 %232
  %234 = load ptr, ptr %233, align 8, !tbaa !14
  %235 = icmp eq ptr %234, null
  br i1 %235, label %248, label %236

236:                                              ; preds = %230, %241
  %237 = phi ptr [ %243, %241 ], [ %234, %230 ]
  %238 = load ptr, ptr %237, align 8, !tbaa !16
  %239 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %238, ptr noundef nonnull readonly dereferenceable(1) %217) #11
  %240 = icmp eq i32 %239, 0
  br i1 %240, label %245, label %241

241:                                              ; preds = %236
  %242 = getelementptr inbounds i8, ptr %237, i64 16
  %243 = load ptr, ptr %242, align 8, !tbaa !14
  %244 = icmp eq ptr %243, null
  br i1 %244, label %248, label %236, !llvm.loop !19

245:                                              ; preds = %236
  %246 = getelementptr inbounds i8, ptr %237, i64 8
  %247 = load i32, ptr %246, align 4, !tbaa !20
  br label %248

248:                                              ; preds = %241, %230, %245
  %249 = phi i32 [ %247, %245 ], [ 0, %230 ], [ 0, %241 ]
  %250 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %217, i32 noundef %249)
  %251 = add nuw nsw i64 %215, 1
  %252 = icmp eq i64 %251, 6
  br i1 %252, label %253, label %214, !llvm.loop !27

253:                                              ; preds = %248
  %254 = urem i64 -7595236858835644154, %154
  %255 = getelementptr inbounds ptr, ptr %155, i64 %254
  %256 = load ptr, ptr %255, align 8, !tbaa !14
  %257 = icmp eq ptr %256, null
  br i1 %257, label %180, label %158

258:                                              ; preds = %267
  %259 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %268, i32 noundef %270)
  br label %284

260:                                              ; preds = %209, %267
  %261 = phi i64 [ 0, %209 ], [ %271, %267 ]
  %262 = phi i32 [ 0, %209 ], [ %270, %267 ]
  %263 = phi i32 [ 0, %209 ], [ %268, %267 ]
  %264 = getelementptr inbounds ptr, ptr %155, i64 %261
  %265 = load ptr, ptr %264, align 8, !tbaa !14
  %266 = icmp eq ptr %265, null
  br i1 %266, label %267, label %273

267:                                              ; preds = %273, %260
  %268 = phi i32 [ %263, %260 ], [ %279, %273 ]
  %269 = phi i32 [ 0, %260 ], [ %280, %273 ]
  %270 = tail call i32 @llvm.smax.i32(i32 %269, i32 %262)
  %271 = add nuw i64 %261, 1
  %272 = icmp eq i64 %271, %213
  br i1 %272, label %258, label %260, !llvm.loop !28

273:                                              ; preds = %260, %273
  %274 = phi ptr [ %282, %273 ], [ %265, %260 ]
  %275 = phi i32 [ %280, %273 ], [ 0, %260 ]
  %276 = phi i32 [ %279, %273 ], [ %263, %260 ]
  %277 = getelementptr inbounds i8, ptr %274, i64 8
  %278 = load i32, ptr %277, align 8, !tbaa !21
  %279 = add nsw i32 %278, %276
  %280 = add nuw nsw i32 %275, 1
  %281 = getelementptr inbounds i8, ptr %274, i64 16
  %282 = load ptr, ptr %281, align 8, !tbaa !14
  %283 = icmp eq ptr %282, null
  br i1 %283, label %267, label %273, !llvm.loop !29

284:                                              ; preds = %258, %341
  %285 = phi i64 [ 0, %258 ], [ %343, %341 ]
  %286 = phi i64 [ %210, %258 ], [ %342, %341 ]
  %287 = getelementptr inbounds ptr, ptr %155, i64 %285
  %288 = load ptr, ptr %287, align 8, !tbaa !14
  %289 = icmp eq ptr %288, null
  br i1 %289, label %341, label %292

290:                                              ; preds = %341
  %291 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %342)
  tail call void @free(ptr noundef %155) #10
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #10
  ret i32 0

292:                                              ; preds = %284, %337
  %293 = phi ptr [ %338, %337 ], [ %288, %284 ]
  %294 = phi i64 [ %339, %337 ], [ %286, %284 ]
  %295 = load ptr, ptr %293, align 8, !tbaa !16
  %296 = load i8, ptr %295, align 1, !tbaa !6
  %297 = icmp eq i8 %296, 0
  br i1 %297, label %308, label %298

298:                                              ; preds = %292, %298
  %299 = phi i8 [ %306, %298 ], [ %296, %292 ]
  %300 = phi i64 [ %304, %298 ], [ 1469598103934665603, %292 ]
  %301 = phi ptr [ %305, %298 ], [ %295, %292 ]
  %302 = zext i8 %299 to i64
  %303 = xor i64 %300, %302
  %304 = mul i64 %303, 1099511628211
  %305 = getelementptr inbounds i8, ptr %301, i64 1
  %306 = load i8, ptr %305, align 1, !tbaa !6
  %307 = icmp eq i8 %306, 0
  br i1 %307, label %308, label %298, !llvm.loop !13

308:                                              ; preds = %298, %292
  %309 = phi i64 [ 1469598103934665603, %292 ], [ %304, %298 ]
  %310 = urem i64 %309, %154
  %311 = getelementptr inbounds ptr, ptr %155, i64 %310
  %312 = load ptr, ptr %311, align 8, !tbaa !14
  %313 = icmp eq ptr %312, null
  br i1 %313, label %337, label %314

314:                                              ; preds = %308
  %315 = load ptr, ptr %312, align 8, !tbaa !16
  %316 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %315, ptr noundef nonnull readonly dereferenceable(1) %295) #11
  %317 = icmp eq i32 %316, 0
  br i1 %317, label %324, label %332

318:                                              ; preds = %332
  %319 = load ptr, ptr %335, align 8, !tbaa !16
  %320 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %319, ptr noundef nonnull readonly dereferenceable(1) %295) #11
  %321 = icmp eq i32 %320, 0
  br i1 %321, label %322, label %332, !llvm.loop !26

322:                                              ; preds = %318
  %323 = getelementptr inbounds i8, ptr %333, i64 16
  br label %324

324:                                              ; preds = %322, %314
  %325 = phi ptr [ %312, %314 ], [ %335, %322 ]
  %326 = phi ptr [ %311, %314 ], [ %323, %322 ]
  %327 = getelementptr inbounds i8, ptr %325, i64 16
  %328 = load ptr, ptr %327, align 8, !tbaa !23
  store ptr %328, ptr %326, align 8, !tbaa !14
  %329 = load ptr, ptr %325, align 8, !tbaa !16
  tail call void @free(ptr noundef %329) #10
  tail call void @free(ptr noundef nonnull %325) #10
  %330 = add i64 %294, -1
  %331 = load ptr, ptr %287, align 8, !tbaa !14
  br label %337

332:                                              ; preds = %314, %318
  %333 = phi ptr [ %335, %318 ], [ %312, %314 ]
  %334 = getelementptr inbounds i8, ptr %333, i64 16
  %335 = load ptr, ptr %334, align 8, !tbaa !14
  %336 = icmp eq ptr %335, null
  br i1 %336, label %337, label %318, !llvm.loop !26

337:                                              ; preds = %332, %308, %324
  %338 = phi ptr [ %293, %308 ], [ %331, %324 ], [ %293, %332 ]
  %339 = phi i64 [ %294, %308 ], [ %330, %324 ], [ %294, %332 ]
  %340 = icmp eq ptr %338, null
  br i1 %340, label %341, label %292, !llvm.loop !30

341:                                              ; preds = %337, %284
  %342 = phi i64 [ %286, %284 ], [ %339, %337 ]
  %343 = add nuw i64 %285, 1
  %344 = icmp eq i64 %343, %213
  br i1 %344, label %290, label %284, !llvm.loop !31
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strcpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #8

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind }
attributes #11 = { nounwind willreturn memory(read) }
attributes #12 = { nounwind allocsize(0) }

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
!13 = distinct !{!13, !10}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !15, i64 0}
!17 = !{!"Entry", !15, i64 0, !18, i64 8, !15, i64 16}
!18 = !{!"int", !7, i64 0}
!19 = distinct !{!19, !10}
!20 = !{!18, !18, i64 0}
!21 = !{!17, !18, i64 8}
!22 = distinct !{!22, !10}
!23 = !{!17, !15, i64 16}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !10}
!27 = distinct !{!27, !10}
!28 = distinct !{!28, !10}
!29 = distinct !{!29, !10}
!30 = distinct !{!30, !10}
!31 = distinct !{!31, !10}
