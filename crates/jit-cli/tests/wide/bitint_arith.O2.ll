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
@crc = internal unnamed_addr global i64 4660, align 8
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

; Function Attrs: nofree nounwind uwtable
define dso_local range(i32 0, 64) i32 @main() local_unnamed_addr #0 {
  %1 = alloca i256, align 16
  %2 = alloca i256, align 16
  %3 = alloca i256, align 16
  %4 = alloca i256, align 16
  %5 = alloca i256, align 16
  %6 = alloca i256, align 16
  %7 = alloca [24 x i8], align 16
  %8 = alloca [24 x i8], align 16
  call fastcc void @fact200(ptr dead_on_unwind nonnull writable sret(i256) align 8 %1, i32 noundef 40)
  %9 = load i256, ptr %1, align 16, !tbaa !5
  %10 = trunc i256 %9 to i200
  %11 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str)
  %12 = lshr i256 %9, 192
  %13 = trunc nuw i256 %12 to i64
  %14 = and i64 %13, 255
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %14)
  %16 = add nuw nsw i64 %14, -7046029254386353131
  %17 = load i64, ptr @crc, align 8, !tbaa !9
  %18 = shl i64 %17, 6
  %19 = add i64 %16, %18
  %20 = lshr i64 %17, 2
  %21 = add i64 %19, %20
  %22 = xor i64 %21, %17
  store i64 %22, ptr @crc, align 8, !tbaa !9
  %23 = lshr i256 %9, 128
  %24 = trunc i256 %23 to i64
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %24)
  %26 = add i64 %24, -7046029254386353131
  %27 = load i64, ptr @crc, align 8, !tbaa !9
  %28 = shl i64 %27, 6
  %29 = add i64 %26, %28
  %30 = lshr i64 %27, 2
  %31 = add i64 %29, %30
  %32 = xor i64 %31, %27
  store i64 %32, ptr @crc, align 8, !tbaa !9
  %33 = lshr i256 %9, 64
  %34 = trunc i256 %33 to i64
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %34)
  %36 = add i64 %34, -7046029254386353131
  %37 = load i64, ptr @crc, align 8, !tbaa !9
  %38 = shl i64 %37, 6
  %39 = add i64 %36, %38
  %40 = lshr i64 %37, 2
  %41 = add i64 %39, %40
  %42 = xor i64 %41, %37
  store i64 %42, ptr @crc, align 8, !tbaa !9
  %43 = trunc i256 %9 to i64
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %43)
  %45 = add i64 %43, -7046029254386353131
  %46 = load i64, ptr @crc, align 8, !tbaa !9
  %47 = shl i64 %46, 6
  %48 = add i64 %45, %47
  %49 = lshr i64 %46, 2
  %50 = add i64 %48, %49
  %51 = xor i64 %50, %46
  store i64 %51, ptr @crc, align 8, !tbaa !9
  %52 = tail call i32 @putchar(i32 10)
  call fastcc void @fact200(ptr dead_on_unwind nonnull writable sret(i256) align 8 %2, i32 noundef 20)
  %53 = load i256, ptr %2, align 16, !tbaa !5
  %54 = trunc i256 %53 to i200
  %55 = udiv i200 %10, %54
  %56 = zext i200 %55 to i256
  %57 = urem i200 %10, 1000000016000000063
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.1)
  %59 = lshr i256 %56, 192
  %60 = trunc nuw nsw i256 %59 to i64
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %60)
  %62 = add nuw nsw i64 %60, -7046029254386353131
  %63 = load i64, ptr @crc, align 8, !tbaa !9
  %64 = shl i64 %63, 6
  %65 = add i64 %62, %64
  %66 = lshr i64 %63, 2
  %67 = add i64 %65, %66
  %68 = xor i64 %67, %63
  store i64 %68, ptr @crc, align 8, !tbaa !9
  %69 = lshr i256 %56, 128
  %70 = trunc i256 %69 to i64
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %70)
  %72 = add i64 %70, -7046029254386353131
  %73 = load i64, ptr @crc, align 8, !tbaa !9
  %74 = shl i64 %73, 6
  %75 = add i64 %72, %74
  %76 = lshr i64 %73, 2
  %77 = add i64 %75, %76
  %78 = xor i64 %77, %73
  store i64 %78, ptr @crc, align 8, !tbaa !9
  %79 = lshr i256 %56, 64
  %80 = trunc i256 %79 to i64
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %80)
  %82 = add i64 %80, -7046029254386353131
  %83 = load i64, ptr @crc, align 8, !tbaa !9
  %84 = shl i64 %83, 6
  %85 = add i64 %82, %84
  %86 = lshr i64 %83, 2
  %87 = add i64 %85, %86
  %88 = xor i64 %87, %83
  store i64 %88, ptr @crc, align 8, !tbaa !9
  %89 = trunc i200 %55 to i64
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %89)
  %91 = add i64 %89, -7046029254386353131
  %92 = load i64, ptr @crc, align 8, !tbaa !9
  %93 = shl i64 %92, 6
  %94 = add i64 %91, %93
  %95 = lshr i64 %92, 2
  %96 = add i64 %94, %95
  %97 = xor i64 %96, %92
  store i64 %97, ptr @crc, align 8, !tbaa !9
  %98 = tail call i32 @putchar(i32 10)
  %99 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.2)
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %101 = load i64, ptr @crc, align 8, !tbaa !9
  %102 = shl i64 %101, 6
  %103 = add i64 %102, -7046029254386353131
  %104 = lshr i64 %101, 2
  %105 = add i64 %103, %104
  %106 = xor i64 %105, %101
  store i64 %106, ptr @crc, align 8, !tbaa !9
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %108 = load i64, ptr @crc, align 8, !tbaa !9
  %109 = shl i64 %108, 6
  %110 = add i64 %109, -7046029254386353131
  %111 = lshr i64 %108, 2
  %112 = add i64 %110, %111
  %113 = xor i64 %112, %108
  store i64 %113, ptr @crc, align 8, !tbaa !9
  %114 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %115 = load i64, ptr @crc, align 8, !tbaa !9
  %116 = shl i64 %115, 6
  %117 = add i64 %116, -7046029254386353131
  %118 = lshr i64 %115, 2
  %119 = add i64 %117, %118
  %120 = xor i64 %119, %115
  store i64 %120, ptr @crc, align 8, !tbaa !9
  %121 = trunc nuw nsw i200 %57 to i64
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %121)
  %123 = add nuw nsw i64 %121, -7046029254386353131
  %124 = load i64, ptr @crc, align 8, !tbaa !9
  %125 = shl i64 %124, 6
  %126 = add i64 %123, %125
  %127 = lshr i64 %124, 2
  %128 = add i64 %126, %127
  %129 = xor i64 %128, %124
  store i64 %129, ptr @crc, align 8, !tbaa !9
  %130 = tail call i32 @putchar(i32 10)
  call fastcc void @fact200(ptr dead_on_unwind nonnull writable sret(i256) align 8 %3, i32 noundef 33)
  %131 = load i256, ptr %3, align 16, !tbaa !5
  %132 = and i256 %131, 1606938044258990275541962092341162602522202993782792835301375
  %133 = load volatile i32, ptr @zero, align 4, !tbaa !11
  %134 = sext i32 %133 to i256
  %135 = sub nsw i256 %134, %132
  %136 = load volatile i32, ptr @zero, align 4, !tbaa !11
  %137 = sext i32 %136 to i256
  %138 = add nsw i256 %137, 6773967321462452369295
  %139 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.3)
  %140 = lshr i256 %135, 192
  %141 = trunc nuw i256 %140 to i64
  %142 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %141)
  %143 = add i64 %141, -7046029254386353131
  %144 = load i64, ptr @crc, align 8, !tbaa !9
  %145 = shl i64 %144, 6
  %146 = add i64 %143, %145
  %147 = lshr i64 %144, 2
  %148 = add i64 %146, %147
  %149 = xor i64 %148, %144
  store i64 %149, ptr @crc, align 8, !tbaa !9
  %150 = lshr i256 %135, 128
  %151 = trunc i256 %150 to i64
  %152 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %151)
  %153 = add i64 %151, -7046029254386353131
  %154 = load i64, ptr @crc, align 8, !tbaa !9
  %155 = shl i64 %154, 6
  %156 = add i64 %153, %155
  %157 = lshr i64 %154, 2
  %158 = add i64 %156, %157
  %159 = xor i64 %158, %154
  store i64 %159, ptr @crc, align 8, !tbaa !9
  %160 = lshr i256 %135, 64
  %161 = trunc i256 %160 to i64
  %162 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %161)
  %163 = add i64 %161, -7046029254386353131
  %164 = load i64, ptr @crc, align 8, !tbaa !9
  %165 = shl i64 %164, 6
  %166 = add i64 %163, %165
  %167 = lshr i64 %164, 2
  %168 = add i64 %166, %167
  %169 = xor i64 %168, %164
  store i64 %169, ptr @crc, align 8, !tbaa !9
  %170 = trunc i256 %135 to i64
  %171 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %170)
  %172 = add i64 %170, -7046029254386353131
  %173 = load i64, ptr @crc, align 8, !tbaa !9
  %174 = shl i64 %173, 6
  %175 = add i64 %172, %174
  %176 = lshr i64 %173, 2
  %177 = add i64 %175, %176
  %178 = xor i64 %177, %173
  store i64 %178, ptr @crc, align 8, !tbaa !9
  %179 = tail call i32 @putchar(i32 10)
  %180 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.4)
  %181 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %182 = load i64, ptr @crc, align 8, !tbaa !9
  %183 = shl i64 %182, 6
  %184 = add i64 %183, -7046029254386353131
  %185 = lshr i64 %182, 2
  %186 = add i64 %184, %185
  %187 = xor i64 %186, %182
  store i64 %187, ptr @crc, align 8, !tbaa !9
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %189 = load i64, ptr @crc, align 8, !tbaa !9
  %190 = shl i64 %189, 6
  %191 = add i64 %190, -7046029254386353131
  %192 = lshr i64 %189, 2
  %193 = add i64 %191, %192
  %194 = xor i64 %193, %189
  store i64 %194, ptr @crc, align 8, !tbaa !9
  %195 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 367)
  %196 = load i64, ptr @crc, align 8, !tbaa !9
  %197 = shl i64 %196, 6
  %198 = add i64 %197, -7046029254386352764
  %199 = lshr i64 %196, 2
  %200 = add i64 %198, %199
  %201 = xor i64 %200, %196
  store i64 %201, ptr @crc, align 8, !tbaa !9
  %202 = trunc i256 %138 to i64
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %202)
  %204 = add nuw nsw i64 %202, -7046029254386353131
  %205 = load i64, ptr @crc, align 8, !tbaa !9
  %206 = shl i64 %205, 6
  %207 = add i64 %204, %206
  %208 = lshr i64 %205, 2
  %209 = add i64 %207, %208
  %210 = xor i64 %209, %205
  store i64 %210, ptr @crc, align 8, !tbaa !9
  %211 = tail call i32 @putchar(i32 10)
  %212 = freeze i256 %135
  %213 = freeze i256 %138
  %214 = sdiv i256 %212, %213
  %215 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.5)
  %216 = lshr i256 %214, 192
  %217 = trunc nuw i256 %216 to i64
  %218 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %217)
  %219 = add i64 %217, -7046029254386353131
  %220 = load i64, ptr @crc, align 8, !tbaa !9
  %221 = shl i64 %220, 6
  %222 = add i64 %219, %221
  %223 = lshr i64 %220, 2
  %224 = add i64 %222, %223
  %225 = xor i64 %224, %220
  store i64 %225, ptr @crc, align 8, !tbaa !9
  %226 = lshr i256 %214, 128
  %227 = trunc i256 %226 to i64
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %227)
  %229 = add i64 %227, -7046029254386353131
  %230 = load i64, ptr @crc, align 8, !tbaa !9
  %231 = shl i64 %230, 6
  %232 = add i64 %229, %231
  %233 = lshr i64 %230, 2
  %234 = add i64 %232, %233
  %235 = xor i64 %234, %230
  store i64 %235, ptr @crc, align 8, !tbaa !9
  %236 = lshr i256 %214, 64
  %237 = trunc i256 %236 to i64
  %238 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %237)
  %239 = add i64 %237, -7046029254386353131
  %240 = load i64, ptr @crc, align 8, !tbaa !9
  %241 = shl i64 %240, 6
  %242 = add i64 %239, %241
  %243 = lshr i64 %240, 2
  %244 = add i64 %242, %243
  %245 = xor i64 %244, %240
  store i64 %245, ptr @crc, align 8, !tbaa !9
  %246 = trunc i256 %214 to i64
  %247 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %246)
  %248 = add i64 %246, -7046029254386353131
  %249 = load i64, ptr @crc, align 8, !tbaa !9
  %250 = shl i64 %249, 6
  %251 = add i64 %248, %250
  %252 = lshr i64 %249, 2
  %253 = add i64 %251, %252
  %254 = xor i64 %253, %249
  store i64 %254, ptr @crc, align 8, !tbaa !9
  %255 = tail call i32 @putchar(i32 10)
  %256 = mul i256 %214, %213
  %257 = sub i256 %212, %256
  %258 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.6)
  %259 = lshr i256 %257, 192
  %260 = trunc nuw i256 %259 to i64
  %261 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %260)
  %262 = add i64 %260, -7046029254386353131
  %263 = load i64, ptr @crc, align 8, !tbaa !9
  %264 = shl i64 %263, 6
  %265 = add i64 %262, %264
  %266 = lshr i64 %263, 2
  %267 = add i64 %265, %266
  %268 = xor i64 %267, %263
  store i64 %268, ptr @crc, align 8, !tbaa !9
  %269 = lshr i256 %257, 128
  %270 = trunc i256 %269 to i64
  %271 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %270)
  %272 = add i64 %270, -7046029254386353131
  %273 = load i64, ptr @crc, align 8, !tbaa !9
  %274 = shl i64 %273, 6
  %275 = add i64 %272, %274
  %276 = lshr i64 %273, 2
  %277 = add i64 %275, %276
  %278 = xor i64 %277, %273
  store i64 %278, ptr @crc, align 8, !tbaa !9
  %279 = lshr i256 %257, 64
  %280 = trunc i256 %279 to i64
  %281 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %280)
  %282 = add i64 %280, -7046029254386353131
  %283 = load i64, ptr @crc, align 8, !tbaa !9
  %284 = shl i64 %283, 6
  %285 = add i64 %282, %284
  %286 = lshr i64 %283, 2
  %287 = add i64 %285, %286
  %288 = xor i64 %287, %283
  store i64 %288, ptr @crc, align 8, !tbaa !9
  %289 = trunc i256 %257 to i64
  %290 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %289)
  %291 = add i64 %289, -7046029254386353131
  %292 = load i64, ptr @crc, align 8, !tbaa !9
  %293 = shl i64 %292, 6
  %294 = add i64 %291, %293
  %295 = lshr i64 %292, 2
  %296 = add i64 %294, %295
  %297 = xor i64 %296, %292
  store i64 %297, ptr @crc, align 8, !tbaa !9
  %298 = tail call i32 @putchar(i32 10)
  %299 = sub nsw i256 -6773967321462452369295, %137
  %300 = sdiv i256 %135, %299
  %301 = sub nsw i256 0, %300
  %302 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.7)
  %303 = lshr i256 %301, 192
  %304 = trunc nuw i256 %303 to i64
  %305 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %304)
  %306 = add i64 %304, -7046029254386353131
  %307 = load i64, ptr @crc, align 8, !tbaa !9
  %308 = shl i64 %307, 6
  %309 = add i64 %306, %308
  %310 = lshr i64 %307, 2
  %311 = add i64 %309, %310
  %312 = xor i64 %311, %307
  store i64 %312, ptr @crc, align 8, !tbaa !9
  %313 = lshr i256 %301, 128
  %314 = trunc i256 %313 to i64
  %315 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %314)
  %316 = add i64 %314, -7046029254386353131
  %317 = load i64, ptr @crc, align 8, !tbaa !9
  %318 = shl i64 %317, 6
  %319 = add i64 %316, %318
  %320 = lshr i64 %317, 2
  %321 = add i64 %319, %320
  %322 = xor i64 %321, %317
  store i64 %322, ptr @crc, align 8, !tbaa !9
  %323 = lshr i256 %301, 64
  %324 = trunc i256 %323 to i64
  %325 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %324)
  %326 = add i64 %324, -7046029254386353131
  %327 = load i64, ptr @crc, align 8, !tbaa !9
  %328 = shl i64 %327, 6
  %329 = add i64 %326, %328
  %330 = lshr i64 %327, 2
  %331 = add i64 %329, %330
  %332 = xor i64 %331, %327
  store i64 %332, ptr @crc, align 8, !tbaa !9
  %333 = trunc i256 %301 to i64
  %334 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %333)
  %335 = add i64 %333, -7046029254386353131
  %336 = load i64, ptr @crc, align 8, !tbaa !9
  %337 = shl i64 %336, 6
  %338 = add i64 %335, %337
  %339 = lshr i64 %336, 2
  %340 = add i64 %338, %339
  %341 = xor i64 %340, %336
  store i64 %341, ptr @crc, align 8, !tbaa !9
  %342 = tail call i32 @putchar(i32 10)
  %343 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.8)
  %344 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %345 = load i64, ptr @crc, align 8, !tbaa !9
  %346 = shl i64 %345, 6
  %347 = add i64 %346, -7046029254386353131
  %348 = lshr i64 %345, 2
  %349 = add i64 %347, %348
  %350 = xor i64 %349, %345
  store i64 %350, ptr @crc, align 8, !tbaa !9
  %351 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %352 = load i64, ptr @crc, align 8, !tbaa !9
  %353 = shl i64 %352, 6
  %354 = add i64 %353, -7046029254386353131
  %355 = lshr i64 %352, 2
  %356 = add i64 %354, %355
  %357 = xor i64 %356, %352
  store i64 %357, ptr @crc, align 8, !tbaa !9
  %358 = lshr i256 %300, 64
  %359 = trunc nuw i256 %358 to i64
  %360 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %359)
  %361 = add i64 %359, -7046029254386353131
  %362 = load i64, ptr @crc, align 8, !tbaa !9
  %363 = shl i64 %362, 6
  %364 = add i64 %361, %363
  %365 = lshr i64 %362, 2
  %366 = add i64 %364, %365
  %367 = xor i64 %366, %362
  store i64 %367, ptr @crc, align 8, !tbaa !9
  %368 = trunc i256 %300 to i64
  %369 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %368)
  %370 = add i64 %368, -7046029254386353131
  %371 = load i64, ptr @crc, align 8, !tbaa !9
  %372 = shl i64 %371, 6
  %373 = add i64 %370, %372
  %374 = lshr i64 %371, 2
  %375 = add i64 %373, %374
  %376 = xor i64 %375, %371
  store i64 %376, ptr @crc, align 8, !tbaa !9
  %377 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #6
  store i256 %135, ptr %5, align 16, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #6
  store i256 %138, ptr %6, align 16, !tbaa !13
  call fastcc void @poly(ptr dead_on_unwind nonnull writable sret(i256) align 8 %4, ptr noundef nonnull byval(i256) align 8 %5, ptr noundef nonnull byval(i256) align 8 %6)
  %378 = load i256, ptr %4, align 16, !tbaa !13
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #6
  %379 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.9)
  %380 = lshr i256 %378, 192
  %381 = trunc nuw i256 %380 to i64
  %382 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %381)
  %383 = add i64 %381, -7046029254386353131
  %384 = load i64, ptr @crc, align 8, !tbaa !9
  %385 = shl i64 %384, 6
  %386 = add i64 %383, %385
  %387 = lshr i64 %384, 2
  %388 = add i64 %386, %387
  %389 = xor i64 %388, %384
  store i64 %389, ptr @crc, align 8, !tbaa !9
  %390 = lshr i256 %378, 128
  %391 = trunc i256 %390 to i64
  %392 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %391)
  %393 = add i64 %391, -7046029254386353131
  %394 = load i64, ptr @crc, align 8, !tbaa !9
  %395 = shl i64 %394, 6
  %396 = add i64 %393, %395
  %397 = lshr i64 %394, 2
  %398 = add i64 %396, %397
  %399 = xor i64 %398, %394
  store i64 %399, ptr @crc, align 8, !tbaa !9
  %400 = lshr i256 %378, 64
  %401 = trunc i256 %400 to i64
  %402 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %401)
  %403 = add i64 %401, -7046029254386353131
  %404 = load i64, ptr @crc, align 8, !tbaa !9
  %405 = shl i64 %404, 6
  %406 = add i64 %403, %405
  %407 = lshr i64 %404, 2
  %408 = add i64 %406, %407
  %409 = xor i64 %408, %404
  store i64 %409, ptr @crc, align 8, !tbaa !9
  %410 = trunc i256 %378 to i64
  %411 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %410)
  %412 = add i64 %410, -7046029254386353131
  %413 = load i64, ptr @crc, align 8, !tbaa !9
  %414 = shl i64 %413, 6
  %415 = add i64 %412, %414
  %416 = lshr i64 %413, 2
  %417 = add i64 %415, %416
  %418 = xor i64 %417, %413
  store i64 %418, ptr @crc, align 8, !tbaa !9
  %419 = tail call i32 @putchar(i32 10)
  %420 = icmp ult i256 %135, %138
  %421 = zext i1 %420 to i32
  %422 = load volatile i32, ptr @zero, align 4, !tbaa !11
  %423 = icmp eq i32 %422, 0
  %424 = zext i1 %423 to i32
  %425 = icmp slt i256 %135, 1
  %426 = zext i1 %425 to i32
  %427 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 1, i32 noundef 0, i32 noundef %421, i32 noundef %424, i32 noundef 1, i32 noundef %426)
  %428 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.11)
  %429 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %430 = load i64, ptr @crc, align 8, !tbaa !9
  %431 = shl i64 %430, 6
  %432 = add i64 %431, -7046029254386353132
  %433 = lshr i64 %430, 2
  %434 = add i64 %432, %433
  %435 = xor i64 %434, %430
  store i64 %435, ptr @crc, align 8, !tbaa !9
  %436 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %437 = load i64, ptr @crc, align 8, !tbaa !9
  %438 = shl i64 %437, 6
  %439 = add i64 %438, -7046029254386353132
  %440 = lshr i64 %437, 2
  %441 = add i64 %439, %440
  %442 = xor i64 %441, %437
  store i64 %442, ptr @crc, align 8, !tbaa !9
  %443 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -68719476736)
  %444 = load i64, ptr @crc, align 8, !tbaa !9
  %445 = shl i64 %444, 6
  %446 = add i64 %445, -7046029323105829867
  %447 = lshr i64 %444, 2
  %448 = add i64 %446, %447
  %449 = xor i64 %448, %444
  store i64 %449, ptr @crc, align 8, !tbaa !9
  %450 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %451 = load i64, ptr @crc, align 8, !tbaa !9
  %452 = shl i64 %451, 6
  %453 = add i64 %452, -7046029254386353131
  %454 = lshr i64 %451, 2
  %455 = add i64 %453, %454
  %456 = xor i64 %455, %451
  store i64 %456, ptr @crc, align 8, !tbaa !9
  %457 = tail call i32 @putchar(i32 10)
  %458 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.12)
  %459 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %460 = load i64, ptr @crc, align 8, !tbaa !9
  %461 = shl i64 %460, 6
  %462 = add i64 %461, -7046029254386353132
  %463 = lshr i64 %460, 2
  %464 = add i64 %462, %463
  %465 = xor i64 %464, %460
  store i64 %465, ptr @crc, align 8, !tbaa !9
  %466 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %467 = load i64, ptr @crc, align 8, !tbaa !9
  %468 = shl i64 %467, 6
  %469 = add i64 %468, -7046029254386353132
  %470 = lshr i64 %467, 2
  %471 = add i64 %469, %470
  %472 = xor i64 %471, %467
  store i64 %472, ptr @crc, align 8, !tbaa !9
  %473 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %474 = load i64, ptr @crc, align 8, !tbaa !9
  %475 = shl i64 %474, 6
  %476 = add i64 %475, -7046029254386353132
  %477 = lshr i64 %474, 2
  %478 = add i64 %476, %477
  %479 = xor i64 %478, %474
  store i64 %479, ptr @crc, align 8, !tbaa !9
  %480 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -9223372036854775808)
  %481 = load i64, ptr @crc, align 8, !tbaa !9
  %482 = shl i64 %481, 6
  %483 = add i64 %482, 2177342782468422677
  %484 = lshr i64 %481, 2
  %485 = add i64 %483, %484
  %486 = xor i64 %485, %481
  store i64 %486, ptr @crc, align 8, !tbaa !9
  %487 = tail call i32 @putchar(i32 10)
  %488 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.13)
  %489 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %490 = load i64, ptr @crc, align 8, !tbaa !9
  %491 = shl i64 %490, 6
  %492 = add i64 %491, -7046029254386353131
  %493 = lshr i64 %490, 2
  %494 = add i64 %492, %493
  %495 = xor i64 %494, %490
  store i64 %495, ptr @crc, align 8, !tbaa !9
  %496 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %497 = load i64, ptr @crc, align 8, !tbaa !9
  %498 = shl i64 %497, 6
  %499 = add i64 %498, -7046029254386353131
  %500 = lshr i64 %497, 2
  %501 = add i64 %499, %500
  %502 = xor i64 %501, %497
  store i64 %502, ptr @crc, align 8, !tbaa !9
  %503 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 576460752303423487)
  %504 = load i64, ptr @crc, align 8, !tbaa !9
  %505 = shl i64 %504, 6
  %506 = add i64 %505, -6469568502082929644
  %507 = lshr i64 %504, 2
  %508 = add i64 %506, %507
  %509 = xor i64 %508, %504
  store i64 %509, ptr @crc, align 8, !tbaa !9
  %510 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -9223372036854775808)
  %511 = load i64, ptr @crc, align 8, !tbaa !9
  %512 = shl i64 %511, 6
  %513 = add i64 %512, 2177342782468422677
  %514 = lshr i64 %511, 2
  %515 = add i64 %513, %514
  %516 = xor i64 %515, %511
  store i64 %516, ptr @crc, align 8, !tbaa !9
  %517 = tail call i32 @putchar(i32 10)
  %518 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.14)
  %519 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %520 = load i64, ptr @crc, align 8, !tbaa !9
  %521 = shl i64 %520, 6
  %522 = add i64 %521, -7046029254386353131
  %523 = lshr i64 %520, 2
  %524 = add i64 %522, %523
  %525 = xor i64 %524, %520
  store i64 %525, ptr @crc, align 8, !tbaa !9
  %526 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 55)
  %527 = load i64, ptr @crc, align 8, !tbaa !9
  %528 = shl i64 %527, 6
  %529 = add i64 %528, -7046029254386353076
  %530 = lshr i64 %527, 2
  %531 = add i64 %529, %530
  %532 = xor i64 %531, %527
  store i64 %532, ptr @crc, align 8, !tbaa !9
  %533 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -6093445119536615552)
  %534 = load i64, ptr @crc, align 8, !tbaa !9
  %535 = shl i64 %534, 6
  %536 = add i64 %535, 5307269699786582933
  %537 = lshr i64 %534, 2
  %538 = add i64 %536, %537
  %539 = xor i64 %538, %534
  store i64 %539, ptr @crc, align 8, !tbaa !9
  %540 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 4886718345)
  %541 = load i64, ptr @crc, align 8, !tbaa !9
  %542 = shl i64 %541, 6
  %543 = add i64 %542, -7046029249499634786
  %544 = lshr i64 %541, 2
  %545 = add i64 %543, %544
  %546 = xor i64 %545, %541
  store i64 %546, ptr @crc, align 8, !tbaa !9
  %547 = tail call i32 @putchar(i32 10)
  %548 = load i64, ptr @crc, align 8, !tbaa !9
  br label %745

