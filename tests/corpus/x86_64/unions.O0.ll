; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
define dso_local { i32, i64 } @make_int(i64 noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 0, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load i64, ptr %3, align 8
  store i64 %6, ptr %5, align 8
  %7 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i32, i64 } @make_dbl(double noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca double, align 8
  store double %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 1, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load double, ptr %3, align 8
  store double %6, ptr %5, align 8
  %7 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i32, i64 } @make_str(ptr noundef %0) #0 {
  %2 = alloca %struct.Value, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 0
  store i32 2, ptr %4, align 8
  %5 = getelementptr inbounds %struct.Value, ptr %2, i32 0, i32 1
  %6 = load ptr, ptr %3, align 8
  store ptr %6, ptr %5, align 8
  %7 = load { i32, i64 }, ptr %2, align 8
  ret { i32, i64 } %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local { i32, i64 } @make_pair(i32 noundef %0, i32 noundef %1) #0 {
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
  %13 = load { i32, i64 }, ptr %3, align 8
  ret { i32, i64 } %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @show(i32 %0, i64 %1) #0 {
  %3 = alloca %struct.Value, align 8
  %4 = getelementptr inbounds { i32, i64 }, ptr %3, i32 0, i32 0
  store i32 %0, ptr %4, align 8
  %5 = getelementptr inbounds { i32, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %5, align 8
  %6 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 0
  %7 = load i32, ptr %6, align 8
  switch i32 %7, label %28 [
    i32 0, label %8
    i32 1, label %12
    i32 2, label %16
    i32 3, label %20
  ]

8:                                                ; preds = %2
  %9 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %10)
  br label %28

12:                                               ; preds = %2
  %13 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %14)
  br label %28

16:                                               ; preds = %2
  %17 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %18 = load ptr, ptr %17, align 8
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %18)
  br label %28

20:                                               ; preds = %2
  %21 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %22 = getelementptr inbounds %struct.anon, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 8
  %24 = getelementptr inbounds %struct.Value, ptr %3, i32 0, i32 1
  %25 = getelementptr inbounds %struct.anon, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %25, align 4
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %23, i32 noundef %26)
  br label %28

28:                                               ; preds = %2, %20, %16, %12, %8
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @negate_bits(i32 %0) #0 {
  %2 = alloca %union.FloatBits, align 4
  %3 = alloca %union.FloatBits, align 4
  %4 = getelementptr inbounds %union.FloatBits, ptr %3, i32 0, i32 0
  store i32 %0, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = xor i32 %5, -2147483648
  store i32 %6, ptr %3, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  %7 = getelementptr inbounds %union.FloatBits, ptr %2, i32 0, i32 0
  %8 = load i32, ptr %7, align 4
  ret i32 %8
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
  %5 = alloca %union.DoubleBits, align 8
  %6 = alloca double, align 8
  %7 = alloca %union.DoubleBits, align 8
  %8 = alloca i32, align 4
  %9 = alloca [4 x %struct.Value], align 16
  %10 = alloca i32, align 4
  %11 = alloca %union.anon.0, align 2
  store i32 0, ptr %1, align 4
  store float 1.000000e+00, ptr %2, align 4
  %12 = load i32, ptr %2, align 4
  %13 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %14 = load i8, ptr %13, align 4
  %15 = zext i8 %14 to i32
  %16 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 1
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 2
  %20 = load i8, ptr %19, align 2
  %21 = zext i8 %20 to i32
  %22 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 3
  %23 = load i8, ptr %22, align 1
  %24 = zext i8 %23 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %12, i32 noundef %15, i32 noundef %18, i32 noundef %21, i32 noundef %24)
  store i32 1078530011, ptr %2, align 4
  %26 = load float, ptr %2, align 4
  %27 = fpext float %26 to double
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %27)
  store float 3.500000e+00, ptr %4, align 4
  %29 = getelementptr inbounds %union.FloatBits, ptr %4, i32 0, i32 0
  %30 = load i32, ptr %29, align 4
  %31 = call i32 @negate_bits(i32 %30)
  %32 = getelementptr inbounds %union.FloatBits, ptr %3, i32 0, i32 0
  store i32 %31, ptr %32, align 4
  %33 = load float, ptr %3, align 4
  %34 = fpext float %33 to double
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %34)
  %36 = call float @fast_abs(float noundef -2.750000e+00)
  %37 = fpext float %36 to double
  %38 = call float @fast_abs(float noundef 5.000000e-01)
  %39 = fpext float %38 to double
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %37, double noundef %39)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 @__const.main.db, i64 8, i1 false)
  %41 = load i64, ptr %5, align 8
  %42 = getelementptr inbounds [2 x i32], ptr %5, i64 0, i64 0
  %43 = load i32, ptr %42, align 8
  %44 = getelementptr inbounds [2 x i32], ptr %5, i64 0, i64 1
  %45 = load i32, ptr %44, align 4
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %41, i32 noundef %43, i32 noundef %45)
  store i64 9218868437227405312, ptr %5, align 8
  %47 = load double, ptr %5, align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %47)
  store double 1.250000e-01, ptr %6, align 8
  br label %49

