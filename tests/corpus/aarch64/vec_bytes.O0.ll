; ModuleID = 'vec_bytes.c'
source_filename = "vec_bytes.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@buf = internal global [1000 x i8] zeroinitializer, align 1
@flags = internal global [777 x i8] zeroinitializer, align 1
@.str = private unnamed_addr constant [31 x i8] c"count 0x41: %zu, count 0: %zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"widen sum: %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"signed widen: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [84 x i8] c"Hello, vectorized world! abcdefghijklmnopqrstuvwxyz 0123456789 The quick brown fox.\00", align 1
@out = internal global [1000 x i8] zeroinitializer, align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"upper: %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [33 x i8] c"cipher check %08x, roundtrip %s\0A\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"true flags: %d of 777, %d of 100\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"clamped: %u %u max %u\0A\00", align 1
@.str.8 = private unnamed_addr constant [27 x i8] c"max byte %u, min sbyte %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [35 x i8] c"any zero: %d %d, all below: %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"lane pick: %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [21 x i8] c"first zero: %ld %ld\0A\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"histogram mix: %llu\0A\00", align 1
@.str.13 = private unnamed_addr constant [19 x i8] c"sat add: %u %u %u\0A\00", align 1
@.str.14 = private unnamed_addr constant [18 x i8] c"u16 words: %u %u\0A\00", align 1
@.str.15 = private unnamed_addr constant [34 x i8] c"vector lanes: %d %d %d %d acc %d\0A\00", align 1
@.str.16 = private unnamed_addr constant [35 x i8] c"bytes: %u halves %d widened %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca <4 x i32>, align 16
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca [4 x i32], align 4
  %12 = alloca [200 x i16], align 2
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca <4 x i32>, align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca <16 x i8>, align 16
  %19 = alloca i32, align 4
  %20 = alloca <16 x i8>, align 16
  %21 = alloca <16 x i8>, align 16
  %22 = alloca <16 x i8>, align 16
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca <8 x i16>, align 16
  %26 = alloca <8 x i16>, align 16
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca <4 x i32>, align 16
  store i32 0, ptr %3, align 4
  store i32 12345, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %30

30:                                               ; preds = %43, %0
  %31 = load i32, ptr %5, align 4
  %32 = icmp slt i32 %31, 1000
  br i1 %32, label %33, label %46

33:                                               ; preds = %30
  %34 = load i32, ptr %4, align 4
  %35 = mul i32 %34, 1103515245
  %36 = add i32 %35, 12345
  store i32 %36, ptr %4, align 4
  %37 = load i32, ptr %4, align 4
  %38 = lshr i32 %37, 16
  %39 = trunc i32 %38 to i8
  %40 = load i32, ptr %5, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %41
  store i8 %39, ptr %42, align 1
  br label %43

43:                                               ; preds = %33
  %44 = load i32, ptr %5, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %5, align 4
  br label %30, !llvm.loop !6

46:                                               ; preds = %30
  store i32 0, ptr %6, align 4
  br label %47

47:                                               ; preds = %62, %46
  %48 = load i32, ptr %6, align 4
  %49 = icmp slt i32 %48, 777
  br i1 %49, label %50, label %65

50:                                               ; preds = %47
  %51 = load i32, ptr %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1
  %55 = zext i8 %54 to i32
  %56 = and i32 %55, 5
  %57 = icmp eq i32 %56, 1
  %58 = load i32, ptr %6, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [777 x i8], ptr @flags, i64 0, i64 %59
  %61 = zext i1 %57 to i8
  store i8 %61, ptr %60, align 1
  br label %62

62:                                               ; preds = %50
  %63 = load i32, ptr %6, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %6, align 4
  br label %47, !llvm.loop !8

