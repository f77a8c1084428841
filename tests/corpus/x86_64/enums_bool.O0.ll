; ModuleID = 'enums_bool.c'
source_filename = "enums_bool.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Cfg = type { i8, i8, i8, [3 x i8] }

@.str = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"to bool: %d %d %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"bool += 5: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"bool - 1: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [21 x i8] c"ops: %d %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"pow2: %d %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"arr: any=%d count=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"none: any=%d\0A\00", align 1
@__const.main.c = private unnamed_addr constant %struct.Cfg { i8 1, i8 1, i8 -56, [3 x i8] c"\01\00\01" }, align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"cfg: %d %d %d %d sizes=%zu,%zu\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"levels: %d %d %d %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"low\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"higher than %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"other\0A\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"%d=%s \00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.15 = private unnamed_addr constant [44 x i8] c"rw has write: %d exec: %d sizeof(enum)=%zu\0A\00", align 1
@.str.16 = private unnamed_addr constant [21 x i8] c"comparison ints: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i1 @is_power_of_two(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp ne i64 %3, 0
  br i1 %4, label %5, label %12

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = sub i64 %7, 1
  %9 = and i64 %6, %8
  %10 = icmp ne i64 %9, 0
  %11 = xor i1 %10, true
  br label %12

12:                                               ; preds = %5, %1
  %13 = phi i1 [ false, %1 ], [ %11, %5 ]
  ret i1 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local zeroext i1 @any(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = trunc i8 %16 to i1
  br i1 %17, label %18, label %19

18:                                               ; preds = %11
  store i1 true, ptr %3, align 1
  br label %24

19:                                               ; preds = %11
  br label %20

20:                                               ; preds = %19
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !6

23:                                               ; preds = %7
  store i1 false, ptr %3, align 1
  br label %24

24:                                               ; preds = %23, %18
  %25 = load i1, ptr %3, align 1
  ret i1 %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @count(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = trunc i8 %16 to i1
  %18 = zext i1 %17 to i32
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !8

24:                                               ; preds = %7
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @perm_str(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %5 = load i32, ptr %3, align 4
  %6 = and i32 %5, 1
  %7 = icmp ne i32 %6, 0
  %8 = zext i1 %7 to i64
  %9 = select i1 %7, i32 114, i32 45
  %10 = trunc i32 %9 to i8
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  store i8 %10, ptr %12, align 1
  %13 = load i32, ptr %3, align 4
  %14 = and i32 %13, 2
  %15 = icmp ne i32 %14, 0
  %16 = zext i1 %15 to i64
  %17 = select i1 %15, i32 119, i32 45
  %18 = trunc i32 %17 to i8
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds i8, ptr %19, i64 1
  store i8 %18, ptr %20, align 1
  %21 = load i32, ptr %3, align 4
  %22 = and i32 %21, 4
  %23 = icmp ne i32 %22, 0
  %24 = zext i1 %23 to i64
  %25 = select i1 %23, i32 120, i32 45
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %4, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 2
  store i8 %26, ptr %28, align 1
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds i8, ptr %29, i64 3
  store i8 0, ptr %30, align 1
  %31 = load ptr, ptr %4, align 8
  ret ptr %31
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca [10 x i8], align 1
  %12 = alloca i32, align 4
  %13 = alloca [4 x i8], align 1
  %14 = alloca %struct.Cfg, align 1
  %15 = alloca i32, align 4
  %16 = alloca [4 x i8], align 1
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store double -5.000000e-01, ptr %2, align 8
  store i8 1, ptr %3, align 1
  store i8 0, ptr %4, align 1
  %20 = load double, ptr %2, align 8
  %21 = fcmp une double %20, 0.000000e+00
  %22 = zext i1 %21 to i8
  store i8 %22, ptr %5, align 1
  store i8 0, ptr %6, align 1
  store i8 1, ptr %7, align 1
  %23 = load i8, ptr %3, align 1
  %24 = trunc i8 %23 to i1
  %25 = zext i1 %24 to i32
  %26 = load i8, ptr %4, align 1
  %27 = trunc i8 %26 to i1
  %28 = zext i1 %27 to i32
  %29 = load i8, ptr %5, align 1
  %30 = trunc i8 %29 to i1
  %31 = zext i1 %30 to i32
  %32 = load i8, ptr %6, align 1
  %33 = trunc i8 %32 to i1
  %34 = zext i1 %33 to i32
  %35 = load i8, ptr %7, align 1
  %36 = trunc i8 %35 to i1
  %37 = zext i1 %36 to i32
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %25, i32 noundef %28, i32 noundef %31, i32 noundef %34, i32 noundef %37)
  store i8 1, ptr %8, align 1
  %39 = load i8, ptr %8, align 1
  %40 = trunc i8 %39 to i1
  %41 = zext i1 %40 to i32
  %42 = add nsw i32 %41, 5
  %43 = icmp ne i32 %42, 0
  %44 = zext i1 %43 to i8
  store i8 %44, ptr %8, align 1
  %45 = load i8, ptr %8, align 1
  %46 = trunc i8 %45 to i1
  %47 = zext i1 %46 to i32
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %47)
  %49 = load i8, ptr %8, align 1
  %50 = trunc i8 %49 to i1
  %51 = zext i1 %50 to i32
  %52 = sub nsw i32 %51, 1
  %53 = icmp ne i32 %52, 0
  %54 = zext i1 %53 to i8
  store i8 %54, ptr %8, align 1
  %55 = load i8, ptr %8, align 1
  %56 = trunc i8 %55 to i1
  %57 = zext i1 %56 to i32
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %57)
  store i8 1, ptr %9, align 1
  store i8 0, ptr %10, align 1
  %59 = load i8, ptr %9, align 1
  %60 = trunc i8 %59 to i1
  %61 = zext i1 %60 to i32
  %62 = load i8, ptr %10, align 1
  %63 = trunc i8 %62 to i1
  %64 = zext i1 %63 to i32
  %65 = and i32 %61, %64
  %66 = load i8, ptr %9, align 1
  %67 = trunc i8 %66 to i1
  %68 = zext i1 %67 to i32
  %69 = load i8, ptr %10, align 1
  %70 = trunc i8 %69 to i1
  %71 = zext i1 %70 to i32
  %72 = or i32 %68, %71
  %73 = load i8, ptr %9, align 1
  %74 = trunc i8 %73 to i1
  %75 = zext i1 %74 to i32
  %76 = load i8, ptr %10, align 1
  %77 = trunc i8 %76 to i1
  %78 = zext i1 %77 to i32
  %79 = xor i32 %75, %78
  %80 = load i8, ptr %9, align 1
  %81 = trunc i8 %80 to i1
  %82 = xor i1 %81, true
  %83 = zext i1 %82 to i32
  %84 = load i8, ptr %9, align 1
  %85 = trunc i8 %84 to i1
  %86 = zext i1 %85 to i32
  %87 = load i8, ptr %9, align 1
  %88 = trunc i8 %87 to i1
  %89 = zext i1 %88 to i32
  %90 = add nsw i32 %86, %89
  %91 = load i8, ptr %10, align 1
  %92 = trunc i8 %91 to i1
  %93 = zext i1 %92 to i32
  %94 = add nsw i32 %90, %93
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %65, i32 noundef %72, i32 noundef %79, i32 noundef %83, i32 noundef %94)
  %96 = call zeroext i1 @is_power_of_two(i64 noundef 0)
  %97 = zext i1 %96 to i32
  %98 = call zeroext i1 @is_power_of_two(i64 noundef 64)
  %99 = zext i1 %98 to i32
  %100 = call zeroext i1 @is_power_of_two(i64 noundef 96)
  %101 = zext i1 %100 to i32
  %102 = call zeroext i1 @is_power_of_two(i64 noundef -9223372036854775808)
  %103 = zext i1 %102 to i32
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %97, i32 noundef %99, i32 noundef %101, i32 noundef %103)
  store i32 0, ptr %12, align 4
  br label %105

