; ModuleID = 'matrix_mul.c'
source_filename = "matrix_mul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.a = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 16
@main.b = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 16
@main.c1 = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 16
@main.c2 = internal unnamed_addr global [12 x [12 x i64]] zeroinitializer, align 16
@.str = private unnamed_addr constant [34 x i8] c"same=%d trace=%ld corner=%ld,%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"%ld \00", align 1
@.str.3 = private unnamed_addr constant [40 x i8] c"double sum=%.4f c[0]=%.4f c[last]=%.4f\0A\00", align 1
@.str.4 = private unnamed_addr constant [25 x i8] c"fib(90) via matrix=%llu\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %80, %1 ]
  %3 = insertelement <2 x i64> poison, i64 %2, i64 0
  %4 = shufflevector <2 x i64> %3, <2 x i64> poison, <2 x i32> zeroinitializer
  %5 = mul nuw nsw i64 %2, 7
  %6 = insertelement <2 x i64> poison, i64 %5, i64 0
  %7 = shufflevector <2 x i64> %6, <2 x i64> poison, <2 x i32> zeroinitializer
  %8 = trunc <2 x i64> %7 to <2 x i32>
  %9 = add <2 x i32> %8, <i32 0, i32 3>
  %10 = urem <2 x i32> %9, <i32 11, i32 11>
  %11 = add nsw <2 x i32> %10, <i32 -5, i32 -5>
  %12 = sext <2 x i32> %11 to <2 x i64>
  %13 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 0
  store <2 x i64> %12, ptr %13, align 16, !tbaa !5
  %14 = icmp eq <2 x i64> %4, <i64 0, i64 1>
  %15 = select <2 x i1> %14, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %16 = add nuw nsw <2 x i64> %4, <i64 0, i64 1>
  %17 = and <2 x i64> %16, <i64 3, i64 3>
  %18 = add nuw nsw <2 x i64> %15, %17
  %19 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 0
  store <2 x i64> %18, ptr %19, align 16, !tbaa !5
  %20 = trunc <2 x i64> %7 to <2 x i32>
  %21 = add <2 x i32> %20, <i32 6, i32 9>
  %22 = urem <2 x i32> %21, <i32 11, i32 11>
  %23 = add nsw <2 x i32> %22, <i32 -5, i32 -5>
  %24 = sext <2 x i32> %23 to <2 x i64>
  %25 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 2
  store <2 x i64> %24, ptr %25, align 16, !tbaa !5
  %26 = icmp eq <2 x i64> %4, <i64 2, i64 3>
  %27 = select <2 x i1> %26, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %28 = add nuw nsw <2 x i64> %4, <i64 2, i64 3>
  %29 = and <2 x i64> %28, <i64 3, i64 3>
  %30 = add nuw nsw <2 x i64> %27, %29
  %31 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 2
  store <2 x i64> %30, ptr %31, align 16, !tbaa !5
  %32 = trunc <2 x i64> %7 to <2 x i32>
  %33 = add <2 x i32> %32, <i32 12, i32 15>
  %34 = urem <2 x i32> %33, <i32 11, i32 11>
  %35 = add nsw <2 x i32> %34, <i32 -5, i32 -5>
  %36 = sext <2 x i32> %35 to <2 x i64>
  %37 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 4
  store <2 x i64> %36, ptr %37, align 16, !tbaa !5
  %38 = icmp eq <2 x i64> %4, <i64 4, i64 5>
  %39 = select <2 x i1> %38, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %40 = add nuw nsw <2 x i64> %4, <i64 4, i64 5>
  %41 = and <2 x i64> %40, <i64 3, i64 3>
  %42 = add nuw nsw <2 x i64> %39, %41
  %43 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 4
  store <2 x i64> %42, ptr %43, align 16, !tbaa !5
  %44 = trunc <2 x i64> %7 to <2 x i32>
  %45 = add <2 x i32> %44, <i32 18, i32 21>
  %46 = urem <2 x i32> %45, <i32 11, i32 11>
  %47 = add nsw <2 x i32> %46, <i32 -5, i32 -5>
  %48 = sext <2 x i32> %47 to <2 x i64>
  %49 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 6
  store <2 x i64> %48, ptr %49, align 16, !tbaa !5
  %50 = icmp eq <2 x i64> %4, <i64 6, i64 7>
  %51 = select <2 x i1> %50, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %52 = add nuw nsw <2 x i64> %4, <i64 6, i64 7>
  %53 = and <2 x i64> %52, <i64 3, i64 3>
  %54 = add nuw nsw <2 x i64> %51, %53
  %55 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 6
  store <2 x i64> %54, ptr %55, align 16, !tbaa !5
  %56 = trunc <2 x i64> %7 to <2 x i32>
  %57 = add <2 x i32> %56, <i32 24, i32 27>
  %58 = urem <2 x i32> %57, <i32 11, i32 11>
  %59 = add nsw <2 x i32> %58, <i32 -5, i32 -5>
  %60 = sext <2 x i32> %59 to <2 x i64>
  %61 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 8
  store <2 x i64> %60, ptr %61, align 16, !tbaa !5
  %62 = icmp eq <2 x i64> %4, <i64 8, i64 9>
  %63 = select <2 x i1> %62, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %64 = add nuw nsw <2 x i64> %4, <i64 8, i64 9>
  %65 = and <2 x i64> %64, <i64 3, i64 3>
  %66 = add nuw nsw <2 x i64> %63, %65
  %67 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 8
  store <2 x i64> %66, ptr %67, align 16, !tbaa !5
  %68 = trunc <2 x i64> %7 to <2 x i32>
  %69 = add <2 x i32> %68, <i32 30, i32 33>
  %70 = urem <2 x i32> %69, <i32 11, i32 11>
  %71 = add nsw <2 x i32> %70, <i32 -5, i32 -5>
  %72 = sext <2 x i32> %71 to <2 x i64>
  %73 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 10
  store <2 x i64> %72, ptr %73, align 16, !tbaa !5
  %74 = icmp eq <2 x i64> %4, <i64 10, i64 11>
  %75 = select <2 x i1> %74, <2 x i64> <i64 2, i64 2>, <2 x i64> zeroinitializer
  %76 = add nuw nsw <2 x i64> %4, <i64 10, i64 11>
  %77 = and <2 x i64> %76, <i64 3, i64 3>
  %78 = add nuw nsw <2 x i64> %75, %77
  %79 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 10
  store <2 x i64> %78, ptr %79, align 16, !tbaa !5
  %80 = add nuw nsw i64 %2, 1
  %81 = icmp eq i64 %80, 12
  br i1 %81, label %82, label %1, !llvm.loop !9

