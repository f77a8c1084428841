; ModuleID = 'vprintf_wrap.c'
source_filename = "vprintf_wrap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"info\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"starting with %d items\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"warn\00", align 1
@.str.3 = private unnamed_addr constant [38 x i8] c"value %s is %.2f over the limit of %u\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"pressure\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"debug\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"%c%c%c %05d %x %o %lld\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"%s-%d-%g-%s\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"omega\00", align 1
@.str.10 = private unnamed_addr constant [17 x i8] c"alloc: %s (%zu)\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"%0*d|%-6s|%+.3e\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"alloc: %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c",%d:%s\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"even\00", align 1
@.str.17 = private unnamed_addr constant [17 x i8] c"append %d -> %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [15 x i8] c"buf: %s (%zu)\0A\00", align 1
@stdout = external global ptr, align 8
@.str.19 = private unnamed_addr constant [20 x i8] c"stream: %s %d %.1f\0A\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.21 = private unnamed_addr constant [23 x i8] c"done after %d messages\00", align 1
@log_count = internal global i32 0, align 4
@.str.22 = private unnamed_addr constant [10 x i8] c"[%s #%d] \00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [40 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void (ptr, ptr, ...) @logmsg(ptr noundef @.str, ptr noundef @.str.1, i32 noundef 3)
  call void (ptr, ptr, ...) @logmsg(ptr noundef @.str.2, ptr noundef @.str.3, ptr noundef @.str.4, double noundef 1.234500e+01, i32 noundef 10)
  call void (ptr, ptr, ...) @logmsg(ptr noundef @.str.5, ptr noundef @.str.6, i32 noundef 97, i32 noundef 98, i32 noundef 99, i32 noundef 42, i32 noundef 255, i32 noundef 8, i64 noundef -9000000000)
  %6 = call ptr (ptr, ...) @format_alloc(ptr noundef @.str.7, ptr noundef @.str.8, i32 noundef 7, double noundef 5.000000e-01, ptr noundef @.str.9)
  store ptr %6, ptr %2, align 8
  %7 = load ptr, ptr %2, align 8
  %8 = load ptr, ptr %2, align 8
  %9 = call i64 @strlen(ptr noundef %8) #7
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %7, i64 noundef %9)
  %11 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %11) #8
  %12 = call ptr (ptr, ...) @format_alloc(ptr noundef @.str.11, i32 noundef 8, i32 noundef 123, ptr noundef @.str.12, double noundef 1.234500e+03)
  store ptr %12, ptr %2, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %13)
  %15 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %15) #8
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 40, i1 false)
  %16 = getelementptr inbounds [40 x i8], ptr %3, i32 0, i32 0
  store i8 115, ptr %16, align 16
  %17 = getelementptr inbounds [40 x i8], ptr %3, i32 0, i32 1
  store i8 116, ptr %17, align 1
  %18 = getelementptr inbounds [40 x i8], ptr %3, i32 0, i32 2
  store i8 97, ptr %18, align 2
  %19 = getelementptr inbounds [40 x i8], ptr %3, i32 0, i32 3
  store i8 114, ptr %19, align 1
  %20 = getelementptr inbounds [40 x i8], ptr %3, i32 0, i32 4
  store i8 116, ptr %20, align 4
  store i32 0, ptr %4, align 4
  br label %21

21:                                               ; preds = %38, %0
  %22 = load i32, ptr %4, align 4
  %23 = icmp slt i32 %22, 6
  br i1 %23, label %24, label %41

24:                                               ; preds = %21
  %25 = getelementptr inbounds [40 x i8], ptr %3, i64 0, i64 0
  %26 = load i32, ptr %4, align 4
  %27 = load i32, ptr %4, align 4
  %28 = mul nsw i32 %26, %27
  %29 = load i32, ptr %4, align 4
  %30 = srem i32 %29, 2
  %31 = icmp ne i32 %30, 0
  %32 = zext i1 %31 to i64
  %33 = select i1 %31, ptr @.str.15, ptr @.str.16
  %34 = call i32 (ptr, i64, ptr, ...) @append(ptr noundef %25, i64 noundef 40, ptr noundef @.str.14, i32 noundef %28, ptr noundef %33)
  store i32 %34, ptr %5, align 4
  %35 = load i32, ptr %4, align 4
  %36 = load i32, ptr %5, align 4
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %35, i32 noundef %36)
  br label %38

