; ModuleID = 'exc_across_native.cpp'
source_filename = "exc_across_native.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::__exception_ptr::exception_ptr" = type { ptr }
%"class.std::function.9" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>>, std::less<std::__cxx11::basic_string<char>>>::_Alloc_node" = type { ptr }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"struct.std::pair" = type { %"class.std::__cxx11::basic_string", %"class.std::function.9" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon.8 }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon.8 = type { i64, [8 x i8] }
%struct.Other = type { %struct.Base }
%struct.Base = type { ptr }
%struct.CompareLimit = type <{ %"class.std::runtime_error", i32, [4 x i8] }>
%"class.std::runtime_error" = type { %"class.std::exception", %"struct.std::__cow_string" }
%"class.std::exception" = type { ptr }
%"struct.std::__cow_string" = type { %union.anon }
%union.anon = type { ptr }

$__clang_call_terminate = comdat any

$_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev = comdat any

$_ZSt18make_exception_ptrI12CompareLimitENSt15__exception_ptr13exception_ptrET_ = comdat any

$_ZN12CompareLimitC2Ei = comdat any

$_ZN4BaseD2Ev = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEESt4lessIS5_ESaISt4pairIKS5_S8_EEED2Ev = comdat any

$_ZN5OtherD0Ev = comdat any

$_ZNSt18bad_variant_accessD0Ev = comdat any

$_ZNKSt18bad_variant_access4whatEv = comdat any

$_ZSt27__throw_bad_optional_accessv = comdat any

$_ZNSt19bad_optional_accessD0Ev = comdat any

$_ZNKSt19bad_optional_access4whatEv = comdat any

$_ZN12CompareLimitD0Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EED2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E = comdat any

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

$_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorISB_ERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE14_M_create_nodeIJRKSB_EEEPSt13_Rb_tree_nodeISB_EDpOT_ = comdat any

$_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEEC2ERKSA_ = comdat any

$_ZNSt15__exception_ptr12__dest_thunkI12CompareLimitEEvPv = comdat any

$_ZTS12CompareLimit = comdat any

$_ZTI12CompareLimit = comdat any

$_ZTS4Base = comdat any

$_ZTI4Base = comdat any

$_ZTS7Derived = comdat any

$_ZTI7Derived = comdat any

$_ZTSSt18bad_variant_access = comdat any

$_ZTISt18bad_variant_access = comdat any

$_ZTSSt19bad_optional_access = comdat any

$_ZTISt19bad_optional_access = comdat any

$_ZTV5Other = comdat any

$_ZTS5Other = comdat any

$_ZTI5Other = comdat any

$_ZTVSt18bad_variant_access = comdat any

$_ZTVSt19bad_optional_access = comdat any

$_ZTV12CompareLimit = comdat any

@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS12CompareLimit = linkonce_odr dso_local constant [15 x i8] c"12CompareLimit\00", comdat, align 1
@_ZTISt13runtime_error = external constant ptr
@_ZTI12CompareLimit = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS12CompareLimit, ptr @_ZTISt13runtime_error }, comdat, align 8
@.str.1 = private unnamed_addr constant [62 x i8] c"sort interrupted after %d comparisons, %zu elements, sum %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"sorted: first %d last %d\0A\00", align 1
@_ZTISt16invalid_argument = external constant ptr
@.str.4 = private unnamed_addr constant [22 x i8] c"for_each stopped: %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"fail\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@constinit = private unnamed_addr constant [3 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7], align 8
@_ZTISt17bad_function_call = external constant ptr
@_ZTISt9exception = external constant ptr
@.str.8 = private unnamed_addr constant [13 x i8] c"%s(21) = %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"%s: %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"%s: bad_function_call\0A\00", align 1
@_ZTISt12out_of_range = external constant ptr
@.str.11 = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"123\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"x9\00", align 1
@.str.15 = private unnamed_addr constant [21 x i8] c"99999999999999999999\00", align 1
@constinit.16 = private unnamed_addr constant [3 x ptr] [ptr @.str.13, ptr @.str.14, ptr @.str.15], align 8
@.str.17 = private unnamed_addr constant [15 x i8] c"stoi(%s) = %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [24 x i8] c"stoi(%s): out_of_range\0A\00", align 1
@.str.19 = private unnamed_addr constant [28 x i8] c"stoi(%s): invalid_argument\0A\00", align 1
@_ZTISt8bad_cast = external constant ptr
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS4Base = linkonce_odr dso_local constant [6 x i8] c"4Base\00", comdat, align 1
@_ZTI4Base = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS4Base }, comdat, align 8
@_ZTS7Derived = linkonce_odr dso_local constant [9 x i8] c"7Derived\00", comdat, align 1
@_ZTI7Derived = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS7Derived, ptr @_ZTI4Base }, comdat, align 8
@.str.20 = private unnamed_addr constant [21 x i8] c"cast succeeded (%d)\0A\00", align 1
@_ZTSSt18bad_variant_access = linkonce_odr dso_local constant [23 x i8] c"St18bad_variant_access\00", comdat, align 1
@_ZTISt18bad_variant_access = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSSt18bad_variant_access, ptr @_ZTISt9exception }, comdat, align 8
@_ZTSSt19bad_optional_access = linkonce_odr dso_local constant [24 x i8] c"St19bad_optional_access\00", comdat, align 1
@_ZTISt19bad_optional_access = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSSt19bad_optional_access, ptr @_ZTISt9exception }, comdat, align 8
@.str.25 = private unnamed_addr constant [15 x i8] c"kept for later\00", align 1
@_ZTISt14overflow_error = external constant ptr
@.str.26 = private unnamed_addr constant [33 x i8] c"rethrown from exception_ptr: %s\0A\00", align 1
@.str.27 = private unnamed_addr constant [33 x i8] c"make_exception_ptr: %s after %d\0A\00", align 1
@"_ZTSZ4mainE3$_1" = internal constant [12 x i8] c"Z4mainE3$_1\00", align 1
@"_ZTIZ4mainE3$_1" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_1" }, align 8
@.str.28 = private unnamed_addr constant [10 x i8] c"op failed\00", align 1
@_ZTISt12domain_error = external constant ptr
@"_ZTSZ4mainE3$_2" = internal constant [12 x i8] c"Z4mainE3$_2\00", align 1
@"_ZTIZ4mainE3$_2" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_2" }, align 8
@.str.29 = private unnamed_addr constant [5 x i8] c"stoi\00", align 1
@_ZTV5Other = linkonce_odr dso_local unnamed_addr constant { [4 x ptr] } { [4 x ptr] [ptr null, ptr @_ZTI5Other, ptr @_ZN4BaseD2Ev, ptr @_ZN5OtherD0Ev] }, comdat, align 8
@_ZTS5Other = linkonce_odr dso_local constant [7 x i8] c"5Other\00", comdat, align 1
@_ZTI5Other = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS5Other, ptr @_ZTI4Base }, comdat, align 8
@.str.31 = private unnamed_addr constant [34 x i8] c"std::get: wrong index for variant\00", align 1
@_ZTVSt18bad_variant_access = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTISt18bad_variant_access, ptr @_ZNSt9exceptionD2Ev, ptr @_ZNSt18bad_variant_accessD0Ev, ptr @_ZNKSt18bad_variant_access4whatEv] }, comdat, align 8
@_ZTVSt19bad_optional_access = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTISt19bad_optional_access, ptr @_ZNSt9exceptionD2Ev, ptr @_ZNSt19bad_optional_accessD0Ev, ptr @_ZNKSt19bad_optional_access4whatEv] }, comdat, align 8
@.str.32 = private unnamed_addr constant [20 x i8] c"bad optional access\00", align 1
@.str.33 = private unnamed_addr constant [19 x i8] c"comparator gave up\00", align 1
@_ZTV12CompareLimit = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI12CompareLimit, ptr @_ZNSt13runtime_errorD2Ev, ptr @_ZN12CompareLimitD0Ev, ptr @_ZNKSt13runtime_error4whatEv] }, comdat, align 8
@.str.34 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.35 = private unnamed_addr constant [10 x i8] c"seventeen\00", align 1
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@.str.36 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@.str.37 = private unnamed_addr constant [74 x i8] c"vector::_M_range_check: __n (which is %zu) >= this->size() (which is %zu)\00", align 1
@str = private unnamed_addr constant [24 x i8] c"sorted without throwing\00", align 1
@str.38 = private unnamed_addr constant [18 x i8] c"no element hit 17\00", align 1
@str.39 = private unnamed_addr constant [30 x i8] c"vector::at threw out_of_range\00", align 1
@str.40 = private unnamed_addr constant [38 x i8] c"dynamic_cast<Derived&> threw bad_cast\00", align 1
@str.41 = private unnamed_addr constant [37 x i8] c"get<string> threw bad_variant_access\00", align 1
@str.42 = private unnamed_addr constant [42 x i8] c"optional::value threw bad_optional_access\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca { i64, i64 }, align 8
  %6 = alloca %"class.std::function.9", align 8
  %7 = alloca i64, align 8
  %8 = alloca %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, std::function<int (int)>>>, std::less<std::__cxx11::basic_string<char>>>::_Alloc_node", align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca %"class.std::function", align 8
  %12 = alloca %"class.std::map", align 8
  %13 = alloca [2 x %"struct.std::pair"], align 8
  %14 = alloca %"class.std::function.9", align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  %16 = alloca %"class.std::__cxx11::basic_string", align 8
  %17 = alloca %struct.Other, align 8
  %18 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %19 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %20 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %21 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %22 = alloca %struct.CompareLimit, align 8
  %23 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  br label %75

24:                                               ; preds = %116
  %25 = ptrtoint ptr %118 to i64
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %10) #27
  store i32 0, ptr %10, align 4, !tbaa !6
  %26 = ptrtoint ptr %119 to i64
  %27 = ptrtoint ptr %120 to i64
  %28 = ptrtoint ptr %10 to i64
  %29 = icmp eq ptr %119, %120
  br i1 %29, label %131, label %30

30:                                               ; preds = %24
  %31 = sub i64 %27, %26
  %32 = ashr exact i64 %31, 2
  %33 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %32, i1 false)
  %34 = shl nuw nsw i64 %33, 1
  %35 = sub nsw i64 126, %34
  invoke fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(i64 %26, i64 %27, i64 noundef %35, i64 %28)
          to label %36 unwind label %133

36:                                               ; preds = %30
  %37 = icmp sgt i64 %31, 64
  br i1 %37, label %38, label %74

38:                                               ; preds = %36
  %39 = getelementptr inbounds i8, ptr %119, i64 64
  %40 = ptrtoint ptr %39 to i64
  invoke fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(i64 %26, i64 %40, i64 %28)
          to label %41 unwind label %133

41:                                               ; preds = %38
  %42 = icmp eq ptr %39, %120
  br i1 %42, label %131, label %43

43:                                               ; preds = %41, %71
  %44 = phi ptr [ %72, %71 ], [ %39, %41 ]
  %45 = load i32, ptr %44, align 4, !tbaa !6
  %46 = getelementptr inbounds i8, ptr %44, i64 -4
  %47 = load i32, ptr %46, align 4, !tbaa !6
  %48 = load i32, ptr %10, align 4, !tbaa !6
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %10, align 4, !tbaa !6
  %50 = icmp eq i32 %49, 500
  br i1 %50, label %51, label %59

51:                                               ; preds = %43, %64
  %52 = call ptr @__cxa_allocate_exception(i64 24) #27
  %53 = load i32, ptr %10, align 4, !tbaa !6
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %52, ptr noundef nonnull @.str.33)
          to label %54 unwind label %57

54:                                               ; preds = %51
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %52, align 8, !tbaa !10
  %55 = getelementptr inbounds i8, ptr %52, i64 16
  store i32 %53, ptr %55, align 8, !tbaa !12
  invoke void @__cxa_throw(ptr nonnull %52, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
          to label %56 unwind label %133

56:                                               ; preds = %54
  unreachable

57:                                               ; preds = %51
  %58 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  call void @__cxa_free_exception(ptr %52) #27
  br label %135

59:                                               ; preds = %43, %64
  %60 = phi i32 [ %67, %64 ], [ %47, %43 ]
  %61 = phi ptr [ %66, %64 ], [ %46, %43 ]
  %62 = phi ptr [ %61, %64 ], [ %44, %43 ]
  %63 = icmp slt i32 %45, %60
  br i1 %63, label %64, label %71

64:                                               ; preds = %59
  %65 = load i32, ptr %61, align 4, !tbaa !6
  store i32 %65, ptr %62, align 4, !tbaa !6
  %66 = getelementptr inbounds i8, ptr %61, i64 -4
  %67 = load i32, ptr %66, align 4, !tbaa !6
  %68 = load i32, ptr %10, align 4, !tbaa !6
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %10, align 4, !tbaa !6
  %70 = icmp eq i32 %69, 500
  br i1 %70, label %51, label %59, !llvm.loop !17

71:                                               ; preds = %59
  store i32 %45, ptr %62, align 4, !tbaa !6
  %72 = getelementptr inbounds i8, ptr %44, i64 4
  %73 = icmp eq ptr %44, %118
  br i1 %73, label %131, label %43, !llvm.loop !19

74:                                               ; preds = %36
  invoke fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(i64 %26, i64 %27, i64 %28)
          to label %131 unwind label %133

75:                                               ; preds = %0, %116
  %76 = phi i32 [ 12345, %0 ], [ %82, %116 ]
  %77 = phi i32 [ 0, %0 ], [ %121, %116 ]
  %78 = phi ptr [ null, %0 ], [ %119, %116 ]
  %79 = phi ptr [ null, %0 ], [ %120, %116 ]
  %80 = phi ptr [ null, %0 ], [ %117, %116 ]
  %81 = mul i32 %76, 1103515245
  %82 = add i32 %81, 12345
  %83 = lshr i32 %82, 8
  %84 = urem i32 %83, 1000
  %85 = icmp eq ptr %79, %80
  br i1 %85, label %87, label %86

86:                                               ; preds = %75
  store i32 %84, ptr %79, align 4, !tbaa !6
  br label %116

87:                                               ; preds = %75
  %88 = ptrtoint ptr %79 to i64
  %89 = ptrtoint ptr %78 to i64
  %90 = sub i64 %88, %89
  %91 = icmp eq i64 %90, 9223372036854775804
  br i1 %91, label %92, label %94

92:                                               ; preds = %87
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.34) #28
          to label %93 unwind label %125

93:                                               ; preds = %92
  unreachable

94:                                               ; preds = %87
  %95 = ashr exact i64 %90, 2
  %96 = tail call i64 @llvm.umax.i64(i64 %95, i64 1)
  %97 = add nsw i64 %96, %95
  %98 = icmp ult i64 %97, %95
  %99 = tail call i64 @llvm.umin.i64(i64 %97, i64 2305843009213693951)
  %100 = select i1 %98, i64 2305843009213693951, i64 %99
  %101 = icmp eq i64 %100, 0
  br i1 %101, label %105, label %102

102:                                              ; preds = %94
  %103 = shl nuw nsw i64 %100, 2
  %104 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %103) #29
          to label %105 unwind label %123

105:                                              ; preds = %102, %94
  %106 = phi ptr [ null, %94 ], [ %104, %102 ]
  %107 = getelementptr inbounds i32, ptr %106, i64 %95
  store i32 %84, ptr %107, align 4, !tbaa !6
  %108 = icmp sgt i64 %90, 0
  br i1 %108, label %109, label %110

109:                                              ; preds = %105
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %106, ptr align 4 %78, i64 %90, i1 false)
  br label %110

110:                                              ; preds = %105, %109
  %111 = getelementptr inbounds i8, ptr %106, i64 %90
  %112 = icmp eq ptr %78, null
  br i1 %112, label %114, label %113

113:                                              ; preds = %110
  tail call void @_ZdlPvm(ptr noundef nonnull %78, i64 noundef %90) #30
  br label %114

114:                                              ; preds = %113, %110
  %115 = getelementptr inbounds i32, ptr %106, i64 %100
  br label %116

116:                                              ; preds = %114, %86
  %117 = phi ptr [ %115, %114 ], [ %80, %86 ]
  %118 = phi ptr [ %111, %114 ], [ %79, %86 ]
  %119 = phi ptr [ %106, %114 ], [ %78, %86 ]
  %120 = getelementptr inbounds i8, ptr %118, i64 4
  %121 = add nuw nsw i32 %77, 1
  %122 = icmp eq i32 %121, 200
  br i1 %122, label %24, label %75, !llvm.loop !20

123:                                              ; preds = %102
  %124 = landingpad { ptr, i32 }
          cleanup
  br label %127

125:                                              ; preds = %92
  %126 = landingpad { ptr, i32 }
          cleanup
  br label %127

127:                                              ; preds = %125, %123
  %128 = phi { ptr, i32 } [ %124, %123 ], [ %126, %125 ]
  %129 = extractvalue { ptr, i32 } %128, 0
  %130 = extractvalue { ptr, i32 } %128, 1
  br label %806

131:                                              ; preds = %71, %41, %24, %74
  %132 = call i32 @puts(ptr nonnull dereferenceable(1) @str)
  br label %186

133:                                              ; preds = %74, %54, %38, %30
  %134 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  br label %135

135:                                              ; preds = %57, %133
  %136 = phi { ptr, i32 } [ %134, %133 ], [ %58, %57 ]
  %137 = extractvalue { ptr, i32 } %136, 0
  %138 = extractvalue { ptr, i32 } %136, 1
  %139 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI12CompareLimit) #27
  %140 = icmp eq i32 %138, %139
  br i1 %140, label %141, label %803

