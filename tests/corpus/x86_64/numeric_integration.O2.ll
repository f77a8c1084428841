; ModuleID = 'numeric_integration.c'
source_filename = "numeric_integration.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %2 = phi i32 [ 1, %0 ], [ %18, %1 ]
  %3 = phi double [ 4.500000e+00, %0 ], [ %17, %1 ]
  %4 = uitofp nneg i32 %2 to double
  %5 = tail call double @llvm.fmuladd.f64(double %4, double 3.000000e-03, double 0.000000e+00)
  %6 = fmul double %5, %5
  %7 = fadd double %3, %6
  %8 = add nuw nsw i32 %2, 1
  %9 = uitofp nneg i32 %8 to double
  %10 = tail call double @llvm.fmuladd.f64(double %9, double 3.000000e-03, double 0.000000e+00)
  %11 = fmul double %10, %10
  %12 = fadd double %7, %11
  %13 = add nuw nsw i32 %2, 2
  %14 = uitofp nneg i32 %13 to double
  %15 = tail call double @llvm.fmuladd.f64(double %14, double 3.000000e-03, double 0.000000e+00)
  %16 = fmul double %15, %15
  %17 = fadd double %12, %16
  %18 = add nuw nsw i32 %2, 3
  %19 = icmp eq i32 %18, 1000
  br i1 %19, label %20, label %1, !llvm.loop !5

20:                                               ; preds = %1, %29
  %21 = phi i32 [ %34, %29 ], [ 1, %1 ]
  %22 = phi double [ %33, %29 ], [ 9.000000e+00, %1 ]
  %23 = uitofp nneg i32 %21 to double
  %24 = tail call double @llvm.fmuladd.f64(double %23, double 3.000000e-03, double 0.000000e+00)
  %25 = fmul double %24, %24
  %26 = tail call double @llvm.fmuladd.f64(double %25, double 4.000000e+00, double %22)
  %27 = add nuw nsw i32 %21, 1
  %28 = icmp eq i32 %27, 1000
  br i1 %28, label %35, label %29, !llvm.loop !7

29:                                               ; preds = %20
  %30 = uitofp nneg i32 %27 to double
  %31 = tail call double @llvm.fmuladd.f64(double %30, double 3.000000e-03, double 0.000000e+00)
  %32 = fmul double %31, %31
  %33 = tail call double @llvm.fmuladd.f64(double %32, double 2.000000e+00, double %26)
  %34 = add nuw nsw i32 %21, 2
  br label %20

35:                                               ; preds = %20
  %36 = fmul double %17, 3.000000e-03
  %37 = fmul double %26, 3.000000e-03
  %38 = fdiv double %37, 3.000000e+00
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %36, double noundef %38)
  br label %40

40:                                               ; preds = %40, %35
  %41 = phi i32 [ %53, %40 ], [ 1, %35 ]
  %42 = phi double [ %52, %40 ], [ 0x3FF04B0556E084F4, %35 ]
  %43 = uitofp nneg i32 %41 to double
  %44 = tail call double @llvm.fmuladd.f64(double %43, double 1.000000e-03, double 0.000000e+00)
  %45 = fneg double %44
  %46 = fmul double %44, %45
  %47 = tail call double @exp(double noundef %46) #5
  %48 = and i32 %41, 1
  %49 = icmp eq i32 %48, 0
  %50 = select i1 %49, i32 2, i32 4
  %51 = uitofp nneg i32 %50 to double
  %52 = tail call double @llvm.fmuladd.f64(double %47, double %51, double %42)
  %53 = add nuw nsw i32 %41, 1
  %54 = icmp eq i32 %53, 2000
  br i1 %54, label %55, label %40, !llvm.loop !7

55:                                               ; preds = %40
  %56 = fmul double %52, 1.000000e-03
  %57 = fdiv double %56, 3.000000e+00
  %58 = tail call double @erf(double noundef 2.000000e+00) #5
  %59 = fmul double %58, 0x3FFC5BF891B4EF6A
  %60 = fmul double %59, 5.000000e-01
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %57, double noundef %60)
  br label %62

62:                                               ; preds = %71, %55
  %63 = phi i32 [ 1, %55 ], [ %76, %71 ]
  %64 = phi double [ 0x3FF5E2D58D8B3BCE, %55 ], [ %75, %71 ]
  %65 = uitofp nneg i32 %63 to double
  %66 = tail call double @llvm.fmuladd.f64(double %65, double 0x3F5C26FF108BF69A, double 1.000000e+00)
  %67 = fdiv double 1.000000e+00, %66
  %68 = tail call double @llvm.fmuladd.f64(double %67, double 4.000000e+00, double %64)
  %69 = add nuw nsw i32 %63, 1
  %70 = icmp eq i32 %69, 1000
  br i1 %70, label %77, label %71, !llvm.loop !7

71:                                               ; preds = %62
  %72 = uitofp nneg i32 %69 to double
  %73 = tail call double @llvm.fmuladd.f64(double %72, double 0x3F5C26FF108BF69A, double 1.000000e+00)
  %74 = fdiv double 1.000000e+00, %73
  %75 = tail call double @llvm.fmuladd.f64(double %74, double 2.000000e+00, double %68)
  %76 = add nuw nsw i32 %63, 2
  br label %62

