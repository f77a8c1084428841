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
  store double 0.000000e+00, ptr %24, align 8, !tbaa !12
  %40 = getelementptr inbounds i8, ptr %24, i64 8
  store double 1.250000e+00, ptr %40, align 8, !tbaa !12
  %41 = getelementptr inbounds i8, ptr %24, i64 16
  store double 2.500000e+00, ptr %41, align 8, !tbaa !12
  %42 = getelementptr inbounds i8, ptr %24, i64 24
  store double 3.750000e+00, ptr %42, align 8, !tbaa !12
  store i64 -77, ptr %39, align 16, !tbaa !14
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %12, ptr noundef %34, double noundef 3.750000e+00, i64 noundef -77, i64 noundef %37)
  %44 = ptrtoint ptr %24 to i64
  %45 = sub i64 %44, ptrtoint (ptr @arena to i64)
  %46 = ptrtoint ptr %34 to i64
  %47 = sub i64 %46, ptrtoint (ptr @arena to i64)
  %48 = and i64 %44, 7
  %49 = icmp eq i64 %48, 0
  %50 = zext i1 %49 to i32
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %45, i64 noundef %47, i64 noundef %36, i32 noundef %50, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %1) #5
  %52 = getelementptr inbounds i8, ptr %1, i64 8
  %53 = getelementptr inbounds i8, ptr %1, i64 16
  %54 = getelementptr inbounds i8, ptr %1, i64 24
  %55 = getelementptr inbounds i8, ptr %1, i64 32
  %56 = getelementptr inbounds i8, ptr %1, i64 40
  %57 = getelementptr inbounds i8, ptr %1, i64 48
  %58 = getelementptr inbounds i8, ptr %1, i64 56
  %59 = getelementptr inbounds i8, ptr %1, i64 64
  %60 = getelementptr inbounds i8, ptr %1, i64 72
  %61 = getelementptr inbounds i8, ptr %1, i64 80
  %62 = getelementptr inbounds i8, ptr %1, i64 88
  %63 = getelementptr inbounds i8, ptr %1, i64 96
  %64 = getelementptr inbounds i8, ptr %1, i64 104
  %65 = getelementptr inbounds i8, ptr %1, i64 112
  %66 = getelementptr inbounds i8, ptr %1, i64 120
  %67 = getelementptr inbounds i8, ptr %1, i64 128
  %68 = getelementptr inbounds i8, ptr %1, i64 136
  %69 = getelementptr inbounds i8, ptr %1, i64 144
  %70 = getelementptr inbounds i8, ptr %1, i64 152
  br label %71

71:                                               ; preds = %32, %185
  %72 = phi i64 [ 0, %32 ], [ %208, %185 ]
  %73 = phi i32 [ 0, %32 ], [ %209, %185 ]
  %74 = and i32 %73, 1
  %75 = add nuw nsw i32 %74, 1
  %76 = zext nneg i32 %75 to i64
  %77 = mul nuw nsw i64 %72, 100
  %78 = load ptr, ptr @free_list, align 8, !tbaa !16
  %79 = load i64, ptr @arena_used, align 8, !tbaa !6
  %80 = load i32, ptr @pool_created, align 4, !tbaa !10
  %81 = load i32, ptr @arena_fail, align 4, !tbaa !10
  br label %88

82:                                               ; preds = %185
  %83 = load i64, ptr @arena_used, align 8, !tbaa !6
  %84 = add i64 %83, 7
  %85 = and i64 %84, -8
  %86 = add i64 %85, 1000
  %87 = icmp ugt i64 %86, 8192
  br i1 %87, label %225, label %218

88:                                               ; preds = %71, %108
  %89 = phi ptr [ %78, %71 ], [ %109, %108 ]
  %90 = phi i64 [ 0, %71 ], [ %122, %108 ]
  %91 = phi ptr [ %78, %71 ], [ %113, %108 ]
  %92 = phi i64 [ %79, %71 ], [ %112, %108 ]
  %93 = phi i32 [ %80, %71 ], [ %111, %108 ]
  %94 = phi i32 [ %81, %71 ], [ %110, %108 ]
  %95 = icmp eq ptr %91, null
  br i1 %95, label %98, label %96

96:                                               ; preds = %88
  %97 = load ptr, ptr %91, align 8, !tbaa !18
  store ptr %97, ptr @free_list, align 8, !tbaa !16
  br label %108

