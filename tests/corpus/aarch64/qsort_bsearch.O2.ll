; ModuleID = 'qsort_bsearch.c'
source_filename = "qsort_bsearch.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Person = type { ptr, i32 }

@.str = private unnamed_addr constant [8 x i8] c"sorted:\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"find %d -> index %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"find missing -> %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"hit\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"null\00", align 1
@.str.7 = private unnamed_addr constant [20 x i8] c"desc: %d %d ... %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"%g \00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.15 = private unnamed_addr constant [11 x i8] c"elderberry\00", align 1
@__const.main.words = private unnamed_addr constant [7 x ptr] [ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15], align 8
@.str.16 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"date at %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"zed\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"amy\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"dan\00", align 1
@__const.main.people = private unnamed_addr constant [5 x %struct.Person] [%struct.Person { ptr @.str.18, i32 30 }, %struct.Person { ptr @.str.19, i32 25 }, %struct.Person { ptr @.str.20, i32 30 }, %struct.Person { ptr @.str.21, i32 19 }, %struct.Person { ptr @.str.22, i32 25 }], align 8
@.str.23 = private unnamed_addr constant [8 x i8] c"%s(%d) \00", align 1
@.str.24 = private unnamed_addr constant [17 x i8] c"bob found at %d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [20 x i32], align 4
  %2 = alloca [7 x double], align 16
  %3 = alloca [7 x ptr], align 8
  %4 = alloca [5 x %struct.Person], align 8
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %1) #9
  br label %69

5:                                                ; preds = %69
  call void @qsort(ptr noundef nonnull %1, i64 noundef 20, i64 noundef 4, ptr noundef nonnull @cmp_int) #9
  %6 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str)
  %7 = load i32, ptr %1, align 4, !tbaa !6
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %7)
  %9 = getelementptr inbounds i8, ptr %1, i64 4
  %10 = load i32, ptr %9, align 4, !tbaa !6
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %10)
  %12 = getelementptr inbounds i8, ptr %1, i64 8
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %13)
  %15 = getelementptr inbounds i8, ptr %1, i64 12
  %16 = load i32, ptr %15, align 4, !tbaa !6
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %16)
  %18 = getelementptr inbounds i8, ptr %1, i64 16
  %19 = load i32, ptr %18, align 4, !tbaa !6
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %19)
  %21 = getelementptr inbounds i8, ptr %1, i64 20
  %22 = load i32, ptr %21, align 4, !tbaa !6
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %22)
  %24 = getelementptr inbounds i8, ptr %1, i64 24
  %25 = load i32, ptr %24, align 4, !tbaa !6
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %25)
  %27 = getelementptr inbounds i8, ptr %1, i64 28
  %28 = load i32, ptr %27, align 4, !tbaa !6
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %28)
  %30 = getelementptr inbounds i8, ptr %1, i64 32
  %31 = load i32, ptr %30, align 4, !tbaa !6
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %31)
  %33 = getelementptr inbounds i8, ptr %1, i64 36
  %34 = load i32, ptr %33, align 4, !tbaa !6
  %35 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %34)
  %36 = getelementptr inbounds i8, ptr %1, i64 40
  %37 = load i32, ptr %36, align 4, !tbaa !6
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %37)
  %39 = getelementptr inbounds i8, ptr %1, i64 44
  %40 = load i32, ptr %39, align 4, !tbaa !6
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %40)
  %42 = getelementptr inbounds i8, ptr %1, i64 48
  %43 = load i32, ptr %42, align 4, !tbaa !6
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %43)
  %45 = getelementptr inbounds i8, ptr %1, i64 52
  %46 = load i32, ptr %45, align 4, !tbaa !6
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %46)
  %48 = getelementptr inbounds i8, ptr %1, i64 56
  %49 = load i32, ptr %48, align 4, !tbaa !6
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %49)
  %51 = getelementptr inbounds i8, ptr %1, i64 60
  %52 = load i32, ptr %51, align 4, !tbaa !6
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %52)
  %54 = getelementptr inbounds i8, ptr %1, i64 64
  %55 = load i32, ptr %54, align 4, !tbaa !6
  %56 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %55)
  %57 = getelementptr inbounds i8, ptr %1, i64 68
  %58 = load i32, ptr %57, align 4, !tbaa !6
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %58)
  %60 = getelementptr inbounds i8, ptr %1, i64 72
  %61 = load i32, ptr %60, align 4, !tbaa !6
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %61)
  %63 = getelementptr inbounds i8, ptr %1, i64 76
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %64)
  %66 = call i32 @putchar(i32 10)
  %67 = ptrtoint ptr %1 to i64
  %68 = load i32, ptr %1, align 4, !tbaa !6
  br label %154

