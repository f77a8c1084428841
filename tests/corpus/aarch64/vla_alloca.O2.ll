; ModuleID = 'vla_alloca.c'
source_filename = "vla_alloca.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  br i1 %7, label %2, label %8, !llvm.loop !6

8:                                                ; preds = %2, %8
  %9 = phi i64 [ %24, %8 ], [ 0, %2 ]
  %10 = phi i32 [ %25, %8 ], [ 0, %2 ]
  %11 = trunc nuw i32 %10 to i16
  %12 = urem i16 %11, 100
  %13 = add nuw nsw i16 %12, 1
  %14 = zext nneg i16 %13 to i64
  %15 = tail call ptr @llvm.stacksave.p0()
  %16 = alloca i8, i64 %14, align 1
  %17 = trunc i32 %10 to i8
  %18 = and i8 %17, 127
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) %16, i8 %18, i64 %14, i1 false)
  %19 = zext nneg i16 %12 to i64
  %20 = getelementptr inbounds i8, ptr %16, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !8
  %22 = zext i8 %21 to i64
  %23 = add nuw nsw i64 %9, %14
  %24 = add nuw nsw i64 %23, %22
  tail call void @llvm.stackrestore.p0(ptr %15)
  %25 = add nuw nsw i32 %10, 1
  %26 = icmp eq i32 %25, 10000
  br i1 %26, label %27, label %8, !llvm.loop !11

27:                                               ; preds = %8
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %24)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 34, i32 noundef 80, i64 noundef 140, i64 noundef 28)
  %30 = alloca [6 x i8], align 16
  store i8 107, ptr %30, align 16, !tbaa !8
  %31 = getelementptr inbounds i8, ptr %30, i64 1
  store i8 99, ptr %31, align 1, !tbaa !8
  %32 = getelementptr inbounds i8, ptr %30, i64 2
  store i8 97, ptr %32, align 2, !tbaa !8
  %33 = getelementptr inbounds i8, ptr %30, i64 3
  store i8 116, ptr %33, align 1, !tbaa !8
  %34 = getelementptr inbounds i8, ptr %30, i64 4
  store i8 115, ptr %34, align 4, !tbaa !8
  %35 = getelementptr inbounds i8, ptr %30, i64 5
  store i8 0, ptr %35, align 1, !tbaa !8
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %30)
  %37 = alloca [7 x i8], align 16
  store i8 97, ptr %37, align 16, !tbaa !8
  %38 = getelementptr inbounds i8, ptr %37, i64 1
  store i8 99, ptr %38, align 1, !tbaa !8
  %39 = getelementptr inbounds i8, ptr %37, i64 2
  store i8 111, ptr %39, align 2, !tbaa !8
  %40 = getelementptr inbounds i8, ptr %37, i64 3
  store i8 108, ptr %40, align 1, !tbaa !8
  %41 = getelementptr inbounds i8, ptr %37, i64 4
  store i8 108, ptr %41, align 4, !tbaa !8
  %42 = getelementptr inbounds i8, ptr %37, i64 5
  store i8 97, ptr %42, align 1, !tbaa !8
  %43 = getelementptr inbounds i8, ptr %37, i64 6
  store i8 0, ptr %43, align 2, !tbaa !8
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %37)
  %45 = alloca [2 x i8], align 16
  store i8 120, ptr %45, align 16, !tbaa !8
  %46 = getelementptr inbounds i8, ptr %45, i64 1
  store i8 0, ptr %46, align 1, !tbaa !8
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %45)
  %48 = alloca i8, align 16
  store i8 0, ptr %48, align 16, !tbaa !8
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
  %3 = alloca i64, i64 %2, align 8
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %52

5:                                                ; preds = %1
  %6 = icmp eq i32 %0, 1
  br i1 %6, label %7, label %9

7:                                                ; preds = %20, %5
  %8 = phi i64 [ 0, %5 ], [ %10, %20 ]
  br label %46

