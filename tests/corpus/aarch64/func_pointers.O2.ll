; ModuleID = 'func_pointers.c'
source_filename = "func_pointers.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@global_op = dso_local local_unnamed_addr global ptr @sub, align 8
@.str = private unnamed_addr constant [8 x i8] c"%s: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"+*-+\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"%c3 -> %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"pick unknown is null: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"evens=%d sumsq=%ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"twice: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"parity: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"global_op: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"same fn: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"picker: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"max\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = sub nsw i32 %0, %1
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.10, i32 noundef 22)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.11, i32 noundef -22)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.12, i32 noundef -1890)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.13, i32 noundef 9)
  br label %5

5:                                                ; preds = %0, %30
  %6 = phi ptr [ %35, %30 ], [ @.str.1, %0 ]
  %7 = phi i32 [ %32, %30 ], [ 1, %0 ]
  %8 = load i8, ptr %6, align 1, !tbaa !6
  switch i8 %8, label %29 [
    i8 0, label %9
    i8 43, label %30
    i8 45, label %27
    i8 42, label %28
  ]

9:                                                ; preds = %5
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i64 noundef 168)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 2.500000e+00, double noundef 1.200000e+01)
  br label %13

13:                                               ; preds = %9, %15
  %14 = phi i32 [ %16, %15 ], [ 11, %9 ]
  switch i32 %14, label %15 [
    i32 0, label %18
    i32 1, label %17
  ]

15:                                               ; preds = %13
  %16 = add i32 %14, -2
  br label %13

17:                                               ; preds = %13
  br label %18

18:                                               ; preds = %13, %17
  %19 = phi i32 [ 0, %17 ], [ 1, %13 ]
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 1, i32 noundef 1, i32 noundef %19)
  %21 = load ptr, ptr @global_op, align 8, !tbaa !9
  %22 = tail call i32 %21(i32 noundef 10, i32 noundef 4) #3
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %22)
  store ptr @mul, ptr @global_op, align 8, !tbaa !9
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 40)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 42)
  ret i32 0

27:                                               ; preds = %5
  br label %30

28:                                               ; preds = %5
  br label %30

29:                                               ; preds = %5
  unreachable

30:                                               ; preds = %5, %27, %28
  %31 = phi ptr [ @mul, %28 ], [ @sub, %27 ], [ @add, %5 ]
  %32 = tail call i32 %31(i32 noundef %7, i32 noundef 3) #3, !callees !11
  %33 = zext nneg i8 %8 to i32
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %33, i32 noundef %32)
  %35 = getelementptr inbounds i8, ptr %6, i64 1
  br label %5, !llvm.loop !12
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = mul nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @add(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = add nsw i32 %1, %0
  ret i32 %3
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{ptr @add, ptr @mul, ptr @sub}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
