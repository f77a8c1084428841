; ModuleID = 'vector_abi.c'
source_filename = "vector_abi.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.pair4 = type { <4 x float>, <4 x float> }
%struct.one4 = type { <4 x float> }
%struct.tagged = type { <4 x i32>, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@.str = private unnamed_addr constant [5 x i8] c"add4\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"mul_add4\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"div2: %g %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"mix_int\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bytes_rev:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %u\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"shorts:\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.9 = private unnamed_addr constant [15 x i8] c"small2: %g %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"small4: %d %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"wide8:\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c" %g\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"wide4d: %g %g %g %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"pair.a\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"pair.b\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"wrap\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"tagged\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"tag: %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"many\00", align 1
@.str.20 = private unnamed_addr constant [7 x i8] c"sum_va\00", align 1
@.str.21 = private unnamed_addr constant [8 x i8] c"sum_va9\00", align 1
@.str.22 = private unnamed_addr constant [18 x i8] c"sum_va_mixed: %g\0A\00", align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"apply\00", align 1
@.str.24 = private unnamed_addr constant [7 x i8] c"apply2\00", align 1
@.str.25 = private unnamed_addr constant [8 x i8] c"fib_vec\00", align 1
@.str.26 = private unnamed_addr constant [17 x i8] c"%s: %g %g %g %g\0A\00", align 1
@.str.27 = private unnamed_addr constant [17 x i8] c"%s: %d %d %d %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @mul_add4(<4 x float> noundef %0, <4 x float> noundef %1, <4 x float> noundef %2) local_unnamed_addr #0 {
  %4 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %0, <4 x float> %1, <4 x float> %2)
  ret <4 x float> %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <2 x double> @div2(<2 x double> noundef %0, <2 x double> noundef %1) local_unnamed_addr #0 {
  %3 = fdiv <2 x double> %0, %1
  ret <2 x double> %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <4 x i32> @mix_int(i32 noundef %0, <4 x i32> noundef %1, double noundef %2, <2 x i64> noundef %3, i64 noundef %4) local_unnamed_addr #0 {
  %6 = insertelement <4 x i32> poison, i32 %0, i64 0
  %7 = shufflevector <4 x i32> %6, <4 x i32> poison, <4 x i32> zeroinitializer
  %8 = mul <4 x i32> %7, %1
  %9 = bitcast <2 x i64> %3 to <4 x i32>
  %10 = add <4 x i32> %8, %9
  %11 = fptosi double %2 to i32
  %12 = trunc i64 %4 to i32
  %13 = add i32 %12, %11
  %14 = insertelement <4 x i32> poison, i32 %13, i64 0
  %15 = shufflevector <4 x i32> %14, <4 x i32> poison, <4 x i32> zeroinitializer
  %16 = add <4 x i32> %10, %15
  ret <4 x i32> %16
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <16 x i8> @bytes_rev(<16 x i8> noundef %0) local_unnamed_addr #0 {
  %2 = add <16 x i8> %0, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %3 = shufflevector <16 x i8> %2, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  ret <16 x i8> %3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <8 x i16> @shorts(<8 x i16> noundef %0, <8 x i16> noundef %1) local_unnamed_addr #0 {
  %3 = shl <8 x i16> %0, <i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1, i16 1>
  %4 = sub <8 x i16> %3, %1
  ret <8 x i16> %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <2 x float> @small2(<2 x float> noundef %0, <2 x float> noundef %1) local_unnamed_addr #0 {
  %3 = fmul <2 x float> %0, %1
  ret <2 x float> %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x i16> @small4(<4 x i16> noundef %0) local_unnamed_addr #0 {
  %2 = shl <4 x i16> %0, <i16 1, i16 1, i16 1, i16 1>
  ret <4 x i16> %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @wide8(ptr dead_on_unwind noalias nocapture writable writeonly sret(<8 x float>) align 16 %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2) local_unnamed_addr #3 {
  %4 = load <8 x float>, ptr %1, align 16, !tbaa !6
  %5 = load <8 x float>, ptr %2, align 16, !tbaa !6
  %6 = fsub <8 x float> %4, %5
  store <8 x float> %6, ptr %0, align 16, !tbaa !6
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @wide4d(ptr dead_on_unwind noalias nocapture writable writeonly sret(<4 x double>) align 16 %0, ptr nocapture noundef readonly %1) local_unnamed_addr #3 {
  %3 = load <4 x double>, ptr %1, align 16, !tbaa !6
  %4 = fmul <4 x double> %3, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  store <4 x double> %4, ptr %0, align 16, !tbaa !6
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.pair4 @swap_pair([2 x <4 x float>] alignstack(16) %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x <4 x float>] %0, 0
  %3 = extractvalue [2 x <4 x float>] %0, 1
  %4 = fadd <4 x float> %3, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %5 = fadd <4 x float> %2, <float -1.000000e+00, float -1.000000e+00, float -1.000000e+00, float -1.000000e+00>
  %6 = insertvalue %struct.pair4 poison, <4 x float> %4, 0
  %7 = insertvalue %struct.pair4 %6, <4 x float> %5, 1
  ret %struct.pair4 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.one4 @wrap(<4 x float> noundef %0) local_unnamed_addr #0 {
  %2 = fmul <4 x float> %0, %0
  %3 = insertvalue %struct.one4 poison, <4 x float> %2, 0
  ret %struct.one4 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @tag_it(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.tagged) align 16 %0, ptr nocapture noundef %1) local_unnamed_addr #3 {
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  %4 = load i32, ptr %3, align 16, !tbaa !9
  %5 = insertelement <4 x i32> poison, i32 %4, i64 0
  %6 = shufflevector <4 x i32> %5, <4 x i32> poison, <4 x i32> zeroinitializer
  %7 = load <4 x i32>, ptr %1, align 16, !tbaa !6
  %8 = add <4 x i32> %6, %7
  store <4 x i32> %8, ptr %1, align 16, !tbaa !6
  %9 = shl nsw i32 %4, 1
  store i32 %9, ptr %3, align 16, !tbaa !9
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %0, ptr noundef nonnull align 16 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !12
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <4 x float> @many(<4 x float> noundef %0, <4 x float> noundef %1, <4 x float> noundef %2, <4 x float> noundef %3, <4 x float> noundef %4, double noundef %5, <4 x float> noundef %6, <4 x float> noundef %7, <4 x float> noundef %8, i32 noundef %9, <4 x float> noundef %10, <4 x float> noundef %11) local_unnamed_addr #0 {
  %13 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %1, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <4 x float> %0)
  %14 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %2, <4 x float> <float 3.000000e+00, float 3.000000e+00, float 3.000000e+00, float 3.000000e+00>, <4 x float> %13)
  %15 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %3, <4 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <4 x float> %14)
  %16 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %4, <4 x float> <float 5.000000e+00, float 5.000000e+00, float 5.000000e+00, float 5.000000e+00>, <4 x float> %15)
  %17 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %6, <4 x float> <float 6.000000e+00, float 6.000000e+00, float 6.000000e+00, float 6.000000e+00>, <4 x float> %16)
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %7, <4 x float> <float 7.000000e+00, float 7.000000e+00, float 7.000000e+00, float 7.000000e+00>, <4 x float> %17)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %8, <4 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <4 x float> %18)
  %20 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %10, <4 x float> <float 9.000000e+00, float 9.000000e+00, float 9.000000e+00, float 9.000000e+00>, <4 x float> %19)
  %21 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> <float 1.000000e+01, float 1.000000e+01, float 1.000000e+01, float 1.000000e+01>, <4 x float> %20)
  %22 = fptrunc double %5 to float
  %23 = insertelement <4 x float> poison, float %22, i64 0
  %24 = shufflevector <4 x float> %23, <4 x float> poison, <4 x i32> zeroinitializer
  %25 = fadd <4 x float> %24, %21
  %26 = sitofp i32 %9 to float
  %27 = insertelement <4 x float> poison, float %26, i64 0
  %28 = shufflevector <4 x float> %27, <4 x float> poison, <4 x i32> zeroinitializer
  %29 = fadd <4 x float> %28, %25
  ret <4 x float> %29
}

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local <4 x float> @sum_va(i32 noundef %0, ...) local_unnamed_addr #5 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #12
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 28
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 4
  br label %12

