; ModuleID = 'templates_inline.cpp'
source_filename = "templates_inline.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%struct.Registry = type { i32 }
%struct.Registry.0 = type { %"class.std::__cxx11::basic_string" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%"class.std::vector.10" = type { %"struct.std::_Vector_base.11" }
%"struct.std::_Vector_base.11" = type { %"struct.std::_Vector_base<std::function<int ()>, std::allocator<std::function<int ()>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::function<int ()>, std::allocator<std::function<int ()>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::function<int ()>, std::allocator<std::function<int ()>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::function<int ()>, std::allocator<std::function<int ()>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::function.15" = type { %"class.std::_Function_base", ptr }
%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.20" }
%"struct.std::_Head_base.20" = type { ptr }

$_ZN8RegistryIiEC2Ei = comdat any

$_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_ = comdat any

$_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev = comdat any

$_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_ = comdat any

$_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev = comdat any

$_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv = comdat any

$_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv = comdat any

$_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info = comdat any

$_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_ = comdat any

$_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev = comdat any

$_ZN8RegistryIiE9instancesE = comdat any

$_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE = comdat any

$shared_total = comdat any

$_ZZ7next_idvE2id = comdat any

$_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 = comdat any

$_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 = comdat any

$_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 = comdat any

$_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 = comdat any

$_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSSt19_Sp_make_shared_tag = comdat any

$_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag = comdat any

@_ZN7Movable6copiesE = dso_local local_unnamed_addr global i32 0, align 4
@_ZN7Movable5movesE = dso_local local_unnamed_addr global i32 0, align 4
@.str.1 = private unnamed_addr constant [68 x i8] c"Registry<int>: %d instances, %zu log entries; Registry<string>: %d\0A\00", align 1
@_ZN8RegistryIiE9instancesE = linkonce_odr dso_local local_unnamed_addr global i32 0, comdat, align 4
@_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE = linkonce_odr dso_local local_unnamed_addr global i32 0, comdat, align 4
@.str.2 = private unnamed_addr constant [31 x i8] c"ids %d %d %d, shared_total %d\0A\00", align 1
@shared_total = linkonce_odr dso_local local_unnamed_addr global i32 1000, comdat, align 4
@.str.3 = private unnamed_addr constant [15 x i8] c"sum_all = %ld\0A\00", align 1
@constinit = private unnamed_addr constant [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], align 4
@.str.4 = private unnamed_addr constant [27 x i8] c"scaled back %d, folded %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"counter %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"unique\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"shared\00", align 1
@.str.8 = private unnamed_addr constant [27 x i8] c"use_count %ld, expired %d\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.9 = private unnamed_addr constant [34 x i8] c"moved from is null: %d, owner %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [24 x i8] c"after reset expired %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [40 x i8] c"copies %d, moves %d, sizes %zu %zu %zu\0A\00", align 1
@_ZZ7next_idvE2id = linkonce_odr dso_local local_unnamed_addr global i32 0, comdat, align 4
@__libc_single_threaded = external local_unnamed_addr global i8, align 1
@.str.14 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 = linkonce_odr dso_local global %"class.std::vector" zeroinitializer, comdat, align 8
@_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 = linkonce_odr dso_local global i64 0, comdat, align 8
@__dso_handle = external hidden global i8
@_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 = linkonce_odr dso_local global %"class.std::vector" zeroinitializer, comdat, align 8
@_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 = linkonce_odr dso_local global i64 0, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@"_ZTSZ4mainE3$_1" = internal constant [12 x i8] c"Z4mainE3$_1\00", align 1
@"_ZTIZ4mainE3$_1" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_1" }, align 8
@.str.17 = private unnamed_addr constant [12 x i8] c"acquire %s\0A\00", align 1
@.str.18 = private unnamed_addr constant [12 x i8] c"release %s\0A\00", align 1
@_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @_ZTISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, ptr @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev, ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev, ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv, ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv, ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info] }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTSSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant [73 x i8] c"St23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE\00", comdat, align 1
@_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant [52 x i8] c"St16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE\00", comdat, align 1
@_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant [47 x i8] c"St11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE\00", comdat, align 1
@_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE }, comdat, align 8
@_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE, ptr @_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE }, comdat, align 8
@_ZTISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, ptr @_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE }, comdat, align 8
@_ZTSSt19_Sp_make_shared_tag = linkonce_odr dso_local constant [24 x i8] c"St19_Sp_make_shared_tag\00", comdat, align 1
@_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag = linkonce_odr dso_local constant [16 x i8] zeroinitializer, comdat, align 8
@"_ZTVSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @"_ZTISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", ptr @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev, ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev", ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv", ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv", ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"] }, align 8
@"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal constant [81 x i8] c"St19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE\00", align 1
@"_ZTISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", ptr @_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE }, align 8
@.str.19 = private unnamed_addr constant [20 x i8] c"custom deleter ran\0A\00", align 1
@"_ZTSZ4mainE3$_3" = internal constant [12 x i8] c"Z4mainE3$_3\00", align 1

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.Registry, align 4
  %4 = alloca %struct.Registry, align 4
  %5 = alloca %struct.Registry.0, align 8
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::function", align 8
  %8 = alloca %"class.std::vector.10", align 8
  %9 = alloca %"class.std::function.15", align 16
  %10 = alloca %"class.std::unique_ptr", align 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #21
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #21
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 2)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #21
  %11 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %11, ptr %6, align 8, !tbaa !6
  store i8 120, ptr %11, align 8, !tbaa !11
  %12 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 1, ptr %12, align 8, !tbaa !12
  %13 = getelementptr inbounds i8, ptr %6, i64 17
  store i8 0, ptr %13, align 1, !tbaa !11
  call void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull %6)
  %14 = load ptr, ptr %6, align 8, !tbaa !15
  %15 = icmp eq ptr %14, %11
  br i1 %15, label %19, label %16

16:                                               ; preds = %0
  %17 = load i64, ptr %11, align 8, !tbaa !11
  %18 = add i64 %17, 1
  call void @_ZdlPvm(ptr noundef %14, i64 noundef %18) #22
  br label %19

19:                                               ; preds = %0, %16
  %20 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %21 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %22 = and i8 %21, 1
  %23 = icmp eq i8 %22, 0
  br i1 %23, label %24, label %29, !prof !18

24:                                               ; preds = %19
  %25 = call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %29, label %27

27:                                               ; preds = %24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %28 = call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  br label %29

29:                                               ; preds = %19, %24, %27
  %30 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !19
  %31 = load ptr, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, align 8, !tbaa !21
  %32 = ptrtoint ptr %30 to i64
  %33 = ptrtoint ptr %31 to i64
  %34 = sub i64 %32, %33
  %35 = ashr exact i64 %34, 5
  %36 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !16
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %20, i64 noundef %35, i32 noundef %36)
  %38 = load i32, ptr @_ZZ7next_idvE2id, align 4, !tbaa !16
  %39 = add nsw i32 %38, 1
  %40 = add nsw i32 %38, 2
  %41 = add nsw i32 %38, 3
  store i32 %41, ptr @_ZZ7next_idvE2id, align 4, !tbaa !16
  %42 = load i32, ptr @shared_total, align 4, !tbaa !16
  %43 = add nsw i32 %42, 5
  store i32 %43, ptr @shared_total, align 4, !tbaa !16
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %39, i32 noundef %40, i32 noundef %41, i32 noundef %43)
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 108)
  %46 = call noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #23
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %46, ptr noundef nonnull align 4 dereferenceable(20) @constinit, i64 20, i1 false)
  %47 = call noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #23, !noalias !22
  %48 = getelementptr inbounds i8, ptr %47, i64 20
  br label %49

49:                                               ; preds = %87, %29
  %50 = phi ptr [ %48, %29 ], [ %88, %87 ]
  %51 = phi ptr [ %47, %29 ], [ %91, %87 ]
  %52 = phi ptr [ %47, %29 ], [ %90, %87 ]
  %53 = phi i64 [ 0, %29 ], [ %92, %87 ]
  %54 = getelementptr inbounds i8, ptr %46, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !16
  %56 = mul nsw i32 %55, 3
  %57 = icmp eq ptr %51, %50
  br i1 %57, label %59, label %58

58:                                               ; preds = %49
  store i32 %56, ptr %51, align 4, !tbaa !16
  br label %87

59:                                               ; preds = %49
  %60 = ptrtoint ptr %50 to i64
  %61 = ptrtoint ptr %52 to i64
  %62 = sub i64 %60, %61
  %63 = icmp eq i64 %62, 9223372036854775804
  br i1 %63, label %64, label %65

64:                                               ; preds = %59
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24
  unreachable

65:                                               ; preds = %59
  %66 = ashr exact i64 %62, 2
  %67 = call i64 @llvm.umax.i64(i64 %66, i64 1)
  %68 = add nsw i64 %67, %66
  %69 = icmp ult i64 %68, %66
  %70 = call i64 @llvm.umin.i64(i64 %68, i64 2305843009213693951)
  %71 = select i1 %69, i64 2305843009213693951, i64 %70
  %72 = icmp eq i64 %71, 0
  br i1 %72, label %76, label %73

73:                                               ; preds = %65
  %74 = shl nuw nsw i64 %71, 2
  %75 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %74) #23
  br label %76

