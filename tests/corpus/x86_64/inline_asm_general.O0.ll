; ModuleID = 'inline_asm_general.c'
source_filename = "inline_asm_general.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [36 x i8] c"%u: max=%llx bs32=%08x bs64=%016llx\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c" ctz=%u clz=%u\00", align 1
@.str.2 = private unnamed_addr constant [33 x i8] c" mul=%llx:%llx zero=%d rot=%llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"add128=%llx:%llx\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"swap old=%d new=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"count=%u %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"imm=%llu callee=%llu\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"dbl=%.3f sub=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 48, i1 false)
  %12 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 1
  store i64 1, ptr %12, align 8
  %13 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 2
  store i64 7, ptr %13, align 16
  %14 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 3
  store i64 -9223372036854775808, ptr %14, align 8
  %15 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 4
  store i64 81985529216486895, ptr %15, align 16
  %16 = getelementptr inbounds [6 x i64], ptr %2, i32 0, i32 5
  store i64 12345678901, ptr %16, align 8
  store i32 0, ptr %3, align 4
  br label %17

17:                                               ; preds = %66, %0
  %18 = load i32, ptr %3, align 4
  %19 = zext i32 %18 to i64
  %20 = icmp ult i64 %19, 6
  br i1 %20, label %21, label %69

21:                                               ; preds = %17
  %22 = load i32, ptr %3, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [6 x i64], ptr %2, i64 0, i64 %23
  %25 = load i64, ptr %24, align 8
  store i64 %25, ptr %4, align 8
  %26 = load i32, ptr %3, align 4
  %27 = add i32 %26, 1
  %28 = urem i32 %27, 6
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds [6 x i64], ptr %2, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8
  store i64 %31, ptr %5, align 8
  %32 = load i64, ptr %4, align 8
  %33 = or i64 %32, 1
  %34 = load i64, ptr %5, align 8
  %35 = or i64 %34, 3
  %36 = call i64 @mulhi(i64 noundef %33, i64 noundef %35, ptr noundef %6)
  store i64 %36, ptr %7, align 8
  %37 = load i32, ptr %3, align 4
  %38 = load i64, ptr %4, align 8
  %39 = load i64, ptr %5, align 8
  %40 = call i64 @cmov_max(i64 noundef %38, i64 noundef %39)
  %41 = load i64, ptr %4, align 8
  %42 = trunc i64 %41 to i32
  %43 = call i32 @bswap32(i32 noundef %42)
  %44 = load i64, ptr %4, align 8
  %45 = call i64 @bswap64(i64 noundef %44)
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %37, i64 noundef %40, i32 noundef %43, i64 noundef %45)
  %47 = load i64, ptr %4, align 8
  %48 = icmp ne i64 %47, 0
  br i1 %48, label %49, label %55

49:                                               ; preds = %21
  %50 = load i64, ptr %4, align 8
  %51 = call i32 @ctz64(i64 noundef %50)
  %52 = load i64, ptr %4, align 8
  %53 = call i32 @clz64(i64 noundef %52)
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %51, i32 noundef %53)
  br label %55

55:                                               ; preds = %49, %21
  %56 = load i64, ptr %7, align 8
  %57 = load i64, ptr %6, align 8
  %58 = load i64, ptr %4, align 8
  %59 = call i32 @is_zero(i64 noundef %58)
  %60 = load i64, ptr %4, align 8
  %61 = load i32, ptr %3, align 4
  %62 = mul i32 %61, 7
  %63 = trunc i32 %62 to i8
  %64 = call i64 @rotl(i64 noundef %60, i8 noundef zeroext %63)
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %56, i64 noundef %57, i32 noundef %59, i64 noundef %64)
  br label %66

66:                                               ; preds = %55
  %67 = load i32, ptr %3, align 4
  %68 = add i32 %67, 1
  store i32 %68, ptr %3, align 4
  br label %17, !llvm.loop !6

