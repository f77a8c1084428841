; ModuleID = 'vec_bytes.c'
source_filename = "vec_bytes.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@buf = internal global [1000 x i8] zeroinitializer, align 16
@flags = internal global [777 x i8] zeroinitializer, align 1
@.str = private unnamed_addr constant [31 x i8] c"count 0x41: %zu, count 0: %zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"widen sum: %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"signed widen: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [84 x i8] c"Hello, vectorized world! abcdefghijklmnopqrstuvwxyz 0123456789 The quick brown fox.\00", align 1
@out = internal global [1000 x i8] zeroinitializer, align 4
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

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [4 x i32], align 16
  %2 = alloca [200 x i16], align 16
  br label %3

3:                                                ; preds = %0, %3
  %4 = phi i64 [ 0, %0 ], [ %11, %3 ]
  %5 = phi i32 [ 12345, %0 ], [ %7, %3 ]
  %6 = mul i32 %5, 1103515245
  %7 = add i32 %6, 12345
  %8 = lshr i32 %7, 16
  %9 = trunc i32 %8 to i8
  %10 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %4
  store i8 %9, ptr %10, align 1, !tbaa !6
  %11 = add nuw nsw i64 %4, 1
  %12 = icmp eq i64 %11, 1000
  br i1 %12, label %13, label %3, !llvm.loop !9

13:                                               ; preds = %3, %13
  %14 = phi i64 [ %27, %13 ], [ 0, %3 ]
  %15 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %14
  %16 = getelementptr inbounds i8, ptr %15, i64 16
  %17 = load <16 x i8>, ptr %15, align 16, !tbaa !6
  %18 = load <16 x i8>, ptr %16, align 16, !tbaa !6
  %19 = and <16 x i8> %17, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %20 = and <16 x i8> %18, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %21 = icmp eq <16 x i8> %19, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %22 = icmp eq <16 x i8> %20, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %23 = getelementptr inbounds [777 x i8], ptr @flags, i64 0, i64 %14
  %24 = zext <16 x i1> %21 to <16 x i8>
  %25 = zext <16 x i1> %22 to <16 x i8>
  %26 = getelementptr inbounds i8, ptr %23, i64 16
  store <16 x i8> %24, ptr %23, align 1, !tbaa !11
  store <16 x i8> %25, ptr %26, align 1, !tbaa !11
  %27 = add nuw i64 %14, 32
  %28 = icmp eq i64 %27, 768
  br i1 %28, label %29, label %13, !llvm.loop !13

29:                                               ; preds = %13
  %30 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 768), align 16, !tbaa !6
  %31 = and <8 x i8> %30, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %32 = icmp eq <8 x i8> %31, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %33 = zext <8 x i1> %32 to <8 x i8>
  store <8 x i8> %33, ptr getelementptr inbounds (i8, ptr @flags, i64 768), align 1, !tbaa !11
  %34 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 776), align 8, !tbaa !6
  %35 = and i8 %34, 5
  %36 = icmp eq i8 %35, 1
  %37 = zext i1 %36 to i8
  store i8 %37, ptr getelementptr inbounds (i8, ptr @flags, i64 776), align 1, !tbaa !11
  %38 = tail call fastcc i64 @count_byte(i64 noundef 1000, i8 noundef 65)
  %39 = tail call fastcc i64 @count_byte(i64 noundef 997, i8 noundef 0)
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %38, i64 noundef %39)
  %41 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @buf, i64 noundef 1000)
  %42 = tail call fastcc i32 @widen_sum(ptr noundef nonnull getelementptr inbounds (i8, ptr @buf, i64 3), i64 noundef 61)
  %43 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %41, i32 noundef %42)
  %44 = tail call fastcc i32 @signed_widen_sum()
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %44)
  tail call fastcc void @to_upper(i64 noundef 84)
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @out)
  tail call fastcc void @xor_cipher(i64 noundef 83)
  br label %362

