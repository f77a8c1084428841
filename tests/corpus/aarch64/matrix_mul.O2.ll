; ModuleID = 'matrix_mul.c'
source_filename = "matrix_mul.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@main.a = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 8
@main.b = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 8
@main.c1 = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 8
@main.c2 = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 8
@.str = private unnamed_addr constant [34 x i8] c"same=%d trace=%ld corner=%ld,%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"%ld \00", align 1
@.str.3 = private unnamed_addr constant [40 x i8] c"double sum=%.4f c[0]=%.4f c[last]=%.4f\0A\00", align 1
@.str.4 = private unnamed_addr constant [25 x i8] c"fib(90) via matrix=%llu\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %181
  %2 = phi i64 [ 0, %0 ], [ %182, %181 ]
  %3 = mul nuw nsw i64 %2, 7
  br label %184

4:                                                ; preds = %181, %82
  %5 = phi i64 [ %83, %82 ], [ 0, %181 ]
  %6 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 0
  %7 = load i64, ptr %6, align 8, !tbaa !6
  %8 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 1
  %9 = load i64, ptr %8, align 8, !tbaa !6
  %10 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 2
  %11 = load i64, ptr %10, align 8, !tbaa !6
  %12 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 3
  %13 = load i64, ptr %12, align 8, !tbaa !6
  %14 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 4
  %15 = load i64, ptr %14, align 8, !tbaa !6
  %16 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 5
  %17 = load i64, ptr %16, align 8, !tbaa !6
  %18 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 6
  %19 = load i64, ptr %18, align 8, !tbaa !6
  %20 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 7
  %21 = load i64, ptr %20, align 8, !tbaa !6
  %22 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 8
  %23 = load i64, ptr %22, align 8, !tbaa !6
  %24 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 9
  %25 = load i64, ptr %24, align 8, !tbaa !6
  %26 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 10
  %27 = load i64, ptr %26, align 8, !tbaa !6
  %28 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 11
  %29 = load i64, ptr %28, align 8, !tbaa !6
  br label %30

30:                                               ; preds = %30, %4
  %31 = phi i64 [ 0, %4 ], [ %80, %30 ]
  %32 = getelementptr inbounds [12 x i64], ptr @main.b, i64 0, i64 %31
  %33 = load i64, ptr %32, align 8, !tbaa !6
  %34 = mul nsw i64 %33, %7
  %35 = getelementptr inbounds [12 x i64], ptr @main.b, i64 1, i64 %31
  %36 = load i64, ptr %35, align 8, !tbaa !6
  %37 = mul nsw i64 %36, %9
  %38 = add nsw i64 %37, %34
  %39 = getelementptr inbounds [12 x i64], ptr @main.b, i64 2, i64 %31
  %40 = load i64, ptr %39, align 8, !tbaa !6
  %41 = mul nsw i64 %40, %11
  %42 = add nsw i64 %38, %41
  %43 = getelementptr inbounds [12 x i64], ptr @main.b, i64 3, i64 %31
  %44 = load i64, ptr %43, align 8, !tbaa !6
  %45 = mul nsw i64 %44, %13
  %46 = add nsw i64 %42, %45
  %47 = getelementptr inbounds [12 x i64], ptr @main.b, i64 4, i64 %31
  %48 = load i64, ptr %47, align 8, !tbaa !6
  %49 = mul nsw i64 %48, %15
  %50 = add nsw i64 %46, %49
  %51 = getelementptr inbounds [12 x i64], ptr @main.b, i64 5, i64 %31
  %52 = load i64, ptr %51, align 8, !tbaa !6
  %53 = mul nsw i64 %52, %17
  %54 = add nsw i64 %50, %53
  %55 = getelementptr inbounds [12 x i64], ptr @main.b, i64 6, i64 %31
  %56 = load i64, ptr %55, align 8, !tbaa !6
  %57 = mul nsw i64 %56, %19
  %58 = add nsw i64 %54, %57
  %59 = getelementptr inbounds [12 x i64], ptr @main.b, i64 7, i64 %31
  %60 = load i64, ptr %59, align 8, !tbaa !6
  %61 = mul nsw i64 %60, %21
  %62 = add nsw i64 %58, %61
  %63 = getelementptr inbounds [12 x i64], ptr @main.b, i64 8, i64 %31
  %64 = load i64, ptr %63, align 8, !tbaa !6
  %65 = mul nsw i64 %64, %23
  %66 = add nsw i64 %62, %65
  %67 = getelementptr inbounds [12 x i64], ptr @main.b, i64 9, i64 %31
  %68 = load i64, ptr %67, align 8, !tbaa !6
  %69 = mul nsw i64 %68, %25
  %70 = add nsw i64 %66, %69
  %71 = getelementptr inbounds [12 x i64], ptr @main.b, i64 10, i64 %31
  %72 = load i64, ptr %71, align 8, !tbaa !6
  %73 = mul nsw i64 %72, %27
  %74 = add nsw i64 %70, %73
  %75 = getelementptr inbounds [12 x i64], ptr @main.b, i64 11, i64 %31
  %76 = load i64, ptr %75, align 8, !tbaa !6
  %77 = mul nsw i64 %76, %29
  %78 = add nsw i64 %74, %77
  %79 = getelementptr inbounds [12 x i64], ptr @main.c1, i64 %5, i64 %31
  store i64 %78, ptr %79, align 8, !tbaa !6
  %80 = add nuw nsw i64 %31, 1
  %81 = icmp eq i64 %80, 12
  br i1 %81, label %82, label %30, !llvm.loop !10

