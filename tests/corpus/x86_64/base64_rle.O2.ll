; ModuleID = 'base64_rle.c'
source_filename = "base64_rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@rev = internal unnamed_addr global [256 x i8] zeroinitializer, align 16
@b64 = internal unnamed_addr constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.samples = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
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
  %1 = alloca [64 x i8], align 16
  %2 = alloca [64 x i8], align 16
  %3 = alloca [8 x i8], align 1
  %4 = alloca [40 x i8], align 16
  %5 = alloca [80 x i8], align 16
  %6 = alloca [256 x i8], align 16
  %7 = alloca [400 x i8], align 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @rev, i8 -1, i64 256, i1 false)
  br label %8

8:                                                ; preds = %8, %0
  %9 = phi i64 [ 0, %0 ], [ %33, %8 ]
  %10 = trunc i64 %9 to i8
  %11 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %9
  %12 = load i8, ptr %11, align 4, !tbaa !5
  %13 = zext i8 %12 to i64
  %14 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %13
  store i8 %10, ptr %14, align 1, !tbaa !5
  %15 = or disjoint i64 %9, 1
  %16 = trunc i64 %15 to i8
  %17 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %15
  %18 = load i8, ptr %17, align 1, !tbaa !5
  %19 = zext i8 %18 to i64
  %20 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %19
  store i8 %16, ptr %20, align 1, !tbaa !5
  %21 = or disjoint i64 %9, 2
  %22 = trunc i64 %21 to i8
  %23 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %21
  %24 = load i8, ptr %23, align 2, !tbaa !5
  %25 = zext i8 %24 to i64
  %26 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %25
  store i8 %22, ptr %26, align 1, !tbaa !5
  %27 = or disjoint i64 %9, 3
  %28 = trunc i64 %27 to i8
  %29 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %27
  %30 = load i8, ptr %29, align 1, !tbaa !5
  %31 = zext i8 %30 to i64
  %32 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %31
  store i8 %28, ptr %32, align 1, !tbaa !5
  %33 = add nuw nsw i64 %9, 4
  %34 = icmp eq i64 %33, 64
  br i1 %34, label %39, label %8, !llvm.loop !8

35:                                               ; preds = %112
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7
  %36 = call fastcc i64 @decode(ptr noundef nonnull @.str.10, ptr noundef nonnull %3)
  %37 = call fastcc i64 @decode(ptr noundef nonnull @.str.11, ptr noundef nonnull %3)
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %36, i64 noundef %37)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #7
  br label %164

39:                                               ; preds = %8, %112
  %40 = phi i64 [ %116, %112 ], [ 0, %8 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #7
  %41 = getelementptr inbounds [8 x ptr], ptr @__const.main.samples, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !10
  %43 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %42) #8
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %103, label %45

45:                                               ; preds = %39, %97
  %46 = phi i64 [ %101, %97 ], [ 0, %39 ]
  %47 = phi i64 [ %99, %97 ], [ 0, %39 ]
  %48 = getelementptr inbounds i8, ptr %42, i64 %46
  %49 = load i8, ptr %48, align 1, !tbaa !5
  %50 = zext i8 %49 to i32
  %51 = shl nuw nsw i32 %50, 16
  %52 = add nuw i64 %46, 1
  %53 = icmp ult i64 %52, %43
  br i1 %53, label %54, label %60

54:                                               ; preds = %45
  %55 = getelementptr inbounds i8, ptr %42, i64 %52
  %56 = load i8, ptr %55, align 1, !tbaa !5
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 8
  %59 = or disjoint i32 %58, %51
  br label %60

60:                                               ; preds = %54, %45
  %61 = phi i32 [ %59, %54 ], [ %51, %45 ]
  %62 = add i64 %46, 2
  %63 = icmp ult i64 %62, %43
  br i1 %63, label %64, label %69

64:                                               ; preds = %60
  %65 = getelementptr inbounds i8, ptr %42, i64 %62
  %66 = load i8, ptr %65, align 1, !tbaa !5
  %67 = zext i8 %66 to i32
  %68 = or i32 %61, %67
  br label %69

