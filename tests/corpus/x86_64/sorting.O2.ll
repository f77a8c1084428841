; ModuleID = 'sorting.c'
source_filename = "sorting.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { ptr, ptr }

@.str = private unnamed_addr constant [10 x i8] c"insertion\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"shell\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"merge\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"heap\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"counting\00", align 1
@__const.main.algos = private unnamed_addr constant [6 x %struct.anon] [%struct.anon { ptr @.str, ptr @insertion }, %struct.anon { ptr @.str.1, ptr @shell }, %struct.anon { ptr @.str.2, ptr @merge_sort }, %struct.anon { ptr @.str.3, ptr @quick_sort }, %struct.anon { ptr @.str.4, ptr @heap_sort }, %struct.anon { ptr @.str.5, ptr @counting }], align 16
@.str.6 = private unnamed_addr constant [52 x i8] c"%-9s sorted=%d first=%d median=%d last=%d hash=%lu\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  %2 = alloca [200 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #11
  br label %6

3:                                                ; preds = %6
  %4 = getelementptr inbounds i8, ptr %2, i64 400
  %5 = getelementptr inbounds i8, ptr %2, i64 796
  br label %27

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %24, %6 ]
  %8 = phi i32 [ 42, %0 ], [ %18, %6 ]
  %9 = mul i32 %8, 1664525
  %10 = add i32 %9, 1013904223
  %11 = lshr i32 %10, 16
  %12 = trunc nuw i32 %11 to i16
  %13 = urem i16 %12, 1000
  %14 = zext nneg i16 %13 to i32
  %15 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %7
  store i32 %14, ptr %15, align 8, !tbaa !5
  %16 = or disjoint i64 %7, 1
  %17 = mul i32 %10, 1664525
  %18 = add i32 %17, 1013904223
  %19 = lshr i32 %18, 16
  %20 = trunc nuw i32 %19 to i16
  %21 = urem i16 %20, 1000
  %22 = zext nneg i16 %21 to i32
  %23 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %16
  store i32 %22, ptr %23, align 4, !tbaa !5
  %24 = add nuw nsw i64 %7, 2
  %25 = icmp eq i64 %24, 200
  br i1 %25, label %3, label %6, !llvm.loop !9

26:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #11
  ret i32 0

27:                                               ; preds = %34, %3
  %28 = phi i64 [ 0, %3 ], [ %39, %34 ]
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %2) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(800) %2, ptr noundef nonnull align 16 dereferenceable(800) %1, i64 800, i1 false)
  %29 = getelementptr inbounds [6 x %struct.anon], ptr @__const.main.algos, i64 0, i64 %28
  %30 = getelementptr inbounds i8, ptr %29, i64 8
  %31 = load ptr, ptr %30, align 8, !tbaa !11
  call void %31(ptr noundef nonnull %2, i32 noundef 200) #11
  %32 = load i32, ptr %2, align 16, !tbaa !5
  %33 = zext i32 %32 to i64
  br label %41

34:                                               ; preds = %41
  %35 = load ptr, ptr %29, align 16, !tbaa !14
  %36 = load i32, ptr %4, align 16, !tbaa !5
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %35, i32 noundef %65, i32 noundef %32, i32 noundef %36, i32 noundef %37, i64 noundef %68)
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %2) #11
  %39 = add nuw nsw i64 %28, 1
  %40 = icmp eq i64 %39, 6
  br i1 %40, label %26, label %27, !llvm.loop !15

41:                                               ; preds = %71, %27
  %42 = phi i32 [ %32, %27 ], [ %73, %71 ]
  %43 = phi i64 [ 1, %27 ], [ %79, %71 ]
  %44 = phi i64 [ %33, %27 ], [ %78, %71 ]
  %45 = phi i32 [ 1, %27 ], [ %75, %71 ]
  %46 = getelementptr inbounds [200 x i32], ptr %2, i64 0, i64 %43
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = icmp sgt i32 %42, %47
  %49 = mul i64 %44, 31
  %50 = zext i32 %47 to i64
  %51 = add i64 %49, %50
  %52 = add nuw nsw i64 %43, 1
  %53 = getelementptr inbounds [200 x i32], ptr %2, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = icmp sgt i32 %47, %54
  %56 = mul i64 %51, 31
  %57 = zext i32 %54 to i64
  %58 = add i64 %56, %57
  %59 = add nuw nsw i64 %43, 2
  %60 = getelementptr inbounds [200 x i32], ptr %2, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = icmp sgt i32 %54, %61
  %63 = select i1 %62, i1 true, i1 %55
  %64 = select i1 %63, i1 true, i1 %48
  %65 = select i1 %64, i32 0, i32 %45
  %66 = mul i64 %58, 31
  %67 = zext i32 %61 to i64
  %68 = add i64 %66, %67
  %69 = add nuw nsw i64 %43, 3
  %70 = icmp eq i64 %69, 200
  br i1 %70, label %34, label %71, !llvm.loop !16

