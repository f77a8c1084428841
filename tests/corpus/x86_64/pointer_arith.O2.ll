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
  store i32 0, ptr %1, align 16, !tbaa !5
  %4 = getelementptr inbounds i8, ptr %1, i64 4
  store i32 1, ptr %4, align 4, !tbaa !5
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 4, ptr %5, align 8, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %1, i64 12
  store i32 9, ptr %6, align 4, !tbaa !5
  %7 = getelementptr inbounds i8, ptr %1, i64 16
  store i32 16, ptr %7, align 16, !tbaa !5
  %8 = getelementptr inbounds i8, ptr %1, i64 20
  store i32 25, ptr %8, align 4, !tbaa !5
  %9 = getelementptr inbounds i8, ptr %1, i64 24
  store i32 36, ptr %9, align 8, !tbaa !5
  %10 = getelementptr inbounds i8, ptr %1, i64 28
  store i32 49, ptr %10, align 4, !tbaa !5
  %11 = getelementptr inbounds i8, ptr %1, i64 32
  store i32 64, ptr %11, align 16, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %1, i64 36
  store i32 81, ptr %12, align 4, !tbaa !5
  %13 = getelementptr inbounds i8, ptr %1, i64 40
  store i32 100, ptr %13, align 8, !tbaa !5
  %14 = getelementptr inbounds i8, ptr %1, i64 44
  store i32 121, ptr %14, align 4, !tbaa !5
  %15 = getelementptr inbounds i8, ptr %1, i64 48
  store i32 144, ptr %15, align 16, !tbaa !5
  %16 = getelementptr inbounds i8, ptr %1, i64 52
  store i32 169, ptr %16, align 4, !tbaa !5
  %17 = getelementptr inbounds i8, ptr %1, i64 56
  store i32 196, ptr %17, align 8, !tbaa !5
  %18 = getelementptr inbounds i8, ptr %1, i64 60
  store i32 225, ptr %18, align 4, !tbaa !5
  %19 = getelementptr inbounds i8, ptr %1, i64 64
  store i32 256, ptr %19, align 16, !tbaa !5
  %20 = getelementptr inbounds i8, ptr %1, i64 68
  store i32 289, ptr %20, align 4, !tbaa !5
  %21 = getelementptr inbounds i8, ptr %1, i64 72
  store i32 324, ptr %21, align 8, !tbaa !5
  %22 = getelementptr inbounds i8, ptr %1, i64 76
  store i32 361, ptr %22, align 4, !tbaa !5
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 19, i64 noundef 7)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i32 noundef 1, i32 noundef 1)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 49, i32 noundef 169, i32 noundef 0)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 2185)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 99, i32 noundef 3, i64 noundef 16)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 2)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 3.500000e+00)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 1, i32 noundef 5)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 1, i32 noundef 42)
  %32 = ptrtoint ptr %12 to i64
  %33 = add i64 %32, -16
  %34 = inttoptr i64 %33 to ptr
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %35)
  call void @llvm.lifetime.start.p0(i64 23, ptr nonnull %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(23) %2, ptr noundef nonnull align 16 dereferenceable(23) @__const.main.text, i64 23, i1 false)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %3) #5
  br label %37

37:                                               ; preds = %0, %44
  %38 = phi i64 [ 0, %0 ], [ %40, %44 ]
  %39 = phi ptr [ %2, %0 ], [ %45, %44 ]
  %40 = add nuw nsw i64 %38, 1
  %41 = getelementptr inbounds [8 x ptr], ptr %3, i64 0, i64 %38
  store ptr %39, ptr %41, align 8, !tbaa !9
  %42 = call ptr @strchr(ptr noundef nonnull dereferenceable(1) %39, i32 noundef 32) #6
  %43 = icmp eq ptr %42, null
  br i1 %43, label %48, label %44

44:                                               ; preds = %37
  store i8 0, ptr %42, align 1, !tbaa !11
  %45 = getelementptr inbounds i8, ptr %42, i64 1
  %46 = load i8, ptr %45, align 1, !tbaa !11
  %47 = icmp eq i8 %46, 0
  br i1 %47, label %48, label %37, !llvm.loop !12

48:                                               ; preds = %44, %37
  %49 = getelementptr inbounds i8, ptr %3, i64 16
  %50 = load ptr, ptr %49, align 16, !tbaa !9
  %51 = getelementptr inbounds i8, ptr %3, i64 8
  %52 = load ptr, ptr %51, align 8, !tbaa !9
  %53 = trunc nuw i64 %40 to i32
  %54 = shl i64 %38, 32
  %55 = ashr exact i64 %54, 29
  %56 = getelementptr inbounds i8, ptr %3, i64 %55
  %57 = load ptr, ptr %56, align 8, !tbaa !9
  %58 = ptrtoint ptr %57 to i64
  %59 = ptrtoint ptr %2 to i64
  %60 = sub i64 %58, %59
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %53, ptr noundef %52, ptr noundef %57, i64 noundef %60)
  %62 = getelementptr inbounds i8, ptr %50, i64 1
  %63 = load i8, ptr %62, align 1, !tbaa !11
  %64 = sext i8 %63 to i32
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %64)
  %66 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 5, i32 noundef 0)
  %67 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 8, i64 noundef 16)
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
