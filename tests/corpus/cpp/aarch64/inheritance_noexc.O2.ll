; ModuleID = 'inheritance.cpp'
source_filename = "inheritance.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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

; Function Attrs: norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %"class.std::vector", align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #14
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #14
  %5 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %5, align 8, !tbaa !6
  %6 = getelementptr inbounds i8, ptr %5, i64 8
  store <2 x double> <double 2.000000e+00, double 3.000000e+00>, ptr %6, align 8, !tbaa !9
  store ptr %5, ptr %2, align 8, !tbaa !12
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  %8 = getelementptr inbounds i8, ptr %1, i64 16
  call void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP4RectEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, i64 0, ptr noundef nonnull align 8 dereferenceable(8) %2)
  %9 = load ptr, ptr %7, align 8, !tbaa !12
  %10 = load ptr, ptr %8, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #14
  %11 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  store <2 x double> <double 4.000000e+00, double 4.000000e+00>, ptr %12, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Square, i64 16), ptr %11, align 8, !tbaa !6
  store ptr %11, ptr %3, align 8, !tbaa !12
  %13 = icmp eq ptr %9, %10
  br i1 %13, label %17, label %14

14:                                               ; preds = %0
  store ptr %11, ptr %9, align 8, !tbaa !12
  %15 = load ptr, ptr %7, align 8, !tbaa !16
  %16 = getelementptr inbounds i8, ptr %15, i64 8
  store ptr %16, ptr %7, align 8, !tbaa !16
  br label %20

17:                                               ; preds = %0
  %18 = ptrtoint ptr %9 to i64
  call void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6SquareEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, i64 %18, ptr noundef nonnull align 8 dereferenceable(8) %3)
  %19 = load ptr, ptr %7, align 8, !tbaa !12
  br label %20

20:                                               ; preds = %14, %17
  %21 = phi ptr [ %16, %14 ], [ %19, %17 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #14
  %22 = call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #15
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Circle, i64 16), ptr %22, align 8, !tbaa !6
  %23 = getelementptr inbounds i8, ptr %22, i64 8
  store double 1.500000e+00, ptr %23, align 8, !tbaa !17
  store ptr %22, ptr %4, align 8, !tbaa !12
  %24 = load ptr, ptr %8, align 8, !tbaa !14
  %25 = icmp eq ptr %21, %24
  br i1 %25, label %29, label %26

26:                                               ; preds = %20
  store ptr %22, ptr %21, align 8, !tbaa !12
  %27 = load ptr, ptr %7, align 8, !tbaa !16
  %28 = getelementptr inbounds i8, ptr %27, i64 8
  store ptr %28, ptr %7, align 8, !tbaa !16
  br label %32

29:                                               ; preds = %20
  %30 = ptrtoint ptr %21 to i64
  call void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6CircleEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %1, i64 %30, ptr noundef nonnull align 8 dereferenceable(8) %4)
  %31 = load ptr, ptr %7, align 8, !tbaa !12
  br label %32

32:                                               ; preds = %26, %29
  %33 = phi ptr [ %28, %26 ], [ %31, %29 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #14
  %34 = load ptr, ptr %1, align 8, !tbaa !12
  %35 = icmp eq ptr %34, %33
  br i1 %35, label %36, label %73

36:                                               ; preds = %73, %32
  %37 = phi double [ 0.000000e+00, %32 ], [ %92, %73 ]
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, double noundef %37)
  %39 = load ptr, ptr %1, align 8, !tbaa !20
  %40 = getelementptr inbounds i8, ptr %39, i64 8
  %41 = load ptr, ptr %40, align 8, !tbaa !12
  %42 = load ptr, ptr %41, align 8, !tbaa !6
  %43 = getelementptr inbounds i8, ptr %42, i64 32
  %44 = load ptr, ptr %43, align 8
  %45 = call noundef ptr %44(ptr noundef nonnull align 8 dereferenceable(8) %41) #14
  %46 = load ptr, ptr %45, align 8, !tbaa !6
  %47 = getelementptr inbounds i8, ptr %46, i64 24
  %48 = load ptr, ptr %47, align 8
  %49 = call noundef ptr %48(ptr noundef nonnull align 8 dereferenceable(8) %45) #14
  %50 = load ptr, ptr %45, align 8, !tbaa !6
  %51 = getelementptr inbounds i8, ptr %50, i64 16
  %52 = load ptr, ptr %51, align 8
  %53 = call noundef double %52(ptr noundef nonnull align 8 dereferenceable(8) %45) #14
  %54 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %49, double noundef %53)
  %55 = load ptr, ptr %45, align 8, !tbaa !6
  %56 = getelementptr inbounds i8, ptr %55, i64 8
  %57 = load ptr, ptr %56, align 8
  call void %57(ptr noundef nonnull align 8 dereferenceable(8) %45) #14
  %58 = load ptr, ptr %1, align 8, !tbaa !20
  %59 = load ptr, ptr %7, align 8, !tbaa !16
  %60 = icmp eq ptr %59, %58
  br i1 %60, label %117, label %61

61:                                               ; preds = %36, %69
  %62 = phi ptr [ %70, %69 ], [ %58, %36 ]
  %63 = load ptr, ptr %62, align 8, !tbaa !12
  %64 = icmp eq ptr %63, null
  br i1 %64, label %69, label %65

