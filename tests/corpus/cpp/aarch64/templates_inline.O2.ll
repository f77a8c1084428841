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
%"class.std::shared_ptr" = type { %"class.std::__shared_ptr" }
%"class.std::__shared_ptr" = type { ptr, %"class.std::__shared_count" }
%"class.std::__shared_count" = type { ptr }
%"class.std::vector.26" = type { %"struct.std::_Vector_base.27" }
%"struct.std::_Vector_base.27" = type { %"struct.std::_Vector_base<Movable, std::allocator<Movable>>::_Vector_impl" }
%"struct.std::_Vector_base<Movable, std::allocator<Movable>>::_Vector_impl" = type { %"struct.std::_Vector_base<Movable, std::allocator<Movable>>::_Vector_impl_data" }
%"struct.std::_Vector_base<Movable, std::allocator<Movable>>::_Vector_impl_data" = type { ptr, ptr, ptr }

$_ZN8RegistryIiEC2Ei = comdat any

$_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_ = comdat any

$_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt10unique_ptrI8ResourceSt14default_deleteIS0_EED2Ev = comdat any

$_ZNSt6vectorI7MovableSaIS0_EED2Ev = comdat any

$_ZNSt6vectorISt8functionIFivEESaIS2_EED2Ev = comdat any

$__clang_call_terminate = comdat any

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

$_ZNSt12__shared_ptrI8ResourceLN9__gnu_cxx12_Lock_policyE2EED2Ev = comdat any

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
@"_ZTSZ4mainE3$_3" = internal constant [12 x i8] c"Z4mainE3$_3\00", align 1
@.str.19 = private unnamed_addr constant [20 x i8] c"custom deleter ran\0A\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
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
  %11 = alloca %"class.std::shared_ptr", align 16
  %12 = alloca %"class.std::vector.26", align 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #23
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #23
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 2)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #23
  %13 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %13, ptr %6, align 8, !tbaa !6
  store i8 120, ptr %13, align 8, !tbaa !11
  %14 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 1, ptr %14, align 8, !tbaa !12
  %15 = getelementptr inbounds i8, ptr %6, i64 17
  store i8 0, ptr %15, align 1, !tbaa !11
  invoke void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull %6)
          to label %16 unwind label %115

16:                                               ; preds = %0
  %17 = load ptr, ptr %6, align 8, !tbaa !15
  %18 = icmp eq ptr %17, %13
  br i1 %18, label %22, label %19

19:                                               ; preds = %16
  %20 = load i64, ptr %13, align 8, !tbaa !11
  %21 = add i64 %20, 1
  call void @_ZdlPvm(ptr noundef %17, i64 noundef %21) #24
  br label %22

22:                                               ; preds = %16, %19
  %23 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %24 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %25 = and i8 %24, 1
  %26 = icmp eq i8 %25, 0
  br i1 %26, label %27, label %32, !prof !18

27:                                               ; preds = %22
  %28 = call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %32, label %30

30:                                               ; preds = %27
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %31 = call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  br label %32

32:                                               ; preds = %22, %27, %30
  %33 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !19
  %34 = load ptr, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, align 8, !tbaa !21
  %35 = ptrtoint ptr %33 to i64
  %36 = ptrtoint ptr %34 to i64
  %37 = sub i64 %35, %36
  %38 = ashr exact i64 %37, 5
  %39 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !16
  %40 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %23, i64 noundef %38, i32 noundef %39)
  %41 = load i32, ptr @_ZZ7next_idvE2id, align 4, !tbaa !16
  %42 = add nsw i32 %41, 1
  %43 = add nsw i32 %41, 2
  %44 = add nsw i32 %41, 3
  store i32 %44, ptr @_ZZ7next_idvE2id, align 4, !tbaa !16
  %45 = load i32, ptr @shared_total, align 4, !tbaa !16
  %46 = add nsw i32 %45, 5
  store i32 %46, ptr @shared_total, align 4, !tbaa !16
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %42, i32 noundef %43, i32 noundef %44, i32 noundef %46)
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 108)
  %49 = invoke noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #25
          to label %52 unwind label %50

50:                                               ; preds = %32
  %51 = landingpad { ptr, i32 }
          cleanup
  br label %682

52:                                               ; preds = %32
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %49, ptr noundef nonnull align 4 dereferenceable(20) @constinit, i64 20, i1 false)
  %53 = invoke noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #25
          to label %54 unwind label %119

54:                                               ; preds = %52
  %55 = getelementptr inbounds i8, ptr %53, i64 20
  br label %56

56:                                               ; preds = %95, %54
  %57 = phi ptr [ %55, %54 ], [ %96, %95 ]
  %58 = phi ptr [ %53, %54 ], [ %99, %95 ]
  %59 = phi ptr [ %53, %54 ], [ %98, %95 ]
  %60 = phi i64 [ 0, %54 ], [ %100, %95 ]
  %61 = getelementptr inbounds i8, ptr %49, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !16
  %63 = mul nsw i32 %62, 3
  %64 = icmp eq ptr %58, %57
  br i1 %64, label %66, label %65

65:                                               ; preds = %56
  store i32 %63, ptr %58, align 4, !tbaa !16
  br label %95

66:                                               ; preds = %56
  %67 = ptrtoint ptr %57 to i64
  %68 = ptrtoint ptr %59 to i64
  %69 = sub i64 %67, %68
  %70 = icmp eq i64 %69, 9223372036854775804
  br i1 %70, label %71, label %73

71:                                               ; preds = %66
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
          to label %72 unwind label %104

72:                                               ; preds = %71
  unreachable

73:                                               ; preds = %66
  %74 = ashr exact i64 %69, 2
  %75 = call i64 @llvm.umax.i64(i64 %74, i64 1)
  %76 = add nsw i64 %75, %74
  %77 = icmp ult i64 %76, %74
  %78 = call i64 @llvm.umin.i64(i64 %76, i64 2305843009213693951)
  %79 = select i1 %77, i64 2305843009213693951, i64 %78
  %80 = icmp eq i64 %79, 0
  br i1 %80, label %84, label %81

81:                                               ; preds = %73
  %82 = shl nuw nsw i64 %79, 2
  %83 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %82) #25
          to label %84 unwind label %102

84:                                               ; preds = %81, %73
  %85 = phi ptr [ null, %73 ], [ %83, %81 ]
  %86 = getelementptr inbounds i32, ptr %85, i64 %74
  store i32 %63, ptr %86, align 4, !tbaa !16
  %87 = icmp sgt i64 %69, 0
  br i1 %87, label %88, label %89

88:                                               ; preds = %84
  call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %85, ptr align 4 %59, i64 %69, i1 false)
  br label %89

89:                                               ; preds = %84, %88
  %90 = getelementptr inbounds i8, ptr %85, i64 %69
  %91 = icmp eq ptr %59, null
  br i1 %91, label %93, label %92

92:                                               ; preds = %89
  call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %69) #24
  br label %93

93:                                               ; preds = %89, %92
  %94 = getelementptr inbounds i32, ptr %85, i64 %79
  br label %95

95:                                               ; preds = %93, %65
  %96 = phi ptr [ %94, %93 ], [ %57, %65 ]
  %97 = phi ptr [ %90, %93 ], [ %58, %65 ]
  %98 = phi ptr [ %85, %93 ], [ %59, %65 ]
  %99 = getelementptr inbounds i8, ptr %97, i64 4
  %100 = add nuw nsw i64 %60, 4
  %101 = icmp eq i64 %100, 20
  br i1 %101, label %110, label %56

102:                                              ; preds = %81
  %103 = landingpad { ptr, i32 }
          cleanup
  br label %106

104:                                              ; preds = %71
  %105 = landingpad { ptr, i32 }
          cleanup
  br label %106

106:                                              ; preds = %104, %102
  %107 = phi { ptr, i32 } [ %103, %102 ], [ %105, %104 ]
  %108 = icmp eq ptr %59, null
  br i1 %108, label %680, label %109

109:                                              ; preds = %106
  call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %69) #24
  br label %680

110:                                              ; preds = %95
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #23
  %111 = getelementptr inbounds i8, ptr %7, i64 16
  %112 = getelementptr inbounds i8, ptr %7, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_", ptr %112, align 8, !tbaa !22
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %111, align 8, !tbaa !25
  %113 = ptrtoint ptr %98 to i64
  %114 = icmp eq ptr %98, %99
  br i1 %114, label %140, label %121

115:                                              ; preds = %0
  %116 = landingpad { ptr, i32 }
          cleanup
  %117 = load ptr, ptr %6, align 8, !tbaa !15
  %118 = icmp eq ptr %117, %13
  br i1 %118, label %693, label %687

119:                                              ; preds = %52
  %120 = landingpad { ptr, i32 }
          cleanup
  br label %680

121:                                              ; preds = %110, %133
  %122 = phi i32 [ %132, %133 ], [ 0, %110 ]
  %123 = phi ptr [ %134, %133 ], [ %98, %110 ]
  %124 = load i32, ptr %123, align 4, !tbaa !16
  %125 = srem i32 %122, 1000
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2)
  store i32 %125, ptr %1, align 4, !tbaa !16
  store i32 %124, ptr %2, align 4, !tbaa !16
  %126 = load ptr, ptr %111, align 8, !tbaa !25
  %127 = icmp eq ptr %126, null
  br i1 %127, label %128, label %130

128:                                              ; preds = %121
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %129 unwind label %138

129:                                              ; preds = %128
  unreachable

130:                                              ; preds = %121
  %131 = load ptr, ptr %112, align 8, !tbaa !22
  %132 = invoke noundef i32 %131(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 4 dereferenceable(4) %2)
          to label %133 unwind label %136

133:                                              ; preds = %130
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2)
  %134 = getelementptr inbounds i8, ptr %123, i64 4
  %135 = icmp eq ptr %123, %97
  br i1 %135, label %140, label %121

136:                                              ; preds = %130
  %137 = landingpad { ptr, i32 }
          cleanup
  br label %666

138:                                              ; preds = %128
  %139 = landingpad { ptr, i32 }
          cleanup
  br label %666

140:                                              ; preds = %133, %110
  %141 = phi i32 [ 0, %110 ], [ %132, %133 ]
  %142 = load i32, ptr %97, align 4, !tbaa !16
  %143 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %142, i32 noundef %141)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  %144 = getelementptr inbounds i8, ptr %9, i64 16
  %145 = getelementptr inbounds i8, ptr %9, i64 24
  %146 = getelementptr inbounds i8, ptr %8, i64 8
  %147 = getelementptr inbounds i8, ptr %8, i64 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %9, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %145, align 8, !tbaa !26
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %144, align 16, !tbaa !25
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 0, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %148 unwind label %204