69:                                               ; preds = %64, %60
  %70 = phi i32 [ %68, %64 ], [ %61, %60 ]
  %71 = lshr i32 %70, 18
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !5
  %75 = getelementptr inbounds i8, ptr %1, i64 %47
  store i8 %74, ptr %75, align 4, !tbaa !5
  %76 = lshr i32 %70, 12
  %77 = and i32 %76, 63
  %78 = zext nneg i32 %77 to i64
  %79 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %78
  %80 = load i8, ptr %79, align 1, !tbaa !5
  %81 = getelementptr i8, ptr %75, i64 1
  store i8 %80, ptr %81, align 1, !tbaa !5
  br i1 %53, label %82, label %88

82:                                               ; preds = %69
  %83 = lshr i32 %70, 6
  %84 = and i32 %83, 63
  %85 = zext nneg i32 %84 to i64
  %86 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !5
  br label %88

88:                                               ; preds = %82, %69
  %89 = phi i8 [ %87, %82 ], [ 61, %69 ]
  %90 = or disjoint i64 %47, 3
  %91 = getelementptr i8, ptr %75, i64 2
  store i8 %89, ptr %91, align 2, !tbaa !5
  br i1 %63, label %92, label %97

92:                                               ; preds = %88
  %93 = and i32 %70, 63
  %94 = zext nneg i32 %93 to i64
  %95 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !5
  br label %97

97:                                               ; preds = %92, %88
  %98 = phi i8 [ %96, %92 ], [ 61, %88 ]
  %99 = add i64 %47, 4
  %100 = getelementptr inbounds i8, ptr %1, i64 %90
  store i8 %98, ptr %100, align 1, !tbaa !5
  %101 = add i64 %46, 3
  %102 = icmp ult i64 %101, %43
  br i1 %102, label %45, label %103, !llvm.loop !12

103:                                              ; preds = %97, %39
  %104 = phi i64 [ 0, %39 ], [ %99, %97 ]
  %105 = getelementptr inbounds i8, ptr %1, i64 %104
  store i8 0, ptr %105, align 1, !tbaa !5
  %106 = call fastcc i64 @decode(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %107 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %42) #8
  %108 = icmp eq i64 %106, %107
  br i1 %108, label %109, label %112

109:                                              ; preds = %103
  %110 = call i32 @bcmp(ptr nonnull %2, ptr %42, i64 %106)
  %111 = icmp eq i32 %110, 0
  br label %112

112:                                              ; preds = %109, %103
  %113 = phi i1 [ false, %103 ], [ %111, %109 ]
  %114 = zext i1 %113 to i32
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %42, ptr noundef nonnull %1, i64 noundef %106, i32 noundef %114)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #7
  %116 = add nuw nsw i64 %40, 1
  %117 = icmp eq i64 %116, 8
  br i1 %117, label %35, label %39, !llvm.loop !13

118:                                              ; preds = %186
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #7
  %119 = load i8, ptr %4, align 16, !tbaa !5
  br label %120

120:                                              ; preds = %139, %118
  %121 = phi i8 [ %119, %118 ], [ %127, %139 ]
  %122 = phi i64 [ 0, %118 ], [ %125, %139 ]
  %123 = phi i64 [ 0, %118 ], [ %144, %139 ]
  br label %124

124:                                              ; preds = %129, %120
  %125 = phi i64 [ %122, %120 ], [ %130, %129 ]
  %126 = getelementptr inbounds i8, ptr %4, i64 %125
  %127 = load i8, ptr %126, align 1, !tbaa !5
  %128 = icmp eq i8 %127, %121
  br i1 %128, label %129, label %139

129:                                              ; preds = %124
  %130 = add nuw nsw i64 %125, 1
  %131 = icmp eq i64 %125, 39
  br i1 %131, label %132, label %124, !llvm.loop !14

132:                                              ; preds = %129
  %133 = trunc nuw i64 %122 to i8
  %134 = sub nsw i8 40, %133
  %135 = or disjoint i64 %123, 1
  %136 = getelementptr inbounds i8, ptr %5, i64 %123
  store i8 %134, ptr %136, align 2, !tbaa !5
  %137 = add i64 %123, 2
  %138 = getelementptr inbounds i8, ptr %5, i64 %135
  store i8 %121, ptr %138, align 1, !tbaa !5
  br label %147

