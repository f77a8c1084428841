; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.v32 = internal unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 3, i32 -2147483648, i32 -1, i32 15790080, i32 12345678, i32 16], align 16
@.str = private unnamed_addr constant [68 x i8] c"%08x pop=%d clz=%d ctz=%d parity=%d bswap=%08x rotl7=%08x rev=%08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [62 x i8] c"%016llx pop=%d/%d clz=%d ctz=%d bswap=%016llx rotr13=%016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"bswap16=%04x\0A\00", align 1
@.str.3 = private unnamed_addr constant [50 x i8] c"next_pow2(%u)=%u is_pow2=%d lowest=%u cleared=%u\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"next_pow2(1000000)=%u\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"total pop=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"gray codes=%016llx\0A\00", align 1
@.str.7 = private unnamed_addr constant [15 x i8] c"ffs: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"clrsb: %d %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @rotl32(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.fshl.i32(i32 %0, i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @rotr64(i64 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i64
  %4 = tail call i64 @llvm.fshr.i64(i64 %0, i64 %0, i64 %3)
  ret i64 %4
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @popcount_slow(i64 noundef %0) local_unnamed_addr #1 {
  %2 = icmp eq i64 %0, 0
  br i1 %2, label %10, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ 0, %1 ]
  %5 = phi i64 [ %7, %3 ], [ %0, %1 ]
  %6 = add i64 %5, -1
  %7 = and i64 %6, %5
  %8 = add nuw nsw i32 %4, 1
  %9 = icmp eq i64 %7, 0
  br i1 %9, label %10, label %3, !llvm.loop !5

10:                                               ; preds = %3, %1
  %11 = phi i32 [ 0, %1 ], [ %8, %3 ]
  ret i32 %11
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @reverse_bits(i32 noundef %0) local_unnamed_addr #0 {
  %2 = tail call i32 @llvm.bitreverse.i32(i32 %0)
  ret i32 %2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @next_pow2(i32 noundef %0) local_unnamed_addr #0 {
  %2 = add i32 %0, -1
  %3 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %2, i1 true)
  %4 = sub nuw nsw i32 32, %3
  %5 = shl nuw i32 1, %4
  %6 = icmp ugt i32 %0, 1
  %7 = select i1 %6, i32 %5, i32 1
  ret i32 %7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = getelementptr inbounds [8 x i32], ptr @main.v32, i64 0, i64 %2
  %4 = load i32, ptr %3, align 4, !tbaa !7
  %5 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %4)
  %6 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %4, i1 true)
  %7 = tail call range(i32 0, 33) i32 @llvm.cttz.i32(i32 %4, i1 true)
  %8 = and i32 %5, 1
  %9 = tail call i32 @llvm.bswap.i32(i32 %4)
  %10 = tail call i32 @rotl32(i32 noundef %4, i32 noundef 7)
  %11 = tail call i32 @reverse_bits(i32 noundef %4)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i32 noundef %10, i32 noundef %11)
  %13 = add nuw nsw i64 %2, 1
  %14 = icmp eq i64 %13, 8
  br i1 %14, label %15, label %1, !llvm.loop !11

15:                                               ; preds = %1
  %16 = tail call i32 @popcount_slow(i64 noundef 1)
  %17 = tail call i64 @rotr64(i64 noundef 1, i32 noundef 13)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 1, i32 noundef 1, i32 noundef %16, i32 noundef 63, i32 noundef 0, i64 noundef 72057594037927936, i64 noundef %17)
  %19 = tail call i32 @popcount_slow(i64 noundef -9223372036854775808)
  %20 = tail call i64 @rotr64(i64 noundef -9223372036854775808, i32 noundef 13)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef -9223372036854775808, i32 noundef 1, i32 noundef %19, i32 noundef 0, i32 noundef 63, i64 noundef 128, i64 noundef %20)
  %22 = tail call i32 @popcount_slow(i64 noundef 81985529216486895)
  %23 = tail call i64 @rotr64(i64 noundef 81985529216486895, i32 noundef 13)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 81985529216486895, i32 noundef 32, i32 noundef %22, i32 noundef 7, i32 noundef 0, i64 noundef -1167088121787636991, i64 noundef %23)
  %25 = tail call i32 @popcount_slow(i64 noundef 280375465082880)
  %26 = tail call i64 @rotr64(i64 noundef 280375465082880, i32 noundef 13)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 280375465082880, i32 noundef 8, i32 noundef %25, i32 noundef 16, i32 noundef 40, i64 noundef 16711680, i64 noundef %26)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 45729)
  %29 = tail call i32 @next_pow2(i32 noundef 0)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0, i32 noundef %29, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %31 = tail call i32 @next_pow2(i32 noundef 5)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 5, i32 noundef %31, i32 noundef 0, i32 noundef 1, i32 noundef 4)
  %33 = tail call i32 @next_pow2(i32 noundef 10)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 10, i32 noundef %33, i32 noundef 0, i32 noundef 2, i32 noundef 8)
  %35 = tail call i32 @next_pow2(i32 noundef 15)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 15, i32 noundef %35, i32 noundef 0, i32 noundef 1, i32 noundef 14)
  %37 = tail call i32 @next_pow2(i32 noundef 20)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 20, i32 noundef %37, i32 noundef 0, i32 noundef 4, i32 noundef 16)
  %39 = tail call i32 @next_pow2(i32 noundef 1000000)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %39)
  br label %41

41:                                               ; preds = %41, %15
  %42 = phi i32 [ 0, %15 ], [ %53, %41 ]
  %43 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %15 ], [ %54, %41 ]
  %44 = phi <4 x i32> [ zeroinitializer, %15 ], [ %51, %41 ]
  %45 = phi <4 x i32> [ zeroinitializer, %15 ], [ %52, %41 ]
  %46 = mul <4 x i32> %43, <i32 -1640531535, i32 -1640531535, i32 -1640531535, i32 -1640531535>
  %47 = mul <4 x i32> %43, <i32 -1640531535, i32 -1640531535, i32 -1640531535, i32 -1640531535>
  %48 = add <4 x i32> %47, <i32 2027808452, i32 2027808452, i32 2027808452, i32 2027808452>
  %49 = tail call range(i32 0, 33) <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %46)
  %50 = tail call range(i32 0, 33) <4 x i32> @llvm.ctpop.v4i32(<4 x i32> %48)
  %51 = add <4 x i32> %49, %44
  %52 = add <4 x i32> %50, %45
  %53 = add nuw i32 %42, 8
  %54 = add <4 x i32> %43, <i32 8, i32 8, i32 8, i32 8>
  %55 = icmp eq i32 %53, 4096
  br i1 %55, label %56, label %41, !llvm.loop !12

56:                                               ; preds = %41
  %57 = add <4 x i32> %52, %51
  %58 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %57)
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %58)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 86244956804393880)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 0, i32 noundef 4, i32 noundef 51)
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 31, i32 noundef 30)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshr.i64(i64, i64, i64) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bitreverse.i32(i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.ctpop.v4i32(<4 x i32>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