549:                                              ; preds = %745
  store i64 %806, ptr @crc, align 8, !tbaa !9
  %550 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i64 noundef %806)
  %551 = load volatile i32, ptr @zero, align 4, !tbaa !11
  %552 = sext i32 %551 to i64
  %553 = add nsw i64 %552, -1234567890123
  %554 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.16)
  %555 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %556 = load i64, ptr @crc, align 8, !tbaa !9
  %557 = shl i64 %556, 6
  %558 = add i64 %557, -7046029254386353132
  %559 = lshr i64 %556, 2
  %560 = add i64 %558, %559
  %561 = xor i64 %560, %556
  store i64 %561, ptr @crc, align 8, !tbaa !9
  %562 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %563 = load i64, ptr @crc, align 8, !tbaa !9
  %564 = shl i64 %563, 6
  %565 = add i64 %564, -7046029254386353132
  %566 = lshr i64 %563, 2
  %567 = add i64 %565, %566
  %568 = xor i64 %567, %563
  store i64 %568, ptr @crc, align 8, !tbaa !9
  %569 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1)
  %570 = load i64, ptr @crc, align 8, !tbaa !9
  %571 = shl i64 %570, 6
  %572 = add i64 %571, -7046029254386353132
  %573 = lshr i64 %570, 2
  %574 = add i64 %572, %573
  %575 = xor i64 %574, %570
  store i64 %575, ptr @crc, align 8, !tbaa !9
  %576 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %553)
  %577 = add nsw i64 %552, -7046030488954243254
  %578 = load i64, ptr @crc, align 8, !tbaa !9
  %579 = shl i64 %578, 6
  %580 = add i64 %579, %577
  %581 = lshr i64 %578, 2
  %582 = add i64 %580, %581
  %583 = xor i64 %582, %578
  store i64 %583, ptr @crc, align 8, !tbaa !9
  %584 = tail call i32 @putchar(i32 10)
  %585 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.17)
  %586 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %587 = load i64, ptr @crc, align 8, !tbaa !9
  %588 = shl i64 %587, 6
  %589 = add i64 %588, -7046029254386353131
  %590 = lshr i64 %587, 2
  %591 = add i64 %589, %590
  %592 = xor i64 %591, %587
  store i64 %592, ptr @crc, align 8, !tbaa !9
  %593 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %594 = load i64, ptr @crc, align 8, !tbaa !9
  %595 = shl i64 %594, 6
  %596 = add i64 %595, -7046029254386353131
  %597 = lshr i64 %594, 2
  %598 = add i64 %596, %597
  %599 = xor i64 %598, %594
  store i64 %599, ptr @crc, align 8, !tbaa !9
  %600 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %601 = load i64, ptr @crc, align 8, !tbaa !9
  %602 = shl i64 %601, 6
  %603 = add i64 %602, -7046029254386353131
  %604 = lshr i64 %601, 2
  %605 = add i64 %603, %604
  %606 = xor i64 %605, %601
  store i64 %606, ptr @crc, align 8, !tbaa !9
  %607 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef %553)
  %608 = load i64, ptr @crc, align 8, !tbaa !9
  %609 = shl i64 %608, 6
  %610 = add i64 %609, %577
  %611 = lshr i64 %608, 2
  %612 = add i64 %610, %611
  %613 = xor i64 %612, %608
  store i64 %613, ptr @crc, align 8, !tbaa !9
  %614 = tail call i32 @putchar(i32 10)
  %615 = trunc i64 %553 to i32
  %616 = shl i32 %615, 24
  %617 = ashr exact i32 %616, 24
  %618 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef -1, i64 noundef %553, i32 noundef %617)
  %619 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef 1)
  %620 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.20)
  %621 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 630864192231908099)
  %622 = load i64, ptr @crc, align 8, !tbaa !9
  %623 = shl i64 %622, 6
  %624 = add i64 %623, -6415165062154445032
  %625 = lshr i64 %622, 2
  %626 = add i64 %624, %625
  %627 = xor i64 %626, %622
  store i64 %627, ptr @crc, align 8, !tbaa !9
  %628 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 8437965370074062153)
  %629 = load i64, ptr @crc, align 8, !tbaa !9
  %630 = shl i64 %629, 6
  %631 = add i64 %630, 1391936115687709022
  %632 = lshr i64 %629, 2
  %633 = add i64 %631, %632
  %634 = xor i64 %633, %629
  store i64 %634, ptr @crc, align 8, !tbaa !9
  %635 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -901248772168763440)
  %636 = load i64, ptr @crc, align 8, !tbaa !9
  %637 = shl i64 %636, 6
  %638 = add i64 %637, -7947278026555116571
  %639 = lshr i64 %636, 2
  %640 = add i64 %638, %639
  %641 = xor i64 %640, %636
  store i64 %641, ptr @crc, align 8, !tbaa !9
  %642 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -6731721027630818650)
  %643 = load i64, ptr @crc, align 8, !tbaa !9
  %644 = shl i64 %643, 6
  %645 = add i64 %644, 4668993791692379835
  %646 = lshr i64 %643, 2
  %647 = add i64 %645, %646
  %648 = xor i64 %647, %643
  store i64 %648, ptr @crc, align 8, !tbaa !9
  %649 = tail call i32 @putchar(i32 10)
  %650 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.21)
  %651 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 3259555577156734509)
  %652 = load i64, ptr @crc, align 8, !tbaa !9
  %653 = shl i64 %652, 6
  %654 = add i64 %653, -3786473677229618622
  %655 = lshr i64 %652, 2
  %656 = add i64 %654, %655
  %657 = xor i64 %656, %652
  store i64 %657, ptr @crc, align 8, !tbaa !9
  %658 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 3394796576510635694)
  %659 = load i64, ptr @crc, align 8, !tbaa !9
  %660 = shl i64 %659, 6
  %661 = add i64 %660, -3651232677875717437
  %662 = lshr i64 %659, 2
  %663 = add i64 %661, %662
  %664 = xor i64 %663, %659
  store i64 %664, ptr @crc, align 8, !tbaa !9
  %665 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 4481185749069344504)
  %666 = load i64, ptr @crc, align 8, !tbaa !9
  %667 = shl i64 %666, 6
  %668 = add i64 %667, -2564843505317008627
  %669 = lshr i64 %666, 2
  %670 = add i64 %668, %669
  %671 = xor i64 %670, %666
  store i64 %671, ptr @crc, align 8, !tbaa !9
  %672 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 2115818059740595102)
  %673 = load i64, ptr @crc, align 8, !tbaa !9
  %674 = shl i64 %673, 6
  %675 = add i64 %674, -4930211194645758029
  %676 = lshr i64 %673, 2
  %677 = add i64 %675, %676
  %678 = xor i64 %677, %673
  store i64 %678, ptr @crc, align 8, !tbaa !9
  %679 = tail call i32 @putchar(i32 10)
  %680 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.22)
  %681 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %682 = load i64, ptr @crc, align 8, !tbaa !9
  %683 = shl i64 %682, 6
  %684 = add i64 %683, -7046029254386353131
  %685 = lshr i64 %682, 2
  %686 = add i64 %684, %685
  %687 = xor i64 %686, %682
  store i64 %687, ptr @crc, align 8, !tbaa !9
  %688 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %689 = load i64, ptr @crc, align 8, !tbaa !9
  %690 = shl i64 %689, 6
  %691 = add i64 %690, -7046029254386353131
  %692 = lshr i64 %689, 2
  %693 = add i64 %691, %692
  %694 = xor i64 %693, %689
  store i64 %694, ptr @crc, align 8, !tbaa !9
  %695 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 0)
  %696 = load i64, ptr @crc, align 8, !tbaa !9
  %697 = shl i64 %696, 6
  %698 = add i64 %697, -7046029254386353131
  %699 = lshr i64 %696, 2
  %700 = add i64 %698, %699
  %701 = xor i64 %700, %696
  store i64 %701, ptr @crc, align 8, !tbaa !9
  %702 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 5)
  %703 = load i64, ptr @crc, align 8, !tbaa !9
  %704 = shl i64 %703, 6
  %705 = add i64 %704, -7046029254386353126
  %706 = lshr i64 %703, 2
  %707 = add i64 %705, %706
  %708 = xor i64 %707, %703
  store i64 %708, ptr @crc, align 8, !tbaa !9
  %709 = tail call i32 @putchar(i32 10)
  %710 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.25, ptr noundef nonnull @.str.23)
  %711 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 105234615997194011)
  %712 = load i64, ptr @crc, align 8, !tbaa !9
  %713 = shl i64 %712, 6
  %714 = add i64 %713, -6940794638389159120
  %715 = lshr i64 %712, 2
  %716 = add i64 %714, %715
  %717 = xor i64 %716, %712
  store i64 %717, ptr @crc, align 8, !tbaa !9
  %718 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1901542126440571844)
  %719 = load i64, ptr @crc, align 8, !tbaa !9
  %720 = shl i64 %719, 6
  %721 = add i64 %720, -8947571380826924975
  %722 = lshr i64 %719, 2
  %723 = add i64 %721, %722
  %724 = xor i64 %723, %719
  store i64 %724, ptr @crc, align 8, !tbaa !9
  %725 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef 8987429609913161700)
  %726 = load i64, ptr @crc, align 8, !tbaa !9
  %727 = shl i64 %726, 6
  %728 = add i64 %727, 1941400355526808569
  %729 = lshr i64 %726, 2
  %730 = add i64 %728, %729
  %731 = xor i64 %730, %726
  store i64 %731, ptr @crc, align 8, !tbaa !9
  %732 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, i64 noundef -1119064949524414885)
  %733 = load i64, ptr @crc, align 8, !tbaa !9
  %734 = shl i64 %733, 6
  %735 = add i64 %734, -8165094203910768016
  %736 = lshr i64 %733, 2
  %737 = add i64 %735, %736
  %738 = xor i64 %737, %733
  store i64 %738, ptr @crc, align 8, !tbaa !9
  %739 = tail call i32 @putchar(i32 10)
  %740 = load i64, ptr @crc, align 8, !tbaa !9
  %741 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i64 noundef %740)
  %742 = load i64, ptr @crc, align 8, !tbaa !9
  %743 = trunc i64 %742 to i32
  %744 = and i32 %743, 63
  ret i32 %744

