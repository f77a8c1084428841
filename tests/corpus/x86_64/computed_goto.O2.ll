; ModuleID = 'computed_goto.c'
source_filename = "computed_goto.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.step = type { ptr, i32 }

@main.fact = internal constant [29 x i32] [i32 0, i32 1, i32 0, i32 10, i32 4, i32 8, i32 5, i32 0, i32 0, i32 1, i32 5, i32 5, i32 0, i32 0, i32 5, i32 2, i32 0, i32 -1, i32 3, i32 5, i32 0, i32 0, i32 1, i32 4, i32 0, i32 0, i32 1, i32 5, i32 9], align 16
@.str = private unnamed_addr constant [21 x i8] c"threaded short: %ld\0A\00", align 1
@main.loop = internal constant [18 x i32] [i32 0, i32 1, i32 0, i32 10, i32 4, i32 6, i32 8, i32 9, i32 5, i32 0, i32 2, i32 3, i32 5, i32 7, i32 0, i32 1, i32 6, i32 4], align 16
@.str.1 = private unnamed_addr constant [20 x i8] c"threaded loop: %ld\0A\00", align 1
@main.arith = internal constant [11 x i32] [i32 0, i32 7, i32 0, i32 6, i32 3, i32 8, i32 0, i32 2, i32 2, i32 8, i32 9], align 16
@.str.2 = private unnamed_addr constant [21 x i8] c"threaded arith: %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [59 x i8] c"dispatch table: 10 entries, all distinct and non-null: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"collatz_mix(%u) = %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"table_walk(%d) = %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"  two  words \00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"a b c d e f\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"trailing \00", align 1
@.str.11 = private unnamed_addr constant [24 x i8] c"count_words(\22%s\22) = %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"c\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"ac\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"bbc\00", align 1
@.str.15 = private unnamed_addr constant [8 x i8] c"abababc\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"aabbaabbc\00", align 1
@.str.17 = private unnamed_addr constant [30 x i8] c"relative_dispatch(\22%s\22) = %d\0A\00", align 1
@run_threaded.disptab = internal constant [10 x ptr] [ptr blockaddress(@run_threaded, %8), ptr blockaddress(@run_threaded, %21), ptr blockaddress(@run_threaded, %32), ptr blockaddress(@run_threaded, %43), ptr blockaddress(@run_threaded, %54), ptr blockaddress(@run_threaded, %63), ptr blockaddress(@run_threaded, %73), ptr blockaddress(@run_threaded, %87), ptr blockaddress(@run_threaded, %94), ptr blockaddress(@run_threaded, %101)], align 16
@.str.18 = private unnamed_addr constant [13 x i8] c"  print %ld\0A\00", align 1
@table_walk.steps = internal unnamed_addr constant [6 x %struct.step] [%struct.step { ptr blockaddress(@table_walk, %2), i32 5 }, %struct.step { ptr blockaddress(@table_walk, %10), i32 3 }, %struct.step { ptr blockaddress(@table_walk, %2), i32 -7 }, %struct.step { ptr blockaddress(@table_walk, %14), i32 0 }, %struct.step { ptr blockaddress(@table_walk, %10), i32 11 }, %struct.step { ptr blockaddress(@table_walk, %16), i32 0 }], align 16
@relative_dispatch.offsets = internal unnamed_addr constant [3 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %2) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %2) to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %6) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %2) to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %8) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %2) to i64)) to i32)], align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call fastcc i64 @run_threaded(ptr noundef nonnull @main.fact, ptr noundef null)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %1)
  %3 = tail call fastcc i64 @run_threaded(ptr noundef nonnull @main.loop, ptr noundef null)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %3)
  %5 = tail call fastcc i64 @run_threaded(ptr noundef nonnull @main.arith, ptr noundef null)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %5)
  br label %53

