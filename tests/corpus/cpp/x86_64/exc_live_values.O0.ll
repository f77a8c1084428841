; ModuleID = 'exc_live_values.cpp'
source_filename = "exc_live_values.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Err = type { i32 }
%struct.Guard = type <{ ptr, i32, [4 x i8] }>

$_ZN5GuardD2Ev = comdat any

$_ZTS3Err = comdat any

$_ZTI3Err = comdat any

@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS3Err = linkonce_odr dso_local constant [5 x i8] c"3Err\00", comdat, align 1
@_ZTI3Err = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS3Err }, comdat, align 8
@_ZTId = external constant ptr
@.str = private unnamed_addr constant [6 x i8] c"%lld\0A\00", align 1

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef i32 @_Z5maybei(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = srem i32 %3, 7
  %5 = icmp eq i32 %4, 3
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = call ptr @__cxa_allocate_exception(i64 4) #5
  %8 = getelementptr inbounds %struct.Err, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %2, align 4
  store i32 %9, ptr %8, align 16
  call void @__cxa_throw(ptr %7, ptr @_ZTI3Err, ptr null) #6
  unreachable

10:                                               ; preds = %1
  %11 = load i32, ptr %2, align 4
  %12 = mul nsw i32 %11, 3
  %13 = add nsw i32 %12, 1
  ret i32 %13
}

declare ptr @__cxa_allocate_exception(i64)

declare void @__cxa_throw(ptr, ptr, ptr)

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef double @_Z6fmaybedi(double noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = srem i32 %5, 5
  %7 = icmp eq i32 %6, 4
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = call ptr @__cxa_allocate_exception(i64 8) #5
  %10 = load double, ptr %3, align 8
  store double %10, ptr %9, align 16
  call void @__cxa_throw(ptr %9, ptr @_ZTId, ptr null) #6
  unreachable

11:                                               ; preds = %2
  %12 = load double, ptr %3, align 8
  %13 = fmul double %12, 1.500000e+00
  ret double %13
}

; Function Attrs: mustprogress noinline optnone uwtable
define dso_local noundef i64 @_Z4manyi(i32 noundef %0) #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca %struct.Guard, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  %19 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  %20 = load i32, ptr %2, align 4
  %21 = sext i32 %20 to i64
  store i64 %21, ptr %3, align 8
  %22 = load i32, ptr %2, align 4
  %23 = mul nsw i32 %22, 2
  %24 = sext i32 %23 to i64
  store i64 %24, ptr %4, align 8
  %25 = load i32, ptr %2, align 4
  %26 = mul nsw i32 %25, 3
  %27 = sext i32 %26 to i64
  store i64 %27, ptr %5, align 8
  %28 = load i32, ptr %2, align 4
  %29 = xor i32 %28, 5
  %30 = sext i32 %29 to i64
  store i64 %30, ptr %6, align 8
  %31 = load i32, ptr %2, align 4
  %32 = add nsw i32 %31, 11
  %33 = sext i32 %32 to i64
  store i64 %33, ptr %7, align 8
  %34 = load i32, ptr %2, align 4
  %35 = load i32, ptr %2, align 4
  %36 = mul nsw i32 %34, %35
  %37 = sext i32 %36 to i64
  store i64 %37, ptr %8, align 8
  %38 = load i32, ptr %2, align 4
  %39 = sub nsw i32 7, %38
  %40 = sext i32 %39 to i64
  store i64 %40, ptr %9, align 8
  %41 = load i32, ptr %2, align 4
  %42 = shl i32 %41, 2
  %43 = sext i32 %42 to i64
  store i64 %43, ptr %10, align 8
  %44 = load i32, ptr %2, align 4
  %45 = sitofp i32 %44 to double
  %46 = fmul double %45, 2.500000e-01
  store double %46, ptr %11, align 8
  %47 = load i32, ptr %2, align 4
  %48 = sitofp i32 %47 to double
  %49 = fadd double %48, 5.000000e-01
  store double %49, ptr %12, align 8
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %50

50:                                               ; preds = %125, %1
  %51 = load i32, ptr %14, align 4
  %52 = load i32, ptr %2, align 4
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %54, label %148

