; ModuleID = 'inline_asm_barriers.c'
source_filename = "inline_asm_barriers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"sum %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"hidden %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"cpu info %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %5

5:                                                ; preds = %21, %0
  %6 = load i32, ptr %4, align 4
  %7 = icmp ult i32 %6, 16
  br i1 %7, label %8, label %24

8:                                                ; preds = %5
  %9 = load i32, ptr %4, align 4
  %10 = mul i32 %9, -1640531535
  %11 = call i32 @hide(i32 noundef %10)
  %12 = load i32, ptr %4, align 4
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %13
  store volatile i32 %11, ptr %14, align 4
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !6
  %15 = load i32, ptr %4, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %16
  %18 = load volatile i32, ptr %17, align 4
  %19 = load i32, ptr %3, align 4
  %20 = add i32 %19, %18
  store i32 %20, ptr %3, align 4
  call void @pad()
  call void @relax()
  br label %21

21:                                               ; preds = %8
  %22 = load i32, ptr %4, align 4
  %23 = add i32 %22, 1
  store i32 %23, ptr %4, align 4
  br label %5, !llvm.loop !7

24:                                               ; preds = %5
  call void @full_fence()
  %25 = load i32, ptr %3, align 4
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25)
  %27 = call i64 @hide64(i64 noundef 81985529216486895)
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %27)
  %29 = call i32 @has_cpu_info()
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %29)
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @hide(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 asm sideeffect "", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %3) #2, !srcloc !9
  store i32 %4, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @pad() #0 {
  call void asm sideeffect ".p2align 4\0A\09nop\0A\09nop", "~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @relax() #0 {
  call void asm sideeffect "pause", "~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @full_fence() #0 {
  call void asm sideeffect "mfence", "~{memory},~{dirflag},~{fpsr},~{flags}"() #2, !srcloc !12
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @hide64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = call i64 asm "", "=r,0,~{dirflag},~{fpsr},~{flags}"(i64 %3) #3, !srcloc !13
  store i64 %4, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @has_cpu_info() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = call { i32, i32, i32, i32 } asm sideeffect "cpuid", "={ax},={bx},={cx},={dx},{ax},{cx},~{dirflag},~{fpsr},~{flags}"(i32 0, i32 0) #2, !srcloc !14
  %6 = extractvalue { i32, i32, i32, i32 } %5, 0
  %7 = extractvalue { i32, i32, i32, i32 } %5, 1
  %8 = extractvalue { i32, i32, i32, i32 } %5, 2
  %9 = extractvalue { i32, i32, i32, i32 } %5, 3
  store i32 %6, ptr %1, align 4
  store i32 %7, ptr %2, align 4
  store i32 %8, ptr %3, align 4
  store i32 %9, ptr %4, align 4
  %10 = load i32, ptr %1, align 4
  %11 = icmp uge i32 %10, 1
  br i1 %11, label %12, label %19

12:                                               ; preds = %0
  %13 = load i32, ptr %2, align 4
  %14 = load i32, ptr %3, align 4
  %15 = or i32 %13, %14
  %16 = load i32, ptr %4, align 4
  %17 = or i32 %15, %16
  %18 = icmp ne i32 %17, 0
  br label %19

19:                                               ; preds = %12, %0
  %20 = phi i1 [ false, %0 ], [ %18, %12 ]
  %21 = zext i1 %20 to i32
  ret i32 %21
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }
attributes #3 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{i64 1506}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{i64 356}
!10 = !{i64 618, i64 631, i64 638}
!11 = !{i64 732}
!12 = !{i64 894}
!13 = !{i64 480}
!14 = !{i64 1111}
