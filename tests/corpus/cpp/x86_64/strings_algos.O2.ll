; ModuleID = 'strings_algos.cpp'
source_filename = "strings_algos.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_ = comdat any

$_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev = comdat any

$_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z = comdat any

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
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16
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
  store ptr %24, ptr %6, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 19, ptr %5, align 8, !tbaa !10
  %25 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
  store ptr %25, ptr %6, align 8, !tbaa !12
  %26 = load i64, ptr %5, align 8, !tbaa !10
  store i64 %26, ptr %24, align 8, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(19) %25, ptr noundef nonnull align 1 dereferenceable(19) @.str, i64 19, i1 false)
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 %26, ptr %27, align 8, !tbaa !15
  %28 = load ptr, ptr %6, align 8, !tbaa !12
  %29 = getelementptr inbounds i8, ptr %28, i64 %26
  store i8 0, ptr %29, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  %30 = load i64, ptr %27, align 8, !tbaa !15
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
  %38 = load ptr, ptr %6, align 8, !tbaa !12
  %39 = load i64, ptr %27, align 8, !tbaa !15
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %38, i64 noundef %39)
  %41 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull @.str.3, i64 noundef 0, i64 noundef 3) #24
  %42 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32) %6, i8 noundef signext 111, i64 noundef -1) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #24
  call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %43 = load i64, ptr %27, align 8, !tbaa !15, !noalias !16
  %44 = icmp ult i64 %43, %41
  br i1 %44, label %45, label %47

45:                                               ; preds = %37
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.44, i64 noundef %41, i64 noundef %43) #25
          to label %46 unwind label %143

46:                                               ; preds = %45
  unreachable

47:                                               ; preds = %37
  %48 = getelementptr inbounds i8, ptr %7, i64 16
  store ptr %48, ptr %7, align 8, !tbaa !5, !alias.scope !16
  %49 = load ptr, ptr %6, align 8, !tbaa !12, !noalias !16
  %50 = getelementptr inbounds i8, ptr %49, i64 %41
  %51 = sub i64 %43, %41
  %52 = call noundef i64 @llvm.umin.i64(i64 %51, i64 9)
  switch i64 %52, label %55 [
    i64 1, label %53
    i64 0, label %56
  ]

53:                                               ; preds = %47
  %54 = load i8, ptr %50, align 1, !tbaa !14
  store i8 %54, ptr %48, align 8, !tbaa !14
  br label %56

55:                                               ; preds = %47
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %48, ptr align 1 %50, i64 %52, i1 false)
  br label %56

56:                                               ; preds = %55, %53, %47
  %57 = getelementptr inbounds i8, ptr %7, i64 8
  store i64 %52, ptr %57, align 8, !tbaa !15, !alias.scope !16
  %58 = getelementptr inbounds i8, ptr %48, i64 %52
  store i8 0, ptr %58, align 1, !tbaa !14
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %41, i64 noundef %42, ptr noundef nonnull %48)
  %60 = load ptr, ptr %7, align 8, !tbaa !12
  %61 = icmp eq ptr %60, %48
  br i1 %61, label %65, label %62

62:                                               ; preds = %56
  %63 = load i64, ptr %48, align 8, !tbaa !14
  %64 = add i64 %63, 1
  call void @_ZdlPvm(ptr noundef %60, i64 noundef %64) #26
  br label %65

65:                                               ; preds = %56, %62
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  %66 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull @.str.5, i64 noundef 0, i64 noundef 4) #24
  %67 = load i64, ptr %27, align 8, !tbaa !15
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
  store ptr %76, ptr %8, align 8, !tbaa !5
  %77 = load ptr, ptr %6, align 8, !tbaa !12
  %78 = load i64, ptr %27, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %78, ptr %4, align 8, !tbaa !10
  %79 = icmp ugt i64 %78, 15
  br i1 %79, label %80, label %84

80:                                               ; preds = %75
  %81 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %82 unwind label %147

82:                                               ; preds = %80
  store ptr %81, ptr %8, align 8, !tbaa !12
  %83 = load i64, ptr %4, align 8, !tbaa !10
  store i64 %83, ptr %76, align 8, !tbaa !14
  br label %84

84:                                               ; preds = %82, %75
  %85 = phi ptr [ %81, %82 ], [ %76, %75 ]
  switch i64 %78, label %88 [
    i64 1, label %86
    i64 0, label %89
  ]

86:                                               ; preds = %84
  %87 = load i8, ptr %77, align 1, !tbaa !14
  store i8 %87, ptr %85, align 1, !tbaa !14
  br label %89

88:                                               ; preds = %84
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %85, ptr align 1 %77, i64 %78, i1 false)
  br label %89

89:                                               ; preds = %88, %86, %84
  %90 = load i64, ptr %4, align 8, !tbaa !10
  %91 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %90, ptr %91, align 8, !tbaa !15
  %92 = load ptr, ptr %8, align 8, !tbaa !12
  %93 = getelementptr inbounds i8, ptr %92, i64 %90
  store i8 0, ptr %93, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  %94 = load ptr, ptr %8, align 8, !tbaa !12
  %95 = load i64, ptr %91, align 8, !tbaa !15
  %96 = getelementptr inbounds i8, ptr %94, i64 %95
  %97 = icmp eq i64 %95, 0
  br i1 %97, label %108, label %98

98:                                               ; preds = %89, %98
  %99 = phi ptr [ %104, %98 ], [ %94, %89 ]
  %100 = load i8, ptr %99, align 1, !tbaa !14
  %101 = zext i8 %100 to i32
  %102 = call i32 @toupper(i32 noundef %101) #27
  %103 = trunc i32 %102 to i8
  store i8 %103, ptr %99, align 1, !tbaa !14
  %104 = getelementptr i8, ptr %99, i64 1
  %105 = icmp eq ptr %104, %96
  br i1 %105, label %106, label %98, !llvm.loop !19

106:                                              ; preds = %98
  %107 = load ptr, ptr %8, align 8, !tbaa !12
  br label %108

108:                                              ; preds = %106, %89
  %109 = phi ptr [ %107, %106 ], [ %94, %89 ]
  %110 = load ptr, ptr %6, align 8, !tbaa !12
  %111 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef %110, ptr noundef %109)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %9) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %9, i8 0, i64 24, i1 false)
  %112 = load i64, ptr %27, align 8, !tbaa !15
  %113 = icmp eq i64 %112, 0
  br i1 %113, label %114, label %116

114:                                              ; preds = %108
  %115 = getelementptr inbounds i8, ptr %9, i64 8
  br label %176

116:                                              ; preds = %108
  %117 = load ptr, ptr %6, align 8, !tbaa !12
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
  store ptr %120, ptr %118, align 8
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
  br i1 %140, label %153, label %119, !llvm.loop !21

141:                                              ; preds = %35, %33
  %142 = landingpad { ptr, i32 }
          cleanup
  br label %756

143:                                              ; preds = %45
  %144 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  br label %756

145:                                              ; preds = %71, %69
  %146 = landingpad { ptr, i32 }
          cleanup
  br label %756

147:                                              ; preds = %80
  %148 = landingpad { ptr, i32 }
          cleanup
  br label %754

149:                                              ; preds = %119
  %150 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %10) #24
  br label %747

151:                                              ; preds = %135
  %152 = landingpad { ptr, i32 }
          cleanup
  br label %747

153:                                              ; preds = %130, %137
  %154 = load ptr, ptr %9, align 8, !tbaa !22
  %155 = getelementptr inbounds i8, ptr %9, i64 8
  %156 = load ptr, ptr %155, align 8, !tbaa !22
  %157 = getelementptr inbounds i8, ptr %9, i64 8
  %158 = icmp eq ptr %154, %156
  br i1 %158, label %176, label %159

159:                                              ; preds = %153
  %160 = ptrtoint ptr %156 to i64
  %161 = ptrtoint ptr %154 to i64
  %162 = sub i64 %160, %161
  %163 = ashr exact i64 %162, 5
  %164 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %163, i1 true)
  %165 = shl nuw nsw i64 %164, 1
  %166 = xor i64 %165, 126
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %154, ptr %156, i64 noundef %166)
  %167 = icmp sgt i64 %162, 512
  br i1 %167, label %168, label %175

168:                                              ; preds = %159
  %169 = getelementptr inbounds i8, ptr %154, i64 512
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %154, ptr nonnull %169)
  %170 = icmp eq ptr %169, %156
  br i1 %170, label %176, label %171

171:                                              ; preds = %168, %171
  %172 = phi ptr [ %173, %171 ], [ %169, %168 ]
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr nonnull %172)
  %173 = getelementptr inbounds i8, ptr %172, i64 32
  %174 = icmp eq ptr %173, %156
  br i1 %174, label %176, label %171, !llvm.loop !23

175:                                              ; preds = %159
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %154, ptr %156)
  br label %176

176:                                              ; preds = %171, %114, %175, %168, %153
  %177 = phi ptr [ %115, %114 ], [ %157, %175 ], [ %157, %168 ], [ %157, %153 ], [ %157, %171 ]
  %178 = load ptr, ptr %9, align 8, !tbaa !22
  %179 = load ptr, ptr %177, align 8, !tbaa !22
  %180 = icmp eq ptr %178, %179
  br i1 %180, label %181, label %193

181:                                              ; preds = %193, %176
  %182 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %11) #24
  %183 = getelementptr inbounds i8, ptr %11, i64 16
  store ptr %183, ptr %11, align 8, !tbaa !5, !alias.scope !24
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef 3, i8 noundef signext 45)
          to label %187 unwind label %184

184:                                              ; preds = %181
  %185 = landingpad { ptr, i32 }
          catch ptr null
  %186 = extractvalue { ptr, i32 } %185, 0
  call void @__clang_call_terminate(ptr %186) #28
  unreachable

187:                                              ; preds = %181
  %188 = load ptr, ptr %11, align 8, !tbaa !12, !alias.scope !24
  %189 = getelementptr inbounds i8, ptr %188, i64 1
  %190 = getelementptr inbounds i8, ptr %188, i64 2
  store i8 50, ptr %190, align 1, !tbaa !14
  store i8 52, ptr %189, align 1, !tbaa !14
  %191 = load ptr, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %12) #24
  %192 = getelementptr inbounds i8, ptr %12, i64 16
  store ptr %192, ptr %12, align 8, !tbaa !5, !alias.scope !27
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %12, i64 noundef 13, i8 noundef signext 45)
          to label %199 unwind label %319

193:                                              ; preds = %176, %193
  %194 = phi ptr [ %197, %193 ], [ %178, %176 ]
  %195 = load ptr, ptr %194, align 8, !tbaa !12
  %196 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %195)
  %197 = getelementptr inbounds i8, ptr %194, i64 32
  %198 = icmp eq ptr %197, %179
  br i1 %198, label %181, label %193

199:                                              ; preds = %187
  %200 = load ptr, ptr %12, align 8, !tbaa !12, !alias.scope !27
  %201 = getelementptr inbounds i8, ptr %200, i64 12
  store i8 51, ptr %201, align 1, !tbaa !14
  %202 = getelementptr inbounds i8, ptr %200, i64 8
  store <4 x i8> <i8 57, i8 48, i8 49, i8 50>, ptr %202, align 1, !tbaa !14
  store <8 x i8> <i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56>, ptr %200, align 1, !tbaa !14
  %203 = load ptr, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #24
  invoke void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %13, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef 2.500000e+00)
          to label %204 unwind label %321

204:                                              ; preds = %199
  %205 = load ptr, ptr %13, align 8, !tbaa !12
  %206 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %191, ptr noundef %203, ptr noundef %205)
  %207 = load ptr, ptr %13, align 8, !tbaa !12
  %208 = getelementptr inbounds i8, ptr %13, i64 16
  %209 = icmp eq ptr %207, %208
  br i1 %209, label %213, label %210

210:                                              ; preds = %204
  %211 = load i64, ptr %208, align 8, !tbaa !14
  %212 = add i64 %211, 1
  call void @_ZdlPvm(ptr noundef %207, i64 noundef %212) #26
  br label %213

213:                                              ; preds = %204, %210
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #24
  %214 = load ptr, ptr %12, align 8, !tbaa !12
  %215 = icmp eq ptr %214, %192
  br i1 %215, label %219, label %216

216:                                              ; preds = %213
  %217 = load i64, ptr %192, align 8, !tbaa !14
  %218 = add i64 %217, 1
  call void @_ZdlPvm(ptr noundef %214, i64 noundef %218) #26
  br label %219

219:                                              ; preds = %213, %216
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #24
  %220 = load ptr, ptr %11, align 8, !tbaa !12
  %221 = icmp eq ptr %220, %183
  br i1 %221, label %225, label %222

222:                                              ; preds = %219
  %223 = load i64, ptr %183, align 8, !tbaa !14
  %224 = add i64 %223, 1
  call void @_ZdlPvm(ptr noundef %220, i64 noundef %224) #26
  br label %225

225:                                              ; preds = %219, %222
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #24
  %226 = getelementptr inbounds i8, ptr %14, i64 16
  store ptr %226, ptr %14, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %226, ptr noundef nonnull align 1 dereferenceable(7) @.str.12, i64 7, i1 false)
  %227 = getelementptr inbounds i8, ptr %14, i64 8
  store i64 7, ptr %227, align 8, !tbaa !15
  %228 = getelementptr inbounds i8, ptr %14, i64 23
  store i8 0, ptr %228, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  %229 = tail call ptr @__errno_location() #29
  %230 = load i32, ptr %229, align 4, !tbaa !30
  store i32 0, ptr %229, align 4, !tbaa !30
  %231 = call noundef i64 @strtol(ptr noundef nonnull %226, ptr noundef nonnull %3, i32 noundef 10)
  %232 = load ptr, ptr %3, align 8, !tbaa !22
  %233 = icmp eq ptr %232, %226
  br i1 %233, label %234, label %242

234:                                              ; preds = %225
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.32) #25
          to label %235 unwind label %236

235:                                              ; preds = %234
  unreachable

236:                                              ; preds = %248, %234
  %237 = landingpad { ptr, i32 }
          cleanup
  %238 = load i32, ptr %229, align 4, !tbaa !30
  %239 = icmp eq i32 %238, 0
  br i1 %239, label %240, label %241

240:                                              ; preds = %236
  store i32 %230, ptr %229, align 4, !tbaa !30
  br label %241

241:                                              ; preds = %240, %236
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  br label %348

242:                                              ; preds = %225
  %243 = load i32, ptr %229, align 4, !tbaa !30
  %244 = icmp eq i32 %243, 34
  %245 = add i64 %231, -2147483648
  %246 = icmp ult i64 %245, -4294967296
  %247 = or i1 %246, %244
  br i1 %247, label %248, label %250

248:                                              ; preds = %242
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.32) #25
          to label %249 unwind label %236

249:                                              ; preds = %248
  unreachable

250:                                              ; preds = %242
  %251 = icmp eq i32 %243, 0
  br i1 %251, label %252, label %253

252:                                              ; preds = %250
  store i32 %230, ptr %229, align 4, !tbaa !30
  br label %253

253:                                              ; preds = %252, %250
  %254 = trunc i64 %231 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #24
  %255 = getelementptr inbounds i8, ptr %15, i64 16
  store ptr %255, ptr %15, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(13) %255, ptr noundef nonnull align 1 dereferenceable(13) @.str.13, i64 13, i1 false)
  %256 = getelementptr inbounds i8, ptr %15, i64 8
  store i64 13, ptr %256, align 8, !tbaa !15
  %257 = getelementptr inbounds i8, ptr %15, i64 29
  store i8 0, ptr %257, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #24
  %258 = load i32, ptr %229, align 4, !tbaa !30
  store i32 0, ptr %229, align 4, !tbaa !30
  %259 = call noundef i64 @strtol(ptr noundef nonnull %255, ptr noundef nonnull %2, i32 noundef 10)
  %260 = load ptr, ptr %2, align 8, !tbaa !22
  %261 = icmp eq ptr %260, %255
  br i1 %261, label %262, label %270

262:                                              ; preds = %253
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.33) #25
          to label %263 unwind label %264

263:                                              ; preds = %262
  unreachable

264:                                              ; preds = %272, %262
  %265 = landingpad { ptr, i32 }
          cleanup
  %266 = load i32, ptr %229, align 4, !tbaa !30
  %267 = icmp eq i32 %266, 0
  br i1 %267, label %268, label %269

268:                                              ; preds = %264
  store i32 %258, ptr %229, align 4, !tbaa !30
  br label %269

269:                                              ; preds = %268, %264
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #24
  br label %340

270:                                              ; preds = %253
  %271 = load i32, ptr %229, align 4, !tbaa !30
  switch i32 %271, label %275 [
    i32 34, label %272
    i32 0, label %274
  ]

272:                                              ; preds = %270
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.33) #25
          to label %273 unwind label %264

273:                                              ; preds = %272
  unreachable

274:                                              ; preds = %270
  store i32 %258, ptr %229, align 4, !tbaa !30
  br label %275

275:                                              ; preds = %270, %274
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #24
  %276 = getelementptr inbounds i8, ptr %16, i64 16
  store ptr %276, ptr %16, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %276, ptr noundef nonnull align 1 dereferenceable(6) @.str.14, i64 6, i1 false)
  %277 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 6, ptr %277, align 8, !tbaa !15
  %278 = getelementptr inbounds i8, ptr %16, i64 22
  store i8 0, ptr %278, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #24
  %279 = load i32, ptr %229, align 4, !tbaa !30
  store i32 0, ptr %229, align 4, !tbaa !30
  %280 = call noundef double @strtod(ptr noundef nonnull %276, ptr noundef nonnull %1)
  %281 = load ptr, ptr %1, align 8, !tbaa !22
  %282 = icmp eq ptr %281, %276
  br i1 %282, label %283, label %293

283:                                              ; preds = %275
  invoke void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.34) #25
          to label %284 unwind label %285

284:                                              ; preds = %283
  unreachable

285:                                              ; preds = %295, %283
  %286 = landingpad { ptr, i32 }
          cleanup
  %287 = load i32, ptr %229, align 4, !tbaa !30
  %288 = icmp eq i32 %287, 0
  br i1 %288, label %289, label %290

289:                                              ; preds = %285
  store i32 %279, ptr %229, align 4, !tbaa !30
  br label %290

290:                                              ; preds = %289, %285
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #24
  %291 = load ptr, ptr %16, align 8, !tbaa !12
  %292 = icmp eq ptr %291, %276
  br i1 %292, label %339, label %336

293:                                              ; preds = %275
  %294 = load i32, ptr %229, align 4, !tbaa !30
  switch i32 %294, label %298 [
    i32 34, label %295
    i32 0, label %297
  ]

295:                                              ; preds = %293
  invoke void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.34) #25
          to label %296 unwind label %285

296:                                              ; preds = %295
  unreachable

297:                                              ; preds = %293
  store i32 %279, ptr %229, align 4, !tbaa !30
  br label %298

298:                                              ; preds = %293, %297
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #24
  %299 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %254, i64 noundef %259, double noundef %280)
  %300 = load ptr, ptr %16, align 8, !tbaa !12
  %301 = icmp eq ptr %300, %276
  br i1 %301, label %305, label %302