82:                                               ; preds = %1, %160
  %83 = phi i64 [ %161, %160 ], [ 0, %1 ]
  %84 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 0
  %85 = load i64, ptr %84, align 16, !tbaa !5
  %86 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 1
  %87 = load i64, ptr %86, align 8, !tbaa !5
  %88 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 2
  %89 = load i64, ptr %88, align 16, !tbaa !5
  %90 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 3
  %91 = load i64, ptr %90, align 8, !tbaa !5
  %92 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 4
  %93 = load i64, ptr %92, align 16, !tbaa !5
  %94 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 5
  %95 = load i64, ptr %94, align 8, !tbaa !5
  %96 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 6
  %97 = load i64, ptr %96, align 16, !tbaa !5
  %98 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 7
  %99 = load i64, ptr %98, align 8, !tbaa !5
  %100 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 8
  %101 = load i64, ptr %100, align 16, !tbaa !5
  %102 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 9
  %103 = load i64, ptr %102, align 8, !tbaa !5
  %104 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 10
  %105 = load i64, ptr %104, align 16, !tbaa !5
  %106 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %83, i64 11
  %107 = load i64, ptr %106, align 8, !tbaa !5
  br label %108

108:                                              ; preds = %108, %82
  %109 = phi i64 [ 0, %82 ], [ %158, %108 ]
  %110 = getelementptr inbounds [12 x i64], ptr @main.b, i64 0, i64 %109
  %111 = load i64, ptr %110, align 8, !tbaa !5
  %112 = mul nsw i64 %111, %85
  %113 = getelementptr inbounds [12 x i64], ptr @main.b, i64 1, i64 %109
  %114 = load i64, ptr %113, align 8, !tbaa !5
  %115 = mul nsw i64 %114, %87
  %116 = add nsw i64 %115, %112
  %117 = getelementptr inbounds [12 x i64], ptr @main.b, i64 2, i64 %109
  %118 = load i64, ptr %117, align 8, !tbaa !5
  %119 = mul nsw i64 %118, %89
  %120 = add nsw i64 %116, %119
  %121 = getelementptr inbounds [12 x i64], ptr @main.b, i64 3, i64 %109
  %122 = load i64, ptr %121, align 8, !tbaa !5
  %123 = mul nsw i64 %122, %91
  %124 = add nsw i64 %120, %123
  %125 = getelementptr inbounds [12 x i64], ptr @main.b, i64 4, i64 %109
  %126 = load i64, ptr %125, align 8, !tbaa !5
  %127 = mul nsw i64 %126, %93
  %128 = add nsw i64 %124, %127
  %129 = getelementptr inbounds [12 x i64], ptr @main.b, i64 5, i64 %109
  %130 = load i64, ptr %129, align 8, !tbaa !5
  %131 = mul nsw i64 %130, %95
  %132 = add nsw i64 %128, %131
  %133 = getelementptr inbounds [12 x i64], ptr @main.b, i64 6, i64 %109
  %134 = load i64, ptr %133, align 8, !tbaa !5
  %135 = mul nsw i64 %134, %97
  %136 = add nsw i64 %132, %135
  %137 = getelementptr inbounds [12 x i64], ptr @main.b, i64 7, i64 %109
  %138 = load i64, ptr %137, align 8, !tbaa !5
  %139 = mul nsw i64 %138, %99
  %140 = add nsw i64 %136, %139
  %141 = getelementptr inbounds [12 x i64], ptr @main.b, i64 8, i64 %109
  %142 = load i64, ptr %141, align 8, !tbaa !5
  %143 = mul nsw i64 %142, %101
  %144 = add nsw i64 %140, %143
  %145 = getelementptr inbounds [12 x i64], ptr @main.b, i64 9, i64 %109
  %146 = load i64, ptr %145, align 8, !tbaa !5
  %147 = mul nsw i64 %146, %103
  %148 = add nsw i64 %144, %147
  %149 = getelementptr inbounds [12 x i64], ptr @main.b, i64 10, i64 %109
  %150 = load i64, ptr %149, align 8, !tbaa !5
  %151 = mul nsw i64 %150, %105
  %152 = add nsw i64 %148, %151
  %153 = getelementptr inbounds [12 x i64], ptr @main.b, i64 11, i64 %109
  %154 = load i64, ptr %153, align 8, !tbaa !5
  %155 = mul nsw i64 %154, %107
  %156 = add nsw i64 %152, %155
  %157 = getelementptr inbounds [12 x i64], ptr @main.c1, i64 %83, i64 %109
  store i64 %156, ptr %157, align 8, !tbaa !5
  %158 = add nuw nsw i64 %109, 1
  %159 = icmp eq i64 %158, 12
  br i1 %159, label %160, label %108, !llvm.loop !11

