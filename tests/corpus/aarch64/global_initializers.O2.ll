; ModuleID = 'global_initializers.c'
source_filename = "global_initializers.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [30 x i8] c"nums[%d]: i=%lld b0=%u b7=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"nums[1].d=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"%s: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"%s: %.15f\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"%s: %u..%u\0A\00", align 1
@.str.5 = private unnamed_addr constant [44 x i8] c"shape %d: sides=%d center=(%g,%g) extra=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"%s(%zu) \00", align 1
@names = internal constant [4 x [8 x i8]] [[8 x i8] c"red\00\00\00\00\00", [8 x i8] c"green\00\00\00", [8 x i8] c"blue\00\00\00\00", [8 x i8] c"magenta\00"], align 1
@.str.7 = private unnamed_addr constant [18 x i8] c"sizeof names=%zu\0A\00", align 1
@.str.8 = private unnamed_addr constant [33 x i8] c"partial weighted sum=%d tail=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [37 x i8] c"specials: %g signbit=%d %g %g %.10f\0A\00", align 1
@buffer = internal global [16 x i8] c"abc\00\00\00\00\00\00\00\00\00\00\00\00\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"defgh\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"buffer=%s last=%d\0A\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"error %u: %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"answer\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"pi\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"bytes\00", align 1
@.str.18 = private unnamed_addr constant [10 x i8] c"not found\00", align 1
@.str.19 = private unnamed_addr constant [7 x i8] c"server\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i64 noundef -1, i32 noundef 255, i32 noundef 255)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i64 noundef 4609434218613702656, i32 noundef 0, i32 noundef 63)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i64 noundef 578437695752307201, i32 noundef 1, i32 noundef 8)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, i64 noundef 0, i32 noundef 0, i32 noundef 0)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef 1.500000e+00)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef nonnull @.str.14, i64 noundef 42)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull @.str.15, double noundef 0x400921FB54442D18)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.16, i32 noundef 1, i32 noundef 128)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 0, i32 noundef 3, double noundef 5.000000e-01, double noundef -2.500000e-01, i32 noundef 3)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 1, i32 noundef 0, double noundef 0.000000e+00, double noundef 0.000000e+00, i32 noundef -1)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 2, i32 noundef 0, double noundef 0.000000e+00, double noundef 0.000000e+00, i32 noundef -1)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 3, i32 noundef 6, double noundef 0.000000e+00, double noundef 2.000000e+00, i32 noundef 5)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4, i32 noundef 0, double noundef 0.000000e+00, double noundef 0.000000e+00, i32 noundef -1)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull @names, i64 noundef 3)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull getelementptr inbounds (i8, ptr @names, i64 8), i64 noundef 5)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull getelementptr inbounds (i8, ptr @names, i64 16), i64 noundef 4)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef nonnull getelementptr inbounds (i8, ptr @names, i64 24), i64 noundef 7)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i64 noundef 32)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 14, i32 noundef 0)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef -0.000000e+00, i32 noundef 1, double noundef 0x1A56E1FC2F8F346, double noundef 0x3FFCC359E067A348, double noundef 0x3FB99999A0000000)
  %21 = tail call i64 @strlen(ptr nonnull dereferenceable(1) @buffer)
  %22 = getelementptr inbounds i8, ptr @buffer, i64 %21
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %22, ptr noundef nonnull align 1 dereferenceable(6) @.str.10, i64 6, i1 false)
  %23 = load i8, ptr getelementptr inbounds (i8, ptr @buffer, i64 15), align 1, !tbaa !6
  %24 = zext i8 %23 to i32
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @buffer, i32 noundef %24)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 404, ptr noundef nonnull @.str.18)
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 500, ptr noundef nonnull @.str.19)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
