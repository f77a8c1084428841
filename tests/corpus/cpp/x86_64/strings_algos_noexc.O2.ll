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

$_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z = comdat any

$_ZNK8DescribeclB5cxx11Ei = comdat any

$_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_ = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

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

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %"class.std::__cxx11::basic_string", align 8
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::__cxx11::basic_string", align 8
  %10 = alloca %"class.std::__cxx11::basic_string", align 8
  %11 = alloca %"class.std::vector", align 8
  %12 = alloca %"class.std::basic_string_view", align 8
  %13 = alloca %"class.std::__cxx11::basic_string", align 8
  %14 = alloca %"class.std::__cxx11::basic_string", align 8
  %15 = alloca %"class.std::__cxx11::basic_string", align 8
  %16 = alloca %"class.std::__cxx11::basic_string", align 8
  %17 = alloca %"class.std::__cxx11::basic_string", align 8
  %18 = alloca %"class.std::__cxx11::basic_string", align 8
  %19 = alloca %"class.std::__cxx11::basic_string", align 8
  %20 = alloca [4 x %"class.std::variant"], align 8
  %21 = alloca %"class.std::__cxx11::basic_string", align 8
  %22 = alloca %"class.std::__cxx11::basic_string", align 8
  %23 = alloca %struct.Describe, align 1
  %24 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #20
  %25 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %25, ptr %8, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #20
  store i64 19, ptr %7, align 8, !tbaa !10
  %26 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(8) %7, i64 noundef 0) #20
  store ptr %26, ptr %8, align 8, !tbaa !12
  %27 = load i64, ptr %7, align 8, !tbaa !10
  store i64 %27, ptr %25, align 8, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(19) %26, ptr noundef nonnull align 1 dereferenceable(19) @.str, i64 19, i1 false)
  %28 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %27, ptr %28, align 8, !tbaa !15
  %29 = load ptr, ptr %8, align 8, !tbaa !12
  %30 = getelementptr inbounds i8, ptr %29, i64 %27
  store i8 0, ptr %30, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #20
  %31 = load i64, ptr %28, align 8, !tbaa !15
  %32 = add i64 %31, -4611686018427387880
  %33 = icmp ult i64 %32, 24
  br i1 %33, label %34, label %35

34:                                               ; preds = %0
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

35:                                               ; preds = %0
  %36 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.1, i64 noundef 24) #20
  %37 = load ptr, ptr %8, align 8, !tbaa !12
  %38 = load i64, ptr %28, align 8, !tbaa !15
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %37, i64 noundef %38)
  %40 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.3, i64 noundef 0, i64 noundef 3) #20
  %41 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32) %8, i8 noundef signext 111, i64 noundef -1) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #20
  call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %42 = load i64, ptr %28, align 8, !tbaa !15, !noalias !16
  %43 = icmp ult i64 %42, %40
  br i1 %43, label %44, label %45

44:                                               ; preds = %35
  call void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.44, i64 noundef %40, i64 noundef %42) #21, !noalias !16
  unreachable

45:                                               ; preds = %35
  %46 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %46, ptr %9, align 8, !tbaa !5, !alias.scope !16
  %47 = load ptr, ptr %8, align 8, !tbaa !12, !noalias !16
  %48 = getelementptr inbounds i8, ptr %47, i64 %40
  %49 = sub i64 %42, %40
  %50 = call noundef i64 @llvm.umin.i64(i64 %49, i64 9)
  switch i64 %50, label %53 [
    i64 1, label %51
    i64 0, label %54
  ]

51:                                               ; preds = %45
  %52 = load i8, ptr %48, align 1, !tbaa !14
  store i8 %52, ptr %46, align 8, !tbaa !14
  br label %54

53:                                               ; preds = %45
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %46, ptr align 1 %48, i64 %50, i1 false)
  br label %54

54:                                               ; preds = %45, %51, %53
  %55 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 %50, ptr %55, align 8, !tbaa !15, !alias.scope !16
  %56 = getelementptr inbounds i8, ptr %46, i64 %50
  store i8 0, ptr %56, align 1, !tbaa !14
  %57 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %40, i64 noundef %41, ptr noundef nonnull %46)
  %58 = load ptr, ptr %9, align 8, !tbaa !12
  %59 = icmp eq ptr %58, %46
  br i1 %59, label %63, label %60

60:                                               ; preds = %54
  %61 = load i64, ptr %46, align 8, !tbaa !14
  %62 = add i64 %61, 1
  call void @_ZdlPvm(ptr noundef %58, i64 noundef %62) #22
  br label %63

63:                                               ; preds = %54, %60
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #20
  %64 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.5, i64 noundef 0, i64 noundef 4) #20
  %65 = load i64, ptr %28, align 8, !tbaa !15
  %66 = icmp ult i64 %65, %64
  br i1 %66, label %67, label %68

67:                                               ; preds = %63
  call void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.37, i64 noundef %64, i64 noundef %65) #21
  unreachable

68:                                               ; preds = %63
  %69 = sub i64 %65, %64
  %70 = call noundef i64 @llvm.umin.i64(i64 %69, i64 4)
  %71 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %8, i64 noundef %64, i64 noundef %70, ptr noundef nonnull @.str.6, i64 noundef 6) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %10) #20
  %72 = getelementptr inbounds i8, ptr %10, i64 16
  store ptr %72, ptr %10, align 8, !tbaa !5
  %73 = load ptr, ptr %8, align 8, !tbaa !12
  %74 = load i64, ptr %28, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6) #20
  store i64 %74, ptr %6, align 8, !tbaa !10
  %75 = icmp ugt i64 %74, 15
  br i1 %75, label %76, label %79

76:                                               ; preds = %68
  %77 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef 0) #20
  store ptr %77, ptr %10, align 8, !tbaa !12
  %78 = load i64, ptr %6, align 8, !tbaa !10
  store i64 %78, ptr %72, align 8, !tbaa !14
  br label %79

79:                                               ; preds = %76, %68
  %80 = phi ptr [ %77, %76 ], [ %72, %68 ]
  switch i64 %74, label %83 [
    i64 1, label %81
    i64 0, label %84
  ]

81:                                               ; preds = %79
  %82 = load i8, ptr %73, align 1, !tbaa !14
  store i8 %82, ptr %80, align 1, !tbaa !14
  br label %84

83:                                               ; preds = %79
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %80, ptr align 1 %73, i64 %74, i1 false)
  br label %84

84:                                               ; preds = %79, %81, %83
  %85 = load i64, ptr %6, align 8, !tbaa !10
  %86 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 %85, ptr %86, align 8, !tbaa !15
  %87 = load ptr, ptr %10, align 8, !tbaa !12
  %88 = getelementptr inbounds i8, ptr %87, i64 %85
  store i8 0, ptr %88, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #20
  %89 = load ptr, ptr %10, align 8, !tbaa !12
  %90 = load i64, ptr %86, align 8, !tbaa !15
  %91 = getelementptr inbounds i8, ptr %89, i64 %90
  %92 = icmp eq i64 %90, 0
  br i1 %92, label %103, label %93

93:                                               ; preds = %84, %93
  %94 = phi ptr [ %99, %93 ], [ %89, %84 ]
  %95 = load i8, ptr %94, align 1, !tbaa !14
  %96 = zext i8 %95 to i32
  %97 = call i32 @toupper(i32 noundef %96) #23
  %98 = trunc i32 %97 to i8
  store i8 %98, ptr %94, align 1, !tbaa !14
  %99 = getelementptr i8, ptr %94, i64 1
  %100 = icmp eq ptr %99, %91
  br i1 %100, label %101, label %93, !llvm.loop !19

101:                                              ; preds = %93
  %102 = load ptr, ptr %10, align 8, !tbaa !12
  br label %103

103:                                              ; preds = %101, %84
  %104 = phi ptr [ %102, %101 ], [ %89, %84 ]
  %105 = load ptr, ptr %8, align 8, !tbaa !12
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef %105, ptr noundef %104)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %11) #20
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %11, i8 0, i64 24, i1 false)
  %107 = load i64, ptr %28, align 8, !tbaa !15
  %108 = icmp eq i64 %107, 0
  br i1 %108, label %109, label %111

109:                                              ; preds = %103
  %110 = getelementptr inbounds i8, ptr %11, i64 8
  br label %157

111:                                              ; preds = %103
  %112 = load ptr, ptr %8, align 8, !tbaa !12
  %113 = getelementptr inbounds i8, ptr %12, i64 8
  br label %114

114:                                              ; preds = %111, %130
  %115 = phi ptr [ %112, %111 ], [ %132, %130 ]
  %116 = phi i64 [ %107, %111 ], [ %131, %130 ]
  %117 = call ptr @memchr(ptr noundef %115, i32 noundef 32, i64 noundef %116) #20
  %118 = icmp eq ptr %117, null
  %119 = ptrtoint ptr %117 to i64
  %120 = ptrtoint ptr %115 to i64
  %121 = sub i64 %119, %120
  %122 = select i1 %118, i64 -1, i64 %121
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %12) #20
  %123 = call i64 @llvm.umin.i64(i64 %116, i64 %122)
  store i64 %123, ptr %12, align 8
  store ptr %115, ptr %113, align 8
  %124 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %11, ptr noundef nonnull align 8 dereferenceable(16) %12)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %12) #20
  %125 = icmp eq i64 %122, -1
  br i1 %125, label %134, label %126

126:                                              ; preds = %114
  %127 = add nuw i64 %122, 1
  %128 = icmp ugt i64 %116, %122
  br i1 %128, label %130, label %129

129:                                              ; preds = %126
  call void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.30, ptr noundef nonnull @.str.29, i64 noundef %127, i64 noundef %116) #21
  unreachable

130:                                              ; preds = %126
  %131 = sub i64 %116, %127
  %132 = getelementptr inbounds i8, ptr %115, i64 %127
  %133 = icmp eq i64 %131, 0
  br i1 %133, label %134, label %114, !llvm.loop !21

134:                                              ; preds = %114, %130
  %135 = load ptr, ptr %11, align 8, !tbaa !22
  %136 = getelementptr inbounds i8, ptr %11, i64 8
  %137 = load ptr, ptr %136, align 8, !tbaa !22
  %138 = getelementptr inbounds i8, ptr %11, i64 8
  %139 = icmp eq ptr %135, %137
  br i1 %139, label %157, label %140

140:                                              ; preds = %134
  %141 = ptrtoint ptr %137 to i64
  %142 = ptrtoint ptr %135 to i64
  %143 = sub i64 %141, %142
  %144 = ashr exact i64 %143, 5
  %145 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %144, i1 true)
  %146 = shl nuw nsw i64 %145, 1
  %147 = xor i64 %146, 126
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %135, ptr %137, i64 noundef %147)
  %148 = icmp sgt i64 %143, 512
  br i1 %148, label %149, label %156

