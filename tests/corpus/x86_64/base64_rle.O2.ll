; ModuleID = 'base64_rle.c'
source_filename = "base64_rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@rev = internal unnamed_addr global [256 x i8] zeroinitializer, align 16
@b64 = internal unnamed_addr constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.samples = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str.8 = private unnamed_addr constant [41 x i8] c"'%s' -> '%s' -> %ld bytes, roundtrip=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [18 x i8] c"invalid: %ld %ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"ab!d\00", align 1
@.str.12 = private unnamed_addr constant [23 x i8] c"rle %zu -> %zu bytes:\0A\00", align 1
@.str.13 = private unnamed_addr constant [33 x i8] c"256 bytes -> %zu chars, tail=%s\0A\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"%02x%s\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c" \00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i8], align 16
  %2 = alloca [64 x i8], align 16
  %3 = alloca [8 x i8], align 1
  %4 = alloca [40 x i8], align 16
  %5 = alloca [80 x i8], align 16
  %6 = alloca [256 x i8], align 16
  %7 = alloca [400 x i8], align 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @rev, i8 -1, i64 256, i1 false)
  br label %8

8:                                                ; preds = %8, %0
  %9 = phi i64 [ 0, %0 ], [ %33, %8 ]
  %10 = trunc i64 %9 to i8
  %11 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %9
  %12 = load i8, ptr %11, align 4, !tbaa !5
  %13 = zext i8 %12 to i64
  %14 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %13
  store i8 %10, ptr %14, align 1, !tbaa !5
  %15 = or disjoint i64 %9, 1
  %16 = trunc i64 %15 to i8
  %17 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %15
  %18 = load i8, ptr %17, align 1, !tbaa !5
  %19 = zext i8 %18 to i64
  %20 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %19
  store i8 %16, ptr %20, align 1, !tbaa !5
  %21 = or disjoint i64 %9, 2
  %22 = trunc i64 %21 to i8
  %23 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %21
  %24 = load i8, ptr %23, align 2, !tbaa !5
  %25 = zext i8 %24 to i64
  %26 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %25
  store i8 %22, ptr %26, align 1, !tbaa !5
  %27 = or disjoint i64 %9, 3
  %28 = trunc i64 %27 to i8
  %29 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %27
  %30 = load i8, ptr %29, align 1, !tbaa !5
  %31 = zext i8 %30 to i64
  %32 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %31
  store i8 %28, ptr %32, align 1, !tbaa !5
  %33 = add nuw nsw i64 %9, 4
  %34 = icmp eq i64 %33, 64
  br i1 %34, label %39, label %8, !llvm.loop !8

35:                                               ; preds = %112
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7
  %36 = call fastcc i64 @decode(ptr noundef nonnull @.str.10, ptr noundef nonnull %3)
  %37 = call fastcc i64 @decode(ptr noundef nonnull @.str.11, ptr noundef nonnull %3)
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %36, i64 noundef %37)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #7
  br label %181

39:                                               ; preds = %8, %112
  %40 = phi i64 [ %116, %112 ], [ 0, %8 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #7
  %41 = getelementptr inbounds [8 x ptr], ptr @__const.main.samples, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !10
  %43 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %42) #8
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %103, label %45

45:                                               ; preds = %39, %97
  %46 = phi i64 [ %101, %97 ], [ 0, %39 ]
  %47 = phi i64 [ %99, %97 ], [ 0, %39 ]
  %48 = getelementptr inbounds i8, ptr %42, i64 %46
  %49 = load i8, ptr %48, align 1, !tbaa !5
  %50 = zext i8 %49 to i32
  %51 = shl nuw nsw i32 %50, 16
  %52 = add nuw i64 %46, 1
  %53 = icmp ult i64 %52, %43
  br i1 %53, label %54, label %60

