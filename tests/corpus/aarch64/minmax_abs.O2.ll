; ModuleID = 'minmax_abs.c'
source_filename = "minmax_abs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [8 x i32] [i32 -7, i32 3, i32 0, i32 42, i32 -100, i32 17, i32 42, i32 -1], align 4
@.str = private unnamed_addr constant [8 x i8] c"max=%d\0A\00", align 1
@__const.main.uvals = private unnamed_addr constant [5 x i32] [i32 5, i32 -1, i32 3, i32 100, i32 7], align 4
@.str.1 = private unnamed_addr constant [17 x i8] c"umin=%u umax=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"imin=%d lmax=%ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"abs(%d)=%d clamp=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"labs=%ld llabs=%lld hand=%lld\0A\00", align 1
@__const.main.other = private unnamed_addr constant [8 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 4
@.str.5 = private unnamed_addr constant [9 x i8] c"sad=%ld\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"sat u8: %u %u %u\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"sat i16: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [23 x i8] c"range=[%d,%d] span=%u\0A\00", align 1
@.str.9 = private unnamed_addr constant [22 x i8] c"double max=%g min=%g\0A\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"byte max=%u\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @imax(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.smax.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @imin(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.smin.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @umax(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.umax.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @umin(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.umin.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @lmax(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i64 @llvm.smax.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @iabs(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i32 @llvm.abs.i32(i32 %0, i1 true)
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @llabs_hand(i64 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i64 @llvm.abs.i64(i64 %0, i1 true)
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @clamp(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = tail call i32 @imax(i32 noundef %0, i32 noundef %1)
  %5 = tail call i32 @imin(i32 noundef %4, i32 noundef %2)
  ret i32 %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i8 @sat_add_u8(i8 noundef %0, i8 noundef %1) local_unnamed_addr #0 {
  %3 = zext i8 %0 to i32
  %4 = zext i8 %1 to i32
  %5 = add nuw nsw i32 %4, %3
  %6 = tail call i32 @llvm.umin.i32(i32 %5, i32 255)
  %7 = trunc nuw i32 %6 to i8
  ret i8 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i16 @sat_sub_i16(i16 noundef %0, i16 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i16 @llvm.ssub.sat.i16(i16 %0, i16 %1)
  ret i16 %3
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @max_of(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = load i32, ptr %0, align 4, !tbaa !6
  %4 = icmp sgt i32 %1, 1
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %2
  %8 = phi i32 [ %3, %2 ], [ %14, %9 ]
  ret i32 %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 1, %5 ], [ %15, %9 ]
  %11 = phi i32 [ %3, %5 ], [ %14, %9 ]
  %12 = getelementptr inbounds i32, ptr %0, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = tail call i32 @imax(i32 noundef %11, i32 noundef %13)
  %15 = add nuw nsw i64 %10, 1
  %16 = icmp eq i64 %15, %6
  br i1 %16, label %7, label %9, !llvm.loop !10
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @min_of_u(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = load i32, ptr %0, align 4, !tbaa !6
  %4 = icmp sgt i32 %1, 1
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %2
  %8 = phi i32 [ %3, %2 ], [ %14, %9 ]
  ret i32 %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 1, %5 ], [ %15, %9 ]
  %11 = phi i32 [ %3, %5 ], [ %14, %9 ]
  %12 = getelementptr inbounds i32, ptr %0, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = tail call i32 @umin(i32 noundef %11, i32 noundef %13)
  %15 = add nuw nsw i64 %10, 1
  %16 = icmp eq i64 %15, %6
  br i1 %16, label %7, label %9, !llvm.loop !12
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i64 @sum_abs_diff(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %39

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  %7 = icmp ult i32 %2, 8
  br i1 %7, label %8, label %11

8:                                                ; preds = %35, %5
  %9 = phi i64 [ 0, %5 ], [ %12, %35 ]
  %10 = phi i64 [ 0, %5 ], [ %37, %35 ]
  br label %41

11:                                               ; preds = %5
  %12 = and i64 %6, 2147483640
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %33, %13 ]
  %15 = phi <4 x i64> [ zeroinitializer, %11 ], [ %31, %13 ]
  %16 = phi <4 x i64> [ zeroinitializer, %11 ], [ %32, %13 ]
  %17 = getelementptr inbounds i32, ptr %0, i64 %14
  %18 = getelementptr inbounds i8, ptr %17, i64 16
  %19 = load <4 x i32>, ptr %17, align 4, !tbaa !6
  %20 = load <4 x i32>, ptr %18, align 4, !tbaa !6
  %21 = getelementptr inbounds i32, ptr %1, i64 %14
  %22 = getelementptr inbounds i8, ptr %21, i64 16
  %23 = load <4 x i32>, ptr %21, align 4, !tbaa !6
  %24 = load <4 x i32>, ptr %22, align 4, !tbaa !6
  %25 = sub nsw <4 x i32> %19, %23
  %26 = sub nsw <4 x i32> %20, %24
  %27 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %25, i1 true)
  %28 = tail call <4 x i32> @llvm.abs.v4i32(<4 x i32> %26, i1 true)
  %29 = zext nneg <4 x i32> %27 to <4 x i64>
  %30 = zext nneg <4 x i32> %28 to <4 x i64>
  %31 = add <4 x i64> %15, %29
  %32 = add <4 x i64> %16, %30
  %33 = add nuw i64 %14, 8
  %34 = icmp eq i64 %33, %12
  br i1 %34, label %35, label %13, !llvm.loop !13

35:                                               ; preds = %13
  %36 = add <4 x i64> %32, %31
  %37 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %36)
  %38 = icmp eq i64 %12, %6
  br i1 %38, label %39, label %8

39:                                               ; preds = %41, %35, %3
  %40 = phi i64 [ 0, %3 ], [ %37, %35 ], [ %51, %41 ]
  ret i64 %40

41:                                               ; preds = %8, %41
  %42 = phi i64 [ %52, %41 ], [ %9, %8 ]
  %43 = phi i64 [ %51, %41 ], [ %10, %8 ]
  %44 = getelementptr inbounds i32, ptr %0, i64 %42
  %45 = load i32, ptr %44, align 4, !tbaa !6
  %46 = getelementptr inbounds i32, ptr %1, i64 %42
  %47 = load i32, ptr %46, align 4, !tbaa !6
  %48 = sub nsw i32 %45, %47
  %49 = tail call i32 @llvm.abs.i32(i32 %48, i1 true)
  %50 = zext nneg i32 %49 to i64
  %51 = add nuw nsw i64 %43, %50
  %52 = add nuw nsw i64 %42, 1
  %53 = icmp eq i64 %52, %6
  br i1 %53, label %39, label %41, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 @max_of(ptr noundef nonnull @__const.main.vals, i32 noundef 8)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1)
  %3 = tail call i32 @min_of_u(ptr noundef nonnull @__const.main.uvals, i32 noundef 5)
  %4 = tail call i32 @umax(i32 noundef -1, i32 noundef 3)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %3, i32 noundef %4)
  %6 = tail call i32 @imin(i32 noundef -3, i32 noundef -4)
  %7 = tail call i64 @lmax(i64 noundef 1099511627776, i64 noundef -2199023255552)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %6, i64 noundef %7)
  %9 = tail call i32 @iabs(i32 noundef -7)
  %10 = tail call i32 @clamp(i32 noundef -7, i32 noundef -5, i32 noundef 20)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -7, i32 noundef %9, i32 noundef %10)
  %12 = tail call i32 @iabs(i32 noundef 3)
  %13 = tail call i32 @clamp(i32 noundef 3, i32 noundef -5, i32 noundef 20)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 3, i32 noundef %12, i32 noundef %13)
  %15 = tail call i32 @iabs(i32 noundef 0)
  %16 = tail call i32 @clamp(i32 noundef 0, i32 noundef -5, i32 noundef 20)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0, i32 noundef %15, i32 noundef %16)
  %18 = tail call i32 @iabs(i32 noundef 42)
  %19 = tail call i32 @clamp(i32 noundef 42, i32 noundef -5, i32 noundef 20)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 42, i32 noundef %18, i32 noundef %19)
  %21 = tail call i32 @iabs(i32 noundef -100)
  %22 = tail call i32 @clamp(i32 noundef -100, i32 noundef -5, i32 noundef 20)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -100, i32 noundef %21, i32 noundef %22)
  %24 = tail call i32 @iabs(i32 noundef 17)
  %25 = tail call i32 @clamp(i32 noundef 17, i32 noundef -5, i32 noundef 20)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 17, i32 noundef %24, i32 noundef %25)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 42, i32 noundef %18, i32 noundef %19)
  %28 = tail call i32 @iabs(i32 noundef -1)
  %29 = tail call i32 @clamp(i32 noundef -1, i32 noundef -5, i32 noundef 20)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -1, i32 noundef %28, i32 noundef %29)
  %31 = tail call i64 @llabs_hand(i64 noundef -9000000000000000000)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 123456789012, i64 noundef 5, i64 noundef %31)
  %33 = tail call i64 @sum_abs_diff(ptr noundef nonnull @__const.main.vals, ptr noundef nonnull @__const.main.other, i32 noundef 8)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %33)
  %35 = tail call i8 @sat_add_u8(i8 noundef 100, i8 noundef 100)
  %36 = zext i8 %35 to i32
  %37 = tail call i8 @sat_add_u8(i8 noundef -56, i8 noundef 100)
  %38 = zext i8 %37 to i32
  %39 = tail call i8 @sat_add_u8(i8 noundef -1, i8 noundef -1)
  %40 = zext i8 %39 to i32
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %36, i32 noundef %38, i32 noundef %40)
  %42 = tail call i16 @sat_sub_i16(i16 noundef -30000, i16 noundef 10000)
  %43 = sext i16 %42 to i32
  %44 = tail call i16 @sat_sub_i16(i16 noundef 30000, i16 noundef -10000)
  %45 = sext i16 %44 to i32
  %46 = tail call i16 @sat_sub_i16(i16 noundef 5, i16 noundef 7)
  %47 = sext i16 %46 to i32
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %43, i32 noundef %45, i32 noundef %47)
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef -100, i32 noundef 42, i32 noundef 142)
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 3.250000e+00, double noundef -8.000000e+00)
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 250)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.ssub.sat.i16(i16, i16) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.abs.v4i32(<4 x i32>, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11, !14, !15}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !11, !15, !14}
