; ModuleID = 'packed_structs.c'
source_filename = "packed_structs.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Pack2 = type <{ i8, i8, i32, i16, double }>
%struct.Aligned = type { i8, [15 x i8], double, i32 }
%struct.Header = type <{ i8, i32, i16, i64 }>
%struct.Bits3 = type { [3 x i8] }
%struct.Bits5 = type { [5 x i8] }
%struct.Bits7 = type { [7 x i8] }

@.str = private unnamed_addr constant [71 x i8] c"sizes: header=%zu pack2=%zu bits3=%zu bits5=%zu bits7=%zu aligned=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [75 x i8] c"offsets: length=%zu flags=%zu id=%zu | i=%zu s=%zu d=%zu | d=%zu tail=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [48 x i8] c"hdr %d: kind=%u len=%08x flags=%04x id=%016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"raw[15..22]:\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c" %02x\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.p = private unnamed_addr constant %struct.Pack2 <{ i8 120, i8 undef, i32 -123456, i16 321, double 2.500000e+00 }>, align 2
@.str.6 = private unnamed_addr constant [20 x i8] c"pack2: %c %d %d %g\0A\00", align 1
@__const.main.b3 = private unnamed_addr constant { i8, i8, i8 } { i8 -68, i8 58, i8 18 }, align 1
@.str.7 = private unnamed_addr constant [14 x i8] c"bits3: %x %x\0A\00", align 1
@__const.main.b5 = private unnamed_addr constant { i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 95, i8 52, i8 18 }, align 1
@.str.8 = private unnamed_addr constant [18 x i8] c"bits5: %llx %llx\0A\00", align 1
@__const.main.b7 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8 } { i8 -64, i8 -14, i8 -4, i8 -1, i8 -1, i8 -1, i8 -1 }, align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"bits7: %d %llx\0A\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"bits7 bytes:\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Aligned { i8 113, [15 x i8] undef, double 6.250000e+00, i32 9 }, align 16
@.str.11 = private unnamed_addr constant [28 x i8] c"aligned: %c %g %d mod16=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @read_length(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Header, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 1
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @bump(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Header, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 1
  %6 = add i32 %5, 1000
  store i32 %6, ptr %4, align 1
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds %struct.Header, ptr %7, i32 0, i32 3
  %9 = load i64, ptr %8, align 1
  %10 = xor i64 %9, 65535
  store i64 %10, ptr %8, align 1
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x %struct.Header], align 1
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [45 x i8], align 1
  %6 = alloca i32, align 4
  %7 = alloca %struct.Pack2, align 2
  %8 = alloca %struct.Bits3, align 1
  %9 = alloca %struct.Bits5, align 1
  %10 = alloca %struct.Bits7, align 1
  %11 = alloca [7 x i8], align 1
  %12 = alloca i32, align 4
  %13 = alloca %struct.Aligned, align 16
  store i32 0, ptr %1, align 4
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef 15, i64 noundef 16, i64 noundef 3, i64 noundef 5, i64 noundef 7, i64 noundef 32)
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef 1, i64 noundef 5, i64 noundef 7, i64 noundef 2, i64 noundef 6, i64 noundef 8, i64 noundef 16, i64 noundef 24)
  store i32 0, ptr %3, align 4
  br label %16

16:                                               ; preds = %48, %0
  %17 = load i32, ptr %3, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %51

19:                                               ; preds = %16
  %20 = load i32, ptr %3, align 4
  %21 = add nsw i32 %20, 1
  %22 = trunc i32 %21 to i8
  %23 = load i32, ptr %3, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %24
  %26 = getelementptr inbounds %struct.Header, ptr %25, i32 0, i32 0
  store i8 %22, ptr %26, align 1
  %27 = load i32, ptr %3, align 4
  %28 = add nsw i32 %27, 1
  %29 = mul i32 16909060, %28
  %30 = load i32, ptr %3, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %31
  %33 = getelementptr inbounds %struct.Header, ptr %32, i32 0, i32 1
  store i32 %29, ptr %33, align 1
  %34 = load i32, ptr %3, align 4
  %35 = or i32 40960, %34
  %36 = trunc i32 %35 to i16
  %37 = load i32, ptr %3, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %38
  %40 = getelementptr inbounds %struct.Header, ptr %39, i32 0, i32 2
  store i16 %36, ptr %40, align 1
  %41 = load i32, ptr %3, align 4
  %42 = sext i32 %41 to i64
  %43 = add i64 1234605616436508552, %42
  %44 = load i32, ptr %3, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %45
  %47 = getelementptr inbounds %struct.Header, ptr %46, i32 0, i32 3
  store i64 %43, ptr %47, align 1
  br label %48