149:                                              ; preds = %140
  %150 = getelementptr inbounds i8, ptr %135, i64 512
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %135, ptr nonnull %150)
  %151 = icmp eq ptr %150, %137
  br i1 %151, label %157, label %152

152:                                              ; preds = %149, %152
  %153 = phi ptr [ %154, %152 ], [ %150, %149 ]
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr nonnull %153)
  %154 = getelementptr inbounds i8, ptr %153, i64 32
  %155 = icmp eq ptr %154, %137
  br i1 %155, label %157, label %152, !llvm.loop !23

156:                                              ; preds = %140
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %135, ptr %137)
  br label %157

157:                                              ; preds = %152, %109, %134, %149, %156
  %158 = phi ptr [ %110, %109 ], [ %138, %134 ], [ %138, %149 ], [ %138, %156 ], [ %138, %152 ]
  %159 = load ptr, ptr %11, align 8, !tbaa !22
  %160 = load ptr, ptr %158, align 8, !tbaa !22
  %161 = icmp eq ptr %159, %160
  br i1 %161, label %162, label %262

162:                                              ; preds = %262, %157
  %163 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #20
  %164 = getelementptr inbounds i8, ptr %13, i64 16
  store ptr %164, ptr %13, align 8, !tbaa !5, !alias.scope !24
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %13, i64 noundef 3, i8 noundef signext 45) #20
  %165 = load ptr, ptr %13, align 8, !tbaa !12, !alias.scope !24
  %166 = getelementptr inbounds i8, ptr %165, i64 1
  %167 = getelementptr inbounds i8, ptr %165, i64 2
  store i8 50, ptr %167, align 1, !tbaa !14
  store i8 52, ptr %166, align 1, !tbaa !14
  %168 = load ptr, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #20
  %169 = getelementptr inbounds i8, ptr %14, i64 16
  store ptr %169, ptr %14, align 8, !tbaa !5, !alias.scope !27
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %14, i64 noundef 13, i8 noundef signext 45) #20
  %170 = load ptr, ptr %14, align 8, !tbaa !12, !alias.scope !27
  %171 = getelementptr inbounds i8, ptr %170, i64 12
  store i8 51, ptr %171, align 1, !tbaa !14
  %172 = getelementptr inbounds i8, ptr %170, i64 8
  store <4 x i8> <i8 57, i8 48, i8 49, i8 50>, ptr %172, align 1, !tbaa !14
  store <8 x i8> <i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56>, ptr %170, align 1, !tbaa !14
  %173 = load ptr, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #20
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %15, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef 2.500000e+00)
  %174 = load ptr, ptr %15, align 8, !tbaa !12
  %175 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %168, ptr noundef %173, ptr noundef %174)
  %176 = load ptr, ptr %15, align 8, !tbaa !12
  %177 = getelementptr inbounds i8, ptr %15, i64 16
  %178 = icmp eq ptr %176, %177
  br i1 %178, label %182, label %179

179:                                              ; preds = %162
  %180 = load i64, ptr %177, align 8, !tbaa !14
  %181 = add i64 %180, 1
  call void @_ZdlPvm(ptr noundef %176, i64 noundef %181) #22
  br label %182

182:                                              ; preds = %162, %179
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #20
  %183 = load ptr, ptr %14, align 8, !tbaa !12
  %184 = icmp eq ptr %183, %169
  br i1 %184, label %188, label %185

185:                                              ; preds = %182
  %186 = load i64, ptr %169, align 8, !tbaa !14
  %187 = add i64 %186, 1
  call void @_ZdlPvm(ptr noundef %183, i64 noundef %187) #22
  br label %188

188:                                              ; preds = %182, %185
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #20
  %189 = load ptr, ptr %13, align 8, !tbaa !12
  %190 = icmp eq ptr %189, %164
  br i1 %190, label %194, label %191

191:                                              ; preds = %188
  %192 = load i64, ptr %164, align 8, !tbaa !14
  %193 = add i64 %192, 1
  call void @_ZdlPvm(ptr noundef %189, i64 noundef %193) #22
  br label %194

194:                                              ; preds = %188, %191
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #20
  %195 = getelementptr inbounds i8, ptr %16, i64 16
  store ptr %195, ptr %16, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %195, ptr noundef nonnull align 1 dereferenceable(7) @.str.12, i64 7, i1 false)
  %196 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 7, ptr %196, align 8, !tbaa !15
  %197 = getelementptr inbounds i8, ptr %16, i64 23
  store i8 0, ptr %197, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  %198 = tail call ptr @__errno_location() #24
  %199 = load i32, ptr %198, align 4, !tbaa !30
  store i32 0, ptr %198, align 4, !tbaa !30
  %200 = call noundef i64 @strtol(ptr noundef nonnull %195, ptr noundef nonnull %5, i32 noundef 10) #20
  %201 = load ptr, ptr %5, align 8, !tbaa !22
  %202 = icmp eq ptr %201, %195
  br i1 %202, label %203, label %204

203:                                              ; preds = %194
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.32) #21
  unreachable

204:                                              ; preds = %194
  %205 = load i32, ptr %198, align 4, !tbaa !30
  %206 = icmp eq i32 %205, 34
  %207 = add i64 %200, -2147483648
  %208 = icmp ult i64 %207, -4294967296
  %209 = or i1 %208, %206
  br i1 %209, label %210, label %211

210:                                              ; preds = %204
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.32) #21
  unreachable

211:                                              ; preds = %204
  %212 = icmp eq i32 %205, 0
  br i1 %212, label %213, label %214

213:                                              ; preds = %211
  store i32 %199, ptr %198, align 4, !tbaa !30
  br label %214

214:                                              ; preds = %211, %213
  %215 = trunc i64 %200 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %17) #20
  %216 = getelementptr inbounds i8, ptr %17, i64 16
  store ptr %216, ptr %17, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(13) %216, ptr noundef nonnull align 1 dereferenceable(13) @.str.13, i64 13, i1 false)
  %217 = getelementptr inbounds i8, ptr %17, i64 8
  store i64 13, ptr %217, align 8, !tbaa !15
  %218 = getelementptr inbounds i8, ptr %17, i64 29
  store i8 0, ptr %218, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  %219 = load i32, ptr %198, align 4, !tbaa !30
  store i32 0, ptr %198, align 4, !tbaa !30
  %220 = call noundef i64 @strtol(ptr noundef nonnull %216, ptr noundef nonnull %4, i32 noundef 10) #20
  %221 = load ptr, ptr %4, align 8, !tbaa !22
  %222 = icmp eq ptr %221, %216
  br i1 %222, label %223, label %224

223:                                              ; preds = %214
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.33) #21
  unreachable

224:                                              ; preds = %214
  %225 = load i32, ptr %198, align 4, !tbaa !30
  switch i32 %225, label %228 [
    i32 34, label %226
    i32 0, label %227
  ]

226:                                              ; preds = %224
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.33) #21
  unreachable

227:                                              ; preds = %224
  store i32 %219, ptr %198, align 4, !tbaa !30
  br label %228

228:                                              ; preds = %224, %227
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #20
  %229 = getelementptr inbounds i8, ptr %18, i64 16
  store ptr %229, ptr %18, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %229, ptr noundef nonnull align 1 dereferenceable(6) @.str.14, i64 6, i1 false)
  %230 = getelementptr inbounds i8, ptr %18, i64 8
  store i64 6, ptr %230, align 8, !tbaa !15
  %231 = getelementptr inbounds i8, ptr %18, i64 22
  store i8 0, ptr %231, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  %232 = load i32, ptr %198, align 4, !tbaa !30
  store i32 0, ptr %198, align 4, !tbaa !30
  %233 = call noundef double @strtod(ptr noundef nonnull %229, ptr noundef nonnull %3) #20
  %234 = load ptr, ptr %3, align 8, !tbaa !22
  %235 = icmp eq ptr %234, %229
  br i1 %235, label %236, label %237

236:                                              ; preds = %228
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.34) #21
  unreachable

237:                                              ; preds = %228
  %238 = load i32, ptr %198, align 4, !tbaa !30
  switch i32 %238, label %241 [
    i32 34, label %239
    i32 0, label %240
  ]

239:                                              ; preds = %237
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.34) #21
  unreachable

240:                                              ; preds = %237
  store i32 %232, ptr %198, align 4, !tbaa !30
  br label %241

241:                                              ; preds = %237, %240
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  %242 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %215, i64 noundef %220, double noundef %233)
  %243 = load ptr, ptr %18, align 8, !tbaa !12
  %244 = icmp eq ptr %243, %229
  br i1 %244, label %248, label %245

245:                                              ; preds = %241
  %246 = load i64, ptr %229, align 8, !tbaa !14
  %247 = add i64 %246, 1
  call void @_ZdlPvm(ptr noundef %243, i64 noundef %247) #22
  br label %248

248:                                              ; preds = %241, %245
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #20
  %249 = load ptr, ptr %17, align 8, !tbaa !12
  %250 = icmp eq ptr %249, %216
  br i1 %250, label %254, label %251

251:                                              ; preds = %248
  %252 = load i64, ptr %216, align 8, !tbaa !14
  %253 = add i64 %252, 1
  call void @_ZdlPvm(ptr noundef %249, i64 noundef %253) #22
  br label %254

254:                                              ; preds = %248, %251
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %17) #20
  %255 = load ptr, ptr %16, align 8, !tbaa !12
  %256 = icmp eq ptr %255, %195
  br i1 %256, label %260, label %257

257:                                              ; preds = %254
  %258 = load i64, ptr %195, align 8, !tbaa !14
  %259 = add i64 %258, 1
  call void @_ZdlPvm(ptr noundef %255, i64 noundef %259) #22
  br label %260

260:                                              ; preds = %254, %257
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #20
  %261 = getelementptr inbounds i8, ptr %19, i64 16
  br label %323

262:                                              ; preds = %157, %262
  %263 = phi ptr [ %266, %262 ], [ %159, %157 ]
  %264 = load ptr, ptr %263, align 8, !tbaa !12
  %265 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %264)
  %266 = getelementptr inbounds i8, ptr %263, i64 32
  %267 = icmp eq ptr %266, %160
  br i1 %267, label %162, label %262

