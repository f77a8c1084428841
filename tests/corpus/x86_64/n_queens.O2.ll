; ModuleID = 'n_queens.c'
source_filename = "n_queens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"queens(%d)=%ld\0A\00", align 1
@pos = internal unnamed_addr global [12 x i32] zeroinitializer, align 16
@grid = internal unnamed_addr global [9 x [9 x i32]] zeroinitializer, align 16
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
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 0
  %28 = select i1 %27, i32 81, i32 46
  %29 = load ptr, ptr @stdout, align 8, !tbaa !9
  %30 = tail call noundef i32 @putc(i32 noundef %28, ptr noundef %29)
  %31 = load i32, ptr %25, align 4, !tbaa !5
  %32 = icmp eq i32 %31, 1
  %33 = select i1 %32, i32 81, i32 46
  %34 = load ptr, ptr @stdout, align 8, !tbaa !9
  %35 = tail call noundef i32 @putc(i32 noundef %33, ptr noundef %34)
  %36 = load i32, ptr %25, align 4, !tbaa !5
  %37 = icmp eq i32 %36, 2
  %38 = select i1 %37, i32 81, i32 46
  %39 = load ptr, ptr @stdout, align 8, !tbaa !9
  %40 = tail call noundef i32 @putc(i32 noundef %38, ptr noundef %39)
  %41 = load i32, ptr %25, align 4, !tbaa !5
  %42 = icmp eq i32 %41, 3
  %43 = select i1 %42, i32 81, i32 46
  %44 = load ptr, ptr @stdout, align 8, !tbaa !9
  %45 = tail call noundef i32 @putc(i32 noundef %43, ptr noundef %44)
  %46 = load i32, ptr %25, align 4, !tbaa !5
  %47 = icmp eq i32 %46, 4
  %48 = select i1 %47, i32 81, i32 46
  %49 = load ptr, ptr @stdout, align 8, !tbaa !9
  %50 = tail call noundef i32 @putc(i32 noundef %48, ptr noundef %49)
  %51 = load i32, ptr %25, align 4, !tbaa !5
  %52 = icmp eq i32 %51, 5
  %53 = select i1 %52, i32 81, i32 46
  %54 = load ptr, ptr @stdout, align 8, !tbaa !9
  %55 = tail call noundef i32 @putc(i32 noundef %53, ptr noundef %54)
  %56 = load i32, ptr %25, align 4, !tbaa !5
  %57 = icmp eq i32 %56, 6
  %58 = select i1 %57, i32 81, i32 46
  %59 = load ptr, ptr @stdout, align 8, !tbaa !9
  %60 = tail call noundef i32 @putc(i32 noundef %58, ptr noundef %59)
  %61 = load i32, ptr %25, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 7
  %63 = select i1 %62, i32 81, i32 46
  %64 = load ptr, ptr @stdout, align 8, !tbaa !9
  %65 = tail call noundef i32 @putc(i32 noundef %63, ptr noundef %64)
  %66 = load ptr, ptr @stdout, align 8, !tbaa !9
  %67 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %66)
  %68 = add nuw nsw i64 %24, 1
  %69 = icmp eq i64 %68, 8
  br i1 %69, label %70, label %23, !llvm.loop !11