65:                                               ; preds = %47
  %66 = call i64 @count_byte(ptr noundef @buf, i64 noundef 1000, i8 noundef 65)
  %67 = call i64 @count_byte(ptr noundef @buf, i64 noundef 997, i8 noundef 0)
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %66, i64 noundef %67)
  %69 = call i32 @widen_sum(ptr noundef @buf, i64 noundef 1000)
  %70 = call i32 @widen_sum(ptr noundef getelementptr inbounds (i8, ptr @buf, i64 3), i64 noundef 61)
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %69, i32 noundef %70)
  %72 = call i32 @signed_widen_sum(ptr noundef @buf, i64 noundef 999)
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %72)
  store ptr @.str.3, ptr %7, align 8
  %74 = load ptr, ptr %7, align 8
  %75 = call i64 @strlen(ptr noundef %74) #5
  store i64 %75, ptr %8, align 8
  %76 = load ptr, ptr %7, align 8
  %77 = load i64, ptr %8, align 8
  %78 = add i64 %77, 1
  call void @to_upper(ptr noundef @out, ptr noundef %76, i64 noundef %78)
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef @out)
  %80 = load i64, ptr %8, align 8
  call void @xor_cipher(ptr noundef @out, i64 noundef %80, i32 noundef -1513885683)
  store i32 0, ptr %9, align 4
  store i64 0, ptr %10, align 8
  br label %81

81:                                               ; preds = %93, %65
  %82 = load i64, ptr %10, align 8
  %83 = load i64, ptr %8, align 8
  %84 = icmp ult i64 %82, %83
  br i1 %84, label %85, label %96

85:                                               ; preds = %81
  %86 = load i32, ptr %9, align 4
  %87 = mul i32 %86, 33
  %88 = load i64, ptr %10, align 8
  %89 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %88
  %90 = load i8, ptr %89, align 1
  %91 = zext i8 %90 to i32
  %92 = add i32 %87, %91
  store i32 %92, ptr %9, align 4
  br label %93

93:                                               ; preds = %85
  %94 = load i64, ptr %10, align 8
  %95 = add i64 %94, 1
  store i64 %95, ptr %10, align 8
  br label %81, !llvm.loop !9

96:                                               ; preds = %81
  %97 = load i64, ptr %8, align 8
  call void @xor_cipher(ptr noundef @out, i64 noundef %97, i32 noundef -1513885683)
  %98 = load i32, ptr %9, align 4
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %98, ptr noundef @out)
  %100 = call i32 @count_true(ptr noundef @flags, i32 noundef 777)
  %101 = call i32 @count_true(ptr noundef getelementptr inbounds (i8, ptr @flags, i64 5), i32 noundef 100)
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %100, i32 noundef %101)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 @out, ptr align 1 @buf, i64 1000, i1 false)
  call void @clamp_store(ptr noundef @out, ptr noundef @buf, i32 noundef 1000, i8 noundef -56)
  %103 = call i32 @widen_sum(ptr noundef @out, i64 noundef 1000)
  %104 = load i8, ptr getelementptr inbounds ([1000 x i8], ptr @out, i64 0, i64 17), align 1
  %105 = zext i8 %104 to i32
  %106 = call i8 @max_byte(ptr noundef @out, i32 noundef 1000)
  %107 = zext i8 %106 to i32
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %103, i32 noundef %105, i32 noundef %107)
  %109 = call i8 @max_byte(ptr noundef @buf, i32 noundef 1000)
  %110 = zext i8 %109 to i32
  %111 = call i8 @min_sbyte(ptr noundef @buf, i32 noundef 1000)
  %112 = sext i8 %111 to i32
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %110, i32 noundef %112)
  call void @llvm.memset.p0.i64(ptr align 1 @out, i8 7, i64 300, i1 false)
  store i8 0, ptr getelementptr inbounds ([1000 x i8], ptr @out, i64 0, i64 211), align 1
  %114 = call i1 @any_zero(ptr noundef @out, i32 noundef 300)
  %115 = zext i1 %114 to i32
  %116 = call i1 @any_zero(ptr noundef @out, i32 noundef 200)
  %117 = zext i1 %116 to i32
  %118 = call i32 @all_below(ptr noundef @buf, i32 noundef 1000, i8 noundef -1)
  %119 = call i32 @all_below(ptr noundef @out, i32 noundef 1000, i8 noundef 8)
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %115, i32 noundef %117, i32 noundef %118, i32 noundef %119)
  store i32 3, ptr %11, align 4
  %121 = getelementptr inbounds i32, ptr %11, i64 1
  store i32 -5, ptr %121, align 4
  %122 = getelementptr inbounds i32, ptr %11, i64 2
  store i32 7, ptr %122, align 4
  %123 = getelementptr inbounds i32, ptr %11, i64 3
  store i32 11, ptr %123, align 4
  %124 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  %125 = call i32 @lane_pick(ptr noundef %124, ptr noundef @buf, i32 noundef 1000)
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %125)
  %127 = call i64 @first_zero(ptr noundef @out, i64 noundef 300)
  %128 = call i64 @first_zero(ptr noundef @out, i64 noundef 200)
  %129 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %127, i64 noundef %128)
  %130 = call i64 @histogram_mix(ptr noundef @buf, i32 noundef 1000)
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %130)
  call void @sat_add(ptr noundef @out, ptr noundef @buf, ptr noundef getelementptr inbounds (i8, ptr @buf, i64 500), i32 noundef 500)
  %132 = call i32 @widen_sum(ptr noundef @out, i64 noundef 500)
  %133 = load i8, ptr @out, align 1
  %134 = zext i8 %133 to i32
  %135 = load i8, ptr getelementptr inbounds ([1000 x i8], ptr @out, i64 0, i64 499), align 1
  %136 = zext i8 %135 to i32
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %132, i32 noundef %134, i32 noundef %136)
  %138 = getelementptr inbounds [200 x i16], ptr %12, i64 0, i64 0
  call void @u16_from_bytes(ptr noundef %138, ptr noundef @buf, i32 noundef 200)
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %139

