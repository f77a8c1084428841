; ModuleID = 'vec_float.c'
source_filename = "vec_float.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.point = type { float, float, float }
%struct.cplx = type { double, double }

@fa = internal global [256 x float] zeroinitializer, align 4
@fb = internal global [256 x float] zeroinitializer, align 4
@da = internal global [256 x double] zeroinitializer, align 8
@db = internal global [256 x double] zeroinitializer, align 8
@ia = internal global [256 x i32] zeroinitializer, align 4
@ib = internal global [256 x i32] zeroinitializer, align 4
@sa = internal global [256 x i16] zeroinitializer, align 2
@pts = internal global [256 x %struct.point] zeroinitializer, align 4
@cs = internal global [256 x %struct.cplx] zeroinitializer, align 8
@.str = private unnamed_addr constant [15 x i8] c"dot %.2f %.2f\0A\00", align 1
@fc = internal global [256 x float] zeroinitializer, align 4
@.str.1 = private unnamed_addr constant [21 x i8] c"axpy %.2f %.2f %.2f\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"scale_div %.4f %.4f\0A\00", align 1
@.str.3 = private unnamed_addr constant [37 x i8] c"imax %d imin %d abs_sum %ld umax %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"fmax %.2f\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"centroid %.2f %.2f %.2f\0A\00", align 1
@.str.6 = private unnamed_addr constant [24 x i8] c"swapped %.2f %.2f %.2f\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"cmul %.1f %.1f %.1f\0A\00", align 1
@.str.8 = private unnamed_addr constant [22 x i8] c"conversions %.1f %ld\0A\00", align 1
@la = internal global [256 x i64] zeroinitializer, align 8
@.str.9 = private unnamed_addr constant [21 x i8] c"widen_mul %lld %lld\0A\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"shifts %u popcount %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"select_store %ld %.3f\0A\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"hypot_sum %.2f\0A\00", align 1
@.str.13 = private unnamed_addr constant [30 x i8] c"fma %.6e %.6e %.6e fmaf %.6e\0A\00", align 1
@.str.14 = private unnamed_addr constant [40 x i8] c"v4sf %.4f %.4f %.4f %.4f max %.2f %.2f\0A\00", align 1
@.str.15 = private unnamed_addr constant [16 x i8] c"v2df %.2f %.2f\0A\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"v8si %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [35 x i8] c"v4sf shuffled %.1f %.1f %.1f %.1f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.point, align 4
  %6 = alloca %struct.cplx, align 8
  %7 = alloca [256 x double], align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca [3 x float], align 4
  %11 = alloca [256 x %struct.cplx], align 8
  %12 = alloca %struct.cplx, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca [256 x float], align 4
  %17 = alloca [256 x i32], align 4
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  %21 = alloca i32, align 4
  %22 = alloca [256 x i32], align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i64, align 8
  %26 = alloca i32, align 4
  %27 = alloca [8 x double], align 8
  %28 = alloca [8 x double], align 8
  %29 = alloca [8 x double], align 8
  %30 = alloca [8 x double], align 8
  %31 = alloca i32, align 4
  %32 = alloca <4 x float>, align 16
  %33 = alloca <4 x float>, align 16
  %34 = alloca <4 x float>, align 16
  %35 = alloca <4 x float>, align 16
  %36 = alloca <4 x i32>, align 16
  %37 = alloca <4 x float>, align 16
  %38 = alloca <2 x double>, align 16
  %39 = alloca <2 x double>, align 16
  %40 = alloca <8 x i32>, align 16
  %41 = alloca <8 x i32>, align 16
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca <4 x float>, align 16
  store i32 0, ptr %1, align 4
  store i32 777, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %45

45:                                               ; preds = %127, %0
  %46 = load i32, ptr %3, align 4
  %47 = icmp slt i32 %46, 256
  br i1 %47, label %48, label %130

48:                                               ; preds = %45
  %49 = load i32, ptr %2, align 4
  %50 = mul i32 %49, 1664525
  %51 = add i32 %50, 1013904223
  store i32 %51, ptr %2, align 4
  %52 = load i32, ptr %2, align 4
  %53 = lshr i32 %52, 20
  %54 = sub nsw i32 %53, 2048
  store i32 %54, ptr %4, align 4
  %55 = load i32, ptr %4, align 4
  %56 = sitofp i32 %55 to float
  %57 = fmul float %56, 5.000000e-01
  %58 = load i32, ptr %3, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [256 x float], ptr @fa, i64 0, i64 %59
  store float %57, ptr %60, align 4
  %61 = load i32, ptr %2, align 4
  %62 = urem i32 %61, 64
  %63 = sub nsw i32 %62, 32
  %64 = sitofp i32 %63 to float
  %65 = load i32, ptr %3, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [256 x float], ptr @fb, i64 0, i64 %66
  store float %64, ptr %67, align 4
  %68 = load i32, ptr %4, align 4
  %69 = sitofp i32 %68 to double
  %70 = fmul double %69, 2.500000e-01
  %71 = load i32, ptr %3, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [256 x double], ptr @da, i64 0, i64 %72
  store double %70, ptr %73, align 8
  %74 = load i32, ptr %3, align 4
  %75 = srem i32 %74, 17
  %76 = sitofp i32 %75 to double
  %77 = fsub double %76, 8.000000e+00
  %78 = load i32, ptr %3, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [256 x double], ptr @db, i64 0, i64 %79
  store double %77, ptr %80, align 8
  %81 = load i32, ptr %4, align 4
  %82 = mul nsw i32 %81, 1000
  %83 = load i32, ptr %3, align 4
  %84 = add nsw i32 %82, %83
  %85 = load i32, ptr %3, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [256 x i32], ptr @ia, i64 0, i64 %86
  store i32 %84, ptr %87, align 4
  %88 = load i32, ptr %2, align 4
  %89 = urem i32 %88, 4099
  %90 = sub nsw i32 %89, 2000
  %91 = load i32, ptr %3, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [256 x i32], ptr @ib, i64 0, i64 %92
  store i32 %90, ptr %93, align 4
  %94 = load i32, ptr %4, align 4
  %95 = sdiv i32 %94, 3
  %96 = trunc i32 %95 to i16
  %97 = load i32, ptr %3, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [256 x i16], ptr @sa, i64 0, i64 %98
  store i16 %96, ptr %99, align 2
  %100 = load i32, ptr %3, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [256 x %struct.point], ptr @pts, i64 0, i64 %101
  %103 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 0
  %104 = load i32, ptr %3, align 4
  %105 = srem i32 %104, 13
  %106 = sitofp i32 %105 to float
  store float %106, ptr %103, align 4
  %107 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 1
  %108 = load i32, ptr %4, align 4
  %109 = sitofp i32 %108 to float
  store float %109, ptr %107, align 4
  %110 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 2
  %111 = load i32, ptr %3, align 4
  %112 = and i32 %111, 7
  %113 = sitofp i32 %112 to float
  %114 = fmul float %113, 5.000000e-01
  store float %114, ptr %110, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %102, ptr align 4 %5, i64 12, i1 false)
  %115 = load i32, ptr %3, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [256 x %struct.cplx], ptr @cs, i64 0, i64 %116
  %118 = getelementptr inbounds %struct.cplx, ptr %6, i32 0, i32 0
  %119 = load i32, ptr %4, align 4
  %120 = srem i32 %119, 50
  %121 = sitofp i32 %120 to double
  store double %121, ptr %118, align 8
  %122 = getelementptr inbounds %struct.cplx, ptr %6, i32 0, i32 1
  %123 = load i32, ptr %3, align 4
  %124 = srem i32 %123, 9
  %125 = sitofp i32 %124 to double
  %126 = fsub double %125, 4.000000e+00
  store double %126, ptr %122, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %117, ptr align 8 %6, i64 16, i1 false)
  br label %127

