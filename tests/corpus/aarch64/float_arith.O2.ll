; ModuleID = 'float_arith.c'
source_filename = "float_arith.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %7, label %10

7:                                                ; preds = %23, %4
  %8 = phi i64 [ 0, %4 ], [ %11, %23 ]
  %9 = phi double [ 0.000000e+00, %4 ], [ %20, %23 ]
  br label %27

10:                                               ; preds = %4
  %11 = and i64 %5, 2147483644
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %21, %12 ]
  %14 = phi double [ 0.000000e+00, %10 ], [ %20, %12 ]
  %15 = getelementptr inbounds double, ptr %0, i64 %13
  %16 = getelementptr inbounds i8, ptr %15, i64 16
  %17 = load <2 x double>, ptr %15, align 8, !tbaa !6
  %18 = load <2 x double>, ptr %16, align 8, !tbaa !6
  %19 = tail call double @llvm.vector.reduce.fadd.v2f64(double %14, <2 x double> %17)
  %20 = tail call double @llvm.vector.reduce.fadd.v2f64(double %19, <2 x double> %18)
  %21 = add nuw i64 %13, 4
  %22 = icmp eq i64 %21, %11
  br i1 %22, label %23, label %12, !llvm.loop !10

23:                                               ; preds = %12
  %24 = icmp eq i64 %11, %5
  br i1 %24, label %25, label %7

25:                                               ; preds = %27, %23, %2
  %26 = phi double [ 0.000000e+00, %2 ], [ %20, %23 ], [ %32, %27 ]
  ret double %26

27:                                               ; preds = %7, %27
  %28 = phi i64 [ %33, %27 ], [ %8, %7 ]
  %29 = phi double [ %32, %27 ], [ %9, %7 ]
  %30 = getelementptr inbounds double, ptr %0, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !6
  %32 = fadd double %29, %31
  %33 = add nuw nsw i64 %28, 1
  %34 = icmp eq i64 %33, %5
  br i1 %34, label %25, label %27, !llvm.loop !14
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
  store volatile double 0.000000e+00, ptr %1, align 8, !tbaa !6
  %15 = load volatile double, ptr %1, align 8, !tbaa !6
  %16 = fdiv double 1.000000e+00, %15
  %17 = load volatile double, ptr %1, align 8, !tbaa !6
  %18 = fdiv double -1.000000e+00, %17
  %19 = load volatile double, ptr %1, align 8, !tbaa !6
  %20 = load volatile double, ptr %1, align 8, !tbaa !6
  %21 = fdiv double %19, %20
  %22 = fcmp ogt double %16, 1.000000e+308
  %23 = zext i1 %22 to i32
  %24 = fcmp olt double %18, -1.000000e+308
  %25 = zext i1 %24 to i32
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %16, double noundef %18, i32 noundef %23, i32 noundef %25)
  %27 = fcmp ord double %21, 0.000000e+00
  %28 = zext i1 %27 to i32
  %29 = fcmp uno double %21, 0.000000e+00
  %30 = zext i1 %29 to i32
  %31 = tail call ptr @cmpstr(double noundef %21, double noundef 1.000000e+00)
  %32 = tail call ptr @cmpstr(double noundef 1.000000e+00, double noundef 2.000000e+00)
  %33 = tail call ptr @cmpstr(double noundef 3.000000e+00, double noundef 3.000000e+00)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %28, i32 noundef %30, ptr noundef nonnull %31, ptr noundef nonnull %32, ptr noundef nonnull %33)
  %35 = fcmp olt double %21, 1.000000e+00
  %36 = zext i1 %35 to i32
  %37 = fcmp ult double %21, 1.000000e+00
  %38 = zext i1 %37 to i32
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %36, i32 noundef %38)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #7
  %40 = getelementptr inbounds i8, ptr %2, i64 16
  store <2 x double> <double 1.000000e+00, double -5.000000e-01>, ptr %2, align 16, !tbaa !6
  store <2 x double> <double 0x3FD5555555555555, double -2.500000e-01>, ptr %40, align 16, !tbaa !6
  %41 = getelementptr inbounds i8, ptr %2, i64 32
  %42 = getelementptr inbounds i8, ptr %2, i64 48
  store <2 x double> <double 2.000000e-01, double 0xBFC5555555555555>, ptr %41, align 16, !tbaa !6
  store <2 x double> <double 0x3FC2492492492492, double -1.250000e-01>, ptr %42, align 16, !tbaa !6
  %43 = getelementptr inbounds i8, ptr %2, i64 64
  %44 = getelementptr inbounds i8, ptr %2, i64 80
  store <2 x double> <double 0x3FBC71C71C71C71C, double -1.000000e-01>, ptr %43, align 16, !tbaa !6
  store <2 x double> <double 0x3FB745D1745D1746, double 0xBFB5555555555555>, ptr %44, align 16, !tbaa !6
  %45 = getelementptr inbounds i8, ptr %2, i64 96
  %46 = getelementptr inbounds i8, ptr %2, i64 112
  store <2 x double> <double 0x3FB3B13B13B13B14, double 0xBFB2492492492492>, ptr %45, align 16, !tbaa !6
  store <2 x double> <double 0x3FB1111111111111, double -6.250000e-02>, ptr %46, align 16, !tbaa !6
  %47 = call double @dsum(ptr noundef nonnull %2, i32 noundef 16)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, double noundef %47)
  br label %49

49:                                               ; preds = %49, %0
  %50 = phi i32 [ 0, %0 ], [ %54, %49 ]
  %51 = phi float [ 0.000000e+00, %0 ], [ %53, %49 ]
  %52 = fadd float %51, 0x3FB99999A0000000
  %53 = fadd float %52, 0x3FB99999A0000000
  %54 = add nuw i32 %50, 2
  %55 = icmp eq i32 %54, 1000
  br i1 %55, label %56, label %49, !llvm.loop !15

56:                                               ; preds = %49
  %57 = fpext float %53 to double
  %58 = tail call i32 @fbits(float noundef %53)
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef %57, i32 noundef %58)
  br label %60

60:                                               ; preds = %60, %56
  %61 = phi i32 [ 0, %56 ], [ %65, %60 ]
  %62 = phi double [ 0.000000e+00, %56 ], [ %64, %60 ]
  %63 = fadd double %62, 1.000000e-01
  %64 = fadd double %63, 1.000000e-01
  %65 = add nuw i32 %61, 2
  %66 = icmp eq i32 %65, 1000
  br i1 %66, label %67, label %60, !llvm.loop !16

67:                                               ; preds = %60
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, double noundef %64)
  %69 = tail call i32 @fbits(float noundef 0x376BE00000000000)
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, double noundef 0x376BE00000000000, i32 noundef %69)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, double noundef 0x7FF0000000000000)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, double noundef -1.750000e+00)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, double noundef -1.250000e+00, double noundef 8.000000e+00)
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>) #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"double", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11, !12, !13}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !11, !13, !12}
!15 = distinct !{!15, !11, !12, !13}
!16 = distinct !{!16, !11, !12, !13}