82:                                               ; preds = %30
  %83 = add nuw nsw i64 %5, 1
  %84 = icmp eq i64 %83, 12
  br i1 %84, label %85, label %4, !llvm.loop !12

85:                                               ; preds = %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(1152) @main.c2, i8 0, i64 1152, i1 false), !tbaa !6
  br label %86

86:                                               ; preds = %112, %85
  %87 = phi i64 [ 0, %85 ], [ %113, %112 ]
  %88 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 0
  %89 = load i64, ptr %88, align 8, !tbaa !6
  %90 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 1
  %91 = load i64, ptr %90, align 8, !tbaa !6
  %92 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 2
  %93 = load i64, ptr %92, align 8, !tbaa !6
  %94 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 3
  %95 = load i64, ptr %94, align 8, !tbaa !6
  %96 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 4
  %97 = load i64, ptr %96, align 8, !tbaa !6
  %98 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 5
  %99 = load i64, ptr %98, align 8, !tbaa !6
  %100 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 6
  %101 = load i64, ptr %100, align 8, !tbaa !6
  %102 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 7
  %103 = load i64, ptr %102, align 8, !tbaa !6
  %104 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 8
  %105 = load i64, ptr %104, align 8, !tbaa !6
  %106 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 9
  %107 = load i64, ptr %106, align 8, !tbaa !6
  %108 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 10
  %109 = load i64, ptr %108, align 8, !tbaa !6
  %110 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 11
  %111 = load i64, ptr %110, align 8, !tbaa !6
  br label %115

112:                                              ; preds = %115
  store i64 %134, ptr %88, align 8, !tbaa !6
  store i64 %138, ptr %90, align 8, !tbaa !6
  store i64 %142, ptr %92, align 8, !tbaa !6
  store i64 %146, ptr %94, align 8, !tbaa !6
  store i64 %150, ptr %96, align 8, !tbaa !6
  store i64 %154, ptr %98, align 8, !tbaa !6
  store i64 %158, ptr %100, align 8, !tbaa !6
  store i64 %162, ptr %102, align 8, !tbaa !6
  store i64 %166, ptr %104, align 8, !tbaa !6
  store i64 %170, ptr %106, align 8, !tbaa !6
  store i64 %174, ptr %108, align 8, !tbaa !6
  store i64 %178, ptr %110, align 8, !tbaa !6
  %113 = add nuw nsw i64 %87, 1
  %114 = icmp eq i64 %113, 12
  br i1 %114, label %255, label %86, !llvm.loop !13

