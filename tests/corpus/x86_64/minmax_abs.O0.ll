; ModuleID = 'minmax_abs.c'
source_filename = "minmax_abs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.vals = private unnamed_addr constant [8 x i32] [i32 -7, i32 3, i32 0, i32 42, i32 -100, i32 17, i32 42, i32 -1], align 16
@.str = private unnamed_addr constant [8 x i8] c"max=%d\0A\00", align 1
@__const.main.uvals = private unnamed_addr constant [5 x i32] [i32 5, i32 -1, i32 3, i32 100, i32 7], align 16
@.str.1 = private unnamed_addr constant [17 x i8] c"umin=%u umax=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"imin=%d lmax=%ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"abs(%d)=%d clamp=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"labs=%ld llabs=%lld hand=%lld\0A\00", align 1
@__const.main.other = private unnamed_addr constant [8 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 16
@.str.5 = private unnamed_addr constant [9 x i8] c"sad=%ld\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"sat u8: %u %u %u\0A\00", align 1
@.str.7 = private unnamed_addr constant [19 x i8] c"sat i16: %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [23 x i8] c"range=[%d,%d] span=%u\0A\00", align 1
@__const.main.d = private unnamed_addr constant [4 x double] [double 2.500000e+00, double -8.000000e+00, double 3.250000e+00, double 0.000000e+00], align 16
@.str.9 = private unnamed_addr constant [22 x i8] c"double max=%g min=%g\0A\00", align 1
@__const.main.bytes = private unnamed_addr constant [5 x i8] c"\0A\FA\80\00M", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"byte max=%u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @imax(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @imin(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @umax(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp ugt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @umin(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp ult i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @lmax(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp sge i64 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  br label %12

10:                                               ; preds = %2
  %11 = load i64, ptr %4, align 8
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i64 [ %9, %8 ], [ %11, %10 ]
  ret i64 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @iabs(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp slt i32 %3, 0
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4
  %7 = sub nsw i32 0, %6
  br label %10

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi i32 [ %7, %5 ], [ %9, %8 ]
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @llabs_hand(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp slt i64 %3, 0
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8
  %7 = sub nsw i64 0, %6
  br label %10

8:                                                ; preds = %1
  %9 = load i64, ptr %2, align 8
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi i64 [ %7, %5 ], [ %9, %8 ]
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @clamp(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = call i32 @imax(i32 noundef %7, i32 noundef %8)
  %10 = load i32, ptr %6, align 4
  %11 = call i32 @imin(i32 noundef %9, i32 noundef %10)
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i8 @sat_add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %6 = load i8, ptr %3, align 1
  %7 = zext i8 %6 to i32
  %8 = load i8, ptr %4, align 1
  %9 = zext i8 %8 to i32
  %10 = add i32 %7, %9
  store i32 %10, ptr %5, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp ugt i32 %11, 255
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  br label %16

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4
  br label %16

16:                                               ; preds = %14, %13
  %17 = phi i32 [ 255, %13 ], [ %15, %14 ]
  %18 = trunc i32 %17 to i8
  ret i8 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local signext i16 @sat_sub_i16(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  %5 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %6 = load i16, ptr %3, align 2
  %7 = sext i16 %6 to i32
  %8 = load i16, ptr %4, align 2
  %9 = sext i16 %8 to i32
  %10 = sub nsw i32 %7, %9
  store i32 %10, ptr %5, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp sgt i32 %11, 32767
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  br label %22

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %15, -32768
  br i1 %16, label %17, label %18

17:                                               ; preds = %14
  br label %20

18:                                               ; preds = %14
  %19 = load i32, ptr %5, align 4
  br label %20

20:                                               ; preds = %18, %17
  %21 = phi i32 [ -32768, %17 ], [ %19, %18 ]
  br label %22

22:                                               ; preds = %20, %13
  %23 = phi i32 [ 32767, %13 ], [ %21, %20 ]
  %24 = trunc i32 %23 to i16
  ret i16 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @max_of(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds i32, ptr %7, i64 0
  %9 = load i32, ptr %8, align 4
  store i32 %9, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %22, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load i32, ptr %5, align 4
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %16, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = call i32 @imax(i32 noundef %15, i32 noundef %20)
  store i32 %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %10, !llvm.loop !6

25:                                               ; preds = %10
  %26 = load i32, ptr %5, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @min_of_u(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds i32, ptr %7, i64 0
  %9 = load i32, ptr %8, align 4
  store i32 %9, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %22, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load i32, ptr %5, align 4
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %16, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = call i32 @umin(i32 noundef %15, i32 noundef %20)
  store i32 %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %10, !llvm.loop !8

25:                                               ; preds = %10
  %26 = load i32, ptr %5, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @sum_abs_diff(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %29, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %32

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, ptr %14, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = sub nsw i32 %18, %23
  %25 = call i32 @llvm.abs.i32(i32 %24, i1 true)
  %26 = sext i32 %25 to i64
  %27 = load i64, ptr %7, align 8
  %28 = add nsw i64 %27, %26
  store i64 %28, ptr %7, align 8
  br label %29

29:                                               ; preds = %13
  %30 = load i32, ptr %8, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %8, align 4
  br label %9, !llvm.loop !9

32:                                               ; preds = %9
  %33 = load i64, ptr %7, align 8
  ret i64 %33
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca [5 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca [8 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [4 x double], align 16
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca [5 x i8], align 1
  %14 = alloca i8, align 1
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.vals, i64 32, i1 false)
  %16 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %17 = call i32 @max_of(ptr noundef %16, i32 noundef 8)
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.uvals, i64 20, i1 false)
  %19 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 0
  %20 = call i32 @min_of_u(ptr noundef %19, i32 noundef 5)
  %21 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 1
  %22 = load i32, ptr %21, align 4
  %23 = getelementptr inbounds [5 x i32], ptr %3, i64 0, i64 2
  %24 = load i32, ptr %23, align 8
  %25 = call i32 @umax(i32 noundef %22, i32 noundef %24)
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %20, i32 noundef %25)
  %27 = call i32 @imin(i32 noundef -3, i32 noundef -4)
  %28 = call i64 @lmax(i64 noundef 1099511627776, i64 noundef -2199023255552)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %27, i64 noundef %28)
  store i32 0, ptr %4, align 4
  br label %30

30:                                               ; preds = %49, %0
  %31 = load i32, ptr %4, align 4
  %32 = icmp slt i32 %31, 8
  br i1 %32, label %33, label %52

33:                                               ; preds = %30
  %34 = load i32, ptr %4, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = load i32, ptr %4, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = call i32 @iabs(i32 noundef %41)
  %43 = load i32, ptr %4, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = call i32 @clamp(i32 noundef %46, i32 noundef -5, i32 noundef 20)
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %37, i32 noundef %42, i32 noundef %47)
  br label %49

49:                                               ; preds = %33
  %50 = load i32, ptr %4, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %4, align 4
  br label %30, !llvm.loop !10

52:                                               ; preds = %30
  %53 = call i64 @llvm.abs.i64(i64 -123456789012, i1 true)
  %54 = call i64 @llvm.abs.i64(i64 -5, i1 true)
  %55 = call i64 @llabs_hand(i64 noundef -9000000000000000000)
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %53, i64 noundef %54, i64 noundef %55)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.other, i64 32, i1 false)
  %57 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %58 = getelementptr inbounds [8 x i32], ptr %5, i64 0, i64 0
  %59 = call i64 @sum_abs_diff(ptr noundef %57, ptr noundef %58, i32 noundef 8)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %59)
  %61 = call zeroext i8 @sat_add_u8(i8 noundef zeroext 100, i8 noundef zeroext 100)
  %62 = zext i8 %61 to i32
  %63 = call zeroext i8 @sat_add_u8(i8 noundef zeroext -56, i8 noundef zeroext 100)
  %64 = zext i8 %63 to i32
  %65 = call zeroext i8 @sat_add_u8(i8 noundef zeroext -1, i8 noundef zeroext -1)
  %66 = zext i8 %65 to i32
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %62, i32 noundef %64, i32 noundef %66)
  %68 = call signext i16 @sat_sub_i16(i16 noundef signext -30000, i16 noundef signext 10000)
  %69 = sext i16 %68 to i32
  %70 = call signext i16 @sat_sub_i16(i16 noundef signext 30000, i16 noundef signext -10000)
  %71 = sext i16 %70 to i32
  %72 = call signext i16 @sat_sub_i16(i16 noundef signext 5, i16 noundef signext 7)
  %73 = sext i16 %72 to i32
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %69, i32 noundef %71, i32 noundef %73)
  %75 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %76 = load i32, ptr %75, align 16
  store i32 %76, ptr %6, align 4
  %77 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %78 = load i32, ptr %77, align 16
  store i32 %78, ptr %7, align 4
  store i32 1, ptr %8, align 4
  br label %79