54:                                               ; preds = %45
  %55 = getelementptr inbounds i8, ptr %42, i64 %52
  %56 = load i8, ptr %55, align 1, !tbaa !5
  %57 = zext i8 %56 to i32
  %58 = shl nuw nsw i32 %57, 8
  %59 = or disjoint i32 %58, %51
  br label %60

60:                                               ; preds = %54, %45
  %61 = phi i32 [ %59, %54 ], [ %51, %45 ]
  %62 = add i64 %46, 2
  %63 = icmp ult i64 %62, %43
  br i1 %63, label %64, label %69

64:                                               ; preds = %60
  %65 = getelementptr inbounds i8, ptr %42, i64 %62
  %66 = load i8, ptr %65, align 1, !tbaa !5
  %67 = zext i8 %66 to i32
  %68 = or i32 %61, %67
  br label %69

69:                                               ; preds = %64, %60
  %70 = phi i32 [ %68, %64 ], [ %61, %60 ]
  %71 = lshr i32 %70, 18
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !5
  %75 = getelementptr inbounds i8, ptr %1, i64 %47
  store i8 %74, ptr %75, align 4, !tbaa !5
  %76 = lshr i32 %70, 12
  %77 = and i32 %76, 63
  %78 = zext nneg i32 %77 to i64
  %79 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %78
  %80 = load i8, ptr %79, align 1, !tbaa !5
  %81 = getelementptr i8, ptr %75, i64 1
  store i8 %80, ptr %81, align 1, !tbaa !5
  br i1 %53, label %82, label %88

82:                                               ; preds = %69
  %83 = lshr i32 %70, 6
  %84 = and i32 %83, 63
  %85 = zext nneg i32 %84 to i64
  %86 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !5
  br label %88

88:                                               ; preds = %82, %69
  %89 = phi i8 [ %87, %82 ], [ 61, %69 ]
  %90 = or disjoint i64 %47, 3
  %91 = getelementptr i8, ptr %75, i64 2
  store i8 %89, ptr %91, align 2, !tbaa !5
  br i1 %63, label %92, label %97

92:                                               ; preds = %88
  %93 = and i32 %70, 63
  %94 = zext nneg i32 %93 to i64
  %95 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !5
  br label %97

97:                                               ; preds = %92, %88
  %98 = phi i8 [ %96, %92 ], [ 61, %88 ]
  %99 = add i64 %47, 4
  %100 = getelementptr inbounds i8, ptr %1, i64 %90
  store i8 %98, ptr %100, align 1, !tbaa !5
  %101 = add i64 %46, 3
  %102 = icmp ult i64 %101, %43
  br i1 %102, label %45, label %103, !llvm.loop !12

103:                                              ; preds = %97, %39
  %104 = phi i64 [ 0, %39 ], [ %99, %97 ]
  %105 = getelementptr inbounds i8, ptr %1, i64 %104
  store i8 0, ptr %105, align 1, !tbaa !5
  %106 = call fastcc i64 @decode(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %107 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %42) #8
  %108 = icmp eq i64 %106, %107
  br i1 %108, label %109, label %112

109:                                              ; preds = %103
  %110 = call i32 @bcmp(ptr nonnull %2, ptr %42, i64 %106)
  %111 = icmp eq i32 %110, 0
  br label %112

112:                                              ; preds = %109, %103
  %113 = phi i1 [ false, %103 ], [ %111, %109 ]
  %114 = zext i1 %113 to i32
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %42, ptr noundef nonnull %1, i64 noundef %106, i32 noundef %114)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #7
  %116 = add nuw nsw i64 %40, 1
  %117 = icmp eq i64 %116, 8
  br i1 %117, label %35, label %39, !llvm.loop !13

118:                                              ; preds = %203
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #7
  %119 = load i8, ptr %4, align 16, !tbaa !5
  br label %120

120:                                              ; preds = %139, %118
  %121 = phi i8 [ %119, %118 ], [ %127, %139 ]
  %122 = phi i64 [ 0, %118 ], [ %125, %139 ]
  %123 = phi i64 [ 0, %118 ], [ %144, %139 ]
  br label %124

