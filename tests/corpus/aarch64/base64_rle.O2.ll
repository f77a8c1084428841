; ModuleID = 'base64_rle.c'
source_filename = "base64_rle.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@rev = internal unnamed_addr global [256 x i8] zeroinitializer, align 1
@b64 = internal unnamed_addr constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 1
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.samples = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 8
@.str.8 = private unnamed_addr constant [41 x i8] c"'%s' -> '%s' -> %ld bytes, roundtrip=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [18 x i8] c"invalid: %ld %ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"ab!d\00", align 1
@.str.12 = private unnamed_addr constant [23 x i8] c"rle %zu -> %zu bytes:\0A\00", align 1
@.str.13 = private unnamed_addr constant [33 x i8] c"256 bytes -> %zu chars, tail=%s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"%02x%s\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c" \00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 1
  %2 = alloca [64 x i8], align 1
  %3 = alloca [8 x i8], align 1
  %4 = alloca [40 x i8], align 4
  %5 = alloca [80 x i8], align 1
  %6 = alloca [256 x i8], align 1
  %7 = alloca [400 x i8], align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(256) @rev, i8 -1, i64 256, i1 false)
  br label %8

8:                                                ; preds = %0, %8
  %9 = phi i64 [ 0, %0 ], [ %15, %8 ]
  %10 = trunc i64 %9 to i8
  %11 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %9
  %12 = load i8, ptr %11, align 1, !tbaa !6
  %13 = zext i8 %12 to i64
  %14 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %13
  store i8 %10, ptr %14, align 1, !tbaa !6
  %15 = add nuw nsw i64 %9, 1
  %16 = icmp eq i64 %15, 64
  br i1 %16, label %21, label %8, !llvm.loop !9

17:                                               ; preds = %94
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7
  %18 = call fastcc i64 @decode(ptr noundef nonnull @.str.10, ptr noundef nonnull %3)
  %19 = call fastcc i64 @decode(ptr noundef nonnull @.str.11, ptr noundef nonnull %3)
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %18, i64 noundef %19)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #7
  br label %146

21:                                               ; preds = %8, %94
  %22 = phi i64 [ %98, %94 ], [ 0, %8 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #7
  %23 = getelementptr inbounds [8 x ptr], ptr @__const.main.samples, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !11
  %25 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %24) #8
  %26 = icmp eq i64 %25, 0
  br i1 %26, label %85, label %27

27:                                               ; preds = %21, %79
  %28 = phi i64 [ %83, %79 ], [ 0, %21 ]
  %29 = phi i64 [ %81, %79 ], [ 0, %21 ]
  %30 = getelementptr inbounds i8, ptr %24, i64 %28
  %31 = load i8, ptr %30, align 1, !tbaa !6
  %32 = zext i8 %31 to i32
  %33 = shl nuw nsw i32 %32, 16
  %34 = add nuw i64 %28, 1
  %35 = icmp ult i64 %34, %25
  br i1 %35, label %36, label %42

36:                                               ; preds = %27
  %37 = getelementptr inbounds i8, ptr %24, i64 %34
  %38 = load i8, ptr %37, align 1, !tbaa !6
  %39 = zext i8 %38 to i32
  %40 = shl nuw nsw i32 %39, 8
  %41 = or disjoint i32 %40, %33
  br label %42

42:                                               ; preds = %36, %27
  %43 = phi i32 [ %41, %36 ], [ %33, %27 ]
  %44 = add i64 %28, 2
  %45 = icmp ult i64 %44, %25
  br i1 %45, label %46, label %51

46:                                               ; preds = %42
  %47 = getelementptr inbounds i8, ptr %24, i64 %44
  %48 = load i8, ptr %47, align 1, !tbaa !6
  %49 = zext i8 %48 to i32
  %50 = or i32 %43, %49
  br label %51

