; ModuleID = 'qsort_bsearch.c'
source_filename = "qsort_bsearch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Person = type { ptr, i32 }

@.str = private unnamed_addr constant [8 x i8] c"sorted:\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"find %d -> index %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"find missing -> %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"hit\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"null\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"desc: %d %d ... %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"%g \00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.15 = private unnamed_addr constant [11 x i8] c"elderberry\00", align 1
@__const.main.words = private unnamed_addr constant [7 x ptr] [ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15], align 16
@.str.16 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"date at %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"zed\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"amy\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"dan\00", align 1
@__const.main.people = private unnamed_addr constant [5 x %struct.Person] [%struct.Person { ptr @.str.18, i32 30 }, %struct.Person { ptr @.str.19, i32 25 }, %struct.Person { ptr @.str.20, i32 30 }, %struct.Person { ptr @.str.21, i32 19 }, %struct.Person { ptr @.str.22, i32 25 }], align 16
@.str.23 = private unnamed_addr constant [8 x i8] c"%s(%d) \00", align 1
@.str.24 = private unnamed_addr constant [17 x i8] c"bob found at %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [20 x i32], align 16
  %2 = alloca [7 x double], align 16
  %3 = alloca [7 x ptr], align 16
  %4 = alloca [5 x %struct.Person], align 16
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %1) #10
  br label %69

5:                                                ; preds = %69
  call void @qsort(ptr noundef nonnull %1, i64 noundef 20, i64 noundef 4, ptr noundef nonnull @cmp_int) #10
  %6 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str)
  %7 = load i32, ptr %1, align 16, !tbaa !5
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %7)
  %9 = getelementptr inbounds i8, ptr %1, i64 4
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %10)
  %12 = getelementptr inbounds i8, ptr %1, i64 8
  %13 = load i32, ptr %12, align 8, !tbaa !5
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %13)
  %15 = getelementptr inbounds i8, ptr %1, i64 12
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %16)
  %18 = getelementptr inbounds i8, ptr %1, i64 16
  %19 = load i32, ptr %18, align 16, !tbaa !5
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %19)
  %21 = getelementptr inbounds i8, ptr %1, i64 20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %22)
  %24 = getelementptr inbounds i8, ptr %1, i64 24
  %25 = load i32, ptr %24, align 8, !tbaa !5
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %25)
  %27 = getelementptr inbounds i8, ptr %1, i64 28
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %28)
  %30 = getelementptr inbounds i8, ptr %1, i64 32
  %31 = load i32, ptr %30, align 16, !tbaa !5
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %31)
  %33 = getelementptr inbounds i8, ptr %1, i64 36
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %34)
  %36 = getelementptr inbounds i8, ptr %1, i64 40
  %37 = load i32, ptr %36, align 8, !tbaa !5
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %37)
  %39 = getelementptr inbounds i8, ptr %1, i64 44
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %40)
  %42 = getelementptr inbounds i8, ptr %1, i64 48
  %43 = load i32, ptr %42, align 16, !tbaa !5
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %43)
  %45 = getelementptr inbounds i8, ptr %1, i64 52
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %46)
  %48 = getelementptr inbounds i8, ptr %1, i64 56
  %49 = load i32, ptr %48, align 8, !tbaa !5
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49)
  %51 = getelementptr inbounds i8, ptr %1, i64 60
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %52)
  %54 = getelementptr inbounds i8, ptr %1, i64 64
  %55 = load i32, ptr %54, align 16, !tbaa !5
  %56 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %55)
  %57 = getelementptr inbounds i8, ptr %1, i64 68
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %58)
  %60 = getelementptr inbounds i8, ptr %1, i64 72
  %61 = load i32, ptr %60, align 8, !tbaa !5
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %61)
  %63 = getelementptr inbounds i8, ptr %1, i64 76
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %64)
  %66 = call i32 @putchar(i32 10)
  %67 = ptrtoint ptr %1 to i64
  %68 = load i32, ptr %1, align 16, !tbaa !5
  br label %163

