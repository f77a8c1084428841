; ModuleID = 'arena_alloc.c'
source_filename = "arena_alloc.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"arena\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"%s %s %g %lld used=%zu\0A\00", align 1
@arena_used = internal unnamed_addr global i64 0, align 8
@.str.3 = private unnamed_addr constant [64 x i8] c"offsets: d=%td s2=%td ll=%td aligned(d,8)=%d aligned(ll,16)=%d\0A\00", align 1
@arena = internal global [8192 x i8] zeroinitializer, align 64
@.str.4 = private unnamed_addr constant [38 x i8] c"round %d: sum=%g created=%d used=%zu\0A\00", align 1
@pool_created = internal unnamed_addr global i32 0, align 4
@.str.5 = private unnamed_addr constant [30 x i8] c"exhausted: used=%zu fails=%d\0A\00", align 1
@arena_fail = internal unnamed_addr global i32 0, align 4
@.str.6 = private unnamed_addr constant [26 x i8] c"sizeof Obj=%zu align=%zu\0A\00", align 1
@free_list = internal unnamed_addr global ptr null, align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [20 x ptr], align 8
  %2 = load i64, ptr @arena_used, align 8, !tbaa !6
  %3 = add i64 %2, 6
  %4 = icmp ugt i64 %3, 8192
  br i1 %4, label %5, label %8

5:                                                ; preds = %0
  %6 = load i32, ptr @arena_fail, align 4, !tbaa !10
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr @arena_fail, align 4, !tbaa !10
  br label %10

8:                                                ; preds = %0
  store i64 %3, ptr @arena_used, align 8, !tbaa !6
  %9 = getelementptr inbounds i8, ptr @arena, i64 %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %9, ptr noundef nonnull readonly align 1 dereferenceable(6) @.str, i64 6, i1 false) #5
  br label %10

10:                                               ; preds = %5, %8
  %11 = phi i64 [ %2, %5 ], [ %3, %8 ]
  %12 = phi ptr [ null, %5 ], [ %9, %8 ]
  %13 = add i64 %11, 7
  %14 = and i64 %13, -8
  %15 = add i64 %14, 32
  %16 = icmp ugt i64 %15, 8192
  br i1 %16, label %17, label %20

17:                                               ; preds = %10
  %18 = load i32, ptr @arena_fail, align 4, !tbaa !10
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @arena_fail, align 4, !tbaa !10
  br label %22

20:                                               ; preds = %10
  store i64 %15, ptr @arena_used, align 8, !tbaa !6
  %21 = getelementptr inbounds i8, ptr @arena, i64 %14
  br label %22

22:                                               ; preds = %17, %20
  %23 = phi i64 [ %11, %17 ], [ %15, %20 ]
  %24 = phi ptr [ null, %17 ], [ %21, %20 ]
  %25 = icmp ugt i64 %23, 8186
  br i1 %25, label %26, label %29

26:                                               ; preds = %22
  %27 = load i32, ptr @arena_fail, align 4, !tbaa !10
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr @arena_fail, align 4, !tbaa !10
  br label %32

29:                                               ; preds = %22
  %30 = add nuw nsw i64 %23, 6
  store i64 %30, ptr @arena_used, align 8, !tbaa !6
  %31 = getelementptr inbounds i8, ptr @arena, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %31, ptr noundef nonnull readonly align 1 dereferenceable(6) @.str.1, i64 6, i1 false) #5
  br label %32

