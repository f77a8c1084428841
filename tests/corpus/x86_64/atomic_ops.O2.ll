; ModuleID = 'atomic_ops.c'
source_filename = "atomic_ops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.atomic_flag = type { i8 }

@.str = private unnamed_addr constant [7 x i8] c"i8: %d\00", align 1
@a8 = internal global i8 -3, align 1
@.str.1 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c" %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"u16: %u\00", align 1
@a16 = internal global i16 -6, align 2
@.str.4 = private unnamed_addr constant [4 x i8] c" %u\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c" %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"i32: %d\00", align 1
@a32 = internal global i32 100, align 4
@.str.7 = private unnamed_addr constant [11 x i8] c" cas=%d/%d\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c" max=%d\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"u64: %llu\00", align 1
@a64 = internal global i64 -16, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c" %llu\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c" cas=%d/%llx\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c" %llu\0A\00", align 1
@aptr = internal global ptr null, align 8
@table = internal global [4 x i32] [i32 10, i32 20, i32 30, i32 40], align 16
@.str.13 = private unnamed_addr constant [18 x i8] c"ptr: %d %d %d %d\0A\00", align 1
@builtins.counter = internal global i64 5, align 8
@builtins.bytes = internal global i8 -16, align 1
@builtins.halves = internal global i16 -1, align 2
@builtins.words = internal global i32 7, align 4
@.str.14 = private unnamed_addr constant [10 x i8] c"sync: %ld\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c" %ld\00", align 1
@.str.16 = private unnamed_addr constant [13 x i8] c"__atomic: %d\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c" %d/%d\00", align 1
@builtins.tas = internal global i8 0, align 1
@flag = internal global %struct.atomic_flag zeroinitializer, align 1
@.str.18 = private unnamed_addr constant [16 x i8] c"flag: %d %d %d\0A\00", align 1
@lock_word = internal global i32 0, align 4
@shared_total = internal unnamed_addr global i32 0, align 4
@.str.19 = private unnamed_addr constant [17 x i8] c"spinlock: %d %d\0A\00", align 1
@flags_and_fences.dsum = internal global double 5.000000e-01, align 8
@.str.20 = private unnamed_addr constant [14 x i8] c"double: %.3f\0A\00", align 1
@flags_and_fences.fsum = internal global float 0.000000e+00, align 4
@.str.21 = private unnamed_addr constant [18 x i8] c"float: %.2f %.2f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  tail call fastcc void @widths()
  tail call fastcc void @builtins()
  tail call fastcc void @flags_and_fences()
  ret i32 0
}

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc void @widths() unnamed_addr #1 {
  %1 = atomicrmw add ptr @a8, i8 5 seq_cst, align 1
  %2 = sext i8 %1 to i32
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %2)
  %4 = atomicrmw sub ptr @a8, i8 10 seq_cst, align 1
  %5 = sext i8 %4 to i32
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %5)
  %7 = atomicrmw and ptr @a8, i8 124 seq_cst, align 1
  %8 = sext i8 %7 to i32
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %8)
  %10 = atomicrmw or ptr @a8, i8 65 seq_cst, align 1
  %11 = sext i8 %10 to i32
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %11)
  %13 = atomicrmw xor ptr @a8, i8 15 seq_cst, align 1
  %14 = sext i8 %13 to i32
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %14)
  %16 = load atomic i8, ptr @a8 seq_cst, align 1
  %17 = sext i8 %16 to i32
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %17)
  %19 = atomicrmw add ptr @a16, i16 10 seq_cst, align 2
  %20 = zext i16 %19 to i32
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %20)
  %22 = atomicrmw xchg ptr @a16, i16 1234 seq_cst, align 2
  %23 = zext i16 %22 to i32
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %23)
  %25 = atomicrmw or ptr @a16, i16 -32768 acq_rel, align 2
  %26 = zext i16 %25 to i32
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %26)
  %28 = load atomic i16, ptr @a16 acquire, align 2
  %29 = zext i16 %28 to i32
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %29)
  %31 = atomicrmw sub ptr @a32, i32 250 release, align 4
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %31)
  %33 = atomicrmw add ptr @a32, i32 7 monotonic, align 4
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %33)
  %35 = cmpxchg ptr @a32, i32 -143, i32 77 seq_cst seq_cst, align 4
  %36 = extractvalue { i32, i1 } %35, 1
  %37 = extractvalue { i32, i1 } %35, 0
  %38 = zext i1 %36 to i32
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %38, i32 noundef %37)
  %40 = cmpxchg ptr @a32, i32 0, i32 1 seq_cst seq_cst, align 4
  %41 = extractvalue { i32, i1 } %40, 1
  %42 = extractvalue { i32, i1 } %40, 0
  %43 = zext i1 %41 to i32
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %43, i32 noundef %42)
  %45 = tail call fastcc i32 @atomic_max32(i32 noundef 500)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %45)
  %47 = tail call fastcc i32 @atomic_max32(i32 noundef 20)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %47)
  %49 = load atomic i32, ptr @a32 seq_cst, align 4
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %49)
  %51 = atomicrmw add ptr @a64, i64 32 seq_cst, align 8
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %51)
  %53 = atomicrmw xor ptr @a64, i64 -71777214294589696 seq_cst, align 8
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef %53)
  %55 = cmpxchg weak ptr @a64, i64 1, i64 2 seq_cst acquire, align 8
  %56 = extractvalue { i64, i1 } %55, 1
  %57 = extractvalue { i64, i1 } %55, 0
  %58 = zext i1 %56 to i32
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %58, i64 noundef %57)
  store atomic i64 42, ptr @a64 seq_cst, align 8
  %60 = load atomic i64, ptr @a64 seq_cst, align 8
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef %60)
  store atomic i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @table, i64 4) to i64), ptr @aptr seq_cst, align 8
  %62 = atomicrmw xchg ptr @aptr, i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @table, i64 12) to i64) seq_cst, align 8
  %63 = cmpxchg ptr @aptr, i64 ptrtoint (ptr getelementptr inbounds (i8, ptr @table, i64 12) to i64), i64 ptrtoint (ptr @table to i64) seq_cst seq_cst, align 8
  %64 = extractvalue { i64, i1 } %63, 1
  %65 = extractvalue { i64, i1 } %63, 0
  %66 = inttoptr i64 %65 to ptr
  %67 = select i1 %64, ptr getelementptr inbounds (i8, ptr @table, i64 12), ptr %66
  %68 = inttoptr i64 %62 to ptr
  %69 = zext i1 %64 to i32
  %70 = load i32, ptr %68, align 4, !tbaa !5
  %71 = load i32, ptr %67, align 4, !tbaa !5
  %72 = load atomic i64, ptr @aptr seq_cst, align 8
  %73 = inttoptr i64 %72 to ptr
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %70, i32 noundef %69, i32 noundef %71, i32 noundef %74)
  ret void
}

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc void @builtins() unnamed_addr #1 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = atomicrmw add ptr @builtins.counter, i64 3 seq_cst, align 8
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef %3)
  %5 = atomicrmw add ptr @builtins.counter, i64 3 seq_cst, align 8
  %6 = add i64 %5, 3
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %6)
  %8 = atomicrmw sub ptr @builtins.counter, i64 1 seq_cst, align 8
  %9 = add i64 %8, -1
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %9)
  %11 = atomicrmw nand ptr @builtins.bytes, i8 60 seq_cst, align 1
  %12 = zext i8 %11 to i32
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %12)
  %14 = atomicrmw and ptr @builtins.bytes, i8 15 seq_cst, align 1
  %15 = zext i8 %14 to i32
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %15)
  %17 = atomicrmw or ptr @builtins.halves, i16 16 seq_cst, align 2
  %18 = sext i16 %17 to i32
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %18)
  %20 = atomicrmw xor ptr @builtins.halves, i16 32767 seq_cst, align 2
  %21 = xor i16 %20, 32767
  %22 = sext i16 %21 to i32
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %22)
  %24 = cmpxchg ptr @builtins.words, i32 7, i32 9 seq_cst seq_cst, align 4
  %25 = extractvalue { i32, i1 } %24, 1
  %26 = zext i1 %25 to i32
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %26)
  %28 = cmpxchg ptr @builtins.words, i32 9, i32 11 seq_cst seq_cst, align 4
  %29 = extractvalue { i32, i1 } %28, 0
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %29)
  %31 = atomicrmw xchg ptr @builtins.words, i32 3 seq_cst, align 4
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %31)
  store atomic i32 0, ptr @builtins.words release, align 4
  fence seq_cst
  %33 = load i32, ptr @builtins.words, align 4, !tbaa !5
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %33)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #7
  store i32 10, ptr %1, align 4, !tbaa !5
  %35 = atomicrmw nand ptr %1, i32 6 seq_cst, align 4
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %35)
  %37 = atomicrmw max ptr %1, i32 100 monotonic, align 4
  %38 = call i32 @llvm.smax.i32(i32 %37, i32 100)
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %38)
  %40 = atomicrmw min ptr %1, i32 -5 acquire, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %40)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  store i32 3, ptr %2, align 4, !tbaa !5
  %42 = atomicrmw umax ptr %2, i32 -256 release, align 4
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %42)
  %44 = atomicrmw umin ptr %2, i32 17 acq_rel, align 4
  %45 = call i32 @llvm.umin.i32(i32 %44, i32 17)
  %46 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %45)
  %47 = atomicrmw xchg ptr %1, i32 44 seq_cst, align 4
  %48 = load i32, ptr %1, align 4, !tbaa !5
  %49 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %47, i32 noundef %48)
  %50 = atomicrmw xchg ptr @builtins.tas, i8 1 seq_cst, align 1
  %51 = icmp ne i8 %50, 0
  %52 = zext i1 %51 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %52)
  %54 = atomicrmw xchg ptr @builtins.tas, i8 1 acquire, align 1
  %55 = icmp ne i8 %54, 0
  %56 = zext i1 %55 to i32
  %57 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %56)
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #7
  ret void
}

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc void @flags_and_fences() unnamed_addr #1 {
  %1 = atomicrmw xchg ptr @flag, i8 1 seq_cst, align 1
  %2 = and i8 %1, 1
  %3 = zext nneg i8 %2 to i32
  %4 = atomicrmw xchg ptr @flag, i8 1 acquire, align 1
  %5 = and i8 %4, 1
  %6 = zext nneg i8 %5 to i32
  store atomic i8 0, ptr @flag seq_cst, align 1
  %7 = atomicrmw xchg ptr @flag, i8 1 seq_cst, align 1
  %8 = and i8 %7, 1
  %9 = zext nneg i8 %8 to i32
  fence seq_cst
  fence syncscope("singlethread") seq_cst
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %3, i32 noundef %6, i32 noundef %9)
  %11 = load i32, ptr @shared_total, align 4, !tbaa !5
  br label %28

