; ModuleID = 'bytecode_vm.c'
source_filename = "bytecode_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [8 x i64], i64 }

@main.fact = internal constant [33 x i64] [i64 0, i64 20, i64 16, i64 0, i64 0, i64 1, i64 16, i64 1, i64 15, i64 0, i64 9, i64 28, i64 15, i64 1, i64 15, i64 0, i64 4, i64 16, i64 1, i64 15, i64 0, i64 0, i64 1, i64 3, i64 16, i64 0, i64 8, i64 8, i64 15, i64 1, i64 5, i64 13, i64 14], align 16
@.str = private unnamed_addr constant [28 x i8] c"fact result=%lld steps=%ld\0A\00", align 1
@main.fib = internal constant [25 x i64] [i64 0, i64 22, i64 11, i64 6, i64 13, i64 14, i64 5, i64 0, i64 2, i64 10, i64 24, i64 5, i64 0, i64 1, i64 3, i64 11, i64 6, i64 6, i64 0, i64 2, i64 3, i64 11, i64 6, i64 2, i64 12], align 16
@.str.1 = private unnamed_addr constant [15 x i8] c"fib steps=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"vm print: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"bad opcode %lld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.VM, align 8
  %3 = alloca i64, align 8
  %4 = alloca %struct.VM, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 2384, i1 false)
  %5 = call i64 @run(ptr noundef %2, ptr noundef @main.fact)
  store i64 %5, ptr %3, align 8
  %6 = load i64, ptr %3, align 8
  %7 = getelementptr inbounds %struct.VM, ptr %2, i32 0, i32 5
  %8 = load i64, ptr %7, align 8
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %6, i64 noundef %8)
  call void @llvm.memset.p0.i64(ptr align 8 %4, i8 0, i64 2384, i1 false)
  %10 = call i64 @run(ptr noundef %4, ptr noundef @main.fib)
  %11 = getelementptr inbounds %struct.VM, ptr %4, i32 0, i32 5
  %12 = load i64, ptr %11, align 8
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %12)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @run(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %351, %2
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.VM, ptr %12, i32 0, i32 5
  %14 = load i64, ptr %13, align 8
  %15 = add nsw i64 %14, 1
  store i64 %15, ptr %13, align 8
  %16 = load ptr, ptr %5, align 8
  %17 = load i32, ptr %6, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %6, align 4
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds i64, ptr %16, i64 %19
  %21 = load i64, ptr %20, align 8
  store i64 %21, ptr %7, align 8
  %22 = load i64, ptr %7, align 8
  switch i64 %22, label %348 [
    i64 0, label %23
    i64 1, label %38
    i64 2, label %43
    i64 3, label %66
    i64 4, label %89
    i64 5, label %112
    i64 6, label %133
    i64 7, label %169
    i64 8, label %190
    i64 9, label %197
    i64 10, label %220
    i64 11, label %254
    i64 12, label %271
    i64 13, label %281
    i64 15, label %292
    i64 16, label %311
    i64 14, label %330
  ]

23:                                               ; preds = %11
  %24 = load ptr, ptr %5, align 8
  %25 = load i32, ptr %6, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %6, align 4
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds i64, ptr %24, i64 %27
  %29 = load i64, ptr %28, align 8
  %30 = load ptr, ptr %4, align 8
  %31 = getelementptr inbounds %struct.VM, ptr %30, i32 0, i32 0
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds %struct.VM, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 8
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %33, align 8
  %36 = sext i32 %34 to i64
  %37 = getelementptr inbounds [256 x i64], ptr %31, i64 0, i64 %36
  store i64 %29, ptr %37, align 8
  br label %351

38:                                               ; preds = %11
  %39 = load ptr, ptr %4, align 8
  %40 = getelementptr inbounds %struct.VM, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %40, align 8
  %42 = add nsw i32 %41, -1
  store i32 %42, ptr %40, align 8
  br label %351

43:                                               ; preds = %11
  %44 = load ptr, ptr %4, align 8
  %45 = getelementptr inbounds %struct.VM, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %45, align 8
  %47 = add nsw i32 %46, -1
  store i32 %47, ptr %45, align 8
  %48 = load ptr, ptr %4, align 8
  %49 = getelementptr inbounds %struct.VM, ptr %48, i32 0, i32 0
  %50 = load ptr, ptr %4, align 8
  %51 = getelementptr inbounds %struct.VM, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %51, align 8
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [256 x i64], ptr %49, i64 0, i64 %53
  %55 = load i64, ptr %54, align 8
  %56 = load ptr, ptr %4, align 8
  %57 = getelementptr inbounds %struct.VM, ptr %56, i32 0, i32 0
  %58 = load ptr, ptr %4, align 8
  %59 = getelementptr inbounds %struct.VM, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8
  %61 = sub nsw i32 %60, 1
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [256 x i64], ptr %57, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8
  %65 = add nsw i64 %64, %55
  store i64 %65, ptr %63, align 8
  br label %351

66:                                               ; preds = %11
  %67 = load ptr, ptr %4, align 8
  %68 = getelementptr inbounds %struct.VM, ptr %67, i32 0, i32 1
  %69 = load i32, ptr %68, align 8
  %70 = add nsw i32 %69, -1
  store i32 %70, ptr %68, align 8
  %71 = load ptr, ptr %4, align 8
  %72 = getelementptr inbounds %struct.VM, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %4, align 8
  %74 = getelementptr inbounds %struct.VM, ptr %73, i32 0, i32 1
  %75 = load i32, ptr %74, align 8
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [256 x i64], ptr %72, i64 0, i64 %76
  %78 = load i64, ptr %77, align 8
  %79 = load ptr, ptr %4, align 8
  %80 = getelementptr inbounds %struct.VM, ptr %79, i32 0, i32 0
  %81 = load ptr, ptr %4, align 8
  %82 = getelementptr inbounds %struct.VM, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 8
  %84 = sub nsw i32 %83, 1
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [256 x i64], ptr %80, i64 0, i64 %85
  %87 = load i64, ptr %86, align 8
  %88 = sub nsw i64 %87, %78
  store i64 %88, ptr %86, align 8
  br label %351

89:                                               ; preds = %11
  %90 = load ptr, ptr %4, align 8
  %91 = getelementptr inbounds %struct.VM, ptr %90, i32 0, i32 1
  %92 = load i32, ptr %91, align 8
  %93 = add nsw i32 %92, -1
  store i32 %93, ptr %91, align 8
  %94 = load ptr, ptr %4, align 8
  %95 = getelementptr inbounds %struct.VM, ptr %94, i32 0, i32 0
  %96 = load ptr, ptr %4, align 8
  %97 = getelementptr inbounds %struct.VM, ptr %96, i32 0, i32 1
  %98 = load i32, ptr %97, align 8
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [256 x i64], ptr %95, i64 0, i64 %99
  %101 = load i64, ptr %100, align 8
  %102 = load ptr, ptr %4, align 8
  %103 = getelementptr inbounds %struct.VM, ptr %102, i32 0, i32 0
  %104 = load ptr, ptr %4, align 8
  %105 = getelementptr inbounds %struct.VM, ptr %104, i32 0, i32 1
  %106 = load i32, ptr %105, align 8
  %107 = sub nsw i32 %106, 1
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [256 x i64], ptr %103, i64 0, i64 %108
  %110 = load i64, ptr %109, align 8
  %111 = mul nsw i64 %110, %101
  store i64 %111, ptr %109, align 8
  br label %351

112:                                              ; preds = %11
  %113 = load ptr, ptr %4, align 8
  %114 = getelementptr inbounds %struct.VM, ptr %113, i32 0, i32 0
  %115 = load ptr, ptr %4, align 8
  %116 = getelementptr inbounds %struct.VM, ptr %115, i32 0, i32 1
  %117 = load i32, ptr %116, align 8
  %118 = sub nsw i32 %117, 1
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [256 x i64], ptr %114, i64 0, i64 %119
  %121 = load i64, ptr %120, align 8
  %122 = load ptr, ptr %4, align 8
  %123 = getelementptr inbounds %struct.VM, ptr %122, i32 0, i32 0
  %124 = load ptr, ptr %4, align 8
  %125 = getelementptr inbounds %struct.VM, ptr %124, i32 0, i32 1
  %126 = load i32, ptr %125, align 8
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [256 x i64], ptr %123, i64 0, i64 %127
  store i64 %121, ptr %128, align 8
  %129 = load ptr, ptr %4, align 8
  %130 = getelementptr inbounds %struct.VM, ptr %129, i32 0, i32 1
  %131 = load i32, ptr %130, align 8
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %130, align 8
  br label %351

133:                                              ; preds = %11
  %134 = load ptr, ptr %4, align 8
  %135 = getelementptr inbounds %struct.VM, ptr %134, i32 0, i32 0
  %136 = load ptr, ptr %4, align 8
  %137 = getelementptr inbounds %struct.VM, ptr %136, i32 0, i32 1
  %138 = load i32, ptr %137, align 8
  %139 = sub nsw i32 %138, 1
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [256 x i64], ptr %135, i64 0, i64 %140
  %142 = load i64, ptr %141, align 8
  store i64 %142, ptr %8, align 8
  %143 = load ptr, ptr %4, align 8
  %144 = getelementptr inbounds %struct.VM, ptr %143, i32 0, i32 0
  %145 = load ptr, ptr %4, align 8
  %146 = getelementptr inbounds %struct.VM, ptr %145, i32 0, i32 1
  %147 = load i32, ptr %146, align 8
  %148 = sub nsw i32 %147, 2
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [256 x i64], ptr %144, i64 0, i64 %149
  %151 = load i64, ptr %150, align 8
  %152 = load ptr, ptr %4, align 8
  %153 = getelementptr inbounds %struct.VM, ptr %152, i32 0, i32 0
  %154 = load ptr, ptr %4, align 8
  %155 = getelementptr inbounds %struct.VM, ptr %154, i32 0, i32 1
  %156 = load i32, ptr %155, align 8
  %157 = sub nsw i32 %156, 1
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [256 x i64], ptr %153, i64 0, i64 %158
  store i64 %151, ptr %159, align 8
  %160 = load i64, ptr %8, align 8
  %161 = load ptr, ptr %4, align 8
  %162 = getelementptr inbounds %struct.VM, ptr %161, i32 0, i32 0
  %163 = load ptr, ptr %4, align 8
  %164 = getelementptr inbounds %struct.VM, ptr %163, i32 0, i32 1
  %165 = load i32, ptr %164, align 8
  %166 = sub nsw i32 %165, 2
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [256 x i64], ptr %162, i64 0, i64 %167
  store i64 %160, ptr %168, align 8
  br label %351

169:                                              ; preds = %11
  %170 = load ptr, ptr %4, align 8
  %171 = getelementptr inbounds %struct.VM, ptr %170, i32 0, i32 0
  %172 = load ptr, ptr %4, align 8
  %173 = getelementptr inbounds %struct.VM, ptr %172, i32 0, i32 1
  %174 = load i32, ptr %173, align 8
  %175 = sub nsw i32 %174, 2
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [256 x i64], ptr %171, i64 0, i64 %176
  %178 = load i64, ptr %177, align 8
  %179 = load ptr, ptr %4, align 8
  %180 = getelementptr inbounds %struct.VM, ptr %179, i32 0, i32 0
  %181 = load ptr, ptr %4, align 8
  %182 = getelementptr inbounds %struct.VM, ptr %181, i32 0, i32 1
  %183 = load i32, ptr %182, align 8
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds [256 x i64], ptr %180, i64 0, i64 %184
  store i64 %178, ptr %185, align 8
  %186 = load ptr, ptr %4, align 8
  %187 = getelementptr inbounds %struct.VM, ptr %186, i32 0, i32 1
  %188 = load i32, ptr %187, align 8
  %189 = add nsw i32 %188, 1
  store i32 %189, ptr %187, align 8
  br label %351

190:                                              ; preds = %11
  %191 = load ptr, ptr %5, align 8
  %192 = load i32, ptr %6, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds i64, ptr %191, i64 %193
  %195 = load i64, ptr %194, align 8
  %196 = trunc i64 %195 to i32
  store i32 %196, ptr %6, align 4
  br label %351

197:                                              ; preds = %11
  %198 = load ptr, ptr %4, align 8
  %199 = getelementptr inbounds %struct.VM, ptr %198, i32 0, i32 0
  %200 = load ptr, ptr %4, align 8
  %201 = getelementptr inbounds %struct.VM, ptr %200, i32 0, i32 1
  %202 = load i32, ptr %201, align 8
  %203 = add nsw i32 %202, -1
  store i32 %203, ptr %201, align 8
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [256 x i64], ptr %199, i64 0, i64 %204
  %206 = load i64, ptr %205, align 8
  %207 = icmp eq i64 %206, 0
  br i1 %207, label %208, label %215

208:                                              ; preds = %197
  %209 = load ptr, ptr %5, align 8
  %210 = load i32, ptr %6, align 4
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds i64, ptr %209, i64 %211
  %213 = load i64, ptr %212, align 8
  %214 = trunc i64 %213 to i32
  br label %218

215:                                              ; preds = %197
  %216 = load i32, ptr %6, align 4
  %217 = add nsw i32 %216, 1
  br label %218

218:                                              ; preds = %215, %208
  %219 = phi i32 [ %214, %208 ], [ %217, %215 ]
  store i32 %219, ptr %6, align 4
  br label %351

220:                                              ; preds = %11
  %221 = load ptr, ptr %4, align 8
  %222 = getelementptr inbounds %struct.VM, ptr %221, i32 0, i32 0
  %223 = load ptr, ptr %4, align 8
  %224 = getelementptr inbounds %struct.VM, ptr %223, i32 0, i32 1
  %225 = load i32, ptr %224, align 8
  %226 = add nsw i32 %225, -1
  store i32 %226, ptr %224, align 8
  %227 = sext i32 %226 to i64
  %228 = getelementptr inbounds [256 x i64], ptr %222, i64 0, i64 %227
  %229 = load i64, ptr %228, align 8
  store i64 %229, ptr %9, align 8
  %230 = load ptr, ptr %4, align 8
  %231 = getelementptr inbounds %struct.VM, ptr %230, i32 0, i32 0
  %232 = load ptr, ptr %4, align 8
  %233 = getelementptr inbounds %struct.VM, ptr %232, i32 0, i32 1
  %234 = load i32, ptr %233, align 8
  %235 = add nsw i32 %234, -1
  store i32 %235, ptr %233, align 8
  %236 = sext i32 %235 to i64
  %237 = getelementptr inbounds [256 x i64], ptr %231, i64 0, i64 %236
  %238 = load i64, ptr %237, align 8
  store i64 %238, ptr %10, align 8
  %239 = load i64, ptr %10, align 8
  %240 = load i64, ptr %9, align 8
  %241 = icmp slt i64 %239, %240
  br i1 %241, label %242, label %249

242:                                              ; preds = %220
  %243 = load ptr, ptr %5, align 8
  %244 = load i32, ptr %6, align 4
  %245 = sext i32 %244 to i64
  %246 = getelementptr inbounds i64, ptr %243, i64 %245
  %247 = load i64, ptr %246, align 8
  %248 = trunc i64 %247 to i32
  br label %252

249:                                              ; preds = %220
  %250 = load i32, ptr %6, align 4
  %251 = add nsw i32 %250, 1
  br label %252

252:                                              ; preds = %249, %242
  %253 = phi i32 [ %248, %242 ], [ %251, %249 ]
  store i32 %253, ptr %6, align 4
  br label %351

254:                                              ; preds = %11
  %255 = load i32, ptr %6, align 4
  %256 = add nsw i32 %255, 1
  %257 = load ptr, ptr %4, align 8
  %258 = getelementptr inbounds %struct.VM, ptr %257, i32 0, i32 2
  %259 = load ptr, ptr %4, align 8
  %260 = getelementptr inbounds %struct.VM, ptr %259, i32 0, i32 3
  %261 = load i32, ptr %260, align 4
  %262 = add nsw i32 %261, 1
  store i32 %262, ptr %260, align 4
  %263 = sext i32 %261 to i64
  %264 = getelementptr inbounds [64 x i32], ptr %258, i64 0, i64 %263
  store i32 %256, ptr %264, align 4
  %265 = load ptr, ptr %5, align 8
  %266 = load i32, ptr %6, align 4
  %267 = sext i32 %266 to i64
  %268 = getelementptr inbounds i64, ptr %265, i64 %267
  %269 = load i64, ptr %268, align 8
  %270 = trunc i64 %269 to i32
  store i32 %270, ptr %6, align 4
  br label %351

271:                                              ; preds = %11
  %272 = load ptr, ptr %4, align 8
  %273 = getelementptr inbounds %struct.VM, ptr %272, i32 0, i32 2
  %274 = load ptr, ptr %4, align 8
  %275 = getelementptr inbounds %struct.VM, ptr %274, i32 0, i32 3
  %276 = load i32, ptr %275, align 4
  %277 = add nsw i32 %276, -1
  store i32 %277, ptr %275, align 4
  %278 = sext i32 %277 to i64
  %279 = getelementptr inbounds [64 x i32], ptr %273, i64 0, i64 %278
  %280 = load i32, ptr %279, align 4
  store i32 %280, ptr %6, align 4
  br label %351

281:                                              ; preds = %11
  %282 = load ptr, ptr %4, align 8
  %283 = getelementptr inbounds %struct.VM, ptr %282, i32 0, i32 0
  %284 = load ptr, ptr %4, align 8
  %285 = getelementptr inbounds %struct.VM, ptr %284, i32 0, i32 1
  %286 = load i32, ptr %285, align 8
  %287 = add nsw i32 %286, -1
  store i32 %287, ptr %285, align 8
  %288 = sext i32 %287 to i64
  %289 = getelementptr inbounds [256 x i64], ptr %283, i64 0, i64 %288
  %290 = load i64, ptr %289, align 8
  %291 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %290)
  br label %351

