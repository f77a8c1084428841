; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.S2 = type { i16, i16 }

@.str = private unnamed_addr constant [12 x i8] c"ints12=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"doubles10=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"floats_mixed=%g\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"Zed\00", align 1
@.str.4 = private unnamed_addr constant [29 x i8] c"ptrs: %d %g %ld %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"structs=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"callback=%g\0A\00", align 1
@.str.7 = private unnamed_addr constant [54 x i8] c"printf many: %d %g %d %g %d %g %d %g %d %g %s %c %ld\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"six\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @ints12(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i64 noundef %10, i8 noundef signext %11) #0 {
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i64, align 8
  %24 = alloca i8, align 1
  store i32 %0, ptr %13, align 4
  store i32 %1, ptr %14, align 4
  store i32 %2, ptr %15, align 4
  store i32 %3, ptr %16, align 4
  store i32 %4, ptr %17, align 4
  store i32 %5, ptr %18, align 4
  store i32 %6, ptr %19, align 4
  store i32 %7, ptr %20, align 4
  store i32 %8, ptr %21, align 4
  store i32 %9, ptr %22, align 4
  store i64 %10, ptr %23, align 8
  store i8 %11, ptr %24, align 1
  %25 = load i32, ptr %13, align 4
  %26 = sext i32 %25 to i64
  %27 = load i32, ptr %14, align 4
  %28 = sext i32 %27 to i64
  %29 = mul nsw i64 2, %28
  %30 = add nsw i64 %26, %29
  %31 = load i32, ptr %15, align 4
  %32 = sext i32 %31 to i64
  %33 = mul nsw i64 3, %32
  %34 = add nsw i64 %30, %33
  %35 = load i32, ptr %16, align 4
  %36 = sext i32 %35 to i64
  %37 = mul nsw i64 4, %36
  %38 = add nsw i64 %34, %37
  %39 = load i32, ptr %17, align 4
  %40 = sext i32 %39 to i64
  %41 = mul nsw i64 5, %40
  %42 = add nsw i64 %38, %41
  %43 = load i32, ptr %18, align 4
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 6, %44
  %46 = add nsw i64 %42, %45
  %47 = load i32, ptr %19, align 4
  %48 = sext i32 %47 to i64
  %49 = mul nsw i64 7, %48
  %50 = add nsw i64 %46, %49
  %51 = load i32, ptr %20, align 4
  %52 = sext i32 %51 to i64
  %53 = mul nsw i64 8, %52
  %54 = add nsw i64 %50, %53
  %55 = load i32, ptr %21, align 4
  %56 = sext i32 %55 to i64
  %57 = mul nsw i64 9, %56
  %58 = add nsw i64 %54, %57
  %59 = load i32, ptr %22, align 4
  %60 = sext i32 %59 to i64
  %61 = mul nsw i64 10, %60
  %62 = add nsw i64 %58, %61
  %63 = load i64, ptr %23, align 8
  %64 = mul nsw i64 11, %63
  %65 = add nsw i64 %62, %64
  %66 = load i8, ptr %24, align 1
  %67 = sext i8 %66 to i32
  %68 = mul nsw i32 12, %67
  %69 = sext i32 %68 to i64
  %70 = add nsw i64 %65, %69
  ret i64 %70
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @doubles10(double noundef %0, double noundef %1, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8, double noundef %9) #0 {
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  store double %0, ptr %11, align 8
  store double %1, ptr %12, align 8
  store double %2, ptr %13, align 8
  store double %3, ptr %14, align 8
  store double %4, ptr %15, align 8
  store double %5, ptr %16, align 8
  store double %6, ptr %17, align 8
  store double %7, ptr %18, align 8
  store double %8, ptr %19, align 8
  store double %9, ptr %20, align 8
  %21 = load double, ptr %11, align 8
  %22 = load double, ptr %12, align 8
  %23 = fsub double %21, %22
  %24 = load double, ptr %13, align 8
  %25 = fadd double %23, %24
  %26 = load double, ptr %14, align 8
  %27 = fsub double %25, %26
  %28 = load double, ptr %15, align 8
  %29 = fadd double %27, %28
  %30 = load double, ptr %16, align 8
  %31 = fsub double %29, %30
  %32 = load double, ptr %17, align 8
  %33 = fadd double %31, %32
  %34 = load double, ptr %18, align 8
  %35 = fsub double %33, %34
  %36 = load double, ptr %19, align 8
  %37 = fadd double %35, %36
  %38 = load double, ptr %20, align 8
  %39 = fneg double %38
  %40 = call double @llvm.fmuladd.f64(double %39, double 2.000000e+00, double %37)
  ret double %40
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @floats_mixed(float noundef %0, i32 noundef %1, float noundef %2, i64 noundef %3, float noundef %4, double noundef %5, float noundef %6, i32 noundef %7, float noundef %8, float noundef %9, float noundef %10, float noundef %11, float noundef %12) #0 {
  %14 = alloca float, align 4
  %15 = alloca i32, align 4
  %16 = alloca float, align 4
  %17 = alloca i64, align 8
  %18 = alloca float, align 4
  %19 = alloca double, align 8
  %20 = alloca float, align 4
  %21 = alloca i32, align 4
  %22 = alloca float, align 4
  %23 = alloca float, align 4
  %24 = alloca float, align 4
  %25 = alloca float, align 4
  %26 = alloca float, align 4
  store float %0, ptr %14, align 4
  store i32 %1, ptr %15, align 4
  store float %2, ptr %16, align 4
  store i64 %3, ptr %17, align 8
  store float %4, ptr %18, align 4
  store double %5, ptr %19, align 8
  store float %6, ptr %20, align 4
  store i32 %7, ptr %21, align 4
  store float %8, ptr %22, align 4
  store float %9, ptr %23, align 4
  store float %10, ptr %24, align 4
  store float %11, ptr %25, align 4
  store float %12, ptr %26, align 4
  %27 = load float, ptr %14, align 4
  %28 = load i32, ptr %15, align 4
  %29 = sitofp i32 %28 to float
  %30 = fadd float %27, %29
  %31 = load float, ptr %16, align 4
  %32 = fadd float %30, %31
  %33 = load i64, ptr %17, align 8
  %34 = sitofp i64 %33 to float
  %35 = fadd float %32, %34
  %36 = load float, ptr %18, align 4
  %37 = fadd float %35, %36
  %38 = load double, ptr %19, align 8
  %39 = fptrunc double %38 to float
  %40 = fadd float %37, %39
  %41 = load float, ptr %20, align 4
  %42 = fadd float %40, %41
  %43 = load i32, ptr %21, align 4
  %44 = sitofp i32 %43 to float
  %45 = fadd float %42, %44
  %46 = load float, ptr %22, align 4
  %47 = fadd float %45, %46
  %48 = load float, ptr %23, align 4
  %49 = fadd float %47, %48
  %50 = load float, ptr %24, align 4
  %51 = fadd float %49, %50
  %52 = load float, ptr %25, align 4
  %53 = fadd float %51, %52
  %54 = load float, ptr %26, align 4
  %55 = fadd float %53, %54
  ret float %55
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @ptrs(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6, ptr noundef %7, i32 noundef %8) #0 {
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca i32, align 4
  store ptr %0, ptr %10, align 8
  store ptr %1, ptr %11, align 8
  store ptr %2, ptr %12, align 8
  store ptr %3, ptr %13, align 8
  store ptr %4, ptr %14, align 8
  store ptr %5, ptr %15, align 8
  store ptr %6, ptr %16, align 8
  store ptr %7, ptr %17, align 8
  store i32 %8, ptr %18, align 4
  %19 = load i32, ptr %18, align 4
  %20 = load ptr, ptr %10, align 8
  store i32 %19, ptr %20, align 4
  %21 = load i32, ptr %18, align 4
  %22 = sitofp i32 %21 to double
  %23 = fmul double %22, 5.000000e-01
  %24 = load ptr, ptr %12, align 8
  store double %23, ptr %24, align 8
  %25 = load i32, ptr %18, align 4
  %26 = sext i32 %25 to i64
  %27 = mul nsw i64 %26, 1000
  %28 = load ptr, ptr %13, align 8
  store i64 %27, ptr %28, align 8
  %29 = load ptr, ptr %11, align 8
  %30 = getelementptr inbounds i8, ptr %29, i64 0
  %31 = load i8, ptr %30, align 1
  %32 = sext i8 %31 to i32
  %33 = load ptr, ptr %17, align 8
  store i32 %32, ptr %33, align 4
  %34 = load ptr, ptr %16, align 8
  store i32 %32, ptr %34, align 4
  %35 = load ptr, ptr %15, align 8
  store i32 %32, ptr %35, align 4
  %36 = load ptr, ptr %14, align 8
  store i32 %32, ptr %36, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @structs(i32 %0, i32 noundef %1, i32 %2, double noundef %3, i32 %4, i32 noundef %5, i32 %6, i32 %7, i32 %8, i32 %9, i32 %10, i32 %11) #0 {
  %13 = alloca %struct.S2, align 2
  %14 = alloca %struct.S2, align 2
  %15 = alloca %struct.S2, align 2
  %16 = alloca %struct.S2, align 2
  %17 = alloca %struct.S2, align 2
  %18 = alloca %struct.S2, align 2
  %19 = alloca %struct.S2, align 2
  %20 = alloca %struct.S2, align 2
  %21 = alloca %struct.S2, align 2
  %22 = alloca i32, align 4
  %23 = alloca double, align 8
  %24 = alloca i32, align 4
  store i32 %0, ptr %13, align 2
  store i32 %2, ptr %14, align 2
  store i32 %4, ptr %15, align 2
  store i32 %6, ptr %16, align 2
  store i32 %7, ptr %17, align 2
  store i32 %8, ptr %18, align 2
  store i32 %9, ptr %19, align 2
  store i32 %10, ptr %20, align 2
  store i32 %11, ptr %21, align 2
  store i32 %1, ptr %22, align 4
  store double %3, ptr %23, align 8
  store i32 %5, ptr %24, align 4
  %25 = getelementptr inbounds %struct.S2, ptr %13, i32 0, i32 0
  %26 = load i16, ptr %25, align 2
  %27 = sext i16 %26 to i32
  %28 = getelementptr inbounds %struct.S2, ptr %14, i32 0, i32 1
  %29 = load i16, ptr %28, align 2
  %30 = sext i16 %29 to i32
  %31 = add nsw i32 %27, %30
  %32 = getelementptr inbounds %struct.S2, ptr %15, i32 0, i32 0
  %33 = load i16, ptr %32, align 2
  %34 = sext i16 %33 to i32
  %35 = add nsw i32 %31, %34
  %36 = getelementptr inbounds %struct.S2, ptr %16, i32 0, i32 1
  %37 = load i16, ptr %36, align 2
  %38 = sext i16 %37 to i32
  %39 = add nsw i32 %35, %38
  %40 = getelementptr inbounds %struct.S2, ptr %17, i32 0, i32 0
  %41 = load i16, ptr %40, align 2
  %42 = sext i16 %41 to i32
  %43 = add nsw i32 %39, %42
  %44 = getelementptr inbounds %struct.S2, ptr %18, i32 0, i32 1
  %45 = load i16, ptr %44, align 2
  %46 = sext i16 %45 to i32
  %47 = add nsw i32 %43, %46
  %48 = getelementptr inbounds %struct.S2, ptr %19, i32 0, i32 0
  %49 = load i16, ptr %48, align 2
  %50 = sext i16 %49 to i32
  %51 = add nsw i32 %47, %50
  %52 = getelementptr inbounds %struct.S2, ptr %20, i32 0, i32 1
  %53 = load i16, ptr %52, align 2
  %54 = sext i16 %53 to i32
  %55 = add nsw i32 %51, %54
  %56 = getelementptr inbounds %struct.S2, ptr %21, i32 0, i32 0
  %57 = load i16, ptr %56, align 2
  %58 = sext i16 %57 to i32
  %59 = getelementptr inbounds %struct.S2, ptr %21, i32 0, i32 1
  %60 = load i16, ptr %59, align 2
  %61 = sext i16 %60 to i32
  %62 = mul nsw i32 %58, %61
  %63 = add nsw i32 %55, %62
  %64 = load i32, ptr %22, align 4
  %65 = add nsw i32 %63, %64
  %66 = load i32, ptr %24, align 4
  %67 = add nsw i32 %65, %66
  %68 = load double, ptr %23, align 8
  %69 = fptosi double %68 to i32
  %70 = add nsw i32 %67, %69
  ret i32 %70
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @cb_impl(i32 noundef %0, double noundef %1, i32 noundef %2, double noundef %3, i32 noundef %4, double noundef %5, i32 noundef %6, double noundef %7, i32 noundef %8, double noundef %9) #0 {
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  %19 = alloca i32, align 4
  %20 = alloca double, align 8
  store i32 %0, ptr %11, align 4
  store double %1, ptr %12, align 8
  store i32 %2, ptr %13, align 4
  store double %3, ptr %14, align 8
  store i32 %4, ptr %15, align 4
  store double %5, ptr %16, align 8
  store i32 %6, ptr %17, align 4
  store double %7, ptr %18, align 8
  store i32 %8, ptr %19, align 4
  store double %9, ptr %20, align 8
  %21 = load i32, ptr %11, align 4
  %22 = sitofp i32 %21 to double
  %23 = load double, ptr %12, align 8
  %24 = load i32, ptr %13, align 4
  %25 = sitofp i32 %24 to double
  %26 = load double, ptr %14, align 8
  %27 = fmul double %25, %26
  %28 = call double @llvm.fmuladd.f64(double %22, double %23, double %27)
  %29 = load i32, ptr %15, align 4
  %30 = sitofp i32 %29 to double
  %31 = load double, ptr %16, align 8
  %32 = call double @llvm.fmuladd.f64(double %30, double %31, double %28)
  %33 = load i32, ptr %17, align 4
  %34 = sitofp i32 %33 to double
  %35 = load double, ptr %18, align 8
  %36 = call double @llvm.fmuladd.f64(double %34, double %35, double %32)
  %37 = load i32, ptr %19, align 4
  %38 = sitofp i32 %37 to double
  %39 = load double, ptr %20, align 8
  %40 = call double @llvm.fmuladd.f64(double %38, double %39, double %36)
  ret double %40
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @call_cb(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call double %3(i32 noundef 1, double noundef 5.000000e-01, i32 noundef 2, double noundef 1.500000e+00, i32 noundef 3, double noundef 2.500000e+00, i32 noundef 4, double noundef 3.500000e+00, i32 noundef 5, double noundef 4.500000e+00)
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i64, align 8
  %9 = alloca [9 x %struct.S2], align 16
  %10 = alloca i32, align 4
  %11 = alloca %struct.S2, align 2
  store i32 0, ptr %1, align 4
  %12 = call i64 @ints12(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10, i64 noundef 100000000000, i8 noundef signext 65)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %12)
  %14 = call double @doubles10(double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00, double noundef 1.025000e+01)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %14)
  %16 = call float @floats_mixed(float noundef 5.000000e-01, i32 noundef 1, float noundef 1.500000e+00, i64 noundef 2, float noundef 2.500000e+00, double noundef 3.000000e+00, float noundef 3.500000e+00, i32 noundef 4, float noundef 4.500000e+00, float noundef 5.500000e+00, float noundef 6.500000e+00, float noundef 7.500000e+00, float noundef 8.500000e+00)
  %17 = fpext float %16 to double
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %17)
  call void @ptrs(ptr noundef %2, ptr noundef @.str.3, ptr noundef %7, ptr noundef %8, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6, i32 noundef 77)
  %19 = load i32, ptr %2, align 4
  %20 = load double, ptr %7, align 8
  %21 = load i64, ptr %8, align 8
  %22 = load i32, ptr %3, align 4
  %23 = load i32, ptr %4, align 4
  %24 = load i32, ptr %5, align 4
  %25 = load i32, ptr %6, align 4
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %19, double noundef %20, i64 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef %24, i32 noundef %25)
  store i32 0, ptr %10, align 4
  br label %27

