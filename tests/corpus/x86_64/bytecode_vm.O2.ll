; ModuleID = 'bytecode_vm.c'
source_filename = "bytecode_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [8 x i64], i64 }

@main.fact = internal constant [33 x i64] [i64 0, i64 20, i64 16, i64 0, i64 0, i64 1, i64 16, i64 1, i64 15, i64 0, i64 9, i64 28, i64 15, i64 1, i64 15, i64 0, i64 4, i64 16, i64 1, i64 15, i64 0, i64 0, i64 1, i64 3, i64 16, i64 0, i64 8, i64 8, i64 15, i64 1, i64 5, i64 13, i64 14], align 16
@.str = private unnamed_addr constant [28 x i8] c"fact result=%lld steps=%ld\0A\00", align 1
@main.fib = internal constant [25 x i64] [i64 0, i64 22, i64 11, i64 6, i64 13, i64 14, i64 5, i64 0, i64 2, i64 10, i64 24, i64 5, i64 0, i64 1, i64 3, i64 11, i64 6, i64 6, i64 0, i64 2, i64 3, i64 11, i64 6, i64 2, i64 12], align 16
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
  %5 = load i64, ptr %4, align 8, !tbaa !5
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %3, i64 noundef %5)
  call void @llvm.lifetime.start.p0(i64 2384, ptr nonnull %2) #4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2384) %2, i8 0, i64 2384, i1 false)
  %7 = call fastcc i64 @run(ptr noundef nonnull %2, ptr noundef nonnull @main.fib)
  %8 = getelementptr inbounds i8, ptr %2, i64 2376
  %9 = load i64, ptr %8, align 8, !tbaa !5
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
  %10 = load i64, ptr %3, align 8, !tbaa !5
  %11 = add nsw i64 %10, 1
  store i64 %11, ptr %3, align 8, !tbaa !5
  %12 = add nsw i32 %9, 1
  %13 = sext i32 %9 to i64
  %14 = getelementptr inbounds i64, ptr %1, i64 %13
  %15 = load i64, ptr %14, align 8, !tbaa !11
  switch i64 %15, label %181 [
    i64 0, label %16
    i64 1, label %27
    i64 2, label %30
    i64 3, label %41
    i64 4, label %52
    i64 5, label %63
    i64 6, label %72
    i64 7, label %82
    i64 8, label %91
    i64 9, label %96
    i64 10, label %110
    i64 11, label %128
    i64 12, label %138
    i64 13, label %144
    i64 15, label %151
    i64 16, label %162
    i64 14, label %173
  ]

16:                                               ; preds = %8
  %17 = add nsw i32 %9, 2
  %18 = sext i32 %12 to i64
  %19 = getelementptr inbounds i64, ptr %1, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !11
  %21 = load i32, ptr %4, align 8, !tbaa !12
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 8, !tbaa !12
  %23 = sext i32 %21 to i64
  %24 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %23
  store i64 %20, ptr %24, align 8, !tbaa !11
  br label %25

25:                                               ; preds = %16, %27, %30, %41, %52, %63, %72, %82, %91, %128, %138, %144, %151, %162, %108, %103, %126, %121
  %26 = phi i32 [ %168, %162 ], [ %152, %151 ], [ %12, %144 ], [ %143, %138 ], [ %137, %128 ], [ %95, %91 ], [ %12, %82 ], [ %12, %72 ], [ %12, %63 ], [ %12, %52 ], [ %12, %41 ], [ %12, %30 ], [ %12, %27 ], [ %17, %16 ], [ %107, %103 ], [ %109, %108 ], [ %125, %121 ], [ %127, %126 ]
  br label %8

27:                                               ; preds = %8
  %28 = load i32, ptr %4, align 8, !tbaa !12
  %29 = add nsw i32 %28, -1
  store i32 %29, ptr %4, align 8, !tbaa !12
  br label %25