139:                                              ; preds = %152, %96
  %140 = load i32, ptr %14, align 4
  %141 = icmp slt i32 %140, 200
  br i1 %141, label %142, label %155

142:                                              ; preds = %139
  %143 = load i32, ptr %14, align 4
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [200 x i16], ptr %12, i64 0, i64 %144
  %146 = load i16, ptr %145, align 2
  %147 = zext i16 %146 to i32
  %148 = load i32, ptr %14, align 4
  %149 = xor i32 %147, %148
  %150 = load i32, ptr %13, align 4
  %151 = add i32 %150, %149
  store i32 %151, ptr %13, align 4
  br label %152

152:                                              ; preds = %142
  %153 = load i32, ptr %14, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %14, align 4
  br label %139, !llvm.loop !10

155:                                              ; preds = %139
  %156 = load i32, ptr %13, align 4
  %157 = getelementptr inbounds [200 x i16], ptr %12, i64 0, i64 7
  %158 = load i16, ptr %157, align 2
  %159 = zext i16 %158 to i32
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %156, i32 noundef %159)
  store <4 x i32> <i32 10, i32 -20, i32 30, i32 -40>, ptr %15, align 16
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %161

161:                                              ; preds = %182, %155
  %162 = load i32, ptr %17, align 4
  %163 = icmp slt i32 %162, 4
  br i1 %163, label %164, label %185

164:                                              ; preds = %161
  %165 = load i32, ptr %17, align 4
  %166 = load i32, ptr %17, align 4
  %167 = mul nsw i32 %166, 3
  %168 = and i32 %167, 3
  %169 = load <4 x i32>, ptr %15, align 16
  %170 = extractelement <4 x i32> %169, i32 %168
  %171 = add nsw i32 %170, %165
  %172 = load <4 x i32>, ptr %15, align 16
  %173 = insertelement <4 x i32> %172, i32 %171, i32 %168
  store <4 x i32> %173, ptr %15, align 16
  %174 = load i32, ptr %16, align 4
  %175 = mul nsw i32 %174, 7
  %176 = load <4 x i32>, ptr %15, align 16
  %177 = load i32, ptr %17, align 4
  store <4 x i32> %176, ptr %1, align 16
  store i32 %177, ptr %2, align 4
  %178 = load <4 x i32>, ptr %1, align 16
  %179 = load i32, ptr %2, align 4
  %180 = extractelement <4 x i32> %178, i32 %179
  %181 = add nsw i32 %175, %180
  store i32 %181, ptr %16, align 4
  br label %182

182:                                              ; preds = %164
  %183 = load i32, ptr %17, align 4
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %17, align 4
  br label %161, !llvm.loop !11

