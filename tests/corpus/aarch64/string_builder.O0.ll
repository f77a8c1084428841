; ModuleID = 'string_builder.c'
source_filename = "string_builder.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Sb = type { ptr, i64, i64, i32 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@.str = private unnamed_addr constant [10 x i8] c"%s%d^2=%d\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c", \00", align 1
@.str.2 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"%s\0Alen=%zu cap=%zu grows=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [44 x i8] c"the rain in spain stays mainly in the plain\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"words reversed: %s\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"ain\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"AIN!\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"replaced: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"parts=%zu cap=%zu:\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c" [%s]\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Sb, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 32, i1 false)
  store i32 1, ptr %3, align 4
  br label %12

12:                                               ; preds = %24, %0
  %13 = load i32, ptr %3, align 4
  %14 = icmp sle i32 %13, 12
  br i1 %14, label %15, label %27

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4
  %17 = icmp sgt i32 %16, 1
  %18 = zext i1 %17 to i64
  %19 = select i1 %17, ptr @.str.1, ptr @.str.2
  %20 = load i32, ptr %3, align 4
  %21 = load i32, ptr %3, align 4
  %22 = load i32, ptr %3, align 4
  %23 = mul nsw i32 %21, %22
  call void (ptr, ptr, ...) @sb_printf(ptr noundef %2, ptr noundef @.str, ptr noundef %19, i32 noundef %20, i32 noundef %23)
  br label %24

24:                                               ; preds = %15
  %25 = load i32, ptr %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %3, align 4
  br label %12, !llvm.loop !6

27:                                               ; preds = %12
  %28 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %29 = load ptr, ptr %28, align 8
  %30 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 1
  %31 = load i64, ptr %30, align 8
  %32 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 2
  %33 = load i64, ptr %32, align 8
  %34 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 3
  %35 = load i32, ptr %34, align 8
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %29, i64 noundef %31, i64 noundef %33, i32 noundef %35)
  %37 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 1
  store i64 0, ptr %37, align 8
  call void @sb_append(ptr noundef %2, ptr noundef @.str.4)
  %38 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8
  %40 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8
  %42 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 1
  %43 = load i64, ptr %42, align 8
  %44 = getelementptr inbounds i8, ptr %41, i64 %43
  %45 = getelementptr inbounds i8, ptr %44, i64 -1
  call void @reverse(ptr noundef %39, ptr noundef %45)
  %46 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %47 = load ptr, ptr %46, align 8
  store ptr %47, ptr %4, align 8
  br label %48

48:                                               ; preds = %82, %27
  %49 = load ptr, ptr %4, align 8
  %50 = load i8, ptr %49, align 1
  %51 = icmp ne i8 %50, 0
  br i1 %51, label %52, label %84

52:                                               ; preds = %48
  %53 = load ptr, ptr %4, align 8
  store ptr %53, ptr %5, align 8
  br label %54

54:                                               ; preds = %66, %52
  %55 = load ptr, ptr %5, align 8
  %56 = load i8, ptr %55, align 1
  %57 = zext i8 %56 to i32
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %64

59:                                               ; preds = %54
  %60 = load ptr, ptr %5, align 8
  %61 = load i8, ptr %60, align 1
  %62 = zext i8 %61 to i32
  %63 = icmp ne i32 %62, 32
  br label %64

64:                                               ; preds = %59, %54
  %65 = phi i1 [ false, %54 ], [ %63, %59 ]
  br i1 %65, label %66, label %69

66:                                               ; preds = %64
  %67 = load ptr, ptr %5, align 8
  %68 = getelementptr inbounds i8, ptr %67, i32 1
  store ptr %68, ptr %5, align 8
  br label %54, !llvm.loop !8

69:                                               ; preds = %64
  %70 = load ptr, ptr %4, align 8
  %71 = load ptr, ptr %5, align 8
  %72 = getelementptr inbounds i8, ptr %71, i64 -1
  call void @reverse(ptr noundef %70, ptr noundef %72)
  %73 = load ptr, ptr %5, align 8
  %74 = load i8, ptr %73, align 1
  %75 = zext i8 %74 to i32
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %80

