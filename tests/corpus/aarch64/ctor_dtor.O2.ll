; ModuleID = 'ctor_dtor.c'
source_filename = "ctor_dtor.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@init_order = internal unnamed_addr global [8 x i32] [i32 101, i32 200, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 4
@ninit = internal unnamed_addr global i32 2, align 4
@table = internal unnamed_addr global [16 x i32] [i32 -1, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81, i32 100, i32 121, i32 144, i32 169, i32 196, i32 225], align 4
@.str = private unnamed_addr constant [44 x i8] c"destructor (default priority): table[5]=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"constructors ran:\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.5 = private unnamed_addr constant [27 x i8] c"\0Atable[0]=%d table[15]=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"process(5)=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"process(100)=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [25 x i8] c"finish(%d) calling exit\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init_default, ptr null }]
@llvm.global_dtors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @fini_default, ptr null }, { i32, ptr, ptr } { i32 150, ptr @fini_150, ptr null }, { i32, ptr, ptr } { i32 300, ptr @fini_300, ptr null }]
@str = private unnamed_addr constant [43 x i8] c"atexit handler (registered in constructor)\00", align 1
@str.11 = private unnamed_addr constant [15 x i8] c"destructor 150\00", align 1
@str.12 = private unnamed_addr constant [15 x i8] c"destructor 300\00", align 1
@str.13 = private unnamed_addr constant [12 x i8] c"not reached\00", align 1

; Function Attrs: nofree nounwind uwtable
define internal void @init_default() #0 {
  %1 = load i32, ptr @ninit, align 4, !tbaa !6
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @ninit, align 4, !tbaa !6
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %3
  store i32 65535, ptr %4, align 4, !tbaa !6
  %5 = tail call i32 @atexit(ptr noundef nonnull @from_atexit) #5
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @atexit(ptr noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal void @from_atexit() #0 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @fini_default() #0 {
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 20), align 4, !tbaa !6
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal void @fini_150() #0 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.11)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @fini_300() #0 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.12)
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3)
  %2 = load i32, ptr @ninit, align 4, !tbaa !6
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %54, label %4

4:                                                ; preds = %54, %0
  %5 = load i32, ptr @table, align 4, !tbaa !6
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 60), align 4, !tbaa !6
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %5, i32 noundef %6)
  %8 = load i32, ptr @table, align 4, !tbaa !6
  %9 = icmp sgt i32 %8, 500
  br i1 %9, label %28, label %10

10:                                               ; preds = %4
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 4), align 4, !tbaa !6
  %12 = add nsw i32 %11, %8
  %13 = icmp sgt i32 %12, 500
  br i1 %13, label %28, label %14

14:                                               ; preds = %10
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 4, !tbaa !6
  %16 = add nsw i32 %15, %12
  %17 = icmp sgt i32 %16, 500
  br i1 %17, label %28, label %18

18:                                               ; preds = %14
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 12), align 4, !tbaa !6
  %20 = add nsw i32 %19, %16
  %21 = icmp sgt i32 %20, 500
  br i1 %21, label %28, label %22

22:                                               ; preds = %18
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 4, !tbaa !6
  %24 = add nsw i32 %23, %20
  %25 = icmp sgt i32 %24, 500
  br i1 %25, label %28, label %26

26:                                               ; preds = %22
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %24)
  store i32 555, ptr getelementptr inbounds (i8, ptr @table, i64 20), align 4, !tbaa !6
  br label %37

28:                                               ; preds = %22, %18, %14, %10, %4
  %29 = phi i32 [ %8, %4 ], [ %12, %10 ], [ %16, %14 ], [ %20, %18 ], [ %24, %22 ]
  %30 = urem i32 %29, 100
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %30)
  %32 = load ptr, ptr @stdout, align 8, !tbaa !10
  %33 = tail call i32 @fflush(ptr noundef %32)
  tail call void @exit(i32 noundef %30) #6
  unreachable

34:                                               ; preds = %37
  %35 = add nuw nsw i32 %38, 1
  %36 = icmp eq i32 %35, 100
  br i1 %36, label %51, label %37, !llvm.loop !12

37:                                               ; preds = %34, %26
  %38 = phi i32 [ %35, %34 ], [ 0, %26 ]
  %39 = phi i32 [ %44, %34 ], [ 0, %26 ]
  %40 = and i32 %38, 15
  %41 = zext nneg i32 %40 to i64
  %42 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !6
  %44 = add nsw i32 %43, %39
  %45 = icmp sgt i32 %44, 500
  br i1 %45, label %46, label %34

46:                                               ; preds = %37
  %47 = urem i32 %44, 100
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %47)
  %49 = load ptr, ptr @stdout, align 8, !tbaa !10
  %50 = tail call i32 @fflush(ptr noundef %49)
  tail call void @exit(i32 noundef %47) #6
  unreachable

51:                                               ; preds = %34
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %44)
  %53 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.13)
  ret i32 0

54:                                               ; preds = %0, %54
  %55 = phi i64 [ %59, %54 ], [ 0, %0 ]
  %56 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !6
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %57)
  %59 = add nuw nsw i64 %55, 1
  %60 = load i32, ptr @ninit, align 4, !tbaa !6
  %61 = sext i32 %60 to i64
  %62 = icmp slt i64 %59, %61
  br i1 %62, label %54, label %4, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }
attributes #6 = { noreturn nounwind }

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
!11 = !{!"any pointer", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
