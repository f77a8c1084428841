; ModuleID = 'char_types.c'
source_filename = "char_types.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"signed/unsigned: %d %u %d\0A\00", align 1
@__const.main.sarr = private unnamed_addr constant [6 x i8] c"\80\FF\00\01\7F\CE", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"signed sum=%d\0A\00", align 1
@__const.main.bytes = private unnamed_addr constant [6 x i8] c"\00\7F\80\C3\A9\FF", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"unsigned sum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"char wrap: %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [31 x i8] c"Hello, World! 123 _tabs\09here\0A~\00", align 1
@.str.5 = private unnamed_addr constant [56 x i8] c"alpha=%d digit=%d space=%d punct=%d upper=%d xdigit=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"Mixed Case 42\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"upper: %s\0A\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"lower: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [36 x i8] c"Why did the chicken cross the road?\00", align 1
@.str.10 = private unnamed_addr constant [11 x i8] c"rot13: %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"back: %s\0A\00", align 1
@.str.12 = private unnamed_addr constant [17 x i8] c"na\C3\AFve caf\C3\A9 \E2\82\AC\00", align 1
@.str.13 = private unnamed_addr constant [56 x i8] c"utf8: ascii=%d cont=%d lead2=%d lead3=%d codepoints=%d\0A\00", align 1
@.str.14 = private unnamed_addr constant [26 x i8] c"high byte compare: %d %d\0A\00", align 1
@.str.15 = private unnamed_addr constant [12 x i8] c"digits: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca [6 x i8], align 1
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [6 x i8], align 1
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i8, align 1
  %19 = alloca [64 x i8], align 1
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca [4 x i32], align 4
  %24 = alloca ptr, align 8
  %25 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  store i8 -1, ptr %2, align 1
  %26 = load i8, ptr %2, align 1
  store i8 %26, ptr %3, align 1
  %27 = load i8, ptr %2, align 1
  %28 = sext i8 %27 to i32
  %29 = load i8, ptr %3, align 1
  %30 = zext i8 %29 to i32
  %31 = load i8, ptr %3, align 1
  %32 = zext i8 %31 to i32
  %33 = sub nsw i32 %32, 128
  %34 = trunc i32 %33 to i8
  %35 = sext i8 %34 to i32
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %28, i32 noundef %30, i32 noundef %35)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %4, ptr align 1 @__const.main.sarr, i64 6, i1 false)
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %37

37:                                               ; preds = %48, %0
  %38 = load i32, ptr %6, align 4
  %39 = icmp slt i32 %38, 6
  br i1 %39, label %40, label %51

40:                                               ; preds = %37
  %41 = load i32, ptr %6, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [6 x i8], ptr %4, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1
  %45 = sext i8 %44 to i32
  %46 = load i32, ptr %5, align 4
  %47 = add nsw i32 %46, %45
  store i32 %47, ptr %5, align 4
  br label %48

48:                                               ; preds = %40
  %49 = load i32, ptr %6, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %6, align 4
  br label %37, !llvm.loop !6

51:                                               ; preds = %37
  %52 = load i32, ptr %5, align 4
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %52)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.bytes, i64 6, i1 false)
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %54

54:                                               ; preds = %66, %51
  %55 = load i32, ptr %9, align 4
  %56 = zext i32 %55 to i64
  %57 = icmp ult i64 %56, 6
  br i1 %57, label %58, label %69

58:                                               ; preds = %54
  %59 = load i32, ptr %9, align 4
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds [6 x i8], ptr %7, i64 0, i64 %60
  %62 = load i8, ptr %61, align 1
  %63 = zext i8 %62 to i32
  %64 = load i32, ptr %8, align 4
  %65 = add i32 %64, %63
  store i32 %65, ptr %8, align 4
  br label %66

66:                                               ; preds = %58
  %67 = load i32, ptr %9, align 4
  %68 = add i32 %67, 1
  store i32 %68, ptr %9, align 4
  br label %54, !llvm.loop !8

69:                                               ; preds = %54
  %70 = load i32, ptr %8, align 4
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %70)
  %72 = getelementptr inbounds [6 x i8], ptr %4, i64 0, i64 4
  %73 = load i8, ptr %72, align 1
  %74 = sext i8 %73 to i32
  %75 = add nsw i32 %74, 1
  %76 = trunc i32 %75 to i8
  %77 = sext i8 %76 to i32
  %78 = getelementptr inbounds [6 x i8], ptr %7, i64 0, i64 5
  %79 = load i8, ptr %78, align 1
  %80 = zext i8 %79 to i32
  %81 = add nsw i32 %80, 1
  %82 = trunc i32 %81 to i8
  %83 = zext i8 %82 to i32
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %77, i32 noundef %83)
  store ptr @.str.4, ptr %10, align 8
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  store i32 0, ptr %16, align 4
  %85 = load ptr, ptr %10, align 8
  store ptr %85, ptr %17, align 8
  br label %86

