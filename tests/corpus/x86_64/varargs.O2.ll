; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [17 x i8] c"sum0=%d sum3=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"sum12=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"avg=%g avg10=%g\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"ilds\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"dididid\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"pisl\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"mixed\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"ddddddddddi\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"max_and_count=%ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"nth=%s\0A\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.15 = private unnamed_addr constant [14 x i8] c"promoted: %d\0A\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"i:%d \00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"l:%ld \00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"d:%g \00", align 1
@.str.19 = private unnamed_addr constant [6 x i8] c"s:%s \00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"p:%d \00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = tail call i32 (i32, ...) @sum_ints(i32 noundef 0)
  %3 = tail call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %2, i32 noundef %3)
  %5 = tail call i32 (i32, ...) @sum_ints(i32 noundef 12, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10, i32 noundef 11, i32 noundef 12)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %5)
  %7 = tail call double (i32, ...) @avg_doubles(i32 noundef 3, double noundef 1.000000e+00, double noundef 2.500000e+00, double noundef 4.500000e+00)
  %8 = tail call double (i32, ...) @avg_doubles(i32 noundef 10, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, double noundef 1.000000e+01)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %7, double noundef %8)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #8
  store i32 77, ptr %1, align 4, !tbaa !5
  tail call void (ptr, ...) @show(ptr noundef nonnull @.str.3, i32 noundef 5, i64 noundef 1234567890123, double noundef 1.250000e-01, ptr noundef nonnull @.str.4)
  tail call void (ptr, ...) @show(ptr noundef nonnull @.str.5, double noundef 1.500000e+00, i32 noundef 1, double noundef 2.500000e+00, i32 noundef 2, double noundef 3.500000e+00, i32 noundef 3, double noundef 4.500000e+00)
  call void (ptr, ...) @show(ptr noundef nonnull @.str.6, ptr noundef nonnull %1, i32 noundef -9, ptr noundef nonnull @.str.7, i64 noundef -1)
  call void (ptr, ...) @show(ptr noundef nonnull @.str.8, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, double noundef 1.000000e+01, i32 noundef 11)
  %10 = call i64 (i32, ...) @max_and_count(i32 poison, i64 noundef 3, i64 noundef 9, i64 noundef -2, i64 noundef 9, i64 noundef 1, i64 noundef 9)
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %10)
  %12 = call ptr (i32, ...) @nth_string(i32 poison, ptr noundef nonnull @.str.11, ptr noundef nonnull @.str.12, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.14)
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %12)
  %14 = call i32 (i32, ...) @sum_ints(i32 noundef 2, i32 noundef 81, i32 noundef -300)
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef %14)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #8
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal i32 @sum_ints(i32 noundef %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %32

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  %10 = and i32 %0, 1
  %11 = icmp eq i32 %0, 1
  br i1 %11, label %14, label %12

12:                                               ; preds = %4
  %13 = and i32 %0, 2147483646
  br label %34

14:                                               ; preds = %59, %4
  %15 = phi i32 [ poison, %4 ], [ %64, %59 ]
  %16 = phi ptr [ %9, %4 ], [ %60, %59 ]
  %17 = phi i32 [ 0, %4 ], [ %64, %59 ]
  %18 = phi i32 [ %5, %4 ], [ %61, %59 ]
  %19 = icmp eq i32 %10, 0
  br i1 %19, label %32, label %20

20:                                               ; preds = %14
  %21 = icmp ult i32 %18, 41
  br i1 %21, label %24, label %22

22:                                               ; preds = %20
  %23 = getelementptr i8, ptr %16, i64 8
  store ptr %23, ptr %6, align 8
  br label %28

24:                                               ; preds = %20
  %25 = zext nneg i32 %18 to i64
  %26 = getelementptr i8, ptr %8, i64 %25
  %27 = add nuw nsw i32 %18, 8
  store i32 %27, ptr %2, align 16
  br label %28

28:                                               ; preds = %24, %22
  %29 = phi ptr [ %26, %24 ], [ %16, %22 ]
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %17
  br label %32

32:                                               ; preds = %28, %14, %1
  %33 = phi i32 [ 0, %1 ], [ %15, %14 ], [ %31, %28 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret i32 %33

34:                                               ; preds = %59, %12
  %35 = phi ptr [ %9, %12 ], [ %60, %59 ]
  %36 = phi i32 [ 0, %12 ], [ %64, %59 ]
  %37 = phi i32 [ %5, %12 ], [ %61, %59 ]
  %38 = phi i32 [ 0, %12 ], [ %65, %59 ]
  %39 = icmp ult i32 %37, 41
  br i1 %39, label %40, label %44

40:                                               ; preds = %34
  %41 = zext nneg i32 %37 to i64
  %42 = getelementptr i8, ptr %8, i64 %41
  %43 = add nuw nsw i32 %37, 8
  store i32 %43, ptr %2, align 16
  br label %46

44:                                               ; preds = %34
  %45 = getelementptr i8, ptr %35, i64 8
  store ptr %45, ptr %6, align 8
  br label %46

46:                                               ; preds = %44, %40
  %47 = phi ptr [ %35, %40 ], [ %45, %44 ]
  %48 = phi i32 [ %43, %40 ], [ %37, %44 ]
  %49 = phi ptr [ %42, %40 ], [ %35, %44 ]
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, %36
  %52 = icmp ult i32 %48, 41
  br i1 %52, label %55, label %53

53:                                               ; preds = %46
  %54 = getelementptr i8, ptr %47, i64 8
  store ptr %54, ptr %6, align 8
  br label %59

55:                                               ; preds = %46
  %56 = zext nneg i32 %48 to i64
  %57 = getelementptr i8, ptr %8, i64 %56
  %58 = add nuw nsw i32 %48, 8
  store i32 %58, ptr %2, align 16
  br label %59

59:                                               ; preds = %55, %53
  %60 = phi ptr [ %47, %55 ], [ %54, %53 ]
  %61 = phi i32 [ %58, %55 ], [ %48, %53 ]
  %62 = phi ptr [ %57, %55 ], [ %47, %53 ]
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %51
  %65 = add i32 %38, 2
  %66 = icmp eq i32 %65, %13
  br i1 %66, label %14, label %34, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal double @avg_doubles(i32 noundef %0, ...) unnamed_addr #2 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %33

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %2, i64 4
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = and i32 %0, 1
  %12 = icmp eq i32 %0, 1
  br i1 %12, label %15, label %13

13:                                               ; preds = %4
  %14 = and i32 %0, 2147483646
  br label %37

15:                                               ; preds = %62, %4
  %16 = phi double [ poison, %4 ], [ %67, %62 ]
  %17 = phi ptr [ %10, %4 ], [ %63, %62 ]
  %18 = phi i32 [ %9, %4 ], [ %64, %62 ]
  %19 = phi double [ 0.000000e+00, %4 ], [ %67, %62 ]
  %20 = icmp eq i32 %11, 0
  br i1 %20, label %33, label %21

21:                                               ; preds = %15
  %22 = icmp ult i32 %18, 161
  br i1 %22, label %25, label %23

23:                                               ; preds = %21
  %24 = getelementptr i8, ptr %17, i64 8
  store ptr %24, ptr %6, align 8
  br label %29

25:                                               ; preds = %21
  %26 = zext nneg i32 %18 to i64
  %27 = getelementptr i8, ptr %8, i64 %26
  %28 = add nuw nsw i32 %18, 16
  store i32 %28, ptr %5, align 4
  br label %29

29:                                               ; preds = %25, %23
  %30 = phi ptr [ %27, %25 ], [ %17, %23 ]
  %31 = load double, ptr %30, align 8, !tbaa !11
  %32 = fadd double %19, %31
  br label %33

33:                                               ; preds = %29, %15, %1
  %34 = phi double [ 0.000000e+00, %1 ], [ %16, %15 ], [ %32, %29 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  %35 = uitofp nneg i32 %0 to double
  %36 = fdiv double %34, %35
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret double %36

37:                                               ; preds = %62, %13
  %38 = phi ptr [ %10, %13 ], [ %63, %62 ]
  %39 = phi i32 [ %9, %13 ], [ %64, %62 ]
  %40 = phi double [ 0.000000e+00, %13 ], [ %67, %62 ]
  %41 = phi i32 [ 0, %13 ], [ %68, %62 ]
  %42 = icmp ult i32 %39, 161
  br i1 %42, label %43, label %47

43:                                               ; preds = %37
  %44 = zext nneg i32 %39 to i64
  %45 = getelementptr i8, ptr %8, i64 %44
  %46 = add nuw nsw i32 %39, 16
  store i32 %46, ptr %5, align 4
  br label %49

47:                                               ; preds = %37
  %48 = getelementptr i8, ptr %38, i64 8
  store ptr %48, ptr %6, align 8
  br label %49

49:                                               ; preds = %47, %43
  %50 = phi ptr [ %38, %43 ], [ %48, %47 ]
  %51 = phi i32 [ %46, %43 ], [ %39, %47 ]
  %52 = phi ptr [ %45, %43 ], [ %38, %47 ]
  %53 = load double, ptr %52, align 8, !tbaa !11
  %54 = fadd double %40, %53
  %55 = icmp ult i32 %51, 161
  br i1 %55, label %58, label %56

56:                                               ; preds = %49
  %57 = getelementptr i8, ptr %50, i64 8
  store ptr %57, ptr %6, align 8
  br label %62

58:                                               ; preds = %49
  %59 = zext nneg i32 %51 to i64
  %60 = getelementptr i8, ptr %8, i64 %59
  %61 = add nuw nsw i32 %51, 16
  store i32 %61, ptr %5, align 4
  br label %62

62:                                               ; preds = %58, %56
  %63 = phi ptr [ %50, %58 ], [ %57, %56 ]
  %64 = phi i32 [ %61, %58 ], [ %51, %56 ]
  %65 = phi ptr [ %60, %58 ], [ %50, %56 ]
  %66 = load double, ptr %65, align 8, !tbaa !11
  %67 = fadd double %54, %66
  %68 = add i32 %41, 2
  %69 = icmp eq i32 %68, %14
  br i1 %69, label %15, label %37, !llvm.loop !13
}

; Function Attrs: nofree nounwind uwtable
define internal void @show(ptr nocapture noundef readonly %0, ...) unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %2, i64 16
  %5 = getelementptr inbounds i8, ptr %2, i64 4
  br label %6

6:                                                ; preds = %87, %1
  %7 = phi ptr [ %0, %1 ], [ %88, %87 ]
  %8 = load i8, ptr %7, align 1, !tbaa !14
  switch i8 %8, label %87 [
    i8 0, label %9
    i8 105, label %11
    i8 108, label %26
    i8 100, label %41
    i8 115, label %56
    i8 112, label %71
  ]

9:                                                ; preds = %6
  call void @llvm.va_end.p0(ptr nonnull %2)
  %10 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret void

11:                                               ; preds = %6
  %12 = load i32, ptr %2, align 16
  %13 = icmp ult i32 %12, 41
  br i1 %13, label %14, label %19

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 16
  %16 = zext nneg i32 %12 to i64
  %17 = getelementptr i8, ptr %15, i64 %16
  %18 = add nuw nsw i32 %12, 8
  store i32 %18, ptr %2, align 16
  br label %22

19:                                               ; preds = %11
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr i8, ptr %20, i64 8
  store ptr %21, ptr %3, align 8
  br label %22

22:                                               ; preds = %19, %14
  %23 = phi ptr [ %17, %14 ], [ %20, %19 ]
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %24)
  br label %87

26:                                               ; preds = %6
  %27 = load i32, ptr %2, align 16
  %28 = icmp ult i32 %27, 41
  br i1 %28, label %29, label %34

29:                                               ; preds = %26
  %30 = load ptr, ptr %4, align 16
  %31 = zext nneg i32 %27 to i64
  %32 = getelementptr i8, ptr %30, i64 %31
  %33 = add nuw nsw i32 %27, 8
  store i32 %33, ptr %2, align 16
  br label %37

34:                                               ; preds = %26
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr i8, ptr %35, i64 8
  store ptr %36, ptr %3, align 8
  br label %37

37:                                               ; preds = %34, %29
  %38 = phi ptr [ %32, %29 ], [ %35, %34 ]
  %39 = load i64, ptr %38, align 8, !tbaa !15
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i64 noundef %39)
  br label %87

