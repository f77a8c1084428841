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

1:                                                ; preds = %0, %181
  %2 = phi i64 [ 0, %0 ], [ %182, %181 ]
  %3 = mul nuw nsw i64 %2, 7
  br label %184

4:                                                ; preds = %181, %82
  %5 = phi i64 [ %83, %82 ], [ 0, %181 ]
  %6 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 0
  %7 = load i64, ptr %6, align 16, !tbaa !5
  %8 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 1
  %9 = load i64, ptr %8, align 8, !tbaa !5
  %10 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 2
  %11 = load i64, ptr %10, align 16, !tbaa !5
  %12 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 3
  %13 = load i64, ptr %12, align 8, !tbaa !5
  %14 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 4
  %15 = load i64, ptr %14, align 16, !tbaa !5
  %16 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 5
  %17 = load i64, ptr %16, align 8, !tbaa !5
  %18 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 6
  %19 = load i64, ptr %18, align 16, !tbaa !5
  %20 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 7
  %21 = load i64, ptr %20, align 8, !tbaa !5
  %22 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 8
  %23 = load i64, ptr %22, align 16, !tbaa !5
  %24 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 9
  %25 = load i64, ptr %24, align 8, !tbaa !5
  %26 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 10
  %27 = load i64, ptr %26, align 16, !tbaa !5
  %28 = getelementptr inbounds [12 x i64], ptr @main.a, i64 %5, i64 11
  %29 = load i64, ptr %28, align 8, !tbaa !5
  br label %30

30:                                               ; preds = %30, %4
  %31 = phi i64 [ 0, %4 ], [ %80, %30 ]
  %32 = getelementptr inbounds [12 x i64], ptr @main.b, i64 0, i64 %31
  %33 = load i64, ptr %32, align 8, !tbaa !5
  %34 = mul nsw i64 %33, %7
  %35 = getelementptr inbounds [12 x i64], ptr @main.b, i64 1, i64 %31
  %36 = load i64, ptr %35, align 8, !tbaa !5
  %37 = mul nsw i64 %36, %9
  %38 = add nsw i64 %37, %34
  %39 = getelementptr inbounds [12 x i64], ptr @main.b, i64 2, i64 %31
  %40 = load i64, ptr %39, align 8, !tbaa !5
  %41 = mul nsw i64 %40, %11
  %42 = add nsw i64 %38, %41
  %43 = getelementptr inbounds [12 x i64], ptr @main.b, i64 3, i64 %31
  %44 = load i64, ptr %43, align 8, !tbaa !5
  %45 = mul nsw i64 %44, %13
  %46 = add nsw i64 %42, %45
  %47 = getelementptr inbounds [12 x i64], ptr @main.b, i64 4, i64 %31
  %48 = load i64, ptr %47, align 8, !tbaa !5
  %49 = mul nsw i64 %48, %15
  %50 = add nsw i64 %46, %49
  %51 = getelementptr inbounds [12 x i64], ptr @main.b, i64 5, i64 %31
  %52 = load i64, ptr %51, align 8, !tbaa !5
  %53 = mul nsw i64 %52, %17
  %54 = add nsw i64 %50, %53
  %55 = getelementptr inbounds [12 x i64], ptr @main.b, i64 6, i64 %31
  %56 = load i64, ptr %55, align 8, !tbaa !5
  %57 = mul nsw i64 %56, %19
  %58 = add nsw i64 %54, %57
  %59 = getelementptr inbounds [12 x i64], ptr @main.b, i64 7, i64 %31
  %60 = load i64, ptr %59, align 8, !tbaa !5
  %61 = mul nsw i64 %60, %21
  %62 = add nsw i64 %58, %61
  %63 = getelementptr inbounds [12 x i64], ptr @main.b, i64 8, i64 %31
  %64 = load i64, ptr %63, align 8, !tbaa !5
  %65 = mul nsw i64 %64, %23
  %66 = add nsw i64 %62, %65
  %67 = getelementptr inbounds [12 x i64], ptr @main.b, i64 9, i64 %31
  %68 = load i64, ptr %67, align 8, !tbaa !5
  %69 = mul nsw i64 %68, %25
  %70 = add nsw i64 %66, %69
  %71 = getelementptr inbounds [12 x i64], ptr @main.b, i64 10, i64 %31
  %72 = load i64, ptr %71, align 8, !tbaa !5
  %73 = mul nsw i64 %72, %27
  %74 = add nsw i64 %70, %73
  %75 = getelementptr inbounds [12 x i64], ptr @main.b, i64 11, i64 %31
  %76 = load i64, ptr %75, align 8, !tbaa !5
  %77 = mul nsw i64 %76, %29
  %78 = add nsw i64 %74, %77
  %79 = getelementptr inbounds [12 x i64], ptr @main.c1, i64 %5, i64 %31
  store i64 %78, ptr %79, align 8, !tbaa !5
  %80 = add nuw nsw i64 %31, 1
  %81 = icmp eq i64 %80, 12
  br i1 %81, label %82, label %30, !llvm.loop !9

