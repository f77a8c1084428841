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
  %2 = phi i32 [ 0, %0 ], [ %14, %1 ]
  %3 = phi <2 x i32> [ <i32 1, i32 2>, %0 ], [ %15, %1 ]
  %4 = phi double [ 4.500000e+00, %0 ], [ %13, %1 ]
  %5 = add <2 x i32> %3, <i32 2, i32 2>
  %6 = uitofp <2 x i32> %3 to <2 x double>
  %7 = uitofp <2 x i32> %5 to <2 x double>
  %8 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %6, <2 x double> <double 3.000000e-03, double 3.000000e-03>, <2 x double> zeroinitializer)
  %9 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %7, <2 x double> <double 3.000000e-03, double 3.000000e-03>, <2 x double> zeroinitializer)
  %10 = fmul <2 x double> %8, %8
  %11 = fmul <2 x double> %9, %9
  %12 = tail call double @llvm.vector.reduce.fadd.v2f64(double %4, <2 x double> %10)
  %13 = tail call double @llvm.vector.reduce.fadd.v2f64(double %12, <2 x double> %11)
  %14 = add nuw i32 %2, 4
  %15 = add <2 x i32> %3, <i32 4, i32 4>
  %16 = icmp eq i32 %14, 996
  br i1 %16, label %17, label %1, !llvm.loop !6

17:                                               ; preds = %1
  %18 = fadd double %13, 0x4021E464BA94BBE5
  %19 = fadd double %18, 0x4021ED9620685555
  %20 = fadd double %19, 0x4021F6C9E236C15D
  %21 = fmul double %20, 3.000000e-03
  br label %22

22:                                               ; preds = %22, %17
  %23 = phi i32 [ 0, %17 ], [ %45, %22 ]
  %24 = phi <4 x i32> [ <i32 1, i32 2, i32 3, i32 4>, %17 ], [ %46, %22 ]
  %25 = phi double [ 9.000000e+00, %17 ], [ %44, %22 ]
  %26 = add <4 x i32> %24, <i32 4, i32 4, i32 4, i32 4>
  %27 = uitofp <4 x i32> %24 to <4 x double>
  %28 = uitofp <4 x i32> %26 to <4 x double>
  %29 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %27, <4 x double> <double 3.000000e-03, double 3.000000e-03, double 3.000000e-03, double 3.000000e-03>, <4 x double> zeroinitializer)
  %30 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %28, <4 x double> <double 3.000000e-03, double 3.000000e-03, double 3.000000e-03, double 3.000000e-03>, <4 x double> zeroinitializer)
  %31 = fmul <4 x double> %29, %29
  %32 = fmul <4 x double> %30, %30
  %33 = and <4 x i32> %24, <i32 1, i32 1, i32 1, i32 1>
  %34 = and <4 x i32> %24, <i32 1, i32 1, i32 1, i32 1>
  %35 = icmp eq <4 x i32> %33, zeroinitializer
  %36 = icmp eq <4 x i32> %34, zeroinitializer
  %37 = select <4 x i1> %35, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> <i32 4, i32 4, i32 4, i32 4>
  %38 = select <4 x i1> %36, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> <i32 4, i32 4, i32 4, i32 4>
  %39 = uitofp nneg <4 x i32> %37 to <4 x double>
  %40 = uitofp nneg <4 x i32> %38 to <4 x double>
  %41 = fmul <4 x double> %31, %39
  %42 = fmul <4 x double> %32, %40
  %43 = tail call double @llvm.vector.reduce.fadd.v4f64(double %25, <4 x double> %41)
  %44 = tail call double @llvm.vector.reduce.fadd.v4f64(double %43, <4 x double> %42)
  %45 = add nuw i32 %23, 8
  %46 = add <4 x i32> %24, <i32 8, i32 8, i32 8, i32 8>
  %47 = icmp eq i32 %45, 992
  br i1 %47, label %48, label %22, !llvm.loop !10

48:                                               ; preds = %22
  %49 = fadd double %44, 0x4041BFB6BB129026
  %50 = fadd double %49, 0x4031C8DEB0FADF30
  %51 = fadd double %50, 0x4041D20902DE00D1
  %52 = fadd double %51, 0x4031DB35B0BBF50E
  %53 = fadd double %52, 0x4041E464BA94BBE5
  %54 = fadd double %53, 0x4031ED9620685555
  %55 = fadd double %54, 0x4041F6C9E236C15D
  %56 = fmul double %55, 3.000000e-03
  %57 = fdiv double %56, 3.000000e+00
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %21, double noundef %57)
  br label %59

