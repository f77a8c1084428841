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
  br i1 %114, label %232, label %86, !llvm.loop !13

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

201:                                              ; preds = %232
  %202 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 88), align 8, !tbaa !6
  %203 = load i64, ptr getelementptr inbounds (i8, ptr @main.c1, i64 1056), align 8, !tbaa !6
  %204 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %309, i64 noundef %310, i64 noundef %202, i64 noundef %203)
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
  %230 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  %231 = tail call noalias dereferenceable_or_null(288) ptr @malloc(i64 noundef 288) #8
  br label %456

232:                                              ; preds = %112, %232
  %233 = phi i64 [ %311, %232 ], [ 0, %112 ]
  %234 = phi i64 [ %310, %232 ], [ 0, %112 ]
  %235 = phi i32 [ %309, %232 ], [ 1, %112 ]
  %236 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 %233
  %237 = load i64, ptr %236, align 8, !tbaa !6
  %238 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 0
  %239 = load i64, ptr %238, align 8, !tbaa !6
  %240 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 0
  %241 = load i64, ptr %240, align 8, !tbaa !6
  %242 = icmp eq i64 %239, %241
  %243 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 1
  %244 = load i64, ptr %243, align 8, !tbaa !6
  %245 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 1
  %246 = load i64, ptr %245, align 8, !tbaa !6
  %247 = icmp eq i64 %244, %246
  %248 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 2
  %249 = load i64, ptr %248, align 8, !tbaa !6
  %250 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 2
  %251 = load i64, ptr %250, align 8, !tbaa !6
  %252 = icmp eq i64 %249, %251
  %253 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 3
  %254 = load i64, ptr %253, align 8, !tbaa !6
  %255 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 3
  %256 = load i64, ptr %255, align 8, !tbaa !6
  %257 = icmp eq i64 %254, %256
  %258 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 4
  %259 = load i64, ptr %258, align 8, !tbaa !6
  %260 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 4
  %261 = load i64, ptr %260, align 8, !tbaa !6
  %262 = icmp eq i64 %259, %261
  %263 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 5
  %264 = load i64, ptr %263, align 8, !tbaa !6
  %265 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 5
  %266 = load i64, ptr %265, align 8, !tbaa !6
  %267 = icmp eq i64 %264, %266
  %268 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 6
  %269 = load i64, ptr %268, align 8, !tbaa !6
  %270 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 6
  %271 = load i64, ptr %270, align 8, !tbaa !6
  %272 = icmp eq i64 %269, %271
  %273 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 7
  %274 = load i64, ptr %273, align 8, !tbaa !6
  %275 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 7
  %276 = load i64, ptr %275, align 8, !tbaa !6
  %277 = icmp eq i64 %274, %276
  %278 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 8
  %279 = load i64, ptr %278, align 8, !tbaa !6
  %280 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 8
  %281 = load i64, ptr %280, align 8, !tbaa !6
  %282 = icmp eq i64 %279, %281
  %283 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 9
  %284 = load i64, ptr %283, align 8, !tbaa !6
  %285 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 9
  %286 = load i64, ptr %285, align 8, !tbaa !6
  %287 = icmp eq i64 %284, %286
  %288 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 10
  %289 = load i64, ptr %288, align 8, !tbaa !6
  %290 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 10
  %291 = load i64, ptr %290, align 8, !tbaa !6
  %292 = icmp eq i64 %289, %291
  %293 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c1, i64 0, i64 %233, i64 11
  %294 = load i64, ptr %293, align 8, !tbaa !6
  %295 = getelementptr inbounds [12 x [12 x i64]], ptr @main.c2, i64 0, i64 %233, i64 11
  %296 = load i64, ptr %295, align 8, !tbaa !6
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
  br i1 %312, label %201, label %232, !llvm.loop !17