141:                                              ; preds = %135
  %142 = call ptr @__cxa_begin_catch(ptr %137) #27
  %143 = sub i64 %25, %26
  %144 = lshr i64 %143, 2
  %145 = add nuw nsw i64 %144, 1
  %146 = icmp ult i64 %143, 28
  br i1 %146, label %147, label %150

147:                                              ; preds = %169, %141
  %148 = phi i64 [ 0, %141 ], [ %171, %169 ]
  %149 = phi ptr [ %119, %141 ], [ %153, %169 ]
  br label %178

150:                                              ; preds = %141
  %151 = and i64 %145, 9223372036854775800
  %152 = shl i64 %151, 2
  %153 = getelementptr i8, ptr %119, i64 %152
  br label %154

154:                                              ; preds = %154, %150
  %155 = phi i64 [ 0, %150 ], [ %167, %154 ]
  %156 = phi <4 x i64> [ zeroinitializer, %150 ], [ %165, %154 ]
  %157 = phi <4 x i64> [ zeroinitializer, %150 ], [ %166, %154 ]
  %158 = shl i64 %155, 2
  %159 = getelementptr i8, ptr %119, i64 %158
  %160 = getelementptr i8, ptr %159, i64 16
  %161 = load <4 x i32>, ptr %159, align 4, !tbaa !6
  %162 = load <4 x i32>, ptr %160, align 4, !tbaa !6
  %163 = sext <4 x i32> %161 to <4 x i64>
  %164 = sext <4 x i32> %162 to <4 x i64>
  %165 = add <4 x i64> %156, %163
  %166 = add <4 x i64> %157, %164
  %167 = add nuw i64 %155, 8
  %168 = icmp eq i64 %167, %151
  br i1 %168, label %169, label %154, !llvm.loop !21

169:                                              ; preds = %154
  %170 = add <4 x i64> %166, %165
  %171 = call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %170)
  %172 = icmp eq i64 %145, %151
  br i1 %172, label %173, label %147

173:                                              ; preds = %178, %169
  %174 = phi i64 [ %171, %169 ], [ %183, %178 ]
  %175 = getelementptr inbounds i8, ptr %142, i64 16
  %176 = load i32, ptr %175, align 8, !tbaa !12
  %177 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %176, i64 noundef %32, i64 noundef %174)
  invoke void @__cxa_end_catch()
          to label %186 unwind label %218

178:                                              ; preds = %147, %178
  %179 = phi i64 [ %183, %178 ], [ %148, %147 ]
  %180 = phi ptr [ %184, %178 ], [ %149, %147 ]
  %181 = load i32, ptr %180, align 4, !tbaa !6
  %182 = sext i32 %181 to i64
  %183 = add nsw i64 %179, %182
  %184 = getelementptr inbounds i8, ptr %180, i64 4
  %185 = icmp eq ptr %180, %118
  br i1 %185, label %173, label %178, !llvm.loop !24

186:                                              ; preds = %173, %131
  br i1 %29, label %194, label %187

187:                                              ; preds = %186
  %188 = sub i64 %27, %26
  %189 = ashr exact i64 %188, 2
  %190 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %189, i1 false)
  %191 = shl nuw nsw i64 %190, 1
  %192 = sub nsw i64 126, %191
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %26, i64 %27, i64 noundef %192, i8 undef)
          to label %193 unwind label %222

193:                                              ; preds = %187
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %26, i64 %27, i8 undef)
          to label %194 unwind label %222

194:                                              ; preds = %186, %193
  %195 = load i32, ptr %119, align 4, !tbaa !6
  %196 = load i32, ptr %118, align 4, !tbaa !6
  %197 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %195, i32 noundef %196)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #27
  %198 = getelementptr inbounds i8, ptr %11, i64 16
  %199 = getelementptr inbounds i8, ptr %11, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %11, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi", ptr %199, align 8, !tbaa !25
  store ptr @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %198, align 8, !tbaa !29
  br i1 %29, label %216, label %200

200:                                              ; preds = %194
  %201 = load i32, ptr %119, align 4, !tbaa !6
  %202 = srem i32 %201, 50
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9)
  store i32 %202, ptr %9, align 4, !tbaa !6
  br label %211

203:                                              ; preds = %214
  %204 = getelementptr inbounds i8, ptr %212, i64 4
  %205 = load ptr, ptr %198, align 8, !tbaa !29
  %206 = load i32, ptr %204, align 4, !tbaa !6
  %207 = srem i32 %206, 50
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9)
  store i32 %207, ptr %9, align 4, !tbaa !6
  %208 = icmp eq ptr %205, null
  br i1 %208, label %209, label %211

209:                                              ; preds = %203
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %210 unwind label %228

210:                                              ; preds = %209
  unreachable

211:                                              ; preds = %200, %203
  %212 = phi ptr [ %119, %200 ], [ %204, %203 ]
  %213 = load ptr, ptr %199, align 8, !tbaa !25
  invoke void %213(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 4 dereferenceable(4) %9)
          to label %214 unwind label %226

214:                                              ; preds = %211
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9)
  %215 = icmp eq ptr %212, %118
  br i1 %215, label %216, label %203, !llvm.loop !30

216:                                              ; preds = %214, %194
  %217 = call i32 @puts(ptr nonnull dereferenceable(1) @str.38)
  br label %243

218:                                              ; preds = %173
  %219 = landingpad { ptr, i32 }
          cleanup
  %220 = extractvalue { ptr, i32 } %219, 0
  %221 = extractvalue { ptr, i32 } %219, 1
  br label %803

222:                                              ; preds = %193, %187
  %223 = landingpad { ptr, i32 }
          cleanup
  %224 = extractvalue { ptr, i32 } %223, 0
  %225 = extractvalue { ptr, i32 } %223, 1
  br label %803

226:                                              ; preds = %211
  %227 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  br label %230

228:                                              ; preds = %209
  %229 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  br label %230

230:                                              ; preds = %228, %226
  %231 = phi { ptr, i32 } [ %227, %226 ], [ %229, %228 ]
  %232 = extractvalue { ptr, i32 } %231, 0
  %233 = extractvalue { ptr, i32 } %231, 1
  %234 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #27
  %235 = icmp eq i32 %233, %234
  br i1 %235, label %236, label %792

236:                                              ; preds = %230
  %237 = call ptr @__cxa_begin_catch(ptr %232) #27
  %238 = load ptr, ptr %237, align 8, !tbaa !10
  %239 = getelementptr inbounds i8, ptr %238, i64 16
  %240 = load ptr, ptr %239, align 8
  %241 = call noundef ptr %240(ptr noundef nonnull align 8 dereferenceable(16) %237) #27
  %242 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef %241)
  invoke void @__cxa_end_catch()
          to label %243 unwind label %315

243:                                              ; preds = %236, %216
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %12) #27
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %13) #27
  %244 = getelementptr inbounds i8, ptr %13, i64 16
  store ptr %244, ptr %13, align 8, !tbaa !31
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %244, ptr noundef nonnull align 1 dereferenceable(6) @.str.5, i64 6, i1 false)
  %245 = getelementptr inbounds i8, ptr %13, i64 8
  store i64 6, ptr %245, align 8, !tbaa !33
  %246 = getelementptr inbounds i8, ptr %13, i64 22
  store i8 0, ptr %246, align 2, !tbaa !36
  %247 = getelementptr inbounds i8, ptr %13, i64 32
  %248 = getelementptr inbounds i8, ptr %13, i64 48
  %249 = getelementptr inbounds i8, ptr %13, i64 56
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %247, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOi", ptr %249, align 8, !tbaa !37
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %248, align 8, !tbaa !29
  %250 = getelementptr inbounds i8, ptr %13, i64 64
  %251 = getelementptr inbounds i8, ptr %13, i64 80
  store ptr %251, ptr %250, align 8, !tbaa !31
  store i32 1818845542, ptr %251, align 8
  %252 = getelementptr inbounds i8, ptr %13, i64 72
  store i64 4, ptr %252, align 8, !tbaa !33
  %253 = getelementptr inbounds i8, ptr %13, i64 84
  store i8 0, ptr %253, align 4, !tbaa !36
  %254 = getelementptr inbounds i8, ptr %13, i64 96
  %255 = getelementptr inbounds i8, ptr %13, i64 112
  %256 = getelementptr inbounds i8, ptr %13, i64 120
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %254, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E9_M_invokeERKSt9_Any_dataOi", ptr %256, align 8, !tbaa !37
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %255, align 8, !tbaa !29
  %257 = getelementptr inbounds i8, ptr %12, i64 8
  store i32 0, ptr %257, align 8, !tbaa !39
  %258 = getelementptr inbounds i8, ptr %12, i64 16
  store ptr null, ptr %258, align 8, !tbaa !43
  %259 = getelementptr inbounds i8, ptr %12, i64 24
  store ptr %257, ptr %259, align 8, !tbaa !44
  %260 = getelementptr inbounds i8, ptr %12, i64 32
  store ptr %257, ptr %260, align 8, !tbaa !45
  %261 = getelementptr inbounds i8, ptr %12, i64 40
  store i64 0, ptr %261, align 8, !tbaa !46
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #27
  store ptr %12, ptr %8, align 8, !tbaa !47
  %262 = ptrtoint ptr %257 to i64
  %263 = invoke i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %12, i64 %262, ptr noundef nonnull align 8 dereferenceable(64) %13, ptr noundef nonnull align 8 dereferenceable(8) %8)
          to label %264 unwind label %271

264:                                              ; preds = %243
  %265 = invoke i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %12, i64 %262, ptr noundef nonnull align 8 dereferenceable(64) %250, ptr noundef nonnull align 8 dereferenceable(8) %8)
          to label %266 unwind label %271

266:                                              ; preds = %264
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #27
  %267 = getelementptr inbounds i8, ptr %13, i64 64
  %268 = getelementptr inbounds i8, ptr %13, i64 112
  %269 = load ptr, ptr %268, align 8, !tbaa !29
  %270 = icmp eq ptr %269, null
  br i1 %270, label %282, label %276

271:                                              ; preds = %264, %243
  %272 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #27
  %273 = getelementptr inbounds i8, ptr %13, i64 64
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %273) #27
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %13) #27
  %274 = extractvalue { ptr, i32 } %272, 0
  %275 = extractvalue { ptr, i32 } %272, 1
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %13) #27
  br label %789

276:                                              ; preds = %266
  %277 = getelementptr inbounds i8, ptr %13, i64 96
  %278 = invoke noundef i1 %269(ptr noundef nonnull align 8 dereferenceable(16) %277, ptr noundef nonnull align 8 dereferenceable(16) %277, i32 noundef 3)
          to label %282 unwind label %279

279:                                              ; preds = %293, %276
  %280 = landingpad { ptr, i32 }
          catch ptr null
  %281 = extractvalue { ptr, i32 } %280, 0
  call void @__clang_call_terminate(ptr %281) #31
  unreachable

282:                                              ; preds = %276, %266
  %283 = load ptr, ptr %267, align 8, !tbaa !48
  %284 = getelementptr inbounds i8, ptr %13, i64 80
  %285 = icmp eq ptr %283, %284
  br i1 %285, label %289, label %286

286:                                              ; preds = %282
  %287 = load i64, ptr %284, align 8, !tbaa !36
  %288 = add i64 %287, 1
  call void @_ZdlPvm(ptr noundef %283, i64 noundef %288) #30
  br label %289

289:                                              ; preds = %282, %286
  %290 = getelementptr inbounds i8, ptr %13, i64 48
  %291 = load ptr, ptr %290, align 8, !tbaa !29
  %292 = icmp eq ptr %291, null
  br i1 %292, label %296, label %293

293:                                              ; preds = %289
  %294 = getelementptr inbounds i8, ptr %13, i64 32
  %295 = invoke noundef i1 %291(ptr noundef nonnull align 8 dereferenceable(16) %294, ptr noundef nonnull align 8 dereferenceable(16) %294, i32 noundef 3)
          to label %296 unwind label %279

296:                                              ; preds = %293, %289
  %297 = load ptr, ptr %13, align 8, !tbaa !48
  %298 = getelementptr inbounds i8, ptr %13, i64 16
  %299 = icmp eq ptr %297, %298
  br i1 %299, label %303, label %300

300:                                              ; preds = %296
  %301 = load i64, ptr %298, align 8, !tbaa !36
  %302 = add i64 %301, 1
  call void @_ZdlPvm(ptr noundef %297, i64 noundef %302) #30
  br label %303

303:                                              ; preds = %300, %296
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %13) #27
  %304 = getelementptr inbounds i8, ptr %15, i64 16
  %305 = getelementptr inbounds i8, ptr %15, i64 8
  %306 = getelementptr inbounds i8, ptr %6, i64 16
  %307 = getelementptr inbounds i8, ptr %14, i64 16
  %308 = getelementptr inbounds i8, ptr %14, i64 24
  br label %319

309:                                              ; preds = %473
  %310 = sub i64 %27, %26
  %311 = ashr exact i64 %310, 2
  %312 = icmp ugt i64 %311, 1000
  br i1 %312, label %494, label %313

313:                                              ; preds = %309
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.37, i64 noundef 1000, i64 noundef %311) #28
          to label %314 unwind label %498

314:                                              ; preds = %313
  unreachable

315:                                              ; preds = %236
  %316 = landingpad { ptr, i32 }
          cleanup
  %317 = extractvalue { ptr, i32 } %316, 0
  %318 = extractvalue { ptr, i32 } %316, 1
  br label %792

319:                                              ; preds = %303, %473
  %320 = phi i64 [ 0, %303 ], [ %474, %473 ]
  %321 = getelementptr inbounds i8, ptr @constinit, i64 %320
  %322 = load ptr, ptr %321, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #27
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %14, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #27
  store ptr %304, ptr %15, align 8, !tbaa !31
  %323 = icmp eq ptr %322, null
  br i1 %323, label %324, label %326

324:                                              ; preds = %319
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.36) #28
          to label %325 unwind label %434

325:                                              ; preds = %324
  unreachable

326:                                              ; preds = %319
  %327 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %322) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #27
  store i64 %327, ptr %7, align 8, !tbaa !49
  %328 = icmp ugt i64 %327, 15
  br i1 %328, label %329, label %333

329:                                              ; preds = %326
  %330 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %7, i64 noundef 0)
          to label %331 unwind label %434

331:                                              ; preds = %329
  store ptr %330, ptr %15, align 8, !tbaa !48
  %332 = load i64, ptr %7, align 8, !tbaa !49
  store i64 %332, ptr %304, align 8, !tbaa !36
  br label %333

333:                                              ; preds = %331, %326
  %334 = phi ptr [ %330, %331 ], [ %304, %326 ]
  switch i64 %327, label %337 [
    i64 1, label %335
    i64 0, label %338
  ]

335:                                              ; preds = %333
  %336 = load i8, ptr %322, align 1, !tbaa !36
  store i8 %336, ptr %334, align 1, !tbaa !36
  br label %338

337:                                              ; preds = %333
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %334, ptr nonnull align 1 %322, i64 %327, i1 false)
  br label %338

338:                                              ; preds = %337, %335, %333
  %339 = load i64, ptr %7, align 8, !tbaa !49
  store i64 %339, ptr %305, align 8, !tbaa !33
  %340 = load ptr, ptr %15, align 8, !tbaa !48
  %341 = getelementptr inbounds i8, ptr %340, i64 %339
  store i8 0, ptr %341, align 1, !tbaa !36
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #27
  %342 = load ptr, ptr %258, align 8, !tbaa !43
  %343 = icmp eq ptr %342, null
  %344 = load ptr, ptr %15, align 8
  br i1 %343, label %396, label %345

345:                                              ; preds = %338
  %346 = load i64, ptr %305, align 8, !tbaa !33
  br label %347

347:                                              ; preds = %364, %345
  %348 = phi ptr [ %342, %345 ], [ %370, %364 ]
  %349 = phi ptr [ %257, %345 ], [ %367, %364 ]
  %350 = getelementptr inbounds i8, ptr %348, i64 40
  %351 = load i64, ptr %350, align 8, !tbaa !33
  %352 = call i64 @llvm.umin.i64(i64 %346, i64 %351)
  %353 = icmp eq i64 %352, 0
  br i1 %353, label %359, label %354

354:                                              ; preds = %347
  %355 = getelementptr inbounds i8, ptr %348, i64 32
  %356 = load ptr, ptr %355, align 8, !tbaa !48
  %357 = call i32 @memcmp(ptr noundef %356, ptr noundef %344, i64 noundef %352) #27
  %358 = icmp eq i32 %357, 0
  br i1 %358, label %359, label %364

359:                                              ; preds = %354, %347
  %360 = sub i64 %351, %346
  %361 = call i64 @llvm.smax.i64(i64 %360, i64 -2147483648)
  %362 = call i64 @llvm.smin.i64(i64 %361, i64 2147483647)
  %363 = trunc nsw i64 %362 to i32
  br label %364

364:                                              ; preds = %359, %354
  %365 = phi i32 [ %357, %354 ], [ %363, %359 ]
  %366 = icmp slt i32 %365, 0
  %367 = select i1 %366, ptr %349, ptr %348
  %368 = select i1 %366, i64 24, i64 16
  %369 = getelementptr inbounds i8, ptr %348, i64 %368
  %370 = load ptr, ptr %369, align 8, !tbaa !47
  %371 = icmp eq ptr %370, null
  br i1 %371, label %372, label %347, !llvm.loop !50

