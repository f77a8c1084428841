; ModuleID = 'math_funcs.c'
source_filename = "math_funcs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@inputs = dso_local local_unnamed_addr global [9 x double] [double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 2.000000e+00, double 2.500000e+00, double -2.500000e+00, double 1.000000e+01, double 1.234560e+02, double -7.500000e-01], align 8
@two = dso_local local_unnamed_addr global double 2.000000e+00, align 8
@three = dso_local local_unnamed_addr global double 3.000000e+00, align 8
@half = dso_local local_unnamed_addr global double 5.000000e-01, align 8
@ten = dso_local local_unnamed_addr global double 1.000000e+01, align 8
@onehalf = dso_local local_unnamed_addr global float 1.500000e+00, align 4
@.str = private unnamed_addr constant [57 x i8] c"x=%g fabs=%g floor=%g ceil=%g trunc=%g round=%g rint=%g\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"sqrt(%d)=%.10f sqrtf=%.6f\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"pow: %g %g %g %.10f\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"powf: %g\0A\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"fmod: %g %g %g\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"copysign: %g %g\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"fmin/fmax: %g %g %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"exp/log: %.10f %.10f %.10f\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"log10: %.10f\0A\00", align 1
@.str.9 = private unnamed_addr constant [25 x i8] c"trig: %.10f %.10f %.10f\0A\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"hypot: %g\0A\00", align 1
@.str.11 = private unnamed_addr constant [24 x i8] c"frexp: %g %d ldexp: %g\0A\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"floorf/ceilf: %g %g\0A\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"fabsf: %g\0A\00", align 1
@.str.14 = private unnamed_addr constant [23 x i8] c"isnan/isinf: %d %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [20 x i8] c"via pointer: %g %g\0A\00", align 1
@.str.16 = private unnamed_addr constant [23 x i8] c"newton: %.15f diff=%g\0A\00", align 1
@.str.17 = private unnamed_addr constant [15 x i8] c"leibniz: %.8f\0A\00", align 1
@.str.18 = private unnamed_addr constant [25 x i8] c"lround/llrint: %ld %lld\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = load double, ptr @inputs, align 8, !tbaa !6
  %3 = tail call double @llvm.fabs.f64(double %2)
  %4 = tail call double @llvm.floor.f64(double %2)
  %5 = tail call double @llvm.ceil.f64(double %2)
  %6 = tail call double @llvm.trunc.f64(double %2)
  %7 = tail call double @llvm.round.f64(double %2)
  %8 = tail call double @llvm.rint.f64(double %2)
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %2, double noundef %3, double noundef %4, double noundef %5, double noundef %6, double noundef %7, double noundef %8)
  %10 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 8), align 8, !tbaa !6
  %11 = tail call double @llvm.fabs.f64(double %10)
  %12 = tail call double @llvm.floor.f64(double %10)
  %13 = tail call double @llvm.ceil.f64(double %10)
  %14 = tail call double @llvm.trunc.f64(double %10)
  %15 = tail call double @llvm.round.f64(double %10)
  %16 = tail call double @llvm.rint.f64(double %10)
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %10, double noundef %11, double noundef %12, double noundef %13, double noundef %14, double noundef %15, double noundef %16)
  %18 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 16), align 8, !tbaa !6
  %19 = tail call double @llvm.fabs.f64(double %18)
  %20 = tail call double @llvm.floor.f64(double %18)
  %21 = tail call double @llvm.ceil.f64(double %18)
  %22 = tail call double @llvm.trunc.f64(double %18)
  %23 = tail call double @llvm.round.f64(double %18)
  %24 = tail call double @llvm.rint.f64(double %18)
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %18, double noundef %19, double noundef %20, double noundef %21, double noundef %22, double noundef %23, double noundef %24)
  %26 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 24), align 8, !tbaa !6
  %27 = tail call double @llvm.fabs.f64(double %26)
  %28 = tail call double @llvm.floor.f64(double %26)
  %29 = tail call double @llvm.ceil.f64(double %26)
  %30 = tail call double @llvm.trunc.f64(double %26)
  %31 = tail call double @llvm.round.f64(double %26)
  %32 = tail call double @llvm.rint.f64(double %26)
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %26, double noundef %27, double noundef %28, double noundef %29, double noundef %30, double noundef %31, double noundef %32)
  %34 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 32), align 8, !tbaa !6
  %35 = tail call double @llvm.fabs.f64(double %34)
  %36 = tail call double @llvm.floor.f64(double %34)
  %37 = tail call double @llvm.ceil.f64(double %34)
  %38 = tail call double @llvm.trunc.f64(double %34)
  %39 = tail call double @llvm.round.f64(double %34)
  %40 = tail call double @llvm.rint.f64(double %34)
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %34, double noundef %35, double noundef %36, double noundef %37, double noundef %38, double noundef %39, double noundef %40)
  %42 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 40), align 8, !tbaa !6
  %43 = tail call double @llvm.fabs.f64(double %42)
  %44 = tail call double @llvm.floor.f64(double %42)
  %45 = tail call double @llvm.ceil.f64(double %42)
  %46 = tail call double @llvm.trunc.f64(double %42)
  %47 = tail call double @llvm.round.f64(double %42)
  %48 = tail call double @llvm.rint.f64(double %42)
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %42, double noundef %43, double noundef %44, double noundef %45, double noundef %46, double noundef %47, double noundef %48)
  %50 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 48), align 8, !tbaa !6
  %51 = tail call double @llvm.fabs.f64(double %50)
  %52 = tail call double @llvm.floor.f64(double %50)
  %53 = tail call double @llvm.ceil.f64(double %50)
  %54 = tail call double @llvm.trunc.f64(double %50)
  %55 = tail call double @llvm.round.f64(double %50)
  %56 = tail call double @llvm.rint.f64(double %50)
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %50, double noundef %51, double noundef %52, double noundef %53, double noundef %54, double noundef %55, double noundef %56)
  %58 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 56), align 8, !tbaa !6
  %59 = tail call double @llvm.fabs.f64(double %58)
  %60 = tail call double @llvm.floor.f64(double %58)
  %61 = tail call double @llvm.ceil.f64(double %58)
  %62 = tail call double @llvm.trunc.f64(double %58)
  %63 = tail call double @llvm.round.f64(double %58)
  %64 = tail call double @llvm.rint.f64(double %58)
  %65 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %58, double noundef %59, double noundef %60, double noundef %61, double noundef %62, double noundef %63, double noundef %64)
  %66 = load double, ptr getelementptr inbounds (i8, ptr @inputs, i64 64), align 8, !tbaa !6
  %67 = tail call double @llvm.fabs.f64(double %66)
  %68 = tail call double @llvm.floor.f64(double %66)
  %69 = tail call double @llvm.ceil.f64(double %66)
  %70 = tail call double @llvm.trunc.f64(double %66)
  %71 = tail call double @llvm.round.f64(double %66)
  %72 = tail call double @llvm.rint.f64(double %66)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %66, double noundef %67, double noundef %68, double noundef %69, double noundef %70, double noundef %71, double noundef %72)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 0, double noundef 0.000000e+00, double noundef 0.000000e+00)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, double noundef 0x3FF6A09E667F3BCD, double noundef 0x3FF6A09E60000000)
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 6, double noundef 0x4003988E1409212E, double noundef 0x4003988E20000000)
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 12, double noundef 0x400BB67AE8584CAA, double noundef 0x400BB67AE0000000)
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 20, double noundef 0x4011E3779B97F4A8, double noundef 0x4011E377A0000000)
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 30, double noundef 0x4015E8ADD236A58F, double noundef 0x4015E8ADE0000000)
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 42, double noundef 0x4019EC474A261264, double noundef 0x4019EC4740000000)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 56, double noundef 0x401DEEEA11683F49, double noundef 0x401DEEEA20000000)
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 72, double noundef 0x4020F876CCDF6CD9, double noundef 0x4020F876C0000000)
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 90, double noundef 0x4022F9422C23C47E, double noundef 0x4022F94220000000)
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 110, double noundef 0x4024F9E6BBC4ECB3, double noundef 0x4024F9E6C0000000)
  %85 = load double, ptr @two, align 8, !tbaa !6
  %86 = load double, ptr @ten, align 8, !tbaa !6
  %87 = tail call double @pow(double noundef %85, double noundef %86) #9
  %88 = load double, ptr @three, align 8, !tbaa !6
  %89 = load double, ptr @two, align 8, !tbaa !6
  %90 = fneg double %89
  %91 = tail call double @pow(double noundef %88, double noundef %90) #9
  %92 = load double, ptr @two, align 8, !tbaa !6
  %93 = fneg double %92
  %94 = load double, ptr @three, align 8, !tbaa !6
  %95 = tail call double @pow(double noundef %93, double noundef %94) #9
  %96 = load double, ptr @two, align 8, !tbaa !6
  %97 = load double, ptr @half, align 8, !tbaa !6
  %98 = tail call double @pow(double noundef %96, double noundef %97) #9
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %87, double noundef %91, double noundef %95, double noundef %98)
  %100 = load float, ptr @onehalf, align 4, !tbaa !10
  %101 = tail call float @powf(float noundef %100, float noundef 4.000000e+00) #9
  %102 = fpext float %101 to double
  %103 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %102)
  %104 = load double, ptr @ten, align 8, !tbaa !6
  %105 = load double, ptr @half, align 8, !tbaa !6
  %106 = fadd double %104, %105
  %107 = load double, ptr @three, align 8, !tbaa !6
  %108 = tail call double @fmod(double noundef %106, double noundef %107) #9
  %109 = load double, ptr @ten, align 8, !tbaa !6
  %110 = fneg double %109
  %111 = load double, ptr @half, align 8, !tbaa !6
  %112 = fsub double %110, %111
  %113 = load double, ptr @three, align 8, !tbaa !6
  %114 = tail call double @fmod(double noundef %112, double noundef %113) #9
  %115 = load double, ptr @two, align 8, !tbaa !6
  %116 = fneg double %115
  %117 = load double, ptr @half, align 8, !tbaa !6
  %118 = fsub double %116, %117
  %119 = tail call double @fmod(double noundef 7.000000e+00, double noundef %118) #9
  %120 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, double noundef %108, double noundef %114, double noundef %119)
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef -3.000000e+00, double noundef 4.000000e+00)
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef -2.000000e+00, double noundef 1.000000e+00, double noundef 5.000000e+00)
  %123 = load double, ptr @half, align 8, !tbaa !6
  %124 = fadd double %123, %123
  %125 = tail call double @exp(double noundef %124) #9
  %126 = load double, ptr @ten, align 8, !tbaa !6
  %127 = tail call double @log(double noundef %126) #9
  %128 = load double, ptr @ten, align 8, !tbaa !6
  %129 = fmul double %128, 1.024000e+02
  %130 = tail call double @log2(double noundef %129) #9
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %125, double noundef %127, double noundef %130)
  %132 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, double noundef -3.000000e+00)
  %133 = load double, ptr @half, align 8, !tbaa !6
  %134 = tail call double @sin(double noundef %133) #9
  %135 = load double, ptr @half, align 8, !tbaa !6
  %136 = tail call double @cos(double noundef %135) #9
  %137 = load double, ptr @half, align 8, !tbaa !6
  %138 = fneg double %137
  %139 = tail call double @atan2(double noundef %137, double noundef %138) #9
  %140 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, double noundef %134, double noundef %136, double noundef %139)
  %141 = load double, ptr @three, align 8, !tbaa !6
  %142 = load double, ptr @two, align 8, !tbaa !6
  %143 = fadd double %142, %142
  %144 = tail call double @hypot(double noundef %141, double noundef %143) #9
  %145 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %144)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #9
  %146 = load double, ptr @ten, align 8, !tbaa !6
  %147 = fmul double %146, 4.800000e+00
  %148 = call double @frexp(double noundef %147, ptr noundef nonnull %1) #9
  %149 = load i32, ptr %1, align 4, !tbaa !12
  %150 = tail call double @ldexp(double noundef 7.500000e-01, i32 noundef 6) #9
  %151 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, double noundef %148, i32 noundef %149, double noundef %150)
  %152 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, double noundef -2.000000e+00, double noundef -1.000000e+00)
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 7.250000e+00)
  %154 = tail call double @sqrt(double noundef -1.000000e+00) #9
  %155 = fcmp uno double %154, 0.000000e+00
  %156 = zext i1 %155 to i32
  %157 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %156, i32 noundef 1, i32 noundef 1)
  %158 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, double noundef 9.000000e+00, double noundef -1.000000e+00)
  %159 = load double, ptr @two, align 8, !tbaa !6
  %160 = fadd double %159, 1.000000e+00
  %161 = fmul double %160, 5.000000e-01
  %162 = fdiv double %159, %161
  %163 = fadd double %161, %162
  %164 = fmul double %163, 5.000000e-01
  %165 = fdiv double %159, %164
  %166 = fadd double %164, %165
  %167 = fmul double %166, 5.000000e-01
  %168 = fdiv double %159, %167
  %169 = fadd double %167, %168
  %170 = fmul double %169, 5.000000e-01
  %171 = fdiv double %159, %170
  %172 = fadd double %170, %171
  %173 = fmul double %172, 5.000000e-01
  %174 = fdiv double %159, %173
  %175 = fadd double %173, %174
  %176 = fmul double %175, 5.000000e-01
  %177 = fdiv double %159, %176
  %178 = fadd double %176, %177
  %179 = fmul double %178, 5.000000e-01
  %180 = fdiv double %159, %179
  %181 = fadd double %179, %180
  %182 = fmul double %181, 5.000000e-01
  %183 = fdiv double %159, %182
  %184 = fadd double %182, %183
  %185 = fmul double %184, 5.000000e-01
  %186 = fdiv double %159, %185
  %187 = fadd double %185, %186
  %188 = fmul double %187, 5.000000e-01
  %189 = fdiv double %159, %188
  %190 = fadd double %188, %189
  %191 = fmul double %190, 5.000000e-01
  %192 = fdiv double %159, %191
  %193 = fadd double %191, %192
  %194 = fmul double %193, 5.000000e-01
  %195 = fdiv double %159, %194
  %196 = fadd double %194, %195
  %197 = fmul double %196, 5.000000e-01
  %198 = fdiv double %159, %197
  %199 = fadd double %197, %198
  %200 = fmul double %199, 5.000000e-01
  %201 = fdiv double %159, %200
  %202 = fadd double %200, %201
  %203 = fmul double %202, 5.000000e-01
  %204 = fdiv double %159, %203
  %205 = fadd double %203, %204
  %206 = fmul double %205, 5.000000e-01
  %207 = fdiv double %159, %206
  %208 = fadd double %206, %207
  %209 = fmul double %208, 5.000000e-01
  %210 = fdiv double %159, %209
  %211 = fadd double %209, %210
  %212 = fmul double %211, 5.000000e-01
  %213 = fdiv double %159, %212
  %214 = fadd double %212, %213
  %215 = fmul double %214, 5.000000e-01
  %216 = fdiv double %159, %215
  %217 = fadd double %215, %216
  %218 = fmul double %217, 5.000000e-01
  %219 = tail call double @sqrt(double noundef %159) #9
  %220 = fsub double %218, %219
  %221 = tail call double @llvm.fabs.f64(double %220)
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, double noundef %218, double noundef %221)
  br label %223