76:                                               ; preds = %73, %65
  %77 = phi ptr [ %75, %73 ], [ null, %65 ]
  %78 = getelementptr inbounds i32, ptr %77, i64 %66
  store i32 %56, ptr %78, align 4, !tbaa !16
  %79 = icmp sgt i64 %62, 0
  br i1 %79, label %80, label %81

80:                                               ; preds = %76
  call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %77, ptr align 4 %52, i64 %62, i1 false)
  br label %81

81:                                               ; preds = %76, %80
  %82 = getelementptr inbounds i8, ptr %77, i64 %62
  %83 = icmp eq ptr %52, null
  br i1 %83, label %85, label %84

84:                                               ; preds = %81
  call void @_ZdlPvm(ptr noundef nonnull %52, i64 noundef %62) #22
  br label %85

85:                                               ; preds = %81, %84
  %86 = getelementptr inbounds i32, ptr %77, i64 %71
  br label %87

87:                                               ; preds = %85, %58
  %88 = phi ptr [ %86, %85 ], [ %50, %58 ]
  %89 = phi ptr [ %82, %85 ], [ %51, %58 ]
  %90 = phi ptr [ %77, %85 ], [ %52, %58 ]
  %91 = getelementptr inbounds i8, ptr %89, i64 4
  %92 = add nuw nsw i64 %53, 4
  %93 = icmp eq i64 %92, 20
  br i1 %93, label %94, label %49

94:                                               ; preds = %87
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #21
  %95 = getelementptr inbounds i8, ptr %7, i64 16
  %96 = getelementptr inbounds i8, ptr %7, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_", ptr %96, align 8, !tbaa !25
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %95, align 8, !tbaa !28
  %97 = ptrtoint ptr %90 to i64
  %98 = icmp eq ptr %90, %91
  br i1 %98, label %112, label %99

99:                                               ; preds = %94, %107
  %100 = phi i32 [ %109, %107 ], [ 0, %94 ]
  %101 = phi ptr [ %110, %107 ], [ %90, %94 ]
  %102 = load i32, ptr %101, align 4, !tbaa !16
  %103 = srem i32 %100, 1000
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2)
  store i32 %103, ptr %1, align 4, !tbaa !16
  store i32 %102, ptr %2, align 4, !tbaa !16
  %104 = load ptr, ptr %95, align 8, !tbaa !28
  %105 = icmp eq ptr %104, null
  br i1 %105, label %106, label %107

106:                                              ; preds = %99
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

107:                                              ; preds = %99
  %108 = load ptr, ptr %96, align 8, !tbaa !25
  %109 = call noundef i32 %108(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2)
  %110 = getelementptr inbounds i8, ptr %101, i64 4
  %111 = icmp eq ptr %101, %89
  br i1 %111, label %112, label %99

112:                                              ; preds = %107, %94
  %113 = phi i32 [ 0, %94 ], [ %109, %107 ]
  %114 = load i32, ptr %89, align 4, !tbaa !16
  %115 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %114, i32 noundef %113)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  %116 = getelementptr inbounds i8, ptr %9, i64 16
  %117 = getelementptr inbounds i8, ptr %9, i64 24
  %118 = getelementptr inbounds i8, ptr %8, i64 8
  %119 = getelementptr inbounds i8, ptr %8, i64 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %9, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %117, align 8, !tbaa !29
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %116, align 16, !tbaa !28
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 0, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %120 = load ptr, ptr %116, align 16, !tbaa !28
  %121 = icmp eq ptr %120, null
  br i1 %121, label %124, label %122

122:                                              ; preds = %112
  %123 = call noundef i1 %120(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %124

124:                                              ; preds = %112, %122
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  store <2 x i64> <i64 1, i64 0>, ptr %9, align 16
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %117, align 8, !tbaa !29
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %116, align 16, !tbaa !28
  %125 = load ptr, ptr %118, align 8, !tbaa !31
  %126 = load ptr, ptr %119, align 8, !tbaa !32
  %127 = icmp eq ptr %125, %126
  br i1 %127, label %139, label %128

128:                                              ; preds = %124
  %129 = getelementptr inbounds i8, ptr %125, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %125, i8 0, i64 24, i1 false)
  %130 = load ptr, ptr %117, align 8, !tbaa !29
  store ptr %130, ptr %129, align 8, !tbaa !29
  %131 = load ptr, ptr %116, align 16, !tbaa !28
  %132 = icmp eq ptr %131, null
  br i1 %132, label %136, label %133

133:                                              ; preds = %128
  %134 = getelementptr inbounds i8, ptr %125, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %125, ptr noundef nonnull align 16 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !34
  %135 = load ptr, ptr %116, align 16, !tbaa !28
  store ptr %135, ptr %134, align 8, !tbaa !28
  br label %136

136:                                              ; preds = %128, %133
  %137 = load ptr, ptr %118, align 8, !tbaa !35
  %138 = getelementptr inbounds i8, ptr %137, i64 32
  store ptr %138, ptr %118, align 8, !tbaa !35
  br label %145

139:                                              ; preds = %124
  %140 = ptrtoint ptr %125 to i64
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 %140, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %141 = load ptr, ptr %116, align 16, !tbaa !28
  %142 = icmp eq ptr %141, null
  br i1 %142, label %145, label %143

143:                                              ; preds = %139
  %144 = call noundef i1 %141(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %145

145:                                              ; preds = %136, %143, %139
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  store <2 x i64> <i64 2, i64 0>, ptr %9, align 16
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %117, align 8, !tbaa !29
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %116, align 16, !tbaa !28
  %146 = load ptr, ptr %118, align 8, !tbaa !31
  %147 = load ptr, ptr %119, align 8, !tbaa !32
  %148 = icmp eq ptr %146, %147
  br i1 %148, label %160, label %149

149:                                              ; preds = %145
  %150 = getelementptr inbounds i8, ptr %146, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %146, i8 0, i64 24, i1 false)
  %151 = load ptr, ptr %117, align 8, !tbaa !29
  store ptr %151, ptr %150, align 8, !tbaa !29
  %152 = load ptr, ptr %116, align 16, !tbaa !28
  %153 = icmp eq ptr %152, null
  br i1 %153, label %157, label %154

154:                                              ; preds = %149
  %155 = getelementptr inbounds i8, ptr %146, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %146, ptr noundef nonnull align 16 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !34
  %156 = load ptr, ptr %116, align 16, !tbaa !28
  store ptr %156, ptr %155, align 8, !tbaa !28
  br label %157

157:                                              ; preds = %149, %154
  %158 = load ptr, ptr %118, align 8, !tbaa !35
  %159 = getelementptr inbounds i8, ptr %158, i64 32
  store ptr %159, ptr %118, align 8, !tbaa !35
  br label %166

160:                                              ; preds = %145
  %161 = ptrtoint ptr %146 to i64
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 %161, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %162 = load ptr, ptr %116, align 16, !tbaa !28
  %163 = icmp eq ptr %162, null
  br i1 %163, label %166, label %164

164:                                              ; preds = %160
  %165 = call noundef i1 %162(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %166

166:                                              ; preds = %157, %164, %160
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  %167 = load ptr, ptr %8, align 8, !tbaa !31
  %168 = load ptr, ptr %118, align 8, !tbaa !31
  %169 = icmp eq ptr %167, %168
  br i1 %169, label %186, label %174

170:                                              ; preds = %180
  %171 = load ptr, ptr %8, align 8, !tbaa !31
  %172 = load ptr, ptr %118, align 8, !tbaa !31
  %173 = icmp eq ptr %171, %172
  br i1 %173, label %186, label %458

174:                                              ; preds = %166, %180
  %175 = phi ptr [ %184, %180 ], [ %167, %166 ]
  %176 = getelementptr inbounds i8, ptr %175, i64 16
  %177 = load ptr, ptr %176, align 8, !tbaa !28
  %178 = icmp eq ptr %177, null
  br i1 %178, label %179, label %180

179:                                              ; preds = %174
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

180:                                              ; preds = %174
  %181 = getelementptr inbounds i8, ptr %175, i64 24
  %182 = load ptr, ptr %181, align 8, !tbaa !29
  %183 = call noundef i32 %182(ptr noundef nonnull align 8 dereferenceable(16) %175) #21
  %184 = getelementptr inbounds i8, ptr %175, i64 32
  %185 = icmp eq ptr %184, %168
  br i1 %185, label %170, label %174

186:                                              ; preds = %464, %166, %170
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #21
  call void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %10, ptr noundef nonnull align 1 dereferenceable(7) @.str.6)
  %187 = call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #23, !noalias !36
  %188 = getelementptr inbounds i8, ptr %187, i64 8
  %189 = getelementptr inbounds i8, ptr %187, i64 12
  store <2 x i32> <i32 1, i32 1>, ptr %188, align 8, !tbaa !16, !noalias !41
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, i64 16), ptr %187, align 8, !tbaa !42, !noalias !41
  %190 = getelementptr inbounds i8, ptr %187, i64 16
  call void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef nonnull %190, ptr noundef nonnull align 1 dereferenceable(7) @.str.7), !noalias !41
  %191 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %192 = icmp eq i8 %191, 0
  br i1 %192, label %196, label %193