41:                                               ; preds = %6
  %42 = load i32, ptr %5, align 4
  %43 = icmp ult i32 %42, 161
  br i1 %43, label %44, label %49

44:                                               ; preds = %41
  %45 = load ptr, ptr %4, align 16
  %46 = zext nneg i32 %42 to i64
  %47 = getelementptr i8, ptr %45, i64 %46
  %48 = add nuw nsw i32 %42, 16
  store i32 %48, ptr %5, align 4
  br label %52

49:                                               ; preds = %41
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr i8, ptr %50, i64 8
  store ptr %51, ptr %3, align 8
  br label %52

52:                                               ; preds = %49, %44
  %53 = phi ptr [ %47, %44 ], [ %50, %49 ]
  %54 = load double, ptr %53, align 8, !tbaa !11
  %55 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, double noundef %54)
  br label %87

56:                                               ; preds = %6
  %57 = load i32, ptr %2, align 16
  %58 = icmp ult i32 %57, 41
  br i1 %58, label %59, label %64

59:                                               ; preds = %56
  %60 = load ptr, ptr %4, align 16
  %61 = zext nneg i32 %57 to i64
  %62 = getelementptr i8, ptr %60, i64 %61
  %63 = add nuw nsw i32 %57, 8
  store i32 %63, ptr %2, align 16
  br label %67