32:                                               ; preds = %26, %29
  %33 = phi i64 [ %23, %26 ], [ %30, %29 ]
  %34 = phi ptr [ null, %26 ], [ %31, %29 ]
  %35 = add i64 %33, 15
  %36 = and i64 %35, -16
  %37 = or disjoint i64 %36, 8
  %38 = icmp ult i64 %37, 8193
  tail call void @llvm.assume(i1 %38)
  store i64 %37, ptr @arena_used, align 8, !tbaa !6
  %39 = getelementptr inbounds i8, ptr @arena, i64 %36
  store <2 x double> <double 0.000000e+00, double 1.250000e+00>, ptr %24, align 8, !tbaa !12
  %40 = getelementptr inbounds i8, ptr %24, i64 16
  store <2 x double> <double 2.500000e+00, double 3.750000e+00>, ptr %40, align 8, !tbaa !12
  store i64 -77, ptr %39, align 16, !tbaa !14
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %12, ptr noundef %34, double noundef 3.750000e+00, i64 noundef -77, i64 noundef %37)
  %42 = ptrtoint ptr %24 to i64
  %43 = sub i64 %42, ptrtoint (ptr @arena to i64)
  %44 = ptrtoint ptr %34 to i64
  %45 = sub i64 %44, ptrtoint (ptr @arena to i64)
  %46 = and i64 %42, 7
  %47 = icmp eq i64 %46, 0
  %48 = zext i1 %47 to i32
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %43, i64 noundef %45, i64 noundef %36, i32 noundef %48, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %1) #5
  %50 = getelementptr inbounds i8, ptr %1, i64 8
  %51 = getelementptr inbounds i8, ptr %1, i64 16
  %52 = getelementptr inbounds i8, ptr %1, i64 24
  %53 = getelementptr inbounds i8, ptr %1, i64 32
  %54 = getelementptr inbounds i8, ptr %1, i64 40
  %55 = getelementptr inbounds i8, ptr %1, i64 48
  %56 = getelementptr inbounds i8, ptr %1, i64 56
  %57 = getelementptr inbounds i8, ptr %1, i64 64
  %58 = getelementptr inbounds i8, ptr %1, i64 72
  %59 = getelementptr inbounds i8, ptr %1, i64 80
  %60 = getelementptr inbounds i8, ptr %1, i64 88
  %61 = getelementptr inbounds i8, ptr %1, i64 96
  %62 = getelementptr inbounds i8, ptr %1, i64 104
  %63 = getelementptr inbounds i8, ptr %1, i64 112
  %64 = getelementptr inbounds i8, ptr %1, i64 120
  %65 = getelementptr inbounds i8, ptr %1, i64 128
  %66 = getelementptr inbounds i8, ptr %1, i64 136
  %67 = getelementptr inbounds i8, ptr %1, i64 144
  %68 = getelementptr inbounds i8, ptr %1, i64 152
  br label %69

69:                                               ; preds = %32, %183
  %70 = phi i64 [ 0, %32 ], [ %206, %183 ]
  %71 = phi i32 [ 0, %32 ], [ %207, %183 ]
  %72 = and i32 %71, 1
  %73 = add nuw nsw i32 %72, 1
  %74 = zext nneg i32 %73 to i64
  %75 = mul nuw nsw i64 %70, 100
  %76 = load ptr, ptr @free_list, align 8, !tbaa !16
  %77 = load i64, ptr @arena_used, align 8, !tbaa !6
  %78 = load i32, ptr @pool_created, align 4, !tbaa !10
  %79 = load i32, ptr @arena_fail, align 4, !tbaa !10
  br label %86

80:                                               ; preds = %183
  %81 = load i64, ptr @arena_used, align 8, !tbaa !6
  %82 = add i64 %81, 7
  %83 = and i64 %82, -8
  %84 = add i64 %83, 1000
  %85 = icmp ugt i64 %84, 8192
  br i1 %85, label %223, label %216

86:                                               ; preds = %69, %106
  %87 = phi ptr [ %76, %69 ], [ %107, %106 ]
  %88 = phi i64 [ 0, %69 ], [ %120, %106 ]
  %89 = phi ptr [ %76, %69 ], [ %111, %106 ]
  %90 = phi i64 [ %77, %69 ], [ %110, %106 ]
  %91 = phi i32 [ %78, %69 ], [ %109, %106 ]
  %92 = phi i32 [ %79, %69 ], [ %108, %106 ]
  %93 = icmp eq ptr %89, null
  br i1 %93, label %96, label %94

94:                                               ; preds = %86
  %95 = load ptr, ptr %89, align 8, !tbaa !18
  store ptr %95, ptr @free_list, align 8, !tbaa !16
  br label %106

96:                                               ; preds = %86
  %97 = add i64 %90, 7
  %98 = and i64 %97, -8
  %99 = add i64 %98, 40
  %100 = icmp ugt i64 %99, 8192
  br i1 %100, label %101, label %103

101:                                              ; preds = %96
  %102 = add nsw i32 %92, 1
  store i32 %102, ptr @arena_fail, align 4, !tbaa !10
  br label %106

103:                                              ; preds = %96
  store i64 %99, ptr @arena_used, align 8, !tbaa !6
  %104 = getelementptr inbounds i8, ptr @arena, i64 %98
  %105 = add nsw i32 %91, 1
  store i32 %105, ptr @pool_created, align 4, !tbaa !10
  br label %106

