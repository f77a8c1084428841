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

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [6 x i64], align 16
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %1, i8 0, i64 16, i1 false)
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  store i64 1, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %1, i64 16
  store i64 7, ptr %4, align 16
  %5 = getelementptr inbounds i8, ptr %1, i64 24
  store i64 -9223372036854775808, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %1, i64 32
  store i64 81985529216486895, ptr %6, align 16
  %7 = getelementptr inbounds i8, ptr %1, i64 40
  store i64 12345678901, ptr %7, align 8
  br label %27

8:                                                ; preds = %55
  %9 = tail call { i64, i64 } asm "addq $2, $0\0A\09adcq $3, $1", "=r,=r,r,r,0,1,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 2, i64 5, i64 -1, i64 1) #6, !srcloc !5
  %10 = extractvalue { i64, i64 } %9, 0
  %11 = extractvalue { i64, i64 } %9, 1
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %11, i64 noundef %10)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #5
  store i32 41, ptr %2, align 4, !tbaa !6
  %13 = call i32 asm sideeffect "xchgl $0, $1", "=r,=*m,0,*m,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr nonnull elementtype(i32) %2, i32 99, ptr nonnull elementtype(i32) %2) #5, !srcloc !10
  %14 = load i32, ptr %2, align 4, !tbaa !6
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %13, i32 noundef %14)
  %16 = call { i32, i32 } asm "test $0, $0\0A\09jz 2f\0A.Lcd${:uid}:\0A\09incl $1\0A\09decl $0\0A\09jnz .Lcd${:uid}\0A2:", "=r,=r,0,1,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 5, i32 0) #6, !srcloc !11
  %17 = extractvalue { i32, i32 } %16, 1
  %18 = call { i32, i32 } asm "test $0, $0\0A\09jz 2f\0A.Lcd${:uid}:\0A\09incl $1\0A\09decl $0\0A\09jnz .Lcd${:uid}\0A2:", "=r,=r,0,1,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 0, i32 0) #6, !srcloc !11
  %19 = extractvalue { i32, i32 } %18, 1
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %17, i32 noundef %19)
  %21 = call i64 asm "addq $1, $0", "=r,i,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 1000, i64 24) #6, !srcloc !12
  %22 = call i64 asm "movq $1, %rbx\0A\09movq %rbx, %r12\0A\09leaq 1(%r12), $0", "=r,r,~{rbx},~{r12},~{dirflag},~{fpsr},~{flags}"(i64 41) #6, !srcloc !13
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %21, i64 noundef %22)
  %24 = call double asm "addsd $1, $0", "=x,x,0,~{dirflag},~{fpsr},~{flags}"(double 2.500000e+00, double 1.250000e+00) #6, !srcloc !14
  %25 = call i32 asm "subl $1, $0", "=r,r,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i32 8, i32 50) #6, !srcloc !15
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %24, i32 noundef %25)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #5
  ret i32 0

27:                                               ; preds = %0, %55
  %28 = phi i64 [ 0, %0 ], [ %31, %55 ]
  %29 = getelementptr inbounds [6 x i64], ptr %1, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8, !tbaa !16
  %31 = add nuw nsw i64 %28, 1
  %32 = icmp eq i64 %31, 6
  %33 = and i64 %31, 4294967295
  %34 = select i1 %32, i64 0, i64 %33
  %35 = getelementptr inbounds [6 x i64], ptr %1, i64 0, i64 %34
  %36 = load i64, ptr %35, align 8, !tbaa !16
  %37 = or i64 %30, 1
  %38 = or i64 %36, 3
  %39 = tail call { i64, i64 } asm "mulq $3", "={ax},={dx},{ax},rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %37, i64 %38) #7, !srcloc !18
  %40 = extractvalue { i64, i64 } %39, 0
  %41 = extractvalue { i64, i64 } %39, 1
  %42 = tail call i64 asm "cmpq $1, $2\0A\09cmova $2, $0", "=r,r,r,0,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %30, i64 %36, i64 %30) #6, !srcloc !19
  %43 = trunc i64 %30 to i32
  %44 = tail call i32 asm "bswap $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i32 %43) #6, !srcloc !20
  %45 = tail call i64 asm "bswapq $0", "=r,0,~{dirflag},~{fpsr},~{flags}"(i64 %30) #6, !srcloc !21
  %46 = trunc nuw nsw i64 %28 to i32
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %46, i64 noundef %42, i32 noundef %44, i64 noundef %45)
  %48 = icmp eq i64 %30, 0
  br i1 %48, label %55, label %49

49:                                               ; preds = %27
  %50 = tail call i64 asm "bsfq $1, $0", "=r,rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %30) #7, !srcloc !22
  %51 = trunc i64 %50 to i32
  %52 = tail call i64 asm "bsrq $1, $0\0A\09xorq $$63, $0", "=&r,r,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %30) #6, !srcloc !23
  %53 = trunc i64 %52 to i32
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %51, i32 noundef %53)
  br label %55

55:                                               ; preds = %49, %27
  %56 = tail call i32 asm "testq $1, $1", "={@ccz},r,~{dirflag},~{fpsr},~{flags}"(i64 %30) #6, !srcloc !24
  %57 = icmp ult i32 %56, 2
  tail call void @llvm.assume(i1 %57)
  %58 = trunc i64 %28 to i8
  %59 = mul nuw nsw i8 %58, 7
  %60 = tail call i64 asm "rolq %cl, $0", "=r,{cx},0,~{cc},~{dirflag},~{fpsr},~{flags}"(i8 %59, i64 %30) #6, !srcloc !25
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %41, i64 noundef %40, i32 noundef %56, i64 noundef %60)
  %62 = icmp eq i64 %31, 6
  br i1 %62, label %8, label %27, !llvm.loop !26
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { nounwind }
attributes #6 = { nounwind memory(none) }
attributes #7 = { nounwind memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{i64 1427, i64 1441}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{i64 1574}
!11 = !{i64 1830, i64 1844, i64 1853, i64 1862, i64 1873, i64 1884, i64 1898}
!12 = !{i64 2019}
!13 = !{i64 2240, i64 2257, i64 2278}
!14 = !{i64 2545}
!15 = !{i64 2647}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !8, i64 0}
!18 = !{i64 1212}
!19 = !{i64 562, i64 576}
!20 = !{i64 695}
!21 = !{i64 785}
!22 = !{i64 899}
!23 = !{i64 1033, i64 1047}
!24 = !{i64 1697}
!25 = !{i64 2428}
!26 = distinct !{!26, !27}
!27 = !{!"llvm.loop.mustprogress"}