160:                                              ; preds = %108
  %161 = add nuw nsw i64 %83, 1
  %162 = icmp eq i64 %161, 12
  br i1 %162, label %163, label %82, !llvm.loop !12

163:                                              ; preds = %160
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1152) @main.c2, i8 0, i64 1152, i1 false), !tbaa !5
  br label %164

164:                                              ; preds = %172, %163
  %165 = phi i64 [ 0, %163 ], [ %173, %172 ]
  %166 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %165, i64 0
  %167 = load <4 x i64>, ptr %166, align 16, !tbaa !5
  %168 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %165, i64 4
  %169 = load <4 x i64>, ptr %168, align 16, !tbaa !5
  %170 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %165, i64 8
  %171 = load <4 x i64>, ptr %170, align 16, !tbaa !5
  br label %175

172:                                              ; preds = %175
  store <4 x i64> %187, ptr %166, align 16, !tbaa !5
  store <4 x i64> %191, ptr %168, align 16, !tbaa !5
  store <4 x i64> %195, ptr %170, align 16, !tbaa !5
  %173 = add nuw nsw i64 %165, 1
  %174 = icmp eq i64 %173, 12
  br i1 %174, label %243, label %164, !llvm.loop !13

175:                                              ; preds = %175, %164
  %176 = phi i64 [ 0, %164 ], [ %196, %175 ]
  %177 = phi <4 x i64> [ %167, %164 ], [ %187, %175 ]
  %178 = phi <4 x i64> [ %169, %164 ], [ %191, %175 ]
  %179 = phi <4 x i64> [ %171, %164 ], [ %195, %175 ]
  %180 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %165, i64 %176
  %181 = load i64, ptr %180, align 8, !tbaa !5
  %182 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %176, i64 0
  %183 = load <4 x i64>, ptr %182, align 16, !tbaa !5
  %184 = insertelement <4 x i64> poison, i64 %181, i64 0
  %185 = shufflevector <4 x i64> %184, <4 x i64> poison, <4 x i32> zeroinitializer
  %186 = mul nsw <4 x i64> %183, %185
  %187 = add nsw <4 x i64> %186, %177
  %188 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %176, i64 4
  %189 = load <4 x i64>, ptr %188, align 16, !tbaa !5
  %190 = mul nsw <4 x i64> %189, %185
  %191 = add nsw <4 x i64> %190, %178
  %192 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %176, i64 8
  %193 = load <4 x i64>, ptr %192, align 16, !tbaa !5
  %194 = mul nsw <4 x i64> %193, %185
  %195 = add nsw <4 x i64> %194, %179
  %196 = add nuw nsw i64 %176, 1
  %197 = icmp eq i64 %196, 12
  br i1 %197, label %172, label %175, !llvm.loop !14

198:                                              ; preds = %243
  %199 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 88), align 8, !tbaa !5
  %200 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 1056), align 16, !tbaa !5
  %201 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %284, i64 noundef %285, i64 noundef %199, i64 noundef %200)
  %202 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 288), align 16, !tbaa !5
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %202)
  %204 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 296), align 8, !tbaa !5
  %205 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %204)
  %206 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 304), align 16, !tbaa !5
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %206)
  %208 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 312), align 8, !tbaa !5
  %209 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %208)
  %210 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 320), align 16, !tbaa !5
  %211 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %210)
  %212 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 328), align 8, !tbaa !5
  %213 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %212)
  %214 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 336), align 16, !tbaa !5
  %215 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %214)
  %216 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 344), align 8, !tbaa !5
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %216)
  %218 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 352), align 16, !tbaa !5
  %219 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %218)
  %220 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 360), align 8, !tbaa !5
  %221 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %220)
  %222 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 368), align 16, !tbaa !5
  %223 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %222)
  %224 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 376), align 8, !tbaa !5
  %225 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %224)
  %226 = tail call i32 @putchar(i32 10)
  %227 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  %228 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  br label %229