302:                                              ; preds = %298
  %303 = load i64, ptr %276, align 8, !tbaa !14
  %304 = add i64 %303, 1
  call void @_ZdlPvm(ptr noundef %300, i64 noundef %304) #26
  br label %305

305:                                              ; preds = %298, %302
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #24
  %306 = load ptr, ptr %15, align 8, !tbaa !12
  %307 = icmp eq ptr %306, %255
  br i1 %307, label %311, label %308

308:                                              ; preds = %305
  %309 = load i64, ptr %255, align 8, !tbaa !14
  %310 = add i64 %309, 1
  call void @_ZdlPvm(ptr noundef %306, i64 noundef %310) #26
  br label %311

311:                                              ; preds = %305, %308
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #24
  %312 = load ptr, ptr %14, align 8, !tbaa !12
  %313 = icmp eq ptr %312, %226
  br i1 %313, label %317, label %314

314:                                              ; preds = %311
  %315 = load i64, ptr %226, align 8, !tbaa !14
  %316 = add i64 %315, 1
  call void @_ZdlPvm(ptr noundef %312, i64 noundef %316) #26
  br label %317

317:                                              ; preds = %311, %314
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  %318 = getelementptr inbounds i8, ptr %17, i64 16
  br label %356

319:                                              ; preds = %187
  %320 = landingpad { ptr, i32 }
          cleanup
  br label %328

321:                                              ; preds = %199
  %322 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #24
  %323 = load ptr, ptr %12, align 8, !tbaa !12
  %324 = icmp eq ptr %323, %192
  br i1 %324, label %328, label %325

325:                                              ; preds = %321
  %326 = load i64, ptr %192, align 8, !tbaa !14
  %327 = add i64 %326, 1
  call void @_ZdlPvm(ptr noundef %323, i64 noundef %327) #26
  br label %328

328:                                              ; preds = %325, %321, %319
  %329 = phi { ptr, i32 } [ %320, %319 ], [ %322, %321 ], [ %322, %325 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %12) #24
  %330 = load ptr, ptr %11, align 8, !tbaa !12
  %331 = icmp eq ptr %330, %183
  br i1 %331, label %335, label %332

332:                                              ; preds = %328
  %333 = load i64, ptr %183, align 8, !tbaa !14
  %334 = add i64 %333, 1
  call void @_ZdlPvm(ptr noundef %330, i64 noundef %334) #26
  br label %335

335:                                              ; preds = %328, %332
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %11) #24
  br label %747

336:                                              ; preds = %290
  %337 = load i64, ptr %276, align 8, !tbaa !14
  %338 = add i64 %337, 1
  call void @_ZdlPvm(ptr noundef %291, i64 noundef %338) #26
  br label %339

339:                                              ; preds = %336, %290
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #24
  br label %340

340:                                              ; preds = %269, %339
  %341 = phi { ptr, i32 } [ %286, %339 ], [ %265, %269 ]
  %342 = load ptr, ptr %15, align 8, !tbaa !12
  %343 = icmp eq ptr %342, %255
  br i1 %343, label %347, label %344

344:                                              ; preds = %340
  %345 = load i64, ptr %255, align 8, !tbaa !14
  %346 = add i64 %345, 1
  call void @_ZdlPvm(ptr noundef %342, i64 noundef %346) #26
  br label %347

347:                                              ; preds = %344, %340
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #24
  br label %348

348:                                              ; preds = %241, %347
  %349 = phi { ptr, i32 } [ %341, %347 ], [ %237, %241 ]
  %350 = load ptr, ptr %14, align 8, !tbaa !12
  %351 = icmp eq ptr %350, %226
  br i1 %351, label %355, label %352

352:                                              ; preds = %348
  %353 = load i64, ptr %226, align 8, !tbaa !14
  %354 = add i64 %353, 1
  call void @_ZdlPvm(ptr noundef %350, i64 noundef %354) #26
  br label %355

355:                                              ; preds = %352, %348
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  br label %747

356:                                              ; preds = %317, %461
  %357 = phi i64 [ 0, %317 ], [ %462, %461 ]
  %358 = getelementptr inbounds i8, ptr @constinit, i64 %357
  %359 = load ptr, ptr %358, align 8, !tbaa !22
  %360 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %359) #24
  %361 = icmp eq i64 %360, 0
  br i1 %361, label %458, label %362

362:                                              ; preds = %356
  %363 = getelementptr inbounds i8, ptr %359, i64 %360
  br label %364

364:                                              ; preds = %370, %362
  %365 = phi ptr [ %375, %370 ], [ %359, %362 ]
  %366 = phi i32 [ %374, %370 ], [ 0, %362 ]
  %367 = load i8, ptr %365, align 1, !tbaa !14
  %368 = add i8 %367, -48
  %369 = icmp ult i8 %368, 10
  br i1 %369, label %370, label %458

370:                                              ; preds = %364
  %371 = zext nneg i8 %367 to i32
  %372 = mul nsw i32 %366, 10
  %373 = add i32 %372, -48
  %374 = add i32 %373, %371
  %375 = getelementptr inbounds i8, ptr %365, i64 1
  %376 = icmp eq ptr %375, %363
  br i1 %376, label %377, label %364

377:                                              ; preds = %370
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %17) #24
  call void @llvm.experimental.noalias.scope.decl(metadata !32)
  %378 = call i32 @llvm.abs.i32(i32 %374, i1 false)
  %379 = icmp ult i32 %378, 10
  br i1 %379, label %398, label %380

380:                                              ; preds = %377, %394
  %381 = phi i32 [ %395, %394 ], [ %378, %377 ]
  %382 = phi i32 [ %396, %394 ], [ 1, %377 ]
  %383 = icmp ult i32 %381, 100
  br i1 %383, label %384, label %386

384:                                              ; preds = %380
  %385 = add i32 %382, 1
  br label %398

386:                                              ; preds = %380
  %387 = icmp ult i32 %381, 1000
  br i1 %387, label %388, label %390

388:                                              ; preds = %386
  %389 = add i32 %382, 2
  br label %398

390:                                              ; preds = %386
  %391 = icmp ult i32 %381, 10000
  br i1 %391, label %392, label %394

392:                                              ; preds = %390
  %393 = add i32 %382, 3
  br label %398

394:                                              ; preds = %390
  %395 = udiv i32 %381, 10000
  %396 = add i32 %382, 4
  %397 = icmp ult i32 %381, 100000
  br i1 %397, label %398, label %380, !llvm.loop !35

398:                                              ; preds = %394, %392, %388, %384, %377
  %399 = phi i32 [ %385, %384 ], [ %389, %388 ], [ %393, %392 ], [ 1, %377 ], [ %396, %394 ]
  %400 = lshr i32 %374, 31
  %401 = add i32 %399, %400
  %402 = zext i32 %401 to i64
  store ptr %318, ptr %17, align 8, !tbaa !5, !alias.scope !32
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %17, i64 noundef %402, i8 noundef signext 45)
          to label %403 unwind label %446

403:                                              ; preds = %398
  %404 = zext nneg i32 %400 to i64
  %405 = load ptr, ptr %17, align 8, !tbaa !12, !alias.scope !32
  %406 = getelementptr inbounds i8, ptr %405, i64 %404
  %407 = icmp ugt i32 %378, 99
  br i1 %407, label %408, label %430

408:                                              ; preds = %403
  %409 = add i32 %399, -1
  br label %410

410:                                              ; preds = %410, %408
  %411 = phi i32 [ %415, %410 ], [ %378, %408 ]
  %412 = phi i32 [ %428, %410 ], [ %409, %408 ]
  %413 = urem i32 %411, 100
  %414 = shl nuw nsw i32 %413, 1
  %415 = udiv i32 %411, 100
  %416 = or disjoint i32 %414, 1
  %417 = zext nneg i32 %416 to i64
  %418 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %417
  %419 = load i8, ptr %418, align 1, !tbaa !14, !noalias !32
  %420 = zext i32 %412 to i64
  %421 = getelementptr inbounds i8, ptr %406, i64 %420
  store i8 %419, ptr %421, align 1, !tbaa !14
  %422 = zext nneg i32 %414 to i64
  %423 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %422
  %424 = load i8, ptr %423, align 2, !tbaa !14, !noalias !32
  %425 = add i32 %412, -1
  %426 = zext i32 %425 to i64
  %427 = getelementptr inbounds i8, ptr %406, i64 %426
  store i8 %424, ptr %427, align 1, !tbaa !14
  %428 = add i32 %412, -2
  %429 = icmp ugt i32 %411, 9999
  br i1 %429, label %410, label %430, !llvm.loop !36

430:                                              ; preds = %410, %403
  %431 = phi i32 [ %378, %403 ], [ %415, %410 ]
  %432 = icmp ugt i32 %431, 9
  br i1 %432, label %433, label %443

433:                                              ; preds = %430
  %434 = shl nuw nsw i32 %431, 1
  %435 = or disjoint i32 %434, 1
  %436 = zext nneg i32 %435 to i64
  %437 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %436
  %438 = load i8, ptr %437, align 1, !tbaa !14, !noalias !32
  %439 = getelementptr inbounds i8, ptr %406, i64 1
  store i8 %438, ptr %439, align 1, !tbaa !14
  %440 = zext nneg i32 %434 to i64
  %441 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %440
  %442 = load i8, ptr %441, align 2, !tbaa !14, !noalias !32
  br label %449

443:                                              ; preds = %430
  %444 = trunc nuw i32 %431 to i8
  %445 = or disjoint i8 %444, 48
  br label %449

446:                                              ; preds = %398
  %447 = landingpad { ptr, i32 }
          catch ptr null
  %448 = extractvalue { ptr, i32 } %447, 0
  call void @__clang_call_terminate(ptr %448) #28
  unreachable

449:                                              ; preds = %433, %443
  %450 = phi i8 [ %445, %443 ], [ %442, %433 ]
  store i8 %450, ptr %406, align 1, !tbaa !14
  %451 = load ptr, ptr %17, align 8, !tbaa !12
  %452 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %359, ptr noundef %451)
  %453 = load ptr, ptr %17, align 8, !tbaa !12
  %454 = icmp eq ptr %453, %318
  br i1 %454, label %460, label %455

455:                                              ; preds = %449
  %456 = load i64, ptr %318, align 8, !tbaa !14
  %457 = add i64 %456, 1
  call void @_ZdlPvm(ptr noundef %453, i64 noundef %457) #26
  br label %460

458:                                              ; preds = %364, %356
  %459 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %359, ptr noundef nonnull @.str.20)
  br label %461

460:                                              ; preds = %449, %455
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %17) #24
  br label %461

461:                                              ; preds = %458, %460
  %462 = add nuw nsw i64 %357, 8
  %463 = icmp eq i64 %462, 32
  br i1 %463, label %464, label %356

464:                                              ; preds = %461
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %18) #24
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %19) #24
  store i32 7, ptr %19, align 8, !tbaa !37
  %465 = getelementptr inbounds i8, ptr %19, i64 32
  store i8 0, ptr %465, align 8, !tbaa !39
  %466 = getelementptr inbounds i8, ptr %19, i64 40
  store double 3.250000e+00, ptr %466, align 8, !tbaa !41
  %467 = getelementptr inbounds i8, ptr %19, i64 72
  store i8 1, ptr %467, align 8, !tbaa !39
  %468 = getelementptr inbounds i8, ptr %19, i64 80
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %20) #24
  %469 = getelementptr inbounds i8, ptr %20, i64 16
  store i32 1954047348, ptr %469, align 8
  %470 = getelementptr inbounds i8, ptr %20, i64 8
  %471 = getelementptr inbounds i8, ptr %20, i64 20
  store i8 0, ptr %471, align 4, !tbaa !14
  %472 = getelementptr inbounds i8, ptr %19, i64 96
  store ptr %472, ptr %468, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %472, ptr noundef nonnull align 8 dereferenceable(5) %469, i64 5, i1 false)
  %473 = getelementptr inbounds i8, ptr %19, i64 88
  store i64 4, ptr %473, align 8, !tbaa !15
  store ptr %469, ptr %20, align 8, !tbaa !12
  store i64 0, ptr %470, align 8, !tbaa !15
  store i8 0, ptr %469, align 8, !tbaa !14
  %474 = getelementptr inbounds i8, ptr %19, i64 112
  store i8 2, ptr %474, align 8, !tbaa !39
  %475 = getelementptr inbounds i8, ptr %19, i64 120
  store i32 0, ptr %475, align 8, !tbaa !37
  %476 = getelementptr inbounds i8, ptr %19, i64 152
  store i8 0, ptr %476, align 8, !tbaa !39
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %18, i8 0, i64 24, i1 false)
  %477 = getelementptr inbounds i8, ptr %19, i64 160
  invoke void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE19_M_range_initializeIPKS7_EEvT_SD_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %18, ptr noundef nonnull %19, ptr noundef nonnull %477)
          to label %478 unwind label %482

478:                                              ; preds = %464
  %479 = getelementptr inbounds i8, ptr %19, i64 152
  %480 = load i8, ptr %479, align 8, !tbaa !39
  %481 = icmp ult i8 %480, 2
  br i1 %481, label %500, label %492

482:                                              ; preds = %464
  %483 = landingpad { ptr, i32 }
          cleanup
  %484 = load ptr, ptr %18, align 8, !tbaa !44
  %485 = icmp eq ptr %484, null
  br i1 %485, label %551, label %486

486:                                              ; preds = %482
  %487 = getelementptr inbounds i8, ptr %18, i64 16
  %488 = load ptr, ptr %487, align 8, !tbaa !46
  %489 = ptrtoint ptr %488 to i64
  %490 = ptrtoint ptr %484 to i64
  %491 = sub i64 %489, %490
  call void @_ZdlPvm(ptr noundef nonnull %484, i64 noundef %491) #26
  br label %551

492:                                              ; preds = %478
  %493 = getelementptr inbounds i8, ptr %19, i64 120
  %494 = load ptr, ptr %493, align 8, !tbaa !12
  %495 = getelementptr inbounds i8, ptr %19, i64 136
  %496 = icmp eq ptr %494, %495
  br i1 %496, label %500, label %497

497:                                              ; preds = %492
  %498 = load i64, ptr %495, align 8, !tbaa !14
  %499 = add i64 %498, 1
  call void @_ZdlPvm(ptr noundef %494, i64 noundef %499) #26
  br label %500

500:                                              ; preds = %478, %492, %497
  store i8 -1, ptr %479, align 8, !tbaa !39
  %501 = getelementptr inbounds i8, ptr %19, i64 112
  %502 = load i8, ptr %501, align 8, !tbaa !39
  %503 = icmp ult i8 %502, 2
  br i1 %503, label %512, label %504

504:                                              ; preds = %500
  %505 = getelementptr inbounds i8, ptr %19, i64 80
  %506 = load ptr, ptr %505, align 8, !tbaa !12
  %507 = getelementptr inbounds i8, ptr %19, i64 96
  %508 = icmp eq ptr %506, %507
  br i1 %508, label %512, label %509

509:                                              ; preds = %504
  %510 = load i64, ptr %507, align 8, !tbaa !14
  %511 = add i64 %510, 1
  call void @_ZdlPvm(ptr noundef %506, i64 noundef %511) #26
  br label %512

512:                                              ; preds = %509, %504, %500
  store i8 -1, ptr %501, align 8, !tbaa !39
  %513 = getelementptr inbounds i8, ptr %19, i64 72
  %514 = load i8, ptr %513, align 8, !tbaa !39
  %515 = icmp ult i8 %514, 2
  br i1 %515, label %524, label %516

516:                                              ; preds = %512
  %517 = getelementptr inbounds i8, ptr %19, i64 40
  %518 = load ptr, ptr %517, align 8, !tbaa !12
  %519 = getelementptr inbounds i8, ptr %19, i64 56
  %520 = icmp eq ptr %518, %519
  br i1 %520, label %524, label %521

521:                                              ; preds = %516
  %522 = load i64, ptr %519, align 8, !tbaa !14
  %523 = add i64 %522, 1
  call void @_ZdlPvm(ptr noundef %518, i64 noundef %523) #26
  br label %524

524:                                              ; preds = %521, %516, %512
  store i8 -1, ptr %513, align 8, !tbaa !39
  %525 = getelementptr inbounds i8, ptr %19, i64 32
  %526 = load i8, ptr %525, align 8, !tbaa !39
  %527 = icmp ult i8 %526, 2
  br i1 %527, label %535, label %528

528:                                              ; preds = %524
  %529 = load ptr, ptr %19, align 8, !tbaa !12
  %530 = getelementptr inbounds i8, ptr %19, i64 16
  %531 = icmp eq ptr %529, %530
  br i1 %531, label %535, label %532

532:                                              ; preds = %528
  %533 = load i64, ptr %530, align 8, !tbaa !14
  %534 = add i64 %533, 1
  call void @_ZdlPvm(ptr noundef %529, i64 noundef %534) #26
  br label %535

535:                                              ; preds = %532, %528, %524
  store i8 -1, ptr %525, align 8, !tbaa !39
  %536 = load ptr, ptr %20, align 8, !tbaa !12
  %537 = icmp eq ptr %536, %469
  br i1 %537, label %541, label %538

538:                                              ; preds = %535
  %539 = load i64, ptr %469, align 8, !tbaa !14
  %540 = add i64 %539, 1
  call void @_ZdlPvm(ptr noundef %536, i64 noundef %540) #26
  br label %541

541:                                              ; preds = %535, %538
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %20) #24
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %19) #24
  %542 = load ptr, ptr %18, align 8, !tbaa !22
  %543 = getelementptr inbounds i8, ptr %18, i64 8
  %544 = load ptr, ptr %543, align 8, !tbaa !22
  %545 = icmp eq ptr %542, %544
  br i1 %545, label %548, label %546

546:                                              ; preds = %541
  %547 = getelementptr inbounds i8, ptr %21, i64 16
  br label %561

548:                                              ; preds = %581, %541
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %23) #24
  %549 = getelementptr inbounds i8, ptr %23, i64 16
  store ptr %549, ptr %23, align 8, !tbaa !5
  %550 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 0, ptr %550, align 8, !tbaa !15
  store i8 0, ptr %549, align 8, !tbaa !14
  br label %627

551:                                              ; preds = %482, %486
  %552 = getelementptr inbounds i8, ptr %19, i64 120
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %552) #24
  %553 = getelementptr inbounds i8, ptr %19, i64 80
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %553) #24
  %554 = getelementptr inbounds i8, ptr %19, i64 40
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %554) #24
  call void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %19) #24
  %555 = load ptr, ptr %20, align 8, !tbaa !12
  %556 = icmp eq ptr %555, %469
  br i1 %556, label %560, label %557

557:                                              ; preds = %551
  %558 = load i64, ptr %469, align 8, !tbaa !14
  %559 = add i64 %558, 1
  call void @_ZdlPvm(ptr noundef %555, i64 noundef %559) #26
  br label %560

560:                                              ; preds = %551, %557
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %20) #24
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %19) #24
  br label %745

561:                                              ; preds = %546, %581
  %562 = phi ptr [ %542, %546 ], [ %582, %581 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %21) #24
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %22) #24
  %563 = getelementptr inbounds i8, ptr %562, i64 32
  %564 = load i8, ptr %563, align 8, !tbaa !39, !noalias !47
  switch i8 %564, label %570 [
    i8 0, label %565
    i8 1, label %567
    i8 2, label %569
  ]

