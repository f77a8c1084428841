; ModuleID = 'int128_mulhi.c'
source_filename = "int128_mulhi.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.vals = internal unnamed_addr constant [7 x i64] [i64 0, i64 1, i64 3, i64 4294967295, i64 81985529216486895, i64 -1, i64 -9223372036854775808], align 8
@.str = private unnamed_addr constant [33 x i8] c"%016lx * %016lx = %016lx:%016lx\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"mismatches: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"mulhi_s: %ld %ld %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"25! = \00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"30! = \00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"max u128 = \00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"neg/7 = %ld rem %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"shift: %016lx\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 0, -1) i64 @mulhi_u(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = zext i64 %0 to i128
  %4 = zext i64 %1 to i128
  %5 = mul nuw i128 %4, %3
  %6 = lshr i128 %5, 64
  %7 = trunc nuw i128 %6 to i64
  ret i64 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 -4611686018427387904, 4611686018427387905) i64 @mulhi_s(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = sext i64 %0 to i128
  %4 = sext i64 %1 to i128
  %5 = mul nsw i128 %4, %3
  %6 = lshr i128 %5, 64
  %7 = trunc nuw i128 %6 to i64
  ret i64 %7
}

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @print_u128(i128 noundef %0) local_unnamed_addr #1 {
  %2 = alloca [48 x i8], align 4
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #8
  %3 = icmp eq i128 %0, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %1
  store i8 48, ptr %2, align 4, !tbaa !6
  br label %8

5:                                                ; preds = %11
  %6 = trunc nuw i64 %20 to i32
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %32

8:                                                ; preds = %4, %5
  %9 = phi i64 [ 1, %4 ], [ %20, %5 ]
  %10 = and i64 %9, 4294967295
  br label %23

11:                                               ; preds = %1, %11
  %12 = phi i64 [ %20, %11 ], [ 0, %1 ]
  %13 = phi i128 [ %15, %11 ], [ %0, %1 ]
  %14 = freeze i128 %13
  %15 = udiv i128 %14, 10
  %16 = mul i128 %15, 10
  %17 = sub i128 %14, %16
  %18 = trunc nuw nsw i128 %17 to i8
  %19 = or disjoint i8 %18, 48
  %20 = add nuw nsw i64 %12, 1
  %21 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %12
  store i8 %19, ptr %21, align 1, !tbaa !6
  %22 = icmp ult i128 %13, 10
  br i1 %22, label %5, label %11, !llvm.loop !9

23:                                               ; preds = %8, %23
  %24 = phi i64 [ %10, %8 ], [ %25, %23 ]
  %25 = add nsw i64 %24, -1
  %26 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !6
  %28 = zext i8 %27 to i32
  %29 = load ptr, ptr @stdout, align 8, !tbaa !11
  %30 = tail call i32 @putc(i32 noundef %28, ptr noundef %29)
  %31 = icmp ugt i64 %24, 1
  br i1 %31, label %23, label %32, !llvm.loop !13

32:                                               ; preds = %23, %5
  %33 = load ptr, ptr @stdout, align 8, !tbaa !11
  %34 = tail call i32 @putc(i32 noundef 10, ptr noundef %33)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #8
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local i128 @factorial(i32 noundef %0) local_unnamed_addr #3 {
  %2 = icmp ult i32 %0, 2
  br i1 %2, label %29, label %3

3:                                                ; preds = %1
  %4 = add i32 %0, 1
  %5 = tail call i32 @llvm.umax.i32(i32 %4, i32 3)
  %6 = add i32 %5, -2
  %7 = icmp ult i32 %6, 2
  br i1 %7, label %8, label %11

8:                                                ; preds = %26, %3
  %9 = phi i32 [ 2, %3 ], [ %13, %26 ]
  %10 = phi i128 [ 1, %3 ], [ %27, %26 ]
  br label %31

11:                                               ; preds = %3
  %12 = and i32 %6, -2
  %13 = add i32 %12, 2
  br label %14

14:                                               ; preds = %14, %11
  %15 = phi i32 [ 0, %11 ], [ %24, %14 ]
  %16 = phi i128 [ 1, %11 ], [ %22, %14 ]
  %17 = phi i128 [ 1, %11 ], [ %23, %14 ]
  %18 = add i32 %15, 2
  %19 = add i32 %15, 3
  %20 = zext i32 %18 to i128
  %21 = zext i32 %19 to i128
  %22 = mul i128 %16, %20
  %23 = mul i128 %17, %21
  %24 = add nuw i32 %15, 2
  %25 = icmp eq i32 %24, %12
  br i1 %25, label %26, label %14, !llvm.loop !14

