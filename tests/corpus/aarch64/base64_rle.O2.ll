; ModuleID = 'base64_rle.c'
source_filename = "base64_rle.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@rev = internal unnamed_addr global [256 x i8] zeroinitializer, align 1
@b64 = internal unnamed_addr constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 1
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.samples = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 8
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
  %1 = alloca [64 x i8], align 1
  %2 = alloca [64 x i8], align 1
  %3 = alloca [8 x i8], align 1
  %4 = alloca [40 x i8], align 4
  %5 = alloca [80 x i8], align 1
  %6 = alloca [256 x i8], align 16
  %7 = alloca [400 x i8], align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(256) @rev, i8 -1, i64 256, i1 false)
  br label %8

8:                                                ; preds = %8, %0
  %9 = phi i64 [ 0, %0 ], [ %21, %8 ]
  %10 = or disjoint i64 %9, 1
  %11 = trunc i64 %9 to i8
  %12 = or disjoint i8 %11, 1
  %13 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %9
  %14 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %10
  %15 = load i8, ptr %13, align 1, !tbaa !6
  %16 = load i8, ptr %14, align 1, !tbaa !6
  %17 = zext i8 %15 to i64
  %18 = zext i8 %16 to i64
  %19 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %17
  %20 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %18
  store i8 %11, ptr %19, align 1, !tbaa !6
  store i8 %12, ptr %20, align 1, !tbaa !6
  %21 = add nuw i64 %9, 2
  %22 = icmp eq i64 %21, 64
  br i1 %22, label %27, label %8, !llvm.loop !9

23:                                               ; preds = %100
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #7
  %24 = call fastcc i64 @decode(ptr noundef nonnull @.str.10, ptr noundef nonnull %3)
  %25 = call fastcc i64 @decode(ptr noundef nonnull @.str.11, ptr noundef nonnull %3)
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i64 noundef %24, i64 noundef %25)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %4) #7
  br label %169

27:                                               ; preds = %8, %100
  %28 = phi i64 [ %104, %100 ], [ 0, %8 ]
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #7
  %29 = getelementptr inbounds [8 x ptr], ptr @__const.main.samples, i64 0, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !13
  %31 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %30) #8
  %32 = icmp eq i64 %31, 0
  br i1 %32, label %91, label %33

33:                                               ; preds = %27, %85
  %34 = phi i64 [ %89, %85 ], [ 0, %27 ]
  %35 = phi i64 [ %87, %85 ], [ 0, %27 ]
  %36 = getelementptr inbounds i8, ptr %30, i64 %34
  %37 = load i8, ptr %36, align 1, !tbaa !6
  %38 = zext i8 %37 to i32
  %39 = shl nuw nsw i32 %38, 16
  %40 = add nuw i64 %34, 1
  %41 = icmp ult i64 %40, %31
  br i1 %41, label %42, label %48

42:                                               ; preds = %33
  %43 = getelementptr inbounds i8, ptr %30, i64 %40
  %44 = load i8, ptr %43, align 1, !tbaa !6
  %45 = zext i8 %44 to i32
  %46 = shl nuw nsw i32 %45, 8
  %47 = or disjoint i32 %46, %39
  br label %48

48:                                               ; preds = %42, %33
  %49 = phi i32 [ %47, %42 ], [ %39, %33 ]
  %50 = add i64 %34, 2
  %51 = icmp ult i64 %50, %31
  br i1 %51, label %52, label %57

52:                                               ; preds = %48
  %53 = getelementptr inbounds i8, ptr %30, i64 %50
  %54 = load i8, ptr %53, align 1, !tbaa !6
  %55 = zext i8 %54 to i32
  %56 = or i32 %49, %55
  br label %57

