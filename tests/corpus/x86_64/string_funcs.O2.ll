; ModuleID = 'string_funcs.c'
source_filename = "string_funcs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"The quick brown fox\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"strlen=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"strcmp: %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"strncmp: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"copy\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c" and \00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"concatenate-this\00", align 1
@.str.7 = private unnamed_addr constant [18 x i8] c"buf='%s' len=%zu\0A\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"abcdefghij\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"strncpy='%s'\0A\00", align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"strchr='%s' strrchr='%s'\0A\00", align 1
@.str.11 = private unnamed_addr constant [24 x i8] c"strstr='%s' missing=%d\0A\00", align 1
@.str.14 = private unnamed_addr constant [24 x i8] c"strspn=%zu strcspn=%zu\0A\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"0123456789\00", align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"memcpy: %s\0A\00", align 1
@.str.20 = private unnamed_addr constant [17 x i8] c"memmove fwd: %s\0A\00", align 1
@.str.21 = private unnamed_addr constant [18 x i8] c"memmove back: %s\0A\00", align 1
@.str.22 = private unnamed_addr constant [15 x i8] c"memcmp: %d %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [20 x i8] c"memset ints: %d %d\0A\00", align 1
@.str.24 = private unnamed_addr constant [25 x i8] c"%s|%5d|%-5d|%05.1f|%x|%c\00", align 1
@.str.25 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.26 = private unnamed_addr constant [19 x i8] c"snprintf (%d): %s\0A\00", align 1
@.str.28 = private unnamed_addr constant [18 x i8] c"this will not fit\00", align 1
@.str.29 = private unnamed_addr constant [20 x i8] c"truncated (%d): %s\0A\00", align 1
@.str.30 = private unnamed_addr constant [12 x i8] c"  -12345xyz\00", align 1
@.str.31 = private unnamed_addr constant [23 x i8] c"strtol: %ld rest='%s'\0A\00", align 1
@.str.32 = private unnamed_addr constant [21 x i8] c"strtol hex: %ld %ld\0A\00", align 1
@.str.35 = private unnamed_addr constant [27 x i8] c"strtol base0: %ld %ld %ld\0A\00", align 1
@.str.39 = private unnamed_addr constant [20 x i8] c"strtol base36: %ld\0A\00", align 1
@.str.41 = private unnamed_addr constant [14 x i8] c"strtoul: %lu\0A\00", align 1
@.str.43 = private unnamed_addr constant [15 x i8] c"strtoll: %lld\0A\00", align 1
@.str.45 = private unnamed_addr constant [16 x i8] c"atoi: %d %d %d\0A\00", align 1
@.str.48 = private unnamed_addr constant [4 x i8] c"7up\00", align 1
@.str.49 = private unnamed_addr constant [11 x i8] c"atol: %ld\0A\00", align 1
@.str.51 = private unnamed_addr constant [18 x i8] c"alpha,beta,,delta\00", align 1
@.str.52 = private unnamed_addr constant [18 x i8] c"field %d: '%.*s'\0A\00", align 1
@.str.53 = private unnamed_addr constant [11 x i8] c"upper: %s\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 16
  %2 = alloca [8 x i8], align 1
  %3 = alloca [32 x i8], align 16
  %4 = alloca [80 x i8], align 16
  %5 = alloca ptr, align 8
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef 19)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef -1, i32 noundef 0, i32 noundef 1)
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 0, i32 noundef -1)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(5) %1, ptr noundef nonnull align 1 dereferenceable(5) @.str.4, i64 5, i1 false) #10
  %9 = call i64 @strlen(ptr nonnull dereferenceable(1) %1)
  %10 = getelementptr inbounds i8, ptr %1, i64 %9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %10, ptr noundef nonnull align 1 dereferenceable(6) @.str.5, i64 6, i1 false)
  %11 = call ptr @strncat(ptr noundef nonnull dereferenceable(1) %1, ptr noundef nonnull dereferenceable(17) @.str.6, i64 noundef 11) #10
  %12 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #11
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %1, i64 noundef %12)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(7) %2, ptr noundef nonnull align 1 dereferenceable(11) @.str.8, i64 noundef 7, i1 false) #10
  %14 = getelementptr inbounds i8, ptr %2, i64 7
  store i8 0, ptr %14, align 1, !tbaa !5
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %2)
  %16 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str, i64 4), ptr noundef nonnull getelementptr inbounds (i8, ptr @.str, i64 17))
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str, i64 10), i32 noundef 1)
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef 5, i64 noundef 18)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %3, i8 46, i64 32, i1 false)
  %19 = getelementptr inbounds i8, ptr %3, i64 31
  store i8 0, ptr %19, align 1, !tbaa !5
  %20 = getelementptr inbounds i8, ptr %3, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 2 dereferenceable(10) %20, ptr noundef nonnull align 1 dereferenceable(10) @.str.18, i64 10, i1 false)
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %3)
  %22 = getelementptr inbounds i8, ptr %3, i64 5
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(10) %22, ptr noundef nonnull align 2 dereferenceable(10) %20, i64 10, i1 false)
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull %3)
  %24 = getelementptr inbounds i8, ptr %3, i64 1
  %25 = getelementptr inbounds i8, ptr %3, i64 4
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(12) %24, ptr noundef nonnull align 4 dereferenceable(12) %25, i64 12, i1 false)
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, ptr noundef nonnull %3)
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef -1, i32 noundef 0)
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i32 noundef -1, i32 noundef -1)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %4) #10
  %29 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %4, i64 noundef 80, ptr noundef nonnull @.str.24, ptr noundef nonnull @.str.25, i32 noundef 42, i32 noundef -7, double noundef 3.141590e+00, i32 noundef 48879, i32 noundef 90) #10
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i32 noundef %29, ptr noundef nonnull %4)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(9) %4, ptr noundef nonnull align 1 dereferenceable(9) @.str.28, i64 9, i1 false)
  %31 = getelementptr inbounds i8, ptr %4, i64 9
  store i8 0, ptr %31, align 1
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.29, i32 noundef 17, ptr noundef nonnull %4)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #10
  %33 = call i64 @strtol(ptr noundef nonnull @.str.30, ptr noundef nonnull %5, i32 noundef 10) #10
  %34 = load ptr, ptr %5, align 8, !tbaa !8
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.31, i64 noundef %33, ptr noundef %34)
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.32, i64 noundef 31, i64 noundef 255)
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.35, i64 noundef 16, i64 noundef 8, i64 noundef 10)
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.39, i64 noundef 1295)
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.41, i64 noundef 4294967296)
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.43, i64 noundef -9223372036854775807)
  %41 = call i64 @strtol(ptr nocapture noundef nonnull @.str.48, ptr noundef null, i32 noundef 10) #10
  %42 = trunc i64 %41 to i32
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.45, i32 noundef 123, i32 noundef -42, i32 noundef %42)
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.49, i64 noundef 99999999999)
  br label %45