124:                                              ; preds = %129, %120
  %125 = phi i64 [ %122, %120 ], [ %130, %129 ]
  %126 = getelementptr inbounds i8, ptr %4, i64 %125
  %127 = load i8, ptr %126, align 1, !tbaa !5
  %128 = icmp eq i8 %127, %121
  br i1 %128, label %129, label %139

129:                                              ; preds = %124
  %130 = add nuw nsw i64 %125, 1
  %131 = icmp eq i64 %125, 39
  br i1 %131, label %132, label %124, !llvm.loop !14

132:                                              ; preds = %129
  %133 = trunc nuw i64 %122 to i8
  %134 = sub nsw i8 40, %133
  %135 = or disjoint i64 %123, 1
  %136 = getelementptr inbounds i8, ptr %5, i64 %123
  store i8 %134, ptr %136, align 2, !tbaa !5
  %137 = add i64 %123, 2
  %138 = getelementptr inbounds i8, ptr %5, i64 %135
  store i8 %121, ptr %138, align 1, !tbaa !5
  br label %147

139:                                              ; preds = %124
  %140 = sub nuw nsw i64 %125, %122
  %141 = trunc i64 %140 to i8
  %142 = or disjoint i64 %123, 1
  %143 = getelementptr inbounds i8, ptr %5, i64 %123
  store i8 %141, ptr %143, align 2, !tbaa !5
  %144 = add i64 %123, 2
  %145 = getelementptr inbounds i8, ptr %5, i64 %142
  store i8 %121, ptr %145, align 1, !tbaa !5
  %146 = icmp ult i64 %125, 40
  br i1 %146, label %120, label %147, !llvm.loop !15

147:                                              ; preds = %139, %132
  %148 = phi i64 [ %137, %132 ], [ %144, %139 ]
  %149 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 40, i64 noundef %148)
  %150 = icmp eq i64 %148, 0
  br i1 %150, label %163, label %151

151:                                              ; preds = %147, %151
  %152 = phi i64 [ %158, %151 ], [ 0, %147 ]
  %153 = getelementptr inbounds i8, ptr %5, i64 %152
  %154 = load i8, ptr %153, align 1, !tbaa !5
  %155 = zext i8 %154 to i32
  %156 = and i64 %152, 15
  %157 = icmp eq i64 %156, 15
  %158 = add nuw i64 %152, 1
  %159 = icmp eq i64 %158, %148
  %160 = or i1 %157, %159
  %161 = select i1 %160, ptr @.str.15, ptr @.str.16
  %162 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %155, ptr noundef nonnull %161)
  br i1 %159, label %163, label %151, !llvm.loop !16