185:                                              ; preds = %161
  %186 = load <4 x i32>, ptr %15, align 16
  %187 = extractelement <4 x i32> %186, i32 0
  %188 = load <4 x i32>, ptr %15, align 16
  %189 = extractelement <4 x i32> %188, i32 1
  %190 = load <4 x i32>, ptr %15, align 16
  %191 = extractelement <4 x i32> %190, i32 2
  %192 = load <4 x i32>, ptr %15, align 16
  %193 = extractelement <4 x i32> %192, i32 3
  %194 = load i32, ptr %16, align 4
  %195 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %187, i32 noundef %189, i32 noundef %191, i32 noundef %193, i32 noundef %194)
  store i32 0, ptr %19, align 4
  br label %196

196:                                              ; preds = %208, %185
  %197 = load i32, ptr %19, align 4
  %198 = icmp slt i32 %197, 16
  br i1 %198, label %199, label %211

199:                                              ; preds = %196
  %200 = load i32, ptr %19, align 4
  %201 = mul nsw i32 %200, 7
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %202
  %204 = load i8, ptr %203, align 1
  %205 = load i32, ptr %19, align 4
  %206 = load <16 x i8>, ptr %18, align 16
  %207 = insertelement <16 x i8> %206, i8 %204, i32 %205
  store <16 x i8> %207, ptr %18, align 16
  br label %208

208:                                              ; preds = %199
  %209 = load i32, ptr %19, align 4
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %19, align 4
  br label %196, !llvm.loop !12

211:                                              ; preds = %196
  %212 = load <16 x i8>, ptr %18, align 16
  %213 = load <16 x i8>, ptr %18, align 16
  %214 = shufflevector <16 x i8> %212, <16 x i8> %213, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  store <16 x i8> %214, ptr %20, align 16
  %215 = load <16 x i8>, ptr %20, align 16
  %216 = load <16 x i8>, ptr %18, align 16
  %217 = xor <16 x i8> %215, %216
  store <16 x i8> <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 16>, ptr %22, align 16
  %218 = load <16 x i8>, ptr %22, align 16
  %219 = add <16 x i8> %217, %218
  store <16 x i8> %219, ptr %21, align 16
  store i32 0, ptr %23, align 4
  store i32 0, ptr %24, align 4
  br label %220

220:                                              ; preds = %231, %211
  %221 = load i32, ptr %24, align 4
  %222 = icmp slt i32 %221, 16
  br i1 %222, label %223, label %234

223:                                              ; preds = %220
  %224 = load i32, ptr %23, align 4
  %225 = mul i32 %224, 3
  %226 = load <16 x i8>, ptr %21, align 16
  %227 = load i32, ptr %24, align 4
  %228 = extractelement <16 x i8> %226, i32 %227
  %229 = zext i8 %228 to i32
  %230 = add i32 %225, %229
  store i32 %230, ptr %23, align 4
  br label %231

231:                                              ; preds = %223
  %232 = load i32, ptr %24, align 4
  %233 = add nsw i32 %232, 1
  store i32 %233, ptr %24, align 4
  br label %220, !llvm.loop !13

234:                                              ; preds = %220
  %235 = load <16 x i8>, ptr %21, align 16
  %236 = load <16 x i8>, ptr %21, align 16
  %237 = shufflevector <16 x i8> %235, <16 x i8> %236, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %238 = zext <8 x i8> %237 to <8 x i16>
  store <8 x i16> %238, ptr %25, align 16
  %239 = load <8 x i16>, ptr %25, align 16
  %240 = mul <8 x i16> %239, <i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3, i16 3>
  store <8 x i16> <i16 100, i16 200, i16 300, i16 400, i16 500, i16 600, i16 700, i16 800>, ptr %26, align 16
  %241 = load <8 x i16>, ptr %26, align 16
  %242 = sub <8 x i16> %240, %241
  store <8 x i16> %242, ptr %25, align 16
  store i32 0, ptr %27, align 4
  store i32 0, ptr %28, align 4
  br label %243

243:                                              ; preds = %254, %234
  %244 = load i32, ptr %28, align 4
  %245 = icmp slt i32 %244, 8
  br i1 %245, label %246, label %257

246:                                              ; preds = %243
  %247 = load <8 x i16>, ptr %25, align 16
  %248 = load i32, ptr %28, align 4
  %249 = extractelement <8 x i16> %247, i32 %248
  %250 = sext i16 %249 to i32
  %251 = ashr i32 %250, 1
  %252 = load i32, ptr %27, align 4
  %253 = add nsw i32 %252, %251
  store i32 %253, ptr %27, align 4
  br label %254

