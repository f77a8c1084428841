; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

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
  store i32 77, ptr %1, align 4, !tbaa !6
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
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 24
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 8
  br label %12

10:                                               ; preds = %27, %1
  %11 = phi i32 [ 0, %1 ], [ %32, %27 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #8
  ret i32 %11

12:                                               ; preds = %4, %27
  %13 = phi i32 [ %9, %4 ], [ %28, %27 ]
  %14 = phi i32 [ 0, %4 ], [ %33, %27 ]
  %15 = phi i32 [ 0, %4 ], [ %32, %27 ]
  %16 = phi ptr [ %5, %4 ], [ %29, %27 ]
  %17 = icmp sgt i32 %13, -1
  br i1 %17, label %24, label %18

18:                                               ; preds = %12
  %19 = add nsw i32 %13, 8
  store i32 %19, ptr %6, align 8
  %20 = icmp ult i32 %13, -7
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i8, ptr %8, i64 %22
  br label %27

24:                                               ; preds = %18, %12
  %25 = phi i32 [ %19, %18 ], [ %13, %12 ]
  %26 = getelementptr inbounds i8, ptr %16, i64 8
  store ptr %26, ptr %2, align 8
  br label %27

27:                                               ; preds = %24, %21
  %28 = phi i32 [ %19, %21 ], [ %25, %24 ]
  %29 = phi ptr [ %16, %21 ], [ %26, %24 ]
  %30 = phi ptr [ %23, %21 ], [ %16, %24 ]
  %31 = load i32, ptr %30, align 8, !tbaa !6
  %32 = add nsw i32 %31, %15
  %33 = add nuw nsw i32 %14, 1
  %34 = icmp eq i32 %33, %0
  br i1 %34, label %10, label %12, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nofree norecurse nosync nounwind uwtable
define internal double @avg_doubles(i32 noundef %0, ...) unnamed_addr #2 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 28
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 4
  br label %14

10:                                               ; preds = %29, %1
  %11 = phi double [ 0.000000e+00, %1 ], [ %34, %29 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  %12 = uitofp nneg i32 %0 to double
  %13 = fdiv double %11, %12
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #8
  ret double %13

14:                                               ; preds = %4, %29
  %15 = phi i32 [ %9, %4 ], [ %30, %29 ]
  %16 = phi i32 [ 0, %4 ], [ %35, %29 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %34, %29 ]
  %18 = phi ptr [ %5, %4 ], [ %31, %29 ]
  %19 = icmp sgt i32 %15, -1
  br i1 %19, label %26, label %20

20:                                               ; preds = %14
  %21 = add nsw i32 %15, 16
  store i32 %21, ptr %6, align 4
  %22 = icmp ult i32 %15, -15
  br i1 %22, label %23, label %26

23:                                               ; preds = %20
  %24 = sext i32 %15 to i64
  %25 = getelementptr inbounds i8, ptr %8, i64 %24
  br label %29

26:                                               ; preds = %20, %14
  %27 = phi i32 [ %21, %20 ], [ %15, %14 ]
  %28 = getelementptr inbounds i8, ptr %18, i64 8
  store ptr %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %26, %23
  %30 = phi i32 [ %21, %23 ], [ %27, %26 ]
  %31 = phi ptr [ %18, %23 ], [ %28, %26 ]
  %32 = phi ptr [ %25, %23 ], [ %18, %26 ]
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = fadd double %17, %33
  %35 = add nuw nsw i32 %16, 1
  %36 = icmp eq i32 %35, %0
  br i1 %36, label %10, label %14, !llvm.loop !14
}

; Function Attrs: nofree nounwind uwtable
define internal void @show(ptr nocapture noundef readonly %0, ...) unnamed_addr #0 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds i8, ptr %2, i64 24
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = getelementptr inbounds i8, ptr %2, i64 28
  %6 = getelementptr inbounds i8, ptr %2, i64 16
  br label %7

7:                                                ; preds = %98, %1
  %8 = phi ptr [ %0, %1 ], [ %99, %98 ]
  %9 = load i8, ptr %8, align 1, !tbaa !15
  switch i8 %9, label %98 [
    i8 0, label %10
    i8 105, label %12
    i8 108, label %29
    i8 100, label %46
    i8 115, label %63
    i8 112, label %80
  ]

10:                                               ; preds = %7
  call void @llvm.va_end.p0(ptr nonnull %2)
  %11 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #8
  ret void

12:                                               ; preds = %7
  %13 = load i32, ptr %3, align 8
  %14 = icmp sgt i32 %13, -1
  br i1 %14, label %22, label %15

15:                                               ; preds = %12
  %16 = add nsw i32 %13, 8
  store i32 %16, ptr %3, align 8
  %17 = icmp ult i32 %13, -7
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = load ptr, ptr %4, align 8
  %20 = sext i32 %13 to i64
  %21 = getelementptr inbounds i8, ptr %19, i64 %20
  br label %25

22:                                               ; preds = %15, %12
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 8
  store ptr %24, ptr %2, align 8
  br label %25

25:                                               ; preds = %22, %18
  %26 = phi ptr [ %21, %18 ], [ %23, %22 ]
  %27 = load i32, ptr %26, align 8, !tbaa !6
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %27)
  br label %98

