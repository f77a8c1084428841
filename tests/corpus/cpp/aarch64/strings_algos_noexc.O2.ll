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

$_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z = comdat any

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
  store ptr %25, ptr %8, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #20
  store i64 19, ptr %7, align 8, !tbaa !11
  %26 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(8) %7, i64 noundef 0) #20
  store ptr %26, ptr %8, align 8, !tbaa !13
  %27 = load i64, ptr %7, align 8, !tbaa !11
  store i64 %27, ptr %25, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(19) %26, ptr noundef nonnull align 1 dereferenceable(19) @.str, i64 19, i1 false)
  %28 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %27, ptr %28, align 8, !tbaa !16
  %29 = load ptr, ptr %8, align 8, !tbaa !13
  %30 = getelementptr inbounds i8, ptr %29, i64 %27
  store i8 0, ptr %30, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #20
  %31 = load i64, ptr %28, align 8, !tbaa !16
  %32 = add i64 %31, -4611686018427387880
  %33 = icmp ult i64 %32, 24
  br i1 %33, label %34, label %35

34:                                               ; preds = %0
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

35:                                               ; preds = %0
  %36 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.1, i64 noundef 24) #20
  %37 = load ptr, ptr %8, align 8, !tbaa !13
  %38 = load i64, ptr %28, align 8, !tbaa !16
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, ptr noundef %37, i64 noundef %38)
  %40 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.3, i64 noundef 0, i64 noundef 3) #20
  %41 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32) %8, i8 noundef 111, i64 noundef -1) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #20
  call void @llvm.experimental.noalias.scope.decl(metadata !17)
  %42 = load i64, ptr %28, align 8, !tbaa !16, !noalias !17
  %43 = icmp ult i64 %42, %40
  br i1 %43, label %44, label %45

44:                                               ; preds = %35
  call void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.38, ptr noundef nonnull @.str.44, i64 noundef %40, i64 noundef %42) #21, !noalias !17
  unreachable

45:                                               ; preds = %35
  %46 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %46, ptr %9, align 8, !tbaa !6, !alias.scope !17
  %47 = load ptr, ptr %8, align 8, !tbaa !13, !noalias !17
  %48 = getelementptr inbounds i8, ptr %47, i64 %40
  %49 = sub i64 %42, %40
  %50 = call noundef i64 @llvm.umin.i64(i64 %49, i64 9)
  switch i64 %50, label %53 [
    i64 1, label %51
    i64 0, label %54
  ]

51:                                               ; preds = %45
  %52 = load i8, ptr %48, align 1, !tbaa !15
  store i8 %52, ptr %46, align 8, !tbaa !15
  br label %54

53:                                               ; preds = %45
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %46, ptr align 1 %48, i64 %50, i1 false)
  br label %54

54:                                               ; preds = %45, %51, %53
  %55 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 %50, ptr %55, align 8, !tbaa !16, !alias.scope !17
  %56 = getelementptr inbounds i8, ptr %46, i64 %50
  store i8 0, ptr %56, align 1, !tbaa !15
  %57 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i64 noundef %40, i64 noundef %41, ptr noundef nonnull %46)
  %58 = load ptr, ptr %9, align 8, !tbaa !13
  %59 = icmp eq ptr %58, %46
  br i1 %59, label %63, label %60

60:                                               ; preds = %54
  %61 = load i64, ptr %46, align 8, !tbaa !15
  %62 = add i64 %61, 1
  call void @_ZdlPvm(ptr noundef %58, i64 noundef %62) #22
  br label %63

63:                                               ; preds = %54, %60
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #20
  %64 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEPKcmm(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull @.str.5, i64 noundef 0, i64 noundef 4) #20
  %65 = load i64, ptr %28, align 8, !tbaa !16
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
  store ptr %72, ptr %10, align 8, !tbaa !6
  %73 = load ptr, ptr %8, align 8, !tbaa !13
  %74 = load i64, ptr %28, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6) #20
  store i64 %74, ptr %6, align 8, !tbaa !11
  %75 = icmp ugt i64 %74, 15
  br i1 %75, label %76, label %79

76:                                               ; preds = %68
  %77 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef 0) #20
  store ptr %77, ptr %10, align 8, !tbaa !13
  %78 = load i64, ptr %6, align 8, !tbaa !11
  store i64 %78, ptr %72, align 8, !tbaa !15
  br label %79

79:                                               ; preds = %76, %68
  %80 = phi ptr [ %77, %76 ], [ %72, %68 ]
  switch i64 %74, label %83 [
    i64 1, label %81
    i64 0, label %84
  ]

81:                                               ; preds = %79
  %82 = load i8, ptr %73, align 1, !tbaa !15
  store i8 %82, ptr %80, align 1, !tbaa !15
  br label %84

83:                                               ; preds = %79
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %80, ptr align 1 %73, i64 %74, i1 false)
  br label %84

84:                                               ; preds = %79, %81, %83
  %85 = load i64, ptr %6, align 8, !tbaa !11
  %86 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 %85, ptr %86, align 8, !tbaa !16
  %87 = load ptr, ptr %10, align 8, !tbaa !13
  %88 = getelementptr inbounds i8, ptr %87, i64 %85
  store i8 0, ptr %88, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6) #20
  %89 = load ptr, ptr %10, align 8, !tbaa !13
  %90 = load i64, ptr %86, align 8, !tbaa !16
  %91 = getelementptr inbounds i8, ptr %89, i64 %90
  %92 = icmp eq i64 %90, 0
  br i1 %92, label %103, label %93

93:                                               ; preds = %84, %93
  %94 = phi ptr [ %99, %93 ], [ %89, %84 ]
  %95 = load i8, ptr %94, align 1, !tbaa !15
  %96 = zext i8 %95 to i32
  %97 = call i32 @toupper(i32 noundef %96) #23
  %98 = trunc i32 %97 to i8
  store i8 %98, ptr %94, align 1, !tbaa !15
  %99 = getelementptr i8, ptr %94, i64 1
  %100 = icmp eq ptr %99, %91
  br i1 %100, label %101, label %93, !llvm.loop !20

101:                                              ; preds = %93
  %102 = load ptr, ptr %10, align 8, !tbaa !13
  br label %103

103:                                              ; preds = %101, %84
  %104 = phi ptr [ %102, %101 ], [ %89, %84 ]
  %105 = load ptr, ptr %8, align 8, !tbaa !13
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, ptr noundef %105, ptr noundef %104)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %11) #20
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %11, i8 0, i64 24, i1 false)
  %107 = load i64, ptr %28, align 8, !tbaa !16
  %108 = icmp eq i64 %107, 0
  br i1 %108, label %109, label %111

109:                                              ; preds = %103
  %110 = getelementptr inbounds i8, ptr %11, i64 8
  br label %159

111:                                              ; preds = %103
  %112 = load ptr, ptr %8, align 8, !tbaa !13
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
  store i64 %120, ptr %113, align 8
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
  br i1 %133, label %134, label %114, !llvm.loop !22

134:                                              ; preds = %114, %130
  %135 = load ptr, ptr %11, align 8, !tbaa !23
  %136 = getelementptr inbounds i8, ptr %11, i64 8
  %137 = load ptr, ptr %136, align 8, !tbaa !23
  %138 = ptrtoint ptr %135 to i64
  %139 = getelementptr inbounds i8, ptr %11, i64 8
  %140 = ptrtoint ptr %137 to i64
  %141 = icmp eq ptr %135, %137
  br i1 %141, label %159, label %142

142:                                              ; preds = %134
  %143 = sub i64 %140, %138
  %144 = ashr exact i64 %143, 5
  %145 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %144, i1 false)
  %146 = shl nuw nsw i64 %145, 1
  %147 = sub nsw i64 126, %146
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %138, i64 %140, i64 noundef %147, i64 0)
  %148 = icmp sgt i64 %143, 512
  br i1 %148, label %149, label %158

149:                                              ; preds = %142
  %150 = getelementptr inbounds i8, ptr %135, i64 512
  %151 = ptrtoint ptr %150 to i64
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %138, i64 %151)
  %152 = icmp eq ptr %150, %137
  br i1 %152, label %159, label %153

153:                                              ; preds = %149, %153
  %154 = phi ptr [ %156, %153 ], [ %150, %149 ]
  %155 = ptrtoint ptr %154 to i64
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %155)
  %156 = getelementptr inbounds i8, ptr %154, i64 32
  %157 = icmp eq ptr %156, %137
  br i1 %157, label %159, label %153, !llvm.loop !24

158:                                              ; preds = %142
  call fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %138, i64 %140)
  br label %159

159:                                              ; preds = %153, %109, %134, %149, %158
  %160 = phi ptr [ %110, %109 ], [ %139, %134 ], [ %139, %149 ], [ %139, %158 ], [ %139, %153 ]
  %161 = load ptr, ptr %11, align 8, !tbaa !23
  %162 = load ptr, ptr %160, align 8, !tbaa !23
  %163 = icmp eq ptr %161, %162
  br i1 %163, label %164, label %264

164:                                              ; preds = %264, %159
  %165 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %13) #20
  %166 = getelementptr inbounds i8, ptr %13, i64 16
  store ptr %166, ptr %13, align 8, !tbaa !6, !alias.scope !25
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %13, i64 noundef 3, i8 noundef 45) #20
  %167 = load ptr, ptr %13, align 8, !tbaa !13, !alias.scope !25
  %168 = getelementptr inbounds i8, ptr %167, i64 1
  %169 = getelementptr inbounds i8, ptr %167, i64 2
  store i8 50, ptr %169, align 1, !tbaa !15
  store i8 52, ptr %168, align 1, !tbaa !15
  %170 = load ptr, ptr %13, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #20
  %171 = getelementptr inbounds i8, ptr %14, i64 16
  store ptr %171, ptr %14, align 8, !tbaa !6, !alias.scope !28
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %14, i64 noundef 13, i8 noundef 45) #20
  %172 = load ptr, ptr %14, align 8, !tbaa !13, !alias.scope !28
  %173 = getelementptr inbounds i8, ptr %172, i64 12
  store i8 51, ptr %173, align 1, !tbaa !15
  %174 = getelementptr inbounds i8, ptr %172, i64 8
  store <4 x i8> <i8 57, i8 48, i8 49, i8 50>, ptr %174, align 1, !tbaa !15
  store <8 x i8> <i8 49, i8 50, i8 51, i8 52, i8 53, i8 54, i8 55, i8 56>, ptr %172, align 1, !tbaa !15
  %175 = load ptr, ptr %14, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %15) #20
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %15, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef 2.500000e+00)
  %176 = load ptr, ptr %15, align 8, !tbaa !13
  %177 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %170, ptr noundef %175, ptr noundef %176)
  %178 = load ptr, ptr %15, align 8, !tbaa !13
  %179 = getelementptr inbounds i8, ptr %15, i64 16
  %180 = icmp eq ptr %178, %179
  br i1 %180, label %184, label %181