64:                                               ; preds = %56
  %65 = load ptr, ptr %3, align 8
  %66 = getelementptr i8, ptr %65, i64 8
  store ptr %66, ptr %3, align 8
  br label %67

67:                                               ; preds = %64, %59
  %68 = phi ptr [ %62, %59 ], [ %65, %64 ]
  %69 = load ptr, ptr %68, align 8, !tbaa !17
  %70 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %69)
  br label %87

71:                                               ; preds = %6
  %72 = load i32, ptr %2, align 16
  %73 = icmp ult i32 %72, 41
  br i1 %73, label %74, label %79

74:                                               ; preds = %71
  %75 = load ptr, ptr %4, align 16
  %76 = zext nneg i32 %72 to i64
  %77 = getelementptr i8, ptr %75, i64 %76
  %78 = add nuw nsw i32 %72, 8
  store i32 %78, ptr %2, align 16
  br label %82

79:                                               ; preds = %71
  %80 = load ptr, ptr %3, align 8
  %81 = getelementptr i8, ptr %80, i64 8
  store ptr %81, ptr %3, align 8
  br label %82

82:                                               ; preds = %79, %74
  %83 = phi ptr [ %77, %74 ], [ %80, %79 ]
  %84 = load ptr, ptr %83, align 8, !tbaa !17
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %85)
  br label %87