127:                                              ; preds = %48
  %128 = load i32, ptr %3, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %3, align 4
  br label %45, !llvm.loop !6

130:                                              ; preds = %45
  %131 = call float @dot(ptr noundef @fa, ptr noundef @fb, i32 noundef 256)
  %132 = fpext float %131 to double
  %133 = call float @dot(ptr noundef getelementptr inbounds (float, ptr @fa, i64 1), ptr noundef getelementptr inbounds (float, ptr @fb, i64 3), i32 noundef 100)
  %134 = fpext float %133 to double
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %132, double noundef %134)
  call void @axpy(ptr noundef @fc, ptr noundef @fa, float noundef 2.000000e+00, i32 noundef 256)
  call void @axpy(ptr noundef @fc, ptr noundef @fb, float noundef -5.000000e-01, i32 noundef 256)
  %136 = load float, ptr @fc, align 4
  %137 = fpext float %136 to double
  %138 = load float, ptr getelementptr inbounds ([256 x float], ptr @fc, i64 0, i64 77), align 4
  %139 = fpext float %138 to double
  %140 = call float @dot(ptr noundef @fc, ptr noundef @fb, i32 noundef 64)
  %141 = fpext float %140 to double
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %137, double noundef %139, double noundef %141)
  %143 = getelementptr inbounds [256 x double], ptr %7, i64 0, i64 0
  call void @scale_div(ptr noundef %143, ptr noundef @da, double noundef 4.000000e+00, i32 noundef 256)
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %144

144:                                              ; preds = %154, %130
  %145 = load i32, ptr %9, align 4
  %146 = icmp slt i32 %145, 256
  br i1 %146, label %147, label %157

147:                                              ; preds = %144
  %148 = load i32, ptr %9, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [256 x double], ptr %7, i64 0, i64 %149
  %151 = load double, ptr %150, align 8
  %152 = load double, ptr %8, align 8
  %153 = fadd double %152, %151
  store double %153, ptr %8, align 8
  br label %154

154:                                              ; preds = %147
  %155 = load i32, ptr %9, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %9, align 4
  br label %144, !llvm.loop !8

157:                                              ; preds = %144
  %158 = load double, ptr %8, align 8
  %159 = getelementptr inbounds [256 x double], ptr %7, i64 0, i64 100
  %160 = load double, ptr %159, align 8
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %158, double noundef %160)
  %162 = call i32 @imax(ptr noundef @ia, i32 noundef 256)
  %163 = call i32 @imin(ptr noundef @ia, i32 noundef 256)
  %164 = call i64 @abs_sum(ptr noundef @ia, i32 noundef 256)
  %165 = call i32 @umax_of(ptr noundef @ib, i32 noundef 256)
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %162, i32 noundef %163, i64 noundef %164, i32 noundef %165)
  %167 = call float @fmax_of(ptr noundef @fa, i32 noundef 256)
  %168 = fpext float %167 to double
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %168)
  %170 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 0
  call void @centroid(ptr noundef @pts, i32 noundef 256, ptr noundef %170)
  %171 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 0
  %172 = load float, ptr %171, align 4
  %173 = fpext float %172 to double
  %174 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 1
  %175 = load float, ptr %174, align 4
  %176 = fpext float %175 to double
  %177 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 2
  %178 = load float, ptr %177, align 4
  %179 = fpext float %178 to double
  %180 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %173, double noundef %176, double noundef %179)
  call void @swap_xy(ptr noundef @pts, i32 noundef 256)
  %181 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 0
  call void @centroid(ptr noundef @pts, i32 noundef 256, ptr noundef %181)
  %182 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 0
  %183 = load float, ptr %182, align 4
  %184 = fpext float %183 to double
  %185 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 1
  %186 = load float, ptr %185, align 4
  %187 = fpext float %186 to double
  %188 = getelementptr inbounds [3 x float], ptr %10, i64 0, i64 2
  %189 = load float, ptr %188, align 4
  %190 = fpext float %189 to double
  %191 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %184, double noundef %187, double noundef %190)
  %192 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 0
  %193 = getelementptr inbounds %struct.cplx, ptr %12, i32 0, i32 0
  store double 3.000000e+00, ptr %193, align 8
  %194 = getelementptr inbounds %struct.cplx, ptr %12, i32 0, i32 1
  store double -2.000000e+00, ptr %194, align 8
  %195 = load [2 x double], ptr %12, align 8
  call void @cmul(ptr noundef %192, ptr noundef @cs, [2 x double] alignstack(8) %195, i32 noundef 256)
  store double 0.000000e+00, ptr %13, align 8
  store double 0.000000e+00, ptr %14, align 8
  store i32 0, ptr %15, align 4
  br label %196

