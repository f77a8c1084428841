; ModuleID = 'nested_aggregates.c'
source_filename = "nested_aggregates.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Polygon = type { ptr, i32, [6 x %struct.Point] }
%struct.Point = type { i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"%s: n=%d area2=%d\0A\00", align 1
@shapes = internal constant [3 x %struct.Polygon] [%struct.Polygon { ptr @.str.9, i32 3, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 4, i32 0 }, %struct.Point { i32 0, i32 3 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.10, i32 4, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 2, i32 0 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 0, i32 2 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.7, i32 6, [6 x %struct.Point] [%struct.Point { i32 1, i32 0 }, %struct.Point { i32 2, i32 1 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 1, i32 3 }, %struct.Point { i32 0, i32 2 }, %struct.Point { i32 0, i32 1 }] }], align 8
@.str.1 = private unnamed_addr constant [16 x i8] c"seg %d len2=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"grid sum=%d at cursor=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"offsets: %zu %zu %zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"trace=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"row1: %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"cube: %d %d %zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"hexish\00", align 1
@.str.8 = private unnamed_addr constant [23 x i8] c"copy: %d original: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"triangle\00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"square\00", align 1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @area2(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !tbaa !6
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %56

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 12
  %7 = zext nneg i32 %3 to i64
  %8 = icmp eq i32 %3, 1
  br i1 %8, label %9, label %12

9:                                                ; preds = %53, %5
  %10 = phi i64 [ 0, %5 ], [ %13, %53 ]
  %11 = phi i32 [ 0, %5 ], [ %54, %53 ]
  br label %59

12:                                               ; preds = %5
  %13 = and i64 %7, 2147483646
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i64 [ 0, %12 ], [ %51, %14 ]
  %16 = phi i32 [ 0, %12 ], [ %49, %14 ]
  %17 = phi i32 [ 0, %12 ], [ %50, %14 ]
  %18 = or disjoint i64 %15, 1
  %19 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %15
  %20 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %18
  %21 = or disjoint i64 %15, 1
  %22 = add nuw nsw i64 %15, 2
  %23 = icmp eq i64 %21, %7
  %24 = icmp eq i64 %22, %7
  %25 = and i64 %21, 4294967295
  %26 = and i64 %22, 4294967294
  %27 = select i1 %23, i64 0, i64 %25
  %28 = select i1 %24, i64 0, i64 %26
  %29 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %27
  %30 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %28
  %31 = load i32, ptr %19, align 4, !tbaa !12
  %32 = load i32, ptr %20, align 4, !tbaa !12
  %33 = getelementptr inbounds i8, ptr %29, i64 4
  %34 = getelementptr inbounds i8, ptr %30, i64 4
  %35 = load i32, ptr %33, align 4, !tbaa !14
  %36 = load i32, ptr %34, align 4, !tbaa !14
  %37 = mul nsw i32 %35, %31
  %38 = mul nsw i32 %36, %32
  %39 = load i32, ptr %29, align 4, !tbaa !12
  %40 = load i32, ptr %30, align 4, !tbaa !12
  %41 = getelementptr inbounds i8, ptr %19, i64 4
  %42 = getelementptr inbounds i8, ptr %20, i64 4
  %43 = load i32, ptr %41, align 4, !tbaa !14
  %44 = load i32, ptr %42, align 4, !tbaa !14
  %45 = mul nsw i32 %43, %39
  %46 = mul nsw i32 %44, %40
  %47 = add i32 %37, %16
  %48 = add i32 %38, %17
  %49 = sub i32 %47, %45
  %50 = sub i32 %48, %46
  %51 = add nuw i64 %15, 2
  %52 = icmp eq i64 %51, %13
  br i1 %52, label %53, label %14, !llvm.loop !15

53:                                               ; preds = %14
  %54 = add i32 %50, %49
  %55 = icmp eq i64 %13, %7
  br i1 %55, label %56, label %9

56:                                               ; preds = %59, %53, %1
  %57 = phi i32 [ 0, %1 ], [ %54, %53 ], [ %75, %59 ]
  %58 = tail call i32 @llvm.abs.i32(i32 %57, i1 true)
  ret i32 %58

59:                                               ; preds = %9, %59
  %60 = phi i64 [ %63, %59 ], [ %10, %9 ]
  %61 = phi i32 [ %75, %59 ], [ %11, %9 ]
  %62 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %60
  %63 = add nuw nsw i64 %60, 1
  %64 = icmp eq i64 %63, %7
  %65 = and i64 %63, 4294967295
  %66 = select i1 %64, i64 0, i64 %65
  %67 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %66
  %68 = load <2 x i32>, ptr %67, align 4, !tbaa !19
  %69 = shufflevector <2 x i32> %68, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  %70 = load <2 x i32>, ptr %62, align 4, !tbaa !19
  %71 = mul nsw <2 x i32> %70, %69
  %72 = extractelement <2 x i32> %71, i64 0
  %73 = add i32 %72, %61
  %74 = extractelement <2 x i32> %71, i64 1
  %75 = sub i32 %73, %74
  %76 = icmp eq i64 %63, %7
  br i1 %76, label %56, label %59, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @seg_len2([2 x i64] %0) local_unnamed_addr #2 {
  %2 = extractvalue [2 x i64] %0, 0
  %3 = trunc i64 %2 to i32
  %4 = lshr i64 %2, 32
  %5 = trunc nuw i64 %4 to i32
  %6 = extractvalue [2 x i64] %0, 1
  %7 = trunc i64 %6 to i32
  %8 = lshr i64 %6, 32
  %9 = trunc nuw i64 %8 to i32
  %10 = sub nsw i32 %7, %3
  %11 = sub nsw i32 %9, %5
  %12 = mul nsw i32 %10, %10
  %13 = mul nsw i32 %11, %11
  %14 = add nuw nsw i32 %13, %12
  ret i32 %14
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @trace(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = load i32, ptr %0, align 4, !tbaa !19
  %3 = getelementptr inbounds i8, ptr %0, i64 20
  %4 = load i32, ptr %3, align 4, !tbaa !19
  %5 = shl nsw i32 %4, 1
  %6 = add nsw i32 %5, %2
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i32, ptr %7, align 4, !tbaa !19
  %9 = mul nsw i32 %8, 3
  %10 = add nsw i32 %9, %6
  ret i32 %10
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [3 x [4 x i32]], align 16
  %2 = tail call i32 @area2(ptr noundef nonnull @shapes)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.9, i32 noundef 3, i32 noundef %2)
  %4 = tail call i32 @area2(ptr noundef nonnull getelementptr inbounds (i8, ptr @shapes, i64 64))
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.10, i32 noundef 4, i32 noundef %4)
  %6 = tail call i32 @area2(ptr noundef nonnull getelementptr inbounds (i8, ptr @shapes, i64 128))
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, i32 noundef 6, i32 noundef %6)
  %8 = tail call i32 @seg_len2([2 x i64] [i64 0, i64 17179869187])
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef %8)
  %10 = tail call i32 @seg_len2([2 x i64] [i64 4294967297, i64 21474836484])
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef %10)
  %12 = tail call i32 @seg_len2([2 x i64] [i64 0, i64 34359738374])
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef %12)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 190, i32 noundef 13)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 12, i64 noundef 20, i64 noundef 40)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #7
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %1, align 16, !tbaa !19
  %16 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %16, align 16, !tbaa !19
  %17 = getelementptr inbounds i8, ptr %1, i64 32
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %17, align 16, !tbaa !19
  %18 = call i32 @trace(ptr noundef nonnull %1)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %18)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 11)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 23, i32 noundef 13, i64 noundef 2)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 100, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #6

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!6 = !{!7, !11, i64 8}
!7 = !{!"Polygon", !8, i64 0, !11, i64 8, !9, i64 12}
!8 = !{!"any pointer", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!"int", !9, i64 0}
!12 = !{!13, !11, i64 0}
!13 = !{!"Point", !11, i64 0, !11, i64 4}
!14 = !{!13, !11, i64 4}
!15 = distinct !{!15, !16, !17, !18}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = !{!11, !11, i64 0}
!20 = distinct !{!20, !16, !17}
