; ModuleID = 'int128_mulhi.c'
source_filename = "int128_mulhi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.vals = internal unnamed_addr constant [7 x i64] [i64 0, i64 1, i64 3, i64 4294967295, i64 81985529216486895, i64 -1, i64 -9223372036854775808], align 16
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
define dso_local void @print_u128(i64 noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = alloca [48 x i8], align 16
  %4 = zext i64 %1 to i128
  %5 = shl nuw i128 %4, 64
  %6 = zext i64 %0 to i128
  %7 = or disjoint i128 %5, %6
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #8
  %8 = icmp eq i128 %7, 0
  br i1 %8, label %9, label %16

9:                                                ; preds = %2
  store i8 48, ptr %3, align 16, !tbaa !5
  br label %13

10:                                               ; preds = %16
  %11 = trunc nuw i64 %25 to i32
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %37

13:                                               ; preds = %9, %10
  %14 = phi i64 [ 1, %9 ], [ %25, %10 ]
  %15 = and i64 %14, 4294967295
  br label %28

16:                                               ; preds = %2, %16
  %17 = phi i64 [ %25, %16 ], [ 0, %2 ]
  %18 = phi i128 [ %20, %16 ], [ %7, %2 ]
  %19 = freeze i128 %18
  %20 = udiv i128 %19, 10
  %21 = mul i128 %20, 10
  %22 = sub i128 %19, %21
  %23 = trunc nuw nsw i128 %22 to i8
  %24 = or disjoint i8 %23, 48
  %25 = add nuw nsw i64 %17, 1
  %26 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %17
  store i8 %24, ptr %26, align 1, !tbaa !5
  %27 = icmp ult i128 %18, 10
  br i1 %27, label %10, label %16, !llvm.loop !8

28:                                               ; preds = %13, %28
  %29 = phi i64 [ %15, %13 ], [ %30, %28 ]
  %30 = add nsw i64 %29, -1
  %31 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !5
  %33 = sext i8 %32 to i32
  %34 = load ptr, ptr @stdout, align 8, !tbaa !10
  %35 = tail call i32 @putc(i32 noundef %33, ptr noundef %34)
  %36 = icmp ugt i64 %29, 1
  br i1 %36, label %28, label %37, !llvm.loop !12

37:                                               ; preds = %28, %10
  %38 = load ptr, ptr @stdout, align 8, !tbaa !10
  %39 = tail call i32 @putc(i32 noundef 10, ptr noundef %38)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #8
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local { i64, i64 } @factorial(i32 noundef %0) local_unnamed_addr #3 {
  %2 = icmp ult i32 %0, 2
  br i1 %2, label %35, label %3

3:                                                ; preds = %1
  %4 = add i32 %0, 1
  %5 = tail call i32 @llvm.umax.i32(i32 %4, i32 3)
  %6 = add i32 %5, -2
  %7 = add i32 %5, -3
  %8 = and i32 %6, 7
  %9 = icmp ult i32 %7, 7
  br i1 %9, label %16, label %10

10:                                               ; preds = %3
  %11 = and i32 %6, -8
  br label %40

12:                                               ; preds = %40
  %13 = trunc i128 %66 to i64
  %14 = lshr i128 %66, 64
  %15 = trunc nuw i128 %14 to i64
  br label %16

16:                                               ; preds = %12, %3
  %17 = phi i64 [ poison, %3 ], [ %13, %12 ]
  %18 = phi i64 [ poison, %3 ], [ %15, %12 ]
  %19 = phi i32 [ 2, %3 ], [ %67, %12 ]
  %20 = phi i128 [ 1, %3 ], [ %66, %12 ]
  %21 = icmp eq i32 %8, 0
  br i1 %21, label %35, label %22

22:                                               ; preds = %16, %22
  %23 = phi i32 [ %28, %22 ], [ %19, %16 ]
  %24 = phi i128 [ %27, %22 ], [ %20, %16 ]
  %25 = phi i32 [ %29, %22 ], [ 0, %16 ]
  %26 = zext i32 %23 to i128
  %27 = mul i128 %24, %26
  %28 = add nuw i32 %23, 1
  %29 = add i32 %25, 1
  %30 = icmp eq i32 %29, %8
  br i1 %30, label %31, label %22, !llvm.loop !13

31:                                               ; preds = %22
  %32 = trunc i128 %27 to i64
  %33 = lshr i128 %27, 64
  %34 = trunc nuw i128 %33 to i64
  br label %35

35:                                               ; preds = %31, %16, %1
  %36 = phi i64 [ 1, %1 ], [ %17, %16 ], [ %32, %31 ]
  %37 = phi i64 [ 0, %1 ], [ %18, %16 ], [ %34, %31 ]
  %38 = insertvalue { i64, i64 } poison, i64 %36, 0
  %39 = insertvalue { i64, i64 } %38, i64 %37, 1
  ret { i64, i64 } %39

40:                                               ; preds = %40, %10
  %41 = phi i32 [ 2, %10 ], [ %67, %40 ]
  %42 = phi i128 [ 1, %10 ], [ %66, %40 ]
  %43 = phi i32 [ 0, %10 ], [ %68, %40 ]
  %44 = zext i32 %41 to i128
  %45 = mul i128 %42, %44
  %46 = or disjoint i32 %41, 1
  %47 = zext i32 %46 to i128
  %48 = mul i128 %45, %47
  %49 = add nuw nsw i32 %41, 2
  %50 = zext i32 %49 to i128
  %51 = mul i128 %48, %50
  %52 = add nuw nsw i32 %41, 3
  %53 = zext i32 %52 to i128
  %54 = mul i128 %51, %53
  %55 = add nuw nsw i32 %41, 4
  %56 = zext i32 %55 to i128
  %57 = mul i128 %54, %56
  %58 = add nuw nsw i32 %41, 5
  %59 = zext i32 %58 to i128
  %60 = mul i128 %57, %59
  %61 = add nuw i32 %41, 6
  %62 = zext i32 %61 to i128
  %63 = mul i128 %60, %62
  %64 = add nuw i32 %41, 7
  %65 = zext i32 %64 to i128
  %66 = mul i128 %63, %65
  %67 = add nuw i32 %41, 8
  %68 = add i32 %43, 8
  %69 = icmp eq i32 %68, %11
  br i1 %69, label %12, label %40, !llvm.loop !15
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
  store i64 %20, ptr %3, align 8, !tbaa !16
  %21 = lshr i64 %10, 32
  %22 = add nuw i64 %21, %12
  %23 = lshr i64 %11, 32
  %24 = add nuw i64 %22, %23
  %25 = lshr i64 %17, 32
  %26 = add nuw i64 %24, %25
  store i64 %26, ptr %2, align 8, !tbaa !16
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  br label %3

3:                                                ; preds = %0, %39
  %4 = phi i64 [ 0, %0 ], [ %40, %39 ]
  %5 = phi i32 [ 0, %0 ], [ %55, %39 ]
  %6 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %4
  %7 = load i64, ptr %6, align 8, !tbaa !16
  br label %42

8:                                                ; preds = %39
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %55)
  %10 = tail call i64 @mulhi_s(i64 noundef -1, i64 noundef 1)
  %11 = tail call i64 @mulhi_s(i64 noundef -9223372036854775808, i64 noundef 2)
  %12 = tail call i64 @mulhi_s(i64 noundef 9223372036854775807, i64 noundef 9223372036854775807)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %10, i64 noundef %11, i64 noundef %12)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3)
  %15 = tail call { i64, i64 } @factorial(i32 noundef 25)
  %16 = extractvalue { i64, i64 } %15, 0
  %17 = extractvalue { i64, i64 } %15, 1
  tail call void @print_u128(i64 noundef %16, i64 noundef %17)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4)
  %19 = tail call { i64, i64 } @factorial(i32 noundef 30)
  %20 = extractvalue { i64, i64 } %19, 0
  %21 = extractvalue { i64, i64 } %19, 1
  tail call void @print_u128(i64 noundef %20, i64 noundef %21)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5)
  tail call void @print_u128(i64 noundef -1, i64 noundef -1)
  %23 = tail call { i64, i64 } @factorial(i32 noundef 20)
  %24 = extractvalue { i64, i64 } %23, 0
  %25 = extractvalue { i64, i64 } %23, 1
  %26 = sub i64 0, %25
  %27 = zext i64 %26 to i128
  %28 = shl nuw i128 %27, 64
  %29 = zext i64 %24 to i128
  %30 = sub i128 %28, %29
  %31 = freeze i128 %30
  %32 = sdiv i128 %31, 7
  %33 = trunc i128 %32 to i64
  %34 = mul i128 %32, 7
  %35 = sub i128 %31, %34
  %36 = trunc nsw i128 %35 to i64
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %33, i64 noundef %36)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef 2305843009213693951)
  ret i32 0