59:                                               ; preds = %59, %48
  %60 = phi i32 [ %72, %59 ], [ 1, %48 ]
  %61 = phi double [ %71, %59 ], [ 0x3FF04B0556E084F4, %48 ]
  %62 = uitofp nneg i32 %60 to double
  %63 = tail call double @llvm.fmuladd.f64(double %62, double 1.000000e-03, double 0.000000e+00)
  %64 = fneg double %63
  %65 = fmul double %63, %64
  %66 = tail call double @exp(double noundef %65) #6
  %67 = and i32 %60, 1
  %68 = icmp eq i32 %67, 0
  %69 = select i1 %68, i32 2, i32 4
  %70 = uitofp nneg i32 %69 to double
  %71 = tail call double @llvm.fmuladd.f64(double %66, double %70, double %61)
  %72 = add nuw nsw i32 %60, 1
  %73 = icmp eq i32 %72, 2000
  br i1 %73, label %74, label %59, !llvm.loop !11

74:                                               ; preds = %59
  %75 = fmul double %71, 1.000000e-03
  %76 = fdiv double %75, 3.000000e+00
  %77 = tail call double @erf(double noundef 2.000000e+00) #6
  %78 = fmul double %77, 0x3FFC5BF891B4EF6A
  %79 = fmul double %78, 5.000000e-01
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %76, double noundef %79)
  br label %81

81:                                               ; preds = %81, %74
  %82 = phi i32 [ 0, %74 ], [ %104, %81 ]
  %83 = phi <4 x i32> [ <i32 1, i32 2, i32 3, i32 4>, %74 ], [ %105, %81 ]
  %84 = phi double [ 0x3FF5E2D58D8B3BCE, %74 ], [ %103, %81 ]
  %85 = add <4 x i32> %83, <i32 4, i32 4, i32 4, i32 4>
  %86 = uitofp <4 x i32> %83 to <4 x double>
  %87 = uitofp <4 x i32> %85 to <4 x double>
  %88 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %86, <4 x double> <double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %89 = tail call <4 x double> @llvm.fmuladd.v4f64(<4 x double> %87, <4 x double> <double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A, double 0x3F5C26FF108BF69A>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %90 = fdiv <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %88
  %91 = fdiv <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %89
  %92 = and <4 x i32> %83, <i32 1, i32 1, i32 1, i32 1>
  %93 = and <4 x i32> %83, <i32 1, i32 1, i32 1, i32 1>
  %94 = icmp eq <4 x i32> %92, zeroinitializer
  %95 = icmp eq <4 x i32> %93, zeroinitializer
  %96 = select <4 x i1> %94, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> <i32 4, i32 4, i32 4, i32 4>
  %97 = select <4 x i1> %95, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> <i32 4, i32 4, i32 4, i32 4>
  %98 = uitofp nneg <4 x i32> %96 to <4 x double>
  %99 = uitofp nneg <4 x i32> %97 to <4 x double>
  %100 = fmul <4 x double> %90, %98
  %101 = fmul <4 x double> %91, %99
  %102 = tail call double @llvm.vector.reduce.fadd.v4f64(double %84, <4 x double> %100)
  %103 = tail call double @llvm.vector.reduce.fadd.v4f64(double %102, <4 x double> %101)
  %104 = add nuw i32 %82, 8
  %105 = add <4 x i32> %83, <i32 8, i32 8, i32 8, i32 8>
  %106 = icmp eq i32 %104, 992
  br i1 %106, label %107, label %81, !llvm.loop !12

107:                                              ; preds = %81
  %108 = fadd double %103, 0x3FF7A6201537563D
  %109 = fadd double %108, 0x3FE7A248A8390E00
  %110 = fadd double %109, 0x3FF79E727A8530A8
  %111 = fadd double %110, 0x3FE79A9D8B805830
  %112 = fadd double %111, 0x3FF796C9DA8F835B
  %113 = fadd double %112, 0x3FE792F76718155F
  %114 = fadd double %113, 0x3FF78F26307FD599
  %115 = fmul double %114, 0x3F5C26FF108BF69A
  %116 = fdiv double %115, 3.000000e+00
  %117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, double noundef %116)
  %118 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 0.000000e+00, double noundef -6.000000e+00)
  %119 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 5.000000e-01, double noundef -1.875000e+00)
  %120 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.000000e+00, double noundef 0.000000e+00)
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 1.500000e+00, double noundef 3.750000e-01)
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.000000e+00, double noundef 0.000000e+00)
  %123 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 2.500000e+00, double noundef -3.750000e-01)
  %124 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.000000e+00, double noundef 0.000000e+00)
  %125 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 3.500000e+00, double noundef 1.875000e+00)
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, double noundef 4.000000e+00, double noundef 6.000000e+00)
  %127 = tail call i32 @putchar(i32 10)
  br label %128