70:                                               ; preds = %0, %23
  store <4 x i32> <i32 5, i32 3, i32 0, i32 0>, ptr @grid, align 16, !tbaa !5
  store <4 x i32> <i32 7, i32 0, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 16), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 6, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 32), align 16, !tbaa !5
  store <4 x i32> <i32 1, i32 9, i32 5, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 48), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 0, i32 0, i32 9>, ptr getelementptr inbounds (i8, ptr @grid, i64 64), align 16, !tbaa !5
  store <4 x i32> <i32 8, i32 0, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 80), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 6, i32 0, i32 8>, ptr getelementptr inbounds (i8, ptr @grid, i64 96), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 0, i32 0, i32 6>, ptr getelementptr inbounds (i8, ptr @grid, i64 112), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 0, i32 0, i32 3>, ptr getelementptr inbounds (i8, ptr @grid, i64 128), align 16, !tbaa !5
  store <4 x i32> <i32 4, i32 0, i32 0, i32 8>, ptr getelementptr inbounds (i8, ptr @grid, i64 144), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 3, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 160), align 16, !tbaa !5
  store <4 x i32> <i32 1, i32 7, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 176), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 2, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 192), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 6, i32 0, i32 6>, ptr getelementptr inbounds (i8, ptr @grid, i64 208), align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr getelementptr inbounds (i8, ptr @grid, i64 224), align 16, !tbaa !5
  store <4 x i32> <i32 2, i32 8, i32 0, i32 0>, ptr getelementptr inbounds (i8, ptr @grid, i64 240), align 16, !tbaa !5
  store <4 x i32> <i32 0, i32 0, i32 4, i32 1>, ptr getelementptr inbounds (i8, ptr @grid, i64 256), align 16, !tbaa !5
  store <4 x i32> <i32 9, i32 0, i32 0, i32 5>, ptr getelementptr inbounds (i8, ptr @grid, i64 272), align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr getelementptr inbounds (i8, ptr @grid, i64 288), align 16, !tbaa !5
  store <4 x i32> <i32 8, i32 0, i32 0, i32 7>, ptr getelementptr inbounds (i8, ptr @grid, i64 304), align 16, !tbaa !5
  store i32 9, ptr getelementptr inbounds (i8, ptr @grid, i64 320), align 16, !tbaa !5
  %71 = tail call fastcc i32 @sudoku(i32 noundef 0)
  %72 = load i64, ptr @tries, align 8, !tbaa !13
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %71, i64 noundef %72)
  br label %74

74:                                               ; preds = %70, %74
  %75 = phi i64 [ 0, %70 ], [ %105, %74 ]
  %76 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 0
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %77)
  %79 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 1
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %80)
  %82 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 2
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %83)
  %85 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 3
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %86)
  %88 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 4
  %89 = load i32, ptr %88, align 4, !tbaa !5
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %89)
  %91 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 5
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %92)
  %94 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 6
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %95)
  %97 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 7
  %98 = load i32, ptr %97, align 4, !tbaa !5
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %98)
  %100 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %75, i64 8
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %101)
  %103 = load ptr, ptr @stdout, align 8, !tbaa !9
  %104 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %103)
  %105 = add nuw nsw i64 %75, 1
  %106 = icmp eq i64 %105, 9
  br i1 %106, label %107, label %74, !llvm.loop !15

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
  br i1 %28, label %29, label %14, !llvm.loop !16

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
  %13 = load i32, ptr @pos, align 16, !tbaa !5
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
  br i1 %23, label %36, label %24, !llvm.loop !17

24:                                               ; preds = %20
  %25 = getelementptr inbounds [12 x i32], ptr @pos, i64 0, i64 %22
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = sub nsw i32 %26, %11
  %28 = icmp eq i32 %26, %11
  %29 = trunc i64 %22 to i32
  %30 = sub i32 %0, %29
  %31 = icmp eq i32 %27, %30
  %32 = sub i32 %29, %0
  %33 = icmp eq i32 %27, %32
  %34 = or i1 %31, %33
  %35 = select i1 %28, i1 true, i1 %34
  br i1 %35, label %36, label %20, !llvm.loop !17

36:                                               ; preds = %24, %20
  %37 = icmp ult i64 %22, %5
  br i1 %37, label %41, label %38

38:                                               ; preds = %9, %36
  store i32 %11, ptr %7, align 4, !tbaa !5
  %39 = tail call fastcc i32 @first(i32 noundef %8)
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %45

41:                                               ; preds = %12, %36, %38
  %42 = add nuw nsw i32 %11, 1
  %43 = icmp ult i32 %11, 7
  %44 = icmp eq i32 %42, 8
  br i1 %44, label %45, label %9, !llvm.loop !18

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
  br i1 %2, label %151, label %3