71:                                               ; preds = %41
  %72 = getelementptr inbounds [200 x i32], ptr %2, i64 0, i64 %69
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = icmp sgt i32 %61, %73
  %75 = select i1 %74, i32 0, i32 %65
  %76 = mul i64 %68, 31
  %77 = zext i32 %73 to i64
  %78 = add i64 %76, %77
  %79 = add nuw nsw i64 %43, 4
  br label %41
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
  %10 = load i32, ptr %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %7, %18
  %12 = phi i64 [ %8, %7 ], [ %13, %18 ]
  %13 = add nsw i64 %12, -1
  %14 = and i64 %13, 4294967295
  %15 = getelementptr inbounds i32, ptr %0, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = icmp sgt i32 %16, %10
  br i1 %17, label %18, label %21

18:                                               ; preds = %11
  %19 = getelementptr inbounds i32, ptr %0, i64 %12
  store i32 %16, ptr %19, align 4, !tbaa !5
  %20 = icmp sgt i64 %12, 1
  br i1 %20, label %11, label %21, !llvm.loop !18

21:                                               ; preds = %18, %11
  %22 = phi i64 [ 0, %18 ], [ %12, %11 ]
  %23 = shl i64 %22, 32
  %24 = ashr exact i64 %23, 30
  %25 = getelementptr inbounds i8, ptr %0, i64 %24
  store i32 %10, ptr %25, align 4, !tbaa !5
  %26 = add nuw nsw i64 %8, 1
  %27 = icmp eq i64 %26, %5
  br i1 %27, label %6, label %7, !llvm.loop !19
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
  br i1 %13, label %8, label %4, !llvm.loop !20

14:                                               ; preds = %9, %27
  %15 = phi i32 [ %16, %27 ], [ %10, %9 ]
  %16 = sub nsw i32 %15, %6
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = zext nneg i32 %15 to i64
  %21 = getelementptr inbounds i32, ptr %0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = icmp sgt i32 %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %14, %27, %9
  %25 = add nuw nsw i32 %10, 1
  %26 = icmp eq i32 %25, %1
  br i1 %26, label %12, label %9, !llvm.loop !21

27:                                               ; preds = %14
  store i32 %19, ptr %21, align 4, !tbaa !5
  store i32 %22, ptr %18, align 4, !tbaa !5
  %28 = icmp slt i32 %16, %6
  br i1 %28, label %24, label %14, !llvm.loop !22
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
  br i1 %7, label %11, label %8, !llvm.loop !23

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
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = sext i32 %15 to i64
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !5
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
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = sext i32 %30 to i64
  %37 = getelementptr inbounds i32, ptr %0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
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
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = sext i32 %42 to i64
  %49 = getelementptr inbounds i32, ptr %0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  store i32 %50, ptr %46, align 4, !tbaa !5
  store i32 %47, ptr %49, align 4, !tbaa !5
  br label %14

51:                                               ; preds = %89
  %52 = icmp sgt i64 %55, 2
  br i1 %52, label %54, label %53, !llvm.loop !24

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
  %61 = load i32, ptr %59, align 4, !tbaa !5
  %62 = getelementptr inbounds i32, ptr %0, i64 %58
  %63 = load i32, ptr %62, align 4, !tbaa !5
  store i32 %63, ptr %59, align 4, !tbaa !5
  store i32 %61, ptr %62, align 4, !tbaa !5
  %64 = shl nsw i32 %60, 1
  %65 = or disjoint i32 %64, 1
  %66 = add nsw i32 %64, 2
  %67 = sext i32 %65 to i64
  %68 = icmp sgt i64 %56, %67
  br i1 %68, label %69, label %77