29:                                               ; preds = %7
  %30 = load i32, ptr %3, align 8
  %31 = icmp sgt i32 %30, -1
  br i1 %31, label %39, label %32

32:                                               ; preds = %29
  %33 = add nsw i32 %30, 8
  store i32 %33, ptr %3, align 8
  %34 = icmp ult i32 %30, -7
  br i1 %34, label %35, label %39

35:                                               ; preds = %32
  %36 = load ptr, ptr %4, align 8
  %37 = sext i32 %30 to i64
  %38 = getelementptr inbounds i8, ptr %36, i64 %37
  br label %42

39:                                               ; preds = %32, %29
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds i8, ptr %40, i64 8
  store ptr %41, ptr %2, align 8
  br label %42

42:                                               ; preds = %39, %35
  %43 = phi ptr [ %38, %35 ], [ %40, %39 ]
  %44 = load i64, ptr %43, align 8, !tbaa !16
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i64 noundef %44)
  br label %98

46:                                               ; preds = %7
  %47 = load i32, ptr %5, align 4
  %48 = icmp sgt i32 %47, -1
  br i1 %48, label %56, label %49

49:                                               ; preds = %46
  %50 = add nsw i32 %47, 16
  store i32 %50, ptr %5, align 4
  %51 = icmp ult i32 %47, -15
  br i1 %51, label %52, label %56

52:                                               ; preds = %49
  %53 = load ptr, ptr %6, align 8
  %54 = sext i32 %47 to i64
  %55 = getelementptr inbounds i8, ptr %53, i64 %54
  br label %59

56:                                               ; preds = %49, %46
  %57 = load ptr, ptr %2, align 8
  %58 = getelementptr inbounds i8, ptr %57, i64 8
  store ptr %58, ptr %2, align 8
  br label %59

59:                                               ; preds = %56, %52
  %60 = phi ptr [ %55, %52 ], [ %57, %56 ]
  %61 = load double, ptr %60, align 8, !tbaa !12
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, double noundef %61)
  br label %98

63:                                               ; preds = %7
  %64 = load i32, ptr %3, align 8
  %65 = icmp sgt i32 %64, -1
  br i1 %65, label %73, label %66

66:                                               ; preds = %63
  %67 = add nsw i32 %64, 8
  store i32 %67, ptr %3, align 8
  %68 = icmp ult i32 %64, -7
  br i1 %68, label %69, label %73

69:                                               ; preds = %66
  %70 = load ptr, ptr %4, align 8
  %71 = sext i32 %64 to i64
  %72 = getelementptr inbounds i8, ptr %70, i64 %71
  br label %76

73:                                               ; preds = %66, %63
  %74 = load ptr, ptr %2, align 8
  %75 = getelementptr inbounds i8, ptr %74, i64 8
  store ptr %75, ptr %2, align 8
  br label %76

