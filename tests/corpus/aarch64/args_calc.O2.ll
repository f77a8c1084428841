; ModuleID = 'args_calc.c'
source_filename = "args_calc.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str.1 = private unnamed_addr constant [16 x i8] c"bad token '%s'\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"unknown operator '%c'\0A\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"%ld %c %ld = %ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"result=%ld remaining=%d\0A\00", align 1
@sp = internal unnamed_addr global i32 0, align 4
@stack = internal unnamed_addr global [32 x i64] zeroinitializer, align 8
@str = private unnamed_addr constant [17 x i8] c"division by zero\00", align 1
@str.8 = private unnamed_addr constant [27 x i8] c"usage: args_calc TOKENS...\00", align 1
@str.9 = private unnamed_addr constant [15 x i8] c"stack overflow\00", align 1
@str.10 = private unnamed_addr constant [16 x i8] c"stack underflow\00", align 1

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 256) i32 @main(i32 noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca ptr, align 8
  %4 = icmp slt i32 %0, 2
  br i1 %4, label %7, label %5

5:                                                ; preds = %2
  %6 = zext nneg i32 %0 to i64
  br label %9

7:                                                ; preds = %2
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.8)
  br label %95

9:                                                ; preds = %5, %77
  %10 = phi i64 [ 1, %5 ], [ %83, %77 ]
  %11 = getelementptr inbounds ptr, ptr %1, i64 %10
  %12 = load ptr, ptr %11, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7
  %13 = call i64 @strtol(ptr noundef %12, ptr noundef nonnull %3, i32 noundef 0) #7
  %14 = load i8, ptr %12, align 1, !tbaa !10
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %25, label %16

16:                                               ; preds = %9
  %17 = load ptr, ptr %3, align 8, !tbaa !6
  %18 = load i8, ptr %17, align 1, !tbaa !10
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %16
  %21 = load i32, ptr @sp, align 4, !tbaa !11
  %22 = icmp eq i32 %21, 32
  br i1 %22, label %23, label %77

23:                                               ; preds = %20
  %24 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.9)
  tail call void @exit(i32 noundef 3) #8
  unreachable

25:                                               ; preds = %16, %9
  %26 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #9
  %27 = icmp eq i64 %26, 1
  br i1 %27, label %30, label %28

28:                                               ; preds = %25
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef nonnull %12)
  br label %85

30:                                               ; preds = %25
  %31 = load i32, ptr @sp, align 4, !tbaa !11
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %35

33:                                               ; preds = %30
  %34 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.10)
  tail call void @exit(i32 noundef 4) #8
  unreachable

35:                                               ; preds = %30
  %36 = add nsw i32 %31, -1
  store i32 %36, ptr @sp, align 4, !tbaa !11
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [32 x i64], ptr @stack, i64 0, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !13
  %40 = icmp eq i32 %36, 0
  br i1 %40, label %41, label %43

41:                                               ; preds = %35
  %42 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.10)
  tail call void @exit(i32 noundef 4) #8
  unreachable

43:                                               ; preds = %35
  %44 = add nsw i32 %31, -2
  store i32 %44, ptr @sp, align 4, !tbaa !11
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [32 x i64], ptr @stack, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8, !tbaa !13
  switch i8 %14, label %66 [
    i8 43, label %48
    i8 45, label %50
    i8 120, label %52
    i8 47, label %54
    i8 37, label %60
    i8 94, label %64
  ]

48:                                               ; preds = %43
  %49 = add nsw i64 %47, %39
  br label %69

50:                                               ; preds = %43
  %51 = sub nsw i64 %47, %39
  br label %69

52:                                               ; preds = %43
  %53 = mul nsw i64 %47, %39
  br label %69

54:                                               ; preds = %43
  %55 = icmp eq i64 %39, 0
  br i1 %55, label %56, label %58

56:                                               ; preds = %54
  %57 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  tail call void @exit(i32 noundef 6) #8
  unreachable

58:                                               ; preds = %54
  %59 = sdiv i64 %47, %39
  br label %69

60:                                               ; preds = %43
  %61 = icmp eq i64 %39, 0
  br i1 %61, label %69, label %62

62:                                               ; preds = %60
  %63 = srem i64 %47, %39
  br label %69

64:                                               ; preds = %43
  %65 = xor i64 %47, %39
  br label %69

66:                                               ; preds = %43
  %67 = zext i8 %14 to i32
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %67)
  br label %85

69:                                               ; preds = %62, %60, %64, %58, %52, %50, %48
  %70 = phi i64 [ %65, %64 ], [ %59, %58 ], [ %53, %52 ], [ %51, %50 ], [ %49, %48 ], [ %63, %62 ], [ 0, %60 ]
  %71 = zext nneg i8 %14 to i32
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %47, i32 noundef %71, i64 noundef %39, i64 noundef %70)
  %73 = load i32, ptr @sp, align 4, !tbaa !11
  %74 = icmp eq i32 %73, 32
  br i1 %74, label %75, label %77

75:                                               ; preds = %69
  %76 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.9)
  tail call void @exit(i32 noundef 3) #8
  unreachable

77:                                               ; preds = %69, %20
  %78 = phi i32 [ %21, %20 ], [ %73, %69 ]
  %79 = phi i64 [ %13, %20 ], [ %70, %69 ]
  %80 = add nsw i32 %78, 1
  store i32 %80, ptr @sp, align 4, !tbaa !11
  %81 = sext i32 %78 to i64
  %82 = getelementptr inbounds [32 x i64], ptr @stack, i64 0, i64 %81
  store i64 %79, ptr %82, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7
  %83 = add nuw nsw i64 %10, 1
  %84 = icmp eq i64 %83, %6
  br i1 %84, label %87, label %9, !llvm.loop !15

85:                                               ; preds = %28, %66
  %86 = phi i32 [ 7, %66 ], [ 5, %28 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7
  br label %95

87:                                               ; preds = %77
  %88 = icmp eq i32 %80, 0
  br i1 %88, label %89, label %91

89:                                               ; preds = %87
  %90 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.10)
  tail call void @exit(i32 noundef 4) #8
  unreachable

91:                                               ; preds = %87
  store i32 %78, ptr @sp, align 4, !tbaa !11
  %92 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %79, i32 noundef %78)
  %93 = trunc i64 %79 to i32
  %94 = and i32 %93, 255
  br label %95

95:                                               ; preds = %85, %91, %7
  %96 = phi i32 [ 2, %7 ], [ %86, %85 ], [ %94, %91 ]
  ret i32 %96
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #6

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind }
attributes #7 = { nounwind }
attributes #8 = { noreturn nounwind }
attributes #9 = { nounwind willreturn memory(read) }

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
!10 = !{!8, !8, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !8, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !8, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
