; ModuleID = 'inheritance.cpp'
source_filename = "inheritance.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::unique_ptr<Shape>, std::allocator<std::unique_ptr<Shape>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::unique_ptr<Shape>, std::allocator<std::unique_ptr<Shape>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::unique_ptr<Shape>, std::allocator<std::unique_ptr<Shape>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::unique_ptr<Shape>, std::allocator<std::unique_ptr<Shape>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.1" }
%"struct.std::_Head_base.1" = type { ptr }

$_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EED2Ev = comdat any

$_ZN4RectD2Ev = comdat any

$_ZN4RectD0Ev = comdat any

$_ZNK4Rect4areaEv = comdat any

$_ZNK4Rect4nameEv = comdat any

$_ZNK4Rect5cloneEv = comdat any

$_ZN5ShapeD0Ev = comdat any

$_ZNK5Shape4nameEv = comdat any

$_ZN6SquareD2Ev = comdat any

$_ZN6SquareD0Ev = comdat any

$_ZNK6Square4nameEv = comdat any

$_ZNK6Square5cloneEv = comdat any

$_ZN5ShapeD2Ev = comdat any

$_ZN6CircleD0Ev = comdat any

$_ZNK6Circle4areaEv = comdat any

$_ZNK6Circle5cloneEv = comdat any

$_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP4RectEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_ = comdat any

$_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6SquareEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_ = comdat any

$_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6CircleEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_ = comdat any

$_ZTV4Rect = comdat any

$_ZTS4Rect = comdat any

$_ZTS5Shape = comdat any

$_ZTI5Shape = comdat any

$_ZTI4Rect = comdat any

$_ZTV5Shape = comdat any

$_ZTV6Square = comdat any

$_ZTS6Square = comdat any

$_ZTI6Square = comdat any

$_ZTV6Circle = comdat any

$_ZTS6Circle = comdat any

$_ZTI6Circle = comdat any

@.str = private unnamed_addr constant [14 x i8] c"%s area %.2f\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"total %.2f\0A\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"clone of %s has area %.1f\0A\00", align 1
@.str.3 = private unnamed_addr constant [31 x i8] c"count through second base: %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"bases at different addresses: %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [49 x i8] c"dog: %d legs, says %s, owner %s, works %d hours\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"one shared Animal: %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"op(3) = %d\0A\00", align 1
@_ZTV4Rect = linkonce_odr dso_local unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @_ZTI4Rect, ptr @_ZN4RectD2Ev, ptr @_ZN4RectD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK4Rect4nameEv, ptr @_ZNK4Rect5cloneEv] }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS4Rect = linkonce_odr dso_local constant [6 x i8] c"4Rect\00", comdat, align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS5Shape = linkonce_odr dso_local constant [7 x i8] c"5Shape\00", comdat, align 1
@_ZTI5Shape = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Shape }, comdat, align 8
@_ZTI4Rect = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4Rect, ptr @_ZTI5Shape }, comdat, align 8
@_ZTV5Shape = linkonce_odr dso_local unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @_ZTI5Shape, ptr @_ZN5ShapeD2Ev, ptr @_ZN5ShapeD0Ev, ptr @__cxa_pure_virtual, ptr @_ZNK5Shape4nameEv, ptr @__cxa_pure_virtual] }, comdat, align 8
@.str.9 = private unnamed_addr constant [6 x i8] c"shape\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"~Rect %gx%g\0A\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@_ZTV6Square = linkonce_odr dso_local unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @_ZTI6Square, ptr @_ZN6SquareD2Ev, ptr @_ZN6SquareD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK6Square4nameEv, ptr @_ZNK6Square5cloneEv] }, comdat, align 8
@_ZTS6Square = linkonce_odr dso_local constant [8 x i8] c"6Square\00", comdat, align 1
@_ZTI6Square = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Square, ptr @_ZTI4Rect }, comdat, align 8
@.str.13 = private unnamed_addr constant [7 x i8] c"square\00", align 1
@_ZTV6Circle = linkonce_odr dso_local unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @_ZTI6Circle, ptr @_ZN5ShapeD2Ev, ptr @_ZN6CircleD0Ev, ptr @_ZNK6Circle4areaEv, ptr @_ZNK5Shape4nameEv, ptr @_ZNK6Circle5cloneEv] }, comdat, align 8
@_ZTS6Circle = linkonce_odr dso_local constant [8 x i8] c"6Circle\00", comdat, align 1
@_ZTI6Circle = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Circle, ptr @_ZTI5Shape }, comdat, align 8
@.str.14 = private unnamed_addr constant [29 x i8] c"Both with %d items (tag %d)\0A\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"Animal(%d)\0A\00", align 1
@.str.20 = private unnamed_addr constant [5 x i8] c"woof\00", align 1
@.str.21 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@str = private unnamed_addr constant [8 x i8] c"~Square\00", align 1
@str.22 = private unnamed_addr constant [7 x i8] c"~Shape\00", align 1

; Function Attrs: norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::vector", align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #15
  %5 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #16
          to label %6 unwind label %48

6:                                                ; preds = %0
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %5, align 8, !tbaa !5
  %7 = getelementptr inbounds i8, ptr %5, i64 8
  store <2 x double> <double 2.000000e+00, double 3.000000e+00>, ptr %7, align 8, !tbaa !8
  store ptr %5, ptr %2, align 8, !tbaa !11
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = getelementptr inbounds i8, ptr %1, i64 16
  invoke void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP4RectEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, ptr null, ptr noundef nonnull align 8 dereferenceable(8) %2)
          to label %10 unwind label %48

10:                                               ; preds = %6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #15
  %11 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #16
          to label %12 unwind label %50

12:                                               ; preds = %10
  %13 = getelementptr inbounds i8, ptr %11, i64 8
  store <2 x double> <double 4.000000e+00, double 4.000000e+00>, ptr %13, align 8, !tbaa !8
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Square, i64 16), ptr %11, align 8, !tbaa !5
  store ptr %11, ptr %3, align 8, !tbaa !11
  %14 = load ptr, ptr %8, align 8, !tbaa !11
  %15 = load ptr, ptr %9, align 8, !tbaa !13
  %16 = icmp eq ptr %14, %15
  br i1 %16, label %20, label %17