128:                                              ; preds = %128, %107
  %129 = phi double [ 5.000000e-01, %107 ], [ %146, %128 ]
  %130 = phi i32 [ 0, %107 ], [ %147, %128 ]
  %131 = phi double [ 1.500000e+00, %107 ], [ %145, %128 ]
  %132 = fadd double %129, %131
  %133 = fmul double %132, 5.000000e-01
  %134 = tail call double @llvm.fmuladd.f64(double %129, double 0.000000e+00, double 1.000000e+00)
  %135 = tail call double @llvm.fmuladd.f64(double %134, double %129, double -6.000000e+00)
  %136 = tail call double @llvm.fmuladd.f64(double %135, double %129, double 1.100000e+01)
  %137 = tail call double @llvm.fmuladd.f64(double %136, double %129, double -6.000000e+00)
  %138 = fcmp olt double %137, 0.000000e+00
  %139 = tail call double @llvm.fmuladd.f64(double %133, double 0.000000e+00, double 1.000000e+00)
  %140 = tail call double @llvm.fmuladd.f64(double %139, double %133, double -6.000000e+00)
  %141 = tail call double @llvm.fmuladd.f64(double %140, double %133, double 1.100000e+01)
  %142 = tail call double @llvm.fmuladd.f64(double %141, double %133, double -6.000000e+00)
  %143 = fcmp uge double %142, 0.000000e+00
  %144 = xor i1 %138, %143
  %145 = select i1 %144, double %131, double %133
  %146 = select i1 %144, double %133, double %129
  %147 = add nuw nsw i32 %130, 1
  %148 = icmp eq i32 %147, 100
  br i1 %148, label %149, label %128, !llvm.loop !13

149:                                              ; preds = %128, %149
  %150 = phi double [ %167, %149 ], [ 1.500000e+00, %128 ]
  %151 = phi i32 [ %168, %149 ], [ 0, %128 ]
  %152 = phi double [ %166, %149 ], [ 2.500000e+00, %128 ]
  %153 = fadd double %150, %152
  %154 = fmul double %153, 5.000000e-01
  %155 = tail call double @llvm.fmuladd.f64(double %150, double 0.000000e+00, double 1.000000e+00)
  %156 = tail call double @llvm.fmuladd.f64(double %155, double %150, double -6.000000e+00)
  %157 = tail call double @llvm.fmuladd.f64(double %156, double %150, double 1.100000e+01)
  %158 = tail call double @llvm.fmuladd.f64(double %157, double %150, double -6.000000e+00)
  %159 = fcmp olt double %158, 0.000000e+00
  %160 = tail call double @llvm.fmuladd.f64(double %154, double 0.000000e+00, double 1.000000e+00)
  %161 = tail call double @llvm.fmuladd.f64(double %160, double %154, double -6.000000e+00)
  %162 = tail call double @llvm.fmuladd.f64(double %161, double %154, double 1.100000e+01)
  %163 = tail call double @llvm.fmuladd.f64(double %162, double %154, double -6.000000e+00)
  %164 = fcmp uge double %163, 0.000000e+00
  %165 = xor i1 %159, %164
  %166 = select i1 %165, double %152, double %154
  %167 = select i1 %165, double %154, double %150
  %168 = add nuw nsw i32 %151, 1
  %169 = icmp eq i32 %168, 100
  br i1 %169, label %170, label %149, !llvm.loop !13

170:                                              ; preds = %149, %170
  %171 = phi double [ %188, %170 ], [ 2.500000e+00, %149 ]
  %172 = phi i32 [ %189, %170 ], [ 0, %149 ]
  %173 = phi double [ %187, %170 ], [ 3.700000e+00, %149 ]
  %174 = fadd double %171, %173
  %175 = fmul double %174, 5.000000e-01
  %176 = tail call double @llvm.fmuladd.f64(double %171, double 0.000000e+00, double 1.000000e+00)
  %177 = tail call double @llvm.fmuladd.f64(double %176, double %171, double -6.000000e+00)
  %178 = tail call double @llvm.fmuladd.f64(double %177, double %171, double 1.100000e+01)
  %179 = tail call double @llvm.fmuladd.f64(double %178, double %171, double -6.000000e+00)
  %180 = fcmp olt double %179, 0.000000e+00
  %181 = tail call double @llvm.fmuladd.f64(double %175, double 0.000000e+00, double 1.000000e+00)
  %182 = tail call double @llvm.fmuladd.f64(double %181, double %175, double -6.000000e+00)
  %183 = tail call double @llvm.fmuladd.f64(double %182, double %175, double 1.100000e+01)
  %184 = tail call double @llvm.fmuladd.f64(double %183, double %175, double -6.000000e+00)
  %185 = fcmp uge double %184, 0.000000e+00
  %186 = xor i1 %180, %185
  %187 = select i1 %186, double %173, double %175
  %188 = select i1 %186, double %175, double %171
  %189 = add nuw nsw i32 %172, 1
  %190 = icmp eq i32 %189, 100
  br i1 %190, label %191, label %170, !llvm.loop !13

