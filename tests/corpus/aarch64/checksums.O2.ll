; ModuleID = 'checksums.c'
source_filename = "checksums.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.4 = private unnamed_addr constant [44 x i8] c"The quick brown fox jumps over the lazy dog\00", align 1
@__const.main.msgs = private unnamed_addr constant [5 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4], align 8
@.str.5 = private unnamed_addr constant [58 x i8] c"'%s': crc=%08x/%08x adler=%08x fnv=%016llx fletcher=%04x\0A\00", align 1
@main.big = internal unnamed_addr global [65536 x i8] zeroinitializer, align 1
@.str.6 = private unnamed_addr constant [38 x i8] c"64K: crc=%08x adler=%08x fnv=%016llx\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"table[1]=%08x table[255]=%08x\0A\00", align 1
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 4

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %45, %1 ]
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %46, %1 ]
  %4 = and <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %5 = icmp eq <4 x i32> %4, zeroinitializer
  %6 = lshr <4 x i32> %3, <i32 1, i32 1, i32 1, i32 1>
  %7 = xor <4 x i32> %6, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %8 = select <4 x i1> %5, <4 x i32> %6, <4 x i32> %7
  %9 = and <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %10 = icmp eq <4 x i32> %9, zeroinitializer
  %11 = lshr <4 x i32> %8, <i32 1, i32 1, i32 1, i32 1>
  %12 = xor <4 x i32> %11, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %13 = select <4 x i1> %10, <4 x i32> %11, <4 x i32> %12
  %14 = and <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %15 = icmp eq <4 x i32> %14, zeroinitializer
  %16 = lshr <4 x i32> %13, <i32 1, i32 1, i32 1, i32 1>
  %17 = xor <4 x i32> %16, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %18 = select <4 x i1> %15, <4 x i32> %16, <4 x i32> %17
  %19 = and <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %20 = icmp eq <4 x i32> %19, zeroinitializer
  %21 = lshr <4 x i32> %18, <i32 1, i32 1, i32 1, i32 1>
  %22 = xor <4 x i32> %21, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %23 = select <4 x i1> %20, <4 x i32> %21, <4 x i32> %22
  %24 = and <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %25 = icmp eq <4 x i32> %24, zeroinitializer
  %26 = lshr <4 x i32> %23, <i32 1, i32 1, i32 1, i32 1>
  %27 = xor <4 x i32> %26, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %28 = select <4 x i1> %25, <4 x i32> %26, <4 x i32> %27
  %29 = and <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %30 = icmp eq <4 x i32> %29, zeroinitializer
  %31 = lshr <4 x i32> %28, <i32 1, i32 1, i32 1, i32 1>
  %32 = xor <4 x i32> %31, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %33 = select <4 x i1> %30, <4 x i32> %31, <4 x i32> %32
  %34 = and <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %35 = icmp eq <4 x i32> %34, zeroinitializer
  %36 = lshr <4 x i32> %33, <i32 1, i32 1, i32 1, i32 1>
  %37 = xor <4 x i32> %36, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %38 = select <4 x i1> %35, <4 x i32> %36, <4 x i32> %37
  %39 = and <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %40 = icmp eq <4 x i32> %39, zeroinitializer
  %41 = lshr <4 x i32> %38, <i32 1, i32 1, i32 1, i32 1>
  %42 = xor <4 x i32> %41, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %43 = select <4 x i1> %40, <4 x i32> %41, <4 x i32> %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store <4 x i32> %43, ptr %44, align 4, !tbaa !6
  %45 = add nuw i64 %2, 4
  %46 = add <4 x i32> %3, <i32 4, i32 4, i32 4, i32 4>
  %47 = icmp eq i64 %45, 256
  br i1 %47, label %48, label %1, !llvm.loop !10

48:                                               ; preds = %1, %150
  %49 = phi i64 [ %158, %150 ], [ 0, %1 ]
  %50 = getelementptr inbounds [5 x ptr], ptr @__const.main.msgs, i64 0, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !14
  %52 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %51) #4
  %53 = icmp eq i64 %52, 0
  br i1 %53, label %150, label %54

54:                                               ; preds = %48, %54
  %55 = phi i32 [ %67, %54 ], [ -1, %48 ]
  %56 = phi i64 [ %58, %54 ], [ %52, %48 ]
  %57 = phi ptr [ %59, %54 ], [ %51, %48 ]
  %58 = add i64 %56, -1
  %59 = getelementptr inbounds i8, ptr %57, i64 1
  %60 = load i8, ptr %57, align 1, !tbaa !16
  %61 = trunc i32 %55 to i8
  %62 = xor i8 %60, %61
  %63 = zext i8 %62 to i64
  %64 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !6
  %66 = lshr i32 %55, 8
  %67 = xor i32 %65, %66
  %68 = icmp eq i64 %58, 0
  br i1 %68, label %69, label %54, !llvm.loop !17

