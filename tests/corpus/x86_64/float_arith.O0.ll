; ModuleID = 'float_arith.c'
source_filename = "float_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [3 x i8] c"lt\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"gt\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"eq\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"unordered\00", align 1
@.str.4 = private unnamed_addr constant [32 x i8] c"float ops: %.6f %.6f %.6f %.6f\0A\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"fma-like (exact): %.6f\0A\00", align 1
@.str.6 = private unnamed_addr constant [31 x i8] c"double ops: %.17g %.17g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"neg: %g %g\0A\00", align 1
@.str.8 = private unnamed_addr constant [28 x i8] c"fpext: %.17g\0Afptrunc: %.9g\0A\00", align 1
@.str.9 = private unnamed_addr constant [20 x i8] c"bits: %08x %016llx\0A\00", align 1
@.str.10 = private unnamed_addr constant [39 x i8] c"signed zero: %g %g eq=%d bits=%016llx\0A\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"inf: %f %f %d %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [36 x i8] c"nan: self-eq=%d ne=%d cmp=%s %s %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"nan lt/ge: %d %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [21 x i8] c"alt harmonic: %.15f\0A\00", align 1
@.str.15 = private unnamed_addr constant [29 x i8] c"float accum: %.4f bits=%08x\0A\00", align 1
@.str.16 = private unnamed_addr constant [21 x i8] c"double accum: %.12f\0A\00", align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"denormal: %g %08x\0A\00", align 1
@.str.18 = private unnamed_addr constant [14 x i8] c"overflow: %g\0A\00", align 1
@.str.19 = private unnamed_addr constant [13 x i8] c"mixed: %.6f\0A\00", align 1
@__const.main.fa = private unnamed_addr constant [4 x float] [float 3.500000e+00, float -1.250000e+00, float 8.000000e+00, float 5.000000e-01], align 16
@.str.20 = private unnamed_addr constant [16 x i8] c"min/max: %g %g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fmadd_like(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store float %2, ptr %6, align 4
  %7 = load float, ptr %4, align 4
  %8 = load float, ptr %5, align 4
  %9 = load float, ptr %6, align 4
  %10 = call float @llvm.fmuladd.f32(float %7, float %8, float %9)
  ret float %10
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @dsum(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds double, ptr %12, i64 %14
  %16 = load double, ptr %15, align 8
  %17 = load double, ptr %5, align 8
  %18 = fadd double %17, %16
  store double %18, ptr %5, align 8
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !6

22:                                               ; preds = %7
  %23 = load double, ptr %5, align 8
  ret double %23
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @fbits(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  store float %0, ptr %2, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %2, i64 4, i1 false)
  %4 = load i32, ptr %3, align 4
  ret i32 %4
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @dbits(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca i64, align 8
  store double %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %2, i64 8, i1 false)
  %4 = load i64, ptr %3, align 8
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @cmpstr(double noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store double %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  %6 = load double, ptr %4, align 8
  %7 = load double, ptr %5, align 8
  %8 = fcmp olt double %6, %7
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  store ptr @.str, ptr %3, align 8
  br label %21

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8
  %12 = load double, ptr %5, align 8
  %13 = fcmp ogt double %11, %12
  br i1 %13, label %14, label %15

14:                                               ; preds = %10
  store ptr @.str.1, ptr %3, align 8
  br label %21

15:                                               ; preds = %10
  %16 = load double, ptr %4, align 8
  %17 = load double, ptr %5, align 8
  %18 = fcmp oeq double %16, %17
  br i1 %18, label %19, label %20

19:                                               ; preds = %15
  store ptr @.str.2, ptr %3, align 8
  br label %21

20:                                               ; preds = %15
  store ptr @.str.3, ptr %3, align 8
  br label %21

21:                                               ; preds = %20, %19, %14, %9
  %22 = load ptr, ptr %3, align 8
  ret ptr %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca float, align 4
  %8 = alloca double, align 8
  %9 = alloca float, align 4
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca [16 x double], align 16
  %17 = alloca i32, align 4
  %18 = alloca float, align 4
  %19 = alloca i32, align 4
  %20 = alloca double, align 8
  %21 = alloca i32, align 4
  %22 = alloca float, align 4
  %23 = alloca double, align 8
  %24 = alloca [4 x float], align 16
  %25 = alloca float, align 4
  %26 = alloca float, align 4
  %27 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store float 1.500000e+00, ptr %2, align 4
  store float -2.250000e+00, ptr %3, align 4
  store float 1.250000e-01, ptr %4, align 4
  %28 = load float, ptr %2, align 4
  %29 = load float, ptr %3, align 4
  %30 = fadd float %28, %29
  %31 = fpext float %30 to double
  %32 = load float, ptr %2, align 4
  %33 = load float, ptr %3, align 4
  %34 = fsub float %32, %33
  %35 = fpext float %34 to double
  %36 = load float, ptr %2, align 4
  %37 = load float, ptr %3, align 4
  %38 = fmul float %36, %37
  %39 = fpext float %38 to double
  %40 = load float, ptr %2, align 4
  %41 = load float, ptr %3, align 4
  %42 = fdiv float %40, %41
  %43 = fpext float %42 to double
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %31, double noundef %35, double noundef %39, double noundef %43)
  %45 = load float, ptr %2, align 4
  %46 = load float, ptr %3, align 4
  %47 = load float, ptr %4, align 4
  %48 = call float @fmadd_like(float noundef %45, float noundef %46, float noundef %47)
  %49 = fpext float %48 to double
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %49)
  store double 0x3FD5555555555555, ptr %5, align 8
  store double 0x3FE5555555555555, ptr %6, align 8
  %51 = load double, ptr %5, align 8
  %52 = load double, ptr %6, align 8
  %53 = fadd double %51, %52
  %54 = load double, ptr %6, align 8
  %55 = load double, ptr %5, align 8
  %56 = fsub double %54, %55
  %57 = load double, ptr %5, align 8
  %58 = load double, ptr %6, align 8
  %59 = fmul double %57, %58
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %53, double noundef %56, double noundef %59)
  %61 = load float, ptr %2, align 4
  %62 = fneg float %61
  %63 = fpext float %62 to double
  %64 = load double, ptr %5, align 8
  %65 = fneg double %64
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %63, double noundef %65)
  store float 0x3FD5555560000000, ptr %7, align 4
  %67 = load float, ptr %7, align 4
  %68 = fpext float %67 to double
  store double %68, ptr %8, align 8
  %69 = load double, ptr %5, align 8
  %70 = fptrunc double %69 to float
  store float %70, ptr %9, align 4
  %71 = load double, ptr %8, align 8
  %72 = load float, ptr %9, align 4
  %73 = fpext float %72 to double
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %71, double noundef %73)
  %75 = load float, ptr %7, align 4
  %76 = call i32 @fbits(float noundef %75)
  %77 = load double, ptr %5, align 8
  %78 = call i64 @dbits(double noundef %77)
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %76, i64 noundef %78)
  store double 0.000000e+00, ptr %10, align 8
  store double -0.000000e+00, ptr %11, align 8
  %80 = load double, ptr %10, align 8
  %81 = load double, ptr %11, align 8
  %82 = load double, ptr %10, align 8
  %83 = load double, ptr %11, align 8
  %84 = fcmp oeq double %82, %83
  %85 = zext i1 %84 to i32
  %86 = load double, ptr %11, align 8
  %87 = call i64 @dbits(double noundef %86)
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %80, double noundef %81, i32 noundef %85, i64 noundef %87)
  store volatile double 0.000000e+00, ptr %12, align 8
  %89 = load volatile double, ptr %12, align 8
  %90 = fdiv double 1.000000e+00, %89
  store double %90, ptr %13, align 8
  %91 = load volatile double, ptr %12, align 8
  %92 = fdiv double -1.000000e+00, %91
  store double %92, ptr %14, align 8
  %93 = load volatile double, ptr %12, align 8
  %94 = load volatile double, ptr %12, align 8
  %95 = fdiv double %93, %94
  store double %95, ptr %15, align 8
  %96 = load double, ptr %13, align 8
  %97 = load double, ptr %14, align 8
  %98 = load double, ptr %13, align 8
  %99 = fcmp ogt double %98, 1.000000e+308
  %100 = zext i1 %99 to i32
  %101 = load double, ptr %14, align 8
  %102 = fcmp olt double %101, -1.000000e+308
  %103 = zext i1 %102 to i32
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, double noundef %96, double noundef %97, i32 noundef %100, i32 noundef %103)
  %105 = load double, ptr %15, align 8
  %106 = load double, ptr %15, align 8
  %107 = fcmp oeq double %105, %106
  %108 = zext i1 %107 to i32
  %109 = load double, ptr %15, align 8
  %110 = load double, ptr %15, align 8
  %111 = fcmp une double %109, %110
  %112 = zext i1 %111 to i32
  %113 = load double, ptr %15, align 8
  %114 = call ptr @cmpstr(double noundef %113, double noundef 1.000000e+00)
  %115 = call ptr @cmpstr(double noundef 1.000000e+00, double noundef 2.000000e+00)
  %116 = call ptr @cmpstr(double noundef 3.000000e+00, double noundef 3.000000e+00)
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %108, i32 noundef %112, ptr noundef %114, ptr noundef %115, ptr noundef %116)
  %118 = load double, ptr %15, align 8
  %119 = fcmp olt double %118, 1.000000e+00
  %120 = zext i1 %119 to i32
  %121 = load double, ptr %15, align 8
  %122 = fcmp oge double %121, 1.000000e+00
  %123 = xor i1 %122, true
  %124 = zext i1 %123 to i32
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %120, i32 noundef %124)
  store i32 0, ptr %17, align 4
  br label %126