229:                                              ; preds = %229, %198
  %230 = phi i64 [ 0, %198 ], [ %240, %229 ]
  %231 = phi <2 x i8> [ <i8 0, i8 1>, %198 ], [ %241, %229 ]
  %232 = urem <2 x i8> %231, <i8 5, i8 5>
  %233 = uitofp nneg <2 x i8> %232 to <2 x double>
  %234 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %233, <2 x double> <double 5.000000e-01, double 5.000000e-01>, <2 x double> <double -1.000000e+00, double -1.000000e+00>)
  %235 = getelementptr inbounds double, ptr %227, i64 %230
  store <2 x double> %234, ptr %235, align 8, !tbaa !15
  %236 = urem <2 x i8> %231, <i8 7, i8 7>
  %237 = uitofp nneg <2 x i8> %236 to <2 x double>
  %238 = fmul <2 x double> %237, <double 2.500000e-01, double 2.500000e-01>
  %239 = getelementptr inbounds double, ptr %228, i64 %230
  store <2 x double> %238, ptr %239, align 8, !tbaa !15
  %240 = add nuw i64 %230, 2
  %241 = add <2 x i8> %231, <i8 2, i8 2>
  %242 = icmp eq i64 %240, 36
  br i1 %242, label %288, label %229, !llvm.loop !17

243:                                              ; preds = %172, %243
  %244 = phi i64 [ %286, %243 ], [ 0, %172 ]
  %245 = phi i64 [ %285, %243 ], [ 0, %172 ]
  %246 = phi i32 [ %284, %243 ], [ 1, %172 ]
  %247 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 %244
  %248 = load i64, ptr %247, align 8, !tbaa !5
  %249 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 0
  %250 = load i64, ptr %249, align 16, !tbaa !5
  %251 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %244, i64 0
  %252 = load i64, ptr %251, align 16, !tbaa !5
  %253 = icmp eq i64 %250, %252
  %254 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 1
  %255 = load i64, ptr %254, align 8, !tbaa !5
  %256 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %244, i64 1
  %257 = load i64, ptr %256, align 8, !tbaa !5
  %258 = icmp eq i64 %255, %257
  %259 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 2
  %260 = load i64, ptr %259, align 16, !tbaa !5
  %261 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %244, i64 2
  %262 = load i64, ptr %261, align 16, !tbaa !5
  %263 = icmp eq i64 %260, %262
  %264 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 3
  %265 = load i64, ptr %264, align 8, !tbaa !5
  %266 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %244, i64 3
  %267 = load i64, ptr %266, align 8, !tbaa !5
  %268 = icmp eq i64 %265, %267
  %269 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %244, i64 4
  %270 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %244, i64 4
  %271 = load <8 x i64>, ptr %269, align 16, !tbaa !5
  %272 = load <8 x i64>, ptr %270, align 16, !tbaa !5
  %273 = icmp eq <8 x i64> %271, %272
  %274 = freeze <8 x i1> %273
  %275 = bitcast <8 x i1> %274 to i8
  %276 = icmp eq i8 %275, -1
  %277 = freeze i1 %268
  %278 = and i1 %276, %277
  %279 = freeze i1 %263
  %280 = and i1 %278, %279
  %281 = freeze i1 %258
  %282 = and i1 %280, %281
  %283 = select i1 %282, i1 %253, i1 false
  %284 = select i1 %283, i32 %246, i32 0
  %285 = add nsw i64 %248, %245
  %286 = add nuw nsw i64 %244, 1
  %287 = icmp eq i64 %286, 12
  br i1 %287, label %198, label %243, !llvm.loop !20

