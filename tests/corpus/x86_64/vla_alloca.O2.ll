; ModuleID = 'vla_alloca.c'
source_filename = "vla_alloca.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"vla_sum(%d)=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"loop total=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [40 x i8] c"m[4][6]=%d trace=%d sizeof=%zu row=%zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [16 x i8] c"reversed: '%s'\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"join len=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"left\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"right\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c"grid: %g %g\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"joined: %s\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [11 x i8], align 16
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i32 [ 1, %0 ], [ %6, %2 ]
  %4 = tail call fastcc i64 @vla_sum(i32 noundef %3)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i64 noundef %4)
  %6 = shl nuw nsw i32 %3, 2
  %7 = icmp ult i32 %3, 17
  br i1 %7, label %2, label %8, !llvm.loop !5

8:                                                ; preds = %2, %8
  %9 = phi i64 [ %24, %8 ], [ 0, %2 ]
  %10 = phi i32 [ %25, %8 ], [ 0, %2 ]
  %11 = trunc nuw i32 %10 to i16
  %12 = urem i16 %11, 100
  %13 = add nuw nsw i16 %12, 1
  %14 = zext nneg i16 %13 to i64
  %15 = tail call ptr @llvm.stacksave.p0()
  %16 = alloca i8, i64 %14, align 16
  %17 = trunc i32 %10 to i8
  %18 = and i8 %17, 127
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1) %16, i8 %18, i64 %14, i1 false)
  %19 = zext nneg i16 %12 to i64
  %20 = getelementptr inbounds i8, ptr %16, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !7
  %22 = sext i8 %21 to i64
  %23 = add i64 %9, %14
  %24 = add i64 %23, %22
  tail call void @llvm.stackrestore.p0(ptr %15)
  %25 = add nuw nsw i32 %10, 1
  %26 = icmp eq i32 %25, 10000
  br i1 %26, label %27, label %8, !llvm.loop !10

27:                                               ; preds = %8
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %24)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 34, i32 noundef 80, i64 noundef 140, i64 noundef 28)
  %30 = alloca [6 x i8], align 16
  store i8 107, ptr %30, align 16, !tbaa !7
  %31 = getelementptr inbounds i8, ptr %30, i64 1
  store i8 99, ptr %31, align 1, !tbaa !7
  %32 = getelementptr inbounds i8, ptr %30, i64 2
  store i8 97, ptr %32, align 2, !tbaa !7
  %33 = getelementptr inbounds i8, ptr %30, i64 3
  store i8 116, ptr %33, align 1, !tbaa !7
  %34 = getelementptr inbounds i8, ptr %30, i64 4
  store i8 115, ptr %34, align 4, !tbaa !7
  %35 = getelementptr inbounds i8, ptr %30, i64 5
  store i8 0, ptr %35, align 1, !tbaa !7
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %30)
  %37 = alloca [7 x i8], align 16
  store i8 97, ptr %37, align 16, !tbaa !7
  %38 = getelementptr inbounds i8, ptr %37, i64 1
  store i8 99, ptr %38, align 1, !tbaa !7
  %39 = getelementptr inbounds i8, ptr %37, i64 2
  store i8 111, ptr %39, align 2, !tbaa !7
  %40 = getelementptr inbounds i8, ptr %37, i64 3
  store i8 108, ptr %40, align 1, !tbaa !7
  %41 = getelementptr inbounds i8, ptr %37, i64 4
  store i8 108, ptr %41, align 4, !tbaa !7
  %42 = getelementptr inbounds i8, ptr %37, i64 5
  store i8 97, ptr %42, align 1, !tbaa !7
  %43 = getelementptr inbounds i8, ptr %37, i64 6
  store i8 0, ptr %43, align 2, !tbaa !7
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %37)
  %45 = alloca [2 x i8], align 16
  store i8 120, ptr %45, align 16, !tbaa !7
  %46 = getelementptr inbounds i8, ptr %45, i64 1
  store i8 0, ptr %46, align 1, !tbaa !7
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %45)
  %48 = alloca i8, align 16
  store i8 0, ptr %48, align 16, !tbaa !7
  %49 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %48)
  call void @llvm.lifetime.start.p0(i64 11, ptr nonnull %1)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(5) %1, ptr noundef nonnull align 1 dereferenceable(5) @.str.9, i64 5, i1 false) #9
  %50 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %51 = getelementptr inbounds i8, ptr %1, i64 %50
  store i16 43, ptr %51, align 1
  %52 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %53 = getelementptr inbounds i8, ptr %1, i64 %52
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %53, ptr noundef nonnull align 1 dereferenceable(6) @.str.10, i64 6, i1 false)
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef nonnull %1)
  %55 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %56 = trunc i64 %55 to i32
  call void @llvm.lifetime.end.p0(i64 11, ptr nonnull %1)
  %57 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %56)
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef 2.105000e+02, double noundef 1.225000e+02)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define internal fastcc i64 @vla_sum(i32 noundef %0) unnamed_addr #3 {
  %2 = zext i32 %0 to i64
  %3 = alloca i64, i64 %2, align 16
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %62