76:                                               ; preds = %73, %69
  %77 = phi ptr [ %72, %69 ], [ %74, %73 ]
  %78 = load ptr, ptr %77, align 8, !tbaa !18
  %79 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %78)
  br label %98

80:                                               ; preds = %7
  %81 = load i32, ptr %3, align 8
  %82 = icmp sgt i32 %81, -1
  br i1 %82, label %90, label %83

83:                                               ; preds = %80
  %84 = add nsw i32 %81, 8
  store i32 %84, ptr %3, align 8
  %85 = icmp ult i32 %81, -7
  br i1 %85, label %86, label %90

86:                                               ; preds = %83
  %87 = load ptr, ptr %4, align 8
  %88 = sext i32 %81 to i64
  %89 = getelementptr inbounds i8, ptr %87, i64 %88
  br label %93

90:                                               ; preds = %83, %80
  %91 = load ptr, ptr %2, align 8
  %92 = getelementptr inbounds i8, ptr %91, i64 8
  store ptr %92, ptr %2, align 8
  br label %93

93:                                               ; preds = %90, %86
  %94 = phi ptr [ %89, %86 ], [ %91, %90 ]
  %95 = load ptr, ptr %94, align 8, !tbaa !18
  %96 = load i32, ptr %95, align 4, !tbaa !6
  %97 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %96)
  br label %98

98:                                               ; preds = %7, %25, %42, %59, %76, %93
  %99 = getelementptr inbounds i8, ptr %8, i64 1
  br label %7, !llvm.loop !20
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn uwtable
define internal i64 @max_and_count(i32 %0, ...) unnamed_addr #4 {
  %2 = alloca %struct.__va_list, align 8
  %3 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  call void @llvm.va_copy.p0(ptr nonnull %3, ptr nonnull %2)
  %4 = getelementptr inbounds i8, ptr %2, i64 24
  %5 = load i32, ptr %4, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load ptr, ptr %7, align 8
  %9 = icmp sgt i32 %5, -1
  br i1 %9, label %13, label %10

10:                                               ; preds = %1
  %11 = add nsw i32 %5, 8
  store i32 %11, ptr %4, align 8
  %12 = icmp ult i32 %5, -7
  br i1 %12, label %16, label %13

13:                                               ; preds = %1, %10
  %14 = getelementptr inbounds i8, ptr %6, i64 8
  store ptr %14, ptr %2, align 8
  %15 = load i64, ptr %6, align 8, !tbaa !16
  br label %24

16:                                               ; preds = %10
  %17 = sext i32 %5 to i64
  %18 = getelementptr inbounds i8, ptr %8, i64 %17
  %19 = load i64, ptr %18, align 8, !tbaa !16
  %20 = icmp sgt i32 %5, -9
  br i1 %20, label %24, label %21

21:                                               ; preds = %16
  %22 = add nsw i32 %5, 16
  store i32 %22, ptr %4, align 8
  %23 = icmp ult i32 %11, -7
  br i1 %23, label %29, label %24

24:                                               ; preds = %16, %21, %13
  %25 = phi i64 [ %19, %21 ], [ %19, %16 ], [ %15, %13 ]
  %26 = phi ptr [ %6, %21 ], [ %6, %16 ], [ %14, %13 ]
  %27 = getelementptr inbounds i8, ptr %26, i64 8
  store ptr %27, ptr %2, align 8
  %28 = load i64, ptr %26, align 8, !tbaa !16
  br label %37

29:                                               ; preds = %21
  %30 = sext i32 %11 to i64
  %31 = getelementptr inbounds i8, ptr %8, i64 %30
  %32 = load i64, ptr %31, align 8, !tbaa !16
  %33 = icmp sgt i32 %5, -17
  br i1 %33, label %37, label %34

34:                                               ; preds = %29
  %35 = add nsw i32 %5, 24
  store i32 %35, ptr %4, align 8
  %36 = icmp ult i32 %22, -7
  br i1 %36, label %43, label %37

