; ModuleID = 'float_int_conv.c'
source_filename = "float_int_conv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [14 x i8] c"d2i(%g) = %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"d2u: %u %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"d2l: %ld %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"d2ul: %lu %lu %lu\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"f2i8: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"f2u8: %u %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"f2i16: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"u2d: %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"u2f: %.1f %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"i2d: %.1f %.1f\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"l2f: %.1f %.1f\0A\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"float roundtrip lost: %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [27 x i8] c"double roundtrip lost: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [23 x i8] c"small ints: %.1f %.1f\0A\00", align 1
@.str.14 = private unnamed_addr constant [10 x i8] c"back: %u\0A\00", align 1
@.str.15 = private unnamed_addr constant [12 x i8] c"2^63 = %lu\0A\00", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"2^62 = %ld\0A\00", align 1
@.str.17 = private unnamed_addr constant [17 x i8] c"2^31 as u32: %u\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @d2i(double noundef %0) local_unnamed_addr #0 {
  %2 = fptosi double %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @d2u(double noundef %0) local_unnamed_addr #0 {
  %2 = fptoui double %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @d2l(double noundef %0) local_unnamed_addr #0 {
  %2 = fptosi double %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @d2ul(double noundef %0) local_unnamed_addr #0 {
  %2 = fptoui double %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local signext i8 @f2i8(float noundef %0) local_unnamed_addr #0 {
  %2 = fptosi float %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local zeroext i8 @f2u8(float noundef %0) local_unnamed_addr #0 {
  %2 = fptoui float %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local signext i16 @f2i16(float noundef %0) local_unnamed_addr #0 {
  %2 = fptosi float %0 to i16
  ret i16 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @u2d(i64 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i64 %0 to double
  ret double %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @u2f(i32 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i32 %0 to float
  ret float %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @i2d(i64 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i64 %0 to double
  ret double %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @l2f(i64 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i64 %0 to float
  ret float %2
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @d2i(double noundef 0.000000e+00)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0.000000e+00, i32 noundef %1)
  %3 = tail call i32 @d2i(double noundef -0.000000e+00)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -0.000000e+00, i32 noundef %3)
  %5 = tail call i32 @d2i(double noundef 5.000000e-01)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 5.000000e-01, i32 noundef %5)
  %7 = tail call i32 @d2i(double noundef -5.000000e-01)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -5.000000e-01, i32 noundef %7)
  %9 = tail call i32 @d2i(double noundef 0x3FEFF7CED916872B)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x3FEFF7CED916872B, i32 noundef %9)
  %11 = tail call i32 @d2i(double noundef 0xBFEFF7CED916872B)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0xBFEFF7CED916872B, i32 noundef %11)
  %13 = tail call i32 @d2i(double noundef 1.500000e+00)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.500000e+00, i32 noundef %13)
  %15 = tail call i32 @d2i(double noundef -1.500000e+00)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -1.500000e+00, i32 noundef %15)
  %17 = tail call i32 @d2i(double noundef 0x41DFFFFFFFC00000)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x41DFFFFFFFC00000, i32 noundef %17)
  %19 = tail call i32 @d2i(double noundef 0xC1E0000000000000)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0xC1E0000000000000, i32 noundef %19)
  %21 = tail call i32 @d2i(double noundef 0x40FE240C9FBE76C9)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x40FE240C9FBE76C9, i32 noundef %21)
  %23 = tail call i32 @d2i(double noundef 0xC0F81CD6E9E1B08A)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0xC0F81CD6E9E1B08A, i32 noundef %23)
  %25 = tail call i32 @d2u(double noundef 0x41EFFFFFFFE00000)
  %26 = tail call i32 @d2u(double noundef 0x41E65A0BC0100000)
  %27 = tail call i32 @d2u(double noundef 7.500000e-01)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %25, i32 noundef %26, i32 noundef %27)
  %29 = tail call i64 @d2l(double noundef 9.200000e+18)
  %30 = tail call i64 @d2l(double noundef -9.200000e+18)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %29, i64 noundef %30)
  %32 = tail call i64 @d2ul(double noundef 1.800000e+19)
  %33 = tail call i64 @d2ul(double noundef 0x43E0000000000000)
  %34 = tail call i64 @d2ul(double noundef 1.234590e+04)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %32, i64 noundef %33, i64 noundef %34)
  %36 = tail call signext i8 @f2i8(float noundef 0x405FF999A0000000)
  %37 = sext i8 %36 to i32
  %38 = tail call signext i8 @f2i8(float noundef 0xC0601CCCC0000000)
  %39 = sext i8 %38 to i32
  %40 = tail call signext i8 @f2i8(float noundef 0xC00D9999A0000000)
  %41 = sext i8 %40 to i32
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %37, i32 noundef %39, i32 noundef %41)
  %43 = tail call zeroext i8 @f2u8(float noundef 0x406FFFAE20000000)
  %44 = zext i8 %43 to i32
  %45 = tail call zeroext i8 @f2u8(float noundef 0x3FD3333340000000)
  %46 = zext i8 %45 to i32
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %44, i32 noundef %46)
  %48 = tail call signext i16 @f2i16(float noundef -3.276850e+04)
  %49 = sext i16 %48 to i32
  %50 = tail call signext i16 @f2i16(float noundef 3.276700e+04)
  %51 = sext i16 %50 to i32
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %49, i32 noundef %51)
  %53 = tail call double @u2d(i64 noundef -1)
  %54 = tail call double @u2d(i64 noundef -9223372036854775807)
  %55 = tail call double @u2d(i64 noundef 12345)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %53, double noundef %54, double noundef %55)
  %57 = tail call float @u2f(i32 noundef -1)
  %58 = fpext float %57 to double
  %59 = tail call float @u2f(i32 noundef 16777217)
  %60 = fpext float %59 to double
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %58, double noundef %60)
  %62 = tail call double @i2d(i64 noundef -9223372036854775808)
  %63 = tail call double @i2d(i64 noundef -9007199254740993)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %62, double noundef %63)
  %65 = tail call float @l2f(i64 noundef 9223372036854775807)
  %66 = fpext float %65 to double
  %67 = tail call float @l2f(i64 noundef -123456789012)
  %68 = fpext float %67 to double
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %66, double noundef %68)
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 12)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 4)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef -7.700000e+01, double noundef 6.500000e+04)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 123)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef -9223372036854775808)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i64 noundef 4611686018427387904)
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef -2147483648)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