69:                                               ; preds = %57
  %70 = getelementptr inbounds i32, ptr %0, i64 %67
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = sext i32 %60 to i64
  %73 = getelementptr inbounds i32, ptr %0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
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
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = sext i32 %78 to i64
  %85 = getelementptr inbounds i32, ptr %0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
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
  %3 = alloca [1000 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 4000, ptr nonnull %3) #11
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(4000) %3, i8 0, i64 4000, i1 false)
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %59

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  %7 = and i64 %6, 3
  %8 = icmp ult i32 %1, 4
  br i1 %8, label %44, label %9

9:                                                ; preds = %5
  %10 = and i64 %6, 2147483644
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %41, %11 ]
  %13 = phi i64 [ 0, %9 ], [ %42, %11 ]
  %14 = getelementptr inbounds i32, ptr %0, i64 %12
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %17, align 4, !tbaa !5
  %20 = or disjoint i64 %12, 1
  %21 = getelementptr inbounds i32, ptr %0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %24, align 4, !tbaa !5
  %27 = or disjoint i64 %12, 2
  %28 = getelementptr inbounds i32, ptr %0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %31, align 4, !tbaa !5
  %34 = or disjoint i64 %12, 3
  %35 = getelementptr inbounds i32, ptr %0, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %38, align 4, !tbaa !5
  %41 = add nuw nsw i64 %12, 4
  %42 = add i64 %13, 4
  %43 = icmp eq i64 %42, %10
  br i1 %43, label %44, label %11, !llvm.loop !25

44:                                               ; preds = %11, %5
  %45 = phi i64 [ 0, %5 ], [ %41, %11 ]
  %46 = icmp eq i64 %7, 0
  br i1 %46, label %59, label %47

47:                                               ; preds = %44, %47
  %48 = phi i64 [ %56, %47 ], [ %45, %44 ]
  %49 = phi i64 [ %57, %47 ], [ 0, %44 ]
  %50 = getelementptr inbounds i32, ptr %0, i64 %48
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %53, align 4, !tbaa !5
  %56 = add nuw nsw i64 %48, 1
  %57 = add i64 %49, 1
  %58 = icmp eq i64 %57, %7
  br i1 %58, label %59, label %47, !llvm.loop !26

59:                                               ; preds = %44, %47, %2
  %60 = getelementptr i8, ptr %0, i64 4
  %61 = getelementptr i8, ptr %0, i64 8
  %62 = getelementptr i8, ptr %0, i64 12
  br label %63

63:                                               ; preds = %59, %102
  %64 = phi i64 [ %104, %102 ], [ 0, %59 ]
  %65 = phi i32 [ %103, %102 ], [ 0, %59 ]
  %66 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %64
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %102, label %69

69:                                               ; preds = %63
  %70 = sext i32 %65 to i64
  %71 = trunc nuw nsw i64 %64 to i32
  %72 = and i32 %67, 3
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %83, label %74

74:                                               ; preds = %69, %74
  %75 = phi i64 [ %79, %74 ], [ %70, %69 ]
  %76 = phi i32 [ %78, %74 ], [ %67, %69 ]
  %77 = phi i32 [ %81, %74 ], [ 0, %69 ]
  %78 = add nsw i32 %76, -1
  %79 = add nsw i64 %75, 1
  %80 = getelementptr inbounds i32, ptr %0, i64 %75
  store i32 %71, ptr %80, align 4, !tbaa !5
  %81 = add i32 %77, 1
  %82 = icmp eq i32 %81, %72
  br i1 %82, label %83, label %74, !llvm.loop !28

83:                                               ; preds = %74, %69
  %84 = phi i64 [ poison, %69 ], [ %79, %74 ]
  %85 = phi i64 [ %70, %69 ], [ %79, %74 ]
  %86 = phi i32 [ %67, %69 ], [ %78, %74 ]
  %87 = icmp ult i32 %67, 4
  br i1 %87, label %99, label %89

88:                                               ; preds = %102
  call void @llvm.lifetime.end.p0(i64 4000, ptr nonnull %3) #11
  ret void