77:                                               ; preds = %69
  %78 = load ptr, ptr %5, align 8
  %79 = getelementptr inbounds i8, ptr %78, i64 1
  br label %82

80:                                               ; preds = %69
  %81 = load ptr, ptr %5, align 8
  br label %82

82:                                               ; preds = %80, %77
  %83 = phi ptr [ %79, %77 ], [ %81, %80 ]
  store ptr %83, ptr %4, align 8
  br label %48, !llvm.loop !9

84:                                               ; preds = %48
  %85 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %86 = load ptr, ptr %85, align 8
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %86)
  %88 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %89 = load ptr, ptr %88, align 8
  %90 = call ptr @replace_all(ptr noundef %89, ptr noundef @.str.6, ptr noundef @.str.7)
  store ptr %90, ptr %6, align 8
  %91 = load ptr, ptr %6, align 8
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %91)
  %93 = load ptr, ptr %6, align 8
  call void @free(ptr noundef %93) #10
  store i64 0, ptr %7, align 8
  store i64 2, ptr %8, align 8
  %94 = load i64, ptr %8, align 8
  %95 = mul i64 %94, 8
  %96 = call noalias ptr @malloc(i64 noundef %95) #11
  store ptr %96, ptr %9, align 8
  %97 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %98 = load ptr, ptr %97, align 8
  %99 = call ptr @strtok(ptr noundef %98, ptr noundef @.str.9) #10
  store ptr %99, ptr %10, align 8
  br label %100

100:                                              ; preds = %119, %84
  %101 = load ptr, ptr %10, align 8
  %102 = icmp ne ptr %101, null
  br i1 %102, label %103, label %121

103:                                              ; preds = %100
  %104 = load i64, ptr %7, align 8
  %105 = load i64, ptr %8, align 8
  %106 = icmp eq i64 %104, %105
  br i1 %106, label %107, label %113

107:                                              ; preds = %103
  %108 = load ptr, ptr %9, align 8
  %109 = load i64, ptr %8, align 8
  %110 = mul i64 %109, 2
  store i64 %110, ptr %8, align 8
  %111 = mul i64 %110, 8
  %112 = call ptr @realloc(ptr noundef %108, i64 noundef %111) #12
  store ptr %112, ptr %9, align 8
  br label %113

113:                                              ; preds = %107, %103
  %114 = load ptr, ptr %10, align 8
  %115 = load ptr, ptr %9, align 8
  %116 = load i64, ptr %7, align 8
  %117 = add i64 %116, 1
  store i64 %117, ptr %7, align 8
  %118 = getelementptr inbounds ptr, ptr %115, i64 %116
  store ptr %114, ptr %118, align 8
  br label %119

119:                                              ; preds = %113
  %120 = call ptr @strtok(ptr noundef null, ptr noundef @.str.9) #10
  store ptr %120, ptr %10, align 8
  br label %100, !llvm.loop !10

121:                                              ; preds = %100
  %122 = load i64, ptr %7, align 8
  %123 = load i64, ptr %8, align 8
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %122, i64 noundef %123)
  store i64 0, ptr %11, align 8
  br label %125

125:                                              ; preds = %135, %121
  %126 = load i64, ptr %11, align 8
  %127 = load i64, ptr %7, align 8
  %128 = icmp ult i64 %126, %127
  br i1 %128, label %129, label %138

129:                                              ; preds = %125
  %130 = load ptr, ptr %9, align 8
  %131 = load i64, ptr %11, align 8
  %132 = getelementptr inbounds ptr, ptr %130, i64 %131
  %133 = load ptr, ptr %132, align 8
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %133)
  br label %135

135:                                              ; preds = %129
  %136 = load i64, ptr %11, align 8
  %137 = add i64 %136, 1
  store i64 %137, ptr %11, align 8
  br label %125, !llvm.loop !11

