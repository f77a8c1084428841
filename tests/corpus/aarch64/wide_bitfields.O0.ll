; ModuleID = 'wide_bitfields.c'
source_filename = "wide_bitfields.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.S2 = type { i64, i64, i64 }
%struct.S0 = type { [17 x i8] }
%struct.S1 = type { i8, [25 x i8], i16 }

@.str = private unnamed_addr constant [14 x i8] c"init %016llx\0A\00", align 1
@crc = internal global i64 0, align 8
@.str.1 = private unnamed_addr constant [27 x i8] c"g0[%d] = %d %u %d %llu %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"after steps %016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"g1 = %u %llu %lld %u %d %llu %x\0A\00", align 1
@__const.main.local = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 undef, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 undef, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 undef }, align 8
@g2 = internal global [3 x %struct.S2] zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [27 x i8] c"g2[2] = %llu %lld %llu %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"final %016llx\0A\00", align 1
@g0 = internal global <{ { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }, %struct.S0, %struct.S0 }> <{ { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 1, i8 1, i8 0, i8 0, i8 96, i8 0, i8 0, i8 0, i8 64, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 40 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -64, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 -8, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -121 }, %struct.S0 zeroinitializer, %struct.S0 zeroinitializer }>, align 1
@g1 = internal global { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i16 } { i8 7, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 40, i8 -1, i8 -30, i8 60, i8 -89, i8 -77, i8 0, i8 0, i16 -16657 }, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.S2, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca %struct.S2, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %18, %0
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %21

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %16
  call void @dump0(ptr noundef %17)
  br label %18

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %2, align 4
  br label %11, !llvm.loop !6

21:                                               ; preds = %11
  %22 = load i64, ptr @crc, align 8
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %22)
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %42, %21
  %25 = load i32, ptr %3, align 4
  %26 = icmp slt i32 %25, 50
  br i1 %26, label %27, label %45

27:                                               ; preds = %24
  store i32 0, ptr %4, align 4
  br label %28

28:                                               ; preds = %38, %27
  %29 = load i32, ptr %4, align 4
  %30 = icmp slt i32 %29, 4
  br i1 %30, label %31, label %41

31:                                               ; preds = %28
  %32 = load i32, ptr %4, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %33
  %35 = load i32, ptr %3, align 4
  %36 = load i32, ptr %4, align 4
  %37 = add nsw i32 %35, %36
  call void @step(ptr noundef %34, i32 noundef %37)
  br label %38

38:                                               ; preds = %31
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %28, !llvm.loop !8

41:                                               ; preds = %28
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %3, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %3, align 4
  br label %24, !llvm.loop !9

45:                                               ; preds = %24
  store i32 0, ptr %5, align 4
  br label %46

46:                                               ; preds = %89, %45
  %47 = load i32, ptr %5, align 4
  %48 = icmp slt i32 %47, 4
  br i1 %48, label %49, label %92

49:                                               ; preds = %46
  %50 = load i32, ptr %5, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %51
  call void @dump0(ptr noundef %52)
  %53 = load i32, ptr %5, align 4
  %54 = load i32, ptr %5, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %55
  %57 = load i136, ptr %56, align 1
  %58 = shl i136 %57, 129
  %59 = ashr i136 %58, 129
  %60 = trunc i136 %59 to i32
  %61 = load i32, ptr %5, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %62
  %64 = load i136, ptr %63, align 1
  %65 = lshr i136 %64, 7
  %66 = and i136 %65, 1073741823
  %67 = trunc i136 %66 to i32
  %68 = load i32, ptr %5, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %69
  %71 = load i136, ptr %70, align 1
  %72 = shl i136 %71, 68
  %73 = ashr i136 %72, 105
  %74 = trunc i136 %73 to i32
  %75 = load i32, ptr %5, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %76
  %78 = load i136, ptr %77, align 1
  %79 = lshr i136 %78, 68
  %80 = and i136 %79, 9223372036854775807
  %81 = trunc i136 %80 to i64
  %82 = load i32, ptr %5, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [4 x %struct.S0], ptr @g0, i64 0, i64 %83
  %85 = load i136, ptr %84, align 1
  %86 = ashr i136 %85, 131
  %87 = trunc i136 %86 to i32
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %53, i32 noundef %60, i32 noundef %67, i32 noundef %74, i64 noundef %81, i32 noundef %87)
  br label %89

