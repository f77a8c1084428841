; ModuleID = 'numeric_integration.c'
source_filename = "numeric_integration.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [39 x i8] c"int x^2 [0,3]: trap=%.6f simpson=%.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"int exp(-x^2) [0,2]: %.8f (erf*sqrt(pi)/2=%.8f)\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"int 1/x [1,e]: %.8f\0A\00", align 1
@__const.main.poly = private unnamed_addr constant [4 x double] [double -6.000000e+00, double 1.100000e+01, double -6.000000e+00, double 1.000000e+00], align 8
@.str.3 = private unnamed_addr constant [14 x i8] c"p(%.1f)=%.4f \00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"roots: %.9f %.9f %.9f\0A\00", align 1
@.str.6 = private unnamed_addr constant [61 x i8] c"sum 0.1 x 1e5: naive=%.6f kahan=%.6f naive_err>kahan_err=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [47 x i8] c"ode at t=%.2f: euler=%.5f rk4=%.7f exact=%.7f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x double], align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  store i32 0, ptr %1, align 4
  %20 = call double @trapezoid(ptr noundef @square, double noundef 0.000000e+00, double noundef 3.000000e+00, i32 noundef 1000)
  %21 = call double @simpson(ptr noundef @square, double noundef 0.000000e+00, double noundef 3.000000e+00, i32 noundef 1000)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %20, double noundef %21)
  %23 = call double @simpson(ptr noundef @gauss, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef 2000)
  %24 = call double @erf(double noundef 2.000000e+00) #5
  %25 = call double @acos(double noundef -1.000000e+00) #5
  %26 = call double @sqrt(double noundef %25) #5
  %27 = fmul double %24, %26
  %28 = fdiv double %27, 2.000000e+00
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %23, double noundef %28)
  %30 = call double @exp(double noundef 1.000000e+00) #5
  %31 = call double @simpson(ptr noundef @inv, double noundef 1.000000e+00, double noundef %30, i32 noundef 1000)
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %31)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.poly, i64 32, i1 false)
  store double 0.000000e+00, ptr %3, align 8
  br label %33

33:                                               ; preds = %42, %0
  %34 = load double, ptr %3, align 8
  %35 = fcmp ole double %34, 4.000000e+00
  br i1 %35, label %36, label %45

36:                                               ; preds = %33
  %37 = load double, ptr %3, align 8
  %38 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %39 = load double, ptr %3, align 8
  %40 = call double @horner(ptr noundef %38, i32 noundef 4, double noundef %39)
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %37, double noundef %40)
  br label %42

42:                                               ; preds = %36
  %43 = load double, ptr %3, align 8
  %44 = fadd double %43, 5.000000e-01
  store double %44, ptr %3, align 8
  br label %33, !llvm.loop !6

45:                                               ; preds = %33
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.4)
  %47 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %48 = call double @bisect(ptr noundef %47, i32 noundef 4, double noundef 5.000000e-01, double noundef 1.500000e+00)
  %49 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %50 = call double @bisect(ptr noundef %49, i32 noundef 4, double noundef 1.500000e+00, double noundef 2.500000e+00)
  %51 = getelementptr inbounds [4 x double], ptr %2, i64 0, i64 0
  %52 = call double @bisect(ptr noundef %51, i32 noundef 4, double noundef 2.500000e+00, double noundef 3.700000e+00)
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %48, double noundef %50, double noundef %52)
  store double 0.000000e+00, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %54

54:                                               ; preds = %73, %45
  %55 = load i32, ptr %7, align 4
  %56 = icmp slt i32 %55, 100000
  br i1 %56, label %57, label %76