139:                                              ; preds = %124
  %140 = sub nuw nsw i64 %125, %122
  %141 = trunc i64 %140 to i8
  %142 = or disjoint i64 %123, 1
  %143 = getelementptr inbounds i8, ptr %5, i64 %123
  store i8 %141, ptr %143, align 2, !tbaa !5
  %144 = add i64 %123, 2
  %145 = getelementptr inbounds i8, ptr %5, i64 %142
  store i8 %121, ptr %145, align 1, !tbaa !5
  %146 = icmp ult i64 %125, 40
  br i1 %146, label %120, label %147, !llvm.loop !15

147:                                              ; preds = %139, %132
  %148 = phi i64 [ %137, %132 ], [ %144, %139 ]
  %149 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 40, i64 noundef %148)
  %150 = icmp eq i64 %148, 0
  br i1 %150, label %163, label %151

151:                                              ; preds = %147, %151
  %152 = phi i64 [ %158, %151 ], [ 0, %147 ]
  %153 = getelementptr inbounds i8, ptr %5, i64 %152
  %154 = load i8, ptr %153, align 1, !tbaa !5
  %155 = zext i8 %154 to i32
  %156 = and i64 %152, 15
  %157 = icmp eq i64 %156, 15
  %158 = add nuw i64 %152, 1
  %159 = icmp eq i64 %158, %148
  %160 = or i1 %157, %159
  %161 = select i1 %160, ptr @.str.15, ptr @.str.16
  %162 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %155, ptr noundef nonnull %161)
  br i1 %159, label %163, label %151, !llvm.loop !16

163:                                              ; preds = %151, %147
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %6) #7
  br label %253

164:                                              ; preds = %186, %35
  %165 = phi i64 [ 0, %35 ], [ %189, %186 ]
  %166 = icmp ult i64 %165, 10
  br i1 %166, label %174, label %167

167:                                              ; preds = %164
  %168 = icmp ult i64 %165, 13
  br i1 %168, label %174, label %169

169:                                              ; preds = %167
  %170 = icmp ult i64 %165, 30
  %171 = trunc i64 %165 to i8
  %172 = mul nuw nsw i8 %171, 3
  %173 = select i1 %170, i8 7, i8 %172
  br label %174

174:                                              ; preds = %169, %167, %164
  %175 = phi i8 [ 0, %164 ], [ %173, %169 ], [ -1, %167 ]
  %176 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %165
  store i8 %175, ptr %176, align 2, !tbaa !5
  %177 = or disjoint i64 %165, 1
  %178 = icmp ult i64 %165, 10
  br i1 %178, label %186, label %179

179:                                              ; preds = %174
  %180 = icmp ult i64 %177, 13
  br i1 %180, label %186, label %181

181:                                              ; preds = %179
  %182 = icmp ult i64 %165, 30
  %183 = trunc i64 %177 to i8
  %184 = mul nuw nsw i8 %183, 3
  %185 = select i1 %182, i8 7, i8 %184
  br label %186

186:                                              ; preds = %181, %179, %174
  %187 = phi i8 [ 0, %174 ], [ %185, %181 ], [ -1, %179 ]
  %188 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %177
  store i8 %187, ptr %188, align 1, !tbaa !5
  %189 = add nuw nsw i64 %165, 2
  %190 = icmp eq i64 %189, 40
  br i1 %190, label %118, label %164, !llvm.loop !17

191:                                              ; preds = %253
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %7) #7
  %192 = getelementptr inbounds i8, ptr %6, i64 1
  %193 = getelementptr inbounds i8, ptr %6, i64 2
  br label %194

194:                                              ; preds = %243, %191
  %195 = phi i64 [ %247, %243 ], [ 0, %191 ]
  %196 = phi i64 [ %245, %243 ], [ 0, %191 ]
  %197 = getelementptr inbounds i8, ptr %6, i64 %195
  %198 = load i8, ptr %197, align 1, !tbaa !5
  %199 = zext i8 %198 to i32
  %200 = shl nuw nsw i32 %199, 16
  %201 = icmp ult i64 %195, 255
  br i1 %201, label %202, label %214

