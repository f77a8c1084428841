; ModuleID = 'static_locals.c'
source_filename = "static_locals.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"id %d\0A\00", align 1
@__const.main.ns = private unnamed_addr constant [11 x i32] [i32 1, i32 2, i32 3, i32 4, i32 11, i32 12, i32 13, i32 21, i32 22, i32 101, i32 112], align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"5!=%llu\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"20!=%llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"depth %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"means: %g %g %g %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"id again %d\0A\00", align 1
@next_id.id = internal unnamed_addr global i32 1000, align 4
@ordinal.buf = internal global [16 x i8] zeroinitializer, align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"th\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"nd\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"rd\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"%d%s\00", align 1
@factorial_cached.cache.5 = internal unnamed_addr global i1 false, align 8
@factorial_cached.cache.20 = internal unnamed_addr global i1 false, align 8
@factorial_cached.computed = internal unnamed_addr global i1 false, align 4
@depth_tracker.max_depth = internal unnamed_addr global i32 0, align 4
@depth_tracker.current = internal unnamed_addr global i32 0, align 4
@running_mean.sum = internal unnamed_addr global double 0.000000e+00, align 8
@running_mean.count = internal unnamed_addr global i32 0, align 4
@str = private unnamed_addr constant [15 x i8] c"(cache filled)\00", align 1
@switch.table.main.rel = private unnamed_addr constant [3 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.11 to i64), i64 ptrtoint (ptr @switch.table.main.rel to i64)) to i32)], align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = load i32, ptr @next_id.id, align 4, !tbaa !6
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @next_id.id, align 4, !tbaa !6
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1)
  %4 = load i32, ptr @next_id.id, align 4, !tbaa !6
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @next_id.id, align 4, !tbaa !6
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4)
  %7 = load i32, ptr @next_id.id, align 4, !tbaa !6
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @next_id.id, align 4, !tbaa !6
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %7)
  br label %58

10:                                               ; preds = %73
  %11 = tail call i32 @putchar(i32 10)
  %12 = load i1, ptr @factorial_cached.computed, align 4
  br i1 %12, label %15, label %13

13:                                               ; preds = %10
  store i1 true, ptr @factorial_cached.cache.5, align 8
  store i1 true, ptr @factorial_cached.cache.20, align 8
  store i1 true, ptr @factorial_cached.computed, align 4
  %14 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  br label %15

15:                                               ; preds = %10, %13
  %16 = load i1, ptr @factorial_cached.cache.5, align 8
  %17 = select i1 %16, i64 120, i64 0
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %17)
  %19 = load i1, ptr @factorial_cached.computed, align 4
  br i1 %19, label %22, label %20

20:                                               ; preds = %15
  store i1 true, ptr @factorial_cached.cache.5, align 8
  store i1 true, ptr @factorial_cached.cache.20, align 8
  store i1 true, ptr @factorial_cached.computed, align 4
  %21 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  br label %22

22:                                               ; preds = %15, %20
  %23 = load i1, ptr @factorial_cached.cache.20, align 8
  %24 = select i1 %23, i64 2432902008176640000, i64 0
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %24)
  %26 = tail call fastcc i32 @depth_tracker(i32 noundef 7)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %26)
  %28 = tail call fastcc i32 @depth_tracker(i32 noundef 3)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %28)
  %30 = tail call fastcc i32 @depth_tracker(i32 noundef 12)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %30)
  %32 = load double, ptr @running_mean.sum, align 8, !tbaa !10
  %33 = load i32, ptr @running_mean.count, align 4, !tbaa !6
  %34 = fadd double %32, 0.000000e+00
  %35 = add nsw i32 %33, 1
  %36 = sitofp i32 %35 to double
  %37 = fdiv double %34, %36
  %38 = fadd double %34, 2.500000e+00
  %39 = add nsw i32 %33, 2
  %40 = sitofp i32 %39 to double
  %41 = fdiv double %38, %40
  %42 = fadd double %38, 5.000000e+00
  %43 = add nsw i32 %33, 3
  %44 = sitofp i32 %43 to double
  %45 = fdiv double %42, %44
  %46 = fadd double %42, 7.500000e+00
  %47 = add nsw i32 %33, 4
  %48 = sitofp i32 %47 to double
  %49 = fdiv double %46, %48
  %50 = fadd double %46, 1.000000e+01
  %51 = add nsw i32 %33, 5
  %52 = sitofp i32 %51 to double
  %53 = fdiv double %50, %52
  store double %50, ptr @running_mean.sum, align 8, !tbaa !10
  store i32 %51, ptr @running_mean.count, align 4, !tbaa !6
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %37, double noundef %41, double noundef %45, double noundef %49, double noundef %53)
  %55 = load i32, ptr @next_id.id, align 4, !tbaa !6
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr @next_id.id, align 4, !tbaa !6
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %55)
  ret i32 0

58:                                               ; preds = %0, %73
  %59 = phi i64 [ 0, %0 ], [ %77, %73 ]
  %60 = getelementptr inbounds [11 x i32], ptr @__const.main.ns, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !6
  %62 = srem i32 %61, 100
  %63 = add nsw i32 %62, -14
  %64 = icmp ult i32 %63, -3
  br i1 %64, label %65, label %73

65:                                               ; preds = %58
  %66 = srem i32 %61, 10
  %67 = add nsw i32 %66, -1
  %68 = icmp ult i32 %67, 3
  br i1 %68, label %69, label %73

69:                                               ; preds = %65
  %70 = zext nneg i32 %67 to i64
  %71 = shl i64 %70, 2
  %72 = call ptr @llvm.load.relative.i64(ptr @switch.table.main.rel, i64 %71)
  br label %73

73:                                               ; preds = %69, %65, %58
  %74 = phi ptr [ @.str.8, %65 ], [ @.str.8, %58 ], [ %72, %69 ]
  %75 = tail call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) @ordinal.buf, i64 noundef 16, ptr noundef nonnull @.str.12, i32 noundef %61, ptr noundef nonnull %74) #5
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull @ordinal.buf)
  %77 = add nuw nsw i64 %59, 1
  %78 = icmp eq i64 %77, 11
  br i1 %78, label %10, label %58, !llvm.loop !12
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc range(i32 0, -2147483648) i32 @depth_tracker(i32 noundef %0) unnamed_addr #2 {
  %2 = load i32, ptr @depth_tracker.current, align 4, !tbaa !6
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @depth_tracker.current, align 4, !tbaa !6
  %4 = load i32, ptr @depth_tracker.max_depth, align 4, !tbaa !6
  %5 = icmp slt i32 %2, %4
  br i1 %5, label %7, label %6

6:                                                ; preds = %1
  store i32 %3, ptr @depth_tracker.max_depth, align 4, !tbaa !6
  br label %7

7:                                                ; preds = %6, %1
  %8 = phi i32 [ %3, %6 ], [ %4, %1 ]
  %9 = icmp sgt i32 %0, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %7
  %11 = add nsw i32 %0, -1
  %12 = tail call fastcc i32 @depth_tracker(i32 noundef %11)
  %13 = load i32, ptr @depth_tracker.current, align 4, !tbaa !6
  %14 = load i32, ptr @depth_tracker.max_depth, align 4, !tbaa !6
  %15 = add nsw i32 %13, -1
  br label %16

16:                                               ; preds = %10, %7
  %17 = phi i32 [ %14, %10 ], [ %8, %7 ]
  %18 = phi i32 [ %15, %10 ], [ %2, %7 ]
  store i32 %18, ptr @depth_tracker.current, align 4, !tbaa !6
  ret i32 %17
}

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #5 = { nounwind }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
