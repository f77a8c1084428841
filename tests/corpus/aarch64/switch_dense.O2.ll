; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [7 x i8] c"%d=%s \00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"%d:%d \00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"\0Atotal days=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"weird(%d)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [37 x i8] c"Hello, world! 42 apples; 7 oranges?\0A\00", align 1
@.str.6 = private unnamed_addr constant [55 x i8] c"classes: other=%d digit=%d vowel=%d space=%d punct=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"orange\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"yellow\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"indigo\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"violet\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@switch.table.main.16 = private unnamed_addr constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, ptr noundef nonnull @.str.7)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, ptr noundef nonnull @.str.8)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, ptr noundef nonnull @.str.9)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, ptr noundef nonnull @.str.10)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, ptr noundef nonnull @.str.11)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, ptr noundef nonnull @.str.12)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 6, ptr noundef nonnull @.str.13)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 7, ptr noundef nonnull @.str.14)
  %14 = tail call i32 @putchar(i32 10)
  br label %30

15:                                               ; preds = %49
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %50)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef -5, i32 noundef 999)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef -4, i32 noundef 999)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef -3, i32 noundef 111)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef -2, i32 noundef 110)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef -1, i32 noundef 100)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0, i32 noundef 1000)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i32 noundef 2)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 2, i32 noundef 21)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 3, i32 noundef 0)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 4, i32 noundef 44)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 5, i32 noundef 25)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 6, i32 noundef 999)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 7, i32 noundef 999)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5)
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %53

30:                                               ; preds = %0, %49
  %31 = phi i32 [ 0, %0 ], [ %51, %49 ]
  %32 = phi i32 [ 0, %0 ], [ %50, %49 ]
  switch i32 %31, label %36 [
    i32 2, label %33
    i32 4, label %37
    i32 6, label %37
    i32 9, label %37
    i32 11, label %37
    i32 1, label %35
    i32 3, label %35
    i32 5, label %35
    i32 7, label %35
    i32 8, label %35
    i32 10, label %35
    i32 12, label %35
  ]

33:                                               ; preds = %30
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 2, i32 noundef 28)
  br label %46

35:                                               ; preds = %30, %30, %30, %30, %30, %30, %30
  br label %37

36:                                               ; preds = %30
  br label %37

37:                                               ; preds = %30, %30, %30, %30, %35, %36
  %38 = phi i32 [ -1, %36 ], [ 31, %35 ], [ 30, %30 ], [ 30, %30 ], [ 30, %30 ], [ 30, %30 ]
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %31, i32 noundef %38)
  %40 = add nsw i32 %31, -1
  %41 = icmp ult i32 %40, 12
  br i1 %41, label %42, label %49

42:                                               ; preds = %37
  %43 = zext nneg i32 %40 to i64
  %44 = getelementptr inbounds [12 x i32], ptr @switch.table.main.16, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4
  br label %46

46:                                               ; preds = %42, %33
  %47 = phi i32 [ 28, %33 ], [ %45, %42 ]
  %48 = add nsw i32 %47, %32
  br label %49

49:                                               ; preds = %37, %46
  %50 = phi i32 [ %48, %46 ], [ %32, %37 ]
  %51 = add nuw nsw i32 %31, 1
  %52 = icmp eq i32 %51, 14
  br i1 %52, label %15, label %30, !llvm.loop !6

53:                                               ; preds = %67, %15
  %54 = phi ptr [ @.str.5, %15 ], [ %71, %67 ]
  %55 = load i8, ptr %54, align 1, !tbaa !8
  switch i8 %55, label %66 [
    i8 0, label %56
    i8 48, label %67
    i8 49, label %67
    i8 50, label %67
    i8 51, label %67
    i8 52, label %67
    i8 53, label %67
    i8 54, label %67
    i8 55, label %67
    i8 56, label %67
    i8 57, label %67
    i8 97, label %63
    i8 101, label %63
    i8 105, label %63
    i8 111, label %63
    i8 117, label %63
    i8 32, label %64
    i8 9, label %64
    i8 10, label %64
    i8 46, label %65
    i8 44, label %65
    i8 59, label %65
    i8 33, label %65
    i8 63, label %65
  ]

56:                                               ; preds = %53
  %57 = load i32, ptr %1, align 4, !tbaa !11
  %58 = load i32, ptr %2, align 4, !tbaa !11
  %59 = load i32, ptr %3, align 4, !tbaa !11
  %60 = load i32, ptr %4, align 4, !tbaa !11
  %61 = load i32, ptr %5, align 4, !tbaa !11
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %57, i32 noundef %58, i32 noundef %59, i32 noundef %60, i32 noundef %61)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5)
  ret i32 0

63:                                               ; preds = %53, %53, %53, %53, %53
  br label %67

64:                                               ; preds = %53, %53, %53
  br label %67

65:                                               ; preds = %53, %53, %53, %53, %53
  br label %67

66:                                               ; preds = %53
  br label %67

67:                                               ; preds = %53, %53, %53, %53, %53, %53, %53, %53, %53, %53, %63, %64, %65, %66
  %68 = phi ptr [ %1, %66 ], [ %5, %65 ], [ %4, %64 ], [ %3, %63 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ], [ %2, %53 ]
  %69 = load i32, ptr %68, align 4, !tbaa !11
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %68, align 4, !tbaa !11
  %71 = getelementptr inbounds i8, ptr %54, i64 1
  br label %53, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!9, !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !9, i64 0}
!13 = distinct !{!13, !7}