17:                                               ; preds = %12
  store ptr %11, ptr %14, align 8, !tbaa !11
  %18 = load ptr, ptr %8, align 8, !tbaa !15
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  store ptr %19, ptr %8, align 8, !tbaa !15
  br label %21

20:                                               ; preds = %12
  invoke void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6SquareEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, ptr %14, ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %21 unwind label %50

21:                                               ; preds = %20, %17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #15
  %22 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #16
          to label %23 unwind label %52

23:                                               ; preds = %21
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Circle, i64 16), ptr %22, align 8, !tbaa !5
  %24 = getelementptr inbounds i8, ptr %22, i64 8
  store double 1.500000e+00, ptr %24, align 8, !tbaa !16
  store ptr %22, ptr %4, align 8, !tbaa !11
  %25 = load ptr, ptr %8, align 8, !tbaa !11
  %26 = load ptr, ptr %9, align 8, !tbaa !13
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %31, label %28

28:                                               ; preds = %23
  store ptr %22, ptr %25, align 8, !tbaa !11
  %29 = load ptr, ptr %8, align 8, !tbaa !15
  %30 = getelementptr inbounds i8, ptr %29, i64 8
  store ptr %30, ptr %8, align 8, !tbaa !15
  br label %34

31:                                               ; preds = %23
  invoke void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6CircleEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, ptr %25, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %32 unwind label %52

32:                                               ; preds = %31
  %33 = load ptr, ptr %8, align 8, !tbaa !11
  br label %34

34:                                               ; preds = %32, %28
  %35 = phi ptr [ %33, %32 ], [ %30, %28 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #15
  %36 = load ptr, ptr %1, align 8, !tbaa !11
  %37 = icmp eq ptr %36, %35
  br i1 %37, label %38, label %54

38:                                               ; preds = %75, %34
  %39 = phi double [ 0.000000e+00, %34 ], [ %76, %75 ]
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %39)
  %41 = load ptr, ptr %1, align 8, !tbaa !19
  %42 = getelementptr inbounds i8, ptr %41, i64 8
  %43 = load ptr, ptr %42, align 8, !tbaa !11
  %44 = load ptr, ptr %43, align 8, !tbaa !5
  %45 = getelementptr inbounds i8, ptr %44, i64 32
  %46 = load ptr, ptr %45, align 8
  %47 = invoke noundef ptr %46(ptr noundef nonnull align 8 dereferenceable(8) %43)
          to label %81 unwind label %133

48:                                               ; preds = %6, %0
  %49 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #15
  br label %153

50:                                               ; preds = %20, %10
  %51 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #15
  br label %153

52:                                               ; preds = %31, %21
  %53 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #15
  br label %153

54:                                               ; preds = %34, %75
  %55 = phi double [ %76, %75 ], [ 0.000000e+00, %34 ]
  %56 = phi ptr [ %77, %75 ], [ %36, %34 ]
  %57 = load ptr, ptr %56, align 8, !tbaa !11
  %58 = load ptr, ptr %57, align 8, !tbaa !5
  %59 = getelementptr inbounds i8, ptr %58, i64 24
  %60 = load ptr, ptr %59, align 8
  %61 = invoke noundef ptr %60(ptr noundef nonnull align 8 dereferenceable(8) %57)
          to label %62 unwind label %79

62:                                               ; preds = %54
  %63 = load ptr, ptr %56, align 8, !tbaa !11
  %64 = load ptr, ptr %63, align 8, !tbaa !5
  %65 = getelementptr inbounds i8, ptr %64, i64 16
  %66 = load ptr, ptr %65, align 8
  %67 = invoke noundef double %66(ptr noundef nonnull align 8 dereferenceable(8) %63)
          to label %68 unwind label %79

68:                                               ; preds = %62
  %69 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %61, double noundef %67)
  %70 = load ptr, ptr %56, align 8, !tbaa !11
  %71 = load ptr, ptr %70, align 8, !tbaa !5
  %72 = getelementptr inbounds i8, ptr %71, i64 16
  %73 = load ptr, ptr %72, align 8
  %74 = invoke noundef double %73(ptr noundef nonnull align 8 dereferenceable(8) %70)
          to label %75 unwind label %79

75:                                               ; preds = %68
  %76 = fadd double %55, %74
  %77 = getelementptr inbounds i8, ptr %56, i64 8
  %78 = icmp eq ptr %77, %35
  br i1 %78, label %38, label %54

79:                                               ; preds = %68, %62, %54
  %80 = landingpad { ptr, i32 }
          cleanup
  br label %153

81:                                               ; preds = %38
  %82 = load ptr, ptr %47, align 8, !tbaa !5
  %83 = getelementptr inbounds i8, ptr %82, i64 24
  %84 = load ptr, ptr %83, align 8
  %85 = invoke noundef ptr %84(ptr noundef nonnull align 8 dereferenceable(8) %47)
          to label %86 unwind label %148

86:                                               ; preds = %81
  %87 = load ptr, ptr %47, align 8, !tbaa !5
  %88 = getelementptr inbounds i8, ptr %87, i64 16
  %89 = load ptr, ptr %88, align 8
  %90 = invoke noundef double %89(ptr noundef nonnull align 8 dereferenceable(8) %47)
          to label %91 unwind label %148

91:                                               ; preds = %86
  %92 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %85, double noundef %90)
  %93 = load ptr, ptr %47, align 8, !tbaa !5
  %94 = getelementptr inbounds i8, ptr %93, i64 8
  %95 = load ptr, ptr %94, align 8
  call void %95(ptr noundef nonnull align 8 dereferenceable(8) %47) #15
  %96 = load ptr, ptr %1, align 8, !tbaa !19
  %97 = load ptr, ptr %8, align 8, !tbaa !15
  %98 = icmp eq ptr %97, %96
  br i1 %98, label %135, label %99

99:                                               ; preds = %91, %107
  %100 = phi ptr [ %108, %107 ], [ %96, %91 ]
  %101 = load ptr, ptr %100, align 8, !tbaa !11
  %102 = icmp eq ptr %101, null
  br i1 %102, label %107, label %103