3:                                                ; preds = %1, %57
  %4 = phi i32 [ %58, %57 ], [ %0, %1 ]
  %5 = sdiv i32 %4, 9
  %6 = srem i32 %4, 9
  %7 = sext i32 %5 to i64
  %8 = sext i32 %6 to i64
  %9 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %57

12:                                               ; preds = %3
  %13 = srem i32 %5, 3
  %14 = sub nsw i32 %5, %13
  %15 = trunc nsw i32 %6 to i8
  %16 = srem i8 %15, 3
  %17 = sext i8 %16 to i32
  %18 = sub nsw i32 %6, %17
  %19 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 0
  %20 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 0, i64 %8
  %21 = sext i32 %14 to i64
  %22 = sext i32 %18 to i64
  %23 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %21, i64 %22
  %24 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 1
  %25 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 1, i64 %8
  %26 = add nsw i32 %18, 1
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %21, i64 %27
  %29 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 2
  %30 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 2, i64 %8
  %31 = add nsw i32 %18, 2
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %21, i64 %32
  %34 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 3
  %35 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 3, i64 %8
  %36 = add nsw i32 %14, 1
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %37, i64 %22
  %39 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 4
  %40 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 4, i64 %8
  %41 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %37, i64 %27
  %42 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 5
  %43 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 5, i64 %8
  %44 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %37, i64 %32
  %45 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 6
  %46 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 6, i64 %8
  %47 = add nsw i32 %14, 2
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %48, i64 %22
  %50 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 7
  %51 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 7, i64 %8
  %52 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %48, i64 %27
  %53 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %7, i64 8
  %54 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 8, i64 %8
  %55 = getelementptr inbounds [9 x [9 x i32]], ptr @grid, i64 0, i64 %48, i64 %32
  %56 = add nsw i32 %4, 1
  br label %60

57:                                               ; preds = %3
  %58 = add nsw i32 %4, 1
  %59 = icmp eq i32 %58, 81
  br i1 %59, label %151, label %3

60:                                               ; preds = %12, %147
  %61 = phi i32 [ 1, %12 ], [ %148, %147 ]
  %62 = load i32, ptr %19, align 4, !tbaa !5
  %63 = icmp eq i32 %62, %61
  br i1 %63, label %147, label %133

64:                                               ; preds = %136
  %65 = load i32, ptr %24, align 4, !tbaa !5
  %66 = icmp eq i32 %65, %61
  br i1 %66, label %147, label %67

67:                                               ; preds = %64
  %68 = load i32, ptr %25, align 4, !tbaa !5
  %69 = icmp eq i32 %68, %61
  br i1 %69, label %147, label %70

70:                                               ; preds = %67
  %71 = load i32, ptr %28, align 4, !tbaa !5
  %72 = icmp eq i32 %71, %61
  br i1 %72, label %147, label %73

73:                                               ; preds = %70
  %74 = load i32, ptr %29, align 4, !tbaa !5
  %75 = icmp eq i32 %74, %61
  br i1 %75, label %147, label %76

76:                                               ; preds = %73
  %77 = load i32, ptr %30, align 4, !tbaa !5
  %78 = icmp eq i32 %77, %61
  br i1 %78, label %147, label %79

79:                                               ; preds = %76
  %80 = load i32, ptr %33, align 4, !tbaa !5
  %81 = icmp eq i32 %80, %61
  br i1 %81, label %147, label %82

82:                                               ; preds = %79
  %83 = load i32, ptr %34, align 4, !tbaa !5
  %84 = icmp eq i32 %83, %61
  br i1 %84, label %147, label %85

85:                                               ; preds = %82
  %86 = load i32, ptr %35, align 4, !tbaa !5
  %87 = icmp eq i32 %86, %61
  br i1 %87, label %147, label %88

88:                                               ; preds = %85
  %89 = load i32, ptr %38, align 4, !tbaa !5
  %90 = icmp eq i32 %89, %61
  br i1 %90, label %147, label %91

91:                                               ; preds = %88
  %92 = load i32, ptr %39, align 4, !tbaa !5
  %93 = icmp eq i32 %92, %61
  br i1 %93, label %147, label %94

