; ModuleID = 'global_tables.c'
source_filename = "global_tables.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Config = type { ptr, ptr, ptr, i32 }
%struct.Node = type { ptr, i32, ptr }

@global_int = dso_local global i32 42, align 4
@global_ptr = dso_local global ptr @global_int, align 8
@global_ptr_ptr = dso_local global ptr @global_ptr, align 8
@message = dso_local global [32 x i8] c"mutable\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@message_end = dso_local global ptr getelementptr (i8, ptr @message, i64 7), align 8
@big_array = dso_local global [3 x i64] [i64 1099511627776, i64 -1, i64 9223372036854775807], align 16
@big_second = dso_local global ptr getelementptr (i8, ptr @big_array, i64 8), align 8
@.str = private unnamed_addr constant [15 x i8] c"table sum: %d\0A\00", align 1
@value_ptrs = internal constant [4 x ptr] [ptr getelementptr (i8, ptr @values, i64 16), ptr @values, ptr @counter, ptr getelementptr (i8, ptr @values, i64 8)], align 16
@counter = internal global i32 7, align 4
@values = internal global [5 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50], align 16
@.str.1 = private unnamed_addr constant [16 x i8] c"after edit: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@weekdays = internal constant [7 x ptr] [ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20], align 16
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c",\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"tail: %s\0A\00", align 1
@greeting = internal constant [13 x i8] c"hello, world\00", align 1
@head = internal global ptr @n1, align 8
@.str.6 = private unnamed_addr constant [12 x i8] c"node %s %d\0A\00", align 1
@configs = internal global [2 x %struct.Config] [%struct.Config { ptr @.str.24, ptr @counter, ptr @weekdays, i32 7 }, %struct.Config { ptr @.str.25, ptr getelementptr (i8, ptr @values, i64 8), ptr getelementptr (i8, ptr @weekdays, i64 40), i32 2 }], align 16
@.str.7 = private unnamed_addr constant [25 x i8] c"config %s slot=%d names:\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c" %s\00", align 1
@.str.9 = private unnamed_addr constant [15 x i8] c"global_int=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"message=%s len=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [37 x i8] c"big_second=%lld big0=%lld big2=%lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"values:\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"mon\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"tue\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"wed\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"thu\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"fri\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"sat\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"sun\00", align 1
@n1 = internal constant %struct.Node { ptr @.str.21, i32 1, ptr @n2 }, align 8
@.str.21 = private unnamed_addr constant [6 x i8] c"first\00", align 1
@n2 = internal constant %struct.Node { ptr @.str.22, i32 2, ptr @n3 }, align 8
@.str.22 = private unnamed_addr constant [7 x i8] c"second\00", align 1
@n3 = internal constant %struct.Node { ptr @.str.23, i32 3, ptr null }, align 8
@.str.23 = private unnamed_addr constant [6 x i8] c"third\00", align 1
@.str.24 = private unnamed_addr constant [8 x i8] c"counter\00", align 1
@.str.25 = private unnamed_addr constant [7 x i8] c"middle\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %8 = call i32 @table_sum(ptr noundef @value_ptrs, i32 noundef 4)
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %8)
  store i32 100, ptr @counter, align 4
  store i32 -1, ptr getelementptr inbounds ([5 x i32], ptr @values, i64 0, i64 2), align 8
  %10 = call i32 @table_sum(ptr noundef @value_ptrs, i32 noundef 4)
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %10)
  store i32 0, ptr %2, align 4
  br label %12

12:                                               ; preds = %25, %0
  %13 = load i32, ptr %2, align 4
  %14 = icmp slt i32 %13, 7
  br i1 %14, label %15, label %28

15:                                               ; preds = %12
  %16 = load i32, ptr %2, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [7 x ptr], ptr @weekdays, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8
  %20 = load i32, ptr %2, align 4
  %21 = icmp eq i32 %20, 6
  %22 = zext i1 %21 to i64
  %23 = select i1 %21, ptr @.str.3, ptr @.str.4
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %19, ptr noundef %23)
  br label %25

25:                                               ; preds = %15
  %26 = load i32, ptr %2, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %12, !llvm.loop !6

28:                                               ; preds = %12
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef getelementptr (i8, ptr @greeting, i64 7))
  %30 = load ptr, ptr @head, align 8
  store ptr %30, ptr %3, align 8
  br label %31

31:                                               ; preds = %42, %28
  %32 = load ptr, ptr %3, align 8
  %33 = icmp ne ptr %32, null
  br i1 %33, label %34, label %46

34:                                               ; preds = %31
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr inbounds %struct.Node, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds %struct.Node, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %37, i32 noundef %40)
  br label %42

