; ModuleID = 'packed_wide_bitfields.c'
source_filename = "packed_wide_bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Wide = type { [9 x i8], i8 }
%struct.Wider = type { i8, [5 x i8], [5 x i8], i8 }

@.str = private unnamed_addr constant [35 x i8] c"wide[%d] = %d %d %u %u %d tail=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"after: %d %d %u %d tail=%u | %d tail=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"wider: %x %llx %lld %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"cmp %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"mix72\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"i72 signs: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"u72\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"u72>>5\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"u72/9\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"i100\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"i100 double %.6e\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"i100 from double %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"u127\00", align 1
@.str.13 = private unnamed_addr constant [17 x i8] c"u127 float %.6e\0A\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@g_wide = internal global [3 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 101, i8 -1, i8 -97, i8 94, i8 0, i8 0, i8 45, i8 -96, i8 -1, i8 7 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 -64, i8 -1, i8 -1, i8 127, i8 8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 9 }], align 16
@g_wider = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -85, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 100 }, align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"%s %016llx%016llx\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i128, align 8
  %9 = alloca i128, align 8
  %10 = alloca i128, align 8
  %11 = alloca i128, align 8
  %12 = alloca i128, align 8
  %13 = alloca i128, align 8
  %14 = alloca i128, align 16
  %15 = alloca i128, align 8
  %16 = alloca i128, align 16
  %17 = alloca i128, align 16
  %18 = alloca i128, align 16
  %19 = alloca i128, align 8
  %20 = alloca i128, align 16
  %21 = alloca i128, align 8
  %22 = alloca i128, align 16
  %23 = alloca [4 x i128], align 16
  %24 = alloca i128, align 8
  %25 = alloca i32, align 4
  %26 = alloca i128, align 16
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %27

27:                                               ; preds = %64, %0
  %28 = load i32, ptr %2, align 4
  %29 = icmp slt i32 %28, 3
  br i1 %29, label %30, label %67

30:                                               ; preds = %27
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %32
  store ptr %33, ptr %3, align 8
  %34 = load i32, ptr %2, align 4
  %35 = load ptr, ptr %3, align 8
  %36 = load i72, ptr %35, align 1
  %37 = shl i72 %36, 53
  %38 = ashr i72 %37, 53
  %39 = trunc i72 %38 to i32
  %40 = load ptr, ptr %3, align 8
  %41 = load i72, ptr %40, align 1
  %42 = shl i72 %41, 25
  %43 = ashr i72 %42, 44
  %44 = trunc i72 %43 to i32
  %45 = load ptr, ptr %3, align 8
  %46 = load i72, ptr %45, align 1
  %47 = lshr i72 %46, 47
  %48 = and i72 %47, 16383
  %49 = trunc i72 %48 to i32
  %50 = load ptr, ptr %3, align 8
  %51 = load i72, ptr %50, align 1
  %52 = lshr i72 %51, 61
  %53 = and i72 %52, 3
  %54 = trunc i72 %53 to i32
  %55 = load ptr, ptr %3, align 8
  %56 = load i72, ptr %55, align 1
  %57 = ashr i72 %56, 63
  %58 = trunc i72 %57 to i32
  %59 = load ptr, ptr %3, align 8
  %60 = getelementptr inbounds %struct.Wide, ptr %59, i32 0, i32 1
  %61 = load i8, ptr %60, align 1
  %62 = zext i8 %61 to i32
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i32 noundef %39, i32 noundef %44, i32 noundef %49, i32 noundef %54, i32 noundef %58, i32 noundef %62)
  br label %64

64:                                               ; preds = %30
  %65 = load i32, ptr %2, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %2, align 4
  br label %27, !llvm.loop !6