30:                                               ; preds = %8
  %31 = load i32, ptr %4, align 8, !tbaa !12
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %4, align 8, !tbaa !12
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %33
  %35 = load i64, ptr %34, align 8, !tbaa !11
  %36 = add nsw i32 %31, -2
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !11
  %40 = add nsw i64 %39, %35
  store i64 %40, ptr %38, align 8, !tbaa !11
  br label %25

41:                                               ; preds = %8
  %42 = load i32, ptr %4, align 8, !tbaa !12
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %4, align 8, !tbaa !12
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %44
  %46 = load i64, ptr %45, align 8, !tbaa !11
  %47 = add nsw i32 %42, -2
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !11
  %51 = sub nsw i64 %50, %46
  store i64 %51, ptr %49, align 8, !tbaa !11
  br label %25

52:                                               ; preds = %8
  %53 = load i32, ptr %4, align 8, !tbaa !12
  %54 = add nsw i32 %53, -1
  store i32 %54, ptr %4, align 8, !tbaa !12
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %55
  %57 = load i64, ptr %56, align 8, !tbaa !11
  %58 = add nsw i32 %53, -2
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !11
  %62 = mul nsw i64 %61, %57
  store i64 %62, ptr %60, align 8, !tbaa !11
  br label %25

63:                                               ; preds = %8
  %64 = load i32, ptr %4, align 8, !tbaa !12
  %65 = add nsw i32 %64, -1
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %66
  %68 = load i64, ptr %67, align 8, !tbaa !11
  %69 = sext i32 %64 to i64
  %70 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %69
  store i64 %68, ptr %70, align 8, !tbaa !11
  %71 = add nsw i32 %64, 1
  store i32 %71, ptr %4, align 8, !tbaa !12
  br label %25

72:                                               ; preds = %8
  %73 = load i32, ptr %4, align 8, !tbaa !12
  %74 = add nsw i32 %73, -1
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %75
  %77 = load i64, ptr %76, align 8, !tbaa !11
  %78 = add nsw i32 %73, -2
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %79
  %81 = load i64, ptr %80, align 8, !tbaa !11
  store i64 %81, ptr %76, align 8, !tbaa !11
  store i64 %77, ptr %80, align 8, !tbaa !11
  br label %25

82:                                               ; preds = %8
  %83 = load i32, ptr %4, align 8, !tbaa !12
  %84 = add nsw i32 %83, -2
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %85
  %87 = load i64, ptr %86, align 8, !tbaa !11
  %88 = sext i32 %83 to i64
  %89 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %88
  store i64 %87, ptr %89, align 8, !tbaa !11
  %90 = add nsw i32 %83, 1
  store i32 %90, ptr %4, align 8, !tbaa !12
  br label %25

91:                                               ; preds = %8
  %92 = sext i32 %12 to i64
  %93 = getelementptr inbounds i64, ptr %1, i64 %92
  %94 = load i64, ptr %93, align 8, !tbaa !11
  %95 = trunc i64 %94 to i32
  br label %25

96:                                               ; preds = %8
  %97 = load i32, ptr %4, align 8, !tbaa !12
  %98 = add nsw i32 %97, -1
  store i32 %98, ptr %4, align 8, !tbaa !12
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %99
  %101 = load i64, ptr %100, align 8, !tbaa !11
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %103, label %108

103:                                              ; preds = %96
  %104 = sext i32 %12 to i64
  %105 = getelementptr inbounds i64, ptr %1, i64 %104
  %106 = load i64, ptr %105, align 8, !tbaa !11
  %107 = trunc i64 %106 to i32
  br label %25

108:                                              ; preds = %96
  %109 = add nsw i32 %9, 2
  br label %25

110:                                              ; preds = %8
  %111 = load i32, ptr %4, align 8, !tbaa !12
  %112 = add nsw i32 %111, -1
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %113
  %115 = load i64, ptr %114, align 8, !tbaa !11
  %116 = add nsw i32 %111, -2
  store i32 %116, ptr %4, align 8, !tbaa !12
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %117
  %119 = load i64, ptr %118, align 8, !tbaa !11
  %120 = icmp slt i64 %119, %115
  br i1 %120, label %121, label %126