163:                                              ; preds = %151, %147
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %6) #7
  store <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, ptr %6, align 16, !tbaa !5
  %164 = getelementptr inbounds i8, ptr %6, i64 16
  store <16 x i8> <i8 16, i8 17, i8 18, i8 19, i8 20, i8 21, i8 22, i8 23, i8 24, i8 25, i8 26, i8 27, i8 28, i8 29, i8 30, i8 31>, ptr %164, align 16, !tbaa !5
  %165 = getelementptr inbounds i8, ptr %6, i64 32
  store <16 x i8> <i8 32, i8 33, i8 34, i8 35, i8 36, i8 37, i8 38, i8 39, i8 40, i8 41, i8 42, i8 43, i8 44, i8 45, i8 46, i8 47>, ptr %165, align 16, !tbaa !5
  %166 = getelementptr inbounds i8, ptr %6, i64 48
  store <16 x i8> <i8 48, i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56, i8 57, i8 58, i8 59, i8 60, i8 61, i8 62, i8 63>, ptr %166, align 16, !tbaa !5
  %167 = getelementptr inbounds i8, ptr %6, i64 64
  store <16 x i8> <i8 64, i8 65, i8 66, i8 67, i8 68, i8 69, i8 70, i8 71, i8 72, i8 73, i8 74, i8 75, i8 76, i8 77, i8 78, i8 79>, ptr %167, align 16, !tbaa !5
  %168 = getelementptr inbounds i8, ptr %6, i64 80
  store <16 x i8> <i8 80, i8 81, i8 82, i8 83, i8 84, i8 85, i8 86, i8 87, i8 88, i8 89, i8 90, i8 91, i8 92, i8 93, i8 94, i8 95>, ptr %168, align 16, !tbaa !5
  %169 = getelementptr inbounds i8, ptr %6, i64 96
  store <16 x i8> <i8 96, i8 97, i8 98, i8 99, i8 100, i8 101, i8 102, i8 103, i8 104, i8 105, i8 106, i8 107, i8 108, i8 109, i8 110, i8 111>, ptr %169, align 16, !tbaa !5
  %170 = getelementptr inbounds i8, ptr %6, i64 112
  store <16 x i8> <i8 112, i8 113, i8 114, i8 115, i8 116, i8 117, i8 118, i8 119, i8 120, i8 121, i8 122, i8 123, i8 124, i8 125, i8 126, i8 127>, ptr %170, align 16, !tbaa !5
  %171 = getelementptr inbounds i8, ptr %6, i64 128
  store <16 x i8> <i8 -128, i8 -127, i8 -126, i8 -125, i8 -124, i8 -123, i8 -122, i8 -121, i8 -120, i8 -119, i8 -118, i8 -117, i8 -116, i8 -115, i8 -114, i8 -113>, ptr %171, align 16, !tbaa !5
  %172 = getelementptr inbounds i8, ptr %6, i64 144
  store <16 x i8> <i8 -112, i8 -111, i8 -110, i8 -109, i8 -108, i8 -107, i8 -106, i8 -105, i8 -104, i8 -103, i8 -102, i8 -101, i8 -100, i8 -99, i8 -98, i8 -97>, ptr %172, align 16, !tbaa !5
  %173 = getelementptr inbounds i8, ptr %6, i64 160
  store <16 x i8> <i8 -96, i8 -95, i8 -94, i8 -93, i8 -92, i8 -91, i8 -90, i8 -89, i8 -88, i8 -87, i8 -86, i8 -85, i8 -84, i8 -83, i8 -82, i8 -81>, ptr %173, align 16, !tbaa !5
  %174 = getelementptr inbounds i8, ptr %6, i64 176
  store <16 x i8> <i8 -80, i8 -79, i8 -78, i8 -77, i8 -76, i8 -75, i8 -74, i8 -73, i8 -72, i8 -71, i8 -70, i8 -69, i8 -68, i8 -67, i8 -66, i8 -65>, ptr %174, align 16, !tbaa !5
  %175 = getelementptr inbounds i8, ptr %6, i64 192
  store <16 x i8> <i8 -64, i8 -63, i8 -62, i8 -61, i8 -60, i8 -59, i8 -58, i8 -57, i8 -56, i8 -55, i8 -54, i8 -53, i8 -52, i8 -51, i8 -50, i8 -49>, ptr %175, align 16, !tbaa !5
  %176 = getelementptr inbounds i8, ptr %6, i64 208
  store <16 x i8> <i8 -48, i8 -47, i8 -46, i8 -45, i8 -44, i8 -43, i8 -42, i8 -41, i8 -40, i8 -39, i8 -38, i8 -37, i8 -36, i8 -35, i8 -34, i8 -33>, ptr %176, align 16, !tbaa !5
  %177 = getelementptr inbounds i8, ptr %6, i64 224
  store <16 x i8> <i8 -32, i8 -31, i8 -30, i8 -29, i8 -28, i8 -27, i8 -26, i8 -25, i8 -24, i8 -23, i8 -22, i8 -21, i8 -20, i8 -19, i8 -18, i8 -17>, ptr %177, align 16, !tbaa !5
  %178 = getelementptr inbounds i8, ptr %6, i64 240
  store <16 x i8> <i8 -16, i8 -15, i8 -14, i8 -13, i8 -12, i8 -11, i8 -10, i8 -9, i8 -8, i8 -7, i8 -6, i8 -5, i8 -4, i8 -3, i8 -2, i8 -1>, ptr %178, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %7) #7
  %179 = getelementptr inbounds i8, ptr %6, i64 1
  %180 = getelementptr inbounds i8, ptr %6, i64 2
  br label %208