372:                                              ; preds = %364
  %373 = ptrtoint ptr %367 to i64
  %374 = icmp eq ptr %367, %257
  br i1 %374, label %396, label %375

375:                                              ; preds = %372
  %376 = select i1 %366, ptr %349, ptr %348
  %377 = getelementptr inbounds i8, ptr %376, i64 40
  %378 = load i64, ptr %377, align 8, !tbaa !33
  %379 = call i64 @llvm.umin.i64(i64 %378, i64 %346)
  %380 = icmp eq i64 %379, 0
  br i1 %380, label %387, label %381

381:                                              ; preds = %375
  %382 = select i1 %366, ptr %349, ptr %348
  %383 = getelementptr inbounds i8, ptr %382, i64 32
  %384 = load ptr, ptr %383, align 8, !tbaa !48
  %385 = call i32 @memcmp(ptr noundef %344, ptr noundef %384, i64 noundef %379) #27
  %386 = icmp eq i32 %385, 0
  br i1 %386, label %387, label %392

387:                                              ; preds = %381, %375
  %388 = sub i64 %346, %378
  %389 = call i64 @llvm.smax.i64(i64 %388, i64 -2147483648)
  %390 = call i64 @llvm.smin.i64(i64 %389, i64 2147483647)
  %391 = trunc nsw i64 %390 to i32
  br label %392

392:                                              ; preds = %387, %381
  %393 = phi i32 [ %385, %381 ], [ %391, %387 ]
  %394 = icmp slt i32 %393, 0
  %395 = select i1 %394, i64 %262, i64 %373
  br label %396

396:                                              ; preds = %338, %372, %392
  %397 = phi i64 [ %262, %372 ], [ %395, %392 ], [ %262, %338 ]
  %398 = inttoptr i64 %397 to ptr
  %399 = icmp eq ptr %344, %304
  br i1 %399, label %403, label %400

400:                                              ; preds = %396
  %401 = load i64, ptr %304, align 8, !tbaa !36
  %402 = add i64 %401, 1
  call void @_ZdlPvm(ptr noundef %344, i64 noundef %402) #30
  br label %403

403:                                              ; preds = %396, %400
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #27
  %404 = icmp eq ptr %257, %398
  br i1 %404, label %438, label %405

405:                                              ; preds = %403
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #27
  %406 = getelementptr inbounds i8, ptr %398, i64 80
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %6, i8 0, i64 32, i1 false)
  %407 = load ptr, ptr %406, align 8, !tbaa !29
  %408 = icmp eq ptr %407, null
  br i1 %408, label %423, label %409

409:                                              ; preds = %405
  %410 = getelementptr inbounds i8, ptr %398, i64 64
  %411 = invoke noundef i1 %407(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %410, i32 noundef 2)
          to label %412 unwind label %414

412:                                              ; preds = %409
  %413 = load <2 x ptr>, ptr %406, align 8, !tbaa !47
  br label %423

414:                                              ; preds = %409
  %415 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  %416 = load ptr, ptr %306, align 8, !tbaa !29
  %417 = icmp eq ptr %416, null
  br i1 %417, label %456, label %418

418:                                              ; preds = %414
  %419 = invoke noundef i1 %416(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %456 unwind label %420

420:                                              ; preds = %418
  %421 = landingpad { ptr, i32 }
          catch ptr null
  %422 = extractvalue { ptr, i32 } %421, 0
  call void @__clang_call_terminate(ptr %422) #31
  unreachable

423:                                              ; preds = %412, %405
  %424 = phi <2 x ptr> [ zeroinitializer, %405 ], [ %413, %412 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull align 8 dereferenceable(16) %6, i64 16, i1 false), !tbaa.struct !51
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %14, i64 16, i1 false), !tbaa.struct !51
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %5, i64 16, i1 false), !tbaa.struct !51
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5)
  %425 = load <2 x ptr>, ptr %307, align 8, !tbaa !47
  store <2 x ptr> %425, ptr %306, align 8, !tbaa !47
  store <2 x ptr> %424, ptr %307, align 8, !tbaa !47
  %426 = extractelement <2 x ptr> %425, i64 0
  %427 = icmp eq ptr %426, null
  br i1 %427, label %433, label %428

428:                                              ; preds = %423
  %429 = invoke noundef i1 %426(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %433 unwind label %430

430:                                              ; preds = %428
  %431 = landingpad { ptr, i32 }
          catch ptr null
  %432 = extractvalue { ptr, i32 } %431, 0
  call void @__clang_call_terminate(ptr %432) #31
  unreachable

433:                                              ; preds = %423, %428
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #27
  br label %438

434:                                              ; preds = %329, %324
  %435 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #27
  br label %456

436:                                              ; preds = %443, %441
  %437 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  br label %456

438:                                              ; preds = %433, %403
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4)
  store i32 21, ptr %4, align 4, !tbaa !6
  %439 = load ptr, ptr %307, align 8, !tbaa !29
  %440 = icmp eq ptr %439, null
  br i1 %440, label %441, label %443

441:                                              ; preds = %438
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %442 unwind label %436

442:                                              ; preds = %441
  unreachable

443:                                              ; preds = %438
  %444 = load ptr, ptr %308, align 8, !tbaa !37
  %445 = invoke noundef i32 %444(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 4 dereferenceable(4) %4)
          to label %446 unwind label %436

446:                                              ; preds = %443
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4)
  %447 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %322, i32 noundef %445)
  %448 = load ptr, ptr %307, align 8, !tbaa !29
  %449 = icmp eq ptr %448, null
  br i1 %449, label %455, label %450

450:                                              ; preds = %446
  %451 = invoke noundef i1 %448(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %14, i32 noundef 3)
          to label %455 unwind label %452

452:                                              ; preds = %450
  %453 = landingpad { ptr, i32 }
          catch ptr null
  %454 = extractvalue { ptr, i32 } %453, 0
  call void @__clang_call_terminate(ptr %454) #31
  unreachable

455:                                              ; preds = %446, %450
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #27
  br label %473

456:                                              ; preds = %436, %418, %414, %434
  %457 = phi { ptr, i32 } [ %435, %434 ], [ %437, %436 ], [ %415, %418 ], [ %415, %414 ]
  %458 = extractvalue { ptr, i32 } %457, 0
  %459 = extractvalue { ptr, i32 } %457, 1
  %460 = load ptr, ptr %307, align 8, !tbaa !29
  %461 = icmp eq ptr %460, null
  br i1 %461, label %467, label %462

462:                                              ; preds = %456
  %463 = invoke noundef i1 %460(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %14, i32 noundef 3)
          to label %467 unwind label %464

464:                                              ; preds = %462
  %465 = landingpad { ptr, i32 }
          catch ptr null
  %466 = extractvalue { ptr, i32 } %465, 0
  call void @__clang_call_terminate(ptr %466) #31
  unreachable

467:                                              ; preds = %456, %462
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #27
  %468 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt17bad_function_call) #27
  %469 = icmp eq i32 %459, %468
  br i1 %469, label %470, label %476

470:                                              ; preds = %467
  %471 = call ptr @__cxa_begin_catch(ptr %458) #27
  %472 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %322)
  invoke void @__cxa_end_catch()
          to label %473 unwind label %490

473:                                              ; preds = %479, %470, %455
  %474 = add nuw nsw i64 %320, 8
  %475 = icmp eq i64 %474, 24
  br i1 %475, label %309, label %319

476:                                              ; preds = %467
  %477 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #27
  %478 = icmp eq i32 %459, %477
  br i1 %478, label %479, label %782

479:                                              ; preds = %476
  %480 = call ptr @__cxa_begin_catch(ptr %458) #27
  %481 = load ptr, ptr %480, align 8, !tbaa !10
  %482 = getelementptr inbounds i8, ptr %481, i64 16
  %483 = load ptr, ptr %482, align 8
  %484 = call noundef ptr %483(ptr noundef nonnull align 8 dereferenceable(8) %480) #27
  %485 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %322, ptr noundef %484)
  invoke void @__cxa_end_catch()
          to label %473 unwind label %486

486:                                              ; preds = %479
  %487 = landingpad { ptr, i32 }
          cleanup
  %488 = extractvalue { ptr, i32 } %487, 0
  %489 = extractvalue { ptr, i32 } %487, 1
  br label %782

490:                                              ; preds = %470
  %491 = landingpad { ptr, i32 }
          cleanup
  %492 = extractvalue { ptr, i32 } %491, 0
  %493 = extractvalue { ptr, i32 } %491, 1
  br label %782

494:                                              ; preds = %309
  %495 = getelementptr inbounds i8, ptr %119, i64 4000
  %496 = load i32, ptr %495, align 4, !tbaa !6
  %497 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %496)
  br label %507

498:                                              ; preds = %313
  %499 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12out_of_range
  %500 = extractvalue { ptr, i32 } %499, 0
  %501 = extractvalue { ptr, i32 } %499, 1
  %502 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #27
  %503 = icmp eq i32 %501, %502
  br i1 %503, label %504, label %782

504:                                              ; preds = %498
  %505 = call ptr @__cxa_begin_catch(ptr %500) #27
  %506 = call i32 @puts(ptr nonnull dereferenceable(1) @str.39)
  invoke void @__cxa_end_catch()
          to label %507 unwind label %513

507:                                              ; preds = %504, %494
  %508 = getelementptr inbounds i8, ptr %16, i64 16
  %509 = getelementptr inbounds i8, ptr %16, i64 8
  br label %517

510:                                              ; preds = %590
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %17) #27
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV5Other, i64 16), ptr %17, align 8, !tbaa !10
  %511 = call ptr @__dynamic_cast(ptr nonnull %17, ptr nonnull @_ZTI4Base, ptr nonnull @_ZTI7Derived, i64 0) #27
  %512 = icmp eq ptr %511, null
  br i1 %512, label %607, label %609

513:                                              ; preds = %504
  %514 = landingpad { ptr, i32 }
          cleanup
  %515 = extractvalue { ptr, i32 } %514, 0
  %516 = extractvalue { ptr, i32 } %514, 1
  br label %782

517:                                              ; preds = %507, %590
  %518 = phi i64 [ 0, %507 ], [ %591, %590 ]
  %519 = getelementptr inbounds i8, ptr @constinit.16, i64 %518
  %520 = load ptr, ptr %519, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #27
  store ptr %508, ptr %16, align 8, !tbaa !31
  %521 = icmp eq ptr %520, null
  br i1 %521, label %522, label %524

522:                                              ; preds = %517
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.36) #28
          to label %523 unwind label %576

523:                                              ; preds = %522
  unreachable

524:                                              ; preds = %517
  %525 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %520) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #27
  store i64 %525, ptr %3, align 8, !tbaa !49
  %526 = icmp ugt i64 %525, 15
  br i1 %526, label %527, label %531

527:                                              ; preds = %524
  %528 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %16, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %529 unwind label %576

529:                                              ; preds = %527
  store ptr %528, ptr %16, align 8, !tbaa !48
  %530 = load i64, ptr %3, align 8, !tbaa !49
  store i64 %530, ptr %508, align 8, !tbaa !36
  br label %531

531:                                              ; preds = %529, %524
  %532 = phi ptr [ %528, %529 ], [ %508, %524 ]
  switch i64 %525, label %535 [
    i64 1, label %533
    i64 0, label %536
  ]

533:                                              ; preds = %531
  %534 = load i8, ptr %520, align 1, !tbaa !36
  store i8 %534, ptr %532, align 1, !tbaa !36
  br label %536

535:                                              ; preds = %531
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %532, ptr nonnull align 1 %520, i64 %525, i1 false)
  br label %536

536:                                              ; preds = %535, %533, %531
  %537 = load i64, ptr %3, align 8, !tbaa !49
  store i64 %537, ptr %509, align 8, !tbaa !33
  %538 = load ptr, ptr %16, align 8, !tbaa !48
  %539 = getelementptr inbounds i8, ptr %538, i64 %537
  store i8 0, ptr %539, align 1, !tbaa !36
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #27
  %540 = load ptr, ptr %16, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #27
  %541 = tail call ptr @__errno_location() #32
  %542 = load i32, ptr %541, align 4, !tbaa !6
  store i32 0, ptr %541, align 4, !tbaa !6
  %543 = call noundef i64 @strtol(ptr noundef %540, ptr noundef nonnull %2, i32 noundef 10)
  %544 = load ptr, ptr %2, align 8, !tbaa !47
  %545 = icmp eq ptr %544, %540
  br i1 %545, label %546, label %556

546:                                              ; preds = %536
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.29) #28
          to label %547 unwind label %548

547:                                              ; preds = %546
  unreachable

548:                                              ; preds = %562, %546
  %549 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
          catch ptr @_ZTISt12out_of_range
  %550 = load i32, ptr %541, align 4, !tbaa !6
  %551 = icmp eq i32 %550, 0
  br i1 %551, label %552, label %553

552:                                              ; preds = %548
  store i32 %542, ptr %541, align 4, !tbaa !6
  br label %553

553:                                              ; preds = %552, %548
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #27
  %554 = load ptr, ptr %16, align 8, !tbaa !48
  %555 = icmp eq ptr %554, %508
  br i1 %555, label %581, label %578

556:                                              ; preds = %536
  %557 = load i32, ptr %541, align 4, !tbaa !6
  %558 = icmp eq i32 %557, 34
  %559 = add i64 %543, -2147483648
  %560 = icmp ult i64 %559, -4294967296
  %561 = or i1 %560, %558
  br i1 %561, label %562, label %564

562:                                              ; preds = %556
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.29) #28
          to label %563 unwind label %548

563:                                              ; preds = %562
  unreachable

564:                                              ; preds = %556
  %565 = icmp eq i32 %557, 0
  br i1 %565, label %566, label %567

566:                                              ; preds = %564
  store i32 %542, ptr %541, align 4, !tbaa !6
  br label %567

567:                                              ; preds = %566, %564
  %568 = trunc i64 %543 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #27
  %569 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull %520, i32 noundef %568)
  %570 = load ptr, ptr %16, align 8, !tbaa !48
  %571 = icmp eq ptr %570, %508
  br i1 %571, label %575, label %572

572:                                              ; preds = %567
  %573 = load i64, ptr %508, align 8, !tbaa !36
  %574 = add i64 %573, 1
  call void @_ZdlPvm(ptr noundef %570, i64 noundef %574) #30
  br label %575

575:                                              ; preds = %567, %572
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #27
  br label %590

576:                                              ; preds = %527, %522
  %577 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
          catch ptr @_ZTISt12out_of_range
  br label %581

578:                                              ; preds = %553
  %579 = load i64, ptr %508, align 8, !tbaa !36
  %580 = add i64 %579, 1
  call void @_ZdlPvm(ptr noundef %554, i64 noundef %580) #30
  br label %581

581:                                              ; preds = %578, %553, %576
  %582 = phi { ptr, i32 } [ %577, %576 ], [ %549, %553 ], [ %549, %578 ]
  %583 = extractvalue { ptr, i32 } %582, 0
  %584 = extractvalue { ptr, i32 } %582, 1
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #27
  %585 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #27
  %586 = icmp eq i32 %584, %585
  br i1 %586, label %587, label %593

587:                                              ; preds = %581
  %588 = call ptr @__cxa_begin_catch(ptr %583) #27
  %589 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %520)
  invoke void @__cxa_end_catch()
          to label %590 unwind label %603

590:                                              ; preds = %596, %587, %575
  %591 = add nuw nsw i64 %518, 8
  %592 = icmp eq i64 %591, 24
  br i1 %592, label %510, label %517

593:                                              ; preds = %581
  %594 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #27
  %595 = icmp eq i32 %584, %594
  br i1 %595, label %596, label %782

596:                                              ; preds = %593
  %597 = call ptr @__cxa_begin_catch(ptr %583) #27
  %598 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %520)
  invoke void @__cxa_end_catch()
          to label %590 unwind label %599

599:                                              ; preds = %596
  %600 = landingpad { ptr, i32 }
          cleanup
  %601 = extractvalue { ptr, i32 } %600, 0
  %602 = extractvalue { ptr, i32 } %600, 1
  br label %782

603:                                              ; preds = %587
  %604 = landingpad { ptr, i32 }
          cleanup
  %605 = extractvalue { ptr, i32 } %604, 0
  %606 = extractvalue { ptr, i32 } %604, 1
  br label %782

607:                                              ; preds = %510
  invoke void @__cxa_bad_cast() #28
          to label %608 unwind label %613

608:                                              ; preds = %607
  unreachable

609:                                              ; preds = %510
  %610 = icmp eq ptr %511, %17
  %611 = zext i1 %610 to i32
  %612 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %611)
  br label %622

613:                                              ; preds = %607
  %614 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %615 = extractvalue { ptr, i32 } %614, 0
  %616 = extractvalue { ptr, i32 } %614, 1
  %617 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #27
  %618 = icmp eq i32 %616, %617
  br i1 %618, label %619, label %779

619:                                              ; preds = %613
  %620 = call ptr @__cxa_begin_catch(ptr %615) #27
  %621 = call i32 @puts(ptr nonnull dereferenceable(1) @str.40)
  invoke void @__cxa_end_catch()
          to label %622 unwind label %626

622:                                              ; preds = %609, %619
  %623 = call ptr @__cxa_allocate_exception(i64 16) #27
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt18bad_variant_access, i64 16), ptr %623, align 8, !tbaa !10
  %624 = getelementptr inbounds i8, ptr %623, i64 8
  store ptr @.str.31, ptr %624, align 8, !tbaa !52
  invoke void @__cxa_throw(ptr nonnull %623, ptr nonnull @_ZTISt18bad_variant_access, ptr nonnull @_ZNSt9exceptionD2Ev) #28
          to label %625 unwind label %630