745:                                              ; preds = %0, %745
  %746 = phi i32 [ 0, %0 ], [ %807, %745 ]
  %747 = phi i64 [ %548, %0 ], [ %806, %745 ]
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #6
  store i192 18943408324925267500677067874151814227849, ptr %8, align 16, !tbaa !15
  call fastcc void @rotl136(ptr dead_on_unwind nonnull writable sret([24 x i8]) align 8 %7, ptr noundef nonnull byval([24 x i8]) align 8 %8, i32 noundef %746)
  %748 = load i192, ptr %7, align 16, !tbaa !15
  %749 = trunc i192 %748 to i136
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #6
  %750 = trunc i192 %748 to i64
  %751 = add i64 %750, -7046029254386353131
  %752 = shl i64 %747, 6
  %753 = add i64 %751, %752
  %754 = lshr i64 %747, 2
  %755 = add i64 %753, %754
  %756 = xor i64 %755, %747
  %757 = lshr i192 %748, 64
  %758 = trunc i192 %757 to i64
  %759 = add i64 %758, -7046029254386353131
  %760 = shl i64 %756, 6
  %761 = add i64 %759, %760
  %762 = lshr i64 %756, 2
  %763 = add i64 %761, %762
  %764 = xor i64 %763, %756
  %765 = lshr i136 %749, 128
  %766 = trunc nuw nsw i136 %765 to i64
  %767 = add nuw nsw i64 %766, -7046029254386353131
  %768 = shl i64 %764, 6
  %769 = add i64 %767, %768
  %770 = lshr i64 %764, 2
  %771 = add i64 %769, %770
  %772 = xor i64 %771, %764
  %773 = load volatile i32, ptr @zero, align 4, !tbaa !11
  %774 = sext i32 %773 to i160
  %775 = add nsw i160 %774, -1267650600228229401496703205376
  %776 = add nsw i32 %746, -160
  %777 = icmp ult i32 %746, 160
  %778 = select i1 %777, i32 %746, i32 %776
  %779 = zext nneg i32 %778 to i160
  %780 = ashr i160 %775, %779
  %781 = lshr i160 %780, 96
  %782 = xor i160 %781, %780
  %783 = trunc i160 %782 to i64
  %784 = add i64 %783, -7046029254386353131
  %785 = shl i64 %772, 6
  %786 = add i64 %784, %785
  %787 = lshr i64 %772, 2
  %788 = add i64 %786, %787
  %789 = xor i64 %788, %772
  %790 = and i32 %746, 255
  %791 = zext nneg i32 %790 to i256
  %792 = shl i256 18943408324925267500677067874151814227849, %791
  %793 = mul nuw nsw i32 %746, 7
  %794 = and i32 %793, 255
  %795 = zext nneg i32 %794 to i256
  %796 = lshr i256 18943408324925267500677067874151814227849, %795
  %797 = add nuw i256 %796, %792
  %798 = lshr i256 %797, 192
  %799 = xor i256 %798, %797
  %800 = trunc i256 %799 to i64
  %801 = add i64 %800, -7046029254386353131
  %802 = shl i64 %789, 6
  %803 = add i64 %801, %802
  %804 = lshr i64 %789, 2
  %805 = add i64 %803, %804
  %806 = xor i64 %805, %789
  %807 = add nuw nsw i32 %746, 23
  %808 = icmp ult i32 %746, 277
  br i1 %808, label %745, label %549, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @fact200(ptr dead_on_unwind noalias nocapture writable writeonly sret(i256) align 8 %0, i32 noundef %1) unnamed_addr #2 {
  %3 = icmp ult i32 %1, 2
  br i1 %3, label %25, label %4

