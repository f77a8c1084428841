; ModuleID = 'vec_float.c'
source_filename = "vec_float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.point = type { float, float, float }
%struct.cplx = type { double, double }

@fa = internal global [256 x float] zeroinitializer, align 16
@fb = internal global [256 x float] zeroinitializer, align 16
@da = internal unnamed_addr global [256 x double] zeroinitializer, align 16
@db = internal unnamed_addr global [256 x double] zeroinitializer, align 16
@ia = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@ib = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@sa = internal unnamed_addr global [256 x i16] zeroinitializer, align 16
@pts = internal unnamed_addr global [256 x %struct.point] zeroinitializer, align 16
@cs = internal unnamed_addr global [256 x %struct.cplx] zeroinitializer, align 16
@.str = private unnamed_addr constant [15 x i8] c"dot %.2f %.2f\0A\00", align 1
@fc = internal global [256 x float] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [21 x i8] c"axpy %.2f %.2f %.2f\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"scale_div %.4f %.4f\0A\00", align 1
@.str.3 = private unnamed_addr constant [37 x i8] c"imax %d imin %d abs_sum %ld umax %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"fmax %.2f\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"centroid %.2f %.2f %.2f\0A\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"swapped %.2f %.2f %.2f\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"cmul %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"conversions %.1f %ld\0A\00", align 1
@la = internal unnamed_addr global [256 x i64] zeroinitializer, align 16
@.str.9 = private unnamed_addr constant [21 x i8] c"widen_mul %lld %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"shifts %u popcount %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"select_store %ld %.3f\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"hypot_sum %.2f\0A\00", align 1
@.str.13 = private unnamed_addr constant [30 x i8] c"fma %.6e %.6e %.6e fmaf %.6e\0A\00", align 1
@.str.14 = private unnamed_addr constant [40 x i8] c"v4sf %.4f %.4f %.4f %.4f max %.2f %.2f\0A\00", align 1
@.str.15 = private unnamed_addr constant [16 x i8] c"v2df %.2f %.2f\0A\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"v8si %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [35 x i8] c"v4sf shuffled %.1f %.1f %.1f %.1f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [256 x double], align 16
  %2 = alloca [3 x float], align 4
  %3 = alloca [256 x %struct.cplx], align 16
  %4 = alloca [256 x float], align 16
  %5 = alloca [256 x i32], align 16
  %6 = alloca [256 x i32], align 16
  %7 = alloca [8 x double], align 16
  %8 = alloca [8 x double], align 16
  %9 = alloca [8 x double], align 16
  %10 = alloca [8 x double], align 16
  br label %24

11:                                               ; preds = %24
  %12 = tail call fastcc float @dot(ptr noundef nonnull @fa, ptr noundef nonnull @fb, i32 noundef 256)
  %13 = fpext float %12 to double
  %14 = tail call fastcc float @dot(ptr noundef nonnull getelementptr inbounds (i8, ptr @fa, i64 4), ptr noundef nonnull getelementptr inbounds (i8, ptr @fb, i64 12), i32 noundef 100)
  %15 = fpext float %14 to double
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %13, double noundef %15)
  tail call fastcc void @axpy(ptr noundef nonnull @fa, float noundef 2.000000e+00)
  tail call fastcc void @axpy(ptr noundef nonnull @fb, float noundef -5.000000e-01)
  %17 = load float, ptr @fc, align 16, !tbaa !5
  %18 = fpext float %17 to double
  %19 = load float, ptr getelementptr inbounds (i8, ptr @fc, i64 308), align 4, !tbaa !5
  %20 = fpext float %19 to double
  %21 = tail call fastcc float @dot(ptr noundef nonnull @fc, ptr noundef nonnull @fb, i32 noundef 64)
  %22 = fpext float %21 to double
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %18, double noundef %20, double noundef %22)
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #14
  call fastcc void @scale_div(ptr noundef nonnull %1)
  br label %103

24:                                               ; preds = %0, %24
  %25 = phi i64 [ 0, %0 ], [ %73, %24 ]
  %26 = phi i32 [ 777, %0 ], [ %28, %24 ]
  %27 = mul i32 %26, 1664525
  %28 = add i32 %27, 1013904223
  %29 = lshr i32 %28, 20
  %30 = add nsw i32 %29, -2048
  %31 = sitofp i32 %30 to float
  %32 = fmul float %31, 5.000000e-01
  %33 = getelementptr inbounds [256 x float], ptr @fa, i64 0, i64 %25
  store float %32, ptr %33, align 4, !tbaa !5
  %34 = and i32 %28, 63
  %35 = add nsw i32 %34, -32
  %36 = sitofp i32 %35 to float
  %37 = getelementptr inbounds [256 x float], ptr @fb, i64 0, i64 %25
  store float %36, ptr %37, align 4, !tbaa !5
  %38 = sitofp i32 %30 to double
  %39 = fmul double %38, 2.500000e-01
  %40 = getelementptr inbounds [256 x double], ptr @da, i64 0, i64 %25
  store double %39, ptr %40, align 8, !tbaa !9
  %41 = trunc nuw nsw i64 %25 to i32
  %42 = trunc i64 %25 to i8
  %43 = urem i8 %42, 17
  %44 = zext nneg i8 %43 to i32
  %45 = add nsw i32 %44, -8
  %46 = sitofp i32 %45 to double
  %47 = getelementptr inbounds [256 x double], ptr @db, i64 0, i64 %25
  store double %46, ptr %47, align 8, !tbaa !9
  %48 = mul nsw i32 %30, 1000
  %49 = add nsw i32 %48, %41
  %50 = getelementptr inbounds [256 x i32], ptr @ia, i64 0, i64 %25
  store i32 %49, ptr %50, align 4, !tbaa !11
  %51 = urem i32 %28, 4099
  %52 = add nsw i32 %51, -2000
  %53 = getelementptr inbounds [256 x i32], ptr @ib, i64 0, i64 %25
  store i32 %52, ptr %53, align 4, !tbaa !11
  %54 = trunc nsw i32 %30 to i16
  %55 = sdiv i16 %54, 3
  %56 = getelementptr inbounds [256 x i16], ptr @sa, i64 0, i64 %25
  store i16 %55, ptr %56, align 2, !tbaa !13
  %57 = getelementptr inbounds [256 x %struct.point], ptr @pts, i64 0, i64 %25
  %58 = urem i8 %42, 13
  %59 = uitofp nneg i8 %58 to float
  %60 = and i32 %41, 7
  %61 = uitofp nneg i32 %60 to float
  %62 = fmul float %61, 5.000000e-01
  store float %59, ptr %57, align 4, !tbaa !5
  %63 = getelementptr inbounds i8, ptr %57, i64 4
  store float %31, ptr %63, align 4, !tbaa !5
  %64 = getelementptr inbounds i8, ptr %57, i64 8
  store float %62, ptr %64, align 4, !tbaa !5
  %65 = getelementptr inbounds [256 x %struct.cplx], ptr @cs, i64 0, i64 %25
  %66 = srem i16 %54, 50
  %67 = sitofp i16 %66 to double
  %68 = urem i8 %42, 9
  %69 = zext nneg i8 %68 to i32
  %70 = add nsw i32 %69, -4
  %71 = sitofp i32 %70 to double
  store double %67, ptr %65, align 16, !tbaa !9
  %72 = getelementptr inbounds i8, ptr %65, i64 8
  store double %71, ptr %72, align 8, !tbaa !9
  %73 = add nuw nsw i64 %25, 1
  %74 = icmp eq i64 %73, 256
  br i1 %74, label %11, label %24, !llvm.loop !15

