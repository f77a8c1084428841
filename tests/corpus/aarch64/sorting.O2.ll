; ModuleID = 'sorting.c'
source_filename = "sorting.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.anon = type { ptr, ptr }

@.str = private unnamed_addr constant [10 x i8] c"insertion\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"shell\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"merge\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"heap\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"counting\00", align 1
@__const.main.algos = private unnamed_addr constant [6 x %struct.anon] [%struct.anon { ptr @.str, ptr @insertion }, %struct.anon { ptr @.str.1, ptr @shell }, %struct.anon { ptr @.str.2, ptr @merge_sort }, %struct.anon { ptr @.str.3, ptr @quick_sort }, %struct.anon { ptr @.str.4, ptr @heap_sort }, %struct.anon { ptr @.str.5, ptr @counting }], align 8
@.str.6 = private unnamed_addr constant [52 x i8] c"%-9s sorted=%d first=%d median=%d last=%d hash=%lu\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 4
  %2 = alloca [200 x i32], align 4
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #11
  br label %6

3:                                                ; preds = %6
  %4 = getelementptr inbounds i8, ptr %2, i64 400
  %5 = getelementptr inbounds i8, ptr %2, i64 796
  br label %19

6:                                                ; preds = %0, %6
  %7 = phi i64 [ 0, %0 ], [ %16, %6 ]
  %8 = phi i32 [ 42, %0 ], [ %10, %6 ]
  %9 = mul i32 %8, 1664525
  %10 = add i32 %9, 1013904223
  %11 = lshr i32 %10, 16
  %12 = trunc nuw i32 %11 to i16
  %13 = urem i16 %12, 1000
  %14 = zext nneg i16 %13 to i32
  %15 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %7
  store i32 %14, ptr %15, align 4, !tbaa !6
  %16 = add nuw nsw i64 %7, 1
  %17 = icmp eq i64 %16, 200
  br i1 %17, label %3, label %6, !llvm.loop !10

18:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #11
  ret i32 0

19:                                               ; preds = %26, %3
  %20 = phi i64 [ 0, %3 ], [ %31, %26 ]
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %2) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(800) %2, ptr noundef nonnull align 4 dereferenceable(800) %1, i64 800, i1 false)
  %21 = getelementptr inbounds [6 x %struct.anon], ptr @__const.main.algos, i64 0, i64 %20
  %22 = getelementptr inbounds i8, ptr %21, i64 8
  %23 = load ptr, ptr %22, align 8, !tbaa !12
  call void %23(ptr noundef nonnull %2, i32 noundef 200) #11
  %24 = load i32, ptr %2, align 4, !tbaa !6
  %25 = zext i32 %24 to i64
  br label %33

26:                                               ; preds = %33
  %27 = load ptr, ptr %21, align 8, !tbaa !15
  %28 = load i32, ptr %4, align 4, !tbaa !6
  %29 = load i32, ptr %5, align 4, !tbaa !6
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %27, i32 noundef %41, i32 noundef %24, i32 noundef %28, i32 noundef %29, i64 noundef %44)
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %2) #11
  %31 = add nuw nsw i64 %20, 1
  %32 = icmp eq i64 %31, 6
  br i1 %32, label %18, label %19, !llvm.loop !16

33:                                               ; preds = %19, %33
  %34 = phi i32 [ %24, %19 ], [ %39, %33 ]
  %35 = phi i64 [ 1, %19 ], [ %45, %33 ]
  %36 = phi i64 [ %25, %19 ], [ %44, %33 ]
  %37 = phi i32 [ 1, %19 ], [ %41, %33 ]
  %38 = getelementptr inbounds [200 x i32], ptr %2, i64 0, i64 %35
  %39 = load i32, ptr %38, align 4, !tbaa !6
  %40 = icmp sgt i32 %34, %39
  %41 = select i1 %40, i32 0, i32 %37
  %42 = mul i64 %36, 31
  %43 = zext i32 %39 to i64
  %44 = add i64 %42, %43
  %45 = add nuw nsw i64 %35, 1
  %46 = icmp eq i64 %45, 200
  br i1 %46, label %26, label %33, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal void @insertion(ptr nocapture noundef %0, i32 noundef %1) #2 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %7

6:                                                ; preds = %21, %2
  ret void

7:                                                ; preds = %4, %21
  %8 = phi i64 [ 1, %4 ], [ %26, %21 ]
  %9 = getelementptr inbounds i32, ptr %0, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !6
  br label %11