10:                                               ; preds = %29, %1
  %11 = phi <4 x float> [ zeroinitializer, %1 ], [ %34, %29 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #12
  ret <4 x float> %11

12:                                               ; preds = %4, %29
  %13 = phi i32 [ %9, %4 ], [ %30, %29 ]
  %14 = phi i32 [ 0, %4 ], [ %35, %29 ]
  %15 = phi <4 x float> [ zeroinitializer, %4 ], [ %34, %29 ]
  %16 = phi ptr [ %5, %4 ], [ %31, %29 ]
  %17 = icmp sgt i32 %13, -1
  br i1 %17, label %24, label %18

18:                                               ; preds = %12
  %19 = add nsw i32 %13, 16
  store i32 %19, ptr %6, align 4
  %20 = icmp ult i32 %13, -15
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i8, ptr %8, i64 %22
  br label %29

24:                                               ; preds = %18, %12
  %25 = phi i32 [ %19, %18 ], [ %13, %12 ]
  %26 = getelementptr inbounds i8, ptr %16, i64 15
  %27 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %26, i64 -16)
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  store ptr %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i32 [ %19, %21 ], [ %25, %24 ]
  %31 = phi ptr [ %16, %21 ], [ %28, %24 ]
  %32 = phi ptr [ %23, %21 ], [ %27, %24 ]
  %33 = load <4 x float>, ptr %32, align 16, !tbaa !6
  %34 = fadd <4 x float> %15, %33
  %35 = add nuw nsw i32 %14, 1
  %36 = icmp eq i32 %35, %0
  br i1 %36, label %10, label %12, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #6

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local double @sum_va_mixed(i32 noundef %0, ...) local_unnamed_addr #5 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #12
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %14

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 28
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds i8, ptr %2, i64 24
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  %11 = load ptr, ptr %10, align 8
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %9, align 8
  br label %16

