; ModuleID = 'global_initializers.c'
source_filename = "global_initializers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Shape = type { i32, %struct.anon, ptr }
%struct.anon = type { float, float }
%struct.anon.0 = type { i16, ptr }
%union.Num = type { i64 }
%struct.Item = type { ptr, %union.Num, i32 }

@.str = private unnamed_addr constant [30 x i8] c"nums[%d]: i=%lld b0=%u b7=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"nums[1].d=%g\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"%s: %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"%s: %.15f\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"%s: %u..%u\0A\00", align 1
@.str.5 = private unnamed_addr constant [44 x i8] c"shape %d: sides=%d center=(%g,%g) extra=%d\0A\00", align 1
@shapes = internal global [5 x %struct.Shape] [%struct.Shape { i32 3, %struct.anon { float 5.000000e-01, float -2.500000e-01 }, ptr @extras }, %struct.Shape zeroinitializer, %struct.Shape zeroinitializer, %struct.Shape { i32 6, %struct.anon { float 0.000000e+00, float 2.000000e+00 }, ptr getelementptr (i8, ptr @extras, i64 16) }, %struct.Shape zeroinitializer], align 16
@.str.6 = private unnamed_addr constant [9 x i8] c"%s(%zu) \00", align 1
@names = internal constant [4 x [8 x i8]] [[8 x i8] c"red\00\00\00\00\00", [8 x i8] c"green\00\00\00", [8 x i8] c"blue\00\00\00\00", [8 x i8] c"magenta\00"], align 16
@.str.7 = private unnamed_addr constant [18 x i8] c"sizeof names=%zu\0A\00", align 1
@partial = internal global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@.str.8 = private unnamed_addr constant [33 x i8] c"partial weighted sum=%d tail=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [37 x i8] c"specials: %g signbit=%d %g %g %.10f\0A\00", align 1
@specials = internal global [4 x double] [double -0.000000e+00, double 1.000000e-310, double 0x7FEFFFFFFFFFFFFF, double 0x3FB99999A0000000], align 16
@buffer = internal global [16 x i8] c"abc\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@.str.10 = private unnamed_addr constant [6 x i8] c"defgh\00", align 1
@.str.11 = private unnamed_addr constant [19 x i8] c"buffer=%s last=%d\0A\00", align 1
@errors = internal constant [3 x %struct.anon.0] [%struct.anon.0 { i16 404, ptr @.str.18 }, %struct.anon.0 { i16 500, ptr @.str.19 }, %struct.anon.0 { i16 -1, ptr null }], align 16
@.str.12 = private unnamed_addr constant [14 x i8] c"error %u: %s\0A\00", align 1
@nums = internal global <{ %union.Num, { double }, { [8 x i8] }, %union.Num }> <{ %union.Num { i64 -1 }, { double } { double 1.500000e+00 }, { [8 x i8] } { [8 x i8] c"\01\02\03\04\05\06\07\08" }, %union.Num zeroinitializer }>, align 16
@.str.14 = private unnamed_addr constant [7 x i8] c"answer\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"pi\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"bytes\00", align 1
@items = internal global <{ %struct.Item, { ptr, { double }, i32 }, { ptr, { [8 x i8] }, i32 } }> <{ %struct.Item { ptr @.str.14, %union.Num { i64 42 }, i32 0 }, { ptr, { double }, i32 } { ptr @.str.15, { double } { double 0x400921FB54442D18 }, i32 1 }, { ptr, { [8 x i8] }, i32 } { ptr @.str.16, { [8 x i8] } { [8 x i8] c"\01\00\00\00\00\00\00\80" }, i32 2 } }>, align 16
@extras = internal constant [5 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5], align 16
@.str.18 = private unnamed_addr constant [10 x i8] c"not found\00", align 1
@.str.19 = private unnamed_addr constant [7 x i8] c"server\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %32, %0
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %13, label %35

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = load i32, ptr %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [4 x %union.Num], ptr @nums, i64 0, i64 %16
  %18 = load i64, ptr %17, align 8
  %19 = load i32, ptr %2, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x %union.Num], ptr @nums, i64 0, i64 %20
  %22 = getelementptr inbounds [8 x i8], ptr %21, i64 0, i64 0
  %23 = load i8, ptr %22, align 8
  %24 = zext i8 %23 to i32
  %25 = load i32, ptr %2, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [4 x %union.Num], ptr @nums, i64 0, i64 %26
  %28 = getelementptr inbounds [8 x i8], ptr %27, i64 0, i64 7
  %29 = load i8, ptr %28, align 1
  %30 = zext i8 %29 to i32
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %14, i64 noundef %18, i32 noundef %24, i32 noundef %30)
  br label %32

32:                                               ; preds = %13
  %33 = load i32, ptr %2, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %2, align 4
  br label %10, !llvm.loop !6

35:                                               ; preds = %10
  %36 = load double, ptr getelementptr inbounds ([4 x %union.Num], ptr @nums, i64 0, i64 1), align 8
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %36)
  store i32 0, ptr %3, align 4
  br label %38

