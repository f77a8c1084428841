; ModuleID = 'loops_goto.c'
source_filename = "loops_goto.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@__const.main.v = private unnamed_addr constant [7 x i32] [i32 8, i32 3, i32 11, i32 5, i32 14, i32 2, i32 9], align 4
@.str = private unnamed_addr constant [22 x i8] c"pair: v[%d]+v[%d]=16\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"missing pair: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"collatz(27) steps=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"do-while k=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"once=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"odd_sum=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"goto loop acc=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [22 x i8] c"primes below 100: %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [26 x i8] c"infinite for broke at %u\0A\00", align 1
@.str.9 = private unnamed_addr constant [17 x i8] c"setup(%d) -> %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [7 x i32], align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.v, i64 28, i1 false)
  %18 = getelementptr inbounds [7 x i32], ptr %2, i64 0, i64 0
  %19 = call i32 @find_pair(ptr noundef %18, i32 noundef 7, i32 noundef 16, ptr noundef %3, ptr noundef %4)
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %25

21:                                               ; preds = %0
  %22 = load i32, ptr %3, align 4
  %23 = load i32, ptr %4, align 4
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22, i32 noundef %23)
  br label %25

25:                                               ; preds = %21, %0
  %26 = getelementptr inbounds [7 x i32], ptr %2, i64 0, i64 0
  %27 = call i32 @find_pair(ptr noundef %26, i32 noundef 7, i32 noundef 100, ptr noundef %3, ptr noundef %4)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %27)
  store i32 0, ptr %5, align 4
  br label %29

29:                                               ; preds = %35, %25
  %30 = load i32, ptr %5, align 4
  %31 = icmp sle i32 %30, 3
  br i1 %31, label %32, label %38

32:                                               ; preds = %29
  %33 = load i32, ptr %5, align 4
  %34 = call i32 @setup(i32 noundef %33)
  br label %35

35:                                               ; preds = %32
  %36 = load i32, ptr %5, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4
  br label %29, !llvm.loop !6

38:                                               ; preds = %29
  store i32 27, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %39

39:                                               ; preds = %53, %38
  %40 = load i32, ptr %6, align 4
  %41 = icmp ne i32 %40, 1
  br i1 %41, label %42, label %57

42:                                               ; preds = %39
  %43 = load i32, ptr %6, align 4
  %44 = srem i32 %43, 2
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %50

46:                                               ; preds = %42
  %47 = load i32, ptr %6, align 4
  %48 = mul nsw i32 3, %47
  %49 = add nsw i32 %48, 1
  br label %53

50:                                               ; preds = %42
  %51 = load i32, ptr %6, align 4
  %52 = sdiv i32 %51, 2
  br label %53

53:                                               ; preds = %50, %46
  %54 = phi i32 [ %49, %46 ], [ %52, %50 ]
  store i32 %54, ptr %6, align 4
  %55 = load i32, ptr %7, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %7, align 4
  br label %39, !llvm.loop !8

57:                                               ; preds = %39
  %58 = load i32, ptr %7, align 4
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %58)
  store i32 100, ptr %8, align 4
  br label %60

60:                                               ; preds = %63, %57
  %61 = load i32, ptr %8, align 4
  %62 = sub nsw i32 %61, 7
  store i32 %62, ptr %8, align 4
  br label %63

63:                                               ; preds = %60
  %64 = load i32, ptr %8, align 4
  %65 = icmp sgt i32 %64, 0
  br i1 %65, label %60, label %66, !llvm.loop !9

66:                                               ; preds = %63
  %67 = load i32, ptr %8, align 4
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %67)
  store i32 0, ptr %9, align 4
  br label %69

69:                                               ; preds = %66
  %70 = load i32, ptr %9, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %9, align 4
  br label %72

72:                                               ; preds = %69
  %73 = load i32, ptr %9, align 4
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %73)
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %75

75:                                               ; preds = %91, %72
  %76 = load i32, ptr %11, align 4
  %77 = icmp slt i32 %76, 50
  br i1 %77, label %78, label %94

78:                                               ; preds = %75
  %79 = load i32, ptr %11, align 4
  %80 = srem i32 %79, 2
  %81 = icmp eq i32 %80, 0
  br i1 %81, label %82, label %83

82:                                               ; preds = %78
  br label %91

83:                                               ; preds = %78
  %84 = load i32, ptr %11, align 4
  %85 = icmp sgt i32 %84, 40
  br i1 %85, label %86, label %87

86:                                               ; preds = %83
  br label %94

87:                                               ; preds = %83
  %88 = load i32, ptr %11, align 4
  %89 = load i32, ptr %10, align 4
  %90 = add nsw i32 %89, %88
  store i32 %90, ptr %10, align 4
  br label %91

91:                                               ; preds = %87, %82
  %92 = load i32, ptr %11, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %11, align 4
  br label %75, !llvm.loop !10

94:                                               ; preds = %86, %75
  %95 = load i32, ptr %10, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %95)
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %97

97:                                               ; preds = %106, %94
  %98 = load i32, ptr %12, align 4
  %99 = load i32, ptr %12, align 4
  %100 = mul nsw i32 %98, %99
  %101 = load i32, ptr %13, align 4
  %102 = add nsw i32 %101, %100
  store i32 %102, ptr %13, align 4
  %103 = load i32, ptr %12, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4
  %105 = icmp slt i32 %104, 10
  br i1 %105, label %106, label %107

106:                                              ; preds = %97
  br label %97

107:                                              ; preds = %97
  %108 = load i32, ptr %13, align 4
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %108)
  store i32 0, ptr %14, align 4
  store i32 2, ptr %15, align 4
  br label %110

110:                                              ; preds = %134, %107
  %111 = load i32, ptr %15, align 4
  %112 = icmp slt i32 %111, 100
  br i1 %112, label %113, label %137

