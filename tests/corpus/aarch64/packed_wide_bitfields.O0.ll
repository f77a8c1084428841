; ModuleID = 'packed_wide_bitfields.c'
source_filename = "packed_wide_bitfields.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@g_wide = internal global [3 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 101, i8 -1, i8 -97, i8 94, i8 0, i8 0, i8 45, i8 -96, i8 -1, i8 7 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 -64, i8 -1, i8 -1, i8 127, i8 8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 9 }], align 1
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
  %8 = alloca i128, align 16
  %9 = alloca i128, align 16
  %10 = alloca i128, align 16
  %11 = alloca i128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca [4 x i128], align 16
  %15 = alloca i128, align 16
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %17

17:                                               ; preds = %54, %0
  %18 = load i32, ptr %2, align 4
  %19 = icmp slt i32 %18, 3
  br i1 %19, label %20, label %57

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %22
  store ptr %23, ptr %3, align 8
  %24 = load i32, ptr %2, align 4
  %25 = load ptr, ptr %3, align 8
  %26 = load i72, ptr %25, align 1
  %27 = shl i72 %26, 53
  %28 = ashr i72 %27, 53
  %29 = trunc i72 %28 to i32
  %30 = load ptr, ptr %3, align 8
  %31 = load i72, ptr %30, align 1
  %32 = shl i72 %31, 25
  %33 = ashr i72 %32, 44
  %34 = trunc i72 %33 to i32
  %35 = load ptr, ptr %3, align 8
  %36 = load i72, ptr %35, align 1
  %37 = lshr i72 %36, 47
  %38 = and i72 %37, 16383
  %39 = trunc i72 %38 to i32
  %40 = load ptr, ptr %3, align 8
  %41 = load i72, ptr %40, align 1
  %42 = lshr i72 %41, 61
  %43 = and i72 %42, 3
  %44 = trunc i72 %43 to i32
  %45 = load ptr, ptr %3, align 8
  %46 = load i72, ptr %45, align 1
  %47 = ashr i72 %46, 63
  %48 = trunc i72 %47 to i32
  %49 = load ptr, ptr %3, align 8
  %50 = getelementptr inbounds %struct.Wide, ptr %49, i32 0, i32 1
  %51 = load i8, ptr %50, align 1
  %52 = zext i8 %51 to i32
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, i32 noundef %29, i32 noundef %34, i32 noundef %39, i32 noundef %44, i32 noundef %48, i32 noundef %52)
  br label %54

54:                                               ; preds = %20
  %55 = load i32, ptr %2, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %2, align 4
  br label %17, !llvm.loop !6