191:                                              ; preds = %170
  %192 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, double noundef %146, double noundef %167, double noundef %188)
  br label %201

193:                                              ; preds = %201
  %194 = fadd double %206, -1.000000e+04
  %195 = tail call double @llvm.fabs.f64(double %194)
  %196 = fadd double %208, -1.000000e+04
  %197 = tail call double @llvm.fabs.f64(double %196)
  %198 = fcmp ogt double %195, %197
  %199 = zext i1 %198 to i32
  %200 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %206, double noundef %208, i32 noundef %199)
  br label %217

201:                                              ; preds = %191, %201
  %202 = phi double [ 0.000000e+00, %191 ], [ %206, %201 ]
  %203 = phi double [ 0.000000e+00, %191 ], [ %208, %201 ]
  %204 = phi double [ 0.000000e+00, %191 ], [ %210, %201 ]
  %205 = phi i32 [ 0, %191 ], [ %211, %201 ]
  %206 = fadd double %202, 1.000000e-01
  %207 = fsub double 1.000000e-01, %204
  %208 = fadd double %203, %207
  %209 = fsub double %208, %203
  %210 = fsub double %209, %207
  %211 = add nuw nsw i32 %205, 1
  %212 = icmp eq i32 %211, 100000
  br i1 %212, label %193, label %201, !llvm.loop !14

213:                                              ; preds = %217
  %214 = tail call double @sin(double noundef %234) #6
  %215 = tail call double @exp(double noundef %214) #6
  %216 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, double noundef %234, double noundef %224, double noundef %241, double noundef %215)
  ret i32 0

217:                                              ; preds = %193, %217
  %218 = phi i32 [ 0, %193 ], [ %242, %217 ]
  %219 = phi double [ 0.000000e+00, %193 ], [ %234, %217 ]
  %220 = phi double [ 1.000000e+00, %193 ], [ %241, %217 ]
  %221 = phi double [ 1.000000e+00, %193 ], [ %224, %217 ]
  %222 = tail call double @cos(double noundef %219) #6
  %223 = fmul double %221, %222
  %224 = tail call double @llvm.fmuladd.f64(double %223, double 1.000000e-02, double %221)
  %225 = tail call double @cos(double noundef %219) #6
  %226 = fmul double %220, %225
  %227 = fadd double %219, 5.000000e-03
  %228 = tail call double @llvm.fmuladd.f64(double %226, double 5.000000e-03, double %220)
  %229 = tail call double @cos(double noundef %227) #6
  %230 = fmul double %229, %228
  %231 = tail call double @llvm.fmuladd.f64(double %230, double 5.000000e-03, double %220)
  %232 = tail call double @cos(double noundef %227) #6
  %233 = fmul double %232, %231
  %234 = fadd double %219, 1.000000e-02
  %235 = tail call double @llvm.fmuladd.f64(double %233, double 1.000000e-02, double %220)
  %236 = tail call double @cos(double noundef %234) #6
  %237 = fmul double %236, %235
  %238 = tail call double @llvm.fmuladd.f64(double %230, double 2.000000e+00, double %226)
  %239 = tail call double @llvm.fmuladd.f64(double %233, double 2.000000e+00, double %238)
  %240 = fadd double %239, %237
  %241 = tail call double @llvm.fmuladd.f64(double %240, double 0x3F5B4E81B4E81B4F, double %220)
  %242 = add nuw nsw i32 %218, 1
  %243 = icmp eq i32 %242, 300
  br i1 %243, label %213, label %217, !llvm.loop !15
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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fmuladd.v4f64(<4 x double>, <4 x double>, <4 x double>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v4f64(double, <4 x double>) #5

attributes #0 = { nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7, !8, !9}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.isvectorized", i32 1}
!9 = !{!"llvm.loop.unroll.runtime.disable"}
!10 = distinct !{!10, !7, !8, !9}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7, !8, !9}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
