; ModuleID = 'float_arith.c'
source_filename = "float_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [3 x i8] c"lt\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"gt\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"eq\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"unordered\00", align 1
@.str.4 = private unnamed_addr constant [32 x i8] c"float ops: %.6f %.6f %.6f %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"fma-like (exact): %.6f\0A\00", align 1
@.str.6 = private unnamed_addr constant [31 x i8] c"double ops: %.17g %.17g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"neg: %g %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [28 x i8] c"fpext: %.17g\0Afptrunc: %.9g\0A\00", align 1
@.str.9 = private unnamed_addr constant [20 x i8] c"bits: %08x %016llx\0A\00", align 1
@.str.10 = private unnamed_addr constant [39 x i8] c"signed zero: %g %g eq=%d bits=%016llx\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"inf: %f %f %d %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [36 x i8] c"nan: self-eq=%d ne=%d cmp=%s %s %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"nan lt/ge: %d %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [21 x i8] c"alt harmonic: %.15f\0A\00", align 1
@.str.15 = private unnamed_addr constant [29 x i8] c"float accum: %.4f bits=%08x\0A\00", align 1
@.str.16 = private unnamed_addr constant [21 x i8] c"double accum: %.12f\0A\00", align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"denormal: %g %08x\0A\00", align 1
@.str.18 = private unnamed_addr constant [14 x i8] c"overflow: %g\0A\00", align 1
@.str.19 = private unnamed_addr constant [13 x i8] c"mixed: %.6f\0A\00", align 1
@.str.20 = private unnamed_addr constant [16 x i8] c"min/max: %g %g\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @fmadd_like(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = tail call float @llvm.fmuladd.f32(float %0, float %1, float %2)
  ret float %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @dsum(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %25

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 7
  %7 = icmp ult i32 %1, 8
  br i1 %7, label %10, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483640
  br label %27

10:                                               ; preds = %27, %4
  %11 = phi double [ poison, %4 ], [ %61, %27 ]
  %12 = phi i64 [ 0, %4 ], [ %62, %27 ]
  %13 = phi double [ 0.000000e+00, %4 ], [ %61, %27 ]
  %14 = icmp eq i64 %6, 0
  br i1 %14, label %25, label %15

15:                                               ; preds = %10, %15
  %16 = phi i64 [ %22, %15 ], [ %12, %10 ]
  %17 = phi double [ %21, %15 ], [ %13, %10 ]
  %18 = phi i64 [ %23, %15 ], [ 0, %10 ]
  %19 = getelementptr inbounds double, ptr %0, i64 %16
  %20 = load double, ptr %19, align 8, !tbaa !5
  %21 = fadd double %17, %20
  %22 = add nuw nsw i64 %16, 1
  %23 = add i64 %18, 1
  %24 = icmp eq i64 %23, %6
  br i1 %24, label %25, label %15, !llvm.loop !9

25:                                               ; preds = %10, %15, %2
  %26 = phi double [ 0.000000e+00, %2 ], [ %11, %10 ], [ %21, %15 ]
  ret double %26

27:                                               ; preds = %27, %8
  %28 = phi i64 [ 0, %8 ], [ %62, %27 ]
  %29 = phi double [ 0.000000e+00, %8 ], [ %61, %27 ]
  %30 = phi i64 [ 0, %8 ], [ %63, %27 ]
  %31 = getelementptr inbounds double, ptr %0, i64 %28
  %32 = load double, ptr %31, align 8, !tbaa !5
  %33 = fadd double %29, %32
  %34 = or disjoint i64 %28, 1
  %35 = getelementptr inbounds double, ptr %0, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !5
  %37 = fadd double %33, %36
  %38 = or disjoint i64 %28, 2
  %39 = getelementptr inbounds double, ptr %0, i64 %38
  %40 = load double, ptr %39, align 8, !tbaa !5
  %41 = fadd double %37, %40
  %42 = or disjoint i64 %28, 3
  %43 = getelementptr inbounds double, ptr %0, i64 %42
  %44 = load double, ptr %43, align 8, !tbaa !5
  %45 = fadd double %41, %44
  %46 = or disjoint i64 %28, 4
  %47 = getelementptr inbounds double, ptr %0, i64 %46
  %48 = load double, ptr %47, align 8, !tbaa !5
  %49 = fadd double %45, %48
  %50 = or disjoint i64 %28, 5
  %51 = getelementptr inbounds double, ptr %0, i64 %50
  %52 = load double, ptr %51, align 8, !tbaa !5
  %53 = fadd double %49, %52
  %54 = or disjoint i64 %28, 6
  %55 = getelementptr inbounds double, ptr %0, i64 %54
  %56 = load double, ptr %55, align 8, !tbaa !5
  %57 = fadd double %53, %56
  %58 = or disjoint i64 %28, 7
  %59 = getelementptr inbounds double, ptr %0, i64 %58
  %60 = load double, ptr %59, align 8, !tbaa !5
  %61 = fadd double %57, %60
  %62 = add nuw nsw i64 %28, 8
  %63 = add i64 %30, 8
  %64 = icmp eq i64 %63, %9
  br i1 %64, label %10, label %27, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @fbits(float noundef %0) local_unnamed_addr #0 {
  %2 = bitcast float %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @dbits(double noundef %0) local_unnamed_addr #0 {
  %2 = bitcast double %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef nonnull ptr @cmpstr(double noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = fcmp olt double %0, %1
  br i1 %3, label %9, label %4

4:                                                ; preds = %2
  %5 = fcmp ogt double %0, %1
  br i1 %5, label %9, label %6

6:                                                ; preds = %4
  %7 = fcmp oeq double %0, %1
  %8 = select i1 %7, ptr @.str.2, ptr @.str.3
  br label %9

9:                                                ; preds = %6, %4, %2
  %10 = phi ptr [ @.str, %2 ], [ @.str.1, %4 ], [ %8, %6 ]
  ret ptr %10
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca double, align 8
  %2 = alloca [16 x double], align 16
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef -7.500000e-01, double noundef 3.750000e+00, double noundef -3.375000e+00, double noundef 0xBFE5555560000000)
  %4 = tail call float @fmadd_like(float noundef 1.500000e+00, float noundef -2.250000e+00, float noundef 1.250000e-01)
  %5 = fpext float %4 to double
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %5)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.000000e+00, double noundef 0x3FD5555555555555, double noundef 0x3FCC71C71C71C71C)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef -1.500000e+00, double noundef 0xBFD5555555555555)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 0x3FD5555560000000, double noundef 0x3FD5555560000000)
  %10 = tail call i32 @fbits(float noundef 0x3FD5555560000000)
  %11 = tail call i64 @dbits(double noundef 0x3FD5555555555555)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %10, i64 noundef %11)
  %13 = tail call i64 @dbits(double noundef -0.000000e+00)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 0.000000e+00, double noundef -0.000000e+00, i32 noundef 1, i64 noundef %13)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store volatile double 0.000000e+00, ptr %1, align 8, !tbaa !5
  %15 = load volatile double, ptr %1, align 8, !tbaa !5
  %16 = fdiv double 1.000000e+00, %15
  %17 = load volatile double, ptr %1, align 8, !tbaa !5
  %18 = load volatile double, ptr %1, align 8, !tbaa !5
  %19 = load volatile double, ptr %1, align 8, !tbaa !5
  %20 = fcmp ogt double %16, 1.000000e+308
  %21 = zext i1 %20 to i32
  %22 = insertelement <2 x double> <double poison, double -1.000000e+00>, double %18, i64 0
  %23 = insertelement <2 x double> poison, double %19, i64 0
  %24 = insertelement <2 x double> %23, double %17, i64 1
  %25 = fdiv <2 x double> %22, %24
  %26 = fcmp olt <2 x double> %25, <double 1.000000e+00, double -1.000000e+308>
  %27 = extractelement <2 x i1> %26, i64 1
  %28 = zext i1 %27 to i32
  %29 = extractelement <2 x double> %25, i64 1
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %16, double noundef %29, i32 noundef %21, i32 noundef %28)
  %31 = extractelement <2 x double> %25, i64 0
  %32 = fcmp ord double %31, 0.000000e+00
  %33 = zext i1 %32 to i32
  %34 = fcmp uno double %31, 0.000000e+00
  %35 = zext i1 %34 to i32
  %36 = tail call ptr @cmpstr(double noundef %31, double noundef 1.000000e+00)
  %37 = tail call ptr @cmpstr(double noundef 1.000000e+00, double noundef 2.000000e+00)
  %38 = tail call ptr @cmpstr(double noundef 3.000000e+00, double noundef 3.000000e+00)
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %33, i32 noundef %35, ptr noundef nonnull %36, ptr noundef nonnull %37, ptr noundef nonnull %38)
  %40 = extractelement <2 x i1> %26, i64 0
  %41 = zext i1 %40 to i32
  %42 = fcmp ult double %31, 1.000000e+00
  %43 = zext i1 %42 to i32
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %41, i32 noundef %43)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #6
  store <2 x double> <double 1.000000e+00, double -5.000000e-01>, ptr %2, align 16, !tbaa !5
  %45 = getelementptr inbounds i8, ptr %2, i64 16
  store <2 x double> <double 0x3FD5555555555555, double -2.500000e-01>, ptr %45, align 16, !tbaa !5
  %46 = getelementptr inbounds i8, ptr %2, i64 32
  store <2 x double> <double 2.000000e-01, double 0xBFC5555555555555>, ptr %46, align 16, !tbaa !5
  %47 = getelementptr inbounds i8, ptr %2, i64 48
  store <2 x double> <double 0x3FC2492492492492, double -1.250000e-01>, ptr %47, align 16, !tbaa !5
  %48 = getelementptr inbounds i8, ptr %2, i64 64
  store <2 x double> <double 0x3FBC71C71C71C71C, double -1.000000e-01>, ptr %48, align 16, !tbaa !5
  %49 = getelementptr inbounds i8, ptr %2, i64 80
  store <2 x double> <double 0x3FB745D1745D1746, double 0xBFB5555555555555>, ptr %49, align 16, !tbaa !5
  %50 = getelementptr inbounds i8, ptr %2, i64 96
  store <2 x double> <double 0x3FB3B13B13B13B14, double 0xBFB2492492492492>, ptr %50, align 16, !tbaa !5
  %51 = getelementptr inbounds i8, ptr %2, i64 112
  store <2 x double> <double 0x3FB1111111111111, double -6.250000e-02>, ptr %51, align 16, !tbaa !5
  %52 = call double @dsum(ptr noundef nonnull %2, i32 noundef 16)
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef %52)
  br label %58

