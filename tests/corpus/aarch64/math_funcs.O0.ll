; ModuleID = 'math_funcs.c'
source_filename = "math_funcs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@inputs = dso_local global [9 x double] [double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 2.000000e+00, double 2.500000e+00, double -2.500000e+00, double 1.000000e+01, double 1.234560e+02, double -7.500000e-01], align 8
@two = dso_local global double 2.000000e+00, align 8
@three = dso_local global double 3.000000e+00, align 8
@half = dso_local global double 5.000000e-01, align 8
@ten = dso_local global double 1.000000e+01, align 8
@onehalf = dso_local global float 1.500000e+00, align 4
@.str = private unnamed_addr constant [57 x i8] c"x=%g fabs=%g floor=%g ceil=%g trunc=%g round=%g rint=%g\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"sqrt(%d)=%.10f sqrtf=%.6f\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"pow: %g %g %g %.10f\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"powf: %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"fmod: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"copysign: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"fmin/fmax: %g %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"exp/log: %.10f %.10f %.10f\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"log10: %.10f\0A\00", align 1
@.str.9 = private unnamed_addr constant [25 x i8] c"trig: %.10f %.10f %.10f\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"hypot: %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [24 x i8] c"frexp: %g %d ldexp: %g\0A\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"floorf/ceilf: %g %g\0A\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"fabsf: %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [23 x i8] c"isnan/isinf: %d %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [20 x i8] c"via pointer: %g %g\0A\00", align 1
@.str.16 = private unnamed_addr constant [23 x i8] c"newton: %.15f diff=%g\0A\00", align 1
@.str.17 = private unnamed_addr constant [15 x i8] c"leibniz: %.8f\0A\00", align 1
@.str.18 = private unnamed_addr constant [25 x i8] c"lround/llrint: %ld %lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %34, %0
  %12 = load i32, ptr %2, align 4
  %13 = zext i32 %12 to i64
  %14 = icmp ult i64 %13, 9
  br i1 %14, label %15, label %37

15:                                               ; preds = %11
  %16 = load i32, ptr %2, align 4
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds [9 x double], ptr @inputs, i64 0, i64 %17
  %19 = load double, ptr %18, align 8
  store double %19, ptr %3, align 8
  %20 = load double, ptr %3, align 8
  %21 = load double, ptr %3, align 8
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = load double, ptr %3, align 8
  %24 = call double @llvm.floor.f64(double %23)
  %25 = load double, ptr %3, align 8
  %26 = call double @llvm.ceil.f64(double %25)
  %27 = load double, ptr %3, align 8
  %28 = call double @llvm.trunc.f64(double %27)
  %29 = load double, ptr %3, align 8
  %30 = call double @llvm.round.f64(double %29)
  %31 = load double, ptr %3, align 8
  %32 = call double @llvm.rint.f64(double %31)
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %20, double noundef %22, double noundef %24, double noundef %26, double noundef %28, double noundef %30, double noundef %32)
  br label %34

34:                                               ; preds = %15
  %35 = load i32, ptr %2, align 4
  %36 = add i32 %35, 1
  store i32 %36, ptr %2, align 4
  br label %11, !llvm.loop !6

37:                                               ; preds = %11
  store i32 0, ptr %4, align 4
  br label %38

38:                                               ; preds = %63, %37
  %39 = load i32, ptr %4, align 4
  %40 = icmp sle i32 %39, 10
  br i1 %40, label %41, label %66

41:                                               ; preds = %38
  %42 = load i32, ptr %4, align 4
  %43 = load i32, ptr %4, align 4
  %44 = mul nsw i32 %42, %43
  %45 = load i32, ptr %4, align 4
  %46 = add nsw i32 %44, %45
  %47 = load i32, ptr %4, align 4
  %48 = load i32, ptr %4, align 4
  %49 = mul nsw i32 %47, %48
  %50 = load i32, ptr %4, align 4
  %51 = add nsw i32 %49, %50
  %52 = sitofp i32 %51 to double
  %53 = call double @sqrt(double noundef %52) #5
  %54 = load i32, ptr %4, align 4
  %55 = load i32, ptr %4, align 4
  %56 = mul nsw i32 %54, %55
  %57 = load i32, ptr %4, align 4
  %58 = add nsw i32 %56, %57
  %59 = sitofp i32 %58 to float
  %60 = call float @sqrtf(float noundef %59) #5
  %61 = fpext float %60 to double
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %46, double noundef %53, double noundef %61)
  br label %63

