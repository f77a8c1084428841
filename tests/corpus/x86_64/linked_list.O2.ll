; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Node = type { i32, ptr }

@.str = private unnamed_addr constant [6 x i8] c"built\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"reversed\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"sorted\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"filtered\00", align 1
@.str.4 = private unnamed_addr constant [33 x i8] c"array len=%zu cap=%zu middle=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"freed %d nodes\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"%s:\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c" %d\00", align 1

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 99) i32 @main() local_unnamed_addr #0 {
  %1 = alloca ptr, align 8
  br label %74

2:                                                ; preds = %80
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str)
  br label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %77, %2 ]
  %6 = load i32, ptr %5, align 8, !tbaa !5
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %6)
  %8 = getelementptr inbounds i8, ptr %5, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !11
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !12

11:                                               ; preds = %4
  %12 = tail call i32 @putchar(i32 10)
  br label %13

13:                                               ; preds = %11, %13
  %14 = phi ptr [ %17, %13 ], [ %77, %11 ]
  %15 = phi ptr [ %14, %13 ], [ null, %11 ]
  %16 = getelementptr inbounds i8, ptr %14, i64 8
  %17 = load ptr, ptr %16, align 8, !tbaa !11
  store ptr %15, ptr %16, align 8, !tbaa !11
  %18 = icmp eq ptr %17, null
  br i1 %18, label %19, label %13, !llvm.loop !14

19:                                               ; preds = %13
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.1)
  br label %21

21:                                               ; preds = %19, %21
  %22 = phi ptr [ %26, %21 ], [ %14, %19 ]
  %23 = load i32, ptr %22, align 8, !tbaa !5
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %23)
  %25 = getelementptr inbounds i8, ptr %22, i64 8
  %26 = load ptr, ptr %25, align 8, !tbaa !11
  %27 = icmp eq ptr %26, null
  br i1 %27, label %28, label %21, !llvm.loop !12

28:                                               ; preds = %21
  %29 = tail call i32 @putchar(i32 10)
  %30 = tail call fastcc ptr @sort(ptr noundef nonnull %14)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.2)
  %32 = icmp eq ptr %30, null
  br i1 %32, label %33, label %36

33:                                               ; preds = %28
  %34 = tail call i32 @putchar(i32 10)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.3)
  br label %69

36:                                               ; preds = %28, %36
  %37 = phi ptr [ %41, %36 ], [ %30, %28 ]
  %38 = load i32, ptr %37, align 8, !tbaa !5
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %38)
  %40 = getelementptr inbounds i8, ptr %37, i64 8
  %41 = load ptr, ptr %40, align 8, !tbaa !11
  %42 = icmp eq ptr %41, null
  br i1 %42, label %43, label %36, !llvm.loop !12

43:                                               ; preds = %36
  %44 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store ptr %30, ptr %1, align 8, !tbaa !15
  br label %45

45:                                               ; preds = %43, %54
  %46 = phi ptr [ %55, %54 ], [ %1, %43 ]
  %47 = phi ptr [ %56, %54 ], [ %30, %43 ]
  %48 = load i32, ptr %47, align 8, !tbaa !5
  %49 = srem i32 %48, 3
  %50 = icmp eq i32 %49, 0
  %51 = getelementptr inbounds i8, ptr %47, i64 8
  br i1 %50, label %52, label %54

52:                                               ; preds = %45
  %53 = load ptr, ptr %51, align 8, !tbaa !11
  store ptr %53, ptr %46, align 8, !tbaa !15
  tail call void @free(ptr noundef nonnull %47) #10
  br label %54

54:                                               ; preds = %52, %45
  %55 = phi ptr [ %46, %52 ], [ %51, %45 ]
  %56 = load ptr, ptr %55, align 8, !tbaa !15
  %57 = icmp eq ptr %56, null
  br i1 %57, label %58, label %45, !llvm.loop !16

58:                                               ; preds = %54
  %59 = load ptr, ptr %1, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @.str.3)
  %61 = icmp eq ptr %59, null
  br i1 %61, label %69, label %62

62:                                               ; preds = %58, %62
  %63 = phi ptr [ %67, %62 ], [ %59, %58 ]
  %64 = load i32, ptr %63, align 8, !tbaa !5
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %64)
  %66 = getelementptr inbounds i8, ptr %63, i64 8
  %67 = load ptr, ptr %66, align 8, !tbaa !11
  %68 = icmp eq ptr %67, null
  br i1 %68, label %69, label %62, !llvm.loop !12

