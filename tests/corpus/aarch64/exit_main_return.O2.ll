; ModuleID = 'exit_main_return.c'
source_filename = "exit_main_return.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"count=%d sum=%ld min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%d:%ld:%d:%d\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"line=%s checksum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"exiting with %u\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 1, 220) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x i32], align 4
  %2 = alloca [128 x i8], align 4
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #4
  br label %42

3:                                                ; preds = %42
  %4 = load i32, ptr %1, align 4, !tbaa !6, !noalias !10
  br label %5

5:                                                ; preds = %5, %3
  %6 = phi i64 [ 0, %3 ], [ %16, %5 ]
  %7 = phi i64 [ 0, %3 ], [ %13, %5 ]
  %8 = phi i32 [ %4, %3 ], [ %14, %5 ]
  %9 = phi i32 [ %4, %3 ], [ %15, %5 ]
  %10 = getelementptr inbounds i32, ptr %1, i64 %6
  %11 = load i32, ptr %10, align 4, !tbaa !6, !noalias !10
  %12 = sext i32 %11 to i64
  %13 = add nsw i64 %7, %12
  %14 = tail call i32 @llvm.smin.i32(i32 %11, i32 %8)
  %15 = tail call i32 @llvm.smax.i32(i32 %11, i32 %9)
  %16 = add nuw nsw i64 %6, 1
  %17 = icmp eq i64 %16, 32
  br i1 %17, label %18, label %5, !llvm.loop !13

18:                                               ; preds = %5
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, i64 noundef %13, i32 noundef %14, i32 noundef %15)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %2) #4
  %20 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %2, i64 noundef 128, ptr noundef nonnull @.str.1, i32 noundef 32, i64 noundef %13, i32 noundef %14, i32 noundef %15) #4
  %21 = load i8, ptr %2, align 4, !tbaa !15
  %22 = icmp eq i8 %21, 0
  br i1 %22, label %33, label %23

23:                                               ; preds = %18, %23
  %24 = phi i8 [ %31, %23 ], [ %21, %18 ]
  %25 = phi i32 [ %30, %23 ], [ 0, %18 ]
  %26 = phi ptr [ %28, %23 ], [ %2, %18 ]
  %27 = mul i32 %25, 33
  %28 = getelementptr inbounds i8, ptr %26, i64 1
  %29 = zext i8 %24 to i32
  %30 = add i32 %27, %29
  %31 = load i8, ptr %28, align 1, !tbaa !15
  %32 = icmp eq i8 %31, 0
  br i1 %32, label %33, label %23, !llvm.loop !16

33:                                               ; preds = %23, %18
  %34 = phi i32 [ 0, %18 ], [ %30, %23 ]
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull %2, i32 noundef %34)
  %36 = urem i32 %34, 200
  %37 = add nuw nsw i32 %36, 20
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %37)
  %39 = load i8, ptr %2, align 4
  %40 = icmp eq i8 %39, 0
  %41 = select i1 %40, i32 1, i32 %37
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #4
  ret i32 %41

42:                                               ; preds = %0, %42
  %43 = phi i64 [ 0, %0 ], [ %50, %42 ]
  %44 = trunc i64 %43 to i16
  %45 = mul nuw nsw i16 %44, 37
  %46 = urem i16 %45, 53
  %47 = zext nneg i16 %46 to i32
  %48 = add nsw i32 %47, -20
  %49 = getelementptr inbounds [32 x i32], ptr %1, i64 0, i64 %43
  store i32 %48, ptr %49, align 4, !tbaa !6
  %50 = add nuw nsw i64 %43, 1
  %51 = icmp eq i64 %50, 32
  br i1 %51, label %3, label %42, !llvm.loop !17
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

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

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
!10 = !{!11}
!11 = distinct !{!11, !12, !"analyze: argument 0"}
!12 = distinct !{!12, !"analyze"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!8, !8, i64 0}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
