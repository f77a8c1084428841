; ModuleID = 'vla_alloca.c'
source_filename = "vla_alloca.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"vla_sum(%d)=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"loop total=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [40 x i8] c"m[4][6]=%d trace=%d sizeof=%zu row=%zu\0A\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"stack\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"alloca\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@__const.main.words = private unnamed_addr constant [4 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 8
@.str.7 = private unnamed_addr constant [16 x i8] c"reversed: '%s'\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"join len=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"left\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"right\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c"grid: %g %g\0A\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"+\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"joined: %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca [4 x ptr], align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %2, align 4
  br label %22

22:                                               ; preds = %30, %0
  %23 = load i32, ptr %2, align 4
  %24 = icmp sle i32 %23, 64
  br i1 %24, label %25, label %33

25:                                               ; preds = %22
  %26 = load i32, ptr %2, align 4
  %27 = load i32, ptr %2, align 4
  %28 = call i64 @vla_sum(i32 noundef %27)
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %26, i64 noundef %28)
  br label %30

30:                                               ; preds = %25
  %31 = load i32, ptr %2, align 4
  %32 = mul nsw i32 %31, 4
  store i32 %32, ptr %2, align 4
  br label %22, !llvm.loop !6

33:                                               ; preds = %22
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %34

34:                                               ; preds = %55, %33
  %35 = load i32, ptr %4, align 4
  %36 = icmp slt i32 %35, 10000
  br i1 %36, label %37, label %58

37:                                               ; preds = %34
  %38 = load i32, ptr %4, align 4
  %39 = srem i32 %38, 100
  %40 = add nsw i32 %39, 1
  %41 = zext i32 %40 to i64
  %42 = call ptr @llvm.stacksave.p0()
  store ptr %42, ptr %5, align 8
  %43 = alloca i8, i64 %41, align 1
  store i64 %41, ptr %6, align 8
  %44 = load i32, ptr %4, align 4
  %45 = and i32 %44, 127
  %46 = trunc i32 %45 to i8
  call void @llvm.memset.p0.i64(ptr align 1 %43, i8 %46, i64 %41, i1 false)
  %47 = sub i64 %41, 1
  %48 = getelementptr inbounds i8, ptr %43, i64 %47
  %49 = load i8, ptr %48, align 1
  %50 = zext i8 %49 to i64
  %51 = add nsw i64 %50, %41
  %52 = load i64, ptr %3, align 8
  %53 = add nsw i64 %52, %51
  store i64 %53, ptr %3, align 8
  %54 = load ptr, ptr %5, align 8
  call void @llvm.stackrestore.p0(ptr %54)
  br label %55

55:                                               ; preds = %37
  %56 = load i32, ptr %4, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %4, align 4
  br label %34, !llvm.loop !8

58:                                               ; preds = %34
  %59 = load i64, ptr %3, align 8
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %59)
  store i32 5, ptr %7, align 4
  store i32 7, ptr %8, align 4
  %61 = load i32, ptr %7, align 4
  %62 = zext i32 %61 to i64
  %63 = load i32, ptr %8, align 4
  %64 = zext i32 %63 to i64
  %65 = call ptr @llvm.stacksave.p0()
  store ptr %65, ptr %9, align 8
  %66 = mul nuw i64 %62, %64
  %67 = alloca i32, i64 %66, align 4
  store i64 %62, ptr %10, align 8
  store i64 %64, ptr %11, align 8
  %68 = load i32, ptr %7, align 4
  %69 = load i32, ptr %8, align 4
  call void @fill_matrix(i32 noundef %68, i32 noundef %69, ptr noundef %67)
  %70 = mul nsw i64 4, %64
  %71 = getelementptr inbounds i32, ptr %67, i64 %70
  %72 = getelementptr inbounds i32, ptr %71, i64 6
  %73 = load i32, ptr %72, align 4
  %74 = load i32, ptr %7, align 4
  %75 = load i32, ptr %8, align 4
  %76 = call i32 @matrix_trace_like(i32 noundef %74, i32 noundef %75, ptr noundef %67)
  %77 = mul nuw i64 %62, %64
  %78 = mul nuw i64 4, %77
  %79 = mul nsw i64 0, %64
  %80 = getelementptr inbounds i32, ptr %67, i64 %79
  %81 = mul nuw i64 4, %64
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %73, i32 noundef %76, i64 noundef %78, i64 noundef %81)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 @__const.main.words, i64 32, i1 false)
  store i32 0, ptr %13, align 4
  br label %83

