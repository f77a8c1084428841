; ModuleID = 'nested_aggregates.c'
source_filename = "nested_aggregates.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Polygon = type { ptr, i32, [6 x %struct.Point] }
%struct.Point = type { i32, i32 }

@.str = private unnamed_addr constant [19 x i8] c"%s: n=%d area2=%d\0A\00", align 1
@shapes = internal constant [3 x %struct.Polygon] [%struct.Polygon { ptr @.str.9, i32 3, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 4, i32 0 }, %struct.Point { i32 0, i32 3 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.10, i32 4, [6 x %struct.Point] [%struct.Point zeroinitializer, %struct.Point { i32 2, i32 0 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 0, i32 2 }, %struct.Point zeroinitializer, %struct.Point zeroinitializer] }, %struct.Polygon { ptr @.str.7, i32 6, [6 x %struct.Point] [%struct.Point { i32 1, i32 0 }, %struct.Point { i32 2, i32 1 }, %struct.Point { i32 2, i32 2 }, %struct.Point { i32 1, i32 3 }, %struct.Point { i32 0, i32 2 }, %struct.Point { i32 0, i32 1 }] }], align 16
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
  %3 = load i32, ptr %2, align 8, !tbaa !5
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %34

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 12
  %7 = zext nneg i32 %3 to i64
  %8 = and i64 %7, 1
  %9 = icmp eq i32 %3, 1
  br i1 %9, label %12, label %10

10:                                               ; preds = %5
  %11 = and i64 %7, 2147483646
  br label %37

12:                                               ; preds = %37, %5
  %13 = phi i32 [ poison, %5 ], [ %72, %37 ]
  %14 = phi i64 [ 0, %5 ], [ %57, %37 ]
  %15 = phi i32 [ 0, %5 ], [ %72, %37 ]
  %16 = icmp eq i64 %8, 0
  br i1 %16, label %34, label %17

17:                                               ; preds = %12
  %18 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %14
  %19 = add nuw nsw i64 %14, 1
  %20 = icmp eq i64 %19, %7
  %21 = and i64 %19, 4294967295
  %22 = select i1 %20, i64 0, i64 %21
  %23 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %22
  %24 = load i32, ptr %18, align 4, !tbaa !11
  %25 = getelementptr inbounds i8, ptr %23, i64 4
  %26 = load i32, ptr %25, align 4, !tbaa !13
  %27 = mul nsw i32 %26, %24
  %28 = load i32, ptr %23, align 4, !tbaa !11
  %29 = getelementptr inbounds i8, ptr %18, i64 4
  %30 = load i32, ptr %29, align 4, !tbaa !13
  %31 = mul nsw i32 %30, %28
  %32 = add i32 %27, %15
  %33 = sub i32 %32, %31
  br label %34

34:                                               ; preds = %17, %12, %1
  %35 = phi i32 [ 0, %1 ], [ %13, %12 ], [ %33, %17 ]
  %36 = tail call i32 @llvm.abs.i32(i32 %35, i1 true)
  ret i32 %36

37:                                               ; preds = %37, %10
  %38 = phi i64 [ 0, %10 ], [ %57, %37 ]
  %39 = phi i32 [ 0, %10 ], [ %72, %37 ]
  %40 = phi i64 [ 0, %10 ], [ %73, %37 ]
  %41 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %38
  %42 = or disjoint i64 %38, 1
  %43 = icmp eq i64 %42, %7
  %44 = and i64 %42, 4294967295
  %45 = select i1 %43, i64 0, i64 %44
  %46 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %45
  %47 = load i32, ptr %41, align 4, !tbaa !11
  %48 = getelementptr inbounds i8, ptr %46, i64 4
  %49 = load i32, ptr %48, align 4, !tbaa !13
  %50 = mul nsw i32 %49, %47
  %51 = load i32, ptr %46, align 4, !tbaa !11
  %52 = getelementptr inbounds i8, ptr %41, i64 4
  %53 = load i32, ptr %52, align 4, !tbaa !13
  %54 = mul nsw i32 %53, %51
  %55 = add i32 %50, %39
  %56 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %42
  %57 = add nuw nsw i64 %38, 2
  %58 = icmp eq i64 %57, %7
  %59 = and i64 %57, 4294967294
  %60 = select i1 %58, i64 0, i64 %59
  %61 = getelementptr inbounds [6 x %struct.Point], ptr %6, i64 0, i64 %60
  %62 = load i32, ptr %56, align 4, !tbaa !11
  %63 = getelementptr inbounds i8, ptr %61, i64 4
  %64 = load i32, ptr %63, align 4, !tbaa !13
  %65 = mul nsw i32 %64, %62
  %66 = load i32, ptr %61, align 4, !tbaa !11
  %67 = getelementptr inbounds i8, ptr %56, i64 4
  %68 = load i32, ptr %67, align 4, !tbaa !13
  %69 = mul nsw i32 %68, %66
  %70 = add i32 %55, %65
  %71 = add i32 %54, %69
  %72 = sub i32 %70, %71
  %73 = add i64 %40, 2
  %74 = icmp eq i64 %73, %11
  br i1 %74, label %12, label %37, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @seg_len2(i64 %0, i64 %1) local_unnamed_addr #2 {
  %3 = trunc i64 %0 to i32
  %4 = lshr i64 %0, 32
  %5 = trunc nuw i64 %4 to i32
  %6 = trunc i64 %1 to i32
  %7 = lshr i64 %1, 32
  %8 = trunc nuw i64 %7 to i32
  %9 = sub nsw i32 %6, %3
  %10 = sub nsw i32 %8, %5
  %11 = mul nsw i32 %9, %9
  %12 = mul nsw i32 %10, %10
  %13 = add nuw nsw i32 %12, %11
  ret i32 %13
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @trace(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = load i32, ptr %0, align 4, !tbaa !16
  %3 = getelementptr inbounds i8, ptr %0, i64 20
  %4 = load i32, ptr %3, align 4, !tbaa !16
  %5 = shl nsw i32 %4, 1
  %6 = add nsw i32 %5, %2
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i32, ptr %7, align 4, !tbaa !16
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
  %8 = tail call i32 @seg_len2(i64 0, i64 17179869187)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, i32 noundef %8)
  %10 = tail call i32 @seg_len2(i64 4294967297, i64 21474836484)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef %10)
  %12 = tail call i32 @seg_len2(i64 0, i64 34359738374)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i32 noundef %12)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 190, i32 noundef 13)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 12, i64 noundef 20, i64 noundef 40)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #7
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %1, align 16, !tbaa !16
  %16 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %16, align 16, !tbaa !16
  %17 = getelementptr inbounds i8, ptr %1, i64 32
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %17, align 16, !tbaa !16
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

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !10, i64 8}
!6 = !{!"Polygon", !7, i64 0, !10, i64 8, !8, i64 12}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!12, !10, i64 0}
!12 = !{!"Point", !10, i64 0, !10, i64 4}
!13 = !{!12, !10, i64 4}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!10, !10, i64 0}
