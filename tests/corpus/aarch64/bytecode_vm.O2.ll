; ModuleID = 'bytecode_vm.c'
source_filename = "bytecode_vm.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [8 x i64], i64 }

@main.fact = internal constant [33 x i64] [i64 0, i64 20, i64 16, i64 0, i64 0, i64 1, i64 16, i64 1, i64 15, i64 0, i64 9, i64 28, i64 15, i64 1, i64 15, i64 0, i64 4, i64 16, i64 1, i64 15, i64 0, i64 0, i64 1, i64 3, i64 16, i64 0, i64 8, i64 8, i64 15, i64 1, i64 5, i64 13, i64 14], align 8
@.str = private unnamed_addr constant [28 x i8] c"fact result=%lld steps=%ld\0A\00", align 1
@main.fib = internal constant [25 x i64] [i64 0, i64 22, i64 11, i64 6, i64 13, i64 14, i64 5, i64 0, i64 2, i64 10, i64 24, i64 5, i64 0, i64 1, i64 3, i64 11, i64 6, i64 6, i64 0, i64 2, i64 3, i64 11, i64 6, i64 2, i64 12], align 8
@.str.1 = private unnamed_addr constant [15 x i8] c"fib steps=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"vm print: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"bad opcode %lld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.VM, align 8
  %2 = alloca %struct.VM, align 8
  call void @llvm.lifetime.start.p0(i64 2384, ptr nonnull %1) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2384) %1, i8 0, i64 2384, i1 false)
  %3 = call fastcc i64 @run(ptr noundef nonnull %1, ptr noundef nonnull @main.fact)
  %4 = getelementptr inbounds i8, ptr %1, i64 2376
  %5 = load i64, ptr %4, align 8, !tbaa !6
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %3, i64 noundef %5)
  call void @llvm.lifetime.start.p0(i64 2384, ptr nonnull %2) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2384) %2, i8 0, i64 2384, i1 false)
  %7 = call fastcc i64 @run(ptr noundef nonnull %2, ptr noundef nonnull @main.fib)
  %8 = getelementptr inbounds i8, ptr %2, i64 2376
  %9 = load i64, ptr %8, align 8, !tbaa !6
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %9)
  call void @llvm.lifetime.end.p0(i64 2384, ptr nonnull %2) #4
  call void @llvm.lifetime.end.p0(i64 2384, ptr nonnull %1) #4
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nounwind uwtable
define internal fastcc i64 @run(ptr nocapture noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 2376
  %4 = getelementptr inbounds i8, ptr %0, i64 2048
  %5 = getelementptr inbounds i8, ptr %0, i64 2312
  %6 = getelementptr inbounds i8, ptr %0, i64 2052
  %7 = getelementptr inbounds i8, ptr %0, i64 2308
  br label %8

8:                                                ; preds = %25, %2
  %9 = phi i32 [ 0, %2 ], [ %26, %25 ]
  %10 = load i64, ptr %3, align 8, !tbaa !6
  %11 = add nsw i64 %10, 1
  store i64 %11, ptr %3, align 8, !tbaa !6
  %12 = add nsw i32 %9, 1
  %13 = sext i32 %9 to i64
  %14 = getelementptr inbounds i64, ptr %1, i64 %13
  %15 = load i64, ptr %14, align 8, !tbaa !12
  switch i64 %15, label %178 [
    i64 0, label %16
    i64 1, label %27
    i64 2, label %30
    i64 3, label %41
    i64 4, label %52
    i64 5, label %63
    i64 6, label %72
    i64 7, label %79
    i64 8, label %88
    i64 9, label %93
    i64 10, label %107
    i64 11, label %125
    i64 12, label %135
    i64 13, label %141
    i64 15, label %148
    i64 16, label %159
    i64 14, label %170
  ]

16:                                               ; preds = %8
  %17 = add nsw i32 %9, 2
  %18 = sext i32 %12 to i64
  %19 = getelementptr inbounds i64, ptr %1, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !12
  %21 = load i32, ptr %4, align 8, !tbaa !13
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 8, !tbaa !13
  %23 = sext i32 %21 to i64
  %24 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %23
  store i64 %20, ptr %24, align 8, !tbaa !12
  br label %25

25:                                               ; preds = %16, %27, %30, %41, %52, %63, %72, %79, %88, %125, %135, %141, %148, %159, %105, %100, %123, %118
  %26 = phi i32 [ %165, %159 ], [ %149, %148 ], [ %12, %141 ], [ %140, %135 ], [ %134, %125 ], [ %92, %88 ], [ %12, %79 ], [ %12, %72 ], [ %12, %63 ], [ %12, %52 ], [ %12, %41 ], [ %12, %30 ], [ %12, %27 ], [ %17, %16 ], [ %104, %100 ], [ %106, %105 ], [ %122, %118 ], [ %124, %123 ]
  br label %8

27:                                               ; preds = %8
  %28 = load i32, ptr %4, align 8, !tbaa !13
  %29 = add nsw i32 %28, -1
  store i32 %29, ptr %4, align 8, !tbaa !13
  br label %25

30:                                               ; preds = %8
  %31 = load i32, ptr %4, align 8, !tbaa !13
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %4, align 8, !tbaa !13
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %33
  %35 = load i64, ptr %34, align 8, !tbaa !12
  %36 = add nsw i32 %31, -2
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !12
  %40 = add nsw i64 %39, %35
  store i64 %40, ptr %38, align 8, !tbaa !12
  br label %25

41:                                               ; preds = %8
  %42 = load i32, ptr %4, align 8, !tbaa !13
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %4, align 8, !tbaa !13
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %44
  %46 = load i64, ptr %45, align 8, !tbaa !12
  %47 = add nsw i32 %42, -2
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !12
  %51 = sub nsw i64 %50, %46
  store i64 %51, ptr %49, align 8, !tbaa !12
  br label %25

52:                                               ; preds = %8
  %53 = load i32, ptr %4, align 8, !tbaa !13
  %54 = add nsw i32 %53, -1
  store i32 %54, ptr %4, align 8, !tbaa !13
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %55
  %57 = load i64, ptr %56, align 8, !tbaa !12
  %58 = add nsw i32 %53, -2
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !12
  %62 = mul nsw i64 %61, %57
  store i64 %62, ptr %60, align 8, !tbaa !12
  br label %25

63:                                               ; preds = %8
  %64 = load i32, ptr %4, align 8, !tbaa !13
  %65 = add nsw i32 %64, -1
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %66
  %68 = load i64, ptr %67, align 8, !tbaa !12
  %69 = sext i32 %64 to i64
  %70 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %69
  store i64 %68, ptr %70, align 8, !tbaa !12
  %71 = add nsw i32 %64, 1
  store i32 %71, ptr %4, align 8, !tbaa !13
  br label %25

72:                                               ; preds = %8
  %73 = load i32, ptr %4, align 8, !tbaa !13
  %74 = add nsw i32 %73, -2
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %75
  %77 = load <2 x i64>, ptr %76, align 8, !tbaa !12
  %78 = shufflevector <2 x i64> %77, <2 x i64> poison, <2 x i32> <i32 1, i32 0>
  store <2 x i64> %78, ptr %76, align 8, !tbaa !12
  br label %25

79:                                               ; preds = %8
  %80 = load i32, ptr %4, align 8, !tbaa !13
  %81 = add nsw i32 %80, -2
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %82
  %84 = load i64, ptr %83, align 8, !tbaa !12
  %85 = sext i32 %80 to i64
  %86 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %85
  store i64 %84, ptr %86, align 8, !tbaa !12
  %87 = add nsw i32 %80, 1
  store i32 %87, ptr %4, align 8, !tbaa !13
  br label %25

88:                                               ; preds = %8
  %89 = sext i32 %12 to i64
  %90 = getelementptr inbounds i64, ptr %1, i64 %89
  %91 = load i64, ptr %90, align 8, !tbaa !12
  %92 = trunc i64 %91 to i32
  br label %25

93:                                               ; preds = %8
  %94 = load i32, ptr %4, align 8, !tbaa !13
  %95 = add nsw i32 %94, -1
  store i32 %95, ptr %4, align 8, !tbaa !13
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %96
  %98 = load i64, ptr %97, align 8, !tbaa !12
  %99 = icmp eq i64 %98, 0
  br i1 %99, label %100, label %105

100:                                              ; preds = %93
  %101 = sext i32 %12 to i64
  %102 = getelementptr inbounds i64, ptr %1, i64 %101
  %103 = load i64, ptr %102, align 8, !tbaa !12
  %104 = trunc i64 %103 to i32
  br label %25

105:                                              ; preds = %93
  %106 = add nsw i32 %9, 2
  br label %25

107:                                              ; preds = %8
  %108 = load i32, ptr %4, align 8, !tbaa !13
  %109 = add nsw i32 %108, -1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %110
  %112 = load i64, ptr %111, align 8, !tbaa !12
  %113 = add nsw i32 %108, -2
  store i32 %113, ptr %4, align 8, !tbaa !13
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %114
  %116 = load i64, ptr %115, align 8, !tbaa !12
  %117 = icmp slt i64 %116, %112
  br i1 %117, label %118, label %123

118:                                              ; preds = %107
  %119 = sext i32 %12 to i64
  %120 = getelementptr inbounds i64, ptr %1, i64 %119
  %121 = load i64, ptr %120, align 8, !tbaa !12
  %122 = trunc i64 %121 to i32
  br label %25

123:                                              ; preds = %107
  %124 = add nsw i32 %9, 2
  br label %25

125:                                              ; preds = %8
  %126 = add nsw i32 %9, 2
  %127 = load i32, ptr %7, align 4, !tbaa !14
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %7, align 4, !tbaa !14
  %129 = sext i32 %127 to i64
  %130 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %129
  store i32 %126, ptr %130, align 4, !tbaa !15
  %131 = sext i32 %12 to i64
  %132 = getelementptr inbounds i64, ptr %1, i64 %131
  %133 = load i64, ptr %132, align 8, !tbaa !12
  %134 = trunc i64 %133 to i32
  br label %25

135:                                              ; preds = %8
  %136 = load i32, ptr %7, align 4, !tbaa !14
  %137 = add nsw i32 %136, -1
  store i32 %137, ptr %7, align 4, !tbaa !14
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %138
  %140 = load i32, ptr %139, align 4, !tbaa !15
  br label %25

141:                                              ; preds = %8
  %142 = load i32, ptr %4, align 8, !tbaa !13
  %143 = add nsw i32 %142, -1
  store i32 %143, ptr %4, align 8, !tbaa !13
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %144
  %146 = load i64, ptr %145, align 8, !tbaa !12
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %146)
  br label %25

