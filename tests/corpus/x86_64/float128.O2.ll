; ModuleID = 'float128.c'
source_filename = "float128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @add(fp128 noundef %0, fp128 noundef %1) #0 {
  %3 = fadd fp128 %0, %1
  ret fp128 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @poly(fp128 noundef %0, fp128 noundef %1, fp128 noundef %2, fp128 noundef %3) local_unnamed_addr #0 {
  %5 = tail call fp128 @llvm.fmuladd.f128(fp128 %1, fp128 %0, fp128 %2)
  %6 = tail call fp128 @llvm.fmuladd.f128(fp128 %5, fp128 %0, fp128 %3)
  ret fp128 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fmuladd.f128(fp128, fp128, fp128) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @quot(fp128 noundef %0, fp128 noundef %1) local_unnamed_addr #0 {
  %3 = fdiv fp128 %0, %1
  %4 = fsub fp128 %3, %0
  ret fp128 %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @neg_abs(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fcmp olt fp128 %0, 0xL00000000000000000000000000000000
  %3 = fneg fp128 %0
  %4 = select i1 %2, fp128 %0, fp128 %3
  ret fp128 %4
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 64) i32 @cmp_mask(fp128 noundef %0, fp128 noundef %1) local_unnamed_addr #0 {
  %3 = fcmp olt fp128 %0, %1
  %4 = zext i1 %3 to i32
  %5 = fcmp ole fp128 %0, %1
  %6 = select i1 %5, i32 2, i32 0
  %7 = or disjoint i32 %6, %4
  %8 = fcmp ogt fp128 %0, %1
  %9 = select i1 %8, i32 4, i32 0
  %10 = or disjoint i32 %7, %9
  %11 = fcmp oge fp128 %0, %1
  %12 = select i1 %11, i32 8, i32 0
  %13 = or disjoint i32 %10, %12
  %14 = fcmp oeq fp128 %0, %1
  %15 = select i1 %14, i32 16, i32 0
  %16 = or disjoint i32 %13, %15
  %17 = fcmp une fp128 %0, %1
  %18 = select i1 %17, i32 32, i32 0
  %19 = or disjoint i32 %16, %18
  ret i32 %19
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @box(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fmul fp128 %0, 0xL00000000000000004000000000000000
  ret fp128 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @mix(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.mixed) align 16 %0, ptr nocapture noundef byval(%struct.mixed) align 16 %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  %4 = load i32, ptr %3, align 16, !tbaa !5
  %5 = sitofp i32 %4 to fp128
  %6 = load fp128, ptr %1, align 16, !tbaa !11
  %7 = fadd fp128 %6, %5
  store fp128 %7, ptr %1, align 16, !tbaa !11
  %8 = add nsw i32 %4, 1
  store i32 %8, ptr %3, align 16, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %0, ptr noundef nonnull align 16 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !12
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local fp128 @many(fp128 noundef %0, fp128 noundef %1, fp128 noundef %2, i32 noundef %3, fp128 noundef %4, fp128 noundef %5, fp128 noundef %6, fp128 noundef %7, double noundef %8, fp128 noundef %9, fp128 noundef %10, fp128 noundef %11) local_unnamed_addr #0 {
  %13 = tail call fp128 @llvm.fmuladd.f128(fp128 %1, fp128 0xL00000000000000004000000000000000, fp128 %0)
  %14 = tail call fp128 @llvm.fmuladd.f128(fp128 %2, fp128 0xL00000000000000004000800000000000, fp128 %13)
  %15 = tail call fp128 @llvm.fmuladd.f128(fp128 %4, fp128 0xL00000000000000004001000000000000, fp128 %14)
  %16 = tail call fp128 @llvm.fmuladd.f128(fp128 %5, fp128 0xL00000000000000004001400000000000, fp128 %15)
  %17 = tail call fp128 @llvm.fmuladd.f128(fp128 %6, fp128 0xL00000000000000004001800000000000, fp128 %16)
  %18 = tail call fp128 @llvm.fmuladd.f128(fp128 %7, fp128 0xL00000000000000004001C00000000000, fp128 %17)
  %19 = tail call fp128 @llvm.fmuladd.f128(fp128 %9, fp128 0xL00000000000000004002000000000000, fp128 %18)
  %20 = tail call fp128 @llvm.fmuladd.f128(fp128 %10, fp128 0xL00000000000000004002200000000000, fp128 %19)
  %21 = tail call fp128 @llvm.fmuladd.f128(fp128 %11, fp128 0xL00000000000000004002400000000000, fp128 %20)
  %22 = sitofp i32 %3 to fp128
  %23 = fadd fp128 %21, %22
  %24 = fpext double %8 to fp128
  %25 = fadd fp128 %23, %24
  ret fp128 %25
}

