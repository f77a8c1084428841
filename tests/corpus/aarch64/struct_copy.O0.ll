; ModuleID = 'struct_copy.c'
source_filename = "struct_copy.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Blob = type { i32, [20 x i8], [5 x double] }
%struct.Holder = type { %struct.Blob, %struct.Blob, i32 }

@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"h.primary\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"h.backup\00", align 1
@.str.5 = private unnamed_addr constant [50 x i8] c"versions %d %d, h2.primary.id=%d h.primary.id=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"item\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.10 = private unnamed_addr constant [34 x i8] c"after memset: %d %s; copy: %d %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"copy[0]\00", align 1
@.str.12 = private unnamed_addr constant [29 x i8] c"zero: %d '%s' %g sizeof=%zu\0A\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"%s#%d\00", align 1
@.str.14 = private unnamed_addr constant [27 x i8] c"%s: id=%d tag=%s total=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Blob, align 8
  %3 = alloca %struct.Blob, align 8
  %4 = alloca %struct.Holder, align 8
  %5 = alloca %struct.Holder, align 8
  %6 = alloca [6 x %struct.Blob], align 8
  %7 = alloca i32, align 4
  %8 = alloca %struct.Blob, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [6 x %struct.Blob], align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca %struct.Blob, align 8
  store i32 0, ptr %1, align 4
  call void @blob_init(ptr noundef %2, i32 noundef 1, ptr noundef @.str)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %2, i64 64, i1 false)
  %16 = getelementptr inbounds %struct.Blob, ptr %3, i32 0, i32 0
  store i32 2, ptr %16, align 8
  %17 = getelementptr inbounds %struct.Blob, ptr %3, i32 0, i32 2
  %18 = getelementptr inbounds [5 x double], ptr %17, i64 0, i64 4
  store double 1.000000e+02, ptr %18, align 8
  call void @show(ptr noundef @.str.1, ptr noundef %2)
  call void @show(ptr noundef @.str.2, ptr noundef %3)
  call void @llvm.memset.p0.i64(ptr align 8 %4, i8 0, i64 136, i1 false)
  %19 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 2
  store i32 1, ptr %19, align 8
  %20 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 8 %2, i64 64, i1 false)
  %21 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 1
  %22 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 %22, i64 64, i1 false)
  %23 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 1
  %24 = getelementptr inbounds %struct.Blob, ptr %23, i32 0, i32 1
  %25 = getelementptr inbounds [20 x i8], ptr %24, i64 0, i64 0
  store i8 65, ptr %25, align 4
  %26 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 0
  call void @show(ptr noundef @.str.3, ptr noundef %26)
  %27 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 1
  call void @show(ptr noundef @.str.4, ptr noundef %27)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %4, i64 136, i1 false)
  %28 = getelementptr inbounds %struct.Holder, ptr %5, i32 0, i32 2
  %29 = load i32, ptr %28, align 8
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %28, align 8
  %31 = getelementptr inbounds %struct.Holder, ptr %5, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %31, ptr align 8 %3, i64 64, i1 false)
  %32 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 2
  %33 = load i32, ptr %32, align 8
  %34 = getelementptr inbounds %struct.Holder, ptr %5, i32 0, i32 2
  %35 = load i32, ptr %34, align 8
  %36 = getelementptr inbounds %struct.Holder, ptr %5, i32 0, i32 0
  %37 = getelementptr inbounds %struct.Blob, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 8
  %39 = getelementptr inbounds %struct.Holder, ptr %4, i32 0, i32 0
  %40 = getelementptr inbounds %struct.Blob, ptr %39, i32 0, i32 0
  %41 = load i32, ptr %40, align 8
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %33, i32 noundef %35, i32 noundef %38, i32 noundef %41)
  store i32 0, ptr %7, align 4
  br label %43

43:                                               ; preds = %52, %0
  %44 = load i32, ptr %7, align 4
  %45 = icmp slt i32 %44, 6
  br i1 %45, label %46, label %55

46:                                               ; preds = %43
  %47 = load i32, ptr %7, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 %48
  %50 = load i32, ptr %7, align 4
  %51 = add nsw i32 %50, 10
  call void @blob_init(ptr noundef %49, i32 noundef %51, ptr noundef @.str.6)
  br label %52

52:                                               ; preds = %46
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %43, !llvm.loop !6

55:                                               ; preds = %43
  %56 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %56, i64 64, i1 false)
  store i32 0, ptr %9, align 4
  br label %57

57:                                               ; preds = %68, %55
  %58 = load i32, ptr %9, align 4
  %59 = icmp slt i32 %58, 5
  br i1 %59, label %60, label %71

60:                                               ; preds = %57
  %61 = load i32, ptr %9, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 %62
  %64 = load i32, ptr %9, align 4
  %65 = add nsw i32 %64, 1
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 %66
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %63, ptr align 8 %67, i64 64, i1 false)
  br label %68

68:                                               ; preds = %60
  %69 = load i32, ptr %9, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %9, align 4
  br label %57, !llvm.loop !8

71:                                               ; preds = %57
  %72 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 5
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %72, ptr align 8 %8, i64 64, i1 false)
  store i32 0, ptr %10, align 4
  br label %73

73:                                               ; preds = %83, %71
  %74 = load i32, ptr %10, align 4
  %75 = icmp slt i32 %74, 6
  br i1 %75, label %76, label %86

76:                                               ; preds = %73
  %77 = load i32, ptr %10, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 %78
  %80 = getelementptr inbounds %struct.Blob, ptr %79, i32 0, i32 0
  %81 = load i32, ptr %80, align 8
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %81)
  br label %83