288:                                              ; preds = %229
  %289 = tail call noalias dereferenceable_or_null(288) ptr @calloc(i64 noundef 36, i64 noundef 8) #9
  %290 = getelementptr inbounds i8, ptr %289, i64 40
  %291 = getelementptr inbounds i8, ptr %228, i64 280
  %292 = load double, ptr %291, align 8, !tbaa !15
  %293 = getelementptr inbounds i8, ptr %228, i64 272
  %294 = load double, ptr %293, align 8, !tbaa !15
  %295 = getelementptr inbounds i8, ptr %228, i64 64
  %296 = load double, ptr %295, align 8, !tbaa !15
  %297 = getelementptr inbounds i8, ptr %228, i64 56
  %298 = load double, ptr %297, align 8, !tbaa !15
  %299 = getelementptr inbounds i8, ptr %228, i64 48
  %300 = load double, ptr %299, align 8, !tbaa !15
  %301 = getelementptr inbounds i8, ptr %228, i64 40
  %302 = load double, ptr %301, align 8, !tbaa !15
  %303 = getelementptr inbounds i8, ptr %228, i64 32
  %304 = load double, ptr %303, align 8, !tbaa !15
  %305 = getelementptr inbounds i8, ptr %228, i64 24
  %306 = load double, ptr %305, align 8, !tbaa !15
  %307 = getelementptr inbounds i8, ptr %228, i64 16
  %308 = load double, ptr %307, align 8, !tbaa !15
  %309 = getelementptr inbounds i8, ptr %228, i64 8
  %310 = load double, ptr %309, align 8, !tbaa !15
  %311 = load double, ptr %228, align 8, !tbaa !15
  %312 = getelementptr inbounds i8, ptr %228, i64 264
  %313 = load double, ptr %312, align 8, !tbaa !15
  %314 = getelementptr inbounds i8, ptr %228, i64 256
  %315 = load double, ptr %314, align 8, !tbaa !15
  %316 = getelementptr inbounds i8, ptr %228, i64 248
  %317 = load double, ptr %316, align 8, !tbaa !15
  %318 = getelementptr inbounds i8, ptr %228, i64 240
  %319 = load double, ptr %318, align 8, !tbaa !15
  %320 = getelementptr inbounds i8, ptr %228, i64 232
  %321 = load double, ptr %320, align 8, !tbaa !15
  %322 = getelementptr inbounds i8, ptr %228, i64 224
  %323 = load double, ptr %322, align 8, !tbaa !15
  %324 = getelementptr inbounds i8, ptr %228, i64 216
  %325 = load double, ptr %324, align 8, !tbaa !15
  %326 = getelementptr inbounds i8, ptr %228, i64 208
  %327 = load double, ptr %326, align 8, !tbaa !15
  %328 = getelementptr inbounds i8, ptr %228, i64 200
  %329 = load double, ptr %328, align 8, !tbaa !15
  %330 = getelementptr inbounds i8, ptr %228, i64 192
  %331 = load double, ptr %330, align 8, !tbaa !15
  %332 = getelementptr inbounds i8, ptr %228, i64 184
  %333 = load double, ptr %332, align 8, !tbaa !15
  %334 = getelementptr inbounds i8, ptr %228, i64 176
  %335 = load double, ptr %334, align 8, !tbaa !15
  %336 = getelementptr inbounds i8, ptr %228, i64 168
  %337 = load double, ptr %336, align 8, !tbaa !15
  %338 = getelementptr inbounds i8, ptr %228, i64 160
  %339 = load double, ptr %338, align 8, !tbaa !15
  %340 = getelementptr inbounds i8, ptr %228, i64 152
  %341 = load double, ptr %340, align 8, !tbaa !15
  %342 = getelementptr inbounds i8, ptr %228, i64 144
  %343 = load double, ptr %342, align 8, !tbaa !15
  %344 = getelementptr inbounds i8, ptr %228, i64 136
  %345 = load double, ptr %344, align 8, !tbaa !15
  %346 = getelementptr inbounds i8, ptr %228, i64 128
  %347 = load double, ptr %346, align 8, !tbaa !15
  %348 = getelementptr inbounds i8, ptr %228, i64 120
  %349 = load double, ptr %348, align 8, !tbaa !15
  %350 = getelementptr inbounds i8, ptr %228, i64 112
  %351 = load double, ptr %350, align 8, !tbaa !15
  %352 = getelementptr inbounds i8, ptr %228, i64 104
  %353 = load double, ptr %352, align 8, !tbaa !15
  %354 = getelementptr inbounds i8, ptr %228, i64 96
  %355 = load double, ptr %354, align 8, !tbaa !15
  %356 = getelementptr inbounds i8, ptr %228, i64 88
  %357 = load double, ptr %356, align 8, !tbaa !15
  %358 = getelementptr inbounds i8, ptr %228, i64 80
  %359 = load double, ptr %358, align 8, !tbaa !15
  %360 = getelementptr inbounds i8, ptr %228, i64 72
  %361 = load double, ptr %360, align 8, !tbaa !15
  %362 = insertelement <2 x double> poison, double %311, i64 0
  %363 = shufflevector <2 x double> %362, <2 x double> poison, <2 x i32> zeroinitializer
  %364 = insertelement <2 x double> poison, double %310, i64 0
  %365 = shufflevector <2 x double> %364, <2 x double> poison, <2 x i32> zeroinitializer
  %366 = insertelement <2 x double> poison, double %308, i64 0
  %367 = shufflevector <2 x double> %366, <2 x double> poison, <2 x i32> zeroinitializer
  %368 = insertelement <2 x double> poison, double %306, i64 0
  %369 = shufflevector <2 x double> %368, <2 x double> poison, <2 x i32> zeroinitializer
  %370 = insertelement <2 x double> poison, double %304, i64 0
  %371 = shufflevector <2 x double> %370, <2 x double> poison, <2 x i32> zeroinitializer
  %372 = insertelement <2 x double> poison, double %302, i64 0
  %373 = shufflevector <2 x double> %372, <2 x double> poison, <2 x i32> zeroinitializer
  %374 = insertelement <2 x double> poison, double %300, i64 0
  %375 = shufflevector <2 x double> %374, <2 x double> poison, <2 x i32> zeroinitializer
  %376 = insertelement <2 x double> poison, double %298, i64 0
  %377 = shufflevector <2 x double> %376, <2 x double> poison, <2 x i32> zeroinitializer
  %378 = insertelement <2 x double> poison, double %296, i64 0
  %379 = shufflevector <2 x double> %378, <2 x double> poison, <2 x i32> zeroinitializer
  %380 = insertelement <2 x double> poison, double %361, i64 0
  %381 = shufflevector <2 x double> %380, <2 x double> poison, <2 x i32> zeroinitializer
  %382 = insertelement <2 x double> poison, double %359, i64 0
  %383 = shufflevector <2 x double> %382, <2 x double> poison, <2 x i32> zeroinitializer
  %384 = insertelement <2 x double> poison, double %357, i64 0
  %385 = shufflevector <2 x double> %384, <2 x double> poison, <2 x i32> zeroinitializer
  %386 = insertelement <2 x double> poison, double %355, i64 0
  %387 = shufflevector <2 x double> %386, <2 x double> poison, <2 x i32> zeroinitializer
  %388 = insertelement <2 x double> poison, double %353, i64 0
  %389 = shufflevector <2 x double> %388, <2 x double> poison, <2 x i32> zeroinitializer
  %390 = insertelement <2 x double> poison, double %351, i64 0
  %391 = shufflevector <2 x double> %390, <2 x double> poison, <2 x i32> zeroinitializer
  %392 = insertelement <2 x double> poison, double %349, i64 0
  %393 = shufflevector <2 x double> %392, <2 x double> poison, <2 x i32> zeroinitializer
  %394 = insertelement <2 x double> poison, double %347, i64 0
  %395 = shufflevector <2 x double> %394, <2 x double> poison, <2 x i32> zeroinitializer
  %396 = insertelement <2 x double> poison, double %345, i64 0
  %397 = shufflevector <2 x double> %396, <2 x double> poison, <2 x i32> zeroinitializer
  %398 = insertelement <2 x double> poison, double %343, i64 0
  %399 = shufflevector <2 x double> %398, <2 x double> poison, <2 x i32> zeroinitializer
  %400 = insertelement <2 x double> poison, double %341, i64 0
  %401 = shufflevector <2 x double> %400, <2 x double> poison, <2 x i32> zeroinitializer
  %402 = insertelement <2 x double> poison, double %339, i64 0
  %403 = shufflevector <2 x double> %402, <2 x double> poison, <2 x i32> zeroinitializer
  %404 = insertelement <2 x double> poison, double %337, i64 0
  %405 = shufflevector <2 x double> %404, <2 x double> poison, <2 x i32> zeroinitializer
  %406 = insertelement <2 x double> poison, double %335, i64 0
  %407 = shufflevector <2 x double> %406, <2 x double> poison, <2 x i32> zeroinitializer
  %408 = insertelement <2 x double> poison, double %333, i64 0
  %409 = shufflevector <2 x double> %408, <2 x double> poison, <2 x i32> zeroinitializer
  %410 = insertelement <2 x double> poison, double %331, i64 0
  %411 = shufflevector <2 x double> %410, <2 x double> poison, <2 x i32> zeroinitializer
  %412 = insertelement <2 x double> poison, double %329, i64 0
  %413 = shufflevector <2 x double> %412, <2 x double> poison, <2 x i32> zeroinitializer
  %414 = insertelement <2 x double> poison, double %327, i64 0
  %415 = shufflevector <2 x double> %414, <2 x double> poison, <2 x i32> zeroinitializer
  %416 = insertelement <2 x double> poison, double %325, i64 0
  %417 = shufflevector <2 x double> %416, <2 x double> poison, <2 x i32> zeroinitializer
  %418 = insertelement <2 x double> poison, double %323, i64 0
  %419 = shufflevector <2 x double> %418, <2 x double> poison, <2 x i32> zeroinitializer
  %420 = insertelement <2 x double> poison, double %321, i64 0
  %421 = shufflevector <2 x double> %420, <2 x double> poison, <2 x i32> zeroinitializer
  %422 = insertelement <2 x double> poison, double %319, i64 0
  %423 = shufflevector <2 x double> %422, <2 x double> poison, <2 x i32> zeroinitializer
  %424 = insertelement <2 x double> poison, double %317, i64 0
  %425 = shufflevector <2 x double> %424, <2 x double> poison, <2 x i32> zeroinitializer
  %426 = insertelement <2 x double> poison, double %315, i64 0
  %427 = shufflevector <2 x double> %426, <2 x double> poison, <2 x i32> zeroinitializer
  %428 = insertelement <2 x double> poison, double %313, i64 0
  %429 = shufflevector <2 x double> %428, <2 x double> poison, <2 x i32> zeroinitializer
  %430 = insertelement <2 x double> poison, double %294, i64 0
  %431 = shufflevector <2 x double> %430, <2 x double> poison, <2 x i32> zeroinitializer
  %432 = insertelement <2 x double> poison, double %292, i64 0
  %433 = shufflevector <2 x double> %432, <2 x double> poison, <2 x i32> zeroinitializer
  %434 = getelementptr i8, ptr %290, i64 -40
  br label %435