196:                                              ; preds = %214, %157
  %197 = load i32, ptr %15, align 4
  %198 = icmp slt i32 %197, 256
  br i1 %198, label %199, label %217

199:                                              ; preds = %196
  %200 = load i32, ptr %15, align 4
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %201
  %203 = getelementptr inbounds %struct.cplx, ptr %202, i32 0, i32 0
  %204 = load double, ptr %203, align 8
  %205 = load double, ptr %13, align 8
  %206 = fadd double %205, %204
  store double %206, ptr %13, align 8
  %207 = load i32, ptr %15, align 4
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %208
  %210 = getelementptr inbounds %struct.cplx, ptr %209, i32 0, i32 1
  %211 = load double, ptr %210, align 8
  %212 = load double, ptr %14, align 8
  %213 = fadd double %212, %211
  store double %213, ptr %14, align 8
  br label %214

214:                                              ; preds = %199
  %215 = load i32, ptr %15, align 4
  %216 = add nsw i32 %215, 1
  store i32 %216, ptr %15, align 4
  br label %196, !llvm.loop !9

217:                                              ; preds = %196
  %218 = load double, ptr %13, align 8
  %219 = load double, ptr %14, align 8
  %220 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 5
  %221 = getelementptr inbounds %struct.cplx, ptr %220, i32 0, i32 1
  %222 = load double, ptr %221, align 8
  %223 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %218, double noundef %219, double noundef %222)
  %224 = getelementptr inbounds [256 x float], ptr %16, i64 0, i64 0
  call void @int_to_float(ptr noundef %224, ptr noundef @ia, ptr noundef @sa, i32 noundef 256)
  %225 = getelementptr inbounds [256 x i32], ptr %17, i64 0, i64 0
  %226 = getelementptr inbounds [256 x float], ptr %16, i64 0, i64 0
  call void @float_to_int(ptr noundef %225, ptr noundef %226, i32 noundef 256)
  store i64 0, ptr %18, align 8
  store i32 0, ptr %19, align 4
  br label %227

227:                                              ; preds = %238, %217
  %228 = load i32, ptr %19, align 4
  %229 = icmp slt i32 %228, 256
  br i1 %229, label %230, label %241

230:                                              ; preds = %227
  %231 = load i32, ptr %19, align 4
  %232 = sext i32 %231 to i64
  %233 = getelementptr inbounds [256 x i32], ptr %17, i64 0, i64 %232
  %234 = load i32, ptr %233, align 4
  %235 = sext i32 %234 to i64
  %236 = load i64, ptr %18, align 8
  %237 = add nsw i64 %236, %235
  store i64 %237, ptr %18, align 8
  br label %238

238:                                              ; preds = %230
  %239 = load i32, ptr %19, align 4
  %240 = add nsw i32 %239, 1
  store i32 %240, ptr %19, align 4
  br label %227, !llvm.loop !10

241:                                              ; preds = %227
  %242 = getelementptr inbounds [256 x float], ptr %16, i64 0, i64 9
  %243 = load float, ptr %242, align 4
  %244 = fpext float %243 to double
  %245 = load i64, ptr %18, align 8
  %246 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %244, i64 noundef %245)
  call void @widen_mul(ptr noundef @la, ptr noundef @ia, ptr noundef @ib, i32 noundef 256)
  store i64 0, ptr %20, align 8
  store i32 0, ptr %21, align 4
  br label %247

247:                                              ; preds = %260, %241
  %248 = load i32, ptr %21, align 4
  %249 = icmp slt i32 %248, 256
  br i1 %249, label %250, label %263

250:                                              ; preds = %247
  %251 = load i32, ptr %21, align 4
  %252 = sext i32 %251 to i64
  %253 = getelementptr inbounds [256 x i64], ptr @la, i64 0, i64 %252
  %254 = load i64, ptr %253, align 8
  %255 = load i32, ptr %21, align 4
  %256 = sext i32 %255 to i64
  %257 = add nsw i64 %254, %256
  %258 = load i64, ptr %20, align 8
  %259 = xor i64 %258, %257
  store i64 %259, ptr %20, align 8
  br label %260

260:                                              ; preds = %250
  %261 = load i32, ptr %21, align 4
  %262 = add nsw i32 %261, 1
  store i32 %262, ptr %21, align 4
  br label %247, !llvm.loop !11

263:                                              ; preds = %247
  %264 = load i64, ptr %20, align 8
  %265 = load i64, ptr getelementptr inbounds ([256 x i64], ptr @la, i64 0, i64 3), align 8
  %266 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %264, i64 noundef %265)
  %267 = getelementptr inbounds [256 x i32], ptr %22, i64 0, i64 0
  call void @shifts(ptr noundef %267, ptr noundef @ia, ptr noundef @ib, i32 noundef 256)
  store i32 0, ptr %23, align 4
  store i32 0, ptr %24, align 4
  br label %268

268:                                              ; preds = %279, %263
  %269 = load i32, ptr %24, align 4
  %270 = icmp slt i32 %269, 256
  br i1 %270, label %271, label %282

271:                                              ; preds = %268
  %272 = load i32, ptr %23, align 4
  %273 = mul i32 %272, 5
  %274 = load i32, ptr %24, align 4
  %275 = sext i32 %274 to i64
  %276 = getelementptr inbounds [256 x i32], ptr %22, i64 0, i64 %275
  %277 = load i32, ptr %276, align 4
  %278 = add i32 %273, %277
  store i32 %278, ptr %23, align 4
  br label %279