83:                                               ; preds = %76
  %84 = load i32, ptr %10, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %10, align 4
  br label %73, !llvm.loop !9

86:                                               ; preds = %73
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.8)
  %88 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 1
  %89 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 0
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %88, ptr align 8 %89, i64 256, i1 false)
  store i32 0, ptr %11, align 4
  br label %90

90:                                               ; preds = %100, %86
  %91 = load i32, ptr %11, align 4
  %92 = icmp slt i32 %91, 6
  br i1 %92, label %93, label %103

93:                                               ; preds = %90
  %94 = load i32, ptr %11, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 %95
  %97 = getelementptr inbounds %struct.Blob, ptr %96, i32 0, i32 1
  %98 = getelementptr inbounds [20 x i8], ptr %97, i64 0, i64 0
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %98)
  br label %100

100:                                              ; preds = %93
  %101 = load i32, ptr %11, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %11, align 4
  br label %90, !llvm.loop !10

103:                                              ; preds = %90
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.8)
  %105 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 0
  %106 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %105, ptr align 8 %106, i64 384, i1 false)
  %107 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 8 %107, i8 0, i64 384, i1 false)
  %108 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 3
  %109 = getelementptr inbounds %struct.Blob, ptr %108, i32 0, i32 0
  %110 = load i32, ptr %109, align 8
  %111 = getelementptr inbounds [6 x %struct.Blob], ptr %6, i64 0, i64 3
  %112 = getelementptr inbounds %struct.Blob, ptr %111, i32 0, i32 1
  %113 = getelementptr inbounds [20 x i8], ptr %112, i64 0, i64 0
  %114 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 3
  %115 = getelementptr inbounds %struct.Blob, ptr %114, i32 0, i32 0
  %116 = load i32, ptr %115, align 8
  %117 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 3
  %118 = getelementptr inbounds %struct.Blob, ptr %117, i32 0, i32 1
  %119 = getelementptr inbounds [20 x i8], ptr %118, i64 0, i64 0
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %110, ptr noundef %113, i32 noundef %116, ptr noundef %119)
  %121 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 2
  store ptr %121, ptr %13, align 8
  %122 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 0
  store ptr %122, ptr %14, align 8
  %123 = load ptr, ptr %14, align 8
  %124 = load ptr, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %123, ptr align 8 %124, i64 64, i1 false)
  %125 = getelementptr inbounds [6 x %struct.Blob], ptr %12, i64 0, i64 0
  call void @show(ptr noundef @.str.11, ptr noundef %125)
  call void @llvm.memset.p0.i64(ptr align 8 %15, i8 0, i64 64, i1 false)
  %126 = getelementptr inbounds %struct.Blob, ptr %15, i32 0, i32 0
  %127 = load i32, ptr %126, align 8
  %128 = getelementptr inbounds %struct.Blob, ptr %15, i32 0, i32 1
  %129 = getelementptr inbounds [20 x i8], ptr %128, i64 0, i64 0
  %130 = call double @blob_total(ptr noundef %15)
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %127, ptr noundef %129, double noundef %130, i64 noundef 64)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @blob_init(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 64, i1 false)
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.Blob, ptr %10, i32 0, i32 0
  store i32 %9, ptr %11, align 8
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.Blob, ptr %12, i32 0, i32 1
  %14 = getelementptr inbounds [20 x i8], ptr %13, i64 0, i64 0
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %5, align 4
  %17 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %14, i64 noundef 20, ptr noundef @.str.13, ptr noundef %15, i32 noundef %16) #6
  store i32 0, ptr %7, align 4
  br label %18

18:                                               ; preds = %32, %3
  %19 = load i32, ptr %7, align 4
  %20 = icmp slt i32 %19, 5
  br i1 %20, label %21, label %35

21:                                               ; preds = %18
  %22 = load i32, ptr %5, align 4
  %23 = sitofp i32 %22 to double
  %24 = load i32, ptr %7, align 4
  %25 = sitofp i32 %24 to double
  %26 = call double @llvm.fmuladd.f64(double %25, double 2.500000e-01, double %23)
  %27 = load ptr, ptr %4, align 8
  %28 = getelementptr inbounds %struct.Blob, ptr %27, i32 0, i32 2
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [5 x double], ptr %28, i64 0, i64 %30
  store double %26, ptr %31, align 8
  br label %32

32:                                               ; preds = %21
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4
  br label %18, !llvm.loop !11

35:                                               ; preds = %18
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @show(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds %struct.Blob, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds %struct.Blob, ptr %9, i32 0, i32 1
  %11 = getelementptr inbounds [20 x i8], ptr %10, i64 0, i64 0
  %12 = load ptr, ptr %4, align 8
  %13 = call double @blob_total(ptr noundef %12)
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef %5, i32 noundef %8, ptr noundef %11, double noundef %13)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @blob_total(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %17, %1
  %6 = load i32, ptr %4, align 4
  %7 = icmp slt i32 %6, 5
  br i1 %7, label %8, label %20

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds %struct.Blob, ptr %9, i32 0, i32 2
  %11 = load i32, ptr %4, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [5 x double], ptr %10, i64 0, i64 %12
  %14 = load double, ptr %13, align 8
  %15 = load double, ptr %3, align 8
  %16 = fadd double %15, %14
  store double %16, ptr %3, align 8
  br label %17

17:                                               ; preds = %8
  %18 = load i32, ptr %4, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %4, align 4
  br label %5, !llvm.loop !12

20:                                               ; preds = %5
  %21 = load double, ptr %3, align 8
  ret double %21
}

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
