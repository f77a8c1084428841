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

18:                                               ; preds = %17, %59
  %19 = phi i64 [ %61, %59 ], [ 0, %17 ]
  %20 = phi i32 [ %60, %59 ], [ 0, %17 ]
  %21 = getelementptr inbounds [1000 x i32], ptr %3, i64 0, i64 %19
  %22 = load i32, ptr %21, align 4, !tbaa !6
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %59, label %24

24:                                               ; preds = %18
  %25 = sext i32 %20 to i64
  %26 = trunc nuw nsw i64 %19 to i32
  %27 = zext i32 %22 to i64
  %28 = icmp ult i32 %22, 8
  br i1 %28, label %29, label %32

29:                                               ; preds = %46, %24
  %30 = phi i64 [ %25, %24 ], [ %34, %46 ]
  %31 = phi i32 [ %22, %24 ], [ %36, %46 ]
  br label %49

32:                                               ; preds = %24
  %33 = and i64 %27, 4294967288
  %34 = add nsw i64 %33, %25
  %35 = trunc nuw i64 %33 to i32
  %36 = sub i32 %22, %35
  %37 = insertelement <4 x i32> poison, i32 %26, i64 0
  %38 = shufflevector <4 x i32> %37, <4 x i32> poison, <4 x i32> zeroinitializer
  %39 = getelementptr i32, ptr %0, i64 %25
  br label %40

40:                                               ; preds = %40, %32
  %41 = phi i64 [ 0, %32 ], [ %44, %40 ]
  %42 = getelementptr i32, ptr %39, i64 %41
  %43 = getelementptr inbounds i8, ptr %42, i64 16
  store <4 x i32> %38, ptr %42, align 4, !tbaa !6
  store <4 x i32> %38, ptr %43, align 4, !tbaa !6
  %44 = add nuw i64 %41, 8
  %45 = icmp eq i64 %44, %33
  br i1 %45, label %46, label %40, !llvm.loop !27

46:                                               ; preds = %40
  %47 = icmp eq i64 %33, %27
  br i1 %47, label %56, label %29

48:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(i64 4000, ptr nonnull %3) #11
  ret void

49:                                               ; preds = %29, %49
  %50 = phi i64 [ %53, %49 ], [ %30, %29 ]
  %51 = phi i32 [ %52, %49 ], [ %31, %29 ]
  %52 = add nsw i32 %51, -1
  %53 = add nsw i64 %50, 1
  %54 = getelementptr inbounds i32, ptr %0, i64 %50
  store i32 %26, ptr %54, align 4, !tbaa !6
  %55 = icmp eq i32 %52, 0
  br i1 %55, label %56, label %49, !llvm.loop !30

56:                                               ; preds = %49, %46
  %57 = phi i64 [ %34, %46 ], [ %53, %49 ]
  %58 = trunc nsw i64 %57 to i32
  br label %59

59:                                               ; preds = %56, %18
  %60 = phi i32 [ %20, %18 ], [ %58, %56 ]
  store i32 -1, ptr %21, align 4, !tbaa !6
  %61 = add nuw nsw i64 %19, 1
  %62 = icmp eq i64 %61, 1000
  br i1 %62, label %48, label %18, !llvm.loop !31
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
  br i1 %10, label %146, label %11

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
  br label %60

19:                                               ; preds = %60
  %20 = trunc nsw i64 %77 to i32
  br label %21

21:                                               ; preds = %19, %11
  %22 = phi i32 [ %2, %11 ], [ %72, %19 ]
  %23 = phi i32 [ %13, %11 ], [ %75, %19 ]
  %24 = phi i32 [ %2, %11 ], [ %20, %19 ]
  %25 = icmp slt i32 %22, %13
  br i1 %25, label %26, label %85

26:                                               ; preds = %21
  %27 = sext i32 %24 to i64
  %28 = sext i32 %22 to i64
  %29 = sext i32 %13 to i64
  %30 = sub nsw i64 %29, %28
  %31 = icmp ult i64 %30, 12
  br i1 %31, label %32, label %35

