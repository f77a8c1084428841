; ModuleID = 'struct_hfa.c'
source_filename = "struct_hfa.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.D4 = type { double, double, double, double }
%struct.D2 = type { double, double }

@.str = private unnamed_addr constant [17 x i8] c"cross: %g %g %g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"cross2: %g %g %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"(1+i)^8 = %g %+gi\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"d4: %g %g %g %g sum=%g\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"f4: %g %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"nested: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"fd: %g %g size=%zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"many: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"sum: %g %g\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { <2 x float>, float } @f3_cross(<2 x float> %0, float %1, <2 x float> %2, float %3) local_unnamed_addr #0 {
  %5 = extractelement <2 x float> %0, i64 1
  %6 = extractelement <2 x float> %2, i64 1
  %7 = extractelement <2 x float> %2, i64 0
  %8 = extractelement <2 x float> %0, i64 0
  %9 = shufflevector <2 x float> %2, <2 x float> %0, <2 x i32> <i32 1, i32 2>
  %10 = fneg <2 x float> %9
  %11 = insertelement <2 x float> poison, float %1, i64 0
  %12 = insertelement <2 x float> %11, float %3, i64 1
  %13 = fmul <2 x float> %12, %10
  %14 = shufflevector <2 x float> %0, <2 x float> %2, <2 x i32> <i32 1, i32 2>
  %15 = shufflevector <2 x float> %12, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  %16 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %14, <2 x float> %15, <2 x float> %13)
  %17 = fneg float %5
  %18 = fmul float %7, %17
  %19 = tail call float @llvm.fmuladd.f32(float %8, float %6, float %18)
  %20 = insertvalue { <2 x float>, float } poison, <2 x float> %16, 0
  %21 = insertvalue { <2 x float>, float } %20, float %19, 1
  ret { <2 x float>, float } %21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { double, double } @cmul(double %0, double %1, double %2, double %3) local_unnamed_addr #2 {
  %5 = fneg double %1
  %6 = insertelement <2 x double> poison, double %1, i64 0
  %7 = insertelement <2 x double> %6, double %5, i64 1
  %8 = insertelement <2 x double> poison, double %2, i64 0
  %9 = insertelement <2 x double> %8, double %3, i64 1
  %10 = fmul <2 x double> %7, %9
  %11 = insertelement <2 x double> poison, double %0, i64 0
  %12 = shufflevector <2 x double> %11, <2 x double> poison, <2 x i32> zeroinitializer
  %13 = shufflevector <2 x double> %9, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %14 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %12, <2 x double> %13, <2 x double> %10)
  %15 = extractelement <2 x double> %14, i64 1
  %16 = insertvalue { double, double } poison, double %15, 0
  %17 = extractelement <2 x double> %14, i64 0
  %18 = insertvalue { double, double } %16, double %17, 1
  ret { double, double } %18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @d4_scale(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.D4) align 8 %0, ptr nocapture noundef readonly byval(%struct.D4) align 8 %1, double noundef %2) local_unnamed_addr #3 {
  %4 = load <2 x double>, ptr %1, align 8, !tbaa !5
  %5 = insertelement <2 x double> poison, double %2, i64 0
  %6 = shufflevector <2 x double> %5, <2 x double> poison, <2 x i32> zeroinitializer
  %7 = fmul <2 x double> %4, %6
  store <2 x double> %7, ptr %0, align 8, !tbaa !5
  %8 = getelementptr inbounds i8, ptr %0, i64 16
  %9 = getelementptr inbounds i8, ptr %1, i64 16
  %10 = load <2 x double>, ptr %9, align 8, !tbaa !5
  %11 = fmul <2 x double> %10, %6
  store <2 x double> %11, ptr %8, align 8, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @d4_sum(ptr nocapture noundef readonly byval(%struct.D4) align 8 %0) local_unnamed_addr #4 {
  %2 = load double, ptr %0, align 8, !tbaa !9
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load double, ptr %3, align 8, !tbaa !11
  %5 = fadd double %2, %4
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load double, ptr %6, align 8, !tbaa !12
  %8 = fadd double %5, %7
  %9 = getelementptr inbounds i8, ptr %0, i64 24
  %10 = load double, ptr %9, align 8, !tbaa !13
  %11 = fadd double %8, %10
  ret double %11
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { <2 x float>, <2 x float> } @f4_swap(<2 x float> %0, <2 x float> %1) local_unnamed_addr #0 {
  %3 = insertvalue { <2 x float>, <2 x float> } poison, <2 x float> %1, 0
  %4 = insertvalue { <2 x float>, <2 x float> } %3, <2 x float> %0, 1
  ret { <2 x float>, <2 x float> } %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { double, double } @nest_conj(double %0, double %1) local_unnamed_addr #2 {
  %3 = fneg double %1
  %4 = insertvalue { double, double } poison, double %0, 0
  %5 = insertvalue { double, double } %4, double %3, 1
  ret { double, double } %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { float, double } @fd_make(float noundef %0, double noundef %1) local_unnamed_addr #2 {
  %3 = insertvalue { float, double } poison, float %0, 0
  %4 = insertvalue { float, double } %3, double %1, 1
  ret { float, double } %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local double @many_d2(double %0, double %1, double %2, double %3, double %4, double %5, double %6, double %7, ptr nocapture noundef readonly byval(%struct.D2) align 8 %8) local_unnamed_addr #4 {
  %10 = fadd double %0, %2
  %11 = fadd double %10, %4
  %12 = fadd double %11, %6
  %13 = load double, ptr %8, align 8, !tbaa !14
  %14 = fadd double %12, %13
  %15 = getelementptr inbounds i8, ptr %8, i64 8
  %16 = load double, ptr %15, align 8, !tbaa !16
  %17 = tail call double @llvm.fmuladd.f64(double %1, double %16, double %14)
  ret double %17
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca %struct.D4, align 8
  %2 = alloca %struct.D4, align 16
  %3 = alloca %struct.D2, align 16
  %4 = tail call { <2 x float>, float } @f3_cross(<2 x float> <float 1.000000e+00, float 0.000000e+00>, float 0.000000e+00, <2 x float> <float 0.000000e+00, float 1.000000e+00>, float 0.000000e+00)
  %5 = extractvalue { <2 x float>, float } %4, 0
  %6 = extractvalue { <2 x float>, float } %4, 1
  %7 = extractelement <2 x float> %5, i64 0
  %8 = fpext float %7 to double
  %9 = extractelement <2 x float> %5, i64 1
  %10 = fpext float %9 to double
  %11 = fpext float %6 to double
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %8, double noundef %10, double noundef %11)
  %13 = tail call { <2 x float>, float } @f3_cross(<2 x float> <float 2.000000e+00, float 3.000000e+00>, float 4.000000e+00, <2 x float> <float 5.000000e+00, float 6.000000e+00>, float 7.000000e+00)
  %14 = extractvalue { <2 x float>, float } %13, 0
  %15 = extractvalue { <2 x float>, float } %13, 1
  %16 = extractelement <2 x float> %14, i64 0
  %17 = fpext float %16 to double
  %18 = extractelement <2 x float> %14, i64 1
  %19 = fpext float %18 to double
  %20 = fpext float %15 to double
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %17, double noundef %19, double noundef %20)
  %22 = tail call { double, double } @cmul(double 1.000000e+00, double 0.000000e+00, double 1.000000e+00, double 1.000000e+00)
  %23 = extractvalue { double, double } %22, 0
  %24 = extractvalue { double, double } %22, 1
  %25 = tail call { double, double } @cmul(double %23, double %24, double 1.000000e+00, double 1.000000e+00)
  %26 = extractvalue { double, double } %25, 0
  %27 = extractvalue { double, double } %25, 1
  %28 = tail call { double, double } @cmul(double %26, double %27, double 1.000000e+00, double 1.000000e+00)
  %29 = extractvalue { double, double } %28, 0
  %30 = extractvalue { double, double } %28, 1
  %31 = tail call { double, double } @cmul(double %29, double %30, double 1.000000e+00, double 1.000000e+00)
  %32 = extractvalue { double, double } %31, 0
  %33 = extractvalue { double, double } %31, 1
  %34 = tail call { double, double } @cmul(double %32, double %33, double 1.000000e+00, double 1.000000e+00)
  %35 = extractvalue { double, double } %34, 0
  %36 = extractvalue { double, double } %34, 1
  %37 = tail call { double, double } @cmul(double %35, double %36, double 1.000000e+00, double 1.000000e+00)
  %38 = extractvalue { double, double } %37, 0
  %39 = extractvalue { double, double } %37, 1
  %40 = tail call { double, double } @cmul(double %38, double %39, double 1.000000e+00, double 1.000000e+00)
  %41 = extractvalue { double, double } %40, 0
  %42 = extractvalue { double, double } %40, 1
  %43 = tail call { double, double } @cmul(double %41, double %42, double 1.000000e+00, double 1.000000e+00)
  %44 = extractvalue { double, double } %43, 0
  %45 = extractvalue { double, double } %43, 1
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %44, double noundef %45)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #9
  store <2 x double> <double 1.000000e+00, double 2.000000e+00>, ptr %2, align 16, !tbaa !5
  %47 = getelementptr inbounds i8, ptr %2, i64 16
  store <2 x double> <double 3.000000e+00, double 4.000000e+00>, ptr %47, align 16, !tbaa !5
  call void @d4_scale(ptr dead_on_unwind nonnull writable sret(%struct.D4) align 8 %1, ptr noundef nonnull byval(%struct.D4) align 8 %2, double noundef 5.000000e-01)
  %48 = load double, ptr %1, align 8, !tbaa !9
  %49 = getelementptr inbounds i8, ptr %1, i64 8
  %50 = load double, ptr %49, align 8, !tbaa !11
  %51 = getelementptr inbounds i8, ptr %1, i64 16
  %52 = load double, ptr %51, align 8, !tbaa !12
  %53 = getelementptr inbounds i8, ptr %1, i64 24
  %54 = load double, ptr %53, align 8, !tbaa !13
  %55 = tail call double @d4_sum(ptr noundef nonnull byval(%struct.D4) align 8 %1)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %48, double noundef %50, double noundef %52, double noundef %54, double noundef %55)
  %57 = tail call { <2 x float>, <2 x float> } @f4_swap(<2 x float> <float 1.000000e+00, float 2.000000e+00>, <2 x float> <float 3.000000e+00, float 4.000000e+00>)
  %58 = extractvalue { <2 x float>, <2 x float> } %57, 0
  %59 = extractvalue { <2 x float>, <2 x float> } %57, 1
  %60 = extractelement <2 x float> %58, i64 0
  %61 = fpext float %60 to double
  %62 = extractelement <2 x float> %58, i64 1
  %63 = fpext float %62 to double
  %64 = extractelement <2 x float> %59, i64 0
  %65 = fpext float %64 to double
  %66 = extractelement <2 x float> %59, i64 1
  %67 = fpext float %66 to double
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %61, double noundef %63, double noundef %65, double noundef %67)
  %69 = tail call { double, double } @nest_conj(double 2.500000e+00, double 3.500000e+00)
  %70 = extractvalue { double, double } %69, 0
  %71 = extractvalue { double, double } %69, 1
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %70, double noundef %71)
  %73 = tail call { float, double } @fd_make(float noundef 1.250000e+00, double noundef -8.500000e+00)
  %74 = extractvalue { float, double } %73, 0
  %75 = extractvalue { float, double } %73, 1
  %76 = fpext float %74 to double
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %76, double noundef %75, i64 noundef 16)
  store <2 x double> <double 9.000000e+00, double 1.000000e+01>, ptr %3, align 16, !tbaa !5
  %78 = tail call double @many_d2(double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double poison, double 5.000000e+00, double poison, double 7.000000e+00, double poison, ptr noundef nonnull byval(%struct.D2) align 8 %3)
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %78)
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 1.000000e+01, double noundef -1.000000e+01)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #6

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.fmuladd.v2f32(<2 x float>, <2 x float>, <2 x float>) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #8

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

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
!9 = !{!10, !6, i64 0}
!10 = !{!"D4", !6, i64 0, !6, i64 8, !6, i64 16, !6, i64 24}
!11 = !{!10, !6, i64 8}
!12 = !{!10, !6, i64 16}
!13 = !{!10, !6, i64 24}
!14 = !{!15, !6, i64 0}
!15 = !{!"D2", !6, i64 0, !6, i64 8}
!16 = !{!15, !6, i64 8}
