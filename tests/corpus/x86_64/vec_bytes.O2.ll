; ModuleID = 'vec_bytes.c'
source_filename = "vec_bytes.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@buf = internal global [1000 x i8] zeroinitializer, align 16
@flags = internal global [777 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [31 x i8] c"count 0x41: %zu, count 0: %zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"widen sum: %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"signed widen: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [84 x i8] c"Hello, vectorized world! abcdefghijklmnopqrstuvwxyz 0123456789 The quick brown fox.\00", align 1
@out = internal global [1000 x i8] zeroinitializer, align 16
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

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %29, %3 ]
  %5 = phi i32 [ 12345, %0 ], [ %25, %3 ]
  %6 = mul i32 %5, 1103515245
  %7 = add i32 %6, 12345
  %8 = lshr i32 %7, 16
  %9 = trunc i32 %8 to i8
  %10 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %4
  store i8 %9, ptr %10, align 4, !tbaa !5
  %11 = or disjoint i64 %4, 1
  %12 = mul i32 %7, 1103515245
  %13 = add i32 %12, 12345
  %14 = lshr i32 %13, 16
  %15 = trunc i32 %14 to i8
  %16 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %11
  store i8 %15, ptr %16, align 1, !tbaa !5
  %17 = or disjoint i64 %4, 2
  %18 = mul i32 %13, 1103515245
  %19 = add i32 %18, 12345
  %20 = lshr i32 %19, 16
  %21 = trunc i32 %20 to i8
  %22 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %17
  store i8 %21, ptr %22, align 2, !tbaa !5
  %23 = or disjoint i64 %4, 3
  %24 = mul i32 %19, 1103515245
  %25 = add i32 %24, 12345
  %26 = lshr i32 %25, 16
  %27 = trunc i32 %26 to i8
  %28 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %23
  store i8 %27, ptr %28, align 1, !tbaa !5
  %29 = add nuw nsw i64 %4, 4
  %30 = icmp eq i64 %29, 1000
  br i1 %30, label %31, label %3, !llvm.loop !8

31:                                               ; preds = %3, %31
  %32 = phi i64 [ %58, %31 ], [ 0, %3 ]
  %33 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %32
  %34 = getelementptr inbounds i8, ptr %33, i64 16
  %35 = load <16 x i8>, ptr %33, align 16, !tbaa !5
  %36 = load <16 x i8>, ptr %34, align 16, !tbaa !5
  %37 = and <16 x i8> %35, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %38 = and <16 x i8> %36, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %39 = icmp eq <16 x i8> %37, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %40 = icmp eq <16 x i8> %38, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %41 = getelementptr inbounds [777 x i8], ptr @flags, i64 0, i64 %32
  %42 = zext <16 x i1> %39 to <16 x i8>
  %43 = zext <16 x i1> %40 to <16 x i8>
  %44 = getelementptr inbounds i8, ptr %41, i64 16
  store <16 x i8> %42, ptr %41, align 16, !tbaa !10
  store <16 x i8> %43, ptr %44, align 16, !tbaa !10
  %45 = or disjoint i64 %32, 32
  %46 = getelementptr inbounds [1000 x i8], ptr @buf, i64 0, i64 %45
  %47 = getelementptr inbounds i8, ptr %46, i64 16
  %48 = load <16 x i8>, ptr %46, align 16, !tbaa !5
  %49 = load <16 x i8>, ptr %47, align 16, !tbaa !5
  %50 = and <16 x i8> %48, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %51 = and <16 x i8> %49, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %52 = icmp eq <16 x i8> %50, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %53 = icmp eq <16 x i8> %51, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %54 = getelementptr inbounds [777 x i8], ptr @flags, i64 0, i64 %45
  %55 = zext <16 x i1> %52 to <16 x i8>
  %56 = zext <16 x i1> %53 to <16 x i8>
  %57 = getelementptr inbounds i8, ptr %54, i64 16
  store <16 x i8> %55, ptr %54, align 16, !tbaa !10
  store <16 x i8> %56, ptr %57, align 16, !tbaa !10
  %58 = add nuw nsw i64 %32, 64
  %59 = icmp eq i64 %58, 768
  br i1 %59, label %60, label %31, !llvm.loop !12

60:                                               ; preds = %31
  %61 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 768), align 16, !tbaa !5
  %62 = and <8 x i8> %61, <i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5, i8 5>
  %63 = icmp eq <8 x i8> %62, <i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1, i8 1>
  %64 = zext <8 x i1> %63 to <8 x i8>
  store <8 x i8> %64, ptr getelementptr inbounds (i8, ptr @flags, i64 768), align 16, !tbaa !10
  %65 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 776), align 8, !tbaa !5
  %66 = and i8 %65, 5
  %67 = icmp eq i8 %66, 1
  %68 = zext i1 %67 to i8
  store i8 %68, ptr getelementptr inbounds (i8, ptr @flags, i64 776), align 8, !tbaa !10
  %69 = tail call fastcc i64 @count_byte(i64 noundef 1000, i8 noundef zeroext 65)
  %70 = tail call fastcc i64 @count_byte(i64 noundef 997, i8 noundef zeroext 0)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %69, i64 noundef %70)
  %72 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @buf, i64 noundef 1000)
  %73 = tail call fastcc i32 @widen_sum(ptr noundef nonnull getelementptr inbounds (i8, ptr @buf, i64 3), i64 noundef 61)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %72, i32 noundef %73)
  %75 = tail call fastcc i32 @signed_widen_sum()
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %75)
  tail call fastcc void @to_upper(i64 noundef 84)
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull @out)
  tail call fastcc void @xor_cipher(i64 noundef 83)
  br label %271

78:                                               ; preds = %271
  tail call fastcc void @xor_cipher(i64 noundef 83)
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %290, ptr noundef nonnull @out)
  %80 = tail call fastcc i32 @count_true(ptr noundef nonnull @flags, i32 noundef 777)
  %81 = tail call fastcc i32 @count_true(ptr noundef nonnull getelementptr inbounds (i8, ptr @flags, i64 5), i32 noundef 100)
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %80, i32 noundef %81)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(1000) @out, ptr noundef nonnull align 16 dereferenceable(1000) @buf, i64 1000, i1 false)
  tail call fastcc void @clamp_store()
  %83 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @out, i64 noundef 1000)
  %84 = load i8, ptr getelementptr inbounds (i8, ptr @out, i64 17), align 1, !tbaa !5
  %85 = zext i8 %84 to i32
  %86 = tail call fastcc zeroext i8 @max_byte(ptr noundef nonnull @out)
  %87 = zext i8 %86 to i32
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %83, i32 noundef %85, i32 noundef %87)
  %89 = tail call fastcc zeroext i8 @max_byte(ptr noundef nonnull @buf)
  %90 = zext i8 %89 to i32
  %91 = tail call fastcc signext i8 @min_sbyte()
  %92 = sext i8 %91 to i32
  %93 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %90, i32 noundef %92)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(300) @out, i8 7, i64 300, i1 false)
  store i8 0, ptr getelementptr inbounds (i8, ptr @out, i64 211), align 1, !tbaa !5
  %94 = tail call fastcc zeroext i1 @any_zero(i32 noundef 300)
  %95 = zext i1 %94 to i32
  %96 = tail call fastcc zeroext i1 @any_zero(i32 noundef 200)
  %97 = zext i1 %96 to i32
  %98 = tail call fastcc i32 @all_below(ptr noundef nonnull @buf, i8 noundef zeroext -1)
  %99 = tail call fastcc i32 @all_below(ptr noundef nonnull @out, i8 noundef zeroext 8)
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %95, i32 noundef %97, i32 noundef %98, i32 noundef %99)
  store <4 x i32> <i32 3, i32 -5, i32 7, i32 11>, ptr %1, align 16, !tbaa !15
  %101 = call fastcc i32 @lane_pick(ptr noundef nonnull %1)
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %101)
  %103 = tail call fastcc i64 @first_zero(i64 noundef 300)
  %104 = tail call fastcc i64 @first_zero(i64 noundef 200)
  %105 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef %103, i64 noundef %104)
  %106 = tail call fastcc i64 @histogram_mix()
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef %106)
  tail call fastcc void @sat_add()
  %108 = tail call fastcc i32 @widen_sum(ptr noundef nonnull @out, i64 noundef 500)
  %109 = load i8, ptr @out, align 16, !tbaa !5
  %110 = zext i8 %109 to i32
  %111 = load i8, ptr getelementptr inbounds (i8, ptr @out, i64 499), align 1, !tbaa !5
  %112 = zext i8 %111 to i32
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %108, i32 noundef %110, i32 noundef %112)
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %2) #12
  call fastcc void @u16_from_bytes(ptr noundef nonnull %2)
  br label %114