148:                                              ; preds = %140
  %149 = load ptr, ptr %144, align 16, !tbaa !25
  %150 = icmp eq ptr %149, null
  br i1 %150, label %156, label %151

151:                                              ; preds = %148
  %152 = invoke noundef i1 %149(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %156 unwind label %153

153:                                              ; preds = %198, %176, %151
  %154 = landingpad { ptr, i32 }
          catch ptr null
  %155 = extractvalue { ptr, i32 } %154, 0
  call void @__clang_call_terminate(ptr %155) #27
  unreachable

156:                                              ; preds = %148, %151
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  store <2 x i64> <i64 1, i64 0>, ptr %9, align 16
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %145, align 8, !tbaa !26
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %144, align 16, !tbaa !25
  %157 = load ptr, ptr %146, align 8, !tbaa !28
  %158 = load ptr, ptr %147, align 8, !tbaa !29
  %159 = icmp eq ptr %157, %158
  br i1 %159, label %171, label %160

160:                                              ; preds = %156
  %161 = getelementptr inbounds i8, ptr %157, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %157, i8 0, i64 24, i1 false)
  %162 = load ptr, ptr %145, align 8, !tbaa !26
  store ptr %162, ptr %161, align 8, !tbaa !26
  %163 = load ptr, ptr %144, align 16, !tbaa !25
  %164 = icmp eq ptr %163, null
  br i1 %164, label %168, label %165

165:                                              ; preds = %160
  %166 = getelementptr inbounds i8, ptr %157, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %157, ptr noundef nonnull align 16 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !31
  %167 = load ptr, ptr %144, align 16, !tbaa !25
  store ptr %167, ptr %166, align 8, !tbaa !25
  br label %168

168:                                              ; preds = %160, %165
  %169 = load ptr, ptr %146, align 8, !tbaa !32
  %170 = getelementptr inbounds i8, ptr %169, i64 32
  store ptr %170, ptr %146, align 8, !tbaa !32
  br label %178

171:                                              ; preds = %156
  %172 = ptrtoint ptr %157 to i64
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 %172, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %173 unwind label %204

173:                                              ; preds = %171
  %174 = load ptr, ptr %144, align 16, !tbaa !25
  %175 = icmp eq ptr %174, null
  br i1 %175, label %178, label %176

176:                                              ; preds = %173
  %177 = invoke noundef i1 %174(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %178 unwind label %153

178:                                              ; preds = %168, %176, %173
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  store <2 x i64> <i64 2, i64 0>, ptr %9, align 16
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %145, align 8, !tbaa !26
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %144, align 16, !tbaa !25
  %179 = load ptr, ptr %146, align 8, !tbaa !28
  %180 = load ptr, ptr %147, align 8, !tbaa !29
  %181 = icmp eq ptr %179, %180
  br i1 %181, label %193, label %182

182:                                              ; preds = %178
  %183 = getelementptr inbounds i8, ptr %179, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %179, i8 0, i64 24, i1 false)
  %184 = load ptr, ptr %145, align 8, !tbaa !26
  store ptr %184, ptr %183, align 8, !tbaa !26
  %185 = load ptr, ptr %144, align 16, !tbaa !25
  %186 = icmp eq ptr %185, null
  br i1 %186, label %190, label %187

187:                                              ; preds = %182
  %188 = getelementptr inbounds i8, ptr %179, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %179, ptr noundef nonnull align 16 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !31
  %189 = load ptr, ptr %144, align 16, !tbaa !25
  store ptr %189, ptr %188, align 8, !tbaa !25
  br label %190

190:                                              ; preds = %182, %187
  %191 = load ptr, ptr %146, align 8, !tbaa !32
  %192 = getelementptr inbounds i8, ptr %191, i64 32
  store ptr %192, ptr %146, align 8, !tbaa !32
  br label %200

193:                                              ; preds = %178
  %194 = ptrtoint ptr %179 to i64
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, i64 %194, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %195 unwind label %204

195:                                              ; preds = %193
  %196 = load ptr, ptr %144, align 16, !tbaa !25
  %197 = icmp eq ptr %196, null
  br i1 %197, label %200, label %198

198:                                              ; preds = %195
  %199 = invoke noundef i1 %196(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %200 unwind label %153

200:                                              ; preds = %190, %198, %195
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  %201 = load ptr, ptr %8, align 8, !tbaa !28
  %202 = load ptr, ptr %146, align 8, !tbaa !28
  %203 = icmp eq ptr %201, %202
  br i1 %203, label %236, label %218

204:                                              ; preds = %193, %171, %140
  %205 = landingpad { ptr, i32 }
          cleanup
  %206 = load ptr, ptr %144, align 16, !tbaa !25
  %207 = icmp eq ptr %206, null
  br i1 %207, label %213, label %208

208:                                              ; preds = %204
  %209 = invoke noundef i1 %206(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %213 unwind label %210

210:                                              ; preds = %208
  %211 = landingpad { ptr, i32 }
          catch ptr null
  %212 = extractvalue { ptr, i32 } %211, 0
  call void @__clang_call_terminate(ptr %212) #27
  unreachable

213:                                              ; preds = %204, %208
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  br label %664

214:                                              ; preds = %229
  %215 = load ptr, ptr %8, align 8, !tbaa !28
  %216 = load ptr, ptr %146, align 8, !tbaa !28
  %217 = icmp eq ptr %215, %216
  br i1 %217, label %236, label %237

218:                                              ; preds = %200, %229
  %219 = phi ptr [ %230, %229 ], [ %201, %200 ]
  %220 = getelementptr inbounds i8, ptr %219, i64 16
  %221 = load ptr, ptr %220, align 8, !tbaa !25
  %222 = icmp eq ptr %221, null
  br i1 %222, label %223, label %225

223:                                              ; preds = %218
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %224 unwind label %234

224:                                              ; preds = %223
  unreachable

225:                                              ; preds = %218
  %226 = getelementptr inbounds i8, ptr %219, i64 24
  %227 = load ptr, ptr %226, align 8, !tbaa !26
  %228 = invoke noundef i32 %227(ptr noundef nonnull align 8 dereferenceable(16) %219)
          to label %229 unwind label %232

229:                                              ; preds = %225
  %230 = getelementptr inbounds i8, ptr %219, i64 32
  %231 = icmp eq ptr %230, %202
  br i1 %231, label %214, label %218

232:                                              ; preds = %225
  %233 = landingpad { ptr, i32 }
          cleanup
  br label %664

234:                                              ; preds = %223
  %235 = landingpad { ptr, i32 }
          cleanup
  br label %664

236:                                              ; preds = %248, %200, %214
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #23
  invoke void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %10, ptr noundef nonnull align 1 dereferenceable(7) @.str.6)
          to label %256 unwind label %620

237:                                              ; preds = %214, %248
  %238 = phi ptr [ %250, %248 ], [ %215, %214 ]
  %239 = getelementptr inbounds i8, ptr %238, i64 16
  %240 = load ptr, ptr %239, align 8, !tbaa !25
  %241 = icmp eq ptr %240, null
  br i1 %241, label %242, label %244

242:                                              ; preds = %237
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %243 unwind label %254

243:                                              ; preds = %242
  unreachable

244:                                              ; preds = %237
  %245 = getelementptr inbounds i8, ptr %238, i64 24
  %246 = load ptr, ptr %245, align 8, !tbaa !26
  %247 = invoke noundef i32 %246(ptr noundef nonnull align 8 dereferenceable(16) %238)
          to label %248 unwind label %252

248:                                              ; preds = %244
  %249 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %247)
  %250 = getelementptr inbounds i8, ptr %238, i64 32
  %251 = icmp eq ptr %250, %216
  br i1 %251, label %236, label %237

252:                                              ; preds = %244
  %253 = landingpad { ptr, i32 }
          cleanup
  br label %664

254:                                              ; preds = %242
  %255 = landingpad { ptr, i32 }
          cleanup
  br label %664

256:                                              ; preds = %236
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %11) #23
  call void @llvm.experimental.noalias.scope.decl(metadata !33)
  %257 = invoke noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #25
          to label %258 unwind label %622

258:                                              ; preds = %256
  %259 = getelementptr inbounds i8, ptr %257, i64 8
  %260 = getelementptr inbounds i8, ptr %257, i64 12
  store <2 x i32> <i32 1, i32 1>, ptr %259, align 8, !tbaa !16, !noalias !33
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, i64 16), ptr %257, align 8, !tbaa !36, !noalias !33
  %261 = getelementptr inbounds i8, ptr %257, i64 16
  invoke void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef nonnull %261, ptr noundef nonnull align 1 dereferenceable(7) @.str.7)
          to label %264 unwind label %262, !noalias !33

262:                                              ; preds = %258
  %263 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %257, i64 noundef 48) #24, !noalias !33
  br label %640

264:                                              ; preds = %258
  %265 = getelementptr inbounds i8, ptr %11, i64 8
  store ptr %257, ptr %265, align 8, !tbaa !38, !alias.scope !33
  store ptr %261, ptr %11, align 16, !tbaa !28, !alias.scope !33
  %266 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %267 = icmp eq i8 %266, 0
  br i1 %267, label %271, label %268

268:                                              ; preds = %264
  %269 = load i32, ptr %260, align 4, !tbaa !16
  %270 = add nsw i32 %269, 1
  store i32 %270, ptr %260, align 4, !tbaa !16
  br label %275

271:                                              ; preds = %264
  %272 = atomicrmw volatile add ptr %260, i32 1 acq_rel, align 4
  %273 = load ptr, ptr %265, align 8, !tbaa !38
  %274 = icmp eq ptr %273, null
  br i1 %274, label %319, label %275

275:                                              ; preds = %268, %271
  %276 = phi ptr [ %257, %268 ], [ %273, %271 ]
  %277 = getelementptr inbounds i8, ptr %276, i64 8
  %278 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %279 = icmp eq i8 %278, 0
  br i1 %279, label %283, label %280

280:                                              ; preds = %275
  %281 = load i32, ptr %277, align 4, !tbaa !16
  %282 = add nsw i32 %281, 1
  store i32 %282, ptr %277, align 4, !tbaa !16
  br label %287

283:                                              ; preds = %275
  %284 = atomicrmw volatile add ptr %277, i32 1 acq_rel, align 4
  %285 = load ptr, ptr %265, align 8, !tbaa !38
  %286 = icmp eq ptr %285, null
  br i1 %286, label %292, label %287