57:                                               ; preds = %52, %48
  %58 = phi i32 [ %56, %52 ], [ %49, %48 ]
  %59 = lshr i32 %58, 18
  %60 = zext nneg i32 %59 to i64
  %61 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %60
  %62 = load i8, ptr %61, align 1, !tbaa !6
  %63 = getelementptr inbounds i8, ptr %1, i64 %35
  store i8 %62, ptr %63, align 1, !tbaa !6
  %64 = lshr i32 %58, 12
  %65 = and i32 %64, 63
  %66 = zext nneg i32 %65 to i64
  %67 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !6
  %69 = getelementptr i8, ptr %63, i64 1
  store i8 %68, ptr %69, align 1, !tbaa !6
  br i1 %41, label %70, label %76

70:                                               ; preds = %57
  %71 = lshr i32 %58, 6
  %72 = and i32 %71, 63
  %73 = zext nneg i32 %72 to i64
  %74 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %73
  %75 = load i8, ptr %74, align 1, !tbaa !6
  br label %76

76:                                               ; preds = %70, %57
  %77 = phi i8 [ %75, %70 ], [ 61, %57 ]
  %78 = or disjoint i64 %35, 3
  %79 = getelementptr i8, ptr %63, i64 2
  store i8 %77, ptr %79, align 1, !tbaa !6
  br i1 %51, label %80, label %85

80:                                               ; preds = %76
  %81 = and i32 %58, 63
  %82 = zext nneg i32 %81 to i64
  %83 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %82
  %84 = load i8, ptr %83, align 1, !tbaa !6
  br label %85

85:                                               ; preds = %80, %76
  %86 = phi i8 [ %84, %80 ], [ 61, %76 ]
  %87 = add i64 %35, 4
  %88 = getelementptr inbounds i8, ptr %1, i64 %78
  store i8 %86, ptr %88, align 1, !tbaa !6
  %89 = add i64 %34, 3
  %90 = icmp ult i64 %89, %31
  br i1 %90, label %33, label %91, !llvm.loop !15

91:                                               ; preds = %85, %27
  %92 = phi i64 [ 0, %27 ], [ %87, %85 ]
  %93 = getelementptr inbounds i8, ptr %1, i64 %92
  store i8 0, ptr %93, align 1, !tbaa !6
  %94 = call fastcc i64 @decode(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %95 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %30) #8
  %96 = icmp eq i64 %94, %95
  br i1 %96, label %97, label %100

97:                                               ; preds = %91
  %98 = call i32 @bcmp(ptr nonnull %2, ptr %30, i64 %94)
  %99 = icmp eq i32 %98, 0
  br label %100

100:                                              ; preds = %97, %91
  %101 = phi i1 [ false, %91 ], [ %99, %97 ]
  %102 = zext i1 %101 to i32
  %103 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %30, ptr noundef nonnull %1, i64 noundef %94, i32 noundef %102)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #7
  %104 = add nuw nsw i64 %28, 1
  %105 = icmp eq i64 %104, 8
  br i1 %105, label %23, label %27, !llvm.loop !16

106:                                              ; preds = %179
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %5) #7
  %107 = load i8, ptr %4, align 4, !tbaa !6
  br label %108

108:                                              ; preds = %127, %106
  %109 = phi i8 [ %107, %106 ], [ %115, %127 ]
  %110 = phi i64 [ 0, %106 ], [ %113, %127 ]
  %111 = phi i64 [ 0, %106 ], [ %132, %127 ]
  br label %112

112:                                              ; preds = %117, %108
  %113 = phi i64 [ %110, %108 ], [ %118, %117 ]
  %114 = getelementptr inbounds i8, ptr %4, i64 %113
  %115 = load i8, ptr %114, align 1, !tbaa !6
  %116 = icmp eq i8 %115, %109
  br i1 %116, label %117, label %127

117:                                              ; preds = %112
  %118 = add nuw nsw i64 %113, 1
  %119 = icmp eq i64 %113, 39
  br i1 %119, label %120, label %112, !llvm.loop !17