65:                                               ; preds = %61
  %66 = load ptr, ptr %63, align 8, !tbaa !6
  %67 = getelementptr inbounds i8, ptr %66, i64 8
  %68 = load ptr, ptr %67, align 8
  call void %68(ptr noundef nonnull align 8 dereferenceable(8) %63) #14
  br label %69

69:                                               ; preds = %65, %61
  store ptr null, ptr %62, align 8, !tbaa !12
  %70 = getelementptr inbounds i8, ptr %62, i64 8
  %71 = icmp eq ptr %70, %59
  br i1 %71, label %72, label %61, !llvm.loop !21

72:                                               ; preds = %69
  store ptr %58, ptr %7, align 8, !tbaa !16
  br label %117

73:                                               ; preds = %32, %73
  %74 = phi double [ %92, %73 ], [ 0.000000e+00, %32 ]
  %75 = phi ptr [ %93, %73 ], [ %34, %32 ]
  %76 = load ptr, ptr %75, align 8, !tbaa !12
  %77 = load ptr, ptr %76, align 8, !tbaa !6
  %78 = getelementptr inbounds i8, ptr %77, i64 24
  %79 = load ptr, ptr %78, align 8
  %80 = call noundef ptr %79(ptr noundef nonnull align 8 dereferenceable(8) %76) #14
  %81 = load ptr, ptr %75, align 8, !tbaa !12
  %82 = load ptr, ptr %81, align 8, !tbaa !6
  %83 = getelementptr inbounds i8, ptr %82, i64 16
  %84 = load ptr, ptr %83, align 8
  %85 = call noundef double %84(ptr noundef nonnull align 8 dereferenceable(8) %81) #14
  %86 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %80, double noundef %85)
  %87 = load ptr, ptr %75, align 8, !tbaa !12
  %88 = load ptr, ptr %87, align 8, !tbaa !6
  %89 = getelementptr inbounds i8, ptr %88, i64 16
  %90 = load ptr, ptr %89, align 8
  %91 = call noundef double %90(ptr noundef nonnull align 8 dereferenceable(8) %87) #14
  %92 = fadd double %74, %91
  %93 = getelementptr inbounds i8, ptr %75, i64 8
  %94 = icmp eq ptr %93, %33
  br i1 %94, label %36, label %73

95:                                               ; preds = %117, %103
  %96 = phi ptr [ %104, %103 ], [ %127, %117 ]
  %97 = load ptr, ptr %96, align 8, !tbaa !12
  %98 = icmp eq ptr %97, null
  br i1 %98, label %103, label %99

99:                                               ; preds = %95
  %100 = load ptr, ptr %97, align 8, !tbaa !6
  %101 = getelementptr inbounds i8, ptr %100, i64 8
  %102 = load ptr, ptr %101, align 8
  call void %102(ptr noundef nonnull align 8 dereferenceable(8) %97) #14
  br label %103

103:                                              ; preds = %99, %95
  store ptr null, ptr %96, align 8, !tbaa !12
  %104 = getelementptr inbounds i8, ptr %96, i64 8
  %105 = icmp eq ptr %104, %128
  br i1 %105, label %106, label %95, !llvm.loop !21

106:                                              ; preds = %103
  %107 = load ptr, ptr %1, align 8, !tbaa !20
  br label %108

108:                                              ; preds = %106, %117
  %109 = phi ptr [ %107, %106 ], [ %127, %117 ]
  %110 = icmp eq ptr %109, null
  br i1 %110, label %116, label %111

111:                                              ; preds = %108
  %112 = load ptr, ptr %8, align 8, !tbaa !14
  %113 = ptrtoint ptr %112 to i64
  %114 = ptrtoint ptr %109 to i64
  %115 = sub i64 %113, %114
  call void @_ZdlPvm(ptr noundef nonnull %109, i64 noundef %115) #16
  br label %116

116:                                              ; preds = %108, %111
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #14
  ret i32 0

117:                                              ; preds = %36, %72
  %118 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef 6, i32 noundef 100)
  %119 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef 42)
  %120 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1)
  %121 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef 4)
  %122 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 4, ptr noundef nonnull @.str.20, ptr noundef nonnull @.str.15, i32 noundef 8)
  %123 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef 1)
  %124 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 13)
  %125 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 30)
  %126 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef 7)
  %127 = load ptr, ptr %1, align 8, !tbaa !20
  %128 = load ptr, ptr %7, align 8, !tbaa !16
  %129 = icmp eq ptr %127, %128
  br i1 %129, label %108, label %95
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4RectD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !23
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !25
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %3, double noundef %5)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !23
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !25
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %3, double noundef %5)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #16
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !23
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = load double, ptr %4, align 8, !tbaa !25
  %6 = fmul double %3, %5
  ret double %6
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK4Rect4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  ret ptr @.str.11
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK4Rect5cloneEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  %2 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %2, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %4, i64 16, i1 false)
  ret ptr %2
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat {
  tail call void @llvm.trap() #17
  unreachable
}