181:                                              ; preds = %164
  %182 = load i64, ptr %179, align 8, !tbaa !15
  %183 = add i64 %182, 1
  call void @_ZdlPvm(ptr noundef %178, i64 noundef %183) #22
  br label %184

184:                                              ; preds = %164, %181
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %15) #20
  %185 = load ptr, ptr %14, align 8, !tbaa !13
  %186 = icmp eq ptr %185, %171
  br i1 %186, label %190, label %187

187:                                              ; preds = %184
  %188 = load i64, ptr %171, align 8, !tbaa !15
  %189 = add i64 %188, 1
  call void @_ZdlPvm(ptr noundef %185, i64 noundef %189) #22
  br label %190

190:                                              ; preds = %184, %187
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #20
  %191 = load ptr, ptr %13, align 8, !tbaa !13
  %192 = icmp eq ptr %191, %166
  br i1 %192, label %196, label %193

193:                                              ; preds = %190
  %194 = load i64, ptr %166, align 8, !tbaa !15
  %195 = add i64 %194, 1
  call void @_ZdlPvm(ptr noundef %191, i64 noundef %195) #22
  br label %196

196:                                              ; preds = %190, %193
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %13) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %16) #20
  %197 = getelementptr inbounds i8, ptr %16, i64 16
  store ptr %197, ptr %16, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %197, ptr noundef nonnull align 1 dereferenceable(7) @.str.12, i64 7, i1 false)
  %198 = getelementptr inbounds i8, ptr %16, i64 8
  store i64 7, ptr %198, align 8, !tbaa !16
  %199 = getelementptr inbounds i8, ptr %16, i64 23
  store i8 0, ptr %199, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  %200 = tail call ptr @__errno_location() #24
  %201 = load i32, ptr %200, align 4, !tbaa !31
  store i32 0, ptr %200, align 4, !tbaa !31
  %202 = call noundef i64 @strtol(ptr noundef nonnull %197, ptr noundef nonnull %5, i32 noundef 10) #20
  %203 = load ptr, ptr %5, align 8, !tbaa !23
  %204 = icmp eq ptr %203, %197
  br i1 %204, label %205, label %206

205:                                              ; preds = %196
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.32) #21
  unreachable

206:                                              ; preds = %196
  %207 = load i32, ptr %200, align 4, !tbaa !31
  %208 = icmp eq i32 %207, 34
  %209 = add i64 %202, -2147483648
  %210 = icmp ult i64 %209, -4294967296
  %211 = or i1 %210, %208
  br i1 %211, label %212, label %213

212:                                              ; preds = %206
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.32) #21
  unreachable

213:                                              ; preds = %206
  %214 = icmp eq i32 %207, 0
  br i1 %214, label %215, label %216

215:                                              ; preds = %213
  store i32 %201, ptr %200, align 4, !tbaa !31
  br label %216

216:                                              ; preds = %213, %215
  %217 = trunc i64 %202 to i32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %17) #20
  %218 = getelementptr inbounds i8, ptr %17, i64 16
  store ptr %218, ptr %17, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(13) %218, ptr noundef nonnull align 1 dereferenceable(13) @.str.13, i64 13, i1 false)
  %219 = getelementptr inbounds i8, ptr %17, i64 8
  store i64 13, ptr %219, align 8, !tbaa !16
  %220 = getelementptr inbounds i8, ptr %17, i64 29
  store i8 0, ptr %220, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  %221 = load i32, ptr %200, align 4, !tbaa !31
  store i32 0, ptr %200, align 4, !tbaa !31
  %222 = call noundef i64 @strtol(ptr noundef nonnull %218, ptr noundef nonnull %4, i32 noundef 10) #20
  %223 = load ptr, ptr %4, align 8, !tbaa !23
  %224 = icmp eq ptr %223, %218
  br i1 %224, label %225, label %226

225:                                              ; preds = %216
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.33) #21
  unreachable

226:                                              ; preds = %216
  %227 = load i32, ptr %200, align 4, !tbaa !31
  switch i32 %227, label %230 [
    i32 34, label %228
    i32 0, label %229
  ]

228:                                              ; preds = %226
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.33) #21
  unreachable

229:                                              ; preds = %226
  store i32 %221, ptr %200, align 4, !tbaa !31
  br label %230

230:                                              ; preds = %226, %229
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %18) #20
  %231 = getelementptr inbounds i8, ptr %18, i64 16
  store ptr %231, ptr %18, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %231, ptr noundef nonnull align 1 dereferenceable(6) @.str.14, i64 6, i1 false)
  %232 = getelementptr inbounds i8, ptr %18, i64 8
  store i64 6, ptr %232, align 8, !tbaa !16
  %233 = getelementptr inbounds i8, ptr %18, i64 22
  store i8 0, ptr %233, align 2, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  %234 = load i32, ptr %200, align 4, !tbaa !31
  store i32 0, ptr %200, align 4, !tbaa !31
  %235 = call noundef double @strtod(ptr noundef nonnull %231, ptr noundef nonnull %3) #20
  %236 = load ptr, ptr %3, align 8, !tbaa !23
  %237 = icmp eq ptr %236, %231
  br i1 %237, label %238, label %239

238:                                              ; preds = %230
  call void @_ZSt24__throw_invalid_argumentPKc(ptr noundef nonnull @.str.34) #21
  unreachable

239:                                              ; preds = %230
  %240 = load i32, ptr %200, align 4, !tbaa !31
  switch i32 %240, label %243 [
    i32 34, label %241
    i32 0, label %242
  ]

241:                                              ; preds = %239
  call void @_ZSt20__throw_out_of_rangePKc(ptr noundef nonnull @.str.34) #21
  unreachable

242:                                              ; preds = %239
  store i32 %234, ptr %200, align 4, !tbaa !31
  br label %243

243:                                              ; preds = %239, %242
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  %244 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %217, i64 noundef %222, double noundef %235)
  %245 = load ptr, ptr %18, align 8, !tbaa !13
  %246 = icmp eq ptr %245, %231
  br i1 %246, label %250, label %247

247:                                              ; preds = %243
  %248 = load i64, ptr %231, align 8, !tbaa !15
  %249 = add i64 %248, 1
  call void @_ZdlPvm(ptr noundef %245, i64 noundef %249) #22
  br label %250

250:                                              ; preds = %243, %247
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %18) #20
  %251 = load ptr, ptr %17, align 8, !tbaa !13
  %252 = icmp eq ptr %251, %218
  br i1 %252, label %256, label %253

253:                                              ; preds = %250
  %254 = load i64, ptr %218, align 8, !tbaa !15
  %255 = add i64 %254, 1
  call void @_ZdlPvm(ptr noundef %251, i64 noundef %255) #22
  br label %256

256:                                              ; preds = %250, %253
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %17) #20
  %257 = load ptr, ptr %16, align 8, !tbaa !13
  %258 = icmp eq ptr %257, %197
  br i1 %258, label %262, label %259

259:                                              ; preds = %256
  %260 = load i64, ptr %197, align 8, !tbaa !15
  %261 = add i64 %260, 1
  call void @_ZdlPvm(ptr noundef %257, i64 noundef %261) #22
  br label %262

262:                                              ; preds = %256, %259
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %16) #20
  %263 = getelementptr inbounds i8, ptr %19, i64 16
  br label %326

264:                                              ; preds = %159, %264
  %265 = phi ptr [ %268, %264 ], [ %161, %159 ]
  %266 = load ptr, ptr %265, align 8, !tbaa !13
  %267 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, ptr noundef %266)
  %268 = getelementptr inbounds i8, ptr %265, i64 32
  %269 = icmp eq ptr %268, %162
  br i1 %269, label %164, label %264

270:                                              ; preds = %429
  call void @llvm.lifetime.start.p0(i64 160, ptr nonnull %20) #20
  store i32 7, ptr %20, align 8, !tbaa !33
  %271 = getelementptr inbounds i8, ptr %20, i64 32
  store i8 0, ptr %271, align 8, !tbaa !35
  %272 = getelementptr inbounds i8, ptr %20, i64 40
  store double 3.250000e+00, ptr %272, align 8, !tbaa !37
  %273 = getelementptr inbounds i8, ptr %20, i64 72
  store i8 1, ptr %273, align 8, !tbaa !35
  %274 = getelementptr inbounds i8, ptr %20, i64 80
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %21) #20
  %275 = getelementptr inbounds i8, ptr %21, i64 16
  store i32 1954047348, ptr %275, align 8
  %276 = getelementptr inbounds i8, ptr %21, i64 8
  %277 = getelementptr inbounds i8, ptr %21, i64 20
  store i8 0, ptr %277, align 4, !tbaa !15
  %278 = getelementptr inbounds i8, ptr %20, i64 96
  store ptr %278, ptr %274, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %278, ptr noundef nonnull align 8 dereferenceable(5) %275, i64 5, i1 false)
  %279 = getelementptr inbounds i8, ptr %20, i64 88
  store i64 4, ptr %279, align 8, !tbaa !16
  store ptr %275, ptr %21, align 8, !tbaa !13
  store i64 0, ptr %276, align 8, !tbaa !16
  store i8 0, ptr %275, align 8, !tbaa !15
  %280 = getelementptr inbounds i8, ptr %20, i64 112
  store i8 2, ptr %280, align 8, !tbaa !35
  %281 = getelementptr inbounds i8, ptr %20, i64 120
  store i32 0, ptr %281, align 8, !tbaa !33
  %282 = getelementptr inbounds i8, ptr %20, i64 152
  store i8 0, ptr %282, align 8, !tbaa !35
  %283 = call noalias noundef nonnull dereferenceable(160) ptr @_Znwm(i64 noundef 160) #25
  br label %284

284:                                              ; preds = %317, %270
  %285 = phi i64 [ %320, %317 ], [ 0, %270 ]
  %286 = phi i64 [ %319, %317 ], [ 0, %270 ]
  %287 = getelementptr inbounds i8, ptr %283, i64 %285
  %288 = getelementptr inbounds i8, ptr %20, i64 %286
  %289 = getelementptr inbounds i8, ptr %287, i64 32
  store i8 -1, ptr %289, align 8, !tbaa !35
  %290 = getelementptr inbounds i8, ptr %288, i64 32
  %291 = load i8, ptr %290, align 8, !tbaa !35
  switch i8 %291, label %316 [
    i8 0, label %292
    i8 1, label %294
    i8 2, label %296
  ]

292:                                              ; preds = %284
  %293 = load i32, ptr %288, align 8, !tbaa !31
  store i32 %293, ptr %287, align 4, !tbaa !33
  br label %317

294:                                              ; preds = %284
  %295 = load double, ptr %288, align 8, !tbaa !40
  store double %295, ptr %287, align 8, !tbaa !37
  br label %317

