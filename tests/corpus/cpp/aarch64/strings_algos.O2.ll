; ModuleID = 'strings_algos.cpp'
source_filename = "strings_algos.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::basic_string_view" = type { i64, ptr }
%"class.std::vector.6" = type { %"struct.std::_Vector_base.7" }
%"struct.std::_Vector_base.7" = type { %"struct.std::_Vector_base<std::variant<int, double, std::__cxx11::basic_string<char>>, std::allocator<std::variant<int, double, std::__cxx11::basic_string<char>>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::variant<int, double, std::__cxx11::basic_string<char>>, std::allocator<std::variant<int, double, std::__cxx11::basic_string<char>>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::variant<int, double, std::__cxx11::basic_string<char>>, std::allocator<std::variant<int, double, std::__cxx11::basic_string<char>>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::variant<int, double, std::__cxx11::basic_string<char>>, std::allocator<std::variant<int, double, std::__cxx11::basic_string<char>>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::variant" = type { %"struct.std::__detail::__variant::_Variant_base.base", [7 x i8] }
%"struct.std::__detail::__variant::_Variant_base.base" = type { %"struct.std::__detail::__variant::_Move_assign_base.base" }
%"struct.std::__detail::__variant::_Move_assign_base.base" = type { %"struct.std::__detail::__variant::_Copy_assign_base.base" }
%"struct.std::__detail::__variant::_Copy_assign_base.base" = type { %"struct.std::__detail::__variant::_Move_ctor_base.base" }
%"struct.std::__detail::__variant::_Move_ctor_base.base" = type { %"struct.std::__detail::__variant::_Copy_ctor_base.base" }
%"struct.std::__detail::__variant::_Copy_ctor_base.base" = type { %"struct.std::__detail::__variant::_Variant_storage.base" }
%"struct.std::__detail::__variant::_Variant_storage.base" = type <{ %"union.std::__detail::__variant::_Variadic_union", i8 }>
%"union.std::__detail::__variant::_Variadic_union" = type { %"union.std::__detail::__variant::_Variadic_union.12" }
%"union.std::__detail::__variant::_Variadic_union.12" = type { %"struct.std::__detail::__variant::_Uninitialized.13", [24 x i8] }
%"struct.std::__detail::__variant::_Uninitialized.13" = type { double }
%struct.Describe = type { i8 }
%"struct.std::__va_list" = type { ptr, ptr, ptr, i32, i32 }

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_ = comdat any

$_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev = comdat any

$_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z = comdat any

$_ZNK8DescribeclB5cxx11Ei = comdat any

$_ZNK8DescribeclB5cxx11Ed = comdat any

$_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_ = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

$_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE19_M_range_initializeIPKS7_EEvT_SD_St20forward_iterator_tag = comdat any

$_ZSt8_DestroyIPSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEvT_S9_ = comdat any

$_ZNSt8__detail9__variant15_Copy_ctor_baseILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2ERKS8_ = comdat any

$_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = comdat any

@.str = private unnamed_addr constant [20 x i8] c"The quick brown fox\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c" jumps over the lazy dog\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"%s (%zu)\0A\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.4 = private unnamed_addr constant [42 x i8] c"fox at %zu, last 'o' at %zu, substr '%s'\0A\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"sleepy\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"%s\0A%s\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"to_string: %s %s %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [30 x i8] c"stoi %d, stol %ld, stod %.3f\0A\00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"  77xyz\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"-123456789012\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"6.02e2\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"123\00", align 1
@.str.16 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"12a\00", align 1
@.str.18 = private unnamed_addr constant [5 x i8] c"0042\00", align 1
@constinit = private unnamed_addr constant [4 x ptr] [ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18], align 8
@.str.19 = private unnamed_addr constant [22 x i8] c"parse_int('%s') = %s\0A\00", align 1
@.str.20 = private unnamed_addr constant [5 x i8] c"none\00", align 1
@.str.22 = private unnamed_addr constant [16 x i8] c"%s (index %zu)\0A\00", align 1
@.str.23 = private unnamed_addr constant [55 x i8] c"grown to %zu chars with %s reallocations, checksum %d\0A\00", align 1
@.str.24 = private unnamed_addr constant [8 x i8] c"several\00", align 1
@.str.25 = private unnamed_addr constant [4 x i8] c"few\00", align 1
@.str.26 = private unnamed_addr constant [11 x i8] c"  padded  \00", align 1
@.str.27 = private unnamed_addr constant [30 x i8] c"[%.*s] starts with 'pad': %d\0A\00", align 1
@.str.29 = private unnamed_addr constant [26 x i8] c"basic_string_view::substr\00", align 1
@.str.30 = private unnamed_addr constant [49 x i8] c"%s: __pos (which is %zu) > __size (which is %zu)\00", align 1
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 1
@.str.31 = private unnamed_addr constant [3 x i8] c"%f\00", align 1
@.str.32 = private unnamed_addr constant [5 x i8] c"stoi\00", align 1
@.str.33 = private unnamed_addr constant [5 x i8] c"stol\00", align 1
@.str.34 = private unnamed_addr constant [5 x i8] c"stod\00", align 1
@.str.36 = private unnamed_addr constant [5 x i8] c"int \00", align 1
@.str.37 = private unnamed_addr constant [22 x i8] c"basic_string::replace\00", align 1
@.str.38 = private unnamed_addr constant [55 x i8] c"%s: __pos (which is %zu) > this->size() (which is %zu)\00", align 1
@.str.39 = private unnamed_addr constant [8 x i8] c"double \00", align 1
@.str.40 = private unnamed_addr constant [9 x i8] c"string '\00", align 1
@.str.41 = private unnamed_addr constant [2 x i8] c"'\00", align 1
@.str.42 = private unnamed_addr constant [21 x i8] c"basic_string::append\00", align 1
@.str.43 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@.str.44 = private unnamed_addr constant [21 x i8] c"basic_string::substr\00", align 1
@.str.46 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.47 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca ptr, align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::vector", align 8
  %10 = alloca %"class.std::basic_string_view", align 8
  %11 = alloca %"class.std::__cxx11::basic_string", align 8
  %12 = alloca %"class.std::__cxx11::basic_string", align 8
  %13 = alloca %"class.std::__cxx11::basic_string", align 8
  %14 = alloca %"class.std::__cxx11::basic_string", align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  %16 = alloca %"class.std::__cxx11::basic_string", align 8
  %17 = alloca %"class.std::__cxx11::basic_string", align 8
  %18 = alloca %"class.std::vector.6", align 8
  %19 = alloca [4 x %"class.std::variant"], align 8
  %20 = alloca %"class.std::__cxx11::basic_string", align 8
  %21 = alloca %"class.std::__cxx11::basic_string", align 8
  %22 = alloca %struct.Describe, align 1
  %23 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #24
  %24 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %24, ptr %6, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 19, ptr %5, align 8, !tbaa !11
  %25 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
  store ptr %25, ptr %6, align 8, !tbaa !13
  %26 = load i64, ptr %5, align 8, !tbaa !11
  store i64 %26, ptr %24, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(19) %25, ptr noundef nonnull align 1 dereferenceable(19) @.str, i64 19, i1 false)
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 %26, ptr %27, align 8, !tbaa !16
  %28 = load ptr, ptr %6, align 8, !tbaa !13
  %29 = getelementptr inbounds i8, ptr %28, i64 %26
  store i8 0, ptr %29, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  %30 = load i64, ptr %27, align 8, !tbaa !16
  %31 = add i64 %30, -4611686018427387880
  %32 = icmp ult i64 %31, 24
  br i1 %32, label %33, label %35

33:                                               ; preds = %0
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #25
          to label %34 unwind label %141

34:                                               ; preds = %33
  unreachable

35:                                               ; preds = %0
  %36 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull @.str.1, i64 noundef 24)
          to label %37 unwind label %141

37:                                               ; preds = %35
  %38 = load ptr, ptr %6, align 8, !tbaa !13
  %39 = load i64, ptr %27, align 8, !tbaa !16
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %38, i64 noundef %39)
  %41 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull @.str.3, i64 noundef 0, i64 noundef 3) #24
  %42 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32) %6, i8 noundef 111, i64 noundef -1) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #24
  call void @llvm.experimental.noalias.scope.decl(metadata !17)
  %43 = load i64, ptr %27, align 8, !tbaa !16, !noalias !17
  %44 = icmp ult i64 %43, %41
  br i1 %44, label %45, label %47

45:                                               ; preds = %37
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.44, i64 noundef %41, i64 noundef %43) #25
          to label %46 unwind label %143

46:                                               ; preds = %45
  unreachable

47:                                               ; preds = %37
  %48 = getelementptr inbounds i8, ptr %7, i64 16
  store ptr %48, ptr %7, align 8, !tbaa !6, !alias.scope !17
  %49 = load ptr, ptr %6, align 8, !tbaa !13, !noalias !17
  %50 = getelementptr inbounds i8, ptr %49, i64 %41
  %51 = sub i64 %43, %41
  %52 = call noundef i64 @llvm.umin.i64(i64 %51, i64 9)
  switch i64 %52, label %55 [
    i64 1, label %53
    i64 0, label %56
  ]

53:                                               ; preds = %47
  %54 = load i8, ptr %50, align 1, !tbaa !15
  store i8 %54, ptr %48, align 8, !tbaa !15
  br label %56

55:                                               ; preds = %47
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %48, ptr align 1 %50, i64 %52, i1 false)
  br label %56

56:                                               ; preds = %55, %53, %47
  %57 = getelementptr inbounds i8, ptr %7, i64 8
  store i64 %52, ptr %57, align 8, !tbaa !16, !alias.scope !17
  %58 = getelementptr inbounds i8, ptr %48, i64 %52
  store i8 0, ptr %58, align 1, !tbaa !15
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %41, i64 noundef %42, ptr noundef nonnull %48)
  %60 = load ptr, ptr %7, align 8, !tbaa !13
  %61 = icmp eq ptr %60, %48
  br i1 %61, label %65, label %62

62:                                               ; preds = %56
  %63 = load i64, ptr %48, align 8, !tbaa !15
  %64 = add i64 %63, 1
  call void @_ZdlPvm(ptr noundef %60, i64 noundef %64) #26
  br label %65

65:                                               ; preds = %56, %62
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  %66 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull @.str.5, i64 noundef 0, i64 noundef 4) #24
  %67 = load i64, ptr %27, align 8, !tbaa !16
  %68 = icmp ult i64 %67, %66
  br i1 %68, label %69, label %71

69:                                               ; preds = %65
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.37, i64 noundef %66, i64 noundef %67) #25
          to label %70 unwind label %145

70:                                               ; preds = %69
  unreachable

71:                                               ; preds = %65
  %72 = sub i64 %67, %66
  %73 = call noundef i64 @llvm.umin.i64(i64 %72, i64 4)
  %74 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %6, i64 noundef %66, i64 noundef %73, ptr noundef nonnull @.str.6, i64 noundef 6)
          to label %75 unwind label %145

75:                                               ; preds = %71
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #24
  %76 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %76, ptr %8, align 8, !tbaa !6
  %77 = load ptr, ptr %6, align 8, !tbaa !13
  %78 = load i64, ptr %27, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %78, ptr %4, align 8, !tbaa !11
  %79 = icmp ugt i64 %78, 15
  br i1 %79, label %80, label %84

80:                                               ; preds = %75
  %81 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %82 unwind label %147

82:                                               ; preds = %80
  store ptr %81, ptr %8, align 8, !tbaa !13
  %83 = load i64, ptr %4, align 8, !tbaa !11
  store i64 %83, ptr %76, align 8, !tbaa !15
  br label %84

84:                                               ; preds = %82, %75
  %85 = phi ptr [ %81, %82 ], [ %76, %75 ]
  switch i64 %78, label %88 [
    i64 1, label %86
    i64 0, label %89
  ]

86:                                               ; preds = %84
  %87 = load i8, ptr %77, align 1, !tbaa !15
  store i8 %87, ptr %85, align 1, !tbaa !15
  br label %89

88:                                               ; preds = %84
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %85, ptr align 1 %77, i64 %78, i1 false)
  br label %89

89:                                               ; preds = %88, %86, %84
  %90 = load i64, ptr %4, align 8, !tbaa !11
  %91 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %90, ptr %91, align 8, !tbaa !16
  %92 = load ptr, ptr %8, align 8, !tbaa !13
  %93 = getelementptr inbounds i8, ptr %92, i64 %90
  store i8 0, ptr %93, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  %94 = load ptr, ptr %8, align 8, !tbaa !13
  %95 = load i64, ptr %91, align 8, !tbaa !16
  %96 = getelementptr inbounds i8, ptr %94, i64 %95
  %97 = icmp eq i64 %95, 0
  br i1 %97, label %108, label %98

98:                                               ; preds = %89, %98
  %99 = phi ptr [ %104, %98 ], [ %94, %89 ]
  %100 = load i8, ptr %99, align 1, !tbaa !15
  %101 = zext i8 %100 to i32
  %102 = call i32 @toupper(i32 noundef %101) #27
  %103 = trunc i32 %102 to i8
  store i8 %103, ptr %99, align 1, !tbaa !15
  %104 = getelementptr i8, ptr %99, i64 1
  %105 = icmp eq ptr %104, %96
  br i1 %105, label %106, label %98, !llvm.loop !20

106:                                              ; preds = %98
  %107 = load ptr, ptr %8, align 8, !tbaa !13
  br label %108

108:                                              ; preds = %106, %89
  %109 = phi ptr [ %107, %106 ], [ %94, %89 ]
  %110 = load ptr, ptr %6, align 8, !tbaa !13
  %111 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef %110, ptr noundef %109)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %9) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %9, i8 0, i64 24, i1 false)
  %112 = load i64, ptr %27, align 8, !tbaa !16
  %113 = icmp eq i64 %112, 0
  br i1 %113, label %114, label %116

114:                                              ; preds = %108
  %115 = getelementptr inbounds i8, ptr %9, i64 8
  br label %178

116:                                              ; preds = %108
  %117 = load ptr, ptr %6, align 8, !tbaa !13
  %118 = getelementptr inbounds i8, ptr %10, i64 8
  br label %119

119:                                              ; preds = %116, %137
  %120 = phi ptr [ %117, %116 ], [ %139, %137 ]
  %121 = phi i64 [ %112, %116 ], [ %138, %137 ]
  %122 = call ptr @memchr(ptr noundef %120, i32 noundef 32, i64 noundef %121) #24
  %123 = icmp eq ptr %122, null
  %124 = ptrtoint ptr %122 to i64
  %125 = ptrtoint ptr %120 to i64
  %126 = sub i64 %124, %125
  %127 = select i1 %123, i64 -1, i64 %126
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %10) #24
  %128 = call i64 @llvm.umin.i64(i64 %121, i64 %127)
  store i64 %128, ptr %10, align 8
  store i64 %125, ptr %118, align 8
  %129 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %9, ptr noundef nonnull align 8 dereferenceable(16) %10)
          to label %130 unwind label %149

130:                                              ; preds = %119
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %10) #24
  %131 = icmp eq i64 %127, -1
  br i1 %131, label %153, label %132

132:                                              ; preds = %130
  %133 = add nuw i64 %127, 1
  %134 = icmp ugt i64 %121, %127
  br i1 %134, label %137, label %135

135:                                              ; preds = %132
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.30, ptr noundef nonnull @.str.29, i64 noundef %133, i64 noundef %121) #25
          to label %136 unwind label %151

136:                                              ; preds = %135
  unreachable

137:                                              ; preds = %132
  %138 = sub i64 %121, %133
  %139 = getelementptr inbounds i8, ptr %120, i64 %133
  %140 = icmp eq i64 %138, 0
  br i1 %140, label %153, label %119, !llvm.loop !22

141:                                              ; preds = %35, %33
  %142 = landingpad { ptr, i32 }
          cleanup
  br label %784

143:                                              ; preds = %45
  %144 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  br label %784

145:                                              ; preds = %71, %69
  %146 = landingpad { ptr, i32 }
          cleanup
  br label %784

147:                                              ; preds = %80
  %148 = landingpad { ptr, i32 }
          cleanup
  br label %782

149:                                              ; preds = %119
  %150 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %10) #24
  br label %775

151:                                              ; preds = %135
  %152 = landingpad { ptr, i32 }
          cleanup
  br label %775

153:                                              ; preds = %130, %137
  %154 = load ptr, ptr %9, align 8, !tbaa !23
  %155 = getelementptr inbounds i8, ptr %9, i64 8
  %156 = load ptr, ptr %155, align 8, !tbaa !23
  %157 = ptrtoint ptr %154 to i64
  %158 = getelementptr inbounds i8, ptr %9, i64 8
  %159 = ptrtoint ptr %156 to i64
  %160 = icmp eq ptr %154, %156
  br i1 %160, label %178, label %161

161:                                              ; preds = %153
  %162 = sub i64 %159, %157
  %163 = ashr exact i64 %162, 5
  %164 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %163, i1 false)
  %165 = shl nuw nsw i64 %164, 1
  %166 = sub nsw i64 126, %165
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %157, i64 %159, i64 noundef %166, i64 0)
  %167 = icmp sgt i64 %162, 512
  br i1 %167, label %168, label %177

168:                                              ; preds = %161
  %169 = getelementptr inbounds i8, ptr %154, i64 512
  %170 = ptrtoint ptr %169 to i64
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %157, i64 %170)
  %171 = icmp eq ptr %169, %156
  br i1 %171, label %178, label %172

172:                                              ; preds = %168, %172
  %173 = phi ptr [ %175, %172 ], [ %169, %168 ]
  %174 = ptrtoint ptr %173 to i64
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %174)
  %175 = getelementptr inbounds i8, ptr %173, i64 32
  %176 = icmp eq ptr %175, %156
  br i1 %176, label %178, label %172, !llvm.loop !24

177:                                              ; preds = %161
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %157, i64 %159)
  br label %178

178:                                              ; preds = %172, %114, %177, %168, %153
  %179 = phi ptr [ %115, %114 ], [ %158, %177 ], [ %158, %168 ], [ %158, %153 ], [ %158, %172 ]
  %180 = load ptr, ptr %9, align 8, !tbaa !23
  %181 = load ptr, ptr %179, align 8, !tbaa !23
  %182 = icmp eq ptr %180, %181
  br i1 %182, label %183, label %195

183:                                              ; preds = %195, %178
  %184 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #24
  %185 = getelementptr inbounds i8, ptr %11, i64 16
  store ptr %185, ptr %11, align 8, !tbaa !6, !alias.scope !25
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef 3, i8 noundef 45)
          to label %189 unwind label %186

186:                                              ; preds = %183
  %187 = landingpad { ptr, i32 }
          catch ptr null
  %188 = extractvalue { ptr, i32 } %187, 0
  call void @__clang_call_terminate(ptr %188) #28
  unreachable

189:                                              ; preds = %183
  %190 = load ptr, ptr %11, align 8, !tbaa !13, !alias.scope !25
  %191 = getelementptr inbounds i8, ptr %190, i64 1
  %192 = getelementptr inbounds i8, ptr %190, i64 2
  store i8 50, ptr %192, align 1, !tbaa !15
  store i8 52, ptr %191, align 1, !tbaa !15
  %193 = load ptr, ptr %11, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %12) #24
  %194 = getelementptr inbounds i8, ptr %12, i64 16
  store ptr %194, ptr %12, align 8, !tbaa !6, !alias.scope !28
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %12, i64 noundef 13, i8 noundef 45)
          to label %201 unwind label %321

195:                                              ; preds = %178, %195
  %196 = phi ptr [ %199, %195 ], [ %180, %178 ]
  %197 = load ptr, ptr %196, align 8, !tbaa !13
  %198 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %197)
  %199 = getelementptr inbounds i8, ptr %196, i64 32
  %200 = icmp eq ptr %199, %181
  br i1 %200, label %183, label %195

201:                                              ; preds = %189
  %202 = load ptr, ptr %12, align 8, !tbaa !13, !alias.scope !28
  %203 = getelementptr inbounds i8, ptr %202, i64 12
  store i8 51, ptr %203, align 1, !tbaa !15
  %204 = getelementptr inbounds i8, ptr %202, i64 8
  store <4 x i8> <i8 57, i8 48, i8 49, i8 50>, ptr %204, align 1, !tbaa !15
  store <8 x i8> <i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56>, ptr %202, align 1, !tbaa !15
  %205 = load ptr, ptr %12, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #24
  invoke void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %13, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef 2.500000e+00)
          to label %206 unwind label %323

206:                                              ; preds = %201
  %207 = load ptr, ptr %13, align 8, !tbaa !13
  %208 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %193, ptr noundef %205, ptr noundef %207)
  %209 = load ptr, ptr %13, align 8, !tbaa !13
  %210 = getelementptr inbounds i8, ptr %13, i64 16
  %211 = icmp eq ptr %209, %210
  br i1 %211, label %215, label %212

212:                                              ; preds = %206
  %213 = load i64, ptr %210, align 8, !tbaa !15
  %214 = add i64 %213, 1
  call void @_ZdlPvm(ptr noundef %209, i64 noundef %214) #26
  br label %215

