; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"u8 wrap: %u %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"i8 neg: %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"i8 min: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"u16 mul: %u %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"sext16: %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"zext32: %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"i16 min: %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"u32 wrap: %u %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"i32 min: %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"u64 wrap: %lu %lu\0A\00", align 1
@.str.10 = private unnamed_addr constant [14 x i8] c"i64 min: %ld\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"widen: %ld %ld\0A\00", align 1
@.str.12 = private unnamed_addr constant [23 x i8] c"trunc: %02x %04x %08x\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"narrow: %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"cmp: %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [28 x i8] c"sizes: %zu %zu %zu %zu %zu\0A\00", align 1
@.str.16 = private unnamed_addr constant [15 x i8] c"sum bytes: %u\0A\00", align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"promote: %d %d %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"acc16: %u\0A\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"fnv: %08x\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i8 @add_u8(i8 noundef %0, i8 noundef %1) local_unnamed_addr #0 {
  %3 = add i8 %1, %0
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i8 @neg_i8(i8 noundef %0) local_unnamed_addr #0 {
  %2 = sub i8 0, %0
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i16 @mul_u16(i16 noundef %0, i16 noundef %1) local_unnamed_addr #0 {
  %3 = mul i16 %1, %0
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i16 -128, 128) i16 @sext16(i8 noundef %0) local_unnamed_addr #0 {
  %2 = sext i8 %0 to i16
  ret i16 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 65536) i32 @zext32(i16 noundef %0) local_unnamed_addr #0 {
  %2 = zext i16 %0 to i32
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @wrap_sub32(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sub i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @wrap_mul64(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = mul i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i64 -6442450944, 6442450942) i64 @widen(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sext i32 %0 to i64
  %3 = mul nsw i64 %2, 3
  ret i64 %3
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @sum_bytes(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %52

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %32, label %7

7:                                                ; preds = %4
  %8 = icmp ult i32 %1, 32
  br i1 %8, label %35, label %9

9:                                                ; preds = %7
  %10 = and i64 %5, 2147483616
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %23, %11 ]
  %13 = phi <16 x i32> [ zeroinitializer, %9 ], [ %21, %11 ]
  %14 = phi <16 x i32> [ zeroinitializer, %9 ], [ %22, %11 ]
  %15 = getelementptr inbounds i8, ptr %0, i64 %12
  %16 = getelementptr inbounds i8, ptr %15, i64 16
  %17 = load <16 x i8>, ptr %15, align 1, !tbaa !6
  %18 = load <16 x i8>, ptr %16, align 1, !tbaa !6
  %19 = zext <16 x i8> %17 to <16 x i32>
  %20 = zext <16 x i8> %18 to <16 x i32>
  %21 = add <16 x i32> %13, %19
  %22 = add <16 x i32> %14, %20
  %23 = add nuw i64 %12, 32
  %24 = icmp eq i64 %23, %10
  br i1 %24, label %25, label %11, !llvm.loop !9

25:                                               ; preds = %11
  %26 = add <16 x i32> %22, %21
  %27 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %26)
  %28 = icmp eq i64 %10, %5
  br i1 %28, label %52, label %29

29:                                               ; preds = %25
  %30 = and i64 %5, 24
  %31 = icmp eq i64 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %49, %4, %29
  %33 = phi i64 [ 0, %4 ], [ %10, %29 ], [ %38, %49 ]
  %34 = phi i32 [ 0, %4 ], [ %27, %29 ], [ %50, %49 ]
  br label %54

35:                                               ; preds = %7, %29
  %36 = phi i32 [ %27, %29 ], [ 0, %7 ]
  %37 = phi i64 [ %10, %29 ], [ 0, %7 ]
  %38 = and i64 %5, 2147483640
  %39 = insertelement <8 x i32> <i32 poison, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>, i32 %36, i64 0
  br label %40

40:                                               ; preds = %40, %35
  %41 = phi i64 [ %37, %35 ], [ %47, %40 ]
  %42 = phi <8 x i32> [ %39, %35 ], [ %46, %40 ]
  %43 = getelementptr inbounds i8, ptr %0, i64 %41
  %44 = load <8 x i8>, ptr %43, align 1, !tbaa !6
  %45 = zext <8 x i8> %44 to <8 x i32>
  %46 = add <8 x i32> %42, %45
  %47 = add nuw i64 %41, 8
  %48 = icmp eq i64 %47, %38
  br i1 %48, label %49, label %40, !llvm.loop !13

49:                                               ; preds = %40
  %50 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %46)
  %51 = icmp eq i64 %38, %5
  br i1 %51, label %52, label %32