287:                                              ; preds = %280, %283
  %288 = phi ptr [ %276, %280 ], [ %285, %283 ]
  %289 = getelementptr inbounds i8, ptr %288, i64 8
  %290 = load atomic i32, ptr %289 monotonic, align 8
  %291 = sext i32 %290 to i64
  br label %292

292:                                              ; preds = %283, %287
  %293 = phi i64 [ %291, %287 ], [ 0, %283 ]
  %294 = load atomic i32, ptr %259 monotonic, align 8
  %295 = icmp eq i32 %294, 0
  %296 = zext i1 %295 to i32
  %297 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %293, i32 noundef %296)
  %298 = load atomic i64, ptr %277 acquire, align 8
  %299 = icmp eq i64 %298, 4294967297
  %300 = trunc i64 %298 to i32
  br i1 %299, label %301, label %308

301:                                              ; preds = %292
  store <2 x i32> zeroinitializer, ptr %277, align 8, !tbaa !16
  %302 = load ptr, ptr %276, align 8, !tbaa !36
  %303 = getelementptr inbounds i8, ptr %302, i64 16
  %304 = load ptr, ptr %303, align 8
  call void %304(ptr noundef nonnull align 8 dereferenceable(16) %276) #23
  %305 = load ptr, ptr %276, align 8, !tbaa !36
  %306 = getelementptr inbounds i8, ptr %305, i64 24
  %307 = load ptr, ptr %306, align 8
  call void %307(ptr noundef nonnull align 8 dereferenceable(16) %276) #23
  br label %324

308:                                              ; preds = %292
  %309 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %310 = icmp eq i8 %309, 0
  br i1 %310, label %313, label %311

311:                                              ; preds = %308
  %312 = add nsw i32 %300, -1
  store i32 %312, ptr %277, align 4, !tbaa !16
  br label %315

313:                                              ; preds = %308
  %314 = atomicrmw volatile add ptr %277, i32 -1 acq_rel, align 4
  br label %315

315:                                              ; preds = %313, %311
  %316 = phi i32 [ %300, %311 ], [ %314, %313 ]
  %317 = icmp eq i32 %316, 1
  br i1 %317, label %318, label %324, !prof !40

318:                                              ; preds = %315
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %276) #23
  br label %324

319:                                              ; preds = %271
  %320 = load atomic i32, ptr %259 monotonic, align 8
  %321 = icmp eq i32 %320, 0
  %322 = zext i1 %321 to i32
  %323 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef 0, i32 noundef %322)
  br label %324

324:                                              ; preds = %319, %301, %315, %318
  %325 = load ptr, ptr @stdout, align 8, !tbaa !28
  %326 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %338 unwind label %327

327:                                              ; preds = %324
  %328 = landingpad { ptr, i32 }
          catch ptr null
  %329 = extractvalue { ptr, i32 } %328, 0
  %330 = call ptr @__cxa_begin_catch(ptr %329) #23
  %331 = call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %325)
  invoke void @__cxa_rethrow() #26
          to label %337 unwind label %332

332:                                              ; preds = %327
  %333 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %624 unwind label %334

334:                                              ; preds = %332
  %335 = landingpad { ptr, i32 }
          catch ptr null
  %336 = extractvalue { ptr, i32 } %335, 0
  call void @__clang_call_terminate(ptr %336) #27
  unreachable

337:                                              ; preds = %327
  unreachable

338:                                              ; preds = %324
  %339 = getelementptr inbounds i8, ptr %326, i64 8
  store <2 x i32> <i32 1, i32 1>, ptr %339, align 8, !tbaa !16
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @"_ZTVSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", i64 16), ptr %326, align 8, !tbaa !36
  %340 = getelementptr inbounds i8, ptr %326, i64 16
  store ptr %325, ptr %340, align 8, !tbaa !41
  %341 = load i64, ptr %10, align 8, !tbaa !28
  %342 = inttoptr i64 %341 to ptr
  store ptr null, ptr %10, align 8, !tbaa !28
  %343 = load ptr, ptr %342, align 8, !tbaa !15
  %344 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, ptr noundef %343)
  %345 = load ptr, ptr %265, align 8, !tbaa !38
  store <2 x ptr> zeroinitializer, ptr %11, align 16, !tbaa !28
  %346 = icmp eq ptr %345, null
  br i1 %346, label %370, label %347

347:                                              ; preds = %338
  %348 = getelementptr inbounds i8, ptr %345, i64 8
  %349 = load atomic i64, ptr %348 acquire, align 8
  %350 = icmp eq i64 %349, 4294967297
  %351 = trunc i64 %349 to i32
  br i1 %350, label %352, label %359

352:                                              ; preds = %347
  store <2 x i32> zeroinitializer, ptr %348, align 8, !tbaa !16
  %353 = load ptr, ptr %345, align 8, !tbaa !36
  %354 = getelementptr inbounds i8, ptr %353, i64 16
  %355 = load ptr, ptr %354, align 8
  call void %355(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  %356 = load ptr, ptr %345, align 8, !tbaa !36
  %357 = getelementptr inbounds i8, ptr %356, i64 24
  %358 = load ptr, ptr %357, align 8
  call void %358(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  br label %370

359:                                              ; preds = %347
  %360 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %361 = icmp eq i8 %360, 0
  br i1 %361, label %364, label %362

362:                                              ; preds = %359
  %363 = add nsw i32 %351, -1
  store i32 %363, ptr %348, align 4, !tbaa !16
  br label %366

364:                                              ; preds = %359
  %365 = atomicrmw volatile add ptr %348, i32 -1 acq_rel, align 4
  br label %366

366:                                              ; preds = %364, %362
  %367 = phi i32 [ %351, %362 ], [ %365, %364 ]
  %368 = icmp eq i32 %367, 1
  br i1 %368, label %369, label %370, !prof !40

369:                                              ; preds = %366
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  br label %370

370:                                              ; preds = %369, %366, %352, %338
  %371 = load atomic i32, ptr %259 monotonic, align 8
  %372 = icmp eq i32 %371, 0
  %373 = zext i1 %372 to i32
  %374 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %373)
  %375 = load ptr, ptr %342, align 8, !tbaa !15
  %376 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %375)
  %377 = load ptr, ptr %342, align 8, !tbaa !15
  %378 = getelementptr inbounds i8, ptr %342, i64 16
  %379 = icmp eq ptr %377, %378
  br i1 %379, label %383, label %380

380:                                              ; preds = %370
  %381 = load i64, ptr %378, align 8, !tbaa !11
  %382 = add i64 %381, 1
  call void @_ZdlPvm(ptr noundef %377, i64 noundef %382) #24
  br label %383

383:                                              ; preds = %380, %370
  call void @_ZdlPvm(ptr noundef nonnull %342, i64 noundef 32) #24
  %384 = load atomic i64, ptr %339 acquire, align 8
  %385 = icmp eq i64 %384, 4294967297
  %386 = trunc i64 %384 to i32
  br i1 %385, label %387, label %394

387:                                              ; preds = %383
  store <2 x i32> zeroinitializer, ptr %339, align 8, !tbaa !16
  %388 = load ptr, ptr %326, align 8, !tbaa !36
  %389 = getelementptr inbounds i8, ptr %388, i64 16
  %390 = load ptr, ptr %389, align 8
  call void %390(ptr noundef nonnull align 8 dereferenceable(16) %326) #23
  %391 = load ptr, ptr %326, align 8, !tbaa !36
  %392 = getelementptr inbounds i8, ptr %391, i64 24
  %393 = load ptr, ptr %392, align 8
  call void %393(ptr noundef nonnull align 8 dereferenceable(16) %326) #23
  br label %405

394:                                              ; preds = %383
  %395 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %396 = icmp eq i8 %395, 0
  br i1 %396, label %399, label %397

397:                                              ; preds = %394
  %398 = add nsw i32 %386, -1
  store i32 %398, ptr %339, align 4, !tbaa !16
  br label %401

399:                                              ; preds = %394
  %400 = atomicrmw volatile add ptr %339, i32 -1 acq_rel, align 4
  br label %401

401:                                              ; preds = %399, %397
  %402 = phi i32 [ %386, %397 ], [ %400, %399 ]
  %403 = icmp eq i32 %402, 1
  br i1 %403, label %404, label %405, !prof !40

404:                                              ; preds = %401
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %326) #23
  br label %405

405:                                              ; preds = %404, %401, %387
  %406 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %407 = icmp eq i8 %406, 0
  br i1 %407, label %411, label %408

408:                                              ; preds = %405
  %409 = load i32, ptr %260, align 4, !tbaa !16
  %410 = add nsw i32 %409, -1
  store i32 %410, ptr %260, align 4, !tbaa !16
  br label %413

411:                                              ; preds = %405
  %412 = atomicrmw volatile add ptr %260, i32 -1 acq_rel, align 4
  br label %413

413:                                              ; preds = %411, %408
  %414 = phi i32 [ %409, %408 ], [ %412, %411 ]
  %415 = icmp eq i32 %414, 1
  br i1 %415, label %416, label %420

416:                                              ; preds = %413
  %417 = load ptr, ptr %257, align 8, !tbaa !36
  %418 = getelementptr inbounds i8, ptr %417, i64 24
  %419 = load ptr, ptr %418, align 8
  call void %419(ptr noundef nonnull align 8 dereferenceable(16) %257) #23
  br label %420

420:                                              ; preds = %413, %416
  %421 = load ptr, ptr %265, align 8, !tbaa !38
  %422 = icmp eq ptr %421, null
  br i1 %422, label %446, label %423

423:                                              ; preds = %420
  %424 = getelementptr inbounds i8, ptr %421, i64 8
  %425 = load atomic i64, ptr %424 acquire, align 8
  %426 = icmp eq i64 %425, 4294967297
  %427 = trunc i64 %425 to i32
  br i1 %426, label %428, label %435

428:                                              ; preds = %423
  store <2 x i32> zeroinitializer, ptr %424, align 8, !tbaa !16
  %429 = load ptr, ptr %421, align 8, !tbaa !36
  %430 = getelementptr inbounds i8, ptr %429, i64 16
  %431 = load ptr, ptr %430, align 8
  call void %431(ptr noundef nonnull align 8 dereferenceable(16) %421) #23
  %432 = load ptr, ptr %421, align 8, !tbaa !36
  %433 = getelementptr inbounds i8, ptr %432, i64 24
  %434 = load ptr, ptr %433, align 8
  call void %434(ptr noundef nonnull align 8 dereferenceable(16) %421) #23
  br label %446