89:                                               ; preds = %49
  %90 = load i32, ptr %5, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %5, align 4
  br label %46, !llvm.loop !10

92:                                               ; preds = %46
  %93 = load i64, ptr @crc, align 8
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %93)
  %95 = load volatile i8, ptr @g1, align 1
  %96 = zext i8 %95 to i32
  %97 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %98 = and i200 %97, 1152921504606846975
  %99 = trunc i200 %98 to i64
  %100 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %101 = shl i200 %100, 99
  %102 = ashr i200 %101, 159
  %103 = trunc i200 %102 to i64
  %104 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %105 = lshr i200 %104, 101
  %106 = and i200 %105, 8191
  %107 = trunc i200 %106 to i32
  %108 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %109 = shl i200 %108, 60
  %110 = ashr i200 %109, 174
  %111 = trunc i200 %110 to i32
  %112 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %113 = lshr i200 %112, 140
  %114 = and i200 %113, 36028797018963967
  %115 = trunc i200 %114 to i64
  %116 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 2), align 1
  %117 = zext i16 %116 to i32
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %96, i64 noundef %99, i64 noundef %103, i32 noundef %107, i32 noundef %111, i64 noundef %115, i32 noundef %117)
  store i32 0, ptr %6, align 4
  br label %119

119:                                              ; preds = %219, %92
  %120 = load i32, ptr %6, align 4
  %121 = icmp slt i32 %120, 20
  br i1 %121, label %122, label %222

122:                                              ; preds = %119
  %123 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %124 = and i200 %123, 1152921504606846975
  %125 = trunc i200 %124 to i64
  %126 = add i64 %125, 1
  %127 = zext i64 %126 to i200
  %128 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %129 = and i200 %127, 1152921504606846975
  %130 = and i200 %128, -1152921504606846976
  %131 = or i200 %130, %129
  store volatile i200 %131, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %132 = trunc i200 %129 to i64
  %133 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %134 = shl i200 %133, 99
  %135 = ashr i200 %134, 159
  %136 = trunc i200 %135 to i64
  %137 = sub nsw i64 %136, 3
  %138 = zext i64 %137 to i200
  %139 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %140 = and i200 %138, 2199023255551
  %141 = shl i200 %140, 60
  %142 = and i200 %139, -2535301200455305881488799563777
  %143 = or i200 %142, %141
  store volatile i200 %143, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %144 = shl i200 %140, 159
  %145 = ashr i200 %144, 159
  %146 = trunc i200 %145 to i64
  %147 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %148 = and i200 %147, 1152921504606846975
  %149 = trunc i200 %148 to i64
  %150 = and i64 %149, 7
  %151 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %152 = lshr i200 %151, 101
  %153 = and i200 %152, 8191
  %154 = trunc i200 %153 to i32
  %155 = zext i32 %154 to i64
  %156 = add i64 %155, %150
  %157 = trunc i64 %156 to i32
  %158 = zext i32 %157 to i200
  %159 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %160 = and i200 %158, 8191
  %161 = shl i200 %160, 101
  %162 = and i200 %159, -20766652132938854055318991910469633
  %163 = or i200 %162, %161
  store volatile i200 %163, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %164 = trunc i200 %160 to i32
  %165 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %166 = shl i200 %165, 60
  %167 = ashr i200 %166, 174
  %168 = trunc i200 %167 to i32
  %169 = mul nsw i32 %168, 5
  %170 = load i32, ptr %6, align 4
  %171 = add nsw i32 %169, %170
  %172 = zext i32 %171 to i200
  %173 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %174 = and i200 %172, 67108863
  %175 = shl i200 %174, 114
  %176 = and i200 %173, -1393796554138976512206671877918537277243393
  %177 = or i200 %176, %175
  store volatile i200 %177, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %178 = shl i200 %174, 174
  %179 = ashr i200 %178, 174
  %180 = trunc i200 %179 to i32
  %181 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %182 = lshr i200 %181, 140
  %183 = and i200 %182, 36028797018963967
  %184 = trunc i200 %183 to i64
  %185 = shl i64 %184, 3
  %186 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %187 = shl i200 %186, 99
  %188 = ashr i200 %187, 159
  %189 = trunc i200 %188 to i64
  %190 = xor i64 %185, %189
  %191 = zext i64 %190 to i200
  %192 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %193 = and i200 %191, 36028797018963967
  %194 = shl i200 %193, 140
  %195 = and i200 %192, -50216813883093444716889740477497384982836451515189681979393
  %196 = or i200 %195, %194
  store volatile i200 %196, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %197 = trunc i200 %193 to i64
  %198 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %199 = and i200 %198, 1152921504606846975
  %200 = trunc i200 %199 to i64
  call void @mix(i64 noundef %200)
  %201 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %202 = shl i200 %201, 99
  %203 = ashr i200 %202, 159
  %204 = trunc i200 %203 to i64
  call void @mix(i64 noundef %204)
  %205 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %206 = lshr i200 %205, 101
  %207 = and i200 %206, 8191
  %208 = trunc i200 %207 to i32
  %209 = zext i32 %208 to i64
  call void @mix(i64 noundef %209)
  %210 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %211 = shl i200 %210, 60
  %212 = ashr i200 %211, 174
  %213 = trunc i200 %212 to i32
  %214 = sext i32 %213 to i64
  call void @mix(i64 noundef %214)
  %215 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %216 = lshr i200 %215, 140
  %217 = and i200 %216, 36028797018963967
  %218 = trunc i200 %217 to i64
  call void @mix(i64 noundef %218)
  br label %219