47:                                               ; preds = %362
  tail call fastcc void @xor_cipher(i64 noundef 83)
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %369, ptr noundef nonnull @out)
  %49 = tail call fastcc i32 @count_true(ptr noundef nonnull @flags, i32 noundef 777)
  %50 = tail call fastcc i32 @count_true(ptr noundef nonnull getelementptr inbounds (i8, ptr @flags, i64 5), i32 noundef 100)
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %49, i32 noundef %50)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1000) @out, ptr noundef nonnull align 16 dereferenceable(1000) @buf, i64 1000, i1 false)
  tail call fastcc void @clamp_store()
  %52 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @out, i64 noundef 1000)
  %53 = load i8, ptr getelementptr inbounds (i8, ptr @out, i64 17), align 1, !tbaa !6
  %54 = zext i8 %53 to i32
  %55 = tail call fastcc i8 @max_byte(ptr noundef nonnull @out)
  %56 = zext i8 %55 to i32
  %57 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %52, i32 noundef %54, i32 noundef %56)
  %58 = tail call fastcc i8 @max_byte(ptr noundef nonnull @buf)
  %59 = zext i8 %58 to i32
  %60 = tail call fastcc i8 @min_sbyte()
  %61 = sext i8 %60 to i32
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %59, i32 noundef %61)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(300) @out, i8 7, i64 300, i1 false)
  store i8 0, ptr getelementptr inbounds (i8, ptr @out, i64 211), align 1, !tbaa !6
  %63 = tail call fastcc i1 @any_zero(i32 noundef 300)
  %64 = zext i1 %63 to i32
  %65 = tail call fastcc i1 @any_zero(i32 noundef 200)
  %66 = zext i1 %65 to i32
  %67 = tail call fastcc i32 @all_below(ptr noundef nonnull @buf, i8 noundef -1)
  %68 = tail call fastcc i32 @all_below(ptr noundef nonnull @out, i8 noundef 8)
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %64, i32 noundef %66, i32 noundef %67, i32 noundef %68)
  store <4 x i32> <i32 3, i32 -5, i32 7, i32 11>, ptr %1, align 16, !tbaa !16
  %70 = call fastcc i32 @lane_pick(ptr noundef nonnull %1)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %70)
  %72 = tail call fastcc i64 @first_zero(i64 noundef 300)
  %73 = tail call fastcc i64 @first_zero(i64 noundef 200)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %72, i64 noundef %73)
  %75 = tail call fastcc i64 @histogram_mix()
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef %75)
  tail call fastcc void @sat_add()
  %77 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @out, i64 noundef 500)
  %78 = load i8, ptr @out, align 4, !tbaa !6
  %79 = zext i8 %78 to i32
  %80 = load i8, ptr getelementptr inbounds (i8, ptr @out, i64 499), align 1, !tbaa !6
  %81 = zext i8 %80 to i32
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %77, i32 noundef %79, i32 noundef %81)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %2) #12
  call fastcc void @u16_from_bytes(ptr noundef nonnull %2)
  %83 = getelementptr inbounds i8, ptr %2, i64 48
  %84 = load <8 x i16>, ptr %83, align 16, !tbaa !18
  %85 = xor <8 x i16> %84, <i16 24, i16 25, i16 26, i16 27, i16 28, i16 29, i16 30, i16 31>
  %86 = zext <8 x i16> %85 to <8 x i32>
  %87 = getelementptr inbounds i8, ptr %2, i64 16
  %88 = load <8 x i16>, ptr %87, align 16, !tbaa !18
  %89 = xor <8 x i16> %88, <i16 8, i16 9, i16 10, i16 11, i16 12, i16 13, i16 14, i16 15>
  %90 = zext <8 x i16> %89 to <8 x i32>
  %91 = add nuw nsw <8 x i32> %86, %90
  %92 = getelementptr inbounds i8, ptr %2, i64 80
  %93 = load <8 x i16>, ptr %92, align 16, !tbaa !18
  %94 = xor <8 x i16> %93, <i16 40, i16 41, i16 42, i16 43, i16 44, i16 45, i16 46, i16 47>
  %95 = zext <8 x i16> %94 to <8 x i32>
  %96 = add nuw nsw <8 x i32> %91, %95
  %97 = getelementptr inbounds i8, ptr %2, i64 112
  %98 = load <8 x i16>, ptr %97, align 16, !tbaa !18
  %99 = xor <8 x i16> %98, <i16 56, i16 57, i16 58, i16 59, i16 60, i16 61, i16 62, i16 63>
  %100 = zext <8 x i16> %99 to <8 x i32>
  %101 = add nuw nsw <8 x i32> %96, %100
  %102 = getelementptr inbounds i8, ptr %2, i64 144
  %103 = load <8 x i16>, ptr %102, align 16, !tbaa !18
  %104 = xor <8 x i16> %103, <i16 72, i16 73, i16 74, i16 75, i16 76, i16 77, i16 78, i16 79>
  %105 = zext <8 x i16> %104 to <8 x i32>
  %106 = add nuw nsw <8 x i32> %101, %105
  %107 = getelementptr inbounds i8, ptr %2, i64 176
  %108 = load <8 x i16>, ptr %107, align 16, !tbaa !18
  %109 = xor <8 x i16> %108, <i16 88, i16 89, i16 90, i16 91, i16 92, i16 93, i16 94, i16 95>
  %110 = zext <8 x i16> %109 to <8 x i32>
  %111 = add nuw nsw <8 x i32> %106, %110
  %112 = getelementptr inbounds i8, ptr %2, i64 208
  %113 = load <8 x i16>, ptr %112, align 16, !tbaa !18
  %114 = xor <8 x i16> %113, <i16 104, i16 105, i16 106, i16 107, i16 108, i16 109, i16 110, i16 111>
  %115 = zext <8 x i16> %114 to <8 x i32>
  %116 = add nuw nsw <8 x i32> %111, %115
  %117 = getelementptr inbounds i8, ptr %2, i64 240
  %118 = load <8 x i16>, ptr %117, align 16, !tbaa !18
  %119 = xor <8 x i16> %118, <i16 120, i16 121, i16 122, i16 123, i16 124, i16 125, i16 126, i16 127>
  %120 = zext <8 x i16> %119 to <8 x i32>
  %121 = add <8 x i32> %116, %120
  %122 = getelementptr inbounds i8, ptr %2, i64 272
  %123 = load <8 x i16>, ptr %122, align 16, !tbaa !18
  %124 = xor <8 x i16> %123, <i16 136, i16 137, i16 138, i16 139, i16 140, i16 141, i16 142, i16 143>
  %125 = zext <8 x i16> %124 to <8 x i32>
  %126 = add <8 x i32> %121, %125
  %127 = getelementptr inbounds i8, ptr %2, i64 304
  %128 = load <8 x i16>, ptr %127, align 16, !tbaa !18
  %129 = xor <8 x i16> %128, <i16 152, i16 153, i16 154, i16 155, i16 156, i16 157, i16 158, i16 159>
  %130 = zext <8 x i16> %129 to <8 x i32>
  %131 = add <8 x i32> %126, %130
  %132 = getelementptr inbounds i8, ptr %2, i64 336
  %133 = load <8 x i16>, ptr %132, align 16, !tbaa !18
  %134 = xor <8 x i16> %133, <i16 168, i16 169, i16 170, i16 171, i16 172, i16 173, i16 174, i16 175>
  %135 = zext <8 x i16> %134 to <8 x i32>
  %136 = add <8 x i32> %131, %135
  %137 = getelementptr inbounds i8, ptr %2, i64 368
  %138 = load <8 x i16>, ptr %137, align 16, !tbaa !18
  %139 = xor <8 x i16> %138, <i16 184, i16 185, i16 186, i16 187, i16 188, i16 189, i16 190, i16 191>
  %140 = zext <8 x i16> %139 to <8 x i32>
  %141 = add <8 x i32> %136, %140
  %142 = getelementptr inbounds i8, ptr %2, i64 32
  %143 = load <8 x i16>, ptr %142, align 16, !tbaa !18
  %144 = xor <8 x i16> %143, <i16 16, i16 17, i16 18, i16 19, i16 20, i16 21, i16 22, i16 23>
  %145 = zext <8 x i16> %144 to <8 x i32>
  %146 = load <8 x i16>, ptr %2, align 16, !tbaa !18
  %147 = xor <8 x i16> %146, <i16 0, i16 1, i16 2, i16 3, i16 4, i16 5, i16 6, i16 7>
  %148 = zext <8 x i16> %147 to <8 x i32>
  %149 = add nuw nsw <8 x i32> %145, %148
  %150 = getelementptr inbounds i8, ptr %2, i64 64
  %151 = load <8 x i16>, ptr %150, align 16, !tbaa !18
  %152 = xor <8 x i16> %151, <i16 32, i16 33, i16 34, i16 35, i16 36, i16 37, i16 38, i16 39>
  %153 = zext <8 x i16> %152 to <8 x i32>
  %154 = add nuw nsw <8 x i32> %149, %153
  %155 = getelementptr inbounds i8, ptr %2, i64 96
  %156 = load <8 x i16>, ptr %155, align 16, !tbaa !18
  %157 = xor <8 x i16> %156, <i16 48, i16 49, i16 50, i16 51, i16 52, i16 53, i16 54, i16 55>
  %158 = zext <8 x i16> %157 to <8 x i32>
  %159 = add nuw nsw <8 x i32> %154, %158
  %160 = getelementptr inbounds i8, ptr %2, i64 128
  %161 = load <8 x i16>, ptr %160, align 16, !tbaa !18
  %162 = xor <8 x i16> %161, <i16 64, i16 65, i16 66, i16 67, i16 68, i16 69, i16 70, i16 71>
  %163 = zext <8 x i16> %162 to <8 x i32>
  %164 = add nuw nsw <8 x i32> %159, %163
  %165 = getelementptr inbounds i8, ptr %2, i64 160
  %166 = load <8 x i16>, ptr %165, align 16, !tbaa !18
  %167 = xor <8 x i16> %166, <i16 80, i16 81, i16 82, i16 83, i16 84, i16 85, i16 86, i16 87>
  %168 = zext <8 x i16> %167 to <8 x i32>
  %169 = add nuw nsw <8 x i32> %164, %168
  %170 = getelementptr inbounds i8, ptr %2, i64 192
  %171 = load <8 x i16>, ptr %170, align 16, !tbaa !18
  %172 = xor <8 x i16> %171, <i16 96, i16 97, i16 98, i16 99, i16 100, i16 101, i16 102, i16 103>
  %173 = zext <8 x i16> %172 to <8 x i32>
  %174 = add nuw nsw <8 x i32> %169, %173
  %175 = getelementptr inbounds i8, ptr %2, i64 224
  %176 = load <8 x i16>, ptr %175, align 16, !tbaa !18
  %177 = xor <8 x i16> %176, <i16 112, i16 113, i16 114, i16 115, i16 116, i16 117, i16 118, i16 119>
  %178 = zext <8 x i16> %177 to <8 x i32>
  %179 = add <8 x i32> %174, %178
  %180 = getelementptr inbounds i8, ptr %2, i64 256
  %181 = load <8 x i16>, ptr %180, align 16, !tbaa !18
  %182 = xor <8 x i16> %181, <i16 128, i16 129, i16 130, i16 131, i16 132, i16 133, i16 134, i16 135>
  %183 = zext <8 x i16> %182 to <8 x i32>
  %184 = add <8 x i32> %179, %183
  %185 = getelementptr inbounds i8, ptr %2, i64 288
  %186 = load <8 x i16>, ptr %185, align 16, !tbaa !18
  %187 = xor <8 x i16> %186, <i16 144, i16 145, i16 146, i16 147, i16 148, i16 149, i16 150, i16 151>
  %188 = zext <8 x i16> %187 to <8 x i32>
  %189 = add <8 x i32> %184, %188
  %190 = getelementptr inbounds i8, ptr %2, i64 320
  %191 = load <8 x i16>, ptr %190, align 16, !tbaa !18
  %192 = xor <8 x i16> %191, <i16 160, i16 161, i16 162, i16 163, i16 164, i16 165, i16 166, i16 167>
  %193 = zext <8 x i16> %192 to <8 x i32>
  %194 = add <8 x i32> %189, %193
  %195 = getelementptr inbounds i8, ptr %2, i64 352
  %196 = load <8 x i16>, ptr %195, align 16, !tbaa !18
  %197 = xor <8 x i16> %196, <i16 176, i16 177, i16 178, i16 179, i16 180, i16 181, i16 182, i16 183>
  %198 = zext <8 x i16> %197 to <8 x i32>
  %199 = add <8 x i32> %194, %198
  %200 = add <8 x i32> %141, %199
  %201 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %200)
  %202 = getelementptr inbounds i8, ptr %2, i64 384
  %203 = load i16, ptr %202, align 16, !tbaa !18
  %204 = xor i16 %203, 192
  %205 = zext i16 %204 to i32
  %206 = add i32 %201, %205
  %207 = getelementptr inbounds i8, ptr %2, i64 386
  %208 = load i16, ptr %207, align 2, !tbaa !18
  %209 = xor i16 %208, 193
  %210 = zext i16 %209 to i32
  %211 = add i32 %206, %210
  %212 = getelementptr inbounds i8, ptr %2, i64 388
  %213 = load i16, ptr %212, align 4, !tbaa !18
  %214 = xor i16 %213, 194
  %215 = zext i16 %214 to i32
  %216 = add i32 %211, %215
  %217 = getelementptr inbounds i8, ptr %2, i64 390
  %218 = load i16, ptr %217, align 2, !tbaa !18
  %219 = xor i16 %218, 195
  %220 = zext i16 %219 to i32
  %221 = add i32 %216, %220
  %222 = getelementptr inbounds i8, ptr %2, i64 392
  %223 = load i16, ptr %222, align 8, !tbaa !18
  %224 = xor i16 %223, 196
  %225 = zext i16 %224 to i32
  %226 = add i32 %221, %225
  %227 = getelementptr inbounds i8, ptr %2, i64 394
  %228 = load i16, ptr %227, align 2, !tbaa !18
  %229 = xor i16 %228, 197
  %230 = zext i16 %229 to i32
  %231 = add i32 %226, %230
  %232 = getelementptr inbounds i8, ptr %2, i64 396
  %233 = load i16, ptr %232, align 4, !tbaa !18
  %234 = xor i16 %233, 198
  %235 = zext i16 %234 to i32
  %236 = add i32 %231, %235
  %237 = getelementptr inbounds i8, ptr %2, i64 398
  %238 = load i16, ptr %237, align 2, !tbaa !18
  %239 = xor i16 %238, 199
  %240 = zext i16 %239 to i32
  %241 = add i32 %236, %240
  %242 = getelementptr inbounds i8, ptr %2, i64 14
  %243 = load i16, ptr %242, align 2, !tbaa !18
  %244 = zext i16 %243 to i32
  %245 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %241, i32 noundef %244)
  %246 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef 10, i32 noundef -17, i32 noundef 32, i32 noundef -39, i32 noundef 2635)
  %247 = load <16 x i8>, ptr @buf, align 16
  %248 = extractelement <16 x i8> %247, i64 7
  %249 = insertelement <16 x i8> %247, i8 %248, i64 1
  %250 = extractelement <16 x i8> %247, i64 14
  %251 = insertelement <16 x i8> %249, i8 %250, i64 2
  %252 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 21), align 1, !tbaa !6
  %253 = insertelement <16 x i8> %251, i8 %252, i64 3
  %254 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 28), align 4, !tbaa !6
  %255 = insertelement <16 x i8> %253, i8 %254, i64 4
  %256 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 35), align 1, !tbaa !6
  %257 = insertelement <16 x i8> %255, i8 %256, i64 5
  %258 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 42), align 2, !tbaa !6
  %259 = insertelement <16 x i8> %257, i8 %258, i64 6
  %260 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 49), align 1, !tbaa !6
  %261 = insertelement <16 x i8> %259, i8 %260, i64 7
  %262 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 56), align 8, !tbaa !6
  %263 = insertelement <16 x i8> %261, i8 %262, i64 8
  %264 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 63), align 1, !tbaa !6
  %265 = insertelement <16 x i8> %263, i8 %264, i64 9
  %266 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 70), align 2, !tbaa !6
  %267 = insertelement <16 x i8> %265, i8 %266, i64 10
  %268 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 77), align 1, !tbaa !6
  %269 = insertelement <16 x i8> %267, i8 %268, i64 11
  %270 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 84), align 4, !tbaa !6
  %271 = insertelement <16 x i8> %269, i8 %270, i64 12
  %272 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 91), align 1, !tbaa !6
  %273 = insertelement <16 x i8> %271, i8 %272, i64 13
  %274 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 98), align 2, !tbaa !6
  %275 = insertelement <16 x i8> %273, i8 %274, i64 14
  %276 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 105), align 1, !tbaa !6
  %277 = insertelement <16 x i8> %275, i8 %276, i64 15
  %278 = shufflevector <16 x i8> %277, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %279 = xor <16 x i8> %278, %277
  %280 = add <16 x i8> %279, <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 16>
  %281 = extractelement <16 x i8> %280, i64 0
  %282 = zext i8 %281 to i32
  %283 = mul nuw nsw i32 %282, 3
  %284 = extractelement <16 x i8> %280, i64 1
  %285 = zext i8 %284 to i32
  %286 = add nuw nsw i32 %283, %285
  %287 = mul nuw nsw i32 %286, 3
  %288 = extractelement <16 x i8> %280, i64 2
  %289 = zext i8 %288 to i32
  %290 = add nuw nsw i32 %287, %289
  %291 = mul nuw nsw i32 %290, 3
  %292 = extractelement <16 x i8> %280, i64 3
  %293 = zext i8 %292 to i32
  %294 = add nuw nsw i32 %291, %293
  %295 = mul nuw nsw i32 %294, 3
  %296 = extractelement <16 x i8> %280, i64 4
  %297 = zext i8 %296 to i32
  %298 = add nuw nsw i32 %295, %297
  %299 = mul nuw nsw i32 %298, 3
  %300 = extractelement <16 x i8> %280, i64 5
  %301 = zext i8 %300 to i32
  %302 = add nuw nsw i32 %299, %301
  %303 = mul nuw nsw i32 %302, 3
  %304 = extractelement <16 x i8> %280, i64 6
  %305 = zext i8 %304 to i32
  %306 = add nuw nsw i32 %303, %305
  %307 = mul nuw nsw i32 %306, 3
  %308 = extractelement <16 x i8> %280, i64 7
  %309 = zext i8 %308 to i32
  %310 = add nuw nsw i32 %307, %309
  %311 = mul nuw nsw i32 %310, 3
  %312 = extractelement <16 x i8> %280, i64 8
  %313 = zext i8 %312 to i32
  %314 = add nuw nsw i32 %311, %313
  %315 = mul nuw nsw i32 %314, 3
  %316 = extractelement <16 x i8> %280, i64 9
  %317 = zext i8 %316 to i32
  %318 = add nuw nsw i32 %315, %317
  %319 = mul nuw nsw i32 %318, 3
  %320 = extractelement <16 x i8> %280, i64 10
  %321 = zext i8 %320 to i32
  %322 = add nuw nsw i32 %319, %321
  %323 = mul nuw nsw i32 %322, 3
  %324 = extractelement <16 x i8> %280, i64 11
  %325 = zext i8 %324 to i32
  %326 = add nuw nsw i32 %323, %325
  %327 = mul nuw nsw i32 %326, 3
  %328 = extractelement <16 x i8> %280, i64 12
  %329 = zext i8 %328 to i32
  %330 = add nuw nsw i32 %327, %329
  %331 = mul nuw nsw i32 %330, 3
  %332 = extractelement <16 x i8> %280, i64 13
  %333 = zext i8 %332 to i32
  %334 = add nuw nsw i32 %331, %333
  %335 = mul nuw nsw i32 %334, 3
  %336 = extractelement <16 x i8> %280, i64 14
  %337 = zext i8 %336 to i32
  %338 = add nuw nsw i32 %335, %337
  %339 = extractelement <16 x i8> %280, i64 15
  %340 = zext i8 %339 to i32
  %341 = shufflevector <16 x i8> %280, <16 x i8> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %342 = zext <4 x i8> %341 to <4 x i16>
  %343 = mul nuw nsw <4 x i16> %342, <i16 3, i16 3, i16 3, i16 3>
  %344 = add nsw <4 x i16> %343, <i16 -100, i16 -200, i16 -300, i16 -400>
  %345 = ashr <4 x i16> %344, <i16 1, i16 1, i16 1, i16 1>
  %346 = tail call i16 @llvm.vector.reduce.add.v4i16(<4 x i16> %345)
  %347 = sext i16 %346 to i32
  %348 = shufflevector <16 x i8> %280, <16 x i8> poison, <4 x i32> <i32 8, i32 10, i32 12, i32 14>
  %349 = zext <4 x i8> %348 to <4 x i16>
  %350 = mul nuw nsw <4 x i16> %349, <i16 3, i16 3, i16 3, i16 3>
  %351 = add nsw <4 x i16> %350, <i16 -500, i16 -600, i16 -700, i16 -800>
  %352 = ashr <4 x i16> %351, <i16 1, i16 1, i16 1, i16 1>
  %353 = sext <4 x i16> %352 to <4 x i32>
  %354 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %353)
  %355 = add i32 %354, %347
  %356 = mul i32 %338, 3
  %357 = add i32 %356, %340
  %358 = bitcast <16 x i8> %280 to <4 x i32>
  %359 = extractelement <4 x i32> %358, i64 0
  %360 = extractelement <4 x i32> %358, i64 3
  %361 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %357, i32 noundef %355, i32 noundef %359, i32 noundef %360)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %2) #12
  ret i32 0

