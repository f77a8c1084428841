; ModuleID = 'threads_atomic.c'
source_filename = "threads_atomic.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.atomic_flag = type { i8 }

@.str = private unnamed_addr constant [24 x i8] c"thread %d returned %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"total=%ld joined=%ld equal=%d\0A\00", align 1
@total = internal global i64 0, align 8
@.str.2 = private unnamed_addr constant [32 x i8] c"small=%u max=%d locked_sum=%ld\0A\00", align 1
@small_counter = internal global i8 0, align 1
@max_seen = internal global i32 0, align 4
@locked_sum = internal unnamed_addr global i64 0, align 8
@started = internal global i32 0, align 4
@lock = internal global %struct.atomic_flag zeroinitializer, align 1

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 2) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [4 x i64], align 16
  %2 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #7
  %3 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @work, ptr noundef null) #7
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %5, label %59

5:                                                ; preds = %0
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = call i32 @pthread_create(ptr noundef nonnull %6, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 1 to ptr)) #7
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %59

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %1, i64 16
  %11 = call i32 @pthread_create(ptr noundef nonnull %10, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 2 to ptr)) #7
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %59

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %1, i64 24
  %15 = call i32 @pthread_create(ptr noundef nonnull %14, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 3 to ptr)) #7
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %59

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #7
  %18 = load i64, ptr %1, align 16, !tbaa !5
  %19 = call i32 @pthread_join(i64 noundef %18, ptr noundef nonnull %2) #7
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = ptrtoint ptr %20 to i64
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i64 noundef %21)
  %23 = load ptr, ptr %2, align 8, !tbaa !9
  %24 = ptrtoint ptr %23 to i64
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #7
  %25 = load i64, ptr %6, align 8, !tbaa !5
  %26 = call i32 @pthread_join(i64 noundef %25, ptr noundef nonnull %2) #7
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = ptrtoint ptr %27 to i64
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i64 noundef %28)
  %30 = load ptr, ptr %2, align 8, !tbaa !9
  %31 = ptrtoint ptr %30 to i64
  %32 = add nsw i64 %24, %31
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #7
  %33 = load i64, ptr %10, align 16, !tbaa !5
  %34 = call i32 @pthread_join(i64 noundef %33, ptr noundef nonnull %2) #7
  %35 = load ptr, ptr %2, align 8, !tbaa !9
  %36 = ptrtoint ptr %35 to i64
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i64 noundef %36)
  %38 = load ptr, ptr %2, align 8, !tbaa !9
  %39 = ptrtoint ptr %38 to i64
  %40 = add nsw i64 %32, %39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #7
  %41 = load i64, ptr %14, align 8, !tbaa !5
  %42 = call i32 @pthread_join(i64 noundef %41, ptr noundef nonnull %2) #7
  %43 = load ptr, ptr %2, align 8, !tbaa !9
  %44 = ptrtoint ptr %43 to i64
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, i64 noundef %44)
  %46 = load ptr, ptr %2, align 8, !tbaa !9
  %47 = ptrtoint ptr %46 to i64
  %48 = add nsw i64 %40, %47
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #7
  %49 = load atomic i64, ptr @total seq_cst, align 8
  %50 = load atomic i64, ptr @total seq_cst, align 8
  %51 = icmp eq i64 %50, %48
  %52 = zext i1 %51 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %49, i64 noundef %48, i32 noundef %52)
  %54 = load atomic i8, ptr @small_counter seq_cst, align 1
  %55 = zext i8 %54 to i32
  %56 = load atomic i32, ptr @max_seen seq_cst, align 4
  %57 = load i64, ptr @locked_sum, align 8, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %55, i32 noundef %56, i64 noundef %57)
  br label %59

59:                                               ; preds = %0, %5, %9, %13, %17
  %60 = phi i32 [ 0, %17 ], [ 1, %13 ], [ 1, %9 ], [ 1, %5 ], [ 1, %0 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #7
  ret i32 %60
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nofree norecurse nounwind uwtable
define internal noundef ptr @work(ptr noundef %0) #3 {
  %2 = atomicrmw add ptr @started, i32 1 seq_cst, align 4
  br label %3

3:                                                ; preds = %3, %1
  %4 = load atomic i32, ptr @started seq_cst, align 4
  %5 = icmp slt i32 %4, 4
  br i1 %5, label %3, label %6, !llvm.loop !11

6:                                                ; preds = %3
  %7 = ptrtoint ptr %0 to i64
  %8 = add nsw i64 %7, 1
  br label %13

9:                                                ; preds = %30
  %10 = mul i64 %7, 200010000
  %11 = add i64 %10, 200010000
  fence seq_cst
  %12 = inttoptr i64 %11 to ptr
  ret ptr %12

13:                                               ; preds = %6, %30
  %14 = phi i64 [ 1, %6 ], [ %31, %30 ]
  %15 = mul nsw i64 %14, %8
  %16 = atomicrmw add ptr @total, i64 %15 monotonic, align 8
  %17 = atomicrmw add ptr @small_counter, i8 1 seq_cst, align 1
  %18 = trunc nuw i64 %14 to i16
  %19 = urem i16 %18, 1000
  %20 = icmp eq i16 %19, 0
  br i1 %20, label %21, label %30

21:                                               ; preds = %13
  %22 = srem i64 %15, 100003
  %23 = trunc nsw i64 %22 to i32
  tail call fastcc void @update_max(i32 noundef %23)
  br label %24

24:                                               ; preds = %24, %21
  %25 = atomicrmw xchg ptr @lock, i8 1 acquire, align 1
  %26 = trunc i8 %25 to i1
  br i1 %26, label %24, label %27, !llvm.loop !13

27:                                               ; preds = %24
  %28 = load i64, ptr @locked_sum, align 8, !tbaa !5
  %29 = add nsw i64 %28, %15
  store i64 %29, ptr @locked_sum, align 8, !tbaa !5
  store atomic i8 0, ptr @lock release, align 1
  br label %30

30:                                               ; preds = %27, %13
  %31 = add nuw nsw i64 %14, 1
  %32 = icmp eq i64 %31, 20001
  br i1 %32, label %9, label %13, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare i32 @pthread_join(i64 noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @update_max(i32 noundef %0) unnamed_addr #6 {
  %2 = load atomic i32, ptr @max_seen monotonic, align 4
  br label %3

3:                                                ; preds = %6, %1
  %4 = phi i32 [ %2, %1 ], [ %9, %6 ]
  %5 = icmp slt i32 %4, %0
  br i1 %5, label %6, label %10

6:                                                ; preds = %3
  %7 = cmpxchg weak ptr @max_seen, i32 %4, i32 %0 seq_cst seq_cst, align 4
  %8 = extractvalue { i32, i1 } %7, 1
  %9 = extractvalue { i32, i1 } %7, 0
  br i1 %8, label %10, label %3, !llvm.loop !15

10:                                               ; preds = %3, %6
  ret void
}

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