declare void @__cxa_pure_virtual() unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK5Shape4nameEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat {
  ret ptr @.str.9
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #6

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load double, ptr %3, align 8, !tbaa !23
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load double, ptr %5, align 8, !tbaa !25
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %4, double noundef %6)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV4Rect, i64 16), ptr %0, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load double, ptr %3, align 8, !tbaa !23
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load double, ptr %5, align 8, !tbaa !25
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %4, double noundef %6)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #16
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Square4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  ret ptr @.str.13
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Square5cloneEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat {
  %2 = tail call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #15
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %4, i64 16, i1 false)
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Square, i64 16), ptr %2, align 8, !tbaa !6
  ret ptr %2
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #9 comdat {
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV5Shape, i64 16), ptr %0, align 8, !tbaa !6
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #16
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load double, ptr %2, align 8, !tbaa !17
  %4 = fmul double %3, 3.000000e+00
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK6Circle5cloneEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat {
  %2 = tail call noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #15
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTV6Circle, i64 16), ptr %2, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load double, ptr %4, align 8, !tbaa !17
  store double %5, ptr %3, align 8, !tbaa !17
  ret ptr %2
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP4RectEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #5 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !16
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !12
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #17
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = sub i64 %1, %11
  %23 = ashr exact i64 %22, 3
  %24 = icmp eq i64 %21, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = shl nuw nsw i64 %21, 3
  %27 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %26) #15
  br label %28

28:                                               ; preds = %15, %25
  %29 = phi ptr [ %27, %25 ], [ null, %15 ]
  %30 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %23
  %31 = load ptr, ptr %2, align 8, !tbaa !12
  store ptr %31, ptr %30, align 8, !tbaa !12
  %32 = icmp eq ptr %8, %4
  br i1 %32, label %80, label %33

33:                                               ; preds = %28
  %34 = add i64 %1, -8
  %35 = sub i64 %34, %9
  %36 = lshr i64 %35, 3
  %37 = add nuw nsw i64 %36, 1
  %38 = icmp ult i64 %35, 88
  br i1 %38, label %70, label %39

39:                                               ; preds = %33
  %40 = add i64 %1, -8
  %41 = sub i64 %40, %9
  %42 = and i64 %41, -8
  %43 = add i64 %42, 8
  %44 = getelementptr i8, ptr %29, i64 %43
  %45 = getelementptr i8, ptr %8, i64 %43
  %46 = icmp ult ptr %29, %45
  %47 = icmp ult ptr %8, %44
  %48 = and i1 %46, %47
  br i1 %48, label %70, label %49

49:                                               ; preds = %39
  %50 = and i64 %37, 4611686018427387900
  %51 = shl i64 %50, 3
  %52 = getelementptr i8, ptr %29, i64 %51
  %53 = shl i64 %50, 3
  %54 = getelementptr i8, ptr %8, i64 %53
  br label %55

55:                                               ; preds = %55, %49
  %56 = phi i64 [ 0, %49 ], [ %66, %55 ]
  %57 = shl i64 %56, 3
  %58 = getelementptr i8, ptr %29, i64 %57
  %59 = shl i64 %56, 3
  %60 = getelementptr i8, ptr %8, i64 %59
  tail call void @llvm.experimental.noalias.scope.decl(metadata !26)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !29)
  %61 = getelementptr i8, ptr %60, i64 16
  %62 = load <2 x i64>, ptr %60, align 8, !tbaa !12, !alias.scope !31, !noalias !26
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !12, !alias.scope !31, !noalias !26
  %64 = getelementptr i8, ptr %58, i64 16
  store <2 x i64> %62, ptr %58, align 8, !tbaa !12, !alias.scope !34, !noalias !31
  store <2 x i64> %63, ptr %64, align 8, !tbaa !12, !alias.scope !34, !noalias !31
  %65 = getelementptr i8, ptr %60, i64 16
  store <2 x ptr> zeroinitializer, ptr %60, align 8, !tbaa !12, !alias.scope !31, !noalias !26
  store <2 x ptr> zeroinitializer, ptr %65, align 8, !tbaa !12, !alias.scope !31, !noalias !26
  %66 = add nuw i64 %56, 4
  %67 = icmp eq i64 %66, %50
  br i1 %67, label %68, label %55, !llvm.loop !36

68:                                               ; preds = %55
  %69 = icmp eq i64 %37, %50
  br i1 %69, label %80, label %70

70:                                               ; preds = %68, %39, %33
  %71 = phi ptr [ %29, %39 ], [ %29, %33 ], [ %52, %68 ]
  %72 = phi ptr [ %8, %39 ], [ %8, %33 ], [ %54, %68 ]
  br label %73

73:                                               ; preds = %70, %73
  %74 = phi ptr [ %78, %73 ], [ %71, %70 ]
  %75 = phi ptr [ %77, %73 ], [ %72, %70 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !26)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !29)
  %76 = load i64, ptr %75, align 8, !tbaa !12, !alias.scope !29, !noalias !26
  store i64 %76, ptr %74, align 8, !tbaa !12, !alias.scope !26, !noalias !29
  store ptr null, ptr %75, align 8, !tbaa !12, !alias.scope !29, !noalias !26
  %77 = getelementptr inbounds i8, ptr %75, i64 8
  %78 = getelementptr inbounds i8, ptr %74, i64 8
  %79 = icmp eq ptr %77, %4
  br i1 %79, label %80, label %73, !llvm.loop !39