9:                                                ; preds = %5
  %10 = and i64 %2, 2147483646
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %18, %11 ]
  %13 = or disjoint i64 %12, 1
  %14 = mul nuw nsw i64 %12, %12
  %15 = mul nuw nsw i64 %13, %13
  %16 = getelementptr inbounds i64, ptr %3, i64 %12
  %17 = getelementptr inbounds i64, ptr %3, i64 %13
  store i64 %14, ptr %16, align 8, !tbaa !12
  store i64 %15, ptr %17, align 8, !tbaa !12
  %18 = add nuw i64 %12, 2
  %19 = icmp eq i64 %18, %10
  br i1 %19, label %20, label %11, !llvm.loop !14

20:                                               ; preds = %11
  %21 = icmp eq i64 %10, %2
  br i1 %21, label %22, label %7

22:                                               ; preds = %46, %20
  br i1 %4, label %23, label %52

23:                                               ; preds = %22
  %24 = icmp ult i32 %0, 4
  br i1 %24, label %25, label %28

25:                                               ; preds = %42, %23
  %26 = phi i64 [ 0, %23 ], [ %29, %42 ]
  %27 = phi i64 [ 0, %23 ], [ %44, %42 ]
  br label %56

28:                                               ; preds = %23
  %29 = and i64 %2, 2147483644
  br label %30

30:                                               ; preds = %30, %28
  %31 = phi i64 [ 0, %28 ], [ %40, %30 ]
  %32 = phi <2 x i64> [ zeroinitializer, %28 ], [ %38, %30 ]
  %33 = phi <2 x i64> [ zeroinitializer, %28 ], [ %39, %30 ]
  %34 = getelementptr inbounds i64, ptr %3, i64 %31
  %35 = getelementptr inbounds i8, ptr %34, i64 16
  %36 = load <2 x i64>, ptr %34, align 8, !tbaa !12
  %37 = load <2 x i64>, ptr %35, align 8, !tbaa !12
  %38 = add <2 x i64> %36, %32
  %39 = add <2 x i64> %37, %33
  %40 = add nuw i64 %31, 4
  %41 = icmp eq i64 %40, %29
  br i1 %41, label %42, label %30, !llvm.loop !17

42:                                               ; preds = %30
  %43 = add <2 x i64> %39, %38
  %44 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %43)
  %45 = icmp eq i64 %29, %2
  br i1 %45, label %52, label %25

46:                                               ; preds = %7, %46
  %47 = phi i64 [ %50, %46 ], [ %8, %7 ]
  %48 = mul nuw nsw i64 %47, %47
  %49 = getelementptr inbounds i64, ptr %3, i64 %47
  store i64 %48, ptr %49, align 8, !tbaa !12
  %50 = add nuw nsw i64 %47, 1
  %51 = icmp eq i64 %50, %2
  br i1 %51, label %22, label %46, !llvm.loop !18

52:                                               ; preds = %56, %42, %1, %22
  %53 = phi i64 [ 0, %22 ], [ 0, %1 ], [ %44, %42 ], [ %61, %56 ]
  %54 = shl nuw nsw i64 %2, 3
  %55 = add nsw i64 %53, %54
  ret i64 %55

56:                                               ; preds = %25, %56
  %57 = phi i64 [ %62, %56 ], [ %26, %25 ]
  %58 = phi i64 [ %61, %56 ], [ %27, %25 ]
  %59 = getelementptr inbounds i64, ptr %3, i64 %57
  %60 = load i64, ptr %59, align 8, !tbaa !12
  %61 = add nsw i64 %60, %58
  %62 = add nuw nsw i64 %57, 1
  %63 = icmp eq i64 %62, %2
  br i1 %63, label %52, label %56, !llvm.loop !19
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

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree norecurse nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!9, !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !7}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !9, i64 0}
!14 = distinct !{!14, !7, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !7, !15, !16}
!18 = distinct !{!18, !7, !15}
!19 = distinct !{!19, !7, !16, !15}
