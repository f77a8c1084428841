; ModuleID = 'templates_inline.cpp'
source_filename = "templates_inline.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %9 = alloca %"class.std::function.15", align 8
  %10 = alloca %"class.std::unique_ptr", align 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #21
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #21
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 2)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #21
  %11 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %11, ptr %6, align 8, !tbaa !5
  store i8 120, ptr %11, align 8, !tbaa !10
  %12 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 1, ptr %12, align 8, !tbaa !11
  %13 = getelementptr inbounds i8, ptr %6, i64 17
  store i8 0, ptr %13, align 1, !tbaa !10
  call void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull %6)
  %14 = load ptr, ptr %6, align 8, !tbaa !14
  %15 = icmp eq ptr %14, %11
  br i1 %15, label %19, label %16

16:                                               ; preds = %0
  %17 = load i64, ptr %11, align 8, !tbaa !10
  %18 = add i64 %17, 1
  call void @_ZdlPvm(ptr noundef %14, i64 noundef %18) #22
  br label %19

19:                                               ; preds = %0, %16
  %20 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %21 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %22 = icmp eq i8 %21, 0
  br i1 %22, label %23, label %28, !prof !17

23:                                               ; preds = %19
  %24 = call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %28, label %26

26:                                               ; preds = %23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %27 = call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  br label %28

28:                                               ; preds = %19, %23, %26
  %29 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !18
  %30 = load ptr, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, align 8, !tbaa !20
  %31 = ptrtoint ptr %29 to i64
  %32 = ptrtoint ptr %30 to i64
  %33 = sub i64 %31, %32
  %34 = ashr exact i64 %33, 5
  %35 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !15
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %20, i64 noundef %34, i32 noundef %35)
  %37 = load i32, ptr @_ZZ7next_idvE2id, align 4, !tbaa !15
  %38 = add nsw i32 %37, 1
  %39 = add nsw i32 %37, 2
  %40 = add nsw i32 %37, 3
  store i32 %40, ptr @_ZZ7next_idvE2id, align 4, !tbaa !15
  %41 = load i32, ptr @shared_total, align 4, !tbaa !15
  %42 = add nsw i32 %41, 5
  store i32 %42, ptr @shared_total, align 4, !tbaa !15
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %38, i32 noundef %39, i32 noundef %40, i32 noundef %42)
  %44 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 108)
  %45 = call noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #23
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %45, ptr noundef nonnull align 4 dereferenceable(20) @constinit, i64 20, i1 false)
  %46 = call noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #23, !noalias !21
  %47 = getelementptr inbounds i8, ptr %46, i64 20
  br label %48

48:                                               ; preds = %86, %28
  %49 = phi ptr [ %46, %28 ], [ %90, %86 ]
  %50 = phi i64 [ 0, %28 ], [ %91, %86 ]
  %51 = phi ptr [ %47, %28 ], [ %89, %86 ]
  %52 = phi ptr [ %46, %28 ], [ %88, %86 ]
  %53 = getelementptr inbounds i8, ptr %45, i64 %50
  %54 = load i32, ptr %53, align 4, !tbaa !15, !noalias !21
  %55 = mul nsw i32 %54, 3
  %56 = icmp eq ptr %49, %51
  br i1 %56, label %58, label %57

57:                                               ; preds = %48
  store i32 %55, ptr %49, align 4, !tbaa !15, !noalias !21
  br label %86

58:                                               ; preds = %48
  %59 = ptrtoint ptr %49 to i64
  %60 = ptrtoint ptr %52 to i64
  %61 = sub i64 %59, %60
  %62 = icmp eq i64 %61, 9223372036854775804
  br i1 %62, label %63, label %64

63:                                               ; preds = %58
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24, !noalias !21
  unreachable

64:                                               ; preds = %58
  %65 = ashr exact i64 %61, 2
  %66 = call i64 @llvm.umax.i64(i64 %65, i64 1)
  %67 = add nsw i64 %66, %65
  %68 = icmp ult i64 %67, %65
  %69 = call i64 @llvm.umin.i64(i64 %67, i64 2305843009213693951)
  %70 = select i1 %68, i64 2305843009213693951, i64 %69
  %71 = icmp eq i64 %70, 0
  br i1 %71, label %75, label %72

72:                                               ; preds = %64
  %73 = shl nuw nsw i64 %70, 2
  %74 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %73) #23, !noalias !21
  br label %75

75:                                               ; preds = %72, %64
  %76 = phi ptr [ %74, %72 ], [ null, %64 ]
  %77 = getelementptr inbounds i32, ptr %76, i64 %65
  store i32 %55, ptr %77, align 4, !tbaa !15, !noalias !21
  %78 = icmp sgt i64 %61, 0
  br i1 %78, label %79, label %80

79:                                               ; preds = %75
  call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %76, ptr align 4 %52, i64 %61, i1 false), !noalias !21
  br label %80

80:                                               ; preds = %79, %75
  %81 = getelementptr inbounds i8, ptr %76, i64 %61
  %82 = icmp eq ptr %52, null
  br i1 %82, label %84, label %83

83:                                               ; preds = %80
  call void @_ZdlPvm(ptr noundef nonnull %52, i64 noundef %61) #22, !noalias !21
  br label %84

84:                                               ; preds = %83, %80
  %85 = getelementptr inbounds i32, ptr %76, i64 %70
  br label %86

86:                                               ; preds = %84, %57
  %87 = phi ptr [ %81, %84 ], [ %49, %57 ]
  %88 = phi ptr [ %76, %84 ], [ %52, %57 ]
  %89 = phi ptr [ %85, %84 ], [ %51, %57 ]
  %90 = getelementptr inbounds i8, ptr %87, i64 4
  %91 = add nuw nsw i64 %50, 4
  %92 = icmp eq i64 %91, 20
  br i1 %92, label %93, label %48

93:                                               ; preds = %86
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #21
  %94 = getelementptr inbounds i8, ptr %7, i64 16
  %95 = getelementptr inbounds i8, ptr %7, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_", ptr %95, align 8, !tbaa !24
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %94, align 8, !tbaa !27
  %96 = icmp eq ptr %88, %90
  br i1 %96, label %110, label %97

97:                                               ; preds = %93, %105
  %98 = phi i32 [ %107, %105 ], [ 0, %93 ]
  %99 = phi ptr [ %108, %105 ], [ %88, %93 ]
  %100 = load i32, ptr %99, align 4, !tbaa !15
  %101 = srem i32 %98, 1000
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2)
  store i32 %101, ptr %1, align 4, !tbaa !15
  store i32 %100, ptr %2, align 4, !tbaa !15
  %102 = load ptr, ptr %94, align 8, !tbaa !27
  %103 = icmp eq ptr %102, null
  br i1 %103, label %104, label %105

104:                                              ; preds = %97
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

105:                                              ; preds = %97
  %106 = load ptr, ptr %95, align 8, !tbaa !24
  %107 = call noundef i32 %106(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2)
  %108 = getelementptr inbounds i8, ptr %99, i64 4
  %109 = icmp eq ptr %99, %87
  br i1 %109, label %110, label %97

110:                                              ; preds = %105, %93
  %111 = phi i32 [ 0, %93 ], [ %107, %105 ]
  %112 = load i32, ptr %87, align 4, !tbaa !15
  %113 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %112, i32 noundef %111)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  %114 = getelementptr inbounds i8, ptr %9, i64 16
  %115 = getelementptr inbounds i8, ptr %9, i64 24
  %116 = getelementptr inbounds i8, ptr %8, i64 8
  %117 = getelementptr inbounds i8, ptr %8, i64 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %9, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %115, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %114, align 8, !tbaa !27
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr null, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %118 = load ptr, ptr %114, align 8, !tbaa !27
  %119 = icmp eq ptr %118, null
  br i1 %119, label %122, label %120

120:                                              ; preds = %110
  %121 = call noundef zeroext i1 %118(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %122

122:                                              ; preds = %110, %120
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  %123 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 0, ptr %123, align 8
  store i64 1, ptr %9, align 8
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %115, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %114, align 8, !tbaa !27
  %124 = load ptr, ptr %116, align 8, !tbaa !30
  %125 = load ptr, ptr %117, align 8, !tbaa !31
  %126 = icmp eq ptr %124, %125
  br i1 %126, label %138, label %127

127:                                              ; preds = %122
  %128 = getelementptr inbounds i8, ptr %124, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %124, i8 0, i64 24, i1 false)
  %129 = load ptr, ptr %115, align 8, !tbaa !28
  store ptr %129, ptr %128, align 8, !tbaa !28
  %130 = load ptr, ptr %114, align 8, !tbaa !27
  %131 = icmp eq ptr %130, null
  br i1 %131, label %135, label %132

