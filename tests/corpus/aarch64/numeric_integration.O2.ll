; ModuleID = 'numeric_integration.c'
source_filename = "numeric_integration.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [39 x i8] c"int x^2 [0,3]: trap=%.6f simpson=%.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"int exp(-x^2) [0,2]: %.8f (erf*sqrt(pi)/2=%.8f)\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"int 1/x [1,e]: %.8f\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"p(%.1f)=%.4f \00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"roots: %.9f %.9f %.9f\0A\00", align 1
@.str.6 = private unnamed_addr constant [61 x i8] c"sum 0.1 x 1e5: naive=%.6f kahan=%.6f naive_err>kahan_err=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [47 x i8] c"ode at t=%.2f: euler=%.5f rk4=%.7f exact=%.7f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i32 [ 1, %0 ], [ %8, %1 ]
  %3 = phi double [ 4.500000e+00, %0 ], [ %7, %1 ]
  %4 = uitofp nneg i32 %2 to double
  %5 = tail call double @llvm.fmuladd.f64(double %4, double 3.000000e-03, double 0.000000e+00)
  %6 = fmul double %5, %5
  %7 = fadd double %3, %6
  %8 = add nuw nsw i32 %2, 1
  %9 = icmp eq i32 %8, 1000
  br i1 %9, label %10, label %1, !llvm.loop !6

10:                                               ; preds = %1, %10
  %11 = phi i32 [ %21, %10 ], [ 1, %1 ]
  %12 = phi double [ %20, %10 ], [ 9.000000e+00, %1 ]
  %13 = uitofp nneg i32 %11 to double
  %14 = tail call double @llvm.fmuladd.f64(double %13, double 3.000000e-03, double 0.000000e+00)
  %15 = fmul double %14, %14
  %16 = and i32 %11, 1
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, i32 2, i32 4
  %19 = uitofp nneg i32 %18 to double
  %20 = tail call double @llvm.fmuladd.f64(double %15, double %19, double %12)
  %21 = add nuw nsw i32 %11, 1
  %22 = icmp eq i32 %21, 1000
  br i1 %22, label %23, label %10, !llvm.loop !8

23:                                               ; preds = %10
  %24 = fmul double %7, 3.000000e-03
  %25 = fmul double %20, 3.000000e-03
  %26 = fdiv double %25, 3.000000e+00
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %24, double noundef %26)
  br label %28

28:                                               ; preds = %28, %23
  %29 = phi i32 [ %41, %28 ], [ 1, %23 ]
  %30 = phi double [ %40, %28 ], [ 0x3FF04B0556E084F4, %23 ]
  %31 = uitofp nneg i32 %29 to double
  %32 = tail call double @llvm.fmuladd.f64(double %31, double 1.000000e-03, double 0.000000e+00)
  %33 = fneg double %32
  %34 = fmul double %32, %33
  %35 = tail call double @exp(double noundef %34) #5
  %36 = and i32 %29, 1
  %37 = icmp eq i32 %36, 0
  %38 = select i1 %37, i32 2, i32 4
  %39 = uitofp nneg i32 %38 to double
  %40 = tail call double @llvm.fmuladd.f64(double %35, double %39, double %30)
  %41 = add nuw nsw i32 %29, 1
  %42 = icmp eq i32 %41, 2000
  br i1 %42, label %43, label %28, !llvm.loop !8

43:                                               ; preds = %28
  %44 = fmul double %40, 1.000000e-03
  %45 = fdiv double %44, 3.000000e+00
  %46 = tail call double @erf(double noundef 2.000000e+00) #5
  %47 = fmul double %46, 0x3FFC5BF891B4EF6A
  %48 = fmul double %47, 5.000000e-01
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %45, double noundef %48)
  br label %50

50:                                               ; preds = %50, %43
  %51 = phi i32 [ %61, %50 ], [ 1, %43 ]
  %52 = phi double [ %60, %50 ], [ 0x3FF5E2D58D8B3BCE, %43 ]
  %53 = uitofp nneg i32 %51 to double
  %54 = tail call double @llvm.fmuladd.f64(double %53, double 0x3F5C26FF108BF69A, double 1.000000e+00)
  %55 = fdiv double 1.000000e+00, %54
  %56 = and i32 %51, 1
  %57 = icmp eq i32 %56, 0
  %58 = select i1 %57, i32 2, i32 4
  %59 = uitofp nneg i32 %58 to double
  %60 = tail call double @llvm.fmuladd.f64(double %55, double %59, double %52)
  %61 = add nuw nsw i32 %51, 1
  %62 = icmp eq i32 %61, 1000
  br i1 %62, label %63, label %50, !llvm.loop !8

