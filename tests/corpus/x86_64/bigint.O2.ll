; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  store i32 1, ptr %2, align 4, !tbaa !5
  %8 = getelementptr inbounds i8, ptr %2, i64 160
  store i32 1, ptr %8, align 4, !tbaa !9
  br label %14

9:                                                ; preds = %38
  call fastcc void @big_print(ptr noundef nonnull @.str, ptr noundef nonnull %2)
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %3) #6
  %10 = getelementptr inbounds i8, ptr %3, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %10, i8 0, i64 156, i1 false)
  store i32 1, ptr %3, align 4, !tbaa !5
  %11 = getelementptr inbounds i8, ptr %3, i64 160
  store i32 1, ptr %11, align 4, !tbaa !9
  br label %48

12:                                               ; preds = %38
  %13 = load i32, ptr %8, align 4, !tbaa !9
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
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = zext i32 %24 to i64
  %26 = shl nuw nsw i64 %25, 1
  %27 = add nuw nsw i64 %26, %22
  %28 = trunc i64 %27 to i32
  store i32 %28, ptr %23, align 4, !tbaa !5
  %29 = lshr i64 %27, 32
  %30 = add nuw nsw i64 %21, 1
  %31 = load i32, ptr %8, align 4, !tbaa !9
  %32 = sext i32 %31 to i64
  %33 = icmp slt i64 %30, %32
  br i1 %33, label %20, label %18, !llvm.loop !11

34:                                               ; preds = %18
  %35 = trunc nuw nsw i64 %29 to i32
  %36 = add nsw i32 %31, 1
  store i32 %36, ptr %8, align 4, !tbaa !9
  %37 = getelementptr inbounds [40 x i32], ptr %2, i64 0, i64 %32
  store i32 %35, ptr %37, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %14, %18, %34
  %39 = add nuw nsw i32 %16, 1
  %40 = icmp eq i32 %39, 256
  br i1 %40, label %9, label %12, !llvm.loop !13

41:                                               ; preds = %72
  call fastcc void @big_print(ptr noundef nonnull @.str.1, ptr noundef nonnull %3)
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %4) #6
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %5) #6
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %6) #6
  %42 = getelementptr inbounds i8, ptr %4, i64 160
  %43 = getelementptr inbounds i8, ptr %5, i64 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %4, i8 0, i64 164, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %43, i8 0, i64 156, i1 false)
  store i32 1, ptr %5, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %5, i64 160
  store i32 1, ptr %44, align 4, !tbaa !9
  %45 = getelementptr inbounds i8, ptr %6, i64 160
  br label %196

46:                                               ; preds = %72
  %47 = load i32, ptr %11, align 4, !tbaa !9
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
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = zext i32 %58 to i64
  %60 = mul nuw nsw i64 %50, %59
  %61 = add nuw nsw i64 %60, %56
  %62 = trunc i64 %61 to i32
  store i32 %62, ptr %57, align 4, !tbaa !5
  %63 = lshr i64 %61, 32
  %64 = add nuw nsw i64 %55, 1
  %65 = load i32, ptr %11, align 4, !tbaa !9
  %66 = sext i32 %65 to i64
  %67 = icmp slt i64 %64, %66
  br i1 %67, label %54, label %52, !llvm.loop !11

68:                                               ; preds = %52
  %69 = trunc nuw nsw i64 %63 to i32
  %70 = add nsw i32 %65, 1
  store i32 %70, ptr %11, align 4, !tbaa !9
  %71 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %66
  store i32 %69, ptr %71, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %48, %52, %68
  %73 = add nuw nsw i64 %50, 1
  %74 = icmp eq i64 %73, 61
  br i1 %74, label %41, label %46, !llvm.loop !14

75:                                               ; preds = %235
  call fastcc void @big_print(ptr noundef nonnull @.str.2, ptr noundef nonnull %4)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %1, i8 0, i64 164, i1 false)
  %76 = load i32, ptr %11, align 4, !tbaa !9
  %77 = icmp sgt i32 %76, 0
  br i1 %77, label %78, label %89

78:                                               ; preds = %75
  %79 = zext nneg i32 %76 to i64
  %80 = and i64 %79, 1
  %81 = icmp eq i32 %76, 1
  %82 = and i64 %79, 2147483646
  %83 = icmp eq i64 %80, 0
  br label %84

84:                                               ; preds = %78, %110
  %85 = phi i64 [ 0, %78 ], [ %115, %110 ]
  %86 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = zext i32 %87 to i64
  br i1 %81, label %93, label %117

89:                                               ; preds = %110, %75
  %90 = shl i32 %76, 1
  %91 = getelementptr inbounds i8, ptr %1, i64 160
  %92 = zext i32 %90 to i64
  br label %149