69:                                               ; preds = %62, %33, %58
  %70 = phi ptr [ null, %33 ], [ null, %58 ], [ %59, %62 ]
  %71 = tail call i32 @putchar(i32 10)
  %72 = tail call noalias dereferenceable_or_null(8) ptr @malloc(i64 noundef 8) #11
  %73 = icmp eq ptr %70, null
  br i1 %73, label %118, label %86

74:                                               ; preds = %0, %80
  %75 = phi ptr [ null, %0 ], [ %77, %80 ]
  %76 = phi i32 [ 0, %0 ], [ %84, %80 ]
  %77 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #11
  %78 = icmp eq ptr %77, null
  br i1 %78, label %79, label %80

79:                                               ; preds = %74
  tail call void @exit(i32 noundef 99) #12
  unreachable

80:                                               ; preds = %74
  %81 = mul nuw nsw i32 %76, 7919
  %82 = urem i32 %81, 31
  store i32 %82, ptr %77, align 8, !tbaa !5
  %83 = getelementptr inbounds i8, ptr %77, i64 8
  store ptr %75, ptr %83, align 8, !tbaa !11
  %84 = add nuw nsw i32 %76, 1
  %85 = icmp eq i32 %84, 15
  br i1 %85, label %2, label %74, !llvm.loop !17

86:                                               ; preds = %69, %97
  %87 = phi ptr [ %103, %97 ], [ %70, %69 ]
  %88 = phi ptr [ %99, %97 ], [ %72, %69 ]
  %89 = phi i64 [ %100, %97 ], [ 0, %69 ]
  %90 = phi i64 [ %98, %97 ], [ 1, %69 ]
  %91 = icmp eq i64 %89, %90
  br i1 %91, label %92, label %97

92:                                               ; preds = %86
  %93 = shl i64 %89, 1
  %94 = shl i64 %89, 4
  %95 = tail call ptr @realloc(ptr noundef %88, i64 noundef %94) #13
  %96 = icmp eq ptr %95, null
  br i1 %96, label %125, label %97

97:                                               ; preds = %92, %86
  %98 = phi i64 [ %93, %92 ], [ %90, %86 ]
  %99 = phi ptr [ %95, %92 ], [ %88, %86 ]
  %100 = add i64 %89, 1
  %101 = getelementptr inbounds ptr, ptr %99, i64 %89
  store ptr %87, ptr %101, align 8, !tbaa !15
  %102 = getelementptr inbounds i8, ptr %87, i64 8
  %103 = load ptr, ptr %102, align 8, !tbaa !11
  %104 = icmp eq ptr %103, null
  br i1 %104, label %105, label %86, !llvm.loop !18

105:                                              ; preds = %97
  %106 = lshr i64 %100, 1
  %107 = getelementptr inbounds ptr, ptr %99, i64 %106
  %108 = load ptr, ptr %107, align 8, !tbaa !15
  %109 = load i32, ptr %108, align 8, !tbaa !5
  %110 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %100, i64 noundef %98, i32 noundef %109)
  tail call void @free(ptr noundef %99) #10
  br i1 %73, label %122, label %111

111:                                              ; preds = %105, %111
  %112 = phi i32 [ %116, %111 ], [ 0, %105 ]
  %113 = phi ptr [ %115, %111 ], [ %70, %105 ]
  %114 = getelementptr inbounds i8, ptr %113, i64 8
  %115 = load ptr, ptr %114, align 8, !tbaa !11
  tail call void @free(ptr noundef nonnull %113) #10
  %116 = add nuw nsw i32 %112, 1
  %117 = icmp eq ptr %115, null
  br i1 %117, label %122, label %111, !llvm.loop !19

118:                                              ; preds = %69
  %119 = load ptr, ptr %72, align 8, !tbaa !15
  %120 = load i32, ptr %119, align 8, !tbaa !5
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 0, i64 noundef 1, i32 noundef %120)
  tail call void @free(ptr noundef %72) #10
  br label %122

122:                                              ; preds = %111, %118, %105
  %123 = phi i32 [ 0, %105 ], [ 0, %118 ], [ %116, %111 ]
  %124 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %123)
  br label %125

125:                                              ; preds = %92, %122
  %126 = phi i32 [ 0, %122 ], [ 98, %92 ]
  ret i32 %126
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc ptr @sort(ptr noundef %0) unnamed_addr #2 {
  %2 = alloca %struct.Node, align 8
  %3 = icmp eq ptr %0, null
  br i1 %3, label %59, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !11
  %7 = icmp eq ptr %6, null
  br i1 %7, label %59, label %8