115:                                              ; preds = %115, %86
  %116 = phi i64 [ %111, %86 ], [ %178, %115 ]
  %117 = phi i64 [ %109, %86 ], [ %174, %115 ]
  %118 = phi i64 [ %107, %86 ], [ %170, %115 ]
  %119 = phi i64 [ %105, %86 ], [ %166, %115 ]
  %120 = phi i64 [ %103, %86 ], [ %162, %115 ]
  %121 = phi i64 [ %101, %86 ], [ %158, %115 ]
  %122 = phi i64 [ %99, %86 ], [ %154, %115 ]
  %123 = phi i64 [ %97, %86 ], [ %150, %115 ]
  %124 = phi i64 [ %95, %86 ], [ %146, %115 ]
  %125 = phi i64 [ %93, %86 ], [ %142, %115 ]
  %126 = phi i64 [ %91, %86 ], [ %138, %115 ]
  %127 = phi i64 [ %89, %86 ], [ %134, %115 ]
  %128 = phi i64 [ 0, %86 ], [ %179, %115 ]
  %129 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %87, i64 %128
  %130 = load i64, ptr %129, align 8, !tbaa !6
  %131 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 0
  %132 = load i64, ptr %131, align 8, !tbaa !6
  %133 = mul nsw i64 %132, %130
  %134 = add nsw i64 %133, %127
  %135 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 1
  %136 = load i64, ptr %135, align 8, !tbaa !6
  %137 = mul nsw i64 %136, %130
  %138 = add nsw i64 %137, %126
  %139 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 2
  %140 = load i64, ptr %139, align 8, !tbaa !6
  %141 = mul nsw i64 %140, %130
  %142 = add nsw i64 %141, %125
  %143 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 3
  %144 = load i64, ptr %143, align 8, !tbaa !6
  %145 = mul nsw i64 %144, %130
  %146 = add nsw i64 %145, %124
  %147 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 4
  %148 = load i64, ptr %147, align 8, !tbaa !6
  %149 = mul nsw i64 %148, %130
  %150 = add nsw i64 %149, %123
  %151 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 5
  %152 = load i64, ptr %151, align 8, !tbaa !6
  %153 = mul nsw i64 %152, %130
  %154 = add nsw i64 %153, %122
  %155 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 6
  %156 = load i64, ptr %155, align 8, !tbaa !6
  %157 = mul nsw i64 %156, %130
  %158 = add nsw i64 %157, %121
  %159 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 7
  %160 = load i64, ptr %159, align 8, !tbaa !6
  %161 = mul nsw i64 %160, %130
  %162 = add nsw i64 %161, %120
  %163 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 8
  %164 = load i64, ptr %163, align 8, !tbaa !6
  %165 = mul nsw i64 %164, %130
  %166 = add nsw i64 %165, %119
  %167 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 9
  %168 = load i64, ptr %167, align 8, !tbaa !6
  %169 = mul nsw i64 %168, %130
  %170 = add nsw i64 %169, %118
  %171 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 10
  %172 = load i64, ptr %171, align 8, !tbaa !6
  %173 = mul nsw i64 %172, %130
  %174 = add nsw i64 %173, %117
  %175 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 11
  %176 = load i64, ptr %175, align 8, !tbaa !6
  %177 = mul nsw i64 %176, %130
  %178 = add nsw i64 %177, %116
  %179 = add nuw nsw i64 %128, 1
  %180 = icmp eq i64 %179, 12
  br i1 %180, label %112, label %115, !llvm.loop !14

181:                                              ; preds = %184
  %182 = add nuw nsw i64 %2, 1
  %183 = icmp eq i64 %182, 12
  br i1 %183, label %4, label %1, !llvm.loop !15

184:                                              ; preds = %1, %184
  %185 = phi i64 [ 0, %1 ], [ %199, %184 ]
  %186 = mul nuw nsw i64 %185, 3
  %187 = add nuw nsw i64 %186, %3
  %188 = trunc nuw nsw i64 %187 to i32
  %189 = urem i32 %188, 11
  %190 = add nsw i32 %189, -5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 %185
  store i64 %191, ptr %192, align 8, !tbaa !6
  %193 = icmp eq i64 %2, %185
  %194 = select i1 %193, i64 2, i64 0
  %195 = add nuw nsw i64 %185, %2
  %196 = and i64 %195, 3
  %197 = add nuw nsw i64 %194, %196
  %198 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 %185
  store i64 %197, ptr %198, align 8, !tbaa !6
  %199 = add nuw nsw i64 %185, 1
  %200 = icmp eq i64 %199, 12
  br i1 %200, label %181, label %184, !llvm.loop !16

201:                                              ; preds = %255
  %202 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 88), align 8, !tbaa !6
  %203 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 1056), align 8, !tbaa !6
  %204 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %278, i64 noundef %279, i64 noundef %202, i64 noundef %203)
  %205 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 288), align 8, !tbaa !6
  %206 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %205)
  %207 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 296), align 8, !tbaa !6
  %208 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %207)
  %209 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 304), align 8, !tbaa !6
  %210 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %209)
  %211 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 312), align 8, !tbaa !6
  %212 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %211)
  %213 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 320), align 8, !tbaa !6
  %214 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %213)
  %215 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 328), align 8, !tbaa !6
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %215)
  %217 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 336), align 8, !tbaa !6
  %218 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %217)
  %219 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 344), align 8, !tbaa !6
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %219)
  %221 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 352), align 8, !tbaa !6
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %221)
  %223 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 360), align 8, !tbaa !6
  %224 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %223)
  %225 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 368), align 8, !tbaa !6
  %226 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %225)
  %227 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 376), align 8, !tbaa !6
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %227)
  %229 = tail call i32 @putchar(i32 10)
  %230 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #9
  %231 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #9
  br label %232

