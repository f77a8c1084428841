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
  store <2 x double> <double 1.000000e+00, double 1.250000e+00>, ptr %10, align 8, !tbaa !11
  %11 = getelementptr inbounds i8, ptr %1, i64 40
  store <2 x double> <double 1.500000e+00, double 1.750000e+00>, ptr %11, align 8, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %1, i64 56
  store double 2.000000e+00, ptr %12, align 8, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %2, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 56, i1 false), !tbaa.struct !13
  store i32 2, ptr %2, align 8, !tbaa !6
  %13 = getelementptr inbounds i8, ptr %2, i64 56
  store double 1.000000e+02, ptr %13, align 8, !tbaa !11
  %14 = load i32, ptr %1, align 8, !tbaa !6
  %15 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.1, i32 noundef %14, ptr noundef nonnull %8, double noundef 7.500000e+00)
  %16 = getelementptr inbounds i8, ptr %2, i64 4
  %17 = getelementptr inbounds i8, ptr %2, i64 24
  %18 = load double, ptr %17, align 8, !tbaa !11
  %19 = fadd double %18, 0.000000e+00
  %20 = getelementptr inbounds i8, ptr %2, i64 32
  %21 = load double, ptr %20, align 8, !tbaa !11
  %22 = fadd double %19, %21
  %23 = getelementptr inbounds i8, ptr %2, i64 40
  %24 = load double, ptr %23, align 8, !tbaa !11
  %25 = fadd double %22, %24
  %26 = getelementptr inbounds i8, ptr %2, i64 48
  %27 = load double, ptr %26, align 8, !tbaa !11
  %28 = fadd double %25, %27
  %29 = fadd double %28, 1.000000e+02
  %30 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.2, i32 noundef 2, ptr noundef nonnull %16, double noundef %29)
  call void @llvm.lifetime.start.p0(i64 136, ptr nonnull %3) #6
  %31 = getelementptr inbounds i8, ptr %3, i64 128
  store i64 0, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %3, i64 128
  store i32 1, ptr %32, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %3, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false), !tbaa.struct !13
  %33 = getelementptr inbounds i8, ptr %3, i64 64
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %33, ptr noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false)
  %34 = getelementptr inbounds i8, ptr %3, i64 68
  store i8 65, ptr %34, align 4, !tbaa !15
  %35 = load i32, ptr %3, align 8, !tbaa !6
  %36 = getelementptr inbounds i8, ptr %3, i64 4
  %37 = getelementptr inbounds i8, ptr %3, i64 24
  %38 = load double, ptr %37, align 8, !tbaa !11
  %39 = fadd double %38, 0.000000e+00
  %40 = getelementptr inbounds i8, ptr %3, i64 32
  %41 = load double, ptr %40, align 8, !tbaa !11
  %42 = fadd double %39, %41
  %43 = getelementptr inbounds i8, ptr %3, i64 40
  %44 = load double, ptr %43, align 8, !tbaa !11
  %45 = fadd double %42, %44
  %46 = getelementptr inbounds i8, ptr %3, i64 48
  %47 = load double, ptr %46, align 8, !tbaa !11
  %48 = fadd double %45, %47
  %49 = getelementptr inbounds i8, ptr %3, i64 56
  %50 = load double, ptr %49, align 8, !tbaa !11
  %51 = fadd double %48, %50
  %52 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.3, i32 noundef %35, ptr noundef nonnull %36, double noundef %51)
  %53 = load i32, ptr %33, align 8, !tbaa !6
  %54 = getelementptr inbounds i8, ptr %3, i64 88
  %55 = load double, ptr %54, align 8, !tbaa !11
  %56 = fadd double %55, 0.000000e+00
  %57 = getelementptr inbounds i8, ptr %3, i64 96
  %58 = load double, ptr %57, align 8, !tbaa !11
  %59 = fadd double %56, %58
  %60 = getelementptr inbounds i8, ptr %3, i64 104
  %61 = load double, ptr %60, align 8, !tbaa !11
  %62 = fadd double %59, %61
  %63 = getelementptr inbounds i8, ptr %3, i64 112
  %64 = load double, ptr %63, align 8, !tbaa !11
  %65 = fadd double %62, %64
  %66 = getelementptr inbounds i8, ptr %3, i64 120
  %67 = load double, ptr %66, align 8, !tbaa !11
  %68 = fadd double %65, %67
  %69 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.4, i32 noundef %53, ptr noundef nonnull %34, double noundef %68)
  %70 = load i32, ptr %32, align 8, !tbaa !14
  %71 = add nsw i32 %70, 1
  %72 = load i32, ptr %2, align 8, !tbaa !14
  %73 = load i32, ptr %3, align 8, !tbaa !16
  %74 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %70, i32 noundef %71, i32 noundef %72, i32 noundef %73)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %4) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %4, i8 0, i64 64, i1 false)
  store i32 10, ptr %4, align 8, !tbaa !6
  %75 = getelementptr inbounds i8, ptr %4, i64 4
  %76 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %75, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 10) #6
  %77 = getelementptr inbounds i8, ptr %4, i64 24
  store <2 x double> <double 1.000000e+01, double 1.025000e+01>, ptr %77, align 8, !tbaa !11
  %78 = getelementptr inbounds i8, ptr %4, i64 40
  store <2 x double> <double 1.050000e+01, double 1.075000e+01>, ptr %78, align 8, !tbaa !11
  %79 = getelementptr inbounds i8, ptr %4, i64 56
  store double 1.100000e+01, ptr %79, align 8, !tbaa !11
  %80 = getelementptr inbounds i8, ptr %4, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %80, i8 0, i64 64, i1 false)
  store i32 11, ptr %80, align 8, !tbaa !6
  %81 = getelementptr inbounds i8, ptr %4, i64 68
  %82 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %81, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 11) #6
  %83 = getelementptr inbounds i8, ptr %4, i64 88
  store <2 x double> <double 1.100000e+01, double 1.125000e+01>, ptr %83, align 8, !tbaa !11
  %84 = getelementptr inbounds i8, ptr %4, i64 104
  store <2 x double> <double 1.150000e+01, double 1.175000e+01>, ptr %84, align 8, !tbaa !11
  %85 = getelementptr inbounds i8, ptr %4, i64 120
  store double 1.200000e+01, ptr %85, align 8, !tbaa !11
  %86 = getelementptr inbounds i8, ptr %4, i64 128
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %86, i8 0, i64 64, i1 false)
  store i32 12, ptr %86, align 8, !tbaa !6
  %87 = getelementptr inbounds i8, ptr %4, i64 132
  %88 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %87, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 12) #6
  %89 = getelementptr inbounds i8, ptr %4, i64 152
  store <2 x double> <double 1.200000e+01, double 1.225000e+01>, ptr %89, align 8, !tbaa !11
  %90 = getelementptr inbounds i8, ptr %4, i64 168
  store <2 x double> <double 1.250000e+01, double 1.275000e+01>, ptr %90, align 8, !tbaa !11
  %91 = getelementptr inbounds i8, ptr %4, i64 184
  store double 1.300000e+01, ptr %91, align 8, !tbaa !11
  %92 = getelementptr inbounds i8, ptr %4, i64 192
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %92, i8 0, i64 64, i1 false)
  store i32 13, ptr %92, align 8, !tbaa !6
  %93 = getelementptr inbounds i8, ptr %4, i64 196
  %94 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %93, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 13) #6
  %95 = getelementptr inbounds i8, ptr %4, i64 216
  store <2 x double> <double 1.300000e+01, double 1.325000e+01>, ptr %95, align 8, !tbaa !11
  %96 = getelementptr inbounds i8, ptr %4, i64 232
  store <2 x double> <double 1.350000e+01, double 1.375000e+01>, ptr %96, align 8, !tbaa !11
  %97 = getelementptr inbounds i8, ptr %4, i64 248
  store double 1.400000e+01, ptr %97, align 8, !tbaa !11
  %98 = getelementptr inbounds i8, ptr %4, i64 256
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %98, i8 0, i64 64, i1 false)
  store i32 14, ptr %98, align 8, !tbaa !6
  %99 = getelementptr inbounds i8, ptr %4, i64 260
  %100 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %99, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 14) #6
  %101 = getelementptr inbounds i8, ptr %4, i64 280
  store double 1.400000e+01, ptr %101, align 8, !tbaa !11
  %102 = getelementptr inbounds i8, ptr %4, i64 288
  store <2 x double> <double 1.425000e+01, double 1.450000e+01>, ptr %102, align 8, !tbaa !11
  %103 = getelementptr inbounds i8, ptr %4, i64 304
  store <2 x double> <double 1.475000e+01, double 1.500000e+01>, ptr %103, align 8, !tbaa !11
  %104 = getelementptr inbounds i8, ptr %4, i64 320
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %104, i8 0, i64 64, i1 false)
  store i32 15, ptr %104, align 8, !tbaa !6
  %105 = getelementptr inbounds i8, ptr %4, i64 324
  %106 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef nonnull dereferenceable(1) %105, i64 noundef 20, ptr noundef nonnull @.str.13, ptr noundef nonnull @.str.6, i32 noundef 15) #6
  %107 = getelementptr inbounds i8, ptr %4, i64 344
  store double 1.500000e+01, ptr %107, align 8, !tbaa !11
  %108 = getelementptr inbounds i8, ptr %4, i64 352
  store <2 x double> <double 1.525000e+01, double 1.550000e+01>, ptr %108, align 8, !tbaa !11
  %109 = getelementptr inbounds i8, ptr %4, i64 368
  store <2 x double> <double 1.575000e+01, double 1.600000e+01>, ptr %109, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %5, ptr noundef nonnull align 8 dereferenceable(64) %4, i64 64, i1 false), !tbaa.struct !13
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(320) %4, ptr noundef nonnull align 8 dereferenceable(320) %80, i64 320, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %104, ptr noundef nonnull align 8 dereferenceable(64) %5, i64 64, i1 false), !tbaa.struct !13
  %110 = load i32, ptr %4, align 8, !tbaa !6
  %111 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %110)
  %112 = load i32, ptr %80, align 8, !tbaa !6
  %113 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %112)
  %114 = load i32, ptr %86, align 8, !tbaa !6
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %114)
  %116 = load i32, ptr %92, align 8, !tbaa !6
  %117 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %116)
  %118 = load i32, ptr %98, align 8, !tbaa !6
  %119 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %118)
  %120 = load i32, ptr %104, align 8, !tbaa !6
  %121 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %120)
  %122 = call i32 @putchar(i32 10)
  call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(256) %80, ptr noundef nonnull align 8 dereferenceable(256) %4, i64 256, i1 false)
  %123 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %75)
  %124 = getelementptr inbounds i8, ptr %4, i64 68
  %125 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %124)
  %126 = getelementptr inbounds i8, ptr %4, i64 132
  %127 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %126)
  %128 = getelementptr inbounds i8, ptr %4, i64 196
  %129 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %128)
  %130 = getelementptr inbounds i8, ptr %4, i64 260
  %131 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %130)
  %132 = getelementptr inbounds i8, ptr %4, i64 324
  %133 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull %132)
  %134 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %6) #6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(384) %6, ptr noundef nonnull align 8 dereferenceable(384) %4, i64 384, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(384) %4, i8 0, i64 384, i1 false)
  %135 = getelementptr inbounds i8, ptr %6, i64 192
  %136 = load i32, ptr %135, align 8, !tbaa !6
  %137 = getelementptr inbounds i8, ptr %6, i64 196
  %138 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 0, ptr noundef nonnull %128, i32 noundef %136, ptr noundef nonnull %137)
  %139 = getelementptr inbounds i8, ptr %6, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %6, ptr noundef nonnull align 8 dereferenceable(64) %139, i64 64, i1 false), !tbaa.struct !13
  %140 = load i32, ptr %6, align 8, !tbaa !6
  %141 = getelementptr inbounds i8, ptr %6, i64 4
  %142 = getelementptr inbounds i8, ptr %6, i64 24
  %143 = load double, ptr %142, align 8, !tbaa !11
  %144 = fadd double %143, 0.000000e+00
  %145 = getelementptr inbounds i8, ptr %6, i64 32
  %146 = load double, ptr %145, align 8, !tbaa !11
  %147 = fadd double %144, %146
  %148 = getelementptr inbounds i8, ptr %6, i64 40
  %149 = load double, ptr %148, align 8, !tbaa !11
  %150 = fadd double %147, %149
  %151 = getelementptr inbounds i8, ptr %6, i64 48
  %152 = load double, ptr %151, align 8, !tbaa !11
  %153 = fadd double %150, %152
  %154 = getelementptr inbounds i8, ptr %6, i64 56
  %155 = load double, ptr %154, align 8, !tbaa !11
  %156 = fadd double %153, %155
  %157 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef nonnull @.str.11, i32 noundef %140, ptr noundef nonnull %141, double noundef %156)
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %7) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %7, i8 0, i64 64, i1 false)
  %158 = getelementptr inbounds i8, ptr %7, i64 4
  %159 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef 0, ptr noundef nonnull %158, double noundef 0.000000e+00, i64 noundef 64)
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
