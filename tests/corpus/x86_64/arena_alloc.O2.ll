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
  store <2 x double> <double 0.000000e+00, double 1.250000e+00>, ptr %24, align 8, !tbaa !11
  %40 = getelementptr inbounds i8, ptr %24, i64 16
  store <2 x double> <double 2.500000e+00, double 3.750000e+00>, ptr %40, align 8, !tbaa !11
  store i64 -77, ptr %39, align 16, !tbaa !13
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

69:                                               ; preds = %32, %200
  %70 = phi i64 [ 0, %32 ], [ %223, %200 ]
  %71 = phi i32 [ 0, %32 ], [ %224, %200 ]
  %72 = and i64 %70, 1
  %73 = add nuw nsw i64 %72, 1
  %74 = and i32 %71, 1
  %75 = add nuw nsw i32 %74, 1
  %76 = zext nneg i32 %75 to i64
  %77 = mul nuw nsw i64 %70, 100
  %78 = load ptr, ptr @free_list, align 8, !tbaa !15
  %79 = load i64, ptr @arena_used, align 8, !tbaa !5
  %80 = load i32, ptr @pool_created, align 4, !tbaa !9
  %81 = load i32, ptr @arena_fail, align 4, !tbaa !9
  br label %88

82:                                               ; preds = %200
  %83 = load i64, ptr @arena_used, align 8, !tbaa !5
  %84 = add i64 %83, 7
  %85 = and i64 %84, -8
  %86 = add i64 %85, 1000
  %87 = icmp ugt i64 %86, 8192
  br i1 %87, label %251, label %244

88:                                               ; preds = %69, %108
  %89 = phi ptr [ %78, %69 ], [ %109, %108 ]
  %90 = phi i64 [ 0, %69 ], [ %122, %108 ]
  %91 = phi ptr [ %78, %69 ], [ %113, %108 ]
  %92 = phi i64 [ %79, %69 ], [ %112, %108 ]
  %93 = phi i32 [ %80, %69 ], [ %111, %108 ]
  %94 = phi i32 [ %81, %69 ], [ %110, %108 ]
  %95 = icmp eq ptr %91, null
  br i1 %95, label %98, label %96

96:                                               ; preds = %88
  %97 = load ptr, ptr %91, align 8, !tbaa !17
  store ptr %97, ptr @free_list, align 8, !tbaa !15
  br label %108

98:                                               ; preds = %88
  %99 = add i64 %92, 7
  %100 = and i64 %99, -8
  %101 = add i64 %100, 40
  %102 = icmp ugt i64 %101, 8192
  br i1 %102, label %103, label %105

103:                                              ; preds = %98
  %104 = add nsw i32 %94, 1
  store i32 %104, ptr @arena_fail, align 4, !tbaa !9
  br label %108

105:                                              ; preds = %98
  store i64 %101, ptr @arena_used, align 8, !tbaa !5
  %106 = getelementptr inbounds i8, ptr @arena, i64 %100
  %107 = add nsw i32 %93, 1
  store i32 %107, ptr @pool_created, align 4, !tbaa !9
  br label %108

108:                                              ; preds = %96, %103, %105
  %109 = phi ptr [ %97, %96 ], [ %89, %105 ], [ %89, %103 ]
  %110 = phi i32 [ %94, %96 ], [ %94, %105 ], [ %104, %103 ]
  %111 = phi i32 [ %93, %96 ], [ %107, %105 ], [ %93, %103 ]
  %112 = phi i64 [ %92, %96 ], [ %101, %105 ], [ %92, %103 ]
  %113 = phi ptr [ %97, %96 ], [ null, %105 ], [ null, %103 ]
  %114 = phi ptr [ %91, %96 ], [ %106, %105 ], [ null, %103 ]
  %115 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %90
  store ptr %114, ptr %115, align 8, !tbaa !15
  %116 = add nuw nsw i64 %90, %77
  %117 = getelementptr inbounds i8, ptr %114, i64 8
  %118 = trunc nuw nsw i64 %116 to i32
  store i32 %118, ptr %117, align 8, !tbaa !19
  %119 = uitofp nneg i32 %118 to double
  %120 = fmul double %119, 5.000000e-01
  %121 = getelementptr inbounds i8, ptr %114, i64 16
  store double %120, ptr %121, align 8, !tbaa !11
  %122 = add nuw nsw i64 %90, 1
  %123 = icmp eq i64 %122, 20
  br i1 %123, label %124, label %88, !llvm.loop !20