52:                                               ; preds = %54, %25, %49, %2
  %53 = phi i32 [ 0, %2 ], [ %27, %25 ], [ %50, %49 ], [ %60, %54 ]
  ret i32 %53

54:                                               ; preds = %32, %54
  %55 = phi i64 [ %61, %54 ], [ %33, %32 ]
  %56 = phi i32 [ %60, %54 ], [ %34, %32 ]
  %57 = getelementptr inbounds i8, ptr %0, i64 %55
  %58 = load i8, ptr %57, align 1, !tbaa !6
  %59 = zext i8 %58 to i32
  %60 = add i32 %56, %59
  %61 = add nuw nsw i64 %55, 1
  %62 = icmp eq i64 %61, %5
  br i1 %62, label %52, label %54, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [20 x i8], align 16
  %2 = tail call i8 @add_u8(i8 noundef -6, i8 noundef 10)
  %3 = zext i8 %2 to i32
  %4 = tail call i8 @add_u8(i8 noundef -56, i8 noundef 100)
  %5 = zext i8 %4 to i32
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i32 noundef %5)
  %7 = tail call i8 @neg_i8(i8 noundef -5)
  %8 = sext i8 %7 to i32
  %9 = tail call i8 @neg_i8(i8 noundef 127)
  %10 = sext i8 %9 to i32
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %8, i32 noundef %10)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef -128)
  %13 = tail call i16 @mul_u16(i16 noundef 300, i16 noundef 300)
  %14 = zext i16 %13 to i32
  %15 = tail call i16 @mul_u16(i16 noundef -1, i16 noundef 2)
  %16 = zext i16 %15 to i32
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %14, i32 noundef %16)
  %18 = tail call i16 @sext16(i8 noundef -1)
  %19 = sext i16 %18 to i32
  %20 = tail call i16 @sext16(i8 noundef 100)
  %21 = sext i16 %20 to i32
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %19, i32 noundef %21)
  %23 = tail call i32 @zext32(i16 noundef -2)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %23)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef -32768)
  %26 = tail call i32 @wrap_sub32(i32 noundef 3, i32 noundef 5)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %26, i32 noundef 1)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef -2147483648)
  %29 = tail call i64 @wrap_mul64(i64 noundef 4294967297, i64 noundef 4294967295)
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef 0, i64 noundef %29)
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef -9223372036854775808)
  %32 = tail call i64 @widen(i32 noundef 2147483647)
  %33 = tail call i64 @widen(i32 noundef -2147483648)
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %32, i64 noundef %33)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 240, i32 noundef 57072, i32 noundef -1698898192)
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef -16)
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 1, i32 noundef 1)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef 1, i64 noundef 2, i64 noundef 4, i64 noundef 8, i64 noundef 8)
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %1) #6
  store <16 x i8> <i8 11, i8 48, i8 85, i8 122, i8 -97, i8 -60, i8 -23, i8 14, i8 51, i8 88, i8 125, i8 -94, i8 -57, i8 -20, i8 17, i8 54>, ptr %1, align 16, !tbaa !6
  %39 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i8> <i8 91, i8 -128, i8 -91, i8 -54>, ptr %39, align 16, !tbaa !6
  %40 = call i32 @sum_bytes(ptr noundef nonnull %1, i32 noundef 20)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %40)
  %42 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef 400, i32 noundef -200, i32 noundef 100)
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef 31753)
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef 797261938)
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !10, !11, !12}
!14 = distinct !{!14, !10, !12, !11}