120:                                              ; preds = %117
  %121 = trunc nuw i64 %110 to i8
  %122 = sub nsw i8 40, %121
  %123 = or disjoint i64 %111, 1
  %124 = getelementptr inbounds i8, ptr %5, i64 %111
  store i8 %122, ptr %124, align 1, !tbaa !6
  %125 = add i64 %111, 2
  %126 = getelementptr inbounds i8, ptr %5, i64 %123
  store i8 %109, ptr %126, align 1, !tbaa !6
  br label %135

127:                                              ; preds = %112
  %128 = sub nuw nsw i64 %113, %110
  %129 = trunc i64 %128 to i8
  %130 = or disjoint i64 %111, 1
  %131 = getelementptr inbounds i8, ptr %5, i64 %111
  store i8 %129, ptr %131, align 1, !tbaa !6
  %132 = add i64 %111, 2
  %133 = getelementptr inbounds i8, ptr %5, i64 %130
  store i8 %109, ptr %133, align 1, !tbaa !6
  %134 = icmp ult i64 %113, 40
  br i1 %134, label %108, label %135, !llvm.loop !18

135:                                              ; preds = %127, %120
  %136 = phi i64 [ %125, %120 ], [ %132, %127 ]
  %137 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i64 noundef 40, i64 noundef %136)
  %138 = icmp eq i64 %136, 0
  br i1 %138, label %151, label %139

139:                                              ; preds = %135, %139
  %140 = phi i64 [ %146, %139 ], [ 0, %135 ]
  %141 = getelementptr inbounds i8, ptr %5, i64 %140
  %142 = load i8, ptr %141, align 1, !tbaa !6
  %143 = zext i8 %142 to i32
  %144 = and i64 %140, 15
  %145 = icmp eq i64 %144, 15
  %146 = add nuw i64 %140, 1
  %147 = icmp eq i64 %146, %136
  %148 = or i1 %145, %147
  %149 = select i1 %148, ptr @.str.15, ptr @.str.16
  %150 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %143, ptr noundef nonnull %149)
  br i1 %147, label %151, label %139, !llvm.loop !19