103:                                              ; preds = %99
  %104 = load ptr, ptr %101, align 8, !tbaa !5
  %105 = getelementptr inbounds i8, ptr %104, i64 8
  %106 = load ptr, ptr %105, align 8
  call void %106(ptr noundef nonnull align 8 dereferenceable(8) %101) #15
  br label %107

107:                                              ; preds = %103, %99
  store ptr null, ptr %100, align 8, !tbaa !11
  %108 = getelementptr inbounds i8, ptr %100, i64 8
  %109 = icmp eq ptr %108, %97
  br i1 %109, label %110, label %99, !llvm.loop !20

110:                                              ; preds = %107
  store ptr %96, ptr %8, align 8, !tbaa !15
  br label %135

111:                                              ; preds = %135, %119
  %112 = phi ptr [ %120, %119 ], [ %145, %135 ]
  %113 = load ptr, ptr %112, align 8, !tbaa !11
  %114 = icmp eq ptr %113, null
  br i1 %114, label %119, label %115

115:                                              ; preds = %111
  %116 = load ptr, ptr %113, align 8, !tbaa !5
  %117 = getelementptr inbounds i8, ptr %116, i64 8
  %118 = load ptr, ptr %117, align 8
  call void %118(ptr noundef nonnull align 8 dereferenceable(8) %113) #15
  br label %119

119:                                              ; preds = %115, %111
  store ptr null, ptr %112, align 8, !tbaa !11
  %120 = getelementptr inbounds i8, ptr %112, i64 8
  %121 = icmp eq ptr %120, %146
  br i1 %121, label %122, label %111, !llvm.loop !20

122:                                              ; preds = %119
  %123 = load ptr, ptr %1, align 8, !tbaa !19
  br label %124

124:                                              ; preds = %122, %135
  %125 = phi ptr [ %123, %122 ], [ %145, %135 ]
  %126 = icmp eq ptr %125, null
  br i1 %126, label %132, label %127

127:                                              ; preds = %124
  %128 = load ptr, ptr %9, align 8, !tbaa !13
  %129 = ptrtoint ptr %128 to i64
  %130 = ptrtoint ptr %125 to i64
  %131 = sub i64 %129, %130
  call void @_ZdlPvm(ptr noundef nonnull %125, i64 noundef %131) #17
  br label %132

132:                                              ; preds = %124, %127
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #15
  ret i32 0

133:                                              ; preds = %38
  %134 = landingpad { ptr, i32 }
          cleanup
  br label %153

135:                                              ; preds = %91, %110
  %136 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 6, i32 noundef 100)
  %137 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 42)
  %138 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1)
  %139 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef 4)
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4, ptr noundef nonnull @.str.20, ptr noundef nonnull @.str.15, i32 noundef 8)
  %141 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 1)
  %142 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 13)
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 30)
  %144 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 7)
  %145 = load ptr, ptr %1, align 8, !tbaa !19
  %146 = load ptr, ptr %8, align 8, !tbaa !15
  %147 = icmp eq ptr %145, %146
  br i1 %147, label %124, label %111

148:                                              ; preds = %86, %81
  %149 = landingpad { ptr, i32 }
          cleanup
  %150 = load ptr, ptr %47, align 8, !tbaa !5
  %151 = getelementptr inbounds i8, ptr %150, i64 8
  %152 = load ptr, ptr %151, align 8
  call void %152(ptr noundef nonnull align 8 dereferenceable(8) %47) #15
  br label %153

153:                                              ; preds = %133, %148, %79, %52, %50, %48
  %154 = phi { ptr, i32 } [ %53, %52 ], [ %51, %50 ], [ %49, %48 ], [ %80, %79 ], [ %134, %133 ], [ %149, %148 ]
  call void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %1) #15
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #15
  resume { ptr, i32 } %154
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #2

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !19
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !15
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !11
  %9 = icmp eq ptr %8, null
  br i1 %9, label %14, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !5
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(8) %8) #15
  br label %14

14:                                               ; preds = %10, %6
  store ptr null, ptr %7, align 8, !tbaa !11
  %15 = getelementptr inbounds i8, ptr %7, i64 8
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !20

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !19
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !13
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #17
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4RectD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !5
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !22
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !24
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %3, double noundef %5)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !5
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !22
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !24
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %3, double noundef %5)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !22
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !24
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK4Rect4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 {
  ret ptr @.str.11
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef ptr @_ZNK4Rect5cloneEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  %2 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #16
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %2, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %4, i64 16, i1 false)
  ret ptr %2
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 {
  tail call void @llvm.trap() #18
  unreachable
}

declare void @__cxa_pure_virtual() unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK5Shape4nameEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 {
  ret ptr @.str.9
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #8

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load double, ptr %3, align 8, !tbaa !22
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load double, ptr %5, align 8, !tbaa !24
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %4, double noundef %6)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load double, ptr %3, align 8, !tbaa !22
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load double, ptr %5, align 8, !tbaa !24
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %4, double noundef %6)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Square4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 {
  ret ptr @.str.13
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Square5cloneEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 comdat align 2 {
  %2 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #16
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %4, i64 16, i1 false)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Square, i64 16), ptr %2, align 8, !tbaa !5
  ret ptr %2
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #10 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !5
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !16
  %4 = fmul double %3, 3.000000e+00
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Circle5cloneEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #7 comdat align 2 {
  %2 = tail call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #16
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Circle, i64 16), ptr %2, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load double, ptr %4, align 8, !tbaa !16
  store double %5, ptr %3, align 8, !tbaa !16
  ret ptr %2
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP4RectEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !15
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !11
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #19
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = ptrtoint ptr %1 to i64
  %23 = sub i64 %22, %11
  %24 = ashr exact i64 %23, 3
  %25 = icmp eq i64 %21, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %15
  %27 = shl nuw nsw i64 %21, 3
  %28 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %27) #16
  br label %29