7:                                                ; preds = %82
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %83)
  %9 = tail call fastcc i32 @collatz_mix(i32 noundef 1, i32 poison)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i32 noundef %9)
  %11 = tail call fastcc i32 @collatz_mix(i32 noundef 7, i32 poison)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 7, i32 noundef %11)
  %13 = tail call fastcc i32 @collatz_mix(i32 noundef 13, i32 poison)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 13, i32 noundef %13)
  %15 = tail call fastcc i32 @collatz_mix(i32 noundef 19, i32 poison)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 19, i32 noundef %15)
  %17 = tail call fastcc i32 @collatz_mix(i32 noundef 25, i32 poison)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 25, i32 noundef %17)
  %19 = tail call fastcc i32 @collatz_mix(i32 noundef 31, i32 poison)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 31, i32 noundef %19)
  %21 = tail call fastcc i32 @collatz_mix(i32 noundef 37, i32 poison)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 37, i32 noundef %21)
  %23 = tail call fastcc i32 @table_walk(i32 noundef -2)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef -2, i32 noundef %23)
  %25 = tail call fastcc i32 @table_walk(i32 noundef -1)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef -1, i32 noundef %25)
  %27 = tail call fastcc i32 @table_walk(i32 noundef 0)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 0, i32 noundef %27)
  %29 = tail call fastcc i32 @table_walk(i32 noundef 1)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 1, i32 noundef %29)
  %31 = tail call fastcc i32 @table_walk(i32 noundef 2)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 2, i32 noundef %31)
  %33 = tail call fastcc i32 @count_words(ptr noundef nonnull @.str.6)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.6, i32 noundef %33)
  %35 = tail call fastcc i32 @count_words(ptr noundef nonnull @.str.7)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.7, i32 noundef %35)
  %37 = tail call fastcc i32 @count_words(ptr noundef nonnull @.str.8)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.8, i32 noundef %37)
  %39 = tail call fastcc i32 @count_words(ptr noundef nonnull @.str.9)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.9, i32 noundef %39)
  %41 = tail call fastcc i32 @count_words(ptr noundef nonnull @.str.10)
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.10, i32 noundef %41)
  %43 = tail call fastcc i32 @relative_dispatch(ptr noundef nonnull @.str.12)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.12, i32 noundef %43)
  %45 = tail call fastcc i32 @relative_dispatch(ptr noundef nonnull @.str.13)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.13, i32 noundef %45)
  %47 = tail call fastcc i32 @relative_dispatch(ptr noundef nonnull @.str.14)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.14, i32 noundef %47)
  %49 = tail call fastcc i32 @relative_dispatch(ptr noundef nonnull @.str.15)
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.15, i32 noundef %49)
  %51 = tail call fastcc i32 @relative_dispatch(ptr noundef nonnull @.str.16)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.16, i32 noundef %51)
  ret i32 0

53:                                               ; preds = %0, %82
  %54 = phi i64 [ 0, %0 ], [ %84, %82 ]
  %55 = phi i32 [ 1, %0 ], [ %83, %82 ]
  %56 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %54
  %57 = load ptr, ptr %56, align 8, !tbaa !5
  %58 = icmp eq ptr %57, null
  %59 = select i1 %58, i32 0, i32 %55
  %60 = icmp eq i64 %54, 0
  br i1 %60, label %82, label %61

61:                                               ; preds = %53
  %62 = and i64 %54, 3
  %63 = icmp ult i64 %54, 4
  br i1 %63, label %66, label %64

64:                                               ; preds = %61
  %65 = and i64 %54, 9223372036854775804
  br label %86

66:                                               ; preds = %86, %61
  %67 = phi i32 [ poison, %61 ], [ %108, %86 ]
  %68 = phi i64 [ 0, %61 ], [ %109, %86 ]
  %69 = phi i32 [ %59, %61 ], [ %108, %86 ]
  %70 = icmp eq i64 %62, 0
  br i1 %70, label %82, label %71

71:                                               ; preds = %66, %71
  %72 = phi i64 [ %79, %71 ], [ %68, %66 ]
  %73 = phi i32 [ %78, %71 ], [ %69, %66 ]
  %74 = phi i64 [ %80, %71 ], [ 0, %66 ]
  %75 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %72
  %76 = load ptr, ptr %75, align 8, !tbaa !5
  %77 = icmp eq ptr %57, %76
  %78 = select i1 %77, i32 0, i32 %73
  %79 = add nuw nsw i64 %72, 1
  %80 = add i64 %74, 1
  %81 = icmp eq i64 %80, %62
  br i1 %81, label %82, label %71, !llvm.loop !9

82:                                               ; preds = %66, %71, %53
  %83 = phi i32 [ %59, %53 ], [ %67, %66 ], [ %78, %71 ]
  %84 = add nuw nsw i64 %54, 1
  %85 = icmp eq i64 %84, 10
  br i1 %85, label %7, label %53, !llvm.loop !11

