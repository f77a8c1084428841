; ModuleID = 'long_double.c'
source_filename = "long_double.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Complex = type { fp128, fp128 }
%struct.Tagged = type { i8, fp128, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@table = dso_local local_unnamed_addr global [4 x fp128] [fp128 0xL00000000000000003FFE000000000000, fp128 0xL0000000000000000BFFF400000000000, fp128 0xL000000000000000040202A05F2000000, fp128 0xL00000000000000004000800000000000], align 16
@.str = private unnamed_addr constant [28 x i8] c"zeta2 ~ %.15Lf  e ~ %.17Lf\0A\00", align 1
@.str.1 = private unnamed_addr constant [30 x i8] c"1+2^-60-1 = %Lg (double: %g)\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"add3 %.6Lf mix %.6Lf\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"div %.18Lf rem %Lg neg %Lg\0A\00", align 1
@.str.4 = private unnamed_addr constant [60 x i8] c"%%Lf %Lf %%Le %Le %%Lg %Lg %%.3Lg %.3Lg %%10.2Lf [%10.2Lf]\0A\00", align 1
@.str.5 = private unnamed_addr constant [35 x i8] c"from: %Lg %Lg %Lg %Lg %.1Lf %.1Lf\0A\00", align 1
@.str.6 = private unnamed_addr constant [33 x i8] c"from128: %.1Lf %.1Lf %Lg %.17Lg\0A\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"to: %d %u %d %d %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"to64: %lld %llu %llu\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"to128: \00", align 1
@.str.11 = private unnamed_addr constant [29 x i8] c"\0Ato float %.9g double %.17g\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"%02x%c\00", align 1
@.str.13 = private unnamed_addr constant [50 x i8] c"isnan %d isinf %d signbit(-0) %d nan %Lf inf %Lf\0A\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"sum_va %.4Lf\0A\00", align 1
@.str.15 = private unnamed_addr constant [19 x i8] c"cmul %.3Lf%+.3Lfi\0A\00", align 1
@.str.16 = private unnamed_addr constant [29 x i8] c"scale %c %.2Lf %d sizeof %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [13 x i8] c"table %.4Lf\0A\00", align 1
@.str.18 = private unnamed_addr constant [51 x i8] c"sqrtl %.15Lf cbrtl %.15Lf expl %.15Lf logl %.15Lf\0A\00", align 1
@.str.19 = private unnamed_addr constant [51 x i8] c"powl %.6Lf sinl %.15Lf atan2l %.15Lf hypotl %.3Lf\0A\00", align 1
@.str.20 = private unnamed_addr constant [78 x i8] c"floorl %Lg ceill %Lg truncl %Lg roundl %Lg rintl %Lg fabsl %Lg copysignl %Lg\0A\00", align 1
@.str.21 = private unnamed_addr constant [33 x i8] c"lroundl %ld llrintl %lld frexpl \00", align 1
@.str.22 = private unnamed_addr constant [31 x i8] c"%Lg*2^%d ldexpl %Lg fmaxl %Lg\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @add3(fp128 noundef %0, double noundef %1, fp128 noundef %2) local_unnamed_addr #0 {
  %4 = fpext double %1 to fp128
  %5 = fadd fp128 %4, %0
  %6 = fadd fp128 %5, %2
  ret fp128 %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @mix(i32 noundef %0, fp128 noundef %1, float noundef %2, fp128 noundef %3, i64 noundef %4) local_unnamed_addr #0 {
  %6 = fsub fp128 %1, %3
  %7 = sitofp i32 %0 to fp128
  %8 = sitofp i64 %4 to float
  %9 = fdiv float %2, %8
  %10 = fpext float %9 to fp128
  %11 = tail call fp128 @llvm.fmuladd.f128(fp128 %6, fp128 %7, fp128 %10)
  ret fp128 %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fmuladd.f128(fp128, fp128, fp128) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.Complex @cmul([2 x fp128] alignstack(16) %0, [2 x fp128] alignstack(16) %1) local_unnamed_addr #0 {
  %3 = extractvalue [2 x fp128] %0, 0
  %4 = extractvalue [2 x fp128] %0, 1
  %5 = extractvalue [2 x fp128] %1, 0
  %6 = extractvalue [2 x fp128] %1, 1
  %7 = fneg fp128 %4
  %8 = fmul fp128 %6, %7
  %9 = tail call fp128 @llvm.fmuladd.f128(fp128 %3, fp128 %5, fp128 %8)
  %10 = fmul fp128 %4, %5
  %11 = tail call fp128 @llvm.fmuladd.f128(fp128 %3, fp128 %6, fp128 %10)
  %12 = insertvalue %struct.Complex poison, fp128 %9, 0
  %13 = insertvalue %struct.Complex %12, fp128 %11, 1
  ret %struct.Complex %13
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @scale(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Tagged) align 16 %0, ptr nocapture noundef %1, fp128 noundef %2) local_unnamed_addr #2 {
  %4 = getelementptr inbounds i8, ptr %1, i64 16
  %5 = load fp128, ptr %4, align 16, !tbaa !6
  %6 = fmul fp128 %5, %2
  store fp128 %6, ptr %4, align 16, !tbaa !6
  %7 = getelementptr inbounds i8, ptr %1, i64 32
  %8 = load i32, ptr %7, align 16, !tbaa !12
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr %7, align 16, !tbaa !12
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %0, ptr noundef nonnull align 16 dereferenceable(48) %1, i64 48, i1 false), !tbaa.struct !13
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local fp128 @sum_va(i32 noundef %0, ...) local_unnamed_addr #4 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #17
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %14

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 28
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = getelementptr inbounds i8, ptr %2, i64 24
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  %11 = load ptr, ptr %10, align 8
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %9, align 8
  br label %16

