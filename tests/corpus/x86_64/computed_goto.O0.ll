; ModuleID = 'computed_goto.c'
source_filename = "computed_goto.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.step = type { ptr, i32 }

@main.fact = internal constant [29 x i32] [i32 0, i32 1, i32 0, i32 10, i32 4, i32 8, i32 5, i32 0, i32 0, i32 1, i32 5, i32 5, i32 0, i32 0, i32 5, i32 2, i32 0, i32 -1, i32 3, i32 5, i32 0, i32 0, i32 1, i32 4, i32 0, i32 0, i32 1, i32 5, i32 9], align 16
@.str = private unnamed_addr constant [21 x i8] c"threaded short: %ld\0A\00", align 1
@main.loop = internal constant [18 x i32] [i32 0, i32 1, i32 0, i32 10, i32 4, i32 6, i32 8, i32 9, i32 5, i32 0, i32 2, i32 3, i32 5, i32 7, i32 0, i32 1, i32 6, i32 4], align 16
@.str.1 = private unnamed_addr constant [20 x i8] c"threaded loop: %ld\0A\00", align 1
@main.arith = internal constant [11 x i32] [i32 0, i32 7, i32 0, i32 6, i32 3, i32 8, i32 0, i32 2, i32 2, i32 8, i32 9], align 16
@.str.2 = private unnamed_addr constant [21 x i8] c"threaded arith: %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [59 x i8] c"dispatch table: 10 entries, all distinct and non-null: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"collatz_mix(%u) = %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"table_walk(%d) = %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"  two  words \00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"a b c d e f\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"trailing \00", align 1
@__const.main.texts = private unnamed_addr constant [5 x ptr] [ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10], align 16
@.str.11 = private unnamed_addr constant [24 x i8] c"count_words(\22%s\22) = %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"c\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"ac\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"bbc\00", align 1
@.str.15 = private unnamed_addr constant [8 x i8] c"abababc\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"aabbaabbc\00", align 1
@__const.main.progs = private unnamed_addr constant [5 x ptr] [ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16], align 16
@.str.17 = private unnamed_addr constant [30 x i8] c"relative_dispatch(\22%s\22) = %d\0A\00", align 1
@run_threaded.disptab = internal constant [10 x ptr] [ptr blockaddress(@run_threaded, %28), ptr blockaddress(@run_threaded, %47), ptr blockaddress(@run_threaded, %70), ptr blockaddress(@run_threaded, %93), ptr blockaddress(@run_threaded, %116), ptr blockaddress(@run_threaded, %137), ptr blockaddress(@run_threaded, %167), ptr blockaddress(@run_threaded, %193), ptr blockaddress(@run_threaded, %210), ptr blockaddress(@run_threaded, %227)], align 16
@.str.18 = private unnamed_addr constant [13 x i8] c"  print %ld\0A\00", align 1
@table_walk.steps = internal constant [6 x %struct.step] [%struct.step { ptr blockaddress(@table_walk, %9), i32 5 }, %struct.step { ptr blockaddress(@table_walk, %20), i32 3 }, %struct.step { ptr blockaddress(@table_walk, %9), i32 -7 }, %struct.step { ptr blockaddress(@table_walk, %31), i32 0 }, %struct.step { ptr blockaddress(@table_walk, %20), i32 11 }, %struct.step { ptr blockaddress(@table_walk, %39), i32 0 }], align 16
@relative_dispatch.offsets = internal constant [3 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %16) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %16) to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %29) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %16) to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr blockaddress(@relative_dispatch, %42) to i64), i64 ptrtoint (ptr blockaddress(@relative_dispatch, %16) to i64)) to i32)], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [5 x ptr], align 16
  %9 = alloca i32, align 4
  %10 = alloca [5 x ptr], align 16
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %12 = call i64 @run_threaded(ptr noundef @main.fact, ptr noundef null)
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %12)
  %14 = call i64 @run_threaded(ptr noundef @main.loop, ptr noundef null)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %14)
  %16 = call i64 @run_threaded(ptr noundef @main.arith, ptr noundef null)
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %16)
  store ptr null, ptr %2, align 8
  %18 = call i64 @run_threaded(ptr noundef null, ptr noundef %2)
  store i32 1, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %19

