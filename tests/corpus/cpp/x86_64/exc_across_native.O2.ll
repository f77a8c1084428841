; ModuleID = 'exc_across_native.cpp'
source_filename = "exc_across_native.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  br label %72

24:                                               ; preds = %113
  %25 = ptrtoint ptr %115 to i64
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %10) #27
  store i32 0, ptr %10, align 4, !tbaa !5
  %26 = icmp eq ptr %116, %117
  br i1 %26, label %128, label %27

27:                                               ; preds = %24
  %28 = ptrtoint ptr %117 to i64
  %29 = ptrtoint ptr %116 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %31, i1 true)
  %33 = shl nuw nsw i64 %32, 1
  %34 = xor i64 %33, 126
  invoke fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(ptr %116, ptr nonnull %117, i64 noundef %34, ptr nonnull %10)
          to label %35 unwind label %130

35:                                               ; preds = %27
  %36 = icmp sgt i64 %30, 64
  br i1 %36, label %37, label %71

37:                                               ; preds = %35
  %38 = getelementptr inbounds i8, ptr %116, i64 64
  invoke fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(ptr %116, ptr nonnull %38, ptr nonnull %10)
          to label %39 unwind label %130

39:                                               ; preds = %37
  %40 = icmp eq ptr %38, %117
  br i1 %40, label %128, label %41

41:                                               ; preds = %39, %68
  %42 = phi ptr [ %69, %68 ], [ %38, %39 ]
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %42, i64 -4
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %10, align 4, !tbaa !5
  %48 = icmp eq i32 %47, 500
  br i1 %48, label %49, label %56

49:                                               ; preds = %41, %61
  %50 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %50, ptr noundef nonnull @.str.33)
          to label %51 unwind label %54

51:                                               ; preds = %49
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %50, align 8, !tbaa !9
  %52 = getelementptr inbounds i8, ptr %50, i64 16
  store i32 500, ptr %52, align 8, !tbaa !11
  invoke void @__cxa_throw(ptr nonnull %50, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
          to label %53 unwind label %130

53:                                               ; preds = %51
  unreachable

54:                                               ; preds = %49
  %55 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  tail call void @__cxa_free_exception(ptr %50) #27
  br label %132

56:                                               ; preds = %41, %61
  %57 = phi i32 [ %64, %61 ], [ %45, %41 ]
  %58 = phi ptr [ %63, %61 ], [ %44, %41 ]
  %59 = phi ptr [ %58, %61 ], [ %42, %41 ]
  %60 = icmp slt i32 %43, %57
  br i1 %60, label %61, label %68

61:                                               ; preds = %56
  %62 = load i32, ptr %58, align 4, !tbaa !5
  store i32 %62, ptr %59, align 4, !tbaa !5
  %63 = getelementptr inbounds i8, ptr %58, i64 -4
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %10, align 4, !tbaa !5
  %67 = icmp eq i32 %66, 500
  br i1 %67, label %49, label %56, !llvm.loop !16

68:                                               ; preds = %56
  store i32 %43, ptr %59, align 4, !tbaa !5
  %69 = getelementptr inbounds i8, ptr %42, i64 4
  %70 = icmp eq ptr %42, %115
  br i1 %70, label %128, label %41, !llvm.loop !18

71:                                               ; preds = %35
  invoke fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(ptr %116, ptr nonnull %117, ptr nonnull %10)
          to label %128 unwind label %130

72:                                               ; preds = %0, %113
  %73 = phi i32 [ 12345, %0 ], [ %79, %113 ]
  %74 = phi i32 [ 0, %0 ], [ %118, %113 ]
  %75 = phi ptr [ null, %0 ], [ %116, %113 ]
  %76 = phi ptr [ null, %0 ], [ %117, %113 ]
  %77 = phi ptr [ null, %0 ], [ %114, %113 ]
  %78 = mul i32 %73, 1103515245
  %79 = add i32 %78, 12345
  %80 = lshr i32 %79, 8
  %81 = urem i32 %80, 1000
  %82 = icmp eq ptr %76, %77
  br i1 %82, label %84, label %83

83:                                               ; preds = %72
  store i32 %81, ptr %76, align 4, !tbaa !5
  br label %113

84:                                               ; preds = %72
  %85 = ptrtoint ptr %76 to i64
  %86 = ptrtoint ptr %75 to i64
  %87 = sub i64 %85, %86
  %88 = icmp eq i64 %87, 9223372036854775804
  br i1 %88, label %89, label %91

89:                                               ; preds = %84
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.34) #28
          to label %90 unwind label %122

90:                                               ; preds = %89
  unreachable

91:                                               ; preds = %84
  %92 = ashr exact i64 %87, 2
  %93 = tail call i64 @llvm.umax.i64(i64 %92, i64 1)
  %94 = add nsw i64 %93, %92
  %95 = icmp ult i64 %94, %92
  %96 = tail call i64 @llvm.umin.i64(i64 %94, i64 2305843009213693951)
  %97 = select i1 %95, i64 2305843009213693951, i64 %96
  %98 = icmp eq i64 %97, 0
  br i1 %98, label %102, label %99

99:                                               ; preds = %91
  %100 = shl nuw nsw i64 %97, 2
  %101 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %100) #29
          to label %102 unwind label %120

102:                                              ; preds = %99, %91
  %103 = phi ptr [ null, %91 ], [ %101, %99 ]
  %104 = getelementptr inbounds i32, ptr %103, i64 %92
  store i32 %81, ptr %104, align 4, !tbaa !5
  %105 = icmp sgt i64 %87, 0
  br i1 %105, label %106, label %107

106:                                              ; preds = %102
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %103, ptr align 4 %75, i64 %87, i1 false)
  br label %107

107:                                              ; preds = %102, %106
  %108 = getelementptr inbounds i8, ptr %103, i64 %87
  %109 = icmp eq ptr %75, null
  br i1 %109, label %111, label %110

110:                                              ; preds = %107
  tail call void @_ZdlPvm(ptr noundef nonnull %75, i64 noundef %87) #30
  br label %111

111:                                              ; preds = %110, %107
  %112 = getelementptr inbounds i32, ptr %103, i64 %97
  br label %113

113:                                              ; preds = %111, %83
  %114 = phi ptr [ %112, %111 ], [ %77, %83 ]
  %115 = phi ptr [ %108, %111 ], [ %76, %83 ]
  %116 = phi ptr [ %103, %111 ], [ %75, %83 ]
  %117 = getelementptr inbounds i8, ptr %115, i64 4
  %118 = add nuw nsw i32 %74, 1
  %119 = icmp eq i32 %118, 200
  br i1 %119, label %24, label %72, !llvm.loop !19

120:                                              ; preds = %99
  %121 = landingpad { ptr, i32 }
          cleanup
  br label %124

122:                                              ; preds = %89
  %123 = landingpad { ptr, i32 }
          cleanup
  br label %124

124:                                              ; preds = %122, %120
  %125 = phi { ptr, i32 } [ %121, %120 ], [ %123, %122 ]
  %126 = extractvalue { ptr, i32 } %125, 0
  %127 = extractvalue { ptr, i32 } %125, 1
  br label %805

128:                                              ; preds = %68, %39, %24, %71
  %129 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  br label %183

130:                                              ; preds = %71, %51, %37, %27
  %131 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  br label %132

132:                                              ; preds = %54, %130
  %133 = phi { ptr, i32 } [ %131, %130 ], [ %55, %54 ]
  %134 = extractvalue { ptr, i32 } %133, 0
  %135 = extractvalue { ptr, i32 } %133, 1
  %136 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI12CompareLimit) #27
  %137 = icmp eq i32 %135, %136
  br i1 %137, label %138, label %802

138:                                              ; preds = %132
  %139 = tail call ptr @__cxa_begin_catch(ptr %134) #27
  %140 = sub i64 %25, %29
  %141 = lshr i64 %140, 2
  %142 = add nuw nsw i64 %141, 1
  %143 = icmp ult i64 %140, 12
  br i1 %143, label %144, label %147

144:                                              ; preds = %166, %138
  %145 = phi i64 [ 0, %138 ], [ %168, %166 ]
  %146 = phi ptr [ %116, %138 ], [ %150, %166 ]
  br label %175

147:                                              ; preds = %138
  %148 = and i64 %142, 9223372036854775804
  %149 = shl i64 %148, 2
  %150 = getelementptr i8, ptr %116, i64 %149
  br label %151

151:                                              ; preds = %151, %147
  %152 = phi i64 [ 0, %147 ], [ %164, %151 ]
  %153 = phi <2 x i64> [ zeroinitializer, %147 ], [ %162, %151 ]
  %154 = phi <2 x i64> [ zeroinitializer, %147 ], [ %163, %151 ]
  %155 = shl i64 %152, 2
  %156 = getelementptr i8, ptr %116, i64 %155
  %157 = getelementptr i8, ptr %156, i64 8
  %158 = load <2 x i32>, ptr %156, align 4, !tbaa !5
  %159 = load <2 x i32>, ptr %157, align 4, !tbaa !5
  %160 = sext <2 x i32> %158 to <2 x i64>
  %161 = sext <2 x i32> %159 to <2 x i64>
  %162 = add <2 x i64> %153, %160
  %163 = add <2 x i64> %154, %161
  %164 = add nuw i64 %152, 4
  %165 = icmp eq i64 %164, %148
  br i1 %165, label %166, label %151, !llvm.loop !20

166:                                              ; preds = %151
  %167 = add <2 x i64> %163, %162
  %168 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %167)
  %169 = icmp eq i64 %142, %148
  br i1 %169, label %170, label %144

170:                                              ; preds = %175, %166
  %171 = phi i64 [ %168, %166 ], [ %180, %175 ]
  %172 = getelementptr inbounds i8, ptr %139, i64 16
  %173 = load i32, ptr %172, align 8, !tbaa !11
  %174 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %173, i64 noundef %31, i64 noundef %171)
  invoke void @__cxa_end_catch()
          to label %183 unwind label %217

175:                                              ; preds = %144, %175
  %176 = phi i64 [ %180, %175 ], [ %145, %144 ]
  %177 = phi ptr [ %181, %175 ], [ %146, %144 ]
  %178 = load i32, ptr %177, align 4, !tbaa !5
  %179 = sext i32 %178 to i64
  %180 = add nsw i64 %176, %179
  %181 = getelementptr inbounds i8, ptr %177, i64 4
  %182 = icmp eq ptr %177, %115
  br i1 %182, label %170, label %175, !llvm.loop !23

183:                                              ; preds = %170, %128
  br i1 %26, label %193, label %184

184:                                              ; preds = %183
  %185 = ptrtoint ptr %117 to i64
  %186 = ptrtoint ptr %116 to i64
  %187 = sub i64 %185, %186
  %188 = ashr exact i64 %187, 2
  %189 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %188, i1 true)
  %190 = shl nuw nsw i64 %189, 1
  %191 = xor i64 %190, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %116, ptr nonnull %117, i64 noundef %191)
          to label %192 unwind label %221

192:                                              ; preds = %184
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %116, ptr nonnull %117)
          to label %193 unwind label %221

193:                                              ; preds = %183, %192
  %194 = load i32, ptr %116, align 4, !tbaa !5
  %195 = load i32, ptr %115, align 4, !tbaa !5
  %196 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %194, i32 noundef %195)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #27
  %197 = getelementptr inbounds i8, ptr %11, i64 16
  %198 = getelementptr inbounds i8, ptr %11, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %11, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi", ptr %198, align 8, !tbaa !24
  store ptr @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %197, align 8, !tbaa !28
  br i1 %26, label %215, label %199

199:                                              ; preds = %193
  %200 = load i32, ptr %116, align 4, !tbaa !5
  %201 = srem i32 %200, 50
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9)
  store i32 %201, ptr %9, align 4, !tbaa !5
  br label %210

202:                                              ; preds = %213
  %203 = getelementptr inbounds i8, ptr %211, i64 4
  %204 = load ptr, ptr %197, align 8, !tbaa !28
  %205 = load i32, ptr %203, align 4, !tbaa !5
  %206 = srem i32 %205, 50
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9)
  store i32 %206, ptr %9, align 4, !tbaa !5
  %207 = icmp eq ptr %204, null
  br i1 %207, label %208, label %210

208:                                              ; preds = %202
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %209 unwind label %227

209:                                              ; preds = %208
  unreachable

210:                                              ; preds = %199, %202
  %211 = phi ptr [ %116, %199 ], [ %203, %202 ]
  %212 = load ptr, ptr %198, align 8, !tbaa !24
  invoke void %212(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 4 dereferenceable(4) %9)
          to label %213 unwind label %225

213:                                              ; preds = %210
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9)
  %214 = icmp eq ptr %211, %115
  br i1 %214, label %215, label %202, !llvm.loop !29

215:                                              ; preds = %213, %193
  %216 = call i32 @puts(ptr nonnull dereferenceable(1) @str.38)
  br label %242

217:                                              ; preds = %170
  %218 = landingpad { ptr, i32 }
          cleanup
  %219 = extractvalue { ptr, i32 } %218, 0
  %220 = extractvalue { ptr, i32 } %218, 1
  br label %802

221:                                              ; preds = %192, %184
  %222 = landingpad { ptr, i32 }
          cleanup
  %223 = extractvalue { ptr, i32 } %222, 0
  %224 = extractvalue { ptr, i32 } %222, 1
  br label %802

225:                                              ; preds = %210
  %226 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  br label %229

227:                                              ; preds = %208
  %228 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  br label %229

229:                                              ; preds = %227, %225
  %230 = phi { ptr, i32 } [ %226, %225 ], [ %228, %227 ]
  %231 = extractvalue { ptr, i32 } %230, 0
  %232 = extractvalue { ptr, i32 } %230, 1
  %233 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #27
  %234 = icmp eq i32 %232, %233
  br i1 %234, label %235, label %791

235:                                              ; preds = %229
  %236 = call ptr @__cxa_begin_catch(ptr %231) #27
  %237 = load ptr, ptr %236, align 8, !tbaa !9
  %238 = getelementptr inbounds i8, ptr %237, i64 16
  %239 = load ptr, ptr %238, align 8
  %240 = call noundef ptr %239(ptr noundef nonnull align 8 dereferenceable(16) %236) #27
  %241 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef %240)
  invoke void @__cxa_end_catch()
          to label %242 unwind label %316