292:                                              ; preds = %11
  %293 = load ptr, ptr %4, align 8
  %294 = getelementptr inbounds %struct.VM, ptr %293, i32 0, i32 4
  %295 = load ptr, ptr %5, align 8
  %296 = load i32, ptr %6, align 4
  %297 = add nsw i32 %296, 1
  store i32 %297, ptr %6, align 4
  %298 = sext i32 %296 to i64
  %299 = getelementptr inbounds i64, ptr %295, i64 %298
  %300 = load i64, ptr %299, align 8
  %301 = getelementptr inbounds [8 x i64], ptr %294, i64 0, i64 %300
  %302 = load i64, ptr %301, align 8
  %303 = load ptr, ptr %4, align 8
  %304 = getelementptr inbounds %struct.VM, ptr %303, i32 0, i32 0
  %305 = load ptr, ptr %4, align 8
  %306 = getelementptr inbounds %struct.VM, ptr %305, i32 0, i32 1
  %307 = load i32, ptr %306, align 8
  %308 = add nsw i32 %307, 1
  store i32 %308, ptr %306, align 8
  %309 = sext i32 %307 to i64
  %310 = getelementptr inbounds [256 x i64], ptr %304, i64 0, i64 %309
  store i64 %302, ptr %310, align 8
  br label %351

