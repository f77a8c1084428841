; ModuleID = 'arena_alloc.c'
source_filename = "arena_alloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Obj = type { ptr, i32, [3 x double] }

@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"arena\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"%s %s %g %lld used=%zu\0A\00", align 1
@arena_used = internal global i64 0, align 8
@.str.3 = private unnamed_addr constant [64 x i8] c"offsets: d=%td s2=%td ll=%td aligned(d,8)=%d aligned(ll,16)=%d\0A\00", align 1
@arena = internal global [8192 x i8] zeroinitializer, align 64
@.str.4 = private unnamed_addr constant [38 x i8] c"round %d: sum=%g created=%d used=%zu\0A\00", align 1
@pool_created = internal global i32 0, align 4
@.str.5 = private unnamed_addr constant [30 x i8] c"exhausted: used=%zu fails=%d\0A\00", align 1
@arena_fail = internal global i32 0, align 4
@.str.6 = private unnamed_addr constant [26 x i8] c"sizeof Obj=%zu align=%zu\0A\00", align 1
@free_list = internal global ptr null, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [20 x ptr], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %13 = call ptr @arena_strdup(ptr noundef @.str)
  store ptr %13, ptr %2, align 8
  %14 = call ptr @arena_alloc(i64 noundef 32, i64 noundef 8)
  store ptr %14, ptr %3, align 8
  %15 = call ptr @arena_strdup(ptr noundef @.str.1)
  store ptr %15, ptr %4, align 8
  %16 = call ptr @arena_alloc(i64 noundef 8, i64 noundef 16)
  store ptr %16, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %17

17:                                               ; preds = %28, %0
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %18, 4
  br i1 %19, label %20, label %31

20:                                               ; preds = %17
  %21 = load i32, ptr %6, align 4
  %22 = sitofp i32 %21 to double
  %23 = fmul double %22, 1.250000e+00
  %24 = load ptr, ptr %3, align 8
  %25 = load i32, ptr %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  store double %23, ptr %27, align 8
  br label %28

28:                                               ; preds = %20
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %17, !llvm.loop !6

31:                                               ; preds = %17
  %32 = load ptr, ptr %5, align 8
  store i64 -77, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = load ptr, ptr %4, align 8
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr inbounds double, ptr %35, i64 3
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %5, align 8
  %39 = load i64, ptr %38, align 8
  %40 = load i64, ptr @arena_used, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %33, ptr noundef %34, double noundef %37, i64 noundef %39, i64 noundef %40)
  %42 = load ptr, ptr %3, align 8
  %43 = ptrtoint ptr %42 to i64
  %44 = sub i64 %43, ptrtoint (ptr @arena to i64)
  %45 = load ptr, ptr %4, align 8
  %46 = ptrtoint ptr %45 to i64
  %47 = sub i64 %46, ptrtoint (ptr @arena to i64)
  %48 = load ptr, ptr %5, align 8
  %49 = ptrtoint ptr %48 to i64
  %50 = sub i64 %49, ptrtoint (ptr @arena to i64)
  %51 = load ptr, ptr %3, align 8
  %52 = ptrtoint ptr %51 to i64
  %53 = urem i64 %52, 8
  %54 = icmp eq i64 %53, 0
  %55 = zext i1 %54 to i32
  %56 = load ptr, ptr %5, align 8
  %57 = ptrtoint ptr %56 to i64
  %58 = urem i64 %57, 16
  %59 = icmp eq i64 %58, 0
  %60 = zext i1 %59 to i32
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %44, i64 noundef %47, i64 noundef %50, i32 noundef %55, i32 noundef %60)
  store i32 0, ptr %8, align 4
  br label %62

62:                                               ; preds = %138, %31
  %63 = load i32, ptr %8, align 4
  %64 = icmp slt i32 %63, 5
  br i1 %64, label %65, label %141

65:                                               ; preds = %62
  store i32 0, ptr %9, align 4
  br label %66

66:                                               ; preds = %97, %65
  %67 = load i32, ptr %9, align 4
  %68 = icmp slt i32 %67, 20
  br i1 %68, label %69, label %100

69:                                               ; preds = %66
  %70 = call ptr @obj_get()
  %71 = load i32, ptr %9, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %72
  store ptr %70, ptr %73, align 8
  %74 = load i32, ptr %8, align 4
  %75 = mul nsw i32 %74, 100
  %76 = load i32, ptr %9, align 4
  %77 = add nsw i32 %75, %76
  %78 = load i32, ptr %9, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %79
  %81 = load ptr, ptr %80, align 8
  %82 = getelementptr inbounds %struct.Obj, ptr %81, i32 0, i32 1
  store i32 %77, ptr %82, align 8
  %83 = load i32, ptr %9, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %84
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr inbounds %struct.Obj, ptr %86, i32 0, i32 1
  %88 = load i32, ptr %87, align 8
  %89 = sitofp i32 %88 to double
  %90 = fmul double %89, 5.000000e-01
  %91 = load i32, ptr %9, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %92
  %94 = load ptr, ptr %93, align 8
  %95 = getelementptr inbounds %struct.Obj, ptr %94, i32 0, i32 2
  %96 = getelementptr inbounds [3 x double], ptr %95, i64 0, i64 0
  store double %90, ptr %96, align 8
  br label %97

97:                                               ; preds = %69
  %98 = load i32, ptr %9, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %9, align 4
  br label %66, !llvm.loop !8

100:                                              ; preds = %66
  store double 0.000000e+00, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %101

101:                                              ; preds = %114, %100
  %102 = load i32, ptr %11, align 4
  %103 = icmp slt i32 %102, 20
  br i1 %103, label %104, label %117

