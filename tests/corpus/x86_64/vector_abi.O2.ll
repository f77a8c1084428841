; ModuleID = 'vector_abi.c'
source_filename = "vector_abi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair4 = type { <4 x float>, <4 x float> }
%struct.tagged = type { <4 x i32>, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

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
define dso_local noundef double @small2(double noundef %0, double noundef %1) local_unnamed_addr #3 {
  %3 = bitcast double %0 to <2 x float>
  %4 = bitcast double %1 to <2 x float>
  %5 = fmul <2 x float> %3, %4
  %6 = bitcast <2 x float> %5 to double
  ret double %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @small4(double noundef %0) local_unnamed_addr #3 {
  %2 = bitcast double %0 to <4 x i16>
  %3 = shl <4 x i16> %2, <i16 1, i16 1, i16 1, i16 1>
  %4 = bitcast <4 x i16> %3 to double
  ret double %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <8 x float> @wide8(ptr nocapture noundef readonly byval(<8 x float>) align 32 %0, ptr nocapture noundef readonly byval(<8 x float>) align 32 %1) local_unnamed_addr #4 {
  %3 = load <8 x float>, ptr %0, align 32, !tbaa !5
  %4 = load <8 x float>, ptr %1, align 32, !tbaa !5
  %5 = fsub <8 x float> %3, %4
  ret <8 x float> %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local <4 x double> @wide4d(ptr nocapture noundef readonly byval(<4 x double>) align 32 %0) local_unnamed_addr #4 {
  %2 = load <4 x double>, ptr %0, align 32, !tbaa !5
  %3 = fmul <4 x double> %2, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  ret <4 x double> %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @swap_pair(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.pair4) align 16 %0, ptr nocapture noundef readonly byval(%struct.pair4) align 16 %1) local_unnamed_addr #5 {
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  %4 = load <4 x float>, ptr %3, align 16, !tbaa !5
  %5 = fadd <4 x float> %4, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %5, ptr %0, align 16, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load <4 x float>, ptr %1, align 16, !tbaa !5
  %8 = fadd <4 x float> %7, <float -1.000000e+00, float -1.000000e+00, float -1.000000e+00, float -1.000000e+00>
  store <4 x float> %8, ptr %6, align 16, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef <4 x float> @wrap(<4 x float> noundef %0) local_unnamed_addr #0 {
  %2 = fmul <4 x float> %0, %0
  ret <4 x float> %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @tag_it(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.tagged) align 16 %0, ptr nocapture noundef byval(%struct.tagged) align 16 %1) local_unnamed_addr #5 {
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  %4 = load i32, ptr %3, align 16, !tbaa !8
  %5 = insertelement <4 x i32> poison, i32 %4, i64 0
  %6 = shufflevector <4 x i32> %5, <4 x i32> poison, <4 x i32> zeroinitializer
  %7 = load <4 x i32>, ptr %1, align 16, !tbaa !5
  %8 = add <4 x i32> %6, %7
  store <4 x i32> %8, ptr %1, align 16, !tbaa !5
  %9 = shl nsw i32 %4, 1
  store i32 %9, ptr %3, align 16, !tbaa !8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %0, ptr noundef nonnull align 16 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !11
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

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
define dso_local <4 x float> @sum_va(i32 noundef %0, ...) local_unnamed_addr #7 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #15
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %35

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %2, i64 4
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = and i32 %0, 1
  %12 = icmp eq i32 %0, 1
  br i1 %12, label %15, label %13

13:                                               ; preds = %4
  %14 = and i32 %0, 2147483646
  br label %37

15:                                               ; preds = %66, %4
  %16 = phi <4 x float> [ poison, %4 ], [ %71, %66 ]
  %17 = phi ptr [ %10, %4 ], [ %67, %66 ]
  %18 = phi i32 [ %9, %4 ], [ %68, %66 ]
  %19 = phi <4 x float> [ zeroinitializer, %4 ], [ %71, %66 ]
  %20 = icmp eq i32 %11, 0
  br i1 %20, label %35, label %21

21:                                               ; preds = %15
  %22 = icmp ult i32 %18, 161
  br i1 %22, label %27, label %23