39:                                               ; preds = %42
  %40 = add nuw nsw i64 %4, 1
  %41 = icmp eq i64 %40, 7
  br i1 %41, label %8, label %3, !llvm.loop !18

42:                                               ; preds = %3, %42
  %43 = phi i64 [ %4, %3 ], [ %57, %42 ]
  %44 = phi i32 [ %5, %3 ], [ %55, %42 ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #8
  %45 = getelementptr inbounds [7 x i64], ptr @main.vals, i64 0, i64 %43
  %46 = load i64, ptr %45, align 8, !tbaa !16
  call void @mul_parts(i64 noundef %7, i64 noundef %46, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %47 = tail call i64 @mulhi_u(i64 noundef %7, i64 noundef %46)
  %48 = mul i64 %46, %7
  %49 = load i64, ptr %1, align 8, !tbaa !16
  %50 = icmp ne i64 %49, %47
  %51 = load i64, ptr %2, align 8
  %52 = icmp ne i64 %51, %48
  %53 = select i1 %50, i1 true, i1 %52
  %54 = zext i1 %53 to i32
  %55 = add nsw i32 %44, %54
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %7, i64 noundef %46, i64 noundef %47, i64 noundef %48)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #8
  %57 = add nuw nsw i64 %43, 1
  %58 = icmp eq i64 %57, 7
  br i1 %58, label %39, label %42, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #7

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !6, i64 0}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !9}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !6, i64 0}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
