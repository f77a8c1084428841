; ModuleID = 'char_types.c'
source_filename = "char_types.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"signed/unsigned: %d %u %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"signed sum=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"unsigned sum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"char wrap: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"Hello, World! 123 _tabs\09here\0A~\00", align 1
@.str.5 = private unnamed_addr constant [56 x i8] c"alpha=%d digit=%d space=%d punct=%d upper=%d xdigit=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"Mixed Case 42\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"upper: %s\0A\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"lower: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [36 x i8] c"Why did the chicken cross the road?\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"rot13: %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"back: %s\0A\00", align 1
@.str.12 = private unnamed_addr constant [17 x i8] c"na\C3\AFve caf\C3\A9 \E2\82\AC\00", align 1
@.str.13 = private unnamed_addr constant [56 x i8] c"utf8: ascii=%d cont=%d lead2=%d lead3=%d codepoints=%d\0A\00", align 1
@.str.14 = private unnamed_addr constant [26 x i8] c"high byte compare: %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [12 x i8] c"digits: %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 16
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef -1, i32 noundef 255, i32 noundef 127)
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -51)
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef 874)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef -128, i32 noundef 0)
  %6 = tail call ptr @__ctype_b_loc() #5
  %7 = load ptr, ptr %6, align 8, !tbaa !5
  br label %12

8:                                                ; preds = %12
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %27, i32 noundef %30, i32 noundef %33, i32 noundef %36, i32 noundef %39, i32 noundef %42)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(14) %1, ptr noundef nonnull align 1 dereferenceable(14) @.str.6, i64 14, i1 false) #6
  %10 = tail call ptr @__ctype_toupper_loc() #5
  %11 = load ptr, ptr %10, align 8, !tbaa !5
  br label %53

12:                                               ; preds = %0, %12
  %13 = phi i8 [ 72, %0 ], [ %45, %12 ]
  %14 = phi i32 [ 0, %0 ], [ %27, %12 ]
  %15 = phi i32 [ 0, %0 ], [ %30, %12 ]
  %16 = phi i32 [ 0, %0 ], [ %33, %12 ]
  %17 = phi i64 [ 0, %0 ], [ %43, %12 ]
  %18 = phi i32 [ 0, %0 ], [ %42, %12 ]
  %19 = phi i32 [ 0, %0 ], [ %39, %12 ]
  %20 = phi i32 [ 0, %0 ], [ %36, %12 ]
  %21 = zext i8 %13 to i64
  %22 = getelementptr inbounds i16, ptr %7, i64 %21
  %23 = load i16, ptr %22, align 2, !tbaa !9
  %24 = zext i16 %23 to i32
  %25 = lshr i32 %24, 10
  %26 = and i32 %25, 1
  %27 = add nuw nsw i32 %26, %14
  %28 = lshr i32 %24, 11
  %29 = and i32 %28, 1
  %30 = add nuw nsw i32 %29, %15
  %31 = lshr i32 %24, 13
  %32 = and i32 %31, 1
  %33 = add nuw nsw i32 %32, %16
  %34 = lshr i32 %24, 2
  %35 = and i32 %34, 1
  %36 = add nuw nsw i32 %35, %20
  %37 = lshr i32 %24, 8
  %38 = and i32 %37, 1
  %39 = add nuw nsw i32 %38, %19
  %40 = lshr i32 %24, 12
  %41 = and i32 %40, 1
  %42 = add nuw nsw i32 %41, %18
  %43 = add nuw nsw i64 %17, 1
  %44 = getelementptr inbounds i8, ptr @.str.4, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !11
  %46 = icmp eq i64 %43, 30
  br i1 %46, label %8, label %12, !llvm.loop !12

47:                                               ; preds = %53
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef nonnull %1)
  %49 = load i8, ptr %1, align 16, !tbaa !11
  %50 = icmp eq i8 %49, 0
  br i1 %50, label %63, label %51

51:                                               ; preds = %47
  %52 = tail call ptr @__ctype_tolower_loc() #5
  br label %122

