; ModuleID = 'threads_mutex.c'
source_filename = "threads_mutex.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s, [8 x i8] }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i32, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }

@.str = private unnamed_addr constant [29 x i8] c"thread %d: weighted sum %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"counter=%ld order=%s\0A\00", align 1
@shared_counter = internal unnamed_addr global i64 0, align 8
@order = internal global [13 x i8] zeroinitializer, align 1
@mu = internal global %union.pthread_mutex_t { %struct.__pthread_mutex_s zeroinitializer, [8 x i8] undef }, align 8
@turn = internal unnamed_addr global i32 0, align 4
@cv = internal global %union.pthread_cond_t zeroinitializer, align 8
@order_len = internal unnamed_addr global i32 0, align 4

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i64], align 8
  %2 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #10
  %3 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @work, ptr noundef null) #10
  %4 = getelementptr inbounds i8, ptr %1, i64 8
  %5 = call i32 @pthread_create(ptr noundef nonnull %4, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 1 to ptr)) #10
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = call i32 @pthread_create(ptr noundef nonnull %6, ptr noundef null, ptr noundef nonnull @work, ptr noundef nonnull inttoptr (i64 2 to ptr)) #10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #10
  %8 = load i64, ptr %1, align 8, !tbaa !6
  %9 = call i32 @pthread_join(i64 noundef %8, ptr noundef nonnull %2) #10
  %10 = load ptr, ptr %2, align 8, !tbaa !10
  %11 = ptrtoint ptr %10 to i64
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i64 noundef %11)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #10
  %13 = load i64, ptr %4, align 8, !tbaa !6
  %14 = call i32 @pthread_join(i64 noundef %13, ptr noundef nonnull %2) #10
  %15 = load ptr, ptr %2, align 8, !tbaa !10
  %16 = ptrtoint ptr %15 to i64
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i64 noundef %16)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #10
  %18 = load i64, ptr %6, align 8, !tbaa !6
  %19 = call i32 @pthread_join(i64 noundef %18, ptr noundef nonnull %2) #10
  %20 = load ptr, ptr %2, align 8, !tbaa !10
  %21 = ptrtoint ptr %20 to i64
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i64 noundef %21)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #10
  %23 = load i64, ptr @shared_counter, align 8, !tbaa !6
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %23, ptr noundef nonnull @order)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal ptr @work(ptr noundef %0) #0 {
  %2 = alloca [16 x i32], align 4
  %3 = ptrtoint ptr %0 to i64
  %4 = shl i64 %3, 32
  %5 = add i64 %4, 4294967296
  %6 = ashr exact i64 %5, 32
  br label %15

7:                                                ; preds = %15
  %8 = trunc i64 %3 to i32
  %9 = trunc i64 %3 to i8
  %10 = add i8 %9, 97
  %11 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @mu) #10
  %12 = load i32, ptr @turn, align 4, !tbaa !12
  %13 = srem i32 %12, 3
  %14 = icmp eq i32 %13, %8
  br i1 %14, label %28, label %23

15:                                               ; preds = %1, %15
  %16 = phi i32 [ 0, %1 ], [ %21, %15 ]
  %17 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @mu) #10
  %18 = load i64, ptr @shared_counter, align 8, !tbaa !6
  %19 = add nsw i64 %18, %6
  store i64 %19, ptr @shared_counter, align 8, !tbaa !6
  %20 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @mu) #10
  %21 = add nuw nsw i32 %16, 1
  %22 = icmp eq i32 %21, 5000
  br i1 %22, label %7, label %15, !llvm.loop !14

23:                                               ; preds = %7, %23
  %24 = tail call i32 @pthread_cond_wait(ptr noundef nonnull @cv, ptr noundef nonnull @mu) #10
  %25 = load i32, ptr @turn, align 4, !tbaa !12
  %26 = srem i32 %25, 3
  %27 = icmp eq i32 %26, %8
  br i1 %27, label %28, label %23, !llvm.loop !16