75:                                               ; preds = %103
  %76 = getelementptr inbounds i8, ptr %1, i64 800
  %77 = load double, ptr %76, align 16, !tbaa !9
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %136, double noundef %77)
  %79 = tail call fastcc i32 @imax()
  %80 = tail call fastcc i32 @imin()
  %81 = tail call fastcc i64 @abs_sum()
  %82 = tail call fastcc i32 @umax_of()
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %79, i32 noundef %80, i64 noundef %81, i32 noundef %82)
  %84 = tail call fastcc float @fmax_of()
  %85 = fpext float %84 to double
  %86 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %85)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #14
  call fastcc void @centroid(ptr noundef nonnull %2)
  %87 = load float, ptr %2, align 4, !tbaa !5
  %88 = fpext float %87 to double
  %89 = getelementptr inbounds i8, ptr %2, i64 4
  %90 = load float, ptr %89, align 4, !tbaa !5
  %91 = fpext float %90 to double
  %92 = getelementptr inbounds i8, ptr %2, i64 8
  %93 = load float, ptr %92, align 4, !tbaa !5
  %94 = fpext float %93 to double
  %95 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %88, double noundef %91, double noundef %94)
  tail call fastcc void @swap_xy()
  call fastcc void @centroid(ptr noundef nonnull %2)
  %96 = load float, ptr %2, align 4, !tbaa !5
  %97 = fpext float %96 to double
  %98 = load float, ptr %89, align 4, !tbaa !5
  %99 = fpext float %98 to double
  %100 = load float, ptr %92, align 4, !tbaa !5
  %101 = fpext float %100 to double
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %97, double noundef %99, double noundef %101)
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %3) #14
  call fastcc void @cmul(ptr noundef nonnull %3)
  br label %175

103:                                              ; preds = %103, %11
  %104 = phi i64 [ 0, %11 ], [ %137, %103 ]
  %105 = phi double [ 0.000000e+00, %11 ], [ %136, %103 ]
  %106 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %104
  %107 = load double, ptr %106, align 16, !tbaa !9
  %108 = fadd double %105, %107
  %109 = or disjoint i64 %104, 1
  %110 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %109
  %111 = load double, ptr %110, align 8, !tbaa !9
  %112 = fadd double %108, %111
  %113 = or disjoint i64 %104, 2
  %114 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %113
  %115 = load double, ptr %114, align 16, !tbaa !9
  %116 = fadd double %112, %115
  %117 = or disjoint i64 %104, 3
  %118 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %117
  %119 = load double, ptr %118, align 8, !tbaa !9
  %120 = fadd double %116, %119
  %121 = or disjoint i64 %104, 4
  %122 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %121
  %123 = load double, ptr %122, align 16, !tbaa !9
  %124 = fadd double %120, %123
  %125 = or disjoint i64 %104, 5
  %126 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %125
  %127 = load double, ptr %126, align 8, !tbaa !9
  %128 = fadd double %124, %127
  %129 = or disjoint i64 %104, 6
  %130 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %129
  %131 = load double, ptr %130, align 16, !tbaa !9
  %132 = fadd double %128, %131
  %133 = or disjoint i64 %104, 7
  %134 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %133
  %135 = load double, ptr %134, align 8, !tbaa !9
  %136 = fadd double %132, %135
  %137 = add nuw nsw i64 %104, 8
  %138 = icmp eq i64 %137, 256
  br i1 %138, label %75, label %103, !llvm.loop !17

139:                                              ; preds = %175
  %140 = getelementptr inbounds i8, ptr %3, i64 88
  %141 = load double, ptr %140, align 8, !tbaa !18
  %142 = extractelement <2 x double> %192, i64 0
  %143 = extractelement <2 x double> %192, i64 1
  %144 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %142, double noundef %143, double noundef %141)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %4) #14
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %5) #14
  call fastcc void @int_to_float(ptr noundef nonnull %4)
  call fastcc void @float_to_int(ptr noundef nonnull %5, ptr noundef nonnull %4)
  br label %145

145:                                              ; preds = %145, %139
  %146 = phi i64 [ 0, %139 ], [ %166, %145 ]
  %147 = phi <2 x i64> [ zeroinitializer, %139 ], [ %164, %145 ]
  %148 = phi <2 x i64> [ zeroinitializer, %139 ], [ %165, %145 ]
  %149 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 %146
  %150 = getelementptr inbounds i8, ptr %149, i64 8
  %151 = load <2 x i32>, ptr %149, align 16, !tbaa !11
  %152 = load <2 x i32>, ptr %150, align 8, !tbaa !11
  %153 = sext <2 x i32> %151 to <2 x i64>
  %154 = sext <2 x i32> %152 to <2 x i64>
  %155 = add <2 x i64> %147, %153
  %156 = add <2 x i64> %148, %154
  %157 = or disjoint i64 %146, 4
  %158 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 %157
  %159 = getelementptr inbounds i8, ptr %158, i64 8
  %160 = load <2 x i32>, ptr %158, align 16, !tbaa !11
  %161 = load <2 x i32>, ptr %159, align 8, !tbaa !11
  %162 = sext <2 x i32> %160 to <2 x i64>
  %163 = sext <2 x i32> %161 to <2 x i64>
  %164 = add <2 x i64> %155, %162
  %165 = add <2 x i64> %156, %163
  %166 = add nuw nsw i64 %146, 8
  %167 = icmp eq i64 %166, 256
  br i1 %167, label %168, label %145, !llvm.loop !20

168:                                              ; preds = %145
  %169 = add <2 x i64> %165, %164
  %170 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %169)
  %171 = getelementptr inbounds i8, ptr %4, i64 36
  %172 = load float, ptr %171, align 4, !tbaa !5
  %173 = fpext float %172 to double
  %174 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %173, i64 noundef %170)
  tail call fastcc void @widen_mul()
  br label %195

175:                                              ; preds = %175, %75
  %176 = phi i64 [ 0, %75 ], [ %193, %175 ]
  %177 = phi <2 x double> [ zeroinitializer, %75 ], [ %192, %175 ]
  %178 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %176
  %179 = load <2 x double>, ptr %178, align 16, !tbaa !9
  %180 = fadd <2 x double> %177, %179
  %181 = or disjoint i64 %176, 1
  %182 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %181
  %183 = load <2 x double>, ptr %182, align 16, !tbaa !9
  %184 = fadd <2 x double> %180, %183
  %185 = or disjoint i64 %176, 2
  %186 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %185
  %187 = load <2 x double>, ptr %186, align 16, !tbaa !9
  %188 = fadd <2 x double> %184, %187
  %189 = or disjoint i64 %176, 3
  %190 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %189
  %191 = load <2 x double>, ptr %190, align 16, !tbaa !9
  %192 = fadd <2 x double> %188, %191
  %193 = add nuw nsw i64 %176, 4
  %194 = icmp eq i64 %193, 256
  br i1 %194, label %139, label %175, !llvm.loop !23

