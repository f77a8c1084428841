; ModuleID = 'vec_float.c'
source_filename = "vec_float.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.point = type { float, float, float }
%struct.cplx = type { double, double }

@fa = internal global [256 x float] zeroinitializer, align 4
@fb = internal global [256 x float] zeroinitializer, align 4
@da = internal unnamed_addr global [256 x double] zeroinitializer, align 8
@db = internal unnamed_addr global [256 x double] zeroinitializer, align 8
@ia = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@ib = internal unnamed_addr global [256 x i32] zeroinitializer, align 4
@sa = internal unnamed_addr global [256 x i16] zeroinitializer, align 2
@pts = internal unnamed_addr global [256 x %struct.point] zeroinitializer, align 4
@cs = internal unnamed_addr global [256 x %struct.cplx] zeroinitializer, align 8
@.str = private unnamed_addr constant [15 x i8] c"dot %.2f %.2f\0A\00", align 1
@fc = internal global [256 x float] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [21 x i8] c"axpy %.2f %.2f %.2f\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"scale_div %.4f %.4f\0A\00", align 1
@.str.3 = private unnamed_addr constant [37 x i8] c"imax %d imin %d abs_sum %ld umax %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"fmax %.2f\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"centroid %.2f %.2f %.2f\0A\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"swapped %.2f %.2f %.2f\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"cmul %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"conversions %.1f %ld\0A\00", align 1
@la = internal unnamed_addr global [256 x i64] zeroinitializer, align 8
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
  %1 = alloca [256 x double], align 8
  %2 = alloca [3 x float], align 4
  %3 = alloca [256 x %struct.cplx], align 8
  %4 = alloca [256 x float], align 4
  %5 = alloca [256 x i32], align 4
  %6 = alloca [256 x i32], align 4
  %7 = alloca [8 x double], align 16
  %8 = alloca [8 x double], align 16
  %9 = alloca [8 x double], align 16
  %10 = alloca [8 x double], align 8
  br label %35

11:                                               ; preds = %35
  %12 = tail call fastcc float @dot(ptr noundef nonnull @fa, ptr noundef nonnull @fb, i32 noundef 256)
  %13 = fpext float %12 to double
  %14 = tail call fastcc float @dot(ptr noundef nonnull getelementptr inbounds (i8, ptr @fa, i64 4), ptr noundef nonnull getelementptr inbounds (i8, ptr @fb, i64 12), i32 noundef 100)
  %15 = fpext float %14 to double
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %13, double noundef %15)
  tail call fastcc void @axpy(ptr noundef nonnull @fa, float noundef 2.000000e+00)
  tail call fastcc void @axpy(ptr noundef nonnull @fb, float noundef -5.000000e-01)
  %17 = load float, ptr @fc, align 4, !tbaa !6
  %18 = fpext float %17 to double
  %19 = load float, ptr getelementptr inbounds (i8, ptr @fc, i64 308), align 4, !tbaa !6
  %20 = fpext float %19 to double
  %21 = tail call fastcc float @dot(ptr noundef nonnull @fc, ptr noundef nonnull @fb, i32 noundef 64)
  %22 = fpext float %21 to double
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %18, double noundef %20, double noundef %22)
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #14
  call fastcc void @scale_div(ptr noundef nonnull %1)
  br label %24

24:                                               ; preds = %24, %11
  %25 = phi i64 [ 0, %11 ], [ %33, %24 ]
  %26 = phi double [ 0.000000e+00, %11 ], [ %32, %24 ]
  %27 = getelementptr inbounds [256 x double], ptr %1, i64 0, i64 %25
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !10
  %30 = load <2 x double>, ptr %28, align 8, !tbaa !10
  %31 = tail call double @llvm.vector.reduce.fadd.v2f64(double %26, <2 x double> %29)
  %32 = tail call double @llvm.vector.reduce.fadd.v2f64(double %31, <2 x double> %30)
  %33 = add nuw i64 %25, 4
  %34 = icmp eq i64 %33, 256
  br i1 %34, label %86, label %24, !llvm.loop !12

35:                                               ; preds = %0, %35
  %36 = phi i64 [ 0, %0 ], [ %84, %35 ]
  %37 = phi i32 [ 777, %0 ], [ %39, %35 ]
  %38 = mul i32 %37, 1664525
  %39 = add i32 %38, 1013904223
  %40 = lshr i32 %39, 20
  %41 = add nsw i32 %40, -2048
  %42 = sitofp i32 %41 to float
  %43 = fmul float %42, 5.000000e-01
  %44 = getelementptr inbounds [256 x float], ptr @fa, i64 0, i64 %36
  store float %43, ptr %44, align 4, !tbaa !6
  %45 = and i32 %39, 63
  %46 = add nsw i32 %45, -32
  %47 = sitofp i32 %46 to float
  %48 = getelementptr inbounds [256 x float], ptr @fb, i64 0, i64 %36
  store float %47, ptr %48, align 4, !tbaa !6
  %49 = sitofp i32 %41 to double
  %50 = fmul double %49, 2.500000e-01
  %51 = getelementptr inbounds [256 x double], ptr @da, i64 0, i64 %36
  store double %50, ptr %51, align 8, !tbaa !10
  %52 = trunc nuw nsw i64 %36 to i32
  %53 = trunc i64 %36 to i8
  %54 = urem i8 %53, 17
  %55 = zext nneg i8 %54 to i32
  %56 = add nsw i32 %55, -8
  %57 = sitofp i32 %56 to double
  %58 = getelementptr inbounds [256 x double], ptr @db, i64 0, i64 %36
  store double %57, ptr %58, align 8, !tbaa !10
  %59 = mul nsw i32 %41, 1000
  %60 = add nsw i32 %59, %52
  %61 = getelementptr inbounds [256 x i32], ptr @ia, i64 0, i64 %36
  store i32 %60, ptr %61, align 4, !tbaa !16
  %62 = urem i32 %39, 4099
  %63 = add nsw i32 %62, -2000
  %64 = getelementptr inbounds [256 x i32], ptr @ib, i64 0, i64 %36
  store i32 %63, ptr %64, align 4, !tbaa !16
  %65 = trunc nsw i32 %41 to i16
  %66 = sdiv i16 %65, 3
  %67 = getelementptr inbounds [256 x i16], ptr @sa, i64 0, i64 %36
  store i16 %66, ptr %67, align 2, !tbaa !18
  %68 = getelementptr inbounds [256 x %struct.point], ptr @pts, i64 0, i64 %36
  %69 = urem i8 %53, 13
  %70 = uitofp nneg i8 %69 to float
  %71 = and i32 %52, 7
  %72 = uitofp nneg i32 %71 to float
  %73 = fmul float %72, 5.000000e-01
  store float %70, ptr %68, align 4, !tbaa !6
  %74 = getelementptr inbounds i8, ptr %68, i64 4
  store float %42, ptr %74, align 4, !tbaa !6
  %75 = getelementptr inbounds i8, ptr %68, i64 8
  store float %73, ptr %75, align 4, !tbaa !6
  %76 = getelementptr inbounds [256 x %struct.cplx], ptr @cs, i64 0, i64 %36
  %77 = srem i16 %65, 50
  %78 = sitofp i16 %77 to double
  %79 = urem i8 %53, 9
  %80 = zext nneg i8 %79 to i32
  %81 = add nsw i32 %80, -4
  %82 = sitofp i32 %81 to double
  store double %78, ptr %76, align 8, !tbaa !10
  %83 = getelementptr inbounds i8, ptr %76, i64 8
  store double %82, ptr %83, align 8, !tbaa !10
  %84 = add nuw nsw i64 %36, 1
  %85 = icmp eq i64 %84, 256
  br i1 %85, label %11, label %35, !llvm.loop !20

