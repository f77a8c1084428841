; ModuleID = 'enums_bool.c'
source_filename = "enums_bool.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Cfg = type { i8, i8, i8, [3 x i8] }

@.str.1 = private unnamed_addr constant [25 x i8] c"to bool: %d %d %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"bool += 5: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"bool - 1: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"ops: %d %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"pow2: %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"arr: any=%d count=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"none: any=%d\0A\00", align 1
@__const.main.c = private unnamed_addr constant %struct.Cfg { i8 1, i8 1, i8 -56, [3 x i8] c"\01\00\01" }, align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"cfg: %d %d %d %d sizes=%zu,%zu\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"levels: %d %d %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"higher than %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"%d=%s \00", align 1
@.str.15 = private unnamed_addr constant [44 x i8] c"rw has write: %d exec: %d sizeof(enum)=%zu\0A\00", align 1
@.str.16 = private unnamed_addr constant [21 x i8] c"comparison ints: %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local zeroext i1 @is_power_of_two(i64 noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq i64 %0, 0
  br i1 %2, label %6, label %3

3:                                                ; preds = %1
  %4 = tail call range(i64 0, 65) i64 @llvm.ctpop.i64(i64 %0)
  %5 = icmp ult i64 %4, 2
  br label %6

6:                                                ; preds = %3, %1
  %7 = phi i1 [ false, %1 ], [ %5, %3 ]
  ret i1 %7
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local zeroext i1 @any(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %19

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = zext nneg i32 %1 to i64
  %7 = load i8, ptr %0, align 1, !tbaa !5, !range !9, !noundef !10
  %8 = trunc nuw i8 %7 to i1
  br i1 %8, label %19, label %9

9:                                                ; preds = %4, %13
  %10 = phi i64 [ %11, %13 ], [ 0, %4 ]
  %11 = add nuw nsw i64 %10, 1
  %12 = icmp eq i64 %11, %6
  br i1 %12, label %17, label %13, !llvm.loop !11

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i64 %11
  %15 = load i8, ptr %14, align 1, !tbaa !5, !range !9, !noundef !10
  %16 = trunc nuw i8 %15 to i1
  br i1 %16, label %17, label %9, !llvm.loop !11

17:                                               ; preds = %9, %13
  %18 = icmp ult i64 %11, %5
  br label %19

19:                                               ; preds = %17, %4, %2
  %20 = phi i1 [ false, %2 ], [ true, %4 ], [ %18, %17 ]
  ret i1 %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @count(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %7, label %10

7:                                                ; preds = %26, %4
  %8 = phi i64 [ 0, %4 ], [ %11, %26 ]
  %9 = phi i32 [ 0, %4 ], [ %28, %26 ]
  br label %32

10:                                               ; preds = %4
  %11 = and i64 %5, 2147483640
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %24, %12 ]
  %14 = phi <4 x i32> [ zeroinitializer, %10 ], [ %22, %12 ]
  %15 = phi <4 x i32> [ zeroinitializer, %10 ], [ %23, %12 ]
  %16 = getelementptr inbounds i8, ptr %0, i64 %13
  %17 = getelementptr inbounds i8, ptr %16, i64 4
  %18 = load <4 x i8>, ptr %16, align 1, !tbaa !5
  %19 = load <4 x i8>, ptr %17, align 1, !tbaa !5
  %20 = zext <4 x i8> %18 to <4 x i32>
  %21 = zext <4 x i8> %19 to <4 x i32>
  %22 = add <4 x i32> %14, %20
  %23 = add <4 x i32> %15, %21
  %24 = add nuw i64 %13, 8
  %25 = icmp eq i64 %24, %11
  br i1 %25, label %26, label %12, !llvm.loop !13

26:                                               ; preds = %12
  %27 = add <4 x i32> %23, %22
  %28 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %27)
  %29 = icmp eq i64 %11, %5
  br i1 %29, label %30, label %7

30:                                               ; preds = %32, %26, %2
  %31 = phi i32 [ 0, %2 ], [ %28, %26 ], [ %38, %32 ]
  ret i32 %31