29:                                               ; preds = %15, %26
  %30 = phi ptr [ %28, %26 ], [ null, %15 ]
  %31 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %24
  %32 = load ptr, ptr %2, align 8, !tbaa !11
  store ptr %32, ptr %31, align 8, !tbaa !11
  %33 = icmp eq ptr %8, %1
  br i1 %33, label %81, label %34

34:                                               ; preds = %29
  %35 = add i64 %4, -8
  %36 = sub i64 %35, %9
  %37 = lshr i64 %36, 3
  %38 = add nuw nsw i64 %37, 1
  %39 = icmp ult i64 %36, 152
  br i1 %39, label %71, label %40

40:                                               ; preds = %34
  %41 = add i64 %4, -8
  %42 = sub i64 %41, %9
  %43 = and i64 %42, -8
  %44 = add i64 %43, 8
  %45 = getelementptr i8, ptr %30, i64 %44
  %46 = getelementptr i8, ptr %8, i64 %44
  %47 = icmp ult ptr %30, %46
  %48 = icmp ult ptr %8, %45
  %49 = and i1 %47, %48
  br i1 %49, label %71, label %50

50:                                               ; preds = %40
  %51 = and i64 %38, 4611686018427387900
  %52 = shl i64 %51, 3
  %53 = getelementptr i8, ptr %30, i64 %52
  %54 = shl i64 %51, 3
  %55 = getelementptr i8, ptr %8, i64 %54
  br label %56

56:                                               ; preds = %56, %50
  %57 = phi i64 [ 0, %50 ], [ %67, %56 ]
  %58 = shl i64 %57, 3
  %59 = getelementptr i8, ptr %30, i64 %58
  %60 = shl i64 %57, 3
  %61 = getelementptr i8, ptr %8, i64 %60
  tail call void @llvm.experimental.noalias.scope.decl(metadata !25)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !28)
  %62 = getelementptr i8, ptr %61, i64 16
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !11, !alias.scope !30, !noalias !25
  %64 = load <2 x i64>, ptr %62, align 8, !tbaa !11, !alias.scope !30, !noalias !25
  %65 = getelementptr i8, ptr %59, i64 16
  store <2 x i64> %63, ptr %59, align 8, !tbaa !11, !alias.scope !33, !noalias !30
  store <2 x i64> %64, ptr %65, align 8, !tbaa !11, !alias.scope !33, !noalias !30
  %66 = getelementptr i8, ptr %61, i64 16
  store <2 x ptr> zeroinitializer, ptr %61, align 8, !tbaa !11, !alias.scope !30, !noalias !25
  store <2 x ptr> zeroinitializer, ptr %66, align 8, !tbaa !11, !alias.scope !30, !noalias !25
  %67 = add nuw i64 %57, 4
  %68 = icmp eq i64 %67, %51
  br i1 %68, label %69, label %56, !llvm.loop !35

69:                                               ; preds = %56
  %70 = icmp eq i64 %38, %51
  br i1 %70, label %81, label %71

71:                                               ; preds = %69, %40, %34
  %72 = phi ptr [ %30, %40 ], [ %30, %34 ], [ %53, %69 ]
  %73 = phi ptr [ %8, %40 ], [ %8, %34 ], [ %55, %69 ]
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi ptr [ %79, %74 ], [ %72, %71 ]
  %76 = phi ptr [ %78, %74 ], [ %73, %71 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !25)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !28)
  %77 = load i64, ptr %76, align 8, !tbaa !11, !alias.scope !28, !noalias !25
  store i64 %77, ptr %75, align 8, !tbaa !11, !alias.scope !25, !noalias !28
  store ptr null, ptr %76, align 8, !tbaa !11, !alias.scope !28, !noalias !25
  %78 = getelementptr inbounds i8, ptr %76, i64 8
  %79 = getelementptr inbounds i8, ptr %75, i64 8
  %80 = icmp eq ptr %78, %1
  br i1 %80, label %81, label %74, !llvm.loop !38

81:                                               ; preds = %74, %69, %29
  %82 = phi ptr [ %30, %29 ], [ %53, %69 ], [ %79, %74 ]
  %83 = getelementptr i8, ptr %82, i64 8
  %84 = icmp eq ptr %6, %1
  br i1 %84, label %132, label %85

85:                                               ; preds = %81
  %86 = add i64 %7, -8
  %87 = sub i64 %86, %4
  %88 = lshr i64 %87, 3
  %89 = add nuw nsw i64 %88, 1
  %90 = icmp ult i64 %87, 184
  br i1 %90, label %122, label %91

91:                                               ; preds = %85
  %92 = add i64 %7, -8
  %93 = sub i64 %92, %4
  %94 = and i64 %93, -8
  %95 = add i64 %94, 16
  %96 = getelementptr i8, ptr %82, i64 %95
  %97 = getelementptr i8, ptr %1, i64 %94
  %98 = icmp ult ptr %82, %97
  %99 = icmp ugt ptr %96, %1
  %100 = and i1 %98, %99
  br i1 %100, label %122, label %101

101:                                              ; preds = %91
  %102 = and i64 %89, 4611686018427387900
  %103 = shl i64 %102, 3
  %104 = getelementptr i8, ptr %83, i64 %103
  %105 = shl i64 %102, 3
  %106 = getelementptr i8, ptr %1, i64 %105
  br label %107

107:                                              ; preds = %107, %101
  %108 = phi i64 [ 0, %101 ], [ %118, %107 ]
  %109 = shl i64 %108, 3
  %110 = getelementptr i8, ptr %83, i64 %109
  %111 = shl i64 %108, 3
  %112 = getelementptr i8, ptr %1, i64 %111
  tail call void @llvm.experimental.noalias.scope.decl(metadata !39)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !42)
  %113 = getelementptr i8, ptr %112, i64 16
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !11, !alias.scope !44, !noalias !39
  %115 = load <2 x i64>, ptr %113, align 8, !tbaa !11, !alias.scope !44, !noalias !39
  %116 = getelementptr i8, ptr %110, i64 16
  store <2 x i64> %114, ptr %110, align 8, !tbaa !11, !alias.scope !47, !noalias !44
  store <2 x i64> %115, ptr %116, align 8, !tbaa !11, !alias.scope !47, !noalias !44
  %117 = getelementptr i8, ptr %112, i64 16
  store <2 x ptr> zeroinitializer, ptr %112, align 8, !tbaa !11, !alias.scope !44, !noalias !39
  store <2 x ptr> zeroinitializer, ptr %117, align 8, !tbaa !11, !alias.scope !44, !noalias !39
  %118 = add nuw i64 %108, 4
  %119 = icmp eq i64 %118, %102
  br i1 %119, label %120, label %107, !llvm.loop !49

