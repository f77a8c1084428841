; ModuleID = 'output_funcs.c'
source_filename = "output_funcs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"puts adds a newline\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"fputs does not\00", align 1
@stdout = external global ptr, align 8
@.str.2 = private unnamed_addr constant [24 x i8] c"putchar wrote %d chars\0A\00", align 1
@__const.main.data = private unnamed_addr constant [27 x i8] c"fwrite: binary-safe\00hidden\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"fwrite returned %zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"counted %s %d|\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"chars\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c" -> printf returned %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"abc%ndef\0A\00", align 1
@.str.8 = private unnamed_addr constant [39 x i8] c"%%n stored %d, literal percent: 100%%\0A\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.10 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"empty printf returned %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"line %d of %d\00", align 1
@.str.13 = private unnamed_addr constant [20 x i8] c"after an empty puts\00", align 1
@.str.14 = private unnamed_addr constant [22 x i8] c"%5s|%-5s|%.2s|%c%c%c\0A\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.16 = private unnamed_addr constant [3 x i8] c"cd\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"efgh\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"ints: %d %i %u %x %X %o %#x %#o %+d % d %05d %-5d| %.3d\0A\00", align 1
@.str.19 = private unnamed_addr constant [53 x i8] c"widths: %hhd %hhu %hd %hu %ld %lu %lld %llu %zu %td\0A\00", align 1
@.str.20 = private unnamed_addr constant [11 x i8] c"done: %zu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [27 x i8], align 1
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [80 x i8], align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %11 = call i32 @puts(ptr noundef @.str)
  %12 = load ptr, ptr @stdout, align 8
  %13 = call i32 @fputs(ptr noundef @.str.1, ptr noundef %12)
  %14 = load ptr, ptr @stdout, align 8
  %15 = call i32 @fputc(i32 noundef 10, ptr noundef %14)
  store i32 0, ptr %2, align 4
  store i32 1, ptr %3, align 4
  br label %16

16:                                               ; preds = %24, %0
  %17 = load i32, ptr %3, align 4
  %18 = icmp sle i32 %17, 5
  br i1 %18, label %19, label %27

19:                                               ; preds = %16
  %20 = load i32, ptr %3, align 4
  %21 = call i32 @emit_row(i32 noundef %20)
  %22 = load i32, ptr %2, align 4
  %23 = add nsw i32 %22, %21
  store i32 %23, ptr %2, align 4
  br label %24

24:                                               ; preds = %19
  %25 = load i32, ptr %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %3, align 4
  br label %16, !llvm.loop !6

27:                                               ; preds = %16
  %28 = load i32, ptr %2, align 4
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %28)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %4, ptr align 1 @__const.main.data, i64 27, i1 false)
  %30 = getelementptr inbounds [27 x i8], ptr %4, i64 0, i64 0
  %31 = load ptr, ptr @stdout, align 8
  %32 = call i64 @fwrite(ptr noundef %30, i64 noundef 1, i64 noundef 19, ptr noundef %31)
  store i64 %32, ptr %5, align 8
  %33 = call i32 @putchar(i32 noundef 10)
  %34 = load i64, ptr %5, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %34)
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef @.str.5, i32 noundef 12345)
  store i32 %36, ptr %6, align 4
  %37 = load i32, ptr %6, align 4
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %37)
  store i32 0, ptr %7, align 4
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %7)
  %40 = load i32, ptr %7, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %40)
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef @.str.10)
  store i32 %42, ptr %6, align 4
  %43 = load i32, ptr %6, align 4
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %43)
  %45 = load ptr, ptr @stdout, align 8
  %46 = call i32 @fflush(ptr noundef %45)
  store i32 0, ptr %9, align 4
  br label %47

47:                                               ; preds = %66, %27
  %48 = load i32, ptr %9, align 4
  %49 = icmp slt i32 %48, 3
  br i1 %49, label %50, label %69

50:                                               ; preds = %47
  %51 = getelementptr inbounds [80 x i8], ptr %8, i64 0, i64 0
  %52 = load i32, ptr %9, align 4
  %53 = add nsw i32 %52, 1
  %54 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %51, i64 noundef 80, ptr noundef @.str.12, i32 noundef %53, i32 noundef 3) #4
  store i32 %54, ptr %10, align 4
  %55 = getelementptr inbounds [80 x i8], ptr %8, i64 0, i64 0
  %56 = load i32, ptr %10, align 4
  %57 = sext i32 %56 to i64
  %58 = load ptr, ptr @stdout, align 8
  %59 = call i64 @fwrite(ptr noundef %55, i64 noundef 1, i64 noundef %57, ptr noundef %58)
  %60 = load i32, ptr %9, align 4
  %61 = icmp slt i32 %60, 2
  %62 = zext i1 %61 to i64
  %63 = select i1 %61, i32 59, i32 10
  %64 = load ptr, ptr @stdout, align 8
  %65 = call i32 @fputc(i32 noundef %63, ptr noundef %64)
  br label %66

66:                                               ; preds = %50
  %67 = load i32, ptr %9, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4
  br label %47, !llvm.loop !8

69:                                               ; preds = %47
  %70 = call i32 @puts(ptr noundef @.str.10)
  %71 = call i32 @puts(ptr noundef @.str.13)
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef @.str.15, ptr noundef @.str.16, ptr noundef @.str.17, i32 noundef 120, i32 noundef 121, i32 noundef 122)
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef -42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 255, i32 noundef 8, i32 noundef 7, i32 noundef 7, i32 noundef 42, i32 noundef 42, i32 noundef 7)
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef -1, i32 noundef 255, i32 noundef -1, i32 noundef 65535, i64 noundef -1, i64 noundef 1, i64 noundef -1, i64 noundef -1, i64 noundef 4, i64 noundef -3)
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i64 noundef 12)
  ret i32 0
}

declare i32 @puts(ptr noundef) #1

declare i32 @fputs(ptr noundef, ptr noundef) #1

declare i32 @fputc(i32 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @emit_row(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %13, %1
  %6 = load i32, ptr %4, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %6, %7
  br i1 %8, label %9, label %16

9:                                                ; preds = %5
  %10 = call i32 @putchar(i32 noundef 35)
  %11 = load i32, ptr %3, align 4
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %3, align 4
  br label %13

13:                                               ; preds = %9
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %4, align 4
  br label %5, !llvm.loop !9

16:                                               ; preds = %5
  %17 = call i32 @putchar(i32 noundef 10)
  %18 = load i32, ptr %3, align 4
  %19 = add nsw i32 %18, 1
  ret i32 %19
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

declare i64 @fwrite(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

declare i32 @putchar(i32 noundef) #1

declare i32 @fflush(ptr noundef) #1

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }

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
