; ModuleID = 'inline_asm_barriers.c'
source_filename = "inline_asm_barriers.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"sum %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"hidden %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"cpu info %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i32], align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #3
  br label %7

2:                                                ; preds = %7
  tail call void asm sideeffect "dmb ish", "~{memory}"() #3, !srcloc !6
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %15)
  %4 = tail call i64 asm "", "=r,0"(i64 81985529216486895) #4, !srcloc !7
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %4)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #3
  ret i32 0

7:                                                ; preds = %0, %7
  %8 = phi i64 [ 0, %0 ], [ %16, %7 ]
  %9 = phi i32 [ 0, %0 ], [ %15, %7 ]
  %10 = trunc nuw nsw i64 %8 to i32
  %11 = mul i32 %10, -1640531535
  %12 = tail call i32 asm sideeffect "", "=r,0"(i32 %11) #3, !srcloc !8
  %13 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %8
  store volatile i32 %12, ptr %13, align 4, !tbaa !9
  tail call void asm sideeffect "", "~{memory}"() #3, !srcloc !13
  %14 = load volatile i32, ptr %13, align 4, !tbaa !9
  %15 = add i32 %14, %9
  tail call void asm sideeffect ".p2align 4\0A\09nop\0A\09nop", ""() #3, !srcloc !14
  tail call void asm sideeffect "yield", ""() #3, !srcloc !15
  %16 = add nuw nsw i64 %8, 1
  %17 = icmp eq i64 %16, 16
  br i1 %17, label %2, label %7, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind }
attributes #4 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{i64 970}
!7 = !{i64 480}
!8 = !{i64 356}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{i64 1506}
!14 = !{i64 618, i64 631, i64 638}
!15 = !{i64 794}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