69:                                               ; preds = %54, %69
  %70 = phi i64 [ %102, %69 ], [ 0, %54 ]
  %71 = phi i32 [ %101, %69 ], [ -1, %54 ]
  %72 = getelementptr inbounds i8, ptr %51, i64 %70
  %73 = load i8, ptr %72, align 1, !tbaa !16
  %74 = zext i8 %73 to i32
  %75 = xor i32 %71, %74
  %76 = lshr i32 %75, 1
  %77 = and i32 %75, 1
  %78 = icmp eq i32 %77, 0
  %79 = select i1 %78, i32 0, i32 -306674912
  %80 = xor i32 %79, %76
  %81 = lshr i32 %80, 1
  %82 = and i32 %75, 2
  %83 = icmp eq i32 %82, 0
  %84 = select i1 %83, i32 0, i32 -306674912
  %85 = xor i32 %81, %84
  %86 = lshr i32 %85, 6
  %87 = insertelement <4 x i32> poison, i32 %75, i64 0
  %88 = shufflevector <4 x i32> %87, <4 x i32> poison, <4 x i32> zeroinitializer
  %89 = and <4 x i32> %88, <i32 8, i32 4, i32 16, i32 32>
  %90 = icmp eq <4 x i32> %89, zeroinitializer
  %91 = select <4 x i1> %90, <4 x i32> zeroinitializer, <4 x i32> <i32 249268274, i32 124634137, i32 498536548, i32 997073096>
  %92 = and i32 %80, 32
  %93 = icmp eq i32 %92, 0
  %94 = select i1 %93, i32 0, i32 1994146192
  %95 = and i32 %85, 32
  %96 = icmp eq i32 %95, 0
  %97 = select i1 %96, i32 0, i32 -306674912
  %98 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %91)
  %99 = xor i32 %98, %94
  %100 = xor i32 %97, %86
  %101 = xor i32 %99, %100
  %102 = add nuw i64 %70, 1
  %103 = icmp eq i64 %102, %52
  br i1 %103, label %104, label %69, !llvm.loop !18

104:                                              ; preds = %69
  %105 = xor i32 %67, -1
  br label %106

106:                                              ; preds = %104, %106
  %107 = phi i64 [ %117, %106 ], [ 0, %104 ]
  %108 = phi i32 [ %116, %106 ], [ 0, %104 ]
  %109 = phi i32 [ %114, %106 ], [ 1, %104 ]
  %110 = getelementptr inbounds i8, ptr %51, i64 %107
  %111 = load i8, ptr %110, align 1, !tbaa !16
  %112 = zext i8 %111 to i32
  %113 = add nuw nsw i32 %109, %112
  %114 = urem i32 %113, 65521
  %115 = add nuw nsw i32 %114, %108
  %116 = urem i32 %115, 65521
  %117 = add nuw i64 %107, 1
  %118 = icmp eq i64 %117, %52
  br i1 %118, label %119, label %106, !llvm.loop !19

119:                                              ; preds = %106
  %120 = shl nuw i32 %116, 16
  br label %121

121:                                              ; preds = %119, %121
  %122 = phi i64 [ %129, %121 ], [ 0, %119 ]
  %123 = phi i64 [ %128, %121 ], [ -3750763034362895579, %119 ]
  %124 = getelementptr inbounds i8, ptr %51, i64 %122
  %125 = load i8, ptr %124, align 1, !tbaa !16
  %126 = zext i8 %125 to i64
  %127 = xor i64 %123, %126
  %128 = mul i64 %127, 1099511628211
  %129 = add nuw i64 %122, 1
  %130 = icmp eq i64 %129, %52
  br i1 %130, label %131, label %121, !llvm.loop !20

131:                                              ; preds = %121
  %132 = xor i32 %101, -1
  br label %137

133:                                              ; preds = %137
  %134 = or disjoint i32 %120, %114
  %135 = shl nuw i16 %147, 8
  %136 = or disjoint i16 %135, %145
  br label %150

137:                                              ; preds = %131, %137
  %138 = phi i64 [ %148, %137 ], [ 0, %131 ]
  %139 = phi i16 [ %147, %137 ], [ 0, %131 ]
  %140 = phi i16 [ %145, %137 ], [ 0, %131 ]
  %141 = getelementptr inbounds i8, ptr %51, i64 %138
  %142 = load i8, ptr %141, align 1, !tbaa !16
  %143 = zext i8 %142 to i16
  %144 = add nuw nsw i16 %140, %143
  %145 = urem i16 %144, 255
  %146 = add nuw nsw i16 %145, %139
  %147 = urem i16 %146, 255
  %148 = add nuw i64 %138, 1
  %149 = icmp eq i64 %148, %52
  br i1 %149, label %133, label %137, !llvm.loop !21