83:                                               ; preds = %101, %58
  %84 = load i32, ptr %13, align 4
  %85 = icmp slt i32 %84, 4
  br i1 %85, label %86, label %104

86:                                               ; preds = %83
  %87 = load i32, ptr %13, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [4 x ptr], ptr %12, i64 0, i64 %88
  %90 = load ptr, ptr %89, align 8
  %91 = call i64 @strlen(ptr noundef %90) #7
  %92 = add i64 %91, 1
  %93 = alloca i8, i64 %92, align 16
  store ptr %93, ptr %14, align 8
  %94 = load i32, ptr %13, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [4 x ptr], ptr %12, i64 0, i64 %95
  %97 = load ptr, ptr %96, align 8
  %98 = load ptr, ptr %14, align 8
  %99 = call ptr @reverse_copy(ptr noundef %97, ptr noundef %98)
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %99)
  br label %101

101:                                              ; preds = %86
  %102 = load i32, ptr %13, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %13, align 4
  br label %83, !llvm.loop !9

104:                                              ; preds = %83
  %105 = call i32 @alloca_join(ptr noundef @.str.9, ptr noundef @.str.10)
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %105)
  store i32 3, ptr %15, align 4
  %107 = load i32, ptr %15, align 4
  %108 = zext i32 %107 to i64
  %109 = load i32, ptr %15, align 4
  %110 = zext i32 %109 to i64
  %111 = load i32, ptr %15, align 4
  %112 = zext i32 %111 to i64
  %113 = mul nuw i64 %108, %110
  %114 = mul nuw i64 %113, %112
  %115 = alloca double, i64 %114, align 8
  store i64 %108, ptr %16, align 8
  store i64 %110, ptr %17, align 8
  store i64 %112, ptr %18, align 8
  store i32 0, ptr %19, align 4
  br label %116

116:                                              ; preds = %160, %104
  %117 = load i32, ptr %19, align 4
  %118 = load i32, ptr %15, align 4
  %119 = icmp slt i32 %117, %118
  br i1 %119, label %120, label %163

120:                                              ; preds = %116
  store i32 0, ptr %20, align 4
  br label %121

121:                                              ; preds = %156, %120
  %122 = load i32, ptr %20, align 4
  %123 = load i32, ptr %15, align 4
  %124 = icmp slt i32 %122, %123
  br i1 %124, label %125, label %159

125:                                              ; preds = %121
  store i32 0, ptr %21, align 4
  br label %126

126:                                              ; preds = %152, %125
  %127 = load i32, ptr %21, align 4
  %128 = load i32, ptr %15, align 4
  %129 = icmp slt i32 %127, %128
  br i1 %129, label %130, label %155

130:                                              ; preds = %126
  %131 = load i32, ptr %19, align 4
  %132 = mul nsw i32 %131, 100
  %133 = load i32, ptr %20, align 4
  %134 = mul nsw i32 %133, 10
  %135 = add nsw i32 %132, %134
  %136 = load i32, ptr %21, align 4
  %137 = add nsw i32 %135, %136
  %138 = sitofp i32 %137 to double
  %139 = fadd double %138, 5.000000e-01
  %140 = load i32, ptr %19, align 4
  %141 = sext i32 %140 to i64
  %142 = mul nuw i64 %110, %112
  %143 = mul nsw i64 %141, %142
  %144 = getelementptr inbounds double, ptr %115, i64 %143
  %145 = load i32, ptr %20, align 4
  %146 = sext i32 %145 to i64
  %147 = mul nsw i64 %146, %112
  %148 = getelementptr inbounds double, ptr %144, i64 %147
  %149 = load i32, ptr %21, align 4
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds double, ptr %148, i64 %150
  store double %139, ptr %151, align 8
  br label %152