565:                                              ; preds = %561
  %566 = load i32, ptr %562, align 4, !tbaa !30, !noalias !52
  invoke void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, i32 noundef %566)
          to label %571 unwind label %584

567:                                              ; preds = %561
  %568 = load double, ptr %562, align 8, !tbaa !59, !noalias !60
  invoke void @_ZNK8DescribeclB5cxx11Ed(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, double noundef %568)
          to label %571 unwind label %584

569:                                              ; preds = %561
  invoke void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %21, ptr noundef nonnull align 1 dereferenceable(1) %22, ptr noundef nonnull align 8 dereferenceable(32) %562)
          to label %571 unwind label %584

570:                                              ; preds = %561
  unreachable

571:                                              ; preds = %565, %567, %569
  %572 = load ptr, ptr %21, align 8, !tbaa !12
  %573 = load i8, ptr %563, align 8, !tbaa !39
  %574 = zext i8 %573 to i64
  %575 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %572, i64 noundef %574)
  %576 = load ptr, ptr %21, align 8, !tbaa !12
  %577 = icmp eq ptr %576, %547
  br i1 %577, label %581, label %578

578:                                              ; preds = %571
  %579 = load i64, ptr %547, align 8, !tbaa !14
  %580 = add i64 %579, 1
  call void @_ZdlPvm(ptr noundef %576, i64 noundef %580) #26
  br label %581

581:                                              ; preds = %571, %578
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #24
  %582 = getelementptr inbounds i8, ptr %562, i64 40
  %583 = icmp eq ptr %582, %544
  br i1 %583, label %548, label %561

584:                                              ; preds = %569, %567, %565
  %585 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #24
  br label %743

586:                                              ; preds = %644
  %587 = load i64, ptr %550, align 8, !tbaa !15
  %588 = getelementptr inbounds i8, ptr %649, i64 %587
  %589 = icmp eq i64 %587, 0
  br i1 %589, label %659, label %590

590:                                              ; preds = %586
  %591 = icmp ult i64 %587, 8
  br i1 %591, label %615, label %592

592:                                              ; preds = %590
  %593 = and i64 %587, -8
  %594 = getelementptr i8, ptr %649, i64 %593
  br label %595

595:                                              ; preds = %595, %592
  %596 = phi i64 [ 0, %592 ], [ %609, %595 ]
  %597 = phi <4 x i32> [ zeroinitializer, %592 ], [ %607, %595 ]
  %598 = phi <4 x i32> [ zeroinitializer, %592 ], [ %608, %595 ]
  %599 = getelementptr i8, ptr %649, i64 %596
  %600 = getelementptr i8, ptr %599, i64 4
  %601 = load <4 x i8>, ptr %599, align 1, !tbaa !14
  %602 = load <4 x i8>, ptr %600, align 1, !tbaa !14
  %603 = icmp eq <4 x i8> %601, <i8 122, i8 122, i8 122, i8 122>
  %604 = icmp eq <4 x i8> %602, <i8 122, i8 122, i8 122, i8 122>
  %605 = zext <4 x i1> %603 to <4 x i32>
  %606 = zext <4 x i1> %604 to <4 x i32>
  %607 = add <4 x i32> %597, %605
  %608 = add <4 x i32> %598, %606
  %609 = add nuw i64 %596, 8
  %610 = icmp eq i64 %609, %593
  br i1 %610, label %611, label %595, !llvm.loop !67

611:                                              ; preds = %595
  %612 = add <4 x i32> %608, %607
  %613 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %612)
  %614 = icmp eq i64 %587, %593
  br i1 %614, label %659, label %615

615:                                              ; preds = %611, %590
  %616 = phi i32 [ 0, %590 ], [ %613, %611 ]
  %617 = phi ptr [ %649, %590 ], [ %594, %611 ]
  br label %618

618:                                              ; preds = %615, %618
  %619 = phi i32 [ %624, %618 ], [ %616, %615 ]
  %620 = phi ptr [ %625, %618 ], [ %617, %615 ]
  %621 = load i8, ptr %620, align 1, !tbaa !14
  %622 = icmp eq i8 %621, 122
  %623 = zext i1 %622 to i32
  %624 = add i32 %619, %623
  %625 = getelementptr inbounds i8, ptr %620, i64 1
  %626 = icmp eq ptr %625, %588
  br i1 %626, label %659, label %618, !llvm.loop !70

627:                                              ; preds = %548, %644
  %628 = phi i32 [ 0, %548 ], [ %653, %644 ]
  %629 = phi ptr [ %549, %548 ], [ %649, %644 ]
  %630 = phi i64 [ 0, %548 ], [ %652, %644 ]
  %631 = trunc nuw i32 %628 to i16
  %632 = urem i16 %631, 26
  %633 = trunc nuw nsw i16 %632 to i8
  %634 = add nuw nsw i8 %633, 97
  %635 = load i64, ptr %550, align 8, !tbaa !15
  %636 = add i64 %635, 1
  %637 = icmp eq ptr %629, %549
  %638 = load i64, ptr %549, align 8
  %639 = select i1 %637, i64 15, i64 %638
  %640 = icmp ugt i64 %636, %639
  br i1 %640, label %641, label %644

641:                                              ; preds = %627
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %23, i64 noundef %635, i64 noundef 0, ptr noundef null, i64 noundef 1)
          to label %642 unwind label %655

642:                                              ; preds = %641
  %643 = load ptr, ptr %23, align 8, !tbaa !12
  br label %644

644:                                              ; preds = %642, %627
  %645 = phi ptr [ %643, %642 ], [ %629, %627 ]
  %646 = getelementptr inbounds i8, ptr %645, i64 %635
  store i8 %634, ptr %646, align 1, !tbaa !14
  store i64 %636, ptr %550, align 8, !tbaa !15
  %647 = load ptr, ptr %23, align 8, !tbaa !12
  %648 = getelementptr inbounds i8, ptr %647, i64 %636
  store i8 0, ptr %648, align 1, !tbaa !14
  %649 = load ptr, ptr %23, align 8, !tbaa !12
  %650 = icmp ne ptr %649, %629
  %651 = zext i1 %650 to i64
  %652 = add i64 %630, %651
  %653 = add nuw nsw i32 %628, 1
  %654 = icmp eq i32 %653, 1000
  br i1 %654, label %586, label %627, !llvm.loop !71

655:                                              ; preds = %641
  %656 = landingpad { ptr, i32 }
          cleanup
  %657 = load ptr, ptr %23, align 8, !tbaa !12
  %658 = icmp eq ptr %657, %549
  br i1 %658, label %742, label %739

659:                                              ; preds = %618, %611, %586
  %660 = phi i32 [ 0, %586 ], [ %613, %611 ], [ %624, %618 ]
  %661 = icmp ugt i64 %652, 3
  %662 = select i1 %661, ptr @.str.24, ptr @.str.25
  %663 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %587, ptr noundef nonnull %662, i32 noundef %660)
  %664 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef 6, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str.26, i64 2), i32 noundef 1)
  %665 = load ptr, ptr %23, align 8, !tbaa !12
  %666 = icmp eq ptr %665, %549
  br i1 %666, label %670, label %667

667:                                              ; preds = %659
  %668 = load i64, ptr %549, align 8, !tbaa !14
  %669 = add i64 %668, 1
  call void @_ZdlPvm(ptr noundef %665, i64 noundef %669) #26
  br label %670

670:                                              ; preds = %659, %667
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %23) #24
  %671 = load ptr, ptr %18, align 8, !tbaa !44
  %672 = load ptr, ptr %543, align 8, !tbaa !72
  %673 = icmp eq ptr %671, %672
  br i1 %673, label %691, label %674

674:                                              ; preds = %670, %686
  %675 = phi ptr [ %687, %686 ], [ %671, %670 ]
  %676 = getelementptr inbounds i8, ptr %675, i64 32
  %677 = load i8, ptr %676, align 8, !tbaa !39
  %678 = icmp ult i8 %677, 2
  br i1 %678, label %686, label %679

679:                                              ; preds = %674
  %680 = load ptr, ptr %675, align 8, !tbaa !12
  %681 = getelementptr inbounds i8, ptr %675, i64 16
  %682 = icmp eq ptr %680, %681
  br i1 %682, label %686, label %683

683:                                              ; preds = %679
  %684 = load i64, ptr %681, align 8, !tbaa !14
  %685 = add i64 %684, 1
  call void @_ZdlPvm(ptr noundef %680, i64 noundef %685) #26
  br label %686

686:                                              ; preds = %683, %679, %674
  store i8 -1, ptr %676, align 8, !tbaa !39
  %687 = getelementptr inbounds i8, ptr %675, i64 40
  %688 = icmp eq ptr %687, %672
  br i1 %688, label %689, label %674, !llvm.loop !73

689:                                              ; preds = %686
  %690 = load ptr, ptr %18, align 8, !tbaa !44
  br label %691

691:                                              ; preds = %689, %670
  %692 = phi ptr [ %690, %689 ], [ %671, %670 ]
  %693 = icmp eq ptr %692, null
  br i1 %693, label %700, label %694

694:                                              ; preds = %691
  %695 = getelementptr inbounds i8, ptr %18, i64 16
  %696 = load ptr, ptr %695, align 8, !tbaa !46
  %697 = ptrtoint ptr %696 to i64
  %698 = ptrtoint ptr %692 to i64
  %699 = sub i64 %697, %698
  call void @_ZdlPvm(ptr noundef nonnull %692, i64 noundef %699) #26
  br label %700

700:                                              ; preds = %691, %694
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #24
  %701 = load ptr, ptr %9, align 8, !tbaa !74
  %702 = load ptr, ptr %177, align 8, !tbaa !76
  %703 = icmp eq ptr %701, %702
  br i1 %703, label %717, label %704

704:                                              ; preds = %700, %712
  %705 = phi ptr [ %713, %712 ], [ %701, %700 ]
  %706 = load ptr, ptr %705, align 8, !tbaa !12
  %707 = getelementptr inbounds i8, ptr %705, i64 16
  %708 = icmp eq ptr %706, %707
  br i1 %708, label %712, label %709

709:                                              ; preds = %704
  %710 = load i64, ptr %707, align 8, !tbaa !14
  %711 = add i64 %710, 1
  call void @_ZdlPvm(ptr noundef %706, i64 noundef %711) #26
  br label %712

712:                                              ; preds = %709, %704
  %713 = getelementptr inbounds i8, ptr %705, i64 32
  %714 = icmp eq ptr %713, %702
  br i1 %714, label %715, label %704, !llvm.loop !77

715:                                              ; preds = %712
  %716 = load ptr, ptr %9, align 8, !tbaa !74
  br label %717

717:                                              ; preds = %715, %700
  %718 = phi ptr [ %716, %715 ], [ %701, %700 ]
  %719 = icmp eq ptr %718, null
  br i1 %719, label %726, label %720

720:                                              ; preds = %717
  %721 = getelementptr inbounds i8, ptr %9, i64 16
  %722 = load ptr, ptr %721, align 8, !tbaa !78
  %723 = ptrtoint ptr %722 to i64
  %724 = ptrtoint ptr %718 to i64
  %725 = sub i64 %723, %724
  call void @_ZdlPvm(ptr noundef nonnull %718, i64 noundef %725) #26
  br label %726

726:                                              ; preds = %717, %720
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %9) #24
  %727 = load ptr, ptr %8, align 8, !tbaa !12
  %728 = icmp eq ptr %727, %76
  br i1 %728, label %732, label %729

729:                                              ; preds = %726
  %730 = load i64, ptr %76, align 8, !tbaa !14
  %731 = add i64 %730, 1
  call void @_ZdlPvm(ptr noundef %727, i64 noundef %731) #26
  br label %732

732:                                              ; preds = %726, %729
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  %733 = load ptr, ptr %6, align 8, !tbaa !12
  %734 = icmp eq ptr %733, %24
  br i1 %734, label %738, label %735

735:                                              ; preds = %732
  %736 = load i64, ptr %24, align 8, !tbaa !14
  %737 = add i64 %736, 1
  call void @_ZdlPvm(ptr noundef %733, i64 noundef %737) #26
  br label %738

738:                                              ; preds = %732, %735
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  ret i32 0

739:                                              ; preds = %655
  %740 = load i64, ptr %549, align 8, !tbaa !14
  %741 = add i64 %740, 1
  call void @_ZdlPvm(ptr noundef %657, i64 noundef %741) #26
  br label %742

742:                                              ; preds = %655, %739
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %23) #24
  br label %743

743:                                              ; preds = %742, %584
  %744 = phi { ptr, i32 } [ %585, %584 ], [ %656, %742 ]
  call void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #24
  br label %745

745:                                              ; preds = %743, %560
  %746 = phi { ptr, i32 } [ %744, %743 ], [ %483, %560 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %18) #24
  br label %747

747:                                              ; preds = %149, %151, %745, %355, %335
  %748 = phi { ptr, i32 } [ %746, %745 ], [ %349, %355 ], [ %329, %335 ], [ %152, %151 ], [ %150, %149 ]
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %9) #24
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %9) #24
  %749 = load ptr, ptr %8, align 8, !tbaa !12
  %750 = icmp eq ptr %749, %76
  br i1 %750, label %754, label %751

751:                                              ; preds = %747
  %752 = load i64, ptr %76, align 8, !tbaa !14
  %753 = add i64 %752, 1
  call void @_ZdlPvm(ptr noundef %749, i64 noundef %753) #26
  br label %754

754:                                              ; preds = %751, %747, %147
  %755 = phi { ptr, i32 } [ %148, %147 ], [ %748, %747 ], [ %748, %751 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  br label %756

756:                                              ; preds = %143, %145, %754, %141
  %757 = phi { ptr, i32 } [ %142, %141 ], [ %755, %754 ], [ %146, %145 ], [ %144, %143 ]
  %758 = load ptr, ptr %6, align 8, !tbaa !12
  %759 = icmp eq ptr %758, %24
  br i1 %759, label %763, label %760

760:                                              ; preds = %756
  %761 = load i64, ptr %24, align 8, !tbaa !14
  %762 = add i64 %761, 1
  call void @_ZdlPvm(ptr noundef %758, i64 noundef %762) #26
  br label %763

763:                                              ; preds = %760, %756
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  resume { ptr, i32 } %757
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32), i8 noundef signext, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !22
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !78
  %8 = icmp eq ptr %5, %7
  br i1 %8, label %35, label %9

9:                                                ; preds = %2
  %10 = load i64, ptr %1, align 8, !tbaa !10
  %11 = getelementptr inbounds i8, ptr %1, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !22
  %13 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %13, ptr %5, align 8, !tbaa !5
  %14 = icmp eq ptr %12, null
  %15 = icmp ne i64 %10, 0
  %16 = and i1 %15, %14
  br i1 %16, label %17, label %18

17:                                               ; preds = %9
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #25
  unreachable

18:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store i64 %10, ptr %3, align 8, !tbaa !10
  %19 = icmp ugt i64 %10, 15
  br i1 %19, label %20, label %23

20:                                               ; preds = %18
  %21 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %21, ptr %5, align 8, !tbaa !12
  %22 = load i64, ptr %3, align 8, !tbaa !10
  store i64 %22, ptr %13, align 8, !tbaa !14
  br label %23

23:                                               ; preds = %20, %18
  %24 = phi ptr [ %21, %20 ], [ %13, %18 ]
  switch i64 %10, label %27 [
    i64 1, label %25
    i64 0, label %28
  ]

25:                                               ; preds = %23
  %26 = load i8, ptr %12, align 1, !tbaa !14
  store i8 %26, ptr %24, align 1, !tbaa !14
  br label %28

27:                                               ; preds = %23
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %24, ptr align 1 %12, i64 %10, i1 false)
  br label %28

28:                                               ; preds = %23, %25, %27
  %29 = load i64, ptr %3, align 8, !tbaa !10
  %30 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %29, ptr %30, align 8, !tbaa !15
  %31 = load ptr, ptr %5, align 8, !tbaa !12
  %32 = getelementptr inbounds i8, ptr %31, i64 %29
  store i8 0, ptr %32, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %33 = load ptr, ptr %4, align 8, !tbaa !76
  %34 = getelementptr inbounds i8, ptr %33, i64 32
  store ptr %34, ptr %4, align 8, !tbaa !76
  br label %37

35:                                               ; preds = %2
  tail call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %5, ptr noundef nonnull align 8 dereferenceable(16) %1)
  %36 = load ptr, ptr %4, align 8, !tbaa !22
  br label %37

37:                                               ; preds = %35, %28
  %38 = phi ptr [ %36, %35 ], [ %34, %28 ]
  %39 = getelementptr inbounds i8, ptr %38, i64 -32
  ret ptr %39
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEED2Ev(ptr noundef nonnull align 8 dereferenceable(33) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 32
  %3 = load i8, ptr %2, align 8, !tbaa !39
  %4 = icmp ult i8 %3, 2
  br i1 %4, label %12, label %5

5:                                                ; preds = %1
  %6 = load ptr, ptr %0, align 8, !tbaa !12
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = icmp eq ptr %6, %7
  br i1 %8, label %12, label %9

9:                                                ; preds = %5
  %10 = load i64, ptr %7, align 8, !tbaa !14
  %11 = add i64 %10, 1
  tail call void @_ZdlPvm(ptr noundef %6, i64 noundef %11) #26
  br label %12

12:                                               ; preds = %9, %5, %1
  store i8 -1, ptr %2, align 8, !tbaa !39
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !44
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !72
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %23, label %6

6:                                                ; preds = %1, %18
  %7 = phi ptr [ %19, %18 ], [ %2, %1 ]
  %8 = getelementptr inbounds i8, ptr %7, i64 32
  %9 = load i8, ptr %8, align 8, !tbaa !39
  %10 = icmp ult i8 %9, 2
  br i1 %10, label %18, label %11

11:                                               ; preds = %6
  %12 = load ptr, ptr %7, align 8, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %7, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %18, label %15

15:                                               ; preds = %11
  %16 = load i64, ptr %13, align 8, !tbaa !14
  %17 = add i64 %16, 1
  tail call void @_ZdlPvm(ptr noundef %12, i64 noundef %17) #26
  br label %18

18:                                               ; preds = %15, %11, %6
  store i8 -1, ptr %8, align 8, !tbaa !39
  %19 = getelementptr inbounds i8, ptr %7, i64 40
  %20 = icmp eq ptr %19, %4
  br i1 %20, label %21, label %6, !llvm.loop !73

21:                                               ; preds = %18
  %22 = load ptr, ptr %0, align 8, !tbaa !44
  br label %23

23:                                               ; preds = %21, %1
  %24 = phi ptr [ %22, %21 ], [ %2, %1 ]
  %25 = icmp eq ptr %24, null
  br i1 %25, label %32, label %26

26:                                               ; preds = %23
  %27 = getelementptr inbounds i8, ptr %0, i64 16
  %28 = load ptr, ptr %27, align 8, !tbaa !46
  %29 = ptrtoint ptr %28 to i64
  %30 = ptrtoint ptr %24 to i64
  %31 = sub i64 %29, %30
  tail call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %31) #26
  br label %32