195:                                              ; preds = %195, %168
  %196 = phi i64 [ 0, %168 ], [ %220, %195 ]
  %197 = phi <2 x i64> [ <i64 0, i64 1>, %168 ], [ %221, %195 ]
  %198 = phi <2 x i64> [ zeroinitializer, %168 ], [ %218, %195 ]
  %199 = phi <2 x i64> [ zeroinitializer, %168 ], [ %219, %195 ]
  %200 = add <2 x i64> %197, <i64 2, i64 2>
  %201 = getelementptr inbounds [256 x i64], ptr @la, i64 0, i64 %196
  %202 = getelementptr inbounds i8, ptr %201, i64 16
  %203 = load <2 x i64>, ptr %201, align 16, !tbaa !24
  %204 = load <2 x i64>, ptr %202, align 16, !tbaa !24
  %205 = add nsw <2 x i64> %203, %197
  %206 = add nsw <2 x i64> %204, %200
  %207 = xor <2 x i64> %205, %198
  %208 = xor <2 x i64> %206, %199
  %209 = or disjoint i64 %196, 4
  %210 = add <2 x i64> %197, <i64 4, i64 4>
  %211 = add <2 x i64> %197, <i64 6, i64 6>
  %212 = getelementptr inbounds [256 x i64], ptr @la, i64 0, i64 %209
  %213 = getelementptr inbounds i8, ptr %212, i64 16
  %214 = load <2 x i64>, ptr %212, align 16, !tbaa !24
  %215 = load <2 x i64>, ptr %213, align 16, !tbaa !24
  %216 = add nsw <2 x i64> %214, %210
  %217 = add nsw <2 x i64> %215, %211
  %218 = xor <2 x i64> %216, %207
  %219 = xor <2 x i64> %217, %208
  %220 = add nuw nsw i64 %196, 8
  %221 = add <2 x i64> %197, <i64 8, i64 8>
  %222 = icmp eq i64 %220, 256
  br i1 %222, label %223, label %195, !llvm.loop !26

223:                                              ; preds = %195
  %224 = xor <2 x i64> %219, %218
  %225 = tail call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %224)
  %226 = load i64, ptr getelementptr inbounds (i8, ptr @la, i64 24), align 8, !tbaa !24
  %227 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %225, i64 noundef %226)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %6) #14
  call fastcc void @shifts(ptr noundef nonnull %6)
  br label %231

228:                                              ; preds = %231
  %229 = tail call fastcc i32 @popcounts()
  %230 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %252, i32 noundef %229)
  tail call fastcc void @select_store()
  br label %280

231:                                              ; preds = %231, %223
  %232 = phi i64 [ 0, %223 ], [ %253, %231 ]
  %233 = phi i32 [ 0, %223 ], [ %252, %231 ]
  %234 = mul i32 %233, 5
  %235 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 %232
  %236 = load i32, ptr %235, align 16, !tbaa !11
  %237 = add i32 %236, %234
  %238 = or disjoint i64 %232, 1
  %239 = mul i32 %237, 5
  %240 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 %238
  %241 = load i32, ptr %240, align 4, !tbaa !11
  %242 = add i32 %241, %239
  %243 = or disjoint i64 %232, 2
  %244 = mul i32 %242, 5
  %245 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 %243
  %246 = load i32, ptr %245, align 8, !tbaa !11
  %247 = add i32 %246, %244
  %248 = or disjoint i64 %232, 3
  %249 = mul i32 %247, 5
  %250 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 %248
  %251 = load i32, ptr %250, align 4, !tbaa !11
  %252 = add i32 %251, %249
  %253 = add nuw nsw i64 %232, 4
  %254 = icmp eq i64 %253, 256
  br i1 %254, label %228, label %231, !llvm.loop !27

255:                                              ; preds = %280
  %256 = load float, ptr getelementptr inbounds (i8, ptr @fc, i64 40), align 8, !tbaa !5
  %257 = fpext float %256 to double
  %258 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %305, double noundef %257)
  %259 = tail call fastcc double @hypot_sum()
  %260 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %259)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %7) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %8) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %9) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %10) #14
  store <2 x double> <double 1.000000e-01, double 2.000000e-01>, ptr %7, align 16, !tbaa !9
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %8, align 16, !tbaa !9
  store <2 x double> <double -1.000000e+00, double -2.000000e+00>, ptr %9, align 16, !tbaa !9
  %261 = getelementptr inbounds i8, ptr %7, i64 16
  %262 = getelementptr inbounds i8, ptr %8, i64 16
  %263 = getelementptr inbounds i8, ptr %9, i64 16
  store <2 x double> <double 0x3FD3333333333334, double 4.000000e-01>, ptr %261, align 16, !tbaa !9
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %262, align 16, !tbaa !9
  store <2 x double> <double -3.000000e+00, double -4.000000e+00>, ptr %263, align 16, !tbaa !9
  %264 = getelementptr inbounds i8, ptr %7, i64 32
  %265 = getelementptr inbounds i8, ptr %8, i64 32
  %266 = getelementptr inbounds i8, ptr %9, i64 32
  store <2 x double> <double 5.000000e-01, double 0x3FE3333333333334>, ptr %264, align 16, !tbaa !9
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %265, align 16, !tbaa !9
  store <2 x double> <double -5.000000e+00, double -6.000000e+00>, ptr %266, align 16, !tbaa !9
  %267 = getelementptr inbounds i8, ptr %7, i64 48
  %268 = getelementptr inbounds i8, ptr %8, i64 48
  %269 = getelementptr inbounds i8, ptr %9, i64 48
  store <2 x double> <double 0x3FE6666666666667, double 8.000000e-01>, ptr %267, align 16, !tbaa !9
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %268, align 16, !tbaa !9
  store <2 x double> <double -7.000000e+00, double -8.000000e+00>, ptr %269, align 16, !tbaa !9
  call fastcc void @fused(ptr noundef nonnull %10, ptr noundef nonnull %7, ptr noundef nonnull %8, ptr noundef nonnull %9)
  %270 = load double, ptr %10, align 16, !tbaa !9
  %271 = getelementptr inbounds i8, ptr %10, i64 16
  %272 = load double, ptr %271, align 16, !tbaa !9
  %273 = getelementptr inbounds i8, ptr %10, i64 56
  %274 = load double, ptr %273, align 8, !tbaa !9
  %275 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef %270, double noundef %272, double noundef %274, double noundef 0x3E50000000000000)
  %276 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef 2.750000e+00, double noundef -9.500000e+00, double noundef -7.500000e+00, double noundef 1.900000e+01, double noundef 4.000000e+00, double noundef 3.250000e+00)
  %277 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef 3.000000e+00, double noundef 8.500000e+00)
  %278 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef -76)
  %279 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 1.200000e+01)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %10) #14
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %9) #14
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %8) #14
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %7) #14
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %6) #14
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %5) #14
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %4) #14
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %3) #14
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %2) #14
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #14
  ret i32 0