106:                                              ; preds = %94, %101, %103
  %107 = phi ptr [ %95, %94 ], [ %87, %103 ], [ %87, %101 ]
  %108 = phi i32 [ %92, %94 ], [ %92, %103 ], [ %102, %101 ]
  %109 = phi i32 [ %91, %94 ], [ %105, %103 ], [ %91, %101 ]
  %110 = phi i64 [ %90, %94 ], [ %99, %103 ], [ %90, %101 ]
  %111 = phi ptr [ %95, %94 ], [ null, %103 ], [ null, %101 ]
  %112 = phi ptr [ %89, %94 ], [ %104, %103 ], [ null, %101 ]
  %113 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %88
  store ptr %112, ptr %113, align 8, !tbaa !16
  %114 = add nuw nsw i64 %88, %75
  %115 = getelementptr inbounds i8, ptr %112, i64 8
  %116 = trunc nuw nsw i64 %114 to i32
  store i32 %116, ptr %115, align 8, !tbaa !20
  %117 = uitofp nneg i32 %116 to double
  %118 = fmul double %117, 5.000000e-01
  %119 = getelementptr inbounds i8, ptr %112, i64 16
  store double %118, ptr %119, align 8, !tbaa !12
  %120 = add nuw nsw i64 %88, 1
  %121 = icmp eq i64 %120, 20
  br i1 %121, label %122, label %86, !llvm.loop !21

122:                                              ; preds = %106
  %123 = load ptr, ptr %1, align 8, !tbaa !16
  %124 = getelementptr inbounds i8, ptr %123, i64 16
  %125 = load double, ptr %124, align 8, !tbaa !12
  %126 = load ptr, ptr %50, align 8, !tbaa !16
  %127 = getelementptr inbounds i8, ptr %126, i64 16
  %128 = load double, ptr %127, align 8, !tbaa !12
  %129 = load ptr, ptr %51, align 8, !tbaa !16
  %130 = getelementptr inbounds i8, ptr %129, i64 16
  %131 = load double, ptr %130, align 8, !tbaa !12
  %132 = load ptr, ptr %52, align 8, !tbaa !16
  %133 = getelementptr inbounds i8, ptr %132, i64 16
  %134 = load double, ptr %133, align 8, !tbaa !12
  %135 = load ptr, ptr %53, align 8, !tbaa !16
  %136 = getelementptr inbounds i8, ptr %135, i64 16
  %137 = load double, ptr %136, align 8, !tbaa !12
  %138 = load ptr, ptr %54, align 8, !tbaa !16
  %139 = getelementptr inbounds i8, ptr %138, i64 16
  %140 = load double, ptr %139, align 8, !tbaa !12
  %141 = load ptr, ptr %55, align 8, !tbaa !16
  %142 = getelementptr inbounds i8, ptr %141, i64 16
  %143 = load double, ptr %142, align 8, !tbaa !12
  %144 = load ptr, ptr %56, align 8, !tbaa !16
  %145 = getelementptr inbounds i8, ptr %144, i64 16
  %146 = load double, ptr %145, align 8, !tbaa !12
  %147 = load ptr, ptr %57, align 8, !tbaa !16
  %148 = getelementptr inbounds i8, ptr %147, i64 16
  %149 = load double, ptr %148, align 8, !tbaa !12
  %150 = load ptr, ptr %58, align 8, !tbaa !16
  %151 = getelementptr inbounds i8, ptr %150, i64 16
  %152 = load double, ptr %151, align 8, !tbaa !12
  %153 = load ptr, ptr %59, align 8, !tbaa !16
  %154 = getelementptr inbounds i8, ptr %153, i64 16
  %155 = load double, ptr %154, align 8, !tbaa !12
  %156 = load ptr, ptr %60, align 8, !tbaa !16
  %157 = getelementptr inbounds i8, ptr %156, i64 16
  %158 = load double, ptr %157, align 8, !tbaa !12
  %159 = load ptr, ptr %61, align 8, !tbaa !16
  %160 = getelementptr inbounds i8, ptr %159, i64 16
  %161 = load double, ptr %160, align 8, !tbaa !12
  %162 = load ptr, ptr %62, align 8, !tbaa !16
  %163 = getelementptr inbounds i8, ptr %162, i64 16
  %164 = load double, ptr %163, align 8, !tbaa !12
  %165 = load ptr, ptr %63, align 8, !tbaa !16
  %166 = getelementptr inbounds i8, ptr %165, i64 16
  %167 = load double, ptr %166, align 8, !tbaa !12
  %168 = load ptr, ptr %64, align 8, !tbaa !16
  %169 = getelementptr inbounds i8, ptr %168, i64 16
  %170 = load double, ptr %169, align 8, !tbaa !12
  %171 = load ptr, ptr %65, align 8, !tbaa !16
  %172 = getelementptr inbounds i8, ptr %171, i64 16
  %173 = load double, ptr %172, align 8, !tbaa !12
  %174 = load ptr, ptr %66, align 8, !tbaa !16
  %175 = getelementptr inbounds i8, ptr %174, i64 16
  %176 = load double, ptr %175, align 8, !tbaa !12
  %177 = load ptr, ptr %67, align 8, !tbaa !16
  %178 = getelementptr inbounds i8, ptr %177, i64 16
  %179 = load double, ptr %178, align 8, !tbaa !12
  %180 = load ptr, ptr %68, align 8, !tbaa !16
  %181 = getelementptr inbounds i8, ptr %180, i64 16
  %182 = load double, ptr %181, align 8, !tbaa !12
  br label %209