86:                                               ; preds = %24
  %87 = getelementptr inbounds i8, ptr %1, i64 800
  %88 = load double, ptr %87, align 8, !tbaa !10
  %89 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %32, double noundef %88)
  %90 = tail call fastcc i32 @imax()
  %91 = tail call fastcc i32 @imin()
  %92 = tail call fastcc i64 @abs_sum()
  %93 = tail call fastcc i32 @umax_of()
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %90, i32 noundef %91, i64 noundef %92, i32 noundef %93)
  %95 = tail call fastcc float @fmax_of()
  %96 = fpext float %95 to double
  %97 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %96)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #14
  call fastcc void @centroid(ptr noundef nonnull %2)
  %98 = load float, ptr %2, align 4, !tbaa !6
  %99 = fpext float %98 to double
  %100 = getelementptr inbounds i8, ptr %2, i64 4
  %101 = load float, ptr %100, align 4, !tbaa !6
  %102 = fpext float %101 to double
  %103 = getelementptr inbounds i8, ptr %2, i64 8
  %104 = load float, ptr %103, align 4, !tbaa !6
  %105 = fpext float %104 to double
  %106 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %99, double noundef %102, double noundef %105)
  tail call fastcc void @swap_xy()
  call fastcc void @centroid(ptr noundef nonnull %2)
  %107 = load float, ptr %2, align 4, !tbaa !6
  %108 = fpext float %107 to double
  %109 = load float, ptr %100, align 4, !tbaa !6
  %110 = fpext float %109 to double
  %111 = load float, ptr %103, align 4, !tbaa !6
  %112 = fpext float %111 to double
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %108, double noundef %110, double noundef %112)
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %3) #14
  call fastcc void @cmul(ptr noundef nonnull %3)
  br label %114

114:                                              ; preds = %114, %86
  %115 = phi i64 [ 0, %86 ], [ %124, %114 ]
  %116 = phi <2 x double> [ zeroinitializer, %86 ], [ %123, %114 ]
  %117 = or disjoint i64 %115, 1
  %118 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %115
  %119 = getelementptr inbounds [256 x %struct.cplx], ptr %3, i64 0, i64 %117
  %120 = load <2 x double>, ptr %118, align 8, !tbaa !10
  %121 = load <2 x double>, ptr %119, align 8, !tbaa !10
  %122 = fadd <2 x double> %116, %120
  %123 = fadd <2 x double> %122, %121
  %124 = add nuw i64 %115, 2
  %125 = icmp eq i64 %124, 256
  br i1 %125, label %126, label %114, !llvm.loop !21

126:                                              ; preds = %114
  %127 = getelementptr inbounds i8, ptr %3, i64 88
  %128 = load double, ptr %127, align 8, !tbaa !22
  %129 = extractelement <2 x double> %123, i64 0
  %130 = extractelement <2 x double> %123, i64 1
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %129, double noundef %130, double noundef %128)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %4) #14
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %5) #14
  call fastcc void @int_to_float(ptr noundef nonnull %4)
  call fastcc void @float_to_int(ptr noundef nonnull %5, ptr noundef nonnull %4)
  br label %132

132:                                              ; preds = %132, %126
  %133 = phi i64 [ 0, %126 ], [ %144, %132 ]
  %134 = phi <4 x i64> [ zeroinitializer, %126 ], [ %142, %132 ]
  %135 = phi <4 x i64> [ zeroinitializer, %126 ], [ %143, %132 ]
  %136 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 %133
  %137 = getelementptr inbounds i8, ptr %136, i64 16
  %138 = load <4 x i32>, ptr %136, align 4, !tbaa !16
  %139 = load <4 x i32>, ptr %137, align 4, !tbaa !16
  %140 = sext <4 x i32> %138 to <4 x i64>
  %141 = sext <4 x i32> %139 to <4 x i64>
  %142 = add <4 x i64> %134, %140
  %143 = add <4 x i64> %135, %141
  %144 = add nuw i64 %133, 8
  %145 = icmp eq i64 %144, 256
  br i1 %145, label %146, label %132, !llvm.loop !24

146:                                              ; preds = %132
  %147 = add <4 x i64> %143, %142
  %148 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %147)
  %149 = getelementptr inbounds i8, ptr %4, i64 36
  %150 = load float, ptr %149, align 4, !tbaa !6
  %151 = fpext float %150 to double
  %152 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %151, i64 noundef %148)
  tail call fastcc void @widen_mul()
  br label %153

