; ModuleID = 'args_echo.c'
source_filename = "args_echo.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"argc=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"argv[argc] is null: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"arg %d: '%s' (%zu)\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"total length=%zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"--verbose at %d, --missing at %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"--verbose\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"--missing\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"/\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"joined=%s\0A\00", align 1
@.str.9 = private unnamed_addr constant [19 x i8] c"upcased first: %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.13 = private unnamed_addr constant [33 x i8] c"counted via null terminator: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [256 x i8], align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %13 = load i32, ptr %4, align 4
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %13)
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds ptr, ptr %15, i64 %17
  %19 = load ptr, ptr %18, align 8
  %20 = icmp eq ptr %19, null
  %21 = zext i1 %20 to i32
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %21)
  store i64 0, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %23

23:                                               ; preds = %49, %2
  %24 = load i32, ptr %7, align 4
  %25 = load i32, ptr %4, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %52

27:                                               ; preds = %23
  %28 = load i32, ptr %7, align 4
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %7, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds ptr, ptr %29, i64 %31
  %33 = load ptr, ptr %32, align 8
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %7, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds ptr, ptr %34, i64 %36
  %38 = load ptr, ptr %37, align 8
  %39 = call i64 @strlen(ptr noundef %38) #5
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %28, ptr noundef %33, i64 noundef %39)
  %41 = load ptr, ptr %5, align 8
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds ptr, ptr %41, i64 %43
  %45 = load ptr, ptr %44, align 8
  %46 = call i64 @strlen(ptr noundef %45) #5
  %47 = load i64, ptr %6, align 8
  %48 = add i64 %47, %46
  store i64 %48, ptr %6, align 8
  br label %49

49:                                               ; preds = %27
  %50 = load i32, ptr %7, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %7, align 4
  br label %23, !llvm.loop !6

52:                                               ; preds = %23
  %53 = load i64, ptr %6, align 8
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %53)
  %55 = load i32, ptr %4, align 4
  %56 = load ptr, ptr %5, align 8
  %57 = call i32 @has_flag(i32 noundef %55, ptr noundef %56, ptr noundef @.str.5)
  %58 = load i32, ptr %4, align 4
  %59 = load ptr, ptr %5, align 8
  %60 = call i32 @has_flag(i32 noundef %58, ptr noundef %59, ptr noundef @.str.6)
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %57, i32 noundef %60)
  call void @llvm.memset.p0.i64(ptr align 1 %8, i8 0, i64 256, i1 false)
  store i32 1, ptr %9, align 4
  br label %62

62:                                               ; preds = %93, %52
  %63 = load i32, ptr %9, align 4
  %64 = load i32, ptr %4, align 4
  %65 = icmp slt i32 %63, %64
  br i1 %65, label %66, label %96

66:                                               ; preds = %62
  %67 = getelementptr inbounds [256 x i8], ptr %8, i64 0, i64 0
  %68 = call i64 @strlen(ptr noundef %67) #5
  %69 = load ptr, ptr %5, align 8
  %70 = load i32, ptr %9, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds ptr, ptr %69, i64 %71
  %73 = load ptr, ptr %72, align 8
  %74 = call i64 @strlen(ptr noundef %73) #5
  %75 = add i64 %68, %74
  %76 = add i64 %75, 2
  %77 = icmp uge i64 %76, 256
  br i1 %77, label %78, label %79

78:                                               ; preds = %66
  br label %96

79:                                               ; preds = %66
  %80 = load i32, ptr %9, align 4
  %81 = icmp sgt i32 %80, 1
  br i1 %81, label %82, label %85

82:                                               ; preds = %79
  %83 = getelementptr inbounds [256 x i8], ptr %8, i64 0, i64 0
  %84 = call ptr @strcat(ptr noundef %83, ptr noundef @.str.7) #6
  br label %85

85:                                               ; preds = %82, %79
  %86 = getelementptr inbounds [256 x i8], ptr %8, i64 0, i64 0
  %87 = load ptr, ptr %5, align 8
  %88 = load i32, ptr %9, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds ptr, ptr %87, i64 %89
  %91 = load ptr, ptr %90, align 8
  %92 = call ptr @strcat(ptr noundef %86, ptr noundef %91) #6
  br label %93

93:                                               ; preds = %85
  %94 = load i32, ptr %9, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %9, align 4
  br label %62, !llvm.loop !8

96:                                               ; preds = %78, %62
  %97 = getelementptr inbounds [256 x i8], ptr %8, i64 0, i64 0
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %97)
  %99 = load i32, ptr %4, align 4
  %100 = icmp sgt i32 %99, 1
  br i1 %100, label %101, label %109

