; ModuleID = 'many_args.c'
source_filename = "many_args.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
define dso_local i64 @ints12(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %9, i64 noundef %10, i8 noundef %11) #0 {
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
  %67 = zext i8 %66 to i32
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
  %32 = zext i8 %31 to i32
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
define dso_local i32 @structs(i64 %0, i32 noundef %1, i64 %2, double noundef %3, i64 %4, i32 noundef %5, i64 %6, i64 %7, i64 %8, i64 %9, i64 %10, i64 %11) #0 {
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
  %25 = trunc i64 %0 to i32
  store i32 %25, ptr %13, align 2
  %26 = trunc i64 %2 to i32
  store i32 %26, ptr %14, align 2
  %27 = trunc i64 %4 to i32
  store i32 %27, ptr %15, align 2
  %28 = trunc i64 %6 to i32
  store i32 %28, ptr %16, align 2
  %29 = trunc i64 %7 to i32
  store i32 %29, ptr %17, align 2
  %30 = trunc i64 %8 to i32
  store i32 %30, ptr %18, align 2
  %31 = trunc i64 %9 to i32
  store i32 %31, ptr %19, align 2
  %32 = trunc i64 %10 to i32
  store i32 %32, ptr %20, align 2
  %33 = trunc i64 %11 to i32
  store i32 %33, ptr %21, align 2
  store i32 %1, ptr %22, align 4
  store double %3, ptr %23, align 8
  store i32 %5, ptr %24, align 4
  %34 = getelementptr inbounds %struct.S2, ptr %13, i32 0, i32 0
  %35 = load i16, ptr %34, align 2
  %36 = sext i16 %35 to i32
  %37 = getelementptr inbounds %struct.S2, ptr %14, i32 0, i32 1
  %38 = load i16, ptr %37, align 2
  %39 = sext i16 %38 to i32
  %40 = add nsw i32 %36, %39
  %41 = getelementptr inbounds %struct.S2, ptr %15, i32 0, i32 0
  %42 = load i16, ptr %41, align 2
  %43 = sext i16 %42 to i32
  %44 = add nsw i32 %40, %43
  %45 = getelementptr inbounds %struct.S2, ptr %16, i32 0, i32 1
  %46 = load i16, ptr %45, align 2
  %47 = sext i16 %46 to i32
  %48 = add nsw i32 %44, %47
  %49 = getelementptr inbounds %struct.S2, ptr %17, i32 0, i32 0
  %50 = load i16, ptr %49, align 2
  %51 = sext i16 %50 to i32
  %52 = add nsw i32 %48, %51
  %53 = getelementptr inbounds %struct.S2, ptr %18, i32 0, i32 1
  %54 = load i16, ptr %53, align 2
  %55 = sext i16 %54 to i32
  %56 = add nsw i32 %52, %55
  %57 = getelementptr inbounds %struct.S2, ptr %19, i32 0, i32 0
  %58 = load i16, ptr %57, align 2
  %59 = sext i16 %58 to i32
  %60 = add nsw i32 %56, %59
  %61 = getelementptr inbounds %struct.S2, ptr %20, i32 0, i32 1
  %62 = load i16, ptr %61, align 2
  %63 = sext i16 %62 to i32
  %64 = add nsw i32 %60, %63
  %65 = getelementptr inbounds %struct.S2, ptr %21, i32 0, i32 0
  %66 = load i16, ptr %65, align 2
  %67 = sext i16 %66 to i32
  %68 = getelementptr inbounds %struct.S2, ptr %21, i32 0, i32 1
  %69 = load i16, ptr %68, align 2
  %70 = sext i16 %69 to i32
  %71 = mul nsw i32 %67, %70
  %72 = add nsw i32 %64, %71
  %73 = load i32, ptr %22, align 4
  %74 = add nsw i32 %72, %73
  %75 = load i32, ptr %24, align 4
  %76 = add nsw i32 %74, %75
  %77 = load double, ptr %23, align 8
  %78 = fptosi double %77 to i32
  %79 = add nsw i32 %76, %78
  ret i32 %79
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
  %9 = alloca [9 x %struct.S2], align 2
  %10 = alloca i32, align 4
  %11 = alloca %struct.S2, align 2
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %21 = call i64 @ints12(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10, i64 noundef 100000000000, i8 noundef 65)
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %21)
  %23 = call double @doubles10(double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00, double noundef 1.025000e+01)
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %23)
  %25 = call float @floats_mixed(float noundef 5.000000e-01, i32 noundef 1, float noundef 1.500000e+00, i64 noundef 2, float noundef 2.500000e+00, double noundef 3.000000e+00, float noundef 3.500000e+00, i32 noundef 4, float noundef 4.500000e+00, float noundef 5.500000e+00, float noundef 6.500000e+00, float noundef 7.500000e+00, float noundef 8.500000e+00)
  %26 = fpext float %25 to double
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %26)
  call void @ptrs(ptr noundef %2, ptr noundef @.str.3, ptr noundef %7, ptr noundef %8, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6, i32 noundef 77)
  %28 = load i32, ptr %2, align 4
  %29 = load double, ptr %7, align 8
  %30 = load i64, ptr %8, align 8
  %31 = load i32, ptr %3, align 4
  %32 = load i32, ptr %4, align 4
  %33 = load i32, ptr %5, align 4
  %34 = load i32, ptr %6, align 4
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %28, double noundef %29, i64 noundef %30, i32 noundef %31, i32 noundef %32, i32 noundef %33, i32 noundef %34)
  store i32 0, ptr %10, align 4
  br label %36