232:                                              ; preds = %232, %201
  %233 = phi i64 [ 0, %201 ], [ %253, %232 ]
  %234 = or disjoint i64 %233, 1
  %235 = trunc i64 %233 to i8
  %236 = or disjoint i8 %235, 1
  %237 = urem i8 %235, 5
  %238 = urem i8 %236, 5
  %239 = uitofp nneg i8 %237 to double
  %240 = uitofp nneg i8 %238 to double
  %241 = tail call double @llvm.fmuladd.f64(double %239, double 5.000000e-01, double -1.000000e+00)
  %242 = tail call double @llvm.fmuladd.f64(double %240, double 5.000000e-01, double -1.000000e+00)
  %243 = getelementptr inbounds double, ptr %230, i64 %233
  %244 = getelementptr inbounds double, ptr %230, i64 %234
  store double %241, ptr %243, align 8, !tbaa !17
  store double %242, ptr %244, align 8, !tbaa !17
  %245 = urem i8 %235, 7
  %246 = urem i8 %236, 7
  %247 = uitofp nneg i8 %245 to double
  %248 = uitofp nneg i8 %246 to double
  %249 = fmul double %247, 2.500000e-01
  %250 = fmul double %248, 2.500000e-01
  %251 = getelementptr inbounds double, ptr %231, i64 %233
  %252 = getelementptr inbounds double, ptr %231, i64 %234
  store double %249, ptr %251, align 8, !tbaa !17
  store double %250, ptr %252, align 8, !tbaa !17
  %253 = add nuw i64 %233, 2
  %254 = icmp eq i64 %253, 36
  br i1 %254, label %282, label %232, !llvm.loop !19

255:                                              ; preds = %112, %255
  %256 = phi i64 [ %280, %255 ], [ 0, %112 ]
  %257 = phi i64 [ %279, %255 ], [ 0, %112 ]
  %258 = phi i32 [ %278, %255 ], [ 1, %112 ]
  %259 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %256, i64 %256
  %260 = load i64, ptr %259, align 8, !tbaa !6
  %261 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %256, i64 0
  %262 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %256, i64 0
  %263 = load <4 x i64>, ptr %261, align 8, !tbaa !6
  %264 = load <4 x i64>, ptr %262, align 8, !tbaa !6
  %265 = icmp eq <4 x i64> %263, %264
  %266 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %256, i64 4
  %267 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %256, i64 4
  %268 = load <8 x i64>, ptr %266, align 8, !tbaa !6
  %269 = load <8 x i64>, ptr %267, align 8, !tbaa !6
  %270 = icmp eq <8 x i64> %268, %269
  %271 = freeze <8 x i1> %270
  %272 = bitcast <8 x i1> %271 to i8
  %273 = icmp eq i8 %272, -1
  %274 = freeze <4 x i1> %265
  %275 = bitcast <4 x i1> %274 to i4
  %276 = icmp eq i4 %275, -1
  %277 = and i1 %273, %276
  %278 = select i1 %277, i32 %258, i32 0
  %279 = add nsw i64 %260, %257
  %280 = add nuw nsw i64 %256, 1
  %281 = icmp eq i64 %280, 12
  br i1 %281, label %201, label %255, !llvm.loop !22