37:                                               ; preds = %29, %34, %24
  %38 = phi i64 [ %32, %34 ], [ %32, %29 ], [ %28, %24 ]
  %39 = phi ptr [ %6, %34 ], [ %6, %29 ], [ %27, %24 ]
  %40 = phi i64 [ %19, %34 ], [ %19, %29 ], [ %25, %24 ]
  %41 = getelementptr inbounds i8, ptr %39, i64 8
  store ptr %41, ptr %2, align 8
  %42 = load i64, ptr %39, align 8, !tbaa !16
  br label %51

43:                                               ; preds = %34
  %44 = sext i32 %22 to i64
  %45 = getelementptr inbounds i8, ptr %8, i64 %44
  %46 = load i64, ptr %45, align 8, !tbaa !16
  %47 = icmp sgt i32 %5, -25
  br i1 %47, label %51, label %48

48:                                               ; preds = %43
  %49 = add nsw i32 %5, 32
  store i32 %49, ptr %4, align 8
  %50 = icmp ult i32 %35, -7
  br i1 %50, label %58, label %51

51:                                               ; preds = %43, %48, %37
  %52 = phi i64 [ %46, %48 ], [ %46, %43 ], [ %42, %37 ]
  %53 = phi ptr [ %6, %48 ], [ %6, %43 ], [ %41, %37 ]
  %54 = phi i64 [ %19, %48 ], [ %19, %43 ], [ %40, %37 ]
  %55 = phi i64 [ %32, %48 ], [ %32, %43 ], [ %38, %37 ]
  %56 = getelementptr inbounds i8, ptr %53, i64 8
  store ptr %56, ptr %2, align 8
  %57 = load i64, ptr %53, align 8, !tbaa !16
  br label %66

58:                                               ; preds = %48
  %59 = sext i32 %35 to i64
  %60 = getelementptr inbounds i8, ptr %8, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !16
  %62 = icmp sgt i32 %5, -33
  br i1 %62, label %66, label %63

63:                                               ; preds = %58
  %64 = add nsw i32 %5, 40
  store i32 %64, ptr %4, align 8
  %65 = icmp ult i32 %49, -7
  br i1 %65, label %74, label %66

66:                                               ; preds = %58, %63, %51
  %67 = phi i64 [ %61, %63 ], [ %61, %58 ], [ %57, %51 ]
  %68 = phi ptr [ %6, %63 ], [ %6, %58 ], [ %56, %51 ]
  %69 = phi i64 [ %32, %63 ], [ %32, %58 ], [ %55, %51 ]
  %70 = phi i64 [ %19, %63 ], [ %19, %58 ], [ %54, %51 ]
  %71 = phi i64 [ %46, %63 ], [ %46, %58 ], [ %52, %51 ]
  %72 = getelementptr inbounds i8, ptr %68, i64 8
  store ptr %72, ptr %2, align 8
  %73 = load i64, ptr %68, align 8, !tbaa !16
  br label %85

74:                                               ; preds = %63
  %75 = sext i32 %49 to i64
  %76 = getelementptr inbounds i8, ptr %8, i64 %75
  %77 = load i64, ptr %76, align 8, !tbaa !16
  %78 = icmp sgt i32 %5, -41
  br i1 %78, label %85, label %79

79:                                               ; preds = %74
  %80 = add nsw i32 %5, 48
  store i32 %80, ptr %4, align 8
  %81 = icmp ult i32 %64, -7
  br i1 %81, label %82, label %85

82:                                               ; preds = %79
  %83 = sext i32 %64 to i64
  %84 = getelementptr inbounds i8, ptr %8, i64 %83
  br label %93

85:                                               ; preds = %66, %79, %74
  %86 = phi i64 [ %73, %66 ], [ %77, %79 ], [ %77, %74 ]
  %87 = phi ptr [ %72, %66 ], [ %6, %79 ], [ %6, %74 ]
  %88 = phi i64 [ %71, %66 ], [ %46, %79 ], [ %46, %74 ]
  %89 = phi i64 [ %70, %66 ], [ %19, %79 ], [ %19, %74 ]
  %90 = phi i64 [ %69, %66 ], [ %32, %79 ], [ %32, %74 ]
  %91 = phi i64 [ %67, %66 ], [ %61, %79 ], [ %61, %74 ]
  %92 = getelementptr inbounds i8, ptr %87, i64 8
  store ptr %92, ptr %2, align 8
  br label %93

