; ModuleID = 'float_format.c'
source_filename = "float_format.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.vals = internal constant [12 x double] [double 0.000000e+00, double 1.000000e+00, double -1.000000e+00, double 1.000000e-01, double 0x400921FB54442D11, double 0x4132D687E4189375, double 1.000000e-10, double 0x44DFE185CA57C517, double -1.234560e-04, double 1.000000e+02, double 1.000000e+15, double 5.000000e-01], align 16
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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca float, align 4
  %5 = alloca [64 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %12

12:                                               ; preds = %35, %0
  %13 = load i32, ptr %2, align 4
  %14 = zext i32 %13 to i64
  %15 = icmp ult i64 %14, 12
  br i1 %15, label %16, label %38

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds [12 x double], ptr @main.vals, i64 0, i64 %18
  %20 = load double, ptr %19, align 8
  store double %20, ptr %3, align 8
  %21 = load double, ptr %3, align 8
  %22 = load double, ptr %3, align 8
  %23 = load double, ptr %3, align 8
  %24 = load double, ptr %3, align 8
  %25 = load double, ptr %3, align 8
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %21, double noundef %22, double noundef %23, double noundef %24, double noundef %25)
  %27 = load double, ptr %3, align 8
  %28 = load double, ptr %3, align 8
  %29 = load double, ptr %3, align 8
  %30 = load double, ptr %3, align 8
  %31 = load double, ptr %3, align 8
  %32 = load double, ptr %3, align 8
  %33 = load double, ptr %3, align 8
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %27, double noundef %28, double noundef %29, double noundef %30, double noundef %31, double noundef %32, double noundef %33)
  br label %35

35:                                               ; preds = %16
  %36 = load i32, ptr %2, align 4
  %37 = add i32 %36, 1
  store i32 %37, ptr %2, align 4
  br label %12, !llvm.loop !6

38:                                               ; preds = %12
  store float 2.500000e+00, ptr %4, align 4
  %39 = load float, ptr %4, align 4
  %40 = fpext float %39 to double
  %41 = load float, ptr %4, align 4
  %42 = fpext float %41 to double
  %43 = load float, ptr %4, align 4
  %44 = fpext float %43 to double
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %40, double noundef %42, double noundef %44)
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef 3.500000e+00, double noundef 2.000000e+00, double noundef 1.500000e+00)
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 12, i32 noundef 4, double noundef 0x4005BF0A8B04919B)
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef 5.000000e-01, double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef -5.000000e-01, double noundef 2.500000e-01)
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef 1.000000e+20)
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef 1.000000e-04, double noundef 1.000000e-05, double noundef 0x419D6F3454000000)
  %51 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %52 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %51, i64 noundef 64, ptr noundef @.str.8, double noundef 0x3FC2492492492492, double noundef 0x3FE5555555555555) #5
  store i32 %52, ptr %6, align 4
  %53 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %54 = load i32, ptr %6, align 4
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %53, i32 noundef %54)
  store i64 8, ptr %7, align 8
  %56 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %57 = load i64, ptr %7, align 8
  %58 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %56, i64 noundef %57, ptr noundef @.str.10, double noundef 1.234560e+02) #5
  store i32 %58, ptr %6, align 4
  %59 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %60 = load i32, ptr %6, align 4
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %59, i32 noundef %60)
  %62 = call double @strtod(ptr noundef @.str.12, ptr noundef %8) #5
  store double %62, ptr %9, align 8
  %63 = load double, ptr %9, align 8
  %64 = load ptr, ptr %8, align 8
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %63, ptr noundef %64)
  %66 = call double @strtod(ptr noundef @.str.14, ptr noundef %8) #5
  store double %66, ptr %9, align 8
  %67 = load double, ptr %9, align 8
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %67)
  %69 = call double @atof(ptr noundef @.str.17) #6
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, double noundef %69)
  store i32 1, ptr %10, align 4
  br label %71

71:                                               ; preds = %86, %38
  %72 = load i32, ptr %10, align 4
  %73 = icmp sle i32 %72, 5
  br i1 %73, label %74, label %89

74:                                               ; preds = %71
  %75 = load i32, ptr %10, align 4
  %76 = sitofp i32 %75 to double
  %77 = fdiv double 1.000000e+00, %76
  store double %77, ptr %11, align 8
  %78 = load i32, ptr %10, align 4
  %79 = load double, ptr %11, align 8
  %80 = load double, ptr %11, align 8
  %81 = fmul double %80, 1.000000e+03
  %82 = load double, ptr %11, align 8
  %83 = load double, ptr %11, align 8
  %84 = fmul double %82, %83
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %78, double noundef %79, double noundef %81, double noundef %84)
  br label %86

86:                                               ; preds = %74
  %87 = load i32, ptr %10, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %10, align 4
  br label %71, !llvm.loop !8

89:                                               ; preds = %71
  %90 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %90, i8 0, i64 64, i1 false)
  %91 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %92 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %91, i64 noundef 64, ptr noundef @.str.19, double noundef 1.000000e+00) #5
  %93 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, ptr noundef %93)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: nounwind
declare double @strtod(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare double @atof(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
