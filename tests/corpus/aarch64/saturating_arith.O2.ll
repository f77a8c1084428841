; ModuleID = 'saturating_arith.c'
source_filename = "saturating_arith.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.u = internal unnamed_addr constant [15 x i64] [i64 0, i64 1, i64 2, i64 127, i64 128, i64 255, i64 32767, i64 65535, i64 2147483647, i64 4294967295, i64 9223372036854775807, i64 -9223372036854775808, i64 -2, i64 -1, i64 12345678901234], align 8
@main.s = internal unnamed_addr constant [16 x i64] [i64 0, i64 1, i64 -1, i64 100, i64 -100, i64 127, i64 -128, i64 32767, i64 -32768, i64 2147483647, i64 -2147483648, i64 9223372036854775807, i64 -9223372036854775808, i64 9223372036854775802, i64 -9223372036854775803, i64 -987654321012345], align 8
@.str = private unnamed_addr constant [23 x i8] c"unsigned hash %016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"signed hash %016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"u64: %llu %llu %llu %llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [31 x i8] c"s64: %lld %lld %lld %lld %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [36 x i8] c"s8: %d %d u8: %d %d room %llu %llu\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %11
  %2 = phi i64 [ 0, %0 ], [ %12, %11 ]
  %3 = phi i64 [ 0, %0 ], [ %49, %11 ]
  %4 = getelementptr inbounds [15 x i64], ptr @main.u, i64 0, i64 %2
  %5 = load i64, ptr %4, align 8, !tbaa !6
  %6 = trunc i64 %5 to i8
  %7 = trunc i64 %5 to i16
  %8 = trunc i64 %5 to i32
  br label %14

9:                                                ; preds = %11
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %49)
  br label %52

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %2, 1
  %13 = icmp eq i64 %12, 15
  br i1 %13, label %9, label %1, !llvm.loop !10

14:                                               ; preds = %1, %14
  %15 = phi i64 [ 0, %1 ], [ %50, %14 ]
  %16 = phi i64 [ %3, %1 ], [ %49, %14 ]
  %17 = getelementptr inbounds [15 x i64], ptr @main.u, i64 0, i64 %15
  %18 = load i64, ptr %17, align 8, !tbaa !6
  %19 = mul i64 %16, 31
  %20 = trunc i64 %18 to i8
  %21 = tail call fastcc i8 @u8_add(i8 noundef %6, i8 noundef %20)
  %22 = zext i8 %21 to i64
  %23 = add i64 %19, %22
  %24 = tail call fastcc i8 @u8_sub(i8 noundef %6, i8 noundef %20)
  %25 = zext i8 %24 to i64
  %26 = add i64 %23, %25
  %27 = mul i64 %26, 31
  %28 = trunc i64 %18 to i16
  %29 = tail call fastcc i16 @u16_add(i16 noundef %7, i16 noundef %28)
  %30 = zext i16 %29 to i64
  %31 = add i64 %27, %30
  %32 = tail call fastcc i16 @u16_sub(i16 noundef %7, i16 noundef %28)
  %33 = zext i16 %32 to i64
  %34 = add i64 %31, %33
  %35 = mul i64 %34, 31
  %36 = trunc i64 %18 to i32
  %37 = tail call fastcc i32 @u32_add(i32 noundef %8, i32 noundef %36)
  %38 = zext i32 %37 to i64
  %39 = tail call fastcc i32 @u32_sub(i32 noundef %8, i32 noundef %36)
  %40 = zext i32 %39 to i64
  %41 = add nuw nsw i64 %40, %38
  %42 = add i64 %41, %35
  %43 = mul i64 %42, 31
  %44 = tail call fastcc i64 @u64_add(i64 noundef %5, i64 noundef %18)
  %45 = tail call fastcc i64 @u64_sub(i64 noundef %5, i64 noundef %18)
  %46 = tail call fastcc i64 @room_left(i64 noundef %5, i64 noundef %18)
  %47 = add i64 %45, %44
  %48 = add i64 %47, %46
  %49 = add i64 %48, %43
  %50 = add nuw nsw i64 %15, 1
  %51 = icmp eq i64 %50, 15
  br i1 %51, label %11, label %14, !llvm.loop !12

