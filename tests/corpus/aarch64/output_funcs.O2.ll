; ModuleID = 'output_funcs.c'
source_filename = "output_funcs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"puts adds a newline\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"fputs does not\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.2 = private unnamed_addr constant [24 x i8] c"putchar wrote %d chars\0A\00", align 1
@__const.main.data = private unnamed_addr constant [27 x i8] c"fwrite: binary-safe\00hidden\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"fwrite returned %zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"counted %s %d|\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"chars\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c" -> printf returned %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"abc%ndef\0A\00", align 1
@.str.8 = private unnamed_addr constant [39 x i8] c"%%n stored %d, literal percent: 100%%\0A\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.10 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"empty printf returned %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"line %d of %d\00", align 1
@.str.13 = private unnamed_addr constant [20 x i8] c"after an empty puts\00", align 1
@.str.14 = private unnamed_addr constant [22 x i8] c"%5s|%-5s|%.2s|%c%c%c\0A\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.16 = private unnamed_addr constant [3 x i8] c"cd\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"efgh\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"ints: %d %i %u %x %X %o %#x %#o %+d % d %05d %-5d| %.3d\0A\00", align 1
@.str.19 = private unnamed_addr constant [53 x i8] c"widths: %hhd %hhu %hd %hu %ld %lu %lld %llu %zu %td\0A\00", align 1
@.str.20 = private unnamed_addr constant [11 x i8] c"done: %zu\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [27 x i8], align 1
  %2 = alloca i32, align 4
  %3 = alloca [80 x i8], align 1
  %4 = tail call i32 @puts(ptr noundef nonnull dereferenceable(1) @.str)
  %5 = load ptr, ptr @stdout, align 8, !tbaa !6
  %6 = tail call i64 @fwrite(ptr nonnull @.str.1, i64 14, i64 1, ptr %5)
  %7 = load ptr, ptr @stdout, align 8, !tbaa !6
  %8 = tail call i32 @fputc(i32 noundef 10, ptr noundef %7)
  %9 = load ptr, ptr @stdout, align 8, !tbaa !6
  %10 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %9)
  %11 = load ptr, ptr @stdout, align 8, !tbaa !6
  %12 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %11)
  %13 = load ptr, ptr @stdout, align 8, !tbaa !6
  %14 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %13)
  %15 = load ptr, ptr @stdout, align 8, !tbaa !6
  %16 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %15)
  %17 = load ptr, ptr @stdout, align 8, !tbaa !6
  %18 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %17)
  %19 = load ptr, ptr @stdout, align 8, !tbaa !6
  %20 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %19)
  %21 = load ptr, ptr @stdout, align 8, !tbaa !6
  %22 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %21)
  %23 = load ptr, ptr @stdout, align 8, !tbaa !6
  %24 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %23)
  %25 = load ptr, ptr @stdout, align 8, !tbaa !6
  %26 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %25)
  %27 = load ptr, ptr @stdout, align 8, !tbaa !6
  %28 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %27)
  %29 = load ptr, ptr @stdout, align 8, !tbaa !6
  %30 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %29)
  %31 = load ptr, ptr @stdout, align 8, !tbaa !6
  %32 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %31)
  %33 = load ptr, ptr @stdout, align 8, !tbaa !6
  %34 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %33)
  %35 = load ptr, ptr @stdout, align 8, !tbaa !6
  %36 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %35)
  %37 = load ptr, ptr @stdout, align 8, !tbaa !6
  %38 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %37)
  %39 = load ptr, ptr @stdout, align 8, !tbaa !6
  %40 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %39)
  %41 = load ptr, ptr @stdout, align 8, !tbaa !6
  %42 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %41)
  %43 = load ptr, ptr @stdout, align 8, !tbaa !6
  %44 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %43)
  %45 = load ptr, ptr @stdout, align 8, !tbaa !6
  %46 = tail call noundef i32 @putc(i32 noundef 35, ptr noundef %45)
  %47 = load ptr, ptr @stdout, align 8, !tbaa !6
  %48 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %47)
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 20)
  call void @llvm.lifetime.start.p0(i64 27, ptr nonnull %1) #4
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(27) %1, ptr noundef nonnull align 1 dereferenceable(27) @__const.main.data, i64 27, i1 false)
  %50 = load ptr, ptr @stdout, align 8, !tbaa !6
  %51 = call i64 @fwrite(ptr noundef nonnull %1, i64 noundef 1, i64 noundef 19, ptr noundef %50)
  %52 = load ptr, ptr @stdout, align 8, !tbaa !6
  %53 = tail call noundef i32 @putc(i32 noundef 10, ptr noundef %52)
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %51)
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @.str.5, i32 noundef 12345)
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %55)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #4
  store i32 0, ptr %2, align 4, !tbaa !10
  %57 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %2)
  %58 = load i32, ptr %2, align 4, !tbaa !10
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %58)
  %60 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.10)
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %60)
  %62 = load ptr, ptr @stdout, align 8, !tbaa !6
  %63 = call i32 @fflush(ptr noundef %62)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %3) #4
  %64 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %3, i64 noundef 80, ptr noundef nonnull @.str.12, i32 noundef 1, i32 noundef 3) #4
  %65 = sext i32 %64 to i64
  %66 = load ptr, ptr @stdout, align 8, !tbaa !6
  %67 = call i64 @fwrite(ptr noundef nonnull %3, i64 noundef 1, i64 noundef %65, ptr noundef %66)
  %68 = load ptr, ptr @stdout, align 8, !tbaa !6
  %69 = call i32 @fputc(i32 noundef 59, ptr noundef %68)
  %70 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %3, i64 noundef 80, ptr noundef nonnull @.str.12, i32 noundef 2, i32 noundef 3) #4
  %71 = sext i32 %70 to i64
  %72 = load ptr, ptr @stdout, align 8, !tbaa !6
  %73 = call i64 @fwrite(ptr noundef nonnull %3, i64 noundef 1, i64 noundef %71, ptr noundef %72)
  %74 = load ptr, ptr @stdout, align 8, !tbaa !6
  %75 = call i32 @fputc(i32 noundef 59, ptr noundef %74)
  %76 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %3, i64 noundef 80, ptr noundef nonnull @.str.12, i32 noundef 3, i32 noundef 3) #4
  %77 = sext i32 %76 to i64
  %78 = load ptr, ptr @stdout, align 8, !tbaa !6
  %79 = call i64 @fwrite(ptr noundef nonnull %3, i64 noundef 1, i64 noundef %77, ptr noundef %78)
  %80 = load ptr, ptr @stdout, align 8, !tbaa !6
  %81 = call i32 @fputc(i32 noundef 10, ptr noundef %80)
  %82 = load ptr, ptr @stdout, align 8, !tbaa !6
  %83 = call noundef i32 @putc(i32 noundef 10, ptr noundef %82)
  %84 = call i32 @puts(ptr noundef nonnull dereferenceable(1) @.str.13)
  %85 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.15, ptr noundef nonnull @.str.16, ptr noundef nonnull @.str.17, i32 noundef 120, i32 noundef 121, i32 noundef 122)
  %86 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef -42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 255, i32 noundef 8, i32 noundef 7, i32 noundef 7, i32 noundef 42, i32 noundef 42, i32 noundef 7)
  %87 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef -1, i32 noundef 255, i32 noundef -1, i32 noundef 65535, i64 noundef -1, i64 noundef 1, i64 noundef -1, i64 noundef -1, i64 noundef 4, i64 noundef -3)
  %88 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i64 noundef 12)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %3) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 27, ptr nonnull %1) #4
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @fputc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

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