279:                                              ; preds = %271
  %280 = load i32, ptr %24, align 4
  %281 = add nsw i32 %280, 1
  store i32 %281, ptr %24, align 4
  br label %268, !llvm.loop !12

282:                                              ; preds = %268
  %283 = load i32, ptr %23, align 4
  %284 = call i32 @popcounts(ptr noundef @ia, i32 noundef 256)
  %285 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %283, i32 noundef %284)
  call void @select_store(ptr noundef @fc, ptr noundef @fa, ptr noundef @fb, i32 noundef 256)
  store i64 0, ptr %25, align 8
  store i32 0, ptr %26, align 4
  br label %286

286:                                              ; preds = %298, %282
  %287 = load i32, ptr %26, align 4
  %288 = icmp slt i32 %287, 256
  br i1 %288, label %289, label %301

289:                                              ; preds = %286
  %290 = load i32, ptr %26, align 4
  %291 = sext i32 %290 to i64
  %292 = getelementptr inbounds [256 x float], ptr @fc, i64 0, i64 %291
  %293 = load float, ptr %292, align 4
  %294 = fmul float %293, 1.000000e+03
  %295 = fptosi float %294 to i64
  %296 = load i64, ptr %25, align 8
  %297 = add nsw i64 %296, %295
  store i64 %297, ptr %25, align 8
  br label %298

298:                                              ; preds = %289
  %299 = load i32, ptr %26, align 4
  %300 = add nsw i32 %299, 1
  store i32 %300, ptr %26, align 4
  br label %286, !llvm.loop !13

301:                                              ; preds = %286
  %302 = load i64, ptr %25, align 8
  %303 = load float, ptr getelementptr inbounds ([256 x float], ptr @fc, i64 0, i64 10), align 4
  %304 = fpext float %303 to double
  %305 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %302, double noundef %304)
  %306 = call double @hypot_sum(ptr noundef @da, ptr noundef @db, i32 noundef 256)
  %307 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %306)
  store i32 0, ptr %31, align 4
  br label %308

308:                                              ; preds = %329, %301
  %309 = load i32, ptr %31, align 4
  %310 = icmp slt i32 %309, 8
  br i1 %310, label %311, label %332

311:                                              ; preds = %308
  %312 = load i32, ptr %31, align 4
  %313 = add nsw i32 %312, 1
  %314 = sitofp i32 %313 to double
  %315 = fmul double 1.000000e-01, %314
  %316 = load i32, ptr %31, align 4
  %317 = sext i32 %316 to i64
  %318 = getelementptr inbounds [8 x double], ptr %27, i64 0, i64 %317
  store double %315, ptr %318, align 8
  %319 = load i32, ptr %31, align 4
  %320 = sext i32 %319 to i64
  %321 = getelementptr inbounds [8 x double], ptr %28, i64 0, i64 %320
  store double 1.000000e+01, ptr %321, align 8
  %322 = load i32, ptr %31, align 4
  %323 = add nsw i32 %322, 1
  %324 = sitofp i32 %323 to double
  %325 = fneg double %324
  %326 = load i32, ptr %31, align 4
  %327 = sext i32 %326 to i64
  %328 = getelementptr inbounds [8 x double], ptr %29, i64 0, i64 %327
  store double %325, ptr %328, align 8
  br label %329

329:                                              ; preds = %311
  %330 = load i32, ptr %31, align 4
  %331 = add nsw i32 %330, 1
  store i32 %331, ptr %31, align 4
  br label %308, !llvm.loop !14