11:                                               ; preds = %7, %18
  %12 = phi i64 [ %8, %7 ], [ %13, %18 ]
  %13 = add nsw i64 %12, -1
  %14 = and i64 %13, 4294967295
  %15 = getelementptr inbounds i32, ptr %0, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !6
  %17 = icmp sgt i32 %16, %10
  br i1 %17, label %18, label %21

18:                                               ; preds = %11
  %19 = getelementptr inbounds i32, ptr %0, i64 %12
  store i32 %16, ptr %19, align 4, !tbaa !6
  %20 = icmp sgt i64 %12, 1
  br i1 %20, label %11, label %21, !llvm.loop !19

21:                                               ; preds = %18, %11
  %22 = phi i64 [ 0, %18 ], [ %12, %11 ]
  %23 = shl i64 %22, 32
  %24 = ashr exact i64 %23, 30
  %25 = getelementptr inbounds i8, ptr %0, i64 %24
  store i32 %10, ptr %25, align 4, !tbaa !6
  %26 = add nuw nsw i64 %8, 1
  %27 = icmp eq i64 %26, %5
  br i1 %27, label %6, label %7, !llvm.loop !20
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal void @shell(ptr nocapture noundef %0, i32 noundef %1) #2 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %8

4:                                                ; preds = %2, %12
  %5 = phi i32 [ %6, %12 ], [ %1, %2 ]
  %6 = lshr i32 %5, 1
  %7 = icmp slt i32 %6, %1
  br i1 %7, label %9, label %12

8:                                                ; preds = %12, %2
  ret void

9:                                                ; preds = %4, %24
  %10 = phi i32 [ %25, %24 ], [ %6, %4 ]
  %11 = icmp ult i32 %10, %6
  br i1 %11, label %24, label %14

12:                                               ; preds = %24, %4
  %13 = icmp ult i32 %5, 4
  br i1 %13, label %8, label %4, !llvm.loop !21

14:                                               ; preds = %9, %27
  %15 = phi i32 [ %16, %27 ], [ %10, %9 ]
  %16 = sub nsw i32 %15, %6
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !6
  %20 = zext nneg i32 %15 to i64
  %21 = getelementptr inbounds i32, ptr %0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !6
  %23 = icmp sgt i32 %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %14, %27, %9
  %25 = add nuw nsw i32 %10, 1
  %26 = icmp eq i32 %25, %1
  br i1 %26, label %12, label %9, !llvm.loop !22

27:                                               ; preds = %14
  store i32 %19, ptr %21, align 4, !tbaa !6
  store i32 %22, ptr %18, align 4, !tbaa !6
  %28 = icmp slt i32 %16, %6
  br i1 %28, label %24, label %14, !llvm.loop !23
}

; Function Attrs: nounwind uwtable
define internal void @merge_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = sext i32 %1 to i64
  %4 = shl nsw i64 %3, 2
  %5 = tail call noalias ptr @malloc(i64 noundef %4) #12
  tail call fastcc void @merge_rec(ptr noundef %0, ptr noundef %5, i32 noundef 0, i32 noundef %1)
  tail call void @free(ptr noundef %5) #11
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal void @quick_sort(ptr nocapture noundef %0, i32 noundef %1) #3 {
  %3 = add nsw i32 %1, -1
  tail call fastcc void @quick(ptr noundef %0, i32 noundef 0, i32 noundef %3)
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal void @heap_sort(ptr nocapture noundef %0, i32 noundef %1) #4 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %53

4:                                                ; preds = %2
  %5 = lshr i32 %1, 1
  br label %11

6:                                                ; preds = %41
  %7 = icmp sgt i32 %12, 1
  br i1 %7, label %11, label %8, !llvm.loop !24

8:                                                ; preds = %6
  br i1 %3, label %9, label %53

9:                                                ; preds = %8
  %10 = zext nneg i32 %1 to i64
  br label %54

11:                                               ; preds = %4, %6
  %12 = phi i32 [ %13, %6 ], [ %5, %4 ]
  %13 = add nsw i32 %12, -1
  br label %14

14:                                               ; preds = %44, %11
  %15 = phi i32 [ %13, %11 ], [ %42, %44 ]
  %16 = shl nsw i32 %15, 1
  %17 = or disjoint i32 %16, 1
  %18 = add nsw i32 %16, 2
  %19 = icmp slt i32 %17, %1
  br i1 %19, label %20, label %29

20:                                               ; preds = %14
  %21 = sext i32 %17 to i64
  %22 = getelementptr inbounds i32, ptr %0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !6
  %24 = sext i32 %15 to i64
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = icmp sgt i32 %23, %26
  %28 = select i1 %27, i32 %17, i32 %15
  br label %29