80:                                               ; preds = %73, %68, %28
  %81 = phi ptr [ %29, %28 ], [ %52, %68 ], [ %78, %73 ]
  %82 = getelementptr i8, ptr %81, i64 8
  %83 = icmp eq ptr %6, %4
  br i1 %83, label %131, label %84

84:                                               ; preds = %80
  %85 = add i64 %7, -8
  %86 = sub i64 %85, %1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = icmp ult i64 %86, 104
  br i1 %89, label %121, label %90

90:                                               ; preds = %84
  %91 = add i64 %7, -8
  %92 = sub i64 %91, %1
  %93 = and i64 %92, -8
  %94 = add i64 %93, 16
  %95 = getelementptr i8, ptr %81, i64 %94
  %96 = getelementptr i8, ptr %4, i64 %93
  %97 = icmp ult ptr %81, %96
  %98 = icmp ugt ptr %95, %4
  %99 = and i1 %97, %98
  br i1 %99, label %121, label %100

100:                                              ; preds = %90
  %101 = and i64 %88, 4611686018427387900
  %102 = shl i64 %101, 3
  %103 = getelementptr i8, ptr %82, i64 %102
  %104 = shl i64 %101, 3
  %105 = getelementptr i8, ptr %4, i64 %104
  br label %106

106:                                              ; preds = %106, %100
  %107 = phi i64 [ 0, %100 ], [ %117, %106 ]
  %108 = shl i64 %107, 3
  %109 = getelementptr i8, ptr %82, i64 %108
  %110 = shl i64 %107, 3
  %111 = getelementptr i8, ptr %4, i64 %110
  tail call void @llvm.experimental.noalias.scope.decl(metadata !40)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !43)
  %112 = getelementptr i8, ptr %111, i64 16
  %113 = load <2 x i64>, ptr %111, align 8, !tbaa !12, !alias.scope !45, !noalias !40
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !12, !alias.scope !45, !noalias !40
  %115 = getelementptr i8, ptr %109, i64 16
  store <2 x i64> %113, ptr %109, align 8, !tbaa !12, !alias.scope !48, !noalias !45
  store <2 x i64> %114, ptr %115, align 8, !tbaa !12, !alias.scope !48, !noalias !45
  %116 = getelementptr i8, ptr %111, i64 16
  store <2 x ptr> zeroinitializer, ptr %111, align 8, !tbaa !12, !alias.scope !45, !noalias !40
  store <2 x ptr> zeroinitializer, ptr %116, align 8, !tbaa !12, !alias.scope !45, !noalias !40
  %117 = add nuw i64 %107, 4
  %118 = icmp eq i64 %117, %101
  br i1 %118, label %119, label %106, !llvm.loop !50

119:                                              ; preds = %106
  %120 = icmp eq i64 %88, %101
  br i1 %120, label %131, label %121

121:                                              ; preds = %119, %90, %84
  %122 = phi ptr [ %82, %90 ], [ %82, %84 ], [ %103, %119 ]
  %123 = phi ptr [ %4, %90 ], [ %4, %84 ], [ %105, %119 ]
  br label %124

124:                                              ; preds = %121, %124
  %125 = phi ptr [ %129, %124 ], [ %122, %121 ]
  %126 = phi ptr [ %128, %124 ], [ %123, %121 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !40)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !43)
  %127 = load i64, ptr %126, align 8, !tbaa !12, !alias.scope !43, !noalias !40
  store i64 %127, ptr %125, align 8, !tbaa !12, !alias.scope !40, !noalias !43
  store ptr null, ptr %126, align 8, !tbaa !12, !alias.scope !43, !noalias !40
  %128 = getelementptr inbounds i8, ptr %126, i64 8
  %129 = getelementptr inbounds i8, ptr %125, i64 8
  %130 = icmp eq ptr %128, %6
  br i1 %130, label %131, label %124, !llvm.loop !51

131:                                              ; preds = %124, %119, %80
  %132 = phi ptr [ %82, %80 ], [ %103, %119 ], [ %129, %124 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 16
  %134 = icmp eq ptr %8, null
  br i1 %134, label %139, label %135

135:                                              ; preds = %131
  %136 = load ptr, ptr %133, align 8, !tbaa !14
  %137 = ptrtoint ptr %136 to i64
  %138 = sub i64 %137, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %138) #16
  br label %139

139:                                              ; preds = %131, %135
  store ptr %29, ptr %0, align 8, !tbaa !20
  store ptr %132, ptr %5, align 8, !tbaa !16
  %140 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %21
  store ptr %140, ptr %133, align 8, !tbaa !14
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6SquareEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #5 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !16
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !12
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #17
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = sub i64 %1, %11
  %23 = ashr exact i64 %22, 3
  %24 = icmp eq i64 %21, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = shl nuw nsw i64 %21, 3
  %27 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %26) #15
  br label %28

28:                                               ; preds = %15, %25
  %29 = phi ptr [ %27, %25 ], [ null, %15 ]
  %30 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %23
  %31 = load ptr, ptr %2, align 8, !tbaa !12
  store ptr %31, ptr %30, align 8, !tbaa !12
  %32 = icmp eq ptr %8, %4
  br i1 %32, label %80, label %33