14:                                               ; preds = %49, %1
  %15 = phi double [ 0.000000e+00, %1 ], [ %58, %49 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #12
  ret double %15

16:                                               ; preds = %4, %49
  %17 = phi i32 [ %13, %4 ], [ %50, %49 ]
  %18 = phi i32 [ %12, %4 ], [ %35, %49 ]
  %19 = phi double [ 0.000000e+00, %4 ], [ %58, %49 ]
  %20 = phi i32 [ 0, %4 ], [ %59, %49 ]
  %21 = phi ptr [ %5, %4 ], [ %51, %49 ]
  %22 = icmp sgt i32 %18, -1
  br i1 %22, label %29, label %23

23:                                               ; preds = %16
  %24 = add nsw i32 %18, 16
  store i32 %24, ptr %6, align 4
  %25 = icmp ult i32 %18, -15
  br i1 %25, label %26, label %29

26:                                               ; preds = %23
  %27 = sext i32 %18 to i64
  %28 = getelementptr inbounds i8, ptr %8, i64 %27
  br label %34

29:                                               ; preds = %23, %16
  %30 = phi i32 [ %24, %23 ], [ %18, %16 ]
  %31 = getelementptr inbounds i8, ptr %21, i64 15
  %32 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %31, i64 -16)
  %33 = getelementptr inbounds i8, ptr %32, i64 16
  store ptr %33, ptr %2, align 8
  br label %34

34:                                               ; preds = %29, %26
  %35 = phi i32 [ %24, %26 ], [ %30, %29 ]
  %36 = phi ptr [ %21, %26 ], [ %33, %29 ]
  %37 = phi ptr [ %28, %26 ], [ %32, %29 ]
  %38 = load <2 x double>, ptr %37, align 16, !tbaa !6
  %39 = icmp sgt i32 %17, -1
  br i1 %39, label %46, label %40

40:                                               ; preds = %34
  %41 = add nsw i32 %17, 8
  store i32 %41, ptr %9, align 8
  %42 = icmp ult i32 %17, -7
  br i1 %42, label %43, label %46

43:                                               ; preds = %40
  %44 = sext i32 %17 to i64
  %45 = getelementptr inbounds i8, ptr %11, i64 %44
  br label %49

46:                                               ; preds = %40, %34
  %47 = phi i32 [ %41, %40 ], [ %17, %34 ]
  %48 = getelementptr inbounds i8, ptr %36, i64 8
  store ptr %48, ptr %2, align 8
  br label %49

49:                                               ; preds = %46, %43
  %50 = phi i32 [ %41, %43 ], [ %47, %46 ]
  %51 = phi ptr [ %36, %43 ], [ %48, %46 ]
  %52 = phi ptr [ %45, %43 ], [ %36, %46 ]
  %53 = load i32, ptr %52, align 8, !tbaa !13
  %54 = extractelement <2 x double> %38, i64 0
  %55 = sitofp i32 %53 to double
  %56 = extractelement <2 x double> %38, i64 1
  %57 = call double @llvm.fmuladd.f64(double %54, double %55, double %56)
  %58 = fadd double %19, %57
  %59 = add nuw nsw i32 %20, 1
  %60 = icmp eq i32 %59, %0
  br i1 %60, label %14, label %16, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind uwtable