313:                                              ; preds = %456
  %314 = tail call noalias dereferenceable_or_null(288) ptr @calloc(i64 noundef 36, i64 noundef 8) #9
  %315 = getelementptr inbounds i8, ptr %231, i64 240
  %316 = load double, ptr %231, align 8, !tbaa !18
  %317 = getelementptr inbounds i8, ptr %231, i64 8
  %318 = load double, ptr %317, align 8, !tbaa !18
  %319 = getelementptr inbounds i8, ptr %231, i64 16
  %320 = load double, ptr %319, align 8, !tbaa !18
  %321 = getelementptr inbounds i8, ptr %231, i64 24
  %322 = load double, ptr %321, align 8, !tbaa !18
  %323 = getelementptr inbounds i8, ptr %231, i64 32
  %324 = load double, ptr %323, align 8, !tbaa !18
  %325 = getelementptr inbounds i8, ptr %231, i64 40
  %326 = load double, ptr %325, align 8, !tbaa !18
  %327 = getelementptr inbounds i8, ptr %231, i64 48
  %328 = load double, ptr %327, align 8, !tbaa !18
  %329 = getelementptr inbounds i8, ptr %231, i64 56
  %330 = load double, ptr %329, align 8, !tbaa !18
  %331 = getelementptr inbounds i8, ptr %231, i64 64
  %332 = load double, ptr %331, align 8, !tbaa !18
  %333 = getelementptr inbounds i8, ptr %231, i64 72
  %334 = load double, ptr %333, align 8, !tbaa !18
  %335 = getelementptr inbounds i8, ptr %231, i64 80
  %336 = load double, ptr %335, align 8, !tbaa !18
  %337 = getelementptr inbounds i8, ptr %231, i64 88
  %338 = load double, ptr %337, align 8, !tbaa !18
  %339 = getelementptr inbounds i8, ptr %231, i64 96
  %340 = load double, ptr %339, align 8, !tbaa !18
  %341 = getelementptr inbounds i8, ptr %231, i64 104
  %342 = load double, ptr %341, align 8, !tbaa !18
  %343 = getelementptr inbounds i8, ptr %231, i64 112
  %344 = load double, ptr %343, align 8, !tbaa !18
  %345 = getelementptr inbounds i8, ptr %231, i64 120
  %346 = load double, ptr %345, align 8, !tbaa !18
  %347 = getelementptr inbounds i8, ptr %231, i64 128
  %348 = load double, ptr %347, align 8, !tbaa !18
  %349 = getelementptr inbounds i8, ptr %231, i64 136
  %350 = load double, ptr %349, align 8, !tbaa !18
  %351 = getelementptr inbounds i8, ptr %231, i64 144
  %352 = load double, ptr %351, align 8, !tbaa !18
  %353 = getelementptr inbounds i8, ptr %231, i64 152
  %354 = load double, ptr %353, align 8, !tbaa !18
  %355 = getelementptr inbounds i8, ptr %231, i64 160
  %356 = load double, ptr %355, align 8, !tbaa !18
  %357 = getelementptr inbounds i8, ptr %231, i64 168
  %358 = load double, ptr %357, align 8, !tbaa !18
  %359 = getelementptr inbounds i8, ptr %231, i64 176
  %360 = load double, ptr %359, align 8, !tbaa !18
  %361 = getelementptr inbounds i8, ptr %231, i64 184
  %362 = load double, ptr %361, align 8, !tbaa !18
  %363 = getelementptr inbounds i8, ptr %231, i64 192
  %364 = load double, ptr %363, align 8, !tbaa !18
  %365 = getelementptr inbounds i8, ptr %231, i64 200
  %366 = load double, ptr %365, align 8, !tbaa !18
  %367 = getelementptr inbounds i8, ptr %231, i64 208
  %368 = load double, ptr %367, align 8, !tbaa !18
  %369 = getelementptr inbounds i8, ptr %231, i64 216
  %370 = load double, ptr %369, align 8, !tbaa !18
  %371 = getelementptr inbounds i8, ptr %231, i64 224
  %372 = load double, ptr %371, align 8, !tbaa !18
  %373 = getelementptr inbounds i8, ptr %231, i64 232
  %374 = load double, ptr %373, align 8, !tbaa !18
  %375 = load double, ptr %315, align 8, !tbaa !18
  %376 = getelementptr inbounds i8, ptr %231, i64 248
  %377 = load double, ptr %376, align 8, !tbaa !18
  %378 = getelementptr inbounds i8, ptr %231, i64 256
  %379 = load double, ptr %378, align 8, !tbaa !18
  %380 = getelementptr inbounds i8, ptr %231, i64 264
  %381 = load double, ptr %380, align 8, !tbaa !18
  %382 = getelementptr inbounds i8, ptr %231, i64 272
  %383 = load double, ptr %382, align 8, !tbaa !18
  %384 = getelementptr inbounds i8, ptr %231, i64 280
  %385 = load double, ptr %384, align 8, !tbaa !18
  br label %386