124:                                              ; preds = %108
  %125 = load ptr, ptr %1, align 16, !tbaa !15
  %126 = getelementptr inbounds i8, ptr %125, i64 16
  %127 = load double, ptr %126, align 8, !tbaa !11
  %128 = load ptr, ptr %50, align 8, !tbaa !15
  %129 = getelementptr inbounds i8, ptr %128, i64 16
  %130 = load double, ptr %129, align 8, !tbaa !11
  %131 = load ptr, ptr %51, align 16, !tbaa !15
  %132 = getelementptr inbounds i8, ptr %131, i64 16
  %133 = load double, ptr %132, align 8, !tbaa !11
  %134 = load ptr, ptr %52, align 8, !tbaa !15
  %135 = getelementptr inbounds i8, ptr %134, i64 16
  %136 = load double, ptr %135, align 8, !tbaa !11
  %137 = load ptr, ptr %53, align 16, !tbaa !15
  %138 = getelementptr inbounds i8, ptr %137, i64 16
  %139 = load double, ptr %138, align 8, !tbaa !11
  %140 = load ptr, ptr %54, align 8, !tbaa !15
  %141 = getelementptr inbounds i8, ptr %140, i64 16
  %142 = load double, ptr %141, align 8, !tbaa !11
  %143 = load ptr, ptr %55, align 16, !tbaa !15
  %144 = getelementptr inbounds i8, ptr %143, i64 16
  %145 = load double, ptr %144, align 8, !tbaa !11
  %146 = load ptr, ptr %56, align 8, !tbaa !15
  %147 = getelementptr inbounds i8, ptr %146, i64 16
  %148 = load double, ptr %147, align 8, !tbaa !11
  %149 = load ptr, ptr %57, align 16, !tbaa !15
  %150 = getelementptr inbounds i8, ptr %149, i64 16
  %151 = load double, ptr %150, align 8, !tbaa !11
  %152 = load ptr, ptr %58, align 8, !tbaa !15
  %153 = getelementptr inbounds i8, ptr %152, i64 16
  %154 = load double, ptr %153, align 8, !tbaa !11
  %155 = load ptr, ptr %59, align 16, !tbaa !15
  %156 = getelementptr inbounds i8, ptr %155, i64 16
  %157 = load double, ptr %156, align 8, !tbaa !11
  %158 = load ptr, ptr %60, align 8, !tbaa !15
  %159 = getelementptr inbounds i8, ptr %158, i64 16
  %160 = load double, ptr %159, align 8, !tbaa !11
  %161 = load ptr, ptr %61, align 16, !tbaa !15
  %162 = getelementptr inbounds i8, ptr %161, i64 16
  %163 = load double, ptr %162, align 8, !tbaa !11
  %164 = load ptr, ptr %62, align 8, !tbaa !15
  %165 = getelementptr inbounds i8, ptr %164, i64 16
  %166 = load double, ptr %165, align 8, !tbaa !11
  %167 = load ptr, ptr %63, align 16, !tbaa !15
  %168 = getelementptr inbounds i8, ptr %167, i64 16
  %169 = load double, ptr %168, align 8, !tbaa !11
  %170 = load ptr, ptr %64, align 8, !tbaa !15
  %171 = getelementptr inbounds i8, ptr %170, i64 16
  %172 = load double, ptr %171, align 8, !tbaa !11
  %173 = load ptr, ptr %65, align 16, !tbaa !15
  %174 = getelementptr inbounds i8, ptr %173, i64 16
  %175 = load double, ptr %174, align 8, !tbaa !11
  %176 = load ptr, ptr %66, align 8, !tbaa !15
  %177 = getelementptr inbounds i8, ptr %176, i64 16
  %178 = load double, ptr %177, align 8, !tbaa !11
  %179 = load ptr, ptr %67, align 16, !tbaa !15
  %180 = getelementptr inbounds i8, ptr %179, i64 16
  %181 = load double, ptr %180, align 8, !tbaa !11
  %182 = load ptr, ptr %68, align 8, !tbaa !15
  %183 = getelementptr inbounds i8, ptr %182, i64 16
  %184 = load double, ptr %183, align 8, !tbaa !11
  %185 = udiv i64 19, %73
  %186 = add nuw nsw i64 %185, 1
  %187 = and i64 %186, 3
  %188 = and i64 %186, 60
  br label %226

189:                                              ; preds = %226
  %190 = icmp eq i64 %187, 0
  br i1 %190, label %200, label %191