63:                                               ; preds = %50
  %64 = fmul double %60, 0x3F5C26FF108BF69A
  %65 = fdiv double %64, 3.000000e+00
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %65)
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 0.000000e+00, double noundef -6.000000e+00)
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 5.000000e-01, double noundef -1.875000e+00)
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.000000e+00, double noundef 0.000000e+00)
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.500000e+00, double noundef 3.750000e-01)
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.000000e+00, double noundef 0.000000e+00)
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.500000e+00, double noundef -3.750000e-01)
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.000000e+00, double noundef 0.000000e+00)
  %74 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.500000e+00, double noundef 1.875000e+00)
  %75 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 4.000000e+00, double noundef 6.000000e+00)
  %76 = tail call i32 @putchar(i32 10)
  br label %77

77:                                               ; preds = %77, %63
  %78 = phi double [ 5.000000e-01, %63 ], [ %95, %77 ]
  %79 = phi i32 [ 0, %63 ], [ %96, %77 ]
  %80 = phi double [ 1.500000e+00, %63 ], [ %94, %77 ]
  %81 = fadd double %78, %80
  %82 = fmul double %81, 5.000000e-01
  %83 = tail call double @llvm.fmuladd.f64(double %78, double 0.000000e+00, double 1.000000e+00)
  %84 = tail call double @llvm.fmuladd.f64(double %83, double %78, double -6.000000e+00)
  %85 = tail call double @llvm.fmuladd.f64(double %84, double %78, double 1.100000e+01)
  %86 = tail call double @llvm.fmuladd.f64(double %85, double %78, double -6.000000e+00)
  %87 = fcmp olt double %86, 0.000000e+00
  %88 = tail call double @llvm.fmuladd.f64(double %82, double 0.000000e+00, double 1.000000e+00)
  %89 = tail call double @llvm.fmuladd.f64(double %88, double %82, double -6.000000e+00)
  %90 = tail call double @llvm.fmuladd.f64(double %89, double %82, double 1.100000e+01)
  %91 = tail call double @llvm.fmuladd.f64(double %90, double %82, double -6.000000e+00)
  %92 = fcmp uge double %91, 0.000000e+00
  %93 = xor i1 %87, %92
  %94 = select i1 %93, double %80, double %82
  %95 = select i1 %93, double %82, double %78
  %96 = add nuw nsw i32 %79, 1
  %97 = icmp eq i32 %96, 100
  br i1 %97, label %98, label %77, !llvm.loop !9

98:                                               ; preds = %77, %98
  %99 = phi double [ %116, %98 ], [ 1.500000e+00, %77 ]
  %100 = phi i32 [ %117, %98 ], [ 0, %77 ]
  %101 = phi double [ %115, %98 ], [ 2.500000e+00, %77 ]
  %102 = fadd double %99, %101
  %103 = fmul double %102, 5.000000e-01
  %104 = tail call double @llvm.fmuladd.f64(double %99, double 0.000000e+00, double 1.000000e+00)
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %99, double -6.000000e+00)
  %106 = tail call double @llvm.fmuladd.f64(double %105, double %99, double 1.100000e+01)
  %107 = tail call double @llvm.fmuladd.f64(double %106, double %99, double -6.000000e+00)
  %108 = fcmp olt double %107, 0.000000e+00
  %109 = tail call double @llvm.fmuladd.f64(double %103, double 0.000000e+00, double 1.000000e+00)
  %110 = tail call double @llvm.fmuladd.f64(double %109, double %103, double -6.000000e+00)
  %111 = tail call double @llvm.fmuladd.f64(double %110, double %103, double 1.100000e+01)
  %112 = tail call double @llvm.fmuladd.f64(double %111, double %103, double -6.000000e+00)
  %113 = fcmp uge double %112, 0.000000e+00
  %114 = xor i1 %108, %113
  %115 = select i1 %114, double %101, double %103
  %116 = select i1 %114, double %103, double %99
  %117 = add nuw nsw i32 %100, 1
  %118 = icmp eq i32 %117, 100
  br i1 %118, label %119, label %98, !llvm.loop !9