51:                                               ; preds = %46, %42
  %52 = phi i32 [ %50, %46 ], [ %43, %42 ]
  %53 = lshr i32 %52, 18
  %54 = zext nneg i32 %53 to i64
  %55 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !6
  %57 = getelementptr inbounds i8, ptr %1, i64 %29
  store i8 %56, ptr %57, align 1, !tbaa !6
  %58 = lshr i32 %52, 12
  %59 = and i32 %58, 63
  %60 = zext nneg i32 %59 to i64
  %61 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %60
  %62 = load i8, ptr %61, align 1, !tbaa !6
  %63 = getelementptr i8, ptr %57, i64 1
  store i8 %62, ptr %63, align 1, !tbaa !6
  br i1 %35, label %64, label %70

64:                                               ; preds = %51
  %65 = lshr i32 %52, 6
  %66 = and i32 %65, 63
  %67 = zext nneg i32 %66 to i64
  %68 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1, !tbaa !6
  br label %70

70:                                               ; preds = %64, %51
  %71 = phi i8 [ %69, %64 ], [ 61, %51 ]
  %72 = or disjoint i64 %29, 3
  %73 = getelementptr i8, ptr %57, i64 2
  store i8 %71, ptr %73, align 1, !tbaa !6
  br i1 %45, label %74, label %79

74:                                               ; preds = %70
  %75 = and i32 %52, 63
  %76 = zext nneg i32 %75 to i64
  %77 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !6
  br label %79

79:                                               ; preds = %74, %70
  %80 = phi i8 [ %78, %74 ], [ 61, %70 ]
  %81 = add i64 %29, 4
  %82 = getelementptr inbounds i8, ptr %1, i64 %72
  store i8 %80, ptr %82, align 1, !tbaa !6
  %83 = add i64 %28, 3
  %84 = icmp ult i64 %83, %25
  br i1 %84, label %27, label %85, !llvm.loop !13

85:                                               ; preds = %79, %21
  %86 = phi i64 [ 0, %21 ], [ %81, %79 ]
  %87 = getelementptr inbounds i8, ptr %1, i64 %86
  store i8 0, ptr %87, align 1, !tbaa !6
  %88 = call fastcc i64 @decode(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %89 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %24) #8
  %90 = icmp eq i64 %88, %89
  br i1 %90, label %91, label %94

91:                                               ; preds = %85
  %92 = call i32 @bcmp(ptr nonnull %2, ptr %24, i64 %88)
  %93 = icmp eq i32 %92, 0
  br label %94

94:                                               ; preds = %91, %85
  %95 = phi i1 [ false, %85 ], [ %93, %91 ]
  %96 = zext i1 %95 to i32
  %97 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %24, ptr noundef nonnull %1, i64 noundef %88, i32 noundef %96)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #7
  %98 = add nuw nsw i64 %22, 1
  %99 = icmp eq i64 %98, 8
  br i1 %99, label %17, label %21, !llvm.loop !14

100:                                              ; preds = %156
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #7
  %101 = load i8, ptr %4, align 4, !tbaa !6
  br label %102

102:                                              ; preds = %121, %100
  %103 = phi i8 [ %101, %100 ], [ %109, %121 ]
  %104 = phi i64 [ 0, %100 ], [ %107, %121 ]
  %105 = phi i64 [ 0, %100 ], [ %126, %121 ]
  br label %106

106:                                              ; preds = %111, %102
  %107 = phi i64 [ %104, %102 ], [ %112, %111 ]
  %108 = getelementptr inbounds i8, ptr %4, i64 %107
  %109 = load i8, ptr %108, align 1, !tbaa !6
  %110 = icmp eq i8 %109, %103
  br i1 %110, label %111, label %121

111:                                              ; preds = %106
  %112 = add nuw nsw i64 %107, 1
  %113 = icmp eq i64 %107, 39
  br i1 %113, label %114, label %106, !llvm.loop !15

114:                                              ; preds = %111
  %115 = trunc nuw i64 %104 to i8
  %116 = sub nsw i8 40, %115
  %117 = or disjoint i64 %105, 1
  %118 = getelementptr inbounds i8, ptr %5, i64 %105
  store i8 %116, ptr %118, align 1, !tbaa !6
  %119 = add i64 %105, 2
  %120 = getelementptr inbounds i8, ptr %5, i64 %117
  store i8 %103, ptr %120, align 1, !tbaa !6
  br label %129