67:                                               ; preds = %27
  %68 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %69 = and i72 %68, -524288
  %70 = or i72 %69, 524281
  store i72 %70, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %71 = load i72, ptr @g_wide, align 16
  %72 = shl i72 %71, 25
  %73 = ashr i72 %72, 44
  %74 = trunc i72 %73 to i32
  %75 = mul nsw i32 %74, 3
  %76 = zext i32 %75 to i72
  %77 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %78 = and i72 %76, 268435455
  %79 = shl i72 %78, 19
  %80 = and i72 %77, -140737487831041
  %81 = or i72 %80, %79
  store i72 %81, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %82 = shl i72 %78, 44
  %83 = ashr i72 %82, 44
  %84 = trunc i72 %83 to i32
  %85 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 2
  %86 = lshr i72 %85, 47
  %87 = and i72 %86, 16383
  %88 = trunc i72 %87 to i32
  %89 = sub nsw i32 %88, 1
  %90 = zext i32 %89 to i72
  %91 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %92 = and i72 %90, 16383
  %93 = shl i72 %92, 47
  %94 = and i72 %91, -2305702271725338625
  %95 = or i72 %94, %93
  store i72 %95, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %96 = trunc i72 %92 to i32
  %97 = load i72, ptr @g_wide, align 16
  %98 = ashr i72 %97, 63
  %99 = trunc i72 %98 to i32
  %100 = sub nsw i32 %99, 100
  %101 = zext i32 %100 to i72
  %102 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %103 = and i72 %101, 511
  %104 = shl i72 %103, 63
  %105 = and i72 %102, 9223372036854775807
  %106 = or i72 %105, %104
  store i72 %106, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %107 = shl i72 %103, 63
  %108 = ashr i72 %107, 63
  %109 = trunc i72 %108 to i32
  %110 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 2
  %111 = shl i72 %110, 25
  %112 = ashr i72 %111, 44
  %113 = trunc i72 %112 to i32
  %114 = add nsw i32 %113, 5
  %115 = zext i32 %114 to i72
  %116 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 2
  %117 = and i72 %115, 268435455
  %118 = shl i72 %117, 19
  %119 = and i72 %116, -140737487831041
  %120 = or i72 %119, %118
  store i72 %120, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 2
  %121 = shl i72 %117, 44
  %122 = ashr i72 %121, 44
  %123 = trunc i72 %122 to i32
  %124 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %125 = shl i72 %124, 53
  %126 = ashr i72 %125, 53
  %127 = trunc i72 %126 to i32
  %128 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %129 = shl i72 %128, 25
  %130 = ashr i72 %129, 44
  %131 = trunc i72 %130 to i32
  %132 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %133 = lshr i72 %132, 47
  %134 = and i72 %133, 16383
  %135 = trunc i72 %134 to i32
  %136 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 4
  %137 = ashr i72 %136, 63
  %138 = trunc i72 %137 to i32
  %139 = load i8, ptr getelementptr inbounds (%struct.Wide, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), i32 0, i32 1), align 1
  %140 = zext i8 %139 to i32
  %141 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 2
  %142 = shl i72 %141, 25
  %143 = ashr i72 %142, 44
  %144 = trunc i72 %143 to i32
  %145 = load i8, ptr getelementptr inbounds (%struct.Wide, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), i32 0, i32 1), align 1
  %146 = zext i8 %145 to i32
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %127, i32 noundef %131, i32 noundef %135, i32 noundef %138, i32 noundef %140, i32 noundef %144, i32 noundef %146)
  %148 = load i8, ptr @g_wider, align 1
  %149 = zext i8 %148 to i32
  %150 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %151 = zext i40 %150 to i64
  %152 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %153 = sext i40 %152 to i64
  %154 = load i8, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 3), align 1
  %155 = and i8 %154, 127
  %156 = zext i8 %155 to i32
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %149, i64 noundef %151, i64 noundef %153, i32 noundef %156)
  %158 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %159 = sext i40 %158 to i64
  %160 = sdiv i64 %159, 3
  %161 = add nsw i64 %160, 1
  %162 = trunc i64 %161 to i40
  store i40 %162, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %163 = sext i40 %162 to i64
  %164 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %165 = zext i40 %164 to i64
  %166 = xor i64 %165, 4886718345
  %167 = trunc i64 %166 to i40
  store i40 %167, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %168 = zext i40 %167 to i64
  %169 = load i8, ptr @g_wider, align 1
  %170 = zext i8 %169 to i32
  %171 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %172 = zext i40 %171 to i64
  %173 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %174 = sext i40 %173 to i64
  %175 = load i8, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 3), align 1
  %176 = and i8 %175, 127
  %177 = zext i8 %176 to i32
  %178 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %170, i64 noundef %172, i64 noundef %174, i32 noundef %177)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %179