33:                                               ; preds = %28
  %34 = add i64 %1, -8
  %35 = sub i64 %34, %9
  %36 = lshr i64 %35, 3
  %37 = add nuw nsw i64 %36, 1
  %38 = icmp ult i64 %35, 88
  br i1 %38, label %70, label %39

39:                                               ; preds = %33
  %40 = add i64 %1, -8
  %41 = sub i64 %40, %9
  %42 = and i64 %41, -8
  %43 = add i64 %42, 8
  %44 = getelementptr i8, ptr %29, i64 %43
  %45 = getelementptr i8, ptr %8, i64 %43
  %46 = icmp ult ptr %29, %45
  %47 = icmp ult ptr %8, %44
  %48 = and i1 %46, %47
  br i1 %48, label %70, label %49

49:                                               ; preds = %39
  %50 = and i64 %37, 4611686018427387900
  %51 = shl i64 %50, 3
  %52 = getelementptr i8, ptr %29, i64 %51
  %53 = shl i64 %50, 3
  %54 = getelementptr i8, ptr %8, i64 %53
  br label %55

55:                                               ; preds = %55, %49
  %56 = phi i64 [ 0, %49 ], [ %66, %55 ]
  %57 = shl i64 %56, 3
  %58 = getelementptr i8, ptr %29, i64 %57
  %59 = shl i64 %56, 3
  %60 = getelementptr i8, ptr %8, i64 %59
  tail call void @llvm.experimental.noalias.scope.decl(metadata !52)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !55)
  %61 = getelementptr i8, ptr %60, i64 16
  %62 = load <2 x i64>, ptr %60, align 8, !tbaa !12, !alias.scope !57, !noalias !52
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !12, !alias.scope !57, !noalias !52
  %64 = getelementptr i8, ptr %58, i64 16
  store <2 x i64> %62, ptr %58, align 8, !tbaa !12, !alias.scope !60, !noalias !57
  store <2 x i64> %63, ptr %64, align 8, !tbaa !12, !alias.scope !60, !noalias !57
  %65 = getelementptr i8, ptr %60, i64 16
  store <2 x ptr> zeroinitializer, ptr %60, align 8, !tbaa !12, !alias.scope !57, !noalias !52
  store <2 x ptr> zeroinitializer, ptr %65, align 8, !tbaa !12, !alias.scope !57, !noalias !52
  %66 = add nuw i64 %56, 4
  %67 = icmp eq i64 %66, %50
  br i1 %67, label %68, label %55, !llvm.loop !62

68:                                               ; preds = %55
  %69 = icmp eq i64 %37, %50
  br i1 %69, label %80, label %70

70:                                               ; preds = %68, %39, %33
  %71 = phi ptr [ %29, %39 ], [ %29, %33 ], [ %52, %68 ]
  %72 = phi ptr [ %8, %39 ], [ %8, %33 ], [ %54, %68 ]
  br label %73

73:                                               ; preds = %70, %73
  %74 = phi ptr [ %78, %73 ], [ %71, %70 ]
  %75 = phi ptr [ %77, %73 ], [ %72, %70 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !52)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !55)
  %76 = load i64, ptr %75, align 8, !tbaa !12, !alias.scope !55, !noalias !52
  store i64 %76, ptr %74, align 8, !tbaa !12, !alias.scope !52, !noalias !55
  store ptr null, ptr %75, align 8, !tbaa !12, !alias.scope !55, !noalias !52
  %77 = getelementptr inbounds i8, ptr %75, i64 8
  %78 = getelementptr inbounds i8, ptr %74, i64 8
  %79 = icmp eq ptr %77, %4
  br i1 %79, label %80, label %73, !llvm.loop !63

80:                                               ; preds = %73, %68, %28
  %81 = phi ptr [ %29, %28 ], [ %52, %68 ], [ %78, %73 ]
  %82 = getelementptr i8, ptr %81, i64 8
  %83 = icmp eq ptr %6, %4
  br i1 %83, label %131, label %84

84:                                               ; preds = %80
  %85 = add i64 %7, -8
  %86 = sub i64 %85, %1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = icmp ult i64 %86, 104
  br i1 %89, label %121, label %90

90:                                               ; preds = %84
  %91 = add i64 %7, -8
  %92 = sub i64 %91, %1
  %93 = and i64 %92, -8
  %94 = add i64 %93, 16
  %95 = getelementptr i8, ptr %81, i64 %94
  %96 = getelementptr i8, ptr %4, i64 %93
  %97 = icmp ult ptr %81, %96
  %98 = icmp ugt ptr %95, %4
  %99 = and i1 %97, %98
  br i1 %99, label %121, label %100

100:                                              ; preds = %90
  %101 = and i64 %88, 4611686018427387900
  %102 = shl i64 %101, 3
  %103 = getelementptr i8, ptr %82, i64 %102
  %104 = shl i64 %101, 3
  %105 = getelementptr i8, ptr %4, i64 %104
  br label %106