153:                                              ; preds = %153, %146
  %154 = phi i64 [ 0, %146 ], [ %167, %153 ]
  %155 = phi <2 x i64> [ <i64 0, i64 1>, %146 ], [ %168, %153 ]
  %156 = phi <2 x i64> [ zeroinitializer, %146 ], [ %165, %153 ]
  %157 = phi <2 x i64> [ zeroinitializer, %146 ], [ %166, %153 ]
  %158 = add <2 x i64> %155, <i64 2, i64 2>
  %159 = getelementptr inbounds [256 x i64], ptr @la, i64 0, i64 %154
  %160 = getelementptr inbounds i8, ptr %159, i64 16
  %161 = load <2 x i64>, ptr %159, align 8, !tbaa !25
  %162 = load <2 x i64>, ptr %160, align 8, !tbaa !25
  %163 = add nsw <2 x i64> %161, %155
  %164 = add nsw <2 x i64> %162, %158
  %165 = xor <2 x i64> %163, %156
  %166 = xor <2 x i64> %164, %157
  %167 = add nuw i64 %154, 4
  %168 = add <2 x i64> %155, <i64 4, i64 4>
  %169 = icmp eq i64 %167, 256
  br i1 %169, label %170, label %153, !llvm.loop !27

170:                                              ; preds = %153
  %171 = xor <2 x i64> %166, %165
  %172 = tail call i64 @llvm.vector.reduce.xor.v2i64(<2 x i64> %171)
  %173 = load i64, ptr getelementptr inbounds (i8, ptr @la, i64 24), align 8, !tbaa !25
  %174 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %172, i64 noundef %173)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %6) #14
  call fastcc void @shifts(ptr noundef nonnull %6)
  br label %221

175:                                              ; preds = %221
  %176 = tail call fastcc i32 @popcounts()
  %177 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %227, i32 noundef %176)
  tail call fastcc void @select_store()
  br label %178

178:                                              ; preds = %178, %175
  %179 = phi i64 [ 0, %175 ], [ %192, %178 ]
  %180 = phi <4 x i64> [ zeroinitializer, %175 ], [ %190, %178 ]
  %181 = phi <4 x i64> [ zeroinitializer, %175 ], [ %191, %178 ]
  %182 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %179
  %183 = getelementptr inbounds i8, ptr %182, i64 16
  %184 = load <4 x float>, ptr %182, align 4, !tbaa !6
  %185 = load <4 x float>, ptr %183, align 4, !tbaa !6
  %186 = fmul <4 x float> %184, <float 1.000000e+03, float 1.000000e+03, float 1.000000e+03, float 1.000000e+03>
  %187 = fmul <4 x float> %185, <float 1.000000e+03, float 1.000000e+03, float 1.000000e+03, float 1.000000e+03>
  %188 = fptosi <4 x float> %186 to <4 x i64>
  %189 = fptosi <4 x float> %187 to <4 x i64>
  %190 = add <4 x i64> %180, %188
  %191 = add <4 x i64> %181, %189
  %192 = add nuw i64 %179, 8
  %193 = icmp eq i64 %192, 256
  br i1 %193, label %194, label %178, !llvm.loop !28

194:                                              ; preds = %178
  %195 = add <4 x i64> %191, %190
  %196 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %195)
  %197 = load float, ptr getelementptr inbounds (i8, ptr @fc, i64 40), align 4, !tbaa !6
  %198 = fpext float %197 to double
  %199 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %196, double noundef %198)
  %200 = tail call fastcc double @hypot_sum()
  %201 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %200)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %7) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %8) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %9) #14
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %10) #14
  store <2 x double> <double 1.000000e-01, double 2.000000e-01>, ptr %7, align 16, !tbaa !10
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %8, align 16, !tbaa !10
  store <2 x double> <double -1.000000e+00, double -2.000000e+00>, ptr %9, align 16, !tbaa !10
  %202 = getelementptr inbounds i8, ptr %7, i64 16
  %203 = getelementptr inbounds i8, ptr %8, i64 16
  %204 = getelementptr inbounds i8, ptr %9, i64 16
  store <2 x double> <double 0x3FD3333333333334, double 4.000000e-01>, ptr %202, align 16, !tbaa !10
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %203, align 16, !tbaa !10
  store <2 x double> <double -3.000000e+00, double -4.000000e+00>, ptr %204, align 16, !tbaa !10
  %205 = getelementptr inbounds i8, ptr %7, i64 32
  %206 = getelementptr inbounds i8, ptr %8, i64 32
  %207 = getelementptr inbounds i8, ptr %9, i64 32
  store <2 x double> <double 5.000000e-01, double 0x3FE3333333333334>, ptr %205, align 16, !tbaa !10
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %206, align 16, !tbaa !10
  store <2 x double> <double -5.000000e+00, double -6.000000e+00>, ptr %207, align 16, !tbaa !10
  %208 = getelementptr inbounds i8, ptr %7, i64 48
  %209 = getelementptr inbounds i8, ptr %8, i64 48
  %210 = getelementptr inbounds i8, ptr %9, i64 48
  store <2 x double> <double 0x3FE6666666666667, double 8.000000e-01>, ptr %208, align 16, !tbaa !10
  store <2 x double> <double 1.000000e+01, double 1.000000e+01>, ptr %209, align 16, !tbaa !10
  store <2 x double> <double -7.000000e+00, double -8.000000e+00>, ptr %210, align 16, !tbaa !10
  call fastcc void @fused(ptr noundef nonnull %10, ptr noundef nonnull %7, ptr noundef nonnull %8, ptr noundef nonnull %9)
  %211 = load double, ptr %10, align 8, !tbaa !10
  %212 = getelementptr inbounds i8, ptr %10, i64 16
  %213 = load double, ptr %212, align 8, !tbaa !10
  %214 = getelementptr inbounds i8, ptr %10, i64 56
  %215 = load double, ptr %214, align 8, !tbaa !10
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef %211, double noundef %213, double noundef %215, double noundef 0x3E50000000000000)
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef 2.750000e+00, double noundef -9.500000e+00, double noundef -7.500000e+00, double noundef 1.900000e+01, double noundef 4.000000e+00, double noundef 3.250000e+00)
  %218 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef 3.000000e+00, double noundef 8.500000e+00)
  %219 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef -76)
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 1.200000e+01)
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