105:                                              ; preds = %116, %0
  %106 = load i32, ptr %12, align 4
  %107 = icmp slt i32 %106, 10
  br i1 %107, label %108, label %119

108:                                              ; preds = %105
  %109 = load i32, ptr %12, align 4
  %110 = srem i32 %109, 3
  %111 = icmp eq i32 %110, 0
  %112 = load i32, ptr %12, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [10 x i8], ptr %11, i64 0, i64 %113
  %115 = zext i1 %111 to i8
  store i8 %115, ptr %114, align 1
  br label %116

116:                                              ; preds = %108
  %117 = load i32, ptr %12, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %12, align 4
  br label %105, !llvm.loop !9

119:                                              ; preds = %105
  %120 = getelementptr inbounds [10 x i8], ptr %11, i64 0, i64 0
  %121 = call zeroext i1 @any(ptr noundef %120, i32 noundef 10)
  %122 = zext i1 %121 to i32
  %123 = getelementptr inbounds [10 x i8], ptr %11, i64 0, i64 0
  %124 = call i32 @count(ptr noundef %123, i32 noundef 10)
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %122, i32 noundef %124)
  call void @llvm.memset.p0.i64(ptr align 1 %13, i8 0, i64 4, i1 false)
  %126 = getelementptr inbounds [4 x i8], ptr %13, i64 0, i64 0
  %127 = call zeroext i1 @any(ptr noundef %126, i32 noundef 4)
  %128 = zext i1 %127 to i32
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %128)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr align 1 @__const.main.c, i64 6, i1 false)
  %130 = getelementptr inbounds %struct.Cfg, ptr %14, i32 0, i32 0
  %131 = load i8, ptr %130, align 1
  %132 = trunc i8 %131 to i1
  %133 = zext i1 %132 to i32
  %134 = getelementptr inbounds %struct.Cfg, ptr %14, i32 0, i32 1
  %135 = load i8, ptr %134, align 1
  %136 = and i8 %135, 1
  %137 = trunc i8 %136 to i1
  %138 = zext i1 %137 to i32
  %139 = getelementptr inbounds %struct.Cfg, ptr %14, i32 0, i32 2
  %140 = load i8, ptr %139, align 1
  %141 = zext i8 %140 to i32
  %142 = getelementptr inbounds %struct.Cfg, ptr %14, i32 0, i32 3
  %143 = getelementptr inbounds [3 x i8], ptr %142, i64 0, i64 0
  %144 = call i32 @count(ptr noundef %143, i32 noundef 3)
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %133, i32 noundef %138, i32 noundef %141, i32 noundef %144, i64 noundef 1, i64 noundef 6)
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef -1, i32 noundef 0, i32 noundef 10, i32 noundef 11, i32 noundef 1000)
  store i32 11, ptr %15, align 4
  %147 = load i32, ptr %15, align 4
  switch i32 %147, label %152 [
    i32 -1, label %148
    i32 11, label %150
  ]