69:                                               ; preds = %0, %69
  %70 = phi i64 [ 0, %0 ], [ %80, %69 ]
  %71 = phi i32 [ 12345, %0 ], [ %73, %69 ]
  %72 = mul i32 %71, 1103515245
  %73 = add i32 %72, 12345
  %74 = lshr i32 %73, 16
  %75 = trunc nuw i32 %74 to i16
  %76 = urem i16 %75, 1000
  %77 = zext nneg i16 %76 to i32
  %78 = add nsw i32 %77, -500
  %79 = getelementptr inbounds [20 x i32], ptr %1, i64 0, i64 %70
  store i32 %78, ptr %79, align 4, !tbaa !6
  %80 = add nuw nsw i64 %70, 1
  %81 = icmp eq i64 %80, 20
  br i1 %81, label %5, label %69, !llvm.loop !10

82:                                               ; preds = %280, %100
  %83 = phi i64 [ %102, %100 ], [ 0, %280 ]
  %84 = phi i64 [ %101, %100 ], [ 20, %280 ]
  %85 = add i64 %84, %83
  %86 = lshr i64 %85, 1
  %87 = shl i64 %86, 2
  %88 = getelementptr inbounds i8, ptr %1, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !6
  %90 = icmp slt i32 %89, 10000
  %91 = zext i1 %90 to i32
  %92 = icmp sgt i32 %89, 10000
  %93 = sext i1 %92 to i32
  %94 = add nsw i32 %93, %91
  %95 = icmp slt i32 %94, 0
  br i1 %95, label %100, label %96

96:                                               ; preds = %82
  %97 = icmp eq i32 %94, 0
  br i1 %97, label %104, label %98

98:                                               ; preds = %96
  %99 = add nuw i64 %86, 1
  br label %100

100:                                              ; preds = %98, %82
  %101 = phi i64 [ %84, %98 ], [ %86, %82 ]
  %102 = phi i64 [ %99, %98 ], [ %83, %82 ]
  %103 = icmp ult i64 %102, %101
  br i1 %103, label %82, label %104, !llvm.loop !12

104:                                              ; preds = %96, %100
  %105 = phi ptr [ @.str.6, %100 ], [ @.str.5, %96 ]
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %105)
  call void @qsort(ptr noundef nonnull %1, i64 noundef 20, i64 noundef 4, ptr noundef nonnull @cmp_int_desc) #9
  %107 = load i32, ptr %1, align 4, !tbaa !6
  %108 = load i32, ptr %9, align 4, !tbaa !6
  %109 = load i32, ptr %63, align 4, !tbaa !6
  %110 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %107, i32 noundef %108, i32 noundef %109)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %2) #9
  %111 = getelementptr inbounds i8, ptr %2, i64 40
  store i64 0, ptr %111, align 8
  %112 = getelementptr inbounds i8, ptr %2, i64 8
  store <2 x double> <double 3.500000e+00, double -1.000000e+00>, ptr %2, align 16
  %113 = getelementptr inbounds i8, ptr %2, i64 16
  %114 = getelementptr inbounds i8, ptr %2, i64 24
  store <2 x double> <double 2.250000e+00, double 1.000000e+10>, ptr %113, align 16
  %115 = getelementptr inbounds i8, ptr %2, i64 32
  store double -1.000000e-03, ptr %115, align 16
  %116 = getelementptr inbounds i8, ptr %2, i64 48
  store double 7.000000e+00, ptr %116, align 16
  call void @qsort(ptr noundef nonnull %2, i64 noundef 7, i64 noundef 8, ptr noundef nonnull @cmp_double) #9
  %117 = load double, ptr %2, align 16, !tbaa !13
  %118 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %117)
  %119 = load double, ptr %112, align 8, !tbaa !13
  %120 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %119)
  %121 = load double, ptr %113, align 16, !tbaa !13
  %122 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %121)
  %123 = load double, ptr %114, align 8, !tbaa !13
  %124 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %123)
  %125 = load double, ptr %115, align 16, !tbaa !13
  %126 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %125)
  %127 = getelementptr inbounds i8, ptr %2, i64 40
  %128 = load double, ptr %127, align 8, !tbaa !13
  %129 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %128)
  %130 = load double, ptr %116, align 16, !tbaa !13
  %131 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef %130)
  %132 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %3) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %3, ptr noundef nonnull align 8 dereferenceable(56) @__const.main.words, i64 56, i1 false)
  call void @qsort(ptr noundef nonnull %3, i64 noundef 7, i64 noundef 8, ptr noundef nonnull @cmp_str) #9
  %133 = load ptr, ptr %3, align 8, !tbaa !15
  %134 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %133)
  %135 = getelementptr inbounds i8, ptr %3, i64 8
  %136 = load ptr, ptr %135, align 8, !tbaa !15
  %137 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %136)
  %138 = getelementptr inbounds i8, ptr %3, i64 16
  %139 = load ptr, ptr %138, align 8, !tbaa !15
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %139)
  %141 = getelementptr inbounds i8, ptr %3, i64 24
  %142 = load ptr, ptr %141, align 8, !tbaa !15
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %142)
  %144 = getelementptr inbounds i8, ptr %3, i64 32
  %145 = load ptr, ptr %144, align 8, !tbaa !15
  %146 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %145)
  %147 = getelementptr inbounds i8, ptr %3, i64 40
  %148 = load ptr, ptr %147, align 8, !tbaa !15
  %149 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %148)
  %150 = getelementptr inbounds i8, ptr %3, i64 48
  %151 = load ptr, ptr %150, align 8, !tbaa !15
  %152 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %151)
  %153 = call i32 @putchar(i32 10)
  br label %289