define dso_local <4 x float> @apply(ptr nocapture noundef readonly %0, <4 x float> noundef %1, <4 x float> noundef %2) local_unnamed_addr #7 {
  %4 = tail call <4 x float> %0(<4 x float> noundef %1, <4 x float> noundef %2) #12
  ret <4 x float> %4
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local <4 x i32> @fib_vec(i32 noundef %0, <4 x i32> noundef %1) local_unnamed_addr #8 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %13, label %4

4:                                                ; preds = %2, %4
  %5 = phi <4 x i32> [ %11, %4 ], [ %1, %2 ]
  %6 = phi i32 [ %7, %4 ], [ %0, %2 ]
  %7 = add nsw i32 %6, -1
  %8 = insertelement <4 x i32> poison, i32 %6, i64 0
  %9 = shufflevector <4 x i32> %8, <4 x i32> poison, <4 x i32> zeroinitializer
  %10 = mul <4 x i32> %9, <i32 1, i32 2, i32 3, i32 4>
  %11 = add <4 x i32> %10, %5
  %12 = icmp eq i32 %7, 0
  br i1 %12, label %13, label %4

13:                                               ; preds = %4, %2
  %14 = phi <4 x i32> [ %1, %2 ], [ %11, %4 ]
  ret <4 x i32> %14
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #9 {
  %1 = alloca <8 x float>, align 16
  %2 = alloca <8 x float>, align 16
  %3 = alloca <8 x float>, align 16
  %4 = alloca <4 x double>, align 16
  %5 = alloca <4 x double>, align 16
  %6 = alloca %struct.tagged, align 16
  %7 = alloca %struct.tagged, align 16
  %8 = tail call <4 x float> @add4(<4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %9 = extractelement <4 x float> %8, i64 0
  %10 = fpext float %9 to double
  %11 = extractelement <4 x float> %8, i64 1
  %12 = fpext float %11 to double
  %13 = extractelement <4 x float> %8, i64 2
  %14 = fpext float %13 to double
  %15 = extractelement <4 x float> %8, i64 3
  %16 = fpext float %15 to double
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str, double noundef %10, double noundef %12, double noundef %14, double noundef %16)
  %18 = tail call <4 x float> @mul_add4(<4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %19 = extractelement <4 x float> %18, i64 0
  %20 = fpext float %19 to double
  %21 = extractelement <4 x float> %18, i64 1
  %22 = fpext float %21 to double
  %23 = extractelement <4 x float> %18, i64 2
  %24 = fpext float %23 to double
  %25 = extractelement <4 x float> %18, i64 3
  %26 = fpext float %25 to double
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.1, double noundef %20, double noundef %22, double noundef %24, double noundef %26)
  %28 = tail call <2 x double> @div2(<2 x double> noundef <double 3.000000e+00, double 9.000000e+00>, <2 x double> noundef <double 2.000000e+00, double -4.000000e+00>)
  %29 = extractelement <2 x double> %28, i64 0
  %30 = extractelement <2 x double> %28, i64 1
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %29, double noundef %30)
  %32 = tail call <4 x i32> @mix_int(i32 noundef 3, <4 x i32> noundef <i32 1, i32 -2, i32 3, i32 -4>, double noundef 7.500000e+00, <2 x i64> noundef <i64 5, i64 -6>, i64 noundef 100)
  %33 = extractelement <4 x i32> %32, i64 0
  %34 = extractelement <4 x i32> %32, i64 1
  %35 = extractelement <4 x i32> %32, i64 2
  %36 = extractelement <4 x i32> %32, i64 3
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef nonnull @.str.3, i32 noundef %33, i32 noundef %34, i32 noundef %35, i32 noundef %36)
  %38 = tail call <16 x i8> @bytes_rev(<16 x i8> noundef <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 -1>)
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4)
  %40 = extractelement <16 x i8> %38, i64 0
  %41 = zext i8 %40 to i32
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %41)
  %43 = extractelement <16 x i8> %38, i64 1
  %44 = zext i8 %43 to i32
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %44)
  %46 = extractelement <16 x i8> %38, i64 2
  %47 = zext i8 %46 to i32
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %47)
  %49 = extractelement <16 x i8> %38, i64 3
  %50 = zext i8 %49 to i32
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %50)
  %52 = extractelement <16 x i8> %38, i64 4
  %53 = zext i8 %52 to i32
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %53)
  %55 = extractelement <16 x i8> %38, i64 5
  %56 = zext i8 %55 to i32
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %56)
  %58 = extractelement <16 x i8> %38, i64 6
  %59 = zext i8 %58 to i32
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %59)
  %61 = extractelement <16 x i8> %38, i64 7
  %62 = zext i8 %61 to i32
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %62)
  %64 = extractelement <16 x i8> %38, i64 8
  %65 = zext i8 %64 to i32
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %65)
  %67 = extractelement <16 x i8> %38, i64 9
  %68 = zext i8 %67 to i32
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %68)
  %70 = extractelement <16 x i8> %38, i64 10
  %71 = zext i8 %70 to i32
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %71)
  %73 = extractelement <16 x i8> %38, i64 11
  %74 = zext i8 %73 to i32
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %74)
  %76 = extractelement <16 x i8> %38, i64 12
  %77 = zext i8 %76 to i32
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %77)
  %79 = extractelement <16 x i8> %38, i64 13
  %80 = zext i8 %79 to i32
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %80)
  %82 = extractelement <16 x i8> %38, i64 14
  %83 = zext i8 %82 to i32
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %83)
  %85 = extractelement <16 x i8> %38, i64 15
  %86 = zext i8 %85 to i32
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %86)
  %88 = tail call i32 @putchar(i32 10)
  %89 = tail call <8 x i16> @shorts(<8 x i16> noundef <i16 1, i16 2, i16 3, i16 4, i16 -5, i16 -6, i16 7, i16 8>, <8 x i16> noundef <i16 8, i16 7, i16 6, i16 5, i16 4, i16 3, i16 2, i16 1>)
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7)
  %91 = extractelement <8 x i16> %89, i64 0
  %92 = sext i16 %91 to i32
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %92)
  %94 = extractelement <8 x i16> %89, i64 1
  %95 = sext i16 %94 to i32
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %95)
  %97 = extractelement <8 x i16> %89, i64 2
  %98 = sext i16 %97 to i32
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %98)
  %100 = extractelement <8 x i16> %89, i64 3
  %101 = sext i16 %100 to i32
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %101)
  %103 = extractelement <8 x i16> %89, i64 4
  %104 = sext i16 %103 to i32
  %105 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %104)
  %106 = extractelement <8 x i16> %89, i64 5
  %107 = sext i16 %106 to i32
  %108 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %107)
  %109 = extractelement <8 x i16> %89, i64 6
  %110 = sext i16 %109 to i32
  %111 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %110)
  %112 = extractelement <8 x i16> %89, i64 7
  %113 = sext i16 %112 to i32
  %114 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %113)
  %115 = tail call i32 @putchar(i32 10)
  %116 = tail call <2 x float> @small2(<2 x float> noundef <float 1.500000e+00, float -2.000000e+00>, <2 x float> noundef <float 4.000000e+00, float 2.500000e-01>)
  %117 = extractelement <2 x float> %116, i64 0
  %118 = fpext float %117 to double
  %119 = extractelement <2 x float> %116, i64 1
  %120 = fpext float %119 to double
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %118, double noundef %120)
  %122 = tail call <4 x i16> @small4(<4 x i16> noundef <i16 1, i16 -2, i16 300, i16 -400>)
  %123 = extractelement <4 x i16> %122, i64 0
  %124 = sext i16 %123 to i32
  %125 = extractelement <4 x i16> %122, i64 1
  %126 = sext i16 %125 to i32
  %127 = extractelement <4 x i16> %122, i64 2
  %128 = sext i16 %127 to i32
  %129 = extractelement <4 x i16> %122, i64 3
  %130 = sext i16 %129 to i32
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %124, i32 noundef %126, i32 noundef %128, i32 noundef %130)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #12
  store <8 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00, float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %2, align 16, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #12
  store <8 x float> <float 8.000000e+00, float 7.000000e+00, float 6.000000e+00, float 5.000000e+00, float 4.000000e+00, float 3.000000e+00, float 2.000000e+00, float 1.000000e+00>, ptr %3, align 16, !tbaa !6
  call void @wide8(ptr dead_on_unwind nonnull writable sret(<8 x float>) align 16 %1, ptr noundef nonnull %2, ptr noundef nonnull %3)
  %132 = load <8 x float>, ptr %1, align 16, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #12
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11)
  %134 = extractelement <8 x float> %132, i64 0
  %135 = fpext float %134 to double
  %136 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %135)
  %137 = extractelement <8 x float> %132, i64 1
  %138 = fpext float %137 to double
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %138)
  %140 = extractelement <8 x float> %132, i64 2
  %141 = fpext float %140 to double
  %142 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %141)
  %143 = extractelement <8 x float> %132, i64 3
  %144 = fpext float %143 to double
  %145 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %144)
  %146 = extractelement <8 x float> %132, i64 4
  %147 = fpext float %146 to double
  %148 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %147)
  %149 = extractelement <8 x float> %132, i64 5
  %150 = fpext float %149 to double
  %151 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %150)
  %152 = extractelement <8 x float> %132, i64 6
  %153 = fpext float %152 to double
  %154 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %153)
  %155 = extractelement <8 x float> %132, i64 7
  %156 = fpext float %155 to double
  %157 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %156)
  %158 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #12
  store <4 x double> <double 1.500000e+00, double -2.000000e+00, double 3.000000e+00, double 2.500000e-01>, ptr %5, align 16, !tbaa !6
  call void @wide4d(ptr dead_on_unwind nonnull writable sret(<4 x double>) align 16 %4, ptr noundef nonnull %5)
  %159 = load <4 x double>, ptr %4, align 16, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #12
  %160 = extractelement <4 x double> %159, i64 0
  %161 = extractelement <4 x double> %159, i64 1
  %162 = extractelement <4 x double> %159, i64 2
  %163 = extractelement <4 x double> %159, i64 3
  %164 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef %160, double noundef %161, double noundef %162, double noundef %163)
  %165 = tail call %struct.pair4 @swap_pair([2 x <4 x float>] alignstack(16) [<4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>])
  %166 = extractvalue %struct.pair4 %165, 0
  %167 = extractvalue %struct.pair4 %165, 1
  %168 = extractelement <4 x float> %166, i64 0
  %169 = fpext float %168 to double
  %170 = extractelement <4 x float> %166, i64 1
  %171 = fpext float %170 to double
  %172 = extractelement <4 x float> %166, i64 2
  %173 = fpext float %172 to double
  %174 = extractelement <4 x float> %166, i64 3
  %175 = fpext float %174 to double
  %176 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.14, double noundef %169, double noundef %171, double noundef %173, double noundef %175)
  %177 = extractelement <4 x float> %167, i64 0
  %178 = fpext float %177 to double
  %179 = extractelement <4 x float> %167, i64 1
  %180 = fpext float %179 to double
  %181 = extractelement <4 x float> %167, i64 2
  %182 = fpext float %181 to double
  %183 = extractelement <4 x float> %167, i64 3
  %184 = fpext float %183 to double
  %185 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.15, double noundef %178, double noundef %180, double noundef %182, double noundef %184)
  %186 = tail call %struct.one4 @wrap(<4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %187 = extractvalue %struct.one4 %186, 0
  %188 = extractelement <4 x float> %187, i64 0
  %189 = fpext float %188 to double
  %190 = extractelement <4 x float> %187, i64 1
  %191 = fpext float %190 to double
  %192 = extractelement <4 x float> %187, i64 2
  %193 = fpext float %192 to double
  %194 = extractelement <4 x float> %187, i64 3
  %195 = fpext float %194 to double
  %196 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.16, double noundef %189, double noundef %191, double noundef %193, double noundef %195)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #12
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %7, align 16, !tbaa !6
  %197 = getelementptr inbounds i8, ptr %7, i64 16
  store i32 5, ptr %197, align 16, !tbaa !13
  call void @tag_it(ptr dead_on_unwind nonnull writable sret(%struct.tagged) align 16 %6, ptr noundef nonnull %7)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #12
  %198 = load <4 x i32>, ptr %6, align 16, !tbaa !6
  %199 = extractelement <4 x i32> %198, i64 0
  %200 = extractelement <4 x i32> %198, i64 1
  %201 = extractelement <4 x i32> %198, i64 2
  %202 = extractelement <4 x i32> %198, i64 3
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef nonnull @.str.17, i32 noundef %199, i32 noundef %200, i32 noundef %201, i32 noundef %202)
  %204 = getelementptr inbounds i8, ptr %6, i64 16
  %205 = load i32, ptr %204, align 16, !tbaa !9
  %206 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %205)
  %207 = tail call <4 x float> @many(<4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, double noundef 5.000000e-01, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, i32 noundef 7, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %208 = extractelement <4 x float> %207, i64 0
  %209 = fpext float %208 to double
  %210 = extractelement <4 x float> %207, i64 1
  %211 = fpext float %210 to double
  %212 = extractelement <4 x float> %207, i64 2
  %213 = fpext float %212 to double
  %214 = extractelement <4 x float> %207, i64 3
  %215 = fpext float %214 to double
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.19, double noundef %209, double noundef %211, double noundef %213, double noundef %215)
  %217 = tail call <4 x float> (i32, ...) @sum_va(i32 noundef 3, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %218 = extractelement <4 x float> %217, i64 0
  %219 = fpext float %218 to double
  %220 = extractelement <4 x float> %217, i64 1
  %221 = fpext float %220 to double
  %222 = extractelement <4 x float> %217, i64 2
  %223 = fpext float %222 to double
  %224 = extractelement <4 x float> %217, i64 3
  %225 = fpext float %224 to double
  %226 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.20, double noundef %219, double noundef %221, double noundef %223, double noundef %225)
  %227 = tail call <4 x float> (i32, ...) @sum_va(i32 noundef 9, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %228 = extractelement <4 x float> %227, i64 0
  %229 = fpext float %228 to double
  %230 = extractelement <4 x float> %227, i64 1
  %231 = fpext float %230 to double
  %232 = extractelement <4 x float> %227, i64 2
  %233 = fpext float %232 to double
  %234 = extractelement <4 x float> %227, i64 3
  %235 = fpext float %234 to double
  %236 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.21, double noundef %229, double noundef %231, double noundef %233, double noundef %235)
  %237 = tail call double (i32, ...) @sum_va_mixed(i32 noundef 3, <2 x double> noundef <double 1.000000e+00, double 2.000000e+00>, i32 noundef 3, <2 x double> noundef <double 4.000000e+00, double 5.000000e+00>, i32 noundef 6, <2 x double> noundef <double -1.000000e+00, double 5.000000e-01>, i32 noundef 2)
  %238 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, double noundef %237)
  %239 = tail call <4 x float> @apply(ptr noundef nonnull @add4, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %240 = extractelement <4 x float> %239, i64 0
  %241 = fpext float %240 to double
  %242 = extractelement <4 x float> %239, i64 1
  %243 = fpext float %242 to double
  %244 = extractelement <4 x float> %239, i64 2
  %245 = fpext float %244 to double
  %246 = extractelement <4 x float> %239, i64 3
  %247 = fpext float %246 to double
  %248 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.23, double noundef %241, double noundef %243, double noundef %245, double noundef %247)
  %249 = tail call <4 x float> @apply(ptr noundef nonnull @add4, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %250 = extractelement <4 x float> %249, i64 0
  %251 = fpext float %250 to double
  %252 = extractelement <4 x float> %249, i64 1
  %253 = fpext float %252 to double
  %254 = extractelement <4 x float> %249, i64 2
  %255 = fpext float %254 to double
  %256 = extractelement <4 x float> %249, i64 3
  %257 = fpext float %256 to double
  %258 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.24, double noundef %251, double noundef %253, double noundef %255, double noundef %257)
  %259 = tail call <4 x i32> @fib_vec(i32 noundef 10, <4 x i32> noundef zeroinitializer)
  %260 = extractelement <4 x i32> %259, i64 0
  %261 = extractelement <4 x i32> %259, i64 1
  %262 = extractelement <4 x i32> %259, i64 2
  %263 = extractelement <4 x i32> %259, i64 3
  %264 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef nonnull @.str.25, i32 noundef %260, i32 noundef %261, i32 noundef %262, i32 noundef %263)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #12
  ret i32 0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef <4 x float> @add4(<4 x float> noundef %0, <4 x float> noundef %1) #0 {
  %3 = fadd <4 x float> %0, %1
  ret <4 x float> %3
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #10

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #11

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree noinline norecurse nosync nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nofree nounwind }
attributes #12 = { nounwind }

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
!9 = !{!10, !11, i64 16}
!10 = !{!"tagged", !7, i64 0, !11, i64 16}
!11 = !{!"int", !7, i64 0}
!12 = !{i64 0, i64 16, !6, i64 16, i64 4, !13}
!13 = !{!11, !11, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