69:                                               ; preds = %69, %0
  %70 = phi i64 [ 0, %0 ], [ %89, %69 ]
  %71 = phi i32 [ 12345, %0 ], [ %82, %69 ]
  %72 = mul i32 %71, 1103515245
  %73 = add i32 %72, 12345
  %74 = lshr i32 %73, 16
  %75 = trunc nuw i32 %74 to i16
  %76 = urem i16 %75, 1000
  %77 = zext nneg i16 %76 to i32
  %78 = add nsw i32 %77, -500
  %79 = getelementptr inbounds [20 x i32], ptr %1, i64 0, i64 %70
  store i32 %78, ptr %79, align 8, !tbaa !5
  %80 = or disjoint i64 %70, 1
  %81 = mul i32 %73, 1103515245
  %82 = add i32 %81, 12345
  %83 = lshr i32 %82, 16
  %84 = trunc nuw i32 %83 to i16
  %85 = urem i16 %84, 1000
  %86 = zext nneg i16 %85 to i32
  %87 = add nsw i32 %86, -500
  %88 = getelementptr inbounds [20 x i32], ptr %1, i64 0, i64 %80
  store i32 %87, ptr %88, align 4, !tbaa !5
  %89 = add nuw nsw i64 %70, 2
  %90 = icmp eq i64 %89, 20
  br i1 %90, label %5, label %69, !llvm.loop !9

91:                                               ; preds = %289, %109
  %92 = phi i64 [ %111, %109 ], [ 0, %289 ]
  %93 = phi i64 [ %110, %109 ], [ 20, %289 ]
  %94 = add i64 %93, %92
  %95 = lshr i64 %94, 1
  %96 = shl i64 %95, 2
  %97 = getelementptr inbounds i8, ptr %1, i64 %96
  %98 = load i32, ptr %97, align 4, !tbaa !5
  %99 = icmp slt i32 %98, 10000
  %100 = zext i1 %99 to i32
  %101 = icmp sgt i32 %98, 10000
  %102 = sext i1 %101 to i32
  %103 = add nsw i32 %102, %100
  %104 = icmp slt i32 %103, 0
  br i1 %104, label %109, label %105

105:                                              ; preds = %91
  %106 = icmp eq i32 %103, 0
  br i1 %106, label %113, label %107

107:                                              ; preds = %105
  %108 = add nuw i64 %95, 1
  br label %109

109:                                              ; preds = %107, %91
  %110 = phi i64 [ %93, %107 ], [ %95, %91 ]
  %111 = phi i64 [ %108, %107 ], [ %92, %91 ]
  %112 = icmp ult i64 %111, %110
  br i1 %112, label %91, label %113, !llvm.loop !11

113:                                              ; preds = %105, %109
  %114 = phi ptr [ @.str.6, %109 ], [ @.str.5, %105 ]
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %114)
  call void @qsort(ptr noundef nonnull %1, i64 noundef 20, i64 noundef 4, ptr noundef nonnull @cmp_int_desc) #10
  %116 = load i32, ptr %1, align 16, !tbaa !5
  %117 = load i32, ptr %9, align 4, !tbaa !5
  %118 = load i32, ptr %63, align 4, !tbaa !5
  %119 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %116, i32 noundef %117, i32 noundef %118)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %2) #10
  %120 = getelementptr inbounds i8, ptr %2, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %120, i8 0, i64 16, i1 false)
  %121 = getelementptr inbounds i8, ptr %2, i64 8
  store <2 x double> <double 3.500000e+00, double -1.000000e+00>, ptr %2, align 16
  %122 = getelementptr inbounds i8, ptr %2, i64 16
  %123 = getelementptr inbounds i8, ptr %2, i64 24
  store <2 x double> <double 2.250000e+00, double 1.000000e+10>, ptr %122, align 16
  %124 = getelementptr inbounds i8, ptr %2, i64 32
  store double -1.000000e-03, ptr %124, align 16
  %125 = getelementptr inbounds i8, ptr %2, i64 48
  store double 7.000000e+00, ptr %125, align 16
  call void @qsort(ptr noundef nonnull %2, i64 noundef 7, i64 noundef 8, ptr noundef nonnull @cmp_double) #10
  %126 = load double, ptr %2, align 16, !tbaa !12
  %127 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %126)
  %128 = load double, ptr %121, align 8, !tbaa !12
  %129 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %128)
  %130 = load double, ptr %122, align 16, !tbaa !12
  %131 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %130)
  %132 = load double, ptr %123, align 8, !tbaa !12
  %133 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %132)
  %134 = load double, ptr %124, align 16, !tbaa !12
  %135 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %134)
  %136 = getelementptr inbounds i8, ptr %2, i64 40
  %137 = load double, ptr %136, align 8, !tbaa !12
  %138 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %137)
  %139 = load double, ptr %125, align 16, !tbaa !12
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %139)
  %141 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %3) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(56) %3, ptr noundef nonnull align 16 dereferenceable(56) @__const.main.words, i64 56, i1 false)
  call void @qsort(ptr noundef nonnull %3, i64 noundef 7, i64 noundef 8, ptr noundef nonnull @cmp_str) #10
  %142 = load ptr, ptr %3, align 16, !tbaa !14
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %142)
  %144 = getelementptr inbounds i8, ptr %3, i64 8
  %145 = load ptr, ptr %144, align 8, !tbaa !14
  %146 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %145)
  %147 = getelementptr inbounds i8, ptr %3, i64 16
  %148 = load ptr, ptr %147, align 16, !tbaa !14
  %149 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %148)
  %150 = getelementptr inbounds i8, ptr %3, i64 24
  %151 = load ptr, ptr %150, align 8, !tbaa !14
  %152 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %151)
  %153 = getelementptr inbounds i8, ptr %3, i64 32
  %154 = load ptr, ptr %153, align 16, !tbaa !14
  %155 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %154)
  %156 = getelementptr inbounds i8, ptr %3, i64 40
  %157 = load ptr, ptr %156, align 8, !tbaa !14
  %158 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %157)
  %159 = getelementptr inbounds i8, ptr %3, i64 48
  %160 = load ptr, ptr %159, align 16, !tbaa !14
  %161 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %160)
  %162 = call i32 @putchar(i32 10)
  br label %298