53:                                               ; preds = %8, %53
  %54 = phi i8 [ 77, %8 ], [ %61, %53 ]
  %55 = phi ptr [ %1, %8 ], [ %60, %53 ]
  %56 = zext i8 %54 to i64
  %57 = getelementptr inbounds i32, ptr %11, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !14
  %59 = trunc i32 %58 to i8
  store i8 %59, ptr %55, align 1, !tbaa !11
  %60 = getelementptr inbounds i8, ptr %55, i64 1
  %61 = load i8, ptr %60, align 1, !tbaa !11
  %62 = icmp eq i8 %61, 0
  br i1 %62, label %47, label %53, !llvm.loop !16

63:                                               ; preds = %122, %47
  %64 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %1)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(36) %1, ptr noundef nonnull align 1 dereferenceable(36) @.str.9, i64 36, i1 false) #6
  %65 = load ptr, ptr %6, align 8, !tbaa !5
  br label %66

66:                                               ; preds = %86, %63
  %67 = phi i8 [ 87, %63 ], [ %88, %86 ]
  %68 = phi ptr [ %1, %63 ], [ %87, %86 ]
  %69 = zext i8 %67 to i16
  %70 = zext i8 %67 to i64
  %71 = getelementptr inbounds i16, ptr %65, i64 %70
  %72 = load i16, ptr %71, align 2, !tbaa !9
  %73 = zext i16 %72 to i32
  %74 = and i32 %73, 256
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %76, label %79

76:                                               ; preds = %66
  %77 = and i32 %73, 512
  %78 = icmp eq i32 %77, 0
  br i1 %78, label %86, label %79

79:                                               ; preds = %76, %66
  %80 = phi i16 [ -52, %66 ], [ -84, %76 ]
  %81 = phi i8 [ 65, %66 ], [ 97, %76 ]
  %82 = add nsw i16 %80, %69
  %83 = srem i16 %82, 26
  %84 = trunc nsw i16 %83 to i8
  %85 = add nsw i8 %81, %84
  store i8 %85, ptr %68, align 1, !tbaa !11
  br label %86

86:                                               ; preds = %79, %76
  %87 = getelementptr inbounds i8, ptr %68, i64 1
  %88 = load i8, ptr %87, align 1, !tbaa !11
  %89 = icmp eq i8 %88, 0
  br i1 %89, label %90, label %66, !llvm.loop !17

90:                                               ; preds = %86
  %91 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef nonnull %1)
  %92 = load i8, ptr %1, align 16, !tbaa !11
  %93 = icmp eq i8 %92, 0
  br i1 %93, label %120, label %94

94:                                               ; preds = %90
  %95 = load ptr, ptr %6, align 8, !tbaa !5
  br label %96

96:                                               ; preds = %116, %94
  %97 = phi i8 [ %92, %94 ], [ %118, %116 ]
  %98 = phi ptr [ %1, %94 ], [ %117, %116 ]
  %99 = zext i8 %97 to i16
  %100 = zext i8 %97 to i64
  %101 = getelementptr inbounds i16, ptr %95, i64 %100
  %102 = load i16, ptr %101, align 2, !tbaa !9
  %103 = zext i16 %102 to i32
  %104 = and i32 %103, 256
  %105 = icmp eq i32 %104, 0
  br i1 %105, label %106, label %109

106:                                              ; preds = %96
  %107 = and i32 %103, 512
  %108 = icmp eq i32 %107, 0
  br i1 %108, label %116, label %109

109:                                              ; preds = %106, %96
  %110 = phi i16 [ -52, %96 ], [ -84, %106 ]
  %111 = phi i8 [ 65, %96 ], [ 97, %106 ]
  %112 = add nsw i16 %110, %99
  %113 = srem i16 %112, 26
  %114 = trunc nsw i16 %113 to i8
  %115 = add nsw i8 %111, %114
  store i8 %115, ptr %98, align 1, !tbaa !11
  br label %116

