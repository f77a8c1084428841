; ModuleID = 'loops_goto.c'
source_filename = "loops_goto.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.v = private unnamed_addr constant [7 x i32] [i32 8, i32 3, i32 11, i32 5, i32 14, i32 2, i32 9], align 16
@.str = private unnamed_addr constant [22 x i8] c"pair: v[%d]+v[%d]=16\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"missing pair: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"collatz(27) steps=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"do-while k=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"once=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"odd_sum=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"goto loop acc=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"primes below 100: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [26 x i8] c"infinite for broke at %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [17 x i8] c"setup(%d) -> %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #4
  %3 = call fastcc i32 @find_pair(ptr noundef nonnull @__const.main.v, i32 noundef 16, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %9, label %5

5:                                                ; preds = %0
  %6 = load i32, ptr %1, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %6, i32 noundef %7)
  br label %9

9:                                                ; preds = %5, %0
  %10 = call fastcc i32 @find_pair(ptr noundef nonnull @__const.main.v, i32 noundef 100, ptr noundef nonnull %1, ptr noundef nonnull %2)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %10)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 0, i32 noundef 0)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, i32 noundef -1)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 2, i32 noundef -1)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 3, i32 noundef -1)
  br label %16

16:                                               ; preds = %9, %16
  %17 = phi i32 [ %25, %16 ], [ 0, %9 ]
  %18 = phi i32 [ %24, %16 ], [ 27, %9 ]
  %19 = and i32 %18, 1
  %20 = icmp eq i32 %19, 0
  %21 = mul nsw i32 %18, 3
  %22 = add nsw i32 %21, 1
  %23 = ashr exact i32 %18, 1
  %24 = select i1 %20, i32 %23, i32 %22
  %25 = add nuw nsw i32 %17, 1
  %26 = icmp eq i32 %24, 1
  br i1 %26, label %27, label %16, !llvm.loop !9

27:                                               ; preds = %16
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %25)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -5)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1)
  br label %31

31:                                               ; preds = %36, %27
  %32 = phi i32 [ 0, %27 ], [ %38, %36 ]
  %33 = phi i32 [ 0, %27 ], [ %37, %36 ]
  %34 = or disjoint i32 %32, 1
  %35 = icmp ugt i32 %32, 39
  br i1 %35, label %40, label %36

36:                                               ; preds = %31
  %37 = add nsw i32 %34, %33
  %38 = add nuw nsw i32 %32, 2
  %39 = icmp eq i32 %38, 50
  br i1 %39, label %40, label %31, !llvm.loop !11

40:                                               ; preds = %36, %31
  %41 = phi i32 [ %33, %31 ], [ %37, %36 ]
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %41)
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 285)
  br label %44

44:                                               ; preds = %40, %58
  %45 = phi i32 [ 2, %40 ], [ %60, %58 ]
  %46 = phi i32 [ 0, %40 ], [ %59, %58 ]
  %47 = icmp ult i32 %45, 4
  br i1 %47, label %56, label %52

48:                                               ; preds = %52
  %49 = add nuw nsw i32 %53, 1
  %50 = mul nuw nsw i32 %49, %49
  %51 = icmp ugt i32 %50, %45
  br i1 %51, label %56, label %52, !llvm.loop !12

52:                                               ; preds = %44, %48
  %53 = phi i32 [ %49, %48 ], [ 2, %44 ]
  %54 = urem i32 %45, %53
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %58, label %48

56:                                               ; preds = %48, %44
  %57 = add nsw i32 %46, 1
  br label %58

58:                                               ; preds = %52, %56
  %59 = phi i32 [ %57, %56 ], [ %46, %52 ]
  %60 = add nuw nsw i32 %45, 1
  %61 = icmp eq i32 %60, 100
  br i1 %61, label %62, label %44, !llvm.loop !13

62:                                               ; preds = %58
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %59)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 32)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #4
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc range(i32 0, 2) i32 @find_pair(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2, ptr nocapture noundef writeonly %3) unnamed_addr #2 {
  %5 = load i32, ptr %0, align 4, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %0, i64 4
  %7 = load i32, ptr %6, align 4, !tbaa !5
  %8 = add nsw i32 %7, %5
  %9 = icmp eq i32 %8, %1
  br i1 %9, label %95, label %98

10:                                               ; preds = %118
  %11 = getelementptr inbounds i8, ptr %0, i64 4
  %12 = load i32, ptr %11, align 4, !tbaa !5
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = add nsw i32 %14, %12
  %16 = icmp eq i32 %15, %1
  br i1 %16, label %95, label %17

17:                                               ; preds = %10
  %18 = getelementptr inbounds i8, ptr %0, i64 12
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = add nsw i32 %19, %12
  %21 = icmp eq i32 %20, %1
  br i1 %21, label %95, label %22

22:                                               ; preds = %17
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, %12
  %26 = icmp eq i32 %25, %1
  br i1 %26, label %95, label %27

27:                                               ; preds = %22
  %28 = getelementptr inbounds i8, ptr %0, i64 20
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = add nsw i32 %29, %12
  %31 = icmp eq i32 %30, %1
  br i1 %31, label %95, label %32

32:                                               ; preds = %27
  %33 = getelementptr inbounds i8, ptr %0, i64 24
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = add nsw i32 %34, %12
  %36 = icmp eq i32 %35, %1
  br i1 %36, label %95, label %37

