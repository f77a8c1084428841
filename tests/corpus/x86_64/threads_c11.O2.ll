; ModuleID = 'threads_c11.c'
source_filename = "threads_c11.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.mtx_t = type { i64, [32 x i8] }

@lock = internal global %union.mtx_t zeroinitializer, align 8
@.str = private unnamed_addr constant [17 x i8] c"thread %d -> %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"shared_sum=%ld main mine=%d\0A\00", align 1
@shared_sum = internal unnamed_addr global i64 0, align 8
@mine = internal thread_local unnamed_addr global i32 3, align 4

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 2) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i64], align 16
  %2 = alloca i32, align 4
  %3 = tail call i32 @mtx_init(ptr noundef nonnull @lock, i32 noundef 0) #7
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %35

5:                                                ; preds = %0
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #7
  %6 = call i32 @thrd_create(ptr noundef nonnull %1, ptr noundef nonnull @work, ptr noundef null) #7
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %33

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = call i32 @thrd_create(ptr noundef nonnull %9, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 1 to ptr)) #7
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %33

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %1, i64 16
  %14 = call i32 @thrd_create(ptr noundef nonnull %13, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 2 to ptr)) #7
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %33

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  store i32 0, ptr %2, align 4, !tbaa !5
  %17 = load i64, ptr %1, align 16, !tbaa !9
  %18 = call i32 @thrd_join(i64 noundef %17, ptr noundef nonnull %2) #7
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef %19)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  store i32 0, ptr %2, align 4, !tbaa !5
  %21 = load i64, ptr %9, align 8, !tbaa !9
  %22 = call i32 @thrd_join(i64 noundef %21, ptr noundef nonnull %2) #7
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef %23)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  store i32 0, ptr %2, align 4, !tbaa !5
  %25 = load i64, ptr %13, align 16, !tbaa !9
  %26 = call i32 @thrd_join(i64 noundef %25, ptr noundef nonnull %2) #7
  %27 = load i32, ptr %2, align 4, !tbaa !5
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i32 noundef %27)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  %29 = load i64, ptr @shared_sum, align 8, !tbaa !9
  %30 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %29, i32 noundef %31)
  call void @mtx_destroy(ptr noundef nonnull @lock) #7
  br label %33

33:                                               ; preds = %5, %8, %12, %16
  %34 = phi i32 [ 0, %16 ], [ 1, %12 ], [ 1, %8 ], [ 1, %5 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #7
  br label %35

35:                                               ; preds = %0, %33
  %36 = phi i32 [ %34, %33 ], [ 1, %0 ]
  ret i32 %36
}

declare i32 @mtx_init(ptr noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

declare i32 @thrd_create(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define internal range(i32 -999, 1000) i32 @work(ptr noundef %0) #0 {
  %2 = ptrtoint ptr %0 to i64
  %3 = trunc i64 %2 to i32
  %4 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @mine)
  %5 = add nsw i32 %3, 2
  br label %9

6:                                                ; preds = %9
  %7 = icmp eq i32 %3, 2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  br i1 %7, label %21, label %23

9:                                                ; preds = %1, %9
  %10 = phi i32 [ 0, %1 ], [ %19, %9 ]
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = add nsw i32 %11, %3
  store i32 %12, ptr %4, align 4, !tbaa !5
  %13 = tail call i32 @mtx_lock(ptr noundef nonnull @lock) #7
  %14 = srem i32 %10, %5
  %15 = zext nneg i32 %14 to i64
  %16 = load i64, ptr @shared_sum, align 8, !tbaa !9
  %17 = add nsw i64 %16, %15
  store i64 %17, ptr @shared_sum, align 8, !tbaa !9
  %18 = tail call i32 @mtx_unlock(ptr noundef nonnull @lock) #7
  %19 = add nuw nsw i32 %10, 1
  %20 = icmp eq i32 %19, 1000
  br i1 %20, label %6, label %9, !llvm.loop !11

21:                                               ; preds = %6
  %22 = sub nsw i32 0, %8
  tail call fastcc void @leave(i32 noundef %22)
  unreachable

23:                                               ; preds = %6
  %24 = srem i32 %8, 1000
  ret i32 %24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

declare i32 @thrd_join(i64 noundef, ptr noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #4

declare void @mtx_destroy(ptr noundef) local_unnamed_addr #1

declare i32 @mtx_lock(ptr noundef) local_unnamed_addr #1

declare i32 @mtx_unlock(ptr noundef) local_unnamed_addr #1

; Function Attrs: noinline noreturn nounwind uwtable
define internal fastcc void @leave(i32 noundef %0) unnamed_addr #5 {
  tail call void @thrd_exit(i32 noundef %0) #8
  unreachable
}

; Function Attrs: noreturn
declare void @thrd_exit(i32 noundef) local_unnamed_addr #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { noinline noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }

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
!10 = !{!"long", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
