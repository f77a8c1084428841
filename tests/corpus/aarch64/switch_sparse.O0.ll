; ModuleID = 'switch_sparse.c'
source_filename = "switch_sparse.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.codes = internal constant [13 x i32] [i32 200, i32 201, i32 202, i32 204, i32 301, i32 304, i32 400, i32 404, i32 418, i32 500, i32 503, i32 999, i32 -200], align 4
@.str = private unnamed_addr constant [7 x i8] c"%d %s\0A\00", align 1
@main.vals = internal constant [9 x i64] [i64 -1000000000000, i64 -7, i64 0, i64 1, i64 65536, i64 4294967296, i64 9223372036854775807, i64 123456789, i64 -8], align 8
@.str.1 = private unnamed_addr constant [20 x i8] c"big_cases(%lld)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"else\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"while\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"return\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"for\00", align 1
@__const.main.words = private unnamed_addr constant [5 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 8
@.str.7 = private unnamed_addr constant [26 x i8] c"hash(%s)=%08x keyword=%d\0A\00", align 1
@__const.main.probe = private unnamed_addr constant [11 x i32] [i32 9, i32 10, i32 13, i32 14, i32 999, i32 1000, i32 1002, i32 1003, i32 50000, i32 -1, i32 -2], align 4
@.str.8 = private unnamed_addr constant [8 x i8] c"%u->%d \00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"\0Asum=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"OK\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"Created\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"No Content\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"Moved Permanently\00", align 1
@.str.14 = private unnamed_addr constant [13 x i8] c"Not Modified\00", align 1
@.str.15 = private unnamed_addr constant [12 x i8] c"Bad Request\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"Not Found\00", align 1
@.str.17 = private unnamed_addr constant [13 x i8] c"I'm a teapot\00", align 1
@.str.18 = private unnamed_addr constant [22 x i8] c"Internal Server Error\00", align 1
@.str.19 = private unnamed_addr constant [20 x i8] c"Service Unavailable\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"Unknown\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [5 x ptr], align 8
  %5 = alloca i32, align 4
  %6 = alloca [11 x i32], align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %25, %0
  %11 = load i32, ptr %2, align 4
  %12 = zext i32 %11 to i64
  %13 = icmp ult i64 %12, 13
  br i1 %13, label %14, label %28

14:                                               ; preds = %10
  %15 = load i32, ptr %2, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds [13 x i32], ptr @main.codes, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = load i32, ptr %2, align 4
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds [13 x i32], ptr @main.codes, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = call ptr @http_status(i32 noundef %22)
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %18, ptr noundef %23)
  br label %25

25:                                               ; preds = %14
  %26 = load i32, ptr %2, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %10, !llvm.loop !6

28:                                               ; preds = %10
  store i32 0, ptr %3, align 4
  br label %29

29:                                               ; preds = %44, %28
  %30 = load i32, ptr %3, align 4
  %31 = zext i32 %30 to i64
  %32 = icmp ult i64 %31, 9
  br i1 %32, label %33, label %47

33:                                               ; preds = %29
  %34 = load i32, ptr %3, align 4
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds [9 x i64], ptr @main.vals, i64 0, i64 %35
  %37 = load i64, ptr %36, align 8
  %38 = load i32, ptr %3, align 4
  %39 = zext i32 %38 to i64
  %40 = getelementptr inbounds [9 x i64], ptr @main.vals, i64 0, i64 %39
  %41 = load i64, ptr %40, align 8
  %42 = call i32 @big_cases(i64 noundef %41)
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %37, i32 noundef %42)
  br label %44

44:                                               ; preds = %33
  %45 = load i32, ptr %3, align 4
  %46 = add i32 %45, 1
  store i32 %46, ptr %3, align 4
  br label %29, !llvm.loop !8

47:                                               ; preds = %29
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.words, i64 40, i1 false)
  store i32 0, ptr %5, align 4
  br label %48

48:                                               ; preds = %67, %47
  %49 = load i32, ptr %5, align 4
  %50 = icmp slt i32 %49, 5
  br i1 %50, label %51, label %70

51:                                               ; preds = %48
  %52 = load i32, ptr %5, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [5 x ptr], ptr %4, i64 0, i64 %53
  %55 = load ptr, ptr %54, align 8
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [5 x ptr], ptr %4, i64 0, i64 %57
  %59 = load ptr, ptr %58, align 8
  %60 = call i32 @hash(ptr noundef %59)
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [5 x ptr], ptr %4, i64 0, i64 %62
  %64 = load ptr, ptr %63, align 8
  %65 = call i32 @keyword(ptr noundef %64)
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %55, i32 noundef %60, i32 noundef %65)
  br label %67

67:                                               ; preds = %51
  %68 = load i32, ptr %5, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %5, align 4
  br label %48, !llvm.loop !9

70:                                               ; preds = %48
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.main.probe, i64 44, i1 false)
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %71