57:                                               ; preds = %54
  store double 1.000000e-01, ptr %8, align 8
  %58 = load double, ptr %8, align 8
  %59 = load double, ptr %4, align 8
  %60 = fadd double %59, %58
  store double %60, ptr %4, align 8
  %61 = load double, ptr %8, align 8
  %62 = load double, ptr %6, align 8
  %63 = fsub double %61, %62
  store double %63, ptr %9, align 8
  %64 = load double, ptr %5, align 8
  %65 = load double, ptr %9, align 8
  %66 = fadd double %64, %65
  store double %66, ptr %10, align 8
  %67 = load double, ptr %10, align 8
  %68 = load double, ptr %5, align 8
  %69 = fsub double %67, %68
  %70 = load double, ptr %9, align 8
  %71 = fsub double %69, %70
  store double %71, ptr %6, align 8
  %72 = load double, ptr %10, align 8
  store double %72, ptr %5, align 8
  br label %73

73:                                               ; preds = %57
  %74 = load i32, ptr %7, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %7, align 4
  br label %54, !llvm.loop !8

76:                                               ; preds = %54
  %77 = load double, ptr %4, align 8
  %78 = load double, ptr %5, align 8
  %79 = load double, ptr %4, align 8
  %80 = fsub double %79, 1.000000e+04
  %81 = call double @llvm.fabs.f64(double %80)
  %82 = load double, ptr %5, align 8
  %83 = fsub double %82, 1.000000e+04
  %84 = call double @llvm.fabs.f64(double %83)
  %85 = fcmp ogt double %81, %84
  %86 = zext i1 %85 to i32
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %77, double noundef %78, i32 noundef %86)
  store double 1.000000e+00, ptr %11, align 8
  store double 1.000000e+00, ptr %12, align 8
  store double 1.000000e-02, ptr %13, align 8
  store double 0.000000e+00, ptr %14, align 8
  store i32 0, ptr %15, align 4
  br label %88

88:                                               ; preds = %143, %76
  %89 = load i32, ptr %15, align 4
  %90 = icmp slt i32 %89, 300
  br i1 %90, label %91, label %146

91:                                               ; preds = %88
  %92 = load double, ptr %13, align 8
  %93 = load double, ptr %14, align 8
  %94 = load double, ptr %11, align 8
  %95 = call double @deriv(double noundef %93, double noundef %94)
  %96 = load double, ptr %11, align 8
  %97 = call double @llvm.fmuladd.f64(double %92, double %95, double %96)
  store double %97, ptr %11, align 8
  %98 = load double, ptr %14, align 8
  %99 = load double, ptr %12, align 8
  %100 = call double @deriv(double noundef %98, double noundef %99)
  store double %100, ptr %16, align 8
  %101 = load double, ptr %14, align 8
  %102 = load double, ptr %13, align 8
  %103 = fdiv double %102, 2.000000e+00
  %104 = fadd double %101, %103
  %105 = load double, ptr %12, align 8
  %106 = load double, ptr %13, align 8
  %107 = fdiv double %106, 2.000000e+00
  %108 = load double, ptr %16, align 8
  %109 = call double @llvm.fmuladd.f64(double %107, double %108, double %105)
  %110 = call double @deriv(double noundef %104, double noundef %109)
  store double %110, ptr %17, align 8
  %111 = load double, ptr %14, align 8
  %112 = load double, ptr %13, align 8
  %113 = fdiv double %112, 2.000000e+00
  %114 = fadd double %111, %113
  %115 = load double, ptr %12, align 8
  %116 = load double, ptr %13, align 8
  %117 = fdiv double %116, 2.000000e+00
  %118 = load double, ptr %17, align 8
  %119 = call double @llvm.fmuladd.f64(double %117, double %118, double %115)
  %120 = call double @deriv(double noundef %114, double noundef %119)
  store double %120, ptr %18, align 8
  %121 = load double, ptr %14, align 8
  %122 = load double, ptr %13, align 8
  %123 = fadd double %121, %122
  %124 = load double, ptr %12, align 8
  %125 = load double, ptr %13, align 8
  %126 = load double, ptr %18, align 8
  %127 = call double @llvm.fmuladd.f64(double %125, double %126, double %124)
  %128 = call double @deriv(double noundef %123, double noundef %127)
  store double %128, ptr %19, align 8
  %129 = load double, ptr %13, align 8
  %130 = fdiv double %129, 6.000000e+00
  %131 = load double, ptr %16, align 8
  %132 = load double, ptr %17, align 8
  %133 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %132, double %131)
  %134 = load double, ptr %18, align 8
  %135 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %134, double %133)
  %136 = load double, ptr %19, align 8
  %137 = fadd double %135, %136
  %138 = load double, ptr %12, align 8
  %139 = call double @llvm.fmuladd.f64(double %130, double %137, double %138)
  store double %139, ptr %12, align 8
  %140 = load double, ptr %13, align 8
  %141 = load double, ptr %14, align 8
  %142 = fadd double %141, %140
  store double %142, ptr %14, align 8
  br label %143