57:                                               ; preds = %17
  %58 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %59 = and i72 %58, -524288
  %60 = or i72 %59, 524281
  store i72 %60, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %61 = load i72, ptr @g_wide, align 1
  %62 = shl i72 %61, 25
  %63 = ashr i72 %62, 44
  %64 = trunc i72 %63 to i32
  %65 = mul nsw i32 %64, 3
  %66 = zext i32 %65 to i72
  %67 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %68 = and i72 %66, 268435455
  %69 = shl i72 %68, 19
  %70 = and i72 %67, -140737487831041
  %71 = or i72 %70, %69
  store i72 %71, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %72 = shl i72 %68, 44
  %73 = ashr i72 %72, 44
  %74 = trunc i72 %73 to i32
  %75 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 1
  %76 = lshr i72 %75, 47
  %77 = and i72 %76, 16383
  %78 = trunc i72 %77 to i32
  %79 = sub nsw i32 %78, 1
  %80 = zext i32 %79 to i72
  %81 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %82 = and i72 %80, 16383
  %83 = shl i72 %82, 47
  %84 = and i72 %81, -2305702271725338625
  %85 = or i72 %84, %83
  store i72 %85, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %86 = trunc i72 %82 to i32
  %87 = load i72, ptr @g_wide, align 1
  %88 = ashr i72 %87, 63
  %89 = trunc i72 %88 to i32
  %90 = sub nsw i32 %89, 100
  %91 = zext i32 %90 to i72
  %92 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %93 = and i72 %91, 511
  %94 = shl i72 %93, 63
  %95 = and i72 %92, 9223372036854775807
  %96 = or i72 %95, %94
  store i72 %96, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %97 = shl i72 %93, 63
  %98 = ashr i72 %97, 63
  %99 = trunc i72 %98 to i32
  %100 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 1
  %101 = shl i72 %100, 25
  %102 = ashr i72 %101, 44
  %103 = trunc i72 %102 to i32
  %104 = add nsw i32 %103, 5
  %105 = zext i32 %104 to i72
  %106 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 1
  %107 = and i72 %105, 268435455
  %108 = shl i72 %107, 19
  %109 = and i72 %106, -140737487831041
  %110 = or i72 %109, %108
  store i72 %110, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 1
  %111 = shl i72 %107, 44
  %112 = ashr i72 %111, 44
  %113 = trunc i72 %112 to i32
  %114 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %115 = shl i72 %114, 53
  %116 = ashr i72 %115, 53
  %117 = trunc i72 %116 to i32
  %118 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %119 = shl i72 %118, 25
  %120 = ashr i72 %119, 44
  %121 = trunc i72 %120 to i32
  %122 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %123 = lshr i72 %122, 47
  %124 = and i72 %123, 16383
  %125 = trunc i72 %124 to i32
  %126 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), align 1
  %127 = ashr i72 %126, 63
  %128 = trunc i72 %127 to i32
  %129 = load i8, ptr getelementptr inbounds (%struct.Wide, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 2), i32 0, i32 1), align 1
  %130 = zext i8 %129 to i32
  %131 = load i72, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), align 1
  %132 = shl i72 %131, 25
  %133 = ashr i72 %132, 44
  %134 = trunc i72 %133 to i32
  %135 = load i8, ptr getelementptr inbounds (%struct.Wide, ptr getelementptr inbounds ([3 x %struct.Wide], ptr @g_wide, i64 0, i64 1), i32 0, i32 1), align 1
  %136 = zext i8 %135 to i32
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %117, i32 noundef %121, i32 noundef %125, i32 noundef %128, i32 noundef %130, i32 noundef %134, i32 noundef %136)
  %138 = load i8, ptr @g_wider, align 1
  %139 = zext i8 %138 to i32
  %140 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %141 = zext i40 %140 to i64
  %142 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %143 = sext i40 %142 to i64
  %144 = load i8, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 3), align 1
  %145 = and i8 %144, 127
  %146 = zext i8 %145 to i32
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %139, i64 noundef %141, i64 noundef %143, i32 noundef %146)
  %148 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %149 = sext i40 %148 to i64
  %150 = sdiv i64 %149, 3
  %151 = add nsw i64 %150, 1
  %152 = trunc i64 %151 to i40
  store i40 %152, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %153 = sext i40 %152 to i64
  %154 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %155 = zext i40 %154 to i64
  %156 = xor i64 %155, 4886718345
  %157 = trunc i64 %156 to i40
  store i40 %157, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %158 = zext i40 %157 to i64
  %159 = load i8, ptr @g_wider, align 1
  %160 = zext i8 %159 to i32
  %161 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 1), align 1
  %162 = zext i40 %161 to i64
  %163 = load i40, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 2), align 1
  %164 = sext i40 %163 to i64
  %165 = load i8, ptr getelementptr inbounds (%struct.Wider, ptr @g_wider, i32 0, i32 3), align 1
  %166 = and i8 %165, 127
  %167 = zext i8 %166 to i32
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %160, i64 noundef %162, i64 noundef %164, i32 noundef %167)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %169

169:                                              ; preds = %217, %57
  %170 = load i32, ptr %5, align 4
  %171 = icmp slt i32 %170, 3
  br i1 %171, label %172, label %220

172:                                              ; preds = %169
  store i32 0, ptr %6, align 4
  br label %173

173:                                              ; preds = %213, %172
  %174 = load i32, ptr %6, align 4
  %175 = icmp slt i32 %174, 3
  br i1 %175, label %176, label %216

176:                                              ; preds = %173
  %177 = load i32, ptr %4, align 4
  %178 = mul nsw i32 %177, 3
  %179 = load i32, ptr %5, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %180
  %182 = load i72, ptr %181, align 1
  %183 = shl i72 %182, 25
  %184 = ashr i72 %183, 44
  %185 = trunc i72 %184 to i32
  %186 = load i32, ptr %6, align 4
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %187
  %189 = load i72, ptr %188, align 1
  %190 = shl i72 %189, 25
  %191 = ashr i72 %190, 44
  %192 = trunc i72 %191 to i32
  %193 = icmp slt i32 %185, %192
  %194 = zext i1 %193 to i32
  %195 = add nsw i32 %178, %194
  %196 = load i32, ptr %5, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %197
  %199 = load i72, ptr %198, align 1
  %200 = lshr i72 %199, 47
  %201 = and i72 %200, 16383
  %202 = trunc i72 %201 to i32
  %203 = load i32, ptr %6, align 4
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [3 x %struct.Wide], ptr @g_wide, i64 0, i64 %204
  %206 = load i72, ptr %205, align 1
  %207 = lshr i72 %206, 47
  %208 = and i72 %207, 16383
  %209 = trunc i72 %208 to i32
  %210 = icmp sgt i32 %202, %209
  %211 = zext i1 %210 to i32
  %212 = add nsw i32 %195, %211
  store i32 %212, ptr %4, align 4
  br label %213

