; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
define dso_local i32 @bump(i32 %0) #0 {
  %2 = alloca %struct.Flags, align 4
  %3 = alloca %struct.Flags, align 4
  %4 = getelementptr inbounds %struct.Flags, ptr %3, i32 0, i32 0
  store i32 %0, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = lshr i32 %5, 9
  %7 = and i32 %6, 127
  %8 = add i32 %7, 1
  %9 = load i32, ptr %3, align 4
  %10 = and i32 %8, 127
  %11 = shl i32 %10, 9
  %12 = and i32 %9, -65025
  %13 = or i32 %12, %11
  store i32 %13, ptr %3, align 4
  %14 = load i32, ptr %3, align 4
  %15 = shl i32 %14, 23
  %16 = ashr i32 %15, 27
  %17 = add nsw i32 %16, 1
  %18 = load i32, ptr %3, align 4
  %19 = and i32 %17, 31
  %20 = shl i32 %19, 4
  %21 = and i32 %18, -497
  %22 = or i32 %21, %20
  store i32 %22, ptr %3, align 4
  %23 = shl i32 %19, 27
  %24 = ashr i32 %23, 27
  %25 = load i32, ptr %3, align 4
  %26 = lshr i32 %25, 1
  %27 = and i32 %26, 7
  %28 = add nsw i32 %27, 5
  %29 = and i32 %28, 7
  %30 = load i32, ptr %3, align 4
  %31 = and i32 %29, 7
  %32 = shl i32 %31, 1
  %33 = and i32 %30, -15
  %34 = or i32 %33, %32
  store i32 %34, ptr %3, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  %35 = getelementptr inbounds %struct.Flags, ptr %2, i32 0, i32 0
  %36 = load i32, ptr %35, align 4
  ret i32 %36
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
  %6 = alloca [8 x %struct.Flags], align 16
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
  %32 = call i32 @bump(i32 %31)
  %33 = getelementptr inbounds %struct.Flags, ptr %3, i32 0, i32 0
  store i32 %32, ptr %33, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 4, i1 false)
  call void @show(ptr noundef @.str.2, ptr noundef %2)
  %34 = load i32, ptr %2, align 4
  %35 = and i32 %34, -497
  %36 = or i32 %35, 240
  store i32 %36, ptr %2, align 4
  %37 = load i32, ptr %2, align 4
  %38 = shl i32 %37, 23
  %39 = ashr i32 %38, 27
  %40 = sub nsw i32 %39, 16
  %41 = load i32, ptr %2, align 4
  %42 = and i32 %40, 31
  %43 = shl i32 %42, 4
  %44 = and i32 %41, -497
  %45 = or i32 %44, %43
  store i32 %45, ptr %2, align 4
  %46 = shl i32 %42, 27
  %47 = ashr i32 %46, 27
  %48 = load i32, ptr %2, align 4
  %49 = shl i32 %48, 4
  %50 = ashr i32 %49, 20
  %51 = add nsw i32 %50, 2047
  %52 = load i32, ptr %2, align 4
  %53 = and i32 %51, 4095
  %54 = shl i32 %53, 16
  %55 = and i32 %52, -268369921
  %56 = or i32 %55, %54
  store i32 %56, ptr %2, align 4
  %57 = shl i32 %53, 20
  %58 = ashr i32 %57, 20
  call void @show(ptr noundef @.str.3, ptr noundef %2)
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef 4)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.main.w, i64 16, i1 false)
  %60 = load i64, ptr %4, align 8
  %61 = and i64 %60, -1099511627776
  %62 = or i64 %61, 1099511627775
  store i64 %62, ptr %4, align 8
  %63 = load i64, ptr %4, align 8
  %64 = and i64 %63, 1099511627775
  %65 = or i64 %64, -6066930339719151616
  store i64 %65, ptr %4, align 8
  %66 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %67 = load i64, ptr %66, align 8
  %68 = and i64 %67, -8589934592
  %69 = or i64 %68, 4294967296
  store i64 %69, ptr %66, align 8
  %70 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %71 = load i64, ptr %70, align 8
  %72 = and i64 %71, -60129542145
  %73 = or i64 %72, 42949672960
  store i64 %73, ptr %70, align 8
  %74 = load i64, ptr %4, align 8
  %75 = and i64 %74, 1099511627775
  %76 = add i64 %75, 1
  %77 = load i64, ptr %4, align 8
  %78 = and i64 %76, 1099511627775
  %79 = and i64 %77, -1099511627776
  %80 = or i64 %79, %78
  store i64 %80, ptr %4, align 8
  %81 = load i64, ptr %4, align 8
  %82 = and i64 %81, 1099511627775
  %83 = load i64, ptr %4, align 8
  %84 = lshr i64 %83, 40
  %85 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %86 = load i64, ptr %85, align 8
  %87 = shl i64 %86, 31
  %88 = ashr i64 %87, 31
  %89 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %90 = load i64, ptr %89, align 8
  %91 = lshr i64 %90, 33
  %92 = and i64 %91, 7
  %93 = trunc i64 %92 to i32
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %82, i64 noundef %84, i64 noundef %88, i32 noundef %93, i64 noundef 16)
  %95 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %96 = load i64, ptr %95, align 8
  %97 = shl i64 %96, 31
  %98 = ashr i64 %97, 31
  %99 = sdiv i64 %98, 2
  %100 = add nsw i64 %99, 1
  %101 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %102 = load i64, ptr %101, align 8
  %103 = and i64 %100, 8589934591
  %104 = and i64 %102, -8589934592
  %105 = or i64 %104, %103
  store i64 %105, ptr %101, align 8
  %106 = shl i64 %103, 31
  %107 = ashr i64 %106, 31
  %108 = getelementptr inbounds %struct.Wide, ptr %4, i32 0, i32 1
  %109 = load i64, ptr %108, align 8
  %110 = shl i64 %109, 31
  %111 = ashr i64 %110, 31
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %111)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.m, i64 8, i1 false)
  %113 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 0
  %114 = load i8, ptr %113, align 4
  %115 = zext i8 %114 to i32
  %116 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %117 = load i24, ptr %116, align 1
  %118 = and i24 %117, 511
  %119 = zext i24 %118 to i32
  %120 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %121 = load i24, ptr %120, align 1
  %122 = lshr i24 %121, 9
  %123 = and i24 %122, 511
  %124 = zext i24 %123 to i32
  %125 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %126 = load i24, ptr %125, align 1
  %127 = ashr i24 %126, 18
  %128 = sext i24 %127 to i32
  %129 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 2
  %130 = load i16, ptr %129, align 4
  %131 = and i16 %130, 1023
  %132 = zext i16 %131 to i32
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %115, i32 noundef %119, i32 noundef %124, i32 noundef %128, i32 noundef %132, i64 noundef 8)
  %134 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %135 = load i24, ptr %134, align 1
  %136 = and i24 %135, 511
  %137 = zext i24 %136 to i32
  %138 = add nsw i32 %137, 1
  %139 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %140 = trunc i32 %138 to i24
  %141 = load i24, ptr %139, align 1
  %142 = and i24 %140, 511
  %143 = and i24 %141, -512
  %144 = or i24 %143, %142
  store i24 %144, ptr %139, align 1
  %145 = zext i24 %142 to i32
  %146 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %147 = load i24, ptr %146, align 1
  %148 = ashr i24 %147, 18
  %149 = sext i24 %148 to i32
  %150 = add nsw i32 %149, 63
  %151 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %152 = trunc i32 %150 to i24
  %153 = load i24, ptr %151, align 1
  %154 = and i24 %152, 63
  %155 = shl i24 %154, 18
  %156 = and i24 %153, 262143
  %157 = or i24 %156, %155
  store i24 %157, ptr %151, align 1
  %158 = shl i24 %154, 18
  %159 = ashr i24 %158, 18
  %160 = sext i24 %159 to i32
  %161 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %162 = load i24, ptr %161, align 1
  %163 = and i24 %162, 511
  %164 = zext i24 %163 to i32
  %165 = getelementptr inbounds %struct.Mixed, ptr %5, i32 0, i32 1
  %166 = load i24, ptr %165, align 1
  %167 = ashr i24 %166, 18
  %168 = sext i24 %167 to i32
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %164, i32 noundef %168)
  %170 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %170, i8 0, i64 32, i1 false)
  store i32 0, ptr %7, align 4
  br label %171

