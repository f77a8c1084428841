; ModuleID = 'n_queens.c'
source_filename = "n_queens.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"queens(%d)=%ld\0A\00", align 1
@pos = internal unnamed_addr global [12 x i32] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [82 x i8] c"530070000600195000098000060800060003400803001700020006060000280000419005000080079\00", align 1
@grid = internal unnamed_addr global [9 x [9 x i32]] zeroinitializer, align 4
@.str.2 = private unnamed_addr constant [28 x i8] c"sudoku solved=%d tries=%ld\0A\00", align 1
@tries = internal unnamed_addr global i64 0, align 8
@.str.3 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call fastcc i64 @solve_bits(i32 noundef 1, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i64 noundef %1)
  %3 = tail call fastcc i64 @solve_bits(i32 noundef 2, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i64 noundef %3)
  %5 = tail call fastcc i64 @solve_bits(i32 noundef 3, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, i64 noundef %5)
  %7 = tail call fastcc i64 @solve_bits(i32 noundef 4, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, i64 noundef %7)
  %9 = tail call fastcc i64 @solve_bits(i32 noundef 5, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, i64 noundef %9)
  %11 = tail call fastcc i64 @solve_bits(i32 noundef 6, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 6, i64 noundef %11)
  %13 = tail call fastcc i64 @solve_bits(i32 noundef 7, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 7, i64 noundef %13)
  %15 = tail call fastcc i64 @solve_bits(i32 noundef 8, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 8, i64 noundef %15)
  %17 = tail call fastcc i64 @solve_bits(i32 noundef 9, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 9, i64 noundef %17)
  %19 = tail call fastcc i64 @solve_bits(i32 noundef 10, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 10, i64 noundef %19)
  %21 = tail call fastcc i32 @first(i32 noundef 0)
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %24

23:                                               ; preds = %24, %0
  br label %75

24:                                               ; preds = %0, %24
  %25 = phi i64 [ %69, %24 ], [ 0, %0 ]
  %26 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !6
  %28 = icmp eq i32 %27, 0
  %29 = select i1 %28, i32 81, i32 46
  %30 = load ptr, ptr @stdout, align 8, !tbaa !10
  %31 = tail call noundef i32 @putc(i32 noundef %29, ptr noundef %30)
  %32 = load i32, ptr %26, align 4, !tbaa !6
  %33 = icmp eq i32 %32, 1
  %34 = select i1 %33, i32 81, i32 46
  %35 = load ptr, ptr @stdout, align 8, !tbaa !10
  %36 = tail call noundef i32 @putc(i32 noundef %34, ptr noundef %35)
  %37 = load i32, ptr %26, align 4, !tbaa !6
  %38 = icmp eq i32 %37, 2
  %39 = select i1 %38, i32 81, i32 46
  %40 = load ptr, ptr @stdout, align 8, !tbaa !10
  %41 = tail call noundef i32 @putc(i32 noundef %39, ptr noundef %40)
  %42 = load i32, ptr %26, align 4, !tbaa !6
  %43 = icmp eq i32 %42, 3
  %44 = select i1 %43, i32 81, i32 46
  %45 = load ptr, ptr @stdout, align 8, !tbaa !10
  %46 = tail call noundef i32 @putc(i32 noundef %44, ptr noundef %45)
  %47 = load i32, ptr %26, align 4, !tbaa !6
  %48 = icmp eq i32 %47, 4
  %49 = select i1 %48, i32 81, i32 46
  %50 = load ptr, ptr @stdout, align 8, !tbaa !10
  %51 = tail call noundef i32 @putc(i32 noundef %49, ptr noundef %50)
  %52 = load i32, ptr %26, align 4, !tbaa !6
  %53 = icmp eq i32 %52, 5
  %54 = select i1 %53, i32 81, i32 46
  %55 = load ptr, ptr @stdout, align 8, !tbaa !10
  %56 = tail call noundef i32 @putc(i32 noundef %54, ptr noundef %55)
  %57 = load i32, ptr %26, align 4, !tbaa !6
  %58 = icmp eq i32 %57, 6
  %59 = select i1 %58, i32 81, i32 46
  %60 = load ptr, ptr @stdout, align 8, !tbaa !10
  %61 = tail call noundef i32 @putc(i32 noundef %59, ptr noundef %60)
  %62 = load i32, ptr %26, align 4, !tbaa !6
  %63 = icmp eq i32 %62, 7
  %64 = select i1 %63, i32 81, i32 46
  %65 = load ptr, ptr @stdout, align 8, !tbaa !10
  %66 = tail call noundef i32 @putc(i32 noundef %64, ptr noundef %65)
  %67 = load ptr, ptr @stdout, align 8, !tbaa !10
  %68 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %67)
  %69 = add nuw nsw i64 %25, 1
  %70 = icmp eq i64 %69, 8
  br i1 %70, label %23, label %24, !llvm.loop !12