193:                                              ; preds = %186
  %194 = load i32, ptr %189, align 4, !tbaa !16
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %189, align 4, !tbaa !16
  br label %200

196:                                              ; preds = %186
  %197 = atomicrmw volatile add ptr %189, i32 1 acq_rel, align 4
  %198 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %199 = icmp eq i8 %198, 0
  br i1 %199, label %203, label %200

200:                                              ; preds = %193, %196
  %201 = load i32, ptr %188, align 4, !tbaa !16
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %188, align 4, !tbaa !16
  br label %205

203:                                              ; preds = %196
  %204 = atomicrmw volatile add ptr %188, i32 1 acq_rel, align 4
  br label %205

205:                                              ; preds = %203, %200
  %206 = load atomic i32, ptr %188 monotonic, align 8
  %207 = sext i32 %206 to i64
  %208 = load atomic i32, ptr %188 monotonic, align 8
  %209 = icmp eq i32 %208, 0
  %210 = zext i1 %209 to i32
  %211 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %207, i32 noundef %210)
  %212 = load atomic i64, ptr %188 acquire, align 8
  %213 = icmp eq i64 %212, 4294967297
  %214 = trunc i64 %212 to i32
  br i1 %213, label %215, label %222

215:                                              ; preds = %205
  store <2 x i32> zeroinitializer, ptr %188, align 8, !tbaa !16
  %216 = load ptr, ptr %187, align 8, !tbaa !42
  %217 = getelementptr inbounds i8, ptr %216, i64 16
  %218 = load ptr, ptr %217, align 8
  call void %218(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  %219 = load ptr, ptr %187, align 8, !tbaa !42
  %220 = getelementptr inbounds i8, ptr %219, i64 24
  %221 = load ptr, ptr %220, align 8
  call void %221(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  br label %233

222:                                              ; preds = %205
  %223 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %224 = icmp eq i8 %223, 0
  br i1 %224, label %227, label %225

225:                                              ; preds = %222
  %226 = add nsw i32 %214, -1
  store i32 %226, ptr %188, align 4, !tbaa !16
  br label %229

227:                                              ; preds = %222
  %228 = atomicrmw volatile add ptr %188, i32 -1 acq_rel, align 4
  br label %229

229:                                              ; preds = %227, %225
  %230 = phi i32 [ %214, %225 ], [ %228, %227 ]
  %231 = icmp eq i32 %230, 1
  br i1 %231, label %232, label %233, !prof !44

232:                                              ; preds = %229
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  br label %233

233:                                              ; preds = %232, %229, %215
  %234 = load ptr, ptr @stdout, align 8, !tbaa !31
  %235 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #23, !noalias !45
  %236 = getelementptr inbounds i8, ptr %235, i64 8
  store <2 x i32> <i32 1, i32 1>, ptr %236, align 8, !tbaa !16
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @"_ZTVSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", i64 16), ptr %235, align 8, !tbaa !42
  %237 = getelementptr inbounds i8, ptr %235, i64 16
  store ptr %234, ptr %237, align 8, !tbaa !48
  %238 = load i64, ptr %10, align 8, !tbaa !31
  %239 = inttoptr i64 %238 to ptr
  store ptr null, ptr %10, align 8, !tbaa !31
  %240 = load ptr, ptr %239, align 8, !tbaa !15
  %241 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, ptr noundef %240)
  %242 = load atomic i64, ptr %188 acquire, align 8
  %243 = icmp eq i64 %242, 4294967297
  %244 = trunc i64 %242 to i32
  br i1 %243, label %245, label %252

245:                                              ; preds = %233
  store <2 x i32> zeroinitializer, ptr %188, align 8, !tbaa !16
  %246 = load ptr, ptr %187, align 8, !tbaa !42
  %247 = getelementptr inbounds i8, ptr %246, i64 16
  %248 = load ptr, ptr %247, align 8
  call void %248(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  %249 = load ptr, ptr %187, align 8, !tbaa !42
  %250 = getelementptr inbounds i8, ptr %249, i64 24
  %251 = load ptr, ptr %250, align 8
  call void %251(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  br label %263

252:                                              ; preds = %233
  %253 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %254 = icmp eq i8 %253, 0
  br i1 %254, label %257, label %255

255:                                              ; preds = %252
  %256 = add nsw i32 %244, -1
  store i32 %256, ptr %188, align 4, !tbaa !16
  br label %259

257:                                              ; preds = %252
  %258 = atomicrmw volatile add ptr %188, i32 -1 acq_rel, align 4
  br label %259

259:                                              ; preds = %257, %255
  %260 = phi i32 [ %244, %255 ], [ %258, %257 ]
  %261 = icmp eq i32 %260, 1
  br i1 %261, label %262, label %263, !prof !44

262:                                              ; preds = %259
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  br label %263

263:                                              ; preds = %262, %259, %245
  %264 = load atomic i32, ptr %188 monotonic, align 8
  %265 = icmp eq i32 %264, 0
  %266 = zext i1 %265 to i32
  %267 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %266)
  %268 = load ptr, ptr %239, align 8, !tbaa !15
  %269 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %268)
  %270 = load ptr, ptr %239, align 8, !tbaa !15
  %271 = getelementptr inbounds i8, ptr %239, i64 16
  %272 = icmp eq ptr %270, %271
  br i1 %272, label %276, label %273

273:                                              ; preds = %263
  %274 = load i64, ptr %271, align 8, !tbaa !11
  %275 = add i64 %274, 1
  call void @_ZdlPvm(ptr noundef %270, i64 noundef %275) #22
  br label %276

276:                                              ; preds = %273, %263
  call void @_ZdlPvm(ptr noundef nonnull %239, i64 noundef 32) #22
  %277 = load atomic i64, ptr %236 acquire, align 8
  %278 = icmp eq i64 %277, 4294967297
  %279 = trunc i64 %277 to i32
  br i1 %278, label %280, label %287

280:                                              ; preds = %276
  store <2 x i32> zeroinitializer, ptr %236, align 8, !tbaa !16
  %281 = load ptr, ptr %235, align 8, !tbaa !42
  %282 = getelementptr inbounds i8, ptr %281, i64 16
  %283 = load ptr, ptr %282, align 8
  call void %283(ptr noundef nonnull align 8 dereferenceable(16) %235) #21
  %284 = load ptr, ptr %235, align 8, !tbaa !42
  %285 = getelementptr inbounds i8, ptr %284, i64 24
  %286 = load ptr, ptr %285, align 8
  call void %286(ptr noundef nonnull align 8 dereferenceable(16) %235) #21
  br label %298

287:                                              ; preds = %276
  %288 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %289 = icmp eq i8 %288, 0
  br i1 %289, label %292, label %290

290:                                              ; preds = %287
  %291 = add nsw i32 %279, -1
  store i32 %291, ptr %236, align 4, !tbaa !16
  br label %294

292:                                              ; preds = %287
  %293 = atomicrmw volatile add ptr %236, i32 -1 acq_rel, align 4
  br label %294

294:                                              ; preds = %292, %290
  %295 = phi i32 [ %279, %290 ], [ %293, %292 ]
  %296 = icmp eq i32 %295, 1
  br i1 %296, label %297, label %298, !prof !44

297:                                              ; preds = %294
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %235) #21
  br label %298

298:                                              ; preds = %297, %294, %280
  %299 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %300 = icmp eq i8 %299, 0
  br i1 %300, label %304, label %301

301:                                              ; preds = %298
  %302 = load i32, ptr %189, align 4, !tbaa !16
  %303 = add nsw i32 %302, -1
  store i32 %303, ptr %189, align 4, !tbaa !16
  br label %306

304:                                              ; preds = %298
  %305 = atomicrmw volatile add ptr %189, i32 -1 acq_rel, align 4
  br label %306

306:                                              ; preds = %304, %301
  %307 = phi i32 [ %302, %301 ], [ %305, %304 ]
  %308 = icmp eq i32 %307, 1
  br i1 %308, label %309, label %313

309:                                              ; preds = %306
  %310 = load ptr, ptr %187, align 8, !tbaa !42
  %311 = getelementptr inbounds i8, ptr %310, i64 24
  %312 = load ptr, ptr %311, align 8
  call void %312(ptr noundef nonnull align 8 dereferenceable(16) %187) #21
  br label %313

313:                                              ; preds = %309, %306
  %314 = load ptr, ptr %10, align 8, !tbaa !31
  %315 = icmp eq ptr %314, null
  br i1 %315, label %326, label %316

316:                                              ; preds = %313
  %317 = load ptr, ptr %314, align 8, !tbaa !15
  %318 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %317)
  %319 = load ptr, ptr %314, align 8, !tbaa !15
  %320 = getelementptr inbounds i8, ptr %314, i64 16
  %321 = icmp eq ptr %319, %320
  br i1 %321, label %325, label %322

322:                                              ; preds = %316
  %323 = load i64, ptr %320, align 8, !tbaa !11
  %324 = add i64 %323, 1
  call void @_ZdlPvm(ptr noundef %319, i64 noundef %324) #22
  br label %325

325:                                              ; preds = %322, %316
  call void @_ZdlPvm(ptr noundef nonnull %314, i64 noundef 32) #22
  br label %326