132:                                              ; preds = %127
  %133 = getelementptr inbounds i8, ptr %124, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %124, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !33
  %134 = load ptr, ptr %114, align 8, !tbaa !27
  store ptr %134, ptr %133, align 8, !tbaa !27
  br label %135

135:                                              ; preds = %127, %132
  %136 = load ptr, ptr %116, align 8, !tbaa !34
  %137 = getelementptr inbounds i8, ptr %136, i64 32
  store ptr %137, ptr %116, align 8, !tbaa !34
  br label %143

138:                                              ; preds = %122
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr %124, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %139 = load ptr, ptr %114, align 8, !tbaa !27
  %140 = icmp eq ptr %139, null
  br i1 %140, label %143, label %141

141:                                              ; preds = %138
  %142 = call noundef zeroext i1 %139(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %143

143:                                              ; preds = %135, %141, %138
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #21
  %144 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 0, ptr %144, align 8
  store i64 2, ptr %9, align 8
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %115, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %114, align 8, !tbaa !27
  %145 = load ptr, ptr %116, align 8, !tbaa !30
  %146 = load ptr, ptr %117, align 8, !tbaa !31
  %147 = icmp eq ptr %145, %146
  br i1 %147, label %159, label %148

148:                                              ; preds = %143
  %149 = getelementptr inbounds i8, ptr %145, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %145, i8 0, i64 24, i1 false)
  %150 = load ptr, ptr %115, align 8, !tbaa !28
  store ptr %150, ptr %149, align 8, !tbaa !28
  %151 = load ptr, ptr %114, align 8, !tbaa !27
  %152 = icmp eq ptr %151, null
  br i1 %152, label %156, label %153

153:                                              ; preds = %148
  %154 = getelementptr inbounds i8, ptr %145, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %145, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !33
  %155 = load ptr, ptr %114, align 8, !tbaa !27
  store ptr %155, ptr %154, align 8, !tbaa !27
  br label %156

156:                                              ; preds = %148, %153
  %157 = load ptr, ptr %116, align 8, !tbaa !34
  %158 = getelementptr inbounds i8, ptr %157, i64 32
  store ptr %158, ptr %116, align 8, !tbaa !34
  br label %164

159:                                              ; preds = %143
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr %145, ptr noundef nonnull align 8 dereferenceable(32) %9)
  %160 = load ptr, ptr %114, align 8, !tbaa !27
  %161 = icmp eq ptr %160, null
  br i1 %161, label %164, label %162

162:                                              ; preds = %159
  %163 = call noundef zeroext i1 %160(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3) #21
  br label %164

164:                                              ; preds = %156, %162, %159
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #21
  %165 = load ptr, ptr %8, align 8, !tbaa !30
  %166 = load ptr, ptr %116, align 8, !tbaa !30
  %167 = icmp eq ptr %165, %166
  br i1 %167, label %184, label %172

168:                                              ; preds = %178
  %169 = load ptr, ptr %8, align 8, !tbaa !30
  %170 = load ptr, ptr %116, align 8, !tbaa !30
  %171 = icmp eq ptr %169, %170
  br i1 %171, label %184, label %459

172:                                              ; preds = %164, %178
  %173 = phi ptr [ %182, %178 ], [ %165, %164 ]
  %174 = getelementptr inbounds i8, ptr %173, i64 16
  %175 = load ptr, ptr %174, align 8, !tbaa !27
  %176 = icmp eq ptr %175, null
  br i1 %176, label %177, label %178

177:                                              ; preds = %172
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

178:                                              ; preds = %172
  %179 = getelementptr inbounds i8, ptr %173, i64 24
  %180 = load ptr, ptr %179, align 8, !tbaa !28
  %181 = call noundef i32 %180(ptr noundef nonnull align 8 dereferenceable(16) %173) #21
  %182 = getelementptr inbounds i8, ptr %173, i64 32
  %183 = icmp eq ptr %182, %166
  br i1 %183, label %168, label %172

184:                                              ; preds = %465, %164, %168
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #21
  call void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %10, ptr noundef nonnull align 1 dereferenceable(7) @.str.6)
  %185 = call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #23, !noalias !35
  %186 = getelementptr inbounds i8, ptr %185, i64 8
  store i32 1, ptr %186, align 8, !tbaa !40, !noalias !42
  %187 = getelementptr inbounds i8, ptr %185, i64 12
  store i32 1, ptr %187, align 4, !tbaa !43, !noalias !42
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, i64 16), ptr %185, align 8, !tbaa !44, !noalias !42
  %188 = getelementptr inbounds i8, ptr %185, i64 16
  call void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef nonnull %188, ptr noundef nonnull align 1 dereferenceable(7) @.str.7), !noalias !42
  %189 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %190 = icmp eq i8 %189, 0
  br i1 %190, label %194, label %191

191:                                              ; preds = %184
  %192 = load i32, ptr %187, align 4, !tbaa !15
  %193 = add nsw i32 %192, 1
  store i32 %193, ptr %187, align 4, !tbaa !15
  br label %198

194:                                              ; preds = %184
  %195 = atomicrmw volatile add ptr %187, i32 1 acq_rel, align 4
  %196 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %197 = icmp eq i8 %196, 0
  br i1 %197, label %201, label %198

198:                                              ; preds = %191, %194
  %199 = load i32, ptr %186, align 4, !tbaa !15
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %186, align 4, !tbaa !15
  br label %203

201:                                              ; preds = %194
  %202 = atomicrmw volatile add ptr %186, i32 1 acq_rel, align 4
  br label %203

203:                                              ; preds = %201, %198
  %204 = load atomic i32, ptr %186 monotonic, align 8
  %205 = sext i32 %204 to i64
  %206 = load atomic i32, ptr %186 monotonic, align 8
  %207 = icmp eq i32 %206, 0
  %208 = zext i1 %207 to i32
  %209 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %205, i32 noundef %208)
  %210 = load atomic i64, ptr %186 acquire, align 8
  %211 = icmp eq i64 %210, 4294967297
  %212 = trunc i64 %210 to i32
  br i1 %211, label %213, label %220

213:                                              ; preds = %203
  store i32 0, ptr %186, align 8, !tbaa !40
  store i32 0, ptr %187, align 4, !tbaa !43
  %214 = load ptr, ptr %185, align 8, !tbaa !44
  %215 = getelementptr inbounds i8, ptr %214, i64 16
  %216 = load ptr, ptr %215, align 8
  call void %216(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  %217 = load ptr, ptr %185, align 8, !tbaa !44
  %218 = getelementptr inbounds i8, ptr %217, i64 24
  %219 = load ptr, ptr %218, align 8
  call void %219(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  br label %231

220:                                              ; preds = %203
  %221 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %222 = icmp eq i8 %221, 0
  br i1 %222, label %225, label %223

223:                                              ; preds = %220
  %224 = add nsw i32 %212, -1
  store i32 %224, ptr %186, align 4, !tbaa !15
  br label %227

225:                                              ; preds = %220
  %226 = atomicrmw volatile add ptr %186, i32 -1 acq_rel, align 4
  br label %227

227:                                              ; preds = %225, %223
  %228 = phi i32 [ %212, %223 ], [ %226, %225 ]
  %229 = icmp eq i32 %228, 1
  br i1 %229, label %230, label %231, !prof !46

230:                                              ; preds = %227
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  br label %231

231:                                              ; preds = %230, %227, %213
  %232 = load ptr, ptr @stdout, align 8, !tbaa !30
  %233 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #23, !noalias !47
  %234 = getelementptr inbounds i8, ptr %233, i64 8
  store i32 1, ptr %234, align 8, !tbaa !40
  %235 = getelementptr inbounds i8, ptr %233, i64 12
  store i32 1, ptr %235, align 4, !tbaa !43
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @"_ZTVSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", i64 16), ptr %233, align 8, !tbaa !44
  %236 = getelementptr inbounds i8, ptr %233, i64 16
  store ptr %232, ptr %236, align 8, !tbaa !50
  %237 = load i64, ptr %10, align 8, !tbaa !30
  %238 = inttoptr i64 %237 to ptr
  store ptr null, ptr %10, align 8, !tbaa !30
  %239 = load ptr, ptr %238, align 8, !tbaa !14
  %240 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, ptr noundef %239)
  %241 = load atomic i64, ptr %186 acquire, align 8
  %242 = icmp eq i64 %241, 4294967297
  %243 = trunc i64 %241 to i32
  br i1 %242, label %244, label %251