268:                                              ; preds = %424
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %20) #20
  store i32 7, ptr %20, align 8, !tbaa !32
  %269 = getelementptr inbounds i8, ptr %20, i64 32
  store i8 0, ptr %269, align 8, !tbaa !34
  %270 = getelementptr inbounds i8, ptr %20, i64 40
  store double 3.250000e+00, ptr %270, align 8, !tbaa !36
  %271 = getelementptr inbounds i8, ptr %20, i64 72
  store i8 1, ptr %271, align 8, !tbaa !34
  %272 = getelementptr inbounds i8, ptr %20, i64 80
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %21) #20
  %273 = getelementptr inbounds i8, ptr %21, i64 16
  store i32 1954047348, ptr %273, align 8
  %274 = getelementptr inbounds i8, ptr %21, i64 8
  %275 = getelementptr inbounds i8, ptr %21, i64 20
  store i8 0, ptr %275, align 4, !tbaa !14
  %276 = getelementptr inbounds i8, ptr %20, i64 96
  store ptr %276, ptr %272, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %276, ptr noundef nonnull align 8 dereferenceable(5) %273, i64 5, i1 false)
  %277 = getelementptr inbounds i8, ptr %20, i64 88
  store i64 4, ptr %277, align 8, !tbaa !15
  store ptr %273, ptr %21, align 8, !tbaa !12
  store i64 0, ptr %274, align 8, !tbaa !15
  store i8 0, ptr %273, align 8, !tbaa !14
  %278 = getelementptr inbounds i8, ptr %20, i64 112
  store i8 2, ptr %278, align 8, !tbaa !34
  %279 = getelementptr inbounds i8, ptr %20, i64 120
  store i32 0, ptr %279, align 8, !tbaa !32
  %280 = getelementptr inbounds i8, ptr %20, i64 152
  store i8 0, ptr %280, align 8, !tbaa !34
  %281 = call noalias noundef nonnull dereferenceable(160) ptr @_Znwm(i64 noundef 160) #25
  br label %282

282:                                              ; preds = %314, %268
  %283 = phi ptr [ %317, %314 ], [ %281, %268 ]
  %284 = phi i64 [ %316, %314 ], [ 0, %268 ]
  %285 = getelementptr inbounds i8, ptr %20, i64 %284
  %286 = getelementptr inbounds i8, ptr %283, i64 32
  store i8 -1, ptr %286, align 8, !tbaa !34
  %287 = getelementptr inbounds i8, ptr %285, i64 32
  %288 = load i8, ptr %287, align 8, !tbaa !34
  switch i8 %288, label %313 [
    i8 0, label %289
    i8 1, label %291
    i8 2, label %293
  ]

289:                                              ; preds = %282
  %290 = load i32, ptr %285, align 8, !tbaa !30
  store i32 %290, ptr %283, align 4, !tbaa !32
  br label %314

291:                                              ; preds = %282
  %292 = load double, ptr %285, align 8, !tbaa !39
  store double %292, ptr %283, align 8, !tbaa !36
  br label %314

293:                                              ; preds = %282
  %294 = getelementptr inbounds i8, ptr %283, i64 16
  store ptr %294, ptr %283, align 8, !tbaa !5
  %295 = load ptr, ptr %285, align 8, !tbaa !12
  %296 = getelementptr inbounds i8, ptr %285, i64 8
  %297 = load i64, ptr %296, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #20
  store i64 %297, ptr %2, align 8, !tbaa !10
  %298 = icmp ugt i64 %297, 15
  br i1 %298, label %299, label %302

299:                                              ; preds = %293
  %300 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %283, ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef 0) #20
  store ptr %300, ptr %283, align 8, !tbaa !12
  %301 = load i64, ptr %2, align 8, !tbaa !10
  store i64 %301, ptr %294, align 8, !tbaa !14
  br label %302

302:                                              ; preds = %299, %293
  %303 = phi ptr [ %300, %299 ], [ %294, %293 ]
  switch i64 %297, label %306 [
    i64 1, label %304
    i64 0, label %307
  ]

304:                                              ; preds = %302
  %305 = load i8, ptr %295, align 1, !tbaa !14
  store i8 %305, ptr %303, align 1, !tbaa !14
  br label %307

306:                                              ; preds = %302
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %303, ptr align 1 %295, i64 %297, i1 false)
  br label %307

307:                                              ; preds = %306, %304, %302
  %308 = load i64, ptr %2, align 8, !tbaa !10
  %309 = getelementptr inbounds i8, ptr %283, i64 8
  store i64 %308, ptr %309, align 8, !tbaa !15
  %310 = load ptr, ptr %283, align 8, !tbaa !12
  %311 = getelementptr inbounds i8, ptr %310, i64 %308
  store i8 0, ptr %311, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #20
  %312 = load i8, ptr %287, align 8, !tbaa !34
  br label %314

313:                                              ; preds = %282
  unreachable

314:                                              ; preds = %307, %291, %289
  %315 = phi i8 [ 0, %289 ], [ 1, %291 ], [ %312, %307 ]
  store i8 %315, ptr %286, align 8, !tbaa !34
  %316 = add nuw nsw i64 %284, 40
  %317 = getelementptr inbounds i8, ptr %283, i64 40
  %318 = icmp eq i64 %316, 160
  br i1 %318, label %319, label %282, !llvm.loop !40

319:                                              ; preds = %314
  %320 = getelementptr inbounds i8, ptr %20, i64 152
  %321 = load i8, ptr %320, align 8, !tbaa !34
  %322 = icmp ult i8 %321, 2
  br i1 %322, label %435, label %427

323:                                              ; preds = %260, %424
  %324 = phi i64 [ 0, %260 ], [ %425, %424 ]
  %325 = getelementptr inbounds i8, ptr @constinit, i64 %324
  %326 = load ptr, ptr %325, align 8, !tbaa !22
  %327 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %326) #20
  %328 = icmp eq i64 %327, 0
  br i1 %328, label %421, label %329

329:                                              ; preds = %323
  %330 = getelementptr inbounds i8, ptr %326, i64 %327
  br label %331

331:                                              ; preds = %337, %329
  %332 = phi ptr [ %342, %337 ], [ %326, %329 ]
  %333 = phi i32 [ %341, %337 ], [ 0, %329 ]
  %334 = load i8, ptr %332, align 1, !tbaa !14
  %335 = add i8 %334, -48
  %336 = icmp ult i8 %335, 10
  br i1 %336, label %337, label %421

337:                                              ; preds = %331
  %338 = zext nneg i8 %334 to i32
  %339 = mul nsw i32 %333, 10
  %340 = add i32 %339, -48
  %341 = add i32 %340, %338
  %342 = getelementptr inbounds i8, ptr %332, i64 1
  %343 = icmp eq ptr %342, %330
  br i1 %343, label %344, label %331

344:                                              ; preds = %337
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %19) #20
  call void @llvm.experimental.noalias.scope.decl(metadata !41)
  %345 = call i32 @llvm.abs.i32(i32 %341, i1 false)
  %346 = icmp ult i32 %345, 10
  br i1 %346, label %365, label %347

347:                                              ; preds = %344, %361
  %348 = phi i32 [ %362, %361 ], [ %345, %344 ]
  %349 = phi i32 [ %363, %361 ], [ 1, %344 ]
  %350 = icmp ult i32 %348, 100
  br i1 %350, label %351, label %353

351:                                              ; preds = %347
  %352 = add i32 %349, 1
  br label %365

353:                                              ; preds = %347
  %354 = icmp ult i32 %348, 1000
  br i1 %354, label %355, label %357

355:                                              ; preds = %353
  %356 = add i32 %349, 2
  br label %365

357:                                              ; preds = %353
  %358 = icmp ult i32 %348, 10000
  br i1 %358, label %359, label %361

359:                                              ; preds = %357
  %360 = add i32 %349, 3
  br label %365

361:                                              ; preds = %357
  %362 = udiv i32 %348, 10000
  %363 = add i32 %349, 4
  %364 = icmp ult i32 %348, 100000
  br i1 %364, label %365, label %347, !llvm.loop !44

365:                                              ; preds = %361, %359, %355, %351, %344
  %366 = phi i32 [ %352, %351 ], [ %356, %355 ], [ %360, %359 ], [ 1, %344 ], [ %363, %361 ]
  %367 = lshr i32 %341, 31
  %368 = add i32 %366, %367
  %369 = zext i32 %368 to i64
  store ptr %261, ptr %19, align 8, !tbaa !5, !alias.scope !41
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %19, i64 noundef %369, i8 noundef signext 45) #20
  %370 = zext nneg i32 %367 to i64
  %371 = load ptr, ptr %19, align 8, !tbaa !12, !alias.scope !41
  %372 = getelementptr inbounds i8, ptr %371, i64 %370
  %373 = icmp ugt i32 %345, 99
  br i1 %373, label %374, label %396

374:                                              ; preds = %365
  %375 = add i32 %366, -1
  br label %376

376:                                              ; preds = %376, %374
  %377 = phi i32 [ %381, %376 ], [ %345, %374 ]
  %378 = phi i32 [ %394, %376 ], [ %375, %374 ]
  %379 = urem i32 %377, 100
  %380 = shl nuw nsw i32 %379, 1
  %381 = udiv i32 %377, 100
  %382 = or disjoint i32 %380, 1
  %383 = zext nneg i32 %382 to i64
  %384 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %383
  %385 = load i8, ptr %384, align 1, !tbaa !14, !noalias !41
  %386 = zext i32 %378 to i64
  %387 = getelementptr inbounds i8, ptr %372, i64 %386
  store i8 %385, ptr %387, align 1, !tbaa !14
  %388 = zext nneg i32 %380 to i64
  %389 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %388
  %390 = load i8, ptr %389, align 2, !tbaa !14, !noalias !41
  %391 = add i32 %378, -1
  %392 = zext i32 %391 to i64
  %393 = getelementptr inbounds i8, ptr %372, i64 %392
  store i8 %390, ptr %393, align 1, !tbaa !14
  %394 = add i32 %378, -2
  %395 = icmp ugt i32 %377, 9999
  br i1 %395, label %376, label %396, !llvm.loop !45

396:                                              ; preds = %376, %365
  %397 = phi i32 [ %345, %365 ], [ %381, %376 ]
  %398 = icmp ugt i32 %397, 9
  br i1 %398, label %399, label %409

399:                                              ; preds = %396
  %400 = shl nuw nsw i32 %397, 1
  %401 = or disjoint i32 %400, 1
  %402 = zext nneg i32 %401 to i64
  %403 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %402
  %404 = load i8, ptr %403, align 1, !tbaa !14, !noalias !41
  %405 = getelementptr inbounds i8, ptr %372, i64 1
  store i8 %404, ptr %405, align 1, !tbaa !14
  %406 = zext nneg i32 %400 to i64
  %407 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %406
  %408 = load i8, ptr %407, align 2, !tbaa !14, !noalias !41
  br label %412