52:                                               ; preds = %9, %84
  %53 = phi i64 [ 0, %9 ], [ %85, %84 ]
  %54 = phi i64 [ %49, %9 ], [ %120, %84 ]
  %55 = getelementptr inbounds [16 x i64], ptr @main.s, i64 0, i64 %53
  %56 = load i64, ptr %55, align 8, !tbaa !6
  %57 = trunc i64 %56 to i8
  %58 = trunc i64 %56 to i16
  %59 = trunc i64 %56 to i32
  br label %87

60:                                               ; preds = %84
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %120)
  %62 = tail call fastcc i64 @u64_add(i64 noundef -2, i64 noundef 1)
  %63 = tail call fastcc i64 @u64_add(i64 noundef -2, i64 noundef 2)
  %64 = tail call fastcc i64 @u64_sub(i64 noundef 5, i64 noundef 7)
  %65 = tail call fastcc i64 @u64_sub(i64 noundef 7, i64 noundef 5)
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %62, i64 noundef %63, i64 noundef %64, i64 noundef %65)
  %67 = tail call fastcc i64 @s64_add(i64 noundef 9223372036854775807, i64 noundef 1)
  %68 = tail call fastcc i64 @s64_add(i64 noundef -9223372036854775808, i64 noundef -1)
  %69 = tail call fastcc i64 @s64_sub(i64 noundef -9223372036854775808, i64 noundef 1)
  %70 = tail call fastcc i64 @s64_sub(i64 noundef 9223372036854775807, i64 noundef -1)
  %71 = tail call fastcc i64 @s64_sub(i64 noundef -5, i64 noundef 7)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %67, i64 noundef %68, i64 noundef %69, i64 noundef %70, i64 noundef %71)
  %73 = tail call fastcc i8 @s8_add(i8 noundef 100, i8 noundef 100)
  %74 = sext i8 %73 to i32
  %75 = tail call fastcc i8 @s8_sub(i8 noundef -100, i8 noundef 100)
  %76 = sext i8 %75 to i32
  %77 = tail call fastcc i8 @u8_add(i8 noundef -56, i8 noundef 100)
  %78 = zext i8 %77 to i32
  %79 = tail call fastcc i8 @u8_sub(i8 noundef 100, i8 noundef -56)
  %80 = zext i8 %79 to i32
  %81 = tail call fastcc i64 @room_left(i64 noundef 10, i64 noundef 3)
  %82 = tail call fastcc i64 @room_left(i64 noundef 3, i64 noundef 10)
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %74, i32 noundef %76, i32 noundef %78, i32 noundef %80, i64 noundef %81, i64 noundef %82)
  ret i32 0

84:                                               ; preds = %87
  %85 = add nuw nsw i64 %53, 1
  %86 = icmp eq i64 %85, 16
  br i1 %86, label %60, label %52, !llvm.loop !13

