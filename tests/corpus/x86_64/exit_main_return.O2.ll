; ModuleID = 'exit_main_return.c'
source_filename = "exit_main_return.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"count=%d sum=%ld min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%d:%ld:%d:%d\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"line=%s checksum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"exiting with %u\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 1, 220) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x i32], align 16
  %2 = alloca [128 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #4
  br label %49

3:                                                ; preds = %49
  %4 = load i32, ptr %1, align 16, !tbaa !5, !noalias !9
  br label %5

5:                                                ; preds = %5, %3
  %6 = phi i64 [ 0, %3 ], [ %23, %5 ]
  %7 = phi i64 [ 0, %3 ], [ %20, %5 ]
  %8 = phi i32 [ %4, %3 ], [ %21, %5 ]
  %9 = phi i32 [ %4, %3 ], [ %22, %5 ]
  %10 = getelementptr inbounds i32, ptr %1, i64 %6
  %11 = load i32, ptr %10, align 8, !tbaa !5, !noalias !9
  %12 = sext i32 %11 to i64
  %13 = add nsw i64 %7, %12
  %14 = tail call i32 @llvm.smin.i32(i32 %11, i32 %8)
  %15 = tail call i32 @llvm.smax.i32(i32 %11, i32 %9)
  %16 = or disjoint i64 %6, 1
  %17 = getelementptr inbounds i32, ptr %1, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !5, !noalias !9
  %19 = sext i32 %18 to i64
  %20 = add nsw i64 %13, %19
  %21 = tail call i32 @llvm.smin.i32(i32 %18, i32 %14)
  %22 = tail call i32 @llvm.smax.i32(i32 %18, i32 %15)
  %23 = add nuw nsw i64 %6, 2
  %24 = icmp eq i64 %23, 32
  br i1 %24, label %25, label %5, !llvm.loop !12

25:                                               ; preds = %5
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, i64 noundef %20, i32 noundef %21, i32 noundef %22)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  %27 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %2, i64 noundef 128, ptr noundef nonnull @.str.1, i32 noundef 32, i64 noundef %20, i32 noundef %21, i32 noundef %22) #4
  %28 = load i8, ptr %2, align 16, !tbaa !14
  %29 = icmp eq i8 %28, 0
  br i1 %29, label %40, label %30

30:                                               ; preds = %25, %30
  %31 = phi i8 [ %38, %30 ], [ %28, %25 ]
  %32 = phi i32 [ %37, %30 ], [ 0, %25 ]
  %33 = phi ptr [ %35, %30 ], [ %2, %25 ]
  %34 = mul i32 %32, 33
  %35 = getelementptr inbounds i8, ptr %33, i64 1
  %36 = zext i8 %31 to i32
  %37 = add i32 %34, %36
  %38 = load i8, ptr %35, align 1, !tbaa !14
  %39 = icmp eq i8 %38, 0
  br i1 %39, label %40, label %30, !llvm.loop !15

40:                                               ; preds = %30, %25
  %41 = phi i32 [ 0, %25 ], [ %37, %30 ]
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull %2, i32 noundef %41)
  %43 = urem i32 %41, 200
  %44 = add nuw nsw i32 %43, 20
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %44)
  %46 = load i8, ptr %2, align 16
  %47 = icmp eq i8 %46, 0
  %48 = select i1 %47, i32 1, i32 %44
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #4
  ret i32 %48

49:                                               ; preds = %49, %0
  %50 = phi i64 [ 0, %0 ], [ %64, %49 ]
  %51 = trunc i64 %50 to i16
  %52 = mul nuw nsw i16 %51, 37
  %53 = urem i16 %52, 53
  %54 = zext nneg i16 %53 to i32
  %55 = add nsw i32 %54, -20
  %56 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %50
  store i32 %55, ptr %56, align 8, !tbaa !5
  %57 = or disjoint i64 %50, 1
  %58 = trunc i64 %57 to i16
  %59 = mul nuw nsw i16 %58, 37
  %60 = urem i16 %59, 53
  %61 = zext nneg i16 %60 to i32
  %62 = add nsw i32 %61, -20
  %63 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %57
  store i32 %62, ptr %63, align 4, !tbaa !5
  %64 = add nuw nsw i64 %50, 2
  %65 = icmp eq i64 %64, 32
  br i1 %65, label %3, label %49, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"analyze: argument 0"}
!11 = distinct !{!11, !"analyze"}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !13}
!16 = distinct !{!16, !13}