244:                                              ; preds = %231
  store i32 0, ptr %186, align 8, !tbaa !40
  store i32 0, ptr %187, align 4, !tbaa !43
  %245 = load ptr, ptr %185, align 8, !tbaa !44
  %246 = getelementptr inbounds i8, ptr %245, i64 16
  %247 = load ptr, ptr %246, align 8
  call void %247(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  %248 = load ptr, ptr %185, align 8, !tbaa !44
  %249 = getelementptr inbounds i8, ptr %248, i64 24
  %250 = load ptr, ptr %249, align 8
  call void %250(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  br label %262

251:                                              ; preds = %231
  %252 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %253 = icmp eq i8 %252, 0
  br i1 %253, label %256, label %254

254:                                              ; preds = %251
  %255 = add nsw i32 %243, -1
  store i32 %255, ptr %186, align 4, !tbaa !15
  br label %258

256:                                              ; preds = %251
  %257 = atomicrmw volatile add ptr %186, i32 -1 acq_rel, align 4
  br label %258

258:                                              ; preds = %256, %254
  %259 = phi i32 [ %243, %254 ], [ %257, %256 ]
  %260 = icmp eq i32 %259, 1
  br i1 %260, label %261, label %262, !prof !46

261:                                              ; preds = %258
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  br label %262

262:                                              ; preds = %261, %258, %244
  %263 = load atomic i32, ptr %186 monotonic, align 8
  %264 = icmp eq i32 %263, 0
  %265 = zext i1 %264 to i32
  %266 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %265)
  %267 = load ptr, ptr %238, align 8, !tbaa !14
  %268 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %267)
  %269 = load ptr, ptr %238, align 8, !tbaa !14
  %270 = getelementptr inbounds i8, ptr %238, i64 16
  %271 = icmp eq ptr %269, %270
  br i1 %271, label %275, label %272

272:                                              ; preds = %262
  %273 = load i64, ptr %270, align 8, !tbaa !10
  %274 = add i64 %273, 1
  call void @_ZdlPvm(ptr noundef %269, i64 noundef %274) #22
  br label %275

275:                                              ; preds = %272, %262
  call void @_ZdlPvm(ptr noundef nonnull %238, i64 noundef 32) #22
  %276 = load atomic i64, ptr %234 acquire, align 8
  %277 = icmp eq i64 %276, 4294967297
  %278 = trunc i64 %276 to i32
  br i1 %277, label %279, label %286

279:                                              ; preds = %275
  store i32 0, ptr %234, align 8, !tbaa !40
  store i32 0, ptr %235, align 4, !tbaa !43
  %280 = load ptr, ptr %233, align 8, !tbaa !44
  %281 = getelementptr inbounds i8, ptr %280, i64 16
  %282 = load ptr, ptr %281, align 8
  call void %282(ptr noundef nonnull align 8 dereferenceable(16) %233) #21
  %283 = load ptr, ptr %233, align 8, !tbaa !44
  %284 = getelementptr inbounds i8, ptr %283, i64 24
  %285 = load ptr, ptr %284, align 8
  call void %285(ptr noundef nonnull align 8 dereferenceable(16) %233) #21
  br label %297

286:                                              ; preds = %275
  %287 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %288 = icmp eq i8 %287, 0
  br i1 %288, label %291, label %289

289:                                              ; preds = %286
  %290 = add nsw i32 %278, -1
  store i32 %290, ptr %234, align 4, !tbaa !15
  br label %293

291:                                              ; preds = %286
  %292 = atomicrmw volatile add ptr %234, i32 -1 acq_rel, align 4
  br label %293

293:                                              ; preds = %291, %289
  %294 = phi i32 [ %278, %289 ], [ %292, %291 ]
  %295 = icmp eq i32 %294, 1
  br i1 %295, label %296, label %297, !prof !46

296:                                              ; preds = %293
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %233) #21
  br label %297

297:                                              ; preds = %296, %293, %279
  %298 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %299 = icmp eq i8 %298, 0
  br i1 %299, label %303, label %300

300:                                              ; preds = %297
  %301 = load i32, ptr %187, align 4, !tbaa !15
  %302 = add nsw i32 %301, -1
  store i32 %302, ptr %187, align 4, !tbaa !15
  br label %305

303:                                              ; preds = %297
  %304 = atomicrmw volatile add ptr %187, i32 -1 acq_rel, align 4
  br label %305

305:                                              ; preds = %303, %300
  %306 = phi i32 [ %301, %300 ], [ %304, %303 ]
  %307 = icmp eq i32 %306, 1
  br i1 %307, label %308, label %312

308:                                              ; preds = %305
  %309 = load ptr, ptr %185, align 8, !tbaa !44
  %310 = getelementptr inbounds i8, ptr %309, i64 24
  %311 = load ptr, ptr %310, align 8
  call void %311(ptr noundef nonnull align 8 dereferenceable(16) %185) #21
  br label %312

312:                                              ; preds = %308, %305
  %313 = load ptr, ptr %10, align 8, !tbaa !30
  %314 = icmp eq ptr %313, null
  br i1 %314, label %325, label %315

315:                                              ; preds = %312
  %316 = load ptr, ptr %313, align 8, !tbaa !14
  %317 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %316)
  %318 = load ptr, ptr %313, align 8, !tbaa !14
  %319 = getelementptr inbounds i8, ptr %313, i64 16
  %320 = icmp eq ptr %318, %319
  br i1 %320, label %324, label %321

321:                                              ; preds = %315
  %322 = load i64, ptr %319, align 8, !tbaa !10
  %323 = add i64 %322, 1
  call void @_ZdlPvm(ptr noundef %318, i64 noundef %323) #22
  br label %324

324:                                              ; preds = %321, %315
  call void @_ZdlPvm(ptr noundef nonnull %313, i64 noundef 32) #22
  br label %325

