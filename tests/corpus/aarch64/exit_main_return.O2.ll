; ModuleID = 'exit_main_return.c'
source_filename = "exit_main_return.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"count=%d sum=%ld min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%d:%ld:%d:%d\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"line=%s checksum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"exiting with %u\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 1, 220) i32 @main() local_unnamed_addr #0 {
  %1 = alloca [128 x i8], align 4
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, i64 noundef 222, i32 noundef -20, i32 noundef 32)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %1) #3
  %3 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %1, i64 noundef 128, ptr noundef nonnull @.str.1, i32 noundef 32, i64 noundef 222, i32 noundef -20, i32 noundef 32) #3
  %4 = load i8, ptr %1, align 4, !tbaa !6
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %16, label %6

6:                                                ; preds = %0, %6
  %7 = phi i8 [ %14, %6 ], [ %4, %0 ]
  %8 = phi i32 [ %13, %6 ], [ 0, %0 ]
  %9 = phi ptr [ %11, %6 ], [ %1, %0 ]
  %10 = mul i32 %8, 33
  %11 = getelementptr inbounds i8, ptr %9, i64 1
  %12 = zext i8 %7 to i32
  %13 = add i32 %10, %12
  %14 = load i8, ptr %11, align 1, !tbaa !6
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %6, !llvm.loop !9

16:                                               ; preds = %6, %0
  %17 = phi i32 [ 0, %0 ], [ %13, %6 ]
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull %1, i32 noundef %17)
  %19 = urem i32 %17, 200
  %20 = add nuw nsw i32 %19, 20
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %20)
  %22 = load i8, ptr %1, align 4
  %23 = icmp eq i8 %22, 0
  %24 = select i1 %23, i32 1, i32 %20
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %1) #3
  ret i32 %24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
