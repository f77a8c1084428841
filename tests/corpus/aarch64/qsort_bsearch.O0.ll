; ModuleID = 'qsort_bsearch.c'
source_filename = "qsort_bsearch.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Person = type { ptr, i32 }

@.str = private unnamed_addr constant [8 x i8] c"sorted:\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"find %d -> index %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"find missing -> %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"hit\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"null\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"desc: %d %d ... %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"%g \00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.15 = private unnamed_addr constant [11 x i8] c"elderberry\00", align 1
@__const.main.words = private unnamed_addr constant [7 x ptr] [ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15], align 8
@.str.16 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"date at %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"zed\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"amy\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"dan\00", align 1
@__const.main.people = private unnamed_addr constant [5 x %struct.Person] [%struct.Person { ptr @.str.18, i32 30 }, %struct.Person { ptr @.str.19, i32 25 }, %struct.Person { ptr @.str.20, i32 30 }, %struct.Person { ptr @.str.21, i32 19 }, %struct.Person { ptr @.str.22, i32 25 }], align 8
@.str.23 = private unnamed_addr constant [8 x i8] c"%s(%d) \00", align 1
@__const.main.key = private unnamed_addr constant %struct.Person { ptr @.str.20, i32 30 }, align 8
@.str.24 = private unnamed_addr constant [17 x i8] c"bob found at %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [20 x i32], align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca [7 x double], align 8
  %11 = alloca i32, align 4
  %12 = alloca [7 x ptr], align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca [5 x %struct.Person], align 8
  %17 = alloca i32, align 4
  %18 = alloca %struct.Person, align 8
  %19 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 12345, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %20

20:                                               ; preds = %34, %0
  %21 = load i32, ptr %4, align 4
  %22 = icmp slt i32 %21, 20
  br i1 %22, label %23, label %37

23:                                               ; preds = %20
  %24 = load i32, ptr %3, align 4
  %25 = mul i32 %24, 1103515245
  %26 = add i32 %25, 12345
  store i32 %26, ptr %3, align 4
  %27 = load i32, ptr %3, align 4
  %28 = lshr i32 %27, 16
  %29 = urem i32 %28, 1000
  %30 = sub nsw i32 %29, 500
  %31 = load i32, ptr %4, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 %32
  store i32 %30, ptr %33, align 4
  br label %34

34:                                               ; preds = %23
  %35 = load i32, ptr %4, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %4, align 4
  br label %20, !llvm.loop !6

37:                                               ; preds = %20
  %38 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  call void @qsort(ptr noundef %38, i64 noundef 20, i64 noundef 4, ptr noundef @cmp_int)
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str)
  store i32 0, ptr %5, align 4
  br label %40

40:                                               ; preds = %49, %37
  %41 = load i32, ptr %5, align 4
  %42 = icmp slt i32 %41, 20
  br i1 %42, label %43, label %52

43:                                               ; preds = %40
  %44 = load i32, ptr %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %47)
  br label %49

49:                                               ; preds = %43
  %50 = load i32, ptr %5, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %5, align 4
  br label %40, !llvm.loop !8

52:                                               ; preds = %40
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store i32 0, ptr %6, align 4
  br label %54

54:                                               ; preds = %79, %52
  %55 = load i32, ptr %6, align 4
  %56 = icmp slt i32 %55, 20
  br i1 %56, label %57, label %82

57:                                               ; preds = %54
  %58 = load i32, ptr %6, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4
  store i32 %61, ptr %7, align 4
  %62 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %63 = call ptr @bsearch(ptr noundef %7, ptr noundef %62, i64 noundef 20, i64 noundef 4, ptr noundef @cmp_int)
  store ptr %63, ptr %8, align 8
  %64 = load i32, ptr %7, align 4
  %65 = load ptr, ptr %8, align 8
  %66 = icmp ne ptr %65, null
  br i1 %66, label %67, label %75

67:                                               ; preds = %57
  %68 = load ptr, ptr %8, align 8
  %69 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %70 = ptrtoint ptr %68 to i64
  %71 = ptrtoint ptr %69 to i64
  %72 = sub i64 %70, %71
  %73 = sdiv exact i64 %72, 4
  %74 = trunc i64 %73 to i32
  br label %76

75:                                               ; preds = %57
  br label %76

76:                                               ; preds = %75, %67
  %77 = phi i32 [ %74, %67 ], [ -1, %75 ]
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %64, i32 noundef %77)
  br label %79

