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
  br label %60

60:                                               ; preds = %59, %101
  %61 = phi i64 [ %103, %101 ], [ 0, %59 ]
  %62 = phi i32 [ %102, %101 ], [ 0, %59 ]
  %63 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %61
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %101, label %66

66:                                               ; preds = %60
  %67 = sext i32 %62 to i64
  %68 = trunc nuw nsw i64 %61 to i32
  %69 = zext i32 %64 to i64
  %70 = icmp ult i32 %64, 8
  br i1 %70, label %71, label %74

71:                                               ; preds = %88, %66
  %72 = phi i64 [ %67, %66 ], [ %76, %88 ]
  %73 = phi i32 [ %64, %66 ], [ %78, %88 ]
  br label %91

74:                                               ; preds = %66
  %75 = and i64 %69, 4294967288
  %76 = add nsw i64 %75, %67
  %77 = trunc nuw i64 %75 to i32
  %78 = sub i32 %64, %77
  %79 = insertelement <4 x i32> poison, i32 %68, i64 0
  %80 = shufflevector <4 x i32> %79, <4 x i32> poison, <4 x i32> zeroinitializer
  %81 = getelementptr i32, ptr %0, i64 %67
  br label %82

82:                                               ; preds = %82, %74
  %83 = phi i64 [ 0, %74 ], [ %86, %82 ]
  %84 = getelementptr i32, ptr %81, i64 %83
  %85 = getelementptr inbounds i8, ptr %84, i64 16
  store <4 x i32> %80, ptr %84, align 4, !tbaa !5
  store <4 x i32> %80, ptr %85, align 4, !tbaa !5
  %86 = add nuw i64 %83, 8
  %87 = icmp eq i64 %86, %75
  br i1 %87, label %88, label %82, !llvm.loop !28

88:                                               ; preds = %82
  %89 = icmp eq i64 %75, %69
  br i1 %89, label %98, label %71

90:                                               ; preds = %101
  call void @llvm.lifetime.end.p0(i64 4000, ptr nonnull %3) #11
  ret void

91:                                               ; preds = %71, %91
  %92 = phi i64 [ %95, %91 ], [ %72, %71 ]
  %93 = phi i32 [ %94, %91 ], [ %73, %71 ]
  %94 = add nsw i32 %93, -1
  %95 = add nsw i64 %92, 1
  %96 = getelementptr inbounds i32, ptr %0, i64 %92
  store i32 %68, ptr %96, align 4, !tbaa !5
  %97 = icmp eq i32 %94, 0
  br i1 %97, label %98, label %91, !llvm.loop !31

98:                                               ; preds = %91, %88
  %99 = phi i64 [ %76, %88 ], [ %95, %91 ]
  %100 = trunc nsw i64 %99 to i32
  br label %101

101:                                              ; preds = %98, %60
  %102 = phi i32 [ %62, %60 ], [ %100, %98 ]
  store i32 -1, ptr %63, align 4, !tbaa !5
  %103 = add nuw nsw i64 %61, 1
  %104 = icmp eq i64 %103, 1000
  br i1 %104, label %90, label %60, !llvm.loop !32
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #3 {
  %5 = ptrtoint ptr %0 to i64
  %6 = ptrtoint ptr %1 to i64
  %7 = ptrtoint ptr %0 to i64
  %8 = ptrtoint ptr %1 to i64
  %9 = sub nsw i32 %3, %2
  %10 = icmp slt i32 %9, 2
  br i1 %10, label %217, label %11

11:                                               ; preds = %4
  %12 = add nsw i32 %3, %2
  %13 = sdiv i32 %12, 2
  tail call fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %13)
  tail call fastcc void @merge_rec(ptr noundef %0, ptr noundef %1, i32 noundef %13, i32 noundef %3)
  %14 = icmp sgt i32 %13, %2
  %15 = icmp slt i32 %13, %3
  %16 = and i1 %14, %15
  br i1 %16, label %17, label %21

17:                                               ; preds = %11
  %18 = sext i32 %2 to i64
  br label %87

19:                                               ; preds = %87
  %20 = trunc nsw i64 %104 to i32
  br label %21

21:                                               ; preds = %19, %11
  %22 = phi i32 [ %2, %11 ], [ %99, %19 ]
  %23 = phi i32 [ %13, %11 ], [ %102, %19 ]
  %24 = phi i32 [ %2, %11 ], [ %20, %19 ]
  %25 = icmp slt i32 %22, %13
  br i1 %25, label %26, label %112