14:                                               ; preds = %49, %1
  %15 = phi fp128 [ 0xL00000000000000000000000000000000, %1 ], [ %55, %49 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #17
  ret fp128 %15

16:                                               ; preds = %4, %49
  %17 = phi i32 [ %13, %4 ], [ %50, %49 ]
  %18 = phi i32 [ %12, %4 ], [ %35, %49 ]
  %19 = phi fp128 [ 0xL00000000000000000000000000000000, %4 ], [ %55, %49 ]
  %20 = phi i32 [ 0, %4 ], [ %56, %49 ]
  %21 = phi ptr [ %5, %4 ], [ %51, %49 ]
  %22 = icmp sgt i32 %18, -1
  br i1 %22, label %29, label %23

23:                                               ; preds = %16
  %24 = add nsw i32 %18, 16
  store i32 %24, ptr %6, align 4
  %25 = icmp ult i32 %18, -15
  br i1 %25, label %26, label %29

26:                                               ; preds = %23
  %27 = sext i32 %18 to i64
  %28 = getelementptr inbounds i8, ptr %8, i64 %27
  br label %34

29:                                               ; preds = %23, %16
  %30 = phi i32 [ %24, %23 ], [ %18, %16 ]
  %31 = getelementptr inbounds i8, ptr %21, i64 15
  %32 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %31, i64 -16)
  %33 = getelementptr inbounds i8, ptr %32, i64 16
  store ptr %33, ptr %2, align 8
  br label %34

34:                                               ; preds = %29, %26
  %35 = phi i32 [ %24, %26 ], [ %30, %29 ]
  %36 = phi ptr [ %21, %26 ], [ %33, %29 ]
  %37 = phi ptr [ %28, %26 ], [ %32, %29 ]
  %38 = load fp128, ptr %37, align 16, !tbaa !15
  %39 = icmp sgt i32 %17, -1
  br i1 %39, label %46, label %40

40:                                               ; preds = %34
  %41 = add nsw i32 %17, 8
  store i32 %41, ptr %9, align 8
  %42 = icmp ult i32 %17, -7
  br i1 %42, label %43, label %46

43:                                               ; preds = %40
  %44 = sext i32 %17 to i64
  %45 = getelementptr inbounds i8, ptr %11, i64 %44
  br label %49

46:                                               ; preds = %40, %34
  %47 = phi i32 [ %41, %40 ], [ %17, %34 ]
  %48 = getelementptr inbounds i8, ptr %36, i64 8
  store ptr %48, ptr %2, align 8
  br label %49