42:                                               ; preds = %34
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds %struct.Node, ptr %43, i32 0, i32 2
  %45 = load ptr, ptr %44, align 8
  store ptr %45, ptr %3, align 8
  br label %31, !llvm.loop !8

46:                                               ; preds = %31
  store i32 0, ptr %4, align 4
  br label %47

47:                                               ; preds = %88, %46
  %48 = load i32, ptr %4, align 4
  %49 = zext i32 %48 to i64
  %50 = icmp ult i64 %49, 2
  br i1 %50, label %51, label %91

51:                                               ; preds = %47
  %52 = load i32, ptr %4, align 4
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds [2 x %struct.Config], ptr @configs, i64 0, i64 %53
  store ptr %54, ptr %5, align 8
  %55 = load ptr, ptr %5, align 8
  %56 = getelementptr inbounds %struct.Config, ptr %55, i32 0, i32 1
  %57 = load ptr, ptr %56, align 8
  %58 = load i32, ptr %57, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %57, align 4
  %60 = load ptr, ptr %5, align 8
  %61 = getelementptr inbounds %struct.Config, ptr %60, i32 0, i32 0
  %62 = load ptr, ptr %61, align 8
  %63 = load ptr, ptr %5, align 8
  %64 = getelementptr inbounds %struct.Config, ptr %63, i32 0, i32 1
  %65 = load ptr, ptr %64, align 8
  %66 = load i32, ptr %65, align 4
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %62, i32 noundef %66)
  store i32 0, ptr %6, align 4
  br label %68

68:                                               ; preds = %83, %51
  %69 = load i32, ptr %6, align 4
  %70 = load ptr, ptr %5, align 8
  %71 = getelementptr inbounds %struct.Config, ptr %70, i32 0, i32 3
  %72 = load i32, ptr %71, align 8
  %73 = icmp slt i32 %69, %72
  br i1 %73, label %74, label %86

74:                                               ; preds = %68
  %75 = load ptr, ptr %5, align 8
  %76 = getelementptr inbounds %struct.Config, ptr %75, i32 0, i32 2
  %77 = load ptr, ptr %76, align 8
  %78 = load i32, ptr %6, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds ptr, ptr %77, i64 %79
  %81 = load ptr, ptr %80, align 8
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %81)
  br label %83

83:                                               ; preds = %74
  %84 = load i32, ptr %6, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %6, align 4
  br label %68, !llvm.loop !9

86:                                               ; preds = %68
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  br label %88

88:                                               ; preds = %86
  %89 = load i32, ptr %4, align 4
  %90 = add i32 %89, 1
  store i32 %90, ptr %4, align 4
  br label %47, !llvm.loop !10

91:                                               ; preds = %47
  %92 = load ptr, ptr @global_ptr_ptr, align 8
  %93 = load ptr, ptr %92, align 8
  store i32 43, ptr %93, align 4
  %94 = load i32, ptr @global_int, align 4
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %94)
  %96 = load ptr, ptr @message_end, align 8
  %97 = getelementptr inbounds i8, ptr %96, i32 1
  store ptr %97, ptr @message_end, align 8
  store i8 33, ptr %96, align 1
  %98 = load ptr, ptr @message_end, align 8
  store i8 0, ptr %98, align 1
  %99 = load ptr, ptr @message_end, align 8
  %100 = ptrtoint ptr %99 to i64
  %101 = sub i64 %100, ptrtoint (ptr @message to i64)
  %102 = trunc i64 %101 to i32
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef @message, i32 noundef %102)
  %104 = load ptr, ptr @big_second, align 8
  %105 = load i64, ptr %104, align 8
  %106 = load i64, ptr @big_array, align 16
  %107 = load i64, ptr getelementptr inbounds ([3 x i64], ptr @big_array, i64 0, i64 2), align 16
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %105, i64 noundef %106, i64 noundef %107)
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  store i32 0, ptr %7, align 4
  br label %110

110:                                              ; preds = %119, %91
  %111 = load i32, ptr %7, align 4
  %112 = icmp slt i32 %111, 5
  br i1 %112, label %113, label %122

113:                                              ; preds = %110
  %114 = load i32, ptr %7, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [5 x i32], ptr @values, i64 0, i64 %115
  %117 = load i32, ptr %116, align 4
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %117)
  br label %119

119:                                              ; preds = %113
  %120 = load i32, ptr %7, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %7, align 4
  br label %110, !llvm.loop !11

122:                                              ; preds = %110
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @table_sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds ptr, ptr %12, i64 %14
  %16 = load ptr, ptr %15, align 8
  %17 = load i32, ptr %16, align 4
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %5, align 4
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !12

23:                                               ; preds = %7
  %24 = load i32, ptr %5, align 4
  ret i32 %24
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
