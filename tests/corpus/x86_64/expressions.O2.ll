; ModuleID = 'expressions.c'
source_filename = "expressions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"%d is %s\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"a=%d b=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"comma: a=%d b=%d c=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"comma loop: i=%d j=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"array literal sum=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"struct literal=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"scalar literal=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [27 x i8] c"pointer to literal: %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [24 x i8] c"loop literals total=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [34 x i8] c"short-circuit: %d %d %d calls=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"inc: x=%d y=%d z=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"compound ops: %u\0A\00", align 1
@.str.12 = private unnamed_addr constant [20 x i8] c"nested ternary: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"ternary promote: %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [29 x i8] c"sizeof array type: %zu x=%d\0A\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"x is %s\0A\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"negative\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"small\00", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"large\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -5, ptr noundef nonnull @.str.18)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, ptr noundef nonnull @.str.19)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, ptr noundef nonnull @.str.20)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 10, ptr noundef nonnull @.str.21)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 15, ptr noundef nonnull @.str.21)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 3, i32 noundef 109)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 4, i32 noundef 108, i32 noundef 112)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 8, i32 noundef 6)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 15)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 7)
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 42)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 14, i32 noundef 7)
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 20)
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 0, i32 noundef 1, i32 noundef 0, i32 noundef 5)
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 7, i32 noundef 15, i32 noundef 14)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 5)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 14)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 2.000000e+00)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef 12, i32 noundef 7)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.15)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