325:                                              ; preds = %312, %324
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #21
  %326 = call noalias noundef nonnull dereferenceable(96) ptr @_Znwm(i64 noundef 96) #23
  %327 = call noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #23
  %328 = insertelement <2 x ptr> poison, ptr %327, i64 0
  %329 = getelementptr inbounds i8, ptr %327, i64 400
  %330 = getelementptr inbounds i8, ptr %327, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %327, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %330, align 4, !tbaa !15
  %331 = getelementptr inbounds i8, ptr %327, i64 32
  %332 = getelementptr inbounds i8, ptr %327, i64 48
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %331, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %332, align 4, !tbaa !15
  %333 = getelementptr inbounds i8, ptr %327, i64 64
  %334 = getelementptr inbounds i8, ptr %327, i64 80
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %333, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %334, align 4, !tbaa !15
  %335 = getelementptr inbounds i8, ptr %327, i64 96
  %336 = getelementptr inbounds i8, ptr %327, i64 112
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %335, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %336, align 4, !tbaa !15
  %337 = getelementptr inbounds i8, ptr %327, i64 128
  %338 = getelementptr inbounds i8, ptr %327, i64 144
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %337, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %338, align 4, !tbaa !15
  %339 = getelementptr inbounds i8, ptr %327, i64 160
  %340 = getelementptr inbounds i8, ptr %327, i64 176
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %339, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %340, align 4, !tbaa !15
  %341 = getelementptr inbounds i8, ptr %327, i64 192
  %342 = getelementptr inbounds i8, ptr %327, i64 208
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %341, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %342, align 4, !tbaa !15
  %343 = getelementptr inbounds i8, ptr %327, i64 224
  %344 = getelementptr inbounds i8, ptr %327, i64 240
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %343, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %344, align 4, !tbaa !15
  %345 = getelementptr inbounds i8, ptr %327, i64 256
  %346 = getelementptr inbounds i8, ptr %327, i64 272
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %345, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %346, align 4, !tbaa !15
  %347 = getelementptr inbounds i8, ptr %327, i64 288
  %348 = getelementptr inbounds i8, ptr %327, i64 304
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %347, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %348, align 4, !tbaa !15
  %349 = getelementptr inbounds i8, ptr %327, i64 320
  %350 = getelementptr inbounds i8, ptr %327, i64 336
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %349, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %350, align 4, !tbaa !15
  %351 = getelementptr inbounds i8, ptr %327, i64 352
  %352 = getelementptr inbounds i8, ptr %327, i64 368
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %351, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %352, align 4, !tbaa !15
  %353 = getelementptr inbounds i8, ptr %327, i64 384
  store i32 1, ptr %353, align 4, !tbaa !15
  %354 = getelementptr inbounds i8, ptr %327, i64 388
  store i32 1, ptr %354, align 4, !tbaa !15
  %355 = getelementptr inbounds i8, ptr %327, i64 392
  store i32 1, ptr %355, align 4, !tbaa !15
  %356 = getelementptr inbounds i8, ptr %327, i64 396
  store i32 1, ptr %356, align 4, !tbaa !15
  %357 = insertelement <2 x ptr> %328, ptr %329, i64 1
  %358 = call noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #23
  store ptr %358, ptr %326, align 8, !tbaa !52
  %359 = getelementptr inbounds i8, ptr %326, i64 8
  %360 = getelementptr inbounds i8, ptr %358, i64 400
  %361 = getelementptr inbounds i8, ptr %326, i64 16
  store ptr %360, ptr %361, align 8, !tbaa !54
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(400) %358, ptr noundef nonnull align 4 dereferenceable(400) %327, i64 400, i1 false)
  store ptr %360, ptr %359, align 8, !tbaa !55
  %362 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %363 = add nsw i32 %362, 1
  store i32 %363, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %364 = getelementptr inbounds i8, ptr %326, i64 24
  store <2 x ptr> %357, ptr %364, align 8, !tbaa !30
  %365 = getelementptr inbounds i8, ptr %326, i64 40
  store ptr %329, ptr %365, align 8, !tbaa !54
  %366 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %367 = add nsw i32 %366, 1
  store i32 %367, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %368 = getelementptr inbounds i8, ptr %326, i64 48
  %369 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #23
  store ptr %369, ptr %368, align 8, !tbaa !52
  %370 = getelementptr inbounds i8, ptr %369, i64 40
  %371 = getelementptr inbounds i8, ptr %326, i64 64
  store ptr %370, ptr %371, align 8, !tbaa !54
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %369, align 4, !tbaa !15
  %372 = getelementptr inbounds i8, ptr %369, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %372, align 4, !tbaa !15
  %373 = getelementptr inbounds i8, ptr %369, i64 32
  store i32 1, ptr %373, align 4, !tbaa !15
  %374 = getelementptr inbounds i8, ptr %369, i64 36
  store i32 1, ptr %374, align 4, !tbaa !15
  %375 = getelementptr inbounds i8, ptr %326, i64 56
  store ptr %370, ptr %375, align 8, !tbaa !55
  %376 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %377 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %378 = getelementptr inbounds i8, ptr %326, i64 8
  %379 = load ptr, ptr %378, align 8, !tbaa !55
  %380 = load ptr, ptr %326, align 8, !tbaa !52
  %381 = ptrtoint ptr %379 to i64
  %382 = ptrtoint ptr %380 to i64
  %383 = sub i64 %381, %382
  %384 = ashr exact i64 %383, 2
  %385 = getelementptr inbounds i8, ptr %326, i64 24
  %386 = getelementptr inbounds i8, ptr %326, i64 32
  %387 = load ptr, ptr %386, align 8, !tbaa !55
  %388 = load ptr, ptr %385, align 8, !tbaa !52
  %389 = ptrtoint ptr %387 to i64
  %390 = ptrtoint ptr %388 to i64
  %391 = sub i64 %389, %390
  %392 = ashr exact i64 %391, 2
  %393 = getelementptr inbounds i8, ptr %326, i64 48
  %394 = getelementptr inbounds i8, ptr %326, i64 56
  %395 = load ptr, ptr %394, align 8, !tbaa !55
  %396 = load ptr, ptr %393, align 8, !tbaa !52
  %397 = ptrtoint ptr %395 to i64
  %398 = ptrtoint ptr %396 to i64
  %399 = sub i64 %397, %398
  %400 = ashr exact i64 %399, 2
  %401 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %376, i32 noundef %377, i64 noundef %384, i64 noundef %392, i64 noundef %400)
  br label %402

402:                                              ; preds = %325, %413
  %403 = phi i64 [ %414, %413 ], [ 0, %325 ]
  %404 = getelementptr inbounds i8, ptr %326, i64 %403
  %405 = load ptr, ptr %404, align 8, !tbaa !52
  %406 = icmp eq ptr %405, null
  br i1 %406, label %413, label %407

407:                                              ; preds = %402
  %408 = getelementptr inbounds i8, ptr %404, i64 16
  %409 = load ptr, ptr %408, align 8, !tbaa !54
  %410 = ptrtoint ptr %409 to i64
  %411 = ptrtoint ptr %405 to i64
  %412 = sub i64 %410, %411
  call void @_ZdlPvm(ptr noundef nonnull %405, i64 noundef %412) #22
  br label %413

413:                                              ; preds = %407, %402
  %414 = add nuw nsw i64 %403, 24
  %415 = icmp eq i64 %414, 72
  br i1 %415, label %416, label %402, !llvm.loop !56

416:                                              ; preds = %413
  call void @_ZdlPvm(ptr noundef nonnull %326, i64 noundef 96) #22
  %417 = load ptr, ptr %8, align 8, !tbaa !58
  %418 = load ptr, ptr %116, align 8, !tbaa !34
  %419 = icmp eq ptr %417, %418
  br i1 %419, label %432, label %420

420:                                              ; preds = %416, %427
  %421 = phi ptr [ %428, %427 ], [ %417, %416 ]
  %422 = getelementptr inbounds i8, ptr %421, i64 16
  %423 = load ptr, ptr %422, align 8, !tbaa !27
  %424 = icmp eq ptr %423, null
  br i1 %424, label %427, label %425

425:                                              ; preds = %420
  %426 = call noundef zeroext i1 %423(ptr noundef nonnull align 8 dereferenceable(16) %421, ptr noundef nonnull align 8 dereferenceable(16) %421, i32 noundef 3) #21
  br label %427

427:                                              ; preds = %425, %420
  %428 = getelementptr inbounds i8, ptr %421, i64 32
  %429 = icmp eq ptr %428, %418
  br i1 %429, label %430, label %420, !llvm.loop !59

430:                                              ; preds = %427
  %431 = load ptr, ptr %8, align 8, !tbaa !58
  br label %432

432:                                              ; preds = %430, %416
  %433 = phi ptr [ %431, %430 ], [ %417, %416 ]
  %434 = icmp eq ptr %433, null
  br i1 %434, label %440, label %435

435:                                              ; preds = %432
  %436 = load ptr, ptr %117, align 8, !tbaa !31
  %437 = ptrtoint ptr %436 to i64
  %438 = ptrtoint ptr %433 to i64
  %439 = sub i64 %437, %438
  call void @_ZdlPvm(ptr noundef nonnull %433, i64 noundef %439) #22
  br label %440

440:                                              ; preds = %432, %435
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #21
  %441 = load ptr, ptr %94, align 8, !tbaa !27
  %442 = icmp eq ptr %441, null
  br i1 %442, label %445, label %443

443:                                              ; preds = %440
  %444 = call noundef zeroext i1 %441(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3) #21
  br label %445

445:                                              ; preds = %440, %443
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #21
  %446 = icmp eq ptr %88, null
  br i1 %446, label %451, label %447

447:                                              ; preds = %445
  %448 = ptrtoint ptr %89 to i64
  %449 = ptrtoint ptr %88 to i64
  %450 = sub i64 %448, %449
  call void @_ZdlPvm(ptr noundef nonnull %88, i64 noundef %450) #22
  br label %451

451:                                              ; preds = %445, %447
  call void @_ZdlPvm(ptr noundef nonnull %45, i64 noundef 20) #22
  %452 = load ptr, ptr %5, align 8, !tbaa !14
  %453 = getelementptr inbounds i8, ptr %5, i64 16
  %454 = icmp eq ptr %452, %453
  br i1 %454, label %458, label %455

455:                                              ; preds = %451
  %456 = load i64, ptr %453, align 8, !tbaa !10
  %457 = add i64 %456, 1
  call void @_ZdlPvm(ptr noundef %452, i64 noundef %457) #22
  br label %458

458:                                              ; preds = %451, %455
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #21
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #21
  ret i32 0

459:                                              ; preds = %168, %465
  %460 = phi ptr [ %470, %465 ], [ %169, %168 ]
  %461 = getelementptr inbounds i8, ptr %460, i64 16
  %462 = load ptr, ptr %461, align 8, !tbaa !27
  %463 = icmp eq ptr %462, null
  br i1 %463, label %464, label %465

464:                                              ; preds = %459
  call void @_ZSt25__throw_bad_function_callv() #24
  unreachable