148:                                              ; preds = %119
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  br label %154

150:                                              ; preds = %119
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef 10)
  br label %154

152:                                              ; preds = %119
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  br label %154

154:                                              ; preds = %152, %150, %148
  store i32 0, ptr %17, align 4
  br label %155

155:                                              ; preds = %164, %154
  %156 = load i32, ptr %17, align 4
  %157 = icmp sle i32 %156, 7
  br i1 %157, label %158, label %167

158:                                              ; preds = %155
  %159 = load i32, ptr %17, align 4
  %160 = load i32, ptr %17, align 4
  %161 = getelementptr inbounds [4 x i8], ptr %16, i64 0, i64 0
  %162 = call ptr @perm_str(i32 noundef %160, ptr noundef %161)
  %163 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %159, ptr noundef %162)
  br label %164

164:                                              ; preds = %158
  %165 = load i32, ptr %17, align 4
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %17, align 4
  br label %155, !llvm.loop !10

167:                                              ; preds = %155
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.14)
  store i32 3, ptr %18, align 4
  %169 = load i32, ptr %18, align 4
  %170 = and i32 %169, 2
  %171 = icmp ne i32 %170, 0
  %172 = zext i1 %171 to i32
  %173 = load i32, ptr %18, align 4
  %174 = and i32 %173, 4
  %175 = icmp ne i32 %174, 0
  %176 = zext i1 %175 to i32
  %177 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %172, i32 noundef %176, i64 noundef 4)
  store i32 101, ptr %19, align 4
  %178 = load i32, ptr %19, align 4
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %178)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