138:                                              ; preds = %125
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  %140 = load ptr, ptr %9, align 8
  call void @free(ptr noundef %140) #10
  %141 = getelementptr inbounds %struct.Sb, ptr %2, i32 0, i32 0
  %142 = load ptr, ptr %141, align 8
  call void @free(ptr noundef %142) #10
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_printf(ptr noundef %0, ptr noundef %1, ...) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.__va_list, align 8
  %6 = alloca [128 x i8], align 1
  %7 = alloca %struct.__va_list, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  call void @llvm.va_start.p0(ptr %5)
  %8 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0
  %9 = load ptr, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %5, i64 32, i1 false)
  %10 = call i32 @vsnprintf(ptr noundef %8, i64 noundef 128, ptr noundef %9, ptr noundef %7) #10
  call void @llvm.va_end.p0(ptr %5)
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0
  call void @sb_append(ptr noundef %11, ptr noundef %12)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_append(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = call i64 @strlen(ptr noundef %6) #13
  store i64 %7, ptr %5, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = load i64, ptr %5, align 8
  call void @sb_reserve(ptr noundef %8, i64 noundef %9)
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds %struct.Sb, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds %struct.Sb, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = getelementptr inbounds i8, ptr %12, i64 %15
  %17 = load ptr, ptr %4, align 8
  %18 = load i64, ptr %5, align 8
  %19 = add i64 %18, 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr align 1 %17, i64 %19, i1 false)
  %20 = load i64, ptr %5, align 8
  %21 = load ptr, ptr %3, align 8
  %22 = getelementptr inbounds %struct.Sb, ptr %21, i32 0, i32 1
  %23 = load i64, ptr %22, align 8
  %24 = add i64 %23, %20
  store i64 %24, ptr %22, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @reverse(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = icmp ult ptr %7, %8
  br i1 %9, label %10, label %20

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8
  %12 = load i8, ptr %11, align 1
  store i8 %12, ptr %5, align 1
  %13 = load ptr, ptr %4, align 8
  %14 = load i8, ptr %13, align 1
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds i8, ptr %15, i32 1
  store ptr %16, ptr %3, align 8
  store i8 %14, ptr %15, align 1
  %17 = load i8, ptr %5, align 1
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds i8, ptr %18, i32 -1
  store ptr %19, ptr %4, align 8
  store i8 %17, ptr %18, align 1
  br label %6, !llvm.loop !12

20:                                               ; preds = %6
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @replace_all(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.Sb, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 32, i1 false)
  %10 = load ptr, ptr %5, align 8
  %11 = call i64 @strlen(ptr noundef %10) #13
  store i64 %11, ptr %8, align 8
  br label %12

12:                                               ; preds = %17, %3
  %13 = load ptr, ptr %4, align 8
  %14 = load ptr, ptr %5, align 8
  %15 = call ptr @strstr(ptr noundef %13, ptr noundef %14) #13
  store ptr %15, ptr %9, align 8
  %16 = icmp ne ptr %15, null
  br i1 %16, label %17, label %51

17:                                               ; preds = %12
  %18 = load ptr, ptr %9, align 8
  %19 = load ptr, ptr %4, align 8
  %20 = ptrtoint ptr %18 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  call void @sb_reserve(ptr noundef %7, i64 noundef %22)
  %23 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 1
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %24, i64 %26
  %28 = load ptr, ptr %4, align 8
  %29 = load ptr, ptr %9, align 8
  %30 = load ptr, ptr %4, align 8
  %31 = ptrtoint ptr %29 to i64
  %32 = ptrtoint ptr %30 to i64
  %33 = sub i64 %31, %32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %27, ptr align 1 %28, i64 %33, i1 false)
  %34 = load ptr, ptr %9, align 8
  %35 = load ptr, ptr %4, align 8
  %36 = ptrtoint ptr %34 to i64
  %37 = ptrtoint ptr %35 to i64
  %38 = sub i64 %36, %37
  %39 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 1
  %40 = load i64, ptr %39, align 8
  %41 = add i64 %40, %38
  store i64 %41, ptr %39, align 8
  %42 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 0
  %43 = load ptr, ptr %42, align 8
  %44 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 1
  %45 = load i64, ptr %44, align 8
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  store i8 0, ptr %46, align 1
  %47 = load ptr, ptr %6, align 8
  call void @sb_append(ptr noundef %7, ptr noundef %47)
  %48 = load ptr, ptr %9, align 8
  %49 = load i64, ptr %8, align 8
  %50 = getelementptr inbounds i8, ptr %48, i64 %49
  store ptr %50, ptr %4, align 8
  br label %12, !llvm.loop !13