280:                                              ; preds = %280, %228
  %281 = phi i64 [ 0, %228 ], [ %306, %280 ]
  %282 = phi i64 [ 0, %228 ], [ %305, %280 ]
  %283 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %281
  %284 = load float, ptr %283, align 16, !tbaa !5
  %285 = fmul float %284, 1.000000e+03
  %286 = fptosi float %285 to i64
  %287 = add nsw i64 %282, %286
  %288 = or disjoint i64 %281, 1
  %289 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %288
  %290 = load float, ptr %289, align 4, !tbaa !5
  %291 = fmul float %290, 1.000000e+03
  %292 = fptosi float %291 to i64
  %293 = add nsw i64 %287, %292
  %294 = or disjoint i64 %281, 2
  %295 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %294
  %296 = load float, ptr %295, align 8, !tbaa !5
  %297 = fmul float %296, 1.000000e+03
  %298 = fptosi float %297 to i64
  %299 = add nsw i64 %293, %298
  %300 = or disjoint i64 %281, 3
  %301 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %300
  %302 = load float, ptr %301, align 4, !tbaa !5
  %303 = fmul float %302, 1.000000e+03
  %304 = fptosi float %303 to i64
  %305 = add nsw i64 %299, %304
  %306 = add nuw nsw i64 %281, 4
  %307 = icmp eq i64 %306, 256
  br i1 %307, label %255, label %280, !llvm.loop !28
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc float @dot(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) unnamed_addr #3 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %28

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  %7 = and i64 %6, 3
  %8 = icmp ult i32 %2, 4
  br i1 %8, label %11, label %9

9:                                                ; preds = %5
  %10 = and i64 %6, 2147483644
  br label %30

11:                                               ; preds = %30, %5
  %12 = phi float [ poison, %5 ], [ %56, %30 ]
  %13 = phi i64 [ 0, %5 ], [ %57, %30 ]
  %14 = phi float [ 0.000000e+00, %5 ], [ %56, %30 ]
  %15 = icmp eq i64 %7, 0
  br i1 %15, label %28, label %16

16:                                               ; preds = %11, %16
  %17 = phi i64 [ %25, %16 ], [ %13, %11 ]
  %18 = phi float [ %24, %16 ], [ %14, %11 ]
  %19 = phi i64 [ %26, %16 ], [ 0, %11 ]
  %20 = getelementptr inbounds float, ptr %0, i64 %17
  %21 = load float, ptr %20, align 4, !tbaa !5
  %22 = getelementptr inbounds float, ptr %1, i64 %17
  %23 = load float, ptr %22, align 4, !tbaa !5
  %24 = tail call float @llvm.fmuladd.f32(float %21, float %23, float %18)
  %25 = add nuw nsw i64 %17, 1
  %26 = add i64 %19, 1
  %27 = icmp eq i64 %26, %7
  br i1 %27, label %28, label %16, !llvm.loop !29

28:                                               ; preds = %11, %16, %3
  %29 = phi float [ 0.000000e+00, %3 ], [ %12, %11 ], [ %24, %16 ]
  ret float %29

30:                                               ; preds = %30, %9
  %31 = phi i64 [ 0, %9 ], [ %57, %30 ]
  %32 = phi float [ 0.000000e+00, %9 ], [ %56, %30 ]
  %33 = phi i64 [ 0, %9 ], [ %58, %30 ]
  %34 = getelementptr inbounds float, ptr %0, i64 %31
  %35 = load float, ptr %34, align 4, !tbaa !5
  %36 = getelementptr inbounds float, ptr %1, i64 %31
  %37 = load float, ptr %36, align 4, !tbaa !5
  %38 = tail call float @llvm.fmuladd.f32(float %35, float %37, float %32)
  %39 = or disjoint i64 %31, 1
  %40 = getelementptr inbounds float, ptr %0, i64 %39
  %41 = load float, ptr %40, align 4, !tbaa !5
  %42 = getelementptr inbounds float, ptr %1, i64 %39
  %43 = load float, ptr %42, align 4, !tbaa !5
  %44 = tail call float @llvm.fmuladd.f32(float %41, float %43, float %38)
  %45 = or disjoint i64 %31, 2
  %46 = getelementptr inbounds float, ptr %0, i64 %45
  %47 = load float, ptr %46, align 4, !tbaa !5
  %48 = getelementptr inbounds float, ptr %1, i64 %45
  %49 = load float, ptr %48, align 4, !tbaa !5
  %50 = tail call float @llvm.fmuladd.f32(float %47, float %49, float %44)
  %51 = or disjoint i64 %31, 3
  %52 = getelementptr inbounds float, ptr %0, i64 %51
  %53 = load float, ptr %52, align 4, !tbaa !5
  %54 = getelementptr inbounds float, ptr %1, i64 %51
  %55 = load float, ptr %54, align 4, !tbaa !5
  %56 = tail call float @llvm.fmuladd.f32(float %53, float %55, float %50)
  %57 = add nuw nsw i64 %31, 4
  %58 = add i64 %33, 4
  %59 = icmp eq i64 %58, %10
  br i1 %59, label %11, label %30, !llvm.loop !31
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc void @axpy(ptr nocapture noundef readonly %0, float noundef %1) unnamed_addr #4 {
  %3 = getelementptr i8, ptr %0, i64 1024
  %4 = icmp ugt ptr %3, @fc
  %5 = icmp ult ptr %0, getelementptr inbounds (i8, ptr @fc, i64 1024)
  %6 = and i1 %4, %5
  br i1 %6, label %36, label %7

7:                                                ; preds = %2
  %8 = insertelement <4 x float> poison, float %1, i64 0
  %9 = shufflevector <4 x float> %8, <4 x float> poison, <4 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %7
  %11 = phi i64 [ 0, %7 ], [ %33, %10 ]
  %12 = getelementptr inbounds float, ptr %0, i64 %11
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load <4 x float>, ptr %12, align 4, !tbaa !5, !alias.scope !32
  %15 = load <4 x float>, ptr %13, align 4, !tbaa !5, !alias.scope !32
  %16 = getelementptr inbounds float, ptr @fc, i64 %11
  %17 = getelementptr inbounds i8, ptr %16, i64 16
  %18 = load <4 x float>, ptr %16, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %19 = load <4 x float>, ptr %17, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %14, <4 x float> %18)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %15, <4 x float> %19)
  store <4 x float> %20, ptr %16, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  store <4 x float> %21, ptr %17, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %22 = or disjoint i64 %11, 8
  %23 = getelementptr inbounds float, ptr %0, i64 %22
  %24 = getelementptr inbounds i8, ptr %23, i64 16
  %25 = load <4 x float>, ptr %23, align 4, !tbaa !5, !alias.scope !32
  %26 = load <4 x float>, ptr %24, align 4, !tbaa !5, !alias.scope !32
  %27 = getelementptr inbounds float, ptr @fc, i64 %22
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  %29 = load <4 x float>, ptr %27, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %30 = load <4 x float>, ptr %28, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %31 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %25, <4 x float> %29)
  %32 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %26, <4 x float> %30)
  store <4 x float> %31, ptr %27, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  store <4 x float> %32, ptr %28, align 16, !tbaa !5, !alias.scope !35, !noalias !32
  %33 = add nuw nsw i64 %11, 16
  %34 = icmp eq i64 %33, 256
  br i1 %34, label %35, label %10, !llvm.loop !37