106:                                              ; preds = %106, %100
  %107 = phi i64 [ 0, %100 ], [ %117, %106 ]
  %108 = shl i64 %107, 3
  %109 = getelementptr i8, ptr %82, i64 %108
  %110 = shl i64 %107, 3
  %111 = getelementptr i8, ptr %4, i64 %110
  tail call void @llvm.experimental.noalias.scope.decl(metadata !64)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !67)
  %112 = getelementptr i8, ptr %111, i64 16
  %113 = load <2 x i64>, ptr %111, align 8, !tbaa !12, !alias.scope !69, !noalias !64
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !12, !alias.scope !69, !noalias !64
  %115 = getelementptr i8, ptr %109, i64 16
  store <2 x i64> %113, ptr %109, align 8, !tbaa !12, !alias.scope !72, !noalias !69
  store <2 x i64> %114, ptr %115, align 8, !tbaa !12, !alias.scope !72, !noalias !69
  %116 = getelementptr i8, ptr %111, i64 16
  store <2 x ptr> zeroinitializer, ptr %111, align 8, !tbaa !12, !alias.scope !69, !noalias !64
  store <2 x ptr> zeroinitializer, ptr %116, align 8, !tbaa !12, !alias.scope !69, !noalias !64
  %117 = add nuw i64 %107, 4
  %118 = icmp eq i64 %117, %101
  br i1 %118, label %119, label %106, !llvm.loop !74

119:                                              ; preds = %106
  %120 = icmp eq i64 %88, %101
  br i1 %120, label %131, label %121

121:                                              ; preds = %119, %90, %84
  %122 = phi ptr [ %82, %90 ], [ %82, %84 ], [ %103, %119 ]
  %123 = phi ptr [ %4, %90 ], [ %4, %84 ], [ %105, %119 ]
  br label %124

124:                                              ; preds = %121, %124
  %125 = phi ptr [ %129, %124 ], [ %122, %121 ]
  %126 = phi ptr [ %128, %124 ], [ %123, %121 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !64)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !67)
  %127 = load i64, ptr %126, align 8, !tbaa !12, !alias.scope !67, !noalias !64
  store i64 %127, ptr %125, align 8, !tbaa !12, !alias.scope !64, !noalias !67
  store ptr null, ptr %126, align 8, !tbaa !12, !alias.scope !67, !noalias !64
  %128 = getelementptr inbounds i8, ptr %126, i64 8
  %129 = getelementptr inbounds i8, ptr %125, i64 8
  %130 = icmp eq ptr %128, %6
  br i1 %130, label %131, label %124, !llvm.loop !75

131:                                              ; preds = %124, %119, %80
  %132 = phi ptr [ %82, %80 ], [ %103, %119 ], [ %129, %124 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 16
  %134 = icmp eq ptr %8, null
  br i1 %134, label %139, label %135

135:                                              ; preds = %131
  %136 = load ptr, ptr %133, align 8, !tbaa !14
  %137 = ptrtoint ptr %136 to i64
  %138 = sub i64 %137, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %138) #16
  br label %139

139:                                              ; preds = %131, %135
  store ptr %29, ptr %0, align 8, !tbaa !20
  store ptr %132, ptr %5, align 8, !tbaa !16
  %140 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %21
  store ptr %140, ptr %133, align 8, !tbaa !14
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJP6CircleEEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #5 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !16
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !12
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.21) #17
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = sub i64 %1, %11
  %23 = ashr exact i64 %22, 3
  %24 = icmp eq i64 %21, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = shl nuw nsw i64 %21, 3
  %27 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %26) #15
  br label %28

28:                                               ; preds = %15, %25
  %29 = phi ptr [ %27, %25 ], [ null, %15 ]
  %30 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %23
  %31 = load ptr, ptr %2, align 8, !tbaa !12
  store ptr %31, ptr %30, align 8, !tbaa !12
  %32 = icmp eq ptr %8, %4
  br i1 %32, label %80, label %33

33:                                               ; preds = %28
  %34 = add i64 %1, -8
  %35 = sub i64 %34, %9
  %36 = lshr i64 %35, 3
  %37 = add nuw nsw i64 %36, 1
  %38 = icmp ult i64 %35, 88
  br i1 %38, label %70, label %39

39:                                               ; preds = %33
  %40 = add i64 %1, -8
  %41 = sub i64 %40, %9
  %42 = and i64 %41, -8
  %43 = add i64 %42, 8
  %44 = getelementptr i8, ptr %29, i64 %43
  %45 = getelementptr i8, ptr %8, i64 %43
  %46 = icmp ult ptr %29, %45
  %47 = icmp ult ptr %8, %44
  %48 = and i1 %46, %47
  br i1 %48, label %70, label %49

49:                                               ; preds = %39
  %50 = and i64 %37, 4611686018427387900
  %51 = shl i64 %50, 3
  %52 = getelementptr i8, ptr %29, i64 %51
  %53 = shl i64 %50, 3
  %54 = getelementptr i8, ptr %8, i64 %53
  br label %55