409:                                              ; preds = %396
  %410 = trunc nuw i32 %397 to i8
  %411 = or disjoint i8 %410, 48
  br label %412

412:                                              ; preds = %399, %409
  %413 = phi i8 [ %411, %409 ], [ %408, %399 ]
  store i8 %413, ptr %372, align 1, !tbaa !14
  %414 = load ptr, ptr %19, align 8, !tbaa !12
  %415 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %326, ptr noundef %414)
  %416 = load ptr, ptr %19, align 8, !tbaa !12
  %417 = icmp eq ptr %416, %261
  br i1 %417, label %423, label %418

418:                                              ; preds = %412
  %419 = load i64, ptr %261, align 8, !tbaa !14
  %420 = add i64 %419, 1
  call void @_ZdlPvm(ptr noundef %416, i64 noundef %420) #22
  br label %423

421:                                              ; preds = %331, %323
  %422 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %326, ptr noundef nonnull @.str.20)
  br label %424

423:                                              ; preds = %412, %418
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %19) #20
  br label %424

424:                                              ; preds = %421, %423
  %425 = add nuw nsw i64 %324, 8
  %426 = icmp eq i64 %425, 32
  br i1 %426, label %268, label %323

427:                                              ; preds = %319
  %428 = getelementptr inbounds i8, ptr %20, i64 120
  %429 = load ptr, ptr %428, align 8, !tbaa !12
  %430 = getelementptr inbounds i8, ptr %20, i64 136
  %431 = icmp eq ptr %429, %430
  br i1 %431, label %435, label %432

432:                                              ; preds = %427
  %433 = load i64, ptr %430, align 8, !tbaa !14
  %434 = add i64 %433, 1
  call void @_ZdlPvm(ptr noundef %429, i64 noundef %434) #22
  br label %435

435:                                              ; preds = %319, %427, %432
  store i8 -1, ptr %320, align 8, !tbaa !34
  %436 = getelementptr inbounds i8, ptr %20, i64 112
  %437 = load i8, ptr %436, align 8, !tbaa !34
  %438 = icmp ult i8 %437, 2
  br i1 %438, label %447, label %439

439:                                              ; preds = %435
  %440 = getelementptr inbounds i8, ptr %20, i64 80
  %441 = load ptr, ptr %440, align 8, !tbaa !12
  %442 = getelementptr inbounds i8, ptr %20, i64 96
  %443 = icmp eq ptr %441, %442
  br i1 %443, label %447, label %444

444:                                              ; preds = %439
  %445 = load i64, ptr %442, align 8, !tbaa !14
  %446 = add i64 %445, 1
  call void @_ZdlPvm(ptr noundef %441, i64 noundef %446) #22
  br label %447

447:                                              ; preds = %444, %439, %435
  store i8 -1, ptr %436, align 8, !tbaa !34
  %448 = getelementptr inbounds i8, ptr %20, i64 72
  %449 = load i8, ptr %448, align 8, !tbaa !34
  %450 = icmp ult i8 %449, 2
  br i1 %450, label %459, label %451

451:                                              ; preds = %447
  %452 = getelementptr inbounds i8, ptr %20, i64 40
  %453 = load ptr, ptr %452, align 8, !tbaa !12
  %454 = getelementptr inbounds i8, ptr %20, i64 56
  %455 = icmp eq ptr %453, %454
  br i1 %455, label %459, label %456

456:                                              ; preds = %451
  %457 = load i64, ptr %454, align 8, !tbaa !14
  %458 = add i64 %457, 1
  call void @_ZdlPvm(ptr noundef %453, i64 noundef %458) #22
  br label %459

459:                                              ; preds = %456, %451, %447
  store i8 -1, ptr %448, align 8, !tbaa !34
  %460 = getelementptr inbounds i8, ptr %20, i64 32
  %461 = load i8, ptr %460, align 8, !tbaa !34
  %462 = icmp ult i8 %461, 2
  br i1 %462, label %470, label %463

463:                                              ; preds = %459
  %464 = load ptr, ptr %20, align 8, !tbaa !12
  %465 = getelementptr inbounds i8, ptr %20, i64 16
  %466 = icmp eq ptr %464, %465
  br i1 %466, label %470, label %467

467:                                              ; preds = %463
  %468 = load i64, ptr %465, align 8, !tbaa !14
  %469 = add i64 %468, 1
  call void @_ZdlPvm(ptr noundef %464, i64 noundef %469) #22
  br label %470

470:                                              ; preds = %467, %463, %459
  store i8 -1, ptr %460, align 8, !tbaa !34
  %471 = load ptr, ptr %21, align 8, !tbaa !12
  %472 = icmp eq ptr %471, %273
  br i1 %472, label %476, label %473

473:                                              ; preds = %470
  %474 = load i64, ptr %273, align 8, !tbaa !14
  %475 = add i64 %474, 1
  call void @_ZdlPvm(ptr noundef %471, i64 noundef %475) #22
  br label %476

476:                                              ; preds = %470, %473
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #20
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %20) #20
  %477 = getelementptr inbounds i8, ptr %22, i64 16
  %478 = getelementptr inbounds i8, ptr %22, i64 8
  %479 = getelementptr inbounds i8, ptr %1, i64 16
  br label %483

480:                                              ; preds = %526
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %24) #20
  %481 = getelementptr inbounds i8, ptr %24, i64 16
  store ptr %481, ptr %24, align 8, !tbaa !5
  %482 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 0, ptr %482, align 8, !tbaa !15
  store i8 0, ptr %481, align 8, !tbaa !14
  br label %636

483:                                              ; preds = %476, %526
  %484 = phi ptr [ %281, %476 ], [ %527, %526 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %22) #20
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %23) #20
  %485 = getelementptr inbounds i8, ptr %484, i64 32
  %486 = load i8, ptr %485, align 8, !tbaa !34, !noalias !46
  switch i8 %486, label %515 [
    i8 0, label %487
    i8 1, label %489
    i8 2, label %514
  ]

487:                                              ; preds = %483
  %488 = load i32, ptr %484, align 4, !tbaa !30, !noalias !51
  call void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %22, ptr noundef nonnull align 1 dereferenceable(1) %23, i32 noundef %488)
  br label %516

489:                                              ; preds = %483
  call void @llvm.experimental.noalias.scope.decl(metadata !58)
  %490 = load double, ptr %484, align 8, !tbaa !39, !noalias !58
  call void @llvm.experimental.noalias.scope.decl(metadata !61)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #20, !noalias !64
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %1, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef %490), !noalias !64
  call void @llvm.experimental.noalias.scope.decl(metadata !65)
  %491 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %1, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.39, i64 noundef 7) #20, !noalias !68
  store ptr %477, ptr %22, align 8, !tbaa !5, !alias.scope !68
  %492 = load ptr, ptr %491, align 8, !tbaa !12
  %493 = getelementptr inbounds i8, ptr %491, i64 16
  %494 = icmp eq ptr %492, %493
  br i1 %494, label %495, label %501

495:                                              ; preds = %489
  %496 = getelementptr inbounds i8, ptr %491, i64 8
  %497 = load i64, ptr %496, align 8, !tbaa !15
  %498 = add i64 %497, 1
  %499 = icmp eq i64 %498, 0
  br i1 %499, label %505, label %500

500:                                              ; preds = %495
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %477, ptr nonnull align 8 %493, i64 %498, i1 false)
  br label %505

501:                                              ; preds = %489
  store ptr %492, ptr %22, align 8, !tbaa !12, !alias.scope !68
  %502 = load i64, ptr %493, align 8, !tbaa !14
  store i64 %502, ptr %477, align 8, !tbaa !14, !alias.scope !68
  %503 = getelementptr inbounds i8, ptr %491, i64 8
  %504 = load i64, ptr %503, align 8, !tbaa !15
  br label %505

505:                                              ; preds = %501, %500, %495
  %506 = phi i64 [ -1, %495 ], [ %497, %500 ], [ %504, %501 ]
  %507 = getelementptr inbounds i8, ptr %491, i64 8
  store i64 %506, ptr %478, align 8, !tbaa !15, !alias.scope !68
  store ptr %493, ptr %491, align 8, !tbaa !12
  store i64 0, ptr %507, align 8, !tbaa !15
  store i8 0, ptr %493, align 8, !tbaa !14
  %508 = load ptr, ptr %1, align 8, !tbaa !12, !noalias !64
  %509 = icmp eq ptr %508, %479
  br i1 %509, label %513, label %510

510:                                              ; preds = %505
  %511 = load i64, ptr %479, align 8, !tbaa !14, !noalias !64
  %512 = add i64 %511, 1
  call void @_ZdlPvm(ptr noundef %508, i64 noundef %512) #22
  br label %513

513:                                              ; preds = %505, %510
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #20, !noalias !64
  br label %516

514:                                              ; preds = %483
  call void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %22, ptr noundef nonnull align 1 dereferenceable(1) %23, ptr noundef nonnull align 8 dereferenceable(32) %484)
  br label %516

515:                                              ; preds = %483
  unreachable

516:                                              ; preds = %487, %513, %514
  %517 = load ptr, ptr %22, align 8, !tbaa !12
  %518 = load i8, ptr %485, align 8, !tbaa !34
  %519 = zext i8 %518 to i64
  %520 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %517, i64 noundef %519)
  %521 = load ptr, ptr %22, align 8, !tbaa !12
  %522 = icmp eq ptr %521, %477
  br i1 %522, label %526, label %523

523:                                              ; preds = %516
  %524 = load i64, ptr %477, align 8, !tbaa !14
  %525 = add i64 %524, 1
  call void @_ZdlPvm(ptr noundef %521, i64 noundef %525) #22
  br label %526

526:                                              ; preds = %516, %523
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %23) #20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %22) #20
  %527 = getelementptr inbounds i8, ptr %484, i64 40
  %528 = icmp eq ptr %484, %283
  br i1 %528, label %480, label %483

529:                                              ; preds = %652
  %530 = load i64, ptr %482, align 8, !tbaa !15
  %531 = icmp ugt i64 %660, 3
  %532 = select i1 %531, ptr @.str.24, ptr @.str.25
  %533 = getelementptr inbounds i8, ptr %657, i64 %530
  %534 = icmp eq i64 %530, 0
  br i1 %534, label %572, label %535

535:                                              ; preds = %529
  %536 = icmp ult i64 %530, 8
  br i1 %536, label %560, label %537