79:                                               ; preds = %76
  %80 = load i32, ptr %6, align 4
  %81 = add nsw i32 %80, 6
  store i32 %81, ptr %6, align 4
  br label %54, !llvm.loop !9

82:                                               ; preds = %54
  store i32 10000, ptr %9, align 4
  %83 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %84 = call ptr @bsearch(ptr noundef %9, ptr noundef %83, i64 noundef 20, i64 noundef 4, ptr noundef @cmp_int)
  %85 = icmp ne ptr %84, null
  %86 = zext i1 %85 to i64
  %87 = select i1 %85, ptr @.str.5, ptr @.str.6
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %87)
  %89 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  call void @qsort(ptr noundef %89, i64 noundef 20, i64 noundef 4, ptr noundef @cmp_int_desc)
  %90 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %91 = load i32, ptr %90, align 4
  %92 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 1
  %93 = load i32, ptr %92, align 4
  %94 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 19
  %95 = load i32, ptr %94, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %91, i32 noundef %93, i32 noundef %95)
  call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 56, i1 false)
  %97 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 0
  store double 3.500000e+00, ptr %97, align 8
  %98 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 1
  store double -1.000000e+00, ptr %98, align 8
  %99 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 2
  store double 2.250000e+00, ptr %99, align 8
  %100 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 3
  store double 1.000000e+10, ptr %100, align 8
  %101 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 4
  store double -1.000000e-03, ptr %101, align 8
  %102 = getelementptr inbounds [7 x double], ptr %10, i32 0, i32 6
  store double 7.000000e+00, ptr %102, align 8
  %103 = getelementptr inbounds [7 x double], ptr %10, i64 0, i64 0
  call void @qsort(ptr noundef %103, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_double)
  store i32 0, ptr %11, align 4
  br label %104

104:                                              ; preds = %113, %82
  %105 = load i32, ptr %11, align 4
  %106 = icmp slt i32 %105, 7
  br i1 %106, label %107, label %116

107:                                              ; preds = %104
  %108 = load i32, ptr %11, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [7 x double], ptr %10, i64 0, i64 %109
  %111 = load double, ptr %110, align 8
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %111)
  br label %113

113:                                              ; preds = %107
  %114 = load i32, ptr %11, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %11, align 4
  br label %104, !llvm.loop !10

116:                                              ; preds = %104
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 @__const.main.words, i64 56, i1 false)
  %118 = getelementptr inbounds [7 x ptr], ptr %12, i64 0, i64 0
  call void @qsort(ptr noundef %118, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_str)
  store i32 0, ptr %13, align 4
  br label %119

119:                                              ; preds = %128, %116
  %120 = load i32, ptr %13, align 4
  %121 = icmp slt i32 %120, 7
  br i1 %121, label %122, label %131

122:                                              ; preds = %119
  %123 = load i32, ptr %13, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [7 x ptr], ptr %12, i64 0, i64 %124
  %126 = load ptr, ptr %125, align 8
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, ptr noundef %126)
  br label %128

128:                                              ; preds = %122
  %129 = load i32, ptr %13, align 4
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %13, align 4
  br label %119, !llvm.loop !11

131:                                              ; preds = %119
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store ptr @.str.14, ptr %14, align 8
  %133 = getelementptr inbounds [7 x ptr], ptr %12, i64 0, i64 0
  %134 = call ptr @bsearch(ptr noundef %14, ptr noundef %133, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_str)
  store ptr %134, ptr %15, align 8
  %135 = load ptr, ptr %15, align 8
  %136 = icmp ne ptr %135, null
  br i1 %136, label %137, label %145

137:                                              ; preds = %131
  %138 = load ptr, ptr %15, align 8
  %139 = getelementptr inbounds [7 x ptr], ptr %12, i64 0, i64 0
  %140 = ptrtoint ptr %138 to i64
  %141 = ptrtoint ptr %139 to i64
  %142 = sub i64 %140, %141
  %143 = sdiv exact i64 %142, 8
  %144 = trunc i64 %143 to i32
  br label %146

145:                                              ; preds = %131
  br label %146

146:                                              ; preds = %145, %137
  %147 = phi i32 [ %144, %137 ], [ -1, %145 ]
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %147)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 @__const.main.people, i64 80, i1 false)
  %149 = getelementptr inbounds [5 x %struct.Person], ptr %16, i64 0, i64 0
  call void @qsort(ptr noundef %149, i64 noundef 5, i64 noundef 16, ptr noundef @cmp_person)
  store i32 0, ptr %17, align 4
  br label %150

150:                                              ; preds = %165, %146
  %151 = load i32, ptr %17, align 4
  %152 = icmp slt i32 %151, 5
  br i1 %152, label %153, label %168