213:                                              ; preds = %176
  %214 = load i32, ptr %6, align 4
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %6, align 4
  br label %173, !llvm.loop !8

216:                                              ; preds = %173
  br label %217

217:                                              ; preds = %216
  %218 = load i32, ptr %5, align 4
  %219 = add nsw i32 %218, 1
  store i32 %219, ptr %5, align 4
  br label %169, !llvm.loop !9

220:                                              ; preds = %169
  %221 = load i32, ptr %4, align 4
  %222 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %221)
  store volatile i64 -123456789, ptr %7, align 8
  %223 = load volatile i64, ptr %7, align 8
  %224 = sext i64 %223 to i72
  %225 = mul nsw i72 %224, 1000003
  %226 = sext i72 %225 to i128
  store i128 %226, ptr %8, align 16
  store i128 -987654321, ptr %9, align 16
  %227 = load i128, ptr %8, align 16
  %228 = trunc i128 %227 to i72
  %229 = load i128, ptr %9, align 16
  %230 = trunc i128 %229 to i72
  %231 = call i72 @mix72(i72 noundef %228, i72 noundef %230)
  %232 = sext i72 %231 to i128
  store i128 %232, ptr %10, align 16
  %233 = load i128, ptr %10, align 16
  %234 = trunc i128 %233 to i72
  %235 = zext i72 %234 to i128
  call void @print_u128(ptr noundef @.str.4, i128 noundef %235)
  %236 = load i128, ptr %8, align 16
  %237 = trunc i128 %236 to i72
  %238 = load i128, ptr %9, align 16
  %239 = trunc i128 %238 to i72
  %240 = icmp slt i72 %237, %239
  %241 = zext i1 %240 to i32
  %242 = load i128, ptr %10, align 16
  %243 = trunc i128 %242 to i72
  %244 = icmp slt i72 %243, 0
  %245 = zext i1 %244 to i32
  %246 = load i128, ptr %8, align 16
  %247 = trunc i128 %246 to i72
  %248 = ashr i72 %247, 70
  %249 = icmp eq i72 %248, -1
  %250 = zext i1 %249 to i32
  %251 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %241, i32 noundef %245, i32 noundef %250)
  %252 = load i128, ptr %8, align 16
  %253 = trunc i128 %252 to i72
  %254 = zext i72 %253 to i128
  store i128 %254, ptr %11, align 16
  %255 = load i128, ptr %11, align 16
  %256 = trunc i128 %255 to i72
  %257 = zext i72 %256 to i128
  call void @print_u128(ptr noundef @.str.6, i128 noundef %257)
  %258 = load i128, ptr %11, align 16
  %259 = trunc i128 %258 to i72
  %260 = lshr i72 %259, 5
  %261 = zext i72 %260 to i128
  call void @print_u128(ptr noundef @.str.7, i128 noundef %261)
  %262 = load i128, ptr %11, align 16
  %263 = trunc i128 %262 to i72
  %264 = udiv i72 %263, 9
  %265 = zext i72 %264 to i128
  call void @print_u128(ptr noundef @.str.8, i128 noundef %265)
  %266 = load i128, ptr %8, align 16
  %267 = trunc i128 %266 to i72
  %268 = sext i72 %267 to i100
  %269 = load i128, ptr %9, align 16
  %270 = trunc i128 %269 to i72
  %271 = sext i72 %270 to i100
  %272 = mul nsw i100 %268, %271
  %273 = sext i100 %272 to i128
  store i128 %273, ptr %12, align 16
  %274 = load i128, ptr %12, align 16
  %275 = trunc i128 %274 to i100
  %276 = zext i100 %275 to i128
  call void @print_u128(ptr noundef @.str.9, i128 noundef %276)
  %277 = load i128, ptr %12, align 16
  %278 = trunc i128 %277 to i100
  %279 = sitofp i100 %278 to double
  %280 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %279)
  %281 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef -150000000000000)
  store i128 85070591730234615865843651857942052864, ptr %13, align 16
  %282 = load i128, ptr %13, align 16
  %283 = trunc i128 %282 to i127
  %284 = load i128, ptr %13, align 16
  %285 = trunc i128 %284 to i127
  %286 = udiv i127 %285, 3
  %287 = add i127 %283, %286
  %288 = zext i127 %287 to i128
  store i128 %288, ptr %13, align 16
  %289 = load i128, ptr %13, align 16
  %290 = trunc i128 %289 to i127
  %291 = zext i127 %290 to i128
  call void @print_u128(ptr noundef @.str.12, i128 noundef %291)
  %292 = load i128, ptr %13, align 16
  %293 = trunc i128 %292 to i127
  %294 = uitofp i127 %293 to double
  %295 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, double noundef %294)
  %296 = load i128, ptr %8, align 16
  %297 = trunc i128 %296 to i72
  %298 = sext i72 %297 to i128
  store i128 %298, ptr %14, align 16
  %299 = getelementptr inbounds i128, ptr %14, i64 1
  %300 = load i128, ptr %9, align 16
  %301 = trunc i128 %300 to i72
  %302 = sext i72 %301 to i128
  store i128 %302, ptr %299, align 16
  %303 = getelementptr inbounds i128, ptr %14, i64 2
  %304 = load i128, ptr %10, align 16
  %305 = trunc i128 %304 to i72
  %306 = sext i72 %305 to i128
  store i128 %306, ptr %303, align 16
  %307 = getelementptr inbounds i128, ptr %14, i64 3
  %308 = load volatile i64, ptr %7, align 8
  %309 = sext i64 %308 to i72
  %310 = sext i72 %309 to i128
  store i128 %310, ptr %307, align 16
  %311 = getelementptr inbounds [4 x i128], ptr %14, i64 0, i64 0
  %312 = load i128, ptr %311, align 16
  %313 = trunc i128 %312 to i72
  %314 = sext i72 %313 to i128
  store i128 %314, ptr %15, align 16
  store i32 1, ptr %16, align 4
  br label %315

