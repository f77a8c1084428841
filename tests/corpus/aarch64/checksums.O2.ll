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
  %3 = trunc nuw nsw i64 %2 to i32
  %4 = and i32 %3, 1
  %5 = icmp eq i32 %4, 0
  %6 = lshr i32 %3, 1
  %7 = xor i32 %6, -306674912
  %8 = select i1 %5, i32 %6, i32 %7
  %9 = and i32 %8, 1
  %10 = icmp eq i32 %9, 0
  %11 = lshr i32 %8, 1
  %12 = xor i32 %11, -306674912
  %13 = select i1 %10, i32 %11, i32 %12
  %14 = and i32 %13, 1
  %15 = icmp eq i32 %14, 0
  %16 = lshr i32 %13, 1
  %17 = xor i32 %16, -306674912
  %18 = select i1 %15, i32 %16, i32 %17
  %19 = and i32 %18, 1
  %20 = icmp eq i32 %19, 0
  %21 = lshr i32 %18, 1
  %22 = xor i32 %21, -306674912
  %23 = select i1 %20, i32 %21, i32 %22
  %24 = and i32 %23, 1
  %25 = icmp eq i32 %24, 0
  %26 = lshr i32 %23, 1
  %27 = xor i32 %26, -306674912
  %28 = select i1 %25, i32 %26, i32 %27
  %29 = and i32 %28, 1
  %30 = icmp eq i32 %29, 0
  %31 = lshr i32 %28, 1
  %32 = xor i32 %31, -306674912
  %33 = select i1 %30, i32 %31, i32 %32
  %34 = and i32 %33, 1
  %35 = icmp eq i32 %34, 0
  %36 = lshr i32 %33, 1
  %37 = xor i32 %36, -306674912
  %38 = select i1 %35, i32 %36, i32 %37
  %39 = and i32 %38, 1
  %40 = icmp eq i32 %39, 0
  %41 = lshr i32 %38, 1
  %42 = xor i32 %41, -306674912
  %43 = select i1 %40, i32 %41, i32 %42
  %44 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %2
  store i32 %43, ptr %44, align 4, !tbaa !6
  %45 = add nuw nsw i64 %2, 1
  %46 = icmp eq i64 %45, 256
  br i1 %46, label %47, label %1, !llvm.loop !10

47:                                               ; preds = %1, %158
  %48 = phi i64 [ %166, %158 ], [ 0, %1 ]
  %49 = getelementptr inbounds [5 x ptr], ptr @__const.main.msgs, i64 0, i64 %48
  %50 = load ptr, ptr %49, align 8, !tbaa !12
  %51 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %50) #3
  %52 = icmp eq i64 %51, 0
  br i1 %52, label %158, label %53

53:                                               ; preds = %47, %53
  %54 = phi i32 [ %66, %53 ], [ -1, %47 ]
  %55 = phi i64 [ %57, %53 ], [ %51, %47 ]
  %56 = phi ptr [ %58, %53 ], [ %50, %47 ]
  %57 = add i64 %55, -1
  %58 = getelementptr inbounds i8, ptr %56, i64 1
  %59 = load i8, ptr %56, align 1, !tbaa !14
  %60 = trunc i32 %54 to i8
  %61 = xor i8 %59, %60
  %62 = zext i8 %61 to i64
  %63 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = lshr i32 %54, 8
  %66 = xor i32 %64, %65
  %67 = icmp eq i64 %57, 0
  br i1 %67, label %68, label %53, !llvm.loop !15