29:                                               ; preds = %20, %14
  %30 = phi i32 [ %15, %14 ], [ %28, %20 ]
  %31 = icmp slt i32 %18, %1
  br i1 %31, label %32, label %41

32:                                               ; preds = %29
  %33 = sext i32 %18 to i64
  %34 = getelementptr inbounds i32, ptr %0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !6
  %36 = sext i32 %30 to i64
  %37 = getelementptr inbounds i32, ptr %0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !6
  %39 = icmp sgt i32 %35, %38
  %40 = select i1 %39, i32 %18, i32 %30
  br label %41

41:                                               ; preds = %32, %29
  %42 = phi i32 [ %30, %29 ], [ %40, %32 ]
  %43 = icmp eq i32 %42, %15
  br i1 %43, label %6, label %44

44:                                               ; preds = %41
  %45 = sext i32 %15 to i64
  %46 = getelementptr inbounds i32, ptr %0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !6
  %48 = sext i32 %42 to i64
  %49 = getelementptr inbounds i32, ptr %0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !6
  store i32 %50, ptr %46, align 4, !tbaa !6
  store i32 %47, ptr %49, align 4, !tbaa !6
  br label %14

51:                                               ; preds = %89
  %52 = icmp sgt i64 %55, 2
  br i1 %52, label %54, label %53, !llvm.loop !25

53:                                               ; preds = %51, %2, %8
  ret void

54:                                               ; preds = %9, %51
  %55 = phi i64 [ %10, %9 ], [ %56, %51 ]
  %56 = add nsw i64 %55, -1
  br label %57

57:                                               ; preds = %92, %54
  %58 = phi i64 [ %95, %92 ], [ %56, %54 ]
  %59 = phi ptr [ %94, %92 ], [ %0, %54 ]
  %60 = phi i32 [ %90, %92 ], [ 0, %54 ]
  %61 = load i32, ptr %59, align 4, !tbaa !6
  %62 = getelementptr inbounds i32, ptr %0, i64 %58
  %63 = load i32, ptr %62, align 4, !tbaa !6
  store i32 %63, ptr %59, align 4, !tbaa !6
  store i32 %61, ptr %62, align 4, !tbaa !6
  %64 = shl nsw i32 %60, 1
  %65 = or disjoint i32 %64, 1
  %66 = add nsw i32 %64, 2
  %67 = sext i32 %65 to i64
  %68 = icmp sgt i64 %56, %67
  br i1 %68, label %69, label %77

69:                                               ; preds = %57
  %70 = getelementptr inbounds i32, ptr %0, i64 %67
  %71 = load i32, ptr %70, align 4, !tbaa !6
  %72 = sext i32 %60 to i64
  %73 = getelementptr inbounds i32, ptr %0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !6
  %75 = icmp sgt i32 %71, %74
  %76 = select i1 %75, i32 %65, i32 %60
  br label %77

77:                                               ; preds = %69, %57
  %78 = phi i32 [ %60, %57 ], [ %76, %69 ]
  %79 = sext i32 %66 to i64
  %80 = icmp sgt i64 %56, %79
  br i1 %80, label %81, label %89

81:                                               ; preds = %77
  %82 = getelementptr inbounds i32, ptr %0, i64 %79
  %83 = load i32, ptr %82, align 4, !tbaa !6
  %84 = sext i32 %78 to i64
  %85 = getelementptr inbounds i32, ptr %0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !6
  %87 = icmp sgt i32 %83, %86
  %88 = select i1 %87, i32 %66, i32 %78
  br label %89

89:                                               ; preds = %81, %77
  %90 = phi i32 [ %78, %77 ], [ %88, %81 ]
  %91 = icmp eq i32 %90, %60
  br i1 %91, label %51, label %92

92:                                               ; preds = %89
  %93 = sext i32 %60 to i64
  %94 = getelementptr inbounds i32, ptr %0, i64 %93
  %95 = sext i32 %90 to i64
  br label %57
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal void @counting(ptr nocapture noundef %0, i32 noundef %1) #2 {
  %3 = alloca [1000 x i32], align 4
  call void @llvm.lifetime.start.p0(i64 4000, ptr nonnull %3) #11
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(4000) %3, i8 0, i64 4000, i1 false)
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %17

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %7

7:                                                ; preds = %5, %7
  %8 = phi i64 [ 0, %5 ], [ %15, %7 ]
  %9 = getelementptr inbounds i32, ptr %0, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !6
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %12, align 4, !tbaa !6
  %15 = add nuw nsw i64 %8, 1
  %16 = icmp eq i64 %15, %6
  br i1 %16, label %17, label %7, !llvm.loop !26

17:                                               ; preds = %7, %2
  br label %18

