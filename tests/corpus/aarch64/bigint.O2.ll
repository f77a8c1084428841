; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Big = type { [40 x i32], i32 }

@.str = private unnamed_addr constant [6 x i8] c"2^256\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"60!\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"fib(300)\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"(60!)^2\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"limbs: %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"60! mod 1e9+7 = %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"%s = \00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Big, align 4
  %2 = alloca %struct.Big, align 4
  %3 = alloca %struct.Big, align 4
  %4 = alloca %struct.Big, align 4
  %5 = alloca %struct.Big, align 4
  %6 = alloca %struct.Big, align 4
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %2) #6
  %7 = getelementptr inbounds i8, ptr %2, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %7, i8 0, i64 156, i1 false)
  store i32 1, ptr %2, align 4, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %2, i64 160
  store i32 1, ptr %8, align 4, !tbaa !10
  br label %14

9:                                                ; preds = %38
  call fastcc void @big_print(ptr noundef nonnull @.str, ptr noundef nonnull %2)
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %3) #6
  %10 = getelementptr inbounds i8, ptr %3, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %10, i8 0, i64 156, i1 false)
  store i32 1, ptr %3, align 4, !tbaa !6
  %11 = getelementptr inbounds i8, ptr %3, i64 160
  store i32 1, ptr %11, align 4, !tbaa !10
  br label %48

12:                                               ; preds = %38
  %13 = load i32, ptr %8, align 4, !tbaa !10
  br label %14

14:                                               ; preds = %12, %0
  %15 = phi i32 [ %13, %12 ], [ 1, %0 ]
  %16 = phi i32 [ %39, %12 ], [ 0, %0 ]
  %17 = icmp sgt i32 %15, 0
  br i1 %17, label %20, label %38

18:                                               ; preds = %20
  %19 = icmp ult i64 %27, 4294967296
  br i1 %19, label %38, label %34

20:                                               ; preds = %14, %20
  %21 = phi i64 [ %30, %20 ], [ 0, %14 ]
  %22 = phi i64 [ %29, %20 ], [ 0, %14 ]
  %23 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %21
  %24 = load i32, ptr %23, align 4, !tbaa !6
  %25 = zext i32 %24 to i64
  %26 = shl nuw nsw i64 %25, 1
  %27 = add nuw nsw i64 %26, %22
  %28 = trunc i64 %27 to i32
  store i32 %28, ptr %23, align 4, !tbaa !6
  %29 = lshr i64 %27, 32
  %30 = add nuw nsw i64 %21, 1
  %31 = load i32, ptr %8, align 4, !tbaa !10
  %32 = sext i32 %31 to i64
  %33 = icmp slt i64 %30, %32
  br i1 %33, label %20, label %18, !llvm.loop !12

34:                                               ; preds = %18
  %35 = trunc nuw nsw i64 %29 to i32
  %36 = add nsw i32 %31, 1
  store i32 %36, ptr %8, align 4, !tbaa !10
  %37 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %32
  store i32 %35, ptr %37, align 4, !tbaa !6
  br label %38

38:                                               ; preds = %14, %18, %34
  %39 = add nuw nsw i32 %16, 1
  %40 = icmp eq i32 %39, 256
  br i1 %40, label %9, label %12, !llvm.loop !14

41:                                               ; preds = %72
  call fastcc void @big_print(ptr noundef nonnull @.str.1, ptr noundef nonnull %3)
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %4) #6
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %5) #6
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %6) #6
  %42 = getelementptr inbounds i8, ptr %4, i64 160
  %43 = getelementptr inbounds i8, ptr %5, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %4, i8 0, i64 164, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %43, i8 0, i64 156, i1 false)
  store i32 1, ptr %5, align 4, !tbaa !6
  %44 = getelementptr inbounds i8, ptr %5, i64 160
  store i32 1, ptr %44, align 4, !tbaa !10
  %45 = getelementptr inbounds i8, ptr %6, i64 160
  br label %161

46:                                               ; preds = %72
  %47 = load i32, ptr %11, align 4, !tbaa !10
  br label %48

48:                                               ; preds = %46, %9
  %49 = phi i32 [ %47, %46 ], [ 1, %9 ]
  %50 = phi i64 [ %73, %46 ], [ 2, %9 ]
  %51 = icmp sgt i32 %49, 0
  br i1 %51, label %54, label %72

52:                                               ; preds = %54
  %53 = icmp ult i64 %61, 4294967296
  br i1 %53, label %72, label %68