38:                                               ; preds = %24
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %21, !llvm.loop !6

41:                                               ; preds = %21
  %42 = getelementptr inbounds [40 x i8], ptr %3, i64 0, i64 0
  %43 = getelementptr inbounds [40 x i8], ptr %3, i64 0, i64 0
  %44 = call i64 @strlen(ptr noundef %43) #7
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, ptr noundef %42, i64 noundef %44)
  %46 = load ptr, ptr @stdout, align 8
  call void (ptr, ptr, ...) @to_stream(ptr noundef %46, ptr noundef @.str.19, ptr noundef @.str.20, i32 noundef 1, double noundef 2.000000e+00)
  %47 = load i32, ptr @log_count, align 4
  call void (ptr, ptr, ...) @logmsg(ptr noundef @.str, ptr noundef @.str.21, i32 noundef %47)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @logmsg(ptr noundef %0, ptr noundef %1, ...) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr @log_count, align 4
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @log_count, align 4
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, ptr noundef %7, i32 noundef %9)
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %13 = call i32 @vprintf(ptr noundef %11, ptr noundef %12) #8
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %14)
  %15 = call i32 @putchar(i32 noundef 10)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @format_alloc(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = alloca [1 x %struct.__va_list_tag], align 16
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %8)
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  call void @llvm.va_copy.p0(ptr %9, ptr %10)
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  %13 = call i32 @vsnprintf(ptr noundef null, i64 noundef 0, ptr noundef %11, ptr noundef %12) #8
  store i32 %13, ptr %6, align 4
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %14)
  %15 = load i32, ptr %6, align 4
  %16 = sext i32 %15 to i64
  %17 = add i64 %16, 1
  %18 = call noalias ptr @malloc(i64 noundef %17) #9
  store ptr %18, ptr %7, align 8
  %19 = load ptr, ptr %7, align 8
  %20 = icmp ne ptr %19, null
  br i1 %20, label %23, label %21

21:                                               ; preds = %1
  %22 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %22)
  store ptr null, ptr %2, align 8
  br label %33

23:                                               ; preds = %1
  %24 = load ptr, ptr %7, align 8
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = add i64 %26, 1
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %30 = call i32 @vsnprintf(ptr noundef %24, i64 noundef %27, ptr noundef %28, ptr noundef %29) #8
  %31 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %31)
  %32 = load ptr, ptr %7, align 8
  store ptr %32, ptr %2, align 8
  br label %33

33:                                               ; preds = %23, %21
  %34 = load ptr, ptr %2, align 8
  ret ptr %34
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @append(ptr noundef %0, i64 noundef %1, ptr noundef %2, ...) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [1 x %struct.__va_list_tag], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %9)
  %10 = load ptr, ptr %4, align 8
  %11 = load i64, ptr %5, align 8
  %12 = load ptr, ptr %6, align 8
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  %14 = call i32 @vappend(ptr noundef %10, i64 noundef %11, ptr noundef %12, ptr noundef %13)
  store i32 %14, ptr %8, align 4
  %15 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %15)
  %16 = load i32, ptr %8, align 4
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @to_stream(ptr noundef %0, ptr noundef %1, ...) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %6)
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  %10 = call i32 @vfprintf(ptr noundef %7, ptr noundef %8, ptr noundef %9) #8
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %11)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #5

; Function Attrs: nounwind
declare i32 @vprintf(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #5

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #5

; Function Attrs: nounwind
declare i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @vappend(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = call i64 @strlen(ptr noundef %10) #7
  store i64 %11, ptr %9, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load i64, ptr %9, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i64, ptr %6, align 8
  %16 = load i64, ptr %9, align 8
  %17 = sub i64 %15, %16
  %18 = load ptr, ptr %7, align 8
  %19 = load ptr, ptr %8, align 8
  %20 = call i32 @vsnprintf(ptr noundef %14, i64 noundef %17, ptr noundef %18, ptr noundef %19) #8
  ret i32 %20
}

; Function Attrs: nounwind
declare i32 @vfprintf(ptr noundef, ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn }
attributes #6 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }
attributes #9 = { nounwind allocsize(0) }

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