465:                                              ; preds = %459
  %466 = getelementptr inbounds i8, ptr %460, i64 24
  %467 = load ptr, ptr %466, align 8, !tbaa !28
  %468 = call noundef i32 %467(ptr noundef nonnull align 8 dereferenceable(16) %460) #21
  %469 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %468)
  %470 = getelementptr inbounds i8, ptr %460, i64 32
  %471 = icmp eq ptr %470, %170
  br i1 %471, label %184, label %459
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #2 comdat align 2 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  store i32 %1, ptr %0, align 4, !tbaa !60
  %4 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %6 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %8, label %13, !prof !17

8:                                                ; preds = %2
  %9 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %13, label %11

11:                                               ; preds = %8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %12 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #21
  br label %13

13:                                               ; preds = %2, %8, %11
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #21
  %14 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %14, ptr %3, align 8, !tbaa !5
  store i32 1701077357, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %15, align 8, !tbaa !11
  %16 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %16, align 4, !tbaa !10
  %17 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !30
  %18 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 16), align 8, !tbaa !62
  %19 = icmp eq ptr %17, %18
  br i1 %19, label %30, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %17, i64 16
  store ptr %21, ptr %17, align 8, !tbaa !5
  %22 = load ptr, ptr %3, align 8, !tbaa !14
  %23 = icmp eq ptr %22, %14
  br i1 %23, label %24, label %25

24:                                               ; preds = %20
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %21, ptr noundef nonnull align 8 dereferenceable(5) %14, i64 5, i1 false)
  br label %27

25:                                               ; preds = %20
  store ptr %22, ptr %17, align 8, !tbaa !14
  %26 = load i64, ptr %14, align 8, !tbaa !10
  store i64 %26, ptr %21, align 8, !tbaa !10
  br label %27

27:                                               ; preds = %24, %25
  %28 = getelementptr inbounds i8, ptr %17, i64 8
  store i64 4, ptr %28, align 8, !tbaa !11
  %29 = getelementptr inbounds i8, ptr %17, i64 32
  store ptr %29, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !18
  br label %36

30:                                               ; preds = %13
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr %17, ptr noundef nonnull align 8 dereferenceable(32) %3)
  %31 = load ptr, ptr %3, align 8, !tbaa !14
  %32 = icmp eq ptr %31, %14
  br i1 %32, label %36, label %33

33:                                               ; preds = %30
  %34 = load i64, ptr %14, align 8, !tbaa !10
  %35 = add i64 %34, 1
  call void @_ZdlPvm(ptr noundef %31, i64 noundef %35) #22
  br label %36

36:                                               ; preds = %27, %30, %33
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #21
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !5
  %5 = load ptr, ptr %1, align 8, !tbaa !14
  %6 = getelementptr inbounds i8, ptr %1, i64 16
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %8, label %14

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !11
  %11 = add i64 %10, 1
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %16, label %13

13:                                               ; preds = %8
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %4, ptr nonnull align 8 %6, i64 %11, i1 false)
  br label %16

14:                                               ; preds = %2
  store ptr %5, ptr %0, align 8, !tbaa !14
  %15 = load i64, ptr %6, align 8, !tbaa !10
  store i64 %15, ptr %4, align 8, !tbaa !10
  br label %16

16:                                               ; preds = %8, %13, %14
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !11
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !11
  store ptr %6, ptr %1, align 8, !tbaa !14
  store i64 0, ptr %17, align 8, !tbaa !11
  store i8 0, ptr %6, align 1, !tbaa !10
  %20 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !15
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !15
  %22 = load atomic i8, ptr @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11 acquire, align 8
  %23 = icmp eq i8 %22, 0
  br i1 %23, label %24, label %29, !prof !17

24:                                               ; preds = %16
  %25 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #21
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %29, label %27

27:                                               ; preds = %24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %28 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr nonnull @__dso_handle) #21
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #21
  br label %29

29:                                               ; preds = %16, %24, %27
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #21
  %30 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %30, ptr %3, align 8, !tbaa !5
  store i32 1701077357, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %31, align 8, !tbaa !11
  %32 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %32, align 4, !tbaa !10
  %33 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 8), align 8, !tbaa !30
  %34 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 16), align 8, !tbaa !62
  %35 = icmp eq ptr %33, %34
  br i1 %35, label %46, label %36

36:                                               ; preds = %29
  %37 = getelementptr inbounds i8, ptr %33, i64 16
  store ptr %37, ptr %33, align 8, !tbaa !5
  %38 = load ptr, ptr %3, align 8, !tbaa !14
  %39 = icmp eq ptr %38, %30
  br i1 %39, label %40, label %41

40:                                               ; preds = %36
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %37, ptr noundef nonnull align 8 dereferenceable(5) %30, i64 5, i1 false)
  br label %43

41:                                               ; preds = %36
  store ptr %38, ptr %33, align 8, !tbaa !14
  %42 = load i64, ptr %30, align 8, !tbaa !10
  store i64 %42, ptr %37, align 8, !tbaa !10
  br label %43

43:                                               ; preds = %40, %41
  %44 = getelementptr inbounds i8, ptr %33, i64 8
  store i64 4, ptr %44, align 8, !tbaa !11
  %45 = getelementptr inbounds i8, ptr %33, i64 32
  store ptr %45, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 8), align 8, !tbaa !18
  br label %52

46:                                               ; preds = %29
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr %33, ptr noundef nonnull align 8 dereferenceable(32) %3)
  %47 = load ptr, ptr %3, align 8, !tbaa !14
  %48 = icmp eq ptr %47, %30
  br i1 %48, label %52, label %49

49:                                               ; preds = %46
  %50 = load i64, ptr %30, align 8, !tbaa !10
  %51 = add i64 %50, 1
  call void @_ZdlPvm(ptr noundef %47, i64 noundef %51) #22
  br label %52

52:                                               ; preds = %43, %46, %49
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
  store ptr %6, ptr %4, align 8, !tbaa !5
  %7 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #21
  store i64 %7, ptr %3, align 8, !tbaa !63
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #21
  store ptr %10, ptr %4, align 8, !tbaa !14
  %11 = load i64, ptr %3, align 8, !tbaa !63
  store i64 %11, ptr %6, align 8, !tbaa !10
  br label %12

12:                                               ; preds = %9, %2
  %13 = phi ptr [ %10, %9 ], [ %6, %2 ]
  switch i64 %7, label %16 [
    i64 1, label %14
    i64 0, label %17
  ]

14:                                               ; preds = %12
  %15 = load i8, ptr %1, align 1, !tbaa !10
  store i8 %15, ptr %13, align 1, !tbaa !10
  br label %17

16:                                               ; preds = %12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr nonnull align 1 %1, i64 %7, i1 false)
  br label %17

17:                                               ; preds = %12, %14, %16
  %18 = load i64, ptr %3, align 8, !tbaa !63
  %19 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %18, ptr %19, align 8, !tbaa !11
  %20 = load ptr, ptr %4, align 8, !tbaa !14
  %21 = getelementptr inbounds i8, ptr %20, i64 %18
  store i8 0, ptr %21, align 1, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #21
  %22 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %22, ptr %5, align 8, !tbaa !5
  %23 = load ptr, ptr %4, align 8, !tbaa !14
  %24 = icmp eq ptr %23, %6
  br i1 %24, label %25, label %30

25:                                               ; preds = %17
  %26 = load i64, ptr %19, align 8, !tbaa !11
  %27 = add i64 %26, 1
  %28 = icmp eq i64 %27, 0
  br i1 %28, label %33, label %29

29:                                               ; preds = %25
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %22, ptr nonnull align 8 %6, i64 %27, i1 false)
  br label %33

30:                                               ; preds = %17
  store ptr %23, ptr %5, align 8, !tbaa !14
  %31 = load i64, ptr %6, align 8, !tbaa !10
  store i64 %31, ptr %22, align 8, !tbaa !10
  %32 = load i64, ptr %19, align 8, !tbaa !11
  br label %33

33:                                               ; preds = %25, %29, %30
  %34 = phi ptr [ %22, %25 ], [ %22, %29 ], [ %23, %30 ]
  %35 = phi i64 [ -1, %25 ], [ %26, %29 ], [ %32, %30 ]
  %36 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %35, ptr %36, align 8, !tbaa !11
  store ptr %6, ptr %4, align 8, !tbaa !14
  store i64 0, ptr %19, align 8, !tbaa !11
  store i8 0, ptr %6, align 8, !tbaa !10
  %37 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %34)
  store ptr %5, ptr %0, align 8, !tbaa !30
  %38 = load ptr, ptr %4, align 8, !tbaa !14
  %39 = icmp eq ptr %38, %6
  br i1 %39, label %43, label %40

40:                                               ; preds = %33
  %41 = load i64, ptr %6, align 8, !tbaa !10
  %42 = add i64 %41, 1
  call void @_ZdlPvm(ptr noundef %38, i64 noundef %42) #22
  br label %43