242:                                              ; preds = %235, %215
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %12) #27
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %13) #27
  %243 = getelementptr inbounds i8, ptr %13, i64 16
  store ptr %243, ptr %13, align 8, !tbaa !30
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %243, ptr noundef nonnull align 1 dereferenceable(6) @.str.5, i64 6, i1 false)
  %244 = getelementptr inbounds i8, ptr %13, i64 8
  store i64 6, ptr %244, align 8, !tbaa !32
  %245 = getelementptr inbounds i8, ptr %13, i64 22
  store i8 0, ptr %245, align 2, !tbaa !35
  %246 = getelementptr inbounds i8, ptr %13, i64 32
  %247 = getelementptr inbounds i8, ptr %13, i64 48
  %248 = getelementptr inbounds i8, ptr %13, i64 56
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %246, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOi", ptr %248, align 8, !tbaa !36
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %247, align 8, !tbaa !28
  %249 = getelementptr inbounds i8, ptr %13, i64 64
  %250 = getelementptr inbounds i8, ptr %13, i64 80
  store ptr %250, ptr %249, align 8, !tbaa !30
  store i32 1818845542, ptr %250, align 8
  %251 = getelementptr inbounds i8, ptr %13, i64 72
  store i64 4, ptr %251, align 8, !tbaa !32
  %252 = getelementptr inbounds i8, ptr %13, i64 84
  store i8 0, ptr %252, align 4, !tbaa !35
  %253 = getelementptr inbounds i8, ptr %13, i64 96
  %254 = getelementptr inbounds i8, ptr %13, i64 112
  %255 = getelementptr inbounds i8, ptr %13, i64 120
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %253, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E9_M_invokeERKSt9_Any_dataOi", ptr %255, align 8, !tbaa !36
  store ptr @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %254, align 8, !tbaa !28
  %256 = getelementptr inbounds i8, ptr %12, i64 8
  store i32 0, ptr %256, align 8, !tbaa !38
  %257 = getelementptr inbounds i8, ptr %12, i64 16
  store ptr null, ptr %257, align 8, !tbaa !42
  %258 = getelementptr inbounds i8, ptr %12, i64 24
  store ptr %256, ptr %258, align 8, !tbaa !43
  %259 = getelementptr inbounds i8, ptr %12, i64 32
  store ptr %256, ptr %259, align 8, !tbaa !44
  %260 = getelementptr inbounds i8, ptr %12, i64 40
  store i64 0, ptr %260, align 8, !tbaa !45
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #27
  store ptr %12, ptr %8, align 8, !tbaa !46
  %261 = invoke ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %12, ptr nonnull %256, ptr noundef nonnull align 8 dereferenceable(64) %13, ptr noundef nonnull align 8 dereferenceable(8) %8)
          to label %262 unwind label %269

262:                                              ; preds = %242
  %263 = invoke ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %12, ptr nonnull %256, ptr noundef nonnull align 8 dereferenceable(64) %249, ptr noundef nonnull align 8 dereferenceable(8) %8)
          to label %264 unwind label %269

264:                                              ; preds = %262
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #27
  %265 = getelementptr inbounds i8, ptr %13, i64 64
  %266 = getelementptr inbounds i8, ptr %13, i64 112
  %267 = load ptr, ptr %266, align 8, !tbaa !28
  %268 = icmp eq ptr %267, null
  br i1 %268, label %280, label %274

269:                                              ; preds = %262, %242
  %270 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #27
  %271 = getelementptr inbounds i8, ptr %13, i64 64
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %271) #27
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %13) #27
  %272 = extractvalue { ptr, i32 } %270, 0
  %273 = extractvalue { ptr, i32 } %270, 1
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %13) #27
  br label %788

274:                                              ; preds = %264
  %275 = getelementptr inbounds i8, ptr %13, i64 96
  %276 = invoke noundef zeroext i1 %267(ptr noundef nonnull align 8 dereferenceable(16) %275, ptr noundef nonnull align 8 dereferenceable(16) %275, i32 noundef 3)
          to label %280 unwind label %277

277:                                              ; preds = %291, %274
  %278 = landingpad { ptr, i32 }
          catch ptr null
  %279 = extractvalue { ptr, i32 } %278, 0
  call void @__clang_call_terminate(ptr %279) #31
  unreachable

280:                                              ; preds = %274, %264
  %281 = load ptr, ptr %265, align 8, !tbaa !47
  %282 = getelementptr inbounds i8, ptr %13, i64 80
  %283 = icmp eq ptr %281, %282
  br i1 %283, label %287, label %284

284:                                              ; preds = %280
  %285 = load i64, ptr %282, align 8, !tbaa !35
  %286 = add i64 %285, 1
  call void @_ZdlPvm(ptr noundef %281, i64 noundef %286) #30
  br label %287

287:                                              ; preds = %280, %284
  %288 = getelementptr inbounds i8, ptr %13, i64 48
  %289 = load ptr, ptr %288, align 8, !tbaa !28
  %290 = icmp eq ptr %289, null
  br i1 %290, label %294, label %291

291:                                              ; preds = %287
  %292 = getelementptr inbounds i8, ptr %13, i64 32
  %293 = invoke noundef zeroext i1 %289(ptr noundef nonnull align 8 dereferenceable(16) %292, ptr noundef nonnull align 8 dereferenceable(16) %292, i32 noundef 3)
          to label %294 unwind label %277

294:                                              ; preds = %291, %287
  %295 = load ptr, ptr %13, align 8, !tbaa !47
  %296 = getelementptr inbounds i8, ptr %13, i64 16
  %297 = icmp eq ptr %295, %296
  br i1 %297, label %301, label %298

298:                                              ; preds = %294
  %299 = load i64, ptr %296, align 8, !tbaa !35
  %300 = add i64 %299, 1
  call void @_ZdlPvm(ptr noundef %295, i64 noundef %300) #30
  br label %301

301:                                              ; preds = %298, %294
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %13) #27
  %302 = getelementptr inbounds i8, ptr %15, i64 16
  %303 = getelementptr inbounds i8, ptr %15, i64 8
  %304 = getelementptr inbounds i8, ptr %6, i64 16
  %305 = getelementptr inbounds i8, ptr %6, i64 24
  %306 = getelementptr inbounds i8, ptr %14, i64 16
  %307 = getelementptr inbounds i8, ptr %14, i64 24
  br label %320

308:                                              ; preds = %472
  %309 = ptrtoint ptr %117 to i64
  %310 = ptrtoint ptr %116 to i64
  %311 = sub i64 %309, %310
  %312 = ashr exact i64 %311, 2
  %313 = icmp ugt i64 %312, 1000
  br i1 %313, label %493, label %314

314:                                              ; preds = %308
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.37, i64 noundef 1000, i64 noundef %312) #28
          to label %315 unwind label %497

315:                                              ; preds = %314
  unreachable

316:                                              ; preds = %235
  %317 = landingpad { ptr, i32 }
          cleanup
  %318 = extractvalue { ptr, i32 } %317, 0
  %319 = extractvalue { ptr, i32 } %317, 1
  br label %791

320:                                              ; preds = %301, %472
  %321 = phi i64 [ 0, %301 ], [ %473, %472 ]
  %322 = getelementptr inbounds i8, ptr @constinit, i64 %321
  %323 = load ptr, ptr %322, align 8, !tbaa !46
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #27
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %14, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #27
  store ptr %302, ptr %15, align 8, !tbaa !30
  %324 = icmp eq ptr %323, null
  br i1 %324, label %325, label %327

325:                                              ; preds = %320
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.36) #28
          to label %326 unwind label %433

326:                                              ; preds = %325
  unreachable

327:                                              ; preds = %320
  %328 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %323) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #27
  store i64 %328, ptr %7, align 8, !tbaa !48
  %329 = icmp ugt i64 %328, 15
  br i1 %329, label %330, label %334

330:                                              ; preds = %327
  %331 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %15, ptr noundef nonnull align 8 dereferenceable(8) %7, i64 noundef 0)
          to label %332 unwind label %433

332:                                              ; preds = %330
  store ptr %331, ptr %15, align 8, !tbaa !47
  %333 = load i64, ptr %7, align 8, !tbaa !48
  store i64 %333, ptr %302, align 8, !tbaa !35
  br label %334

334:                                              ; preds = %332, %327
  %335 = phi ptr [ %331, %332 ], [ %302, %327 ]
  switch i64 %328, label %338 [
    i64 1, label %336
    i64 0, label %339
  ]

336:                                              ; preds = %334
  %337 = load i8, ptr %323, align 1, !tbaa !35
  store i8 %337, ptr %335, align 1, !tbaa !35
  br label %339

338:                                              ; preds = %334
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %335, ptr nonnull align 1 %323, i64 %328, i1 false)
  br label %339

339:                                              ; preds = %338, %336, %334
  %340 = load i64, ptr %7, align 8, !tbaa !48
  store i64 %340, ptr %303, align 8, !tbaa !32
  %341 = load ptr, ptr %15, align 8, !tbaa !47
  %342 = getelementptr inbounds i8, ptr %341, i64 %340
  store i8 0, ptr %342, align 1, !tbaa !35
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #27
  %343 = load ptr, ptr %257, align 8, !tbaa !42
  %344 = icmp eq ptr %343, null
  %345 = load ptr, ptr %15, align 8
  br i1 %344, label %396, label %346

346:                                              ; preds = %339
  %347 = load i64, ptr %303, align 8, !tbaa !32
  br label %348

348:                                              ; preds = %365, %346
  %349 = phi ptr [ %343, %346 ], [ %371, %365 ]
  %350 = phi ptr [ %256, %346 ], [ %368, %365 ]
  %351 = getelementptr inbounds i8, ptr %349, i64 40
  %352 = load i64, ptr %351, align 8, !tbaa !32
  %353 = call i64 @llvm.umin.i64(i64 %347, i64 %352)
  %354 = icmp eq i64 %353, 0
  br i1 %354, label %360, label %355

355:                                              ; preds = %348
  %356 = getelementptr inbounds i8, ptr %349, i64 32
  %357 = load ptr, ptr %356, align 8, !tbaa !47
  %358 = call i32 @memcmp(ptr noundef %357, ptr noundef %345, i64 noundef %353) #27
  %359 = icmp eq i32 %358, 0
  br i1 %359, label %360, label %365

360:                                              ; preds = %355, %348
  %361 = sub i64 %352, %347
  %362 = call i64 @llvm.smax.i64(i64 %361, i64 -2147483648)
  %363 = call i64 @llvm.smin.i64(i64 %362, i64 2147483647)
  %364 = trunc nsw i64 %363 to i32
  br label %365

365:                                              ; preds = %360, %355
  %366 = phi i32 [ %358, %355 ], [ %364, %360 ]
  %367 = icmp slt i32 %366, 0
  %368 = select i1 %367, ptr %350, ptr %349
  %369 = select i1 %367, i64 24, i64 16
  %370 = getelementptr inbounds i8, ptr %349, i64 %369
  %371 = load ptr, ptr %370, align 8, !tbaa !46
  %372 = icmp eq ptr %371, null
  br i1 %372, label %373, label %348, !llvm.loop !49

373:                                              ; preds = %365
  %374 = icmp eq ptr %368, %256
  br i1 %374, label %396, label %375

375:                                              ; preds = %373
  %376 = select i1 %367, ptr %350, ptr %349
  %377 = getelementptr inbounds i8, ptr %376, i64 40
  %378 = load i64, ptr %377, align 8, !tbaa !32
  %379 = call i64 @llvm.umin.i64(i64 %378, i64 %347)
  %380 = icmp eq i64 %379, 0
  br i1 %380, label %387, label %381

381:                                              ; preds = %375
  %382 = select i1 %367, ptr %350, ptr %349
  %383 = getelementptr inbounds i8, ptr %382, i64 32
  %384 = load ptr, ptr %383, align 8, !tbaa !47
  %385 = call i32 @memcmp(ptr noundef %345, ptr noundef %384, i64 noundef %379) #27
  %386 = icmp eq i32 %385, 0
  br i1 %386, label %387, label %392

387:                                              ; preds = %381, %375
  %388 = sub i64 %347, %378
  %389 = call i64 @llvm.smax.i64(i64 %388, i64 -2147483648)
  %390 = call i64 @llvm.smin.i64(i64 %389, i64 2147483647)
  %391 = trunc nsw i64 %390 to i32
  br label %392

392:                                              ; preds = %387, %381
  %393 = phi i32 [ %385, %381 ], [ %391, %387 ]
  %394 = icmp slt i32 %393, 0
  %395 = select i1 %394, ptr %256, ptr %368
  br label %396

396:                                              ; preds = %339, %373, %392
  %397 = phi ptr [ %256, %373 ], [ %256, %339 ], [ %395, %392 ]
  %398 = icmp eq ptr %345, %302
  br i1 %398, label %402, label %399

399:                                              ; preds = %396
  %400 = load i64, ptr %302, align 8, !tbaa !35
  %401 = add i64 %400, 1
  call void @_ZdlPvm(ptr noundef %345, i64 noundef %401) #30
  br label %402

402:                                              ; preds = %396, %399
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #27
  %403 = icmp eq ptr %397, %256
  br i1 %403, label %437, label %404

404:                                              ; preds = %402
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #27
  %405 = getelementptr inbounds i8, ptr %397, i64 80
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %6, i8 0, i64 32, i1 false)
  %406 = load ptr, ptr %405, align 8, !tbaa !28
  %407 = icmp eq ptr %406, null
  br i1 %407, label %422, label %408

408:                                              ; preds = %404
  %409 = getelementptr inbounds i8, ptr %397, i64 64
  %410 = invoke noundef zeroext i1 %406(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %409, i32 noundef 2)
          to label %411 unwind label %413

411:                                              ; preds = %408
  %412 = load <2 x ptr>, ptr %405, align 8, !tbaa !46
  br label %422

413:                                              ; preds = %408
  %414 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  %415 = load ptr, ptr %304, align 8, !tbaa !28
  %416 = icmp eq ptr %415, null
  br i1 %416, label %455, label %417

417:                                              ; preds = %413
  %418 = invoke noundef zeroext i1 %415(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %455 unwind label %419

419:                                              ; preds = %417
  %420 = landingpad { ptr, i32 }
          catch ptr null
  %421 = extractvalue { ptr, i32 } %420, 0
  call void @__clang_call_terminate(ptr %421) #31
  unreachable

422:                                              ; preds = %411, %404
  %423 = phi <2 x ptr> [ zeroinitializer, %404 ], [ %412, %411 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %5)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull align 8 dereferenceable(16) %6, i64 16, i1 false), !tbaa.struct !50
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %14, i64 16, i1 false), !tbaa.struct !50
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %5, i64 16, i1 false), !tbaa.struct !50
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5)
  %424 = load ptr, ptr %306, align 8, !tbaa !46
  store ptr %424, ptr %304, align 8, !tbaa !46
  %425 = load ptr, ptr %307, align 8, !tbaa !46
  store ptr %425, ptr %305, align 8, !tbaa !46
  store <2 x ptr> %423, ptr %306, align 8, !tbaa !46
  %426 = icmp eq ptr %424, null
  br i1 %426, label %432, label %427