625:                                              ; preds = %622
  unreachable

626:                                              ; preds = %619
  %627 = landingpad { ptr, i32 }
          cleanup
  %628 = extractvalue { ptr, i32 } %627, 0
  %629 = extractvalue { ptr, i32 } %627, 1
  br label %779

630:                                              ; preds = %622
  %631 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt18bad_variant_access
  %632 = extractvalue { ptr, i32 } %631, 0
  %633 = extractvalue { ptr, i32 } %631, 1
  %634 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt18bad_variant_access) #27
  %635 = icmp eq i32 %633, %634
  br i1 %635, label %636, label %779

636:                                              ; preds = %630
  %637 = call ptr @__cxa_begin_catch(ptr %632) #27
  %638 = call i32 @puts(ptr nonnull dereferenceable(1) @str.41)
  invoke void @__cxa_end_catch()
          to label %639 unwind label %641

639:                                              ; preds = %636
  invoke void @_ZSt27__throw_bad_optional_accessv() #28
          to label %640 unwind label %645

640:                                              ; preds = %639
  unreachable

641:                                              ; preds = %636
  %642 = landingpad { ptr, i32 }
          cleanup
  %643 = extractvalue { ptr, i32 } %642, 0
  %644 = extractvalue { ptr, i32 } %642, 1
  br label %779

645:                                              ; preds = %639
  %646 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt19bad_optional_access
  %647 = extractvalue { ptr, i32 } %646, 0
  %648 = extractvalue { ptr, i32 } %646, 1
  %649 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt19bad_optional_access) #27
  %650 = icmp eq i32 %648, %649
  br i1 %650, label %651, label %779

651:                                              ; preds = %645
  %652 = call ptr @__cxa_begin_catch(ptr %647) #27
  %653 = call i32 @puts(ptr nonnull dereferenceable(1) @str.42)
  invoke void @__cxa_end_catch()
          to label %654 unwind label %657

654:                                              ; preds = %651
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %18) #27
  store ptr null, ptr %18, align 8, !tbaa !54
  %655 = call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt14overflow_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %655, ptr noundef nonnull @.str.25)
          to label %656 unwind label %661

656:                                              ; preds = %654
  invoke void @__cxa_throw(ptr nonnull %655, ptr nonnull @_ZTISt14overflow_error, ptr nonnull @_ZNSt14overflow_errorD1Ev) #28
          to label %819 unwind label %663

657:                                              ; preds = %651
  %658 = landingpad { ptr, i32 }
          cleanup
  %659 = extractvalue { ptr, i32 } %658, 0
  %660 = extractvalue { ptr, i32 } %658, 1
  br label %779

661:                                              ; preds = %654
  %662 = landingpad { ptr, i32 }
          catch ptr null
  call void @__cxa_free_exception(ptr %655) #27
  br label %665

663:                                              ; preds = %656
  %664 = landingpad { ptr, i32 }
          catch ptr null
  br label %665

665:                                              ; preds = %663, %661
  %666 = phi { ptr, i32 } [ %664, %663 ], [ %662, %661 ]
  %667 = extractvalue { ptr, i32 } %666, 0
  %668 = call ptr @__cxa_begin_catch(ptr %667) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %19) #27
  call void @_ZSt17current_exceptionv(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %19) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #27
  %669 = load ptr, ptr %19, align 8, !tbaa !54
  store ptr null, ptr %19, align 8, !tbaa !54
  %670 = load ptr, ptr %18, align 8, !tbaa !54
  store ptr %670, ptr %1, align 8, !tbaa !54
  store ptr %669, ptr %18, align 8, !tbaa !54
  %671 = icmp eq ptr %670, null
  br i1 %671, label %672, label %673

672:                                              ; preds = %665
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #27
  br label %677

673:                                              ; preds = %665
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %1) #27
  %674 = load ptr, ptr %19, align 8, !tbaa !54
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #27
  %675 = icmp eq ptr %674, null
  br i1 %675, label %677, label %676

676:                                              ; preds = %673
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %19) #27
  br label %677

677:                                              ; preds = %672, %673, %676
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %19) #27
  invoke void @__cxa_end_catch()
          to label %678 unwind label %684

678:                                              ; preds = %677
  %679 = load ptr, ptr %18, align 8, !tbaa !54
  store ptr %679, ptr %20, align 8, !tbaa !54
  %680 = icmp eq ptr %679, null
  br i1 %680, label %682, label %681

681:                                              ; preds = %678
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %20) #27
  br label %682

682:                                              ; preds = %678, %681
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %20) #28
          to label %683 unwind label %688

683:                                              ; preds = %682
  unreachable

684:                                              ; preds = %677
  %685 = landingpad { ptr, i32 }
          cleanup
  %686 = extractvalue { ptr, i32 } %685, 0
  %687 = extractvalue { ptr, i32 } %685, 1
  br label %772

688:                                              ; preds = %682
  %689 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %690 = extractvalue { ptr, i32 } %689, 0
  %691 = extractvalue { ptr, i32 } %689, 1
  %692 = load ptr, ptr %20, align 8, !tbaa !54
  %693 = icmp eq ptr %692, null
  br i1 %693, label %695, label %694

694:                                              ; preds = %688
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %20) #27
  br label %695

695:                                              ; preds = %688, %694
  %696 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #27
  %697 = icmp eq i32 %691, %696
  br i1 %697, label %698, label %772

698:                                              ; preds = %695
  %699 = call ptr @__cxa_begin_catch(ptr %690) #27
  %700 = load ptr, ptr %699, align 8, !tbaa !10
  %701 = getelementptr inbounds i8, ptr %700, i64 16
  %702 = load ptr, ptr %701, align 8
  %703 = call noundef ptr %702(ptr noundef nonnull align 8 dereferenceable(8) %699) #27
  %704 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef %703)
  invoke void @__cxa_end_catch()
          to label %705 unwind label %713

705:                                              ; preds = %698
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %21) #27
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull @.str.33)
          to label %706 unwind label %717

706:                                              ; preds = %705
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %22, align 8, !tbaa !10
  %707 = getelementptr inbounds i8, ptr %22, i64 16
  store i32 3, ptr %707, align 8, !tbaa !12
  call void @_ZSt18make_exception_ptrI12CompareLimitENSt15__exception_ptr13exception_ptrET_(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %21, ptr noundef nonnull %22) #27
  call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %22) #27
  %708 = load ptr, ptr %21, align 8, !tbaa !54
  store ptr %708, ptr %23, align 8, !tbaa !54
  %709 = icmp eq ptr %708, null
  br i1 %709, label %711, label %710

710:                                              ; preds = %706
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %23) #27
  br label %711

711:                                              ; preds = %706, %710
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %23) #28
          to label %712 unwind label %721

712:                                              ; preds = %711
  unreachable

713:                                              ; preds = %698
  %714 = landingpad { ptr, i32 }
          cleanup
  %715 = extractvalue { ptr, i32 } %714, 0
  %716 = extractvalue { ptr, i32 } %714, 1
  br label %772

717:                                              ; preds = %705
  %718 = landingpad { ptr, i32 }
          cleanup
  %719 = extractvalue { ptr, i32 } %718, 0
  %720 = extractvalue { ptr, i32 } %718, 1
  br label %769

721:                                              ; preds = %711
  %722 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  %723 = extractvalue { ptr, i32 } %722, 0
  %724 = extractvalue { ptr, i32 } %722, 1
  %725 = load ptr, ptr %23, align 8, !tbaa !54
  %726 = icmp eq ptr %725, null
  br i1 %726, label %728, label %727

727:                                              ; preds = %721
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %23) #27
  br label %728

728:                                              ; preds = %721, %727
  %729 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI12CompareLimit) #27
  %730 = icmp eq i32 %724, %729
  br i1 %730, label %731, label %763

731:                                              ; preds = %728
  %732 = call ptr @__cxa_begin_catch(ptr %723) #27
  %733 = load ptr, ptr %732, align 8, !tbaa !10
  %734 = getelementptr inbounds i8, ptr %733, i64 16
  %735 = load ptr, ptr %734, align 8
  %736 = call noundef ptr %735(ptr noundef nonnull align 8 dereferenceable(16) %732) #27
  %737 = getelementptr inbounds i8, ptr %732, i64 16
  %738 = load i32, ptr %737, align 8, !tbaa !12
  %739 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef %736, i32 noundef %738)
  invoke void @__cxa_end_catch()
          to label %740 unwind label %759

740:                                              ; preds = %731
  %741 = load ptr, ptr %21, align 8, !tbaa !54
  %742 = icmp eq ptr %741, null
  br i1 %742, label %744, label %743

743:                                              ; preds = %740
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %21) #27
  br label %744

744:                                              ; preds = %740, %743
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %21) #27
  %745 = load ptr, ptr %18, align 8, !tbaa !54
  %746 = icmp eq ptr %745, null
  br i1 %746, label %748, label %747

747:                                              ; preds = %744
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %18) #27
  br label %748

748:                                              ; preds = %747, %744
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %18) #27
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #27
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEESt4lessIS5_ESaISt4pairIKS5_S8_EEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #27
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #27
  %749 = load ptr, ptr %198, align 8, !tbaa !29
  %750 = icmp eq ptr %749, null
  br i1 %750, label %756, label %751

751:                                              ; preds = %748
  %752 = invoke noundef i1 %749(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %756 unwind label %753

753:                                              ; preds = %751
  %754 = landingpad { ptr, i32 }
          catch ptr null
  %755 = extractvalue { ptr, i32 } %754, 0
  call void @__clang_call_terminate(ptr %755) #31
  unreachable

756:                                              ; preds = %748, %751
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #27
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #27
  %757 = ptrtoint ptr %117 to i64
  %758 = sub i64 %757, %26
  call void @_ZdlPvm(ptr noundef nonnull %119, i64 noundef %758) #30
  ret i32 0

759:                                              ; preds = %731
  %760 = landingpad { ptr, i32 }
          cleanup
  %761 = extractvalue { ptr, i32 } %760, 0
  %762 = extractvalue { ptr, i32 } %760, 1
  br label %763

763:                                              ; preds = %759, %728
  %764 = phi i32 [ %762, %759 ], [ %724, %728 ]
  %765 = phi ptr [ %761, %759 ], [ %723, %728 ]
  %766 = load ptr, ptr %21, align 8, !tbaa !54
  %767 = icmp eq ptr %766, null
  br i1 %767, label %769, label %768

768:                                              ; preds = %763
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %21) #27
  br label %769

769:                                              ; preds = %768, %763, %717
  %770 = phi i32 [ %720, %717 ], [ %764, %763 ], [ %764, %768 ]
  %771 = phi ptr [ %719, %717 ], [ %765, %763 ], [ %765, %768 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %21) #27
  br label %772

772:                                              ; preds = %769, %713, %695, %684
  %773 = phi i32 [ %770, %769 ], [ %716, %713 ], [ %691, %695 ], [ %687, %684 ]
  %774 = phi ptr [ %771, %769 ], [ %715, %713 ], [ %690, %695 ], [ %686, %684 ]
  %775 = load ptr, ptr %18, align 8, !tbaa !54
  %776 = icmp eq ptr %775, null
  br i1 %776, label %778, label %777

777:                                              ; preds = %772
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %18) #27
  br label %778

778:                                              ; preds = %772, %777
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %18) #27
  br label %779

779:                                              ; preds = %645, %657, %778, %641, %630, %626, %613
  %780 = phi i32 [ %629, %626 ], [ %616, %613 ], [ %644, %641 ], [ %633, %630 ], [ %773, %778 ], [ %660, %657 ], [ %648, %645 ]
  %781 = phi ptr [ %628, %626 ], [ %615, %613 ], [ %643, %641 ], [ %632, %630 ], [ %774, %778 ], [ %659, %657 ], [ %647, %645 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #27
  br label %782

782:                                              ; preds = %476, %593, %599, %603, %486, %490, %779, %513, %498
  %783 = phi i32 [ %780, %779 ], [ %516, %513 ], [ %501, %498 ], [ %493, %490 ], [ %489, %486 ], [ %606, %603 ], [ %602, %599 ], [ %584, %593 ], [ %459, %476 ]
  %784 = phi ptr [ %781, %779 ], [ %515, %513 ], [ %500, %498 ], [ %492, %490 ], [ %488, %486 ], [ %605, %603 ], [ %601, %599 ], [ %583, %593 ], [ %458, %476 ]
  %785 = load ptr, ptr %258, align 8, !tbaa !43
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %12, ptr noundef %785)
          to label %789 unwind label %786

786:                                              ; preds = %782
  %787 = landingpad { ptr, i32 }
          catch ptr null
  %788 = extractvalue { ptr, i32 } %787, 0
  call void @__clang_call_terminate(ptr %788) #31
  unreachable

789:                                              ; preds = %782, %271
  %790 = phi i32 [ %275, %271 ], [ %783, %782 ]
  %791 = phi ptr [ %274, %271 ], [ %784, %782 ]
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #27
  br label %792

792:                                              ; preds = %789, %315, %230
  %793 = phi i32 [ %790, %789 ], [ %318, %315 ], [ %233, %230 ]
  %794 = phi ptr [ %791, %789 ], [ %317, %315 ], [ %232, %230 ]
  %795 = load ptr, ptr %198, align 8, !tbaa !29
  %796 = icmp eq ptr %795, null
  br i1 %796, label %802, label %797

797:                                              ; preds = %792
  %798 = invoke noundef i1 %795(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %802 unwind label %799

799:                                              ; preds = %797
  %800 = landingpad { ptr, i32 }
          catch ptr null
  %801 = extractvalue { ptr, i32 } %800, 0
  call void @__clang_call_terminate(ptr %801) #31
  unreachable

802:                                              ; preds = %792, %797
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #27
  br label %803

803:                                              ; preds = %802, %222, %218, %135
  %804 = phi i32 [ %793, %802 ], [ %225, %222 ], [ %221, %218 ], [ %138, %135 ]
  %805 = phi ptr [ %794, %802 ], [ %224, %222 ], [ %220, %218 ], [ %137, %135 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #27
  br label %806

806:                                              ; preds = %803, %127
  %807 = phi ptr [ %79, %127 ], [ %117, %803 ]
  %808 = phi ptr [ %78, %127 ], [ %119, %803 ]
  %809 = phi i32 [ %130, %127 ], [ %804, %803 ]
  %810 = phi ptr [ %129, %127 ], [ %805, %803 ]
  %811 = icmp eq ptr %808, null
  br i1 %811, label %816, label %812

812:                                              ; preds = %806
  %813 = ptrtoint ptr %807 to i64
  %814 = ptrtoint ptr %808 to i64
  %815 = sub i64 %813, %814
  call void @_ZdlPvm(ptr noundef nonnull %808, i64 noundef %815) #30
  br label %816

816:                                              ; preds = %806, %812
  %817 = insertvalue { ptr, i32 } poison, ptr %810, 0
  %818 = insertvalue { ptr, i32 } %817, i32 %809, 1
  resume { ptr, i32 } %818

819:                                              ; preds = %656
  unreachable
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #3

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #4 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #27
  tail call void @_ZSt9terminatev() #31
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 48
  %3 = load ptr, ptr %2, align 8, !tbaa !29
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = invoke noundef i1 %3(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %11 unwind label %8

8:                                                ; preds = %5
  %9 = landingpad { ptr, i32 }
          catch ptr null
  %10 = extractvalue { ptr, i32 } %9, 0
  tail call void @__clang_call_terminate(ptr %10) #31
  unreachable

11:                                               ; preds = %1, %5
  %12 = load ptr, ptr %0, align 8, !tbaa !48
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %18, label %15

15:                                               ; preds = %11
  %16 = load i64, ptr %13, align 8, !tbaa !36
  %17 = add i64 %16, 1
  tail call void @_ZdlPvm(ptr noundef %12, i64 noundef %17) #30
  br label %18

18:                                               ; preds = %11, %15
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare ptr @__dynamic_cast(ptr, ptr, ptr, i64) local_unnamed_addr #7

declare void @__cxa_bad_cast() local_unnamed_addr

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @_ZNSt14overflow_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt14overflow_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZSt17current_exceptionv(ptr dead_on_unwind writable sret(%"class.std::__exception_ptr::exception_ptr") align 8) local_unnamed_addr #9

; Function Attrs: noreturn
declare void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt18make_exception_ptrI12CompareLimitENSt15__exception_ptr13exception_ptrET_(ptr dead_on_unwind noalias writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %0, ptr noundef %1) local_unnamed_addr #11 comdat {
  %3 = tail call ptr @__cxa_allocate_exception(i64 noundef 24) #27
  %4 = tail call ptr @__cxa_init_primary_exception(ptr noundef %3, ptr noundef nonnull @_ZTI12CompareLimit, ptr noundef nonnull @_ZNSt15__exception_ptr12__dest_thunkI12CompareLimitEEvPv) #27
  tail call void @_ZNSt13runtime_errorC2ERKS_(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %1) #27
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %3, align 8, !tbaa !10
  %5 = getelementptr inbounds i8, ptr %3, i64 16
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = load i32, ptr %6, align 8, !tbaa !12
  store i32 %7, ptr %5, align 8, !tbaa !12
  tail call void @_ZNSt15__exception_ptr13exception_ptrC1EPv(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull %3) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %0, i32 noundef %1) unnamed_addr #12 comdat {
  tail call void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull @.str.33)
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %0, align 8, !tbaa !10
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %1, ptr %3, align 8, !tbaa !12
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4BaseD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEESt4lessIS5_ESaISt4pairIKS5_S8_EEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #11 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !43
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %7 unwind label %4

4:                                                ; preds = %1
  %5 = landingpad { ptr, i32 }
          catch ptr null
  %6 = extractvalue { ptr, i32 } %5, 0
  tail call void @__clang_call_terminate(ptr %6) #31
  unreachable

7:                                                ; preds = %1
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #13

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1) #14 {
  %3 = load i32, ptr %1, align 4, !tbaa !6
  %4 = shl nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_1", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !47
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

