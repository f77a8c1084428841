; ModuleID = 'string_funcs.c'
source_filename = "string_funcs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"The quick brown fox\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"strlen=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"strcmp: %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"strncmp: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"copy\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c" and \00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"concatenate-this\00", align 1
@.str.7 = private unnamed_addr constant [18 x i8] c"buf='%s' len=%zu\0A\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"abcdefghij\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"strncpy='%s'\0A\00", align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"strchr='%s' strrchr='%s'\0A\00", align 1
@.str.11 = private unnamed_addr constant [24 x i8] c"strstr='%s' missing=%d\0A\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.14 = private unnamed_addr constant [24 x i8] c"strspn=%zu strcspn=%zu\0A\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"aaabbc\00", align 1
@.str.16 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"xyz\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"0123456789\00", align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"memcpy: %s\0A\00", align 1
@.str.20 = private unnamed_addr constant [17 x i8] c"memmove fwd: %s\0A\00", align 1
@.str.21 = private unnamed_addr constant [18 x i8] c"memmove back: %s\0A\00", align 1
@.str.22 = private unnamed_addr constant [15 x i8] c"memcmp: %d %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [20 x i8] c"memset ints: %d %d\0A\00", align 1
@.str.24 = private unnamed_addr constant [25 x i8] c"%s|%5d|%-5d|%05.1f|%x|%c\00", align 1
@.str.25 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.26 = private unnamed_addr constant [19 x i8] c"snprintf (%d): %s\0A\00", align 1
@.str.27 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.28 = private unnamed_addr constant [18 x i8] c"this will not fit\00", align 1
@.str.29 = private unnamed_addr constant [20 x i8] c"truncated (%d): %s\0A\00", align 1
@.str.30 = private unnamed_addr constant [12 x i8] c"  -12345xyz\00", align 1
@.str.31 = private unnamed_addr constant [23 x i8] c"strtol: %ld rest='%s'\0A\00", align 1
@.str.32 = private unnamed_addr constant [21 x i8] c"strtol hex: %ld %ld\0A\00", align 1
@.str.33 = private unnamed_addr constant [5 x i8] c"0x1F\00", align 1
@.str.34 = private unnamed_addr constant [3 x i8] c"ff\00", align 1
@.str.35 = private unnamed_addr constant [27 x i8] c"strtol base0: %ld %ld %ld\0A\00", align 1
@.str.36 = private unnamed_addr constant [5 x i8] c"0x10\00", align 1
@.str.37 = private unnamed_addr constant [4 x i8] c"010\00", align 1
@.str.38 = private unnamed_addr constant [3 x i8] c"10\00", align 1
@.str.39 = private unnamed_addr constant [20 x i8] c"strtol base36: %ld\0A\00", align 1
@.str.40 = private unnamed_addr constant [3 x i8] c"zz\00", align 1
@.str.41 = private unnamed_addr constant [14 x i8] c"strtoul: %lu\0A\00", align 1
@.str.42 = private unnamed_addr constant [11 x i8] c"4294967296\00", align 1
@.str.43 = private unnamed_addr constant [15 x i8] c"strtoll: %lld\0A\00", align 1
@.str.44 = private unnamed_addr constant [21 x i8] c"-9223372036854775807\00", align 1
@.str.45 = private unnamed_addr constant [16 x i8] c"atoi: %d %d %d\0A\00", align 1
@.str.46 = private unnamed_addr constant [4 x i8] c"123\00", align 1
@.str.47 = private unnamed_addr constant [6 x i8] c"-0042\00", align 1
@.str.48 = private unnamed_addr constant [4 x i8] c"7up\00", align 1
@.str.49 = private unnamed_addr constant [11 x i8] c"atol: %ld\0A\00", align 1
@.str.50 = private unnamed_addr constant [14 x i8] c"  99999999999\00", align 1
@.str.51 = private unnamed_addr constant [18 x i8] c"alpha,beta,,delta\00", align 1
@.str.52 = private unnamed_addr constant [18 x i8] c"field %d: '%.*s'\0A\00", align 1
@.str.53 = private unnamed_addr constant [11 x i8] c"upper: %s\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [64 x i8], align 1
  %4 = alloca [8 x i8], align 1
  %5 = alloca [32 x i8], align 1
  %6 = alloca [10 x i32], align 4
  %7 = alloca [80 x i8], align 1
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store ptr @.str, ptr %2, align 8
  %18 = load ptr, ptr %2, align 8
  %19 = call i64 @strlen(ptr noundef %18) #6
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %19)
  %21 = call i32 @sign(i32 noundef -1)
  %22 = call i32 @sign(i32 noundef 0)
  %23 = call i32 @sign(i32 noundef 1)
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %21, i32 noundef %22, i32 noundef %23)
  %25 = call i32 @sign(i32 noundef 0)
  %26 = call i32 @sign(i32 noundef -1)
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %25, i32 noundef %26)
  %28 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %29 = call ptr @strcpy(ptr noundef %28, ptr noundef @.str.4) #7
  %30 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %31 = call ptr @strcat(ptr noundef %30, ptr noundef @.str.5) #7
  %32 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %33 = call ptr @strncat(ptr noundef %32, ptr noundef @.str.6, i64 noundef 11) #7
  %34 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %35 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %36 = call i64 @strlen(ptr noundef %35) #6
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %34, i64 noundef %36)
  %38 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 0
  %39 = call ptr @strncpy(ptr noundef %38, ptr noundef @.str.8, i64 noundef 7) #7
  %40 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 7
  store i8 0, ptr %40, align 1
  %41 = getelementptr inbounds [8 x i8], ptr %4, i64 0, i64 0
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %41)
  %43 = load ptr, ptr %2, align 8
  %44 = call ptr @strchr(ptr noundef %43, i32 noundef 113) #6
  %45 = load ptr, ptr %2, align 8
  %46 = call ptr @strrchr(ptr noundef %45, i32 noundef 111) #6
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %44, ptr noundef %46)
  %48 = load ptr, ptr %2, align 8
  %49 = call ptr @strstr(ptr noundef %48, ptr noundef @.str.12) #6
  %50 = load ptr, ptr %2, align 8
  %51 = call ptr @strstr(ptr noundef %50, ptr noundef @.str.13) #6
  %52 = icmp eq ptr %51, null
  %53 = zext i1 %52 to i32
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %49, i32 noundef %53)
  %55 = call i64 @strspn(ptr noundef @.str.15, ptr noundef @.str.16) #6
  %56 = load ptr, ptr %2, align 8
  %57 = call i64 @strcspn(ptr noundef %56, ptr noundef @.str.17) #6
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef %55, i64 noundef %57)
  %59 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 1 %59, i8 46, i64 32, i1 false)
  %60 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 31
  store i8 0, ptr %60, align 1
  %61 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %62 = getelementptr inbounds i8, ptr %61, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %62, ptr align 1 @.str.18, i64 10, i1 false)
  %63 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %63)
  %65 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %66 = getelementptr inbounds i8, ptr %65, i64 5
  %67 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %68 = getelementptr inbounds i8, ptr %67, i64 2
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %66, ptr align 1 %68, i64 10, i1 false)
  %69 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, ptr noundef %69)
  %71 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %72 = getelementptr inbounds i8, ptr %71, i64 1
  %73 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %74 = getelementptr inbounds i8, ptr %73, i64 4
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %72, ptr align 1 %74, i64 12, i1 false)
  %75 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, ptr noundef %75)
  %77 = call i32 @sign(i32 noundef -1)
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %77, i32 noundef 0)
  %79 = getelementptr inbounds [10 x i32], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 4 %79, i8 -1, i64 40, i1 false)
  %80 = getelementptr inbounds [10 x i32], ptr %6, i64 0, i64 0
  %81 = load i32, ptr %80, align 4
  %82 = getelementptr inbounds [10 x i32], ptr %6, i64 0, i64 9
  %83 = load i32, ptr %82, align 4
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, i32 noundef %81, i32 noundef %83)
  %85 = getelementptr inbounds [80 x i8], ptr %7, i64 0, i64 0
  %86 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %85, i64 noundef 80, ptr noundef @.str.24, ptr noundef @.str.25, i32 noundef 42, i32 noundef -7, double noundef 3.141590e+00, i32 noundef 48879, i32 noundef 90) #7
  store i32 %86, ptr %8, align 4
  %87 = load i32, ptr %8, align 4
  %88 = getelementptr inbounds [80 x i8], ptr %7, i64 0, i64 0
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.26, i32 noundef %87, ptr noundef %88)
  %90 = getelementptr inbounds [80 x i8], ptr %7, i64 0, i64 0
  %91 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %90, i64 noundef 10, ptr noundef @.str.27, ptr noundef @.str.28) #7
  store i32 %91, ptr %8, align 4
  %92 = load i32, ptr %8, align 4
  %93 = getelementptr inbounds [80 x i8], ptr %7, i64 0, i64 0
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %92, ptr noundef %93)
  %95 = call i64 @strtol(ptr noundef @.str.30, ptr noundef %9, i32 noundef 10) #7
  store i64 %95, ptr %10, align 8
  %96 = load i64, ptr %10, align 8
  %97 = load ptr, ptr %9, align 8
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i64 noundef %96, ptr noundef %97)
  %99 = call i64 @strtol(ptr noundef @.str.33, ptr noundef null, i32 noundef 16) #7
  %100 = call i64 @strtol(ptr noundef @.str.34, ptr noundef null, i32 noundef 16) #7
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.32, i64 noundef %99, i64 noundef %100)
  %102 = call i64 @strtol(ptr noundef @.str.36, ptr noundef null, i32 noundef 0) #7
  %103 = call i64 @strtol(ptr noundef @.str.37, ptr noundef null, i32 noundef 0) #7
  %104 = call i64 @strtol(ptr noundef @.str.38, ptr noundef null, i32 noundef 0) #7
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.35, i64 noundef %102, i64 noundef %103, i64 noundef %104)
  %106 = call i64 @strtol(ptr noundef @.str.40, ptr noundef null, i32 noundef 36) #7
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.39, i64 noundef %106)
  %108 = call i64 @strtoul(ptr noundef @.str.42, ptr noundef null, i32 noundef 10) #7
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.41, i64 noundef %108)
  %110 = call i64 @strtoll(ptr noundef @.str.44, ptr noundef null, i32 noundef 10) #7
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.43, i64 noundef %110)
  %112 = call i32 @atoi(ptr noundef @.str.46) #6
  %113 = call i32 @atoi(ptr noundef @.str.47) #6
  %114 = call i32 @atoi(ptr noundef @.str.48) #6
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.45, i32 noundef %112, i32 noundef %113, i32 noundef %114)
  %116 = call i64 @atol(ptr noundef @.str.50) #6
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.49, i64 noundef %116)
  store ptr @.str.51, ptr %11, align 8
  %118 = load ptr, ptr %11, align 8
  store ptr %118, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %119