82:                                               ; preds = %30
  %83 = add nuw nsw i64 %5, 1
  %84 = icmp eq i64 %83, 12
  br i1 %84, label %85, label %4, !llvm.loop !11

85:                                               ; preds = %82
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1152) @main.c2, i8 0, i64 1152, i1 false), !tbaa !5
  br label %86

86:                                               ; preds = %112, %85
  %87 = phi i64 [ 0, %85 ], [ %113, %112 ]
  %88 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 0
  %89 = load i64, ptr %88, align 16, !tbaa !5
  %90 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 1
  %91 = load i64, ptr %90, align 8, !tbaa !5
  %92 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 2
  %93 = load i64, ptr %92, align 16, !tbaa !5
  %94 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 3
  %95 = load i64, ptr %94, align 8, !tbaa !5
  %96 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 4
  %97 = load i64, ptr %96, align 16, !tbaa !5
  %98 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 5
  %99 = load i64, ptr %98, align 8, !tbaa !5
  %100 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 6
  %101 = load i64, ptr %100, align 16, !tbaa !5
  %102 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 7
  %103 = load i64, ptr %102, align 8, !tbaa !5
  %104 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 8
  %105 = load i64, ptr %104, align 16, !tbaa !5
  %106 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 9
  %107 = load i64, ptr %106, align 8, !tbaa !5
  %108 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 10
  %109 = load i64, ptr %108, align 16, !tbaa !5
  %110 = getelementptr inbounds [12 x i64], ptr @main.c2, i64 %87, i64 11
  %111 = load i64, ptr %110, align 8, !tbaa !5
  br label %115

112:                                              ; preds = %115
  store i64 %134, ptr %88, align 16, !tbaa !5
  store i64 %138, ptr %90, align 8, !tbaa !5
  store i64 %142, ptr %92, align 16, !tbaa !5
  store i64 %146, ptr %94, align 8, !tbaa !5
  store i64 %150, ptr %96, align 16, !tbaa !5
  store i64 %154, ptr %98, align 8, !tbaa !5
  store i64 %158, ptr %100, align 16, !tbaa !5
  store i64 %162, ptr %102, align 8, !tbaa !5
  store i64 %166, ptr %104, align 16, !tbaa !5
  store i64 %170, ptr %106, align 8, !tbaa !5
  store i64 %174, ptr %108, align 16, !tbaa !5
  store i64 %178, ptr %110, align 8, !tbaa !5
  %113 = add nuw nsw i64 %87, 1
  %114 = icmp eq i64 %113, 12
  br i1 %114, label %232, label %86, !llvm.loop !12

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
  %130 = load i64, ptr %129, align 8, !tbaa !5
  %131 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 0
  %132 = load i64, ptr %131, align 16, !tbaa !5
  %133 = mul nsw i64 %132, %130
  %134 = add nsw i64 %133, %127
  %135 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 1
  %136 = load i64, ptr %135, align 8, !tbaa !5
  %137 = mul nsw i64 %136, %130
  %138 = add nsw i64 %137, %126
  %139 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 2
  %140 = load i64, ptr %139, align 16, !tbaa !5
  %141 = mul nsw i64 %140, %130
  %142 = add nsw i64 %141, %125
  %143 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 3
  %144 = load i64, ptr %143, align 8, !tbaa !5
  %145 = mul nsw i64 %144, %130
  %146 = add nsw i64 %145, %124
  %147 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 4
  %148 = load i64, ptr %147, align 16, !tbaa !5
  %149 = mul nsw i64 %148, %130
  %150 = add nsw i64 %149, %123
  %151 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 5
  %152 = load i64, ptr %151, align 8, !tbaa !5
  %153 = mul nsw i64 %152, %130
  %154 = add nsw i64 %153, %122
  %155 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 6
  %156 = load i64, ptr %155, align 16, !tbaa !5
  %157 = mul nsw i64 %156, %130
  %158 = add nsw i64 %157, %121
  %159 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 7
  %160 = load i64, ptr %159, align 8, !tbaa !5
  %161 = mul nsw i64 %160, %130
  %162 = add nsw i64 %161, %120
  %163 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 8
  %164 = load i64, ptr %163, align 16, !tbaa !5
  %165 = mul nsw i64 %164, %130
  %166 = add nsw i64 %165, %119
  %167 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 9
  %168 = load i64, ptr %167, align 8, !tbaa !5
  %169 = mul nsw i64 %168, %130
  %170 = add nsw i64 %169, %118
  %171 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 10
  %172 = load i64, ptr %171, align 16, !tbaa !5
  %173 = mul nsw i64 %172, %130
  %174 = add nsw i64 %173, %117
  %175 = getelementptr inbounds [12 x i64], ptr @main.b, i64 %128, i64 11
  %176 = load i64, ptr %175, align 8, !tbaa !5
  %177 = mul nsw i64 %176, %130
  %178 = add nsw i64 %177, %116
  %179 = add nuw nsw i64 %128, 1
  %180 = icmp eq i64 %179, 12
  br i1 %180, label %112, label %115, !llvm.loop !13

