; ModuleID = 'shifts_divrem.c'
source_filename = "shifts_divrem.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.nums = internal unnamed_addr constant [8 x i32] [i32 7, i32 -7, i32 100, i32 -100, i32 1, i32 -1, i32 2147483647, i32 -2147483647], align 4
@.str = private unnamed_addr constant [4 x i8] c"%d:\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c" %d/%d=%d,%d\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"udiv: %u %u %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"div64: %ld %ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"div16: %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"rem8: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"const div acc: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [20 x i8] c"const udiv acc: %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [27 x i8] c"shift %2u: %08x %08x %08x\0A\00", align 1
@.str.10 = private unnamed_addr constant [28 x i8] c"shift64 %2u: %016lx %016lx\0A\00", align 1
@.str.11 = private unnamed_addr constant [21 x i8] c"u8 shifts: %d %d %u\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"i8 ashr: %d %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [15 x i8] c"u16 rot: %04x\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @sdiv(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sdiv i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @srem(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = srem i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @udiv(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = udiv i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @urem(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = urem i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @sdiv64(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = sdiv i64 %0, %1
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @srem64(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = srem i64 %0, %1
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i16 @div16(i16 noundef %0, i16 noundef %1) local_unnamed_addr #0 {
  %3 = sext i16 %0 to i32
  %4 = sext i16 %1 to i32
  %5 = sdiv i32 %3, %4
  %6 = trunc i32 %5 to i16
  ret i16 %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i8 -127, -128) i8 @rem8(i8 noundef %0, i8 noundef %1) local_unnamed_addr #0 {
  %3 = sext i8 %0 to i16
  %4 = sext i8 %1 to i16
  %5 = srem i16 %3, %4
  %6 = trunc nsw i16 %5 to i8
  ret i8 %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @shl(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = shl i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @lshr(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = lshr i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @ashr(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = ashr i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @shl64(i64 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = zext nneg i32 %1 to i64
  %4 = shl i64 %0, %3
  ret i64 %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @ashr64(i64 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = zext nneg i32 %1 to i64
  %4 = ashr i64 %0, %3
  ret i64 %4
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #1 {
  br label %68

1:                                                ; preds = %68
  %2 = tail call i32 @udiv(i32 noundef -1, i32 noundef 7)
  %3 = tail call i32 @urem(i32 noundef -1, i32 noundef 7)
  %4 = tail call i32 @udiv(i32 noundef 10, i32 noundef 3)
  %5 = tail call i32 @urem(i32 noundef 10, i32 noundef 3)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5)
  %7 = tail call i64 @sdiv64(i64 noundef -9000000000000000000, i64 noundef 7)
  %8 = tail call i64 @srem64(i64 noundef -9000000000000000000, i64 noundef 7)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %7, i64 noundef %8)
  %10 = tail call i16 @div16(i16 noundef -32767, i16 noundef 3)
  %11 = sext i16 %10 to i32
  %12 = tail call i16 @div16(i16 noundef 32767, i16 noundef -10)
  %13 = sext i16 %12 to i32
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %11, i32 noundef %13)
  %15 = tail call i8 @rem8(i8 noundef -127, i8 noundef 10)
  %16 = sext i8 %15 to i32
  %17 = tail call i8 @rem8(i8 noundef 100, i8 noundef -7)
  %18 = sext i8 %17 to i32
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %16, i32 noundef %18)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef -20)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef -1349164934)
  %22 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 0)
  %23 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 0)
  %24 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 0)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 0, i32 noundef %22, i32 noundef %23, i32 noundef %24)
  %26 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 5)
  %27 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 5)
  %28 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 5)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 5, i32 noundef %26, i32 noundef %27, i32 noundef %28)
  %30 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 10)
  %31 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 10)
  %32 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 10)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 10, i32 noundef %30, i32 noundef %31, i32 noundef %32)
  %34 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 15)
  %35 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 15)
  %36 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 15)
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 15, i32 noundef %34, i32 noundef %35, i32 noundef %36)
  %38 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 20)
  %39 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 20)
  %40 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 20)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 20, i32 noundef %38, i32 noundef %39, i32 noundef %40)
  %42 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 25)
  %43 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 25)
  %44 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 25)
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 25, i32 noundef %42, i32 noundef %43, i32 noundef %44)
  %46 = tail call i32 @shl(i32 noundef -2147483647, i32 noundef 30)
  %47 = tail call i32 @lshr(i32 noundef -2147483647, i32 noundef 30)
  %48 = tail call i32 @ashr(i32 noundef -2147483647, i32 noundef 30)
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 30, i32 noundef %46, i32 noundef %47, i32 noundef %48)
  %50 = tail call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef 0)
  %51 = tail call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef 0)
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 0, i64 noundef %50, i64 noundef %51)
  %53 = tail call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef 13)
  %54 = tail call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef 13)
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 13, i64 noundef %53, i64 noundef %54)
  %56 = tail call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef 26)
  %57 = tail call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef 26)
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 26, i64 noundef %56, i64 noundef %57)
  %59 = tail call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef 39)
  %60 = tail call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef 39)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 39, i64 noundef %59, i64 noundef %60)
  %62 = tail call i64 @shl64(i64 noundef -1152921504606846961, i32 noundef 52)
  %63 = tail call i64 @ashr64(i64 noundef -9223372036854775793, i32 noundef 52)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 52, i64 noundef %62, i64 noundef %63)
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 258, i32 noundef 64, i32 noundef 2)
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef -4, i32 noundef -64)
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 48346)
  ret i32 0

68:                                               ; preds = %0, %68
  %69 = phi i64 [ 0, %0 ], [ %92, %68 ]
  %70 = getelementptr inbounds [8 x i32], ptr @main.nums, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !6
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %71)
  %73 = tail call i32 @sdiv(i32 noundef %71, i32 noundef 2)
  %74 = tail call i32 @srem(i32 noundef %71, i32 noundef 2)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef 2, i32 noundef %73, i32 noundef %74)
  %76 = tail call i32 @sdiv(i32 noundef %71, i32 noundef -2)
  %77 = tail call i32 @srem(i32 noundef %71, i32 noundef -2)
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef -2, i32 noundef %76, i32 noundef %77)
  %79 = tail call i32 @sdiv(i32 noundef %71, i32 noundef 3)
  %80 = tail call i32 @srem(i32 noundef %71, i32 noundef 3)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef 3, i32 noundef %79, i32 noundef %80)
  %82 = tail call i32 @sdiv(i32 noundef %71, i32 noundef -3)
  %83 = tail call i32 @srem(i32 noundef %71, i32 noundef -3)
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef -3, i32 noundef %82, i32 noundef %83)
  %85 = tail call i32 @sdiv(i32 noundef %71, i32 noundef 7)
  %86 = tail call i32 @srem(i32 noundef %71, i32 noundef 7)
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef 7, i32 noundef %85, i32 noundef %86)
  %88 = tail call i32 @sdiv(i32 noundef %71, i32 noundef -7)
  %89 = tail call i32 @srem(i32 noundef %71, i32 noundef -7)
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %71, i32 noundef -7, i32 noundef %88, i32 noundef %89)
  %91 = tail call i32 @putchar(i32 10)
  %92 = add nuw nsw i64 %69, 1
  %93 = icmp eq i64 %92, 8
  br i1 %93, label %1, label %68, !llvm.loop !10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
