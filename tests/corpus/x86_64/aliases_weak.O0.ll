; ModuleID = 'aliases_weak.c'
source_filename = "aliases_weak.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@base_counter = dso_local global i32 10, align 4
@.str = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@names = dso_local constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 16
@dispatch = dso_local constant [3 x ptr] [ptr @not_inlined, ptr @hidden_twice, ptr @tabled], align 16
@.str.3 = private unnamed_addr constant [18 x i8] c"alias add: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"counter via base=%d via alias=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [26 x i8] c"after base edit alias=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"weak_value=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"maybe_missing present=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [33 x i8] c"hidden=%d noinline=%d inline=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [23 x i8] c"names[%d]=%s alias=%s\0A\00", align 1
@.str.10 = private unnamed_addr constant [32 x i8] c"dispatch acc=%d table_calls=%d\0A\00", align 1
@table_calls = internal global i32 0, align 4
@.str.11 = private unnamed_addr constant [33 x i8] c"same function through alias: %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"rare path %d\0A\00", align 1

@counter_alias = dso_local alias i32, ptr @base_counter
@add_alias = dso_local alias i32 (i32, i32), ptr @real_add
@names_alias = dso_local alias [3 x ptr], ptr @names

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @real_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add nsw i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define weak dso_local i32 @weak_value() #0 {
  ret i32 7
}

; Function Attrs: noinline nounwind optnone uwtable
define hidden i32 @hidden_twice(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul nsw i32 2, %3
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @not_inlined(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = mul nsw i32 %3, %4
  %6 = add nsw i32 %5, 1
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @tabled(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr @table_calls, align 4
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @table_calls, align 4
  %5 = load i32, ptr %2, align 4
  %6 = add nsw i32 %5, 100
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %2, align 4
  %6 = call i32 @real_add(i32 noundef 2, i32 noundef 3)
  %7 = call i32 @add_alias(i32 noundef 4, i32 noundef 5)
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %6, i32 noundef %7)
  %9 = load i32, ptr @counter_alias, align 4
  %10 = add nsw i32 %9, 5
  store i32 %10, ptr @counter_alias, align 4
  %11 = load i32, ptr @base_counter, align 4
  %12 = load i32, ptr @counter_alias, align 4
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %11, i32 noundef %12)
  %14 = load i32, ptr @base_counter, align 4
  %15 = mul nsw i32 %14, 2
  store i32 %15, ptr @base_counter, align 4
  %16 = load i32, ptr @counter_alias, align 4
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %16)
  %18 = call i32 @weak_value()
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %18)
  %20 = icmp ne ptr @maybe_missing, null
  %21 = zext i1 %20 to i32
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %21)
  %23 = icmp ne ptr @maybe_missing, null
  br i1 %23, label %24, label %25

24:                                               ; preds = %0
  call void @maybe_missing()
  br label %25

25:                                               ; preds = %24, %0
  %26 = call i32 @hidden_twice(i32 noundef 21)
  %27 = call i32 @not_inlined(i32 noundef 6)
  store i32 10, ptr %1, align 4
  %28 = load i32, ptr %1, align 4
  %29 = sub nsw i32 %28, 1
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %26, i32 noundef %27, i32 noundef %29)
  store i32 0, ptr %3, align 4
  br label %31

31:                                               ; preds = %45, %25
  %32 = load i32, ptr %3, align 4
  %33 = icmp slt i32 %32, 3
  br i1 %33, label %34, label %48

34:                                               ; preds = %31
  %35 = load i32, ptr %3, align 4
  %36 = load i32, ptr %3, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [3 x ptr], ptr @names, i64 0, i64 %37
  %39 = load ptr, ptr %38, align 8
  %40 = load i32, ptr %3, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [3 x ptr], ptr @names_alias, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %35, ptr noundef %39, ptr noundef %43)
  br label %45

45:                                               ; preds = %34
  %46 = load i32, ptr %3, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %3, align 4
  br label %31, !llvm.loop !6

48:                                               ; preds = %31
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %49

49:                                               ; preds = %62, %48
  %50 = load i32, ptr %5, align 4
  %51 = icmp slt i32 %50, 9
  br i1 %51, label %52, label %65

52:                                               ; preds = %49
  %53 = load i32, ptr %5, align 4
  %54 = srem i32 %53, 3
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [3 x ptr], ptr @dispatch, i64 0, i64 %55
  %57 = load ptr, ptr %56, align 8
  %58 = load i32, ptr %5, align 4
  %59 = call i32 %57(i32 noundef %58)
  %60 = load i32, ptr %4, align 4
  %61 = add nsw i32 %60, %59
  store i32 %61, ptr %4, align 4
  br label %62

62:                                               ; preds = %52
  %63 = load i32, ptr %5, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %5, align 4
  br label %49, !llvm.loop !8

65:                                               ; preds = %49
  %66 = load i32, ptr %4, align 4
  %67 = load i32, ptr @table_calls, align 4
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %66, i32 noundef %67)
  %69 = load i32, ptr %4, align 4
  %70 = icmp sgt i32 %69, 1000
  br i1 %70, label %71, label %73

71:                                               ; preds = %65
  %72 = load i32, ptr %4, align 4
  call void @rare_path(i32 noundef %72) #3
  br label %73

73:                                               ; preds = %71, %65
  %74 = icmp eq ptr @add_alias, @real_add
  %75 = zext i1 %74 to i32
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %75)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

declare extern_weak void @maybe_missing() #1

; Function Attrs: cold noinline nounwind optnone uwtable
define internal void @rare_path(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %3)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { cold noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { cold }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