537:                                              ; preds = %535
  %538 = and i64 %530, -8
  %539 = getelementptr i8, ptr %657, i64 %538
  br label %540

540:                                              ; preds = %540, %537
  %541 = phi i64 [ 0, %537 ], [ %554, %540 ]
  %542 = phi <4 x i32> [ zeroinitializer, %537 ], [ %552, %540 ]
  %543 = phi <4 x i32> [ zeroinitializer, %537 ], [ %553, %540 ]
  %544 = getelementptr i8, ptr %657, i64 %541
  %545 = getelementptr i8, ptr %544, i64 4
  %546 = load <4 x i8>, ptr %544, align 1, !tbaa !14
  %547 = load <4 x i8>, ptr %545, align 1, !tbaa !14
  %548 = icmp eq <4 x i8> %546, <i8 122, i8 122, i8 122, i8 122>
  %549 = icmp eq <4 x i8> %547, <i8 122, i8 122, i8 122, i8 122>
  %550 = zext <4 x i1> %548 to <4 x i32>
  %551 = zext <4 x i1> %549 to <4 x i32>
  %552 = add <4 x i32> %542, %550
  %553 = add <4 x i32> %543, %551
  %554 = add nuw i64 %541, 8
  %555 = icmp eq i64 %554, %538
  br i1 %555, label %556, label %540, !llvm.loop !69

556:                                              ; preds = %540
  %557 = add <4 x i32> %553, %552
  %558 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %557)
  %559 = icmp eq i64 %530, %538
  br i1 %559, label %572, label %560

560:                                              ; preds = %556, %535
  %561 = phi i32 [ 0, %535 ], [ %558, %556 ]
  %562 = phi ptr [ %657, %535 ], [ %539, %556 ]
  br label %563

563:                                              ; preds = %560, %563
  %564 = phi i32 [ %569, %563 ], [ %561, %560 ]
  %565 = phi ptr [ %570, %563 ], [ %562, %560 ]
  %566 = load i8, ptr %565, align 1, !tbaa !14
  %567 = icmp eq i8 %566, 122
  %568 = zext i1 %567 to i32
  %569 = add i32 %564, %568
  %570 = getelementptr inbounds i8, ptr %565, i64 1
  %571 = icmp eq ptr %570, %533
  br i1 %571, label %572, label %563, !llvm.loop !72

572:                                              ; preds = %563, %556, %529
  %573 = phi i32 [ 0, %529 ], [ %558, %556 ], [ %569, %563 ]
  %574 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %530, ptr noundef nonnull %532, i32 noundef %573)
  %575 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef 6, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str.26, i64 2), i32 noundef 1)
  %576 = load ptr, ptr %24, align 8, !tbaa !12
  %577 = icmp eq ptr %576, %481
  br i1 %577, label %581, label %578

578:                                              ; preds = %572
  %579 = load i64, ptr %481, align 8, !tbaa !14
  %580 = add i64 %579, 1
  call void @_ZdlPvm(ptr noundef %576, i64 noundef %580) #22
  br label %581

581:                                              ; preds = %572, %578
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %24) #20
  br label %582

582:                                              ; preds = %581, %594
  %583 = phi ptr [ %595, %594 ], [ %281, %581 ]
  %584 = getelementptr inbounds i8, ptr %583, i64 32
  %585 = load i8, ptr %584, align 8, !tbaa !34
  %586 = icmp ult i8 %585, 2
  br i1 %586, label %594, label %587

587:                                              ; preds = %582
  %588 = load ptr, ptr %583, align 8, !tbaa !12
  %589 = getelementptr inbounds i8, ptr %583, i64 16
  %590 = icmp eq ptr %588, %589
  br i1 %590, label %594, label %591

591:                                              ; preds = %587
  %592 = load i64, ptr %589, align 8, !tbaa !14
  %593 = add i64 %592, 1
  call void @_ZdlPvm(ptr noundef %588, i64 noundef %593) #22
  br label %594

594:                                              ; preds = %591, %587, %582
  store i8 -1, ptr %584, align 8, !tbaa !34
  %595 = getelementptr inbounds i8, ptr %583, i64 40
  %596 = icmp eq ptr %583, %283
  br i1 %596, label %597, label %582, !llvm.loop !73

597:                                              ; preds = %594
  call void @_ZdlPvm(ptr noundef nonnull %281, i64 noundef 160) #22
  %598 = load ptr, ptr %11, align 8, !tbaa !74
  %599 = load ptr, ptr %158, align 8, !tbaa !76
  %600 = icmp eq ptr %598, %599
  br i1 %600, label %614, label %601

601:                                              ; preds = %597, %609
  %602 = phi ptr [ %610, %609 ], [ %598, %597 ]
  %603 = load ptr, ptr %602, align 8, !tbaa !12
  %604 = getelementptr inbounds i8, ptr %602, i64 16
  %605 = icmp eq ptr %603, %604
  br i1 %605, label %609, label %606

606:                                              ; preds = %601
  %607 = load i64, ptr %604, align 8, !tbaa !14
  %608 = add i64 %607, 1
  call void @_ZdlPvm(ptr noundef %603, i64 noundef %608) #22
  br label %609

609:                                              ; preds = %606, %601
  %610 = getelementptr inbounds i8, ptr %602, i64 32
  %611 = icmp eq ptr %610, %599
  br i1 %611, label %612, label %601, !llvm.loop !77

612:                                              ; preds = %609
  %613 = load ptr, ptr %11, align 8, !tbaa !74
  br label %614

614:                                              ; preds = %612, %597
  %615 = phi ptr [ %613, %612 ], [ %598, %597 ]
  %616 = icmp eq ptr %615, null
  br i1 %616, label %623, label %617

617:                                              ; preds = %614
  %618 = getelementptr inbounds i8, ptr %11, i64 16
  %619 = load ptr, ptr %618, align 8, !tbaa !78
  %620 = ptrtoint ptr %619 to i64
  %621 = ptrtoint ptr %615 to i64
  %622 = sub i64 %620, %621
  call void @_ZdlPvm(ptr noundef nonnull %615, i64 noundef %622) #22
  br label %623

623:                                              ; preds = %614, %617
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %11) #20
  %624 = load ptr, ptr %10, align 8, !tbaa !12
  %625 = icmp eq ptr %624, %72
  br i1 %625, label %629, label %626

626:                                              ; preds = %623
  %627 = load i64, ptr %72, align 8, !tbaa !14
  %628 = add i64 %627, 1
  call void @_ZdlPvm(ptr noundef %624, i64 noundef %628) #22
  br label %629

629:                                              ; preds = %623, %626
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #20
  %630 = load ptr, ptr %8, align 8, !tbaa !12
  %631 = icmp eq ptr %630, %25
  br i1 %631, label %635, label %632

632:                                              ; preds = %629
  %633 = load i64, ptr %25, align 8, !tbaa !14
  %634 = add i64 %633, 1
  call void @_ZdlPvm(ptr noundef %630, i64 noundef %634) #22
  br label %635

635:                                              ; preds = %629, %632
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #20
  ret i32 0

636:                                              ; preds = %480, %652
  %637 = phi i32 [ 0, %480 ], [ %661, %652 ]
  %638 = phi ptr [ %481, %480 ], [ %657, %652 ]
  %639 = phi i64 [ 0, %480 ], [ %660, %652 ]
  %640 = trunc nuw i32 %637 to i16
  %641 = urem i16 %640, 26
  %642 = trunc nuw nsw i16 %641 to i8
  %643 = add nuw nsw i8 %642, 97
  %644 = load i64, ptr %482, align 8, !tbaa !15
  %645 = add i64 %644, 1
  %646 = icmp eq ptr %638, %481
  %647 = load i64, ptr %481, align 8
  %648 = select i1 %646, i64 15, i64 %647
  %649 = icmp ugt i64 %645, %648
  br i1 %649, label %650, label %652

650:                                              ; preds = %636
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %24, i64 noundef %644, i64 noundef 0, ptr noundef null, i64 noundef 1) #20
  %651 = load ptr, ptr %24, align 8, !tbaa !12
  br label %652

652:                                              ; preds = %636, %650
  %653 = phi ptr [ %651, %650 ], [ %638, %636 ]
  %654 = getelementptr inbounds i8, ptr %653, i64 %644
  store i8 %643, ptr %654, align 1, !tbaa !14
  store i64 %645, ptr %482, align 8, !tbaa !15
  %655 = load ptr, ptr %24, align 8, !tbaa !12
  %656 = getelementptr inbounds i8, ptr %655, i64 %645
  store i8 0, ptr %656, align 1, !tbaa !14
  %657 = load ptr, ptr %24, align 8, !tbaa !12
  %658 = icmp ne ptr %657, %638
  %659 = zext i1 %658 to i64
  %660 = add i64 %639, %659
  %661 = add nuw nsw i32 %637, 1
  %662 = icmp eq i32 %661, 1000
  br i1 %662, label %529, label %636, !llvm.loop !79
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32), i8 noundef signext, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat align 2 {
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
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #21
  unreachable

18:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store i64 %10, ptr %3, align 8, !tbaa !10
  %19 = icmp ugt i64 %10, 15
  br i1 %19, label %20, label %23

20:                                               ; preds = %18
  %21 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #20
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
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
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

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) local_unnamed_addr #6

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) local_unnamed_addr #7

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_P13__va_list_tagEmSB_z(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, ...) local_unnamed_addr #4 comdat {
  %5 = alloca i64, align 8
  %6 = alloca [1 x %struct.__va_list_tag], align 16
  %7 = alloca i8, i64 %2, align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %6) #20
  call void @llvm.va_start.p0(ptr nonnull %6)
  %8 = call noundef i32 %1(ptr noundef nonnull %7, i64 noundef %2, ptr noundef %3, ptr noundef nonnull %6) #20
  call void @llvm.va_end.p0(ptr nonnull %6)
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %10, ptr %0, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  store i64 %9, ptr %5, align 8, !tbaa !10
  %11 = icmp ugt i32 %8, 15
  br i1 %11, label %12, label %15

12:                                               ; preds = %4
  %13 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0) #20
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

20:                                               ; preds = %15, %17, %19
  %21 = load i64, ptr %5, align 8, !tbaa !10
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %21, ptr %22, align 8, !tbaa !15
  %23 = load ptr, ptr %0, align 8, !tbaa !12
  %24 = getelementptr inbounds i8, ptr %23, i64 %21
  store i8 0, ptr %24, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #20
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr nocapture noundef, i64 noundef, ptr nocapture noundef readonly, ptr noundef) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #9

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(ptr noundef readonly, ptr nocapture noundef, i32 noundef) local_unnamed_addr #11