362:                                              ; preds = %29, %362
  %363 = phi i32 [ 0, %29 ], [ %369, %362 ]
  %364 = phi i64 [ 0, %29 ], [ %370, %362 ]
  %365 = mul i32 %363, 33
  %366 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %364
  %367 = load i8, ptr %366, align 1, !tbaa !6
  %368 = zext i8 %367 to i32
  %369 = add i32 %365, %368
  %370 = add nuw nsw i64 %364, 1
  %371 = icmp eq i64 %370, 83
  br i1 %371, label %47, label %362, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @count_byte(i64 noundef %0, i8 noundef %1) unnamed_addr #3 {
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %58, label %4

4:                                                ; preds = %2
  %5 = icmp ult i64 %0, 8
  br i1 %5, label %35, label %6

6:                                                ; preds = %4
  %7 = icmp ult i64 %0, 32
  br i1 %7, label %38, label %8

8:                                                ; preds = %6
  %9 = and i64 %0, -32
  %10 = insertelement <16 x i8> poison, i8 %1, i64 0
  %11 = shufflevector <16 x i8> %10, <16 x i8> poison, <16 x i32> zeroinitializer
  br label %12

12:                                               ; preds = %12, %8
  %13 = phi i64 [ 0, %8 ], [ %26, %12 ]
  %14 = phi <16 x i64> [ zeroinitializer, %8 ], [ %24, %12 ]
  %15 = phi <16 x i64> [ zeroinitializer, %8 ], [ %25, %12 ]
  %16 = getelementptr inbounds i8, ptr @buf, i64 %13
  %17 = getelementptr inbounds i8, ptr %16, i64 16
  %18 = load <16 x i8>, ptr %16, align 16, !tbaa !6
  %19 = load <16 x i8>, ptr %17, align 16, !tbaa !6
  %20 = icmp eq <16 x i8> %18, %11
  %21 = icmp eq <16 x i8> %19, %11
  %22 = zext <16 x i1> %20 to <16 x i64>
  %23 = zext <16 x i1> %21 to <16 x i64>
  %24 = add <16 x i64> %14, %22
  %25 = add <16 x i64> %15, %23
  %26 = add nuw i64 %13, 32
  %27 = icmp eq i64 %26, %9
  br i1 %27, label %28, label %12, !llvm.loop !21

28:                                               ; preds = %12
  %29 = add <16 x i64> %25, %24
  %30 = tail call i64 @llvm.vector.reduce.add.v16i64(<16 x i64> %29)
  %31 = icmp eq i64 %9, %0
  br i1 %31, label %58, label %32

32:                                               ; preds = %28
  %33 = and i64 %0, 24
  %34 = icmp eq i64 %33, 0
  br i1 %34, label %35, label %38

35:                                               ; preds = %55, %4, %32
  %36 = phi i64 [ 0, %4 ], [ %9, %32 ], [ %41, %55 ]
  %37 = phi i64 [ 0, %4 ], [ %30, %32 ], [ %56, %55 ]
  br label %60

38:                                               ; preds = %6, %32
  %39 = phi i64 [ %30, %32 ], [ 0, %6 ]
  %40 = phi i64 [ %9, %32 ], [ 0, %6 ]
  %41 = and i64 %0, -8
  %42 = insertelement <8 x i64> <i64 poison, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, i64 %39, i64 0
  %43 = insertelement <8 x i8> poison, i8 %1, i64 0
  %44 = shufflevector <8 x i8> %43, <8 x i8> poison, <8 x i32> zeroinitializer
  br label %45

45:                                               ; preds = %45, %38
  %46 = phi i64 [ %40, %38 ], [ %53, %45 ]
  %47 = phi <8 x i64> [ %42, %38 ], [ %52, %45 ]
  %48 = getelementptr inbounds i8, ptr @buf, i64 %46
  %49 = load <8 x i8>, ptr %48, align 8, !tbaa !6
  %50 = icmp eq <8 x i8> %49, %44
  %51 = zext <8 x i1> %50 to <8 x i64>
  %52 = add <8 x i64> %47, %51
  %53 = add nuw i64 %46, 8
  %54 = icmp eq i64 %53, %41
  br i1 %54, label %55, label %45, !llvm.loop !22

55:                                               ; preds = %45
  %56 = tail call i64 @llvm.vector.reduce.add.v8i64(<8 x i64> %52)
  %57 = icmp eq i64 %41, %0
  br i1 %57, label %58, label %35

58:                                               ; preds = %60, %28, %55, %2
  %59 = phi i64 [ 0, %2 ], [ %30, %28 ], [ %56, %55 ], [ %67, %60 ]
  ret i64 %59