126:                                              ; preds = %142, %0
  %127 = load i32, ptr %17, align 4
  %128 = icmp slt i32 %127, 16
  br i1 %128, label %129, label %145

129:                                              ; preds = %126
  %130 = load i32, ptr %17, align 4
  %131 = srem i32 %130, 2
  %132 = icmp ne i32 %131, 0
  %133 = zext i1 %132 to i64
  %134 = select i1 %132, double -1.000000e+00, double 1.000000e+00
  %135 = load i32, ptr %17, align 4
  %136 = add nsw i32 %135, 1
  %137 = sitofp i32 %136 to double
  %138 = fdiv double %134, %137
  %139 = load i32, ptr %17, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 %140
  store double %138, ptr %141, align 8
  br label %142

142:                                              ; preds = %129
  %143 = load i32, ptr %17, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %17, align 4
  br label %126, !llvm.loop !8

145:                                              ; preds = %126
  %146 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 0
  %147 = call double @dsum(ptr noundef %146, i32 noundef 16)
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %147)
  store float 0.000000e+00, ptr %18, align 4
  store i32 0, ptr %19, align 4
  br label %149

149:                                              ; preds = %155, %145
  %150 = load i32, ptr %19, align 4
  %151 = icmp slt i32 %150, 1000
  br i1 %151, label %152, label %158