296:                                              ; preds = %284
  %297 = getelementptr inbounds i8, ptr %287, i64 16
  store ptr %297, ptr %287, align 8, !tbaa !6
  %298 = load ptr, ptr %288, align 8, !tbaa !13
  %299 = getelementptr inbounds i8, ptr %288, i64 8
  %300 = load i64, ptr %299, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #20
  store i64 %300, ptr %2, align 8, !tbaa !11
  %301 = icmp ugt i64 %300, 15
  br i1 %301, label %302, label %305

302:                                              ; preds = %296
  %303 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %287, ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef 0) #20
  store ptr %303, ptr %287, align 8, !tbaa !13
  %304 = load i64, ptr %2, align 8, !tbaa !11
  store i64 %304, ptr %297, align 8, !tbaa !15
  br label %305

305:                                              ; preds = %302, %296
  %306 = phi ptr [ %303, %302 ], [ %297, %296 ]
  switch i64 %300, label %309 [
    i64 1, label %307
    i64 0, label %310
  ]

307:                                              ; preds = %305
  %308 = load i8, ptr %298, align 1, !tbaa !15
  store i8 %308, ptr %306, align 1, !tbaa !15
  br label %310

309:                                              ; preds = %305
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %306, ptr align 1 %298, i64 %300, i1 false)
  br label %310

310:                                              ; preds = %309, %307, %305
  %311 = load i64, ptr %2, align 8, !tbaa !11
  %312 = getelementptr inbounds i8, ptr %287, i64 8
  store i64 %311, ptr %312, align 8, !tbaa !16
  %313 = load ptr, ptr %287, align 8, !tbaa !13
  %314 = getelementptr inbounds i8, ptr %313, i64 %311
  store i8 0, ptr %314, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #20
  %315 = load i8, ptr %290, align 8, !tbaa !35
  br label %317

316:                                              ; preds = %284
  unreachable

317:                                              ; preds = %310, %294, %292
  %318 = phi i8 [ 0, %292 ], [ 1, %294 ], [ %315, %310 ]
  store i8 %318, ptr %289, align 8, !tbaa !35
  %319 = add nuw nsw i64 %286, 40
  %320 = add nuw nsw i64 %285, 40
  %321 = icmp eq i64 %319, 160
  br i1 %321, label %322, label %284, !llvm.loop !41

322:                                              ; preds = %317
  %323 = getelementptr inbounds i8, ptr %20, i64 152
  %324 = load i8, ptr %323, align 8, !tbaa !35
  %325 = icmp ult i8 %324, 2
  br i1 %325, label %440, label %432

326:                                              ; preds = %262, %429
  %327 = phi i64 [ 0, %262 ], [ %430, %429 ]
  %328 = getelementptr inbounds i8, ptr @constinit, i64 %327
  %329 = load ptr, ptr %328, align 8, !tbaa !23
  %330 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %329) #20
  %331 = icmp eq i64 %330, 0
  br i1 %331, label %426, label %332

332:                                              ; preds = %326
  %333 = getelementptr inbounds i8, ptr %329, i64 %330
  br label %334

334:                                              ; preds = %340, %332
  %335 = phi ptr [ %345, %340 ], [ %329, %332 ]
  %336 = phi i32 [ %344, %340 ], [ 0, %332 ]
  %337 = load i8, ptr %335, align 1, !tbaa !15
  %338 = add i8 %337, -48
  %339 = icmp ult i8 %338, 10
  br i1 %339, label %340, label %426

340:                                              ; preds = %334
  %341 = zext nneg i8 %337 to i32
  %342 = mul nsw i32 %336, 10
  %343 = add i32 %342, -48
  %344 = add i32 %343, %341
  %345 = getelementptr inbounds i8, ptr %335, i64 1
  %346 = icmp eq ptr %345, %333
  br i1 %346, label %347, label %334

347:                                              ; preds = %340
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %19) #20
  call void @llvm.experimental.noalias.scope.decl(metadata !42)
  %348 = call i32 @llvm.abs.i32(i32 %344, i1 false)
  %349 = icmp ult i32 %348, 10
  br i1 %349, label %368, label %350

350:                                              ; preds = %347, %364
  %351 = phi i32 [ %365, %364 ], [ %348, %347 ]
  %352 = phi i32 [ %366, %364 ], [ 1, %347 ]
  %353 = icmp ult i32 %351, 100
  br i1 %353, label %354, label %356

354:                                              ; preds = %350
  %355 = add i32 %352, 1
  br label %368

356:                                              ; preds = %350
  %357 = icmp ult i32 %351, 1000
  br i1 %357, label %358, label %360

358:                                              ; preds = %356
  %359 = add i32 %352, 2
  br label %368

360:                                              ; preds = %356
  %361 = icmp ult i32 %351, 10000
  br i1 %361, label %362, label %364

362:                                              ; preds = %360
  %363 = add i32 %352, 3
  br label %368

364:                                              ; preds = %360
  %365 = udiv i32 %351, 10000
  %366 = add i32 %352, 4
  %367 = icmp ult i32 %351, 100000
  br i1 %367, label %368, label %350, !llvm.loop !45

368:                                              ; preds = %364, %362, %358, %354, %347
  %369 = phi i32 [ %355, %354 ], [ %359, %358 ], [ %363, %362 ], [ 1, %347 ], [ %366, %364 ]
  %370 = lshr i32 %344, 31
  %371 = add i32 %369, %370
  %372 = zext i32 %371 to i64
  store ptr %263, ptr %19, align 8, !tbaa !6, !alias.scope !42
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %19, i64 noundef %372, i8 noundef 45) #20
  %373 = zext nneg i32 %370 to i64
  %374 = load ptr, ptr %19, align 8, !tbaa !13, !alias.scope !42
  %375 = getelementptr inbounds i8, ptr %374, i64 %373
  %376 = icmp ugt i32 %348, 99
  br i1 %376, label %377, label %401

377:                                              ; preds = %368
  %378 = add i32 %369, -1
  br label %379

379:                                              ; preds = %379, %377
  %380 = phi i32 [ %383, %379 ], [ %348, %377 ]
  %381 = phi i32 [ %399, %379 ], [ %378, %377 ]
  %382 = freeze i32 %380
  %383 = udiv i32 %382, 100
  %384 = mul i32 %383, 100
  %385 = sub i32 %382, %384
  %386 = shl nuw nsw i32 %385, 1
  %387 = or disjoint i32 %386, 1
  %388 = zext nneg i32 %387 to i64
  %389 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %388
  %390 = load i8, ptr %389, align 1, !tbaa !15, !noalias !42
  %391 = zext i32 %381 to i64
  %392 = getelementptr inbounds i8, ptr %375, i64 %391
  store i8 %390, ptr %392, align 1, !tbaa !15
  %393 = zext nneg i32 %386 to i64
  %394 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %393
  %395 = load i8, ptr %394, align 1, !tbaa !15, !noalias !42
  %396 = add i32 %381, -1
  %397 = zext i32 %396 to i64
  %398 = getelementptr inbounds i8, ptr %375, i64 %397
  store i8 %395, ptr %398, align 1, !tbaa !15
  %399 = add i32 %381, -2
  %400 = icmp ugt i32 %380, 9999
  br i1 %400, label %379, label %401, !llvm.loop !46

401:                                              ; preds = %379, %368
  %402 = phi i32 [ %348, %368 ], [ %383, %379 ]
  %403 = icmp ugt i32 %402, 9
  br i1 %403, label %404, label %414

404:                                              ; preds = %401
  %405 = shl nuw nsw i32 %402, 1
  %406 = or disjoint i32 %405, 1
  %407 = zext nneg i32 %406 to i64
  %408 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %407
  %409 = load i8, ptr %408, align 1, !tbaa !15, !noalias !42
  %410 = getelementptr inbounds i8, ptr %375, i64 1
  store i8 %409, ptr %410, align 1, !tbaa !15
  %411 = zext nneg i32 %405 to i64
  %412 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %411
  %413 = load i8, ptr %412, align 1, !tbaa !15, !noalias !42
  br label %417

414:                                              ; preds = %401
  %415 = trunc nuw i32 %402 to i8
  %416 = or disjoint i8 %415, 48
  br label %417

417:                                              ; preds = %404, %414
  %418 = phi i8 [ %416, %414 ], [ %413, %404 ]
  store i8 %418, ptr %375, align 1, !tbaa !15
  %419 = load ptr, ptr %19, align 8, !tbaa !13
  %420 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %329, ptr noundef %419)
  %421 = load ptr, ptr %19, align 8, !tbaa !13
  %422 = icmp eq ptr %421, %263
  br i1 %422, label %428, label %423

423:                                              ; preds = %417
  %424 = load i64, ptr %263, align 8, !tbaa !15
  %425 = add i64 %424, 1
  call void @_ZdlPvm(ptr noundef %421, i64 noundef %425) #22
  br label %428

426:                                              ; preds = %334, %326
  %427 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull %329, ptr noundef nonnull @.str.20)
  br label %429

428:                                              ; preds = %417, %423
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %19) #20
  br label %429

429:                                              ; preds = %426, %428
  %430 = add nuw nsw i64 %327, 8
  %431 = icmp eq i64 %430, 32
  br i1 %431, label %270, label %326

432:                                              ; preds = %322
  %433 = getelementptr inbounds i8, ptr %20, i64 120
  %434 = load ptr, ptr %433, align 8, !tbaa !13
  %435 = getelementptr inbounds i8, ptr %20, i64 136
  %436 = icmp eq ptr %434, %435
  br i1 %436, label %440, label %437

437:                                              ; preds = %432
  %438 = load i64, ptr %435, align 8, !tbaa !15
  %439 = add i64 %438, 1
  call void @_ZdlPvm(ptr noundef %434, i64 noundef %439) #22
  br label %440

440:                                              ; preds = %322, %432, %437
  store i8 -1, ptr %323, align 8, !tbaa !35
  %441 = getelementptr inbounds i8, ptr %20, i64 112
  %442 = load i8, ptr %441, align 8, !tbaa !35
  %443 = icmp ult i8 %442, 2
  br i1 %443, label %452, label %444

444:                                              ; preds = %440
  %445 = getelementptr inbounds i8, ptr %20, i64 80
  %446 = load ptr, ptr %445, align 8, !tbaa !13
  %447 = getelementptr inbounds i8, ptr %20, i64 96
  %448 = icmp eq ptr %446, %447
  br i1 %448, label %452, label %449

449:                                              ; preds = %444
  %450 = load i64, ptr %447, align 8, !tbaa !15
  %451 = add i64 %450, 1
  call void @_ZdlPvm(ptr noundef %446, i64 noundef %451) #22
  br label %452

452:                                              ; preds = %449, %444, %440
  store i8 -1, ptr %441, align 8, !tbaa !35
  %453 = getelementptr inbounds i8, ptr %20, i64 72
  %454 = load i8, ptr %453, align 8, !tbaa !35
  %455 = icmp ult i8 %454, 2
  br i1 %455, label %464, label %456