114:                                              ; preds = %131, %78
  %115 = phi i64 [ 0, %78 ], [ %145, %131 ]
  %116 = phi <4 x i32> [ zeroinitializer, %78 ], [ %143, %131 ]
  %117 = phi <4 x i32> [ zeroinitializer, %78 ], [ %144, %131 ]
  %118 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %78 ], [ %146, %131 ]
  %119 = add <4 x i32> %118, <i32 4, i32 4, i32 4, i32 4>
  %120 = getelementptr inbounds [200 x i16], ptr %2, i64 0, i64 %115
  %121 = getelementptr inbounds i8, ptr %120, i64 8
  %122 = load <4 x i16>, ptr %120, align 16, !tbaa !17
  %123 = load <4 x i16>, ptr %121, align 8, !tbaa !17
  %124 = zext <4 x i16> %122 to <4 x i32>
  %125 = zext <4 x i16> %123 to <4 x i32>
  %126 = xor <4 x i32> %118, %124
  %127 = xor <4 x i32> %119, %125
  %128 = add <4 x i32> %126, %116
  %129 = add <4 x i32> %127, %117
  %130 = icmp eq i64 %115, 192
  br i1 %130, label %147, label %131, !llvm.loop !19

131:                                              ; preds = %114
  %132 = or disjoint i64 %115, 8
  %133 = add <4 x i32> %118, <i32 8, i32 8, i32 8, i32 8>
  %134 = add <4 x i32> %118, <i32 12, i32 12, i32 12, i32 12>
  %135 = getelementptr inbounds [200 x i16], ptr %2, i64 0, i64 %132
  %136 = getelementptr inbounds i8, ptr %135, i64 8
  %137 = load <4 x i16>, ptr %135, align 16, !tbaa !17
  %138 = load <4 x i16>, ptr %136, align 8, !tbaa !17
  %139 = zext <4 x i16> %137 to <4 x i32>
  %140 = zext <4 x i16> %138 to <4 x i32>
  %141 = xor <4 x i32> %133, %139
  %142 = xor <4 x i32> %134, %140
  %143 = add <4 x i32> %141, %128
  %144 = add <4 x i32> %142, %129
  %145 = add nuw nsw i64 %115, 16
  %146 = add <4 x i32> %118, <i32 16, i32 16, i32 16, i32 16>
  br label %114

147:                                              ; preds = %114
  %148 = add <4 x i32> %129, %128
  %149 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %148)
  %150 = getelementptr inbounds i8, ptr %2, i64 14
  %151 = load i16, ptr %150, align 2, !tbaa !17
  %152 = zext i16 %151 to i32
  %153 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %149, i32 noundef %152)
  %154 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef 10, i32 noundef -17, i32 noundef 32, i32 noundef -39, i32 noundef 2635)
  %155 = load <16 x i8>, ptr @buf, align 16
  %156 = shufflevector <16 x i8> %155, <16 x i8> poison, <16 x i32> <i32 0, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %157 = extractelement <16 x i8> %155, i64 7
  %158 = insertelement <16 x i8> %156, i8 %157, i64 1
  %159 = extractelement <16 x i8> %155, i64 14
  %160 = insertelement <16 x i8> %158, i8 %159, i64 2
  %161 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 21), align 1, !tbaa !5
  %162 = insertelement <16 x i8> %160, i8 %161, i64 3
  %163 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 28), align 4, !tbaa !5
  %164 = insertelement <16 x i8> %162, i8 %163, i64 4
  %165 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 35), align 1, !tbaa !5
  %166 = insertelement <16 x i8> %164, i8 %165, i64 5
  %167 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 42), align 2, !tbaa !5
  %168 = insertelement <16 x i8> %166, i8 %167, i64 6
  %169 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 49), align 1, !tbaa !5
  %170 = insertelement <16 x i8> %168, i8 %169, i64 7
  %171 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 56), align 8, !tbaa !5
  %172 = insertelement <16 x i8> %170, i8 %171, i64 8
  %173 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 63), align 1, !tbaa !5
  %174 = insertelement <16 x i8> %172, i8 %173, i64 9
  %175 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 70), align 2, !tbaa !5
  %176 = insertelement <16 x i8> %174, i8 %175, i64 10
  %177 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 77), align 1, !tbaa !5
  %178 = insertelement <16 x i8> %176, i8 %177, i64 11
  %179 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 84), align 4, !tbaa !5
  %180 = insertelement <16 x i8> %178, i8 %179, i64 12
  %181 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 91), align 1, !tbaa !5
  %182 = insertelement <16 x i8> %180, i8 %181, i64 13
  %183 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 98), align 2, !tbaa !5
  %184 = insertelement <16 x i8> %182, i8 %183, i64 14
  %185 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 105), align 1, !tbaa !5
  %186 = insertelement <16 x i8> %184, i8 %185, i64 15
  %187 = shufflevector <16 x i8> %186, <16 x i8> poison, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
  %188 = xor <16 x i8> %187, %186
  %189 = add <16 x i8> %188, <i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15, i8 16>
  %190 = extractelement <16 x i8> %189, i64 0
  %191 = zext i8 %190 to i32
  %192 = mul nuw nsw i32 %191, 3
  %193 = extractelement <16 x i8> %189, i64 1
  %194 = zext i8 %193 to i32
  %195 = add nuw nsw i32 %192, %194
  %196 = mul nuw nsw i32 %195, 3
  %197 = extractelement <16 x i8> %189, i64 2
  %198 = zext i8 %197 to i32
  %199 = add nuw nsw i32 %196, %198
  %200 = mul nuw nsw i32 %199, 3
  %201 = extractelement <16 x i8> %189, i64 3
  %202 = zext i8 %201 to i32
  %203 = add nuw nsw i32 %200, %202
  %204 = mul nuw nsw i32 %203, 3
  %205 = extractelement <16 x i8> %189, i64 4
  %206 = zext i8 %205 to i32
  %207 = add nuw nsw i32 %204, %206
  %208 = mul nuw nsw i32 %207, 3
  %209 = extractelement <16 x i8> %189, i64 5
  %210 = zext i8 %209 to i32
  %211 = add nuw nsw i32 %208, %210
  %212 = mul nuw nsw i32 %211, 3
  %213 = extractelement <16 x i8> %189, i64 6
  %214 = zext i8 %213 to i32
  %215 = add nuw nsw i32 %212, %214
  %216 = mul nuw nsw i32 %215, 3
  %217 = extractelement <16 x i8> %189, i64 7
  %218 = zext i8 %217 to i32
  %219 = add nuw nsw i32 %216, %218
  %220 = mul nuw nsw i32 %219, 3
  %221 = extractelement <16 x i8> %189, i64 8
  %222 = zext i8 %221 to i32
  %223 = add nuw nsw i32 %220, %222
  %224 = mul nuw nsw i32 %223, 3
  %225 = extractelement <16 x i8> %189, i64 9
  %226 = zext i8 %225 to i32
  %227 = add nuw nsw i32 %224, %226
  %228 = mul nuw nsw i32 %227, 3
  %229 = extractelement <16 x i8> %189, i64 10
  %230 = zext i8 %229 to i32
  %231 = add nuw nsw i32 %228, %230
  %232 = mul nuw nsw i32 %231, 3
  %233 = extractelement <16 x i8> %189, i64 11
  %234 = zext i8 %233 to i32
  %235 = add nuw nsw i32 %232, %234
  %236 = mul nuw nsw i32 %235, 3
  %237 = extractelement <16 x i8> %189, i64 12
  %238 = zext i8 %237 to i32
  %239 = add nuw nsw i32 %236, %238
  %240 = mul nuw nsw i32 %239, 3
  %241 = extractelement <16 x i8> %189, i64 13
  %242 = zext i8 %241 to i32
  %243 = add nuw nsw i32 %240, %242
  %244 = mul nuw nsw i32 %243, 3
  %245 = extractelement <16 x i8> %189, i64 14
  %246 = zext i8 %245 to i32
  %247 = add nuw nsw i32 %244, %246
  %248 = extractelement <16 x i8> %189, i64 15
  %249 = zext i8 %248 to i32
  %250 = shufflevector <16 x i8> %189, <16 x i8> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %251 = zext <4 x i8> %250 to <4 x i16>
  %252 = mul nuw nsw <4 x i16> %251, <i16 3, i16 3, i16 3, i16 3>
  %253 = add nsw <4 x i16> %252, <i16 -100, i16 -200, i16 -300, i16 -400>
  %254 = ashr <4 x i16> %253, <i16 1, i16 1, i16 1, i16 1>
  %255 = tail call i16 @llvm.vector.reduce.add.v4i16(<4 x i16> %254)
  %256 = sext i16 %255 to i32
  %257 = shufflevector <16 x i8> %189, <16 x i8> poison, <4 x i32> <i32 8, i32 10, i32 12, i32 14>
  %258 = zext <4 x i8> %257 to <4 x i16>
  %259 = mul nuw nsw <4 x i16> %258, <i16 3, i16 3, i16 3, i16 3>
  %260 = add nsw <4 x i16> %259, <i16 -500, i16 -600, i16 -700, i16 -800>
  %261 = ashr <4 x i16> %260, <i16 1, i16 1, i16 1, i16 1>
  %262 = sext <4 x i16> %261 to <4 x i32>
  %263 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %262)
  %264 = add i32 %263, %256
  %265 = mul i32 %247, 3
  %266 = add i32 %265, %249
  %267 = bitcast <16 x i8> %189 to <4 x i32>
  %268 = extractelement <4 x i32> %267, i64 0
  %269 = extractelement <4 x i32> %267, i64 3
  %270 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %266, i32 noundef %264, i32 noundef %268, i32 noundef %269)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %2) #12
  ret i32 0

