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
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i32> <i32 -20, i32 17, i32 1, i32 -15>, ptr %1, align 16, !tbaa !5
  store <4 x i32> <i32 22, i32 6, i32 -10, i32 27>, ptr %3, align 16, !tbaa !5
  %4 = getelementptr inbounds i8, ptr %1, i64 32
  %5 = getelementptr inbounds i8, ptr %1, i64 48
  store <4 x i32> <i32 11, i32 -5, i32 32, i32 16>, ptr %4, align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 -16, i32 21, i32 5>, ptr %5, align 16, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %1, i64 64
  %7 = getelementptr inbounds i8, ptr %1, i64 80
  store <4 x i32> <i32 -11, i32 26, i32 10, i32 -6>, ptr %6, align 16, !tbaa !5
  store <4 x i32> <i32 31, i32 15, i32 -1, i32 -17>, ptr %7, align 16, !tbaa !5
  %8 = getelementptr inbounds i8, ptr %1, i64 96
  %9 = getelementptr inbounds i8, ptr %1, i64 112
  store <4 x i32> <i32 20, i32 4, i32 -12, i32 25>, ptr %8, align 16, !tbaa !5
  store <4 x i32> <i32 9, i32 -7, i32 30, i32 14>, ptr %9, align 16, !tbaa !5
  %10 = load i32, ptr %1, align 16, !tbaa !5, !noalias !9
  %11 = insertelement <2 x i32> poison, i32 %10, i64 0
  %12 = shufflevector <2 x i32> %11, <2 x i32> poison, <2 x i32> zeroinitializer
  %13 = insertelement <2 x i32> poison, i32 %10, i64 0
  %14 = shufflevector <2 x i32> %13, <2 x i32> poison, <2 x i32> zeroinitializer
  br label %15

15:                                               ; preds = %15, %0
  %16 = phi i64 [ 0, %0 ], [ %35, %15 ]
  %17 = phi <2 x i64> [ zeroinitializer, %0 ], [ %29, %15 ]
  %18 = phi <2 x i64> [ zeroinitializer, %0 ], [ %30, %15 ]
  %19 = phi <2 x i32> [ %12, %0 ], [ %31, %15 ]
  %20 = phi <2 x i32> [ %12, %0 ], [ %32, %15 ]
  %21 = phi <2 x i32> [ %14, %0 ], [ %33, %15 ]
  %22 = phi <2 x i32> [ %14, %0 ], [ %34, %15 ]
  %23 = getelementptr inbounds i32, ptr %1, i64 %16
  %24 = getelementptr inbounds i8, ptr %23, i64 8
  %25 = load <2 x i32>, ptr %23, align 16, !tbaa !5, !noalias !9
  %26 = load <2 x i32>, ptr %24, align 8, !tbaa !5, !noalias !9
  %27 = sext <2 x i32> %25 to <2 x i64>
  %28 = sext <2 x i32> %26 to <2 x i64>
  %29 = add <2 x i64> %17, %27
  %30 = add <2 x i64> %18, %28
  %31 = tail call <2 x i32> @llvm.smin.v2i32(<2 x i32> %25, <2 x i32> %19)
  %32 = tail call <2 x i32> @llvm.smin.v2i32(<2 x i32> %26, <2 x i32> %20)
  %33 = tail call <2 x i32> @llvm.smax.v2i32(<2 x i32> %25, <2 x i32> %21)
  %34 = tail call <2 x i32> @llvm.smax.v2i32(<2 x i32> %26, <2 x i32> %22)
  %35 = add nuw i64 %16, 4
  %36 = icmp eq i64 %35, 32
  br i1 %36, label %37, label %15, !llvm.loop !12

37:                                               ; preds = %15
  %38 = add <2 x i64> %30, %29
  %39 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %38)
  %40 = tail call <2 x i32> @llvm.smin.v2i32(<2 x i32> %31, <2 x i32> %32)
  %41 = tail call i32 @llvm.vector.reduce.smin.v2i32(<2 x i32> %40)
  %42 = tail call <2 x i32> @llvm.smax.v2i32(<2 x i32> %33, <2 x i32> %34)
  %43 = tail call i32 @llvm.vector.reduce.smax.v2i32(<2 x i32> %42)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, i64 noundef %39, i32 noundef %41, i32 noundef %43)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  %45 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %2, i64 noundef 128, ptr noundef nonnull @.str.1, i32 noundef 32, i64 noundef %39, i32 noundef %41, i32 noundef %43) #4
  %46 = load i8, ptr %2, align 16, !tbaa !16
  %47 = icmp eq i8 %46, 0
  br i1 %47, label %58, label %48

48:                                               ; preds = %37, %48
  %49 = phi i8 [ %56, %48 ], [ %46, %37 ]
  %50 = phi i32 [ %55, %48 ], [ 0, %37 ]
  %51 = phi ptr [ %53, %48 ], [ %2, %37 ]
  %52 = mul i32 %50, 33
  %53 = getelementptr inbounds i8, ptr %51, i64 1
  %54 = zext i8 %49 to i32
  %55 = add i32 %52, %54
  %56 = load i8, ptr %53, align 1, !tbaa !16
  %57 = icmp eq i8 %56, 0
  br i1 %57, label %58, label %48, !llvm.loop !17

58:                                               ; preds = %48, %37
  %59 = phi i32 [ 0, %37 ], [ %55, %48 ]
  %60 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull %2, i32 noundef %59)
  %61 = urem i32 %59, 200
  %62 = add nuw nsw i32 %61, 20
  %63 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %62)
  %64 = load i8, ptr %2, align 16
  %65 = icmp eq i8 %64, 0
  %66 = select i1 %65, i32 1, i32 %62
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #4
  ret i32 %66
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
declare <2 x i32> @llvm.smin.v2i32(<2 x i32>, <2 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i32> @llvm.smax.v2i32(<2 x i32>, <2 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.smin.v2i32(<2 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.smax.v2i32(<2 x i32>) #3

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
!12 = distinct !{!12, !13, !14, !15}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !13}