43:                                               ; preds = %33, %40
  ret void
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #6 comdat align 2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !44
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(16) %0) #21
  %5 = getelementptr inbounds i8, ptr %0, i64 12
  %6 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i32, ptr %5, align 4, !tbaa !15
  %10 = add nsw i32 %9, -1
  store i32 %10, ptr %5, align 4, !tbaa !15
  br label %13

11:                                               ; preds = %1
  %12 = atomicrmw volatile add ptr %5, i32 -1 acq_rel, align 4
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi i32 [ %9, %8 ], [ %12, %11 ]
  %15 = icmp eq i32 %14, 1
  br i1 %15, label %16, label %20

16:                                               ; preds = %13
  %17 = load ptr, ptr %0, align 8, !tbaa !44
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
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !18
  %6 = load ptr, ptr %0, align 8, !tbaa !30
  %7 = ptrtoint ptr %5 to i64
  %8 = ptrtoint ptr %6 to i64
  %9 = sub i64 %7, %8
  %10 = icmp eq i64 %9, 9223372036854775776
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24
  unreachable

12:                                               ; preds = %3
  %13 = ashr exact i64 %9, 5
  %14 = tail call i64 @llvm.umax.i64(i64 %13, i64 1)
  %15 = add nsw i64 %14, %13
  %16 = icmp ult i64 %15, %13
  %17 = tail call i64 @llvm.umin.i64(i64 %15, i64 288230376151711743)
  %18 = select i1 %16, i64 288230376151711743, i64 %17
  %19 = ptrtoint ptr %1 to i64
  %20 = sub i64 %19, %8
  %21 = ashr exact i64 %20, 5
  %22 = icmp eq i64 %18, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %12
  %24 = shl nuw nsw i64 %18, 5
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #23
  br label %26

26:                                               ; preds = %12, %23
  %27 = phi ptr [ %25, %23 ], [ null, %12 ]
  %28 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %21
  %29 = getelementptr inbounds i8, ptr %28, i64 16
  store ptr %29, ptr %28, align 8, !tbaa !5
  %30 = load ptr, ptr %2, align 8, !tbaa !14
  %31 = getelementptr inbounds i8, ptr %2, i64 16
  %32 = icmp eq ptr %30, %31
  br i1 %32, label %33, label %39

33:                                               ; preds = %26
  %34 = getelementptr inbounds i8, ptr %2, i64 8
  %35 = load i64, ptr %34, align 8, !tbaa !11
  %36 = add i64 %35, 1
  %37 = icmp eq i64 %36, 0
  br i1 %37, label %43, label %38

38:                                               ; preds = %33
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %29, ptr nonnull align 8 %31, i64 %36, i1 false)
  br label %43

39:                                               ; preds = %26
  store ptr %30, ptr %28, align 8, !tbaa !14
  %40 = load i64, ptr %31, align 8, !tbaa !10
  store i64 %40, ptr %29, align 8, !tbaa !10
  %41 = getelementptr inbounds i8, ptr %2, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !11
  br label %43

43:                                               ; preds = %33, %38, %39
  %44 = phi i64 [ -1, %33 ], [ %35, %38 ], [ %42, %39 ]
  %45 = getelementptr inbounds i8, ptr %2, i64 8
  %46 = getelementptr inbounds i8, ptr %28, i64 8
  store i64 %44, ptr %46, align 8, !tbaa !11
  store ptr %31, ptr %2, align 8, !tbaa !14
  store i64 0, ptr %45, align 8, !tbaa !11
  store i8 0, ptr %31, align 8, !tbaa !10
  %47 = icmp eq ptr %6, %1
  br i1 %47, label %72, label %48

48:                                               ; preds = %43, %65
  %49 = phi ptr [ %70, %65 ], [ %27, %43 ]
  %50 = phi ptr [ %69, %65 ], [ %6, %43 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !64)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !67)
  %51 = getelementptr inbounds i8, ptr %49, i64 16
  store ptr %51, ptr %49, align 8, !tbaa !5, !alias.scope !64, !noalias !67
  %52 = load ptr, ptr %50, align 8, !tbaa !14, !alias.scope !67, !noalias !64
  %53 = getelementptr inbounds i8, ptr %50, i64 16
  %54 = icmp eq ptr %52, %53
  br i1 %54, label %55, label %61

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %50, i64 8
  %57 = load i64, ptr %56, align 8, !tbaa !11, !alias.scope !67, !noalias !64
  %58 = add i64 %57, 1
  %59 = icmp eq i64 %58, 0
  br i1 %59, label %65, label %60

60:                                               ; preds = %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %51, ptr nonnull align 8 %53, i64 %58, i1 false), !alias.scope !69
  br label %65

61:                                               ; preds = %48
  store ptr %52, ptr %49, align 8, !tbaa !14, !alias.scope !64, !noalias !67
  %62 = load i64, ptr %53, align 8, !tbaa !10, !alias.scope !67, !noalias !64
  store i64 %62, ptr %51, align 8, !tbaa !10, !alias.scope !64, !noalias !67
  %63 = getelementptr inbounds i8, ptr %50, i64 8
  %64 = load i64, ptr %63, align 8, !tbaa !11, !alias.scope !67, !noalias !64
  br label %65

65:                                               ; preds = %61, %60, %55
  %66 = phi i64 [ %64, %61 ], [ %57, %60 ], [ -1, %55 ]
  %67 = getelementptr inbounds i8, ptr %50, i64 8
  %68 = getelementptr inbounds i8, ptr %49, i64 8
  store i64 %66, ptr %68, align 8, !tbaa !11, !alias.scope !64, !noalias !67
  store ptr %53, ptr %50, align 8, !tbaa !14, !alias.scope !67, !noalias !64
  store i64 0, ptr %67, align 8, !tbaa !11, !alias.scope !67, !noalias !64
  store i8 0, ptr %53, align 1, !tbaa !10, !alias.scope !67, !noalias !64
  %69 = getelementptr inbounds i8, ptr %50, i64 32
  %70 = getelementptr inbounds i8, ptr %49, i64 32
  %71 = icmp eq ptr %69, %1
  br i1 %71, label %72, label %48, !llvm.loop !70

72:                                               ; preds = %65, %43
  %73 = phi ptr [ %27, %43 ], [ %70, %65 ]
  %74 = getelementptr inbounds i8, ptr %73, i64 32
  %75 = icmp eq ptr %5, %1
  br i1 %75, label %100, label %76

76:                                               ; preds = %72, %93
  %77 = phi ptr [ %98, %93 ], [ %74, %72 ]
  %78 = phi ptr [ %97, %93 ], [ %1, %72 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !71)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !74)
  %79 = getelementptr inbounds i8, ptr %77, i64 16
  store ptr %79, ptr %77, align 8, !tbaa !5, !alias.scope !71, !noalias !74
  %80 = load ptr, ptr %78, align 8, !tbaa !14, !alias.scope !74, !noalias !71
  %81 = getelementptr inbounds i8, ptr %78, i64 16
  %82 = icmp eq ptr %80, %81
  br i1 %82, label %83, label %89

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %78, i64 8
  %85 = load i64, ptr %84, align 8, !tbaa !11, !alias.scope !74, !noalias !71
  %86 = add i64 %85, 1
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %93, label %88

88:                                               ; preds = %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %79, ptr nonnull align 8 %81, i64 %86, i1 false), !alias.scope !76
  br label %93

89:                                               ; preds = %76
  store ptr %80, ptr %77, align 8, !tbaa !14, !alias.scope !71, !noalias !74
  %90 = load i64, ptr %81, align 8, !tbaa !10, !alias.scope !74, !noalias !71
  store i64 %90, ptr %79, align 8, !tbaa !10, !alias.scope !71, !noalias !74
  %91 = getelementptr inbounds i8, ptr %78, i64 8
  %92 = load i64, ptr %91, align 8, !tbaa !11, !alias.scope !74, !noalias !71
  br label %93

93:                                               ; preds = %89, %88, %83
  %94 = phi i64 [ %92, %89 ], [ %85, %88 ], [ -1, %83 ]
  %95 = getelementptr inbounds i8, ptr %78, i64 8
  %96 = getelementptr inbounds i8, ptr %77, i64 8
  store i64 %94, ptr %96, align 8, !tbaa !11, !alias.scope !71, !noalias !74
  store ptr %81, ptr %78, align 8, !tbaa !14, !alias.scope !74, !noalias !71
  store i64 0, ptr %95, align 8, !tbaa !11, !alias.scope !74, !noalias !71
  store i8 0, ptr %81, align 1, !tbaa !10, !alias.scope !74, !noalias !71
  %97 = getelementptr inbounds i8, ptr %78, i64 32
  %98 = getelementptr inbounds i8, ptr %77, i64 32
  %99 = icmp eq ptr %97, %5
  br i1 %99, label %100, label %76, !llvm.loop !70

