; ModuleID = 'long_double.c'
source_filename = "long_double.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Complex = type { x86_fp80, x86_fp80 }
%struct.Tagged = type { i8, x86_fp80, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@table = dso_local local_unnamed_addr global [4 x x86_fp80] [x86_fp80 0xK3FFE8000000000000000, x86_fp80 0xKBFFFA000000000000000, x86_fp80 0xK40209502F90000000000, x86_fp80 0xK4000C000000000000000], align 16
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
@__const.main.a = private unnamed_addr constant %struct.Complex { x86_fp80 0xK3FFFC000000000000000, x86_fp80 0xKC0008000000000000000 }, align 16
@__const.main.b = private unnamed_addr constant %struct.Complex { x86_fp80 0xK3FFE8000000000000000, x86_fp80 0xK40018000000000000000 }, align 16
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
define dso_local noundef x86_fp80 @add3(x86_fp80 noundef %0, double noundef %1, x86_fp80 noundef %2) local_unnamed_addr #0 {
  %4 = fpext double %1 to x86_fp80
  %5 = fadd x86_fp80 %4, %0
  %6 = fadd x86_fp80 %5, %2
  ret x86_fp80 %6
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @mix(i32 noundef %0, x86_fp80 noundef %1, float noundef %2, x86_fp80 noundef %3, i64 noundef %4) local_unnamed_addr #0 {
  %6 = fsub x86_fp80 %1, %3
  %7 = sitofp i32 %0 to x86_fp80
  %8 = sitofp i64 %4 to float
  %9 = fdiv float %2, %8
  %10 = fpext float %9 to x86_fp80
  %11 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %6, x86_fp80 %7, x86_fp80 %10)
  ret x86_fp80 %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @cmul(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Complex) align 16 %0, ptr nocapture noundef readonly byval(%struct.Complex) align 16 %1, ptr nocapture noundef readonly byval(%struct.Complex) align 16 %2) local_unnamed_addr #2 {
  %4 = load x86_fp80, ptr %1, align 16, !tbaa !5
  %5 = load x86_fp80, ptr %2, align 16, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = load x86_fp80, ptr %6, align 16, !tbaa !10
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  %9 = load x86_fp80, ptr %8, align 16, !tbaa !10
  %10 = fneg x86_fp80 %7
  %11 = fmul x86_fp80 %9, %10
  %12 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %4, x86_fp80 %5, x86_fp80 %11)
  store x86_fp80 %12, ptr %0, align 16, !tbaa !5
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = fmul x86_fp80 %5, %7
  %15 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %4, x86_fp80 %9, x86_fp80 %14)
  store x86_fp80 %15, ptr %13, align 16, !tbaa !10
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @scale(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Tagged) align 16 %0, ptr nocapture noundef byval(%struct.Tagged) align 16 %1, x86_fp80 noundef %2) local_unnamed_addr #2 {
  %4 = getelementptr inbounds i8, ptr %1, i64 16
  %5 = load x86_fp80, ptr %4, align 16, !tbaa !11
  %6 = fmul x86_fp80 %5, %2
  store x86_fp80 %6, ptr %4, align 16, !tbaa !11
  %7 = getelementptr inbounds i8, ptr %1, i64 32
  %8 = load i32, ptr %7, align 16, !tbaa !14
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr %7, align 16, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %0, ptr noundef nonnull align 16 dereferenceable(48) %1, i64 48, i1 false), !tbaa.struct !15
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local x86_fp80 @sum_va(i32 noundef %0, ...) local_unnamed_addr #4 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #17
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  br label %12

10:                                               ; preds = %28, %1
  %11 = phi x86_fp80 [ 0xK00000000000000000000, %1 ], [ %34, %28 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #17
  ret x86_fp80 %11

12:                                               ; preds = %4, %28
  %13 = phi ptr [ %9, %4 ], [ %29, %28 ]
  %14 = phi x86_fp80 [ 0xK00000000000000000000, %4 ], [ %34, %28 ]
  %15 = phi i32 [ 0, %4 ], [ %35, %28 ]
  %16 = phi i32 [ %5, %4 ], [ %30, %28 ]
  %17 = getelementptr inbounds i8, ptr %13, i64 15
  %18 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %17, i64 -16)
  %19 = getelementptr i8, ptr %18, i64 16
  store ptr %19, ptr %6, align 8
  %20 = load x86_fp80, ptr %18, align 16, !tbaa !17
  %21 = icmp ult i32 %16, 41
  br i1 %21, label %22, label %26