; Function Attrs: nofree noinline norecurse nosync nounwind uwtable
define dso_local fp128 @sum_va(i32 noundef %0, ...) local_unnamed_addr #4 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #11
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %35

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %2, i64 4
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = and i32 %0, 1
  %12 = icmp eq i32 %0, 1
  br i1 %12, label %15, label %13

13:                                               ; preds = %4
  %14 = and i32 %0, 2147483646
  br label %37

15:                                               ; preds = %66, %4
  %16 = phi fp128 [ poison, %4 ], [ %71, %66 ]
  %17 = phi ptr [ %10, %4 ], [ %67, %66 ]
  %18 = phi i32 [ %9, %4 ], [ %68, %66 ]
  %19 = phi fp128 [ 0xL00000000000000000000000000000000, %4 ], [ %71, %66 ]
  %20 = icmp eq i32 %11, 0
  br i1 %20, label %35, label %21

21:                                               ; preds = %15
  %22 = icmp ult i32 %18, 161
  br i1 %22, label %27, label %23

23:                                               ; preds = %21
  %24 = getelementptr inbounds i8, ptr %17, i64 15
  %25 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %24, i64 -16)
  %26 = getelementptr i8, ptr %25, i64 16
  store ptr %26, ptr %6, align 8
  br label %31

27:                                               ; preds = %21
  %28 = zext nneg i32 %18 to i64
  %29 = getelementptr i8, ptr %8, i64 %28
  %30 = add nuw nsw i32 %18, 16
  store i32 %30, ptr %5, align 4
  br label %31

31:                                               ; preds = %27, %23
  %32 = phi ptr [ %29, %27 ], [ %25, %23 ]
  %33 = load fp128, ptr %32, align 16, !tbaa !13
  %34 = fadd fp128 %19, %33
  br label %35

35:                                               ; preds = %31, %15, %1
  %36 = phi fp128 [ 0xL00000000000000000000000000000000, %1 ], [ %16, %15 ], [ %34, %31 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #11
  ret fp128 %36

37:                                               ; preds = %66, %13
  %38 = phi ptr [ %10, %13 ], [ %67, %66 ]
  %39 = phi i32 [ %9, %13 ], [ %68, %66 ]
  %40 = phi fp128 [ 0xL00000000000000000000000000000000, %13 ], [ %71, %66 ]
  %41 = phi i32 [ 0, %13 ], [ %72, %66 ]
  %42 = icmp ult i32 %39, 161
  br i1 %42, label %43, label %47

43:                                               ; preds = %37
  %44 = zext nneg i32 %39 to i64
  %45 = getelementptr i8, ptr %8, i64 %44
  %46 = add nuw nsw i32 %39, 16
  store i32 %46, ptr %5, align 4
  br label %51

47:                                               ; preds = %37
  %48 = getelementptr inbounds i8, ptr %38, i64 15
  %49 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %48, i64 -16)
  %50 = getelementptr i8, ptr %49, i64 16
  store ptr %50, ptr %6, align 8
  br label %51

51:                                               ; preds = %47, %43
  %52 = phi ptr [ %38, %43 ], [ %50, %47 ]
  %53 = phi i32 [ %46, %43 ], [ %39, %47 ]
  %54 = phi ptr [ %45, %43 ], [ %49, %47 ]
  %55 = load fp128, ptr %54, align 16, !tbaa !13
  %56 = fadd fp128 %40, %55
  %57 = icmp ult i32 %53, 161
  br i1 %57, label %62, label %58

58:                                               ; preds = %51
  %59 = getelementptr inbounds i8, ptr %52, i64 15
  %60 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %59, i64 -16)
  %61 = getelementptr i8, ptr %60, i64 16
  store ptr %61, ptr %6, align 8
  br label %66