221:                                              ; preds = %170, %221
  %222 = phi i64 [ 0, %170 ], [ %228, %221 ]
  %223 = phi i32 [ 0, %170 ], [ %227, %221 ]
  %224 = mul i32 %223, 5
  %225 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 %222
  %226 = load i32, ptr %225, align 4, !tbaa !16
  %227 = add i32 %226, %224
  %228 = add nuw nsw i64 %222, 1
  %229 = icmp eq i64 %228, 256
  br i1 %229, label %175, label %221, !llvm.loop !29
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
  br i1 %4, label %5, label %32

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  %7 = icmp ult i32 %2, 8
  br i1 %7, label %8, label %11

8:                                                ; preds = %30, %5
  %9 = phi i64 [ 0, %5 ], [ %12, %30 ]
  %10 = phi float [ 0.000000e+00, %5 ], [ %27, %30 ]
  br label %34

11:                                               ; preds = %5
  %12 = and i64 %6, 2147483640
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %28, %13 ]
  %15 = phi float [ 0.000000e+00, %11 ], [ %27, %13 ]
  %16 = getelementptr inbounds float, ptr %0, i64 %14
  %17 = getelementptr inbounds i8, ptr %16, i64 16
  %18 = load <4 x float>, ptr %16, align 4, !tbaa !6
  %19 = load <4 x float>, ptr %17, align 4, !tbaa !6
  %20 = getelementptr inbounds float, ptr %1, i64 %14
  %21 = getelementptr inbounds i8, ptr %20, i64 16
  %22 = load <4 x float>, ptr %20, align 4, !tbaa !6
  %23 = load <4 x float>, ptr %21, align 4, !tbaa !6
  %24 = fmul <4 x float> %18, %22
  %25 = fmul <4 x float> %19, %23
  %26 = tail call float @llvm.vector.reduce.fadd.v4f32(float %15, <4 x float> %24)
  %27 = tail call float @llvm.vector.reduce.fadd.v4f32(float %26, <4 x float> %25)
  %28 = add nuw i64 %14, 8
  %29 = icmp eq i64 %28, %12
  br i1 %29, label %30, label %13, !llvm.loop !30

30:                                               ; preds = %13
  %31 = icmp eq i64 %12, %6
  br i1 %31, label %32, label %8

32:                                               ; preds = %34, %30, %3
  %33 = phi float [ 0.000000e+00, %3 ], [ %27, %30 ], [ %41, %34 ]
  ret float %33

34:                                               ; preds = %8, %34
  %35 = phi i64 [ %42, %34 ], [ %9, %8 ]
  %36 = phi float [ %41, %34 ], [ %10, %8 ]
  %37 = getelementptr inbounds float, ptr %0, i64 %35
  %38 = load float, ptr %37, align 4, !tbaa !6
  %39 = getelementptr inbounds float, ptr %1, i64 %35
  %40 = load float, ptr %39, align 4, !tbaa !6
  %41 = tail call float @llvm.fmuladd.f32(float %38, float %40, float %36)
  %42 = add nuw nsw i64 %35, 1
  %43 = icmp eq i64 %42, %6
  br i1 %43, label %32, label %34, !llvm.loop !31
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable
define internal fastcc void @axpy(ptr nocapture noundef readonly %0, float noundef %1) unnamed_addr #4 {
  %3 = getelementptr i8, ptr %0, i64 1024
  %4 = icmp ugt ptr %3, @fc
  %5 = icmp ult ptr %0, getelementptr inbounds (i8, ptr @fc, i64 1024)
  %6 = and i1 %4, %5
  br i1 %6, label %25, label %7

7:                                                ; preds = %2
  %8 = insertelement <4 x float> poison, float %1, i64 0
  %9 = shufflevector <4 x float> %8, <4 x float> poison, <4 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %7
  %11 = phi i64 [ 0, %7 ], [ %22, %10 ]
  %12 = getelementptr inbounds float, ptr %0, i64 %11
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load <4 x float>, ptr %12, align 4, !tbaa !6, !alias.scope !32
  %15 = load <4 x float>, ptr %13, align 4, !tbaa !6, !alias.scope !32
  %16 = getelementptr inbounds float, ptr @fc, i64 %11
  %17 = getelementptr inbounds i8, ptr %16, i64 16
  %18 = load <4 x float>, ptr %16, align 4, !tbaa !6, !alias.scope !35, !noalias !32
  %19 = load <4 x float>, ptr %17, align 4, !tbaa !6, !alias.scope !35, !noalias !32
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %14, <4 x float> %18)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %9, <4 x float> %15, <4 x float> %19)
  store <4 x float> %20, ptr %16, align 4, !tbaa !6, !alias.scope !35, !noalias !32
  store <4 x float> %21, ptr %17, align 4, !tbaa !6, !alias.scope !35, !noalias !32
  %22 = add nuw i64 %11, 8
  %23 = icmp eq i64 %22, 256
  br i1 %23, label %24, label %10, !llvm.loop !37

24:                                               ; preds = %10, %25
  ret void