152:                                              ; preds = %149
  %153 = load float, ptr %18, align 4
  %154 = fadd float %153, 0x3FB99999A0000000
  store float %154, ptr %18, align 4
  br label %155

155:                                              ; preds = %152
  %156 = load i32, ptr %19, align 4
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %19, align 4
  br label %149, !llvm.loop !9

158:                                              ; preds = %149
  %159 = load float, ptr %18, align 4
  %160 = fpext float %159 to double
  %161 = load float, ptr %18, align 4
  %162 = call i32 @fbits(float noundef %161)
  %163 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %160, i32 noundef %162)
  store double 0.000000e+00, ptr %20, align 8
  store i32 0, ptr %21, align 4
  br label %164

164:                                              ; preds = %170, %158
  %165 = load i32, ptr %21, align 4
  %166 = icmp slt i32 %165, 1000
  br i1 %166, label %167, label %173

167:                                              ; preds = %164
  %168 = load double, ptr %20, align 8
  %169 = fadd double %168, 1.000000e-01
  store double %169, ptr %20, align 8
  br label %170

170:                                              ; preds = %167
  %171 = load i32, ptr %21, align 4
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %21, align 4
  br label %164, !llvm.loop !10

173:                                              ; preds = %164
  %174 = load double, ptr %20, align 8
  %175 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, double noundef %174)
  store float 0x380B38FB80000000, ptr %22, align 4
  %176 = load float, ptr %22, align 4
  %177 = fdiv float %176, 1.000000e+03
  store float %177, ptr %22, align 4
  %178 = load float, ptr %22, align 4
  %179 = fpext float %178 to double
  %180 = load float, ptr %22, align 4
  %181 = call i32 @fbits(float noundef %180)
  %182 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, double noundef %179, i32 noundef %181)
  store double 1.000000e+308, ptr %23, align 8
  %183 = load double, ptr %23, align 8
  %184 = fmul double %183, 1.000000e+01
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, double noundef %184)
  %186 = load float, ptr %2, align 4
  %187 = fpext float %186 to double
  %188 = load double, ptr %5, align 8
  %189 = load float, ptr %3, align 4
  %190 = fpext float %189 to double
  %191 = call double @llvm.fmuladd.f64(double %187, double %188, double %190)
  %192 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, double noundef %191)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %24, ptr align 16 @__const.main.fa, i64 16, i1 false)
  %193 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 0
  %194 = load float, ptr %193, align 16
  store float %194, ptr %25, align 4
  %195 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 0
  %196 = load float, ptr %195, align 16
  store float %196, ptr %26, align 4
  store i32 1, ptr %27, align 4
  br label %197