79:                                               ; preds = %113, %52
  %80 = load i32, ptr %8, align 4
  %81 = icmp slt i32 %80, 8
  br i1 %81, label %82, label %116

82:                                               ; preds = %79
  %83 = load i32, ptr %8, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4
  %87 = load i32, ptr %6, align 4
  %88 = icmp slt i32 %86, %87
  br i1 %88, label %89, label %94

89:                                               ; preds = %82
  %90 = load i32, ptr %8, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4
  br label %96

94:                                               ; preds = %82
  %95 = load i32, ptr %6, align 4
  br label %96

96:                                               ; preds = %94, %89
  %97 = phi i32 [ %93, %89 ], [ %95, %94 ]
  store i32 %97, ptr %6, align 4
  %98 = load i32, ptr %8, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4
  %102 = load i32, ptr %7, align 4
  %103 = icmp sgt i32 %101, %102
  br i1 %103, label %104, label %109

104:                                              ; preds = %96
  %105 = load i32, ptr %8, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 %106
  %108 = load i32, ptr %107, align 4
  br label %111

109:                                              ; preds = %96
  %110 = load i32, ptr %7, align 4
  br label %111

111:                                              ; preds = %109, %104
  %112 = phi i32 [ %108, %104 ], [ %110, %109 ]
  store i32 %112, ptr %7, align 4
  br label %113