456:                                              ; preds = %452
  %457 = getelementptr inbounds i8, ptr %20, i64 40
  %458 = load ptr, ptr %457, align 8, !tbaa !13
  %459 = getelementptr inbounds i8, ptr %20, i64 56
  %460 = icmp eq ptr %458, %459
  br i1 %460, label %464, label %461

461:                                              ; preds = %456
  %462 = load i64, ptr %459, align 8, !tbaa !15
  %463 = add i64 %462, 1
  call void @_ZdlPvm(ptr noundef %458, i64 noundef %463) #22
  br label %464

464:                                              ; preds = %461, %456, %452
  store i8 -1, ptr %453, align 8, !tbaa !35
  %465 = getelementptr inbounds i8, ptr %20, i64 32
  %466 = load i8, ptr %465, align 8, !tbaa !35
  %467 = icmp ult i8 %466, 2
  br i1 %467, label %475, label %468

468:                                              ; preds = %464
  %469 = load ptr, ptr %20, align 8, !tbaa !13
  %470 = getelementptr inbounds i8, ptr %20, i64 16
  %471 = icmp eq ptr %469, %470
  br i1 %471, label %475, label %472

472:                                              ; preds = %468
  %473 = load i64, ptr %470, align 8, !tbaa !15
  %474 = add i64 %473, 1
  call void @_ZdlPvm(ptr noundef %469, i64 noundef %474) #22
  br label %475

475:                                              ; preds = %472, %468, %464
  store i8 -1, ptr %465, align 8, !tbaa !35
  %476 = load ptr, ptr %21, align 8, !tbaa !13
  %477 = icmp eq ptr %476, %275
  br i1 %477, label %481, label %478

478:                                              ; preds = %475
  %479 = load i64, ptr %275, align 8, !tbaa !15
  %480 = add i64 %479, 1
  call void @_ZdlPvm(ptr noundef %476, i64 noundef %480) #22
  br label %481

481:                                              ; preds = %475, %478
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %21) #20
  call void @llvm.lifetime.end.p0(i64 160, ptr nonnull %20) #20
  %482 = getelementptr inbounds i8, ptr %22, i64 16
  %483 = getelementptr inbounds i8, ptr %22, i64 8
  %484 = getelementptr inbounds i8, ptr %1, i64 16
  br label %488

485:                                              ; preds = %531
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %24) #20
  %486 = getelementptr inbounds i8, ptr %24, i64 16
  store ptr %486, ptr %24, align 8, !tbaa !6
  %487 = getelementptr inbounds i8, ptr %24, i64 8
  store i64 0, ptr %487, align 8, !tbaa !16
  store i8 0, ptr %486, align 8, !tbaa !15
  br label %703

488:                                              ; preds = %481, %531
  %489 = phi ptr [ %283, %481 ], [ %532, %531 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %22) #20
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %23) #20
  %490 = getelementptr inbounds i8, ptr %489, i64 32
  %491 = load i8, ptr %490, align 8, !tbaa !35, !noalias !47
  switch i8 %491, label %520 [
    i8 0, label %492
    i8 1, label %494
    i8 2, label %519
  ]

492:                                              ; preds = %488
  %493 = load i32, ptr %489, align 4, !tbaa !31, !noalias !52
  call void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %22, ptr noundef nonnull align 1 dereferenceable(1) %23, i32 noundef %493)
  br label %521

494:                                              ; preds = %488
  call void @llvm.experimental.noalias.scope.decl(metadata !59)
  call void @llvm.experimental.noalias.scope.decl(metadata !62)
  %495 = load double, ptr %489, align 8, !tbaa !40, !noalias !65
  call void @llvm.experimental.noalias.scope.decl(metadata !66)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #20, !noalias !69
  call void (ptr, ptr, i64, ptr, ...) @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %1, ptr noundef nonnull @vsnprintf, i64 noundef 328, ptr noundef nonnull @.str.31, double noundef %495), !noalias !69
  call void @llvm.experimental.noalias.scope.decl(metadata !70)
  %496 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %1, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.39, i64 noundef 7) #20, !noalias !73
  store ptr %482, ptr %22, align 8, !tbaa !6, !alias.scope !73
  %497 = load ptr, ptr %496, align 8, !tbaa !13
  %498 = getelementptr inbounds i8, ptr %496, i64 16
  %499 = icmp eq ptr %497, %498
  br i1 %499, label %500, label %506

500:                                              ; preds = %494
  %501 = getelementptr inbounds i8, ptr %496, i64 8
  %502 = load i64, ptr %501, align 8, !tbaa !16
  %503 = add i64 %502, 1
  %504 = icmp eq i64 %503, 0
  br i1 %504, label %510, label %505

505:                                              ; preds = %500
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %482, ptr nonnull align 8 %498, i64 %503, i1 false)
  br label %510

506:                                              ; preds = %494
  store ptr %497, ptr %22, align 8, !tbaa !13, !alias.scope !73
  %507 = load i64, ptr %498, align 8, !tbaa !15
  store i64 %507, ptr %482, align 8, !tbaa !15, !alias.scope !73
  %508 = getelementptr inbounds i8, ptr %496, i64 8
  %509 = load i64, ptr %508, align 8, !tbaa !16
  br label %510

510:                                              ; preds = %506, %505, %500
  %511 = phi i64 [ -1, %500 ], [ %502, %505 ], [ %509, %506 ]
  %512 = getelementptr inbounds i8, ptr %496, i64 8
  store i64 %511, ptr %483, align 8, !tbaa !16, !alias.scope !73
  store ptr %498, ptr %496, align 8, !tbaa !13
  store i64 0, ptr %512, align 8, !tbaa !16
  store i8 0, ptr %498, align 8, !tbaa !15
  %513 = load ptr, ptr %1, align 8, !tbaa !13, !noalias !69
  %514 = icmp eq ptr %513, %484
  br i1 %514, label %518, label %515

515:                                              ; preds = %510
  %516 = load i64, ptr %484, align 8, !tbaa !15, !noalias !69
  %517 = add i64 %516, 1
  call void @_ZdlPvm(ptr noundef %513, i64 noundef %517) #22
  br label %518

518:                                              ; preds = %510, %515
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #20, !noalias !69
  br label %521

519:                                              ; preds = %488
  call void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %22, ptr noundef nonnull align 1 dereferenceable(1) %23, ptr noundef nonnull align 8 dereferenceable(32) %489)
  br label %521

520:                                              ; preds = %488
  unreachable

521:                                              ; preds = %492, %518, %519
  %522 = load ptr, ptr %22, align 8, !tbaa !13
  %523 = load i8, ptr %490, align 8, !tbaa !35
  %524 = zext i8 %523 to i64
  %525 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, ptr noundef %522, i64 noundef %524)
  %526 = load ptr, ptr %22, align 8, !tbaa !13
  %527 = icmp eq ptr %526, %482
  br i1 %527, label %531, label %528

528:                                              ; preds = %521
  %529 = load i64, ptr %482, align 8, !tbaa !15
  %530 = add i64 %529, 1
  call void @_ZdlPvm(ptr noundef %526, i64 noundef %530) #22
  br label %531

531:                                              ; preds = %521, %528
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %23) #20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %22) #20
  %532 = getelementptr inbounds i8, ptr %489, i64 40
  %533 = icmp eq ptr %489, %287
  br i1 %533, label %485, label %488

534:                                              ; preds = %719
  %535 = load i64, ptr %487, align 8, !tbaa !16
  %536 = icmp ugt i64 %727, 3
  %537 = select i1 %536, ptr @.str.24, ptr @.str.25
  %538 = getelementptr inbounds i8, ptr %724, i64 %535
  %539 = icmp eq i64 %535, 0
  br i1 %539, label %601, label %540

540:                                              ; preds = %534
  %541 = icmp ult i64 %535, 8
  br i1 %541, label %589, label %542

542:                                              ; preds = %540
  %543 = icmp ult i64 %535, 32
  br i1 %543, label %570, label %544

544:                                              ; preds = %542
  %545 = and i64 %535, -32
  br label %546

546:                                              ; preds = %546, %544
  %547 = phi i64 [ 0, %544 ], [ %560, %546 ]
  %548 = phi <16 x i32> [ zeroinitializer, %544 ], [ %558, %546 ]
  %549 = phi <16 x i32> [ zeroinitializer, %544 ], [ %559, %546 ]
  %550 = getelementptr i8, ptr %724, i64 %547
  %551 = getelementptr i8, ptr %550, i64 16
  %552 = load <16 x i8>, ptr %550, align 1, !tbaa !15
  %553 = load <16 x i8>, ptr %551, align 1, !tbaa !15
  %554 = icmp eq <16 x i8> %552, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %555 = icmp eq <16 x i8> %553, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %556 = zext <16 x i1> %554 to <16 x i32>
  %557 = zext <16 x i1> %555 to <16 x i32>
  %558 = add <16 x i32> %548, %556
  %559 = add <16 x i32> %549, %557
  %560 = add nuw i64 %547, 32
  %561 = icmp eq i64 %560, %545
  br i1 %561, label %562, label %546, !llvm.loop !74

562:                                              ; preds = %546
  %563 = add <16 x i32> %559, %558
  %564 = call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %563)
  %565 = icmp eq i64 %535, %545
  br i1 %565, label %601, label %566

566:                                              ; preds = %562
  %567 = getelementptr i8, ptr %724, i64 %545
  %568 = and i64 %535, 24
  %569 = icmp eq i64 %568, 0
  br i1 %569, label %589, label %570

570:                                              ; preds = %542, %566
  %571 = phi i32 [ %564, %566 ], [ 0, %542 ]
  %572 = phi i64 [ %545, %566 ], [ 0, %542 ]
  %573 = and i64 %535, -8
  %574 = getelementptr i8, ptr %724, i64 %573
  %575 = insertelement <8 x i32> <i32 poison, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>, i32 %571, i64 0
  br label %576

576:                                              ; preds = %576, %570
  %577 = phi i64 [ %572, %570 ], [ %584, %576 ]
  %578 = phi <8 x i32> [ %575, %570 ], [ %583, %576 ]
  %579 = getelementptr i8, ptr %724, i64 %577
  %580 = load <8 x i8>, ptr %579, align 1, !tbaa !15
  %581 = icmp eq <8 x i8> %580, <i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122, i8 122>
  %582 = zext <8 x i1> %581 to <8 x i32>
  %583 = add <8 x i32> %578, %582
  %584 = add nuw i64 %577, 8
  %585 = icmp eq i64 %584, %573
  br i1 %585, label %586, label %576, !llvm.loop !77

586:                                              ; preds = %576
  %587 = call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %583)
  %588 = icmp eq i64 %535, %573
  br i1 %588, label %601, label %589

589:                                              ; preds = %586, %540, %566
  %590 = phi i32 [ 0, %540 ], [ %564, %566 ], [ %587, %586 ]
  %591 = phi ptr [ %724, %540 ], [ %567, %566 ], [ %574, %586 ]
  br label %592