86:                                               ; preds = %171, %69
  %87 = load ptr, ptr %17, align 8
  %88 = load i8, ptr %87, align 1
  %89 = icmp ne i8 %88, 0
  br i1 %89, label %90, label %174

90:                                               ; preds = %86
  %91 = load ptr, ptr %17, align 8
  %92 = load i8, ptr %91, align 1
  store i8 %92, ptr %18, align 1
  %93 = call ptr @__ctype_b_loc() #7
  %94 = load ptr, ptr %93, align 8
  %95 = load i8, ptr %18, align 1
  %96 = zext i8 %95 to i32
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds i16, ptr %94, i64 %97
  %99 = load i16, ptr %98, align 2
  %100 = zext i16 %99 to i32
  %101 = and i32 %100, 1024
  %102 = icmp ne i32 %101, 0
  %103 = zext i1 %102 to i32
  %104 = load i32, ptr %11, align 4
  %105 = add nsw i32 %104, %103
  store i32 %105, ptr %11, align 4
  %106 = call ptr @__ctype_b_loc() #7
  %107 = load ptr, ptr %106, align 8
  %108 = load i8, ptr %18, align 1
  %109 = zext i8 %108 to i32
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i16, ptr %107, i64 %110
  %112 = load i16, ptr %111, align 2
  %113 = zext i16 %112 to i32
  %114 = and i32 %113, 2048
  %115 = icmp ne i32 %114, 0
  %116 = zext i1 %115 to i32
  %117 = load i32, ptr %12, align 4
  %118 = add nsw i32 %117, %116
  store i32 %118, ptr %12, align 4
  %119 = call ptr @__ctype_b_loc() #7
  %120 = load ptr, ptr %119, align 8
  %121 = load i8, ptr %18, align 1
  %122 = zext i8 %121 to i32
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds i16, ptr %120, i64 %123
  %125 = load i16, ptr %124, align 2
  %126 = zext i16 %125 to i32
  %127 = and i32 %126, 8192
  %128 = icmp ne i32 %127, 0
  %129 = zext i1 %128 to i32
  %130 = load i32, ptr %13, align 4
  %131 = add nsw i32 %130, %129
  store i32 %131, ptr %13, align 4
  %132 = call ptr @__ctype_b_loc() #7
  %133 = load ptr, ptr %132, align 8
  %134 = load i8, ptr %18, align 1
  %135 = zext i8 %134 to i32
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds i16, ptr %133, i64 %136
  %138 = load i16, ptr %137, align 2
  %139 = zext i16 %138 to i32
  %140 = and i32 %139, 4
  %141 = icmp ne i32 %140, 0
  %142 = zext i1 %141 to i32
  %143 = load i32, ptr %14, align 4
  %144 = add nsw i32 %143, %142
  store i32 %144, ptr %14, align 4
  %145 = call ptr @__ctype_b_loc() #7
  %146 = load ptr, ptr %145, align 8
  %147 = load i8, ptr %18, align 1
  %148 = zext i8 %147 to i32
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i16, ptr %146, i64 %149
  %151 = load i16, ptr %150, align 2
  %152 = zext i16 %151 to i32
  %153 = and i32 %152, 256
  %154 = icmp ne i32 %153, 0
  %155 = zext i1 %154 to i32
  %156 = load i32, ptr %15, align 4
  %157 = add nsw i32 %156, %155
  store i32 %157, ptr %15, align 4
  %158 = call ptr @__ctype_b_loc() #7
  %159 = load ptr, ptr %158, align 8
  %160 = load i8, ptr %18, align 1
  %161 = zext i8 %160 to i32
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds i16, ptr %159, i64 %162
  %164 = load i16, ptr %163, align 2
  %165 = zext i16 %164 to i32
  %166 = and i32 %165, 4096
  %167 = icmp ne i32 %166, 0
  %168 = zext i1 %167 to i32
  %169 = load i32, ptr %16, align 4
  %170 = add nsw i32 %169, %168
  store i32 %170, ptr %16, align 4
  br label %171

171:                                              ; preds = %90
  %172 = load ptr, ptr %17, align 8
  %173 = getelementptr inbounds i8, ptr %172, i32 1
  store ptr %173, ptr %17, align 8
  br label %86, !llvm.loop !9