171:                                              ; preds = %209, %0
  %172 = load i32, ptr %7, align 4
  %173 = icmp slt i32 %172, 8
  br i1 %173, label %174, label %212

174:                                              ; preds = %171
  %175 = load i32, ptr %7, align 4
  %176 = load i32, ptr %7, align 4
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %177
  %179 = load i32, ptr %178, align 4
  %180 = and i32 %175, 7
  %181 = shl i32 %180, 1
  %182 = and i32 %179, -15
  %183 = or i32 %182, %181
  store i32 %183, ptr %178, align 4
  %184 = load i32, ptr %7, align 4
  %185 = sub nsw i32 %184, 8
  %186 = load i32, ptr %7, align 4
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %187
  %189 = load i32, ptr %188, align 4
  %190 = and i32 %185, 31
  %191 = shl i32 %190, 4
  %192 = and i32 %189, -497
  %193 = or i32 %192, %191
  store i32 %193, ptr %188, align 4
  %194 = shl i32 %190, 27
  %195 = ashr i32 %194, 27
  %196 = load i32, ptr %7, align 4
  %197 = mul nsw i32 %196, 300
  %198 = sub nsw i32 %197, 1000
  %199 = load i32, ptr %7, align 4
  %200 = sext i32 %199 to i64
  %201 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %200
  %202 = load i32, ptr %201, align 4
  %203 = and i32 %198, 4095
  %204 = shl i32 %203, 16
  %205 = and i32 %202, -268369921
  %206 = or i32 %205, %204
  store i32 %206, ptr %201, align 4
  %207 = shl i32 %203, 20
  %208 = ashr i32 %207, 20
  br label %209