25:                                               ; preds = %2, %25
  %26 = phi i64 [ %32, %25 ], [ 0, %2 ]
  %27 = getelementptr inbounds float, ptr %0, i64 %26
  %28 = load float, ptr %27, align 4, !tbaa !6
  %29 = getelementptr inbounds float, ptr @fc, i64 %26
  %30 = load float, ptr %29, align 4, !tbaa !6
  %31 = tail call float @llvm.fmuladd.f32(float %1, float %28, float %30)
  store float %31, ptr %29, align 4, !tbaa !6
  %32 = add nuw nsw i64 %26, 1
  %33 = icmp eq i64 %32, 256
  br i1 %33, label %24, label %25, !llvm.loop !38
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @scale_div(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %16, %2 ]
  %4 = getelementptr inbounds double, ptr @da, i64 %3
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <2 x double>, ptr %4, align 8, !tbaa !10
  %7 = load <2 x double>, ptr %5, align 8, !tbaa !10
  %8 = fmul <2 x double> %6, <double 2.500000e-01, double 2.500000e-01>
  %9 = fmul <2 x double> %7, <double 2.500000e-01, double 2.500000e-01>
  %10 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %6)
  %11 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %7)
  %12 = fadd <2 x double> %8, %10
  %13 = fadd <2 x double> %9, %11
  %14 = getelementptr inbounds double, ptr %0, i64 %3
  %15 = getelementptr inbounds i8, ptr %14, i64 16
  store <2 x double> %12, ptr %14, align 8, !tbaa !10
  store <2 x double> %13, ptr %15, align 8, !tbaa !10
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
  %10 = load <4 x i32>, ptr %8, align 4, !tbaa !16
  %11 = load <4 x i32>, ptr %9, align 4, !tbaa !16
  %12 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %10, <4 x i32> %5)
  %13 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %11, <4 x i32> %6)
  %14 = add nuw i64 %4, 8
  %15 = icmp eq i64 %14, 248
  br i1 %15, label %16, label %3, !llvm.loop !40

16:                                               ; preds = %3
  %17 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %12, <4 x i32> %13)
  %18 = tail call i32 @llvm.vector.reduce.smax.v4i32(<4 x i32> %17)
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 996), align 4, !tbaa !16
  %20 = tail call i32 @llvm.smax.i32(i32 %19, i32 %18)
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1000), align 8, !tbaa !16
  %22 = tail call i32 @llvm.smax.i32(i32 %21, i32 %20)
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1004), align 4, !tbaa !16
  %24 = tail call i32 @llvm.smax.i32(i32 %23, i32 %22)
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1008), align 16, !tbaa !16
  %26 = tail call i32 @llvm.smax.i32(i32 %25, i32 %24)
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1012), align 4, !tbaa !16
  %28 = tail call i32 @llvm.smax.i32(i32 %27, i32 %26)
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1016), align 8, !tbaa !16
  %30 = tail call i32 @llvm.smax.i32(i32 %29, i32 %28)
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1020), align 4, !tbaa !16
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
  %10 = load <4 x i32>, ptr %8, align 4, !tbaa !16
  %11 = load <4 x i32>, ptr %9, align 4, !tbaa !16
  %12 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %10, <4 x i32> %5)
  %13 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %11, <4 x i32> %6)
  %14 = add nuw i64 %4, 8
  %15 = icmp eq i64 %14, 248
  br i1 %15, label %16, label %3, !llvm.loop !41

16:                                               ; preds = %3
  %17 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %12, <4 x i32> %13)
  %18 = tail call i32 @llvm.vector.reduce.smin.v4i32(<4 x i32> %17)
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 996), align 4, !tbaa !16
  %20 = tail call i32 @llvm.smin.i32(i32 %19, i32 %18)
  %21 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1000), align 8, !tbaa !16
  %22 = tail call i32 @llvm.smin.i32(i32 %21, i32 %20)
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1004), align 4, !tbaa !16
  %24 = tail call i32 @llvm.smin.i32(i32 %23, i32 %22)
  %25 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1008), align 16, !tbaa !16
  %26 = tail call i32 @llvm.smin.i32(i32 %25, i32 %24)
  %27 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1012), align 4, !tbaa !16
  %28 = tail call i32 @llvm.smin.i32(i32 %27, i32 %26)
  %29 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1016), align 8, !tbaa !16
  %30 = tail call i32 @llvm.smin.i32(i32 %29, i32 %28)
  %31 = load i32, ptr getelementptr inbounds (i8, ptr @ia, i64 1020), align 4, !tbaa !16
  %32 = tail call i32 @llvm.smin.i32(i32 %31, i32 %30)
  ret i32 %32
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @abs_sum() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %15, %1 ]
  %3 = phi <4 x i64> [ zeroinitializer, %0 ], [ %13, %1 ]
  %4 = phi <4 x i64> [ zeroinitializer, %0 ], [ %14, %1 ]
  %5 = getelementptr inbounds i32, ptr @ia, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !16
  %8 = load <4 x i32>, ptr %6, align 16, !tbaa !16
  %9 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %7, i1 true)
  %10 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %8, i1 true)
  %11 = zext nneg <4 x i32> %9 to <4 x i64>
  %12 = zext nneg <4 x i32> %10 to <4 x i64>
  %13 = add <4 x i64> %3, %11
  %14 = add <4 x i64> %4, %12
  %15 = add nuw i64 %2, 8
  %16 = icmp eq i64 %15, 256
  br i1 %16, label %17, label %1, !llvm.loop !42

17:                                               ; preds = %1
  %18 = add <4 x i64> %14, %13
  %19 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %18)
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
  %7 = load <4 x i32>, ptr %5, align 4, !tbaa !16
  %8 = load <4 x i32>, ptr %6, align 4, !tbaa !16
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
  %1 = load float, ptr @fa, align 4, !tbaa !6
  br label %3