68:                                               ; preds = %53, %68
  %69 = phi i64 [ %110, %68 ], [ 0, %53 ]
  %70 = phi i32 [ %109, %68 ], [ -1, %53 ]
  %71 = getelementptr inbounds i8, ptr %50, i64 %69
  %72 = load i8, ptr %71, align 1, !tbaa !14
  %73 = zext i8 %72 to i32
  %74 = xor i32 %70, %73
  %75 = lshr i32 %74, 1
  %76 = and i32 %74, 1
  %77 = icmp eq i32 %76, 0
  %78 = select i1 %77, i32 0, i32 -306674912
  %79 = xor i32 %78, %75
  %80 = lshr i32 %79, 1
  %81 = and i32 %74, 2
  %82 = icmp eq i32 %81, 0
  %83 = select i1 %82, i32 0, i32 -306674912
  %84 = xor i32 %80, %83
  %85 = lshr i32 %84, 6
  %86 = and i32 %74, 4
  %87 = icmp eq i32 %86, 0
  %88 = select i1 %87, i32 0, i32 124634137
  %89 = and i32 %74, 8
  %90 = icmp eq i32 %89, 0
  %91 = select i1 %90, i32 0, i32 249268274
  %92 = and i32 %74, 16
  %93 = icmp eq i32 %92, 0
  %94 = select i1 %93, i32 0, i32 498536548
  %95 = and i32 %74, 32
  %96 = icmp eq i32 %95, 0
  %97 = select i1 %96, i32 0, i32 997073096
  %98 = and i32 %79, 32
  %99 = icmp eq i32 %98, 0
  %100 = select i1 %99, i32 0, i32 1994146192
  %101 = and i32 %84, 32
  %102 = icmp eq i32 %101, 0
  %103 = select i1 %102, i32 0, i32 -306674912
  %104 = xor i32 %91, %88
  %105 = xor i32 %104, %94
  %106 = xor i32 %105, %97
  %107 = xor i32 %106, %85
  %108 = xor i32 %107, %100
  %109 = xor i32 %108, %103
  %110 = add nuw i64 %69, 1
  %111 = icmp eq i64 %110, %51
  br i1 %111, label %112, label %68, !llvm.loop !16

112:                                              ; preds = %68
  %113 = xor i32 %66, -1
  br label %114

114:                                              ; preds = %112, %114
  %115 = phi i64 [ %125, %114 ], [ 0, %112 ]
  %116 = phi i32 [ %124, %114 ], [ 0, %112 ]
  %117 = phi i32 [ %122, %114 ], [ 1, %112 ]
  %118 = getelementptr inbounds i8, ptr %50, i64 %115
  %119 = load i8, ptr %118, align 1, !tbaa !14
  %120 = zext i8 %119 to i32
  %121 = add nuw nsw i32 %117, %120
  %122 = urem i32 %121, 65521
  %123 = add nuw nsw i32 %122, %116
  %124 = urem i32 %123, 65521
  %125 = add nuw i64 %115, 1
  %126 = icmp eq i64 %125, %51
  br i1 %126, label %127, label %114, !llvm.loop !17

127:                                              ; preds = %114
  %128 = shl nuw i32 %124, 16
  br label %129

129:                                              ; preds = %127, %129
  %130 = phi i64 [ %137, %129 ], [ 0, %127 ]
  %131 = phi i64 [ %136, %129 ], [ -3750763034362895579, %127 ]
  %132 = getelementptr inbounds i8, ptr %50, i64 %130
  %133 = load i8, ptr %132, align 1, !tbaa !14
  %134 = zext i8 %133 to i64
  %135 = xor i64 %131, %134
  %136 = mul i64 %135, 1099511628211
  %137 = add nuw i64 %130, 1
  %138 = icmp eq i64 %137, %51
  br i1 %138, label %139, label %129, !llvm.loop !18

139:                                              ; preds = %129
  %140 = xor i32 %109, -1
  br label %145

141:                                              ; preds = %145
  %142 = or disjoint i32 %128, %122
  %143 = shl nuw i16 %155, 8
  %144 = or disjoint i16 %143, %153
  br label %158

145:                                              ; preds = %139, %145
  %146 = phi i64 [ %156, %145 ], [ 0, %139 ]
  %147 = phi i16 [ %155, %145 ], [ 0, %139 ]
  %148 = phi i16 [ %153, %145 ], [ 0, %139 ]
  %149 = getelementptr inbounds i8, ptr %50, i64 %146
  %150 = load i8, ptr %149, align 1, !tbaa !14
  %151 = zext i8 %150 to i16
  %152 = add nuw nsw i16 %148, %151
  %153 = urem i16 %152, 255
  %154 = add nuw nsw i16 %153, %147
  %155 = urem i16 %154, 255
  %156 = add nuw i64 %146, 1
  %157 = icmp eq i64 %156, %51
  br i1 %157, label %141, label %145, !llvm.loop !19

