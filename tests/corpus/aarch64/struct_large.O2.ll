; ModuleID = 'struct_large.c'
source_filename = "struct_large.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  store i64 %1, ptr %0, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = shl nsw i64 %1, 1
  store i64 %4, ptr %3, align 8, !tbaa !11
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = mul nsw i64 %1, 3
  store i64 %6, ptr %5, align 8, !tbaa !12
  %7 = getelementptr inbounds i8, ptr %0, i64 24
  %8 = shl nsw i64 %1, 2
  store i64 %8, ptr %7, align 8, !tbaa !13
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @big_sum(ptr nocapture noundef readonly %0) local_unnamed_addr #1 {
  %2 = load <4 x i64>, ptr %0, align 8, !tbaa !14
  %3 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %2)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_mod(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Big) align 8 %0, ptr nocapture noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = sext i32 %2 to i64
  %5 = load i64, ptr %1, align 8, !tbaa !6
  %6 = add nsw i64 %5, %4
  store i64 %6, ptr %1, align 8, !tbaa !6
  %7 = getelementptr inbounds i8, ptr %1, i64 24
  %8 = load i64, ptr %7, align 8, !tbaa !13
  %9 = sub nsw i64 %8, %4
  store i64 %9, ptr %7, align 8, !tbaa !13
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !15
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
  store i32 %2, ptr %7, align 8, !tbaa !16
  %8 = getelementptr inbounds i8, ptr %0, i64 32
  store double %3, ptr %8, align 8, !tbaa !20
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncpy(ptr noalias noundef returned writeonly, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #6

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @rec_print(ptr noundef %0) local_unnamed_addr #7 {
  %2 = getelementptr inbounds i8, ptr %0, i64 24
  %3 = load i32, ptr %2, align 8, !tbaa !16
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  %5 = load double, ptr %4, align 8, !tbaa !20
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %0, i32 noundef %3, double noundef %5)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define dso_local void @rec_older(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Rec) align 8 %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2) local_unnamed_addr #9 {
  %4 = getelementptr inbounds i8, ptr %1, i64 24
  %5 = load i32, ptr %4, align 8, !tbaa !16
  %6 = getelementptr inbounds i8, ptr %2, i64 24
  %7 = load i32, ptr %6, align 8, !tbaa !16
  %8 = icmp slt i32 %5, %7
  %9 = select i1 %8, ptr %2, ptr %1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %0, ptr noundef nonnull align 8 dereferenceable(40) %9, i64 40, i1 false)
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @mat_mul(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Mat3) align 8 %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2) local_unnamed_addr #2 {
  %4 = load double, ptr %1, align 8, !tbaa !21
  %5 = load double, ptr %2, align 8, !tbaa !21
  %6 = tail call double @llvm.fmuladd.f64(double %4, double %5, double 0.000000e+00)
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  %8 = load double, ptr %7, align 8, !tbaa !21
  %9 = getelementptr inbounds i8, ptr %2, i64 24
  %10 = load double, ptr %9, align 8, !tbaa !21
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %10, double %6)
  %12 = getelementptr inbounds i8, ptr %1, i64 16
  %13 = load double, ptr %12, align 8, !tbaa !21
  %14 = getelementptr inbounds i8, ptr %2, i64 48
  %15 = load double, ptr %14, align 8, !tbaa !21
  %16 = tail call double @llvm.fmuladd.f64(double %13, double %15, double %11)
  store double %16, ptr %0, align 8, !tbaa !21
  %17 = getelementptr inbounds i8, ptr %2, i64 8
  %18 = load double, ptr %17, align 8, !tbaa !21
  %19 = tail call double @llvm.fmuladd.f64(double %4, double %18, double 0.000000e+00)
  %20 = getelementptr inbounds i8, ptr %2, i64 32
  %21 = load double, ptr %20, align 8, !tbaa !21
  %22 = tail call double @llvm.fmuladd.f64(double %8, double %21, double %19)
  %23 = getelementptr inbounds i8, ptr %2, i64 56
  %24 = load double, ptr %23, align 8, !tbaa !21
  %25 = tail call double @llvm.fmuladd.f64(double %13, double %24, double %22)
  %26 = getelementptr inbounds i8, ptr %0, i64 8
  store double %25, ptr %26, align 8, !tbaa !21
  %27 = getelementptr inbounds i8, ptr %2, i64 16
  %28 = load double, ptr %27, align 8, !tbaa !21
  %29 = tail call double @llvm.fmuladd.f64(double %4, double %28, double 0.000000e+00)
  %30 = getelementptr inbounds i8, ptr %2, i64 40
  %31 = load double, ptr %30, align 8, !tbaa !21
  %32 = tail call double @llvm.fmuladd.f64(double %8, double %31, double %29)
  %33 = getelementptr inbounds i8, ptr %2, i64 64
  %34 = load double, ptr %33, align 8, !tbaa !21
  %35 = tail call double @llvm.fmuladd.f64(double %13, double %34, double %32)
  %36 = getelementptr inbounds i8, ptr %0, i64 16
  store double %35, ptr %36, align 8, !tbaa !21
  %37 = getelementptr inbounds i8, ptr %1, i64 24
  %38 = load double, ptr %37, align 8, !tbaa !21
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %5, double 0.000000e+00)
  %40 = getelementptr inbounds i8, ptr %1, i64 32
  %41 = load double, ptr %40, align 8, !tbaa !21
  %42 = tail call double @llvm.fmuladd.f64(double %41, double %10, double %39)
  %43 = getelementptr inbounds i8, ptr %1, i64 40
  %44 = load double, ptr %43, align 8, !tbaa !21
  %45 = tail call double @llvm.fmuladd.f64(double %44, double %15, double %42)
  %46 = getelementptr inbounds i8, ptr %0, i64 24
  store double %45, ptr %46, align 8, !tbaa !21
  %47 = tail call double @llvm.fmuladd.f64(double %38, double %18, double 0.000000e+00)
  %48 = tail call double @llvm.fmuladd.f64(double %41, double %21, double %47)
  %49 = tail call double @llvm.fmuladd.f64(double %44, double %24, double %48)
  %50 = getelementptr inbounds i8, ptr %0, i64 32
  store double %49, ptr %50, align 8, !tbaa !21
  %51 = tail call double @llvm.fmuladd.f64(double %38, double %28, double 0.000000e+00)
  %52 = tail call double @llvm.fmuladd.f64(double %41, double %31, double %51)
  %53 = tail call double @llvm.fmuladd.f64(double %44, double %34, double %52)
  %54 = getelementptr inbounds i8, ptr %0, i64 40
  store double %53, ptr %54, align 8, !tbaa !21
  %55 = getelementptr inbounds i8, ptr %1, i64 48
  %56 = load double, ptr %55, align 8, !tbaa !21
  %57 = tail call double @llvm.fmuladd.f64(double %56, double %5, double 0.000000e+00)
  %58 = getelementptr inbounds i8, ptr %1, i64 56
  %59 = load double, ptr %58, align 8, !tbaa !21
  %60 = tail call double @llvm.fmuladd.f64(double %59, double %10, double %57)
  %61 = getelementptr inbounds i8, ptr %1, i64 64
  %62 = load double, ptr %61, align 8, !tbaa !21
  %63 = tail call double @llvm.fmuladd.f64(double %62, double %15, double %60)
  %64 = getelementptr inbounds i8, ptr %0, i64 48
  store double %63, ptr %64, align 8, !tbaa !21
  %65 = tail call double @llvm.fmuladd.f64(double %56, double %18, double 0.000000e+00)
  %66 = tail call double @llvm.fmuladd.f64(double %59, double %21, double %65)
  %67 = tail call double @llvm.fmuladd.f64(double %62, double %24, double %66)
  %68 = getelementptr inbounds i8, ptr %0, i64 56
  store double %67, ptr %68, align 8, !tbaa !21
  %69 = tail call double @llvm.fmuladd.f64(double %56, double %28, double 0.000000e+00)
  %70 = tail call double @llvm.fmuladd.f64(double %59, double %31, double %69)
  %71 = tail call double @llvm.fmuladd.f64(double %62, double %34, double %70)
  %72 = getelementptr inbounds i8, ptr %0, i64 64
  store double %71, ptr %72, align 8, !tbaa !21
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
  store i32 %1, ptr %0, align 4, !tbaa !22
  %3 = insertelement <4 x i32> poison, i32 %1, i64 0
  %4 = shufflevector <4 x i32> %3, <4 x i32> poison, <4 x i32> zeroinitializer
  %5 = add nsw <4 x i32> %4, <i32 1, i32 4, i32 9, i32 16>
  %6 = getelementptr inbounds i8, ptr %0, i64 4
  store <4 x i32> %5, ptr %6, align 4, !tbaa !22
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local i64 @mix(i32 noundef %0, ptr nocapture noundef readonly %1, double noundef %2, ptr nocapture noundef readonly %3, i32 noundef %4) local_unnamed_addr #2 {
  %6 = alloca %struct.Big, align 8
  %7 = sext i32 %0 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !15
  %8 = call i64 @big_sum(ptr noundef nonnull %6)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #14
  %9 = fptosi double %2 to i64
  %10 = load i32, ptr %3, align 4, !tbaa !22
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds i8, ptr %3, i64 16
  %13 = load i32, ptr %12, align 4, !tbaa !22
  %14 = sext i32 %13 to i64
  %15 = sext i32 %4 to i64
  %16 = add i64 %9, %7
  %17 = add i64 %16, %15
  %18 = add i64 %17, %8
  %19 = add i64 %18, %11
  %20 = add i64 %19, %14
  ret i64 %20
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #12 {
  %1 = alloca %struct.Big, align 8
  %2 = alloca %struct.Big, align 8
  %3 = alloca %struct.Big, align 8
  %4 = alloca %struct.Rec, align 8
  %5 = alloca %struct.Rec, align 8
  %6 = alloca %struct.Rec, align 8
  %7 = alloca %struct.Rec, align 8
  %8 = alloca %struct.Rec, align 8
  %9 = alloca %struct.Rec, align 8
  %10 = alloca %struct.Rec, align 8
  %11 = alloca %struct.Mat3, align 8
  %12 = alloca %struct.Mat3, align 8
  %13 = alloca %struct.Mat3, align 8
  %14 = alloca %struct.Five, align 4
  %15 = alloca [4 x %struct.Big], align 8
  %16 = alloca %struct.Big, align 8
  %17 = alloca %struct.Big, align 8
  %18 = alloca %struct.Big, align 8
  %19 = alloca %struct.Rec, align 8
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %1, i64 noundef 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !15
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %2, ptr noundef nonnull %3, i32 noundef 5)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #14
  %20 = load i64, ptr %1, align 8, !tbaa !6
  %21 = getelementptr inbounds i8, ptr %1, i64 8
  %22 = load i64, ptr %21, align 8, !tbaa !11
  %23 = getelementptr inbounds i8, ptr %1, i64 16
  %24 = load i64, ptr %23, align 8, !tbaa !12
  %25 = getelementptr inbounds i8, ptr %1, i64 24
  %26 = load i64, ptr %25, align 8, !tbaa !13
  %27 = load i64, ptr %2, align 8, !tbaa !6
  %28 = getelementptr inbounds i8, ptr %2, i64 24
  %29 = load i64, ptr %28, align 8, !tbaa !13
  %30 = call i64 @big_sum(ptr noundef nonnull %2)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %20, i64 noundef %22, i64 noundef %24, i64 noundef %26, i64 noundef %27, i64 noundef %29, i64 noundef %30)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #14
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %4, ptr noundef nonnull @.str.2, i32 noundef 31, double noundef 8.850000e+01)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %5) #14
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %5, ptr noundef nonnull @.str.3, i32 noundef 45, double noundef 7.225000e+01)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %6) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %6, ptr noundef nonnull align 8 dereferenceable(40) %4, i64 40, i1 false), !tbaa.struct !23
  call void @rec_print(ptr noundef nonnull %6)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %6) #14
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %7) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %7, ptr noundef nonnull align 8 dereferenceable(40) %5, i64 40, i1 false), !tbaa.struct !23
  call void @rec_print(ptr noundef nonnull %7)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %7) #14
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %9) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %9, ptr noundef nonnull align 8 dereferenceable(40) %4, i64 40, i1 false), !tbaa.struct !23
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %10) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %10, ptr noundef nonnull align 8 dereferenceable(40) %5, i64 40, i1 false), !tbaa.struct !23
  call void @rec_older(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %8, ptr noundef nonnull %9, ptr noundef nonnull %10)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %9) #14
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %10) #14
  call void @rec_print(ptr noundef nonnull %8)
  %32 = getelementptr inbounds i8, ptr %13, i64 8
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %13) #14
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %32, i8 0, i64 24, i1 false)
  %33 = getelementptr inbounds i8, ptr %13, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %33, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 72, ptr nonnull %11) #14
  store double 1.000000e+00, ptr %13, align 8
  %34 = getelementptr inbounds i8, ptr %13, i64 32
  store double 1.000000e+00, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %13, i64 64
  store double 1.000000e+00, ptr %35, align 8, !tbaa !24
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %12, ptr noundef nonnull @__const.main.a, ptr noundef nonnull %13)
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %13) #14
  call void @mat_mul(ptr dead_on_unwind nonnull writable sret(%struct.Mat3) align 8 %11, ptr noundef nonnull %12, ptr noundef nonnull @__const.main.a)
  %36 = load double, ptr %11, align 8, !tbaa !21
  %37 = getelementptr inbounds i8, ptr %11, i64 8
  %38 = load double, ptr %37, align 8, !tbaa !21
  %39 = getelementptr inbounds i8, ptr %11, i64 16
  %40 = load double, ptr %39, align 8, !tbaa !21
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %36, double noundef %38, double noundef %40)
  %42 = getelementptr inbounds i8, ptr %11, i64 24
  %43 = load double, ptr %42, align 8, !tbaa !21
  %44 = getelementptr inbounds i8, ptr %11, i64 32
  %45 = load double, ptr %44, align 8, !tbaa !21
  %46 = getelementptr inbounds i8, ptr %11, i64 40
  %47 = load double, ptr %46, align 8, !tbaa !21
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %43, double noundef %45, double noundef %47)
  %49 = getelementptr inbounds i8, ptr %11, i64 48
  %50 = load double, ptr %49, align 8, !tbaa !21
  %51 = getelementptr inbounds i8, ptr %11, i64 56
  %52 = load double, ptr %51, align 8, !tbaa !21
  %53 = getelementptr inbounds i8, ptr %11, i64 64
  %54 = load double, ptr %53, align 8, !tbaa !21
  %55 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %50, double noundef %52, double noundef %54)
  call void @five_fill(ptr dead_on_unwind nonnull writable sret(%struct.Five) align 4 %14, i32 noundef 3)
  %56 = load i32, ptr %14, align 4, !tbaa !22
  %57 = getelementptr inbounds i8, ptr %14, i64 4
  %58 = load i32, ptr %57, align 4, !tbaa !22
  %59 = getelementptr inbounds i8, ptr %14, i64 8
  %60 = load i32, ptr %59, align 4, !tbaa !22
  %61 = getelementptr inbounds i8, ptr %14, i64 12
  %62 = load i32, ptr %61, align 4, !tbaa !22
  %63 = getelementptr inbounds i8, ptr %14, i64 16
  %64 = load i32, ptr %63, align 4, !tbaa !22
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %56, i32 noundef %58, i32 noundef %60, i32 noundef %62, i32 noundef %64)
  %66 = call i64 @mix(i32 noundef 1, ptr noundef nonnull %1, double noundef 2.750000e+00, ptr noundef nonnull %14, i32 noundef 1000)
  %67 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %66)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %15)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %16, i64 noundef 1)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(32) %16, i64 32, i1 false), !tbaa.struct !15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #14
  %68 = getelementptr inbounds i8, ptr %15, i64 32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %16, i64 noundef 2)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %68, ptr noundef nonnull align 8 dereferenceable(32) %16, i64 32, i1 false), !tbaa.struct !15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #14
  %69 = getelementptr inbounds i8, ptr %15, i64 64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %16, i64 noundef 3)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %69, ptr noundef nonnull align 8 dereferenceable(32) %16, i64 32, i1 false), !tbaa.struct !15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #14
  %70 = getelementptr inbounds i8, ptr %15, i64 96
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #14
  call void @big_make(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %16, i64 noundef 4)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %70, ptr noundef nonnull align 8 dereferenceable(32) %16, i64 32, i1 false), !tbaa.struct !15
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #14
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %18, ptr noundef nonnull align 8 dereferenceable(32) %15, i64 32, i1 false), !tbaa.struct !15
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %17, ptr noundef nonnull %18, i32 noundef 0)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #14
  %71 = call i64 @big_sum(ptr noundef nonnull %17)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %18, ptr noundef nonnull align 8 dereferenceable(32) %68, i64 32, i1 false), !tbaa.struct !15
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %17, ptr noundef nonnull %18, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #14
  %72 = call i64 @big_sum(ptr noundef nonnull %17)
  %73 = add nsw i64 %72, %71
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %18, ptr noundef nonnull align 8 dereferenceable(32) %69, i64 32, i1 false), !tbaa.struct !15
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %17, ptr noundef nonnull %18, i32 noundef 2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #14
  %74 = call i64 @big_sum(ptr noundef nonnull %17)
  %75 = add nsw i64 %74, %73
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %18, ptr noundef nonnull align 8 dereferenceable(32) %70, i64 32, i1 false), !tbaa.struct !15
  call void @big_mod(ptr dead_on_unwind nonnull writable sret(%struct.Big) align 8 %17, ptr noundef nonnull %18, i32 noundef 3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #14
  %76 = call i64 @big_sum(ptr noundef nonnull %17)
  %77 = add nsw i64 %76, %75
  %78 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef %77)
  call void @rec_make(ptr dead_on_unwind nonnull writable sret(%struct.Rec) align 8 %19, ptr noundef nonnull @.str.8, i32 noundef 7, double noundef -1.500000e+00)
  call void @rec_print(ptr noundef nonnull %19)
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %15)
  call void @llvm.lifetime.end.p0(i64 72, ptr nonnull %11) #14
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %5) #14
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %4) #14
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #13

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree noinline nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nofree noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!6 = !{!7, !8, i64 0}
!7 = !{!"Big", !8, i64 0, !8, i64 8, !8, i64 16, !8, i64 24}
!8 = !{!"long", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!7, !8, i64 8}
!12 = !{!7, !8, i64 16}
!13 = !{!7, !8, i64 24}
!14 = !{!8, !8, i64 0}
!15 = !{i64 0, i64 8, !14, i64 8, i64 8, !14, i64 16, i64 8, !14, i64 24, i64 8, !14}
!16 = !{!17, !18, i64 24}
!17 = !{!"Rec", !9, i64 0, !18, i64 24, !19, i64 32}
!18 = !{!"int", !9, i64 0}
!19 = !{!"double", !9, i64 0}
!20 = !{!17, !19, i64 32}
!21 = !{!19, !19, i64 0}
!22 = !{!18, !18, i64 0}
!23 = !{i64 0, i64 24, !24, i64 24, i64 4, !22, i64 32, i64 8, !21}
!24 = !{!9, !9, i64 0}
