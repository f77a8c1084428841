; ModuleID = 'inline_asm_general.c'
source_filename = "inline_asm_general.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %1) #4
  store <2 x i64> <i64 0, i64 1>, ptr %1, align 16
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  store <2 x i64> <i64 7, i64 -9223372036854775808>, ptr %3, align 16
  %4 = getelementptr inbounds i8, ptr %1, i64 32
  store <2 x i64> <i64 81985529216486895, i64 12345678901>, ptr %4, align 16
  br label %25

5:                                                ; preds = %53
  %6 = tail call { i64, i64 } asm "adds $0, $0, $2\0A\09adc $1, $1, $3", "=r,=r,r,r,0,1,~{cc}"(i64 2, i64 5, i64 -1, i64 1) #5, !srcloc !6
  %7 = extractvalue { i64, i64 } %6, 0
  %8 = extractvalue { i64, i64 } %6, 1
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %8, i64 noundef %7)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #4
  store i32 41, ptr %2, align 4, !tbaa !7
  %10 = call { i32, i32 } asm sideeffect "1: ldaxr ${0:w}, $2\0A\09stlxr ${1:w}, ${3:w}, $2\0A\09cbnz ${1:w}, 1b", "=&r,=&r,=*Q,r,*Q,~{memory}"(ptr nonnull elementtype(i32) %2, i32 99, ptr nonnull elementtype(i32) %2) #4, !srcloc !11
  %11 = extractvalue { i32, i32 } %10, 0
  %12 = load i32, ptr %2, align 4, !tbaa !7
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %11, i32 noundef %12)
  %14 = call { i32, i32 } asm "cbz ${0:w}, 2f\0A.Lcd${:uid}:\0A\09add ${1:w}, ${1:w}, #1\0A\09subs ${0:w}, ${0:w}, #1\0A\09b.ne .Lcd${:uid}\0A2:", "=r,=r,0,1,~{cc}"(i32 5, i32 0) #5, !srcloc !12
  %15 = extractvalue { i32, i32 } %14, 1
  %16 = call { i32, i32 } asm "cbz ${0:w}, 2f\0A.Lcd${:uid}:\0A\09add ${1:w}, ${1:w}, #1\0A\09subs ${0:w}, ${0:w}, #1\0A\09b.ne .Lcd${:uid}\0A2:", "=r,=r,0,1,~{cc}"(i32 0, i32 0) #5, !srcloc !12
  %17 = extractvalue { i32, i32 } %16, 1
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %15, i32 noundef %17)
  %19 = call i64 asm "add $0, $0, $1", "=r,I,0"(i32 1000, i64 24) #5, !srcloc !13
  %20 = call i64 asm "mov x19, $1\0A\09mov x20, x19\0A\09add $0, x20, #1", "=r,r,~{x19},~{x20}"(i64 41) #5, !srcloc !14
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef %19, i64 noundef %20)
  %22 = call double asm "fadd ${0:d}, ${0:d}, ${1:d}", "=w,w,0"(double 2.500000e+00, double 1.250000e+00) #5, !srcloc !15
  %23 = call i32 asm "sub ${0:w}, ${0:w}, ${1:w}", "=r,r,0"(i32 8, i32 50) #5, !srcloc !16
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %22, i32 noundef %23)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %1) #4
  ret i32 0

25:                                               ; preds = %0, %53
  %26 = phi i64 [ 0, %0 ], [ %29, %53 ]
  %27 = getelementptr inbounds [6 x i64], ptr %1, i64 0, i64 %26
  %28 = load i64, ptr %27, align 8, !tbaa !17
  %29 = add nuw nsw i64 %26, 1
  %30 = icmp eq i64 %29, 6
  %31 = and i64 %29, 4294967295
  %32 = select i1 %30, i64 0, i64 %31
  %33 = getelementptr inbounds [6 x i64], ptr %1, i64 0, i64 %32
  %34 = load i64, ptr %33, align 8, !tbaa !17
  %35 = or i64 %28, 1
  %36 = or i64 %34, 3
  %37 = tail call { i64, i64 } asm "mul $0, $2, $3\0A\09umulh $1, $2, $3", "=&r,=&r,r,r"(i64 %35, i64 %36) #5, !srcloc !19
  %38 = extractvalue { i64, i64 } %37, 0
  %39 = extractvalue { i64, i64 } %37, 1
  %40 = tail call i64 asm "cmp $1, $2\0A\09csel $0, $1, $2, hi", "=r,r,r,~{cc}"(i64 %28, i64 %34) #5, !srcloc !20
  %41 = trunc i64 %28 to i32
  %42 = tail call i32 asm "rev ${0:w}, ${0:w}", "=r,0"(i32 %41) #5, !srcloc !21
  %43 = tail call i64 asm "rev $0, $1", "=r,r"(i64 %28) #5, !srcloc !22
  %44 = trunc nuw nsw i64 %26 to i32
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %44, i64 noundef %40, i32 noundef %42, i64 noundef %43)
  %46 = icmp eq i64 %28, 0
  br i1 %46, label %53, label %47

47:                                               ; preds = %25
  %48 = tail call i64 asm "rbit $0, $1\0A\09clz $0, $0", "=r,r"(i64 %28) #5, !srcloc !23
  %49 = trunc i64 %48 to i32
  %50 = tail call i64 asm "clz $0, $1", "=r,r"(i64 %28) #5, !srcloc !24
  %51 = trunc i64 %50 to i32
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49, i32 noundef %51)
  br label %53

53:                                               ; preds = %47, %25
  %54 = tail call i32 asm "cmp $1, #0", "={@cceq},r"(i64 %28) #5, !srcloc !25
  %55 = icmp ult i32 %54, 2
  tail call void @llvm.assume(i1 %55)
  %56 = mul i64 %26, 57
  %57 = and i64 %56, 63
  %58 = tail call i64 asm "ror $0, $0, $1", "=r,r,0"(i64 %57, i64 %28) #5, !srcloc !26
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %39, i64 noundef %38, i32 noundef %54, i64 noundef %58)
  %60 = icmp eq i64 %29, 6
  br i1 %60, label %5, label %25, !llvm.loop !27
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { nounwind }
attributes #5 = { nounwind memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{i64 3651, i64 3669}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{i64 3837, i64 3856, i64 3878}
!12 = !{i64 4184, i64 4198, i64 4207, i64 4227, i64 4248, i64 4263}
!13 = !{i64 4384}
!14 = !{i64 4518, i64 4532, i64 4548}
!15 = !{i64 4827}
!16 = !{i64 4935}
!17 = !{!18, !18, i64 0}
!18 = !{!"long", !9, i64 0}
!19 = !{i64 3455, i64 3472}
!20 = !{i64 2813, i64 2826}
!21 = !{i64 2952}
!22 = !{i64 3046}
!23 = !{i64 3161, i64 3175}
!24 = !{i64 3301}
!25 = !{i64 4052}
!26 = !{i64 4716}
!27 = distinct !{!27, !28}
!28 = !{!"llvm.loop.mustprogress"}