71:                                               ; preds = %90, %70
  %72 = load i32, ptr %8, align 4
  %73 = zext i32 %72 to i64
  %74 = icmp ult i64 %73, 11
  br i1 %74, label %75, label %93

75:                                               ; preds = %71
  %76 = load i32, ptr %8, align 4
  %77 = zext i32 %76 to i64
  %78 = getelementptr inbounds [11 x i32], ptr %6, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4
  %80 = call i32 @clusters(i32 noundef %79)
  store i32 %80, ptr %9, align 4
  %81 = load i32, ptr %8, align 4
  %82 = zext i32 %81 to i64
  %83 = getelementptr inbounds [11 x i32], ptr %6, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4
  %85 = load i32, ptr %9, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %84, i32 noundef %85)
  %87 = load i32, ptr %9, align 4
  %88 = load i32, ptr %7, align 4
  %89 = add nsw i32 %88, %87
  store i32 %89, ptr %7, align 4
  br label %90

90:                                               ; preds = %75
  %91 = load i32, ptr %8, align 4
  %92 = add i32 %91, 1
  store i32 %92, ptr %8, align 4
  br label %71, !llvm.loop !10

93:                                               ; preds = %71
  %94 = load i32, ptr %7, align 4
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %94)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @http_status(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %15 [
    i32 200, label %5
    i32 201, label %6
    i32 204, label %7
    i32 301, label %8
    i32 304, label %9
    i32 400, label %10
    i32 404, label %11
    i32 418, label %12
    i32 500, label %13
    i32 503, label %14
  ]

5:                                                ; preds = %1
  store ptr @.str.10, ptr %2, align 8
  br label %16

6:                                                ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %16

7:                                                ; preds = %1
  store ptr @.str.12, ptr %2, align 8
  br label %16

8:                                                ; preds = %1
  store ptr @.str.13, ptr %2, align 8
  br label %16

9:                                                ; preds = %1
  store ptr @.str.14, ptr %2, align 8
  br label %16

10:                                               ; preds = %1
  store ptr @.str.15, ptr %2, align 8
  br label %16

11:                                               ; preds = %1
  store ptr @.str.16, ptr %2, align 8
  br label %16

12:                                               ; preds = %1
  store ptr @.str.17, ptr %2, align 8
  br label %16

13:                                               ; preds = %1
  store ptr @.str.18, ptr %2, align 8
  br label %16

14:                                               ; preds = %1
  store ptr @.str.19, ptr %2, align 8
  br label %16

15:                                               ; preds = %1
  store ptr @.str.20, ptr %2, align 8
  br label %16

16:                                               ; preds = %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %17 = load ptr, ptr %2, align 8
  ret ptr %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @big_cases(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = load i64, ptr %3, align 8
  switch i64 %4, label %12 [
    i64 -1000000000000, label %5
    i64 -7, label %6
    i64 0, label %7
    i64 65536, label %8
    i64 4294967296, label %9
    i64 9223372036854775807, label %10
    i64 123456789, label %11
  ]

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %13

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %13

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %13

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4
  br label %13

9:                                                ; preds = %1
  store i32 5, ptr %2, align 4
  br label %13

10:                                               ; preds = %1
  store i32 6, ptr %2, align 4
  br label %13

11:                                               ; preds = %1
  store i32 7, ptr %2, align 4
  br label %13

12:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6, %5
  %14 = load i32, ptr %2, align 4
  ret i32 %14
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hash(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 5381, ptr %3, align 4
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %16

8:                                                ; preds = %4
  %9 = load i32, ptr %3, align 4
  %10 = mul i32 %9, 33
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds i8, ptr %11, i32 1
  store ptr %12, ptr %2, align 8
  %13 = load i8, ptr %11, align 1
  %14 = zext i8 %13 to i32
  %15 = add i32 %10, %14
  store i32 %15, ptr %3, align 4
  br label %4, !llvm.loop !11

16:                                               ; preds = %4
  %17 = load i32, ptr %3, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @keyword(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = call i32 @hash(ptr noundef %4)
  switch i32 %5, label %9 [
    i32 5863476, label %6
    i32 2090224750, label %7
    i32 279132286, label %8
  ]

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %10

8:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6
  %11 = load i32, ptr %2, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @clusters(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %9 [
    i32 10, label %5
    i32 11, label %5
    i32 12, label %5
    i32 13, label %5
    i32 1000, label %6
    i32 1001, label %6
    i32 1002, label %6
    i32 50000, label %7
    i32 -1, label %8
  ]

5:                                                ; preds = %1, %1, %1, %1
  store i32 1, ptr %2, align 4
  br label %10

6:                                                ; preds = %1, %1, %1
  store i32 2, ptr %2, align 4
  br label %10

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %10

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4
  br label %10

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %8, %7, %6, %5
  %11 = load i32, ptr %2, align 4
  ret i32 %11
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