60:                                               ; preds = %35, %60
  %61 = phi i64 [ %68, %60 ], [ %36, %35 ]
  %62 = phi i64 [ %67, %60 ], [ %37, %35 ]
  %63 = getelementptr inbounds i8, ptr @buf, i64 %61
  %64 = load i8, ptr %63, align 1, !tbaa !6
  %65 = icmp eq i8 %64, %1
  %66 = zext i1 %65 to i64
  %67 = add i64 %62, %66
  %68 = add nuw nsw i64 %61, 1
  %69 = icmp eq i64 %68, %0
  br i1 %69, label %58, label %60, !llvm.loop !23
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @widen_sum(ptr nocapture noundef readonly %0, i64 noundef %1) unnamed_addr #4 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %51, label %4

4:                                                ; preds = %2
  %5 = icmp ult i64 %1, 8
  br i1 %5, label %31, label %6

6:                                                ; preds = %4
  %7 = icmp ult i64 %1, 32
  br i1 %7, label %34, label %8

8:                                                ; preds = %6
  %9 = and i64 %1, -32
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %22, %10 ]
  %12 = phi <16 x i32> [ zeroinitializer, %8 ], [ %20, %10 ]
  %13 = phi <16 x i32> [ zeroinitializer, %8 ], [ %21, %10 ]
  %14 = getelementptr inbounds i8, ptr %0, i64 %11
  %15 = getelementptr inbounds i8, ptr %14, i64 16
  %16 = load <16 x i8>, ptr %14, align 1, !tbaa !6
  %17 = load <16 x i8>, ptr %15, align 1, !tbaa !6
  %18 = zext <16 x i8> %16 to <16 x i32>
  %19 = zext <16 x i8> %17 to <16 x i32>
  %20 = add <16 x i32> %12, %18
  %21 = add <16 x i32> %13, %19
  %22 = add nuw i64 %11, 32
  %23 = icmp eq i64 %22, %9
  br i1 %23, label %24, label %10, !llvm.loop !24

24:                                               ; preds = %10
  %25 = add <16 x i32> %21, %20
  %26 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %25)
  %27 = icmp eq i64 %9, %1
  br i1 %27, label %51, label %28

28:                                               ; preds = %24
  %29 = and i64 %1, 24
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %31, label %34

31:                                               ; preds = %48, %4, %28
  %32 = phi i64 [ 0, %4 ], [ %9, %28 ], [ %37, %48 ]
  %33 = phi i32 [ 0, %4 ], [ %26, %28 ], [ %49, %48 ]
  br label %53

34:                                               ; preds = %6, %28
  %35 = phi i32 [ %26, %28 ], [ 0, %6 ]
  %36 = phi i64 [ %9, %28 ], [ 0, %6 ]
  %37 = and i64 %1, -8
  %38 = insertelement <8 x i32> <i32 poison, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>, i32 %35, i64 0
  br label %39

39:                                               ; preds = %39, %34
  %40 = phi i64 [ %36, %34 ], [ %46, %39 ]
  %41 = phi <8 x i32> [ %38, %34 ], [ %45, %39 ]
  %42 = getelementptr inbounds i8, ptr %0, i64 %40
  %43 = load <8 x i8>, ptr %42, align 1, !tbaa !6
  %44 = zext <8 x i8> %43 to <8 x i32>
  %45 = add <8 x i32> %41, %44
  %46 = add nuw i64 %40, 8
  %47 = icmp eq i64 %46, %37
  br i1 %47, label %48, label %39, !llvm.loop !25

48:                                               ; preds = %39
  %49 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %45)
  %50 = icmp eq i64 %37, %1
  br i1 %50, label %51, label %31

51:                                               ; preds = %53, %24, %48, %2
  %52 = phi i32 [ 0, %2 ], [ %26, %24 ], [ %49, %48 ], [ %59, %53 ]
  ret i32 %52

53:                                               ; preds = %31, %53
  %54 = phi i64 [ %60, %53 ], [ %32, %31 ]
  %55 = phi i32 [ %59, %53 ], [ %33, %31 ]
  %56 = getelementptr inbounds i8, ptr %0, i64 %54
  %57 = load i8, ptr %56, align 1, !tbaa !6
  %58 = zext i8 %57 to i32
  %59 = add i32 %55, %58
  %60 = add nuw nsw i64 %54, 1
  %61 = icmp eq i64 %60, %1
  br i1 %61, label %51, label %53, !llvm.loop !26
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @signed_widen_sum() unnamed_addr #3 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %17, %1 ]
  %3 = phi <16 x i32> [ zeroinitializer, %0 ], [ %15, %1 ]
  %4 = phi <16 x i32> [ zeroinitializer, %0 ], [ %16, %1 ]
  %5 = getelementptr inbounds i8, ptr @buf, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <16 x i8>, ptr %5, align 16, !tbaa !6
  %8 = load <16 x i8>, ptr %6, align 16, !tbaa !6
  %9 = sext <16 x i8> %7 to <16 x i32>
  %10 = sext <16 x i8> %8 to <16 x i32>
  %11 = mul nsw <16 x i32> %9, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %12 = mul nsw <16 x i32> %10, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %13 = add <16 x i32> %3, <i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1>
  %14 = add <16 x i32> %4, <i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1>
  %15 = add <16 x i32> %13, %11
  %16 = add <16 x i32> %14, %12
  %17 = add nuw i64 %2, 32
  %18 = icmp eq i64 %17, 992
  br i1 %18, label %19, label %1, !llvm.loop !27

19:                                               ; preds = %1
  %20 = add <16 x i32> %16, %15
  %21 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %20)
  %22 = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %21, i64 0
  %23 = add <4 x i32> %22, <i32 -1, i32 -1, i32 -1, i32 -1>
  %24 = load <4 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !6
  %25 = sext <4 x i8> %24 to <4 x i32>
  %26 = mul nsw <4 x i32> %25, <i32 3, i32 3, i32 3, i32 3>
  %27 = add <4 x i32> %23, %26
  %28 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %27)
  %29 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 996), align 4, !tbaa !6
  %30 = sext i8 %29 to i32
  %31 = mul nsw i32 %30, 3
  %32 = add i32 %28, -1
  %33 = add i32 %32, %31
  %34 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 997), align 1, !tbaa !6
  %35 = sext i8 %34 to i32
  %36 = mul nsw i32 %35, 3
  %37 = add i32 %33, -1
  %38 = add i32 %37, %36
  %39 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 998), align 2, !tbaa !6
  %40 = sext i8 %39 to i32
  %41 = mul nsw i32 %40, 3
  %42 = add i32 %38, -1
  %43 = add i32 %42, %41
  ret i32 %43
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(write, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @to_upper(i64 noundef %0) unnamed_addr #5 {
  %2 = icmp eq i64 %0, 0
  br i1 %2, label %50, label %3

3:                                                ; preds = %1
  %4 = icmp ult i64 %0, 8
  br i1 %4, label %32, label %5

5:                                                ; preds = %3
  %6 = icmp ult i64 %0, 32
  br i1 %6, label %34, label %7

7:                                                ; preds = %5
  %8 = and i64 %0, -32
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %25, %9 ]
  %11 = getelementptr inbounds i8, ptr @.str.3, i64 %10
  %12 = getelementptr inbounds i8, ptr %11, i64 16
  %13 = load <16 x i8>, ptr %11, align 1, !tbaa !6
  %14 = load <16 x i8>, ptr %12, align 1, !tbaa !6
  %15 = add <16 x i8> %13, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>
  %16 = add <16 x i8> %14, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>
  %17 = icmp ult <16 x i8> %15, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>
  %18 = icmp ult <16 x i8> %16, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>
  %19 = add <16 x i8> %13, <i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32>
  %20 = add <16 x i8> %14, <i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32>
  %21 = select <16 x i1> %17, <16 x i8> %19, <16 x i8> %13
  %22 = select <16 x i1> %18, <16 x i8> %20, <16 x i8> %14
  %23 = getelementptr inbounds i8, ptr @out, i64 %10
  %24 = getelementptr inbounds i8, ptr %23, i64 16
  store <16 x i8> %21, ptr %23, align 4, !tbaa !6
  store <16 x i8> %22, ptr %24, align 4, !tbaa !6
  %25 = add nuw i64 %10, 32
  %26 = icmp eq i64 %25, %8
  br i1 %26, label %27, label %9, !llvm.loop !28

27:                                               ; preds = %9
  %28 = icmp eq i64 %8, %0
  br i1 %28, label %50, label %29

29:                                               ; preds = %27
  %30 = and i64 %0, 24
  %31 = icmp eq i64 %30, 0
  br i1 %31, label %32, label %34

32:                                               ; preds = %48, %3, %29
  %33 = phi i64 [ 0, %3 ], [ %8, %29 ], [ %36, %48 ]
  br label %51

34:                                               ; preds = %5, %29
  %35 = phi i64 [ %8, %29 ], [ 0, %5 ]
  %36 = and i64 %0, -8
  br label %37

37:                                               ; preds = %37, %34
  %38 = phi i64 [ %35, %34 ], [ %46, %37 ]
  %39 = getelementptr inbounds i8, ptr @.str.3, i64 %38
  %40 = load <8 x i8>, ptr %39, align 1, !tbaa !6
  %41 = add <8 x i8> %40, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>
  %42 = icmp ult <8 x i8> %41, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>
  %43 = add <8 x i8> %40, <i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32>
  %44 = select <8 x i1> %42, <8 x i8> %43, <8 x i8> %40
  %45 = getelementptr inbounds i8, ptr @out, i64 %38
  store <8 x i8> %44, ptr %45, align 4, !tbaa !6
  %46 = add nuw i64 %38, 8
  %47 = icmp eq i64 %46, %36
  br i1 %47, label %48, label %37, !llvm.loop !29

48:                                               ; preds = %37
  %49 = icmp eq i64 %36, %0
  br i1 %49, label %50, label %32

50:                                               ; preds = %51, %27, %48, %1
  ret void