427:                                              ; preds = %422
  %428 = invoke noundef zeroext i1 %424(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %432 unwind label %429

429:                                              ; preds = %427
  %430 = landingpad { ptr, i32 }
          catch ptr null
  %431 = extractvalue { ptr, i32 } %430, 0
  call void @__clang_call_terminate(ptr %431) #31
  unreachable

432:                                              ; preds = %422, %427
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #27
  br label %437

433:                                              ; preds = %330, %325
  %434 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #27
  br label %455

435:                                              ; preds = %442, %440
  %436 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt17bad_function_call
          catch ptr @_ZTISt9exception
  br label %455

437:                                              ; preds = %432, %402
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4)
  store i32 21, ptr %4, align 4, !tbaa !5
  %438 = load ptr, ptr %306, align 8, !tbaa !28
  %439 = icmp eq ptr %438, null
  br i1 %439, label %440, label %442

440:                                              ; preds = %437
  invoke void @_ZSt25__throw_bad_function_callv() #28
          to label %441 unwind label %435

441:                                              ; preds = %440
  unreachable

442:                                              ; preds = %437
  %443 = load ptr, ptr %307, align 8, !tbaa !36
  %444 = invoke noundef i32 %443(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 4 dereferenceable(4) %4)
          to label %445 unwind label %435

445:                                              ; preds = %442
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4)
  %446 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef nonnull %323, i32 noundef %444)
  %447 = load ptr, ptr %306, align 8, !tbaa !28
  %448 = icmp eq ptr %447, null
  br i1 %448, label %454, label %449

449:                                              ; preds = %445
  %450 = invoke noundef zeroext i1 %447(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %14, i32 noundef 3)
          to label %454 unwind label %451

451:                                              ; preds = %449
  %452 = landingpad { ptr, i32 }
          catch ptr null
  %453 = extractvalue { ptr, i32 } %452, 0
  call void @__clang_call_terminate(ptr %453) #31
  unreachable

454:                                              ; preds = %445, %449
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #27
  br label %472

455:                                              ; preds = %435, %417, %413, %433
  %456 = phi { ptr, i32 } [ %434, %433 ], [ %436, %435 ], [ %414, %417 ], [ %414, %413 ]
  %457 = extractvalue { ptr, i32 } %456, 0
  %458 = extractvalue { ptr, i32 } %456, 1
  %459 = load ptr, ptr %306, align 8, !tbaa !28
  %460 = icmp eq ptr %459, null
  br i1 %460, label %466, label %461

461:                                              ; preds = %455
  %462 = invoke noundef zeroext i1 %459(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %14, i32 noundef 3)
          to label %466 unwind label %463

463:                                              ; preds = %461
  %464 = landingpad { ptr, i32 }
          catch ptr null
  %465 = extractvalue { ptr, i32 } %464, 0
  call void @__clang_call_terminate(ptr %465) #31
  unreachable

466:                                              ; preds = %455, %461
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #27
  %467 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt17bad_function_call) #27
  %468 = icmp eq i32 %458, %467
  br i1 %468, label %469, label %475

469:                                              ; preds = %466
  %470 = call ptr @__cxa_begin_catch(ptr %457) #27
  %471 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %323)
  invoke void @__cxa_end_catch()
          to label %472 unwind label %489

472:                                              ; preds = %478, %469, %454
  %473 = add nuw nsw i64 %321, 8
  %474 = icmp eq i64 %473, 24
  br i1 %474, label %308, label %320

475:                                              ; preds = %466
  %476 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #27
  %477 = icmp eq i32 %458, %476
  br i1 %477, label %478, label %781

478:                                              ; preds = %475
  %479 = call ptr @__cxa_begin_catch(ptr %457) #27
  %480 = load ptr, ptr %479, align 8, !tbaa !9
  %481 = getelementptr inbounds i8, ptr %480, i64 16
  %482 = load ptr, ptr %481, align 8
  %483 = call noundef ptr %482(ptr noundef nonnull align 8 dereferenceable(8) %479) #27
  %484 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %323, ptr noundef %483)
  invoke void @__cxa_end_catch()
          to label %472 unwind label %485

485:                                              ; preds = %478
  %486 = landingpad { ptr, i32 }
          cleanup
  %487 = extractvalue { ptr, i32 } %486, 0
  %488 = extractvalue { ptr, i32 } %486, 1
  br label %781

489:                                              ; preds = %469
  %490 = landingpad { ptr, i32 }
          cleanup
  %491 = extractvalue { ptr, i32 } %490, 0
  %492 = extractvalue { ptr, i32 } %490, 1
  br label %781

493:                                              ; preds = %308
  %494 = getelementptr inbounds i8, ptr %116, i64 4000
  %495 = load i32, ptr %494, align 4, !tbaa !5
  %496 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %495)
  br label %506

497:                                              ; preds = %314
  %498 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12out_of_range
  %499 = extractvalue { ptr, i32 } %498, 0
  %500 = extractvalue { ptr, i32 } %498, 1
  %501 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #27
  %502 = icmp eq i32 %500, %501
  br i1 %502, label %503, label %781

503:                                              ; preds = %497
  %504 = call ptr @__cxa_begin_catch(ptr %499) #27
  %505 = call i32 @puts(ptr nonnull dereferenceable(1) @str.39)
  invoke void @__cxa_end_catch()
          to label %506 unwind label %512

506:                                              ; preds = %503, %493
  %507 = getelementptr inbounds i8, ptr %16, i64 16
  %508 = getelementptr inbounds i8, ptr %16, i64 8
  br label %516

509:                                              ; preds = %589
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %17) #27
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTV5Other, i64 16), ptr %17, align 8, !tbaa !9
  %510 = call ptr @__dynamic_cast(ptr nonnull %17, ptr nonnull @_ZTI4Base, ptr nonnull @_ZTI7Derived, i64 0) #27
  %511 = icmp eq ptr %510, null
  br i1 %511, label %606, label %608

512:                                              ; preds = %503
  %513 = landingpad { ptr, i32 }
          cleanup
  %514 = extractvalue { ptr, i32 } %513, 0
  %515 = extractvalue { ptr, i32 } %513, 1
  br label %781

516:                                              ; preds = %506, %589
  %517 = phi i64 [ 0, %506 ], [ %590, %589 ]
  %518 = getelementptr inbounds i8, ptr @constinit.16, i64 %517
  %519 = load ptr, ptr %518, align 8, !tbaa !46
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #27
  store ptr %507, ptr %16, align 8, !tbaa !30
  %520 = icmp eq ptr %519, null
  br i1 %520, label %521, label %523

521:                                              ; preds = %516
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.36) #28
          to label %522 unwind label %575

522:                                              ; preds = %521
  unreachable

523:                                              ; preds = %516
  %524 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %519) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #27
  store i64 %524, ptr %3, align 8, !tbaa !48
  %525 = icmp ugt i64 %524, 15
  br i1 %525, label %526, label %530

526:                                              ; preds = %523
  %527 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %16, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %528 unwind label %575

528:                                              ; preds = %526
  store ptr %527, ptr %16, align 8, !tbaa !47
  %529 = load i64, ptr %3, align 8, !tbaa !48
  store i64 %529, ptr %507, align 8, !tbaa !35
  br label %530

530:                                              ; preds = %528, %523
  %531 = phi ptr [ %527, %528 ], [ %507, %523 ]
  switch i64 %524, label %534 [
    i64 1, label %532
    i64 0, label %535
  ]

532:                                              ; preds = %530
  %533 = load i8, ptr %519, align 1, !tbaa !35
  store i8 %533, ptr %531, align 1, !tbaa !35
  br label %535

534:                                              ; preds = %530
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %531, ptr nonnull align 1 %519, i64 %524, i1 false)
  br label %535

535:                                              ; preds = %534, %532, %530
  %536 = load i64, ptr %3, align 8, !tbaa !48
  store i64 %536, ptr %508, align 8, !tbaa !32
  %537 = load ptr, ptr %16, align 8, !tbaa !47
  %538 = getelementptr inbounds i8, ptr %537, i64 %536
  store i8 0, ptr %538, align 1, !tbaa !35
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #27
  %539 = load ptr, ptr %16, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #27
  %540 = tail call ptr @__errno_location() #32
  %541 = load i32, ptr %540, align 4, !tbaa !5
  store i32 0, ptr %540, align 4, !tbaa !5
  %542 = call noundef i64 @strtol(ptr noundef %539, ptr noundef nonnull %2, i32 noundef 10)
  %543 = load ptr, ptr %2, align 8, !tbaa !46
  %544 = icmp eq ptr %543, %539
  br i1 %544, label %545, label %555

545:                                              ; preds = %535
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.29) #28
          to label %546 unwind label %547

546:                                              ; preds = %545
  unreachable

547:                                              ; preds = %561, %545
  %548 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
          catch ptr @_ZTISt12out_of_range
  %549 = load i32, ptr %540, align 4, !tbaa !5
  %550 = icmp eq i32 %549, 0
  br i1 %550, label %551, label %552

551:                                              ; preds = %547
  store i32 %541, ptr %540, align 4, !tbaa !5
  br label %552

552:                                              ; preds = %551, %547
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #27
  %553 = load ptr, ptr %16, align 8, !tbaa !47
  %554 = icmp eq ptr %553, %507
  br i1 %554, label %580, label %577

555:                                              ; preds = %535
  %556 = load i32, ptr %540, align 4, !tbaa !5
  %557 = icmp eq i32 %556, 34
  %558 = add i64 %542, -2147483648
  %559 = icmp ult i64 %558, -4294967296
  %560 = or i1 %559, %557
  br i1 %560, label %561, label %563

561:                                              ; preds = %555
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.29) #28
          to label %562 unwind label %547

562:                                              ; preds = %561
  unreachable

563:                                              ; preds = %555
  %564 = icmp eq i32 %556, 0
  br i1 %564, label %565, label %566

565:                                              ; preds = %563
  store i32 %541, ptr %540, align 4, !tbaa !5
  br label %566

566:                                              ; preds = %565, %563
  %567 = trunc i64 %542 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #27
  %568 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull %519, i32 noundef %567)
  %569 = load ptr, ptr %16, align 8, !tbaa !47
  %570 = icmp eq ptr %569, %507
  br i1 %570, label %574, label %571

571:                                              ; preds = %566
  %572 = load i64, ptr %507, align 8, !tbaa !35
  %573 = add i64 %572, 1
  call void @_ZdlPvm(ptr noundef %569, i64 noundef %573) #30
  br label %574

574:                                              ; preds = %566, %571
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #27
  br label %589

575:                                              ; preds = %526, %521
  %576 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
          catch ptr @_ZTISt12out_of_range
  br label %580

577:                                              ; preds = %552
  %578 = load i64, ptr %507, align 8, !tbaa !35
  %579 = add i64 %578, 1
  call void @_ZdlPvm(ptr noundef %553, i64 noundef %579) #30
  br label %580

580:                                              ; preds = %577, %552, %575
  %581 = phi { ptr, i32 } [ %576, %575 ], [ %548, %552 ], [ %548, %577 ]
  %582 = extractvalue { ptr, i32 } %581, 0
  %583 = extractvalue { ptr, i32 } %581, 1
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #27
  %584 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #27
  %585 = icmp eq i32 %583, %584
  br i1 %585, label %586, label %592

586:                                              ; preds = %580
  %587 = call ptr @__cxa_begin_catch(ptr %582) #27
  %588 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %519)
  invoke void @__cxa_end_catch()
          to label %589 unwind label %602

589:                                              ; preds = %595, %586, %574
  %590 = add nuw nsw i64 %517, 8
  %591 = icmp eq i64 %590, 24
  br i1 %591, label %509, label %516

592:                                              ; preds = %580
  %593 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #27
  %594 = icmp eq i32 %583, %593
  br i1 %594, label %595, label %781

595:                                              ; preds = %592
  %596 = call ptr @__cxa_begin_catch(ptr %582) #27
  %597 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %519)
  invoke void @__cxa_end_catch()
          to label %589 unwind label %598

598:                                              ; preds = %595
  %599 = landingpad { ptr, i32 }
          cleanup
  %600 = extractvalue { ptr, i32 } %599, 0
  %601 = extractvalue { ptr, i32 } %599, 1
  br label %781

602:                                              ; preds = %586
  %603 = landingpad { ptr, i32 }
          cleanup
  %604 = extractvalue { ptr, i32 } %603, 0
  %605 = extractvalue { ptr, i32 } %603, 1
  br label %781

606:                                              ; preds = %509
  invoke void @__cxa_bad_cast() #28
          to label %607 unwind label %612

607:                                              ; preds = %606
  unreachable

608:                                              ; preds = %509
  %609 = icmp eq ptr %510, %17
  %610 = zext i1 %609 to i32
  %611 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %610)
  br label %621

612:                                              ; preds = %606
  %613 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt8bad_cast
  %614 = extractvalue { ptr, i32 } %613, 0
  %615 = extractvalue { ptr, i32 } %613, 1
  %616 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt8bad_cast) #27
  %617 = icmp eq i32 %615, %616
  br i1 %617, label %618, label %778

618:                                              ; preds = %612
  %619 = call ptr @__cxa_begin_catch(ptr %614) #27
  %620 = call i32 @puts(ptr nonnull dereferenceable(1) @str.40)
  invoke void @__cxa_end_catch()
          to label %621 unwind label %625

621:                                              ; preds = %608, %618
  %622 = call ptr @__cxa_allocate_exception(i64 16) #27
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt18bad_variant_access, i64 16), ptr %622, align 8, !tbaa !9
  %623 = getelementptr inbounds i8, ptr %622, i64 8
  store ptr @.str.31, ptr %623, align 8, !tbaa !51
  invoke void @__cxa_throw(ptr nonnull %622, ptr nonnull @_ZTISt18bad_variant_access, ptr nonnull @_ZNSt9exceptionD2Ev) #28
          to label %624 unwind label %629

624:                                              ; preds = %621
  unreachable

625:                                              ; preds = %618
  %626 = landingpad { ptr, i32 }
          cleanup
  %627 = extractvalue { ptr, i32 } %626, 0
  %628 = extractvalue { ptr, i32 } %626, 1
  br label %778

629:                                              ; preds = %621
  %630 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt18bad_variant_access
  %631 = extractvalue { ptr, i32 } %630, 0
  %632 = extractvalue { ptr, i32 } %630, 1
  %633 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt18bad_variant_access) #27
  %634 = icmp eq i32 %632, %633
  br i1 %634, label %635, label %778