121:                                              ; preds = %106
  %122 = sub nuw nsw i64 %107, %104
  %123 = trunc i64 %122 to i8
  %124 = or disjoint i64 %105, 1
  %125 = getelementptr inbounds i8, ptr %5, i64 %105
  store i8 %123, ptr %125, align 1, !tbaa !6
  %126 = add i64 %105, 2
  %127 = getelementptr inbounds i8, ptr %5, i64 %124
  store i8 %103, ptr %127, align 1, !tbaa !6
  %128 = icmp ult i64 %107, 40
  br i1 %128, label %102, label %129, !llvm.loop !16

129:                                              ; preds = %121, %114
  %130 = phi i64 [ %119, %114 ], [ %126, %121 ]
  %131 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 40, i64 noundef %130)
  %132 = icmp eq i64 %130, 0
  br i1 %132, label %145, label %133

133:                                              ; preds = %129, %133
  %134 = phi i64 [ %140, %133 ], [ 0, %129 ]
  %135 = getelementptr inbounds i8, ptr %5, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !6
  %137 = zext i8 %136 to i32
  %138 = and i64 %134, 15
  %139 = icmp eq i64 %138, 15
  %140 = add nuw i64 %134, 1
  %141 = icmp eq i64 %140, %130
  %142 = or i1 %139, %141
  %143 = select i1 %142, ptr @.str.15, ptr @.str.16
  %144 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %137, ptr noundef nonnull %143)
  br i1 %141, label %145, label %133, !llvm.loop !17

145:                                              ; preds = %133, %129
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %6) #7
  br label %223

146:                                              ; preds = %17, %156
  %147 = phi i64 [ 0, %17 ], [ %159, %156 ]
  %148 = icmp ult i64 %147, 10
  br i1 %148, label %156, label %149

149:                                              ; preds = %146
  %150 = icmp ult i64 %147, 13
  br i1 %150, label %156, label %151

151:                                              ; preds = %149
  %152 = icmp ult i64 %147, 30
  %153 = trunc i64 %147 to i8
  %154 = mul i8 %153, 3
  %155 = select i1 %152, i8 7, i8 %154
  br label %156

156:                                              ; preds = %151, %149, %146
  %157 = phi i8 [ 0, %146 ], [ %155, %151 ], [ -1, %149 ]
  %158 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %147
  store i8 %157, ptr %158, align 1, !tbaa !6
  %159 = add nuw nsw i64 %147, 1
  %160 = icmp eq i64 %159, 40
  br i1 %160, label %100, label %146, !llvm.loop !18

161:                                              ; preds = %223
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %7) #7
  %162 = getelementptr inbounds i8, ptr %6, i64 1
  %163 = getelementptr inbounds i8, ptr %6, i64 2
  br label %164

164:                                              ; preds = %213, %161
  %165 = phi i64 [ %217, %213 ], [ 0, %161 ]
  %166 = phi i64 [ %215, %213 ], [ 0, %161 ]
  %167 = getelementptr inbounds i8, ptr %6, i64 %165
  %168 = load i8, ptr %167, align 1, !tbaa !6
  %169 = zext i8 %168 to i32
  %170 = shl nuw nsw i32 %169, 16
  %171 = icmp ult i64 %165, 255
  br i1 %171, label %172, label %184

172:                                              ; preds = %164
  %173 = getelementptr i8, ptr %162, i64 %165
  %174 = load i8, ptr %173, align 1, !tbaa !6
  %175 = zext i8 %174 to i32
  %176 = shl nuw nsw i32 %175, 8
  %177 = or disjoint i32 %176, %170
  %178 = icmp eq i64 %165, 254
  br i1 %178, label %184, label %179

179:                                              ; preds = %172
  %180 = getelementptr i8, ptr %163, i64 %165
  %181 = load i8, ptr %180, align 1, !tbaa !6
  %182 = zext i8 %181 to i32
  %183 = or disjoint i32 %177, %182
  br label %184