87:                                               ; preds = %52, %87
  %88 = phi i64 [ 0, %52 ], [ %121, %87 ]
  %89 = phi i64 [ %54, %52 ], [ %120, %87 ]
  %90 = getelementptr inbounds [16 x i64], ptr @main.s, i64 0, i64 %88
  %91 = load i64, ptr %90, align 8, !tbaa !6
  %92 = mul i64 %89, 31
  %93 = trunc i64 %91 to i8
  %94 = tail call fastcc i8 @s8_add(i8 noundef %57, i8 noundef %93)
  %95 = zext i8 %94 to i64
  %96 = add i64 %92, %95
  %97 = tail call fastcc i8 @s8_sub(i8 noundef %57, i8 noundef %93)
  %98 = zext i8 %97 to i64
  %99 = add i64 %96, %98
  %100 = mul i64 %99, 31
  %101 = trunc i64 %91 to i16
  %102 = tail call fastcc i16 @s16_add(i16 noundef %58, i16 noundef %101)
  %103 = zext i16 %102 to i64
  %104 = add i64 %100, %103
  %105 = tail call fastcc i16 @s16_sub(i16 noundef %58, i16 noundef %101)
  %106 = zext i16 %105 to i64
  %107 = add i64 %104, %106
  %108 = mul i64 %107, 31
  %109 = trunc i64 %91 to i32
  %110 = tail call fastcc i32 @s32_add(i32 noundef %59, i32 noundef %109)
  %111 = zext i32 %110 to i64
  %112 = tail call fastcc i32 @s32_sub(i32 noundef %59, i32 noundef %109)
  %113 = zext i32 %112 to i64
  %114 = add nuw nsw i64 %113, %111
  %115 = add i64 %114, %108
  %116 = mul i64 %115, 31
  %117 = tail call fastcc i64 @s64_add(i64 noundef %56, i64 noundef %91)
  %118 = tail call fastcc i64 @s64_sub(i64 noundef %56, i64 noundef %91)
  %119 = add i64 %118, %117
  %120 = add i64 %119, %116
  %121 = add nuw nsw i64 %88, 1
  %122 = icmp eq i64 %121, 16
  br i1 %122, label %84, label %87, !llvm.loop !14
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i8 @u8_add(i8 noundef %0, i8 noundef %1) unnamed_addr #1 {
  %3 = add i8 %1, %0
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i8 @u8_sub(i8 noundef %0, i8 noundef %1) unnamed_addr #1 {
  %3 = sub i8 %0, %1
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i16 @u16_add(i16 noundef %0, i16 noundef %1) unnamed_addr #1 {
  %3 = add i16 %1, %0
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i16 @u16_sub(i16 noundef %0, i16 noundef %1) unnamed_addr #1 {
  %3 = sub i16 %0, %1
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i32 @u32_add(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = tail call i32 @llvm.uadd.sat.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i32 @u32_sub(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = tail call i32 @llvm.usub.sat.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i64 @u64_add(i64 noundef %0, i64 noundef %1) unnamed_addr #1 {
  %3 = tail call i64 @llvm.uadd.sat.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i64 @u64_sub(i64 noundef %0, i64 noundef %1) unnamed_addr #1 {
  %3 = tail call i64 @llvm.usub.sat.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i64 @room_left(i64 noundef %0, i64 noundef %1) unnamed_addr #1 {
  %3 = tail call i64 @llvm.usub.sat.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i8 @s8_add(i8 noundef %0, i8 noundef %1) unnamed_addr #1 {
  %3 = add i8 %1, %0
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i8 @s8_sub(i8 noundef %0, i8 noundef %1) unnamed_addr #1 {
  %3 = sub i8 %0, %1
  ret i8 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i16 @s16_add(i16 noundef %0, i16 noundef %1) unnamed_addr #1 {
  %3 = add i16 %1, %0
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i16 @s16_sub(i16 noundef %0, i16 noundef %1) unnamed_addr #1 {
  %3 = sub i16 %0, %1
  ret i16 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i32 @s32_add(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = tail call i32 @llvm.sadd.sat.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i32 @s32_sub(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = tail call i32 @llvm.ssub.sat.i32(i32 %0, i32 %1)
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i64 @s64_add(i64 noundef %0, i64 noundef %1) unnamed_addr #1 {
  %3 = tail call i64 @llvm.sadd.sat.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc noundef i64 @s64_sub(i64 noundef %0, i64 noundef %1) unnamed_addr #1 {
  %3 = tail call i64 @llvm.ssub.sat.i64(i64 %0, i64 %1)
  ret i64 %3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.sadd.sat.i32(i32, i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ssub.sat.i32(i32, i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.uadd.sat.i32(i32, i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.usub.sat.i32(i32, i32) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.uadd.sat.i64(i64, i64) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.usub.sat.i64(i64, i64) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.sadd.sat.i64(i64, i64) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ssub.sat.i64(i64, i64) #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