120:                                              ; preds = %107
  %121 = icmp eq i64 %89, %102
  br i1 %121, label %132, label %122

122:                                              ; preds = %120, %91, %85
  %123 = phi ptr [ %83, %91 ], [ %83, %85 ], [ %104, %120 ]
  %124 = phi ptr [ %1, %91 ], [ %1, %85 ], [ %106, %120 ]
  br label %125

125:                                              ; preds = %122, %125
  %126 = phi ptr [ %130, %125 ], [ %123, %122 ]
  %127 = phi ptr [ %129, %125 ], [ %124, %122 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !39)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !42)
  %128 = load i64, ptr %127, align 8, !tbaa !11, !alias.scope !42, !noalias !39
  store i64 %128, ptr %126, align 8, !tbaa !11, !alias.scope !39, !noalias !42
  store ptr null, ptr %127, align 8, !tbaa !11, !alias.scope !42, !noalias !39
  %129 = getelementptr inbounds i8, ptr %127, i64 8
  %130 = getelementptr inbounds i8, ptr %126, i64 8
  %131 = icmp eq ptr %129, %6
  br i1 %131, label %132, label %125, !llvm.loop !50

132:                                              ; preds = %125, %120, %81
  %133 = phi ptr [ %83, %81 ], [ %104, %120 ], [ %130, %125 ]
  %134 = getelementptr inbounds i8, ptr %0, i64 16
  %135 = icmp eq ptr %8, null
  br i1 %135, label %140, label %136

136:                                              ; preds = %132
  %137 = load ptr, ptr %134, align 8, !tbaa !13
  %138 = ptrtoint ptr %137 to i64
  %139 = sub i64 %138, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %139) #17
  br label %140

140:                                              ; preds = %132, %136
  store ptr %30, ptr %0, align 8, !tbaa !19
  store ptr %133, ptr %5, align 8, !tbaa !15
  %141 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %21
  store ptr %141, ptr %134, align 8, !tbaa !13
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #11

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6SquareEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !15
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !11
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #19
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = ptrtoint ptr %1 to i64
  %23 = sub i64 %22, %11
  %24 = ashr exact i64 %23, 3
  %25 = icmp eq i64 %21, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %15
  %27 = shl nuw nsw i64 %21, 3
  %28 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %27) #16
  br label %29

29:                                               ; preds = %15, %26
  %30 = phi ptr [ %28, %26 ], [ null, %15 ]
  %31 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %24
  %32 = load ptr, ptr %2, align 8, !tbaa !11
  store ptr %32, ptr %31, align 8, !tbaa !11
  %33 = icmp eq ptr %8, %1
  br i1 %33, label %81, label %34

34:                                               ; preds = %29
  %35 = add i64 %4, -8
  %36 = sub i64 %35, %9
  %37 = lshr i64 %36, 3
  %38 = add nuw nsw i64 %37, 1
  %39 = icmp ult i64 %36, 152
  br i1 %39, label %71, label %40

40:                                               ; preds = %34
  %41 = add i64 %4, -8
  %42 = sub i64 %41, %9
  %43 = and i64 %42, -8
  %44 = add i64 %43, 8
  %45 = getelementptr i8, ptr %30, i64 %44
  %46 = getelementptr i8, ptr %8, i64 %44
  %47 = icmp ult ptr %30, %46
  %48 = icmp ult ptr %8, %45
  %49 = and i1 %47, %48
  br i1 %49, label %71, label %50

50:                                               ; preds = %40
  %51 = and i64 %38, 4611686018427387900
  %52 = shl i64 %51, 3
  %53 = getelementptr i8, ptr %30, i64 %52
  %54 = shl i64 %51, 3
  %55 = getelementptr i8, ptr %8, i64 %54
  br label %56

56:                                               ; preds = %56, %50
  %57 = phi i64 [ 0, %50 ], [ %67, %56 ]
  %58 = shl i64 %57, 3
  %59 = getelementptr i8, ptr %30, i64 %58
  %60 = shl i64 %57, 3
  %61 = getelementptr i8, ptr %8, i64 %60
  tail call void @llvm.experimental.noalias.scope.decl(metadata !51)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !54)
  %62 = getelementptr i8, ptr %61, i64 16
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !11, !alias.scope !56, !noalias !51
  %64 = load <2 x i64>, ptr %62, align 8, !tbaa !11, !alias.scope !56, !noalias !51
  %65 = getelementptr i8, ptr %59, i64 16
  store <2 x i64> %63, ptr %59, align 8, !tbaa !11, !alias.scope !59, !noalias !56
  store <2 x i64> %64, ptr %65, align 8, !tbaa !11, !alias.scope !59, !noalias !56
  %66 = getelementptr i8, ptr %61, i64 16
  store <2 x ptr> zeroinitializer, ptr %61, align 8, !tbaa !11, !alias.scope !56, !noalias !51
  store <2 x ptr> zeroinitializer, ptr %66, align 8, !tbaa !11, !alias.scope !56, !noalias !51
  %67 = add nuw i64 %57, 4
  %68 = icmp eq i64 %67, %51
  br i1 %68, label %69, label %56, !llvm.loop !61

69:                                               ; preds = %56
  %70 = icmp eq i64 %38, %51
  br i1 %70, label %81, label %71