89:                                               ; preds = %83, %89
  %90 = phi i64 [ %96, %89 ], [ %85, %83 ]
  %91 = phi i32 [ %95, %89 ], [ %86, %83 ]
  %92 = getelementptr inbounds i32, ptr %0, i64 %90
  store i32 %71, ptr %92, align 4, !tbaa !5
  %93 = getelementptr i32, ptr %60, i64 %90
  store i32 %71, ptr %93, align 4, !tbaa !5
  %94 = getelementptr i32, ptr %61, i64 %90
  store i32 %71, ptr %94, align 4, !tbaa !5
  %95 = add nsw i32 %91, -4
  %96 = add nsw i64 %90, 4
  %97 = getelementptr i32, ptr %62, i64 %90
  store i32 %71, ptr %97, align 4, !tbaa !5
  %98 = icmp eq i32 %95, 0
  br i1 %98, label %99, label %89, !llvm.loop !29

99:                                               ; preds = %89, %83
  %100 = phi i64 [ %84, %83 ], [ %96, %89 ]
  %101 = trunc nsw i64 %100 to i32
  br label %102

102:                                              ; preds = %99, %63
  %103 = phi i32 [ %65, %63 ], [ %101, %99 ]
  store i32 -1, ptr %66, align 4, !tbaa !5
  %104 = add nuw nsw i64 %64, 1
  %105 = icmp eq i64 %104, 1000
  br i1 %105, label %88, label %63, !llvm.loop !30
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
  br i1 %6, label %153, label %7

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
  br label %53

15:                                               ; preds = %53
  %16 = trunc nsw i64 %70 to i32
  br label %17

17:                                               ; preds = %15, %7
  %18 = phi i32 [ %2, %7 ], [ %65, %15 ]
  %19 = phi i32 [ %9, %7 ], [ %68, %15 ]
  %20 = phi i32 [ %2, %7 ], [ %16, %15 ]
  %21 = icmp slt i32 %18, %9
  br i1 %21, label %22, label %78

22:                                               ; preds = %17
  %23 = sext i32 %20 to i64
  %24 = sext i32 %18 to i64
  %25 = sext i32 %9 to i64
  %26 = sub nsw i64 %25, %24
  %27 = and i64 %26, 3
  %28 = icmp eq i64 %27, 0
  br i1 %28, label %40, label %29

29:                                               ; preds = %22, %29
  %30 = phi i64 [ %33, %29 ], [ %24, %22 ]
  %31 = phi i64 [ %36, %29 ], [ %23, %22 ]
  %32 = phi i64 [ %38, %29 ], [ 0, %22 ]
  %33 = add nsw i64 %30, 1
  %34 = getelementptr inbounds i32, ptr %0, i64 %30
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = add nsw i64 %31, 1
  %37 = getelementptr inbounds i32, ptr %1, i64 %31
  store i32 %35, ptr %37, align 4, !tbaa !5
  %38 = add i64 %32, 1
  %39 = icmp eq i64 %38, %27
  br i1 %39, label %40, label %29, !llvm.loop !31

40:                                               ; preds = %29, %22
  %41 = phi i64 [ poison, %22 ], [ %36, %29 ]
  %42 = phi i64 [ %24, %22 ], [ %33, %29 ]
  %43 = phi i64 [ %23, %22 ], [ %36, %29 ]
  %44 = sub nsw i64 %24, %25
  %45 = icmp ugt i64 %44, -4
  br i1 %45, label %75, label %46

46:                                               ; preds = %40
  %47 = getelementptr i8, ptr %0, i64 4
  %48 = getelementptr i8, ptr %1, i64 4
  %49 = getelementptr i8, ptr %0, i64 8
  %50 = getelementptr i8, ptr %1, i64 8
  %51 = getelementptr i8, ptr %0, i64 12
  %52 = getelementptr i8, ptr %1, i64 12
  br label %111