332:                                              ; preds = %308
  %333 = getelementptr inbounds [8 x double], ptr %30, i64 0, i64 0
  %334 = getelementptr inbounds [8 x double], ptr %27, i64 0, i64 0
  %335 = getelementptr inbounds [8 x double], ptr %28, i64 0, i64 0
  %336 = getelementptr inbounds [8 x double], ptr %29, i64 0, i64 0
  call void @fused(ptr noundef %333, ptr noundef %334, ptr noundef %335, ptr noundef %336, i32 noundef 8)
  %337 = getelementptr inbounds [8 x double], ptr %30, i64 0, i64 0
  %338 = load double, ptr %337, align 8
  %339 = getelementptr inbounds [8 x double], ptr %30, i64 0, i64 2
  %340 = load double, ptr %339, align 8
  %341 = getelementptr inbounds [8 x double], ptr %30, i64 0, i64 7
  %342 = load double, ptr %341, align 8
  %343 = call float @llvm.fma.f32(float 0x3FB99999A0000000, float 1.000000e+01, float -1.000000e+00)
  %344 = fpext float %343 to double
  %345 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %338, double noundef %340, double noundef %342, double noundef %344)
  store <4 x float> <float 1.500000e+00, float -2.000000e+00, float 3.250000e+00, float 8.000000e+00>, ptr %32, align 16
  store <4 x float> <float 5.000000e-01, float 4.000000e+00, float -1.000000e+00, float 2.000000e+00>, ptr %33, align 16
  %346 = load <4 x float>, ptr %32, align 16
  %347 = load <4 x float>, ptr %33, align 16
  %348 = load <4 x float>, ptr %32, align 16
  %349 = load <4 x float>, ptr %33, align 16
  %350 = fdiv <4 x float> %348, %349
  %351 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %346, <4 x float> %347, <4 x float> %350)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %35, align 16
  %352 = load <4 x float>, ptr %35, align 16
  %353 = fsub <4 x float> %351, %352
  store <4 x float> %353, ptr %34, align 16
  %354 = load <4 x float>, ptr %32, align 16
  %355 = load <4 x float>, ptr %33, align 16
  %356 = fcmp ogt <4 x float> %354, %355
  %357 = sext <4 x i1> %356 to <4 x i32>
  store <4 x i32> %357, ptr %36, align 16
  %358 = load <4 x float>, ptr %32, align 16
  %359 = bitcast <4 x float> %358 to <4 x i32>
  %360 = load <4 x i32>, ptr %36, align 16
  %361 = and <4 x i32> %359, %360
  %362 = load <4 x float>, ptr %33, align 16
  %363 = bitcast <4 x float> %362 to <4 x i32>
  %364 = load <4 x i32>, ptr %36, align 16
  %365 = xor <4 x i32> %364, <i32 -1, i32 -1, i32 -1, i32 -1>
  %366 = and <4 x i32> %363, %365
  %367 = or <4 x i32> %361, %366
  %368 = bitcast <4 x i32> %367 to <4 x float>
  store <4 x float> %368, ptr %37, align 16
  %369 = load <4 x float>, ptr %34, align 16
  %370 = extractelement <4 x float> %369, i32 0
  %371 = fpext float %370 to double
  %372 = load <4 x float>, ptr %34, align 16
  %373 = extractelement <4 x float> %372, i32 1
  %374 = fpext float %373 to double
  %375 = load <4 x float>, ptr %34, align 16
  %376 = extractelement <4 x float> %375, i32 2
  %377 = fpext float %376 to double
  %378 = load <4 x float>, ptr %34, align 16
  %379 = extractelement <4 x float> %378, i32 3
  %380 = fpext float %379 to double
  %381 = load <4 x float>, ptr %37, align 16
  %382 = extractelement <4 x float> %381, i32 1
  %383 = fpext float %382 to double
  %384 = load <4 x float>, ptr %37, align 16
  %385 = extractelement <4 x float> %384, i32 2
  %386 = fpext float %385 to double
  %387 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %371, double noundef %374, double noundef %377, double noundef %380, double noundef %383, double noundef %386)
  store <2 x double> <double 2.000000e+00, double -3.000000e+00>, ptr %38, align 16
  %388 = load <2 x double>, ptr %38, align 16
  %389 = load <2 x double>, ptr %38, align 16
  store <2 x double> <double 1.000000e+00, double 5.000000e-01>, ptr %39, align 16
  %390 = load <2 x double>, ptr %39, align 16
  %391 = fneg <2 x double> %390
  %392 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %388, <2 x double> %389, <2 x double> %391)
  store <2 x double> %392, ptr %38, align 16
  %393 = load <2 x double>, ptr %38, align 16
  %394 = extractelement <2 x double> %393, i32 0
  %395 = load <2 x double>, ptr %38, align 16
  %396 = extractelement <2 x double> %395, i32 1
  %397 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %394, double noundef %396)
  store <8 x i32> <i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8>, ptr %40, align 16
  %398 = load <8 x i32>, ptr %40, align 16
  %399 = load <8 x i32>, ptr %40, align 16
  %400 = mul <8 x i32> %398, %399
  %401 = load <8 x i32>, ptr %40, align 16
  %402 = shl <8 x i32> %401, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %403 = sub <8 x i32> %400, %402
  %404 = load <8 x i32>, ptr %40, align 16
  %405 = icmp sgt <8 x i32> %404, <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %406 = sext <8 x i1> %405 to <8 x i32>
  %407 = add <8 x i32> %403, %406
  store <8 x i32> %407, ptr %41, align 16
  store i32 0, ptr %42, align 4
  store i32 0, ptr %43, align 4
  br label %408

408:                                              ; preds = %418, %332
  %409 = load i32, ptr %43, align 4
  %410 = icmp slt i32 %409, 8
  br i1 %410, label %411, label %421

411:                                              ; preds = %408
  %412 = load i32, ptr %42, align 4
  %413 = mul nsw i32 %412, 3
  %414 = load <8 x i32>, ptr %41, align 16
  %415 = load i32, ptr %43, align 4
  %416 = extractelement <8 x i32> %414, i32 %415
  %417 = add nsw i32 %413, %416
  store i32 %417, ptr %42, align 4
  br label %418

418:                                              ; preds = %411
  %419 = load i32, ptr %43, align 4
  %420 = add nsw i32 %419, 1
  store i32 %420, ptr %43, align 4
  br label %408, !llvm.loop !15