592:                                              ; preds = %589, %592
  %593 = phi i32 [ %598, %592 ], [ %590, %589 ]
  %594 = phi ptr [ %599, %592 ], [ %591, %589 ]
  %595 = load i8, ptr %594, align 1, !tbaa !15
  %596 = icmp eq i8 %595, 122
  %597 = zext i1 %596 to i32
  %598 = add i32 %593, %597
  %599 = getelementptr inbounds i8, ptr %594, i64 1
  %600 = icmp eq ptr %599, %538
  br i1 %600, label %601, label %592, !llvm.loop !78

601:                                              ; preds = %592, %562, %586, %534
  %602 = phi i32 [ 0, %534 ], [ %564, %562 ], [ %587, %586 ], [ %598, %592 ]
  %603 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %535, ptr noundef nonnull %537, i32 noundef %602)
  %604 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef 6, ptr noundef nonnull getelementptr inbounds (i8, ptr @.str.26, i64 2), i32 noundef 1)
  %605 = load ptr, ptr %24, align 8, !tbaa !13
  %606 = icmp eq ptr %605, %486
  br i1 %606, label %610, label %607

607:                                              ; preds = %601
  %608 = load i64, ptr %486, align 8, !tbaa !15
  %609 = add i64 %608, 1
  call void @_ZdlPvm(ptr noundef %605, i64 noundef %609) #22
  br label %610

610:                                              ; preds = %601, %607
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %24) #20
  %611 = getelementptr inbounds i8, ptr %283, i64 32
  %612 = load i8, ptr %611, align 8, !tbaa !35
  %613 = icmp ult i8 %612, 2
  br i1 %613, label %621, label %614

614:                                              ; preds = %610
  %615 = load ptr, ptr %283, align 8, !tbaa !13
  %616 = getelementptr inbounds i8, ptr %283, i64 16
  %617 = icmp eq ptr %615, %616
  br i1 %617, label %621, label %618

618:                                              ; preds = %614
  %619 = load i64, ptr %616, align 8, !tbaa !15
  %620 = add i64 %619, 1
  call void @_ZdlPvm(ptr noundef %615, i64 noundef %620) #22
  br label %621

621:                                              ; preds = %618, %614, %610
  store i8 -1, ptr %611, align 8, !tbaa !35
  %622 = getelementptr inbounds i8, ptr %283, i64 40
  %623 = icmp eq i64 %285, 0
  br i1 %623, label %664, label %624, !llvm.loop !79

624:                                              ; preds = %621
  %625 = getelementptr inbounds i8, ptr %283, i64 72
  %626 = load i8, ptr %625, align 8, !tbaa !35
  %627 = icmp ult i8 %626, 2
  br i1 %627, label %635, label %628

628:                                              ; preds = %624
  %629 = load ptr, ptr %622, align 8, !tbaa !13
  %630 = getelementptr inbounds i8, ptr %283, i64 56
  %631 = icmp eq ptr %629, %630
  br i1 %631, label %635, label %632

632:                                              ; preds = %628
  %633 = load i64, ptr %630, align 8, !tbaa !15
  %634 = add i64 %633, 1
  call void @_ZdlPvm(ptr noundef %629, i64 noundef %634) #22
  br label %635

635:                                              ; preds = %632, %628, %624
  store i8 -1, ptr %625, align 8, !tbaa !35
  %636 = getelementptr inbounds i8, ptr %283, i64 80
  %637 = icmp eq i64 %285, 40
  br i1 %637, label %664, label %638, !llvm.loop !79

638:                                              ; preds = %635
  %639 = getelementptr inbounds i8, ptr %283, i64 112
  %640 = load i8, ptr %639, align 8, !tbaa !35
  %641 = icmp ult i8 %640, 2
  br i1 %641, label %649, label %642

642:                                              ; preds = %638
  %643 = load ptr, ptr %636, align 8, !tbaa !13
  %644 = getelementptr inbounds i8, ptr %283, i64 96
  %645 = icmp eq ptr %643, %644
  br i1 %645, label %649, label %646

646:                                              ; preds = %642
  %647 = load i64, ptr %644, align 8, !tbaa !15
  %648 = add i64 %647, 1
  call void @_ZdlPvm(ptr noundef %643, i64 noundef %648) #22
  br label %649

649:                                              ; preds = %646, %642, %638
  store i8 -1, ptr %639, align 8, !tbaa !35
  %650 = getelementptr inbounds i8, ptr %283, i64 120
  %651 = icmp eq i64 %285, 80
  br i1 %651, label %664, label %652, !llvm.loop !79

652:                                              ; preds = %649
  %653 = getelementptr inbounds i8, ptr %283, i64 152
  %654 = load i8, ptr %653, align 8, !tbaa !35
  %655 = icmp ult i8 %654, 2
  br i1 %655, label %663, label %656

656:                                              ; preds = %652
  %657 = load ptr, ptr %650, align 8, !tbaa !13
  %658 = getelementptr inbounds i8, ptr %283, i64 136
  %659 = icmp eq ptr %657, %658
  br i1 %659, label %663, label %660

660:                                              ; preds = %656
  %661 = load i64, ptr %658, align 8, !tbaa !15
  %662 = add i64 %661, 1
  call void @_ZdlPvm(ptr noundef %657, i64 noundef %662) #22
  br label %663

663:                                              ; preds = %660, %656, %652
  store i8 -1, ptr %653, align 8, !tbaa !35
  br label %664

664:                                              ; preds = %663, %649, %635, %621
  call void @_ZdlPvm(ptr noundef nonnull %283, i64 noundef 160) #22
  %665 = load ptr, ptr %11, align 8, !tbaa !80
  %666 = load ptr, ptr %160, align 8, !tbaa !82
  %667 = icmp eq ptr %665, %666
  br i1 %667, label %681, label %668

668:                                              ; preds = %664, %676
  %669 = phi ptr [ %677, %676 ], [ %665, %664 ]
  %670 = load ptr, ptr %669, align 8, !tbaa !13
  %671 = getelementptr inbounds i8, ptr %669, i64 16
  %672 = icmp eq ptr %670, %671
  br i1 %672, label %676, label %673

673:                                              ; preds = %668
  %674 = load i64, ptr %671, align 8, !tbaa !15
  %675 = add i64 %674, 1
  call void @_ZdlPvm(ptr noundef %670, i64 noundef %675) #22
  br label %676

676:                                              ; preds = %673, %668
  %677 = getelementptr inbounds i8, ptr %669, i64 32
  %678 = icmp eq ptr %677, %666
  br i1 %678, label %679, label %668, !llvm.loop !83

679:                                              ; preds = %676
  %680 = load ptr, ptr %11, align 8, !tbaa !80
  br label %681

681:                                              ; preds = %679, %664
  %682 = phi ptr [ %680, %679 ], [ %665, %664 ]
  %683 = icmp eq ptr %682, null
  br i1 %683, label %690, label %684

684:                                              ; preds = %681
  %685 = getelementptr inbounds i8, ptr %11, i64 16
  %686 = load ptr, ptr %685, align 8, !tbaa !84
  %687 = ptrtoint ptr %686 to i64
  %688 = ptrtoint ptr %682 to i64
  %689 = sub i64 %687, %688
  call void @_ZdlPvm(ptr noundef nonnull %682, i64 noundef %689) #22
  br label %690

690:                                              ; preds = %681, %684
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %11) #20
  %691 = load ptr, ptr %10, align 8, !tbaa !13
  %692 = icmp eq ptr %691, %72
  br i1 %692, label %696, label %693

693:                                              ; preds = %690
  %694 = load i64, ptr %72, align 8, !tbaa !15
  %695 = add i64 %694, 1
  call void @_ZdlPvm(ptr noundef %691, i64 noundef %695) #22
  br label %696

696:                                              ; preds = %690, %693
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #20
  %697 = load ptr, ptr %8, align 8, !tbaa !13
  %698 = icmp eq ptr %697, %25
  br i1 %698, label %702, label %699

699:                                              ; preds = %696
  %700 = load i64, ptr %25, align 8, !tbaa !15
  %701 = add i64 %700, 1
  call void @_ZdlPvm(ptr noundef %697, i64 noundef %701) #22
  br label %702

702:                                              ; preds = %696, %699
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #20
  ret i32 0

703:                                              ; preds = %485, %719
  %704 = phi i32 [ 0, %485 ], [ %728, %719 ]
  %705 = phi ptr [ %486, %485 ], [ %724, %719 ]
  %706 = phi i64 [ 0, %485 ], [ %727, %719 ]
  %707 = trunc nuw i32 %704 to i16
  %708 = urem i16 %707, 26
  %709 = trunc nuw nsw i16 %708 to i8
  %710 = add nuw nsw i8 %709, 97
  %711 = load i64, ptr %487, align 8, !tbaa !16
  %712 = add i64 %711, 1
  %713 = icmp eq ptr %705, %486
  %714 = load i64, ptr %486, align 8
  %715 = select i1 %713, i64 15, i64 %714
  %716 = icmp ugt i64 %712, %715
  br i1 %716, label %717, label %719

717:                                              ; preds = %703
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_mutateEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %24, i64 noundef %711, i64 noundef 0, ptr noundef null, i64 noundef 1) #20
  %718 = load ptr, ptr %24, align 8, !tbaa !13
  br label %719

719:                                              ; preds = %703, %717
  %720 = phi ptr [ %718, %717 ], [ %705, %703 ]
  %721 = getelementptr inbounds i8, ptr %720, i64 %711
  store i8 %710, ptr %721, align 1, !tbaa !15
  store i64 %712, ptr %487, align 8, !tbaa !16
  %722 = load ptr, ptr %24, align 8, !tbaa !13
  %723 = getelementptr inbounds i8, ptr %722, i64 %712
  store i8 0, ptr %723, align 1, !tbaa !15
  %724 = load ptr, ptr %24, align 8, !tbaa !13
  %725 = icmp ne ptr %724, %705
  %726 = zext i1 %725 to i64
  %727 = add i64 %706, %726
  %728 = add nuw nsw i32 %704, 1
  %729 = icmp eq i32 %728, 1000
  br i1 %729, label %534, label %703, !llvm.loop !85
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5rfindEcm(ptr noundef nonnull align 8 dereferenceable(32), i8 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE12emplace_backIJSt17basic_string_viewIcS3_EEEERS5_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #4 comdat {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !23
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !84
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
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #21
  unreachable

19:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #20
  store i64 %10, ptr %3, align 8, !tbaa !11
  %20 = icmp ugt i64 %10, 15
  br i1 %20, label %21, label %24

21:                                               ; preds = %19
  %22 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #20
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
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #20
  %34 = load ptr, ptr %4, align 8, !tbaa !82
  %35 = getelementptr inbounds i8, ptr %34, i64 32
  store ptr %35, ptr %4, align 8, !tbaa !82
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

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) local_unnamed_addr #6

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) local_unnamed_addr #7

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN9__gnu_cxx12__to_xstringINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEcEET_PFiPT0_mPKS8_St9__va_listEmSB_z(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, ...) local_unnamed_addr #4 comdat {
  %5 = alloca i64, align 8
  %6 = alloca %"struct.std::__va_list", align 8
  %7 = alloca %"struct.std::__va_list", align 8
  %8 = alloca i8, i64 %2, align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #20
  call void @llvm.va_start.p0(ptr nonnull %6)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(32) %6, i64 32, i1 false), !tbaa.struct !86
  %9 = call noundef i32 %1(ptr noundef nonnull %8, i64 noundef %2, ptr noundef %3, ptr noundef nonnull %7) #20
  call void @llvm.va_end.p0(ptr nonnull %6)
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %11, ptr %0, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #20
  store i64 %10, ptr %5, align 8, !tbaa !11
  %12 = icmp ugt i32 %9, 15
  br i1 %12, label %13, label %16