; Function Attrs: noreturn
declare void @_ZSt24__throw_invalid_argumentPKc(ptr noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare ptr @__errno_location() local_unnamed_addr #12

; Function Attrs: noreturn
declare void @_ZSt20__throw_out_of_rangePKc(ptr noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nounwind willreturn
declare double @strtod(ptr noundef readonly, ptr nocapture noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, i32 noundef %2) local_unnamed_addr #4 comdat align 2 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #20
  tail call void @llvm.experimental.noalias.scope.decl(metadata !80)
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
  br i1 %24, label %25, label %7, !llvm.loop !44

25:                                               ; preds = %21, %19, %15, %11, %3
  %26 = phi i32 [ %12, %11 ], [ %16, %15 ], [ %20, %19 ], [ 1, %3 ], [ %23, %21 ]
  %27 = lshr i32 %2, 31
  %28 = add i32 %26, %27
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %30, ptr %4, align 8, !tbaa !5, !alias.scope !80
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef %29, i8 noundef signext 45) #20
  %31 = zext nneg i32 %27 to i64
  %32 = load ptr, ptr %4, align 8, !tbaa !12, !alias.scope !80
  %33 = getelementptr inbounds i8, ptr %32, i64 %31
  %34 = icmp ugt i32 %5, 99
  br i1 %34, label %35, label %57

35:                                               ; preds = %25
  %36 = add i32 %26, -1
  br label %37

37:                                               ; preds = %37, %35
  %38 = phi i32 [ %42, %37 ], [ %5, %35 ]
  %39 = phi i32 [ %55, %37 ], [ %36, %35 ]
  %40 = urem i32 %38, 100
  %41 = shl nuw nsw i32 %40, 1
  %42 = udiv i32 %38, 100
  %43 = or disjoint i32 %41, 1
  %44 = zext nneg i32 %43 to i64
  %45 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !14, !noalias !80
  %47 = zext i32 %39 to i64
  %48 = getelementptr inbounds i8, ptr %33, i64 %47
  store i8 %46, ptr %48, align 1, !tbaa !14
  %49 = zext nneg i32 %41 to i64
  %50 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %49
  %51 = load i8, ptr %50, align 2, !tbaa !14, !noalias !80
  %52 = add i32 %39, -1
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds i8, ptr %33, i64 %53
  store i8 %51, ptr %54, align 1, !tbaa !14
  %55 = add i32 %39, -2
  %56 = icmp ugt i32 %38, 9999
  br i1 %56, label %37, label %57, !llvm.loop !45

57:                                               ; preds = %37, %25
  %58 = phi i32 [ %5, %25 ], [ %42, %37 ]
  %59 = icmp ugt i32 %58, 9
  br i1 %59, label %60, label %70

60:                                               ; preds = %57
  %61 = shl nuw nsw i32 %58, 1
  %62 = or disjoint i32 %61, 1
  %63 = zext nneg i32 %62 to i64
  %64 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !14, !noalias !80
  %66 = getelementptr inbounds i8, ptr %33, i64 1
  store i8 %65, ptr %66, align 1, !tbaa !14
  %67 = zext nneg i32 %61 to i64
  %68 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %67
  %69 = load i8, ptr %68, align 2, !tbaa !14, !noalias !80
  br label %73

70:                                               ; preds = %57
  %71 = trunc nuw i32 %58 to i8
  %72 = or disjoint i8 %71, 48
  br label %73

73:                                               ; preds = %60, %70
  %74 = phi i8 [ %72, %70 ], [ %69, %60 ]
  store i8 %74, ptr %33, align 1, !tbaa !14
  call void @llvm.experimental.noalias.scope.decl(metadata !83)
  %75 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.36, i64 noundef 4) #20, !noalias !83
  %76 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %76, ptr %0, align 8, !tbaa !5, !alias.scope !83
  %77 = load ptr, ptr %75, align 8, !tbaa !12
  %78 = getelementptr inbounds i8, ptr %75, i64 16
  %79 = icmp eq ptr %77, %78
  br i1 %79, label %80, label %86

80:                                               ; preds = %73
  %81 = getelementptr inbounds i8, ptr %75, i64 8
  %82 = load i64, ptr %81, align 8, !tbaa !15
  %83 = add i64 %82, 1
  %84 = icmp eq i64 %83, 0
  br i1 %84, label %90, label %85

85:                                               ; preds = %80
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %76, ptr nonnull align 8 %78, i64 %83, i1 false)
  br label %90

86:                                               ; preds = %73
  store ptr %77, ptr %0, align 8, !tbaa !12, !alias.scope !83
  %87 = load i64, ptr %78, align 8, !tbaa !14
  store i64 %87, ptr %76, align 8, !tbaa !14, !alias.scope !83
  %88 = getelementptr inbounds i8, ptr %75, i64 8
  %89 = load i64, ptr %88, align 8, !tbaa !15
  br label %90

90:                                               ; preds = %80, %85, %86
  %91 = phi i64 [ -1, %80 ], [ %82, %85 ], [ %89, %86 ]
  %92 = getelementptr inbounds i8, ptr %75, i64 8
  %93 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %91, ptr %93, align 8, !tbaa !15, !alias.scope !83
  store ptr %78, ptr %75, align 8, !tbaa !12
  store i64 0, ptr %92, align 8, !tbaa !15
  store i8 0, ptr %78, align 8, !tbaa !14
  %94 = load ptr, ptr %4, align 8, !tbaa !12
  %95 = icmp eq ptr %94, %30
  br i1 %95, label %99, label %96

96:                                               ; preds = %90
  %97 = load i64, ptr %30, align 8, !tbaa !14
  %98 = add i64 %97, 1
  call void @_ZdlPvm(ptr noundef %94, i64 noundef %98) #22
  br label %99

99:                                               ; preds = %90, %96
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #20
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat align 2 {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #20
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.40, ptr noundef nonnull align 8 dereferenceable(32) %2)
  call void @llvm.experimental.noalias.scope.decl(metadata !86)
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %6 = load i64, ptr %5, align 8, !tbaa !15, !noalias !86
  %7 = icmp eq i64 %6, 4611686018427387903
  br i1 %7, label %8, label %9

8:                                                ; preds = %3
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21, !noalias !86
  unreachable

9:                                                ; preds = %3
  %10 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull @.str.41, i64 noundef 1) #20, !noalias !86
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %11, ptr %0, align 8, !tbaa !5, !alias.scope !86
  %12 = load ptr, ptr %10, align 8, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %10, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %15, label %21

15:                                               ; preds = %9
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !15
  %18 = add i64 %17, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %15
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %11, ptr nonnull align 8 %13, i64 %18, i1 false)
  br label %25

21:                                               ; preds = %9
  store ptr %12, ptr %0, align 8, !tbaa !12, !alias.scope !86
  %22 = load i64, ptr %13, align 8, !tbaa !14
  store i64 %22, ptr %11, align 8, !tbaa !14, !alias.scope !86
  %23 = getelementptr inbounds i8, ptr %10, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !15
  br label %25

25:                                               ; preds = %15, %20, %21
  %26 = phi i64 [ -1, %15 ], [ %17, %20 ], [ %24, %21 ]
  %27 = getelementptr inbounds i8, ptr %10, i64 8
  %28 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %26, ptr %28, align 8, !tbaa !15, !alias.scope !86
  store ptr %13, ptr %10, align 8, !tbaa !12
  store i64 0, ptr %27, align 8, !tbaa !15
  store i8 0, ptr %13, align 8, !tbaa !14
  %29 = load ptr, ptr %4, align 8, !tbaa !12
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  %31 = icmp eq ptr %29, %30
  br i1 %31, label %35, label %32

32:                                               ; preds = %25
  %33 = load i64, ptr %30, align 8, !tbaa !14
  %34 = add i64 %33, 1
  call void @_ZdlPvm(ptr noundef %29, i64 noundef %34) #22
  br label %35

35:                                               ; preds = %25, %32
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat {
  %4 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #20
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %5, ptr %0, align 8, !tbaa !5
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !15
  store i8 0, ptr %5, align 8, !tbaa !14
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = add i64 %8, %4
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9) #20
  %10 = load i64, ptr %6, align 8, !tbaa !15
  %11 = sub i64 4611686018427387903, %10
  %12 = icmp ult i64 %11, %4
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

14:                                               ; preds = %3
  %15 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, i64 noundef %4) #20
  %16 = load i64, ptr %7, align 8, !tbaa !15
  %17 = load i64, ptr %6, align 8, !tbaa !15
  %18 = sub i64 4611686018427387903, %17
  %19 = icmp ult i64 %18, %16
  br i1 %19, label %20, label %21

20:                                               ; preds = %14
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

21:                                               ; preds = %14
  %22 = load ptr, ptr %2, align 8, !tbaa !12
  %23 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %22, i64 noundef %16) #20
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #7

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #6

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #7

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare i32 @toupper(i32 noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(16) %2) local_unnamed_addr #4 comdat align 2 {
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
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.46) #21
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
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #25
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
  br i1 %36, label %37, label %38

37:                                               ; preds = %27
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #21
  unreachable

38:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  store i64 %30, ptr %4, align 8, !tbaa !10
  %39 = icmp ugt i64 %30, 15
  br i1 %39, label %40, label %43

40:                                               ; preds = %38
  %41 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #20
  store ptr %41, ptr %29, align 8, !tbaa !12
  %42 = load i64, ptr %4, align 8, !tbaa !10
  store i64 %42, ptr %33, align 8, !tbaa !14
  br label %43

43:                                               ; preds = %40, %38
  %44 = phi ptr [ %41, %40 ], [ %33, %38 ]
  switch i64 %30, label %47 [
    i64 1, label %45
    i64 0, label %48
  ]

45:                                               ; preds = %43
  %46 = load i8, ptr %32, align 1, !tbaa !14
  store i8 %46, ptr %44, align 1, !tbaa !14
  br label %48

47:                                               ; preds = %43
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %44, ptr align 1 %32, i64 %30, i1 false)
  br label %48

48:                                               ; preds = %43, %45, %47
  %49 = load i64, ptr %4, align 8, !tbaa !10
  %50 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %49, ptr %50, align 8, !tbaa !15
  %51 = load ptr, ptr %29, align 8, !tbaa !12
  %52 = getelementptr inbounds i8, ptr %51, i64 %49
  store i8 0, ptr %52, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  %53 = icmp eq ptr %7, %1
  br i1 %53, label %78, label %54