; Function Attrs: mustprogress noreturn uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture nonnull readnone align 4 %1) #16 personality ptr @__gxx_personality_v0 {
  %3 = tail call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt12domain_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull @.str.28)
          to label %4 unwind label %5

4:                                                ; preds = %2
  tail call void @__cxa_throw(ptr nonnull %3, ptr nonnull @_ZTISt12domain_error, ptr nonnull @_ZNSt12domain_errorD1Ev) #28
  unreachable

5:                                                ; preds = %2
  %6 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %3) #27
  resume { ptr, i32 } %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_2", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !47
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

declare void @_ZNSt12domain_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt12domain_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #17

; Function Attrs: noreturn
declare void @_ZSt24__throw_invalid_argumentPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__errno_location() local_unnamed_addr #18

; Function Attrs: noreturn
declare void @_ZSt20__throw_out_of_rangePKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5OtherD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #30
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #19

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt18bad_variant_accessD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat {
  tail call void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #30
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt18bad_variant_access4whatEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #11 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !52
  ret ptr %3
}

; Function Attrs: inlinehint mustprogress noreturn uwtable
define linkonce_odr dso_local void @_ZSt27__throw_bad_optional_accessv() local_unnamed_addr #20 comdat {
  %1 = tail call ptr @__cxa_allocate_exception(i64 8) #27
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt19bad_optional_access, i64 16), ptr %1, align 8, !tbaa !10
  tail call void @__cxa_throw(ptr nonnull %1, ptr nonnull @_ZTISt19bad_optional_access, ptr nonnull @_ZNSt9exceptionD2Ev) #28
  unreachable
}

; Function Attrs: nounwind
declare void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt19bad_optional_accessD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat {
  tail call void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #30
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt19bad_optional_access4whatEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat {
  ret ptr @.str.32
}

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #9

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #9

declare void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN12CompareLimitD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #5 comdat {
  tail call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #30
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt13runtime_error4whatEv(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #11 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !43
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %4 unwind label %5

4:                                                ; preds = %1
  ret void

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null
  %7 = extractvalue { ptr, i32 } %6, 0
  tail call void @__clang_call_terminate(ptr %7) #31
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %29, label %4

4:                                                ; preds = %2, %27
  %5 = phi ptr [ %9, %27 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !56
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !57
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = getelementptr inbounds i8, ptr %5, i64 80
  %12 = load ptr, ptr %11, align 8, !tbaa !29
  %13 = icmp eq ptr %12, null
  br i1 %13, label %20, label %14

14:                                               ; preds = %4
  %15 = getelementptr inbounds i8, ptr %5, i64 64
  %16 = invoke noundef i1 %12(ptr noundef nonnull align 8 dereferenceable(16) %15, ptr noundef nonnull align 8 dereferenceable(16) %15, i32 noundef 3)
          to label %20 unwind label %17

17:                                               ; preds = %14
  %18 = landingpad { ptr, i32 }
          catch ptr null
  %19 = extractvalue { ptr, i32 } %18, 0
  tail call void @__clang_call_terminate(ptr %19) #31
  unreachable

20:                                               ; preds = %14, %4
  %21 = load ptr, ptr %10, align 8, !tbaa !48
  %22 = getelementptr inbounds i8, ptr %5, i64 48
  %23 = icmp eq ptr %21, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %20
  %25 = load i64, ptr %22, align 8, !tbaa !36
  %26 = add i64 %25, 1
  tail call void @_ZdlPvm(ptr noundef %21, i64 noundef %26) #30
  br label %27

27:                                               ; preds = %20, %24
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 96) #30
  %28 = icmp eq ptr %9, null
  br i1 %28, label %29, label %4, !llvm.loop !58

29:                                               ; preds = %27, %2
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #21

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #6

; Function Attrs: mustprogress uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %191

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %5, i64 4
  %11 = inttoptr i64 %3 to ptr
  %12 = inttoptr i64 %1 to ptr
  %13 = icmp eq i64 %2, 0
  br i1 %13, label %16, label %39

14:                                               ; preds = %186
  %15 = icmp eq i64 %44, 0
  br i1 %15, label %16, label %39, !llvm.loop !59

16:                                               ; preds = %14, %9
  %17 = phi i64 [ %7, %9 ], [ %189, %14 ]
  %18 = phi i64 [ %6, %9 ], [ %188, %14 ]
  %19 = phi ptr [ %12, %9 ], [ %151, %14 ]
  %20 = add nsw i64 %17, -2
  %21 = lshr i64 %20, 1
  br label %22

22:                                               ; preds = %22, %16
  %23 = phi i64 [ %21, %16 ], [ %27, %22 ]
  %24 = getelementptr inbounds i32, ptr %5, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !6
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef %23, i64 noundef %17, i32 noundef %25, i64 %3)
  %26 = icmp eq i64 %23, 0
  %27 = add nsw i64 %23, -1
  br i1 %26, label %28, label %22, !llvm.loop !60

28:                                               ; preds = %22
  %29 = icmp sgt i64 %18, 4
  br i1 %29, label %30, label %191

30:                                               ; preds = %28, %30
  %31 = phi ptr [ %32, %30 ], [ %19, %28 ]
  %32 = getelementptr inbounds i8, ptr %31, i64 -4
  %33 = ptrtoint ptr %32 to i64
  %34 = load i32, ptr %32, align 4, !tbaa !6
  %35 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %35, ptr %32, align 4, !tbaa !6
  %36 = sub i64 %33, %0
  %37 = ashr exact i64 %36, 2
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef 0, i64 noundef %37, i32 noundef %34, i64 %3)
  %38 = icmp sgt i64 %36, 4
  br i1 %38, label %30, label %191, !llvm.loop !61

39:                                               ; preds = %9, %14
  %40 = phi ptr [ %151, %14 ], [ %12, %9 ]
  %41 = phi i64 [ %187, %14 ], [ %1, %9 ]
  %42 = phi i64 [ %44, %14 ], [ %2, %9 ]
  %43 = phi i64 [ %189, %14 ], [ %7, %9 ]
  %44 = add nsw i64 %42, -1
  %45 = lshr i64 %43, 1
  %46 = getelementptr inbounds i32, ptr %5, i64 %45
  %47 = getelementptr inbounds i8, ptr %40, i64 -4
  %48 = load i32, ptr %10, align 4, !tbaa !6
  %49 = load i32, ptr %46, align 4, !tbaa !6
  %50 = load i32, ptr %11, align 4, !tbaa !6
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %11, align 4, !tbaa !6
  %52 = icmp eq i32 %51, 500
  br i1 %52, label %53, label %62

53:                                               ; preds = %39
  %54 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %55 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %54, i32 noundef %55)
          to label %56 unwind label %60

56:                                               ; preds = %53
  tail call void @__cxa_throw(ptr nonnull %54, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

57:                                               ; preds = %171, %145, %120, %104, %89, %73, %60
  %58 = phi ptr [ %117, %120 ], [ %101, %104 ], [ %86, %89 ], [ %70, %73 ], [ %54, %60 ], [ %168, %171 ], [ %142, %145 ]
  %59 = phi { ptr, i32 } [ %121, %120 ], [ %105, %104 ], [ %90, %89 ], [ %74, %73 ], [ %61, %60 ], [ %172, %171 ], [ %146, %145 ]
  tail call void @__cxa_free_exception(ptr %58) #27
  resume { ptr, i32 } %59

60:                                               ; preds = %53
  %61 = landingpad { ptr, i32 }
          cleanup
  br label %57

62:                                               ; preds = %39
  %63 = icmp slt i32 %48, %49
  %64 = load i32, ptr %47, align 4, !tbaa !6
  %65 = add nsw i32 %50, 2
  %66 = icmp eq i32 %65, 500
  br i1 %63, label %67, label %98

67:                                               ; preds = %62
  %68 = load i32, ptr %46, align 4, !tbaa !6
  store i32 %65, ptr %11, align 4, !tbaa !6
  br i1 %66, label %69, label %75

69:                                               ; preds = %67
  %70 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %71 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %70, i32 noundef %71)
          to label %72 unwind label %73

72:                                               ; preds = %69
  tail call void @__cxa_throw(ptr nonnull %70, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

73:                                               ; preds = %69
  %74 = landingpad { ptr, i32 }
          cleanup
  br label %57

75:                                               ; preds = %67
  %76 = icmp slt i32 %68, %64
  br i1 %76, label %77, label %80

77:                                               ; preds = %75
  %78 = load i32, ptr %5, align 4, !tbaa !6
  %79 = load i32, ptr %46, align 4, !tbaa !6
  store i32 %79, ptr %5, align 4, !tbaa !6
  store i32 %78, ptr %46, align 4, !tbaa !6
  br label %129

80:                                               ; preds = %75
  %81 = load i32, ptr %10, align 4, !tbaa !6
  %82 = load i32, ptr %47, align 4, !tbaa !6
  %83 = add nsw i32 %50, 3
  store i32 %83, ptr %11, align 4, !tbaa !6
  %84 = icmp eq i32 %83, 500
  br i1 %84, label %85, label %91

85:                                               ; preds = %80
  %86 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %87 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %86, i32 noundef %87)
          to label %88 unwind label %89

88:                                               ; preds = %85
  tail call void @__cxa_throw(ptr nonnull %86, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

89:                                               ; preds = %85
  %90 = landingpad { ptr, i32 }
          cleanup
  br label %57

91:                                               ; preds = %80
  %92 = icmp slt i32 %81, %82
  %93 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %92, label %94, label %96

94:                                               ; preds = %91
  %95 = load i32, ptr %47, align 4, !tbaa !6
  store i32 %95, ptr %5, align 4, !tbaa !6
  store i32 %93, ptr %47, align 4, !tbaa !6
  br label %129

96:                                               ; preds = %91
  %97 = load i32, ptr %10, align 4, !tbaa !6
  store i32 %97, ptr %5, align 4, !tbaa !6
  store i32 %93, ptr %10, align 4, !tbaa !6
  br label %129

98:                                               ; preds = %62
  %99 = load i32, ptr %10, align 4, !tbaa !6
  store i32 %65, ptr %11, align 4, !tbaa !6
  br i1 %66, label %100, label %106

100:                                              ; preds = %98
  %101 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %102 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %101, i32 noundef %102)
          to label %103 unwind label %104

103:                                              ; preds = %100
  tail call void @__cxa_throw(ptr nonnull %101, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

104:                                              ; preds = %100
  %105 = landingpad { ptr, i32 }
          cleanup
  br label %57

106:                                              ; preds = %98
  %107 = icmp slt i32 %99, %64
  br i1 %107, label %108, label %111

108:                                              ; preds = %106
  %109 = load <2 x i32>, ptr %5, align 4, !tbaa !6
  %110 = shufflevector <2 x i32> %109, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  store <2 x i32> %110, ptr %5, align 4, !tbaa !6
  br label %129

111:                                              ; preds = %106
  %112 = load i32, ptr %46, align 4, !tbaa !6
  %113 = load i32, ptr %47, align 4, !tbaa !6
  %114 = add nsw i32 %50, 3
  store i32 %114, ptr %11, align 4, !tbaa !6
  %115 = icmp eq i32 %114, 500
  br i1 %115, label %116, label %122

116:                                              ; preds = %111
  %117 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %118 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %117, i32 noundef %118)
          to label %119 unwind label %120

119:                                              ; preds = %116
  tail call void @__cxa_throw(ptr nonnull %117, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

120:                                              ; preds = %116
  %121 = landingpad { ptr, i32 }
          cleanup
  br label %57

122:                                              ; preds = %111
  %123 = icmp slt i32 %112, %113
  %124 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %123, label %125, label %127

125:                                              ; preds = %122
  %126 = load i32, ptr %47, align 4, !tbaa !6
  store i32 %126, ptr %5, align 4, !tbaa !6
  store i32 %124, ptr %47, align 4, !tbaa !6
  br label %129

127:                                              ; preds = %122
  %128 = load i32, ptr %46, align 4, !tbaa !6
  store i32 %128, ptr %5, align 4, !tbaa !6
  store i32 %124, ptr %46, align 4, !tbaa !6
  br label %129

129:                                              ; preds = %127, %125, %108, %96, %94, %77
  %130 = load i32, ptr %10, align 4, !tbaa !6
  %131 = load i32, ptr %5, align 4, !tbaa !6
  %132 = load i32, ptr %11, align 4, !tbaa !6
  %133 = add nsw i32 %132, 1
  store i32 %133, ptr %11, align 4, !tbaa !6
  %134 = icmp eq i32 %133, 500
  br i1 %134, label %141, label %135

135:                                              ; preds = %129, %177
  %136 = phi i32 [ %184, %177 ], [ %133, %129 ]
  %137 = phi i32 [ %182, %177 ], [ %131, %129 ]
  %138 = phi i32 [ %181, %177 ], [ %130, %129 ]
  %139 = phi ptr [ %180, %177 ], [ %10, %129 ]
  %140 = phi ptr [ %162, %177 ], [ %40, %129 ]
  br label %147

141:                                              ; preds = %129, %177, %153
  %142 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %143 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %142, i32 noundef %143)
          to label %144 unwind label %145

144:                                              ; preds = %141
  tail call void @__cxa_throw(ptr nonnull %142, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

145:                                              ; preds = %141
  %146 = landingpad { ptr, i32 }
          cleanup
  br label %57

147:                                              ; preds = %153, %135
  %148 = phi i32 [ %136, %135 ], [ %157, %153 ]
  %149 = phi i32 [ %137, %135 ], [ %156, %153 ]
  %150 = phi i32 [ %138, %135 ], [ %155, %153 ]
  %151 = phi ptr [ %139, %135 ], [ %154, %153 ]
  %152 = icmp slt i32 %150, %149
  br i1 %152, label %153, label %159

153:                                              ; preds = %147
  %154 = getelementptr inbounds i8, ptr %151, i64 4
  %155 = load i32, ptr %154, align 4, !tbaa !6
  %156 = load i32, ptr %5, align 4, !tbaa !6
  %157 = add nsw i32 %148, 1
  store i32 %157, ptr %11, align 4, !tbaa !6
  %158 = icmp eq i32 %157, 500
  br i1 %158, label %141, label %147, !llvm.loop !62

159:                                              ; preds = %147, %173
  %160 = phi i32 [ %165, %173 ], [ %148, %147 ]
  %161 = phi ptr [ %162, %173 ], [ %140, %147 ]
  %162 = getelementptr inbounds i8, ptr %161, i64 -4
  %163 = load i32, ptr %5, align 4, !tbaa !6
  %164 = load i32, ptr %162, align 4, !tbaa !6
  %165 = add nsw i32 %160, 1
  store i32 %165, ptr %11, align 4, !tbaa !6
  %166 = icmp eq i32 %165, 500
  br i1 %166, label %167, label %173

167:                                              ; preds = %159
  %168 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %169 = load i32, ptr %11, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %168, i32 noundef %169)
          to label %170 unwind label %171

170:                                              ; preds = %167
  tail call void @__cxa_throw(ptr nonnull %168, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

171:                                              ; preds = %167
  %172 = landingpad { ptr, i32 }
          cleanup
  br label %57

173:                                              ; preds = %159
  %174 = icmp slt i32 %163, %164
  br i1 %174, label %159, label %175, !llvm.loop !63

175:                                              ; preds = %173
  %176 = icmp ult ptr %151, %162
  br i1 %176, label %177, label %186

177:                                              ; preds = %175
  %178 = load i32, ptr %151, align 4, !tbaa !6
  %179 = load i32, ptr %162, align 4, !tbaa !6
  store i32 %179, ptr %151, align 4, !tbaa !6
  store i32 %178, ptr %162, align 4, !tbaa !6
  %180 = getelementptr inbounds i8, ptr %151, i64 4
  %181 = load i32, ptr %180, align 4, !tbaa !6
  %182 = load i32, ptr %5, align 4, !tbaa !6
  %183 = load i32, ptr %11, align 4, !tbaa !6
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %11, align 4, !tbaa !6
  %185 = icmp eq i32 %184, 500
  br i1 %185, label %141, label %135, !llvm.loop !64

186:                                              ; preds = %175
  %187 = ptrtoint ptr %151 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(i64 %187, i64 %41, i64 noundef %44, i64 %3)
  %188 = sub i64 %187, %0
  %189 = ashr exact i64 %188, 2
  %190 = icmp sgt i64 %189, 16
  br i1 %190, label %14, label %191, !llvm.loop !59

191:                                              ; preds = %186, %30, %4, %28
  ret void
}

; Function Attrs: mustprogress uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef %1, i64 noundef %2, i32 noundef %3, i64 %4) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %6 = inttoptr i64 %0 to ptr
  %7 = inttoptr i64 %4 to ptr
  %8 = add nsw i64 %2, -1
  %9 = sdiv i64 %8, 2
  %10 = icmp sgt i64 %9, %1
  br i1 %10, label %11, label %39