28:                                               ; preds = %23, %7
  %29 = phi i32 [ %12, %7 ], [ %25, %23 ]
  %30 = load i32, ptr @order_len, align 4, !tbaa !12
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr @order_len, align 4, !tbaa !12
  %32 = sext i32 %30 to i64
  %33 = getelementptr inbounds [13 x i8], ptr @order, i64 0, i64 %32
  store i8 %10, ptr %33, align 1, !tbaa !17
  %34 = add nsw i32 %29, 1
  store i32 %34, ptr @turn, align 4, !tbaa !12
  %35 = tail call i32 @pthread_cond_broadcast(ptr noundef nonnull @cv) #10
  %36 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @mu) #10
  %37 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @mu) #10
  %38 = load i32, ptr @turn, align 4, !tbaa !12
  %39 = srem i32 %38, 3
  %40 = icmp eq i32 %39, %8
  br i1 %40, label %46, label %41

41:                                               ; preds = %28, %41
  %42 = tail call i32 @pthread_cond_wait(ptr noundef nonnull @cv, ptr noundef nonnull @mu) #10
  %43 = load i32, ptr @turn, align 4, !tbaa !12
  %44 = srem i32 %43, 3
  %45 = icmp eq i32 %44, %8
  br i1 %45, label %46, label %41, !llvm.loop !16

46:                                               ; preds = %41, %28
  %47 = phi i32 [ %38, %28 ], [ %43, %41 ]
  %48 = load i32, ptr @order_len, align 4, !tbaa !12
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr @order_len, align 4, !tbaa !12
  %50 = sext i32 %48 to i64
  %51 = getelementptr inbounds [13 x i8], ptr @order, i64 0, i64 %50
  store i8 %10, ptr %51, align 1, !tbaa !17
  %52 = add nsw i32 %47, 1
  store i32 %52, ptr @turn, align 4, !tbaa !12
  %53 = tail call i32 @pthread_cond_broadcast(ptr noundef nonnull @cv) #10
  %54 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @mu) #10
  %55 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @mu) #10
  %56 = load i32, ptr @turn, align 4, !tbaa !12
  %57 = srem i32 %56, 3
  %58 = icmp eq i32 %57, %8
  br i1 %58, label %64, label %59

59:                                               ; preds = %46, %59
  %60 = tail call i32 @pthread_cond_wait(ptr noundef nonnull @cv, ptr noundef nonnull @mu) #10
  %61 = load i32, ptr @turn, align 4, !tbaa !12
  %62 = srem i32 %61, 3
  %63 = icmp eq i32 %62, %8
  br i1 %63, label %64, label %59, !llvm.loop !16

64:                                               ; preds = %59, %46
  %65 = phi i32 [ %56, %46 ], [ %61, %59 ]
  %66 = load i32, ptr @order_len, align 4, !tbaa !12
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr @order_len, align 4, !tbaa !12
  %68 = sext i32 %66 to i64
  %69 = getelementptr inbounds [13 x i8], ptr @order, i64 0, i64 %68
  store i8 %10, ptr %69, align 1, !tbaa !17
  %70 = add nsw i32 %65, 1
  store i32 %70, ptr @turn, align 4, !tbaa !12
  %71 = tail call i32 @pthread_cond_broadcast(ptr noundef nonnull @cv) #10
  %72 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @mu) #10
  %73 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @mu) #10
  %74 = load i32, ptr @turn, align 4, !tbaa !12
  %75 = srem i32 %74, 3
  %76 = icmp eq i32 %75, %8
  br i1 %76, label %82, label %77

77:                                               ; preds = %64, %77
  %78 = tail call i32 @pthread_cond_wait(ptr noundef nonnull @cv, ptr noundef nonnull @mu) #10
  %79 = load i32, ptr @turn, align 4, !tbaa !12
  %80 = srem i32 %79, 3
  %81 = icmp eq i32 %80, %8
  br i1 %81, label %82, label %77, !llvm.loop !16

