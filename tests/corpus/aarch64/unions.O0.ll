; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%union.DoubleBits = type { double }
%union.anon.0 = type { i16 }
%struct.Value = type { i32, %union.anon }
%union.anon = type { i64 }
%struct.anon = type { i32, i32 }
%union.FloatBits = type { float }

@.str = private unnamed_addr constant [9 x i8] c"int %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"double %g\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"string \22%s\22\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"pair (%d, %d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [39 x i8] c"1.0f = %08x bytes %02x %02x %02x %02x\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"0x40490fdb = %.6f\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"negated: %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"fast_abs: %g %g\0A\00", align 1
@__const.main.db = private unnamed_addr constant %union.DoubleBits { double -2.000000e+00 }, align 8
@.str.8 = private unnamed_addr constant [32 x i8] c"-2.0 = %016llx lo=%08x hi=%08x\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"inf? %g\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"%g exp=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.12 = private unnamed_addr constant [20 x i8] c"sizes: %zu %zu %zu\0A\00", align 1
@__const.main.endian = private unnamed_addr constant %union.anon.0 { i16 258 }, align 2
@.str.13 = private unnamed_addr constant [19 x i8] c"little endian: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @make_int(i64 noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 0, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load i64, ptr %3, align 8
  store i64 %6, ptr %5, align 8
  %7 = load [2 x i64], ptr %2, align 8
  ret [2 x i64] %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @make_dbl(double noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca double, align 8
  store double %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 1, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load double, ptr %3, align 8
  store double %6, ptr %5, align 8
  %7 = load [2 x i64], ptr %2, align 8
  ret [2 x i64] %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @make_str(ptr noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 2, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load ptr, ptr %3, align 8
  store ptr %6, ptr %5, align 8
  %7 = load [2 x i64], ptr %2, align 8
  ret [2 x i64] %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @make_pair(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.Value, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 0
  store i32 3, ptr %6, align 8
  %7 = load i32, ptr %4, align 4
  %8 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %9 = getelementptr inbounds %struct.anon, ptr %8, i32 0, i32 0
  store i32 %7, ptr %9, align 8
  %10 = load i32, ptr %5, align 4
  %11 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %12 = getelementptr inbounds %struct.anon, ptr %11, i32 0, i32 1
  store i32 %10, ptr %12, align 4
  %13 = load [2 x i64], ptr %3, align 8
  ret [2 x i64] %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @show([2 x i64] %0) #0 {
  %2 = alloca %struct.Value, align 8
  store [2 x i64] %0, ptr %2, align 8
  %3 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 8
  switch i32 %4, label %25 [
    i32 0, label %5
    i32 1, label %9
    i32 2, label %13
    i32 3, label %17
  ]

5:                                                ; preds = %1
  %6 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %7 = load i64, ptr %6, align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %7)
  br label %25

9:                                                ; preds = %1
  %10 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %11 = load double, ptr %10, align 8
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %11)
  br label %25

13:                                               ; preds = %1
  %14 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %15 = load ptr, ptr %14, align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %15)
  br label %25

17:                                               ; preds = %1
  %18 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %19 = getelementptr inbounds %struct.anon, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %19, align 8
  %21 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %22 = getelementptr inbounds %struct.anon, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %20, i32 noundef %23)
  br label %25

