; ModuleID = 'pointer_arith.c'
source_filename = "pointer_arith.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Rec = type { i8, i32, double }

@.str = private unnamed_addr constant [30 x i8] c"diff=%td count_until(49)=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"compare: %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [37 x i8] c"mid[-3]=%d mid[3]=%d *(mid - 10)=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"back sum=%ld\0A\00", align 1
@__const.main.recs = private unnamed_addr constant [4 x %struct.Rec] [%struct.Rec { i8 97, i32 1, double 5.000000e-01 }, %struct.Rec { i8 98, i32 2, double 1.500000e+00 }, %struct.Rec { i8 99, i32 3, double 2.500000e+00 }, %struct.Rec { i8 100, i32 4, double 3.500000e+00 }], align 16
@.str.4 = private unnamed_addr constant [29 x i8] c"rec: %c %d stride=%td bytes\0A\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"value via offset=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [22 x i8] c"weight via offset=%g\0A\00", align 1
@.str.7 = private unnamed_addr constant [31 x i8] c"aligned 64: %d, +5 mod 8 = %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"round trip: %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"uintptr arithmetic: %d\0A\00", align 1
@__const.main.text = private unnamed_addr constant [23 x i8] c"alpha beta gamma delta\00", align 16
@.str.10 = private unnamed_addr constant [45 x i8] c"words=%d second=%s last=%s offset(last)=%td\0A\00", align 1
@.str.11 = private unnamed_addr constant [11 x i8] c"triple=%c\0A\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.13 = private unnamed_addr constant [23 x i8] c"len by ptr=%td nul=%d\0A\00", align 1
@__const.main.matrix = private unnamed_addr constant [3 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 3, i32 4], [4 x i32] [i32 5, i32 6, i32 7, i32 8], [4 x i32] [i32 9, i32 10, i32 11, i32 12]], align 16
@.str.14 = private unnamed_addr constant [27 x i8] c"flat[7]=%d row stride=%td\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [20 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [4 x %struct.Rec], align 16
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca [128 x i8], align 64
  %14 = alloca i64, align 8
  %15 = alloca ptr, align 8
  %16 = alloca i64, align 8
  %17 = alloca [23 x i8], align 16
  %18 = alloca [8 x ptr], align 16
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca [3 x [4 x i32]], align 16
  %27 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  br label %28

28:                                               ; preds = %38, %0
  %29 = load i32, ptr %3, align 4
  %30 = icmp slt i32 %29, 20
  br i1 %30, label %31, label %41

31:                                               ; preds = %28
  %32 = load i32, ptr %3, align 4
  %33 = load i32, ptr %3, align 4
  %34 = mul nsw i32 %32, %33
  %35 = load i32, ptr %3, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 %36
  store i32 %34, ptr %37, align 4
  br label %38

38:                                               ; preds = %31
  %39 = load i32, ptr %3, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %3, align 4
  br label %28, !llvm.loop !6

41:                                               ; preds = %28
  %42 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  store ptr %42, ptr %4, align 8
  %43 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 19
  store ptr %43, ptr %5, align 8
  %44 = load ptr, ptr %5, align 8
  %45 = load ptr, ptr %4, align 8
  %46 = ptrtoint ptr %44 to i64
  %47 = ptrtoint ptr %45 to i64
  %48 = sub i64 %46, %47
  %49 = sdiv exact i64 %48, 4
  %50 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %51 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %52 = getelementptr inbounds i32, ptr %51, i64 20
  %53 = call i64 @count_until(ptr noundef %50, ptr noundef %52, i32 noundef 49)
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %49, i64 noundef %53)
  %55 = load ptr, ptr %4, align 8
  %56 = load ptr, ptr %5, align 8
  %57 = icmp ult ptr %55, %56
  %58 = zext i1 %57 to i32
  %59 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 5
  %60 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %61 = getelementptr inbounds i32, ptr %60, i64 5
  %62 = icmp eq ptr %59, %61
  %63 = zext i1 %62 to i32
  %64 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %65 = getelementptr inbounds i32, ptr %64, i64 7
  %66 = load i32, ptr %65, align 4
  %67 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 7
  %68 = load i32, ptr %67, align 4
  %69 = icmp eq i32 %66, %68
  %70 = zext i1 %69 to i32
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %58, i32 noundef %63, i32 noundef %70)
  %72 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %73 = getelementptr inbounds i32, ptr %72, i64 10
  store ptr %73, ptr %6, align 8
  %74 = load ptr, ptr %6, align 8
  %75 = getelementptr inbounds i32, ptr %74, i64 -3
  %76 = load i32, ptr %75, align 4
  %77 = load ptr, ptr %6, align 8
  %78 = getelementptr inbounds i32, ptr %77, i64 3
  %79 = load i32, ptr %78, align 4
  %80 = load ptr, ptr %6, align 8
  %81 = getelementptr inbounds i32, ptr %80, i64 -10
  %82 = load i32, ptr %81, align 4
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %76, i32 noundef %79, i32 noundef %82)
  store i64 0, ptr %7, align 8
  %84 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %85 = getelementptr inbounds i32, ptr %84, i64 19
  store ptr %85, ptr %8, align 8
  br label %86