13:                                               ; preds = %4
  %14 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0) #20
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

21:                                               ; preds = %16, %18, %20
  %22 = load i64, ptr %5, align 8, !tbaa !11
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %22, ptr %23, align 8, !tbaa !16
  %24 = load ptr, ptr %0, align 8, !tbaa !13
  %25 = getelementptr inbounds i8, ptr %24, i64 %22
  store i8 0, ptr %25, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #20
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
define linkonce_odr dso_local void @_ZNK8DescribeclB5cxx11Ei(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, i32 noundef %2) local_unnamed_addr #4 comdat {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #20
  tail call void @llvm.experimental.noalias.scope.decl(metadata !87)
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
  br i1 %24, label %25, label %7, !llvm.loop !45

25:                                               ; preds = %21, %19, %15, %11, %3
  %26 = phi i32 [ %12, %11 ], [ %16, %15 ], [ %20, %19 ], [ 1, %3 ], [ %23, %21 ]
  %27 = lshr i32 %2, 31
  %28 = add i32 %26, %27
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %30, ptr %4, align 8, !tbaa !6, !alias.scope !87
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef %29, i8 noundef 45) #20
  %31 = zext nneg i32 %27 to i64
  %32 = load ptr, ptr %4, align 8, !tbaa !13, !alias.scope !87
  %33 = getelementptr inbounds i8, ptr %32, i64 %31
  %34 = icmp ugt i32 %5, 99
  br i1 %34, label %35, label %59

35:                                               ; preds = %25
  %36 = add i32 %26, -1
  br label %37

37:                                               ; preds = %37, %35
  %38 = phi i32 [ %41, %37 ], [ %5, %35 ]
  %39 = phi i32 [ %57, %37 ], [ %36, %35 ]
  %40 = freeze i32 %38
  %41 = udiv i32 %40, 100
  %42 = mul i32 %41, 100
  %43 = sub i32 %40, %42
  %44 = shl nuw nsw i32 %43, 1
  %45 = or disjoint i32 %44, 1
  %46 = zext nneg i32 %45 to i64
  %47 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !15, !noalias !87
  %49 = zext i32 %39 to i64
  %50 = getelementptr inbounds i8, ptr %33, i64 %49
  store i8 %48, ptr %50, align 1, !tbaa !15
  %51 = zext nneg i32 %44 to i64
  %52 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !15, !noalias !87
  %54 = add i32 %39, -1
  %55 = zext i32 %54 to i64
  %56 = getelementptr inbounds i8, ptr %33, i64 %55
  store i8 %53, ptr %56, align 1, !tbaa !15
  %57 = add i32 %39, -2
  %58 = icmp ugt i32 %38, 9999
  br i1 %58, label %37, label %59, !llvm.loop !46

59:                                               ; preds = %37, %25
  %60 = phi i32 [ %5, %25 ], [ %41, %37 ]
  %61 = icmp ugt i32 %60, 9
  br i1 %61, label %62, label %72

62:                                               ; preds = %59
  %63 = shl nuw nsw i32 %60, 1
  %64 = or disjoint i32 %63, 1
  %65 = zext nneg i32 %64 to i64
  %66 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !15, !noalias !87
  %68 = getelementptr inbounds i8, ptr %33, i64 1
  store i8 %67, ptr %68, align 1, !tbaa !15
  %69 = zext nneg i32 %63 to i64
  %70 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %69
  %71 = load i8, ptr %70, align 1, !tbaa !15, !noalias !87
  br label %75

72:                                               ; preds = %59
  %73 = trunc nuw i32 %60 to i8
  %74 = or disjoint i8 %73, 48
  br label %75

75:                                               ; preds = %62, %72
  %76 = phi i8 [ %74, %72 ], [ %71, %62 ]
  store i8 %76, ptr %33, align 1, !tbaa !15
  call void @llvm.experimental.noalias.scope.decl(metadata !90)
  %77 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.36, i64 noundef 4) #20, !noalias !90
  %78 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %78, ptr %0, align 8, !tbaa !6, !alias.scope !90
  %79 = load ptr, ptr %77, align 8, !tbaa !13
  %80 = getelementptr inbounds i8, ptr %77, i64 16
  %81 = icmp eq ptr %79, %80
  br i1 %81, label %82, label %88

82:                                               ; preds = %75
  %83 = getelementptr inbounds i8, ptr %77, i64 8
  %84 = load i64, ptr %83, align 8, !tbaa !16
  %85 = add i64 %84, 1
  %86 = icmp eq i64 %85, 0
  br i1 %86, label %92, label %87

87:                                               ; preds = %82
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %78, ptr nonnull align 8 %80, i64 %85, i1 false)
  br label %92

88:                                               ; preds = %75
  store ptr %79, ptr %0, align 8, !tbaa !13, !alias.scope !90
  %89 = load i64, ptr %80, align 8, !tbaa !15
  store i64 %89, ptr %78, align 8, !tbaa !15, !alias.scope !90
  %90 = getelementptr inbounds i8, ptr %77, i64 8
  %91 = load i64, ptr %90, align 8, !tbaa !16
  br label %92

92:                                               ; preds = %82, %87, %88
  %93 = phi i64 [ -1, %82 ], [ %84, %87 ], [ %91, %88 ]
  %94 = getelementptr inbounds i8, ptr %77, i64 8
  %95 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %93, ptr %95, align 8, !tbaa !16, !alias.scope !90
  store ptr %80, ptr %77, align 8, !tbaa !13
  store i64 0, ptr %94, align 8, !tbaa !16
  store i8 0, ptr %80, align 8, !tbaa !15
  %96 = load ptr, ptr %4, align 8, !tbaa !13
  %97 = icmp eq ptr %96, %30
  br i1 %97, label %101, label %98

98:                                               ; preds = %92
  %99 = load i64, ptr %30, align 8, !tbaa !15
  %100 = add i64 %99, 1
  call void @_ZdlPvm(ptr noundef %96, i64 noundef %100) #22
  br label %101

101:                                              ; preds = %92, %98
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #20
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNK8DescribeclERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat {
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #20
  call void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_RKS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull @.str.40, ptr noundef nonnull align 8 dereferenceable(32) %2)
  call void @llvm.experimental.noalias.scope.decl(metadata !93)
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %6 = load i64, ptr %5, align 8, !tbaa !16, !noalias !93
  %7 = icmp eq i64 %6, 4611686018427387903
  br i1 %7, label %8, label %9

8:                                                ; preds = %3
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21, !noalias !93
  unreachable

9:                                                ; preds = %3
  %10 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull @.str.41, i64 noundef 1) #20, !noalias !93
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %11, ptr %0, align 8, !tbaa !6, !alias.scope !93
  %12 = load ptr, ptr %10, align 8, !tbaa !13
  %13 = getelementptr inbounds i8, ptr %10, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %15, label %21

15:                                               ; preds = %9
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !16
  %18 = add i64 %17, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %15
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %11, ptr nonnull align 8 %13, i64 %18, i1 false)
  br label %25

21:                                               ; preds = %9
  store ptr %12, ptr %0, align 8, !tbaa !13, !alias.scope !93
  %22 = load i64, ptr %13, align 8, !tbaa !15
  store i64 %22, ptr %11, align 8, !tbaa !15, !alias.scope !93
  %23 = getelementptr inbounds i8, ptr %10, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !16
  br label %25

25:                                               ; preds = %15, %20, %21
  %26 = phi i64 [ -1, %15 ], [ %17, %20 ], [ %24, %21 ]
  %27 = getelementptr inbounds i8, ptr %10, i64 8
  %28 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %26, ptr %28, align 8, !tbaa !16, !alias.scope !93
  store ptr %13, ptr %10, align 8, !tbaa !13
  store i64 0, ptr %27, align 8, !tbaa !16
  store i8 0, ptr %13, align 8, !tbaa !15
  %29 = load ptr, ptr %4, align 8, !tbaa !13
  %30 = getelementptr inbounds i8, ptr %4, i64 16
  %31 = icmp eq ptr %29, %30
  br i1 %31, label %35, label %32

32:                                               ; preds = %25
  %33 = load i64, ptr %30, align 8, !tbaa !15
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
  store ptr %5, ptr %0, align 8, !tbaa !6
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 0, ptr %6, align 8, !tbaa !16
  store i8 0, ptr %5, align 8, !tbaa !15
  %7 = getelementptr inbounds i8, ptr %2, i64 8
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = add i64 %8, %4
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7reserveEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %9) #20
  %10 = load i64, ptr %6, align 8, !tbaa !16
  %11 = sub i64 4611686018427387903, %10
  %12 = icmp ult i64 %11, %4
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

14:                                               ; preds = %3
  %15 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, i64 noundef %4) #20
  %16 = load i64, ptr %7, align 8, !tbaa !16
  %17 = load i64, ptr %6, align 8, !tbaa !16
  %18 = sub i64 4611686018427387903, %17
  %19 = icmp ult i64 %18, %16
  br i1 %19, label %20, label %21

20:                                               ; preds = %14
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.42) #21
  unreachable

21:                                               ; preds = %14
  %22 = load ptr, ptr %2, align 8, !tbaa !13
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
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJSt17basic_string_viewIcS3_EEEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(16) %2) local_unnamed_addr #4 comdat {
  %4 = alloca i64, align 8
  %5 = inttoptr i64 %1 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !82
  %8 = load ptr, ptr %0, align 8, !tbaa !23
  %9 = ptrtoint ptr %7 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = icmp eq i64 %11, 9223372036854775776
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.46) #21
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
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #25
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
  br i1 %37, label %38, label %39

38:                                               ; preds = %27
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.43) #21
  unreachable

39:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #20
  store i64 %30, ptr %4, align 8, !tbaa !11
  %40 = icmp ugt i64 %30, 15
  br i1 %40, label %41, label %44