119:                                              ; preds = %0, %144
  %120 = load ptr, ptr %12, align 8
  %121 = call ptr @strchr(ptr noundef %120, i32 noundef 44) #6
  store ptr %121, ptr %14, align 8
  %122 = load ptr, ptr %14, align 8
  %123 = icmp ne ptr %122, null
  br i1 %123, label %124, label %130

124:                                              ; preds = %119
  %125 = load ptr, ptr %14, align 8
  %126 = load ptr, ptr %12, align 8
  %127 = ptrtoint ptr %125 to i64
  %128 = ptrtoint ptr %126 to i64
  %129 = sub i64 %127, %128
  br label %133

130:                                              ; preds = %119
  %131 = load ptr, ptr %12, align 8
  %132 = call i64 @strlen(ptr noundef %131) #6
  br label %133

133:                                              ; preds = %130, %124
  %134 = phi i64 [ %129, %124 ], [ %132, %130 ]
  store i64 %134, ptr %15, align 8
  %135 = load i32, ptr %13, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %13, align 4
  %137 = load i64, ptr %15, align 8
  %138 = trunc i64 %137 to i32
  %139 = load ptr, ptr %12, align 8
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.52, i32 noundef %135, i32 noundef %138, ptr noundef %139)
  %141 = load ptr, ptr %14, align 8
  %142 = icmp ne ptr %141, null
  br i1 %142, label %144, label %143