32:                                               ; preds = %23, %26
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !74
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !76
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !12
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !14
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #26
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !77

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !74
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !78
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

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) local_unnamed_addr #10

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, ...) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %5 = alloca i64, align 8
  %6 = alloca [1 x %struct.__va_list_tag], align 16
  %7 = alloca i8, i64 %2, align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %6) #24
  call void @llvm.va_start.p0(ptr nonnull %6)
  %8 = call noundef i32 %1(ptr noundef nonnull %7, i64 noundef %2, ptr noundef %3, ptr noundef nonnull %6)
  call void @llvm.va_end.p0(ptr nonnull %6)
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %10, ptr %0, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 %9, ptr %5, align 8, !tbaa !10
  %11 = icmp ugt i32 %8, 15
  br i1 %11, label %12, label %15

12:                                               ; preds = %4
  %13 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
  store ptr %13, ptr %0, align 8, !tbaa !12
  %14 = load i64, ptr %5, align 8, !tbaa !10
  store i64 %14, ptr %10, align 8, !tbaa !14
  br label %15

15:                                               ; preds = %12, %4
  %16 = phi ptr [ %13, %12 ], [ %10, %4 ]
  switch i32 %8, label %19 [
    i32 1, label %17
    i32 0, label %20
  ]

17:                                               ; preds = %15
  %18 = load i8, ptr %7, align 16, !tbaa !14
  store i8 %18, ptr %16, align 1, !tbaa !14
  br label %20

19:                                               ; preds = %15
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr nonnull align 16 %7, i64 %9, i1 false)
  br label %20

20:                                               ; preds = %19, %17, %15
  %21 = load i64, ptr %5, align 8, !tbaa !10
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %21, ptr %22, align 8, !tbaa !15
  %23 = load ptr, ptr %0, align 8, !tbaa !12
  %24 = getelementptr inbounds i8, ptr %23, i64 %21
  store i8 0, ptr %24, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #24
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
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, i32 noundef %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
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
  br i1 %24, label %25, label %7, !llvm.loop !35

25:                                               ; preds = %21, %19, %15, %11, %3
  %26 = phi i32 [ %12, %11 ], [ %16, %15 ], [ %20, %19 ], [ 1, %3 ], [ %23, %21 ]
  %27 = lshr i32 %2, 31
  %28 = add i32 %26, %27
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %30, ptr %4, align 8, !tbaa !5, !alias.scope !79
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef %29, i8 noundef signext 45)
          to label %31 unwind label %74

31:                                               ; preds = %25
  %32 = zext nneg i32 %27 to i64
  %33 = load ptr, ptr %4, align 8, !tbaa !12, !alias.scope !79
  %34 = getelementptr inbounds i8, ptr %33, i64 %32
  %35 = icmp ugt i32 %5, 99
  br i1 %35, label %36, label %58

36:                                               ; preds = %31
  %37 = add i32 %26, -1
  br label %38

38:                                               ; preds = %38, %36
  %39 = phi i32 [ %43, %38 ], [ %5, %36 ]
  %40 = phi i32 [ %56, %38 ], [ %37, %36 ]
  %41 = urem i32 %39, 100
  %42 = shl nuw nsw i32 %41, 1
  %43 = udiv i32 %39, 100
  %44 = or disjoint i32 %42, 1
  %45 = zext nneg i32 %44 to i64
  %46 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !14, !noalias !79
  %48 = zext i32 %40 to i64
  %49 = getelementptr inbounds i8, ptr %34, i64 %48
  store i8 %47, ptr %49, align 1, !tbaa !14
  %50 = zext nneg i32 %42 to i64
  %51 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %50
  %52 = load i8, ptr %51, align 2, !tbaa !14, !noalias !79
  %53 = add i32 %40, -1
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds i8, ptr %34, i64 %54
  store i8 %52, ptr %55, align 1, !tbaa !14
  %56 = add i32 %40, -2
  %57 = icmp ugt i32 %39, 9999
  br i1 %57, label %38, label %58, !llvm.loop !36

58:                                               ; preds = %38, %31
  %59 = phi i32 [ %5, %31 ], [ %43, %38 ]
  %60 = icmp ugt i32 %59, 9
  br i1 %60, label %61, label %71

61:                                               ; preds = %58
  %62 = shl nuw nsw i32 %59, 1
  %63 = or disjoint i32 %62, 1
  %64 = zext nneg i32 %63 to i64
  %65 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !14, !noalias !79
  %67 = getelementptr inbounds i8, ptr %34, i64 1
  store i8 %66, ptr %67, align 1, !tbaa !14
  %68 = zext nneg i32 %62 to i64
  %69 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %68
  %70 = load i8, ptr %69, align 2, !tbaa !14, !noalias !79
  br label %77

71:                                               ; preds = %58
  %72 = trunc nuw i32 %59 to i8
  %73 = or disjoint i8 %72, 48
  br label %77

74:                                               ; preds = %25
  %75 = landingpad { ptr, i32 }
          catch ptr null
  %76 = extractvalue { ptr, i32 } %75, 0
  call void @__clang_call_terminate(ptr %76) #28
  unreachable

77:                                               ; preds = %61, %71
  %78 = phi i8 [ %73, %71 ], [ %70, %61 ]
  store i8 %78, ptr %34, align 1, !tbaa !14
  %79 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.36, i64 noundef 4)
          to label %80 unwind label %105

80:                                               ; preds = %77
  %81 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %81, ptr %0, align 8, !tbaa !5, !alias.scope !82
  %82 = load ptr, ptr %79, align 8, !tbaa !12
  %83 = getelementptr inbounds i8, ptr %79, i64 16
  %84 = icmp eq ptr %82, %83
  br i1 %84, label %85, label %91

85:                                               ; preds = %80
  %86 = getelementptr inbounds i8, ptr %79, i64 8
  %87 = load i64, ptr %86, align 8, !tbaa !15
  %88 = add i64 %87, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %95, label %90

90:                                               ; preds = %85
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %81, ptr nonnull align 8 %83, i64 %88, i1 false)
  br label %95

91:                                               ; preds = %80
  store ptr %82, ptr %0, align 8, !tbaa !12, !alias.scope !82
  %92 = load i64, ptr %83, align 8, !tbaa !14
  store i64 %92, ptr %81, align 8, !tbaa !14, !alias.scope !82
  %93 = getelementptr inbounds i8, ptr %79, i64 8
  %94 = load i64, ptr %93, align 8, !tbaa !15
  br label %95

95:                                               ; preds = %91, %90, %85
  %96 = phi i64 [ -1, %85 ], [ %87, %90 ], [ %94, %91 ]
  %97 = getelementptr inbounds i8, ptr %79, i64 8
  %98 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %96, ptr %98, align 8, !tbaa !15, !alias.scope !82
  store ptr %83, ptr %79, align 8, !tbaa !12
  store i64 0, ptr %97, align 8, !tbaa !15
  store i8 0, ptr %83, align 8, !tbaa !14
  %99 = load ptr, ptr %4, align 8, !tbaa !12
  %100 = icmp eq ptr %99, %30
  br i1 %100, label %104, label %101

101:                                              ; preds = %95
  %102 = load i64, ptr %30, align 8, !tbaa !14
  %103 = add i64 %102, 1
  call void @_ZdlPvm(ptr noundef %99, i64 noundef %103) #26
  br label %104

104:                                              ; preds = %95, %101
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

105:                                              ; preds = %77
  %106 = landingpad { ptr, i32 }
          cleanup
  %107 = load ptr, ptr %4, align 8, !tbaa !12
  %108 = icmp eq ptr %107, %30
  br i1 %108, label %112, label %109

109:                                              ; preds = %105
  %110 = load i64, ptr %30, align 8, !tbaa !14
  %111 = add i64 %110, 1
  call void @_ZdlPvm(ptr noundef %107, i64 noundef %111) #26
  br label %112

112:                                              ; preds = %105, %109
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  resume { ptr, i32 } %106
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ed(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, double noundef %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef %2)
  %5 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.39, i64 noundef 7)
          to label %6 unwind label %32

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %7, ptr %0, align 8, !tbaa !5, !alias.scope !85
  %8 = load ptr, ptr %5, align 8, !tbaa !12
  %9 = getelementptr inbounds i8, ptr %5, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %11, label %17

11:                                               ; preds = %6
  %12 = getelementptr inbounds i8, ptr %5, i64 8
  %13 = load i64, ptr %12, align 8, !tbaa !15
  %14 = add i64 %13, 1
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %21, label %16

16:                                               ; preds = %11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %7, ptr nonnull align 8 %9, i64 %14, i1 false)
  br label %21

17:                                               ; preds = %6
  store ptr %8, ptr %0, align 8, !tbaa !12, !alias.scope !85
  %18 = load i64, ptr %9, align 8, !tbaa !14
  store i64 %18, ptr %7, align 8, !tbaa !14, !alias.scope !85
  %19 = getelementptr inbounds i8, ptr %5, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !15
  br label %21

21:                                               ; preds = %17, %16, %11
  %22 = phi i64 [ -1, %11 ], [ %13, %16 ], [ %20, %17 ]
  %23 = getelementptr inbounds i8, ptr %5, i64 8
  %24 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %22, ptr %24, align 8, !tbaa !15, !alias.scope !85
  store ptr %9, ptr %5, align 8, !tbaa !12
  store i64 0, ptr %23, align 8, !tbaa !15
  store i8 0, ptr %9, align 8, !tbaa !14
  %25 = load ptr, ptr %4, align 8, !tbaa !12
  %26 = getelementptr inbounds i8, ptr %4, i64 16
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %31, label %28

28:                                               ; preds = %21
  %29 = load i64, ptr %26, align 8, !tbaa !14
  %30 = add i64 %29, 1
  call void @_ZdlPvm(ptr noundef %25, i64 noundef %30) #26
  br label %31

31:                                               ; preds = %21, %28
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

32:                                               ; preds = %3
  %33 = landingpad { ptr, i32 }
          cleanup
  %34 = load ptr, ptr %4, align 8, !tbaa !12
  %35 = getelementptr inbounds i8, ptr %4, i64 16
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %40, label %37

37:                                               ; preds = %32
  %38 = load i64, ptr %35, align 8, !tbaa !14
  %39 = add i64 %38, 1
  call void @_ZdlPvm(ptr noundef %34, i64 noundef %39) #26
  br label %40

40:                                               ; preds = %32, %37
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  resume { ptr, i32 } %33
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.40, ptr noundef nonnull align 8 dereferenceable(32) %2)
  call void @llvm.experimental.noalias.scope.decl(metadata !88)
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %6 = load i64, ptr %5, align 8, !tbaa !15, !noalias !88
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
  store ptr %13, ptr %0, align 8, !tbaa !5, !alias.scope !88
  %14 = load ptr, ptr %11, align 8, !tbaa !12
  %15 = getelementptr inbounds i8, ptr %11, i64 16
  %16 = icmp eq ptr %14, %15
  br i1 %16, label %17, label %23

17:                                               ; preds = %12
  %18 = getelementptr inbounds i8, ptr %11, i64 8
  %19 = load i64, ptr %18, align 8, !tbaa !15
  %20 = add i64 %19, 1
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %27, label %22

22:                                               ; preds = %17
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %13, ptr nonnull align 8 %15, i64 %20, i1 false)
  br label %27

23:                                               ; preds = %12
  store ptr %14, ptr %0, align 8, !tbaa !12, !alias.scope !88
  %24 = load i64, ptr %15, align 8, !tbaa !14
  store i64 %24, ptr %13, align 8, !tbaa !14, !alias.scope !88
  %25 = getelementptr inbounds i8, ptr %11, i64 8
  %26 = load i64, ptr %25, align 8, !tbaa !15
  br label %27

27:                                               ; preds = %23, %22, %17
  %28 = phi i64 [ -1, %17 ], [ %19, %22 ], [ %26, %23 ]
  %29 = getelementptr inbounds i8, ptr %11, i64 8
  %30 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %28, ptr %30, align 8, !tbaa !15, !alias.scope !88
  store ptr %15, ptr %11, align 8, !tbaa !12
  store i64 0, ptr %29, align 8, !tbaa !15
  store i8 0, ptr %15, align 8, !tbaa !14
  %31 = load ptr, ptr %4, align 8, !tbaa !12
  %32 = getelementptr inbounds i8, ptr %4, i64 16
  %33 = icmp eq ptr %31, %32
  br i1 %33, label %37, label %34

34:                                               ; preds = %27
  %35 = load i64, ptr %32, align 8, !tbaa !14
  %36 = add i64 %35, 1
  call void @_ZdlPvm(ptr noundef %31, i64 noundef %36) #26
  br label %37

37:                                               ; preds = %27, %34
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  ret void

38:                                               ; preds = %10, %8
  %39 = landingpad { ptr, i32 }
          cleanup
  %40 = load ptr, ptr %4, align 8, !tbaa !12
  %41 = getelementptr inbounds i8, ptr %4, i64 16
  %42 = icmp eq ptr %40, %41
  br i1 %42, label %46, label %43

43:                                               ; preds = %38
  %44 = load i64, ptr %41, align 8, !tbaa !14
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
  store ptr %5, ptr %0, align 8, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !15
  store i8 0, ptr %5, align 8, !tbaa !14
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = add i64 %8, %4
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9)
          to label %10 unwind label %26

10:                                               ; preds = %3
  %11 = load i64, ptr %6, align 8, !tbaa !15
  %12 = sub i64 4611686018427387903, %11
  %13 = icmp ult i64 %12, %4
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, i64 noundef %4)
          to label %16 unwind label %26

16:                                               ; preds = %14
  %17 = load i64, ptr %7, align 8, !tbaa !15
  %18 = load i64, ptr %6, align 8, !tbaa !15
  %19 = sub i64 4611686018427387903, %18
  %20 = icmp ult i64 %19, %17
  br i1 %20, label %21, label %23

21:                                               ; preds = %16, %10
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #25
          to label %22 unwind label %26

22:                                               ; preds = %21
  unreachable

23:                                               ; preds = %16
  %24 = load ptr, ptr %2, align 8, !tbaa !12
  %25 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %24, i64 noundef %17)
          to label %33 unwind label %26

26:                                               ; preds = %21, %23, %14, %3
  %27 = landingpad { ptr, i32 }
          cleanup
  %28 = load ptr, ptr %0, align 8, !tbaa !12
  %29 = icmp eq ptr %28, %5
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  %31 = load i64, ptr %5, align 8, !tbaa !14
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
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(16) %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = alloca i64, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !76
  %7 = load ptr, ptr %0, align 8, !tbaa !22
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.46) #25
  unreachable

13:                                               ; preds = %3
  %14 = ashr exact i64 %10, 5
  %15 = tail call i64 @llvm.umax.i64(i64 %14, i64 1)
  %16 = add nsw i64 %15, %14
  %17 = icmp ult i64 %16, %14
  %18 = tail call i64 @llvm.umin.i64(i64 %16, i64 288230376151711743)
  %19 = select i1 %17, i64 288230376151711743, i64 %18
  %20 = ptrtoint ptr %1 to i64
  %21 = sub i64 %20, %9
  %22 = ashr exact i64 %21, 5
  %23 = icmp eq i64 %19, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %13
  %25 = shl nuw nsw i64 %19, 5
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #30
  br label %27

27:                                               ; preds = %13, %24
  %28 = phi ptr [ %26, %24 ], [ null, %13 ]
  %29 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %22
  %30 = load i64, ptr %2, align 8, !tbaa !10
  %31 = getelementptr inbounds i8, ptr %2, i64 8
  %32 = load ptr, ptr %31, align 8, !tbaa !22
  %33 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %33, ptr %29, align 8, !tbaa !5
  %34 = icmp eq ptr %32, null
  %35 = icmp ne i64 %30, 0
  %36 = and i1 %35, %34
  br i1 %36, label %37, label %39

37:                                               ; preds = %27
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #25
          to label %38 unwind label %120

38:                                               ; preds = %37
  unreachable

39:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %30, ptr %4, align 8, !tbaa !10
  %40 = icmp ugt i64 %30, 15
  br i1 %40, label %41, label %45

41:                                               ; preds = %39
  %42 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %43 unwind label %120

43:                                               ; preds = %41
  store ptr %42, ptr %29, align 8, !tbaa !12
  %44 = load i64, ptr %4, align 8, !tbaa !10
  store i64 %44, ptr %33, align 8, !tbaa !14
  br label %45

45:                                               ; preds = %43, %39
  %46 = phi ptr [ %42, %43 ], [ %33, %39 ]
  switch i64 %30, label %49 [
    i64 1, label %47
    i64 0, label %50
  ]

47:                                               ; preds = %45
  %48 = load i8, ptr %32, align 1, !tbaa !14
  store i8 %48, ptr %46, align 1, !tbaa !14
  br label %50

49:                                               ; preds = %45
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %46, ptr align 1 %32, i64 %30, i1 false)
  br label %50

50:                                               ; preds = %49, %47, %45
  %51 = load i64, ptr %4, align 8, !tbaa !10
  %52 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %51, ptr %52, align 8, !tbaa !15
  %53 = load ptr, ptr %29, align 8, !tbaa !12
  %54 = getelementptr inbounds i8, ptr %53, i64 %51
  store i8 0, ptr %54, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  %55 = icmp eq ptr %7, %1
  br i1 %55, label %80, label %56

56:                                               ; preds = %50, %73
  %57 = phi ptr [ %78, %73 ], [ %28, %50 ]
  %58 = phi ptr [ %77, %73 ], [ %7, %50 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !91)
  call void @llvm.experimental.noalias.scope.decl(metadata !94)
  %59 = getelementptr inbounds i8, ptr %57, i64 16
  store ptr %59, ptr %57, align 8, !tbaa !5, !alias.scope !91, !noalias !94
  %60 = load ptr, ptr %58, align 8, !tbaa !12, !alias.scope !94, !noalias !91
  %61 = getelementptr inbounds i8, ptr %58, i64 16
  %62 = icmp eq ptr %60, %61
  br i1 %62, label %63, label %69

63:                                               ; preds = %56
  %64 = getelementptr inbounds i8, ptr %58, i64 8
  %65 = load i64, ptr %64, align 8, !tbaa !15, !alias.scope !94, !noalias !91
  %66 = add i64 %65, 1
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %73, label %68

68:                                               ; preds = %63
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %59, ptr nonnull align 8 %61, i64 %66, i1 false), !alias.scope !96
  br label %73

69:                                               ; preds = %56
  store ptr %60, ptr %57, align 8, !tbaa !12, !alias.scope !91, !noalias !94
  %70 = load i64, ptr %61, align 8, !tbaa !14, !alias.scope !94, !noalias !91
  store i64 %70, ptr %59, align 8, !tbaa !14, !alias.scope !91, !noalias !94
  %71 = getelementptr inbounds i8, ptr %58, i64 8
  %72 = load i64, ptr %71, align 8, !tbaa !15, !alias.scope !94, !noalias !91
  br label %73