282:                                              ; preds = %232
  %283 = tail call noalias dereferenceable_or_null(288) ptr @calloc(i64 noundef 36, i64 noundef 8) #10
  %284 = getelementptr inbounds i8, ptr %231, i64 280
  %285 = load double, ptr %284, align 8, !tbaa !17
  %286 = getelementptr inbounds i8, ptr %231, i64 272
  %287 = load double, ptr %286, align 8, !tbaa !17
  %288 = getelementptr inbounds i8, ptr %231, i64 264
  %289 = load double, ptr %288, align 8, !tbaa !17
  %290 = getelementptr inbounds i8, ptr %231, i64 256
  %291 = load double, ptr %290, align 8, !tbaa !17
  %292 = getelementptr inbounds i8, ptr %231, i64 248
  %293 = load double, ptr %292, align 8, !tbaa !17
  %294 = getelementptr inbounds i8, ptr %231, i64 240
  %295 = load double, ptr %294, align 8, !tbaa !17
  %296 = getelementptr inbounds i8, ptr %231, i64 232
  %297 = load double, ptr %296, align 8, !tbaa !17
  %298 = getelementptr inbounds i8, ptr %231, i64 224
  %299 = load double, ptr %298, align 8, !tbaa !17
  %300 = getelementptr inbounds i8, ptr %231, i64 216
  %301 = load double, ptr %300, align 8, !tbaa !17
  %302 = getelementptr inbounds i8, ptr %231, i64 208
  %303 = load double, ptr %302, align 8, !tbaa !17
  %304 = getelementptr inbounds i8, ptr %231, i64 200
  %305 = load double, ptr %304, align 8, !tbaa !17
  %306 = getelementptr inbounds i8, ptr %231, i64 192
  %307 = load double, ptr %306, align 8, !tbaa !17
  %308 = getelementptr inbounds i8, ptr %231, i64 184
  %309 = load double, ptr %308, align 8, !tbaa !17
  %310 = getelementptr inbounds i8, ptr %231, i64 176
  %311 = load double, ptr %310, align 8, !tbaa !17
  %312 = getelementptr inbounds i8, ptr %231, i64 168
  %313 = load double, ptr %312, align 8, !tbaa !17
  %314 = getelementptr inbounds i8, ptr %231, i64 160
  %315 = load double, ptr %314, align 8, !tbaa !17
  %316 = getelementptr inbounds i8, ptr %231, i64 152
  %317 = load double, ptr %316, align 8, !tbaa !17
  %318 = getelementptr inbounds i8, ptr %231, i64 144
  %319 = load double, ptr %318, align 8, !tbaa !17
  %320 = getelementptr inbounds i8, ptr %231, i64 136
  %321 = load double, ptr %320, align 8, !tbaa !17
  %322 = getelementptr inbounds i8, ptr %231, i64 128
  %323 = load double, ptr %322, align 8, !tbaa !17
  %324 = getelementptr inbounds i8, ptr %231, i64 120
  %325 = load double, ptr %324, align 8, !tbaa !17
  %326 = getelementptr inbounds i8, ptr %231, i64 112
  %327 = load double, ptr %326, align 8, !tbaa !17
  %328 = getelementptr inbounds i8, ptr %231, i64 104
  %329 = load double, ptr %328, align 8, !tbaa !17
  %330 = getelementptr inbounds i8, ptr %231, i64 96
  %331 = load double, ptr %330, align 8, !tbaa !17
  %332 = getelementptr inbounds i8, ptr %231, i64 88
  %333 = load double, ptr %332, align 8, !tbaa !17
  %334 = getelementptr inbounds i8, ptr %231, i64 80
  %335 = load double, ptr %334, align 8, !tbaa !17
  %336 = getelementptr inbounds i8, ptr %231, i64 72
  %337 = load double, ptr %336, align 8, !tbaa !17
  %338 = getelementptr inbounds i8, ptr %231, i64 64
  %339 = load double, ptr %338, align 8, !tbaa !17
  %340 = getelementptr inbounds i8, ptr %231, i64 56
  %341 = load double, ptr %340, align 8, !tbaa !17
  %342 = getelementptr inbounds i8, ptr %231, i64 48
  %343 = load double, ptr %342, align 8, !tbaa !17
  %344 = getelementptr inbounds i8, ptr %231, i64 40
  %345 = load double, ptr %344, align 8, !tbaa !17
  %346 = getelementptr inbounds i8, ptr %231, i64 32
  %347 = load double, ptr %346, align 8, !tbaa !17
  %348 = getelementptr inbounds i8, ptr %231, i64 24
  %349 = load double, ptr %348, align 8, !tbaa !17
  %350 = getelementptr inbounds i8, ptr %231, i64 16
  %351 = load double, ptr %350, align 8, !tbaa !17
  %352 = getelementptr inbounds i8, ptr %231, i64 8
  %353 = load double, ptr %352, align 8, !tbaa !17
  %354 = load double, ptr %231, align 8, !tbaa !17
  %355 = insertelement <2 x double> poison, double %354, i64 0
  %356 = shufflevector <2 x double> %355, <2 x double> poison, <2 x i32> zeroinitializer
  %357 = insertelement <2 x double> poison, double %353, i64 0
  %358 = shufflevector <2 x double> %357, <2 x double> poison, <2 x i32> zeroinitializer
  %359 = insertelement <2 x double> poison, double %351, i64 0
  %360 = shufflevector <2 x double> %359, <2 x double> poison, <2 x i32> zeroinitializer
  %361 = insertelement <2 x double> poison, double %349, i64 0
  %362 = shufflevector <2 x double> %361, <2 x double> poison, <2 x i32> zeroinitializer
  %363 = insertelement <2 x double> poison, double %347, i64 0
  %364 = shufflevector <2 x double> %363, <2 x double> poison, <2 x i32> zeroinitializer
  %365 = insertelement <2 x double> poison, double %345, i64 0
  %366 = shufflevector <2 x double> %365, <2 x double> poison, <2 x i32> zeroinitializer
  %367 = insertelement <2 x double> poison, double %343, i64 0
  %368 = shufflevector <2 x double> %367, <2 x double> poison, <2 x i32> zeroinitializer
  %369 = insertelement <2 x double> poison, double %341, i64 0
  %370 = shufflevector <2 x double> %369, <2 x double> poison, <2 x i32> zeroinitializer
  %371 = insertelement <2 x double> poison, double %339, i64 0
  %372 = shufflevector <2 x double> %371, <2 x double> poison, <2 x i32> zeroinitializer
  %373 = insertelement <2 x double> poison, double %337, i64 0
  %374 = shufflevector <2 x double> %373, <2 x double> poison, <2 x i32> zeroinitializer
  %375 = insertelement <2 x double> poison, double %335, i64 0
  %376 = shufflevector <2 x double> %375, <2 x double> poison, <2 x i32> zeroinitializer
  %377 = insertelement <2 x double> poison, double %333, i64 0
  %378 = shufflevector <2 x double> %377, <2 x double> poison, <2 x i32> zeroinitializer
  %379 = insertelement <2 x double> poison, double %331, i64 0
  %380 = shufflevector <2 x double> %379, <2 x double> poison, <2 x i32> zeroinitializer
  %381 = insertelement <2 x double> poison, double %329, i64 0
  %382 = shufflevector <2 x double> %381, <2 x double> poison, <2 x i32> zeroinitializer
  %383 = insertelement <2 x double> poison, double %327, i64 0
  %384 = shufflevector <2 x double> %383, <2 x double> poison, <2 x i32> zeroinitializer
  %385 = insertelement <2 x double> poison, double %325, i64 0
  %386 = shufflevector <2 x double> %385, <2 x double> poison, <2 x i32> zeroinitializer
  %387 = insertelement <2 x double> poison, double %323, i64 0
  %388 = shufflevector <2 x double> %387, <2 x double> poison, <2 x i32> zeroinitializer
  %389 = insertelement <2 x double> poison, double %321, i64 0
  %390 = shufflevector <2 x double> %389, <2 x double> poison, <2 x i32> zeroinitializer
  %391 = insertelement <2 x double> poison, double %319, i64 0
  %392 = shufflevector <2 x double> %391, <2 x double> poison, <2 x i32> zeroinitializer
  %393 = insertelement <2 x double> poison, double %317, i64 0
  %394 = shufflevector <2 x double> %393, <2 x double> poison, <2 x i32> zeroinitializer
  %395 = insertelement <2 x double> poison, double %315, i64 0
  %396 = shufflevector <2 x double> %395, <2 x double> poison, <2 x i32> zeroinitializer
  %397 = insertelement <2 x double> poison, double %313, i64 0
  %398 = shufflevector <2 x double> %397, <2 x double> poison, <2 x i32> zeroinitializer
  %399 = insertelement <2 x double> poison, double %311, i64 0
  %400 = shufflevector <2 x double> %399, <2 x double> poison, <2 x i32> zeroinitializer
  %401 = insertelement <2 x double> poison, double %309, i64 0
  %402 = shufflevector <2 x double> %401, <2 x double> poison, <2 x i32> zeroinitializer
  %403 = insertelement <2 x double> poison, double %307, i64 0
  %404 = shufflevector <2 x double> %403, <2 x double> poison, <2 x i32> zeroinitializer
  %405 = insertelement <2 x double> poison, double %305, i64 0
  %406 = shufflevector <2 x double> %405, <2 x double> poison, <2 x i32> zeroinitializer
  %407 = insertelement <2 x double> poison, double %303, i64 0
  %408 = shufflevector <2 x double> %407, <2 x double> poison, <2 x i32> zeroinitializer
  %409 = insertelement <2 x double> poison, double %301, i64 0
  %410 = shufflevector <2 x double> %409, <2 x double> poison, <2 x i32> zeroinitializer
  %411 = insertelement <2 x double> poison, double %299, i64 0
  %412 = shufflevector <2 x double> %411, <2 x double> poison, <2 x i32> zeroinitializer
  %413 = insertelement <2 x double> poison, double %297, i64 0
  %414 = shufflevector <2 x double> %413, <2 x double> poison, <2 x i32> zeroinitializer
  %415 = insertelement <2 x double> poison, double %295, i64 0
  %416 = shufflevector <2 x double> %415, <2 x double> poison, <2 x i32> zeroinitializer
  %417 = insertelement <2 x double> poison, double %293, i64 0
  %418 = shufflevector <2 x double> %417, <2 x double> poison, <2 x i32> zeroinitializer
  %419 = insertelement <2 x double> poison, double %291, i64 0
  %420 = shufflevector <2 x double> %419, <2 x double> poison, <2 x i32> zeroinitializer
  %421 = insertelement <2 x double> poison, double %289, i64 0
  %422 = shufflevector <2 x double> %421, <2 x double> poison, <2 x i32> zeroinitializer
  %423 = insertelement <2 x double> poison, double %287, i64 0
  %424 = shufflevector <2 x double> %423, <2 x double> poison, <2 x i32> zeroinitializer
  %425 = insertelement <2 x double> poison, double %285, i64 0
  %426 = shufflevector <2 x double> %425, <2 x double> poison, <2 x i32> zeroinitializer
  br label %427

