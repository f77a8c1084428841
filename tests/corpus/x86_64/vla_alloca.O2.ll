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
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(5) %1, ptr noundef nonnull align 1 dereferenceable(5) @.str.9, i64 5, i1 false) #8
  %50 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %51 = getelementptr inbounds i8, ptr %1, i64 %50
  store i16 43, ptr %51, align 1
  %52 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %53 = getelementptr inbounds i8, ptr %1, i64 %52
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %53, ptr noundef nonnull align 1 dereferenceable(6) @.str.10, i64 6, i1 false)
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef nonnull %1)
  %55 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #9
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
  br i1 %4, label %5, label %59

5:                                                ; preds = %1
  %6 = and i64 %2, 3
  %7 = icmp ult i32 %0, 4
  br i1 %7, label %10, label %8

8:                                                ; preds = %5
  %9 = and i64 %2, 2147483644
  br label %27

10:                                               ; preds = %27, %5
  %11 = phi i64 [ 0, %5 ], [ %41, %27 ]
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
  br i1 %4, label %22, label %59

22:                                               ; preds = %21
  %23 = and i64 %2, 7
  %24 = icmp ult i32 %0, 8
  br i1 %24, label %44, label %25

25:                                               ; preds = %22
  %26 = and i64 %2, 2147483640
  br label %63

27:                                               ; preds = %27, %8
  %28 = phi i64 [ 0, %8 ], [ %41, %27 ]
  %29 = phi i64 [ 0, %8 ], [ %42, %27 ]
  %30 = mul nuw nsw i64 %28, %28
  %31 = getelementptr inbounds i64, ptr %3, i64 %28
  store i64 %30, ptr %31, align 16, !tbaa !11
  %32 = or disjoint i64 %28, 1
  %33 = mul nuw nsw i64 %32, %32
  %34 = getelementptr inbounds i64, ptr %3, i64 %32
  store i64 %33, ptr %34, align 8, !tbaa !11
  %35 = or disjoint i64 %28, 2
  %36 = mul nuw nsw i64 %35, %35
  %37 = getelementptr inbounds i64, ptr %3, i64 %35
  store i64 %36, ptr %37, align 16, !tbaa !11
  %38 = or disjoint i64 %28, 3
  %39 = mul nuw nsw i64 %38, %38
  %40 = getelementptr inbounds i64, ptr %3, i64 %38
  store i64 %39, ptr %40, align 8, !tbaa !11
  %41 = add nuw nsw i64 %28, 4
  %42 = add i64 %29, 4
  %43 = icmp eq i64 %42, %9
  br i1 %43, label %10, label %27, !llvm.loop !15

44:                                               ; preds = %63, %22
  %45 = phi i64 [ poison, %22 ], [ %97, %63 ]
  %46 = phi i64 [ 0, %22 ], [ %98, %63 ]
  %47 = phi i64 [ 0, %22 ], [ %97, %63 ]
  %48 = icmp eq i64 %23, 0
  br i1 %48, label %59, label %49

49:                                               ; preds = %44, %49
  %50 = phi i64 [ %56, %49 ], [ %46, %44 ]
  %51 = phi i64 [ %55, %49 ], [ %47, %44 ]
  %52 = phi i64 [ %57, %49 ], [ 0, %44 ]
  %53 = getelementptr inbounds i64, ptr %3, i64 %50
  %54 = load i64, ptr %53, align 8, !tbaa !11
  %55 = add nsw i64 %54, %51
  %56 = add nuw nsw i64 %50, 1
  %57 = add i64 %52, 1
  %58 = icmp eq i64 %57, %23
  br i1 %58, label %59, label %49, !llvm.loop !16

59:                                               ; preds = %44, %49, %1, %21
  %60 = phi i64 [ 0, %21 ], [ 0, %1 ], [ %45, %44 ], [ %55, %49 ]
  %61 = shl nuw nsw i64 %2, 3
  %62 = add nsw i64 %60, %61
  ret i64 %62

63:                                               ; preds = %63, %25
  %64 = phi i64 [ 0, %25 ], [ %98, %63 ]
  %65 = phi i64 [ 0, %25 ], [ %97, %63 ]
  %66 = phi i64 [ 0, %25 ], [ %99, %63 ]
  %67 = getelementptr inbounds i64, ptr %3, i64 %64
  %68 = load i64, ptr %67, align 16, !tbaa !11
  %69 = add nsw i64 %68, %65
  %70 = or disjoint i64 %64, 1
  %71 = getelementptr inbounds i64, ptr %3, i64 %70
  %72 = load i64, ptr %71, align 8, !tbaa !11
  %73 = add nsw i64 %72, %69
  %74 = or disjoint i64 %64, 2
  %75 = getelementptr inbounds i64, ptr %3, i64 %74
  %76 = load i64, ptr %75, align 16, !tbaa !11
  %77 = add nsw i64 %76, %73
  %78 = or disjoint i64 %64, 3
  %79 = getelementptr inbounds i64, ptr %3, i64 %78
  %80 = load i64, ptr %79, align 8, !tbaa !11
  %81 = add nsw i64 %80, %77
  %82 = or disjoint i64 %64, 4
  %83 = getelementptr inbounds i64, ptr %3, i64 %82
  %84 = load i64, ptr %83, align 16, !tbaa !11
  %85 = add nsw i64 %84, %81
  %86 = or disjoint i64 %64, 5
  %87 = getelementptr inbounds i64, ptr %3, i64 %86
  %88 = load i64, ptr %87, align 8, !tbaa !11
  %89 = add nsw i64 %88, %85
  %90 = or disjoint i64 %64, 6
  %91 = getelementptr inbounds i64, ptr %3, i64 %90
  %92 = load i64, ptr %91, align 16, !tbaa !11
  %93 = add nsw i64 %92, %89
  %94 = or disjoint i64 %64, 7
  %95 = getelementptr inbounds i64, ptr %3, i64 %94
  %96 = load i64, ptr %95, align 8, !tbaa !11
  %97 = add nsw i64 %96, %93
  %98 = add nuw nsw i64 %64, 8
  %99 = add i64 %66, 8
  %100 = icmp eq i64 %99, %26
  br i1 %100, label %44, label %63, !llvm.loop !17
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

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
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !6}