23:                                               ; preds = %21
  %24 = getelementptr inbounds i8, ptr %17, i64 15
  %25 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %24, i64 -16)
  %26 = getelementptr i8, ptr %25, i64 16
  store ptr %26, ptr %6, align 8
  br label %31

27:                                               ; preds = %21
  %28 = zext nneg i32 %18 to i64
  %29 = getelementptr i8, ptr %8, i64 %28
  %30 = add nuw nsw i32 %18, 16
  store i32 %30, ptr %5, align 4
  br label %31

31:                                               ; preds = %27, %23
  %32 = phi ptr [ %29, %27 ], [ %25, %23 ]
  %33 = load <4 x float>, ptr %32, align 16, !tbaa !5
  %34 = fadd <4 x float> %19, %33
  br label %35

35:                                               ; preds = %31, %15, %1
  %36 = phi <4 x float> [ zeroinitializer, %1 ], [ %16, %15 ], [ %34, %31 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #15
  ret <4 x float> %36

37:                                               ; preds = %66, %13
  %38 = phi ptr [ %10, %13 ], [ %67, %66 ]
  %39 = phi i32 [ %9, %13 ], [ %68, %66 ]
  %40 = phi <4 x float> [ zeroinitializer, %13 ], [ %71, %66 ]
  %41 = phi i32 [ 0, %13 ], [ %72, %66 ]
  %42 = icmp ult i32 %39, 161
  br i1 %42, label %43, label %47

43:                                               ; preds = %37
  %44 = zext nneg i32 %39 to i64
  %45 = getelementptr i8, ptr %8, i64 %44
  %46 = add nuw nsw i32 %39, 16
  store i32 %46, ptr %5, align 4
  br label %51

47:                                               ; preds = %37
  %48 = getelementptr inbounds i8, ptr %38, i64 15
  %49 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %48, i64 -16)
  %50 = getelementptr i8, ptr %49, i64 16
  store ptr %50, ptr %6, align 8
  br label %51

51:                                               ; preds = %47, %43
  %52 = phi ptr [ %38, %43 ], [ %50, %47 ]
  %53 = phi i32 [ %46, %43 ], [ %39, %47 ]
  %54 = phi ptr [ %45, %43 ], [ %49, %47 ]
  %55 = load <4 x float>, ptr %54, align 16, !tbaa !5
  %56 = fadd <4 x float> %40, %55
  %57 = icmp ult i32 %53, 161
  br i1 %57, label %62, label %58

58:                                               ; preds = %51
  %59 = getelementptr inbounds i8, ptr %52, i64 15
  %60 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %59, i64 -16)
  %61 = getelementptr i8, ptr %60, i64 16
  store ptr %61, ptr %6, align 8
  br label %66

62:                                               ; preds = %51
  %63 = zext nneg i32 %53 to i64
  %64 = getelementptr i8, ptr %8, i64 %63
  %65 = add nuw nsw i32 %53, 16
  store i32 %65, ptr %5, align 4
  br label %66

66:                                               ; preds = %62, %58
  %67 = phi ptr [ %52, %62 ], [ %61, %58 ]
  %68 = phi i32 [ %65, %62 ], [ %53, %58 ]
  %69 = phi ptr [ %64, %62 ], [ %60, %58 ]
  %70 = load <4 x float>, ptr %69, align 16, !tbaa !5
  %71 = fadd <4 x float> %56, %70
  %72 = add i32 %41, 2
  %73 = icmp eq i32 %72, %14
  br i1 %73, label %15, label %37, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #8

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #8

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local double @sum_va_mixed(i32 noundef %0, ...) local_unnamed_addr #9 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #15
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %12

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds i8, ptr %2, i64 4
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  %9 = load ptr, ptr %8, align 16
  %10 = load i32, ptr %6, align 4
  %11 = load ptr, ptr %7, align 8
  br label %14