32:                                               ; preds = %7, %32
  %33 = phi i64 [ %39, %32 ], [ %8, %7 ]
  %34 = phi i32 [ %38, %32 ], [ %9, %7 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 %33
  %36 = load i8, ptr %35, align 1, !tbaa !5, !range !9, !noundef !10
  %37 = zext nneg i8 %36 to i32
  %38 = add nuw nsw i32 %34, %37
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, %5
  br i1 %40, label %30, label %32, !llvm.loop !16
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local noundef ptr @perm_str(i32 noundef %0, ptr noundef returned writeonly %1) local_unnamed_addr #3 {
  %3 = and i32 %0, 1
  %4 = icmp eq i32 %3, 0
  %5 = select i1 %4, i8 45, i8 114
  store i8 %5, ptr %1, align 1, !tbaa !17
  %6 = and i32 %0, 2
  %7 = icmp eq i32 %6, 0
  %8 = select i1 %7, i8 45, i8 119
  %9 = getelementptr inbounds i8, ptr %1, i64 1
  store i8 %8, ptr %9, align 1, !tbaa !17
  %10 = and i32 %0, 4
  %11 = icmp eq i32 %10, 0
  %12 = select i1 %11, i8 45, i8 120
  %13 = getelementptr inbounds i8, ptr %1, i64 2
  store i8 %12, ptr %13, align 1, !tbaa !17
  %14 = getelementptr inbounds i8, ptr %1, i64 3
  store i8 0, ptr %14, align 1, !tbaa !17
  ret ptr %1
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = alloca [10 x i8], align 8
  %2 = alloca [4 x i8], align 4
  %3 = alloca [4 x i8], align 1
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 0, i32 noundef 1, i32 noundef 0, i32 noundef 1)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0, i32 noundef 1, i32 noundef 1, i32 noundef 0, i32 noundef 2)
  %8 = tail call zeroext i1 @is_power_of_two(i64 noundef 0)
  %9 = zext i1 %8 to i32
  %10 = tail call zeroext i1 @is_power_of_two(i64 noundef 64)
  %11 = zext i1 %10 to i32
  %12 = tail call zeroext i1 @is_power_of_two(i64 noundef 96)
  %13 = zext i1 %12 to i32
  %14 = tail call zeroext i1 @is_power_of_two(i64 noundef -9223372036854775808)
  %15 = zext i1 %14 to i32
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %9, i32 noundef %11, i32 noundef %13, i32 noundef %15)
  call void @llvm.lifetime.start.p0(i64 10, ptr nonnull %1) #8
  store <8 x i8> <i8 1, i8 0, i8 0, i8 1, i8 0, i8 0, i8 1, i8 0>, ptr %1, align 8, !tbaa !5
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  store i8 0, ptr %17, align 8, !tbaa !5
  %18 = getelementptr inbounds i8, ptr %1, i64 9
  store i8 1, ptr %18, align 1, !tbaa !5
  %19 = call zeroext i1 @any(ptr noundef nonnull %1, i32 noundef 10)
  %20 = zext i1 %19 to i32
  %21 = call i32 @count(ptr noundef nonnull %1, i32 noundef 10)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %20, i32 noundef %21)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #8
  store i32 0, ptr %2, align 4
  %23 = call zeroext i1 @any(ptr noundef nonnull %2, i32 noundef 4)
  %24 = zext i1 %23 to i32
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %24)
  %26 = tail call i32 @count(ptr noundef nonnull getelementptr inbounds (i8, ptr @__const.main.c, i64 3), i32 noundef 3)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 1, i32 noundef 200, i32 noundef %26, i64 noundef 1, i64 noundef 6)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef -1, i32 noundef 0, i32 noundef 10, i32 noundef 11, i32 noundef 1000)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 10)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #8
  %30 = call ptr @perm_str(i32 noundef 0, ptr noundef nonnull %3)
  %31 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 0, ptr noundef nonnull %3)
  %32 = call ptr @perm_str(i32 noundef 1, ptr noundef nonnull %3)
  %33 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 1, ptr noundef nonnull %3)
  %34 = call ptr @perm_str(i32 noundef 2, ptr noundef nonnull %3)
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 2, ptr noundef nonnull %3)
  %36 = call ptr @perm_str(i32 noundef 3, ptr noundef nonnull %3)
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 3, ptr noundef nonnull %3)
  %38 = call ptr @perm_str(i32 noundef 4, ptr noundef nonnull %3)
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 4, ptr noundef nonnull %3)
  %40 = call ptr @perm_str(i32 noundef 5, ptr noundef nonnull %3)
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 5, ptr noundef nonnull %3)
  %42 = call ptr @perm_str(i32 noundef 6, ptr noundef nonnull %3)
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 6, ptr noundef nonnull %3)
  %44 = call ptr @perm_str(i32 noundef 7, ptr noundef nonnull %3)
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 7, ptr noundef nonnull %3)
  %46 = call i32 @putchar(i32 10)
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef 1, i32 noundef 0, i64 noundef 4)
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef 101)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 10, ptr nonnull %1) #8
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #6

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nofree nounwind }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"_Bool", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{i8 0, i8 2}
!10 = !{}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12, !14, !15}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !12, !15, !14}
!17 = !{!7, !7, i64 0}