2:                                                ; preds = %3
  ret float %8

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 1, %0 ], [ %9, %3 ]
  %5 = phi float [ %1, %0 ], [ %8, %3 ]
  %6 = getelementptr inbounds float, ptr @fa, i64 %4
  %7 = load float, ptr %6, align 4, !tbaa !6
  %8 = tail call float @llvm.maxnum.f32(float %5, float %7)
  %9 = add nuw nsw i64 %4, 1
  %10 = icmp eq i64 %9, 256
  br i1 %10, label %2, label %3, !llvm.loop !44
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @centroid(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %19, %2 ]
  %4 = phi float [ 0.000000e+00, %1 ], [ %14, %2 ]
  %5 = phi <2 x float> [ zeroinitializer, %1 ], [ %18, %2 ]
  %6 = or disjoint i64 %3, 1
  %7 = getelementptr inbounds %struct.point, ptr @pts, i64 %3
  %8 = getelementptr inbounds %struct.point, ptr @pts, i64 %6
  %9 = getelementptr inbounds i8, ptr %7, i64 8
  %10 = getelementptr inbounds i8, ptr %8, i64 8
  %11 = load float, ptr %9, align 4, !tbaa !45
  %12 = load float, ptr %10, align 4, !tbaa !45
  %13 = fadd float %4, %11
  %14 = fadd float %13, %12
  %15 = load <2 x float>, ptr %7, align 4, !tbaa !6
  %16 = load <2 x float>, ptr %8, align 4, !tbaa !6
  %17 = fadd <2 x float> %5, %15
  %18 = fadd <2 x float> %17, %16
  %19 = add nuw i64 %3, 2
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %21, label %2, !llvm.loop !47

21:                                               ; preds = %2
  store <2 x float> %18, ptr %0, align 4, !tbaa !6
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  store float %14, ptr %22, align 4, !tbaa !6
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @swap_xy() unnamed_addr #7 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %22, %1 ]
  %3 = or disjoint i64 %2, 1
  %4 = or disjoint i64 %2, 2
  %5 = or disjoint i64 %2, 3
  %6 = getelementptr inbounds %struct.point, ptr @pts, i64 %2
  %7 = getelementptr inbounds %struct.point, ptr @pts, i64 %3
  %8 = getelementptr inbounds %struct.point, ptr @pts, i64 %4
  %9 = getelementptr inbounds %struct.point, ptr @pts, i64 %5
  %10 = load <12 x float>, ptr %6, align 4, !tbaa !6
  %11 = shufflevector <12 x float> %10, <12 x float> poison, <4 x i32> <i32 0, i32 3, i32 6, i32 9>
  %12 = shufflevector <12 x float> %10, <12 x float> poison, <4 x i32> <i32 1, i32 4, i32 7, i32 10>
  %13 = shufflevector <12 x float> %10, <12 x float> poison, <4 x i32> <i32 2, i32 5, i32 8, i32 11>
  %14 = getelementptr inbounds i8, ptr %6, i64 4
  %15 = fmul <4 x float> %12, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %16 = extractelement <4 x float> %15, i64 0
  store float %16, ptr %6, align 4, !tbaa !48
  %17 = fsub <4 x float> %11, %13
  %18 = extractelement <4 x float> %17, i64 0
  store float %18, ptr %14, align 4, !tbaa !49
  %19 = shufflevector <4 x float> %15, <4 x float> %17, <2 x i32> <i32 1, i32 5>
  store <2 x float> %19, ptr %7, align 4, !tbaa !6
  %20 = shufflevector <4 x float> %15, <4 x float> %17, <2 x i32> <i32 2, i32 6>
  store <2 x float> %20, ptr %8, align 4, !tbaa !6
  %21 = shufflevector <4 x float> %15, <4 x float> %17, <2 x i32> <i32 3, i32 7>
  store <2 x float> %21, ptr %9, align 4, !tbaa !6
  %22 = add nuw i64 %2, 4
  %23 = icmp eq i64 %22, 256
  br i1 %23, label %24, label %1, !llvm.loop !50

24:                                               ; preds = %1
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @cmul(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %14, %2 ]
  %4 = getelementptr inbounds %struct.cplx, ptr @cs, i64 %3
  %5 = load <4 x double>, ptr %4, align 8, !tbaa !10
  %6 = shufflevector <4 x double> %5, <4 x double> poison, <2 x i32> <i32 0, i32 2>
  %7 = shufflevector <4 x double> %5, <4 x double> poison, <2 x i32> <i32 1, i32 3>
  %8 = fmul <2 x double> %7, <double 2.000000e+00, double 2.000000e+00>
  %9 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> <double 3.000000e+00, double 3.000000e+00>, <2 x double> %8)
  %10 = fmul <2 x double> %7, <double 3.000000e+00, double 3.000000e+00>
  %11 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> <double -2.000000e+00, double -2.000000e+00>, <2 x double> %10)
  %12 = getelementptr inbounds %struct.cplx, ptr %0, i64 %3
  %13 = shufflevector <2 x double> %9, <2 x double> %11, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x double> %13, ptr %12, align 8, !tbaa !10
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
  %5 = getelementptr inbounds i8, ptr %4, i64 32
  %6 = load <8 x i32>, ptr %4, align 16, !tbaa !16
  %7 = load <8 x i32>, ptr %5, align 16, !tbaa !16
  %8 = sitofp <8 x i32> %6 to <8 x float>
  %9 = sitofp <8 x i32> %7 to <8 x float>
  %10 = getelementptr inbounds i16, ptr @sa, i64 %3
  %11 = getelementptr inbounds i8, ptr %10, i64 16
  %12 = load <8 x i16>, ptr %10, align 2, !tbaa !18
  %13 = load <8 x i16>, ptr %11, align 2, !tbaa !18
  %14 = sitofp <8 x i16> %12 to <8 x float>
  %15 = sitofp <8 x i16> %13 to <8 x float>
  %16 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %8, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <8 x float> %14)
  %17 = tail call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %9, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <8 x float> %15)
  %18 = getelementptr inbounds float, ptr %0, i64 %3
  %19 = getelementptr inbounds i8, ptr %18, i64 32
  store <8 x float> %16, ptr %18, align 4, !tbaa !6
  store <8 x float> %17, ptr %19, align 4, !tbaa !6
  %20 = add nuw i64 %3, 16
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
  %7 = load <4 x float>, ptr %5, align 4, !tbaa !6
  %8 = load <4 x float>, ptr %6, align 4, !tbaa !6
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
  store <4 x i32> %15, ptr %17, align 4, !tbaa !16
  store <4 x i32> %16, ptr %18, align 4, !tbaa !16
  %19 = add nuw i64 %4, 8
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %21, label %3, !llvm.loop !53