181:                                              ; preds = %184
  %182 = add nuw nsw i64 %2, 1
  %183 = icmp eq i64 %182, 12
  br i1 %183, label %4, label %1, !llvm.loop !14

184:                                              ; preds = %1, %184
  %185 = phi i64 [ 0, %1 ], [ %199, %184 ]
  %186 = mul nuw nsw i64 %185, 3
  %187 = add nuw nsw i64 %186, %3
  %188 = trunc nuw nsw i64 %187 to i32
  %189 = urem i32 %188, 11
  %190 = add nsw i32 %189, -5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [12 x [12 x i64]], ptr @main.a, i64 0, i64 %2, i64 %185
  store i64 %191, ptr %192, align 8, !tbaa !5
  %193 = icmp eq i64 %2, %185
  %194 = select i1 %193, i64 2, i64 0
  %195 = add nuw nsw i64 %185, %2
  %196 = and i64 %195, 3
  %197 = add nuw nsw i64 %194, %196
  %198 = getelementptr inbounds [12 x [12 x i64]], ptr @main.b, i64 0, i64 %2, i64 %185
  store i64 %197, ptr %198, align 8, !tbaa !5
  %199 = add nuw nsw i64 %185, 1
  %200 = icmp eq i64 %199, 12
  br i1 %200, label %181, label %184, !llvm.loop !15

201:                                              ; preds = %232
  %202 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 88), align 8, !tbaa !5
  %203 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 1056), align 16, !tbaa !5
  %204 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %309, i64 noundef %310, i64 noundef %202, i64 noundef %203)
  %205 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 288), align 16, !tbaa !5
  %206 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %205)
  %207 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 296), align 8, !tbaa !5
  %208 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %207)
  %209 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 304), align 16, !tbaa !5
  %210 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %209)
  %211 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 312), align 8, !tbaa !5
  %212 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %211)
  %213 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 320), align 16, !tbaa !5
  %214 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %213)
  %215 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 328), align 8, !tbaa !5
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %215)
  %217 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 336), align 16, !tbaa !5
  %218 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %217)
  %219 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 344), align 8, !tbaa !5
  %220 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %219)
  %221 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 352), align 16, !tbaa !5
  %222 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %221)
  %223 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 360), align 8, !tbaa !5
  %224 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %223)
  %225 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 368), align 16, !tbaa !5
  %226 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %225)
  %227 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 376), align 8, !tbaa !5
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %227)
  %229 = tail call i32 @putchar(i32 10)
  %230 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  %231 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  br label %456

