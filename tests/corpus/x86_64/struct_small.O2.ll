; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Three = type { i64, i64, i64 }

@.str = private unnamed_addr constant [11 x i8] c"pt: %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"vec: %g %g dot=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"mixed: %d %g\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"three: %ld %ld %ld sum=%ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"quad: %g %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"tiny: %c %d size=%zu\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"dd: %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"fi: %g %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"many: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"mixed_many: %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"via ptr: %d %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @pt_add(i64 %0, i64 %1) local_unnamed_addr #0 {
  %3 = and i64 %0, -4294967296
  %4 = add i64 %1, %0
  %5 = add i64 %3, %1
  %6 = and i64 %5, -4294967296
  %7 = and i64 %4, 4294967295
  %8 = or disjoint i64 %6, %7
  ret i64 %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local <2 x float> @vec_scale(<2 x float> %0, float noundef %1) local_unnamed_addr #1 {
  %3 = insertelement <2 x float> poison, float %1, i64 0
  %4 = shufflevector <2 x float> %3, <2 x float> poison, <2 x i32> zeroinitializer
  %5 = fmul <2 x float> %4, %0
  ret <2 x float> %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_dot(<2 x float> %0, <2 x float> %1) local_unnamed_addr #1 {
  %3 = extractelement <2 x float> %0, i64 0
  %4 = extractelement <2 x float> %1, i64 0
  %5 = fmul <2 x float> %0, %1
  %6 = extractelement <2 x float> %5, i64 1
  %7 = tail call float @llvm.fmuladd.f32(float %3, float %4, float %6)
  ret float %7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, double } @mixed_bump(i32 %0, double %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %0, 1
  %4 = fmul double %1, 2.000000e+00
  %5 = insertvalue { i32, double } poison, i32 %3, 0
  %6 = insertvalue { i32, double } %5, double %4, 1
  ret { i32, double } %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @three_rot(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Three) align 8 %0, ptr nocapture noundef readonly byval(%struct.Three) align 8 %1) local_unnamed_addr #3 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load <2 x i64>, ptr %3, align 8, !tbaa !5
  store <2 x i64> %4, ptr %0, align 8, !tbaa !5
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load i64, ptr %1, align 8, !tbaa !9
  store i64 %6, ptr %5, align 8, !tbaa !11
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @three_sum(ptr nocapture noundef readonly byval(%struct.Three) align 8 %0) local_unnamed_addr #4 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !12
  %5 = add nsw i64 %4, %2
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load i64, ptr %6, align 8, !tbaa !11
  %8 = add nsw i64 %5, %7
  ret i64 %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { <2 x float>, <2 x float> } @quad_rev(<2 x float> %0, <2 x float> %1) local_unnamed_addr #1 {
  %3 = shufflevector <2 x float> %1, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  %4 = shufflevector <2 x float> %0, <2 x float> poison, <2 x i32> <i32 1, i32 0>
  %5 = insertvalue { <2 x float>, <2 x float> } poison, <2 x float> %3, 0
  %6 = insertvalue { <2 x float>, <2 x float> } %5, <2 x float> %4, 1
  ret { <2 x float>, <2 x float> } %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @tiny_make(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = shl i32 %1, 16
  %4 = and i32 %0, 255
  %5 = or disjoint i32 %3, %4
  ret i32 %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { double, double } @dd_swap(double %0, double %1) local_unnamed_addr #0 {
  %3 = insertvalue { double, double } poison, double %1, 0
  %4 = insertvalue { double, double } %3, double %0, 1
  ret { double, double } %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @fi_make(float noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = bitcast float %0 to i32
  %4 = zext i32 %1 to i64
  %5 = shl nuw i64 %4, 32
  %6 = zext i32 %3 to i64
  %7 = or disjoint i64 %5, %6
  ret i64 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @many(i64 %0, i64 %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, i64 %7, i64 %8) local_unnamed_addr #0 {
  %10 = trunc i64 %0 to i32
  %11 = trunc i64 %1 to i32
  %12 = trunc i64 %2 to i32
  %13 = trunc i64 %3 to i32
  %14 = trunc i64 %4 to i32
  %15 = trunc i64 %5 to i32
  %16 = trunc i64 %6 to i32
  %17 = trunc i64 %7 to i32
  %18 = trunc i64 %8 to i32
  %19 = shl nsw i32 %11, 1
  %20 = add nsw i32 %19, %10
  %21 = mul nsw i32 %12, 3
  %22 = add nsw i32 %20, %21
  %23 = shl nsw i32 %13, 2
  %24 = add nsw i32 %22, %23
  %25 = mul nsw i32 %14, 5
  %26 = add nsw i32 %24, %25
  %27 = mul nsw i32 %15, 6
  %28 = add nsw i32 %26, %27
  %29 = mul nsw i32 %16, 7
  %30 = add nsw i32 %28, %29
  %31 = shl nsw i32 %17, 3
  %32 = add nsw i32 %30, %31
  %33 = mul nsw i32 %18, 9
  %34 = add nsw i32 %32, %33
  %35 = xor i64 %8, %0
  %36 = lshr i64 %35, 32
  %37 = trunc nuw i64 %36 to i32
  %38 = add nsw i32 %34, %37
  ret i32 %38
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @mixed_many(i32 %0, double %1, i32 %2, double %3, i32 %4, double %5, i32 %6, double %7, i32 %8, double %9, i32 %10, double %11) local_unnamed_addr #0 {
  %13 = fadd double %1, %3
  %14 = fadd double %13, %5
  %15 = fadd double %14, %7
  %16 = fadd double %15, %9
  %17 = fadd double %16, %11
  %18 = sitofp i32 %0 to double
  %19 = fadd double %17, %18
  %20 = sitofp i32 %10 to double
  %21 = fadd double %19, %20
  ret double %21
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #6 {
  %1 = alloca %struct.Three, align 8
  %2 = alloca %struct.Three, align 8
  %3 = tail call i64 @pt_add(i64 8589934593, i64 171798691870)
  %4 = trunc i64 %3 to i32
  %5 = lshr i64 %3, 32
  %6 = trunc nuw i64 %5 to i32
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %6)
  %8 = tail call <2 x float> @vec_scale(<2 x float> <float 1.500000e+00, float -2.000000e+00>, float noundef 4.000000e+00)
  %9 = extractelement <2 x float> %8, i64 0
  %10 = fpext float %9 to double
  %11 = extractelement <2 x float> %8, i64 1
  %12 = fpext float %11 to double
  %13 = tail call float @vec_dot(<2 x float> %8, <2 x float> <float 5.000000e-01, float 2.500000e-01>)
  %14 = fpext float %13 to double
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %10, double noundef %12, double noundef %14)
  %16 = tail call { i32, double } @mixed_bump(i32 41, double 1.250000e+00)
  %17 = extractvalue { i32, double } %16, 0
  %18 = extractvalue { i32, double } %16, 1
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %17, double noundef %18)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #8
  store i64 100000000000, ptr %2, align 8, !tbaa !9
  %20 = getelementptr inbounds i8, ptr %2, i64 8
  store i64 -2, ptr %20, align 8, !tbaa !12
  %21 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 3, ptr %21, align 8, !tbaa !11
  call void @three_rot(ptr dead_on_unwind nonnull writable sret(%struct.Three) align 8 %1, ptr noundef nonnull byval(%struct.Three) align 8 %2)
  %22 = load i64, ptr %1, align 8, !tbaa !9
  %23 = getelementptr inbounds i8, ptr %1, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !12
  %25 = getelementptr inbounds i8, ptr %1, i64 16
  %26 = load i64, ptr %25, align 8, !tbaa !11
  %27 = tail call i64 @three_sum(ptr noundef nonnull byval(%struct.Three) align 8 %1)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %22, i64 noundef %24, i64 noundef %26, i64 noundef %27)
  %29 = tail call { <2 x float>, <2 x float> } @quad_rev(<2 x float> <float 1.000000e+00, float 2.000000e+00>, <2 x float> <float 3.000000e+00, float 4.000000e+00>)
  %30 = extractvalue { <2 x float>, <2 x float> } %29, 0
  %31 = extractvalue { <2 x float>, <2 x float> } %29, 1
  %32 = extractelement <2 x float> %30, i64 0
  %33 = fpext float %32 to double
  %34 = extractelement <2 x float> %30, i64 1
  %35 = fpext float %34 to double
  %36 = extractelement <2 x float> %31, i64 0
  %37 = fpext float %36 to double
  %38 = extractelement <2 x float> %31, i64 1
  %39 = fpext float %38 to double
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %33, double noundef %35, double noundef %37, double noundef %39)
  %41 = tail call i32 @tiny_make(i32 noundef 65, i32 noundef -1234)
  %42 = shl i32 %41, 24
  %43 = ashr exact i32 %42, 24
  %44 = ashr i32 %41, 16
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %43, i32 noundef %44, i64 noundef 4)
  %46 = tail call { double, double } @dd_swap(double 1.500000e+00, double -7.750000e+00)
  %47 = extractvalue { double, double } %46, 0
  %48 = extractvalue { double, double } %46, 1
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %47, double noundef %48)
  %50 = tail call i64 @fi_make(float noundef 5.000000e-01, i32 noundef 99)
  %51 = trunc i64 %50 to i32
  %52 = bitcast i32 %51 to float
  %53 = lshr i64 %50, 32
  %54 = trunc nuw i64 %53 to i32
  %55 = fpext float %52 to double
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %55, i32 noundef %54)
  %57 = tail call i32 @many(i64 429496729601, i64 858993459202, i64 1288490188803, i64 1717986918404, i64 2147483648005, i64 2576980377606, i64 3006477107207, i64 3435973836808, i64 3865470566409)
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %57)
  %59 = tail call double @mixed_many(i32 0, double 0.000000e+00, i32 poison, double 5.000000e-01, i32 poison, double 1.000000e+00, i32 poison, double 1.500000e+00, i32 poison, double 2.000000e+00, i32 5, double 2.500000e+00)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %59)
  %61 = tail call i64 @pt_add(i64 %3, i64 %3)
  %62 = trunc i64 %61 to i32
  %63 = lshr i64 %61, 32
  %64 = trunc nuw i64 %63 to i32
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %62, i32 noundef %64)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #8
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #7

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !6, i64 0}
!10 = !{!"Three", !6, i64 0, !6, i64 8, !6, i64 16}
!11 = !{!10, !6, i64 16}
!12 = !{!10, !6, i64 8}
