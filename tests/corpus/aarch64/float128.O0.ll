; ModuleID = 'float128.c'
source_filename = "float128.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.boxed = type { fp128 }
%struct.mixed = type { fp128, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@.str = private unnamed_addr constant [6 x i8] c"third\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"poly\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"quot\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"neg_abs\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"neg_abs0\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"cmp: %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"box\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"mix\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"mix.n: %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"many\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"sum_va\00", align 1
@.str.12 = private unnamed_addr constant [9 x i8] c"sum_va10\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"apply\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"fact25\00", align 1
@.str.15 = private unnamed_addr constant [25 x i8] c"to int: %lld %llu %d %u\0A\00", align 1
@.str.16 = private unnamed_addr constant [25 x i8] c"to i128: %016llx%016llx\0A\00", align 1
@.str.17 = private unnamed_addr constant [10 x i8] c"from i128\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"from u64\00", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"from i32\00", align 1
@.str.20 = private unnamed_addr constant [11 x i8] c"from float\00", align 1
@.str.21 = private unnamed_addr constant [12 x i8] c"from double\00", align 1
@.str.22 = private unnamed_addr constant [33 x i8] c"to float: %.9g to double: %.17g\0A\00", align 1
@.str.23 = private unnamed_addr constant [26 x i8] c"inf: %d %d nan: %d %d %d\0A\00", align 1
@.str.24 = private unnamed_addr constant [9 x i8] c"harmonic\00", align 1
@.str.25 = private unnamed_addr constant [28 x i8] c"%s: %016llx%016llx (%.17g)\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @add(fp128 noundef %0, fp128 noundef %1) #0 {
  %3 = alloca fp128, align 16
  %4 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  store fp128 %1, ptr %4, align 16
  %5 = load fp128, ptr %3, align 16
  %6 = load fp128, ptr %4, align 16
  %7 = fadd fp128 %5, %6
  ret fp128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @poly(fp128 noundef %0, fp128 noundef %1, fp128 noundef %2, fp128 noundef %3) #0 {
  %5 = alloca fp128, align 16
  %6 = alloca fp128, align 16
  %7 = alloca fp128, align 16
  %8 = alloca fp128, align 16
  store fp128 %0, ptr %5, align 16
  store fp128 %1, ptr %6, align 16
  store fp128 %2, ptr %7, align 16
  store fp128 %3, ptr %8, align 16
  %9 = load fp128, ptr %6, align 16
  %10 = load fp128, ptr %5, align 16
  %11 = load fp128, ptr %7, align 16
  %12 = call fp128 @llvm.fmuladd.f128(fp128 %9, fp128 %10, fp128 %11)
  %13 = load fp128, ptr %5, align 16
  %14 = load fp128, ptr %8, align 16
  %15 = call fp128 @llvm.fmuladd.f128(fp128 %12, fp128 %13, fp128 %14)
  ret fp128 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fmuladd.f128(fp128, fp128, fp128) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @quot(fp128 noundef %0, fp128 noundef %1) #0 {
  %3 = alloca fp128, align 16
  %4 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  store fp128 %1, ptr %4, align 16
  %5 = load fp128, ptr %3, align 16
  %6 = load fp128, ptr %4, align 16
  %7 = fdiv fp128 %5, %6
  %8 = load fp128, ptr %3, align 16
  %9 = fsub fp128 %7, %8
  ret fp128 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @neg_abs(fp128 noundef %0) #0 {
  %2 = alloca fp128, align 16
  store fp128 %0, ptr %2, align 16
  %3 = load fp128, ptr %2, align 16
  %4 = fcmp olt fp128 %3, 0xL00000000000000000000000000000000
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load fp128, ptr %2, align 16
  %7 = fneg fp128 %6
  br label %10

8:                                                ; preds = %1
  %9 = load fp128, ptr %2, align 16
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi fp128 [ %7, %5 ], [ %9, %8 ]
  %12 = fneg fp128 %11
  ret fp128 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @cmp_mask(fp128 noundef %0, fp128 noundef %1) #0 {
  %3 = alloca fp128, align 16
  %4 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  store fp128 %1, ptr %4, align 16
  %5 = load fp128, ptr %3, align 16
  %6 = load fp128, ptr %4, align 16
  %7 = fcmp olt fp128 %5, %6
  %8 = zext i1 %7 to i32
  %9 = load fp128, ptr %3, align 16
  %10 = load fp128, ptr %4, align 16
  %11 = fcmp ole fp128 %9, %10
  %12 = zext i1 %11 to i32
  %13 = shl i32 %12, 1
  %14 = or i32 %8, %13
  %15 = load fp128, ptr %3, align 16
  %16 = load fp128, ptr %4, align 16
  %17 = fcmp ogt fp128 %15, %16
  %18 = zext i1 %17 to i32
  %19 = shl i32 %18, 2
  %20 = or i32 %14, %19
  %21 = load fp128, ptr %3, align 16
  %22 = load fp128, ptr %4, align 16
  %23 = fcmp oge fp128 %21, %22
  %24 = zext i1 %23 to i32
  %25 = shl i32 %24, 3
  %26 = or i32 %20, %25
  %27 = load fp128, ptr %3, align 16
  %28 = load fp128, ptr %4, align 16
  %29 = fcmp oeq fp128 %27, %28
  %30 = zext i1 %29 to i32
  %31 = shl i32 %30, 4
  %32 = or i32 %26, %31
  %33 = load fp128, ptr %3, align 16
  %34 = load fp128, ptr %4, align 16
  %35 = fcmp une fp128 %33, %34
  %36 = zext i1 %35 to i32
  %37 = shl i32 %36, 5
  %38 = or i32 %32, %37
  ret i32 %38
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.boxed @box(fp128 noundef %0) #0 {
  %2 = alloca %struct.boxed, align 16
  %3 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  %4 = getelementptr inbounds %struct.boxed, ptr %2, i32 0, i32 0
  %5 = load fp128, ptr %3, align 16
  %6 = fmul fp128 %5, 0xL00000000000000004000000000000000
  store fp128 %6, ptr %4, align 16
  %7 = load %struct.boxed, ptr %2, align 16
  ret %struct.boxed %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mix(ptr dead_on_unwind noalias writable sret(%struct.mixed) align 16 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  store ptr %1, ptr %3, align 8
  %4 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 1
  %5 = load i32, ptr %4, align 16
  %6 = sitofp i32 %5 to fp128
  %7 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 0
  %8 = load fp128, ptr %7, align 16
  %9 = fadd fp128 %8, %6
  store fp128 %9, ptr %7, align 16
  %10 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 1
  %11 = load i32, ptr %10, align 16
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %10, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %0, ptr align 16 %1, i64 32, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @many(fp128 noundef %0, fp128 noundef %1, fp128 noundef %2, i32 noundef %3, fp128 noundef %4, fp128 noundef %5, fp128 noundef %6, fp128 noundef %7, double noundef %8, fp128 noundef %9, fp128 noundef %10, fp128 noundef %11) #0 {
  %13 = alloca fp128, align 16
  %14 = alloca fp128, align 16
  %15 = alloca fp128, align 16
  %16 = alloca i32, align 4
  %17 = alloca fp128, align 16
  %18 = alloca fp128, align 16
  %19 = alloca fp128, align 16
  %20 = alloca fp128, align 16
  %21 = alloca double, align 8
  %22 = alloca fp128, align 16
  %23 = alloca fp128, align 16
  %24 = alloca fp128, align 16
  store fp128 %0, ptr %13, align 16
  store fp128 %1, ptr %14, align 16
  store fp128 %2, ptr %15, align 16
  store i32 %3, ptr %16, align 4
  store fp128 %4, ptr %17, align 16
  store fp128 %5, ptr %18, align 16
  store fp128 %6, ptr %19, align 16
  store fp128 %7, ptr %20, align 16
  store double %8, ptr %21, align 8
  store fp128 %9, ptr %22, align 16
  store fp128 %10, ptr %23, align 16
  store fp128 %11, ptr %24, align 16
  %25 = load fp128, ptr %13, align 16
  %26 = load fp128, ptr %14, align 16
  %27 = call fp128 @llvm.fmuladd.f128(fp128 %26, fp128 0xL00000000000000004000000000000000, fp128 %25)
  %28 = load fp128, ptr %15, align 16
  %29 = call fp128 @llvm.fmuladd.f128(fp128 %28, fp128 0xL00000000000000004000800000000000, fp128 %27)
  %30 = load fp128, ptr %17, align 16
  %31 = call fp128 @llvm.fmuladd.f128(fp128 %30, fp128 0xL00000000000000004001000000000000, fp128 %29)
  %32 = load fp128, ptr %18, align 16
  %33 = call fp128 @llvm.fmuladd.f128(fp128 %32, fp128 0xL00000000000000004001400000000000, fp128 %31)
  %34 = load fp128, ptr %19, align 16
  %35 = call fp128 @llvm.fmuladd.f128(fp128 %34, fp128 0xL00000000000000004001800000000000, fp128 %33)
  %36 = load fp128, ptr %20, align 16
  %37 = call fp128 @llvm.fmuladd.f128(fp128 %36, fp128 0xL00000000000000004001C00000000000, fp128 %35)
  %38 = load fp128, ptr %22, align 16
  %39 = call fp128 @llvm.fmuladd.f128(fp128 %38, fp128 0xL00000000000000004002000000000000, fp128 %37)
  %40 = load fp128, ptr %23, align 16
  %41 = call fp128 @llvm.fmuladd.f128(fp128 %40, fp128 0xL00000000000000004002200000000000, fp128 %39)
  %42 = load fp128, ptr %24, align 16
  %43 = call fp128 @llvm.fmuladd.f128(fp128 %42, fp128 0xL00000000000000004002400000000000, fp128 %41)
  %44 = load i32, ptr %16, align 4
  %45 = sitofp i32 %44 to fp128
  %46 = fadd fp128 %43, %45
  %47 = load double, ptr %21, align 8
  %48 = fpext double %47 to fp128
  %49 = fadd fp128 %46, %48
  ret fp128 %49
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @sum_va(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca fp128, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store fp128 0xL00000000000000000000000000000000, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %32, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %35

10:                                               ; preds = %6
  %11 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 4
  %12 = load i32, ptr %11, align 4
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = add i32 %12, 16
  store i32 %15, ptr %11, align 4
  %16 = icmp sle i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 2
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 %12
  br label %27

21:                                               ; preds = %14, %10
  %22 = getelementptr inbounds %struct.__va_list, ptr %3, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 15
  %25 = call ptr @llvm.ptrmask.p0.i64(ptr %24, i64 -16)
  %26 = getelementptr inbounds i8, ptr %25, i64 16
  store ptr %26, ptr %22, align 8
  br label %27

27:                                               ; preds = %21, %17
  %28 = phi ptr [ %20, %17 ], [ %25, %21 ]
  %29 = load fp128, ptr %28, align 16
  %30 = load fp128, ptr %4, align 16
  %31 = fadd fp128 %30, %29
  store fp128 %31, ptr %4, align 16
  br label %32

32:                                               ; preds = %27
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %6, !llvm.loop !6

35:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %36 = load fp128, ptr %4, align 16
  ret fp128 %36
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @apply(ptr noundef %0, fp128 noundef %1, fp128 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca fp128, align 16
  %6 = alloca fp128, align 16
  store ptr %0, ptr %4, align 8
  store fp128 %1, ptr %5, align 16
  store fp128 %2, ptr %6, align 16
  %7 = load ptr, ptr %4, align 8
  %8 = load fp128, ptr %5, align 16
  %9 = load fp128, ptr %6, align 16
  %10 = call fp128 %7(fp128 noundef %8, fp128 noundef %9)
  ret fp128 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local fp128 @fact(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp sle i32 %3, 1
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  br label %13

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4
  %8 = sitofp i32 %7 to fp128
  %9 = load i32, ptr %2, align 4
  %10 = sub nsw i32 %9, 1
  %11 = call fp128 @fact(i32 noundef %10)
  %12 = fmul fp128 %8, %11
  br label %13

13:                                               ; preds = %6, %5
  %14 = phi fp128 [ 0xL00000000000000003FFF000000000000, %5 ], [ %12, %6 ]
  ret fp128 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca fp128, align 16
  %3 = alloca %struct.boxed, align 16
  %4 = alloca %struct.mixed, align 16
  %5 = alloca %struct.mixed, align 16
  %6 = alloca %struct.mixed, align 16
  %7 = alloca fp128, align 16
  %8 = alloca i128, align 16
  %9 = alloca fp128, align 16
  %10 = alloca fp128, align 16
  %11 = alloca fp128, align 16
  %12 = alloca fp128, align 16
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store fp128 0xL55555555555555553FFD555555555555, ptr %2, align 16
  %14 = load fp128, ptr %2, align 16
  call void @bits(ptr noundef @.str, fp128 noundef %14)
  %15 = load fp128, ptr %2, align 16
  %16 = load fp128, ptr %2, align 16
  %17 = call fp128 @add(fp128 noundef %15, fp128 noundef %16)
  call void @bits(ptr noundef @.str.1, fp128 noundef %17)
  %18 = load fp128, ptr %2, align 16
  %19 = call fp128 @poly(fp128 noundef %18, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL0000000000000000C000000000000000, fp128 noundef 0xL00000000000000003FFE000000000000)
  call void @bits(ptr noundef @.str.2, fp128 noundef %19)
  %20 = call fp128 @quot(fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef 0xL00000000000000004001000000000000)
  call void @bits(ptr noundef @.str.3, fp128 noundef %20)
  %21 = load fp128, ptr %2, align 16
  %22 = fneg fp128 %21
  %23 = call fp128 @neg_abs(fp128 noundef %22)
  call void @bits(ptr noundef @.str.4, fp128 noundef %23)
  %24 = call fp128 @neg_abs(fp128 noundef 0xL00000000000000000000000000000000)
  call void @bits(ptr noundef @.str.5, fp128 noundef %24)
  %25 = call i32 @cmp_mask(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %26 = call i32 @cmp_mask(fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %27 = load fp128, ptr %2, align 16
  %28 = load fp128, ptr %2, align 16
  %29 = fneg fp128 %28
  %30 = call i32 @cmp_mask(fp128 noundef %27, fp128 noundef %29)
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %25, i32 noundef %26, i32 noundef %30)
  %32 = load fp128, ptr %2, align 16
  %33 = call %struct.boxed @box(fp128 noundef %32)
  %34 = getelementptr inbounds %struct.boxed, ptr %3, i32 0, i32 0
  %35 = extractvalue %struct.boxed %33, 0
  store fp128 %35, ptr %34, align 16
  %36 = getelementptr inbounds %struct.boxed, ptr %3, i32 0, i32 0
  %37 = load fp128, ptr %36, align 16
  call void @bits(ptr noundef @.str.7, fp128 noundef %37)
  %38 = getelementptr inbounds %struct.mixed, ptr %5, i32 0, i32 0
  %39 = load fp128, ptr %2, align 16
  store fp128 %39, ptr %38, align 16
  %40 = getelementptr inbounds %struct.mixed, ptr %5, i32 0, i32 1
  store i32 41, ptr %40, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 %5, i64 32, i1 false)
  call void @mix(ptr dead_on_unwind writable sret(%struct.mixed) align 16 %4, ptr noundef %6)
  %41 = getelementptr inbounds %struct.mixed, ptr %4, i32 0, i32 0
  %42 = load fp128, ptr %41, align 16
  call void @bits(ptr noundef @.str.8, fp128 noundef %42)
  %43 = getelementptr inbounds %struct.mixed, ptr %4, i32 0, i32 1
  %44 = load i32, ptr %43, align 16
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %44)
  %46 = load fp128, ptr %2, align 16
  %47 = call fp128 @many(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, double noundef 2.500000e-01, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef %46)
  call void @bits(ptr noundef @.str.10, fp128 noundef %47)
  %48 = load fp128, ptr %2, align 16
  %49 = call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef %48, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL0000000000000000C000400000000000)
  call void @bits(ptr noundef @.str.11, fp128 noundef %49)
  %50 = load fp128, ptr %2, align 16
  %51 = call fp128 (i32, ...) @sum_va(i32 noundef 10, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef %50)
  call void @bits(ptr noundef @.str.12, fp128 noundef %51)
  %52 = load fp128, ptr %2, align 16
  %53 = call fp128 @apply(ptr noundef @add, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef %52)
  call void @bits(ptr noundef @.str.13, fp128 noundef %53)
  %54 = call fp128 @fact(i32 noundef 25)
  call void @bits(ptr noundef @.str.14, fp128 noundef %54)
  %55 = call fp128 @fact(i32 noundef 30)
  store fp128 %55, ptr %7, align 16
  %56 = call fp128 @fact(i32 noundef 20)
  %57 = fdiv fp128 %56, 0xL00000000000000004001C00000000000
  %58 = fptosi fp128 %57 to i64
  %59 = call fp128 @fact(i32 noundef 20)
  %60 = fptoui fp128 %59 to i64
  %61 = load fp128, ptr %2, align 16
  %62 = fneg fp128 %61
  %63 = fmul fp128 %62, 0xL0000000000000000400A770000000000
  %64 = fptosi fp128 %63 to i32
  %65 = load fp128, ptr %2, align 16
  %66 = fmul fp128 %65, 0xL0000000000000000401E65A0BC000000
  %67 = fptoui fp128 %66 to i32
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %58, i64 noundef %60, i32 noundef %64, i32 noundef %67)
  %69 = load fp128, ptr %7, align 16
  %70 = fptosi fp128 %69 to i128
  store i128 %70, ptr %8, align 16
  %71 = load i128, ptr %8, align 16
  %72 = ashr i128 %71, 64
  %73 = trunc i128 %72 to i64
  %74 = load i128, ptr %8, align 16
  %75 = trunc i128 %74 to i64
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %73, i64 noundef %75)
  call void @bits(ptr noundef @.str.17, fp128 noundef 0xLFFFFFFFFF9F8E0004062FFFFFFFFFFFF)
  call void @bits(ptr noundef @.str.18, fp128 noundef 0xLFFFE000000000000403EFFFFFFFFFFFF)
  call void @bits(ptr noundef @.str.19, fp128 noundef 0xL0000000000000000C01DFFFFFFFC0000)
  call void @bits(ptr noundef @.str.20, fp128 noundef 0xL00000000000000003FFF19999A000000)
  call void @bits(ptr noundef @.str.21, fp128 noundef 0xLA0000000000000003FFB999999999999)
  %77 = load fp128, ptr %2, align 16
  %78 = fptrunc fp128 %77 to float
  %79 = fpext float %78 to double
  %80 = load fp128, ptr %2, align 16
  %81 = fptrunc fp128 %80 to double
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, double noundef %79, double noundef %81)
  store volatile fp128 0xL00000000000000000000000000000000, ptr %9, align 16
  %83 = load volatile fp128, ptr %9, align 16
  %84 = fdiv fp128 0xL00000000000000003FFF000000000000, %83
  store fp128 %84, ptr %10, align 16
  %85 = load volatile fp128, ptr %9, align 16
  %86 = load volatile fp128, ptr %9, align 16
  %87 = fdiv fp128 %85, %86
  store fp128 %87, ptr %11, align 16
  %88 = load fp128, ptr %10, align 16
  %89 = load fp128, ptr %7, align 16
  %90 = fcmp ogt fp128 %88, %89
  %91 = zext i1 %90 to i32
  %92 = load fp128, ptr %10, align 16
  %93 = fneg fp128 %92
  %94 = load fp128, ptr %7, align 16
  %95 = fneg fp128 %94
  %96 = fcmp olt fp128 %93, %95
  %97 = zext i1 %96 to i32
  %98 = load fp128, ptr %11, align 16
  %99 = load fp128, ptr %11, align 16
  %100 = fcmp oeq fp128 %98, %99
  %101 = zext i1 %100 to i32
  %102 = load fp128, ptr %11, align 16
  %103 = load fp128, ptr %11, align 16
  %104 = fcmp une fp128 %102, %103
  %105 = zext i1 %104 to i32
  %106 = load fp128, ptr %11, align 16
  %107 = call i32 @cmp_mask(fp128 noundef %106, fp128 noundef 0xL00000000000000003FFF000000000000)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, i32 noundef %91, i32 noundef %97, i32 noundef %101, i32 noundef %105, i32 noundef %107)
  store fp128 0xL00000000000000000000000000000000, ptr %12, align 16
  store i32 1, ptr %13, align 4
  br label %109