11:                                               ; preds = %5, %32
  %12 = phi i64 [ %34, %32 ], [ %1, %5 ]
  %13 = shl i64 %12, 1
  %14 = add i64 %13, 2
  %15 = getelementptr inbounds i32, ptr %6, i64 %14
  %16 = or disjoint i64 %13, 1
  %17 = getelementptr inbounds i32, ptr %6, i64 %16
  %18 = load i32, ptr %15, align 4, !tbaa !6
  %19 = load i32, ptr %17, align 4, !tbaa !6
  %20 = load i32, ptr %7, align 4, !tbaa !6
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %7, align 4, !tbaa !6
  %22 = icmp eq i32 %21, 500
  br i1 %22, label %23, label %32

23:                                               ; preds = %11
  %24 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %25 = load i32, ptr %7, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %24, i32 noundef %25)
          to label %26 unwind label %30

26:                                               ; preds = %23
  tail call void @__cxa_throw(ptr nonnull %24, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

27:                                               ; preds = %69, %30
  %28 = phi ptr [ %66, %69 ], [ %24, %30 ]
  %29 = phi { ptr, i32 } [ %70, %69 ], [ %31, %30 ]
  tail call void @__cxa_free_exception(ptr %28) #27
  resume { ptr, i32 } %29

30:                                               ; preds = %23
  %31 = landingpad { ptr, i32 }
          cleanup
  br label %27

32:                                               ; preds = %11
  %33 = icmp slt i32 %18, %19
  %34 = select i1 %33, i64 %16, i64 %14
  %35 = getelementptr inbounds i32, ptr %6, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !6
  %37 = getelementptr inbounds i32, ptr %6, i64 %12
  store i32 %36, ptr %37, align 4, !tbaa !6
  %38 = icmp slt i64 %34, %9
  br i1 %38, label %11, label %39, !llvm.loop !65

39:                                               ; preds = %32, %5
  %40 = phi i64 [ %1, %5 ], [ %34, %32 ]
  %41 = and i64 %2, 1
  %42 = icmp eq i64 %41, 0
  br i1 %42, label %43, label %53

43:                                               ; preds = %39
  %44 = add nsw i64 %2, -2
  %45 = ashr exact i64 %44, 1
  %46 = icmp eq i64 %40, %45
  br i1 %46, label %47, label %53

47:                                               ; preds = %43
  %48 = shl nsw i64 %40, 1
  %49 = or disjoint i64 %48, 1
  %50 = getelementptr inbounds i32, ptr %6, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !6
  %52 = getelementptr inbounds i32, ptr %6, i64 %40
  store i32 %51, ptr %52, align 4, !tbaa !6
  br label %53

53:                                               ; preds = %47, %43, %39
  %54 = phi i64 [ %49, %47 ], [ %40, %43 ], [ %40, %39 ]
  %55 = icmp sgt i64 %54, %1
  br i1 %55, label %56, label %77

56:                                               ; preds = %53, %73
  %57 = phi i64 [ %59, %73 ], [ %54, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = sdiv i64 %58, 2
  %60 = getelementptr inbounds i32, ptr %6, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !6
  %62 = load i32, ptr %7, align 4, !tbaa !6
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %7, align 4, !tbaa !6
  %64 = icmp eq i32 %63, 500
  br i1 %64, label %65, label %71

65:                                               ; preds = %56
  %66 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %67 = load i32, ptr %7, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %66, i32 noundef %67)
          to label %68 unwind label %69

68:                                               ; preds = %65
  tail call void @__cxa_throw(ptr nonnull %66, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

69:                                               ; preds = %65
  %70 = landingpad { ptr, i32 }
          cleanup
  br label %27

71:                                               ; preds = %56
  %72 = icmp slt i32 %61, %3
  br i1 %72, label %73, label %77

73:                                               ; preds = %71
  %74 = load i32, ptr %60, align 4, !tbaa !6
  %75 = getelementptr inbounds i32, ptr %6, i64 %57
  store i32 %74, ptr %75, align 4, !tbaa !6
  %76 = icmp sgt i64 %59, %1
  br i1 %76, label %56, label %77, !llvm.loop !66

77:                                               ; preds = %71, %73, %53
  %78 = phi i64 [ %54, %53 ], [ %57, %71 ], [ %59, %73 ]
  %79 = getelementptr inbounds i32, ptr %6, i64 %78
  store i32 %3, ptr %79, align 4, !tbaa !6
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #22

; Function Attrs: mustprogress norecurse uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(i64 %0, i64 %1, i64 %2) unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %0 to ptr
  %5 = inttoptr i64 %1 to ptr
  %6 = inttoptr i64 %2 to ptr
  %7 = icmp eq ptr %4, %5
  %8 = getelementptr inbounds i8, ptr %4, i64 4
  %9 = icmp eq ptr %8, %5
  %10 = select i1 %7, i1 true, i1 %9
  br i1 %10, label %64, label %11

11:                                               ; preds = %3, %60
  %12 = phi ptr [ %62, %60 ], [ %8, %3 ]
  %13 = phi ptr [ %12, %60 ], [ %4, %3 ]
  %14 = load i32, ptr %12, align 4, !tbaa !6
  %15 = load i32, ptr %4, align 4, !tbaa !6
  %16 = load i32, ptr %6, align 4, !tbaa !6
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %6, align 4, !tbaa !6
  %18 = icmp eq i32 %17, 500
  br i1 %18, label %19, label %28

19:                                               ; preds = %11
  %20 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %21 = load i32, ptr %6, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %20, i32 noundef %21)
          to label %22 unwind label %26

22:                                               ; preds = %19
  tail call void @__cxa_throw(ptr nonnull %20, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

23:                                               ; preds = %46, %26
  %24 = phi ptr [ %43, %46 ], [ %20, %26 ]
  %25 = phi { ptr, i32 } [ %47, %46 ], [ %27, %26 ]
  tail call void @__cxa_free_exception(ptr %24) #27
  resume { ptr, i32 } %25

26:                                               ; preds = %19
  %27 = landingpad { ptr, i32 }
          cleanup
  br label %23

28:                                               ; preds = %11
  %29 = icmp slt i32 %14, %15
  %30 = load i32, ptr %12, align 4, !tbaa !6
  br i1 %29, label %31, label %38

31:                                               ; preds = %28
  %32 = getelementptr inbounds i8, ptr %13, i64 8
  %33 = ptrtoint ptr %12 to i64
  %34 = sub i64 %33, %0
  %35 = ashr exact i64 %34, 2
  %36 = sub nsw i64 0, %35
  %37 = getelementptr inbounds i32, ptr %32, i64 %36
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %37, ptr nonnull align 4 %4, i64 %34, i1 false)
  br label %60

38:                                               ; preds = %28
  %39 = load i32, ptr %13, align 4, !tbaa !6
  %40 = add nsw i32 %16, 2
  store i32 %40, ptr %6, align 4, !tbaa !6
  %41 = icmp eq i32 %40, 500
  br i1 %41, label %42, label %48

42:                                               ; preds = %38, %53
  %43 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %44 = load i32, ptr %6, align 4, !tbaa !6
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %43, i32 noundef %44)
          to label %45 unwind label %46

45:                                               ; preds = %42
  tail call void @__cxa_throw(ptr nonnull %43, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

46:                                               ; preds = %42
  %47 = landingpad { ptr, i32 }
          cleanup
  br label %23

48:                                               ; preds = %38, %53
  %49 = phi i32 [ %56, %53 ], [ %39, %38 ]
  %50 = phi ptr [ %55, %53 ], [ %13, %38 ]
  %51 = phi ptr [ %50, %53 ], [ %12, %38 ]
  %52 = icmp slt i32 %30, %49
  br i1 %52, label %53, label %60

53:                                               ; preds = %48
  %54 = load i32, ptr %50, align 4, !tbaa !6
  store i32 %54, ptr %51, align 4, !tbaa !6
  %55 = getelementptr inbounds i8, ptr %50, i64 -4
  %56 = load i32, ptr %55, align 4, !tbaa !6
  %57 = load i32, ptr %6, align 4, !tbaa !6
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %6, align 4, !tbaa !6
  %59 = icmp eq i32 %58, 500
  br i1 %59, label %42, label %48, !llvm.loop !17

60:                                               ; preds = %48, %31
  %61 = phi ptr [ %4, %31 ], [ %51, %48 ]
  store i32 %30, ptr %61, align 4, !tbaa !6
  %62 = getelementptr inbounds i8, ptr %12, i64 4
  %63 = icmp eq ptr %62, %5
  br i1 %63, label %64, label %11, !llvm.loop !67

64:                                               ; preds = %60, %3
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %0, i64 %1, i64 noundef %2, i8 %3) local_unnamed_addr #12 comdat {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %125

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %5, i64 4
  br label %11

11:                                               ; preds = %9, %120
  %12 = phi i64 [ %7, %9 ], [ %123, %120 ]
  %13 = phi i64 [ %2, %9 ], [ %76, %120 ]
  %14 = phi i64 [ %1, %9 ], [ %121, %120 ]
  %15 = inttoptr i64 %14 to ptr
  %16 = icmp eq i64 %13, 0
  br i1 %16, label %17, label %75

17:                                               ; preds = %11
  tail call void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %14, i64 %14, i8 undef)
  br label %18

18:                                               ; preds = %71, %17
  %19 = phi ptr [ %20, %71 ], [ %15, %17 ]
  %20 = getelementptr inbounds i8, ptr %19, i64 -4
  %21 = ptrtoint ptr %20 to i64
  %22 = load i32, ptr %20, align 4, !tbaa !6
  %23 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %23, ptr %20, align 4, !tbaa !6
  %24 = sub i64 %21, %0
  %25 = ashr exact i64 %24, 2
  %26 = add nsw i64 %25, -1
  %27 = sdiv i64 %26, 2
  %28 = icmp sgt i64 %25, 2
  br i1 %28, label %29, label %44

29:                                               ; preds = %18, %29
  %30 = phi i64 [ %39, %29 ], [ 0, %18 ]
  %31 = shl i64 %30, 1
  %32 = add i64 %31, 2
  %33 = getelementptr inbounds i32, ptr %5, i64 %32
  %34 = or disjoint i64 %31, 1
  %35 = getelementptr inbounds i32, ptr %5, i64 %34
  %36 = load i32, ptr %33, align 4, !tbaa !6
  %37 = load i32, ptr %35, align 4, !tbaa !6
  %38 = icmp slt i32 %36, %37
  %39 = select i1 %38, i64 %34, i64 %32
  %40 = getelementptr inbounds i32, ptr %5, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i32, ptr %5, i64 %30
  store i32 %41, ptr %42, align 4, !tbaa !6
  %43 = icmp slt i64 %39, %27
  br i1 %43, label %29, label %44, !llvm.loop !68

44:                                               ; preds = %29, %18
  %45 = phi i64 [ 0, %18 ], [ %39, %29 ]
  %46 = and i64 %24, 4
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %48, label %58

48:                                               ; preds = %44
  %49 = add nsw i64 %25, -2
  %50 = ashr exact i64 %49, 1
  %51 = icmp eq i64 %45, %50
  br i1 %51, label %52, label %58

52:                                               ; preds = %48
  %53 = shl nsw i64 %45, 1
  %54 = or disjoint i64 %53, 1
  %55 = getelementptr inbounds i32, ptr %5, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !6
  %57 = getelementptr inbounds i32, ptr %5, i64 %45
  store i32 %56, ptr %57, align 4, !tbaa !6
  br label %58

58:                                               ; preds = %52, %48, %44
  %59 = phi i64 [ %54, %52 ], [ %45, %48 ], [ %45, %44 ]
  %60 = icmp sgt i64 %59, 0
  br i1 %60, label %61, label %71

61:                                               ; preds = %58, %68
  %62 = phi i64 [ %64, %68 ], [ %59, %58 ]
  %63 = add nsw i64 %62, -1
  %64 = lshr i64 %63, 1
  %65 = getelementptr inbounds i32, ptr %5, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !6
  %67 = icmp slt i32 %66, %22
  br i1 %67, label %68, label %71

68:                                               ; preds = %61
  %69 = getelementptr inbounds i32, ptr %5, i64 %62
  store i32 %66, ptr %69, align 4, !tbaa !6
  %70 = icmp ult i64 %63, 2
  br i1 %70, label %71, label %61, !llvm.loop !69

71:                                               ; preds = %68, %61, %58
  %72 = phi i64 [ %59, %58 ], [ %62, %61 ], [ 0, %68 ]
  %73 = getelementptr inbounds i32, ptr %5, i64 %72
  store i32 %22, ptr %73, align 4, !tbaa !6
  %74 = icmp sgt i64 %24, 4
  br i1 %74, label %18, label %125, !llvm.loop !70

75:                                               ; preds = %11
  %76 = add nsw i64 %13, -1
  %77 = lshr i64 %12, 1
  %78 = getelementptr inbounds i32, ptr %5, i64 %77
  %79 = getelementptr inbounds i8, ptr %15, i64 -4
  %80 = load i32, ptr %10, align 4, !tbaa !6
  %81 = load i32, ptr %78, align 4, !tbaa !6
  %82 = icmp slt i32 %80, %81
  %83 = load i32, ptr %79, align 4, !tbaa !6
  br i1 %82, label %84, label %93

84:                                               ; preds = %75
  %85 = icmp slt i32 %81, %83
  br i1 %85, label %86, label %88

86:                                               ; preds = %84
  %87 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %87, ptr %78, align 4, !tbaa !6
  br label %102

88:                                               ; preds = %84
  %89 = icmp slt i32 %80, %83
  %90 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %89, label %91, label %92

91:                                               ; preds = %88
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %79, align 4, !tbaa !6
  br label %102

92:                                               ; preds = %88
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %10, align 4, !tbaa !6
  br label %102

93:                                               ; preds = %75
  %94 = icmp slt i32 %80, %83
  br i1 %94, label %95, label %97

95:                                               ; preds = %93
  %96 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %96, ptr %10, align 4, !tbaa !6
  br label %102

97:                                               ; preds = %93
  %98 = icmp slt i32 %81, %83
  %99 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %98, label %100, label %101

100:                                              ; preds = %97
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %79, align 4, !tbaa !6
  br label %102

101:                                              ; preds = %97
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %78, align 4, !tbaa !6
  br label %102

102:                                              ; preds = %101, %100, %95, %92, %91, %86
  br label %103

103:                                              ; preds = %102, %119
  %104 = phi ptr [ %114, %119 ], [ %15, %102 ]
  %105 = phi ptr [ %111, %119 ], [ %10, %102 ]
  %106 = load i32, ptr %5, align 4, !tbaa !6
  br label %107

107:                                              ; preds = %107, %103
  %108 = phi ptr [ %105, %103 ], [ %111, %107 ]
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %109, %106
  %111 = getelementptr inbounds i8, ptr %108, i64 4
  br i1 %110, label %107, label %112, !llvm.loop !71

112:                                              ; preds = %107, %112
  %113 = phi ptr [ %114, %112 ], [ %104, %107 ]
  %114 = getelementptr inbounds i8, ptr %113, i64 -4
  %115 = load i32, ptr %114, align 4, !tbaa !6
  %116 = icmp slt i32 %106, %115
  br i1 %116, label %112, label %117, !llvm.loop !72

117:                                              ; preds = %112
  %118 = icmp ult ptr %108, %114
  br i1 %118, label %119, label %120

119:                                              ; preds = %117
  store i32 %115, ptr %108, align 4, !tbaa !6
  store i32 %109, ptr %114, align 4, !tbaa !6
  br label %103, !llvm.loop !73

120:                                              ; preds = %117
  %121 = ptrtoint ptr %108 to i64
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %121, i64 %14, i64 noundef %76, i8 undef)
  %122 = sub i64 %121, %0
  %123 = ashr exact i64 %122, 2
  %124 = icmp sgt i64 %123, 16
  br i1 %124, label %11, label %125, !llvm.loop !74

125:                                              ; preds = %120, %71, %4
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %0, i64 %1, i8 %2) local_unnamed_addr #12 comdat {
  %4 = inttoptr i64 %0 to ptr
  %5 = inttoptr i64 %1 to ptr
  %6 = sub i64 %1, %0
  %7 = icmp sgt i64 %6, 64
  br i1 %7, label %8, label %56

8:                                                ; preds = %3, %32
  %9 = phi i64 [ %34, %32 ], [ 4, %3 ]
  %10 = phi ptr [ %11, %32 ], [ %4, %3 ]
  %11 = getelementptr inbounds i8, ptr %4, i64 %9
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = load i32, ptr %4, align 4, !tbaa !6
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %22

15:                                               ; preds = %8
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = ptrtoint ptr %11 to i64
  %18 = sub i64 %17, %0
  %19 = ashr exact i64 %18, 2
  %20 = sub nsw i64 0, %19
  %21 = getelementptr inbounds i32, ptr %16, i64 %20
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %21, ptr nonnull align 4 %4, i64 %18, i1 false)
  br label %32

22:                                               ; preds = %8
  %23 = load i32, ptr %10, align 4, !tbaa !6
  %24 = icmp slt i32 %12, %23
  br i1 %24, label %25, label %32

