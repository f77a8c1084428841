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
  %47 = tail call double @exp(double noundef %46) #6
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
  %58 = tail call double @erf(double noundef 2.000000e+00) #6
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
  %97 = insertelement <2 x double> poison, double %92, i64 0
  %98 = insertelement <2 x double> %97, double %96, i64 1
  %99 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %98, <2 x double> zeroinitializer, <2 x double> <double 1.000000e+00, double 1.000000e+00>)
  %100 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %99, <2 x double> %98, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %101 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %100, <2 x double> %98, <2 x double> <double 1.100000e+01, double 1.100000e+01>)
  %102 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %101, <2 x double> %98, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %103 = extractelement <2 x double> %102, i64 0
  %104 = fcmp olt double %103, 0.000000e+00
  %105 = extractelement <2 x double> %102, i64 1
  %106 = fcmp uge double %105, 0.000000e+00
  %107 = xor i1 %104, %106
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
  %118 = insertelement <2 x double> poison, double %113, i64 0
  %119 = insertelement <2 x double> %118, double %117, i64 1
  %120 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %119, <2 x double> zeroinitializer, <2 x double> <double 1.000000e+00, double 1.000000e+00>)
  %121 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %120, <2 x double> %119, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %122 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %121, <2 x double> %119, <2 x double> <double 1.100000e+01, double 1.100000e+01>)
  %123 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %122, <2 x double> %119, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %124 = extractelement <2 x double> %123, i64 0
  %125 = fcmp olt double %124, 0.000000e+00
  %126 = extractelement <2 x double> %123, i64 1
  %127 = fcmp uge double %126, 0.000000e+00
  %128 = xor i1 %125, %127
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
  %139 = insertelement <2 x double> poison, double %134, i64 0
  %140 = insertelement <2 x double> %139, double %138, i64 1
  %141 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %140, <2 x double> zeroinitializer, <2 x double> <double 1.000000e+00, double 1.000000e+00>)
  %142 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %141, <2 x double> %140, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %143 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %142, <2 x double> %140, <2 x double> <double 1.100000e+01, double 1.100000e+01>)
  %144 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %143, <2 x double> %140, <2 x double> <double -6.000000e+00, double -6.000000e+00>)
  %145 = extractelement <2 x double> %144, i64 0
  %146 = fcmp olt double %145, 0.000000e+00
  %147 = extractelement <2 x double> %144, i64 1
  %148 = fcmp uge double %147, 0.000000e+00
  %149 = xor i1 %146, %148
  %150 = select i1 %149, double %136, double %138
  %151 = select i1 %149, double %138, double %134
  %152 = add nuw nsw i32 %135, 1
  %153 = icmp eq i32 %152, 100
  br i1 %153, label %154, label %133, !llvm.loop !8

154:                                              ; preds = %133
  %155 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %109, double noundef %130, double noundef %151)
  br label %166

156:                                              ; preds = %166
  %157 = extractelement <2 x double> %178, i64 1
  %158 = fadd <2 x double> %178, <double -1.000000e+04, double -1.000000e+04>
  %159 = tail call <2 x double> @llvm.fabs.v2f64(<2 x double> %158)
  %160 = extractelement <2 x double> %159, i64 0
  %161 = extractelement <2 x double> %159, i64 1
  %162 = fcmp ogt double %160, %161
  %163 = zext i1 %162 to i32
  %164 = extractelement <2 x double> %178, i64 0
  %165 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %164, double noundef %157, i32 noundef %163)
  br label %190

166:                                              ; preds = %166, %154
  %167 = phi double [ 0.000000e+00, %154 ], [ %181, %166 ]
  %168 = phi i32 [ 0, %154 ], [ %182, %166 ]
  %169 = phi <2 x double> [ zeroinitializer, %154 ], [ %178, %166 ]
  %170 = fsub double 1.000000e-01, %167
  %171 = insertelement <2 x double> <double 1.000000e-01, double poison>, double %170, i64 1
  %172 = fadd <2 x double> %169, %171
  %173 = fsub <2 x double> %172, %169
  %174 = extractelement <2 x double> %173, i64 1
  %175 = fsub double %170, %174
  %176 = fadd double %175, 1.000000e-01
  %177 = insertelement <2 x double> <double 1.000000e-01, double poison>, double %176, i64 1
  %178 = fadd <2 x double> %172, %177
  %179 = fsub <2 x double> %178, %172
  %180 = extractelement <2 x double> %179, i64 1
  %181 = fsub double %180, %176
  %182 = add nuw nsw i32 %168, 2
  %183 = icmp eq i32 %182, 100000
  br i1 %183, label %156, label %166, !llvm.loop !9

184:                                              ; preds = %190
  %185 = tail call double @sin(double noundef %207) #6
  %186 = tail call double @exp(double noundef %185) #6
  %187 = extractelement <2 x double> %216, i64 0
  %188 = extractelement <2 x double> %216, i64 1
  %189 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %207, double noundef %187, double noundef %188, double noundef %186)
  ret i32 0

190:                                              ; preds = %156, %190
  %191 = phi i32 [ 0, %156 ], [ %217, %190 ]
  %192 = phi double [ 0.000000e+00, %156 ], [ %207, %190 ]
  %193 = phi <2 x double> [ <double 1.000000e+00, double 1.000000e+00>, %156 ], [ %216, %190 ]
  %194 = tail call double @cos(double noundef %192) #6
  %195 = extractelement <2 x double> %193, i64 0
  %196 = fmul double %195, %194
  %197 = tail call double @cos(double noundef %192) #6
  %198 = extractelement <2 x double> %193, i64 1
  %199 = fmul double %198, %197
  %200 = fadd double %192, 5.000000e-03
  %201 = tail call double @llvm.fmuladd.f64(double %199, double 5.000000e-03, double %198)
  %202 = tail call double @cos(double noundef %200) #6
  %203 = fmul double %202, %201
  %204 = tail call double @llvm.fmuladd.f64(double %203, double 5.000000e-03, double %198)
  %205 = tail call double @cos(double noundef %200) #6
  %206 = fmul double %205, %204
  %207 = fadd double %192, 1.000000e-02
  %208 = tail call double @llvm.fmuladd.f64(double %206, double 1.000000e-02, double %198)
  %209 = tail call double @cos(double noundef %207) #6
  %210 = fmul double %209, %208
  %211 = tail call double @llvm.fmuladd.f64(double %203, double 2.000000e+00, double %199)
  %212 = tail call double @llvm.fmuladd.f64(double %206, double 2.000000e+00, double %211)
  %213 = fadd double %212, %210
  %214 = insertelement <2 x double> poison, double %196, i64 0
  %215 = insertelement <2 x double> %214, double %213, i64 1
  %216 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %215, <2 x double> <double 1.000000e-02, double 0x3F5B4E81B4E81B4F>, <2 x double> %193)
  %217 = add nuw nsw i32 %191, 1
  %218 = icmp eq i32 %217, 300
  br i1 %218, label %184, label %190, !llvm.loop !10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @erf(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

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
