; ModuleID = 'args_calc.c'
source_filename = "args_calc.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"usage: args_calc TOKENS...\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"bad token '%s'\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"division by zero\0A\00", align 1
@.str.3 = private unnamed_addr constant [23 x i8] c"unknown operator '%c'\0A\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"%ld %c %ld = %ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"result=%ld remaining=%d\0A\00", align 1
@sp = internal global i32 0, align 4
@.str.6 = private unnamed_addr constant [16 x i8] c"stack overflow\0A\00", align 1
@stack = internal global [32 x i64] zeroinitializer, align 8
@.str.7 = private unnamed_addr constant [17 x i8] c"stack underflow\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 2
  br i1 %15, label %16, label %18

16:                                               ; preds = %2
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str)
  store i32 2, ptr %3, align 4
  br label %118

18:                                               ; preds = %2
  store i32 1, ptr %6, align 4
  br label %19

19:                                               ; preds = %107, %18
  %20 = load i32, ptr %6, align 4
  %21 = load i32, ptr %4, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %110

23:                                               ; preds = %19
  %24 = load ptr, ptr %5, align 8
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds ptr, ptr %24, i64 %26
  %28 = load ptr, ptr %27, align 8
  store ptr %28, ptr %7, align 8
  %29 = load ptr, ptr %7, align 8
  %30 = call i64 @strtol(ptr noundef %29, ptr noundef %8, i32 noundef 0) #5
  store i64 %30, ptr %9, align 8
  %31 = load ptr, ptr %7, align 8
  %32 = load i8, ptr %31, align 1
  %33 = zext i8 %32 to i32
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %42

35:                                               ; preds = %23
  %36 = load ptr, ptr %8, align 8
  %37 = load i8, ptr %36, align 1
  %38 = zext i8 %37 to i32
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %42

40:                                               ; preds = %35
  %41 = load i64, ptr %9, align 8
  call void @push(i64 noundef %41)
  br label %107

42:                                               ; preds = %35, %23
  %43 = load ptr, ptr %7, align 8
  %44 = call i64 @strlen(ptr noundef %43) #6
  %45 = icmp ne i64 %44, 1
  br i1 %45, label %46, label %49

46:                                               ; preds = %42
  %47 = load ptr, ptr %7, align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %47)
  store i32 5, ptr %3, align 4
  br label %118

49:                                               ; preds = %42
  %50 = call i64 @pop()
  store i64 %50, ptr %10, align 8
  %51 = call i64 @pop()
  store i64 %51, ptr %11, align 8
  %52 = load ptr, ptr %7, align 8
  %53 = getelementptr inbounds i8, ptr %52, i64 0
  %54 = load i8, ptr %53, align 1
  %55 = zext i8 %54 to i32
  switch i32 %55, label %91 [
    i32 43, label %56
    i32 45, label %60
    i32 120, label %64
    i32 47, label %68
    i32 37, label %77
    i32 94, label %87
  ]

56:                                               ; preds = %49
  %57 = load i64, ptr %11, align 8
  %58 = load i64, ptr %10, align 8
  %59 = add nsw i64 %57, %58
  store i64 %59, ptr %12, align 8
  br label %97

60:                                               ; preds = %49
  %61 = load i64, ptr %11, align 8
  %62 = load i64, ptr %10, align 8
  %63 = sub nsw i64 %61, %62
  store i64 %63, ptr %12, align 8
  br label %97

64:                                               ; preds = %49
  %65 = load i64, ptr %11, align 8
  %66 = load i64, ptr %10, align 8
  %67 = mul nsw i64 %65, %66
  store i64 %67, ptr %12, align 8
  br label %97

68:                                               ; preds = %49
  %69 = load i64, ptr %10, align 8
  %70 = icmp eq i64 %69, 0
  br i1 %70, label %71, label %73

71:                                               ; preds = %68
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  call void @exit(i32 noundef 6) #7
  unreachable

73:                                               ; preds = %68
  %74 = load i64, ptr %11, align 8
  %75 = load i64, ptr %10, align 8
  %76 = sdiv i64 %74, %75
  store i64 %76, ptr %12, align 8
  br label %97

77:                                               ; preds = %49
  %78 = load i64, ptr %10, align 8
  %79 = icmp ne i64 %78, 0
  br i1 %79, label %80, label %84

80:                                               ; preds = %77
  %81 = load i64, ptr %11, align 8
  %82 = load i64, ptr %10, align 8
  %83 = srem i64 %81, %82
  br label %85

84:                                               ; preds = %77
  br label %85

85:                                               ; preds = %84, %80
  %86 = phi i64 [ %83, %80 ], [ 0, %84 ]
  store i64 %86, ptr %12, align 8
  br label %97

87:                                               ; preds = %49
  %88 = load i64, ptr %11, align 8
  %89 = load i64, ptr %10, align 8
  %90 = xor i64 %88, %89
  store i64 %90, ptr %12, align 8
  br label %97

91:                                               ; preds = %49
  %92 = load ptr, ptr %7, align 8
  %93 = getelementptr inbounds i8, ptr %92, i64 0
  %94 = load i8, ptr %93, align 1
  %95 = zext i8 %94 to i32
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %95)
  store i32 7, ptr %3, align 4
  br label %118

97:                                               ; preds = %87, %85, %73, %64, %60, %56
  %98 = load i64, ptr %11, align 8
  %99 = load ptr, ptr %7, align 8
  %100 = getelementptr inbounds i8, ptr %99, i64 0
  %101 = load i8, ptr %100, align 1
  %102 = zext i8 %101 to i32
  %103 = load i64, ptr %10, align 8
  %104 = load i64, ptr %12, align 8
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %98, i32 noundef %102, i64 noundef %103, i64 noundef %104)
  %106 = load i64, ptr %12, align 8
  call void @push(i64 noundef %106)
  br label %107

107:                                              ; preds = %97, %40
  %108 = load i32, ptr %6, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %6, align 4
  br label %19, !llvm.loop !6

110:                                              ; preds = %19
  %111 = call i64 @pop()
  store i64 %111, ptr %13, align 8
  %112 = load i64, ptr %13, align 8
  %113 = load i32, ptr @sp, align 4
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %112, i32 noundef %113)
  %115 = load i64, ptr %13, align 8
  %116 = and i64 %115, 255
  %117 = trunc i64 %116 to i32
  store i32 %117, ptr %3, align 4
  br label %118

118:                                              ; preds = %110, %91, %46, %16
  %119 = load i32, ptr %3, align 4
  ret i32 %119
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @push(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i32, ptr @sp, align 4
  %4 = icmp eq i32 %3, 32
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.6)
  call void @exit(i32 noundef 3) #7
  unreachable

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8
  %9 = load i32, ptr @sp, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr @sp, align 4
  %11 = sext i32 %9 to i64
  %12 = getelementptr inbounds [32 x i64], ptr @stack, i64 0, i64 %11
  store i64 %8, ptr %12, align 8
  ret void
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @pop() #0 {
  %1 = load i32, ptr @sp, align 4
  %2 = icmp eq i32 %1, 0
  br i1 %2, label %3, label %5

3:                                                ; preds = %0
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.7)
  call void @exit(i32 noundef 4) #7
  unreachable

5:                                                ; preds = %0
  %6 = load i32, ptr @sp, align 4
  %7 = add nsw i32 %6, -1
  store i32 %7, ptr @sp, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [32 x i64], ptr @stack, i64 0, i64 %8
  %10 = load i64, ptr %9, align 8
  ret i64 %10
}

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { noreturn nounwind }

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
