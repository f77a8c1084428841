; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"int %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"double %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"string \22%s\22\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"pair (%d, %d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [39 x i8] c"1.0f = %08x bytes %02x %02x %02x %02x\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"0x40490fdb = %.6f\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"negated: %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"fast_abs: %g %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"-2.0 = %016llx lo=%08x hi=%08x\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"inf? %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"%g exp=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.12 = private unnamed_addr constant [20 x i8] c"sizes: %zu %zu %zu\0A\00", align 1
@.str.13 = private unnamed_addr constant [19 x i8] c"little endian: %d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, i64 } @make_int(i64 noundef %0) local_unnamed_addr #0 {
  %2 = insertvalue { i32, i64 } { i32 0, i64 poison }, i64 %0, 1
  ret { i32, i64 } %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, i64 } @make_dbl(double noundef %0) local_unnamed_addr #0 {
  %2 = bitcast double %0 to i64
  %3 = insertvalue { i32, i64 } { i32 1, i64 poison }, i64 %2, 1
  ret { i32, i64 } %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, i64 } @make_str(ptr noundef %0) local_unnamed_addr #0 {
  %2 = ptrtoint ptr %0 to i64
  %3 = insertvalue { i32, i64 } { i32 2, i64 poison }, i64 %2, 1
  ret { i32, i64 } %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i32, i64 } @make_pair(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = zext i32 %1 to i64
  %4 = shl nuw i64 %3, 32
  %5 = zext i32 %0 to i64
  %6 = or disjoint i64 %4, %5
  %7 = insertvalue { i32, i64 } { i32 3, i64 poison }, i64 %6, 1
  ret { i32, i64 } %7
}

; Function Attrs: nofree noinline nounwind uwtable
define dso_local void @show(i32 %0, i64 %1) local_unnamed_addr #1 {
  switch i32 %0, label %16 [
    i32 0, label %3
    i32 1, label %5
    i32 2, label %8
    i32 3, label %11
  ]

3:                                                ; preds = %2
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %1)
  br label %16

5:                                                ; preds = %2
  %6 = bitcast i64 %1 to double
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %6)
  br label %16

8:                                                ; preds = %2
  %9 = inttoptr i64 %1 to ptr
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %9)
  br label %16

11:                                               ; preds = %2
  %12 = trunc i64 %1 to i32
  %13 = lshr i64 %1, 32
  %14 = trunc nuw i64 %13 to i32
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %12, i32 noundef %14)
  br label %16

16:                                               ; preds = %2, %11, %8, %5, %3
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @negate_bits(i32 %0) local_unnamed_addr #0 {
  %2 = xor i32 %0, -2147483648
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @fast_abs(float noundef %0) local_unnamed_addr #0 {
  %2 = tail call float @llvm.fabs.f32(float %0)
  ret float %2
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1065353216, i32 noundef 0, i32 noundef 0, i32 noundef 128, i32 noundef 63)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 0x400921FB60000000)
  %3 = tail call i32 @negate_bits(i32 1080033280)
  %4 = bitcast i32 %3 to float
  %5 = fpext float %4 to double
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %5)
  %7 = tail call float @fast_abs(float noundef -2.750000e+00)
  %8 = fpext float %7 to double
  %9 = tail call float @fast_abs(float noundef 5.000000e-01)
  %10 = fpext float %9 to double
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %8, double noundef %10)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef -4611686018427387904, i32 noundef 0, i32 noundef -1073741824)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef 0x7FF0000000000000)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 1.250000e-01, i32 noundef -3)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 3.750000e-01, i32 noundef -2)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 1.125000e+00, i32 noundef 0)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 3.375000e+00, i32 noundef 1)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 1.012500e+01, i32 noundef 3)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 3.037500e+01, i32 noundef 4)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef 9.112500e+01, i32 noundef 6)
  %21 = tail call { i32, i64 } @make_int(i64 noundef -42)
  %22 = extractvalue { i32, i64 } %21, 1
  %23 = tail call { i32, i64 } @make_dbl(double noundef 6.500000e+00)
  %24 = extractvalue { i32, i64 } %23, 1
  %25 = tail call { i32, i64 } @make_pair(i32 noundef 3, i32 noundef 4)
  %26 = extractvalue { i32, i64 } %25, 1
  tail call void @show(i32 0, i64 %22)
  tail call void @show(i32 1, i64 %24)
  tail call void @show(i32 2, i64 ptrtoint (ptr @.str.11 to i64))
  tail call void @show(i32 3, i64 %26)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 4, i64 noundef 8, i64 noundef 16)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 1)
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #4

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
