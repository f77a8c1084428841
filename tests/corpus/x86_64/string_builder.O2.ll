; ModuleID = 'string_builder.c'
source_filename = "string_builder.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Sb = type { ptr, i64, i64, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [10 x i8] c"%s%d^2=%d\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c", \00", align 1
@.str.2 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"%s\0Alen=%zu cap=%zu grows=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [44 x i8] c"the rain in spain stays mainly in the plain\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"words reversed: %s\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"ain\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"AIN!\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"replaced: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.10 = private unnamed_addr constant [19 x i8] c"parts=%zu cap=%zu:\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c" [%s]\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Sb, align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #13
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %1, i8 0, i64 32, i1 false)
  br label %39

2:                                                ; preds = %39
  %3 = load ptr, ptr %1, align 8, !tbaa !5
  %4 = getelementptr inbounds i8, ptr %1, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !12
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = load i64, ptr %6, align 8, !tbaa !13
  %8 = getelementptr inbounds i8, ptr %1, i64 24
  %9 = load i32, ptr %8, align 8, !tbaa !14
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef %3, i64 noundef %5, i64 noundef %7, i32 noundef %9)
  %11 = icmp ult i64 %7, 44
  br i1 %11, label %12, label %25

12:                                               ; preds = %2
  %13 = icmp eq i64 %7, 0
  %14 = select i1 %13, i64 8, i64 %7
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i64 [ %14, %12 ], [ %18, %15 ]
  %17 = icmp ult i64 %16, 44
  %18 = shl nuw nsw i64 %16, 1
  br i1 %17, label %15, label %19, !llvm.loop !15

19:                                               ; preds = %15
  %20 = tail call ptr @realloc(ptr noundef %3, i64 noundef %16) #14
  %21 = icmp eq ptr %20, null
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  tail call void @exit(i32 noundef 90) #15
  unreachable

23:                                               ; preds = %19
  store ptr %20, ptr %1, align 8, !tbaa !5
  store i64 %16, ptr %6, align 8, !tbaa !13
  %24 = add nsw i32 %9, 1
  store i32 %24, ptr %8, align 8, !tbaa !14
  br label %25

25:                                               ; preds = %2, %23
  %26 = phi ptr [ %20, %23 ], [ %3, %2 ]
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(44) %26, ptr noundef nonnull readonly align 1 dereferenceable(44) @.str.4, i64 44, i1 false)
  store i64 43, ptr %4, align 8, !tbaa !12
  %27 = getelementptr inbounds i8, ptr %26, i64 42
  br label %28

28:                                               ; preds = %25, %28
  %29 = phi ptr [ %33, %28 ], [ %26, %25 ]
  %30 = phi ptr [ %34, %28 ], [ %27, %25 ]
  %31 = load i8, ptr %29, align 1, !tbaa !17
  %32 = load i8, ptr %30, align 1, !tbaa !17
  %33 = getelementptr inbounds i8, ptr %29, i64 1
  store i8 %32, ptr %29, align 1, !tbaa !17
  %34 = getelementptr inbounds i8, ptr %30, i64 -1
  store i8 %31, ptr %30, align 1, !tbaa !17
  %35 = icmp ult ptr %33, %34
  br i1 %35, label %28, label %36, !llvm.loop !18

36:                                               ; preds = %28
  %37 = load i8, ptr %26, align 1, !tbaa !17
  %38 = icmp eq i8 %37, 0
  br i1 %38, label %49, label %46

39:                                               ; preds = %0, %39
  %40 = phi i32 [ 1, %0 ], [ %44, %39 ]
  %41 = icmp ugt i32 %40, 1
  %42 = select i1 %41, ptr @.str.1, ptr @.str.2
  %43 = mul nuw nsw i32 %40, %40
  call void (ptr, ptr, ...) @sb_printf(ptr noundef nonnull %1, ptr nonnull poison, ptr noundef nonnull %42, i32 noundef %40, i32 noundef %43)
  %44 = add nuw nsw i32 %40, 1
  %45 = icmp eq i32 %44, 13
  br i1 %45, label %2, label %39, !llvm.loop !19

46:                                               ; preds = %36, %152
  %47 = phi i8 [ %157, %152 ], [ %37, %36 ]
  %48 = phi ptr [ %156, %152 ], [ %26, %36 ]
  br label %133

49:                                               ; preds = %152, %36
  %50 = load ptr, ptr %1, align 8, !tbaa !5
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, ptr noundef %50)
  %52 = tail call ptr @strstr(ptr noundef nonnull dereferenceable(1) %50, ptr noundef nonnull dereferenceable(1) @.str.6) #16
  %53 = icmp eq ptr %52, null
  br i1 %53, label %103, label %54

