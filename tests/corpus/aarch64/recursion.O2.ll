; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [13 x i8] c"fib(%d)=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"fib_memo(90)=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"ack(%lu,3)=%lu\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"ack(2,200)=%lu\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"hofstadter F:\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"\0Ahofstadter M:\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"\0Agcd=%ld %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"sum_to(5000)=%ld\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"hanoi moves=%d\0A\00", align 1
@moves = internal unnamed_addr global i32 0, align 4
@__const.main.v = private unnamed_addr constant [10 x i32] [i32 3, i32 34, i32 4, i32 12, i32 5, i32 2, i32 9, i32 7, i32 1, i32 8], align 4
@.str.10 = private unnamed_addr constant [27 x i8] c"subsets summing to 20: %d\0A\00", align 1
@memo = internal unnamed_addr global [91 x i64] zeroinitializer, align 8
@.str.11 = private unnamed_addr constant [21 x i8] c"move disk %d %c->%c\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = tail call fastcc i64 @fib(i32 noundef 0)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i64 noundef %2)
  %4 = tail call fastcc i64 @fib(i32 noundef 5)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, i64 noundef %4)
  %6 = tail call fastcc i64 @fib(i32 noundef 10)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 10, i64 noundef %6)
  %8 = tail call fastcc i64 @fib(i32 noundef 15)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 15, i64 noundef %8)
  %10 = tail call fastcc i64 @fib(i32 noundef 20)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 20, i64 noundef %10)
  %12 = tail call fastcc i64 @fib(i32 noundef 25)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 25, i64 noundef %12)
  %14 = tail call fastcc i64 @fib_memo(i32 noundef 90)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %14)
  %16 = tail call fastcc i64 @ack(i64 noundef 0, i64 noundef 3)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef 0, i64 noundef %16)
  %18 = tail call fastcc i64 @ack(i64 noundef 1, i64 noundef 3)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef 1, i64 noundef %18)
  %20 = tail call fastcc i64 @ack(i64 noundef 2, i64 noundef 3)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef 2, i64 noundef %20)
  %22 = tail call fastcc i64 @ack(i64 noundef 3, i64 noundef 3)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef 3, i64 noundef %22)
  %24 = tail call fastcc i64 @ack(i64 noundef 2, i64 noundef 200)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %24)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4)
  %27 = tail call fastcc i32 @hofstadter_f(i32 noundef 0)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %27)
  %29 = tail call fastcc i32 @hofstadter_f(i32 noundef 1)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %29)
  %31 = tail call fastcc i32 @hofstadter_f(i32 noundef 2)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %31)
  %33 = tail call fastcc i32 @hofstadter_f(i32 noundef 3)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %33)
  %35 = tail call fastcc i32 @hofstadter_f(i32 noundef 4)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %35)
  %37 = tail call fastcc i32 @hofstadter_f(i32 noundef 5)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %37)
  %39 = tail call fastcc i32 @hofstadter_f(i32 noundef 6)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %39)
  %41 = tail call fastcc i32 @hofstadter_f(i32 noundef 7)
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %41)
  %43 = tail call fastcc i32 @hofstadter_f(i32 noundef 8)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %43)
  %45 = tail call fastcc i32 @hofstadter_f(i32 noundef 9)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %45)
  %47 = tail call fastcc i32 @hofstadter_f(i32 noundef 10)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %47)
  %49 = tail call fastcc i32 @hofstadter_f(i32 noundef 11)
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %49)
  %51 = tail call fastcc i32 @hofstadter_f(i32 noundef 12)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %51)
  %53 = tail call fastcc i32 @hofstadter_f(i32 noundef 13)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %53)
  %55 = tail call fastcc i32 @hofstadter_f(i32 noundef 14)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %55)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6)
  %58 = tail call fastcc i32 @hofstadter_m(i32 noundef 0)
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %58)
  %60 = tail call fastcc i32 @hofstadter_m(i32 noundef 1)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %60)
  %62 = tail call fastcc i32 @hofstadter_m(i32 noundef 2)
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %62)
  %64 = tail call fastcc i32 @hofstadter_m(i32 noundef 3)
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %64)
  %66 = tail call fastcc i32 @hofstadter_m(i32 noundef 4)
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %66)
  %68 = tail call fastcc i32 @hofstadter_m(i32 noundef 5)
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %68)
  %70 = tail call fastcc i32 @hofstadter_m(i32 noundef 6)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %70)
  %72 = tail call fastcc i32 @hofstadter_m(i32 noundef 7)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %72)
  %74 = tail call fastcc i32 @hofstadter_m(i32 noundef 8)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %74)
  %76 = tail call fastcc i32 @hofstadter_m(i32 noundef 9)
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %76)
  %78 = tail call fastcc i32 @hofstadter_m(i32 noundef 10)
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %78)
  %80 = tail call fastcc i32 @hofstadter_m(i32 noundef 11)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %80)
  %82 = tail call fastcc i32 @hofstadter_m(i32 noundef 12)
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %82)
  %84 = tail call fastcc i32 @hofstadter_m(i32 noundef 13)
  %85 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %84)
  %86 = tail call fastcc i32 @hofstadter_m(i32 noundef 14)
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %86)
  br label %88