101:                                              ; preds = %96
  %102 = load ptr, ptr %5, align 8
  %103 = getelementptr inbounds ptr, ptr %102, i64 1
  %104 = load ptr, ptr %103, align 8
  call void @upcase_in_place(ptr noundef %104)
  %105 = load ptr, ptr %5, align 8
  %106 = getelementptr inbounds ptr, ptr %105, i64 1
  %107 = load ptr, ptr %106, align 8
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %107)
  br label %109

109:                                              ; preds = %101, %96
  %110 = load i32, ptr %4, align 4
  %111 = sub nsw i32 %110, 1
  store i32 %111, ptr %10, align 4
  br label %112

112:                                              ; preds = %126, %109
  %113 = load i32, ptr %10, align 4
  %114 = icmp sge i32 %113, 1
  br i1 %114, label %115, label %129

115:                                              ; preds = %112
  %116 = load ptr, ptr %5, align 8
  %117 = load i32, ptr %10, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds ptr, ptr %116, i64 %118
  %120 = load ptr, ptr %119, align 8
  %121 = load i32, ptr %10, align 4
  %122 = icmp sgt i32 %121, 1
  %123 = zext i1 %122 to i64
  %124 = select i1 %122, ptr @.str.11, ptr @.str.12
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %120, ptr noundef %124)
  br label %126

126:                                              ; preds = %115
  %127 = load i32, ptr %10, align 4
  %128 = add nsw i32 %127, -1
  store i32 %128, ptr %10, align 4
  br label %112, !llvm.loop !9

129:                                              ; preds = %112
  %130 = load ptr, ptr %5, align 8
  %131 = getelementptr inbounds ptr, ptr %130, i64 1
  store ptr %131, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %132

132:                                              ; preds = %136, %129
  %133 = load ptr, ptr %11, align 8
  %134 = load ptr, ptr %133, align 8
  %135 = icmp ne ptr %134, null
  br i1 %135, label %136, label %141

136:                                              ; preds = %132
  %137 = load i32, ptr %12, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %12, align 4
  %139 = load ptr, ptr %11, align 8
  %140 = getelementptr inbounds ptr, ptr %139, i32 1
  store ptr %140, ptr %11, align 8
  br label %132, !llvm.loop !10

141:                                              ; preds = %132
  %142 = load i32, ptr %12, align 4
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %142)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @has_flag(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 1, ptr %8, align 4
  br label %9

9:                                                ; preds = %25, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %28

13:                                               ; preds = %9
  %14 = load ptr, ptr %6, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds ptr, ptr %14, i64 %16
  %18 = load ptr, ptr %17, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = call i32 @strcmp(ptr noundef %18, ptr noundef %19) #5
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %24

22:                                               ; preds = %13
  %23 = load i32, ptr %8, align 4
  store i32 %23, ptr %4, align 4
  br label %29

24:                                               ; preds = %13
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %8, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %8, align 4
  br label %9, !llvm.loop !11

28:                                               ; preds = %9
  store i32 0, ptr %4, align 4
  br label %29

29:                                               ; preds = %28, %22
  %30 = load i32, ptr %4, align 4
  ret i32 %30
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @upcase_in_place(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  br label %3

3:                                                ; preds = %25, %1
  %4 = load ptr, ptr %2, align 8
  %5 = load i8, ptr %4, align 1
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %28

7:                                                ; preds = %3
  %8 = load ptr, ptr %2, align 8
  %9 = load i8, ptr %8, align 1
  %10 = zext i8 %9 to i32
  %11 = icmp sge i32 %10, 97
  br i1 %11, label %12, label %24

12:                                               ; preds = %7
  %13 = load ptr, ptr %2, align 8
  %14 = load i8, ptr %13, align 1
  %15 = zext i8 %14 to i32
  %16 = icmp sle i32 %15, 122
  br i1 %16, label %17, label %24

17:                                               ; preds = %12
  %18 = load ptr, ptr %2, align 8
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i32
  %21 = sub nsw i32 %20, 32
  %22 = trunc i32 %21 to i8
  %23 = load ptr, ptr %2, align 8
  store i8 %22, ptr %23, align 1
  br label %24

24:                                               ; preds = %17, %12, %7
  br label %25

25:                                               ; preds = %24
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds i8, ptr %26, i32 1
  store ptr %27, ptr %2, align 8
  br label %3, !llvm.loop !12

28:                                               ; preds = %3
  ret void
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind willreturn memory(read) }
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