154:                                              ; preds = %172, %5
  %155 = phi i64 [ %174, %172 ], [ 0, %5 ]
  %156 = phi i64 [ %173, %172 ], [ 20, %5 ]
  %157 = add i64 %156, %155
  %158 = lshr i64 %157, 1
  %159 = shl i64 %158, 2
  %160 = getelementptr inbounds i8, ptr %1, i64 %159
  %161 = load i32, ptr %160, align 4, !tbaa !6
  %162 = icmp sgt i32 %68, %161
  %163 = zext i1 %162 to i32
  %164 = icmp slt i32 %68, %161
  %165 = sext i1 %164 to i32
  %166 = add nsw i32 %165, %163
  %167 = icmp slt i32 %166, 0
  br i1 %167, label %172, label %168

168:                                              ; preds = %154
  %169 = icmp eq i32 %166, 0
  br i1 %169, label %176, label %170

170:                                              ; preds = %168
  %171 = add nuw i64 %158, 1
  br label %172

172:                                              ; preds = %170, %154
  %173 = phi i64 [ %156, %170 ], [ %158, %154 ]
  %174 = phi i64 [ %171, %170 ], [ %155, %154 ]
  %175 = icmp ult i64 %174, %173
  br i1 %175, label %154, label %178, !llvm.loop !12

176:                                              ; preds = %168
  %177 = getelementptr inbounds i8, ptr %1, i64 %159
  br label %178

178:                                              ; preds = %172, %176
  %179 = phi ptr [ %177, %176 ], [ null, %172 ]
  %180 = icmp eq ptr %179, null
  %181 = ptrtoint ptr %179 to i64
  %182 = sub i64 %181, %67
  %183 = lshr exact i64 %182, 2
  %184 = trunc i64 %183 to i32
  %185 = select i1 %180, i32 -1, i32 %184
  %186 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %68, i32 noundef %185)
  %187 = load i32, ptr %24, align 4, !tbaa !6
  br label %188

188:                                              ; preds = %206, %178
  %189 = phi i64 [ %208, %206 ], [ 0, %178 ]
  %190 = phi i64 [ %207, %206 ], [ 20, %178 ]
  %191 = add i64 %190, %189
  %192 = lshr i64 %191, 1
  %193 = shl i64 %192, 2
  %194 = getelementptr inbounds i8, ptr %1, i64 %193
  %195 = load i32, ptr %194, align 4, !tbaa !6
  %196 = icmp sgt i32 %187, %195
  %197 = zext i1 %196 to i32
  %198 = icmp slt i32 %187, %195
  %199 = sext i1 %198 to i32
  %200 = add nsw i32 %199, %197
  %201 = icmp slt i32 %200, 0
  br i1 %201, label %206, label %202