54:                                               ; preds = %49, %95
  %55 = phi ptr [ %101, %95 ], [ %52, %49 ]
  %56 = phi ptr [ %100, %95 ], [ %50, %49 ]
  %57 = phi ptr [ %97, %95 ], [ null, %49 ]
  %58 = phi i64 [ %96, %95 ], [ 0, %49 ]
  %59 = phi i64 [ %99, %95 ], [ 0, %49 ]
  %60 = ptrtoint ptr %55 to i64
  %61 = ptrtoint ptr %56 to i64
  %62 = sub i64 %60, %61
  %63 = add i64 %59, %62
  %64 = add i64 %63, 1
  %65 = icmp ugt i64 %64, %58
  br i1 %65, label %66, label %77

66:                                               ; preds = %54
  %67 = icmp eq i64 %58, 0
  %68 = select i1 %67, i64 8, i64 %58
  br label %69

69:                                               ; preds = %69, %66
  %70 = phi i64 [ %68, %66 ], [ %72, %69 ]
  %71 = icmp ult i64 %70, %64
  %72 = shl i64 %70, 1
  br i1 %71, label %69, label %73, !llvm.loop !15

73:                                               ; preds = %69
  %74 = tail call ptr @realloc(ptr noundef %57, i64 noundef %70) #14
  %75 = icmp eq ptr %74, null
  br i1 %75, label %76, label %77

76:                                               ; preds = %73
  tail call void @exit(i32 noundef 90) #15
  unreachable

77:                                               ; preds = %73, %54
  %78 = phi i64 [ %58, %54 ], [ %70, %73 ]
  %79 = phi ptr [ %57, %54 ], [ %74, %73 ]
  %80 = getelementptr inbounds i8, ptr %79, i64 %59
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %80, ptr align 1 %56, i64 %62, i1 false)
  %81 = getelementptr inbounds i8, ptr %79, i64 %63
  store i8 0, ptr %81, align 1, !tbaa !17
  %82 = add i64 %63, 5
  %83 = icmp ugt i64 %82, %78
  br i1 %83, label %84, label %95

84:                                               ; preds = %77
  %85 = icmp eq i64 %78, 0
  %86 = select i1 %85, i64 8, i64 %78
  br label %87

87:                                               ; preds = %87, %84
  %88 = phi i64 [ %86, %84 ], [ %90, %87 ]
  %89 = icmp ult i64 %88, %82
  %90 = shl i64 %88, 1
  br i1 %89, label %87, label %91, !llvm.loop !15

91:                                               ; preds = %87
  %92 = tail call ptr @realloc(ptr noundef %79, i64 noundef %88) #14
  %93 = icmp eq ptr %92, null
  br i1 %93, label %94, label %95

94:                                               ; preds = %91
  tail call void @exit(i32 noundef 90) #15
  unreachable

95:                                               ; preds = %91, %77
  %96 = phi i64 [ %78, %77 ], [ %88, %91 ]
  %97 = phi ptr [ %79, %77 ], [ %92, %91 ]
  %98 = getelementptr inbounds i8, ptr %97, i64 %63
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(5) %98, ptr noundef nonnull readonly align 1 dereferenceable(5) @.str.7, i64 5, i1 false)
  %99 = add i64 %63, 4
  %100 = getelementptr inbounds i8, ptr %55, i64 3
  %101 = tail call ptr @strstr(ptr noundef nonnull dereferenceable(1) %100, ptr noundef nonnull dereferenceable(1) @.str.6) #16
  %102 = icmp eq ptr %101, null
  br i1 %102, label %103, label %54, !llvm.loop !20

103:                                              ; preds = %95, %49
  %104 = phi i64 [ 0, %49 ], [ %99, %95 ]
  %105 = phi i64 [ 0, %49 ], [ %96, %95 ]
  %106 = phi ptr [ null, %49 ], [ %97, %95 ]
  %107 = phi ptr [ %50, %49 ], [ %100, %95 ]
  %108 = tail call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %107) #16
  %109 = add i64 %108, 1
  %110 = add i64 %109, %104
  %111 = icmp ugt i64 %110, %105
  br i1 %111, label %112, label %123

112:                                              ; preds = %103
  %113 = icmp eq i64 %105, 0
  %114 = select i1 %113, i64 8, i64 %105
  br label %115

