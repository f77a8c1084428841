; ModuleID = 'fixed_point.c'
source_filename = "fixed_point.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"1.5*2.25\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"-3/7\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"sqrt(2)\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"sqrt(1000)\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"0.1*0.1\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c" .:-=+*#%@\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"|%s|\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"total iterations=%lld\0A\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.9 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.10 = private unnamed_addr constant [20 x i8] c"%s = %s%lld.%04lld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [61 x i8], align 16
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str, ptr noundef nonnull @.str.9, i64 noundef 3, i64 noundef 3750)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.1, ptr noundef nonnull @.str.8, i64 noundef 0, i64 noundef 4285)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.2, ptr noundef nonnull @.str.9, i64 noundef 1, i64 noundef 4142)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.3, ptr noundef nonnull @.str.9, i64 noundef 31, i64 noundef 6227)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull @.str.4, ptr noundef nonnull @.str.9, i64 noundef 0, i64 noundef 99)
  %7 = getelementptr inbounds i8, ptr %1, i64 60
  br label %10

8:                                                ; preds = %15
  %9 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef %52)
  ret i32 0

10:                                               ; preds = %0, %15
  %11 = phi i64 [ 0, %0 ], [ %52, %15 ]
  %12 = phi i32 [ 0, %0 ], [ %17, %15 ]
  %13 = mul nuw nsw i32 %12, 7864
  %14 = add nsw i32 %13, -78643
  call void @llvm.lifetime.start.p0(i64 61, ptr nonnull %1) #3
  br label %19

15:                                               ; preds = %49
  store i8 0, ptr %7, align 4, !tbaa !5
  %16 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull %1)
  call void @llvm.lifetime.end.p0(i64 61, ptr nonnull %1) #3
  %17 = add nuw nsw i32 %12, 1
  %18 = icmp eq i32 %17, 21
  br i1 %18, label %8, label %10, !llvm.loop !8

19:                                               ; preds = %10, %49
  %20 = phi i64 [ 0, %10 ], [ %59, %49 ]
  %21 = phi i64 [ %11, %10 ], [ %52, %49 ]
  %22 = mul nuw nsw i64 %20, 3332
  %23 = add nsw i64 %22, -137625
  br label %24

24:                                               ; preds = %19, %39
  %25 = phi i32 [ 0, %19 ], [ %47, %39 ]
  %26 = phi i32 [ 0, %19 ], [ %46, %39 ]
  %27 = phi i64 [ 0, %19 ], [ %41, %39 ]
  %28 = shl i64 %27, 32
  %29 = ashr exact i64 %28, 32
  %30 = mul nsw i64 %29, %29
  %31 = lshr i64 %30, 16
  %32 = trunc i64 %31 to i32
  %33 = sext i32 %26 to i64
  %34 = mul nsw i64 %33, %33
  %35 = lshr i64 %34, 16
  %36 = trunc i64 %35 to i32
  %37 = add nsw i32 %36, %32
  %38 = icmp sgt i32 %37, 262144
  br i1 %38, label %49, label %39

39:                                               ; preds = %24
  %40 = add i64 %23, %31
  %41 = sub i64 %40, %35
  %42 = mul nsw i64 %29, %33
  %43 = lshr i64 %42, 15
  %44 = trunc i64 %43 to i32
  %45 = and i32 %44, -2
  %46 = add nsw i32 %14, %45
  %47 = add nuw nsw i32 %25, 1
  %48 = icmp eq i32 %47, 50
  br i1 %48, label %49, label %24

49:                                               ; preds = %24, %39
  %50 = phi i32 [ %25, %24 ], [ 50, %39 ]
  %51 = zext nneg i32 %50 to i64
  %52 = add nsw i64 %21, %51
  %53 = mul nuw nsw i32 %50, 9
  %54 = udiv i32 %53, 50
  %55 = zext nneg i32 %54 to i64
  %56 = getelementptr inbounds [11 x i8], ptr @.str.5, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !5
  %58 = getelementptr inbounds [61 x i8], ptr %1, i64 0, i64 %20
  store i8 %57, ptr %58, align 1, !tbaa !5
  %59 = add nuw nsw i64 %20, 1
  %60 = icmp eq i64 %59, 60
  br i1 %60, label %15, label %19, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