36:                                               ; preds = %52, %0
  %37 = load i32, ptr %10, align 4
  %38 = icmp slt i32 %37, 9
  br i1 %38, label %39, label %55

39:                                               ; preds = %36
  %40 = load i32, ptr %10, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 %41
  %43 = getelementptr inbounds %struct.S2, ptr %11, i32 0, i32 0
  %44 = load i32, ptr %10, align 4
  %45 = add nsw i32 %44, 1
  %46 = trunc i32 %45 to i16
  store i16 %46, ptr %43, align 2
  %47 = getelementptr inbounds %struct.S2, ptr %11, i32 0, i32 1
  %48 = load i32, ptr %10, align 4
  %49 = sub nsw i32 0, %48
  %50 = mul nsw i32 %49, 10
  %51 = trunc i32 %50 to i16
  store i16 %51, ptr %47, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %42, ptr align 2 %11, i64 4, i1 false)
  br label %52

52:                                               ; preds = %39
  %53 = load i32, ptr %10, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %10, align 4
  br label %36, !llvm.loop !6

55:                                               ; preds = %36
  %56 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 0
  %57 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 1
  %58 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 2
  %59 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 3
  %60 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 4
  %61 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 5
  %62 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 6
  %63 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 7
  %64 = getelementptr inbounds [9 x %struct.S2], ptr %9, i64 0, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 2 %56, i64 4, i1 false)
  %65 = load i64, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 2 %57, i64 4, i1 false)
  %66 = load i64, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 2 %58, i64 4, i1 false)
  %67 = load i64, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 2 %59, i64 4, i1 false)
  %68 = load i64, ptr %15, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 2 %60, i64 4, i1 false)
  %69 = load i64, ptr %16, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 2 %61, i64 4, i1 false)
  %70 = load i64, ptr %17, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 2 %62, i64 4, i1 false)
  %71 = load i64, ptr %18, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 2 %63, i64 4, i1 false)
  %72 = load i64, ptr %19, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 2 %64, i64 4, i1 false)
  %73 = load i64, ptr %20, align 8
  %74 = call i32 @structs(i64 %65, i32 noundef 1000, i64 %66, double noundef 7.500000e-01, i64 %67, i32 noundef 2000, i64 %68, i64 %69, i64 %70, i64 %71, i64 %72, i64 %73)
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %74)
  %76 = call double @call_cb(ptr noundef @cb_impl)
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %76)
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, ptr noundef @.str.8, i32 noundef 55, i64 noundef 8)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