184:                                              ; preds = %164, %179, %172
  %185 = phi i1 [ true, %179 ], [ false, %172 ], [ false, %164 ]
  %186 = phi i32 [ %183, %179 ], [ %177, %172 ], [ %170, %164 ]
  %187 = lshr i32 %186, 18
  %188 = zext nneg i32 %187 to i64
  %189 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %188
  %190 = load i8, ptr %189, align 1, !tbaa !6
  %191 = getelementptr inbounds i8, ptr %7, i64 %166
  store i8 %190, ptr %191, align 1, !tbaa !6
  %192 = lshr i32 %186, 12
  %193 = and i32 %192, 63
  %194 = zext nneg i32 %193 to i64
  %195 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %194
  %196 = load i8, ptr %195, align 1, !tbaa !6
  %197 = getelementptr i8, ptr %191, i64 1
  store i8 %196, ptr %197, align 1, !tbaa !6
  br i1 %171, label %198, label %204

198:                                              ; preds = %184
  %199 = lshr i32 %186, 6
  %200 = and i32 %199, 63
  %201 = zext nneg i32 %200 to i64
  %202 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %201
  %203 = load i8, ptr %202, align 1, !tbaa !6
  br label %204

204:                                              ; preds = %198, %184
  %205 = phi i8 [ %203, %198 ], [ 61, %184 ]
  %206 = or disjoint i64 %166, 3
  %207 = getelementptr i8, ptr %191, i64 2
  store i8 %205, ptr %207, align 1, !tbaa !6
  br i1 %185, label %208, label %213

208:                                              ; preds = %204
  %209 = and i32 %186, 63
  %210 = zext nneg i32 %209 to i64
  %211 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %210
  %212 = load i8, ptr %211, align 1, !tbaa !6
  br label %213

213:                                              ; preds = %208, %204
  %214 = phi i8 [ %212, %208 ], [ 61, %204 ]
  %215 = add nuw nsw i64 %166, 4
  %216 = getelementptr inbounds i8, ptr %7, i64 %206
  store i8 %214, ptr %216, align 1, !tbaa !6
  %217 = add nuw nsw i64 %165, 3
  %218 = icmp ult i64 %165, 253
  br i1 %218, label %164, label %219, !llvm.loop !13

219:                                              ; preds = %213
  %220 = getelementptr inbounds i8, ptr %7, i64 344
  store i8 0, ptr %220, align 1, !tbaa !6
  %221 = getelementptr inbounds i8, ptr %7, i64 332
  %222 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 344, ptr noundef nonnull %221)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %6) #7
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7
  ret i32 0

223:                                              ; preds = %145, %223
  %224 = phi i64 [ 0, %145 ], [ %227, %223 ]
  %225 = trunc i64 %224 to i8
  %226 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %224
  store i8 %225, ptr %226, align 1, !tbaa !6
  %227 = add nuw nsw i64 %224, 1
  %228 = icmp eq i64 %227, 256
  br i1 %228, label %161, label %223, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @decode(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1) unnamed_addr #4 {
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %0) #8
  %4 = and i64 %3, 3
  %5 = icmp eq i64 %4, 0
  br i1 %5, label %6, label %100

6:                                                ; preds = %2
  %7 = icmp eq i64 %3, 0
  br i1 %7, label %100, label %8

8:                                                ; preds = %6
  %9 = getelementptr i8, ptr %1, i64 1
  br label %10

10:                                               ; preds = %8, %96
  %11 = phi i64 [ %98, %96 ], [ 0, %8 ]
  %12 = phi i64 [ %97, %96 ], [ 0, %8 ]
  %13 = getelementptr inbounds i8, ptr %0, i64 %11
  %14 = load i8, ptr %13, align 1, !tbaa !6
  %15 = icmp eq i8 %14, 61
  br i1 %15, label %23, label %16

16:                                               ; preds = %10
  %17 = zext i8 %14 to i64
  %18 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !6
  %20 = icmp slt i8 %19, 0
  br i1 %20, label %100, label %21

21:                                               ; preds = %16
  %22 = zext nneg i8 %19 to i32
  br label %23

23:                                               ; preds = %10, %21
  %24 = phi i32 [ %22, %21 ], [ 0, %10 ]
  %25 = or disjoint i64 %11, 1
  %26 = getelementptr inbounds i8, ptr %0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !6
  %28 = icmp eq i8 %27, 61
  br i1 %28, label %39, label %29