54:                                               ; preds = %48, %54
  %55 = phi i64 [ %64, %54 ], [ 0, %48 ]
  %56 = phi i64 [ %63, %54 ], [ 0, %48 ]
  %57 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %55
  %58 = load i32, ptr %57, align 4, !tbaa !6
  %59 = zext i32 %58 to i64
  %60 = mul nuw nsw i64 %50, %59
  %61 = add nuw nsw i64 %60, %56
  %62 = trunc i64 %61 to i32
  store i32 %62, ptr %57, align 4, !tbaa !6
  %63 = lshr i64 %61, 32
  %64 = add nuw nsw i64 %55, 1
  %65 = load i32, ptr %11, align 4, !tbaa !10
  %66 = sext i32 %65 to i64
  %67 = icmp slt i64 %64, %66
  br i1 %67, label %54, label %52, !llvm.loop !12

68:                                               ; preds = %52
  %69 = trunc nuw nsw i64 %63 to i32
  %70 = add nsw i32 %65, 1
  store i32 %70, ptr %11, align 4, !tbaa !10
  %71 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %66
  store i32 %69, ptr %71, align 4, !tbaa !6
  br label %72

72:                                               ; preds = %48, %52, %68
  %73 = add nuw nsw i64 %50, 1
  %74 = icmp eq i64 %73, 61
  br i1 %74, label %41, label %46, !llvm.loop !15

75:                                               ; preds = %200
  call fastcc void @big_print(ptr noundef nonnull @.str.2, ptr noundef nonnull %4)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %1, i8 0, i64 164, i1 false)
  %76 = load i32, ptr %11, align 4, !tbaa !10
  %77 = icmp sgt i32 %76, 0
  br i1 %77, label %78, label %85

78:                                               ; preds = %75
  %79 = zext nneg i32 %76 to i64
  br label %80

80:                                               ; preds = %78, %89
  %81 = phi i64 [ 0, %78 ], [ %93, %89 ]
  %82 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !6
  %84 = zext i32 %83 to i64
  br label %95

85:                                               ; preds = %89, %75
  %86 = shl i32 %76, 1
  %87 = getelementptr inbounds i8, ptr %1, i64 160
  %88 = zext i32 %86 to i64
  br label %112

89:                                               ; preds = %95
  %90 = trunc nuw i64 %109 to i32
  %91 = add nuw nsw i64 %81, %79
  %92 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %91
  store i32 %90, ptr %92, align 4, !tbaa !6
  %93 = add nuw nsw i64 %81, 1
  %94 = icmp eq i64 %93, %79
  br i1 %94, label %85, label %80, !llvm.loop !16

95:                                               ; preds = %95, %80
  %96 = phi i64 [ 0, %80 ], [ %110, %95 ]
  %97 = phi i64 [ 0, %80 ], [ %109, %95 ]
  %98 = add nuw nsw i64 %96, %81
  %99 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !6
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %96
  %103 = load i32, ptr %102, align 4, !tbaa !6
  %104 = zext i32 %103 to i64
  %105 = mul nuw i64 %104, %84
  %106 = add nuw nsw i64 %97, %101
  %107 = add nuw i64 %106, %105
  %108 = trunc i64 %107 to i32
  store i32 %108, ptr %99, align 4, !tbaa !6
  %109 = lshr i64 %107, 32
  %110 = add nuw nsw i64 %96, 1
  %111 = icmp eq i64 %110, %79
  br i1 %111, label %89, label %95, !llvm.loop !17

112:                                              ; preds = %116, %85
  %113 = phi i64 [ %117, %116 ], [ %88, %85 ]
  %114 = trunc nuw i64 %113 to i32
  store i32 %114, ptr %87, align 4, !tbaa !10
  %115 = icmp sgt i32 %114, 0
  br i1 %115, label %116, label %121

116:                                              ; preds = %112
  %117 = add nsw i64 %113, -1
  %118 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !6
  %120 = icmp eq i32 %119, 0
  br i1 %120, label %112, label %121, !llvm.loop !18

121:                                              ; preds = %112, %116
  call fastcc void @big_print(ptr noundef nonnull @.str.3, ptr noundef nonnull %1)
  %122 = load i32, ptr %8, align 4, !tbaa !10
  %123 = getelementptr inbounds i8, ptr %1, i64 160
  %124 = load i32, ptr %123, align 4, !tbaa !10
  %125 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %122, i32 noundef %76, i32 noundef %124)
  br i1 %77, label %126, label %158

126:                                              ; preds = %121
  %127 = zext nneg i32 %76 to i64
  br label %128

128:                                              ; preds = %128, %126
  %129 = phi i64 [ %127, %126 ], [ %131, %128 ]
  %130 = phi i64 [ 0, %126 ], [ %141, %128 ]
  %131 = add nsw i64 %129, -1
  %132 = shl nuw nsw i64 %130, 32
  %133 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %131
  %134 = load i32, ptr %133, align 4, !tbaa !6
  %135 = zext i32 %134 to i64
  %136 = or disjoint i64 %132, %135
  %137 = freeze i64 %136
  %138 = udiv i64 %137, 1000000007
  %139 = trunc i64 %138 to i32
  store i32 %139, ptr %133, align 4, !tbaa !6
  %140 = mul i64 %138, 1000000007
  %141 = sub i64 %137, %140
  %142 = icmp ugt i64 %129, 1
  br i1 %142, label %128, label %143, !llvm.loop !19