77:                                               ; preds = %62
  %78 = fmul double %68, 0x3F5C26FF108BF69A
  %79 = fdiv double %78, 3.000000e+00
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %79)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 0.000000e+00, double noundef -6.000000e+00)
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 5.000000e-01, double noundef -1.875000e+00)
  %83 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.000000e+00, double noundef 0.000000e+00)
  %84 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.500000e+00, double noundef 3.750000e-01)
  %85 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.000000e+00, double noundef 0.000000e+00)
  %86 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.500000e+00, double noundef -3.750000e-01)
  %87 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.000000e+00, double noundef 0.000000e+00)
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.500000e+00, double noundef 1.875000e+00)
  %89 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 4.000000e+00, double noundef 6.000000e+00)
  %90 = tail call i32 @putchar(i32 10)
  br label %91

91:                                               ; preds = %91, %77
  %92 = phi double [ 5.000000e-01, %77 ], [ %109, %91 ]
  %93 = phi i32 [ 0, %77 ], [ %110, %91 ]
  %94 = phi double [ 1.500000e+00, %77 ], [ %108, %91 ]
  %95 = fadd double %92, %94
  %96 = fmul double %95, 5.000000e-01
  %97 = tail call double @llvm.fmuladd.f64(double %92, double 0.000000e+00, double 1.000000e+00)
  %98 = tail call double @llvm.fmuladd.f64(double %97, double %92, double -6.000000e+00)
  %99 = tail call double @llvm.fmuladd.f64(double %98, double %92, double 1.100000e+01)
  %100 = tail call double @llvm.fmuladd.f64(double %99, double %92, double -6.000000e+00)
  %101 = fcmp olt double %100, 0.000000e+00
  %102 = tail call double @llvm.fmuladd.f64(double %96, double 0.000000e+00, double 1.000000e+00)
  %103 = tail call double @llvm.fmuladd.f64(double %102, double %96, double -6.000000e+00)
  %104 = tail call double @llvm.fmuladd.f64(double %103, double %96, double 1.100000e+01)
  %105 = tail call double @llvm.fmuladd.f64(double %104, double %96, double -6.000000e+00)
  %106 = fcmp uge double %105, 0.000000e+00
  %107 = xor i1 %101, %106
  %108 = select i1 %107, double %94, double %96
  %109 = select i1 %107, double %96, double %92
  %110 = add nuw nsw i32 %93, 1
  %111 = icmp eq i32 %110, 100
  br i1 %111, label %112, label %91, !llvm.loop !8

112:                                              ; preds = %91, %112
  %113 = phi double [ %130, %112 ], [ 1.500000e+00, %91 ]
  %114 = phi i32 [ %131, %112 ], [ 0, %91 ]
  %115 = phi double [ %129, %112 ], [ 2.500000e+00, %91 ]
  %116 = fadd double %113, %115
  %117 = fmul double %116, 5.000000e-01
  %118 = tail call double @llvm.fmuladd.f64(double %113, double 0.000000e+00, double 1.000000e+00)
  %119 = tail call double @llvm.fmuladd.f64(double %118, double %113, double -6.000000e+00)
  %120 = tail call double @llvm.fmuladd.f64(double %119, double %113, double 1.100000e+01)
  %121 = tail call double @llvm.fmuladd.f64(double %120, double %113, double -6.000000e+00)
  %122 = fcmp olt double %121, 0.000000e+00
  %123 = tail call double @llvm.fmuladd.f64(double %117, double 0.000000e+00, double 1.000000e+00)
  %124 = tail call double @llvm.fmuladd.f64(double %123, double %117, double -6.000000e+00)
  %125 = tail call double @llvm.fmuladd.f64(double %124, double %117, double 1.100000e+01)
  %126 = tail call double @llvm.fmuladd.f64(double %125, double %117, double -6.000000e+00)
  %127 = fcmp uge double %126, 0.000000e+00
  %128 = xor i1 %122, %127
  %129 = select i1 %128, double %115, double %117
  %130 = select i1 %128, double %117, double %113
  %131 = add nuw nsw i32 %114, 1
  %132 = icmp eq i32 %131, 100
  br i1 %132, label %133, label %112, !llvm.loop !8