71:                                               ; preds = %69, %40, %34
  %72 = phi ptr [ %30, %40 ], [ %30, %34 ], [ %53, %69 ]
  %73 = phi ptr [ %8, %40 ], [ %8, %34 ], [ %55, %69 ]
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi ptr [ %79, %74 ], [ %72, %71 ]
  %76 = phi ptr [ %78, %74 ], [ %73, %71 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !51)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !54)
  %77 = load i64, ptr %76, align 8, !tbaa !11, !alias.scope !54, !noalias !51
  store i64 %77, ptr %75, align 8, !tbaa !11, !alias.scope !51, !noalias !54
  store ptr null, ptr %76, align 8, !tbaa !11, !alias.scope !54, !noalias !51
  %78 = getelementptr inbounds i8, ptr %76, i64 8
  %79 = getelementptr inbounds i8, ptr %75, i64 8
  %80 = icmp eq ptr %78, %1
  br i1 %80, label %81, label %74, !llvm.loop !62

81:                                               ; preds = %74, %69, %29
  %82 = phi ptr [ %30, %29 ], [ %53, %69 ], [ %79, %74 ]
  %83 = getelementptr i8, ptr %82, i64 8
  %84 = icmp eq ptr %6, %1
  br i1 %84, label %132, label %85

85:                                               ; preds = %81
  %86 = add i64 %7, -8
  %87 = sub i64 %86, %4
  %88 = lshr i64 %87, 3
  %89 = add nuw nsw i64 %88, 1
  %90 = icmp ult i64 %87, 184
  br i1 %90, label %122, label %91

91:                                               ; preds = %85
  %92 = add i64 %7, -8
  %93 = sub i64 %92, %4
  %94 = and i64 %93, -8
  %95 = add i64 %94, 16
  %96 = getelementptr i8, ptr %82, i64 %95
  %97 = getelementptr i8, ptr %1, i64 %94
  %98 = icmp ult ptr %82, %97
  %99 = icmp ugt ptr %96, %1
  %100 = and i1 %98, %99
  br i1 %100, label %122, label %101

101:                                              ; preds = %91
  %102 = and i64 %89, 4611686018427387900
  %103 = shl i64 %102, 3
  %104 = getelementptr i8, ptr %83, i64 %103
  %105 = shl i64 %102, 3
  %106 = getelementptr i8, ptr %1, i64 %105
  br label %107

107:                                              ; preds = %107, %101
  %108 = phi i64 [ 0, %101 ], [ %118, %107 ]
  %109 = shl i64 %108, 3
  %110 = getelementptr i8, ptr %83, i64 %109
  %111 = shl i64 %108, 3
  %112 = getelementptr i8, ptr %1, i64 %111
  tail call void @llvm.experimental.noalias.scope.decl(metadata !63)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !66)
  %113 = getelementptr i8, ptr %112, i64 16
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !11, !alias.scope !68, !noalias !63
  %115 = load <2 x i64>, ptr %113, align 8, !tbaa !11, !alias.scope !68, !noalias !63
  %116 = getelementptr i8, ptr %110, i64 16
  store <2 x i64> %114, ptr %110, align 8, !tbaa !11, !alias.scope !71, !noalias !68
  store <2 x i64> %115, ptr %116, align 8, !tbaa !11, !alias.scope !71, !noalias !68
  %117 = getelementptr i8, ptr %112, i64 16
  store <2 x ptr> zeroinitializer, ptr %112, align 8, !tbaa !11, !alias.scope !68, !noalias !63
  store <2 x ptr> zeroinitializer, ptr %117, align 8, !tbaa !11, !alias.scope !68, !noalias !63
  %118 = add nuw i64 %108, 4
  %119 = icmp eq i64 %118, %102
  br i1 %119, label %120, label %107, !llvm.loop !73

120:                                              ; preds = %107
  %121 = icmp eq i64 %89, %102
  br i1 %121, label %132, label %122

122:                                              ; preds = %120, %91, %85
  %123 = phi ptr [ %83, %91 ], [ %83, %85 ], [ %104, %120 ]
  %124 = phi ptr [ %1, %91 ], [ %1, %85 ], [ %106, %120 ]
  br label %125

125:                                              ; preds = %122, %125
  %126 = phi ptr [ %130, %125 ], [ %123, %122 ]
  %127 = phi ptr [ %129, %125 ], [ %124, %122 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !63)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !66)
  %128 = load i64, ptr %127, align 8, !tbaa !11, !alias.scope !66, !noalias !63
  store i64 %128, ptr %126, align 8, !tbaa !11, !alias.scope !63, !noalias !66
  store ptr null, ptr %127, align 8, !tbaa !11, !alias.scope !66, !noalias !63
  %129 = getelementptr inbounds i8, ptr %127, i64 8
  %130 = getelementptr inbounds i8, ptr %126, i64 8
  %131 = icmp eq ptr %129, %6
  br i1 %131, label %132, label %125, !llvm.loop !74

132:                                              ; preds = %125, %120, %81
  %133 = phi ptr [ %83, %81 ], [ %104, %120 ], [ %130, %125 ]
  %134 = getelementptr inbounds i8, ptr %0, i64 16
  %135 = icmp eq ptr %8, null
  br i1 %135, label %140, label %136

136:                                              ; preds = %132
  %137 = load ptr, ptr %134, align 8, !tbaa !13
  %138 = ptrtoint ptr %137 to i64
  %139 = sub i64 %138, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %139) #17
  br label %140

140:                                              ; preds = %132, %136
  store ptr %30, ptr %0, align 8, !tbaa !19
  store ptr %133, ptr %5, align 8, !tbaa !15
  %141 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %21
  store ptr %141, ptr %134, align 8, !tbaa !13
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6CircleEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !15
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !11
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #19
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = ptrtoint ptr %1 to i64
  %23 = sub i64 %22, %11
  %24 = ashr exact i64 %23, 3
  %25 = icmp eq i64 %21, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %15
  %27 = shl nuw nsw i64 %21, 3
  %28 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %27) #16
  br label %29

29:                                               ; preds = %15, %26
  %30 = phi ptr [ %28, %26 ], [ null, %15 ]
  %31 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %24
  %32 = load ptr, ptr %2, align 8, !tbaa !11
  store ptr %32, ptr %31, align 8, !tbaa !11
  %33 = icmp eq ptr %8, %1
  br i1 %33, label %81, label %34