4:                                                ; preds = %2
  %5 = add i32 %1, -1
  %6 = add i32 %1, -2
  %7 = and i32 %5, 3
  %8 = icmp ult i32 %6, 3
  br i1 %8, label %11, label %9

9:                                                ; preds = %4
  %10 = and i32 %5, -4
  br label %28

11:                                               ; preds = %28, %4
  %12 = phi i200 [ poison, %4 ], [ %42, %28 ]
  %13 = phi i32 [ 2, %4 ], [ %43, %28 ]
  %14 = phi i200 [ 1, %4 ], [ %42, %28 ]
  %15 = icmp eq i32 %7, 0
  br i1 %15, label %25, label %16

16:                                               ; preds = %11, %16
  %17 = phi i32 [ %22, %16 ], [ %13, %11 ]
  %18 = phi i200 [ %21, %16 ], [ %14, %11 ]
  %19 = phi i32 [ %23, %16 ], [ 0, %11 ]
  %20 = zext nneg i32 %17 to i200
  %21 = mul i200 %18, %20
  %22 = add nuw i32 %17, 1
  %23 = add i32 %19, 1
  %24 = icmp eq i32 %23, %7
  br i1 %24, label %25, label %16, !llvm.loop !19

25:                                               ; preds = %11, %16, %2
  %26 = phi i200 [ 1, %2 ], [ %12, %11 ], [ %21, %16 ]
  %27 = zext i200 %26 to i256
  store i256 %27, ptr %0, align 8, !tbaa !5
  ret void