12:                                               ; preds = %28
  %13 = load atomic i32, ptr @lock_word seq_cst, align 4
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef %31, i32 noundef %13)
  tail call fastcc void @atomic_add_double(double noundef 2.500000e-01)
  tail call fastcc void @atomic_add_double(double noundef 5.000000e-01)
  tail call fastcc void @atomic_add_double(double noundef 7.500000e-01)
  tail call fastcc void @atomic_add_double(double noundef 1.000000e+00)
  tail call fastcc void @atomic_add_double(double noundef 1.250000e+00)
  tail call fastcc void @atomic_add_double(double noundef 1.500000e+00)
  tail call fastcc void @atomic_add_double(double noundef 1.750000e+00)
  tail call fastcc void @atomic_add_double(double noundef 2.000000e+00)
  tail call fastcc void @atomic_add_double(double noundef 2.250000e+00)
  tail call fastcc void @atomic_add_double(double noundef 2.500000e+00)
  %15 = load atomic i64, ptr @flags_and_fences.dsum seq_cst, align 8
  %16 = bitcast i64 %15 to double
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, double noundef %16)
  %18 = atomicrmw fadd ptr @flags_and_fences.fsum, float 1.500000e+00 seq_cst, align 4
  %19 = atomicrmw fadd ptr @flags_and_fences.fsum, float 1.500000e+00 seq_cst, align 4
  %20 = atomicrmw fadd ptr @flags_and_fences.fsum, float 1.500000e+00 seq_cst, align 4
  %21 = atomicrmw fadd ptr @flags_and_fences.fsum, float 1.500000e+00 seq_cst, align 4
  %22 = atomicrmw fadd ptr @flags_and_fences.fsum, float 1.500000e+00 seq_cst, align 4
  %23 = fpext float %22 to double
  %24 = load atomic i32, ptr @flags_and_fences.fsum seq_cst, align 4
  %25 = bitcast i32 %24 to float
  %26 = fpext float %25 to double
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, double noundef %23, double noundef %26)
  ret void

