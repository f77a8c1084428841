; ModuleID = 'bitint_arith.c'
source_filename = "bitint_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"40!\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"40!/20!\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"40! mod p*q\00", align 1
@zero = internal global i32 0, align 4
@.str.3 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"a/b\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"a%b\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"-a/-b\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"a/-b\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"poly\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"cmp %d %d %d %d %d %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"c\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"c>>37\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"c>>>37\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"e\00", align 1
@.str.15 = private unnamed_addr constant [17 x i8] c"rot crc %016llx\0A\00", align 1
@crc = internal global i64 4660, align 8
@.str.16 = private unnamed_addr constant [5 x i8] c"sext\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"zext\00", align 1
@.str.18 = private unnamed_addr constant [26 x i8] c"trunc %016llx %016llx %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [14 x i8] c"roundtrip %d\0A\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"acc\00", align 1
@.str.21 = private unnamed_addr constant [7 x i8] c"mulacc\00", align 1
@.str.22 = private unnamed_addr constant [11 x i8] c"mulacc/acc\00", align 1
@.str.23 = private unnamed_addr constant [11 x i8] c"mulacc%acc\00", align 1
@.str.24 = private unnamed_addr constant [15 x i8] c"final %016llx\0A\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"%s =\00", align 1
@.str.26 = private unnamed_addr constant [9 x i8] c" %016llx\00", align 1
@.str.27 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i256, align 8
  %3 = alloca i256, align 8
  %4 = alloca i256, align 8
  %5 = alloca i256, align 8
  %6 = alloca i256, align 8
  %7 = alloca i256, align 8
  %8 = alloca i256, align 8
  %9 = alloca i256, align 8
  %10 = alloca i256, align 8
  %11 = alloca i256, align 8
  %12 = alloca i256, align 8
  %13 = alloca i256, align 8
  %14 = alloca i256, align 8
  %15 = alloca i256, align 8
  %16 = alloca i256, align 8
  %17 = alloca i256, align 8
  %18 = alloca i256, align 8
  %19 = alloca i256, align 8
  %20 = alloca i256, align 8
  %21 = alloca i256, align 8
  %22 = alloca i256, align 8
  %23 = alloca [24 x i8], align 8
  %24 = alloca [24 x i8], align 8
  %25 = alloca [24 x i8], align 8
  %26 = alloca i256, align 8
  %27 = alloca i256, align 8
  %28 = alloca i256, align 8
  %29 = alloca i256, align 8
  %30 = alloca i32, align 4
  %31 = alloca [24 x i8], align 8
  %32 = alloca [24 x i8], align 8
  %33 = alloca [24 x i8], align 8
  %34 = alloca [24 x i8], align 8
  %35 = alloca i256, align 8
  %36 = alloca i64, align 8
  %37 = alloca i256, align 8
  %38 = alloca i256, align 8
  %39 = alloca i128, align 16
  %40 = alloca i256, align 8
  %41 = alloca i256, align 8
  %42 = alloca [24 x i8], align 8
  %43 = alloca i256, align 8
  %44 = alloca i256, align 8
  %45 = alloca i256, align 8
  %46 = alloca i32, align 4
  %47 = alloca i256, align 8
  %48 = alloca i256, align 8
  %49 = alloca i256, align 8
  %50 = alloca i256, align 8
  store i32 0, ptr %1, align 4
  call void @fact200(ptr dead_on_unwind writable sret(i256) align 8 %3, i32 noundef 40)
  %51 = load i256, ptr %3, align 8
  %52 = trunc i256 %51 to i200
  %53 = zext i200 %52 to i256
  store i256 %53, ptr %2, align 8
  %54 = load i256, ptr %2, align 8
  %55 = trunc i256 %54 to i200
  %56 = zext i200 %55 to i256
  store i256 %56, ptr %4, align 8
  call void @put(ptr noundef @.str, ptr noundef byval(i256) align 8 %4)
  %57 = load i256, ptr %2, align 8
  %58 = trunc i256 %57 to i200
  call void @fact200(ptr dead_on_unwind writable sret(i256) align 8 %6, i32 noundef 20)
  %59 = load i256, ptr %6, align 8
  %60 = trunc i256 %59 to i200
  %61 = udiv i200 %58, %60
  %62 = zext i200 %61 to i256
  store i256 %62, ptr %5, align 8
  %63 = load i256, ptr %2, align 8
  %64 = trunc i256 %63 to i200
  %65 = urem i200 %64, 1000000016000000063
  %66 = zext i200 %65 to i256
  store i256 %66, ptr %7, align 8
  %67 = load i256, ptr %5, align 8
  %68 = trunc i256 %67 to i200
  %69 = zext i200 %68 to i256
  store i256 %69, ptr %8, align 8
  call void @put(ptr noundef @.str.1, ptr noundef byval(i256) align 8 %8)
  %70 = load i256, ptr %7, align 8
  %71 = trunc i256 %70 to i200
  %72 = zext i200 %71 to i256
  store i256 %72, ptr %9, align 8
  call void @put(ptr noundef @.str.2, ptr noundef byval(i256) align 8 %9)
  call void @fact200(ptr dead_on_unwind writable sret(i256) align 8 %11, i32 noundef 33)
  %73 = load i256, ptr %11, align 8
  %74 = trunc i256 %73 to i200
  %75 = zext i200 %74 to i256
  %76 = sub nsw i256 0, %75
  %77 = load volatile i32, ptr @zero, align 4
  %78 = sext i32 %77 to i256
  %79 = add nsw i256 %76, %78
  store i256 %79, ptr %10, align 8
  %80 = load volatile i32, ptr @zero, align 4
  %81 = sext i32 %80 to i256
  %82 = add nsw i256 6773967321462452369295, %81
  store i256 %82, ptr %12, align 8
  %83 = load i256, ptr %10, align 8
  store i256 %83, ptr %13, align 8
  call void @put(ptr noundef @.str.3, ptr noundef byval(i256) align 8 %13)
  %84 = load i256, ptr %12, align 8
  store i256 %84, ptr %14, align 8
  call void @put(ptr noundef @.str.4, ptr noundef byval(i256) align 8 %14)
  %85 = load i256, ptr %10, align 8
  %86 = load i256, ptr %12, align 8
  %87 = sdiv i256 %85, %86
  store i256 %87, ptr %15, align 8
  call void @put(ptr noundef @.str.5, ptr noundef byval(i256) align 8 %15)
  %88 = load i256, ptr %10, align 8
  %89 = load i256, ptr %12, align 8
  %90 = srem i256 %88, %89
  store i256 %90, ptr %16, align 8
  call void @put(ptr noundef @.str.6, ptr noundef byval(i256) align 8 %16)
  %91 = load i256, ptr %10, align 8
  %92 = sub nsw i256 0, %91
  %93 = load i256, ptr %12, align 8
  %94 = sub nsw i256 0, %93
  %95 = sdiv i256 %92, %94
  store i256 %95, ptr %17, align 8
  call void @put(ptr noundef @.str.7, ptr noundef byval(i256) align 8 %17)
  %96 = load i256, ptr %10, align 8
  %97 = load i256, ptr %12, align 8
  %98 = sub nsw i256 0, %97
  %99 = sdiv i256 %96, %98
  store i256 %99, ptr %18, align 8
  call void @put(ptr noundef @.str.8, ptr noundef byval(i256) align 8 %18)
  %100 = load i256, ptr %10, align 8
  %101 = load i256, ptr %12, align 8
  store i256 %100, ptr %20, align 8
  store i256 %101, ptr %21, align 8
  call void @poly(ptr dead_on_unwind writable sret(i256) align 8 %19, ptr noundef byval(i256) align 8 %20, ptr noundef byval(i256) align 8 %21)
  %102 = load i256, ptr %19, align 8
  store i256 %102, ptr %22, align 8
  call void @put(ptr noundef @.str.9, ptr noundef byval(i256) align 8 %22)
  %103 = load i256, ptr %10, align 8
  %104 = load i256, ptr %12, align 8
  %105 = icmp slt i256 %103, %104
  %106 = zext i1 %105 to i32
  %107 = load i256, ptr %10, align 8
  %108 = load i256, ptr %12, align 8
  %109 = icmp sgt i256 %107, %108
  %110 = zext i1 %109 to i32
  %111 = load i256, ptr %10, align 8
  %112 = load i256, ptr %12, align 8
  %113 = icmp ult i256 %111, %112
  %114 = zext i1 %113 to i32
  %115 = load i256, ptr %10, align 8
  %116 = load i256, ptr %10, align 8
  %117 = load volatile i32, ptr @zero, align 4
  %118 = sext i32 %117 to i256
  %119 = add nsw i256 %116, %118
  %120 = icmp eq i256 %115, %119
  %121 = zext i1 %120 to i32
  %122 = load i256, ptr %10, align 8
  %123 = load i256, ptr %12, align 8
  %124 = icmp ne i256 %122, %123
  %125 = zext i1 %124 to i32
  %126 = load i256, ptr %10, align 8
  %127 = load i256, ptr %10, align 8
  %128 = sub nsw i256 0, %127
  %129 = icmp sle i256 %126, %128
  %130 = zext i1 %129 to i32
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %106, i32 noundef %110, i32 noundef %114, i32 noundef %121, i32 noundef %125, i32 noundef %130)
  store i192 -1267650600228229401496703205376, ptr %23, align 8
  %132 = load i192, ptr %23, align 8
  %133 = trunc i192 %132 to i160
  %134 = ashr i160 %133, 37
  %135 = sext i160 %134 to i192
  store i192 %135, ptr %24, align 8
  store i192 18943408324925267500677067874151814227849, ptr %25, align 8
  %136 = load i192, ptr %23, align 8
  %137 = trunc i192 %136 to i160
  %138 = sext i160 %137 to i256
  store i256 %138, ptr %26, align 8
  call void @put(ptr noundef @.str.11, ptr noundef byval(i256) align 8 %26)
  %139 = load i192, ptr %24, align 8
  %140 = trunc i192 %139 to i160
  %141 = sext i160 %140 to i256
  store i256 %141, ptr %27, align 8
  call void @put(ptr noundef @.str.12, ptr noundef byval(i256) align 8 %27)
  %142 = load i192, ptr %23, align 8
  %143 = trunc i192 %142 to i160
  %144 = lshr i160 %143, 37
  %145 = zext i160 %144 to i256
  store i256 %145, ptr %28, align 8
  call void @put(ptr noundef @.str.13, ptr noundef byval(i256) align 8 %28)
  %146 = load i192, ptr %25, align 8
  %147 = trunc i192 %146 to i136
  %148 = zext i136 %147 to i256
  store i256 %148, ptr %29, align 8
  call void @put(ptr noundef @.str.14, ptr noundef byval(i256) align 8 %29)
  store i32 0, ptr %30, align 4
  br label %149

