; ModuleID = 'arena_alloc.c'
source_filename = "arena_alloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %1 = alloca [20 x ptr], align 16
  %2 = load i64, ptr @arena_used, align 8, !tbaa !5
  %3 = add i64 %2, 6
  %4 = icmp ugt i64 %3, 8192
  br i1 %4, label %5, label %8

5:                                                ; preds = %0
  %6 = load i32, ptr @arena_fail, align 4, !tbaa !9
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr @arena_fail, align 4, !tbaa !9
  br label %10

8:                                                ; preds = %0
  store i64 %3, ptr @arena_used, align 8, !tbaa !5
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
  %18 = load i32, ptr @arena_fail, align 4, !tbaa !9
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @arena_fail, align 4, !tbaa !9
  br label %22

20:                                               ; preds = %10
  store i64 %15, ptr @arena_used, align 8, !tbaa !5
  %21 = getelementptr inbounds i8, ptr @arena, i64 %14
  br label %22

22:                                               ; preds = %17, %20
  %23 = phi i64 [ %11, %17 ], [ %15, %20 ]
  %24 = phi ptr [ null, %17 ], [ %21, %20 ]
  %25 = icmp ugt i64 %23, 8186
  br i1 %25, label %26, label %29

26:                                               ; preds = %22
  %27 = load i32, ptr @arena_fail, align 4, !tbaa !9
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr @arena_fail, align 4, !tbaa !9
  br label %32

29:                                               ; preds = %22
  %30 = add nuw nsw i64 %23, 6
  store i64 %30, ptr @arena_used, align 8, !tbaa !5
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
  store i64 %37, ptr @arena_used, align 8, !tbaa !5
  %39 = getelementptr inbounds i8, ptr @arena, i64 %36
  store double 0.000000e+00, ptr %24, align 8, !tbaa !11
  %40 = getelementptr inbounds i8, ptr %24, i64 8
  store double 1.250000e+00, ptr %40, align 8, !tbaa !11
  %41 = getelementptr inbounds i8, ptr %24, i64 16
  store double 2.500000e+00, ptr %41, align 8, !tbaa !11
  %42 = getelementptr inbounds i8, ptr %24, i64 24
  store double 3.750000e+00, ptr %42, align 8, !tbaa !11
  store i64 -77, ptr %39, align 16, !tbaa !13
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

71:                                               ; preds = %32, %202
  %72 = phi i64 [ 0, %32 ], [ %225, %202 ]
  %73 = phi i32 [ 0, %32 ], [ %226, %202 ]
  %74 = and i64 %72, 1
  %75 = add nuw nsw i64 %74, 1
  %76 = and i32 %73, 1
  %77 = add nuw nsw i32 %76, 1
  %78 = zext nneg i32 %77 to i64
  %79 = mul nuw nsw i64 %72, 100
  %80 = load ptr, ptr @free_list, align 8, !tbaa !15
  %81 = load i64, ptr @arena_used, align 8, !tbaa !5
  %82 = load i32, ptr @pool_created, align 4, !tbaa !9
  %83 = load i32, ptr @arena_fail, align 4, !tbaa !9
  br label %90

84:                                               ; preds = %202
  %85 = load i64, ptr @arena_used, align 8, !tbaa !5
  %86 = add i64 %85, 7
  %87 = and i64 %86, -8
  %88 = add i64 %87, 1000
  %89 = icmp ugt i64 %88, 8192
  br i1 %89, label %253, label %246

90:                                               ; preds = %71, %110
  %91 = phi ptr [ %80, %71 ], [ %111, %110 ]
  %92 = phi i64 [ 0, %71 ], [ %124, %110 ]
  %93 = phi ptr [ %80, %71 ], [ %115, %110 ]
  %94 = phi i64 [ %81, %71 ], [ %114, %110 ]
  %95 = phi i32 [ %82, %71 ], [ %113, %110 ]
  %96 = phi i32 [ %83, %71 ], [ %112, %110 ]
  %97 = icmp eq ptr %93, null
  br i1 %97, label %100, label %98