25:                                               ; preds = %1, %17, %13, %9, %5
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @negate_bits(i64 %0) #0 {
  %2 = alloca %union.FloatBits, align 4
  %3 = alloca %union.FloatBits, align 4
  %4 = getelementptr inbounds %union.FloatBits, ptr %3, i32 0, i32 0
  %5 = trunc i64 %0 to i32
  store i32 %5, ptr %4, align 4
  %6 = load i32, ptr %3, align 4
  %7 = xor i32 %6, -2147483648
  store i32 %7, ptr %3, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  %8 = getelementptr inbounds %union.FloatBits, ptr %2, i32 0, i32 0
  %9 = load i32, ptr %8, align 4
  ret i32 %9
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fast_abs(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca %union.FloatBits, align 4
  store float %0, ptr %2, align 4
  %4 = load float, ptr %2, align 4
  store float %4, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  %6 = and i32 %5, 2147483647
  store i32 %6, ptr %3, align 4
  %7 = load float, ptr %3, align 4
  ret float %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %union.FloatBits, align 4
  %3 = alloca %union.FloatBits, align 4
  %4 = alloca %union.FloatBits, align 4
  %5 = alloca i64, align 8
  %6 = alloca %union.DoubleBits, align 8
  %7 = alloca double, align 8
  %8 = alloca %union.DoubleBits, align 8
  %9 = alloca i32, align 4
  %10 = alloca [4 x %struct.Value], align 8
  %11 = alloca i32, align 4
  %12 = alloca %union.anon.0, align 2
  store i32 0, ptr %1, align 4
  store float 1.000000e+00, ptr %2, align 4
  %13 = load i32, ptr %2, align 4
  %14 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %15 = load i8, ptr %14, align 4
  %16 = zext i8 %15 to i32
  %17 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 1
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 2
  %21 = load i8, ptr %20, align 2
  %22 = zext i8 %21 to i32
  %23 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 3
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i32
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %13, i32 noundef %16, i32 noundef %19, i32 noundef %22, i32 noundef %25)
  store i32 1078530011, ptr %2, align 4
  %27 = load float, ptr %2, align 4
  %28 = fpext float %27 to double
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %28)
  store float 3.500000e+00, ptr %4, align 4
  %30 = getelementptr inbounds %union.FloatBits, ptr %4, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 4 %30, i64 4, i1 false)
  %31 = load i64, ptr %5, align 8
  %32 = call i32 @negate_bits(i64 %31)
  %33 = getelementptr inbounds %union.FloatBits, ptr %3, i32 0, i32 0
  store i32 %32, ptr %33, align 4
  %34 = load float, ptr %3, align 4
  %35 = fpext float %34 to double
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %35)
  %37 = call float @fast_abs(float noundef -2.750000e+00)
  %38 = fpext float %37 to double
  %39 = call float @fast_abs(float noundef 5.000000e-01)
  %40 = fpext float %39 to double
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %38, double noundef %40)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 @__const.main.db, i64 8, i1 false)
  %42 = load i64, ptr %6, align 8
  %43 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 0
  %44 = load i32, ptr %43, align 8
  %45 = getelementptr inbounds [2 x i32], ptr %6, i64 0, i64 1
  %46 = load i32, ptr %45, align 4
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %42, i32 noundef %44, i32 noundef %46)
  store i64 9218868437227405312, ptr %6, align 8
  %48 = load double, ptr %6, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %48)
  store double 1.250000e-01, ptr %7, align 8
  br label %50

50:                                               ; preds = %63, %0
  %51 = load double, ptr %7, align 8
  %52 = fcmp olt double %51, 1.000000e+02
  br i1 %52, label %53, label %66

53:                                               ; preds = %50
  %54 = load double, ptr %7, align 8
  store double %54, ptr %8, align 8
  %55 = load i64, ptr %8, align 8
  %56 = lshr i64 %55, 52
  %57 = and i64 %56, 2047
  %58 = trunc i64 %57 to i32
  %59 = sub nsw i32 %58, 1023
  store i32 %59, ptr %9, align 4
  %60 = load double, ptr %7, align 8
  %61 = load i32, ptr %9, align 4
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %60, i32 noundef %61)
  br label %63

63:                                               ; preds = %53
  %64 = load double, ptr %7, align 8
  %65 = fmul double %64, 3.000000e+00
  store double %65, ptr %7, align 8
  br label %50, !llvm.loop !6

66:                                               ; preds = %50
  %67 = call [2 x i64] @make_int(i64 noundef -42)
  store [2 x i64] %67, ptr %10, align 8
  %68 = getelementptr inbounds %struct.Value, ptr %10, i64 1
  %69 = call [2 x i64] @make_dbl(double noundef 6.500000e+00)
  store [2 x i64] %69, ptr %68, align 8
  %70 = getelementptr inbounds %struct.Value, ptr %10, i64 2
  %71 = call [2 x i64] @make_str(ptr noundef @.str.11)
  store [2 x i64] %71, ptr %70, align 8
  %72 = getelementptr inbounds %struct.Value, ptr %10, i64 3
  %73 = call [2 x i64] @make_pair(i32 noundef 3, i32 noundef 4)
  store [2 x i64] %73, ptr %72, align 8
  store i32 0, ptr %11, align 4
  br label %74

74:                                               ; preds = %82, %66
  %75 = load i32, ptr %11, align 4
  %76 = icmp slt i32 %75, 4
  br i1 %76, label %77, label %85

77:                                               ; preds = %74
  %78 = load i32, ptr %11, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [4 x %struct.Value], ptr %10, i64 0, i64 %79
  %81 = load [2 x i64], ptr %80, align 8
  call void @show([2 x i64] %81)
  br label %82

82:                                               ; preds = %77
  %83 = load i32, ptr %11, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %11, align 4
  br label %74, !llvm.loop !8

85:                                               ; preds = %74
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef 4, i64 noundef 8, i64 noundef 16)
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %12, ptr align 2 @__const.main.endian, i64 2, i1 false)
  %87 = getelementptr inbounds [2 x i8], ptr %12, i64 0, i64 0
  %88 = load i8, ptr %87, align 2
  %89 = zext i8 %88 to i32
  %90 = icmp eq i32 %89, 2
  %91 = zext i1 %90 to i32
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %91)
  ret i32 0
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