63:                                               ; preds = %41
  %64 = load i32, ptr %4, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %4, align 4
  br label %38, !llvm.loop !8

66:                                               ; preds = %38
  %67 = load double, ptr @two, align 8
  %68 = load double, ptr @ten, align 8
  %69 = call double @pow(double noundef %67, double noundef %68) #5
  %70 = load double, ptr @three, align 8
  %71 = load double, ptr @two, align 8
  %72 = fneg double %71
  %73 = call double @pow(double noundef %70, double noundef %72) #5
  %74 = load double, ptr @two, align 8
  %75 = fneg double %74
  %76 = load double, ptr @three, align 8
  %77 = call double @pow(double noundef %75, double noundef %76) #5
  %78 = load double, ptr @two, align 8
  %79 = load double, ptr @half, align 8
  %80 = call double @pow(double noundef %78, double noundef %79) #5
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %69, double noundef %73, double noundef %77, double noundef %80)
  %82 = load float, ptr @onehalf, align 4
  %83 = call float @powf(float noundef %82, float noundef 4.000000e+00) #5
  %84 = fpext float %83 to double
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %84)
  %86 = load double, ptr @ten, align 8
  %87 = load double, ptr @half, align 8
  %88 = fadd double %86, %87
  %89 = load double, ptr @three, align 8
  %90 = call double @fmod(double noundef %88, double noundef %89) #5
  %91 = load double, ptr @ten, align 8
  %92 = fneg double %91
  %93 = load double, ptr @half, align 8
  %94 = fsub double %92, %93
  %95 = load double, ptr @three, align 8
  %96 = call double @fmod(double noundef %94, double noundef %95) #5
  %97 = load double, ptr @two, align 8
  %98 = fneg double %97
  %99 = load double, ptr @half, align 8
  %100 = fsub double %98, %99
  %101 = call double @fmod(double noundef 7.000000e+00, double noundef %100) #5
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %90, double noundef %96, double noundef %101)
  %103 = call double @llvm.copysign.f64(double 3.000000e+00, double -0.000000e+00)
  %104 = call double @llvm.copysign.f64(double -4.000000e+00, double 1.000000e+00)
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %103, double noundef %104)
  %106 = call double @llvm.minnum.f64(double 1.000000e+00, double -2.000000e+00)
  %107 = call double @llvm.maxnum.f64(double 1.000000e+00, double -2.000000e+00)
  %108 = call double @llvm.maxnum.f64(double 0x7FF8000000000000, double 5.000000e+00)
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %106, double noundef %107, double noundef %108)
  %110 = load double, ptr @half, align 8
  %111 = load double, ptr @half, align 8
  %112 = fadd double %110, %111
  %113 = call double @exp(double noundef %112) #5
  %114 = load double, ptr @ten, align 8
  %115 = call double @log(double noundef %114) #5
  %116 = load double, ptr @ten, align 8
  %117 = fmul double %116, 1.024000e+02
  %118 = call double @log2(double noundef %117) #5
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %113, double noundef %115, double noundef %118)
  %120 = call double @log10(double noundef 1.000000e-03) #5
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %120)
  %122 = load double, ptr @half, align 8
  %123 = call double @sin(double noundef %122) #5
  %124 = load double, ptr @half, align 8
  %125 = call double @cos(double noundef %124) #5
  %126 = load double, ptr @half, align 8
  %127 = load double, ptr @half, align 8
  %128 = fneg double %127
  %129 = call double @atan2(double noundef %126, double noundef %128) #5
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %123, double noundef %125, double noundef %129)
  %131 = load double, ptr @three, align 8
  %132 = load double, ptr @two, align 8
  %133 = load double, ptr @two, align 8
  %134 = fadd double %132, %133
  %135 = call double @hypot(double noundef %131, double noundef %134) #5
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %135)
  %137 = load double, ptr @ten, align 8
  %138 = fmul double %137, 4.800000e+00
  %139 = call double @frexp(double noundef %138, ptr noundef %5) #5
  store double %139, ptr %6, align 8
  %140 = load double, ptr %6, align 8
  %141 = load i32, ptr %5, align 4
  %142 = call double @ldexp(double noundef 7.500000e-01, i32 noundef 6) #5
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %140, i32 noundef %141, double noundef %142)
  %144 = call float @llvm.floor.f32(float -1.500000e+00)
  %145 = fpext float %144 to double
  %146 = call float @llvm.ceil.f32(float -1.500000e+00)
  %147 = fpext float %146 to double
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %145, double noundef %147)
  %149 = call float @llvm.fabs.f32(float -7.250000e+00)
  %150 = fpext float %149 to double
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %150)
  %152 = call double @sqrt(double noundef -1.000000e+00) #5
  %153 = call i1 @llvm.is.fpclass.f64(double %152, i32 3)
  %154 = zext i1 %153 to i32
  %155 = icmp ne i32 %154, 0
  %156 = zext i1 %155 to i32
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %156, i32 noundef 1, i32 noundef 1)
  %158 = call double @apply(ptr noundef @sqrt, double noundef 8.100000e+01)
  %159 = call double @apply(ptr noundef @floor, double noundef -5.000000e-01)
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %158, double noundef %159)
  store double 1.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %161

