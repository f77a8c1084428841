; ModuleID = 'thread_locals.c'
source_filename = "thread_locals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { [8 x i8], double }

@history = dso_local thread_local global [4 x i64] [i64 1, i64 2, i64 3, i64 4], align 16
@main_counter = internal global ptr null, align 8
@counter = internal thread_local global i32 5, align 4
@.str = private unnamed_addr constant [66 x i8] c"main: counter=%d history=%ld,%ld rec=%s %.1f results=%ld,%ld,%ld\0A\00", align 1
@rec = internal thread_local global %struct.anon { [8 x i8] c"init\00\00\00\00", double 2.500000e+00 }, align 8
@.str.1 = private unnamed_addr constant [56 x i8] c"thread %ld: counter=%d sum=%ld rec=%s %.1f own-copy=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i64], align 16
  %3 = alloca [3 x i64], align 16
  %4 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %5 = call ptr @counter_address()
  store ptr %5, ptr @main_counter, align 8
  %6 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %7 = load i32, ptr %6, align 4
  %8 = add nsw i32 %7, 10
  store i32 %8, ptr %6, align 4
  store i64 0, ptr %4, align 8
  br label %9

9:                                                ; preds = %24, %0
  %10 = load i64, ptr %4, align 8
  %11 = icmp slt i64 %10, 3
  br i1 %11, label %12, label %27

12:                                               ; preds = %9
  %13 = load i64, ptr %4, align 8
  %14 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %13
  %15 = load i64, ptr %4, align 8
  %16 = inttoptr i64 %15 to ptr
  %17 = call i32 @pthread_create(ptr noundef %14, ptr noundef null, ptr noundef @work, ptr noundef %16) #4
  %18 = load i64, ptr %4, align 8
  %19 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8
  %21 = load i64, ptr %4, align 8
  %22 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 %21
  %23 = call i32 @pthread_join(i64 noundef %20, ptr noundef %22)
  br label %24

24:                                               ; preds = %12
  %25 = load i64, ptr %4, align 8
  %26 = add nsw i64 %25, 1
  store i64 %26, ptr %4, align 8
  br label %9, !llvm.loop !6

27:                                               ; preds = %9
  %28 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %29 = load i32, ptr %28, align 4
  %30 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %31 = getelementptr inbounds [4 x i64], ptr %30, i64 0, i64 0
  %32 = load i64, ptr %31, align 16
  %33 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %34 = getelementptr inbounds [4 x i64], ptr %33, i64 0, i64 3
  %35 = load i64, ptr %34, align 8
  %36 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %37 = getelementptr inbounds %struct.anon, ptr %36, i32 0, i32 0
  %38 = getelementptr inbounds [8 x i8], ptr %37, i64 0, i64 0
  %39 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %40 = getelementptr inbounds %struct.anon, ptr %39, i32 0, i32 1
  %41 = load double, ptr %40, align 8
  %42 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 0
  %43 = load i64, ptr %42, align 16
  %44 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 1
  %45 = load i64, ptr %44, align 8
  %46 = getelementptr inbounds [3 x i64], ptr %3, i64 0, i64 2
  %47 = load i64, ptr %46, align 16
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %29, i64 noundef %32, i64 noundef %35, ptr noundef %38, double noundef %41, i64 noundef %43, i64 noundef %45, i64 noundef %47)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @counter_address() #0 {
  %1 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  ret ptr %1
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @work(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %7 = load ptr, ptr %2, align 8
  %8 = ptrtoint ptr %7 to i64
  store i64 %8, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %20, %1
  %10 = load i32, ptr %4, align 4
  %11 = load i64, ptr %3, align 8
  %12 = add nsw i64 %11, 1
  %13 = trunc i64 %12 to i32
  %14 = mul nsw i32 1000, %13
  %15 = icmp slt i32 %10, %14
  br i1 %15, label %16, label %23

16:                                               ; preds = %9
  %17 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %18 = load i32, ptr %17, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %17, align 4
  br label %20

20:                                               ; preds = %16
  %21 = load i32, ptr %4, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 4
  br label %9, !llvm.loop !8

23:                                               ; preds = %9
  %24 = load i64, ptr %3, align 8
  %25 = mul nsw i64 %24, 100
  %26 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %27 = load i64, ptr %3, align 8
  %28 = srem i64 %27, 4
  %29 = getelementptr inbounds [4 x i64], ptr %26, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8
  %31 = add nsw i64 %30, %25
  store i64 %31, ptr %29, align 8
  %32 = load i64, ptr %3, align 8
  %33 = add nsw i64 %32, 2
  %34 = sitofp i64 %33 to double
  %35 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %36 = getelementptr inbounds %struct.anon, ptr %35, i32 0, i32 1
  %37 = load double, ptr %36, align 8
  %38 = fmul double %37, %34
  store double %38, ptr %36, align 8
  %39 = load i64, ptr %3, align 8
  %40 = add nsw i64 65, %39
  %41 = trunc i64 %40 to i8
  %42 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %43 = getelementptr inbounds %struct.anon, ptr %42, i32 0, i32 0
  %44 = getelementptr inbounds [8 x i8], ptr %43, i64 0, i64 0
  store i8 %41, ptr %44, align 8
  %45 = call ptr @counter_address()
  store ptr %45, ptr %5, align 8
  %46 = load ptr, ptr %5, align 8
  %47 = load i32, ptr %46, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 4
  %49 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %50 = load i32, ptr %49, align 4
  %51 = sext i32 %50 to i64
  %52 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %53 = getelementptr inbounds [4 x i64], ptr %52, i64 0, i64 0
  %54 = load i64, ptr %53, align 16
  %55 = add nsw i64 %51, %54
  %56 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %57 = getelementptr inbounds [4 x i64], ptr %56, i64 0, i64 1
  %58 = load i64, ptr %57, align 8
  %59 = add nsw i64 %55, %58
  %60 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %61 = getelementptr inbounds [4 x i64], ptr %60, i64 0, i64 2
  %62 = load i64, ptr %61, align 16
  %63 = add nsw i64 %59, %62
  %64 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @history)
  %65 = getelementptr inbounds [4 x i64], ptr %64, i64 0, i64 3
  %66 = load i64, ptr %65, align 8
  %67 = add nsw i64 %63, %66
  store i64 %67, ptr %6, align 8
  %68 = load i64, ptr %3, align 8
  %69 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %70 = load i32, ptr %69, align 4
  %71 = load i64, ptr %6, align 8
  %72 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %73 = getelementptr inbounds %struct.anon, ptr %72, i32 0, i32 0
  %74 = getelementptr inbounds [8 x i8], ptr %73, i64 0, i64 0
  %75 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @rec)
  %76 = getelementptr inbounds %struct.anon, ptr %75, i32 0, i32 1
  %77 = load double, ptr %76, align 8
  %78 = load ptr, ptr %5, align 8
  %79 = load ptr, ptr @main_counter, align 8
  %80 = icmp ne ptr %78, %79
  %81 = zext i1 %80 to i32
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %68, i32 noundef %70, i64 noundef %71, ptr noundef %74, double noundef %77, i32 noundef %81)
  %83 = load i64, ptr %6, align 8
  %84 = inttoptr i64 %83 to ptr
  ret ptr %84
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #3

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