86:                                               ; preds = %86, %64
  %87 = phi i64 [ 0, %64 ], [ %109, %86 ]
  %88 = phi i32 [ %59, %64 ], [ %108, %86 ]
  %89 = phi i64 [ 0, %64 ], [ %110, %86 ]
  %90 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %87
  %91 = load ptr, ptr %90, align 16, !tbaa !5
  %92 = icmp eq ptr %57, %91
  %93 = or disjoint i64 %87, 1
  %94 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %93
  %95 = load ptr, ptr %94, align 8, !tbaa !5
  %96 = icmp eq ptr %57, %95
  %97 = or disjoint i64 %87, 2
  %98 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %97
  %99 = load ptr, ptr %98, align 16, !tbaa !5
  %100 = icmp eq ptr %57, %99
  %101 = or disjoint i64 %87, 3
  %102 = getelementptr inbounds ptr, ptr @run_threaded.disptab, i64 %101
  %103 = load ptr, ptr %102, align 8, !tbaa !5
  %104 = icmp eq ptr %57, %103
  %105 = select i1 %104, i1 true, i1 %100
  %106 = select i1 %105, i1 true, i1 %96
  %107 = select i1 %106, i1 true, i1 %92
  %108 = select i1 %107, i32 0, i32 %88
  %109 = add nuw nsw i64 %87, 4
  %110 = add i64 %89, 4
  %111 = icmp eq i64 %110, %65
  br i1 %111, label %66, label %86, !llvm.loop !13
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal fastcc i64 @run_threaded(ptr noundef readonly %0, ptr nocapture noundef writeonly %1) #0 {
  %3 = alloca [64 x i64], align 16
  %4 = icmp eq ptr %0, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %2
  store ptr @run_threaded.disptab, ptr %1, align 8, !tbaa !5
  br label %109

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, ptr %0, i64 4
  br label %111

8:                                                ; preds = %111
  %9 = getelementptr inbounds i8, ptr %112, i64 4
  %10 = load i32, ptr %112, align 4, !tbaa !14
  %11 = sext i32 %10 to i64
  %12 = add nsw i32 %114, 1
  %13 = sext i32 %114 to i64
  %14 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %13
  store i64 %11, ptr %14, align 8, !tbaa !16
  %15 = getelementptr inbounds i8, ptr %112, i64 8
  br label %16

16:                                               ; preds = %8, %21, %32, %43, %54, %63, %84, %87, %94
  %17 = phi ptr [ %9, %8 ], [ %112, %21 ], [ %112, %32 ], [ %112, %43 ], [ %112, %54 ], [ %112, %63 ], [ %85, %84 ], [ %112, %87 ], [ %112, %94 ]
  %18 = phi ptr [ %15, %8 ], [ %31, %21 ], [ %42, %32 ], [ %53, %43 ], [ %62, %54 ], [ %72, %63 ], [ %86, %84 ], [ %93, %87 ], [ %100, %94 ]
  %19 = phi i32 [ %12, %8 ], [ %22, %21 ], [ %33, %32 ], [ %44, %43 ], [ %61, %54 ], [ %114, %63 ], [ %75, %84 ], [ %114, %87 ], [ %114, %94 ]
  %20 = add nuw nsw i64 %113, 1
  br label %111

21:                                               ; preds = %111
  %22 = add nsw i32 %114, -1
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %23
  %25 = load i64, ptr %24, align 8, !tbaa !16
  %26 = add nsw i32 %114, -2
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %27
  %29 = load i64, ptr %28, align 8, !tbaa !16
  %30 = add nsw i64 %29, %25
  store i64 %30, ptr %28, align 8, !tbaa !16
  %31 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

32:                                               ; preds = %111
  %33 = add nsw i32 %114, -1
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %34
  %36 = load i64, ptr %35, align 8, !tbaa !16
  %37 = add nsw i32 %114, -2
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %38
  %40 = load i64, ptr %39, align 8, !tbaa !16
  %41 = sub nsw i64 %40, %36
  store i64 %41, ptr %39, align 8, !tbaa !16
  %42 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

43:                                               ; preds = %111
  %44 = add nsw i32 %114, -1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8, !tbaa !16
  %48 = add nsw i32 %114, -2
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %49
  %51 = load i64, ptr %50, align 8, !tbaa !16
  %52 = mul nsw i64 %51, %47
  store i64 %52, ptr %50, align 8, !tbaa !16
  %53 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

54:                                               ; preds = %111
  %55 = add nsw i32 %114, -1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %56
  %58 = load i64, ptr %57, align 8, !tbaa !16
  %59 = sext i32 %114 to i64
  %60 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %59
  store i64 %58, ptr %60, align 8, !tbaa !16
  %61 = add nsw i32 %114, 1
  %62 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

63:                                               ; preds = %111
  %64 = add nsw i32 %114, -1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %65
  %67 = load i64, ptr %66, align 8, !tbaa !16
  %68 = add nsw i32 %114, -2
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %69
  %71 = load i64, ptr %70, align 8, !tbaa !16
  store i64 %71, ptr %66, align 8, !tbaa !16
  store i64 %67, ptr %70, align 8, !tbaa !16
  %72 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

