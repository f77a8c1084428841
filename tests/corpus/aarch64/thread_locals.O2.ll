; ModuleID = 'thread_locals.c'
source_filename = "thread_locals.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.anon = type { [8 x i8], double }

@history = dso_local thread_local local_unnamed_addr global [4 x i64] [i64 1, i64 2, i64 3, i64 4], align 8
@main_counter = internal unnamed_addr global ptr null, align 8
@counter = internal thread_local global i32 5, align 4
@.str = private unnamed_addr constant [66 x i8] c"main: counter=%d history=%ld,%ld rec=%s %.1f results=%ld,%ld,%ld\0A\00", align 1
@rec = internal thread_local global %struct.anon { [8 x i8] c"init\00\00\00\00", double 2.500000e+00 }, align 8
@.str.1 = private unnamed_addr constant [56 x i8] c"thread %ld: counter=%d sum=%ld rec=%s %.1f own-copy=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i64], align 8
  %2 = alloca [3 x i64], align 8
  %3 = tail call nonnull align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  store ptr %3, ptr @main_counter, align 8, !tbaa !6
  %4 = load i32, ptr %3, align 4, !tbaa !10
  %5 = add nsw i32 %4, 10
  store i32 %5, ptr %3, align 4, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  %6 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @work, ptr noundef null) #8
  %7 = load i64, ptr %1, align 8, !tbaa !12
  %8 = call i32 @pthread_join(i64 noundef %7, ptr noundef nonnull %2) #8
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = call i32 @pthread_create(ptr noundef nonnull %9, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 1 to ptr)) #8
  %11 = load i64, ptr %9, align 8, !tbaa !12
  %12 = getelementptr inbounds i8, ptr %2, i64 8
  %13 = call i32 @pthread_join(i64 noundef %11, ptr noundef nonnull %12) #8
  %14 = getelementptr inbounds i8, ptr %1, i64 16
  %15 = call i32 @pthread_create(ptr noundef nonnull %14, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 2 to ptr)) #8
  %16 = load i64, ptr %14, align 8, !tbaa !12
  %17 = getelementptr inbounds i8, ptr %2, i64 16
  %18 = call i32 @pthread_join(i64 noundef %16, ptr noundef nonnull %17) #8
  %19 = load i32, ptr %3, align 4, !tbaa !10
  %20 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @history)
  %21 = load i64, ptr %20, align 8, !tbaa !12
  %22 = getelementptr inbounds i8, ptr %20, i64 24
  %23 = load i64, ptr %22, align 8, !tbaa !12
  %24 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %25 = getelementptr inbounds i8, ptr %24, i64 8
  %26 = load double, ptr %25, align 8, !tbaa !14
  %27 = load i64, ptr %2, align 8, !tbaa !12
  %28 = load i64, ptr %12, align 8, !tbaa !12
  %29 = load i64, ptr %17, align 8, !tbaa !12
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %19, i64 noundef %21, i64 noundef %23, ptr noundef nonnull %24, double noundef %26, i64 noundef %27, i64 noundef %28, i64 noundef %29)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #8
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define internal noundef ptr @work(ptr noundef %0) #4 {
  %2 = ptrtoint ptr %0 to i64
  %3 = trunc i64 %2 to i32
  %4 = mul i32 %3, 1000
  %5 = add i32 %4, 1000
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %9, label %7

7:                                                ; preds = %1
  %8 = tail call nonnull align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  br label %14

9:                                                ; preds = %1
  %10 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %11 = load i32, ptr %10, align 4, !tbaa !10
  %12 = add i32 %11, %4
  %13 = add i32 %12, 1000
  store i32 %13, ptr %10, align 4, !tbaa !10
  br label %14

14:                                               ; preds = %7, %9
  %15 = phi ptr [ %8, %7 ], [ %10, %9 ]
  %16 = mul nsw i64 %2, 100
  %17 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @history)
  %18 = srem i64 %2, 4
  %19 = getelementptr inbounds [4 x i64], ptr %17, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !12
  %21 = add nsw i64 %20, %16
  store i64 %21, ptr %19, align 8, !tbaa !12
  %22 = add nsw i64 %2, 2
  %23 = sitofp i64 %22 to double
  %24 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %25 = getelementptr inbounds i8, ptr %24, i64 8
  %26 = load double, ptr %25, align 8, !tbaa !14
  %27 = fmul double %26, %23
  store double %27, ptr %25, align 8, !tbaa !14
  %28 = trunc i64 %2 to i8
  %29 = add i8 %28, 65
  store i8 %29, ptr %24, align 8, !tbaa !17
  %30 = load i32, ptr %15, align 4, !tbaa !10
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %15, align 4, !tbaa !10
  %32 = sext i32 %31 to i64
  %33 = load <4 x i64>, ptr %17, align 8, !tbaa !12
  %34 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %33)
  %35 = add i64 %34, %32
  %36 = load ptr, ptr @main_counter, align 8, !tbaa !6
  %37 = icmp ne ptr %15, %36
  %38 = zext i1 %37 to i32
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %2, i32 noundef %31, i64 noundef %35, ptr noundef nonnull %24, double noundef %27, i32 noundef %38)
  %40 = inttoptr i64 %35 to ptr
  ret ptr %40
}

declare i32 @pthread_join(i64 noundef, ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #7

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !8, i64 0}
!14 = !{!15, !16, i64 8}
!15 = !{!"", !8, i64 0, !16, i64 8}
!16 = !{!"double", !8, i64 0}
!17 = !{!8, !8, i64 0}
