; ModuleID = 'bst_tree.c'
source_filename = "bst_tree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"inorder:\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"height=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"find %d: %s\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c" (count %d)\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"after delete:\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"height=%d freed=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"x%d\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x ptr], align 16
  %2 = alloca [64 x ptr], align 16
  br label %45

3:                                                ; preds = %45
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str)
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #9
  %5 = icmp eq ptr %56, null
  br i1 %5, label %41, label %6

6:                                                ; preds = %3, %35
  %7 = phi i32 [ %24, %35 ], [ 0, %3 ]
  %8 = phi ptr [ %37, %35 ], [ %56, %3 ]
  %9 = icmp eq ptr %8, null
  br i1 %9, label %22, label %10

10:                                               ; preds = %6
  %11 = sext i32 %7 to i64
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ %11, %10 ], [ %15, %12 ]
  %14 = phi ptr [ %8, %10 ], [ %18, %12 ]
  %15 = add nsw i64 %13, 1
  %16 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %13
  store ptr %14, ptr %16, align 8, !tbaa !5
  %17 = getelementptr inbounds i8, ptr %14, i64 8
  %18 = load ptr, ptr %17, align 8, !tbaa !9
  %19 = icmp eq ptr %18, null
  br i1 %19, label %20, label %12, !llvm.loop !12

20:                                               ; preds = %12
  %21 = trunc nsw i64 %15 to i32
  br label %22

22:                                               ; preds = %20, %6
  %23 = phi i32 [ %7, %6 ], [ %21, %20 ]
  %24 = add nsw i32 %23, -1
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !5
  %28 = load i32, ptr %27, align 8, !tbaa !14
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %28)
  %30 = getelementptr inbounds i8, ptr %27, i64 4
  %31 = load i32, ptr %30, align 4, !tbaa !15
  %32 = icmp sgt i32 %31, 1
  br i1 %32, label %33, label %35

33:                                               ; preds = %22
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %31)
  br label %35

35:                                               ; preds = %33, %22
  %36 = getelementptr inbounds i8, ptr %27, i64 16
  %37 = load ptr, ptr %36, align 8, !tbaa !16
  %38 = icmp ne ptr %37, null
  %39 = icmp ne i32 %24, 0
  %40 = or i1 %39, %38
  br i1 %40, label %6, label %41, !llvm.loop !17

41:                                               ; preds = %35, %3
  %42 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #9
  %43 = tail call fastcc i32 @height(ptr noundef %56)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %43)
  br label %59

45:                                               ; preds = %0, %45
  %46 = phi ptr [ null, %0 ], [ %56, %45 ]
  %47 = phi i32 [ -1831433054, %0 ], [ %54, %45 ]
  %48 = phi i32 [ 0, %0 ], [ %57, %45 ]
  %49 = shl i32 %47, 13
  %50 = xor i32 %49, %47
  %51 = lshr i32 %50, 17
  %52 = xor i32 %51, %50
  %53 = shl i32 %52, 5
  %54 = xor i32 %53, %52
  %55 = urem i32 %54, 60
  %56 = tail call fastcc ptr @insert(ptr noundef %46, i32 noundef %55)
  %57 = add nuw nsw i32 %48, 1
  %58 = icmp eq i32 %57, 40
  br i1 %58, label %3, label %45, !llvm.loop !18

59:                                               ; preds = %41, %78
  %60 = phi i32 [ 0, %41 ], [ %80, %78 ]
  br i1 %5, label %71, label %61

61:                                               ; preds = %59, %65
  %62 = phi ptr [ %69, %65 ], [ %56, %59 ]
  %63 = load i32, ptr %62, align 8, !tbaa !14
  %64 = icmp eq i32 %63, %60
  br i1 %64, label %73, label %65

65:                                               ; preds = %61
  %66 = icmp sgt i32 %63, %60
  %67 = select i1 %66, i64 8, i64 16
  %68 = getelementptr inbounds i8, ptr %62, i64 %67
  %69 = load ptr, ptr %68, align 8, !tbaa !5
  %70 = icmp eq ptr %69, null
  br i1 %70, label %71, label %61, !llvm.loop !19

71:                                               ; preds = %65, %59
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %60, ptr noundef nonnull @.str.4)
  br label %78

73:                                               ; preds = %61
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %60, ptr noundef nonnull @.str.3)
  %75 = getelementptr inbounds i8, ptr %62, i64 4
  %76 = load i32, ptr %75, align 4, !tbaa !15
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %76)
  br label %78

78:                                               ; preds = %71, %73
  %79 = tail call i32 @putchar(i32 10)
  %80 = add nuw nsw i32 %60, 7
  %81 = icmp ult i32 %60, 53
  br i1 %81, label %59, label %82, !llvm.loop !20

