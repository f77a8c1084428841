; ModuleID = 'inline_asm_barriers.c'
source_filename = "inline_asm_barriers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"sum %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"hidden %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"cpu info %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #3
  br label %18

2:                                                ; preds = %18
  tail call void asm sideeffect "mfence", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !5
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %26)
  %4 = tail call i64 asm "", "=r,0,~{dirflag},~{fpsr},~{flags}"(i64 81985529216486895) #4, !srcloc !6
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %4)
  %6 = tail call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={ax},={bx},={cx},={dx},{ax},{cx},~{dirflag},~{fpsr},~{flags}"(i32 0, i32 0) #3, !srcloc !7
  %7 = extractvalue { i32, i32, i32, i32 } %6, 0
  %8 = icmp ne i32 %7, 0
  %9 = extractvalue { i32, i32, i32, i32 } %6, 3
  %10 = extractvalue { i32, i32, i32, i32 } %6, 2
  %11 = extractvalue { i32, i32, i32, i32 } %6, 1
  %12 = or i32 %11, %10
  %13 = or i32 %12, %9
  %14 = icmp ne i32 %13, 0
  %15 = select i1 %8, i1 %14, i1 false
  %16 = zext i1 %15 to i32
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %16)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #3
  ret i32 0

18:                                               ; preds = %0, %18
  %19 = phi i64 [ 0, %0 ], [ %27, %18 ]
  %20 = phi i32 [ 0, %0 ], [ %26, %18 ]
  %21 = trunc nuw nsw i64 %19 to i32
  %22 = mul i32 %21, -1640531535
  %23 = tail call i32 asm sideeffect "", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %22) #3, !srcloc !8
  %24 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %19
  store volatile i32 %23, ptr %24, align 4, !tbaa !9
  tail call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !13
  %25 = load volatile i32, ptr %24, align 4, !tbaa !9
  %26 = add i32 %25, %20
  tail call void asm sideeffect ".p2align 4\0A\09nop\0A\09nop", "~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !14
  tail call void asm sideeffect "pause", "~{dirflag},~{fpsr},~{flags}"() #3, !srcloc !15
  %27 = add nuw nsw i64 %19, 1
  %28 = icmp eq i64 %27, 16
  br i1 %28, label %2, label %18, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{i64 894}
!6 = !{i64 480}
!7 = !{i64 1111}
!8 = !{i64 356}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{i64 1506}
!14 = !{i64 618, i64 631, i64 638}
!15 = !{i64 732}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
