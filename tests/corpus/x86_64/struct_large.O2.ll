; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Mat3 = type { [3 x [3 x double]] }
%struct.Big = type { i64, i64, i64, i64 }
%struct.Rec = type { [24 x i8], i32, double }
%struct.Five = type { [5 x i32] }

@.str = private unnamed_addr constant [17 x i8] c"rec: %s %d %.2f\0A\00", align 1
@.str.1 = private unnamed_addr constant [40 x i8] c"big: %ld %ld %ld %ld / %ld %ld sum=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"a-rather-long-name-xyzzyplugh\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Mat3 { [3 x [3 x double]] [[3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00], [3 x double] [double 4.000000e+00, double 5.000000e+00, double 6.000000e+00], [3 x double] [double 7.000000e+00, double 8.000000e+00, double 9.000000e+00]] }, align 8
@.str.4 = private unnamed_addr constant [15 x i8] c"mat: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"five: %d %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"mix: %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"total: %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"bob\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @big_make(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Big) align 8 %0, i64 noundef %1) local_unnamed_addr #0 {
  store i64 %1, ptr %0, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = shl nsw i64 %1, 1
  store i64 %4, ptr %3, align 8, !tbaa !10
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = mul nsw i64 %1, 3
  store i64 %6, ptr %5, align 8, !tbaa !11
  %7 = getelementptr inbounds i8, ptr %0, i64 24
  %8 = shl nsw i64 %1, 2
  store i64 %8, ptr %7, align 8, !tbaa !12
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @big_sum(ptr nocapture noundef readonly byval(%struct.Big) align 8 %0) local_unnamed_addr #1 {
  %2 = load <4 x i64>, ptr %0, align 8, !tbaa !13
  %3 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %2)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_mod(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Big) align 8 %0, ptr nocapture noundef byval(%struct.Big) align 8 %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = sext i32 %2 to i64
  %5 = load i64, ptr %1, align 8, !tbaa !5
  %6 = add nsw i64 %5, %4
  store i64 %6, ptr %1, align 8, !tbaa !5
  %7 = getelementptr inbounds i8, ptr %1, i64 24
  %8 = load i64, ptr %7, align 8, !tbaa !12
  %9 = sub nsw i64 %8, %4
  store i64 %9, ptr %7, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !14
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree noinline nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @rec_make(ptr dead_on_unwind noalias writable sret(%struct.Rec) align 8 %0, ptr nocapture noundef readonly %1, i32 noundef %2, double noundef %3) local_unnamed_addr #4 {
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %5, i8 0, i64 16, i1 false)
  %6 = tail call ptr @strncpy(ptr noundef nonnull dereferenceable(1) %0, ptr noundef nonnull dereferenceable(1) %1, i64 noundef 23) #14
  %7 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %2, ptr %7, align 8, !tbaa !15
  %8 = getelementptr inbounds i8, ptr %0, i64 32
  store double %3, ptr %8, align 8, !tbaa !19
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #6

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @rec_print(ptr noundef byval(%struct.Rec) align 8 %0) local_unnamed_addr #7 {
  %2 = getelementptr inbounds i8, ptr %0, i64 24
  %3 = load i32, ptr %2, align 8, !tbaa !15
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  %5 = load double, ptr %4, align 8, !tbaa !19
  %6 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull %0, i32 noundef %3, double noundef %5)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define dso_local void @rec_older(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Rec) align 8 %0, ptr nocapture noundef readonly byval(%struct.Rec) align 8 %1, ptr nocapture noundef readonly byval(%struct.Rec) align 8 %2) local_unnamed_addr #9 {
  %4 = getelementptr inbounds i8, ptr %1, i64 24
  %5 = load i32, ptr %4, align 8, !tbaa !15
  %6 = getelementptr inbounds i8, ptr %2, i64 24
  %7 = load i32, ptr %6, align 8, !tbaa !15
  %8 = icmp slt i32 %5, %7
  %9 = select i1 %8, ptr %2, ptr %1
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %0, ptr noundef nonnull align 8 dereferenceable(40) %9, i64 40, i1 false)
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Mat3) align 8 %0, ptr nocapture noundef readonly byval(%struct.Mat3) align 8 %1, ptr nocapture noundef readonly byval(%struct.Mat3) align 8 %2) local_unnamed_addr #2 {
  %4 = load <2 x double>, ptr %1, align 8
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  %6 = load <2 x double>, ptr %5, align 8
  %7 = getelementptr inbounds i8, ptr %2, i64 24
  %8 = getelementptr inbounds i8, ptr %1, i64 16
  %9 = load <2 x double>, ptr %8, align 8
  %10 = getelementptr inbounds i8, ptr %2, i64 48
  %11 = load <2 x double>, ptr %2, align 8, !tbaa !20
  %12 = shufflevector <2 x double> %4, <2 x double> poison, <2 x i32> zeroinitializer
  %13 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %12, <2 x double> %11, <2 x double> zeroinitializer)
  %14 = load <2 x double>, ptr %7, align 8, !tbaa !20
  %15 = shufflevector <2 x double> %6, <2 x double> poison, <2 x i32> zeroinitializer
  %16 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %15, <2 x double> %14, <2 x double> %13)
  %17 = load <2 x double>, ptr %10, align 8, !tbaa !20
  %18 = shufflevector <2 x double> %9, <2 x double> poison, <2 x i32> zeroinitializer
  %19 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %18, <2 x double> %17, <2 x double> %16)
  store <2 x double> %19, ptr %0, align 8, !tbaa !20
  %20 = getelementptr inbounds i8, ptr %2, i64 16
  %21 = load double, ptr %20, align 8, !tbaa !20
  %22 = getelementptr inbounds i8, ptr %2, i64 40
  %23 = load double, ptr %22, align 8, !tbaa !20
  %24 = getelementptr inbounds i8, ptr %2, i64 64
  %25 = load double, ptr %24, align 8, !tbaa !20
  %26 = getelementptr inbounds i8, ptr %0, i64 16
  %27 = getelementptr inbounds i8, ptr %1, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !20
  %29 = getelementptr inbounds i8, ptr %1, i64 32
  %30 = load double, ptr %29, align 8, !tbaa !20
  %31 = getelementptr inbounds i8, ptr %1, i64 40
  %32 = load double, ptr %31, align 8, !tbaa !20
  %33 = insertelement <2 x double> %4, double %28, i64 1
  %34 = shufflevector <2 x double> %11, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %35 = insertelement <2 x double> %34, double %21, i64 0
  %36 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %33, <2 x double> %35, <2 x double> zeroinitializer)
  %37 = insertelement <2 x double> %6, double %30, i64 1
  %38 = shufflevector <2 x double> %14, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %39 = insertelement <2 x double> %38, double %23, i64 0
  %40 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %37, <2 x double> %39, <2 x double> %36)
  %41 = insertelement <2 x double> %9, double %32, i64 1
  %42 = shufflevector <2 x double> %17, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %43 = insertelement <2 x double> %42, double %25, i64 0
  %44 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %41, <2 x double> %43, <2 x double> %40)
  store <2 x double> %44, ptr %26, align 8, !tbaa !20
  %45 = getelementptr inbounds i8, ptr %0, i64 32
  %46 = insertelement <2 x double> poison, double %28, i64 0
  %47 = shufflevector <2 x double> %46, <2 x double> poison, <2 x i32> zeroinitializer
  %48 = insertelement <2 x double> %34, double %21, i64 1
  %49 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %47, <2 x double> %48, <2 x double> zeroinitializer)
  %50 = insertelement <2 x double> poison, double %30, i64 0
  %51 = shufflevector <2 x double> %50, <2 x double> poison, <2 x i32> zeroinitializer
  %52 = insertelement <2 x double> %38, double %23, i64 1
  %53 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %51, <2 x double> %52, <2 x double> %49)
  %54 = insertelement <2 x double> poison, double %32, i64 0
  %55 = shufflevector <2 x double> %54, <2 x double> poison, <2 x i32> zeroinitializer
  %56 = insertelement <2 x double> %42, double %25, i64 1
  %57 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %55, <2 x double> %56, <2 x double> %53)
  store <2 x double> %57, ptr %45, align 8, !tbaa !20
  %58 = getelementptr inbounds i8, ptr %1, i64 48
  %59 = load double, ptr %58, align 8, !tbaa !20
  %60 = getelementptr inbounds i8, ptr %1, i64 56
  %61 = load double, ptr %60, align 8, !tbaa !20
  %62 = getelementptr inbounds i8, ptr %1, i64 64
  %63 = load double, ptr %62, align 8, !tbaa !20
  %64 = getelementptr inbounds i8, ptr %0, i64 48
  %65 = insertelement <2 x double> poison, double %59, i64 0
  %66 = shufflevector <2 x double> %65, <2 x double> poison, <2 x i32> zeroinitializer
  %67 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %66, <2 x double> %11, <2 x double> zeroinitializer)
  %68 = insertelement <2 x double> poison, double %61, i64 0
  %69 = shufflevector <2 x double> %68, <2 x double> poison, <2 x i32> zeroinitializer
  %70 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %69, <2 x double> %14, <2 x double> %67)
  %71 = insertelement <2 x double> poison, double %63, i64 0
  %72 = shufflevector <2 x double> %71, <2 x double> poison, <2 x i32> zeroinitializer
  %73 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %72, <2 x double> %17, <2 x double> %70)
  store <2 x double> %73, ptr %64, align 8, !tbaa !20
  %74 = tail call double @llvm.fmuladd.f64(double %59, double %21, double 0.000000e+00)
  %75 = tail call double @llvm.fmuladd.f64(double %61, double %23, double %74)
  %76 = tail call double @llvm.fmuladd.f64(double %63, double %25, double %75)
  %77 = getelementptr inbounds i8, ptr %0, i64 64
  store double %76, ptr %77, align 8, !tbaa !20
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #10

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #10

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @five_fill(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Five) align 4 %0, i32 noundef %1) local_unnamed_addr #0 {
  store i32 %1, ptr %0, align 4, !tbaa !21
  %3 = insertelement <4 x i32> poison, i32 %1, i64 0
  %4 = shufflevector <4 x i32> %3, <4 x i32> poison, <4 x i32> zeroinitializer
  %5 = add nsw <4 x i32> %4, <i32 1, i32 4, i32 9, i32 16>
  %6 = getelementptr inbounds i8, ptr %0, i64 4
  store <4 x i32> %5, ptr %6, align 4, !tbaa !21
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @mix(i32 noundef %0, ptr nocapture noundef readonly byval(%struct.Big) align 8 %1, double noundef %2, ptr nocapture noundef readonly byval(%struct.Five) align 8 %3, i32 noundef %4) local_unnamed_addr #1 {
  %6 = sext i32 %0 to i64
  %7 = tail call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %1)
  %8 = fptosi double %2 to i64
  %9 = load i32, ptr %3, align 8, !tbaa !21
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i8, ptr %3, i64 16
  %12 = load i32, ptr %11, align 8, !tbaa !21
  %13 = sext i32 %12 to i64
  %14 = sext i32 %4 to i64
  %15 = add i64 %8, %6
  %16 = add i64 %15, %14
  %17 = add i64 %16, %7
  %18 = add i64 %17, %10
  %19 = add i64 %18, %13
  ret i64 %19
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #12 {
  %1 = alloca %struct.Big, align 8
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Rec, align 8
  %4 = alloca %struct.Rec, align 8
  %5 = alloca %struct.Rec, align 8
  %6 = alloca %struct.Mat3, align 8
  %7 = alloca %struct.Mat3, align 8
  %8 = alloca %struct.Mat3, align 8
  %9 = alloca %struct.Five, align 8
  %10 = alloca [4 x %struct.Big], align 16
  %11 = alloca %struct.Big, align 8
  %12 = alloca %struct.Big, align 8
  %13 = alloca %struct.Rec, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %1, i64 noundef 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #14
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %2, ptr noundef nonnull byval(%struct.Big) align 8 %1, i32 noundef 5)
  %14 = load i64, ptr %1, align 8, !tbaa !5
  %15 = getelementptr inbounds i8, ptr %1, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !10
  %17 = getelementptr inbounds i8, ptr %1, i64 16
  %18 = load i64, ptr %17, align 8, !tbaa !11
  %19 = getelementptr inbounds i8, ptr %1, i64 24
  %20 = load i64, ptr %19, align 8, !tbaa !12
  %21 = load i64, ptr %2, align 8, !tbaa !5
  %22 = getelementptr inbounds i8, ptr %2, i64 24
  %23 = load i64, ptr %22, align 8, !tbaa !12
  %24 = tail call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %2)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %14, i64 noundef %16, i64 noundef %18, i64 noundef %20, i64 noundef %21, i64 noundef %23, i64 noundef %24)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %3) #14
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %3, ptr noundef nonnull @.str.2, i32 noundef 31, double noundef 8.850000e+01)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #14
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %4, ptr noundef nonnull @.str.3, i32 noundef 45, double noundef 7.225000e+01)
  call void @rec_print(ptr noundef nonnull byval(%struct.Rec) align 8 %3)
  call void @rec_print(ptr noundef nonnull byval(%struct.Rec) align 8 %4)
  call void @rec_older(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %5, ptr noundef nonnull byval(%struct.Rec) align 8 %3, ptr noundef nonnull byval(%struct.Rec) align 8 %4)
  call void @rec_print(ptr noundef nonnull byval(%struct.Rec) align 8 %5)
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %6) #14
  %26 = getelementptr inbounds i8, ptr %6, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(72) %26, i8 0, i64 56, i1 false)
  store double 1.000000e+00, ptr %6, align 8
  %27 = getelementptr inbounds i8, ptr %6, i64 32
  store double 1.000000e+00, ptr %27, align 8
  %28 = getelementptr inbounds i8, ptr %6, i64 64
  store double 1.000000e+00, ptr %28, align 8
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %7) #14
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %8, ptr noundef nonnull byval(%struct.Mat3) align 8 @__const.main.a, ptr noundef nonnull byval(%struct.Mat3) align 8 %6)
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %7, ptr noundef nonnull byval(%struct.Mat3) align 8 %8, ptr noundef nonnull byval(%struct.Mat3) align 8 @__const.main.a)
  %29 = load double, ptr %7, align 8, !tbaa !20
  %30 = getelementptr inbounds i8, ptr %7, i64 8
  %31 = load double, ptr %30, align 8, !tbaa !20
  %32 = getelementptr inbounds i8, ptr %7, i64 16
  %33 = load double, ptr %32, align 8, !tbaa !20
  %34 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %29, double noundef %31, double noundef %33)
  %35 = getelementptr inbounds i8, ptr %7, i64 24
  %36 = load double, ptr %35, align 8, !tbaa !20
  %37 = getelementptr inbounds i8, ptr %7, i64 32
  %38 = load double, ptr %37, align 8, !tbaa !20
  %39 = getelementptr inbounds i8, ptr %7, i64 40
  %40 = load double, ptr %39, align 8, !tbaa !20
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %36, double noundef %38, double noundef %40)
  %42 = getelementptr inbounds i8, ptr %7, i64 48
  %43 = load double, ptr %42, align 8, !tbaa !20
  %44 = getelementptr inbounds i8, ptr %7, i64 56
  %45 = load double, ptr %44, align 8, !tbaa !20
  %46 = getelementptr inbounds i8, ptr %7, i64 64
  %47 = load double, ptr %46, align 8, !tbaa !20
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %43, double noundef %45, double noundef %47)
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %9) #14
  call void @five_fill(ptr dead_on_unwind nonnull writable sret(%struct.Five) align 4 %9, i32 noundef 3)
  %49 = load i32, ptr %9, align 8, !tbaa !21
  %50 = getelementptr inbounds i8, ptr %9, i64 4
  %51 = load i32, ptr %50, align 4, !tbaa !21
  %52 = getelementptr inbounds i8, ptr %9, i64 8
  %53 = load i32, ptr %52, align 8, !tbaa !21
  %54 = getelementptr inbounds i8, ptr %9, i64 12
  %55 = load i32, ptr %54, align 4, !tbaa !21
  %56 = getelementptr inbounds i8, ptr %9, i64 16
  %57 = load i32, ptr %56, align 8, !tbaa !21
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %49, i32 noundef %51, i32 noundef %53, i32 noundef %55, i32 noundef %57)
  %59 = call i64 @mix(i32 noundef 1, ptr noundef nonnull byval(%struct.Big) align 8 %1, double noundef 2.750000e+00, ptr noundef nonnull byval(%struct.Five) align 8 %9, i32 noundef 1000)
  %60 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %59)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %10) #14
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 1)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(32) %11, i64 32, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #14
  %61 = getelementptr inbounds i8, ptr %10, i64 32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 2)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %61, ptr noundef nonnull align 8 dereferenceable(32) %11, i64 32, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #14
  %62 = getelementptr inbounds i8, ptr %10, i64 64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %62, ptr noundef nonnull align 8 dereferenceable(32) %11, i64 32, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #14
  %63 = getelementptr inbounds i8, ptr %10, i64 96
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %11, i64 noundef 4)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %63, ptr noundef nonnull align 8 dereferenceable(32) %11, i64 32, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #14
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %10, i32 noundef 0)
  %64 = call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %12)
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %61, i32 noundef 1)
  %65 = call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %12)
  %66 = add nsw i64 %65, %64
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %62, i32 noundef 2)
  %67 = call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %12)
  %68 = add nsw i64 %67, %66
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %12, ptr noundef nonnull byval(%struct.Big) align 8 %63, i32 noundef 3)
  %69 = call i64 @big_sum(ptr noundef nonnull byval(%struct.Big) align 8 %12)
  %70 = add nsw i64 %69, %68
  %71 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef %70)
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %13, ptr noundef nonnull @.str.8, i32 noundef 7, double noundef -1.500000e+00)
  call void @rec_print(ptr noundef nonnull byval(%struct.Rec) align 8 %13)
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %10) #14
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %9) #14
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %7) #14
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %6) #14
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %4) #14
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %3) #14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #14
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #14
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #13

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree noinline nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Big", !7, i64 0, !7, i64 8, !7, i64 16, !7, i64 24}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!6, !7, i64 8}
!11 = !{!6, !7, i64 16}
!12 = !{!6, !7, i64 24}
!13 = !{!7, !7, i64 0}
!14 = !{i64 0, i64 8, !13, i64 8, i64 8, !13, i64 16, i64 8, !13, i64 24, i64 8, !13}
!15 = !{!16, !17, i64 24}
!16 = !{!"Rec", !8, i64 0, !17, i64 24, !18, i64 32}
!17 = !{!"int", !8, i64 0}
!18 = !{!"double", !8, i64 0}
!19 = !{!16, !18, i64 32}
!20 = !{!18, !18, i64 0}
!21 = !{!17, !17, i64 0}