271:                                              ; preds = %292, %60
  %272 = phi i32 [ 0, %60 ], [ %298, %292 ]
  %273 = phi i64 [ 0, %60 ], [ %299, %292 ]
  %274 = mul i32 %272, 33
  %275 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %273
  %276 = load i8, ptr %275, align 4, !tbaa !5
  %277 = zext i8 %276 to i32
  %278 = add i32 %274, %277
  %279 = or disjoint i64 %273, 1
  %280 = mul i32 %278, 33
  %281 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %279
  %282 = load i8, ptr %281, align 1, !tbaa !5
  %283 = zext i8 %282 to i32
  %284 = add i32 %280, %283
  %285 = or disjoint i64 %273, 2
  %286 = mul i32 %284, 33
  %287 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %285
  %288 = load i8, ptr %287, align 2, !tbaa !5
  %289 = zext i8 %288 to i32
  %290 = add i32 %286, %289
  %291 = icmp eq i64 %273, 80
  br i1 %291, label %78, label %292, !llvm.loop !20

292:                                              ; preds = %271
  %293 = or disjoint i64 %273, 3
  %294 = mul i32 %290, 33
  %295 = getelementptr inbounds [1000 x i8], ptr @out, i64 0, i64 %293
  %296 = load i8, ptr %295, align 1, !tbaa !5
  %297 = zext i8 %296 to i32
  %298 = add i32 %294, %297
  %299 = add nuw nsw i64 %273, 4
  br label %271
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @count_byte(i64 noundef %0, i8 noundef zeroext %1) unnamed_addr #3 {
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %33, label %4

4:                                                ; preds = %2
  %5 = icmp ult i64 %0, 4
  br i1 %5, label %6, label %9

6:                                                ; preds = %29, %4
  %7 = phi i64 [ 0, %4 ], [ %10, %29 ]
  %8 = phi i64 [ 0, %4 ], [ %31, %29 ]
  br label %35

9:                                                ; preds = %4
  %10 = and i64 %0, -4
  %11 = insertelement <2 x i8> poison, i8 %1, i64 0
  %12 = shufflevector <2 x i8> %11, <2 x i8> poison, <2 x i32> zeroinitializer
  br label %13

13:                                               ; preds = %13, %9
  %14 = phi i64 [ 0, %9 ], [ %27, %13 ]
  %15 = phi <2 x i64> [ zeroinitializer, %9 ], [ %25, %13 ]
  %16 = phi <2 x i64> [ zeroinitializer, %9 ], [ %26, %13 ]
  %17 = getelementptr inbounds i8, ptr @buf, i64 %14
  %18 = getelementptr inbounds i8, ptr %17, i64 2
  %19 = load <2 x i8>, ptr %17, align 4, !tbaa !5
  %20 = load <2 x i8>, ptr %18, align 2, !tbaa !5
  %21 = icmp eq <2 x i8> %19, %12
  %22 = icmp eq <2 x i8> %20, %12
  %23 = zext <2 x i1> %21 to <2 x i64>
  %24 = zext <2 x i1> %22 to <2 x i64>
  %25 = add <2 x i64> %15, %23
  %26 = add <2 x i64> %16, %24
  %27 = add nuw i64 %14, 4
  %28 = icmp eq i64 %27, %10
  br i1 %28, label %29, label %13, !llvm.loop !21

29:                                               ; preds = %13
  %30 = add <2 x i64> %26, %25
  %31 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %30)
  %32 = icmp eq i64 %10, %0
  br i1 %32, label %33, label %6

33:                                               ; preds = %35, %29, %2
  %34 = phi i64 [ 0, %2 ], [ %31, %29 ], [ %42, %35 ]
  ret i64 %34

35:                                               ; preds = %6, %35
  %36 = phi i64 [ %43, %35 ], [ %7, %6 ]
  %37 = phi i64 [ %42, %35 ], [ %8, %6 ]
  %38 = getelementptr inbounds i8, ptr @buf, i64 %36
  %39 = load i8, ptr %38, align 1, !tbaa !5
  %40 = icmp eq i8 %39, %1
  %41 = zext i1 %40 to i64
  %42 = add i64 %37, %41
  %43 = add nuw nsw i64 %36, 1
  %44 = icmp eq i64 %43, %0
  br i1 %44, label %33, label %35, !llvm.loop !22
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @widen_sum(ptr nocapture noundef readonly %0, i64 noundef %1) unnamed_addr #4 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %29, label %4

4:                                                ; preds = %2
  %5 = icmp ult i64 %1, 8
  br i1 %5, label %6, label %9

6:                                                ; preds = %25, %4
  %7 = phi i64 [ 0, %4 ], [ %10, %25 ]
  %8 = phi i32 [ 0, %4 ], [ %27, %25 ]
  br label %31

9:                                                ; preds = %4
  %10 = and i64 %1, -8
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %23, %11 ]
  %13 = phi <4 x i32> [ zeroinitializer, %9 ], [ %21, %11 ]
  %14 = phi <4 x i32> [ zeroinitializer, %9 ], [ %22, %11 ]
  %15 = getelementptr inbounds i8, ptr %0, i64 %12
  %16 = getelementptr inbounds i8, ptr %15, i64 4
  %17 = load <4 x i8>, ptr %15, align 1, !tbaa !5
  %18 = load <4 x i8>, ptr %16, align 1, !tbaa !5
  %19 = zext <4 x i8> %17 to <4 x i32>
  %20 = zext <4 x i8> %18 to <4 x i32>
  %21 = add <4 x i32> %13, %19
  %22 = add <4 x i32> %14, %20
  %23 = add nuw i64 %12, 8
  %24 = icmp eq i64 %23, %10
  br i1 %24, label %25, label %11, !llvm.loop !23

25:                                               ; preds = %11
  %26 = add <4 x i32> %22, %21
  %27 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %26)
  %28 = icmp eq i64 %10, %1
  br i1 %28, label %29, label %6

29:                                               ; preds = %31, %25, %2
  %30 = phi i32 [ 0, %2 ], [ %27, %25 ], [ %37, %31 ]
  ret i32 %30

31:                                               ; preds = %6, %31
  %32 = phi i64 [ %38, %31 ], [ %7, %6 ]
  %33 = phi i32 [ %37, %31 ], [ %8, %6 ]
  %34 = getelementptr inbounds i8, ptr %0, i64 %32
  %35 = load i8, ptr %34, align 1, !tbaa !5
  %36 = zext i8 %35 to i32
  %37 = add i32 %33, %36
  %38 = add nuw nsw i64 %32, 1
  %39 = icmp eq i64 %38, %1
  br i1 %39, label %29, label %31, !llvm.loop !24
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @signed_widen_sum() unnamed_addr #3 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %30, %1 ]
  %3 = phi <4 x i32> [ zeroinitializer, %0 ], [ %28, %1 ]
  %4 = phi <4 x i32> [ zeroinitializer, %0 ], [ %29, %1 ]
  %5 = getelementptr inbounds i8, ptr @buf, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 4
  %7 = load <4 x i8>, ptr %5, align 16, !tbaa !5
  %8 = load <4 x i8>, ptr %6, align 4, !tbaa !5
  %9 = sext <4 x i8> %7 to <4 x i32>
  %10 = sext <4 x i8> %8 to <4 x i32>
  %11 = mul nsw <4 x i32> %9, <i32 3, i32 3, i32 3, i32 3>
  %12 = mul nsw <4 x i32> %10, <i32 3, i32 3, i32 3, i32 3>
  %13 = add <4 x i32> %3, <i32 -1, i32 -1, i32 -1, i32 -1>
  %14 = add <4 x i32> %4, <i32 -1, i32 -1, i32 -1, i32 -1>
  %15 = add <4 x i32> %13, %11
  %16 = add <4 x i32> %14, %12
  %17 = or disjoint i64 %2, 8
  %18 = getelementptr inbounds i8, ptr @buf, i64 %17
  %19 = getelementptr inbounds i8, ptr %18, i64 4
  %20 = load <4 x i8>, ptr %18, align 8, !tbaa !5
  %21 = load <4 x i8>, ptr %19, align 4, !tbaa !5
  %22 = sext <4 x i8> %20 to <4 x i32>
  %23 = sext <4 x i8> %21 to <4 x i32>
  %24 = mul nsw <4 x i32> %22, <i32 3, i32 3, i32 3, i32 3>
  %25 = mul nsw <4 x i32> %23, <i32 3, i32 3, i32 3, i32 3>
  %26 = add <4 x i32> %15, <i32 -1, i32 -1, i32 -1, i32 -1>
  %27 = add <4 x i32> %16, <i32 -1, i32 -1, i32 -1, i32 -1>
  %28 = add <4 x i32> %26, %24
  %29 = add <4 x i32> %27, %25
  %30 = add nuw nsw i64 %2, 16
  %31 = icmp eq i64 %30, 992
  br i1 %31, label %32, label %1, !llvm.loop !25