143:                                              ; preds = %128
  %144 = load i32, ptr %11, align 4, !tbaa !10
  %145 = trunc nuw nsw i64 %141 to i32
  %146 = icmp sgt i32 %144, 0
  br i1 %146, label %147, label %158

147:                                              ; preds = %143
  %148 = zext nneg i32 %144 to i64
  br label %149

149:                                              ; preds = %155, %147
  %150 = phi i64 [ %148, %147 ], [ %151, %155 ]
  %151 = add nsw i64 %150, -1
  %152 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %151
  %153 = load i32, ptr %152, align 4, !tbaa !6
  %154 = icmp eq i32 %153, 0
  br i1 %154, label %155, label %158

155:                                              ; preds = %149
  %156 = trunc nuw nsw i64 %151 to i32
  store i32 %156, ptr %11, align 4, !tbaa !10
  %157 = icmp ugt i64 %150, 1
  br i1 %157, label %149, label %158, !llvm.loop !20

158:                                              ; preds = %149, %155, %121, %143
  %159 = phi i32 [ %145, %143 ], [ 0, %121 ], [ %145, %155 ], [ %145, %149 ]
  %160 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %159)
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %6) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %2) #6
  ret i32 0

161:                                              ; preds = %41, %200
  %162 = phi i32 [ 0, %41 ], [ %202, %200 ]
  %163 = load i32, ptr %42, align 4, !tbaa !10
  %164 = load i32, ptr %44, align 4, !tbaa !10
  %165 = tail call i32 @llvm.smax.i32(i32 %163, i32 %164)
  %166 = icmp sgt i32 %165, 0
  br i1 %166, label %167, label %200

167:                                              ; preds = %161
  %168 = zext nneg i32 %165 to i64
  %169 = sext i32 %163 to i64
  %170 = sext i32 %164 to i64
  br label %173

171:                                              ; preds = %187
  %172 = icmp ult i64 %191, 4294967296
  br i1 %172, label %200, label %197

173:                                              ; preds = %187, %167
  %174 = phi i64 [ 0, %167 ], [ %195, %187 ]
  %175 = phi i64 [ 0, %167 ], [ %194, %187 ]
  %176 = icmp slt i64 %174, %169
  br i1 %176, label %177, label %180

177:                                              ; preds = %173
  %178 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %174
  %179 = load i32, ptr %178, align 4, !tbaa !6
  br label %180

180:                                              ; preds = %177, %173
  %181 = phi i32 [ %179, %177 ], [ 0, %173 ]
  %182 = zext i32 %181 to i64
  %183 = icmp slt i64 %174, %170
  br i1 %183, label %184, label %187

184:                                              ; preds = %180
  %185 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %174
  %186 = load i32, ptr %185, align 4, !tbaa !6
  br label %187

187:                                              ; preds = %184, %180
  %188 = phi i32 [ %186, %184 ], [ 0, %180 ]
  %189 = zext i32 %188 to i64
  %190 = add nuw nsw i64 %175, %182
  %191 = add nuw nsw i64 %190, %189
  %192 = trunc i64 %191 to i32
  %193 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %174
  store i32 %192, ptr %193, align 4, !tbaa !6
  %194 = lshr i64 %191, 32
  %195 = add nuw nsw i64 %174, 1
  %196 = icmp eq i64 %195, %168
  br i1 %196, label %171, label %173, !llvm.loop !21

197:                                              ; preds = %171
  %198 = add nuw nsw i32 %165, 1
  %199 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %168
  store i32 1, ptr %199, align 4, !tbaa !6
  br label %200

200:                                              ; preds = %161, %171, %197
  %201 = phi i32 [ %198, %197 ], [ %165, %171 ], [ %165, %161 ]
  store i32 %201, ptr %45, align 4, !tbaa !10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %4, ptr noundef nonnull align 4 dereferenceable(164) %5, i64 164, i1 false), !tbaa.struct !22
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %5, ptr noundef nonnull align 4 dereferenceable(164) %6, i64 164, i1 false), !tbaa.struct !22
  %202 = add nuw nsw i32 %162, 1
  %203 = icmp eq i32 %202, 300
  br i1 %203, label %75, label %161, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @big_print(ptr noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = alloca %struct.Big, align 4
  %4 = alloca [400 x i8], align 1
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %3, ptr noundef nonnull align 4 dereferenceable(164) %1, i64 164, i1 false), !tbaa.struct !22
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %4) #6
  %5 = getelementptr inbounds i8, ptr %3, i64 160
  %6 = load i32, ptr %5, align 4, !tbaa !10
  br label %7