151:                                              ; preds = %139, %135
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %6) #7
  %152 = getelementptr inbounds i8, ptr %6, i64 16
  store <16 x i8> <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, ptr %6, align 16, !tbaa !6
  store <16 x i8> <i8 16, i8 17, i8 18, i8 19, i8 20, i8 21, i8 22, i8 23, i8 24, i8 25, i8 26, i8 27, i8 28, i8 29, i8 30, i8 31>, ptr %152, align 16, !tbaa !6
  %153 = getelementptr inbounds i8, ptr %6, i64 32
  %154 = getelementptr inbounds i8, ptr %6, i64 48
  store <16 x i8> <i8 32, i8 33, i8 34, i8 35, i8 36, i8 37, i8 38, i8 39, i8 40, i8 41, i8 42, i8 43, i8 44, i8 45, i8 46, i8 47>, ptr %153, align 16, !tbaa !6
  store <16 x i8> <i8 48, i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56, i8 57, i8 58, i8 59, i8 60, i8 61, i8 62, i8 63>, ptr %154, align 16, !tbaa !6
  %155 = getelementptr inbounds i8, ptr %6, i64 64
  %156 = getelementptr inbounds i8, ptr %6, i64 80
  store <16 x i8> <i8 64, i8 65, i8 66, i8 67, i8 68, i8 69, i8 70, i8 71, i8 72, i8 73, i8 74, i8 75, i8 76, i8 77, i8 78, i8 79>, ptr %155, align 16, !tbaa !6
  store <16 x i8> <i8 80, i8 81, i8 82, i8 83, i8 84, i8 85, i8 86, i8 87, i8 88, i8 89, i8 90, i8 91, i8 92, i8 93, i8 94, i8 95>, ptr %156, align 16, !tbaa !6
  %157 = getelementptr inbounds i8, ptr %6, i64 96
  %158 = getelementptr inbounds i8, ptr %6, i64 112
  store <16 x i8> <i8 96, i8 97, i8 98, i8 99, i8 100, i8 101, i8 102, i8 103, i8 104, i8 105, i8 106, i8 107, i8 108, i8 109, i8 110, i8 111>, ptr %157, align 16, !tbaa !6
  store <16 x i8> <i8 112, i8 113, i8 114, i8 115, i8 116, i8 117, i8 118, i8 119, i8 120, i8 121, i8 122, i8 123, i8 124, i8 125, i8 126, i8 127>, ptr %158, align 16, !tbaa !6
  %159 = getelementptr inbounds i8, ptr %6, i64 128
  %160 = getelementptr inbounds i8, ptr %6, i64 144
  store <16 x i8> <i8 -128, i8 -127, i8 -126, i8 -125, i8 -124, i8 -123, i8 -122, i8 -121, i8 -120, i8 -119, i8 -118, i8 -117, i8 -116, i8 -115, i8 -114, i8 -113>, ptr %159, align 16, !tbaa !6
  store <16 x i8> <i8 -112, i8 -111, i8 -110, i8 -109, i8 -108, i8 -107, i8 -106, i8 -105, i8 -104, i8 -103, i8 -102, i8 -101, i8 -100, i8 -99, i8 -98, i8 -97>, ptr %160, align 16, !tbaa !6
  %161 = getelementptr inbounds i8, ptr %6, i64 160
  %162 = getelementptr inbounds i8, ptr %6, i64 176
  store <16 x i8> <i8 -96, i8 -95, i8 -94, i8 -93, i8 -92, i8 -91, i8 -90, i8 -89, i8 -88, i8 -87, i8 -86, i8 -85, i8 -84, i8 -83, i8 -82, i8 -81>, ptr %161, align 16, !tbaa !6
  store <16 x i8> <i8 -80, i8 -79, i8 -78, i8 -77, i8 -76, i8 -75, i8 -74, i8 -73, i8 -72, i8 -71, i8 -70, i8 -69, i8 -68, i8 -67, i8 -66, i8 -65>, ptr %162, align 16, !tbaa !6
  %163 = getelementptr inbounds i8, ptr %6, i64 192
  %164 = getelementptr inbounds i8, ptr %6, i64 208
  store <16 x i8> <i8 -64, i8 -63, i8 -62, i8 -61, i8 -60, i8 -59, i8 -58, i8 -57, i8 -56, i8 -55, i8 -54, i8 -53, i8 -52, i8 -51, i8 -50, i8 -49>, ptr %163, align 16, !tbaa !6
  store <16 x i8> <i8 -48, i8 -47, i8 -46, i8 -45, i8 -44, i8 -43, i8 -42, i8 -41, i8 -40, i8 -39, i8 -38, i8 -37, i8 -36, i8 -35, i8 -34, i8 -33>, ptr %164, align 16, !tbaa !6
  %165 = getelementptr inbounds i8, ptr %6, i64 224
  %166 = getelementptr inbounds i8, ptr %6, i64 240
  store <16 x i8> <i8 -32, i8 -31, i8 -30, i8 -29, i8 -28, i8 -27, i8 -26, i8 -25, i8 -24, i8 -23, i8 -22, i8 -21, i8 -20, i8 -19, i8 -18, i8 -17>, ptr %165, align 16, !tbaa !6
  store <16 x i8> <i8 -16, i8 -15, i8 -14, i8 -13, i8 -12, i8 -11, i8 -10, i8 -9, i8 -8, i8 -7, i8 -6, i8 -5, i8 -4, i8 -3, i8 -2, i8 -1>, ptr %166, align 16, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 400, ptr nonnull %7) #7
  %167 = getelementptr inbounds i8, ptr %6, i64 1
  %168 = getelementptr inbounds i8, ptr %6, i64 2
  br label %184

169:                                              ; preds = %23, %179
  %170 = phi i64 [ 0, %23 ], [ %182, %179 ]
  %171 = icmp ult i64 %170, 10
  br i1 %171, label %179, label %172

172:                                              ; preds = %169
  %173 = icmp ult i64 %170, 13
  br i1 %173, label %179, label %174