32:                                               ; preds = %1
  %33 = add <4 x i32> %29, %28
  %34 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %33)
  %35 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !5
  %36 = sext i8 %35 to i32
  %37 = mul nsw i32 %36, 3
  %38 = add i32 %34, -1
  %39 = add i32 %38, %37
  %40 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 993), align 1, !tbaa !5
  %41 = sext i8 %40 to i32
  %42 = mul nsw i32 %41, 3
  %43 = add i32 %39, -1
  %44 = add i32 %43, %42
  %45 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 994), align 2, !tbaa !5
  %46 = sext i8 %45 to i32
  %47 = mul nsw i32 %46, 3
  %48 = add i32 %44, -1
  %49 = add i32 %48, %47
  %50 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 995), align 1, !tbaa !5
  %51 = sext i8 %50 to i32
  %52 = mul nsw i32 %51, 3
  %53 = add i32 %49, -1
  %54 = add i32 %53, %52
  %55 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 996), align 4, !tbaa !5
  %56 = sext i8 %55 to i32
  %57 = mul nsw i32 %56, 3
  %58 = add i32 %54, -1
  %59 = add i32 %58, %57
  %60 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 997), align 1, !tbaa !5
  %61 = sext i8 %60 to i32
  %62 = mul nsw i32 %61, 3
  %63 = add i32 %59, -1
  %64 = add i32 %63, %62
  %65 = load i8, ptr getelementptr inbounds (i8, ptr @buf, i64 998), align 2, !tbaa !5
  %66 = sext i8 %65 to i32
  %67 = mul nsw i32 %66, 3
  %68 = add i32 %64, -1
  %69 = add i32 %68, %67
  ret i32 %69
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
  %13 = load <16 x i8>, ptr %11, align 1, !tbaa !5
  %14 = load <16 x i8>, ptr %12, align 1, !tbaa !5
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
  store <16 x i8> %21, ptr %23, align 16, !tbaa !5
  store <16 x i8> %22, ptr %24, align 16, !tbaa !5
  %25 = add nuw i64 %10, 32
  %26 = icmp eq i64 %25, %8
  br i1 %26, label %27, label %9, !llvm.loop !26

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
  %40 = load <8 x i8>, ptr %39, align 1, !tbaa !5
  %41 = add <8 x i8> %40, <i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97, i8 -97>
  %42 = icmp ult <8 x i8> %41, <i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26, i8 26>
  %43 = add <8 x i8> %40, <i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32, i8 -32>
  %44 = select <8 x i1> %42, <8 x i8> %43, <8 x i8> %40
  %45 = getelementptr inbounds i8, ptr @out, i64 %38
  store <8 x i8> %44, ptr %45, align 8, !tbaa !5
  %46 = add nuw i64 %38, 8
  %47 = icmp eq i64 %46, %36
  br i1 %47, label %48, label %37, !llvm.loop !27

48:                                               ; preds = %37
  %49 = icmp eq i64 %36, %0
  br i1 %49, label %50, label %32

50:                                               ; preds = %51, %27, %48, %1
  ret void

51:                                               ; preds = %32, %51
  %52 = phi i64 [ %60, %51 ], [ %33, %32 ]
  %53 = getelementptr inbounds i8, ptr @.str.3, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !5
  %55 = add i8 %54, -97
  %56 = icmp ult i8 %55, 26
  %57 = add i8 %54, -32
  %58 = select i1 %56, i8 %57, i8 %54
  %59 = getelementptr inbounds i8, ptr @out, i64 %52
  store i8 %58, ptr %59, align 1, !tbaa !5
  %60 = add nuw i64 %52, 1
  %61 = icmp eq i64 %60, %0
  br i1 %61, label %50, label %51, !llvm.loop !28
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
  %16 = load <16 x i8>, ptr %15, align 16, !tbaa !5
  %17 = trunc <16 x i32> %14 to <16 x i8>
  %18 = xor <16 x i8> %16, %17
  store <16 x i8> %18, ptr %15, align 16, !tbaa !5
  %19 = add nuw i64 %10, 16
  %20 = add <16 x i32> %11, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %21 = icmp eq i64 %19, %8
  br i1 %21, label %22, label %9, !llvm.loop !29

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
  %43 = load <8 x i8>, ptr %42, align 8, !tbaa !5
  %44 = trunc <8 x i32> %41 to <8 x i8>
  %45 = xor <8 x i8> %43, %44
  store <8 x i8> %45, ptr %42, align 8, !tbaa !5
  %46 = add nuw i64 %37, 8
  %47 = add <8 x i32> %38, <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %48 = icmp eq i64 %46, %31
  br i1 %48, label %49, label %36, !llvm.loop !30

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
  %59 = load i8, ptr %58, align 1, !tbaa !5
  %60 = trunc i32 %57 to i8
  %61 = xor i8 %59, %60
  store i8 %61, ptr %58, align 1, !tbaa !5
  %62 = add nuw i64 %53, 1
  %63 = icmp eq i64 %62, %0
  br i1 %63, label %51, label %52, !llvm.loop !31
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @count_true(ptr nocapture noundef readonly %0, i32 noundef %1) unnamed_addr #4 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 8
  br i1 %6, label %7, label %10

7:                                                ; preds = %26, %4
  %8 = phi i64 [ 0, %4 ], [ %11, %26 ]
  %9 = phi i32 [ 0, %4 ], [ %28, %26 ]
  br label %32

10:                                               ; preds = %4
  %11 = and i64 %5, 2147483640
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %24, %12 ]
  %14 = phi <4 x i32> [ zeroinitializer, %10 ], [ %22, %12 ]
  %15 = phi <4 x i32> [ zeroinitializer, %10 ], [ %23, %12 ]
  %16 = getelementptr inbounds i8, ptr %0, i64 %13
  %17 = getelementptr inbounds i8, ptr %16, i64 4
  %18 = load <4 x i8>, ptr %16, align 1, !tbaa !10
  %19 = load <4 x i8>, ptr %17, align 1, !tbaa !10
  %20 = zext <4 x i8> %18 to <4 x i32>
  %21 = zext <4 x i8> %19 to <4 x i32>
  %22 = add <4 x i32> %14, %20
  %23 = add <4 x i32> %15, %21
  %24 = add nuw i64 %13, 8
  %25 = icmp eq i64 %24, %11
  br i1 %25, label %26, label %12, !llvm.loop !32

26:                                               ; preds = %12
  %27 = add <4 x i32> %23, %22
  %28 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %27)
  %29 = icmp eq i64 %11, %5
  br i1 %29, label %30, label %7

30:                                               ; preds = %32, %26, %2
  %31 = phi i32 [ 0, %2 ], [ %28, %26 ], [ %38, %32 ]
  ret i32 %31