7:                                                ; preds = %54, %2
  %8 = phi i32 [ %55, %54 ], [ %6, %2 ]
  %9 = phi i32 [ %61, %54 ], [ 1, %2 ]
  %10 = phi i64 [ %58, %54 ], [ 0, %2 ]
  %11 = icmp sgt i32 %8, 0
  br i1 %11, label %12, label %50

12:                                               ; preds = %7
  %13 = zext nneg i32 %8 to i64
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i64 [ %13, %12 ], [ %17, %14 ]
  %16 = phi i64 [ 0, %12 ], [ %27, %14 ]
  %17 = add nsw i64 %15, -1
  %18 = shl nuw nsw i64 %16, 32
  %19 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %17
  %20 = load i32, ptr %19, align 4, !tbaa !6
  %21 = zext i32 %20 to i64
  %22 = or disjoint i64 %18, %21
  %23 = freeze i64 %22
  %24 = udiv i64 %23, 10
  %25 = trunc i64 %24 to i32
  store i32 %25, ptr %19, align 4, !tbaa !6
  %26 = mul i64 %24, 10
  %27 = sub i64 %23, %26
  %28 = icmp ugt i64 %15, 1
  br i1 %28, label %14, label %29, !llvm.loop !19

29:                                               ; preds = %14
  %30 = load i32, ptr %5, align 4, !tbaa !10
  %31 = icmp sgt i32 %30, 0
  br i1 %31, label %32, label %48

32:                                               ; preds = %29
  %33 = zext nneg i32 %30 to i64
  %34 = add nsw i64 %33, -1
  %35 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !6
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %43, label %54

38:                                               ; preds = %43
  %39 = add nsw i64 %44, -1
  %40 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %54, !llvm.loop !20

43:                                               ; preds = %32, %38
  %44 = phi i64 [ %39, %38 ], [ %34, %32 ]
  %45 = phi i64 [ %44, %38 ], [ %33, %32 ]
  %46 = trunc nuw nsw i64 %44 to i32
  store i32 %46, ptr %5, align 4, !tbaa !10
  %47 = icmp ugt i64 %45, 1
  br i1 %47, label %38, label %54, !llvm.loop !20

48:                                               ; preds = %29
  %49 = trunc nuw nsw i64 %27 to i8
  br label %50

50:                                               ; preds = %7, %48
  %51 = phi i8 [ %49, %48 ], [ 0, %7 ]
  %52 = add nuw nsw i8 %51, 48
  %53 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %10
  store i8 %52, ptr %53, align 1, !tbaa !23
  br label %62

54:                                               ; preds = %43, %38, %32
  %55 = phi i32 [ %30, %32 ], [ %46, %38 ], [ %46, %43 ]
  %56 = trunc nuw nsw i64 %27 to i8
  %57 = or disjoint i8 %56, 48
  %58 = add nuw nsw i64 %10, 1
  %59 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %10
  store i8 %57, ptr %59, align 1, !tbaa !23
  %60 = icmp sgt i32 %55, 0
  %61 = add nuw i32 %9, 1
  br i1 %60, label %7, label %62, !llvm.loop !25

62:                                               ; preds = %54, %50
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %0)
  %64 = sext i32 %9 to i64
  br label %65

65:                                               ; preds = %62, %65
  %66 = phi i64 [ %64, %62 ], [ %67, %65 ]
  %67 = add nsw i64 %66, -1
  %68 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1, !tbaa !23
  %70 = zext i8 %69 to i32
  %71 = load ptr, ptr @stdout, align 8, !tbaa !26
  %72 = tail call i32 @putc(i32 noundef %70, ptr noundef %71)
  %73 = icmp eq i64 %67, 0
  br i1 %73, label %74, label %65, !llvm.loop !28

74:                                               ; preds = %65
  %75 = load ptr, ptr @stdout, align 8, !tbaa !26
  %76 = tail call i32 @putc(i32 noundef 10, ptr noundef %75)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %3) #6
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree nounwind
declare noundef i32 @putc(i32 noundef, ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
!10 = !{!11, !7, i64 160}
!11 = !{!"Big", !8, i64 0, !7, i64 160}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
!15 = distinct !{!15, !13}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = !{i64 0, i64 160, !23, i64 160, i64 4, !6}
!23 = !{!8, !8, i64 0}
!24 = distinct !{!24, !13}
!25 = distinct !{!25, !13}
!26 = !{!27, !27, i64 0}
!27 = !{!"any pointer", !8, i64 0}
!28 = distinct !{!28, !13}
