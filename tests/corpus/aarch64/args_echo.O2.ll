; ModuleID = 'args_echo.c'
source_filename = "args_echo.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"argc=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"argv[argc] is null: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"arg %d: '%s' (%zu)\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"total length=%zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"--verbose at %d, --missing at %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"--verbose\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"--missing\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"joined=%s\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"upcased first: %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.13 = private unnamed_addr constant [33 x i8] c"counted via null terminator: %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca [256 x i8], align 1
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %0)
  %5 = sext i32 %0 to i64
  %6 = getelementptr inbounds ptr, ptr %1, i64 %5
  %7 = load ptr, ptr %6, align 8, !tbaa !6
  %8 = icmp eq ptr %7, null
  %9 = zext i1 %8 to i32
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %9)
  %11 = icmp sgt i32 %0, 1
  br i1 %11, label %14, label %12

12:                                               ; preds = %2
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 0)
  br label %44

14:                                               ; preds = %2
  %15 = zext nneg i32 %0 to i64
  br label %61

16:                                               ; preds = %61
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %71)
  br i1 %11, label %18, label %44

18:                                               ; preds = %16
  %19 = zext nneg i32 %0 to i64
  br label %20

20:                                               ; preds = %26, %18
  %21 = phi i64 [ 1, %18 ], [ %27, %26 ]
  %22 = getelementptr inbounds ptr, ptr %1, i64 %21
  %23 = load ptr, ptr %22, align 8, !tbaa !6
  %24 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %23, ptr noundef nonnull readonly dereferenceable(10) @.str.5) #6
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %20
  %27 = add nuw nsw i64 %21, 1
  %28 = icmp eq i64 %27, %19
  br i1 %28, label %31, label %20, !llvm.loop !10

29:                                               ; preds = %20
  %30 = trunc nuw nsw i64 %21 to i32
  br label %31

31:                                               ; preds = %26, %29
  %32 = phi i32 [ %30, %29 ], [ 0, %26 ]
  br label %33

33:                                               ; preds = %39, %31
  %34 = phi i64 [ 1, %31 ], [ %40, %39 ]
  %35 = getelementptr inbounds ptr, ptr %1, i64 %34
  %36 = load ptr, ptr %35, align 8, !tbaa !6
  %37 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %36, ptr noundef nonnull readonly dereferenceable(10) @.str.6) #6
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %42, label %39

39:                                               ; preds = %33
  %40 = add nuw nsw i64 %34, 1
  %41 = icmp eq i64 %40, %19
  br i1 %41, label %46, label %33, !llvm.loop !10

42:                                               ; preds = %33
  %43 = trunc nuw nsw i64 %34 to i32
  br label %46

44:                                               ; preds = %12, %16
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 0, i32 noundef 0)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(256) %3, i8 0, i64 256, i1 false)
  br label %91

46:                                               ; preds = %39, %42
  %47 = phi i32 [ %43, %42 ], [ 0, %39 ]
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %32, i32 noundef %47)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(256) %3, i8 0, i64 256, i1 false)
  br i1 %11, label %49, label %91

49:                                               ; preds = %46
  %50 = zext nneg i32 %0 to i64
  %51 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #6
  %52 = getelementptr inbounds i8, ptr %1, i64 8
  %53 = load ptr, ptr %52, align 8, !tbaa !6
  %54 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %53) #6
  %55 = add i64 %51, -254
  %56 = add i64 %55, %54
  %57 = icmp ult i64 %56, -256
  br i1 %57, label %89, label %58

58:                                               ; preds = %49
  %59 = call ptr @strcat(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %53) #7
  %60 = icmp eq i32 %0, 2
  br i1 %60, label %89, label %74

61:                                               ; preds = %14, %61
  %62 = phi i64 [ 1, %14 ], [ %72, %61 ]
  %63 = phi i64 [ 0, %14 ], [ %71, %61 ]
  %64 = getelementptr inbounds ptr, ptr %1, i64 %62
  %65 = load ptr, ptr %64, align 8, !tbaa !6
  %66 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %65) #6
  %67 = trunc nuw nsw i64 %62 to i32
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %67, ptr noundef %65, i64 noundef %66)
  %69 = load ptr, ptr %64, align 8, !tbaa !6
  %70 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %69) #6
  %71 = add i64 %70, %63
  %72 = add nuw nsw i64 %62, 1
  %73 = icmp eq i64 %72, %15
  br i1 %73, label %16, label %61, !llvm.loop !12