28:                                               ; preds = %0, %28
  %29 = phi i32 [ 0, %0 ], [ %32, %28 ]
  %30 = phi i32 [ %11, %0 ], [ %31, %28 ]
  tail call fastcc void @spin_lock()
  %31 = add nsw i32 %30, %29
  store i32 %31, ptr @shared_total, align 4, !tbaa !5
  tail call fastcc void @spin_unlock()
  %32 = add nuw nsw i32 %29, 1
  %33 = icmp eq i32 %32, 100
  br i1 %33, label %12, label %28, !llvm.loop !9
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @atomic_max32(i32 noundef %0) unnamed_addr #4 {
  %2 = load atomic i32, ptr @a32 monotonic, align 4
  br label %3

3:                                                ; preds = %6, %1
  %4 = phi i32 [ %2, %1 ], [ %9, %6 ]
  %5 = icmp slt i32 %4, %0
  br i1 %5, label %6, label %10

6:                                                ; preds = %3
  %7 = cmpxchg weak ptr @a32, i32 %4, i32 %0 seq_cst seq_cst, align 4
  %8 = extractvalue { i32, i1 } %7, 1
  %9 = extractvalue { i32, i1 } %7, 0
  br i1 %8, label %10, label %3, !llvm.loop !11

10:                                               ; preds = %3, %6
  ret i32 %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @spin_lock() unnamed_addr #4 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = cmpxchg weak ptr @lock_word, i32 0, i32 1 acquire monotonic, align 4
  %3 = extractvalue { i32, i1 } %2, 1
  br i1 %3, label %4, label %1, !llvm.loop !12

4:                                                ; preds = %1
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @spin_unlock() unnamed_addr #5 {
  store atomic i32 0, ptr @lock_word release, align 4
  ret void
}

; Function Attrs: nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @atomic_add_double(double noundef %0) unnamed_addr #4 {
  %2 = load atomic i64, ptr @flags_and_fences.dsum seq_cst, align 8
  br label %3

3:                                                ; preds = %3, %1
  %4 = phi i64 [ %2, %1 ], [ %10, %3 ]
  %5 = bitcast i64 %4 to double
  %6 = fadd double %5, %0
  %7 = bitcast double %6 to i64
  %8 = cmpxchg ptr @flags_and_fences.dsum, i64 %4, i64 %7 seq_cst seq_cst, align 8
  %9 = extractvalue { i64, i1 } %8, 1
  %10 = extractvalue { i64, i1 } %8, 0
  br i1 %9, label %11, label %3, !llvm.loop !13

11:                                               ; preds = %3
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nofree noinline norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree noinline norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
