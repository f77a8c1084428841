; ModuleID = 'aliases_weak.c'
source_filename = "aliases_weak.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@base_counter = dso_local global i32 10, align 4
@.str = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@names = dso_local constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 8
@dispatch = dso_local local_unnamed_addr constant [3 x ptr] [ptr @not_inlined, ptr @hidden_twice, ptr @tabled], align 8
@.str.3 = private unnamed_addr constant [18 x i8] c"alias add: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"counter via base=%d via alias=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [26 x i8] c"after base edit alias=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"weak_value=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"maybe_missing present=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [33 x i8] c"hidden=%d noinline=%d inline=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [23 x i8] c"names[%d]=%s alias=%s\0A\00", align 1
@.str.10 = private unnamed_addr constant [32 x i8] c"dispatch acc=%d table_calls=%d\0A\00", align 1
@table_calls = internal unnamed_addr global i32 0, align 4
@.str.11 = private unnamed_addr constant [33 x i8] c"same function through alias: %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"rare path %d\0A\00", align 1

@counter_alias = dso_local alias i32, ptr @base_counter
@add_alias = dso_local alias i32 (i32, i32), ptr @real_add
@names_alias = dso_local alias [3 x ptr], ptr @names

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @real_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = add nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define weak dso_local i32 @weak_value() local_unnamed_addr #1 {
  ret i32 7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define hidden i32 @hidden_twice(i32 noundef %0) #0 {
  %2 = shl nsw i32 %0, 1
  ret i32 %2
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal range(i32 -2147483647, -2147483648) i32 @not_inlined(i32 noundef %0) #2 {
  %2 = mul nsw i32 %0, %0
  %3 = add nuw nsw i32 %2, 1
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal range(i32 -2147483548, -2147483648) i32 @tabled(i32 noundef %0) #3 {
  %2 = load i32, ptr @table_calls, align 4, !tbaa !6
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @table_calls, align 4, !tbaa !6
  %4 = add nsw i32 %0, 100
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 5, i32 noundef 9)
  %2 = load i32, ptr @base_counter, align 4, !tbaa !6
  %3 = add nsw i32 %2, 5
  store i32 %3, ptr @base_counter, align 4, !tbaa !6
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %3, i32 noundef %3)
  %5 = load i32, ptr @base_counter, align 4, !tbaa !6
  %6 = shl nsw i32 %5, 1
  store i32 %6, ptr @base_counter, align 4, !tbaa !6
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %6)
  %8 = tail call i32 @weak_value()
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %8)
  %10 = icmp ne ptr @maybe_missing, null
  %11 = zext i1 %10 to i32
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %11)
  br i1 %10, label %13, label %14

13:                                               ; preds = %0
  tail call void @maybe_missing() #7
  br label %14

14:                                               ; preds = %13, %0
  %15 = tail call i32 @not_inlined(i32 noundef 6)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef 42, i32 noundef %15, i32 noundef 9)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 0, ptr noundef nonnull @.str, ptr noundef nonnull @.str)
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, ptr noundef nonnull @.str.1, ptr noundef nonnull @.str.1)
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 2, ptr noundef nonnull @.str.2, ptr noundef nonnull @.str.2)
  %20 = tail call i32 @not_inlined(i32 noundef 0) #7
  %21 = load i32, ptr @table_calls, align 4, !tbaa !6
  %22 = tail call i32 @not_inlined(i32 noundef 3) #7
  %23 = add i32 %15, 217
  %24 = add i32 %23, %20
  %25 = add i32 %24, %22
  %26 = add nsw i32 %21, 3
  store i32 %26, ptr @table_calls, align 4, !tbaa !6
  %27 = add nsw i32 %25, 122
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %27, i32 noundef %26)
  %29 = icmp sgt i32 %25, 878
  br i1 %29, label %30, label %31

30:                                               ; preds = %14
  tail call fastcc void @rare_path(i32 noundef %27) #8
  br label %31

31:                                               ; preds = %30, %14
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 1)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

declare extern_weak void @maybe_missing() #5

; Function Attrs: cold nofree noinline nounwind optsize uwtable
define internal fastcc void @rare_path(i32 noundef %0) unnamed_addr #6 {
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %0)
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { cold nofree noinline nounwind optsize uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nounwind }
attributes #8 = { cold }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