174:                                              ; preds = %86
  %175 = load i32, ptr %11, align 4
  %176 = load i32, ptr %12, align 4
  %177 = load i32, ptr %13, align 4
  %178 = load i32, ptr %14, align 4
  %179 = load i32, ptr %15, align 4
  %180 = load i32, ptr %16, align 4
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %175, i32 noundef %176, i32 noundef %177, i32 noundef %178, i32 noundef %179, i32 noundef %180)
  %182 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %183 = call ptr @strcpy(ptr noundef %182, ptr noundef @.str.6) #8
  %184 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  store ptr %184, ptr %20, align 8
  br label %185

185:                                              ; preds = %196, %174
  %186 = load ptr, ptr %20, align 8
  %187 = load i8, ptr %186, align 1
  %188 = icmp ne i8 %187, 0
  br i1 %188, label %189, label %199

189:                                              ; preds = %185
  %190 = load ptr, ptr %20, align 8
  %191 = load i8, ptr %190, align 1
  %192 = zext i8 %191 to i32
  %193 = call i32 @toupper(i32 noundef %192) #9
  %194 = trunc i32 %193 to i8
  %195 = load ptr, ptr %20, align 8
  store i8 %194, ptr %195, align 1
  br label %196

196:                                              ; preds = %189
  %197 = load ptr, ptr %20, align 8
  %198 = getelementptr inbounds i8, ptr %197, i32 1
  store ptr %198, ptr %20, align 8
  br label %185, !llvm.loop !10

199:                                              ; preds = %185
  %200 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %201 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %200)
  %202 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  store ptr %202, ptr %21, align 8
  br label %203

203:                                              ; preds = %214, %199
  %204 = load ptr, ptr %21, align 8
  %205 = load i8, ptr %204, align 1
  %206 = icmp ne i8 %205, 0
  br i1 %206, label %207, label %217

207:                                              ; preds = %203
  %208 = load ptr, ptr %21, align 8
  %209 = load i8, ptr %208, align 1
  %210 = zext i8 %209 to i32
  %211 = call i32 @tolower(i32 noundef %210) #9
  %212 = trunc i32 %211 to i8
  %213 = load ptr, ptr %21, align 8
  store i8 %212, ptr %213, align 1
  br label %214

214:                                              ; preds = %207
  %215 = load ptr, ptr %21, align 8
  %216 = getelementptr inbounds i8, ptr %215, i32 1
  store ptr %216, ptr %21, align 8
  br label %203, !llvm.loop !11

217:                                              ; preds = %203
  %218 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %219 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %218)
  %220 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %221 = call ptr @strcpy(ptr noundef %220, ptr noundef @.str.9) #8
  %222 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  call void @rot13(ptr noundef %222)
  %223 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %224 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %223)
  %225 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  call void @rot13(ptr noundef %225)
  %226 = getelementptr inbounds [64 x i8], ptr %19, i64 0, i64 0
  %227 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %226)
  store ptr @.str.12, ptr %22, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %23, i8 0, i64 16, i1 false)
  %228 = load ptr, ptr %22, align 8
  store ptr %228, ptr %24, align 8
  br label %229

229:                                              ; preds = %269, %217
  %230 = load ptr, ptr %24, align 8
  %231 = load i8, ptr %230, align 1
  %232 = icmp ne i8 %231, 0
  br i1 %232, label %233, label %272

233:                                              ; preds = %229
  %234 = load ptr, ptr %24, align 8
  %235 = load i8, ptr %234, align 1
  %236 = zext i8 %235 to i32
  %237 = icmp slt i32 %236, 128
  br i1 %237, label %238, label %242

238:                                              ; preds = %233
  %239 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 0
  %240 = load i32, ptr %239, align 4
  %241 = add nsw i32 %240, 1
  store i32 %241, ptr %239, align 4
  br label %268

242:                                              ; preds = %233
  %243 = load ptr, ptr %24, align 8
  %244 = load i8, ptr %243, align 1
  %245 = zext i8 %244 to i32
  %246 = and i32 %245, 192
  %247 = icmp eq i32 %246, 128
  br i1 %247, label %248, label %252

248:                                              ; preds = %242
  %249 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 1
  %250 = load i32, ptr %249, align 4
  %251 = add nsw i32 %250, 1
  store i32 %251, ptr %249, align 4
  br label %267

252:                                              ; preds = %242
  %253 = load ptr, ptr %24, align 8
  %254 = load i8, ptr %253, align 1
  %255 = zext i8 %254 to i32
  %256 = and i32 %255, 224
  %257 = icmp eq i32 %256, 192
  br i1 %257, label %258, label %262