152:                                              ; preds = %130
  %153 = load i32, ptr %21, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %21, align 4
  br label %126, !llvm.loop !10

155:                                              ; preds = %126
  br label %156

156:                                              ; preds = %155
  %157 = load i32, ptr %20, align 4
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %20, align 4
  br label %121, !llvm.loop !11

159:                                              ; preds = %121
  br label %160

160:                                              ; preds = %159
  %161 = load i32, ptr %19, align 4
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %19, align 4
  br label %116, !llvm.loop !12

163:                                              ; preds = %116
  %164 = mul nuw i64 %110, %112
  %165 = mul nsw i64 2, %164
  %166 = getelementptr inbounds double, ptr %115, i64 %165
  %167 = mul nsw i64 1, %112
  %168 = getelementptr inbounds double, ptr %166, i64 %167
  %169 = getelementptr inbounds double, ptr %168, i64 0
  %170 = load double, ptr %169, align 8
  %171 = mul nuw i64 %110, %112
  %172 = mul nsw i64 1, %171
  %173 = getelementptr inbounds double, ptr %115, i64 %172
  %174 = mul nsw i64 2, %112
  %175 = getelementptr inbounds double, ptr %173, i64 %174
  %176 = getelementptr inbounds double, ptr %175, i64 2
  %177 = load double, ptr %176, align 8
  %178 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %170, double noundef %177)
  store i32 0, ptr %1, align 4
  %179 = load ptr, ptr %9, align 8
  call void @llvm.stackrestore.p0(ptr %179)
  %180 = load i32, ptr %1, align 4
  ret i32 %180
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @vla_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %8 = load i32, ptr %2, align 4
  %9 = zext i32 %8 to i64
  %10 = call ptr @llvm.stacksave.p0()
  store ptr %10, ptr %3, align 8
  %11 = alloca i64, i64 %9, align 8
  store i64 %9, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %25, %1
  %13 = load i32, ptr %5, align 4
  %14 = load i32, ptr %2, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %28

16:                                               ; preds = %12
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = sext i32 %19 to i64
  %21 = mul nsw i64 %18, %20
  %22 = load i32, ptr %5, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i64, ptr %11, i64 %23
  store i64 %21, ptr %24, align 8
  br label %25

25:                                               ; preds = %16
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %5, align 4
  br label %12, !llvm.loop !13

28:                                               ; preds = %12
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %29

29:                                               ; preds = %40, %28
  %30 = load i32, ptr %7, align 4
  %31 = load i32, ptr %2, align 4
  %32 = icmp slt i32 %30, %31
  br i1 %32, label %33, label %43

33:                                               ; preds = %29
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i64, ptr %11, i64 %35
  %37 = load i64, ptr %36, align 8
  %38 = load i64, ptr %6, align 8
  %39 = add nsw i64 %38, %37
  store i64 %39, ptr %6, align 8
  br label %40

40:                                               ; preds = %33
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4
  br label %29, !llvm.loop !14