32:                                               ; preds = %58, %35, %26
  %33 = phi i64 [ %28, %35 ], [ %28, %26 ], [ %44, %58 ]
  %34 = phi i64 [ %27, %35 ], [ %27, %26 ], [ %45, %58 ]
  br label %122

35:                                               ; preds = %26
  %36 = shl nsw i64 %27, 2
  %37 = add i64 %36, %8
  %38 = shl nsw i64 %28, 2
  %39 = add i64 %38, %7
  %40 = sub i64 %37, %39
  %41 = icmp ult i64 %40, 32
  br i1 %41, label %32, label %42

42:                                               ; preds = %35
  %43 = and i64 %30, -8
  %44 = add nsw i64 %43, %28
  %45 = add nsw i64 %43, %27
  %46 = getelementptr i32, ptr %0, i64 %28
  %47 = getelementptr i32, ptr %1, i64 %27
  br label %48

48:                                               ; preds = %48, %42
  %49 = phi i64 [ 0, %42 ], [ %56, %48 ]
  %50 = getelementptr i32, ptr %46, i64 %49
  %51 = getelementptr inbounds i8, ptr %50, i64 16
  %52 = load <4 x i32>, ptr %50, align 4, !tbaa !6
  %53 = load <4 x i32>, ptr %51, align 4, !tbaa !6
  %54 = getelementptr i32, ptr %47, i64 %49
  %55 = getelementptr inbounds i8, ptr %54, i64 16
  store <4 x i32> %52, ptr %54, align 4, !tbaa !6
  store <4 x i32> %53, ptr %55, align 4, !tbaa !6
  %56 = add nuw i64 %49, 8
  %57 = icmp eq i64 %56, %43
  br i1 %57, label %58, label %48, !llvm.loop !32

58:                                               ; preds = %48
  %59 = icmp eq i64 %30, %43
  br i1 %59, label %82, label %32

60:                                               ; preds = %17, %60
  %61 = phi i64 [ %18, %17 ], [ %77, %60 ]
  %62 = phi i32 [ %13, %17 ], [ %75, %60 ]
  %63 = phi i32 [ %2, %17 ], [ %72, %60 ]
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, ptr %0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !6
  %67 = sext i32 %62 to i64
  %68 = getelementptr inbounds i32, ptr %0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !6
  %70 = icmp sle i32 %66, %69
  %71 = zext i1 %70 to i32
  %72 = add nsw i32 %63, %71
  %73 = xor i1 %70, true
  %74 = zext i1 %73 to i32
  %75 = add nsw i32 %62, %74
  %76 = tail call i32 @llvm.smin.i32(i32 %66, i32 %69)
  %77 = add nsw i64 %61, 1
  %78 = getelementptr inbounds i32, ptr %1, i64 %61
  store i32 %76, ptr %78, align 4, !tbaa !6
  %79 = icmp slt i32 %72, %13
  %80 = icmp slt i32 %75, %3
  %81 = select i1 %79, i1 %80, i1 false
  br i1 %81, label %60, label %19, !llvm.loop !33

82:                                               ; preds = %122, %58
  %83 = phi i64 [ %45, %58 ], [ %128, %122 ]
  %84 = trunc nsw i64 %83 to i32
  br label %85

85:                                               ; preds = %82, %21
  %86 = phi i32 [ %24, %21 ], [ %84, %82 ]
  %87 = icmp slt i32 %23, %3
  br i1 %87, label %88, label %140

88:                                               ; preds = %85
  %89 = sext i32 %86 to i64
  %90 = sext i32 %23 to i64
  %91 = sext i32 %3 to i64
  %92 = sub nsw i64 %91, %90
  %93 = icmp ult i64 %92, 12
  br i1 %93, label %94, label %97

94:                                               ; preds = %120, %97, %88
  %95 = phi i64 [ %90, %97 ], [ %90, %88 ], [ %106, %120 ]
  %96 = phi i64 [ %89, %97 ], [ %89, %88 ], [ %107, %120 ]
  br label %131