215:                                              ; preds = %206, %212
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #24
  %216 = load ptr, ptr %12, align 8, !tbaa !13
  %217 = icmp eq ptr %216, %194
  br i1 %217, label %221, label %218

218:                                              ; preds = %215
  %219 = load i64, ptr %194, align 8, !tbaa !15
  %220 = add i64 %219, 1
  call void @_ZdlPvm(ptr noundef %216, i64 noundef %220) #26
  br label %221

221:                                              ; preds = %215, %218
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #24
  %222 = load ptr, ptr %11, align 8, !tbaa !13
  %223 = icmp eq ptr %222, %185
  br i1 %223, label %227, label %224

224:                                              ; preds = %221
  %225 = load i64, ptr %185, align 8, !tbaa !15
  %226 = add i64 %225, 1
  call void @_ZdlPvm(ptr noundef %222, i64 noundef %226) #26
  br label %227

227:                                              ; preds = %221, %224
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #24
  %228 = getelementptr inbounds i8, ptr %14, i64 16
  store ptr %228, ptr %14, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %228, ptr noundef nonnull align 1 dereferenceable(7) @.str.12, i64 7, i1 false)
  %229 = getelementptr inbounds i8, ptr %14, i64 8
  store i64 7, ptr %229, align 8, !tbaa !16
  %230 = getelementptr inbounds i8, ptr %14, i64 23
  store i8 0, ptr %230, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  %231 = tail call ptr @__errno_location() #29
  %232 = load i32, ptr %231, align 4, !tbaa !31
  store i32 0, ptr %231, align 4, !tbaa !31
  %233 = call noundef i64 @strtol(ptr noundef nonnull %228, ptr noundef nonnull %3, i32 noundef 10)
  %234 = load ptr, ptr %3, align 8, !tbaa !23
  %235 = icmp eq ptr %234, %228
  br i1 %235, label %236, label %244

236:                                              ; preds = %227
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.32) #25
          to label %237 unwind label %238

237:                                              ; preds = %236
  unreachable

238:                                              ; preds = %250, %236
  %239 = landingpad { ptr, i32 }
          cleanup
  %240 = load i32, ptr %231, align 4, !tbaa !31
  %241 = icmp eq i32 %240, 0
  br i1 %241, label %242, label %243

242:                                              ; preds = %238
  store i32 %232, ptr %231, align 4, !tbaa !31
  br label %243

243:                                              ; preds = %242, %238
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  br label %350

244:                                              ; preds = %227
  %245 = load i32, ptr %231, align 4, !tbaa !31
  %246 = icmp eq i32 %245, 34
  %247 = add i64 %233, -2147483648
  %248 = icmp ult i64 %247, -4294967296
  %249 = or i1 %248, %246
  br i1 %249, label %250, label %252

250:                                              ; preds = %244
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.32) #25
          to label %251 unwind label %238

251:                                              ; preds = %250
  unreachable

252:                                              ; preds = %244
  %253 = icmp eq i32 %245, 0
  br i1 %253, label %254, label %255

254:                                              ; preds = %252
  store i32 %232, ptr %231, align 4, !tbaa !31
  br label %255

255:                                              ; preds = %254, %252
  %256 = trunc i64 %233 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #24
  %257 = getelementptr inbounds i8, ptr %15, i64 16
  store ptr %257, ptr %15, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(13) %257, ptr noundef nonnull align 1 dereferenceable(13) @.str.13, i64 13, i1 false)
  %258 = getelementptr inbounds i8, ptr %15, i64 8
  store i64 13, ptr %258, align 8, !tbaa !16
  %259 = getelementptr inbounds i8, ptr %15, i64 29
  store i8 0, ptr %259, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #24
  %260 = load i32, ptr %231, align 4, !tbaa !31
  store i32 0, ptr %231, align 4, !tbaa !31
  %261 = call noundef i64 @strtol(ptr noundef nonnull %257, ptr noundef nonnull %2, i32 noundef 10)
  %262 = load ptr, ptr %2, align 8, !tbaa !23
  %263 = icmp eq ptr %262, %257
  br i1 %263, label %264, label %272

264:                                              ; preds = %255
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.33) #25
          to label %265 unwind label %266

265:                                              ; preds = %264
  unreachable

266:                                              ; preds = %274, %264
  %267 = landingpad { ptr, i32 }
          cleanup
  %268 = load i32, ptr %231, align 4, !tbaa !31
  %269 = icmp eq i32 %268, 0
  br i1 %269, label %270, label %271

270:                                              ; preds = %266
  store i32 %260, ptr %231, align 4, !tbaa !31
  br label %271

271:                                              ; preds = %270, %266
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #24
  br label %342

272:                                              ; preds = %255
  %273 = load i32, ptr %231, align 4, !tbaa !31
  switch i32 %273, label %277 [
    i32 34, label %274
    i32 0, label %276
  ]

274:                                              ; preds = %272
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.33) #25
          to label %275 unwind label %266

275:                                              ; preds = %274
  unreachable

276:                                              ; preds = %272
  store i32 %260, ptr %231, align 4, !tbaa !31
  br label %277

277:                                              ; preds = %272, %276
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #24
  %278 = getelementptr inbounds i8, ptr %16, i64 16
  store ptr %278, ptr %16, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %278, ptr noundef nonnull align 1 dereferenceable(6) @.str.14, i64 6, i1 false)
  %279 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 6, ptr %279, align 8, !tbaa !16
  %280 = getelementptr inbounds i8, ptr %16, i64 22
  store i8 0, ptr %280, align 2, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #24
  %281 = load i32, ptr %231, align 4, !tbaa !31
  store i32 0, ptr %231, align 4, !tbaa !31
  %282 = call noundef double @strtod(ptr noundef nonnull %278, ptr noundef nonnull %1)
  %283 = load ptr, ptr %1, align 8, !tbaa !23
  %284 = icmp eq ptr %283, %278
  br i1 %284, label %285, label %295

285:                                              ; preds = %277
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.34) #25
          to label %286 unwind label %287

286:                                              ; preds = %285
  unreachable

287:                                              ; preds = %297, %285
  %288 = landingpad { ptr, i32 }
          cleanup
  %289 = load i32, ptr %231, align 4, !tbaa !31
  %290 = icmp eq i32 %289, 0
  br i1 %290, label %291, label %292

291:                                              ; preds = %287
  store i32 %281, ptr %231, align 4, !tbaa !31
  br label %292

292:                                              ; preds = %291, %287
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #24
  %293 = load ptr, ptr %16, align 8, !tbaa !13
  %294 = icmp eq ptr %293, %278
  br i1 %294, label %341, label %338

295:                                              ; preds = %277
  %296 = load i32, ptr %231, align 4, !tbaa !31
  switch i32 %296, label %300 [
    i32 34, label %297
    i32 0, label %299
  ]

297:                                              ; preds = %295
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.34) #25
          to label %298 unwind label %287

298:                                              ; preds = %297
  unreachable

299:                                              ; preds = %295
  store i32 %281, ptr %231, align 4, !tbaa !31
  br label %300

300:                                              ; preds = %295, %299
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #24
  %301 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %256, i64 noundef %261, double noundef %282)
  %302 = load ptr, ptr %16, align 8, !tbaa !13
  %303 = icmp eq ptr %302, %278
  br i1 %303, label %307, label %304

304:                                              ; preds = %300
  %305 = load i64, ptr %278, align 8, !tbaa !15
  %306 = add i64 %305, 1
  call void @_ZdlPvm(ptr noundef %302, i64 noundef %306) #26
  br label %307

307:                                              ; preds = %300, %304
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #24
  %308 = load ptr, ptr %15, align 8, !tbaa !13
  %309 = icmp eq ptr %308, %257
  br i1 %309, label %313, label %310

310:                                              ; preds = %307
  %311 = load i64, ptr %257, align 8, !tbaa !15
  %312 = add i64 %311, 1
  call void @_ZdlPvm(ptr noundef %308, i64 noundef %312) #26
  br label %313

313:                                              ; preds = %307, %310
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #24
  %314 = load ptr, ptr %14, align 8, !tbaa !13
  %315 = icmp eq ptr %314, %228
  br i1 %315, label %319, label %316

316:                                              ; preds = %313
  %317 = load i64, ptr %228, align 8, !tbaa !15
  %318 = add i64 %317, 1
  call void @_ZdlPvm(ptr noundef %314, i64 noundef %318) #26
  br label %319

319:                                              ; preds = %313, %316
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  %320 = getelementptr inbounds i8, ptr %17, i64 16
  br label %358

321:                                              ; preds = %189
  %322 = landingpad { ptr, i32 }
          cleanup
  br label %330

323:                                              ; preds = %201
  %324 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #24
  %325 = load ptr, ptr %12, align 8, !tbaa !13
  %326 = icmp eq ptr %325, %194
  br i1 %326, label %330, label %327

327:                                              ; preds = %323
  %328 = load i64, ptr %194, align 8, !tbaa !15
  %329 = add i64 %328, 1
  call void @_ZdlPvm(ptr noundef %325, i64 noundef %329) #26
  br label %330

330:                                              ; preds = %327, %323, %321
  %331 = phi { ptr, i32 } [ %322, %321 ], [ %324, %323 ], [ %324, %327 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #24
  %332 = load ptr, ptr %11, align 8, !tbaa !13
  %333 = icmp eq ptr %332, %185
  br i1 %333, label %337, label %334

334:                                              ; preds = %330
  %335 = load i64, ptr %185, align 8, !tbaa !15
  %336 = add i64 %335, 1
  call void @_ZdlPvm(ptr noundef %332, i64 noundef %336) #26
  br label %337

337:                                              ; preds = %330, %334
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #24
  br label %775

338:                                              ; preds = %292
  %339 = load i64, ptr %278, align 8, !tbaa !15
  %340 = add i64 %339, 1
  call void @_ZdlPvm(ptr noundef %293, i64 noundef %340) #26
  br label %341

341:                                              ; preds = %338, %292
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #24
  br label %342

342:                                              ; preds = %271, %341
  %343 = phi { ptr, i32 } [ %288, %341 ], [ %267, %271 ]
  %344 = load ptr, ptr %15, align 8, !tbaa !13
  %345 = icmp eq ptr %344, %257
  br i1 %345, label %349, label %346

346:                                              ; preds = %342
  %347 = load i64, ptr %257, align 8, !tbaa !15
  %348 = add i64 %347, 1
  call void @_ZdlPvm(ptr noundef %344, i64 noundef %348) #26
  br label %349

349:                                              ; preds = %346, %342
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #24
  br label %350

350:                                              ; preds = %243, %349
  %351 = phi { ptr, i32 } [ %343, %349 ], [ %239, %243 ]
  %352 = load ptr, ptr %14, align 8, !tbaa !13
  %353 = icmp eq ptr %352, %228
  br i1 %353, label %357, label %354

354:                                              ; preds = %350
  %355 = load i64, ptr %228, align 8, !tbaa !15
  %356 = add i64 %355, 1
  call void @_ZdlPvm(ptr noundef %352, i64 noundef %356) #26
  br label %357

357:                                              ; preds = %354, %350
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  br label %775

358:                                              ; preds = %319, %465
  %359 = phi i64 [ 0, %319 ], [ %466, %465 ]
  %360 = getelementptr inbounds i8, ptr @constinit, i64 %359
  %361 = load ptr, ptr %360, align 8, !tbaa !23
  %362 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %361) #24
  %363 = icmp eq i64 %362, 0
  br i1 %363, label %462, label %364

364:                                              ; preds = %358
  %365 = getelementptr inbounds i8, ptr %361, i64 %362
  br label %366

366:                                              ; preds = %372, %364
  %367 = phi ptr [ %377, %372 ], [ %361, %364 ]
  %368 = phi i32 [ %376, %372 ], [ 0, %364 ]
  %369 = load i8, ptr %367, align 1, !tbaa !15
  %370 = add i8 %369, -48
  %371 = icmp ult i8 %370, 10
  br i1 %371, label %372, label %462

372:                                              ; preds = %366
  %373 = zext nneg i8 %369 to i32
  %374 = mul nsw i32 %368, 10
  %375 = add i32 %374, -48
  %376 = add i32 %375, %373
  %377 = getelementptr inbounds i8, ptr %367, i64 1
  %378 = icmp eq ptr %377, %365
  br i1 %378, label %379, label %366

379:                                              ; preds = %372
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %17) #24
  call void @llvm.experimental.noalias.scope.decl(metadata !33)
  %380 = call i32 @llvm.abs.i32(i32 %376, i1 false)
  %381 = icmp ult i32 %380, 10
  br i1 %381, label %400, label %382

382:                                              ; preds = %379, %396
  %383 = phi i32 [ %397, %396 ], [ %380, %379 ]
  %384 = phi i32 [ %398, %396 ], [ 1, %379 ]
  %385 = icmp ult i32 %383, 100
  br i1 %385, label %386, label %388

386:                                              ; preds = %382
  %387 = add i32 %384, 1
  br label %400

388:                                              ; preds = %382
  %389 = icmp ult i32 %383, 1000
  br i1 %389, label %390, label %392

390:                                              ; preds = %388
  %391 = add i32 %384, 2
  br label %400

392:                                              ; preds = %388
  %393 = icmp ult i32 %383, 10000
  br i1 %393, label %394, label %396

394:                                              ; preds = %392
  %395 = add i32 %384, 3
  br label %400

396:                                              ; preds = %392
  %397 = udiv i32 %383, 10000
  %398 = add i32 %384, 4
  %399 = icmp ult i32 %383, 100000
  br i1 %399, label %400, label %382, !llvm.loop !36

400:                                              ; preds = %396, %394, %390, %386, %379
  %401 = phi i32 [ %387, %386 ], [ %391, %390 ], [ %395, %394 ], [ 1, %379 ], [ %398, %396 ]
  %402 = lshr i32 %376, 31
  %403 = add i32 %401, %402
  %404 = zext i32 %403 to i64
  store ptr %320, ptr %17, align 8, !tbaa !6, !alias.scope !33
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %17, i64 noundef %404, i8 noundef 45)
          to label %405 unwind label %450

405:                                              ; preds = %400
  %406 = zext nneg i32 %402 to i64
  %407 = load ptr, ptr %17, align 8, !tbaa !13, !alias.scope !33
  %408 = getelementptr inbounds i8, ptr %407, i64 %406
  %409 = icmp ugt i32 %380, 99
  br i1 %409, label %410, label %434

410:                                              ; preds = %405
  %411 = add i32 %401, -1
  br label %412

412:                                              ; preds = %412, %410
  %413 = phi i32 [ %416, %412 ], [ %380, %410 ]
  %414 = phi i32 [ %432, %412 ], [ %411, %410 ]
  %415 = freeze i32 %413
  %416 = udiv i32 %415, 100
  %417 = mul i32 %416, 100
  %418 = sub i32 %415, %417
  %419 = shl nuw nsw i32 %418, 1
  %420 = or disjoint i32 %419, 1
  %421 = zext nneg i32 %420 to i64
  %422 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %421
  %423 = load i8, ptr %422, align 1, !tbaa !15, !noalias !33
  %424 = zext i32 %414 to i64
  %425 = getelementptr inbounds i8, ptr %408, i64 %424
  store i8 %423, ptr %425, align 1, !tbaa !15
  %426 = zext nneg i32 %419 to i64
  %427 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %426
  %428 = load i8, ptr %427, align 1, !tbaa !15, !noalias !33
  %429 = add i32 %414, -1
  %430 = zext i32 %429 to i64
  %431 = getelementptr inbounds i8, ptr %408, i64 %430
  store i8 %428, ptr %431, align 1, !tbaa !15
  %432 = add i32 %414, -2
  %433 = icmp ugt i32 %413, 9999
  br i1 %433, label %412, label %434, !llvm.loop !37

434:                                              ; preds = %412, %405
  %435 = phi i32 [ %380, %405 ], [ %416, %412 ]
  %436 = icmp ugt i32 %435, 9
  br i1 %436, label %437, label %447

437:                                              ; preds = %434
  %438 = shl nuw nsw i32 %435, 1
  %439 = or disjoint i32 %438, 1
  %440 = zext nneg i32 %439 to i64
  %441 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %440
  %442 = load i8, ptr %441, align 1, !tbaa !15, !noalias !33
  %443 = getelementptr inbounds i8, ptr %408, i64 1
  store i8 %442, ptr %443, align 1, !tbaa !15
  %444 = zext nneg i32 %438 to i64
  %445 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %444
  %446 = load i8, ptr %445, align 1, !tbaa !15, !noalias !33
  br label %453

447:                                              ; preds = %434
  %448 = trunc nuw i32 %435 to i8
  %449 = or disjoint i8 %448, 48
  br label %453

450:                                              ; preds = %400
  %451 = landingpad { ptr, i32 }
          catch ptr null
  %452 = extractvalue { ptr, i32 } %451, 0
  call void @__clang_call_terminate(ptr %452) #28
  unreachable

453:                                              ; preds = %437, %447
  %454 = phi i8 [ %449, %447 ], [ %446, %437 ]
  store i8 %454, ptr %408, align 1, !tbaa !15
  %455 = load ptr, ptr %17, align 8, !tbaa !13
  %456 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %361, ptr noundef %455)
  %457 = load ptr, ptr %17, align 8, !tbaa !13
  %458 = icmp eq ptr %457, %320
  br i1 %458, label %464, label %459

459:                                              ; preds = %453
  %460 = load i64, ptr %320, align 8, !tbaa !15
  %461 = add i64 %460, 1
  call void @_ZdlPvm(ptr noundef %457, i64 noundef %461) #26
  br label %464

462:                                              ; preds = %366, %358
  %463 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %361, ptr noundef nonnull @.str.20)
  br label %465

464:                                              ; preds = %453, %459
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %17) #24
  br label %465

465:                                              ; preds = %462, %464
  %466 = add nuw nsw i64 %359, 8
  %467 = icmp eq i64 %466, 32
  br i1 %467, label %468, label %358

468:                                              ; preds = %465
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %18) #24
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %19) #24
  store i32 7, ptr %19, align 8, !tbaa !38
  %469 = getelementptr inbounds i8, ptr %19, i64 32
  store i8 0, ptr %469, align 8, !tbaa !40
  %470 = getelementptr inbounds i8, ptr %19, i64 40
  store double 3.250000e+00, ptr %470, align 8, !tbaa !42
  %471 = getelementptr inbounds i8, ptr %19, i64 72
  store i8 1, ptr %471, align 8, !tbaa !40
  %472 = getelementptr inbounds i8, ptr %19, i64 80
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %20) #24
  %473 = getelementptr inbounds i8, ptr %20, i64 16
  store i32 1954047348, ptr %473, align 8
  %474 = getelementptr inbounds i8, ptr %20, i64 8
  %475 = getelementptr inbounds i8, ptr %20, i64 20
  store i8 0, ptr %475, align 4, !tbaa !15
  %476 = getelementptr inbounds i8, ptr %19, i64 96
  store ptr %476, ptr %472, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %476, ptr noundef nonnull align 8 dereferenceable(5) %473, i64 5, i1 false)
  %477 = getelementptr inbounds i8, ptr %19, i64 88
  store i64 4, ptr %477, align 8, !tbaa !16
  store ptr %473, ptr %20, align 8, !tbaa !13
  store i64 0, ptr %474, align 8, !tbaa !16
  store i8 0, ptr %473, align 8, !tbaa !15
  %478 = getelementptr inbounds i8, ptr %19, i64 112
  store i8 2, ptr %478, align 8, !tbaa !40
  %479 = getelementptr inbounds i8, ptr %19, i64 120
  store i32 0, ptr %479, align 8, !tbaa !38
  %480 = getelementptr inbounds i8, ptr %19, i64 152
  store i8 0, ptr %480, align 8, !tbaa !40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %18, i8 0, i64 24, i1 false)
  %481 = getelementptr inbounds i8, ptr %19, i64 160
  invoke void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE19_M_range_initializeIPKS7_EEvT_SD_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %18, ptr noundef nonnull %19, ptr noundef nonnull %481, i8 undef)
          to label %482 unwind label %486

482:                                              ; preds = %468
  %483 = getelementptr inbounds i8, ptr %19, i64 152
  %484 = load i8, ptr %483, align 8, !tbaa !40
  %485 = icmp ult i8 %484, 2
  br i1 %485, label %504, label %496

486:                                              ; preds = %468
  %487 = landingpad { ptr, i32 }
          cleanup
  %488 = load ptr, ptr %18, align 8, !tbaa !45
  %489 = icmp eq ptr %488, null
  br i1 %489, label %555, label %490

490:                                              ; preds = %486
  %491 = getelementptr inbounds i8, ptr %18, i64 16
  %492 = load ptr, ptr %491, align 8, !tbaa !47
  %493 = ptrtoint ptr %492 to i64
  %494 = ptrtoint ptr %488 to i64
  %495 = sub i64 %493, %494
  call void @_ZdlPvm(ptr noundef nonnull %488, i64 noundef %495) #26
  br label %555

