; ModuleID = 'exit_main_return.c'
source_filename = "exit_main_return.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Stats = type { i32, i64, i32, i32 }

@.str = private unnamed_addr constant [32 x i8] c"count=%d sum=%ld min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%d:%ld:%d:%d\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"line=%s checksum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"exiting with %u\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [32 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca %struct.Stats, align 8
  %5 = alloca [128 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  br label %8

8:                                                ; preds = %19, %0
  %9 = load i32, ptr %3, align 4
  %10 = icmp slt i32 %9, 32
  br i1 %10, label %11, label %22

11:                                               ; preds = %8
  %12 = load i32, ptr %3, align 4
  %13 = mul nsw i32 %12, 37
  %14 = srem i32 %13, 53
  %15 = sub nsw i32 %14, 20
  %16 = load i32, ptr %3, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 %17
  store i32 %15, ptr %18, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %3, align 4
  br label %8, !llvm.loop !6

22:                                               ; preds = %8
  %23 = getelementptr inbounds [32 x i32], ptr %2, i64 0, i64 0
  call void @analyze(ptr dead_on_unwind writable sret(%struct.Stats) align 8 %4, ptr noundef %23, i32 noundef 32)
  %24 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 0
  %25 = load i32, ptr %24, align 8
  %26 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 1
  %27 = load i64, ptr %26, align 8
  %28 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 2
  %29 = load i32, ptr %28, align 8
  %30 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 3
  %31 = load i32, ptr %30, align 4
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25, i64 noundef %27, i32 noundef %29, i32 noundef %31)
  %33 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %34 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 0
  %35 = load i32, ptr %34, align 8
  %36 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 1
  %37 = load i64, ptr %36, align 8
  %38 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 2
  %39 = load i32, ptr %38, align 8
  %40 = getelementptr inbounds %struct.Stats, ptr %4, i32 0, i32 3
  %41 = load i32, ptr %40, align 4
  %42 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %33, i64 noundef 128, ptr noundef @.str.1, i32 noundef %35, i64 noundef %37, i32 noundef %39, i32 noundef %41) #4
  %43 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %44 = call i32 @checksum(ptr noundef %43)
  store i32 %44, ptr %6, align 4
  %45 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %46 = load i32, ptr %6, align 4
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %45, i32 noundef %46)
  %48 = load i32, ptr %6, align 4
  %49 = urem i32 %48, 200
  %50 = add i32 %49, 20
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %50)
  %52 = load i32, ptr %6, align 4
  %53 = urem i32 %52, 200
  %54 = add i32 %53, 20
  store i32 %54, ptr %7, align 4
  %55 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %56 = call i64 @strlen(ptr noundef %55) #5
  %57 = icmp eq i64 %56, 0
  br i1 %57, label %58, label %59

58:                                               ; preds = %22
  store i32 1, ptr %1, align 4
  br label %61

59:                                               ; preds = %22
  %60 = load i32, ptr %7, align 4
  store i32 %60, ptr %1, align 4
  br label %61

61:                                               ; preds = %59, %58
  %62 = load i32, ptr %1, align 4
  ret i32 %62
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @analyze(ptr dead_on_unwind noalias writable sret(%struct.Stats) align 8 %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store i32 %2, ptr %5, align 4
  %7 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 0
  store i32 0, ptr %7, align 8
  %8 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 1
  store i64 0, ptr %8, align 8
  %9 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 2
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds i32, ptr %10, i64 0
  %12 = load i32, ptr %11, align 4
  store i32 %12, ptr %9, align 8
  %13 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 3
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds i32, ptr %14, i64 0
  %16 = load i32, ptr %15, align 4
  store i32 %16, ptr %13, align 4
  store i32 0, ptr %6, align 4
  br label %17

17:                                               ; preds = %66, %3
  %18 = load i32, ptr %6, align 4
  %19 = load i32, ptr %5, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %69

21:                                               ; preds = %17
  %22 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 0
  %23 = load i32, ptr %22, align 8
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 8
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, ptr %25, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 1
  %32 = load i64, ptr %31, align 8
  %33 = add nsw i64 %32, %30
  store i64 %33, ptr %31, align 8
  %34 = load ptr, ptr %4, align 8
  %35 = load i32, ptr %6, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i32, ptr %34, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 2
  %40 = load i32, ptr %39, align 8
  %41 = icmp slt i32 %38, %40
  br i1 %41, label %42, label %49

42:                                               ; preds = %21
  %43 = load ptr, ptr %4, align 8
  %44 = load i32, ptr %6, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i32, ptr %43, i64 %45
  %47 = load i32, ptr %46, align 4
  %48 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 2
  store i32 %47, ptr %48, align 8
  br label %49

49:                                               ; preds = %42, %21
  %50 = load ptr, ptr %4, align 8
  %51 = load i32, ptr %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds i32, ptr %50, i64 %52
  %54 = load i32, ptr %53, align 4
  %55 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 3
  %56 = load i32, ptr %55, align 4
  %57 = icmp sgt i32 %54, %56
  br i1 %57, label %58, label %65

58:                                               ; preds = %49
  %59 = load ptr, ptr %4, align 8
  %60 = load i32, ptr %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %59, i64 %61
  %63 = load i32, ptr %62, align 4
  %64 = getelementptr inbounds %struct.Stats, ptr %0, i32 0, i32 3
  store i32 %63, ptr %64, align 4
  br label %65

65:                                               ; preds = %58, %49
  br label %66

66:                                               ; preds = %65
  %67 = load i32, ptr %6, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %6, align 4
  br label %17, !llvm.loop !8

69:                                               ; preds = %17
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @checksum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %18

8:                                                ; preds = %4
  %9 = load i32, ptr %3, align 4
  %10 = shl i32 %9, 5
  %11 = load i32, ptr %3, align 4
  %12 = add i32 %10, %11
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds i8, ptr %13, i32 1
  store ptr %14, ptr %2, align 8
  %15 = load i8, ptr %13, align 1
  %16 = zext i8 %15 to i32
  %17 = add i32 %12, %16
  store i32 %17, ptr %3, align 4
  br label %4, !llvm.loop !9

18:                                               ; preds = %4
  %19 = load i32, ptr %3, align 4
  ret i32 %19
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind willreturn memory(read) }

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