51:                                               ; preds = %12
  %52 = load ptr, ptr %4, align 8
  call void @sb_append(ptr noundef %7, ptr noundef %52)
  %53 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 0
  %54 = load ptr, ptr %53, align 8
  ret ptr %54
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: nounwind
declare ptr @strtok(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #6

; Function Attrs: nounwind
declare i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #6

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #8

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sb_reserve(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.Sb, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = load i64, ptr %4, align 8
  %11 = add i64 %9, %10
  %12 = add i64 %11, 1
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds %struct.Sb, ptr %13, i32 0, i32 2
  %15 = load i64, ptr %14, align 8
  %16 = icmp ule i64 %12, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %2
  br label %62

18:                                               ; preds = %2
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds %struct.Sb, ptr %19, i32 0, i32 2
  %21 = load i64, ptr %20, align 8
  %22 = icmp ne i64 %21, 0
  br i1 %22, label %23, label %27

23:                                               ; preds = %18
  %24 = load ptr, ptr %3, align 8
  %25 = getelementptr inbounds %struct.Sb, ptr %24, i32 0, i32 2
  %26 = load i64, ptr %25, align 8
  br label %28

27:                                               ; preds = %18
  br label %28

28:                                               ; preds = %27, %23
  %29 = phi i64 [ %26, %23 ], [ 8, %27 ]
  store i64 %29, ptr %5, align 8
  br label %30

30:                                               ; preds = %39, %28
  %31 = load i64, ptr %5, align 8
  %32 = load ptr, ptr %3, align 8
  %33 = getelementptr inbounds %struct.Sb, ptr %32, i32 0, i32 1
  %34 = load i64, ptr %33, align 8
  %35 = load i64, ptr %4, align 8
  %36 = add i64 %34, %35
  %37 = add i64 %36, 1
  %38 = icmp ult i64 %31, %37
  br i1 %38, label %39, label %42

39:                                               ; preds = %30
  %40 = load i64, ptr %5, align 8
  %41 = mul i64 %40, 2
  store i64 %41, ptr %5, align 8
  br label %30, !llvm.loop !14

42:                                               ; preds = %30
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds %struct.Sb, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %44, align 8
  %46 = load i64, ptr %5, align 8
  %47 = call ptr @realloc(ptr noundef %45, i64 noundef %46) #12
  store ptr %47, ptr %6, align 8
  %48 = load ptr, ptr %6, align 8
  %49 = icmp ne ptr %48, null
  br i1 %49, label %51, label %50

50:                                               ; preds = %42
  call void @exit(i32 noundef 90) #14
  unreachable

51:                                               ; preds = %42
  %52 = load ptr, ptr %6, align 8
  %53 = load ptr, ptr %3, align 8
  %54 = getelementptr inbounds %struct.Sb, ptr %53, i32 0, i32 0
  store ptr %52, ptr %54, align 8
  %55 = load i64, ptr %5, align 8
  %56 = load ptr, ptr %3, align 8
  %57 = getelementptr inbounds %struct.Sb, ptr %56, i32 0, i32 2
  store i64 %55, ptr %57, align 8
  %58 = load ptr, ptr %3, align 8
  %59 = getelementptr inbounds %struct.Sb, ptr %58, i32 0, i32 3
  %60 = load i32, ptr %59, align 8
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 8
  br label %62

62:                                               ; preds = %51, %17
  ret void
}

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) #9

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #8

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind allocsize(1) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nofree nosync nounwind willreturn }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nounwind }
attributes #11 = { nounwind allocsize(0) }
attributes #12 = { nounwind allocsize(1) }
attributes #13 = { nounwind willreturn memory(read) }
attributes #14 = { noreturn nounwind }

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