87:                                               ; preds = %6, %22, %37, %52, %67, %82
  %88 = getelementptr inbounds i8, ptr %7, i64 1
  br label %6, !llvm.loop !19
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn uwtable
define internal i64 @max_and_count(i32 %0, ...) unnamed_addr #4 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  call void @llvm.va_copy.p0(ptr nonnull %3, ptr nonnull %2)
  %4 = load i32, ptr %2, align 16
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = getelementptr inbounds i8, ptr %2, i64 16
  %7 = load ptr, ptr %6, align 16
  %8 = load ptr, ptr %5, align 8
  %9 = icmp ult i32 %4, 41
  br i1 %9, label %13, label %10

10:                                               ; preds = %1
  %11 = getelementptr i8, ptr %8, i64 8
  store ptr %11, ptr %5, align 8
  %12 = load i64, ptr %8, align 8, !tbaa !15
  br label %19

13:                                               ; preds = %1
  %14 = zext nneg i32 %4 to i64
  %15 = getelementptr i8, ptr %7, i64 %14
  %16 = add nuw nsw i32 %4, 8
  store i32 %16, ptr %2, align 16
  %17 = load i64, ptr %15, align 8, !tbaa !15
  %18 = icmp ult i32 %4, 33
  br i1 %18, label %24, label %19