163:                                              ; preds = %181, %5
  %164 = phi i64 [ %183, %181 ], [ 0, %5 ]
  %165 = phi i64 [ %182, %181 ], [ 20, %5 ]
  %166 = add i64 %165, %164
  %167 = lshr i64 %166, 1
  %168 = shl i64 %167, 2
  %169 = getelementptr inbounds i8, ptr %1, i64 %168
  %170 = load i32, ptr %169, align 4, !tbaa !5
  %171 = icmp sgt i32 %68, %170
  %172 = zext i1 %171 to i32
  %173 = icmp slt i32 %68, %170
  %174 = sext i1 %173 to i32
  %175 = add nsw i32 %174, %172
  %176 = icmp slt i32 %175, 0
  br i1 %176, label %181, label %177

177:                                              ; preds = %163
  %178 = icmp eq i32 %175, 0
  br i1 %178, label %185, label %179

179:                                              ; preds = %177
  %180 = add nuw i64 %167, 1
  br label %181

181:                                              ; preds = %179, %163
  %182 = phi i64 [ %165, %179 ], [ %167, %163 ]
  %183 = phi i64 [ %180, %179 ], [ %164, %163 ]
  %184 = icmp ult i64 %183, %182
  br i1 %184, label %163, label %187, !llvm.loop !11

185:                                              ; preds = %177
  %186 = getelementptr inbounds i8, ptr %1, i64 %168
  br label %187

187:                                              ; preds = %181, %185
  %188 = phi ptr [ %186, %185 ], [ null, %181 ]
  %189 = icmp eq ptr %188, null
  %190 = ptrtoint ptr %188 to i64
  %191 = sub i64 %190, %67
  %192 = lshr exact i64 %191, 2
  %193 = trunc i64 %192 to i32
  %194 = select i1 %189, i32 -1, i32 %193
  %195 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %68, i32 noundef %194)
  %196 = load i32, ptr %24, align 8, !tbaa !5
  br label %197

197:                                              ; preds = %215, %187
  %198 = phi i64 [ %217, %215 ], [ 0, %187 ]
  %199 = phi i64 [ %216, %215 ], [ 20, %187 ]
  %200 = add i64 %199, %198
  %201 = lshr i64 %200, 1
  %202 = shl i64 %201, 2
  %203 = getelementptr inbounds i8, ptr %1, i64 %202
  %204 = load i32, ptr %203, align 4, !tbaa !5
  %205 = icmp sgt i32 %196, %204
  %206 = zext i1 %205 to i32
  %207 = icmp slt i32 %196, %204
  %208 = sext i1 %207 to i32
  %209 = add nsw i32 %208, %206
  %210 = icmp slt i32 %209, 0
  br i1 %210, label %215, label %211