49:                                               ; preds = %62, %0
  %50 = load double, ptr %6, align 8
  %51 = fcmp olt double %50, 1.000000e+02
  br i1 %51, label %52, label %65

52:                                               ; preds = %49
  %53 = load double, ptr %6, align 8
  store double %53, ptr %7, align 8
  %54 = load i64, ptr %7, align 8
  %55 = lshr i64 %54, 52
  %56 = and i64 %55, 2047
  %57 = trunc i64 %56 to i32
  %58 = sub nsw i32 %57, 1023
  store i32 %58, ptr %8, align 4
  %59 = load double, ptr %6, align 8
  %60 = load i32, ptr %8, align 4
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %59, i32 noundef %60)
  br label %62

62:                                               ; preds = %52
  %63 = load double, ptr %6, align 8
  %64 = fmul double %63, 3.000000e+00
  store double %64, ptr %6, align 8
  br label %49, !llvm.loop !6

65:                                               ; preds = %49
  %66 = call { i32, i64 } @make_int(i64 noundef -42)
  %67 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 0
  %68 = extractvalue { i32, i64 } %66, 0
  store i32 %68, ptr %67, align 16
  %69 = getelementptr inbounds { i32, i64 }, ptr %9, i32 0, i32 1
  %70 = extractvalue { i32, i64 } %66, 1
  store i64 %70, ptr %69, align 8
  %71 = getelementptr inbounds %struct.Value, ptr %9, i64 1
  %72 = call { i32, i64 } @make_dbl(double noundef 6.500000e+00)
  %73 = getelementptr inbounds { i32, i64 }, ptr %71, i32 0, i32 0
  %74 = extractvalue { i32, i64 } %72, 0
  store i32 %74, ptr %73, align 16
  %75 = getelementptr inbounds { i32, i64 }, ptr %71, i32 0, i32 1
  %76 = extractvalue { i32, i64 } %72, 1
  store i64 %76, ptr %75, align 8
  %77 = getelementptr inbounds %struct.Value, ptr %9, i64 2
  %78 = call { i32, i64 } @make_str(ptr noundef @.str.11)
  %79 = getelementptr inbounds { i32, i64 }, ptr %77, i32 0, i32 0
  %80 = extractvalue { i32, i64 } %78, 0
  store i32 %80, ptr %79, align 16
  %81 = getelementptr inbounds { i32, i64 }, ptr %77, i32 0, i32 1
  %82 = extractvalue { i32, i64 } %78, 1
  store i64 %82, ptr %81, align 8
  %83 = getelementptr inbounds %struct.Value, ptr %9, i64 3
  %84 = call { i32, i64 } @make_pair(i32 noundef 3, i32 noundef 4)
  %85 = getelementptr inbounds { i32, i64 }, ptr %83, i32 0, i32 0
  %86 = extractvalue { i32, i64 } %84, 0
  store i32 %86, ptr %85, align 16
  %87 = getelementptr inbounds { i32, i64 }, ptr %83, i32 0, i32 1
  %88 = extractvalue { i32, i64 } %84, 1
  store i64 %88, ptr %87, align 8
  store i32 0, ptr %10, align 4
  br label %89

89:                                               ; preds = %100, %65
  %90 = load i32, ptr %10, align 4
  %91 = icmp slt i32 %90, 4
  br i1 %91, label %92, label %103

92:                                               ; preds = %89
  %93 = load i32, ptr %10, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [4 x %struct.Value], ptr %9, i64 0, i64 %94
  %96 = getelementptr inbounds { i32, i64 }, ptr %95, i32 0, i32 0
  %97 = load i32, ptr %96, align 16
  %98 = getelementptr inbounds { i32, i64 }, ptr %95, i32 0, i32 1
  %99 = load i64, ptr %98, align 8
  call void @show(i32 %97, i64 %99)
  br label %100

100:                                              ; preds = %92
  %101 = load i32, ptr %10, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %10, align 4
  br label %89, !llvm.loop !8

103:                                              ; preds = %89
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef 4, i64 noundef 8, i64 noundef 16)
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %11, ptr align 2 @__const.main.endian, i64 2, i1 false)
  %105 = getelementptr inbounds [2 x i8], ptr %11, i64 0, i64 0
  %106 = load i8, ptr %105, align 2
  %107 = zext i8 %106 to i32
  %108 = icmp eq i32 %107, 2
  %109 = zext i1 %108 to i32
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %109)
  ret i32 0
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