19:                                               ; preds = %13, %10
  %20 = phi i64 [ %12, %10 ], [ %17, %13 ]
  %21 = phi ptr [ %11, %10 ], [ %8, %13 ]
  %22 = getelementptr i8, ptr %21, i64 8
  store ptr %22, ptr %5, align 8
  %23 = load i64, ptr %21, align 8, !tbaa !15
  br label %30

24:                                               ; preds = %13
  %25 = zext nneg i32 %16 to i64
  %26 = getelementptr i8, ptr %7, i64 %25
  %27 = add nuw nsw i32 %4, 16
  store i32 %27, ptr %2, align 16
  %28 = load i64, ptr %26, align 8, !tbaa !15
  %29 = icmp ult i32 %4, 25
  br i1 %29, label %36, label %30

30:                                               ; preds = %24, %19
  %31 = phi i64 [ %23, %19 ], [ %28, %24 ]
  %32 = phi ptr [ %22, %19 ], [ %8, %24 ]
  %33 = phi i64 [ %20, %19 ], [ %17, %24 ]
  %34 = getelementptr i8, ptr %32, i64 8
  store ptr %34, ptr %5, align 8
  %35 = load i64, ptr %32, align 8, !tbaa !15
  br label %42

36:                                               ; preds = %24
  %37 = zext nneg i32 %27 to i64
  %38 = getelementptr i8, ptr %7, i64 %37
  %39 = add nuw nsw i32 %4, 24
  store i32 %39, ptr %2, align 16
  %40 = load i64, ptr %38, align 8, !tbaa !15
  %41 = icmp ult i32 %4, 17
  br i1 %41, label %49, label %42

42:                                               ; preds = %36, %30
  %43 = phi i64 [ %35, %30 ], [ %40, %36 ]
  %44 = phi ptr [ %34, %30 ], [ %8, %36 ]
  %45 = phi i64 [ %33, %30 ], [ %17, %36 ]
  %46 = phi i64 [ %31, %30 ], [ %28, %36 ]
  %47 = getelementptr i8, ptr %44, i64 8
  store ptr %47, ptr %5, align 8
  %48 = load i64, ptr %44, align 8, !tbaa !15
  br label %55

49:                                               ; preds = %36
  %50 = zext nneg i32 %39 to i64
  %51 = getelementptr i8, ptr %7, i64 %50
  %52 = or disjoint i32 %4, 32
  store i32 %52, ptr %2, align 16
  %53 = load i64, ptr %51, align 8, !tbaa !15
  %54 = icmp ult i32 %52, 41
  br i1 %54, label %63, label %55