41:                                               ; preds = %39
  %42 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #20
  store ptr %42, ptr %29, align 8, !tbaa !13
  %43 = load i64, ptr %4, align 8, !tbaa !11
  store i64 %43, ptr %34, align 8, !tbaa !15
  br label %44

44:                                               ; preds = %41, %39
  %45 = phi ptr [ %42, %41 ], [ %34, %39 ]
  switch i64 %30, label %48 [
    i64 1, label %46
    i64 0, label %49
  ]

46:                                               ; preds = %44
  %47 = load i8, ptr %33, align 1, !tbaa !15
  store i8 %47, ptr %45, align 1, !tbaa !15
  br label %49

48:                                               ; preds = %44
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %45, ptr align 1 %33, i64 %30, i1 false)
  br label %49

49:                                               ; preds = %44, %46, %48
  %50 = load i64, ptr %4, align 8, !tbaa !11
  %51 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %50, ptr %51, align 8, !tbaa !16
  %52 = load ptr, ptr %29, align 8, !tbaa !13
  %53 = getelementptr inbounds i8, ptr %52, i64 %50
  store i8 0, ptr %53, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #20
  %54 = icmp eq ptr %8, %5
  br i1 %54, label %79, label %55

55:                                               ; preds = %49, %72
  %56 = phi ptr [ %77, %72 ], [ %28, %49 ]
  %57 = phi ptr [ %76, %72 ], [ %8, %49 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !96)
  call void @llvm.experimental.noalias.scope.decl(metadata !99)
  %58 = getelementptr inbounds i8, ptr %56, i64 16
  store ptr %58, ptr %56, align 8, !tbaa !6, !alias.scope !96, !noalias !99
  %59 = load ptr, ptr %57, align 8, !tbaa !13, !alias.scope !99, !noalias !96
  %60 = getelementptr inbounds i8, ptr %57, i64 16
  %61 = icmp eq ptr %59, %60
  br i1 %61, label %62, label %68

62:                                               ; preds = %55
  %63 = getelementptr inbounds i8, ptr %57, i64 8
  %64 = load i64, ptr %63, align 8, !tbaa !16, !alias.scope !99, !noalias !96
  %65 = add i64 %64, 1
  %66 = icmp eq i64 %65, 0
  br i1 %66, label %72, label %67

67:                                               ; preds = %62
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %58, ptr nonnull align 8 %60, i64 %65, i1 false), !alias.scope !101
  br label %72

68:                                               ; preds = %55
  store ptr %59, ptr %56, align 8, !tbaa !13, !alias.scope !96, !noalias !99
  %69 = load i64, ptr %60, align 8, !tbaa !15, !alias.scope !99, !noalias !96
  store i64 %69, ptr %58, align 8, !tbaa !15, !alias.scope !96, !noalias !99
  %70 = getelementptr inbounds i8, ptr %57, i64 8
  %71 = load i64, ptr %70, align 8, !tbaa !16, !alias.scope !99, !noalias !96
  br label %72

72:                                               ; preds = %68, %67, %62
  %73 = phi i64 [ %71, %68 ], [ %64, %67 ], [ -1, %62 ]
  %74 = getelementptr inbounds i8, ptr %57, i64 8
  %75 = getelementptr inbounds i8, ptr %56, i64 8
  store i64 %73, ptr %75, align 8, !tbaa !16, !alias.scope !96, !noalias !99
  store ptr %60, ptr %57, align 8, !tbaa !13, !alias.scope !99, !noalias !96
  store i64 0, ptr %74, align 8, !tbaa !16, !alias.scope !99, !noalias !96
  store i8 0, ptr %60, align 1, !tbaa !15, !alias.scope !99, !noalias !96
  %76 = getelementptr inbounds i8, ptr %57, i64 32
  %77 = getelementptr inbounds i8, ptr %56, i64 32
  %78 = icmp eq ptr %76, %5
  br i1 %78, label %79, label %55, !llvm.loop !102

79:                                               ; preds = %72, %49
  %80 = phi ptr [ %28, %49 ], [ %77, %72 ]
  %81 = getelementptr inbounds i8, ptr %80, i64 32
  %82 = icmp eq ptr %7, %5
  br i1 %82, label %107, label %83

83:                                               ; preds = %79, %100
  %84 = phi ptr [ %105, %100 ], [ %81, %79 ]
  %85 = phi ptr [ %104, %100 ], [ %5, %79 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !103)
  call void @llvm.experimental.noalias.scope.decl(metadata !106)
  %86 = getelementptr inbounds i8, ptr %84, i64 16
  store ptr %86, ptr %84, align 8, !tbaa !6, !alias.scope !103, !noalias !106
  %87 = load ptr, ptr %85, align 8, !tbaa !13, !alias.scope !106, !noalias !103
  %88 = getelementptr inbounds i8, ptr %85, i64 16
  %89 = icmp eq ptr %87, %88
  br i1 %89, label %90, label %96

90:                                               ; preds = %83
  %91 = getelementptr inbounds i8, ptr %85, i64 8
  %92 = load i64, ptr %91, align 8, !tbaa !16, !alias.scope !106, !noalias !103
  %93 = add i64 %92, 1
  %94 = icmp eq i64 %93, 0
  br i1 %94, label %100, label %95

95:                                               ; preds = %90
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %86, ptr nonnull align 8 %88, i64 %93, i1 false), !alias.scope !108
  br label %100

96:                                               ; preds = %83
  store ptr %87, ptr %84, align 8, !tbaa !13, !alias.scope !103, !noalias !106
  %97 = load i64, ptr %88, align 8, !tbaa !15, !alias.scope !106, !noalias !103
  store i64 %97, ptr %86, align 8, !tbaa !15, !alias.scope !103, !noalias !106
  %98 = getelementptr inbounds i8, ptr %85, i64 8
  %99 = load i64, ptr %98, align 8, !tbaa !16, !alias.scope !106, !noalias !103
  br label %100

100:                                              ; preds = %96, %95, %90
  %101 = phi i64 [ %99, %96 ], [ %92, %95 ], [ -1, %90 ]
  %102 = getelementptr inbounds i8, ptr %85, i64 8
  %103 = getelementptr inbounds i8, ptr %84, i64 8
  store i64 %101, ptr %103, align 8, !tbaa !16, !alias.scope !103, !noalias !106
  store ptr %88, ptr %85, align 8, !tbaa !13, !alias.scope !106, !noalias !103
  store i64 0, ptr %102, align 8, !tbaa !16, !alias.scope !106, !noalias !103
  store i8 0, ptr %88, align 1, !tbaa !15, !alias.scope !106, !noalias !103
  %104 = getelementptr inbounds i8, ptr %85, i64 32
  %105 = getelementptr inbounds i8, ptr %84, i64 32
  %106 = icmp eq ptr %104, %7
  br i1 %106, label %107, label %83, !llvm.loop !102

107:                                              ; preds = %100, %79
  %108 = phi ptr [ %81, %79 ], [ %105, %100 ]
  %109 = getelementptr inbounds i8, ptr %0, i64 16
  %110 = icmp eq ptr %8, null
  br i1 %110, label %115, label %111

111:                                              ; preds = %107
  %112 = load ptr, ptr %109, align 8, !tbaa !84
  %113 = ptrtoint ptr %112 to i64
  %114 = sub i64 %113, %10
  call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %114) #22
  br label %115

115:                                              ; preds = %107, %111
  store ptr %28, ptr %0, align 8, !tbaa !80
  store ptr %108, ptr %6, align 8, !tbaa !82
  %116 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %20
  store ptr %116, ptr %109, align 8, !tbaa !84
  ret void
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #14

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #4 {
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
  br i1 %21, label %22, label %147, !llvm.loop !109

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
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #20
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
  call void @_ZdlPvm(ptr noundef %60, i64 noundef %64) #22
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
  call void @_ZdlPvm(ptr noundef %68, i64 noundef %72) #22
  br label %73

73:                                               ; preds = %70, %65
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #20
  br i1 %66, label %74, label %32, !llvm.loop !110

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
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #20
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
  br i1 %105, label %118, label %106, !prof !111

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
  %119 = phi ptr [ %79, %115 ], [ %102, %104 ], [ %114, %111 ]
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
  call void @_ZdlPvm(ptr noundef %134, i64 noundef %138) #22
  br label %139

139:                                              ; preds = %136, %132
  %140 = load ptr, ptr %5, align 8, !tbaa !13
  %141 = icmp eq ptr %140, %77
  br i1 %141, label %145, label %142

142:                                              ; preds = %139
  %143 = load i64, ptr %77, align 8, !tbaa !15
  %144 = add i64 %143, 1
  call void @_ZdlPvm(ptr noundef %140, i64 noundef %144) #22
  br label %145

145:                                              ; preds = %139, %142
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #20
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6)
  %146 = icmp sgt i64 %120, 32
  br i1 %146, label %82, label %272, !llvm.loop !112

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
  %167 = tail call i32 @memcmp(ptr noundef %166, ptr noundef %165, i64 noundef %156) #20
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
  %180 = tail call i32 @memcmp(ptr noundef %179, ptr noundef %178, i64 noundef %158) #20
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
  %191 = tail call i32 @memcmp(ptr noundef %190, ptr noundef %189, i64 noundef %156) #20
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
  %210 = tail call i32 @memcmp(ptr noundef %209, ptr noundef %208, i64 noundef %156) #20
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
  %222 = tail call i32 @memcmp(ptr noundef %221, ptr noundef %220, i64 noundef %158) #20
  %223 = icmp slt i32 %222, 0
  br i1 %223, label %225, label %224

224:                                              ; preds = %219, %217, %215
  br label %225

225:                                              ; preds = %224, %219, %215, %207, %202, %193, %188, %184, %177, %173
  %226 = phi ptr [ %154, %224 ], [ %16, %193 ], [ %154, %177 ], [ %154, %173 ], [ %155, %188 ], [ %155, %184 ], [ %16, %207 ], [ %16, %202 ], [ %155, %219 ], [ %155, %215 ]
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %9, ptr noundef nonnull align 8 dereferenceable(32) %226) #20
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
  %244 = tail call i32 @memcmp(ptr noundef %243, ptr noundef %242, i64 noundef %230) #20
  %245 = icmp slt i32 %244, 0
  br i1 %245, label %246, label %239

246:                                              ; preds = %241, %237
  %247 = getelementptr inbounds i8, ptr %233, i64 32
  br label %232, !llvm.loop !113

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
  %260 = tail call i32 @memcmp(ptr noundef %259, ptr noundef %258, i64 noundef %230) #20
  %261 = icmp slt i32 %260, 0
  br i1 %261, label %262, label %263

262:                                              ; preds = %257, %254
  br label %248, !llvm.loop !114

263:                                              ; preds = %257, %256, %254
  %264 = icmp ult ptr %233, %250
  br i1 %264, label %265, label %267