94:                                               ; preds = %91
  %95 = load i32, ptr %40, align 4, !tbaa !5
  %96 = icmp eq i32 %95, %61
  br i1 %96, label %147, label %97

97:                                               ; preds = %94
  %98 = load i32, ptr %41, align 4, !tbaa !5
  %99 = icmp eq i32 %98, %61
  br i1 %99, label %147, label %100

100:                                              ; preds = %97
  %101 = load i32, ptr %42, align 4, !tbaa !5
  %102 = icmp eq i32 %101, %61
  br i1 %102, label %147, label %103

103:                                              ; preds = %100
  %104 = load i32, ptr %43, align 4, !tbaa !5
  %105 = icmp eq i32 %104, %61
  br i1 %105, label %147, label %106

106:                                              ; preds = %103
  %107 = load i32, ptr %44, align 4, !tbaa !5
  %108 = icmp eq i32 %107, %61
  br i1 %108, label %147, label %109

109:                                              ; preds = %106
  %110 = load i32, ptr %45, align 4, !tbaa !5
  %111 = icmp eq i32 %110, %61
  br i1 %111, label %147, label %112

112:                                              ; preds = %109
  %113 = load i32, ptr %46, align 4, !tbaa !5
  %114 = icmp eq i32 %113, %61
  br i1 %114, label %147, label %115

115:                                              ; preds = %112
  %116 = load i32, ptr %49, align 4, !tbaa !5
  %117 = icmp eq i32 %116, %61
  br i1 %117, label %147, label %118

118:                                              ; preds = %115
  %119 = load i32, ptr %50, align 4, !tbaa !5
  %120 = icmp eq i32 %119, %61
  br i1 %120, label %147, label %121

121:                                              ; preds = %118
  %122 = load i32, ptr %51, align 4, !tbaa !5
  %123 = icmp eq i32 %122, %61
  br i1 %123, label %147, label %124

124:                                              ; preds = %121
  %125 = load i32, ptr %52, align 4, !tbaa !5
  %126 = icmp eq i32 %125, %61
  br i1 %126, label %147, label %127

127:                                              ; preds = %124
  %128 = load i32, ptr %53, align 4, !tbaa !5
  %129 = icmp eq i32 %128, %61
  br i1 %129, label %147, label %130

130:                                              ; preds = %127
  %131 = load i32, ptr %54, align 4, !tbaa !5
  %132 = icmp eq i32 %131, %61
  br i1 %132, label %147, label %139

133:                                              ; preds = %60
  %134 = load i32, ptr %20, align 4, !tbaa !5
  %135 = icmp eq i32 %134, %61
  br i1 %135, label %147, label %136

136:                                              ; preds = %133
  %137 = load i32, ptr %23, align 4, !tbaa !5
  %138 = icmp eq i32 %137, %61
  br i1 %138, label %147, label %64

139:                                              ; preds = %130
  %140 = load i32, ptr %55, align 4, !tbaa !5
  %141 = icmp eq i32 %140, %61
  br i1 %141, label %147, label %142

142:                                              ; preds = %139
  %143 = load i64, ptr @tries, align 8, !tbaa !13
  %144 = add nsw i64 %143, 1
  store i64 %144, ptr @tries, align 8, !tbaa !13
  store i32 %61, ptr %9, align 4, !tbaa !5
  %145 = tail call fastcc i32 @sudoku(i32 noundef %56)
  %146 = icmp eq i32 %145, 0
  br i1 %146, label %147, label %151

147:                                              ; preds = %130, %127, %124, %121, %118, %115, %112, %109, %106, %103, %100, %97, %94, %91, %88, %85, %82, %79, %76, %73, %70, %67, %64, %136, %133, %60, %142, %139
  %148 = add nuw nsw i32 %61, 1
  %149 = icmp eq i32 %148, 10
  br i1 %149, label %150, label %60, !llvm.loop !19

150:                                              ; preds = %147
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %57, %142, %1, %150
  %152 = phi i32 [ 0, %150 ], [ 1, %1 ], [ 1, %142 ], [ 1, %57 ]
  ret i32 %152
}

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