38:                                               ; preds = %88, %35
  %39 = load i32, ptr %3, align 4
  %40 = zext i32 %39 to i64
  %41 = icmp ult i64 %40, 3
  br i1 %41, label %42, label %91

42:                                               ; preds = %38
  %43 = load i32, ptr %3, align 4
  %44 = zext i32 %43 to i64
  %45 = getelementptr inbounds [3 x %struct.Item], ptr @items, i64 0, i64 %44
  store ptr %45, ptr %4, align 8
  %46 = load ptr, ptr %4, align 8
  %47 = getelementptr inbounds %struct.Item, ptr %46, i32 0, i32 2
  %48 = load i32, ptr %47, align 8
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %58

50:                                               ; preds = %42
  %51 = load ptr, ptr %4, align 8
  %52 = getelementptr inbounds %struct.Item, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8
  %54 = load ptr, ptr %4, align 8
  %55 = getelementptr inbounds %struct.Item, ptr %54, i32 0, i32 1
  %56 = load i64, ptr %55, align 8
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %53, i64 noundef %56)
  br label %87

58:                                               ; preds = %42
  %59 = load ptr, ptr %4, align 8
  %60 = getelementptr inbounds %struct.Item, ptr %59, i32 0, i32 2
  %61 = load i32, ptr %60, align 8
  %62 = icmp eq i32 %61, 1
  br i1 %62, label %63, label %71

63:                                               ; preds = %58
  %64 = load ptr, ptr %4, align 8
  %65 = getelementptr inbounds %struct.Item, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8
  %67 = load ptr, ptr %4, align 8
  %68 = getelementptr inbounds %struct.Item, ptr %67, i32 0, i32 1
  %69 = load double, ptr %68, align 8
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %66, double noundef %69)
  br label %86

71:                                               ; preds = %58
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds %struct.Item, ptr %72, i32 0, i32 0
  %74 = load ptr, ptr %73, align 8
  %75 = load ptr, ptr %4, align 8
  %76 = getelementptr inbounds %struct.Item, ptr %75, i32 0, i32 1
  %77 = getelementptr inbounds [8 x i8], ptr %76, i64 0, i64 0
  %78 = load i8, ptr %77, align 8
  %79 = zext i8 %78 to i32
  %80 = load ptr, ptr %4, align 8
  %81 = getelementptr inbounds %struct.Item, ptr %80, i32 0, i32 1
  %82 = getelementptr inbounds [8 x i8], ptr %81, i64 0, i64 7
  %83 = load i8, ptr %82, align 1
  %84 = zext i8 %83 to i32
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %74, i32 noundef %79, i32 noundef %84)
  br label %86

86:                                               ; preds = %71, %63
  br label %87

87:                                               ; preds = %86, %50
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %3, align 4
  %90 = add i32 %89, 1
  store i32 %90, ptr %3, align 4
  br label %38, !llvm.loop !8

91:                                               ; preds = %38
  store i32 0, ptr %5, align 4
  br label %92

92:                                               ; preds = %133, %91
  %93 = load i32, ptr %5, align 4
  %94 = icmp slt i32 %93, 5
  br i1 %94, label %95, label %136

95:                                               ; preds = %92
  %96 = load i32, ptr %5, align 4
  %97 = load i32, ptr %5, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [5 x %struct.Shape], ptr @shapes, i64 0, i64 %98
  %100 = getelementptr inbounds %struct.Shape, ptr %99, i32 0, i32 0
  %101 = load i32, ptr %100, align 8
  %102 = load i32, ptr %5, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [5 x %struct.Shape], ptr @shapes, i64 0, i64 %103
  %105 = getelementptr inbounds %struct.Shape, ptr %104, i32 0, i32 1
  %106 = getelementptr inbounds %struct.anon, ptr %105, i32 0, i32 0
  %107 = load float, ptr %106, align 4
  %108 = fpext float %107 to double
  %109 = load i32, ptr %5, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [5 x %struct.Shape], ptr @shapes, i64 0, i64 %110
  %112 = getelementptr inbounds %struct.Shape, ptr %111, i32 0, i32 1
  %113 = getelementptr inbounds %struct.anon, ptr %112, i32 0, i32 1
  %114 = load float, ptr %113, align 4
  %115 = fpext float %114 to double
  %116 = load i32, ptr %5, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [5 x %struct.Shape], ptr @shapes, i64 0, i64 %117
  %119 = getelementptr inbounds %struct.Shape, ptr %118, i32 0, i32 2
  %120 = load ptr, ptr %119, align 8
  %121 = icmp ne ptr %120, null
  br i1 %121, label %122, label %129

122:                                              ; preds = %95
  %123 = load i32, ptr %5, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [5 x %struct.Shape], ptr @shapes, i64 0, i64 %124
  %126 = getelementptr inbounds %struct.Shape, ptr %125, i32 0, i32 2
  %127 = load ptr, ptr %126, align 8
  %128 = load i32, ptr %127, align 4
  br label %130