197:                                              ; preds = %231, %173
  %198 = load i32, ptr %27, align 4
  %199 = icmp slt i32 %198, 4
  br i1 %199, label %200, label %234

200:                                              ; preds = %197
  %201 = load i32, ptr %27, align 4
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 %202
  %204 = load float, ptr %203, align 4
  %205 = load float, ptr %25, align 4
  %206 = fcmp olt float %204, %205
  br i1 %206, label %207, label %212

207:                                              ; preds = %200
  %208 = load i32, ptr %27, align 4
  %209 = sext i32 %208 to i64
  %210 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 %209
  %211 = load float, ptr %210, align 4
  br label %214

212:                                              ; preds = %200
  %213 = load float, ptr %25, align 4
  br label %214

214:                                              ; preds = %212, %207
  %215 = phi float [ %211, %207 ], [ %213, %212 ]
  store float %215, ptr %25, align 4
  %216 = load i32, ptr %27, align 4
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 %217
  %219 = load float, ptr %218, align 4
  %220 = load float, ptr %26, align 4
  %221 = fcmp ogt float %219, %220
  br i1 %221, label %222, label %227

222:                                              ; preds = %214
  %223 = load i32, ptr %27, align 4
  %224 = sext i32 %223 to i64
  %225 = getelementptr inbounds [4 x float], ptr %24, i64 0, i64 %224
  %226 = load float, ptr %225, align 4
  br label %229

227:                                              ; preds = %214
  %228 = load float, ptr %26, align 4
  br label %229

229:                                              ; preds = %227, %222
  %230 = phi float [ %226, %222 ], [ %228, %227 ]
  store float %230, ptr %26, align 4
  br label %231

231:                                              ; preds = %229
  %232 = load i32, ptr %27, align 4
  %233 = add nsw i32 %232, 1
  store i32 %233, ptr %27, align 4
  br label %197, !llvm.loop !11

234:                                              ; preds = %197
  %235 = load float, ptr %25, align 4
  %236 = fpext float %235 to double
  %237 = load float, ptr %26, align 4
  %238 = fpext float %237 to double
  %239 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, double noundef %236, double noundef %238)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