219:                                              ; preds = %122
  %220 = load i32, ptr %6, align 4
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %6, align 4
  br label %119, !llvm.loop !11

222:                                              ; preds = %119
  %223 = load volatile i8, ptr @g1, align 1
  %224 = zext i8 %223 to i32
  %225 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %226 = and i200 %225, 1152921504606846975
  %227 = trunc i200 %226 to i64
  %228 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %229 = shl i200 %228, 99
  %230 = ashr i200 %229, 159
  %231 = trunc i200 %230 to i64
  %232 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %233 = lshr i200 %232, 101
  %234 = and i200 %233, 8191
  %235 = trunc i200 %234 to i32
  %236 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %237 = shl i200 %236, 60
  %238 = ashr i200 %237, 174
  %239 = trunc i200 %238 to i32
  %240 = load volatile i200, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 1), align 1
  %241 = lshr i200 %240, 140
  %242 = and i200 %241, 36028797018963967
  %243 = trunc i200 %242 to i64
  %244 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g1, i32 0, i32 2), align 1
  %245 = zext i16 %244 to i32
  %246 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %224, i64 noundef %227, i64 noundef %231, i32 noundef %235, i32 noundef %239, i64 noundef %243, i32 noundef %245)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @__const.main.local, i64 24, i1 false)
  store i32 0, ptr %8, align 4
  br label %247

247:                                              ; preds = %359, %222
  %248 = load i32, ptr %8, align 4
  %249 = icmp slt i32 %248, 30
  br i1 %249, label %250, label %362