21:                                               ; preds = %3
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @widen_mul() unnamed_addr #7 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %19, %1 ]
  %3 = getelementptr inbounds i32, ptr @ia, i64 %2
  %4 = load <4 x i32>, ptr %3, align 16, !tbaa !16
  %5 = sext <4 x i32> %4 to <4 x i64>
  %6 = getelementptr inbounds i32, ptr @ib, i64 %2
  %7 = load <4 x i32>, ptr %6, align 4, !tbaa !16
  %8 = sext <4 x i32> %7 to <4 x i64>
  %9 = mul nsw <4 x i64> %8, %5
  %10 = ashr <4 x i32> %4, <i32 3, i32 3, i32 3, i32 3>
  %11 = sdiv <4 x i32> %10, <i32 7, i32 7, i32 7, i32 7>
  %12 = sext <4 x i32> %11 to <4 x i64>
  %13 = add nsw <4 x i64> %9, %12
  %14 = srem <4 x i32> %7, <i32 5, i32 5, i32 5, i32 5>
  %15 = sub nsw <4 x i32> zeroinitializer, %14
  %16 = sext <4 x i32> %15 to <4 x i64>
  %17 = add nsw <4 x i64> %13, %16
  %18 = getelementptr inbounds i64, ptr @la, i64 %2
  store <4 x i64> %17, ptr %18, align 8, !tbaa !25
  %19 = add nuw i64 %2, 4
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %21, label %1, !llvm.loop !54

21:                                               ; preds = %1
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @shifts(ptr nocapture noundef writeonly %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %28, %2 ]
  %4 = getelementptr inbounds i32, ptr @ia, i64 %3
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <4 x i32>, ptr %4, align 16, !tbaa !16
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !16
  %8 = getelementptr inbounds i32, ptr @ib, i64 %3
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load <4 x i32>, ptr %8, align 4, !tbaa !16
  %11 = load <4 x i32>, ptr %9, align 4, !tbaa !16
  %12 = and <4 x i32> %10, <i32 7, i32 7, i32 7, i32 7>
  %13 = and <4 x i32> %11, <i32 7, i32 7, i32 7, i32 7>
  %14 = shl <4 x i32> %6, %12
  %15 = shl <4 x i32> %7, %13
  %16 = and <4 x i32> %10, <i32 15, i32 15, i32 15, i32 15>
  %17 = and <4 x i32> %11, <i32 15, i32 15, i32 15, i32 15>
  %18 = lshr <4 x i32> %6, %16
  %19 = lshr <4 x i32> %7, %17
  %20 = ashr <4 x i32> %6, <i32 2, i32 2, i32 2, i32 2>
  %21 = ashr <4 x i32> %7, <i32 2, i32 2, i32 2, i32 2>
  %22 = xor <4 x i32> %18, %20
  %23 = xor <4 x i32> %19, %21
  %24 = xor <4 x i32> %22, %14
  %25 = xor <4 x i32> %23, %15
  %26 = getelementptr inbounds i32, ptr %0, i64 %3
  %27 = getelementptr inbounds i8, ptr %26, i64 16
  store <4 x i32> %24, ptr %26, align 4, !tbaa !16
  store <4 x i32> %25, ptr %27, align 4, !tbaa !16
  %28 = add nuw i64 %3, 8
  %29 = icmp eq i64 %28, 256
  br i1 %29, label %30, label %2, !llvm.loop !55

30:                                               ; preds = %2
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
  %7 = load <4 x i32>, ptr %5, align 16, !tbaa !16
  %8 = load <4 x i32>, ptr %6, align 16, !tbaa !16
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
  %5 = load float, ptr %4, align 4, !tbaa !6
  %6 = getelementptr inbounds float, ptr @fb, i64 %3
  %7 = load float, ptr %6, align 4, !tbaa !6
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
  store float %17, ptr %18, align 4, !tbaa !6
  %19 = add nuw nsw i64 %3, 1
  %20 = icmp eq i64 %19, 256
  br i1 %20, label %1, label %2, !llvm.loop !57
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc double @hypot_sum() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %18, %1 ]
  %3 = phi double [ 0.000000e+00, %0 ], [ %17, %1 ]
  %4 = getelementptr inbounds double, ptr @da, i64 %2
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <2 x double>, ptr %4, align 8, !tbaa !10
  %7 = load <2 x double>, ptr %5, align 8, !tbaa !10
  %8 = getelementptr inbounds double, ptr @db, i64 %2
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load <2 x double>, ptr %8, align 8, !tbaa !10
  %11 = load <2 x double>, ptr %9, align 8, !tbaa !10
  %12 = fmul <2 x double> %10, %10
  %13 = fmul <2 x double> %11, %11
  %14 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> %6, <2 x double> %12)
  %15 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %7, <2 x double> %7, <2 x double> %13)
  %16 = tail call double @llvm.vector.reduce.fadd.v2f64(double %3, <2 x double> %14)
  %17 = tail call double @llvm.vector.reduce.fadd.v2f64(double %16, <2 x double> %15)
  %18 = add nuw i64 %2, 4
  %19 = icmp eq i64 %18, 256
  br i1 %19, label %20, label %1, !llvm.loop !58

