; ModuleID = 'float128.c'
source_filename = "float128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.boxed = type { fp128 }
%struct.mixed = type { fp128, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

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
define dso_local fp128 @box(fp128 noundef %0) #0 {
  %2 = alloca %struct.boxed, align 16
  %3 = alloca fp128, align 16
  store fp128 %0, ptr %3, align 16
  %4 = getelementptr inbounds %struct.boxed, ptr %2, i32 0, i32 0
  %5 = load fp128, ptr %3, align 16
  %6 = fmul fp128 %5, 0xL00000000000000004000000000000000
  store fp128 %6, ptr %4, align 16
  %7 = getelementptr inbounds %struct.boxed, ptr %2, i32 0, i32 0
  %8 = load fp128, ptr %7, align 16
  ret fp128 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mix(ptr dead_on_unwind noalias writable sret(%struct.mixed) align 16 %0, ptr noundef byval(%struct.mixed) align 16 %1) #0 {
  %3 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 1
  %4 = load i32, ptr %3, align 16
  %5 = sitofp i32 %4 to fp128
  %6 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 0
  %7 = load fp128, ptr %6, align 16
  %8 = fadd fp128 %7, %5
  store fp128 %8, ptr %6, align 16
  %9 = getelementptr inbounds %struct.mixed, ptr %1, i32 0, i32 1
  %10 = load i32, ptr %9, align 16
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 16
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
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca fp128, align 16
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  store fp128 0xL00000000000000000000000000000000, ptr %4, align 16
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %32, %1
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %35

11:                                               ; preds = %7
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %13 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = icmp ule i32 %14, 160
  br i1 %15, label %16, label %21

16:                                               ; preds = %11
  %17 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 3
  %18 = load ptr, ptr %17, align 16
  %19 = getelementptr i8, ptr %18, i32 %14
  %20 = add i32 %14, 16
  store i32 %20, ptr %13, align 4
  br label %27

21:                                               ; preds = %11
  %22 = getelementptr inbounds %struct.__va_list_tag, ptr %12, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i32 15
  %25 = call ptr @llvm.ptrmask.p0.i64(ptr %24, i64 -16)
  %26 = getelementptr i8, ptr %25, i32 16
  store ptr %26, ptr %22, align 8
  br label %27

27:                                               ; preds = %21, %16
  %28 = phi ptr [ %19, %16 ], [ %25, %21 ]
  %29 = load fp128, ptr %28, align 16
  %30 = load fp128, ptr %4, align 16
  %31 = fadd fp128 %30, %29
  store fp128 %31, ptr %4, align 16
  br label %32

32:                                               ; preds = %27
  %33 = load i32, ptr %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %5, align 4
  br label %7, !llvm.loop !6

35:                                               ; preds = %7
  %36 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %36)
  %37 = load fp128, ptr %4, align 16
  ret fp128 %37
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
  %6 = alloca fp128, align 16
  %7 = alloca i128, align 16
  %8 = alloca fp128, align 16
  %9 = alloca fp128, align 16
  %10 = alloca fp128, align 16
  %11 = alloca fp128, align 16
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store fp128 0xL55555555555555553FFD555555555555, ptr %2, align 16
  %13 = load fp128, ptr %2, align 16
  call void @bits(ptr noundef @.str, fp128 noundef %13)
  %14 = load fp128, ptr %2, align 16
  %15 = load fp128, ptr %2, align 16
  %16 = call fp128 @add(fp128 noundef %14, fp128 noundef %15)
  call void @bits(ptr noundef @.str.1, fp128 noundef %16)
  %17 = load fp128, ptr %2, align 16
  %18 = call fp128 @poly(fp128 noundef %17, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL0000000000000000C000000000000000, fp128 noundef 0xL00000000000000003FFE000000000000)
  call void @bits(ptr noundef @.str.2, fp128 noundef %18)
  %19 = call fp128 @quot(fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef 0xL00000000000000004001000000000000)
  call void @bits(ptr noundef @.str.3, fp128 noundef %19)
  %20 = load fp128, ptr %2, align 16
  %21 = fneg fp128 %20
  %22 = call fp128 @neg_abs(fp128 noundef %21)
  call void @bits(ptr noundef @.str.4, fp128 noundef %22)
  %23 = call fp128 @neg_abs(fp128 noundef 0xL00000000000000000000000000000000)
  call void @bits(ptr noundef @.str.5, fp128 noundef %23)
  %24 = call i32 @cmp_mask(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %25 = call i32 @cmp_mask(fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %26 = load fp128, ptr %2, align 16
  %27 = load fp128, ptr %2, align 16
  %28 = fneg fp128 %27
  %29 = call i32 @cmp_mask(fp128 noundef %26, fp128 noundef %28)
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %24, i32 noundef %25, i32 noundef %29)
  %31 = load fp128, ptr %2, align 16
  %32 = call fp128 @box(fp128 noundef %31)
  %33 = getelementptr inbounds %struct.boxed, ptr %3, i32 0, i32 0
  store fp128 %32, ptr %33, align 16
  %34 = getelementptr inbounds %struct.boxed, ptr %3, i32 0, i32 0
  %35 = load fp128, ptr %34, align 16
  call void @bits(ptr noundef @.str.7, fp128 noundef %35)
  %36 = getelementptr inbounds %struct.mixed, ptr %5, i32 0, i32 0
  %37 = load fp128, ptr %2, align 16
  store fp128 %37, ptr %36, align 16
  %38 = getelementptr inbounds %struct.mixed, ptr %5, i32 0, i32 1
  store i32 41, ptr %38, align 16
  call void @mix(ptr dead_on_unwind writable sret(%struct.mixed) align 16 %4, ptr noundef byval(%struct.mixed) align 16 %5)
  %39 = getelementptr inbounds %struct.mixed, ptr %4, i32 0, i32 0
  %40 = load fp128, ptr %39, align 16
  call void @bits(ptr noundef @.str.8, fp128 noundef %40)
  %41 = getelementptr inbounds %struct.mixed, ptr %4, i32 0, i32 1
  %42 = load i32, ptr %41, align 16
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %42)
  %44 = load fp128, ptr %2, align 16
  %45 = call fp128 @many(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, double noundef 2.500000e-01, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef %44)
  call void @bits(ptr noundef @.str.10, fp128 noundef %45)
  %46 = load fp128, ptr %2, align 16
  %47 = call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef %46, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL0000000000000000C000400000000000)
  call void @bits(ptr noundef @.str.11, fp128 noundef %47)
  %48 = load fp128, ptr %2, align 16
  %49 = call fp128 (i32, ...) @sum_va(i32 noundef 10, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef %48)
  call void @bits(ptr noundef @.str.12, fp128 noundef %49)
  %50 = load fp128, ptr %2, align 16
  %51 = call fp128 @apply(ptr noundef @add, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef %50)
  call void @bits(ptr noundef @.str.13, fp128 noundef %51)
  %52 = call fp128 @fact(i32 noundef 25)
  call void @bits(ptr noundef @.str.14, fp128 noundef %52)
  %53 = call fp128 @fact(i32 noundef 30)
  store fp128 %53, ptr %6, align 16
  %54 = call fp128 @fact(i32 noundef 20)
  %55 = fdiv fp128 %54, 0xL00000000000000004001C00000000000
  %56 = fptosi fp128 %55 to i64
  %57 = call fp128 @fact(i32 noundef 20)
  %58 = fptoui fp128 %57 to i64
  %59 = load fp128, ptr %2, align 16
  %60 = fneg fp128 %59
  %61 = fmul fp128 %60, 0xL0000000000000000400A770000000000
  %62 = fptosi fp128 %61 to i32
  %63 = load fp128, ptr %2, align 16
  %64 = fmul fp128 %63, 0xL0000000000000000401E65A0BC000000
  %65 = fptoui fp128 %64 to i32
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %56, i64 noundef %58, i32 noundef %62, i32 noundef %65)
  %67 = load fp128, ptr %6, align 16
  %68 = fptosi fp128 %67 to i128
  store i128 %68, ptr %7, align 16
  %69 = load i128, ptr %7, align 16
  %70 = ashr i128 %69, 64
  %71 = trunc i128 %70 to i64
  %72 = load i128, ptr %7, align 16
  %73 = trunc i128 %72 to i64
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %71, i64 noundef %73)
  call void @bits(ptr noundef @.str.17, fp128 noundef 0xLFFFFFFFFF9F8E0004062FFFFFFFFFFFF)
  call void @bits(ptr noundef @.str.18, fp128 noundef 0xLFFFE000000000000403EFFFFFFFFFFFF)
  call void @bits(ptr noundef @.str.19, fp128 noundef 0xL0000000000000000C01DFFFFFFFC0000)
  call void @bits(ptr noundef @.str.20, fp128 noundef 0xL00000000000000003FFF19999A000000)
  call void @bits(ptr noundef @.str.21, fp128 noundef 0xLA0000000000000003FFB999999999999)
  %75 = load fp128, ptr %2, align 16
  %76 = fptrunc fp128 %75 to float
  %77 = fpext float %76 to double
  %78 = load fp128, ptr %2, align 16
  %79 = fptrunc fp128 %78 to double
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, double noundef %77, double noundef %79)
  store volatile fp128 0xL00000000000000000000000000000000, ptr %8, align 16
  %81 = load volatile fp128, ptr %8, align 16
  %82 = fdiv fp128 0xL00000000000000003FFF000000000000, %81
  store fp128 %82, ptr %9, align 16
  %83 = load volatile fp128, ptr %8, align 16
  %84 = load volatile fp128, ptr %8, align 16
  %85 = fdiv fp128 %83, %84
  store fp128 %85, ptr %10, align 16
  %86 = load fp128, ptr %9, align 16
  %87 = load fp128, ptr %6, align 16
  %88 = fcmp ogt fp128 %86, %87
  %89 = zext i1 %88 to i32
  %90 = load fp128, ptr %9, align 16
  %91 = fneg fp128 %90
  %92 = load fp128, ptr %6, align 16
  %93 = fneg fp128 %92
  %94 = fcmp olt fp128 %91, %93
  %95 = zext i1 %94 to i32
  %96 = load fp128, ptr %10, align 16
  %97 = load fp128, ptr %10, align 16
  %98 = fcmp oeq fp128 %96, %97
  %99 = zext i1 %98 to i32
  %100 = load fp128, ptr %10, align 16
  %101 = load fp128, ptr %10, align 16
  %102 = fcmp une fp128 %100, %101
  %103 = zext i1 %102 to i32
  %104 = load fp128, ptr %10, align 16
  %105 = call i32 @cmp_mask(fp128 noundef %104, fp128 noundef 0xL00000000000000003FFF000000000000)
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, i32 noundef %89, i32 noundef %95, i32 noundef %99, i32 noundef %103, i32 noundef %105)
  store fp128 0xL00000000000000000000000000000000, ptr %11, align 16
  store i32 1, ptr %12, align 4
  br label %107