496:                                              ; preds = %482
  %497 = getelementptr inbounds i8, ptr %19, i64 120
  %498 = load ptr, ptr %497, align 8, !tbaa !13
  %499 = getelementptr inbounds i8, ptr %19, i64 136
  %500 = icmp eq ptr %498, %499
  br i1 %500, label %504, label %501

501:                                              ; preds = %496
  %502 = load i64, ptr %499, align 8, !tbaa !15
  %503 = add i64 %502, 1
  call void @_ZdlPvm(ptr noundef %498, i64 noundef %503) #26
  br label %504

504:                                              ; preds = %482, %496, %501
  store i8 -1, ptr %483, align 8, !tbaa !40
  %505 = getelementptr inbounds i8, ptr %19, i64 112
  %506 = load i8, ptr %505, align 8, !tbaa !40
  %507 = icmp ult i8 %506, 2
  br i1 %507, label %516, label %508

508:                                              ; preds = %504
  %509 = getelementptr inbounds i8, ptr %19, i64 80
  %510 = load ptr, ptr %509, align 8, !tbaa !13
  %511 = getelementptr inbounds i8, ptr %19, i64 96
  %512 = icmp eq ptr %510, %511
  br i1 %512, label %516, label %513

513:                                              ; preds = %508
  %514 = load i64, ptr %511, align 8, !tbaa !15
  %515 = add i64 %514, 1
  call void @_ZdlPvm(ptr noundef %510, i64 noundef %515) #26
  br label %516

516:                                              ; preds = %513, %508, %504
  store i8 -1, ptr %505, align 8, !tbaa !40
  %517 = getelementptr inbounds i8, ptr %19, i64 72
  %518 = load i8, ptr %517, align 8, !tbaa !40
  %519 = icmp ult i8 %518, 2
  br i1 %519, label %528, label %520

520:                                              ; preds = %516
  %521 = getelementptr inbounds i8, ptr %19, i64 40
  %522 = load ptr, ptr %521, align 8, !tbaa !13
  %523 = getelementptr inbounds i8, ptr %19, i64 56
  %524 = icmp eq ptr %522, %523
  br i1 %524, label %528, label %525

525:                                              ; preds = %520
  %526 = load i64, ptr %523, align 8, !tbaa !15
  %527 = add i64 %526, 1
  call void @_ZdlPvm(ptr noundef %522, i64 noundef %527) #26
  br label %528

528:                                              ; preds = %525, %520, %516
  store i8 -1, ptr %517, align 8, !tbaa !40
  %529 = getelementptr inbounds i8, ptr %19, i64 32
  %530 = load i8, ptr %529, align 8, !tbaa !40
  %531 = icmp ult i8 %530, 2
  br i1 %531, label %539, label %532

532:                                              ; preds = %528
  %533 = load ptr, ptr %19, align 8, !tbaa !13
  %534 = getelementptr inbounds i8, ptr %19, i64 16
  %535 = icmp eq ptr %533, %534
  br i1 %535, label %539, label %536

536:                                              ; preds = %532
  %537 = load i64, ptr %534, align 8, !tbaa !15
  %538 = add i64 %537, 1
  call void @_ZdlPvm(ptr noundef %533, i64 noundef %538) #26
  br label %539

539:                                              ; preds = %536, %532, %528
  store i8 -1, ptr %529, align 8, !tbaa !40
  %540 = load ptr, ptr %20, align 8, !tbaa !13
  %541 = icmp eq ptr %540, %473
  br i1 %541, label %545, label %542

542:                                              ; preds = %539
  %543 = load i64, ptr %473, align 8, !tbaa !15
  %544 = add i64 %543, 1
  call void @_ZdlPvm(ptr noundef %540, i64 noundef %544) #26
  br label %545

545:                                              ; preds = %539, %542
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %20) #24
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %19) #24
  %546 = load ptr, ptr %18, align 8, !tbaa !23
  %547 = getelementptr inbounds i8, ptr %18, i64 8
  %548 = load ptr, ptr %547, align 8, !tbaa !23
  %549 = icmp eq ptr %546, %548
  br i1 %549, label %552, label %550

550:                                              ; preds = %545
  %551 = getelementptr inbounds i8, ptr %21, i64 16
  br label %565

552:                                              ; preds = %585, %545
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %23) #24
  %553 = getelementptr inbounds i8, ptr %23, i64 16
  store ptr %553, ptr %23, align 8, !tbaa !6
  %554 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 0, ptr %554, align 8, !tbaa !16
  store i8 0, ptr %553, align 8, !tbaa !15
  br label %655

555:                                              ; preds = %486, %490
  %556 = getelementptr inbounds i8, ptr %19, i64 120
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %556) #24
  %557 = getelementptr inbounds i8, ptr %19, i64 80
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %557) #24
  %558 = getelementptr inbounds i8, ptr %19, i64 40
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %558) #24
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %19) #24
  %559 = load ptr, ptr %20, align 8, !tbaa !13
  %560 = icmp eq ptr %559, %473
  br i1 %560, label %564, label %561

561:                                              ; preds = %555
  %562 = load i64, ptr %473, align 8, !tbaa !15
  %563 = add i64 %562, 1
  call void @_ZdlPvm(ptr noundef %559, i64 noundef %563) #26
  br label %564

564:                                              ; preds = %555, %561
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %20) #24
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %19) #24
  br label %773

565:                                              ; preds = %550, %585
  %566 = phi ptr [ %546, %550 ], [ %586, %585 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %21) #24
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %22) #24
  %567 = getelementptr inbounds i8, ptr %566, i64 32
  %568 = load i8, ptr %567, align 8, !tbaa !40, !noalias !48
  switch i8 %568, label %574 [
    i8 0, label %569
    i8 1, label %571
    i8 2, label %573
  ]

569:                                              ; preds = %565
  %570 = load i32, ptr %566, align 4, !tbaa !31, !noalias !53
  invoke void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, i32 noundef %570)
          to label %575 unwind label %588

571:                                              ; preds = %565
  %572 = load double, ptr %566, align 8, !tbaa !60, !noalias !61
  invoke void @_ZNK8DescribeclB5cxx11Ed(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, double noundef %572)
          to label %575 unwind label %588

573:                                              ; preds = %565
  invoke void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, ptr noundef nonnull align 8 dereferenceable(32) %566)
          to label %575 unwind label %588

574:                                              ; preds = %565
  unreachable

575:                                              ; preds = %569, %571, %573
  %576 = load ptr, ptr %21, align 8, !tbaa !13
  %577 = load i8, ptr %567, align 8, !tbaa !40
  %578 = zext i8 %577 to i64
  %579 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %576, i64 noundef %578)
  %580 = load ptr, ptr %21, align 8, !tbaa !13
  %581 = icmp eq ptr %580, %551
  br i1 %581, label %585, label %582

582:                                              ; preds = %575
  %583 = load i64, ptr %551, align 8, !tbaa !15
  %584 = add i64 %583, 1
  call void @_ZdlPvm(ptr noundef %580, i64 noundef %584) #26
  br label %585

585:                                              ; preds = %575, %582
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #24
  %586 = getelementptr inbounds i8, ptr %566, i64 40
  %587 = icmp eq ptr %586, %548
  br i1 %587, label %552, label %565

588:                                              ; preds = %573, %571, %569
  %589 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #24
  br label %771

590:                                              ; preds = %672
  %591 = load i64, ptr %554, align 8, !tbaa !16
  %592 = getelementptr inbounds i8, ptr %677, i64 %591
  %593 = icmp eq i64 %591, 0
  br i1 %593, label %687, label %594

594:                                              ; preds = %590
  %595 = icmp ult i64 %591, 8
  br i1 %595, label %643, label %596

596:                                              ; preds = %594
  %597 = icmp ult i64 %591, 32
  br i1 %597, label %624, label %598

598:                                              ; preds = %596
  %599 = and i64 %591, -32
  br label %600

600:                                              ; preds = %600, %598
  %601 = phi i64 [ 0, %598 ], [ %614, %600 ]
  %602 = phi <16 x i32> [ zeroinitializer, %598 ], [ %612, %600 ]
  %603 = phi <16 x i32> [ zeroinitializer, %598 ], [ %613, %600 ]
  %604 = getelementptr i8, ptr %677, i64 %601
  %605 = getelementptr i8, ptr %604, i64 16
  %606 = load <16 x i8>, ptr %604, align 1, !tbaa !15
  %607 = load <16 x i8>, ptr %605, align 1, !tbaa !15
  %608 = icmp eq <16 x i8> %606, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %609 = icmp eq <16 x i8> %607, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %610 = zext <16 x i1> %608 to <16 x i32>
  %611 = zext <16 x i1> %609 to <16 x i32>
  %612 = add <16 x i32> %602, %610
  %613 = add <16 x i32> %603, %611
  %614 = add nuw i64 %601, 32
  %615 = icmp eq i64 %614, %599
  br i1 %615, label %616, label %600, !llvm.loop !68

616:                                              ; preds = %600
  %617 = add <16 x i32> %613, %612
  %618 = call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %617)
  %619 = icmp eq i64 %591, %599
  br i1 %619, label %687, label %620

620:                                              ; preds = %616
  %621 = getelementptr i8, ptr %677, i64 %599
  %622 = and i64 %591, 24
  %623 = icmp eq i64 %622, 0
  br i1 %623, label %643, label %624

624:                                              ; preds = %596, %620
  %625 = phi i32 [ %618, %620 ], [ 0, %596 ]
  %626 = phi i64 [ %599, %620 ], [ 0, %596 ]
  %627 = and i64 %591, -8
  %628 = getelementptr i8, ptr %677, i64 %627
  %629 = insertelement <8 x i32> <i32 poison, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>, i32 %625, i64 0
  br label %630

630:                                              ; preds = %630, %624
  %631 = phi i64 [ %626, %624 ], [ %638, %630 ]
  %632 = phi <8 x i32> [ %629, %624 ], [ %637, %630 ]
  %633 = getelementptr i8, ptr %677, i64 %631
  %634 = load <8 x i8>, ptr %633, align 1, !tbaa !15
  %635 = icmp eq <8 x i8> %634, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %636 = zext <8 x i1> %635 to <8 x i32>
  %637 = add <8 x i32> %632, %636
  %638 = add nuw i64 %631, 8
  %639 = icmp eq i64 %638, %627
  br i1 %639, label %640, label %630, !llvm.loop !71

640:                                              ; preds = %630
  %641 = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %637)
  %642 = icmp eq i64 %591, %627
  br i1 %642, label %687, label %643

643:                                              ; preds = %640, %594, %620
  %644 = phi i32 [ 0, %594 ], [ %618, %620 ], [ %641, %640 ]
  %645 = phi ptr [ %677, %594 ], [ %621, %620 ], [ %628, %640 ]
  br label %646

646:                                              ; preds = %643, %646
  %647 = phi i32 [ %652, %646 ], [ %644, %643 ]
  %648 = phi ptr [ %653, %646 ], [ %645, %643 ]
  %649 = load i8, ptr %648, align 1, !tbaa !15
  %650 = icmp eq i8 %649, 122
  %651 = zext i1 %650 to i32
  %652 = add i32 %647, %651
  %653 = getelementptr inbounds i8, ptr %648, i64 1
  %654 = icmp eq ptr %653, %592
  br i1 %654, label %687, label %646, !llvm.loop !72

655:                                              ; preds = %552, %672
  %656 = phi i32 [ 0, %552 ], [ %681, %672 ]
  %657 = phi ptr [ %553, %552 ], [ %677, %672 ]
  %658 = phi i64 [ 0, %552 ], [ %680, %672 ]
  %659 = trunc nuw i32 %656 to i16
  %660 = urem i16 %659, 26
  %661 = trunc nuw nsw i16 %660 to i8
  %662 = add nuw nsw i8 %661, 97
  %663 = load i64, ptr %554, align 8, !tbaa !16
  %664 = add i64 %663, 1
  %665 = icmp eq ptr %657, %553
  %666 = load i64, ptr %553, align 8
  %667 = select i1 %665, i64 15, i64 %666
  %668 = icmp ugt i64 %664, %667
  br i1 %668, label %669, label %672

669:                                              ; preds = %655
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %23, i64 noundef %663, i64 noundef 0, ptr noundef null, i64 noundef 1)
          to label %670 unwind label %683

670:                                              ; preds = %669
  %671 = load ptr, ptr %23, align 8, !tbaa !13
  br label %672

672:                                              ; preds = %670, %655
  %673 = phi ptr [ %671, %670 ], [ %657, %655 ]
  %674 = getelementptr inbounds i8, ptr %673, i64 %663
  store i8 %662, ptr %674, align 1, !tbaa !15
  store i64 %664, ptr %554, align 8, !tbaa !16
  %675 = load ptr, ptr %23, align 8, !tbaa !13
  %676 = getelementptr inbounds i8, ptr %675, i64 %664
  store i8 0, ptr %676, align 1, !tbaa !15
  %677 = load ptr, ptr %23, align 8, !tbaa !13
  %678 = icmp ne ptr %677, %657
  %679 = zext i1 %678 to i64
  %680 = add i64 %658, %679
  %681 = add nuw nsw i32 %656, 1
  %682 = icmp eq i32 %681, 1000
  br i1 %682, label %590, label %655, !llvm.loop !73

683:                                              ; preds = %669
  %684 = landingpad { ptr, i32 }
          cleanup
  %685 = load ptr, ptr %23, align 8, !tbaa !13
  %686 = icmp eq ptr %685, %553
  br i1 %686, label %770, label %767

687:                                              ; preds = %646, %616, %640, %590
  %688 = phi i32 [ 0, %590 ], [ %618, %616 ], [ %641, %640 ], [ %652, %646 ]
  %689 = icmp ugt i64 %680, 3
  %690 = select i1 %689, ptr @.str.24, ptr @.str.25
  %691 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %591, ptr noundef nonnull %690, i32 noundef %688)
  %692 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef 6, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str.26, i64 2), i32 noundef 1)
  %693 = load ptr, ptr %23, align 8, !tbaa !13
  %694 = icmp eq ptr %693, %553
  br i1 %694, label %698, label %695

695:                                              ; preds = %687
  %696 = load i64, ptr %553, align 8, !tbaa !15
  %697 = add i64 %696, 1
  call void @_ZdlPvm(ptr noundef %693, i64 noundef %697) #26
  br label %698

698:                                              ; preds = %687, %695
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %23) #24
  %699 = load ptr, ptr %18, align 8, !tbaa !45
  %700 = load ptr, ptr %547, align 8, !tbaa !74
  %701 = icmp eq ptr %699, %700
  br i1 %701, label %719, label %702

702:                                              ; preds = %698, %714
  %703 = phi ptr [ %715, %714 ], [ %699, %698 ]
  %704 = getelementptr inbounds i8, ptr %703, i64 32
  %705 = load i8, ptr %704, align 8, !tbaa !40
  %706 = icmp ult i8 %705, 2
  br i1 %706, label %714, label %707

707:                                              ; preds = %702
  %708 = load ptr, ptr %703, align 8, !tbaa !13
  %709 = getelementptr inbounds i8, ptr %703, i64 16
  %710 = icmp eq ptr %708, %709
  br i1 %710, label %714, label %711

711:                                              ; preds = %707
  %712 = load i64, ptr %709, align 8, !tbaa !15
  %713 = add i64 %712, 1
  call void @_ZdlPvm(ptr noundef %708, i64 noundef %713) #26
  br label %714

714:                                              ; preds = %711, %707, %702
  store i8 -1, ptr %704, align 8, !tbaa !40
  %715 = getelementptr inbounds i8, ptr %703, i64 40
  %716 = icmp eq ptr %715, %700
  br i1 %716, label %717, label %702, !llvm.loop !75

717:                                              ; preds = %714
  %718 = load ptr, ptr %18, align 8, !tbaa !45
  br label %719

719:                                              ; preds = %717, %698
  %720 = phi ptr [ %718, %717 ], [ %699, %698 ]
  %721 = icmp eq ptr %720, null
  br i1 %721, label %728, label %722

722:                                              ; preds = %719
  %723 = getelementptr inbounds i8, ptr %18, i64 16
  %724 = load ptr, ptr %723, align 8, !tbaa !47
  %725 = ptrtoint ptr %724 to i64
  %726 = ptrtoint ptr %720 to i64
  %727 = sub i64 %725, %726
  call void @_ZdlPvm(ptr noundef nonnull %720, i64 noundef %727) #26
  br label %728

728:                                              ; preds = %719, %722
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #24
  %729 = load ptr, ptr %9, align 8, !tbaa !76
  %730 = load ptr, ptr %179, align 8, !tbaa !78
  %731 = icmp eq ptr %729, %730
  br i1 %731, label %745, label %732

732:                                              ; preds = %728, %740
  %733 = phi ptr [ %741, %740 ], [ %729, %728 ]
  %734 = load ptr, ptr %733, align 8, !tbaa !13
  %735 = getelementptr inbounds i8, ptr %733, i64 16
  %736 = icmp eq ptr %734, %735
  br i1 %736, label %740, label %737

737:                                              ; preds = %732
  %738 = load i64, ptr %735, align 8, !tbaa !15
  %739 = add i64 %738, 1
  call void @_ZdlPvm(ptr noundef %734, i64 noundef %739) #26
  br label %740

740:                                              ; preds = %737, %732
  %741 = getelementptr inbounds i8, ptr %733, i64 32
  %742 = icmp eq ptr %741, %730
  br i1 %742, label %743, label %732, !llvm.loop !79

743:                                              ; preds = %740
  %744 = load ptr, ptr %9, align 8, !tbaa !76
  br label %745

745:                                              ; preds = %743, %728
  %746 = phi ptr [ %744, %743 ], [ %729, %728 ]
  %747 = icmp eq ptr %746, null
  br i1 %747, label %754, label %748

748:                                              ; preds = %745
  %749 = getelementptr inbounds i8, ptr %9, i64 16
  %750 = load ptr, ptr %749, align 8, !tbaa !80
  %751 = ptrtoint ptr %750 to i64
  %752 = ptrtoint ptr %746 to i64
  %753 = sub i64 %751, %752
  call void @_ZdlPvm(ptr noundef nonnull %746, i64 noundef %753) #26
  br label %754

754:                                              ; preds = %745, %748
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %9) #24
  %755 = load ptr, ptr %8, align 8, !tbaa !13
  %756 = icmp eq ptr %755, %76
  br i1 %756, label %760, label %757

757:                                              ; preds = %754
  %758 = load i64, ptr %76, align 8, !tbaa !15
  %759 = add i64 %758, 1
  call void @_ZdlPvm(ptr noundef %755, i64 noundef %759) #26
  br label %760

760:                                              ; preds = %754, %757
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  %761 = load ptr, ptr %6, align 8, !tbaa !13
  %762 = icmp eq ptr %761, %24
  br i1 %762, label %766, label %763

763:                                              ; preds = %760
  %764 = load i64, ptr %24, align 8, !tbaa !15
  %765 = add i64 %764, 1
  call void @_ZdlPvm(ptr noundef %761, i64 noundef %765) #26
  br label %766

766:                                              ; preds = %760, %763
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  ret i32 0

767:                                              ; preds = %683
  %768 = load i64, ptr %553, align 8, !tbaa !15
  %769 = add i64 %768, 1
  call void @_ZdlPvm(ptr noundef %685, i64 noundef %769) #26
  br label %770

770:                                              ; preds = %683, %767
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %23) #24
  br label %771

771:                                              ; preds = %770, %588
  %772 = phi { ptr, i32 } [ %589, %588 ], [ %684, %770 ]
  call void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #24
  br label %773

773:                                              ; preds = %771, %564
  %774 = phi { ptr, i32 } [ %772, %771 ], [ %487, %564 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #24
  br label %775

775:                                              ; preds = %149, %151, %773, %357, %337
  %776 = phi { ptr, i32 } [ %774, %773 ], [ %351, %357 ], [ %331, %337 ], [ %152, %151 ], [ %150, %149 ]
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %9) #24
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %9) #24
  %777 = load ptr, ptr %8, align 8, !tbaa !13
  %778 = icmp eq ptr %777, %76
  br i1 %778, label %782, label %779

779:                                              ; preds = %775
  %780 = load i64, ptr %76, align 8, !tbaa !15
  %781 = add i64 %780, 1
  call void @_ZdlPvm(ptr noundef %777, i64 noundef %781) #26
  br label %782

782:                                              ; preds = %779, %775, %147
  %783 = phi { ptr, i32 } [ %148, %147 ], [ %776, %775 ], [ %776, %779 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  br label %784

784:                                              ; preds = %143, %145, %782, %141
  %785 = phi { ptr, i32 } [ %142, %141 ], [ %783, %782 ], [ %146, %145 ], [ %144, %143 ]
  %786 = load ptr, ptr %6, align 8, !tbaa !13
  %787 = icmp eq ptr %786, %24
  br i1 %787, label %791, label %788

788:                                              ; preds = %784
  %789 = load i64, ptr %24, align 8, !tbaa !15
  %790 = add i64 %789, 1
  call void @_ZdlPvm(ptr noundef %786, i64 noundef %790) #26
  br label %791

791:                                              ; preds = %788, %784
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  resume { ptr, i32 } %785
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32), i8 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !23
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !80
  %8 = icmp eq ptr %5, %7
  br i1 %8, label %36, label %9