73:                                               ; preds = %69, %68, %63
  %74 = phi i64 [ %72, %69 ], [ %65, %68 ], [ -1, %63 ]
  %75 = getelementptr inbounds i8, ptr %58, i64 8
  %76 = getelementptr inbounds i8, ptr %57, i64 8
  store i64 %74, ptr %76, align 8, !tbaa !15, !alias.scope !91, !noalias !94
  store ptr %61, ptr %58, align 8, !tbaa !12, !alias.scope !94, !noalias !91
  store i64 0, ptr %75, align 8, !tbaa !15, !alias.scope !94, !noalias !91
  store i8 0, ptr %61, align 1, !tbaa !14, !alias.scope !94, !noalias !91
  %77 = getelementptr inbounds i8, ptr %58, i64 32
  %78 = getelementptr inbounds i8, ptr %57, i64 32
  %79 = icmp eq ptr %77, %1
  br i1 %79, label %80, label %56, !llvm.loop !97

80:                                               ; preds = %73, %50
  %81 = phi ptr [ %28, %50 ], [ %78, %73 ]
  %82 = getelementptr inbounds i8, ptr %81, i64 32
  %83 = icmp eq ptr %6, %1
  br i1 %83, label %108, label %84

84:                                               ; preds = %80, %101
  %85 = phi ptr [ %106, %101 ], [ %82, %80 ]
  %86 = phi ptr [ %105, %101 ], [ %1, %80 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !98)
  call void @llvm.experimental.noalias.scope.decl(metadata !101)
  %87 = getelementptr inbounds i8, ptr %85, i64 16
  store ptr %87, ptr %85, align 8, !tbaa !5, !alias.scope !98, !noalias !101
  %88 = load ptr, ptr %86, align 8, !tbaa !12, !alias.scope !101, !noalias !98
  %89 = getelementptr inbounds i8, ptr %86, i64 16
  %90 = icmp eq ptr %88, %89
  br i1 %90, label %91, label %97

91:                                               ; preds = %84
  %92 = getelementptr inbounds i8, ptr %86, i64 8
  %93 = load i64, ptr %92, align 8, !tbaa !15, !alias.scope !101, !noalias !98
  %94 = add i64 %93, 1
  %95 = icmp eq i64 %94, 0
  br i1 %95, label %101, label %96

96:                                               ; preds = %91
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %87, ptr nonnull align 8 %89, i64 %94, i1 false), !alias.scope !103
  br label %101

97:                                               ; preds = %84
  store ptr %88, ptr %85, align 8, !tbaa !12, !alias.scope !98, !noalias !101
  %98 = load i64, ptr %89, align 8, !tbaa !14, !alias.scope !101, !noalias !98
  store i64 %98, ptr %87, align 8, !tbaa !14, !alias.scope !98, !noalias !101
  %99 = getelementptr inbounds i8, ptr %86, i64 8
  %100 = load i64, ptr %99, align 8, !tbaa !15, !alias.scope !101, !noalias !98
  br label %101

101:                                              ; preds = %97, %96, %91
  %102 = phi i64 [ %100, %97 ], [ %93, %96 ], [ -1, %91 ]
  %103 = getelementptr inbounds i8, ptr %86, i64 8
  %104 = getelementptr inbounds i8, ptr %85, i64 8
  store i64 %102, ptr %104, align 8, !tbaa !15, !alias.scope !98, !noalias !101
  store ptr %89, ptr %86, align 8, !tbaa !12, !alias.scope !101, !noalias !98
  store i64 0, ptr %103, align 8, !tbaa !15, !alias.scope !101, !noalias !98
  store i8 0, ptr %89, align 1, !tbaa !14, !alias.scope !101, !noalias !98
  %105 = getelementptr inbounds i8, ptr %86, i64 32
  %106 = getelementptr inbounds i8, ptr %85, i64 32
  %107 = icmp eq ptr %105, %6
  br i1 %107, label %108, label %84, !llvm.loop !97

108:                                              ; preds = %101, %80
  %109 = phi ptr [ %82, %80 ], [ %106, %101 ]
  %110 = getelementptr inbounds i8, ptr %0, i64 16
  %111 = icmp eq ptr %7, null
  br i1 %111, label %116, label %112

112:                                              ; preds = %108
  %113 = load ptr, ptr %110, align 8, !tbaa !78
  %114 = ptrtoint ptr %113 to i64
  %115 = sub i64 %114, %9
  call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %115) #26
  br label %116

116:                                              ; preds = %108, %112
  store ptr %28, ptr %0, align 8, !tbaa !74
  store ptr %109, ptr %5, align 8, !tbaa !76
  %117 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %19
  store ptr %117, ptr %110, align 8, !tbaa !78
  ret void

118:                                              ; preds = %120
  %119 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %125 unwind label %126

120:                                              ; preds = %37, %41
  %121 = landingpad { ptr, i32 }
          catch ptr null
  %122 = extractvalue { ptr, i32 } %121, 0
  %123 = call ptr @__cxa_begin_catch(ptr %122) #24
  %124 = shl nuw nsw i64 %19, 5
  call void @_ZdlPvm(ptr noundef nonnull %28, i64 noundef %124) #26
  invoke void @__cxa_rethrow() #25
          to label %129 unwind label %118

125:                                              ; preds = %118
  resume { ptr, i32 } %119

126:                                              ; preds = %118
  %127 = landingpad { ptr, i32 }
          catch ptr null
  %128 = extractvalue { ptr, i32 } %127, 0
  call void @__clang_call_terminate(ptr %128) #28
  unreachable

129:                                              ; preds = %120
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #16

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %0, ptr %1, i64 noundef %2) unnamed_addr #6 personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = ptrtoint ptr %0 to i64
  %9 = ptrtoint ptr %1 to i64
  %10 = sub i64 %9, %8
  %11 = ashr exact i64 %10, 5
  %12 = icmp sgt i64 %11, 16
  br i1 %12, label %13, label %269

13:                                               ; preds = %3
  %14 = getelementptr inbounds i8, ptr %0, i64 32
  %15 = getelementptr inbounds i8, ptr %0, i64 40
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  %17 = icmp eq i64 %2, 0
  br i1 %17, label %20, label %145

18:                                               ; preds = %264
  %19 = icmp eq i64 %149, 0
  br i1 %19, label %20, label %145, !llvm.loop !104

20:                                               ; preds = %18, %13
  %21 = phi i64 [ %11, %13 ], [ %267, %18 ]
  %22 = phi i64 [ %10, %13 ], [ %266, %18 ]
  %23 = phi ptr [ %1, %13 ], [ %230, %18 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7)
  %24 = add nsw i64 %21, -2
  %25 = lshr i64 %24, 1
  %26 = getelementptr inbounds i8, ptr %6, i64 16
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  %28 = getelementptr inbounds i8, ptr %7, i64 16
  %29 = getelementptr inbounds i8, ptr %7, i64 8
  br label %30

30:                                               ; preds = %71, %20
  %31 = phi i64 [ %25, %20 ], [ %65, %71 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #24
  %32 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %31
  %33 = load ptr, ptr %32, align 8, !tbaa !12
  %34 = getelementptr inbounds i8, ptr %32, i64 16
  %35 = icmp eq ptr %33, %34
  br i1 %35, label %36, label %43

36:                                               ; preds = %30
  %37 = getelementptr inbounds i8, ptr %32, i64 8
  %38 = load i64, ptr %37, align 8, !tbaa !15
  %39 = add i64 %38, 1
  %40 = icmp eq i64 %39, 0
  br i1 %40, label %42, label %41

41:                                               ; preds = %36
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %26, ptr nonnull align 8 %34, i64 %39, i1 false)
  br label %42

42:                                               ; preds = %41, %36
  store ptr %34, ptr %32, align 8, !tbaa !12
  store i64 0, ptr %37, align 8, !tbaa !15
  store i8 0, ptr %34, align 1, !tbaa !14
  store ptr %28, ptr %7, align 8, !tbaa !5
  br label %50

43:                                               ; preds = %30
  %44 = load i64, ptr %34, align 8, !tbaa !14
  store i64 %44, ptr %26, align 8, !tbaa !14
  %45 = getelementptr inbounds i8, ptr %32, i64 8
  %46 = load i64, ptr %45, align 8, !tbaa !15
  store ptr %34, ptr %32, align 8, !tbaa !12
  store i64 0, ptr %45, align 8, !tbaa !15
  store i8 0, ptr %34, align 1, !tbaa !14
  store ptr %28, ptr %7, align 8, !tbaa !5
  %47 = icmp eq ptr %33, %26
  br i1 %47, label %48, label %55

48:                                               ; preds = %43
  %49 = add i64 %46, 1
  br label %50

50:                                               ; preds = %48, %42
  %51 = phi i64 [ %49, %48 ], [ %39, %42 ]
  %52 = phi i64 [ %46, %48 ], [ %38, %42 ]
  %53 = icmp eq i64 %51, 0
  br i1 %53, label %56, label %54

54:                                               ; preds = %50
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %28, ptr nonnull align 8 %26, i64 %51, i1 false)
  br label %56

55:                                               ; preds = %43
  store ptr %33, ptr %7, align 8, !tbaa !12
  store i64 %44, ptr %28, align 8, !tbaa !14
  br label %56

56:                                               ; preds = %55, %54, %50
  %57 = phi i64 [ -1, %50 ], [ %52, %54 ], [ %46, %55 ]
  store i64 %57, ptr %29, align 8, !tbaa !15
  store ptr %26, ptr %6, align 8, !tbaa !12
  store i64 0, ptr %27, align 8, !tbaa !15
  store i8 0, ptr %26, align 8, !tbaa !14
  call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(ptr nonnull %0, i64 noundef %31, i64 noundef %21, ptr noundef nonnull %7)
  %58 = load ptr, ptr %7, align 8, !tbaa !12
  %59 = icmp eq ptr %58, %28
  br i1 %59, label %63, label %60

60:                                               ; preds = %56
  %61 = load i64, ptr %28, align 8, !tbaa !14
  %62 = add i64 %61, 1
  call void @_ZdlPvm(ptr noundef %58, i64 noundef %62) #26
  br label %63

63:                                               ; preds = %60, %56
  %64 = icmp eq i64 %31, 0
  %65 = add nsw i64 %31, -1
  %66 = load ptr, ptr %6, align 8, !tbaa !12
  %67 = icmp eq ptr %66, %26
  br i1 %67, label %71, label %68

68:                                               ; preds = %63
  %69 = load i64, ptr %26, align 8, !tbaa !14
  %70 = add i64 %69, 1
  call void @_ZdlPvm(ptr noundef %66, i64 noundef %70) #26
  br label %71

71:                                               ; preds = %68, %63
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #24
  br i1 %64, label %72, label %30, !llvm.loop !105

72:                                               ; preds = %71
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7)
  %73 = icmp sgt i64 %22, 32
  br i1 %73, label %74, label %269

74:                                               ; preds = %72
  %75 = getelementptr inbounds i8, ptr %4, i64 16
  %76 = getelementptr inbounds i8, ptr %4, i64 8
  %77 = getelementptr inbounds i8, ptr %0, i64 16
  %78 = getelementptr inbounds i8, ptr %5, i64 16
  %79 = getelementptr inbounds i8, ptr %5, i64 8
  br label %80

80:                                               ; preds = %74, %143
  %81 = phi ptr [ %82, %143 ], [ %23, %74 ]
  %82 = getelementptr inbounds i8, ptr %81, i64 -32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #24
  store ptr %75, ptr %4, align 8, !tbaa !5
  %83 = load ptr, ptr %82, align 8, !tbaa !12
  %84 = getelementptr inbounds i8, ptr %81, i64 -16
  %85 = icmp eq ptr %83, %84
  br i1 %85, label %86, label %92

86:                                               ; preds = %80
  %87 = getelementptr inbounds i8, ptr %81, i64 -24
  %88 = load i64, ptr %87, align 8, !tbaa !15
  %89 = add i64 %88, 1
  %90 = icmp eq i64 %89, 0
  br i1 %90, label %96, label %91

91:                                               ; preds = %86
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %75, ptr nonnull align 8 %84, i64 %89, i1 false)
  br label %96

92:                                               ; preds = %80
  store ptr %83, ptr %4, align 8, !tbaa !12
  %93 = load i64, ptr %84, align 8, !tbaa !14
  store i64 %93, ptr %75, align 8, !tbaa !14
  %94 = getelementptr inbounds i8, ptr %81, i64 -24
  %95 = load i64, ptr %94, align 8, !tbaa !15
  br label %96

96:                                               ; preds = %92, %91, %86
  %97 = phi i64 [ -1, %86 ], [ %88, %91 ], [ %95, %92 ]
  %98 = getelementptr inbounds i8, ptr %81, i64 -24
  store i64 %97, ptr %76, align 8, !tbaa !15
  store ptr %84, ptr %82, align 8, !tbaa !12
  store i64 0, ptr %98, align 8, !tbaa !15
  store i8 0, ptr %84, align 1, !tbaa !14
  %99 = load ptr, ptr %0, align 8, !tbaa !12
  %100 = icmp eq ptr %99, %77
  br i1 %100, label %101, label %112

101:                                              ; preds = %96
  %102 = icmp eq ptr %82, %0
  br i1 %102, label %115, label %103, !prof !106

103:                                              ; preds = %101
  %104 = load i64, ptr %16, align 8, !tbaa !15
  switch i64 %104, label %107 [
    i64 0, label %108
    i64 1, label %105
  ]

105:                                              ; preds = %103
  %106 = load i8, ptr %99, align 1, !tbaa !14
  store i8 %106, ptr %84, align 1, !tbaa !14
  br label %108

107:                                              ; preds = %103
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %84, ptr align 1 %99, i64 %104, i1 false)
  br label %108

108:                                              ; preds = %107, %105, %103
  %109 = load i64, ptr %16, align 8, !tbaa !15
  store i64 %109, ptr %98, align 8, !tbaa !15
  %110 = getelementptr inbounds i8, ptr %84, i64 %109
  store i8 0, ptr %110, align 1, !tbaa !14
  %111 = load ptr, ptr %0, align 8, !tbaa !12
  br label %115

112:                                              ; preds = %96
  store ptr %99, ptr %82, align 8, !tbaa !12
  %113 = load i64, ptr %16, align 8, !tbaa !15
  store i64 %113, ptr %98, align 8, !tbaa !15
  %114 = load i64, ptr %77, align 8, !tbaa !14
  store i64 %114, ptr %84, align 8, !tbaa !14
  store ptr %77, ptr %0, align 8, !tbaa !12
  br label %115

115:                                              ; preds = %112, %108, %101
  %116 = phi ptr [ %111, %108 ], [ %77, %112 ], [ %99, %101 ]
  store i64 0, ptr %16, align 8, !tbaa !15
  store i8 0, ptr %116, align 1, !tbaa !14
  %117 = ptrtoint ptr %82 to i64
  %118 = sub i64 %117, %8
  %119 = ashr exact i64 %118, 5
  store ptr %78, ptr %5, align 8, !tbaa !5
  %120 = load ptr, ptr %4, align 8, !tbaa !12
  %121 = icmp eq ptr %120, %75
  br i1 %121, label %122, label %127

122:                                              ; preds = %115
  %123 = load i64, ptr %76, align 8, !tbaa !15
  %124 = add i64 %123, 1
  %125 = icmp eq i64 %124, 0
  br i1 %125, label %130, label %126

126:                                              ; preds = %122
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %78, ptr nonnull align 8 %75, i64 %124, i1 false)
  br label %130

127:                                              ; preds = %115
  store ptr %120, ptr %5, align 8, !tbaa !12
  %128 = load i64, ptr %75, align 8, !tbaa !14
  store i64 %128, ptr %78, align 8, !tbaa !14
  %129 = load i64, ptr %76, align 8, !tbaa !15
  br label %130

130:                                              ; preds = %127, %126, %122
  %131 = phi i64 [ -1, %122 ], [ %123, %126 ], [ %129, %127 ]
  store i64 %131, ptr %79, align 8, !tbaa !15
  store ptr %75, ptr %4, align 8, !tbaa !12
  store i64 0, ptr %76, align 8, !tbaa !15
  store i8 0, ptr %75, align 8, !tbaa !14
  call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(ptr nonnull %0, i64 noundef 0, i64 noundef %119, ptr noundef nonnull %5)
  %132 = load ptr, ptr %5, align 8, !tbaa !12
  %133 = icmp eq ptr %132, %78
  br i1 %133, label %137, label %134

134:                                              ; preds = %130
  %135 = load i64, ptr %78, align 8, !tbaa !14
  %136 = add i64 %135, 1
  call void @_ZdlPvm(ptr noundef %132, i64 noundef %136) #26
  br label %137

137:                                              ; preds = %134, %130
  %138 = load ptr, ptr %4, align 8, !tbaa !12
  %139 = icmp eq ptr %138, %75
  br i1 %139, label %143, label %140

140:                                              ; preds = %137
  %141 = load i64, ptr %75, align 8, !tbaa !14
  %142 = add i64 %141, 1
  call void @_ZdlPvm(ptr noundef %138, i64 noundef %142) #26
  br label %143

143:                                              ; preds = %137, %140
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5)
  %144 = icmp sgt i64 %118, 32
  br i1 %144, label %80, label %269, !llvm.loop !107

145:                                              ; preds = %13, %18
  %146 = phi ptr [ %230, %18 ], [ %1, %13 ]
  %147 = phi i64 [ %149, %18 ], [ %2, %13 ]
  %148 = phi i64 [ %267, %18 ], [ %11, %13 ]
  %149 = add nsw i64 %147, -1
  %150 = lshr i64 %148, 1
  %151 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %150
  %152 = getelementptr inbounds i8, ptr %146, i64 -32
  %153 = load i64, ptr %15, align 8, !tbaa !15
  %154 = getelementptr inbounds i8, ptr %151, i64 8
  %155 = load i64, ptr %154, align 8, !tbaa !15
  %156 = icmp eq i64 %153, %155
  br i1 %156, label %159, label %157

157:                                              ; preds = %145
  %158 = icmp ult i64 %153, %155
  br i1 %158, label %166, label %191

159:                                              ; preds = %145
  %160 = icmp eq i64 %153, 0
  br i1 %160, label %195, label %161

161:                                              ; preds = %159
  %162 = load ptr, ptr %151, align 8, !tbaa !12
  %163 = load ptr, ptr %14, align 8, !tbaa !12
  %164 = tail call i32 @memcmp(ptr noundef %163, ptr noundef %162, i64 noundef %153) #24
  %165 = icmp slt i32 %164, 0
  br i1 %165, label %166, label %191

166:                                              ; preds = %161, %157
  %167 = getelementptr inbounds i8, ptr %146, i64 -24
  %168 = load i64, ptr %167, align 8, !tbaa !15
  %169 = icmp eq i64 %155, %168
  br i1 %169, label %172, label %170

170:                                              ; preds = %166
  %171 = icmp ult i64 %155, %168
  br i1 %171, label %222, label %179

172:                                              ; preds = %166
  %173 = icmp eq i64 %155, 0
  br i1 %173, label %179, label %174

174:                                              ; preds = %172
  %175 = load ptr, ptr %152, align 8, !tbaa !12
  %176 = load ptr, ptr %151, align 8, !tbaa !12
  %177 = tail call i32 @memcmp(ptr noundef %176, ptr noundef %175, i64 noundef %155) #24
  %178 = icmp slt i32 %177, 0
  br i1 %178, label %222, label %179