74:                                               ; preds = %58, %83
  %75 = phi i64 [ %87, %83 ], [ 2, %58 ]
  %76 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %3) #6
  %77 = getelementptr inbounds ptr, ptr %1, i64 %75
  %78 = load ptr, ptr %77, align 8, !tbaa !6
  %79 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %78) #6
  %80 = add i64 %76, -254
  %81 = add i64 %80, %79
  %82 = icmp ult i64 %81, -256
  br i1 %82, label %93, label %83

83:                                               ; preds = %74
  %84 = call i64 @strlen(ptr nonnull dereferenceable(1) %3)
  %85 = getelementptr inbounds i8, ptr %3, i64 %84
  store i16 47, ptr %85, align 1
  %86 = call ptr @strcat(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %78) #7
  %87 = add nuw nsw i64 %75, 1
  %88 = icmp eq i64 %87, %50
  br i1 %88, label %93, label %74, !llvm.loop !13

89:                                               ; preds = %49, %58
  %90 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %3)
  br label %95

91:                                               ; preds = %44, %46
  %92 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %3)
  br label %127

93:                                               ; preds = %83, %74
  %94 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %3)
  br i1 %11, label %95, label %127

95:                                               ; preds = %89, %93
  %96 = getelementptr inbounds i8, ptr %1, i64 8
  %97 = load ptr, ptr %96, align 8, !tbaa !6
  %98 = load i8, ptr %97, align 1, !tbaa !15
  %99 = icmp eq i8 %98, 0
  br i1 %99, label %100, label %102

100:                                              ; preds = %95
  %101 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %97)
  br label %116

102:                                              ; preds = %95, %109
  %103 = phi i8 [ %111, %109 ], [ %98, %95 ]
  %104 = phi ptr [ %110, %109 ], [ %97, %95 ]
  %105 = add i8 %103, -97
  %106 = icmp ult i8 %105, 26
  br i1 %106, label %107, label %109

107:                                              ; preds = %102
  %108 = add nsw i8 %103, -32
  store i8 %108, ptr %104, align 1, !tbaa !15
  br label %109

109:                                              ; preds = %107, %102
  %110 = getelementptr inbounds i8, ptr %104, i64 1
  %111 = load i8, ptr %110, align 1, !tbaa !15
  %112 = icmp eq i8 %111, 0
  br i1 %112, label %113, label %102, !llvm.loop !16

113:                                              ; preds = %109
  %114 = load ptr, ptr %96, align 8, !tbaa !6
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %114)
  br i1 %11, label %116, label %127

116:                                              ; preds = %100, %113
  %117 = zext nneg i32 %0 to i64
  br label %118

118:                                              ; preds = %116, %118
  %119 = phi i64 [ %117, %116 ], [ %120, %118 ]
  %120 = add nsw i64 %119, -1
  %121 = getelementptr inbounds ptr, ptr %1, i64 %120
  %122 = load ptr, ptr %121, align 8, !tbaa !6
  %123 = icmp eq i64 %119, 2
  %124 = select i1 %123, ptr @.str.12, ptr @.str.11
  %125 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %122, ptr noundef nonnull %124)
  %126 = icmp ugt i64 %119, 2
  br i1 %126, label %118, label %127, !llvm.loop !17

127:                                              ; preds = %118, %93, %91, %113
  br label %128

128:                                              ; preds = %127, %128
  %129 = phi ptr [ %131, %128 ], [ %1, %127 ]
  %130 = phi i32 [ %134, %128 ], [ 0, %127 ]
  %131 = getelementptr inbounds i8, ptr %129, i64 8
  %132 = load ptr, ptr %131, align 8, !tbaa !6
  %133 = icmp eq ptr %132, null
  %134 = add nuw nsw i32 %130, 1
  br i1 %133, label %135, label %128, !llvm.loop !18

135:                                              ; preds = %128
  %136 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %130)
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #7
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strcat(ptr noalias noundef returned, ptr noalias nocapture noundef readonly) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11, !14}
!14 = !{!"llvm.loop.peeled.count", i32 1}
!15 = !{!8, !8, i64 0}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