98:                                               ; preds = %90
  %99 = load ptr, ptr %93, align 8, !tbaa !17
  store ptr %99, ptr @free_list, align 8, !tbaa !15
  br label %110

100:                                              ; preds = %90
  %101 = add i64 %94, 7
  %102 = and i64 %101, -8
  %103 = add i64 %102, 40
  %104 = icmp ugt i64 %103, 8192
  br i1 %104, label %105, label %107

105:                                              ; preds = %100
  %106 = add nsw i32 %96, 1
  store i32 %106, ptr @arena_fail, align 4, !tbaa !9
  br label %110

107:                                              ; preds = %100
  store i64 %103, ptr @arena_used, align 8, !tbaa !5
  %108 = getelementptr inbounds i8, ptr @arena, i64 %102
  %109 = add nsw i32 %95, 1
  store i32 %109, ptr @pool_created, align 4, !tbaa !9
  br label %110

110:                                              ; preds = %98, %105, %107
  %111 = phi ptr [ %99, %98 ], [ %91, %107 ], [ %91, %105 ]
  %112 = phi i32 [ %96, %98 ], [ %96, %107 ], [ %106, %105 ]
  %113 = phi i32 [ %95, %98 ], [ %109, %107 ], [ %95, %105 ]
  %114 = phi i64 [ %94, %98 ], [ %103, %107 ], [ %94, %105 ]
  %115 = phi ptr [ %99, %98 ], [ null, %107 ], [ null, %105 ]
  %116 = phi ptr [ %93, %98 ], [ %108, %107 ], [ null, %105 ]
  %117 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %92
  store ptr %116, ptr %117, align 8, !tbaa !15
  %118 = add nuw nsw i64 %92, %79
  %119 = getelementptr inbounds i8, ptr %116, i64 8
  %120 = trunc nuw nsw i64 %118 to i32
  store i32 %120, ptr %119, align 8, !tbaa !19
  %121 = uitofp nneg i32 %120 to double
  %122 = fmul double %121, 5.000000e-01
  %123 = getelementptr inbounds i8, ptr %116, i64 16
  store double %122, ptr %123, align 8, !tbaa !11
  %124 = add nuw nsw i64 %92, 1
  %125 = icmp eq i64 %124, 20
  br i1 %125, label %126, label %90, !llvm.loop !20