121:                                              ; preds = %110
  %122 = sext i32 %12 to i64
  %123 = getelementptr inbounds i64, ptr %1, i64 %122
  %124 = load i64, ptr %123, align 8, !tbaa !11
  %125 = trunc i64 %124 to i32
  br label %25

126:                                              ; preds = %110
  %127 = add nsw i32 %9, 2
  br label %25

128:                                              ; preds = %8
  %129 = add nsw i32 %9, 2
  %130 = load i32, ptr %7, align 4, !tbaa !13
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %7, align 4, !tbaa !13
  %132 = sext i32 %130 to i64
  %133 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %132
  store i32 %129, ptr %133, align 4, !tbaa !14
  %134 = sext i32 %12 to i64
  %135 = getelementptr inbounds i64, ptr %1, i64 %134
  %136 = load i64, ptr %135, align 8, !tbaa !11
  %137 = trunc i64 %136 to i32
  br label %25

138:                                              ; preds = %8
  %139 = load i32, ptr %7, align 4, !tbaa !13
  %140 = add nsw i32 %139, -1
  store i32 %140, ptr %7, align 4, !tbaa !13
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %141
  %143 = load i32, ptr %142, align 4, !tbaa !14
  br label %25

144:                                              ; preds = %8
  %145 = load i32, ptr %4, align 8, !tbaa !12
  %146 = add nsw i32 %145, -1
  store i32 %146, ptr %4, align 8, !tbaa !12
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %147
  %149 = load i64, ptr %148, align 8, !tbaa !11
  %150 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %149)
  br label %25

151:                                              ; preds = %8
  %152 = add nsw i32 %9, 2
  %153 = sext i32 %12 to i64
  %154 = getelementptr inbounds i64, ptr %1, i64 %153
  %155 = load i64, ptr %154, align 8, !tbaa !11
  %156 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %155
  %157 = load i64, ptr %156, align 8, !tbaa !11
  %158 = load i32, ptr %4, align 8, !tbaa !12
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %4, align 8, !tbaa !12
  %160 = sext i32 %158 to i64
  %161 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %160
  store i64 %157, ptr %161, align 8, !tbaa !11
  br label %25

162:                                              ; preds = %8
  %163 = load i32, ptr %4, align 8, !tbaa !12
  %164 = add nsw i32 %163, -1
  store i32 %164, ptr %4, align 8, !tbaa !12
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %165
  %167 = load i64, ptr %166, align 8, !tbaa !11
  %168 = add nsw i32 %9, 2
  %169 = sext i32 %12 to i64
  %170 = getelementptr inbounds i64, ptr %1, i64 %169
  %171 = load i64, ptr %170, align 8, !tbaa !11
  %172 = getelementptr inbounds [8 x i64], ptr %5, i64 0, i64 %171
  store i64 %167, ptr %172, align 8, !tbaa !11
  br label %25

173:                                              ; preds = %8
  %174 = load i32, ptr %4, align 8, !tbaa !12
  %175 = icmp eq i32 %174, 0
  br i1 %175, label %183, label %176

176:                                              ; preds = %173
  %177 = add nsw i32 %174, -1
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [256 x i64], ptr %0, i64 0, i64 %178
  %180 = load i64, ptr %179, align 8, !tbaa !11
  br label %183

181:                                              ; preds = %8
  %182 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef %15)
  br label %183

183:                                              ; preds = %181, %173, %176
  %184 = phi i64 [ 0, %173 ], [ %180, %176 ], [ -1, %181 ]
  ret i64 %184
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !10, i64 2376}
!6 = !{!"VM", !7, i64 0, !9, i64 2048, !7, i64 2052, !9, i64 2308, !7, i64 2312, !10, i64 2376}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!10, !10, i64 0}
!12 = !{!6, !9, i64 2048}
!13 = !{!6, !9, i64 2308}
!14 = !{!9, !9, i64 0}