51:                                               ; preds = %32, %51
  %52 = phi i64 [ %60, %51 ], [ %33, %32 ]
  %53 = getelementptr inbounds i8, ptr @.str.3, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !6
  %55 = add i8 %54, -97
  %56 = icmp ult i8 %55, 26
  %57 = add i8 %54, -32
  %58 = select i1 %56, i8 %57, i8 %54
  %59 = getelementptr inbounds i8, ptr @out, i64 %52
  store i8 %58, ptr %59, align 1, !tbaa !6
  %60 = add nuw i64 %52, 1
  %61 = icmp eq i64 %60, %0
  br i1 %61, label %50, label %51, !llvm.loop !30
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @xor_cipher(i64 noundef %0) unnamed_addr #6 {
  %2 = icmp eq i64 %0, 0
  br i1 %2, label %51, label %3

3:                                                ; preds = %1
  %4 = icmp ult i64 %0, 8
  br i1 %4, label %27, label %5

5:                                                ; preds = %3
  %6 = icmp ult i64 %0, 16
  br i1 %6, label %29, label %7

7:                                                ; preds = %5
  %8 = and i64 %0, -16
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %19, %9 ]
  %11 = phi <16 x i32> [ <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>, %7 ], [ %20, %9 ]
  %12 = shl <16 x i32> %11, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %13 = and <16 x i32> %12, <i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24>
  %14 = lshr <16 x i32> <i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683>, %13
  %15 = getelementptr inbounds i8, ptr @out, i64 %10
  %16 = load <16 x i8>, ptr %15, align 4, !tbaa !6
  %17 = trunc <16 x i32> %14 to <16 x i8>
  %18 = xor <16 x i8> %16, %17
  store <16 x i8> %18, ptr %15, align 4, !tbaa !6
  %19 = add nuw i64 %10, 16
  %20 = add <16 x i32> %11, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %21 = icmp eq i64 %19, %8
  br i1 %21, label %22, label %9, !llvm.loop !31

22:                                               ; preds = %9
  %23 = icmp eq i64 %8, %0
  br i1 %23, label %51, label %24

24:                                               ; preds = %22
  %25 = and i64 %0, 8
  %26 = icmp eq i64 %25, 0
  br i1 %26, label %27, label %29

27:                                               ; preds = %49, %3, %24
  %28 = phi i64 [ 0, %3 ], [ %8, %24 ], [ %31, %49 ]
  br label %52

29:                                               ; preds = %5, %24
  %30 = phi i64 [ %8, %24 ], [ 0, %5 ]
  %31 = and i64 %0, -8
  %32 = trunc i64 %30 to i32
  %33 = insertelement <8 x i32> poison, i32 %32, i64 0
  %34 = shufflevector <8 x i32> %33, <8 x i32> poison, <8 x i32> zeroinitializer
  %35 = or disjoint <8 x i32> %34, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  br label %36

36:                                               ; preds = %36, %29
  %37 = phi i64 [ %30, %29 ], [ %46, %36 ]
  %38 = phi <8 x i32> [ %35, %29 ], [ %47, %36 ]
  %39 = shl <8 x i32> %38, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %40 = and <8 x i32> %39, <i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24, i32 24>
  %41 = lshr <8 x i32> <i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683, i32 -1513885683>, %40
  %42 = getelementptr inbounds i8, ptr @out, i64 %37
  %43 = load <8 x i8>, ptr %42, align 4, !tbaa !6
  %44 = trunc <8 x i32> %41 to <8 x i8>
  %45 = xor <8 x i8> %43, %44
  store <8 x i8> %45, ptr %42, align 4, !tbaa !6
  %46 = add nuw i64 %37, 8
  %47 = add <8 x i32> %38, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %48 = icmp eq i64 %46, %31
  br i1 %48, label %49, label %36, !llvm.loop !32

49:                                               ; preds = %36
  %50 = icmp eq i64 %31, %0
  br i1 %50, label %51, label %27

51:                                               ; preds = %52, %22, %49, %1
  ret void

52:                                               ; preds = %27, %52
  %53 = phi i64 [ %62, %52 ], [ %28, %27 ]
  %54 = trunc i64 %53 to i32
  %55 = shl i32 %54, 3
  %56 = and i32 %55, 24
  %57 = lshr i32 -1513885683, %56
  %58 = getelementptr inbounds i8, ptr @out, i64 %53
  %59 = load i8, ptr %58, align 1, !tbaa !6
  %60 = trunc i32 %57 to i8
  %61 = xor i8 %59, %60
  store i8 %61, ptr %58, align 1, !tbaa !6
  %62 = add nuw i64 %53, 1
  %63 = icmp eq i64 %62, %0
  br i1 %63, label %51, label %52, !llvm.loop !33
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @count_true(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #4 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %52

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %32, label %7

7:                                                ; preds = %4
  %8 = icmp ult i32 %1, 32
  br i1 %8, label %35, label %9

9:                                                ; preds = %7
  %10 = and i64 %5, 2147483616
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %23, %11 ]
  %13 = phi <16 x i32> [ zeroinitializer, %9 ], [ %21, %11 ]
  %14 = phi <16 x i32> [ zeroinitializer, %9 ], [ %22, %11 ]
  %15 = getelementptr inbounds i8, ptr %0, i64 %12
  %16 = getelementptr inbounds i8, ptr %15, i64 16
  %17 = load <16 x i8>, ptr %15, align 1, !tbaa !11
  %18 = load <16 x i8>, ptr %16, align 1, !tbaa !11
  %19 = zext <16 x i8> %17 to <16 x i32>
  %20 = zext <16 x i8> %18 to <16 x i32>
  %21 = add <16 x i32> %13, %19
  %22 = add <16 x i32> %14, %20
  %23 = add nuw i64 %12, 32
  %24 = icmp eq i64 %23, %10
  br i1 %24, label %25, label %11, !llvm.loop !34

25:                                               ; preds = %11
  %26 = add <16 x i32> %22, %21
  %27 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %26)
  %28 = icmp eq i64 %10, %5
  br i1 %28, label %52, label %29

29:                                               ; preds = %25
  %30 = and i64 %5, 24
  %31 = icmp eq i64 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %49, %4, %29
  %33 = phi i64 [ 0, %4 ], [ %10, %29 ], [ %38, %49 ]
  %34 = phi i32 [ 0, %4 ], [ %27, %29 ], [ %50, %49 ]
  br label %54

35:                                               ; preds = %7, %29
  %36 = phi i32 [ %27, %29 ], [ 0, %7 ]
  %37 = phi i64 [ %10, %29 ], [ 0, %7 ]
  %38 = and i64 %5, 2147483640
  %39 = insertelement <8 x i32> <i32 poison, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>, i32 %36, i64 0
  br label %40

40:                                               ; preds = %40, %35
  %41 = phi i64 [ %37, %35 ], [ %47, %40 ]
  %42 = phi <8 x i32> [ %39, %35 ], [ %46, %40 ]
  %43 = getelementptr inbounds i8, ptr %0, i64 %41
  %44 = load <8 x i8>, ptr %43, align 1, !tbaa !11
  %45 = zext <8 x i8> %44 to <8 x i32>
  %46 = add <8 x i32> %42, %45
  %47 = add nuw i64 %41, 8
  %48 = icmp eq i64 %47, %38
  br i1 %48, label %49, label %40, !llvm.loop !35

49:                                               ; preds = %40
  %50 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %46)
  %51 = icmp eq i64 %38, %5
  br i1 %51, label %52, label %32

52:                                               ; preds = %54, %25, %49, %2
  %53 = phi i32 [ 0, %2 ], [ %27, %25 ], [ %50, %49 ], [ %60, %54 ]
  ret i32 %53

54:                                               ; preds = %32, %54
  %55 = phi i64 [ %61, %54 ], [ %33, %32 ]
  %56 = phi i32 [ %60, %54 ], [ %34, %32 ]
  %57 = getelementptr inbounds i8, ptr %0, i64 %55
  %58 = load i8, ptr %57, align 1, !tbaa !11, !range !36, !noundef !37
  %59 = zext nneg i8 %58 to i32
  %60 = add nuw nsw i32 %56, %59
  %61 = add nuw nsw i64 %55, 1
  %62 = icmp eq i64 %61, %5
  br i1 %62, label %52, label %54, !llvm.loop !38
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @clamp_store() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %84, %0
  %2 = phi i64 [ 0, %0 ], [ %85, %84 ]
  %3 = getelementptr inbounds i8, ptr @buf, i64 %2
  %4 = load <16 x i8>, ptr %3, align 16, !tbaa !6
  %5 = icmp ugt <16 x i8> %4, <i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56>
  %6 = extractelement <16 x i1> %5, i64 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr @out, i64 %2
  store i8 -56, ptr %8, align 4, !tbaa !6
  br label %9

9:                                                ; preds = %7, %1
  %10 = extractelement <16 x i1> %5, i64 1
  br i1 %10, label %11, label %14

11:                                               ; preds = %9
  %12 = or disjoint i64 %2, 1
  %13 = getelementptr inbounds i8, ptr @out, i64 %12
  store i8 -56, ptr %13, align 1, !tbaa !6
  br label %14

14:                                               ; preds = %11, %9
  %15 = extractelement <16 x i1> %5, i64 2
  br i1 %15, label %16, label %19

16:                                               ; preds = %14
  %17 = or disjoint i64 %2, 2
  %18 = getelementptr inbounds i8, ptr @out, i64 %17
  store i8 -56, ptr %18, align 2, !tbaa !6
  br label %19

19:                                               ; preds = %16, %14
  %20 = extractelement <16 x i1> %5, i64 3
  br i1 %20, label %21, label %24

21:                                               ; preds = %19
  %22 = or disjoint i64 %2, 3
  %23 = getelementptr inbounds i8, ptr @out, i64 %22
  store i8 -56, ptr %23, align 1, !tbaa !6
  br label %24

24:                                               ; preds = %21, %19
  %25 = extractelement <16 x i1> %5, i64 4
  br i1 %25, label %26, label %29

26:                                               ; preds = %24
  %27 = or disjoint i64 %2, 4
  %28 = getelementptr inbounds i8, ptr @out, i64 %27
  store i8 -56, ptr %28, align 4, !tbaa !6
  br label %29

29:                                               ; preds = %26, %24
  %30 = extractelement <16 x i1> %5, i64 5
  br i1 %30, label %31, label %34

