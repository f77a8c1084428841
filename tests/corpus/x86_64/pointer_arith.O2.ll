; ModuleID = 'pointer_arith.c'
source_filename = "pointer_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [30 x i8] c"diff=%td count_until(49)=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"compare: %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [37 x i8] c"mid[-3]=%d mid[3]=%d *(mid - 10)=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"back sum=%ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [29 x i8] c"rec: %c %d stride=%td bytes\0A\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"value via offset=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"weight via offset=%g\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"aligned 64: %d, +5 mod 8 = %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"round trip: %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"uintptr arithmetic: %d\0A\00", align 1
@__const.main.text = private unnamed_addr constant [23 x i8] c"alpha beta gamma delta\00", align 16
@.str.10 = private unnamed_addr constant [45 x i8] c"words=%d second=%s last=%s offset(last)=%td\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"triple=%c\0A\00", align 1
@.str.13 = private unnamed_addr constant [23 x i8] c"len by ptr=%td nul=%d\0A\00", align 1
@.str.14 = private unnamed_addr constant [27 x i8] c"flat[7]=%d row stride=%td\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [20 x i32], align 16
  %2 = alloca [23 x i8], align 16
  %3 = alloca [8 x ptr], align 16
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %1) #5
  store <4 x i32> <i32 0, i32 1, i32 4, i32 9>, ptr %1, align 16, !tbaa !5
  %4 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i32> <i32 16, i32 25, i32 36, i32 49>, ptr %4, align 16, !tbaa !5
  %5 = getelementptr inbounds i8, ptr %1, i64 32
  %6 = getelementptr inbounds i8, ptr %1, i64 36
  store <4 x i32> <i32 64, i32 81, i32 100, i32 121>, ptr %5, align 16, !tbaa !5
  %7 = getelementptr inbounds i8, ptr %1, i64 48
  store <4 x i32> <i32 144, i32 169, i32 196, i32 225>, ptr %7, align 16, !tbaa !5
  %8 = getelementptr inbounds i8, ptr %1, i64 64
  store <4 x i32> <i32 256, i32 289, i32 324, i32 361>, ptr %8, align 16, !tbaa !5
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 19, i64 noundef 7)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 1, i32 noundef 1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 49, i32 noundef 169, i32 noundef 0)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 2185)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 99, i32 noundef 3, i64 noundef 16)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 2)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 3.500000e+00)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 1, i32 noundef 5)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 42)
  %18 = ptrtoint ptr %6 to i64
  %19 = add i64 %18, -16
  %20 = inttoptr i64 %19 to ptr
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %21)
  call void @llvm.lifetime.start.p0(i64 23, ptr nonnull %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(23) %2, ptr noundef nonnull align 16 dereferenceable(23) @__const.main.text, i64 23, i1 false)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #5
  br label %23

23:                                               ; preds = %0, %30
  %24 = phi i64 [ 0, %0 ], [ %26, %30 ]
  %25 = phi ptr [ %2, %0 ], [ %31, %30 ]
  %26 = add nuw nsw i64 %24, 1
  %27 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %24
  store ptr %25, ptr %27, align 8, !tbaa !9
  %28 = call ptr @strchr(ptr noundef nonnull dereferenceable(1) %25, i32 noundef 32) #6
  %29 = icmp eq ptr %28, null
  br i1 %29, label %34, label %30

30:                                               ; preds = %23
  store i8 0, ptr %28, align 1, !tbaa !11
  %31 = getelementptr inbounds i8, ptr %28, i64 1
  %32 = load i8, ptr %31, align 1, !tbaa !11
  %33 = icmp eq i8 %32, 0
  br i1 %33, label %34, label %23, !llvm.loop !12

34:                                               ; preds = %30, %23
  %35 = getelementptr inbounds i8, ptr %3, i64 16
  %36 = load ptr, ptr %35, align 16, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %3, i64 8
  %38 = load ptr, ptr %37, align 8, !tbaa !9
  %39 = trunc nuw i64 %26 to i32
  %40 = shl i64 %24, 32
  %41 = ashr exact i64 %40, 29
  %42 = getelementptr inbounds i8, ptr %3, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !9
  %44 = ptrtoint ptr %43 to i64
  %45 = ptrtoint ptr %2 to i64
  %46 = sub i64 %44, %45
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %39, ptr noundef %38, ptr noundef %43, i64 noundef %46)
  %48 = getelementptr inbounds i8, ptr %36, i64 1
  %49 = load i8, ptr %48, align 1, !tbaa !11
  %50 = sext i8 %49 to i32
  %51 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %50)
  %52 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 5, i32 noundef 0)
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 8, i64 noundef 16)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 23, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %1) #5
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @strchr(ptr noundef, i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(read) }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