98:                                               ; preds = %88
  %99 = add i64 %92, 7
  %100 = and i64 %99, -8
  %101 = add i64 %100, 40
  %102 = icmp ugt i64 %101, 8192
  br i1 %102, label %103, label %105

103:                                              ; preds = %98
  %104 = add nsw i32 %94, 1
  store i32 %104, ptr @arena_fail, align 4, !tbaa !10
  br label %108

105:                                              ; preds = %98
  store i64 %101, ptr @arena_used, align 8, !tbaa !6
  %106 = getelementptr inbounds i8, ptr @arena, i64 %100
  %107 = add nsw i32 %93, 1
  store i32 %107, ptr @pool_created, align 4, !tbaa !10
  br label %108

108:                                              ; preds = %96, %103, %105
  %109 = phi ptr [ %97, %96 ], [ %89, %105 ], [ %89, %103 ]
  %110 = phi i32 [ %94, %96 ], [ %94, %105 ], [ %104, %103 ]
  %111 = phi i32 [ %93, %96 ], [ %107, %105 ], [ %93, %103 ]
  %112 = phi i64 [ %92, %96 ], [ %101, %105 ], [ %92, %103 ]
  %113 = phi ptr [ %97, %96 ], [ null, %105 ], [ null, %103 ]
  %114 = phi ptr [ %91, %96 ], [ %106, %105 ], [ null, %103 ]
  %115 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %90
  store ptr %114, ptr %115, align 8, !tbaa !16
  %116 = add nuw nsw i64 %90, %77
  %117 = getelementptr inbounds i8, ptr %114, i64 8
  %118 = trunc nuw nsw i64 %116 to i32
  store i32 %118, ptr %117, align 8, !tbaa !20
  %119 = uitofp nneg i32 %118 to double
  %120 = fmul double %119, 5.000000e-01
  %121 = getelementptr inbounds i8, ptr %114, i64 16
  store double %120, ptr %121, align 8, !tbaa !12
  %122 = add nuw nsw i64 %90, 1
  %123 = icmp eq i64 %122, 20
  br i1 %123, label %124, label %88, !llvm.loop !21

124:                                              ; preds = %108
  %125 = load ptr, ptr %1, align 8, !tbaa !16
  %126 = getelementptr inbounds i8, ptr %125, i64 16
  %127 = load double, ptr %126, align 8, !tbaa !12
  %128 = load ptr, ptr %52, align 8, !tbaa !16
  %129 = getelementptr inbounds i8, ptr %128, i64 16
  %130 = load double, ptr %129, align 8, !tbaa !12
  %131 = load ptr, ptr %53, align 8, !tbaa !16
  %132 = getelementptr inbounds i8, ptr %131, i64 16
  %133 = load double, ptr %132, align 8, !tbaa !12
  %134 = load ptr, ptr %54, align 8, !tbaa !16
  %135 = getelementptr inbounds i8, ptr %134, i64 16
  %136 = load double, ptr %135, align 8, !tbaa !12
  %137 = load ptr, ptr %55, align 8, !tbaa !16
  %138 = getelementptr inbounds i8, ptr %137, i64 16
  %139 = load double, ptr %138, align 8, !tbaa !12
  %140 = load ptr, ptr %56, align 8, !tbaa !16
  %141 = getelementptr inbounds i8, ptr %140, i64 16
  %142 = load double, ptr %141, align 8, !tbaa !12
  %143 = load ptr, ptr %57, align 8, !tbaa !16
  %144 = getelementptr inbounds i8, ptr %143, i64 16
  %145 = load double, ptr %144, align 8, !tbaa !12
  %146 = load ptr, ptr %58, align 8, !tbaa !16
  %147 = getelementptr inbounds i8, ptr %146, i64 16
  %148 = load double, ptr %147, align 8, !tbaa !12
  %149 = load ptr, ptr %59, align 8, !tbaa !16
  %150 = getelementptr inbounds i8, ptr %149, i64 16
  %151 = load double, ptr %150, align 8, !tbaa !12
  %152 = load ptr, ptr %60, align 8, !tbaa !16
  %153 = getelementptr inbounds i8, ptr %152, i64 16
  %154 = load double, ptr %153, align 8, !tbaa !12
  %155 = load ptr, ptr %61, align 8, !tbaa !16
  %156 = getelementptr inbounds i8, ptr %155, i64 16
  %157 = load double, ptr %156, align 8, !tbaa !12
  %158 = load ptr, ptr %62, align 8, !tbaa !16
  %159 = getelementptr inbounds i8, ptr %158, i64 16
  %160 = load double, ptr %159, align 8, !tbaa !12
  %161 = load ptr, ptr %63, align 8, !tbaa !16
  %162 = getelementptr inbounds i8, ptr %161, i64 16
  %163 = load double, ptr %162, align 8, !tbaa !12
  %164 = load ptr, ptr %64, align 8, !tbaa !16
  %165 = getelementptr inbounds i8, ptr %164, i64 16
  %166 = load double, ptr %165, align 8, !tbaa !12
  %167 = load ptr, ptr %65, align 8, !tbaa !16
  %168 = getelementptr inbounds i8, ptr %167, i64 16
  %169 = load double, ptr %168, align 8, !tbaa !12
  %170 = load ptr, ptr %66, align 8, !tbaa !16
  %171 = getelementptr inbounds i8, ptr %170, i64 16
  %172 = load double, ptr %171, align 8, !tbaa !12
  %173 = load ptr, ptr %67, align 8, !tbaa !16
  %174 = getelementptr inbounds i8, ptr %173, i64 16
  %175 = load double, ptr %174, align 8, !tbaa !12
  %176 = load ptr, ptr %68, align 8, !tbaa !16
  %177 = getelementptr inbounds i8, ptr %176, i64 16
  %178 = load double, ptr %177, align 8, !tbaa !12
  %179 = load ptr, ptr %69, align 8, !tbaa !16
  %180 = getelementptr inbounds i8, ptr %179, i64 16
  %181 = load double, ptr %180, align 8, !tbaa !12
  %182 = load ptr, ptr %70, align 8, !tbaa !16
  %183 = getelementptr inbounds i8, ptr %182, i64 16
  %184 = load double, ptr %183, align 8, !tbaa !12
  br label %211