113:                                              ; preds = %111
  %114 = load i32, ptr %8, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %8, align 4
  br label %79, !llvm.loop !11

116:                                              ; preds = %79
  %117 = load i32, ptr %6, align 4
  %118 = load i32, ptr %7, align 4
  %119 = load i32, ptr %7, align 4
  %120 = load i32, ptr %6, align 4
  %121 = sub nsw i32 %119, %120
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %117, i32 noundef %118, i32 noundef %121)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.d, i64 32, i1 false)
  %123 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 0
  %124 = load double, ptr %123, align 16
  store double %124, ptr %10, align 8
  %125 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 0
  %126 = load double, ptr %125, align 16
  store double %126, ptr %11, align 8
  store i32 1, ptr %12, align 4
  br label %127

127:                                              ; preds = %161, %116
  %128 = load i32, ptr %12, align 4
  %129 = icmp slt i32 %128, 4
  br i1 %129, label %130, label %164

130:                                              ; preds = %127
  %131 = load i32, ptr %12, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 %132
  %134 = load double, ptr %133, align 8
  %135 = load double, ptr %10, align 8
  %136 = fcmp ogt double %134, %135
  br i1 %136, label %137, label %142

137:                                              ; preds = %130
  %138 = load i32, ptr %12, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 %139
  %141 = load double, ptr %140, align 8
  br label %144

142:                                              ; preds = %130
  %143 = load double, ptr %10, align 8
  br label %144

144:                                              ; preds = %142, %137
  %145 = phi double [ %141, %137 ], [ %143, %142 ]
  store double %145, ptr %10, align 8
  %146 = load i32, ptr %12, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 %147
  %149 = load double, ptr %148, align 8
  %150 = load double, ptr %11, align 8
  %151 = fcmp olt double %149, %150
  br i1 %151, label %152, label %157

152:                                              ; preds = %144
  %153 = load i32, ptr %12, align 4
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [4 x double], ptr %9, i64 0, i64 %154
  %156 = load double, ptr %155, align 8
  br label %159

157:                                              ; preds = %144
  %158 = load double, ptr %11, align 8
  br label %159

159:                                              ; preds = %157, %152
  %160 = phi double [ %156, %152 ], [ %158, %157 ]
  store double %160, ptr %11, align 8
  br label %161

161:                                              ; preds = %159
  %162 = load i32, ptr %12, align 4
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %12, align 4
  br label %127, !llvm.loop !12

164:                                              ; preds = %127
  %165 = load double, ptr %10, align 8
  %166 = load double, ptr %11, align 8
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %165, double noundef %166)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.main.bytes, i64 5, i1 false)
  store i8 0, ptr %14, align 1
  store i32 0, ptr %15, align 4
  br label %168

168:                                              ; preds = %192, %164
  %169 = load i32, ptr %15, align 4
  %170 = icmp slt i32 %169, 5
  br i1 %170, label %171, label %195

171:                                              ; preds = %168
  %172 = load i32, ptr %15, align 4
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [5 x i8], ptr %13, i64 0, i64 %173
  %175 = load i8, ptr %174, align 1
  %176 = zext i8 %175 to i32
  %177 = load i8, ptr %14, align 1
  %178 = zext i8 %177 to i32
  %179 = icmp sgt i32 %176, %178
  br i1 %179, label %180, label %186

180:                                              ; preds = %171
  %181 = load i32, ptr %15, align 4
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [5 x i8], ptr %13, i64 0, i64 %182
  %184 = load i8, ptr %183, align 1
  %185 = zext i8 %184 to i32
  br label %189

186:                                              ; preds = %171
  %187 = load i8, ptr %14, align 1
  %188 = zext i8 %187 to i32
  br label %189

189:                                              ; preds = %186, %180
  %190 = phi i32 [ %185, %180 ], [ %188, %186 ]
  %191 = trunc i32 %190 to i8
  store i8 %191, ptr %14, align 1
  br label %192

192:                                              ; preds = %189
  %193 = load i32, ptr %15, align 4
  %194 = add nsw i32 %193, 1
  store i32 %194, ptr %15, align 4
  br label %168, !llvm.loop !13

195:                                              ; preds = %168
  %196 = load i8, ptr %14, align 1
  %197 = zext i8 %196 to i32
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %197)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!13 = distinct !{!13, !7}
