; ModuleID = 'float_int_conv.c'
source_filename = "float_int_conv.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.ds = internal constant [12 x double] [double 0.000000e+00, double -0.000000e+00, double 5.000000e-01, double -5.000000e-01, double 0x3FEFF7CED916872B, double 0xBFEFF7CED916872B, double 1.500000e+00, double -1.500000e+00, double 0x41DFFFFFFFC00000, double 0xC1E0000000000000, double 0x40FE240C9FBE76C9, double 0xC0F81CD6E9E1B08A], align 8
@.str = private unnamed_addr constant [14 x i8] c"d2i(%g) = %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"d2u: %u %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"d2l: %ld %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"d2ul: %lu %lu %lu\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"f2i8: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"f2u8: %u %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"f2i16: %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"u2d: %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"u2f: %.1f %.1f\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"i2d: %.1f %.1f\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"l2f: %.1f %.1f\0A\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"float roundtrip lost: %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [27 x i8] c"double roundtrip lost: %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [23 x i8] c"small ints: %.1f %.1f\0A\00", align 1
@.str.14 = private unnamed_addr constant [10 x i8] c"back: %u\0A\00", align 1
@.str.15 = private unnamed_addr constant [12 x i8] c"2^63 = %lu\0A\00", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"2^62 = %ld\0A\00", align 1
@.str.17 = private unnamed_addr constant [17 x i8] c"2^31 as u32: %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @d2i(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @d2u(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @d2l(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @d2ul(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i8 @f2i8(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i8 @f2u8(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i16 @f2i16(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @u2d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @u2f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @i2d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @l2f(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i8, align 1
  %8 = alloca i16, align 2
  %9 = alloca float, align 4
  %10 = alloca double, align 8
  %11 = alloca i8, align 1
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca float, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %15

15:                                               ; preds = %30, %0
  %16 = load i32, ptr %2, align 4
  %17 = zext i32 %16 to i64
  %18 = icmp ult i64 %17, 12
  br i1 %18, label %19, label %33

19:                                               ; preds = %15
  %20 = load i32, ptr %2, align 4
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds [12 x double], ptr @main.ds, i64 0, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load i32, ptr %2, align 4
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds [12 x double], ptr @main.ds, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = call i32 @d2i(double noundef %27)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %23, i32 noundef %28)
  br label %30

30:                                               ; preds = %19
  %31 = load i32, ptr %2, align 4
  %32 = add i32 %31, 1
  store i32 %32, ptr %2, align 4
  br label %15, !llvm.loop !6

33:                                               ; preds = %15
  %34 = call i32 @d2u(double noundef 0x41EFFFFFFFE00000)
  %35 = call i32 @d2u(double noundef 0x41E65A0BC0100000)
  %36 = call i32 @d2u(double noundef 7.500000e-01)
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %34, i32 noundef %35, i32 noundef %36)
  %38 = call i64 @d2l(double noundef 9.200000e+18)
  %39 = call i64 @d2l(double noundef -9.200000e+18)
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %38, i64 noundef %39)
  %41 = call i64 @d2ul(double noundef 1.800000e+19)
  %42 = call i64 @d2ul(double noundef 0x43E0000000000000)
  %43 = call i64 @d2ul(double noundef 1.234590e+04)
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %41, i64 noundef %42, i64 noundef %43)
  %45 = call i8 @f2i8(float noundef 0x405FF999A0000000)
  %46 = sext i8 %45 to i32
  %47 = call i8 @f2i8(float noundef 0xC0601CCCC0000000)
  %48 = sext i8 %47 to i32
  %49 = call i8 @f2i8(float noundef 0xC00D9999A0000000)
  %50 = sext i8 %49 to i32
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %46, i32 noundef %48, i32 noundef %50)
  %52 = call i8 @f2u8(float noundef 0x406FFFAE20000000)
  %53 = zext i8 %52 to i32
  %54 = call i8 @f2u8(float noundef 0x3FD3333340000000)
  %55 = zext i8 %54 to i32
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %53, i32 noundef %55)
  %57 = call i16 @f2i16(float noundef -3.276850e+04)
  %58 = sext i16 %57 to i32
  %59 = call i16 @f2i16(float noundef 3.276700e+04)
  %60 = sext i16 %59 to i32
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %58, i32 noundef %60)
  %62 = call double @u2d(i64 noundef -1)
  %63 = call double @u2d(i64 noundef -9223372036854775807)
  %64 = call double @u2d(i64 noundef 12345)
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %62, double noundef %63, double noundef %64)
  %66 = call float @u2f(i32 noundef -1)
  %67 = fpext float %66 to double
  %68 = call float @u2f(i32 noundef 16777217)
  %69 = fpext float %68 to double
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %67, double noundef %69)
  %71 = call double @i2d(i64 noundef -9223372036854775808)
  %72 = call double @i2d(i64 noundef -9007199254740993)
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %71, double noundef %72)
  %74 = call float @l2f(i64 noundef 9223372036854775807)
  %75 = fpext float %74 to double
  %76 = call float @l2f(i64 noundef -123456789012)
  %77 = fpext float %76 to double
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %75, double noundef %77)
  store i32 0, ptr %3, align 4
  store i32 16777200, ptr %4, align 4
  br label %79