311:                                              ; preds = %11
  %312 = load ptr, ptr %4, align 8
  %313 = getelementptr inbounds %struct.VM, ptr %312, i32 0, i32 0
  %314 = load ptr, ptr %4, align 8
  %315 = getelementptr inbounds %struct.VM, ptr %314, i32 0, i32 1
  %316 = load i32, ptr %315, align 8
  %317 = add nsw i32 %316, -1
  store i32 %317, ptr %315, align 8
  %318 = sext i32 %317 to i64
  %319 = getelementptr inbounds [256 x i64], ptr %313, i64 0, i64 %318
  %320 = load i64, ptr %319, align 8
  %321 = load ptr, ptr %4, align 8
  %322 = getelementptr inbounds %struct.VM, ptr %321, i32 0, i32 4
  %323 = load ptr, ptr %5, align 8
  %324 = load i32, ptr %6, align 4
  %325 = add nsw i32 %324, 1
  store i32 %325, ptr %6, align 4
  %326 = sext i32 %324 to i64
  %327 = getelementptr inbounds i64, ptr %323, i64 %326
  %328 = load i64, ptr %327, align 8
  %329 = getelementptr inbounds [8 x i64], ptr %322, i64 0, i64 %328
  store i64 %320, ptr %329, align 8
  br label %351