37:                                               ; preds = %32
  %38 = getelementptr inbounds i8, ptr %0, i64 8
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = getelementptr inbounds i8, ptr %0, i64 12
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = add nsw i32 %41, %39
  %43 = icmp eq i32 %42, %1
  br i1 %43, label %95, label %44

44:                                               ; preds = %37
  %45 = getelementptr inbounds i8, ptr %0, i64 16
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = add nsw i32 %46, %39
  %48 = icmp eq i32 %47, %1
  br i1 %48, label %95, label %49

49:                                               ; preds = %44
  %50 = getelementptr inbounds i8, ptr %0, i64 20
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = add nsw i32 %51, %39
  %53 = icmp eq i32 %52, %1
  br i1 %53, label %95, label %54

54:                                               ; preds = %49
  %55 = getelementptr inbounds i8, ptr %0, i64 24
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = add nsw i32 %56, %39
  %58 = icmp eq i32 %57, %1
  br i1 %58, label %95, label %59

59:                                               ; preds = %54
  %60 = getelementptr inbounds i8, ptr %0, i64 12
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = getelementptr inbounds i8, ptr %0, i64 16
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %61
  %65 = icmp eq i32 %64, %1
  br i1 %65, label %95, label %66

66:                                               ; preds = %59
  %67 = getelementptr inbounds i8, ptr %0, i64 20
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = add nsw i32 %68, %61
  %70 = icmp eq i32 %69, %1
  br i1 %70, label %95, label %71

71:                                               ; preds = %66
  %72 = getelementptr inbounds i8, ptr %0, i64 24
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = add nsw i32 %73, %61
  %75 = icmp eq i32 %74, %1
  br i1 %75, label %95, label %76

76:                                               ; preds = %71
  %77 = getelementptr inbounds i8, ptr %0, i64 16
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = getelementptr inbounds i8, ptr %0, i64 20
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = add nsw i32 %80, %78
  %82 = icmp eq i32 %81, %1
  br i1 %82, label %95, label %83

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %0, i64 24
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = add nsw i32 %85, %78
  %87 = icmp eq i32 %86, %1
  br i1 %87, label %95, label %88

88:                                               ; preds = %83
  %89 = getelementptr inbounds i8, ptr %0, i64 20
  %90 = load i32, ptr %89, align 4, !tbaa !5
  %91 = getelementptr inbounds i8, ptr %0, i64 24
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = add nsw i32 %92, %90
  %94 = icmp eq i32 %93, %1
  br i1 %94, label %95, label %123

95:                                               ; preds = %88, %76, %83, %59, %66, %71, %37, %44, %49, %54, %10, %17, %22, %27, %32, %4, %98, %103, %108, %113, %118
  %96 = phi i32 [ 0, %118 ], [ 0, %113 ], [ 0, %108 ], [ 0, %103 ], [ 0, %98 ], [ 0, %4 ], [ 1, %32 ], [ 1, %27 ], [ 1, %22 ], [ 1, %17 ], [ 1, %10 ], [ 2, %54 ], [ 2, %49 ], [ 2, %44 ], [ 2, %37 ], [ 3, %71 ], [ 3, %66 ], [ 3, %59 ], [ 4, %83 ], [ 4, %76 ], [ 5, %88 ]
  %97 = phi i32 [ 6, %118 ], [ 5, %113 ], [ 4, %108 ], [ 3, %103 ], [ 2, %98 ], [ 1, %4 ], [ 6, %32 ], [ 5, %27 ], [ 4, %22 ], [ 3, %17 ], [ 2, %10 ], [ 6, %54 ], [ 5, %49 ], [ 4, %44 ], [ 3, %37 ], [ 6, %71 ], [ 5, %66 ], [ 4, %59 ], [ 6, %83 ], [ 5, %76 ], [ 6, %88 ]
  store i32 %96, ptr %2, align 4, !tbaa !5
  store i32 %97, ptr %3, align 4, !tbaa !5
  br label %123

98:                                               ; preds = %4
  %99 = getelementptr inbounds i8, ptr %0, i64 8
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = add nsw i32 %100, %5
  %102 = icmp eq i32 %101, %1
  br i1 %102, label %95, label %103

103:                                              ; preds = %98
  %104 = getelementptr inbounds i8, ptr %0, i64 12
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = add nsw i32 %105, %5
  %107 = icmp eq i32 %106, %1
  br i1 %107, label %95, label %108

108:                                              ; preds = %103
  %109 = getelementptr inbounds i8, ptr %0, i64 16
  %110 = load i32, ptr %109, align 4, !tbaa !5
  %111 = add nsw i32 %110, %5
  %112 = icmp eq i32 %111, %1
  br i1 %112, label %95, label %113

113:                                              ; preds = %108
  %114 = getelementptr inbounds i8, ptr %0, i64 20
  %115 = load i32, ptr %114, align 4, !tbaa !5
  %116 = add nsw i32 %115, %5
  %117 = icmp eq i32 %116, %1
  br i1 %117, label %95, label %118

118:                                              ; preds = %113
  %119 = getelementptr inbounds i8, ptr %0, i64 24
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = add nsw i32 %120, %5
  %122 = icmp eq i32 %121, %1
  br i1 %122, label %95, label %10

123:                                              ; preds = %88, %95
  %124 = phi i32 [ 1, %95 ], [ 0, %88 ]
  ret i32 %124
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