635:                                              ; preds = %629
  %636 = call ptr @__cxa_begin_catch(ptr %631) #27
  %637 = call i32 @puts(ptr nonnull dereferenceable(1) @str.41)
  invoke void @__cxa_end_catch()
          to label %638 unwind label %640

638:                                              ; preds = %635
  invoke void @_ZSt27__throw_bad_optional_accessv() #28
          to label %639 unwind label %644

639:                                              ; preds = %638
  unreachable

640:                                              ; preds = %635
  %641 = landingpad { ptr, i32 }
          cleanup
  %642 = extractvalue { ptr, i32 } %641, 0
  %643 = extractvalue { ptr, i32 } %641, 1
  br label %778

644:                                              ; preds = %638
  %645 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt19bad_optional_access
  %646 = extractvalue { ptr, i32 } %645, 0
  %647 = extractvalue { ptr, i32 } %645, 1
  %648 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt19bad_optional_access) #27
  %649 = icmp eq i32 %647, %648
  br i1 %649, label %650, label %778

650:                                              ; preds = %644
  %651 = call ptr @__cxa_begin_catch(ptr %646) #27
  %652 = call i32 @puts(ptr nonnull dereferenceable(1) @str.42)
  invoke void @__cxa_end_catch()
          to label %653 unwind label %656

653:                                              ; preds = %650
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %18) #27
  store ptr null, ptr %18, align 8, !tbaa !53
  %654 = call ptr @__cxa_allocate_exception(i64 16) #27
  invoke void @_ZNSt14overflow_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %654, ptr noundef nonnull @.str.25)
          to label %655 unwind label %660

655:                                              ; preds = %653
  invoke void @__cxa_throw(ptr nonnull %654, ptr nonnull @_ZTISt14overflow_error, ptr nonnull @_ZNSt14overflow_errorD1Ev) #28
          to label %818 unwind label %662

656:                                              ; preds = %650
  %657 = landingpad { ptr, i32 }
          cleanup
  %658 = extractvalue { ptr, i32 } %657, 0
  %659 = extractvalue { ptr, i32 } %657, 1
  br label %778

660:                                              ; preds = %653
  %661 = landingpad { ptr, i32 }
          catch ptr null
  call void @__cxa_free_exception(ptr %654) #27
  br label %664

662:                                              ; preds = %655
  %663 = landingpad { ptr, i32 }
          catch ptr null
  br label %664

664:                                              ; preds = %662, %660
  %665 = phi { ptr, i32 } [ %663, %662 ], [ %661, %660 ]
  %666 = extractvalue { ptr, i32 } %665, 0
  %667 = call ptr @__cxa_begin_catch(ptr %666) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %19) #27
  call void @_ZSt17current_exceptionv(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %19) #27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #27
  %668 = load ptr, ptr %19, align 8, !tbaa !53
  store ptr null, ptr %19, align 8, !tbaa !53
  %669 = load ptr, ptr %18, align 8, !tbaa !53
  store ptr %669, ptr %1, align 8, !tbaa !53
  store ptr %668, ptr %18, align 8, !tbaa !53
  %670 = icmp eq ptr %669, null
  br i1 %670, label %671, label %672

671:                                              ; preds = %664
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #27
  br label %676

672:                                              ; preds = %664
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %1) #27
  %673 = load ptr, ptr %19, align 8, !tbaa !53
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #27
  %674 = icmp eq ptr %673, null
  br i1 %674, label %676, label %675

675:                                              ; preds = %672
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %19) #27
  br label %676

676:                                              ; preds = %671, %672, %675
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %19) #27
  invoke void @__cxa_end_catch()
          to label %677 unwind label %683

677:                                              ; preds = %676
  %678 = load ptr, ptr %18, align 8, !tbaa !53
  store ptr %678, ptr %20, align 8, !tbaa !53
  %679 = icmp eq ptr %678, null
  br i1 %679, label %681, label %680

680:                                              ; preds = %677
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %20) #27
  br label %681

681:                                              ; preds = %677, %680
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %20) #28
          to label %682 unwind label %687

682:                                              ; preds = %681
  unreachable

683:                                              ; preds = %676
  %684 = landingpad { ptr, i32 }
          cleanup
  %685 = extractvalue { ptr, i32 } %684, 0
  %686 = extractvalue { ptr, i32 } %684, 1
  br label %771

687:                                              ; preds = %681
  %688 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %689 = extractvalue { ptr, i32 } %688, 0
  %690 = extractvalue { ptr, i32 } %688, 1
  %691 = load ptr, ptr %20, align 8, !tbaa !53
  %692 = icmp eq ptr %691, null
  br i1 %692, label %694, label %693

693:                                              ; preds = %687
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %20) #27
  br label %694

694:                                              ; preds = %687, %693
  %695 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #27
  %696 = icmp eq i32 %690, %695
  br i1 %696, label %697, label %771

697:                                              ; preds = %694
  %698 = call ptr @__cxa_begin_catch(ptr %689) #27
  %699 = load ptr, ptr %698, align 8, !tbaa !9
  %700 = getelementptr inbounds i8, ptr %699, i64 16
  %701 = load ptr, ptr %700, align 8
  %702 = call noundef ptr %701(ptr noundef nonnull align 8 dereferenceable(8) %698) #27
  %703 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.26, ptr noundef %702)
  invoke void @__cxa_end_catch()
          to label %704 unwind label %712

704:                                              ; preds = %697
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %21) #27
  invoke void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull @.str.33)
          to label %705 unwind label %716

705:                                              ; preds = %704
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %22, align 8, !tbaa !9
  %706 = getelementptr inbounds i8, ptr %22, i64 16
  store i32 3, ptr %706, align 8, !tbaa !11
  call void @_ZSt18make_exception_ptrI12CompareLimitENSt15__exception_ptr13exception_ptrET_(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %21, ptr noundef nonnull %22) #27
  call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %22) #27
  %707 = load ptr, ptr %21, align 8, !tbaa !53
  store ptr %707, ptr %23, align 8, !tbaa !53
  %708 = icmp eq ptr %707, null
  br i1 %708, label %710, label %709

709:                                              ; preds = %705
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %23) #27
  br label %710

710:                                              ; preds = %705, %709
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %23) #28
          to label %711 unwind label %720

711:                                              ; preds = %710
  unreachable

712:                                              ; preds = %697
  %713 = landingpad { ptr, i32 }
          cleanup
  %714 = extractvalue { ptr, i32 } %713, 0
  %715 = extractvalue { ptr, i32 } %713, 1
  br label %771

716:                                              ; preds = %704
  %717 = landingpad { ptr, i32 }
          cleanup
  %718 = extractvalue { ptr, i32 } %717, 0
  %719 = extractvalue { ptr, i32 } %717, 1
  br label %768

720:                                              ; preds = %710
  %721 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI12CompareLimit
  %722 = extractvalue { ptr, i32 } %721, 0
  %723 = extractvalue { ptr, i32 } %721, 1
  %724 = load ptr, ptr %23, align 8, !tbaa !53
  %725 = icmp eq ptr %724, null
  br i1 %725, label %727, label %726

726:                                              ; preds = %720
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %23) #27
  br label %727

727:                                              ; preds = %720, %726
  %728 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI12CompareLimit) #27
  %729 = icmp eq i32 %723, %728
  br i1 %729, label %730, label %762

730:                                              ; preds = %727
  %731 = call ptr @__cxa_begin_catch(ptr %722) #27
  %732 = load ptr, ptr %731, align 8, !tbaa !9
  %733 = getelementptr inbounds i8, ptr %732, i64 16
  %734 = load ptr, ptr %733, align 8
  %735 = call noundef ptr %734(ptr noundef nonnull align 8 dereferenceable(16) %731) #27
  %736 = getelementptr inbounds i8, ptr %731, i64 16
  %737 = load i32, ptr %736, align 8, !tbaa !11
  %738 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, ptr noundef %735, i32 noundef %737)
  invoke void @__cxa_end_catch()
          to label %739 unwind label %758

739:                                              ; preds = %730
  %740 = load ptr, ptr %21, align 8, !tbaa !53
  %741 = icmp eq ptr %740, null
  br i1 %741, label %743, label %742

742:                                              ; preds = %739
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %21) #27
  br label %743

743:                                              ; preds = %739, %742
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %21) #27
  %744 = load ptr, ptr %18, align 8, !tbaa !53
  %745 = icmp eq ptr %744, null
  br i1 %745, label %747, label %746

746:                                              ; preds = %743
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %18) #27
  br label %747

747:                                              ; preds = %746, %743
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %18) #27
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #27
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEESt4lessIS5_ESaISt4pairIKS5_S8_EEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #27
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #27
  %748 = load ptr, ptr %197, align 8, !tbaa !28
  %749 = icmp eq ptr %748, null
  br i1 %749, label %755, label %750

750:                                              ; preds = %747
  %751 = invoke noundef zeroext i1 %748(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %755 unwind label %752

752:                                              ; preds = %750
  %753 = landingpad { ptr, i32 }
          catch ptr null
  %754 = extractvalue { ptr, i32 } %753, 0
  call void @__clang_call_terminate(ptr %754) #31
  unreachable

755:                                              ; preds = %747, %750
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #27
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #27
  %756 = ptrtoint ptr %114 to i64
  %757 = sub i64 %756, %310
  call void @_ZdlPvm(ptr noundef nonnull %116, i64 noundef %757) #30
  ret i32 0

758:                                              ; preds = %730
  %759 = landingpad { ptr, i32 }
          cleanup
  %760 = extractvalue { ptr, i32 } %759, 0
  %761 = extractvalue { ptr, i32 } %759, 1
  br label %762

762:                                              ; preds = %758, %727
  %763 = phi i32 [ %761, %758 ], [ %723, %727 ]
  %764 = phi ptr [ %760, %758 ], [ %722, %727 ]
  %765 = load ptr, ptr %21, align 8, !tbaa !53
  %766 = icmp eq ptr %765, null
  br i1 %766, label %768, label %767

767:                                              ; preds = %762
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %21) #27
  br label %768

768:                                              ; preds = %767, %762, %716
  %769 = phi i32 [ %719, %716 ], [ %763, %762 ], [ %763, %767 ]
  %770 = phi ptr [ %718, %716 ], [ %764, %762 ], [ %764, %767 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %21) #27
  br label %771

771:                                              ; preds = %768, %712, %694, %683
  %772 = phi i32 [ %769, %768 ], [ %715, %712 ], [ %690, %694 ], [ %686, %683 ]
  %773 = phi ptr [ %770, %768 ], [ %714, %712 ], [ %689, %694 ], [ %685, %683 ]
  %774 = load ptr, ptr %18, align 8, !tbaa !53
  %775 = icmp eq ptr %774, null
  br i1 %775, label %777, label %776

776:                                              ; preds = %771
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %18) #27
  br label %777

777:                                              ; preds = %771, %776
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %18) #27
  br label %778

778:                                              ; preds = %644, %656, %777, %640, %629, %625, %612
  %779 = phi i32 [ %628, %625 ], [ %615, %612 ], [ %643, %640 ], [ %632, %629 ], [ %772, %777 ], [ %659, %656 ], [ %647, %644 ]
  %780 = phi ptr [ %627, %625 ], [ %614, %612 ], [ %642, %640 ], [ %631, %629 ], [ %773, %777 ], [ %658, %656 ], [ %646, %644 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #27
  br label %781

781:                                              ; preds = %475, %592, %598, %602, %485, %489, %778, %512, %497
  %782 = phi i32 [ %779, %778 ], [ %515, %512 ], [ %500, %497 ], [ %492, %489 ], [ %488, %485 ], [ %605, %602 ], [ %601, %598 ], [ %583, %592 ], [ %458, %475 ]
  %783 = phi ptr [ %780, %778 ], [ %514, %512 ], [ %499, %497 ], [ %491, %489 ], [ %487, %485 ], [ %604, %602 ], [ %600, %598 ], [ %582, %592 ], [ %457, %475 ]
  %784 = load ptr, ptr %257, align 8, !tbaa !42
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %12, ptr noundef %784)
          to label %788 unwind label %785

785:                                              ; preds = %781
  %786 = landingpad { ptr, i32 }
          catch ptr null
  %787 = extractvalue { ptr, i32 } %786, 0
  call void @__clang_call_terminate(ptr %787) #31
  unreachable

788:                                              ; preds = %781, %269
  %789 = phi i32 [ %273, %269 ], [ %782, %781 ]
  %790 = phi ptr [ %272, %269 ], [ %783, %781 ]
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #27
  br label %791

791:                                              ; preds = %788, %316, %229
  %792 = phi i32 [ %789, %788 ], [ %319, %316 ], [ %232, %229 ]
  %793 = phi ptr [ %790, %788 ], [ %318, %316 ], [ %231, %229 ]
  %794 = load ptr, ptr %197, align 8, !tbaa !28
  %795 = icmp eq ptr %794, null
  br i1 %795, label %801, label %796

796:                                              ; preds = %791
  %797 = invoke noundef zeroext i1 %794(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %801 unwind label %798

798:                                              ; preds = %796
  %799 = landingpad { ptr, i32 }
          catch ptr null
  %800 = extractvalue { ptr, i32 } %799, 0
  call void @__clang_call_terminate(ptr %800) #31
  unreachable

801:                                              ; preds = %791, %796
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #27
  br label %802

802:                                              ; preds = %801, %221, %217, %132
  %803 = phi i32 [ %792, %801 ], [ %224, %221 ], [ %220, %217 ], [ %135, %132 ]
  %804 = phi ptr [ %793, %801 ], [ %223, %221 ], [ %219, %217 ], [ %134, %132 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %10) #27
  br label %805

805:                                              ; preds = %802, %124
  %806 = phi ptr [ %76, %124 ], [ %114, %802 ]
  %807 = phi ptr [ %75, %124 ], [ %116, %802 ]
  %808 = phi i32 [ %127, %124 ], [ %803, %802 ]
  %809 = phi ptr [ %126, %124 ], [ %804, %802 ]
  %810 = icmp eq ptr %807, null
  br i1 %810, label %815, label %811

811:                                              ; preds = %805
  %812 = ptrtoint ptr %806 to i64
  %813 = ptrtoint ptr %807 to i64
  %814 = sub i64 %812, %813
  call void @_ZdlPvm(ptr noundef nonnull %807, i64 noundef %814) #30
  br label %815

815:                                              ; preds = %805, %811
  %816 = insertvalue { ptr, i32 } poison, ptr %809, 0
  %817 = insertvalue { ptr, i32 } %816, i32 %808, 1
  resume { ptr, i32 } %817

818:                                              ; preds = %655
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
define linkonce_odr dso_local void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 48
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = invoke noundef zeroext i1 %3(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(16) %6, i32 noundef 3)
          to label %11 unwind label %8

8:                                                ; preds = %5
  %9 = landingpad { ptr, i32 }
          catch ptr null
  %10 = extractvalue { ptr, i32 } %9, 0
  tail call void @__clang_call_terminate(ptr %10) #31
  unreachable

11:                                               ; preds = %1, %5
  %12 = load ptr, ptr %0, align 8, !tbaa !47
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %18, label %15

15:                                               ; preds = %11
  %16 = load i64, ptr %13, align 8, !tbaa !35
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
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %3, align 8, !tbaa !9
  %5 = getelementptr inbounds i8, ptr %3, i64 16
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = load i32, ptr %6, align 8, !tbaa !11
  store i32 %7, ptr %5, align 8, !tbaa !11
  tail call void @_ZNSt15__exception_ptr13exception_ptrC1EPv(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull %3) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %0, i32 noundef %1) unnamed_addr #12 comdat align 2 {
  tail call void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull @.str.33)
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV12CompareLimit, i64 16), ptr %0, align 8, !tbaa !9
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %1, ptr %3, align 8, !tbaa !11
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4BaseD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEESt4lessIS5_ESaISt4pairIKS5_S8_EEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #11 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !42
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
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1) #14 align 2 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = shl nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_1", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !46
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