5:                                                ; preds = %1
  %6 = and i64 %2, 3
  %7 = icmp ult i32 %0, 4
  br i1 %7, label %10, label %8

8:                                                ; preds = %5
  %9 = and i64 %2, 2147483644
  br label %45

10:                                               ; preds = %45, %5
  %11 = phi i64 [ 0, %5 ], [ %59, %45 ]
  %12 = icmp eq i64 %6, 0
  br i1 %12, label %21, label %13

13:                                               ; preds = %10, %13
  %14 = phi i64 [ %18, %13 ], [ %11, %10 ]
  %15 = phi i64 [ %19, %13 ], [ 0, %10 ]
  %16 = mul nuw nsw i64 %14, %14
  %17 = getelementptr inbounds i64, ptr %3, i64 %14
  store i64 %16, ptr %17, align 8, !tbaa !11
  %18 = add nuw nsw i64 %14, 1
  %19 = add i64 %15, 1
  %20 = icmp eq i64 %19, %6
  br i1 %20, label %21, label %13, !llvm.loop !13

21:                                               ; preds = %13, %10
  br i1 %4, label %22, label %62

22:                                               ; preds = %21
  %23 = icmp ult i32 %0, 4
  br i1 %23, label %24, label %27

24:                                               ; preds = %41, %22
  %25 = phi i64 [ 0, %22 ], [ %28, %41 ]
  %26 = phi i64 [ 0, %22 ], [ %43, %41 ]
  br label %66

27:                                               ; preds = %22
  %28 = and i64 %2, 2147483644
  br label %29

29:                                               ; preds = %29, %27
  %30 = phi i64 [ 0, %27 ], [ %39, %29 ]
  %31 = phi <2 x i64> [ zeroinitializer, %27 ], [ %37, %29 ]
  %32 = phi <2 x i64> [ zeroinitializer, %27 ], [ %38, %29 ]
  %33 = getelementptr inbounds i64, ptr %3, i64 %30
  %34 = getelementptr inbounds i8, ptr %33, i64 16
  %35 = load <2 x i64>, ptr %33, align 16, !tbaa !11
  %36 = load <2 x i64>, ptr %34, align 16, !tbaa !11
  %37 = add <2 x i64> %35, %31
  %38 = add <2 x i64> %36, %32
  %39 = add nuw i64 %30, 4
  %40 = icmp eq i64 %39, %28
  br i1 %40, label %41, label %29, !llvm.loop !15

41:                                               ; preds = %29
  %42 = add <2 x i64> %38, %37
  %43 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %42)
  %44 = icmp eq i64 %28, %2
  br i1 %44, label %62, label %24

45:                                               ; preds = %45, %8
  %46 = phi i64 [ 0, %8 ], [ %59, %45 ]
  %47 = phi i64 [ 0, %8 ], [ %60, %45 ]
  %48 = mul nuw nsw i64 %46, %46
  %49 = getelementptr inbounds i64, ptr %3, i64 %46
  store i64 %48, ptr %49, align 16, !tbaa !11
  %50 = or disjoint i64 %46, 1
  %51 = mul nuw nsw i64 %50, %50
  %52 = getelementptr inbounds i64, ptr %3, i64 %50
  store i64 %51, ptr %52, align 8, !tbaa !11
  %53 = or disjoint i64 %46, 2
  %54 = mul nuw nsw i64 %53, %53
  %55 = getelementptr inbounds i64, ptr %3, i64 %53
  store i64 %54, ptr %55, align 16, !tbaa !11
  %56 = or disjoint i64 %46, 3
  %57 = mul nuw nsw i64 %56, %56
  %58 = getelementptr inbounds i64, ptr %3, i64 %56
  store i64 %57, ptr %58, align 8, !tbaa !11
  %59 = add nuw nsw i64 %46, 4
  %60 = add i64 %47, 4
  %61 = icmp eq i64 %60, %9
  br i1 %61, label %10, label %45, !llvm.loop !18

62:                                               ; preds = %66, %41, %1, %21
  %63 = phi i64 [ 0, %21 ], [ 0, %1 ], [ %43, %41 ], [ %71, %66 ]
  %64 = shl nuw nsw i64 %2, 3
  %65 = add nsw i64 %63, %64
  ret i64 %65

66:                                               ; preds = %24, %66
  %67 = phi i64 [ %72, %66 ], [ %25, %24 ]
  %68 = phi i64 [ %71, %66 ], [ %26, %24 ]
  %69 = getelementptr inbounds i64, ptr %3, i64 %67
  %70 = load i64, ptr %69, align 8, !tbaa !11
  %71 = add nsw i64 %70, %68
  %72 = add nuw nsw i64 %67, 1
  %73 = icmp eq i64 %72, %2
  br i1 %73, label %62, label %66, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #8

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !6}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !8, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !6, !16, !17}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6, !17, !16}