115:                                              ; preds = %115, %112
  %116 = phi i64 [ %114, %112 ], [ %118, %115 ]
  %117 = icmp ult i64 %116, %110
  %118 = shl i64 %116, 1
  br i1 %117, label %115, label %119, !llvm.loop !15

119:                                              ; preds = %115
  %120 = tail call ptr @realloc(ptr noundef %106, i64 noundef %116) #14
  %121 = icmp eq ptr %120, null
  br i1 %121, label %122, label %123

122:                                              ; preds = %119
  tail call void @exit(i32 noundef 90) #15
  unreachable

123:                                              ; preds = %103, %119
  %124 = phi ptr [ %106, %103 ], [ %120, %119 ]
  %125 = getelementptr inbounds i8, ptr %124, i64 %104
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %125, ptr readonly align 1 %107, i64 %109, i1 false)
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %124)
  tail call void @free(ptr noundef %124) #13
  %127 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #17
  %128 = load ptr, ptr %1, align 8, !tbaa !5
  %129 = tail call ptr @strtok(ptr noundef %128, ptr noundef nonnull @.str.9) #13
  %130 = icmp eq ptr %129, null
  br i1 %130, label %131, label %162

131:                                              ; preds = %123
  %132 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef 0, i64 noundef 2)
  br label %179

133:                                              ; preds = %46, %136
  %134 = phi i8 [ %138, %136 ], [ %47, %46 ]
  %135 = phi ptr [ %137, %136 ], [ %48, %46 ]
  switch i8 %134, label %136 [
    i8 0, label %139
    i8 32, label %139
  ]

136:                                              ; preds = %133
  %137 = getelementptr inbounds i8, ptr %135, i64 1
  %138 = load i8, ptr %137, align 1, !tbaa !17
  br label %133, !llvm.loop !21

139:                                              ; preds = %133, %133
  %140 = getelementptr inbounds i8, ptr %135, i64 -1
  %141 = icmp ult ptr %48, %140
  br i1 %141, label %142, label %152

142:                                              ; preds = %139, %142
  %143 = phi ptr [ %147, %142 ], [ %48, %139 ]
  %144 = phi ptr [ %148, %142 ], [ %140, %139 ]
  %145 = load i8, ptr %143, align 1, !tbaa !17
  %146 = load i8, ptr %144, align 1, !tbaa !17
  %147 = getelementptr inbounds i8, ptr %143, i64 1
  store i8 %146, ptr %143, align 1, !tbaa !17
  %148 = getelementptr inbounds i8, ptr %144, i64 -1
  store i8 %145, ptr %144, align 1, !tbaa !17
  %149 = icmp ult ptr %147, %148
  br i1 %149, label %142, label %150, !llvm.loop !18

150:                                              ; preds = %142
  %151 = load i8, ptr %135, align 1, !tbaa !17
  br label %152

152:                                              ; preds = %150, %139
  %153 = phi i8 [ %151, %150 ], [ %134, %139 ]
  %154 = icmp ne i8 %153, 0
  %155 = zext i1 %154 to i64
  %156 = getelementptr inbounds i8, ptr %135, i64 %155
  %157 = load i8, ptr %156, align 1, !tbaa !17
  %158 = icmp eq i8 %157, 0
  br i1 %158, label %49, label %46, !llvm.loop !22

159:                                              ; preds = %172
  %160 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i64 noundef %175, i64 noundef %173)
  %161 = icmp eq i64 %175, 0
  br i1 %161, label %179, label %183

162:                                              ; preds = %123, %172
  %163 = phi ptr [ %177, %172 ], [ %129, %123 ]
  %164 = phi ptr [ %174, %172 ], [ %127, %123 ]
  %165 = phi i64 [ %173, %172 ], [ 2, %123 ]
  %166 = phi i64 [ %175, %172 ], [ 0, %123 ]
  %167 = icmp eq i64 %166, %165
  br i1 %167, label %168, label %172

168:                                              ; preds = %162
  %169 = shl i64 %165, 1
  %170 = shl i64 %165, 4
  %171 = tail call ptr @realloc(ptr noundef %164, i64 noundef %170) #14
  br label %172

172:                                              ; preds = %168, %162
  %173 = phi i64 [ %169, %168 ], [ %165, %162 ]
  %174 = phi ptr [ %171, %168 ], [ %164, %162 ]
  %175 = add i64 %166, 1
  %176 = getelementptr inbounds ptr, ptr %174, i64 %166
  store ptr %163, ptr %176, align 8, !tbaa !23
  %177 = tail call ptr @strtok(ptr noundef null, ptr noundef nonnull @.str.9) #13
  %178 = icmp eq ptr %177, null
  br i1 %178, label %159, label %162, !llvm.loop !24