202:                                              ; preds = %188
  %203 = icmp eq i32 %200, 0
  br i1 %203, label %210, label %204

204:                                              ; preds = %202
  %205 = add nuw i64 %192, 1
  br label %206

206:                                              ; preds = %204, %188
  %207 = phi i64 [ %190, %204 ], [ %192, %188 ]
  %208 = phi i64 [ %205, %204 ], [ %189, %188 ]
  %209 = icmp ult i64 %208, %207
  br i1 %209, label %188, label %212, !llvm.loop !12

210:                                              ; preds = %202
  %211 = getelementptr inbounds i8, ptr %1, i64 %193
  br label %212

212:                                              ; preds = %206, %210
  %213 = phi ptr [ %211, %210 ], [ null, %206 ]
  %214 = icmp eq ptr %213, null
  %215 = ptrtoint ptr %213 to i64
  %216 = sub i64 %215, %67
  %217 = lshr exact i64 %216, 2
  %218 = trunc i64 %217 to i32
  %219 = select i1 %214, i32 -1, i32 %218
  %220 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %187, i32 noundef %219)
  %221 = load i32, ptr %42, align 4, !tbaa !6
  br label %222

222:                                              ; preds = %240, %212
  %223 = phi i64 [ %242, %240 ], [ 0, %212 ]
  %224 = phi i64 [ %241, %240 ], [ 20, %212 ]
  %225 = add i64 %224, %223
  %226 = lshr i64 %225, 1
  %227 = shl i64 %226, 2
  %228 = getelementptr inbounds i8, ptr %1, i64 %227
  %229 = load i32, ptr %228, align 4, !tbaa !6
  %230 = icmp sgt i32 %221, %229
  %231 = zext i1 %230 to i32
  %232 = icmp slt i32 %221, %229
  %233 = sext i1 %232 to i32
  %234 = add nsw i32 %233, %231
  %235 = icmp slt i32 %234, 0
  br i1 %235, label %240, label %236

236:                                              ; preds = %222
  %237 = icmp eq i32 %234, 0
  br i1 %237, label %244, label %238

238:                                              ; preds = %236
  %239 = add nuw i64 %226, 1
  br label %240

240:                                              ; preds = %238, %222
  %241 = phi i64 [ %224, %238 ], [ %226, %222 ]
  %242 = phi i64 [ %239, %238 ], [ %223, %222 ]
  %243 = icmp ult i64 %242, %241
  br i1 %243, label %222, label %246, !llvm.loop !12

244:                                              ; preds = %236
  %245 = getelementptr inbounds i8, ptr %1, i64 %227
  br label %246

246:                                              ; preds = %240, %244
  %247 = phi ptr [ %245, %244 ], [ null, %240 ]
  %248 = icmp eq ptr %247, null
  %249 = ptrtoint ptr %247 to i64
  %250 = sub i64 %249, %67
  %251 = lshr exact i64 %250, 2
  %252 = trunc i64 %251 to i32
  %253 = select i1 %248, i32 -1, i32 %252
  %254 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %221, i32 noundef %253)
  %255 = load i32, ptr %60, align 4, !tbaa !6
  br label %256

256:                                              ; preds = %274, %246
  %257 = phi i64 [ %276, %274 ], [ 0, %246 ]
  %258 = phi i64 [ %275, %274 ], [ 20, %246 ]
  %259 = add i64 %258, %257
  %260 = lshr i64 %259, 1
  %261 = shl i64 %260, 2
  %262 = getelementptr inbounds i8, ptr %1, i64 %261
  %263 = load i32, ptr %262, align 4, !tbaa !6
  %264 = icmp sgt i32 %255, %263
  %265 = zext i1 %264 to i32
  %266 = icmp slt i32 %255, %263
  %267 = sext i1 %266 to i32
  %268 = add nsw i32 %267, %265
  %269 = icmp slt i32 %268, 0
  br i1 %269, label %274, label %270

270:                                              ; preds = %256
  %271 = icmp eq i32 %268, 0
  br i1 %271, label %278, label %272

272:                                              ; preds = %270
  %273 = add nuw i64 %260, 1
  br label %274

274:                                              ; preds = %272, %256
  %275 = phi i64 [ %258, %272 ], [ %260, %256 ]
  %276 = phi i64 [ %273, %272 ], [ %257, %256 ]
  %277 = icmp ult i64 %276, %275
  br i1 %277, label %256, label %280, !llvm.loop !12