435:                                              ; preds = %423
  %436 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %437 = icmp eq i8 %436, 0
  br i1 %437, label %440, label %438

438:                                              ; preds = %435
  %439 = add nsw i32 %427, -1
  store i32 %439, ptr %424, align 4, !tbaa !16
  br label %442

440:                                              ; preds = %435
  %441 = atomicrmw volatile add ptr %424, i32 -1 acq_rel, align 4
  br label %442

442:                                              ; preds = %440, %438
  %443 = phi i32 [ %427, %438 ], [ %441, %440 ]
  %444 = icmp eq i32 %443, 1
  br i1 %444, label %445, label %446, !prof !40

445:                                              ; preds = %442
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %421) #23
  br label %446

446:                                              ; preds = %420, %428, %442, %445
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %11) #23
  %447 = load ptr, ptr %10, align 8, !tbaa !28
  %448 = icmp eq ptr %447, null
  br i1 %448, label %459, label %449

449:                                              ; preds = %446
  %450 = load ptr, ptr %447, align 8, !tbaa !15
  %451 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %450)
  %452 = load ptr, ptr %447, align 8, !tbaa !15
  %453 = getelementptr inbounds i8, ptr %447, i64 16
  %454 = icmp eq ptr %452, %453
  br i1 %454, label %458, label %455

455:                                              ; preds = %449
  %456 = load i64, ptr %453, align 8, !tbaa !11
  %457 = add i64 %456, 1
  call void @_ZdlPvm(ptr noundef %452, i64 noundef %457) #24
  br label %458

458:                                              ; preds = %455, %449
  call void @_ZdlPvm(ptr noundef nonnull %447, i64 noundef 32) #24
  br label %459

459:                                              ; preds = %458, %446
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %12) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %12, i8 0, i64 24, i1 false)
  %460 = getelementptr inbounds i8, ptr %12, i64 16
  %461 = invoke noalias noundef nonnull dereferenceable(96) ptr @_Znwm(i64 noundef 96) #25
          to label %462 unwind label %644

462:                                              ; preds = %459
  %463 = getelementptr inbounds i8, ptr %12, i64 8
  store ptr %461, ptr %12, align 8, !tbaa !43
  store ptr %461, ptr %463, align 8, !tbaa !45
  %464 = getelementptr inbounds i8, ptr %461, i64 96
  store ptr %464, ptr %460, align 8, !tbaa !46
  %465 = invoke noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #25
          to label %466 unwind label %646

466:                                              ; preds = %462
  %467 = insertelement <2 x ptr> poison, ptr %465, i64 0
  %468 = getelementptr inbounds i8, ptr %465, i64 400
  %469 = getelementptr inbounds i8, ptr %465, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %465, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %469, align 4, !tbaa !16
  %470 = getelementptr inbounds i8, ptr %465, i64 32
  %471 = getelementptr inbounds i8, ptr %465, i64 48
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %470, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %471, align 4, !tbaa !16
  %472 = getelementptr inbounds i8, ptr %465, i64 64
  %473 = getelementptr inbounds i8, ptr %465, i64 80
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %472, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %473, align 4, !tbaa !16
  %474 = getelementptr inbounds i8, ptr %465, i64 96
  %475 = getelementptr inbounds i8, ptr %465, i64 112
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %474, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %475, align 4, !tbaa !16
  %476 = getelementptr inbounds i8, ptr %465, i64 128
  %477 = getelementptr inbounds i8, ptr %465, i64 144
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %476, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %477, align 4, !tbaa !16
  %478 = getelementptr inbounds i8, ptr %465, i64 160
  %479 = getelementptr inbounds i8, ptr %465, i64 176
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %478, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %479, align 4, !tbaa !16
  %480 = getelementptr inbounds i8, ptr %465, i64 192
  %481 = getelementptr inbounds i8, ptr %465, i64 208
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %480, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %481, align 4, !tbaa !16
  %482 = getelementptr inbounds i8, ptr %465, i64 224
  %483 = getelementptr inbounds i8, ptr %465, i64 240
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %482, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %483, align 4, !tbaa !16
  %484 = getelementptr inbounds i8, ptr %465, i64 256
  %485 = getelementptr inbounds i8, ptr %465, i64 272
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %484, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %485, align 4, !tbaa !16
  %486 = getelementptr inbounds i8, ptr %465, i64 288
  %487 = getelementptr inbounds i8, ptr %465, i64 304
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %486, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %487, align 4, !tbaa !16
  %488 = getelementptr inbounds i8, ptr %465, i64 320
  %489 = getelementptr inbounds i8, ptr %465, i64 336
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %488, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %489, align 4, !tbaa !16
  %490 = getelementptr inbounds i8, ptr %465, i64 352
  %491 = getelementptr inbounds i8, ptr %465, i64 368
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %490, align 4, !tbaa !16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %491, align 4, !tbaa !16
  %492 = getelementptr inbounds i8, ptr %465, i64 384
  store i32 1, ptr %492, align 4, !tbaa !16
  %493 = getelementptr inbounds i8, ptr %465, i64 388
  store i32 1, ptr %493, align 4, !tbaa !16
  %494 = getelementptr inbounds i8, ptr %465, i64 392
  store i32 1, ptr %494, align 4, !tbaa !16
  %495 = getelementptr inbounds i8, ptr %465, i64 396
  store i32 1, ptr %495, align 4, !tbaa !16
  %496 = insertelement <2 x ptr> %467, ptr %468, i64 1
  %497 = getelementptr inbounds i8, ptr %12, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %461, i8 0, i64 24, i1 false)
  %498 = invoke noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #25
          to label %499 unwind label %648

499:                                              ; preds = %466
  store ptr %498, ptr %461, align 8, !tbaa !47
  %500 = getelementptr inbounds i8, ptr %461, i64 8
  %501 = getelementptr inbounds i8, ptr %498, i64 400
  %502 = getelementptr inbounds i8, ptr %461, i64 16
  store ptr %501, ptr %502, align 8, !tbaa !49
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(400) %498, ptr noundef nonnull align 4 dereferenceable(400) %465, i64 400, i1 false)
  store ptr %501, ptr %500, align 8, !tbaa !50
  %503 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %504 = add nsw i32 %503, 1
  store i32 %504, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %505 = getelementptr inbounds i8, ptr %461, i64 24
  store ptr %505, ptr %497, align 8, !tbaa !45
  store <2 x ptr> %496, ptr %505, align 8, !tbaa !28
  %506 = getelementptr inbounds i8, ptr %461, i64 40
  store ptr %468, ptr %506, align 8, !tbaa !49
  %507 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %508 = add nsw i32 %507, 1
  store i32 %508, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %509 = getelementptr inbounds i8, ptr %461, i64 48
  store ptr %509, ptr %497, align 8, !tbaa !45
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %509, i8 0, i64 24, i1 false)
  %510 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #25
          to label %511 unwind label %651

511:                                              ; preds = %499
  store ptr %510, ptr %509, align 8, !tbaa !47
  %512 = getelementptr inbounds i8, ptr %510, i64 40
  %513 = getelementptr inbounds i8, ptr %461, i64 64
  store ptr %512, ptr %513, align 8, !tbaa !49
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %510, align 4, !tbaa !16
  %514 = getelementptr inbounds i8, ptr %510, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %514, align 4, !tbaa !16
  %515 = getelementptr inbounds i8, ptr %510, i64 32
  store <2 x i32> <i32 1, i32 1>, ptr %515, align 4, !tbaa !16
  %516 = getelementptr inbounds i8, ptr %461, i64 56
  store ptr %512, ptr %516, align 8, !tbaa !50
  %517 = load ptr, ptr %497, align 8, !tbaa !45
  %518 = getelementptr inbounds i8, ptr %517, i64 24
  store ptr %518, ptr %497, align 8, !tbaa !45
  %519 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !16
  %520 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !16
  %521 = load ptr, ptr %12, align 8, !tbaa !43
  %522 = getelementptr inbounds i8, ptr %521, i64 8
  %523 = load ptr, ptr %522, align 8, !tbaa !50
  %524 = load ptr, ptr %521, align 8, !tbaa !47
  %525 = ptrtoint ptr %523 to i64
  %526 = ptrtoint ptr %524 to i64
  %527 = sub i64 %525, %526
  %528 = ashr exact i64 %527, 2
  %529 = getelementptr inbounds i8, ptr %521, i64 24
  %530 = getelementptr inbounds i8, ptr %521, i64 32
  %531 = load ptr, ptr %530, align 8, !tbaa !50
  %532 = load ptr, ptr %529, align 8, !tbaa !47
  %533 = ptrtoint ptr %531 to i64
  %534 = ptrtoint ptr %532 to i64
  %535 = sub i64 %533, %534
  %536 = ashr exact i64 %535, 2
  %537 = getelementptr inbounds i8, ptr %521, i64 48
  %538 = getelementptr inbounds i8, ptr %521, i64 56
  %539 = load ptr, ptr %538, align 8, !tbaa !50
  %540 = load ptr, ptr %537, align 8, !tbaa !47
  %541 = ptrtoint ptr %539 to i64
  %542 = ptrtoint ptr %540 to i64
  %543 = sub i64 %541, %542
  %544 = ashr exact i64 %543, 2
  %545 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %519, i32 noundef %520, i64 noundef %528, i64 noundef %536, i64 noundef %544)
  %546 = load ptr, ptr %12, align 8, !tbaa !43
  %547 = load ptr, ptr %497, align 8, !tbaa !45
  %548 = icmp eq ptr %546, %547
  br i1 %548, label %564, label %549

549:                                              ; preds = %511, %559
  %550 = phi ptr [ %560, %559 ], [ %546, %511 ]
  %551 = load ptr, ptr %550, align 8, !tbaa !47
  %552 = icmp eq ptr %551, null
  br i1 %552, label %559, label %553

553:                                              ; preds = %549
  %554 = getelementptr inbounds i8, ptr %550, i64 16
  %555 = load ptr, ptr %554, align 8, !tbaa !49
  %556 = ptrtoint ptr %555 to i64
  %557 = ptrtoint ptr %551 to i64
  %558 = sub i64 %556, %557
  call void @_ZdlPvm(ptr noundef nonnull %551, i64 noundef %558) #24
  br label %559

559:                                              ; preds = %553, %549
  %560 = getelementptr inbounds i8, ptr %550, i64 24
  %561 = icmp eq ptr %560, %547
  br i1 %561, label %562, label %549, !llvm.loop !51

562:                                              ; preds = %559
  %563 = load ptr, ptr %12, align 8, !tbaa !43
  br label %564