149:                                              ; preds = %214, %0
  %150 = load i32, ptr %30, align 4
  %151 = icmp ult i32 %150, 300
  br i1 %151, label %152, label %217

152:                                              ; preds = %149
  %153 = load i192, ptr %25, align 8
  %154 = trunc i192 %153 to i136
  %155 = load i32, ptr %30, align 4
  %156 = zext i136 %154 to i192
  store i192 %156, ptr %33, align 8
  call void @rotl136(ptr dead_on_unwind writable sret([24 x i8]) align 8 %32, ptr noundef byval([24 x i8]) align 8 %33, i32 noundef %155)
  %157 = load i192, ptr %32, align 8
  %158 = trunc i192 %157 to i136
  %159 = zext i136 %158 to i192
  store i192 %159, ptr %31, align 8
  %160 = load i192, ptr %31, align 8
  %161 = trunc i192 %160 to i136
  %162 = trunc i136 %161 to i64
  call void @mix(i64 noundef %162)
  %163 = load i192, ptr %31, align 8
  %164 = trunc i192 %163 to i136
  %165 = lshr i136 %164, 64
  %166 = trunc i136 %165 to i64
  call void @mix(i64 noundef %166)
  %167 = load i192, ptr %31, align 8
  %168 = trunc i192 %167 to i136
  %169 = lshr i136 %168, 128
  %170 = trunc i136 %169 to i64
  call void @mix(i64 noundef %170)
  %171 = load i192, ptr %23, align 8
  %172 = trunc i192 %171 to i160
  %173 = load volatile i32, ptr @zero, align 4
  %174 = sext i32 %173 to i160
  %175 = add nsw i160 %172, %174
  %176 = sext i160 %175 to i192
  store i192 %176, ptr %34, align 8
  %177 = load i32, ptr %30, align 4
  %178 = urem i32 %177, 160
  %179 = load i192, ptr %34, align 8
  %180 = trunc i192 %179 to i160
  %181 = zext i32 %178 to i160
  %182 = ashr i160 %180, %181
  %183 = sext i160 %182 to i192
  store i192 %183, ptr %34, align 8
  %184 = load i192, ptr %34, align 8
  %185 = trunc i192 %184 to i160
  %186 = trunc i160 %185 to i64
  %187 = load i192, ptr %34, align 8
  %188 = trunc i192 %187 to i160
  %189 = ashr i160 %188, 96
  %190 = trunc i160 %189 to i64
  %191 = xor i64 %186, %190
  call void @mix(i64 noundef %191)
  %192 = load i192, ptr %25, align 8
  %193 = trunc i192 %192 to i136
  %194 = zext i136 %193 to i256
  %195 = load i32, ptr %30, align 4
  %196 = urem i32 %195, 256
  %197 = zext i32 %196 to i256
  %198 = shl i256 %194, %197
  %199 = load i192, ptr %25, align 8
  %200 = trunc i192 %199 to i136
  %201 = zext i136 %200 to i256
  %202 = load i32, ptr %30, align 4
  %203 = mul i32 %202, 7
  %204 = urem i32 %203, 256
  %205 = zext i32 %204 to i256
  %206 = lshr i256 %201, %205
  %207 = add i256 %198, %206
  store i256 %207, ptr %35, align 8
  %208 = load i256, ptr %35, align 8
  %209 = lshr i256 %208, 192
  %210 = trunc i256 %209 to i64
  %211 = load i256, ptr %35, align 8
  %212 = trunc i256 %211 to i64
  %213 = xor i64 %210, %212
  call void @mix(i64 noundef %213)
  br label %214