179:                                              ; preds = %183, %131, %159
  %180 = phi ptr [ %127, %131 ], [ %174, %159 ], [ %174, %183 ]
  %181 = tail call i32 @putchar(i32 10)
  tail call void @free(ptr noundef %180) #13
  %182 = load ptr, ptr %1, align 8, !tbaa !5
  tail call void @free(ptr noundef %182) #13
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #13
  ret i32 0

183:                                              ; preds = %159, %183
  %184 = phi i64 [ %188, %183 ], [ 0, %159 ]
  %185 = getelementptr inbounds ptr, ptr %174, i64 %184
  %186 = load ptr, ptr %185, align 8, !tbaa !23
  %187 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %186)
  %188 = add nuw i64 %184, 1
  %189 = icmp eq i64 %184, %166
  br i1 %189, label %179, label %183, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind uwtable
define internal void @sb_printf(ptr nocapture noundef %0, ptr nocapture readnone %1, ...) unnamed_addr #0 {
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca [128 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #13
  call void @llvm.va_start.p0(ptr nonnull %3)
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %4) #13
  %5 = call i32 @vsnprintf(ptr noundef nonnull %4, i64 noundef 128, ptr noundef nonnull @.str, ptr noundef nonnull %3) #13
  call void @llvm.va_end.p0(ptr nonnull %3)
  %6 = call i64 @strlen(ptr noundef nonnull readonly dereferenceable(1) %4) #16
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !12
  %9 = add i64 %6, 1
  %10 = add i64 %9, %8
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load i64, ptr %11, align 8, !tbaa !13
  %13 = icmp ugt i64 %10, %12
  br i1 %13, label %16, label %14

14:                                               ; preds = %2
  %15 = load ptr, ptr %0, align 8, !tbaa !5
  br label %33

16:                                               ; preds = %2
  %17 = icmp eq i64 %12, 0
  %18 = select i1 %17, i64 8, i64 %12
  br label %19

19:                                               ; preds = %19, %16
  %20 = phi i64 [ %18, %16 ], [ %22, %19 ]
  %21 = icmp ult i64 %20, %10
  %22 = shl i64 %20, 1
  br i1 %21, label %19, label %23, !llvm.loop !15

23:                                               ; preds = %19
  %24 = load ptr, ptr %0, align 8, !tbaa !5
  %25 = call ptr @realloc(ptr noundef %24, i64 noundef %20) #14
  %26 = icmp eq ptr %25, null
  br i1 %26, label %27, label %28

27:                                               ; preds = %23
  call void @exit(i32 noundef 90) #15
  unreachable

28:                                               ; preds = %23
  store ptr %25, ptr %0, align 8, !tbaa !5
  store i64 %20, ptr %11, align 8, !tbaa !13
  %29 = getelementptr inbounds i8, ptr %0, i64 24
  %30 = load i32, ptr %29, align 8, !tbaa !14
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %29, align 8, !tbaa !14
  %32 = load i64, ptr %7, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %14, %28
  %34 = phi i64 [ %8, %14 ], [ %32, %28 ]
  %35 = phi ptr [ %15, %14 ], [ %25, %28 ]
  %36 = getelementptr inbounds i8, ptr %35, i64 %34
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %36, ptr nonnull readonly align 16 %4, i64 %9, i1 false)
  %37 = load i64, ptr %7, align 8, !tbaa !12
  %38 = add i64 %37, %6
  store i64 %38, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %4) #13
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #13
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn
declare ptr @strtok(ptr noundef, ptr nocapture noundef readonly) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite)
declare noalias noundef ptr @realloc(ptr allocptr nocapture noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #8

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr nocapture noundef, i64 noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #10

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @strstr(ptr noundef, ptr nocapture noundef) local_unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #12

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nounwind willreturn allockind("realloc") allocsize(1) memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #9 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nofree nounwind }
attributes #13 = { nounwind }
attributes #14 = { nounwind allocsize(1) }
attributes #15 = { noreturn nounwind }
attributes #16 = { nounwind willreturn memory(read) }
attributes #17 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"Sb", !7, i64 0, !10, i64 8, !10, i64 16, !11, i64 24}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"long", !8, i64 0}
!11 = !{!"int", !8, i64 0}
!12 = !{!6, !10, i64 8}
!13 = !{!6, !10, i64 16}
!14 = !{!6, !11, i64 24}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!8, !8, i64 0}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = !{!7, !7, i64 0}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