181:                                              ; preds = %203, %35
  %182 = phi i64 [ 0, %35 ], [ %206, %203 ]
  %183 = icmp ult i64 %182, 10
  br i1 %183, label %191, label %184

184:                                              ; preds = %181
  %185 = icmp ult i64 %182, 13
  br i1 %185, label %191, label %186

186:                                              ; preds = %184
  %187 = icmp ult i64 %182, 30
  %188 = trunc i64 %182 to i8
  %189 = mul nuw nsw i8 %188, 3
  %190 = select i1 %187, i8 7, i8 %189
  br label %191

191:                                              ; preds = %186, %184, %181
  %192 = phi i8 [ 0, %181 ], [ %190, %186 ], [ -1, %184 ]
  %193 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %182
  store i8 %192, ptr %193, align 2, !tbaa !5
  %194 = or disjoint i64 %182, 1
  %195 = icmp ult i64 %182, 10
  br i1 %195, label %203, label %196

196:                                              ; preds = %191
  %197 = icmp ult i64 %194, 13
  br i1 %197, label %203, label %198

198:                                              ; preds = %196
  %199 = icmp ult i64 %182, 30
  %200 = trunc i64 %194 to i8
  %201 = mul nuw nsw i8 %200, 3
  %202 = select i1 %199, i8 7, i8 %201
  br label %203

203:                                              ; preds = %198, %196, %191
  %204 = phi i8 [ 0, %191 ], [ %202, %198 ], [ -1, %196 ]
  %205 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %194
  store i8 %204, ptr %205, align 1, !tbaa !5
  %206 = add nuw nsw i64 %182, 2
  %207 = icmp eq i64 %206, 40
  br i1 %207, label %118, label %181, !llvm.loop !17

208:                                              ; preds = %257, %163
  %209 = phi i64 [ %261, %257 ], [ 0, %163 ]
  %210 = phi i64 [ %259, %257 ], [ 0, %163 ]
  %211 = getelementptr inbounds i8, ptr %6, i64 %209
  %212 = load i8, ptr %211, align 1, !tbaa !5
  %213 = zext i8 %212 to i32
  %214 = shl nuw nsw i32 %213, 16
  %215 = icmp ult i64 %209, 255
  br i1 %215, label %216, label %228

216:                                              ; preds = %208
  %217 = getelementptr i8, ptr %179, i64 %209
  %218 = load i8, ptr %217, align 1, !tbaa !5
  %219 = zext i8 %218 to i32
  %220 = shl nuw nsw i32 %219, 8
  %221 = or disjoint i32 %220, %214
  %222 = icmp eq i64 %209, 254
  br i1 %222, label %228, label %223

223:                                              ; preds = %216
  %224 = getelementptr i8, ptr %180, i64 %209
  %225 = load i8, ptr %224, align 1, !tbaa !5
  %226 = zext i8 %225 to i32
  %227 = or disjoint i32 %221, %226
  br label %228