55:                                               ; preds = %55, %49
  %56 = phi i64 [ 0, %49 ], [ %66, %55 ]
  %57 = shl i64 %56, 3
  %58 = getelementptr i8, ptr %29, i64 %57
  %59 = shl i64 %56, 3
  %60 = getelementptr i8, ptr %8, i64 %59
  tail call void @llvm.experimental.noalias.scope.decl(metadata !76)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
  %61 = getelementptr i8, ptr %60, i64 16
  %62 = load <2 x i64>, ptr %60, align 8, !tbaa !12, !alias.scope !81, !noalias !76
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !12, !alias.scope !81, !noalias !76
  %64 = getelementptr i8, ptr %58, i64 16
  store <2 x i64> %62, ptr %58, align 8, !tbaa !12, !alias.scope !84, !noalias !81
  store <2 x i64> %63, ptr %64, align 8, !tbaa !12, !alias.scope !84, !noalias !81
  %65 = getelementptr i8, ptr %60, i64 16
  store <2 x ptr> zeroinitializer, ptr %60, align 8, !tbaa !12, !alias.scope !81, !noalias !76
  store <2 x ptr> zeroinitializer, ptr %65, align 8, !tbaa !12, !alias.scope !81, !noalias !76
  %66 = add nuw i64 %56, 4
  %67 = icmp eq i64 %66, %50
  br i1 %67, label %68, label %55, !llvm.loop !86

68:                                               ; preds = %55
  %69 = icmp eq i64 %37, %50
  br i1 %69, label %80, label %70

70:                                               ; preds = %68, %39, %33
  %71 = phi ptr [ %29, %39 ], [ %29, %33 ], [ %52, %68 ]
  %72 = phi ptr [ %8, %39 ], [ %8, %33 ], [ %54, %68 ]
  br label %73

73:                                               ; preds = %70, %73
  %74 = phi ptr [ %78, %73 ], [ %71, %70 ]
  %75 = phi ptr [ %77, %73 ], [ %72, %70 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !76)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
  %76 = load i64, ptr %75, align 8, !tbaa !12, !alias.scope !79, !noalias !76
  store i64 %76, ptr %74, align 8, !tbaa !12, !alias.scope !76, !noalias !79
  store ptr null, ptr %75, align 8, !tbaa !12, !alias.scope !79, !noalias !76
  %77 = getelementptr inbounds i8, ptr %75, i64 8
  %78 = getelementptr inbounds i8, ptr %74, i64 8
  %79 = icmp eq ptr %77, %4
  br i1 %79, label %80, label %73, !llvm.loop !87

80:                                               ; preds = %73, %68, %28
  %81 = phi ptr [ %29, %28 ], [ %52, %68 ], [ %78, %73 ]
  %82 = getelementptr i8, ptr %81, i64 8
  %83 = icmp eq ptr %6, %4
  br i1 %83, label %131, label %84

84:                                               ; preds = %80
  %85 = add i64 %7, -8
  %86 = sub i64 %85, %1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = icmp ult i64 %86, 104
  br i1 %89, label %121, label %90

90:                                               ; preds = %84
  %91 = add i64 %7, -8
  %92 = sub i64 %91, %1
  %93 = and i64 %92, -8
  %94 = add i64 %93, 16
  %95 = getelementptr i8, ptr %81, i64 %94
  %96 = getelementptr i8, ptr %4, i64 %93
  %97 = icmp ult ptr %81, %96
  %98 = icmp ugt ptr %95, %4
  %99 = and i1 %97, %98
  br i1 %99, label %121, label %100

100:                                              ; preds = %90
  %101 = and i64 %88, 4611686018427387900
  %102 = shl i64 %101, 3
  %103 = getelementptr i8, ptr %82, i64 %102
  %104 = shl i64 %101, 3
  %105 = getelementptr i8, ptr %4, i64 %104
  br label %106

106:                                              ; preds = %106, %100
  %107 = phi i64 [ 0, %100 ], [ %117, %106 ]
  %108 = shl i64 %107, 3
  %109 = getelementptr i8, ptr %82, i64 %108
  %110 = shl i64 %107, 3
  %111 = getelementptr i8, ptr %4, i64 %110
  tail call void @llvm.experimental.noalias.scope.decl(metadata !88)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !91)
  %112 = getelementptr i8, ptr %111, i64 16
  %113 = load <2 x i64>, ptr %111, align 8, !tbaa !12, !alias.scope !93, !noalias !88
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !12, !alias.scope !93, !noalias !88
  %115 = getelementptr i8, ptr %109, i64 16
  store <2 x i64> %113, ptr %109, align 8, !tbaa !12, !alias.scope !96, !noalias !93
  store <2 x i64> %114, ptr %115, align 8, !tbaa !12, !alias.scope !96, !noalias !93
  %116 = getelementptr i8, ptr %111, i64 16
  store <2 x ptr> zeroinitializer, ptr %111, align 8, !tbaa !12, !alias.scope !93, !noalias !88
  store <2 x ptr> zeroinitializer, ptr %116, align 8, !tbaa !12, !alias.scope !93, !noalias !88
  %117 = add nuw i64 %107, 4
  %118 = icmp eq i64 %117, %101
  br i1 %118, label %119, label %106, !llvm.loop !98

119:                                              ; preds = %106
  %120 = icmp eq i64 %88, %101
  br i1 %120, label %131, label %121

121:                                              ; preds = %119, %90, %84
  %122 = phi ptr [ %82, %90 ], [ %82, %84 ], [ %103, %119 ]
  %123 = phi ptr [ %4, %90 ], [ %4, %84 ], [ %105, %119 ]
  br label %124