22:                                               ; preds = %12
  %23 = zext nneg i32 %16 to i64
  %24 = getelementptr i8, ptr %8, i64 %23
  %25 = add nuw nsw i32 %16, 8
  store i32 %25, ptr %2, align 16
  br label %28

26:                                               ; preds = %12
  %27 = getelementptr i8, ptr %18, i64 24
  store ptr %27, ptr %6, align 8
  br label %28

28:                                               ; preds = %26, %22
  %29 = phi ptr [ %19, %22 ], [ %27, %26 ]
  %30 = phi i32 [ %25, %22 ], [ %16, %26 ]
  %31 = phi ptr [ %24, %22 ], [ %19, %26 ]
  %32 = load i32, ptr %31, align 4, !tbaa !18
  %33 = sitofp i32 %32 to x86_fp80
  %34 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %20, x86_fp80 %33, x86_fp80 %14)
  %35 = add nuw nsw i32 %15, 1
  %36 = icmp eq i32 %35, %0
  br i1 %36, label %10, label %12, !llvm.loop !19
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
define dso_local range(i32 0, 256) i32 @cmp_all(x86_fp80 noundef %0, x86_fp80 noundef %1) local_unnamed_addr #0 {
  %3 = fcmp olt x86_fp80 %0, %1
  %4 = zext i1 %3 to i32
  %5 = fcmp ole x86_fp80 %0, %1
  %6 = select i1 %5, i32 2, i32 0
  %7 = fcmp ogt x86_fp80 %0, %1
  %8 = select i1 %7, i32 4, i32 0
  %9 = or disjoint i32 %6, %8
  %10 = fcmp oge x86_fp80 %0, %1
  %11 = select i1 %10, i32 8, i32 0
  %12 = or disjoint i32 %9, %11
  %13 = fcmp oeq x86_fp80 %0, %1
  %14 = select i1 %13, i32 16, i32 0
  %15 = or disjoint i32 %12, %14
  %16 = fcmp une x86_fp80 %0, %1
  %17 = select i1 %16, i32 32, i32 0
  %18 = or disjoint i32 %15, %17
  %19 = fcmp uno x86_fp80 %0, %1
  %20 = select i1 %19, i32 64, i32 0
  %21 = or disjoint i32 %18, %20
  %22 = or i32 %21, %4
  %23 = select i1 %3, i32 128, i32 0
  %24 = or i32 %22, %23
  ret i32 %24
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_i8(i8 noundef signext %0) local_unnamed_addr #0 {
  %2 = sitofp i8 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_u16(i16 noundef zeroext %0) local_unnamed_addr #0 {
  %2 = uitofp i16 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_i32(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i32 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_u32(i32 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i32 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_i64(i64 noundef %0) local_unnamed_addr #0 {
  %2 = sitofp i64 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_u64(i64 noundef %0) local_unnamed_addr #0 {
  %2 = uitofp i64 %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local x86_fp80 @from_i128(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = zext i64 %1 to i128
  %4 = shl nuw i128 %3, 64
  %5 = zext i64 %0 to i128
  %6 = or disjoint i128 %4, %5
  %7 = sitofp i128 %6 to x86_fp80
  ret x86_fp80 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local x86_fp80 @from_u128(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = zext i64 %1 to i128
  %4 = shl nuw i128 %3, 64
  %5 = zext i64 %0 to i128
  %6 = or disjoint i128 %4, %5
  %7 = uitofp i128 %6 to x86_fp80
  ret x86_fp80 %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_f(float noundef %0) local_unnamed_addr #0 {
  %2 = fpext float %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @from_d(double noundef %0) local_unnamed_addr #0 {
  %2 = fpext double %0 to x86_fp80
  ret x86_fp80 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local signext i8 @to_i8(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi x86_fp80 %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local zeroext i8 @to_u8(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui x86_fp80 %0 to i8
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local signext i16 @to_i16(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi x86_fp80 %0 to i16
  ret i16 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @to_i32(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi x86_fp80 %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @to_u32(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui x86_fp80 %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @to_i64(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi x86_fp80 %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @to_u64(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui x86_fp80 %0 to i64
  ret i64 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @to_i128(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptosi x86_fp80 %0 to i128
  %3 = trunc i128 %2 to i64
  %4 = lshr i128 %2, 64
  %5 = trunc nuw i128 %4 to i64
  %6 = insertvalue { i64, i64 } poison, i64 %3, 0
  %7 = insertvalue { i64, i64 } %6, i64 %5, 1
  ret { i64, i64 } %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local { i64, i64 } @to_u128(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptoui x86_fp80 %0 to i128
  %3 = trunc i128 %2 to i64
  %4 = lshr i128 %2, 64
  %5 = trunc nuw i128 %4 to i64
  %6 = insertvalue { i64, i64 } poison, i64 %3, 0
  %7 = insertvalue { i64, i64 } %6, i64 %5, 1
  ret { i64, i64 } %7
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @to_f(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptrunc x86_fp80 %0 to float
  ret float %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @to_d(x86_fp80 noundef %0) local_unnamed_addr #0 {
  %2 = fptrunc x86_fp80 %0 to double
  ret double %2
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #7 {
  %1 = alloca [48 x i8], align 16
  %2 = alloca [48 x i8], align 16
  %3 = alloca %struct.Complex, align 16
  %4 = alloca %struct.Tagged, align 16
  %5 = alloca %struct.Tagged, align 16
  %6 = alloca i32, align 4
  br label %56

7:                                                ; preds = %56
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, x86_fp80 noundef %82, x86_fp80 noundef 0xK4000ADF85458A2BB4A9B)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, x86_fp80 noundef 0xK3FC38000000000000000, double noundef 0.000000e+00)
  %10 = tail call x86_fp80 @add3(x86_fp80 noundef 0xK3FFFC000000000000000, double noundef 2.250000e+00, x86_fp80 noundef 0xKBFFC8000000000000000)
  %11 = tail call x86_fp80 @mix(i32 noundef 3, x86_fp80 noundef 0xK4002A800000000000000, float noundef 1.500000e+00, x86_fp80 noundef 0xK3FFD8000000000000000, i64 noundef 4)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, x86_fp80 noundef %10, x86_fp80 noundef %11)
  %13 = tail call x86_fp80 @fmodl(x86_fp80 noundef 0xK4001F000000000000000, x86_fp80 noundef 0xK40008000000000000000) #17
  %14 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !17
  %15 = fneg x86_fp80 %14
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB, x86_fp80 noundef %13, x86_fp80 noundef %15)
  %17 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 32), align 16, !tbaa !17
  %18 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !17
  %19 = load x86_fp80, ptr @table, align 16, !tbaa !17
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, x86_fp80 noundef %17, x86_fp80 noundef %18, x86_fp80 noundef %19, x86_fp80 noundef 0xK4019EB79A2A000000000, x86_fp80 noundef 0xKC000A000000000000000)
  %21 = tail call x86_fp80 @from_i8(i8 noundef signext -100)
  %22 = tail call x86_fp80 @from_u16(i16 noundef zeroext -1)
  %23 = tail call x86_fp80 @from_i32(i32 noundef -7)
  %24 = tail call x86_fp80 @from_u32(i32 noundef -1)
  %25 = tail call x86_fp80 @from_i64(i64 noundef -9223372036854775808)
  %26 = tail call x86_fp80 @from_u64(i64 noundef -1)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, x86_fp80 noundef %21, x86_fp80 noundef %22, x86_fp80 noundef %23, x86_fp80 noundef %24, x86_fp80 noundef %25, x86_fp80 noundef %26)
  %28 = tail call x86_fp80 @from_i128(i64 noundef 0, i64 noundef -68719476736)
  %29 = tail call x86_fp80 @from_u128(i64 noundef 1099511627776, i64 noundef 68719476736)
  %30 = tail call x86_fp80 @from_f(float noundef 0x3FB99999A0000000)
  %31 = tail call x86_fp80 @from_d(double noundef 1.000000e-01)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, x86_fp80 noundef %28, x86_fp80 noundef %29, x86_fp80 noundef %30, x86_fp80 noundef %31)
  %33 = tail call signext i8 @to_i8(x86_fp80 noundef 0xKC00680E6666666666666)
  %34 = sext i8 %33 to i32
  %35 = tail call zeroext i8 @to_u8(x86_fp80 noundef 0xK4006FF80000000000000)
  %36 = zext i8 %35 to i32
  %37 = tail call signext i16 @to_i16(x86_fp80 noundef 0xKC00E8000000000000000)
  %38 = sext i16 %37 to i32
  %39 = tail call i32 @to_i32(x86_fp80 noundef 0xKC01E80000000C0000000)
  %40 = tail call i32 @to_u32(x86_fp80 noundef 0xK401EFFFFFFFF80000000)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %34, i32 noundef %36, i32 noundef %38, i32 noundef %39, i32 noundef %40)
  %42 = tail call i64 @to_i64(x86_fp80 noundef 0xKC03DFF59EE833B300000)
  %43 = tail call i64 @to_u64(x86_fp80 noundef 0xK403EFFFFFFFFFFFFFFFF)
  %44 = tail call i64 @to_u64(x86_fp80 noundef 0xK403E8000000000000000)
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %42, i64 noundef %43, i64 noundef %44)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9)
  %47 = tail call { i64, i64 } @to_i128(x86_fp80 noundef 0xKC0638000000000000000)
  %48 = extractvalue { i64, i64 } %47, 0
  %49 = extractvalue { i64, i64 } %47, 1
  %50 = sub i64 0, %49
  %51 = zext i64 %50 to i128
  %52 = shl nuw i128 %51, 64
  %53 = zext i64 %48 to i128
  %54 = sub i128 %52, %53
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %2) #17
  %55 = getelementptr inbounds i8, ptr %2, i64 47
  store i8 0, ptr %55, align 1, !tbaa !16
  br label %85

56:                                               ; preds = %56, %0
  %57 = phi x86_fp80 [ 0xK00000000000000000000, %0 ], [ %82, %56 ]
  %58 = phi i32 [ 1, %0 ], [ %83, %56 ]
  %59 = mul nuw nsw i32 %58, %58
  %60 = uitofp nneg i32 %59 to x86_fp80
  %61 = fdiv x86_fp80 0xK3FFF8000000000000000, %60
  %62 = fadd x86_fp80 %57, %61
  %63 = add nuw nsw i32 %58, 1
  %64 = mul nuw nsw i32 %63, %63
  %65 = uitofp nneg i32 %64 to x86_fp80
  %66 = fdiv x86_fp80 0xK3FFF8000000000000000, %65
  %67 = fadd x86_fp80 %62, %66
  %68 = add nuw nsw i32 %58, 2
  %69 = mul nuw nsw i32 %68, %68
  %70 = uitofp nneg i32 %69 to x86_fp80
  %71 = fdiv x86_fp80 0xK3FFF8000000000000000, %70
  %72 = fadd x86_fp80 %67, %71
  %73 = add nuw nsw i32 %58, 3
  %74 = mul nuw nsw i32 %73, %73
  %75 = uitofp nneg i32 %74 to x86_fp80
  %76 = fdiv x86_fp80 0xK3FFF8000000000000000, %75
  %77 = fadd x86_fp80 %72, %76
  %78 = add nuw nsw i32 %58, 4
  %79 = mul nuw nsw i32 %78, %78
  %80 = uitofp nneg i32 %79 to x86_fp80
  %81 = fdiv x86_fp80 0xK3FFF8000000000000000, %80
  %82 = fadd x86_fp80 %77, %81
  %83 = add nuw nsw i32 %58, 5
  %84 = icmp eq i32 %83, 2001
  br i1 %84, label %7, label %56, !llvm.loop !21

85:                                               ; preds = %85, %7
  %86 = phi i64 [ %94, %85 ], [ 47, %7 ]
  %87 = phi i128 [ %89, %85 ], [ %54, %7 ]
  %88 = freeze i128 %87
  %89 = udiv i128 %88, 10
  %90 = mul i128 %89, 10
  %91 = sub i128 %88, %90
  %92 = trunc nuw nsw i128 %91 to i8
  %93 = or disjoint i8 %92, 48
  %94 = add nsw i64 %86, -1
  %95 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %94
  store i8 %93, ptr %95, align 1, !tbaa !16
  %96 = icmp ult i128 %87, 10
  br i1 %96, label %97, label %85, !llvm.loop !22

97:                                               ; preds = %85
  %98 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 %94
  %99 = load ptr, ptr @stdout, align 8, !tbaa !23
  %100 = call i32 @fputs(ptr noundef nonnull %98, ptr noundef %99)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %2) #17
  %101 = tail call i32 @putchar(i32 32)
  %102 = tail call { i64, i64 } @to_u128(x86_fp80 noundef 0xK40778000000000000000)
  %103 = extractvalue { i64, i64 } %102, 0
  %104 = extractvalue { i64, i64 } %102, 1
  %105 = zext i64 %104 to i128
  %106 = shl nuw i128 %105, 64
  %107 = zext i64 %103 to i128
  %108 = or disjoint i128 %106, %107
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #17
  %109 = getelementptr inbounds i8, ptr %1, i64 47
  store i8 0, ptr %109, align 1, !tbaa !16
  br label %110

110:                                              ; preds = %110, %97
  %111 = phi i64 [ %119, %110 ], [ 47, %97 ]
  %112 = phi i128 [ %114, %110 ], [ %108, %97 ]
  %113 = freeze i128 %112
  %114 = udiv i128 %113, 10
  %115 = mul i128 %114, 10
  %116 = sub i128 %113, %115
  %117 = trunc nuw nsw i128 %116 to i8
  %118 = or disjoint i8 %117, 48
  %119 = add nsw i64 %111, -1
  %120 = getelementptr inbounds [48 x i8], ptr %1, i64 0, i64 %119
  store i8 %118, ptr %120, align 1, !tbaa !16
  %121 = icmp ult i128 %112, 10
  br i1 %121, label %122, label %110, !llvm.loop !22

122:                                              ; preds = %110
  %123 = getelementptr inbounds [48 x i8], ptr %1, i64 0, i64 %119
  %124 = load ptr, ptr @stdout, align 8, !tbaa !23
  %125 = call i32 @fputs(ptr noundef nonnull %123, ptr noundef %124)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #17
  %126 = tail call float @to_f(x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB)
  %127 = fpext float %126 to double
  %128 = tail call double @to_d(x86_fp80 noundef 0xK3FFDAAAAAAAAAAAAAAAB)
  %129 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %127, double noundef %128)
  %130 = tail call i32 @cmp_all(x86_fp80 noundef 0xKBFFF8000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %130, i32 noundef 32)
  %132 = tail call i32 @cmp_all(x86_fp80 noundef 0xKBFFF8000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %132, i32 noundef 32)
  %134 = tail call i32 @cmp_all(x86_fp80 noundef 0xKBFFF8000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %135 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %134, i32 noundef 10)
  %136 = tail call i32 @cmp_all(x86_fp80 noundef 0xK00000000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %137 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %136, i32 noundef 32)
  %138 = tail call i32 @cmp_all(x86_fp80 noundef 0xK00000000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %138, i32 noundef 32)
  %140 = tail call i32 @cmp_all(x86_fp80 noundef 0xK00000000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %140, i32 noundef 10)
  %142 = tail call i32 @cmp_all(x86_fp80 noundef 0xK80000000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %143 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %142, i32 noundef 32)
  %144 = tail call i32 @cmp_all(x86_fp80 noundef 0xK80000000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %145 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %144, i32 noundef 32)
  %146 = tail call i32 @cmp_all(x86_fp80 noundef 0xK80000000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %146, i32 noundef 10)
  %148 = tail call i32 @cmp_all(x86_fp80 noundef 0xK4000A000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %148, i32 noundef 32)
  %150 = tail call i32 @cmp_all(x86_fp80 noundef 0xK4000A000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %151 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %150, i32 noundef 32)
  %152 = tail call i32 @cmp_all(x86_fp80 noundef 0xK4000A000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %152, i32 noundef 10)
  %154 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFFC000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %155 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %154, i32 noundef 32)
  %156 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFFC000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %157 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %156, i32 noundef 32)
  %158 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFFC000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %159 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %158, i32 noundef 10)
  %160 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFF8000000000000000, x86_fp80 noundef 0xKBFFF8000000000000000)
  %161 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %160, i32 noundef 32)
  %162 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFF8000000000000000, x86_fp80 noundef 0xK80000000000000000000)
  %163 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %162, i32 noundef 32)
  %164 = tail call i32 @cmp_all(x86_fp80 noundef 0xK7FFF8000000000000000, x86_fp80 noundef 0xK7FFFC000000000000000)
  %165 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %164, i32 noundef 10)
  %166 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef 1, i32 noundef 1, i32 noundef 1, x86_fp80 noundef 0xK7FFFC000000000000000, x86_fp80 noundef 0xKFFFF8000000000000000)
  %167 = tail call x86_fp80 (i32, ...) @sum_va(i32 noundef 3, x86_fp80 noundef 0xK3FFFC000000000000000, i32 noundef 2, x86_fp80 noundef 0xKBFFD8000000000000000, i32 noundef 4, x86_fp80 noundef 0xK4005C800000000000000, i32 noundef -1)
  %168 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, x86_fp80 noundef %167)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #17
  call void @cmul(ptr dead_on_unwind nonnull writable sret(%struct.Complex) align 16 %3, ptr noundef nonnull byval(%struct.Complex) align 16 @__const.main.a, ptr noundef nonnull byval(%struct.Complex) align 16 @__const.main.b)
  %169 = load x86_fp80, ptr %3, align 16, !tbaa !5
  %170 = getelementptr inbounds i8, ptr %3, i64 16
  %171 = load x86_fp80, ptr %170, align 16, !tbaa !10
  %172 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, x86_fp80 noundef %169, x86_fp80 noundef %171)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %4) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %4, i8 0, i64 48, i1 false)
  store i8 120, ptr %4, align 16
  %173 = getelementptr inbounds i8, ptr %4, i64 16
  store x86_fp80 0xK4000A000000000000000, ptr %173, align 16
  %174 = getelementptr inbounds i8, ptr %4, i64 32
  store i32 7, ptr %174, align 16
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %5) #17
  call void @scale(ptr dead_on_unwind nonnull writable sret(%struct.Tagged) align 16 %5, ptr noundef nonnull byval(%struct.Tagged) align 16 %4, x86_fp80 noundef 0xKC0018000000000000000)
  %175 = load i8, ptr %5, align 16, !tbaa !25
  %176 = sext i8 %175 to i32
  %177 = getelementptr inbounds i8, ptr %5, i64 16
  %178 = load x86_fp80, ptr %177, align 16, !tbaa !11
  %179 = getelementptr inbounds i8, ptr %5, i64 32
  %180 = load i32, ptr %179, align 16, !tbaa !14
  %181 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %176, x86_fp80 noundef %178, i32 noundef %180, i32 noundef 1)
  %182 = load x86_fp80, ptr @table, align 16, !tbaa !17
  %183 = fadd x86_fp80 %182, 0xK00000000000000000000
  %184 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 16, !tbaa !17
  %185 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %184, x86_fp80 0xK40008000000000000000, x86_fp80 %183)
  %186 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 32), align 16, !tbaa !17
  %187 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %186, x86_fp80 0xK4000C000000000000000, x86_fp80 %185)
  %188 = load x86_fp80, ptr getelementptr inbounds (i8, ptr @table, i64 48), align 16, !tbaa !17
  %189 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %188, x86_fp80 0xK40018000000000000000, x86_fp80 %187)
  %190 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, x86_fp80 noundef %189)
  %191 = tail call x86_fp80 @llvm.sqrt.f80(x86_fp80 0xK40008000000000000000)
  %192 = tail call x86_fp80 @cbrtl(x86_fp80 noundef 0xK4003D800000000000000) #18
  %193 = tail call x86_fp80 @expl(x86_fp80 noundef 0xK3FFF8000000000000000) #17
  %194 = tail call x86_fp80 @logl(x86_fp80 noundef 0xK4002A000000000000000) #17
  %195 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, x86_fp80 noundef %191, x86_fp80 noundef %192, x86_fp80 noundef %193, x86_fp80 noundef %194)
  %196 = tail call x86_fp80 @powl(x86_fp80 noundef 0xK3FFFC000000000000000, x86_fp80 noundef 0xK4003A000000000000000) #17
  %197 = tail call x86_fp80 @sinl(x86_fp80 noundef 0xK3FFF8000000000000000) #17
  %198 = tail call x86_fp80 @atan2l(x86_fp80 noundef 0xK3FFF8000000000000000, x86_fp80 noundef 0xK3FFF8000000000000000) #17
  %199 = fmul x86_fp80 %198, 0xK40018000000000000000
  %200 = tail call x86_fp80 @hypotl(x86_fp80 noundef 0xK4000C000000000000000, x86_fp80 noundef 0xK40018000000000000000) #17
  %201 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, x86_fp80 noundef %196, x86_fp80 noundef %197, x86_fp80 noundef %199, x86_fp80 noundef %200)
  %202 = tail call x86_fp80 @llvm.floor.f80(x86_fp80 0xKC000A000000000000000)
  %203 = tail call x86_fp80 @llvm.ceil.f80(x86_fp80 0xKC000A000000000000000)
  %204 = tail call x86_fp80 @llvm.trunc.f80(x86_fp80 0xKC000ACCCCCCCCCCCCCCD)
  %205 = tail call x86_fp80 @llvm.round.f80(x86_fp80 0xK4000A000000000000000)
  %206 = tail call x86_fp80 @llvm.rint.f80(x86_fp80 0xK4000A000000000000000)
  %207 = tail call x86_fp80 @llvm.fabs.f80(x86_fp80 0xKC000C000000000000000)
  %208 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, x86_fp80 noundef %202, x86_fp80 noundef %203, x86_fp80 noundef %204, x86_fp80 noundef %205, x86_fp80 noundef %206, x86_fp80 noundef %207, x86_fp80 noundef 0xKC0008000000000000000)
  %209 = tail call i64 @lroundl(x86_fp80 noundef 0xKC000A000000000000000) #17
  %210 = tail call i64 @llrintl(x86_fp80 noundef 0xK4000E000000000000000) #17
  %211 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %209, i64 noundef %210)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6) #17
  %212 = call x86_fp80 @frexpl(x86_fp80 noundef 0xK4004C000000000000000, ptr noundef nonnull %6) #17
  %213 = load i32, ptr %6, align 4, !tbaa !18
  %214 = tail call x86_fp80 @ldexpl(x86_fp80 noundef 0xK3FFEC000000000000000, i32 noundef 10) #17
  %215 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, x86_fp80 noundef %212, i32 noundef %213, x86_fp80 noundef %214, x86_fp80 noundef 0xKBFFF8000000000000000)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #17
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @fmodl(x86_fp80 noundef, x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fabs.f80(x86_fp80) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #10

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare x86_fp80 @cbrtl(x86_fp80 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @expl(x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @logl(x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @powl(x86_fp80 noundef, x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @sinl(x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare x86_fp80 @atan2l(x86_fp80 noundef, x86_fp80 noundef) local_unnamed_addr #9

; Function Attrs: nounwind
declare x86_fp80 @hypotl(x86_fp80 noundef, x86_fp80 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.floor.f80(x86_fp80) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.ceil.f80(x86_fp80) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.trunc.f80(x86_fp80) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.round.f80(x86_fp80) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.rint.f80(x86_fp80) #1

; Function Attrs: nounwind
declare i64 @lroundl(x86_fp80 noundef) local_unnamed_addr #12

; Function Attrs: nounwind
declare i64 @llrintl(x86_fp80 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: write)
declare x86_fp80 @frexpl(x86_fp80 noundef, ptr nocapture noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn
declare x86_fp80 @ldexpl(x86_fp80 noundef, i32 noundef) local_unnamed_addr #14

; Function Attrs: nofree nounwind
declare noundef i32 @fputs(ptr nocapture noundef readonly, ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.sqrt.f80(x86_fp80) #16

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #11 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(argmem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nofree nounwind }
attributes #16 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { nounwind }
attributes #18 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"", !7, i64 0, !7, i64 16}
!7 = !{!"long double", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!6, !7, i64 16}
!11 = !{!12, !7, i64 16}
!12 = !{!"", !8, i64 0, !7, i64 16, !13, i64 32}
!13 = !{!"int", !8, i64 0}
!14 = !{!12, !13, i64 32}
!15 = !{i64 0, i64 1, !16, i64 16, i64 16, !17, i64 32, i64 4, !18}
!16 = !{!8, !8, i64 0}
!17 = !{!7, !7, i64 0}
!18 = !{!13, !13, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = !{!24, !24, i64 0}
!24 = !{!"any pointer", !8, i64 0}
!25 = !{!12, !8, i64 0}