18:                                               ; preds = %17, %37
  %19 = phi i64 [ %39, %37 ], [ 0, %17 ]
  %20 = phi i32 [ %38, %37 ], [ 0, %17 ]
  %21 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %19
  %22 = load i32, ptr %21, align 4, !tbaa !6
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %37, label %24

24:                                               ; preds = %18
  %25 = sext i32 %20 to i64
  %26 = trunc nuw nsw i64 %19 to i32
  br label %28

27:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(i64 4000, ptr nonnull %3) #11
  ret void

28:                                               ; preds = %24, %28
  %29 = phi i64 [ %25, %24 ], [ %32, %28 ]
  %30 = phi i32 [ %22, %24 ], [ %31, %28 ]
  %31 = add nsw i32 %30, -1
  %32 = add nsw i64 %29, 1
  %33 = getelementptr inbounds i32, ptr %0, i64 %29
  store i32 %26, ptr %33, align 4, !tbaa !6
  %34 = icmp eq i32 %31, 0
  br i1 %34, label %35, label %28, !llvm.loop !27

35:                                               ; preds = %28
  %36 = trunc nsw i64 %32 to i32
  br label %37

37:                                               ; preds = %35, %18
  %38 = phi i32 [ %20, %18 ], [ %36, %35 ]
  store i32 -1, ptr %21, align 4, !tbaa !6
  %39 = add nuw nsw i64 %19, 1
  %40 = icmp eq i64 %39, 1000
  br i1 %40, label %27, label %18, !llvm.loop !28
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #3 {
  %5 = sub nsw i32 %3, %2
  %6 = icmp slt i32 %5, 2
  br i1 %6, label %81, label %7

7:                                                ; preds = %4
  %8 = add nsw i32 %3, %2
  %9 = sdiv i32 %8, 2
  tail call fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %9)
  tail call fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %9, i32 noundef %3)
  %10 = icmp sgt i32 %9, %2
  %11 = icmp slt i32 %9, %3
  %12 = and i1 %10, %11
  br i1 %12, label %13, label %17

13:                                               ; preds = %7
  %14 = sext i32 %2 to i64
  br label %26

15:                                               ; preds = %26
  %16 = trunc nsw i64 %43 to i32
  br label %17

17:                                               ; preds = %15, %7
  %18 = phi i32 [ %2, %7 ], [ %38, %15 ]
  %19 = phi i32 [ %9, %7 ], [ %41, %15 ]
  %20 = phi i32 [ %2, %7 ], [ %16, %15 ]
  %21 = icmp slt i32 %18, %9
  br i1 %21, label %22, label %50

22:                                               ; preds = %17
  %23 = sext i32 %20 to i64
  %24 = sext i32 %18 to i64
  %25 = sext i32 %9 to i64
  br label %57

26:                                               ; preds = %13, %26
  %27 = phi i64 [ %14, %13 ], [ %43, %26 ]
  %28 = phi i32 [ %9, %13 ], [ %41, %26 ]
  %29 = phi i32 [ %2, %13 ], [ %38, %26 ]
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !6
  %33 = sext i32 %28 to i64
  %34 = getelementptr inbounds i32, ptr %0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !6
  %36 = icmp sle i32 %32, %35
  %37 = zext i1 %36 to i32
  %38 = add nsw i32 %29, %37
  %39 = xor i1 %36, true
  %40 = zext i1 %39 to i32
  %41 = add nsw i32 %28, %40
  %42 = tail call i32 @llvm.smin.i32(i32 %32, i32 %35)
  %43 = add nsw i64 %27, 1
  %44 = getelementptr inbounds i32, ptr %1, i64 %27
  store i32 %42, ptr %44, align 4, !tbaa !6
  %45 = icmp slt i32 %38, %9
  %46 = icmp slt i32 %41, %3
  %47 = select i1 %45, i1 %46, i1 false
  br i1 %47, label %26, label %15, !llvm.loop !29

48:                                               ; preds = %57
  %49 = trunc nsw i64 %63 to i32
  br label %50

50:                                               ; preds = %48, %17
  %51 = phi i32 [ %20, %17 ], [ %49, %48 ]
  %52 = icmp slt i32 %19, %3
  br i1 %52, label %53, label %75

53:                                               ; preds = %50
  %54 = sext i32 %51 to i64
  %55 = sext i32 %19 to i64
  %56 = sext i32 %3 to i64
  br label %66