48:                                               ; preds = %19
  %49 = load i32, ptr %3, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %3, align 4
  br label %16, !llvm.loop !6

51:                                               ; preds = %16
  %52 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 1
  call void @bump(ptr noundef %52)
  store i32 0, ptr %4, align 4
  br label %53

53:                                               ; preds = %80, %51
  %54 = load i32, ptr %4, align 4
  %55 = icmp slt i32 %54, 3
  br i1 %55, label %56, label %83

56:                                               ; preds = %53
  %57 = load i32, ptr %4, align 4
  %58 = load i32, ptr %4, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %59
  %61 = getelementptr inbounds %struct.Header, ptr %60, i32 0, i32 0
  %62 = load i8, ptr %61, align 1
  %63 = zext i8 %62 to i32
  %64 = load i32, ptr %4, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %65
  %67 = call i32 @read_length(ptr noundef %66)
  %68 = load i32, ptr %4, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %69
  %71 = getelementptr inbounds %struct.Header, ptr %70, i32 0, i32 2
  %72 = load i16, ptr %71, align 1
  %73 = zext i16 %72 to i32
  %74 = load i32, ptr %4, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 %75
  %77 = getelementptr inbounds %struct.Header, ptr %76, i32 0, i32 3
  %78 = load i64, ptr %77, align 1
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %57, i32 noundef %63, i32 noundef %67, i32 noundef %73, i64 noundef %78)
  br label %80

80:                                               ; preds = %56
  %81 = load i32, ptr %4, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %4, align 4
  br label %53, !llvm.loop !8

83:                                               ; preds = %53
  %84 = getelementptr inbounds [45 x i8], ptr %5, i64 0, i64 0
  %85 = getelementptr inbounds [3 x %struct.Header], ptr %2, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %84, ptr align 1 %85, i64 45, i1 false)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.3)
  store i32 15, ptr %6, align 4
  br label %87

87:                                               ; preds = %97, %83
  %88 = load i32, ptr %6, align 4
  %89 = icmp slt i32 %88, 23
  br i1 %89, label %90, label %100

90:                                               ; preds = %87
  %91 = load i32, ptr %6, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [45 x i8], ptr %5, i64 0, i64 %92
  %94 = load i8, ptr %93, align 1
  %95 = zext i8 %94 to i32
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %95)
  br label %97

97:                                               ; preds = %90
  %98 = load i32, ptr %6, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %6, align 4
  br label %87, !llvm.loop !9