564:                                              ; preds = %562, %511
  %565 = phi ptr [ %563, %562 ], [ %546, %511 ]
  %566 = icmp eq ptr %565, null
  br i1 %566, label %572, label %567

567:                                              ; preds = %564
  %568 = load ptr, ptr %460, align 8, !tbaa !46
  %569 = ptrtoint ptr %568 to i64
  %570 = ptrtoint ptr %565 to i64
  %571 = sub i64 %569, %570
  call void @_ZdlPvm(ptr noundef nonnull %565, i64 noundef %571) #24
  br label %572

572:                                              ; preds = %564, %567
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %12) #23
  %573 = load ptr, ptr %8, align 8, !tbaa !53
  %574 = load ptr, ptr %146, align 8, !tbaa !32
  %575 = icmp eq ptr %573, %574
  br i1 %575, label %591, label %576

576:                                              ; preds = %572, %586
  %577 = phi ptr [ %587, %586 ], [ %573, %572 ]
  %578 = getelementptr inbounds i8, ptr %577, i64 16
  %579 = load ptr, ptr %578, align 8, !tbaa !25
  %580 = icmp eq ptr %579, null
  br i1 %580, label %586, label %581

581:                                              ; preds = %576
  %582 = invoke noundef i1 %579(ptr noundef nonnull align 8 dereferenceable(16) %577, ptr noundef nonnull align 8 dereferenceable(16) %577, i32 noundef 3)
          to label %586 unwind label %583

583:                                              ; preds = %581
  %584 = landingpad { ptr, i32 }
          catch ptr null
  %585 = extractvalue { ptr, i32 } %584, 0
  call void @__clang_call_terminate(ptr %585) #27
  unreachable

586:                                              ; preds = %581, %576
  %587 = getelementptr inbounds i8, ptr %577, i64 32
  %588 = icmp eq ptr %587, %574
  br i1 %588, label %589, label %576, !llvm.loop !54

589:                                              ; preds = %586
  %590 = load ptr, ptr %8, align 8, !tbaa !53
  br label %591

591:                                              ; preds = %589, %572
  %592 = phi ptr [ %590, %589 ], [ %573, %572 ]
  %593 = icmp eq ptr %592, null
  br i1 %593, label %599, label %594

594:                                              ; preds = %591
  %595 = load ptr, ptr %147, align 8, !tbaa !29
  %596 = ptrtoint ptr %595 to i64
  %597 = ptrtoint ptr %592 to i64
  %598 = sub i64 %596, %597
  call void @_ZdlPvm(ptr noundef nonnull %592, i64 noundef %598) #24
  br label %599

599:                                              ; preds = %591, %594
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #23
  %600 = load ptr, ptr %111, align 8, !tbaa !25
  %601 = icmp eq ptr %600, null
  br i1 %601, label %607, label %602

602:                                              ; preds = %599
  %603 = invoke noundef i1 %600(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
          to label %607 unwind label %604

604:                                              ; preds = %602
  %605 = landingpad { ptr, i32 }
          catch ptr null
  %606 = extractvalue { ptr, i32 } %605, 0
  call void @__clang_call_terminate(ptr %606) #27
  unreachable

607:                                              ; preds = %599, %602
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #23
  %608 = icmp eq ptr %98, null
  br i1 %608, label %612, label %609

609:                                              ; preds = %607
  %610 = ptrtoint ptr %96 to i64
  %611 = sub i64 %610, %113
  call void @_ZdlPvm(ptr noundef nonnull %98, i64 noundef %611) #24
  br label %612

612:                                              ; preds = %607, %609
  call void @_ZdlPvm(ptr noundef nonnull %49, i64 noundef 20) #24
  %613 = load ptr, ptr %5, align 8, !tbaa !15
  %614 = getelementptr inbounds i8, ptr %5, i64 16
  %615 = icmp eq ptr %613, %614
  br i1 %615, label %619, label %616

616:                                              ; preds = %612
  %617 = load i64, ptr %614, align 8, !tbaa !11
  %618 = add i64 %617, 1
  call void @_ZdlPvm(ptr noundef %613, i64 noundef %618) #24
  br label %619

619:                                              ; preds = %612, %616
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #23
  ret i32 0

620:                                              ; preds = %236
  %621 = landingpad { ptr, i32 }
          cleanup
  br label %642

622:                                              ; preds = %256
  %623 = landingpad { ptr, i32 }
          cleanup
  br label %640

624:                                              ; preds = %332
  %625 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %626 = icmp eq i8 %625, 0
  br i1 %626, label %630, label %627

627:                                              ; preds = %624
  %628 = load i32, ptr %260, align 4, !tbaa !16
  %629 = add nsw i32 %628, -1
  store i32 %629, ptr %260, align 4, !tbaa !16
  br label %632

630:                                              ; preds = %624
  %631 = atomicrmw volatile add ptr %260, i32 -1 acq_rel, align 4
  br label %632

632:                                              ; preds = %630, %627
  %633 = phi i32 [ %628, %627 ], [ %631, %630 ]
  %634 = icmp eq i32 %633, 1
  br i1 %634, label %635, label %639

635:                                              ; preds = %632
  %636 = load ptr, ptr %257, align 8, !tbaa !36
  %637 = getelementptr inbounds i8, ptr %636, i64 24
  %638 = load ptr, ptr %637, align 8
  call void %638(ptr noundef nonnull align 8 dereferenceable(16) %257) #23
  br label %639

639:                                              ; preds = %632, %635
  call void @_ZNSt12__shared_ptrI8ResourceLN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %11) #23
  br label %640

640:                                              ; preds = %622, %262, %639
  %641 = phi { ptr, i32 } [ %333, %639 ], [ %623, %622 ], [ %263, %262 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %11) #23
  call void @_ZNSt10unique_ptrI8ResourceSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %10) #23
  br label %642

642:                                              ; preds = %640, %620
  %643 = phi { ptr, i32 } [ %641, %640 ], [ %621, %620 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  br label %664

644:                                              ; preds = %459
  %645 = landingpad { ptr, i32 }
          cleanup
  br label %662

646:                                              ; preds = %462
  %647 = landingpad { ptr, i32 }
          cleanup
  br label %662

648:                                              ; preds = %466
  %649 = landingpad { ptr, i32 }
          cleanup
  %650 = ptrtoint ptr %468 to i64
  br label %653

651:                                              ; preds = %499
  %652 = landingpad { ptr, i32 }
          cleanup
  br label %653

653:                                              ; preds = %651, %648
  %654 = phi i64 [ 0, %651 ], [ %650, %648 ]
  %655 = phi <2 x ptr> [ zeroinitializer, %651 ], [ %496, %648 ]
  %656 = phi { ptr, i32 } [ %652, %651 ], [ %649, %648 ]
  %657 = extractelement <2 x ptr> %655, i64 0
  %658 = icmp eq ptr %657, null
  br i1 %658, label %662, label %659

659:                                              ; preds = %653
  %660 = ptrtoint ptr %657 to i64
  %661 = sub i64 %654, %660
  call void @_ZdlPvm(ptr noundef nonnull %657, i64 noundef %661) #24
  br label %662

662:                                              ; preds = %646, %653, %659, %644
  %663 = phi { ptr, i32 } [ %645, %644 ], [ %647, %646 ], [ %656, %653 ], [ %656, %659 ]
  call void @_ZNSt6vectorI7MovableSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %12) #23
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %12) #23
  br label %664

664:                                              ; preds = %252, %254, %232, %234, %662, %642, %213
  %665 = phi { ptr, i32 } [ %205, %213 ], [ %663, %662 ], [ %643, %642 ], [ %233, %232 ], [ %235, %234 ], [ %253, %252 ], [ %255, %254 ]
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %8) #23
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #23
  br label %666

666:                                              ; preds = %136, %138, %664
  %667 = phi { ptr, i32 } [ %665, %664 ], [ %137, %136 ], [ %139, %138 ]
  %668 = load ptr, ptr %111, align 8, !tbaa !25
  %669 = icmp eq ptr %668, null
  br i1 %669, label %675, label %670

670:                                              ; preds = %666
  %671 = invoke noundef i1 %668(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
          to label %675 unwind label %672

672:                                              ; preds = %670
  %673 = landingpad { ptr, i32 }
          catch ptr null
  %674 = extractvalue { ptr, i32 } %673, 0
  call void @__clang_call_terminate(ptr %674) #27
  unreachable

675:                                              ; preds = %666, %670
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #23
  %676 = icmp eq ptr %98, null
  br i1 %676, label %680, label %677

677:                                              ; preds = %675
  %678 = ptrtoint ptr %96 to i64
  %679 = sub i64 %678, %113
  call void @_ZdlPvm(ptr noundef nonnull %98, i64 noundef %679) #24
  br label %680

680:                                              ; preds = %677, %675, %119, %109, %106
  %681 = phi { ptr, i32 } [ %120, %119 ], [ %107, %109 ], [ %107, %106 ], [ %667, %675 ], [ %667, %677 ]
  call void @_ZdlPvm(ptr noundef nonnull %49, i64 noundef 20) #24
  br label %682

682:                                              ; preds = %680, %50
  %683 = phi { ptr, i32 } [ %681, %680 ], [ %51, %50 ]
  %684 = load ptr, ptr %5, align 8, !tbaa !15
  %685 = getelementptr inbounds i8, ptr %5, i64 16
  %686 = icmp eq ptr %684, %685
  br i1 %686, label %693, label %687

687:                                              ; preds = %682, %115
  %688 = phi ptr [ %13, %115 ], [ %685, %682 ]
  %689 = phi ptr [ %117, %115 ], [ %684, %682 ]
  %690 = phi { ptr, i32 } [ %116, %115 ], [ %683, %682 ]
  %691 = load i64, ptr %688, align 8, !tbaa !11
  %692 = add i64 %691, 1
  call void @_ZdlPvm(ptr noundef %689, i64 noundef %692) #24
  br label %693

693:                                              ; preds = %687, %682, %115
  %694 = phi { ptr, i32 } [ %116, %115 ], [ %683, %682 ], [ %690, %687 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #23
  resume { ptr, i32 } %694
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  store i32 %1, ptr %0, align 4, !tbaa !55
  %4 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !16
  %6 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %7 = and i8 %6, 1
  %8 = icmp eq i8 %7, 0
  br i1 %8, label %9, label %14, !prof !18

9:                                                ; preds = %2
  %10 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %14, label %12

12:                                               ; preds = %9
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %13 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  br label %14

14:                                               ; preds = %2, %9, %12
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #23
  %15 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %15, ptr %3, align 8, !tbaa !6
  store i32 1701077357, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %16, align 8, !tbaa !12
  %17 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %17, align 4, !tbaa !11
  %18 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !28
  %19 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 16), align 8, !tbaa !57
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
  br label %39

31:                                               ; preds = %14
  %32 = ptrtoint ptr %18 to i64
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 %32, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %33 unwind label %40

33:                                               ; preds = %31
  %34 = load ptr, ptr %3, align 8, !tbaa !15
  %35 = icmp eq ptr %34, %15
  br i1 %35, label %39, label %36

36:                                               ; preds = %33
  %37 = load i64, ptr %15, align 8, !tbaa !11
  %38 = add i64 %37, 1
  call void @_ZdlPvm(ptr noundef %34, i64 noundef %38) #24
  br label %39

39:                                               ; preds = %28, %33, %36
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  ret void

40:                                               ; preds = %31
  %41 = landingpad { ptr, i32 }
          cleanup
  %42 = load ptr, ptr %3, align 8, !tbaa !15
  %43 = icmp eq ptr %42, %15
  br i1 %43, label %47, label %44

44:                                               ; preds = %40
  %45 = load i64, ptr %15, align 8, !tbaa !11
  %46 = add i64 %45, 1
  call void @_ZdlPvm(ptr noundef %42, i64 noundef %46) #24
  br label %47

47:                                               ; preds = %44, %40
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  resume { ptr, i32 } %41
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
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
  %26 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #23
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %30, label %28

28:                                               ; preds = %25
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %29 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #23
  br label %30

30:                                               ; preds = %16, %25, %28
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #23
  %31 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %31, ptr %3, align 8, !tbaa !6
  store i32 1701077357, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 4, ptr %32, align 8, !tbaa !12
  %33 = getelementptr inbounds i8, ptr %3, i64 20
  store i8 0, ptr %33, align 4, !tbaa !11
  %34 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 8), align 8, !tbaa !28
  %35 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 16), align 8, !tbaa !57
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
  br label %55