82:                                               ; preds = %77, %64
  %83 = phi i32 [ %74, %64 ], [ %79, %77 ]
  %84 = load i32, ptr @order_len, align 4, !tbaa !12
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr @order_len, align 4, !tbaa !12
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds [13 x i8], ptr @order, i64 0, i64 %86
  store i8 %10, ptr %87, align 1, !tbaa !17
  %88 = add nsw i32 %83, 1
  store i32 %88, ptr @turn, align 4, !tbaa !12
  %89 = tail call i32 @pthread_cond_broadcast(ptr noundef nonnull @cv) #10
  %90 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @mu) #10
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #10
  %91 = mul nsw i32 %8, 3
  store i32 %91, ptr %2, align 4, !tbaa !12
  %92 = add nsw i32 %91, 7
  %93 = getelementptr inbounds i8, ptr %2, i64 4
  store i32 %92, ptr %93, align 4, !tbaa !12
  %94 = getelementptr inbounds i8, ptr %2, i64 8
  %95 = insertelement <2 x i32> poison, i32 %91, i64 0
  %96 = shufflevector <2 x i32> %95, <2 x i32> poison, <2 x i32> zeroinitializer
  %97 = add nsw <2 x i32> %96, <i32 14, i32 21>
  %98 = add <2 x i32> %96, <i32 -2, i32 5>
  %99 = icmp ult <2 x i32> %97, <i32 16, i32 16>
  %100 = select <2 x i1> %99, <2 x i32> %97, <2 x i32> %98
  store <2 x i32> %100, ptr %94, align 4, !tbaa !12
  %101 = getelementptr inbounds i8, ptr %2, i64 16
  %102 = insertelement <4 x i32> poison, i32 %91, i64 0
  %103 = shufflevector <4 x i32> %102, <4 x i32> poison, <4 x i32> zeroinitializer
  %104 = add <4 x i32> %103, <i32 12, i32 3, i32 10, i32 1>
  %105 = and <4 x i32> %104, <i32 15, i32 15, i32 15, i32 15>
  store <4 x i32> %105, ptr %101, align 4, !tbaa !12
  %106 = getelementptr inbounds i8, ptr %2, i64 32
  %107 = and <4 x i32> %103, <i32 15, i32 poison, i32 poison, i32 poison>
  %108 = add <4 x i32> %103, <i32 poison, i32 15, i32 6, i32 13>
  %109 = shufflevector <4 x i32> %107, <4 x i32> %108, <4 x i32> <i32 0, i32 5, i32 6, i32 7>
  %110 = xor <4 x i32> %109, <i32 8, i32 poison, i32 poison, i32 poison>
  %111 = and <4 x i32> %109, <i32 poison, i32 15, i32 15, i32 15>
  %112 = shufflevector <4 x i32> %110, <4 x i32> %111, <4 x i32> <i32 0, i32 5, i32 6, i32 7>
  store <4 x i32> %112, ptr %106, align 4, !tbaa !12
  %113 = getelementptr inbounds i8, ptr %2, i64 48
  %114 = add <4 x i32> %103, <i32 4, i32 11, i32 2, i32 9>
  %115 = and <4 x i32> %114, <i32 15, i32 15, i32 15, i32 15>
  store <4 x i32> %115, ptr %113, align 4, !tbaa !12
  %116 = call fastcc i64 @sort_and_sum(ptr noundef nonnull %2)
  %117 = icmp eq i32 %8, 2
  br i1 %117, label %118, label %119

118:                                              ; preds = %82
  call fastcc void @finish(i64 noundef %116)
  unreachable