34:                                               ; preds = %29
  %35 = add i64 %4, -8
  %36 = sub i64 %35, %9
  %37 = lshr i64 %36, 3
  %38 = add nuw nsw i64 %37, 1
  %39 = icmp ult i64 %36, 152
  br i1 %39, label %71, label %40

40:                                               ; preds = %34
  %41 = add i64 %4, -8
  %42 = sub i64 %41, %9
  %43 = and i64 %42, -8
  %44 = add i64 %43, 8
  %45 = getelementptr i8, ptr %30, i64 %44
  %46 = getelementptr i8, ptr %8, i64 %44
  %47 = icmp ult ptr %30, %46
  %48 = icmp ult ptr %8, %45
  %49 = and i1 %47, %48
  br i1 %49, label %71, label %50

50:                                               ; preds = %40
  %51 = and i64 %38, 4611686018427387900
  %52 = shl i64 %51, 3
  %53 = getelementptr i8, ptr %30, i64 %52
  %54 = shl i64 %51, 3
  %55 = getelementptr i8, ptr %8, i64 %54
  br label %56

56:                                               ; preds = %56, %50
  %57 = phi i64 [ 0, %50 ], [ %67, %56 ]
  %58 = shl i64 %57, 3
  %59 = getelementptr i8, ptr %30, i64 %58
  %60 = shl i64 %57, 3
  %61 = getelementptr i8, ptr %8, i64 %60
  tail call void @llvm.experimental.noalias.scope.decl(metadata !75)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !78)
  %62 = getelementptr i8, ptr %61, i64 16
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !11, !alias.scope !80, !noalias !75
  %64 = load <2 x i64>, ptr %62, align 8, !tbaa !11, !alias.scope !80, !noalias !75
  %65 = getelementptr i8, ptr %59, i64 16
  store <2 x i64> %63, ptr %59, align 8, !tbaa !11, !alias.scope !83, !noalias !80
  store <2 x i64> %64, ptr %65, align 8, !tbaa !11, !alias.scope !83, !noalias !80
  %66 = getelementptr i8, ptr %61, i64 16
  store <2 x ptr> zeroinitializer, ptr %61, align 8, !tbaa !11, !alias.scope !80, !noalias !75
  store <2 x ptr> zeroinitializer, ptr %66, align 8, !tbaa !11, !alias.scope !80, !noalias !75
  %67 = add nuw i64 %57, 4
  %68 = icmp eq i64 %67, %51
  br i1 %68, label %69, label %56, !llvm.loop !85

69:                                               ; preds = %56
  %70 = icmp eq i64 %38, %51
  br i1 %70, label %81, label %71

71:                                               ; preds = %69, %40, %34
  %72 = phi ptr [ %30, %40 ], [ %30, %34 ], [ %53, %69 ]
  %73 = phi ptr [ %8, %40 ], [ %8, %34 ], [ %55, %69 ]
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi ptr [ %79, %74 ], [ %72, %71 ]
  %76 = phi ptr [ %78, %74 ], [ %73, %71 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !75)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !78)
  %77 = load i64, ptr %76, align 8, !tbaa !11, !alias.scope !78, !noalias !75
  store i64 %77, ptr %75, align 8, !tbaa !11, !alias.scope !75, !noalias !78
  store ptr null, ptr %76, align 8, !tbaa !11, !alias.scope !78, !noalias !75
  %78 = getelementptr inbounds i8, ptr %76, i64 8
  %79 = getelementptr inbounds i8, ptr %75, i64 8
  %80 = icmp eq ptr %78, %1
  br i1 %80, label %81, label %74, !llvm.loop !86

81:                                               ; preds = %74, %69, %29
  %82 = phi ptr [ %30, %29 ], [ %53, %69 ], [ %79, %74 ]
  %83 = getelementptr i8, ptr %82, i64 8
  %84 = icmp eq ptr %6, %1
  br i1 %84, label %132, label %85

85:                                               ; preds = %81
  %86 = add i64 %7, -8
  %87 = sub i64 %86, %4
  %88 = lshr i64 %87, 3
  %89 = add nuw nsw i64 %88, 1
  %90 = icmp ult i64 %87, 184
  br i1 %90, label %122, label %91

91:                                               ; preds = %85
  %92 = add i64 %7, -8
  %93 = sub i64 %92, %4
  %94 = and i64 %93, -8
  %95 = add i64 %94, 16
  %96 = getelementptr i8, ptr %82, i64 %95
  %97 = getelementptr i8, ptr %1, i64 %94
  %98 = icmp ult ptr %82, %97
  %99 = icmp ugt ptr %96, %1
  %100 = and i1 %98, %99
  br i1 %100, label %122, label %101

101:                                              ; preds = %91
  %102 = and i64 %89, 4611686018427387900
  %103 = shl i64 %102, 3
  %104 = getelementptr i8, ptr %83, i64 %103
  %105 = shl i64 %102, 3
  %106 = getelementptr i8, ptr %1, i64 %105
  br label %107

107:                                              ; preds = %107, %101
  %108 = phi i64 [ 0, %101 ], [ %118, %107 ]
  %109 = shl i64 %108, 3
  %110 = getelementptr i8, ptr %83, i64 %109
  %111 = shl i64 %108, 3
  %112 = getelementptr i8, ptr %1, i64 %111
  tail call void @llvm.experimental.noalias.scope.decl(metadata !87)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !90)
  %113 = getelementptr i8, ptr %112, i64 16
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !11, !alias.scope !92, !noalias !87
  %115 = load <2 x i64>, ptr %113, align 8, !tbaa !11, !alias.scope !92, !noalias !87
  %116 = getelementptr i8, ptr %110, i64 16
  store <2 x i64> %114, ptr %110, align 8, !tbaa !11, !alias.scope !95, !noalias !92
  store <2 x i64> %115, ptr %116, align 8, !tbaa !11, !alias.scope !95, !noalias !92
  %117 = getelementptr i8, ptr %112, i64 16
  store <2 x ptr> zeroinitializer, ptr %112, align 8, !tbaa !11, !alias.scope !92, !noalias !87
  store <2 x ptr> zeroinitializer, ptr %117, align 8, !tbaa !11, !alias.scope !92, !noalias !87
  %118 = add nuw i64 %108, 4
  %119 = icmp eq i64 %118, %102
  br i1 %119, label %120, label %107, !llvm.loop !97

