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
define dso_local %struct.boxed @box(fp128 noundef %0) local_unnamed_addr #0 {
  %2 = fmul fp128 %0, 0xL00000000000000004000000000000000
  %3 = insertvalue %struct.boxed poison, fp128 %2, 0
  ret %struct.boxed %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @mix(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.mixed) align 16 %0, ptr nocapture noundef %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  %4 = load i32, ptr %3, align 16, !tbaa !6
  %5 = sitofp i32 %4 to fp128
  %6 = load fp128, ptr %1, align 16, !tbaa !12
  %7 = fadd fp128 %6, %5
  store fp128 %7, ptr %1, align 16, !tbaa !12
  %8 = add nsw i32 %4, 1
  store i32 %8, ptr %3, align 16, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %0, ptr noundef nonnull align 16 dereferenceable(32) %1, i64 32, i1 false), !tbaa.struct !13
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
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #11
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 28
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 4
  br label %12

10:                                               ; preds = %29, %1
  %11 = phi fp128 [ 0xL00000000000000000000000000000000, %1 ], [ %34, %29 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #11
  ret fp128 %11

12:                                               ; preds = %4, %29
  %13 = phi i32 [ %9, %4 ], [ %30, %29 ]
  %14 = phi i32 [ 0, %4 ], [ %35, %29 ]
  %15 = phi fp128 [ 0xL00000000000000000000000000000000, %4 ], [ %34, %29 ]
  %16 = phi ptr [ %5, %4 ], [ %31, %29 ]
  %17 = icmp sgt i32 %13, -1
  br i1 %17, label %24, label %18

18:                                               ; preds = %12
  %19 = add nsw i32 %13, 16
  store i32 %19, ptr %6, align 4
  %20 = icmp ult i32 %13, -15
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i8, ptr %8, i64 %22
  br label %29

24:                                               ; preds = %18, %12
  %25 = phi i32 [ %19, %18 ], [ %13, %12 ]
  %26 = getelementptr inbounds i8, ptr %16, i64 15
  %27 = call align 16 ptr @llvm.ptrmask.p0.i64(ptr nonnull %26, i64 -16)
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  store ptr %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i32 [ %19, %21 ], [ %25, %24 ]
  %31 = phi ptr [ %16, %21 ], [ %28, %24 ]
  %32 = phi ptr [ %23, %21 ], [ %27, %24 ]
  %33 = load fp128, ptr %32, align 16, !tbaa !14
  %34 = fadd fp128 %15, %33
  %35 = add nuw nsw i32 %14, 1
  %36 = icmp eq i32 %35, %0
  br i1 %36, label %10, label %12, !llvm.loop !16
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
  %44 = tail call %struct.boxed @box(fp128 noundef 0xL55555555555555553FFD555555555555)
  %45 = extractvalue %struct.boxed %44, 0
  %46 = bitcast fp128 %45 to i128
  %47 = trunc i128 %46 to i64
  %48 = lshr i128 %46, 64
  %49 = trunc nuw i128 %48 to i64
  %50 = fptrunc fp128 %45 to double
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.7, i64 noundef %49, i64 noundef %47, double noundef %50)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #11
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #11
  store fp128 0xL55555555555555553FFD555555555555, ptr %2, align 16, !tbaa !14
  %52 = getelementptr inbounds i8, ptr %2, i64 16
  store i32 41, ptr %52, align 16, !tbaa !15
  call void @mix(ptr dead_on_unwind nonnull writable sret(%struct.mixed) align 16 %1, ptr noundef nonnull %2)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #11
  %53 = load fp128, ptr %1, align 16, !tbaa !12
  %54 = bitcast fp128 %53 to i128
  %55 = trunc i128 %54 to i64
  %56 = lshr i128 %54, 64
  %57 = trunc nuw i128 %56 to i64
  %58 = fptrunc fp128 %53 to double
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.8, i64 noundef %57, i64 noundef %55, double noundef %58)
  %60 = getelementptr inbounds i8, ptr %1, i64 16
  %61 = load i32, ptr %60, align 16, !tbaa !6
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %61)
  %63 = tail call fp128 @many(fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, i32 noundef 4, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, double noundef 2.500000e-01, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL00000000000000004002400000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %64 = bitcast fp128 %63 to i128
  %65 = trunc i128 %64 to i64
  %66 = lshr i128 %64, 64
  %67 = trunc nuw i128 %66 to i64
  %68 = fptrunc fp128 %63 to double
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.10, i64 noundef %67, i64 noundef %65, double noundef %68)
  %70 = tail call fp128 (i32, ...) @sum_va(i32 noundef 3, fp128 noundef 0xL55555555555555553FFD555555555555, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL0000000000000000C000400000000000)
  %71 = bitcast fp128 %70 to i128
  %72 = trunc i128 %71 to i64
  %73 = lshr i128 %71, 64
  %74 = trunc nuw i128 %73 to i64
  %75 = fptrunc fp128 %70 to double
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.11, i64 noundef %74, i64 noundef %72, double noundef %75)
  %77 = tail call fp128 (i32, ...) @sum_va(i32 noundef 10, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL00000000000000004000000000000000, fp128 noundef 0xL00000000000000004000800000000000, fp128 noundef 0xL00000000000000004001000000000000, fp128 noundef 0xL00000000000000004001400000000000, fp128 noundef 0xL00000000000000004001800000000000, fp128 noundef 0xL00000000000000004001C00000000000, fp128 noundef 0xL00000000000000004002000000000000, fp128 noundef 0xL00000000000000004002200000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %78 = bitcast fp128 %77 to i128
  %79 = trunc i128 %78 to i64
  %80 = lshr i128 %78, 64
  %81 = trunc nuw i128 %80 to i64
  %82 = fptrunc fp128 %77 to double
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.12, i64 noundef %81, i64 noundef %79, double noundef %82)
  %84 = tail call fp128 @apply(ptr noundef nonnull @add, fp128 noundef 0xL00000000000000003FFF000000000000, fp128 noundef 0xL55555555555555553FFD555555555555)
  %85 = bitcast fp128 %84 to i128
  %86 = trunc i128 %85 to i64
  %87 = lshr i128 %85, 64
  %88 = trunc nuw i128 %87 to i64
  %89 = fptrunc fp128 %84 to double
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.13, i64 noundef %88, i64 noundef %86, double noundef %89)
  %91 = tail call fp128 @fact(i32 noundef 25)
  %92 = bitcast fp128 %91 to i128
  %93 = trunc i128 %92 to i64
  %94 = lshr i128 %92, 64
  %95 = trunc nuw i128 %94 to i64
  %96 = fptrunc fp128 %91 to double
  %97 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.14, i64 noundef %95, i64 noundef %93, double noundef %96)
  %98 = tail call fp128 @fact(i32 noundef 30)
  %99 = tail call fp128 @fact(i32 noundef 20)
  %100 = fdiv fp128 %99, 0xL00000000000000004001C00000000000
  %101 = fptosi fp128 %100 to i64
  %102 = fptoui fp128 %99 to i64
  %103 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %101, i64 noundef %102, i32 noundef -1000, i32 noundef 1000000000)
  %104 = fptosi fp128 %98 to i128
  %105 = lshr i128 %104, 64
  %106 = trunc nuw i128 %105 to i64
  %107 = trunc i128 %104 to i64
  %108 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i64 noundef %106, i64 noundef %107)
  %109 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.17, i64 noundef 4639552041121742847, i64 noundef -101130240, double noundef 0x4630000000000000)
  %110 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.18, i64 noundef 4629418941960159231, i64 noundef -562949953421312, double noundef 0x43F0000000000000)
  %111 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.19, i64 noundef -4603241769126330368, i64 noundef 0, double noundef 0xC1DFFFFFFFC00000)
  %112 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.20, i64 noundef 4611432690955059200, i64 noundef 0, double noundef 0x3FF19999A0000000)
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.21, i64 noundef 4610447528529861017, i64 noundef -6917529027641081856, double noundef 1.000000e-01)
  %114 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, double noundef 0x3FD5555560000000, double noundef 0x3FD5555555555555)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3)
  store volatile fp128 0xL00000000000000000000000000000000, ptr %3, align 16, !tbaa !14
  %115 = load volatile fp128, ptr %3, align 16, !tbaa !14
  %116 = fdiv fp128 0xL00000000000000003FFF000000000000, %115
  %117 = load volatile fp128, ptr %3, align 16, !tbaa !14
  %118 = load volatile fp128, ptr %3, align 16, !tbaa !14
  %119 = fdiv fp128 %117, %118
  %120 = fcmp ogt fp128 %116, %98
  %121 = zext i1 %120 to i32
  %122 = fcmp ord fp128 %119, 0xL00000000000000000000000000000000
  %123 = zext i1 %122 to i32
  %124 = fcmp uno fp128 %119, 0xL00000000000000000000000000000000
  %125 = zext i1 %124 to i32
  %126 = tail call i32 @cmp_mask(fp128 noundef %119, fp128 noundef 0xL00000000000000003FFF000000000000)
  %127 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i32 noundef %121, i32 noundef %121, i32 noundef %123, i32 noundef %125, i32 noundef %126)
  br label %128