265:                                              ; preds = %263
  tail call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32) %233, ptr noundef nonnull align 8 dereferenceable(32) %250) #20
  %266 = getelementptr inbounds i8, ptr %233, i64 32
  br label %227, !llvm.loop !115

267:                                              ; preds = %263
  %268 = ptrtoint ptr %233 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_T1_"(i64 %268, i64 %150, i64 noundef %152, i64 %15)
  %269 = sub i64 %268, %0
  %270 = ashr exact i64 %269, 5
  %271 = icmp sgt i64 %270, 16
  br i1 %271, label %20, label %272, !llvm.loop !109

272:                                              ; preds = %267, %145, %4, %74
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEElS7_NS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SI_T1_T2_"(i64 %0, i64 noundef %1, i64 noundef %2, ptr noundef %3) unnamed_addr #4 {
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
  %29 = tail call i32 @memcmp(ptr noundef %28, ptr noundef %27, i64 noundef %18) #20
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
  br i1 %45, label %77, label %46, !prof !111

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
  %78 = phi ptr [ %63, %75 ], [ %42, %76 ], [ %41, %44 ], [ %61, %56 ]
  %79 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 0, ptr %79, align 8, !tbaa !16
  store i8 0, ptr %78, align 1, !tbaa !15
  %80 = icmp slt i64 %37, %8
  br i1 %80, label %10, label %81, !llvm.loop !116

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
  br i1 %99, label %131, label %100, !prof !111

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
  %132 = phi ptr [ %117, %129 ], [ %96, %130 ], [ %95, %98 ], [ %115, %110 ]
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
  %174 = call i32 @memcmp(ptr noundef %173, ptr noundef %172, i64 noundef %162) #20
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
  br i1 %183, label %211, label %184, !prof !111

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
  %212 = phi ptr [ %199, %209 ], [ %180, %210 ], [ %177, %182 ], [ %197, %192 ]
  store i64 0, ptr %161, align 8, !tbaa !16
  store i8 0, ptr %212, align 1, !tbaa !15
  %213 = icmp sgt i64 %159, %1
  br i1 %213, label %156, label %214, !llvm.loop !117

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
  br i1 %224, label %255, label %225, !prof !111

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

255:                                              ; preds = %223, %234, %253, %254
  %256 = phi ptr [ %241, %253 ], [ %136, %254 ], [ %218, %223 ], [ %239, %234 ]
  store i64 0, ptr %154, align 8, !tbaa !16
  store i8 0, ptr %256, align 1, !tbaa !15
  %257 = load ptr, ptr %5, align 8, !tbaa !13
  %258 = icmp eq ptr %257, %136
  br i1 %258, label %262, label %259

259:                                              ; preds = %255
  %260 = load i64, ptr %136, align 8, !tbaa !15
  %261 = add i64 %260, 1
  call void @_ZdlPvm(ptr noundef %257, i64 noundef %261) #22
  br label %262

262:                                              ; preds = %255, %259
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4swapERS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #15

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SH_T0_"(i64 %0, i64 %1) unnamed_addr #0 {
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
  %32 = call i32 @memcmp(ptr noundef %31, ptr noundef %30, i64 noundef %20) #20
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %34, label %143

34:                                               ; preds = %25, %29
  %35 = phi ptr [ %26, %25 ], [ %31, %29 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #20
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
  %98 = phi ptr [ %81, %95 ], [ %62, %96 ], [ %79, %74 ]
  %99 = getelementptr inbounds i8, ptr %57, i64 -24
  store i64 0, ptr %99, align 8, !tbaa !16
  store i8 0, ptr %98, align 1, !tbaa !15
  %100 = add nsw i64 %55, -1
  %101 = icmp sgt i64 %55, 1
  br i1 %101, label %54, label %102, !llvm.loop !118

102:                                              ; preds = %97
  %103 = load ptr, ptr %3, align 8, !tbaa !13
  br label %104

104:                                              ; preds = %102, %45
  %105 = phi ptr [ %103, %102 ], [ %46, %45 ]
  %106 = icmp eq ptr %105, %12
  br i1 %106, label %107, label %122

107:                                              ; preds = %104
  br i1 %15, label %135, label %108, !prof !111

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
  %136 = phi ptr [ %123, %133 ], [ %12, %134 ], [ %105, %107 ], [ %121, %117 ]
  store i64 0, ptr %13, align 8, !tbaa !16
  store i8 0, ptr %136, align 1, !tbaa !15
  %137 = load ptr, ptr %3, align 8, !tbaa !13
  %138 = icmp eq ptr %137, %12
  br i1 %138, label %142, label %139

139:                                              ; preds = %135
  %140 = load i64, ptr %12, align 8, !tbaa !15
  %141 = add i64 %140, 1
  call void @_ZdlPvm(ptr noundef %137, i64 noundef %141) #22
  br label %142

142:                                              ; preds = %135, %139
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #20
  br label %145

143:                                              ; preds = %29, %27, %23
  %144 = ptrtoint ptr %17 to i64
  call fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %144)
  br label %145

145:                                              ; preds = %142, %143
  %146 = getelementptr inbounds i8, ptr %17, i64 32
  %147 = icmp eq ptr %146, %5
  br i1 %147, label %148, label %16, !llvm.loop !119

148:                                              ; preds = %145, %7, %2
  ret void
}

; Function Attrs: mustprogress norecurse nounwind uwtable
define internal fastcc void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIS7_SaIS7_EEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(i64 %0) unnamed_addr #0 {
  %2 = alloca %"class.std::__cxx11::basic_string", align 8
  %3 = inttoptr i64 %0 to ptr
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %2) #20
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
  %40 = call i32 @memcmp(ptr noundef %37, ptr noundef %39, i64 noundef %23) #20
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
  %75 = phi ptr [ %62, %72 ], [ %45, %73 ], [ %60, %55 ]
  store i64 0, ptr %26, align 8, !tbaa !16
  store i8 0, ptr %75, align 1, !tbaa !15
  %76 = load i64, ptr %21, align 8, !tbaa !16
  br label %22, !llvm.loop !120

77:                                               ; preds = %38, %35, %31
  %78 = phi ptr [ %32, %31 ], [ %37, %35 ], [ %37, %38 ]
  %79 = getelementptr inbounds i8, ptr %24, i64 16
  %80 = icmp eq ptr %78, %4
  br i1 %80, label %81, label %97

81:                                               ; preds = %77
  %82 = icmp eq ptr %2, %24
  br i1 %82, label %110, label %83, !prof !111

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
  %111 = phi ptr [ %98, %108 ], [ %4, %109 ], [ %78, %81 ], [ %96, %91 ]
  store i64 0, ptr %21, align 8, !tbaa !16
  store i8 0, ptr %111, align 1, !tbaa !15
  %112 = load ptr, ptr %2, align 8, !tbaa !13
  %113 = icmp eq ptr %112, %4
  br i1 %113, label %117, label %114

114:                                              ; preds = %110
  %115 = load i64, ptr %4, align 8, !tbaa !15
  %116 = add i64 %115, 1
  call void @_ZdlPvm(ptr noundef %112, i64 noundef %116) #22
  br label %117

117:                                              ; preds = %110, %114
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
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #17

attributes #0 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #10 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nofree nounwind willreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress nofree nosync nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!33 = !{!34, !32, i64 0}
!34 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIiLb1EEE", !32, i64 0}
!35 = !{!36, !9, i64 32}
!36 = !{!"_ZTSNSt8__detail9__variant16_Variant_storageILb0EJidNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEE", !9, i64 0, !9, i64 32}
!37 = !{!38, !39, i64 0}
!38 = !{!"_ZTSNSt8__detail9__variant14_UninitializedIdLb1EEE", !39, i64 0}
!39 = !{!"double", !9, i64 0}
!40 = !{!39, !39, i64 0}
!41 = distinct !{!41, !21}
!42 = !{!43}
!43 = distinct !{!43, !44, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!44 = distinct !{!44, !"_ZNSt7__cxx119to_stringEi"}
!45 = distinct !{!45, !21}
!46 = distinct !{!46, !21}
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
!59 = !{!60}
!60 = distinct !{!60, !61, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_: argument 0"}
!61 = distinct !{!61, !"_ZSt8__invokeB5cxx11I8DescribeJRKdEENSt15__invoke_resultIT_JDpT0_EE4typeEOS4_DpOS5_"}
!62 = !{!63}
!63 = distinct !{!63, !64, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!64 = distinct !{!64, !"_ZSt13__invoke_implINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE8DescribeJRKdEET_St14__invoke_otherOT0_DpOT1_"}
!65 = !{!63, !60}
!66 = !{!67}
!67 = distinct !{!67, !68, !"_ZNK8DescribeclB5cxx11Ed: argument 0"}
!68 = distinct !{!68, !"_ZNK8DescribeclB5cxx11Ed"}
!69 = !{!67, !63, !60}
!70 = !{!71}
!71 = distinct !{!71, !72, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!72 = distinct !{!72, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!73 = !{!71, !67, !63, !60}
!74 = distinct !{!74, !21, !75, !76}
!75 = !{!"llvm.loop.isvectorized", i32 1}
!76 = !{!"llvm.loop.unroll.runtime.disable"}
!77 = distinct !{!77, !21, !75, !76}
!78 = distinct !{!78, !21, !76, !75}
!79 = distinct !{!79, !21}
!80 = !{!81, !8, i64 0}
!81 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!82 = !{!81, !8, i64 8}
!83 = distinct !{!83, !21}
!84 = !{!81, !8, i64 16}
!85 = distinct !{!85, !21}
!86 = !{i64 0, i64 8, !23, i64 8, i64 8, !23, i64 16, i64 8, !23, i64 24, i64 4, !31, i64 28, i64 4, !31}
!87 = !{!88}
!88 = distinct !{!88, !89, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!89 = distinct !{!89, !"_ZNSt7__cxx119to_stringEi"}
!90 = !{!91}
!91 = distinct !{!91, !92, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!92 = distinct !{!92, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!93 = !{!94}
!94 = distinct !{!94, !95, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_: argument 0"}
!95 = distinct !{!95, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEOS8_PKS5_"}
!96 = !{!97}
!97 = distinct !{!97, !98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!98 = distinct !{!98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!99 = !{!100}
!100 = distinct !{!100, !98, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!101 = !{!97, !100}
!102 = distinct !{!102, !21}
!103 = !{!104}
!104 = distinct !{!104, !105, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!105 = distinct !{!105, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!106 = !{!107}
!107 = distinct !{!107, !105, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!108 = !{!104, !107}
!109 = distinct !{!109, !21}
!110 = distinct !{!110, !21}
!111 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!112 = distinct !{!112, !21}
!113 = distinct !{!113, !21}
!114 = distinct !{!114, !21}
!115 = distinct !{!115, !21}
!116 = distinct !{!116, !21}
!117 = distinct !{!117, !21}
!118 = distinct !{!118, !21}
!119 = distinct !{!119, !21}
!120 = distinct !{!120, !21}