209:                                              ; preds = %174
  %210 = load i32, ptr %7, align 4
  %211 = add nsw i32 %210, 1
  store i32 %211, ptr %7, align 4
  br label %171, !llvm.loop !6

212:                                              ; preds = %171
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %213

213:                                              ; preds = %241, %212
  %214 = load i32, ptr %9, align 4
  %215 = icmp slt i32 %214, 8
  br i1 %215, label %216, label %244

216:                                              ; preds = %213
  %217 = load i32, ptr %9, align 4
  %218 = sext i32 %217 to i64
  %219 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %218
  %220 = load i32, ptr %219, align 4
  %221 = lshr i32 %220, 1
  %222 = and i32 %221, 7
  %223 = mul nsw i32 %222, 1000
  %224 = load i32, ptr %9, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %225
  %227 = load i32, ptr %226, align 4
  %228 = shl i32 %227, 23
  %229 = ashr i32 %228, 27
  %230 = mul nsw i32 %229, 10
  %231 = add nsw i32 %223, %230
  %232 = load i32, ptr %9, align 4
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 %233
  %235 = load i32, ptr %234, align 4
  %236 = shl i32 %235, 4
  %237 = ashr i32 %236, 20
  %238 = add nsw i32 %231, %237
  %239 = load i32, ptr %8, align 4
  %240 = add nsw i32 %239, %238
  store i32 %240, ptr %8, align 4
  br label %241

241:                                              ; preds = %216
  %242 = load i32, ptr %9, align 4
  %243 = add nsw i32 %242, 1
  store i32 %243, ptr %9, align 4
  br label %213, !llvm.loop !8

244:                                              ; preds = %213
  %245 = load i32, ptr %8, align 4
  %246 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %245)
  %247 = getelementptr inbounds [4 x i8], ptr %10, i64 0, i64 0
  %248 = getelementptr inbounds [8 x %struct.Flags], ptr %6, i64 0, i64 7
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %247, ptr align 4 %248, i64 4, i1 false)
  %249 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  store i32 0, ptr %11, align 4
  br label %250

250:                                              ; preds = %261, %244
  %251 = load i32, ptr %11, align 4
  %252 = zext i32 %251 to i64
  %253 = icmp ult i64 %252, 4
  br i1 %253, label %254, label %264

254:                                              ; preds = %250
  %255 = load i32, ptr %11, align 4
  %256 = zext i32 %255 to i64
  %257 = getelementptr inbounds [4 x i8], ptr %10, i64 0, i64 %256
  %258 = load i8, ptr %257, align 1
  %259 = zext i8 %258 to i32
  %260 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %259)
  br label %261

261:                                              ; preds = %254
  %262 = load i32, ptr %11, align 4
  %263 = add i32 %262, 1
  store i32 %263, ptr %11, align 4
  br label %250, !llvm.loop !9

264:                                              ; preds = %250
  %265 = call i32 (ptr, ...) @printf(ptr noundef @.str.12)
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