254:                                              ; preds = %246
  %255 = load i32, ptr %28, align 4
  %256 = add nsw i32 %255, 1
  store i32 %256, ptr %28, align 4
  br label %243, !llvm.loop !14

257:                                              ; preds = %243
  %258 = load <16 x i8>, ptr %21, align 16
  %259 = bitcast <16 x i8> %258 to <4 x i32>
  store <4 x i32> %259, ptr %29, align 16
  %260 = load i32, ptr %23, align 4
  %261 = load i32, ptr %27, align 4
  %262 = load <4 x i32>, ptr %29, align 16
  %263 = extractelement <4 x i32> %262, i32 0
  %264 = load <4 x i32>, ptr %29, align 16
  %265 = extractelement <4 x i32> %264, i32 3
  %266 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %260, i32 noundef %261, i32 noundef %263, i32 noundef %265)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @count_byte(ptr noundef %0, i64 noundef %1, i8 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i8, align 1
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i8 %2, ptr %6, align 1
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i64, ptr %8, align 8
  %11 = load i64, ptr %5, align 8
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %29

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i64, ptr %8, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1
  %18 = zext i8 %17 to i32
  %19 = load i8, ptr %6, align 1
  %20 = zext i8 %19 to i32
  %21 = icmp eq i32 %18, %20
  %22 = zext i1 %21 to i32
  %23 = sext i32 %22 to i64
  %24 = load i64, ptr %7, align 8
  %25 = add i64 %24, %23
  store i64 %25, ptr %7, align 8
  br label %26

26:                                               ; preds = %13
  %27 = load i64, ptr %8, align 8
  %28 = add i64 %27, 1
  store i64 %28, ptr %8, align 8
  br label %9, !llvm.loop !15

29:                                               ; preds = %9
  %30 = load i64, ptr %7, align 8
  ret i64 %30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @widen_sum(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i32
  %17 = load i32, ptr %5, align 4
  %18 = add i32 %17, %16
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i64, ptr %6, align 8
  %21 = add i64 %20, 1
  store i64 %21, ptr %6, align 8
  br label %7, !llvm.loop !16

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @signed_widen_sum(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = sext i8 %15 to i32
  %17 = mul nsw i32 %16, 3
  %18 = sub nsw i32 %17, 1
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %11
  %22 = load i64, ptr %6, align 8
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8
  br label %7, !llvm.loop !17

24:                                               ; preds = %7
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @to_upper(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  br label %9

9:                                                ; preds = %40, %3
  %10 = load i64, ptr %7, align 8
  %11 = load i64, ptr %6, align 8
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %43

13:                                               ; preds = %9
  %14 = load ptr, ptr %5, align 8
  %15 = load i64, ptr %7, align 8
  %16 = getelementptr inbounds i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1
  store i8 %17, ptr %8, align 1
  %18 = load i8, ptr %8, align 1
  %19 = zext i8 %18 to i32
  %20 = icmp sge i32 %19, 97
  br i1 %20, label %21, label %31

21:                                               ; preds = %13
  %22 = load i8, ptr %8, align 1
  %23 = zext i8 %22 to i32
  %24 = icmp sle i32 %23, 122
  br i1 %24, label %25, label %31

25:                                               ; preds = %21
  %26 = load i8, ptr %8, align 1
  %27 = zext i8 %26 to i32
  %28 = sub nsw i32 %27, 32
  %29 = trunc i32 %28 to i8
  %30 = zext i8 %29 to i32
  br label %34

31:                                               ; preds = %21, %13
  %32 = load i8, ptr %8, align 1
  %33 = zext i8 %32 to i32
  br label %34

34:                                               ; preds = %31, %25
  %35 = phi i32 [ %30, %25 ], [ %33, %31 ]
  %36 = trunc i32 %35 to i8
  %37 = load ptr, ptr %4, align 8
  %38 = load i64, ptr %7, align 8
  %39 = getelementptr inbounds i8, ptr %37, i64 %38
  store i8 %36, ptr %39, align 1
  br label %40

40:                                               ; preds = %34
  %41 = load i64, ptr %7, align 8
  %42 = add i64 %41, 1
  store i64 %42, ptr %7, align 8
  br label %9, !llvm.loop !18

43:                                               ; preds = %9
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @xor_cipher(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i64 0, ptr %7, align 8
  br label %8

8:                                                ; preds = %28, %3
  %9 = load i64, ptr %7, align 8
  %10 = load i64, ptr %5, align 8
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %31

12:                                               ; preds = %8
  %13 = load i32, ptr %6, align 4
  %14 = load i64, ptr %7, align 8
  %15 = and i64 %14, 3
  %16 = mul i64 %15, 8
  %17 = trunc i64 %16 to i32
  %18 = lshr i32 %13, %17
  %19 = trunc i32 %18 to i8
  %20 = zext i8 %19 to i32
  %21 = load ptr, ptr %4, align 8
  %22 = load i64, ptr %7, align 8
  %23 = getelementptr inbounds i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i32
  %26 = xor i32 %25, %20
  %27 = trunc i32 %26 to i8
  store i8 %27, ptr %23, align 1
  br label %28

28:                                               ; preds = %12
  %29 = load i64, ptr %7, align 8
  %30 = add i64 %29, 1
  store i64 %30, ptr %7, align 8
  br label %8, !llvm.loop !19

31:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_true(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = trunc i8 %16 to i1
  %18 = zext i1 %17 to i32
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !20

24:                                               ; preds = %7
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @clamp_store(ptr noundef %0, ptr noundef %1, i32 noundef %2, i8 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i8 %3, ptr %8, align 1
  store i32 0, ptr %9, align 4
  br label %10

10:                                               ; preds = %31, %4
  %11 = load i32, ptr %9, align 4
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %34

14:                                               ; preds = %10
  %15 = load ptr, ptr %6, align 8
  %16 = load i32, ptr %9, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %15, i64 %17
  %19 = load i8, ptr %18, align 1
  %20 = zext i8 %19 to i32
  %21 = load i8, ptr %8, align 1
  %22 = zext i8 %21 to i32
  %23 = icmp sgt i32 %20, %22
  br i1 %23, label %24, label %30

24:                                               ; preds = %14
  %25 = load i8, ptr %8, align 1
  %26 = load ptr, ptr %5, align 8
  %27 = load i32, ptr %9, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %26, i64 %28
  store i8 %25, ptr %29, align 1
  br label %30

30:                                               ; preds = %24, %14
  br label %31

31:                                               ; preds = %30
  %32 = load i32, ptr %9, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %9, align 4
  br label %10, !llvm.loop !21

34:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @max_byte(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i8 0, ptr %5, align 1
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %34, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %37

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = load i8, ptr %5, align 1
  %19 = zext i8 %18 to i32
  %20 = icmp sgt i32 %17, %19
  br i1 %20, label %21, label %28

21:                                               ; preds = %11
  %22 = load ptr, ptr %3, align 8
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  br label %31

28:                                               ; preds = %11
  %29 = load i8, ptr %5, align 1
  %30 = zext i8 %29 to i32
  br label %31

31:                                               ; preds = %28, %21
  %32 = phi i32 [ %27, %21 ], [ %30, %28 ]
  %33 = trunc i32 %32 to i8
  store i8 %33, ptr %5, align 1
  br label %34

34:                                               ; preds = %31
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %7, !llvm.loop !22

37:                                               ; preds = %7
  %38 = load i8, ptr %5, align 1
  ret i8 %38
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i8 @min_sbyte(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i8 127, ptr %5, align 1
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %34, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %37

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = sext i8 %16 to i32
  %18 = load i8, ptr %5, align 1
  %19 = sext i8 %18 to i32
  %20 = icmp slt i32 %17, %19
  br i1 %20, label %21, label %28

21:                                               ; preds = %11
  %22 = load ptr, ptr %3, align 8
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = load i8, ptr %25, align 1
  %27 = sext i8 %26 to i32
  br label %31

28:                                               ; preds = %11
  %29 = load i8, ptr %5, align 1
  %30 = sext i8 %29 to i32
  br label %31

31:                                               ; preds = %28, %21
  %32 = phi i32 [ %27, %21 ], [ %30, %28 ]
  %33 = trunc i32 %32 to i8
  store i8 %33, ptr %5, align 1
  br label %34

34:                                               ; preds = %31
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %7, !llvm.loop !23

37:                                               ; preds = %7
  %38 = load i8, ptr %5, align 1
  ret i8 %38
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i1 @any_zero(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i8 0, ptr %5, align 1
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %26, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %29

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = load i8, ptr %5, align 1
  %21 = trunc i8 %20 to i1
  %22 = zext i1 %21 to i32
  %23 = or i32 %22, %19
  %24 = icmp ne i32 %23, 0
  %25 = zext i1 %24 to i8
  store i8 %25, ptr %5, align 1
  br label %26

26:                                               ; preds = %11
  %27 = load i32, ptr %6, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %6, align 4
  br label %7, !llvm.loop !24

29:                                               ; preds = %7
  %30 = load i8, ptr %5, align 1
  %31 = trunc i8 %30 to i1
  ret i1 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @all_below(ptr noundef %0, i32 noundef %1, i8 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i8 %2, ptr %6, align 1
  store i32 1, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %29

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load i8, ptr %6, align 1
  %21 = zext i8 %20 to i32
  %22 = icmp slt i32 %19, %21
  %23 = zext i1 %22 to i32
  %24 = load i32, ptr %7, align 4
  %25 = and i32 %24, %23
  store i32 %25, ptr %7, align 4
  br label %26

26:                                               ; preds = %13
  %27 = load i32, ptr %8, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %8, align 4
  br label %9, !llvm.loop !25

29:                                               ; preds = %9
  %30 = load i32, ptr %7, align 4
  ret i32 %30
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @lane_pick(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca <4 x i32>, align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds i32, ptr %10, i64 0
  %12 = load i32, ptr %11, align 4
  %13 = insertelement <4 x i32> poison, i32 %12, i32 0
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds i32, ptr %14, i64 1
  %16 = load i32, ptr %15, align 4
  %17 = insertelement <4 x i32> %13, i32 %16, i32 1
  %18 = load ptr, ptr %4, align 8
  %19 = getelementptr inbounds i32, ptr %18, i64 2
  %20 = load i32, ptr %19, align 4
  %21 = insertelement <4 x i32> %17, i32 %20, i32 2
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds i32, ptr %22, i64 3
  %24 = load i32, ptr %23, align 4
  %25 = insertelement <4 x i32> %21, i32 %24, i32 3
  store <4 x i32> %25, ptr %7, align 16
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %26

26:                                               ; preds = %56, %3
  %27 = load i32, ptr %9, align 4
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %59

30:                                               ; preds = %26
  %31 = load <4 x i32>, ptr %7, align 16
  %32 = load ptr, ptr %5, align 8
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i8, ptr %32, i64 %34
  %36 = load i8, ptr %35, align 1
  %37 = zext i8 %36 to i32
  %38 = and i32 %37, 3
  %39 = extractelement <4 x i32> %31, i32 %38
  %40 = load i32, ptr %8, align 4
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %8, align 4
  %42 = load i32, ptr %9, align 4
  %43 = load ptr, ptr %5, align 8
  %44 = load i32, ptr %9, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load i8, ptr %46, align 1
  %48 = zext i8 %47 to i32
  %49 = ashr i32 %48, 2
  %50 = and i32 %49, 3
  %51 = load <4 x i32>, ptr %7, align 16
  %52 = extractelement <4 x i32> %51, i32 %50
  %53 = xor i32 %52, %42
  %54 = load <4 x i32>, ptr %7, align 16
  %55 = insertelement <4 x i32> %54, i32 %53, i32 %50
  store <4 x i32> %55, ptr %7, align 16
  br label %56

56:                                               ; preds = %30
  %57 = load i32, ptr %9, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %9, align 4
  br label %26, !llvm.loop !26

59:                                               ; preds = %26
  %60 = load i32, ptr %8, align 4
  %61 = load <4 x i32>, ptr %7, align 16
  %62 = extractelement <4 x i32> %61, i32 0
  %63 = add nsw i32 %60, %62
  %64 = load <4 x i32>, ptr %7, align 16
  %65 = extractelement <4 x i32> %64, i32 3
  %66 = sub nsw i32 %63, %65
  ret i32 %66
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @first_zero(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %5, align 8
  %10 = icmp slt i64 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i32
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %20

18:                                               ; preds = %11
  %19 = load i64, ptr %6, align 8
  store i64 %19, ptr %3, align 8
  br label %25

20:                                               ; preds = %11
  br label %21

21:                                               ; preds = %20
  %22 = load i64, ptr %6, align 8
  %23 = add nsw i64 %22, 1
  store i64 %23, ptr %6, align 8
  br label %7, !llvm.loop !27

24:                                               ; preds = %7
  store i64 -1, ptr %3, align 8
  br label %25

25:                                               ; preds = %24, %18
  %26 = load i64, ptr %3, align 8
  ret i64 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @histogram_mix(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca [16 x i16], align 2
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  call void @llvm.memset.p0.i64(ptr align 2 %5, i8 0, i64 32, i1 false)
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %25, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %28

13:                                               ; preds = %9
  %14 = load ptr, ptr %3, align 8
  %15 = load i32, ptr %6, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = and i32 %19, 15
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [16 x i16], ptr %5, i64 0, i64 %21
  %23 = load i16, ptr %22, align 2
  %24 = add i16 %23, 1
  store i16 %24, ptr %22, align 2
  br label %25

25:                                               ; preds = %13
  %26 = load i32, ptr %6, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4
  br label %9, !llvm.loop !28

28:                                               ; preds = %9
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %29

29:                                               ; preds = %41, %28
  %30 = load i32, ptr %8, align 4
  %31 = icmp slt i32 %30, 16
  br i1 %31, label %32, label %44

32:                                               ; preds = %29
  %33 = load i64, ptr %7, align 8
  %34 = mul i64 %33, 31
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [16 x i16], ptr %5, i64 0, i64 %36
  %38 = load i16, ptr %37, align 2
  %39 = zext i16 %38 to i64
  %40 = add i64 %34, %39
  store i64 %40, ptr %7, align 8
  br label %41

41:                                               ; preds = %32
  %42 = load i32, ptr %8, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %8, align 4
  br label %29, !llvm.loop !29

44:                                               ; preds = %29
  %45 = load i64, ptr %7, align 8
  ret i64 %45
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @sat_add(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %11

11:                                               ; preds = %43, %4
  %12 = load i32, ptr %9, align 4
  %13 = load i32, ptr %8, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %46

15:                                               ; preds = %11
  %16 = load ptr, ptr %6, align 8
  %17 = load i32, ptr %9, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  %20 = load i8, ptr %19, align 1
  %21 = zext i8 %20 to i32
  %22 = load ptr, ptr %7, align 8
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %22, i64 %24
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  %28 = add nsw i32 %21, %27
  store i32 %28, ptr %10, align 4
  %29 = load i32, ptr %10, align 4
  %30 = icmp ugt i32 %29, 255
  br i1 %30, label %31, label %32

31:                                               ; preds = %15
  br label %36

32:                                               ; preds = %15
  %33 = load i32, ptr %10, align 4
  %34 = trunc i32 %33 to i8
  %35 = zext i8 %34 to i32
  br label %36

36:                                               ; preds = %32, %31
  %37 = phi i32 [ 255, %31 ], [ %35, %32 ]
  %38 = trunc i32 %37 to i8
  %39 = load ptr, ptr %5, align 8
  %40 = load i32, ptr %9, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %39, i64 %41
  store i8 %38, ptr %42, align 1
  br label %43

43:                                               ; preds = %36
  %44 = load i32, ptr %9, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %9, align 4
  br label %11, !llvm.loop !30

46:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @u16_from_bytes(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %35, %3
  %9 = load i32, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %38

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8
  %14 = load i32, ptr %7, align 4
  %15 = mul nsw i32 2, %14
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %13, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load ptr, ptr %5, align 8
  %21 = load i32, ptr %7, align 4
  %22 = mul nsw i32 2, %21
  %23 = add nsw i32 %22, 1
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %20, i64 %24
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  %28 = shl i32 %27, 8
  %29 = or i32 %19, %28
  %30 = trunc i32 %29 to i16
  %31 = load ptr, ptr %4, align 8
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i16, ptr %31, i64 %33
  store i16 %30, ptr %34, align 2
  br label %35

35:                                               ; preds = %12
  %36 = load i32, ptr %7, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %7, align 4
  br label %8, !llvm.loop !31

38:                                               ; preds = %8
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

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
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