386:                                              ; preds = %386, %313
  %387 = phi i64 [ 0, %313 ], [ %454, %386 ]
  %388 = mul nuw nsw i64 %387, 6
  %389 = getelementptr inbounds double, ptr %230, i64 %388
  %390 = load double, ptr %389, align 8, !tbaa !18
  %391 = getelementptr inbounds double, ptr %314, i64 %388
  %392 = load double, ptr %391, align 8, !tbaa !18
  %393 = tail call double @llvm.fmuladd.f64(double %390, double %316, double %392)
  %394 = or disjoint i64 %388, 1
  %395 = getelementptr inbounds double, ptr %314, i64 %394
  %396 = load double, ptr %395, align 8, !tbaa !18
  %397 = tail call double @llvm.fmuladd.f64(double %390, double %318, double %396)
  %398 = add nuw nsw i64 %388, 2
  %399 = getelementptr inbounds double, ptr %314, i64 %398
  %400 = load double, ptr %399, align 8, !tbaa !18
  %401 = tail call double @llvm.fmuladd.f64(double %390, double %320, double %400)
  %402 = add nuw nsw i64 %388, 3
  %403 = getelementptr inbounds double, ptr %314, i64 %402
  %404 = load double, ptr %403, align 8, !tbaa !18
  %405 = tail call double @llvm.fmuladd.f64(double %390, double %322, double %404)
  %406 = add nuw nsw i64 %388, 4
  %407 = getelementptr inbounds double, ptr %314, i64 %406
  %408 = load double, ptr %407, align 8, !tbaa !18
  %409 = tail call double @llvm.fmuladd.f64(double %390, double %324, double %408)
  %410 = add nuw nsw i64 %388, 5
  %411 = getelementptr inbounds double, ptr %314, i64 %410
  %412 = load double, ptr %411, align 8, !tbaa !18
  %413 = tail call double @llvm.fmuladd.f64(double %390, double %326, double %412)
  %414 = getelementptr inbounds double, ptr %230, i64 %394
  %415 = load double, ptr %414, align 8, !tbaa !18
  %416 = tail call double @llvm.fmuladd.f64(double %415, double %328, double %393)
  %417 = tail call double @llvm.fmuladd.f64(double %415, double %330, double %397)
  %418 = tail call double @llvm.fmuladd.f64(double %415, double %332, double %401)
  %419 = tail call double @llvm.fmuladd.f64(double %415, double %334, double %405)
  %420 = tail call double @llvm.fmuladd.f64(double %415, double %336, double %409)
  %421 = tail call double @llvm.fmuladd.f64(double %415, double %338, double %413)
  %422 = getelementptr inbounds double, ptr %230, i64 %398
  %423 = load double, ptr %422, align 8, !tbaa !18
  %424 = tail call double @llvm.fmuladd.f64(double %423, double %340, double %416)
  %425 = tail call double @llvm.fmuladd.f64(double %423, double %342, double %417)
  %426 = tail call double @llvm.fmuladd.f64(double %423, double %344, double %418)
  %427 = tail call double @llvm.fmuladd.f64(double %423, double %346, double %419)
  %428 = tail call double @llvm.fmuladd.f64(double %423, double %348, double %420)
  %429 = tail call double @llvm.fmuladd.f64(double %423, double %350, double %421)
  %430 = getelementptr inbounds double, ptr %230, i64 %402
  %431 = load double, ptr %430, align 8, !tbaa !18
  %432 = tail call double @llvm.fmuladd.f64(double %431, double %352, double %424)
  %433 = tail call double @llvm.fmuladd.f64(double %431, double %354, double %425)
  %434 = tail call double @llvm.fmuladd.f64(double %431, double %356, double %426)
  %435 = tail call double @llvm.fmuladd.f64(double %431, double %358, double %427)
  %436 = tail call double @llvm.fmuladd.f64(double %431, double %360, double %428)
  %437 = tail call double @llvm.fmuladd.f64(double %431, double %362, double %429)
  %438 = getelementptr inbounds double, ptr %230, i64 %406
  %439 = load double, ptr %438, align 8, !tbaa !18
  %440 = tail call double @llvm.fmuladd.f64(double %439, double %364, double %432)
  %441 = tail call double @llvm.fmuladd.f64(double %439, double %366, double %433)
  %442 = tail call double @llvm.fmuladd.f64(double %439, double %368, double %434)
  %443 = tail call double @llvm.fmuladd.f64(double %439, double %370, double %435)
  %444 = tail call double @llvm.fmuladd.f64(double %439, double %372, double %436)
  %445 = tail call double @llvm.fmuladd.f64(double %439, double %374, double %437)
  %446 = getelementptr inbounds double, ptr %230, i64 %410
  %447 = load double, ptr %446, align 8, !tbaa !18
  %448 = tail call double @llvm.fmuladd.f64(double %447, double %375, double %440)
  store double %448, ptr %391, align 8, !tbaa !18
  %449 = tail call double @llvm.fmuladd.f64(double %447, double %377, double %441)
  store double %449, ptr %395, align 8, !tbaa !18
  %450 = tail call double @llvm.fmuladd.f64(double %447, double %379, double %442)
  store double %450, ptr %399, align 8, !tbaa !18
  %451 = tail call double @llvm.fmuladd.f64(double %447, double %381, double %443)
  store double %451, ptr %403, align 8, !tbaa !18
  %452 = tail call double @llvm.fmuladd.f64(double %447, double %383, double %444)
  store double %452, ptr %407, align 8, !tbaa !18
  %453 = tail call double @llvm.fmuladd.f64(double %447, double %385, double %445)
  store double %453, ptr %411, align 8, !tbaa !18
  %454 = add nuw nsw i64 %387, 1
  %455 = icmp eq i64 %454, 6
  br i1 %455, label %469, label %386, !llvm.loop !20