; Function Attrs: mustprogress noreturn uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture nonnull readnone align 4 %1) #16 align 2 personality ptr @__gxx_personality_v0 {
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
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFiiEZ4mainE3$_2E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_2", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !46
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
define linkonce_odr dso_local void @_ZN5OtherD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #30
  ret void
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #19

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt18bad_variant_accessD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat align 2 {
  tail call void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #30
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt18bad_variant_access4whatEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #11 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !51
  ret ptr %3
}

; Function Attrs: inlinehint mustprogress noreturn uwtable
define linkonce_odr dso_local void @_ZSt27__throw_bad_optional_accessv() local_unnamed_addr #20 comdat {
  %1 = tail call ptr @__cxa_allocate_exception(i64 8) #27
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt19bad_optional_access, i64 16), ptr %1, align 8, !tbaa !9
  tail call void @__cxa_throw(ptr nonnull %1, ptr nonnull @_ZTISt19bad_optional_access, ptr nonnull @_ZNSt9exceptionD2Ev) #28
  unreachable
}

; Function Attrs: nounwind
declare void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt19bad_optional_accessD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat align 2 {
  tail call void @_ZNSt9exceptionD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 8) #30
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNKSt19bad_optional_access4whatEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #11 comdat align 2 {
  ret ptr @.str.32
}

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #9

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #9

declare void @_ZNSt13runtime_errorC2EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN12CompareLimitD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #5 comdat align 2 {
  tail call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) #27
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #30
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt13runtime_error4whatEv(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #11 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !42
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
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %29, label %4

4:                                                ; preds = %2, %27
  %5 = phi ptr [ %9, %27 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !55
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE8_M_eraseEPSt13_Rb_tree_nodeISB_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !56
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = getelementptr inbounds i8, ptr %5, i64 80
  %12 = load ptr, ptr %11, align 8, !tbaa !28
  %13 = icmp eq ptr %12, null
  br i1 %13, label %20, label %14

14:                                               ; preds = %4
  %15 = getelementptr inbounds i8, ptr %5, i64 64
  %16 = invoke noundef zeroext i1 %12(ptr noundef nonnull align 8 dereferenceable(16) %15, ptr noundef nonnull align 8 dereferenceable(16) %15, i32 noundef 3)
          to label %20 unwind label %17

17:                                               ; preds = %14
  %18 = landingpad { ptr, i32 }
          catch ptr null
  %19 = extractvalue { ptr, i32 } %18, 0
  tail call void @__clang_call_terminate(ptr %19) #31
  unreachable

20:                                               ; preds = %14, %4
  %21 = load ptr, ptr %10, align 8, !tbaa !47
  %22 = getelementptr inbounds i8, ptr %5, i64 48
  %23 = icmp eq ptr %21, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %20
  %25 = load i64, ptr %22, align 8, !tbaa !35
  %26 = add i64 %25, 1
  tail call void @_ZdlPvm(ptr noundef %21, i64 noundef %26) #30
  br label %27

27:                                               ; preds = %20, %24
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 96) #30
  %28 = icmp eq ptr %9, null
  br i1 %28, label %29, label %4, !llvm.loop !57

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
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(ptr %0, ptr %1, i64 noundef %2, ptr nocapture %3) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %5 = ptrtoint ptr %0 to i64
  %6 = ptrtoint ptr %1 to i64
  %7 = sub i64 %6, %5
  %8 = ashr exact i64 %7, 2
  %9 = icmp sgt i64 %8, 16
  br i1 %9, label %10, label %189

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %0, i64 4
  %12 = icmp eq i64 %2, 0
  br i1 %12, label %15, label %38

13:                                               ; preds = %184
  %14 = icmp eq i64 %42, 0
  br i1 %14, label %15, label %38, !llvm.loop !58

15:                                               ; preds = %13, %10
  %16 = phi i64 [ %8, %10 ], [ %187, %13 ]
  %17 = phi i64 [ %7, %10 ], [ %186, %13 ]
  %18 = phi ptr [ %1, %10 ], [ %149, %13 ]
  %19 = add nsw i64 %16, -2
  %20 = lshr i64 %19, 1
  br label %21

21:                                               ; preds = %21, %15
  %22 = phi i64 [ %20, %15 ], [ %26, %21 ]
  %23 = getelementptr inbounds i32, ptr %0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(ptr %0, i64 noundef %22, i64 noundef %16, i32 noundef %24, ptr %3)
  %25 = icmp eq i64 %22, 0
  %26 = add nsw i64 %22, -1
  br i1 %25, label %27, label %21, !llvm.loop !59

27:                                               ; preds = %21
  %28 = icmp sgt i64 %17, 4
  br i1 %28, label %29, label %189

29:                                               ; preds = %27, %29
  %30 = phi ptr [ %31, %29 ], [ %18, %27 ]
  %31 = getelementptr inbounds i8, ptr %30, i64 -4
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %33, ptr %31, align 4, !tbaa !5
  %34 = ptrtoint ptr %31 to i64
  %35 = sub i64 %34, %5
  %36 = ashr exact i64 %35, 2
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(ptr nonnull %0, i64 noundef 0, i64 noundef %36, i32 noundef %32, ptr %3)
  %37 = icmp sgt i64 %35, 4
  br i1 %37, label %29, label %189, !llvm.loop !60

38:                                               ; preds = %10, %13
  %39 = phi ptr [ %149, %13 ], [ %1, %10 ]
  %40 = phi i64 [ %42, %13 ], [ %2, %10 ]
  %41 = phi i64 [ %187, %13 ], [ %8, %10 ]
  %42 = add nsw i64 %40, -1
  %43 = lshr i64 %41, 1
  %44 = getelementptr inbounds i32, ptr %0, i64 %43
  %45 = getelementptr inbounds i8, ptr %39, i64 -4
  %46 = load i32, ptr %11, align 4, !tbaa !5
  %47 = load i32, ptr %44, align 4, !tbaa !5
  %48 = load i32, ptr %3, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %3, align 4, !tbaa !5
  %50 = icmp eq i32 %49, 500
  br i1 %50, label %51, label %60

51:                                               ; preds = %38
  %52 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %53 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %52, i32 noundef %53)
          to label %54 unwind label %58

54:                                               ; preds = %51
  tail call void @__cxa_throw(ptr nonnull %52, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

55:                                               ; preds = %169, %143, %118, %102, %87, %71, %58
  %56 = phi ptr [ %115, %118 ], [ %99, %102 ], [ %84, %87 ], [ %68, %71 ], [ %52, %58 ], [ %166, %169 ], [ %140, %143 ]
  %57 = phi { ptr, i32 } [ %119, %118 ], [ %103, %102 ], [ %88, %87 ], [ %72, %71 ], [ %59, %58 ], [ %170, %169 ], [ %144, %143 ]
  tail call void @__cxa_free_exception(ptr %56) #27
  resume { ptr, i32 } %57

58:                                               ; preds = %51
  %59 = landingpad { ptr, i32 }
          cleanup
  br label %55

60:                                               ; preds = %38
  %61 = icmp slt i32 %46, %47
  %62 = load i32, ptr %45, align 4, !tbaa !5
  %63 = add nsw i32 %48, 2
  %64 = icmp eq i32 %63, 500
  br i1 %61, label %65, label %96

65:                                               ; preds = %60
  %66 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %63, ptr %3, align 4, !tbaa !5
  br i1 %64, label %67, label %73

67:                                               ; preds = %65
  %68 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %69 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %68, i32 noundef %69)
          to label %70 unwind label %71

70:                                               ; preds = %67
  tail call void @__cxa_throw(ptr nonnull %68, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

71:                                               ; preds = %67
  %72 = landingpad { ptr, i32 }
          cleanup
  br label %55

73:                                               ; preds = %65
  %74 = icmp slt i32 %66, %62
  br i1 %74, label %75, label %78

75:                                               ; preds = %73
  %76 = load i32, ptr %0, align 4, !tbaa !5
  %77 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %77, ptr %0, align 4, !tbaa !5
  store i32 %76, ptr %44, align 4, !tbaa !5
  br label %127

78:                                               ; preds = %73
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = load i32, ptr %45, align 4, !tbaa !5
  %81 = add nsw i32 %48, 3
  store i32 %81, ptr %3, align 4, !tbaa !5
  %82 = icmp eq i32 %81, 500
  br i1 %82, label %83, label %89

83:                                               ; preds = %78
  %84 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %85 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %84, i32 noundef %85)
          to label %86 unwind label %87

86:                                               ; preds = %83
  tail call void @__cxa_throw(ptr nonnull %84, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

87:                                               ; preds = %83
  %88 = landingpad { ptr, i32 }
          cleanup
  br label %55

89:                                               ; preds = %78
  %90 = icmp slt i32 %79, %80
  %91 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %90, label %92, label %94

92:                                               ; preds = %89
  %93 = load i32, ptr %45, align 4, !tbaa !5
  store i32 %93, ptr %0, align 4, !tbaa !5
  store i32 %91, ptr %45, align 4, !tbaa !5
  br label %127

94:                                               ; preds = %89
  %95 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %95, ptr %0, align 4, !tbaa !5
  store i32 %91, ptr %11, align 4, !tbaa !5
  br label %127

96:                                               ; preds = %60
  %97 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %63, ptr %3, align 4, !tbaa !5
  br i1 %64, label %98, label %104

98:                                               ; preds = %96
  %99 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %100 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %99, i32 noundef %100)
          to label %101 unwind label %102

101:                                              ; preds = %98
  tail call void @__cxa_throw(ptr nonnull %99, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

102:                                              ; preds = %98
  %103 = landingpad { ptr, i32 }
          cleanup
  br label %55

104:                                              ; preds = %96
  %105 = icmp slt i32 %97, %62
  br i1 %105, label %106, label %109

106:                                              ; preds = %104
  %107 = load <2 x i32>, ptr %0, align 4, !tbaa !5
  %108 = shufflevector <2 x i32> %107, <2 x i32> poison, <2 x i32> <i32 1, i32 0>
  store <2 x i32> %108, ptr %0, align 4, !tbaa !5
  br label %127

109:                                              ; preds = %104
  %110 = load i32, ptr %44, align 4, !tbaa !5
  %111 = load i32, ptr %45, align 4, !tbaa !5
  %112 = add nsw i32 %48, 3
  store i32 %112, ptr %3, align 4, !tbaa !5
  %113 = icmp eq i32 %112, 500
  br i1 %113, label %114, label %120

114:                                              ; preds = %109
  %115 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %116 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %115, i32 noundef %116)
          to label %117 unwind label %118

117:                                              ; preds = %114
  tail call void @__cxa_throw(ptr nonnull %115, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

118:                                              ; preds = %114
  %119 = landingpad { ptr, i32 }
          cleanup
  br label %55

120:                                              ; preds = %109
  %121 = icmp slt i32 %110, %111
  %122 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %121, label %123, label %125

123:                                              ; preds = %120
  %124 = load i32, ptr %45, align 4, !tbaa !5
  store i32 %124, ptr %0, align 4, !tbaa !5
  store i32 %122, ptr %45, align 4, !tbaa !5
  br label %127

125:                                              ; preds = %120
  %126 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %126, ptr %0, align 4, !tbaa !5
  store i32 %122, ptr %44, align 4, !tbaa !5
  br label %127

127:                                              ; preds = %125, %123, %106, %94, %92, %75
  %128 = load i32, ptr %11, align 4, !tbaa !5
  %129 = load i32, ptr %0, align 4, !tbaa !5
  %130 = load i32, ptr %3, align 4, !tbaa !5
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %3, align 4, !tbaa !5
  %132 = icmp eq i32 %131, 500
  br i1 %132, label %139, label %133

133:                                              ; preds = %127, %175
  %134 = phi i32 [ %182, %175 ], [ %131, %127 ]
  %135 = phi i32 [ %180, %175 ], [ %129, %127 ]
  %136 = phi i32 [ %179, %175 ], [ %128, %127 ]
  %137 = phi ptr [ %178, %175 ], [ %11, %127 ]
  %138 = phi ptr [ %160, %175 ], [ %39, %127 ]
  br label %145

139:                                              ; preds = %127, %175, %151
  %140 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %141 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %140, i32 noundef %141)
          to label %142 unwind label %143

142:                                              ; preds = %139
  tail call void @__cxa_throw(ptr nonnull %140, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

143:                                              ; preds = %139
  %144 = landingpad { ptr, i32 }
          cleanup
  br label %55

145:                                              ; preds = %151, %133
  %146 = phi i32 [ %134, %133 ], [ %155, %151 ]
  %147 = phi i32 [ %135, %133 ], [ %154, %151 ]
  %148 = phi i32 [ %136, %133 ], [ %153, %151 ]
  %149 = phi ptr [ %137, %133 ], [ %152, %151 ]
  %150 = icmp slt i32 %148, %147
  br i1 %150, label %151, label %157

151:                                              ; preds = %145
  %152 = getelementptr inbounds i8, ptr %149, i64 4
  %153 = load i32, ptr %152, align 4, !tbaa !5
  %154 = load i32, ptr %0, align 4, !tbaa !5
  %155 = add nsw i32 %146, 1
  store i32 %155, ptr %3, align 4, !tbaa !5
  %156 = icmp eq i32 %155, 500
  br i1 %156, label %139, label %145, !llvm.loop !61

157:                                              ; preds = %145, %171
  %158 = phi i32 [ %163, %171 ], [ %146, %145 ]
  %159 = phi ptr [ %160, %171 ], [ %138, %145 ]
  %160 = getelementptr inbounds i8, ptr %159, i64 -4
  %161 = load i32, ptr %0, align 4, !tbaa !5
  %162 = load i32, ptr %160, align 4, !tbaa !5
  %163 = add nsw i32 %158, 1
  store i32 %163, ptr %3, align 4, !tbaa !5
  %164 = icmp eq i32 %163, 500
  br i1 %164, label %165, label %171

165:                                              ; preds = %157
  %166 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %167 = load i32, ptr %3, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %166, i32 noundef %167)
          to label %168 unwind label %169