150:                                              ; preds = %48, %133
  %151 = phi i64 [ %128, %133 ], [ -3750763034362895579, %48 ]
  %152 = phi i32 [ %132, %133 ], [ 0, %48 ]
  %153 = phi i32 [ %105, %133 ], [ 0, %48 ]
  %154 = phi i32 [ %134, %133 ], [ 1, %48 ]
  %155 = phi i16 [ %136, %133 ], [ 0, %48 ]
  %156 = zext i16 %155 to i32
  %157 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef %51, i32 noundef %153, i32 noundef %152, i32 noundef %154, i64 noundef %151, i32 noundef %156)
  %158 = add nuw nsw i64 %49, 1
  %159 = icmp eq i64 %158, 5
  br i1 %159, label %160, label %48, !llvm.loop !22

160:                                              ; preds = %150, %160
  %161 = phi i64 [ %173, %160 ], [ 0, %150 ]
  %162 = or disjoint i64 %161, 1
  %163 = mul nuw nsw i64 %161, 131
  %164 = mul nuw nsw i64 %162, 131
  %165 = lshr i64 %161, 8
  %166 = lshr i64 %161, 8
  %167 = add nuw nsw i64 %163, %165
  %168 = add nuw nsw i64 %164, %166
  %169 = trunc i64 %167 to i8
  %170 = trunc i64 %168 to i8
  %171 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %161
  %172 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %162
  store i8 %169, ptr %171, align 1, !tbaa !16
  store i8 %170, ptr %172, align 1, !tbaa !16
  %173 = add nuw i64 %161, 2
  %174 = icmp eq i64 %173, 65536
  br i1 %174, label %175, label %160, !llvm.loop !23

175:                                              ; preds = %160, %175
  %176 = phi i32 [ %188, %175 ], [ -1, %160 ]
  %177 = phi i64 [ %179, %175 ], [ 65536, %160 ]
  %178 = phi ptr [ %180, %175 ], [ @main.big, %160 ]
  %179 = add nsw i64 %177, -1
  %180 = getelementptr inbounds i8, ptr %178, i64 1
  %181 = load i8, ptr %178, align 1, !tbaa !16
  %182 = trunc i32 %176 to i8
  %183 = xor i8 %181, %182
  %184 = zext i8 %183 to i64
  %185 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %184
  %186 = load i32, ptr %185, align 4, !tbaa !6
  %187 = lshr i32 %176, 8
  %188 = xor i32 %186, %187
  %189 = icmp eq i64 %179, 0
  br i1 %189, label %190, label %175, !llvm.loop !17

190:                                              ; preds = %175, %190
  %191 = phi i64 [ %201, %190 ], [ 0, %175 ]
  %192 = phi i32 [ %200, %190 ], [ 0, %175 ]
  %193 = phi i32 [ %198, %190 ], [ 1, %175 ]
  %194 = getelementptr inbounds i8, ptr @main.big, i64 %191
  %195 = load i8, ptr %194, align 1, !tbaa !16
  %196 = zext i8 %195 to i32
  %197 = add nuw nsw i32 %193, %196
  %198 = urem i32 %197, 65521
  %199 = add nuw nsw i32 %198, %192
  %200 = urem i32 %199, 65521
  %201 = add nuw nsw i64 %191, 1
  %202 = icmp eq i64 %201, 65536
  br i1 %202, label %203, label %190, !llvm.loop !19

203:                                              ; preds = %190, %203
  %204 = phi i64 [ %211, %203 ], [ 0, %190 ]
  %205 = phi i64 [ %210, %203 ], [ -3750763034362895579, %190 ]
  %206 = getelementptr inbounds i8, ptr @main.big, i64 %204
  %207 = load i8, ptr %206, align 1, !tbaa !16
  %208 = zext i8 %207 to i64
  %209 = xor i64 %205, %208
  %210 = mul i64 %209, 1099511628211
  %211 = add nuw nsw i64 %204, 1
  %212 = icmp eq i64 %211, 65536
  br i1 %212, label %213, label %203, !llvm.loop !20

213:                                              ; preds = %203
  %214 = shl nuw i32 %200, 16
  %215 = or disjoint i32 %214, %198
  %216 = xor i32 %188, -1
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %216, i32 noundef %215, i64 noundef %210)
  %218 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 4), align 4, !tbaa !6
  %219 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 1020), align 4, !tbaa !6
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %218, i32 noundef %219)
  ret i32 0
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #3

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11, !12, !13}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"any pointer", !8, i64 0}
!16 = !{!8, !8, i64 0}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
!22 = distinct !{!22, !11}
!23 = distinct !{!23, !11, !12, !13}