250:                                              ; preds = %247
  %251 = load i32, ptr %8, align 4
  %252 = srem i32 %251, 3
  %253 = sext i32 %252 to i64
  %254 = getelementptr inbounds [3 x %struct.S2], ptr @g2, i64 0, i64 %253
  store ptr %254, ptr %9, align 8
  %255 = load i32, ptr %8, align 4
  %256 = sext i32 %255 to i64
  %257 = mul i64 17179869183, %256
  %258 = load ptr, ptr %9, align 8
  %259 = load i64, ptr %258, align 8
  %260 = and i64 %259, 1125899906842623
  %261 = add i64 %260, %257
  %262 = load i64, ptr %258, align 8
  %263 = and i64 %261, 1125899906842623
  %264 = and i64 %262, -1125899906842624
  %265 = or i64 %264, %263
  store i64 %265, ptr %258, align 8
  %266 = load ptr, ptr %9, align 8
  %267 = getelementptr inbounds %struct.S2, ptr %266, i32 0, i32 1
  %268 = load i64, ptr %267, align 8
  %269 = shl i64 %268, 14
  %270 = ashr i64 %269, 14
  %271 = load i32, ptr %8, align 4
  %272 = sext i32 %271 to i64
  %273 = mul nsw i64 %272, 77777777
  %274 = sub nsw i64 %270, %273
  %275 = load ptr, ptr %9, align 8
  %276 = getelementptr inbounds %struct.S2, ptr %275, i32 0, i32 1
  %277 = load i64, ptr %276, align 8
  %278 = and i64 %274, 1125899906842623
  %279 = and i64 %277, -1125899906842624
  %280 = or i64 %279, %278
  store i64 %280, ptr %276, align 8
  %281 = shl i64 %278, 14
  %282 = ashr i64 %281, 14
  %283 = load ptr, ptr %9, align 8
  %284 = getelementptr inbounds %struct.S2, ptr %283, i32 0, i32 2
  %285 = load i64, ptr %284, align 8
  %286 = and i64 %285, 1125899906842623
  %287 = load ptr, ptr %9, align 8
  %288 = load i64, ptr %287, align 8
  %289 = and i64 %288, 1125899906842623
  %290 = lshr i64 %289, 7
  %291 = xor i64 %286, %290
  %292 = load ptr, ptr %9, align 8
  %293 = getelementptr inbounds %struct.S2, ptr %292, i32 0, i32 2
  %294 = load i64, ptr %293, align 8
  %295 = and i64 %291, 1125899906842623
  %296 = and i64 %294, -1125899906842624
  %297 = or i64 %296, %295
  store i64 %297, ptr %293, align 8
  %298 = load i32, ptr %8, align 4
  %299 = load ptr, ptr %9, align 8
  %300 = getelementptr inbounds %struct.S2, ptr %299, i32 0, i32 2
  %301 = load i64, ptr %300, align 8
  %302 = lshr i64 %301, 50
  %303 = and i64 %302, 7
  %304 = trunc i64 %303 to i32
  %305 = add nsw i32 %304, %298
  %306 = zext i32 %305 to i64
  %307 = load i64, ptr %300, align 8
  %308 = and i64 %306, 7
  %309 = shl i64 %308, 50
  %310 = and i64 %307, -7881299347898369
  %311 = or i64 %310, %309
  store i64 %311, ptr %300, align 8
  %312 = trunc i64 %308 to i32
  %313 = load ptr, ptr %9, align 8
  %314 = getelementptr inbounds %struct.S2, ptr %313, i32 0, i32 2
  %315 = load i64, ptr %314, align 8
  %316 = and i64 %315, 1125899906842623
  %317 = load i64, ptr %7, align 8
  %318 = and i64 %317, 1125899906842623
  %319 = add i64 %318, %316
  %320 = load i64, ptr %7, align 8
  %321 = and i64 %319, 1125899906842623
  %322 = and i64 %320, -1125899906842624
  %323 = or i64 %322, %321
  store i64 %323, ptr %7, align 8
  %324 = load ptr, ptr %9, align 8
  %325 = getelementptr inbounds %struct.S2, ptr %324, i32 0, i32 1
  %326 = load i64, ptr %325, align 8
  %327 = shl i64 %326, 14
  %328 = ashr i64 %327, 14
  %329 = getelementptr inbounds %struct.S2, ptr %7, i32 0, i32 1
  %330 = load i64, ptr %329, align 8
  %331 = shl i64 %330, 14
  %332 = ashr i64 %331, 14
  %333 = xor i64 %332, %328
  %334 = load i64, ptr %329, align 8
  %335 = and i64 %333, 1125899906842623
  %336 = and i64 %334, -1125899906842624
  %337 = or i64 %336, %335
  store i64 %337, ptr %329, align 8
  %338 = shl i64 %335, 14
  %339 = ashr i64 %338, 14
  %340 = load ptr, ptr %9, align 8
  %341 = load i64, ptr %340, align 8
  %342 = and i64 %341, 1125899906842623
  call void @mix(i64 noundef %342)
  %343 = load ptr, ptr %9, align 8
  %344 = getelementptr inbounds %struct.S2, ptr %343, i32 0, i32 1
  %345 = load i64, ptr %344, align 8
  %346 = shl i64 %345, 14
  %347 = ashr i64 %346, 14
  call void @mix(i64 noundef %347)
  %348 = load ptr, ptr %9, align 8
  %349 = getelementptr inbounds %struct.S2, ptr %348, i32 0, i32 2
  %350 = load i64, ptr %349, align 8
  %351 = and i64 %350, 1125899906842623
  call void @mix(i64 noundef %351)
  %352 = load ptr, ptr %9, align 8
  %353 = getelementptr inbounds %struct.S2, ptr %352, i32 0, i32 2
  %354 = load i64, ptr %353, align 8
  %355 = lshr i64 %354, 50
  %356 = and i64 %355, 7
  %357 = trunc i64 %356 to i32
  %358 = zext i32 %357 to i64
  call void @mix(i64 noundef %358)
  br label %359