128:                                              ; preds = %128, %0
  %129 = phi i32 [ 0, %0 ], [ %139, %128 ]
  %130 = phi fp128 [ 0xL00000000000000000000000000000000, %0 ], [ %138, %128 ]
  %131 = or disjoint i32 %129, 1
  %132 = add i32 %129, 2
  %133 = uitofp nneg i32 %131 to fp128
  %134 = uitofp nneg i32 %132 to fp128
  %135 = fdiv fp128 0xL00000000000000003FFF000000000000, %133
  %136 = fdiv fp128 0xL00000000000000003FFF000000000000, %134
  %137 = fadd fp128 %130, %135
  %138 = fadd fp128 %137, %136
  %139 = add nuw i32 %129, 2
  %140 = icmp eq i32 %139, 100
  br i1 %140, label %141, label %128, !llvm.loop !18

141:                                              ; preds = %128
  %142 = bitcast fp128 %138 to i128
  %143 = trunc i128 %142 to i64
  %144 = lshr i128 %142, 64
  %145 = trunc nuw i128 %144 to i64
  %146 = fptrunc fp128 %138 to double
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.24, i64 noundef %145, i64 noundef %143, double noundef %146)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #11
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #10

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nosync nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree noinline nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !11, i64 16}
!7 = !{!"mixed", !8, i64 0, !11, i64 16}
!8 = !{!"long double", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!"int", !9, i64 0}
!12 = !{!7, !8, i64 0}
!13 = !{i64 0, i64 16, !14, i64 16, i64 4, !15}
!14 = !{!8, !8, i64 0}
!15 = !{!11, !11, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17, !19, !20}
!19 = !{!"llvm.loop.isvectorized", i32 1}
!20 = !{!"llvm.loop.unroll.runtime.disable"}