179:                                              ; preds = %174, %172, %170
  %180 = icmp eq i64 %153, %168
  br i1 %180, label %183, label %181

181:                                              ; preds = %179
  %182 = icmp ult i64 %153, %168
  br i1 %182, label %222, label %190

183:                                              ; preds = %179
  %184 = icmp eq i64 %153, 0
  br i1 %184, label %190, label %185

185:                                              ; preds = %183
  %186 = load ptr, ptr %152, align 8, !tbaa !12
  %187 = load ptr, ptr %14, align 8, !tbaa !12
  %188 = tail call i32 @memcmp(ptr noundef %187, ptr noundef %186, i64 noundef %153) #24
  %189 = icmp slt i32 %188, 0
  br i1 %189, label %222, label %190

190:                                              ; preds = %185, %183, %181
  br label %222

191:                                              ; preds = %161, %157
  %192 = getelementptr inbounds i8, ptr %146, i64 -24
  %193 = load i64, ptr %192, align 8, !tbaa !15
  %194 = icmp eq i64 %153, %193
  br i1 %194, label %202, label %199

195:                                              ; preds = %159
  %196 = getelementptr inbounds i8, ptr %146, i64 -24
  %197 = load i64, ptr %196, align 8, !tbaa !15
  %198 = icmp eq i64 %197, 0
  br i1 %198, label %209, label %199

199:                                              ; preds = %195, %191
  %200 = phi i64 [ %197, %195 ], [ %193, %191 ]
  %201 = icmp ult i64 %153, %200
  br i1 %201, label %222, label %209

202:                                              ; preds = %191
  %203 = icmp eq i64 %153, 0
  br i1 %203, label %209, label %204

204:                                              ; preds = %202
  %205 = load ptr, ptr %152, align 8, !tbaa !12
  %206 = load ptr, ptr %14, align 8, !tbaa !12
  %207 = tail call i32 @memcmp(ptr noundef %206, ptr noundef %205, i64 noundef %153) #24
  %208 = icmp slt i32 %207, 0
  br i1 %208, label %222, label %209

209:                                              ; preds = %204, %202, %199, %195
  %210 = phi i64 [ %200, %199 ], [ %153, %204 ], [ 0, %202 ], [ 0, %195 ]
  %211 = icmp eq i64 %155, %210
  br i1 %211, label %214, label %212

212:                                              ; preds = %209
  %213 = icmp ult i64 %155, %210
  br i1 %213, label %222, label %221

214:                                              ; preds = %209
  %215 = icmp eq i64 %155, 0
  br i1 %215, label %221, label %216

216:                                              ; preds = %214
  %217 = load ptr, ptr %152, align 8, !tbaa !12
  %218 = load ptr, ptr %151, align 8, !tbaa !12
  %219 = tail call i32 @memcmp(ptr noundef %218, ptr noundef %217, i64 noundef %155) #24
  %220 = icmp slt i32 %219, 0
  br i1 %220, label %222, label %221

221:                                              ; preds = %216, %214, %212
  br label %222

222:                                              ; preds = %221, %216, %212, %204, %199, %190, %185, %181, %174, %170
  %223 = phi ptr [ %151, %221 ], [ %14, %190 ], [ %151, %174 ], [ %151, %170 ], [ %152, %185 ], [ %152, %181 ], [ %14, %204 ], [ %14, %199 ], [ %152, %216 ], [ %152, %212 ]
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %223) #24
  br label %224

224:                                              ; preds = %262, %222
  %225 = phi ptr [ %14, %222 ], [ %263, %262 ]
  %226 = phi ptr [ %146, %222 ], [ %247, %262 ]
  %227 = load i64, ptr %16, align 8, !tbaa !15
  %228 = icmp eq i64 %227, 0
  br label %229

229:                                              ; preds = %243, %224
  %230 = phi ptr [ %225, %224 ], [ %244, %243 ]
  %231 = getelementptr inbounds i8, ptr %230, i64 8
  %232 = load i64, ptr %231, align 8, !tbaa !15
  %233 = icmp eq i64 %232, %227
  br i1 %233, label %237, label %234

234:                                              ; preds = %229
  %235 = icmp ult i64 %232, %227
  br i1 %235, label %243, label %236

236:                                              ; preds = %238, %237, %234
  br label %245

237:                                              ; preds = %229
  br i1 %228, label %236, label %238

238:                                              ; preds = %237
  %239 = load ptr, ptr %0, align 8, !tbaa !12
  %240 = load ptr, ptr %230, align 8, !tbaa !12
  %241 = tail call i32 @memcmp(ptr noundef %240, ptr noundef %239, i64 noundef %227) #24
  %242 = icmp slt i32 %241, 0
  br i1 %242, label %243, label %236

243:                                              ; preds = %238, %234
  %244 = getelementptr inbounds i8, ptr %230, i64 32
  br label %229, !llvm.loop !108

245:                                              ; preds = %259, %236
  %246 = phi ptr [ %226, %236 ], [ %247, %259 ]
  %247 = getelementptr inbounds i8, ptr %246, i64 -32
  %248 = getelementptr inbounds i8, ptr %246, i64 -24
  %249 = load i64, ptr %248, align 8, !tbaa !15
  %250 = icmp eq i64 %227, %249
  br i1 %250, label %253, label %251

251:                                              ; preds = %245
  %252 = icmp ult i64 %227, %249
  br i1 %252, label %259, label %260

253:                                              ; preds = %245
  br i1 %228, label %260, label %254

254:                                              ; preds = %253
  %255 = load ptr, ptr %247, align 8, !tbaa !12
  %256 = load ptr, ptr %0, align 8, !tbaa !12
  %257 = tail call i32 @memcmp(ptr noundef %256, ptr noundef %255, i64 noundef %227) #24
  %258 = icmp slt i32 %257, 0
  br i1 %258, label %259, label %260

259:                                              ; preds = %254, %251
  br label %245, !llvm.loop !109

260:                                              ; preds = %254, %253, %251
  %261 = icmp ult ptr %230, %247
  br i1 %261, label %262, label %264

262:                                              ; preds = %260
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %230, ptr noundef nonnull align 8 dereferenceable(32) %247) #24
  %263 = getelementptr inbounds i8, ptr %230, i64 32
  br label %224, !llvm.loop !110

264:                                              ; preds = %260
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %230, ptr %146, i64 noundef %149)
  %265 = ptrtoint ptr %230 to i64
  %266 = sub i64 %265, %8
  %267 = ashr exact i64 %266, 5
  %268 = icmp sgt i64 %267, 16
  br i1 %268, label %18, label %269, !llvm.loop !104

269:                                              ; preds = %264, %143, %3, %72
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(ptr %0, i64 noundef %1, i64 noundef %2, ptr noundef %3) unnamed_addr #6 personality ptr @__gxx_personality_v0 {
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = add nsw i64 %2, -1
  %7 = sdiv i64 %6, 2
  %8 = icmp sgt i64 %7, %1
  br i1 %8, label %9, label %80

9:                                                ; preds = %4, %76
  %10 = phi i64 [ %36, %76 ], [ %1, %4 ]
  %11 = shl i64 %10, 1
  %12 = add i64 %11, 2
  %13 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %12
  %14 = or disjoint i64 %11, 1
  %15 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %14
  %16 = getelementptr inbounds i8, ptr %13, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !15
  %18 = getelementptr inbounds i8, ptr %15, i64 8
  %19 = load i64, ptr %18, align 8, !tbaa !15
  %20 = icmp eq i64 %17, %19
  br i1 %20, label %23, label %21

21:                                               ; preds = %9
  %22 = icmp ult i64 %17, %19
  br label %34

23:                                               ; preds = %9
  %24 = icmp eq i64 %17, 0
  br i1 %24, label %30, label %25

25:                                               ; preds = %23
  %26 = load ptr, ptr %15, align 8, !tbaa !12
  %27 = load ptr, ptr %13, align 8, !tbaa !12
  %28 = tail call i32 @memcmp(ptr noundef %27, ptr noundef %26, i64 noundef %17) #24
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %25, %23
  br label %31

31:                                               ; preds = %30, %25
  %32 = phi i32 [ %28, %25 ], [ 0, %30 ]
  %33 = icmp slt i32 %32, 0
  br label %34

34:                                               ; preds = %21, %31
  %35 = phi i1 [ %22, %21 ], [ %33, %31 ]
  %36 = select i1 %35, i64 %14, i64 %12
  %37 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %36
  %38 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %10
  %39 = getelementptr inbounds i8, ptr %38, i64 16
  %40 = load ptr, ptr %37, align 8, !tbaa !12
  %41 = getelementptr inbounds i8, ptr %37, i64 16
  %42 = icmp eq ptr %40, %41
  br i1 %42, label %43, label %61

43:                                               ; preds = %34
  %44 = icmp eq i64 %36, %10
  br i1 %44, label %76, label %45, !prof !106

45:                                               ; preds = %43
  %46 = getelementptr inbounds i8, ptr %37, i64 8
  %47 = load i64, ptr %46, align 8, !tbaa !15
  %48 = icmp eq i64 %47, 0
  br i1 %48, label %55, label %49

49:                                               ; preds = %45
  %50 = load ptr, ptr %38, align 8, !tbaa !12
  %51 = icmp eq i64 %47, 1
  br i1 %51, label %52, label %54

52:                                               ; preds = %49
  %53 = load i8, ptr %40, align 1, !tbaa !14
  store i8 %53, ptr %50, align 1, !tbaa !14
  br label %55

54:                                               ; preds = %49
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %50, ptr align 1 %40, i64 %47, i1 false)
  br label %55

55:                                               ; preds = %54, %52, %45
  %56 = load i64, ptr %46, align 8, !tbaa !15
  %57 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 %56, ptr %57, align 8, !tbaa !15
  %58 = load ptr, ptr %38, align 8, !tbaa !12
  %59 = getelementptr inbounds i8, ptr %58, i64 %56
  store i8 0, ptr %59, align 1, !tbaa !14
  %60 = load ptr, ptr %37, align 8, !tbaa !12
  br label %76

61:                                               ; preds = %34
  %62 = load ptr, ptr %38, align 8, !tbaa !12
  %63 = icmp eq ptr %62, %39
  br i1 %63, label %64, label %68

64:                                               ; preds = %61
  store ptr %40, ptr %38, align 8, !tbaa !12
  %65 = getelementptr inbounds i8, ptr %37, i64 8
  %66 = getelementptr inbounds i8, ptr %38, i64 8
  %67 = load <2 x i64>, ptr %65, align 8, !tbaa !14
  store <2 x i64> %67, ptr %66, align 8, !tbaa !14
  br label %75

68:                                               ; preds = %61
  %69 = load i64, ptr %39, align 8, !tbaa !14
  store ptr %40, ptr %38, align 8, !tbaa !12
  %70 = getelementptr inbounds i8, ptr %37, i64 8
  %71 = getelementptr inbounds i8, ptr %38, i64 8
  %72 = load <2 x i64>, ptr %70, align 8, !tbaa !14
  store <2 x i64> %72, ptr %71, align 8, !tbaa !14
  %73 = icmp eq ptr %62, null
  br i1 %73, label %75, label %74

74:                                               ; preds = %68
  store ptr %62, ptr %37, align 8, !tbaa !12
  store i64 %69, ptr %41, align 8, !tbaa !14
  br label %76

75:                                               ; preds = %68, %64
  store ptr %41, ptr %37, align 8, !tbaa !12
  br label %76

76:                                               ; preds = %43, %55, %74, %75
  %77 = phi ptr [ %60, %55 ], [ %62, %74 ], [ %41, %75 ], [ %40, %43 ]
  %78 = getelementptr inbounds i8, ptr %37, i64 8
  store i64 0, ptr %78, align 8, !tbaa !15
  store i8 0, ptr %77, align 1, !tbaa !14
  %79 = icmp slt i64 %36, %7
  br i1 %79, label %9, label %80, !llvm.loop !111

80:                                               ; preds = %76, %4
  %81 = phi i64 [ %1, %4 ], [ %36, %76 ]
  %82 = and i64 %2, 1
  %83 = icmp eq i64 %82, 0
  br i1 %83, label %84, label %133

84:                                               ; preds = %80
  %85 = add nsw i64 %2, -2
  %86 = ashr exact i64 %85, 1
  %87 = icmp eq i64 %81, %86
  br i1 %87, label %88, label %133

88:                                               ; preds = %84
  %89 = shl nsw i64 %81, 1
  %90 = or disjoint i64 %89, 1
  %91 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %90
  %92 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %81
  %93 = getelementptr inbounds i8, ptr %92, i64 16
  %94 = load ptr, ptr %91, align 8, !tbaa !12
  %95 = getelementptr inbounds i8, ptr %91, i64 16
  %96 = icmp eq ptr %94, %95
  br i1 %96, label %97, label %115

97:                                               ; preds = %88
  %98 = icmp eq i64 %90, %81
  br i1 %98, label %130, label %99, !prof !106

99:                                               ; preds = %97
  %100 = getelementptr inbounds i8, ptr %91, i64 8
  %101 = load i64, ptr %100, align 8, !tbaa !15
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %109, label %103

103:                                              ; preds = %99
  %104 = load ptr, ptr %92, align 8, !tbaa !12
  %105 = icmp eq i64 %101, 1
  br i1 %105, label %106, label %108

106:                                              ; preds = %103
  %107 = load i8, ptr %94, align 1, !tbaa !14
  store i8 %107, ptr %104, align 1, !tbaa !14
  br label %109

108:                                              ; preds = %103
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %104, ptr align 1 %94, i64 %101, i1 false)
  br label %109

109:                                              ; preds = %108, %106, %99
  %110 = load i64, ptr %100, align 8, !tbaa !15
  %111 = getelementptr inbounds i8, ptr %92, i64 8
  store i64 %110, ptr %111, align 8, !tbaa !15
  %112 = load ptr, ptr %92, align 8, !tbaa !12
  %113 = getelementptr inbounds i8, ptr %112, i64 %110
  store i8 0, ptr %113, align 1, !tbaa !14
  %114 = load ptr, ptr %91, align 8, !tbaa !12
  br label %130

115:                                              ; preds = %88
  %116 = load ptr, ptr %92, align 8, !tbaa !12
  %117 = icmp eq ptr %116, %93
  br i1 %117, label %118, label %122

118:                                              ; preds = %115
  store ptr %94, ptr %92, align 8, !tbaa !12
  %119 = getelementptr inbounds i8, ptr %91, i64 8
  %120 = getelementptr inbounds i8, ptr %92, i64 8
  %121 = load <2 x i64>, ptr %119, align 8, !tbaa !14
  store <2 x i64> %121, ptr %120, align 8, !tbaa !14
  br label %129

122:                                              ; preds = %115
  %123 = load i64, ptr %93, align 8, !tbaa !14
  store ptr %94, ptr %92, align 8, !tbaa !12
  %124 = getelementptr inbounds i8, ptr %91, i64 8
  %125 = getelementptr inbounds i8, ptr %92, i64 8
  %126 = load <2 x i64>, ptr %124, align 8, !tbaa !14
  store <2 x i64> %126, ptr %125, align 8, !tbaa !14
  %127 = icmp eq ptr %116, null
  br i1 %127, label %129, label %128

128:                                              ; preds = %122
  store ptr %116, ptr %91, align 8, !tbaa !12
  store i64 %123, ptr %95, align 8, !tbaa !14
  br label %130

129:                                              ; preds = %122, %118
  store ptr %95, ptr %91, align 8, !tbaa !12
  br label %130

130:                                              ; preds = %97, %109, %128, %129
  %131 = phi ptr [ %114, %109 ], [ %116, %128 ], [ %95, %129 ], [ %94, %97 ]
  %132 = getelementptr inbounds i8, ptr %91, i64 8
  store i64 0, ptr %132, align 8, !tbaa !15
  store i8 0, ptr %131, align 1, !tbaa !14
  br label %133

133:                                              ; preds = %130, %84, %80
  %134 = phi i64 [ %90, %130 ], [ %81, %84 ], [ %81, %80 ]
  %135 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %135, ptr %5, align 8, !tbaa !5
  %136 = load ptr, ptr %3, align 8, !tbaa !12
  %137 = getelementptr inbounds i8, ptr %3, i64 16
  %138 = icmp eq ptr %136, %137
  br i1 %138, label %139, label %145

139:                                              ; preds = %133
  %140 = getelementptr inbounds i8, ptr %3, i64 8
  %141 = load i64, ptr %140, align 8, !tbaa !15
  %142 = add i64 %141, 1
  %143 = icmp eq i64 %142, 0
  br i1 %143, label %149, label %144

144:                                              ; preds = %139
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %135, ptr nonnull align 8 %137, i64 %142, i1 false)
  br label %149

145:                                              ; preds = %133
  store ptr %136, ptr %5, align 8, !tbaa !12
  %146 = load i64, ptr %137, align 8, !tbaa !14
  store i64 %146, ptr %135, align 8, !tbaa !14
  %147 = getelementptr inbounds i8, ptr %3, i64 8
  %148 = load i64, ptr %147, align 8, !tbaa !15
  br label %149

149:                                              ; preds = %139, %144, %145
  %150 = phi ptr [ %135, %139 ], [ %135, %144 ], [ %136, %145 ]
  %151 = phi i64 [ -1, %139 ], [ %141, %144 ], [ %148, %145 ]
  %152 = getelementptr inbounds i8, ptr %3, i64 8
  %153 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %151, ptr %153, align 8, !tbaa !15
  store ptr %137, ptr %3, align 8, !tbaa !12
  store i64 0, ptr %152, align 8, !tbaa !15
  store i8 0, ptr %137, align 1, !tbaa !14
  %154 = icmp sgt i64 %134, %1
  br i1 %154, label %155, label %216

155:                                              ; preds = %149, %210
  %156 = phi i64 [ %158, %210 ], [ %134, %149 ]
  %157 = add nsw i64 %156, -1
  %158 = sdiv i64 %157, 2
  %159 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %158
  %160 = getelementptr inbounds i8, ptr %159, i64 8
  %161 = load i64, ptr %160, align 8, !tbaa !15
  %162 = load i64, ptr %153, align 8, !tbaa !15
  %163 = icmp eq i64 %161, %162
  br i1 %163, label %168, label %164

164:                                              ; preds = %155
  %165 = icmp ult i64 %161, %162
  br i1 %165, label %166, label %213

166:                                              ; preds = %164
  %167 = load ptr, ptr %159, align 8, !tbaa !12
  br label %175

168:                                              ; preds = %155
  %169 = icmp eq i64 %161, 0
  br i1 %169, label %213, label %170

170:                                              ; preds = %168
  %171 = load ptr, ptr %5, align 8, !tbaa !12
  %172 = load ptr, ptr %159, align 8, !tbaa !12
  %173 = call i32 @memcmp(ptr noundef %172, ptr noundef %171, i64 noundef %161) #24
  %174 = icmp slt i32 %173, 0
  br i1 %174, label %175, label %213

175:                                              ; preds = %170, %166
  %176 = phi ptr [ %167, %166 ], [ %172, %170 ]
  %177 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %156
  %178 = getelementptr inbounds i8, ptr %177, i64 16
  %179 = getelementptr inbounds i8, ptr %159, i64 16
  %180 = icmp eq ptr %176, %179
  br i1 %180, label %181, label %197

