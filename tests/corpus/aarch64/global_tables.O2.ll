; ModuleID = 'global_tables.c'
source_filename = "global_tables.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@global_int = dso_local global i32 42, align 4
@global_ptr = dso_local global ptr @global_int, align 8
@global_ptr_ptr = dso_local local_unnamed_addr global ptr @global_ptr, align 8
@message = dso_local global [32 x i8] c"mutable\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 1
@message_end = dso_local local_unnamed_addr global ptr getelementptr inbounds (i8, ptr @message, i64 7), align 8
@big_array = dso_local global [3 x i64] [i64 1099511627776, i64 -1, i64 9223372036854775807], align 8
@big_second = dso_local local_unnamed_addr global ptr getelementptr inbounds (i8, ptr @big_array, i64 8), align 8
@.str = private unnamed_addr constant [15 x i8] c"table sum: %d\0A\00", align 1
@counter = internal unnamed_addr global i32 7, align 4
@values.2 = internal unnamed_addr global i32 30, align 4
@.str.1 = private unnamed_addr constant [16 x i8] c"after edit: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c",\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"tail: %s\0A\00", align 1
@greeting = internal constant [13 x i8] c"hello, world\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"node %s %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"config %s slot=%d names:\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c" %s\00", align 1
@.str.9 = private unnamed_addr constant [15 x i8] c"global_int=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"message=%s len=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [37 x i8] c"big_second=%lld big0=%lld big2=%lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"values:\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"mon\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"tue\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"wed\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"thu\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"fri\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"sat\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"sun\00", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"first\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"second\00", align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"third\00", align 1
@.str.24 = private unnamed_addr constant [8 x i8] c"counter\00", align 1
@.str.25 = private unnamed_addr constant [7 x i8] c"middle\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = load i32, ptr @counter, align 4, !tbaa !6
  %2 = add nsw i32 %1, 60
  %3 = load i32, ptr @values.2, align 4, !tbaa !6
  %4 = add nsw i32 %2, %3
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4)
  store i32 100, ptr @counter, align 4, !tbaa !6
  store i32 -1, ptr @values.2, align 4, !tbaa !6
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 159)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.14, ptr noundef nonnull @.str.4)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.15, ptr noundef nonnull @.str.4)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.16, ptr noundef nonnull @.str.4)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.17, ptr noundef nonnull @.str.4)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.18, ptr noundef nonnull @.str.4)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.19, ptr noundef nonnull @.str.4)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.20, ptr noundef nonnull @.str.3)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef nonnull getelementptr inbounds (i8, ptr @greeting, i64 7))
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.21, i32 noundef 1)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.22, i32 noundef 2)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.23, i32 noundef 3)
  %18 = load i32, ptr @counter, align 4, !tbaa !6
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @counter, align 4, !tbaa !6
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull @.str.24, i32 noundef %19)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.14)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.15)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.16)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.17)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.18)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.19)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.20)
  %28 = tail call i32 @putchar(i32 10)
  %29 = load i32, ptr @values.2, align 4, !tbaa !6
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr @values.2, align 4, !tbaa !6
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull @.str.25, i32 noundef %30)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.19)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull @.str.20)
  %34 = tail call i32 @putchar(i32 10)
  %35 = load ptr, ptr @global_ptr_ptr, align 8, !tbaa !10
  %36 = load ptr, ptr %35, align 8, !tbaa !10
  store i32 43, ptr %36, align 4, !tbaa !6
  %37 = load i32, ptr @global_int, align 4, !tbaa !6
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %37)
  %39 = load ptr, ptr @message_end, align 8, !tbaa !10
  %40 = getelementptr inbounds i8, ptr %39, i64 1
  store ptr %40, ptr @message_end, align 8, !tbaa !10
  store i8 33, ptr %39, align 1, !tbaa !12
  %41 = load ptr, ptr @message_end, align 8, !tbaa !10
  store i8 0, ptr %41, align 1, !tbaa !12
  %42 = load ptr, ptr @message_end, align 8, !tbaa !10
  %43 = ptrtoint ptr %42 to i64
  %44 = trunc i64 %43 to i32
  %45 = sub i32 %44, ptrtoint (ptr @message to i32)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @message, i32 noundef %45)
  %47 = load ptr, ptr @big_second, align 8, !tbaa !10
  %48 = load i64, ptr %47, align 8, !tbaa !13
  %49 = load i64, ptr @big_array, align 8, !tbaa !13
  %50 = load i64, ptr getelementptr inbounds (i8, ptr @big_array, i64 16), align 8, !tbaa !13
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %48, i64 noundef %49, i64 noundef %50)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12)
  %53 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 10)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 20)
  %55 = load i32, ptr @values.2, align 4, !tbaa !6
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %55)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 40)
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 50)
  %59 = tail call i32 @putchar(i32 10)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind }

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
!12 = !{!8, !8, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long long", !8, i64 0}