69:                                               ; preds = %17
  store i64 -1, ptr %8, align 8
  store i64 1, ptr %9, align 8
  call void @add128(ptr noundef %8, ptr noundef %9, i64 noundef 2, i64 noundef 5)
  %70 = load i64, ptr %9, align 8
  %71 = load i64, ptr %8, align 8
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %70, i64 noundef %71)
  store i32 41, ptr %10, align 4
  %73 = call i32 @swap_mem(ptr noundef %10, i32 noundef 99)
  store i32 %73, ptr %11, align 4
  %74 = load i32, ptr %11, align 4
  %75 = load i32, ptr %10, align 4
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %74, i32 noundef %75)
  %77 = call i32 @count_down(i32 noundef 5)
  %78 = call i32 @count_down(i32 noundef 0)
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %77, i32 noundef %78)
  %80 = call i64 @add_imm(i64 noundef 24)
  %81 = call i64 @uses_callee_saved(i64 noundef 41)
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %80, i64 noundef %81)
  %83 = call double @dbl_add(double noundef 1.250000e+00, double noundef 2.500000e+00)
  %84 = call i32 @intel_sub(i32 noundef 50, i32 noundef 8)
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %83, i32 noundef %84)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @mulhi(i64 noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = load i64, ptr %5, align 8
  %11 = call { i64, i64 } asm "mulq $3", "={ax},={dx},{ax},rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %9, i64 %10) #4, !srcloc !8
  %12 = extractvalue { i64, i64 } %11, 0
  %13 = extractvalue { i64, i64 } %11, 1
  store i64 %12, ptr %7, align 8
  store i64 %13, ptr %8, align 8
  %14 = load i64, ptr %7, align 8
  %15 = load ptr, ptr %6, align 8
  store i64 %14, ptr %15, align 8
  %16 = load i64, ptr %8, align 8
  ret i64 %16
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @cmov_max(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8
  store i64 %6, ptr %5, align 8
  %7 = load i64, ptr %5, align 8
  %8 = load i64, ptr %3, align 8
  %9 = load i64, ptr %4, align 8
  %10 = call i64 asm "cmpq $1, $2\0A\09cmova $2, $0", "=r,r,r,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %8, i64 %9, i64 %7) #5, !srcloc !9
  store i64 %10, ptr %5, align 8
  %11 = load i64, ptr %5, align 8
  ret i64 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @bswap32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = call i32 asm "bswap $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %3) #5, !srcloc !10
  store i32 %4, ptr %2, align 4
  %5 = load i32, ptr %2, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @bswap64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = call i64 asm "bswapq $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i64 %3) #5, !srcloc !11
  store i64 %4, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ctz64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  %5 = call i64 asm "bsfq $1, $0", "=r,rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %4) #4, !srcloc !12
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  %7 = trunc i64 %6 to i32
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @clz64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  %5 = call i64 asm "bsrq $1, $0\0A\09xorq $$63, $0", "=&r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %4) #5, !srcloc !13
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  %7 = trunc i64 %6 to i32
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_zero(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  %5 = call i32 asm "testq $1, $1", "={@ccz},r,~{dirflag},~{fpsr},~{flags}"(i64 %4) #5, !srcloc !14
  %6 = icmp ult i32 %5, 2
  call void @llvm.assume(i1 %6)
  store i32 %5, ptr %3, align 4
  %7 = load i32, ptr %3, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rotl(i64 noundef %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i8, align 1
  store i64 %0, ptr %3, align 8
  store i8 %1, ptr %4, align 1
  %5 = load i64, ptr %3, align 8
  %6 = load i8, ptr %4, align 1
  %7 = call i64 asm "rolq %cl, $0", "=r,{cx},0,~{cc},~{dirflag},~{fpsr},~{flags}"(i8 %6, i64 %5) #5, !srcloc !15
  store i64 %7, ptr %3, align 8
  %8 = load i64, ptr %3, align 8
  ret i64 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @add128(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  store i64 %3, ptr %8, align 8
  %9 = load ptr, ptr %5, align 8
  %10 = load i64, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load i64, ptr %11, align 8
  %13 = load i64, ptr %7, align 8
  %14 = load i64, ptr %8, align 8
  %15 = call { i64, i64 } asm "addq $2, $0\0A\09adcq $3, $1", "=r,=r,r,r,0,1,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %13, i64 %14, i64 %10, i64 %12) #5, !srcloc !16
  %16 = extractvalue { i64, i64 } %15, 0
  %17 = extractvalue { i64, i64 } %15, 1
  store i64 %16, ptr %9, align 8
  store i64 %17, ptr %11, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @swap_mem(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = call i32 asm sideeffect "xchgl $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) %6, i32 %5, ptr elementtype(i32) %6) #6, !srcloc !17
  store i32 %7, ptr %4, align 4
  %8 = load i32, ptr %4, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_down(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  %4 = load i32, ptr %2, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call { i32, i32 } asm "test $0, $0\0A\09jz 2f\0A.Lcd${:uid}:\0A\09incl $1\0A\09decl $0\0A\09jnz .Lcd${:uid}\0A2:", "=r,=r,0,1,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %4, i32 %5) #5, !srcloc !18
  %7 = extractvalue { i32, i32 } %6, 0
  %8 = extractvalue { i32, i32 } %6, 1
  store i32 %7, ptr %2, align 4
  store i32 %8, ptr %3, align 4
  %9 = load i32, ptr %3, align 4
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @add_imm(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = call i64 asm "addq $1, $0", "=r,i,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 1000, i64 %3) #5, !srcloc !19
  store i64 %4, ptr %2, align 8
  %5 = load i64, ptr %2, align 8
  ret i64 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @uses_callee_saved(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %4 = load i64, ptr %2, align 8
  %5 = call i64 asm "movq $1, %rbx\0A\09movq %rbx, %r12\0A\09leaq 1(%r12), $0", "=r,r,~{rbx},~{r12},~{dirflag},~{fpsr},~{flags}"(i64 %4) #5, !srcloc !20
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  ret i64 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dbl_add(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8
  %6 = load double, ptr %4, align 8
  %7 = call double asm "addsd $1, $0", "=x,x,0,~{dirflag},~{fpsr},~{flags}"(double %6, double %5) #5, !srcloc !21
  store double %7, ptr %3, align 8
  %8 = load double, ptr %3, align 8
  ret double %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @intel_sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 asm "subl $1, $0", "=r,r,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 %6, i32 %5) #5, !srcloc !22
  store i32 %7, ptr %3, align 4
  %8 = load i32, ptr %3, align 4
  ret i32 %8
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { nounwind memory(read) }
attributes #5 = { nounwind memory(none) }
attributes #6 = { nounwind }

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
!8 = !{i64 1212}
!9 = !{i64 562, i64 576}
!10 = !{i64 695}
!11 = !{i64 785}
!12 = !{i64 899}
!13 = !{i64 1033, i64 1047}
!14 = !{i64 1697}
!15 = !{i64 2428}
!16 = !{i64 1427, i64 1441}
!17 = !{i64 1574}
!18 = !{i64 1830, i64 1844, i64 1853, i64 1862, i64 1873, i64 1884, i64 1898}
!19 = !{i64 2019}
!20 = !{i64 2240, i64 2257, i64 2278}
!21 = !{i64 2545}
!22 = !{i64 2647}