8:                                                ; preds = %4, %14
  %9 = phi ptr [ %18, %14 ], [ %6, %4 ]
  %10 = phi ptr [ %16, %14 ], [ %0, %4 ]
  %11 = getelementptr inbounds i8, ptr %9, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !11
  %13 = icmp eq ptr %12, null
  br i1 %13, label %20, label %14

14:                                               ; preds = %8
  %15 = getelementptr inbounds i8, ptr %10, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !11
  %17 = getelementptr inbounds i8, ptr %12, i64 8
  %18 = load ptr, ptr %17, align 8, !tbaa !11
  %19 = icmp eq ptr %18, null
  br i1 %19, label %20, label %8, !llvm.loop !20

20:                                               ; preds = %14, %8
  %21 = phi ptr [ %16, %14 ], [ %10, %8 ]
  %22 = getelementptr inbounds i8, ptr %21, i64 8
  %23 = load ptr, ptr %22, align 8, !tbaa !11
  store ptr null, ptr %22, align 8, !tbaa !11
  %24 = tail call fastcc ptr @sort(ptr noundef nonnull %0)
  %25 = tail call fastcc ptr @sort(ptr noundef %23)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %26 = icmp ne ptr %24, null
  %27 = icmp ne ptr %25, null
  %28 = and i1 %26, %27
  br i1 %28, label %29, label %50

29:                                               ; preds = %20, %43
  %30 = phi ptr [ %44, %43 ], [ %2, %20 ]
  %31 = phi ptr [ %46, %43 ], [ %25, %20 ]
  %32 = phi ptr [ %45, %43 ], [ %24, %20 ]
  %33 = load i32, ptr %32, align 8, !tbaa !5
  %34 = load i32, ptr %31, align 8, !tbaa !5
  %35 = icmp sgt i32 %33, %34
  %36 = getelementptr inbounds i8, ptr %30, i64 8
  br i1 %35, label %40, label %37

37:                                               ; preds = %29
  store ptr %32, ptr %36, align 8, !tbaa !11
  %38 = getelementptr inbounds i8, ptr %32, i64 8
  %39 = load ptr, ptr %38, align 8, !tbaa !11
  br label %43

40:                                               ; preds = %29
  store ptr %31, ptr %36, align 8, !tbaa !11
  %41 = getelementptr inbounds i8, ptr %31, i64 8
  %42 = load ptr, ptr %41, align 8, !tbaa !11
  br label %43

43:                                               ; preds = %40, %37
  %44 = phi ptr [ %32, %37 ], [ %31, %40 ]
  %45 = phi ptr [ %39, %37 ], [ %32, %40 ]
  %46 = phi ptr [ %31, %37 ], [ %42, %40 ]
  %47 = icmp ne ptr %45, null
  %48 = icmp ne ptr %46, null
  %49 = select i1 %47, i1 %48, i1 false
  br i1 %49, label %29, label %50, !llvm.loop !21

50:                                               ; preds = %43, %20
  %51 = phi ptr [ %24, %20 ], [ %45, %43 ]
  %52 = phi ptr [ %25, %20 ], [ %46, %43 ]
  %53 = phi ptr [ %2, %20 ], [ %44, %43 ]
  %54 = phi i1 [ %26, %20 ], [ %47, %43 ]
  %55 = select i1 %54, ptr %51, ptr %52
  %56 = getelementptr inbounds i8, ptr %53, i64 8
  store ptr %55, ptr %56, align 8, !tbaa !11
  %57 = getelementptr inbounds i8, ptr %2, i64 8
  %58 = load ptr, ptr %57, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #10
  br label %59

59:                                               ; preds = %1, %4, %50
  %60 = phi ptr [ %58, %50 ], [ %0, %4 ], [ null, %1 ]
  ret ptr %60
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite)
declare noalias noundef ptr @realloc(ptr allocptr nocapture noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #8

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #9 = { nofree nounwind }
attributes #10 = { nounwind }
attributes #11 = { nounwind allocsize(0) }
attributes #12 = { noreturn nounwind }
attributes #13 = { nounwind allocsize(1) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Node", !7, i64 0, !10, i64 8}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"any pointer", !8, i64 0}
!11 = !{!6, !10, i64 8}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
!15 = !{!10, !10, i64 0}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
