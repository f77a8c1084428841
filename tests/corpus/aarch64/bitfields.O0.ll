; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Flags = type { i32 }
%struct.Wide = type { i64, i64 }
%struct.Mixed = type { i8, [3 x i8], i16, [2 x i8] }

@.str = private unnamed_addr constant [58 x i8] c"%s: ready=%u mode=%u delta=%d count=%u offset=%d tail=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"init\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"bump\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"edit\00", align 1
@.str.4 = private unnamed_addr constant [18 x i8] c"sizeof Flags=%zu\0A\00", align 1
@__const.main.w = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, [3 x i8] } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, [3 x i8] undef }, align 8
@.str.5 = private unnamed_addr constant [48 x i8] c"wide: lo=%llx hi=%llx s=%lld small=%u size=%zu\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"wide s: %lld\0A\00", align 1
@__const.main.m = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, [2 x i8] } { i8 126, i8 -1, i8 1, i8 -126, i8 -1, i8 3, [2 x i8] undef }, align 4
@.str.7 = private unnamed_addr constant [32 x i8] c"mixed: %x %u %u %d %u size=%zu\0A\00", align 1
@.str.8 = private unnamed_addr constant [15 x i8] c"mixed2: %u %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"arr sum=%d\0A\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"raw:\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bump(i64 %0) #0 {
  %2 = alloca %struct.Flags, align 4
  %3 = alloca %struct.Flags, align 4
  %4 = getelementptr inbounds %struct.Flags, ptr %3, i32 0, i32 0
  %5 = trunc i64 %0 to i32
  store i32 %5, ptr %4, align 4
  %6 = load i32, ptr %3, align 4
  %7 = lshr i32 %6, 9
  %8 = and i32 %7, 127
  %9 = add i32 %8, 1
  %10 = load i32, ptr %3, align 4
  %11 = and i32 %9, 127
  %12 = shl i32 %11, 9
  %13 = and i32 %10, -65025
  %14 = or i32 %13, %12
  store i32 %14, ptr %3, align 4
  %15 = load i32, ptr %3, align 4
  %16 = shl i32 %15, 23
  %17 = ashr i32 %16, 27
  %18 = add nsw i32 %17, 1
  %19 = load i32, ptr %3, align 4
  %20 = and i32 %18, 31
  %21 = shl i32 %20, 4
  %22 = and i32 %19, -497
  %23 = or i32 %22, %21
  store i32 %23, ptr %3, align 4
  %24 = shl i32 %20, 27
  %25 = ashr i32 %24, 27
  %26 = load i32, ptr %3, align 4
  %27 = lshr i32 %26, 1
  %28 = and i32 %27, 7
  %29 = add nsw i32 %28, 5
  %30 = and i32 %29, 7
  %31 = load i32, ptr %3, align 4
  %32 = and i32 %30, 7
  %33 = shl i32 %32, 1
  %34 = and i32 %31, -15
  %35 = or i32 %34, %33
  store i32 %35, ptr %3, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  %36 = getelementptr inbounds %struct.Flags, ptr %2, i32 0, i32 0
  %37 = load i32, ptr %36, align 4
  ret i32 %37
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @show(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = load i32, ptr %6, align 4
  %8 = and i32 %7, 1
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %9, align 4
  %11 = lshr i32 %10, 1
  %12 = and i32 %11, 7
  %13 = load ptr, ptr %4, align 8
  %14 = load i32, ptr %13, align 4
  %15 = shl i32 %14, 23
  %16 = ashr i32 %15, 27
  %17 = load ptr, ptr %4, align 8
  %18 = load i32, ptr %17, align 4
  %19 = lshr i32 %18, 9
  %20 = and i32 %19, 127
  %21 = load ptr, ptr %4, align 8
  %22 = load i32, ptr %21, align 4
  %23 = shl i32 %22, 4
  %24 = ashr i32 %23, 20
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %25, align 4
  %27 = lshr i32 %26, 28
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %5, i32 noundef %8, i32 noundef %12, i32 noundef %16, i32 noundef %20, i32 noundef %24, i32 noundef %27)
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Flags, align 4
  %3 = alloca %struct.Flags, align 4
  %4 = alloca %struct.Wide, align 8
  %5 = alloca %struct.Mixed, align 4
  %6 = alloca [8 x %struct.Flags], align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [4 x i8], align 1
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 4, i1 false)
  %12 = load i32, ptr %2, align 4
  %13 = and i32 %12, -2
  %14 = or i32 %13, 1
  store i32 %14, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = and i32 %15, -15
  %17 = or i32 %16, 12
  store i32 %17, ptr %2, align 4
  %18 = load i32, ptr %2, align 4
  %19 = and i32 %18, -497
  %20 = or i32 %19, 256
  store i32 %20, ptr %2, align 4
  %21 = load i32, ptr %2, align 4
  %22 = and i32 %21, -65025
  %23 = or i32 %22, 65024
  store i32 %23, ptr %2, align 4
  %24 = load i32, ptr %2, align 4
  %25 = and i32 %24, -268369921
  %26 = or i32 %25, 134217728
  store i32 %26, ptr %2, align 4
  %27 = load i32, ptr %2, align 4
  %28 = and i32 %27, 268435455
  %29 = or i32 %28, -268435456
  store i32 %29, ptr %2, align 4
  call void @show(ptr noundef @.str.1, ptr noundef %2)
  %30 = getelementptr inbounds %struct.Flags, ptr %2, i32 0, i32 0
  %31 = load i32, ptr %30, align 4
  %32 = zext i32 %31 to i64
  %33 = call i32 @bump(i64 %32)
  %34 = getelementptr inbounds %struct.Flags, ptr %3, i32 0, i32 0
  store i32 %33, ptr %34, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  call void @show(ptr noundef @.str.2, ptr noundef %2)
  %35 = load i32, ptr %2, align 4
  %36 = and i32 %35, -497
  %37 = or i32 %36, 240
  store i32 %37, ptr %2, align 4
  %38 = load i32, ptr %2, align 4
  %39 = shl i32 %38, 23
  %40 = ashr i32 %39, 27
  %41 = sub nsw i32 %40, 16
  %42 = load i32, ptr %2, align 4
  %43 = and i32 %41, 31
  %44 = shl i32 %43, 4
  %45 = and i32 %42, -497
  %46 = or i32 %45, %44
  store i32 %46, ptr %2, align 4
  %47 = shl i32 %43, 27
  %48 = ashr i32 %47, 27
  %49 = load i32, ptr %2, align 4
  %50 = shl i32 %49, 4
  %51 = ashr i32 %50, 20
  %52 = add nsw i32 %51, 2047
  %53 = load i32, ptr %2, align 4
  %54 = and i32 %52, 4095
  %55 = shl i32 %54, 16
  %56 = and i32 %53, -268369921
  %57 = or i32 %56, %55
  store i32 %57, ptr %2, align 4
  %58 = shl i32 %54, 20
  %59 = ashr i32 %58, 20
  call void @show(ptr noundef @.str.3, ptr noundef %2)
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef 4)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.w, i64 16, i1 false)
  %61 = load i64, ptr %4, align 8
  %62 = and i64 %61, -1099511627776
  %63 = or i64 %62, 1099511627775
  store i64 %63, ptr %4, align 8
  %64 = load i64, ptr %4, align 8
  %65 = and i64 %64, 1099511627775
  %66 = or i64 %65, -6066930339719151616
  store i64 %66, ptr %4, align 8
  %67 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %68 = load i64, ptr %67, align 8
  %69 = and i64 %68, -8589934592
  %70 = or i64 %69, 4294967296
  store i64 %70, ptr %67, align 8
  %71 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %72 = load i64, ptr %71, align 8
  %73 = and i64 %72, -60129542145
  %74 = or i64 %73, 42949672960
  store i64 %74, ptr %71, align 8
  %75 = load i64, ptr %4, align 8
  %76 = and i64 %75, 1099511627775
  %77 = add i64 %76, 1
  %78 = load i64, ptr %4, align 8
  %79 = and i64 %77, 1099511627775
  %80 = and i64 %78, -1099511627776
  %81 = or i64 %80, %79
  store i64 %81, ptr %4, align 8
  %82 = load i64, ptr %4, align 8
  %83 = and i64 %82, 1099511627775
  %84 = load i64, ptr %4, align 8
  %85 = lshr i64 %84, 40
  %86 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %87 = load i64, ptr %86, align 8
  %88 = shl i64 %87, 31
  %89 = ashr i64 %88, 31
  %90 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %91 = load i64, ptr %90, align 8
  %92 = lshr i64 %91, 33
  %93 = and i64 %92, 7
  %94 = trunc i64 %93 to i32
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %83, i64 noundef %85, i64 noundef %89, i32 noundef %94, i64 noundef 16)
  %96 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %97 = load i64, ptr %96, align 8
  %98 = shl i64 %97, 31
  %99 = ashr i64 %98, 31
  %100 = sdiv i64 %99, 2
  %101 = add nsw i64 %100, 1
  %102 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %103 = load i64, ptr %102, align 8
  %104 = and i64 %101, 8589934591
  %105 = and i64 %103, -8589934592
  %106 = or i64 %105, %104
  store i64 %106, ptr %102, align 8
  %107 = shl i64 %104, 31
  %108 = ashr i64 %107, 31
  %109 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %110 = load i64, ptr %109, align 8
  %111 = shl i64 %110, 31
  %112 = ashr i64 %111, 31
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %112)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.m, i64 8, i1 false)
  %114 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 0
  %115 = load i8, ptr %114, align 4
  %116 = zext i8 %115 to i32
  %117 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %118 = load i24, ptr %117, align 1
  %119 = and i24 %118, 511
  %120 = zext i24 %119 to i32
  %121 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %122 = load i24, ptr %121, align 1
  %123 = lshr i24 %122, 9
  %124 = and i24 %123, 511
  %125 = zext i24 %124 to i32
  %126 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %127 = load i24, ptr %126, align 1
  %128 = ashr i24 %127, 18
  %129 = sext i24 %128 to i32
  %130 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 2
  %131 = load i16, ptr %130, align 4
  %132 = and i16 %131, 1023
  %133 = zext i16 %132 to i32
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %116, i32 noundef %120, i32 noundef %125, i32 noundef %129, i32 noundef %133, i64 noundef 8)
  %135 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %136 = load i24, ptr %135, align 1
  %137 = and i24 %136, 511
  %138 = zext i24 %137 to i32
  %139 = add nsw i32 %138, 1
  %140 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %141 = trunc i32 %139 to i24
  %142 = load i24, ptr %140, align 1
  %143 = and i24 %141, 511
  %144 = and i24 %142, -512
  %145 = or i24 %144, %143
  store i24 %145, ptr %140, align 1
  %146 = zext i24 %143 to i32
  %147 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %148 = load i24, ptr %147, align 1
  %149 = ashr i24 %148, 18
  %150 = sext i24 %149 to i32
  %151 = add nsw i32 %150, 63
  %152 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %153 = trunc i32 %151 to i24
  %154 = load i24, ptr %152, align 1
  %155 = and i24 %153, 63
  %156 = shl i24 %155, 18
  %157 = and i24 %154, 262143
  %158 = or i24 %157, %156
  store i24 %158, ptr %152, align 1
  %159 = shl i24 %155, 18
  %160 = ashr i24 %159, 18
  %161 = sext i24 %160 to i32
  %162 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %163 = load i24, ptr %162, align 1
  %164 = and i24 %163, 511
  %165 = zext i24 %164 to i32
  %166 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %167 = load i24, ptr %166, align 1
  %168 = ashr i24 %167, 18
  %169 = sext i24 %168 to i32
  %170 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %165, i32 noundef %169)
  %171 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 4 %171, i8 0, i64 32, i1 false)
  store i32 0, ptr %7, align 4
  br label %172