55:                                               ; preds = %49, %42
  %56 = phi i64 [ %48, %42 ], [ %53, %49 ]
  %57 = phi ptr [ %47, %42 ], [ %8, %49 ]
  %58 = phi i64 [ %46, %42 ], [ %28, %49 ]
  %59 = phi i64 [ %45, %42 ], [ %17, %49 ]
  %60 = phi i64 [ %43, %42 ], [ %40, %49 ]
  %61 = getelementptr i8, ptr %57, i64 8
  store ptr %61, ptr %5, align 8
  %62 = load i64, ptr %57, align 8, !tbaa !15
  br label %69

63:                                               ; preds = %49
  %64 = zext nneg i32 %52 to i64
  %65 = getelementptr i8, ptr %7, i64 %64
  %66 = add nuw nsw i32 %4, 40
  store i32 %66, ptr %2, align 16
  %67 = load i64, ptr %65, align 8, !tbaa !15
  %68 = icmp eq i32 %4, 0
  br i1 %68, label %77, label %69

69:                                               ; preds = %55, %63
  %70 = phi i64 [ %62, %55 ], [ %67, %63 ]
  %71 = phi ptr [ %61, %55 ], [ %8, %63 ]
  %72 = phi i64 [ %60, %55 ], [ %40, %63 ]
  %73 = phi i64 [ %59, %55 ], [ %17, %63 ]
  %74 = phi i64 [ %58, %55 ], [ %28, %63 ]
  %75 = phi i64 [ %56, %55 ], [ %53, %63 ]
  %76 = getelementptr i8, ptr %71, i64 8
  store ptr %76, ptr %5, align 8
  br label %80

77:                                               ; preds = %63
  %78 = zext nneg i32 %66 to i64
  %79 = getelementptr i8, ptr %7, i64 %78
  store i32 48, ptr %2, align 16
  br label %80

80:                                               ; preds = %77, %69
  %81 = phi i64 [ %67, %77 ], [ %70, %69 ]
  %82 = phi i64 [ %40, %77 ], [ %72, %69 ]
  %83 = phi i64 [ %17, %77 ], [ %73, %69 ]
  %84 = phi i64 [ %28, %77 ], [ %74, %69 ]
  %85 = phi i64 [ %53, %77 ], [ %75, %69 ]
  %86 = phi ptr [ %79, %77 ], [ %71, %69 ]
  %87 = load i64, ptr %86, align 8, !tbaa !15
  call void @llvm.va_end.p0(ptr nonnull %2)
  %88 = load i32, ptr %3, align 16
  %89 = getelementptr inbounds i8, ptr %3, i64 8
  %90 = getelementptr inbounds i8, ptr %3, i64 16
  %91 = load ptr, ptr %90, align 16
  %92 = load ptr, ptr %89, align 8
  %93 = icmp ult i32 %88, 41
  br i1 %93, label %97, label %94

94:                                               ; preds = %80
  %95 = getelementptr i8, ptr %92, i64 8
  store ptr %95, ptr %89, align 8
  %96 = load i64, ptr %92, align 8, !tbaa !15
  br label %103

97:                                               ; preds = %80
  %98 = zext nneg i32 %88 to i64
  %99 = getelementptr i8, ptr %91, i64 %98
  %100 = add nuw nsw i32 %88, 8
  store i32 %100, ptr %3, align 16
  %101 = load i64, ptr %99, align 8, !tbaa !15
  %102 = icmp ult i32 %88, 33
  br i1 %102, label %108, label %103

103:                                              ; preds = %97, %94
  %104 = phi i64 [ %96, %94 ], [ %101, %97 ]
  %105 = phi ptr [ %95, %94 ], [ %92, %97 ]
  %106 = getelementptr i8, ptr %105, i64 8
  store ptr %106, ptr %89, align 8
  %107 = load i64, ptr %105, align 8, !tbaa !15
  br label %114

108:                                              ; preds = %97
  %109 = zext nneg i32 %100 to i64
  %110 = getelementptr i8, ptr %91, i64 %109
  %111 = add nuw nsw i32 %88, 16
  store i32 %111, ptr %3, align 16
  %112 = load i64, ptr %110, align 8, !tbaa !15
  %113 = icmp ult i32 %88, 25
  br i1 %113, label %120, label %114