315:                                              ; preds = %335, %220
  %316 = load i32, ptr %16, align 4
  %317 = icmp slt i32 %316, 4
  br i1 %317, label %318, label %338

318:                                              ; preds = %315
  %319 = load i32, ptr %16, align 4
  %320 = sext i32 %319 to i64
  %321 = getelementptr inbounds [4 x i128], ptr %14, i64 0, i64 %320
  %322 = load i128, ptr %321, align 16
  %323 = trunc i128 %322 to i72
  %324 = load i128, ptr %15, align 16
  %325 = trunc i128 %324 to i72
  %326 = icmp sgt i72 %323, %325
  br i1 %326, label %327, label %334

327:                                              ; preds = %318
  %328 = load i32, ptr %16, align 4
  %329 = sext i32 %328 to i64
  %330 = getelementptr inbounds [4 x i128], ptr %14, i64 0, i64 %329
  %331 = load i128, ptr %330, align 16
  %332 = trunc i128 %331 to i72
  %333 = sext i72 %332 to i128
  store i128 %333, ptr %15, align 16
  br label %334

334:                                              ; preds = %327, %318
  br label %335

335:                                              ; preds = %334
  %336 = load i32, ptr %16, align 4
  %337 = add nsw i32 %336, 1
  store i32 %337, ptr %16, align 4
  br label %315, !llvm.loop !10

338:                                              ; preds = %315
  %339 = load i128, ptr %15, align 16
  %340 = trunc i128 %339 to i72
  %341 = zext i72 %340 to i128
  call void @print_u128(ptr noundef @.str.14, i128 noundef %341)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i72 @mix72(i72 noundef %0, i72 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = alloca i128, align 16
  %6 = sext i72 %0 to i128
  store i128 %6, ptr %3, align 16
  %7 = sext i72 %1 to i128
  store i128 %7, ptr %4, align 16
  %8 = load i128, ptr %3, align 16
  %9 = trunc i128 %8 to i72
  %10 = load i128, ptr %4, align 16
  %11 = trunc i128 %10 to i72
  %12 = mul nsw i72 %9, %11
  %13 = load i128, ptr %3, align 16
  %14 = trunc i128 %13 to i72
  %15 = ashr i72 %14, 3
  %16 = add nsw i72 %12, %15
  %17 = load i128, ptr %4, align 16
  %18 = trunc i128 %17 to i72
  %19 = shl i72 %18, 5
  %20 = sub nsw i72 %16, %19
  %21 = sext i72 %20 to i128
  store i128 %21, ptr %5, align 16
  %22 = load i128, ptr %5, align 16
  %23 = trunc i128 %22 to i72
  %24 = sdiv i72 %23, 7
  %25 = load i128, ptr %5, align 16
  %26 = trunc i128 %25 to i72
  %27 = srem i72 %26, 1000
  %28 = add nsw i72 %24, %27
  ret i72 %28
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @print_u128(ptr noundef %0, i128 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i128, align 16
  store ptr %0, ptr %3, align 8
  store i128 %1, ptr %4, align 16
  %5 = load ptr, ptr %3, align 8
  %6 = load i128, ptr %4, align 16
  %7 = lshr i128 %6, 64
  %8 = trunc i128 %7 to i64
  %9 = load i128, ptr %4, align 16
  %10 = trunc i128 %9 to i64
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %5, i64 noundef %8, i64 noundef %10)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