35:                                               ; preds = %10, %36
  ret void

36:                                               ; preds = %2, %36
  %37 = phi i64 [ %49, %36 ], [ 0, %2 ]
  %38 = getelementptr inbounds float, ptr %0, i64 %37
  %39 = load float, ptr %38, align 4, !tbaa !5
  %40 = getelementptr inbounds float, ptr @fc, i64 %37
  %41 = load float, ptr %40, align 8, !tbaa !5
  %42 = tail call float @llvm.fmuladd.f32(float %1, float %39, float %41)
  store float %42, ptr %40, align 8, !tbaa !5
  %43 = or disjoint i64 %37, 1
  %44 = getelementptr inbounds float, ptr %0, i64 %43
  %45 = load float, ptr %44, align 4, !tbaa !5
  %46 = getelementptr inbounds float, ptr @fc, i64 %43
  %47 = load float, ptr %46, align 4, !tbaa !5
  %48 = tail call float @llvm.fmuladd.f32(float %1, float %45, float %47)
  store float %48, ptr %46, align 4, !tbaa !5
  %49 = add nuw nsw i64 %37, 2
  %50 = icmp eq i64 %49, 256
  br i1 %50, label %35, label %36, !llvm.loop !38
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @scale_div(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %16, %2 ]
  %4 = getelementptr inbounds double, ptr @da, i64 %3
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <2 x double>, ptr %4, align 16, !tbaa !9
  %7 = load <2 x double>, ptr %5, align 16, !tbaa !9
  %8 = fmul <2 x double> %6, <double 2.500000e-01, double 2.500000e-01>
  %9 = fmul <2 x double> %7, <double 2.500000e-01, double 2.500000e-01>
  %10 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %6)
  %11 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %7)
  %12 = fadd <2 x double> %8, %10
  %13 = fadd <2 x double> %9, %11
  %14 = getelementptr inbounds double, ptr %0, i64 %3
  %15 = getelementptr inbounds i8, ptr %14, i64 16
  store <2 x double> %12, ptr %14, align 8, !tbaa !9
  store <2 x double> %13, ptr %15, align 8, !tbaa !9
  %16 = add nuw i64 %3, 4
  %17 = icmp eq i64 %16, 256
  br i1 %17, label %18, label %2, !llvm.loop !39

18:                                               ; preds = %2
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @imax() unnamed_addr #6 {
  %1 = load <4 x i32>, ptr @ia, align 16
  %2 = shufflevector <4 x i32> %1, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %14, %3 ]
  %5 = phi <4 x i32> [ %2, %0 ], [ %12, %3 ]
  %6 = phi <4 x i32> [ %2, %0 ], [ %13, %3 ]
  %7 = or disjoint i64 %4, 1
  %8 = getelementptr inbounds i32, ptr @ia, i64 %7
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load <4 x i32>, ptr %8, align 4, !tbaa !11
  %11 = load <4 x i32>, ptr %9, align 4, !tbaa !11
  %12 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %10, <4 x i32> %5)
  %13 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %11, <4 x i32> %6)
  %14 = add nuw i64 %4, 8
  %15 = icmp eq i64 %14, 248
  br i1 %15, label %16, label %3, !llvm.loop !40

16:                                               ; preds = %3
  %17 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %12, <4 x i32> %13)
  %18 = tail call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %17)
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 996), align 4, !tbaa !11
  %20 = tail call i32 @llvm.smax.i32(i32 %19, i32 %18)
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1000), align 8, !tbaa !11
  %22 = tail call i32 @llvm.smax.i32(i32 %21, i32 %20)
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1004), align 4, !tbaa !11
  %24 = tail call i32 @llvm.smax.i32(i32 %23, i32 %22)
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1008), align 16, !tbaa !11
  %26 = tail call i32 @llvm.smax.i32(i32 %25, i32 %24)
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1012), align 4, !tbaa !11
  %28 = tail call i32 @llvm.smax.i32(i32 %27, i32 %26)
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1016), align 8, !tbaa !11
  %30 = tail call i32 @llvm.smax.i32(i32 %29, i32 %28)
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1020), align 4, !tbaa !11
  %32 = tail call i32 @llvm.smax.i32(i32 %31, i32 %30)
  ret i32 %32
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @imin() unnamed_addr #6 {
  %1 = load <4 x i32>, ptr @ia, align 16
  %2 = shufflevector <4 x i32> %1, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %14, %3 ]
  %5 = phi <4 x i32> [ %2, %0 ], [ %12, %3 ]
  %6 = phi <4 x i32> [ %2, %0 ], [ %13, %3 ]
  %7 = or disjoint i64 %4, 1
  %8 = getelementptr inbounds i32, ptr @ia, i64 %7
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load <4 x i32>, ptr %8, align 4, !tbaa !11
  %11 = load <4 x i32>, ptr %9, align 4, !tbaa !11
  %12 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %10, <4 x i32> %5)
  %13 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %11, <4 x i32> %6)
  %14 = add nuw i64 %4, 8
  %15 = icmp eq i64 %14, 248
  br i1 %15, label %16, label %3, !llvm.loop !41

16:                                               ; preds = %3
  %17 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %12, <4 x i32> %13)
  %18 = tail call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %17)
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 996), align 4, !tbaa !11
  %20 = tail call i32 @llvm.smin.i32(i32 %19, i32 %18)
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1000), align 8, !tbaa !11
  %22 = tail call i32 @llvm.smin.i32(i32 %21, i32 %20)
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1004), align 4, !tbaa !11
  %24 = tail call i32 @llvm.smin.i32(i32 %23, i32 %22)
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1008), align 16, !tbaa !11
  %26 = tail call i32 @llvm.smin.i32(i32 %25, i32 %24)
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1012), align 4, !tbaa !11
  %28 = tail call i32 @llvm.smin.i32(i32 %27, i32 %26)
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1016), align 8, !tbaa !11
  %30 = tail call i32 @llvm.smin.i32(i32 %29, i32 %28)
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1020), align 4, !tbaa !11
  %32 = tail call i32 @llvm.smin.i32(i32 %31, i32 %30)
  ret i32 %32
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @abs_sum() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %15, %1 ]
  %3 = phi <2 x i64> [ zeroinitializer, %0 ], [ %13, %1 ]
  %4 = phi <2 x i64> [ zeroinitializer, %0 ], [ %14, %1 ]
  %5 = getelementptr inbounds i32, ptr @ia, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 8
  %7 = load <2 x i32>, ptr %5, align 16, !tbaa !11
  %8 = load <2 x i32>, ptr %6, align 8, !tbaa !11
  %9 = tail call <2 x i32> @llvm.abs.v2i32(<2 x i32> %7, i1 true)
  %10 = tail call <2 x i32> @llvm.abs.v2i32(<2 x i32> %8, i1 true)
  %11 = zext nneg <2 x i32> %9 to <2 x i64>
  %12 = zext nneg <2 x i32> %10 to <2 x i64>
  %13 = add <2 x i64> %3, %11
  %14 = add <2 x i64> %4, %12
  %15 = add nuw i64 %2, 4
  %16 = icmp eq i64 %15, 256
  br i1 %16, label %17, label %1, !llvm.loop !42