435:                                              ; preds = %435, %288
  %436 = phi i64 [ 0, %288 ], [ %496, %435 ]
  %437 = mul nuw nsw i64 %436, 6
  %438 = getelementptr inbounds double, ptr %227, i64 %437
  %439 = getelementptr inbounds double, ptr %289, i64 %437
  %440 = load <12 x double>, ptr %439, align 8, !tbaa !15
  %441 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 0, i32 6>
  %442 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 1, i32 7>
  %443 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 2, i32 8>
  %444 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 3, i32 9>
  %445 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 4, i32 10>
  %446 = shufflevector <12 x double> %440, <12 x double> poison, <2 x i32> <i32 5, i32 11>
  %447 = load <12 x double>, ptr %438, align 8, !tbaa !15
  %448 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 0, i32 6>
  %449 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 1, i32 7>
  %450 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 2, i32 8>
  %451 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 3, i32 9>
  %452 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 4, i32 10>
  %453 = shufflevector <12 x double> %447, <12 x double> poison, <2 x i32> <i32 5, i32 11>
  %454 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %363, <2 x double> %441)
  %455 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %365, <2 x double> %442)
  %456 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %367, <2 x double> %443)
  %457 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %369, <2 x double> %444)
  %458 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %371, <2 x double> %445)
  %459 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %448, <2 x double> %373, <2 x double> %446)
  %460 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %375, <2 x double> %454)
  %461 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %377, <2 x double> %455)
  %462 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %379, <2 x double> %456)
  %463 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %381, <2 x double> %457)
  %464 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %383, <2 x double> %458)
  %465 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %449, <2 x double> %385, <2 x double> %459)
  %466 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %387, <2 x double> %460)
  %467 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %389, <2 x double> %461)
  %468 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %391, <2 x double> %462)
  %469 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %393, <2 x double> %463)
  %470 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %395, <2 x double> %464)
  %471 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %450, <2 x double> %397, <2 x double> %465)
  %472 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %399, <2 x double> %466)
  %473 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %401, <2 x double> %467)
  %474 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %403, <2 x double> %468)
  %475 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %405, <2 x double> %469)
  %476 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %407, <2 x double> %470)
  %477 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %451, <2 x double> %409, <2 x double> %471)
  %478 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %411, <2 x double> %472)
  %479 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %413, <2 x double> %473)
  %480 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %415, <2 x double> %474)
  %481 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %417, <2 x double> %475)
  %482 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %419, <2 x double> %476)
  %483 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %452, <2 x double> %421, <2 x double> %477)
  %484 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %423, <2 x double> %478)
  %485 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %425, <2 x double> %479)
  %486 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %427, <2 x double> %480)
  %487 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %429, <2 x double> %481)
  %488 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %431, <2 x double> %482)
  %489 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %453, <2 x double> %433, <2 x double> %483)
  %490 = getelementptr double, ptr %434, i64 %437
  %491 = shufflevector <2 x double> %484, <2 x double> %485, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %492 = shufflevector <2 x double> %486, <2 x double> %487, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %493 = shufflevector <4 x double> %491, <4 x double> %492, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %494 = shufflevector <2 x double> %488, <2 x double> %489, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 poison, i32 poison, i32 poison, i32 poison>
  %495 = shufflevector <8 x double> %493, <8 x double> %494, <12 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 1, i32 3, i32 5, i32 7, i32 9, i32 11>
  store <12 x double> %495, ptr %490, align 8, !tbaa !15
  %496 = add nuw i64 %436, 2
  %497 = icmp eq i64 %496, 6
  br i1 %497, label %498, label %435, !llvm.loop !21