31:                                               ; preds = %29
  %32 = or disjoint i64 %2, 5
  %33 = getelementptr inbounds i8, ptr @out, i64 %32
  store i8 -56, ptr %33, align 1, !tbaa !6
  br label %34

34:                                               ; preds = %31, %29
  %35 = extractelement <16 x i1> %5, i64 6
  br i1 %35, label %36, label %39

36:                                               ; preds = %34
  %37 = or disjoint i64 %2, 6
  %38 = getelementptr inbounds i8, ptr @out, i64 %37
  store i8 -56, ptr %38, align 2, !tbaa !6
  br label %39

39:                                               ; preds = %36, %34
  %40 = extractelement <16 x i1> %5, i64 7
  br i1 %40, label %41, label %44

41:                                               ; preds = %39
  %42 = or disjoint i64 %2, 7
  %43 = getelementptr inbounds i8, ptr @out, i64 %42
  store i8 -56, ptr %43, align 1, !tbaa !6
  br label %44

44:                                               ; preds = %41, %39
  %45 = extractelement <16 x i1> %5, i64 8
  br i1 %45, label %46, label %49

46:                                               ; preds = %44
  %47 = or disjoint i64 %2, 8
  %48 = getelementptr inbounds i8, ptr @out, i64 %47
  store i8 -56, ptr %48, align 4, !tbaa !6
  br label %49

49:                                               ; preds = %46, %44
  %50 = extractelement <16 x i1> %5, i64 9
  br i1 %50, label %51, label %54

51:                                               ; preds = %49
  %52 = or disjoint i64 %2, 9
  %53 = getelementptr inbounds i8, ptr @out, i64 %52
  store i8 -56, ptr %53, align 1, !tbaa !6
  br label %54

54:                                               ; preds = %51, %49
  %55 = extractelement <16 x i1> %5, i64 10
  br i1 %55, label %56, label %59

56:                                               ; preds = %54
  %57 = or disjoint i64 %2, 10
  %58 = getelementptr inbounds i8, ptr @out, i64 %57
  store i8 -56, ptr %58, align 2, !tbaa !6
  br label %59

59:                                               ; preds = %56, %54
  %60 = extractelement <16 x i1> %5, i64 11
  br i1 %60, label %61, label %64

61:                                               ; preds = %59
  %62 = or disjoint i64 %2, 11
  %63 = getelementptr inbounds i8, ptr @out, i64 %62
  store i8 -56, ptr %63, align 1, !tbaa !6
  br label %64

64:                                               ; preds = %61, %59
  %65 = extractelement <16 x i1> %5, i64 12
  br i1 %65, label %66, label %69

66:                                               ; preds = %64
  %67 = or disjoint i64 %2, 12
  %68 = getelementptr inbounds i8, ptr @out, i64 %67
  store i8 -56, ptr %68, align 4, !tbaa !6
  br label %69

69:                                               ; preds = %66, %64
  %70 = extractelement <16 x i1> %5, i64 13
  br i1 %70, label %71, label %74

71:                                               ; preds = %69
  %72 = or disjoint i64 %2, 13
  %73 = getelementptr inbounds i8, ptr @out, i64 %72
  store i8 -56, ptr %73, align 1, !tbaa !6
  br label %74

74:                                               ; preds = %71, %69
  %75 = extractelement <16 x i1> %5, i64 14
  br i1 %75, label %76, label %79

76:                                               ; preds = %74
  %77 = or disjoint i64 %2, 14
  %78 = getelementptr inbounds i8, ptr @out, i64 %77
  store i8 -56, ptr %78, align 2, !tbaa !6
  br label %79

79:                                               ; preds = %76, %74
  %80 = extractelement <16 x i1> %5, i64 15
  br i1 %80, label %81, label %84

81:                                               ; preds = %79
  %82 = or disjoint i64 %2, 15
  %83 = getelementptr inbounds i8, ptr @out, i64 %82
  store i8 -56, ptr %83, align 1, !tbaa !6
  br label %84

84:                                               ; preds = %81, %79
  %85 = add nuw i64 %2, 16
  %86 = icmp eq i64 %85, 992
  br i1 %86, label %87, label %1, !llvm.loop !39

87:                                               ; preds = %84
  %88 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !6
  %89 = icmp ugt <8 x i8> %88, <i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56>
  %90 = extractelement <8 x i1> %89, i64 0
  br i1 %90, label %91, label %92

91:                                               ; preds = %87
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 992), align 4, !tbaa !6
  br label %92

92:                                               ; preds = %91, %87
  %93 = extractelement <8 x i1> %89, i64 1
  br i1 %93, label %94, label %95

94:                                               ; preds = %92
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 993), align 1, !tbaa !6
  br label %95

95:                                               ; preds = %94, %92
  %96 = extractelement <8 x i1> %89, i64 2
  br i1 %96, label %97, label %98

97:                                               ; preds = %95
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 994), align 2, !tbaa !6
  br label %98

98:                                               ; preds = %97, %95
  %99 = extractelement <8 x i1> %89, i64 3
  br i1 %99, label %100, label %101

100:                                              ; preds = %98
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 995), align 1, !tbaa !6
  br label %101

101:                                              ; preds = %100, %98
  %102 = extractelement <8 x i1> %89, i64 4
  br i1 %102, label %103, label %104

103:                                              ; preds = %101
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 996), align 4, !tbaa !6
  br label %104

104:                                              ; preds = %103, %101
  %105 = extractelement <8 x i1> %89, i64 5
  br i1 %105, label %106, label %107

106:                                              ; preds = %104
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 997), align 1, !tbaa !6
  br label %107

107:                                              ; preds = %106, %104
  %108 = extractelement <8 x i1> %89, i64 6
  br i1 %108, label %109, label %110

109:                                              ; preds = %107
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 998), align 2, !tbaa !6
  br label %110

110:                                              ; preds = %109, %107
  %111 = extractelement <8 x i1> %89, i64 7
  br i1 %111, label %112, label %113

112:                                              ; preds = %110
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 999), align 1, !tbaa !6
  br label %113

113:                                              ; preds = %112, %110
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i8 @max_byte(ptr nocapture noundef readonly %0) unnamed_addr #4 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %12, %2 ]
  %4 = phi <16 x i8> [ zeroinitializer, %1 ], [ %10, %2 ]
  %5 = phi <16 x i8> [ zeroinitializer, %1 ], [ %11, %2 ]
  %6 = getelementptr inbounds i8, ptr %0, i64 %3
  %7 = getelementptr inbounds i8, ptr %6, i64 16
  %8 = load <16 x i8>, ptr %6, align 1, !tbaa !6
  %9 = load <16 x i8>, ptr %7, align 1, !tbaa !6
  %10 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %8, <16 x i8> %4)
  %11 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %9, <16 x i8> %5)
  %12 = add nuw i64 %3, 32
  %13 = icmp eq i64 %12, 992
  br i1 %13, label %14, label %2, !llvm.loop !40

14:                                               ; preds = %2
  %15 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %10, <16 x i8> %11)
  %16 = tail call i8 @llvm.vector.reduce.umax.v16i8(<16 x i8> %15)
  %17 = insertelement <8 x i8> poison, i8 %16, i64 0
  %18 = shufflevector <8 x i8> %17, <8 x i8> poison, <8 x i32> zeroinitializer
  %19 = getelementptr inbounds i8, ptr %0, i64 992
  %20 = load <8 x i8>, ptr %19, align 1, !tbaa !6
  %21 = tail call <8 x i8> @llvm.umax.v8i8(<8 x i8> %20, <8 x i8> %18)
  %22 = tail call i8 @llvm.vector.reduce.umax.v8i8(<8 x i8> %21)
  ret i8 %22
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i8 @min_sbyte() unnamed_addr #3 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %11, %1 ]
  %3 = phi <16 x i8> [ <i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127>, %0 ], [ %9, %1 ]
  %4 = phi <16 x i8> [ <i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127>, %0 ], [ %10, %1 ]
  %5 = getelementptr inbounds i8, ptr @buf, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <16 x i8>, ptr %5, align 16, !tbaa !6
  %8 = load <16 x i8>, ptr %6, align 16, !tbaa !6
  %9 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %7, <16 x i8> %3)
  %10 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %8, <16 x i8> %4)
  %11 = add nuw i64 %2, 32
  %12 = icmp eq i64 %11, 992
  br i1 %12, label %13, label %1, !llvm.loop !41

13:                                               ; preds = %1
  %14 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %9, <16 x i8> %10)
  %15 = tail call i8 @llvm.vector.reduce.smin.v16i8(<16 x i8> %14)
  %16 = insertelement <8 x i8> poison, i8 %15, i64 0
  %17 = shufflevector <8 x i8> %16, <8 x i8> poison, <8 x i32> zeroinitializer
  %18 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !6
  %19 = tail call <8 x i8> @llvm.smin.v8i8(<8 x i8> %18, <8 x i8> %17)
  %20 = tail call i8 @llvm.vector.reduce.smin.v8i8(<8 x i8> %19)
  ret i8 %20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #8

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i1 @any_zero(i32 noundef %0) unnamed_addr #3 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %53

3:                                                ; preds = %1
  %4 = zext nneg i32 %0 to i64
  %5 = icmp ult i32 %0, 8
  br i1 %5, label %32, label %6

6:                                                ; preds = %3
  %7 = icmp ult i32 %0, 32
  br i1 %7, label %35, label %8

8:                                                ; preds = %6
  %9 = and i64 %4, 2147483616
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %22, %10 ]
  %12 = phi <16 x i1> [ zeroinitializer, %8 ], [ %20, %10 ]
  %13 = phi <16 x i1> [ zeroinitializer, %8 ], [ %21, %10 ]
  %14 = getelementptr inbounds i8, ptr @out, i64 %11
  %15 = getelementptr inbounds i8, ptr %14, i64 16
  %16 = load <16 x i8>, ptr %14, align 4, !tbaa !6
  %17 = load <16 x i8>, ptr %15, align 4, !tbaa !6
  %18 = icmp eq <16 x i8> %16, zeroinitializer
  %19 = icmp eq <16 x i8> %17, zeroinitializer
  %20 = or <16 x i1> %12, %18
  %21 = or <16 x i1> %13, %19
  %22 = add nuw i64 %11, 32
  %23 = icmp eq i64 %22, %9
  br i1 %23, label %24, label %10, !llvm.loop !42