168:                                              ; preds = %165
  tail call void @__cxa_throw(ptr nonnull %166, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

169:                                              ; preds = %165
  %170 = landingpad { ptr, i32 }
          cleanup
  br label %55

171:                                              ; preds = %157
  %172 = icmp slt i32 %161, %162
  br i1 %172, label %157, label %173, !llvm.loop !62

173:                                              ; preds = %171
  %174 = icmp ult ptr %149, %160
  br i1 %174, label %175, label %184

175:                                              ; preds = %173
  %176 = load i32, ptr %149, align 4, !tbaa !5
  %177 = load i32, ptr %160, align 4, !tbaa !5
  store i32 %177, ptr %149, align 4, !tbaa !5
  store i32 %176, ptr %160, align 4, !tbaa !5
  %178 = getelementptr inbounds i8, ptr %149, i64 4
  %179 = load i32, ptr %178, align 4, !tbaa !5
  %180 = load i32, ptr %0, align 4, !tbaa !5
  %181 = load i32, ptr %3, align 4, !tbaa !5
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %3, align 4, !tbaa !5
  %183 = icmp eq i32 %182, 500
  br i1 %183, label %139, label %133, !llvm.loop !63

184:                                              ; preds = %173
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_T1_"(ptr %149, ptr %39, i64 noundef %42, ptr nonnull %3)
  %185 = ptrtoint ptr %149 to i64
  %186 = sub i64 %185, %5
  %187 = ashr exact i64 %186, 2
  %188 = icmp sgt i64 %187, 16
  br i1 %188, label %13, label %189, !llvm.loop !58

189:                                              ; preds = %184, %29, %4, %27
  ret void
}

; Function Attrs: mustprogress uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_T0_SC_T1_T2_"(ptr nocapture %0, i64 noundef %1, i64 noundef %2, i32 noundef %3, ptr nocapture %4) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %6 = add nsw i64 %2, -1
  %7 = sdiv i64 %6, 2
  %8 = icmp sgt i64 %7, %1
  br i1 %8, label %9, label %37

9:                                                ; preds = %5, %30
  %10 = phi i64 [ %32, %30 ], [ %1, %5 ]
  %11 = shl i64 %10, 1
  %12 = add i64 %11, 2
  %13 = getelementptr inbounds i32, ptr %0, i64 %12
  %14 = or disjoint i64 %11, 1
  %15 = getelementptr inbounds i32, ptr %0, i64 %14
  %16 = load i32, ptr %13, align 4, !tbaa !5
  %17 = load i32, ptr %15, align 4, !tbaa !5
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %4, align 4, !tbaa !5
  %20 = icmp eq i32 %19, 500
  br i1 %20, label %21, label %30

21:                                               ; preds = %9
  %22 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %23 = load i32, ptr %4, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %22, i32 noundef %23)
          to label %24 unwind label %28

24:                                               ; preds = %21
  tail call void @__cxa_throw(ptr nonnull %22, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

25:                                               ; preds = %67, %28
  %26 = phi ptr [ %64, %67 ], [ %22, %28 ]
  %27 = phi { ptr, i32 } [ %68, %67 ], [ %29, %28 ]
  tail call void @__cxa_free_exception(ptr %26) #27
  resume { ptr, i32 } %27

28:                                               ; preds = %21
  %29 = landingpad { ptr, i32 }
          cleanup
  br label %25

30:                                               ; preds = %9
  %31 = icmp slt i32 %16, %17
  %32 = select i1 %31, i64 %14, i64 %12
  %33 = getelementptr inbounds i32, ptr %0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = getelementptr inbounds i32, ptr %0, i64 %10
  store i32 %34, ptr %35, align 4, !tbaa !5
  %36 = icmp slt i64 %32, %7
  br i1 %36, label %9, label %37, !llvm.loop !64

37:                                               ; preds = %30, %5
  %38 = phi i64 [ %1, %5 ], [ %32, %30 ]
  %39 = and i64 %2, 1
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %41, label %51

41:                                               ; preds = %37
  %42 = add nsw i64 %2, -2
  %43 = ashr exact i64 %42, 1
  %44 = icmp eq i64 %38, %43
  br i1 %44, label %45, label %51

45:                                               ; preds = %41
  %46 = shl nsw i64 %38, 1
  %47 = or disjoint i64 %46, 1
  %48 = getelementptr inbounds i32, ptr %0, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = getelementptr inbounds i32, ptr %0, i64 %38
  store i32 %49, ptr %50, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %45, %41, %37
  %52 = phi i64 [ %47, %45 ], [ %38, %41 ], [ %38, %37 ]
  %53 = icmp sgt i64 %52, %1
  br i1 %53, label %54, label %75

54:                                               ; preds = %51, %71
  %55 = phi i64 [ %57, %71 ], [ %52, %51 ]
  %56 = add nsw i64 %55, -1
  %57 = sdiv i64 %56, 2
  %58 = getelementptr inbounds i32, ptr %0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 500
  br i1 %62, label %63, label %69

63:                                               ; preds = %54
  %64 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %65 = load i32, ptr %4, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %64, i32 noundef %65)
          to label %66 unwind label %67

66:                                               ; preds = %63
  tail call void @__cxa_throw(ptr nonnull %64, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

67:                                               ; preds = %63
  %68 = landingpad { ptr, i32 }
          cleanup
  br label %25

69:                                               ; preds = %54
  %70 = icmp slt i32 %59, %3
  br i1 %70, label %71, label %75

71:                                               ; preds = %69
  %72 = load i32, ptr %58, align 4, !tbaa !5
  %73 = getelementptr inbounds i32, ptr %0, i64 %55
  store i32 %72, ptr %73, align 4, !tbaa !5
  %74 = icmp sgt i64 %57, %1
  br i1 %74, label %54, label %75, !llvm.loop !65

75:                                               ; preds = %69, %71, %51
  %76 = phi i64 [ %52, %51 ], [ %55, %69 ], [ %57, %71 ]
  %77 = getelementptr inbounds i32, ptr %0, i64 %76
  store i32 %3, ptr %77, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #22

; Function Attrs: mustprogress norecurse uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_3EEEvT_SB_T0_"(ptr %0, ptr readnone %1, ptr nocapture %2) unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %4 = icmp eq ptr %0, %1
  br i1 %4, label %63, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 4
  %7 = icmp eq ptr %6, %1
  br i1 %7, label %63, label %8

8:                                                ; preds = %5
  %9 = ptrtoint ptr %0 to i64
  br label %10

10:                                               ; preds = %8, %59
  %11 = phi ptr [ %6, %8 ], [ %61, %59 ]
  %12 = phi ptr [ %0, %8 ], [ %11, %59 ]
  %13 = load i32, ptr %11, align 4, !tbaa !5
  %14 = load i32, ptr %0, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %2, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 500
  br i1 %17, label %18, label %27

18:                                               ; preds = %10
  %19 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %20 = load i32, ptr %2, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %19, i32 noundef %20)
          to label %21 unwind label %25

21:                                               ; preds = %18
  tail call void @__cxa_throw(ptr nonnull %19, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

22:                                               ; preds = %45, %25
  %23 = phi ptr [ %42, %45 ], [ %19, %25 ]
  %24 = phi { ptr, i32 } [ %46, %45 ], [ %26, %25 ]
  tail call void @__cxa_free_exception(ptr %23) #27
  resume { ptr, i32 } %24

25:                                               ; preds = %18
  %26 = landingpad { ptr, i32 }
          cleanup
  br label %22

27:                                               ; preds = %10
  %28 = icmp slt i32 %13, %14
  %29 = load i32, ptr %11, align 4, !tbaa !5
  br i1 %28, label %30, label %37

30:                                               ; preds = %27
  %31 = getelementptr inbounds i8, ptr %12, i64 8
  %32 = ptrtoint ptr %11 to i64
  %33 = sub i64 %32, %9
  %34 = ashr exact i64 %33, 2
  %35 = sub nsw i64 0, %34
  %36 = getelementptr inbounds i32, ptr %31, i64 %35
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %36, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %33, i1 false)
  br label %59

37:                                               ; preds = %27
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = add nsw i32 %15, 2
  store i32 %39, ptr %2, align 4, !tbaa !5
  %40 = icmp eq i32 %39, 500
  br i1 %40, label %41, label %47

41:                                               ; preds = %37, %52
  %42 = tail call ptr @__cxa_allocate_exception(i64 24) #27
  %43 = load i32, ptr %2, align 4, !tbaa !5
  invoke void @_ZN12CompareLimitC2Ei(ptr noundef nonnull align 8 dereferenceable(20) %42, i32 noundef %43)
          to label %44 unwind label %45

44:                                               ; preds = %41
  tail call void @__cxa_throw(ptr nonnull %42, ptr nonnull @_ZTI12CompareLimit, ptr nonnull @_ZNSt13runtime_errorD2Ev) #28
  unreachable

45:                                               ; preds = %41
  %46 = landingpad { ptr, i32 }
          cleanup
  br label %22

47:                                               ; preds = %37, %52
  %48 = phi i32 [ %55, %52 ], [ %38, %37 ]
  %49 = phi ptr [ %54, %52 ], [ %12, %37 ]
  %50 = phi ptr [ %49, %52 ], [ %11, %37 ]
  %51 = icmp slt i32 %29, %48
  br i1 %51, label %52, label %59

52:                                               ; preds = %47
  %53 = load i32, ptr %49, align 4, !tbaa !5
  store i32 %53, ptr %50, align 4, !tbaa !5
  %54 = getelementptr inbounds i8, ptr %49, i64 -4
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = load i32, ptr %2, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %2, align 4, !tbaa !5
  %58 = icmp eq i32 %57, 500
  br i1 %58, label %41, label %47, !llvm.loop !16

59:                                               ; preds = %47, %30
  %60 = phi ptr [ %0, %30 ], [ %50, %47 ]
  store i32 %29, ptr %60, align 4, !tbaa !5
  %61 = getelementptr inbounds i8, ptr %11, i64 4
  %62 = icmp eq ptr %61, %1
  br i1 %62, label %63, label %10, !llvm.loop !66

63:                                               ; preds = %59, %5, %3
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %0, ptr %1, i64 noundef %2) local_unnamed_addr #12 comdat {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %183

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 4
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %130

12:                                               ; preds = %178
  %13 = icmp eq i64 %134, 0
  br i1 %13, label %14, label %130, !llvm.loop !67

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %181, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %180, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %166, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 4
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = getelementptr inbounds i32, ptr %0, i64 %19
  br label %27

27:                                               ; preds = %66, %14
  %28 = phi i64 [ %19, %14 ], [ %70, %66 ]
  %29 = getelementptr inbounds i32, ptr %0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = icmp sgt i64 %21, %28
  br i1 %31, label %32, label %47

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %42, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds i32, ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds i32, ptr %0, i64 %37
  %39 = load i32, ptr %36, align 4, !tbaa !5
  %40 = load i32, ptr %38, align 4, !tbaa !5
  %41 = icmp slt i32 %39, %40
  %42 = select i1 %41, i64 %37, i64 %35
  %43 = getelementptr inbounds i32, ptr %0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = getelementptr inbounds i32, ptr %0, i64 %33
  store i32 %44, ptr %45, align 4, !tbaa !5
  %46 = icmp slt i64 %42, %21
  br i1 %46, label %32, label %47, !llvm.loop !68

47:                                               ; preds = %32, %27
  %48 = phi i64 [ %28, %27 ], [ %42, %32 ]
  %49 = icmp eq i64 %48, %19
  %50 = select i1 %23, i1 %49, i1 false
  br i1 %50, label %51, label %53

51:                                               ; preds = %47
  %52 = load i32, ptr %25, align 4, !tbaa !5
  store i32 %52, ptr %26, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %51, %47
  %54 = phi i64 [ %24, %51 ], [ %48, %47 ]
  %55 = icmp sgt i64 %54, %28
  br i1 %55, label %56, label %66