179:                                              ; preds = %227, %67
  %180 = load i32, ptr %5, align 4
  %181 = icmp slt i32 %180, 3
  br i1 %181, label %182, label %230

182:                                              ; preds = %179
  store i32 0, ptr %6, align 4
  br label %183

183:                                              ; preds = %223, %182
  %184 = load i32, ptr %6, align 4
  %185 = icmp slt i32 %184, 3
  br i1 %185, label %186, label %226

186:                                              ; preds = %183
  %187 = load i32, ptr %4, align 4
  %188 = mul nsw i32 %187, 3
  %189 = load i32, ptr %5, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %190
  %192 = load i72, ptr %191, align 2
  %193 = shl i72 %192, 25
  %194 = ashr i72 %193, 44
  %195 = trunc i72 %194 to i32
  %196 = load i32, ptr %6, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %197
  %199 = load i72, ptr %198, align 2
  %200 = shl i72 %199, 25
  %201 = ashr i72 %200, 44
  %202 = trunc i72 %201 to i32
  %203 = icmp slt i32 %195, %202
  %204 = zext i1 %203 to i32
  %205 = add nsw i32 %188, %204
  %206 = load i32, ptr %5, align 4
  %207 = sext i32 %206 to i64
  %208 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %207
  %209 = load i72, ptr %208, align 2
  %210 = lshr i72 %209, 47
  %211 = and i72 %210, 16383
  %212 = trunc i72 %211 to i32
  %213 = load i32, ptr %6, align 4
  %214 = sext i32 %213 to i64
  %215 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %214
  %216 = load i72, ptr %215, align 2
  %217 = lshr i72 %216, 47
  %218 = and i72 %217, 16383
  %219 = trunc i72 %218 to i32
  %220 = icmp sgt i32 %212, %219
  %221 = zext i1 %220 to i32
  %222 = add nsw i32 %205, %221
  store i32 %222, ptr %4, align 4
  br label %223

223:                                              ; preds = %186
  %224 = load i32, ptr %6, align 4
  %225 = add nsw i32 %224, 1
  store i32 %225, ptr %6, align 4
  br label %183, !llvm.loop !8

226:                                              ; preds = %183
  br label %227

227:                                              ; preds = %226
  %228 = load i32, ptr %5, align 4
  %229 = add nsw i32 %228, 1
  store i32 %229, ptr %5, align 4
  br label %179, !llvm.loop !9