19:                                               ; preds = %53, %0
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %20, 10
  br i1 %21, label %22, label %56

22:                                               ; preds = %19
  %23 = load ptr, ptr %2, align 8
  %24 = load i32, ptr %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds ptr, ptr %23, i64 %25
  %27 = load ptr, ptr %26, align 8
  %28 = icmp ne ptr %27, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %22
  store i32 0, ptr %3, align 4
  br label %30

30:                                               ; preds = %29, %22
  store i32 0, ptr %5, align 4
  br label %31

31:                                               ; preds = %49, %30
  %32 = load i32, ptr %5, align 4
  %33 = load i32, ptr %4, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %52

35:                                               ; preds = %31
  %36 = load ptr, ptr %2, align 8
  %37 = load i32, ptr %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds ptr, ptr %36, i64 %38
  %40 = load ptr, ptr %39, align 8
  %41 = load ptr, ptr %2, align 8
  %42 = load i32, ptr %5, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds ptr, ptr %41, i64 %43
  %45 = load ptr, ptr %44, align 8
  %46 = icmp eq ptr %40, %45
  br i1 %46, label %47, label %48

47:                                               ; preds = %35
  store i32 0, ptr %3, align 4
  br label %48

48:                                               ; preds = %47, %35
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %5, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %5, align 4
  br label %31, !llvm.loop !6

52:                                               ; preds = %31
  br label %53

53:                                               ; preds = %52
  %54 = load i32, ptr %4, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %4, align 4
  br label %19, !llvm.loop !8

56:                                               ; preds = %19
  %57 = load i32, ptr %3, align 4
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %57)
  store i32 1, ptr %6, align 4
  br label %59

59:                                               ; preds = %67, %56
  %60 = load i32, ptr %6, align 4
  %61 = icmp ult i32 %60, 40
  br i1 %61, label %62, label %70

62:                                               ; preds = %59
  %63 = load i32, ptr %6, align 4
  %64 = load i32, ptr %6, align 4
  %65 = call i32 @collatz_mix(i32 noundef %64, i32 noundef 30)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %63, i32 noundef %65)
  br label %67

67:                                               ; preds = %62
  %68 = load i32, ptr %6, align 4
  %69 = add i32 %68, 6
  store i32 %69, ptr %6, align 4
  br label %59, !llvm.loop !9

70:                                               ; preds = %59
  store i32 -2, ptr %7, align 4
  br label %71

71:                                               ; preds = %79, %70
  %72 = load i32, ptr %7, align 4
  %73 = icmp sle i32 %72, 2
  br i1 %73, label %74, label %82

74:                                               ; preds = %71
  %75 = load i32, ptr %7, align 4
  %76 = load i32, ptr %7, align 4
  %77 = call i32 @table_walk(i32 noundef %76)
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %75, i32 noundef %77)
  br label %79

79:                                               ; preds = %74
  %80 = load i32, ptr %7, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %7, align 4
  br label %71, !llvm.loop !10

82:                                               ; preds = %71
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.texts, i64 40, i1 false)
  store i32 0, ptr %9, align 4
  br label %83

83:                                               ; preds = %98, %82
  %84 = load i32, ptr %9, align 4
  %85 = zext i32 %84 to i64
  %86 = icmp ult i64 %85, 5
  br i1 %86, label %87, label %101

87:                                               ; preds = %83
  %88 = load i32, ptr %9, align 4
  %89 = zext i32 %88 to i64
  %90 = getelementptr inbounds [5 x ptr], ptr %8, i64 0, i64 %89
  %91 = load ptr, ptr %90, align 8
  %92 = load i32, ptr %9, align 4
  %93 = zext i32 %92 to i64
  %94 = getelementptr inbounds [5 x ptr], ptr %8, i64 0, i64 %93
  %95 = load ptr, ptr %94, align 8
  %96 = call i32 @count_words(ptr noundef %95)
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %91, i32 noundef %96)
  br label %98

98:                                               ; preds = %87
  %99 = load i32, ptr %9, align 4
  %100 = add i32 %99, 1
  store i32 %100, ptr %9, align 4
  br label %83, !llvm.loop !11

101:                                              ; preds = %83
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.main.progs, i64 40, i1 false)
  store i32 0, ptr %11, align 4
  br label %102