9:                                                ; preds = %2
  %10 = load i64, ptr %1, align 8, !tbaa !11
  %11 = getelementptr inbounds i8, ptr %1, i64 8
  %12 = load i64, ptr %11, align 8, !tbaa !23
  %13 = inttoptr i64 %12 to ptr
  %14 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %14, ptr %5, align 8, !tbaa !6
  %15 = icmp eq i64 %12, 0
  %16 = icmp ne i64 %10, 0
  %17 = and i1 %16, %15
  br i1 %17, label %18, label %19

18:                                               ; preds = %9
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #25
  unreachable

19:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store i64 %10, ptr %3, align 8, !tbaa !11
  %20 = icmp ugt i64 %10, 15
  br i1 %20, label %21, label %24

21:                                               ; preds = %19
  %22 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %22, ptr %5, align 8, !tbaa !13
  %23 = load i64, ptr %3, align 8, !tbaa !11
  store i64 %23, ptr %14, align 8, !tbaa !15
  br label %24

24:                                               ; preds = %21, %19
  %25 = phi ptr [ %22, %21 ], [ %14, %19 ]
  switch i64 %10, label %28 [
    i64 1, label %26
    i64 0, label %29
  ]

26:                                               ; preds = %24
  %27 = load i8, ptr %13, align 1, !tbaa !15
  store i8 %27, ptr %25, align 1, !tbaa !15
  br label %29

28:                                               ; preds = %24
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %25, ptr align 1 %13, i64 %10, i1 false)
  br label %29

29:                                               ; preds = %24, %26, %28
  %30 = load i64, ptr %3, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %30, ptr %31, align 8, !tbaa !16
  %32 = load ptr, ptr %5, align 8, !tbaa !13
  %33 = getelementptr inbounds i8, ptr %32, i64 %30
  store i8 0, ptr %33, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %34 = load ptr, ptr %4, align 8, !tbaa !78
  %35 = getelementptr inbounds i8, ptr %34, i64 32
  store ptr %35, ptr %4, align 8, !tbaa !78
  br label %39

36:                                               ; preds = %2
  %37 = ptrtoint ptr %5 to i64
  tail call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %37, ptr noundef nonnull align 8 dereferenceable(16) %1)
  %38 = load ptr, ptr %4, align 8, !tbaa !23
  br label %39

39:                                               ; preds = %36, %29
  %40 = phi ptr [ %38, %36 ], [ %35, %29 ]
  %41 = getelementptr inbounds i8, ptr %40, i64 -32
  ret ptr %41
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 32
  %3 = load i8, ptr %2, align 8, !tbaa !40
  %4 = icmp ult i8 %3, 2
  br i1 %4, label %12, label %5

5:                                                ; preds = %1
  %6 = load ptr, ptr %0, align 8, !tbaa !13
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = icmp eq ptr %6, %7
  br i1 %8, label %12, label %9

9:                                                ; preds = %5
  %10 = load i64, ptr %7, align 8, !tbaa !15
  %11 = add i64 %10, 1
  tail call void @_ZdlPvm(ptr noundef %6, i64 noundef %11) #26
  br label %12

12:                                               ; preds = %9, %5, %1
  store i8 -1, ptr %2, align 8, !tbaa !40
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !45
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !74
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %23, label %6

6:                                                ; preds = %1, %18
  %7 = phi ptr [ %19, %18 ], [ %2, %1 ]
  %8 = getelementptr inbounds i8, ptr %7, i64 32
  %9 = load i8, ptr %8, align 8, !tbaa !40
  %10 = icmp ult i8 %9, 2
  br i1 %10, label %18, label %11

11:                                               ; preds = %6
  %12 = load ptr, ptr %7, align 8, !tbaa !13
  %13 = getelementptr inbounds i8, ptr %7, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %18, label %15

15:                                               ; preds = %11
  %16 = load i64, ptr %13, align 8, !tbaa !15
  %17 = add i64 %16, 1
  tail call void @_ZdlPvm(ptr noundef %12, i64 noundef %17) #26
  br label %18

18:                                               ; preds = %15, %11, %6
  store i8 -1, ptr %8, align 8, !tbaa !40
  %19 = getelementptr inbounds i8, ptr %7, i64 40
  %20 = icmp eq ptr %19, %4
  br i1 %20, label %21, label %6, !llvm.loop !75

21:                                               ; preds = %18
  %22 = load ptr, ptr %0, align 8, !tbaa !45
  br label %23

23:                                               ; preds = %21, %1
  %24 = phi ptr [ %22, %21 ], [ %2, %1 ]
  %25 = icmp eq ptr %24, null
  br i1 %25, label %32, label %26

26:                                               ; preds = %23
  %27 = getelementptr inbounds i8, ptr %0, i64 16
  %28 = load ptr, ptr %27, align 8, !tbaa !47
  %29 = ptrtoint ptr %28 to i64
  %30 = ptrtoint ptr %24 to i64
  %31 = sub i64 %29, %30
  tail call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %31) #26
  br label %32

32:                                               ; preds = %23, %26
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !76
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !78
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !13
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !15
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #26
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !79

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !76
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !80
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #26
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #24
  tail call void @_ZSt9terminatev() #28
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) local_unnamed_addr #9

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, ...) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %5 = alloca i64, align 8
  %6 = alloca %"struct.std::__va_list", align 8
  %7 = alloca %"struct.std::__va_list", align 8
  %8 = alloca i8, i64 %2, align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #24
  call void @llvm.va_start.p0(ptr nonnull %6)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(32) %6, i64 32, i1 false), !tbaa.struct !81
  %9 = call noundef i32 %1(ptr noundef nonnull %8, i64 noundef %2, ptr noundef %3, ptr noundef nonnull %7)
  call void @llvm.va_end.p0(ptr nonnull %6)
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %11, ptr %0, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 %10, ptr %5, align 8, !tbaa !11
  %12 = icmp ugt i32 %9, 15
  br i1 %12, label %13, label %16

13:                                               ; preds = %4
  %14 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
  store ptr %14, ptr %0, align 8, !tbaa !13
  %15 = load i64, ptr %5, align 8, !tbaa !11
  store i64 %15, ptr %11, align 8, !tbaa !15
  br label %16

16:                                               ; preds = %13, %4
  %17 = phi ptr [ %14, %13 ], [ %11, %4 ]
  switch i32 %9, label %20 [
    i32 1, label %18
    i32 0, label %21
  ]

18:                                               ; preds = %16
  %19 = load i8, ptr %8, align 16, !tbaa !15
  store i8 %19, ptr %17, align 1, !tbaa !15
  br label %21

20:                                               ; preds = %16
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %17, ptr nonnull align 16 %8, i64 %10, i1 false)
  br label %21

21:                                               ; preds = %20, %18, %16
  %22 = load i64, ptr %5, align 8, !tbaa !11
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %22, ptr %23, align 8, !tbaa !16
  %24 = load ptr, ptr %0, align 8, !tbaa !13
  %25 = getelementptr inbounds i8, ptr %24, i64 %22
  store i8 0, ptr %25, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr nocapture noundef, i64 noundef, ptr nocapture noundef readonly, ptr noundef) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #11

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #13

; Function Attrs: noreturn
declare void @_ZSt24__throw_invalid_argumentPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__errno_location() local_unnamed_addr #14

; Function Attrs: noreturn
declare void @_ZSt20__throw_out_of_rangePKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(ptr noundef readonly, ptr nocapture noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, i32 noundef %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  tail call void @llvm.experimental.noalias.scope.decl(metadata !82)
  %5 = tail call i32 @llvm.abs.i32(i32 %2, i1 false)
  %6 = icmp ult i32 %5, 10
  br i1 %6, label %25, label %7

7:                                                ; preds = %3, %21
  %8 = phi i32 [ %22, %21 ], [ %5, %3 ]
  %9 = phi i32 [ %23, %21 ], [ 1, %3 ]
  %10 = icmp ult i32 %8, 100
  br i1 %10, label %11, label %13

11:                                               ; preds = %7
  %12 = add i32 %9, 1
  br label %25

13:                                               ; preds = %7
  %14 = icmp ult i32 %8, 1000
  br i1 %14, label %15, label %17

15:                                               ; preds = %13
  %16 = add i32 %9, 2
  br label %25

17:                                               ; preds = %13
  %18 = icmp ult i32 %8, 10000
  br i1 %18, label %19, label %21

19:                                               ; preds = %17
  %20 = add i32 %9, 3
  br label %25

21:                                               ; preds = %17
  %22 = udiv i32 %8, 10000
  %23 = add i32 %9, 4
  %24 = icmp ult i32 %8, 100000
  br i1 %24, label %25, label %7, !llvm.loop !36

25:                                               ; preds = %21, %19, %15, %11, %3
  %26 = phi i32 [ %12, %11 ], [ %16, %15 ], [ %20, %19 ], [ 1, %3 ], [ %23, %21 ]
  %27 = lshr i32 %2, 31
  %28 = add i32 %26, %27
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %30, ptr %4, align 8, !tbaa !6, !alias.scope !82
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef %29, i8 noundef 45)
          to label %31 unwind label %76

31:                                               ; preds = %25
  %32 = zext nneg i32 %27 to i64
  %33 = load ptr, ptr %4, align 8, !tbaa !13, !alias.scope !82
  %34 = getelementptr inbounds i8, ptr %33, i64 %32
  %35 = icmp ugt i32 %5, 99
  br i1 %35, label %36, label %60

36:                                               ; preds = %31
  %37 = add i32 %26, -1
  br label %38

38:                                               ; preds = %38, %36
  %39 = phi i32 [ %42, %38 ], [ %5, %36 ]
  %40 = phi i32 [ %58, %38 ], [ %37, %36 ]
  %41 = freeze i32 %39
  %42 = udiv i32 %41, 100
  %43 = mul i32 %42, 100
  %44 = sub i32 %41, %43
  %45 = shl nuw nsw i32 %44, 1
  %46 = or disjoint i32 %45, 1
  %47 = zext nneg i32 %46 to i64
  %48 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !15, !noalias !82
  %50 = zext i32 %40 to i64
  %51 = getelementptr inbounds i8, ptr %34, i64 %50
  store i8 %49, ptr %51, align 1, !tbaa !15
  %52 = zext nneg i32 %45 to i64
  %53 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !15, !noalias !82
  %55 = add i32 %40, -1
  %56 = zext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %34, i64 %56
  store i8 %54, ptr %57, align 1, !tbaa !15
  %58 = add i32 %40, -2
  %59 = icmp ugt i32 %39, 9999
  br i1 %59, label %38, label %60, !llvm.loop !37

60:                                               ; preds = %38, %31
  %61 = phi i32 [ %5, %31 ], [ %42, %38 ]
  %62 = icmp ugt i32 %61, 9
  br i1 %62, label %63, label %73

63:                                               ; preds = %60
  %64 = shl nuw nsw i32 %61, 1
  %65 = or disjoint i32 %64, 1
  %66 = zext nneg i32 %65 to i64
  %67 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !15, !noalias !82
  %69 = getelementptr inbounds i8, ptr %34, i64 1
  store i8 %68, ptr %69, align 1, !tbaa !15
  %70 = zext nneg i32 %64 to i64
  %71 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !15, !noalias !82
  br label %79

73:                                               ; preds = %60
  %74 = trunc nuw i32 %61 to i8
  %75 = or disjoint i8 %74, 48
  br label %79

76:                                               ; preds = %25
  %77 = landingpad { ptr, i32 }
          catch ptr null
  %78 = extractvalue { ptr, i32 } %77, 0
  call void @__clang_call_terminate(ptr %78) #28
  unreachable

79:                                               ; preds = %63, %73
  %80 = phi i8 [ %75, %73 ], [ %72, %63 ]
  store i8 %80, ptr %34, align 1, !tbaa !15
  %81 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.36, i64 noundef 4)
          to label %82 unwind label %107

82:                                               ; preds = %79
  %83 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %83, ptr %0, align 8, !tbaa !6, !alias.scope !85
  %84 = load ptr, ptr %81, align 8, !tbaa !13
  %85 = getelementptr inbounds i8, ptr %81, i64 16
  %86 = icmp eq ptr %84, %85
  br i1 %86, label %87, label %93

87:                                               ; preds = %82
  %88 = getelementptr inbounds i8, ptr %81, i64 8
  %89 = load i64, ptr %88, align 8, !tbaa !16
  %90 = add i64 %89, 1
  %91 = icmp eq i64 %90, 0
  br i1 %91, label %97, label %92

92:                                               ; preds = %87
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %83, ptr nonnull align 8 %85, i64 %90, i1 false)
  br label %97

93:                                               ; preds = %82
  store ptr %84, ptr %0, align 8, !tbaa !13, !alias.scope !85
  %94 = load i64, ptr %85, align 8, !tbaa !15
  store i64 %94, ptr %83, align 8, !tbaa !15, !alias.scope !85
  %95 = getelementptr inbounds i8, ptr %81, i64 8
  %96 = load i64, ptr %95, align 8, !tbaa !16
  br label %97

97:                                               ; preds = %93, %92, %87
  %98 = phi i64 [ -1, %87 ], [ %89, %92 ], [ %96, %93 ]
  %99 = getelementptr inbounds i8, ptr %81, i64 8
  %100 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %98, ptr %100, align 8, !tbaa !16, !alias.scope !85
  store ptr %85, ptr %81, align 8, !tbaa !13
  store i64 0, ptr %99, align 8, !tbaa !16
  store i8 0, ptr %85, align 8, !tbaa !15
  %101 = load ptr, ptr %4, align 8, !tbaa !13
  %102 = icmp eq ptr %101, %30
  br i1 %102, label %106, label %103

103:                                              ; preds = %97
  %104 = load i64, ptr %30, align 8, !tbaa !15
  %105 = add i64 %104, 1
  call void @_ZdlPvm(ptr noundef %101, i64 noundef %105) #26
  br label %106

106:                                              ; preds = %97, %103
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

107:                                              ; preds = %79
  %108 = landingpad { ptr, i32 }
          cleanup
  %109 = load ptr, ptr %4, align 8, !tbaa !13
  %110 = icmp eq ptr %109, %30
  br i1 %110, label %114, label %111

111:                                              ; preds = %107
  %112 = load i64, ptr %30, align 8, !tbaa !15
  %113 = add i64 %112, 1
  call void @_ZdlPvm(ptr noundef %109, i64 noundef %113) #26
  br label %114

114:                                              ; preds = %107, %111
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  resume { ptr, i32 } %108
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ed(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, double noundef %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef %2)
  %5 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.39, i64 noundef 7)
          to label %6 unwind label %32

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %7, ptr %0, align 8, !tbaa !6, !alias.scope !88
  %8 = load ptr, ptr %5, align 8, !tbaa !13
  %9 = getelementptr inbounds i8, ptr %5, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %11, label %17

11:                                               ; preds = %6
  %12 = getelementptr inbounds i8, ptr %5, i64 8
  %13 = load i64, ptr %12, align 8, !tbaa !16
  %14 = add i64 %13, 1
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %21, label %16

16:                                               ; preds = %11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %7, ptr nonnull align 8 %9, i64 %14, i1 false)
  br label %21

17:                                               ; preds = %6
  store ptr %8, ptr %0, align 8, !tbaa !13, !alias.scope !88
  %18 = load i64, ptr %9, align 8, !tbaa !15
  store i64 %18, ptr %7, align 8, !tbaa !15, !alias.scope !88
  %19 = getelementptr inbounds i8, ptr %5, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !16
  br label %21

21:                                               ; preds = %17, %16, %11
  %22 = phi i64 [ -1, %11 ], [ %13, %16 ], [ %20, %17 ]
  %23 = getelementptr inbounds i8, ptr %5, i64 8
  %24 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %22, ptr %24, align 8, !tbaa !16, !alias.scope !88
  store ptr %9, ptr %5, align 8, !tbaa !13
  store i64 0, ptr %23, align 8, !tbaa !16
  store i8 0, ptr %9, align 8, !tbaa !15
  %25 = load ptr, ptr %4, align 8, !tbaa !13
  %26 = getelementptr inbounds i8, ptr %4, i64 16
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %31, label %28

28:                                               ; preds = %21
  %29 = load i64, ptr %26, align 8, !tbaa !15
  %30 = add i64 %29, 1
  call void @_ZdlPvm(ptr noundef %25, i64 noundef %30) #26
  br label %31

31:                                               ; preds = %21, %28
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

32:                                               ; preds = %3
  %33 = landingpad { ptr, i32 }
          cleanup
  %34 = load ptr, ptr %4, align 8, !tbaa !13
  %35 = getelementptr inbounds i8, ptr %4, i64 16
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %40, label %37

37:                                               ; preds = %32
  %38 = load i64, ptr %35, align 8, !tbaa !15
  %39 = add i64 %38, 1
  call void @_ZdlPvm(ptr noundef %34, i64 noundef %39) #26
  br label %40

40:                                               ; preds = %32, %37
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  resume { ptr, i32 } %33
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.40, ptr noundef nonnull align 8 dereferenceable(32) %2)
  call void @llvm.experimental.noalias.scope.decl(metadata !91)
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %6 = load i64, ptr %5, align 8, !tbaa !16, !noalias !91
  %7 = icmp eq i64 %6, 4611686018427387903
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #25
          to label %9 unwind label %38

9:                                                ; preds = %8
  unreachable

10:                                               ; preds = %3
  %11 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull @.str.41, i64 noundef 1)
          to label %12 unwind label %38

12:                                               ; preds = %10
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %13, ptr %0, align 8, !tbaa !6, !alias.scope !91
  %14 = load ptr, ptr %11, align 8, !tbaa !13
  %15 = getelementptr inbounds i8, ptr %11, i64 16
  %16 = icmp eq ptr %14, %15
  br i1 %16, label %17, label %23

17:                                               ; preds = %12
  %18 = getelementptr inbounds i8, ptr %11, i64 8
  %19 = load i64, ptr %18, align 8, !tbaa !16
  %20 = add i64 %19, 1
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %27, label %22

22:                                               ; preds = %17
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %13, ptr nonnull align 8 %15, i64 %20, i1 false)
  br label %27

23:                                               ; preds = %12
  store ptr %14, ptr %0, align 8, !tbaa !13, !alias.scope !91
  %24 = load i64, ptr %15, align 8, !tbaa !15
  store i64 %24, ptr %13, align 8, !tbaa !15, !alias.scope !91
  %25 = getelementptr inbounds i8, ptr %11, i64 8
  %26 = load i64, ptr %25, align 8, !tbaa !16
  br label %27

27:                                               ; preds = %23, %22, %17
  %28 = phi i64 [ -1, %17 ], [ %19, %22 ], [ %26, %23 ]
  %29 = getelementptr inbounds i8, ptr %11, i64 8
  %30 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %28, ptr %30, align 8, !tbaa !16, !alias.scope !91
  store ptr %15, ptr %11, align 8, !tbaa !13
  store i64 0, ptr %29, align 8, !tbaa !16
  store i8 0, ptr %15, align 8, !tbaa !15
  %31 = load ptr, ptr %4, align 8, !tbaa !13
  %32 = getelementptr inbounds i8, ptr %4, i64 16
  %33 = icmp eq ptr %31, %32
  br i1 %33, label %37, label %34

34:                                               ; preds = %27
  %35 = load i64, ptr %32, align 8, !tbaa !15
  %36 = add i64 %35, 1
  call void @_ZdlPvm(ptr noundef %31, i64 noundef %36) #26
  br label %37

37:                                               ; preds = %27, %34
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

38:                                               ; preds = %10, %8
  %39 = landingpad { ptr, i32 }
          cleanup
  %40 = load ptr, ptr %4, align 8, !tbaa !13
  %41 = getelementptr inbounds i8, ptr %4, i64 16
  %42 = icmp eq ptr %40, %41
  br i1 %42, label %46, label %43

43:                                               ; preds = %38
  %44 = load i64, ptr %41, align 8, !tbaa !15
  %45 = add i64 %44, 1
  call void @_ZdlPvm(ptr noundef %40, i64 noundef %45) #26
  br label %46

46:                                               ; preds = %38, %43
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  resume { ptr, i32 } %39
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #24
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %5, ptr %0, align 8, !tbaa !6
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !16
  store i8 0, ptr %5, align 8, !tbaa !15
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = add i64 %8, %4
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9)
          to label %10 unwind label %26

10:                                               ; preds = %3
  %11 = load i64, ptr %6, align 8, !tbaa !16
  %12 = sub i64 4611686018427387903, %11
  %13 = icmp ult i64 %12, %4
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, i64 noundef %4)
          to label %16 unwind label %26

16:                                               ; preds = %14
  %17 = load i64, ptr %7, align 8, !tbaa !16
  %18 = load i64, ptr %6, align 8, !tbaa !16
  %19 = sub i64 4611686018427387903, %18
  %20 = icmp ult i64 %19, %17
  br i1 %20, label %21, label %23

21:                                               ; preds = %16, %10
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #25
          to label %22 unwind label %26

22:                                               ; preds = %21
  unreachable