107:                                              ; preds = %116, %0
  %108 = load i32, ptr %12, align 4
  %109 = icmp sle i32 %108, 100
  br i1 %109, label %110, label %119

110:                                              ; preds = %107
  %111 = load i32, ptr %12, align 4
  %112 = sitofp i32 %111 to fp128
  %113 = fdiv fp128 0xL00000000000000003FFF000000000000, %112
  %114 = load fp128, ptr %11, align 16
  %115 = fadd fp128 %114, %113
  store fp128 %115, ptr %11, align 16
  br label %116

116:                                              ; preds = %110
  %117 = load i32, ptr %12, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %12, align 4
  br label %107, !llvm.loop !8

119:                                              ; preds = %107
  %120 = load fp128, ptr %11, align 16
  call void @bits(ptr noundef @.str.24, fp128 noundef %120)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @bits(ptr noundef %0, fp128 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca fp128, align 16
  %5 = alloca [2 x i64], align 16
  store ptr %0, ptr %3, align 8
  store fp128 %1, ptr %4, align 16
  %6 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 %4, i64 16, i1 false)
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 1
  %9 = load i64, ptr %8, align 8
  %10 = getelementptr inbounds [2 x i64], ptr %5, i64 0, i64 0
  %11 = load i64, ptr %10, align 16
  %12 = load fp128, ptr %4, align 16
  %13 = fptrunc fp128 %12 to double
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, ptr noundef %7, i64 noundef %9, i64 noundef %11, double noundef %13)
  ret void
}

declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