143:                                              ; preds = %91
  %144 = load i32, ptr %15, align 4
  %145 = add nsw i32 %144, 1
  store i32 %145, ptr %15, align 4
  br label %88, !llvm.loop !9

146:                                              ; preds = %88
  %147 = load double, ptr %14, align 8
  %148 = load double, ptr %11, align 8
  %149 = load double, ptr %12, align 8
  %150 = load double, ptr %14, align 8
  %151 = call double @sin(double noundef %150) #5
  %152 = call double @exp(double noundef %151) #5
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %147, double noundef %148, double noundef %149, double noundef %152)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @trapezoid(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %12 = load double, ptr %7, align 8
  %13 = load double, ptr %6, align 8
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = load double, ptr %6, align 8
  %20 = call double %18(double noundef %19)
  %21 = load ptr, ptr %5, align 8
  %22 = load double, ptr %7, align 8
  %23 = call double %21(double noundef %22)
  %24 = fadd double %20, %23
  %25 = fdiv double %24, 2.000000e+00
  store double %25, ptr %10, align 8
  store i32 1, ptr %11, align 4
  br label %26

26:                                               ; preds = %40, %4
  %27 = load i32, ptr %11, align 4
  %28 = load i32, ptr %8, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %43

30:                                               ; preds = %26
  %31 = load ptr, ptr %5, align 8
  %32 = load double, ptr %6, align 8
  %33 = load i32, ptr %11, align 4
  %34 = sitofp i32 %33 to double
  %35 = load double, ptr %9, align 8
  %36 = call double @llvm.fmuladd.f64(double %34, double %35, double %32)
  %37 = call double %31(double noundef %36)
  %38 = load double, ptr %10, align 8
  %39 = fadd double %38, %37
  store double %39, ptr %10, align 8
  br label %40

40:                                               ; preds = %30
  %41 = load i32, ptr %11, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %11, align 4
  br label %26, !llvm.loop !10

43:                                               ; preds = %26
  %44 = load double, ptr %10, align 8
  %45 = load double, ptr %9, align 8
  %46 = fmul double %44, %45
  ret double %46
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @square(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = load double, ptr %2, align 8
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @simpson(ptr noundef %0, double noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store double %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %12 = load double, ptr %7, align 8
  %13 = load double, ptr %6, align 8
  %14 = fsub double %12, %13
  %15 = load i32, ptr %8, align 4
  %16 = sitofp i32 %15 to double
  %17 = fdiv double %14, %16
  store double %17, ptr %9, align 8
  %18 = load ptr, ptr %5, align 8
  %19 = load double, ptr %6, align 8
  %20 = call double %18(double noundef %19)
  %21 = load ptr, ptr %5, align 8
  %22 = load double, ptr %7, align 8
  %23 = call double %21(double noundef %22)
  %24 = fadd double %20, %23
  store double %24, ptr %10, align 8
  store i32 1, ptr %11, align 4
  br label %25

25:                                               ; preds = %45, %4
  %26 = load i32, ptr %11, align 4
  %27 = load i32, ptr %8, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %48

29:                                               ; preds = %25
  %30 = load ptr, ptr %5, align 8
  %31 = load double, ptr %6, align 8
  %32 = load i32, ptr %11, align 4
  %33 = sitofp i32 %32 to double
  %34 = load double, ptr %9, align 8
  %35 = call double @llvm.fmuladd.f64(double %33, double %34, double %31)
  %36 = call double %30(double noundef %35)
  %37 = load i32, ptr %11, align 4
  %38 = srem i32 %37, 2
  %39 = icmp ne i32 %38, 0
  %40 = zext i1 %39 to i64
  %41 = select i1 %39, i32 4, i32 2
  %42 = sitofp i32 %41 to double
  %43 = load double, ptr %10, align 8
  %44 = call double @llvm.fmuladd.f64(double %36, double %42, double %43)
  store double %44, ptr %10, align 8
  br label %45

45:                                               ; preds = %29
  %46 = load i32, ptr %11, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %11, align 4
  br label %25, !llvm.loop !11

48:                                               ; preds = %25
  %49 = load double, ptr %10, align 8
  %50 = load double, ptr %9, align 8
  %51 = fmul double %49, %50
  %52 = fdiv double %51, 3.000000e+00
  ret double %52
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @gauss(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fneg double %3
  %5 = load double, ptr %2, align 8
  %6 = fmul double %4, %5
  %7 = call double @exp(double noundef %6) #5
  ret double %7
}

; Function Attrs: nounwind
declare double @erf(double noundef) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: nounwind
declare double @acos(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @inv(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fdiv double 1.000000e+00, %3
  ret double %4
}

; Function Attrs: nounwind
declare double @exp(double noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal double @horner(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store double %2, ptr %6, align 8
  store double 0.000000e+00, ptr %7, align 8
  %9 = load i32, ptr %5, align 4
  %10 = sub nsw i32 %9, 1
  store i32 %10, ptr %8, align 4
  br label %11

11:                                               ; preds = %23, %3
  %12 = load i32, ptr %8, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = load double, ptr %7, align 8
  %16 = load double, ptr %6, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = load i32, ptr %8, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = call double @llvm.fmuladd.f64(double %15, double %16, double %21)
  store double %22, ptr %7, align 8
  br label %23

23:                                               ; preds = %14
  %24 = load i32, ptr %8, align 4
  %25 = add nsw i32 %24, -1
  store i32 %25, ptr %8, align 4
  br label %11, !llvm.loop !12

26:                                               ; preds = %11
  %27 = load double, ptr %7, align 8
  ret double %27
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @bisect(ptr noundef %0, i32 noundef %1, double noundef %2, double noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store double %2, ptr %7, align 8
  store double %3, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %11

11:                                               ; preds = %37, %4
  %12 = load i32, ptr %9, align 4
  %13 = icmp slt i32 %12, 100
  br i1 %13, label %14, label %40

14:                                               ; preds = %11
  %15 = load double, ptr %7, align 8
  %16 = load double, ptr %8, align 8
  %17 = fadd double %15, %16
  %18 = fdiv double %17, 2.000000e+00
  store double %18, ptr %10, align 8
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %6, align 4
  %21 = load double, ptr %7, align 8
  %22 = call double @horner(ptr noundef %19, i32 noundef %20, double noundef %21)
  %23 = fcmp olt double %22, 0.000000e+00
  %24 = zext i1 %23 to i32
  %25 = load ptr, ptr %5, align 8
  %26 = load i32, ptr %6, align 4
  %27 = load double, ptr %10, align 8
  %28 = call double @horner(ptr noundef %25, i32 noundef %26, double noundef %27)
  %29 = fcmp olt double %28, 0.000000e+00
  %30 = zext i1 %29 to i32
  %31 = icmp eq i32 %24, %30
  br i1 %31, label %32, label %34

32:                                               ; preds = %14
  %33 = load double, ptr %10, align 8
  store double %33, ptr %7, align 8
  br label %36

34:                                               ; preds = %14
  %35 = load double, ptr %10, align 8
  store double %35, ptr %8, align 8
  br label %36

36:                                               ; preds = %34, %32
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %9, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %9, align 4
  br label %11, !llvm.loop !13

40:                                               ; preds = %11
  %41 = load double, ptr %7, align 8
  ret double %41
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal double @deriv(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %4, align 8
  %6 = load double, ptr %3, align 8
  %7 = call double @cos(double noundef %6) #5
  %8 = fmul double %5, %7
  ret double %8
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: nounwind
declare double @cos(double noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