172:                                              ; preds = %210, %0
  %173 = load i32, ptr %7, align 4
  %174 = icmp slt i32 %173, 8
  br i1 %174, label %175, label %213

175:                                              ; preds = %172
  %176 = load i32, ptr %7, align 4
  %177 = load i32, ptr %7, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %178
  %180 = load i32, ptr %179, align 4
  %181 = and i32 %176, 7
  %182 = shl i32 %181, 1
  %183 = and i32 %180, -15
  %184 = or i32 %183, %182
  store i32 %184, ptr %179, align 4
  %185 = load i32, ptr %7, align 4
  %186 = sub nsw i32 %185, 8
  %187 = load i32, ptr %7, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %188
  %190 = load i32, ptr %189, align 4
  %191 = and i32 %186, 31
  %192 = shl i32 %191, 4
  %193 = and i32 %190, -497
  %194 = or i32 %193, %192
  store i32 %194, ptr %189, align 4
  %195 = shl i32 %191, 27
  %196 = ashr i32 %195, 27
  %197 = load i32, ptr %7, align 4
  %198 = mul nsw i32 %197, 300
  %199 = sub nsw i32 %198, 1000
  %200 = load i32, ptr %7, align 4
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %201
  %203 = load i32, ptr %202, align 4
  %204 = and i32 %199, 4095
  %205 = shl i32 %204, 16
  %206 = and i32 %203, -268369921
  %207 = or i32 %206, %205
  store i32 %207, ptr %202, align 4
  %208 = shl i32 %204, 20
  %209 = ashr i32 %208, 20
  br label %210