93:                                               ; preds = %85, %82
  %94 = phi i64 [ %77, %82 ], [ %86, %85 ]
  %95 = phi i64 [ %46, %82 ], [ %88, %85 ]
  %96 = phi i64 [ %19, %82 ], [ %89, %85 ]
  %97 = phi i64 [ %32, %82 ], [ %90, %85 ]
  %98 = phi i64 [ %61, %82 ], [ %91, %85 ]
  %99 = phi ptr [ %84, %82 ], [ %87, %85 ]
  %100 = load i64, ptr %99, align 8, !tbaa !16
  call void @llvm.va_end.p0(ptr nonnull %2)
  %101 = getelementptr inbounds i8, ptr %3, i64 24
  %102 = load i32, ptr %101, align 8
  %103 = load ptr, ptr %3, align 8
  %104 = getelementptr inbounds i8, ptr %3, i64 8
  %105 = load ptr, ptr %104, align 8
  %106 = icmp sgt i32 %102, -1
  br i1 %106, label %110, label %107

107:                                              ; preds = %93
  %108 = add nsw i32 %102, 8
  store i32 %108, ptr %101, align 8
  %109 = icmp ult i32 %102, -7
  br i1 %109, label %113, label %110

110:                                              ; preds = %93, %107
  %111 = getelementptr inbounds i8, ptr %103, i64 8
  store ptr %111, ptr %3, align 8
  %112 = load i64, ptr %103, align 8, !tbaa !16
  br label %121

113:                                              ; preds = %107
  %114 = sext i32 %102 to i64
  %115 = getelementptr inbounds i8, ptr %105, i64 %114
  %116 = load i64, ptr %115, align 8, !tbaa !16
  %117 = icmp sgt i32 %102, -9
  br i1 %117, label %121, label %118

118:                                              ; preds = %113
  %119 = add nsw i32 %102, 16
  store i32 %119, ptr %101, align 8
  %120 = icmp ult i32 %108, -7
  br i1 %120, label %126, label %121

121:                                              ; preds = %113, %118, %110
  %122 = phi i64 [ %116, %118 ], [ %116, %113 ], [ %112, %110 ]
  %123 = phi ptr [ %103, %118 ], [ %103, %113 ], [ %111, %110 ]
  %124 = getelementptr inbounds i8, ptr %123, i64 8
  store ptr %124, ptr %3, align 8
  %125 = load i64, ptr %123, align 8, !tbaa !16
  br label %134

126:                                              ; preds = %118
  %127 = sext i32 %108 to i64
  %128 = getelementptr inbounds i8, ptr %105, i64 %127
  %129 = load i64, ptr %128, align 8, !tbaa !16
  %130 = icmp sgt i32 %102, -17
  br i1 %130, label %134, label %131

131:                                              ; preds = %126
  %132 = add nsw i32 %102, 24
  store i32 %132, ptr %101, align 8
  %133 = icmp ult i32 %119, -7
  br i1 %133, label %140, label %134

134:                                              ; preds = %126, %131, %121
  %135 = phi i64 [ %129, %131 ], [ %129, %126 ], [ %125, %121 ]
  %136 = phi ptr [ %103, %131 ], [ %103, %126 ], [ %124, %121 ]
  %137 = phi i64 [ %116, %131 ], [ %116, %126 ], [ %122, %121 ]
  %138 = getelementptr inbounds i8, ptr %136, i64 8
  store ptr %138, ptr %3, align 8
  %139 = load i64, ptr %136, align 8, !tbaa !16
  br label %148

140:                                              ; preds = %131
  %141 = sext i32 %119 to i64
  %142 = getelementptr inbounds i8, ptr %105, i64 %141
  %143 = load i64, ptr %142, align 8, !tbaa !16
  %144 = icmp sgt i32 %102, -25
  br i1 %144, label %148, label %145