26:                                               ; preds = %14
  %27 = mul i128 %23, %22
  %28 = icmp eq i32 %6, %12
  br i1 %28, label %29, label %8

29:                                               ; preds = %31, %26, %1
  %30 = phi i128 [ 1, %1 ], [ %27, %26 ], [ %35, %31 ]
  ret i128 %30

31:                                               ; preds = %8, %31
  %32 = phi i32 [ %36, %31 ], [ %9, %8 ]
  %33 = phi i128 [ %35, %31 ], [ %10, %8 ]
  %34 = zext i32 %32 to i128
  %35 = mul i128 %33, %34
  %36 = add nuw i32 %32, 1
  %37 = icmp eq i32 %36, %5
  br i1 %37, label %29, label %31, !llvm.loop !17
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local void @mul_parts(i64 noundef %0, i64 noundef %1, ptr nocapture noundef writeonly %2, ptr nocapture noundef writeonly %3) local_unnamed_addr #4 {
  %5 = and i64 %0, 4294967295
  %6 = lshr i64 %0, 32
  %7 = and i64 %1, 4294967295
  %8 = lshr i64 %1, 32
  %9 = mul nuw i64 %7, %5
  %10 = mul nuw i64 %8, %5
  %11 = mul nuw i64 %7, %6
  %12 = mul nuw i64 %8, %6
  %13 = lshr i64 %9, 32
  %14 = and i64 %10, 4294967295
  %15 = add nuw nsw i64 %13, %14
  %16 = and i64 %11, 4294967295
  %17 = add nuw nsw i64 %15, %16
  %18 = and i64 %9, 4294967295
  %19 = shl i64 %17, 32
  %20 = or disjoint i64 %19, %18
  store i64 %20, ptr %3, align 8, !tbaa !18
  %21 = lshr i64 %10, 32
  %22 = add nuw i64 %21, %12
  %23 = lshr i64 %11, 32
  %24 = add nuw i64 %22, %23
  %25 = lshr i64 %17, 32
  %26 = add nuw i64 %24, %25
  store i64 %26, ptr %2, align 8, !tbaa !18
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  br label %3

3:                                                ; preds = %0, %41
  %4 = phi i64 [ 0, %0 ], [ %43, %41 ]
  %5 = phi i32 [ 0, %0 ], [ %42, %41 ]
  %6 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %4
  %7 = load i64, ptr %6, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %8 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %4
  %9 = load i64, ptr %8, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %9, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %10 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %9)
  %11 = mul i64 %9, %7
  %12 = load i64, ptr %1, align 8, !tbaa !18
  %13 = icmp ne i64 %12, %10
  %14 = load i64, ptr %2, align 8
  %15 = icmp ne i64 %14, %11
  %16 = select i1 %13, i1 true, i1 %15
  %17 = zext i1 %16 to i32
  %18 = add nsw i32 %5, %17
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %9, i64 noundef %10, i64 noundef %11)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %20 = add nuw nsw i64 %4, 1
  %21 = icmp eq i64 %20, 7
  br i1 %21, label %41, label %45, !llvm.loop !20

22:                                               ; preds = %41
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %42)
  %24 = tail call i64 @mulhi_s(i64 noundef -1, i64 noundef 1)
  %25 = tail call i64 @mulhi_s(i64 noundef -9223372036854775808, i64 noundef 2)
  %26 = tail call i64 @mulhi_s(i64 noundef 9223372036854775807, i64 noundef 9223372036854775807)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %24, i64 noundef %25, i64 noundef %26)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3)
  %29 = tail call i128 @factorial(i32 noundef 25)
  tail call void @print_u128(i128 noundef %29)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4)
  %31 = tail call i128 @factorial(i32 noundef 30)
  tail call void @print_u128(i128 noundef %31)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5)
  tail call void @print_u128(i128 noundef -1)
  %33 = tail call i128 @factorial(i32 noundef 20)
  %34 = sdiv i128 %33, -7
  %35 = trunc i128 %34 to i64
  %36 = srem i128 %33, 7
  %37 = trunc nsw i128 %36 to i64
  %38 = sub nsw i64 0, %37
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %35, i64 noundef %38)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef 2305843009213693951)
  ret i32 0

41:                                               ; preds = %120, %105, %90, %75, %60, %45, %3
  %42 = phi i32 [ %18, %3 ], [ %56, %45 ], [ %71, %60 ], [ %86, %75 ], [ %101, %90 ], [ %116, %105 ], [ %131, %120 ]
  %43 = add nuw nsw i64 %4, 1
  %44 = icmp eq i64 %43, 7
  br i1 %44, label %22, label %3, !llvm.loop !21

45:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %46 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %20
  %47 = load i64, ptr %46, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %47, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %48 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %47)
  %49 = mul i64 %47, %7
  %50 = load i64, ptr %1, align 8, !tbaa !18
  %51 = icmp ne i64 %50, %48
  %52 = load i64, ptr %2, align 8
  %53 = icmp ne i64 %52, %49
  %54 = select i1 %51, i1 true, i1 %53
  %55 = zext i1 %54 to i32
  %56 = add nsw i32 %18, %55
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %47, i64 noundef %48, i64 noundef %49)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %58 = add nuw nsw i64 %4, 2
  %59 = icmp eq i64 %58, 7
  br i1 %59, label %41, label %60, !llvm.loop !20

60:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %61 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %58
  %62 = load i64, ptr %61, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %62, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %63 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %62)
  %64 = mul i64 %62, %7
  %65 = load i64, ptr %1, align 8, !tbaa !18
  %66 = icmp ne i64 %65, %63
  %67 = load i64, ptr %2, align 8
  %68 = icmp ne i64 %67, %64
  %69 = select i1 %66, i1 true, i1 %68
  %70 = zext i1 %69 to i32
  %71 = add nsw i32 %56, %70
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %62, i64 noundef %63, i64 noundef %64)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %73 = add nuw nsw i64 %4, 3
  %74 = icmp eq i64 %73, 7
  br i1 %74, label %41, label %75, !llvm.loop !20

75:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %76 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %73
  %77 = load i64, ptr %76, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %77, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %78 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %77)
  %79 = mul i64 %77, %7
  %80 = load i64, ptr %1, align 8, !tbaa !18
  %81 = icmp ne i64 %80, %78
  %82 = load i64, ptr %2, align 8
  %83 = icmp ne i64 %82, %79
  %84 = select i1 %81, i1 true, i1 %83
  %85 = zext i1 %84 to i32
  %86 = add nsw i32 %71, %85
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %77, i64 noundef %78, i64 noundef %79)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %88 = add nuw nsw i64 %4, 4
  %89 = icmp eq i64 %88, 7
  br i1 %89, label %41, label %90, !llvm.loop !20

90:                                               ; preds = %75
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %91 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %88
  %92 = load i64, ptr %91, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %92, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %93 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %92)
  %94 = mul i64 %92, %7
  %95 = load i64, ptr %1, align 8, !tbaa !18
  %96 = icmp ne i64 %95, %93
  %97 = load i64, ptr %2, align 8
  %98 = icmp ne i64 %97, %94
  %99 = select i1 %96, i1 true, i1 %98
  %100 = zext i1 %99 to i32
  %101 = add nsw i32 %86, %100
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %92, i64 noundef %93, i64 noundef %94)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %103 = add nuw nsw i64 %4, 5
  %104 = icmp eq i64 %103, 7
  br i1 %104, label %41, label %105, !llvm.loop !20

105:                                              ; preds = %90
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %106 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %103
  %107 = load i64, ptr %106, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %107, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %108 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %107)
  %109 = mul i64 %107, %7
  %110 = load i64, ptr %1, align 8, !tbaa !18
  %111 = icmp ne i64 %110, %108
  %112 = load i64, ptr %2, align 8
  %113 = icmp ne i64 %112, %109
  %114 = select i1 %111, i1 true, i1 %113
  %115 = zext i1 %114 to i32
  %116 = add nsw i32 %101, %115
  %117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %107, i64 noundef %108, i64 noundef %109)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %118 = add nuw nsw i64 %4, 6
  %119 = icmp eq i64 %118, 7
  br i1 %119, label %41, label %120, !llvm.loop !20

120:                                              ; preds = %105
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %121 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %118
  %122 = load i64, ptr %121, align 8, !tbaa !18
  call void @mul_parts(i64 noundef %7, i64 noundef %122, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %123 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %122)
  %124 = mul i64 %122, %7
  %125 = load i64, ptr %1, align 8, !tbaa !18
  %126 = icmp ne i64 %125, %123
  %127 = load i64, ptr %2, align 8
  %128 = icmp ne i64 %127, %124
  %129 = select i1 %126, i1 true, i1 %128
  %130 = zext i1 %129 to i32
  %131 = add nsw i32 %116, %130
  %132 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %122, i64 noundef %123, i64 noundef %124)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  br label %41
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #7

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !10, !15}
!18 = !{!19, !19, i64 0}
!19 = !{!"long", !7, i64 0}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