26:                                               ; preds = %21
  %27 = sext i32 %24 to i64
  %28 = sext i32 %22 to i64
  %29 = sext i32 %13 to i64
  %30 = sub nsw i64 %29, %28
  %31 = icmp ult i64 %30, 12
  br i1 %31, label %32, label %62

32:                                               ; preds = %85, %62, %26
  %33 = phi i64 [ %28, %62 ], [ %28, %26 ], [ %71, %85 ]
  %34 = phi i64 [ %27, %62 ], [ %27, %26 ], [ %72, %85 ]
  %35 = sub nsw i64 %29, %33
  %36 = and i64 %35, 3
  %37 = icmp eq i64 %36, 0
  br i1 %37, label %49, label %38

38:                                               ; preds = %32, %38
  %39 = phi i64 [ %42, %38 ], [ %33, %32 ]
  %40 = phi i64 [ %45, %38 ], [ %34, %32 ]
  %41 = phi i64 [ %47, %38 ], [ 0, %32 ]
  %42 = add nsw i64 %39, 1
  %43 = getelementptr inbounds i32, ptr %0, i64 %39
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = add nsw i64 %40, 1
  %46 = getelementptr inbounds i32, ptr %1, i64 %40
  store i32 %44, ptr %46, align 4, !tbaa !5
  %47 = add i64 %41, 1
  %48 = icmp eq i64 %47, %36
  br i1 %48, label %49, label %38, !llvm.loop !33

49:                                               ; preds = %38, %32
  %50 = phi i64 [ poison, %32 ], [ %45, %38 ]
  %51 = phi i64 [ %33, %32 ], [ %42, %38 ]
  %52 = phi i64 [ %34, %32 ], [ %45, %38 ]
  %53 = sub nsw i64 %33, %29
  %54 = icmp ugt i64 %53, -4
  br i1 %54, label %109, label %55

55:                                               ; preds = %49
  %56 = getelementptr i8, ptr %0, i64 4
  %57 = getelementptr i8, ptr %1, i64 4
  %58 = getelementptr i8, ptr %0, i64 8
  %59 = getelementptr i8, ptr %1, i64 8
  %60 = getelementptr i8, ptr %0, i64 12
  %61 = getelementptr i8, ptr %1, i64 12
  br label %175

62:                                               ; preds = %26
  %63 = shl nsw i64 %27, 2
  %64 = add i64 %63, %8
  %65 = shl nsw i64 %28, 2
  %66 = add i64 %65, %7
  %67 = sub i64 %64, %66
  %68 = icmp ult i64 %67, 32
  br i1 %68, label %32, label %69

69:                                               ; preds = %62
  %70 = and i64 %30, -8
  %71 = add nsw i64 %70, %28
  %72 = add nsw i64 %70, %27
  %73 = getelementptr i32, ptr %0, i64 %28
  %74 = getelementptr i32, ptr %1, i64 %27
  br label %75

75:                                               ; preds = %75, %69
  %76 = phi i64 [ 0, %69 ], [ %83, %75 ]
  %77 = getelementptr i32, ptr %73, i64 %76
  %78 = getelementptr inbounds i8, ptr %77, i64 16
  %79 = load <4 x i32>, ptr %77, align 4, !tbaa !5
  %80 = load <4 x i32>, ptr %78, align 4, !tbaa !5
  %81 = getelementptr i32, ptr %74, i64 %76
  %82 = getelementptr inbounds i8, ptr %81, i64 16
  store <4 x i32> %79, ptr %81, align 4, !tbaa !5
  store <4 x i32> %80, ptr %82, align 4, !tbaa !5
  %83 = add nuw i64 %76, 8
  %84 = icmp eq i64 %83, %70
  br i1 %84, label %85, label %75, !llvm.loop !34

85:                                               ; preds = %75
  %86 = icmp eq i64 %30, %70
  br i1 %86, label %109, label %32