32:                                               ; preds = %7, %32
  %33 = phi i64 [ %39, %32 ], [ %8, %7 ]
  %34 = phi i32 [ %38, %32 ], [ %9, %7 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 %33
  %36 = load i8, ptr %35, align 1, !tbaa !10, !range !33, !noundef !34
  %37 = zext nneg i8 %36 to i32
  %38 = add nuw nsw i32 %34, %37
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, %5
  br i1 %40, label %30, label %32, !llvm.loop !35
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @clamp_store() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %167, %0
  %2 = phi i64 [ 0, %0 ], [ %168, %167 ]
  %3 = or disjoint i64 %2, 16
  %4 = getelementptr inbounds i8, ptr @buf, i64 %2
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load <16 x i8>, ptr %4, align 16, !tbaa !5
  %7 = load <16 x i8>, ptr %5, align 16, !tbaa !5
  %8 = icmp ugt <16 x i8> %6, <i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56>
  %9 = icmp ugt <16 x i8> %7, <i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56>
  %10 = extractelement <16 x i1> %8, i64 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %1
  %12 = getelementptr inbounds i8, ptr @out, i64 %2
  store i8 -56, ptr %12, align 16, !tbaa !5
  br label %13

13:                                               ; preds = %11, %1
  %14 = extractelement <16 x i1> %8, i64 1
  br i1 %14, label %15, label %18

15:                                               ; preds = %13
  %16 = or disjoint i64 %2, 1
  %17 = getelementptr inbounds i8, ptr @out, i64 %16
  store i8 -56, ptr %17, align 1, !tbaa !5
  br label %18

18:                                               ; preds = %15, %13
  %19 = extractelement <16 x i1> %8, i64 2
  br i1 %19, label %20, label %23

20:                                               ; preds = %18
  %21 = or disjoint i64 %2, 2
  %22 = getelementptr inbounds i8, ptr @out, i64 %21
  store i8 -56, ptr %22, align 2, !tbaa !5
  br label %23

23:                                               ; preds = %20, %18
  %24 = extractelement <16 x i1> %8, i64 3
  br i1 %24, label %25, label %28

25:                                               ; preds = %23
  %26 = or disjoint i64 %2, 3
  %27 = getelementptr inbounds i8, ptr @out, i64 %26
  store i8 -56, ptr %27, align 1, !tbaa !5
  br label %28

28:                                               ; preds = %25, %23
  %29 = extractelement <16 x i1> %8, i64 4
  br i1 %29, label %30, label %33

30:                                               ; preds = %28
  %31 = or disjoint i64 %2, 4
  %32 = getelementptr inbounds i8, ptr @out, i64 %31
  store i8 -56, ptr %32, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %30, %28
  %34 = extractelement <16 x i1> %8, i64 5
  br i1 %34, label %35, label %38

35:                                               ; preds = %33
  %36 = or disjoint i64 %2, 5
  %37 = getelementptr inbounds i8, ptr @out, i64 %36
  store i8 -56, ptr %37, align 1, !tbaa !5
  br label %38

38:                                               ; preds = %35, %33
  %39 = extractelement <16 x i1> %8, i64 6
  br i1 %39, label %40, label %43

40:                                               ; preds = %38
  %41 = or disjoint i64 %2, 6
  %42 = getelementptr inbounds i8, ptr @out, i64 %41
  store i8 -56, ptr %42, align 2, !tbaa !5
  br label %43

43:                                               ; preds = %40, %38
  %44 = extractelement <16 x i1> %8, i64 7
  br i1 %44, label %45, label %48

45:                                               ; preds = %43
  %46 = or disjoint i64 %2, 7
  %47 = getelementptr inbounds i8, ptr @out, i64 %46
  store i8 -56, ptr %47, align 1, !tbaa !5
  br label %48

48:                                               ; preds = %45, %43
  %49 = extractelement <16 x i1> %8, i64 8
  br i1 %49, label %50, label %53

50:                                               ; preds = %48
  %51 = or disjoint i64 %2, 8
  %52 = getelementptr inbounds i8, ptr @out, i64 %51
  store i8 -56, ptr %52, align 8, !tbaa !5
  br label %53

53:                                               ; preds = %50, %48
  %54 = extractelement <16 x i1> %8, i64 9
  br i1 %54, label %55, label %58

55:                                               ; preds = %53
  %56 = or disjoint i64 %2, 9
  %57 = getelementptr inbounds i8, ptr @out, i64 %56
  store i8 -56, ptr %57, align 1, !tbaa !5
  br label %58

58:                                               ; preds = %55, %53
  %59 = extractelement <16 x i1> %8, i64 10
  br i1 %59, label %60, label %63

60:                                               ; preds = %58
  %61 = or disjoint i64 %2, 10
  %62 = getelementptr inbounds i8, ptr @out, i64 %61
  store i8 -56, ptr %62, align 2, !tbaa !5
  br label %63

63:                                               ; preds = %60, %58
  %64 = extractelement <16 x i1> %8, i64 11
  br i1 %64, label %65, label %68

65:                                               ; preds = %63
  %66 = or disjoint i64 %2, 11
  %67 = getelementptr inbounds i8, ptr @out, i64 %66
  store i8 -56, ptr %67, align 1, !tbaa !5
  br label %68

68:                                               ; preds = %65, %63
  %69 = extractelement <16 x i1> %8, i64 12
  br i1 %69, label %70, label %73

70:                                               ; preds = %68
  %71 = or disjoint i64 %2, 12
  %72 = getelementptr inbounds i8, ptr @out, i64 %71
  store i8 -56, ptr %72, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %70, %68
  %74 = extractelement <16 x i1> %8, i64 13
  br i1 %74, label %75, label %78

75:                                               ; preds = %73
  %76 = or disjoint i64 %2, 13
  %77 = getelementptr inbounds i8, ptr @out, i64 %76
  store i8 -56, ptr %77, align 1, !tbaa !5
  br label %78

78:                                               ; preds = %75, %73
  %79 = extractelement <16 x i1> %8, i64 14
  br i1 %79, label %80, label %83

80:                                               ; preds = %78
  %81 = or disjoint i64 %2, 14
  %82 = getelementptr inbounds i8, ptr @out, i64 %81
  store i8 -56, ptr %82, align 2, !tbaa !5
  br label %83

83:                                               ; preds = %80, %78
  %84 = extractelement <16 x i1> %8, i64 15
  br i1 %84, label %85, label %88

85:                                               ; preds = %83
  %86 = or disjoint i64 %2, 15
  %87 = getelementptr inbounds i8, ptr @out, i64 %86
  store i8 -56, ptr %87, align 1, !tbaa !5
  br label %88

88:                                               ; preds = %85, %83
  %89 = extractelement <16 x i1> %9, i64 0
  br i1 %89, label %90, label %92

90:                                               ; preds = %88
  %91 = getelementptr inbounds i8, ptr @out, i64 %3
  store i8 -56, ptr %91, align 16, !tbaa !5
  br label %92

92:                                               ; preds = %90, %88
  %93 = extractelement <16 x i1> %9, i64 1
  br i1 %93, label %94, label %97

94:                                               ; preds = %92
  %95 = or disjoint i64 %2, 17
  %96 = getelementptr inbounds i8, ptr @out, i64 %95
  store i8 -56, ptr %96, align 1, !tbaa !5
  br label %97

97:                                               ; preds = %94, %92
  %98 = extractelement <16 x i1> %9, i64 2
  br i1 %98, label %99, label %102

99:                                               ; preds = %97
  %100 = or disjoint i64 %2, 18
  %101 = getelementptr inbounds i8, ptr @out, i64 %100
  store i8 -56, ptr %101, align 2, !tbaa !5
  br label %102

102:                                              ; preds = %99, %97
  %103 = extractelement <16 x i1> %9, i64 3
  br i1 %103, label %104, label %107

104:                                              ; preds = %102
  %105 = or disjoint i64 %2, 19
  %106 = getelementptr inbounds i8, ptr @out, i64 %105
  store i8 -56, ptr %106, align 1, !tbaa !5
  br label %107

107:                                              ; preds = %104, %102
  %108 = extractelement <16 x i1> %9, i64 4
  br i1 %108, label %109, label %112

109:                                              ; preds = %107
  %110 = or disjoint i64 %2, 20
  %111 = getelementptr inbounds i8, ptr @out, i64 %110
  store i8 -56, ptr %111, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %109, %107
  %113 = extractelement <16 x i1> %9, i64 5
  br i1 %113, label %114, label %117

114:                                              ; preds = %112
  %115 = or disjoint i64 %2, 21
  %116 = getelementptr inbounds i8, ptr @out, i64 %115
  store i8 -56, ptr %116, align 1, !tbaa !5
  br label %117

117:                                              ; preds = %114, %112
  %118 = extractelement <16 x i1> %9, i64 6
  br i1 %118, label %119, label %122

119:                                              ; preds = %117
  %120 = or disjoint i64 %2, 22
  %121 = getelementptr inbounds i8, ptr @out, i64 %120
  store i8 -56, ptr %121, align 2, !tbaa !5
  br label %122

122:                                              ; preds = %119, %117
  %123 = extractelement <16 x i1> %9, i64 7
  br i1 %123, label %124, label %127

124:                                              ; preds = %122
  %125 = or disjoint i64 %2, 23
  %126 = getelementptr inbounds i8, ptr @out, i64 %125
  store i8 -56, ptr %126, align 1, !tbaa !5
  br label %127

127:                                              ; preds = %124, %122
  %128 = extractelement <16 x i1> %9, i64 8
  br i1 %128, label %129, label %132

129:                                              ; preds = %127
  %130 = or disjoint i64 %2, 24
  %131 = getelementptr inbounds i8, ptr @out, i64 %130
  store i8 -56, ptr %131, align 8, !tbaa !5
  br label %132

132:                                              ; preds = %129, %127
  %133 = extractelement <16 x i1> %9, i64 9
  br i1 %133, label %134, label %137

134:                                              ; preds = %132
  %135 = or disjoint i64 %2, 25
  %136 = getelementptr inbounds i8, ptr @out, i64 %135
  store i8 -56, ptr %136, align 1, !tbaa !5
  br label %137

137:                                              ; preds = %134, %132
  %138 = extractelement <16 x i1> %9, i64 10
  br i1 %138, label %139, label %142

139:                                              ; preds = %137
  %140 = or disjoint i64 %2, 26
  %141 = getelementptr inbounds i8, ptr @out, i64 %140
  store i8 -56, ptr %141, align 2, !tbaa !5
  br label %142

142:                                              ; preds = %139, %137
  %143 = extractelement <16 x i1> %9, i64 11
  br i1 %143, label %144, label %147

144:                                              ; preds = %142
  %145 = or disjoint i64 %2, 27
  %146 = getelementptr inbounds i8, ptr @out, i64 %145
  store i8 -56, ptr %146, align 1, !tbaa !5
  br label %147

147:                                              ; preds = %144, %142
  %148 = extractelement <16 x i1> %9, i64 12
  br i1 %148, label %149, label %152

149:                                              ; preds = %147
  %150 = or disjoint i64 %2, 28
  %151 = getelementptr inbounds i8, ptr @out, i64 %150
  store i8 -56, ptr %151, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %149, %147
  %153 = extractelement <16 x i1> %9, i64 13
  br i1 %153, label %154, label %157

154:                                              ; preds = %152
  %155 = or disjoint i64 %2, 29
  %156 = getelementptr inbounds i8, ptr @out, i64 %155
  store i8 -56, ptr %156, align 1, !tbaa !5
  br label %157

157:                                              ; preds = %154, %152
  %158 = extractelement <16 x i1> %9, i64 14
  br i1 %158, label %159, label %162

159:                                              ; preds = %157
  %160 = or disjoint i64 %2, 30
  %161 = getelementptr inbounds i8, ptr @out, i64 %160
  store i8 -56, ptr %161, align 2, !tbaa !5
  br label %162

162:                                              ; preds = %159, %157
  %163 = extractelement <16 x i1> %9, i64 15
  br i1 %163, label %164, label %167

164:                                              ; preds = %162
  %165 = or disjoint i64 %2, 31
  %166 = getelementptr inbounds i8, ptr @out, i64 %165
  store i8 -56, ptr %166, align 1, !tbaa !5
  br label %167

167:                                              ; preds = %164, %162
  %168 = add nuw i64 %2, 32
  %169 = icmp eq i64 %168, 992
  br i1 %169, label %170, label %1, !llvm.loop !36

170:                                              ; preds = %167
  %171 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !5
  %172 = icmp ugt <8 x i8> %171, <i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56, i8 -56>
  %173 = extractelement <8 x i1> %172, i64 0
  br i1 %173, label %174, label %175

174:                                              ; preds = %170
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 992), align 16, !tbaa !5
  br label %175