54:                                               ; preds = %50
  %55 = getelementptr inbounds %struct.Guard, ptr %15, i32 0, i32 0
  store ptr %13, ptr %55, align 8
  %56 = getelementptr inbounds %struct.Guard, ptr %15, i32 0, i32 1
  %57 = load i32, ptr %14, align 4
  store i32 %57, ptr %56, align 8
  %58 = load i32, ptr %14, align 4
  %59 = load i64, ptr %4, align 8
  %60 = trunc i64 %59 to i32
  %61 = add nsw i32 %58, %60
  %62 = invoke noundef i32 @_Z5maybei(i32 noundef %61)
          to label %63 unwind label %86

63:                                               ; preds = %54
  %64 = sext i32 %62 to i64
  %65 = load i64, ptr %3, align 8
  %66 = add nsw i64 %65, %64
  store i64 %66, ptr %3, align 8
  %67 = load double, ptr %11, align 8
  %68 = load double, ptr %12, align 8
  %69 = fadd double %67, %68
  %70 = load i32, ptr %14, align 4
  %71 = invoke noundef double @_Z6fmaybedi(double noundef %69, i32 noundef %70)
          to label %72 unwind label %86

72:                                               ; preds = %63
  store double %71, ptr %11, align 8
  %73 = load i64, ptr %3, align 8
  %74 = and i64 %73, 1023
  %75 = trunc i64 %74 to i32
  %76 = invoke noundef i32 @_Z5maybei(i32 noundef %75)
          to label %77 unwind label %86

77:                                               ; preds = %72
  %78 = sext i32 %76 to i64
  %79 = load i64, ptr %4, align 8
  %80 = add nsw i64 %79, %78
  store i64 %80, ptr %4, align 8
  %81 = load i64, ptr %3, align 8
  %82 = load i64, ptr %4, align 8
  %83 = add nsw i64 %81, %82
  %84 = load i64, ptr %5, align 8
  %85 = xor i64 %84, %83
  store i64 %85, ptr %5, align 8
  br label %114

86:                                               ; preds = %72, %63, %54
  %87 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI3Err
          catch ptr @_ZTId
  %88 = extractvalue { ptr, i32 } %87, 0
  store ptr %88, ptr %16, align 8
  %89 = extractvalue { ptr, i32 } %87, 1
  store i32 %89, ptr %17, align 4
  br label %90

90:                                               ; preds = %86
  %91 = load i32, ptr %17, align 4
  %92 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTI3Err) #5
  %93 = icmp eq i32 %91, %92
  br i1 %93, label %94, label %128

94:                                               ; preds = %90
  %95 = load ptr, ptr %16, align 8
  %96 = call ptr @__cxa_begin_catch(ptr %95) #5
  store ptr %96, ptr %19, align 8
  %97 = load ptr, ptr %19, align 8
  %98 = getelementptr inbounds %struct.Err, ptr %97, i32 0, i32 0
  %99 = load i32, ptr %98, align 4
  %100 = load i64, ptr %7, align 8
  %101 = trunc i64 %100 to i32
  %102 = add nsw i32 %99, %101
  %103 = load double, ptr %11, align 8
  %104 = fptosi double %103 to i32
  %105 = add nsw i32 %102, %104
  %106 = sext i32 %105 to i64
  %107 = load i64, ptr %6, align 8
  %108 = add nsw i64 %107, %106
  store i64 %108, ptr %6, align 8
  %109 = load i64, ptr %7, align 8
  %110 = mul nsw i64 %109, 3
  %111 = load i64, ptr %5, align 8
  %112 = add nsw i64 %110, %111
  store i64 %112, ptr %7, align 8
  invoke void @__cxa_end_catch()
          to label %113 unwind label %143

113:                                              ; preds = %94
  br label %114

114:                                              ; preds = %113, %131, %77
  %115 = load i64, ptr %3, align 8
  %116 = load i64, ptr %10, align 8
  %117 = sub nsw i64 %115, %116
  %118 = load i64, ptr %9, align 8
  %119 = add nsw i64 %118, %117
  store i64 %119, ptr %9, align 8
  %120 = load i64, ptr %8, align 8
  %121 = load i64, ptr %6, align 8
  %122 = add nsw i64 %120, %121
  %123 = load i64, ptr %10, align 8
  %124 = xor i64 %123, %122
  store i64 %124, ptr %10, align 8
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %15) #5
  br label %125