102:                                              ; preds = %117, %101
  %103 = load i32, ptr %11, align 4
  %104 = zext i32 %103 to i64
  %105 = icmp ult i64 %104, 5
  br i1 %105, label %106, label %120

106:                                              ; preds = %102
  %107 = load i32, ptr %11, align 4
  %108 = zext i32 %107 to i64
  %109 = getelementptr inbounds [5 x ptr], ptr %10, i64 0, i64 %108
  %110 = load ptr, ptr %109, align 8
  %111 = load i32, ptr %11, align 4
  %112 = zext i32 %111 to i64
  %113 = getelementptr inbounds [5 x ptr], ptr %10, i64 0, i64 %112
  %114 = load ptr, ptr %113, align 8
  %115 = call i32 @relative_dispatch(ptr noundef %114)
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %110, i32 noundef %115)
  br label %117

117:                                              ; preds = %106
  %118 = load i32, ptr %11, align 4
  %119 = add i32 %118, 1
  store i32 %119, ptr %11, align 4
  br label %102, !llvm.loop !12

120:                                              ; preds = %102
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @run_threaded(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [64 x i64], align 16
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %12 = load ptr, ptr %4, align 8
  %13 = icmp ne ptr %12, null
  br i1 %13, label %16, label %14

14:                                               ; preds = %2
  %15 = load ptr, ptr %5, align 8
  store ptr @run_threaded.disptab, ptr %15, align 8
  store i64 0, ptr %3, align 8
  br label %237

16:                                               ; preds = %2
  store i32 0, ptr %7, align 4
  %17 = load ptr, ptr %4, align 8
  store ptr %17, ptr %8, align 8
  store i64 0, ptr %9, align 8
  br label %18

18:                                               ; preds = %16
  %19 = load i64, ptr %9, align 8
  %20 = add nsw i64 %19, 1
  store i64 %20, ptr %9, align 8
  %21 = load ptr, ptr %8, align 8
  %22 = getelementptr inbounds i32, ptr %21, i32 1
  store ptr %22, ptr %8, align 8
  %23 = load i32, ptr %21, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8
  br label %239

27:                                               ; No predecessors!
  br label %28

28:                                               ; preds = %27, %239
  %29 = load ptr, ptr %8, align 8
  %30 = getelementptr inbounds i32, ptr %29, i32 1
  store ptr %30, ptr %8, align 8
  %31 = load i32, ptr %29, align 4
  %32 = sext i32 %31 to i64
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4
  %35 = sext i32 %33 to i64
  %36 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %35
  store i64 %32, ptr %36, align 8
  br label %37

37:                                               ; preds = %28
  %38 = load i64, ptr %9, align 8
  %39 = add nsw i64 %38, 1
  store i64 %39, ptr %9, align 8
  %40 = load ptr, ptr %8, align 8
  %41 = getelementptr inbounds i32, ptr %40, i32 1
  store ptr %41, ptr %8, align 8
  %42 = load i32, ptr %40, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %43
  %45 = load ptr, ptr %44, align 8
  br label %239

46:                                               ; No predecessors!
  br label %47

47:                                               ; preds = %46, %239
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %7, align 4
  %50 = load i32, ptr %7, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8
  %54 = load i32, ptr %7, align 4
  %55 = sub nsw i32 %54, 1
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %56
  %58 = load i64, ptr %57, align 8
  %59 = add nsw i64 %58, %53
  store i64 %59, ptr %57, align 8
  br label %60

60:                                               ; preds = %47
  %61 = load i64, ptr %9, align 8
  %62 = add nsw i64 %61, 1
  store i64 %62, ptr %9, align 8
  %63 = load ptr, ptr %8, align 8
  %64 = getelementptr inbounds i32, ptr %63, i32 1
  store ptr %64, ptr %8, align 8
  %65 = load i32, ptr %63, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %66
  %68 = load ptr, ptr %67, align 8
  br label %239

69:                                               ; No predecessors!
  br label %70

70:                                               ; preds = %69, %239
  %71 = load i32, ptr %7, align 4
  %72 = add nsw i32 %71, -1
  store i32 %72, ptr %7, align 4
  %73 = load i32, ptr %7, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %74
  %76 = load i64, ptr %75, align 8
  %77 = load i32, ptr %7, align 4
  %78 = sub nsw i32 %77, 1
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %79
  %81 = load i64, ptr %80, align 8
  %82 = sub nsw i64 %81, %76
  store i64 %82, ptr %80, align 8
  br label %83

83:                                               ; preds = %70
  %84 = load i64, ptr %9, align 8
  %85 = add nsw i64 %84, 1
  store i64 %85, ptr %9, align 8
  %86 = load ptr, ptr %8, align 8
  %87 = getelementptr inbounds i32, ptr %86, i32 1
  store ptr %87, ptr %8, align 8
  %88 = load i32, ptr %86, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %89
  %91 = load ptr, ptr %90, align 8
  br label %239

92:                                               ; No predecessors!
  br label %93

93:                                               ; preds = %92, %239
  %94 = load i32, ptr %7, align 4
  %95 = add nsw i32 %94, -1
  store i32 %95, ptr %7, align 4
  %96 = load i32, ptr %7, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %97
  %99 = load i64, ptr %98, align 8
  %100 = load i32, ptr %7, align 4
  %101 = sub nsw i32 %100, 1
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %102
  %104 = load i64, ptr %103, align 8
  %105 = mul nsw i64 %104, %99
  store i64 %105, ptr %103, align 8
  br label %106

106:                                              ; preds = %93
  %107 = load i64, ptr %9, align 8
  %108 = add nsw i64 %107, 1
  store i64 %108, ptr %9, align 8
  %109 = load ptr, ptr %8, align 8
  %110 = getelementptr inbounds i32, ptr %109, i32 1
  store ptr %110, ptr %8, align 8
  %111 = load i32, ptr %109, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %112
  %114 = load ptr, ptr %113, align 8
  br label %239

115:                                              ; No predecessors!
  br label %116

116:                                              ; preds = %115, %239
  %117 = load i32, ptr %7, align 4
  %118 = sub nsw i32 %117, 1
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %119
  %121 = load i64, ptr %120, align 8
  %122 = load i32, ptr %7, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %123
  store i64 %121, ptr %124, align 8
  %125 = load i32, ptr %7, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %7, align 4
  br label %127

127:                                              ; preds = %116
  %128 = load i64, ptr %9, align 8
  %129 = add nsw i64 %128, 1
  store i64 %129, ptr %9, align 8
  %130 = load ptr, ptr %8, align 8
  %131 = getelementptr inbounds i32, ptr %130, i32 1
  store ptr %131, ptr %8, align 8
  %132 = load i32, ptr %130, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %133
  %135 = load ptr, ptr %134, align 8
  br label %239

136:                                              ; No predecessors!
  br label %137

137:                                              ; preds = %136, %239
  %138 = load i32, ptr %7, align 4
  %139 = sub nsw i32 %138, 1
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %140
  %142 = load i64, ptr %141, align 8
  store i64 %142, ptr %10, align 8
  %143 = load i32, ptr %7, align 4
  %144 = sub nsw i32 %143, 2
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %145
  %147 = load i64, ptr %146, align 8
  %148 = load i32, ptr %7, align 4
  %149 = sub nsw i32 %148, 1
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %150
  store i64 %147, ptr %151, align 8
  %152 = load i64, ptr %10, align 8
  %153 = load i32, ptr %7, align 4
  %154 = sub nsw i32 %153, 2
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %155
  store i64 %152, ptr %156, align 8
  br label %157

157:                                              ; preds = %137
  %158 = load i64, ptr %9, align 8
  %159 = add nsw i64 %158, 1
  store i64 %159, ptr %9, align 8
  %160 = load ptr, ptr %8, align 8
  %161 = getelementptr inbounds i32, ptr %160, i32 1
  store ptr %161, ptr %8, align 8
  %162 = load i32, ptr %160, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %163
  %165 = load ptr, ptr %164, align 8
  br label %239

166:                                              ; No predecessors!
  br label %167

167:                                              ; preds = %166, %239
  %168 = load ptr, ptr %8, align 8
  %169 = getelementptr inbounds i32, ptr %168, i32 1
  store ptr %169, ptr %8, align 8
  %170 = load i32, ptr %168, align 4
  store i32 %170, ptr %11, align 4
  %171 = load i32, ptr %7, align 4
  %172 = add nsw i32 %171, -1
  store i32 %172, ptr %7, align 4
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %173
  %175 = load i64, ptr %174, align 8
  %176 = icmp ne i64 %175, 0
  br i1 %176, label %177, label %182

177:                                              ; preds = %167
  %178 = load ptr, ptr %4, align 8
  %179 = load i32, ptr %11, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds i32, ptr %178, i64 %180
  store ptr %181, ptr %8, align 8
  br label %182

182:                                              ; preds = %177, %167
  br label %183

183:                                              ; preds = %182
  %184 = load i64, ptr %9, align 8
  %185 = add nsw i64 %184, 1
  store i64 %185, ptr %9, align 8
  %186 = load ptr, ptr %8, align 8
  %187 = getelementptr inbounds i32, ptr %186, i32 1
  store ptr %187, ptr %8, align 8
  %188 = load i32, ptr %186, align 4
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %189
  %191 = load ptr, ptr %190, align 8
  br label %239

192:                                              ; No predecessors!
  br label %193

193:                                              ; preds = %192, %239
  %194 = load i32, ptr %7, align 4
  %195 = sub nsw i32 %194, 1
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %196
  %198 = load i64, ptr %197, align 8
  %199 = add nsw i64 %198, -1
  store i64 %199, ptr %197, align 8
  br label %200

200:                                              ; preds = %193
  %201 = load i64, ptr %9, align 8
  %202 = add nsw i64 %201, 1
  store i64 %202, ptr %9, align 8
  %203 = load ptr, ptr %8, align 8
  %204 = getelementptr inbounds i32, ptr %203, i32 1
  store ptr %204, ptr %8, align 8
  %205 = load i32, ptr %203, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %206
  %208 = load ptr, ptr %207, align 8
  br label %239

209:                                              ; No predecessors!
  br label %210

210:                                              ; preds = %209, %239
  %211 = load i32, ptr %7, align 4
  %212 = sub nsw i32 %211, 1
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %213
  %215 = load i64, ptr %214, align 8
  %216 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i64 noundef %215)
  br label %217