28:                                               ; preds = %28, %9
  %29 = phi i32 [ 2, %9 ], [ %43, %28 ]
  %30 = phi i200 [ 1, %9 ], [ %42, %28 ]
  %31 = phi i32 [ 0, %9 ], [ %44, %28 ]
  %32 = zext nneg i32 %29 to i200
  %33 = mul i200 %30, %32
  %34 = or disjoint i32 %29, 1
  %35 = zext nneg i32 %34 to i200
  %36 = mul i200 %33, %35
  %37 = add nuw i32 %29, 2
  %38 = zext nneg i32 %37 to i200
  %39 = mul i200 %36, %38
  %40 = add nuw i32 %29, 3
  %41 = zext nneg i32 %40 to i200
  %42 = mul i200 %39, %41
  %43 = add nuw i32 %29, 4
  %44 = add i32 %31, 4
  %45 = icmp eq i32 %44, %10
  br i1 %45, label %11, label %28, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @poly(ptr dead_on_unwind noalias nocapture writable writeonly sret(i256) align 8 %0, ptr nocapture noundef readonly byval(i256) align 8 %1, ptr nocapture noundef readonly byval(i256) align 8 %2) unnamed_addr #3 {
  %4 = load i256, ptr %1, align 8, !tbaa !13
  %5 = load i256, ptr %2, align 8, !tbaa !13
  %6 = mul i256 %4, 3
  %7 = mul i256 %6, %4
  %8 = mul i256 %5, -5
  %9 = add i256 %8, %7
  %10 = xor i256 %5, %4
  %11 = add nsw i256 %9, %10
  %12 = xor i256 %5, -1
  %13 = and i256 %4, %12
  %14 = mul i256 %13, -7
  %15 = add i256 %11, %14
  store i256 %15, ptr %0, align 8, !tbaa !13
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal fastcc void @rotl136(ptr dead_on_unwind noalias nocapture writable writeonly sret([24 x i8]) align 8 %0, ptr nocapture noundef readonly byval([24 x i8]) align 8 %1, i32 noundef %2) unnamed_addr #3 {
  %4 = load i192, ptr %1, align 8, !tbaa !15
  %5 = trunc i192 %4 to i136
  %6 = urem i32 %2, 136
  %7 = icmp eq i32 %6, 0
  %8 = zext nneg i32 %6 to i136
  %9 = shl i136 %5, %8
  %10 = sub nuw nsw i32 136, %6
  %11 = zext nneg i32 %10 to i136
  %12 = lshr i136 %5, %11
  %13 = or i136 %9, %12
  %14 = select i1 %7, i136 %5, i136 %13
  %15 = zext i136 %14 to i192
  store i192 %15, ptr %0, align 8, !tbaa !15
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"_BitInt(200)", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"_BitInt(256)", !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"_BitInt(136)", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.unroll.disable"}
!21 = distinct !{!21, !18}