114:                                              ; preds = %108, %103
  %115 = phi i64 [ %107, %103 ], [ %112, %108 ]
  %116 = phi ptr [ %106, %103 ], [ %92, %108 ]
  %117 = phi i64 [ %104, %103 ], [ %101, %108 ]
  %118 = getelementptr i8, ptr %116, i64 8
  store ptr %118, ptr %89, align 8
  %119 = load i64, ptr %116, align 8, !tbaa !15
  br label %126

120:                                              ; preds = %108
  %121 = zext nneg i32 %111 to i64
  %122 = getelementptr i8, ptr %91, i64 %121
  %123 = add nuw nsw i32 %88, 24
  store i32 %123, ptr %3, align 16
  %124 = load i64, ptr %122, align 8, !tbaa !15
  %125 = icmp ult i32 %88, 17
  br i1 %125, label %133, label %126

126:                                              ; preds = %120, %114
  %127 = phi i64 [ %119, %114 ], [ %124, %120 ]
  %128 = phi ptr [ %118, %114 ], [ %92, %120 ]
  %129 = phi i64 [ %117, %114 ], [ %101, %120 ]
  %130 = phi i64 [ %115, %114 ], [ %112, %120 ]
  %131 = getelementptr i8, ptr %128, i64 8
  store ptr %131, ptr %89, align 8
  %132 = load i64, ptr %128, align 8, !tbaa !15
  br label %139

133:                                              ; preds = %120
  %134 = zext nneg i32 %123 to i64
  %135 = getelementptr i8, ptr %91, i64 %134
  %136 = or disjoint i32 %88, 32
  store i32 %136, ptr %3, align 16
  %137 = load i64, ptr %135, align 8, !tbaa !15
  %138 = icmp ult i32 %136, 41
  br i1 %138, label %147, label %139

139:                                              ; preds = %133, %126
  %140 = phi i64 [ %132, %126 ], [ %137, %133 ]
  %141 = phi ptr [ %131, %126 ], [ %92, %133 ]
  %142 = phi i64 [ %130, %126 ], [ %112, %133 ]
  %143 = phi i64 [ %129, %126 ], [ %101, %133 ]
  %144 = phi i64 [ %127, %126 ], [ %124, %133 ]
  %145 = getelementptr i8, ptr %141, i64 8
  store ptr %145, ptr %89, align 8
  %146 = load i64, ptr %141, align 8, !tbaa !15
  br label %153

147:                                              ; preds = %133
  %148 = zext nneg i32 %136 to i64
  %149 = getelementptr i8, ptr %91, i64 %148
  %150 = add nuw nsw i32 %88, 40
  store i32 %150, ptr %3, align 16
  %151 = load i64, ptr %149, align 8, !tbaa !15
  %152 = icmp eq i32 %88, 0
  br i1 %152, label %161, label %153

153:                                              ; preds = %139, %147
  %154 = phi i64 [ %146, %139 ], [ %151, %147 ]
  %155 = phi ptr [ %145, %139 ], [ %92, %147 ]
  %156 = phi i64 [ %144, %139 ], [ %124, %147 ]
  %157 = phi i64 [ %143, %139 ], [ %101, %147 ]
  %158 = phi i64 [ %142, %139 ], [ %112, %147 ]
  %159 = phi i64 [ %140, %139 ], [ %137, %147 ]
  %160 = getelementptr i8, ptr %155, i64 8
  store ptr %160, ptr %89, align 8
  br label %164

161:                                              ; preds = %147
  %162 = zext nneg i32 %150 to i64
  %163 = getelementptr i8, ptr %91, i64 %162
  store i32 48, ptr %3, align 16
  br label %164