87:                                               ; preds = %17, %87
  %88 = phi i64 [ %18, %17 ], [ %104, %87 ]
  %89 = phi i32 [ %13, %17 ], [ %102, %87 ]
  %90 = phi i32 [ %2, %17 ], [ %99, %87 ]
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i32, ptr %0, i64 %91
  %93 = load i32, ptr %92, align 4, !tbaa !5
  %94 = sext i32 %89 to i64
  %95 = getelementptr inbounds i32, ptr %0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = icmp sle i32 %93, %96
  %98 = zext i1 %97 to i32
  %99 = add nsw i32 %90, %98
  %100 = xor i1 %97, true
  %101 = zext i1 %100 to i32
  %102 = add nsw i32 %89, %101
  %103 = tail call i32 @llvm.smin.i32(i32 %93, i32 %96)
  %104 = add nsw i64 %88, 1
  %105 = getelementptr inbounds i32, ptr %1, i64 %88
  store i32 %103, ptr %105, align 4, !tbaa !5
  %106 = icmp slt i32 %99, %13
  %107 = icmp slt i32 %102, %3
  %108 = select i1 %106, i1 %107, i1 false
  br i1 %108, label %87, label %19, !llvm.loop !35

109:                                              ; preds = %49, %175, %85
  %110 = phi i64 [ %72, %85 ], [ %50, %49 ], [ %190, %175 ]
  %111 = trunc nsw i64 %110 to i32
  br label %112

112:                                              ; preds = %109, %21
  %113 = phi i32 [ %24, %21 ], [ %111, %109 ]
  %114 = icmp slt i32 %23, %3
  br i1 %114, label %115, label %211

115:                                              ; preds = %112
  %116 = sext i32 %113 to i64
  %117 = sext i32 %23 to i64
  %118 = sext i32 %3 to i64
  %119 = sub nsw i64 %118, %117
  %120 = icmp ult i64 %119, 12
  br i1 %120, label %121, label %150

121:                                              ; preds = %173, %150, %115
  %122 = phi i64 [ %117, %150 ], [ %117, %115 ], [ %159, %173 ]
  %123 = phi i64 [ %116, %150 ], [ %116, %115 ], [ %160, %173 ]
  %124 = sub nsw i64 %118, %122
  %125 = and i64 %124, 3
  %126 = icmp eq i64 %125, 0
  br i1 %126, label %138, label %127

127:                                              ; preds = %121, %127
  %128 = phi i64 [ %131, %127 ], [ %122, %121 ]
  %129 = phi i64 [ %134, %127 ], [ %123, %121 ]
  %130 = phi i64 [ %136, %127 ], [ 0, %121 ]
  %131 = add nsw i64 %128, 1
  %132 = getelementptr inbounds i32, ptr %0, i64 %128
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = add nsw i64 %129, 1
  %135 = getelementptr inbounds i32, ptr %1, i64 %129
  store i32 %133, ptr %135, align 4, !tbaa !5
  %136 = add i64 %130, 1
  %137 = icmp eq i64 %136, %125
  br i1 %137, label %138, label %127, !llvm.loop !36

138:                                              ; preds = %127, %121
  %139 = phi i64 [ %122, %121 ], [ %131, %127 ]
  %140 = phi i64 [ %123, %121 ], [ %134, %127 ]
  %141 = sub nsw i64 %122, %118
  %142 = icmp ugt i64 %141, -4
  br i1 %142, label %211, label %143

143:                                              ; preds = %138
  %144 = getelementptr i8, ptr %0, i64 4
  %145 = getelementptr i8, ptr %1, i64 4
  %146 = getelementptr i8, ptr %0, i64 8
  %147 = getelementptr i8, ptr %1, i64 8
  %148 = getelementptr i8, ptr %0, i64 12
  %149 = getelementptr i8, ptr %1, i64 12
  br label %193

150:                                              ; preds = %115
  %151 = shl nsw i64 %116, 2
  %152 = add i64 %151, %6
  %153 = shl nsw i64 %117, 2
  %154 = add i64 %153, %5
  %155 = sub i64 %152, %154
  %156 = icmp ult i64 %155, 32
  br i1 %156, label %121, label %157

157:                                              ; preds = %150
  %158 = and i64 %119, -8
  %159 = add nsw i64 %158, %117
  %160 = add nsw i64 %158, %116
  %161 = getelementptr i32, ptr %0, i64 %117
  %162 = getelementptr i32, ptr %1, i64 %116
  br label %163

163:                                              ; preds = %163, %157
  %164 = phi i64 [ 0, %157 ], [ %171, %163 ]
  %165 = getelementptr i32, ptr %161, i64 %164
  %166 = getelementptr inbounds i8, ptr %165, i64 16
  %167 = load <4 x i32>, ptr %165, align 4, !tbaa !5
  %168 = load <4 x i32>, ptr %166, align 4, !tbaa !5
  %169 = getelementptr i32, ptr %162, i64 %164
  %170 = getelementptr inbounds i8, ptr %169, i64 16
  store <4 x i32> %167, ptr %169, align 4, !tbaa !5
  store <4 x i32> %168, ptr %170, align 4, !tbaa !5
  %171 = add nuw i64 %164, 8
  %172 = icmp eq i64 %171, %158
  br i1 %172, label %173, label %163, !llvm.loop !37