113:                                              ; preds = %110
  store i32 2, ptr %16, align 4
  br label %114

114:                                              ; preds = %127, %113
  %115 = load i32, ptr %16, align 4
  %116 = load i32, ptr %16, align 4
  %117 = mul nsw i32 %115, %116
  %118 = load i32, ptr %15, align 4
  %119 = icmp sle i32 %117, %118
  br i1 %119, label %120, label %130

120:                                              ; preds = %114
  %121 = load i32, ptr %15, align 4
  %122 = load i32, ptr %16, align 4
  %123 = srem i32 %121, %122
  %124 = icmp eq i32 %123, 0
  br i1 %124, label %125, label %126

125:                                              ; preds = %120
  br label %133

126:                                              ; preds = %120
  br label %127

127:                                              ; preds = %126
  %128 = load i32, ptr %16, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %16, align 4
  br label %114, !llvm.loop !11

130:                                              ; preds = %114
  %131 = load i32, ptr %14, align 4
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %14, align 4
  br label %133

133:                                              ; preds = %130, %125
  br label %134

134:                                              ; preds = %133
  %135 = load i32, ptr %15, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %15, align 4
  br label %110, !llvm.loop !12

137:                                              ; preds = %110
  %138 = load i32, ptr %14, align 4
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %138)
  store i32 0, ptr %17, align 4
  br label %140

140:                                              ; preds = %148, %137
  %141 = load i32, ptr %17, align 4
  %142 = add i32 %141, 1
  store i32 %142, ptr %17, align 4
  %143 = load i32, ptr %17, align 4
  %144 = load i32, ptr %17, align 4
  %145 = mul i32 %143, %144
  %146 = icmp ugt i32 %145, 1000
  br i1 %146, label %147, label %148

147:                                              ; preds = %140
  br label %149

148:                                              ; preds = %140
  br label %140

149:                                              ; preds = %147
  %150 = load i32, ptr %17, align 4
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %150)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store ptr %3, ptr %10, align 8
  store ptr %4, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %14

14:                                               ; preds = %49, %5
  %15 = load i32, ptr %12, align 4
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %52

18:                                               ; preds = %14
  %19 = load i32, ptr %12, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %13, align 4
  br label %21

21:                                               ; preds = %45, %18
  %22 = load i32, ptr %13, align 4
  %23 = load i32, ptr %8, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %48

25:                                               ; preds = %21
  %26 = load ptr, ptr %7, align 8
  %27 = load i32, ptr %12, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %26, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %13, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %31, i64 %33
  %35 = load i32, ptr %34, align 4
  %36 = add nsw i32 %30, %35
  %37 = load i32, ptr %9, align 4
  %38 = icmp eq i32 %36, %37
  br i1 %38, label %39, label %44

39:                                               ; preds = %25
  %40 = load i32, ptr %12, align 4
  %41 = load ptr, ptr %10, align 8
  store i32 %40, ptr %41, align 4
  %42 = load i32, ptr %13, align 4
  %43 = load ptr, ptr %11, align 8
  store i32 %42, ptr %43, align 4
  br label %53

44:                                               ; preds = %25
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %13, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %13, align 4
  br label %21, !llvm.loop !13

48:                                               ; preds = %21
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %12, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %12, align 4
  br label %14, !llvm.loop !14

52:                                               ; preds = %14
  store i32 0, ptr %6, align 4
  br label %54

53:                                               ; preds = %39
  store i32 1, ptr %6, align 4
  br label %54

54:                                               ; preds = %53, %52
  %55 = load i32, ptr %6, align 4
  ret i32 %55
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @setup(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  store i32 -1, ptr %3, align 4
  store ptr null, ptr %4, align 8
  store ptr null, ptr %5, align 8
  store ptr null, ptr %6, align 8
  %7 = call noalias ptr @malloc(i64 noundef 16) #5
  store ptr %7, ptr %4, align 8
  %8 = icmp ne ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %1
  br label %37

10:                                               ; preds = %1
  %11 = load i32, ptr %2, align 4
  %12 = icmp eq i32 %11, 1
  br i1 %12, label %13, label %14

13:                                               ; preds = %10
  br label %35

14:                                               ; preds = %10
  %15 = call noalias ptr @malloc(i64 noundef 16) #5
  store ptr %15, ptr %5, align 8
  %16 = icmp ne ptr %15, null
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  br label %35

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4
  %20 = icmp eq i32 %19, 2
  br i1 %20, label %21, label %22

21:                                               ; preds = %18
  br label %33

22:                                               ; preds = %18
  %23 = call noalias ptr @malloc(i64 noundef 16) #5
  store ptr %23, ptr %6, align 8
  %24 = icmp ne ptr %23, null
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  br label %33

26:                                               ; preds = %22
  %27 = load i32, ptr %2, align 4
  %28 = icmp eq i32 %27, 3
  br i1 %28, label %29, label %30

29:                                               ; preds = %26
  br label %31

30:                                               ; preds = %26
  store i32 0, ptr %3, align 4
  br label %31

31:                                               ; preds = %30, %29
  %32 = load ptr, ptr %6, align 8
  call void @free(ptr noundef %32) #6
  br label %33

33:                                               ; preds = %31, %25, %21
  %34 = load ptr, ptr %5, align 8
  call void @free(ptr noundef %34) #6
  br label %35

35:                                               ; preds = %33, %17, %13
  %36 = load ptr, ptr %4, align 8
  call void @free(ptr noundef %36) #6
  br label %37

37:                                               ; preds = %35, %9
  %38 = load i32, ptr %2, align 4
  %39 = load i32, ptr %3, align 4
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %38, i32 noundef %39)
  %41 = load i32, ptr %3, align 4
  ret i32 %41
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