232:                                              ; preds = %112, %232
  %233 = phi i64 [ %311, %232 ], [ 0, %112 ]
  %234 = phi i64 [ %310, %232 ], [ 0, %112 ]
  %235 = phi i32 [ %309, %232 ], [ 1, %112 ]
  %236 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 %233
  %237 = load i64, ptr %236, align 8, !tbaa !5
  %238 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 0
  %239 = load i64, ptr %238, align 16, !tbaa !5
  %240 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 0
  %241 = load i64, ptr %240, align 16, !tbaa !5
  %242 = icmp eq i64 %239, %241
  %243 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 1
  %244 = load i64, ptr %243, align 8, !tbaa !5
  %245 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 1
  %246 = load i64, ptr %245, align 8, !tbaa !5
  %247 = icmp eq i64 %244, %246
  %248 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 2
  %249 = load i64, ptr %248, align 16, !tbaa !5
  %250 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 2
  %251 = load i64, ptr %250, align 16, !tbaa !5
  %252 = icmp eq i64 %249, %251
  %253 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 3
  %254 = load i64, ptr %253, align 8, !tbaa !5
  %255 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 3
  %256 = load i64, ptr %255, align 8, !tbaa !5
  %257 = icmp eq i64 %254, %256
  %258 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 4
  %259 = load i64, ptr %258, align 16, !tbaa !5
  %260 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 4
  %261 = load i64, ptr %260, align 16, !tbaa !5
  %262 = icmp eq i64 %259, %261
  %263 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 5
  %264 = load i64, ptr %263, align 8, !tbaa !5
  %265 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 5
  %266 = load i64, ptr %265, align 8, !tbaa !5
  %267 = icmp eq i64 %264, %266
  %268 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 6
  %269 = load i64, ptr %268, align 16, !tbaa !5
  %270 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 6
  %271 = load i64, ptr %270, align 16, !tbaa !5
  %272 = icmp eq i64 %269, %271
  %273 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 7
  %274 = load i64, ptr %273, align 8, !tbaa !5
  %275 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 7
  %276 = load i64, ptr %275, align 8, !tbaa !5
  %277 = icmp eq i64 %274, %276
  %278 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 8
  %279 = load i64, ptr %278, align 16, !tbaa !5
  %280 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 8
  %281 = load i64, ptr %280, align 16, !tbaa !5
  %282 = icmp eq i64 %279, %281
  %283 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 9
  %284 = load i64, ptr %283, align 8, !tbaa !5
  %285 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 9
  %286 = load i64, ptr %285, align 8, !tbaa !5
  %287 = icmp eq i64 %284, %286
  %288 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 10
  %289 = load i64, ptr %288, align 16, !tbaa !5
  %290 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 10
  %291 = load i64, ptr %290, align 16, !tbaa !5
  %292 = icmp eq i64 %289, %291
  %293 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 11
  %294 = load i64, ptr %293, align 8, !tbaa !5
  %295 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 11
  %296 = load i64, ptr %295, align 8, !tbaa !5
  %297 = icmp eq i64 %294, %296
  %298 = select i1 %297, i1 %292, i1 false
  %299 = select i1 %298, i1 %287, i1 false
  %300 = select i1 %299, i1 %282, i1 false
  %301 = select i1 %300, i1 %277, i1 false
  %302 = select i1 %301, i1 %272, i1 false
  %303 = select i1 %302, i1 %267, i1 false
  %304 = select i1 %303, i1 %262, i1 false
  %305 = select i1 %304, i1 %257, i1 false
  %306 = select i1 %305, i1 %252, i1 false
  %307 = select i1 %306, i1 %247, i1 false
  %308 = select i1 %307, i1 %242, i1 false
  %309 = select i1 %308, i32 %235, i32 0
  %310 = add nsw i64 %237, %234
  %311 = add nuw nsw i64 %233, 1
  %312 = icmp eq i64 %311, 12
  br i1 %312, label %201, label %232, !llvm.loop !16