214:                                              ; preds = %152
  %215 = load i32, ptr %30, align 4
  %216 = add i32 %215, 23
  store i32 %216, ptr %30, align 4
  br label %149, !llvm.loop !6

217:                                              ; preds = %149
  %218 = load i64, ptr @crc, align 8
  %219 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %218)
  %220 = load volatile i32, ptr @zero, align 4
  %221 = sext i32 %220 to i64
  %222 = add nsw i64 -1234567890123, %221
  store i64 %222, ptr %36, align 8
  %223 = load i64, ptr %36, align 8
  %224 = sext i64 %223 to i256
  store i256 %224, ptr %37, align 8
  %225 = load i64, ptr %36, align 8
  %226 = zext i64 %225 to i200
  %227 = zext i200 %226 to i256
  store i256 %227, ptr %38, align 8
  %228 = load i256, ptr %37, align 8
  %229 = trunc i256 %228 to i128
  store i128 %229, ptr %39, align 16
  %230 = load i256, ptr %37, align 8
  store i256 %230, ptr %40, align 8
  call void @put(ptr noundef @.str.16, ptr noundef byval(i256) align 8 %40)
  %231 = load i256, ptr %38, align 8
  %232 = trunc i256 %231 to i200
  %233 = zext i200 %232 to i256
  store i256 %233, ptr %41, align 8
  call void @put(ptr noundef @.str.17, ptr noundef byval(i256) align 8 %41)
  %234 = load i128, ptr %39, align 16
  %235 = lshr i128 %234, 64
  %236 = trunc i128 %235 to i64
  %237 = load i128, ptr %39, align 16
  %238 = trunc i128 %237 to i64
  %239 = load i256, ptr %37, align 8
  %240 = trunc i256 %239 to i8
  %241 = sext i8 %240 to i32
  %242 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i64 noundef %236, i64 noundef %238, i32 noundef %241)
  %243 = load i256, ptr %37, align 8
  %244 = trunc i256 %243 to i160
  %245 = sext i160 %244 to i192
  store i192 %245, ptr %42, align 8
  %246 = load i192, ptr %42, align 8
  %247 = trunc i192 %246 to i160
  %248 = sext i160 %247 to i256
  store i256 %248, ptr %43, align 8
  %249 = load i256, ptr %43, align 8
  %250 = load i256, ptr %37, align 8
  %251 = icmp eq i256 %249, %250
  %252 = zext i1 %251 to i32
  %253 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %252)
  store i256 0, ptr %44, align 8
  store i256 1, ptr %45, align 8
  store i32 1, ptr %46, align 4
  br label %254