175:                                              ; preds = %174, %170
  %176 = extractelement <8 x i1> %172, i64 1
  br i1 %176, label %177, label %178

177:                                              ; preds = %175
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 993), align 1, !tbaa !5
  br label %178

178:                                              ; preds = %177, %175
  %179 = extractelement <8 x i1> %172, i64 2
  br i1 %179, label %180, label %181

180:                                              ; preds = %178
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 994), align 2, !tbaa !5
  br label %181

181:                                              ; preds = %180, %178
  %182 = extractelement <8 x i1> %172, i64 3
  br i1 %182, label %183, label %184

183:                                              ; preds = %181
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 995), align 1, !tbaa !5
  br label %184

184:                                              ; preds = %183, %181
  %185 = extractelement <8 x i1> %172, i64 4
  br i1 %185, label %186, label %187

186:                                              ; preds = %184
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 996), align 4, !tbaa !5
  br label %187

187:                                              ; preds = %186, %184
  %188 = extractelement <8 x i1> %172, i64 5
  br i1 %188, label %189, label %190

189:                                              ; preds = %187
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 997), align 1, !tbaa !5
  br label %190

190:                                              ; preds = %189, %187
  %191 = extractelement <8 x i1> %172, i64 6
  br i1 %191, label %192, label %193

192:                                              ; preds = %190
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 998), align 2, !tbaa !5
  br label %193

193:                                              ; preds = %192, %190
  %194 = extractelement <8 x i1> %172, i64 7
  br i1 %194, label %195, label %196

195:                                              ; preds = %193
  store i8 -56, ptr getelementptr inbounds (i8, ptr @out, i64 999), align 1, !tbaa !5
  br label %196

196:                                              ; preds = %195, %193
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc zeroext i8 @max_byte(ptr nocapture noundef readonly %0) unnamed_addr #4 {
  br label %2

2:                                                ; preds = %27, %1
  %3 = phi i64 [ 0, %1 ], [ %35, %27 ]
  %4 = phi <16 x i8> [ zeroinitializer, %1 ], [ %33, %27 ]
  %5 = phi <16 x i8> [ zeroinitializer, %1 ], [ %34, %27 ]
  %6 = getelementptr inbounds i8, ptr %0, i64 %3
  %7 = getelementptr inbounds i8, ptr %6, i64 16
  %8 = load <16 x i8>, ptr %6, align 1, !tbaa !5
  %9 = load <16 x i8>, ptr %7, align 1, !tbaa !5
  %10 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %8, <16 x i8> %4)
  %11 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %9, <16 x i8> %5)
  %12 = or disjoint i64 %3, 32
  %13 = getelementptr inbounds i8, ptr %0, i64 %12
  %14 = getelementptr inbounds i8, ptr %13, i64 16
  %15 = load <16 x i8>, ptr %13, align 1, !tbaa !5
  %16 = load <16 x i8>, ptr %14, align 1, !tbaa !5
  %17 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %15, <16 x i8> %10)
  %18 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %16, <16 x i8> %11)
  %19 = or disjoint i64 %3, 64
  %20 = getelementptr inbounds i8, ptr %0, i64 %19
  %21 = getelementptr inbounds i8, ptr %20, i64 16
  %22 = load <16 x i8>, ptr %20, align 1, !tbaa !5
  %23 = load <16 x i8>, ptr %21, align 1, !tbaa !5
  %24 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %22, <16 x i8> %17)
  %25 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %23, <16 x i8> %18)
  %26 = icmp eq i64 %3, 896
  br i1 %26, label %36, label %27, !llvm.loop !37

27:                                               ; preds = %2
  %28 = or disjoint i64 %3, 96
  %29 = getelementptr inbounds i8, ptr %0, i64 %28
  %30 = getelementptr inbounds i8, ptr %29, i64 16
  %31 = load <16 x i8>, ptr %29, align 1, !tbaa !5
  %32 = load <16 x i8>, ptr %30, align 1, !tbaa !5
  %33 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %31, <16 x i8> %24)
  %34 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %32, <16 x i8> %25)
  %35 = add nuw nsw i64 %3, 128
  br label %2

36:                                               ; preds = %2
  %37 = tail call <16 x i8> @llvm.umax.v16i8(<16 x i8> %24, <16 x i8> %25)
  %38 = tail call i8 @llvm.vector.reduce.umax.v16i8(<16 x i8> %37)
  %39 = insertelement <8 x i8> poison, i8 %38, i64 0
  %40 = shufflevector <8 x i8> %39, <8 x i8> poison, <8 x i32> zeroinitializer
  %41 = getelementptr inbounds i8, ptr %0, i64 992
  %42 = load <8 x i8>, ptr %41, align 1, !tbaa !5
  %43 = tail call <8 x i8> @llvm.umax.v8i8(<8 x i8> %42, <8 x i8> %40)
  %44 = tail call i8 @llvm.vector.reduce.umax.v8i8(<8 x i8> %43)
  ret i8 %44
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc signext i8 @min_sbyte() unnamed_addr #3 {
  br label %1

1:                                                ; preds = %12, %0
  %2 = phi i64 [ 0, %0 ], [ %20, %12 ]
  %3 = phi <16 x i8> [ <i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127>, %0 ], [ %18, %12 ]
  %4 = phi <16 x i8> [ <i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127, i8 127>, %0 ], [ %19, %12 ]
  %5 = getelementptr inbounds i8, ptr @buf, i64 %2
  %6 = getelementptr inbounds i8, ptr %5, i64 16
  %7 = load <16 x i8>, ptr %5, align 16, !tbaa !5
  %8 = load <16 x i8>, ptr %6, align 16, !tbaa !5
  %9 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %7, <16 x i8> %3)
  %10 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %8, <16 x i8> %4)
  %11 = icmp eq i64 %2, 960
  br i1 %11, label %21, label %12, !llvm.loop !38

12:                                               ; preds = %1
  %13 = or disjoint i64 %2, 32
  %14 = getelementptr inbounds i8, ptr @buf, i64 %13
  %15 = getelementptr inbounds i8, ptr %14, i64 16
  %16 = load <16 x i8>, ptr %14, align 16, !tbaa !5
  %17 = load <16 x i8>, ptr %15, align 16, !tbaa !5
  %18 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %16, <16 x i8> %9)
  %19 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %17, <16 x i8> %10)
  %20 = add nuw nsw i64 %2, 64
  br label %1