153:                                              ; preds = %150
  %154 = load i32, ptr %17, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [5 x %struct.Person], ptr %16, i64 0, i64 %155
  %157 = getelementptr inbounds %struct.Person, ptr %156, i32 0, i32 0
  %158 = load ptr, ptr %157, align 8
  %159 = load i32, ptr %17, align 4
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [5 x %struct.Person], ptr %16, i64 0, i64 %160
  %162 = getelementptr inbounds %struct.Person, ptr %161, i32 0, i32 1
  %163 = load i32, ptr %162, align 8
  %164 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, ptr noundef %158, i32 noundef %163)
  br label %165

165:                                              ; preds = %153
  %166 = load i32, ptr %17, align 4
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %17, align 4
  br label %150, !llvm.loop !12

168:                                              ; preds = %150
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 @__const.main.key, i64 16, i1 false)
  %170 = getelementptr inbounds [5 x %struct.Person], ptr %16, i64 0, i64 0
  %171 = call ptr @bsearch(ptr noundef %18, ptr noundef %170, i64 noundef 5, i64 noundef 16, ptr noundef @cmp_person)
  store ptr %171, ptr %19, align 8
  %172 = load ptr, ptr %19, align 8
  %173 = icmp ne ptr %172, null
  br i1 %173, label %174, label %182

174:                                              ; preds = %168
  %175 = load ptr, ptr %19, align 8
  %176 = getelementptr inbounds [5 x %struct.Person], ptr %16, i64 0, i64 0
  %177 = ptrtoint ptr %175 to i64
  %178 = ptrtoint ptr %176 to i64
  %179 = sub i64 %177, %178
  %180 = sdiv exact i64 %179, 16
  %181 = trunc i64 %180 to i32
  br label %183

182:                                              ; preds = %168
  br label %183

183:                                              ; preds = %182, %174
  %184 = phi i32 [ %181, %174 ], [ -1, %182 ]
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %184)
  ret i32 0
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load i32, ptr %7, align 4
  store i32 %8, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  store i32 %10, ptr %6, align 4
  %11 = load i32, ptr %5, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sgt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

declare i32 @printf(ptr noundef, ...) #1

declare ptr @bsearch(ptr noundef, ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_int_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = call i32 @cmp_int(ptr noundef %5, ptr noundef %6)
  ret i32 %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_double(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load double, ptr %7, align 8
  store double %8, ptr %5, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = load double, ptr %9, align 8
  store double %10, ptr %6, align 8
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %6, align 8
  %13 = fcmp olt double %11, %12
  br i1 %13, label %14, label %15

14:                                               ; preds = %2
  br label %21

15:                                               ; preds = %2
  %16 = load double, ptr %5, align 8
  %17 = load double, ptr %6, align 8
  %18 = fcmp ogt double %16, %17
  %19 = zext i1 %18 to i64
  %20 = select i1 %18, i32 1, i32 0
  br label %21

21:                                               ; preds = %15, %14
  %22 = phi i32 [ -1, %14 ], [ %20, %15 ]
  ret i32 %22
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_str(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %7, align 8
  %9 = call i32 @strcmp(ptr noundef %6, ptr noundef %8) #5
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cmp_person(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8
  store ptr %8, ptr %6, align 8
  %9 = load ptr, ptr %5, align 8
  store ptr %9, ptr %7, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = getelementptr inbounds %struct.Person, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = load ptr, ptr %7, align 8
  %14 = getelementptr inbounds %struct.Person, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8
  %16 = icmp ne i32 %12, %15
  br i1 %16, label %17, label %25

17:                                               ; preds = %2
  %18 = load ptr, ptr %6, align 8
  %19 = getelementptr inbounds %struct.Person, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8
  %21 = load ptr, ptr %7, align 8
  %22 = getelementptr inbounds %struct.Person, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8
  %24 = sub nsw i32 %20, %23
  store i32 %24, ptr %3, align 4
  br label %33

25:                                               ; preds = %2
  %26 = load ptr, ptr %6, align 8
  %27 = getelementptr inbounds %struct.Person, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = load ptr, ptr %7, align 8
  %30 = getelementptr inbounds %struct.Person, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 8
  %32 = call i32 @strcmp(ptr noundef %28, ptr noundef %31) #5
  store i32 %32, ptr %3, align 4
  br label %33

33:                                               ; preds = %25, %17
  %34 = load i32, ptr %3, align 4
  ret i32 %34
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind willreturn memory(read) }

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