23:                                               ; preds = %16
  %24 = load ptr, ptr %2, align 8, !tbaa !13
  %25 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %24, i64 noundef %17)
          to label %33 unwind label %26

26:                                               ; preds = %21, %23, %14, %3
  %27 = landingpad { ptr, i32 }
          cleanup
  %28 = load ptr, ptr %0, align 8, !tbaa !13
  %29 = icmp eq ptr %28, %5
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  %31 = load i64, ptr %5, align 8, !tbaa !15
  %32 = add i64 %31, 1
  tail call void @_ZdlPvm(ptr noundef %28, i64 noundef %32) #26
  br label %34

33:                                               ; preds = %23
  ret void

34:                                               ; preds = %30, %26
  resume { ptr, i32 } %27
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare i32 @toupper(i32 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(16) %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca i64, align 8
  %5 = inttoptr i64 %1 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !78
  %8 = load ptr, ptr %0, align 8, !tbaa !23
  %9 = ptrtoint ptr %7 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = icmp eq i64 %11, 9223372036854775776
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.46) #25
  unreachable

14:                                               ; preds = %3
  %15 = ashr exact i64 %11, 5
  %16 = tail call i64 @llvm.umax.i64(i64 %15, i64 1)
  %17 = add nsw i64 %16, %15
  %18 = icmp ult i64 %17, %15
  %19 = tail call i64 @llvm.umin.i64(i64 %17, i64 288230376151711743)
  %20 = select i1 %18, i64 288230376151711743, i64 %19
  %21 = sub i64 %1, %10
  %22 = ashr exact i64 %21, 5
  %23 = icmp eq i64 %20, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %14
  %25 = shl nuw nsw i64 %20, 5
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #30
  br label %27

27:                                               ; preds = %14, %24
  %28 = phi ptr [ %26, %24 ], [ null, %14 ]
  %29 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %22
  %30 = load i64, ptr %2, align 8, !tbaa !11
  %31 = getelementptr inbounds i8, ptr %2, i64 8
  %32 = load i64, ptr %31, align 8, !tbaa !23
  %33 = inttoptr i64 %32 to ptr
  %34 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %34, ptr %29, align 8, !tbaa !6
  %35 = icmp eq i64 %32, 0
  %36 = icmp ne i64 %30, 0
  %37 = and i1 %36, %35
  br i1 %37, label %38, label %40

38:                                               ; preds = %27
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #25
          to label %39 unwind label %121

39:                                               ; preds = %38
  unreachable

40:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %30, ptr %4, align 8, !tbaa !11
  %41 = icmp ugt i64 %30, 15
  br i1 %41, label %42, label %46

42:                                               ; preds = %40
  %43 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %44 unwind label %121

44:                                               ; preds = %42
  store ptr %43, ptr %29, align 8, !tbaa !13
  %45 = load i64, ptr %4, align 8, !tbaa !11
  store i64 %45, ptr %34, align 8, !tbaa !15
  br label %46

46:                                               ; preds = %44, %40
  %47 = phi ptr [ %43, %44 ], [ %34, %40 ]
  switch i64 %30, label %50 [
    i64 1, label %48
    i64 0, label %51
  ]

48:                                               ; preds = %46
  %49 = load i8, ptr %33, align 1, !tbaa !15
  store i8 %49, ptr %47, align 1, !tbaa !15
  br label %51

50:                                               ; preds = %46
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %47, ptr align 1 %33, i64 %30, i1 false)
  br label %51

51:                                               ; preds = %50, %48, %46
  %52 = load i64, ptr %4, align 8, !tbaa !11
  %53 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %52, ptr %53, align 8, !tbaa !16
  %54 = load ptr, ptr %29, align 8, !tbaa !13
  %55 = getelementptr inbounds i8, ptr %54, i64 %52
  store i8 0, ptr %55, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  %56 = icmp eq ptr %8, %5
  br i1 %56, label %81, label %57

57:                                               ; preds = %51, %74
  %58 = phi ptr [ %79, %74 ], [ %28, %51 ]
  %59 = phi ptr [ %78, %74 ], [ %8, %51 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !94)
  call void @llvm.experimental.noalias.scope.decl(metadata !97)
  %60 = getelementptr inbounds i8, ptr %58, i64 16
  store ptr %60, ptr %58, align 8, !tbaa !6, !alias.scope !94, !noalias !97
  %61 = load ptr, ptr %59, align 8, !tbaa !13, !alias.scope !97, !noalias !94
  %62 = getelementptr inbounds i8, ptr %59, i64 16
  %63 = icmp eq ptr %61, %62
  br i1 %63, label %64, label %70

64:                                               ; preds = %57
  %65 = getelementptr inbounds i8, ptr %59, i64 8
  %66 = load i64, ptr %65, align 8, !tbaa !16, !alias.scope !97, !noalias !94
  %67 = add i64 %66, 1
  %68 = icmp eq i64 %67, 0
  br i1 %68, label %74, label %69

69:                                               ; preds = %64
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %60, ptr nonnull align 8 %62, i64 %67, i1 false), !alias.scope !99
  br label %74

70:                                               ; preds = %57
  store ptr %61, ptr %58, align 8, !tbaa !13, !alias.scope !94, !noalias !97
  %71 = load i64, ptr %62, align 8, !tbaa !15, !alias.scope !97, !noalias !94
  store i64 %71, ptr %60, align 8, !tbaa !15, !alias.scope !94, !noalias !97
  %72 = getelementptr inbounds i8, ptr %59, i64 8
  %73 = load i64, ptr %72, align 8, !tbaa !16, !alias.scope !97, !noalias !94
  br label %74

74:                                               ; preds = %70, %69, %64
  %75 = phi i64 [ %73, %70 ], [ %66, %69 ], [ -1, %64 ]
  %76 = getelementptr inbounds i8, ptr %59, i64 8
  %77 = getelementptr inbounds i8, ptr %58, i64 8
  store i64 %75, ptr %77, align 8, !tbaa !16, !alias.scope !94, !noalias !97
  store ptr %62, ptr %59, align 8, !tbaa !13, !alias.scope !97, !noalias !94
  store i64 0, ptr %76, align 8, !tbaa !16, !alias.scope !97, !noalias !94
  store i8 0, ptr %62, align 1, !tbaa !15, !alias.scope !97, !noalias !94
  %78 = getelementptr inbounds i8, ptr %59, i64 32
  %79 = getelementptr inbounds i8, ptr %58, i64 32
  %80 = icmp eq ptr %78, %5
  br i1 %80, label %81, label %57, !llvm.loop !100

81:                                               ; preds = %74, %51
  %82 = phi ptr [ %28, %51 ], [ %79, %74 ]
  %83 = getelementptr inbounds i8, ptr %82, i64 32
  %84 = icmp eq ptr %7, %5
  br i1 %84, label %109, label %85

85:                                               ; preds = %81, %102
  %86 = phi ptr [ %107, %102 ], [ %83, %81 ]
  %87 = phi ptr [ %106, %102 ], [ %5, %81 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !101)
  call void @llvm.experimental.noalias.scope.decl(metadata !104)
  %88 = getelementptr inbounds i8, ptr %86, i64 16
  store ptr %88, ptr %86, align 8, !tbaa !6, !alias.scope !101, !noalias !104
  %89 = load ptr, ptr %87, align 8, !tbaa !13, !alias.scope !104, !noalias !101
  %90 = getelementptr inbounds i8, ptr %87, i64 16
  %91 = icmp eq ptr %89, %90
  br i1 %91, label %92, label %98

92:                                               ; preds = %85
  %93 = getelementptr inbounds i8, ptr %87, i64 8
  %94 = load i64, ptr %93, align 8, !tbaa !16, !alias.scope !104, !noalias !101
  %95 = add i64 %94, 1
  %96 = icmp eq i64 %95, 0
  br i1 %96, label %102, label %97

97:                                               ; preds = %92
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %88, ptr nonnull align 8 %90, i64 %95, i1 false), !alias.scope !106
  br label %102

98:                                               ; preds = %85
  store ptr %89, ptr %86, align 8, !tbaa !13, !alias.scope !101, !noalias !104
  %99 = load i64, ptr %90, align 8, !tbaa !15, !alias.scope !104, !noalias !101
  store i64 %99, ptr %88, align 8, !tbaa !15, !alias.scope !101, !noalias !104
  %100 = getelementptr inbounds i8, ptr %87, i64 8
  %101 = load i64, ptr %100, align 8, !tbaa !16, !alias.scope !104, !noalias !101
  br label %102

102:                                              ; preds = %98, %97, %92
  %103 = phi i64 [ %101, %98 ], [ %94, %97 ], [ -1, %92 ]
  %104 = getelementptr inbounds i8, ptr %87, i64 8
  %105 = getelementptr inbounds i8, ptr %86, i64 8
  store i64 %103, ptr %105, align 8, !tbaa !16, !alias.scope !101, !noalias !104
  store ptr %90, ptr %87, align 8, !tbaa !13, !alias.scope !104, !noalias !101
  store i64 0, ptr %104, align 8, !tbaa !16, !alias.scope !104, !noalias !101
  store i8 0, ptr %90, align 1, !tbaa !15, !alias.scope !104, !noalias !101
  %106 = getelementptr inbounds i8, ptr %87, i64 32
  %107 = getelementptr inbounds i8, ptr %86, i64 32
  %108 = icmp eq ptr %106, %7
  br i1 %108, label %109, label %85, !llvm.loop !100

109:                                              ; preds = %102, %81
  %110 = phi ptr [ %83, %81 ], [ %107, %102 ]
  %111 = getelementptr inbounds i8, ptr %0, i64 16
  %112 = icmp eq ptr %8, null
  br i1 %112, label %117, label %113

113:                                              ; preds = %109
  %114 = load ptr, ptr %111, align 8, !tbaa !80
  %115 = ptrtoint ptr %114 to i64
  %116 = sub i64 %115, %10
  call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %116) #26
  br label %117

117:                                              ; preds = %109, %113
  store ptr %28, ptr %0, align 8, !tbaa !76
  store ptr %110, ptr %6, align 8, !tbaa !78
  %118 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %20
  store ptr %118, ptr %111, align 8, !tbaa !80
  ret void

119:                                              ; preds = %121
  %120 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %126 unwind label %127

121:                                              ; preds = %38, %42
  %122 = landingpad { ptr, i32 }
          catch ptr null
  %123 = extractvalue { ptr, i32 } %122, 0
  %124 = call ptr @__cxa_begin_catch(ptr %123) #24
  %125 = shl nuw nsw i64 %20, 5
  call void @_ZdlPvm(ptr noundef nonnull %28, i64 noundef %125) #26
  invoke void @__cxa_rethrow() #25
          to label %130 unwind label %119

126:                                              ; preds = %119
  resume { ptr, i32 } %120

127:                                              ; preds = %119
  %128 = landingpad { ptr, i32 }
          catch ptr null
  %129 = extractvalue { ptr, i32 } %128, 0
  call void @__clang_call_terminate(ptr %129) #28
  unreachable

130:                                              ; preds = %121
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #16

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #6 personality ptr @__gxx_personality_v0 {
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = inttoptr i64 %0 to ptr
  %10 = sub i64 %1, %0
  %11 = ashr exact i64 %10, 5
  %12 = icmp sgt i64 %11, 16
  br i1 %12, label %13, label %272

13:                                               ; preds = %4
  %14 = inttoptr i64 %1 to ptr
  %15 = and i64 %3, 255
  %16 = getelementptr inbounds i8, ptr %9, i64 32
  %17 = getelementptr inbounds i8, ptr %9, i64 40
  %18 = getelementptr inbounds i8, ptr %9, i64 8
  %19 = icmp eq i64 %2, 0
  br i1 %19, label %22, label %147

20:                                               ; preds = %267
  %21 = icmp eq i64 %152, 0
  br i1 %21, label %22, label %147, !llvm.loop !107

22:                                               ; preds = %20, %13
  %23 = phi i64 [ %11, %13 ], [ %270, %20 ]
  %24 = phi i64 [ %10, %13 ], [ %269, %20 ]
  %25 = phi ptr [ %14, %13 ], [ %233, %20 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8)
  %26 = add nsw i64 %23, -2
  %27 = lshr i64 %26, 1
  %28 = getelementptr inbounds i8, ptr %7, i64 16
  %29 = getelementptr inbounds i8, ptr %7, i64 8
  %30 = getelementptr inbounds i8, ptr %8, i64 16
  %31 = getelementptr inbounds i8, ptr %8, i64 8
  br label %32

32:                                               ; preds = %73, %22
  %33 = phi i64 [ %27, %22 ], [ %67, %73 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #24
  %34 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %9, i64 %33
  %35 = load ptr, ptr %34, align 8, !tbaa !13
  %36 = getelementptr inbounds i8, ptr %34, i64 16
  %37 = icmp eq ptr %35, %36
  br i1 %37, label %38, label %45

38:                                               ; preds = %32
  %39 = getelementptr inbounds i8, ptr %34, i64 8
  %40 = load i64, ptr %39, align 8, !tbaa !16
  %41 = add i64 %40, 1
  %42 = icmp eq i64 %41, 0
  br i1 %42, label %44, label %43

43:                                               ; preds = %38
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %28, ptr nonnull align 8 %36, i64 %41, i1 false)
  br label %44

44:                                               ; preds = %43, %38
  store ptr %36, ptr %34, align 8, !tbaa !13
  store i64 0, ptr %39, align 8, !tbaa !16
  store i8 0, ptr %36, align 1, !tbaa !15
  store ptr %30, ptr %8, align 8, !tbaa !6
  br label %52

45:                                               ; preds = %32
  %46 = load i64, ptr %36, align 8, !tbaa !15
  store i64 %46, ptr %28, align 8, !tbaa !15
  %47 = getelementptr inbounds i8, ptr %34, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !16
  store ptr %36, ptr %34, align 8, !tbaa !13
  store i64 0, ptr %47, align 8, !tbaa !16
  store i8 0, ptr %36, align 1, !tbaa !15
  store ptr %30, ptr %8, align 8, !tbaa !6
  %49 = icmp eq ptr %35, %28
  br i1 %49, label %50, label %57

50:                                               ; preds = %45
  %51 = add i64 %48, 1
  br label %52

52:                                               ; preds = %50, %44
  %53 = phi i64 [ %51, %50 ], [ %41, %44 ]
  %54 = phi i64 [ %48, %50 ], [ %40, %44 ]
  %55 = icmp eq i64 %53, 0
  br i1 %55, label %58, label %56

56:                                               ; preds = %52
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %30, ptr nonnull align 8 %28, i64 %53, i1 false)
  br label %58

57:                                               ; preds = %45
  store ptr %35, ptr %8, align 8, !tbaa !13
  store i64 %46, ptr %30, align 8, !tbaa !15
  br label %58

58:                                               ; preds = %57, %56, %52
  %59 = phi i64 [ -1, %52 ], [ %54, %56 ], [ %48, %57 ]
  store i64 %59, ptr %31, align 8, !tbaa !16
  store ptr %28, ptr %7, align 8, !tbaa !13
  store i64 0, ptr %29, align 8, !tbaa !16
  store i8 0, ptr %28, align 8, !tbaa !15
  call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(i64 %0, i64 noundef %33, i64 noundef %23, ptr noundef nonnull %8)
  %60 = load ptr, ptr %8, align 8, !tbaa !13
  %61 = icmp eq ptr %60, %30
  br i1 %61, label %65, label %62

62:                                               ; preds = %58
  %63 = load i64, ptr %30, align 8, !tbaa !15
  %64 = add i64 %63, 1
  call void @_ZdlPvm(ptr noundef %60, i64 noundef %64) #26
  br label %65

65:                                               ; preds = %62, %58
  %66 = icmp eq i64 %33, 0
  %67 = add nsw i64 %33, -1
  %68 = load ptr, ptr %7, align 8, !tbaa !13
  %69 = icmp eq ptr %68, %28
  br i1 %69, label %73, label %70

70:                                               ; preds = %65
  %71 = load i64, ptr %28, align 8, !tbaa !15
  %72 = add i64 %71, 1
  call void @_ZdlPvm(ptr noundef %68, i64 noundef %72) #26
  br label %73

73:                                               ; preds = %70, %65
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  br i1 %66, label %74, label %32, !llvm.loop !108

74:                                               ; preds = %73
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8)
  %75 = icmp sgt i64 %24, 32
  br i1 %75, label %76, label %272

76:                                               ; preds = %74
  %77 = getelementptr inbounds i8, ptr %5, i64 16
  %78 = getelementptr inbounds i8, ptr %5, i64 8
  %79 = getelementptr inbounds i8, ptr %9, i64 16
  %80 = getelementptr inbounds i8, ptr %6, i64 16
  %81 = getelementptr inbounds i8, ptr %6, i64 8
  br label %82

82:                                               ; preds = %76, %145
  %83 = phi ptr [ %84, %145 ], [ %25, %76 ]
  %84 = getelementptr inbounds i8, ptr %83, i64 -32
  %85 = ptrtoint ptr %84 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #24
  store ptr %77, ptr %5, align 8, !tbaa !6
  %86 = load ptr, ptr %84, align 8, !tbaa !13
  %87 = getelementptr inbounds i8, ptr %83, i64 -16
  %88 = icmp eq ptr %86, %87
  br i1 %88, label %89, label %95

89:                                               ; preds = %82
  %90 = getelementptr inbounds i8, ptr %83, i64 -24
  %91 = load i64, ptr %90, align 8, !tbaa !16
  %92 = add i64 %91, 1
  %93 = icmp eq i64 %92, 0
  br i1 %93, label %99, label %94

94:                                               ; preds = %89
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %77, ptr nonnull align 8 %87, i64 %92, i1 false)
  br label %99

95:                                               ; preds = %82
  store ptr %86, ptr %5, align 8, !tbaa !13
  %96 = load i64, ptr %87, align 8, !tbaa !15
  store i64 %96, ptr %77, align 8, !tbaa !15
  %97 = getelementptr inbounds i8, ptr %83, i64 -24
  %98 = load i64, ptr %97, align 8, !tbaa !16
  br label %99

99:                                               ; preds = %95, %94, %89
  %100 = phi i64 [ -1, %89 ], [ %91, %94 ], [ %98, %95 ]
  %101 = getelementptr inbounds i8, ptr %83, i64 -24
  store i64 %100, ptr %78, align 8, !tbaa !16
  store ptr %87, ptr %84, align 8, !tbaa !13
  store i64 0, ptr %101, align 8, !tbaa !16
  store i8 0, ptr %87, align 1, !tbaa !15
  %102 = load ptr, ptr %9, align 8, !tbaa !13
  %103 = icmp eq ptr %102, %79
  br i1 %103, label %104, label %115

104:                                              ; preds = %99
  %105 = icmp eq ptr %84, %9
  br i1 %105, label %118, label %106, !prof !109

106:                                              ; preds = %104
  %107 = load i64, ptr %18, align 8, !tbaa !16
  switch i64 %107, label %110 [
    i64 0, label %111
    i64 1, label %108
  ]

108:                                              ; preds = %106
  %109 = load i8, ptr %102, align 1, !tbaa !15
  store i8 %109, ptr %87, align 1, !tbaa !15
  br label %111

110:                                              ; preds = %106
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %87, ptr align 1 %102, i64 %107, i1 false)
  br label %111

111:                                              ; preds = %110, %108, %106
  %112 = load i64, ptr %18, align 8, !tbaa !16
  store i64 %112, ptr %101, align 8, !tbaa !16
  %113 = getelementptr inbounds i8, ptr %87, i64 %112
  store i8 0, ptr %113, align 1, !tbaa !15
  %114 = load ptr, ptr %9, align 8, !tbaa !13
  br label %118

115:                                              ; preds = %99
  store ptr %102, ptr %84, align 8, !tbaa !13
  %116 = load i64, ptr %18, align 8, !tbaa !16
  store i64 %116, ptr %101, align 8, !tbaa !16
  %117 = load i64, ptr %79, align 8, !tbaa !15
  store i64 %117, ptr %87, align 8, !tbaa !15
  store ptr %79, ptr %9, align 8, !tbaa !13
  br label %118

118:                                              ; preds = %115, %111, %104
  %119 = phi ptr [ %114, %111 ], [ %79, %115 ], [ %102, %104 ]
  store i64 0, ptr %18, align 8, !tbaa !16
  store i8 0, ptr %119, align 1, !tbaa !15
  %120 = sub i64 %85, %0
  %121 = ashr exact i64 %120, 5
  store ptr %80, ptr %6, align 8, !tbaa !6
  %122 = load ptr, ptr %5, align 8, !tbaa !13
  %123 = icmp eq ptr %122, %77
  br i1 %123, label %124, label %129

124:                                              ; preds = %118
  %125 = load i64, ptr %78, align 8, !tbaa !16
  %126 = add i64 %125, 1
  %127 = icmp eq i64 %126, 0
  br i1 %127, label %132, label %128

128:                                              ; preds = %124
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %80, ptr nonnull align 8 %77, i64 %126, i1 false)
  br label %132