158:                                              ; preds = %47, %141
  %159 = phi i64 [ %136, %141 ], [ -3750763034362895579, %47 ]
  %160 = phi i32 [ %140, %141 ], [ 0, %47 ]
  %161 = phi i32 [ %113, %141 ], [ 0, %47 ]
  %162 = phi i32 [ %142, %141 ], [ 1, %47 ]
  %163 = phi i16 [ %144, %141 ], [ 0, %47 ]
  %164 = zext i16 %163 to i32
  %165 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef %50, i32 noundef %161, i32 noundef %160, i32 noundef %162, i64 noundef %159, i32 noundef %164)
  %166 = add nuw nsw i64 %48, 1
  %167 = icmp eq i64 %166, 5
  br i1 %167, label %214, label %47, !llvm.loop !20

168:                                              ; preds = %214, %168
  %169 = phi i32 [ %181, %168 ], [ -1, %214 ]
  %170 = phi i64 [ %172, %168 ], [ 65536, %214 ]
  %171 = phi ptr [ %173, %168 ], [ @main.big, %214 ]
  %172 = add nsw i64 %170, -1
  %173 = getelementptr inbounds i8, ptr %171, i64 1
  %174 = load i8, ptr %171, align 1, !tbaa !14
  %175 = trunc i32 %169 to i8
  %176 = xor i8 %174, %175
  %177 = zext i8 %176 to i64
  %178 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %177
  %179 = load i32, ptr %178, align 4, !tbaa !6
  %180 = lshr i32 %169, 8
  %181 = xor i32 %179, %180
  %182 = icmp eq i64 %172, 0
  br i1 %182, label %183, label %168, !llvm.loop !15

183:                                              ; preds = %168, %183
  %184 = phi i64 [ %194, %183 ], [ 0, %168 ]
  %185 = phi i32 [ %193, %183 ], [ 0, %168 ]
  %186 = phi i32 [ %191, %183 ], [ 1, %168 ]
  %187 = getelementptr inbounds i8, ptr @main.big, i64 %184
  %188 = load i8, ptr %187, align 1, !tbaa !14
  %189 = zext i8 %188 to i32
  %190 = add nuw nsw i32 %186, %189
  %191 = urem i32 %190, 65521
  %192 = add nuw nsw i32 %191, %185
  %193 = urem i32 %192, 65521
  %194 = add nuw nsw i64 %184, 1
  %195 = icmp eq i64 %194, 65536
  br i1 %195, label %196, label %183, !llvm.loop !17

196:                                              ; preds = %183, %196
  %197 = phi i64 [ %204, %196 ], [ 0, %183 ]
  %198 = phi i64 [ %203, %196 ], [ -3750763034362895579, %183 ]
  %199 = getelementptr inbounds i8, ptr @main.big, i64 %197
  %200 = load i8, ptr %199, align 1, !tbaa !14
  %201 = zext i8 %200 to i64
  %202 = xor i64 %198, %201
  %203 = mul i64 %202, 1099511628211
  %204 = add nuw nsw i64 %197, 1
  %205 = icmp eq i64 %204, 65536
  br i1 %205, label %206, label %196, !llvm.loop !18

206:                                              ; preds = %196
  %207 = shl nuw i32 %193, 16
  %208 = or disjoint i32 %207, %191
  %209 = xor i32 %181, -1
  %210 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %209, i32 noundef %208, i64 noundef %203)
  %211 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 4), align 4, !tbaa !6
  %212 = load i32, ptr getelementptr inbounds (i8, ptr @crc_table, i64 1020), align 4, !tbaa !6
  %213 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %211, i32 noundef %212)
  ret i32 0

214:                                              ; preds = %158, %214
  %215 = phi i64 [ %221, %214 ], [ 0, %158 ]
  %216 = mul nuw nsw i64 %215, 131
  %217 = lshr i64 %215, 8
  %218 = add nuw nsw i64 %216, %217
  %219 = trunc i64 %218 to i8
  %220 = getelementptr inbounds [65536 x i8], ptr @main.big, i64 0, i64 %215
  store i8 %219, ptr %220, align 1, !tbaa !14
  %221 = add nuw nsw i64 %215, 1
  %222 = icmp eq i64 %221, 65536
  br i1 %222, label %168, label %214, !llvm.loop !21
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind willreturn memory(read) }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !13, i64 0}
!13 = !{!"any pointer", !8, i64 0}
!14 = !{!8, !8, i64 0}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