498:                                              ; preds = %435
  %499 = getelementptr inbounds i8, ptr %289, i64 32
  %500 = getelementptr inbounds i8, ptr %289, i64 24
  %501 = getelementptr inbounds i8, ptr %289, i64 16
  %502 = load double, ptr %289, align 8, !tbaa !15
  %503 = fadd double %502, 0.000000e+00
  %504 = getelementptr inbounds i8, ptr %289, i64 8
  %505 = load double, ptr %504, align 8, !tbaa !15
  %506 = fadd double %503, %505
  %507 = load double, ptr %501, align 8, !tbaa !15
  %508 = fadd double %506, %507
  %509 = load double, ptr %500, align 8, !tbaa !15
  %510 = fadd double %508, %509
  %511 = load double, ptr %499, align 8, !tbaa !15
  %512 = fadd double %510, %511
  %513 = load double, ptr %290, align 8, !tbaa !15
  %514 = fadd double %512, %513
  %515 = getelementptr inbounds i8, ptr %289, i64 48
  %516 = load double, ptr %515, align 8, !tbaa !15
  %517 = fadd double %514, %516
  %518 = getelementptr inbounds i8, ptr %289, i64 56
  %519 = load double, ptr %518, align 8, !tbaa !15
  %520 = fadd double %517, %519
  %521 = getelementptr inbounds i8, ptr %289, i64 64
  %522 = load double, ptr %521, align 8, !tbaa !15
  %523 = fadd double %520, %522
  %524 = getelementptr inbounds i8, ptr %289, i64 72
  %525 = load double, ptr %524, align 8, !tbaa !15
  %526 = fadd double %523, %525
  %527 = getelementptr inbounds i8, ptr %289, i64 80
  %528 = load double, ptr %527, align 8, !tbaa !15
  %529 = fadd double %526, %528
  %530 = getelementptr inbounds i8, ptr %289, i64 88
  %531 = load double, ptr %530, align 8, !tbaa !15
  %532 = fadd double %529, %531
  %533 = getelementptr inbounds i8, ptr %289, i64 96
  %534 = load double, ptr %533, align 8, !tbaa !15
  %535 = fadd double %532, %534
  %536 = getelementptr inbounds i8, ptr %289, i64 104
  %537 = load double, ptr %536, align 8, !tbaa !15
  %538 = fadd double %535, %537
  %539 = getelementptr inbounds i8, ptr %289, i64 112
  %540 = load double, ptr %539, align 8, !tbaa !15
  %541 = fadd double %538, %540
  %542 = getelementptr inbounds i8, ptr %289, i64 120
  %543 = load double, ptr %542, align 8, !tbaa !15
  %544 = fadd double %541, %543
  %545 = getelementptr inbounds i8, ptr %289, i64 128
  %546 = load double, ptr %545, align 8, !tbaa !15
  %547 = fadd double %544, %546
  %548 = getelementptr inbounds i8, ptr %289, i64 136
  %549 = load double, ptr %548, align 8, !tbaa !15
  %550 = fadd double %547, %549
  %551 = getelementptr inbounds i8, ptr %289, i64 144
  %552 = load double, ptr %551, align 8, !tbaa !15
  %553 = fadd double %550, %552
  %554 = getelementptr inbounds i8, ptr %289, i64 152
  %555 = load double, ptr %554, align 8, !tbaa !15
  %556 = fadd double %553, %555
  %557 = getelementptr inbounds i8, ptr %289, i64 160
  %558 = load double, ptr %557, align 8, !tbaa !15
  %559 = fadd double %556, %558
  %560 = getelementptr inbounds i8, ptr %289, i64 168
  %561 = load double, ptr %560, align 8, !tbaa !15
  %562 = fadd double %559, %561
  %563 = getelementptr inbounds i8, ptr %289, i64 176
  %564 = load double, ptr %563, align 8, !tbaa !15
  %565 = fadd double %562, %564
  %566 = getelementptr inbounds i8, ptr %289, i64 184
  %567 = load double, ptr %566, align 8, !tbaa !15
  %568 = fadd double %565, %567
  %569 = getelementptr inbounds i8, ptr %289, i64 192
  %570 = load double, ptr %569, align 8, !tbaa !15
  %571 = fadd double %568, %570
  %572 = getelementptr inbounds i8, ptr %289, i64 200
  %573 = load double, ptr %572, align 8, !tbaa !15
  %574 = fadd double %571, %573
  %575 = getelementptr inbounds i8, ptr %289, i64 208
  %576 = load double, ptr %575, align 8, !tbaa !15
  %577 = fadd double %574, %576
  %578 = getelementptr inbounds i8, ptr %289, i64 216
  %579 = load double, ptr %578, align 8, !tbaa !15
  %580 = fadd double %577, %579
  %581 = getelementptr inbounds i8, ptr %289, i64 224
  %582 = load double, ptr %581, align 8, !tbaa !15
  %583 = fadd double %580, %582
  %584 = getelementptr inbounds i8, ptr %289, i64 232
  %585 = load double, ptr %584, align 8, !tbaa !15
  %586 = fadd double %583, %585
  %587 = getelementptr inbounds i8, ptr %289, i64 240
  %588 = load double, ptr %587, align 8, !tbaa !15
  %589 = fadd double %586, %588
  %590 = getelementptr inbounds i8, ptr %289, i64 248
  %591 = load double, ptr %590, align 8, !tbaa !15
  %592 = fadd double %589, %591
  %593 = getelementptr inbounds i8, ptr %289, i64 256
  %594 = load double, ptr %593, align 8, !tbaa !15
  %595 = fadd double %592, %594
  %596 = getelementptr inbounds i8, ptr %289, i64 264
  %597 = load double, ptr %596, align 8, !tbaa !15
  %598 = fadd double %595, %597
  %599 = getelementptr inbounds i8, ptr %289, i64 272
  %600 = load double, ptr %599, align 8, !tbaa !15
  %601 = fadd double %598, %600
  %602 = getelementptr inbounds i8, ptr %289, i64 280
  %603 = load double, ptr %602, align 8, !tbaa !15
  %604 = fadd double %601, %603
  %605 = load double, ptr %289, align 8, !tbaa !15
  %606 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %604, double noundef %605, double noundef %603)
  tail call void @free(ptr noundef nonnull %227) #10
  tail call void @free(ptr noundef nonnull %228) #10
  tail call void @free(ptr noundef nonnull %289) #10
  %607 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 2880067194370816120)
  ret i32 0
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !7, i64 0}
!17 = distinct !{!17, !10, !18, !19}
!18 = !{!"llvm.loop.isvectorized", i32 1}
!19 = !{!"llvm.loop.unroll.runtime.disable"}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10, !18, !19}
