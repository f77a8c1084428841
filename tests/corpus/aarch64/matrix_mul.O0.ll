; ModuleID = 'matrix_mul.c'
source_filename = "matrix_mul.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.a = internal global [12 x [12 x i64]] zeroinitializer, align 8
@main.b = internal global [12 x [12 x i64]] zeroinitializer, align 8
@main.c1 = internal global [12 x [12 x i64]] zeroinitializer, align 8
@main.c2 = internal global [12 x [12 x i64]] zeroinitializer, align 8
@.str = private unnamed_addr constant [34 x i8] c"same=%d trace=%ld corner=%ld,%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"%ld \00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [40 x i8] c"double sum=%.4f c[0]=%.4f c[last]=%.4f\0A\00", align 1
@.str.4 = private unnamed_addr constant [25 x i8] c"fib(90) via matrix=%llu\0A\00", align 1
@__const.fib_matrix.base = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca [2 x [2 x i64]], align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %17

17:                                               ; preds = %60, %0
  %18 = load i32, ptr %2, align 4
  %19 = icmp slt i32 %18, 12
  br i1 %19, label %20, label %63

20:                                               ; preds = %17
  store i32 0, ptr %3, align 4
  br label %21

21:                                               ; preds = %56, %20
  %22 = load i32, ptr %3, align 4
  %23 = icmp slt i32 %22, 12
  br i1 %23, label %24, label %59

24:                                               ; preds = %21
  %25 = load i32, ptr %2, align 4
  %26 = mul nsw i32 %25, 7
  %27 = load i32, ptr %3, align 4
  %28 = mul nsw i32 %27, 3
  %29 = add nsw i32 %26, %28
  %30 = srem i32 %29, 11
  %31 = sub nsw i32 %30, 5
  %32 = sext i32 %31 to i64
  %33 = load i32, ptr %2, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %34
  %36 = load i32, ptr %3, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [12 x i64], ptr %35, i64 0, i64 %37
  store i64 %32, ptr %38, align 8
  %39 = load i32, ptr %2, align 4
  %40 = load i32, ptr %3, align 4
  %41 = icmp eq i32 %39, %40
  %42 = zext i1 %41 to i32
  %43 = mul nsw i32 %42, 2
  %44 = load i32, ptr %2, align 4
  %45 = load i32, ptr %3, align 4
  %46 = add nsw i32 %44, %45
  %47 = srem i32 %46, 4
  %48 = add nsw i32 %43, %47
  %49 = sext i32 %48 to i64
  %50 = load i32, ptr %2, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %51
  %53 = load i32, ptr %3, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [12 x i64], ptr %52, i64 0, i64 %54
  store i64 %49, ptr %55, align 8
  br label %56

56:                                               ; preds = %24
  %57 = load i32, ptr %3, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %3, align 4
  br label %21, !llvm.loop !6

59:                                               ; preds = %21
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %2, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %2, align 4
  br label %17, !llvm.loop !8

63:                                               ; preds = %17
  call void @mul_ijk(ptr noundef @main.a, ptr noundef @main.b, ptr noundef @main.c1)
  call void @mul_ikj(ptr noundef @main.a, ptr noundef @main.b, ptr noundef @main.c2)
  store i32 1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %64

64:                                               ; preds = %103, %63
  %65 = load i32, ptr %6, align 4
  %66 = icmp slt i32 %65, 12
  br i1 %66, label %67, label %106

67:                                               ; preds = %64
  %68 = load i32, ptr %6, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %69
  %71 = load i32, ptr %6, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [12 x i64], ptr %70, i64 0, i64 %72
  %74 = load i64, ptr %73, align 8
  %75 = load i64, ptr %5, align 8
  %76 = add nsw i64 %75, %74
  store i64 %76, ptr %5, align 8
  store i32 0, ptr %7, align 4
  br label %77

77:                                               ; preds = %99, %67
  %78 = load i32, ptr %7, align 4
  %79 = icmp slt i32 %78, 12
  br i1 %79, label %80, label %102

80:                                               ; preds = %77
  %81 = load i32, ptr %6, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %82
  %84 = load i32, ptr %7, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [12 x i64], ptr %83, i64 0, i64 %85
  %87 = load i64, ptr %86, align 8
  %88 = load i32, ptr %6, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %89
  %91 = load i32, ptr %7, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [12 x i64], ptr %90, i64 0, i64 %92
  %94 = load i64, ptr %93, align 8
  %95 = icmp eq i64 %87, %94
  %96 = zext i1 %95 to i32
  %97 = load i32, ptr %4, align 4
  %98 = and i32 %97, %96
  store i32 %98, ptr %4, align 4
  br label %99