228:                                              ; preds = %208, %223, %216
  %229 = phi i1 [ true, %223 ], [ false, %216 ], [ false, %208 ]
  %230 = phi i32 [ %227, %223 ], [ %221, %216 ], [ %214, %208 ]
  %231 = lshr i32 %230, 18
  %232 = zext nneg i32 %231 to i64
  %233 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %232
  %234 = load i8, ptr %233, align 1, !tbaa !5
  %235 = getelementptr inbounds i8, ptr %7, i64 %210
  store i8 %234, ptr %235, align 4, !tbaa !5
  %236 = lshr i32 %230, 12
  %237 = and i32 %236, 63
  %238 = zext nneg i32 %237 to i64
  %239 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %238
  %240 = load i8, ptr %239, align 1, !tbaa !5
  %241 = getelementptr i8, ptr %235, i64 1
  store i8 %240, ptr %241, align 1, !tbaa !5
  br i1 %215, label %242, label %248

242:                                              ; preds = %228
  %243 = lshr i32 %230, 6
  %244 = and i32 %243, 63
  %245 = zext nneg i32 %244 to i64
  %246 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %245
  %247 = load i8, ptr %246, align 1, !tbaa !5
  br label %248

248:                                              ; preds = %242, %228
  %249 = phi i8 [ %247, %242 ], [ 61, %228 ]
  %250 = or disjoint i64 %210, 3
  %251 = getelementptr i8, ptr %235, i64 2
  store i8 %249, ptr %251, align 2, !tbaa !5
  br i1 %229, label %252, label %257

252:                                              ; preds = %248
  %253 = and i32 %230, 63
  %254 = zext nneg i32 %253 to i64
  %255 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %254
  %256 = load i8, ptr %255, align 1, !tbaa !5
  br label %257

257:                                              ; preds = %252, %248
  %258 = phi i8 [ %256, %252 ], [ 61, %248 ]
  %259 = add nuw nsw i64 %210, 4
  %260 = getelementptr inbounds i8, ptr %7, i64 %250
  store i8 %258, ptr %260, align 1, !tbaa !5
  %261 = add nuw nsw i64 %209, 3
  %262 = icmp ult i64 %209, 253
  br i1 %262, label %208, label %263, !llvm.loop !12

263:                                              ; preds = %257
  %264 = getelementptr inbounds i8, ptr %7, i64 344
  store i8 0, ptr %264, align 8, !tbaa !5
  %265 = getelementptr inbounds i8, ptr %7, i64 332
  %266 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 344, ptr noundef nonnull %265)
  call void @llvm.lifetime.end.p0(i64 400, ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %6) #7
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %5) #7
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %4) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #7
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @decode(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1) unnamed_addr #4 {
  %3 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %0) #8
  %4 = and i64 %3, 3
  %5 = icmp eq i64 %4, 0
  br i1 %5, label %6, label %100

6:                                                ; preds = %2
  %7 = icmp eq i64 %3, 0
  br i1 %7, label %100, label %8

8:                                                ; preds = %6
  %9 = getelementptr i8, ptr %1, i64 1
  br label %10

10:                                               ; preds = %8, %96
  %11 = phi i64 [ %98, %96 ], [ 0, %8 ]
  %12 = phi i64 [ %97, %96 ], [ 0, %8 ]
  %13 = getelementptr inbounds i8, ptr %0, i64 %11
  %14 = load i8, ptr %13, align 1, !tbaa !5
  %15 = icmp eq i8 %14, 61
  br i1 %15, label %23, label %16

16:                                               ; preds = %10
  %17 = zext i8 %14 to i64
  %18 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !5
  %20 = icmp slt i8 %19, 0
  br i1 %20, label %100, label %21

21:                                               ; preds = %16
  %22 = zext nneg i8 %19 to i32
  br label %23

23:                                               ; preds = %10, %21
  %24 = phi i32 [ %22, %21 ], [ 0, %10 ]
  %25 = or disjoint i64 %11, 1
  %26 = getelementptr inbounds i8, ptr %0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !5
  %28 = icmp eq i8 %27, 61
  br i1 %28, label %39, label %29

29:                                               ; preds = %23
  %30 = zext i8 %27 to i64
  %31 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !5
  %33 = icmp slt i8 %32, 0
  %34 = or i1 %33, %15
  br i1 %34, label %100, label %35