93:                                               ; preds = %117, %84
  %94 = phi i64 [ poison, %84 ], [ %145, %117 ]
  %95 = phi i64 [ 0, %84 ], [ %146, %117 ]
  %96 = phi i64 [ 0, %84 ], [ %145, %117 ]
  br i1 %83, label %110, label %97

97:                                               ; preds = %93
  %98 = add nuw nsw i64 %95, %85
  %99 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = zext i32 %100 to i64
  %102 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %95
  %103 = load i32, ptr %102, align 4, !tbaa !5
  %104 = zext i32 %103 to i64
  %105 = mul nuw i64 %104, %88
  %106 = add nuw nsw i64 %96, %101
  %107 = add nuw i64 %106, %105
  %108 = trunc i64 %107 to i32
  store i32 %108, ptr %99, align 4, !tbaa !5
  %109 = lshr i64 %107, 32
  br label %110

110:                                              ; preds = %93, %97
  %111 = phi i64 [ %94, %93 ], [ %109, %97 ]
  %112 = trunc nuw i64 %111 to i32
  %113 = add nuw nsw i64 %85, %79
  %114 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %113
  store i32 %112, ptr %114, align 4, !tbaa !5
  %115 = add nuw nsw i64 %85, 1
  %116 = icmp eq i64 %115, %79
  br i1 %116, label %89, label %84, !llvm.loop !15

117:                                              ; preds = %84, %117
  %118 = phi i64 [ %146, %117 ], [ 0, %84 ]
  %119 = phi i64 [ %145, %117 ], [ 0, %84 ]
  %120 = phi i64 [ %147, %117 ], [ 0, %84 ]
  %121 = add nuw nsw i64 %118, %85
  %122 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !5
  %124 = zext i32 %123 to i64
  %125 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %118
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = zext i32 %126 to i64
  %128 = mul nuw i64 %127, %88
  %129 = add nuw nsw i64 %119, %124
  %130 = add nuw i64 %129, %128
  %131 = trunc i64 %130 to i32
  store i32 %131, ptr %122, align 4, !tbaa !5
  %132 = lshr i64 %130, 32
  %133 = or disjoint i64 %118, 1
  %134 = add nuw nsw i64 %133, %85
  %135 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !5
  %137 = zext i32 %136 to i64
  %138 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %133
  %139 = load i32, ptr %138, align 4, !tbaa !5
  %140 = zext i32 %139 to i64
  %141 = mul nuw i64 %140, %88
  %142 = add nuw nsw i64 %132, %137
  %143 = add nuw i64 %142, %141
  %144 = trunc i64 %143 to i32
  store i32 %144, ptr %135, align 4, !tbaa !5
  %145 = lshr i64 %143, 32
  %146 = add nuw nsw i64 %118, 2
  %147 = add i64 %120, 2
  %148 = icmp eq i64 %147, %82
  br i1 %148, label %93, label %117, !llvm.loop !16

149:                                              ; preds = %153, %89
  %150 = phi i64 [ %154, %153 ], [ %92, %89 ]
  %151 = trunc nuw i64 %150 to i32
  store i32 %151, ptr %91, align 4, !tbaa !9
  %152 = icmp sgt i32 %151, 0
  br i1 %152, label %153, label %158

153:                                              ; preds = %149
  %154 = add nsw i64 %150, -1
  %155 = getelementptr inbounds [40 x i32], ptr %1, i64 0, i64 %154
  %156 = load i32, ptr %155, align 4, !tbaa !5
  %157 = icmp eq i32 %156, 0
  br i1 %157, label %149, label %158, !llvm.loop !17

158:                                              ; preds = %149, %153
  call fastcc void @big_print(ptr noundef nonnull @.str.3, ptr noundef nonnull %1)
  %159 = load i32, ptr %8, align 4, !tbaa !9
  %160 = getelementptr inbounds i8, ptr %1, i64 160
  %161 = load i32, ptr %160, align 4, !tbaa !9
  %162 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %159, i32 noundef %76, i32 noundef %161)
  br i1 %77, label %163, label %193

163:                                              ; preds = %158
  %164 = zext nneg i32 %76 to i64
  br label %165

165:                                              ; preds = %165, %163
  %166 = phi i64 [ %164, %163 ], [ %168, %165 ]
  %167 = phi i64 [ 0, %163 ], [ %176, %165 ]
  %168 = add nsw i64 %166, -1
  %169 = shl nuw nsw i64 %167, 32
  %170 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %168
  %171 = load i32, ptr %170, align 4, !tbaa !5
  %172 = zext i32 %171 to i64
  %173 = or disjoint i64 %169, %172
  %174 = udiv i64 %173, 1000000007
  %175 = trunc i64 %174 to i32
  store i32 %175, ptr %170, align 4, !tbaa !5
  %176 = urem i64 %173, 1000000007
  %177 = icmp ugt i64 %166, 1
  br i1 %177, label %165, label %178, !llvm.loop !18