258:                                              ; preds = %252
  %259 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 2
  %260 = load i32, ptr %259, align 4
  %261 = add nsw i32 %260, 1
  store i32 %261, ptr %259, align 4
  br label %266

262:                                              ; preds = %252
  %263 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 3
  %264 = load i32, ptr %263, align 4
  %265 = add nsw i32 %264, 1
  store i32 %265, ptr %263, align 4
  br label %266

266:                                              ; preds = %262, %258
  br label %267

267:                                              ; preds = %266, %248
  br label %268

268:                                              ; preds = %267, %238
  br label %269

269:                                              ; preds = %268
  %270 = load ptr, ptr %24, align 8
  %271 = getelementptr inbounds i8, ptr %270, i32 1
  store ptr %271, ptr %24, align 8
  br label %229, !llvm.loop !12

272:                                              ; preds = %229
  %273 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 0
  %274 = load i32, ptr %273, align 4
  %275 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 1
  %276 = load i32, ptr %275, align 4
  %277 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 2
  %278 = load i32, ptr %277, align 4
  %279 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 3
  %280 = load i32, ptr %279, align 4
  %281 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 0
  %282 = load i32, ptr %281, align 4
  %283 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 2
  %284 = load i32, ptr %283, align 4
  %285 = add nsw i32 %282, %284
  %286 = getelementptr inbounds [4 x i32], ptr %23, i64 0, i64 3
  %287 = load i32, ptr %286, align 4
  %288 = add nsw i32 %285, %287
  %289 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %274, i32 noundef %276, i32 noundef %278, i32 noundef %280, i32 noundef %288)
  store i8 -23, ptr %25, align 1
  %290 = load i8, ptr %25, align 1
  %291 = zext i8 %290 to i32
  %292 = icmp sgt i32 %291, 127
  %293 = zext i1 %292 to i32
  %294 = load i8, ptr %25, align 1
  %295 = sext i8 %294 to i32
  %296 = icmp slt i32 %295, 0
  %297 = zext i1 %296 to i32
  %298 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %293, i32 noundef %297)
  %299 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef 32)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i32 @toupper(i32 noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare i32 @tolower(i32 noundef) #5

; Function Attrs: noinline nounwind optnone uwtable
define internal void @rot13(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  br label %4

4:                                                ; preds = %52, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %55

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8
  %10 = load i8, ptr %9, align 1
  store i8 %10, ptr %3, align 1
  %11 = call ptr @__ctype_b_loc() #7
  %12 = load ptr, ptr %11, align 8
  %13 = load i8, ptr %3, align 1
  %14 = zext i8 %13 to i32
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i16, ptr %12, i64 %15
  %17 = load i16, ptr %16, align 2
  %18 = zext i16 %17 to i32
  %19 = and i32 %18, 256
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %30

21:                                               ; preds = %8
  %22 = load i8, ptr %3, align 1
  %23 = zext i8 %22 to i32
  %24 = sub nsw i32 %23, 65
  %25 = add nsw i32 %24, 13
  %26 = srem i32 %25, 26
  %27 = add nsw i32 65, %26
  %28 = trunc i32 %27 to i8
  %29 = load ptr, ptr %2, align 8
  store i8 %28, ptr %29, align 1
  br label %51

30:                                               ; preds = %8
  %31 = call ptr @__ctype_b_loc() #7
  %32 = load ptr, ptr %31, align 8
  %33 = load i8, ptr %3, align 1
  %34 = zext i8 %33 to i32
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i16, ptr %32, i64 %35
  %37 = load i16, ptr %36, align 2
  %38 = zext i16 %37 to i32
  %39 = and i32 %38, 512
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %50

41:                                               ; preds = %30
  %42 = load i8, ptr %3, align 1
  %43 = zext i8 %42 to i32
  %44 = sub nsw i32 %43, 97
  %45 = add nsw i32 %44, 13
  %46 = srem i32 %45, 26
  %47 = add nsw i32 97, %46
  %48 = trunc i32 %47 to i8
  %49 = load ptr, ptr %2, align 8
  store i8 %48, ptr %49, align 1
  br label %50

50:                                               ; preds = %41, %30
  br label %51

51:                                               ; preds = %50, %21
  br label %52

52:                                               ; preds = %51
  %53 = load ptr, ptr %2, align 8
  %54 = getelementptr inbounds i8, ptr %53, i32 1
  store ptr %54, ptr %2, align 8
  br label %4, !llvm.loop !13

55:                                               ; preds = %4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

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