62:                                               ; preds = %51
  %63 = zext nneg i32 %53 to i64
  %64 = getelementptr i8, ptr %8, i64 %63
  %65 = add nuw nsw i32 %53, 16
  store i32 %65, ptr %5, align 4
  br label %66

66:                                               ; preds = %62, %58
  %67 = phi ptr [ %52, %62 ], [ %61, %58 ]
  %68 = phi i32 [ %65, %62 ], [ %53, %58 ]
  %69 = phi ptr [ %64, %62 ], [ %60, %58 ]
  %70 = load fp128, ptr %69, align 16, !tbaa !13
  %71 = fadd fp128 %56, %70
  %72 = add i32 %41, 2
  %73 = icmp eq i32 %72, %14
  br i1 %73, label %15, label %37, !llvm.loop !15
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

; Function Attrs: noinline nounwind uwtable
define dso_local fp128 @apply(ptr nocapture noundef readonly %0, fp128 noundef %1, fp128 noundef %2) local_unnamed_addr #7 {
  %4 = tail call fp128 %0(fp128 noundef %1, fp128 noundef %2) #11
  ret fp128 %4
}

; Function Attrs: nofree noinline nosync nounwind memory(none) uwtable
define dso_local fp128 @fact(i32 noundef %0) local_unnamed_addr #8 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi fp128 [ %9, %5 ], [ 0xL00000000000000003FFF000000000000, %1 ]
  ret fp128 %4