82:                                               ; preds = %78
  %83 = tail call fastcc ptr @delete(ptr noundef %56, i32 noundef 0)
  %84 = tail call fastcc ptr @delete(ptr noundef %83, i32 noundef 3)
  %85 = tail call fastcc ptr @delete(ptr noundef %84, i32 noundef 6)
  %86 = tail call fastcc ptr @delete(ptr noundef %85, i32 noundef 9)
  %87 = tail call fastcc ptr @delete(ptr noundef %86, i32 noundef 12)
  %88 = tail call fastcc ptr @delete(ptr noundef %87, i32 noundef 15)
  %89 = tail call fastcc ptr @delete(ptr noundef %88, i32 noundef 18)
  %90 = tail call fastcc ptr @delete(ptr noundef %89, i32 noundef 21)
  %91 = tail call fastcc ptr @delete(ptr noundef %90, i32 noundef 24)
  %92 = tail call fastcc ptr @delete(ptr noundef %91, i32 noundef 27)
  %93 = tail call fastcc ptr @delete(ptr noundef %92, i32 noundef 30)
  %94 = tail call fastcc ptr @delete(ptr noundef %93, i32 noundef 33)
  %95 = tail call fastcc ptr @delete(ptr noundef %94, i32 noundef 36)
  %96 = tail call fastcc ptr @delete(ptr noundef %95, i32 noundef 39)
  %97 = tail call fastcc ptr @delete(ptr noundef %96, i32 noundef 42)
  %98 = tail call fastcc ptr @delete(ptr noundef %97, i32 noundef 45)
  %99 = tail call fastcc ptr @delete(ptr noundef %98, i32 noundef 48)
  %100 = tail call fastcc ptr @delete(ptr noundef %99, i32 noundef 51)
  %101 = tail call fastcc ptr @delete(ptr noundef %100, i32 noundef 54)
  %102 = tail call fastcc ptr @delete(ptr noundef %101, i32 noundef 57)
  %103 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7)
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #9
  %104 = icmp eq ptr %102, null
  br i1 %104, label %140, label %105

105:                                              ; preds = %82, %134
  %106 = phi i32 [ %123, %134 ], [ 0, %82 ]
  %107 = phi ptr [ %136, %134 ], [ %102, %82 ]
  %108 = icmp eq ptr %107, null
  br i1 %108, label %121, label %109

109:                                              ; preds = %105
  %110 = sext i32 %106 to i64
  br label %111

111:                                              ; preds = %111, %109
  %112 = phi i64 [ %110, %109 ], [ %114, %111 ]
  %113 = phi ptr [ %107, %109 ], [ %117, %111 ]
  %114 = add nsw i64 %112, 1
  %115 = getelementptr inbounds [64 x ptr], ptr %1, i64 0, i64 %112
  store ptr %113, ptr %115, align 8, !tbaa !5
  %116 = getelementptr inbounds i8, ptr %113, i64 8
  %117 = load ptr, ptr %116, align 8, !tbaa !9
  %118 = icmp eq ptr %117, null
  br i1 %118, label %119, label %111, !llvm.loop !12

119:                                              ; preds = %111
  %120 = trunc nsw i64 %114 to i32
  br label %121

121:                                              ; preds = %119, %105
  %122 = phi i32 [ %106, %105 ], [ %120, %119 ]
  %123 = add nsw i32 %122, -1
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [64 x ptr], ptr %1, i64 0, i64 %124
  %126 = load ptr, ptr %125, align 8, !tbaa !5
  %127 = load i32, ptr %126, align 8, !tbaa !14
  %128 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %127)
  %129 = getelementptr inbounds i8, ptr %126, i64 4
  %130 = load i32, ptr %129, align 4, !tbaa !15
  %131 = icmp sgt i32 %130, 1
  br i1 %131, label %132, label %134

132:                                              ; preds = %121
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %130)
  br label %134

134:                                              ; preds = %132, %121
  %135 = getelementptr inbounds i8, ptr %126, i64 16
  %136 = load ptr, ptr %135, align 8, !tbaa !16
  %137 = icmp ne ptr %136, null
  %138 = icmp ne i32 %123, 0
  %139 = or i1 %138, %137
  br i1 %139, label %105, label %140, !llvm.loop !17