119:                                              ; preds = %98, %119
  %120 = phi double [ %137, %119 ], [ 2.500000e+00, %98 ]
  %121 = phi i32 [ %138, %119 ], [ 0, %98 ]
  %122 = phi double [ %136, %119 ], [ 3.700000e+00, %98 ]
  %123 = fadd double %120, %122
  %124 = fmul double %123, 5.000000e-01
  %125 = tail call double @llvm.fmuladd.f64(double %120, double 0.000000e+00, double 1.000000e+00)
  %126 = tail call double @llvm.fmuladd.f64(double %125, double %120, double -6.000000e+00)
  %127 = tail call double @llvm.fmuladd.f64(double %126, double %120, double 1.100000e+01)
  %128 = tail call double @llvm.fmuladd.f64(double %127, double %120, double -6.000000e+00)
  %129 = fcmp olt double %128, 0.000000e+00
  %130 = tail call double @llvm.fmuladd.f64(double %124, double 0.000000e+00, double 1.000000e+00)
  %131 = tail call double @llvm.fmuladd.f64(double %130, double %124, double -6.000000e+00)
  %132 = tail call double @llvm.fmuladd.f64(double %131, double %124, double 1.100000e+01)
  %133 = tail call double @llvm.fmuladd.f64(double %132, double %124, double -6.000000e+00)
  %134 = fcmp uge double %133, 0.000000e+00
  %135 = xor i1 %129, %134
  %136 = select i1 %135, double %122, double %124
  %137 = select i1 %135, double %124, double %120
  %138 = add nuw nsw i32 %121, 1
  %139 = icmp eq i32 %138, 100
  br i1 %139, label %140, label %119, !llvm.loop !9

140:                                              ; preds = %119
  %141 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %95, double noundef %116, double noundef %137)
  br label %150

142:                                              ; preds = %150
  %143 = fadd double %155, -1.000000e+04
  %144 = tail call double @llvm.fabs.f64(double %143)
  %145 = fadd double %157, -1.000000e+04
  %146 = tail call double @llvm.fabs.f64(double %145)
  %147 = fcmp ogt double %144, %146
  %148 = zext i1 %147 to i32
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %155, double noundef %157, i32 noundef %148)
  br label %166

150:                                              ; preds = %140, %150
  %151 = phi double [ 0.000000e+00, %140 ], [ %155, %150 ]
  %152 = phi double [ 0.000000e+00, %140 ], [ %157, %150 ]
  %153 = phi double [ 0.000000e+00, %140 ], [ %159, %150 ]
  %154 = phi i32 [ 0, %140 ], [ %160, %150 ]
  %155 = fadd double %151, 1.000000e-01
  %156 = fsub double 1.000000e-01, %153
  %157 = fadd double %152, %156
  %158 = fsub double %157, %152
  %159 = fsub double %158, %156
  %160 = add nuw nsw i32 %154, 1
  %161 = icmp eq i32 %160, 100000
  br i1 %161, label %142, label %150, !llvm.loop !10

162:                                              ; preds = %166
  %163 = tail call double @sin(double noundef %183) #5
  %164 = tail call double @exp(double noundef %163) #5
  %165 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %183, double noundef %173, double noundef %190, double noundef %164)
  ret i32 0

166:                                              ; preds = %142, %166
  %167 = phi i32 [ 0, %142 ], [ %191, %166 ]
  %168 = phi double [ 0.000000e+00, %142 ], [ %183, %166 ]
  %169 = phi double [ 1.000000e+00, %142 ], [ %190, %166 ]
  %170 = phi double [ 1.000000e+00, %142 ], [ %173, %166 ]
  %171 = tail call double @cos(double noundef %168) #5
  %172 = fmul double %170, %171
  %173 = tail call double @llvm.fmuladd.f64(double %172, double 1.000000e-02, double %170)
  %174 = tail call double @cos(double noundef %168) #5
  %175 = fmul double %169, %174
  %176 = fadd double %168, 5.000000e-03
  %177 = tail call double @llvm.fmuladd.f64(double %175, double 5.000000e-03, double %169)
  %178 = tail call double @cos(double noundef %176) #5
  %179 = fmul double %178, %177
  %180 = tail call double @llvm.fmuladd.f64(double %179, double 5.000000e-03, double %169)
  %181 = tail call double @cos(double noundef %176) #5
  %182 = fmul double %181, %180
  %183 = fadd double %168, 1.000000e-02
  %184 = tail call double @llvm.fmuladd.f64(double %182, double 1.000000e-02, double %169)
  %185 = tail call double @cos(double noundef %183) #5
  %186 = fmul double %185, %184
  %187 = tail call double @llvm.fmuladd.f64(double %179, double 2.000000e+00, double %175)
  %188 = tail call double @llvm.fmuladd.f64(double %182, double 2.000000e+00, double %187)
  %189 = fadd double %188, %186
  %190 = tail call double @llvm.fmuladd.f64(double %189, double 0x3F5B4E81B4E81B4F, double %169)
  %191 = add nuw nsw i32 %167, 1
  %192 = icmp eq i32 %191, 300
  br i1 %192, label %162, label %166, !llvm.loop !11
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @erf(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

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
!11 = distinct !{!11, !7}