129:                                              ; preds = %118
  store ptr %122, ptr %6, align 8, !tbaa !13
  %130 = load i64, ptr %77, align 8, !tbaa !15
  store i64 %130, ptr %80, align 8, !tbaa !15
  %131 = load i64, ptr %78, align 8, !tbaa !16
  br label %132

132:                                              ; preds = %129, %128, %124
  %133 = phi i64 [ -1, %124 ], [ %125, %128 ], [ %131, %129 ]
  store i64 %133, ptr %81, align 8, !tbaa !16
  store ptr %77, ptr %5, align 8, !tbaa !13
  store i64 0, ptr %78, align 8, !tbaa !16
  store i8 0, ptr %77, align 8, !tbaa !15
  call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(i64 %0, i64 noundef 0, i64 noundef %121, ptr noundef nonnull %6)
  %134 = load ptr, ptr %6, align 8, !tbaa !13
  %135 = icmp eq ptr %134, %80
  br i1 %135, label %139, label %136

136:                                              ; preds = %132
  %137 = load i64, ptr %80, align 8, !tbaa !15
  %138 = add i64 %137, 1
  call void @_ZdlPvm(ptr noundef %134, i64 noundef %138) #26
  br label %139

139:                                              ; preds = %136, %132
  %140 = load ptr, ptr %5, align 8, !tbaa !13
  %141 = icmp eq ptr %140, %77
  br i1 %141, label %145, label %142

142:                                              ; preds = %139
  %143 = load i64, ptr %77, align 8, !tbaa !15
  %144 = add i64 %143, 1
  call void @_ZdlPvm(ptr noundef %140, i64 noundef %144) #26
  br label %145

145:                                              ; preds = %139, %142
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6)
  %146 = icmp sgt i64 %120, 32
  br i1 %146, label %82, label %272, !llvm.loop !110

147:                                              ; preds = %13, %20
  %148 = phi ptr [ %233, %20 ], [ %14, %13 ]
  %149 = phi i64 [ %152, %20 ], [ %2, %13 ]
  %150 = phi i64 [ %268, %20 ], [ %1, %13 ]
  %151 = phi i64 [ %270, %20 ], [ %11, %13 ]
  %152 = add nsw i64 %149, -1
  %153 = lshr i64 %151, 1
  %154 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %9, i64 %153
  %155 = getelementptr inbounds i8, ptr %148, i64 -32
  %156 = load i64, ptr %17, align 8, !tbaa !16
  %157 = getelementptr inbounds i8, ptr %154, i64 8
  %158 = load i64, ptr %157, align 8, !tbaa !16
  %159 = icmp eq i64 %156, %158
  br i1 %159, label %162, label %160

160:                                              ; preds = %147
  %161 = icmp ult i64 %156, %158
  br i1 %161, label %169, label %194

162:                                              ; preds = %147
  %163 = icmp eq i64 %156, 0
  br i1 %163, label %198, label %164

164:                                              ; preds = %162
  %165 = load ptr, ptr %154, align 8, !tbaa !13
  %166 = load ptr, ptr %16, align 8, !tbaa !13
  %167 = tail call i32 @memcmp(ptr noundef %166, ptr noundef %165, i64 noundef %156) #24
  %168 = icmp slt i32 %167, 0
  br i1 %168, label %169, label %194

169:                                              ; preds = %164, %160
  %170 = getelementptr inbounds i8, ptr %148, i64 -24
  %171 = load i64, ptr %170, align 8, !tbaa !16
  %172 = icmp eq i64 %158, %171
  br i1 %172, label %175, label %173

173:                                              ; preds = %169
  %174 = icmp ult i64 %158, %171
  br i1 %174, label %225, label %182

175:                                              ; preds = %169
  %176 = icmp eq i64 %158, 0
  br i1 %176, label %182, label %177

177:                                              ; preds = %175
  %178 = load ptr, ptr %155, align 8, !tbaa !13
  %179 = load ptr, ptr %154, align 8, !tbaa !13
  %180 = tail call i32 @memcmp(ptr noundef %179, ptr noundef %178, i64 noundef %158) #24
  %181 = icmp slt i32 %180, 0
  br i1 %181, label %225, label %182

182:                                              ; preds = %177, %175, %173
  %183 = icmp eq i64 %156, %171
  br i1 %183, label %186, label %184

184:                                              ; preds = %182
  %185 = icmp ult i64 %156, %171
  br i1 %185, label %225, label %193

186:                                              ; preds = %182
  %187 = icmp eq i64 %156, 0
  br i1 %187, label %193, label %188

188:                                              ; preds = %186
  %189 = load ptr, ptr %155, align 8, !tbaa !13
  %190 = load ptr, ptr %16, align 8, !tbaa !13
  %191 = tail call i32 @memcmp(ptr noundef %190, ptr noundef %189, i64 noundef %156) #24
  %192 = icmp slt i32 %191, 0
  br i1 %192, label %225, label %193

193:                                              ; preds = %188, %186, %184
  br label %225

194:                                              ; preds = %164, %160
  %195 = getelementptr inbounds i8, ptr %148, i64 -24
  %196 = load i64, ptr %195, align 8, !tbaa !16
  %197 = icmp eq i64 %156, %196
  br i1 %197, label %205, label %202

198:                                              ; preds = %162
  %199 = getelementptr inbounds i8, ptr %148, i64 -24
  %200 = load i64, ptr %199, align 8, !tbaa !16
  %201 = icmp eq i64 %200, 0
  br i1 %201, label %212, label %202

202:                                              ; preds = %198, %194
  %203 = phi i64 [ %200, %198 ], [ %196, %194 ]
  %204 = icmp ult i64 %156, %203
  br i1 %204, label %225, label %212

205:                                              ; preds = %194
  %206 = icmp eq i64 %156, 0
  br i1 %206, label %212, label %207

207:                                              ; preds = %205
  %208 = load ptr, ptr %155, align 8, !tbaa !13
  %209 = load ptr, ptr %16, align 8, !tbaa !13
  %210 = tail call i32 @memcmp(ptr noundef %209, ptr noundef %208, i64 noundef %156) #24
  %211 = icmp slt i32 %210, 0
  br i1 %211, label %225, label %212

212:                                              ; preds = %207, %205, %202, %198
  %213 = phi i64 [ %203, %202 ], [ %156, %207 ], [ 0, %205 ], [ 0, %198 ]
  %214 = icmp eq i64 %158, %213
  br i1 %214, label %217, label %215

215:                                              ; preds = %212
  %216 = icmp ult i64 %158, %213
  br i1 %216, label %225, label %224

217:                                              ; preds = %212
  %218 = icmp eq i64 %158, 0
  br i1 %218, label %224, label %219

219:                                              ; preds = %217
  %220 = load ptr, ptr %155, align 8, !tbaa !13
  %221 = load ptr, ptr %154, align 8, !tbaa !13
  %222 = tail call i32 @memcmp(ptr noundef %221, ptr noundef %220, i64 noundef %158) #24
  %223 = icmp slt i32 %222, 0
  br i1 %223, label %225, label %224

224:                                              ; preds = %219, %217, %215
  br label %225

225:                                              ; preds = %224, %219, %215, %207, %202, %193, %188, %184, %177, %173
  %226 = phi ptr [ %154, %224 ], [ %16, %193 ], [ %154, %177 ], [ %154, %173 ], [ %155, %188 ], [ %155, %184 ], [ %16, %207 ], [ %16, %202 ], [ %155, %219 ], [ %155, %215 ]
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %9, ptr noundef nonnull align 8 dereferenceable(32) %226) #24
  br label %227

227:                                              ; preds = %265, %225
  %228 = phi ptr [ %148, %225 ], [ %250, %265 ]
  %229 = phi ptr [ %16, %225 ], [ %266, %265 ]
  %230 = load i64, ptr %18, align 8, !tbaa !16
  %231 = icmp eq i64 %230, 0
  br label %232

232:                                              ; preds = %246, %227
  %233 = phi ptr [ %229, %227 ], [ %247, %246 ]
  %234 = getelementptr inbounds i8, ptr %233, i64 8
  %235 = load i64, ptr %234, align 8, !tbaa !16
  %236 = icmp eq i64 %235, %230
  br i1 %236, label %240, label %237

237:                                              ; preds = %232
  %238 = icmp ult i64 %235, %230
  br i1 %238, label %246, label %239

239:                                              ; preds = %241, %240, %237
  br label %248

240:                                              ; preds = %232
  br i1 %231, label %239, label %241

241:                                              ; preds = %240
  %242 = load ptr, ptr %9, align 8, !tbaa !13
  %243 = load ptr, ptr %233, align 8, !tbaa !13
  %244 = tail call i32 @memcmp(ptr noundef %243, ptr noundef %242, i64 noundef %230) #24
  %245 = icmp slt i32 %244, 0
  br i1 %245, label %246, label %239

246:                                              ; preds = %241, %237
  %247 = getelementptr inbounds i8, ptr %233, i64 32
  br label %232, !llvm.loop !111

248:                                              ; preds = %262, %239
  %249 = phi ptr [ %228, %239 ], [ %250, %262 ]
  %250 = getelementptr inbounds i8, ptr %249, i64 -32
  %251 = getelementptr inbounds i8, ptr %249, i64 -24
  %252 = load i64, ptr %251, align 8, !tbaa !16
  %253 = icmp eq i64 %230, %252
  br i1 %253, label %256, label %254

254:                                              ; preds = %248
  %255 = icmp ult i64 %230, %252
  br i1 %255, label %262, label %263

256:                                              ; preds = %248
  br i1 %231, label %263, label %257

257:                                              ; preds = %256
  %258 = load ptr, ptr %250, align 8, !tbaa !13
  %259 = load ptr, ptr %9, align 8, !tbaa !13
  %260 = tail call i32 @memcmp(ptr noundef %259, ptr noundef %258, i64 noundef %230) #24
  %261 = icmp slt i32 %260, 0
  br i1 %261, label %262, label %263

262:                                              ; preds = %257, %254
  br label %248, !llvm.loop !112

263:                                              ; preds = %257, %256, %254
  %264 = icmp ult ptr %233, %250
  br i1 %264, label %265, label %267

265:                                              ; preds = %263
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %233, ptr noundef nonnull align 8 dereferenceable(32) %250) #24
  %266 = getelementptr inbounds i8, ptr %233, i64 32
  br label %227, !llvm.loop !113

267:                                              ; preds = %263
  %268 = ptrtoint ptr %233 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %268, i64 %150, i64 noundef %152, i64 %15)
  %269 = sub i64 %268, %0
  %270 = ashr exact i64 %269, 5
  %271 = icmp sgt i64 %270, 16
  br i1 %271, label %20, label %272, !llvm.loop !107

272:                                              ; preds = %267, %145, %4, %74
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(i64 %0, i64 noundef %1, i64 noundef %2, ptr noundef %3) unnamed_addr #6 personality ptr @__gxx_personality_v0 {
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = inttoptr i64 %0 to ptr
  %7 = add nsw i64 %2, -1
  %8 = sdiv i64 %7, 2
  %9 = icmp sgt i64 %8, %1
  br i1 %9, label %10, label %81

10:                                               ; preds = %4, %77
  %11 = phi i64 [ %37, %77 ], [ %1, %4 ]
  %12 = shl i64 %11, 1
  %13 = add i64 %12, 2
  %14 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %13
  %15 = or disjoint i64 %12, 1
  %16 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %15
  %17 = getelementptr inbounds i8, ptr %14, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !16
  %19 = getelementptr inbounds i8, ptr %16, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !16
  %21 = icmp eq i64 %18, %20
  br i1 %21, label %24, label %22

22:                                               ; preds = %10
  %23 = icmp ult i64 %18, %20
  br label %35

24:                                               ; preds = %10
  %25 = icmp eq i64 %18, 0
  br i1 %25, label %31, label %26

26:                                               ; preds = %24
  %27 = load ptr, ptr %16, align 8, !tbaa !13
  %28 = load ptr, ptr %14, align 8, !tbaa !13
  %29 = tail call i32 @memcmp(ptr noundef %28, ptr noundef %27, i64 noundef %18) #24
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %26, %24
  br label %32

32:                                               ; preds = %31, %26
  %33 = phi i32 [ %29, %26 ], [ 0, %31 ]
  %34 = icmp slt i32 %33, 0
  br label %35

35:                                               ; preds = %22, %32
  %36 = phi i1 [ %23, %22 ], [ %34, %32 ]
  %37 = select i1 %36, i64 %15, i64 %13
  %38 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %37
  %39 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %11
  %40 = getelementptr inbounds i8, ptr %39, i64 16
  %41 = load ptr, ptr %38, align 8, !tbaa !13
  %42 = getelementptr inbounds i8, ptr %38, i64 16
  %43 = icmp eq ptr %41, %42
  br i1 %43, label %44, label %62

44:                                               ; preds = %35
  %45 = icmp eq i64 %37, %11
  br i1 %45, label %77, label %46, !prof !109

46:                                               ; preds = %44
  %47 = getelementptr inbounds i8, ptr %38, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !16
  %49 = icmp eq i64 %48, 0
  br i1 %49, label %56, label %50

50:                                               ; preds = %46
  %51 = load ptr, ptr %39, align 8, !tbaa !13
  %52 = icmp eq i64 %48, 1
  br i1 %52, label %53, label %55

53:                                               ; preds = %50
  %54 = load i8, ptr %41, align 1, !tbaa !15
  store i8 %54, ptr %51, align 1, !tbaa !15
  br label %56

55:                                               ; preds = %50
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %51, ptr align 1 %41, i64 %48, i1 false)
  br label %56

56:                                               ; preds = %55, %53, %46
  %57 = load i64, ptr %47, align 8, !tbaa !16
  %58 = getelementptr inbounds i8, ptr %39, i64 8
  store i64 %57, ptr %58, align 8, !tbaa !16
  %59 = load ptr, ptr %39, align 8, !tbaa !13
  %60 = getelementptr inbounds i8, ptr %59, i64 %57
  store i8 0, ptr %60, align 1, !tbaa !15
  %61 = load ptr, ptr %38, align 8, !tbaa !13
  br label %77

62:                                               ; preds = %35
  %63 = load ptr, ptr %39, align 8, !tbaa !13
  %64 = icmp eq ptr %63, %40
  br i1 %64, label %65, label %69

65:                                               ; preds = %62
  store ptr %41, ptr %39, align 8, !tbaa !13
  %66 = getelementptr inbounds i8, ptr %38, i64 8
  %67 = getelementptr inbounds i8, ptr %39, i64 8
  %68 = load <2 x i64>, ptr %66, align 8, !tbaa !15
  store <2 x i64> %68, ptr %67, align 8, !tbaa !15
  br label %76

69:                                               ; preds = %62
  %70 = load i64, ptr %40, align 8, !tbaa !15
  store ptr %41, ptr %39, align 8, !tbaa !13
  %71 = getelementptr inbounds i8, ptr %38, i64 8
  %72 = getelementptr inbounds i8, ptr %39, i64 8
  %73 = load <2 x i64>, ptr %71, align 8, !tbaa !15
  store <2 x i64> %73, ptr %72, align 8, !tbaa !15
  %74 = icmp eq ptr %63, null
  br i1 %74, label %76, label %75

75:                                               ; preds = %69
  store ptr %63, ptr %38, align 8, !tbaa !13
  store i64 %70, ptr %42, align 8, !tbaa !15
  br label %77

76:                                               ; preds = %69, %65
  store ptr %42, ptr %38, align 8, !tbaa !13
  br label %77

77:                                               ; preds = %44, %56, %75, %76
  %78 = phi ptr [ %61, %56 ], [ %63, %75 ], [ %42, %76 ], [ %41, %44 ]
  %79 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 0, ptr %79, align 8, !tbaa !16
  store i8 0, ptr %78, align 1, !tbaa !15
  %80 = icmp slt i64 %37, %8
  br i1 %80, label %10, label %81, !llvm.loop !114

81:                                               ; preds = %77, %4
  %82 = phi i64 [ %1, %4 ], [ %37, %77 ]
  %83 = and i64 %2, 1
  %84 = icmp eq i64 %83, 0
  br i1 %84, label %85, label %134

85:                                               ; preds = %81
  %86 = add nsw i64 %2, -2
  %87 = ashr exact i64 %86, 1
  %88 = icmp eq i64 %82, %87
  br i1 %88, label %89, label %134

89:                                               ; preds = %85
  %90 = shl nsw i64 %82, 1
  %91 = or disjoint i64 %90, 1
  %92 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %91
  %93 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %82
  %94 = getelementptr inbounds i8, ptr %93, i64 16
  %95 = load ptr, ptr %92, align 8, !tbaa !13
  %96 = getelementptr inbounds i8, ptr %92, i64 16
  %97 = icmp eq ptr %95, %96
  br i1 %97, label %98, label %116

98:                                               ; preds = %89
  %99 = icmp eq i64 %91, %82
  br i1 %99, label %131, label %100, !prof !109

100:                                              ; preds = %98
  %101 = getelementptr inbounds i8, ptr %92, i64 8
  %102 = load i64, ptr %101, align 8, !tbaa !16
  %103 = icmp eq i64 %102, 0
  br i1 %103, label %110, label %104

104:                                              ; preds = %100
  %105 = load ptr, ptr %93, align 8, !tbaa !13
  %106 = icmp eq i64 %102, 1
  br i1 %106, label %107, label %109

107:                                              ; preds = %104
  %108 = load i8, ptr %95, align 1, !tbaa !15
  store i8 %108, ptr %105, align 1, !tbaa !15
  br label %110

109:                                              ; preds = %104
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %105, ptr align 1 %95, i64 %102, i1 false)
  br label %110

110:                                              ; preds = %109, %107, %100
  %111 = load i64, ptr %101, align 8, !tbaa !16
  %112 = getelementptr inbounds i8, ptr %93, i64 8
  store i64 %111, ptr %112, align 8, !tbaa !16
  %113 = load ptr, ptr %93, align 8, !tbaa !13
  %114 = getelementptr inbounds i8, ptr %113, i64 %111
  store i8 0, ptr %114, align 1, !tbaa !15
  %115 = load ptr, ptr %92, align 8, !tbaa !13
  br label %131

116:                                              ; preds = %89
  %117 = load ptr, ptr %93, align 8, !tbaa !13
  %118 = icmp eq ptr %117, %94
  br i1 %118, label %119, label %123

119:                                              ; preds = %116
  store ptr %95, ptr %93, align 8, !tbaa !13
  %120 = getelementptr inbounds i8, ptr %92, i64 8
  %121 = getelementptr inbounds i8, ptr %93, i64 8
  %122 = load <2 x i64>, ptr %120, align 8, !tbaa !15
  store <2 x i64> %122, ptr %121, align 8, !tbaa !15
  br label %130

123:                                              ; preds = %116
  %124 = load i64, ptr %94, align 8, !tbaa !15
  store ptr %95, ptr %93, align 8, !tbaa !13
  %125 = getelementptr inbounds i8, ptr %92, i64 8
  %126 = getelementptr inbounds i8, ptr %93, i64 8
  %127 = load <2 x i64>, ptr %125, align 8, !tbaa !15
  store <2 x i64> %127, ptr %126, align 8, !tbaa !15
  %128 = icmp eq ptr %117, null
  br i1 %128, label %130, label %129

129:                                              ; preds = %123
  store ptr %117, ptr %92, align 8, !tbaa !13
  store i64 %124, ptr %96, align 8, !tbaa !15
  br label %131

130:                                              ; preds = %123, %119
  store ptr %96, ptr %92, align 8, !tbaa !13
  br label %131

131:                                              ; preds = %98, %110, %129, %130
  %132 = phi ptr [ %115, %110 ], [ %117, %129 ], [ %96, %130 ], [ %95, %98 ]
  %133 = getelementptr inbounds i8, ptr %92, i64 8
  store i64 0, ptr %133, align 8, !tbaa !16
  store i8 0, ptr %132, align 1, !tbaa !15
  br label %134

134:                                              ; preds = %131, %85, %81
  %135 = phi i64 [ %91, %131 ], [ %82, %85 ], [ %82, %81 ]
  %136 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %136, ptr %5, align 8, !tbaa !6
  %137 = load ptr, ptr %3, align 8, !tbaa !13
  %138 = getelementptr inbounds i8, ptr %3, i64 16
  %139 = icmp eq ptr %137, %138
  br i1 %139, label %140, label %146

140:                                              ; preds = %134
  %141 = getelementptr inbounds i8, ptr %3, i64 8
  %142 = load i64, ptr %141, align 8, !tbaa !16
  %143 = add i64 %142, 1
  %144 = icmp eq i64 %143, 0
  br i1 %144, label %150, label %145

145:                                              ; preds = %140
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %136, ptr nonnull align 8 %138, i64 %143, i1 false)
  br label %150

146:                                              ; preds = %134
  store ptr %137, ptr %5, align 8, !tbaa !13
  %147 = load i64, ptr %138, align 8, !tbaa !15
  store i64 %147, ptr %136, align 8, !tbaa !15
  %148 = getelementptr inbounds i8, ptr %3, i64 8
  %149 = load i64, ptr %148, align 8, !tbaa !16
  br label %150

