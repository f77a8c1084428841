; ModuleID = 'vprintf_wrap.c'
source_filename = "vprintf_wrap.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@.str = private unnamed_addr constant [5 x i8] c"info\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"starting with %d items\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"warn\00", align 1
@.str.3 = private unnamed_addr constant [38 x i8] c"value %s is %.2f over the limit of %u\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"pressure\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"debug\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"%c%c%c %05d %x %o %lld\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"%s-%d-%g-%s\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"omega\00", align 1
@.str.10 = private unnamed_addr constant [17 x i8] c"alloc: %s (%zu)\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"%0*d|%-6s|%+.3e\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"alloc: %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c",%d:%s\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"even\00", align 1
@.str.17 = private unnamed_addr constant [17 x i8] c"append %d -> %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [15 x i8] c"buf: %s (%zu)\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.19 = private unnamed_addr constant [20 x i8] c"stream: %s %d %.1f\0A\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.21 = private unnamed_addr constant [23 x i8] c"done after %d messages\00", align 1
@log_count = internal unnamed_addr global i32 0, align 4
@.str.22 = private unnamed_addr constant [10 x i8] c"[%s #%d] \00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [40 x i8], align 4
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 3)
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str.2, ptr noundef nonnull @.str.3, ptr noundef nonnull @.str.4, double noundef 1.234500e+01, i32 noundef 10)
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str.5, ptr noundef nonnull @.str.6, i32 noundef 97, i32 noundef 98, i32 noundef 99, i32 noundef 42, i32 noundef 255, i32 noundef 8, i64 noundef -9000000000)
  %2 = tail call ptr (ptr, ...) @format_alloc(ptr noundef nonnull @.str.7, ptr noundef nonnull @.str.8, i32 noundef 7, double noundef 5.000000e-01, ptr noundef nonnull @.str.9)
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #10
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %2, i64 noundef %3)
  tail call void @free(ptr noundef %2) #11
  %5 = tail call ptr (ptr, ...) @format_alloc(ptr noundef nonnull @.str.11, i32 noundef 8, i32 noundef 123, ptr noundef nonnull @.str.12, double noundef 1.234500e+03)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %5)
  tail call void @free(ptr noundef %5) #11
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #11
  %7 = getelementptr inbounds i8, ptr %1, i64 5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(40) %7, i8 0, i64 35, i1 false)
  store <4 x i8> <i8 115, i8 116, i8 97, i8 114>, ptr %1, align 4
  %8 = getelementptr inbounds i8, ptr %1, i64 4
  store i8 116, ptr %8, align 4
  br label %14

9:                                                ; preds = %14
  %10 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #10
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef nonnull %1, i64 noundef %10)
  %12 = load ptr, ptr @stdout, align 8, !tbaa !6
  call void (ptr, ptr, ...) @to_stream(ptr noundef %12, ptr nonnull poison, ptr noundef nonnull @.str.20, i32 noundef 1, double noundef 2.000000e+00)
  %13 = load i32, ptr @log_count, align 4, !tbaa !10
  call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str, ptr noundef nonnull @.str.21, i32 noundef %13)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #11
  ret i32 0

14:                                               ; preds = %0, %14
  %15 = phi i32 [ 0, %0 ], [ %22, %14 ]
  %16 = mul nuw nsw i32 %15, %15
  %17 = and i32 %15, 1
  %18 = icmp eq i32 %17, 0
  %19 = select i1 %18, ptr @.str.16, ptr @.str.15
  %20 = call i32 (ptr, i64, ptr, ...) @append(ptr noundef nonnull %1, i64 poison, ptr nonnull poison, i32 noundef %16, ptr noundef nonnull %19)
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %15, i32 noundef %20)
  %22 = add nuw nsw i32 %15, 1
  %23 = icmp eq i32 %22, 6
  br i1 %23, label %9, label %14, !llvm.loop !12
}

; Function Attrs: nofree nounwind uwtable
define internal void @logmsg(ptr noundef %0, ptr nocapture noundef readonly %1, ...) unnamed_addr #1 {
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.va_start.p0(ptr nonnull %4)
  %5 = load i32, ptr @log_count, align 4, !tbaa !10
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @log_count, align 4, !tbaa !10
  %7 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %0, i32 noundef %6)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #11, !noalias !14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(32) %4, i64 32, i1 false)
  %8 = load ptr, ptr @stdout, align 8, !tbaa !6, !noalias !14
  %9 = call i32 @vfprintf(ptr noundef %8, ptr noundef %1, ptr noundef nonnull %3) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #11, !noalias !14
  call void @llvm.va_end.p0(ptr nonnull %4)
  %10 = load ptr, ptr @stdout, align 8, !tbaa !6
  %11 = call i32 @putc(i32 noundef 10, ptr noundef %10)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #11
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define internal noalias noundef ptr @format_alloc(ptr nocapture noundef readonly %0, ...) unnamed_addr #1 {
  %2 = alloca %struct.__va_list, align 8
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca %struct.__va_list, align 8
  %5 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #11
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #11
  call void @llvm.va_start.p0(ptr nonnull %2)
  call void @llvm.va_copy.p0(ptr nonnull %3, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(32) %2, i64 32, i1 false), !tbaa.struct !17
  %6 = call i32 @vsnprintf(ptr noundef null, i64 noundef 0, ptr noundef %0, ptr noundef nonnull %4) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.va_end.p0(ptr nonnull %2)
  %7 = sext i32 %6 to i64
  %8 = add nsw i64 %7, 1
  %9 = call noalias ptr @malloc(i64 noundef %8) #12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %13, label %11

11:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(32) %3, i64 32, i1 false), !tbaa.struct !17
  %12 = call i32 @vsnprintf(ptr noundef nonnull %9, i64 noundef %8, ptr noundef %0, ptr noundef nonnull %5) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #11
  br label %13

13:                                               ; preds = %1, %11
  call void @llvm.va_end.p0(ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #11
  ret ptr %9
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nofree nounwind uwtable
define internal noundef i32 @append(ptr nocapture noundef %0, i64 %1, ptr nocapture readnone %2, ...) unnamed_addr #1 {
  %4 = alloca %struct.__va_list, align 8
  %5 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #11
  call void @llvm.va_start.p0(ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(32) %5, i64 32, i1 false)
  %6 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %0) #10
  %7 = getelementptr inbounds i8, ptr %0, i64 %6
  %8 = sub i64 40, %6
  %9 = call noundef i32 @vsnprintf(ptr noundef %7, i64 noundef %8, ptr noundef nonnull @.str.14, ptr noundef nonnull %4) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.va_end.p0(ptr nonnull %5)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #11
  ret i32 %9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define internal void @to_stream(ptr nocapture noundef %0, ptr nocapture readnone %1, ...) unnamed_addr #1 {
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #11
  call void @llvm.va_start.p0(ptr nonnull %3)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(32) %3, i64 32, i1 false), !tbaa.struct !17
  %5 = call i32 @vfprintf(ptr noundef %0, ptr noundef nonnull @.str.19, ptr noundef nonnull %4) #11
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #11
  call void @llvm.va_end.p0(ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #11
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #8

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #7

; Function Attrs: nofree nounwind
declare noundef i32 @vfprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #7

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr nocapture noundef, i64 noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nounwind willreturn memory(read) }
attributes #11 = { nounwind }
attributes #12 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15}
!15 = distinct !{!15, !16, !"vprintf: argument 0"}
!16 = distinct !{!16, !"vprintf"}
!17 = !{i64 0, i64 8, !6, i64 8, i64 8, !6, i64 16, i64 8, !6, i64 24, i64 4, !10, i64 28, i64 4, !10}