88:                                               ; preds = %0, %88
  %89 = phi i64 [ %91, %88 ], [ 462, %0 ]
  %90 = phi i64 [ %89, %88 ], [ 1071, %0 ]
  %91 = urem i64 %90, %89
  %92 = icmp eq i64 %91, 0
  br i1 %92, label %93, label %88

93:                                               ; preds = %88, %93
  %94 = phi i64 [ %96, %93 ], [ 6291456, %88 ]
  %95 = phi i64 [ %94, %93 ], [ 1099511627776, %88 ]
  %96 = urem i64 %95, %94
  %97 = icmp eq i64 %96, 0
  br i1 %97, label %98, label %93

98:                                               ; preds = %93
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef %89, i64 noundef %94)
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef 12502500)
  tail call fastcc void @hanoi(i32 noundef 6, i8 noundef 65, i8 noundef 67, i8 noundef 66)
  %101 = load i32, ptr @moves, align 4, !tbaa !6
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %101)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #6
  store i32 0, ptr %1, align 4, !tbaa !6
  call fastcc void @subsets(ptr noundef nonnull @__const.main.v, i32 noundef 0, i32 noundef 0, ptr noundef nonnull %1)
  %103 = load i32, ptr %1, align 4, !tbaa !6
  %104 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %103)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @fib(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %8

3:                                                ; preds = %8, %1
  %4 = phi i64 [ 0, %1 ], [ %14, %8 ]
  %5 = phi i32 [ %0, %1 ], [ %13, %8 ]
  %6 = sext i32 %5 to i64
  %7 = add nsw i64 %4, %6
  ret i64 %7

8:                                                ; preds = %1, %8
  %9 = phi i32 [ %13, %8 ], [ %0, %1 ]
  %10 = phi i64 [ %14, %8 ], [ 0, %1 ]
  %11 = add nsw i32 %9, -1
  %12 = tail call fastcc i64 @fib(i32 noundef %11)
  %13 = add nsw i32 %9, -2
  %14 = add nsw i64 %12, %10
  %15 = icmp ult i32 %9, 4
  br i1 %15, label %3, label %8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @fib_memo(i32 noundef %0) unnamed_addr #4 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %5

3:                                                ; preds = %1
  %4 = sext i32 %0 to i64
  br label %10

5:                                                ; preds = %1
  %6 = zext nneg i32 %0 to i64
  %7 = getelementptr inbounds [91 x i64], ptr @memo, i64 0, i64 %6
  %8 = load i64, ptr %7, align 8, !tbaa !10
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %12, label %10

10:                                               ; preds = %5, %3, %12
  %11 = phi i64 [ %17, %12 ], [ %4, %3 ], [ %8, %5 ]
  ret i64 %11

12:                                               ; preds = %5
  %13 = add nsw i32 %0, -1
  %14 = tail call fastcc i64 @fib_memo(i32 noundef %13)
  %15 = add nsw i32 %0, -2
  %16 = tail call fastcc i64 @fib_memo(i32 noundef %15)
  %17 = add nsw i64 %16, %14
  store i64 %17, ptr %7, align 8, !tbaa !10
  br label %10
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @ack(i64 noundef %0, i64 noundef %1) unnamed_addr #3 {
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %11, %2
  %5 = phi i64 [ %1, %2 ], [ %12, %11 ]
  %6 = add i64 %5, 1
  ret i64 %6

7:                                                ; preds = %2, %11
  %8 = phi i64 [ %12, %11 ], [ %1, %2 ]
  %9 = phi i64 [ %13, %11 ], [ %0, %2 ]
  %10 = icmp eq i64 %8, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7, %15
  %12 = phi i64 [ %17, %15 ], [ 1, %7 ]
  %13 = add nsw i64 %9, -1
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %4, label %7

15:                                               ; preds = %7
  %16 = add i64 %8, -1
  %17 = tail call fastcc i64 @ack(i64 noundef %9, i64 noundef %16)
  br label %11
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @hofstadter_f(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %9, %5 ], [ 1, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = add nsw i32 %0, -1
  %7 = tail call fastcc i32 @hofstadter_f(i32 noundef %6)
  %8 = tail call fastcc i32 @hofstadter_m(i32 noundef %7)
  %9 = sub nsw i32 %0, %8
  br label %3
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i32 @hofstadter_m(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %9, %5 ], [ 0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = add nsw i32 %0, -1
  %7 = tail call fastcc i32 @hofstadter_m(i32 noundef %6)
  %8 = tail call fastcc i32 @hofstadter_f(i32 noundef %7)
  %9 = sub nsw i32 %0, %8
  br label %3
}

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @hanoi(i32 noundef %0, i8 noundef %1, i8 noundef %2, i8 noundef %3) unnamed_addr #0 {
  %5 = icmp eq i32 %0, 0
  br i1 %5, label %21, label %6

6:                                                ; preds = %4
  %7 = zext nneg i8 %2 to i32
  br label %8

8:                                                ; preds = %6, %19
  %9 = phi i8 [ %3, %6 ], [ %10, %19 ]
  %10 = phi i8 [ %1, %6 ], [ %9, %19 ]
  %11 = phi i32 [ %0, %6 ], [ %12, %19 ]
  %12 = add nsw i32 %11, -1
  tail call fastcc void @hanoi(i32 noundef %12, i8 noundef %10, i8 noundef %9, i8 noundef %2)
  %13 = load i32, ptr @moves, align 4, !tbaa !6
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr @moves, align 4, !tbaa !6
  %15 = icmp sgt i32 %11, 3
  br i1 %15, label %16, label %19

16:                                               ; preds = %8
  %17 = zext nneg i8 %10 to i32
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %11, i32 noundef %17, i32 noundef %7)
  br label %19

19:                                               ; preds = %16, %8
  %20 = icmp eq i32 %12, 0
  br i1 %20, label %21, label %8

21:                                               ; preds = %19, %4
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @subsets(ptr nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2, ptr nocapture noundef %3) unnamed_addr #5 {
  %5 = icmp eq i32 %1, 10
  br i1 %5, label %6, label %90

6:                                                ; preds = %90, %4
  %7 = phi i32 [ %2, %4 ], [ %95, %90 ]
  %8 = and i32 %7, 1
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %12, label %10

10:                                               ; preds = %6
  %11 = load i32, ptr %0, align 4, !tbaa !6
  br label %12

12:                                               ; preds = %6, %10
  %13 = phi i32 [ %11, %10 ], [ 0, %6 ]
  %14 = and i32 %7, 2
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %12
  %17 = getelementptr inbounds i8, ptr %0, i64 4
  %18 = load i32, ptr %17, align 4, !tbaa !6
  %19 = add nsw i32 %18, %13
  br label %20

20:                                               ; preds = %16, %12
  %21 = phi i32 [ %19, %16 ], [ %13, %12 ]
  %22 = and i32 %7, 4
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %28, label %24

24:                                               ; preds = %20
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = add nsw i32 %26, %21
  br label %28

28:                                               ; preds = %24, %20
  %29 = phi i32 [ %27, %24 ], [ %21, %20 ]
  %30 = and i32 %7, 8
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %36, label %32

32:                                               ; preds = %28
  %33 = getelementptr inbounds i8, ptr %0, i64 12
  %34 = load i32, ptr %33, align 4, !tbaa !6
  %35 = add nsw i32 %34, %29
  br label %36

36:                                               ; preds = %32, %28
  %37 = phi i32 [ %35, %32 ], [ %29, %28 ]
  %38 = and i32 %7, 16
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %44, label %40

40:                                               ; preds = %36
  %41 = getelementptr inbounds i8, ptr %0, i64 16
  %42 = load i32, ptr %41, align 4, !tbaa !6
  %43 = add nsw i32 %42, %37
  br label %44

44:                                               ; preds = %40, %36
  %45 = phi i32 [ %43, %40 ], [ %37, %36 ]
  %46 = and i32 %7, 32
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %52, label %48

48:                                               ; preds = %44
  %49 = getelementptr inbounds i8, ptr %0, i64 20
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = add nsw i32 %50, %45
  br label %52

52:                                               ; preds = %48, %44
  %53 = phi i32 [ %51, %48 ], [ %45, %44 ]
  %54 = and i32 %7, 64
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %60, label %56

56:                                               ; preds = %52
  %57 = getelementptr inbounds i8, ptr %0, i64 24
  %58 = load i32, ptr %57, align 4, !tbaa !6
  %59 = add nsw i32 %58, %53
  br label %60

60:                                               ; preds = %56, %52
  %61 = phi i32 [ %59, %56 ], [ %53, %52 ]
  %62 = and i32 %7, 128
  %63 = icmp eq i32 %62, 0
  br i1 %63, label %68, label %64

64:                                               ; preds = %60
  %65 = getelementptr inbounds i8, ptr %0, i64 28
  %66 = load i32, ptr %65, align 4, !tbaa !6
  %67 = add nsw i32 %66, %61
  br label %68

68:                                               ; preds = %64, %60
  %69 = phi i32 [ %67, %64 ], [ %61, %60 ]
  %70 = and i32 %7, 256
  %71 = icmp eq i32 %70, 0
  br i1 %71, label %76, label %72

72:                                               ; preds = %68
  %73 = getelementptr inbounds i8, ptr %0, i64 32
  %74 = load i32, ptr %73, align 4, !tbaa !6
  %75 = add nsw i32 %74, %69
  br label %76

76:                                               ; preds = %72, %68
  %77 = phi i32 [ %75, %72 ], [ %69, %68 ]
  %78 = and i32 %7, 512
  %79 = icmp eq i32 %78, 0
  br i1 %79, label %84, label %80

80:                                               ; preds = %76
  %81 = getelementptr inbounds i8, ptr %0, i64 36
  %82 = load i32, ptr %81, align 4, !tbaa !6
  %83 = add nsw i32 %82, %77
  br label %84

84:                                               ; preds = %80, %76
  %85 = phi i32 [ %83, %80 ], [ %77, %76 ]
  %86 = icmp eq i32 %85, 20
  br i1 %86, label %87, label %97

87:                                               ; preds = %84
  %88 = load i32, ptr %3, align 4, !tbaa !6
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %3, align 4, !tbaa !6
  br label %97

90:                                               ; preds = %4, %90
  %91 = phi i32 [ %95, %90 ], [ %2, %4 ]
  %92 = phi i32 [ %93, %90 ], [ %1, %4 ]
  %93 = add nuw nsw i32 %92, 1
  tail call fastcc void @subsets(ptr noundef %0, i32 noundef %93, i32 noundef %91, ptr noundef %3)
  %94 = shl nuw nsw i32 1, %92
  %95 = or i32 %94, %91
  %96 = icmp eq i32 %93, 10
  br i1 %96, label %6, label %90

97:                                               ; preds = %84, %87
  ret void
}

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !8, i64 0}