210:                                              ; preds = %175
  %211 = load i32, ptr %7, align 4
  %212 = add nsw i32 %211, 1
  store i32 %212, ptr %7, align 4
  br label %172, !llvm.loop !6

213:                                              ; preds = %172
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %214

214:                                              ; preds = %242, %213
  %215 = load i32, ptr %9, align 4
  %216 = icmp slt i32 %215, 8
  br i1 %216, label %217, label %245

217:                                              ; preds = %214
  %218 = load i32, ptr %9, align 4
  %219 = sext i32 %218 to i64
  %220 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %219
  %221 = load i32, ptr %220, align 4
  %222 = lshr i32 %221, 1
  %223 = and i32 %222, 7
  %224 = mul nsw i32 %223, 1000
  %225 = load i32, ptr %9, align 4
  %226 = sext i32 %225 to i64
  %227 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %226
  %228 = load i32, ptr %227, align 4
  %229 = shl i32 %228, 23
  %230 = ashr i32 %229, 27
  %231 = mul nsw i32 %230, 10
  %232 = add nsw i32 %224, %231
  %233 = load i32, ptr %9, align 4
  %234 = sext i32 %233 to i64
  %235 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %234
  %236 = load i32, ptr %235, align 4
  %237 = shl i32 %236, 4
  %238 = ashr i32 %237, 20
  %239 = add nsw i32 %232, %238
  %240 = load i32, ptr %8, align 4
  %241 = add nsw i32 %240, %239
  store i32 %241, ptr %8, align 4
  br label %242