56:                                               ; preds = %53, %63
  %57 = phi i64 [ %59, %63 ], [ %54, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = sdiv i64 %58, 2
  %60 = getelementptr inbounds i32, ptr %0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = icmp slt i32 %61, %30
  br i1 %62, label %63, label %66

63:                                               ; preds = %56
  %64 = getelementptr inbounds i32, ptr %0, i64 %57
  store i32 %61, ptr %64, align 4, !tbaa !5
  %65 = icmp sgt i64 %59, %28
  br i1 %65, label %56, label %66, !llvm.loop !69

66:                                               ; preds = %63, %56, %53
  %67 = phi i64 [ %54, %53 ], [ %59, %63 ], [ %57, %56 ]
  %68 = getelementptr inbounds i32, ptr %0, i64 %67
  store i32 %30, ptr %68, align 4, !tbaa !5
  %69 = icmp eq i64 %28, 0
  %70 = add nsw i64 %28, -1
  br i1 %69, label %71, label %27, !llvm.loop !70

71:                                               ; preds = %66
  %72 = icmp sgt i64 %16, 4
  br i1 %72, label %73, label %183

73:                                               ; preds = %71, %126
  %74 = phi ptr [ %75, %126 ], [ %17, %71 ]
  %75 = getelementptr inbounds i8, ptr %74, i64 -4
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %77, ptr %75, align 4, !tbaa !5
  %78 = ptrtoint ptr %75 to i64
  %79 = sub i64 %78, %4
  %80 = ashr exact i64 %79, 2
  %81 = add nsw i64 %80, -1
  %82 = sdiv i64 %81, 2
  %83 = icmp sgt i64 %80, 2
  br i1 %83, label %84, label %99

84:                                               ; preds = %73, %84
  %85 = phi i64 [ %94, %84 ], [ 0, %73 ]
  %86 = shl i64 %85, 1
  %87 = add i64 %86, 2
  %88 = getelementptr inbounds i32, ptr %0, i64 %87
  %89 = or disjoint i64 %86, 1
  %90 = getelementptr inbounds i32, ptr %0, i64 %89
  %91 = load i32, ptr %88, align 4, !tbaa !5
  %92 = load i32, ptr %90, align 4, !tbaa !5
  %93 = icmp slt i32 %91, %92
  %94 = select i1 %93, i64 %89, i64 %87
  %95 = getelementptr inbounds i32, ptr %0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = getelementptr inbounds i32, ptr %0, i64 %85
  store i32 %96, ptr %97, align 4, !tbaa !5
  %98 = icmp slt i64 %94, %82
  br i1 %98, label %84, label %99, !llvm.loop !68

99:                                               ; preds = %84, %73
  %100 = phi i64 [ 0, %73 ], [ %94, %84 ]
  %101 = and i64 %79, 4
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %103, label %113

103:                                              ; preds = %99
  %104 = add nsw i64 %80, -2
  %105 = ashr exact i64 %104, 1
  %106 = icmp eq i64 %100, %105
  br i1 %106, label %107, label %113

107:                                              ; preds = %103
  %108 = shl nsw i64 %100, 1
  %109 = or disjoint i64 %108, 1
  %110 = getelementptr inbounds i32, ptr %0, i64 %109
  %111 = load i32, ptr %110, align 4, !tbaa !5
  %112 = getelementptr inbounds i32, ptr %0, i64 %100
  store i32 %111, ptr %112, align 4, !tbaa !5
  br label %113

113:                                              ; preds = %107, %103, %99
  %114 = phi i64 [ %109, %107 ], [ %100, %103 ], [ %100, %99 ]
  %115 = icmp sgt i64 %114, 0
  br i1 %115, label %116, label %126

116:                                              ; preds = %113, %123
  %117 = phi i64 [ %119, %123 ], [ %114, %113 ]
  %118 = add nsw i64 %117, -1
  %119 = lshr i64 %118, 1
  %120 = getelementptr inbounds i32, ptr %0, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = icmp slt i32 %121, %76
  br i1 %122, label %123, label %126

123:                                              ; preds = %116
  %124 = getelementptr inbounds i32, ptr %0, i64 %117
  store i32 %121, ptr %124, align 4, !tbaa !5
  %125 = icmp ult i64 %118, 2
  br i1 %125, label %126, label %116, !llvm.loop !69

126:                                              ; preds = %123, %116, %113
  %127 = phi i64 [ %114, %113 ], [ %117, %116 ], [ 0, %123 ]
  %128 = getelementptr inbounds i32, ptr %0, i64 %127
  store i32 %76, ptr %128, align 4, !tbaa !5
  %129 = icmp sgt i64 %79, 4
  br i1 %129, label %73, label %183, !llvm.loop !71

130:                                              ; preds = %9, %12
  %131 = phi ptr [ %166, %12 ], [ %1, %9 ]
  %132 = phi i64 [ %134, %12 ], [ %2, %9 ]
  %133 = phi i64 [ %181, %12 ], [ %7, %9 ]
  %134 = add nsw i64 %132, -1
  %135 = lshr i64 %133, 1
  %136 = getelementptr inbounds i32, ptr %0, i64 %135
  %137 = getelementptr inbounds i8, ptr %131, i64 -4
  %138 = load i32, ptr %10, align 4, !tbaa !5
  %139 = load i32, ptr %136, align 4, !tbaa !5
  %140 = icmp slt i32 %138, %139
  %141 = load i32, ptr %137, align 4, !tbaa !5
  br i1 %140, label %142, label %151

142:                                              ; preds = %130
  %143 = icmp slt i32 %139, %141
  br i1 %143, label %144, label %146

144:                                              ; preds = %142
  %145 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %145, ptr %136, align 4, !tbaa !5
  br label %160

146:                                              ; preds = %142
  %147 = icmp slt i32 %138, %141
  %148 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %147, label %149, label %150

149:                                              ; preds = %146
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %137, align 4, !tbaa !5
  br label %160

150:                                              ; preds = %146
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %10, align 4, !tbaa !5
  br label %160

151:                                              ; preds = %130
  %152 = icmp slt i32 %138, %141
  br i1 %152, label %153, label %155

153:                                              ; preds = %151
  %154 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %154, ptr %10, align 4, !tbaa !5
  br label %160

155:                                              ; preds = %151
  %156 = icmp slt i32 %139, %141
  %157 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %156, label %158, label %159

158:                                              ; preds = %155
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %137, align 4, !tbaa !5
  br label %160

159:                                              ; preds = %155
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %136, align 4, !tbaa !5
  br label %160

160:                                              ; preds = %159, %158, %153, %150, %149, %144
  br label %161

161:                                              ; preds = %160, %177
  %162 = phi ptr [ %169, %177 ], [ %10, %160 ]
  %163 = phi ptr [ %172, %177 ], [ %131, %160 ]
  %164 = load i32, ptr %0, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %165, %161
  %166 = phi ptr [ %162, %161 ], [ %169, %165 ]
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = icmp slt i32 %167, %164
  %169 = getelementptr inbounds i8, ptr %166, i64 4
  br i1 %168, label %165, label %170, !llvm.loop !72

170:                                              ; preds = %165, %170
  %171 = phi ptr [ %172, %170 ], [ %163, %165 ]
  %172 = getelementptr inbounds i8, ptr %171, i64 -4
  %173 = load i32, ptr %172, align 4, !tbaa !5
  %174 = icmp slt i32 %164, %173
  br i1 %174, label %170, label %175, !llvm.loop !73

175:                                              ; preds = %170
  %176 = icmp ult ptr %166, %172
  br i1 %176, label %177, label %178

177:                                              ; preds = %175
  store i32 %173, ptr %166, align 4, !tbaa !5
  store i32 %167, ptr %172, align 4, !tbaa !5
  br label %161, !llvm.loop !74

178:                                              ; preds = %175
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %166, ptr %131, i64 noundef %134)
  %179 = ptrtoint ptr %166 to i64
  %180 = sub i64 %179, %4
  %181 = ashr exact i64 %180, 2
  %182 = icmp sgt i64 %181, 16
  br i1 %182, label %12, label %183, !llvm.loop !67

183:                                              ; preds = %178, %126, %3, %71
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %0, ptr %1) local_unnamed_addr #12 comdat {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp sgt i64 %5, 64
  br i1 %6, label %7, label %51

7:                                                ; preds = %2
  %8 = getelementptr i8, ptr %0, i64 4
  br label %9

9:                                                ; preds = %27, %7
  %10 = phi i64 [ 4, %7 ], [ %29, %27 ]
  %11 = phi ptr [ %0, %7 ], [ %12, %27 ]
  %12 = getelementptr inbounds i8, ptr %0, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = load i32, ptr %0, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %8, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %10, i1 false)
  br label %27

17:                                               ; preds = %9
  %18 = load i32, ptr %11, align 4, !tbaa !5
  %19 = icmp slt i32 %13, %18
  br i1 %19, label %20, label %27

20:                                               ; preds = %17, %20
  %21 = phi i32 [ %25, %20 ], [ %18, %17 ]
  %22 = phi ptr [ %24, %20 ], [ %11, %17 ]
  %23 = phi ptr [ %22, %20 ], [ %12, %17 ]
  store i32 %21, ptr %23, align 4, !tbaa !5
  %24 = getelementptr inbounds i8, ptr %22, i64 -4
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp slt i32 %13, %25
  br i1 %26, label %20, label %27, !llvm.loop !75

27:                                               ; preds = %20, %17, %16
  %28 = phi ptr [ %0, %16 ], [ %12, %17 ], [ %22, %20 ]
  store i32 %13, ptr %28, align 4, !tbaa !5
  %29 = add nuw nsw i64 %10, 4
  %30 = icmp eq i64 %29, 64
  br i1 %30, label %31, label %9, !llvm.loop !76

31:                                               ; preds = %27
  %32 = getelementptr inbounds i8, ptr %0, i64 64
  %33 = icmp eq ptr %32, %1
  br i1 %33, label %83, label %34

34:                                               ; preds = %31, %47
  %35 = phi ptr [ %49, %47 ], [ %32, %31 ]
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = getelementptr inbounds i8, ptr %35, i64 -4
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = icmp slt i32 %36, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %34, %40
  %41 = phi i32 [ %45, %40 ], [ %38, %34 ]
  %42 = phi ptr [ %44, %40 ], [ %37, %34 ]
  %43 = phi ptr [ %42, %40 ], [ %35, %34 ]
  store i32 %41, ptr %43, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %42, i64 -4
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %36, %45
  br i1 %46, label %40, label %47, !llvm.loop !75

47:                                               ; preds = %40, %34
  %48 = phi ptr [ %35, %34 ], [ %42, %40 ]
  store i32 %36, ptr %48, align 4, !tbaa !5
  %49 = getelementptr inbounds i8, ptr %35, i64 4
  %50 = icmp eq ptr %49, %1
  br i1 %50, label %83, label %34, !llvm.loop !77

51:                                               ; preds = %2
  %52 = icmp eq ptr %0, %1
  %53 = getelementptr inbounds i8, ptr %0, i64 4
  %54 = icmp eq ptr %53, %1
  %55 = select i1 %52, i1 true, i1 %54
  br i1 %55, label %83, label %56

56:                                               ; preds = %51, %79
  %57 = phi ptr [ %81, %79 ], [ %53, %51 ]
  %58 = phi ptr [ %57, %79 ], [ %0, %51 ]
  %59 = load i32, ptr %57, align 4, !tbaa !5
  %60 = load i32, ptr %0, align 4, !tbaa !5
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %69

62:                                               ; preds = %56
  %63 = getelementptr inbounds i8, ptr %58, i64 8
  %64 = ptrtoint ptr %57 to i64
  %65 = sub i64 %64, %4
  %66 = ashr exact i64 %65, 2
  %67 = sub nsw i64 0, %66
  %68 = getelementptr inbounds i32, ptr %63, i64 %67
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %68, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %65, i1 false)
  br label %79

69:                                               ; preds = %56
  %70 = load i32, ptr %58, align 4, !tbaa !5
  %71 = icmp slt i32 %59, %70
  br i1 %71, label %72, label %79

72:                                               ; preds = %69, %72
  %73 = phi i32 [ %77, %72 ], [ %70, %69 ]
  %74 = phi ptr [ %76, %72 ], [ %58, %69 ]
  %75 = phi ptr [ %74, %72 ], [ %57, %69 ]
  store i32 %73, ptr %75, align 4, !tbaa !5
  %76 = getelementptr inbounds i8, ptr %74, i64 -4
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = icmp slt i32 %59, %77
  br i1 %78, label %72, label %79, !llvm.loop !75

79:                                               ; preds = %72, %69, %62
  %80 = phi ptr [ %0, %62 ], [ %57, %69 ], [ %74, %72 ]
  store i32 %59, ptr %80, align 4, !tbaa !5
  %81 = getelementptr inbounds i8, ptr %57, i64 4
  %82 = icmp eq ptr %81, %1
  br i1 %82, label %83, label %56, !llvm.loop !76

83:                                               ; preds = %79, %47, %51, %31
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1) #12 align 2 personality ptr @__gxx_personality_v0 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
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
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFviEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !46
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
define linkonce_odr dso_local ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE17_M_insert_unique_IRKSB_NSH_11_Alloc_nodeEEESt17_Rb_tree_iteratorISB_ESt23_Rb_tree_const_iteratorISB_EOT_RT0_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(64) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %5 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorISB_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %6 = extractvalue { ptr, ptr } %5, 0
  %7 = extractvalue { ptr, ptr } %5, 1
  %8 = icmp eq ptr %7, null
  br i1 %8, label %42, label %9

9:                                                ; preds = %4
  %10 = icmp ne ptr %6, null
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = icmp eq ptr %11, %7
  %13 = select i1 %10, i1 true, i1 %12
  br i1 %13, label %35, label %14

14:                                               ; preds = %9
  %15 = getelementptr inbounds i8, ptr %2, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !32
  %17 = getelementptr inbounds i8, ptr %7, i64 40
  %18 = load i64, ptr %17, align 8, !tbaa !32
  %19 = tail call i64 @llvm.umin.i64(i64 %18, i64 %16)
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %27, label %21

21:                                               ; preds = %14
  %22 = getelementptr inbounds i8, ptr %7, i64 32
  %23 = load ptr, ptr %22, align 8, !tbaa !47
  %24 = load ptr, ptr %2, align 8, !tbaa !47
  %25 = tail call i32 @memcmp(ptr noundef %24, ptr noundef %23, i64 noundef %19) #27
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %32

27:                                               ; preds = %21, %14
  %28 = sub i64 %16, %18
  %29 = tail call i64 @llvm.smax.i64(i64 %28, i64 -2147483648)
  %30 = tail call i64 @llvm.smin.i64(i64 %29, i64 2147483647)
  %31 = trunc nsw i64 %30 to i32
  br label %32

32:                                               ; preds = %27, %21
  %33 = phi i32 [ %25, %21 ], [ %31, %27 ]
  %34 = icmp slt i32 %33, 0
  br label %35

35:                                               ; preds = %9, %32
  %36 = phi i1 [ true, %9 ], [ %34, %32 ]
  %37 = load ptr, ptr %3, align 8, !tbaa !78
  %38 = tail call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE14_M_create_nodeIJRKSB_EEEPSt13_Rb_tree_nodeISB_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %37, ptr noundef nonnull align 8 dereferenceable(64) %2)
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %36, ptr noundef %38, ptr noundef nonnull %7, ptr noundef nonnull align 8 dereferenceable(32) %11) #27
  %39 = getelementptr inbounds i8, ptr %0, i64 40
  %40 = load i64, ptr %39, align 8, !tbaa !45
  %41 = add i64 %40, 1
  store i64 %41, ptr %39, align 8, !tbaa !45
  br label %42