254:                                              ; preds = %287, %217
  %255 = load i32, ptr %46, align 4
  %256 = icmp sle i32 %255, 60
  br i1 %256, label %257, label %290

257:                                              ; preds = %254
  %258 = load i32, ptr %46, align 4
  %259 = sext i32 %258 to i256
  %260 = mul i256 18446744073709551615, %259
  %261 = load i32, ptr %46, align 4
  %262 = mul nsw i32 %261, 3
  %263 = zext i32 %262 to i256
  %264 = shl i256 %260, %263
  %265 = load i256, ptr %44, align 8
  %266 = add i256 %265, %264
  store i256 %266, ptr %44, align 8
  %267 = load i32, ptr %46, align 4
  %268 = sext i32 %267 to i256
  %269 = shl i256 %268, 190
  %270 = load i256, ptr %44, align 8
  %271 = sub i256 %270, %269
  store i256 %271, ptr %44, align 8
  %272 = load i256, ptr %45, align 8
  %273 = load i32, ptr %46, align 4
  %274 = sext i32 %273 to i64
  %275 = add i64 4294967297, %274
  %276 = zext i64 %275 to i256
  %277 = mul i256 %272, %276
  %278 = add i256 %277, 1
  store i256 %278, ptr %45, align 8
  %279 = load i256, ptr %44, align 8
  %280 = load i256, ptr %45, align 8
  %281 = icmp ugt i256 %279, %280
  br i1 %281, label %282, label %286