29:                                               ; preds = %23
  %30 = zext i8 %27 to i64
  %31 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !6
  %33 = icmp slt i8 %32, 0
  %34 = or i1 %33, %15
  br i1 %34, label %100, label %35

35:                                               ; preds = %29
  %36 = zext nneg i8 %32 to i32
  %37 = shl nuw nsw i32 %24, 6
  %38 = or i32 %37, %36
  br label %41

39:                                               ; preds = %23
  %40 = shl nuw nsw i32 %24, 6
  br label %41

41:                                               ; preds = %39, %35
  %42 = phi i32 [ %38, %35 ], [ %40, %39 ]
  %43 = or disjoint i64 %11, 2
  %44 = getelementptr inbounds i8, ptr %0, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !6
  %46 = icmp eq i8 %45, 61
  br i1 %46, label %57, label %47

47:                                               ; preds = %41
  %48 = zext i8 %45 to i64
  %49 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !6
  %51 = icmp slt i8 %50, 0
  %52 = or i1 %51, %28
  br i1 %52, label %100, label %53

53:                                               ; preds = %47
  %54 = zext nneg i8 %50 to i32
  %55 = shl nuw nsw i32 %42, 6
  %56 = or i32 %55, %54
  br label %59

57:                                               ; preds = %41
  %58 = shl nuw nsw i32 %42, 6
  br label %59

59:                                               ; preds = %57, %53
  %60 = phi i32 [ %56, %53 ], [ %58, %57 ]
  %61 = or disjoint i64 %11, 3
  %62 = getelementptr inbounds i8, ptr %0, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !6
  %64 = icmp eq i8 %63, 61
  br i1 %64, label %71, label %65

65:                                               ; preds = %59
  %66 = zext i8 %63 to i64
  %67 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !6
  %69 = icmp slt i8 %68, 0
  %70 = or i1 %69, %46
  br i1 %70, label %100, label %78

71:                                               ; preds = %59
  %72 = lshr i32 %60, 10
  %73 = trunc i32 %72 to i8
  %74 = add i64 %12, 1
  %75 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %73, ptr %75, align 1, !tbaa !6
  br i1 %46, label %96, label %76

76:                                               ; preds = %71
  %77 = lshr i32 %60, 2
  br label %89

78:                                               ; preds = %65
  %79 = zext nneg i8 %68 to i32
  %80 = shl nuw nsw i32 %60, 6
  %81 = or i32 %80, %79
  %82 = lshr i32 %60, 10
  %83 = trunc i32 %82 to i8
  %84 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %83, ptr %84, align 1, !tbaa !6
  %85 = lshr i32 %60, 2
  %86 = trunc i32 %85 to i8
  %87 = add i64 %12, 2
  %88 = getelementptr i8, ptr %9, i64 %12
  store i8 %86, ptr %88, align 1, !tbaa !6
  br label %89

89:                                               ; preds = %78, %76
  %90 = phi i32 [ %77, %76 ], [ %81, %78 ]
  %91 = phi i64 [ 2, %76 ], [ 3, %78 ]
  %92 = phi i64 [ %74, %76 ], [ %87, %78 ]
  %93 = trunc i32 %90 to i8
  %94 = add i64 %12, %91
  %95 = getelementptr inbounds i8, ptr %1, i64 %92
  store i8 %93, ptr %95, align 1, !tbaa !6
  br label %96

96:                                               ; preds = %89, %71
  %97 = phi i64 [ %74, %71 ], [ %94, %89 ]
  %98 = add i64 %11, 4
  %99 = icmp ult i64 %98, %3
  br i1 %99, label %10, label %100, !llvm.loop !20

100:                                              ; preds = %96, %16, %29, %47, %65, %6, %2
  %101 = phi i64 [ -1, %2 ], [ 0, %6 ], [ %97, %96 ], [ -1, %16 ], [ -1, %29 ], [ -1, %47 ], [ -1, %65 ]
  ret i64 %101
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind willreturn memory(argmem: read) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