17:                                               ; preds = %1
  %18 = add <2 x i64> %14, %13
  %19 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %18)
  ret i64 %19
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @umax_of() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %11, %1 ]
  %3 = phi <4 x i32> [ zeroinitializer, %0 ], [ %9, %1 ]
  %4 = phi <4 x i32> [ zeroinitializer, %0 ], [ %10, %1 ]
  %5 = getelementptr inbounds i32, ptr @ib, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !11
  %8 = load <4 x i32>, ptr %6, align 16, !tbaa !11
  %9 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %7, <4 x i32> %3)
  %10 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %8, <4 x i32> %4)
  %11 = add nuw i64 %2, 8
  %12 = icmp eq i64 %11, 256
  br i1 %12, label %13, label %1, !llvm.loop !43

13:                                               ; preds = %1
  %14 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %9, <4 x i32> %10)
  %15 = tail call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %14)
  ret i32 %15
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc float @fmax_of() unnamed_addr #6 {
  %1 = load float, ptr @fa, align 16, !tbaa !5
  br label %3

2:                                                ; preds = %3
  ret float %8

3:                                                ; preds = %11, %0
  %4 = phi i64 [ 1, %0 ], [ %15, %11 ]
  %5 = phi float [ %1, %0 ], [ %14, %11 ]
  %6 = getelementptr inbounds float, ptr @fa, i64 %4
  %7 = load float, ptr %6, align 4, !tbaa !5
  %8 = tail call float @llvm.maxnum.f32(float %5, float %7)
  %9 = add nuw nsw i64 %4, 1
  %10 = icmp eq i64 %9, 256
  br i1 %10, label %2, label %11, !llvm.loop !44

11:                                               ; preds = %3
  %12 = getelementptr inbounds float, ptr @fa, i64 %9
  %13 = load float, ptr %12, align 4, !tbaa !5
  %14 = tail call float @llvm.maxnum.f32(float %8, float %13)
  %15 = add nuw nsw i64 %4, 2
  br label %3
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @centroid(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %4

2:                                                ; preds = %4
  store <2 x float> %31, ptr %0, align 4, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  store float %34, ptr %3, align 4, !tbaa !5
  ret void

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %35, %4 ]
  %6 = phi float [ 0.000000e+00, %1 ], [ %34, %4 ]
  %7 = phi <2 x float> [ zeroinitializer, %1 ], [ %31, %4 ]
  %8 = getelementptr inbounds %struct.point, ptr @pts, i64 %5
  %9 = load <2 x float>, ptr %8, align 16, !tbaa !5
  %10 = fadd <2 x float> %7, %9
  %11 = getelementptr inbounds i8, ptr %8, i64 8
  %12 = load float, ptr %11, align 8, !tbaa !45
  %13 = fadd float %6, %12
  %14 = or disjoint i64 %5, 1
  %15 = getelementptr inbounds %struct.point, ptr @pts, i64 %14
  %16 = load <2 x float>, ptr %15, align 4, !tbaa !5
  %17 = fadd <2 x float> %10, %16
  %18 = getelementptr inbounds i8, ptr %15, i64 8
  %19 = load float, ptr %18, align 4, !tbaa !45
  %20 = fadd float %13, %19
  %21 = or disjoint i64 %5, 2
  %22 = getelementptr inbounds %struct.point, ptr @pts, i64 %21
  %23 = load <2 x float>, ptr %22, align 8, !tbaa !5
  %24 = fadd <2 x float> %17, %23
  %25 = getelementptr inbounds i8, ptr %22, i64 8
  %26 = load float, ptr %25, align 16, !tbaa !45
  %27 = fadd float %20, %26
  %28 = or disjoint i64 %5, 3
  %29 = getelementptr inbounds %struct.point, ptr @pts, i64 %28
  %30 = load <2 x float>, ptr %29, align 4, !tbaa !5
  %31 = fadd <2 x float> %24, %30
  %32 = getelementptr inbounds i8, ptr %29, i64 8
  %33 = load float, ptr %32, align 4, !tbaa !45
  %34 = fadd float %27, %33
  %35 = add nuw nsw i64 %5, 4
  %36 = icmp eq i64 %35, 256
  br i1 %36, label %2, label %4, !llvm.loop !47
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @swap_xy() unnamed_addr #7 {
  br label %2

1:                                                ; preds = %2
  ret void

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %21, %2 ]
  %4 = getelementptr inbounds %struct.point, ptr @pts, i64 %3
  %5 = load float, ptr %4, align 8, !tbaa !48
  %6 = getelementptr inbounds i8, ptr %4, i64 4
  %7 = load float, ptr %6, align 4, !tbaa !49
  %8 = fmul float %7, 2.000000e+00
  store float %8, ptr %4, align 8, !tbaa !48
  %9 = getelementptr inbounds i8, ptr %4, i64 8
  %10 = load float, ptr %9, align 8, !tbaa !45
  %11 = fsub float %5, %10
  store float %11, ptr %6, align 4, !tbaa !49
  %12 = or disjoint i64 %3, 1
  %13 = getelementptr inbounds %struct.point, ptr @pts, i64 %12
  %14 = load float, ptr %13, align 4, !tbaa !48
  %15 = getelementptr inbounds i8, ptr %13, i64 4
  %16 = load float, ptr %15, align 8, !tbaa !49
  %17 = fmul float %16, 2.000000e+00
  store float %17, ptr %13, align 4, !tbaa !48
  %18 = getelementptr inbounds i8, ptr %13, i64 8
  %19 = load float, ptr %18, align 4, !tbaa !45
  %20 = fsub float %14, %19
  store float %20, ptr %15, align 8, !tbaa !49
  %21 = add nuw nsw i64 %3, 2
  %22 = icmp eq i64 %21, 256
  br i1 %22, label %1, label %2, !llvm.loop !50
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @cmul(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %14, %2 ]
  %4 = getelementptr inbounds %struct.cplx, ptr @cs, i64 %3
  %5 = load <4 x double>, ptr %4, align 16, !tbaa !9
  %6 = shufflevector <4 x double> %5, <4 x double> poison, <2 x i32> <i32 0, i32 2>
  %7 = shufflevector <4 x double> %5, <4 x double> poison, <2 x i32> <i32 1, i32 3>
  %8 = fmul <2 x double> %7, <double 2.000000e+00, double 2.000000e+00>
  %9 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> <double 3.000000e+00, double 3.000000e+00>, <2 x double> %8)
  %10 = fmul <2 x double> %7, <double 3.000000e+00, double 3.000000e+00>
  %11 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> <double -2.000000e+00, double -2.000000e+00>, <2 x double> %10)
  %12 = getelementptr inbounds %struct.cplx, ptr %0, i64 %3
  %13 = shufflevector <2 x double> %9, <2 x double> %11, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x double> %13, ptr %12, align 8, !tbaa !9
  %14 = add nuw i64 %3, 2
  %15 = icmp eq i64 %14, 256
  br i1 %15, label %16, label %2, !llvm.loop !51