313:                                              ; preds = %456
  %314 = tail call noalias dereferenceable_or_null(288) ptr @calloc(i64 noundef 36, i64 noundef 8) #9
  %315 = getelementptr inbounds i8, ptr %231, i64 16
  %316 = getelementptr inbounds i8, ptr %314, i64 16
  %317 = getelementptr inbounds i8, ptr %231, i64 24
  %318 = getelementptr inbounds i8, ptr %314, i64 24
  %319 = getelementptr inbounds i8, ptr %231, i64 32
  %320 = getelementptr inbounds i8, ptr %314, i64 32
  %321 = getelementptr inbounds i8, ptr %231, i64 40
  %322 = getelementptr inbounds i8, ptr %314, i64 40
  %323 = getelementptr inbounds i8, ptr %231, i64 72
  %324 = load double, ptr %323, align 8, !tbaa !17
  %325 = getelementptr inbounds i8, ptr %231, i64 80
  %326 = load double, ptr %325, align 8, !tbaa !17
  %327 = getelementptr inbounds i8, ptr %231, i64 88
  %328 = load double, ptr %327, align 8, !tbaa !17
  %329 = getelementptr inbounds i8, ptr %231, i64 96
  %330 = load double, ptr %329, align 8, !tbaa !17
  %331 = getelementptr inbounds i8, ptr %231, i64 104
  %332 = load double, ptr %331, align 8, !tbaa !17
  %333 = getelementptr inbounds i8, ptr %231, i64 112
  %334 = load double, ptr %333, align 8, !tbaa !17
  %335 = getelementptr inbounds i8, ptr %231, i64 120
  %336 = load double, ptr %335, align 8, !tbaa !17
  %337 = getelementptr inbounds i8, ptr %231, i64 128
  %338 = load double, ptr %337, align 8, !tbaa !17
  %339 = getelementptr inbounds i8, ptr %231, i64 136
  %340 = load double, ptr %339, align 8, !tbaa !17
  %341 = getelementptr inbounds i8, ptr %231, i64 144
  %342 = load double, ptr %341, align 8, !tbaa !17
  %343 = getelementptr inbounds i8, ptr %231, i64 152
  %344 = load double, ptr %343, align 8, !tbaa !17
  %345 = getelementptr inbounds i8, ptr %231, i64 160
  %346 = load double, ptr %345, align 8, !tbaa !17
  %347 = getelementptr inbounds i8, ptr %231, i64 168
  %348 = load double, ptr %347, align 8, !tbaa !17
  %349 = getelementptr inbounds i8, ptr %231, i64 176
  %350 = load double, ptr %349, align 8, !tbaa !17
  %351 = getelementptr inbounds i8, ptr %231, i64 184
  %352 = load double, ptr %351, align 8, !tbaa !17
  %353 = getelementptr inbounds i8, ptr %231, i64 192
  %354 = load double, ptr %353, align 8, !tbaa !17
  %355 = getelementptr inbounds i8, ptr %231, i64 200
  %356 = load double, ptr %355, align 8, !tbaa !17
  %357 = getelementptr inbounds i8, ptr %231, i64 208
  %358 = load double, ptr %357, align 8, !tbaa !17
  %359 = getelementptr inbounds i8, ptr %231, i64 216
  %360 = load double, ptr %359, align 8, !tbaa !17
  %361 = getelementptr inbounds i8, ptr %231, i64 224
  %362 = load double, ptr %361, align 8, !tbaa !17
  %363 = getelementptr inbounds i8, ptr %231, i64 232
  %364 = load double, ptr %363, align 8, !tbaa !17
  %365 = getelementptr inbounds i8, ptr %231, i64 240
  %366 = load double, ptr %365, align 8, !tbaa !17
  %367 = getelementptr inbounds i8, ptr %231, i64 248
  %368 = load double, ptr %367, align 8, !tbaa !17
  %369 = getelementptr inbounds i8, ptr %231, i64 256
  %370 = load double, ptr %369, align 8, !tbaa !17
  %371 = getelementptr inbounds i8, ptr %231, i64 264
  %372 = load double, ptr %371, align 8, !tbaa !17
  %373 = load double, ptr %231, align 8, !tbaa !17
  %374 = getelementptr inbounds i8, ptr %231, i64 8
  %375 = load double, ptr %374, align 8, !tbaa !17
  %376 = load double, ptr %315, align 8, !tbaa !17
  %377 = load double, ptr %317, align 8, !tbaa !17
  %378 = load double, ptr %319, align 8, !tbaa !17
  %379 = load double, ptr %321, align 8, !tbaa !17
  %380 = getelementptr inbounds i8, ptr %231, i64 48
  %381 = load double, ptr %380, align 8, !tbaa !17
  %382 = getelementptr inbounds i8, ptr %231, i64 56
  %383 = load double, ptr %382, align 8, !tbaa !17
  %384 = getelementptr inbounds i8, ptr %231, i64 64
  %385 = load double, ptr %384, align 8, !tbaa !17
  %386 = getelementptr inbounds i8, ptr %231, i64 272
  %387 = load double, ptr %386, align 8, !tbaa !17
  %388 = getelementptr inbounds i8, ptr %231, i64 280
  %389 = load double, ptr %388, align 8, !tbaa !17
  br label %390