421:                                              ; preds = %408
  %422 = load i32, ptr %42, align 4
  %423 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %422)
  store <4 x float> <float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00>, ptr %44, align 16
  %424 = load <4 x float>, ptr %44, align 16
  %425 = load <4 x float>, ptr %44, align 16
  %426 = load <4 x float>, ptr %44, align 16
  %427 = shufflevector <4 x float> %425, <4 x float> %426, <4 x i32> <i32 2, i32 1, i32 0, i32 3>
  %428 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %424, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <4 x float> %427)
  store <4 x float> %428, ptr %44, align 16
  %429 = load <4 x float>, ptr %44, align 16
  %430 = extractelement <4 x float> %429, i32 0
  %431 = fpext float %430 to double
  %432 = load <4 x float>, ptr %44, align 16
  %433 = extractelement <4 x float> %432, i32 1
  %434 = fpext float %433 to double
  %435 = load <4 x float>, ptr %44, align 16
  %436 = extractelement <4 x float> %435, i32 2
  %437 = fpext float %436 to double
  %438 = load <4 x float>, ptr %44, align 16
  %439 = extractelement <4 x float> %438, i32 3
  %440 = fpext float %439 to double
  %441 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, double noundef %431, double noundef %434, double noundef %437, double noundef %440)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal float @dot(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store float 0.000000e+00, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %29

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds float, ptr %14, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds float, ptr %19, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = load float, ptr %7, align 4
  %25 = call float @llvm.fmuladd.f32(float %18, float %23, float %24)
  store float %25, ptr %7, align 4
  br label %26

26:                                               ; preds = %13
  %27 = load i32, ptr %8, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %8, align 4
  br label %9, !llvm.loop !16

29:                                               ; preds = %9
  %30 = load float, ptr %7, align 4
  ret float %30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @axpy(ptr noundef %0, ptr noundef %1, float noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store float %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %31, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %34

14:                                               ; preds = %10
  %15 = load float, ptr %7, align 4
  %16 = load ptr, ptr %6, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds float, ptr %16, i64 %18
  %20 = load float, ptr %19, align 4
  %21 = load ptr, ptr %5, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds float, ptr %21, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = call float @llvm.fmuladd.f32(float %15, float %20, float %25)
  %27 = load ptr, ptr %5, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds float, ptr %27, i64 %29
  store float %26, ptr %30, align 4
  br label %31

31:                                               ; preds = %14
  %32 = load i32, ptr %9, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %9, align 4
  br label %10, !llvm.loop !17

34:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @scale_div(ptr noundef %0, ptr noundef %1, double noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store double %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %33, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %36

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds double, ptr %15, i64 %17
  %19 = load double, ptr %18, align 8
  %20 = load double, ptr %7, align 8
  %21 = fdiv double %19, %20
  %22 = load ptr, ptr %6, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = call double @llvm.fabs.f64(double %26)
  %28 = fadd double %21, %27
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %9, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  store double %28, ptr %32, align 8
  br label %33

33:                                               ; preds = %14
  %34 = load i32, ptr %9, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %9, align 4
  br label %10, !llvm.loop !18

36:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @imax(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds i32, ptr %7, i64 0
  %9 = load i32, ptr %8, align 4
  store i32 %9, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %32, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load i32, ptr %5, align 4
  %21 = icmp sgt i32 %19, %20
  br i1 %21, label %22, label %28

22:                                               ; preds = %14
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4
  br label %30

28:                                               ; preds = %14
  %29 = load i32, ptr %5, align 4
  br label %30

30:                                               ; preds = %28, %22
  %31 = phi i32 [ %27, %22 ], [ %29, %28 ]
  store i32 %31, ptr %5, align 4
  br label %32

32:                                               ; preds = %30
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %10, !llvm.loop !19

35:                                               ; preds = %10
  %36 = load i32, ptr %5, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @imin(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds i32, ptr %7, i64 0
  %9 = load i32, ptr %8, align 4
  store i32 %9, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %32, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load ptr, ptr %3, align 8
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load i32, ptr %5, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %28

22:                                               ; preds = %14
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4
  br label %30

28:                                               ; preds = %14
  %29 = load i32, ptr %5, align 4
  br label %30

30:                                               ; preds = %28, %22
  %31 = phi i32 [ %27, %22 ], [ %29, %28 ]
  store i32 %31, ptr %5, align 4
  br label %32

32:                                               ; preds = %30
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %10, !llvm.loop !20

35:                                               ; preds = %10
  %36 = load i32, ptr %5, align 4
  ret i32 %36
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @abs_sum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = call i32 @llvm.abs.i32(i32 %16, i1 true)
  %18 = sext i32 %17 to i64
  %19 = load i64, ptr %5, align 8
  %20 = add nsw i64 %19, %18
  store i64 %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !21

24:                                               ; preds = %7
  %25 = load i64, ptr %5, align 8
  ret i64 %25
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @umax_of(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %29, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %32

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = icmp ugt i32 %16, %17
  br i1 %18, label %19, label %25

19:                                               ; preds = %11
  %20 = load ptr, ptr %3, align 8
  %21 = load i32, ptr %6, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  %24 = load i32, ptr %23, align 4
  br label %27

25:                                               ; preds = %11
  %26 = load i32, ptr %5, align 4
  br label %27

27:                                               ; preds = %25, %19
  %28 = phi i32 [ %24, %19 ], [ %26, %25 ]
  store i32 %28, ptr %5, align 4
  br label %29

29:                                               ; preds = %27
  %30 = load i32, ptr %6, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %6, align 4
  br label %7, !llvm.loop !22

32:                                               ; preds = %7
  %33 = load i32, ptr %5, align 4
  ret i32 %33
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @fmax_of(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds float, ptr %7, i64 0
  %9 = load float, ptr %8, align 4
  store float %9, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %22, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %25

14:                                               ; preds = %10
  %15 = load float, ptr %5, align 4
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds float, ptr %16, i64 %18
  %20 = load float, ptr %19, align 4
  %21 = call float @llvm.maxnum.f32(float %15, float %20)
  store float %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %10, !llvm.loop !23

25:                                               ; preds = %10
  %26 = load float, ptr %5, align 4
  ret float %26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @centroid(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store float 0.000000e+00, ptr %7, align 4
  store float 0.000000e+00, ptr %8, align 4
  store float 0.000000e+00, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %11

11:                                               ; preds = %40, %3
  %12 = load i32, ptr %10, align 4
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %43

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8
  %17 = load i32, ptr %10, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds %struct.point, ptr %16, i64 %18
  %20 = getelementptr inbounds %struct.point, ptr %19, i32 0, i32 0
  %21 = load float, ptr %20, align 4
  %22 = load float, ptr %7, align 4
  %23 = fadd float %22, %21
  store float %23, ptr %7, align 4
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %10, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds %struct.point, ptr %24, i64 %26
  %28 = getelementptr inbounds %struct.point, ptr %27, i32 0, i32 1
  %29 = load float, ptr %28, align 4
  %30 = load float, ptr %8, align 4
  %31 = fadd float %30, %29
  store float %31, ptr %8, align 4
  %32 = load ptr, ptr %4, align 8
  %33 = load i32, ptr %10, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.point, ptr %32, i64 %34
  %36 = getelementptr inbounds %struct.point, ptr %35, i32 0, i32 2
  %37 = load float, ptr %36, align 4
  %38 = load float, ptr %9, align 4
  %39 = fadd float %38, %37
  store float %39, ptr %9, align 4
  br label %40

40:                                               ; preds = %15
  %41 = load i32, ptr %10, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %10, align 4
  br label %11, !llvm.loop !24

43:                                               ; preds = %11
  %44 = load float, ptr %7, align 4
  %45 = load ptr, ptr %6, align 8
  %46 = getelementptr inbounds float, ptr %45, i64 0
  store float %44, ptr %46, align 4
  %47 = load float, ptr %8, align 4
  %48 = load ptr, ptr %6, align 8
  %49 = getelementptr inbounds float, ptr %48, i64 1
  store float %47, ptr %49, align 4
  %50 = load float, ptr %9, align 4
  %51 = load ptr, ptr %6, align 8
  %52 = getelementptr inbounds float, ptr %51, i64 2
  store float %50, ptr %52, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @swap_xy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %43, %2
  %8 = load i32, ptr %5, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %46

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %5, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds %struct.point, ptr %12, i64 %14
  %16 = getelementptr inbounds %struct.point, ptr %15, i32 0, i32 0
  %17 = load float, ptr %16, align 4
  store float %17, ptr %6, align 4
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %5, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.point, ptr %18, i64 %20
  %22 = getelementptr inbounds %struct.point, ptr %21, i32 0, i32 1
  %23 = load float, ptr %22, align 4
  %24 = fmul float %23, 2.000000e+00
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %5, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.point, ptr %25, i64 %27
  %29 = getelementptr inbounds %struct.point, ptr %28, i32 0, i32 0
  store float %24, ptr %29, align 4
  %30 = load float, ptr %6, align 4
  %31 = load ptr, ptr %3, align 8
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds %struct.point, ptr %31, i64 %33
  %35 = getelementptr inbounds %struct.point, ptr %34, i32 0, i32 2
  %36 = load float, ptr %35, align 4
  %37 = fsub float %30, %36
  %38 = load ptr, ptr %3, align 8
  %39 = load i32, ptr %5, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds %struct.point, ptr %38, i64 %40
  %42 = getelementptr inbounds %struct.point, ptr %41, i32 0, i32 1
  store float %37, ptr %42, align 4
  br label %43

43:                                               ; preds = %11
  %44 = load i32, ptr %5, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %5, align 4
  br label %7, !llvm.loop !25

46:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @cmul(ptr noundef %0, ptr noundef %1, [2 x double] alignstack(8) %2, i32 noundef %3) #0 {
  %5 = alloca %struct.cplx, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  store [2 x double] %2, ptr %5, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %12

12:                                               ; preds = %66, %4
  %13 = load i32, ptr %9, align 4
  %14 = load i32, ptr %8, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %69

16:                                               ; preds = %12
  %17 = load ptr, ptr %7, align 8
  %18 = load i32, ptr %9, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.cplx, ptr %17, i64 %19
  %21 = getelementptr inbounds %struct.cplx, ptr %20, i32 0, i32 0
  %22 = load double, ptr %21, align 8
  %23 = getelementptr inbounds %struct.cplx, ptr %5, i32 0, i32 0
  %24 = load double, ptr %23, align 8
  %25 = load ptr, ptr %7, align 8
  %26 = load i32, ptr %9, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.cplx, ptr %25, i64 %27
  %29 = getelementptr inbounds %struct.cplx, ptr %28, i32 0, i32 1
  %30 = load double, ptr %29, align 8
  %31 = getelementptr inbounds %struct.cplx, ptr %5, i32 0, i32 1
  %32 = load double, ptr %31, align 8
  %33 = fmul double %30, %32
  %34 = fneg double %33
  %35 = call double @llvm.fmuladd.f64(double %22, double %24, double %34)
  store double %35, ptr %10, align 8
  %36 = load ptr, ptr %7, align 8
  %37 = load i32, ptr %9, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.cplx, ptr %36, i64 %38
  %40 = getelementptr inbounds %struct.cplx, ptr %39, i32 0, i32 0
  %41 = load double, ptr %40, align 8
  %42 = getelementptr inbounds %struct.cplx, ptr %5, i32 0, i32 1
  %43 = load double, ptr %42, align 8
  %44 = load ptr, ptr %7, align 8
  %45 = load i32, ptr %9, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds %struct.cplx, ptr %44, i64 %46
  %48 = getelementptr inbounds %struct.cplx, ptr %47, i32 0, i32 1
  %49 = load double, ptr %48, align 8
  %50 = getelementptr inbounds %struct.cplx, ptr %5, i32 0, i32 0
  %51 = load double, ptr %50, align 8
  %52 = fmul double %49, %51
  %53 = call double @llvm.fmuladd.f64(double %41, double %43, double %52)
  store double %53, ptr %11, align 8
  %54 = load double, ptr %10, align 8
  %55 = load ptr, ptr %6, align 8
  %56 = load i32, ptr %9, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds %struct.cplx, ptr %55, i64 %57
  %59 = getelementptr inbounds %struct.cplx, ptr %58, i32 0, i32 0
  store double %54, ptr %59, align 8
  %60 = load double, ptr %11, align 8
  %61 = load ptr, ptr %6, align 8
  %62 = load i32, ptr %9, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds %struct.cplx, ptr %61, i64 %63
  %65 = getelementptr inbounds %struct.cplx, ptr %64, i32 0, i32 1
  store double %60, ptr %65, align 8
  br label %66

66:                                               ; preds = %16
  %67 = load i32, ptr %9, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4
  br label %12, !llvm.loop !26

69:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @int_to_float(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %32, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = sitofp i32 %19 to float
  %21 = load ptr, ptr %7, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i16, ptr %21, i64 %23
  %25 = load i16, ptr %24, align 2
  %26 = sitofp i16 %25 to float
  %27 = call float @llvm.fmuladd.f32(float %20, float 5.000000e-01, float %26)
  %28 = load ptr, ptr %5, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds float, ptr %28, i64 %30
  store float %27, ptr %31, align 4
  br label %32

32:                                               ; preds = %14
  %33 = load i32, ptr %9, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %9, align 4
  br label %10, !llvm.loop !27

35:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @float_to_int(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %31, %3
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %34

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8
  %14 = load i32, ptr %7, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds float, ptr %13, i64 %15
  %17 = load float, ptr %16, align 4
  %18 = fptosi float %17 to i32
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %7, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds float, ptr %19, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = fcmp olt float %23, 0.000000e+00
  %25 = zext i1 %24 to i32
  %26 = sub nsw i32 %18, %25
  %27 = load ptr, ptr %4, align 8
  %28 = load i32, ptr %7, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  store i32 %26, ptr %30, align 4
  br label %31

31:                                               ; preds = %12
  %32 = load i32, ptr %7, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %7, align 4
  br label %8, !llvm.loop !28

34:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @widen_mul(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %49, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %52

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = sext i32 %19 to i64
  %21 = load ptr, ptr %7, align 8
  %22 = load i32, ptr %9, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %21, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = sext i32 %25 to i64
  %27 = mul nsw i64 %20, %26
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = ashr i32 %32, 3
  %34 = sdiv i32 %33, 7
  %35 = sext i32 %34 to i64
  %36 = add nsw i64 %27, %35
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %9, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = srem i32 %41, 5
  %43 = sext i32 %42 to i64
  %44 = sub nsw i64 %36, %43
  %45 = load ptr, ptr %5, align 8
  %46 = load i32, ptr %9, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i64, ptr %45, i64 %47
  store i64 %44, ptr %48, align 8
  br label %49

49:                                               ; preds = %14
  %50 = load i32, ptr %9, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4
  br label %10, !llvm.loop !29

52:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @shifts(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %51, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %54

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i32, ptr %15, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load ptr, ptr %7, align 8
  %21 = load i32, ptr %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = and i32 %24, 7
  %26 = shl i32 %19, %25
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = load ptr, ptr %7, align 8
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %32, i64 %34
  %36 = load i32, ptr %35, align 4
  %37 = and i32 %36, 15
  %38 = lshr i32 %31, %37
  %39 = xor i32 %26, %38
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i32, ptr %40, i64 %42
  %44 = load i32, ptr %43, align 4
  %45 = ashr i32 %44, 2
  %46 = xor i32 %39, %45
  %47 = load ptr, ptr %5, align 8
  %48 = load i32, ptr %9, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %47, i64 %49
  store i32 %46, ptr %50, align 4
  br label %51

51:                                               ; preds = %14
  %52 = load i32, ptr %9, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %9, align 4
  br label %10, !llvm.loop !30

54:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @popcounts(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %12, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = call i32 @llvm.ctpop.i32(i32 %16)
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %5, align 4
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !31

23:                                               ; preds = %7
  %24 = load i32, ptr %5, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @select_store(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %72, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %8, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %75

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds float, ptr %15, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = load ptr, ptr %7, align 8
  %21 = load i32, ptr %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds float, ptr %20, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fcmp ogt float %19, %24
  br i1 %25, label %26, label %38

26:                                               ; preds = %14
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %9, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds float, ptr %27, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = load ptr, ptr %7, align 8
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds float, ptr %32, i64 %34
  %36 = load float, ptr %35, align 4
  %37 = fsub float %31, %36
  br label %66

38:                                               ; preds = %14
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %9, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds float, ptr %39, i64 %41
  %43 = load float, ptr %42, align 4
  %44 = load ptr, ptr %7, align 8
  %45 = load i32, ptr %9, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds float, ptr %44, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = fcmp oeq float %43, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %38
  br label %64

51:                                               ; preds = %38
  %52 = load ptr, ptr %7, align 8
  %53 = load i32, ptr %9, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds float, ptr %52, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = load ptr, ptr %6, align 8
  %58 = load i32, ptr %9, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds float, ptr %57, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = fsub float %56, %61
  %63 = call float @sqrtf(float noundef %62) #5
  br label %64

64:                                               ; preds = %51, %50
  %65 = phi float [ 1.000000e+00, %50 ], [ %63, %51 ]
  br label %66

66:                                               ; preds = %64, %26
  %67 = phi float [ %37, %26 ], [ %65, %64 ]
  %68 = load ptr, ptr %5, align 8
  %69 = load i32, ptr %9, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds float, ptr %68, i64 %70
  store float %67, ptr %71, align 4
  br label %72

72:                                               ; preds = %66
  %73 = load i32, ptr %9, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %9, align 4
  br label %10, !llvm.loop !32

75:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @hypot_sum(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %38, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %41

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds double, ptr %14, i64 %16
  %18 = load double, ptr %17, align 8
  %19 = load ptr, ptr %4, align 8
  %20 = load i32, ptr %8, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds double, ptr %19, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load ptr, ptr %5, align 8
  %25 = load i32, ptr %8, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds double, ptr %24, i64 %26
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds double, ptr %29, i64 %31
  %33 = load double, ptr %32, align 8
  %34 = fmul double %28, %33
  %35 = call double @llvm.fmuladd.f64(double %18, double %23, double %34)
  %36 = load double, ptr %7, align 8
  %37 = fadd double %36, %35
  store double %37, ptr %7, align 8
  br label %38

38:                                               ; preds = %13
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4
  br label %9, !llvm.loop !33

41:                                               ; preds = %9
  %42 = load double, ptr %7, align 8
  ret double %42
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fused(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %12

12:                                               ; preds = %37, %5
  %13 = load i32, ptr %11, align 4
  %14 = load i32, ptr %10, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %40

16:                                               ; preds = %12
  %17 = load ptr, ptr %7, align 8
  %18 = load i32, ptr %11, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds double, ptr %17, i64 %19
  %21 = load double, ptr %20, align 8
  %22 = load ptr, ptr %8, align 8
  %23 = load i32, ptr %11, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %22, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load ptr, ptr %9, align 8
  %28 = load i32, ptr %11, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = call double @llvm.fma.f64(double %21, double %26, double %31)
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %11, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %33, i64 %35
  store double %32, ptr %36, align 8
  br label %37

37:                                               ; preds = %16
  %38 = load i32, ptr %11, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %11, align 4
  br label %12, !llvm.loop !34

40:                                               ; preds = %12
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #3

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
