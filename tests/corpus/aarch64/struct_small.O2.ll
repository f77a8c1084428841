; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Vec2 = type { float, float }
%struct.Three = type { i64, i64, i64 }
%struct.Quad = type { [4 x float] }
%struct.DD = type { double, double }

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
define dso_local %struct.Vec2 @vec_scale([2 x float] alignstack(8) %0, float noundef %1) local_unnamed_addr #0 {
  %3 = extractvalue [2 x float] %0, 0
  %4 = extractvalue [2 x float] %0, 1
  %5 = fmul float %3, %1
  %6 = fmul float %4, %1
  %7 = insertvalue %struct.Vec2 poison, float %5, 0
  %8 = insertvalue %struct.Vec2 %7, float %6, 1
  ret %struct.Vec2 %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local float @vec_dot([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) local_unnamed_addr #0 {
  %3 = extractvalue [2 x float] %0, 0
  %4 = extractvalue [2 x float] %0, 1
  %5 = extractvalue [2 x float] %1, 0
  %6 = extractvalue [2 x float] %1, 1
  %7 = fmul float %4, %6
  %8 = tail call float @llvm.fmuladd.f32(float %3, float %5, float %7)
  ret float %8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local [2 x i64] @mixed_bump([2 x i64] %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x i64] %0, 0
  %3 = and i64 %2, -4294967296
  %4 = extractvalue [2 x i64] %0, 1
  %5 = bitcast i64 %4 to double
  %6 = add i64 %2, 1
  %7 = fmul double %5, 2.000000e+00
  %8 = and i64 %6, 4294967295
  %9 = or disjoint i64 %8, %3
  %10 = insertvalue [2 x i64] poison, i64 %9, 0
  %11 = bitcast double %7 to i64
  %12 = insertvalue [2 x i64] %10, i64 %11, 1
  ret [2 x i64] %12
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @three_rot(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Three) align 8 %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load <2 x i64>, ptr %3, align 8, !tbaa !6
  store <2 x i64> %4, ptr %0, align 8, !tbaa !6
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load i64, ptr %1, align 8, !tbaa !10
  store i64 %6, ptr %5, align 8, !tbaa !12
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i64 @three_sum(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !13
  %5 = add nsw i64 %4, %2
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load i64, ptr %6, align 8, !tbaa !12
  %8 = add nsw i64 %5, %7
  ret i64 %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.Quad @quad_rev([4 x float] alignstack(8) %0) local_unnamed_addr #0 {
  %2 = extractvalue [4 x float] %0, 0
  %3 = extractvalue [4 x float] %0, 1
  %4 = extractvalue [4 x float] %0, 2
  %5 = extractvalue [4 x float] %0, 3
  %6 = insertvalue %struct.Quad poison, float %5, 0, 0
  %7 = insertvalue %struct.Quad %6, float %4, 0, 1
  %8 = insertvalue %struct.Quad %7, float %3, 0, 2
  %9 = insertvalue %struct.Quad %8, float %2, 0, 3
  ret %struct.Quad %9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @tiny_make(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = shl i32 %1, 16
  %4 = and i32 %0, 255
  %5 = or disjoint i32 %3, %4
  ret i32 %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.DD @dd_swap([2 x double] alignstack(8) %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x double] %0, 0
  %3 = extractvalue [2 x double] %0, 1
  %4 = insertvalue %struct.DD poison, double %3, 0
  %5 = insertvalue %struct.DD %4, double %2, 1
  ret %struct.DD %5
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
define dso_local double @mixed_many([2 x i64] %0, [2 x i64] %1, [2 x i64] %2, [2 x i64] %3, [2 x i64] %4, [2 x i64] %5) local_unnamed_addr #0 {
  %7 = extractvalue [2 x i64] %0, 0
  %8 = trunc i64 %7 to i32
  %9 = extractvalue [2 x i64] %0, 1
  %10 = bitcast i64 %9 to double
  %11 = extractvalue [2 x i64] %1, 1
  %12 = bitcast i64 %11 to double
  %13 = extractvalue [2 x i64] %2, 1
  %14 = bitcast i64 %13 to double
  %15 = extractvalue [2 x i64] %3, 1
  %16 = bitcast i64 %15 to double
  %17 = extractvalue [2 x i64] %4, 1
  %18 = bitcast i64 %17 to double
  %19 = extractvalue [2 x i64] %5, 0
  %20 = trunc i64 %19 to i32
  %21 = extractvalue [2 x i64] %5, 1
  %22 = bitcast i64 %21 to double
  %23 = fadd double %10, %12
  %24 = fadd double %23, %14
  %25 = fadd double %24, %16
  %26 = fadd double %25, %18
  %27 = fadd double %26, %22
  %28 = sitofp i32 %8 to double
  %29 = fadd double %27, %28
  %30 = sitofp i32 %20 to double
  %31 = fadd double %29, %30
  ret double %31
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca %struct.Three, align 8
  %2 = alloca %struct.Three, align 16
  %3 = tail call i64 @pt_add(i64 8589934593, i64 171798691870)
  %4 = trunc i64 %3 to i32
  %5 = lshr i64 %3, 32
  %6 = trunc nuw i64 %5 to i32
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %6)
  %8 = tail call %struct.Vec2 @vec_scale([2 x float] alignstack(8) [float 1.500000e+00, float -2.000000e+00], float noundef 4.000000e+00)
  %9 = extractvalue %struct.Vec2 %8, 0
  %10 = extractvalue %struct.Vec2 %8, 1
  %11 = fpext float %9 to double
  %12 = fpext float %10 to double
  %13 = insertvalue [2 x float] poison, float %9, 0
  %14 = insertvalue [2 x float] %13, float %10, 1
  %15 = tail call float @vec_dot([2 x float] alignstack(8) %14, [2 x float] alignstack(8) [float 5.000000e-01, float 2.500000e-01])
  %16 = fpext float %15 to double
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %11, double noundef %12, double noundef %16)
  %18 = tail call [2 x i64] @mixed_bump([2 x i64] [i64 41, i64 4608308318706860032])
  %19 = extractvalue [2 x i64] %18, 0
  %20 = extractvalue [2 x i64] %18, 1
  %21 = bitcast i64 %20 to double
  %22 = trunc i64 %19 to i32
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %22, double noundef %21)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  store <2 x i64> <i64 100000000000, i64 -2>, ptr %2, align 16, !tbaa !6
  %24 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 3, ptr %24, align 16, !tbaa !6
  call void @three_rot(ptr dead_on_unwind nonnull writable sret(%struct.Three) align 8 %1, ptr noundef nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  %25 = load i64, ptr %1, align 8, !tbaa !10
  %26 = getelementptr inbounds i8, ptr %1, i64 8
  %27 = load i64, ptr %26, align 8, !tbaa !13
  %28 = getelementptr inbounds i8, ptr %1, i64 16
  %29 = load i64, ptr %28, align 8, !tbaa !12
  %30 = call i64 @three_sum(ptr noundef nonnull %1)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %25, i64 noundef %27, i64 noundef %29, i64 noundef %30)
  %32 = tail call %struct.Quad @quad_rev([4 x float] alignstack(8) [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00])
  %33 = extractvalue %struct.Quad %32, 0
  %34 = extractvalue [4 x float] %33, 0
  %35 = extractvalue [4 x float] %33, 1
  %36 = extractvalue [4 x float] %33, 2
  %37 = extractvalue [4 x float] %33, 3
  %38 = fpext float %34 to double
  %39 = fpext float %35 to double
  %40 = fpext float %36 to double
  %41 = fpext float %37 to double
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %38, double noundef %39, double noundef %40, double noundef %41)
  %43 = tail call i32 @tiny_make(i32 noundef 65, i32 noundef -1234)
  %44 = and i32 %43, 255
  %45 = ashr i32 %43, 16
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %44, i32 noundef %45, i64 noundef 4)
  %47 = tail call %struct.DD @dd_swap([2 x double] alignstack(8) [double 1.500000e+00, double -7.750000e+00])
  %48 = extractvalue %struct.DD %47, 0
  %49 = extractvalue %struct.DD %47, 1
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %48, double noundef %49)
  %51 = tail call i64 @fi_make(float noundef 5.000000e-01, i32 noundef 99)
  %52 = trunc i64 %51 to i32
  %53 = bitcast i32 %52 to float
  %54 = lshr i64 %51, 32
  %55 = trunc nuw i64 %54 to i32
  %56 = fpext float %53 to double
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %56, i32 noundef %55)
  %58 = tail call i32 @many(i64 429496729601, i64 858993459202, i64 1288490188803, i64 1717986918404, i64 2147483648005, i64 2576980377606, i64 3006477107207, i64 3435973836808, i64 3865470566409)
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %58)
  %60 = tail call double @mixed_many([2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 4602678819172646912], [2 x i64] [i64 2, i64 4607182418800017408], [2 x i64] [i64 3, i64 4609434218613702656], [2 x i64] [i64 4, i64 4611686018427387904], [2 x i64] [i64 5, i64 4612811918334230528])
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %60)
  %62 = tail call i64 @pt_add(i64 %3, i64 %3)
  %63 = trunc i64 %62 to i32
  %64 = lshr i64 %62, 32
  %65 = trunc nuw i64 %64 to i32
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %63, i32 noundef %65)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !7, i64 0}
!11 = !{!"Three", !7, i64 0, !7, i64 8, !7, i64 16}
!12 = !{!11, !7, i64 16}
!13 = !{!11, !7, i64 8}