16:                                               ; preds = %2
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @int_to_float(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %20, %2 ]
  %4 = getelementptr inbounds i32, ptr @ia, i64 %3
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <4 x i32>, ptr %4, align 16, !tbaa !11
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !11
  %8 = sitofp <4 x i32> %6 to <4 x float>
  %9 = sitofp <4 x i32> %7 to <4 x float>
  %10 = getelementptr inbounds i16, ptr @sa, i64 %3
  %11 = getelementptr inbounds i8, ptr %10, i64 8
  %12 = load <4 x i16>, ptr %10, align 16, !tbaa !13
  %13 = load <4 x i16>, ptr %11, align 8, !tbaa !13
  %14 = sitofp <4 x i16> %12 to <4 x float>
  %15 = sitofp <4 x i16> %13 to <4 x float>
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %8, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> %14)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> %15)
  %18 = getelementptr inbounds float, ptr %0, i64 %3
  %19 = getelementptr inbounds i8, ptr %18, i64 16
  store <4 x float> %16, ptr %18, align 4, !tbaa !5
  store <4 x float> %17, ptr %19, align 4, !tbaa !5
  %20 = add nuw i64 %3, 8
  %21 = icmp eq i64 %20, 256
  br i1 %21, label %22, label %2, !llvm.loop !52

22:                                               ; preds = %2
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @float_to_int(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1) unnamed_addr #8 {
  br label %3

3:                                                ; preds = %3, %2
  %4 = phi i64 [ 0, %2 ], [ %19, %3 ]
  %5 = getelementptr inbounds float, ptr %1, i64 %4
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <4 x float>, ptr %5, align 4, !tbaa !5
  %8 = load <4 x float>, ptr %6, align 4, !tbaa !5
  %9 = fptosi <4 x float> %7 to <4 x i32>
  %10 = fptosi <4 x float> %8 to <4 x i32>
  %11 = fcmp olt <4 x float> %7, zeroinitializer
  %12 = fcmp olt <4 x float> %8, zeroinitializer
  %13 = sext <4 x i1> %11 to <4 x i32>
  %14 = sext <4 x i1> %12 to <4 x i32>
  %15 = add <4 x i32> %13, %9
  %16 = add <4 x i32> %14, %10
  %17 = getelementptr inbounds i32, ptr %0, i64 %4
  %18 = getelementptr inbounds i8, ptr %17, i64 16
  store <4 x i32> %15, ptr %17, align 4, !tbaa !11
  store <4 x i32> %16, ptr %18, align 4, !tbaa !11
  %19 = add nuw i64 %4, 8
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %21, label %3, !llvm.loop !53

21:                                               ; preds = %3
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @widen_mul() unnamed_addr #7 {
  br label %2

1:                                                ; preds = %2
  ret void

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %20, %2 ]
  %4 = getelementptr inbounds i32, ptr @ia, i64 %3
  %5 = load i32, ptr %4, align 4, !tbaa !11
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds i32, ptr @ib, i64 %3
  %8 = load i32, ptr %7, align 4, !tbaa !11
  %9 = sext i32 %8 to i64
  %10 = mul nsw i64 %9, %6
  %11 = ashr i32 %5, 3
  %12 = sdiv i32 %11, 7
  %13 = sext i32 %12 to i64
  %14 = add nsw i64 %10, %13
  %15 = srem i32 %8, 5
  %16 = sub nsw i32 0, %15
  %17 = sext i32 %16 to i64
  %18 = add nsw i64 %14, %17
  %19 = getelementptr inbounds i64, ptr @la, i64 %3
  store i64 %18, ptr %19, align 8, !tbaa !24
  %20 = add nuw nsw i64 %3, 1
  %21 = icmp eq i64 %20, 256
  br i1 %21, label %1, label %2, !llvm.loop !54
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @shifts(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %16, %2 ]
  %4 = getelementptr inbounds i32, ptr @ia, i64 %3
  %5 = load <4 x i32>, ptr %4, align 16, !tbaa !11
  %6 = getelementptr inbounds i32, ptr @ib, i64 %3
  %7 = load <4 x i32>, ptr %6, align 16, !tbaa !11
  %8 = and <4 x i32> %7, <i32 7, i32 7, i32 7, i32 7>
  %9 = shl <4 x i32> %5, %8
  %10 = and <4 x i32> %7, <i32 15, i32 15, i32 15, i32 15>
  %11 = lshr <4 x i32> %5, %10
  %12 = ashr <4 x i32> %5, <i32 2, i32 2, i32 2, i32 2>
  %13 = xor <4 x i32> %11, %12
  %14 = xor <4 x i32> %13, %9
  %15 = getelementptr inbounds i32, ptr %0, i64 %3
  store <4 x i32> %14, ptr %15, align 4, !tbaa !11
  %16 = add nuw i64 %3, 4
  %17 = icmp eq i64 %16, 256
  br i1 %17, label %18, label %2, !llvm.loop !55

18:                                               ; preds = %2
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @popcounts() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = phi <4 x i32> [ zeroinitializer, %0 ], [ %11, %1 ]
  %4 = phi <4 x i32> [ zeroinitializer, %0 ], [ %12, %1 ]
  %5 = getelementptr inbounds i32, ptr @ia, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !11
  %8 = load <4 x i32>, ptr %6, align 16, !tbaa !11
  %9 = tail call range(i32 0, 33) <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %7)
  %10 = tail call range(i32 0, 33) <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %8)
  %11 = add <4 x i32> %9, %3
  %12 = add <4 x i32> %10, %4
  %13 = add nuw i64 %2, 8
  %14 = icmp eq i64 %13, 256
  br i1 %14, label %15, label %1, !llvm.loop !56

15:                                               ; preds = %1
  %16 = add <4 x i32> %12, %11
  %17 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %16)
  ret i32 %17
}

; Function Attrs: nofree noinline nounwind memory(readwrite, argmem: write, inaccessiblemem: write) uwtable
define internal fastcc void @select_store() unnamed_addr #9 {
  br label %2

1:                                                ; preds = %16
  ret void

2:                                                ; preds = %0, %16
  %3 = phi i64 [ 0, %0 ], [ %19, %16 ]
  %4 = getelementptr inbounds float, ptr @fa, i64 %3
  %5 = load float, ptr %4, align 4, !tbaa !5
  %6 = getelementptr inbounds float, ptr @fb, i64 %3
  %7 = load float, ptr %6, align 4, !tbaa !5
  %8 = fcmp ogt float %5, %7
  br i1 %8, label %9, label %11