116:                                              ; preds = %109, %106
  %117 = getelementptr inbounds i8, ptr %98, i64 1
  %118 = load i8, ptr %117, align 1, !tbaa !11
  %119 = icmp eq i8 %118, 0
  br i1 %119, label %120, label %96, !llvm.loop !17

120:                                              ; preds = %116, %90
  %121 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull %1)
  br label %139

122:                                              ; preds = %51, %122
  %123 = phi i8 [ %49, %51 ], [ %131, %122 ]
  %124 = phi ptr [ %1, %51 ], [ %130, %122 ]
  %125 = load ptr, ptr %52, align 8, !tbaa !5
  %126 = zext i8 %123 to i64
  %127 = getelementptr inbounds i32, ptr %125, i64 %126
  %128 = load i32, ptr %127, align 4, !tbaa !14
  %129 = trunc i32 %128 to i8
  store i8 %129, ptr %124, align 1, !tbaa !11
  %130 = getelementptr inbounds i8, ptr %124, i64 1
  %131 = load i8, ptr %130, align 1, !tbaa !11
  %132 = icmp eq i8 %131, 0
  br i1 %132, label %63, label %122, !llvm.loop !18

133:                                              ; preds = %162
  %134 = add nsw i32 %165, %163
  %135 = add nsw i32 %134, %166
  %136 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %163, i32 noundef %164, i32 noundef %165, i32 noundef %166, i32 noundef %135)
  %137 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 1, i32 noundef 1)
  %138 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef 32)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #6
  ret i32 0

139:                                              ; preds = %120, %162
  %140 = phi i8 [ 110, %120 ], [ %169, %162 ]
  %141 = phi i64 [ 0, %120 ], [ %167, %162 ]
  %142 = phi i32 [ 0, %120 ], [ %166, %162 ]
  %143 = phi i32 [ 0, %120 ], [ %165, %162 ]
  %144 = phi i32 [ 0, %120 ], [ %164, %162 ]
  %145 = phi i32 [ 0, %120 ], [ %163, %162 ]
  %146 = zext i8 %140 to i32
  %147 = icmp sgt i8 %140, -1
  br i1 %147, label %148, label %150

148:                                              ; preds = %139
  %149 = add nsw i32 %145, 1
  br label %162

150:                                              ; preds = %139
  %151 = and i32 %146, 192
  %152 = icmp eq i32 %151, 128
  br i1 %152, label %153, label %155

153:                                              ; preds = %150
  %154 = add nsw i32 %144, 1
  br label %162

155:                                              ; preds = %150
  %156 = and i32 %146, 224
  %157 = icmp eq i32 %156, 192
  br i1 %157, label %158, label %160

158:                                              ; preds = %155
  %159 = add nsw i32 %143, 1
  br label %162

160:                                              ; preds = %155
  %161 = add nsw i32 %142, 1
  br label %162

162:                                              ; preds = %148, %158, %160, %153
  %163 = phi i32 [ %149, %148 ], [ %145, %153 ], [ %145, %158 ], [ %145, %160 ]
  %164 = phi i32 [ %144, %148 ], [ %154, %153 ], [ %144, %158 ], [ %144, %160 ]
  %165 = phi i32 [ %143, %148 ], [ %143, %153 ], [ %159, %158 ], [ %143, %160 ]
  %166 = phi i32 [ %142, %148 ], [ %142, %153 ], [ %142, %158 ], [ %161, %160 ]
  %167 = add nuw nsw i64 %141, 1
  %168 = getelementptr inbounds i8, ptr @.str.12, i64 %167
  %169 = load i8, ptr %168, align 1, !tbaa !11
  %170 = icmp eq i64 %167, 16
  br i1 %170, label %133, label %139, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() local_unnamed_addr #4

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__ctype_toupper_loc() local_unnamed_addr #4

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__ctype_tolower_loc() local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(none) }
attributes #6 = { nounwind }

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
!10 = !{!"short", !7, i64 0}
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !7, i64 0}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