73:                                               ; preds = %111
  %74 = getelementptr inbounds i8, ptr %112, i64 4
  %75 = add nsw i32 %114, -1
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %76
  %78 = load i64, ptr %77, align 8, !tbaa !16
  %79 = icmp eq i64 %78, 0
  br i1 %79, label %84, label %80

80:                                               ; preds = %73
  %81 = load i32, ptr %112, align 4, !tbaa !14
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i32, ptr %0, i64 %82
  br label %84

84:                                               ; preds = %73, %80
  %85 = phi ptr [ %83, %80 ], [ %74, %73 ]
  %86 = getelementptr inbounds i8, ptr %85, i64 4
  br label %16

87:                                               ; preds = %111
  %88 = add nsw i32 %114, -1
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %89
  %91 = load i64, ptr %90, align 8, !tbaa !16
  %92 = add nsw i64 %91, -1
  store i64 %92, ptr %90, align 8, !tbaa !16
  %93 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

94:                                               ; preds = %111
  %95 = add nsw i32 %114, -1
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %96
  %98 = load i64, ptr %97, align 8, !tbaa !16
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %98)
  %100 = getelementptr inbounds i8, ptr %112, i64 4
  br label %16

101:                                              ; preds = %111
  %102 = add nsw i32 %114, -1
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %103
  %105 = load i64, ptr %104, align 8, !tbaa !16
  %106 = mul nsw i64 %105, 1000
  %107 = urem i64 %113, 1000
  %108 = add nsw i64 %106, %107
  br label %109

109:                                              ; preds = %101, %5
  %110 = phi i64 [ %108, %101 ], [ 0, %5 ]
  ret i64 %110

111:                                              ; preds = %16, %6
  %112 = phi ptr [ %7, %6 ], [ %18, %16 ]
  %113 = phi i64 [ 1, %6 ], [ %20, %16 ]
  %114 = phi i32 [ 0, %6 ], [ %19, %16 ]
  %115 = phi ptr [ %0, %6 ], [ %17, %16 ]
  %116 = load i32, ptr %115, align 4, !tbaa !14
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %117
  %119 = load ptr, ptr %118, align 8, !tbaa !5
  indirectbr ptr %119, [label %8, label %21, label %32, label %43, label %54, label %63, label %73, label %87, label %94, label %101]
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define internal fastcc i32 @collatz_mix(i32 noundef %0, i32 %1) #2 {
  %3 = alloca [3 x ptr], align 16
  store ptr blockaddress(@collatz_mix, %9), ptr %3, align 16, !tbaa !5
  %4 = getelementptr inbounds i8, ptr %3, i64 8
  store ptr blockaddress(@collatz_mix, %27), ptr %4, align 8, !tbaa !5
  %5 = and i32 %0, 1
  %6 = zext nneg i32 %5 to i64
  %7 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %6
  %8 = load ptr, ptr %7, align 8, !tbaa !5
  br label %36

9:                                                ; preds = %36
  %10 = add i32 %38, %37
  %11 = lshr i32 %37, 1
  %12 = icmp ugt i32 %39, 28
  %13 = icmp ult i32 %37, 4
  %14 = select i1 %12, i1 true, i1 %13
  br i1 %14, label %22, label %15

15:                                               ; preds = %9, %27
  %16 = phi i32 [ %31, %27 ], [ %11, %9 ]
  %17 = phi i32 [ %29, %27 ], [ %10, %9 ]
  %18 = and i32 %16, 1
  %19 = zext nneg i32 %18 to i64
  %20 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !5
  br label %22

22:                                               ; preds = %15, %9, %27
  %23 = phi i32 [ %11, %9 ], [ %31, %27 ], [ %16, %15 ]
  %24 = phi i32 [ %10, %9 ], [ %29, %27 ], [ %17, %15 ]
  %25 = phi ptr [ blockaddress(@collatz_mix, %33), %9 ], [ blockaddress(@collatz_mix, %33), %27 ], [ %21, %15 ]
  %26 = add nuw nsw i32 %39, 1
  br label %36

27:                                               ; preds = %36
  %28 = mul i32 %37, 7
  %29 = xor i32 %38, %28
  %30 = mul i32 %37, 3
  %31 = add i32 %30, 1
  %32 = icmp ugt i32 %39, 28
  br i1 %32, label %22, label %15

33:                                               ; preds = %36
  %34 = shl i32 %39, 16
  %35 = add i32 %34, %38
  ret i32 %35