20:                                               ; preds = %1
  ret double %17
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @fused(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, ptr nocapture noundef readonly %3) unnamed_addr #10 {
  %5 = load double, ptr %1, align 8, !tbaa !10
  %6 = load double, ptr %2, align 8, !tbaa !10
  %7 = load double, ptr %3, align 8, !tbaa !10
  %8 = tail call double @llvm.fma.f64(double %5, double %6, double %7)
  store double %8, ptr %0, align 8, !tbaa !10
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load double, ptr %9, align 8, !tbaa !10
  %11 = getelementptr inbounds i8, ptr %2, i64 8
  %12 = load double, ptr %11, align 8, !tbaa !10
  %13 = getelementptr inbounds i8, ptr %3, i64 8
  %14 = load double, ptr %13, align 8, !tbaa !10
  %15 = tail call double @llvm.fma.f64(double %10, double %12, double %14)
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  store double %15, ptr %16, align 8, !tbaa !10
  %17 = getelementptr inbounds i8, ptr %1, i64 16
  %18 = load double, ptr %17, align 8, !tbaa !10
  %19 = getelementptr inbounds i8, ptr %2, i64 16
  %20 = load double, ptr %19, align 8, !tbaa !10
  %21 = getelementptr inbounds i8, ptr %3, i64 16
  %22 = load double, ptr %21, align 8, !tbaa !10
  %23 = tail call double @llvm.fma.f64(double %18, double %20, double %22)
  %24 = getelementptr inbounds i8, ptr %0, i64 16
  store double %23, ptr %24, align 8, !tbaa !10
  %25 = getelementptr inbounds i8, ptr %1, i64 24
  %26 = load double, ptr %25, align 8, !tbaa !10
  %27 = getelementptr inbounds i8, ptr %2, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !10
  %29 = getelementptr inbounds i8, ptr %3, i64 24
  %30 = load double, ptr %29, align 8, !tbaa !10
  %31 = tail call double @llvm.fma.f64(double %26, double %28, double %30)
  %32 = getelementptr inbounds i8, ptr %0, i64 24
  store double %31, ptr %32, align 8, !tbaa !10
  %33 = getelementptr inbounds i8, ptr %1, i64 32
  %34 = load double, ptr %33, align 8, !tbaa !10
  %35 = getelementptr inbounds i8, ptr %2, i64 32
  %36 = load double, ptr %35, align 8, !tbaa !10
  %37 = getelementptr inbounds i8, ptr %3, i64 32
  %38 = load double, ptr %37, align 8, !tbaa !10
  %39 = tail call double @llvm.fma.f64(double %34, double %36, double %38)
  %40 = getelementptr inbounds i8, ptr %0, i64 32
  store double %39, ptr %40, align 8, !tbaa !10
  %41 = getelementptr inbounds i8, ptr %1, i64 40
  %42 = load double, ptr %41, align 8, !tbaa !10
  %43 = getelementptr inbounds i8, ptr %2, i64 40
  %44 = load double, ptr %43, align 8, !tbaa !10
  %45 = getelementptr inbounds i8, ptr %3, i64 40
  %46 = load double, ptr %45, align 8, !tbaa !10
  %47 = tail call double @llvm.fma.f64(double %42, double %44, double %46)
  %48 = getelementptr inbounds i8, ptr %0, i64 40
  store double %47, ptr %48, align 8, !tbaa !10
  %49 = getelementptr inbounds i8, ptr %1, i64 48
  %50 = load double, ptr %49, align 8, !tbaa !10
  %51 = getelementptr inbounds i8, ptr %2, i64 48
  %52 = load double, ptr %51, align 8, !tbaa !10
  %53 = getelementptr inbounds i8, ptr %3, i64 48
  %54 = load double, ptr %53, align 8, !tbaa !10
  %55 = tail call double @llvm.fma.f64(double %50, double %52, double %54)
  %56 = getelementptr inbounds i8, ptr %0, i64 48
  store double %55, ptr %56, align 8, !tbaa !10
  %57 = getelementptr inbounds i8, ptr %1, i64 56
  %58 = load double, ptr %57, align 8, !tbaa !10
  %59 = getelementptr inbounds i8, ptr %2, i64 56
  %60 = load double, ptr %59, align 8, !tbaa !10
  %61 = getelementptr inbounds i8, ptr %3, i64 56
  %62 = load double, ptr %61, align 8, !tbaa !10
  %63 = tail call double @llvm.fma.f64(double %58, double %60, double %62)
  %64 = getelementptr inbounds i8, ptr %0, i64 56
  store double %63, ptr %64, align 8, !tbaa !10
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @sqrtf(float noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v2i64(<2 x i64>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>) #13

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
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1 immarg) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.umax.v4i32(<4 x i32>, <4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #13

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nofree noinline nounwind memory(readwrite, argmem: write, inaccessiblemem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { mustprogress nofree nounwind willreturn memory(write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"float", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = distinct !{!12, !13, !14, !15}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !8, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"short", !8, i64 0}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13, !14, !15}
!22 = !{!23, !11, i64 8}
!23 = !{!"cplx", !11, i64 0, !11, i64 8}
!24 = distinct !{!24, !13, !14, !15}
!25 = !{!26, !26, i64 0}
!26 = !{!"long", !8, i64 0}
!27 = distinct !{!27, !13, !14, !15}
!28 = distinct !{!28, !13, !14, !15}
!29 = distinct !{!29, !13}
!30 = distinct !{!30, !13, !14, !15}
!31 = distinct !{!31, !13, !15, !14}
!32 = !{!33}
!33 = distinct !{!33, !34}
!34 = distinct !{!34, !"LVerDomain"}
!35 = !{!36}
!36 = distinct !{!36, !34}
!37 = distinct !{!37, !13, !14, !15}
!38 = distinct !{!38, !13, !14}
!39 = distinct !{!39, !13, !14, !15}
!40 = distinct !{!40, !13, !14, !15}
!41 = distinct !{!41, !13, !14, !15}
!42 = distinct !{!42, !13, !14, !15}
!43 = distinct !{!43, !13, !14, !15}
!44 = distinct !{!44, !13}
!45 = !{!46, !7, i64 8}
!46 = !{!"point", !7, i64 0, !7, i64 4, !7, i64 8}
!47 = distinct !{!47, !13, !14, !15}
!48 = !{!46, !7, i64 0}
!49 = !{!46, !7, i64 4}
!50 = distinct !{!50, !13, !14, !15}
!51 = distinct !{!51, !13, !14, !15}
!52 = distinct !{!52, !13, !14, !15}
!53 = distinct !{!53, !13, !14, !15}
!54 = distinct !{!54, !13, !14, !15}
!55 = distinct !{!55, !13, !14, !15}
!56 = distinct !{!56, !13, !14, !15}
!57 = distinct !{!57, !13}
!58 = distinct !{!58, !13, !14, !15}