25:                                               ; preds = %22, %25
  %26 = phi i32 [ %30, %25 ], [ %23, %22 ]
  %27 = phi ptr [ %29, %25 ], [ %10, %22 ]
  %28 = phi ptr [ %27, %25 ], [ %11, %22 ]
  store i32 %26, ptr %28, align 4, !tbaa !6
  %29 = getelementptr inbounds i8, ptr %27, i64 -4
  %30 = load i32, ptr %29, align 4, !tbaa !6
  %31 = icmp slt i32 %12, %30
  br i1 %31, label %25, label %32, !llvm.loop !75

32:                                               ; preds = %25, %22, %15
  %33 = phi ptr [ %4, %15 ], [ %11, %22 ], [ %27, %25 ]
  store i32 %12, ptr %33, align 4, !tbaa !6
  %34 = add nuw nsw i64 %9, 4
  %35 = icmp eq i64 %34, 64
  br i1 %35, label %36, label %8, !llvm.loop !76

36:                                               ; preds = %32
  %37 = getelementptr inbounds i8, ptr %4, i64 64
  %38 = icmp eq ptr %37, %5
  br i1 %38, label %88, label %39

39:                                               ; preds = %36, %52
  %40 = phi ptr [ %54, %52 ], [ %37, %36 ]
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i8, ptr %40, i64 -4
  %43 = load i32, ptr %42, align 4, !tbaa !6
  %44 = icmp slt i32 %41, %43
  br i1 %44, label %45, label %52

45:                                               ; preds = %39, %45
  %46 = phi i32 [ %50, %45 ], [ %43, %39 ]
  %47 = phi ptr [ %49, %45 ], [ %42, %39 ]
  %48 = phi ptr [ %47, %45 ], [ %40, %39 ]
  store i32 %46, ptr %48, align 4, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %47, i64 -4
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %41, %50
  br i1 %51, label %45, label %52, !llvm.loop !75

52:                                               ; preds = %45, %39
  %53 = phi ptr [ %40, %39 ], [ %47, %45 ]
  store i32 %41, ptr %53, align 4, !tbaa !6
  %54 = getelementptr inbounds i8, ptr %40, i64 4
  %55 = icmp eq ptr %54, %5
  br i1 %55, label %88, label %39, !llvm.loop !77

56:                                               ; preds = %3
  %57 = icmp eq ptr %4, %5
  %58 = getelementptr inbounds i8, ptr %4, i64 4
  %59 = icmp eq ptr %58, %5
  %60 = select i1 %57, i1 true, i1 %59
  br i1 %60, label %88, label %61

61:                                               ; preds = %56, %84
  %62 = phi ptr [ %86, %84 ], [ %58, %56 ]
  %63 = phi ptr [ %62, %84 ], [ %4, %56 ]
  %64 = load i32, ptr %62, align 4, !tbaa !6
  %65 = load i32, ptr %4, align 4, !tbaa !6
  %66 = icmp slt i32 %64, %65
  br i1 %66, label %67, label %74

67:                                               ; preds = %61
  %68 = getelementptr inbounds i8, ptr %63, i64 8
  %69 = ptrtoint ptr %62 to i64
  %70 = sub i64 %69, %0
  %71 = ashr exact i64 %70, 2
  %72 = sub nsw i64 0, %71
  %73 = getelementptr inbounds i32, ptr %68, i64 %72
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %73, ptr nonnull align 4 %4, i64 %70, i1 false)
  br label %84

74:                                               ; preds = %61
  %75 = load i32, ptr %63, align 4, !tbaa !6
  %76 = icmp slt i32 %64, %75
  br i1 %76, label %77, label %84

77:                                               ; preds = %74, %77
  %78 = phi i32 [ %82, %77 ], [ %75, %74 ]
  %79 = phi ptr [ %81, %77 ], [ %63, %74 ]
  %80 = phi ptr [ %79, %77 ], [ %62, %74 ]
  store i32 %78, ptr %80, align 4, !tbaa !6
  %81 = getelementptr inbounds i8, ptr %79, i64 -4
  %82 = load i32, ptr %81, align 4, !tbaa !6
  %83 = icmp slt i32 %64, %82
  br i1 %83, label %77, label %84, !llvm.loop !75

84:                                               ; preds = %77, %74, %67
  %85 = phi ptr [ %4, %67 ], [ %62, %74 ], [ %79, %77 ]
  store i32 %64, ptr %85, align 4, !tbaa !6
  %86 = getelementptr inbounds i8, ptr %62, i64 4
  %87 = icmp eq ptr %86, %5
  br i1 %87, label %88, label %61, !llvm.loop !76

88:                                               ; preds = %84, %52, %56, %36
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %1, i64 %2, i8 %3) local_unnamed_addr #12 comdat {
  %5 = inttoptr i64 %1 to ptr
  %6 = inttoptr i64 %2 to ptr
  %7 = inttoptr i64 %0 to ptr
  %8 = sub i64 %1, %0
  %9 = ashr exact i64 %8, 2
  %10 = icmp slt i64 %9, 2
  br i1 %10, label %65, label %11

11:                                               ; preds = %4
  %12 = add nsw i64 %9, -2
  %13 = lshr i64 %12, 1
  %14 = add nsw i64 %9, -1
  %15 = lshr i64 %14, 1
  %16 = and i64 %8, 4
  %17 = icmp eq i64 %16, 0
  %18 = or disjoint i64 %12, 1
  %19 = getelementptr inbounds i32, ptr %7, i64 %18
  %20 = getelementptr inbounds i32, ptr %7, i64 %13
  br label %21

21:                                               ; preds = %60, %11
  %22 = phi i64 [ %13, %11 ], [ %64, %60 ]
  %23 = getelementptr inbounds i32, ptr %7, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !6
  %25 = icmp sgt i64 %15, %22
  br i1 %25, label %26, label %41

26:                                               ; preds = %21, %26
  %27 = phi i64 [ %36, %26 ], [ %22, %21 ]
  %28 = shl i64 %27, 1
  %29 = add i64 %28, 2
  %30 = getelementptr inbounds i32, ptr %7, i64 %29
  %31 = or disjoint i64 %28, 1
  %32 = getelementptr inbounds i32, ptr %7, i64 %31
  %33 = load i32, ptr %30, align 4, !tbaa !6
  %34 = load i32, ptr %32, align 4, !tbaa !6
  %35 = icmp slt i32 %33, %34
  %36 = select i1 %35, i64 %31, i64 %29
  %37 = getelementptr inbounds i32, ptr %7, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !6
  %39 = getelementptr inbounds i32, ptr %7, i64 %27
  store i32 %38, ptr %39, align 4, !tbaa !6
  %40 = icmp slt i64 %36, %15
  br i1 %40, label %26, label %41, !llvm.loop !68

41:                                               ; preds = %26, %21
  %42 = phi i64 [ %22, %21 ], [ %36, %26 ]
  %43 = icmp eq i64 %42, %13
  %44 = select i1 %17, i1 %43, i1 false
  br i1 %44, label %45, label %47

45:                                               ; preds = %41
  %46 = load i32, ptr %19, align 4, !tbaa !6
  store i32 %46, ptr %20, align 4, !tbaa !6
  br label %47

47:                                               ; preds = %45, %41
  %48 = phi i64 [ %18, %45 ], [ %42, %41 ]
  %49 = icmp sgt i64 %48, %22
  br i1 %49, label %50, label %60

50:                                               ; preds = %47, %57
  %51 = phi i64 [ %53, %57 ], [ %48, %47 ]
  %52 = add nsw i64 %51, -1
  %53 = sdiv i64 %52, 2
  %54 = getelementptr inbounds i32, ptr %7, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !6
  %56 = icmp slt i32 %55, %24
  br i1 %56, label %57, label %60

57:                                               ; preds = %50
  %58 = getelementptr inbounds i32, ptr %7, i64 %51
  store i32 %55, ptr %58, align 4, !tbaa !6
  %59 = icmp sgt i64 %53, %22
  br i1 %59, label %50, label %60, !llvm.loop !69

60:                                               ; preds = %57, %50, %47
  %61 = phi i64 [ %48, %47 ], [ %51, %50 ], [ %53, %57 ]
  %62 = getelementptr inbounds i32, ptr %7, i64 %61
  store i32 %24, ptr %62, align 4, !tbaa !6
  %63 = icmp eq i64 %22, 0
  %64 = add nsw i64 %22, -1
  br i1 %63, label %65, label %21, !llvm.loop !78

65:                                               ; preds = %60, %4
  %66 = icmp ult ptr %5, %6
  br i1 %66, label %67, label %78

67:                                               ; preds = %65
  %68 = add nsw i64 %9, -1
  %69 = sdiv i64 %68, 2
  %70 = icmp sgt i64 %9, 2
  %71 = and i64 %8, 4
  %72 = icmp eq i64 %71, 0
  %73 = add nsw i64 %9, -2
  %74 = ashr exact i64 %73, 1
  %75 = or disjoint i64 %73, 1
  %76 = getelementptr inbounds i32, ptr %7, i64 %75
  %77 = getelementptr inbounds i32, ptr %7, i64 %74
  br label %79

78:                                               ; preds = %122, %65
  ret void

79:                                               ; preds = %67, %122
  %80 = phi ptr [ %5, %67 ], [ %123, %122 ]
  %81 = load i32, ptr %80, align 4, !tbaa !6
  %82 = load i32, ptr %7, align 4, !tbaa !6
  %83 = icmp slt i32 %81, %82
  br i1 %83, label %84, label %122

84:                                               ; preds = %79
  store i32 %82, ptr %80, align 4, !tbaa !6
  br i1 %70, label %85, label %100

85:                                               ; preds = %84, %85
  %86 = phi i64 [ %95, %85 ], [ 0, %84 ]
  %87 = shl i64 %86, 1
  %88 = add i64 %87, 2
  %89 = getelementptr inbounds i32, ptr %7, i64 %88
  %90 = or disjoint i64 %87, 1
  %91 = getelementptr inbounds i32, ptr %7, i64 %90
  %92 = load i32, ptr %89, align 4, !tbaa !6
  %93 = load i32, ptr %91, align 4, !tbaa !6
  %94 = icmp slt i32 %92, %93
  %95 = select i1 %94, i64 %90, i64 %88
  %96 = getelementptr inbounds i32, ptr %7, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !6
  %98 = getelementptr inbounds i32, ptr %7, i64 %86
  store i32 %97, ptr %98, align 4, !tbaa !6
  %99 = icmp slt i64 %95, %69
  br i1 %99, label %85, label %100, !llvm.loop !68

100:                                              ; preds = %85, %84
  %101 = phi i64 [ 0, %84 ], [ %95, %85 ]
  %102 = icmp eq i64 %101, %74
  %103 = select i1 %72, i1 %102, i1 false
  br i1 %103, label %104, label %106

104:                                              ; preds = %100
  %105 = load i32, ptr %76, align 4, !tbaa !6
  store i32 %105, ptr %77, align 4, !tbaa !6
  br label %106

106:                                              ; preds = %104, %100
  %107 = phi i64 [ %75, %104 ], [ %101, %100 ]
  %108 = icmp sgt i64 %107, 0
  br i1 %108, label %109, label %119

109:                                              ; preds = %106, %116
  %110 = phi i64 [ %112, %116 ], [ %107, %106 ]
  %111 = add nsw i64 %110, -1
  %112 = lshr i64 %111, 1
  %113 = getelementptr inbounds i32, ptr %7, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !6
  %115 = icmp slt i32 %114, %81
  br i1 %115, label %116, label %119

116:                                              ; preds = %109
  %117 = getelementptr inbounds i32, ptr %7, i64 %110
  store i32 %114, ptr %117, align 4, !tbaa !6
  %118 = icmp ult i64 %111, 2
  br i1 %118, label %119, label %109, !llvm.loop !69

119:                                              ; preds = %109, %116, %106
  %120 = phi i64 [ %107, %106 ], [ %110, %109 ], [ 0, %116 ]
  %121 = getelementptr inbounds i32, ptr %7, i64 %120
  store i32 %81, ptr %121, align 4, !tbaa !6
  br label %122

122:                                              ; preds = %79, %119
  %123 = getelementptr inbounds i8, ptr %80, i64 4
  %124 = icmp ult ptr %123, %6
  br i1 %124, label %79, label %78, !llvm.loop !79
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1) #12 personality ptr @__gxx_personality_v0 {
  %3 = load i32, ptr %1, align 4, !tbaa !6
  %4 = icmp eq i32 %3, 17
  br i1 %4, label %5, label %10

5:                                                ; preds = %2
  %6 = tail call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull @.str.35)
          to label %7 unwind label %8

7:                                                ; preds = %5
  tail call void @__cxa_throw(ptr nonnull %6, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #28
  unreachable

8:                                                ; preds = %5
  %9 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %6) #27
  resume { ptr, i32 } %9

10:                                               ; preds = %2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !47
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

declare void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt16invalid_argumentD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #10

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #23

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(64) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %5 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorISB_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %6 = extractvalue [2 x i64] %5, 0
  %7 = extractvalue [2 x i64] %5, 1
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %44, label %9

9:                                                ; preds = %4
  %10 = inttoptr i64 %7 to ptr
  %11 = icmp ne i64 %6, 0
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = icmp eq ptr %12, %10
  %14 = select i1 %11, i1 true, i1 %13
  br i1 %14, label %36, label %15

15:                                               ; preds = %9
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !33
  %18 = getelementptr inbounds i8, ptr %10, i64 40
  %19 = load i64, ptr %18, align 8, !tbaa !33
  %20 = tail call i64 @llvm.umin.i64(i64 %19, i64 %17)
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %28, label %22

22:                                               ; preds = %15
  %23 = getelementptr inbounds i8, ptr %10, i64 32
  %24 = load ptr, ptr %23, align 8, !tbaa !48
  %25 = load ptr, ptr %2, align 8, !tbaa !48
  %26 = tail call i32 @memcmp(ptr noundef %25, ptr noundef %24, i64 noundef %20) #27
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %33

28:                                               ; preds = %22, %15
  %29 = sub i64 %17, %19
  %30 = tail call i64 @llvm.smax.i64(i64 %29, i64 -2147483648)
  %31 = tail call i64 @llvm.smin.i64(i64 %30, i64 2147483647)
  %32 = trunc nsw i64 %31 to i32
  br label %33

33:                                               ; preds = %28, %22
  %34 = phi i32 [ %26, %22 ], [ %32, %28 ]
  %35 = icmp slt i32 %34, 0
  br label %36

36:                                               ; preds = %9, %33
  %37 = phi i1 [ true, %9 ], [ %35, %33 ]
  %38 = load ptr, ptr %3, align 8, !tbaa !80
  %39 = tail call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE14_M_create_nodeIJRKSB_EEEPSt13_Rb_tree_nodeISB_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %38, ptr noundef nonnull align 8 dereferenceable(64) %2)
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef %37, ptr noundef %39, ptr noundef nonnull %10, ptr noundef nonnull align 8 dereferenceable(32) %12) #27
  %40 = getelementptr inbounds i8, ptr %0, i64 40
  %41 = load i64, ptr %40, align 8, !tbaa !46
  %42 = add i64 %41, 1
  store i64 %42, ptr %40, align 8, !tbaa !46
  %43 = ptrtoint ptr %39 to i64
  br label %44

44:                                               ; preds = %4, %36
  %45 = phi i64 [ %43, %36 ], [ %6, %4 ]
  ret i64 %45
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorISB_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = icmp eq ptr %5, %4
  br i1 %6, label %7, label %40

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  %9 = load i64, ptr %8, align 8, !tbaa !46
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %34, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = load ptr, ptr %12, align 8, !tbaa !47
  %14 = getelementptr inbounds i8, ptr %13, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !33
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !33
  %18 = tail call i64 @llvm.umin.i64(i64 %17, i64 %15)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %26, label %20

20:                                               ; preds = %11
  %21 = getelementptr inbounds i8, ptr %13, i64 32
  %22 = load ptr, ptr %2, align 8, !tbaa !48
  %23 = load ptr, ptr %21, align 8, !tbaa !48
  %24 = tail call i32 @memcmp(ptr noundef %23, ptr noundef %22, i64 noundef %18) #27
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %20, %11
  %27 = sub i64 %15, %17
  %28 = tail call i64 @llvm.smax.i64(i64 %27, i64 -2147483648)
  %29 = tail call i64 @llvm.smin.i64(i64 %28, i64 2147483647)
  %30 = trunc nsw i64 %29 to i32
  br label %31

31:                                               ; preds = %20, %26
  %32 = phi i32 [ %24, %20 ], [ %30, %26 ]
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %144, label %34

34:                                               ; preds = %31, %7
  %35 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %36 = extractvalue [2 x i64] %35, 0
  %37 = inttoptr i64 %36 to ptr
  %38 = extractvalue [2 x i64] %35, 1
  %39 = inttoptr i64 %38 to ptr
  br label %144

40:                                               ; preds = %3
  %41 = getelementptr inbounds i8, ptr %2, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !33
  %43 = getelementptr inbounds i8, ptr %4, i64 40
  %44 = load i64, ptr %43, align 8, !tbaa !33
  %45 = tail call i64 @llvm.umin.i64(i64 %44, i64 %42)
  %46 = icmp eq i64 %45, 0
  br i1 %46, label %53, label %47

47:                                               ; preds = %40
  %48 = getelementptr inbounds i8, ptr %4, i64 32
  %49 = load ptr, ptr %48, align 8, !tbaa !48
  %50 = load ptr, ptr %2, align 8, !tbaa !48
  %51 = tail call i32 @memcmp(ptr noundef %50, ptr noundef %49, i64 noundef %45) #27
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %56, label %59