100:                                              ; preds = %87
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %7, ptr align 2 @__const.main.p, i64 16, i1 false)
  %102 = getelementptr inbounds %struct.Pack2, ptr %7, i32 0, i32 0
  %103 = load i8, ptr %102, align 2
  %104 = zext i8 %103 to i32
  %105 = getelementptr inbounds %struct.Pack2, ptr %7, i32 0, i32 2
  %106 = load i32, ptr %105, align 2
  %107 = getelementptr inbounds %struct.Pack2, ptr %7, i32 0, i32 3
  %108 = load i16, ptr %107, align 2
  %109 = sext i16 %108 to i32
  %110 = getelementptr inbounds %struct.Pack2, ptr %7, i32 0, i32 4
  %111 = load double, ptr %110, align 2
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %104, i32 noundef %106, i32 noundef %109, double noundef %111)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %8, ptr align 1 @__const.main.b3, i64 3, i1 false)
  %113 = load i24, ptr %8, align 1
  %114 = lshr i24 %113, 12
  %115 = zext i24 %114 to i32
  %116 = add nsw i32 %115, 3840
  %117 = trunc i32 %116 to i24
  %118 = load i24, ptr %8, align 1
  %119 = and i24 %117, 4095
  %120 = shl i24 %119, 12
  %121 = and i24 %118, 4095
  %122 = or i24 %121, %120
  store i24 %122, ptr %8, align 1
  %123 = zext i24 %119 to i32
  %124 = load i24, ptr %8, align 1
  %125 = and i24 %124, 4095
  %126 = zext i24 %125 to i32
  %127 = load i24, ptr %8, align 1
  %128 = lshr i24 %127, 12
  %129 = zext i24 %128 to i32
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %126, i32 noundef %129)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 @__const.main.b5, i64 5, i1 false)
  %131 = load i40, ptr %9, align 1
  %132 = and i40 %131, 1048575
  %133 = zext i40 %132 to i64
  %134 = trunc i64 %133 to i32
  %135 = add nsw i32 %134, 2
  %136 = sext i32 %135 to i64
  %137 = trunc i64 %136 to i40
  %138 = load i40, ptr %9, align 1
  %139 = and i40 %137, 1048575
  %140 = and i40 %138, -1048576
  %141 = or i40 %140, %139
  store i40 %141, ptr %9, align 1
  %142 = zext i40 %139 to i64
  %143 = load i40, ptr %9, align 1
  %144 = and i40 %143, 1048575
  %145 = zext i40 %144 to i64
  %146 = load i40, ptr %9, align 1
  %147 = lshr i40 %146, 20
  %148 = zext i40 %147 to i64
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %145, i64 noundef %148)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %10, ptr align 1 @__const.main.b7, i64 7, i1 false)
  %150 = load i56, ptr %10, align 1
  %151 = shl i56 %150, 37
  %152 = ashr i56 %151, 37
  %153 = trunc i56 %152 to i32
  %154 = sdiv i32 %153, 2
  %155 = zext i32 %154 to i56
  %156 = load i56, ptr %10, align 1
  %157 = and i56 %155, 524287
  %158 = and i56 %156, -524288
  %159 = or i56 %158, %157
  store i56 %159, ptr %10, align 1
  %160 = shl i56 %157, 37
  %161 = ashr i56 %160, 37
  %162 = trunc i56 %161 to i32
  %163 = load i56, ptr %10, align 1
  %164 = lshr i56 %163, 19
  %165 = zext i56 %164 to i64
  %166 = sub i64 %165, 15
  %167 = trunc i64 %166 to i56
  %168 = load i56, ptr %10, align 1
  %169 = and i56 %167, 137438953471
  %170 = shl i56 %169, 19
  %171 = and i56 %168, 524287
  %172 = or i56 %171, %170
  store i56 %172, ptr %10, align 1
  %173 = zext i56 %169 to i64
  %174 = load i56, ptr %10, align 1
  %175 = shl i56 %174, 37
  %176 = ashr i56 %175, 37
  %177 = trunc i56 %176 to i32
  %178 = load i56, ptr %10, align 1
  %179 = lshr i56 %178, 19
  %180 = zext i56 %179 to i64
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %177, i64 noundef %180)
  %182 = getelementptr inbounds [7 x i8], ptr %11, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %182, ptr align 1 %10, i64 7, i1 false)
  %183 = call i32 (ptr, ...) @printf(ptr noundef @.str.10)
  store i32 0, ptr %12, align 4
  br label %184

184:                                              ; preds = %195, %100
  %185 = load i32, ptr %12, align 4
  %186 = zext i32 %185 to i64
  %187 = icmp ult i64 %186, 7
  br i1 %187, label %188, label %198

188:                                              ; preds = %184
  %189 = load i32, ptr %12, align 4
  %190 = zext i32 %189 to i64
  %191 = getelementptr inbounds [7 x i8], ptr %11, i64 0, i64 %190
  %192 = load i8, ptr %191, align 1
  %193 = zext i8 %192 to i32
  %194 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %193)
  br label %195

195:                                              ; preds = %188
  %196 = load i32, ptr %12, align 4
  %197 = add i32 %196, 1
  store i32 %197, ptr %12, align 4
  br label %184, !llvm.loop !10

198:                                              ; preds = %184
  %199 = call i32 (ptr, ...) @printf(ptr noundef @.str.5)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %13, ptr align 16 @__const.main.a, i64 32, i1 false)
  %200 = getelementptr inbounds %struct.Aligned, ptr %13, i32 0, i32 0
  %201 = load i8, ptr %200, align 16
  %202 = zext i8 %201 to i32
  %203 = getelementptr inbounds %struct.Aligned, ptr %13, i32 0, i32 2
  %204 = load double, ptr %203, align 16
  %205 = getelementptr inbounds %struct.Aligned, ptr %13, i32 0, i32 3
  %206 = load i32, ptr %205, align 8
  %207 = getelementptr inbounds %struct.Aligned, ptr %13, i32 0, i32 2
  %208 = ptrtoint ptr %207 to i64
  %209 = urem i64 %208, 16
  %210 = trunc i64 %209 to i32
  %211 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %202, double noundef %204, i32 noundef %206, i32 noundef %210)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