202:                                              ; preds = %194
  %203 = getelementptr i8, ptr %192, i64 %195
  %204 = load i8, ptr %203, align 1, !tbaa !5
  %205 = zext i8 %204 to i32
  %206 = shl nuw nsw i32 %205, 8
  %207 = or disjoint i32 %206, %200
  %208 = icmp eq i64 %195, 254
  br i1 %208, label %214, label %209

209:                                              ; preds = %202
  %210 = getelementptr i8, ptr %193, i64 %195
  %211 = load i8, ptr %210, align 1, !tbaa !5
  %212 = zext i8 %211 to i32
  %213 = or disjoint i32 %207, %212
  br label %214

214:                                              ; preds = %194, %209, %202
  %215 = phi i1 [ true, %209 ], [ false, %202 ], [ false, %194 ]
  %216 = phi i32 [ %213, %209 ], [ %207, %202 ], [ %200, %194 ]
  %217 = lshr i32 %216, 18
  %218 = zext nneg i32 %217 to i64
  %219 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %218
  %220 = load i8, ptr %219, align 1, !tbaa !5
  %221 = getelementptr inbounds i8, ptr %7, i64 %196
  store i8 %220, ptr %221, align 4, !tbaa !5
  %222 = lshr i32 %216, 12
  %223 = and i32 %222, 63
  %224 = zext nneg i32 %223 to i64
  %225 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %224
  %226 = load i8, ptr %225, align 1, !tbaa !5
  %227 = getelementptr i8, ptr %221, i64 1
  store i8 %226, ptr %227, align 1, !tbaa !5
  br i1 %201, label %228, label %234

228:                                              ; preds = %214
  %229 = lshr i32 %216, 6
  %230 = and i32 %229, 63
  %231 = zext nneg i32 %230 to i64
  %232 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %231
  %233 = load i8, ptr %232, align 1, !tbaa !5
  br label %234

234:                                              ; preds = %228, %214
  %235 = phi i8 [ %233, %228 ], [ 61, %214 ]
  %236 = or disjoint i64 %196, 3
  %237 = getelementptr i8, ptr %221, i64 2
  store i8 %235, ptr %237, align 2, !tbaa !5
  br i1 %215, label %238, label %243

238:                                              ; preds = %234
  %239 = and i32 %216, 63
  %240 = zext nneg i32 %239 to i64
  %241 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %240
  %242 = load i8, ptr %241, align 1, !tbaa !5
  br label %243

243:                                              ; preds = %238, %234
  %244 = phi i8 [ %242, %238 ], [ 61, %234 ]
  %245 = add nuw nsw i64 %196, 4
  %246 = getelementptr inbounds i8, ptr %7, i64 %236
  store i8 %244, ptr %246, align 1, !tbaa !5
  %247 = add nuw nsw i64 %195, 3
  %248 = icmp ult i64 %195, 253
  br i1 %248, label %194, label %249, !llvm.loop !12

249:                                              ; preds = %243
  %250 = getelementptr inbounds i8, ptr %7, i64 344
  store i8 0, ptr %250, align 8, !tbaa !5
  %251 = getelementptr inbounds i8, ptr %7, i64 332
  %252 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 344, ptr noundef nonnull %251)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %6) #7
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7
  ret i32 0