390:                                              ; preds = %390, %313
  %391 = phi i64 [ 0, %313 ], [ %454, %390 ]
  %392 = mul nuw nsw i64 %391, 6
  %393 = getelementptr inbounds double, ptr %230, i64 %392
  %394 = getelementptr inbounds double, ptr %314, i64 %392
  %395 = or disjoint i64 %392, 1
  %396 = getelementptr inbounds double, ptr %314, i64 %395
  %397 = getelementptr inbounds double, ptr %316, i64 %392
  %398 = getelementptr inbounds double, ptr %318, i64 %392
  %399 = getelementptr inbounds double, ptr %320, i64 %392
  %400 = getelementptr inbounds double, ptr %322, i64 %392
  %401 = load double, ptr %394, align 8, !tbaa !17
  %402 = load double, ptr %396, align 8, !tbaa !17
  %403 = load double, ptr %397, align 8, !tbaa !17
  %404 = load double, ptr %398, align 8, !tbaa !17
  %405 = load double, ptr %399, align 8, !tbaa !17
  %406 = load double, ptr %400, align 8, !tbaa !17
  %407 = load double, ptr %393, align 8, !tbaa !17
  %408 = tail call double @llvm.fmuladd.f64(double %407, double %373, double %401)
  %409 = tail call double @llvm.fmuladd.f64(double %407, double %375, double %402)
  %410 = tail call double @llvm.fmuladd.f64(double %407, double %376, double %403)
  %411 = tail call double @llvm.fmuladd.f64(double %407, double %377, double %404)
  %412 = tail call double @llvm.fmuladd.f64(double %407, double %378, double %405)
  %413 = tail call double @llvm.fmuladd.f64(double %407, double %379, double %406)
  %414 = getelementptr inbounds i8, ptr %393, i64 8
  %415 = load double, ptr %414, align 8, !tbaa !17
  %416 = tail call double @llvm.fmuladd.f64(double %415, double %381, double %408)
  %417 = tail call double @llvm.fmuladd.f64(double %415, double %383, double %409)
  %418 = tail call double @llvm.fmuladd.f64(double %415, double %385, double %410)
  %419 = tail call double @llvm.fmuladd.f64(double %415, double %324, double %411)
  %420 = tail call double @llvm.fmuladd.f64(double %415, double %326, double %412)
  %421 = tail call double @llvm.fmuladd.f64(double %415, double %328, double %413)
  %422 = getelementptr inbounds i8, ptr %393, i64 16
  %423 = load double, ptr %422, align 8, !tbaa !17
  %424 = tail call double @llvm.fmuladd.f64(double %423, double %330, double %416)
  %425 = tail call double @llvm.fmuladd.f64(double %423, double %332, double %417)
  %426 = tail call double @llvm.fmuladd.f64(double %423, double %334, double %418)
  %427 = tail call double @llvm.fmuladd.f64(double %423, double %336, double %419)
  %428 = tail call double @llvm.fmuladd.f64(double %423, double %338, double %420)
  %429 = tail call double @llvm.fmuladd.f64(double %423, double %340, double %421)
  %430 = getelementptr inbounds i8, ptr %393, i64 24
  %431 = load double, ptr %430, align 8, !tbaa !17
  %432 = tail call double @llvm.fmuladd.f64(double %431, double %342, double %424)
  %433 = tail call double @llvm.fmuladd.f64(double %431, double %344, double %425)
  %434 = tail call double @llvm.fmuladd.f64(double %431, double %346, double %426)
  %435 = tail call double @llvm.fmuladd.f64(double %431, double %348, double %427)
  %436 = tail call double @llvm.fmuladd.f64(double %431, double %350, double %428)
  %437 = tail call double @llvm.fmuladd.f64(double %431, double %352, double %429)
  %438 = getelementptr inbounds i8, ptr %393, i64 32
  %439 = load double, ptr %438, align 8, !tbaa !17
  %440 = tail call double @llvm.fmuladd.f64(double %439, double %354, double %432)
  %441 = tail call double @llvm.fmuladd.f64(double %439, double %356, double %433)
  %442 = tail call double @llvm.fmuladd.f64(double %439, double %358, double %434)
  %443 = tail call double @llvm.fmuladd.f64(double %439, double %360, double %435)
  %444 = tail call double @llvm.fmuladd.f64(double %439, double %362, double %436)
  %445 = tail call double @llvm.fmuladd.f64(double %439, double %364, double %437)
  %446 = getelementptr inbounds i8, ptr %393, i64 40
  %447 = load double, ptr %446, align 8, !tbaa !17
  %448 = tail call double @llvm.fmuladd.f64(double %447, double %366, double %440)
  %449 = tail call double @llvm.fmuladd.f64(double %447, double %368, double %441)
  %450 = tail call double @llvm.fmuladd.f64(double %447, double %370, double %442)
  %451 = tail call double @llvm.fmuladd.f64(double %447, double %372, double %443)
  %452 = tail call double @llvm.fmuladd.f64(double %447, double %387, double %444)
  %453 = tail call double @llvm.fmuladd.f64(double %447, double %389, double %445)
  store double %448, ptr %394, align 8, !tbaa !17
  store double %449, ptr %396, align 8, !tbaa !17
  store double %450, ptr %397, align 8, !tbaa !17
  store double %451, ptr %398, align 8, !tbaa !17
  store double %452, ptr %399, align 8, !tbaa !17
  store double %453, ptr %400, align 8, !tbaa !17
  %454 = add nuw nsw i64 %391, 1
  %455 = icmp eq i64 %454, 6
  br i1 %455, label %469, label %390, !llvm.loop !19