178:                                              ; preds = %165
  %179 = load i32, ptr %11, align 4, !tbaa !9
  %180 = trunc nuw nsw i64 %176 to i32
  %181 = icmp sgt i32 %179, 0
  br i1 %181, label %182, label %193

182:                                              ; preds = %178
  %183 = zext nneg i32 %179 to i64
  br label %184

184:                                              ; preds = %190, %182
  %185 = phi i64 [ %183, %182 ], [ %186, %190 ]
  %186 = add nsw i64 %185, -1
  %187 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %186
  %188 = load i32, ptr %187, align 4, !tbaa !5
  %189 = icmp eq i32 %188, 0
  br i1 %189, label %190, label %193

190:                                              ; preds = %184
  %191 = trunc nuw nsw i64 %186 to i32
  store i32 %191, ptr %11, align 4, !tbaa !9
  %192 = icmp ugt i64 %185, 1
  br i1 %192, label %184, label %193, !llvm.loop !19

193:                                              ; preds = %184, %190, %158, %178
  %194 = phi i32 [ %180, %178 ], [ 0, %158 ], [ %180, %190 ], [ %180, %184 ]
  %195 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %194)
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %6) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 164, ptr nonnull %2) #6
  ret i32 0

196:                                              ; preds = %41, %235
  %197 = phi i32 [ 0, %41 ], [ %237, %235 ]
  %198 = load i32, ptr %42, align 4, !tbaa !9
  %199 = load i32, ptr %44, align 4, !tbaa !9
  %200 = tail call i32 @llvm.smax.i32(i32 %198, i32 %199)
  %201 = icmp sgt i32 %200, 0
  br i1 %201, label %202, label %235

202:                                              ; preds = %196
  %203 = zext nneg i32 %200 to i64
  %204 = sext i32 %198 to i64
  %205 = sext i32 %199 to i64
  br label %208

206:                                              ; preds = %222
  %207 = icmp ult i64 %226, 4294967296
  br i1 %207, label %235, label %232

208:                                              ; preds = %222, %202
  %209 = phi i64 [ 0, %202 ], [ %230, %222 ]
  %210 = phi i64 [ 0, %202 ], [ %229, %222 ]
  %211 = icmp slt i64 %209, %204
  br i1 %211, label %212, label %215

212:                                              ; preds = %208
  %213 = getelementptr inbounds [40 x i32], ptr %4, i64 0, i64 %209
  %214 = load i32, ptr %213, align 4, !tbaa !5
  br label %215

215:                                              ; preds = %212, %208
  %216 = phi i32 [ %214, %212 ], [ 0, %208 ]
  %217 = zext i32 %216 to i64
  %218 = icmp slt i64 %209, %205
  br i1 %218, label %219, label %222

219:                                              ; preds = %215
  %220 = getelementptr inbounds [40 x i32], ptr %5, i64 0, i64 %209
  %221 = load i32, ptr %220, align 4, !tbaa !5
  br label %222

222:                                              ; preds = %219, %215
  %223 = phi i32 [ %221, %219 ], [ 0, %215 ]
  %224 = zext i32 %223 to i64
  %225 = add nuw nsw i64 %210, %217
  %226 = add nuw nsw i64 %225, %224
  %227 = trunc i64 %226 to i32
  %228 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %209
  store i32 %227, ptr %228, align 4, !tbaa !5
  %229 = lshr i64 %226, 32
  %230 = add nuw nsw i64 %209, 1
  %231 = icmp eq i64 %230, %203
  br i1 %231, label %206, label %208, !llvm.loop !20

232:                                              ; preds = %206
  %233 = add nuw nsw i32 %200, 1
  %234 = getelementptr inbounds [40 x i32], ptr %6, i64 0, i64 %203
  store i32 1, ptr %234, align 4, !tbaa !5
  br label %235

235:                                              ; preds = %196, %206, %232
  %236 = phi i32 [ %233, %232 ], [ %200, %206 ], [ %200, %196 ]
  store i32 %236, ptr %45, align 4, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %4, ptr noundef nonnull align 4 dereferenceable(164) %5, i64 164, i1 false), !tbaa.struct !21
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %5, ptr noundef nonnull align 4 dereferenceable(164) %6, i64 164, i1 false), !tbaa.struct !21
  %237 = add nuw nsw i32 %197, 1
  %238 = icmp eq i32 %237, 300
  br i1 %238, label %75, label %196, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind uwtable