253:                                              ; preds = %253, %163
  %254 = phi i64 [ 0, %163 ], [ %278, %253 ]
  %255 = trunc i64 %254 to i8
  %256 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %254
  store i8 %255, ptr %256, align 8, !tbaa !5
  %257 = or disjoint i64 %254, 1
  %258 = trunc i64 %257 to i8
  %259 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %257
  store i8 %258, ptr %259, align 1, !tbaa !5
  %260 = or disjoint i64 %254, 2
  %261 = trunc i64 %260 to i8
  %262 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %260
  store i8 %261, ptr %262, align 2, !tbaa !5
  %263 = or disjoint i64 %254, 3
  %264 = trunc i64 %263 to i8
  %265 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %263
  store i8 %264, ptr %265, align 1, !tbaa !5
  %266 = or disjoint i64 %254, 4
  %267 = trunc i64 %266 to i8
  %268 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %266
  store i8 %267, ptr %268, align 4, !tbaa !5
  %269 = or disjoint i64 %254, 5
  %270 = trunc i64 %269 to i8
  %271 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %269
  store i8 %270, ptr %271, align 1, !tbaa !5
  %272 = or disjoint i64 %254, 6
  %273 = trunc i64 %272 to i8
  %274 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %272
  store i8 %273, ptr %274, align 2, !tbaa !5
  %275 = or disjoint i64 %254, 7
  %276 = trunc i64 %275 to i8
  %277 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 %275
  store i8 %276, ptr %277, align 1, !tbaa !5
  %278 = add nuw nsw i64 %254, 8
  %279 = icmp eq i64 %278, 256
  br i1 %279, label %191, label %253, !llvm.loop !18
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
  %14 = load i8, ptr %13, align 1, !tbaa !5
  %15 = icmp eq i8 %14, 61
  br i1 %15, label %23, label %16

16:                                               ; preds = %10
  %17 = zext i8 %14 to i64
  %18 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !5
  %20 = icmp slt i8 %19, 0
  br i1 %20, label %100, label %21

21:                                               ; preds = %16
  %22 = zext nneg i8 %19 to i32
  br label %23

23:                                               ; preds = %10, %21
  %24 = phi i32 [ %22, %21 ], [ 0, %10 ]
  %25 = or disjoint i64 %11, 1
  %26 = getelementptr inbounds i8, ptr %0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !5
  %28 = icmp eq i8 %27, 61
  br i1 %28, label %39, label %29

29:                                               ; preds = %23
  %30 = zext i8 %27 to i64
  %31 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !5
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
  %45 = load i8, ptr %44, align 1, !tbaa !5
  %46 = icmp eq i8 %45, 61
  br i1 %46, label %57, label %47

47:                                               ; preds = %41
  %48 = zext i8 %45 to i64
  %49 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !5
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
  %63 = load i8, ptr %62, align 1, !tbaa !5
  %64 = icmp eq i8 %63, 61
  br i1 %64, label %71, label %65

65:                                               ; preds = %59
  %66 = zext i8 %63 to i64
  %67 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !5
  %69 = icmp slt i8 %68, 0
  %70 = or i1 %69, %46
  br i1 %70, label %100, label %78

71:                                               ; preds = %59
  %72 = lshr i32 %60, 10
  %73 = trunc i32 %72 to i8
  %74 = add i64 %12, 1
  %75 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %73, ptr %75, align 1, !tbaa !5
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
  store i8 %83, ptr %84, align 1, !tbaa !5
  %85 = lshr i32 %60, 2
  %86 = trunc i32 %85 to i8
  %87 = add i64 %12, 2
  %88 = getelementptr i8, ptr %9, i64 %12
  store i8 %86, ptr %88, align 1, !tbaa !5
  br label %89

89:                                               ; preds = %78, %76
  %90 = phi i32 [ %77, %76 ], [ %81, %78 ]
  %91 = phi i64 [ 2, %76 ], [ 3, %78 ]
  %92 = phi i64 [ %74, %76 ], [ %87, %78 ]
  %93 = trunc i32 %90 to i8
  %94 = add i64 %12, %91
  %95 = getelementptr inbounds i8, ptr %1, i64 %92
  store i8 %93, ptr %95, align 1, !tbaa !5
  br label %96

96:                                               ; preds = %89, %71
  %97 = phi i64 [ %74, %71 ], [ %94, %89 ]
  %98 = add i64 %11, 4
  %99 = icmp ult i64 %98, %3
  br i1 %99, label %10, label %100, !llvm.loop !19

100:                                              ; preds = %96, %16, %29, %47, %65, %6, %2
  %101 = phi i64 [ -1, %2 ], [ 0, %6 ], [ %97, %96 ], [ -1, %16 ], [ -1, %29 ], [ -1, %47 ], [ -1, %65 ]
  ret i64 %101
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind willreturn memory(argmem: read) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !6, i64 0}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