150:                                              ; preds = %140, %145, %146
  %151 = phi ptr [ %136, %140 ], [ %136, %145 ], [ %137, %146 ]
  %152 = phi i64 [ -1, %140 ], [ %142, %145 ], [ %149, %146 ]
  %153 = getelementptr inbounds i8, ptr %3, i64 8
  %154 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %152, ptr %154, align 8, !tbaa !16
  store ptr %138, ptr %3, align 8, !tbaa !13
  store i64 0, ptr %153, align 8, !tbaa !16
  store i8 0, ptr %138, align 1, !tbaa !15
  %155 = icmp sgt i64 %135, %1
  br i1 %155, label %156, label %217

156:                                              ; preds = %150, %211
  %157 = phi i64 [ %159, %211 ], [ %135, %150 ]
  %158 = add nsw i64 %157, -1
  %159 = sdiv i64 %158, 2
  %160 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %159
  %161 = getelementptr inbounds i8, ptr %160, i64 8
  %162 = load i64, ptr %161, align 8, !tbaa !16
  %163 = load i64, ptr %154, align 8, !tbaa !16
  %164 = icmp eq i64 %162, %163
  br i1 %164, label %169, label %165

165:                                              ; preds = %156
  %166 = icmp ult i64 %162, %163
  br i1 %166, label %167, label %214

167:                                              ; preds = %165
  %168 = load ptr, ptr %160, align 8, !tbaa !13
  br label %176

169:                                              ; preds = %156
  %170 = icmp eq i64 %162, 0
  br i1 %170, label %214, label %171

171:                                              ; preds = %169
  %172 = load ptr, ptr %5, align 8, !tbaa !13
  %173 = load ptr, ptr %160, align 8, !tbaa !13
  %174 = call i32 @memcmp(ptr noundef %173, ptr noundef %172, i64 noundef %162) #24
  %175 = icmp slt i32 %174, 0
  br i1 %175, label %176, label %214

176:                                              ; preds = %171, %167
  %177 = phi ptr [ %168, %167 ], [ %173, %171 ]
  %178 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %157
  %179 = getelementptr inbounds i8, ptr %178, i64 16
  %180 = getelementptr inbounds i8, ptr %160, i64 16
  %181 = icmp eq ptr %177, %180
  br i1 %181, label %182, label %198

182:                                              ; preds = %176
  %183 = icmp eq i64 %159, %157
  br i1 %183, label %211, label %184, !prof !109

184:                                              ; preds = %182
  %185 = icmp eq i64 %162, 0
  br i1 %185, label %192, label %186

186:                                              ; preds = %184
  %187 = load ptr, ptr %178, align 8, !tbaa !13
  %188 = icmp eq i64 %162, 1
  br i1 %188, label %189, label %191

189:                                              ; preds = %186
  %190 = load i8, ptr %177, align 1, !tbaa !15
  store i8 %190, ptr %187, align 1, !tbaa !15
  br label %192

191:                                              ; preds = %186
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %187, ptr align 1 %177, i64 %162, i1 false)
  br label %192

192:                                              ; preds = %191, %189, %184
  %193 = load i64, ptr %161, align 8, !tbaa !16
  %194 = getelementptr inbounds i8, ptr %178, i64 8
  store i64 %193, ptr %194, align 8, !tbaa !16
  %195 = load ptr, ptr %178, align 8, !tbaa !13
  %196 = getelementptr inbounds i8, ptr %195, i64 %193
  store i8 0, ptr %196, align 1, !tbaa !15
  %197 = load ptr, ptr %160, align 8, !tbaa !13
  br label %211

198:                                              ; preds = %176
  %199 = load ptr, ptr %178, align 8, !tbaa !13
  %200 = icmp eq ptr %199, %179
  br i1 %200, label %201, label %204

201:                                              ; preds = %198
  store ptr %177, ptr %178, align 8, !tbaa !13
  %202 = getelementptr inbounds i8, ptr %178, i64 8
  store i64 %162, ptr %202, align 8, !tbaa !16
  %203 = load i64, ptr %180, align 8, !tbaa !15
  store i64 %203, ptr %179, align 8, !tbaa !15
  br label %210

204:                                              ; preds = %198
  %205 = load i64, ptr %179, align 8, !tbaa !15
  store ptr %177, ptr %178, align 8, !tbaa !13
  %206 = getelementptr inbounds i8, ptr %178, i64 8
  store i64 %162, ptr %206, align 8, !tbaa !16
  %207 = load i64, ptr %180, align 8, !tbaa !15
  store i64 %207, ptr %179, align 8, !tbaa !15
  %208 = icmp eq ptr %199, null
  br i1 %208, label %210, label %209

209:                                              ; preds = %204
  store ptr %199, ptr %160, align 8, !tbaa !13
  store i64 %205, ptr %180, align 8, !tbaa !15
  br label %211

210:                                              ; preds = %204, %201
  store ptr %180, ptr %160, align 8, !tbaa !13
  br label %211

211:                                              ; preds = %210, %209, %192, %182
  %212 = phi ptr [ %197, %192 ], [ %199, %209 ], [ %180, %210 ], [ %177, %182 ]
  store i64 0, ptr %161, align 8, !tbaa !16
  store i8 0, ptr %212, align 1, !tbaa !15
  %213 = icmp sgt i64 %159, %1
  br i1 %213, label %156, label %214, !llvm.loop !115

214:                                              ; preds = %165, %169, %171, %211
  %215 = phi i64 [ %157, %171 ], [ %157, %169 ], [ %157, %165 ], [ %159, %211 ]
  %216 = load ptr, ptr %5, align 8, !tbaa !13
  br label %217

217:                                              ; preds = %214, %150
  %218 = phi ptr [ %151, %150 ], [ %216, %214 ]
  %219 = phi i64 [ %135, %150 ], [ %215, %214 ]
  %220 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %6, i64 %219
  %221 = getelementptr inbounds i8, ptr %220, i64 16
  %222 = icmp eq ptr %218, %136
  br i1 %222, label %223, label %240

223:                                              ; preds = %217
  %224 = icmp eq ptr %220, %5
  br i1 %224, label %255, label %225, !prof !109

225:                                              ; preds = %223
  %226 = load i64, ptr %154, align 8, !tbaa !16
  %227 = icmp eq i64 %226, 0
  br i1 %227, label %234, label %228

228:                                              ; preds = %225
  %229 = load ptr, ptr %220, align 8, !tbaa !13
  %230 = icmp eq i64 %226, 1
  br i1 %230, label %231, label %233

231:                                              ; preds = %228
  %232 = load i8, ptr %218, align 1, !tbaa !15
  store i8 %232, ptr %229, align 1, !tbaa !15
  br label %234

233:                                              ; preds = %228
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %229, ptr align 1 %218, i64 %226, i1 false)
  br label %234

234:                                              ; preds = %233, %231, %225
  %235 = load i64, ptr %154, align 8, !tbaa !16
  %236 = getelementptr inbounds i8, ptr %220, i64 8
  store i64 %235, ptr %236, align 8, !tbaa !16
  %237 = load ptr, ptr %220, align 8, !tbaa !13
  %238 = getelementptr inbounds i8, ptr %237, i64 %235
  store i8 0, ptr %238, align 1, !tbaa !15
  %239 = load ptr, ptr %5, align 8, !tbaa !13
  br label %255

240:                                              ; preds = %217
  %241 = load ptr, ptr %220, align 8, !tbaa !13
  %242 = icmp eq ptr %241, %221
  br i1 %242, label %243, label %247

243:                                              ; preds = %240
  store ptr %218, ptr %220, align 8, !tbaa !13
  %244 = load i64, ptr %154, align 8, !tbaa !16
  %245 = getelementptr inbounds i8, ptr %220, i64 8
  store i64 %244, ptr %245, align 8, !tbaa !16
  %246 = load i64, ptr %136, align 8, !tbaa !15
  store i64 %246, ptr %221, align 8, !tbaa !15
  br label %254

247:                                              ; preds = %240
  %248 = load i64, ptr %221, align 8, !tbaa !15
  store ptr %218, ptr %220, align 8, !tbaa !13
  %249 = load i64, ptr %154, align 8, !tbaa !16
  %250 = getelementptr inbounds i8, ptr %220, i64 8
  store i64 %249, ptr %250, align 8, !tbaa !16
  %251 = load i64, ptr %136, align 8, !tbaa !15
  store i64 %251, ptr %221, align 8, !tbaa !15
  %252 = icmp eq ptr %241, null
  br i1 %252, label %254, label %253

253:                                              ; preds = %247
  store ptr %241, ptr %5, align 8, !tbaa !13
  store i64 %248, ptr %136, align 8, !tbaa !15
  br label %255

254:                                              ; preds = %247, %243
  store ptr %136, ptr %5, align 8, !tbaa !13
  br label %255

255:                                              ; preds = %254, %253, %234, %223
  %256 = phi ptr [ %239, %234 ], [ %241, %253 ], [ %136, %254 ], [ %218, %223 ]
  store i64 0, ptr %154, align 8, !tbaa !16
  store i8 0, ptr %256, align 1, !tbaa !15
  %257 = load ptr, ptr %5, align 8, !tbaa !13
  %258 = icmp eq ptr %257, %136
  br i1 %258, label %262, label %259

259:                                              ; preds = %255
  %260 = load i64, ptr %136, align 8, !tbaa !15
  %261 = add i64 %260, 1
  call void @_ZdlPvm(ptr noundef %257, i64 noundef %261) #26
  br label %262

262:                                              ; preds = %255, %259
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #17

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %0, i64 %1) unnamed_addr #18 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = inttoptr i64 %0 to ptr
  %5 = inttoptr i64 %1 to ptr
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %148, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %4, i64 32
  %9 = icmp eq ptr %8, %5
  br i1 %9, label %148, label %10

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %4, i64 8
  %12 = getelementptr inbounds i8, ptr %3, i64 16
  %13 = getelementptr inbounds i8, ptr %3, i64 8
  %14 = getelementptr inbounds i8, ptr %4, i64 16
  %15 = icmp eq ptr %3, %4
  br label %16

16:                                               ; preds = %10, %145
  %17 = phi ptr [ %8, %10 ], [ %146, %145 ]
  %18 = phi ptr [ %4, %10 ], [ %17, %145 ]
  %19 = getelementptr inbounds i8, ptr %18, i64 40
  %20 = load i64, ptr %19, align 8, !tbaa !16
  %21 = load i64, ptr %11, align 8, !tbaa !16
  %22 = icmp eq i64 %20, %21
  br i1 %22, label %27, label %23

23:                                               ; preds = %16
  %24 = icmp ult i64 %20, %21
  br i1 %24, label %25, label %143

25:                                               ; preds = %23
  %26 = load ptr, ptr %17, align 8, !tbaa !13
  br label %34

27:                                               ; preds = %16
  %28 = icmp eq i64 %20, 0
  br i1 %28, label %143, label %29

29:                                               ; preds = %27
  %30 = load ptr, ptr %4, align 8, !tbaa !13
  %31 = load ptr, ptr %17, align 8, !tbaa !13
  %32 = call i32 @memcmp(ptr noundef %31, ptr noundef %30, i64 noundef %20) #24
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %34, label %143

34:                                               ; preds = %25, %29
  %35 = phi ptr [ %26, %25 ], [ %31, %29 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #24
  store ptr %12, ptr %3, align 8, !tbaa !6
  %36 = getelementptr inbounds i8, ptr %18, i64 48
  %37 = icmp eq ptr %35, %36
  br i1 %37, label %38, label %43

38:                                               ; preds = %34
  %39 = add i64 %20, 1
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %45, label %41

41:                                               ; preds = %38
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %12, ptr nonnull align 8 %36, i64 %39, i1 false)
  %42 = load i64, ptr %19, align 8, !tbaa !16
  br label %45

43:                                               ; preds = %34
  store ptr %35, ptr %3, align 8, !tbaa !13
  %44 = load i64, ptr %36, align 8, !tbaa !15
  store i64 %44, ptr %12, align 8, !tbaa !15
  br label %45

45:                                               ; preds = %38, %41, %43
  %46 = phi ptr [ %12, %38 ], [ %12, %41 ], [ %35, %43 ]
  %47 = phi i64 [ -1, %38 ], [ %42, %41 ], [ %20, %43 ]
  store i64 %47, ptr %13, align 8, !tbaa !16
  store ptr %36, ptr %17, align 8, !tbaa !13
  store i64 0, ptr %19, align 8, !tbaa !16
  store i8 0, ptr %36, align 1, !tbaa !15
  %48 = ptrtoint ptr %17 to i64
  %49 = sub i64 %48, %0
  %50 = ashr exact i64 %49, 5
  %51 = icmp sgt i64 %50, 0
  br i1 %51, label %52, label %104

52:                                               ; preds = %45
  %53 = getelementptr inbounds i8, ptr %18, i64 64
  br label %54

54:                                               ; preds = %52, %97
  %55 = phi i64 [ %100, %97 ], [ %50, %52 ]
  %56 = phi ptr [ %59, %97 ], [ %53, %52 ]
  %57 = phi ptr [ %58, %97 ], [ %17, %52 ]
  %58 = getelementptr inbounds i8, ptr %57, i64 -32
  %59 = getelementptr inbounds i8, ptr %56, i64 -32
  %60 = getelementptr inbounds i8, ptr %56, i64 -16
  %61 = load ptr, ptr %58, align 8, !tbaa !13
  %62 = getelementptr inbounds i8, ptr %57, i64 -16
  %63 = icmp eq ptr %61, %62
  br i1 %63, label %64, label %80

64:                                               ; preds = %54
  %65 = getelementptr inbounds i8, ptr %57, i64 -24
  %66 = load i64, ptr %65, align 8, !tbaa !16
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %74, label %68

68:                                               ; preds = %64
  %69 = load ptr, ptr %59, align 8, !tbaa !13
  %70 = icmp eq i64 %66, 1
  br i1 %70, label %71, label %73

71:                                               ; preds = %68
  %72 = load i8, ptr %61, align 1, !tbaa !15
  store i8 %72, ptr %69, align 1, !tbaa !15
  br label %74

73:                                               ; preds = %68
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %69, ptr align 1 %61, i64 %66, i1 false)
  br label %74

74:                                               ; preds = %73, %71, %64
  %75 = load i64, ptr %65, align 8, !tbaa !16
  %76 = getelementptr inbounds i8, ptr %56, i64 -24
  store i64 %75, ptr %76, align 8, !tbaa !16
  %77 = load ptr, ptr %59, align 8, !tbaa !13
  %78 = getelementptr inbounds i8, ptr %77, i64 %75
  store i8 0, ptr %78, align 1, !tbaa !15
  %79 = load ptr, ptr %58, align 8, !tbaa !13
  br label %97

80:                                               ; preds = %54
  %81 = load ptr, ptr %59, align 8, !tbaa !13
  %82 = icmp eq ptr %81, %60
  br i1 %82, label %83, label %88

83:                                               ; preds = %80
  store ptr %61, ptr %59, align 8, !tbaa !13
  %84 = getelementptr inbounds i8, ptr %57, i64 -24
  %85 = load i64, ptr %84, align 8, !tbaa !16
  %86 = getelementptr inbounds i8, ptr %56, i64 -24
  store i64 %85, ptr %86, align 8, !tbaa !16
  %87 = load i64, ptr %62, align 8, !tbaa !15
  store i64 %87, ptr %60, align 8, !tbaa !15
  br label %96

88:                                               ; preds = %80
  %89 = load i64, ptr %60, align 8, !tbaa !15
  store ptr %61, ptr %59, align 8, !tbaa !13
  %90 = getelementptr inbounds i8, ptr %57, i64 -24
  %91 = load i64, ptr %90, align 8, !tbaa !16
  %92 = getelementptr inbounds i8, ptr %56, i64 -24
  store i64 %91, ptr %92, align 8, !tbaa !16
  %93 = load i64, ptr %62, align 8, !tbaa !15
  store i64 %93, ptr %60, align 8, !tbaa !15
  %94 = icmp eq ptr %81, null
  br i1 %94, label %96, label %95

95:                                               ; preds = %88
  store ptr %81, ptr %58, align 8, !tbaa !13
  store i64 %89, ptr %62, align 8, !tbaa !15
  br label %97

96:                                               ; preds = %88, %83
  store ptr %62, ptr %58, align 8, !tbaa !13
  br label %97

97:                                               ; preds = %96, %95, %74
  %98 = phi ptr [ %79, %74 ], [ %81, %95 ], [ %62, %96 ]
  %99 = getelementptr inbounds i8, ptr %57, i64 -24
  store i64 0, ptr %99, align 8, !tbaa !16
  store i8 0, ptr %98, align 1, !tbaa !15
  %100 = add nsw i64 %55, -1
  %101 = icmp sgt i64 %55, 1
  br i1 %101, label %54, label %102, !llvm.loop !116

102:                                              ; preds = %97
  %103 = load ptr, ptr %3, align 8, !tbaa !13
  br label %104

104:                                              ; preds = %102, %45
  %105 = phi ptr [ %103, %102 ], [ %46, %45 ]
  %106 = icmp eq ptr %105, %12
  br i1 %106, label %107, label %122

107:                                              ; preds = %104
  br i1 %15, label %135, label %108, !prof !109

108:                                              ; preds = %107
  %109 = load i64, ptr %13, align 8, !tbaa !16
  %110 = icmp eq i64 %109, 0
  br i1 %110, label %117, label %111

111:                                              ; preds = %108
  %112 = load ptr, ptr %4, align 8, !tbaa !13
  %113 = icmp eq i64 %109, 1
  br i1 %113, label %114, label %116

114:                                              ; preds = %111
  %115 = load i8, ptr %105, align 1, !tbaa !15
  store i8 %115, ptr %112, align 1, !tbaa !15
  br label %117

116:                                              ; preds = %111
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %112, ptr align 1 %105, i64 %109, i1 false)
  br label %117

117:                                              ; preds = %116, %114, %108
  %118 = load i64, ptr %13, align 8, !tbaa !16
  store i64 %118, ptr %11, align 8, !tbaa !16
  %119 = load ptr, ptr %4, align 8, !tbaa !13
  %120 = getelementptr inbounds i8, ptr %119, i64 %118
  store i8 0, ptr %120, align 1, !tbaa !15
  %121 = load ptr, ptr %3, align 8, !tbaa !13
  br label %135

122:                                              ; preds = %104
  %123 = load ptr, ptr %4, align 8, !tbaa !13
  %124 = icmp eq ptr %123, %14
  br i1 %124, label %125, label %128

125:                                              ; preds = %122
  store ptr %105, ptr %4, align 8, !tbaa !13
  %126 = load i64, ptr %13, align 8, !tbaa !16
  store i64 %126, ptr %11, align 8, !tbaa !16
  %127 = load i64, ptr %12, align 8, !tbaa !15
  store i64 %127, ptr %14, align 8, !tbaa !15
  br label %134

128:                                              ; preds = %122
  %129 = load i64, ptr %14, align 8, !tbaa !15
  store ptr %105, ptr %4, align 8, !tbaa !13
  %130 = load i64, ptr %13, align 8, !tbaa !16
  store i64 %130, ptr %11, align 8, !tbaa !16
  %131 = load i64, ptr %12, align 8, !tbaa !15
  store i64 %131, ptr %14, align 8, !tbaa !15
  %132 = icmp eq ptr %123, null
  br i1 %132, label %134, label %133

133:                                              ; preds = %128
  store ptr %123, ptr %3, align 8, !tbaa !13
  store i64 %129, ptr %12, align 8, !tbaa !15
  br label %135

134:                                              ; preds = %128, %125
  store ptr %12, ptr %3, align 8, !tbaa !13
  br label %135

135:                                              ; preds = %107, %117, %133, %134
  %136 = phi ptr [ %121, %117 ], [ %123, %133 ], [ %12, %134 ], [ %105, %107 ]
  store i64 0, ptr %13, align 8, !tbaa !16
  store i8 0, ptr %136, align 1, !tbaa !15
  %137 = load ptr, ptr %3, align 8, !tbaa !13
  %138 = icmp eq ptr %137, %12
  br i1 %138, label %142, label %139

139:                                              ; preds = %135
  %140 = load i64, ptr %12, align 8, !tbaa !15
  %141 = add i64 %140, 1
  call void @_ZdlPvm(ptr noundef %137, i64 noundef %141) #26
  br label %142

142:                                              ; preds = %135, %139
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #24
  br label %145

143:                                              ; preds = %29, %27, %23
  %144 = ptrtoint ptr %17 to i64
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %144)
  br label %145

145:                                              ; preds = %142, %143
  %146 = getelementptr inbounds i8, ptr %17, i64 32
  %147 = icmp eq ptr %146, %5
  br i1 %147, label %148, label %16, !llvm.loop !117

148:                                              ; preds = %145, %7, %2
  ret void
}

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %0) unnamed_addr #18 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::__cxx11::basic_string", align 8
  %3 = inttoptr i64 %0 to ptr
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #24
  %4 = getelementptr inbounds i8, ptr %2, i64 16
  store ptr %4, ptr %2, align 8, !tbaa !6
  %5 = load ptr, ptr %3, align 8, !tbaa !13
  %6 = getelementptr inbounds i8, ptr %3, i64 16
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %1
  %9 = getelementptr inbounds i8, ptr %3, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !16
  %11 = add i64 %10, 1
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %18, label %13