12:                                               ; preds = %41, %1
  %13 = phi double [ 0.000000e+00, %1 ], [ %50, %41 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #15
  ret double %13

14:                                               ; preds = %4, %41
  %15 = phi ptr [ %11, %4 ], [ %42, %41 ]
  %16 = phi i32 [ %10, %4 ], [ %31, %41 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %50, %41 ]
  %18 = phi i32 [ 0, %4 ], [ %51, %41 ]
  %19 = phi i32 [ %5, %4 ], [ %43, %41 ]
  %20 = icmp ult i32 %16, 161
  br i1 %20, label %21, label %25

21:                                               ; preds = %14
  %22 = zext nneg i32 %16 to i64
  %23 = getelementptr i8, ptr %9, i64 %22
  %24 = add nuw nsw i32 %16, 16
  store i32 %24, ptr %6, align 4
  br label %29

25:                                               ; preds = %14
  %26 = getelementptr inbounds i8, ptr %15, i64 15
  %27 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %26, i64 -16)
  %28 = getelementptr i8, ptr %27, i64 16
  store ptr %28, ptr %7, align 8
  br label %29

29:                                               ; preds = %25, %21
  %30 = phi ptr [ %15, %21 ], [ %28, %25 ]
  %31 = phi i32 [ %24, %21 ], [ %16, %25 ]
  %32 = phi ptr [ %23, %21 ], [ %27, %25 ]
  %33 = load <2 x double>, ptr %32, align 16, !tbaa !5
  %34 = icmp ult i32 %19, 41
  br i1 %34, label %35, label %39

35:                                               ; preds = %29
  %36 = zext nneg i32 %19 to i64
  %37 = getelementptr i8, ptr %9, i64 %36
  %38 = add nuw nsw i32 %19, 8
  store i32 %38, ptr %2, align 16
  br label %41

39:                                               ; preds = %29
  %40 = getelementptr i8, ptr %30, i64 8
  store ptr %40, ptr %7, align 8
  br label %41

41:                                               ; preds = %39, %35
  %42 = phi ptr [ %30, %35 ], [ %40, %39 ]
  %43 = phi i32 [ %38, %35 ], [ %19, %39 ]
  %44 = phi ptr [ %37, %35 ], [ %30, %39 ]
  %45 = load i32, ptr %44, align 4, !tbaa !12
  %46 = extractelement <2 x double> %33, i64 0
  %47 = sitofp i32 %45 to double
  %48 = extractelement <2 x double> %33, i64 1
  %49 = call double @llvm.fmuladd.f64(double %46, double %47, double %48)
  %50 = fadd double %17, %49
  %51 = add nuw nsw i32 %18, 1
  %52 = icmp eq i32 %51, %0
  br i1 %52, label %12, label %14, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind uwtable
define dso_local <4 x float> @apply(ptr nocapture noundef readonly %0, <4 x float> noundef %1, <4 x float> noundef %2) local_unnamed_addr #10 {
  %4 = tail call <4 x float> %0(<4 x float> noundef %1, <4 x float> noundef %2) #15
  ret <4 x float> %4
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local <4 x i32> @fib_vec(i32 noundef %0, <4 x i32> noundef %1) local_unnamed_addr #11 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %32, label %4

4:                                                ; preds = %2
  %5 = and i32 %0, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %4
  %8 = add nsw i32 %0, -1
  %9 = insertelement <4 x i32> poison, i32 %0, i64 0
  %10 = shufflevector <4 x i32> %9, <4 x i32> poison, <4 x i32> zeroinitializer
  %11 = mul <4 x i32> %10, <i32 1, i32 2, i32 3, i32 4>
  %12 = add <4 x i32> %11, %1
  br label %13

13:                                               ; preds = %7, %4
  %14 = phi <4 x i32> [ poison, %4 ], [ %12, %7 ]
  %15 = phi <4 x i32> [ %1, %4 ], [ %12, %7 ]
  %16 = phi i32 [ %0, %4 ], [ %8, %7 ]
  %17 = icmp eq i32 %0, 1
  br i1 %17, label %32, label %18