47:                                               ; preds = %30
  %48 = ptrtoint ptr %34 to i64
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i64 %48, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %49 unwind label %56

49:                                               ; preds = %47
  %50 = load ptr, ptr %3, align 8, !tbaa !15
  %51 = icmp eq ptr %50, %31
  br i1 %51, label %55, label %52

52:                                               ; preds = %49
  %53 = load i64, ptr %31, align 8, !tbaa !11
  %54 = add i64 %53, 1
  call void @_ZdlPvm(ptr noundef %50, i64 noundef %54) #24
  br label %55

55:                                               ; preds = %44, %49, %52
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  ret void

56:                                               ; preds = %47
  %57 = landingpad { ptr, i32 }
          cleanup
  %58 = load ptr, ptr %3, align 8, !tbaa !15
  %59 = icmp eq ptr %58, %31
  br i1 %59, label %63, label %60

60:                                               ; preds = %56
  %61 = load i64, ptr %31, align 8, !tbaa !11
  %62 = add i64 %61, 1
  call void @_ZdlPvm(ptr noundef %58, i64 noundef %62) #24
  br label %63

63:                                               ; preds = %60, %56
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  %64 = load ptr, ptr %0, align 8, !tbaa !15
  %65 = icmp eq ptr %64, %4
  br i1 %65, label %69, label %66

66:                                               ; preds = %63
  %67 = load i64, ptr %4, align 8, !tbaa !11
  %68 = add i64 %67, 1
  call void @_ZdlPvm(ptr noundef %64, i64 noundef %68) #24
  br label %69

69:                                               ; preds = %63, %66
  resume { ptr, i32 } %57
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr") align 8 %0, ptr noundef nonnull align 1 dereferenceable(7) %1) local_unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = tail call noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #25
  %6 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %6, ptr %4, align 8, !tbaa !6
  %7 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #23
  store i64 %7, ptr %3, align 8, !tbaa !58
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %11 unwind label %45

11:                                               ; preds = %9
  store ptr %10, ptr %4, align 8, !tbaa !15
  %12 = load i64, ptr %3, align 8, !tbaa !58
  store i64 %12, ptr %6, align 8, !tbaa !11
  br label %13

13:                                               ; preds = %11, %2
  %14 = phi ptr [ %10, %11 ], [ %6, %2 ]
  switch i64 %7, label %17 [
    i64 1, label %15
    i64 0, label %18
  ]

15:                                               ; preds = %13
  %16 = load i8, ptr %1, align 1, !tbaa !11
  store i8 %16, ptr %14, align 1, !tbaa !11
  br label %18

17:                                               ; preds = %13
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr nonnull align 1 %1, i64 %7, i1 false)
  br label %18

18:                                               ; preds = %17, %15, %13
  %19 = load i64, ptr %3, align 8, !tbaa !58
  %20 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %19, ptr %20, align 8, !tbaa !12
  %21 = load ptr, ptr %4, align 8, !tbaa !15
  %22 = getelementptr inbounds i8, ptr %21, i64 %19
  store i8 0, ptr %22, align 1, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #23
  %23 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %23, ptr %5, align 8, !tbaa !6
  %24 = load ptr, ptr %4, align 8, !tbaa !15
  %25 = icmp eq ptr %24, %6
  br i1 %25, label %26, label %31

26:                                               ; preds = %18
  %27 = load i64, ptr %20, align 8, !tbaa !12
  %28 = add i64 %27, 1
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %23, ptr nonnull align 8 %6, i64 %28, i1 false)
  br label %34

31:                                               ; preds = %18
  store ptr %24, ptr %5, align 8, !tbaa !15
  %32 = load i64, ptr %6, align 8, !tbaa !11
  store i64 %32, ptr %23, align 8, !tbaa !11
  %33 = load i64, ptr %20, align 8, !tbaa !12
  br label %34

34:                                               ; preds = %31, %30, %26
  %35 = phi ptr [ %24, %31 ], [ %23, %30 ], [ %23, %26 ]
  %36 = phi i64 [ %33, %31 ], [ %27, %30 ], [ -1, %26 ]
  %37 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %36, ptr %37, align 8, !tbaa !12
  store ptr %6, ptr %4, align 8, !tbaa !15
  store i64 0, ptr %20, align 8, !tbaa !12
  store i8 0, ptr %6, align 8, !tbaa !11
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %35)
  store ptr %5, ptr %0, align 8, !tbaa !28
  %39 = load ptr, ptr %4, align 8, !tbaa !15
  %40 = icmp eq ptr %39, %6
  br i1 %40, label %44, label %41

41:                                               ; preds = %34
  %42 = load i64, ptr %6, align 8, !tbaa !11
  %43 = add i64 %42, 1
  call void @_ZdlPvm(ptr noundef %39, i64 noundef %43) #24
  br label %44

44:                                               ; preds = %34, %41
  ret void

45:                                               ; preds = %9
  %46 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 32) #24
  resume { ptr, i32 } %46
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10unique_ptrI8ResourceSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !28
  %3 = icmp eq ptr %2, null
  br i1 %3, label %14, label %4

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8, !tbaa !15
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %5)
  %7 = load ptr, ptr %2, align 8, !tbaa !15
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %4
  %11 = load i64, ptr %8, align 8, !tbaa !11
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #24
  br label %13

13:                                               ; preds = %4, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 32) #24
  br label %14

14:                                               ; preds = %13, %1
  store ptr null, ptr %0, align 8, !tbaa !28
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorI7MovableSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !43
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !45
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %21, label %6

6:                                                ; preds = %1, %16
  %7 = phi ptr [ %17, %16 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !47
  %9 = icmp eq ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %7, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !49
  %13 = ptrtoint ptr %12 to i64
  %14 = ptrtoint ptr %8 to i64
  %15 = sub i64 %13, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %15) #24
  br label %16

16:                                               ; preds = %10, %6
  %17 = getelementptr inbounds i8, ptr %7, i64 24
  %18 = icmp eq ptr %17, %4
  br i1 %18, label %19, label %6, !llvm.loop !51

19:                                               ; preds = %16
  %20 = load ptr, ptr %0, align 8, !tbaa !43
  br label %21

21:                                               ; preds = %19, %1
  %22 = phi ptr [ %20, %19 ], [ %2, %1 ]
  %23 = icmp eq ptr %22, null
  br i1 %23, label %30, label %24

24:                                               ; preds = %21
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = load ptr, ptr %25, align 8, !tbaa !46
  %27 = ptrtoint ptr %26 to i64
  %28 = ptrtoint ptr %22 to i64
  %29 = sub i64 %27, %28
  tail call void @_ZdlPvm(ptr noundef nonnull %22, i64 noundef %29) #24
  br label %30

30:                                               ; preds = %21, %24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !53
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !32
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %21, label %6

6:                                                ; preds = %1, %16
  %7 = phi ptr [ %17, %16 ], [ %2, %1 ]
  %8 = getelementptr inbounds i8, ptr %7, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !25
  %10 = icmp eq ptr %9, null
  br i1 %10, label %16, label %11

11:                                               ; preds = %6
  %12 = invoke noundef i1 %9(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
          to label %16 unwind label %13

13:                                               ; preds = %11
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #27
  unreachable

16:                                               ; preds = %11, %6
  %17 = getelementptr inbounds i8, ptr %7, i64 32
  %18 = icmp eq ptr %17, %4
  br i1 %18, label %19, label %6, !llvm.loop !54

19:                                               ; preds = %16
  %20 = load ptr, ptr %0, align 8, !tbaa !53
  br label %21

21:                                               ; preds = %19, %1
  %22 = phi ptr [ %20, %19 ], [ %2, %1 ]
  %23 = icmp eq ptr %22, null
  br i1 %23, label %30, label %24

24:                                               ; preds = %21
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = load ptr, ptr %25, align 8, !tbaa !29
  %27 = ptrtoint ptr %26 to i64
  %28 = ptrtoint ptr %22 to i64
  %29 = sub i64 %27, %28
  tail call void @_ZdlPvm(ptr noundef nonnull %22, i64 noundef %29) #24
  br label %30

30:                                               ; preds = %21, %24
  ret void
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #23
  tail call void @_ZSt9terminatev() #27
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #8 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !36
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(16) %0) #23
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
  %17 = load ptr, ptr %0, align 8, !tbaa !36
  %18 = getelementptr inbounds i8, ptr %17, i64 24
  %19 = load ptr, ptr %18, align 8
  tail call void %19(ptr noundef nonnull align 8 dereferenceable(16) %0) #23
  br label %20