174:                                              ; preds = %172
  %175 = icmp ult i64 %170, 30
  %176 = trunc i64 %170 to i8
  %177 = mul i8 %176, 3
  %178 = select i1 %175, i8 7, i8 %177
  br label %179

179:                                              ; preds = %174, %172, %169
  %180 = phi i8 [ 0, %169 ], [ %178, %174 ], [ -1, %172 ]
  %181 = getelementptr inbounds [40 x i8], ptr %4, i64 0, i64 %170
  store i8 %180, ptr %181, align 1, !tbaa !6
  %182 = add nuw nsw i64 %170, 1
  %183 = icmp eq i64 %182, 40
  br i1 %183, label %106, label %169, !llvm.loop !20

184:                                              ; preds = %233, %151
  %185 = phi i64 [ %237, %233 ], [ 0, %151 ]
  %186 = phi i64 [ %235, %233 ], [ 0, %151 ]
  %187 = getelementptr inbounds i8, ptr %6, i64 %185
  %188 = load i8, ptr %187, align 1, !tbaa !6
  %189 = zext i8 %188 to i32
  %190 = shl nuw nsw i32 %189, 16
  %191 = icmp ult i64 %185, 255
  br i1 %191, label %192, label %204

192:                                              ; preds = %184
  %193 = getelementptr i8, ptr %167, i64 %185
  %194 = load i8, ptr %193, align 1, !tbaa !6
  %195 = zext i8 %194 to i32
  %196 = shl nuw nsw i32 %195, 8
  %197 = or disjoint i32 %196, %190
  %198 = icmp eq i64 %185, 254
  br i1 %198, label %204, label %199

199:                                              ; preds = %192
  %200 = getelementptr i8, ptr %168, i64 %185
  %201 = load i8, ptr %200, align 1, !tbaa !6
  %202 = zext i8 %201 to i32
  %203 = or disjoint i32 %197, %202
  br label %204

204:                                              ; preds = %184, %199, %192
  %205 = phi i1 [ true, %199 ], [ false, %192 ], [ false, %184 ]
  %206 = phi i32 [ %203, %199 ], [ %197, %192 ], [ %190, %184 ]
  %207 = lshr i32 %206, 18
  %208 = zext nneg i32 %207 to i64
  %209 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %208
  %210 = load i8, ptr %209, align 1, !tbaa !6
  %211 = getelementptr inbounds i8, ptr %7, i64 %186
  store i8 %210, ptr %211, align 1, !tbaa !6
  %212 = lshr i32 %206, 12
  %213 = and i32 %212, 63
  %214 = zext nneg i32 %213 to i64
  %215 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %214
  %216 = load i8, ptr %215, align 1, !tbaa !6
  %217 = getelementptr i8, ptr %211, i64 1
  store i8 %216, ptr %217, align 1, !tbaa !6
  br i1 %191, label %218, label %224

218:                                              ; preds = %204
  %219 = lshr i32 %206, 6
  %220 = and i32 %219, 63
  %221 = zext nneg i32 %220 to i64
  %222 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %221
  %223 = load i8, ptr %222, align 1, !tbaa !6
  br label %224

224:                                              ; preds = %218, %204
  %225 = phi i8 [ %223, %218 ], [ 61, %204 ]
  %226 = or disjoint i64 %186, 3
  %227 = getelementptr i8, ptr %211, i64 2
  store i8 %225, ptr %227, align 1, !tbaa !6
  br i1 %205, label %228, label %233

228:                                              ; preds = %224
  %229 = and i32 %206, 63
  %230 = zext nneg i32 %229 to i64
  %231 = getelementptr inbounds [65 x i8], ptr @b64, i64 0, i64 %230
  %232 = load i8, ptr %231, align 1, !tbaa !6
  br label %233