278:                                              ; preds = %270
  %279 = getelementptr inbounds i8, ptr %1, i64 %261
  br label %280

280:                                              ; preds = %274, %278
  %281 = phi ptr [ %279, %278 ], [ null, %274 ]
  %282 = icmp eq ptr %281, null
  %283 = ptrtoint ptr %281 to i64
  %284 = sub i64 %283, %67
  %285 = lshr exact i64 %284, 2
  %286 = trunc i64 %285 to i32
  %287 = select i1 %282, i32 -1, i32 %286
  %288 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %255, i32 noundef %287)
  br label %82

289:                                              ; preds = %303, %104
  %290 = phi i64 [ %305, %303 ], [ 0, %104 ]
  %291 = phi i64 [ %304, %303 ], [ 7, %104 ]
  %292 = add i64 %291, %290
  %293 = lshr i64 %292, 1
  %294 = shl i64 %293, 3
  %295 = getelementptr inbounds i8, ptr %3, i64 %294
  %296 = load ptr, ptr %295, align 8, !tbaa !15
  %297 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.14, ptr noundef nonnull dereferenceable(1) %296) #10
  %298 = icmp slt i32 %297, 0
  br i1 %298, label %303, label %299

299:                                              ; preds = %289
  %300 = icmp eq i32 %297, 0
  br i1 %300, label %307, label %301

301:                                              ; preds = %299
  %302 = add nuw i64 %293, 1
  br label %303

303:                                              ; preds = %301, %289
  %304 = phi i64 [ %291, %301 ], [ %293, %289 ]
  %305 = phi i64 [ %302, %301 ], [ %290, %289 ]
  %306 = icmp ult i64 %305, %304
  br i1 %306, label %289, label %309, !llvm.loop !12

307:                                              ; preds = %299
  %308 = getelementptr inbounds i8, ptr %3, i64 %294
  br label %309

309:                                              ; preds = %303, %307
  %310 = phi ptr [ %308, %307 ], [ null, %303 ]
  %311 = icmp eq ptr %310, null
  %312 = ptrtoint ptr %310 to i64
  %313 = ptrtoint ptr %3 to i64
  %314 = sub i64 %312, %313
  %315 = lshr exact i64 %314, 3
  %316 = trunc i64 %315 to i32
  %317 = select i1 %311, i32 -1, i32 %316
  %318 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %317)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %4) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %4, ptr noundef nonnull align 8 dereferenceable(80) @__const.main.people, i64 80, i1 false)
  call void @qsort(ptr noundef nonnull %4, i64 noundef 5, i64 noundef 16, ptr noundef nonnull @cmp_person) #9
  %319 = load ptr, ptr %4, align 8, !tbaa !17
  %320 = getelementptr inbounds i8, ptr %4, i64 8
  %321 = load i32, ptr %320, align 8, !tbaa !19
  %322 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %319, i32 noundef %321)
  %323 = getelementptr inbounds i8, ptr %4, i64 16
  %324 = load ptr, ptr %323, align 8, !tbaa !17
  %325 = getelementptr inbounds i8, ptr %4, i64 24
  %326 = load i32, ptr %325, align 8, !tbaa !19
  %327 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %324, i32 noundef %326)
  %328 = getelementptr inbounds i8, ptr %4, i64 32
  %329 = load ptr, ptr %328, align 8, !tbaa !17
  %330 = getelementptr inbounds i8, ptr %4, i64 40
  %331 = load i32, ptr %330, align 8, !tbaa !19
  %332 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %329, i32 noundef %331)
  %333 = getelementptr inbounds i8, ptr %4, i64 48
  %334 = load ptr, ptr %333, align 8, !tbaa !17
  %335 = getelementptr inbounds i8, ptr %4, i64 56
  %336 = load i32, ptr %335, align 8, !tbaa !19
  %337 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %334, i32 noundef %336)
  %338 = getelementptr inbounds i8, ptr %4, i64 64
  %339 = load ptr, ptr %338, align 8, !tbaa !17
  %340 = getelementptr inbounds i8, ptr %4, i64 72
  %341 = load i32, ptr %340, align 8, !tbaa !19
  %342 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, ptr noundef %339, i32 noundef %341)
  %343 = call i32 @putchar(i32 10)
  br label %344