79:                                               ; preds = %92, %33
  %80 = load i32, ptr %4, align 4
  %81 = icmp slt i32 %80, 16777240
  br i1 %81, label %82, label %95

82:                                               ; preds = %79
  %83 = load i32, ptr %4, align 4
  %84 = sitofp i32 %83 to float
  %85 = fptosi float %84 to i32
  %86 = load i32, ptr %4, align 4
  %87 = icmp ne i32 %85, %86
  br i1 %87, label %88, label %91

88:                                               ; preds = %82
  %89 = load i32, ptr %3, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %3, align 4
  br label %91

91:                                               ; preds = %88, %82
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %4, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %4, align 4
  br label %79, !llvm.loop !8

95:                                               ; preds = %79
  %96 = load i32, ptr %3, align 4
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %96)
  store i32 0, ptr %5, align 4
  store i64 9007199254740980, ptr %6, align 8
  br label %98

98:                                               ; preds = %111, %95
  %99 = load i64, ptr %6, align 8
  %100 = icmp slt i64 %99, 9007199254741000
  br i1 %100, label %101, label %114

101:                                              ; preds = %98
  %102 = load i64, ptr %6, align 8
  %103 = sitofp i64 %102 to double
  %104 = fptosi double %103 to i64
  %105 = load i64, ptr %6, align 8
  %106 = icmp ne i64 %104, %105
  br i1 %106, label %107, label %110

107:                                              ; preds = %101
  %108 = load i32, ptr %5, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %5, align 4
  br label %110

110:                                              ; preds = %107, %101
  br label %111

111:                                              ; preds = %110
  %112 = load i64, ptr %6, align 8
  %113 = add nsw i64 %112, 1
  store i64 %113, ptr %6, align 8
  br label %98, !llvm.loop !9

114:                                              ; preds = %98
  %115 = load i32, ptr %5, align 4
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %115)
  store i8 -77, ptr %7, align 1
  store i16 -536, ptr %8, align 2
  %117 = load i8, ptr %7, align 1
  %118 = sitofp i8 %117 to float
  store float %118, ptr %9, align 4
  %119 = load i16, ptr %8, align 2
  %120 = uitofp i16 %119 to double
  store double %120, ptr %10, align 8
  %121 = load float, ptr %9, align 4
  %122 = fpext float %121 to double
  %123 = load double, ptr %10, align 8
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %122, double noundef %123)
  %125 = load float, ptr %9, align 4
  %126 = fadd float %125, 2.000000e+02
  %127 = fptoui float %126 to i8
  store i8 %127, ptr %11, align 1
  %128 = load i8, ptr %11, align 1
  %129 = zext i8 %128 to i32
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %129)
  store double 1.000000e+00, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %131

131:                                              ; preds = %137, %114
  %132 = load i32, ptr %13, align 4
  %133 = icmp slt i32 %132, 63
  br i1 %133, label %134, label %140

134:                                              ; preds = %131
  %135 = load double, ptr %12, align 8
  %136 = fmul double %135, 2.000000e+00
  store double %136, ptr %12, align 8
  br label %137

137:                                              ; preds = %134
  %138 = load i32, ptr %13, align 4
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %13, align 4
  br label %131, !llvm.loop !10

140:                                              ; preds = %131
  %141 = load double, ptr %12, align 8
  %142 = fptoui double %141 to i64
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %142)
  %144 = load double, ptr %12, align 8
  %145 = fdiv double %144, 2.000000e+00
  %146 = fptosi double %145 to i64
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %146)
  store float 0x41E0000000000000, ptr %14, align 4
  %148 = load float, ptr %14, align 4
  %149 = fptoui float %148 to i32
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %149)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