129:                                              ; preds = %95
  br label %130

130:                                              ; preds = %129, %122
  %131 = phi i32 [ %128, %122 ], [ -1, %129 ]
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %96, i32 noundef %101, double noundef %108, double noundef %115, i32 noundef %131)
  br label %133

133:                                              ; preds = %130
  %134 = load i32, ptr %5, align 4
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %5, align 4
  br label %92, !llvm.loop !9

136:                                              ; preds = %92
  store i32 0, ptr %6, align 4
  br label %137

137:                                              ; preds = %151, %136
  %138 = load i32, ptr %6, align 4
  %139 = icmp slt i32 %138, 4
  br i1 %139, label %140, label %154

140:                                              ; preds = %137
  %141 = load i32, ptr %6, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [4 x [8 x i8]], ptr @names, i64 0, i64 %142
  %144 = getelementptr inbounds [8 x i8], ptr %143, i64 0, i64 0
  %145 = load i32, ptr %6, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [4 x [8 x i8]], ptr @names, i64 0, i64 %146
  %148 = getelementptr inbounds [8 x i8], ptr %147, i64 0, i64 0
  %149 = call i64 @strlen(ptr noundef %148) #4
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %144, i64 noundef %149)
  br label %151

151:                                              ; preds = %140
  %152 = load i32, ptr %6, align 4
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %6, align 4
  br label %137, !llvm.loop !10

154:                                              ; preds = %137
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef 32)
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %156

156:                                              ; preds = %169, %154
  %157 = load i32, ptr %8, align 4
  %158 = icmp slt i32 %157, 10
  br i1 %158, label %159, label %172

159:                                              ; preds = %156
  %160 = load i32, ptr %8, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [10 x i32], ptr @partial, i64 0, i64 %161
  %163 = load i32, ptr %162, align 4
  %164 = load i32, ptr %8, align 4
  %165 = add nsw i32 %164, 1
  %166 = mul nsw i32 %163, %165
  %167 = load i32, ptr %7, align 4
  %168 = add nsw i32 %167, %166
  store i32 %168, ptr %7, align 4
  br label %169

169:                                              ; preds = %159
  %170 = load i32, ptr %8, align 4
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %8, align 4
  br label %156, !llvm.loop !11

172:                                              ; preds = %156
  %173 = load i32, ptr %7, align 4
  %174 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @partial, i64 0, i64 9), align 4
  %175 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %173, i32 noundef %174)
  %176 = load double, ptr @specials, align 16
  %177 = load double, ptr @specials, align 16
  %178 = fdiv double 1.000000e+00, %177
  %179 = fcmp olt double %178, 0.000000e+00
  %180 = zext i1 %179 to i32
  %181 = load double, ptr getelementptr inbounds ([4 x double], ptr @specials, i64 0, i64 1), align 8
  %182 = fmul double %181, 1.000000e+10
  %183 = load double, ptr getelementptr inbounds ([4 x double], ptr @specials, i64 0, i64 2), align 16
  %184 = fdiv double %183, 1.000000e+308
  %185 = load double, ptr getelementptr inbounds ([4 x double], ptr @specials, i64 0, i64 3), align 8
  %186 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %176, i32 noundef %180, double noundef %182, double noundef %184, double noundef %185)
  %187 = call ptr @strcat(ptr noundef @buffer, ptr noundef @.str.10) #5
  %188 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @buffer, i64 0, i64 15), align 1
  %189 = sext i8 %188 to i32
  %190 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef @buffer, i32 noundef %189)
  store i32 0, ptr %9, align 4
  br label %191

191:                                              ; preds = %211, %172
  %192 = load i32, ptr %9, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [3 x %struct.anon.0], ptr @errors, i64 0, i64 %193
  %195 = getelementptr inbounds %struct.anon.0, ptr %194, i32 0, i32 1
  %196 = load ptr, ptr %195, align 8
  %197 = icmp ne ptr %196, null
  br i1 %197, label %198, label %214

198:                                              ; preds = %191
  %199 = load i32, ptr %9, align 4
  %200 = sext i32 %199 to i64
  %201 = getelementptr inbounds [3 x %struct.anon.0], ptr @errors, i64 0, i64 %200
  %202 = getelementptr inbounds %struct.anon.0, ptr %201, i32 0, i32 0
  %203 = load i16, ptr %202, align 16
  %204 = zext i16 %203 to i32
  %205 = load i32, ptr %9, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [3 x %struct.anon.0], ptr @errors, i64 0, i64 %206
  %208 = getelementptr inbounds %struct.anon.0, ptr %207, i32 0, i32 1
  %209 = load ptr, ptr %208, align 8
  %210 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %204, ptr noundef %209)
  br label %211

211:                                              ; preds = %198
  %212 = load i32, ptr %9, align 4
  %213 = add nsw i32 %212, 1
  store i32 %213, ptr %9, align 4
  br label %191, !llvm.loop !12

214:                                              ; preds = %191
  ret i32 0
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }
attributes #5 = { nounwind }

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
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