223:                                              ; preds = %223, %0
  %224 = phi i32 [ 0, %0 ], [ %243, %223 ]
  %225 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %244, %223 ]
  %226 = phi double [ 0.000000e+00, %0 ], [ %242, %223 ]
  %227 = and <4 x i32> %225, <i32 1, i32 1, i32 1, i32 1>
  %228 = and <4 x i32> %225, <i32 1, i32 1, i32 1, i32 1>
  %229 = icmp eq <4 x i32> %227, zeroinitializer
  %230 = icmp eq <4 x i32> %228, zeroinitializer
  %231 = select <4 x i1> %229, <4 x double> <double 4.000000e+00, double 4.000000e+00, double 4.000000e+00, double 4.000000e+00>, <4 x double> <double -4.000000e+00, double -4.000000e+00, double -4.000000e+00, double -4.000000e+00>
  %232 = select <4 x i1> %230, <4 x double> <double 4.000000e+00, double 4.000000e+00, double 4.000000e+00, double 4.000000e+00>, <4 x double> <double -4.000000e+00, double -4.000000e+00, double -4.000000e+00, double -4.000000e+00>
  %233 = shl nuw nsw <4 x i32> %225, <i32 1, i32 1, i32 1, i32 1>
  %234 = shl <4 x i32> %225, <i32 1, i32 1, i32 1, i32 1>
  %235 = or disjoint <4 x i32> %233, <i32 1, i32 1, i32 1, i32 1>
  %236 = add <4 x i32> %234, <i32 9, i32 9, i32 9, i32 9>
  %237 = uitofp nneg <4 x i32> %235 to <4 x double>
  %238 = uitofp nneg <4 x i32> %236 to <4 x double>
  %239 = fdiv <4 x double> %231, %237
  %240 = fdiv <4 x double> %232, %238
  %241 = tail call double @llvm.vector.reduce.fadd.v4f64(double %226, <4 x double> %239)
  %242 = tail call double @llvm.vector.reduce.fadd.v4f64(double %241, <4 x double> %240)
  %243 = add nuw i32 %224, 8
  %244 = add <4 x i32> %225, <i32 8, i32 8, i32 8, i32 8>
  %245 = icmp eq i32 %243, 200
  br i1 %245, label %246, label %223, !llvm.loop !14

246:                                              ; preds = %223
  %247 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, double noundef %242)
  %248 = load double, ptr @two, align 8, !tbaa !6
  %249 = fneg double %248
  %250 = load double, ptr @half, align 8, !tbaa !6
  %251 = fsub double %249, %250
  %252 = tail call i64 @lround(double noundef %251) #9
  %253 = load double, ptr @half, align 8, !tbaa !6
  %254 = fadd double %253, 6.000000e+00
  %255 = tail call i64 @llrint(double noundef %254) #9
  %256 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %252, i64 noundef %255)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.round.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.rint.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @pow(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @powf(float noundef, float noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @fmod(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @exp(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @log(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @log2(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @atan2(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: write)
declare double @frexp(double noundef, ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @ldexp(double noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: nounwind
declare i64 @lround(double noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare i64 @llrint(double noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v4f64(double, <4 x double>) #8

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree nounwind willreturn memory(write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"double", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"float", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !8, i64 0}
!14 = distinct !{!14, !15, !16, !17}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
