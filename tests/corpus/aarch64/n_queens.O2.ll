; ModuleID = 'n_queens.c'
source_filename = "n_queens.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"queens(%d)=%ld\0A\00", align 1
@pos = internal unnamed_addr global [12 x i32] zeroinitializer, align 4
@grid = internal unnamed_addr global [9 x [9 x i32]] zeroinitializer, align 64
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
  br i1 %22, label %70, label %23

23:                                               ; preds = %0, %23
  %24 = phi i64 [ %68, %23 ], [ 0, %0 ]
  %25 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = icmp eq i32 %26, 0
  %28 = select i1 %27, i32 81, i32 46
  %29 = load ptr, ptr @stdout, align 8, !tbaa !10
  %30 = tail call noundef i32 @putc(i32 noundef %28, ptr noundef %29)
  %31 = load i32, ptr %25, align 4, !tbaa !6
  %32 = icmp eq i32 %31, 1
  %33 = select i1 %32, i32 81, i32 46
  %34 = load ptr, ptr @stdout, align 8, !tbaa !10
  %35 = tail call noundef i32 @putc(i32 noundef %33, ptr noundef %34)
  %36 = load i32, ptr %25, align 4, !tbaa !6
  %37 = icmp eq i32 %36, 2
  %38 = select i1 %37, i32 81, i32 46
  %39 = load ptr, ptr @stdout, align 8, !tbaa !10
  %40 = tail call noundef i32 @putc(i32 noundef %38, ptr noundef %39)
  %41 = load i32, ptr %25, align 4, !tbaa !6
  %42 = icmp eq i32 %41, 3
  %43 = select i1 %42, i32 81, i32 46
  %44 = load ptr, ptr @stdout, align 8, !tbaa !10
  %45 = tail call noundef i32 @putc(i32 noundef %43, ptr noundef %44)
  %46 = load i32, ptr %25, align 4, !tbaa !6
  %47 = icmp eq i32 %46, 4
  %48 = select i1 %47, i32 81, i32 46
  %49 = load ptr, ptr @stdout, align 8, !tbaa !10
  %50 = tail call noundef i32 @putc(i32 noundef %48, ptr noundef %49)
  %51 = load i32, ptr %25, align 4, !tbaa !6
  %52 = icmp eq i32 %51, 5
  %53 = select i1 %52, i32 81, i32 46
  %54 = load ptr, ptr @stdout, align 8, !tbaa !10
  %55 = tail call noundef i32 @putc(i32 noundef %53, ptr noundef %54)
  %56 = load i32, ptr %25, align 4, !tbaa !6
  %57 = icmp eq i32 %56, 6
  %58 = select i1 %57, i32 81, i32 46
  %59 = load ptr, ptr @stdout, align 8, !tbaa !10
  %60 = tail call noundef i32 @putc(i32 noundef %58, ptr noundef %59)
  %61 = load i32, ptr %25, align 4, !tbaa !6
  %62 = icmp eq i32 %61, 7
  %63 = select i1 %62, i32 81, i32 46
  %64 = load ptr, ptr @stdout, align 8, !tbaa !10
  %65 = tail call noundef i32 @putc(i32 noundef %63, ptr noundef %64)
  %66 = load ptr, ptr @stdout, align 8, !tbaa !10
  %67 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %66)
  %68 = add nuw nsw i64 %24, 1
  %69 = icmp eq i64 %68, 8
  br i1 %69, label %70, label %23, !llvm.loop !12

70:                                               ; preds = %0, %23
  store <16 x i32> <i32 5, i32 3, i32 0, i32 0, i32 7, i32 0, i32 0, i32 0, i32 0, i32 6, i32 0, i32 0, i32 1, i32 9, i32 5, i32 0>, ptr @grid, align 64, !tbaa !6
  store <16 x i32> <i32 0, i32 0, i32 0, i32 9, i32 8, i32 0, i32 0, i32 0, i32 0, i32 6, i32 0, i32 8, i32 0, i32 0, i32 0, i32 6>, ptr getelementptr inbounds (i8, ptr @grid, i64 64), align 64, !tbaa !6
  store <16 x i32> <i32 0, i32 0, i32 0, i32 3, i32 4, i32 0, i32 0, i32 8, i32 0, i32 3, i32 0, i32 0, i32 1, i32 7, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 128), align 64, !tbaa !6
  store <16 x i32> <i32 0, i32 2, i32 0, i32 0, i32 0, i32 6, i32 0, i32 6, i32 0, i32 0, i32 0, i32 0, i32 2, i32 8, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 192), align 64, !tbaa !6
  store <16 x i32> <i32 0, i32 0, i32 4, i32 1, i32 9, i32 0, i32 0, i32 5, i32 0, i32 0, i32 0, i32 0, i32 8, i32 0, i32 0, i32 7>, ptr getelementptr inbounds (i8, ptr @grid, i64 256), align 64, !tbaa !6
  store i32 9, ptr getelementptr inbounds (i8, ptr @grid, i64 320), align 64, !tbaa !6
  %71 = tail call fastcc i32 @sudoku(i32 noundef 0)
  %72 = load i64, ptr @tries, align 8, !tbaa !14
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %71, i64 noundef %72)
  br label %74

74:                                               ; preds = %70, %74
  %75 = phi i64 [ 0, %70 ], [ %105, %74 ]
  %76 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 0
  %77 = load i32, ptr %76, align 4, !tbaa !6
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %77)
  %79 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 1
  %80 = load i32, ptr %79, align 4, !tbaa !6
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %80)
  %82 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 2
  %83 = load i32, ptr %82, align 4, !tbaa !6
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %83)
  %85 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 3
  %86 = load i32, ptr %85, align 4, !tbaa !6
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %86)
  %88 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 4
  %89 = load i32, ptr %88, align 4, !tbaa !6
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %89)
  %91 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 5
  %92 = load i32, ptr %91, align 4, !tbaa !6
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %92)
  %94 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 6
  %95 = load i32, ptr %94, align 4, !tbaa !6
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %95)
  %97 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 7
  %98 = load i32, ptr %97, align 4, !tbaa !6
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %98)
  %100 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 8
  %101 = load i32, ptr %100, align 4, !tbaa !6
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %101)
  %103 = load ptr, ptr @stdout, align 8, !tbaa !10
  %104 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %103)
  %105 = add nuw nsw i64 %75, 1
  %106 = icmp eq i64 %105, 9
  br i1 %106, label %107, label %74, !llvm.loop !16

107:                                              ; preds = %74
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
  br i1 %28, label %29, label %14, !llvm.loop !17

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
  br i1 %23, label %36, label %24, !llvm.loop !18

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
  br i1 %35, label %36, label %20, !llvm.loop !18

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
  br i1 %44, label %45, label %9, !llvm.loop !19

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
  br i1 %151, label %152, label %62, !llvm.loop !20

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
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