36:                                               ; preds = %22, %2
  %37 = phi i32 [ %0, %2 ], [ %23, %22 ]
  %38 = phi i32 [ 0, %2 ], [ %24, %22 ]
  %39 = phi i32 [ 0, %2 ], [ %26, %22 ]
  %40 = phi ptr [ %8, %2 ], [ %25, %22 ]
  indirectbr ptr %40, [label %9, label %27, label %33]
}

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define internal fastcc i32 @table_walk(i32 noundef %0) #2 {
  br label %17

2:                                                ; preds = %17
  %3 = getelementptr inbounds i8, ptr %19, i64 8
  %4 = load i32, ptr %3, align 8, !tbaa !18
  %5 = add nsw i32 %4, %18
  br label %6

6:                                                ; preds = %2, %10, %14
  %7 = phi i32 [ %5, %2 ], [ %15, %14 ], [ %13, %10 ]
  %8 = getelementptr inbounds i8, ptr %19, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !20
  br label %17

10:                                               ; preds = %17
  %11 = getelementptr inbounds i8, ptr %19, i64 8
  %12 = load i32, ptr %11, align 8, !tbaa !18
  %13 = mul nsw i32 %12, %18
  br label %6

14:                                               ; preds = %17
  %15 = sub nsw i32 0, %18
  br label %6

16:                                               ; preds = %17
  ret i32 %18

17:                                               ; preds = %6, %1
  %18 = phi i32 [ %0, %1 ], [ %7, %6 ]
  %19 = phi ptr [ @table_walk.steps, %1 ], [ %8, %6 ]
  %20 = phi ptr [ blockaddress(@table_walk, %2), %1 ], [ %9, %6 ]
  indirectbr ptr %20, [label %2, label %10, label %16, label %14]
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @count_words(ptr nocapture noundef readonly %0) #3 {
  br label %2

2:                                                ; preds = %12, %1
  %3 = phi i32 [ 0, %1 ], [ %13, %12 ]
  %4 = phi ptr [ %0, %1 ], [ %15, %12 ]
  %5 = phi ptr [ blockaddress(@count_words, %7), %1 ], [ %14, %12 ]
  %6 = load i8, ptr %4, align 1, !tbaa !21
  indirectbr ptr %5, [label %7, label %10]

7:                                                ; preds = %2
  switch i8 %6, label %8 [
    i8 0, label %16
    i8 32, label %12
  ]

8:                                                ; preds = %7
  %9 = add nsw i32 %3, 1
  br label %12

10:                                               ; preds = %2
  switch i8 %6, label %12 [
    i8 0, label %16
    i8 32, label %11
  ]

11:                                               ; preds = %10
  br label %12

12:                                               ; preds = %10, %7, %11, %8
  %13 = phi i32 [ %9, %8 ], [ %3, %11 ], [ %3, %7 ], [ %3, %10 ]
  %14 = phi ptr [ blockaddress(@count_words, %10), %8 ], [ blockaddress(@count_words, %7), %11 ], [ %5, %7 ], [ %5, %10 ]
  %15 = getelementptr inbounds i8, ptr %4, i64 1
  br label %2

16:                                               ; preds = %10, %7
  ret i32 %3
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @relative_dispatch(ptr nocapture noundef readonly %0) #3 {
  br label %9

2:                                                ; preds = %9
  %3 = add nsw i32 %10, 3
  br label %4

4:                                                ; preds = %2, %6
  %5 = phi i32 [ %3, %2 ], [ %7, %6 ]
  br label %9

6:                                                ; preds = %9
  %7 = shl nsw i32 %10, 1
  br label %4

8:                                                ; preds = %9
  ret i32 %10

9:                                                ; preds = %4, %1
  %10 = phi i32 [ 1, %1 ], [ %5, %4 ]
  %11 = phi ptr [ %0, %1 ], [ %19, %4 ]
  %12 = load i8, ptr %11, align 1, !tbaa !21
  %13 = sext i8 %12 to i64
  %14 = add nsw i64 %13, -97
  %15 = getelementptr inbounds [3 x i32], ptr @relative_dispatch.offsets, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !14
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr blockaddress(@relative_dispatch, %2), i64 %17
  %19 = getelementptr inbounds i8, ptr %11, i64 1
  indirectbr ptr %18, [label %2, label %8, label %6]
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !7, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !7, i64 0}
!18 = !{!19, !15, i64 8}
!19 = !{!"step", !6, i64 0, !15, i64 8}
!20 = !{!19, !6, i64 0}
!21 = !{!7, !7, i64 0}