99:                                               ; preds = %80
  %100 = load i32, ptr %7, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %7, align 4
  br label %77, !llvm.loop !9

102:                                              ; preds = %77
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %6, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %6, align 4
  br label %64, !llvm.loop !10

106:                                              ; preds = %64
  %107 = load i32, ptr %4, align 4
  %108 = load i64, ptr %5, align 8
  %109 = load i64, ptr getelementptr inbounds ([12 x i64], ptr @main.c1, i64 0, i64 11), align 8
  %110 = load i64, ptr getelementptr inbounds ([12 x [12 x i64]], ptr @main.c1, i64 0, i64 11), align 8
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %107, i64 noundef %108, i64 noundef %109, i64 noundef %110)
  store i32 0, ptr %8, align 4
  br label %112

112:                                              ; preds = %121, %106
  %113 = load i32, ptr %8, align 4
  %114 = icmp slt i32 %113, 12
  br i1 %114, label %115, label %124

115:                                              ; preds = %112
  %116 = load i32, ptr %8, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [12 x i64], ptr getelementptr inbounds ([12 x [12 x i64]], ptr @main.c1, i64 0, i64 3), i64 0, i64 %117
  %119 = load i64, ptr %118, align 8
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %119)
  br label %121

121:                                              ; preds = %115
  %122 = load i32, ptr %8, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %8, align 4
  br label %112, !llvm.loop !11

124:                                              ; preds = %112
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store i32 6, ptr %9, align 4
  %126 = load i32, ptr %9, align 4
  %127 = load i32, ptr %9, align 4
  %128 = mul nsw i32 %126, %127
  %129 = sext i32 %128 to i64
  %130 = mul i64 8, %129
  %131 = call noalias ptr @malloc(i64 noundef %130) #7
  store ptr %131, ptr %10, align 8
  %132 = load i32, ptr %9, align 4
  %133 = load i32, ptr %9, align 4
  %134 = mul nsw i32 %132, %133
  %135 = sext i32 %134 to i64
  %136 = mul i64 8, %135
  %137 = call noalias ptr @malloc(i64 noundef %136) #7
  store ptr %137, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %138

138:                                              ; preds = %161, %124
  %139 = load i32, ptr %12, align 4
  %140 = load i32, ptr %9, align 4
  %141 = load i32, ptr %9, align 4
  %142 = mul nsw i32 %140, %141
  %143 = icmp slt i32 %139, %142
  br i1 %143, label %144, label %164

144:                                              ; preds = %138
  %145 = load i32, ptr %12, align 4
  %146 = srem i32 %145, 5
  %147 = sitofp i32 %146 to double
  %148 = call double @llvm.fmuladd.f64(double %147, double 5.000000e-01, double -1.000000e+00)
  %149 = load ptr, ptr %10, align 8
  %150 = load i32, ptr %12, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds double, ptr %149, i64 %151
  store double %148, ptr %152, align 8
  %153 = load i32, ptr %12, align 4
  %154 = srem i32 %153, 7
  %155 = sitofp i32 %154 to double
  %156 = fmul double %155, 2.500000e-01
  %157 = load ptr, ptr %11, align 8
  %158 = load i32, ptr %12, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds double, ptr %157, i64 %159
  store double %156, ptr %160, align 8
  br label %161

161:                                              ; preds = %144
  %162 = load i32, ptr %12, align 4
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %12, align 4
  br label %138, !llvm.loop !12

164:                                              ; preds = %138
  %165 = load ptr, ptr %10, align 8
  %166 = load ptr, ptr %11, align 8
  %167 = load i32, ptr %9, align 4
  %168 = call ptr @dmul(ptr noundef %165, ptr noundef %166, i32 noundef %167)
  store ptr %168, ptr %13, align 8
  store double 0.000000e+00, ptr %14, align 8
  store i32 0, ptr %15, align 4
  br label %169

169:                                              ; preds = %183, %164
  %170 = load i32, ptr %15, align 4
  %171 = load i32, ptr %9, align 4
  %172 = load i32, ptr %9, align 4
  %173 = mul nsw i32 %171, %172
  %174 = icmp slt i32 %170, %173
  br i1 %174, label %175, label %186