145:                                              ; preds = %140
  %146 = add nsw i32 %102, 32
  store i32 %146, ptr %101, align 8
  %147 = icmp ult i32 %132, -7
  br i1 %147, label %155, label %148

148:                                              ; preds = %140, %145, %134
  %149 = phi i64 [ %143, %145 ], [ %143, %140 ], [ %139, %134 ]
  %150 = phi ptr [ %103, %145 ], [ %103, %140 ], [ %138, %134 ]
  %151 = phi i64 [ %116, %145 ], [ %116, %140 ], [ %137, %134 ]
  %152 = phi i64 [ %129, %145 ], [ %129, %140 ], [ %135, %134 ]
  %153 = getelementptr inbounds i8, ptr %150, i64 8
  store ptr %153, ptr %3, align 8
  %154 = load i64, ptr %150, align 8, !tbaa !16
  br label %163

155:                                              ; preds = %145
  %156 = sext i32 %132 to i64
  %157 = getelementptr inbounds i8, ptr %105, i64 %156
  %158 = load i64, ptr %157, align 8, !tbaa !16
  %159 = icmp sgt i32 %102, -33
  br i1 %159, label %163, label %160

160:                                              ; preds = %155
  %161 = add nsw i32 %102, 40
  store i32 %161, ptr %101, align 8
  %162 = icmp ult i32 %146, -7
  br i1 %162, label %171, label %163

163:                                              ; preds = %155, %160, %148
  %164 = phi i64 [ %158, %160 ], [ %158, %155 ], [ %154, %148 ]
  %165 = phi ptr [ %103, %160 ], [ %103, %155 ], [ %153, %148 ]
  %166 = phi i64 [ %129, %160 ], [ %129, %155 ], [ %152, %148 ]
  %167 = phi i64 [ %116, %160 ], [ %116, %155 ], [ %151, %148 ]
  %168 = phi i64 [ %143, %160 ], [ %143, %155 ], [ %149, %148 ]
  %169 = getelementptr inbounds i8, ptr %165, i64 8
  store ptr %169, ptr %3, align 8
  %170 = load i64, ptr %165, align 8, !tbaa !16
  br label %182

171:                                              ; preds = %160
  %172 = sext i32 %146 to i64
  %173 = getelementptr inbounds i8, ptr %105, i64 %172
  %174 = load i64, ptr %173, align 8, !tbaa !16
  %175 = icmp sgt i32 %102, -41
  br i1 %175, label %182, label %176

176:                                              ; preds = %171
  %177 = add nsw i32 %102, 48
  store i32 %177, ptr %101, align 8
  %178 = icmp ult i32 %161, -7
  br i1 %178, label %179, label %182

179:                                              ; preds = %176
  %180 = sext i32 %161 to i64
  %181 = getelementptr inbounds i8, ptr %105, i64 %180
  br label %190

182:                                              ; preds = %163, %176, %171
  %183 = phi i64 [ %170, %163 ], [ %174, %176 ], [ %174, %171 ]
  %184 = phi ptr [ %169, %163 ], [ %103, %176 ], [ %103, %171 ]
  %185 = phi i64 [ %168, %163 ], [ %143, %176 ], [ %143, %171 ]
  %186 = phi i64 [ %167, %163 ], [ %116, %176 ], [ %116, %171 ]
  %187 = phi i64 [ %166, %163 ], [ %129, %176 ], [ %129, %171 ]
  %188 = phi i64 [ %164, %163 ], [ %158, %176 ], [ %158, %171 ]
  %189 = getelementptr inbounds i8, ptr %184, i64 8
  store ptr %189, ptr %3, align 8
  br label %190