427:                                              ; preds = %427, %282
  %428 = phi i64 [ 0, %282 ], [ %488, %427 ]
  %429 = mul nuw nsw i64 %428, 6
  %430 = getelementptr inbounds double, ptr %230, i64 %429
  %431 = load <12 x double>, ptr %430, align 8, !tbaa !17
  %432 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 0, i32 6>
  %433 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 1, i32 7>
  %434 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 2, i32 8>
  %435 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 3, i32 9>
  %436 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 4, i32 10>
  %437 = shufflevector <12 x double> %431, <12 x double> poison, <2 x i32> <i32 5, i32 11>
  %438 = getelementptr inbounds double, ptr %283, i64 %429
  %439 = load <12 x double>, ptr %438, align 8, !tbaa !17
  %440 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 0, i32 6>
  %441 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 1, i32 7>
  %442 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 2, i32 8>
  %443 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 3, i32 9>
  %444 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 4, i32 10>
  %445 = shufflevector <12 x double> %439, <12 x double> poison, <2 x i32> <i32 5, i32 11>
  %446 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %356, <2 x double> %440)
  %447 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %358, <2 x double> %441)
  %448 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %360, <2 x double> %442)
  %449 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %362, <2 x double> %443)
  %450 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %364, <2 x double> %444)
  %451 = getelementptr double, ptr %283, i64 %429
  %452 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %432, <2 x double> %366, <2 x double> %445)
  %453 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %368, <2 x double> %446)
  %454 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %370, <2 x double> %447)
  %455 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %372, <2 x double> %448)
  %456 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %374, <2 x double> %449)
  %457 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %376, <2 x double> %450)
  %458 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %433, <2 x double> %378, <2 x double> %452)
  %459 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %380, <2 x double> %453)
  %460 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %382, <2 x double> %454)
  %461 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %384, <2 x double> %455)
  %462 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %386, <2 x double> %456)
  %463 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %388, <2 x double> %457)
  %464 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %434, <2 x double> %390, <2 x double> %458)
  %465 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %392, <2 x double> %459)
  %466 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %394, <2 x double> %460)
  %467 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %396, <2 x double> %461)
  %468 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %398, <2 x double> %462)
  %469 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %400, <2 x double> %463)
  %470 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %435, <2 x double> %402, <2 x double> %464)
  %471 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %404, <2 x double> %465)
  %472 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %406, <2 x double> %466)
  %473 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %408, <2 x double> %467)
  %474 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %410, <2 x double> %468)
  %475 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %412, <2 x double> %469)
  %476 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %436, <2 x double> %414, <2 x double> %470)
  %477 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %416, <2 x double> %471)
  %478 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %418, <2 x double> %472)
  %479 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %420, <2 x double> %473)
  %480 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %422, <2 x double> %474)
  %481 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %424, <2 x double> %475)
  %482 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %437, <2 x double> %426, <2 x double> %476)
  %483 = shufflevector <2 x double> %477, <2 x double> %478, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %484 = shufflevector <2 x double> %479, <2 x double> %480, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %485 = shufflevector <4 x double> %483, <4 x double> %484, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %486 = shufflevector <2 x double> %481, <2 x double> %482, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>
  %487 = shufflevector <8 x double> %485, <8 x double> %486, <12 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 1, i32 3, i32 5, i32 7, i32 9, i32 11>
  store <12 x double> %487, ptr %451, align 8, !tbaa !17
  %488 = add nuw i64 %428, 2
  %489 = icmp eq i64 %488, 6
  br i1 %489, label %490, label %427, !llvm.loop !23