330:                                              ; preds = %11
  %331 = load ptr, ptr %4, align 8
  %332 = getelementptr inbounds %struct.VM, ptr %331, i32 0, i32 1
  %333 = load i32, ptr %332, align 8
  %334 = icmp ne i32 %333, 0
  br i1 %334, label %335, label %345

335:                                              ; preds = %330
  %336 = load ptr, ptr %4, align 8
  %337 = getelementptr inbounds %struct.VM, ptr %336, i32 0, i32 0
  %338 = load ptr, ptr %4, align 8
  %339 = getelementptr inbounds %struct.VM, ptr %338, i32 0, i32 1
  %340 = load i32, ptr %339, align 8
  %341 = sub nsw i32 %340, 1
  %342 = sext i32 %341 to i64
  %343 = getelementptr inbounds [256 x i64], ptr %337, i64 0, i64 %342
  %344 = load i64, ptr %343, align 8
  br label %346

345:                                              ; preds = %330
  br label %346

346:                                              ; preds = %345, %335
  %347 = phi i64 [ %344, %335 ], [ 0, %345 ]
  store i64 %347, ptr %3, align 8
  br label %352

348:                                              ; preds = %11
  %349 = load i64, ptr %7, align 8
  %350 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %349)
  store i64 -1, ptr %3, align 8
  br label %352

351:                                              ; preds = %311, %292, %281, %271, %254, %252, %218, %190, %169, %133, %112, %89, %66, %43, %38, %23
  br label %11

352:                                              ; preds = %348, %346
  %353 = load i64, ptr %3, align 8
  ret i64 %353
}

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