326:                                              ; preds = %313, %325
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #21
  %327 = call noalias noundef nonnull dereferenceable(96) ptr @_Znwm(i64 noundef 96) #23
  %328 = call noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #23
  %329 = insertelement <2 x ptr> poison, ptr %328, i64 0
  %330 = getelementptr inbounds i8, ptr %328, i64 400
  %331 = getelementptr inbounds i8, ptr %328, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %328, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %331, align 4, !tbaa !16
  %332 = getelementptr inbounds i8, ptr %328, i64 32
  %333 = getelementptr inbounds i8, ptr %328, i64 48
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %332, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %333, align 4, !tbaa !16
  %334 = getelementptr inbounds i8, ptr %328, i64 64
  %335 = getelementptr inbounds i8, ptr %328, i64 80
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %334, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %335, align 4, !tbaa !16
  %336 = getelementptr inbounds i8, ptr %328, i64 96
  %337 = getelementptr inbounds i8, ptr %328, i64 112
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %336, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %337, align 4, !tbaa !16
  %338 = getelementptr inbounds i8, ptr %328, i64 128
  %339 = getelementptr inbounds i8, ptr %328, i64 144
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %338, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %339, align 4, !tbaa !16
  %340 = getelementptr inbounds i8, ptr %328, i64 160
  %341 = getelementptr inbounds i8, ptr %328, i64 176
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %340, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %341, align 4, !tbaa !16
  %342 = getelementptr inbounds i8, ptr %328, i64 192
  %343 = getelementptr inbounds i8, ptr %328, i64 208
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %342, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %343, align 4, !tbaa !16
  %344 = getelementptr inbounds i8, ptr %328, i64 224
  %345 = getelementptr inbounds i8, ptr %328, i64 240
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %344, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %345, align 4, !tbaa !16
  %346 = getelementptr inbounds i8, ptr %328, i64 256
  %347 = getelementptr inbounds i8, ptr %328, i64 272
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %346, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %347, align 4, !tbaa !16
  %348 = getelementptr inbounds i8, ptr %328, i64 288
  %349 = getelementptr inbounds i8, ptr %328, i64 304
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %348, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %349, align 4, !tbaa !16
  %350 = getelementptr inbounds i8, ptr %328, i64 320
  %351 = getelementptr inbounds i8, ptr %328, i64 336
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %350, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %351, align 4, !tbaa !16
  %352 = getelementptr inbounds i8, ptr %328, i64 352
  %353 = getelementptr inbounds i8, ptr %328, i64 368
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %352, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %353, align 4, !tbaa !16
  %354 = getelementptr inbounds i8, ptr %328, i64 384
  store i32 1, ptr %354, align 4, !tbaa !16
  %355 = getelementptr inbounds i8, ptr %328, i64 388
  store i32 1, ptr %355, align 4, !tbaa !16
  %356 = getelementptr inbounds i8, ptr %328, i64 392
  store i32 1, ptr %356, align 4, !tbaa !16
  %357 = getelementptr inbounds i8, ptr %328, i64 396
  store i32 1, ptr %357, align 4, !tbaa !16
  %358 = insertelement <2 x ptr> %329, ptr %330, i64 1
  %359 = call noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #23
  store ptr %359, ptr %327, align 8, !tbaa !50
  %360 = getelementptr inbounds i8, ptr %327, i64 8
  %361 = getelementptr inbounds i8, ptr %359, i64 400
  %362 = getelementptr inbounds i8, ptr %327, i64 16
  store ptr %361, ptr %362, align 8, !tbaa !52
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(400) %359, ptr noundef nonnull align 4 dereferenceable(400) %328, i64 400, i1 false)
  store ptr %361, ptr %360, align 8, !tbaa !53
  %363 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %364 = add nsw i32 %363, 1
  store i32 %364, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %365 = getelementptr inbounds i8, ptr %327, i64 24
  store <2 x ptr> %358, ptr %365, align 8, !tbaa !31
  %366 = getelementptr inbounds i8, ptr %327, i64 40
  store ptr %330, ptr %366, align 8, !tbaa !52
  %367 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %368 = add nsw i32 %367, 1
  store i32 %368, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %369 = getelementptr inbounds i8, ptr %327, i64 48
  %370 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #23
  store ptr %370, ptr %369, align 8, !tbaa !50
  %371 = getelementptr inbounds i8, ptr %370, i64 40
  %372 = getelementptr inbounds i8, ptr %327, i64 64
  store ptr %371, ptr %372, align 8, !tbaa !52
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %370, align 4, !tbaa !16
  %373 = getelementptr inbounds i8, ptr %370, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %373, align 4, !tbaa !16
  %374 = getelementptr inbounds i8, ptr %370, i64 32
  store <2 x i32> <i32 1, i32 1>, ptr %374, align 4, !tbaa !16
  %375 = getelementptr inbounds i8, ptr %327, i64 56
  store ptr %371, ptr %375, align 8, !tbaa !53
  %376 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %377 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %378 = getelementptr inbounds i8, ptr %327, i64 8
  %379 = load ptr, ptr %378, align 8, !tbaa !53
  %380 = load ptr, ptr %327, align 8, !tbaa !50
  %381 = ptrtoint ptr %379 to i64
  %382 = ptrtoint ptr %380 to i64
  %383 = sub i64 %381, %382
  %384 = ashr exact i64 %383, 2
  %385 = getelementptr inbounds i8, ptr %327, i64 24
  %386 = getelementptr inbounds i8, ptr %327, i64 32
  %387 = load ptr, ptr %386, align 8, !tbaa !53
  %388 = load ptr, ptr %385, align 8, !tbaa !50
  %389 = ptrtoint ptr %387 to i64
  %390 = ptrtoint ptr %388 to i64
  %391 = sub i64 %389, %390
  %392 = ashr exact i64 %391, 2
  %393 = getelementptr inbounds i8, ptr %327, i64 48
  %394 = getelementptr inbounds i8, ptr %327, i64 56
  %395 = load ptr, ptr %394, align 8, !tbaa !53
  %396 = load ptr, ptr %393, align 8, !tbaa !50
  %397 = ptrtoint ptr %395 to i64
  %398 = ptrtoint ptr %396 to i64
  %399 = sub i64 %397, %398
  %400 = ashr exact i64 %399, 2
  %401 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %376, i32 noundef %377, i64 noundef %384, i64 noundef %392, i64 noundef %400)
  br label %402

402:                                              ; preds = %326, %413
  %403 = phi i64 [ %414, %413 ], [ 0, %326 ]
  %404 = getelementptr inbounds i8, ptr %327, i64 %403
  %405 = load ptr, ptr %404, align 8, !tbaa !50
  %406 = icmp eq ptr %405, null
  br i1 %406, label %413, label %407

407:                                              ; preds = %402
  %408 = getelementptr inbounds i8, ptr %404, i64 16
  %409 = load ptr, ptr %408, align 8, !tbaa !52
  %410 = ptrtoint ptr %409 to i64
  %411 = ptrtoint ptr %405 to i64
  %412 = sub i64 %410, %411
  call void @_ZdlPvm(ptr noundef nonnull %405, i64 noundef %412) #22
  br label %413

413:                                              ; preds = %407, %402
  %414 = add nuw nsw i64 %403, 24
  %415 = icmp eq i64 %414, 72
  br i1 %415, label %416, label %402, !llvm.loop !54

416:                                              ; preds = %413
  call void @_ZdlPvm(ptr noundef nonnull %327, i64 noundef 96) #22
  %417 = load ptr, ptr %8, align 8, !tbaa !56
  %418 = load ptr, ptr %118, align 8, !tbaa !35
  %419 = icmp eq ptr %417, %418
  br i1 %419, label %432, label %420

420:                                              ; preds = %416, %427
  %421 = phi ptr [ %428, %427 ], [ %417, %416 ]
  %422 = getelementptr inbounds i8, ptr %421, i64 16
  %423 = load ptr, ptr %422, align 8, !tbaa !28
  %424 = icmp eq ptr %423, null
  br i1 %424, label %427, label %425

425:                                              ; preds = %420
  %426 = call noundef i1 %423(ptr noundef nonnull align 8 dereferenceable(16) %421, ptr noundef nonnull align 8 dereferenceable(16) %421, i32 noundef 3) #21
  br label %427

427:                                              ; preds = %425, %420
  %428 = getelementptr inbounds i8, ptr %421, i64 32
  %429 = icmp eq ptr %428, %418
  br i1 %429, label %430, label %420, !llvm.loop !57

430:                                              ; preds = %427
  %431 = load ptr, ptr %8, align 8, !tbaa !56
  br label %432

432:                                              ; preds = %430, %416
  %433 = phi ptr [ %431, %430 ], [ %417, %416 ]
  %434 = icmp eq ptr %433, null
  br i1 %434, label %440, label %435

435:                                              ; preds = %432
  %436 = load ptr, ptr %119, align 8, !tbaa !32
  %437 = ptrtoint ptr %436 to i64
  %438 = ptrtoint ptr %433 to i64
  %439 = sub i64 %437, %438
  call void @_ZdlPvm(ptr noundef nonnull %433, i64 noundef %439) #22
  br label %440

440:                                              ; preds = %432, %435
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #21
  %441 = load ptr, ptr %95, align 8, !tbaa !28
  %442 = icmp eq ptr %441, null
  br i1 %442, label %445, label %443

443:                                              ; preds = %440
  %444 = call noundef i1 %441(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3) #21
  br label %445