86:                                               ; preds = %97, %41
  %87 = load ptr, ptr %8, align 8
  %88 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 0
  %89 = getelementptr inbounds i32, ptr %88, i64 10
  %90 = icmp uge ptr %87, %89
  br i1 %90, label %91, label %100

91:                                               ; preds = %86
  %92 = load ptr, ptr %8, align 8
  %93 = load i32, ptr %92, align 4
  %94 = sext i32 %93 to i64
  %95 = load i64, ptr %7, align 8
  %96 = add nsw i64 %95, %94
  store i64 %96, ptr %7, align 8
  br label %97

97:                                               ; preds = %91
  %98 = load ptr, ptr %8, align 8
  %99 = getelementptr inbounds i32, ptr %98, i32 -1
  store ptr %99, ptr %8, align 8
  br label %86, !llvm.loop !8

100:                                              ; preds = %86
  %101 = load i64, ptr %7, align 8
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %101)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.recs, i64 64, i1 false)
  %103 = getelementptr inbounds [4 x %struct.Rec], ptr %9, i64 0, i64 0
  store ptr %103, ptr %10, align 8
  %104 = load ptr, ptr %10, align 8
  %105 = getelementptr inbounds %struct.Rec, ptr %104, i64 2
  store ptr %105, ptr %10, align 8
  %106 = load ptr, ptr %10, align 8
  %107 = getelementptr inbounds %struct.Rec, ptr %106, i32 0, i32 0
  %108 = load i8, ptr %107, align 8
  %109 = sext i8 %108 to i32
  %110 = load ptr, ptr %10, align 8
  %111 = getelementptr inbounds %struct.Rec, ptr %110, i32 0, i32 1
  %112 = load i32, ptr %111, align 4
  %113 = getelementptr inbounds [4 x %struct.Rec], ptr %9, i64 0, i64 1
  %114 = getelementptr inbounds [4 x %struct.Rec], ptr %9, i64 0, i64 0
  %115 = ptrtoint ptr %113 to i64
  %116 = ptrtoint ptr %114 to i64
  %117 = sub i64 %115, %116
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %109, i32 noundef %112, i64 noundef %117)
  %119 = getelementptr inbounds [4 x %struct.Rec], ptr %9, i64 0, i64 1
  %120 = call ptr @byte_offset(ptr noundef %119, i64 noundef 4)
  store ptr %120, ptr %11, align 8
  %121 = load ptr, ptr %11, align 8
  %122 = load i32, ptr %121, align 4
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %122)
  %124 = getelementptr inbounds [4 x %struct.Rec], ptr %9, i64 0, i64 0
  %125 = call ptr @byte_offset(ptr noundef %124, i64 noundef 56)
  store ptr %125, ptr %12, align 8
  %126 = load ptr, ptr %12, align 8
  %127 = load double, ptr %126, align 8
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %127)
  %129 = getelementptr inbounds [128 x i8], ptr %13, i64 0, i64 0
  %130 = ptrtoint ptr %129 to i64
  store i64 %130, ptr %14, align 8
  %131 = load i64, ptr %14, align 8
  %132 = urem i64 %131, 64
  %133 = icmp eq i64 %132, 0
  %134 = zext i1 %133 to i32
  %135 = load i64, ptr %14, align 8
  %136 = add i64 %135, 5
  %137 = urem i64 %136, 8
  %138 = trunc i64 %137 to i32
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %134, i32 noundef %138)
  %140 = load i64, ptr %14, align 8
  %141 = inttoptr i64 %140 to ptr
  store ptr %141, ptr %15, align 8
  %142 = load ptr, ptr %15, align 8
  %143 = getelementptr inbounds i8, ptr %142, i64 3
  store i8 42, ptr %143, align 1
  %144 = load ptr, ptr %15, align 8
  %145 = getelementptr inbounds [128 x i8], ptr %13, i64 0, i64 0
  %146 = icmp eq ptr %144, %145
  %147 = zext i1 %146 to i32
  %148 = getelementptr inbounds [128 x i8], ptr %13, i64 0, i64 3
  %149 = load i8, ptr %148, align 1
  %150 = zext i8 %149 to i32
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %147, i32 noundef %150)
  %152 = getelementptr inbounds [20 x i32], ptr %2, i64 0, i64 9
  %153 = ptrtoint ptr %152 to i64
  store i64 %153, ptr %16, align 8
  %154 = load i64, ptr %16, align 8
  %155 = sub i64 %154, 16
  store i64 %155, ptr %16, align 8
  %156 = load i64, ptr %16, align 8
  %157 = inttoptr i64 %156 to ptr
  %158 = load i32, ptr %157, align 4
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %158)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 16 @__const.main.text, i64 23, i1 false)
  store i32 0, ptr %19, align 4
  %160 = getelementptr inbounds [23 x i8], ptr %17, i64 0, i64 0
  store ptr %160, ptr %20, align 8
  br label %161

