; ModuleID = 'struct_hfa.c'
source_filename = "struct_hfa.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.F3 = type { float, float, float }
%struct.D2 = type { double, double }
%struct.D4 = type { double, double, double, double }
%struct.F4 = type { [2 x float], [2 x float] }
%struct.Nested = type { %struct.D2 }

@.str = private unnamed_addr constant [17 x i8] c"cross: %g %g %g\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"cross2: %g %g %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"(1+i)^8 = %g %+gi\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"d4: %g %g %g %g sum=%g\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"f4: %g %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"nested: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"fd: %g %g size=%zu\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"many: %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"sum: %g %g\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.F3 @f3_cross([3 x float] alignstack(8) %0, [3 x float] alignstack(8) %1) local_unnamed_addr #0 {
  %3 = extractvalue [3 x float] %0, 0
  %4 = extractvalue [3 x float] %0, 1
  %5 = extractvalue [3 x float] %0, 2
  %6 = extractvalue [3 x float] %1, 0
  %7 = extractvalue [3 x float] %1, 1
  %8 = extractvalue [3 x float] %1, 2
  %9 = fneg float %5
  %10 = fmul float %7, %9
  %11 = tail call float @llvm.fmuladd.f32(float %4, float %8, float %10)
  %12 = fneg float %3
  %13 = fmul float %8, %12
  %14 = tail call float @llvm.fmuladd.f32(float %5, float %6, float %13)
  %15 = fneg float %4
  %16 = fmul float %6, %15
  %17 = tail call float @llvm.fmuladd.f32(float %3, float %7, float %16)
  %18 = insertvalue %struct.F3 poison, float %11, 0
  %19 = insertvalue %struct.F3 %18, float %14, 1
  %20 = insertvalue %struct.F3 %19, float %17, 2
  ret %struct.F3 %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.D2 @cmul([2 x double] alignstack(8) %0, [2 x double] alignstack(8) %1) local_unnamed_addr #0 {
  %3 = extractvalue [2 x double] %0, 0
  %4 = extractvalue [2 x double] %0, 1
  %5 = extractvalue [2 x double] %1, 0
  %6 = extractvalue [2 x double] %1, 1
  %7 = fneg double %4
  %8 = fmul double %6, %7
  %9 = tail call double @llvm.fmuladd.f64(double %3, double %5, double %8)
  %10 = fmul double %4, %5
  %11 = tail call double @llvm.fmuladd.f64(double %3, double %6, double %10)
  %12 = insertvalue %struct.D2 poison, double %9, 0
  %13 = insertvalue %struct.D2 %12, double %11, 1
  ret %struct.D2 %13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.D4 @d4_scale([4 x double] alignstack(8) %0, double noundef %1) local_unnamed_addr #0 {
  %3 = extractvalue [4 x double] %0, 0
  %4 = extractvalue [4 x double] %0, 1
  %5 = extractvalue [4 x double] %0, 2
  %6 = extractvalue [4 x double] %0, 3
  %7 = fmul double %3, %1
  %8 = fmul double %4, %1
  %9 = fmul double %5, %1
  %10 = fmul double %6, %1
  %11 = insertvalue %struct.D4 poison, double %7, 0
  %12 = insertvalue %struct.D4 %11, double %8, 1
  %13 = insertvalue %struct.D4 %12, double %9, 2
  %14 = insertvalue %struct.D4 %13, double %10, 3
  ret %struct.D4 %14
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @d4_sum([4 x double] alignstack(8) %0) local_unnamed_addr #0 {
  %2 = extractvalue [4 x double] %0, 0
  %3 = extractvalue [4 x double] %0, 1
  %4 = extractvalue [4 x double] %0, 2
  %5 = extractvalue [4 x double] %0, 3
  %6 = fadd double %2, %3
  %7 = fadd double %4, %6
  %8 = fadd double %5, %7
  ret double %8
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.F4 @f4_swap([4 x float] alignstack(8) %0) local_unnamed_addr #0 {
  %2 = extractvalue [4 x float] %0, 0
  %3 = extractvalue [4 x float] %0, 1
  %4 = extractvalue [4 x float] %0, 2
  %5 = extractvalue [4 x float] %0, 3
  %6 = insertvalue %struct.F4 poison, float %4, 0, 0
  %7 = insertvalue %struct.F4 %6, float %5, 0, 1
  %8 = insertvalue %struct.F4 %7, float %2, 1, 0
  %9 = insertvalue %struct.F4 %8, float %3, 1, 1
  ret %struct.F4 %9
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.Nested @nest_conj([2 x double] alignstack(8) %0) local_unnamed_addr #0 {
  %2 = extractvalue [2 x double] %0, 0
  %3 = extractvalue [2 x double] %0, 1
  %4 = fneg double %3
  %5 = insertvalue %struct.Nested poison, double %2, 0, 0
  %6 = insertvalue %struct.Nested %5, double %4, 0, 1
  ret %struct.Nested %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local [2 x i64] @fd_make(float noundef %0, double noundef %1) local_unnamed_addr #0 {
  %3 = bitcast float %0 to i32
  %4 = zext i32 %3 to i64
  %5 = insertvalue [2 x i64] poison, i64 %4, 0
  %6 = bitcast double %1 to i64
  %7 = insertvalue [2 x i64] %5, i64 %6, 1
  ret [2 x i64] %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @many_d2([2 x double] alignstack(8) %0, [2 x double] alignstack(8) %1, [2 x double] alignstack(8) %2, [2 x double] alignstack(8) %3, [2 x double] alignstack(8) %4) local_unnamed_addr #0 {
  %6 = extractvalue [2 x double] %0, 0
  %7 = extractvalue [2 x double] %0, 1
  %8 = extractvalue [2 x double] %1, 0
  %9 = extractvalue [2 x double] %2, 0
  %10 = extractvalue [2 x double] %3, 0
  %11 = extractvalue [2 x double] %4, 0
  %12 = extractvalue [2 x double] %4, 1
  %13 = fadd double %6, %8
  %14 = fadd double %13, %9
  %15 = fadd double %14, %10
  %16 = fadd double %15, %11
  %17 = tail call double @llvm.fmuladd.f64(double %7, double %12, double %16)
  ret double %17
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = tail call %struct.F3 @f3_cross([3 x float] alignstack(8) [float 1.000000e+00, float 0.000000e+00, float 0.000000e+00], [3 x float] alignstack(8) [float 0.000000e+00, float 1.000000e+00, float 0.000000e+00])
  %2 = extractvalue %struct.F3 %1, 0
  %3 = extractvalue %struct.F3 %1, 1
  %4 = extractvalue %struct.F3 %1, 2
  %5 = fpext float %2 to double
  %6 = fpext float %3 to double
  %7 = fpext float %4 to double
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %5, double noundef %6, double noundef %7)
  %9 = tail call %struct.F3 @f3_cross([3 x float] alignstack(8) [float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], [3 x float] alignstack(8) [float 5.000000e+00, float 6.000000e+00, float 7.000000e+00])
  %10 = extractvalue %struct.F3 %9, 0
  %11 = extractvalue %struct.F3 %9, 1
  %12 = extractvalue %struct.F3 %9, 2
  %13 = fpext float %10 to double
  %14 = fpext float %11 to double
  %15 = fpext float %12 to double
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %13, double noundef %14, double noundef %15)
  %17 = tail call %struct.D2 @cmul([2 x double] alignstack(8) [double 1.000000e+00, double 0.000000e+00], [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %18 = extractvalue %struct.D2 %17, 0
  %19 = extractvalue %struct.D2 %17, 1
  %20 = insertvalue [2 x double] poison, double %18, 0
  %21 = insertvalue [2 x double] %20, double %19, 1
  %22 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %21, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %23 = extractvalue %struct.D2 %22, 0
  %24 = extractvalue %struct.D2 %22, 1
  %25 = insertvalue [2 x double] poison, double %23, 0
  %26 = insertvalue [2 x double] %25, double %24, 1
  %27 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %26, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %28 = extractvalue %struct.D2 %27, 0
  %29 = extractvalue %struct.D2 %27, 1
  %30 = insertvalue [2 x double] poison, double %28, 0
  %31 = insertvalue [2 x double] %30, double %29, 1
  %32 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %31, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %33 = extractvalue %struct.D2 %32, 0
  %34 = extractvalue %struct.D2 %32, 1
  %35 = insertvalue [2 x double] poison, double %33, 0
  %36 = insertvalue [2 x double] %35, double %34, 1
  %37 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %36, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %38 = extractvalue %struct.D2 %37, 0
  %39 = extractvalue %struct.D2 %37, 1
  %40 = insertvalue [2 x double] poison, double %38, 0
  %41 = insertvalue [2 x double] %40, double %39, 1
  %42 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %41, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %43 = extractvalue %struct.D2 %42, 0
  %44 = extractvalue %struct.D2 %42, 1
  %45 = insertvalue [2 x double] poison, double %43, 0
  %46 = insertvalue [2 x double] %45, double %44, 1
  %47 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %46, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %48 = extractvalue %struct.D2 %47, 0
  %49 = extractvalue %struct.D2 %47, 1
  %50 = insertvalue [2 x double] poison, double %48, 0
  %51 = insertvalue [2 x double] %50, double %49, 1
  %52 = tail call %struct.D2 @cmul([2 x double] alignstack(8) %51, [2 x double] alignstack(8) [double 1.000000e+00, double 1.000000e+00])
  %53 = extractvalue %struct.D2 %52, 0
  %54 = extractvalue %struct.D2 %52, 1
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %53, double noundef %54)
  %56 = tail call %struct.D4 @d4_scale([4 x double] alignstack(8) [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00], double noundef 5.000000e-01)
  %57 = extractvalue %struct.D4 %56, 0
  %58 = extractvalue %struct.D4 %56, 1
  %59 = extractvalue %struct.D4 %56, 2
  %60 = extractvalue %struct.D4 %56, 3
  %61 = insertvalue [4 x double] poison, double %57, 0
  %62 = insertvalue [4 x double] %61, double %58, 1
  %63 = insertvalue [4 x double] %62, double %59, 2
  %64 = insertvalue [4 x double] %63, double %60, 3
  %65 = tail call double @d4_sum([4 x double] alignstack(8) %64)
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %57, double noundef %58, double noundef %59, double noundef %60, double noundef %65)
  %67 = tail call %struct.F4 @f4_swap([4 x float] alignstack(8) [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00])
  %68 = extractvalue %struct.F4 %67, 0
  %69 = extractvalue [2 x float] %68, 0
  %70 = extractvalue [2 x float] %68, 1
  %71 = extractvalue %struct.F4 %67, 1
  %72 = extractvalue [2 x float] %71, 0
  %73 = extractvalue [2 x float] %71, 1
  %74 = fpext float %69 to double
  %75 = fpext float %70 to double
  %76 = fpext float %72 to double
  %77 = fpext float %73 to double
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %74, double noundef %75, double noundef %76, double noundef %77)
  %79 = tail call %struct.Nested @nest_conj([2 x double] alignstack(8) [double 2.500000e+00, double 3.500000e+00])
  %80 = extractvalue %struct.Nested %79, 0
  %81 = extractvalue %struct.D2 %80, 0
  %82 = extractvalue %struct.D2 %80, 1
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %81, double noundef %82)
  %84 = tail call [2 x i64] @fd_make(float noundef 1.250000e+00, double noundef -8.500000e+00)
  %85 = extractvalue [2 x i64] %84, 0
  %86 = trunc i64 %85 to i32
  %87 = bitcast i32 %86 to float
  %88 = extractvalue [2 x i64] %84, 1
  %89 = bitcast i64 %88 to double
  %90 = fpext float %87 to double
  %91 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %90, double noundef %89, i64 noundef 16)
  %92 = tail call double @many_d2([2 x double] alignstack(8) [double 1.000000e+00, double 2.000000e+00], [2 x double] alignstack(8) [double 3.000000e+00, double 4.000000e+00], [2 x double] alignstack(8) [double 5.000000e+00, double 6.000000e+00], [2 x double] alignstack(8) [double 7.000000e+00, double 8.000000e+00], [2 x double] alignstack(8) [double 9.000000e+00, double 1.000000e+01])
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %92)
  %94 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef 1.000000e+01, double noundef -1.000000e+01)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