445:                                              ; preds = %440, %443
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #21
  %446 = icmp eq ptr %90, null
  br i1 %446, label %450, label %447

447:                                              ; preds = %445
  %448 = ptrtoint ptr %88 to i64
  %449 = sub i64 %448, %97
  call void @_ZdlPvm(ptr noundef nonnull %90, i64 noundef %449) #22
  br label %450

450:                                              ; preds = %445, %447
  call void @_ZdlPvm(ptr noundef nonnull %46, i64 noundef 20) #22
  %451 = load ptr, ptr %5, align 8, !tbaa !15
  %452 = getelementptr inbounds i8, ptr %5, i64 16
  %453 = icmp eq ptr %451, %452
  br i1 %453, label %457, label %454

454:                                              ; preds = %450
  %455 = load i64, ptr %452, align 8, !tbaa !11
  %456 = add i64 %455, 1
  call void @_ZdlPvm(ptr noundef %451, i64 noundef %456) #22
  br label %457

457:                                              ; preds = %450, %454
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #21
  ret i32 0

458:                                              ; preds = %170, %464
  %459 = phi ptr [ %469, %464 ], [ %171, %170 ]
  %460 = getelementptr inbounds i8, ptr %459, i64 16
  %461 = load ptr, ptr %460, align 8, !tbaa !28
  %462 = icmp eq ptr %461, null
  br i1 %462, label %463, label %464

463:                                              ; preds = %458
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

464:                                              ; preds = %458
  %465 = getelementptr inbounds i8, ptr %459, i64 24
  %466 = load ptr, ptr %465, align 8, !tbaa !29
  %467 = call noundef i32 %466(ptr noundef nonnull align 8 dereferenceable(16) %459) #21
  %468 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %467)
  %469 = getelementptr inbounds i8, ptr %459, i64 32
  %470 = icmp eq ptr %469, %172
  br i1 %470, label %186, label %458
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #2 comdat {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  store i32 %1, ptr %0, align 4, !tbaa !58
  %4 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %6 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %7 = and i8 %6, 1
  %8 = icmp eq i8 %7, 0
  br i1 %8, label %9, label %14, !prof !18

9:                                                ; preds = %2
  %10 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %14, label %12

12:                                               ; preds = %9
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %13 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  br label %14

14:                                               ; preds = %2, %9, %12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #21
  %15 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %15, ptr %3, align 8, !tbaa !6
  store i32 1701077357, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %16, align 8, !tbaa !12
  %17 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %17, align 4, !tbaa !11
  %18 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !31
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 16), align 8, !tbaa !60
  %20 = icmp eq ptr %18, %19
  br i1 %20, label %31, label %21

21:                                               ; preds = %14
  %22 = getelementptr inbounds i8, ptr %18, i64 16
  store ptr %22, ptr %18, align 8, !tbaa !6
  %23 = load ptr, ptr %3, align 8, !tbaa !15
  %24 = icmp eq ptr %23, %15
  br i1 %24, label %25, label %26

25:                                               ; preds = %21
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %22, ptr noundef nonnull align 8 dereferenceable(5) %15, i64 5, i1 false)
  br label %28

26:                                               ; preds = %21
  store ptr %23, ptr %18, align 8, !tbaa !15
  %27 = load i64, ptr %15, align 8, !tbaa !11
  store i64 %27, ptr %22, align 8, !tbaa !11
  br label %28

28:                                               ; preds = %25, %26
  %29 = getelementptr inbounds i8, ptr %18, i64 8
  store i64 4, ptr %29, align 8, !tbaa !12
  %30 = getelementptr inbounds i8, ptr %18, i64 32
  store ptr %30, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !19
  br label %38

31:                                               ; preds = %14
  %32 = ptrtoint ptr %18 to i64
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 %32, ptr noundef nonnull align 8 dereferenceable(32) %3)
  %33 = load ptr, ptr %3, align 8, !tbaa !15
  %34 = icmp eq ptr %33, %15
  br i1 %34, label %38, label %35

35:                                               ; preds = %31
  %36 = load i64, ptr %15, align 8, !tbaa !11
  %37 = add i64 %36, 1
  call void @_ZdlPvm(ptr noundef %33, i64 noundef %37) #22
  br label %38

38:                                               ; preds = %28, %31, %35
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #21
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #2 comdat {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !6
  %5 = load ptr, ptr %1, align 8, !tbaa !15
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !12
  %11 = add i64 %10, 1
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %16, label %13

13:                                               ; preds = %8
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %4, ptr nonnull align 8 %6, i64 %11, i1 false)
  br label %16

14:                                               ; preds = %2
  store ptr %5, ptr %0, align 8, !tbaa !15
  %15 = load i64, ptr %6, align 8, !tbaa !11
  store i64 %15, ptr %4, align 8, !tbaa !11
  br label %16

16:                                               ; preds = %8, %13, %14
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !12
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !12
  store ptr %6, ptr %1, align 8, !tbaa !15
  store i64 0, ptr %17, align 8, !tbaa !12
  store i8 0, ptr %6, align 1, !tbaa !11
  %20 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !16
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !16
  %22 = load atomic i8, ptr @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 acquire, align 8
  %23 = and i8 %22, 1
  %24 = icmp eq i8 %23, 0
  br i1 %24, label %25, label %30, !prof !18

25:                                               ; preds = %16
  %26 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #21
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %30, label %28

28:                                               ; preds = %25
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %29 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #21
  br label %30

30:                                               ; preds = %16, %25, %28
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #21
  %31 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %31, ptr %3, align 8, !tbaa !6
  store i32 1701077357, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %32, align 8, !tbaa !12
  %33 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %33, align 4, !tbaa !11
  %34 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 8), align 8, !tbaa !31
  %35 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 16), align 8, !tbaa !60
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %47, label %37

37:                                               ; preds = %30
  %38 = getelementptr inbounds i8, ptr %34, i64 16
  store ptr %38, ptr %34, align 8, !tbaa !6
  %39 = load ptr, ptr %3, align 8, !tbaa !15
  %40 = icmp eq ptr %39, %31
  br i1 %40, label %41, label %42

41:                                               ; preds = %37
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %38, ptr noundef nonnull align 8 dereferenceable(5) %31, i64 5, i1 false)
  br label %44

42:                                               ; preds = %37
  store ptr %39, ptr %34, align 8, !tbaa !15
  %43 = load i64, ptr %31, align 8, !tbaa !11
  store i64 %43, ptr %38, align 8, !tbaa !11
  br label %44

44:                                               ; preds = %41, %42
  %45 = getelementptr inbounds i8, ptr %34, i64 8
  store i64 4, ptr %45, align 8, !tbaa !12
  %46 = getelementptr inbounds i8, ptr %34, i64 32
  store ptr %46, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 8), align 8, !tbaa !19
  br label %54

47:                                               ; preds = %30
  %48 = ptrtoint ptr %34 to i64
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 %48, ptr noundef nonnull align 8 dereferenceable(32) %3)
  %49 = load ptr, ptr %3, align 8, !tbaa !15
  %50 = icmp eq ptr %49, %31
  br i1 %50, label %54, label %51

51:                                               ; preds = %47
  %52 = load i64, ptr %31, align 8, !tbaa !11
  %53 = add i64 %52, 1
  call void @_ZdlPvm(ptr noundef %49, i64 noundef %53) #22
  br label %54

54:                                               ; preds = %44, %47, %51
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #21
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr") align 8 %0, ptr noundef nonnull align 1 dereferenceable(7) %1) local_unnamed_addr #5 comdat {
  %3 = alloca i64, align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = tail call noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #23
  %6 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %6, ptr %4, align 8, !tbaa !6
  %7 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #21
  store i64 %7, ptr %3, align 8, !tbaa !61
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #21
  store ptr %10, ptr %4, align 8, !tbaa !15
  %11 = load i64, ptr %3, align 8, !tbaa !61
  store i64 %11, ptr %6, align 8, !tbaa !11
  br label %12

12:                                               ; preds = %9, %2
  %13 = phi ptr [ %10, %9 ], [ %6, %2 ]
  switch i64 %7, label %16 [
    i64 1, label %14
    i64 0, label %17
  ]

14:                                               ; preds = %12
  %15 = load i8, ptr %1, align 1, !tbaa !11
  store i8 %15, ptr %13, align 1, !tbaa !11
  br label %17

16:                                               ; preds = %12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr nonnull align 1 %1, i64 %7, i1 false)
  br label %17

17:                                               ; preds = %12, %14, %16
  %18 = load i64, ptr %3, align 8, !tbaa !61
  %19 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !12
  %20 = load ptr, ptr %4, align 8, !tbaa !15
  %21 = getelementptr inbounds i8, ptr %20, i64 %18
  store i8 0, ptr %21, align 1, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #21
  %22 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %22, ptr %5, align 8, !tbaa !6
  %23 = load ptr, ptr %4, align 8, !tbaa !15
  %24 = icmp eq ptr %23, %6
  br i1 %24, label %25, label %30

25:                                               ; preds = %17
  %26 = load i64, ptr %19, align 8, !tbaa !12
  %27 = add i64 %26, 1
  %28 = icmp eq i64 %27, 0
  br i1 %28, label %33, label %29