53:                                               ; preds = %40
  %54 = sub i64 %42, %44
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %61, label %100

56:                                               ; preds = %47
  %57 = sub i64 %42, %44
  %58 = icmp slt i64 %57, 0
  br i1 %58, label %61, label %97

59:                                               ; preds = %47
  %60 = icmp slt i32 %51, 0
  br i1 %60, label %61, label %97

61:                                               ; preds = %56, %59, %53
  %62 = getelementptr inbounds i8, ptr %0, i64 24
  %63 = load ptr, ptr %62, align 8, !tbaa !47
  %64 = icmp eq ptr %63, %4
  br i1 %64, label %144, label %65

65:                                               ; preds = %61
  %66 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #33
  %67 = getelementptr inbounds i8, ptr %66, i64 40
  %68 = load i64, ptr %67, align 8, !tbaa !33
  %69 = tail call i64 @llvm.umin.i64(i64 %42, i64 %68)
  %70 = icmp eq i64 %69, 0
  br i1 %70, label %77, label %71

71:                                               ; preds = %65
  %72 = getelementptr inbounds i8, ptr %66, i64 32
  %73 = load ptr, ptr %2, align 8, !tbaa !48
  %74 = load ptr, ptr %72, align 8, !tbaa !48
  %75 = tail call i32 @memcmp(ptr noundef %74, ptr noundef %73, i64 noundef %69) #27
  %76 = icmp eq i32 %75, 0
  br i1 %76, label %77, label %82

77:                                               ; preds = %71, %65
  %78 = sub i64 %68, %42
  %79 = tail call i64 @llvm.smax.i64(i64 %78, i64 -2147483648)
  %80 = tail call i64 @llvm.smin.i64(i64 %79, i64 2147483647)
  %81 = trunc nsw i64 %80 to i32
  br label %82

82:                                               ; preds = %71, %77
  %83 = phi i32 [ %75, %71 ], [ %81, %77 ]
  %84 = icmp slt i32 %83, 0
  br i1 %84, label %85, label %91

85:                                               ; preds = %82
  %86 = getelementptr inbounds i8, ptr %66, i64 24
  %87 = load ptr, ptr %86, align 8, !tbaa !56
  %88 = icmp eq ptr %87, null
  %89 = select i1 %88, ptr null, ptr %4
  %90 = select i1 %88, ptr %66, ptr %4
  br label %144

91:                                               ; preds = %82
  %92 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %93 = extractvalue [2 x i64] %92, 0
  %94 = inttoptr i64 %93 to ptr
  %95 = extractvalue [2 x i64] %92, 1
  %96 = inttoptr i64 %95 to ptr
  br label %144

97:                                               ; preds = %56, %59
  %98 = tail call i32 @memcmp(ptr noundef %49, ptr noundef %50, i64 noundef %45) #27
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %100, label %105

100:                                              ; preds = %53, %97
  %101 = sub i64 %44, %42
  %102 = tail call i64 @llvm.smax.i64(i64 %101, i64 -2147483648)
  %103 = tail call i64 @llvm.smin.i64(i64 %102, i64 2147483647)
  %104 = trunc nsw i64 %103 to i32
  br label %105

105:                                              ; preds = %97, %100
  %106 = phi i32 [ %98, %97 ], [ %104, %100 ]
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %108, label %144

108:                                              ; preds = %105
  %109 = getelementptr inbounds i8, ptr %0, i64 32
  %110 = load ptr, ptr %109, align 8, !tbaa !47
  %111 = icmp eq ptr %110, %4
  br i1 %111, label %144, label %112

112:                                              ; preds = %108
  %113 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #33
  %114 = getelementptr inbounds i8, ptr %113, i64 40
  %115 = load i64, ptr %114, align 8, !tbaa !33
  %116 = tail call i64 @llvm.umin.i64(i64 %115, i64 %42)
  %117 = icmp eq i64 %116, 0
  br i1 %117, label %124, label %118

118:                                              ; preds = %112
  %119 = getelementptr inbounds i8, ptr %113, i64 32
  %120 = load ptr, ptr %119, align 8, !tbaa !48
  %121 = load ptr, ptr %2, align 8, !tbaa !48
  %122 = tail call i32 @memcmp(ptr noundef %121, ptr noundef %120, i64 noundef %116) #27
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %124, label %129

124:                                              ; preds = %118, %112
  %125 = sub i64 %42, %115
  %126 = tail call i64 @llvm.smax.i64(i64 %125, i64 -2147483648)
  %127 = tail call i64 @llvm.smin.i64(i64 %126, i64 2147483647)
  %128 = trunc nsw i64 %127 to i32
  br label %129

129:                                              ; preds = %118, %124
  %130 = phi i32 [ %122, %118 ], [ %128, %124 ]
  %131 = icmp slt i32 %130, 0
  br i1 %131, label %132, label %138

132:                                              ; preds = %129
  %133 = getelementptr inbounds i8, ptr %4, i64 24
  %134 = load ptr, ptr %133, align 8, !tbaa !56
  %135 = icmp eq ptr %134, null
  %136 = select i1 %135, ptr null, ptr %113
  %137 = select i1 %135, ptr %4, ptr %113
  br label %144

138:                                              ; preds = %129
  %139 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %140 = extractvalue [2 x i64] %139, 0
  %141 = inttoptr i64 %140 to ptr
  %142 = extractvalue [2 x i64] %139, 1
  %143 = inttoptr i64 %142 to ptr
  br label %144

144:                                              ; preds = %132, %85, %105, %138, %108, %91, %61, %31, %34
  %145 = phi ptr [ %37, %34 ], [ null, %31 ], [ %94, %91 ], [ %4, %61 ], [ %141, %138 ], [ null, %108 ], [ %4, %105 ], [ %89, %85 ], [ %136, %132 ]
  %146 = phi ptr [ %39, %34 ], [ %13, %31 ], [ %96, %91 ], [ %4, %61 ], [ %143, %138 ], [ %4, %108 ], [ null, %105 ], [ %90, %85 ], [ %137, %132 ]
  %147 = ptrtoint ptr %145 to i64
  %148 = insertvalue [2 x i64] poison, i64 %147, 0
  %149 = ptrtoint ptr %146 to i64
  %150 = insertvalue [2 x i64] %148, i64 %149, 1
  ret [2 x i64] %150
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !47
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !33
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !33
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !48
  %20 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %19, i64 noundef %15) #27
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %17, %11
  %23 = sub i64 %9, %14
  %24 = tail call i64 @llvm.smax.i64(i64 %23, i64 -2147483648)
  %25 = tail call i64 @llvm.smin.i64(i64 %24, i64 2147483647)
  %26 = trunc nsw i64 %25 to i32
  br label %27

27:                                               ; preds = %17, %22
  %28 = phi i32 [ %20, %17 ], [ %26, %22 ]
  %29 = icmp slt i32 %28, 0
  %30 = select i1 %29, i64 16, i64 24
  %31 = getelementptr inbounds i8, ptr %12, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !47
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !82

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !44
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %68, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #33
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !33
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !33
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !48
  %54 = load ptr, ptr %52, align 8, !tbaa !48
  %55 = tail call i32 @memcmp(ptr noundef %54, ptr noundef %53, i64 noundef %49) #27
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %51, %42
  %58 = sub i64 %46, %48
  %59 = tail call i64 @llvm.smax.i64(i64 %58, i64 -2147483648)
  %60 = tail call i64 @llvm.smin.i64(i64 %59, i64 2147483647)
  %61 = trunc nsw i64 %60 to i32
  br label %62

62:                                               ; preds = %51, %57
  %63 = phi i32 [ %55, %51 ], [ %61, %57 ]
  %64 = icmp slt i32 %63, 0
  %65 = ptrtoint ptr %44 to i64
  %66 = select i1 %64, ptr %43, ptr null
  %67 = select i1 %64, i64 0, i64 %65
  br label %68

68:                                               ; preds = %62, %35
  %69 = phi i64 [ 0, %35 ], [ %67, %62 ]
  %70 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %71 = insertvalue [2 x i64] poison, i64 %69, 0
  %72 = ptrtoint ptr %70 to i64
  %73 = insertvalue [2 x i64] %71, i64 %72, 1
  ret [2 x i64] %73
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #23

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #24

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #24

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #9

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE14_M_create_nodeIJRKSB_EEEPSt13_Rb_tree_nodeISB_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(64) %1) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %3 = tail call noalias noundef nonnull dereferenceable(96) ptr @_Znwm(i64 noundef 96) #29
  %4 = getelementptr inbounds i8, ptr %3, i64 32
  invoke void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEEC2ERKSA_(ptr noundef nonnull align 8 dereferenceable(64) %4, ptr noundef nonnull align 8 dereferenceable(64) %1)
          to label %16 unwind label %5

5:                                                ; preds = %2
  %6 = landingpad { ptr, i32 }
          catch ptr null
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = tail call ptr @__cxa_begin_catch(ptr %7) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef 96) #30
  invoke void @__cxa_rethrow() #28
          to label %15 unwind label %9

9:                                                ; preds = %5
  %10 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %11 unwind label %12

11:                                               ; preds = %9
  resume { ptr, i32 } %10

12:                                               ; preds = %9
  %13 = landingpad { ptr, i32 }
          catch ptr null
  %14 = extractvalue { ptr, i32 } %13, 0
  tail call void @__clang_call_terminate(ptr %14) #31
  unreachable

15:                                               ; preds = %5
  unreachable

16:                                               ; preds = %2
  ret ptr %3
}

declare void @__cxa_rethrow() local_unnamed_addr

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEEC2ERKSA_(ptr noundef nonnull align 8 dereferenceable(64) %0, ptr noundef nonnull align 8 dereferenceable(64) %1) unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !31
  %5 = load ptr, ptr %1, align 8, !tbaa !48
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #27
  store i64 %7, ptr %3, align 8, !tbaa !49
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %10, ptr %0, align 8, !tbaa !48
  %11 = load i64, ptr %3, align 8, !tbaa !49
  store i64 %11, ptr %4, align 8, !tbaa !36
  br label %12

12:                                               ; preds = %9, %2
  %13 = phi ptr [ %10, %9 ], [ %4, %2 ]
  switch i64 %7, label %16 [
    i64 1, label %14
    i64 0, label %17
  ]

14:                                               ; preds = %12
  %15 = load i8, ptr %5, align 1, !tbaa !36
  store i8 %15, ptr %13, align 1, !tbaa !36
  br label %17

16:                                               ; preds = %12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 %5, i64 %7, i1 false)
  br label %17

17:                                               ; preds = %12, %14, %16
  %18 = load i64, ptr %3, align 8, !tbaa !49
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !33
  %20 = load ptr, ptr %0, align 8, !tbaa !48
  %21 = getelementptr inbounds i8, ptr %20, i64 %18
  store i8 0, ptr %21, align 1, !tbaa !36
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #27
  %22 = getelementptr inbounds i8, ptr %0, i64 32
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = getelementptr inbounds i8, ptr %1, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %22, i8 0, i64 32, i1 false)
  %25 = load ptr, ptr %24, align 8, !tbaa !29
  %26 = icmp eq ptr %25, null
  br i1 %26, label %41, label %27

27:                                               ; preds = %17
  %28 = getelementptr inbounds i8, ptr %1, i64 32
  %29 = invoke noundef i1 %25(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull align 8 dereferenceable(16) %28, i32 noundef 2)
          to label %30 unwind label %32

30:                                               ; preds = %27
  %31 = load <2 x ptr>, ptr %24, align 8, !tbaa !47
  store <2 x ptr> %31, ptr %23, align 8, !tbaa !47
  br label %41

32:                                               ; preds = %27
  %33 = landingpad { ptr, i32 }
          cleanup
  %34 = load ptr, ptr %23, align 8, !tbaa !29
  %35 = icmp eq ptr %34, null
  br i1 %35, label %42, label %36

36:                                               ; preds = %32
  %37 = invoke noundef i1 %34(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull align 8 dereferenceable(16) %22, i32 noundef 3)
          to label %42 unwind label %38

38:                                               ; preds = %36
  %39 = landingpad { ptr, i32 }
          catch ptr null
  %40 = extractvalue { ptr, i32 } %39, 0
  call void @__clang_call_terminate(ptr %40) #31
  unreachable

41:                                               ; preds = %30, %17
  ret void

42:                                               ; preds = %32, %36
  %43 = load ptr, ptr %0, align 8, !tbaa !48
  %44 = icmp eq ptr %43, %4
  br i1 %44, label %48, label %45

45:                                               ; preds = %42
  %46 = load i64, ptr %4, align 8, !tbaa !36
  %47 = add i64 %46, 1
  call void @_ZdlPvm(ptr noundef %43, i64 noundef %47) #30
  br label %48

48:                                               ; preds = %42, %45
  resume { ptr, i32 } %33
}

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) local_unnamed_addr #10

; Function Attrs: nounwind
declare ptr @__cxa_init_primary_exception(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt15__exception_ptr12__dest_thunkI12CompareLimitEEvPv(ptr noundef %0) #5 comdat {
  %2 = load ptr, ptr %0, align 8, !tbaa !10
  %3 = load ptr, ptr %2, align 8
  tail call void %3(ptr noundef nonnull align 8 dereferenceable(20) %0) #27
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptrC1EPv(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef) unnamed_addr #9

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorC2ERKS_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #25

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #26

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #26

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #26

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #26

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #26

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nosync nounwind memory(none) }
attributes #4 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #8 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { mustprogress noreturn uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { mustprogress nofree nosync nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #20 = { inlinehint mustprogress noreturn uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #21 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #22 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #23 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #24 = { mustprogress nofree nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #25 = { nofree nounwind }
attributes #26 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #27 = { nounwind }
attributes #28 = { noreturn }
attributes #29 = { builtin allocsize(0) }
attributes #30 = { builtin nounwind }
attributes #31 = { noreturn nounwind }
attributes #32 = { nounwind willreturn memory(none) }
attributes #33 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"vtable pointer", !9, i64 0}
!12 = !{!13, !7, i64 16}
!13 = !{!"_ZTS12CompareLimit", !14, i64 0, !7, i64 16}
!14 = !{!"_ZTSSt13runtime_error", !15, i64 0, !16, i64 8}
!15 = !{!"_ZTSSt9exception"}
!16 = !{!"_ZTSSt12__cow_string", !8, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !22, !23}
!22 = !{!"llvm.loop.isvectorized", i32 1}
!23 = !{!"llvm.loop.unroll.runtime.disable"}
!24 = distinct !{!24, !23, !22}
!25 = !{!26, !28, i64 24}
!26 = !{!"_ZTSSt8functionIFviEE", !27, i64 0, !28, i64 24}
!27 = !{!"_ZTSSt14_Function_base", !8, i64 0, !28, i64 16}
!28 = !{!"any pointer", !8, i64 0}
!29 = !{!27, !28, i64 16}
!30 = distinct !{!30, !18}
!31 = !{!32, !28, i64 0}
!32 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !28, i64 0}
!33 = !{!34, !35, i64 8}
!34 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !32, i64 0, !35, i64 8, !8, i64 16}
!35 = !{!"long", !8, i64 0}
!36 = !{!8, !8, i64 0}
!37 = !{!38, !28, i64 24}
!38 = !{!"_ZTSSt8functionIFiiEE", !27, i64 0, !28, i64 24}
!39 = !{!40, !42, i64 0}
!40 = !{!"_ZTSSt15_Rb_tree_header", !41, i64 0, !35, i64 32}
!41 = !{!"_ZTSSt18_Rb_tree_node_base", !42, i64 0, !28, i64 8, !28, i64 16, !28, i64 24}
!42 = !{!"_ZTSSt14_Rb_tree_color", !8, i64 0}
!43 = !{!40, !28, i64 8}
!44 = !{!40, !28, i64 16}
!45 = !{!40, !28, i64 24}
!46 = !{!40, !35, i64 32}
!47 = !{!28, !28, i64 0}
!48 = !{!34, !28, i64 0}
!49 = !{!35, !35, i64 0}
!50 = distinct !{!50, !18}
!51 = !{i64 0, i64 16, !36}
!52 = !{!53, !28, i64 8}
!53 = !{!"_ZTSSt18bad_variant_access", !15, i64 0, !28, i64 8}
!54 = !{!55, !28, i64 0}
!55 = !{!"_ZTSNSt15__exception_ptr13exception_ptrE", !28, i64 0}
!56 = !{!41, !28, i64 24}
!57 = !{!41, !28, i64 16}
!58 = distinct !{!58, !18}
!59 = distinct !{!59, !18}
!60 = distinct !{!60, !18}
!61 = distinct !{!61, !18}
!62 = distinct !{!62, !18}
!63 = distinct !{!63, !18}
!64 = distinct !{!64, !18}
!65 = distinct !{!65, !18}
!66 = distinct !{!66, !18}
!67 = distinct !{!67, !18}
!68 = distinct !{!68, !18}
!69 = distinct !{!69, !18}
!70 = distinct !{!70, !18}
!71 = distinct !{!71, !18}
!72 = distinct !{!72, !18}
!73 = distinct !{!73, !18}
!74 = distinct !{!74, !18}
!75 = distinct !{!75, !18}
!76 = distinct !{!76, !18}
!77 = distinct !{!77, !18}
!78 = distinct !{!78, !18}
!79 = distinct !{!79, !18}
!80 = !{!81, !28, i64 0}
!81 = !{!"_ZTSNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE11_Alloc_nodeE", !28, i64 0}
!82 = distinct !{!82, !18}