344:                                              ; preds = %366, %309
  %345 = phi i64 [ %368, %366 ], [ 0, %309 ]
  %346 = phi i64 [ %367, %366 ], [ 5, %309 ]
  %347 = add i64 %346, %345
  %348 = lshr i64 %347, 1
  %349 = shl i64 %348, 4
  %350 = getelementptr inbounds i8, ptr %4, i64 %349
  %351 = getelementptr inbounds i8, ptr %350, i64 8
  %352 = load i32, ptr %351, align 8, !tbaa !19
  %353 = icmp eq i32 %352, 30
  br i1 %353, label %356, label %354

354:                                              ; preds = %344
  %355 = sub nsw i32 30, %352
  br label %359

356:                                              ; preds = %344
  %357 = load ptr, ptr %350, align 8, !tbaa !17
  %358 = call i32 @strcmp(ptr noundef nonnull dereferenceable(4) @.str.20, ptr noundef nonnull dereferenceable(1) %357) #10
  br label %359

359:                                              ; preds = %354, %356
  %360 = phi i32 [ %355, %354 ], [ %358, %356 ]
  %361 = icmp slt i32 %360, 0
  br i1 %361, label %366, label %362

362:                                              ; preds = %359
  %363 = icmp eq i32 %360, 0
  br i1 %363, label %370, label %364

364:                                              ; preds = %362
  %365 = add nuw i64 %348, 1
  br label %366

366:                                              ; preds = %364, %359
  %367 = phi i64 [ %346, %364 ], [ %348, %359 ]
  %368 = phi i64 [ %365, %364 ], [ %345, %359 ]
  %369 = icmp ult i64 %368, %367
  br i1 %369, label %344, label %370, !llvm.loop !12

370:                                              ; preds = %362, %366
  %371 = phi ptr [ null, %366 ], [ %350, %362 ]
  %372 = icmp eq ptr %371, null
  %373 = ptrtoint ptr %371 to i64
  %374 = ptrtoint ptr %4 to i64
  %375 = sub i64 %373, %374
  %376 = lshr exact i64 %375, 4
  %377 = trunc i64 %376 to i32
  %378 = select i1 %372, i32 -1, i32 %377
  %379 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %378)
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %4) #9
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %3) #9
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_int(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load i32, ptr %0, align 4, !tbaa !6
  %4 = load i32, ptr %1, align 4, !tbaa !6
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_int_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load i32, ptr %1, align 4, !tbaa !6
  %4 = load i32, ptr %0, align 4, !tbaa !6
  %5 = icmp sgt i32 %3, %4
  %6 = zext i1 %5 to i32
  %7 = icmp slt i32 %3, %4
  %8 = sext i1 %7 to i32
  %9 = add nsw i32 %8, %6
  ret i32 %9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal range(i32 -1, 2) i32 @cmp_double(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = load double, ptr %0, align 8, !tbaa !13
  %4 = load double, ptr %1, align 8, !tbaa !13
  %5 = fcmp olt double %3, %4
  %6 = fcmp ogt double %3, %4
  %7 = zext i1 %6 to i32
  %8 = select i1 %5, i32 -1, i32 %7
  ret i32 %8
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @cmp_str(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #6 {
  %3 = load ptr, ptr %0, align 8, !tbaa !15
  %4 = load ptr, ptr %1, align 8, !tbaa !15
  %5 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %4) #10
  ret i32 %5
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @cmp_person(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #6 {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i32, ptr %3, align 8, !tbaa !19
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  %6 = load i32, ptr %5, align 8, !tbaa !19
  %7 = icmp eq i32 %4, %6
  br i1 %7, label %10, label %8

8:                                                ; preds = %2
  %9 = sub nsw i32 %4, %6
  br label %14

10:                                               ; preds = %2
  %11 = load ptr, ptr %0, align 8, !tbaa !17
  %12 = load ptr, ptr %1, align 8, !tbaa !17
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %11, ptr noundef nonnull dereferenceable(1) %12) #10
  br label %14

14:                                               ; preds = %10, %8
  %15 = phi i32 [ %9, %8 ], [ %13, %10 ]
  ret i32 %15
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #8

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree nounwind }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"double", !8, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"any pointer", !8, i64 0}
!17 = !{!18, !16, i64 0}
!18 = !{!"Person", !16, i64 0, !7, i64 8}
!19 = !{!18, !7, i64 8}