29:                                               ; preds = %25
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %22, ptr nonnull align 8 %6, i64 %27, i1 false)
  br label %33

30:                                               ; preds = %17
  store ptr %23, ptr %5, align 8, !tbaa !15
  %31 = load i64, ptr %6, align 8, !tbaa !11
  store i64 %31, ptr %22, align 8, !tbaa !11
  %32 = load i64, ptr %19, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %25, %29, %30
  %34 = phi ptr [ %22, %25 ], [ %22, %29 ], [ %23, %30 ]
  %35 = phi i64 [ -1, %25 ], [ %26, %29 ], [ %32, %30 ]
  %36 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %35, ptr %36, align 8, !tbaa !12
  store ptr %6, ptr %4, align 8, !tbaa !15
  store i64 0, ptr %19, align 8, !tbaa !12
  store i8 0, ptr %6, align 8, !tbaa !11
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %34)
  store ptr %5, ptr %0, align 8, !tbaa !31
  %38 = load ptr, ptr %4, align 8, !tbaa !15
  %39 = icmp eq ptr %38, %6
  br i1 %39, label %43, label %40

40:                                               ; preds = %33
  %41 = load i64, ptr %6, align 8, !tbaa !11
  %42 = add i64 %41, 1
  call void @_ZdlPvm(ptr noundef %38, i64 noundef %42) #22
  br label %43

43:                                               ; preds = %33, %40
  ret void
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #6 comdat {
  %2 = load ptr, ptr %0, align 8, !tbaa !42
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(16) %0) #21
  %5 = getelementptr inbounds i8, ptr %0, i64 12
  %6 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i32, ptr %5, align 4, !tbaa !16
  %10 = add nsw i32 %9, -1
  store i32 %10, ptr %5, align 4, !tbaa !16
  br label %13

11:                                               ; preds = %1
  %12 = atomicrmw volatile add ptr %5, i32 -1 acq_rel, align 4
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi i32 [ %9, %8 ], [ %12, %11 ]
  %15 = icmp eq i32 %14, 1
  br i1 %15, label %16, label %20

16:                                               ; preds = %13
  %17 = load ptr, ptr %0, align 8, !tbaa !42
  %18 = getelementptr inbounds i8, ptr %17, i64 24
  %19 = load ptr, ptr %18, align 8
  tail call void %19(ptr noundef nonnull align 8 dereferenceable(16) %0) #21
  br label %20

20:                                               ; preds = %13, %16
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #7

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !19
  %7 = load ptr, ptr %0, align 8, !tbaa !31
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24
  unreachable

13:                                               ; preds = %3
  %14 = ashr exact i64 %10, 5
  %15 = tail call i64 @llvm.umax.i64(i64 %14, i64 1)
  %16 = add nsw i64 %15, %14
  %17 = icmp ult i64 %16, %14
  %18 = tail call i64 @llvm.umin.i64(i64 %16, i64 288230376151711743)
  %19 = select i1 %17, i64 288230376151711743, i64 %18
  %20 = sub i64 %1, %9
  %21 = ashr exact i64 %20, 5
  %22 = icmp eq i64 %19, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %13
  %24 = shl nuw nsw i64 %19, 5
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #23
  br label %26

26:                                               ; preds = %13, %23
  %27 = phi ptr [ %25, %23 ], [ null, %13 ]
  %28 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %21
  %29 = getelementptr inbounds i8, ptr %28, i64 16
  store ptr %29, ptr %28, align 8, !tbaa !6
  %30 = load ptr, ptr %2, align 8, !tbaa !15
  %31 = getelementptr inbounds i8, ptr %2, i64 16
  %32 = icmp eq ptr %30, %31
  br i1 %32, label %33, label %39

33:                                               ; preds = %26
  %34 = getelementptr inbounds i8, ptr %2, i64 8
  %35 = load i64, ptr %34, align 8, !tbaa !12
  %36 = add i64 %35, 1
  %37 = icmp eq i64 %36, 0
  br i1 %37, label %43, label %38

38:                                               ; preds = %33
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %29, ptr nonnull align 8 %31, i64 %36, i1 false)
  br label %43

39:                                               ; preds = %26
  store ptr %30, ptr %28, align 8, !tbaa !15
  %40 = load i64, ptr %31, align 8, !tbaa !11
  store i64 %40, ptr %29, align 8, !tbaa !11
  %41 = getelementptr inbounds i8, ptr %2, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !12
  br label %43

43:                                               ; preds = %33, %38, %39
  %44 = phi i64 [ -1, %33 ], [ %35, %38 ], [ %42, %39 ]
  %45 = getelementptr inbounds i8, ptr %2, i64 8
  %46 = getelementptr inbounds i8, ptr %28, i64 8
  store i64 %44, ptr %46, align 8, !tbaa !12
  store ptr %31, ptr %2, align 8, !tbaa !15
  store i64 0, ptr %45, align 8, !tbaa !12
  store i8 0, ptr %31, align 8, !tbaa !11
  %47 = icmp eq ptr %7, %4
  br i1 %47, label %72, label %48

48:                                               ; preds = %43, %65
  %49 = phi ptr [ %70, %65 ], [ %27, %43 ]
  %50 = phi ptr [ %69, %65 ], [ %7, %43 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !62)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !65)
  %51 = getelementptr inbounds i8, ptr %49, i64 16
  store ptr %51, ptr %49, align 8, !tbaa !6, !alias.scope !62, !noalias !65
  %52 = load ptr, ptr %50, align 8, !tbaa !15, !alias.scope !65, !noalias !62
  %53 = getelementptr inbounds i8, ptr %50, i64 16
  %54 = icmp eq ptr %52, %53
  br i1 %54, label %55, label %61

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %50, i64 8
  %57 = load i64, ptr %56, align 8, !tbaa !12, !alias.scope !65, !noalias !62
  %58 = add i64 %57, 1
  %59 = icmp eq i64 %58, 0
  br i1 %59, label %65, label %60

60:                                               ; preds = %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %51, ptr nonnull align 8 %53, i64 %58, i1 false), !alias.scope !67
  br label %65

61:                                               ; preds = %48
  store ptr %52, ptr %49, align 8, !tbaa !15, !alias.scope !62, !noalias !65
  %62 = load i64, ptr %53, align 8, !tbaa !11, !alias.scope !65, !noalias !62
  store i64 %62, ptr %51, align 8, !tbaa !11, !alias.scope !62, !noalias !65
  %63 = getelementptr inbounds i8, ptr %50, i64 8
  %64 = load i64, ptr %63, align 8, !tbaa !12, !alias.scope !65, !noalias !62
  br label %65

65:                                               ; preds = %61, %60, %55
  %66 = phi i64 [ %64, %61 ], [ %57, %60 ], [ -1, %55 ]
  %67 = getelementptr inbounds i8, ptr %50, i64 8
  %68 = getelementptr inbounds i8, ptr %49, i64 8
  store i64 %66, ptr %68, align 8, !tbaa !12, !alias.scope !62, !noalias !65
  store ptr %53, ptr %50, align 8, !tbaa !15, !alias.scope !65, !noalias !62
  store i64 0, ptr %67, align 8, !tbaa !12, !alias.scope !65, !noalias !62
  store i8 0, ptr %53, align 1, !tbaa !11, !alias.scope !65, !noalias !62
  %69 = getelementptr inbounds i8, ptr %50, i64 32
  %70 = getelementptr inbounds i8, ptr %49, i64 32
  %71 = icmp eq ptr %69, %4
  br i1 %71, label %72, label %48, !llvm.loop !68

72:                                               ; preds = %65, %43
  %73 = phi ptr [ %27, %43 ], [ %70, %65 ]
  %74 = getelementptr inbounds i8, ptr %73, i64 32
  %75 = icmp eq ptr %6, %4
  br i1 %75, label %100, label %76

76:                                               ; preds = %72, %93
  %77 = phi ptr [ %98, %93 ], [ %74, %72 ]
  %78 = phi ptr [ %97, %93 ], [ %4, %72 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !69)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !72)
  %79 = getelementptr inbounds i8, ptr %77, i64 16
  store ptr %79, ptr %77, align 8, !tbaa !6, !alias.scope !69, !noalias !72
  %80 = load ptr, ptr %78, align 8, !tbaa !15, !alias.scope !72, !noalias !69
  %81 = getelementptr inbounds i8, ptr %78, i64 16
  %82 = icmp eq ptr %80, %81
  br i1 %82, label %83, label %89

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %78, i64 8
  %85 = load i64, ptr %84, align 8, !tbaa !12, !alias.scope !72, !noalias !69
  %86 = add i64 %85, 1
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %93, label %88

88:                                               ; preds = %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %79, ptr nonnull align 8 %81, i64 %86, i1 false), !alias.scope !74
  br label %93

89:                                               ; preds = %76
  store ptr %80, ptr %77, align 8, !tbaa !15, !alias.scope !69, !noalias !72
  %90 = load i64, ptr %81, align 8, !tbaa !11, !alias.scope !72, !noalias !69
  store i64 %90, ptr %79, align 8, !tbaa !11, !alias.scope !69, !noalias !72
  %91 = getelementptr inbounds i8, ptr %78, i64 8
  %92 = load i64, ptr %91, align 8, !tbaa !12, !alias.scope !72, !noalias !69
  br label %93