359:                                              ; preds = %250
  %360 = load i32, ptr %8, align 4
  %361 = add nsw i32 %360, 1
  store i32 %361, ptr %8, align 4
  br label %247, !llvm.loop !12

362:                                              ; preds = %247
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 1), i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 2), ptr align 8 %10, i64 24, i1 false)
  %363 = load i64, ptr %7, align 8
  %364 = and i64 %363, 1125899906842623
  call void @mix(i64 noundef %364)
  %365 = getelementptr inbounds %struct.S2, ptr %7, i32 0, i32 1
  %366 = load i64, ptr %365, align 8
  %367 = shl i64 %366, 14
  %368 = ashr i64 %367, 14
  call void @mix(i64 noundef %368)
  %369 = load i64, ptr getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 2), align 8
  %370 = and i64 %369, 1125899906842623
  %371 = load i64, ptr getelementptr inbounds (%struct.S2, ptr getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 2), i32 0, i32 1), align 8
  %372 = shl i64 %371, 14
  %373 = ashr i64 %372, 14
  %374 = load i64, ptr getelementptr inbounds (%struct.S2, ptr getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 2), i32 0, i32 2), align 8
  %375 = and i64 %374, 1125899906842623
  %376 = load i64, ptr getelementptr inbounds (%struct.S2, ptr getelementptr inbounds ([3 x %struct.S2], ptr @g2, i64 0, i64 2), i32 0, i32 2), align 8
  %377 = lshr i64 %376, 50
  %378 = and i64 %377, 7
  %379 = trunc i64 %378 to i32
  %380 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %370, i64 noundef %373, i64 noundef %375, i32 noundef %379)
  %381 = load i64, ptr @crc, align 8
  %382 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %381)
  %383 = load i64, ptr @crc, align 8
  %384 = and i64 %383, 63
  %385 = trunc i64 %384 to i32
  ret i32 %385
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @dump0(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = load i136, ptr %3, align 1
  %5 = shl i136 %4, 129
  %6 = ashr i136 %5, 129
  %7 = trunc i136 %6 to i32
  %8 = sext i32 %7 to i64
  call void @mix(i64 noundef %8)
  %9 = load ptr, ptr %2, align 8
  %10 = load i136, ptr %9, align 1
  %11 = lshr i136 %10, 7
  %12 = and i136 %11, 1073741823
  %13 = trunc i136 %12 to i32
  %14 = zext i32 %13 to i64
  call void @mix(i64 noundef %14)
  %15 = load ptr, ptr %2, align 8
  %16 = load i136, ptr %15, align 1
  %17 = shl i136 %16, 68
  %18 = ashr i136 %17, 105
  %19 = trunc i136 %18 to i32
  %20 = sext i32 %19 to i64
  call void @mix(i64 noundef %20)
  %21 = load ptr, ptr %2, align 8
  %22 = load i136, ptr %21, align 1
  %23 = lshr i136 %22, 68
  %24 = and i136 %23, 9223372036854775807
  %25 = trunc i136 %24 to i64
  call void @mix(i64 noundef %25)
  %26 = load ptr, ptr %2, align 8
  %27 = load i136, ptr %26, align 1
  %28 = ashr i136 %27, 131
  %29 = trunc i136 %28 to i32
  %30 = sext i32 %29 to i64
  call void @mix(i64 noundef %30)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @step(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = load i136, ptr %6, align 1
  %8 = shl i136 %7, 129
  %9 = ashr i136 %8, 129
  %10 = trunc i136 %9 to i32
  %11 = add nsw i32 %10, %5
  %12 = zext i32 %11 to i136
  %13 = load i136, ptr %6, align 1
  %14 = and i136 %12, 127
  %15 = and i136 %13, -128
  %16 = or i136 %15, %14
  store i136 %16, ptr %6, align 1
  %17 = shl i136 %14, 129
  %18 = ashr i136 %17, 129
  %19 = trunc i136 %18 to i32
  %20 = load ptr, ptr %3, align 8
  %21 = load i136, ptr %20, align 1
  %22 = lshr i136 %21, 7
  %23 = and i136 %22, 1073741823
  %24 = trunc i136 %23 to i32
  %25 = mul nsw i32 %24, 3
  %26 = load i32, ptr %4, align 4
  %27 = add i32 %25, %26
  %28 = load ptr, ptr %3, align 8
  %29 = zext i32 %27 to i136
  %30 = load i136, ptr %28, align 1
  %31 = and i136 %29, 1073741823
  %32 = shl i136 %31, 7
  %33 = and i136 %30, -137438953345
  %34 = or i136 %33, %32
  store i136 %34, ptr %28, align 1
  %35 = trunc i136 %31 to i32
  %36 = load ptr, ptr %3, align 8
  %37 = load i136, ptr %36, align 1
  %38 = lshr i136 %37, 7
  %39 = and i136 %38, 1073741823
  %40 = trunc i136 %39 to i32
  %41 = shl i32 %40, 3
  %42 = load ptr, ptr %3, align 8
  %43 = load i136, ptr %42, align 1
  %44 = shl i136 %43, 68
  %45 = ashr i136 %44, 105
  %46 = trunc i136 %45 to i32
  %47 = xor i32 %46, %41
  %48 = zext i32 %47 to i136
  %49 = load i136, ptr %42, align 1
  %50 = and i136 %48, 2147483647
  %51 = shl i136 %50, 37
  %52 = and i136 %49, -295147905041913872385
  %53 = or i136 %52, %51
  store i136 %53, ptr %42, align 1
  %54 = shl i136 %50, 105
  %55 = ashr i136 %54, 105
  %56 = trunc i136 %55 to i32
  %57 = load ptr, ptr %3, align 8
  %58 = load i136, ptr %57, align 1
  %59 = lshr i136 %58, 68
  %60 = and i136 %59, 9223372036854775807
  %61 = trunc i136 %60 to i64
  %62 = lshr i64 %61, 1
  %63 = load ptr, ptr %3, align 8
  %64 = load i136, ptr %63, align 1
  %65 = shl i136 %64, 68
  %66 = ashr i136 %65, 105
  %67 = trunc i136 %66 to i32
  %68 = sext i32 %67 to i64
  %69 = shl i64 %68, 40
  %70 = or i64 %62, %69
  %71 = load ptr, ptr %3, align 8
  %72 = zext i64 %70 to i136
  %73 = load i136, ptr %71, align 1
  %74 = and i136 %72, 9223372036854775807
  %75 = shl i136 %74, 68
  %76 = and i136 %73, -2722258935367507707411848954274792865793
  %77 = or i136 %76, %75
  store i136 %77, ptr %71, align 1
  %78 = trunc i136 %74 to i64
  %79 = load ptr, ptr %3, align 8
  %80 = load i136, ptr %79, align 1
  %81 = shl i136 %80, 129
  %82 = ashr i136 %81, 129
  %83 = trunc i136 %82 to i32
  %84 = load ptr, ptr %3, align 8
  %85 = load i136, ptr %84, align 1
  %86 = ashr i136 %85, 131
  %87 = trunc i136 %86 to i32
  %88 = sub nsw i32 %83, %87
  %89 = load ptr, ptr %3, align 8
  %90 = zext i32 %88 to i136
  %91 = load i136, ptr %89, align 1
  %92 = and i136 %90, 31
  %93 = shl i136 %92, 131
  %94 = and i136 %91, 2722258935367507707706996859454145691647
  %95 = or i136 %94, %93
  store i136 %95, ptr %89, align 1
  %96 = shl i136 %92, 131
  %97 = ashr i136 %96, 131
  %98 = trunc i136 %97 to i32
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
