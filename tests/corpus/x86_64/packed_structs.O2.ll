; ModuleID = 'packed_structs.c'
source_filename = "packed_structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Header = type <{ i8, i32, i16, i64 }>

@.str = private unnamed_addr constant [71 x i8] c"sizes: header=%zu pack2=%zu bits3=%zu bits5=%zu bits7=%zu aligned=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [75 x i8] c"offsets: length=%zu flags=%zu id=%zu | i=%zu s=%zu d=%zu | d=%zu tail=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [48 x i8] c"hdr %d: kind=%u len=%08x flags=%04x id=%016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"raw[15..22]:\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"pack2: %c %d %d %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"bits3: %x %x\0A\00", align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"bits5: %llx %llx\0A\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"bits7: %d %llx\0A\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"bits7 bytes:\00", align 1
@.str.11 = private unnamed_addr constant [28 x i8] c"aligned: %c %g %d mod16=%d\0A\00", align 1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define dso_local i32 @read_length(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 1
  %3 = load i32, ptr %2, align 1, !tbaa !5
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @bump(ptr nocapture noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds i8, ptr %0, i64 1
  %3 = load i32, ptr %2, align 1, !tbaa !5
  %4 = add i32 %3, 1000
  store i32 %4, ptr %2, align 1, !tbaa !5
  %5 = getelementptr inbounds i8, ptr %0, i64 7
  %6 = load i64, ptr %5, align 1, !tbaa !12
  %7 = xor i64 %6, 65535
  store i64 %7, ptr %5, align 1, !tbaa !12
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  %1 = alloca [3 x %struct.Header], align 16
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 15, i64 noundef 16, i64 noundef 3, i64 noundef 5, i64 noundef 7, i64 noundef 32)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 1, i64 noundef 5, i64 noundef 7, i64 noundef 2, i64 noundef 6, i64 noundef 8, i64 noundef 16, i64 noundef 24)
  call void @llvm.lifetime.start.p0(i64 45, ptr nonnull %1) #6
  store i8 1, ptr %1, align 16, !tbaa !13
  %4 = getelementptr inbounds i8, ptr %1, i64 1
  store i32 16909060, ptr %4, align 1, !tbaa !5
  %5 = getelementptr inbounds i8, ptr %1, i64 5
  store i16 -24576, ptr %5, align 1, !tbaa !14
  %6 = getelementptr inbounds i8, ptr %1, i64 7
  store i64 1234605616436508552, ptr %6, align 1, !tbaa !12
  %7 = getelementptr inbounds i8, ptr %1, i64 15
  store i8 2, ptr %7, align 1, !tbaa !13
  %8 = getelementptr inbounds i8, ptr %1, i64 16
  store i32 33818120, ptr %8, align 16, !tbaa !5
  %9 = getelementptr inbounds i8, ptr %1, i64 20
  store i16 -24575, ptr %9, align 4, !tbaa !14
  %10 = getelementptr inbounds i8, ptr %1, i64 22
  store i64 1234605616436508553, ptr %10, align 2, !tbaa !12
  %11 = getelementptr inbounds i8, ptr %1, i64 30
  store i8 3, ptr %11, align 2, !tbaa !13
  %12 = getelementptr inbounds i8, ptr %1, i64 31
  store i32 50727180, ptr %12, align 1, !tbaa !5
  %13 = getelementptr inbounds i8, ptr %1, i64 35
  store i16 -24574, ptr %13, align 1, !tbaa !14
  %14 = getelementptr inbounds i8, ptr %1, i64 37
  store i64 1234605616436508554, ptr %14, align 1, !tbaa !12
  call void @bump(ptr noundef nonnull %7)
  %15 = load i8, ptr %1, align 16, !tbaa !13
  %16 = zext i8 %15 to i32
  %17 = call i32 @read_length(ptr noundef nonnull %1)
  %18 = load i16, ptr %5, align 1, !tbaa !14
  %19 = zext i16 %18 to i32
  %20 = load i64, ptr %6, align 1, !tbaa !12
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 0, i32 noundef %16, i32 noundef %17, i32 noundef %19, i64 noundef %20)
  %22 = load i8, ptr %7, align 1
  %23 = zext i8 %22 to i32
  %24 = call i32 @read_length(ptr noundef nonnull %7)
  %25 = load i16, ptr %9, align 4
  %26 = zext i16 %25 to i32
  %27 = load i64, ptr %10, align 2
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 1, i32 noundef %23, i32 noundef %24, i32 noundef %26, i64 noundef %27)
  %29 = load i8, ptr %11, align 2, !tbaa !13
  %30 = zext i8 %29 to i32
  %31 = call i32 @read_length(ptr noundef nonnull %11)
  %32 = load i16, ptr %13, align 1, !tbaa !14
  %33 = zext i16 %32 to i32
  %34 = load i64, ptr %14, align 1, !tbaa !12
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 2, i32 noundef %30, i32 noundef %31, i32 noundef %33, i64 noundef %34)
  %36 = getelementptr inbounds i8, ptr %1, i64 16
  %37 = load i8, ptr %36, align 16
  %38 = getelementptr inbounds i8, ptr %1, i64 17
  %39 = load i8, ptr %38, align 1
  %40 = getelementptr inbounds i8, ptr %1, i64 18
  %41 = load i8, ptr %40, align 2
  %42 = getelementptr inbounds i8, ptr %1, i64 19
  %43 = load i8, ptr %42, align 1
  %44 = lshr i16 %25, 8
  %45 = zext nneg i16 %44 to i32
  %46 = trunc i64 %27 to i32
  %47 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %23)
  %49 = zext i8 %37 to i32
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %49)
  %51 = zext i8 %39 to i32
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %51)
  %53 = zext i8 %41 to i32
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %53)
  %55 = zext i8 %43 to i32
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %55)
  %57 = and i16 %25, 255
  %58 = zext nneg i16 %57 to i32
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %58)
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %45)
  %61 = and i32 %46, 255
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %61)
  %63 = tail call i32 @putchar(i32 10)
  %64 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 120, i32 noundef -123456, i32 noundef 321, double noundef 2.500000e+00)
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 2748, i32 noundef 35)
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef 1, i64 noundef 74565)
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef -100000, i64 noundef 137438953456)
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10)
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 96)
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 121)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 134)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 255)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 255)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 255)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 255)
  %76 = tail call i32 @putchar(i32 10)
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef 113, double noundef 6.250000e+00, i32 noundef 9, i32 noundef 0)
  call void @llvm.lifetime.end.p0(i64 45, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !9, i64 1}
!6 = !{!"Header", !7, i64 0, !9, i64 1, !10, i64 5, !11, i64 7}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!"short", !7, i64 0}
!11 = !{!"long", !7, i64 0}
!12 = !{!6, !11, i64 7}
!13 = !{!6, !7, i64 0}
!14 = !{!6, !10, i64 5}