5:                                                ; preds = %1
  %6 = uitofp nneg i32 %0 to fp128
  %7 = add nsw i32 %0, -1
  %8 = tail call fp128 @fact(i32 noundef %7)
  %9 = fmul fp128 %8, %6
  br label %3
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #9 {
  %1 = alloca %struct.mixed, align 16
  %2 = alloca %struct.mixed, align 16
  %3 = alloca fp128, align 16
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str, i64 noundef 4610935418489492821, i64 noundef 6148914691236517205, double noundef 0x3FD5555555555555)
  %5 = tail call fp128 @add(fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef 0xL55555555555555553FFD555555555555)
  %6 = bitcast fp128 %5 to i128
  %7 = trunc i128 %6 to i64
  %8 = lshr i128 %6, 64
  %9 = trunc nuw i128 %8 to i64
  %10 = fptrunc fp128 %5 to double
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.1, i64 noundef %9, i64 noundef %7, double noundef %10)
  %12 = tail call fp128 @poly(fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL0000000000000000C000000000000000, fp128 noundef 0xL00000000000000003FFE000000000000)
  %13 = bitcast fp128 %12 to i128
  %14 = trunc i128 %13 to i64
  %15 = lshr i128 %13, 64
  %16 = trunc nuw i128 %15 to i64
  %17 = fptrunc fp128 %12 to double
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.2, i64 noundef %16, i64 noundef %14, double noundef %17)
  %19 = tail call fp128 @quot(fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef 0xL00000000000000004001000000000000)
  %20 = bitcast fp128 %19 to i128
  %21 = trunc i128 %20 to i64
  %22 = lshr i128 %20, 64
  %23 = trunc nuw i128 %22 to i64
  %24 = fptrunc fp128 %19 to double
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.3, i64 noundef %23, i64 noundef %21, double noundef %24)
  %26 = tail call fp128 @neg_abs(fp128 noundef 0xL5555555555555555BFFD555555555555)
  %27 = bitcast fp128 %26 to i128
  %28 = trunc i128 %27 to i64
  %29 = lshr i128 %27, 64
  %30 = trunc nuw i128 %29 to i64
  %31 = fptrunc fp128 %26 to double
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.4, i64 noundef %30, i64 noundef %28, double noundef %31)
  %33 = tail call fp128 @neg_abs(fp128 noundef 0xL00000000000000000000000000000000)
  %34 = bitcast fp128 %33 to i128
  %35 = trunc i128 %34 to i64
  %36 = lshr i128 %34, 64
  %37 = trunc nuw i128 %36 to i64
  %38 = fptrunc fp128 %33 to double
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.5, i64 noundef %37, i64 noundef %35, double noundef %38)
  %40 = tail call i32 @cmp_mask(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %41 = tail call i32 @cmp_mask(fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000000000000000)
  %42 = tail call i32 @cmp_mask(fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef 0xL5555555555555555BFFD555555555555)
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %40, i32 noundef %41, i32 noundef %42)
  %44 = tail call fp128 @box(fp128 noundef 0xL55555555555555553FFD555555555555)
  %45 = bitcast fp128 %44 to i128
  %46 = trunc i128 %45 to i64
  %47 = lshr i128 %45, 64
  %48 = trunc nuw i128 %47 to i64
  %49 = fptrunc fp128 %44 to double
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.7, i64 noundef %48, i64 noundef %46, double noundef %49)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #11
  store fp128 0xL55555555555555553FFD555555555555, ptr %2, align 16, !tbaa !11
  %51 = getelementptr inbounds i8, ptr %2, i64 16
  store i32 41, ptr %51, align 16, !tbaa !5
  call void @mix(ptr dead_on_unwind nonnull writable sret(%struct.mixed) align 16 %1, ptr noundef nonnull byval(%struct.mixed) align 16 %2)
  %52 = load fp128, ptr %1, align 16, !tbaa !11
  %53 = bitcast fp128 %52 to i128
  %54 = trunc i128 %53 to i64
  %55 = lshr i128 %53, 64
  %56 = trunc nuw i128 %55 to i64
  %57 = fptrunc fp128 %52 to double
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.8, i64 noundef %56, i64 noundef %54, double noundef %57)
  %59 = getelementptr inbounds i8, ptr %1, i64 16
  %60 = load i32, ptr %59, align 16, !tbaa !5
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %60)
  %62 = tail call fp128 @many(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, double noundef 2.500000e-01, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %63 = bitcast fp128 %62 to i128
  %64 = trunc i128 %63 to i64
  %65 = lshr i128 %63, 64
  %66 = trunc nuw i128 %65 to i64
  %67 = fptrunc fp128 %62 to double
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.10, i64 noundef %66, i64 noundef %64, double noundef %67)
  %69 = tail call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL0000000000000000C000400000000000)
  %70 = bitcast fp128 %69 to i128
  %71 = trunc i128 %70 to i64
  %72 = lshr i128 %70, 64
  %73 = trunc nuw i128 %72 to i64
  %74 = fptrunc fp128 %69 to double
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.11, i64 noundef %73, i64 noundef %71, double noundef %74)
  %76 = tail call fp128 (i32, ...) @sum_va(i32 noundef 10, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %77 = bitcast fp128 %76 to i128
  %78 = trunc i128 %77 to i64
  %79 = lshr i128 %77, 64
  %80 = trunc nuw i128 %79 to i64
  %81 = fptrunc fp128 %76 to double
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.12, i64 noundef %80, i64 noundef %78, double noundef %81)
  %83 = tail call fp128 @apply(ptr noundef nonnull @add, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %84 = bitcast fp128 %83 to i128
  %85 = trunc i128 %84 to i64
  %86 = lshr i128 %84, 64
  %87 = trunc nuw i128 %86 to i64
  %88 = fptrunc fp128 %83 to double
  %89 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.13, i64 noundef %87, i64 noundef %85, double noundef %88)
  %90 = tail call fp128 @fact(i32 noundef 25)
  %91 = bitcast fp128 %90 to i128
  %92 = trunc i128 %91 to i64
  %93 = lshr i128 %91, 64
  %94 = trunc nuw i128 %93 to i64
  %95 = fptrunc fp128 %90 to double
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.14, i64 noundef %94, i64 noundef %92, double noundef %95)
  %97 = tail call fp128 @fact(i32 noundef 30)
  %98 = tail call fp128 @fact(i32 noundef 20)
  %99 = fdiv fp128 %98, 0xL00000000000000004001C00000000000
  %100 = fptosi fp128 %99 to i64
  %101 = fptoui fp128 %98 to i64
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %100, i64 noundef %101, i32 noundef -1000, i32 noundef 1000000000)
  %103 = fptosi fp128 %97 to i128
  %104 = lshr i128 %103, 64
  %105 = trunc nuw i128 %104 to i64
  %106 = trunc i128 %103 to i64
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i64 noundef %105, i64 noundef %106)
  %108 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.17, i64 noundef 4639552041121742847, i64 noundef -101130240, double noundef 0x4630000000000000)
  %109 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.18, i64 noundef 4629418941960159231, i64 noundef -562949953421312, double noundef 0x43F0000000000000)
  %110 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.19, i64 noundef -4603241769126330368, i64 noundef 0, double noundef 0xC1DFFFFFFFC00000)
  %111 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.20, i64 noundef 4611432690955059200, i64 noundef 0, double noundef 0x3FF19999A0000000)
  %112 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.21, i64 noundef 4610447528529861017, i64 noundef -6917529027641081856, double noundef 1.000000e-01)
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, double noundef 0x3FD5555560000000, double noundef 0x3FD5555555555555)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3)
  store volatile fp128 0xL00000000000000000000000000000000, ptr %3, align 16, !tbaa !13
  %114 = load volatile fp128, ptr %3, align 16, !tbaa !13
  %115 = fdiv fp128 0xL00000000000000003FFF000000000000, %114
  %116 = load volatile fp128, ptr %3, align 16, !tbaa !13
  %117 = load volatile fp128, ptr %3, align 16, !tbaa !13
  %118 = fdiv fp128 %116, %117
  %119 = fcmp ogt fp128 %115, %97
  %120 = zext i1 %119 to i32
  %121 = fcmp ord fp128 %118, 0xL00000000000000000000000000000000
  %122 = zext i1 %121 to i32
  %123 = fcmp uno fp128 %118, 0xL00000000000000000000000000000000
  %124 = zext i1 %123 to i32
  %125 = tail call i32 @cmp_mask(fp128 noundef %118, fp128 noundef 0xL00000000000000003FFF000000000000)
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i32 noundef %120, i32 noundef %120, i32 noundef %122, i32 noundef %124, i32 noundef %125)
  br label %134