9:                                                ; preds = %2
  %10 = fsub float %5, %7
  br label %16

11:                                               ; preds = %2
  %12 = fcmp oeq float %5, %7
  br i1 %12, label %16, label %13

13:                                               ; preds = %11
  %14 = fsub float %7, %5
  %15 = tail call float @sqrtf(float noundef %14) #14
  br label %16

16:                                               ; preds = %13, %11, %9
  %17 = phi float [ %10, %9 ], [ %15, %13 ], [ 1.000000e+00, %11 ]
  %18 = getelementptr inbounds float, ptr @fc, i64 %3
  store float %17, ptr %18, align 4, !tbaa !5
  %19 = add nuw nsw i64 %3, 1
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %1, label %2, !llvm.loop !57
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc double @hypot_sum() unnamed_addr #6 {
  br label %2

1:                                                ; preds = %2
  ret double %19

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %20, %2 ]
  %4 = phi double [ 0.000000e+00, %0 ], [ %19, %2 ]
  %5 = getelementptr inbounds double, ptr @da, i64 %3
  %6 = load double, ptr %5, align 16, !tbaa !9
  %7 = getelementptr inbounds double, ptr @db, i64 %3
  %8 = load double, ptr %7, align 16, !tbaa !9
  %9 = fmul double %8, %8
  %10 = tail call double @llvm.fmuladd.f64(double %6, double %6, double %9)
  %11 = fadd double %4, %10
  %12 = or disjoint i64 %3, 1
  %13 = getelementptr inbounds double, ptr @da, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds double, ptr @db, i64 %12
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = fmul double %16, %16
  %18 = tail call double @llvm.fmuladd.f64(double %14, double %14, double %17)
  %19 = fadd double %11, %18
  %20 = add nuw nsw i64 %3, 2
  %21 = icmp eq i64 %20, 256
  br i1 %21, label %1, label %2, !llvm.loop !58
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @fused(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, ptr nocapture noundef readonly %3) unnamed_addr #10 {
  %5 = load double, ptr %1, align 8, !tbaa !9
  %6 = load double, ptr %2, align 8, !tbaa !9
  %7 = load double, ptr %3, align 8, !tbaa !9
  %8 = tail call double @llvm.fma.f64(double %5, double %6, double %7)
  store double %8, ptr %0, align 8, !tbaa !9
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = getelementptr inbounds i8, ptr %2, i64 8
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = getelementptr inbounds i8, ptr %3, i64 8
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = tail call double @llvm.fma.f64(double %10, double %12, double %14)
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  store double %15, ptr %16, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %1, i64 16
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = getelementptr inbounds i8, ptr %2, i64 16
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = getelementptr inbounds i8, ptr %3, i64 16
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @llvm.fma.f64(double %18, double %20, double %22)
  %24 = getelementptr inbounds i8, ptr %0, i64 16
  store double %23, ptr %24, align 8, !tbaa !9
  %25 = getelementptr inbounds i8, ptr %1, i64 24
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds i8, ptr %2, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = getelementptr inbounds i8, ptr %3, i64 24
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = tail call double @llvm.fma.f64(double %26, double %28, double %30)
  %32 = getelementptr inbounds i8, ptr %0, i64 24
  store double %31, ptr %32, align 8, !tbaa !9
  %33 = getelementptr inbounds i8, ptr %1, i64 32
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds i8, ptr %2, i64 32
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %3, i64 32
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = tail call double @llvm.fma.f64(double %34, double %36, double %38)
  %40 = getelementptr inbounds i8, ptr %0, i64 32
  store double %39, ptr %40, align 8, !tbaa !9
  %41 = getelementptr inbounds i8, ptr %1, i64 40
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = getelementptr inbounds i8, ptr %2, i64 40
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = getelementptr inbounds i8, ptr %3, i64 40
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = tail call double @llvm.fma.f64(double %42, double %44, double %46)
  %48 = getelementptr inbounds i8, ptr %0, i64 40
  store double %47, ptr %48, align 8, !tbaa !9
  %49 = getelementptr inbounds i8, ptr %1, i64 48
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = getelementptr inbounds i8, ptr %2, i64 48
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = getelementptr inbounds i8, ptr %3, i64 48
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = tail call double @llvm.fma.f64(double %50, double %52, double %54)
  %56 = getelementptr inbounds i8, ptr %0, i64 48
  store double %55, ptr %56, align 8, !tbaa !9
  %57 = getelementptr inbounds i8, ptr %1, i64 56
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = getelementptr inbounds i8, ptr %2, i64 56
  %60 = load double, ptr %59, align 8, !tbaa !9
  %61 = getelementptr inbounds i8, ptr %3, i64 56
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = tail call double @llvm.fma.f64(double %58, double %60, double %62)
  %64 = getelementptr inbounds i8, ptr %0, i64 56
  store double %63, ptr %64, align 8, !tbaa !9
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @sqrtf(float noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.smax.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.smin.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i32> @llvm.abs.v2i32(<2 x i32>, i1 immarg) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.umax.v4i32(<4 x i32>, <4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #13

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree noinline nounwind memory(readwrite, argmem: write, inaccessiblemem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"short", !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = !{!19, !10, i64 8}
!19 = !{!"cplx", !10, i64 0, !10, i64 8}
!20 = distinct !{!20, !16, !21, !22}
!21 = !{!"llvm.loop.isvectorized", i32 1}
!22 = !{!"llvm.loop.unroll.runtime.disable"}
!23 = distinct !{!23, !16}
!24 = !{!25, !25, i64 0}
!25 = !{!"long", !7, i64 0}
!26 = distinct !{!26, !16, !21, !22}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.unroll.disable"}
!31 = distinct !{!31, !16}
!32 = !{!33}
!33 = distinct !{!33, !34}
!34 = distinct !{!34, !"LVerDomain"}
!35 = !{!36}
!36 = distinct !{!36, !34}
!37 = distinct !{!37, !16, !21, !22}
!38 = distinct !{!38, !16, !21}
!39 = distinct !{!39, !16, !21, !22}
!40 = distinct !{!40, !16, !21, !22}
!41 = distinct !{!41, !16, !21, !22}
!42 = distinct !{!42, !16, !21, !22}
!43 = distinct !{!43, !16, !21, !22}
!44 = distinct !{!44, !16}
!45 = !{!46, !6, i64 8}
!46 = !{!"point", !6, i64 0, !6, i64 4, !6, i64 8}
!47 = distinct !{!47, !16}
!48 = !{!46, !6, i64 0}
!49 = !{!46, !6, i64 4}
!50 = distinct !{!50, !16}
!51 = distinct !{!51, !16, !21, !22}
!52 = distinct !{!52, !16, !21, !22}
!53 = distinct !{!53, !16, !21, !22}
!54 = distinct !{!54, !16}
!55 = distinct !{!55, !16, !21, !22}
!56 = distinct !{!56, !16, !21, !22}
!57 = distinct !{!57, !16}
!58 = distinct !{!58, !16}
