; ModuleID = 'float_format.c'
source_filename = "float_format.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [39 x i8] c"[%f] [%.2f] [%10.3f] [%-12.1f|] [%+f]\0A\00", align 1
@.str.1 = private unnamed_addr constant [43 x i8] c"  [%e] [%.3e] [%E] [%g] [%.3g] [%G] [%#g]\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"float promoted: %f %g %e\0A\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"padding: [%08.3f] [% f] [%-8g|]\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"star: [%*.*f]\0A\00", align 1
@.str.5 = private unnamed_addr constant [36 x i8] c"rounding: %.0f %.0f %.0f %.0f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"big: %.0f\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"small g: %g %g %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"%.5f|%g\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"snprintf: %s (%d)\0A\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"%f\00", align 1
@.str.11 = private unnamed_addr constant [20 x i8] c"truncated: %s (%d)\0A\00", align 1
@.str.12 = private unnamed_addr constant [13 x i8] c"  -12.5e2xyz\00", align 1
@.str.13 = private unnamed_addr constant [20 x i8] c"strtod: %g rest=%s\0A\00", align 1
@.str.14 = private unnamed_addr constant [8 x i8] c"0x1.8p1\00", align 1
@.str.15 = private unnamed_addr constant [16 x i8] c"strtod hex: %g\0A\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"atof: %g\0A\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"3.75\00", align 1
@.str.18 = private unnamed_addr constant [20 x i8] c"%d %8.5f %10.3e %g\0A\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c"%a\00", align 1
@.str.20 = private unnamed_addr constant [15 x i8] c"hex float: %s\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 16
  %2 = alloca ptr, align 8
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00, double noundef 0.000000e+00)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00, double noundef 1.000000e+00)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00, double noundef -1.000000e+00)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01, double noundef 1.000000e-01)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11, double noundef 0x400921FB54442D11)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375, double noundef 0x4132D687E4189375)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10, double noundef 1.000000e-10)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517, double noundef 0x44DFE185CA57C517)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04, double noundef -1.234560e-04)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02)
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02, double noundef 1.000000e+02)
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15, double noundef 1.000000e+15)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01, double noundef 5.000000e-01)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef 2.500000e+00, double noundef 2.500000e+00, double noundef 2.500000e+00)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.500000e+00, double noundef 2.000000e+00, double noundef 1.500000e+00)
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 12, i32 noundef 4, double noundef 0x4005BF0A8B04919B)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef -5.000000e-01, double noundef 2.500000e-01)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef 1.000000e+20)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef 1.000000e-04, double noundef 1.000000e-05, double noundef 0x419D6F3454000000)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %33 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %1, i64 noundef 64, ptr noundef nonnull @.str.8, double noundef 0x3FC2492492492492, double noundef 0x3FE5555555555555) #5
  %34 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %1, i32 noundef %33)
  %35 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %1, i64 noundef 8, ptr noundef nonnull @.str.10, double noundef 1.234560e+02) #5
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull %1, i32 noundef %35)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #5
  %37 = call double @strtod(ptr noundef nonnull @.str.12, ptr noundef nonnull %2) #5
  %38 = load ptr, ptr %2, align 8, !tbaa !5
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef %37, ptr noundef %38)
  %40 = call double @strtod(ptr noundef nonnull @.str.14, ptr noundef nonnull %2) #5
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef %40)
  %42 = call double @strtod(ptr nocapture noundef nonnull @.str.17, ptr noundef null) #5
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, double noundef %42)
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 1, double noundef 1.000000e+00, double noundef 1.000000e+03, double noundef 1.000000e+00)
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 2, double noundef 5.000000e-01, double noundef 5.000000e+02, double noundef 2.500000e-01)
  %46 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 3, double noundef 0x3FD5555555555555, double noundef 0x4074D55555555555, double noundef 0x3FBC71C71C71C71C)
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 4, double noundef 2.500000e-01, double noundef 2.500000e+02, double noundef 6.250000e-02)
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 5, double noundef 2.000000e-01, double noundef 2.000000e+02, double noundef 0x3FA47AE147AE147C)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(64) %1, i8 0, i64 64, i1 false)
  %49 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %1, i64 noundef 64, ptr noundef nonnull @.str.19, double noundef 1.000000e+00) #5
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull %1)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(ptr noundef readonly, ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