490:                                              ; preds = %427
  %491 = load double, ptr %283, align 8, !tbaa !17
  %492 = fadd double %491, 0.000000e+00
  %493 = getelementptr inbounds i8, ptr %283, i64 8
  %494 = load double, ptr %493, align 8, !tbaa !17
  %495 = fadd double %492, %494
  %496 = getelementptr inbounds i8, ptr %283, i64 16
  %497 = load double, ptr %496, align 8, !tbaa !17
  %498 = fadd double %495, %497
  %499 = getelementptr inbounds i8, ptr %283, i64 24
  %500 = load double, ptr %499, align 8, !tbaa !17
  %501 = fadd double %498, %500
  %502 = getelementptr inbounds i8, ptr %283, i64 32
  %503 = load double, ptr %502, align 8, !tbaa !17
  %504 = fadd double %501, %503
  %505 = getelementptr inbounds i8, ptr %283, i64 40
  %506 = load double, ptr %505, align 8, !tbaa !17
  %507 = fadd double %504, %506
  %508 = getelementptr inbounds i8, ptr %283, i64 48
  %509 = load double, ptr %508, align 8, !tbaa !17
  %510 = fadd double %507, %509
  %511 = getelementptr inbounds i8, ptr %283, i64 56
  %512 = load double, ptr %511, align 8, !tbaa !17
  %513 = fadd double %510, %512
  %514 = getelementptr inbounds i8, ptr %283, i64 64
  %515 = load double, ptr %514, align 8, !tbaa !17
  %516 = fadd double %513, %515
  %517 = getelementptr inbounds i8, ptr %283, i64 72
  %518 = load double, ptr %517, align 8, !tbaa !17
  %519 = fadd double %516, %518
  %520 = getelementptr inbounds i8, ptr %283, i64 80
  %521 = load double, ptr %520, align 8, !tbaa !17
  %522 = fadd double %519, %521
  %523 = getelementptr inbounds i8, ptr %283, i64 88
  %524 = load double, ptr %523, align 8, !tbaa !17
  %525 = fadd double %522, %524
  %526 = getelementptr inbounds i8, ptr %283, i64 96
  %527 = load double, ptr %526, align 8, !tbaa !17
  %528 = fadd double %525, %527
  %529 = getelementptr inbounds i8, ptr %283, i64 104
  %530 = load double, ptr %529, align 8, !tbaa !17
  %531 = fadd double %528, %530
  %532 = getelementptr inbounds i8, ptr %283, i64 112
  %533 = load double, ptr %532, align 8, !tbaa !17
  %534 = fadd double %531, %533
  %535 = getelementptr inbounds i8, ptr %283, i64 120
  %536 = load double, ptr %535, align 8, !tbaa !17
  %537 = fadd double %534, %536
  %538 = getelementptr inbounds i8, ptr %283, i64 128
  %539 = load double, ptr %538, align 8, !tbaa !17
  %540 = fadd double %537, %539
  %541 = getelementptr inbounds i8, ptr %283, i64 136
  %542 = load double, ptr %541, align 8, !tbaa !17
  %543 = fadd double %540, %542
  %544 = getelementptr inbounds i8, ptr %283, i64 144
  %545 = load double, ptr %544, align 8, !tbaa !17
  %546 = fadd double %543, %545
  %547 = getelementptr inbounds i8, ptr %283, i64 152
  %548 = load double, ptr %547, align 8, !tbaa !17
  %549 = fadd double %546, %548
  %550 = getelementptr inbounds i8, ptr %283, i64 160
  %551 = load double, ptr %550, align 8, !tbaa !17
  %552 = fadd double %549, %551
  %553 = getelementptr inbounds i8, ptr %283, i64 168
  %554 = load double, ptr %553, align 8, !tbaa !17
  %555 = fadd double %552, %554
  %556 = getelementptr inbounds i8, ptr %283, i64 176
  %557 = load double, ptr %556, align 8, !tbaa !17
  %558 = fadd double %555, %557
  %559 = getelementptr inbounds i8, ptr %283, i64 184
  %560 = load double, ptr %559, align 8, !tbaa !17
  %561 = fadd double %558, %560
  %562 = getelementptr inbounds i8, ptr %283, i64 192
  %563 = load double, ptr %562, align 8, !tbaa !17
  %564 = fadd double %561, %563
  %565 = getelementptr inbounds i8, ptr %283, i64 200
  %566 = load double, ptr %565, align 8, !tbaa !17
  %567 = fadd double %564, %566
  %568 = getelementptr inbounds i8, ptr %283, i64 208
  %569 = load double, ptr %568, align 8, !tbaa !17
  %570 = fadd double %567, %569
  %571 = getelementptr inbounds i8, ptr %283, i64 216
  %572 = load double, ptr %571, align 8, !tbaa !17
  %573 = fadd double %570, %572
  %574 = getelementptr inbounds i8, ptr %283, i64 224
  %575 = load double, ptr %574, align 8, !tbaa !17
  %576 = fadd double %573, %575
  %577 = getelementptr inbounds i8, ptr %283, i64 232
  %578 = load double, ptr %577, align 8, !tbaa !17
  %579 = fadd double %576, %578
  %580 = getelementptr inbounds i8, ptr %283, i64 240
  %581 = load double, ptr %580, align 8, !tbaa !17
  %582 = fadd double %579, %581
  %583 = getelementptr inbounds i8, ptr %283, i64 248
  %584 = load double, ptr %583, align 8, !tbaa !17
  %585 = fadd double %582, %584
  %586 = getelementptr inbounds i8, ptr %283, i64 256
  %587 = load double, ptr %586, align 8, !tbaa !17
  %588 = fadd double %585, %587
  %589 = getelementptr inbounds i8, ptr %283, i64 264
  %590 = load double, ptr %589, align 8, !tbaa !17
  %591 = fadd double %588, %590
  %592 = getelementptr inbounds i8, ptr %283, i64 272
  %593 = load double, ptr %592, align 8, !tbaa !17
  %594 = fadd double %591, %593
  %595 = getelementptr inbounds i8, ptr %283, i64 280
  %596 = load double, ptr %595, align 8, !tbaa !17
  %597 = fadd double %594, %596
  %598 = load double, ptr %283, align 8, !tbaa !17
  %599 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %597, double noundef %598, double noundef %596)
  tail call void @free(ptr noundef nonnull %230) #11
  tail call void @free(ptr noundef %231) #11
  tail call void @free(ptr noundef nonnull %283) #11
  %600 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 2880067194370816120)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #8

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind allocsize(0) }
attributes #10 = { nounwind allocsize(0,1) }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !8, i64 0}
!19 = distinct !{!19, !11, !20, !21}
!20 = !{!"llvm.loop.isvectorized", i32 1}
!21 = !{!"llvm.loop.unroll.runtime.disable"}
!22 = distinct !{!22, !11}
!23 = distinct !{!23, !11, !20, !21}