233:                                              ; preds = %228, %224
  %234 = phi i8 [ %232, %228 ], [ 61, %224 ]
  %235 = add nuw nsw i64 %186, 4
  %236 = getelementptr inbounds i8, ptr %7, i64 %226
  store i8 %234, ptr %236, align 1, !tbaa !6
  %237 = add nuw nsw i64 %185, 3
  %238 = icmp ult i64 %185, 253
  br i1 %238, label %184, label %239, !llvm.loop !15

239:                                              ; preds = %233
  %240 = getelementptr inbounds i8, ptr %7, i64 344
  store i8 0, ptr %240, align 1, !tbaa !6
  %241 = getelementptr inbounds i8, ptr %7, i64 332
  %242 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i64 noundef 344, ptr noundef nonnull %241)
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
  %14 = load i8, ptr %13, align 1, !tbaa !6
  %15 = icmp eq i8 %14, 61
  br i1 %15, label %23, label %16

16:                                               ; preds = %10
  %17 = zext i8 %14 to i64
  %18 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !6
  %20 = icmp slt i8 %19, 0
  br i1 %20, label %100, label %21

21:                                               ; preds = %16
  %22 = zext nneg i8 %19 to i32
  br label %23

23:                                               ; preds = %10, %21
  %24 = phi i32 [ %22, %21 ], [ 0, %10 ]
  %25 = or disjoint i64 %11, 1
  %26 = getelementptr inbounds i8, ptr %0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !6
  %28 = icmp eq i8 %27, 61
  br i1 %28, label %39, label %29

29:                                               ; preds = %23
  %30 = zext i8 %27 to i64
  %31 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !6
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
  %45 = load i8, ptr %44, align 1, !tbaa !6
  %46 = icmp eq i8 %45, 61
  br i1 %46, label %57, label %47

47:                                               ; preds = %41
  %48 = zext i8 %45 to i64
  %49 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !6
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
  %63 = load i8, ptr %62, align 1, !tbaa !6
  %64 = icmp eq i8 %63, 61
  br i1 %64, label %71, label %65

65:                                               ; preds = %59
  %66 = zext i8 %63 to i64
  %67 = getelementptr inbounds [256 x i8], ptr @rev, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !6
  %69 = icmp slt i8 %68, 0
  %70 = or i1 %69, %46
  br i1 %70, label %100, label %78

71:                                               ; preds = %59
  %72 = lshr i32 %60, 10
  %73 = trunc i32 %72 to i8
  %74 = add i64 %12, 1
  %75 = getelementptr inbounds i8, ptr %1, i64 %12
  store i8 %73, ptr %75, align 1, !tbaa !6
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
  store i8 %83, ptr %84, align 1, !tbaa !6
  %85 = lshr i32 %60, 2
  %86 = trunc i32 %85 to i8
  %87 = add i64 %12, 2
  %88 = getelementptr i8, ptr %9, i64 %12
  store i8 %86, ptr %88, align 1, !tbaa !6
  br label %89

89:                                               ; preds = %78, %76
  %90 = phi i32 [ %77, %76 ], [ %81, %78 ]
  %91 = phi i64 [ 2, %76 ], [ 3, %78 ]
  %92 = phi i64 [ %74, %76 ], [ %87, %78 ]
  %93 = trunc i32 %90 to i8
  %94 = add i64 %12, %91
  %95 = getelementptr inbounds i8, ptr %1, i64 %92
  store i8 %93, ptr %95, align 1, !tbaa !6
  br label %96

96:                                               ; preds = %89, %71
  %97 = phi i64 [ %74, %71 ], [ %94, %89 ]
  %98 = add i64 %11, 4
  %99 = icmp ult i64 %98, %3
  br i1 %99, label %10, label %100, !llvm.loop !21

100:                                              ; preds = %96, %16, %29, %47, %65, %6, %2
  %101 = phi i64 [ -1, %2 ], [ 0, %6 ], [ %97, %96 ], [ -1, %16 ], [ -1, %29 ], [ -1, %47 ], [ -1, %65 ]
  ret i64 %101
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind willreturn memory(argmem: read) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

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
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
