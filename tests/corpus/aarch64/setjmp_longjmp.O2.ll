; ModuleID = 'setjmp_longjmp.c'
source_filename = "setjmp_longjmp.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.__jmp_buf_tag = type { [22 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }

@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [44 x i8] c"longjmp returned %d (attempt %d, calls %d)\0A\00", align 1
@calls = internal unnamed_addr global i32 0, align 4
@.str.3 = private unnamed_addr constant [38 x i8] c"accumulated=%ld attempts=%d calls=%d\0A\00", align 1
@main.divisors = internal unnamed_addr constant [5 x i32] [i32 3, i32 0, i32 7, i32 0, i32 -2], align 4
@.str.4 = private unnamed_addr constant [37 x i8] c"caught division by zero at index %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"100/%d=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"ok=%d errors=%d\0A\00", align 1
@str = private unnamed_addr constant [11 x i8] c"first pass\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca [1 x %struct.__jmp_buf_tag], align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  store volatile i32 0, ptr %1, align 4, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store volatile i64 0, ptr %2, align 8, !tbaa !10
  %7 = call i32 @_setjmp(ptr noundef nonnull @env) #6
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %13

9:                                                ; preds = %0
  %10 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %11 = load i32, ptr @calls, align 4, !tbaa !6
  %12 = add i32 %11, 6
  store i32 %12, ptr @calls, align 4, !tbaa !6
  call void @longjmp(ptr noundef nonnull @env, i32 noundef 51) #7
  unreachable

13:                                               ; preds = %0
  %14 = load volatile i32, ptr %1, align 4, !tbaa !6
  %15 = add nsw i32 %14, 1
  store volatile i32 %15, ptr %1, align 4, !tbaa !6
  %16 = sext i32 %7 to i64
  %17 = load volatile i64, ptr %2, align 8, !tbaa !10
  %18 = add nsw i64 %17, %16
  store volatile i64 %18, ptr %2, align 8, !tbaa !10
  %19 = load volatile i32, ptr %1, align 4, !tbaa !6
  %20 = load i32, ptr @calls, align 4, !tbaa !6
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %7, i32 noundef %19, i32 noundef %20)
  %22 = load volatile i32, ptr %1, align 4, !tbaa !6
  %23 = icmp slt i32 %22, 4
  br i1 %23, label %24, label %32

24:                                               ; preds = %13
  %25 = load volatile i32, ptr %1, align 4, !tbaa !6
  %26 = mul nsw i32 %25, 3
  %27 = load i32, ptr @calls, align 4, !tbaa !6
  %28 = add i32 %26, 1
  %29 = add i32 %28, %27
  store i32 %29, ptr @calls, align 4, !tbaa !6
  %30 = mul i32 %25, 30
  %31 = or disjoint i32 %30, 1
  call void @longjmp(ptr noundef nonnull @env, i32 noundef %31) #7
  unreachable

32:                                               ; preds = %13
  %33 = load volatile i64, ptr %2, align 8, !tbaa !10
  %34 = load volatile i32, ptr %1, align 4, !tbaa !6
  %35 = load i32, ptr @calls, align 4, !tbaa !6
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %33, i32 noundef %34, i32 noundef %35)
  call void @llvm.lifetime.start.p0(i64 312, ptr nonnull %3) #8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4)
  store volatile i32 0, ptr %4, align 4, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5)
  store volatile i32 0, ptr %5, align 4, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6)
  store volatile i32 0, ptr %6, align 4, !tbaa !6
  %37 = call i32 @_setjmp(ptr noundef nonnull %3) #6
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %46, label %39

39:                                               ; preds = %32
  %40 = load volatile i32, ptr %6, align 4, !tbaa !6
  %41 = add nsw i32 %40, 1
  store volatile i32 %41, ptr %6, align 4, !tbaa !6
  %42 = load volatile i32, ptr %4, align 4, !tbaa !6
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %42)
  %44 = load volatile i32, ptr %4, align 4, !tbaa !6
  %45 = add nsw i32 %44, 1
  store volatile i32 %45, ptr %4, align 4, !tbaa !6
  br label %46

46:                                               ; preds = %39, %32
  %47 = load volatile i32, ptr %4, align 4, !tbaa !6
  %48 = icmp slt i32 %47, 5
  br i1 %48, label %49, label %70

49:                                               ; preds = %46, %54
  %50 = load volatile i32, ptr %4, align 4, !tbaa !6
  %51 = and i32 %50, -3
  %52 = icmp eq i32 %51, 1
  br i1 %52, label %53, label %54

53:                                               ; preds = %49
  call void @longjmp(ptr noundef nonnull %3, i32 noundef 0) #7
  unreachable

54:                                               ; preds = %49
  %55 = sext i32 %50 to i64
  %56 = getelementptr inbounds [5 x i32], ptr @main.divisors, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !6
  %58 = sdiv i32 100, %57
  %59 = load volatile i32, ptr %5, align 4, !tbaa !6
  %60 = add nsw i32 %59, 1
  store volatile i32 %60, ptr %5, align 4, !tbaa !6
  %61 = load volatile i32, ptr %4, align 4, !tbaa !6
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [5 x i32], ptr @main.divisors, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %64, i32 noundef %58)
  %66 = load volatile i32, ptr %4, align 4, !tbaa !6
  %67 = add nsw i32 %66, 1
  store volatile i32 %67, ptr %4, align 4, !tbaa !6
  %68 = load volatile i32, ptr %4, align 4, !tbaa !6
  %69 = icmp slt i32 %68, 5
  br i1 %69, label %49, label %70, !llvm.loop !12

70:                                               ; preds = %54, %46
  %71 = load volatile i32, ptr %5, align 4, !tbaa !6
  %72 = load volatile i32, ptr %6, align 4, !tbaa !6
  %73 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %71, i32 noundef %72)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4)
  call void @llvm.lifetime.end.p0(i64 312, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind returns_twice "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind returns_twice }
attributes #7 = { noreturn nounwind }
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
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
