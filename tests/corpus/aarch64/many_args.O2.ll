; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"ints12=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"doubles10=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"floats_mixed=%g\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"Zed\00", align 1
@.str.4 = private unnamed_addr constant [29 x i8] c"ptrs: %d %g %ld %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"structs=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"callback=%g\0A\00", align 1
@.str.7 = private unnamed_addr constant [54 x i8] c"printf many: %d %g %d %g %d %g %d %g %d %g %s %c %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"six\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @ints12(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i64 noundef %10, i8 noundef %11) local_unnamed_addr #0 {
  %13 = sext i32 %0 to i64
  %14 = sext i32 %1 to i64
  %15 = shl nsw i64 %14, 1
  %16 = add nsw i64 %15, %13
  %17 = sext i32 %2 to i64
  %18 = mul nsw i64 %17, 3
  %19 = add nsw i64 %16, %18
  %20 = sext i32 %3 to i64
  %21 = shl nsw i64 %20, 2
  %22 = add nsw i64 %19, %21
  %23 = sext i32 %4 to i64
  %24 = mul nsw i64 %23, 5
  %25 = add nsw i64 %22, %24
  %26 = sext i32 %5 to i64
  %27 = mul nsw i64 %26, 6
  %28 = add nsw i64 %25, %27
  %29 = sext i32 %6 to i64
  %30 = mul nsw i64 %29, 7
  %31 = add nsw i64 %28, %30
  %32 = sext i32 %7 to i64
  %33 = shl nsw i64 %32, 3
  %34 = add nsw i64 %31, %33
  %35 = sext i32 %8 to i64
  %36 = mul nsw i64 %35, 9
  %37 = add nsw i64 %34, %36
  %38 = sext i32 %9 to i64
  %39 = mul nsw i64 %38, 10
  %40 = add nsw i64 %37, %39
  %41 = mul nsw i64 %10, 11
  %42 = add nsw i64 %40, %41
  %43 = zext i8 %11 to i64
  %44 = mul nuw nsw i64 %43, 12
  %45 = add nsw i64 %42, %44
  ret i64 %45
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @doubles10(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9) local_unnamed_addr #0 {
  %11 = fsub double %0, %1
  %12 = fadd double %11, %2
  %13 = fsub double %12, %3
  %14 = fadd double %13, %4
  %15 = fsub double %14, %5
  %16 = fadd double %15, %6
  %17 = fsub double %16, %7
  %18 = fadd double %17, %8
  %19 = fneg double %9
  %20 = tail call double @llvm.fmuladd.f64(double %19, double 2.000000e+00, double %18)
  ret double %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @floats_mixed(float noundef %0, i32 noundef %1, float noundef %2, i64 noundef %3, float noundef %4, double noundef %5, float noundef %6, i32 noundef %7, float noundef %8, float noundef %9, float noundef %10, float noundef %11, float noundef %12) local_unnamed_addr #0 {
  %14 = sitofp i32 %1 to float
  %15 = fadd float %14, %0
  %16 = fadd float %15, %2
  %17 = sitofp i64 %3 to float
  %18 = fadd float %16, %17
  %19 = fadd float %18, %4
  %20 = fptrunc double %5 to float
  %21 = fadd float %19, %20
  %22 = fadd float %21, %6
  %23 = sitofp i32 %7 to float
  %24 = fadd float %22, %23
  %25 = fadd float %24, %8
  %26 = fadd float %25, %9
  %27 = fadd float %26, %10
  %28 = fadd float %27, %11
  %29 = fadd float %28, %12
  ret float %29
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @ptrs(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2, ptr nocapture noundef writeonly %3, ptr nocapture noundef writeonly %4, ptr nocapture noundef writeonly %5, ptr nocapture noundef writeonly %6, ptr nocapture noundef writeonly %7, i32 noundef %8) local_unnamed_addr #2 {
  store i32 %8, ptr %0, align 4, !tbaa !6
  %10 = sitofp i32 %8 to double
  %11 = fmul double %10, 5.000000e-01
  store double %11, ptr %2, align 8, !tbaa !10
  %12 = sext i32 %8 to i64
  %13 = mul nsw i64 %12, 1000
  store i64 %13, ptr %3, align 8, !tbaa !12
  %14 = load i8, ptr %1, align 1, !tbaa !14
  %15 = zext i8 %14 to i32
  store i32 %15, ptr %7, align 4, !tbaa !6
  store i32 %15, ptr %6, align 4, !tbaa !6
  store i32 %15, ptr %5, align 4, !tbaa !6
  store i32 %15, ptr %4, align 4, !tbaa !6
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @structs(i64 %0, i32 noundef %1, i64 %2, double noundef %3, i64 %4, i32 noundef %5, i64 %6, i64 %7, i64 %8, i64 %9, i64 %10, i64 %11) local_unnamed_addr #0 {
  %13 = trunc i64 %0 to i32
  %14 = trunc i64 %2 to i32
  %15 = trunc i64 %4 to i32
  %16 = trunc i64 %6 to i32
  %17 = trunc i64 %7 to i32
  %18 = trunc i64 %8 to i32
  %19 = trunc i64 %9 to i32
  %20 = trunc i64 %10 to i32
  %21 = trunc i64 %11 to i32
  %22 = shl i32 %13, 16
  %23 = ashr exact i32 %22, 16
  %24 = ashr i32 %14, 16
  %25 = shl i32 %15, 16
  %26 = ashr exact i32 %25, 16
  %27 = ashr i32 %16, 16
  %28 = shl i32 %17, 16
  %29 = ashr exact i32 %28, 16
  %30 = ashr i32 %18, 16
  %31 = shl i32 %19, 16
  %32 = ashr exact i32 %31, 16
  %33 = ashr i32 %20, 16
  %34 = shl i32 %21, 16
  %35 = ashr exact i32 %34, 16
  %36 = ashr i32 %21, 16
  %37 = mul nsw i32 %35, %36
  %38 = fptosi double %3 to i32
  %39 = add i32 %23, %1
  %40 = add i32 %39, %24
  %41 = add i32 %40, %38
  %42 = add i32 %41, %5
  %43 = add i32 %42, %26
  %44 = add i32 %43, %27
  %45 = add i32 %44, %29
  %46 = add i32 %45, %30
  %47 = add i32 %46, %32
  %48 = add i32 %47, %33
  %49 = add i32 %48, %37
  ret i32 %49
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @cb_impl(i32 noundef %0, double noundef %1, i32 noundef %2, double noundef %3, i32 noundef %4, double noundef %5, i32 noundef %6, double noundef %7, i32 noundef %8, double noundef %9) #0 {
  %11 = sitofp i32 %0 to double
  %12 = sitofp i32 %2 to double
  %13 = fmul double %12, %3
  %14 = tail call double @llvm.fmuladd.f64(double %11, double %1, double %13)
  %15 = sitofp i32 %4 to double
  %16 = tail call double @llvm.fmuladd.f64(double %15, double %5, double %14)
  %17 = sitofp i32 %6 to double
  %18 = tail call double @llvm.fmuladd.f64(double %17, double %7, double %16)
  %19 = sitofp i32 %8 to double
  %20 = tail call double @llvm.fmuladd.f64(double %19, double %9, double %18)
  ret double %20
}