20:                                               ; preds = %13, %16
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !19
  %7 = load ptr, ptr %0, align 8, !tbaa !28
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
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
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #25
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
  tail call void @llvm.experimental.noalias.scope.decl(metadata !59)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !62)
  %51 = getelementptr inbounds i8, ptr %49, i64 16
  store ptr %51, ptr %49, align 8, !tbaa !6, !alias.scope !59, !noalias !62
  %52 = load ptr, ptr %50, align 8, !tbaa !15, !alias.scope !62, !noalias !59
  %53 = getelementptr inbounds i8, ptr %50, i64 16
  %54 = icmp eq ptr %52, %53
  br i1 %54, label %55, label %61

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %50, i64 8
  %57 = load i64, ptr %56, align 8, !tbaa !12, !alias.scope !62, !noalias !59
  %58 = add i64 %57, 1
  %59 = icmp eq i64 %58, 0
  br i1 %59, label %65, label %60

60:                                               ; preds = %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %51, ptr nonnull align 8 %53, i64 %58, i1 false), !alias.scope !64
  br label %65

61:                                               ; preds = %48
  store ptr %52, ptr %49, align 8, !tbaa !15, !alias.scope !59, !noalias !62
  %62 = load i64, ptr %53, align 8, !tbaa !11, !alias.scope !62, !noalias !59
  store i64 %62, ptr %51, align 8, !tbaa !11, !alias.scope !59, !noalias !62
  %63 = getelementptr inbounds i8, ptr %50, i64 8
  %64 = load i64, ptr %63, align 8, !tbaa !12, !alias.scope !62, !noalias !59
  br label %65

65:                                               ; preds = %61, %60, %55
  %66 = phi i64 [ %64, %61 ], [ %57, %60 ], [ -1, %55 ]
  %67 = getelementptr inbounds i8, ptr %50, i64 8
  %68 = getelementptr inbounds i8, ptr %49, i64 8
  store i64 %66, ptr %68, align 8, !tbaa !12, !alias.scope !59, !noalias !62
  store ptr %53, ptr %50, align 8, !tbaa !15, !alias.scope !62, !noalias !59
  store i64 0, ptr %67, align 8, !tbaa !12, !alias.scope !62, !noalias !59
  store i8 0, ptr %53, align 1, !tbaa !11, !alias.scope !62, !noalias !59
  %69 = getelementptr inbounds i8, ptr %50, i64 32
  %70 = getelementptr inbounds i8, ptr %49, i64 32
  %71 = icmp eq ptr %69, %4
  br i1 %71, label %72, label %48, !llvm.loop !65

72:                                               ; preds = %65, %43
  %73 = phi ptr [ %27, %43 ], [ %70, %65 ]
  %74 = getelementptr inbounds i8, ptr %73, i64 32
  %75 = icmp eq ptr %6, %4
  br i1 %75, label %100, label %76

76:                                               ; preds = %72, %93
  %77 = phi ptr [ %98, %93 ], [ %74, %72 ]
  %78 = phi ptr [ %97, %93 ], [ %4, %72 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !66)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !69)
  %79 = getelementptr inbounds i8, ptr %77, i64 16
  store ptr %79, ptr %77, align 8, !tbaa !6, !alias.scope !66, !noalias !69
  %80 = load ptr, ptr %78, align 8, !tbaa !15, !alias.scope !69, !noalias !66
  %81 = getelementptr inbounds i8, ptr %78, i64 16
  %82 = icmp eq ptr %80, %81
  br i1 %82, label %83, label %89

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %78, i64 8
  %85 = load i64, ptr %84, align 8, !tbaa !12, !alias.scope !69, !noalias !66
  %86 = add i64 %85, 1
  %87 = icmp eq i64 %86, 0
  br i1 %87, label %93, label %88

88:                                               ; preds = %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %79, ptr nonnull align 8 %81, i64 %86, i1 false), !alias.scope !71
  br label %93

89:                                               ; preds = %76
  store ptr %80, ptr %77, align 8, !tbaa !15, !alias.scope !66, !noalias !69
  %90 = load i64, ptr %81, align 8, !tbaa !11, !alias.scope !69, !noalias !66
  store i64 %90, ptr %79, align 8, !tbaa !11, !alias.scope !66, !noalias !69
  %91 = getelementptr inbounds i8, ptr %78, i64 8
  %92 = load i64, ptr %91, align 8, !tbaa !12, !alias.scope !69, !noalias !66
  br label %93

93:                                               ; preds = %89, %88, %83
  %94 = phi i64 [ %92, %89 ], [ %85, %88 ], [ -1, %83 ]
  %95 = getelementptr inbounds i8, ptr %78, i64 8
  %96 = getelementptr inbounds i8, ptr %77, i64 8
  store i64 %94, ptr %96, align 8, !tbaa !12, !alias.scope !66, !noalias !69
  store ptr %81, ptr %78, align 8, !tbaa !15, !alias.scope !69, !noalias !66
  store i64 0, ptr %95, align 8, !tbaa !12, !alias.scope !69, !noalias !66
  store i8 0, ptr %81, align 1, !tbaa !11, !alias.scope !69, !noalias !66
  %97 = getelementptr inbounds i8, ptr %78, i64 32
  %98 = getelementptr inbounds i8, ptr %77, i64 32
  %99 = icmp eq ptr %97, %6
  br i1 %99, label %100, label %76, !llvm.loop !65

100:                                              ; preds = %93, %72
  %101 = phi ptr [ %74, %72 ], [ %98, %93 ]
  %102 = getelementptr inbounds i8, ptr %0, i64 16
  %103 = icmp eq ptr %7, null
  br i1 %103, label %108, label %104

104:                                              ; preds = %100
  %105 = load ptr, ptr %102, align 8, !tbaa !57
  %106 = ptrtoint ptr %105 to i64
  %107 = sub i64 %106, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %107) #24
  br label %108

108:                                              ; preds = %100, %104
  store ptr %27, ptr %0, align 8, !tbaa !21
  store ptr %101, ptr %5, align 8, !tbaa !19
  %109 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %19
  store ptr %109, ptr %102, align 8, !tbaa !57
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #12

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #13

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #14

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #24
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !72

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !21
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !57
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #24
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #14

; Function Attrs: nofree nounwind
declare void @__cxa_guard_release(ptr) local_unnamed_addr #14

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #15

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %2) #16 {
  %4 = load i32, ptr %1, align 4, !tbaa !16
  %5 = load i32, ptr %2, align 4, !tbaa !16
  %6 = mul nsw i32 %4, 10
  %7 = add nsw i32 %6, %5
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #17 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !28
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #9

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !32
  %7 = load ptr, ptr %0, align 8, !tbaa !28
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
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
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #25
  br label %26

26:                                               ; preds = %13, %23
  %27 = phi ptr [ %25, %23 ], [ null, %13 ]
  %28 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %21
  %29 = getelementptr inbounds i8, ptr %28, i64 24
  %30 = getelementptr inbounds i8, ptr %2, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %28, i8 0, i64 24, i1 false)
  %31 = load ptr, ptr %30, align 8, !tbaa !26
  store ptr %31, ptr %29, align 8, !tbaa !26
  %32 = getelementptr inbounds i8, ptr %2, i64 16
  %33 = load ptr, ptr %32, align 8, !tbaa !25
  %34 = icmp eq ptr %33, null
  br i1 %34, label %37, label %35

35:                                               ; preds = %26
  %36 = getelementptr inbounds i8, ptr %28, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, ptr noundef nonnull align 8 dereferenceable(16) %2, i64 16, i1 false), !tbaa.struct !31
  store ptr %33, ptr %36, align 8, !tbaa !25
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %32, i8 0, i64 16, i1 false)
  br label %37

37:                                               ; preds = %26, %35
  %38 = icmp eq ptr %7, %4
  br i1 %38, label %54, label %39

39:                                               ; preds = %37, %50
  %40 = phi ptr [ %52, %50 ], [ %27, %37 ]
  %41 = phi ptr [ %51, %50 ], [ %7, %37 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !73)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !76)
  %42 = getelementptr inbounds i8, ptr %40, i64 24
  %43 = getelementptr inbounds i8, ptr %41, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %40, i8 0, i64 24, i1 false), !alias.scope !73, !noalias !76
  %44 = load ptr, ptr %43, align 8, !tbaa !26, !alias.scope !76, !noalias !73
  store ptr %44, ptr %42, align 8, !tbaa !26, !alias.scope !73, !noalias !76
  %45 = getelementptr inbounds i8, ptr %41, i64 16
  %46 = load ptr, ptr %45, align 8, !tbaa !25, !alias.scope !76, !noalias !73
  %47 = icmp eq ptr %46, null
  br i1 %47, label %50, label %48

48:                                               ; preds = %39
  %49 = getelementptr inbounds i8, ptr %40, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull align 8 dereferenceable(16) %41, i64 16, i1 false), !tbaa.struct !31, !alias.scope !78
  store ptr %46, ptr %49, align 8, !tbaa !25, !alias.scope !73, !noalias !76
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %45, i8 0, i64 16, i1 false), !alias.scope !76, !noalias !73
  br label %50

50:                                               ; preds = %48, %39
  %51 = getelementptr inbounds i8, ptr %41, i64 32
  %52 = getelementptr inbounds i8, ptr %40, i64 32
  %53 = icmp eq ptr %51, %4
  br i1 %53, label %54, label %39, !llvm.loop !79

54:                                               ; preds = %50, %37
  %55 = phi ptr [ %27, %37 ], [ %52, %50 ]
  %56 = getelementptr inbounds i8, ptr %55, i64 32
  %57 = icmp eq ptr %6, %4
  br i1 %57, label %73, label %58

58:                                               ; preds = %54, %69
  %59 = phi ptr [ %71, %69 ], [ %56, %54 ]
  %60 = phi ptr [ %70, %69 ], [ %4, %54 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !80)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !83)
  %61 = getelementptr inbounds i8, ptr %59, i64 24
  %62 = getelementptr inbounds i8, ptr %60, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %59, i8 0, i64 24, i1 false), !alias.scope !80, !noalias !83
  %63 = load ptr, ptr %62, align 8, !tbaa !26, !alias.scope !83, !noalias !80
  store ptr %63, ptr %61, align 8, !tbaa !26, !alias.scope !80, !noalias !83
  %64 = getelementptr inbounds i8, ptr %60, i64 16
  %65 = load ptr, ptr %64, align 8, !tbaa !25, !alias.scope !83, !noalias !80
  %66 = icmp eq ptr %65, null
  br i1 %66, label %69, label %67