24:                                               ; preds = %10
  %25 = or <16 x i1> %21, %20
  %26 = bitcast <16 x i1> %25 to i16
  %27 = icmp ne i16 %26, 0
  %28 = icmp eq i64 %9, %4
  br i1 %28, label %53, label %29

29:                                               ; preds = %24
  %30 = and i64 %4, 24
  %31 = icmp eq i64 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %49, %3, %29
  %33 = phi i64 [ 0, %3 ], [ %9, %29 ], [ %38, %49 ]
  %34 = phi i1 [ false, %3 ], [ %27, %29 ], [ %51, %49 ]
  br label %55

35:                                               ; preds = %6, %29
  %36 = phi i1 [ %27, %29 ], [ false, %6 ]
  %37 = phi i64 [ %9, %29 ], [ 0, %6 ]
  %38 = and i64 %4, 2147483640
  %39 = insertelement <8 x i1> <i1 poison, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, i1 %36, i64 0
  br label %40

40:                                               ; preds = %40, %35
  %41 = phi i64 [ %37, %35 ], [ %47, %40 ]
  %42 = phi <8 x i1> [ %39, %35 ], [ %46, %40 ]
  %43 = getelementptr inbounds i8, ptr @out, i64 %41
  %44 = load <8 x i8>, ptr %43, align 4, !tbaa !6
  %45 = icmp eq <8 x i8> %44, zeroinitializer
  %46 = or <8 x i1> %42, %45
  %47 = add nuw i64 %41, 8
  %48 = icmp eq i64 %47, %38
  br i1 %48, label %49, label %40, !llvm.loop !43

49:                                               ; preds = %40
  %50 = bitcast <8 x i1> %46 to i8
  %51 = icmp ne i8 %50, 0
  %52 = icmp eq i64 %38, %4
  br i1 %52, label %53, label %32

53:                                               ; preds = %55, %24, %49, %1
  %54 = phi i1 [ false, %1 ], [ %27, %24 ], [ %51, %49 ], [ %61, %55 ]
  ret i1 %54

55:                                               ; preds = %32, %55
  %56 = phi i64 [ %62, %55 ], [ %33, %32 ]
  %57 = phi i1 [ %61, %55 ], [ %34, %32 ]
  %58 = getelementptr inbounds i8, ptr @out, i64 %56
  %59 = load i8, ptr %58, align 1, !tbaa !6
  %60 = icmp eq i8 %59, 0
  %61 = or i1 %57, %60
  %62 = add nuw nsw i64 %56, 1
  %63 = icmp eq i64 %62, %4
  br i1 %63, label %53, label %55, !llvm.loop !44
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc range(i32 0, 2) i32 @all_below(ptr nocapture noundef readonly %0, i8 noundef %1) unnamed_addr #4 {
  %3 = insertelement <16 x i8> poison, i8 %1, i64 0
  %4 = shufflevector <16 x i8> %3, <16 x i8> poison, <16 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %5, %2
  %6 = phi i64 [ 0, %2 ], [ %17, %5 ]
  %7 = phi <16 x i1> [ zeroinitializer, %2 ], [ %15, %5 ]
  %8 = phi <16 x i1> [ zeroinitializer, %2 ], [ %16, %5 ]
  %9 = getelementptr inbounds i8, ptr %0, i64 %6
  %10 = getelementptr inbounds i8, ptr %9, i64 16
  %11 = load <16 x i8>, ptr %9, align 1, !tbaa !6
  %12 = load <16 x i8>, ptr %10, align 1, !tbaa !6
  %13 = icmp uge <16 x i8> %11, %4
  %14 = icmp uge <16 x i8> %12, %4
  %15 = or <16 x i1> %7, %13
  %16 = or <16 x i1> %8, %14
  %17 = add nuw i64 %6, 32
  %18 = icmp eq i64 %17, 992
  br i1 %18, label %19, label %5, !llvm.loop !45

19:                                               ; preds = %5
  %20 = insertelement <8 x i8> poison, i8 %1, i64 0
  %21 = shufflevector <8 x i8> %20, <8 x i8> poison, <8 x i32> zeroinitializer
  %22 = or <16 x i1> %16, %15
  %23 = freeze <16 x i1> %22
  %24 = bitcast <16 x i1> %23 to i16
  %25 = icmp ne i16 %24, 0
  %26 = insertelement <8 x i1> poison, i1 %25, i64 0
  %27 = shufflevector <8 x i1> %26, <8 x i1> poison, <8 x i32> zeroinitializer
  %28 = getelementptr inbounds i8, ptr %0, i64 992
  %29 = load <8 x i8>, ptr %28, align 1, !tbaa !6
  %30 = icmp uge <8 x i8> %29, %21
  %31 = or <8 x i1> %27, %30
  %32 = freeze <8 x i1> %31
  %33 = bitcast <8 x i1> %32 to i8
  %34 = icmp eq i8 %33, 0
  %35 = zext i1 %34 to i32
  ret i32 %35
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @lane_pick(ptr nocapture noundef readonly %0) unnamed_addr #9 {
  %2 = load <4 x i32>, ptr %0, align 4, !tbaa !16
  br label %8

3:                                                ; preds = %8
  %4 = extractelement <4 x i32> %23, i64 0
  %5 = add nsw i32 %17, %4
  %6 = extractelement <4 x i32> %23, i64 3
  %7 = sub i32 %5, %6
  ret i32 %7

8:                                                ; preds = %1, %8
  %9 = phi i64 [ 0, %1 ], [ %24, %8 ]
  %10 = phi i32 [ 0, %1 ], [ %17, %8 ]
  %11 = phi <4 x i32> [ %2, %1 ], [ %23, %8 ]
  %12 = getelementptr inbounds i8, ptr @buf, i64 %9
  %13 = load i8, ptr %12, align 1, !tbaa !6
  %14 = zext i8 %13 to i32
  %15 = and i32 %14, 3
  %16 = extractelement <4 x i32> %11, i32 %15
  %17 = add nsw i32 %16, %10
  %18 = lshr i32 %14, 2
  %19 = and i32 %18, 3
  %20 = extractelement <4 x i32> %11, i32 %19
  %21 = trunc nuw nsw i64 %9 to i32
  %22 = xor i32 %20, %21
  %23 = insertelement <4 x i32> %11, i32 %22, i32 %19
  %24 = add nuw nsw i64 %9, 1
  %25 = icmp eq i64 %24, 1000
  br i1 %25, label %3, label %8, !llvm.loop !46
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @first_zero(i64 noundef %0) unnamed_addr #3 {
  %2 = icmp sgt i64 %0, 0
  br i1 %2, label %3, label %11

3:                                                ; preds = %1, %8
  %4 = phi i64 [ %9, %8 ], [ 0, %1 ]
  %5 = getelementptr inbounds i8, ptr @out, i64 %4
  %6 = load i8, ptr %5, align 1, !tbaa !6
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %3
  %9 = add nuw nsw i64 %4, 1
  %10 = icmp eq i64 %9, %0
  br i1 %10, label %11, label %3, !llvm.loop !47

11:                                               ; preds = %8, %3, %1
  %12 = phi i64 [ -1, %1 ], [ %4, %3 ], [ -1, %8 ]
  ret i64 %12
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @histogram_mix() unnamed_addr #3 {
  %1 = alloca [16 x i16], align 4
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(32) %1, i8 0, i64 32, i1 false)
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %11, %2 ]
  %4 = getelementptr inbounds i8, ptr @buf, i64 %3
  %5 = load i8, ptr %4, align 1, !tbaa !6
  %6 = and i8 %5, 15
  %7 = zext nneg i8 %6 to i64
  %8 = getelementptr inbounds [16 x i16], ptr %1, i64 0, i64 %7
  %9 = load i16, ptr %8, align 2, !tbaa !18
  %10 = add i16 %9, 1
  store i16 %10, ptr %8, align 2, !tbaa !18
  %11 = add nuw nsw i64 %3, 1
  %12 = icmp eq i64 %11, 1000
  br i1 %12, label %13, label %2, !llvm.loop !48