13:                                               ; preds = %8
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %4, ptr nonnull align 8 %6, i64 %11, i1 false)
  br label %18

14:                                               ; preds = %1
  store ptr %5, ptr %2, align 8, !tbaa !13
  %15 = load i64, ptr %6, align 8, !tbaa !15
  store i64 %15, ptr %4, align 8, !tbaa !15
  %16 = getelementptr inbounds i8, ptr %3, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !16
  br label %18

18:                                               ; preds = %8, %13, %14
  %19 = phi i64 [ -1, %8 ], [ %10, %13 ], [ %17, %14 ]
  %20 = getelementptr inbounds i8, ptr %3, i64 8
  %21 = getelementptr inbounds i8, ptr %2, i64 8
  store i64 %19, ptr %21, align 8, !tbaa !16
  store ptr %6, ptr %3, align 8, !tbaa !13
  store i64 0, ptr %20, align 8, !tbaa !16
  store i8 0, ptr %6, align 1, !tbaa !15
  br label %22

22:                                               ; preds = %74, %18
  %23 = phi i64 [ %19, %18 ], [ %76, %74 ]
  %24 = phi ptr [ %3, %18 ], [ %25, %74 ]
  %25 = getelementptr inbounds i8, ptr %24, i64 -32
  %26 = getelementptr inbounds i8, ptr %24, i64 -24
  %27 = load i64, ptr %26, align 8, !tbaa !16
  %28 = icmp eq i64 %23, %27
  br i1 %28, label %35, label %29

29:                                               ; preds = %22
  %30 = icmp ult i64 %23, %27
  br i1 %30, label %33, label %31

31:                                               ; preds = %29
  %32 = load ptr, ptr %2, align 8, !tbaa !13
  br label %77

33:                                               ; preds = %29
  %34 = load ptr, ptr %25, align 8, !tbaa !13
  br label %42

35:                                               ; preds = %22
  %36 = icmp eq i64 %23, 0
  %37 = load ptr, ptr %2, align 8, !tbaa !13
  br i1 %36, label %77, label %38

38:                                               ; preds = %35
  %39 = load ptr, ptr %25, align 8, !tbaa !13
  %40 = call i32 @memcmp(ptr noundef %37, ptr noundef %39, i64 noundef %23) #24
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %42, label %77

42:                                               ; preds = %33, %38
  %43 = phi ptr [ %34, %33 ], [ %39, %38 ]
  %44 = getelementptr inbounds i8, ptr %24, i64 16
  %45 = getelementptr inbounds i8, ptr %24, i64 -16
  %46 = icmp eq ptr %43, %45
  br i1 %46, label %47, label %61

47:                                               ; preds = %42
  %48 = icmp eq i64 %27, 0
  br i1 %48, label %55, label %49

49:                                               ; preds = %47
  %50 = load ptr, ptr %24, align 8, !tbaa !13
  %51 = icmp eq i64 %27, 1
  br i1 %51, label %52, label %54

52:                                               ; preds = %49
  %53 = load i8, ptr %43, align 1, !tbaa !15
  store i8 %53, ptr %50, align 1, !tbaa !15
  br label %55

54:                                               ; preds = %49
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %50, ptr align 1 %43, i64 %27, i1 false)
  br label %55

55:                                               ; preds = %54, %52, %47
  %56 = load i64, ptr %26, align 8, !tbaa !16
  %57 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %56, ptr %57, align 8, !tbaa !16
  %58 = load ptr, ptr %24, align 8, !tbaa !13
  %59 = getelementptr inbounds i8, ptr %58, i64 %56
  store i8 0, ptr %59, align 1, !tbaa !15
  %60 = load ptr, ptr %25, align 8, !tbaa !13
  br label %74

61:                                               ; preds = %42
  %62 = load ptr, ptr %24, align 8, !tbaa !13
  %63 = icmp eq ptr %62, %44
  br i1 %63, label %64, label %67

64:                                               ; preds = %61
  store ptr %43, ptr %24, align 8, !tbaa !13
  %65 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %27, ptr %65, align 8, !tbaa !16
  %66 = load i64, ptr %45, align 8, !tbaa !15
  store i64 %66, ptr %44, align 8, !tbaa !15
  br label %73

67:                                               ; preds = %61
  %68 = load i64, ptr %44, align 8, !tbaa !15
  store ptr %43, ptr %24, align 8, !tbaa !13
  %69 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %27, ptr %69, align 8, !tbaa !16
  %70 = load i64, ptr %45, align 8, !tbaa !15
  store i64 %70, ptr %44, align 8, !tbaa !15
  %71 = icmp eq ptr %62, null
  br i1 %71, label %73, label %72

72:                                               ; preds = %67
  store ptr %62, ptr %25, align 8, !tbaa !13
  store i64 %68, ptr %45, align 8, !tbaa !15
  br label %74

73:                                               ; preds = %67, %64
  store ptr %45, ptr %25, align 8, !tbaa !13
  br label %74

74:                                               ; preds = %55, %72, %73
  %75 = phi ptr [ %60, %55 ], [ %62, %72 ], [ %45, %73 ]
  store i64 0, ptr %26, align 8, !tbaa !16
  store i8 0, ptr %75, align 1, !tbaa !15
  %76 = load i64, ptr %21, align 8, !tbaa !16
  br label %22, !llvm.loop !118

77:                                               ; preds = %38, %35, %31
  %78 = phi ptr [ %32, %31 ], [ %37, %35 ], [ %37, %38 ]
  %79 = getelementptr inbounds i8, ptr %24, i64 16
  %80 = icmp eq ptr %78, %4
  br i1 %80, label %81, label %97

81:                                               ; preds = %77
  %82 = icmp eq ptr %2, %24
  br i1 %82, label %110, label %83, !prof !109

83:                                               ; preds = %81
  %84 = icmp eq i64 %23, 0
  br i1 %84, label %91, label %85

85:                                               ; preds = %83
  %86 = load ptr, ptr %24, align 8, !tbaa !13
  %87 = icmp eq i64 %23, 1
  br i1 %87, label %88, label %90

88:                                               ; preds = %85
  %89 = load i8, ptr %78, align 1, !tbaa !15
  store i8 %89, ptr %86, align 1, !tbaa !15
  br label %91

90:                                               ; preds = %85
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %86, ptr align 1 %78, i64 %23, i1 false)
  br label %91

91:                                               ; preds = %90, %88, %83
  %92 = load i64, ptr %21, align 8, !tbaa !16
  %93 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %92, ptr %93, align 8, !tbaa !16
  %94 = load ptr, ptr %24, align 8, !tbaa !13
  %95 = getelementptr inbounds i8, ptr %94, i64 %92
  store i8 0, ptr %95, align 1, !tbaa !15
  %96 = load ptr, ptr %2, align 8, !tbaa !13
  br label %110

97:                                               ; preds = %77
  %98 = load ptr, ptr %24, align 8, !tbaa !13
  %99 = icmp eq ptr %98, %79
  br i1 %99, label %100, label %103

100:                                              ; preds = %97
  store ptr %78, ptr %24, align 8, !tbaa !13
  %101 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %23, ptr %101, align 8, !tbaa !16
  %102 = load i64, ptr %4, align 8, !tbaa !15
  store i64 %102, ptr %79, align 8, !tbaa !15
  br label %109

103:                                              ; preds = %97
  %104 = load i64, ptr %79, align 8, !tbaa !15
  store ptr %78, ptr %24, align 8, !tbaa !13
  %105 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 %23, ptr %105, align 8, !tbaa !16
  %106 = load i64, ptr %4, align 8, !tbaa !15
  store i64 %106, ptr %79, align 8, !tbaa !15
  %107 = icmp eq ptr %98, null
  br i1 %107, label %109, label %108

108:                                              ; preds = %103
  store ptr %98, ptr %2, align 8, !tbaa !13
  store i64 %104, ptr %4, align 8, !tbaa !15
  br label %110

109:                                              ; preds = %103, %100
  store ptr %4, ptr %2, align 8, !tbaa !13
  br label %110

110:                                              ; preds = %81, %91, %108, %109
  %111 = phi ptr [ %96, %91 ], [ %98, %108 ], [ %4, %109 ], [ %78, %81 ]
  store i64 0, ptr %21, align 8, !tbaa !16
  store i8 0, ptr %111, align 1, !tbaa !15
  %112 = load ptr, ptr %2, align 8, !tbaa !13
  %113 = icmp eq ptr %112, %4
  br i1 %113, label %117, label %114

114:                                              ; preds = %110
  %115 = load i64, ptr %4, align 8, !tbaa !15
  %116 = add i64 %115, 1
  call void @_ZdlPvm(ptr noundef %112, i64 noundef %116) #26
  br label %117

117:                                              ; preds = %110, %114
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #24
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE19_M_range_initializeIPKS7_EEvT_SD_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, ptr noundef %2, i8 %3) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %5 = ptrtoint ptr %2 to i64
  %6 = ptrtoint ptr %1 to i64
  %7 = sub i64 %5, %6
  %8 = sdiv exact i64 %7, 40
  %9 = icmp ugt i64 %8, 230584300921369395
  br i1 %9, label %10, label %11

10:                                               ; preds = %4
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.47) #25
  unreachable

11:                                               ; preds = %4
  %12 = icmp eq ptr %2, %1
  br i1 %12, label %13, label %16

13:                                               ; preds = %11
  store ptr null, ptr %0, align 8, !tbaa !45
  %14 = getelementptr inbounds i8, ptr null, i64 %7
  %15 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %14, ptr %15, align 8, !tbaa !47
  br label %39

16:                                               ; preds = %11
  %17 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %7) #30
  store ptr %17, ptr %0, align 8, !tbaa !45
  %18 = getelementptr inbounds i8, ptr %17, i64 %7
  %19 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %18, ptr %19, align 8, !tbaa !47
  br label %20

20:                                               ; preds = %16, %23
  %21 = phi ptr [ %25, %23 ], [ %17, %16 ]
  %22 = phi ptr [ %24, %23 ], [ %1, %16 ]
  invoke void @_ZNSt8__detail9__variant15_Copy_ctor_baseILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2ERKS8_(ptr noundef nonnull align 8 dereferenceable(33) %21, ptr noundef nonnull align 8 dereferenceable(33) %22)
          to label %23 unwind label %27

23:                                               ; preds = %20
  %24 = getelementptr inbounds i8, ptr %22, i64 40
  %25 = getelementptr inbounds i8, ptr %21, i64 40
  %26 = icmp eq ptr %24, %2
  br i1 %26, label %39, label %20, !llvm.loop !119

27:                                               ; preds = %20
  %28 = landingpad { ptr, i32 }
          catch ptr null
  %29 = extractvalue { ptr, i32 } %28, 0
  %30 = tail call ptr @__cxa_begin_catch(ptr %29) #24
  invoke void @_ZSt8_DestroyIPSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEvT_S9_(ptr noundef nonnull %17, ptr noundef nonnull %21)
          to label %31 unwind label %32

31:                                               ; preds = %27
  invoke void @__cxa_rethrow() #25
          to label %38 unwind label %32

32:                                               ; preds = %31, %27
  %33 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %34 unwind label %35

34:                                               ; preds = %32
  resume { ptr, i32 } %33

35:                                               ; preds = %32
  %36 = landingpad { ptr, i32 }
          catch ptr null
  %37 = extractvalue { ptr, i32 } %36, 0
  tail call void @__clang_call_terminate(ptr %37) #28
  unreachable

38:                                               ; preds = %31
  unreachable

39:                                               ; preds = %23, %13
  %40 = phi ptr [ null, %13 ], [ %25, %23 ]
  %41 = getelementptr inbounds i8, ptr %0, i64 8
  store ptr %40, ptr %41, align 8, !tbaa !74
  ret void
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEvT_S9_(ptr noundef %0, ptr noundef %1) local_unnamed_addr #19 comdat personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %0, %1
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %16
  %5 = phi ptr [ %17, %16 ], [ %0, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 32
  %7 = load i8, ptr %6, align 8, !tbaa !40
  %8 = icmp ult i8 %7, 2
  br i1 %8, label %16, label %9

9:                                                ; preds = %4
  %10 = load ptr, ptr %5, align 8, !tbaa !13
  %11 = getelementptr inbounds i8, ptr %5, i64 16
  %12 = icmp eq ptr %10, %11
  br i1 %12, label %16, label %13

13:                                               ; preds = %9
  %14 = load i64, ptr %11, align 8, !tbaa !15
  %15 = add i64 %14, 1
  tail call void @_ZdlPvm(ptr noundef %10, i64 noundef %15) #26
  br label %16

16:                                               ; preds = %13, %9, %4
  store i8 -1, ptr %6, align 8, !tbaa !40
  %17 = getelementptr inbounds i8, ptr %5, i64 40
  %18 = icmp eq ptr %17, %1
  br i1 %18, label %19, label %4, !llvm.loop !75

19:                                               ; preds = %16, %2
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8__detail9__variant15_Copy_ctor_baseILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2ERKS8_(ptr noundef nonnull align 8 dereferenceable(33) %0, ptr noundef nonnull align 8 dereferenceable(33) %1) unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  store i8 -1, ptr %4, align 8, !tbaa !40
  %5 = getelementptr inbounds i8, ptr %1, i64 32
  %6 = load i8, ptr %5, align 8, !tbaa !40
  switch i8 %6, label %32 [
    i8 0, label %7
    i8 1, label %9
    i8 2, label %11
  ]

7:                                                ; preds = %2
  %8 = load i32, ptr %1, align 8, !tbaa !31
  store i32 %8, ptr %0, align 8, !tbaa !38
  br label %33

9:                                                ; preds = %2
  %10 = load double, ptr %1, align 8, !tbaa !60
  store double %10, ptr %0, align 8, !tbaa !42
  br label %33

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %12, ptr %0, align 8, !tbaa !6
  %13 = load ptr, ptr %1, align 8, !tbaa !13
  %14 = getelementptr inbounds i8, ptr %1, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store i64 %15, ptr %3, align 8, !tbaa !11
  %16 = icmp ugt i64 %15, 15
  br i1 %16, label %17, label %21

17:                                               ; preds = %11
  %18 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %19 unwind label %35

19:                                               ; preds = %17
  store ptr %18, ptr %0, align 8, !tbaa !13
  %20 = load i64, ptr %3, align 8, !tbaa !11
  store i64 %20, ptr %12, align 8, !tbaa !15
  br label %21

21:                                               ; preds = %19, %11
  %22 = phi ptr [ %18, %19 ], [ %12, %11 ]
  switch i64 %15, label %25 [
    i64 1, label %23
    i64 0, label %26
  ]

23:                                               ; preds = %21
  %24 = load i8, ptr %13, align 1, !tbaa !15
  store i8 %24, ptr %22, align 1, !tbaa !15
  br label %26

25:                                               ; preds = %21
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %22, ptr align 1 %13, i64 %15, i1 false)
  br label %26

26:                                               ; preds = %25, %23, %21
  %27 = load i64, ptr %3, align 8, !tbaa !11
  %28 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %27, ptr %28, align 8, !tbaa !16
  %29 = load ptr, ptr %0, align 8, !tbaa !13
  %30 = getelementptr inbounds i8, ptr %29, i64 %27
  store i8 0, ptr %30, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %31 = load i8, ptr %5, align 8, !tbaa !40
  br label %33

32:                                               ; preds = %2
  unreachable

33:                                               ; preds = %26, %9, %7
  %34 = phi i8 [ %31, %26 ], [ 1, %9 ], [ 0, %7 ]
  store i8 %34, ptr %4, align 8, !tbaa !40
  ret void

35:                                               ; preds = %17
  %36 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %0) #24
  resume { ptr, i32 } %36
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #20

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #21

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #22

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #21

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #23

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #21

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #12 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { mustprogress nofree nosync nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { mustprogress nofree nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { inlinehint mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #20 = { nofree nounwind }
attributes #21 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #23 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #24 = { nounwind }
attributes #25 = { noreturn }
attributes #26 = { builtin nounwind }
attributes #27 = { nounwind willreturn memory(read) }
attributes #28 = { noreturn nounwind }
attributes #29 = { nounwind willreturn memory(none) }
attributes #30 = { builtin allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !8, i64 0}
!7 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !8, i64 0}
!8 = !{!"any pointer", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C++ TBAA"}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !9, i64 0}
!13 = !{!14, !8, i64 0}
!14 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !7, i64 0, !12, i64 8, !9, i64 16}
!15 = !{!9, !9, i64 0}
!16 = !{!14, !12, i64 8}
!17 = !{!18}
!18 = distinct !{!18, !19, !"_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm: argument 0"}
!19 = distinct !{!19, !"_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm"}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = distinct !{!22, !21}
!23 = !{!8, !8, i64 0}
!24 = distinct !{!24, !21}
!25 = !{!26}
!26 = distinct !{!26, !27, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!27 = distinct !{!27, !"_ZNSt7__cxx119to_stringEi"}
!28 = !{!29}
!29 = distinct !{!29, !30, !"_ZNSt7__cxx119to_stringEx: argument 0"}
!30 = distinct !{!30, !"_ZNSt7__cxx119to_stringEx"}
!31 = !{!32, !32, i64 0}
!32 = !{!"int", !9, i64 0}
!33 = !{!34}
!34 = distinct !{!34, !35, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!35 = distinct !{!35, !"_ZNSt7__cxx119to_stringEi"}
!36 = distinct !{!36, !21}
!37 = distinct !{!37, !21}
!38 = !{!39, !32, i64 0}
!39 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIiLb1EEE", !32, i64 0}
!40 = !{!41, !9, i64 32}
!41 = !{!"_ZTSNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEE", !9, i64 0, !9, i64 32}
!42 = !{!43, !44, i64 0}
!43 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIdLb1EEE", !44, i64 0}
!44 = !{!"double", !9, i64 0}
!45 = !{!46, !8, i64 0}
!46 = !{!"_ZTSNSt12_Vector_baseISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!47 = !{!46, !8, i64 16}
!48 = !{!49, !51}
!49 = distinct !{!49, !50, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_: argument 0"}
!50 = distinct !{!50, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_"}
!51 = distinct !{!51, !52, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_: argument 0"}
!52 = distinct !{!52, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_"}
!53 = !{!54, !56, !58, !49, !51}
!54 = distinct !{!54, !55, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!55 = distinct !{!55, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_"}
!56 = distinct !{!56, !57, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!57 = distinct !{!57, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!58 = distinct !{!58, !59, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_: argument 0"}
!59 = distinct !{!59, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_"}
!60 = !{!44, !44, i64 0}
!61 = !{!62, !64, !66, !49, !51}
!62 = distinct !{!62, !63, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!63 = distinct !{!63, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_"}
!64 = distinct !{!64, !65, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!65 = distinct !{!65, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!66 = distinct !{!66, !67, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm1EEEE14__visit_invokeESC_SG_: argument 0"}
!67 = distinct !{!67, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm1EEEE14__visit_invokeESC_SG_"}
!68 = distinct !{!68, !21, !69, !70}
!69 = !{!"llvm.loop.isvectorized", i32 1}
!70 = !{!"llvm.loop.unroll.runtime.disable"}
!71 = distinct !{!71, !21, !69, !70}
!72 = distinct !{!72, !21, !70, !69}
!73 = distinct !{!73, !21}
!74 = !{!46, !8, i64 8}
!75 = distinct !{!75, !21}
!76 = !{!77, !8, i64 0}
!77 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!78 = !{!77, !8, i64 8}
!79 = distinct !{!79, !21}
!80 = !{!77, !8, i64 16}
!81 = !{i64 0, i64 8, !23, i64 8, i64 8, !23, i64 16, i64 8, !23, i64 24, i64 4, !31, i64 28, i64 4, !31}
!82 = !{!83}
!83 = distinct !{!83, !84, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!84 = distinct !{!84, !"_ZNSt7__cxx119to_stringEi"}
!85 = !{!86}
!86 = distinct !{!86, !87, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!87 = distinct !{!87, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!90 = distinct !{!90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!91 = !{!92}
!92 = distinct !{!92, !93, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!93 = distinct !{!93, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!94 = !{!95}
!95 = distinct !{!95, !96, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!96 = distinct !{!96, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!97 = !{!98}
!98 = distinct !{!98, !96, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!99 = !{!95, !98}
!100 = distinct !{!100, !21}
!101 = !{!102}
!102 = distinct !{!102, !103, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!103 = distinct !{!103, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!104 = !{!105}
!105 = distinct !{!105, !103, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!106 = !{!102, !105}
!107 = distinct !{!107, !21}
!108 = distinct !{!108, !21}
!109 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!110 = distinct !{!110, !21}
!111 = distinct !{!111, !21}
!112 = distinct !{!112, !21}
!113 = distinct !{!113, !21}
!114 = distinct !{!114, !21}
!115 = distinct !{!115, !21}
!116 = distinct !{!116, !21}
!117 = distinct !{!117, !21}
!118 = distinct !{!118, !21}
!119 = distinct !{!119, !21}