161:                                              ; preds = %176, %100
  %162 = load ptr, ptr %20, align 8
  %163 = load i8, ptr %162, align 1
  %164 = icmp ne i8 %163, 0
  br i1 %164, label %165, label %180

165:                                              ; preds = %161
  %166 = load ptr, ptr %20, align 8
  %167 = load i32, ptr %19, align 4
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %19, align 4
  %169 = sext i32 %167 to i64
  %170 = getelementptr inbounds [8 x ptr], ptr %18, i64 0, i64 %169
  store ptr %166, ptr %170, align 8
  %171 = load ptr, ptr %20, align 8
  %172 = call ptr @strchr(ptr noundef %171, i32 noundef 32) #4
  store ptr %172, ptr %21, align 8
  %173 = load ptr, ptr %21, align 8
  %174 = icmp ne ptr %173, null
  br i1 %174, label %176, label %175

175:                                              ; preds = %165
  br label %180

176:                                              ; preds = %165
  %177 = load ptr, ptr %21, align 8
  store i8 0, ptr %177, align 1
  %178 = load ptr, ptr %21, align 8
  %179 = getelementptr inbounds i8, ptr %178, i64 1
  store ptr %179, ptr %20, align 8
  br label %161, !llvm.loop !9

180:                                              ; preds = %175, %161
  %181 = getelementptr inbounds [8 x ptr], ptr %18, i64 0, i64 0
  store ptr %181, ptr %22, align 8
  %182 = load i32, ptr %19, align 4
  %183 = load ptr, ptr %22, align 8
  %184 = getelementptr inbounds ptr, ptr %183, i64 1
  %185 = load ptr, ptr %184, align 8
  %186 = load ptr, ptr %22, align 8
  %187 = load i32, ptr %19, align 4
  %188 = sub nsw i32 %187, 1
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds ptr, ptr %186, i64 %189
  %191 = load ptr, ptr %190, align 8
  %192 = load i32, ptr %19, align 4
  %193 = sub nsw i32 %192, 1
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [8 x ptr], ptr %18, i64 0, i64 %194
  %196 = load ptr, ptr %195, align 8
  %197 = getelementptr inbounds [23 x i8], ptr %17, i64 0, i64 0
  %198 = ptrtoint ptr %196 to i64
  %199 = ptrtoint ptr %197 to i64
  %200 = sub i64 %198, %199
  %201 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %182, ptr noundef %185, ptr noundef %191, i64 noundef %200)
  store ptr %22, ptr %23, align 8
  %202 = load ptr, ptr %23, align 8
  %203 = load ptr, ptr %202, align 8
  %204 = getelementptr inbounds ptr, ptr %203, i64 2
  %205 = load ptr, ptr %204, align 8
  %206 = getelementptr inbounds i8, ptr %205, i64 1
  %207 = load i8, ptr %206, align 1
  %208 = sext i8 %207 to i32
  %209 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %208)
  store ptr @.str.12, ptr %24, align 8
  %210 = load ptr, ptr %24, align 8
  %211 = load ptr, ptr %24, align 8
  %212 = call i64 @strlen(ptr noundef %211) #4
  %213 = getelementptr inbounds i8, ptr %210, i64 %212
  store ptr %213, ptr %25, align 8
  %214 = load ptr, ptr %25, align 8
  %215 = load ptr, ptr %24, align 8
  %216 = ptrtoint ptr %214 to i64
  %217 = ptrtoint ptr %215 to i64
  %218 = sub i64 %216, %217
  %219 = load ptr, ptr %25, align 8
  %220 = load i8, ptr %219, align 1
  %221 = sext i8 %220 to i32
  %222 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %218, i32 noundef %221)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %26, ptr align 16 @__const.main.matrix, i64 48, i1 false)
  %223 = getelementptr inbounds [3 x [4 x i32]], ptr %26, i64 0, i64 0
  %224 = getelementptr inbounds [4 x i32], ptr %223, i64 0, i64 0
  store ptr %224, ptr %27, align 8
  %225 = load ptr, ptr %27, align 8
  %226 = getelementptr inbounds i32, ptr %225, i64 7
  %227 = load i32, ptr %226, align 4
  %228 = getelementptr inbounds [3 x [4 x i32]], ptr %26, i64 0, i64 1
  %229 = getelementptr inbounds [4 x i32], ptr %228, i64 0, i64 0
  %230 = getelementptr inbounds [3 x [4 x i32]], ptr %26, i64 0, i64 0
  %231 = getelementptr inbounds [4 x i32], ptr %230, i64 0, i64 0
  %232 = ptrtoint ptr %229 to i64
  %233 = ptrtoint ptr %231 to i64
  %234 = sub i64 %232, %233
  %235 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %227, i64 noundef %234)
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @count_until(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  store ptr %8, ptr %7, align 8
  br label %9

9:                                                ; preds = %20, %3
  %10 = load ptr, ptr %7, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = icmp ult ptr %10, %11
  br i1 %12, label %13, label %18

13:                                               ; preds = %9
  %14 = load ptr, ptr %7, align 8
  %15 = load i32, ptr %14, align 4
  %16 = load i32, ptr %6, align 4
  %17 = icmp ne i32 %15, %16
  br label %18

18:                                               ; preds = %13, %9
  %19 = phi i1 [ false, %9 ], [ %17, %13 ]
  br i1 %19, label %20, label %23

20:                                               ; preds = %18
  %21 = load ptr, ptr %7, align 8
  %22 = getelementptr inbounds i32, ptr %21, i32 1
  store ptr %22, ptr %7, align 8
  br label %9, !llvm.loop !10

23:                                               ; preds = %18
  %24 = load ptr, ptr %7, align 8
  %25 = load ptr, ptr %4, align 8
  %26 = ptrtoint ptr %24 to i64
  %27 = ptrtoint ptr %25 to i64
  %28 = sub i64 %26, %27
  %29 = sdiv exact i64 %28, 4
  ret i64 %29
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @byte_offset(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = getelementptr inbounds i8, ptr %5, i64 %6
  ret ptr %7
}

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }

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
!10 = distinct !{!10, !7}