13:                                               ; preds = %2
  %14 = load i16, ptr %1, align 4, !tbaa !18
  %15 = zext i16 %14 to i64
  %16 = mul nuw nsw i64 %15, 31
  %17 = getelementptr inbounds i8, ptr %1, i64 2
  %18 = load i16, ptr %17, align 2, !tbaa !18
  %19 = zext i16 %18 to i64
  %20 = add nuw nsw i64 %16, %19
  %21 = mul nuw nsw i64 %20, 31
  %22 = getelementptr inbounds i8, ptr %1, i64 4
  %23 = load i16, ptr %22, align 4, !tbaa !18
  %24 = zext i16 %23 to i64
  %25 = add nuw nsw i64 %21, %24
  %26 = mul nuw nsw i64 %25, 31
  %27 = getelementptr inbounds i8, ptr %1, i64 6
  %28 = load i16, ptr %27, align 2, !tbaa !18
  %29 = zext i16 %28 to i64
  %30 = add nuw nsw i64 %26, %29
  %31 = mul nuw nsw i64 %30, 31
  %32 = getelementptr inbounds i8, ptr %1, i64 8
  %33 = load i16, ptr %32, align 4, !tbaa !18
  %34 = zext i16 %33 to i64
  %35 = add nuw nsw i64 %31, %34
  %36 = mul nuw nsw i64 %35, 31
  %37 = getelementptr inbounds i8, ptr %1, i64 10
  %38 = load i16, ptr %37, align 2, !tbaa !18
  %39 = zext i16 %38 to i64
  %40 = add nuw nsw i64 %36, %39
  %41 = mul nuw nsw i64 %40, 31
  %42 = getelementptr inbounds i8, ptr %1, i64 12
  %43 = load i16, ptr %42, align 4, !tbaa !18
  %44 = zext i16 %43 to i64
  %45 = add nuw nsw i64 %41, %44
  %46 = mul nuw nsw i64 %45, 31
  %47 = getelementptr inbounds i8, ptr %1, i64 14
  %48 = load i16, ptr %47, align 2, !tbaa !18
  %49 = zext i16 %48 to i64
  %50 = add nuw nsw i64 %46, %49
  %51 = mul nuw nsw i64 %50, 31
  %52 = getelementptr inbounds i8, ptr %1, i64 16
  %53 = load i16, ptr %52, align 4, !tbaa !18
  %54 = zext i16 %53 to i64
  %55 = add nuw nsw i64 %51, %54
  %56 = mul nuw nsw i64 %55, 31
  %57 = getelementptr inbounds i8, ptr %1, i64 18
  %58 = load i16, ptr %57, align 2, !tbaa !18
  %59 = zext i16 %58 to i64
  %60 = add nuw nsw i64 %56, %59
  %61 = mul i64 %60, 31
  %62 = getelementptr inbounds i8, ptr %1, i64 20
  %63 = load i16, ptr %62, align 4, !tbaa !18
  %64 = zext i16 %63 to i64
  %65 = add i64 %61, %64
  %66 = mul i64 %65, 31
  %67 = getelementptr inbounds i8, ptr %1, i64 22
  %68 = load i16, ptr %67, align 2, !tbaa !18
  %69 = zext i16 %68 to i64
  %70 = add i64 %66, %69
  %71 = mul i64 %70, 31
  %72 = getelementptr inbounds i8, ptr %1, i64 24
  %73 = load i16, ptr %72, align 4, !tbaa !18
  %74 = zext i16 %73 to i64
  %75 = add i64 %71, %74
  %76 = mul i64 %75, 31
  %77 = getelementptr inbounds i8, ptr %1, i64 26
  %78 = load i16, ptr %77, align 2, !tbaa !18
  %79 = zext i16 %78 to i64
  %80 = add i64 %76, %79
  %81 = mul i64 %80, 31
  %82 = getelementptr inbounds i8, ptr %1, i64 28
  %83 = load i16, ptr %82, align 4, !tbaa !18
  %84 = zext i16 %83 to i64
  %85 = add i64 %81, %84
  %86 = mul i64 %85, 31
  %87 = getelementptr inbounds i8, ptr %1, i64 30
  %88 = load i16, ptr %87, align 2, !tbaa !18
  %89 = zext i16 %88 to i64
  %90 = add i64 %86, %89
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #12
  ret i64 %90
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @sat_add() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = getelementptr inbounds i8, ptr @buf, i64 %2
  %4 = load <16 x i8>, ptr %3, align 16, !tbaa !6
  %5 = zext <16 x i8> %4 to <16 x i32>
  %6 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @buf, i64 500), i64 %2
  %7 = load <16 x i8>, ptr %6, align 4, !tbaa !6
  %8 = zext <16 x i8> %7 to <16 x i32>
  %9 = add nuw nsw <16 x i32> %8, %5
  %10 = tail call <16 x i32> @llvm.umin.v16i32(<16 x i32> %9, <16 x i32> <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>)
  %11 = trunc nuw <16 x i32> %10 to <16 x i8>
  %12 = getelementptr inbounds i8, ptr @out, i64 %2
  store <16 x i8> %11, ptr %12, align 4, !tbaa !6
  %13 = add nuw i64 %2, 16
  %14 = icmp eq i64 %13, 496
  br i1 %14, label %15, label %1, !llvm.loop !49

15:                                               ; preds = %1
  %16 = load <4 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 496), align 16, !tbaa !6
  %17 = zext <4 x i8> %16 to <4 x i32>
  %18 = load <4 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 996), align 4, !tbaa !6
  %19 = zext <4 x i8> %18 to <4 x i32>
  %20 = add nuw nsw <4 x i32> %19, %17
  %21 = tail call <4 x i32> @llvm.umin.v4i32(<4 x i32> %20, <4 x i32> <i32 255, i32 255, i32 255, i32 255>)
  %22 = trunc nuw <4 x i32> %21 to <4 x i8>
  store <4 x i8> %22, ptr getelementptr inbounds (i8, ptr @out, i64 496), align 4, !tbaa !6
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @u16_from_bytes(ptr nocapture noundef writeonly %0) unnamed_addr #10 {
  %2 = getelementptr i8, ptr %0, i64 400
  %3 = icmp ult ptr %0, getelementptr inbounds (i8, ptr @buf, i64 400)
  %4 = icmp ugt ptr %2, @buf
  %5 = and i1 %3, %4
  br i1 %5, label %6, label %8

6:                                                ; preds = %8, %1
  %7 = phi i64 [ 0, %1 ], [ 192, %8 ]
  br label %34

8:                                                ; preds = %1, %8
  %9 = phi i64 [ %31, %8 ], [ 0, %1 ]
  %10 = shl nuw nsw i64 %9, 1
  %11 = shl i64 %9, 1
  %12 = or disjoint i64 %11, 16
  %13 = getelementptr inbounds i8, ptr @buf, i64 %10
  %14 = getelementptr inbounds i8, ptr @buf, i64 %12
  %15 = load <16 x i8>, ptr %13, align 16, !tbaa !6
  %16 = load <16 x i8>, ptr %14, align 16, !tbaa !6
  %17 = shufflevector <16 x i8> %15, <16 x i8> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %18 = shufflevector <16 x i8> %16, <16 x i8> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %19 = shufflevector <16 x i8> %15, <16 x i8> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %20 = shufflevector <16 x i8> %16, <16 x i8> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %21 = zext <8 x i8> %17 to <8 x i16>
  %22 = zext <8 x i8> %18 to <8 x i16>
  %23 = zext <8 x i8> %19 to <8 x i16>
  %24 = zext <8 x i8> %20 to <8 x i16>
  %25 = shl nuw <8 x i16> %23, <i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8>
  %26 = shl nuw <8 x i16> %24, <i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8>
  %27 = or disjoint <8 x i16> %25, %21
  %28 = or disjoint <8 x i16> %26, %22
  %29 = getelementptr inbounds i16, ptr %0, i64 %9
  %30 = getelementptr inbounds i8, ptr %29, i64 16
  store <8 x i16> %27, ptr %29, align 2, !tbaa !18, !alias.scope !50, !noalias !53
  store <8 x i16> %28, ptr %30, align 2, !tbaa !18, !alias.scope !50, !noalias !53
  %31 = add nuw i64 %9, 16
  %32 = icmp eq i64 %31, 192
  br i1 %32, label %6, label %8, !llvm.loop !55

33:                                               ; preds = %34
  ret void

34:                                               ; preds = %6, %34
  %35 = phi i64 [ %47, %34 ], [ %7, %6 ]
  %36 = shl nuw nsw i64 %35, 1
  %37 = getelementptr inbounds i8, ptr @buf, i64 %36
  %38 = load i8, ptr %37, align 2, !tbaa !6
  %39 = zext i8 %38 to i16
  %40 = or disjoint i64 %36, 1
  %41 = getelementptr inbounds i8, ptr @buf, i64 %40
  %42 = load i8, ptr %41, align 1, !tbaa !6
  %43 = zext i8 %42 to i16
  %44 = shl nuw i16 %43, 8
  %45 = or disjoint i16 %44, %39
  %46 = getelementptr inbounds i16, ptr %0, i64 %35
  store i16 %45, ptr %46, align 2, !tbaa !18
  %47 = add nuw nsw i64 %35, 1
  %48 = icmp eq i64 %47, 200
  br i1 %48, label %33, label %34, !llvm.loop !56
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.vector.reduce.add.v4i16(<4 x i16>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v16i64(<16 x i64>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v8i64(<8 x i64>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i8> @llvm.umax.v16i8(<16 x i8>, <16 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.vector.reduce.umax.v16i8(<16 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i8> @llvm.umax.v8i8(<8 x i8>, <8 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.vector.reduce.umax.v8i8(<8 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i8> @llvm.smin.v16i8(<16 x i8>, <16 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.vector.reduce.smin.v16i8(<16 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i8> @llvm.smin.v8i8(<8 x i8>, <8 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.vector.reduce.smin.v8i8(<8 x i8>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x i32> @llvm.umin.v16i32(<16 x i32>, <16 x i32>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.umin.v4i32(<4 x i32>, <4 x i32>) #11

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(write, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #9 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"_Bool", !7, i64 0}
!13 = distinct !{!13, !10, !14, !15}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !7, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"short", !7, i64 0}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10, !14, !15}
!22 = distinct !{!22, !10, !14, !15}
!23 = distinct !{!23, !10, !15, !14}
!24 = distinct !{!24, !10, !14, !15}
!25 = distinct !{!25, !10, !14, !15}
!26 = distinct !{!26, !10, !15, !14}
!27 = distinct !{!27, !10, !14, !15}
!28 = distinct !{!28, !10, !14, !15}
!29 = distinct !{!29, !10, !14, !15}
!30 = distinct !{!30, !10, !15, !14}
!31 = distinct !{!31, !10, !14, !15}
!32 = distinct !{!32, !10, !14, !15}
!33 = distinct !{!33, !10, !15, !14}
!34 = distinct !{!34, !10, !14, !15}
!35 = distinct !{!35, !10, !14, !15}
!36 = !{i8 0, i8 2}
!37 = !{}
!38 = distinct !{!38, !10, !15, !14}
!39 = distinct !{!39, !10, !14, !15}
!40 = distinct !{!40, !10, !14, !15}
!41 = distinct !{!41, !10, !14, !15}
!42 = distinct !{!42, !10, !14, !15}
!43 = distinct !{!43, !10, !14, !15}
!44 = distinct !{!44, !10, !15, !14}
!45 = distinct !{!45, !10, !14, !15}
!46 = distinct !{!46, !10}
!47 = distinct !{!47, !10}
!48 = distinct !{!48, !10}
!49 = distinct !{!49, !10, !14, !15}
!50 = !{!51}
!51 = distinct !{!51, !52}
!52 = distinct !{!52, !"LVerDomain"}
!53 = !{!54}
!54 = distinct !{!54, !52}
!55 = distinct !{!55, !10, !14, !15}
!56 = distinct !{!56, !10, !14}
