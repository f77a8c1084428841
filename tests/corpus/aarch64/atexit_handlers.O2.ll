; ModuleID = 'atexit_handlers.c'
source_filename = "atexit_handlers.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str.1 = private unnamed_addr constant [23 x i8] c"h1 (call %d) log=%.*s\0A\00", align 1
@calls = internal unnamed_addr global i32 0, align 4
@log_len = internal unnamed_addr global i32 0, align 4
@log_buf = internal global [64 x i8] zeroinitializer, align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"h2 (call %d)\0A\00", align 1
@.str.3 = private unnamed_addr constant [34 x i8] c"h3 (call %d) registering another\0A\00", align 1
@.str.4 = private unnamed_addr constant [41 x i8] c"late handler registered by h3 (call %d)\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"same handler, call %d\0A\00", align 1
@str = private unnamed_addr constant [39 x i8] c"main: registered handlers, returning 0\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 0, 2) i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @atexit(ptr noundef nonnull @h1) #3
  %2 = icmp eq i32 %1, 0
  br i1 %2, label %3, label %18

3:                                                ; preds = %0
  %4 = tail call i32 @atexit(ptr noundef nonnull @h2) #3
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %18

6:                                                ; preds = %3
  %7 = tail call i32 @atexit(ptr noundef nonnull @h3) #3
  %8 = tail call i32 @atexit(ptr noundef nonnull @same) #3
  %9 = tail call i32 @atexit(ptr noundef nonnull @same) #3
  %10 = tail call i32 @atexit(ptr noundef nonnull @same) #3
  %11 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %12 = load i32, ptr @log_len, align 4, !tbaa !6
  %13 = icmp slt i32 %12, 63
  br i1 %13, label %14, label %18

14:                                               ; preds = %6
  %15 = add nsw i32 %12, 1
  store i32 %15, ptr @log_len, align 4, !tbaa !6
  %16 = sext i32 %12 to i64
  %17 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %16
  store i8 109, ptr %17, align 1, !tbaa !10
  br label %18

18:                                               ; preds = %14, %6, %0, %3
  %19 = phi i32 [ 1, %3 ], [ 1, %0 ], [ 0, %6 ], [ 0, %14 ]
  ret i32 %19
}

; Function Attrs: nofree nounwind
declare i32 @atexit(ptr noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal void @h1() #0 {
  %1 = load i32, ptr @log_len, align 4, !tbaa !6
  %2 = icmp slt i32 %1, 63
  br i1 %2, label %3, label %7

3:                                                ; preds = %0
  %4 = add nsw i32 %1, 1
  store i32 %4, ptr @log_len, align 4, !tbaa !6
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %5
  store i8 49, ptr %6, align 1, !tbaa !10
  br label %7

7:                                                ; preds = %0, %3
  %8 = phi i32 [ %1, %0 ], [ %4, %3 ]
  %9 = load i32, ptr @calls, align 4, !tbaa !6
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr @calls, align 4, !tbaa !6
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %10, i32 noundef %8, ptr noundef nonnull @log_buf)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @h2() #0 {
  %1 = load i32, ptr @log_len, align 4, !tbaa !6
  %2 = icmp slt i32 %1, 63
  br i1 %2, label %3, label %7

3:                                                ; preds = %0
  %4 = add nsw i32 %1, 1
  store i32 %4, ptr @log_len, align 4, !tbaa !6
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %5
  store i8 50, ptr %6, align 1, !tbaa !10
  br label %7

7:                                                ; preds = %0, %3
  %8 = load i32, ptr @calls, align 4, !tbaa !6
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @calls, align 4, !tbaa !6
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %9)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @h3() #0 {
  %1 = load i32, ptr @log_len, align 4, !tbaa !6
  %2 = icmp slt i32 %1, 63
  br i1 %2, label %3, label %7

3:                                                ; preds = %0
  %4 = add nsw i32 %1, 1
  store i32 %4, ptr @log_len, align 4, !tbaa !6
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %5
  store i8 51, ptr %6, align 1, !tbaa !10
  br label %7

7:                                                ; preds = %0, %3
  %8 = load i32, ptr @calls, align 4, !tbaa !6
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @calls, align 4, !tbaa !6
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %9)
  %11 = tail call i32 @atexit(ptr noundef nonnull @late) #3
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @same() #0 {
  %1 = load i32, ptr @calls, align 4, !tbaa !6
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @calls, align 4, !tbaa !6
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %2)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal void @late() #0 {
  %1 = load i32, ptr @log_len, align 4, !tbaa !6
  %2 = icmp slt i32 %1, 63
  br i1 %2, label %3, label %7

3:                                                ; preds = %0
  %4 = add nsw i32 %1, 1
  store i32 %4, ptr @log_len, align 4, !tbaa !6
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds [64 x i8], ptr @log_buf, i64 0, i64 %5
  store i8 76, ptr %6, align 1, !tbaa !10
  br label %7

7:                                                ; preds = %0, %3
  %8 = load i32, ptr @calls, align 4, !tbaa !6
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @calls, align 4, !tbaa !6
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %9)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind }
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
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!8, !8, i64 0}