18:                                               ; preds = %13, %18
  %19 = phi <4 x i32> [ %30, %18 ], [ %15, %13 ]
  %20 = phi i32 [ %26, %18 ], [ %16, %13 ]
  %21 = add nsw i32 %20, -1
  %22 = insertelement <4 x i32> poison, i32 %20, i64 0
  %23 = shufflevector <4 x i32> %22, <4 x i32> poison, <4 x i32> zeroinitializer
  %24 = mul <4 x i32> %23, <i32 1, i32 2, i32 3, i32 4>
  %25 = add <4 x i32> %24, %19
  %26 = add nsw i32 %20, -2
  %27 = insertelement <4 x i32> poison, i32 %21, i64 0
  %28 = shufflevector <4 x i32> %27, <4 x i32> poison, <4 x i32> zeroinitializer
  %29 = mul <4 x i32> %28, <i32 1, i32 2, i32 3, i32 4>
  %30 = add <4 x i32> %29, %25
  %31 = icmp eq i32 %26, 0
  br i1 %31, label %32, label %18

32:                                               ; preds = %13, %18, %2
  %33 = phi <4 x i32> [ %1, %2 ], [ %14, %13 ], [ %30, %18 ]
  ret <4 x i32> %33
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #12 {
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <4 x double>, align 32
  %4 = alloca %struct.pair4, align 16
  %5 = alloca %struct.pair4, align 16
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
  %116 = tail call double @small2(double noundef 0xC00000003FC00000, double noundef 0x3E80000040800000)
  %117 = bitcast double %116 to <2 x float>
  %118 = extractelement <2 x float> %117, i64 0
  %119 = fpext float %118 to double
  %120 = extractelement <2 x float> %117, i64 1
  %121 = fpext float %120 to double
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %119, double noundef %121)
  %123 = tail call double @small4(double noundef 0xFE70012CFFFE0001)
  %124 = bitcast double %123 to <4 x i16>
  %125 = extractelement <4 x i16> %124, i64 0
  %126 = sext i16 %125 to i32
  %127 = extractelement <4 x i16> %124, i64 1
  %128 = sext i16 %127 to i32
  %129 = extractelement <4 x i16> %124, i64 2
  %130 = sext i16 %129 to i32
  %131 = extractelement <4 x i16> %124, i64 3
  %132 = sext i16 %131 to i32
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %126, i32 noundef %128, i32 noundef %130, i32 noundef %132)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #15
  store <8 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00, float 5.000000e+00, float 6.000000e+00, float 7.000000e+00, float 8.000000e+00>, ptr %1, align 32, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #15
  store <8 x float> <float 8.000000e+00, float 7.000000e+00, float 6.000000e+00, float 5.000000e+00, float 4.000000e+00, float 3.000000e+00, float 2.000000e+00, float 1.000000e+00>, ptr %2, align 32, !tbaa !5
  %134 = tail call <8 x float> @wide8(ptr noundef nonnull byval(<8 x float>) align 32 %1, ptr noundef nonnull byval(<8 x float>) align 32 %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #15
  %135 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11)
  %136 = extractelement <8 x float> %134, i64 0
  %137 = fpext float %136 to double
  %138 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %137)
  %139 = extractelement <8 x float> %134, i64 1
  %140 = fpext float %139 to double
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %140)
  %142 = extractelement <8 x float> %134, i64 2
  %143 = fpext float %142 to double
  %144 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %143)
  %145 = extractelement <8 x float> %134, i64 3
  %146 = fpext float %145 to double
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %146)
  %148 = extractelement <8 x float> %134, i64 4
  %149 = fpext float %148 to double
  %150 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %149)
  %151 = extractelement <8 x float> %134, i64 5
  %152 = fpext float %151 to double
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %152)
  %154 = extractelement <8 x float> %134, i64 6
  %155 = fpext float %154 to double
  %156 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %155)
  %157 = extractelement <8 x float> %134, i64 7
  %158 = fpext float %157 to double
  %159 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef %158)
  %160 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #15
  store <4 x double> <double 1.500000e+00, double -2.000000e+00, double 3.000000e+00, double 2.500000e-01>, ptr %3, align 32, !tbaa !5
  %161 = tail call <4 x double> @wide4d(ptr noundef nonnull byval(<4 x double>) align 32 %3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #15
  %162 = extractelement <4 x double> %161, i64 0
  %163 = extractelement <4 x double> %161, i64 1
  %164 = extractelement <4 x double> %161, i64 2
  %165 = extractelement <4 x double> %161, i64 3
  %166 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef %162, double noundef %163, double noundef %164, double noundef %165)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #15
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %5, align 16, !tbaa !5
  %167 = getelementptr inbounds i8, ptr %5, i64 16
  store <4 x float> <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, ptr %167, align 16, !tbaa !5
  call void @swap_pair(ptr dead_on_unwind nonnull writable sret(%struct.pair4) align 16 %4, ptr noundef nonnull byval(%struct.pair4) align 16 %5)
  %168 = load <4 x float>, ptr %4, align 16, !tbaa !5
  %169 = extractelement <4 x float> %168, i64 0
  %170 = fpext float %169 to double
  %171 = extractelement <4 x float> %168, i64 1
  %172 = fpext float %171 to double
  %173 = extractelement <4 x float> %168, i64 2
  %174 = fpext float %173 to double
  %175 = extractelement <4 x float> %168, i64 3
  %176 = fpext float %175 to double
  %177 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.14, double noundef %170, double noundef %172, double noundef %174, double noundef %176)
  %178 = getelementptr inbounds i8, ptr %4, i64 16
  %179 = load <4 x float>, ptr %178, align 16, !tbaa !5
  %180 = extractelement <4 x float> %179, i64 0
  %181 = fpext float %180 to double
  %182 = extractelement <4 x float> %179, i64 1
  %183 = fpext float %182 to double
  %184 = extractelement <4 x float> %179, i64 2
  %185 = fpext float %184 to double
  %186 = extractelement <4 x float> %179, i64 3
  %187 = fpext float %186 to double
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.15, double noundef %181, double noundef %183, double noundef %185, double noundef %187)
  %189 = tail call <4 x float> @wrap(<4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %190 = extractelement <4 x float> %189, i64 0
  %191 = fpext float %190 to double
  %192 = extractelement <4 x float> %189, i64 1
  %193 = fpext float %192 to double
  %194 = extractelement <4 x float> %189, i64 2
  %195 = fpext float %194 to double
  %196 = extractelement <4 x float> %189, i64 3
  %197 = fpext float %196 to double
  %198 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.16, double noundef %191, double noundef %193, double noundef %195, double noundef %197)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #15
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %7, align 16, !tbaa !5
  %199 = getelementptr inbounds i8, ptr %7, i64 16
  store i32 5, ptr %199, align 16, !tbaa !8
  call void @tag_it(ptr dead_on_unwind nonnull writable sret(%struct.tagged) align 16 %6, ptr noundef nonnull byval(%struct.tagged) align 16 %7)
  %200 = load i32, ptr %6, align 16
  %201 = getelementptr inbounds i8, ptr %6, i64 4
  %202 = load i32, ptr %201, align 4
  %203 = getelementptr inbounds i8, ptr %6, i64 8
  %204 = load i32, ptr %203, align 8
  %205 = getelementptr inbounds i8, ptr %6, i64 12
  %206 = load i32, ptr %205, align 4
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef nonnull @.str.17, i32 noundef %200, i32 noundef %202, i32 noundef %204, i32 noundef %206)
  %208 = getelementptr inbounds i8, ptr %6, i64 16
  %209 = load i32, ptr %208, align 16, !tbaa !8
  %210 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %209)
  %211 = tail call <4 x float> @many(<4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, double noundef 5.000000e-01, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, i32 noundef 7, <4 x float> noundef <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %212 = extractelement <4 x float> %211, i64 0
  %213 = fpext float %212 to double
  %214 = extractelement <4 x float> %211, i64 1
  %215 = fpext float %214 to double
  %216 = extractelement <4 x float> %211, i64 2
  %217 = fpext float %216 to double
  %218 = extractelement <4 x float> %211, i64 3
  %219 = fpext float %218 to double
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.19, double noundef %213, double noundef %215, double noundef %217, double noundef %219)
  %221 = tail call <4 x float> (i32, ...) @sum_va(i32 noundef 3, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %222 = extractelement <4 x float> %221, i64 0
  %223 = fpext float %222 to double
  %224 = extractelement <4 x float> %221, i64 1
  %225 = fpext float %224 to double
  %226 = extractelement <4 x float> %221, i64 2
  %227 = fpext float %226 to double
  %228 = extractelement <4 x float> %221, i64 3
  %229 = fpext float %228 to double
  %230 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.20, double noundef %223, double noundef %225, double noundef %227, double noundef %229)
  %231 = tail call <4 x float> (i32, ...) @sum_va(i32 noundef 9, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %232 = extractelement <4 x float> %231, i64 0
  %233 = fpext float %232 to double
  %234 = extractelement <4 x float> %231, i64 1
  %235 = fpext float %234 to double
  %236 = extractelement <4 x float> %231, i64 2
  %237 = fpext float %236 to double
  %238 = extractelement <4 x float> %231, i64 3
  %239 = fpext float %238 to double
  %240 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.21, double noundef %233, double noundef %235, double noundef %237, double noundef %239)
  %241 = tail call double (i32, ...) @sum_va_mixed(i32 noundef 3, <2 x double> noundef <double 1.000000e+00, double 2.000000e+00>, i32 noundef 3, <2 x double> noundef <double 4.000000e+00, double 5.000000e+00>, i32 noundef 6, <2 x double> noundef <double -1.000000e+00, double 5.000000e-01>, i32 noundef 2)
  %242 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, double noundef %241)
  %243 = tail call <4 x float> @apply(ptr noundef nonnull @add4, <4 x float> noundef <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, <4 x float> noundef <float 1.000000e+01, float 2.000000e+01, float 3.000000e+01, float 4.000000e+01>)
  %244 = extractelement <4 x float> %243, i64 0
  %245 = fpext float %244 to double
  %246 = extractelement <4 x float> %243, i64 1
  %247 = fpext float %246 to double
  %248 = extractelement <4 x float> %243, i64 2
  %249 = fpext float %248 to double
  %250 = extractelement <4 x float> %243, i64 3
  %251 = fpext float %250 to double
  %252 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.23, double noundef %245, double noundef %247, double noundef %249, double noundef %251)
  %253 = tail call <4 x float> @apply(ptr noundef nonnull @add4, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>, <4 x float> noundef <float 5.000000e-01, float -1.000000e+00, float 2.000000e+00, float 8.000000e+00>)
  %254 = extractelement <4 x float> %253, i64 0
  %255 = fpext float %254 to double
  %256 = extractelement <4 x float> %253, i64 1
  %257 = fpext float %256 to double
  %258 = extractelement <4 x float> %253, i64 2
  %259 = fpext float %258 to double
  %260 = extractelement <4 x float> %253, i64 3
  %261 = fpext float %260 to double
  %262 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef nonnull @.str.24, double noundef %255, double noundef %257, double noundef %259, double noundef %261)
  %263 = tail call <4 x i32> @fib_vec(i32 noundef 10, <4 x i32> noundef zeroinitializer)
  %264 = extractelement <4 x i32> %263, i64 0
  %265 = extractelement <4 x i32> %263, i64 1
  %266 = extractelement <4 x i32> %263, i64 2
  %267 = extractelement <4 x i32> %263, i64 3
  %268 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef nonnull @.str.25, i32 noundef %264, i32 noundef %265, i32 noundef %266, i32 noundef %267)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #15
  ret i32 0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef <4 x float> @add4(<4 x float> noundef %0, <4 x float> noundef %1) #0 {
  %3 = fadd <4 x float> %0, %1
  ret <4 x float> %3
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #13

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #14

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nofree noinline norecurse nosync nounwind uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #9 = { nofree noinline norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { noinline nounwind uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nounwind uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nofree nounwind }
attributes #15 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !10, i64 16}
!9 = !{!"tagged", !6, i64 0, !10, i64 16}
!10 = !{!"int", !6, i64 0}
!11 = !{i64 0, i64 16, !5, i64 16, i64 4, !12}
!12 = !{!10, !10, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