119:                                              ; preds = %82
  %120 = inttoptr i64 %116 to ptr
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #10
  ret ptr %120
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare i32 @pthread_join(i64 noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #2

declare i32 @pthread_cond_wait(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nounwind
declare i32 @pthread_cond_broadcast(ptr noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc i64 @sort_and_sum(ptr noundef %0) unnamed_addr #5 {
  tail call void @qsort(ptr noundef %0, i64 noundef 16, i64 noundef 4, ptr noundef nonnull @cmp_desc) #10
  %2 = load i32, ptr %0, align 4, !tbaa !12
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  %5 = load i32, ptr %4, align 4, !tbaa !12
  %6 = sext i32 %5 to i64
  %7 = shl nsw i64 %6, 1
  %8 = add nsw i64 %7, %3
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 4, !tbaa !12
  %11 = sext i32 %10 to i64
  %12 = mul nsw i64 %11, 3
  %13 = add nsw i64 %12, %8
  %14 = getelementptr inbounds i8, ptr %0, i64 12
  %15 = load i32, ptr %14, align 4, !tbaa !12
  %16 = sext i32 %15 to i64
  %17 = shl nsw i64 %16, 2
  %18 = add nsw i64 %17, %13
  %19 = getelementptr inbounds i8, ptr %0, i64 16
  %20 = load i32, ptr %19, align 4, !tbaa !12
  %21 = sext i32 %20 to i64
  %22 = mul nsw i64 %21, 5
  %23 = add nsw i64 %22, %18
  %24 = getelementptr inbounds i8, ptr %0, i64 20
  %25 = load i32, ptr %24, align 4, !tbaa !12
  %26 = sext i32 %25 to i64
  %27 = mul nsw i64 %26, 6
  %28 = add nsw i64 %27, %23
  %29 = getelementptr inbounds i8, ptr %0, i64 24
  %30 = load i32, ptr %29, align 4, !tbaa !12
  %31 = sext i32 %30 to i64
  %32 = mul nsw i64 %31, 7
  %33 = add nsw i64 %32, %28
  %34 = getelementptr inbounds i8, ptr %0, i64 28
  %35 = load i32, ptr %34, align 4, !tbaa !12
  %36 = sext i32 %35 to i64
  %37 = shl nsw i64 %36, 3
  %38 = add nsw i64 %37, %33
  %39 = getelementptr inbounds i8, ptr %0, i64 32
  %40 = load i32, ptr %39, align 4, !tbaa !12
  %41 = sext i32 %40 to i64
  %42 = mul nsw i64 %41, 9
  %43 = add nsw i64 %42, %38
  %44 = getelementptr inbounds i8, ptr %0, i64 36
  %45 = load i32, ptr %44, align 4, !tbaa !12
  %46 = sext i32 %45 to i64
  %47 = mul nsw i64 %46, 10
  %48 = add nsw i64 %47, %43
  %49 = getelementptr inbounds i8, ptr %0, i64 40
  %50 = load i32, ptr %49, align 4, !tbaa !12
  %51 = sext i32 %50 to i64
  %52 = mul nsw i64 %51, 11
  %53 = add nsw i64 %52, %48
  %54 = getelementptr inbounds i8, ptr %0, i64 44
  %55 = load i32, ptr %54, align 4, !tbaa !12
  %56 = sext i32 %55 to i64
  %57 = mul nsw i64 %56, 12
  %58 = add nsw i64 %57, %53
  %59 = getelementptr inbounds i8, ptr %0, i64 48
  %60 = load i32, ptr %59, align 4, !tbaa !12
  %61 = sext i32 %60 to i64
  %62 = mul nsw i64 %61, 13
  %63 = add nsw i64 %62, %58
  %64 = getelementptr inbounds i8, ptr %0, i64 52
  %65 = load i32, ptr %64, align 4, !tbaa !12
  %66 = sext i32 %65 to i64
  %67 = mul nsw i64 %66, 14
  %68 = add nsw i64 %67, %63
  %69 = getelementptr inbounds i8, ptr %0, i64 56
  %70 = load i32, ptr %69, align 4, !tbaa !12
  %71 = sext i32 %70 to i64
  %72 = mul nsw i64 %71, 15
  %73 = add nsw i64 %72, %68
  %74 = getelementptr inbounds i8, ptr %0, i64 60
  %75 = load i32, ptr %74, align 4, !tbaa !12
  %76 = sext i32 %75 to i64
  %77 = shl nsw i64 %76, 4
  %78 = add nsw i64 %77, %73
  ret i64 %78
}

; Function Attrs: noinline noreturn nounwind uwtable
define internal fastcc void @finish(i64 noundef %0) unnamed_addr #6 {
  %2 = add nsw i64 %0, 1000000
  %3 = inttoptr i64 %2 to ptr
  tail call void @pthread_exit(ptr noundef %3) #11
  unreachable
}

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #8 {
  %3 = load i32, ptr %0, align 4, !tbaa !12
  %4 = load i32, ptr %1, align 4, !tbaa !12
  %5 = icmp slt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp sgt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: noreturn
declare void @pthread_exit(ptr noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nofree "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nounwind }
attributes #11 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !8, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = !{!8, !8, i64 0}