181:                                              ; preds = %175
  %182 = icmp eq i64 %158, %156
  br i1 %182, label %210, label %183, !prof !106

183:                                              ; preds = %181
  %184 = icmp eq i64 %161, 0
  br i1 %184, label %191, label %185

185:                                              ; preds = %183
  %186 = load ptr, ptr %177, align 8, !tbaa !12
  %187 = icmp eq i64 %161, 1
  br i1 %187, label %188, label %190

188:                                              ; preds = %185
  %189 = load i8, ptr %176, align 1, !tbaa !14
  store i8 %189, ptr %186, align 1, !tbaa !14
  br label %191

190:                                              ; preds = %185
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %186, ptr align 1 %176, i64 %161, i1 false)
  br label %191

191:                                              ; preds = %190, %188, %183
  %192 = load i64, ptr %160, align 8, !tbaa !15
  %193 = getelementptr inbounds i8, ptr %177, i64 8
  store i64 %192, ptr %193, align 8, !tbaa !15
  %194 = load ptr, ptr %177, align 8, !tbaa !12
  %195 = getelementptr inbounds i8, ptr %194, i64 %192
  store i8 0, ptr %195, align 1, !tbaa !14
  %196 = load ptr, ptr %159, align 8, !tbaa !12
  br label %210

197:                                              ; preds = %175
  %198 = load ptr, ptr %177, align 8, !tbaa !12
  %199 = icmp eq ptr %198, %178
  br i1 %199, label %200, label %203

200:                                              ; preds = %197
  store ptr %176, ptr %177, align 8, !tbaa !12
  %201 = getelementptr inbounds i8, ptr %177, i64 8
  store i64 %161, ptr %201, align 8, !tbaa !15
  %202 = load i64, ptr %179, align 8, !tbaa !14
  store i64 %202, ptr %178, align 8, !tbaa !14
  br label %209

203:                                              ; preds = %197
  %204 = load i64, ptr %178, align 8, !tbaa !14
  store ptr %176, ptr %177, align 8, !tbaa !12
  %205 = getelementptr inbounds i8, ptr %177, i64 8
  store i64 %161, ptr %205, align 8, !tbaa !15
  %206 = load i64, ptr %179, align 8, !tbaa !14
  store i64 %206, ptr %178, align 8, !tbaa !14
  %207 = icmp eq ptr %198, null
  br i1 %207, label %209, label %208

208:                                              ; preds = %203
  store ptr %198, ptr %159, align 8, !tbaa !12
  store i64 %204, ptr %179, align 8, !tbaa !14
  br label %210

209:                                              ; preds = %203, %200
  store ptr %179, ptr %159, align 8, !tbaa !12
  br label %210

210:                                              ; preds = %209, %208, %191, %181
  %211 = phi ptr [ %196, %191 ], [ %198, %208 ], [ %179, %209 ], [ %176, %181 ]
  store i64 0, ptr %160, align 8, !tbaa !15
  store i8 0, ptr %211, align 1, !tbaa !14
  %212 = icmp sgt i64 %158, %1
  br i1 %212, label %155, label %213, !llvm.loop !112

213:                                              ; preds = %164, %168, %170, %210
  %214 = phi i64 [ %156, %170 ], [ %156, %168 ], [ %156, %164 ], [ %158, %210 ]
  %215 = load ptr, ptr %5, align 8, !tbaa !12
  br label %216

216:                                              ; preds = %213, %149
  %217 = phi ptr [ %150, %149 ], [ %215, %213 ]
  %218 = phi i64 [ %134, %149 ], [ %214, %213 ]
  %219 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %0, i64 %218
  %220 = getelementptr inbounds i8, ptr %219, i64 16
  %221 = icmp eq ptr %217, %135
  br i1 %221, label %222, label %239

222:                                              ; preds = %216
  %223 = icmp eq ptr %219, %5
  br i1 %223, label %252, label %224, !prof !106

224:                                              ; preds = %222
  %225 = load i64, ptr %153, align 8, !tbaa !15
  %226 = icmp eq i64 %225, 0
  br i1 %226, label %233, label %227

227:                                              ; preds = %224
  %228 = load ptr, ptr %219, align 8, !tbaa !12
  %229 = icmp eq i64 %225, 1
  br i1 %229, label %230, label %232

230:                                              ; preds = %227
  %231 = load i8, ptr %217, align 1, !tbaa !14
  store i8 %231, ptr %228, align 1, !tbaa !14
  br label %233

232:                                              ; preds = %227
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %228, ptr align 1 %217, i64 %225, i1 false)
  br label %233

233:                                              ; preds = %232, %230, %224
  %234 = load i64, ptr %153, align 8, !tbaa !15
  %235 = getelementptr inbounds i8, ptr %219, i64 8
  store i64 %234, ptr %235, align 8, !tbaa !15
  %236 = load ptr, ptr %219, align 8, !tbaa !12
  %237 = getelementptr inbounds i8, ptr %236, i64 %234
  store i8 0, ptr %237, align 1, !tbaa !14
  %238 = load ptr, ptr %5, align 8, !tbaa !12
  br label %252

239:                                              ; preds = %216
  %240 = load ptr, ptr %219, align 8, !tbaa !12
  %241 = icmp eq ptr %240, %220
  br i1 %241, label %242, label %245

242:                                              ; preds = %239
  store ptr %217, ptr %219, align 8, !tbaa !12
  %243 = getelementptr inbounds i8, ptr %219, i64 8
  %244 = load <2 x i64>, ptr %153, align 8, !tbaa !14
  store <2 x i64> %244, ptr %243, align 8, !tbaa !14
  br label %251

245:                                              ; preds = %239
  %246 = load i64, ptr %220, align 8, !tbaa !14
  store ptr %217, ptr %219, align 8, !tbaa !12
  %247 = getelementptr inbounds i8, ptr %219, i64 8
  %248 = load <2 x i64>, ptr %153, align 8, !tbaa !14
  store <2 x i64> %248, ptr %247, align 8, !tbaa !14
  %249 = icmp eq ptr %240, null
  br i1 %249, label %251, label %250

250:                                              ; preds = %245
  store ptr %240, ptr %5, align 8, !tbaa !12
  store i64 %246, ptr %135, align 8, !tbaa !14
  br label %252

251:                                              ; preds = %245, %242
  store ptr %135, ptr %5, align 8, !tbaa !12
  br label %252

252:                                              ; preds = %251, %250, %233, %222
  %253 = phi ptr [ %238, %233 ], [ %240, %250 ], [ %135, %251 ], [ %217, %222 ]
  store i64 0, ptr %153, align 8, !tbaa !15
  store i8 0, ptr %253, align 1, !tbaa !14
  %254 = load ptr, ptr %5, align 8, !tbaa !12
  %255 = icmp eq ptr %254, %135
  br i1 %255, label %259, label %256

256:                                              ; preds = %252
  %257 = load i64, ptr %135, align 8, !tbaa !14
  %258 = add i64 %257, 1
  call void @_ZdlPvm(ptr noundef %254, i64 noundef %258) #26
  br label %259

259:                                              ; preds = %252, %256
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #17

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %0, ptr readnone %1) unnamed_addr #18 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = icmp eq ptr %0, %1
  br i1 %4, label %144, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = icmp eq ptr %6, %1
  br i1 %7, label %144, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = getelementptr inbounds i8, ptr %3, i64 16
  %11 = getelementptr inbounds i8, ptr %3, i64 8
  %12 = ptrtoint ptr %0 to i64
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = icmp eq ptr %3, %0
  br label %15

15:                                               ; preds = %8, %141
  %16 = phi ptr [ %6, %8 ], [ %142, %141 ]
  %17 = phi ptr [ %0, %8 ], [ %16, %141 ]
  %18 = getelementptr inbounds i8, ptr %17, i64 40
  %19 = load i64, ptr %18, align 8, !tbaa !15
  %20 = load i64, ptr %9, align 8, !tbaa !15
  %21 = icmp eq i64 %19, %20
  br i1 %21, label %26, label %22

22:                                               ; preds = %15
  %23 = icmp ult i64 %19, %20
  br i1 %23, label %24, label %140

24:                                               ; preds = %22
  %25 = load ptr, ptr %16, align 8, !tbaa !12
  br label %33

26:                                               ; preds = %15
  %27 = icmp eq i64 %19, 0
  br i1 %27, label %140, label %28

28:                                               ; preds = %26
  %29 = load ptr, ptr %0, align 8, !tbaa !12
  %30 = load ptr, ptr %16, align 8, !tbaa !12
  %31 = call i32 @memcmp(ptr noundef %30, ptr noundef %29, i64 noundef %19) #24
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %33, label %140

33:                                               ; preds = %24, %28
  %34 = phi ptr [ %25, %24 ], [ %30, %28 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #24
  store ptr %10, ptr %3, align 8, !tbaa !5
  %35 = getelementptr inbounds i8, ptr %17, i64 48
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %37, label %42

37:                                               ; preds = %33
  %38 = add i64 %19, 1
  %39 = icmp eq i64 %38, 0
  br i1 %39, label %44, label %40

40:                                               ; preds = %37
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %10, ptr nonnull align 8 %35, i64 %38, i1 false)
  %41 = load i64, ptr %18, align 8, !tbaa !15
  br label %44

42:                                               ; preds = %33
  store ptr %34, ptr %3, align 8, !tbaa !12
  %43 = load i64, ptr %35, align 8, !tbaa !14
  store i64 %43, ptr %10, align 8, !tbaa !14
  br label %44

44:                                               ; preds = %37, %40, %42
  %45 = phi ptr [ %10, %37 ], [ %10, %40 ], [ %34, %42 ]
  %46 = phi i64 [ -1, %37 ], [ %41, %40 ], [ %19, %42 ]
  store i64 %46, ptr %11, align 8, !tbaa !15
  store ptr %35, ptr %16, align 8, !tbaa !12
  store i64 0, ptr %18, align 8, !tbaa !15
  store i8 0, ptr %35, align 1, !tbaa !14
  %47 = ptrtoint ptr %16 to i64
  %48 = sub i64 %47, %12
  %49 = ashr exact i64 %48, 5
  %50 = icmp sgt i64 %49, 0
  br i1 %50, label %51, label %103

51:                                               ; preds = %44
  %52 = getelementptr inbounds i8, ptr %17, i64 64
  br label %53

53:                                               ; preds = %51, %96
  %54 = phi i64 [ %99, %96 ], [ %49, %51 ]
  %55 = phi ptr [ %58, %96 ], [ %52, %51 ]
  %56 = phi ptr [ %57, %96 ], [ %16, %51 ]
  %57 = getelementptr inbounds i8, ptr %56, i64 -32
  %58 = getelementptr inbounds i8, ptr %55, i64 -32
  %59 = getelementptr inbounds i8, ptr %55, i64 -16
  %60 = load ptr, ptr %57, align 8, !tbaa !12
  %61 = getelementptr inbounds i8, ptr %56, i64 -16
  %62 = icmp eq ptr %60, %61
  br i1 %62, label %63, label %79

63:                                               ; preds = %53
  %64 = getelementptr inbounds i8, ptr %56, i64 -24
  %65 = load i64, ptr %64, align 8, !tbaa !15
  %66 = icmp eq i64 %65, 0
  br i1 %66, label %73, label %67

67:                                               ; preds = %63
  %68 = load ptr, ptr %58, align 8, !tbaa !12
  %69 = icmp eq i64 %65, 1
  br i1 %69, label %70, label %72

70:                                               ; preds = %67
  %71 = load i8, ptr %60, align 1, !tbaa !14
  store i8 %71, ptr %68, align 1, !tbaa !14
  br label %73

72:                                               ; preds = %67
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %68, ptr align 1 %60, i64 %65, i1 false)
  br label %73

73:                                               ; preds = %72, %70, %63
  %74 = load i64, ptr %64, align 8, !tbaa !15
  %75 = getelementptr inbounds i8, ptr %55, i64 -24
  store i64 %74, ptr %75, align 8, !tbaa !15
  %76 = load ptr, ptr %58, align 8, !tbaa !12
  %77 = getelementptr inbounds i8, ptr %76, i64 %74
  store i8 0, ptr %77, align 1, !tbaa !14
  %78 = load ptr, ptr %57, align 8, !tbaa !12
  br label %96

79:                                               ; preds = %53
  %80 = load ptr, ptr %58, align 8, !tbaa !12
  %81 = icmp eq ptr %80, %59
  br i1 %81, label %82, label %87

82:                                               ; preds = %79
  store ptr %60, ptr %58, align 8, !tbaa !12
  %83 = getelementptr inbounds i8, ptr %56, i64 -24
  %84 = load i64, ptr %83, align 8, !tbaa !15
  %85 = getelementptr inbounds i8, ptr %55, i64 -24
  store i64 %84, ptr %85, align 8, !tbaa !15
  %86 = load i64, ptr %61, align 8, !tbaa !14
  store i64 %86, ptr %59, align 8, !tbaa !14
  br label %95

87:                                               ; preds = %79
  %88 = load i64, ptr %59, align 8, !tbaa !14
  store ptr %60, ptr %58, align 8, !tbaa !12
  %89 = getelementptr inbounds i8, ptr %56, i64 -24
  %90 = load i64, ptr %89, align 8, !tbaa !15
  %91 = getelementptr inbounds i8, ptr %55, i64 -24
  store i64 %90, ptr %91, align 8, !tbaa !15
  %92 = load i64, ptr %61, align 8, !tbaa !14
  store i64 %92, ptr %59, align 8, !tbaa !14
  %93 = icmp eq ptr %80, null
  br i1 %93, label %95, label %94

94:                                               ; preds = %87
  store ptr %80, ptr %57, align 8, !tbaa !12
  store i64 %88, ptr %61, align 8, !tbaa !14
  br label %96

95:                                               ; preds = %87, %82
  store ptr %61, ptr %57, align 8, !tbaa !12
  br label %96

96:                                               ; preds = %95, %94, %73
  %97 = phi ptr [ %78, %73 ], [ %80, %94 ], [ %61, %95 ]
  %98 = getelementptr inbounds i8, ptr %56, i64 -24
  store i64 0, ptr %98, align 8, !tbaa !15
  store i8 0, ptr %97, align 1, !tbaa !14
  %99 = add nsw i64 %54, -1
  %100 = icmp sgt i64 %54, 1
  br i1 %100, label %53, label %101, !llvm.loop !113

101:                                              ; preds = %96
  %102 = load ptr, ptr %3, align 8, !tbaa !12
  br label %103

103:                                              ; preds = %101, %44
  %104 = phi ptr [ %102, %101 ], [ %45, %44 ]
  %105 = icmp eq ptr %104, %10
  br i1 %105, label %106, label %121

106:                                              ; preds = %103
  br i1 %14, label %132, label %107, !prof !106

107:                                              ; preds = %106
  %108 = load i64, ptr %11, align 8, !tbaa !15
  %109 = icmp eq i64 %108, 0
  br i1 %109, label %116, label %110

110:                                              ; preds = %107
  %111 = load ptr, ptr %0, align 8, !tbaa !12
  %112 = icmp eq i64 %108, 1
  br i1 %112, label %113, label %115

113:                                              ; preds = %110
  %114 = load i8, ptr %104, align 1, !tbaa !14
  store i8 %114, ptr %111, align 1, !tbaa !14
  br label %116

115:                                              ; preds = %110
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %111, ptr align 1 %104, i64 %108, i1 false)
  br label %116

116:                                              ; preds = %115, %113, %107
  %117 = load i64, ptr %11, align 8, !tbaa !15
  store i64 %117, ptr %9, align 8, !tbaa !15
  %118 = load ptr, ptr %0, align 8, !tbaa !12
  %119 = getelementptr inbounds i8, ptr %118, i64 %117
  store i8 0, ptr %119, align 1, !tbaa !14
  %120 = load ptr, ptr %3, align 8, !tbaa !12
  br label %132

121:                                              ; preds = %103
  %122 = load ptr, ptr %0, align 8, !tbaa !12
  %123 = icmp eq ptr %122, %13
  br i1 %123, label %124, label %126

124:                                              ; preds = %121
  store ptr %104, ptr %0, align 8, !tbaa !12
  %125 = load <2 x i64>, ptr %11, align 8, !tbaa !14
  store <2 x i64> %125, ptr %9, align 8, !tbaa !14
  br label %131

126:                                              ; preds = %121
  %127 = load i64, ptr %13, align 8, !tbaa !14
  store ptr %104, ptr %0, align 8, !tbaa !12
  %128 = load <2 x i64>, ptr %11, align 8, !tbaa !14
  store <2 x i64> %128, ptr %9, align 8, !tbaa !14
  %129 = icmp eq ptr %122, null
  br i1 %129, label %131, label %130

130:                                              ; preds = %126
  store ptr %122, ptr %3, align 8, !tbaa !12
  store i64 %127, ptr %10, align 8, !tbaa !14
  br label %132

131:                                              ; preds = %126, %124
  store ptr %10, ptr %3, align 8, !tbaa !12
  br label %132

132:                                              ; preds = %106, %116, %130, %131
  %133 = phi ptr [ %120, %116 ], [ %122, %130 ], [ %10, %131 ], [ %104, %106 ]
  store i64 0, ptr %11, align 8, !tbaa !15
  store i8 0, ptr %133, align 1, !tbaa !14
  %134 = load ptr, ptr %3, align 8, !tbaa !12
  %135 = icmp eq ptr %134, %10
  br i1 %135, label %139, label %136

136:                                              ; preds = %132
  %137 = load i64, ptr %10, align 8, !tbaa !14
  %138 = add i64 %137, 1
  call void @_ZdlPvm(ptr noundef %134, i64 noundef %138) #26
  br label %139

139:                                              ; preds = %132, %136
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #24
  br label %141

140:                                              ; preds = %28, %26, %22
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr nonnull %16)
  br label %141

141:                                              ; preds = %139, %140
  %142 = getelementptr inbounds i8, ptr %16, i64 32
  %143 = icmp eq ptr %142, %1
  br i1 %143, label %144, label %15, !llvm.loop !114

144:                                              ; preds = %141, %5, %2
  ret void
}

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr %0) unnamed_addr #18 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #24
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  store ptr %3, ptr %2, align 8, !tbaa !5
  %4 = load ptr, ptr %0, align 8, !tbaa !12
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %7, label %13

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !15
  %10 = add i64 %9, 1
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %17, label %12

12:                                               ; preds = %7
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %3, ptr nonnull align 8 %5, i64 %10, i1 false)
  br label %17

13:                                               ; preds = %1
  store ptr %4, ptr %2, align 8, !tbaa !12
  %14 = load i64, ptr %5, align 8, !tbaa !14
  store i64 %14, ptr %3, align 8, !tbaa !14
  %15 = getelementptr inbounds i8, ptr %0, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !15
  br label %17

17:                                               ; preds = %7, %12, %13
  %18 = phi i64 [ -1, %7 ], [ %9, %12 ], [ %16, %13 ]
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  %20 = getelementptr inbounds i8, ptr %2, i64 8
  store i64 %18, ptr %20, align 8, !tbaa !15
  store ptr %5, ptr %0, align 8, !tbaa !12
  store i64 0, ptr %19, align 8, !tbaa !15
  store i8 0, ptr %5, align 1, !tbaa !14
  br label %21

