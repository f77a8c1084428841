; ModuleID = 'vprintf_wrap.c'
source_filename = "vprintf_wrap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

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
  %1 = alloca [40 x i8], align 16
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef 3)
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str.2, ptr noundef nonnull @.str.3, ptr noundef nonnull @.str.4, double noundef 1.234500e+01, i32 noundef 10)
  tail call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str.5, ptr noundef nonnull @.str.6, i32 noundef 97, i32 noundef 98, i32 noundef 99, i32 noundef 42, i32 noundef 255, i32 noundef 8, i64 noundef -9000000000)
  %2 = tail call ptr (ptr, ...) @format_alloc(ptr noundef nonnull @.str.7, ptr noundef nonnull @.str.8, i32 noundef 7, double noundef 5.000000e-01, ptr noundef nonnull @.str.9)
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %2) #9
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %2, i64 noundef %3)
  tail call void @free(ptr noundef %2) #10
  %5 = tail call ptr (ptr, ...) @format_alloc(ptr noundef nonnull @.str.11, i32 noundef 8, i32 noundef 123, ptr noundef nonnull @.str.12, double noundef 1.234500e+03)
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %5)
  tail call void @free(ptr noundef %5) #10
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %1) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  store <4 x i8> <i8 115, i8 116, i8 97, i8 114>, ptr %1, align 16
  %7 = getelementptr inbounds i8, ptr %1, i64 4
  store i8 116, ptr %7, align 4
  br label %13

8:                                                ; preds = %13
  %9 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #9
  %10 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef nonnull %1, i64 noundef %9)
  %11 = load ptr, ptr @stdout, align 8, !tbaa !5
  call void (ptr, ptr, ...) @to_stream(ptr noundef %11, ptr nonnull poison, ptr noundef nonnull @.str.20, i32 noundef 1, double noundef 2.000000e+00)
  %12 = load i32, ptr @log_count, align 4, !tbaa !9
  call void (ptr, ptr, ...) @logmsg(ptr noundef nonnull @.str, ptr noundef nonnull @.str.21, i32 noundef %12)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %1) #10
  ret i32 0

13:                                               ; preds = %0, %13
  %14 = phi i32 [ 0, %0 ], [ %21, %13 ]
  %15 = mul nuw nsw i32 %14, %14
  %16 = and i32 %14, 1
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, ptr @.str.16, ptr @.str.15
  %19 = call i32 (ptr, i64, ptr, ...) @append(ptr noundef nonnull %1, i64 poison, ptr nonnull poison, i32 noundef %15, ptr noundef nonnull %18)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %14, i32 noundef %19)
  %21 = add nuw nsw i32 %14, 1
  %22 = icmp eq i32 %21, 6
  br i1 %22, label %8, label %13, !llvm.loop !11
}

; Function Attrs: nofree nounwind uwtable
define internal void @logmsg(ptr noundef %0, ptr nocapture noundef readonly %1, ...) unnamed_addr #1 {
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #10
  call void @llvm.va_start.p0(ptr nonnull %3)
  %4 = load i32, ptr @log_count, align 4, !tbaa !9
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @log_count, align 4, !tbaa !9
  %6 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %0, i32 noundef %5)
  %7 = load ptr, ptr @stdout, align 8, !tbaa !5, !noalias !13
  %8 = call i32 @vfprintf(ptr noundef %7, ptr noundef %1, ptr noundef nonnull %3) #10
  call void @llvm.va_end.p0(ptr nonnull %3)
  %9 = load ptr, ptr @stdout, align 8, !tbaa !5
  %10 = call i32 @putc(i32 noundef 10, ptr noundef %9)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #10
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define internal noalias noundef ptr @format_alloc(ptr nocapture noundef readonly %0, ...) unnamed_addr #1 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #10
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #10
  call void @llvm.va_start.p0(ptr nonnull %2)
  call void @llvm.va_copy.p0(ptr nonnull %3, ptr nonnull %2)
  %4 = call i32 @vsnprintf(ptr noundef null, i64 noundef 0, ptr noundef %0, ptr noundef nonnull %2) #10
  call void @llvm.va_end.p0(ptr nonnull %2)
  %5 = sext i32 %4 to i64
  %6 = add nsw i64 %5, 1
  %7 = call noalias ptr @malloc(i64 noundef %6) #11
  %8 = icmp eq ptr %7, null
  br i1 %8, label %11, label %9

9:                                                ; preds = %1
  %10 = call i32 @vsnprintf(ptr noundef nonnull %7, i64 noundef %6, ptr noundef %0, ptr noundef nonnull %3) #10
  br label %11

11:                                               ; preds = %1, %9
  call void @llvm.va_end.p0(ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #10
  ret ptr %7
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
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #10
  call void @llvm.va_start.p0(ptr nonnull %4)
  %5 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %0) #9
  %6 = getelementptr inbounds i8, ptr %0, i64 %5
  %7 = sub i64 40, %5
  %8 = call noundef i32 @vsnprintf(ptr noundef %6, i64 noundef %7, ptr noundef nonnull @.str.14, ptr noundef nonnull %4) #10
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #10
  ret i32 %8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind uwtable
define internal void @to_stream(ptr nocapture noundef %0, ptr nocapture readnone %1, ...) unnamed_addr #1 {
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #10
  call void @llvm.va_start.p0(ptr nonnull %3)
  %4 = call i32 @vfprintf(ptr noundef %0, ptr noundef nonnull @.str.19, ptr noundef nonnull %3) #10
  call void @llvm.va_end.p0(ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #10
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #7

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
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #8 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind willreturn memory(read) }
attributes #10 = { nounwind }
attributes #11 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"vprintf: argument 0"}
!15 = distinct !{!15, !"vprintf"}
