; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
define dso_local noundef zeroext i8 @add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) local_unnamed_addr #0 {
  %3 = add i8 %1, %0
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef signext i8 @neg_i8(i8 noundef signext %0) local_unnamed_addr #0 {
  %2 = sub i8 0, %0
  ret i8 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef zeroext i16 @mul_u16(i16 noundef zeroext %0, i16 noundef zeroext %1) local_unnamed_addr #0 {
  %3 = mul i16 %1, %0
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local signext range(i16 -128, 128) i16 @sext16(i8 noundef signext %0) local_unnamed_addr #0 {
  %2 = sext i8 %0 to i16
  ret i16 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 65536) i32 @zext32(i16 noundef zeroext %0) local_unnamed_addr #0 {
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
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %7, label %10

7:                                                ; preds = %26, %4
  %8 = phi i64 [ 0, %4 ], [ %11, %26 ]
  %9 = phi i32 [ 0, %4 ], [ %28, %26 ]
  br label %32

10:                                               ; preds = %4
  %11 = and i64 %5, 2147483640
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %24, %12 ]
  %14 = phi <4 x i32> [ zeroinitializer, %10 ], [ %22, %12 ]
  %15 = phi <4 x i32> [ zeroinitializer, %10 ], [ %23, %12 ]
  %16 = getelementptr inbounds i8, ptr %0, i64 %13
  %17 = getelementptr inbounds i8, ptr %16, i64 4
  %18 = load <4 x i8>, ptr %16, align 1, !tbaa !5
  %19 = load <4 x i8>, ptr %17, align 1, !tbaa !5
  %20 = zext <4 x i8> %18 to <4 x i32>
  %21 = zext <4 x i8> %19 to <4 x i32>
  %22 = add <4 x i32> %14, %20
  %23 = add <4 x i32> %15, %21
  %24 = add nuw i64 %13, 8
  %25 = icmp eq i64 %24, %11
  br i1 %25, label %26, label %12, !llvm.loop !8

26:                                               ; preds = %12
  %27 = add <4 x i32> %23, %22
  %28 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %27)
  %29 = icmp eq i64 %11, %5
  br i1 %29, label %30, label %7

30:                                               ; preds = %32, %26, %2
  %31 = phi i32 [ 0, %2 ], [ %28, %26 ], [ %38, %32 ]
  ret i32 %31

32:                                               ; preds = %7, %32
  %33 = phi i64 [ %39, %32 ], [ %8, %7 ]
  %34 = phi i32 [ %38, %32 ], [ %9, %7 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 %33
  %36 = load i8, ptr %35, align 1, !tbaa !5
  %37 = zext i8 %36 to i32
  %38 = add i32 %34, %37
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, %5
  br i1 %40, label %30, label %32, !llvm.loop !12
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca [20 x i8], align 16
  %2 = tail call zeroext i8 @add_u8(i8 noundef zeroext -6, i8 noundef zeroext 10)
  %3 = zext i8 %2 to i32
  %4 = tail call zeroext i8 @add_u8(i8 noundef zeroext -56, i8 noundef zeroext 100)
  %5 = zext i8 %4 to i32
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %3, i32 noundef %5)
  %7 = tail call signext i8 @neg_i8(i8 noundef signext -5)
  %8 = sext i8 %7 to i32
  %9 = tail call signext i8 @neg_i8(i8 noundef signext 127)
  %10 = sext i8 %9 to i32
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %8, i32 noundef %10)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef -128)
  %13 = tail call zeroext i16 @mul_u16(i16 noundef zeroext 300, i16 noundef zeroext 300)
  %14 = zext i16 %13 to i32
  %15 = tail call zeroext i16 @mul_u16(i16 noundef zeroext -1, i16 noundef zeroext 2)
  %16 = zext i16 %15 to i32
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %14, i32 noundef %16)
  %18 = tail call signext i16 @sext16(i8 noundef signext -1)
  %19 = sext i16 %18 to i32
  %20 = tail call signext i16 @sext16(i8 noundef signext 100)
  %21 = sext i16 %20 to i32
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %19, i32 noundef %21)
  %23 = tail call i32 @zext32(i16 noundef zeroext -2)
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
  store <16 x i8> <i8 11, i8 48, i8 85, i8 122, i8 -97, i8 -60, i8 -23, i8 14, i8 51, i8 88, i8 125, i8 -94, i8 -57, i8 -20, i8 17, i8 54>, ptr %1, align 16, !tbaa !5
  %39 = getelementptr inbounds i8, ptr %1, i64 16
  store <4 x i8> <i8 91, i8 -128, i8 -91, i8 -54>, ptr %39, align 16, !tbaa !5
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
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9, !11, !10}