126:                                              ; preds = %110
  %127 = load ptr, ptr %1, align 16, !tbaa !15
  %128 = getelementptr inbounds i8, ptr %127, i64 16
  %129 = load double, ptr %128, align 8, !tbaa !11
  %130 = load ptr, ptr %52, align 8, !tbaa !15
  %131 = getelementptr inbounds i8, ptr %130, i64 16
  %132 = load double, ptr %131, align 8, !tbaa !11
  %133 = load ptr, ptr %53, align 16, !tbaa !15
  %134 = getelementptr inbounds i8, ptr %133, i64 16
  %135 = load double, ptr %134, align 8, !tbaa !11
  %136 = load ptr, ptr %54, align 8, !tbaa !15
  %137 = getelementptr inbounds i8, ptr %136, i64 16
  %138 = load double, ptr %137, align 8, !tbaa !11
  %139 = load ptr, ptr %55, align 16, !tbaa !15
  %140 = getelementptr inbounds i8, ptr %139, i64 16
  %141 = load double, ptr %140, align 8, !tbaa !11
  %142 = load ptr, ptr %56, align 8, !tbaa !15
  %143 = getelementptr inbounds i8, ptr %142, i64 16
  %144 = load double, ptr %143, align 8, !tbaa !11
  %145 = load ptr, ptr %57, align 16, !tbaa !15
  %146 = getelementptr inbounds i8, ptr %145, i64 16
  %147 = load double, ptr %146, align 8, !tbaa !11
  %148 = load ptr, ptr %58, align 8, !tbaa !15
  %149 = getelementptr inbounds i8, ptr %148, i64 16
  %150 = load double, ptr %149, align 8, !tbaa !11
  %151 = load ptr, ptr %59, align 16, !tbaa !15
  %152 = getelementptr inbounds i8, ptr %151, i64 16
  %153 = load double, ptr %152, align 8, !tbaa !11
  %154 = load ptr, ptr %60, align 8, !tbaa !15
  %155 = getelementptr inbounds i8, ptr %154, i64 16
  %156 = load double, ptr %155, align 8, !tbaa !11
  %157 = load ptr, ptr %61, align 16, !tbaa !15
  %158 = getelementptr inbounds i8, ptr %157, i64 16
  %159 = load double, ptr %158, align 8, !tbaa !11
  %160 = load ptr, ptr %62, align 8, !tbaa !15
  %161 = getelementptr inbounds i8, ptr %160, i64 16
  %162 = load double, ptr %161, align 8, !tbaa !11
  %163 = load ptr, ptr %63, align 16, !tbaa !15
  %164 = getelementptr inbounds i8, ptr %163, i64 16
  %165 = load double, ptr %164, align 8, !tbaa !11
  %166 = load ptr, ptr %64, align 8, !tbaa !15
  %167 = getelementptr inbounds i8, ptr %166, i64 16
  %168 = load double, ptr %167, align 8, !tbaa !11
  %169 = load ptr, ptr %65, align 16, !tbaa !15
  %170 = getelementptr inbounds i8, ptr %169, i64 16
  %171 = load double, ptr %170, align 8, !tbaa !11
  %172 = load ptr, ptr %66, align 8, !tbaa !15
  %173 = getelementptr inbounds i8, ptr %172, i64 16
  %174 = load double, ptr %173, align 8, !tbaa !11
  %175 = load ptr, ptr %67, align 16, !tbaa !15
  %176 = getelementptr inbounds i8, ptr %175, i64 16
  %177 = load double, ptr %176, align 8, !tbaa !11
  %178 = load ptr, ptr %68, align 8, !tbaa !15
  %179 = getelementptr inbounds i8, ptr %178, i64 16
  %180 = load double, ptr %179, align 8, !tbaa !11
  %181 = load ptr, ptr %69, align 16, !tbaa !15
  %182 = getelementptr inbounds i8, ptr %181, i64 16
  %183 = load double, ptr %182, align 8, !tbaa !11
  %184 = load ptr, ptr %70, align 8, !tbaa !15
  %185 = getelementptr inbounds i8, ptr %184, i64 16
  %186 = load double, ptr %185, align 8, !tbaa !11
  %187 = udiv i64 19, %75
  %188 = add nuw nsw i64 %187, 1
  %189 = and i64 %188, 3
  %190 = and i64 %188, 60
  br label %228

191:                                              ; preds = %228
  %192 = icmp eq i64 %189, 0
  br i1 %192, label %202, label %193

193:                                              ; preds = %191, %193
  %194 = phi ptr [ %198, %193 ], [ %242, %191 ]
  %195 = phi i64 [ %199, %193 ], [ %243, %191 ]
  %196 = phi i64 [ %200, %193 ], [ 0, %191 ]
  %197 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %195
  %198 = load ptr, ptr %197, align 8, !tbaa !15
  store ptr %194, ptr %198, align 8, !tbaa !17
  store ptr %198, ptr @free_list, align 8, !tbaa !15
  %199 = add nuw nsw i64 %195, %78
  %200 = add i64 %196, 1
  %201 = icmp eq i64 %200, %189
  br i1 %201, label %202, label %193, !llvm.loop !22