175:                                              ; preds = %169
  %176 = load ptr, ptr %13, align 8
  %177 = load i32, ptr %15, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds double, ptr %176, i64 %178
  %180 = load double, ptr %179, align 8
  %181 = load double, ptr %14, align 8
  %182 = fadd double %181, %180
  store double %182, ptr %14, align 8
  br label %183

183:                                              ; preds = %175
  %184 = load i32, ptr %15, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %15, align 4
  br label %169, !llvm.loop !13

186:                                              ; preds = %169
  %187 = load double, ptr %14, align 8
  %188 = load ptr, ptr %13, align 8
  %189 = getelementptr inbounds double, ptr %188, i64 0
  %190 = load double, ptr %189, align 8
  %191 = load ptr, ptr %13, align 8
  %192 = load i32, ptr %9, align 4
  %193 = load i32, ptr %9, align 4
  %194 = mul nsw i32 %192, %193
  %195 = sub nsw i32 %194, 1
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds double, ptr %191, i64 %196
  %198 = load double, ptr %197, align 8
  %199 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %187, double noundef %190, double noundef %198)
  %200 = load ptr, ptr %10, align 8
  call void @free(ptr noundef %200) #8
  %201 = load ptr, ptr %11, align 8
  call void @free(ptr noundef %201) #8
  %202 = load ptr, ptr %13, align 8
  call void @free(ptr noundef %202) #8
  %203 = getelementptr inbounds [2 x [2 x i64]], ptr %16, i64 0, i64 0
  call void @fib_matrix(i32 noundef 90, ptr noundef %203)
  %204 = getelementptr inbounds [2 x [2 x i64]], ptr %16, i64 0, i64 0
  %205 = getelementptr inbounds [2 x i64], ptr %204, i64 0, i64 1
  %206 = load i64, ptr %205, align 8
  %207 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %206)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mul_ijk(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %58, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 12
  br i1 %13, label %14, label %61

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %54, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 12
  br i1 %17, label %18, label %57

18:                                               ; preds = %15
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %42, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 12
  br i1 %21, label %22, label %45

22:                                               ; preds = %19
  %23 = load ptr, ptr %4, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [12 x i64], ptr %23, i64 %25
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [12 x i64], ptr %26, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8
  %31 = load ptr, ptr %5, align 8
  %32 = load i32, ptr %10, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [12 x i64], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [12 x i64], ptr %34, i64 0, i64 %36
  %38 = load i64, ptr %37, align 8
  %39 = mul nsw i64 %30, %38
  %40 = load i64, ptr %9, align 8
  %41 = add nsw i64 %40, %39
  store i64 %41, ptr %9, align 8
  br label %42

42:                                               ; preds = %22
  %43 = load i32, ptr %10, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %10, align 4
  br label %19, !llvm.loop !14

45:                                               ; preds = %19
  %46 = load i64, ptr %9, align 8
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %7, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [12 x i64], ptr %47, i64 %49
  %51 = load i32, ptr %8, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [12 x i64], ptr %50, i64 0, i64 %52
  store i64 %46, ptr %53, align 8
  br label %54

54:                                               ; preds = %45
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4
  br label %15, !llvm.loop !15

57:                                               ; preds = %15
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4
  br label %11, !llvm.loop !16

61:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mul_ikj(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %32, %3
  %14 = load i32, ptr %7, align 4
  %15 = icmp slt i32 %14, 12
  br i1 %15, label %16, label %35

16:                                               ; preds = %13
  store i32 0, ptr %8, align 4
  br label %17

17:                                               ; preds = %28, %16
  %18 = load i32, ptr %8, align 4
  %19 = icmp slt i32 %18, 12
  br i1 %19, label %20, label %31

20:                                               ; preds = %17
  %21 = load ptr, ptr %6, align 8
  %22 = load i32, ptr %7, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [12 x i64], ptr %21, i64 %23
  %25 = load i32, ptr %8, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [12 x i64], ptr %24, i64 0, i64 %26
  store i64 0, ptr %27, align 8
  br label %28

28:                                               ; preds = %20
  %29 = load i32, ptr %8, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %8, align 4
  br label %17, !llvm.loop !17

31:                                               ; preds = %17
  br label %32

32:                                               ; preds = %31
  %33 = load i32, ptr %7, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4
  br label %13, !llvm.loop !18

35:                                               ; preds = %13
  store i32 0, ptr %9, align 4
  br label %36

36:                                               ; preds = %83, %35
  %37 = load i32, ptr %9, align 4
  %38 = icmp slt i32 %37, 12
  br i1 %38, label %39, label %86

39:                                               ; preds = %36
  store i32 0, ptr %10, align 4
  br label %40

40:                                               ; preds = %79, %39
  %41 = load i32, ptr %10, align 4
  %42 = icmp slt i32 %41, 12
  br i1 %42, label %43, label %82

43:                                               ; preds = %40
  %44 = load ptr, ptr %4, align 8
  %45 = load i32, ptr %9, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [12 x i64], ptr %44, i64 %46
  %48 = load i32, ptr %10, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [12 x i64], ptr %47, i64 0, i64 %49
  %51 = load i64, ptr %50, align 8
  store i64 %51, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %52

52:                                               ; preds = %75, %43
  %53 = load i32, ptr %12, align 4
  %54 = icmp slt i32 %53, 12
  br i1 %54, label %55, label %78

55:                                               ; preds = %52
  %56 = load i64, ptr %11, align 8
  %57 = load ptr, ptr %5, align 8
  %58 = load i32, ptr %10, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [12 x i64], ptr %57, i64 %59
  %61 = load i32, ptr %12, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [12 x i64], ptr %60, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8
  %65 = mul nsw i64 %56, %64
  %66 = load ptr, ptr %6, align 8
  %67 = load i32, ptr %9, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [12 x i64], ptr %66, i64 %68
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [12 x i64], ptr %69, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8
  %74 = add nsw i64 %73, %65
  store i64 %74, ptr %72, align 8
  br label %75

75:                                               ; preds = %55
  %76 = load i32, ptr %12, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %12, align 4
  br label %52, !llvm.loop !19

78:                                               ; preds = %52
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %10, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %10, align 4
  br label %40, !llvm.loop !20

82:                                               ; preds = %40
  br label %83

83:                                               ; preds = %82
  %84 = load i32, ptr %9, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %9, align 4
  br label %36, !llvm.loop !21

86:                                               ; preds = %36
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @dmul(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %6, align 4
  %13 = mul nsw i32 %11, %12
  %14 = sext i32 %13 to i64
  %15 = call noalias ptr @calloc(i64 noundef %14, i64 noundef 8) #9
  store ptr %15, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %16

16:                                               ; preds = %67, %3
  %17 = load i32, ptr %8, align 4
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %70

20:                                               ; preds = %16
  store i32 0, ptr %9, align 4
  br label %21

21:                                               ; preds = %63, %20
  %22 = load i32, ptr %9, align 4
  %23 = load i32, ptr %6, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %66

25:                                               ; preds = %21
  store i32 0, ptr %10, align 4
  br label %26

26:                                               ; preds = %59, %25
  %27 = load i32, ptr %10, align 4
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %62

30:                                               ; preds = %26
  %31 = load ptr, ptr %4, align 8
  %32 = load i32, ptr %8, align 4
  %33 = load i32, ptr %6, align 4
  %34 = mul nsw i32 %32, %33
  %35 = load i32, ptr %9, align 4
  %36 = add nsw i32 %34, %35
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds double, ptr %31, i64 %37
  %39 = load double, ptr %38, align 8
  %40 = load ptr, ptr %5, align 8
  %41 = load i32, ptr %9, align 4
  %42 = load i32, ptr %6, align 4
  %43 = mul nsw i32 %41, %42
  %44 = load i32, ptr %10, align 4
  %45 = add nsw i32 %43, %44
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds double, ptr %40, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %8, align 4
  %51 = load i32, ptr %6, align 4
  %52 = mul nsw i32 %50, %51
  %53 = load i32, ptr %10, align 4
  %54 = add nsw i32 %52, %53
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds double, ptr %49, i64 %55
  %57 = load double, ptr %56, align 8
  %58 = call double @llvm.fmuladd.f64(double %39, double %48, double %57)
  store double %58, ptr %56, align 8
  br label %59

59:                                               ; preds = %30
  %60 = load i32, ptr %10, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %10, align 4
  br label %26, !llvm.loop !22

62:                                               ; preds = %26
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %9, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %9, align 4
  br label %21, !llvm.loop !23

66:                                               ; preds = %21
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %8, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %8, align 4
  br label %16, !llvm.loop !24

70:                                               ; preds = %16
  %71 = load ptr, ptr %7, align 8
  ret ptr %71
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fib_matrix(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca [2 x [2 x i64]], align 8
  %6 = alloca [2 x [2 x i64]], align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 @__const.fib_matrix.base, i64 32, i1 false)
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds [2 x i64], ptr %15, i64 1
  %17 = getelementptr inbounds [2 x i64], ptr %16, i64 0, i64 1
  store i64 1, ptr %17, align 8
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds [2 x i64], ptr %18, i64 0
  %20 = getelementptr inbounds [2 x i64], ptr %19, i64 0, i64 0
  store i64 1, ptr %20, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds [2 x i64], ptr %21, i64 1
  %23 = getelementptr inbounds [2 x i64], ptr %22, i64 0, i64 0
  store i64 0, ptr %23, align 8
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds [2 x i64], ptr %24, i64 0
  %26 = getelementptr inbounds [2 x i64], ptr %25, i64 0, i64 1
  store i64 0, ptr %26, align 8
  br label %27

27:                                               ; preds = %186, %2
  %28 = load i32, ptr %3, align 4
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %189

30:                                               ; preds = %27
  %31 = load i32, ptr %3, align 4
  %32 = and i32 %31, 1
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %112

34:                                               ; preds = %30
  store i32 0, ptr %7, align 4
  br label %35

35:                                               ; preds = %78, %34
  %36 = load i32, ptr %7, align 4
  %37 = icmp slt i32 %36, 2
  br i1 %37, label %38, label %81

38:                                               ; preds = %35
  store i32 0, ptr %8, align 4
  br label %39

39:                                               ; preds = %74, %38
  %40 = load i32, ptr %8, align 4
  %41 = icmp slt i32 %40, 2
  br i1 %41, label %42, label %77

42:                                               ; preds = %39
  %43 = load ptr, ptr %4, align 8
  %44 = load i32, ptr %7, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [2 x i64], ptr %43, i64 %45
  %47 = getelementptr inbounds [2 x i64], ptr %46, i64 0, i64 0
  %48 = load i64, ptr %47, align 8
  %49 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 0
  %50 = load i32, ptr %8, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [2 x i64], ptr %49, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8
  %54 = mul i64 %48, %53
  %55 = load ptr, ptr %4, align 8
  %56 = load i32, ptr %7, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [2 x i64], ptr %55, i64 %57
  %59 = getelementptr inbounds [2 x i64], ptr %58, i64 0, i64 1
  %60 = load i64, ptr %59, align 8
  %61 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 1
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [2 x i64], ptr %61, i64 0, i64 %63
  %65 = load i64, ptr %64, align 8
  %66 = mul i64 %60, %65
  %67 = add i64 %54, %66
  %68 = load i32, ptr %7, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [2 x [2 x i64]], ptr %6, i64 0, i64 %69
  %71 = load i32, ptr %8, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [2 x i64], ptr %70, i64 0, i64 %72
  store i64 %67, ptr %73, align 8
  br label %74

74:                                               ; preds = %42
  %75 = load i32, ptr %8, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %8, align 4
  br label %39, !llvm.loop !25

77:                                               ; preds = %39
  br label %78

78:                                               ; preds = %77
  %79 = load i32, ptr %7, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %7, align 4
  br label %35, !llvm.loop !26

81:                                               ; preds = %35
  store i32 0, ptr %9, align 4
  br label %82

82:                                               ; preds = %108, %81
  %83 = load i32, ptr %9, align 4
  %84 = icmp slt i32 %83, 2
  br i1 %84, label %85, label %111

85:                                               ; preds = %82
  store i32 0, ptr %10, align 4
  br label %86

86:                                               ; preds = %104, %85
  %87 = load i32, ptr %10, align 4
  %88 = icmp slt i32 %87, 2
  br i1 %88, label %89, label %107

89:                                               ; preds = %86
  %90 = load i32, ptr %9, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [2 x [2 x i64]], ptr %6, i64 0, i64 %91
  %93 = load i32, ptr %10, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [2 x i64], ptr %92, i64 0, i64 %94
  %96 = load i64, ptr %95, align 8
  %97 = load ptr, ptr %4, align 8
  %98 = load i32, ptr %9, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [2 x i64], ptr %97, i64 %99
  %101 = load i32, ptr %10, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [2 x i64], ptr %100, i64 0, i64 %102
  store i64 %96, ptr %103, align 8
  br label %104

104:                                              ; preds = %89
  %105 = load i32, ptr %10, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %10, align 4
  br label %86, !llvm.loop !27

107:                                              ; preds = %86
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %9, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %9, align 4
  br label %82, !llvm.loop !28

111:                                              ; preds = %82
  br label %112

112:                                              ; preds = %111, %30
  store i32 0, ptr %11, align 4
  br label %113

113:                                              ; preds = %154, %112
  %114 = load i32, ptr %11, align 4
  %115 = icmp slt i32 %114, 2
  br i1 %115, label %116, label %157

116:                                              ; preds = %113
  store i32 0, ptr %12, align 4
  br label %117

117:                                              ; preds = %150, %116
  %118 = load i32, ptr %12, align 4
  %119 = icmp slt i32 %118, 2
  br i1 %119, label %120, label %153

120:                                              ; preds = %117
  %121 = load i32, ptr %11, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 %122
  %124 = getelementptr inbounds [2 x i64], ptr %123, i64 0, i64 0
  %125 = load i64, ptr %124, align 8
  %126 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 0
  %127 = load i32, ptr %12, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [2 x i64], ptr %126, i64 0, i64 %128
  %130 = load i64, ptr %129, align 8
  %131 = mul i64 %125, %130
  %132 = load i32, ptr %11, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 %133
  %135 = getelementptr inbounds [2 x i64], ptr %134, i64 0, i64 1
  %136 = load i64, ptr %135, align 8
  %137 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 1
  %138 = load i32, ptr %12, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [2 x i64], ptr %137, i64 0, i64 %139
  %141 = load i64, ptr %140, align 8
  %142 = mul i64 %136, %141
  %143 = add i64 %131, %142
  %144 = load i32, ptr %11, align 4
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [2 x [2 x i64]], ptr %6, i64 0, i64 %145
  %147 = load i32, ptr %12, align 4
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [2 x i64], ptr %146, i64 0, i64 %148
  store i64 %143, ptr %149, align 8
  br label %150

150:                                              ; preds = %120
  %151 = load i32, ptr %12, align 4
  %152 = add nsw i32 %151, 1
  store i32 %152, ptr %12, align 4
  br label %117, !llvm.loop !29

153:                                              ; preds = %117
  br label %154

154:                                              ; preds = %153
  %155 = load i32, ptr %11, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %11, align 4
  br label %113, !llvm.loop !30

157:                                              ; preds = %113
  store i32 0, ptr %13, align 4
  br label %158

158:                                              ; preds = %183, %157
  %159 = load i32, ptr %13, align 4
  %160 = icmp slt i32 %159, 2
  br i1 %160, label %161, label %186

161:                                              ; preds = %158
  store i32 0, ptr %14, align 4
  br label %162

162:                                              ; preds = %179, %161
  %163 = load i32, ptr %14, align 4
  %164 = icmp slt i32 %163, 2
  br i1 %164, label %165, label %182

165:                                              ; preds = %162
  %166 = load i32, ptr %13, align 4
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [2 x [2 x i64]], ptr %6, i64 0, i64 %167
  %169 = load i32, ptr %14, align 4
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [2 x i64], ptr %168, i64 0, i64 %170
  %172 = load i64, ptr %171, align 8
  %173 = load i32, ptr %13, align 4
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [2 x [2 x i64]], ptr %5, i64 0, i64 %174
  %176 = load i32, ptr %14, align 4
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [2 x i64], ptr %175, i64 0, i64 %177
  store i64 %172, ptr %178, align 8
  br label %179

179:                                              ; preds = %165
  %180 = load i32, ptr %14, align 4
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %14, align 4
  br label %162, !llvm.loop !31

182:                                              ; preds = %162
  br label %183

183:                                              ; preds = %182
  %184 = load i32, ptr %13, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %13, align 4
  br label %158, !llvm.loop !32

186:                                              ; preds = %158
  %187 = load i32, ptr %3, align 4
  %188 = lshr i32 %187, 1
  store i32 %188, ptr %3, align 4
  br label %27, !llvm.loop !33

189:                                              ; preds = %27
  ret void
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind allocsize(0,1) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }
attributes #9 = { nounwind allocsize(0,1) }

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