97:                                               ; preds = %88
  %98 = shl nsw i64 %89, 2
  %99 = add i64 %98, %6
  %100 = shl nsw i64 %90, 2
  %101 = add i64 %100, %5
  %102 = sub i64 %99, %101
  %103 = icmp ult i64 %102, 32
  br i1 %103, label %94, label %104

104:                                              ; preds = %97
  %105 = and i64 %92, -8
  %106 = add nsw i64 %105, %90
  %107 = add nsw i64 %105, %89
  %108 = getelementptr i32, ptr %0, i64 %90
  %109 = getelementptr i32, ptr %1, i64 %89
  br label %110

110:                                              ; preds = %110, %104
  %111 = phi i64 [ 0, %104 ], [ %118, %110 ]
  %112 = getelementptr i32, ptr %108, i64 %111
  %113 = getelementptr inbounds i8, ptr %112, i64 16
  %114 = load <4 x i32>, ptr %112, align 4, !tbaa !6
  %115 = load <4 x i32>, ptr %113, align 4, !tbaa !6
  %116 = getelementptr i32, ptr %109, i64 %111
  %117 = getelementptr inbounds i8, ptr %116, i64 16
  store <4 x i32> %114, ptr %116, align 4, !tbaa !6
  store <4 x i32> %115, ptr %117, align 4, !tbaa !6
  %118 = add nuw i64 %111, 8
  %119 = icmp eq i64 %118, %105
  br i1 %119, label %120, label %110, !llvm.loop !34

120:                                              ; preds = %110
  %121 = icmp eq i64 %92, %105
  br i1 %121, label %140, label %94

122:                                              ; preds = %32, %122
  %123 = phi i64 [ %125, %122 ], [ %33, %32 ]
  %124 = phi i64 [ %128, %122 ], [ %34, %32 ]
  %125 = add nsw i64 %123, 1
  %126 = getelementptr inbounds i32, ptr %0, i64 %123
  %127 = load i32, ptr %126, align 4, !tbaa !6
  %128 = add nsw i64 %124, 1
  %129 = getelementptr inbounds i32, ptr %1, i64 %124
  store i32 %127, ptr %129, align 4, !tbaa !6
  %130 = icmp eq i64 %125, %29
  br i1 %130, label %82, label %122, !llvm.loop !35

131:                                              ; preds = %94, %131
  %132 = phi i64 [ %134, %131 ], [ %95, %94 ]
  %133 = phi i64 [ %137, %131 ], [ %96, %94 ]
  %134 = add nsw i64 %132, 1
  %135 = getelementptr inbounds i32, ptr %0, i64 %132
  %136 = load i32, ptr %135, align 4, !tbaa !6
  %137 = add nsw i64 %133, 1
  %138 = getelementptr inbounds i32, ptr %1, i64 %133
  store i32 %136, ptr %138, align 4, !tbaa !6
  %139 = icmp eq i64 %134, %91
  br i1 %139, label %140, label %131, !llvm.loop !36

140:                                              ; preds = %131, %120, %85
  %141 = sext i32 %2 to i64
  %142 = getelementptr inbounds i32, ptr %0, i64 %141
  %143 = getelementptr inbounds i32, ptr %1, i64 %141
  %144 = zext nneg i32 %9 to i64
  %145 = shl nuw nsw i64 %144, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %142, ptr align 4 %143, i64 %145, i1 false)
  br label %146

146:                                              ; preds = %4, %140
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
  br i1 %34, label %20, label %12, !llvm.loop !37

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
!27 = distinct !{!27, !11, !28, !29}
!28 = !{!"llvm.loop.isvectorized", i32 1}
!29 = !{!"llvm.loop.unroll.runtime.disable"}
!30 = distinct !{!30, !11, !29, !28}
!31 = distinct !{!31, !11}
!32 = distinct !{!32, !11, !28, !29}
!33 = distinct !{!33, !11}
!34 = distinct !{!34, !11, !28, !29}
!35 = distinct !{!35, !11, !28}
!36 = distinct !{!36, !11, !28}
!37 = distinct !{!37, !11}