54:                                               ; preds = %58
  %55 = fpext float %70 to double
  %56 = tail call i32 @fbits(float noundef %70)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef %55, i32 noundef %56)
  br label %80

58:                                               ; preds = %58, %0
  %59 = phi float [ 0.000000e+00, %0 ], [ %70, %58 ]
  %60 = phi i32 [ 0, %0 ], [ %71, %58 ]
  %61 = fadd float %59, 0x3FB99999A0000000
  %62 = fadd float %61, 0x3FB99999A0000000
  %63 = fadd float %62, 0x3FB99999A0000000
  %64 = fadd float %63, 0x3FB99999A0000000
  %65 = fadd float %64, 0x3FB99999A0000000
  %66 = fadd float %65, 0x3FB99999A0000000
  %67 = fadd float %66, 0x3FB99999A0000000
  %68 = fadd float %67, 0x3FB99999A0000000
  %69 = fadd float %68, 0x3FB99999A0000000
  %70 = fadd float %69, 0x3FB99999A0000000
  %71 = add nuw nsw i32 %60, 10
  %72 = icmp eq i32 %71, 1000
  br i1 %72, label %54, label %58, !llvm.loop !13

73:                                               ; preds = %80
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, double noundef %92)
  %75 = tail call i32 @fbits(float noundef 0x376BE00000000000)
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, double noundef 0x376BE00000000000, i32 noundef %75)
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, double noundef 0x7FF0000000000000)
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, double noundef -1.750000e+00)
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, double noundef -1.250000e+00, double noundef 8.000000e+00)
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  ret i32 0

80:                                               ; preds = %80, %54
  %81 = phi i32 [ 0, %54 ], [ %93, %80 ]
  %82 = phi double [ 0.000000e+00, %54 ], [ %92, %80 ]
  %83 = fadd double %82, 1.000000e-01
  %84 = fadd double %83, 1.000000e-01
  %85 = fadd double %84, 1.000000e-01
  %86 = fadd double %85, 1.000000e-01
  %87 = fadd double %86, 1.000000e-01
  %88 = fadd double %87, 1.000000e-01
  %89 = fadd double %88, 1.000000e-01
  %90 = fadd double %89, 1.000000e-01
  %91 = fadd double %90, 1.000000e-01
  %92 = fadd double %91, 1.000000e-01
  %93 = add nuw nsw i32 %81, 10
  %94 = icmp eq i32 %93, 1000
  br i1 %94, label %73, label %80, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