143:                                              ; preds = %133
  br label %147

144:                                              ; preds = %133
  %145 = load ptr, ptr %14, align 8
  %146 = getelementptr inbounds i8, ptr %145, i64 1
  store ptr %146, ptr %12, align 8
  br label %119

147:                                              ; preds = %143
  %148 = load ptr, ptr %2, align 8
  %149 = call noalias ptr @strdup(ptr noundef %148) #7
  store ptr %149, ptr %16, align 8
  %150 = load ptr, ptr %16, align 8
  store ptr %150, ptr %17, align 8
  br label %151

151:                                              ; preds = %174, %147
  %152 = load ptr, ptr %17, align 8
  %153 = load i8, ptr %152, align 1
  %154 = icmp ne i8 %153, 0
  br i1 %154, label %155, label %177

155:                                              ; preds = %151
  %156 = load ptr, ptr %17, align 8
  %157 = load i8, ptr %156, align 1
  %158 = zext i8 %157 to i32
  %159 = icmp sge i32 %158, 97
  br i1 %159, label %160, label %173

160:                                              ; preds = %155
  %161 = load ptr, ptr %17, align 8
  %162 = load i8, ptr %161, align 1
  %163 = zext i8 %162 to i32
  %164 = icmp sle i32 %163, 122
  br i1 %164, label %165, label %173

165:                                              ; preds = %160
  %166 = load ptr, ptr %17, align 8
  %167 = load i8, ptr %166, align 1
  %168 = zext i8 %167 to i32
  %169 = sub nsw i32 %168, 97
  %170 = add nsw i32 %169, 65
  %171 = trunc i32 %170 to i8
  %172 = load ptr, ptr %17, align 8
  store i8 %171, ptr %172, align 1
  br label %173

173:                                              ; preds = %165, %160, %155
  br label %174

174:                                              ; preds = %173
  %175 = load ptr, ptr %17, align 8
  %176 = getelementptr inbounds i8, ptr %175, i32 1
  store ptr %176, ptr %17, align 8
  br label %151, !llvm.loop !6

177:                                              ; preds = %151
  %178 = load ptr, ptr %16, align 8
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.53, ptr noundef %178)
  %180 = load ptr, ptr %16, align 8
  call void @free(ptr noundef %180) #7
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sign(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = icmp sgt i32 %3, 0
  %5 = zext i1 %4 to i32
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 0
  %8 = zext i1 %7 to i32
  %9 = sub nsw i32 %5, %8
  ret i32 %9
}

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind
declare ptr @strncat(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strrchr(ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strspn(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare i64 @strtoll(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare i32 @atoi(ptr noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @atol(ptr noundef) #2

; Function Attrs: nounwind
declare noalias ptr @strdup(ptr noundef) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }

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