183:                                              ; preds = %209
  %184 = fadd double %125, 0.000000e+00
  %185 = fadd double %184, %128
  %186 = fadd double %185, %131
  %187 = fadd double %186, %134
  %188 = fadd double %187, %137
  %189 = fadd double %188, %140
  %190 = fadd double %189, %143
  %191 = fadd double %190, %146
  %192 = fadd double %191, %149
  %193 = fadd double %192, %152
  %194 = fadd double %193, %155
  %195 = fadd double %194, %158
  %196 = fadd double %195, %161
  %197 = fadd double %196, %164
  %198 = fadd double %197, %167
  %199 = fadd double %198, %170
  %200 = fadd double %199, %173
  %201 = fadd double %200, %176
  %202 = fadd double %201, %179
  %203 = fadd double %202, %182
  %204 = trunc nuw nsw i64 %70 to i32
  %205 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %204, double noundef %203, i32 noundef %109, i64 noundef %110)
  %206 = add nuw nsw i64 %70, 1
  %207 = add nuw nsw i32 %71, 1
  %208 = icmp eq i64 %206, 5
  br i1 %208, label %80, label %69, !llvm.loop !23

209:                                              ; preds = %122, %209
  %210 = phi ptr [ %107, %122 ], [ %213, %209 ]
  %211 = phi i64 [ 0, %122 ], [ %214, %209 ]
  %212 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %211
  %213 = load ptr, ptr %212, align 8, !tbaa !16
  store ptr %210, ptr %213, align 8, !tbaa !18
  store ptr %213, ptr @free_list, align 8, !tbaa !16
  %214 = add nuw nsw i64 %211, %74
  %215 = icmp ult i64 %214, 20
  br i1 %215, label %209, label %183, !llvm.loop !24

216:                                              ; preds = %80, %216
  %217 = phi i64 [ %220, %216 ], [ %84, %80 ]
  %218 = add nuw nsw i64 %217, 7
  %219 = and i64 %218, 32760
  %220 = add nuw nsw i64 %219, 1000
  %221 = icmp ugt i64 %219, 7192
  br i1 %221, label %222, label %216, !llvm.loop !25

222:                                              ; preds = %216
  store i64 %217, ptr @arena_used, align 8, !tbaa !6
  br label %223

223:                                              ; preds = %222, %80
  %224 = phi i64 [ %217, %222 ], [ %81, %80 ]
  %225 = load i32, ptr @arena_fail, align 4, !tbaa !10
  %226 = add nsw i32 %225, 1
  store i32 %226, ptr @arena_fail, align 4, !tbaa !10
  %227 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %224, i32 noundef %226)
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 40, i64 noundef 8)
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %1) #5
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !8, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long long", !8, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"any pointer", !8, i64 0}
!18 = !{!19, !17, i64 0}
!19 = !{!"Obj", !17, i64 0, !11, i64 8, !8, i64 16}
!20 = !{!19, !11, i64 8}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = distinct !{!23, !22}
!24 = distinct !{!24, !22}
!25 = distinct !{!25, !22}