104:                                              ; preds = %101
  %105 = load i32, ptr %11, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %106
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr inbounds %struct.Obj, ptr %108, i32 0, i32 2
  %110 = getelementptr inbounds [3 x double], ptr %109, i64 0, i64 0
  %111 = load double, ptr %110, align 8
  %112 = load double, ptr %10, align 8
  %113 = fadd double %112, %111
  store double %113, ptr %10, align 8
  br label %114

114:                                              ; preds = %104
  %115 = load i32, ptr %11, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %11, align 4
  br label %101, !llvm.loop !9

117:                                              ; preds = %101
  store i32 0, ptr %12, align 4
  br label %118

118:                                              ; preds = %126, %117
  %119 = load i32, ptr %12, align 4
  %120 = icmp slt i32 %119, 20
  br i1 %120, label %121, label %132

121:                                              ; preds = %118
  %122 = load i32, ptr %12, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [20 x ptr], ptr %7, i64 0, i64 %123
  %125 = load ptr, ptr %124, align 8
  call void @obj_put(ptr noundef %125)
  br label %126

126:                                              ; preds = %121
  %127 = load i32, ptr %8, align 4
  %128 = srem i32 %127, 2
  %129 = add nsw i32 1, %128
  %130 = load i32, ptr %12, align 4
  %131 = add nsw i32 %130, %129
  store i32 %131, ptr %12, align 4
  br label %118, !llvm.loop !10

132:                                              ; preds = %118
  %133 = load i32, ptr %8, align 4
  %134 = load double, ptr %10, align 8
  %135 = load i32, ptr @pool_created, align 4
  %136 = load i64, ptr @arena_used, align 8
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %133, double noundef %134, i32 noundef %135, i64 noundef %136)
  br label %138

138:                                              ; preds = %132
  %139 = load i32, ptr %8, align 4
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %8, align 4
  br label %62, !llvm.loop !11

141:                                              ; preds = %62
  br label %142

142:                                              ; preds = %145, %141
  %143 = call ptr @arena_alloc(i64 noundef 1000, i64 noundef 8)
  %144 = icmp ne ptr %143, null
  br i1 %144, label %145, label %146

145:                                              ; preds = %142
  br label %142, !llvm.loop !12

146:                                              ; preds = %142
  %147 = load i64, ptr @arena_used, align 8
  %148 = load i32, ptr @arena_fail, align 4
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %147, i32 noundef %148)
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef 40, i64 noundef 8)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @arena_strdup(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call i64 @strlen(ptr noundef %4) #4
  %6 = add i64 %5, 1
  %7 = call ptr @arena_alloc(i64 noundef %6, i64 noundef 1)
  store ptr %7, ptr %3, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = icmp ne ptr %8, null
  br i1 %9, label %10, label %14

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8
  %12 = load ptr, ptr %2, align 8
  %13 = call ptr @strcpy(ptr noundef %11, ptr noundef %12) #5
  br label %14

14:                                               ; preds = %10, %1
  %15 = load ptr, ptr %3, align 8
  ret ptr %15
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @arena_alloc(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load i64, ptr @arena_used, align 8
  %8 = load i64, ptr %5, align 8
  %9 = add i64 %7, %8
  %10 = sub i64 %9, 1
  %11 = load i64, ptr %5, align 8
  %12 = sub i64 %11, 1
  %13 = xor i64 %12, -1
  %14 = and i64 %10, %13
  store i64 %14, ptr %6, align 8
  %15 = load i64, ptr %6, align 8
  %16 = load i64, ptr %4, align 8
  %17 = add i64 %15, %16
  %18 = icmp ugt i64 %17, 8192
  br i1 %18, label %19, label %22

19:                                               ; preds = %2
  %20 = load i32, ptr @arena_fail, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @arena_fail, align 4
  store ptr null, ptr %3, align 8
  br label %28

22:                                               ; preds = %2
  %23 = load i64, ptr %6, align 8
  %24 = load i64, ptr %4, align 8
  %25 = add i64 %23, %24
  store i64 %25, ptr @arena_used, align 8
  %26 = load i64, ptr %6, align 8
  %27 = getelementptr inbounds i8, ptr @arena, i64 %26
  store ptr %27, ptr %3, align 8
  br label %28

28:                                               ; preds = %22, %19
  %29 = load ptr, ptr %3, align 8
  ret ptr %29
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @obj_get() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = load ptr, ptr @free_list, align 8
  %5 = icmp ne ptr %4, null
  br i1 %5, label %6, label %12

6:                                                ; preds = %0
  %7 = load ptr, ptr @free_list, align 8
  store ptr %7, ptr %2, align 8
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.Obj, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  store ptr %10, ptr @free_list, align 8
  %11 = load ptr, ptr %2, align 8
  store ptr %11, ptr %1, align 8
  br label %21

12:                                               ; preds = %0
  %13 = call ptr @arena_alloc(i64 noundef 40, i64 noundef 8)
  store ptr %13, ptr %3, align 8
  %14 = load ptr, ptr %3, align 8
  %15 = icmp ne ptr %14, null
  br i1 %15, label %16, label %19

16:                                               ; preds = %12
  %17 = load i32, ptr @pool_created, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr @pool_created, align 4
  br label %19

19:                                               ; preds = %16, %12
  %20 = load ptr, ptr %3, align 8
  store ptr %20, ptr %1, align 8
  br label %21

21:                                               ; preds = %19, %6
  %22 = load ptr, ptr %1, align 8
  ret ptr %22
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @obj_put(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr @free_list, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds %struct.Obj, ptr %4, i32 0, i32 0
  store ptr %3, ptr %5, align 8
  %6 = load ptr, ptr %2, align 8
  store ptr %6, ptr @free_list, align 8
  ret void
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }
attributes #5 = { nounwind }

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
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