93:                                               ; preds = %89, %88, %83
  %94 = phi i64 [ %92, %89 ], [ %85, %88 ], [ -1, %83 ]
  %95 = getelementptr inbounds i8, ptr %78, i64 8
  %96 = getelementptr inbounds i8, ptr %77, i64 8
  store i64 %94, ptr %96, align 8, !tbaa !12, !alias.scope !69, !noalias !72
  store ptr %81, ptr %78, align 8, !tbaa !15, !alias.scope !72, !noalias !69
  store i64 0, ptr %95, align 8, !tbaa !12, !alias.scope !72, !noalias !69
  store i8 0, ptr %81, align 1, !tbaa !11, !alias.scope !72, !noalias !69
  %97 = getelementptr inbounds i8, ptr %78, i64 32
  %98 = getelementptr inbounds i8, ptr %77, i64 32
  %99 = icmp eq ptr %97, %6
  br i1 %99, label %100, label %76, !llvm.loop !68

100:                                              ; preds = %93, %72
  %101 = phi ptr [ %74, %72 ], [ %98, %93 ]
  %102 = getelementptr inbounds i8, ptr %0, i64 16
  %103 = icmp eq ptr %7, null
  br i1 %103, label %108, label %104

104:                                              ; preds = %100
  %105 = load ptr, ptr %102, align 8, !tbaa !60
  %106 = ptrtoint ptr %105 to i64
  %107 = sub i64 %106, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %107) #22
  br label %108

108:                                              ; preds = %100, %104
  store ptr %27, ptr %0, align 8, !tbaa !21
  store ptr %101, ptr %5, align 8, !tbaa !19
  %109 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %19
  store ptr %109, ptr %102, align 8, !tbaa !60
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #10

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat {
  %2 = load ptr, ptr %0, align 8, !tbaa !21
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !19
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !15
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !11
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #22
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !75

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !21
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !60
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #22
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #12

; Function Attrs: nofree nounwind
declare void @__cxa_guard_release(ptr) local_unnamed_addr #12

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #13

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %2) #14 {
  %4 = load i32, ptr %1, align 4, !tbaa !16
  %5 = load i32, ptr %2, align 4, !tbaa !16
  %6 = mul nsw i32 %4, 10
  %7 = add nsw i32 %6, %5
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !31
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #7

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !35
  %7 = load ptr, ptr %0, align 8, !tbaa !31
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24
  unreachable

13:                                               ; preds = %3
  %14 = ashr exact i64 %10, 5
  %15 = tail call i64 @llvm.umax.i64(i64 %14, i64 1)
  %16 = add nsw i64 %15, %14
  %17 = icmp ult i64 %16, %14
  %18 = tail call i64 @llvm.umin.i64(i64 %16, i64 288230376151711743)
  %19 = select i1 %17, i64 288230376151711743, i64 %18
  %20 = sub i64 %1, %9
  %21 = ashr exact i64 %20, 5
  %22 = icmp eq i64 %19, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %13
  %24 = shl nuw nsw i64 %19, 5
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #23
  br label %26

26:                                               ; preds = %13, %23
  %27 = phi ptr [ %25, %23 ], [ null, %13 ]
  %28 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %21
  %29 = getelementptr inbounds i8, ptr %28, i64 24
  %30 = getelementptr inbounds i8, ptr %2, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %28, i8 0, i64 24, i1 false)
  %31 = load ptr, ptr %30, align 8, !tbaa !29
  store ptr %31, ptr %29, align 8, !tbaa !29
  %32 = getelementptr inbounds i8, ptr %2, i64 16
  %33 = load ptr, ptr %32, align 8, !tbaa !28
  %34 = icmp eq ptr %33, null
  br i1 %34, label %37, label %35

35:                                               ; preds = %26
  %36 = getelementptr inbounds i8, ptr %28, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, ptr noundef nonnull align 8 dereferenceable(16) %2, i64 16, i1 false), !tbaa.struct !34
  store ptr %33, ptr %36, align 8, !tbaa !28
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %32, i8 0, i64 16, i1 false)
  br label %37

37:                                               ; preds = %26, %35
  %38 = icmp eq ptr %7, %4
  br i1 %38, label %54, label %39

39:                                               ; preds = %37, %50
  %40 = phi ptr [ %52, %50 ], [ %27, %37 ]
  %41 = phi ptr [ %51, %50 ], [ %7, %37 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !76)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !79)
  %42 = getelementptr inbounds i8, ptr %40, i64 24
  %43 = getelementptr inbounds i8, ptr %41, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %40, i8 0, i64 24, i1 false), !alias.scope !76, !noalias !79
  %44 = load ptr, ptr %43, align 8, !tbaa !29, !alias.scope !79, !noalias !76
  store ptr %44, ptr %42, align 8, !tbaa !29, !alias.scope !76, !noalias !79
  %45 = getelementptr inbounds i8, ptr %41, i64 16
  %46 = load ptr, ptr %45, align 8, !tbaa !28, !alias.scope !79, !noalias !76
  %47 = icmp eq ptr %46, null
  br i1 %47, label %50, label %48

48:                                               ; preds = %39
  %49 = getelementptr inbounds i8, ptr %40, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull align 8 dereferenceable(16) %41, i64 16, i1 false), !tbaa.struct !34, !alias.scope !81
  store ptr %46, ptr %49, align 8, !tbaa !28, !alias.scope !76, !noalias !79
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %45, i8 0, i64 16, i1 false), !alias.scope !79, !noalias !76
  br label %50

50:                                               ; preds = %48, %39
  %51 = getelementptr inbounds i8, ptr %41, i64 32
  %52 = getelementptr inbounds i8, ptr %40, i64 32
  %53 = icmp eq ptr %51, %4
  br i1 %53, label %54, label %39, !llvm.loop !82

54:                                               ; preds = %50, %37
  %55 = phi ptr [ %27, %37 ], [ %52, %50 ]
  %56 = getelementptr inbounds i8, ptr %55, i64 32
  %57 = icmp eq ptr %6, %4
  br i1 %57, label %73, label %58

58:                                               ; preds = %54, %69
  %59 = phi ptr [ %71, %69 ], [ %56, %54 ]
  %60 = phi ptr [ %70, %69 ], [ %4, %54 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !83)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !86)
  %61 = getelementptr inbounds i8, ptr %59, i64 24
  %62 = getelementptr inbounds i8, ptr %60, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %59, i8 0, i64 24, i1 false), !alias.scope !83, !noalias !86
  %63 = load ptr, ptr %62, align 8, !tbaa !29, !alias.scope !86, !noalias !83
  store ptr %63, ptr %61, align 8, !tbaa !29, !alias.scope !83, !noalias !86
  %64 = getelementptr inbounds i8, ptr %60, i64 16
  %65 = load ptr, ptr %64, align 8, !tbaa !28, !alias.scope !86, !noalias !83
  %66 = icmp eq ptr %65, null
  br i1 %66, label %69, label %67

67:                                               ; preds = %58
  %68 = getelementptr inbounds i8, ptr %59, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %59, ptr noundef nonnull align 8 dereferenceable(16) %60, i64 16, i1 false), !tbaa.struct !34, !alias.scope !88
  store ptr %65, ptr %68, align 8, !tbaa !28, !alias.scope !83, !noalias !86
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %64, i8 0, i64 16, i1 false), !alias.scope !86, !noalias !83
  br label %69

69:                                               ; preds = %67, %58
  %70 = getelementptr inbounds i8, ptr %60, i64 32
  %71 = getelementptr inbounds i8, ptr %59, i64 32
  %72 = icmp eq ptr %70, %6
  br i1 %72, label %73, label %58, !llvm.loop !82

73:                                               ; preds = %69, %54
  %74 = phi ptr [ %56, %54 ], [ %71, %69 ]
  %75 = getelementptr inbounds i8, ptr %0, i64 16
  %76 = icmp eq ptr %7, null
  br i1 %76, label %81, label %77

77:                                               ; preds = %73
  %78 = load ptr, ptr %75, align 8, !tbaa !32
  %79 = ptrtoint ptr %78 to i64
  %80 = sub i64 %79, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %80) #22
  br label %81

81:                                               ; preds = %73, %77
  store ptr %27, ptr %0, align 8, !tbaa !56
  store ptr %74, ptr %5, align 8, !tbaa !35
  %82 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %19
  store ptr %82, ptr %75, align 8, !tbaa !32
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data"(ptr nocapture noundef nonnull align 8 dereferenceable(16) %0) #16 {
  %2 = load i32, ptr %0, align 8, !tbaa !89
  %3 = mul nsw i32 %2, 100
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  %5 = load i32, ptr %4, align 4, !tbaa !91
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 4, !tbaa !91
  %7 = add nsw i32 %6, %3
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #16 {
  switch i32 %2, label %8 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_1", ptr %0, align 8, !tbaa !31
  br label %8

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !31
  br label %8

6:                                                ; preds = %3
  %7 = load i64, ptr %1, align 8
  store i64 %7, ptr %0, align 8
  br label %8

8:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !15
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %3)
  %5 = load ptr, ptr %2, align 8, !tbaa !15
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !11
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #22
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) unnamed_addr #2 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = icmp eq ptr %1, @_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag
  br i1 %4, label %17, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !92
  %8 = icmp eq ptr %7, @_ZTSSt19_Sp_make_shared_tag
  br i1 %8, label %16, label %9