133:                                              ; preds = %112, %133
  %134 = phi double [ %151, %133 ], [ 2.500000e+00, %112 ]
  %135 = phi i32 [ %152, %133 ], [ 0, %112 ]
  %136 = phi double [ %150, %133 ], [ 3.700000e+00, %112 ]
  %137 = fadd double %134, %136
  %138 = fmul double %137, 5.000000e-01
  %139 = tail call double @llvm.fmuladd.f64(double %134, double 0.000000e+00, double 1.000000e+00)
  %140 = tail call double @llvm.fmuladd.f64(double %139, double %134, double -6.000000e+00)
  %141 = tail call double @llvm.fmuladd.f64(double %140, double %134, double 1.100000e+01)
  %142 = tail call double @llvm.fmuladd.f64(double %141, double %134, double -6.000000e+00)
  %143 = fcmp olt double %142, 0.000000e+00
  %144 = tail call double @llvm.fmuladd.f64(double %138, double 0.000000e+00, double 1.000000e+00)
  %145 = tail call double @llvm.fmuladd.f64(double %144, double %138, double -6.000000e+00)
  %146 = tail call double @llvm.fmuladd.f64(double %145, double %138, double 1.100000e+01)
  %147 = tail call double @llvm.fmuladd.f64(double %146, double %138, double -6.000000e+00)
  %148 = fcmp uge double %147, 0.000000e+00
  %149 = xor i1 %143, %148
  %150 = select i1 %149, double %136, double %138
  %151 = select i1 %149, double %138, double %134
  %152 = add nuw nsw i32 %135, 1
  %153 = icmp eq i32 %152, 100
  br i1 %153, label %154, label %133, !llvm.loop !8

154:                                              ; preds = %133
  %155 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %109, double noundef %130, double noundef %151)
  br label %164

156:                                              ; preds = %164
  %157 = fadd double %182, -1.000000e+04
  %158 = tail call double @llvm.fabs.f64(double %157)
  %159 = fadd double %186, -1.000000e+04
  %160 = tail call double @llvm.fabs.f64(double %159)
  %161 = fcmp ogt double %158, %160
  %162 = zext i1 %161 to i32
  %163 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %182, double noundef %186, i32 noundef %162)
  br label %195

164:                                              ; preds = %164, %154
  %165 = phi double [ 0.000000e+00, %154 ], [ %182, %164 ]
  %166 = phi double [ 0.000000e+00, %154 ], [ %186, %164 ]
  %167 = phi double [ 0.000000e+00, %154 ], [ %188, %164 ]
  %168 = phi i32 [ 0, %154 ], [ %189, %164 ]
  %169 = fadd double %165, 1.000000e-01
  %170 = fsub double 1.000000e-01, %167
  %171 = fadd double %166, %170
  %172 = fadd double %169, 1.000000e-01
  %173 = fsub double %166, %171
  %174 = fadd double %170, %173
  %175 = fadd double %174, 1.000000e-01
  %176 = fadd double %171, %175
  %177 = fadd double %172, 1.000000e-01
  %178 = fsub double %171, %176
  %179 = fadd double %175, %178
  %180 = fadd double %179, 1.000000e-01
  %181 = fadd double %176, %180
  %182 = fadd double %177, 1.000000e-01
  %183 = fsub double %176, %181
  %184 = fadd double %180, %183
  %185 = fadd double %184, 1.000000e-01
  %186 = fadd double %181, %185
  %187 = fsub double %186, %181
  %188 = fsub double %187, %185
  %189 = add nuw nsw i32 %168, 4
  %190 = icmp eq i32 %189, 100000
  br i1 %190, label %156, label %164, !llvm.loop !9

191:                                              ; preds = %195
  %192 = tail call double @sin(double noundef %212) #5
  %193 = tail call double @exp(double noundef %192) #5
  %194 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %212, double noundef %202, double noundef %219, double noundef %193)
  ret i32 0

195:                                              ; preds = %156, %195
  %196 = phi i32 [ 0, %156 ], [ %220, %195 ]
  %197 = phi double [ 0.000000e+00, %156 ], [ %212, %195 ]
  %198 = phi double [ 1.000000e+00, %156 ], [ %219, %195 ]
  %199 = phi double [ 1.000000e+00, %156 ], [ %202, %195 ]
  %200 = tail call double @cos(double noundef %197) #5
  %201 = fmul double %199, %200
  %202 = tail call double @llvm.fmuladd.f64(double %201, double 1.000000e-02, double %199)
  %203 = tail call double @cos(double noundef %197) #5
  %204 = fmul double %198, %203
  %205 = fadd double %197, 5.000000e-03
  %206 = tail call double @llvm.fmuladd.f64(double %204, double 5.000000e-03, double %198)
  %207 = tail call double @cos(double noundef %205) #5
  %208 = fmul double %207, %206
  %209 = tail call double @llvm.fmuladd.f64(double %208, double 5.000000e-03, double %198)
  %210 = tail call double @cos(double noundef %205) #5
  %211 = fmul double %210, %209
  %212 = fadd double %197, 1.000000e-02
  %213 = tail call double @llvm.fmuladd.f64(double %211, double 1.000000e-02, double %198)
  %214 = tail call double @cos(double noundef %212) #5
  %215 = fmul double %214, %213
  %216 = tail call double @llvm.fmuladd.f64(double %208, double 2.000000e+00, double %204)
  %217 = tail call double @llvm.fmuladd.f64(double %211, double 2.000000e+00, double %216)
  %218 = fadd double %217, %215
  %219 = tail call double @llvm.fmuladd.f64(double %218, double 0x3F5B4E81B4E81B4F, double %198)
  %220 = add nuw nsw i32 %196, 1
  %221 = icmp eq i32 %220, 300
  br i1 %221, label %191, label %195, !llvm.loop !10
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