190:                                              ; preds = %182, %179
  %191 = phi i64 [ %174, %179 ], [ %183, %182 ]
  %192 = phi i64 [ %143, %179 ], [ %185, %182 ]
  %193 = phi i64 [ %116, %179 ], [ %186, %182 ]
  %194 = phi i64 [ %129, %179 ], [ %187, %182 ]
  %195 = phi i64 [ %158, %179 ], [ %188, %182 ]
  %196 = phi ptr [ %181, %179 ], [ %184, %182 ]
  %197 = call i64 @llvm.smax.i64(i64 %97, i64 %96)
  %198 = call i64 @llvm.smax.i64(i64 %95, i64 %197)
  %199 = call i64 @llvm.smax.i64(i64 %98, i64 %198)
  %200 = call i64 @llvm.smax.i64(i64 %94, i64 %199)
  %201 = call i64 @llvm.smax.i64(i64 %100, i64 %200)
  %202 = icmp eq i64 %193, %201
  %203 = zext i1 %202 to i64
  %204 = icmp eq i64 %194, %201
  %205 = zext i1 %204 to i64
  %206 = add nuw nsw i64 %203, %205
  %207 = icmp eq i64 %192, %201
  %208 = zext i1 %207 to i64
  %209 = add nuw nsw i64 %206, %208
  %210 = icmp eq i64 %195, %201
  %211 = zext i1 %210 to i64
  %212 = add nuw nsw i64 %209, %211
  %213 = icmp eq i64 %191, %201
  %214 = zext i1 %213 to i64
  %215 = add nuw nsw i64 %212, %214
  %216 = load i64, ptr %196, align 8, !tbaa !16
  %217 = icmp eq i64 %216, %201
  %218 = zext i1 %217 to i64
  %219 = add nuw nsw i64 %215, %218
  call void @llvm.va_end.p0(ptr nonnull %3)
  %220 = mul nsw i64 %201, 100
  %221 = add nsw i64 %219, %220
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #8
  ret i64 %221
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn uwtable
define internal ptr @nth_string(i32 %0, ...) unnamed_addr #4 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #8
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = getelementptr inbounds i8, ptr %2, i64 24
  %4 = load i32, ptr %3, align 8
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = load ptr, ptr %6, align 8
  %8 = icmp sgt i32 %4, -1
  br i1 %8, label %12, label %9

9:                                                ; preds = %1
  %10 = add nsw i32 %4, 8
  store i32 %10, ptr %3, align 8
  %11 = icmp ult i32 %4, -7
  br i1 %11, label %14, label %12

12:                                               ; preds = %1, %9
  %13 = getelementptr inbounds i8, ptr %5, i64 8
  br label %19

14:                                               ; preds = %9
  %15 = icmp sgt i32 %4, -9
  br i1 %15, label %19, label %16

16:                                               ; preds = %14
  %17 = add nsw i32 %4, 16
  store i32 %17, ptr %3, align 8
  %18 = icmp ult i32 %10, -7
  br i1 %18, label %22, label %19

19:                                               ; preds = %14, %16, %12
  %20 = phi ptr [ %5, %16 ], [ %5, %14 ], [ %13, %12 ]
  %21 = getelementptr inbounds i8, ptr %20, i64 8
  br label %30

22:                                               ; preds = %16
  %23 = icmp sgt i32 %4, -17
  br i1 %23, label %30, label %24

24:                                               ; preds = %22
  %25 = add nsw i32 %4, 24
  store i32 %25, ptr %3, align 8
  %26 = icmp ult i32 %17, -7
  br i1 %26, label %27, label %30

27:                                               ; preds = %24
  %28 = sext i32 %17 to i64
  %29 = getelementptr inbounds i8, ptr %7, i64 %28
  br label %33

30:                                               ; preds = %19, %24, %22
  %31 = phi ptr [ %21, %19 ], [ %5, %24 ], [ %5, %22 ]
  %32 = getelementptr inbounds i8, ptr %31, i64 8
  store ptr %32, ptr %2, align 8
  br label %33

33:                                               ; preds = %30, %27
  %34 = phi ptr [ %29, %27 ], [ %31, %30 ]
  %35 = load ptr, ptr %34, align 8, !tbaa !18
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #8
  ret ptr %35
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

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #6 = { nofree nounwind }
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
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !8, i64 0}
!14 = distinct !{!14, !11}
!15 = !{!8, !8, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !8, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"any pointer", !8, i64 0}
!20 = distinct !{!20, !11}