21:                                               ; preds = %73, %17
  %22 = phi i64 [ %18, %17 ], [ %75, %73 ]
  %23 = phi ptr [ %0, %17 ], [ %24, %73 ]
  %24 = getelementptr inbounds i8, ptr %23, i64 -32
  %25 = getelementptr inbounds i8, ptr %23, i64 -24
  %26 = load i64, ptr %25, align 8, !tbaa !15
  %27 = icmp eq i64 %22, %26
  br i1 %27, label %34, label %28

28:                                               ; preds = %21
  %29 = icmp ult i64 %22, %26
  br i1 %29, label %32, label %30

30:                                               ; preds = %28
  %31 = load ptr, ptr %2, align 8, !tbaa !12
  br label %76

32:                                               ; preds = %28
  %33 = load ptr, ptr %24, align 8, !tbaa !12
  br label %41

34:                                               ; preds = %21
  %35 = icmp eq i64 %22, 0
  %36 = load ptr, ptr %2, align 8, !tbaa !12
  br i1 %35, label %76, label %37

37:                                               ; preds = %34
  %38 = load ptr, ptr %24, align 8, !tbaa !12
  %39 = call i32 @memcmp(ptr noundef %36, ptr noundef %38, i64 noundef %22) #24
  %40 = icmp slt i32 %39, 0
  br i1 %40, label %41, label %76

41:                                               ; preds = %32, %37
  %42 = phi ptr [ %33, %32 ], [ %38, %37 ]
  %43 = getelementptr inbounds i8, ptr %23, i64 16
  %44 = getelementptr inbounds i8, ptr %23, i64 -16
  %45 = icmp eq ptr %42, %44
  br i1 %45, label %46, label %60

46:                                               ; preds = %41
  %47 = icmp eq i64 %26, 0
  br i1 %47, label %54, label %48

48:                                               ; preds = %46
  %49 = load ptr, ptr %23, align 8, !tbaa !12
  %50 = icmp eq i64 %26, 1
  br i1 %50, label %51, label %53

51:                                               ; preds = %48
  %52 = load i8, ptr %42, align 1, !tbaa !14
  store i8 %52, ptr %49, align 1, !tbaa !14
  br label %54

53:                                               ; preds = %48
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %49, ptr align 1 %42, i64 %26, i1 false)
  br label %54

54:                                               ; preds = %53, %51, %46
  %55 = load i64, ptr %25, align 8, !tbaa !15
  %56 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %55, ptr %56, align 8, !tbaa !15
  %57 = load ptr, ptr %23, align 8, !tbaa !12
  %58 = getelementptr inbounds i8, ptr %57, i64 %55
  store i8 0, ptr %58, align 1, !tbaa !14
  %59 = load ptr, ptr %24, align 8, !tbaa !12
  br label %73

60:                                               ; preds = %41
  %61 = load ptr, ptr %23, align 8, !tbaa !12
  %62 = icmp eq ptr %61, %43
  br i1 %62, label %63, label %66

63:                                               ; preds = %60
  store ptr %42, ptr %23, align 8, !tbaa !12
  %64 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %26, ptr %64, align 8, !tbaa !15
  %65 = load i64, ptr %44, align 8, !tbaa !14
  store i64 %65, ptr %43, align 8, !tbaa !14
  br label %72

66:                                               ; preds = %60
  %67 = load i64, ptr %43, align 8, !tbaa !14
  store ptr %42, ptr %23, align 8, !tbaa !12
  %68 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %26, ptr %68, align 8, !tbaa !15
  %69 = load i64, ptr %44, align 8, !tbaa !14
  store i64 %69, ptr %43, align 8, !tbaa !14
  %70 = icmp eq ptr %61, null
  br i1 %70, label %72, label %71

71:                                               ; preds = %66
  store ptr %61, ptr %24, align 8, !tbaa !12
  store i64 %67, ptr %44, align 8, !tbaa !14
  br label %73

72:                                               ; preds = %66, %63
  store ptr %44, ptr %24, align 8, !tbaa !12
  br label %73

73:                                               ; preds = %54, %71, %72
  %74 = phi ptr [ %59, %54 ], [ %61, %71 ], [ %44, %72 ]
  store i64 0, ptr %25, align 8, !tbaa !15
  store i8 0, ptr %74, align 1, !tbaa !14
  %75 = load i64, ptr %20, align 8, !tbaa !15
  br label %21, !llvm.loop !115

76:                                               ; preds = %37, %34, %30
  %77 = phi ptr [ %31, %30 ], [ %36, %34 ], [ %36, %37 ]
  %78 = getelementptr inbounds i8, ptr %23, i64 16
  %79 = icmp eq ptr %77, %3
  br i1 %79, label %80, label %96

80:                                               ; preds = %76
  %81 = icmp eq ptr %2, %23
  br i1 %81, label %109, label %82, !prof !106

82:                                               ; preds = %80
  %83 = icmp eq i64 %22, 0
  br i1 %83, label %90, label %84

84:                                               ; preds = %82
  %85 = load ptr, ptr %23, align 8, !tbaa !12
  %86 = icmp eq i64 %22, 1
  br i1 %86, label %87, label %89

87:                                               ; preds = %84
  %88 = load i8, ptr %77, align 1, !tbaa !14
  store i8 %88, ptr %85, align 1, !tbaa !14
  br label %90

89:                                               ; preds = %84
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %85, ptr align 1 %77, i64 %22, i1 false)
  br label %90

90:                                               ; preds = %89, %87, %82
  %91 = load i64, ptr %20, align 8, !tbaa !15
  %92 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %91, ptr %92, align 8, !tbaa !15
  %93 = load ptr, ptr %23, align 8, !tbaa !12
  %94 = getelementptr inbounds i8, ptr %93, i64 %91
  store i8 0, ptr %94, align 1, !tbaa !14
  %95 = load ptr, ptr %2, align 8, !tbaa !12
  br label %109

96:                                               ; preds = %76
  %97 = load ptr, ptr %23, align 8, !tbaa !12
  %98 = icmp eq ptr %97, %78
  br i1 %98, label %99, label %102

99:                                               ; preds = %96
  store ptr %77, ptr %23, align 8, !tbaa !12
  %100 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %22, ptr %100, align 8, !tbaa !15
  %101 = load i64, ptr %3, align 8, !tbaa !14
  store i64 %101, ptr %78, align 8, !tbaa !14
  br label %108

102:                                              ; preds = %96
  %103 = load i64, ptr %78, align 8, !tbaa !14
  store ptr %77, ptr %23, align 8, !tbaa !12
  %104 = getelementptr inbounds i8, ptr %23, i64 8
  store i64 %22, ptr %104, align 8, !tbaa !15
  %105 = load i64, ptr %3, align 8, !tbaa !14
  store i64 %105, ptr %78, align 8, !tbaa !14
  %106 = icmp eq ptr %97, null
  br i1 %106, label %108, label %107

107:                                              ; preds = %102
  store ptr %97, ptr %2, align 8, !tbaa !12
  store i64 %103, ptr %3, align 8, !tbaa !14
  br label %109

108:                                              ; preds = %102, %99
  store ptr %3, ptr %2, align 8, !tbaa !12
  br label %109

109:                                              ; preds = %80, %90, %107, %108
  %110 = phi ptr [ %95, %90 ], [ %97, %107 ], [ %3, %108 ], [ %77, %80 ]
  store i64 0, ptr %20, align 8, !tbaa !15
  store i8 0, ptr %110, align 1, !tbaa !14
  %111 = load ptr, ptr %2, align 8, !tbaa !12
  %112 = icmp eq ptr %111, %3
  br i1 %112, label %116, label %113

113:                                              ; preds = %109
  %114 = load i64, ptr %3, align 8, !tbaa !14
  %115 = add i64 %114, 1
  call void @_ZdlPvm(ptr noundef %111, i64 noundef %115) #26
  br label %116

116:                                              ; preds = %109, %113
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #24
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE19_M_range_initializeIPKS7_EEvT_SD_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %2 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %4, %5
  %7 = sdiv exact i64 %6, 40
  %8 = icmp ugt i64 %7, 230584300921369395
  br i1 %8, label %9, label %10

9:                                                ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.47) #25
  unreachable

10:                                               ; preds = %3
  %11 = icmp eq ptr %2, %1
  br i1 %11, label %12, label %15

12:                                               ; preds = %10
  store ptr null, ptr %0, align 8, !tbaa !44
  %13 = getelementptr inbounds i8, ptr null, i64 %6
  %14 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %13, ptr %14, align 8, !tbaa !46
  br label %38

15:                                               ; preds = %10
  %16 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %6) #30
  store ptr %16, ptr %0, align 8, !tbaa !44
  %17 = getelementptr inbounds i8, ptr %16, i64 %6
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %17, ptr %18, align 8, !tbaa !46
  br label %19

19:                                               ; preds = %15, %22
  %20 = phi ptr [ %24, %22 ], [ %16, %15 ]
  %21 = phi ptr [ %23, %22 ], [ %1, %15 ]
  invoke void @_ZNSt8__detail9__variant15_Copy_ctor_baseILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2ERKS8_(ptr noundef nonnull align 8 dereferenceable(33) %20, ptr noundef nonnull align 8 dereferenceable(33) %21)
          to label %22 unwind label %26

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %21, i64 40
  %24 = getelementptr inbounds i8, ptr %20, i64 40
  %25 = icmp eq ptr %23, %2
  br i1 %25, label %38, label %19, !llvm.loop !116

26:                                               ; preds = %19
  %27 = landingpad { ptr, i32 }
          catch ptr null
  %28 = extractvalue { ptr, i32 } %27, 0
  %29 = tail call ptr @__cxa_begin_catch(ptr %28) #24
  invoke void @_ZSt8_DestroyIPSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEvT_S9_(ptr noundef nonnull %16, ptr noundef nonnull %20)
          to label %30 unwind label %31

30:                                               ; preds = %26
  invoke void @__cxa_rethrow() #25
          to label %37 unwind label %31

31:                                               ; preds = %30, %26
  %32 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %33 unwind label %34

33:                                               ; preds = %31
  resume { ptr, i32 } %32

34:                                               ; preds = %31
  %35 = landingpad { ptr, i32 }
          catch ptr null
  %36 = extractvalue { ptr, i32 } %35, 0
  tail call void @__clang_call_terminate(ptr %36) #28
  unreachable

37:                                               ; preds = %30
  unreachable

38:                                               ; preds = %22, %12
  %39 = phi ptr [ null, %12 ], [ %24, %22 ]
  %40 = getelementptr inbounds i8, ptr %0, i64 8
  store ptr %39, ptr %40, align 8, !tbaa !72
  ret void
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt8_DestroyIPSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEvT_S9_(ptr noundef %0, ptr noundef %1) local_unnamed_addr #19 comdat personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %0, %1
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %16
  %5 = phi ptr [ %17, %16 ], [ %0, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 32
  %7 = load i8, ptr %6, align 8, !tbaa !39
  %8 = icmp ult i8 %7, 2
  br i1 %8, label %16, label %9

9:                                                ; preds = %4
  %10 = load ptr, ptr %5, align 8, !tbaa !12
  %11 = getelementptr inbounds i8, ptr %5, i64 16
  %12 = icmp eq ptr %10, %11
  br i1 %12, label %16, label %13

13:                                               ; preds = %9
  %14 = load i64, ptr %11, align 8, !tbaa !14
  %15 = add i64 %14, 1
  tail call void @_ZdlPvm(ptr noundef %10, i64 noundef %15) #26
  br label %16

16:                                               ; preds = %13, %9, %4
  store i8 -1, ptr %6, align 8, !tbaa !39
  %17 = getelementptr inbounds i8, ptr %5, i64 40
  %18 = icmp eq ptr %17, %1
  br i1 %18, label %19, label %4, !llvm.loop !73

19:                                               ; preds = %16, %2
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8__detail9__variant15_Copy_ctor_baseILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2ERKS8_(ptr noundef nonnull align 8 dereferenceable(33) %0, ptr noundef nonnull align 8 dereferenceable(33) %1) unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  store i8 -1, ptr %4, align 8, !tbaa !39
  %5 = getelementptr inbounds i8, ptr %1, i64 32
  %6 = load i8, ptr %5, align 8, !tbaa !39
  switch i8 %6, label %32 [
    i8 0, label %7
    i8 1, label %9
    i8 2, label %11
  ]

7:                                                ; preds = %2
  %8 = load i32, ptr %1, align 8, !tbaa !30
  store i32 %8, ptr %0, align 8, !tbaa !37
  br label %33

9:                                                ; preds = %2
  %10 = load double, ptr %1, align 8, !tbaa !59
  store double %10, ptr %0, align 8, !tbaa !41
  br label %33

11:                                               ; preds = %2
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %12, ptr %0, align 8, !tbaa !5
  %13 = load ptr, ptr %1, align 8, !tbaa !12
  %14 = getelementptr inbounds i8, ptr %1, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store i64 %15, ptr %3, align 8, !tbaa !10
  %16 = icmp ugt i64 %15, 15
  br i1 %16, label %17, label %21

17:                                               ; preds = %11
  %18 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %19 unwind label %35

19:                                               ; preds = %17
  store ptr %18, ptr %0, align 8, !tbaa !12
  %20 = load i64, ptr %3, align 8, !tbaa !10
  store i64 %20, ptr %12, align 8, !tbaa !14
  br label %21

21:                                               ; preds = %19, %11
  %22 = phi ptr [ %18, %19 ], [ %12, %11 ]
  switch i64 %15, label %25 [
    i64 1, label %23
    i64 0, label %26
  ]

23:                                               ; preds = %21
  %24 = load i8, ptr %13, align 1, !tbaa !14
  store i8 %24, ptr %22, align 1, !tbaa !14
  br label %26

25:                                               ; preds = %21
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %22, ptr align 1 %13, i64 %15, i1 false)
  br label %26

26:                                               ; preds = %25, %23, %21
  %27 = load i64, ptr %3, align 8, !tbaa !10
  %28 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %27, ptr %28, align 8, !tbaa !15
  %29 = load ptr, ptr %0, align 8, !tbaa !12
  %30 = getelementptr inbounds i8, ptr %29, i64 %27
  store i8 0, ptr %30, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %31 = load i8, ptr %5, align 8, !tbaa !39
  br label %33

32:                                               ; preds = %2
  unreachable

33:                                               ; preds = %26, %9, %7
  %34 = phi i8 [ %31, %26 ], [ 1, %9 ], [ 0, %7 ]
  store i8 %34, ptr %4, align 8, !tbaa !39
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
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #21

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #12 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { inlinehint mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !7, i64 0}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !8, i64 0}
!12 = !{!13, !7, i64 0}
!13 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !6, i64 0, !11, i64 8, !8, i64 16}
!14 = !{!8, !8, i64 0}
!15 = !{!13, !11, i64 8}
!16 = !{!17}
!17 = distinct !{!17, !18, !"_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm: argument 0"}
!18 = distinct !{!18, !"_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm"}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = !{!7, !7, i64 0}
!23 = distinct !{!23, !20}
!24 = !{!25}
!25 = distinct !{!25, !26, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!26 = distinct !{!26, !"_ZNSt7__cxx119to_stringEi"}
!27 = !{!28}
!28 = distinct !{!28, !29, !"_ZNSt7__cxx119to_stringEx: argument 0"}
!29 = distinct !{!29, !"_ZNSt7__cxx119to_stringEx"}
!30 = !{!31, !31, i64 0}
!31 = !{!"int", !8, i64 0}
!32 = !{!33}
!33 = distinct !{!33, !34, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!34 = distinct !{!34, !"_ZNSt7__cxx119to_stringEi"}
!35 = distinct !{!35, !20}
!36 = distinct !{!36, !20}
!37 = !{!38, !31, i64 0}
!38 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIiLb1EEE", !31, i64 0}
!39 = !{!40, !8, i64 32}
!40 = !{!"_ZTSNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEE", !8, i64 0, !8, i64 32}
!41 = !{!42, !43, i64 0}
!42 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIdLb1EEE", !43, i64 0}
!43 = !{!"double", !8, i64 0}
!44 = !{!45, !7, i64 0}
!45 = !{!"_ZTSNSt12_Vector_baseISt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESaIS7_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!46 = !{!45, !7, i64 16}
!47 = !{!48, !50}
!48 = distinct !{!48, !49, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_: argument 0"}
!49 = distinct !{!49, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_"}
!50 = distinct !{!50, !51, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_: argument 0"}
!51 = distinct !{!51, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_"}
!52 = !{!53, !55, !57, !48, !50}
!53 = distinct !{!53, !54, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!54 = distinct !{!54, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_"}
!55 = distinct !{!55, !56, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!56 = distinct !{!56, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!57 = distinct !{!57, !58, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_: argument 0"}
!58 = distinct !{!58, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_"}
!59 = !{!43, !43, i64 0}
!60 = !{!61, !63, !65, !48, !50}
!61 = distinct !{!61, !62, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!62 = distinct !{!62, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_"}
!63 = distinct !{!63, !64, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!64 = distinct !{!64, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!65 = distinct !{!65, !66, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm1EEEE14__visit_invokeESC_SG_: argument 0"}
!66 = distinct !{!66, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm1EEEE14__visit_invokeESC_SG_"}
!67 = distinct !{!67, !20, !68, !69}
!68 = !{!"llvm.loop.isvectorized", i32 1}
!69 = !{!"llvm.loop.unroll.runtime.disable"}
!70 = distinct !{!70, !20, !69, !68}
!71 = distinct !{!71, !20}
!72 = !{!45, !7, i64 8}
!73 = distinct !{!73, !20}
!74 = !{!75, !7, i64 0}
!75 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!76 = !{!75, !7, i64 8}
!77 = distinct !{!77, !20}
!78 = !{!75, !7, i64 16}
!79 = !{!80}
!80 = distinct !{!80, !81, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!81 = distinct !{!81, !"_ZNSt7__cxx119to_stringEi"}
!82 = !{!83}
!83 = distinct !{!83, !84, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!84 = distinct !{!84, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!85 = !{!86}
!86 = distinct !{!86, !87, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!87 = distinct !{!87, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!90 = distinct !{!90, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!91 = !{!92}
!92 = distinct !{!92, !93, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!93 = distinct !{!93, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!94 = !{!95}
!95 = distinct !{!95, !93, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!96 = !{!92, !95}
!97 = distinct !{!97, !20}
!98 = !{!99}
!99 = distinct !{!99, !100, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!100 = distinct !{!100, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!101 = !{!102}
!102 = distinct !{!102, !100, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!103 = !{!99, !102}
!104 = distinct !{!104, !20}
!105 = distinct !{!105, !20}
!106 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!107 = distinct !{!107, !20}
!108 = distinct !{!108, !20}
!109 = distinct !{!109, !20}
!110 = distinct !{!110, !20}
!111 = distinct !{!111, !20}
!112 = distinct !{!112, !20}
!113 = distinct !{!113, !20}
!114 = distinct !{!114, !20}
!115 = distinct !{!115, !20}
!116 = distinct !{!116, !20}
