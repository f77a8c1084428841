; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Flags = type { i32 }

@.str = private unnamed_addr constant [58 x i8] c"%s: ready=%u mode=%u delta=%d count=%u offset=%d tail=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"bump\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"edit\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"sizeof Flags=%zu\0A\00", align 1
@.str.5 = private unnamed_addr constant [48 x i8] c"wide: lo=%llx hi=%llx s=%lld small=%u size=%zu\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"wide s: %lld\0A\00", align 1
@.str.7 = private unnamed_addr constant [32 x i8] c"mixed: %x %u %u %d %u size=%zu\0A\00", align 1
@.str.8 = private unnamed_addr constant [15 x i8] c"mixed2: %u %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"arr sum=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"raw:\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @bump(i32 %0) local_unnamed_addr #0 {
  %2 = add i32 %0, 512
  %3 = and i32 %2, 65024
  %4 = and i32 %0, -65535
  %5 = add i32 %0, 16
  %6 = and i32 %5, 496
  %7 = add i32 %0, 10
  %8 = and i32 %7, 14
  %9 = or disjoint i32 %6, %4
  %10 = or disjoint i32 %9, %3
  %11 = or disjoint i32 %10, %8
  ret i32 %11
}

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @show(ptr noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  %3 = load i32, ptr %1, align 4
  %4 = and i32 %3, 1
  %5 = lshr i32 %3, 1
  %6 = and i32 %5, 7
  %7 = shl i32 %3, 23
  %8 = ashr i32 %7, 27
  %9 = lshr i32 %3, 9
  %10 = and i32 %9, 127
  %11 = shl i32 %3, 4
  %12 = ashr i32 %11, 20
  %13 = lshr i32 %3, 28
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %0, i32 noundef %4, i32 noundef %6, i32 noundef %8, i32 noundef %10, i32 noundef %12, i32 noundef %13)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca %struct.Flags, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #6
  store i32 -134152435, ptr %1, align 4
  call void @show(ptr noundef nonnull @.str.1, ptr noundef nonnull %1)
  %2 = tail call i32 @bump(i32 -134152435)
  store i32 %2, ptr %1, align 4, !tbaa !5
  call void @show(ptr noundef nonnull @.str.2, ptr noundef nonnull %1)
  %3 = add i32 %2, 134152192
  %4 = and i32 %3, 268369920
  %5 = and i32 %2, -268370417
  %6 = or disjoint i32 %5, %4
  %7 = or disjoint i32 %6, 496
  store i32 %7, ptr %1, align 4
  call void @show(ptr noundef nonnull @.str.3, ptr noundef nonnull %1)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 4)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef 0, i64 noundef 11259375, i64 noundef -4294967296, i32 noundef 5, i64 noundef 16)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef -2147483647)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 126, i32 noundef 511, i32 noundef 256, i32 noundef -32, i32 noundef 1023, i64 noundef 8)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 0, i32 noundef 31)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 28040)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 254)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 1)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 76)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 4)
  %19 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }

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