456:                                              ; preds = %201, %456
  %457 = phi i64 [ 0, %201 ], [ %467, %456 ]
  %458 = trunc i64 %457 to i8
  %459 = urem i8 %458, 5
  %460 = uitofp nneg i8 %459 to double
  %461 = tail call double @llvm.fmuladd.f64(double %460, double 5.000000e-01, double -1.000000e+00)
  %462 = getelementptr inbounds double, ptr %230, i64 %457
  store double %461, ptr %462, align 8, !tbaa !17
  %463 = urem i8 %458, 7
  %464 = uitofp nneg i8 %463 to double
  %465 = fmul double %464, 2.500000e-01
  %466 = getelementptr inbounds double, ptr %231, i64 %457
  store double %465, ptr %466, align 8, !tbaa !17
  %467 = add nuw nsw i64 %457, 1
  %468 = icmp eq i64 %467, 36
  br i1 %468, label %313, label %456, !llvm.loop !20

469:                                              ; preds = %390
  %470 = load double, ptr %314, align 8, !tbaa !17
  %471 = fadd double %470, 0.000000e+00
  %472 = getelementptr inbounds i8, ptr %314, i64 8
  %473 = load double, ptr %472, align 8, !tbaa !17
  %474 = fadd double %471, %473
  %475 = load double, ptr %316, align 8, !tbaa !17
  %476 = fadd double %474, %475
  %477 = load double, ptr %318, align 8, !tbaa !17
  %478 = fadd double %476, %477
  %479 = load double, ptr %320, align 8, !tbaa !17
  %480 = fadd double %478, %479
  %481 = load double, ptr %322, align 8, !tbaa !17
  %482 = fadd double %480, %481
  %483 = getelementptr inbounds i8, ptr %314, i64 48
  %484 = load double, ptr %483, align 8, !tbaa !17
  %485 = fadd double %482, %484
  %486 = getelementptr inbounds i8, ptr %314, i64 56
  %487 = load double, ptr %486, align 8, !tbaa !17
  %488 = fadd double %485, %487
  %489 = getelementptr inbounds i8, ptr %314, i64 64
  %490 = load double, ptr %489, align 8, !tbaa !17
  %491 = fadd double %488, %490
  %492 = getelementptr inbounds i8, ptr %314, i64 72
  %493 = load double, ptr %492, align 8, !tbaa !17
  %494 = fadd double %491, %493
  %495 = getelementptr inbounds i8, ptr %314, i64 80
  %496 = load double, ptr %495, align 8, !tbaa !17
  %497 = fadd double %494, %496
  %498 = getelementptr inbounds i8, ptr %314, i64 88
  %499 = load double, ptr %498, align 8, !tbaa !17
  %500 = fadd double %497, %499
  %501 = getelementptr inbounds i8, ptr %314, i64 96
  %502 = load double, ptr %501, align 8, !tbaa !17
  %503 = fadd double %500, %502
  %504 = getelementptr inbounds i8, ptr %314, i64 104
  %505 = load double, ptr %504, align 8, !tbaa !17
  %506 = fadd double %503, %505
  %507 = getelementptr inbounds i8, ptr %314, i64 112
  %508 = load double, ptr %507, align 8, !tbaa !17
  %509 = fadd double %506, %508
  %510 = getelementptr inbounds i8, ptr %314, i64 120
  %511 = load double, ptr %510, align 8, !tbaa !17
  %512 = fadd double %509, %511
  %513 = getelementptr inbounds i8, ptr %314, i64 128
  %514 = load double, ptr %513, align 8, !tbaa !17
  %515 = fadd double %512, %514
  %516 = getelementptr inbounds i8, ptr %314, i64 136
  %517 = load double, ptr %516, align 8, !tbaa !17
  %518 = fadd double %515, %517
  %519 = getelementptr inbounds i8, ptr %314, i64 144
  %520 = load double, ptr %519, align 8, !tbaa !17
  %521 = fadd double %518, %520
  %522 = getelementptr inbounds i8, ptr %314, i64 152
  %523 = load double, ptr %522, align 8, !tbaa !17
  %524 = fadd double %521, %523
  %525 = getelementptr inbounds i8, ptr %314, i64 160
  %526 = load double, ptr %525, align 8, !tbaa !17
  %527 = fadd double %524, %526
  %528 = getelementptr inbounds i8, ptr %314, i64 168
  %529 = load double, ptr %528, align 8, !tbaa !17
  %530 = fadd double %527, %529
  %531 = getelementptr inbounds i8, ptr %314, i64 176
  %532 = load double, ptr %531, align 8, !tbaa !17
  %533 = fadd double %530, %532
  %534 = getelementptr inbounds i8, ptr %314, i64 184
  %535 = load double, ptr %534, align 8, !tbaa !17
  %536 = fadd double %533, %535
  %537 = getelementptr inbounds i8, ptr %314, i64 192
  %538 = load double, ptr %537, align 8, !tbaa !17
  %539 = fadd double %536, %538
  %540 = getelementptr inbounds i8, ptr %314, i64 200
  %541 = load double, ptr %540, align 8, !tbaa !17
  %542 = fadd double %539, %541
  %543 = getelementptr inbounds i8, ptr %314, i64 208
  %544 = load double, ptr %543, align 8, !tbaa !17
  %545 = fadd double %542, %544
  %546 = getelementptr inbounds i8, ptr %314, i64 216
  %547 = load double, ptr %546, align 8, !tbaa !17
  %548 = fadd double %545, %547
  %549 = getelementptr inbounds i8, ptr %314, i64 224
  %550 = load double, ptr %549, align 8, !tbaa !17
  %551 = fadd double %548, %550
  %552 = getelementptr inbounds i8, ptr %314, i64 232
  %553 = load double, ptr %552, align 8, !tbaa !17
  %554 = fadd double %551, %553
  %555 = getelementptr inbounds i8, ptr %314, i64 240
  %556 = load double, ptr %555, align 8, !tbaa !17
  %557 = fadd double %554, %556
  %558 = getelementptr inbounds i8, ptr %314, i64 248
  %559 = load double, ptr %558, align 8, !tbaa !17
  %560 = fadd double %557, %559
  %561 = getelementptr inbounds i8, ptr %314, i64 256
  %562 = load double, ptr %561, align 8, !tbaa !17
  %563 = fadd double %560, %562
  %564 = getelementptr inbounds i8, ptr %314, i64 264
  %565 = load double, ptr %564, align 8, !tbaa !17
  %566 = fadd double %563, %565
  %567 = getelementptr inbounds i8, ptr %314, i64 272
  %568 = load double, ptr %567, align 8, !tbaa !17
  %569 = fadd double %566, %568
  %570 = getelementptr inbounds i8, ptr %314, i64 280
  %571 = load double, ptr %570, align 8, !tbaa !17
  %572 = fadd double %569, %571
  %573 = load double, ptr %314, align 8, !tbaa !17
  %574 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %572, double noundef %573, double noundef %571)
  tail call void @free(ptr noundef nonnull %230) #10
  tail call void @free(ptr noundef nonnull %231) #10
  tail call void @free(ptr noundef nonnull %314) #10
  %575 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 2880067194370816120)
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

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !7, i64 0}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