27:                                               ; preds = %43, %0
  %28 = load i32, ptr %10, align 4
  %29 = icmp slt i32 %28, 9
  br i1 %29, label %30, label %46

30:                                               ; preds = %27
  %31 = load i32, ptr %10, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 %32
  %34 = getelementptr inbounds %struct.S2, ptr %11, i32 0, i32 0
  %35 = load i32, ptr %10, align 4
  %36 = add nsw i32 %35, 1
  %37 = trunc i32 %36 to i16
  store i16 %37, ptr %34, align 2
  %38 = getelementptr inbounds %struct.S2, ptr %11, i32 0, i32 1
  %39 = load i32, ptr %10, align 4
  %40 = sub nsw i32 0, %39
  %41 = mul nsw i32 %40, 10
  %42 = trunc i32 %41 to i16
  store i16 %42, ptr %38, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %33, ptr align 2 %11, i64 4, i1 false)
  br label %43

43:                                               ; preds = %30
  %44 = load i32, ptr %10, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %10, align 4
  br label %27, !llvm.loop !6

46:                                               ; preds = %27
  %47 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 0
  %48 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 1
  %49 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 2
  %50 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 3
  %51 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 4
  %52 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 5
  %53 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 6
  %54 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 7
  %55 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 8
  %56 = load i32, ptr %47, align 16
  %57 = load i32, ptr %48, align 4
  %58 = load i32, ptr %49, align 8
  %59 = load i32, ptr %50, align 4
  %60 = load i32, ptr %51, align 16
  %61 = load i32, ptr %52, align 4
  %62 = load i32, ptr %53, align 8
  %63 = load i32, ptr %54, align 4
  %64 = load i32, ptr %55, align 16
  %65 = call i32 @structs(i32 %56, i32 noundef 1000, i32 %57, double noundef 7.500000e-01, i32 %58, i32 noundef 2000, i32 %59, i32 %60, i32 %61, i32 %62, i32 %63, i32 %64)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %65)
  %67 = call double @call_cb(ptr noundef @cb_impl)
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %67)
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, ptr noundef @.str.8, i32 noundef 55, i64 noundef 8)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