9:                                                ; preds = %5
  %10 = load i8, ptr %7, align 1, !tbaa !11
  %11 = icmp eq i8 %10, 42
  br i1 %11, label %17, label %12

12:                                               ; preds = %9
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %7, ptr noundef nonnull dereferenceable(24) @_ZTSSt19_Sp_make_shared_tag) #21
  %14 = freeze i32 %13
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %5, %12
  br label %17

17:                                               ; preds = %9, %16, %12, %2
  %18 = phi ptr [ %3, %2 ], [ %3, %16 ], [ null, %12 ], [ null, %9 ]
  ret ptr %18
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef %0, ptr noundef nonnull align 1 dereferenceable(7) %1) local_unnamed_addr #5 comdat {
  %3 = alloca i64, align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %5, ptr %4, align 8, !tbaa !6
  %6 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #21
  store i64 %6, ptr %3, align 8, !tbaa !61
  %7 = icmp ugt i64 %6, 15
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #21
  store ptr %9, ptr %4, align 8, !tbaa !15
  %10 = load i64, ptr %3, align 8, !tbaa !61
  store i64 %10, ptr %5, align 8, !tbaa !11
  br label %11

11:                                               ; preds = %8, %2
  %12 = phi ptr [ %9, %8 ], [ %5, %2 ]
  switch i64 %6, label %15 [
    i64 1, label %13
    i64 0, label %16
  ]

13:                                               ; preds = %11
  %14 = load i8, ptr %1, align 1, !tbaa !11
  store i8 %14, ptr %12, align 1, !tbaa !11
  br label %16

15:                                               ; preds = %11
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr nonnull align 1 %1, i64 %6, i1 false)
  br label %16

16:                                               ; preds = %11, %13, %15
  %17 = load i64, ptr %3, align 8, !tbaa !61
  %18 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %17, ptr %18, align 8, !tbaa !12
  %19 = load ptr, ptr %4, align 8, !tbaa !15
  %20 = getelementptr inbounds i8, ptr %19, i64 %17
  store i8 0, ptr %20, align 1, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #21
  %21 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %21, ptr %0, align 8, !tbaa !6
  %22 = load ptr, ptr %4, align 8, !tbaa !15
  %23 = icmp eq ptr %22, %5
  br i1 %23, label %24, label %29

24:                                               ; preds = %16
  %25 = load i64, ptr %18, align 8, !tbaa !12
  %26 = add i64 %25, 1
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %32, label %28

28:                                               ; preds = %24
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %21, ptr nonnull align 8 %5, i64 %26, i1 false)
  br label %32

29:                                               ; preds = %16
  store ptr %22, ptr %0, align 8, !tbaa !15
  %30 = load i64, ptr %5, align 8, !tbaa !11
  store i64 %30, ptr %21, align 8, !tbaa !11
  %31 = load i64, ptr %18, align 8, !tbaa !12
  br label %32

32:                                               ; preds = %24, %28, %29
  %33 = phi ptr [ %21, %24 ], [ %21, %28 ], [ %22, %29 ]
  %34 = phi i64 [ -1, %24 ], [ %25, %28 ], [ %31, %29 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %34, ptr %35, align 8, !tbaa !12
  store ptr %5, ptr %4, align 8, !tbaa !15
  store i64 0, ptr %18, align 8, !tbaa !12
  store i8 0, ptr %5, align 8, !tbaa !11
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %33)
  %37 = load ptr, ptr %4, align 8, !tbaa !15
  %38 = icmp eq ptr %37, %5
  br i1 %38, label %42, label %39

39:                                               ; preds = %32
  %40 = load i64, ptr %5, align 8, !tbaa !11
  %41 = add i64 %40, 1
  call void @_ZdlPvm(ptr noundef %37, i64 noundef %41) #22
  br label %42

42:                                               ; preds = %32, %39
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #2 comdat {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #17 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !94
  %4 = tail call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"(ptr noundef nonnull readnone align 8 dereferenceable(24) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1) unnamed_addr #18 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !92
  %5 = icmp eq ptr %4, @"_ZTSZ4mainE3$_3"
  br i1 %5, label %12, label %6

6:                                                ; preds = %2
  %7 = load i8, ptr %4, align 1, !tbaa !11
  %8 = icmp eq i8 %7, 42
  br i1 %8, label %14, label %9

9:                                                ; preds = %6
  %10 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %4, ptr noundef nonnull dereferenceable(12) @"_ZTSZ4mainE3$_3") #21
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %2, %9
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  br label %14

14:                                               ; preds = %6, %9, %12
  %15 = phi ptr [ %13, %12 ], [ null, %9 ], [ null, %6 ]
  ret ptr %15
}

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #12

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #20

attributes #0 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { nofree nounwind }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { mustprogress nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #20 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #21 = { nounwind }
attributes #22 = { builtin nounwind }
attributes #23 = { builtin nounwind allocsize(0) }
attributes #24 = { noreturn nounwind }

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
!11 = !{!9, !9, i64 0}
!12 = !{!13, !14, i64 8}
!13 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !7, i64 0, !14, i64 8, !9, i64 16}
!14 = !{!"long", !9, i64 0}
!15 = !{!13, !8, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"int", !9, i64 0}
!18 = !{!"branch_weights", i32 1, i32 1048575}
!19 = !{!20, !8, i64 8}
!20 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!21 = !{!20, !8, i64 0}
!22 = !{!23}
!23 = distinct !{!23, !24, !"_Z7map_vecIiZ4mainE3$_2ESt6vectorIT_SaIS2_EERKS4_T0_: argument 0"}
!24 = distinct !{!24, !"_Z7map_vecIiZ4mainE3$_2ESt6vectorIT_SaIS2_EERKS4_T0_"}
!25 = !{!26, !8, i64 24}
!26 = !{!"_ZTSSt8functionIFiiiEE", !27, i64 0, !8, i64 24}
!27 = !{!"_ZTSSt14_Function_base", !9, i64 0, !8, i64 16}
!28 = !{!27, !8, i64 16}
!29 = !{!30, !8, i64 24}
!30 = !{!"_ZTSSt8functionIFivEE", !27, i64 0, !8, i64 24}
!31 = !{!8, !8, i64 0}
!32 = !{!33, !8, i64 16}
!33 = !{!"_ZTSNSt12_Vector_baseISt8functionIFivEESaIS2_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!34 = !{i64 0, i64 16, !11}
!35 = !{!33, !8, i64 8}
!36 = !{!37, !39}
!37 = distinct !{!37, !38, !"_ZSt18__allocate_guardedISaISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERS8_: argument 0"}
!38 = distinct !{!38, !"_ZSt18__allocate_guardedISaISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERS8_"}
!39 = distinct !{!39, !40, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_: argument 0"}
!40 = distinct !{!40, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_"}
!41 = !{!39}
!42 = !{!43, !43, i64 0}
!43 = !{!"vtable pointer", !10, i64 0}
!44 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!45 = !{!46}
!46 = distinct !{!46, !47, !"_ZSt18__allocate_guardedISaISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERSA_: argument 0"}
!47 = distinct !{!47, !"_ZSt18__allocate_guardedISaISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERSA_"}
!48 = !{!49, !8, i64 0}
!49 = !{!"_ZTSNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE5_ImplE", !8, i64 0}
!50 = !{!51, !8, i64 0}
!51 = !{!"_ZTSNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!52 = !{!51, !8, i64 16}
!53 = !{!51, !8, i64 8}
!54 = distinct !{!54, !55}
!55 = !{!"llvm.loop.mustprogress"}
!56 = !{!33, !8, i64 0}
!57 = distinct !{!57, !55}
!58 = !{!59, !17, i64 0}
!59 = !{!"_ZTS8RegistryIiE", !17, i64 0}
!60 = !{!20, !8, i64 16}
!61 = !{!14, !14, i64 0}
!62 = !{!63}
!63 = distinct !{!63, !64, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!64 = distinct !{!64, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!65 = !{!66}
!66 = distinct !{!66, !64, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!67 = !{!63, !66}
!68 = distinct !{!68, !55}
!69 = !{!70}
!70 = distinct !{!70, !71, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!71 = distinct !{!71, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!72 = !{!73}
!73 = distinct !{!73, !71, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!74 = !{!70, !73}
!75 = distinct !{!75, !55}
!76 = !{!77}
!77 = distinct !{!77, !78, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!78 = distinct !{!78, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!79 = !{!80}
!80 = distinct !{!80, !78, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!81 = !{!77, !80}
!82 = distinct !{!82, !55}
!83 = !{!84}
!84 = distinct !{!84, !85, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!85 = distinct !{!85, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!86 = !{!87}
!87 = distinct !{!87, !85, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!88 = !{!84, !87}
!89 = !{!90, !17, i64 0}
!90 = !{!"_ZTSZ4mainE3$_1", !17, i64 0, !17, i64 4}
!91 = !{!90, !17, i64 4}
!92 = !{!93, !8, i64 8}
!93 = !{!"_ZTSSt9type_info", !8, i64 8}
!94 = !{!95, !8, i64 16}
!95 = !{!"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", !96, i64 0, !49, i64 16}
!96 = !{!"_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE", !17, i64 8, !17, i64 12}