173:                                              ; preds = %163
  %174 = icmp eq i64 %119, %158
  br i1 %174, label %211, label %121

175:                                              ; preds = %175, %55
  %176 = phi i64 [ %51, %55 ], [ %187, %175 ]
  %177 = phi i64 [ %52, %55 ], [ %190, %175 ]
  %178 = getelementptr inbounds i32, ptr %0, i64 %176
  %179 = load i32, ptr %178, align 4, !tbaa !5
  %180 = getelementptr inbounds i32, ptr %1, i64 %177
  store i32 %179, ptr %180, align 4, !tbaa !5
  %181 = getelementptr i32, ptr %56, i64 %176
  %182 = load i32, ptr %181, align 4, !tbaa !5
  %183 = getelementptr i32, ptr %57, i64 %177
  store i32 %182, ptr %183, align 4, !tbaa !5
  %184 = getelementptr i32, ptr %58, i64 %176
  %185 = load i32, ptr %184, align 4, !tbaa !5
  %186 = getelementptr i32, ptr %59, i64 %177
  store i32 %185, ptr %186, align 4, !tbaa !5
  %187 = add nsw i64 %176, 4
  %188 = getelementptr i32, ptr %60, i64 %176
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = add nsw i64 %177, 4
  %191 = getelementptr i32, ptr %61, i64 %177
  store i32 %189, ptr %191, align 4, !tbaa !5
  %192 = icmp eq i64 %187, %29
  br i1 %192, label %109, label %175, !llvm.loop !38

193:                                              ; preds = %193, %143
  %194 = phi i64 [ %139, %143 ], [ %205, %193 ]
  %195 = phi i64 [ %140, %143 ], [ %208, %193 ]
  %196 = getelementptr inbounds i32, ptr %0, i64 %194
  %197 = load i32, ptr %196, align 4, !tbaa !5
  %198 = getelementptr inbounds i32, ptr %1, i64 %195
  store i32 %197, ptr %198, align 4, !tbaa !5
  %199 = getelementptr i32, ptr %144, i64 %194
  %200 = load i32, ptr %199, align 4, !tbaa !5
  %201 = getelementptr i32, ptr %145, i64 %195
  store i32 %200, ptr %201, align 4, !tbaa !5
  %202 = getelementptr i32, ptr %146, i64 %194
  %203 = load i32, ptr %202, align 4, !tbaa !5
  %204 = getelementptr i32, ptr %147, i64 %195
  store i32 %203, ptr %204, align 4, !tbaa !5
  %205 = add nsw i64 %194, 4
  %206 = getelementptr i32, ptr %148, i64 %194
  %207 = load i32, ptr %206, align 4, !tbaa !5
  %208 = add nsw i64 %195, 4
  %209 = getelementptr i32, ptr %149, i64 %195
  store i32 %207, ptr %209, align 4, !tbaa !5
  %210 = icmp eq i64 %205, %118
  br i1 %210, label %211, label %193, !llvm.loop !39

211:                                              ; preds = %138, %193, %173, %112
  %212 = sext i32 %2 to i64
  %213 = getelementptr inbounds i32, ptr %0, i64 %212
  %214 = getelementptr inbounds i32, ptr %1, i64 %212
  %215 = zext nneg i32 %9 to i64
  %216 = shl nuw nsw i64 %215, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %213, ptr align 4 %214, i64 %216, i1 false)
  br label %217

217:                                              ; preds = %4, %211
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
  br i1 %34, label %20, label %12, !llvm.loop !40

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
!28 = distinct !{!28, !10, !29, !30}
!29 = !{!"llvm.loop.isvectorized", i32 1}
!30 = !{!"llvm.loop.unroll.runtime.disable"}
!31 = distinct !{!31, !10, !30, !29}
!32 = distinct !{!32, !10}
!33 = distinct !{!33, !27}
!34 = distinct !{!34, !10, !29, !30}
!35 = distinct !{!35, !10}
!36 = distinct !{!36, !27}
!37 = distinct !{!37, !10, !29, !30}
!38 = distinct !{!38, !10, !29}
!39 = distinct !{!39, !10, !29}
!40 = distinct !{!40, !10}