242:                                              ; preds = %217
  %243 = load i32, ptr %9, align 4
  %244 = add nsw i32 %243, 1
  store i32 %244, ptr %9, align 4
  br label %214, !llvm.loop !8

245:                                              ; preds = %214
  %246 = load i32, ptr %8, align 4
  %247 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %246)
  %248 = getelementptr inbounds [4 x i8], ptr %10, i64 0, i64 0
  %249 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 7
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %248, ptr align 4 %249, i64 4, i1 false)
  %250 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  store i32 0, ptr %11, align 4
  br label %251

251:                                              ; preds = %262, %245
  %252 = load i32, ptr %11, align 4
  %253 = zext i32 %252 to i64
  %254 = icmp ult i64 %253, 4
  br i1 %254, label %255, label %265

255:                                              ; preds = %251
  %256 = load i32, ptr %11, align 4
  %257 = zext i32 %256 to i64
  %258 = getelementptr inbounds [4 x i8], ptr %10, i64 0, i64 %257
  %259 = load i8, ptr %258, align 1
  %260 = zext i8 %259 to i32
  %261 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %260)
  br label %262

262:                                              ; preds = %255
  %263 = load i32, ptr %11, align 4
  %264 = add i32 %263, 1
  store i32 %264, ptr %11, align 4
  br label %251, !llvm.loop !9

265:                                              ; preds = %251
  %266 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