125:                                              ; preds = %114
  %126 = load i32, ptr %14, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %14, align 4
  br label %50, !llvm.loop !6

128:                                              ; preds = %90
  %129 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTId) #5
  %130 = icmp eq i32 %91, %129
  br i1 %130, label %131, label %147

131:                                              ; preds = %128
  %132 = load ptr, ptr %16, align 8
  %133 = call ptr @__cxa_begin_catch(ptr %132) #5
  %134 = load double, ptr %133, align 8
  store double %134, ptr %18, align 8
  %135 = load double, ptr %18, align 8
  %136 = fptosi double %135 to i64
  %137 = load i64, ptr %9, align 8
  %138 = add nsw i64 %136, %137
  %139 = load i64, ptr %8, align 8
  %140 = add nsw i64 %139, %138
  store i64 %140, ptr %8, align 8
  %141 = load double, ptr %12, align 8
  %142 = fadd double %141, 1.250000e+00
  store double %142, ptr %12, align 8
  call void @__cxa_end_catch() #5
  br label %114

143:                                              ; preds = %94
  %144 = landingpad { ptr, i32 }
          cleanup
  %145 = extractvalue { ptr, i32 } %144, 0
  store ptr %145, ptr %16, align 8
  %146 = extractvalue { ptr, i32 } %144, 1
  store i32 %146, ptr %17, align 4
  br label %147

147:                                              ; preds = %143, %128
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %15) #5
  br label %175

148:                                              ; preds = %50
  %149 = load i64, ptr %3, align 8
  %150 = load i64, ptr %4, align 8
  %151 = add nsw i64 %149, %150
  %152 = load i64, ptr %5, align 8
  %153 = add nsw i64 %151, %152
  %154 = load i64, ptr %6, align 8
  %155 = add nsw i64 %153, %154
  %156 = load i64, ptr %7, align 8
  %157 = add nsw i64 %155, %156
  %158 = load i64, ptr %8, align 8
  %159 = add nsw i64 %157, %158
  %160 = load i64, ptr %9, align 8
  %161 = add nsw i64 %159, %160
  %162 = load i64, ptr %10, align 8
  %163 = add nsw i64 %161, %162
  %164 = load double, ptr %11, align 8
  %165 = fmul double %164, 1.000000e+02
  %166 = fptosi double %165 to i64
  %167 = add nsw i64 %163, %166
  %168 = load double, ptr %12, align 8
  %169 = fmul double %168, 1.000000e+01
  %170 = fptosi double %169 to i64
  %171 = add nsw i64 %167, %170
  %172 = load i32, ptr %13, align 4
  %173 = sext i32 %172 to i64
  %174 = add nsw i64 %171, %173
  ret i64 %174

175:                                              ; preds = %147
  %176 = load ptr, ptr %16, align 8
  %177 = load i32, ptr %17, align 4
  %178 = insertvalue { ptr, i32 } poison, ptr %176, 0
  %179 = insertvalue { ptr, i32 } %178, i32 %177, 1
  resume { ptr, i32 } %179
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #1

declare ptr @__cxa_begin_catch(ptr)

declare void @__cxa_end_catch()

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN5GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #2 comdat align 2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Guard, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = getelementptr inbounds %struct.Guard, ptr %3, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  %8 = load i32, ptr %7, align 4
  %9 = add nsw i32 %8, %5
  store i32 %9, ptr %7, align 4
  ret void
}

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #3 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  br label %4

4:                                                ; preds = %13, %0
  %5 = load i32, ptr %3, align 4
  %6 = icmp slt i32 %5, 60
  br i1 %6, label %7, label %16

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8
  %9 = mul nsw i64 %8, 31
  %10 = load i32, ptr %3, align 4
  %11 = call noundef i64 @_Z4manyi(i32 noundef %10)
  %12 = add nsw i64 %9, %11
  store i64 %12, ptr %2, align 8
  br label %13

13:                                               ; preds = %7
  %14 = load i32, ptr %3, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %3, align 4
  br label %4, !llvm.loop !8

16:                                               ; preds = %4
  %17 = load i64, ptr %2, align 8
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %17)
  %19 = load i32, ptr %1, align 4
  ret i32 %19
}

declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind memory(none) }
attributes #2 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress noinline norecurse optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { noreturn }

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