45:                                               ; preds = %0, %45
  %46 = phi ptr [ %56, %45 ], [ getelementptr inbounds (i8, ptr @.str.51, i64 5), %0 ]
  %47 = phi ptr [ %55, %45 ], [ @.str.51, %0 ]
  %48 = phi i32 [ %52, %45 ], [ 0, %0 ]
  %49 = ptrtoint ptr %46 to i64
  %50 = ptrtoint ptr %47 to i64
  %51 = sub i64 %49, %50
  %52 = add nuw nsw i32 %48, 1
  %53 = trunc i64 %51 to i32
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.52, i32 noundef %48, i32 noundef %53, ptr noundef nonnull %47)
  %55 = getelementptr inbounds i8, ptr %46, i64 1
  %56 = call ptr @strchr(ptr noundef nonnull dereferenceable(1) %55, i32 noundef 44) #11
  %57 = icmp eq ptr %56, null
  br i1 %57, label %58, label %45

58:                                               ; preds = %45
  %59 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %55) #11
  %60 = trunc i64 %59 to i32
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.52, i32 noundef %52, i32 noundef %60, ptr noundef nonnull %55)
  %62 = call noalias dereferenceable_or_null(20) ptr @strdup(ptr noundef nonnull @.str) #10
  %63 = load i8, ptr %62, align 1, !tbaa !5
  %64 = icmp eq i8 %63, 0
  br i1 %64, label %65, label %67

65:                                               ; preds = %74, %58
  %66 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.53, ptr noundef nonnull %62)
  call void @free(ptr noundef %62) #10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #10
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %4) #10
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #10
  ret i32 0

67:                                               ; preds = %58, %74
  %68 = phi i8 [ %76, %74 ], [ %63, %58 ]
  %69 = phi ptr [ %75, %74 ], [ %62, %58 ]
  %70 = add i8 %68, -97
  %71 = icmp ult i8 %70, 26
  br i1 %71, label %72, label %74

72:                                               ; preds = %67
  %73 = add nsw i8 %68, -32
  store i8 %73, ptr %69, align 1, !tbaa !5
  br label %74

74:                                               ; preds = %67, %72
  %75 = getelementptr inbounds i8, ptr %69, i64 1
  %76 = load i8, ptr %75, align 1, !tbaa !5
  %77 = icmp eq i8 %76, 0
  br i1 %77, label %65, label %67, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite)
declare ptr @strncat(ptr noalias noundef returned, ptr noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @strchr(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare noalias ptr @strdup(ptr nocapture noundef readonly) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind }
attributes #11 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"any pointer", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