211:                                              ; preds = %197
  %212 = icmp eq i32 %209, 0
  br i1 %212, label %219, label %213

213:                                              ; preds = %211
  %214 = add nuw i64 %201, 1
  br label %215

215:                                              ; preds = %213, %197
  %216 = phi i64 [ %199, %213 ], [ %201, %197 ]
  %217 = phi i64 [ %214, %213 ], [ %198, %197 ]
  %218 = icmp ult i64 %217, %216
  br i1 %218, label %197, label %221, !llvm.loop !11

219:                                              ; preds = %211
  %220 = getelementptr inbounds i8, ptr %1, i64 %202
  br label %221

221:                                              ; preds = %215, %219
  %222 = phi ptr [ %220, %219 ], [ null, %215 ]
  %223 = icmp eq ptr %222, null
  %224 = ptrtoint ptr %222 to i64
  %225 = sub i64 %224, %67
  %226 = lshr exact i64 %225, 2
  %227 = trunc i64 %226 to i32
  %228 = select i1 %223, i32 -1, i32 %227
  %229 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %196, i32 noundef %228)
  %230 = load i32, ptr %42, align 16, !tbaa !5
  br label %231

231:                                              ; preds = %249, %221
  %232 = phi i64 [ %251, %249 ], [ 0, %221 ]
  %233 = phi i64 [ %250, %249 ], [ 20, %221 ]
  %234 = add i64 %233, %232
  %235 = lshr i64 %234, 1
  %236 = shl i64 %235, 2
  %237 = getelementptr inbounds i8, ptr %1, i64 %236
  %238 = load i32, ptr %237, align 4, !tbaa !5
  %239 = icmp sgt i32 %230, %238
  %240 = zext i1 %239 to i32
  %241 = icmp slt i32 %230, %238
  %242 = sext i1 %241 to i32
  %243 = add nsw i32 %242, %240
  %244 = icmp slt i32 %243, 0
  br i1 %244, label %249, label %245

245:                                              ; preds = %231
  %246 = icmp eq i32 %243, 0
  br i1 %246, label %253, label %247

247:                                              ; preds = %245
  %248 = add nuw i64 %235, 1
  br label %249

249:                                              ; preds = %247, %231
  %250 = phi i64 [ %233, %247 ], [ %235, %231 ]
  %251 = phi i64 [ %248, %247 ], [ %232, %231 ]
  %252 = icmp ult i64 %251, %250
  br i1 %252, label %231, label %255, !llvm.loop !11

253:                                              ; preds = %245
  %254 = getelementptr inbounds i8, ptr %1, i64 %236
  br label %255

255:                                              ; preds = %249, %253
  %256 = phi ptr [ %254, %253 ], [ null, %249 ]
  %257 = icmp eq ptr %256, null
  %258 = ptrtoint ptr %256 to i64
  %259 = sub i64 %258, %67
  %260 = lshr exact i64 %259, 2
  %261 = trunc i64 %260 to i32
  %262 = select i1 %257, i32 -1, i32 %261
  %263 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %230, i32 noundef %262)
  %264 = load i32, ptr %60, align 8, !tbaa !5
  br label %265

265:                                              ; preds = %283, %255
  %266 = phi i64 [ %285, %283 ], [ 0, %255 ]
  %267 = phi i64 [ %284, %283 ], [ 20, %255 ]
  %268 = add i64 %267, %266
  %269 = lshr i64 %268, 1
  %270 = shl i64 %269, 2
  %271 = getelementptr inbounds i8, ptr %1, i64 %270
  %272 = load i32, ptr %271, align 4, !tbaa !5
  %273 = icmp sgt i32 %264, %272
  %274 = zext i1 %273 to i32
  %275 = icmp slt i32 %264, %272
  %276 = sext i1 %275 to i32
  %277 = add nsw i32 %276, %274
  %278 = icmp slt i32 %277, 0
  br i1 %278, label %283, label %279

279:                                              ; preds = %265
  %280 = icmp eq i32 %277, 0
  br i1 %280, label %287, label %281

281:                                              ; preds = %279
  %282 = add nuw i64 %269, 1
  br label %283