185:                                              ; preds = %211
  %186 = fadd double %127, 0.000000e+00
  %187 = fadd double %186, %130
  %188 = fadd double %187, %133
  %189 = fadd double %188, %136
  %190 = fadd double %189, %139
  %191 = fadd double %190, %142
  %192 = fadd double %191, %145
  %193 = fadd double %192, %148
  %194 = fadd double %193, %151
  %195 = fadd double %194, %154
  %196 = fadd double %195, %157
  %197 = fadd double %196, %160
  %198 = fadd double %197, %163
  %199 = fadd double %198, %166
  %200 = fadd double %199, %169
  %201 = fadd double %200, %172
  %202 = fadd double %201, %175
  %203 = fadd double %202, %178
  %204 = fadd double %203, %181
  %205 = fadd double %204, %184
  %206 = trunc nuw nsw i64 %72 to i32
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %206, double noundef %205, i32 noundef %111, i64 noundef %112)
  %208 = add nuw nsw i64 %72, 1
  %209 = add nuw nsw i32 %73, 1
  %210 = icmp eq i64 %208, 5
  br i1 %210, label %82, label %71, !llvm.loop !23

211:                                              ; preds = %124, %211
  %212 = phi ptr [ %109, %124 ], [ %215, %211 ]
  %213 = phi i64 [ 0, %124 ], [ %216, %211 ]
  %214 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %213
  %215 = load ptr, ptr %214, align 8, !tbaa !16
  store ptr %212, ptr %215, align 8, !tbaa !18
  store ptr %215, ptr @free_list, align 8, !tbaa !16
  %216 = add nuw nsw i64 %213, %76
  %217 = icmp ult i64 %216, 20
  br i1 %217, label %211, label %185, !llvm.loop !24

218:                                              ; preds = %82, %218
  %219 = phi i64 [ %222, %218 ], [ %86, %82 ]
  %220 = add nuw nsw i64 %219, 7
  %221 = and i64 %220, 32760
  %222 = add nuw nsw i64 %221, 1000
  %223 = icmp ugt i64 %221, 7192
  br i1 %223, label %224, label %218, !llvm.loop !25

224:                                              ; preds = %218
  store i64 %219, ptr @arena_used, align 8, !tbaa !6
  br label %225

225:                                              ; preds = %224, %82
  %226 = phi i64 [ %219, %224 ], [ %83, %82 ]
  %227 = load i32, ptr @arena_fail, align 4, !tbaa !10
  %228 = add nsw i32 %227, 1
  store i32 %228, ptr @arena_fail, align 4, !tbaa !10
  %229 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %226, i32 noundef %228)
  %230 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 40, i64 noundef 8)
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