282:                                              ; preds = %257
  %283 = load i256, ptr %45, align 8
  %284 = load i256, ptr %44, align 8
  %285 = xor i256 %284, %283
  store i256 %285, ptr %44, align 8
  br label %286

286:                                              ; preds = %282, %257
  br label %287

287:                                              ; preds = %286
  %288 = load i32, ptr %46, align 4
  %289 = add nsw i32 %288, 1
  store i32 %289, ptr %46, align 4
  br label %254, !llvm.loop !8

290:                                              ; preds = %254
  %291 = load i256, ptr %44, align 8
  store i256 %291, ptr %47, align 8
  call void @put(ptr noundef @.str.20, ptr noundef byval(i256) align 8 %47)
  %292 = load i256, ptr %45, align 8
  store i256 %292, ptr %48, align 8
  call void @put(ptr noundef @.str.21, ptr noundef byval(i256) align 8 %48)
  %293 = load i256, ptr %45, align 8
  %294 = load i256, ptr %44, align 8
  %295 = or i256 %294, 1
  %296 = udiv i256 %293, %295
  store i256 %296, ptr %49, align 8
  call void @put(ptr noundef @.str.22, ptr noundef byval(i256) align 8 %49)
  %297 = load i256, ptr %45, align 8
  %298 = load i256, ptr %44, align 8
  %299 = or i256 %298, 1
  %300 = urem i256 %297, %299
  store i256 %300, ptr %50, align 8
  call void @put(ptr noundef @.str.23, ptr noundef byval(i256) align 8 %50)
  %301 = load i64, ptr @crc, align 8
  %302 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i64 noundef %301)
  %303 = load i64, ptr @crc, align 8
  %304 = and i64 %303, 63
  %305 = trunc i64 %304 to i32
  ret i32 %305
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fact200(ptr dead_on_unwind noalias writable sret(i256) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i256, align 8
  %5 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
  store i256 1, ptr %4, align 8
  store i32 2, ptr %5, align 4
  br label %6

6:                                                ; preds = %17, %2
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %3, align 4
  %9 = icmp ule i32 %7, %8
  br i1 %9, label %10, label %20

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = zext i32 %11 to i200
  %13 = load i256, ptr %4, align 8
  %14 = trunc i256 %13 to i200
  %15 = mul i200 %14, %12
  %16 = zext i200 %15 to i256
  store i256 %16, ptr %4, align 8
  br label %17

17:                                               ; preds = %10
  %18 = load i32, ptr %5, align 4
  %19 = add i32 %18, 1
  store i32 %19, ptr %5, align 4
  br label %6, !llvm.loop !9

20:                                               ; preds = %6
  %21 = load i256, ptr %4, align 8
  %22 = trunc i256 %21 to i200
  %23 = zext i200 %22 to i256
  store i256 %23, ptr %0, align 8
  %24 = load i256, ptr %0, align 8
  %25 = trunc i256 %24 to i200
  %26 = zext i200 %25 to i256
  store i256 %26, ptr %0, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @put(ptr noundef %0, ptr noundef byval(i256) align 8 %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i256, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = load i256, ptr %1, align 8
  store ptr %0, ptr %3, align 8
  store i256 %7, ptr %4, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, ptr noundef %8)
  store i32 3, ptr %5, align 4
  br label %10

10:                                               ; preds = %23, %2
  %11 = load i32, ptr %5, align 4
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %13, label %26

13:                                               ; preds = %10
  %14 = load i256, ptr %4, align 8
  %15 = load i32, ptr %5, align 4
  %16 = mul nsw i32 64, %15
  %17 = zext i32 %16 to i256
  %18 = lshr i256 %14, %17
  %19 = trunc i256 %18 to i64
  store i64 %19, ptr %6, align 8
  %20 = load i64, ptr %6, align 8
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.26, i64 noundef %20)
  %22 = load i64, ptr %6, align 8
  call void @mix(i64 noundef %22)
  br label %23