42:                                               ; preds = %4, %35
  %43 = phi ptr [ %38, %35 ], [ %6, %4 ]
  ret ptr %43
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorISB_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = icmp eq ptr %4, %1
  br i1 %5, label %6, label %37

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !45
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %33, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %0, i64 32
  %12 = load ptr, ptr %11, align 8, !tbaa !46
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !32
  %15 = getelementptr inbounds i8, ptr %2, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !32
  %17 = tail call i64 @llvm.umin.i64(i64 %16, i64 %14)
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %25, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds i8, ptr %12, i64 32
  %21 = load ptr, ptr %2, align 8, !tbaa !47
  %22 = load ptr, ptr %20, align 8, !tbaa !47
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %21, i64 noundef %17) #27
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %19, %10
  %26 = sub i64 %14, %16
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %19, %25
  %31 = phi i32 [ %23, %19 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %137, label %33

33:                                               ; preds = %30, %6
  %34 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %35 = extractvalue { ptr, ptr } %34, 0
  %36 = extractvalue { ptr, ptr } %34, 1
  br label %137

37:                                               ; preds = %3
  %38 = getelementptr inbounds i8, ptr %2, i64 8
  %39 = load i64, ptr %38, align 8, !tbaa !32
  %40 = getelementptr inbounds i8, ptr %1, i64 40
  %41 = load i64, ptr %40, align 8, !tbaa !32
  %42 = tail call i64 @llvm.umin.i64(i64 %41, i64 %39)
  %43 = icmp eq i64 %42, 0
  br i1 %43, label %50, label %44

44:                                               ; preds = %37
  %45 = getelementptr inbounds i8, ptr %1, i64 32
  %46 = load ptr, ptr %45, align 8, !tbaa !47
  %47 = load ptr, ptr %2, align 8, !tbaa !47
  %48 = tail call i32 @memcmp(ptr noundef %47, ptr noundef %46, i64 noundef %42) #27
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %53, label %56

50:                                               ; preds = %37
  %51 = sub i64 %39, %41
  %52 = icmp slt i64 %51, 0
  br i1 %52, label %58, label %95

53:                                               ; preds = %44
  %54 = sub i64 %39, %41
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %58, label %92

56:                                               ; preds = %44
  %57 = icmp slt i32 %48, 0
  br i1 %57, label %58, label %92

58:                                               ; preds = %53, %56, %50
  %59 = getelementptr inbounds i8, ptr %0, i64 24
  %60 = load ptr, ptr %59, align 8, !tbaa !46
  %61 = icmp eq ptr %60, %1
  br i1 %61, label %137, label %62

62:                                               ; preds = %58
  %63 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #33
  %64 = getelementptr inbounds i8, ptr %63, i64 40
  %65 = load i64, ptr %64, align 8, !tbaa !32
  %66 = tail call i64 @llvm.umin.i64(i64 %39, i64 %65)
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %74, label %68

68:                                               ; preds = %62
  %69 = getelementptr inbounds i8, ptr %63, i64 32
  %70 = load ptr, ptr %2, align 8, !tbaa !47
  %71 = load ptr, ptr %69, align 8, !tbaa !47
  %72 = tail call i32 @memcmp(ptr noundef %71, ptr noundef %70, i64 noundef %66) #27
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %74, label %79

74:                                               ; preds = %68, %62
  %75 = sub i64 %65, %39
  %76 = tail call i64 @llvm.smax.i64(i64 %75, i64 -2147483648)
  %77 = tail call i64 @llvm.smin.i64(i64 %76, i64 2147483647)
  %78 = trunc nsw i64 %77 to i32
  br label %79

79:                                               ; preds = %68, %74
  %80 = phi i32 [ %72, %68 ], [ %78, %74 ]
  %81 = icmp slt i32 %80, 0
  br i1 %81, label %82, label %88

82:                                               ; preds = %79
  %83 = getelementptr inbounds i8, ptr %63, i64 24
  %84 = load ptr, ptr %83, align 8, !tbaa !55
  %85 = icmp eq ptr %84, null
  %86 = select i1 %85, ptr null, ptr %1
  %87 = select i1 %85, ptr %63, ptr %1
  br label %137

88:                                               ; preds = %79
  %89 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %90 = extractvalue { ptr, ptr } %89, 0
  %91 = extractvalue { ptr, ptr } %89, 1
  br label %137

92:                                               ; preds = %53, %56
  %93 = tail call i32 @memcmp(ptr noundef %46, ptr noundef %47, i64 noundef %42) #27
  %94 = icmp eq i32 %93, 0
  br i1 %94, label %95, label %100

95:                                               ; preds = %50, %92
  %96 = sub i64 %41, %39
  %97 = tail call i64 @llvm.smax.i64(i64 %96, i64 -2147483648)
  %98 = tail call i64 @llvm.smin.i64(i64 %97, i64 2147483647)
  %99 = trunc nsw i64 %98 to i32
  br label %100

100:                                              ; preds = %92, %95
  %101 = phi i32 [ %93, %92 ], [ %99, %95 ]
  %102 = icmp slt i32 %101, 0
  br i1 %102, label %103, label %137

103:                                              ; preds = %100
  %104 = getelementptr inbounds i8, ptr %0, i64 32
  %105 = load ptr, ptr %104, align 8, !tbaa !46
  %106 = icmp eq ptr %105, %1
  br i1 %106, label %137, label %107

107:                                              ; preds = %103
  %108 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #33
  %109 = getelementptr inbounds i8, ptr %108, i64 40
  %110 = load i64, ptr %109, align 8, !tbaa !32
  %111 = tail call i64 @llvm.umin.i64(i64 %110, i64 %39)
  %112 = icmp eq i64 %111, 0
  br i1 %112, label %119, label %113

113:                                              ; preds = %107
  %114 = getelementptr inbounds i8, ptr %108, i64 32
  %115 = load ptr, ptr %114, align 8, !tbaa !47
  %116 = load ptr, ptr %2, align 8, !tbaa !47
  %117 = tail call i32 @memcmp(ptr noundef %116, ptr noundef %115, i64 noundef %111) #27
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %119, label %124

119:                                              ; preds = %113, %107
  %120 = sub i64 %39, %110
  %121 = tail call i64 @llvm.smax.i64(i64 %120, i64 -2147483648)
  %122 = tail call i64 @llvm.smin.i64(i64 %121, i64 2147483647)
  %123 = trunc nsw i64 %122 to i32
  br label %124

124:                                              ; preds = %113, %119
  %125 = phi i32 [ %117, %113 ], [ %123, %119 ]
  %126 = icmp slt i32 %125, 0
  br i1 %126, label %127, label %133

127:                                              ; preds = %124
  %128 = getelementptr inbounds i8, ptr %1, i64 24
  %129 = load ptr, ptr %128, align 8, !tbaa !55
  %130 = icmp eq ptr %129, null
  %131 = select i1 %130, ptr null, ptr %108
  %132 = select i1 %130, ptr %1, ptr %108
  br label %137

133:                                              ; preds = %124
  %134 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %135 = extractvalue { ptr, ptr } %134, 0
  %136 = extractvalue { ptr, ptr } %134, 1
  br label %137

137:                                              ; preds = %127, %82, %100, %133, %103, %88, %58, %30, %33
  %138 = phi ptr [ %35, %33 ], [ null, %30 ], [ %90, %88 ], [ %60, %58 ], [ %135, %133 ], [ null, %103 ], [ %1, %100 ], [ %86, %82 ], [ %131, %127 ]
  %139 = phi ptr [ %36, %33 ], [ %12, %30 ], [ %91, %88 ], [ %60, %58 ], [ %136, %133 ], [ %105, %103 ], [ null, %100 ], [ %87, %82 ], [ %132, %127 ]
  %140 = insertvalue { ptr, ptr } poison, ptr %138, 0
  %141 = insertvalue { ptr, ptr } %140, ptr %139, 1
  ret { ptr, ptr } %141
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !46
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !32
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !32
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !47
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
  %32 = load ptr, ptr %31, align 8, !tbaa !46
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !80

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !43
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %67, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #33
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !32
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !32
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !47
  %54 = load ptr, ptr %52, align 8, !tbaa !47
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
  %65 = select i1 %64, ptr null, ptr %44
  %66 = select i1 %64, ptr %43, ptr null
  br label %67

67:                                               ; preds = %62, %35
  %68 = phi ptr [ null, %35 ], [ %65, %62 ]
  %69 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %70 = insertvalue { ptr, ptr } poison, ptr %68, 0
  %71 = insertvalue { ptr, ptr } %70, ptr %69, 1
  ret { ptr, ptr } %71
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #23

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #24

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #24

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #9

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE14_M_create_nodeIJRKSB_EEEPSt13_Rb_tree_nodeISB_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(64) %1) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
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
define linkonce_odr dso_local void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt8functionIFiiEEEC2ERKSA_(ptr noundef nonnull align 8 dereferenceable(64) %0, ptr noundef nonnull align 8 dereferenceable(64) %1) unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !30
  %5 = load ptr, ptr %1, align 8, !tbaa !47
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #27
  store i64 %7, ptr %3, align 8, !tbaa !48
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %10, ptr %0, align 8, !tbaa !47
  %11 = load i64, ptr %3, align 8, !tbaa !48
  store i64 %11, ptr %4, align 8, !tbaa !35
  br label %12

12:                                               ; preds = %9, %2
  %13 = phi ptr [ %10, %9 ], [ %4, %2 ]
  switch i64 %7, label %16 [
    i64 1, label %14
    i64 0, label %17
  ]

14:                                               ; preds = %12
  %15 = load i8, ptr %5, align 1, !tbaa !35
  store i8 %15, ptr %13, align 1, !tbaa !35
  br label %17

16:                                               ; preds = %12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 %5, i64 %7, i1 false)
  br label %17

17:                                               ; preds = %12, %14, %16
  %18 = load i64, ptr %3, align 8, !tbaa !48
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !32
  %20 = load ptr, ptr %0, align 8, !tbaa !47
  %21 = getelementptr inbounds i8, ptr %20, i64 %18
  store i8 0, ptr %21, align 1, !tbaa !35
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #27
  %22 = getelementptr inbounds i8, ptr %0, i64 32
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = getelementptr inbounds i8, ptr %1, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %22, i8 0, i64 32, i1 false)
  %25 = load ptr, ptr %24, align 8, !tbaa !28
  %26 = icmp eq ptr %25, null
  br i1 %26, label %41, label %27

27:                                               ; preds = %17
  %28 = getelementptr inbounds i8, ptr %1, i64 32
  %29 = invoke noundef zeroext i1 %25(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull align 8 dereferenceable(16) %28, i32 noundef 2)
          to label %30 unwind label %32

30:                                               ; preds = %27
  %31 = load <2 x ptr>, ptr %24, align 8, !tbaa !46
  store <2 x ptr> %31, ptr %23, align 8, !tbaa !46
  br label %41

32:                                               ; preds = %27
  %33 = landingpad { ptr, i32 }
          cleanup
  %34 = load ptr, ptr %23, align 8, !tbaa !28
  %35 = icmp eq ptr %34, null
  br i1 %35, label %42, label %36

36:                                               ; preds = %32
  %37 = invoke noundef zeroext i1 %34(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull align 8 dereferenceable(16) %22, i32 noundef 3)
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
  %43 = load ptr, ptr %0, align 8, !tbaa !47
  %44 = icmp eq ptr %43, %4
  br i1 %44, label %48, label %45

45:                                               ; preds = %42
  %46 = load i64, ptr %4, align 8, !tbaa !35
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
  %2 = load ptr, ptr %0, align 8, !tbaa !9
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
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #26

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(none) }
attributes #4 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn memory(read) }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress noreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #20 = { inlinehint mustprogress noreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #22 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #23 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #24 = { mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #25 = { nofree nounwind }
attributes #26 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #27 = { nounwind }
attributes #28 = { noreturn }
attributes #29 = { builtin allocsize(0) }
attributes #30 = { builtin nounwind }
attributes #31 = { noreturn nounwind }
attributes #32 = { nounwind willreturn memory(none) }
attributes #33 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"vtable pointer", !8, i64 0}
!11 = !{!12, !6, i64 16}
!12 = !{!"_ZTS12CompareLimit", !13, i64 0, !6, i64 16}
!13 = !{!"_ZTSSt13runtime_error", !14, i64 0, !15, i64 8}
!14 = !{!"_ZTSSt9exception"}
!15 = !{!"_ZTSSt12__cow_string", !7, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = distinct !{!19, !17}
!20 = distinct !{!20, !21, !22}
!21 = !{!"llvm.loop.isvectorized", i32 1}
!22 = !{!"llvm.loop.unroll.runtime.disable"}
!23 = distinct !{!23, !22, !21}
!24 = !{!25, !27, i64 24}
!25 = !{!"_ZTSSt8functionIFviEE", !26, i64 0, !27, i64 24}
!26 = !{!"_ZTSSt14_Function_base", !7, i64 0, !27, i64 16}
!27 = !{!"any pointer", !7, i64 0}
!28 = !{!26, !27, i64 16}
!29 = distinct !{!29, !17}
!30 = !{!31, !27, i64 0}
!31 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !27, i64 0}
!32 = !{!33, !34, i64 8}
!33 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !31, i64 0, !34, i64 8, !7, i64 16}
!34 = !{!"long", !7, i64 0}
!35 = !{!7, !7, i64 0}
!36 = !{!37, !27, i64 24}
!37 = !{!"_ZTSSt8functionIFiiEE", !26, i64 0, !27, i64 24}
!38 = !{!39, !41, i64 0}
!39 = !{!"_ZTSSt15_Rb_tree_header", !40, i64 0, !34, i64 32}
!40 = !{!"_ZTSSt18_Rb_tree_node_base", !41, i64 0, !27, i64 8, !27, i64 16, !27, i64 24}
!41 = !{!"_ZTSSt14_Rb_tree_color", !7, i64 0}
!42 = !{!39, !27, i64 8}
!43 = !{!39, !27, i64 16}
!44 = !{!39, !27, i64 24}
!45 = !{!39, !34, i64 32}
!46 = !{!27, !27, i64 0}
!47 = !{!33, !27, i64 0}
!48 = !{!34, !34, i64 0}
!49 = distinct !{!49, !17}
!50 = !{i64 0, i64 16, !35}
!51 = !{!52, !27, i64 8}
!52 = !{!"_ZTSSt18bad_variant_access", !14, i64 0, !27, i64 8}
!53 = !{!54, !27, i64 0}
!54 = !{!"_ZTSNSt15__exception_ptr13exception_ptrE", !27, i64 0}
!55 = !{!40, !27, i64 24}
!56 = !{!40, !27, i64 16}
!57 = distinct !{!57, !17}
!58 = distinct !{!58, !17}
!59 = distinct !{!59, !17}
!60 = distinct !{!60, !17}
!61 = distinct !{!61, !17}
!62 = distinct !{!62, !17}
!63 = distinct !{!63, !17}
!64 = distinct !{!64, !17}
!65 = distinct !{!65, !17}
!66 = distinct !{!66, !17}
!67 = distinct !{!67, !17}
!68 = distinct !{!68, !17}
!69 = distinct !{!69, !17}
!70 = distinct !{!70, !17}
!71 = distinct !{!71, !17}
!72 = distinct !{!72, !17}
!73 = distinct !{!73, !17}
!74 = distinct !{!74, !17}
!75 = distinct !{!75, !17}
!76 = distinct !{!76, !17}
!77 = distinct !{!77, !17}
!78 = !{!79, !27, i64 0}
!79 = !{!"_ZTSNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_St8functionIFiiEEESt10_Select1stISB_ESt4lessIS5_ESaISB_EE11_Alloc_nodeE", !27, i64 0}
!80 = distinct !{!80, !17}