230:                                              ; preds = %179
  %231 = load i32, ptr %4, align 4
  %232 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %231)
  store volatile i64 -123456789, ptr %7, align 8
  %233 = load volatile i64, ptr %7, align 8
  %234 = sext i64 %233 to i72
  %235 = mul nsw i72 %234, 1000003
  %236 = sext i72 %235 to i128
  store i128 %236, ptr %8, align 8
  store i128 -987654321, ptr %9, align 8
  %237 = load i128, ptr %8, align 8
  %238 = trunc i128 %237 to i72
  %239 = load i128, ptr %9, align 8
  %240 = trunc i128 %239 to i72
  %241 = sext i72 %238 to i128
  store i128 %241, ptr %11, align 8
  %242 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 0
  %243 = load i64, ptr %242, align 8
  %244 = getelementptr inbounds { i64, i64 }, ptr %11, i32 0, i32 1
  %245 = load i64, ptr %244, align 8
  %246 = sext i72 %240 to i128
  store i128 %246, ptr %12, align 8
  %247 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 0
  %248 = load i64, ptr %247, align 8
  %249 = getelementptr inbounds { i64, i64 }, ptr %12, i32 0, i32 1
  %250 = load i64, ptr %249, align 8
  %251 = call { i64, i64 } @mix72(i64 noundef %243, i64 noundef %245, i64 noundef %248, i64 noundef %250)
  %252 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 0
  %253 = extractvalue { i64, i64 } %251, 0
  store i64 %253, ptr %252, align 8
  %254 = getelementptr inbounds { i64, i64 }, ptr %13, i32 0, i32 1
  %255 = extractvalue { i64, i64 } %251, 1
  store i64 %255, ptr %254, align 8
  %256 = load i128, ptr %13, align 8
  %257 = trunc i128 %256 to i72
  %258 = sext i72 %257 to i128
  store i128 %258, ptr %10, align 8
  %259 = load i128, ptr %10, align 8
  %260 = trunc i128 %259 to i72
  %261 = zext i72 %260 to i128
  store i128 %261, ptr %14, align 16
  %262 = getelementptr inbounds { i64, i64 }, ptr %14, i32 0, i32 0
  %263 = load i64, ptr %262, align 16
  %264 = getelementptr inbounds { i64, i64 }, ptr %14, i32 0, i32 1
  %265 = load i64, ptr %264, align 8
  call void @print_u128(ptr noundef @.str.4, i64 noundef %263, i64 noundef %265)
  %266 = load i128, ptr %8, align 8
  %267 = trunc i128 %266 to i72
  %268 = load i128, ptr %9, align 8
  %269 = trunc i128 %268 to i72
  %270 = icmp slt i72 %267, %269
  %271 = zext i1 %270 to i32
  %272 = load i128, ptr %10, align 8
  %273 = trunc i128 %272 to i72
  %274 = icmp slt i72 %273, 0
  %275 = zext i1 %274 to i32
  %276 = load i128, ptr %8, align 8
  %277 = trunc i128 %276 to i72
  %278 = ashr i72 %277, 70
  %279 = icmp eq i72 %278, -1
  %280 = zext i1 %279 to i32
  %281 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %271, i32 noundef %275, i32 noundef %280)
  %282 = load i128, ptr %8, align 8
  %283 = trunc i128 %282 to i72
  %284 = zext i72 %283 to i128
  store i128 %284, ptr %15, align 8
  %285 = load i128, ptr %15, align 8
  %286 = trunc i128 %285 to i72
  %287 = zext i72 %286 to i128
  store i128 %287, ptr %16, align 16
  %288 = getelementptr inbounds { i64, i64 }, ptr %16, i32 0, i32 0
  %289 = load i64, ptr %288, align 16
  %290 = getelementptr inbounds { i64, i64 }, ptr %16, i32 0, i32 1
  %291 = load i64, ptr %290, align 8
  call void @print_u128(ptr noundef @.str.6, i64 noundef %289, i64 noundef %291)
  %292 = load i128, ptr %15, align 8
  %293 = trunc i128 %292 to i72
  %294 = lshr i72 %293, 5
  %295 = zext i72 %294 to i128
  store i128 %295, ptr %17, align 16
  %296 = getelementptr inbounds { i64, i64 }, ptr %17, i32 0, i32 0
  %297 = load i64, ptr %296, align 16
  %298 = getelementptr inbounds { i64, i64 }, ptr %17, i32 0, i32 1
  %299 = load i64, ptr %298, align 8
  call void @print_u128(ptr noundef @.str.7, i64 noundef %297, i64 noundef %299)
  %300 = load i128, ptr %15, align 8
  %301 = trunc i128 %300 to i72
  %302 = udiv i72 %301, 9
  %303 = zext i72 %302 to i128
  store i128 %303, ptr %18, align 16
  %304 = getelementptr inbounds { i64, i64 }, ptr %18, i32 0, i32 0
  %305 = load i64, ptr %304, align 16
  %306 = getelementptr inbounds { i64, i64 }, ptr %18, i32 0, i32 1
  %307 = load i64, ptr %306, align 8
  call void @print_u128(ptr noundef @.str.8, i64 noundef %305, i64 noundef %307)
  %308 = load i128, ptr %8, align 8
  %309 = trunc i128 %308 to i72
  %310 = sext i72 %309 to i100
  %311 = load i128, ptr %9, align 8
  %312 = trunc i128 %311 to i72
  %313 = sext i72 %312 to i100
  %314 = mul nsw i100 %310, %313
  %315 = sext i100 %314 to i128
  store i128 %315, ptr %19, align 8
  %316 = load i128, ptr %19, align 8
  %317 = trunc i128 %316 to i100
  %318 = zext i100 %317 to i128
  store i128 %318, ptr %20, align 16
  %319 = getelementptr inbounds { i64, i64 }, ptr %20, i32 0, i32 0
  %320 = load i64, ptr %319, align 16
  %321 = getelementptr inbounds { i64, i64 }, ptr %20, i32 0, i32 1
  %322 = load i64, ptr %321, align 8
  call void @print_u128(ptr noundef @.str.9, i64 noundef %320, i64 noundef %322)
  %323 = load i128, ptr %19, align 8
  %324 = trunc i128 %323 to i100
  %325 = sitofp i100 %324 to double
  %326 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %325)
  %327 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef -150000000000000)
  store i128 85070591730234615865843651857942052864, ptr %21, align 8
  %328 = load i128, ptr %21, align 8
  %329 = trunc i128 %328 to i127
  %330 = load i128, ptr %21, align 8
  %331 = trunc i128 %330 to i127
  %332 = udiv i127 %331, 3
  %333 = add i127 %329, %332
  %334 = zext i127 %333 to i128
  store i128 %334, ptr %21, align 8
  %335 = load i128, ptr %21, align 8
  %336 = trunc i128 %335 to i127
  %337 = zext i127 %336 to i128
  store i128 %337, ptr %22, align 16
  %338 = getelementptr inbounds { i64, i64 }, ptr %22, i32 0, i32 0
  %339 = load i64, ptr %338, align 16
  %340 = getelementptr inbounds { i64, i64 }, ptr %22, i32 0, i32 1
  %341 = load i64, ptr %340, align 8
  call void @print_u128(ptr noundef @.str.12, i64 noundef %339, i64 noundef %341)
  %342 = load i128, ptr %21, align 8
  %343 = trunc i128 %342 to i127
  %344 = uitofp i127 %343 to double
  %345 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %344)
  %346 = load i128, ptr %8, align 8
  %347 = trunc i128 %346 to i72
  %348 = sext i72 %347 to i128
  store i128 %348, ptr %23, align 16
  %349 = getelementptr inbounds i128, ptr %23, i64 1
  %350 = load i128, ptr %9, align 8
  %351 = trunc i128 %350 to i72
  %352 = sext i72 %351 to i128
  store i128 %352, ptr %349, align 16
  %353 = getelementptr inbounds i128, ptr %23, i64 2
  %354 = load i128, ptr %10, align 8
  %355 = trunc i128 %354 to i72
  %356 = sext i72 %355 to i128
  store i128 %356, ptr %353, align 16
  %357 = getelementptr inbounds i128, ptr %23, i64 3
  %358 = load volatile i64, ptr %7, align 8
  %359 = sext i64 %358 to i72
  %360 = sext i72 %359 to i128
  store i128 %360, ptr %357, align 16
  %361 = getelementptr inbounds [4 x i128], ptr %23, i64 0, i64 0
  %362 = load i128, ptr %361, align 16
  %363 = trunc i128 %362 to i72
  %364 = sext i72 %363 to i128
  store i128 %364, ptr %24, align 8
  store i32 1, ptr %25, align 4
  br label %365