; Function Attrs: noinline nounwind uwtable
define dso_local double @call_cb(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = tail call double %0(i32 noundef 1, double noundef 5.000000e-01, i32 noundef 2, double noundef 1.500000e+00, i32 noundef 3, double noundef 2.500000e+00, i32 noundef 4, double noundef 3.500000e+00, i32 noundef 5, double noundef 4.500000e+00) #7
  ret double %2
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i64, align 8
  %8 = tail call i64 @ints12(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10, i64 noundef 100000000000, i8 noundef 65)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %8)
  %10 = tail call double @doubles10(double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00, double noundef 1.025000e+01)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %10)
  %12 = tail call float @floats_mixed(float noundef 5.000000e-01, i32 noundef 1, float noundef 1.500000e+00, i64 noundef 2, float noundef 2.500000e+00, double noundef 3.000000e+00, float noundef 3.500000e+00, i32 noundef 4, float noundef 4.500000e+00, float noundef 5.500000e+00, float noundef 6.500000e+00, float noundef 7.500000e+00, float noundef 8.500000e+00)
  %13 = fpext float %12 to double
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %13)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6) #7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #7
  call void @ptrs(ptr noundef nonnull %1, ptr noundef nonnull @.str.3, ptr noundef nonnull %6, ptr noundef nonnull %7, ptr noundef nonnull %2, ptr noundef nonnull %3, ptr noundef nonnull %4, ptr noundef nonnull %5, i32 noundef 77)
  %15 = load i32, ptr %1, align 4, !tbaa !6
  %16 = load double, ptr %6, align 8, !tbaa !10
  %17 = load i64, ptr %7, align 8, !tbaa !12
  %18 = load i32, ptr %2, align 4, !tbaa !6
  %19 = load i32, ptr %3, align 4, !tbaa !6
  %20 = load i32, ptr %4, align 4, !tbaa !6
  %21 = load i32, ptr %5, align 4, !tbaa !6
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %15, double noundef %16, i64 noundef %17, i32 noundef %18, i32 noundef %19, i32 noundef %20, i32 noundef %21)
  %23 = tail call i32 @structs(i64 1, i32 noundef 1000, i64 4294311938, double noundef 7.500000e-01, i64 4293656579, i32 noundef 2000, i64 4293001220, i64 4292345861, i64 4291690502, i64 4291035143, i64 4290379784, i64 4289724425)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %23)
  %25 = tail call double @call_cb(ptr noundef nonnull @cb_impl)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %25)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, ptr noundef nonnull @.str.8, i32 noundef 55, i64 noundef 8)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
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
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !8, i64 0}
!14 = !{!8, !8, i64 0}