161:                                              ; preds = %171, %66
  %162 = load i32, ptr %8, align 4
  %163 = icmp slt i32 %162, 20
  br i1 %163, label %164, label %174

164:                                              ; preds = %161
  %165 = load double, ptr %7, align 8
  %166 = load double, ptr @two, align 8
  %167 = load double, ptr %7, align 8
  %168 = fdiv double %166, %167
  %169 = fadd double %165, %168
  %170 = fmul double 5.000000e-01, %169
  store double %170, ptr %7, align 8
  br label %171

171:                                              ; preds = %164
  %172 = load i32, ptr %8, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %8, align 4
  br label %161, !llvm.loop !9

174:                                              ; preds = %161
  %175 = load double, ptr %7, align 8
  %176 = load double, ptr %7, align 8
  %177 = load double, ptr @two, align 8
  %178 = call double @sqrt(double noundef %177) #5
  %179 = fsub double %176, %178
  %180 = call double @llvm.fabs.f64(double %179)
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, double noundef %175, double noundef %180)
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %182

182:                                              ; preds = %198, %174
  %183 = load i32, ptr %10, align 4
  %184 = icmp slt i32 %183, 200
  br i1 %184, label %185, label %201

185:                                              ; preds = %182
  %186 = load i32, ptr %10, align 4
  %187 = srem i32 %186, 2
  %188 = icmp ne i32 %187, 0
  %189 = zext i1 %188 to i64
  %190 = select i1 %188, double -4.000000e+00, double 4.000000e+00
  %191 = load i32, ptr %10, align 4
  %192 = mul nsw i32 2, %191
  %193 = add nsw i32 %192, 1
  %194 = sitofp i32 %193 to double
  %195 = fdiv double %190, %194
  %196 = load double, ptr %9, align 8
  %197 = fadd double %196, %195
  store double %197, ptr %9, align 8
  br label %198

198:                                              ; preds = %185
  %199 = load i32, ptr %10, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %10, align 4
  br label %182, !llvm.loop !10

201:                                              ; preds = %182
  %202 = load double, ptr %9, align 8
  %203 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, double noundef %202)
  %204 = load double, ptr @two, align 8
  %205 = fneg double %204
  %206 = load double, ptr @half, align 8
  %207 = fsub double %205, %206
  %208 = call i64 @lround(double noundef %207) #5
  %209 = load double, ptr @half, align 8
  %210 = fadd double 6.000000e+00, %209
  %211 = call i64 @llrint(double noundef %210) #5
  %212 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i64 noundef %208, i64 noundef %211)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.round.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.rint.f64(double) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #3

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #3

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #3

; Function Attrs: nounwind
declare float @powf(float noundef, float noundef) #3

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nounwind
declare double @exp(double noundef) #3

; Function Attrs: nounwind
declare double @log(double noundef) #3

; Function Attrs: nounwind
declare double @log2(double noundef) #3

; Function Attrs: nounwind
declare double @log10(double noundef) #3

; Function Attrs: nounwind
declare double @sin(double noundef) #3

; Function Attrs: nounwind
declare double @cos(double noundef) #3

; Function Attrs: nounwind
declare double @atan2(double noundef, double noundef) #3

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) #3

; Function Attrs: nounwind
declare double @frexp(double noundef, ptr noundef) #3

; Function Attrs: nounwind
declare double @ldexp(double noundef, i32 noundef) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.ceil.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f64(double, i32 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @apply(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double %5(double noundef %6)
  ret double %7
}

; Function Attrs: nounwind willreturn memory(none)
declare double @floor(double noundef) #4

; Function Attrs: nounwind
declare i64 @lround(double noundef) #3

; Function Attrs: nounwind
declare i64 @llrint(double noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