109:                                              ; preds = %118, %0
  %110 = load i32, ptr %13, align 4
  %111 = icmp sle i32 %110, 100
  br i1 %111, label %112, label %121

112:                                              ; preds = %109
  %113 = load i32, ptr %13, align 4
  %114 = sitofp i32 %113 to fp128
  %115 = fdiv fp128 0xL00000000000000003FFF000000000000, %114
  %116 = load fp128, ptr %12, align 16
  %117 = fadd fp128 %116, %115
  store fp128 %117, ptr %12, align 16
  br label %118

118:                                              ; preds = %112
  %119 = load i32, ptr %13, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %13, align 4
  br label %109, !llvm.loop !8

121:                                              ; preds = %109
  %122 = load fp128, ptr %12, align 16
  call void @bits(ptr noundef @.str.24, fp128 noundef %122)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @bits(ptr noundef %0, fp128 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca fp128, align 16
  %5 = alloca [2 x i64], align 8
  store ptr %0, ptr %3, align 8
  store fp128 %1, ptr %4, align 16
  %6 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 16 %4, i64 16, i1 false)
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 1
  %9 = load i64, ptr %8, align 8
  %10 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 0
  %11 = load i64, ptr %10, align 8
  %12 = load fp128, ptr %4, align 16
  %13 = fptrunc fp128 %12 to double
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, ptr noundef %7, i64 noundef %9, i64 noundef %11, double noundef %13)
  ret void
}

declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