217:                                              ; preds = %210
  %218 = load i64, ptr %9, align 8
  %219 = add nsw i64 %218, 1
  store i64 %219, ptr %9, align 8
  %220 = load ptr, ptr %8, align 8
  %221 = getelementptr inbounds i32, ptr %220, i32 1
  store ptr %221, ptr %8, align 8
  %222 = load i32, ptr %220, align 4
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds [10 x ptr], ptr @run_threaded.disptab, i64 0, i64 %223
  %225 = load ptr, ptr %224, align 8
  br label %239

226:                                              ; No predecessors!
  br label %227

227:                                              ; preds = %226, %239
  %228 = load i32, ptr %7, align 4
  %229 = sub nsw i32 %228, 1
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %230
  %232 = load i64, ptr %231, align 8
  %233 = mul nsw i64 %232, 1000
  %234 = load i64, ptr %9, align 8
  %235 = srem i64 %234, 1000
  %236 = add nsw i64 %233, %235
  store i64 %236, ptr %3, align 8
  br label %237

237:                                              ; preds = %227, %14
  %238 = load i64, ptr %3, align 8
  ret i64 %238

239:                                              ; preds = %217, %200, %183, %157, %127, %106, %83, %60, %37, %18
  %240 = phi ptr [ %26, %18 ], [ %45, %37 ], [ %68, %60 ], [ %91, %83 ], [ %114, %106 ], [ %135, %127 ], [ %165, %157 ], [ %191, %183 ], [ %208, %200 ], [ %225, %217 ]
  indirectbr ptr %240, [label %28, label %47, label %70, label %93, label %116, label %137, label %167, label %193, label %210, label %227]
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @collatz_mix(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [3 x ptr], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %8 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 0
  store ptr blockaddress(@collatz_mix, %16), ptr %8, align 16
  %9 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 1
  store ptr blockaddress(@collatz_mix, %38), ptr %9, align 8
  %10 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 2
  store ptr blockaddress(@collatz_mix, %59), ptr %10, align 16
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %11 = load i32, ptr %3, align 4
  %12 = and i32 %11, 1
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8
  br label %64

16:                                               ; preds = %64
  %17 = load i32, ptr %3, align 4
  %18 = load i32, ptr %6, align 4
  %19 = add i32 %18, %17
  store i32 %19, ptr %6, align 4
  %20 = load i32, ptr %3, align 4
  %21 = udiv i32 %20, 2
  store i32 %21, ptr %3, align 4
  %22 = load i32, ptr %7, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %7, align 4
  %24 = load i32, ptr %4, align 4
  %25 = icmp sge i32 %23, %24
  br i1 %25, label %29, label %26

26:                                               ; preds = %16
  %27 = load i32, ptr %3, align 4
  %28 = icmp ule i32 %27, 1
  br i1 %28, label %29, label %32

29:                                               ; preds = %26, %16
  %30 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 2
  %31 = load ptr, ptr %30, align 16
  br label %64

32:                                               ; preds = %26
  %33 = load i32, ptr %3, align 4
  %34 = and i32 %33, 1
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 %35
  %37 = load ptr, ptr %36, align 8
  br label %64

38:                                               ; preds = %64
  %39 = load i32, ptr %3, align 4
  %40 = mul i32 %39, 7
  %41 = load i32, ptr %6, align 4
  %42 = xor i32 %41, %40
  store i32 %42, ptr %6, align 4
  %43 = load i32, ptr %3, align 4
  %44 = mul i32 3, %43
  %45 = add i32 %44, 1
  store i32 %45, ptr %3, align 4
  %46 = load i32, ptr %7, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %7, align 4
  %48 = load i32, ptr %4, align 4
  %49 = icmp sge i32 %47, %48
  br i1 %49, label %50, label %53

50:                                               ; preds = %38
  %51 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 2
  %52 = load ptr, ptr %51, align 16
  br label %64

53:                                               ; preds = %38
  %54 = load i32, ptr %3, align 4
  %55 = and i32 %54, 1
  %56 = zext i32 %55 to i64
  %57 = getelementptr inbounds [3 x ptr], ptr %5, i64 0, i64 %56
  %58 = load ptr, ptr %57, align 8
  br label %64

59:                                               ; preds = %64
  %60 = load i32, ptr %6, align 4
  %61 = load i32, ptr %7, align 4
  %62 = mul i32 %61, 65536
  %63 = add i32 %60, %62
  ret i32 %63

64:                                               ; preds = %53, %50, %32, %29, %2
  %65 = phi ptr [ %15, %2 ], [ %31, %29 ], [ %37, %32 ], [ %52, %50 ], [ %58, %53 ]
  indirectbr ptr %65, [label %16, label %38, label %59]
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @table_walk(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  store i32 %5, ptr %3, align 4
  store ptr @table_walk.steps, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.step, ptr %6, i32 0, i32 0
  %8 = load ptr, ptr %7, align 8
  br label %41

9:                                                ; preds = %41, %41
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.step, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = load i32, ptr %3, align 4
  %14 = add nsw i32 %13, %12
  store i32 %14, ptr %3, align 4
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds %struct.step, ptr %15, i32 1
  store ptr %16, ptr %4, align 8
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds %struct.step, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8
  br label %41

20:                                               ; preds = %41, %41
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds %struct.step, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8
  %24 = load i32, ptr %3, align 4
  %25 = mul nsw i32 %24, %23
  store i32 %25, ptr %3, align 4
  %26 = load ptr, ptr %4, align 8
  %27 = getelementptr inbounds %struct.step, ptr %26, i32 1
  store ptr %27, ptr %4, align 8
  %28 = load ptr, ptr %4, align 8
  %29 = getelementptr inbounds %struct.step, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8
  br label %41

31:                                               ; preds = %41
  %32 = load i32, ptr %3, align 4
  %33 = sub nsw i32 0, %32
  store i32 %33, ptr %3, align 4
  %34 = load ptr, ptr %4, align 8
  %35 = getelementptr inbounds %struct.step, ptr %34, i32 1
  store ptr %35, ptr %4, align 8
  %36 = load ptr, ptr %4, align 8
  %37 = getelementptr inbounds %struct.step, ptr %36, i32 0, i32 0
  %38 = load ptr, ptr %37, align 8
  br label %41

39:                                               ; preds = %41
  %40 = load i32, ptr %3, align 4
  ret i32 %40

41:                                               ; preds = %31, %20, %9, %1
  %42 = phi ptr [ %8, %1 ], [ %19, %9 ], [ %30, %20 ], [ %38, %31 ]
  indirectbr ptr %42, [label %9, label %20, label %9, label %31, label %20, label %39]
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_words(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  store ptr blockaddress(@count_words, %12), ptr %3, align 8
  store i32 0, ptr %4, align 4
  %7 = load ptr, ptr %2, align 8
  store ptr %7, ptr %5, align 8
  br label %8

8:                                                ; preds = %36, %1
  %9 = load ptr, ptr %5, align 8
  %10 = load i8, ptr %9, align 1
  store i8 %10, ptr %6, align 1
  %11 = load ptr, ptr %3, align 8
  br label %41

12:                                               ; preds = %41, %41
  %13 = load i8, ptr %6, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %12
  br label %39

17:                                               ; preds = %12
  %18 = load i8, ptr %6, align 1
  %19 = sext i8 %18 to i32
  %20 = icmp ne i32 %19, 32
  br i1 %20, label %21, label %24

21:                                               ; preds = %17
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  store ptr blockaddress(@count_words, %25), ptr %3, align 8
  br label %24

24:                                               ; preds = %21, %17
  br label %36

25:                                               ; preds = %41
  %26 = load i8, ptr %6, align 1
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %25
  br label %39

30:                                               ; preds = %25
  %31 = load i8, ptr %6, align 1
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 32
  br i1 %33, label %34, label %35

34:                                               ; preds = %30
  store ptr blockaddress(@count_words, %12), ptr %3, align 8
  br label %35

35:                                               ; preds = %34, %30
  br label %36

36:                                               ; preds = %35, %24
  %37 = load ptr, ptr %5, align 8
  %38 = getelementptr inbounds i8, ptr %37, i32 1
  store ptr %38, ptr %5, align 8
  br label %8

39:                                               ; preds = %29, %16
  %40 = load i32, ptr %4, align 4
  ret i32 %40

41:                                               ; preds = %8
  %42 = phi ptr [ %11, %8 ]
  indirectbr ptr %42, [label %12, label %25, label %12]
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @relative_dispatch(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  %5 = load ptr, ptr %2, align 8
  store ptr %5, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds i8, ptr %6, i32 1
  store ptr %7, ptr %4, align 8
  %8 = load i8, ptr %6, align 1
  %9 = sext i8 %8 to i32
  %10 = sub nsw i32 %9, 97
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [3 x i32], ptr @relative_dispatch.offsets, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr blockaddress(@relative_dispatch, %16), i64 %14
  br label %44

16:                                               ; preds = %44, %44, %44, %44, %44, %44, %44
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 3
  store i32 %18, ptr %3, align 4
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 1
  store ptr %20, ptr %4, align 8
  %21 = load i8, ptr %19, align 1
  %22 = sext i8 %21 to i32
  %23 = sub nsw i32 %22, 97
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x i32], ptr @relative_dispatch.offsets, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr blockaddress(@relative_dispatch, %16), i64 %27
  br label %44

29:                                               ; preds = %44
  %30 = load i32, ptr %3, align 4
  %31 = mul nsw i32 %30, 2
  store i32 %31, ptr %3, align 4
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds i8, ptr %32, i32 1
  store ptr %33, ptr %4, align 8
  %34 = load i8, ptr %32, align 1
  %35 = sext i8 %34 to i32
  %36 = sub nsw i32 %35, 97
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [3 x i32], ptr @relative_dispatch.offsets, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i8, ptr blockaddress(@relative_dispatch, %16), i64 %40
  br label %44

42:                                               ; preds = %44
  %43 = load i32, ptr %3, align 4
  ret i32 %43

44:                                               ; preds = %29, %16, %1
  %45 = phi ptr [ %15, %1 ], [ %28, %16 ], [ %41, %29 ]
  indirectbr ptr %45, [label %16, label %16, label %29, label %16, label %42, label %16, label %16, label %16, label %16]
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