202:                                              ; preds = %193, %191
  %203 = fadd double %129, 0.000000e+00
  %204 = fadd double %203, %132
  %205 = fadd double %204, %135
  %206 = fadd double %205, %138
  %207 = fadd double %206, %141
  %208 = fadd double %207, %144
  %209 = fadd double %208, %147
  %210 = fadd double %209, %150
  %211 = fadd double %210, %153
  %212 = fadd double %211, %156
  %213 = fadd double %212, %159
  %214 = fadd double %213, %162
  %215 = fadd double %214, %165
  %216 = fadd double %215, %168
  %217 = fadd double %216, %171
  %218 = fadd double %217, %174
  %219 = fadd double %218, %177
  %220 = fadd double %219, %180
  %221 = fadd double %220, %183
  %222 = fadd double %221, %186
  %223 = trunc nuw nsw i64 %72 to i32
  %224 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %223, double noundef %222, i32 noundef %113, i64 noundef %114)
  %225 = add nuw nsw i64 %72, 1
  %226 = add nuw nsw i32 %73, 1
  %227 = icmp eq i64 %225, 5
  br i1 %227, label %84, label %71, !llvm.loop !24

228:                                              ; preds = %228, %126
  %229 = phi ptr [ %111, %126 ], [ %242, %228 ]
  %230 = phi i64 [ 0, %126 ], [ %243, %228 ]
  %231 = phi i64 [ 0, %126 ], [ %244, %228 ]
  %232 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %230
  %233 = load ptr, ptr %232, align 8, !tbaa !15
  store ptr %229, ptr %233, align 8, !tbaa !17
  store ptr %233, ptr @free_list, align 8, !tbaa !15
  %234 = add nuw nsw i64 %230, %78
  %235 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %234
  %236 = load ptr, ptr %235, align 8, !tbaa !15
  store ptr %233, ptr %236, align 8, !tbaa !17
  store ptr %236, ptr @free_list, align 8, !tbaa !15
  %237 = add nuw nsw i64 %234, %78
  %238 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %237
  %239 = load ptr, ptr %238, align 8, !tbaa !15
  store ptr %236, ptr %239, align 8, !tbaa !17
  store ptr %239, ptr @free_list, align 8, !tbaa !15
  %240 = add nuw nsw i64 %237, %78
  %241 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %240
  %242 = load ptr, ptr %241, align 8, !tbaa !15
  store ptr %239, ptr %242, align 8, !tbaa !17
  store ptr %242, ptr @free_list, align 8, !tbaa !15
  %243 = add nuw nsw i64 %240, %78
  %244 = add nuw nsw i64 %231, 4
  %245 = icmp eq i64 %244, %190
  br i1 %245, label %191, label %228, !llvm.loop !25

246:                                              ; preds = %84, %246
  %247 = phi i64 [ %250, %246 ], [ %88, %84 ]
  %248 = add nuw nsw i64 %247, 7
  %249 = and i64 %248, 32760
  %250 = add nuw nsw i64 %249, 1000
  %251 = icmp ugt i64 %249, 7192
  br i1 %251, label %252, label %246, !llvm.loop !26

252:                                              ; preds = %246
  store i64 %247, ptr @arena_used, align 8, !tbaa !5
  br label %253

253:                                              ; preds = %252, %84
  %254 = phi i64 [ %247, %252 ], [ %85, %84 ]
  %255 = load i32, ptr @arena_fail, align 4, !tbaa !9
  %256 = add nsw i32 %255, 1
  store i32 %256, ptr @arena_fail, align 4, !tbaa !9
  %257 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %254, i32 noundef %256)
  %258 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 40, i64 noundef 8)
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long long", !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = !{!18, !16, i64 0}
!18 = !{!"Obj", !16, i64 0, !10, i64 8, !7, i64 16}
!19 = !{!18, !10, i64 8}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.unroll.disable"}
!24 = distinct !{!24, !21}
!25 = distinct !{!25, !21}
!26 = distinct !{!26, !21}