124:                                              ; preds = %121, %124
  %125 = phi ptr [ %129, %124 ], [ %122, %121 ]
  %126 = phi ptr [ %128, %124 ], [ %123, %121 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !88)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !91)
  %127 = load i64, ptr %126, align 8, !tbaa !12, !alias.scope !91, !noalias !88
  store i64 %127, ptr %125, align 8, !tbaa !12, !alias.scope !88, !noalias !91
  store ptr null, ptr %126, align 8, !tbaa !12, !alias.scope !91, !noalias !88
  %128 = getelementptr inbounds i8, ptr %126, i64 8
  %129 = getelementptr inbounds i8, ptr %125, i64 8
  %130 = icmp eq ptr %128, %6
  br i1 %130, label %131, label %124, !llvm.loop !99

131:                                              ; preds = %124, %119, %80
  %132 = phi ptr [ %82, %80 ], [ %103, %119 ], [ %129, %124 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 16
  %134 = icmp eq ptr %8, null
  br i1 %134, label %139, label %135

135:                                              ; preds = %131
  %136 = load ptr, ptr %133, align 8, !tbaa !14
  %137 = ptrtoint ptr %136 to i64
  %138 = sub i64 %137, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %138) #16
  br label %139

139:                                              ; preds = %131, %135
  store ptr %29, ptr %0, align 8, !tbaa !20
  store ptr %132, ptr %5, align 8, !tbaa !16
  %140 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %21
  store ptr %140, ptr %133, align 8, !tbaa !14
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #12

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #12

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #13

attributes #0 = { norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #7 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nofree nounwind }
attributes #12 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #13 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #14 = { nounwind }
attributes #15 = { builtin nounwind allocsize(0) }
attributes #16 = { builtin nounwind }
attributes #17 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"vtable pointer", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !11, i64 0}
!11 = !{!"omnipotent char", !8, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"any pointer", !11, i64 0}
!14 = !{!15, !13, i64 16}
!15 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrI5ShapeSt14default_deleteIS1_EESaIS4_EE17_Vector_impl_dataE", !13, i64 0, !13, i64 8, !13, i64 16}
!16 = !{!15, !13, i64 8}
!17 = !{!18, !10, i64 8}
!18 = !{!"_ZTS6Circle", !19, i64 0, !10, i64 8}
!19 = !{!"_ZTS5Shape"}
!20 = !{!15, !13, i64 0}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !10, i64 8}
!24 = !{!"_ZTS4Rect", !19, i64 0, !10, i64 8, !10, i64 16}
!25 = !{!24, !10, i64 16}
!26 = !{!27}
!27 = distinct !{!27, !28, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!28 = distinct !{!28, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!29 = !{!30}
!30 = distinct !{!30, !28, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!31 = !{!30, !32}
!32 = distinct !{!32, !33}
!33 = distinct !{!33, !"LVerDomain"}
!34 = !{!27, !35}
!35 = distinct !{!35, !33}
!36 = distinct !{!36, !22, !37, !38}
!37 = !{!"llvm.loop.isvectorized", i32 1}
!38 = !{!"llvm.loop.unroll.runtime.disable"}
!39 = distinct !{!39, !22, !37}
!40 = !{!41}
!41 = distinct !{!41, !42, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!42 = distinct !{!42, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!43 = !{!44}
!44 = distinct !{!44, !42, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!45 = !{!44, !46}
!46 = distinct !{!46, !47}
!47 = distinct !{!47, !"LVerDomain"}
!48 = !{!41, !49}
!49 = distinct !{!49, !47}
!50 = distinct !{!50, !22, !37, !38}
!51 = distinct !{!51, !22, !37}
!52 = !{!53}
!53 = distinct !{!53, !54, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!54 = distinct !{!54, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!55 = !{!56}
!56 = distinct !{!56, !54, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!57 = !{!56, !58}
!58 = distinct !{!58, !59}
!59 = distinct !{!59, !"LVerDomain"}
!60 = !{!53, !61}
!61 = distinct !{!61, !59}
!62 = distinct !{!62, !22, !37, !38}
!63 = distinct !{!63, !22, !37}
!64 = !{!65}
!65 = distinct !{!65, !66, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!66 = distinct !{!66, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!69 = !{!68, !70}
!70 = distinct !{!70, !71}
!71 = distinct !{!71, !"LVerDomain"}
!72 = !{!65, !73}
!73 = distinct !{!73, !71}
!74 = distinct !{!74, !22, !37, !38}
!75 = distinct !{!75, !22, !37}
!76 = !{!77}
!77 = distinct !{!77, !78, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!78 = distinct !{!78, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!79 = !{!80}
!80 = distinct !{!80, !78, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!81 = !{!80, !82}
!82 = distinct !{!82, !83}
!83 = distinct !{!83, !"LVerDomain"}
!84 = !{!77, !85}
!85 = distinct !{!85, !83}
!86 = distinct !{!86, !22, !37, !38}
!87 = distinct !{!87, !22, !37}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!90 = distinct !{!90, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!91 = !{!92}
!92 = distinct !{!92, !90, !"_ZSt19__relocate_object_aISt10unique_ptrI5ShapeSt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!93 = !{!92, !94}
!94 = distinct !{!94, !95}
!95 = distinct !{!95, !"LVerDomain"}
!96 = !{!89, !97}
!97 = distinct !{!97, !95}
!98 = distinct !{!98, !22, !37, !38}
!99 = distinct !{!99, !22, !37}
