; ModuleID = 'thread_locals.c'
source_filename = "thread_locals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { [8 x i8], double }

@history = dso_local thread_local local_unnamed_addr global [4 x i64] [i64 1, i64 2, i64 3, i64 4], align 16
@main_counter = internal unnamed_addr global ptr null, align 8
@counter = internal thread_local global i32 5, align 4
@.str = private unnamed_addr constant [66 x i8] c"main: counter=%d history=%ld,%ld rec=%s %.1f results=%ld,%ld,%ld\0A\00", align 1
@rec = internal thread_local global %struct.anon { [8 x i8] c"init\00\00\00\00", double 2.500000e+00 }, align 8
@.str.1 = private unnamed_addr constant [56 x i8] c"thread %ld: counter=%d sum=%ld rec=%s %.1f own-copy=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i64], align 16
  %2 = alloca [3 x i64], align 16
  %3 = tail call nonnull align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  store ptr %3, ptr @main_counter, align 8, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !9
  %5 = add nsw i32 %4, 10
  store i32 %5, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  %6 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @work, ptr noundef null) #8
  %7 = load i64, ptr %1, align 16, !tbaa !11
  %8 = call i32 @pthread_join(i64 noundef %7, ptr noundef nonnull %2) #8
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = call i32 @pthread_create(ptr noundef nonnull %9, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 1 to ptr)) #8
  %11 = load i64, ptr %9, align 8, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %2, i64 8
  %13 = call i32 @pthread_join(i64 noundef %11, ptr noundef nonnull %12) #8
  %14 = getelementptr inbounds i8, ptr %1, i64 16
  %15 = call i32 @pthread_create(ptr noundef nonnull %14, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 2 to ptr)) #8
  %16 = load i64, ptr %14, align 16, !tbaa !11
  %17 = getelementptr inbounds i8, ptr %2, i64 16
  %18 = call i32 @pthread_join(i64 noundef %16, ptr noundef nonnull %17) #8
  %19 = load i32, ptr %3, align 4, !tbaa !9
  %20 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %21 = load i64, ptr %20, align 16, !tbaa !11
  %22 = getelementptr inbounds i8, ptr %20, i64 24
  %23 = load i64, ptr %22, align 8, !tbaa !11
  %24 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %25 = getelementptr inbounds i8, ptr %24, i64 8
  %26 = load double, ptr %25, align 8, !tbaa !13
  %27 = load i64, ptr %2, align 16, !tbaa !11
  %28 = load i64, ptr %12, align 8, !tbaa !11
  %29 = load i64, ptr %17, align 16, !tbaa !11
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
  %11 = load i32, ptr %10, align 4, !tbaa !9
  %12 = add i32 %11, %4
  %13 = add i32 %12, 1000
  store i32 %13, ptr %10, align 4, !tbaa !9
  br label %14

14:                                               ; preds = %7, %9
  %15 = phi ptr [ %8, %7 ], [ %10, %9 ]
  %16 = mul nsw i64 %2, 100
  %17 = tail call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %18 = srem i64 %2, 4
  %19 = getelementptr inbounds [4 x i64], ptr %17, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !11
  %21 = add nsw i64 %20, %16
  store i64 %21, ptr %19, align 8, !tbaa !11
  %22 = add nsw i64 %2, 2
  %23 = sitofp i64 %22 to double
  %24 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %25 = getelementptr inbounds i8, ptr %24, i64 8
  %26 = load double, ptr %25, align 8, !tbaa !13
  %27 = fmul double %26, %23
  store double %27, ptr %25, align 8, !tbaa !13
  %28 = trunc i64 %2 to i8
  %29 = add i8 %28, 65
  store i8 %29, ptr %24, align 8, !tbaa !16
  %30 = load i32, ptr %15, align 4, !tbaa !9
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %15, align 4, !tbaa !9
  %32 = sext i32 %31 to i64
  %33 = load <4 x i64>, ptr %17, align 16, !tbaa !11
  %34 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %33)
  %35 = add i64 %34, %32
  %36 = load ptr, ptr @main_counter, align 8, !tbaa !5
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

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !15, i64 8}
!14 = !{!"", !7, i64 0, !15, i64 8}
!15 = !{!"double", !7, i64 0}
!16 = !{!7, !7, i64 0}