71:                                               ; preds = %75
  %72 = tail call fastcc i32 @sudoku(i32 noundef 0)
  %73 = load i64, ptr @tries, align 8, !tbaa !14
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %72, i64 noundef %73)
  br label %91

75:                                               ; preds = %23, %75
  %76 = phi i64 [ %89, %75 ], [ 0, %23 ]
  %77 = getelementptr inbounds i8, ptr @.str.1, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !16
  %79 = zext i8 %78 to i32
  %80 = add nsw i32 %79, -48
  %81 = trunc i64 %76 to i8
  %82 = freeze i8 %81
  %83 = udiv i8 %82, 9
  %84 = zext nneg i8 %83 to i64
  %85 = mul i8 %83, 9
  %86 = sub i8 %82, %85
  %87 = zext nneg i8 %86 to i64
  %88 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %84, i64 %87
  store i32 %80, ptr %88, align 4, !tbaa !6
  %89 = add nuw nsw i64 %76, 1
  %90 = icmp eq i64 %89, 81
  br i1 %90, label %71, label %75, !llvm.loop !17

91:                                               ; preds = %71, %91
  %92 = phi i64 [ 0, %71 ], [ %122, %91 ]
  %93 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 0
  %94 = load i32, ptr %93, align 4, !tbaa !6
  %95 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %94)
  %96 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 1
  %97 = load i32, ptr %96, align 4, !tbaa !6
  %98 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %97)
  %99 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 2
  %100 = load i32, ptr %99, align 4, !tbaa !6
  %101 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %100)
  %102 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 3
  %103 = load i32, ptr %102, align 4, !tbaa !6
  %104 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %103)
  %105 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 4
  %106 = load i32, ptr %105, align 4, !tbaa !6
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %106)
  %108 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 5
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %109)
  %111 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 6
  %112 = load i32, ptr %111, align 4, !tbaa !6
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %112)
  %114 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 7
  %115 = load i32, ptr %114, align 4, !tbaa !6
  %116 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %115)
  %117 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %92, i64 8
  %118 = load i32, ptr %117, align 4, !tbaa !6
  %119 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %118)
  %120 = load ptr, ptr @stdout, align 8, !tbaa !10
  %121 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %120)
  %122 = add nuw nsw i64 %92, 1
  %123 = icmp eq i64 %122, 9
  br i1 %123, label %124, label %91, !llvm.loop !18