53:                                               ; preds = %13, %53
  %54 = phi i64 [ %14, %13 ], [ %70, %53 ]
  %55 = phi i32 [ %9, %13 ], [ %68, %53 ]
  %56 = phi i32 [ %2, %13 ], [ %65, %53 ]
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = sext i32 %55 to i64
  %61 = getelementptr inbounds i32, ptr %0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = icmp sle i32 %59, %62
  %64 = zext i1 %63 to i32
  %65 = add nsw i32 %56, %64
  %66 = xor i1 %63, true
  %67 = zext i1 %66 to i32
  %68 = add nsw i32 %55, %67
  %69 = tail call i32 @llvm.smin.i32(i32 %59, i32 %62)
  %70 = add nsw i64 %54, 1
  %71 = getelementptr inbounds i32, ptr %1, i64 %54
  store i32 %69, ptr %71, align 4, !tbaa !5
  %72 = icmp slt i32 %65, %9
  %73 = icmp slt i32 %68, %3
  %74 = select i1 %72, i1 %73, i1 false
  br i1 %74, label %53, label %15, !llvm.loop !32

75:                                               ; preds = %111, %40
  %76 = phi i64 [ %41, %40 ], [ %126, %111 ]
  %77 = trunc nsw i64 %76 to i32
  br label %78

78:                                               ; preds = %75, %17
  %79 = phi i32 [ %20, %17 ], [ %77, %75 ]
  %80 = icmp slt i32 %19, %3
  br i1 %80, label %81, label %147

81:                                               ; preds = %78
  %82 = sext i32 %79 to i64
  %83 = sext i32 %19 to i64
  %84 = sext i32 %3 to i64
  %85 = sub nsw i64 %84, %83
  %86 = and i64 %85, 3
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %99, label %88

88:                                               ; preds = %81, %88
  %89 = phi i64 [ %92, %88 ], [ %83, %81 ]
  %90 = phi i64 [ %95, %88 ], [ %82, %81 ]
  %91 = phi i64 [ %97, %88 ], [ 0, %81 ]
  %92 = add nsw i64 %89, 1
  %93 = getelementptr inbounds i32, ptr %0, i64 %89
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = add nsw i64 %90, 1
  %96 = getelementptr inbounds i32, ptr %1, i64 %90
  store i32 %94, ptr %96, align 4, !tbaa !5
  %97 = add i64 %91, 1
  %98 = icmp eq i64 %97, %86
  br i1 %98, label %99, label %88, !llvm.loop !33

99:                                               ; preds = %88, %81
  %100 = phi i64 [ %83, %81 ], [ %92, %88 ]
  %101 = phi i64 [ %82, %81 ], [ %95, %88 ]
  %102 = sub nsw i64 %83, %84
  %103 = icmp ugt i64 %102, -4
  br i1 %103, label %147, label %104

104:                                              ; preds = %99
  %105 = getelementptr i8, ptr %0, i64 4
  %106 = getelementptr i8, ptr %1, i64 4
  %107 = getelementptr i8, ptr %0, i64 8
  %108 = getelementptr i8, ptr %1, i64 8
  %109 = getelementptr i8, ptr %0, i64 12
  %110 = getelementptr i8, ptr %1, i64 12
  br label %129

111:                                              ; preds = %111, %46
  %112 = phi i64 [ %42, %46 ], [ %123, %111 ]
  %113 = phi i64 [ %43, %46 ], [ %126, %111 ]
  %114 = getelementptr inbounds i32, ptr %0, i64 %112
  %115 = load i32, ptr %114, align 4, !tbaa !5
  %116 = getelementptr inbounds i32, ptr %1, i64 %113
  store i32 %115, ptr %116, align 4, !tbaa !5
  %117 = getelementptr i32, ptr %47, i64 %112
  %118 = load i32, ptr %117, align 4, !tbaa !5
  %119 = getelementptr i32, ptr %48, i64 %113
  store i32 %118, ptr %119, align 4, !tbaa !5
  %120 = getelementptr i32, ptr %49, i64 %112
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = getelementptr i32, ptr %50, i64 %113
  store i32 %121, ptr %122, align 4, !tbaa !5
  %123 = add nsw i64 %112, 4
  %124 = getelementptr i32, ptr %51, i64 %112
  %125 = load i32, ptr %124, align 4, !tbaa !5
  %126 = add nsw i64 %113, 4
  %127 = getelementptr i32, ptr %52, i64 %113
  store i32 %125, ptr %127, align 4, !tbaa !5
  %128 = icmp eq i64 %123, %25
  br i1 %128, label %75, label %111, !llvm.loop !34