148:                                              ; preds = %8
  %149 = add nsw i32 %9, 2
  %150 = sext i32 %12 to i64
  %151 = getelementptr inbounds i64, ptr %1, i64 %150
  %152 = load i64, ptr %151, align 8, !tbaa !12
  %153 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %152
  %154 = load i64, ptr %153, align 8, !tbaa !12
  %155 = load i32, ptr %4, align 8, !tbaa !13
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %4, align 8, !tbaa !13
  %157 = sext i32 %155 to i64
  %158 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %157
  store i64 %154, ptr %158, align 8, !tbaa !12
  br label %25

159:                                              ; preds = %8
  %160 = load i32, ptr %4, align 8, !tbaa !13
  %161 = add nsw i32 %160, -1
  store i32 %161, ptr %4, align 8, !tbaa !13
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %162
  %164 = load i64, ptr %163, align 8, !tbaa !12
  %165 = add nsw i32 %9, 2
  %166 = sext i32 %12 to i64
  %167 = getelementptr inbounds i64, ptr %1, i64 %166
  %168 = load i64, ptr %167, align 8, !tbaa !12
  %169 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %168
  store i64 %164, ptr %169, align 8, !tbaa !12
  br label %25

170:                                              ; preds = %8
  %171 = load i32, ptr %4, align 8, !tbaa !13
  %172 = icmp eq i32 %171, 0
  br i1 %172, label %180, label %173

173:                                              ; preds = %170
  %174 = add nsw i32 %171, -1
  %175 = sext i32 %174 to i64
  %176 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %175
  %177 = load i64, ptr %176, align 8, !tbaa !12
  br label %180

178:                                              ; preds = %8
  %179 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %15)
  br label %180

180:                                              ; preds = %178, %170, %173
  %181 = phi i64 [ 0, %170 ], [ %177, %173 ], [ -1, %178 ]
  ret i64 %181
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !11, i64 2376}
!7 = !{!"VM", !8, i64 0, !10, i64 2048, !8, i64 2052, !10, i64 2308, !8, i64 2312, !11, i64 2376}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!"long", !8, i64 0}
!12 = !{!11, !11, i64 0}
!13 = !{!7, !10, i64 2048}
!14 = !{!7, !10, i64 2308}
!15 = !{!10, !10, i64 0}