127:                                              ; preds = %134
  %128 = bitcast fp128 %155 to i128
  %129 = trunc i128 %128 to i64
  %130 = lshr i128 %128, 64
  %131 = trunc nuw i128 %130 to i64
  %132 = fptrunc fp128 %155 to double
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.24, i64 noundef %131, i64 noundef %129, double noundef %132)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #11
  ret i32 0

134:                                              ; preds = %134, %0
  %135 = phi i32 [ 1, %0 ], [ %156, %134 ]
  %136 = phi fp128 [ 0xL00000000000000000000000000000000, %0 ], [ %155, %134 ]
  %137 = uitofp nneg i32 %135 to fp128
  %138 = fdiv fp128 0xL00000000000000003FFF000000000000, %137
  %139 = fadd fp128 %136, %138
  %140 = add nuw nsw i32 %135, 1
  %141 = uitofp nneg i32 %140 to fp128
  %142 = fdiv fp128 0xL00000000000000003FFF000000000000, %141
  %143 = fadd fp128 %139, %142
  %144 = add nuw nsw i32 %135, 2
  %145 = uitofp nneg i32 %144 to fp128
  %146 = fdiv fp128 0xL00000000000000003FFF000000000000, %145
  %147 = fadd fp128 %143, %146
  %148 = add nuw nsw i32 %135, 3
  %149 = uitofp nneg i32 %148 to fp128
  %150 = fdiv fp128 0xL00000000000000003FFF000000000000, %149
  %151 = fadd fp128 %147, %150
  %152 = add nuw nsw i32 %135, 4
  %153 = uitofp nneg i32 %152 to fp128
  %154 = fdiv fp128 0xL00000000000000003FFF000000000000, %153
  %155 = fadd fp128 %151, %154
  %156 = add nuw nsw i32 %135, 5
  %157 = icmp eq i32 %156, 101
  br i1 %157, label %127, label %134, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #10

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nofree noinline nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !10, i64 16}
!6 = !{!"mixed", !7, i64 0, !10, i64 16}
!7 = !{!"__float128", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!6, !7, i64 0}
!12 = !{i64 0, i64 16, !13, i64 16, i64 4, !14}
!13 = !{!7, !7, i64 0}
!14 = !{!10, !10, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