129:                                              ; preds = %129, %104
  %130 = phi i64 [ %100, %104 ], [ %141, %129 ]
  %131 = phi i64 [ %101, %104 ], [ %144, %129 ]
  %132 = getelementptr inbounds i32, ptr %0, i64 %130
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = getelementptr inbounds i32, ptr %1, i64 %131
  store i32 %133, ptr %134, align 4, !tbaa !5
  %135 = getelementptr i32, ptr %105, i64 %130
  %136 = load i32, ptr %135, align 4, !tbaa !5
  %137 = getelementptr i32, ptr %106, i64 %131
  store i32 %136, ptr %137, align 4, !tbaa !5
  %138 = getelementptr i32, ptr %107, i64 %130
  %139 = load i32, ptr %138, align 4, !tbaa !5
  %140 = getelementptr i32, ptr %108, i64 %131
  store i32 %139, ptr %140, align 4, !tbaa !5
  %141 = add nsw i64 %130, 4
  %142 = getelementptr i32, ptr %109, i64 %130
  %143 = load i32, ptr %142, align 4, !tbaa !5
  %144 = add nsw i64 %131, 4
  %145 = getelementptr i32, ptr %110, i64 %131
  store i32 %143, ptr %145, align 4, !tbaa !5
  %146 = icmp eq i64 %141, %84
  br i1 %146, label %147, label %129, !llvm.loop !35

147:                                              ; preds = %99, %129, %78
  %148 = sext i32 %2 to i64
  %149 = getelementptr inbounds i32, ptr %0, i64 %148
  %150 = getelementptr inbounds i32, ptr %1, i64 %148
  %151 = zext nneg i32 %5 to i64
  %152 = shl nuw nsw i64 %151, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %149, ptr align 4 %150, i64 %152, i1 false)
  br label %153

153:                                              ; preds = %4, %147
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
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = sext i32 %9 to i64
  br label %20

12:                                               ; preds = %31
  %13 = sext i32 %32 to i64
  %14 = getelementptr inbounds i32, ptr %0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %16, ptr %14, align 4, !tbaa !5
  store i32 %15, ptr %7, align 4, !tbaa !5
  %17 = add nsw i32 %32, -1
  tail call fastcc void @quick(ptr noundef nonnull %0, i32 noundef %9, i32 noundef %17)
  %18 = add nsw i32 %32, 1
  %19 = icmp slt i32 %18, %2
  br i1 %19, label %8, label %35

20:                                               ; preds = %8, %31
  %21 = phi i64 [ %11, %8 ], [ %33, %31 ]
  %22 = phi i32 [ %9, %8 ], [ %32, %31 ]
  %23 = getelementptr inbounds i32, ptr %0, i64 %21
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = icmp slt i32 %24, %10
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  %27 = sext i32 %22 to i64
  %28 = getelementptr inbounds i32, ptr %0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  store i32 %24, ptr %28, align 4, !tbaa !5
  store i32 %29, ptr %23, align 4, !tbaa !5
  %30 = add nsw i32 %22, 1
  br label %31

31:                                               ; preds = %20, %26
  %32 = phi i32 [ %30, %26 ], [ %22, %20 ]
  %33 = add nsw i64 %21, 1
  %34 = icmp slt i64 %33, %6
  br i1 %34, label %20, label %12, !llvm.loop !36

35:                                               ; preds = %12, %3
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #10

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { nounwind }
attributes #12 = { nounwind allocsize(0) }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !13, i64 8}
!12 = !{!"", !13, i64 0, !13, i64 8}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!12, !13, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10, !17}
!17 = !{!"llvm.loop.peeled.count", i32 1}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !27}
!27 = !{!"llvm.loop.unroll.disable"}
!28 = distinct !{!28, !27}
!29 = distinct !{!29, !10}
!30 = distinct !{!30, !10}
!31 = distinct !{!31, !27}
!32 = distinct !{!32, !10}
!33 = distinct !{!33, !27}
!34 = distinct !{!34, !10}
!35 = distinct !{!35, !10}
!36 = distinct !{!36, !10}
