; ModuleID = 'struct_copy.c'
source_filename = "struct_copy.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Blob = type { i32, [20 x i8], [5 x double] }
%struct.Holder = type { %struct.Blob, %struct.Blob, i32 }

@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"h.primary\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"h.backup\00", align 1
@.str.5 = private unnamed_addr constant [50 x i8] c"versions %d %d, h2.primary.id=%d h.primary.id=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"item\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.10 = private unnamed_addr constant [34 x i8] c"after memset: %d %s; copy: %d %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"copy[0]\00", align 1
@.str.12 = private unnamed_addr constant [29 x i8] c"zero: %d '%s' %g sizeof=%zu\0A\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"%s#%d\00", align 1
@.str.14 = private unnamed_addr constant [27 x i8] c"%s: id=%d tag=%s total=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.Blob, align 8
  %2 = alloca %struct.Blob, align 8
  %3 = alloca %struct.Holder, align 8
  %4 = alloca [6 x %struct.Blob], align 8
  %5 = alloca %struct.Blob, align 8
  %6 = alloca [6 x %struct.Blob], align 8
  %7 = alloca %struct.Blob, align 8
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %2) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %1, i8 0, i64 24, i1 false)
  store i32 1, ptr %1, align 8, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %1, i64 4
  %9 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %8, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str, i32 noundef 1) #6
  %10 = getelementptr inbounds i8, ptr %1, i64 24
  store double 1.000000e+00, ptr %10, align 8, !tbaa !11
  %11 = getelementptr inbounds i8, ptr %1, i64 32
  store double 1.250000e+00, ptr %11, align 8, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %1, i64 40
  store double 1.500000e+00, ptr %12, align 8, !tbaa !11
  %13 = getelementptr inbounds i8, ptr %1, i64 48
  store double 1.750000e+00, ptr %13, align 8, !tbaa !11
  %14 = getelementptr inbounds i8, ptr %1, i64 56
  store double 2.000000e+00, ptr %14, align 8, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %2, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 56, i1 false), !tbaa.struct !13
  store i32 2, ptr %2, align 8, !tbaa !6
  %15 = getelementptr inbounds i8, ptr %2, i64 56
  store double 1.000000e+02, ptr %15, align 8, !tbaa !11
  %16 = load i32, ptr %1, align 8, !tbaa !6
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.1, i32 noundef %16, ptr noundef nonnull %8, double noundef 7.500000e+00)
  %18 = getelementptr inbounds i8, ptr %2, i64 4
  %19 = getelementptr inbounds i8, ptr %2, i64 24
  %20 = load double, ptr %19, align 8, !tbaa !11
  %21 = fadd double %20, 0.000000e+00
  %22 = getelementptr inbounds i8, ptr %2, i64 32
  %23 = load double, ptr %22, align 8, !tbaa !11
  %24 = fadd double %21, %23
  %25 = getelementptr inbounds i8, ptr %2, i64 40
  %26 = load double, ptr %25, align 8, !tbaa !11
  %27 = fadd double %24, %26
  %28 = getelementptr inbounds i8, ptr %2, i64 48
  %29 = load double, ptr %28, align 8, !tbaa !11
  %30 = fadd double %27, %29
  %31 = fadd double %30, 1.000000e+02
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.2, i32 noundef 2, ptr noundef nonnull %18, double noundef %31)
  call void @llvm.lifetime.start.p0(i64 136, ptr nonnull %3) #6
  %33 = getelementptr inbounds i8, ptr %3, i64 128
  store i64 0, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %3, i64 128
  store i32 1, ptr %34, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %3, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false), !tbaa.struct !13
  %35 = getelementptr inbounds i8, ptr %3, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %35, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false)
  %36 = getelementptr inbounds i8, ptr %3, i64 68
  store i8 65, ptr %36, align 4, !tbaa !15
  %37 = load i32, ptr %3, align 8, !tbaa !6
  %38 = getelementptr inbounds i8, ptr %3, i64 4
  %39 = getelementptr inbounds i8, ptr %3, i64 24
  %40 = load double, ptr %39, align 8, !tbaa !11
  %41 = fadd double %40, 0.000000e+00
  %42 = getelementptr inbounds i8, ptr %3, i64 32
  %43 = load double, ptr %42, align 8, !tbaa !11
  %44 = fadd double %41, %43
  %45 = getelementptr inbounds i8, ptr %3, i64 40
  %46 = load double, ptr %45, align 8, !tbaa !11
  %47 = fadd double %44, %46
  %48 = getelementptr inbounds i8, ptr %3, i64 48
  %49 = load double, ptr %48, align 8, !tbaa !11
  %50 = fadd double %47, %49
  %51 = getelementptr inbounds i8, ptr %3, i64 56
  %52 = load double, ptr %51, align 8, !tbaa !11
  %53 = fadd double %50, %52
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.3, i32 noundef %37, ptr noundef nonnull %38, double noundef %53)
  %55 = load i32, ptr %35, align 8, !tbaa !6
  %56 = getelementptr inbounds i8, ptr %3, i64 88
  %57 = load double, ptr %56, align 8, !tbaa !11
  %58 = fadd double %57, 0.000000e+00
  %59 = getelementptr inbounds i8, ptr %3, i64 96
  %60 = load double, ptr %59, align 8, !tbaa !11
  %61 = fadd double %58, %60
  %62 = getelementptr inbounds i8, ptr %3, i64 104
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = fadd double %61, %63
  %65 = getelementptr inbounds i8, ptr %3, i64 112
  %66 = load double, ptr %65, align 8, !tbaa !11
  %67 = fadd double %64, %66
  %68 = getelementptr inbounds i8, ptr %3, i64 120
  %69 = load double, ptr %68, align 8, !tbaa !11
  %70 = fadd double %67, %69
  %71 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.4, i32 noundef %55, ptr noundef nonnull %36, double noundef %70)
  %72 = load i32, ptr %34, align 8, !tbaa !14
  %73 = add nsw i32 %72, 1
  %74 = load i32, ptr %2, align 8, !tbaa !14
  %75 = load i32, ptr %3, align 8, !tbaa !16
  %76 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %72, i32 noundef %73, i32 noundef %74, i32 noundef %75)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %4) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %4, i8 0, i64 64, i1 false)
  store i32 10, ptr %4, align 8, !tbaa !6
  %77 = getelementptr inbounds i8, ptr %4, i64 4
  %78 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %77, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 10) #6
  %79 = getelementptr inbounds i8, ptr %4, i64 24
  store double 1.000000e+01, ptr %79, align 8, !tbaa !11
  %80 = getelementptr inbounds i8, ptr %4, i64 32
  store double 1.025000e+01, ptr %80, align 8, !tbaa !11
  %81 = getelementptr inbounds i8, ptr %4, i64 40
  store double 1.050000e+01, ptr %81, align 8, !tbaa !11
  %82 = getelementptr inbounds i8, ptr %4, i64 48
  store double 1.075000e+01, ptr %82, align 8, !tbaa !11
  %83 = getelementptr inbounds i8, ptr %4, i64 56
  store double 1.100000e+01, ptr %83, align 8, !tbaa !11
  %84 = getelementptr inbounds i8, ptr %4, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %84, i8 0, i64 64, i1 false)
  store i32 11, ptr %84, align 8, !tbaa !6
  %85 = getelementptr inbounds i8, ptr %4, i64 68
  %86 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %85, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 11) #6
  %87 = getelementptr inbounds i8, ptr %4, i64 88
  store double 1.100000e+01, ptr %87, align 8, !tbaa !11
  %88 = getelementptr inbounds i8, ptr %4, i64 96
  store double 1.125000e+01, ptr %88, align 8, !tbaa !11
  %89 = getelementptr inbounds i8, ptr %4, i64 104
  store double 1.150000e+01, ptr %89, align 8, !tbaa !11
  %90 = getelementptr inbounds i8, ptr %4, i64 112
  store double 1.175000e+01, ptr %90, align 8, !tbaa !11
  %91 = getelementptr inbounds i8, ptr %4, i64 120
  store double 1.200000e+01, ptr %91, align 8, !tbaa !11
  %92 = getelementptr inbounds i8, ptr %4, i64 128
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %92, i8 0, i64 64, i1 false)
  store i32 12, ptr %92, align 8, !tbaa !6
  %93 = getelementptr inbounds i8, ptr %4, i64 132
  %94 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %93, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 12) #6
  %95 = getelementptr inbounds i8, ptr %4, i64 152
  store double 1.200000e+01, ptr %95, align 8, !tbaa !11
  %96 = getelementptr inbounds i8, ptr %4, i64 160
  store double 1.225000e+01, ptr %96, align 8, !tbaa !11
  %97 = getelementptr inbounds i8, ptr %4, i64 168
  store double 1.250000e+01, ptr %97, align 8, !tbaa !11
  %98 = getelementptr inbounds i8, ptr %4, i64 176
  store double 1.275000e+01, ptr %98, align 8, !tbaa !11
  %99 = getelementptr inbounds i8, ptr %4, i64 184
  store double 1.300000e+01, ptr %99, align 8, !tbaa !11
  %100 = getelementptr inbounds i8, ptr %4, i64 192
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %100, i8 0, i64 64, i1 false)
  store i32 13, ptr %100, align 8, !tbaa !6
  %101 = getelementptr inbounds i8, ptr %4, i64 196
  %102 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %101, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 13) #6
  %103 = getelementptr inbounds i8, ptr %4, i64 216
  store double 1.300000e+01, ptr %103, align 8, !tbaa !11
  %104 = getelementptr inbounds i8, ptr %4, i64 224
  store double 1.325000e+01, ptr %104, align 8, !tbaa !11
  %105 = getelementptr inbounds i8, ptr %4, i64 232
  store double 1.350000e+01, ptr %105, align 8, !tbaa !11
  %106 = getelementptr inbounds i8, ptr %4, i64 240
  store double 1.375000e+01, ptr %106, align 8, !tbaa !11
  %107 = getelementptr inbounds i8, ptr %4, i64 248
  store double 1.400000e+01, ptr %107, align 8, !tbaa !11
  %108 = getelementptr inbounds i8, ptr %4, i64 256
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %108, i8 0, i64 64, i1 false)
  store i32 14, ptr %108, align 8, !tbaa !6
  %109 = getelementptr inbounds i8, ptr %4, i64 260
  %110 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %109, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 14) #6
  %111 = getelementptr inbounds i8, ptr %4, i64 280
  store double 1.400000e+01, ptr %111, align 8, !tbaa !11
  %112 = getelementptr inbounds i8, ptr %4, i64 288
  store double 1.425000e+01, ptr %112, align 8, !tbaa !11
  %113 = getelementptr inbounds i8, ptr %4, i64 296
  store double 1.450000e+01, ptr %113, align 8, !tbaa !11
  %114 = getelementptr inbounds i8, ptr %4, i64 304
  store double 1.475000e+01, ptr %114, align 8, !tbaa !11
  %115 = getelementptr inbounds i8, ptr %4, i64 312
  store double 1.500000e+01, ptr %115, align 8, !tbaa !11
  %116 = getelementptr inbounds i8, ptr %4, i64 320
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %116, i8 0, i64 64, i1 false)
  store i32 15, ptr %116, align 8, !tbaa !6
  %117 = getelementptr inbounds i8, ptr %4, i64 324
  %118 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %117, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 15) #6
  %119 = getelementptr inbounds i8, ptr %4, i64 344
  store double 1.500000e+01, ptr %119, align 8, !tbaa !11
  %120 = getelementptr inbounds i8, ptr %4, i64 352
  store double 1.525000e+01, ptr %120, align 8, !tbaa !11
  %121 = getelementptr inbounds i8, ptr %4, i64 360
  store double 1.550000e+01, ptr %121, align 8, !tbaa !11
  %122 = getelementptr inbounds i8, ptr %4, i64 368
  store double 1.575000e+01, ptr %122, align 8, !tbaa !11
  %123 = getelementptr inbounds i8, ptr %4, i64 376
  store double 1.600000e+01, ptr %123, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %5, ptr noundef nonnull align 8 dereferenceable(64) %4, i64 64, i1 false), !tbaa.struct !13
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(320) %4, ptr noundef nonnull align 8 dereferenceable(320) %84, i64 320, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %116, ptr noundef nonnull align 8 dereferenceable(64) %5, i64 64, i1 false), !tbaa.struct !13
  %124 = load i32, ptr %4, align 8, !tbaa !6
  %125 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %124)
  %126 = load i32, ptr %84, align 8, !tbaa !6
  %127 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %126)
  %128 = load i32, ptr %92, align 8, !tbaa !6
  %129 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %128)
  %130 = load i32, ptr %100, align 8, !tbaa !6
  %131 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %130)
  %132 = load i32, ptr %108, align 8, !tbaa !6
  %133 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %132)
  %134 = load i32, ptr %116, align 8, !tbaa !6
  %135 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %134)
  %136 = call i32 @putchar(i32 10)
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(256) %84, ptr noundef nonnull align 8 dereferenceable(256) %4, i64 256, i1 false)
  %137 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %77)
  %138 = getelementptr inbounds i8, ptr %4, i64 68
  %139 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %138)
  %140 = getelementptr inbounds i8, ptr %4, i64 132
  %141 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %140)
  %142 = getelementptr inbounds i8, ptr %4, i64 196
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %142)
  %144 = getelementptr inbounds i8, ptr %4, i64 260
  %145 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %144)
  %146 = getelementptr inbounds i8, ptr %4, i64 324
  %147 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %146)
  %148 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %6) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(384) %6, ptr noundef nonnull align 8 dereferenceable(384) %4, i64 384, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(384) %4, i8 0, i64 384, i1 false)
  %149 = getelementptr inbounds i8, ptr %6, i64 192
  %150 = load i32, ptr %149, align 8, !tbaa !6
  %151 = getelementptr inbounds i8, ptr %6, i64 196
  %152 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 0, ptr noundef nonnull %142, i32 noundef %150, ptr noundef nonnull %151)
  %153 = getelementptr inbounds i8, ptr %6, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %6, ptr noundef nonnull align 8 dereferenceable(64) %153, i64 64, i1 false), !tbaa.struct !13
  %154 = load i32, ptr %6, align 8, !tbaa !6
  %155 = getelementptr inbounds i8, ptr %6, i64 4
  %156 = getelementptr inbounds i8, ptr %6, i64 24
  %157 = load double, ptr %156, align 8, !tbaa !11
  %158 = fadd double %157, 0.000000e+00
  %159 = getelementptr inbounds i8, ptr %6, i64 32
  %160 = load double, ptr %159, align 8, !tbaa !11
  %161 = fadd double %158, %160
  %162 = getelementptr inbounds i8, ptr %6, i64 40
  %163 = load double, ptr %162, align 8, !tbaa !11
  %164 = fadd double %161, %163
  %165 = getelementptr inbounds i8, ptr %6, i64 48
  %166 = load double, ptr %165, align 8, !tbaa !11
  %167 = fadd double %164, %166
  %168 = getelementptr inbounds i8, ptr %6, i64 56
  %169 = load double, ptr %168, align 8, !tbaa !11
  %170 = fadd double %167, %169
  %171 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.11, i32 noundef %154, ptr noundef nonnull %155, double noundef %170)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %7) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %7, i8 0, i64 64, i1 false)
  %172 = getelementptr inbounds i8, ptr %7, i64 4
  %173 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 0, ptr noundef nonnull %172, double noundef 0.000000e+00, i64 noundef 64)
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %7) #6
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %6) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %5)
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %4) #6
  call void @llvm.lifetime.end.p0(i64 136, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #6
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(ptr noalias nocapture noundef writeonly, i64 noundef, ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !8, i64 0}
!7 = !{!"Blob", !8, i64 0, !9, i64 4, !9, i64 24}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !9, i64 0}
!13 = !{i64 0, i64 4, !14, i64 4, i64 20, !15, i64 24, i64 40, !15}
!14 = !{!8, !8, i64 0}
!15 = !{!9, !9, i64 0}
!16 = !{!17, !8, i64 0}
!17 = !{!"Holder", !7, i64 0, !7, i64 64, !8, i64 128}
