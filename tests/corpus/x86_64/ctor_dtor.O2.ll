; ModuleID = 'ctor_dtor.c'
source_filename = "ctor_dtor.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@init_order = internal unnamed_addr global [8 x i32] [i32 101, i32 200, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@ninit = internal unnamed_addr global i32 2, align 4
@table = internal unnamed_addr global [16 x i32] [i32 -1, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81, i32 100, i32 121, i32 144, i32 169, i32 196, i32 225], align 16
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
  %1 = load i32, ptr @ninit, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @ninit, align 4, !tbaa !5
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %3
  store i32 65535, ptr %4, align 4, !tbaa !5
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
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 20), align 4, !tbaa !5
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
  %2 = load i32, ptr @ninit, align 4, !tbaa !5
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %63, label %4

4:                                                ; preds = %63, %0
  %5 = load i32, ptr @table, align 16, !tbaa !5
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 60), align 4, !tbaa !5
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %5, i32 noundef %6)
  %8 = load i32, ptr @table, align 16, !tbaa !5
  %9 = icmp sgt i32 %8, 500
  br i1 %9, label %28, label %10

10:                                               ; preds = %4
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 4), align 4, !tbaa !5
  %12 = add nsw i32 %11, %8
  %13 = icmp sgt i32 %12, 500
  br i1 %13, label %28, label %14

14:                                               ; preds = %10
  %15 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !5
  %16 = add nsw i32 %15, %12
  %17 = icmp sgt i32 %16, 500
  br i1 %17, label %28, label %18

18:                                               ; preds = %14
  %19 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 12), align 4, !tbaa !5
  %20 = add nsw i32 %19, %16
  %21 = icmp sgt i32 %20, 500
  br i1 %21, label %28, label %22

22:                                               ; preds = %18
  %23 = load i32, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !5
  %24 = add nsw i32 %23, %20
  %25 = icmp sgt i32 %24, 500
  br i1 %25, label %28, label %26

26:                                               ; preds = %22
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %24)
  store i32 555, ptr getelementptr inbounds (i8, ptr @table, i64 20), align 4, !tbaa !5
  br label %45

28:                                               ; preds = %22, %18, %14, %10, %4
  %29 = phi i32 [ %8, %4 ], [ %12, %10 ], [ %16, %14 ], [ %20, %18 ], [ %24, %22 ]
  %30 = urem i32 %29, 100
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %30)
  %32 = load ptr, ptr @stdout, align 8, !tbaa !9
  %33 = tail call i32 @fflush(ptr noundef %32)
  tail call void @exit(i32 noundef %30) #6
  unreachable

34:                                               ; preds = %45
  %35 = and i32 %46, 14
  %36 = or disjoint i32 %35, 1
  %37 = zext nneg i32 %36 to i64
  %38 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, %52
  %41 = icmp sgt i32 %40, 500
  br i1 %41, label %54, label %42

42:                                               ; preds = %34
  %43 = add nuw nsw i32 %46, 2
  %44 = icmp eq i32 %43, 100
  br i1 %44, label %60, label %45, !llvm.loop !11

45:                                               ; preds = %42, %26
  %46 = phi i32 [ 0, %26 ], [ %43, %42 ]
  %47 = phi i32 [ 0, %26 ], [ %40, %42 ]
  %48 = and i32 %46, 14
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds [16 x i32], ptr @table, i64 0, i64 %49
  %51 = load i32, ptr %50, align 8, !tbaa !5
  %52 = add nsw i32 %51, %47
  %53 = icmp sgt i32 %52, 500
  br i1 %53, label %54, label %34

54:                                               ; preds = %34, %45
  %55 = phi i32 [ %52, %45 ], [ %40, %34 ]
  %56 = urem i32 %55, 100
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %56)
  %58 = load ptr, ptr @stdout, align 8, !tbaa !9
  %59 = tail call i32 @fflush(ptr noundef %58)
  tail call void @exit(i32 noundef %56) #6
  unreachable

60:                                               ; preds = %42
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %40)
  %62 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.13)
  ret i32 0

63:                                               ; preds = %0, %63
  %64 = phi i64 [ %68, %63 ], [ 0, %0 ]
  %65 = getelementptr inbounds [8 x i32], ptr @init_order, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %66)
  %68 = add nuw nsw i64 %64, 1
  %69 = load i32, ptr @ninit, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = icmp slt i64 %68, %70
  br i1 %71, label %63, label %4, !llvm.loop !13
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }
attributes #6 = { noreturn nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