54:                                               ; preds = %48, %71
  %55 = phi ptr [ %76, %71 ], [ %28, %48 ]
  %56 = phi ptr [ %75, %71 ], [ %7, %48 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !89)
  call void @llvm.experimental.noalias.scope.decl(metadata !92)
  %57 = getelementptr inbounds i8, ptr %55, i64 16
  store ptr %57, ptr %55, align 8, !tbaa !5, !alias.scope !89, !noalias !92
  %58 = load ptr, ptr %56, align 8, !tbaa !12, !alias.scope !92, !noalias !89
  %59 = getelementptr inbounds i8, ptr %56, i64 16
  %60 = icmp eq ptr %58, %59
  br i1 %60, label %61, label %67

61:                                               ; preds = %54
  %62 = getelementptr inbounds i8, ptr %56, i64 8
  %63 = load i64, ptr %62, align 8, !tbaa !15, !alias.scope !92, !noalias !89
  %64 = add i64 %63, 1
  %65 = icmp eq i64 %64, 0
  br i1 %65, label %71, label %66

66:                                               ; preds = %61
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %57, ptr nonnull align 8 %59, i64 %64, i1 false), !alias.scope !94
  br label %71

67:                                               ; preds = %54
  store ptr %58, ptr %55, align 8, !tbaa !12, !alias.scope !89, !noalias !92
  %68 = load i64, ptr %59, align 8, !tbaa !14, !alias.scope !92, !noalias !89
  store i64 %68, ptr %57, align 8, !tbaa !14, !alias.scope !89, !noalias !92
  %69 = getelementptr inbounds i8, ptr %56, i64 8
  %70 = load i64, ptr %69, align 8, !tbaa !15, !alias.scope !92, !noalias !89
  br label %71

71:                                               ; preds = %67, %66, %61
  %72 = phi i64 [ %70, %67 ], [ %63, %66 ], [ -1, %61 ]
  %73 = getelementptr inbounds i8, ptr %56, i64 8
  %74 = getelementptr inbounds i8, ptr %55, i64 8
  store i64 %72, ptr %74, align 8, !tbaa !15, !alias.scope !89, !noalias !92
  store ptr %59, ptr %56, align 8, !tbaa !12, !alias.scope !92, !noalias !89
  store i64 0, ptr %73, align 8, !tbaa !15, !alias.scope !92, !noalias !89
  store i8 0, ptr %59, align 1, !tbaa !14, !alias.scope !92, !noalias !89
  %75 = getelementptr inbounds i8, ptr %56, i64 32
  %76 = getelementptr inbounds i8, ptr %55, i64 32
  %77 = icmp eq ptr %75, %1
  br i1 %77, label %78, label %54, !llvm.loop !95

78:                                               ; preds = %71, %48
  %79 = phi ptr [ %28, %48 ], [ %76, %71 ]
  %80 = getelementptr inbounds i8, ptr %79, i64 32
  %81 = icmp eq ptr %6, %1
  br i1 %81, label %106, label %82

82:                                               ; preds = %78, %99
  %83 = phi ptr [ %104, %99 ], [ %80, %78 ]
  %84 = phi ptr [ %103, %99 ], [ %1, %78 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !96)
  call void @llvm.experimental.noalias.scope.decl(metadata !99)
  %85 = getelementptr inbounds i8, ptr %83, i64 16
  store ptr %85, ptr %83, align 8, !tbaa !5, !alias.scope !96, !noalias !99
  %86 = load ptr, ptr %84, align 8, !tbaa !12, !alias.scope !99, !noalias !96
  %87 = getelementptr inbounds i8, ptr %84, i64 16
  %88 = icmp eq ptr %86, %87
  br i1 %88, label %89, label %95

89:                                               ; preds = %82
  %90 = getelementptr inbounds i8, ptr %84, i64 8
  %91 = load i64, ptr %90, align 8, !tbaa !15, !alias.scope !99, !noalias !96
  %92 = add i64 %91, 1
  %93 = icmp eq i64 %92, 0
  br i1 %93, label %99, label %94

94:                                               ; preds = %89
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %85, ptr nonnull align 8 %87, i64 %92, i1 false), !alias.scope !101
  br label %99

95:                                               ; preds = %82
  store ptr %86, ptr %83, align 8, !tbaa !12, !alias.scope !96, !noalias !99
  %96 = load i64, ptr %87, align 8, !tbaa !14, !alias.scope !99, !noalias !96
  store i64 %96, ptr %85, align 8, !tbaa !14, !alias.scope !96, !noalias !99
  %97 = getelementptr inbounds i8, ptr %84, i64 8
  %98 = load i64, ptr %97, align 8, !tbaa !15, !alias.scope !99, !noalias !96
  br label %99

99:                                               ; preds = %95, %94, %89
  %100 = phi i64 [ %98, %95 ], [ %91, %94 ], [ -1, %89 ]
  %101 = getelementptr inbounds i8, ptr %84, i64 8
  %102 = getelementptr inbounds i8, ptr %83, i64 8
  store i64 %100, ptr %102, align 8, !tbaa !15, !alias.scope !96, !noalias !99
  store ptr %87, ptr %84, align 8, !tbaa !12, !alias.scope !99, !noalias !96
  store i64 0, ptr %101, align 8, !tbaa !15, !alias.scope !99, !noalias !96
  store i8 0, ptr %87, align 1, !tbaa !14, !alias.scope !99, !noalias !96
  %103 = getelementptr inbounds i8, ptr %84, i64 32
  %104 = getelementptr inbounds i8, ptr %83, i64 32
  %105 = icmp eq ptr %103, %6
  br i1 %105, label %106, label %82, !llvm.loop !95

106:                                              ; preds = %99, %78
  %107 = phi ptr [ %80, %78 ], [ %104, %99 ]
  %108 = getelementptr inbounds i8, ptr %0, i64 16
  %109 = icmp eq ptr %7, null
  br i1 %109, label %114, label %110

110:                                              ; preds = %106
  %111 = load ptr, ptr %108, align 8, !tbaa !78
  %112 = ptrtoint ptr %111 to i64
  %113 = sub i64 %112, %9
  call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %113) #22
  br label %114

114:                                              ; preds = %106, %110
  store ptr %28, ptr %0, align 8, !tbaa !74
  store ptr %107, ptr %5, align 8, !tbaa !76
  %115 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %19
  store ptr %115, ptr %108, align 8, !tbaa !78
  ret void
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #14

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %0, ptr %1, i64 noundef %2) unnamed_addr #4 {
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
  br i1 %19, label %20, label %145, !llvm.loop !102

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
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #20
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
  call void @_ZdlPvm(ptr noundef %58, i64 noundef %62) #22
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
  call void @_ZdlPvm(ptr noundef %66, i64 noundef %70) #22
  br label %71

71:                                               ; preds = %68, %63
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #20
  br i1 %64, label %72, label %30, !llvm.loop !103

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
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #20
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
  br i1 %102, label %115, label %103, !prof !104

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
  %116 = phi ptr [ %77, %112 ], [ %99, %101 ], [ %111, %108 ]
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
  call void @_ZdlPvm(ptr noundef %132, i64 noundef %136) #22
  br label %137

137:                                              ; preds = %134, %130
  %138 = load ptr, ptr %4, align 8, !tbaa !12
  %139 = icmp eq ptr %138, %75
  br i1 %139, label %143, label %140

140:                                              ; preds = %137
  %141 = load i64, ptr %75, align 8, !tbaa !14
  %142 = add i64 %141, 1
  call void @_ZdlPvm(ptr noundef %138, i64 noundef %142) #22
  br label %143

143:                                              ; preds = %137, %140
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5)
  %144 = icmp sgt i64 %118, 32
  br i1 %144, label %80, label %269, !llvm.loop !105

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
  %164 = tail call i32 @memcmp(ptr noundef %163, ptr noundef %162, i64 noundef %153) #20
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
  %177 = tail call i32 @memcmp(ptr noundef %176, ptr noundef %175, i64 noundef %155) #20
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
  %188 = tail call i32 @memcmp(ptr noundef %187, ptr noundef %186, i64 noundef %153) #20
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
  %207 = tail call i32 @memcmp(ptr noundef %206, ptr noundef %205, i64 noundef %153) #20
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
  %219 = tail call i32 @memcmp(ptr noundef %218, ptr noundef %217, i64 noundef %155) #20
  %220 = icmp slt i32 %219, 0
  br i1 %220, label %222, label %221

221:                                              ; preds = %216, %214, %212
  br label %222

222:                                              ; preds = %221, %216, %212, %204, %199, %190, %185, %181, %174, %170
  %223 = phi ptr [ %151, %221 ], [ %14, %190 ], [ %151, %174 ], [ %151, %170 ], [ %152, %185 ], [ %152, %181 ], [ %14, %204 ], [ %14, %199 ], [ %152, %216 ], [ %152, %212 ]
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %223) #20
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
  %241 = tail call i32 @memcmp(ptr noundef %240, ptr noundef %239, i64 noundef %227) #20
  %242 = icmp slt i32 %241, 0
  br i1 %242, label %243, label %236

243:                                              ; preds = %238, %234
  %244 = getelementptr inbounds i8, ptr %230, i64 32
  br label %229, !llvm.loop !106

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
  %257 = tail call i32 @memcmp(ptr noundef %256, ptr noundef %255, i64 noundef %227) #20
  %258 = icmp slt i32 %257, 0
  br i1 %258, label %259, label %260

259:                                              ; preds = %254, %251
  br label %245, !llvm.loop !107

260:                                              ; preds = %254, %253, %251
  %261 = icmp ult ptr %230, %247
  br i1 %261, label %262, label %264

262:                                              ; preds = %260
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %230, ptr noundef nonnull align 8 dereferenceable(32) %247) #20
  %263 = getelementptr inbounds i8, ptr %230, i64 32
  br label %224, !llvm.loop !108

264:                                              ; preds = %260
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(ptr %230, ptr %146, i64 noundef %149)
  %265 = ptrtoint ptr %230 to i64
  %266 = sub i64 %265, %8
  %267 = ashr exact i64 %266, 5
  %268 = icmp sgt i64 %267, 16
  br i1 %268, label %18, label %269, !llvm.loop !102