23:                                               ; preds = %13
  %24 = load i32, ptr %5, align 4
  %25 = add nsw i32 %24, -1
  store i32 %25, ptr %5, align 4
  br label %10, !llvm.loop !10

26:                                               ; preds = %10
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.27)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @poly(ptr dead_on_unwind noalias writable sret(i256) align 8 %0, ptr noundef byval(i256) align 8 %1, ptr noundef byval(i256) align 8 %2) #0 {
  %4 = alloca i256, align 8
  %5 = alloca i256, align 8
  %6 = load i256, ptr %1, align 8
  %7 = load i256, ptr %2, align 8
  store i256 %6, ptr %4, align 8
  store i256 %7, ptr %5, align 8
  %8 = load i256, ptr %4, align 8
  %9 = load i256, ptr %4, align 8
  %10 = mul nsw i256 %8, %9
  %11 = mul nsw i256 %10, 3
  %12 = load i256, ptr %5, align 8
  %13 = mul nsw i256 %12, 5
  %14 = sub nsw i256 %11, %13
  %15 = load i256, ptr %4, align 8
  %16 = load i256, ptr %5, align 8
  %17 = xor i256 %15, %16
  %18 = add nsw i256 %14, %17
  %19 = load i256, ptr %4, align 8
  %20 = load i256, ptr %5, align 8
  %21 = xor i256 %20, -1
  %22 = and i256 %19, %21
  %23 = mul nsw i256 7, %22
  %24 = sub nsw i256 %18, %23
  store i256 %24, ptr %0, align 8
  %25 = load i256, ptr %0, align 8
  store i256 %25, ptr %0, align 8
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @rotl136(ptr dead_on_unwind noalias writable sret([24 x i8]) align 8 %0, ptr noundef byval([24 x i8]) align 8 %1, i32 noundef %2) #0 {
  %4 = alloca [24 x i8], align 8
  %5 = alloca i32, align 4
  %6 = load i192, ptr %1, align 8
  %7 = trunc i192 %6 to i136
  %8 = zext i136 %7 to i192
  store i192 %8, ptr %4, align 8
  store i32 %2, ptr %5, align 4
  %9 = load i32, ptr %5, align 4
  %10 = urem i32 %9, 136
  store i32 %10, ptr %5, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %13, label %26

13:                                               ; preds = %3
  %14 = load i192, ptr %4, align 8
  %15 = trunc i192 %14 to i136
  %16 = load i32, ptr %5, align 4
  %17 = zext i32 %16 to i136
  %18 = shl i136 %15, %17
  %19 = load i192, ptr %4, align 8
  %20 = trunc i192 %19 to i136
  %21 = load i32, ptr %5, align 4
  %22 = sub i32 136, %21
  %23 = zext i32 %22 to i136
  %24 = lshr i136 %20, %23
  %25 = or i136 %18, %24
  br label %29

26:                                               ; preds = %3
  %27 = load i192, ptr %4, align 8
  %28 = trunc i192 %27 to i136
  br label %29

29:                                               ; preds = %26, %13
  %30 = phi i136 [ %25, %13 ], [ %28, %26 ]
  %31 = zext i136 %30 to i192
  store i192 %31, ptr %0, align 8
  %32 = load i192, ptr %0, align 8
  %33 = trunc i192 %32 to i136
  %34 = zext i136 %33 to i192
  store i192 %34, ptr %0, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mix(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = add i64 %3, -7046029254386353131
  %5 = load i64, ptr @crc, align 8
  %6 = shl i64 %5, 6
  %7 = add i64 %4, %6
  %8 = load i64, ptr @crc, align 8
  %9 = lshr i64 %8, 2
  %10 = add i64 %7, %9
  %11 = load i64, ptr @crc, align 8
  %12 = xor i64 %11, %10
  store i64 %12, ptr @crc, align 8
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