49:                                               ; preds = %46, %43
  %50 = phi i32 [ %41, %43 ], [ %47, %46 ]
  %51 = phi ptr [ %36, %43 ], [ %48, %46 ]
  %52 = phi ptr [ %45, %43 ], [ %36, %46 ]
  %53 = load i32, ptr %52, align 8, !tbaa !16
  %54 = sitofp i32 %53 to fp128
  %55 = call fp128 @llvm.fmuladd.f128(fp128 %38, fp128 %54, fp128 %19)
  %56 = add nuw nsw i32 %20, 1
  %57 = icmp eq i32 %56, %0
  br i1 %57, label %14, label %16, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #6

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 256) i32 @cmp_all(fp128 noundef %0, fp128 noundef %1) local_unnamed_addr #0 {
  %3 = fcmp olt fp128 %0, %1
  %4 = zext i1 %3 to i32
  %5 = fcmp ole fp128 %0, %1
  %6 = select i1 %5, i32 2, i32 0
  %7 = fcmp ogt fp128 %0, %1
  %8 = select i1 %7, i32 4, i32 0
  %9 = or disjoint i32 %6, %8
  %10 = fcmp oge fp128 %0, %1
  %11 = select i1 %10, i32 8, i32 0
  %12 = or disjoint i32 %9, %11
  %13 = fcmp oeq fp128 %0, %1
  %14 = select i1 %13, i32 16, i32 0
  %15 = or disjoint i32 %12, %14
  %16 = fcmp une fp128 %0, %1
  %17 = select i1 %16, i32 32, i32 0
  %18 = or disjoint i32 %15, %17
  %19 = fcmp uno fp128 %0, %1
  %20 = select i1 %19, i32 64, i32 0
  %21 = or disjoint i32 %18, %20
  %22 = or i32 %21, %4
  %23 = select i1 %3, i32 128, i32 0
  %24 = or i32 %22, %23
  ret i32 %24
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_i8(i8 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i8 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_u16(i16 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i16 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_i32(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i32 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_u32(i32 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i32 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_i64(i64 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i64 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_u64(i64 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i64 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_i128(i128 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i128 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_u128(i128 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i128 %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_f(float noundef %0) local_unnamed_addr #0 {
  %2 = fpext float %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @from_d(double noundef %0) local_unnamed_addr #0 {
  %2 = fpext double %0 to fp128
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i8 @to_i8(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi fp128 %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i8 @to_u8(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui fp128 %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i16 @to_i16(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi fp128 %0 to i16
  ret i16 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @to_i32(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi fp128 %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @to_u32(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui fp128 %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @to_i64(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi fp128 %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @to_u64(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui fp128 %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i128 @to_i128(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi fp128 %0 to i128
  ret i128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i128 @to_u128(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui fp128 %0 to i128
  ret i128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @to_f(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptrunc fp128 %0 to float
  ret float %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @to_d(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fptrunc fp128 %0 to double
  ret double %2
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #7 {
  %1 = alloca [48 x i8], align 1
  %2 = alloca [48 x i8], align 1
  %3 = alloca %struct.Tagged, align 16
  %4 = alloca %struct.Tagged, align 16
  %5 = alloca i32, align 4
  br label %6

6:                                                ; preds = %6, %0
  %7 = phi i32 [ 0, %0 ], [ %19, %6 ]
  %8 = phi fp128 [ 0xL00000000000000000000000000000000, %0 ], [ %18, %6 ]
  %9 = phi <4 x i32> [ <i32 1, i32 2, i32 3, i32 4>, %0 ], [ %20, %6 ]
  %10 = add <4 x i32> %9, <i32 4, i32 4, i32 4, i32 4>
  %11 = mul nuw nsw <4 x i32> %9, %9
  %12 = mul nuw nsw <4 x i32> %10, %10
  %13 = uitofp nneg <4 x i32> %11 to <4 x fp128>
  %14 = uitofp nneg <4 x i32> %12 to <4 x fp128>
  %15 = fdiv <4 x fp128> <fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000>, %13
  %16 = fdiv <4 x fp128> <fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000, fp128 0xL00000000000000003FFF000000000000>, %14
  %17 = tail call fp128 @llvm.vector.reduce.fadd.v4f128(fp128 %8, <4 x fp128> %15)
  %18 = tail call fp128 @llvm.vector.reduce.fadd.v4f128(fp128 %17, <4 x fp128> %16)
  %19 = add nuw i32 %7, 8
  %20 = add <4 x i32> %9, <i32 8, i32 8, i32 8, i32 8>
  %21 = icmp eq i32 %19, 2000
  br i1 %21, label %192, label %6, !llvm.loop !19

22:                                               ; preds = %192
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, fp128 noundef %18, fp128 noundef %196)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, fp128 noundef 0xL00000000000000003FC3000000000000, double noundef 0.000000e+00)
  %25 = tail call fp128 @add3(fp128 noundef 0xL00000000000000003FFF800000000000, double noundef 2.250000e+00, fp128 noundef 0xL0000000000000000BFFC000000000000)
  %26 = tail call fp128 @mix(i32 noundef 3, fp128 noundef 0xL00000000000000004002500000000000, float noundef 1.500000e+00, fp128 noundef 0xL00000000000000003FFD000000000000, i64 noundef 4)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, fp128 noundef %25, fp128 noundef %26)
  %28 = tail call fp128 @fmodl(fp128 noundef 0xL00000000000000004001E00000000000, fp128 noundef 0xL00000000000000004000000000000000) #17
  %29 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !15
  %30 = fneg fp128 %29
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef %28, fp128 noundef %30)
  %32 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 32), align 16, !tbaa !15
  %33 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !15
  %34 = load fp128, ptr @table, align 16, !tbaa !15
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, fp128 noundef %32, fp128 noundef %33, fp128 noundef %34, fp128 noundef 0xL00000000000000004019D6F345400000, fp128 noundef 0xL0000000000000000C000400000000000)
  %36 = tail call fp128 @from_i8(i8 noundef -100)
  %37 = tail call fp128 @from_u16(i16 noundef -1)
  %38 = tail call fp128 @from_i32(i32 noundef -7)
  %39 = tail call fp128 @from_u32(i32 noundef -1)
  %40 = tail call fp128 @from_i64(i64 noundef -9223372036854775808)
  %41 = tail call fp128 @from_u64(i64 noundef -1)
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, fp128 noundef %36, fp128 noundef %37, fp128 noundef %38, fp128 noundef %39, fp128 noundef %40, fp128 noundef %41)
  %43 = tail call fp128 @from_i128(i128 noundef -1267650600228229401496703205376)
  %44 = tail call fp128 @from_u128(i128 noundef 1267650600228229402596214833152)
  %45 = tail call fp128 @from_f(float noundef 0x3FB99999A0000000)
  %46 = tail call fp128 @from_d(double noundef 1.000000e-01)
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, fp128 noundef %43, fp128 noundef %44, fp128 noundef %45, fp128 noundef %46)
  %48 = tail call i8 @to_i8(fp128 noundef 0xLCCCCCCCCCCCCCCCDC00601CCCCCCCCCC)
  %49 = sext i8 %48 to i32
  %50 = tail call i8 @to_u8(fp128 noundef 0xL00000000000000004006FF0000000000)
  %51 = zext i8 %50 to i32
  %52 = tail call i16 @to_i16(fp128 noundef 0xL0000000000000000C00E000000000000)
  %53 = sext i16 %52 to i32
  %54 = tail call i32 @to_i32(fp128 noundef 0xL0000000000000000C01E000000018000)
  %55 = tail call i32 @to_u32(fp128 noundef 0xL0000000000000000401EFFFFFFFF0000)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %49, i32 noundef %51, i32 noundef %53, i32 noundef %54, i32 noundef %55)
  %57 = tail call i64 @to_i64(fp128 noundef 0xL0000000000000000C03DFEB3DD067660)
  %58 = tail call i64 @to_u64(fp128 noundef 0xLFFFE000000000000403EFFFFFFFFFFFF)
  %59 = tail call i64 @to_u64(fp128 noundef 0xL0000000000000000403E000000000000)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %57, i64 noundef %58, i64 noundef %59)
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9)
  %62 = tail call i128 @to_i128(fp128 noundef 0xL0000000000000000C063000000000000)
  %63 = sub nsw i128 0, %62
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #17
  %64 = getelementptr inbounds i8, ptr %2, i64 47
  store i8 0, ptr %64, align 1, !tbaa !14
  br label %65

65:                                               ; preds = %65, %22
  %66 = phi i64 [ %74, %65 ], [ 47, %22 ]
  %67 = phi i128 [ %69, %65 ], [ %63, %22 ]
  %68 = freeze i128 %67
  %69 = udiv i128 %68, 10
  %70 = mul i128 %69, 10
  %71 = sub i128 %68, %70
  %72 = trunc nuw nsw i128 %71 to i8
  %73 = or disjoint i8 %72, 48
  %74 = add nsw i64 %66, -1
  %75 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %74
  store i8 %73, ptr %75, align 1, !tbaa !14
  %76 = icmp ult i128 %67, 10
  br i1 %76, label %77, label %65, !llvm.loop !22

77:                                               ; preds = %65
  %78 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %74
  %79 = load ptr, ptr @stdout, align 8, !tbaa !23
  %80 = call i32 @fputs(ptr noundef nonnull %78, ptr noundef %79)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #17
  %81 = tail call i32 @putchar(i32 32)
  %82 = tail call i128 @to_u128(fp128 noundef 0xL00000000000000004077000000000000)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #17
  %83 = getelementptr inbounds i8, ptr %1, i64 47
  store i8 0, ptr %83, align 1, !tbaa !14
  br label %84

84:                                               ; preds = %84, %77
  %85 = phi i64 [ %93, %84 ], [ 47, %77 ]
  %86 = phi i128 [ %88, %84 ], [ %82, %77 ]
  %87 = freeze i128 %86
  %88 = udiv i128 %87, 10
  %89 = mul i128 %88, 10
  %90 = sub i128 %87, %89
  %91 = trunc nuw nsw i128 %90 to i8
  %92 = or disjoint i8 %91, 48
  %93 = add nsw i64 %85, -1
  %94 = getelementptr inbounds [48 x i8], ptr %1, i64 0, i64 %93
  store i8 %92, ptr %94, align 1, !tbaa !14
  %95 = icmp ult i128 %86, 10
  br i1 %95, label %96, label %84, !llvm.loop !22

96:                                               ; preds = %84
  %97 = getelementptr inbounds [48 x i8], ptr %1, i64 0, i64 %93
  %98 = load ptr, ptr @stdout, align 8, !tbaa !23
  %99 = call i32 @fputs(ptr noundef nonnull %97, ptr noundef %98)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #17
  %100 = tail call float @to_f(fp128 noundef 0xL55555555555555553FFD555555555555)
  %101 = fpext float %100 to double
  %102 = tail call double @to_d(fp128 noundef 0xL55555555555555553FFD555555555555)
  %103 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %101, double noundef %102)
  %104 = tail call i32 @cmp_all(fp128 noundef 0xL0000000000000000BFFF000000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %105 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %104, i32 noundef 32)
  %106 = tail call i32 @cmp_all(fp128 noundef 0xL0000000000000000BFFF000000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %106, i32 noundef 32)
  %108 = tail call i32 @cmp_all(fp128 noundef 0xL0000000000000000BFFF000000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %109 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %108, i32 noundef 10)
  %110 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000000000000000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %111 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %110, i32 noundef 32)
  %112 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000000000000000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %112, i32 noundef 32)
  %114 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000000000000000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %115 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %114, i32 noundef 10)
  %116 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000008000000000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %116, i32 noundef 32)
  %118 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000008000000000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %119 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %118, i32 noundef 32)
  %120 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000008000000000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %120, i32 noundef 10)
  %122 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000004000400000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %123 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %122, i32 noundef 32)
  %124 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000004000400000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %125 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %124, i32 noundef 32)
  %126 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000004000400000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %127 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %126, i32 noundef 10)
  %128 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF800000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %129 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %128, i32 noundef 32)
  %130 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF800000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %130, i32 noundef 32)
  %132 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF800000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %132, i32 noundef 10)
  %134 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF000000000000, fp128 noundef 0xL0000000000000000BFFF000000000000)
  %135 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %134, i32 noundef 32)
  %136 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF000000000000, fp128 noundef 0xL00000000000000008000000000000000)
  %137 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %136, i32 noundef 32)
  %138 = tail call i32 @cmp_all(fp128 noundef 0xL00000000000000007FFF000000000000, fp128 noundef 0xL00000000000000007FFF800000000000)
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %138, i32 noundef 10)
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 1, i32 noundef 1, i32 noundef 1, fp128 noundef 0xL00000000000000007FFF800000000000, fp128 noundef 0xL0000000000000000FFFF000000000000)
  %141 = tail call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef 0xL00000000000000003FFF800000000000, i32 noundef 2, fp128 noundef 0xL0000000000000000BFFD000000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004005900000000000, i32 noundef -1)
  %142 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, fp128 noundef %141)
  %143 = tail call %struct.Complex @cmul([2 x fp128] alignstack(16) [fp128 0xL00000000000000003FFF800000000000, fp128 0xL0000000000000000C000000000000000], [2 x fp128] alignstack(16) [fp128 0xL00000000000000003FFE000000000000, fp128 0xL00000000000000004001000000000000])
  %144 = extractvalue %struct.Complex %143, 0
  %145 = extractvalue %struct.Complex %143, 1
  %146 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, fp128 noundef %144, fp128 noundef %145)
  %147 = getelementptr inbounds i8, ptr %4, i64 36
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %4) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %147, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %3) #17
  store i8 120, ptr %4, align 16, !tbaa !14
  %148 = getelementptr inbounds i8, ptr %4, i64 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(15) %148, i8 0, i64 15, i1 false)
  %149 = getelementptr inbounds i8, ptr %4, i64 16
  store fp128 0xL00000000000000004000400000000000, ptr %149, align 16, !tbaa !15
  %150 = getelementptr inbounds i8, ptr %4, i64 32
  store i32 7, ptr %150, align 16, !tbaa !16
  call void @scale(ptr dead_on_unwind nonnull writable sret(%struct.Tagged) align 16 %3, ptr noundef nonnull %4, fp128 noundef 0xL0000000000000000C001000000000000)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %4) #17
  %151 = load i8, ptr %3, align 16, !tbaa !25
  %152 = zext i8 %151 to i32
  %153 = getelementptr inbounds i8, ptr %3, i64 16
  %154 = load fp128, ptr %153, align 16, !tbaa !6
  %155 = getelementptr inbounds i8, ptr %3, i64 32
  %156 = load i32, ptr %155, align 16, !tbaa !12
  %157 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %152, fp128 noundef %154, i32 noundef %156, i32 noundef 1)
  %158 = load fp128, ptr @table, align 16, !tbaa !15
  %159 = fadd fp128 %158, 0xL00000000000000000000000000000000
  %160 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !15
  %161 = tail call fp128 @llvm.fmuladd.f128(fp128 %160, fp128 0xL00000000000000004000000000000000, fp128 %159)
  %162 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 32), align 16, !tbaa !15
  %163 = tail call fp128 @llvm.fmuladd.f128(fp128 %162, fp128 0xL00000000000000004000800000000000, fp128 %161)
  %164 = load fp128, ptr getelementptr inbounds (i8, ptr @table, i64 48), align 16, !tbaa !15
  %165 = tail call fp128 @llvm.fmuladd.f128(fp128 %164, fp128 0xL00000000000000004001000000000000, fp128 %163)
  %166 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, fp128 noundef %165)
  %167 = tail call fp128 @sqrtl(fp128 noundef 0xL00000000000000004000000000000000) #17
  %168 = tail call fp128 @cbrtl(fp128 noundef 0xL00000000000000004003B00000000000) #18
  %169 = tail call fp128 @expl(fp128 noundef 0xL00000000000000003FFF000000000000) #17
  %170 = tail call fp128 @logl(fp128 noundef 0xL00000000000000004002400000000000) #17
  %171 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, fp128 noundef %167, fp128 noundef %168, fp128 noundef %169, fp128 noundef %170)
  %172 = tail call fp128 @powl(fp128 noundef 0xL00000000000000003FFF800000000000, fp128 noundef 0xL00000000000000004003400000000000) #17
  %173 = tail call fp128 @sinl(fp128 noundef 0xL00000000000000003FFF000000000000) #17
  %174 = tail call fp128 @atan2l(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000003FFF000000000000) #17
  %175 = fmul fp128 %174, 0xL00000000000000004001000000000000
  %176 = tail call fp128 @hypotl(fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000) #17
  %177 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, fp128 noundef %172, fp128 noundef %173, fp128 noundef %175, fp128 noundef %176)
  %178 = tail call fp128 @llvm.floor.f128(fp128 0xL0000000000000000C000400000000000)
  %179 = tail call fp128 @llvm.ceil.f128(fp128 0xL0000000000000000C000400000000000)
  %180 = tail call fp128 @llvm.trunc.f128(fp128 0xL999999999999999AC000599999999999)
  %181 = tail call fp128 @llvm.round.f128(fp128 0xL00000000000000004000400000000000)
  %182 = tail call fp128 @llvm.rint.f128(fp128 0xL00000000000000004000400000000000)
  %183 = tail call fp128 @llvm.fabs.f128(fp128 0xL0000000000000000C000800000000000)
  %184 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, fp128 noundef %178, fp128 noundef %179, fp128 noundef %180, fp128 noundef %181, fp128 noundef %182, fp128 noundef %183, fp128 noundef 0xL0000000000000000C000000000000000)
  %185 = tail call i64 @lroundl(fp128 noundef 0xL0000000000000000C000400000000000) #17
  %186 = tail call i64 @llrintl(fp128 noundef 0xL00000000000000004000C00000000000) #17
  %187 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %185, i64 noundef %186)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #17
  %188 = call fp128 @frexpl(fp128 noundef 0xL00000000000000004004800000000000, ptr noundef nonnull %5) #17
  %189 = load i32, ptr %5, align 4, !tbaa !16
  %190 = tail call fp128 @ldexpl(fp128 noundef 0xL00000000000000003FFE800000000000, i32 noundef 10) #17
  %191 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, fp128 noundef %188, i32 noundef %189, fp128 noundef %190, fp128 noundef 0xL0000000000000000BFFF000000000000)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %3) #17
  ret i32 0