21:                                               ; preds = %1
  %22 = tail call <16 x i8> @llvm.smin.v16i8(<16 x i8> %9, <16 x i8> %10)
  %23 = tail call i8 @llvm.vector.reduce.smin.v16i8(<16 x i8> %22)
  %24 = insertelement <8 x i8> poison, i8 %23, i64 0
  %25 = shufflevector <8 x i8> %24, <8 x i8> poison, <8 x i32> zeroinitializer
  %26 = load <8 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 992), align 16, !tbaa !5
  %27 = tail call <8 x i8> @llvm.smin.v8i8(<8 x i8> %26, <8 x i8> %25)
  %28 = tail call i8 @llvm.vector.reduce.smin.v8i8(<8 x i8> %27)
  ret i8 %28
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #8

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc zeroext i1 @any_zero(i32 noundef %0) unnamed_addr #3 {
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
  %16 = load <16 x i8>, ptr %14, align 16, !tbaa !5
  %17 = load <16 x i8>, ptr %15, align 16, !tbaa !5
  %18 = icmp eq <16 x i8> %16, zeroinitializer
  %19 = icmp eq <16 x i8> %17, zeroinitializer
  %20 = or <16 x i1> %12, %18
  %21 = or <16 x i1> %13, %19
  %22 = add nuw i64 %11, 32
  %23 = icmp eq i64 %22, %9
  br i1 %23, label %24, label %10, !llvm.loop !39

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
  %44 = load <8 x i8>, ptr %43, align 8, !tbaa !5
  %45 = icmp eq <8 x i8> %44, zeroinitializer
  %46 = or <8 x i1> %42, %45
  %47 = add nuw i64 %41, 8
  %48 = icmp eq i64 %47, %38
  br i1 %48, label %49, label %40, !llvm.loop !40

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
  %59 = load i8, ptr %58, align 1, !tbaa !5
  %60 = icmp eq i8 %59, 0
  %61 = or i1 %57, %60
  %62 = add nuw nsw i64 %56, 1
  %63 = icmp eq i64 %62, %4
  br i1 %63, label %53, label %55, !llvm.loop !41
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc range(i32 0, 2) i32 @all_below(ptr nocapture noundef readonly %0, i8 noundef zeroext %1) unnamed_addr #4 {
  %3 = insertelement <4 x i8> poison, i8 %1, i64 0
  %4 = shufflevector <4 x i8> %3, <4 x i8> poison, <4 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %18, %2
  %6 = phi i64 [ 0, %2 ], [ %28, %18 ]
  %7 = phi <4 x i1> [ zeroinitializer, %2 ], [ %26, %18 ]
  %8 = phi <4 x i1> [ zeroinitializer, %2 ], [ %27, %18 ]
  %9 = getelementptr inbounds i8, ptr %0, i64 %6
  %10 = getelementptr inbounds i8, ptr %9, i64 4
  %11 = load <4 x i8>, ptr %9, align 1, !tbaa !5
  %12 = load <4 x i8>, ptr %10, align 1, !tbaa !5
  %13 = icmp uge <4 x i8> %11, %4
  %14 = icmp uge <4 x i8> %12, %4
  %15 = or <4 x i1> %7, %13
  %16 = or <4 x i1> %8, %14
  %17 = icmp eq i64 %6, 992
  br i1 %17, label %29, label %18, !llvm.loop !42

18:                                               ; preds = %5
  %19 = or disjoint i64 %6, 8
  %20 = getelementptr inbounds i8, ptr %0, i64 %19
  %21 = getelementptr inbounds i8, ptr %20, i64 4
  %22 = load <4 x i8>, ptr %20, align 1, !tbaa !5
  %23 = load <4 x i8>, ptr %21, align 1, !tbaa !5
  %24 = icmp uge <4 x i8> %22, %4
  %25 = icmp uge <4 x i8> %23, %4
  %26 = or <4 x i1> %15, %24
  %27 = or <4 x i1> %16, %25
  %28 = add nuw nsw i64 %6, 16
  br label %5

29:                                               ; preds = %5
  %30 = or <4 x i1> %16, %15
  %31 = freeze <4 x i1> %30
  %32 = bitcast <4 x i1> %31 to i4
  %33 = icmp eq i4 %32, 0
  %34 = zext i1 %33 to i32
  ret i32 %34
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define internal fastcc i32 @lane_pick(ptr nocapture noundef readonly %0) unnamed_addr #9 {
  %2 = load <4 x i32>, ptr %0, align 4, !tbaa !15
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
  %13 = load i8, ptr %12, align 1, !tbaa !5
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
  br i1 %25, label %3, label %8, !llvm.loop !43
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @first_zero(i64 noundef %0) unnamed_addr #3 {
  %2 = icmp sgt i64 %0, 0
  br i1 %2, label %3, label %11

3:                                                ; preds = %1, %8
  %4 = phi i64 [ %9, %8 ], [ 0, %1 ]
  %5 = getelementptr inbounds i8, ptr @out, i64 %4
  %6 = load i8, ptr %5, align 1, !tbaa !5
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %3
  %9 = add nuw nsw i64 %4, 1
  %10 = icmp eq i64 %9, %0
  br i1 %10, label %11, label %3, !llvm.loop !44

11:                                               ; preds = %8, %3, %1
  %12 = phi i64 [ -1, %1 ], [ %4, %3 ], [ -1, %8 ]
  ret i64 %12
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i64 @histogram_mix() unnamed_addr #3 {
  %1 = alloca [16 x i16], align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #12
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) %1, i8 0, i64 32, i1 false)
  br label %2

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %19, %2 ]
  %4 = getelementptr inbounds i8, ptr @buf, i64 %3
  %5 = load i8, ptr %4, align 2, !tbaa !5
  %6 = and i8 %5, 15
  %7 = zext nneg i8 %6 to i64
  %8 = getelementptr inbounds [16 x i16], ptr %1, i64 0, i64 %7
  %9 = load i16, ptr %8, align 2, !tbaa !17
  %10 = add i16 %9, 1
  store i16 %10, ptr %8, align 2, !tbaa !17
  %11 = or disjoint i64 %3, 1
  %12 = getelementptr inbounds i8, ptr @buf, i64 %11
  %13 = load i8, ptr %12, align 1, !tbaa !5
  %14 = and i8 %13, 15
  %15 = zext nneg i8 %14 to i64
  %16 = getelementptr inbounds [16 x i16], ptr %1, i64 0, i64 %15
  %17 = load i16, ptr %16, align 2, !tbaa !17
  %18 = add i16 %17, 1
  store i16 %18, ptr %16, align 2, !tbaa !17
  %19 = add nuw nsw i64 %3, 2
  %20 = icmp eq i64 %19, 1000
  br i1 %20, label %21, label %2, !llvm.loop !45