43:                                               ; preds = %29
  %44 = load i64, ptr %6, align 8
  %45 = mul nuw i64 8, %9
  %46 = add nsw i64 %44, %45
  %47 = load ptr, ptr %3, align 8
  call void @llvm.stackrestore.p0(ptr %47)
  ret i64 %46
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fill_matrix(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %9 = load i32, ptr %4, align 4
  %10 = zext i32 %9 to i64
  %11 = load i32, ptr %5, align 4
  %12 = zext i32 %11 to i64
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %40, %3
  %14 = load i32, ptr %7, align 4
  %15 = load i32, ptr %4, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %43

17:                                               ; preds = %13
  store i32 0, ptr %8, align 4
  br label %18

18:                                               ; preds = %36, %17
  %19 = load i32, ptr %8, align 4
  %20 = load i32, ptr %5, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %39

22:                                               ; preds = %18
  %23 = load i32, ptr %7, align 4
  %24 = load i32, ptr %5, align 4
  %25 = mul nsw i32 %23, %24
  %26 = load i32, ptr %8, align 4
  %27 = add nsw i32 %25, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = mul nsw i64 %30, %12
  %32 = getelementptr inbounds i32, ptr %28, i64 %31
  %33 = load i32, ptr %8, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %32, i64 %34
  store i32 %27, ptr %35, align 4
  br label %36

36:                                               ; preds = %22
  %37 = load i32, ptr %8, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %8, align 4
  br label %18, !llvm.loop !15

39:                                               ; preds = %18
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4
  br label %13, !llvm.loop !16

43:                                               ; preds = %13
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @matrix_trace_like(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %9 = load i32, ptr %4, align 4
  %10 = zext i32 %9 to i64
  %11 = load i32, ptr %5, align 4
  %12 = zext i32 %11 to i64
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %13

13:                                               ; preds = %31, %3
  %14 = load i32, ptr %8, align 4
  %15 = load i32, ptr %4, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %34

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %8, align 4
  %20 = sext i32 %19 to i64
  %21 = mul nsw i64 %20, %12
  %22 = getelementptr inbounds i32, ptr %18, i64 %21
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %5, align 4
  %25 = srem i32 %23, %24
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i32, ptr %22, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = load i32, ptr %7, align 4
  %30 = add nsw i32 %29, %28
  store i32 %30, ptr %7, align 4
  br label %31

31:                                               ; preds = %17
  %32 = load i32, ptr %8, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %8, align 4
  br label %13, !llvm.loop !17

34:                                               ; preds = %13
  %35 = load i32, ptr %7, align 4
  ret i32 %35
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @reverse_copy(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = call i64 @strlen(ptr noundef %7) #7
  store i64 %8, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %9

9:                                                ; preds = %24, %2
  %10 = load i64, ptr %6, align 8
  %11 = load i64, ptr %5, align 8
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %27

13:                                               ; preds = %9
  %14 = load ptr, ptr %3, align 8
  %15 = load i64, ptr %5, align 8
  %16 = sub i64 %15, 1
  %17 = load i64, ptr %6, align 8
  %18 = sub i64 %16, %17
  %19 = getelementptr inbounds i8, ptr %14, i64 %18
  %20 = load i8, ptr %19, align 1
  %21 = load ptr, ptr %4, align 8
  %22 = load i64, ptr %6, align 8
  %23 = getelementptr inbounds i8, ptr %21, i64 %22
  store i8 %20, ptr %23, align 1
  br label %24

24:                                               ; preds = %13
  %25 = load i64, ptr %6, align 8
  %26 = add i64 %25, 1
  store i64 %26, ptr %6, align 8
  br label %9, !llvm.loop !18

27:                                               ; preds = %9
  %28 = load ptr, ptr %4, align 8
  %29 = load i64, ptr %5, align 8
  %30 = getelementptr inbounds i8, ptr %28, i64 %29
  store i8 0, ptr %30, align 1
  %31 = load ptr, ptr %4, align 8
  ret ptr %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @alloca_join(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = call i64 @strlen(ptr noundef %7) #7
  %9 = load ptr, ptr %4, align 8
  %10 = call i64 @strlen(ptr noundef %9) #7
  %11 = add i64 %8, %10
  %12 = add i64 %11, 2
  store i64 %12, ptr %5, align 8
  %13 = load i64, ptr %5, align 8
  %14 = alloca i8, i64 %13, align 16
  store ptr %14, ptr %6, align 8
  %15 = load ptr, ptr %6, align 8
  %16 = load ptr, ptr %3, align 8
  %17 = call ptr @strcpy(ptr noundef %15, ptr noundef %16) #8
  %18 = load ptr, ptr %6, align 8
  %19 = call ptr @strcat(ptr noundef %18, ptr noundef @.str.12) #8
  %20 = load ptr, ptr %6, align 8
  %21 = load ptr, ptr %4, align 8
  %22 = call ptr @strcat(ptr noundef %20, ptr noundef %21) #8
  %23 = load ptr, ptr %6, align 8
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %23)
  %25 = load ptr, ptr %6, align 8
  %26 = call i64 @strlen(ptr noundef %25) #7
  %27 = trunc i64 %26 to i32
  ret i32 %27
}

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #6

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nosync nounwind willreturn }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }

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