100:                                              ; preds = %93, %72
  %101 = phi ptr [ %74, %72 ], [ %98, %93 ]
  %102 = getelementptr inbounds i8, ptr %0, i64 16
  %103 = icmp eq ptr %6, null
  br i1 %103, label %108, label %104

104:                                              ; preds = %100
  %105 = load ptr, ptr %102, align 8, !tbaa !62
  %106 = ptrtoint ptr %105 to i64
  %107 = sub i64 %106, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef %107) #22
  br label %108

108:                                              ; preds = %100, %104
  store ptr %27, ptr %0, align 8, !tbaa !20
  store ptr %101, ptr %4, align 8, !tbaa !18
  %109 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %18
  store ptr %109, ptr %102, align 8, !tbaa !62
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #10

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !20
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !18
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !14
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !10
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #22
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !77

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !20
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !62
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
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %2) #14 align 2 {
  %4 = load i32, ptr %1, align 4, !tbaa !15
  %5 = load i32, ptr %2, align 4, !tbaa !15
  %6 = mul nsw i32 %4, 10
  %7 = add nsw i32 %6, %5
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #15 align 2 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !30
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #7

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !34
  %6 = load ptr, ptr %0, align 8, !tbaa !30
  %7 = ptrtoint ptr %5 to i64
  %8 = ptrtoint ptr %6 to i64
  %9 = sub i64 %7, %8
  %10 = icmp eq i64 %9, 9223372036854775776
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #24
  unreachable

12:                                               ; preds = %3
  %13 = ashr exact i64 %9, 5
  %14 = tail call i64 @llvm.umax.i64(i64 %13, i64 1)
  %15 = add nsw i64 %14, %13
  %16 = icmp ult i64 %15, %13
  %17 = tail call i64 @llvm.umin.i64(i64 %15, i64 288230376151711743)
  %18 = select i1 %16, i64 288230376151711743, i64 %17
  %19 = ptrtoint ptr %1 to i64
  %20 = sub i64 %19, %8
  %21 = ashr exact i64 %20, 5
  %22 = icmp eq i64 %18, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %12
  %24 = shl nuw nsw i64 %18, 5
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #23
  br label %26

26:                                               ; preds = %12, %23
  %27 = phi ptr [ %25, %23 ], [ null, %12 ]
  %28 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %21
  %29 = getelementptr inbounds i8, ptr %28, i64 24
  %30 = getelementptr inbounds i8, ptr %2, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %28, i8 0, i64 24, i1 false)
  %31 = load ptr, ptr %30, align 8, !tbaa !28
  store ptr %31, ptr %29, align 8, !tbaa !28
  %32 = getelementptr inbounds i8, ptr %2, i64 16
  %33 = load ptr, ptr %32, align 8, !tbaa !27
  %34 = icmp eq ptr %33, null
  br i1 %34, label %37, label %35

35:                                               ; preds = %26
  %36 = getelementptr inbounds i8, ptr %28, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, ptr noundef nonnull align 8 dereferenceable(16) %2, i64 16, i1 false), !tbaa.struct !33
  store ptr %33, ptr %36, align 8, !tbaa !27
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %32, i8 0, i64 16, i1 false)
  br label %37

37:                                               ; preds = %26, %35
  %38 = icmp eq ptr %6, %1
  br i1 %38, label %54, label %39

39:                                               ; preds = %37, %50
  %40 = phi ptr [ %52, %50 ], [ %27, %37 ]
  %41 = phi ptr [ %51, %50 ], [ %6, %37 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !78)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !81)
  %42 = getelementptr inbounds i8, ptr %40, i64 24
  %43 = getelementptr inbounds i8, ptr %41, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %40, i8 0, i64 24, i1 false), !alias.scope !78, !noalias !81
  %44 = load ptr, ptr %43, align 8, !tbaa !28, !alias.scope !81, !noalias !78
  store ptr %44, ptr %42, align 8, !tbaa !28, !alias.scope !78, !noalias !81
  %45 = getelementptr inbounds i8, ptr %41, i64 16
  %46 = load ptr, ptr %45, align 8, !tbaa !27, !alias.scope !81, !noalias !78
  %47 = icmp eq ptr %46, null
  br i1 %47, label %50, label %48

48:                                               ; preds = %39
  %49 = getelementptr inbounds i8, ptr %40, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull align 8 dereferenceable(16) %41, i64 16, i1 false), !tbaa.struct !33, !alias.scope !83
  store ptr %46, ptr %49, align 8, !tbaa !27, !alias.scope !78, !noalias !81
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %45, i8 0, i64 16, i1 false), !alias.scope !81, !noalias !78
  br label %50

50:                                               ; preds = %48, %39
  %51 = getelementptr inbounds i8, ptr %41, i64 32
  %52 = getelementptr inbounds i8, ptr %40, i64 32
  %53 = icmp eq ptr %51, %1
  br i1 %53, label %54, label %39, !llvm.loop !84

54:                                               ; preds = %50, %37
  %55 = phi ptr [ %27, %37 ], [ %52, %50 ]
  %56 = getelementptr inbounds i8, ptr %55, i64 32
  %57 = icmp eq ptr %5, %1
  br i1 %57, label %73, label %58

58:                                               ; preds = %54, %69
  %59 = phi ptr [ %71, %69 ], [ %56, %54 ]
  %60 = phi ptr [ %70, %69 ], [ %1, %54 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !85)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !88)
  %61 = getelementptr inbounds i8, ptr %59, i64 24
  %62 = getelementptr inbounds i8, ptr %60, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %59, i8 0, i64 24, i1 false), !alias.scope !85, !noalias !88
  %63 = load ptr, ptr %62, align 8, !tbaa !28, !alias.scope !88, !noalias !85
  store ptr %63, ptr %61, align 8, !tbaa !28, !alias.scope !85, !noalias !88
  %64 = getelementptr inbounds i8, ptr %60, i64 16
  %65 = load ptr, ptr %64, align 8, !tbaa !27, !alias.scope !88, !noalias !85
  %66 = icmp eq ptr %65, null
  br i1 %66, label %69, label %67

67:                                               ; preds = %58
  %68 = getelementptr inbounds i8, ptr %59, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %59, ptr noundef nonnull align 8 dereferenceable(16) %60, i64 16, i1 false), !tbaa.struct !33, !alias.scope !90
  store ptr %65, ptr %68, align 8, !tbaa !27, !alias.scope !85, !noalias !88
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %64, i8 0, i64 16, i1 false), !alias.scope !88, !noalias !85
  br label %69

69:                                               ; preds = %67, %58
  %70 = getelementptr inbounds i8, ptr %60, i64 32
  %71 = getelementptr inbounds i8, ptr %59, i64 32
  %72 = icmp eq ptr %70, %5
  br i1 %72, label %73, label %58, !llvm.loop !84

73:                                               ; preds = %69, %54
  %74 = phi ptr [ %56, %54 ], [ %71, %69 ]
  %75 = getelementptr inbounds i8, ptr %0, i64 16
  %76 = icmp eq ptr %6, null
  br i1 %76, label %81, label %77

77:                                               ; preds = %73
  %78 = load ptr, ptr %75, align 8, !tbaa !31
  %79 = ptrtoint ptr %78 to i64
  %80 = sub i64 %79, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef %80) #22
  br label %81

81:                                               ; preds = %73, %77
  store ptr %27, ptr %0, align 8, !tbaa !58
  store ptr %74, ptr %4, align 8, !tbaa !34
  %82 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %18
  store ptr %82, ptr %75, align 8, !tbaa !31
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data"(ptr nocapture noundef nonnull align 8 dereferenceable(16) %0) #16 align 2 {
  %2 = load i32, ptr %0, align 8, !tbaa !91
  %3 = mul nsw i32 %2, 100
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  %5 = load i32, ptr %4, align 4, !tbaa !93
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 4, !tbaa !93
  %7 = add nsw i32 %6, %3
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #16 align 2 {
  switch i32 %2, label %8 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_1", ptr %0, align 8, !tbaa !30
  br label %8

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !30
  br label %8

6:                                                ; preds = %3
  %7 = load i64, ptr %1, align 8
  store i64 %7, ptr %0, align 8
  br label %8

8:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !14
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %3)
  %5 = load ptr, ptr %2, align 8, !tbaa !14
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = icmp eq ptr %5, %6
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i64, ptr %6, align 8, !tbaa !10
  %10 = add i64 %9, 1
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #22
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #2 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) unnamed_addr #2 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = icmp eq ptr %1, @_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag
  br i1 %4, label %17, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !94
  %8 = icmp eq ptr %7, @_ZTSSt19_Sp_make_shared_tag
  br i1 %8, label %16, label %9

9:                                                ; preds = %5
  %10 = load i8, ptr %7, align 1, !tbaa !10
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
  store ptr %5, ptr %4, align 8, !tbaa !5
  %6 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #21
  store i64 %6, ptr %3, align 8, !tbaa !63
  %7 = icmp ugt i64 %6, 15
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #21
  store ptr %9, ptr %4, align 8, !tbaa !14
  %10 = load i64, ptr %3, align 8, !tbaa !63
  store i64 %10, ptr %5, align 8, !tbaa !10
  br label %11

11:                                               ; preds = %8, %2
  %12 = phi ptr [ %9, %8 ], [ %5, %2 ]
  switch i64 %6, label %15 [
    i64 1, label %13
    i64 0, label %16
  ]

13:                                               ; preds = %11
  %14 = load i8, ptr %1, align 1, !tbaa !10
  store i8 %14, ptr %12, align 1, !tbaa !10
  br label %16

15:                                               ; preds = %11
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr nonnull align 1 %1, i64 %6, i1 false)
  br label %16

16:                                               ; preds = %11, %13, %15
  %17 = load i64, ptr %3, align 8, !tbaa !63
  %18 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %17, ptr %18, align 8, !tbaa !11
  %19 = load ptr, ptr %4, align 8, !tbaa !14
  %20 = getelementptr inbounds i8, ptr %19, i64 %17
  store i8 0, ptr %20, align 1, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #21
  %21 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %21, ptr %0, align 8, !tbaa !5
  %22 = load ptr, ptr %4, align 8, !tbaa !14
  %23 = icmp eq ptr %22, %5
  br i1 %23, label %24, label %29

24:                                               ; preds = %16
  %25 = load i64, ptr %18, align 8, !tbaa !11
  %26 = add i64 %25, 1
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %32, label %28

28:                                               ; preds = %24
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %21, ptr nonnull align 8 %5, i64 %26, i1 false)
  br label %32

29:                                               ; preds = %16
  store ptr %22, ptr %0, align 8, !tbaa !14
  %30 = load i64, ptr %5, align 8, !tbaa !10
  store i64 %30, ptr %21, align 8, !tbaa !10
  %31 = load i64, ptr %18, align 8, !tbaa !11
  br label %32

32:                                               ; preds = %24, %28, %29
  %33 = phi ptr [ %21, %24 ], [ %21, %28 ], [ %22, %29 ]
  %34 = phi i64 [ -1, %24 ], [ %25, %28 ], [ %31, %29 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %34, ptr %35, align 8, !tbaa !11
  store ptr %5, ptr %4, align 8, !tbaa !14
  store i64 0, ptr %18, align 8, !tbaa !11
  store i8 0, ptr %5, align 8, !tbaa !10
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %33)
  %37 = load ptr, ptr %4, align 8, !tbaa !14
  %38 = icmp eq ptr %37, %5
  br i1 %38, label %42, label %39

39:                                               ; preds = %32
  %40 = load i64, ptr %5, align 8, !tbaa !10
  %41 = add i64 %40, 1
  call void @_ZdlPvm(ptr noundef %37, i64 noundef %41) #22
  br label %42

42:                                               ; preds = %32, %39
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #2 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #17 align 2 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !96
  %4 = tail call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"(ptr noundef nonnull readnone align 8 dereferenceable(24) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1) unnamed_addr #18 align 2 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !94
  %5 = icmp eq ptr %4, @"_ZTSZ4mainE3$_3"
  br i1 %5, label %12, label %6

6:                                                ; preds = %2
  %7 = load i8, ptr %4, align 1, !tbaa !10
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

attributes #0 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nofree nounwind }
attributes #13 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #20 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #21 = { nounwind }
attributes #22 = { builtin nounwind }
attributes #23 = { builtin nounwind allocsize(0) }
attributes #24 = { noreturn nounwind }

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
!10 = !{!8, !8, i64 0}
!11 = !{!12, !13, i64 8}
!12 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !6, i64 0, !13, i64 8, !8, i64 16}
!13 = !{!"long", !8, i64 0}
!14 = !{!12, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !8, i64 0}
!17 = !{!"branch_weights", i32 1, i32 1048575}
!18 = !{!19, !7, i64 8}
!19 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!20 = !{!19, !7, i64 0}
!21 = !{!22}
!22 = distinct !{!22, !23, !"_Z7map_vecIiZ4mainE3$_2ESt6vectorIT_SaIS2_EERKS4_T0_: argument 0"}
!23 = distinct !{!23, !"_Z7map_vecIiZ4mainE3$_2ESt6vectorIT_SaIS2_EERKS4_T0_"}
!24 = !{!25, !7, i64 24}
!25 = !{!"_ZTSSt8functionIFiiiEE", !26, i64 0, !7, i64 24}
!26 = !{!"_ZTSSt14_Function_base", !8, i64 0, !7, i64 16}
!27 = !{!26, !7, i64 16}
!28 = !{!29, !7, i64 24}
!29 = !{!"_ZTSSt8functionIFivEE", !26, i64 0, !7, i64 24}
!30 = !{!7, !7, i64 0}
!31 = !{!32, !7, i64 16}
!32 = !{!"_ZTSNSt12_Vector_baseISt8functionIFivEESaIS2_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!33 = !{i64 0, i64 16, !10}
!34 = !{!32, !7, i64 8}
!35 = !{!36, !38}
!36 = distinct !{!36, !37, !"_ZSt18__allocate_guardedISaISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERS8_: argument 0"}
!37 = distinct !{!37, !"_ZSt18__allocate_guardedISaISt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERS8_"}
!38 = distinct !{!38, !39, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_: argument 0"}
!39 = distinct !{!39, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_"}
!40 = !{!41, !16, i64 8}
!41 = !{!"_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE", !16, i64 8, !16, i64 12}
!42 = !{!38}
!43 = !{!41, !16, i64 12}
!44 = !{!45, !45, i64 0}
!45 = !{!"vtable pointer", !9, i64 0}
!46 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!47 = !{!48}
!48 = distinct !{!48, !49, !"_ZSt18__allocate_guardedISaISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERSA_: argument 0"}
!49 = distinct !{!49, !"_ZSt18__allocate_guardedISaISt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EEEESt15__allocated_ptrIT_ERSA_"}
!50 = !{!51, !7, i64 0}
!51 = !{!"_ZTSNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE5_ImplE", !7, i64 0}
!52 = !{!53, !7, i64 0}
!53 = !{!"_ZTSNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!54 = !{!53, !7, i64 16}
!55 = !{!53, !7, i64 8}
!56 = distinct !{!56, !57}
!57 = !{!"llvm.loop.mustprogress"}
!58 = !{!32, !7, i64 0}
!59 = distinct !{!59, !57}
!60 = !{!61, !16, i64 0}
!61 = !{!"_ZTS8RegistryIiE", !16, i64 0}
!62 = !{!19, !7, i64 16}
!63 = !{!13, !13, i64 0}
!64 = !{!65}
!65 = distinct !{!65, !66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!66 = distinct !{!66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!69 = !{!65, !68}
!70 = distinct !{!70, !57}
!71 = !{!72}
!72 = distinct !{!72, !73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!73 = distinct !{!73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!74 = !{!75}
!75 = distinct !{!75, !73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!76 = !{!72, !75}
!77 = distinct !{!77, !57}
!78 = !{!79}
!79 = distinct !{!79, !80, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!80 = distinct !{!80, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!81 = !{!82}
!82 = distinct !{!82, !80, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!83 = !{!79, !82}
!84 = distinct !{!84, !57}
!85 = !{!86}
!86 = distinct !{!86, !87, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!87 = distinct !{!87, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!88 = !{!89}
!89 = distinct !{!89, !87, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!90 = !{!86, !89}
!91 = !{!92, !16, i64 0}
!92 = !{!"_ZTSZ4mainE3$_1", !16, i64 0, !16, i64 4}
!93 = !{!92, !16, i64 4}
!94 = !{!95, !7, i64 8}
!95 = !{!"_ZTSSt9type_info", !7, i64 8}
!96 = !{!97, !7, i64 16}
!97 = !{!"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", !41, i64 0, !51, i64 16}