35:                                               ; preds = %29
  %36 = zext nneg i8 %32 to i32
  %37 = shl nuw nsw i32 %24, 6
  %38 = or i32 %37, %36
  br label %41

39:                                               ; preds = %23
  %40 = shl nuw nsw i32 %24, 6
  br label %41

41:                                               ; preds = %39, %35
  %42 = phi i32 [ %38, %35 ], [ %40, %39 ]
  %43 = or disjoint i64 %11, 2
  %44 = getelementptr inbounds i8, ptr %0, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !5
  %46 = icmp eq i8 %45, 61
  br i1 %46, label %57, label %47

47:                                               ; preds = %41
  %48 = zext i8 %45 to i64
  %49 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !5
  %51 = icmp slt i8 %50, 0
  %52 = or i1 %51, %28
  br i1 %52, label %100, label %53

53:                                               ; preds = %47
  %54 = zext nneg i8 %50 to i32
  %55 = shl nuw nsw i32 %42, 6
  %56 = or i32 %55, %54
  br label %59

57:                                               ; preds = %41
  %58 = shl nuw nsw i32 %42, 6
  br label %59

59:                                               ; preds = %57, %53
  %60 = phi i32 [ %56, %53 ], [ %58, %57 ]
  %61 = or disjoint i64 %11, 3
  %62 = getelementptr inbounds i8, ptr %0, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !5
  %64 = icmp eq i8 %63, 61
  br i1 %64, label %71, label %65

65:                                               ; preds = %59
  %66 = zext i8 %63 to i64
  %67 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !5
  %69 = icmp slt i8 %68, 0
  %70 = or i1 %69, %46
  br i1 %70, label %100, label %78

71:                                               ; preds = %59
  %72 = lshr i32 %60, 10
  %73 = trunc i32 %72 to i8
  %74 = add i64 %12, 1
  %75 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %73, ptr %75, align 1, !tbaa !5
  br i1 %46, label %96, label %76

76:                                               ; preds = %71
  %77 = lshr i32 %60, 2
  br label %89

78:                                               ; preds = %65
  %79 = zext nneg i8 %68 to i32
  %80 = shl nuw nsw i32 %60, 6
  %81 = or i32 %80, %79
  %82 = lshr i32 %60, 10
  %83 = trunc i32 %82 to i8
  %84 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %83, ptr %84, align 1, !tbaa !5
  %85 = lshr i32 %60, 2
  %86 = trunc i32 %85 to i8
  %87 = add i64 %12, 2
  %88 = getelementptr i8, ptr %9, i64 %12
  store i8 %86, ptr %88, align 1, !tbaa !5
  br label %89

89:                                               ; preds = %78, %76
  %90 = phi i32 [ %77, %76 ], [ %81, %78 ]
  %91 = phi i64 [ 2, %76 ], [ 3, %78 ]
  %92 = phi i64 [ %74, %76 ], [ %87, %78 ]
  %93 = trunc i32 %90 to i8
  %94 = add i64 %12, %91
  %95 = getelementptr inbounds i8, ptr %1, i64 %92
  store i8 %93, ptr %95, align 1, !tbaa !5
  br label %96

96:                                               ; preds = %89, %71
  %97 = phi i64 [ %74, %71 ], [ %94, %89 ]
  %98 = add i64 %11, 4
  %99 = icmp ult i64 %98, %3
  br i1 %99, label %10, label %100, !llvm.loop !18

100:                                              ; preds = %96, %16, %29, %47, %65, %6, %2
  %101 = phi i64 [ -1, %2 ], [ 0, %6 ], [ %97, %96 ], [ -1, %16 ], [ -1, %29 ], [ -1, %47 ], [ -1, %65 ]
  ret i64 %101
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind willreturn memory(argmem: read) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

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
!11 = !{!"any pointer", !6, i64 0}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