365:                                              ; preds = %385, %230
  %366 = load i32, ptr %25, align 4
  %367 = icmp slt i32 %366, 4
  br i1 %367, label %368, label %388

368:                                              ; preds = %365
  %369 = load i32, ptr %25, align 4
  %370 = sext i32 %369 to i64
  %371 = getelementptr inbounds [4 x i128], ptr %23, i64 0, i64 %370
  %372 = load i128, ptr %371, align 16
  %373 = trunc i128 %372 to i72
  %374 = load i128, ptr %24, align 8
  %375 = trunc i128 %374 to i72
  %376 = icmp sgt i72 %373, %375
  br i1 %376, label %377, label %384

377:                                              ; preds = %368
  %378 = load i32, ptr %25, align 4
  %379 = sext i32 %378 to i64
  %380 = getelementptr inbounds [4 x i128], ptr %23, i64 0, i64 %379
  %381 = load i128, ptr %380, align 16
  %382 = trunc i128 %381 to i72
  %383 = sext i72 %382 to i128
  store i128 %383, ptr %24, align 8
  br label %384

384:                                              ; preds = %377, %368
  br label %385

385:                                              ; preds = %384
  %386 = load i32, ptr %25, align 4
  %387 = add nsw i32 %386, 1
  store i32 %387, ptr %25, align 4
  br label %365, !llvm.loop !10