456:                                              ; preds = %201, %456
  %457 = phi i64 [ 0, %201 ], [ %467, %456 ]
  %458 = trunc i64 %457 to i8
  %459 = urem i8 %458, 5
  %460 = uitofp nneg i8 %459 to double
  %461 = tail call double @llvm.fmuladd.f64(double %460, double 5.000000e-01, double -1.000000e+00)
  %462 = getelementptr inbounds double, ptr %230, i64 %457
  store double %461, ptr %462, align 8, !tbaa !18
  %463 = urem i8 %458, 7
  %464 = uitofp nneg i8 %463 to double
  %465 = fmul double %464, 2.500000e-01
  %466 = getelementptr inbounds double, ptr %231, i64 %457
  store double %465, ptr %466, align 8, !tbaa !18
  %467 = add nuw nsw i64 %457, 1
  %468 = icmp eq i64 %467, 36
  br i1 %468, label %313, label %456, !llvm.loop !21

469:                                              ; preds = %386
  %470 = load double, ptr %314, align 8, !tbaa !18
  %471 = fadd double %470, 0.000000e+00
  %472 = getelementptr inbounds i8, ptr %314, i64 8
  %473 = load double, ptr %472, align 8, !tbaa !18
  %474 = fadd double %471, %473
  %475 = getelementptr inbounds i8, ptr %314, i64 16
  %476 = load double, ptr %475, align 8, !tbaa !18
  %477 = fadd double %474, %476
  %478 = getelementptr inbounds i8, ptr %314, i64 24
  %479 = load double, ptr %478, align 8, !tbaa !18
  %480 = fadd double %477, %479
  %481 = getelementptr inbounds i8, ptr %314, i64 32
  %482 = load double, ptr %481, align 8, !tbaa !18
  %483 = fadd double %480, %482
  %484 = getelementptr inbounds i8, ptr %314, i64 40
  %485 = load double, ptr %484, align 8, !tbaa !18
  %486 = fadd double %483, %485
  %487 = getelementptr inbounds i8, ptr %314, i64 48
  %488 = load double, ptr %487, align 8, !tbaa !18
  %489 = fadd double %486, %488
  %490 = getelementptr inbounds i8, ptr %314, i64 56
  %491 = load double, ptr %490, align 8, !tbaa !18
  %492 = fadd double %489, %491
  %493 = getelementptr inbounds i8, ptr %314, i64 64
  %494 = load double, ptr %493, align 8, !tbaa !18
  %495 = fadd double %492, %494
  %496 = getelementptr inbounds i8, ptr %314, i64 72
  %497 = load double, ptr %496, align 8, !tbaa !18
  %498 = fadd double %495, %497
  %499 = getelementptr inbounds i8, ptr %314, i64 80
  %500 = load double, ptr %499, align 8, !tbaa !18
  %501 = fadd double %498, %500
  %502 = getelementptr inbounds i8, ptr %314, i64 88
  %503 = load double, ptr %502, align 8, !tbaa !18
  %504 = fadd double %501, %503
  %505 = getelementptr inbounds i8, ptr %314, i64 96
  %506 = load double, ptr %505, align 8, !tbaa !18
  %507 = fadd double %504, %506
  %508 = getelementptr inbounds i8, ptr %314, i64 104
  %509 = load double, ptr %508, align 8, !tbaa !18
  %510 = fadd double %507, %509
  %511 = getelementptr inbounds i8, ptr %314, i64 112
  %512 = load double, ptr %511, align 8, !tbaa !18
  %513 = fadd double %510, %512
  %514 = getelementptr inbounds i8, ptr %314, i64 120
  %515 = load double, ptr %514, align 8, !tbaa !18
  %516 = fadd double %513, %515
  %517 = getelementptr inbounds i8, ptr %314, i64 128
  %518 = load double, ptr %517, align 8, !tbaa !18
  %519 = fadd double %516, %518
  %520 = getelementptr inbounds i8, ptr %314, i64 136
  %521 = load double, ptr %520, align 8, !tbaa !18
  %522 = fadd double %519, %521
  %523 = getelementptr inbounds i8, ptr %314, i64 144
  %524 = load double, ptr %523, align 8, !tbaa !18
  %525 = fadd double %522, %524
  %526 = getelementptr inbounds i8, ptr %314, i64 152
  %527 = load double, ptr %526, align 8, !tbaa !18
  %528 = fadd double %525, %527
  %529 = getelementptr inbounds i8, ptr %314, i64 160
  %530 = load double, ptr %529, align 8, !tbaa !18
  %531 = fadd double %528, %530
  %532 = getelementptr inbounds i8, ptr %314, i64 168
  %533 = load double, ptr %532, align 8, !tbaa !18
  %534 = fadd double %531, %533
  %535 = getelementptr inbounds i8, ptr %314, i64 176
  %536 = load double, ptr %535, align 8, !tbaa !18
  %537 = fadd double %534, %536
  %538 = getelementptr inbounds i8, ptr %314, i64 184
  %539 = load double, ptr %538, align 8, !tbaa !18
  %540 = fadd double %537, %539
  %541 = getelementptr inbounds i8, ptr %314, i64 192
  %542 = load double, ptr %541, align 8, !tbaa !18
  %543 = fadd double %540, %542
  %544 = getelementptr inbounds i8, ptr %314, i64 200
  %545 = load double, ptr %544, align 8, !tbaa !18
  %546 = fadd double %543, %545
  %547 = getelementptr inbounds i8, ptr %314, i64 208
  %548 = load double, ptr %547, align 8, !tbaa !18
  %549 = fadd double %546, %548
  %550 = getelementptr inbounds i8, ptr %314, i64 216
  %551 = load double, ptr %550, align 8, !tbaa !18
  %552 = fadd double %549, %551
  %553 = getelementptr inbounds i8, ptr %314, i64 224
  %554 = load double, ptr %553, align 8, !tbaa !18
  %555 = fadd double %552, %554
  %556 = getelementptr inbounds i8, ptr %314, i64 232
  %557 = load double, ptr %556, align 8, !tbaa !18
  %558 = fadd double %555, %557
  %559 = getelementptr inbounds i8, ptr %314, i64 240
  %560 = load double, ptr %559, align 8, !tbaa !18
  %561 = fadd double %558, %560
  %562 = getelementptr inbounds i8, ptr %314, i64 248
  %563 = load double, ptr %562, align 8, !tbaa !18
  %564 = fadd double %561, %563
  %565 = getelementptr inbounds i8, ptr %314, i64 256
  %566 = load double, ptr %565, align 8, !tbaa !18
  %567 = fadd double %564, %566
  %568 = getelementptr inbounds i8, ptr %314, i64 264
  %569 = load double, ptr %568, align 8, !tbaa !18
  %570 = fadd double %567, %569
  %571 = getelementptr inbounds i8, ptr %314, i64 272
  %572 = load double, ptr %571, align 8, !tbaa !18
  %573 = fadd double %570, %572
  %574 = getelementptr inbounds i8, ptr %314, i64 280
  %575 = load double, ptr %574, align 8, !tbaa !18
  %576 = fadd double %573, %575
  %577 = load double, ptr %314, align 8, !tbaa !18
  %578 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef %576, double noundef %577, double noundef %575)
  tail call void @free(ptr noundef nonnull %230) #10
  tail call void @free(ptr noundef %231) #10
  tail call void @free(ptr noundef nonnull %314) #10
  %579 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef 2880067194370816120)
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

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind }

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
!17 = distinct !{!17, !11}
!18 = !{!19, !19, i64 0}
!19 = !{!"double", !8, i64 0}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