define internal fastcc void @big_print(ptr noundef %0, ptr nocapture noundef readonly %1) unnamed_addr #0 {
  %3 = alloca %struct.Big, align 4
  %4 = alloca [400 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 164, ptr nonnull %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(164) %3, ptr noundef nonnull align 4 dereferenceable(164) %1, i64 164, i1 false), !tbaa.struct !21
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %4) #6
  %5 = getelementptr inbounds i8, ptr %3, i64 160
  %6 = load i32, ptr %5, align 4, !tbaa !9
  br label %7

7:                                                ; preds = %51, %2
  %8 = phi i32 [ %52, %51 ], [ %6, %2 ]
  %9 = phi i32 [ %57, %51 ], [ 1, %2 ]
  %10 = phi i64 [ %54, %51 ], [ 0, %2 ]
  %11 = icmp sgt i32 %8, 0
  br i1 %11, label %12, label %47

12:                                               ; preds = %7
  %13 = zext nneg i32 %8 to i64
  br label %14

14:                                               ; preds = %14, %12
  %15 = phi i64 [ %13, %12 ], [ %17, %14 ]
  %16 = phi i64 [ 0, %12 ], [ %25, %14 ]
  %17 = add nsw i64 %15, -1
  %18 = shl nuw nsw i64 %16, 32
  %19 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %17
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = zext i32 %20 to i64
  %22 = or disjoint i64 %18, %21
  %23 = udiv i64 %22, 10
  %24 = trunc i64 %23 to i32
  store i32 %24, ptr %19, align 4, !tbaa !5
  %25 = urem i64 %22, 10
  %26 = icmp ugt i64 %15, 1
  br i1 %26, label %14, label %27, !llvm.loop !18

27:                                               ; preds = %14
  %28 = load i32, ptr %5, align 4, !tbaa !9
  %29 = trunc nuw nsw i64 %25 to i8
  %30 = icmp sgt i32 %28, 0
  br i1 %30, label %31, label %47

31:                                               ; preds = %27
  %32 = zext nneg i32 %28 to i64
  %33 = add nsw i64 %32, -1
  %34 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %42, label %51

37:                                               ; preds = %42
  %38 = add nsw i64 %43, -1
  %39 = getelementptr inbounds [40 x i32], ptr %3, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %51, !llvm.loop !19

42:                                               ; preds = %31, %37
  %43 = phi i64 [ %38, %37 ], [ %33, %31 ]
  %44 = phi i64 [ %43, %37 ], [ %32, %31 ]
  %45 = trunc nuw nsw i64 %43 to i32
  store i32 %45, ptr %5, align 4, !tbaa !9
  %46 = icmp ugt i64 %44, 1
  br i1 %46, label %37, label %51, !llvm.loop !19

47:                                               ; preds = %27, %7
  %48 = phi i8 [ 0, %7 ], [ %29, %27 ]
  %49 = add nuw nsw i8 %48, 48
  %50 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %10
  store i8 %49, ptr %50, align 1, !tbaa !22
  br label %58

51:                                               ; preds = %42, %37, %31
  %52 = phi i32 [ %28, %31 ], [ %45, %37 ], [ %45, %42 ]
  %53 = or disjoint i8 %29, 48
  %54 = add nuw nsw i64 %10, 1
  %55 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %10
  store i8 %53, ptr %55, align 1, !tbaa !22
  %56 = icmp sgt i32 %52, 0
  %57 = add nuw i32 %9, 1
  br i1 %56, label %7, label %58, !llvm.loop !24

58:                                               ; preds = %51, %47
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %0)
  %60 = sext i32 %9 to i64
  br label %61

61:                                               ; preds = %58, %61
  %62 = phi i64 [ %60, %58 ], [ %63, %61 ]
  %63 = add nsw i64 %62, -1
  %64 = getelementptr inbounds [400 x i8], ptr %4, i64 0, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !22
  %66 = sext i8 %65 to i32
  %67 = load ptr, ptr @stdout, align 8, !tbaa !25
  %68 = tail call i32 @putc(i32 noundef %66, ptr noundef %67)
  %69 = icmp eq i64 %63, 0
  br i1 %69, label %70, label %61, !llvm.loop !27

70:                                               ; preds = %61
  %71 = load ptr, ptr @stdout, align 8, !tbaa !25
  %72 = tail call i32 @putc(i32 noundef 10, ptr noundef %71)
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !6, i64 160}
!10 = !{!"Big", !7, i64 0, !6, i64 160}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = !{i64 0, i64 160, !22, i64 160, i64 4, !5}
!22 = !{!7, !7, i64 0}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
!25 = !{!26, !26, i64 0}
!26 = !{!"any pointer", !7, i64 0}
!27 = distinct !{!27, !12}