140:                                              ; preds = %134, %82
  %141 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #9
  %142 = tail call fastcc i32 @height(ptr noundef %102)
  %143 = tail call fastcc i32 @destroy(ptr noundef %102)
  %144 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %142, i32 noundef %143)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define internal fastcc noundef ptr @insert(ptr noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %4, label %10

4:                                                ; preds = %2
  %5 = tail call noalias dereferenceable_or_null(24) ptr @calloc(i64 noundef 1, i64 noundef 24) #10
  %6 = icmp eq ptr %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %4
  tail call void @exit(i32 noundef 97) #11
  unreachable

8:                                                ; preds = %4
  store i32 %1, ptr %5, align 8, !tbaa !14
  %9 = getelementptr inbounds i8, ptr %5, i64 4
  store i32 1, ptr %9, align 4, !tbaa !15
  br label %13

10:                                               ; preds = %2
  %11 = load i32, ptr %0, align 8, !tbaa !14
  %12 = icmp sgt i32 %11, %1
  br i1 %12, label %15, label %19

13:                                               ; preds = %25, %8, %21, %15
  %14 = phi ptr [ %0, %15 ], [ %0, %21 ], [ %5, %8 ], [ %0, %25 ]
  ret ptr %14

15:                                               ; preds = %10
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  %17 = load ptr, ptr %16, align 8, !tbaa !9
  %18 = tail call fastcc ptr @insert(ptr noundef %17, i32 noundef %1)
  store ptr %18, ptr %16, align 8, !tbaa !9
  br label %13

19:                                               ; preds = %10
  %20 = icmp slt i32 %11, %1
  br i1 %20, label %21, label %25

21:                                               ; preds = %19
  %22 = getelementptr inbounds i8, ptr %0, i64 16
  %23 = load ptr, ptr %22, align 8, !tbaa !16
  %24 = tail call fastcc ptr @insert(ptr noundef %23, i32 noundef %1)
  store ptr %24, ptr %22, align 8, !tbaa !16
  br label %13

25:                                               ; preds = %19
  %26 = getelementptr inbounds i8, ptr %0, i64 4
  %27 = load i32, ptr %26, align 4, !tbaa !15
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %26, align 4, !tbaa !15
  br label %13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @height(ptr noundef readonly %0) unnamed_addr #3 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %13, %5 ], [ 0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !9
  %8 = tail call fastcc i32 @height(ptr noundef %7)
  %9 = getelementptr inbounds i8, ptr %0, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !16
  %11 = tail call fastcc i32 @height(ptr noundef %10)
  %12 = tail call i32 @llvm.smax.i32(i32 %8, i32 %11)
  %13 = add nsw i32 %12, 1
  br label %3
}

; Function Attrs: nounwind uwtable
define internal fastcc ptr @delete(ptr noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %7, label %4

4:                                                ; preds = %2
  %5 = load i32, ptr %0, align 8, !tbaa !14
  %6 = icmp sgt i32 %5, %1
  br i1 %6, label %9, label %13

7:                                                ; preds = %2, %27, %34, %15, %9
  %8 = phi ptr [ %0, %9 ], [ %0, %15 ], [ %0, %34 ], [ %28, %27 ], [ null, %2 ]
  ret ptr %8

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load ptr, ptr %10, align 8, !tbaa !9
  %12 = tail call fastcc ptr @delete(ptr noundef %11, i32 noundef %1)
  store ptr %12, ptr %10, align 8, !tbaa !9
  br label %7

13:                                               ; preds = %4
  %14 = icmp slt i32 %5, %1
  br i1 %14, label %15, label %19

15:                                               ; preds = %13
  %16 = getelementptr inbounds i8, ptr %0, i64 16
  %17 = load ptr, ptr %16, align 8, !tbaa !16
  %18 = tail call fastcc ptr @delete(ptr noundef %17, i32 noundef %1)
  store ptr %18, ptr %16, align 8, !tbaa !16
  br label %7

19:                                               ; preds = %13
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = icmp eq ptr %21, null
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !16
  br i1 %22, label %27, label %25

25:                                               ; preds = %19
  %26 = icmp eq ptr %24, null
  br i1 %26, label %27, label %29

27:                                               ; preds = %19, %25
  %28 = phi ptr [ %21, %25 ], [ %24, %19 ]
  tail call void @free(ptr noundef nonnull %0) #9
  br label %7

29:                                               ; preds = %25, %29
  %30 = phi ptr [ %32, %29 ], [ %24, %25 ]
  %31 = getelementptr inbounds i8, ptr %30, i64 8
  %32 = load ptr, ptr %31, align 8, !tbaa !9
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %29, !llvm.loop !21

34:                                               ; preds = %29
  %35 = getelementptr inbounds i8, ptr %30, i64 4
  %36 = load <2 x i32>, ptr %30, align 8, !tbaa !22
  store <2 x i32> %36, ptr %0, align 8, !tbaa !22
  store i32 1, ptr %35, align 4, !tbaa !15
  %37 = extractelement <2 x i32> %36, i64 0
  %38 = tail call fastcc ptr @delete(ptr noundef nonnull %24, i32 noundef %37)
  store ptr %38, ptr %23, align 8, !tbaa !16
  br label %7
}

; Function Attrs: nounwind uwtable
define internal fastcc i32 @destroy(ptr noundef %0) unnamed_addr #0 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %13, %5 ], [ 0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !9
  %8 = tail call fastcc i32 @destroy(ptr noundef %7)
  %9 = getelementptr inbounds i8, ptr %0, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !16
  %11 = tail call fastcc i32 @destroy(ptr noundef %10)
  %12 = add i32 %8, 1
  %13 = add i32 %12, %11
  tail call void @free(ptr noundef nonnull %0) #9
  br label %3
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }
attributes #10 = { nounwind allocsize(0,1) }
attributes #11 = { noreturn nounwind }

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
!9 = !{!10, !6, i64 8}
!10 = !{!"Tree", !11, i64 0, !11, i64 4, !6, i64 8, !6, i64 16}
!11 = !{!"int", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!10, !11, i64 0}
!15 = !{!10, !11, i64 4}
!16 = !{!10, !6, i64 16}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = !{!11, !11, i64 0}