120:                                              ; preds = %107
  %121 = icmp eq i64 %89, %102
  br i1 %121, label %132, label %122

122:                                              ; preds = %120, %91, %85
  %123 = phi ptr [ %83, %91 ], [ %83, %85 ], [ %104, %120 ]
  %124 = phi ptr [ %1, %91 ], [ %1, %85 ], [ %106, %120 ]
  br label %125

125:                                              ; preds = %122, %125
  %126 = phi ptr [ %130, %125 ], [ %123, %122 ]
  %127 = phi ptr [ %129, %125 ], [ %124, %122 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !87)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !90)
  %128 = load i64, ptr %127, align 8, !tbaa !11, !alias.scope !90, !noalias !87
  store i64 %128, ptr %126, align 8, !tbaa !11, !alias.scope !87, !noalias !90
  store ptr null, ptr %127, align 8, !tbaa !11, !alias.scope !90, !noalias !87
  %129 = getelementptr inbounds i8, ptr %127, i64 8
  %130 = getelementptr inbounds i8, ptr %126, i64 8
  %131 = icmp eq ptr %129, %6
  br i1 %131, label %132, label %125, !llvm.loop !98

132:                                              ; preds = %125, %120, %81
  %133 = phi ptr [ %83, %81 ], [ %104, %120 ], [ %130, %125 ]
  %134 = getelementptr inbounds i8, ptr %0, i64 16
  %135 = icmp eq ptr %8, null
  br i1 %135, label %140, label %136

136:                                              ; preds = %132
  %137 = load ptr, ptr %134, align 8, !tbaa !13
  %138 = ptrtoint ptr %137 to i64
  %139 = sub i64 %138, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %139) #17
  br label %140

140:                                              ; preds = %132, %136
  store ptr %30, ptr %0, align 8, !tbaa !19
  store ptr %133, ptr %5, align 8, !tbaa !15
  %141 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %21
  store ptr %141, ptr %134, align 8, !tbaa !13
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #12

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #13

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #13

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #14

attributes #0 = { norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nofree nounwind }
attributes #13 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #15 = { nounwind }
attributes #16 = { builtin allocsize(0) }
attributes #17 = { builtin nounwind }
attributes #18 = { noreturn nounwind }
attributes #19 = { noreturn }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"vtable pointer", !7, i64 0}
!7 = !{!"Simple C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !10, i64 0}
!10 = !{!"omnipotent char", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !10, i64 0}
!13 = !{!14, !12, i64 16}
!14 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_Vector_impl_dataE", !12, i64 0, !12, i64 8, !12, i64 16}
!15 = !{!14, !12, i64 8}
!16 = !{!17, !9, i64 8}
!17 = !{!"_ZTS6Circle", !18, i64 0, !9, i64 8}
!18 = !{!"_ZTS5Shape"}
!19 = !{!14, !12, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = !{!23, !9, i64 8}
!23 = !{!"_ZTS4Rect", !18, i64 0, !9, i64 8, !9, i64 16}
!24 = !{!23, !9, i64 16}
!25 = !{!26}
!26 = distinct !{!26, !27, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!27 = distinct !{!27, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!28 = !{!29}
!29 = distinct !{!29, !27, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!30 = !{!29, !31}
!31 = distinct !{!31, !32}
!32 = distinct !{!32, !"LVerDomain"}
!33 = !{!26, !34}
!34 = distinct !{!34, !32}
!35 = distinct !{!35, !21, !36, !37}
!36 = !{!"llvm.loop.isvectorized", i32 1}
!37 = !{!"llvm.loop.unroll.runtime.disable"}
!38 = distinct !{!38, !21, !36}
!39 = !{!40}
!40 = distinct !{!40, !41, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!41 = distinct !{!41, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!42 = !{!43}
!43 = distinct !{!43, !41, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!44 = !{!43, !45}
!45 = distinct !{!45, !46}
!46 = distinct !{!46, !"LVerDomain"}
!47 = !{!40, !48}
!48 = distinct !{!48, !46}
!49 = distinct !{!49, !21, !36, !37}
!50 = distinct !{!50, !21, !36}
!51 = !{!52}
!52 = distinct !{!52, !53, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!53 = distinct !{!53, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!54 = !{!55}
!55 = distinct !{!55, !53, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!56 = !{!55, !57}
!57 = distinct !{!57, !58}
!58 = distinct !{!58, !"LVerDomain"}
!59 = !{!52, !60}
!60 = distinct !{!60, !58}
!61 = distinct !{!61, !21, !36, !37}
!62 = distinct !{!62, !21, !36}
!63 = !{!64}
!64 = distinct !{!64, !65, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!65 = distinct !{!65, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!66 = !{!67}
!67 = distinct !{!67, !65, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!68 = !{!67, !69}
!69 = distinct !{!69, !70}
!70 = distinct !{!70, !"LVerDomain"}
!71 = !{!64, !72}
!72 = distinct !{!72, !70}
!73 = distinct !{!73, !21, !36, !37}
!74 = distinct !{!74, !21, !36}
!75 = !{!76}
!76 = distinct !{!76, !77, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!77 = distinct !{!77, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!78 = !{!79}
!79 = distinct !{!79, !77, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!80 = !{!79, !81}
!81 = distinct !{!81, !82}
!82 = distinct !{!82, !"LVerDomain"}
!83 = !{!76, !84}
!84 = distinct !{!84, !82}
!85 = distinct !{!85, !21, !36, !37}
!86 = distinct !{!86, !21, !36}
!87 = !{!88}
!88 = distinct !{!88, !89, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!89 = distinct !{!89, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!90 = !{!91}
!91 = distinct !{!91, !89, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!92 = !{!91, !93}
!93 = distinct !{!93, !94}
!94 = distinct !{!94, !"LVerDomain"}
!95 = !{!88, !96}
!96 = distinct !{!96, !94}
!97 = distinct !{!97, !21, !36, !37}
!98 = distinct !{!98, !21, !36}