124:                                              ; preds = %91
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @solve_bits(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #2 {
  %5 = shl nsw i32 -1, %0
  %6 = xor i32 %5, -1
  %7 = icmp eq i32 %6, %1
  br i1 %7, label %29, label %8

8:                                                ; preds = %4
  %9 = or i32 %2, %1
  %10 = or i32 %9, %3
  %11 = xor i32 %10, -1
  %12 = and i32 %11, %6
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %29, label %14

14:                                               ; preds = %8, %14
  %15 = phi i32 [ %19, %14 ], [ %12, %8 ]
  %16 = phi i64 [ %27, %14 ], [ 0, %8 ]
  %17 = sub i32 0, %15
  %18 = and i32 %15, %17
  %19 = xor i32 %18, %15
  %20 = or i32 %18, %1
  %21 = or i32 %18, %2
  %22 = shl i32 %21, 1
  %23 = and i32 %22, %6
  %24 = or i32 %18, %3
  %25 = lshr i32 %24, 1
  %26 = tail call fastcc i64 @solve_bits(i32 noundef %0, i32 noundef %20, i32 noundef %23, i32 noundef %25)
  %27 = add nsw i64 %26, %16
  %28 = icmp eq i32 %18, %15
  br i1 %28, label %29, label %14, !llvm.loop !19

29:                                               ; preds = %14, %8, %4
  %30 = phi i64 [ 1, %4 ], [ 0, %8 ], [ %27, %14 ]
  ret i64 %30
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc range(i32 0, 2) i32 @first(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp eq i32 %0, 8
  br i1 %2, label %48, label %3

3:                                                ; preds = %1
  %4 = icmp slt i32 %0, 1
  %5 = zext nneg i32 %0 to i64
  %6 = sub i32 0, %0
  %7 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %5
  %8 = add nuw nsw i32 %0, 1
  br label %9

9:                                                ; preds = %3, %41
  %10 = phi i1 [ true, %3 ], [ %43, %41 ]
  %11 = phi i32 [ 0, %3 ], [ %42, %41 ]
  br i1 %4, label %38, label %12

12:                                               ; preds = %9
  %13 = load i32, ptr @pos, align 4, !tbaa !6
  %14 = sub nsw i32 %13, %11
  %15 = icmp eq i32 %13, %11
  %16 = icmp eq i32 %14, %0
  %17 = icmp eq i32 %14, %6
  %18 = or i1 %16, %17
  %19 = select i1 %15, i1 true, i1 %18
  br i1 %19, label %41, label %20

20:                                               ; preds = %12, %24
  %21 = phi i64 [ %22, %24 ], [ 0, %12 ]
  %22 = add nuw nsw i64 %21, 1
  %23 = icmp eq i64 %22, %5
  br i1 %23, label %36, label %24, !llvm.loop !20

24:                                               ; preds = %20
  %25 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %22
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = sub nsw i32 %26, %11
  %28 = icmp eq i32 %26, %11
  %29 = trunc i64 %22 to i32
  %30 = sub i32 %0, %29
  %31 = icmp eq i32 %27, %30
  %32 = sub i32 %29, %0
  %33 = icmp eq i32 %27, %32
  %34 = or i1 %31, %33
  %35 = select i1 %28, i1 true, i1 %34
  br i1 %35, label %36, label %20, !llvm.loop !20

36:                                               ; preds = %24, %20
  %37 = icmp ult i64 %22, %5
  br i1 %37, label %41, label %38

38:                                               ; preds = %9, %36
  store i32 %11, ptr %7, align 4, !tbaa !6
  %39 = tail call fastcc i32 @first(i32 noundef %8)
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %45

41:                                               ; preds = %12, %36, %38
  %42 = add nuw nsw i32 %11, 1
  %43 = icmp ult i32 %11, 7
  %44 = icmp eq i32 %42, 8
  br i1 %44, label %45, label %9, !llvm.loop !21

45:                                               ; preds = %38, %41
  %46 = phi i1 [ %10, %38 ], [ %43, %41 ]
  %47 = zext i1 %46 to i32
  br label %48

48:                                               ; preds = %45, %1
  %49 = phi i32 [ 1, %1 ], [ %47, %45 ]
  ret i32 %49
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc range(i32 0, 2) i32 @sudoku(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp eq i32 %0, 81
  br i1 %2, label %153, label %3

3:                                                ; preds = %1, %59
  %4 = phi i32 [ %60, %59 ], [ %0, %1 ]
  %5 = freeze i32 %4
  %6 = sdiv i32 %5, 9
  %7 = mul i32 %6, 9
  %8 = sub i32 %5, %7
  %9 = sext i32 %6 to i64
  %10 = sext i32 %8 to i64
  %11 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %59

14:                                               ; preds = %3
  %15 = srem i32 %6, 3
  %16 = sub nsw i32 %6, %15
  %17 = trunc nsw i32 %8 to i8
  %18 = srem i8 %17, 3
  %19 = sext i8 %18 to i32
  %20 = sub nsw i32 %8, %19
  %21 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 0
  %22 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 0, i64 %10
  %23 = sext i32 %16 to i64
  %24 = sext i32 %20 to i64
  %25 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %23, i64 %24
  %26 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 1
  %27 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 1, i64 %10
  %28 = add nsw i32 %20, 1
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %23, i64 %29
  %31 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 2
  %32 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 2, i64 %10
  %33 = add nsw i32 %20, 2
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %23, i64 %34
  %36 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 3
  %37 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 3, i64 %10
  %38 = add nsw i32 %16, 1
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %39, i64 %24
  %41 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 4
  %42 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 4, i64 %10
  %43 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %39, i64 %29
  %44 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 5
  %45 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 5, i64 %10
  %46 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %39, i64 %34
  %47 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 6
  %48 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 6, i64 %10
  %49 = add nsw i32 %16, 2
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %50, i64 %24
  %52 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 7
  %53 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 7, i64 %10
  %54 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %50, i64 %29
  %55 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %9, i64 8
  %56 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 8, i64 %10
  %57 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %50, i64 %34
  %58 = add nsw i32 %4, 1
  br label %62

59:                                               ; preds = %3
  %60 = add nsw i32 %4, 1
  %61 = icmp eq i32 %60, 81
  br i1 %61, label %153, label %3

62:                                               ; preds = %14, %149
  %63 = phi i32 [ 1, %14 ], [ %150, %149 ]
  %64 = load i32, ptr %21, align 4, !tbaa !6
  %65 = icmp eq i32 %64, %63
  br i1 %65, label %149, label %135

66:                                               ; preds = %138
  %67 = load i32, ptr %26, align 4, !tbaa !6
  %68 = icmp eq i32 %67, %63
  br i1 %68, label %149, label %69

69:                                               ; preds = %66
  %70 = load i32, ptr %27, align 4, !tbaa !6
  %71 = icmp eq i32 %70, %63
  br i1 %71, label %149, label %72

72:                                               ; preds = %69
  %73 = load i32, ptr %30, align 4, !tbaa !6
  %74 = icmp eq i32 %73, %63
  br i1 %74, label %149, label %75

75:                                               ; preds = %72
  %76 = load i32, ptr %31, align 4, !tbaa !6
  %77 = icmp eq i32 %76, %63
  br i1 %77, label %149, label %78

78:                                               ; preds = %75
  %79 = load i32, ptr %32, align 4, !tbaa !6
  %80 = icmp eq i32 %79, %63
  br i1 %80, label %149, label %81

81:                                               ; preds = %78
  %82 = load i32, ptr %35, align 4, !tbaa !6
  %83 = icmp eq i32 %82, %63
  br i1 %83, label %149, label %84

84:                                               ; preds = %81
  %85 = load i32, ptr %36, align 4, !tbaa !6
  %86 = icmp eq i32 %85, %63
  br i1 %86, label %149, label %87

87:                                               ; preds = %84
  %88 = load i32, ptr %37, align 4, !tbaa !6
  %89 = icmp eq i32 %88, %63
  br i1 %89, label %149, label %90

90:                                               ; preds = %87
  %91 = load i32, ptr %40, align 4, !tbaa !6
  %92 = icmp eq i32 %91, %63
  br i1 %92, label %149, label %93

93:                                               ; preds = %90
  %94 = load i32, ptr %41, align 4, !tbaa !6
  %95 = icmp eq i32 %94, %63
  br i1 %95, label %149, label %96

96:                                               ; preds = %93
  %97 = load i32, ptr %42, align 4, !tbaa !6
  %98 = icmp eq i32 %97, %63
  br i1 %98, label %149, label %99

99:                                               ; preds = %96
  %100 = load i32, ptr %43, align 4, !tbaa !6
  %101 = icmp eq i32 %100, %63
  br i1 %101, label %149, label %102

102:                                              ; preds = %99
  %103 = load i32, ptr %44, align 4, !tbaa !6
  %104 = icmp eq i32 %103, %63
  br i1 %104, label %149, label %105

105:                                              ; preds = %102
  %106 = load i32, ptr %45, align 4, !tbaa !6
  %107 = icmp eq i32 %106, %63
  br i1 %107, label %149, label %108

108:                                              ; preds = %105
  %109 = load i32, ptr %46, align 4, !tbaa !6
  %110 = icmp eq i32 %109, %63
  br i1 %110, label %149, label %111

111:                                              ; preds = %108
  %112 = load i32, ptr %47, align 4, !tbaa !6
  %113 = icmp eq i32 %112, %63
  br i1 %113, label %149, label %114

114:                                              ; preds = %111
  %115 = load i32, ptr %48, align 4, !tbaa !6
  %116 = icmp eq i32 %115, %63
  br i1 %116, label %149, label %117

117:                                              ; preds = %114
  %118 = load i32, ptr %51, align 4, !tbaa !6
  %119 = icmp eq i32 %118, %63
  br i1 %119, label %149, label %120

120:                                              ; preds = %117
  %121 = load i32, ptr %52, align 4, !tbaa !6
  %122 = icmp eq i32 %121, %63
  br i1 %122, label %149, label %123

123:                                              ; preds = %120
  %124 = load i32, ptr %53, align 4, !tbaa !6
  %125 = icmp eq i32 %124, %63
  br i1 %125, label %149, label %126

126:                                              ; preds = %123
  %127 = load i32, ptr %54, align 4, !tbaa !6
  %128 = icmp eq i32 %127, %63
  br i1 %128, label %149, label %129

129:                                              ; preds = %126
  %130 = load i32, ptr %55, align 4, !tbaa !6
  %131 = icmp eq i32 %130, %63
  br i1 %131, label %149, label %132

132:                                              ; preds = %129
  %133 = load i32, ptr %56, align 4, !tbaa !6
  %134 = icmp eq i32 %133, %63
  br i1 %134, label %149, label %141

135:                                              ; preds = %62
  %136 = load i32, ptr %22, align 4, !tbaa !6
  %137 = icmp eq i32 %136, %63
  br i1 %137, label %149, label %138

138:                                              ; preds = %135
  %139 = load i32, ptr %25, align 4, !tbaa !6
  %140 = icmp eq i32 %139, %63
  br i1 %140, label %149, label %66

141:                                              ; preds = %132
  %142 = load i32, ptr %57, align 4, !tbaa !6
  %143 = icmp eq i32 %142, %63
  br i1 %143, label %149, label %144

144:                                              ; preds = %141
  %145 = load i64, ptr @tries, align 8, !tbaa !14
  %146 = add nsw i64 %145, 1
  store i64 %146, ptr @tries, align 8, !tbaa !14
  store i32 %63, ptr %11, align 4, !tbaa !6
  %147 = tail call fastcc i32 @sudoku(i32 noundef %58)
  %148 = icmp eq i32 %147, 0
  br i1 %148, label %149, label %153

149:                                              ; preds = %132, %129, %126, %123, %120, %117, %114, %111, %108, %105, %102, %99, %96, %93, %90, %87, %84, %81, %78, %75, %72, %69, %66, %138, %135, %62, %144, %141
  %150 = add nuw nsw i32 %63, 1
  %151 = icmp eq i32 %150, 10
  br i1 %151, label %152, label %62, !llvm.loop !22

152:                                              ; preds = %149
  store i32 0, ptr %11, align 4, !tbaa !6
  br label %153

153:                                              ; preds = %59, %144, %1, %152
  %154 = phi i32 [ 0, %152 ], [ 1, %1 ], [ 1, %144 ], [ 1, %59 ]
  ret i32 %154
}

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
!11 = !{!"any pointer", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !8, i64 0}
!16 = !{!8, !8, i64 0}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