21:                                               ; preds = %2
  %22 = load i16, ptr %1, align 16, !tbaa !17
  %23 = zext i16 %22 to i64
  %24 = mul nuw nsw i64 %23, 31
  %25 = getelementptr inbounds i8, ptr %1, i64 2
  %26 = load i16, ptr %25, align 2, !tbaa !17
  %27 = zext i16 %26 to i64
  %28 = add nuw nsw i64 %24, %27
  %29 = mul nuw nsw i64 %28, 31
  %30 = getelementptr inbounds i8, ptr %1, i64 4
  %31 = load i16, ptr %30, align 4, !tbaa !17
  %32 = zext i16 %31 to i64
  %33 = add nuw nsw i64 %29, %32
  %34 = mul nuw nsw i64 %33, 31
  %35 = getelementptr inbounds i8, ptr %1, i64 6
  %36 = load i16, ptr %35, align 2, !tbaa !17
  %37 = zext i16 %36 to i64
  %38 = add nuw nsw i64 %34, %37
  %39 = mul nuw nsw i64 %38, 31
  %40 = getelementptr inbounds i8, ptr %1, i64 8
  %41 = load i16, ptr %40, align 8, !tbaa !17
  %42 = zext i16 %41 to i64
  %43 = add nuw nsw i64 %39, %42
  %44 = mul nuw nsw i64 %43, 31
  %45 = getelementptr inbounds i8, ptr %1, i64 10
  %46 = load i16, ptr %45, align 2, !tbaa !17
  %47 = zext i16 %46 to i64
  %48 = add nuw nsw i64 %44, %47
  %49 = mul nuw nsw i64 %48, 31
  %50 = getelementptr inbounds i8, ptr %1, i64 12
  %51 = load i16, ptr %50, align 4, !tbaa !17
  %52 = zext i16 %51 to i64
  %53 = add nuw nsw i64 %49, %52
  %54 = mul nuw nsw i64 %53, 31
  %55 = getelementptr inbounds i8, ptr %1, i64 14
  %56 = load i16, ptr %55, align 2, !tbaa !17
  %57 = zext i16 %56 to i64
  %58 = add nuw nsw i64 %54, %57
  %59 = mul nuw nsw i64 %58, 31
  %60 = getelementptr inbounds i8, ptr %1, i64 16
  %61 = load i16, ptr %60, align 16, !tbaa !17
  %62 = zext i16 %61 to i64
  %63 = add nuw nsw i64 %59, %62
  %64 = mul nuw nsw i64 %63, 31
  %65 = getelementptr inbounds i8, ptr %1, i64 18
  %66 = load i16, ptr %65, align 2, !tbaa !17
  %67 = zext i16 %66 to i64
  %68 = add nuw nsw i64 %64, %67
  %69 = mul i64 %68, 31
  %70 = getelementptr inbounds i8, ptr %1, i64 20
  %71 = load i16, ptr %70, align 4, !tbaa !17
  %72 = zext i16 %71 to i64
  %73 = add i64 %69, %72
  %74 = mul i64 %73, 31
  %75 = getelementptr inbounds i8, ptr %1, i64 22
  %76 = load i16, ptr %75, align 2, !tbaa !17
  %77 = zext i16 %76 to i64
  %78 = add i64 %74, %77
  %79 = mul i64 %78, 31
  %80 = getelementptr inbounds i8, ptr %1, i64 24
  %81 = load i16, ptr %80, align 8, !tbaa !17
  %82 = zext i16 %81 to i64
  %83 = add i64 %79, %82
  %84 = mul i64 %83, 31
  %85 = getelementptr inbounds i8, ptr %1, i64 26
  %86 = load i16, ptr %85, align 2, !tbaa !17
  %87 = zext i16 %86 to i64
  %88 = add i64 %84, %87
  %89 = mul i64 %88, 31
  %90 = getelementptr inbounds i8, ptr %1, i64 28
  %91 = load i16, ptr %90, align 4, !tbaa !17
  %92 = zext i16 %91 to i64
  %93 = add i64 %89, %92
  %94 = mul i64 %93, 31
  %95 = getelementptr inbounds i8, ptr %1, i64 30
  %96 = load i16, ptr %95, align 2, !tbaa !17
  %97 = zext i16 %96 to i64
  %98 = add i64 %94, %97
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #12
  ret i64 %98
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @sat_add() unnamed_addr #6 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = getelementptr inbounds i8, ptr @buf, i64 %2
  %4 = load <16 x i8>, ptr %3, align 16, !tbaa !5
  %5 = zext <16 x i8> %4 to <16 x i32>
  %6 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @buf, i64 500), i64 %2
  %7 = load <16 x i8>, ptr %6, align 4, !tbaa !5
  %8 = zext <16 x i8> %7 to <16 x i32>
  %9 = add nuw nsw <16 x i32> %8, %5
  %10 = tail call <16 x i32> @llvm.umin.v16i32(<16 x i32> %9, <16 x i32> <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>)
  %11 = trunc nuw <16 x i32> %10 to <16 x i8>
  %12 = getelementptr inbounds i8, ptr @out, i64 %2
  store <16 x i8> %11, ptr %12, align 16, !tbaa !5
  %13 = add nuw i64 %2, 16
  %14 = icmp eq i64 %13, 496
  br i1 %14, label %15, label %1, !llvm.loop !46

15:                                               ; preds = %1
  %16 = load <4 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 496), align 16, !tbaa !5
  %17 = zext <4 x i8> %16 to <4 x i32>
  %18 = load <4 x i8>, ptr getelementptr inbounds (i8, ptr @buf, i64 996), align 4, !tbaa !5
  %19 = zext <4 x i8> %18 to <4 x i32>
  %20 = add nuw nsw <4 x i32> %19, %17
  %21 = tail call <4 x i32> @llvm.umin.v4i32(<4 x i32> %20, <4 x i32> <i32 255, i32 255, i32 255, i32 255>)
  %22 = trunc nuw <4 x i32> %21 to <4 x i8>
  store <4 x i8> %22, ptr getelementptr inbounds (i8, ptr @out, i64 496), align 16, !tbaa !5
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable
define internal fastcc void @u16_from_bytes(ptr nocapture noundef writeonly %0) unnamed_addr #10 {
  %2 = getelementptr i8, ptr %0, i64 400
  %3 = icmp ult ptr %0, getelementptr inbounds (i8, ptr @buf, i64 400)
  %4 = icmp ugt ptr %2, @buf
  %5 = and i1 %3, %4
  br i1 %5, label %21, label %6

6:                                                ; preds = %1, %6
  %7 = phi i64 [ %18, %6 ], [ 0, %1 ]
  %8 = shl nuw nsw i64 %7, 1
  %9 = getelementptr inbounds i8, ptr @buf, i64 %8
  %10 = load <16 x i8>, ptr %9, align 16, !tbaa !5
  %11 = shufflevector <16 x i8> %10, <16 x i8> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %12 = shufflevector <16 x i8> %10, <16 x i8> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %13 = zext <8 x i8> %11 to <8 x i16>
  %14 = zext <8 x i8> %12 to <8 x i16>
  %15 = shl nuw <8 x i16> %14, <i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8, i16 8>
  %16 = or disjoint <8 x i16> %15, %13
  %17 = getelementptr inbounds i16, ptr %0, i64 %7
  store <8 x i16> %16, ptr %17, align 2, !tbaa !17, !alias.scope !47, !noalias !50
  %18 = add nuw i64 %7, 8
  %19 = icmp eq i64 %18, 200
  br i1 %19, label %20, label %6, !llvm.loop !52

20:                                               ; preds = %6, %21
  ret void

21:                                               ; preds = %1, %21
  %22 = phi i64 [ %46, %21 ], [ 0, %1 ]
  %23 = shl nuw nsw i64 %22, 1
  %24 = getelementptr inbounds i8, ptr @buf, i64 %23
  %25 = load i8, ptr %24, align 4, !tbaa !5
  %26 = zext i8 %25 to i16
  %27 = or disjoint i64 %23, 1
  %28 = getelementptr inbounds i8, ptr @buf, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !5
  %30 = zext i8 %29 to i16
  %31 = shl nuw i16 %30, 8
  %32 = or disjoint i16 %31, %26
  %33 = getelementptr inbounds i16, ptr %0, i64 %22
  store i16 %32, ptr %33, align 2, !tbaa !17
  %34 = or disjoint i64 %22, 1
  %35 = shl nuw nsw i64 %34, 1
  %36 = getelementptr inbounds i8, ptr @buf, i64 %35
  %37 = load i8, ptr %36, align 2, !tbaa !5
  %38 = zext i8 %37 to i16
  %39 = or disjoint i64 %35, 1
  %40 = getelementptr inbounds i8, ptr @buf, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !5
  %42 = zext i8 %41 to i16
  %43 = shl nuw i16 %42, 8
  %44 = or disjoint i16 %43, %38
  %45 = getelementptr inbounds i16, ptr %0, i64 %34
  store i16 %44, ptr %45, align 2, !tbaa !17
  %46 = add nuw nsw i64 %22, 2
  %47 = icmp eq i64 %46, 200
  br i1 %47, label %20, label %21, !llvm.loop !53
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.vector.reduce.add.v4i16(<4 x i16>) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #11

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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(write, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #9 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nofree noinline norecurse nosync nounwind memory(read, argmem: write, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!11, !11, i64 0}
!11 = !{!"_Bool", !6, i64 0}
!12 = distinct !{!12, !9, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !6, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !6, i64 0}
!19 = distinct !{!19, !9, !13, !14}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9, !13, !14}
!22 = distinct !{!22, !9, !14, !13}
!23 = distinct !{!23, !9, !13, !14}
!24 = distinct !{!24, !9, !14, !13}
!25 = distinct !{!25, !9, !13, !14}
!26 = distinct !{!26, !9, !13, !14}
!27 = distinct !{!27, !9, !13, !14}
!28 = distinct !{!28, !9, !14, !13}
!29 = distinct !{!29, !9, !13, !14}
!30 = distinct !{!30, !9, !13, !14}
!31 = distinct !{!31, !9, !14, !13}
!32 = distinct !{!32, !9, !13, !14}
!33 = !{i8 0, i8 2}
!34 = !{}
!35 = distinct !{!35, !9, !14, !13}
!36 = distinct !{!36, !9, !13, !14}
!37 = distinct !{!37, !9, !13, !14}
!38 = distinct !{!38, !9, !13, !14}
!39 = distinct !{!39, !9, !13, !14}
!40 = distinct !{!40, !9, !13, !14}
!41 = distinct !{!41, !9, !14, !13}
!42 = distinct !{!42, !9, !13, !14}
!43 = distinct !{!43, !9}
!44 = distinct !{!44, !9}
!45 = distinct !{!45, !9}
!46 = distinct !{!46, !9, !13, !14}
!47 = !{!48}
!48 = distinct !{!48, !49}
!49 = distinct !{!49, !"LVerDomain"}
!50 = !{!51}
!51 = distinct !{!51, !49}
!52 = distinct !{!52, !9, !13, !14}
!53 = distinct !{!53, !9, !13}