283:                                              ; preds = %281, %265
  %284 = phi i64 [ %267, %281 ], [ %269, %265 ]
  %285 = phi i64 [ %282, %281 ], [ %266, %265 ]
  %286 = icmp ult i64 %285, %284
  br i1 %286, label %265, label %289, !llvm.loop !11

287:                                              ; preds = %279
  %288 = getelementptr inbounds i8, ptr %1, i64 %270
  br label %289

289:                                              ; preds = %283, %287
  %290 = phi ptr [ %288, %287 ], [ null, %283 ]
  %291 = icmp eq ptr %290, null
  %292 = ptrtoint ptr %290 to i64
  %293 = sub i64 %292, %67
  %294 = lshr exact i64 %293, 2
  %295 = trunc i64 %294 to i32
  %296 = select i1 %291, i32 -1, i32 %295
  %297 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %264, i32 noundef %296)
  br label %91

298:                                              ; preds = %312, %113
  %299 = phi i64 [ %314, %312 ], [ 0, %113 ]
  %300 = phi i64 [ %313, %312 ], [ 7, %113 ]
  %301 = add i64 %300, %299
  %302 = lshr i64 %301, 1
  %303 = shl i64 %302, 3
  %304 = getelementptr inbounds i8, ptr %3, i64 %303
  %305 = load ptr, ptr %304, align 8, !tbaa !14
  %306 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.14, ptr noundef nonnull dereferenceable(1) %305) #11
  %307 = icmp slt i32 %306, 0
  br i1 %307, label %312, label %308

308:                                              ; preds = %298
  %309 = icmp eq i32 %306, 0
  br i1 %309, label %316, label %310

310:                                              ; preds = %308
  %311 = add nuw i64 %302, 1
  br label %312

312:                                              ; preds = %310, %298
  %313 = phi i64 [ %300, %310 ], [ %302, %298 ]
  %314 = phi i64 [ %311, %310 ], [ %299, %298 ]
  %315 = icmp ult i64 %314, %313
  br i1 %315, label %298, label %318, !llvm.loop !11

316:                                              ; preds = %308
  %317 = getelementptr inbounds i8, ptr %3, i64 %303
  br label %318

318:                                              ; preds = %312, %316
  %319 = phi ptr [ %317, %316 ], [ null, %312 ]
  %320 = icmp eq ptr %319, null
  %321 = ptrtoint ptr %319 to i64
  %322 = ptrtoint ptr %3 to i64
  %323 = sub i64 %321, %322
  %324 = lshr exact i64 %323, 3
  %325 = trunc i64 %324 to i32
  %326 = select i1 %320, i32 -1, i32 %325
  %327 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %326)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %4) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(80) %4, ptr noundef nonnull align 16 dereferenceable(80) @__const.main.people, i64 80, i1 false)
  call void @qsort(ptr noundef nonnull %4, i64 noundef 5, i64 noundef 16, ptr noundef nonnull @cmp_person) #10
  %328 = load ptr, ptr %4, align 16, !tbaa !16
  %329 = getelementptr inbounds i8, ptr %4, i64 8
  %330 = load i32, ptr %329, align 8, !tbaa !18
  %331 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %328, i32 noundef %330)
  %332 = getelementptr inbounds i8, ptr %4, i64 16
  %333 = load ptr, ptr %332, align 16, !tbaa !16
  %334 = getelementptr inbounds i8, ptr %4, i64 24
  %335 = load i32, ptr %334, align 8, !tbaa !18
  %336 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %333, i32 noundef %335)
  %337 = getelementptr inbounds i8, ptr %4, i64 32
  %338 = load ptr, ptr %337, align 16, !tbaa !16
  %339 = getelementptr inbounds i8, ptr %4, i64 40
  %340 = load i32, ptr %339, align 8, !tbaa !18
  %341 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %338, i32 noundef %340)
  %342 = getelementptr inbounds i8, ptr %4, i64 48
  %343 = load ptr, ptr %342, align 16, !tbaa !16
  %344 = getelementptr inbounds i8, ptr %4, i64 56
  %345 = load i32, ptr %344, align 8, !tbaa !18
  %346 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %343, i32 noundef %345)
  %347 = getelementptr inbounds i8, ptr %4, i64 64
  %348 = load ptr, ptr %347, align 16, !tbaa !16
  %349 = getelementptr inbounds i8, ptr %4, i64 72
  %350 = load i32, ptr %349, align 8, !tbaa !18
  %351 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %348, i32 noundef %350)
  %352 = call i32 @putchar(i32 10)
  br label %353