67:                                               ; preds = %58
  %68 = getelementptr inbounds i8, ptr %59, i64 16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %59, ptr noundef nonnull align 8 dereferenceable(16) %60, i64 16, i1 false), !tbaa.struct !31, !alias.scope !85
  store ptr %65, ptr %68, align 8, !tbaa !25, !alias.scope !80, !noalias !83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %64, i8 0, i64 16, i1 false), !alias.scope !83, !noalias !80
  br label %69

69:                                               ; preds = %67, %58
  %70 = getelementptr inbounds i8, ptr %60, i64 32
  %71 = getelementptr inbounds i8, ptr %59, i64 32
  %72 = icmp eq ptr %70, %6
  br i1 %72, label %73, label %58, !llvm.loop !79

73:                                               ; preds = %69, %54
  %74 = phi ptr [ %56, %54 ], [ %71, %69 ]
  %75 = getelementptr inbounds i8, ptr %0, i64 16
  %76 = icmp eq ptr %7, null
  br i1 %76, label %81, label %77

77:                                               ; preds = %73
  %78 = load ptr, ptr %75, align 8, !tbaa !29
  %79 = ptrtoint ptr %78 to i64
  %80 = sub i64 %79, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %80) #24
  br label %81

81:                                               ; preds = %73, %77
  store ptr %27, ptr %0, align 8, !tbaa !53
  store ptr %74, ptr %5, align 8, !tbaa !32
  %82 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %19
  store ptr %82, ptr %75, align 8, !tbaa !29
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data"(ptr nocapture noundef nonnull align 8 dereferenceable(16) %0) #18 {
  %2 = load i32, ptr %0, align 8, !tbaa !86
  %3 = mul nsw i32 %2, 100
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  %5 = load i32, ptr %4, align 4, !tbaa !88
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr %4, align 4, !tbaa !88
  %7 = add nsw i32 %6, %3
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #18 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %8 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTIZ4mainE3$_1", ptr %0, align 8, !tbaa !28
  br label %8

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !28
  br label %8

6:                                                ; preds = %3
  %7 = load i64, ptr %1, align 8
  store i64 %7, ptr %0, align 8
  br label %8

8:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #24
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) unnamed_addr #6 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = icmp eq ptr %1, @_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag
  br i1 %4, label %17, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !89
  %8 = icmp eq ptr %7, @_ZTSSt19_Sp_make_shared_tag
  br i1 %8, label %16, label %9

9:                                                ; preds = %5
  %10 = load i8, ptr %7, align 1, !tbaa !11
  %11 = icmp eq i8 %10, 42
  br i1 %11, label %17, label %12

12:                                               ; preds = %9
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %7, ptr noundef nonnull dereferenceable(24) @_ZTSSt19_Sp_make_shared_tag) #23
  %14 = freeze i32 %13
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %5, %12
  br label %17

17:                                               ; preds = %9, %16, %12, %2
  %18 = phi ptr [ %3, %2 ], [ %3, %16 ], [ null, %12 ], [ null, %9 ]
  ret ptr %18
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef %0, ptr noundef nonnull align 1 dereferenceable(7) %1) local_unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %5, ptr %4, align 8, !tbaa !6
  %6 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #23
  store i64 %6, ptr %3, align 8, !tbaa !58
  %7 = icmp ugt i64 %6, 15
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %9, ptr %4, align 8, !tbaa !15
  %10 = load i64, ptr %3, align 8, !tbaa !58
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

16:                                               ; preds = %15, %13, %11
  %17 = load i64, ptr %3, align 8, !tbaa !58
  %18 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %17, ptr %18, align 8, !tbaa !12
  %19 = load ptr, ptr %4, align 8, !tbaa !15
  %20 = getelementptr inbounds i8, ptr %19, i64 %17
  store i8 0, ptr %20, align 1, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #23
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

32:                                               ; preds = %29, %28, %24
  %33 = phi ptr [ %22, %29 ], [ %21, %28 ], [ %21, %24 ]
  %34 = phi i64 [ %31, %29 ], [ %25, %28 ], [ -1, %24 ]
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
  call void @_ZdlPvm(ptr noundef %37, i64 noundef %41) #24
  br label %42

42:                                               ; preds = %32, %39
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #12

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #24
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #19 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !91
  %4 = tail call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 personality ptr @__gxx_personality_v0 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #24
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"(ptr noundef nonnull readnone align 8 dereferenceable(24) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1) unnamed_addr #20 personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !89
  %5 = icmp eq ptr %4, @"_ZTSZ4mainE3$_3"
  br i1 %5, label %12, label %6

6:                                                ; preds = %2
  %7 = load i8, ptr %4, align 1, !tbaa !11
  %8 = icmp eq i8 %7, 42
  br i1 %8, label %14, label %9

9:                                                ; preds = %6
  %10 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %4, ptr noundef nonnull dereferenceable(12) @"_ZTSZ4mainE3$_3") #23
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %2, %9
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  br label %14

14:                                               ; preds = %6, %9, %12
  %15 = phi ptr [ %13, %12 ], [ null, %9 ], [ null, %6 ]
  ret ptr %15
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt12__shared_ptrI8ResourceLN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !38
  %4 = icmp eq ptr %3, null
  br i1 %4, label %28, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load atomic i64, ptr %6 acquire, align 8
  %8 = icmp eq i64 %7, 4294967297
  %9 = trunc i64 %7 to i32
  br i1 %8, label %10, label %17

10:                                               ; preds = %5
  store <2 x i32> zeroinitializer, ptr %6, align 8, !tbaa !16
  %11 = load ptr, ptr %3, align 8, !tbaa !36
  %12 = getelementptr inbounds i8, ptr %11, i64 16
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  %14 = load ptr, ptr %3, align 8, !tbaa !36
  %15 = getelementptr inbounds i8, ptr %14, i64 24
  %16 = load ptr, ptr %15, align 8
  tail call void %16(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  br label %28

17:                                               ; preds = %5
  %18 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !11
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %22, label %20

20:                                               ; preds = %17
  %21 = add nsw i32 %9, -1
  store i32 %21, ptr %6, align 4, !tbaa !16
  br label %24

22:                                               ; preds = %17
  %23 = atomicrmw volatile add ptr %6, i32 -1 acq_rel, align 4
  br label %24

24:                                               ; preds = %22, %20
  %25 = phi i32 [ %9, %20 ], [ %23, %22 ]
  %26 = icmp eq i32 %25, 1
  br i1 %26, label %27, label %28, !prof !40

27:                                               ; preds = %24
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  br label %28

28:                                               ; preds = %1, %10, %24, %27
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i64 @fwrite(ptr nocapture noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #14

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #21

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #22

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { inlinehint mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nofree nounwind }
attributes #15 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #16 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { mustprogress nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #20 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #21 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #23 = { nounwind }
attributes #24 = { builtin nounwind }
attributes #25 = { builtin allocsize(0) }
attributes #26 = { noreturn }
attributes #27 = { noreturn nounwind }

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
!22 = !{!23, !8, i64 24}
!23 = !{!"_ZTSSt8functionIFiiiEE", !24, i64 0, !8, i64 24}
!24 = !{!"_ZTSSt14_Function_base", !9, i64 0, !8, i64 16}
!25 = !{!24, !8, i64 16}
!26 = !{!27, !8, i64 24}
!27 = !{!"_ZTSSt8functionIFivEE", !24, i64 0, !8, i64 24}
!28 = !{!8, !8, i64 0}
!29 = !{!30, !8, i64 16}
!30 = !{!"_ZTSNSt12_Vector_baseISt8functionIFivEESaIS2_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!31 = !{i64 0, i64 16, !11}
!32 = !{!30, !8, i64 8}
!33 = !{!34}
!34 = distinct !{!34, !35, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_: argument 0"}
!35 = distinct !{!35, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_"}
!36 = !{!37, !37, i64 0}
!37 = !{!"vtable pointer", !10, i64 0}
!38 = !{!39, !8, i64 0}
!39 = !{!"_ZTSSt14__shared_countILN9__gnu_cxx12_Lock_policyE2EE", !8, i64 0}
!40 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!41 = !{!42, !8, i64 0}
!42 = !{!"_ZTSNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE5_ImplE", !8, i64 0}
!43 = !{!44, !8, i64 0}
!44 = !{!"_ZTSNSt12_Vector_baseI7MovableSaIS0_EE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!45 = !{!44, !8, i64 8}
!46 = !{!44, !8, i64 16}
!47 = !{!48, !8, i64 0}
!48 = !{!"_ZTSNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!49 = !{!48, !8, i64 16}
!50 = !{!48, !8, i64 8}
!51 = distinct !{!51, !52}
!52 = !{!"llvm.loop.mustprogress"}
!53 = !{!30, !8, i64 0}
!54 = distinct !{!54, !52}
!55 = !{!56, !17, i64 0}
!56 = !{!"_ZTS8RegistryIiE", !17, i64 0}
!57 = !{!20, !8, i64 16}
!58 = !{!14, !14, i64 0}
!59 = !{!60}
!60 = distinct !{!60, !61, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!61 = distinct !{!61, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!62 = !{!63}
!63 = distinct !{!63, !61, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!64 = !{!60, !63}
!65 = distinct !{!65, !52}
!66 = !{!67}
!67 = distinct !{!67, !68, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!68 = distinct !{!68, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!69 = !{!70}
!70 = distinct !{!70, !68, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!71 = !{!67, !70}
!72 = distinct !{!72, !52}
!73 = !{!74}
!74 = distinct !{!74, !75, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!75 = distinct !{!75, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!76 = !{!77}
!77 = distinct !{!77, !75, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!78 = !{!74, !77}
!79 = distinct !{!79, !52}
!80 = !{!81}
!81 = distinct !{!81, !82, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 0"}
!82 = distinct !{!82, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_"}
!83 = !{!84}
!84 = distinct !{!84, !82, !"_ZSt19__relocate_object_aISt8functionIFivEES2_SaIS2_EEvPT_PT0_RT1_: argument 1"}
!85 = !{!81, !84}
!86 = !{!87, !17, i64 0}
!87 = !{!"_ZTSZ4mainE3$_1", !17, i64 0, !17, i64 4}
!88 = !{!87, !17, i64 4}
!89 = !{!90, !8, i64 8}
!90 = !{!"_ZTSSt9type_info", !8, i64 8}
!91 = !{!92, !8, i64 16}
!92 = !{!"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", !93, i64 0, !42, i64 16}
!93 = !{!"_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE", !17, i64 8, !17, i64 12}