191:                                              ; preds = %189, %191
  %192 = phi ptr [ %196, %191 ], [ %240, %189 ]
  %193 = phi i64 [ %197, %191 ], [ %241, %189 ]
  %194 = phi i64 [ %198, %191 ], [ 0, %189 ]
  %195 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %193
  %196 = load ptr, ptr %195, align 8, !tbaa !15
  store ptr %192, ptr %196, align 8, !tbaa !17
  store ptr %196, ptr @free_list, align 8, !tbaa !15
  %197 = add nuw nsw i64 %193, %76
  %198 = add i64 %194, 1
  %199 = icmp eq i64 %198, %187
  br i1 %199, label %200, label %191, !llvm.loop !22

200:                                              ; preds = %191, %189
  %201 = fadd double %127, 0.000000e+00
  %202 = fadd double %201, %130
  %203 = fadd double %202, %133
  %204 = fadd double %203, %136
  %205 = fadd double %204, %139
  %206 = fadd double %205, %142
  %207 = fadd double %206, %145
  %208 = fadd double %207, %148
  %209 = fadd double %208, %151
  %210 = fadd double %209, %154
  %211 = fadd double %210, %157
  %212 = fadd double %211, %160
  %213 = fadd double %212, %163
  %214 = fadd double %213, %166
  %215 = fadd double %214, %169
  %216 = fadd double %215, %172
  %217 = fadd double %216, %175
  %218 = fadd double %217, %178
  %219 = fadd double %218, %181
  %220 = fadd double %219, %184
  %221 = trunc nuw nsw i64 %70 to i32
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %221, double noundef %220, i32 noundef %111, i64 noundef %112)
  %223 = add nuw nsw i64 %70, 1
  %224 = add nuw nsw i32 %71, 1
  %225 = icmp eq i64 %223, 5
  br i1 %225, label %82, label %69, !llvm.loop !24

226:                                              ; preds = %226, %124
  %227 = phi ptr [ %109, %124 ], [ %240, %226 ]
  %228 = phi i64 [ 0, %124 ], [ %241, %226 ]
  %229 = phi i64 [ 0, %124 ], [ %242, %226 ]
  %230 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %228
  %231 = load ptr, ptr %230, align 8, !tbaa !15
  store ptr %227, ptr %231, align 8, !tbaa !17
  store ptr %231, ptr @free_list, align 8, !tbaa !15
  %232 = add nuw nsw i64 %228, %76
  %233 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %232
  %234 = load ptr, ptr %233, align 8, !tbaa !15
  store ptr %231, ptr %234, align 8, !tbaa !17
  store ptr %234, ptr @free_list, align 8, !tbaa !15
  %235 = add nuw nsw i64 %232, %76
  %236 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %235
  %237 = load ptr, ptr %236, align 8, !tbaa !15
  store ptr %234, ptr %237, align 8, !tbaa !17
  store ptr %237, ptr @free_list, align 8, !tbaa !15
  %238 = add nuw nsw i64 %235, %76
  %239 = getelementptr inbounds [20 x ptr], ptr %1, i64 0, i64 %238
  %240 = load ptr, ptr %239, align 8, !tbaa !15
  store ptr %237, ptr %240, align 8, !tbaa !17
  store ptr %240, ptr @free_list, align 8, !tbaa !15
  %241 = add nuw nsw i64 %238, %76
  %242 = add nuw nsw i64 %229, 4
  %243 = icmp eq i64 %242, %188
  br i1 %243, label %189, label %226, !llvm.loop !25

244:                                              ; preds = %82, %244
  %245 = phi i64 [ %248, %244 ], [ %86, %82 ]
  %246 = add nuw nsw i64 %245, 7
  %247 = and i64 %246, 32760
  %248 = add nuw nsw i64 %247, 1000
  %249 = icmp ugt i64 %247, 7192
  br i1 %249, label %250, label %244, !llvm.loop !26

250:                                              ; preds = %244
  store i64 %245, ptr @arena_used, align 8, !tbaa !5
  br label %251

251:                                              ; preds = %250, %82
  %252 = phi i64 [ %245, %250 ], [ %83, %82 ]
  %253 = load i32, ptr @arena_fail, align 4, !tbaa !9
  %254 = add nsw i32 %253, 1
  store i32 %254, ptr @arena_fail, align 4, !tbaa !9
  %255 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %252, i32 noundef %254)
  %256 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i64 noundef 40, i64 noundef 8)
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