192:                                              ; preds = %6, %192
  %193 = phi fp128 [ %196, %192 ], [ 0xL00000000000000000000000000000000, %6 ]
  %194 = phi fp128 [ %198, %192 ], [ 0xL00000000000000003FFF000000000000, %6 ]
  %195 = phi i32 [ %199, %192 ], [ 1, %6 ]
  %196 = fadd fp128 %194, %193
  %197 = uitofp nneg i32 %195 to fp128
  %198 = fdiv fp128 %194, %197
  %199 = add nuw nsw i32 %195, 1
  %200 = icmp eq i32 %199, 25
  br i1 %200, label %22, label %192, !llvm.loop !26
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @fmodl(fp128 noundef, fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fabs.f128(fp128) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #10

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @sqrtl(fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare fp128 @cbrtl(fp128 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @expl(fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @logl(fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @powl(fp128 noundef, fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @sinl(fp128 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare fp128 @atan2l(fp128 noundef, fp128 noundef) local_unnamed_addr #9

; Function Attrs: nounwind
declare fp128 @hypotl(fp128 noundef, fp128 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.floor.f128(fp128) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.ceil.f128(fp128) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.trunc.f128(fp128) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.round.f128(fp128) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.rint.f128(fp128) #1

; Function Attrs: nounwind
declare i64 @lroundl(fp128 noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i64 @llrintl(fp128 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: write)
declare fp128 @frexpl(fp128 noundef, ptr nocapture noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn
declare fp128 @ldexpl(fp128 noundef, i32 noundef) local_unnamed_addr #14

; Function Attrs: nofree nounwind
declare noundef i32 @fputs(ptr nocapture noundef readonly, ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.vector.reduce.fadd.v4f128(fp128, <4 x fp128>) #16

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nosync nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nofree nounwind willreturn memory(write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { mustprogress nofree nosync nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(argmem: write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { nounwind }
attributes #18 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !10, i64 16}
!7 = !{!"", !8, i64 0, !10, i64 16, !11, i64 32}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"long double", !8, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!7, !11, i64 32}
!13 = !{i64 0, i64 1, !14, i64 16, i64 16, !15, i64 32, i64 4, !16}
!14 = !{!8, !8, i64 0}
!15 = !{!10, !10, i64 0}
!16 = !{!11, !11, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18, !20, !21}
!20 = !{!"llvm.loop.isvectorized", i32 1}
!21 = !{!"llvm.loop.unroll.runtime.disable"}
!22 = distinct !{!22, !18}
!23 = !{!24, !24, i64 0}
!24 = !{!"any pointer", !8, i64 0}
!25 = !{!7, !8, i64 0}
!26 = distinct !{!26, !18}