353:                                              ; preds = %375, %318
  %354 = phi i64 [ %377, %375 ], [ 0, %318 ]
  %355 = phi i64 [ %376, %375 ], [ 5, %318 ]
  %356 = add i64 %355, %354
  %357 = lshr i64 %356, 1
  %358 = shl i64 %357, 4
  %359 = getelementptr inbounds i8, ptr %4, i64 %358
  %360 = getelementptr inbounds i8, ptr %359, i64 8
  %361 = load i32, ptr %360, align 8, !tbaa !18
  %362 = icmp eq i32 %361, 30
  br i1 %362, label %365, label %363

363:                                              ; preds = %353
  %364 = sub nsw i32 30, %361
  br label %368

365:                                              ; preds = %353
  %366 = load ptr, ptr %359, align 16, !tbaa !16
  %367 = call i32 @strcmp(ptr noundef nonnull dereferenceable(4) @.str.20, ptr noundef nonnull dereferenceable(1) %366) #11
  br label %368

368:                                              ; preds = %363, %365
  %369 = phi i32 [ %364, %363 ], [ %367, %365 ]
  %370 = icmp slt i32 %369, 0
  br i1 %370, label %375, label %371

371:                                              ; preds = %368
  %372 = icmp eq i32 %369, 0
  br i1 %372, label %379, label %373

373:                                              ; preds = %371
  %374 = add nuw i64 %357, 1
  br label %375

375:                                              ; preds = %373, %368
  %376 = phi i64 [ %355, %373 ], [ %357, %368 ]
  %377 = phi i64 [ %374, %373 ], [ %354, %368 ]
  %378 = icmp ult i64 %377, %376
  br i1 %378, label %353, label %379, !llvm.loop !11

379:                                              ; preds = %371, %375
  %380 = phi ptr [ null, %375 ], [ %359, %371 ]
  %381 = icmp eq ptr %380, null
  %382 = ptrtoint ptr %380 to i64
  %383 = ptrtoint ptr %4 to i64
  %384 = sub i64 %382, %383
  %385 = lshr exact i64 %384, 4
  %386 = trunc i64 %385 to i32
  %387 = select i1 %381, i32 -1, i32 %386
  %388 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %387)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_int(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load i32, ptr %0, align 4, !tbaa !5
  %4 = load i32, ptr %1, align 4, !tbaa !5
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_int_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = load i32, ptr %0, align 4, !tbaa !5
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_double(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load double, ptr %0, align 8, !tbaa !12
  %4 = load double, ptr %1, align 8, !tbaa !12
  %5 = fcmp olt double %3, %4
  %6 = fcmp ogt double %3, %4
  %7 = zext i1 %6 to i32
  %8 = select i1 %5, i32 -1, i32 %7
  ret i32 %8
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @cmp_str(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #7 {
  %3 = load ptr, ptr %0, align 8, !tbaa !14
  %4 = load ptr, ptr %1, align 8, !tbaa !14
  %5 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %4) #11
  ret i32 %5
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @cmp_person(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #7 {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i32, ptr %3, align 8, !tbaa !18
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  %6 = load i32, ptr %5, align 8, !tbaa !18
  %7 = icmp eq i32 %4, %6
  br i1 %7, label %10, label %8

8:                                                ; preds = %2
  %9 = sub nsw i32 %4, %6
  br label %14

10:                                               ; preds = %2
  %11 = load ptr, ptr %0, align 8, !tbaa !16
  %12 = load ptr, ptr %1, align 8, !tbaa !16
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %11, ptr noundef nonnull dereferenceable(1) %12) #11
  br label %14

14:                                               ; preds = %10, %8
  %15 = phi i32 [ %9, %8 ], [ %13, %10 ]
  ret i32 %15
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #9

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nounwind }
attributes #10 = { nounwind }
attributes #11 = { nounwind willreturn memory(read) }

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
!11 = distinct !{!11, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !15, i64 0}
!17 = !{!"Person", !15, i64 0, !6, i64 8}
!18 = !{!17, !6, i64 8}