269:                                              ; preds = %264, %143, %3, %72
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(ptr %0, i64 noundef %1, i64 noundef %2, ptr noundef %3) unnamed_addr #4 {
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
  %28 = tail call i32 @memcmp(ptr noundef %27, ptr noundef %26, i64 noundef %17) #20
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
  br i1 %44, label %76, label %45, !prof !104

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
  %77 = phi ptr [ %62, %74 ], [ %41, %75 ], [ %40, %43 ], [ %60, %55 ]
  %78 = getelementptr inbounds i8, ptr %37, i64 8
  store i64 0, ptr %78, align 8, !tbaa !15
  store i8 0, ptr %77, align 1, !tbaa !14
  %79 = icmp slt i64 %36, %7
  br i1 %79, label %9, label %80, !llvm.loop !109

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
  br i1 %98, label %130, label %99, !prof !104

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
  %131 = phi ptr [ %116, %128 ], [ %95, %129 ], [ %94, %97 ], [ %114, %109 ]
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
  %173 = call i32 @memcmp(ptr noundef %172, ptr noundef %171, i64 noundef %161) #20
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
  br i1 %182, label %210, label %183, !prof !104

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
  %211 = phi ptr [ %198, %208 ], [ %179, %209 ], [ %176, %181 ], [ %196, %191 ]
  store i64 0, ptr %160, align 8, !tbaa !15
  store i8 0, ptr %211, align 1, !tbaa !14
  %212 = icmp sgt i64 %158, %1
  br i1 %212, label %155, label %213, !llvm.loop !110

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
  br i1 %223, label %252, label %224, !prof !104

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

252:                                              ; preds = %222, %233, %250, %251
  %253 = phi ptr [ %240, %250 ], [ %135, %251 ], [ %217, %222 ], [ %238, %233 ]
  store i64 0, ptr %153, align 8, !tbaa !15
  store i8 0, ptr %253, align 1, !tbaa !14
  %254 = load ptr, ptr %5, align 8, !tbaa !12
  %255 = icmp eq ptr %254, %135
  br i1 %255, label %259, label %256

256:                                              ; preds = %252
  %257 = load i64, ptr %135, align 8, !tbaa !14
  %258 = add i64 %257, 1
  call void @_ZdlPvm(ptr noundef %254, i64 noundef %258) #22
  br label %259

259:                                              ; preds = %252, %256
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #15

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(ptr %0, ptr readnone %1) unnamed_addr #0 {
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
  %31 = call i32 @memcmp(ptr noundef %30, ptr noundef %29, i64 noundef %19) #20
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %33, label %140

33:                                               ; preds = %24, %28
  %34 = phi ptr [ %25, %24 ], [ %30, %28 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #20
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
  %97 = phi ptr [ %80, %94 ], [ %61, %95 ], [ %78, %73 ]
  %98 = getelementptr inbounds i8, ptr %56, i64 -24
  store i64 0, ptr %98, align 8, !tbaa !15
  store i8 0, ptr %97, align 1, !tbaa !14
  %99 = add nsw i64 %54, -1
  %100 = icmp sgt i64 %54, 1
  br i1 %100, label %53, label %101, !llvm.loop !111

101:                                              ; preds = %96
  %102 = load ptr, ptr %3, align 8, !tbaa !12
  br label %103

103:                                              ; preds = %101, %44
  %104 = phi ptr [ %102, %101 ], [ %45, %44 ]
  %105 = icmp eq ptr %104, %10
  br i1 %105, label %106, label %121

106:                                              ; preds = %103
  br i1 %14, label %132, label %107, !prof !104

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
  %133 = phi ptr [ %122, %130 ], [ %10, %131 ], [ %104, %106 ], [ %120, %116 ]
  store i64 0, ptr %11, align 8, !tbaa !15
  store i8 0, ptr %133, align 1, !tbaa !14
  %134 = load ptr, ptr %3, align 8, !tbaa !12
  %135 = icmp eq ptr %134, %10
  br i1 %135, label %139, label %136

136:                                              ; preds = %132
  %137 = load i64, ptr %10, align 8, !tbaa !14
  %138 = add i64 %137, 1
  call void @_ZdlPvm(ptr noundef %134, i64 noundef %138) #22
  br label %139

139:                                              ; preds = %132, %136
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #20
  br label %141

140:                                              ; preds = %28, %26, %22
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr nonnull %16)
  br label %141

141:                                              ; preds = %139, %140
  %142 = getelementptr inbounds i8, ptr %16, i64 32
  %143 = icmp eq ptr %142, %1
  br i1 %143, label %144, label %15, !llvm.loop !112

144:                                              ; preds = %141, %5, %2
  ret void
}

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr %0) unnamed_addr #0 {
  %2 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #20
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
  %39 = call i32 @memcmp(ptr noundef %36, ptr noundef %38, i64 noundef %22) #20
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
  %74 = phi ptr [ %61, %71 ], [ %44, %72 ], [ %59, %54 ]
  store i64 0, ptr %25, align 8, !tbaa !15
  store i8 0, ptr %74, align 1, !tbaa !14
  %75 = load i64, ptr %20, align 8, !tbaa !15
  br label %21, !llvm.loop !113

76:                                               ; preds = %37, %34, %30
  %77 = phi ptr [ %31, %30 ], [ %36, %34 ], [ %36, %37 ]
  %78 = getelementptr inbounds i8, ptr %23, i64 16
  %79 = icmp eq ptr %77, %3
  br i1 %79, label %80, label %96

80:                                               ; preds = %76
  %81 = icmp eq ptr %2, %23
  br i1 %81, label %109, label %82, !prof !104

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
  %110 = phi ptr [ %97, %107 ], [ %3, %108 ], [ %77, %80 ], [ %95, %90 ]
  store i64 0, ptr %20, align 8, !tbaa !15
  store i8 0, ptr %110, align 1, !tbaa !14
  %111 = load ptr, ptr %2, align 8, !tbaa !12
  %112 = icmp eq ptr %111, %3
  br i1 %112, label %116, label %113

113:                                              ; preds = %109
  %114 = load i64, ptr %3, align 8, !tbaa !14
  %115 = add i64 %114, 1
  call void @_ZdlPvm(ptr noundef %111, i64 noundef %115) #22
  br label %116

116:                                              ; preds = %109, %113
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %2) #20
  ret void
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #17

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #18

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #17

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #17

attributes #0 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #10 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nofree nounwind }
attributes #17 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #19 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #20 = { nounwind }
attributes #21 = { noreturn nounwind }
attributes #22 = { builtin nounwind }
attributes #23 = { nounwind willreturn memory(read) }
attributes #24 = { nounwind willreturn memory(none) }
attributes #25 = { builtin nounwind allocsize(0) }

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
!32 = !{!33, !31, i64 0}
!33 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIiLb1EEE", !31, i64 0}
!34 = !{!35, !8, i64 32}
!35 = !{!"_ZTSNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEE", !8, i64 0, !8, i64 32}
!36 = !{!37, !38, i64 0}
!37 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIdLb1EEE", !38, i64 0}
!38 = !{!"double", !8, i64 0}
!39 = !{!38, !38, i64 0}
!40 = distinct !{!40, !20}
!41 = !{!42}
!42 = distinct !{!42, !43, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!43 = distinct !{!43, !"_ZNSt7__cxx119to_stringEi"}
!44 = distinct !{!44, !20}
!45 = distinct !{!45, !20}
!46 = !{!47, !49}
!47 = distinct !{!47, !48, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_: argument 0"}
!48 = distinct !{!48, !"_ZSt10__do_visitINSt8__detail9__variant21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE8DescribeJRKSt7variantIJidS8_EEEEDcOT0_DpOT1_"}
!49 = distinct !{!49, !50, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_: argument 0"}
!50 = distinct !{!50, !"_ZSt5visitI8DescribeJRKSt7variantIJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEEENSt13invoke_resultIT_JDpNSt13__conditionalIX21is_lvalue_reference_vIT0_EEE4typeIRNSt19variant_alternativeILm0ENSt16remove_referenceIDTclsr9__variantE4__asclsr3stdE7declvalISE_EEEEE4typeEE4typeEOSN_EEEE4typeEOSC_DpOSE_"}
!51 = !{!52, !54, !56, !47, !49}
!52 = distinct !{!52, !53, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!53 = distinct !{!53, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKiEET_St14__invoke_otherOT0_DpOT1_"}
!54 = distinct !{!54, !55, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!55 = distinct !{!55, !"_ZSt8__invokeB5cxx11I8DescribeJRKiEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!56 = distinct !{!56, !57, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_: argument 0"}
!57 = distinct !{!57, !"_ZNSt8__detail9__variant17__gen_vtable_implINS0_12_Multi_arrayIPFNS0_21__deduce_visit_resultINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEO8DescribeRKSt7variantIJidS9_EEEJEEESt16integer_sequenceImJLm0EEEE14__visit_invokeESC_SG_"}
!58 = !{!59}
!59 = distinct !{!59, !60, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!60 = distinct !{!60, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_"}
!61 = !{!62}
!62 = distinct !{!62, !63, !"_ZNK8DescribeclB5cxx11Ed: argument 0"}
!63 = distinct !{!63, !"_ZNK8DescribeclB5cxx11Ed"}
!64 = !{!62, !59}
!65 = !{!66}
!66 = distinct !{!66, !67, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!67 = distinct !{!67, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!68 = !{!66, !62, !59}
!69 = distinct !{!69, !20, !70, !71}
!70 = !{!"llvm.loop.isvectorized", i32 1}
!71 = !{!"llvm.loop.unroll.runtime.disable"}
!72 = distinct !{!72, !20, !71, !70}
!73 = distinct !{!73, !20}
!74 = !{!75, !7, i64 0}
!75 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!76 = !{!75, !7, i64 8}
!77 = distinct !{!77, !20}
!78 = !{!75, !7, i64 16}
!79 = distinct !{!79, !20}
!80 = !{!81}
!81 = distinct !{!81, !82, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!82 = distinct !{!82, !"_ZNSt7__cxx119to_stringEi"}
!83 = !{!84}
!84 = distinct !{!84, !85, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!85 = distinct !{!85, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!86 = !{!87}
!87 = distinct !{!87, !88, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!88 = distinct !{!88, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!89 = !{!90}
!90 = distinct !{!90, !91, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!91 = distinct !{!91, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!92 = !{!93}
!93 = distinct !{!93, !91, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!94 = !{!90, !93}
!95 = distinct !{!95, !20}
!96 = !{!97}
!97 = distinct !{!97, !98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!98 = distinct !{!98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!99 = !{!100}
!100 = distinct !{!100, !98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!101 = !{!97, !100}
!102 = distinct !{!102, !20}
!103 = distinct !{!103, !20}
!104 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!105 = distinct !{!105, !20}
!106 = distinct !{!106, !20}
!107 = distinct !{!107, !20}
!108 = distinct !{!108, !20}
!109 = distinct !{!109, !20}
!110 = distinct !{!110, !20}
!111 = distinct !{!111, !20}
!112 = distinct !{!112, !20}
!113 = distinct !{!113, !20}