164:                                              ; preds = %161, %153
  %165 = phi i64 [ %151, %161 ], [ %154, %153 ]
  %166 = phi i64 [ %124, %161 ], [ %156, %153 ]
  %167 = phi i64 [ %101, %161 ], [ %157, %153 ]
  %168 = phi i64 [ %112, %161 ], [ %158, %153 ]
  %169 = phi i64 [ %137, %161 ], [ %159, %153 ]
  %170 = phi ptr [ %163, %161 ], [ %155, %153 ]
  %171 = call i64 @llvm.smax.i64(i64 %84, i64 %83)
  %172 = call i64 @llvm.smax.i64(i64 %82, i64 %171)
  %173 = call i64 @llvm.smax.i64(i64 %85, i64 %172)
  %174 = call i64 @llvm.smax.i64(i64 %81, i64 %173)
  %175 = call i64 @llvm.smax.i64(i64 %87, i64 %174)
  %176 = icmp eq i64 %167, %175
  %177 = zext i1 %176 to i64
  %178 = icmp eq i64 %168, %175
  %179 = zext i1 %178 to i64
  %180 = add nuw nsw i64 %177, %179
  %181 = icmp eq i64 %166, %175
  %182 = zext i1 %181 to i64
  %183 = add nuw nsw i64 %180, %182
  %184 = icmp eq i64 %169, %175
  %185 = zext i1 %184 to i64
  %186 = add nuw nsw i64 %183, %185
  %187 = icmp eq i64 %165, %175
  %188 = zext i1 %187 to i64
  %189 = add nuw nsw i64 %186, %188
  %190 = load i64, ptr %170, align 8, !tbaa !15
  %191 = icmp eq i64 %190, %175
  %192 = zext i1 %191 to i64
  %193 = add nuw nsw i64 %189, %192
  call void @llvm.va_end.p0(ptr nonnull %3)
  %194 = mul nsw i64 %175, 100
  %195 = add nsw i64 %193, %194
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret i64 %195
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn uwtable
define internal ptr @nth_string(i32 %0, ...) unnamed_addr #4 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = load i32, ptr %2, align 16
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = getelementptr inbounds i8, ptr %2, i64 16
  %6 = load ptr, ptr %5, align 16
  %7 = load ptr, ptr %4, align 8
  %8 = icmp ult i32 %3, 41
  br i1 %8, label %11, label %9

9:                                                ; preds = %1
  %10 = getelementptr i8, ptr %7, i64 8
  br label %14

11:                                               ; preds = %1
  %12 = add nuw nsw i32 %3, 8
  store i32 %12, ptr %2, align 16
  %13 = icmp ult i32 %3, 33
  br i1 %13, label %17, label %14

14:                                               ; preds = %11, %9
  %15 = phi ptr [ %10, %9 ], [ %7, %11 ]
  %16 = getelementptr i8, ptr %15, i64 8
  br label %20

17:                                               ; preds = %11
  %18 = add nuw nsw i32 %3, 16
  store i32 %18, ptr %2, align 16
  %19 = icmp ult i32 %3, 25
  br i1 %19, label %23, label %20

20:                                               ; preds = %14, %17
  %21 = phi ptr [ %16, %14 ], [ %7, %17 ]
  %22 = getelementptr i8, ptr %21, i64 8
  store ptr %22, ptr %4, align 8
  br label %27

23:                                               ; preds = %17
  %24 = zext nneg i32 %18 to i64
  %25 = getelementptr i8, ptr %6, i64 %24
  %26 = add nuw nsw i32 %3, 24
  store i32 %26, ptr %2, align 16
  br label %27

27:                                               ; preds = %23, %20
  %28 = phi ptr [ %25, %23 ], [ %21, %20 ]
  %29 = load ptr, ptr %28, align 8, !tbaa !17
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8
  ret ptr %29
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #5

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #6 = { nofree nounwind }
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"any pointer", !7, i64 0}
!19 = distinct !{!19, !10}