388:                                              ; preds = %365
  %389 = load i128, ptr %24, align 8
  %390 = trunc i128 %389 to i72
  %391 = zext i72 %390 to i128
  store i128 %391, ptr %26, align 16
  %392 = getelementptr inbounds { i64, i64 }, ptr %26, i32 0, i32 0
  %393 = load i64, ptr %392, align 16
  %394 = getelementptr inbounds { i64, i64 }, ptr %26, i32 0, i32 1
  %395 = load i64, ptr %394, align 8
  call void @print_u128(ptr noundef @.str.14, i64 noundef %393, i64 noundef %395)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @mix72(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i72, align 8
  %6 = alloca i128, align 8
  %7 = alloca i128, align 8
  %8 = alloca i128, align 8
  %9 = alloca i128, align 8
  %10 = alloca i128, align 8
  %11 = getelementptr inbounds { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %11, align 8
  %12 = getelementptr inbounds { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %12, align 8
  %13 = load i128, ptr %6, align 8
  %14 = trunc i128 %13 to i72
  %15 = getelementptr inbounds { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %15, align 8
  %16 = getelementptr inbounds { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %16, align 8
  %17 = load i128, ptr %7, align 8
  %18 = trunc i128 %17 to i72
  %19 = sext i72 %14 to i128
  store i128 %19, ptr %8, align 8
  %20 = sext i72 %18 to i128
  store i128 %20, ptr %9, align 8
  %21 = load i128, ptr %8, align 8
  %22 = trunc i128 %21 to i72
  %23 = load i128, ptr %9, align 8
  %24 = trunc i128 %23 to i72
  %25 = mul nsw i72 %22, %24
  %26 = load i128, ptr %8, align 8
  %27 = trunc i128 %26 to i72
  %28 = ashr i72 %27, 3
  %29 = add nsw i72 %25, %28
  %30 = load i128, ptr %9, align 8
  %31 = trunc i128 %30 to i72
  %32 = shl i72 %31, 5
  %33 = sub nsw i72 %29, %32
  %34 = sext i72 %33 to i128
  store i128 %34, ptr %10, align 8
  %35 = load i128, ptr %10, align 8
  %36 = trunc i128 %35 to i72
  %37 = sdiv i72 %36, 7
  %38 = load i128, ptr %10, align 8
  %39 = trunc i128 %38 to i72
  %40 = srem i72 %39, 1000
  %41 = add nsw i72 %37, %40
  store i72 %41, ptr %5, align 8
  %42 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %42
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(ptr noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i128, align 16
  %5 = alloca ptr, align 8
  %6 = alloca i128, align 16
  %7 = getelementptr inbounds { i64, i64 }, ptr %4, i32 0, i32 0
  store i64 %1, ptr %7, align 16
  %8 = getelementptr inbounds { i64, i64 }, ptr %4, i32 0, i32 1
  store i64 %2, ptr %8, align 8
  %9 = load i128, ptr %4, align 16
  store ptr %0, ptr %5, align 8
  store i128 %9, ptr %6, align 16
  %10 = load ptr, ptr %5, align 8
  %11 = load i128, ptr %6, align 16
  %12 = lshr i128 %11, 64
  %13 = trunc i128 %12 to i64
  %14 = load i128, ptr %6, align 16
  %15 = trunc i128 %14 to i64
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %10, i64 noundef %13, i64 noundef %15)
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