57:                                               ; preds = %22, %57
  %58 = phi i64 [ %24, %22 ], [ %60, %57 ]
  %59 = phi i64 [ %23, %22 ], [ %63, %57 ]
  %60 = add nsw i64 %58, 1
  %61 = getelementptr inbounds i32, ptr %0, i64 %58
  %62 = load i32, ptr %61, align 4, !tbaa !6
  %63 = add nsw i64 %59, 1
  %64 = getelementptr inbounds i32, ptr %1, i64 %59
  store i32 %62, ptr %64, align 4, !tbaa !6
  %65 = icmp eq i64 %60, %25
  br i1 %65, label %48, label %57, !llvm.loop !30

66:                                               ; preds = %53, %66
  %67 = phi i64 [ %55, %53 ], [ %69, %66 ]
  %68 = phi i64 [ %54, %53 ], [ %72, %66 ]
  %69 = add nsw i64 %67, 1
  %70 = getelementptr inbounds i32, ptr %0, i64 %67
  %71 = load i32, ptr %70, align 4, !tbaa !6
  %72 = add nsw i64 %68, 1
  %73 = getelementptr inbounds i32, ptr %1, i64 %68
  store i32 %71, ptr %73, align 4, !tbaa !6
  %74 = icmp eq i64 %69, %56
  br i1 %74, label %75, label %66, !llvm.loop !31

75:                                               ; preds = %66, %50
  %76 = sext i32 %2 to i64
  %77 = getelementptr inbounds i32, ptr %0, i64 %76
  %78 = getelementptr inbounds i32, ptr %1, i64 %76
  %79 = zext nneg i32 %5 to i64
  %80 = shl nuw nsw i64 %79, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %77, ptr align 4 %78, i64 %80, i1 false)
  br label %81

81:                                               ; preds = %4, %75
  ret void
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @quick(ptr nocapture noundef %0, i32 noundef %1, i32 noundef %2) unnamed_addr #3 {
  %4 = icmp slt i32 %1, %2
  br i1 %4, label %5, label %35

5:                                                ; preds = %3
  %6 = sext i32 %2 to i64
  %7 = getelementptr inbounds i32, ptr %0, i64 %6
  br label %8

8:                                                ; preds = %5, %12
  %9 = phi i32 [ %1, %5 ], [ %18, %12 ]
  %10 = load i32, ptr %7, align 4, !tbaa !6
  %11 = sext i32 %9 to i64
  br label %20

12:                                               ; preds = %31
  %13 = sext i32 %32 to i64
  %14 = getelementptr inbounds i32, ptr %0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !6
  %16 = load i32, ptr %7, align 4, !tbaa !6
  store i32 %16, ptr %14, align 4, !tbaa !6
  store i32 %15, ptr %7, align 4, !tbaa !6
  %17 = add nsw i32 %32, -1
  tail call fastcc void @quick(ptr noundef nonnull %0, i32 noundef %9, i32 noundef %17)
  %18 = add nsw i32 %32, 1
  %19 = icmp slt i32 %18, %2
  br i1 %19, label %8, label %35

20:                                               ; preds = %8, %31
  %21 = phi i64 [ %11, %8 ], [ %33, %31 ]
  %22 = phi i32 [ %9, %8 ], [ %32, %31 ]
  %23 = getelementptr inbounds i32, ptr %0, i64 %21
  %24 = load i32, ptr %23, align 4, !tbaa !6
  %25 = icmp slt i32 %24, %10
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  %27 = sext i32 %22 to i64
  %28 = getelementptr inbounds i32, ptr %0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !6
  store i32 %24, ptr %28, align 4, !tbaa !6
  store i32 %29, ptr %23, align 4, !tbaa !6
  %30 = add nsw i32 %22, 1
  br label %31

31:                                               ; preds = %20, %26
  %32 = phi i32 [ %30, %26 ], [ %22, %20 ]
  %33 = add nsw i64 %21, 1
  %34 = icmp slt i64 %33, %6
  br i1 %34, label %20, label %12, !llvm.loop !32

35:                                               ; preds = %12, %3
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #10

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { nounwind }
attributes #12 = { nounwind allocsize(0) }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !14, i64 8}
!13 = !{!"", !14, i64 0, !14, i64 8}
!14 = !{!"any pointer", !8, i64 0}
!15 = !{!13, !14, i64 0}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11, !18}
!18 = !{!"llvm.loop.peeled.count", i32 1}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
!22 = distinct !{!22, !11}
!23 = distinct !{!23, !11}
!24 = distinct !{!24, !11}
!25 = distinct !{!25, !11}
!26 = distinct !{!26, !11}
!27 = distinct !{!27, !11}
!28 = distinct !{!28, !11}
!29 = distinct !{!29, !11}
!30 = distinct !{!30, !11}
!31 = distinct !{!31, !11}
!32 = distinct !{!32, !11}
