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
  %9 = alloca %"class.std::function.15", align 8
  %10 = alloca %"class.std::unique_ptr", align 8
  %11 = alloca %"class.std::shared_ptr", align 8
  %12 = alloca %"class.std::vector.26", align 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %3) #23
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef 1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %4) #23
  call void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 2)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #23
  %13 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %13, ptr %6, align 8, !tbaa !5
  store i8 120, ptr %13, align 8, !tbaa !10
  %14 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 1, ptr %14, align 8, !tbaa !11
  %15 = getelementptr inbounds i8, ptr %6, i64 17
  store i8 0, ptr %15, align 1, !tbaa !10
  invoke void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull %6)
          to label %16 unwind label %113

16:                                               ; preds = %0
  %17 = load ptr, ptr %6, align 8, !tbaa !14
  %18 = icmp eq ptr %17, %13
  br i1 %18, label %22, label %19

19:                                               ; preds = %16
  %20 = load i64, ptr %13, align 8, !tbaa !10
  %21 = add i64 %20, 1
  call void @_ZdlPvm(ptr noundef %17, i64 noundef %21) #24
  br label %22

22:                                               ; preds = %16, %19
  %23 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %24 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %25 = icmp eq i8 %24, 0
  br i1 %25, label %26, label %31, !prof !17

26:                                               ; preds = %22
  %27 = call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %31, label %29

29:                                               ; preds = %26
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %30 = call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  br label %31

31:                                               ; preds = %22, %26, %29
  %32 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i64 8), align 8, !tbaa !18
  %33 = load ptr, ptr @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, align 8, !tbaa !20
  %34 = ptrtoint ptr %32 to i64
  %35 = ptrtoint ptr %33 to i64
  %36 = sub i64 %34, %35
  %37 = ashr exact i64 %36, 5
  %38 = load i32, ptr @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE9instancesE, align 4, !tbaa !15
  %39 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %23, i64 noundef %37, i32 noundef %38)
  %40 = load i32, ptr @_ZZ7next_idvE2id, align 4, !tbaa !15
  %41 = add nsw i32 %40, 1
  %42 = add nsw i32 %40, 2
  %43 = add nsw i32 %40, 3
  store i32 %43, ptr @_ZZ7next_idvE2id, align 4, !tbaa !15
  %44 = load i32, ptr @shared_total, align 4, !tbaa !15
  %45 = add nsw i32 %44, 5
  store i32 %45, ptr @shared_total, align 4, !tbaa !15
  %46 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %41, i32 noundef %42, i32 noundef %43, i32 noundef %45)
  %47 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i64 noundef 108)
  %48 = invoke noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #25
          to label %51 unwind label %49

49:                                               ; preds = %31
  %50 = landingpad { ptr, i32 }
          cleanup
  br label %687

51:                                               ; preds = %31
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %48, ptr noundef nonnull align 4 dereferenceable(20) @constinit, i64 20, i1 false)
  %52 = invoke noalias noundef nonnull dereferenceable(20) ptr @_Znwm(i64 noundef 20) #25
          to label %53 unwind label %117

53:                                               ; preds = %51
  %54 = getelementptr inbounds i8, ptr %52, i64 20
  br label %55

55:                                               ; preds = %94, %53
  %56 = phi ptr [ %52, %53 ], [ %98, %94 ]
  %57 = phi i64 [ 0, %53 ], [ %99, %94 ]
  %58 = phi ptr [ %54, %53 ], [ %97, %94 ]
  %59 = phi ptr [ %52, %53 ], [ %96, %94 ]
  %60 = getelementptr inbounds i8, ptr %48, i64 %57
  %61 = load i32, ptr %60, align 4, !tbaa !15, !noalias !21
  %62 = mul nsw i32 %61, 3
  %63 = icmp eq ptr %56, %58
  br i1 %63, label %65, label %64

64:                                               ; preds = %55
  store i32 %62, ptr %56, align 4, !tbaa !15, !noalias !21
  br label %94

65:                                               ; preds = %55
  %66 = ptrtoint ptr %56 to i64
  %67 = ptrtoint ptr %59 to i64
  %68 = sub i64 %66, %67
  %69 = icmp eq i64 %68, 9223372036854775804
  br i1 %69, label %70, label %72

70:                                               ; preds = %65
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
          to label %71 unwind label %103, !noalias !21

71:                                               ; preds = %70
  unreachable

72:                                               ; preds = %65
  %73 = ashr exact i64 %68, 2
  %74 = call i64 @llvm.umax.i64(i64 %73, i64 1)
  %75 = add nsw i64 %74, %73
  %76 = icmp ult i64 %75, %73
  %77 = call i64 @llvm.umin.i64(i64 %75, i64 2305843009213693951)
  %78 = select i1 %76, i64 2305843009213693951, i64 %77
  %79 = icmp eq i64 %78, 0
  br i1 %79, label %83, label %80

80:                                               ; preds = %72
  %81 = shl nuw nsw i64 %78, 2
  %82 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %81) #25
          to label %83 unwind label %101, !noalias !21

83:                                               ; preds = %80, %72
  %84 = phi ptr [ null, %72 ], [ %82, %80 ]
  %85 = getelementptr inbounds i32, ptr %84, i64 %73
  store i32 %62, ptr %85, align 4, !tbaa !15, !noalias !21
  %86 = icmp sgt i64 %68, 0
  br i1 %86, label %87, label %88

87:                                               ; preds = %83
  call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %84, ptr align 4 %59, i64 %68, i1 false), !noalias !21
  br label %88

88:                                               ; preds = %87, %83
  %89 = getelementptr inbounds i8, ptr %84, i64 %68
  %90 = icmp eq ptr %59, null
  br i1 %90, label %92, label %91

91:                                               ; preds = %88
  call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %68) #24, !noalias !21
  br label %92

92:                                               ; preds = %91, %88
  %93 = getelementptr inbounds i32, ptr %84, i64 %78
  br label %94

94:                                               ; preds = %92, %64
  %95 = phi ptr [ %89, %92 ], [ %56, %64 ]
  %96 = phi ptr [ %84, %92 ], [ %59, %64 ]
  %97 = phi ptr [ %93, %92 ], [ %58, %64 ]
  %98 = getelementptr inbounds i8, ptr %95, i64 4
  %99 = add nuw nsw i64 %57, 4
  %100 = icmp eq i64 %99, 20
  br i1 %100, label %109, label %55

101:                                              ; preds = %80
  %102 = landingpad { ptr, i32 }
          cleanup
  br label %105

103:                                              ; preds = %70
  %104 = landingpad { ptr, i32 }
          cleanup
  br label %105

105:                                              ; preds = %103, %101
  %106 = phi { ptr, i32 } [ %102, %101 ], [ %104, %103 ]
  %107 = icmp eq ptr %59, null
  br i1 %107, label %685, label %108

108:                                              ; preds = %105
  call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %68) #24, !noalias !21
  br label %685

109:                                              ; preds = %94
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #23
  %110 = getelementptr inbounds i8, ptr %7, i64 16
  %111 = getelementptr inbounds i8, ptr %7, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_", ptr %111, align 8, !tbaa !24
  store ptr @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %110, align 8, !tbaa !27
  %112 = icmp eq ptr %96, %98
  br i1 %112, label %138, label %119

113:                                              ; preds = %0
  %114 = landingpad { ptr, i32 }
          cleanup
  %115 = load ptr, ptr %6, align 8, !tbaa !14
  %116 = icmp eq ptr %115, %13
  br i1 %116, label %698, label %692

117:                                              ; preds = %51
  %118 = landingpad { ptr, i32 }
          cleanup
  br label %685

119:                                              ; preds = %109, %131
  %120 = phi i32 [ %130, %131 ], [ 0, %109 ]
  %121 = phi ptr [ %132, %131 ], [ %96, %109 ]
  %122 = load i32, ptr %121, align 4, !tbaa !15
  %123 = srem i32 %120, 1000
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2)
  store i32 %123, ptr %1, align 4, !tbaa !15
  store i32 %122, ptr %2, align 4, !tbaa !15
  %124 = load ptr, ptr %110, align 8, !tbaa !27
  %125 = icmp eq ptr %124, null
  br i1 %125, label %126, label %128

126:                                              ; preds = %119
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %127 unwind label %136

127:                                              ; preds = %126
  unreachable

128:                                              ; preds = %119
  %129 = load ptr, ptr %111, align 8, !tbaa !24
  %130 = invoke noundef i32 %129(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 4 dereferenceable(4) %2)
          to label %131 unwind label %134

131:                                              ; preds = %128
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1)
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2)
  %132 = getelementptr inbounds i8, ptr %121, i64 4
  %133 = icmp eq ptr %121, %95
  br i1 %133, label %138, label %119

134:                                              ; preds = %128
  %135 = landingpad { ptr, i32 }
          cleanup
  br label %670

136:                                              ; preds = %126
  %137 = landingpad { ptr, i32 }
          cleanup
  br label %670

138:                                              ; preds = %131, %109
  %139 = phi i32 [ 0, %109 ], [ %130, %131 ]
  %140 = load i32, ptr %95, align 4, !tbaa !15
  %141 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %140, i32 noundef %139)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  %142 = getelementptr inbounds i8, ptr %9, i64 16
  %143 = getelementptr inbounds i8, ptr %9, i64 24
  %144 = getelementptr inbounds i8, ptr %8, i64 8
  %145 = getelementptr inbounds i8, ptr %8, i64 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %9, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %143, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %142, align 8, !tbaa !27
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr null, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %146 unwind label %202

146:                                              ; preds = %138
  %147 = load ptr, ptr %142, align 8, !tbaa !27
  %148 = icmp eq ptr %147, null
  br i1 %148, label %154, label %149

149:                                              ; preds = %146
  %150 = invoke noundef zeroext i1 %147(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %154 unwind label %151

151:                                              ; preds = %196, %174, %149
  %152 = landingpad { ptr, i32 }
          catch ptr null
  %153 = extractvalue { ptr, i32 } %152, 0
  call void @__clang_call_terminate(ptr %153) #27
  unreachable

154:                                              ; preds = %146, %149
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  %155 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 0, ptr %155, align 8
  store i64 1, ptr %9, align 8
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %143, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %142, align 8, !tbaa !27
  %156 = load ptr, ptr %144, align 8, !tbaa !30
  %157 = load ptr, ptr %145, align 8, !tbaa !31
  %158 = icmp eq ptr %156, %157
  br i1 %158, label %170, label %159

159:                                              ; preds = %154
  %160 = getelementptr inbounds i8, ptr %156, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %156, i8 0, i64 24, i1 false)
  %161 = load ptr, ptr %143, align 8, !tbaa !28
  store ptr %161, ptr %160, align 8, !tbaa !28
  %162 = load ptr, ptr %142, align 8, !tbaa !27
  %163 = icmp eq ptr %162, null
  br i1 %163, label %167, label %164

164:                                              ; preds = %159
  %165 = getelementptr inbounds i8, ptr %156, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %156, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !33
  %166 = load ptr, ptr %142, align 8, !tbaa !27
  store ptr %166, ptr %165, align 8, !tbaa !27
  br label %167

167:                                              ; preds = %159, %164
  %168 = load ptr, ptr %144, align 8, !tbaa !34
  %169 = getelementptr inbounds i8, ptr %168, i64 32
  store ptr %169, ptr %144, align 8, !tbaa !34
  br label %176

170:                                              ; preds = %154
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr %156, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %171 unwind label %202

171:                                              ; preds = %170
  %172 = load ptr, ptr %142, align 8, !tbaa !27
  %173 = icmp eq ptr %172, null
  br i1 %173, label %176, label %174

174:                                              ; preds = %171
  %175 = invoke noundef zeroext i1 %172(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %176 unwind label %151

176:                                              ; preds = %167, %174, %171
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #23
  %177 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 0, ptr %177, align 8
  store i64 2, ptr %9, align 8
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data", ptr %143, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %142, align 8, !tbaa !27
  %178 = load ptr, ptr %144, align 8, !tbaa !30
  %179 = load ptr, ptr %145, align 8, !tbaa !31
  %180 = icmp eq ptr %178, %179
  br i1 %180, label %192, label %181

181:                                              ; preds = %176
  %182 = getelementptr inbounds i8, ptr %178, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %178, i8 0, i64 24, i1 false)
  %183 = load ptr, ptr %143, align 8, !tbaa !28
  store ptr %183, ptr %182, align 8, !tbaa !28
  %184 = load ptr, ptr %142, align 8, !tbaa !27
  %185 = icmp eq ptr %184, null
  br i1 %185, label %189, label %186

186:                                              ; preds = %181
  %187 = getelementptr inbounds i8, ptr %178, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %178, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false), !tbaa.struct !33
  %188 = load ptr, ptr %142, align 8, !tbaa !27
  store ptr %188, ptr %187, align 8, !tbaa !27
  br label %189

189:                                              ; preds = %181, %186
  %190 = load ptr, ptr %144, align 8, !tbaa !34
  %191 = getelementptr inbounds i8, ptr %190, i64 32
  store ptr %191, ptr %144, align 8, !tbaa !34
  br label %198

192:                                              ; preds = %176
  invoke void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr %178, ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %193 unwind label %202

193:                                              ; preds = %192
  %194 = load ptr, ptr %142, align 8, !tbaa !27
  %195 = icmp eq ptr %194, null
  br i1 %195, label %198, label %196

196:                                              ; preds = %193
  %197 = invoke noundef zeroext i1 %194(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %198 unwind label %151

198:                                              ; preds = %189, %196, %193
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  %199 = load ptr, ptr %8, align 8, !tbaa !30
  %200 = load ptr, ptr %144, align 8, !tbaa !30
  %201 = icmp eq ptr %199, %200
  br i1 %201, label %234, label %216

202:                                              ; preds = %192, %170, %138
  %203 = landingpad { ptr, i32 }
          cleanup
  %204 = load ptr, ptr %142, align 8, !tbaa !27
  %205 = icmp eq ptr %204, null
  br i1 %205, label %211, label %206

206:                                              ; preds = %202
  %207 = invoke noundef zeroext i1 %204(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(16) %9, i32 noundef 3)
          to label %211 unwind label %208

208:                                              ; preds = %206
  %209 = landingpad { ptr, i32 }
          catch ptr null
  %210 = extractvalue { ptr, i32 } %209, 0
  call void @__clang_call_terminate(ptr %210) #27
  unreachable

211:                                              ; preds = %202, %206
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #23
  br label %668

212:                                              ; preds = %227
  %213 = load ptr, ptr %8, align 8, !tbaa !30
  %214 = load ptr, ptr %144, align 8, !tbaa !30
  %215 = icmp eq ptr %213, %214
  br i1 %215, label %234, label %235

216:                                              ; preds = %198, %227
  %217 = phi ptr [ %228, %227 ], [ %199, %198 ]
  %218 = getelementptr inbounds i8, ptr %217, i64 16
  %219 = load ptr, ptr %218, align 8, !tbaa !27
  %220 = icmp eq ptr %219, null
  br i1 %220, label %221, label %223

221:                                              ; preds = %216
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %222 unwind label %232

222:                                              ; preds = %221
  unreachable

223:                                              ; preds = %216
  %224 = getelementptr inbounds i8, ptr %217, i64 24
  %225 = load ptr, ptr %224, align 8, !tbaa !28
  %226 = invoke noundef i32 %225(ptr noundef nonnull align 8 dereferenceable(16) %217)
          to label %227 unwind label %230

227:                                              ; preds = %223
  %228 = getelementptr inbounds i8, ptr %217, i64 32
  %229 = icmp eq ptr %228, %200
  br i1 %229, label %212, label %216

230:                                              ; preds = %223
  %231 = landingpad { ptr, i32 }
          cleanup
  br label %668

232:                                              ; preds = %221
  %233 = landingpad { ptr, i32 }
          cleanup
  br label %668

234:                                              ; preds = %246, %198, %212
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #23
  invoke void @_ZSt11make_uniqueI8ResourceJRA7_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %10, ptr noundef nonnull align 1 dereferenceable(7) @.str.6)
          to label %254 unwind label %624

235:                                              ; preds = %212, %246
  %236 = phi ptr [ %248, %246 ], [ %213, %212 ]
  %237 = getelementptr inbounds i8, ptr %236, i64 16
  %238 = load ptr, ptr %237, align 8, !tbaa !27
  %239 = icmp eq ptr %238, null
  br i1 %239, label %240, label %242

240:                                              ; preds = %235
  invoke void @_ZSt25__throw_bad_function_callv() #26
          to label %241 unwind label %252

241:                                              ; preds = %240
  unreachable

242:                                              ; preds = %235
  %243 = getelementptr inbounds i8, ptr %236, i64 24
  %244 = load ptr, ptr %243, align 8, !tbaa !28
  %245 = invoke noundef i32 %244(ptr noundef nonnull align 8 dereferenceable(16) %236)
          to label %246 unwind label %250

246:                                              ; preds = %242
  %247 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %245)
  %248 = getelementptr inbounds i8, ptr %236, i64 32
  %249 = icmp eq ptr %248, %214
  br i1 %249, label %234, label %235

250:                                              ; preds = %242
  %251 = landingpad { ptr, i32 }
          cleanup
  br label %668

252:                                              ; preds = %240
  %253 = landingpad { ptr, i32 }
          cleanup
  br label %668

254:                                              ; preds = %234
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %11) #23
  call void @llvm.experimental.noalias.scope.decl(metadata !35)
  %255 = invoke noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #25
          to label %256 unwind label %626

256:                                              ; preds = %254
  %257 = getelementptr inbounds i8, ptr %255, i64 8
  store i32 1, ptr %257, align 8, !tbaa !38, !noalias !35
  %258 = getelementptr inbounds i8, ptr %255, i64 12
  store i32 1, ptr %258, align 4, !tbaa !40, !noalias !35
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @_ZTVSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE, i64 16), ptr %255, align 8, !tbaa !41, !noalias !35
  %259 = getelementptr inbounds i8, ptr %255, i64 16
  invoke void @_ZSt10_ConstructI8ResourceJRA7_KcEEvPT_DpOT0_(ptr noundef nonnull %259, ptr noundef nonnull align 1 dereferenceable(7) @.str.7)
          to label %262 unwind label %260, !noalias !35

260:                                              ; preds = %256
  %261 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %255, i64 noundef 48) #24, !noalias !35
  br label %644

262:                                              ; preds = %256
  %263 = getelementptr inbounds i8, ptr %11, i64 8
  store ptr %255, ptr %263, align 8, !tbaa !43, !alias.scope !35
  store ptr %259, ptr %11, align 8, !tbaa !30, !alias.scope !35
  %264 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %265 = icmp eq i8 %264, 0
  br i1 %265, label %269, label %266

266:                                              ; preds = %262
  %267 = load i32, ptr %258, align 4, !tbaa !15
  %268 = add nsw i32 %267, 1
  store i32 %268, ptr %258, align 4, !tbaa !15
  br label %273

269:                                              ; preds = %262
  %270 = atomicrmw volatile add ptr %258, i32 1 acq_rel, align 4
  %271 = load ptr, ptr %263, align 8, !tbaa !43
  %272 = icmp eq ptr %271, null
  br i1 %272, label %318, label %273

273:                                              ; preds = %266, %269
  %274 = phi ptr [ %255, %266 ], [ %271, %269 ]
  %275 = getelementptr inbounds i8, ptr %274, i64 8
  %276 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %277 = icmp eq i8 %276, 0
  br i1 %277, label %281, label %278

278:                                              ; preds = %273
  %279 = load i32, ptr %275, align 4, !tbaa !15
  %280 = add nsw i32 %279, 1
  store i32 %280, ptr %275, align 4, !tbaa !15
  br label %285

281:                                              ; preds = %273
  %282 = atomicrmw volatile add ptr %275, i32 1 acq_rel, align 4
  %283 = load ptr, ptr %263, align 8, !tbaa !43
  %284 = icmp eq ptr %283, null
  br i1 %284, label %290, label %285

285:                                              ; preds = %278, %281
  %286 = phi ptr [ %274, %278 ], [ %283, %281 ]
  %287 = getelementptr inbounds i8, ptr %286, i64 8
  %288 = load atomic i32, ptr %287 monotonic, align 8
  %289 = sext i32 %288 to i64
  br label %290

290:                                              ; preds = %281, %285
  %291 = phi i64 [ %289, %285 ], [ 0, %281 ]
  %292 = load atomic i32, ptr %257 monotonic, align 8
  %293 = icmp eq i32 %292, 0
  %294 = zext i1 %293 to i32
  %295 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef %291, i32 noundef %294)
  %296 = load atomic i64, ptr %275 acquire, align 8
  %297 = icmp eq i64 %296, 4294967297
  %298 = trunc i64 %296 to i32
  br i1 %297, label %299, label %307

299:                                              ; preds = %290
  store i32 0, ptr %275, align 8, !tbaa !38
  %300 = getelementptr inbounds i8, ptr %274, i64 12
  store i32 0, ptr %300, align 4, !tbaa !40
  %301 = load ptr, ptr %274, align 8, !tbaa !41
  %302 = getelementptr inbounds i8, ptr %301, i64 16
  %303 = load ptr, ptr %302, align 8
  call void %303(ptr noundef nonnull align 8 dereferenceable(16) %274) #23
  %304 = load ptr, ptr %274, align 8, !tbaa !41
  %305 = getelementptr inbounds i8, ptr %304, i64 24
  %306 = load ptr, ptr %305, align 8
  call void %306(ptr noundef nonnull align 8 dereferenceable(16) %274) #23
  br label %323

307:                                              ; preds = %290
  %308 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %309 = icmp eq i8 %308, 0
  br i1 %309, label %312, label %310

310:                                              ; preds = %307
  %311 = add nsw i32 %298, -1
  store i32 %311, ptr %275, align 4, !tbaa !15
  br label %314

312:                                              ; preds = %307
  %313 = atomicrmw volatile add ptr %275, i32 -1 acq_rel, align 4
  br label %314

314:                                              ; preds = %312, %310
  %315 = phi i32 [ %298, %310 ], [ %313, %312 ]
  %316 = icmp eq i32 %315, 1
  br i1 %316, label %317, label %323, !prof !45

317:                                              ; preds = %314
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %274) #23
  br label %323

318:                                              ; preds = %269
  %319 = load atomic i32, ptr %257 monotonic, align 8
  %320 = icmp eq i32 %319, 0
  %321 = zext i1 %320 to i32
  %322 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i64 noundef 0, i32 noundef %321)
  br label %323

323:                                              ; preds = %318, %299, %314, %317
  %324 = load ptr, ptr @stdout, align 8, !tbaa !30
  %325 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %337 unwind label %326

326:                                              ; preds = %323
  %327 = landingpad { ptr, i32 }
          catch ptr null
  %328 = extractvalue { ptr, i32 } %327, 0
  %329 = call ptr @__cxa_begin_catch(ptr %328) #23
  %330 = call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %324)
  invoke void @__cxa_rethrow() #26
          to label %336 unwind label %331

331:                                              ; preds = %326
  %332 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %628 unwind label %333

333:                                              ; preds = %331
  %334 = landingpad { ptr, i32 }
          catch ptr null
  %335 = extractvalue { ptr, i32 } %334, 0
  call void @__clang_call_terminate(ptr %335) #27
  unreachable

336:                                              ; preds = %326
  unreachable

337:                                              ; preds = %323
  %338 = getelementptr inbounds i8, ptr %325, i64 8
  store i32 1, ptr %338, align 8, !tbaa !38
  %339 = getelementptr inbounds i8, ptr %325, i64 12
  store i32 1, ptr %339, align 4, !tbaa !40
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @"_ZTVSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", i64 16), ptr %325, align 8, !tbaa !41
  %340 = getelementptr inbounds i8, ptr %325, i64 16
  store ptr %324, ptr %340, align 8, !tbaa !46
  %341 = load i64, ptr %10, align 8, !tbaa !30
  %342 = inttoptr i64 %341 to ptr
  store ptr null, ptr %10, align 8, !tbaa !30
  %343 = load ptr, ptr %342, align 8, !tbaa !14
  %344 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef 1, ptr noundef %343)
  store ptr null, ptr %11, align 8, !tbaa !30
  %345 = load ptr, ptr %263, align 8, !tbaa !43
  store ptr null, ptr %263, align 8, !tbaa !43
  %346 = icmp eq ptr %345, null
  br i1 %346, label %371, label %347

347:                                              ; preds = %337
  %348 = getelementptr inbounds i8, ptr %345, i64 8
  %349 = load atomic i64, ptr %348 acquire, align 8
  %350 = icmp eq i64 %349, 4294967297
  %351 = trunc i64 %349 to i32
  br i1 %350, label %352, label %360

352:                                              ; preds = %347
  store i32 0, ptr %348, align 8, !tbaa !38
  %353 = getelementptr inbounds i8, ptr %345, i64 12
  store i32 0, ptr %353, align 4, !tbaa !40
  %354 = load ptr, ptr %345, align 8, !tbaa !41
  %355 = getelementptr inbounds i8, ptr %354, i64 16
  %356 = load ptr, ptr %355, align 8
  call void %356(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  %357 = load ptr, ptr %345, align 8, !tbaa !41
  %358 = getelementptr inbounds i8, ptr %357, i64 24
  %359 = load ptr, ptr %358, align 8
  call void %359(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  br label %371

360:                                              ; preds = %347
  %361 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %362 = icmp eq i8 %361, 0
  br i1 %362, label %365, label %363

363:                                              ; preds = %360
  %364 = add nsw i32 %351, -1
  store i32 %364, ptr %348, align 4, !tbaa !15
  br label %367

365:                                              ; preds = %360
  %366 = atomicrmw volatile add ptr %348, i32 -1 acq_rel, align 4
  br label %367

367:                                              ; preds = %365, %363
  %368 = phi i32 [ %351, %363 ], [ %366, %365 ]
  %369 = icmp eq i32 %368, 1
  br i1 %369, label %370, label %371, !prof !45

370:                                              ; preds = %367
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %345) #23
  br label %371

371:                                              ; preds = %370, %367, %352, %337
  %372 = load atomic i32, ptr %257 monotonic, align 8
  %373 = icmp eq i32 %372, 0
  %374 = zext i1 %373 to i32
  %375 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %374)
  %376 = load ptr, ptr %342, align 8, !tbaa !14
  %377 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %376)
  %378 = load ptr, ptr %342, align 8, !tbaa !14
  %379 = getelementptr inbounds i8, ptr %342, i64 16
  %380 = icmp eq ptr %378, %379
  br i1 %380, label %384, label %381

381:                                              ; preds = %371
  %382 = load i64, ptr %379, align 8, !tbaa !10
  %383 = add i64 %382, 1
  call void @_ZdlPvm(ptr noundef %378, i64 noundef %383) #24
  br label %384

384:                                              ; preds = %381, %371
  call void @_ZdlPvm(ptr noundef nonnull %342, i64 noundef 32) #24
  %385 = load atomic i64, ptr %338 acquire, align 8
  %386 = icmp eq i64 %385, 4294967297
  %387 = trunc i64 %385 to i32
  br i1 %386, label %388, label %395

388:                                              ; preds = %384
  store i32 0, ptr %338, align 8, !tbaa !38
  store i32 0, ptr %339, align 4, !tbaa !40
  %389 = load ptr, ptr %325, align 8, !tbaa !41
  %390 = getelementptr inbounds i8, ptr %389, i64 16
  %391 = load ptr, ptr %390, align 8
  call void %391(ptr noundef nonnull align 8 dereferenceable(16) %325) #23
  %392 = load ptr, ptr %325, align 8, !tbaa !41
  %393 = getelementptr inbounds i8, ptr %392, i64 24
  %394 = load ptr, ptr %393, align 8
  call void %394(ptr noundef nonnull align 8 dereferenceable(16) %325) #23
  br label %406

395:                                              ; preds = %384
  %396 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %397 = icmp eq i8 %396, 0
  br i1 %397, label %400, label %398

398:                                              ; preds = %395
  %399 = add nsw i32 %387, -1
  store i32 %399, ptr %338, align 4, !tbaa !15
  br label %402

400:                                              ; preds = %395
  %401 = atomicrmw volatile add ptr %338, i32 -1 acq_rel, align 4
  br label %402

402:                                              ; preds = %400, %398
  %403 = phi i32 [ %387, %398 ], [ %401, %400 ]
  %404 = icmp eq i32 %403, 1
  br i1 %404, label %405, label %406, !prof !45

405:                                              ; preds = %402
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %325) #23
  br label %406

406:                                              ; preds = %405, %402, %388
  %407 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %408 = icmp eq i8 %407, 0
  br i1 %408, label %412, label %409

409:                                              ; preds = %406
  %410 = load i32, ptr %258, align 4, !tbaa !15
  %411 = add nsw i32 %410, -1
  store i32 %411, ptr %258, align 4, !tbaa !15
  br label %414

412:                                              ; preds = %406
  %413 = atomicrmw volatile add ptr %258, i32 -1 acq_rel, align 4
  br label %414

414:                                              ; preds = %412, %409
  %415 = phi i32 [ %410, %409 ], [ %413, %412 ]
  %416 = icmp eq i32 %415, 1
  br i1 %416, label %417, label %421

417:                                              ; preds = %414
  %418 = load ptr, ptr %255, align 8, !tbaa !41
  %419 = getelementptr inbounds i8, ptr %418, i64 24
  %420 = load ptr, ptr %419, align 8
  call void %420(ptr noundef nonnull align 8 dereferenceable(16) %255) #23
  br label %421

421:                                              ; preds = %414, %417
  %422 = load ptr, ptr %263, align 8, !tbaa !43
  %423 = icmp eq ptr %422, null
  br i1 %423, label %448, label %424

424:                                              ; preds = %421
  %425 = getelementptr inbounds i8, ptr %422, i64 8
  %426 = load atomic i64, ptr %425 acquire, align 8
  %427 = icmp eq i64 %426, 4294967297
  %428 = trunc i64 %426 to i32
  br i1 %427, label %429, label %437

429:                                              ; preds = %424
  store i32 0, ptr %425, align 8, !tbaa !38
  %430 = getelementptr inbounds i8, ptr %422, i64 12
  store i32 0, ptr %430, align 4, !tbaa !40
  %431 = load ptr, ptr %422, align 8, !tbaa !41
  %432 = getelementptr inbounds i8, ptr %431, i64 16
  %433 = load ptr, ptr %432, align 8
  call void %433(ptr noundef nonnull align 8 dereferenceable(16) %422) #23
  %434 = load ptr, ptr %422, align 8, !tbaa !41
  %435 = getelementptr inbounds i8, ptr %434, i64 24
  %436 = load ptr, ptr %435, align 8
  call void %436(ptr noundef nonnull align 8 dereferenceable(16) %422) #23
  br label %448

437:                                              ; preds = %424
  %438 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %439 = icmp eq i8 %438, 0
  br i1 %439, label %442, label %440

440:                                              ; preds = %437
  %441 = add nsw i32 %428, -1
  store i32 %441, ptr %425, align 4, !tbaa !15
  br label %444

442:                                              ; preds = %437
  %443 = atomicrmw volatile add ptr %425, i32 -1 acq_rel, align 4
  br label %444

444:                                              ; preds = %442, %440
  %445 = phi i32 [ %428, %440 ], [ %443, %442 ]
  %446 = icmp eq i32 %445, 1
  br i1 %446, label %447, label %448, !prof !45

447:                                              ; preds = %444
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %422) #23
  br label %448

448:                                              ; preds = %421, %429, %444, %447
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %11) #23
  %449 = load ptr, ptr %10, align 8, !tbaa !30
  %450 = icmp eq ptr %449, null
  br i1 %450, label %461, label %451

451:                                              ; preds = %448
  %452 = load ptr, ptr %449, align 8, !tbaa !14
  %453 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %452)
  %454 = load ptr, ptr %449, align 8, !tbaa !14
  %455 = getelementptr inbounds i8, ptr %449, i64 16
  %456 = icmp eq ptr %454, %455
  br i1 %456, label %460, label %457

457:                                              ; preds = %451
  %458 = load i64, ptr %455, align 8, !tbaa !10
  %459 = add i64 %458, 1
  call void @_ZdlPvm(ptr noundef %454, i64 noundef %459) #24
  br label %460

460:                                              ; preds = %457, %451
  call void @_ZdlPvm(ptr noundef nonnull %449, i64 noundef 32) #24
  br label %461

461:                                              ; preds = %460, %448
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %12) #23
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %12, i8 0, i64 24, i1 false)
  %462 = getelementptr inbounds i8, ptr %12, i64 16
  %463 = invoke noalias noundef nonnull dereferenceable(96) ptr @_Znwm(i64 noundef 96) #25
          to label %464 unwind label %648

464:                                              ; preds = %461
  %465 = getelementptr inbounds i8, ptr %12, i64 8
  store ptr %463, ptr %12, align 8, !tbaa !48
  store ptr %463, ptr %465, align 8, !tbaa !50
  %466 = getelementptr inbounds i8, ptr %463, i64 96
  store ptr %466, ptr %462, align 8, !tbaa !51
  %467 = invoke noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #25
          to label %468 unwind label %650

468:                                              ; preds = %464
  %469 = insertelement <2 x ptr> poison, ptr %467, i64 0
  %470 = getelementptr inbounds i8, ptr %467, i64 400
  %471 = getelementptr inbounds i8, ptr %467, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %467, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %471, align 4, !tbaa !15
  %472 = getelementptr inbounds i8, ptr %467, i64 32
  %473 = getelementptr inbounds i8, ptr %467, i64 48
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %472, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %473, align 4, !tbaa !15
  %474 = getelementptr inbounds i8, ptr %467, i64 64
  %475 = getelementptr inbounds i8, ptr %467, i64 80
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %474, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %475, align 4, !tbaa !15
  %476 = getelementptr inbounds i8, ptr %467, i64 96
  %477 = getelementptr inbounds i8, ptr %467, i64 112
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %476, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %477, align 4, !tbaa !15
  %478 = getelementptr inbounds i8, ptr %467, i64 128
  %479 = getelementptr inbounds i8, ptr %467, i64 144
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %478, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %479, align 4, !tbaa !15
  %480 = getelementptr inbounds i8, ptr %467, i64 160
  %481 = getelementptr inbounds i8, ptr %467, i64 176
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %480, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %481, align 4, !tbaa !15
  %482 = getelementptr inbounds i8, ptr %467, i64 192
  %483 = getelementptr inbounds i8, ptr %467, i64 208
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %482, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %483, align 4, !tbaa !15
  %484 = getelementptr inbounds i8, ptr %467, i64 224
  %485 = getelementptr inbounds i8, ptr %467, i64 240
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %484, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %485, align 4, !tbaa !15
  %486 = getelementptr inbounds i8, ptr %467, i64 256
  %487 = getelementptr inbounds i8, ptr %467, i64 272
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %486, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %487, align 4, !tbaa !15
  %488 = getelementptr inbounds i8, ptr %467, i64 288
  %489 = getelementptr inbounds i8, ptr %467, i64 304
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %488, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %489, align 4, !tbaa !15
  %490 = getelementptr inbounds i8, ptr %467, i64 320
  %491 = getelementptr inbounds i8, ptr %467, i64 336
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %490, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %491, align 4, !tbaa !15
  %492 = getelementptr inbounds i8, ptr %467, i64 352
  %493 = getelementptr inbounds i8, ptr %467, i64 368
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %492, align 4, !tbaa !15
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %493, align 4, !tbaa !15
  %494 = getelementptr inbounds i8, ptr %467, i64 384
  store i32 1, ptr %494, align 4, !tbaa !15
  %495 = getelementptr inbounds i8, ptr %467, i64 388
  store i32 1, ptr %495, align 4, !tbaa !15
  %496 = getelementptr inbounds i8, ptr %467, i64 392
  store i32 1, ptr %496, align 4, !tbaa !15
  %497 = getelementptr inbounds i8, ptr %467, i64 396
  store i32 1, ptr %497, align 4, !tbaa !15
  %498 = insertelement <2 x ptr> %469, ptr %470, i64 1
  %499 = getelementptr inbounds i8, ptr %12, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %463, i8 0, i64 24, i1 false)
  %500 = invoke noalias noundef nonnull dereferenceable(400) ptr @_Znwm(i64 noundef 400) #25
          to label %501 unwind label %652

501:                                              ; preds = %468
  store ptr %500, ptr %463, align 8, !tbaa !52
  %502 = getelementptr inbounds i8, ptr %463, i64 8
  %503 = getelementptr inbounds i8, ptr %500, i64 400
  %504 = getelementptr inbounds i8, ptr %463, i64 16
  store ptr %503, ptr %504, align 8, !tbaa !54
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(400) %500, ptr noundef nonnull align 4 dereferenceable(400) %467, i64 400, i1 false)
  store ptr %503, ptr %502, align 8, !tbaa !55
  %505 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %506 = add nsw i32 %505, 1
  store i32 %506, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %507 = getelementptr inbounds i8, ptr %463, i64 24
  store ptr %507, ptr %499, align 8, !tbaa !50
  store <2 x ptr> %498, ptr %507, align 8, !tbaa !30
  %508 = getelementptr inbounds i8, ptr %463, i64 40
  store ptr %470, ptr %508, align 8, !tbaa !54
  %509 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %510 = add nsw i32 %509, 1
  store i32 %510, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %511 = getelementptr inbounds i8, ptr %463, i64 48
  store ptr %511, ptr %499, align 8, !tbaa !50
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %511, i8 0, i64 24, i1 false)
  %512 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #25
          to label %513 unwind label %655

513:                                              ; preds = %501
  store ptr %512, ptr %511, align 8, !tbaa !52
  %514 = getelementptr inbounds i8, ptr %512, i64 40
  %515 = getelementptr inbounds i8, ptr %463, i64 64
  store ptr %514, ptr %515, align 8, !tbaa !54
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %512, align 4, !tbaa !15
  %516 = getelementptr inbounds i8, ptr %512, i64 16
  store <4 x i32> <i32 1, i32 1, i32 1, i32 1>, ptr %516, align 4, !tbaa !15
  %517 = getelementptr inbounds i8, ptr %512, i64 32
  store i32 1, ptr %517, align 4, !tbaa !15
  %518 = getelementptr inbounds i8, ptr %512, i64 36
  store i32 1, ptr %518, align 4, !tbaa !15
  %519 = getelementptr inbounds i8, ptr %463, i64 56
  store ptr %514, ptr %519, align 8, !tbaa !55
  %520 = load ptr, ptr %499, align 8, !tbaa !50
  %521 = getelementptr inbounds i8, ptr %520, i64 24
  store ptr %521, ptr %499, align 8, !tbaa !50
  %522 = load i32, ptr @_ZN7Movable6copiesE, align 4, !tbaa !15
  %523 = load i32, ptr @_ZN7Movable5movesE, align 4, !tbaa !15
  %524 = load ptr, ptr %12, align 8, !tbaa !48
  %525 = getelementptr inbounds i8, ptr %524, i64 8
  %526 = load ptr, ptr %525, align 8, !tbaa !55
  %527 = load ptr, ptr %524, align 8, !tbaa !52
  %528 = ptrtoint ptr %526 to i64
  %529 = ptrtoint ptr %527 to i64
  %530 = sub i64 %528, %529
  %531 = ashr exact i64 %530, 2
  %532 = getelementptr inbounds i8, ptr %524, i64 24
  %533 = getelementptr inbounds i8, ptr %524, i64 32
  %534 = load ptr, ptr %533, align 8, !tbaa !55
  %535 = load ptr, ptr %532, align 8, !tbaa !52
  %536 = ptrtoint ptr %534 to i64
  %537 = ptrtoint ptr %535 to i64
  %538 = sub i64 %536, %537
  %539 = ashr exact i64 %538, 2
  %540 = getelementptr inbounds i8, ptr %524, i64 48
  %541 = getelementptr inbounds i8, ptr %524, i64 56
  %542 = load ptr, ptr %541, align 8, !tbaa !55
  %543 = load ptr, ptr %540, align 8, !tbaa !52
  %544 = ptrtoint ptr %542 to i64
  %545 = ptrtoint ptr %543 to i64
  %546 = sub i64 %544, %545
  %547 = ashr exact i64 %546, 2
  %548 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %522, i32 noundef %523, i64 noundef %531, i64 noundef %539, i64 noundef %547)
  %549 = load ptr, ptr %12, align 8, !tbaa !48
  %550 = load ptr, ptr %499, align 8, !tbaa !50
  %551 = icmp eq ptr %549, %550
  br i1 %551, label %567, label %552

552:                                              ; preds = %513, %562
  %553 = phi ptr [ %563, %562 ], [ %549, %513 ]
  %554 = load ptr, ptr %553, align 8, !tbaa !52
  %555 = icmp eq ptr %554, null
  br i1 %555, label %562, label %556

556:                                              ; preds = %552
  %557 = getelementptr inbounds i8, ptr %553, i64 16
  %558 = load ptr, ptr %557, align 8, !tbaa !54
  %559 = ptrtoint ptr %558 to i64
  %560 = ptrtoint ptr %554 to i64
  %561 = sub i64 %559, %560
  call void @_ZdlPvm(ptr noundef nonnull %554, i64 noundef %561) #24
  br label %562

562:                                              ; preds = %556, %552
  %563 = getelementptr inbounds i8, ptr %553, i64 24
  %564 = icmp eq ptr %563, %550
  br i1 %564, label %565, label %552, !llvm.loop !56

565:                                              ; preds = %562
  %566 = load ptr, ptr %12, align 8, !tbaa !48
  br label %567

567:                                              ; preds = %565, %513
  %568 = phi ptr [ %566, %565 ], [ %549, %513 ]
  %569 = icmp eq ptr %568, null
  br i1 %569, label %575, label %570

570:                                              ; preds = %567
  %571 = load ptr, ptr %462, align 8, !tbaa !51
  %572 = ptrtoint ptr %571 to i64
  %573 = ptrtoint ptr %568 to i64
  %574 = sub i64 %572, %573
  call void @_ZdlPvm(ptr noundef nonnull %568, i64 noundef %574) #24
  br label %575

575:                                              ; preds = %567, %570
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %12) #23
  %576 = load ptr, ptr %8, align 8, !tbaa !58
  %577 = load ptr, ptr %144, align 8, !tbaa !34
  %578 = icmp eq ptr %576, %577
  br i1 %578, label %594, label %579

579:                                              ; preds = %575, %589
  %580 = phi ptr [ %590, %589 ], [ %576, %575 ]
  %581 = getelementptr inbounds i8, ptr %580, i64 16
  %582 = load ptr, ptr %581, align 8, !tbaa !27
  %583 = icmp eq ptr %582, null
  br i1 %583, label %589, label %584

584:                                              ; preds = %579
  %585 = invoke noundef zeroext i1 %582(ptr noundef nonnull align 8 dereferenceable(16) %580, ptr noundef nonnull align 8 dereferenceable(16) %580, i32 noundef 3)
          to label %589 unwind label %586

586:                                              ; preds = %584
  %587 = landingpad { ptr, i32 }
          catch ptr null
  %588 = extractvalue { ptr, i32 } %587, 0
  call void @__clang_call_terminate(ptr %588) #27
  unreachable

589:                                              ; preds = %584, %579
  %590 = getelementptr inbounds i8, ptr %580, i64 32
  %591 = icmp eq ptr %590, %577
  br i1 %591, label %592, label %579, !llvm.loop !59

592:                                              ; preds = %589
  %593 = load ptr, ptr %8, align 8, !tbaa !58
  br label %594

594:                                              ; preds = %592, %575
  %595 = phi ptr [ %593, %592 ], [ %576, %575 ]
  %596 = icmp eq ptr %595, null
  br i1 %596, label %602, label %597

597:                                              ; preds = %594
  %598 = load ptr, ptr %145, align 8, !tbaa !31
  %599 = ptrtoint ptr %598 to i64
  %600 = ptrtoint ptr %595 to i64
  %601 = sub i64 %599, %600
  call void @_ZdlPvm(ptr noundef nonnull %595, i64 noundef %601) #24
  br label %602

602:                                              ; preds = %594, %597
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #23
  %603 = load ptr, ptr %110, align 8, !tbaa !27
  %604 = icmp eq ptr %603, null
  br i1 %604, label %610, label %605

605:                                              ; preds = %602
  %606 = invoke noundef zeroext i1 %603(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
          to label %610 unwind label %607

607:                                              ; preds = %605
  %608 = landingpad { ptr, i32 }
          catch ptr null
  %609 = extractvalue { ptr, i32 } %608, 0
  call void @__clang_call_terminate(ptr %609) #27
  unreachable

610:                                              ; preds = %602, %605
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #23
  %611 = icmp eq ptr %96, null
  br i1 %611, label %616, label %612

612:                                              ; preds = %610
  %613 = ptrtoint ptr %97 to i64
  %614 = ptrtoint ptr %96 to i64
  %615 = sub i64 %613, %614
  call void @_ZdlPvm(ptr noundef nonnull %96, i64 noundef %615) #24
  br label %616

616:                                              ; preds = %610, %612
  call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 20) #24
  %617 = load ptr, ptr %5, align 8, !tbaa !14
  %618 = getelementptr inbounds i8, ptr %5, i64 16
  %619 = icmp eq ptr %617, %618
  br i1 %619, label %623, label %620

620:                                              ; preds = %616
  %621 = load i64, ptr %618, align 8, !tbaa !10
  %622 = add i64 %621, 1
  call void @_ZdlPvm(ptr noundef %617, i64 noundef %622) #24
  br label %623

623:                                              ; preds = %616, %620
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #23
  ret i32 0

624:                                              ; preds = %234
  %625 = landingpad { ptr, i32 }
          cleanup
  br label %646

626:                                              ; preds = %254
  %627 = landingpad { ptr, i32 }
          cleanup
  br label %644

628:                                              ; preds = %331
  %629 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %630 = icmp eq i8 %629, 0
  br i1 %630, label %634, label %631

631:                                              ; preds = %628
  %632 = load i32, ptr %258, align 4, !tbaa !15
  %633 = add nsw i32 %632, -1
  store i32 %633, ptr %258, align 4, !tbaa !15
  br label %636

634:                                              ; preds = %628
  %635 = atomicrmw volatile add ptr %258, i32 -1 acq_rel, align 4
  br label %636

636:                                              ; preds = %634, %631
  %637 = phi i32 [ %632, %631 ], [ %635, %634 ]
  %638 = icmp eq i32 %637, 1
  br i1 %638, label %639, label %643

639:                                              ; preds = %636
  %640 = load ptr, ptr %255, align 8, !tbaa !41
  %641 = getelementptr inbounds i8, ptr %640, i64 24
  %642 = load ptr, ptr %641, align 8
  call void %642(ptr noundef nonnull align 8 dereferenceable(16) %255) #23
  br label %643

643:                                              ; preds = %636, %639
  call void @_ZNSt12__shared_ptrI8ResourceLN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %11) #23
  br label %644

644:                                              ; preds = %626, %260, %643
  %645 = phi { ptr, i32 } [ %332, %643 ], [ %627, %626 ], [ %261, %260 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %11) #23
  call void @_ZNSt10unique_ptrI8ResourceSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %10) #23
  br label %646

646:                                              ; preds = %644, %624
  %647 = phi { ptr, i32 } [ %645, %644 ], [ %625, %624 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #23
  br label %668

648:                                              ; preds = %461
  %649 = landingpad { ptr, i32 }
          cleanup
  br label %666

650:                                              ; preds = %464
  %651 = landingpad { ptr, i32 }
          cleanup
  br label %666

652:                                              ; preds = %468
  %653 = landingpad { ptr, i32 }
          cleanup
  %654 = ptrtoint ptr %470 to i64
  br label %657

655:                                              ; preds = %501
  %656 = landingpad { ptr, i32 }
          cleanup
  br label %657

657:                                              ; preds = %655, %652
  %658 = phi i64 [ 0, %655 ], [ %654, %652 ]
  %659 = phi <2 x ptr> [ zeroinitializer, %655 ], [ %498, %652 ]
  %660 = phi { ptr, i32 } [ %656, %655 ], [ %653, %652 ]
  %661 = extractelement <2 x ptr> %659, i64 0
  %662 = icmp eq ptr %661, null
  br i1 %662, label %666, label %663

663:                                              ; preds = %657
  %664 = ptrtoint ptr %661 to i64
  %665 = sub i64 %658, %664
  call void @_ZdlPvm(ptr noundef nonnull %661, i64 noundef %665) #24
  br label %666

666:                                              ; preds = %650, %657, %663, %648
  %667 = phi { ptr, i32 } [ %649, %648 ], [ %651, %650 ], [ %660, %657 ], [ %660, %663 ]
  call void @_ZNSt6vectorI7MovableSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %12) #23
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %12) #23
  br label %668

668:                                              ; preds = %250, %252, %230, %232, %666, %646, %211
  %669 = phi { ptr, i32 } [ %203, %211 ], [ %667, %666 ], [ %647, %646 ], [ %231, %230 ], [ %233, %232 ], [ %251, %250 ], [ %253, %252 ]
  call void @_ZNSt6vectorISt8functionIFivEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %8) #23
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #23
  br label %670

670:                                              ; preds = %134, %136, %668
  %671 = phi { ptr, i32 } [ %669, %668 ], [ %135, %134 ], [ %137, %136 ]
  %672 = load ptr, ptr %110, align 8, !tbaa !27
  %673 = icmp eq ptr %672, null
  br i1 %673, label %679, label %674

674:                                              ; preds = %670
  %675 = invoke noundef zeroext i1 %672(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
          to label %679 unwind label %676

676:                                              ; preds = %674
  %677 = landingpad { ptr, i32 }
          catch ptr null
  %678 = extractvalue { ptr, i32 } %677, 0
  call void @__clang_call_terminate(ptr %678) #27
  unreachable

679:                                              ; preds = %670, %674
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #23
  %680 = icmp eq ptr %96, null
  br i1 %680, label %685, label %681

681:                                              ; preds = %679
  %682 = ptrtoint ptr %97 to i64
  %683 = ptrtoint ptr %96 to i64
  %684 = sub i64 %682, %683
  call void @_ZdlPvm(ptr noundef nonnull %96, i64 noundef %684) #24
  br label %685

685:                                              ; preds = %681, %679, %117, %108, %105
  %686 = phi { ptr, i32 } [ %118, %117 ], [ %106, %108 ], [ %106, %105 ], [ %671, %679 ], [ %671, %681 ]
  call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 20) #24
  br label %687

687:                                              ; preds = %685, %49
  %688 = phi { ptr, i32 } [ %686, %685 ], [ %50, %49 ]
  %689 = load ptr, ptr %5, align 8, !tbaa !14
  %690 = getelementptr inbounds i8, ptr %5, i64 16
  %691 = icmp eq ptr %689, %690
  br i1 %691, label %698, label %692

692:                                              ; preds = %687, %113
  %693 = phi ptr [ %13, %113 ], [ %690, %687 ]
  %694 = phi ptr [ %115, %113 ], [ %689, %687 ]
  %695 = phi { ptr, i32 } [ %114, %113 ], [ %688, %687 ]
  %696 = load i64, ptr %693, align 8, !tbaa !10
  %697 = add i64 %696, 1
  call void @_ZdlPvm(ptr noundef %694, i64 noundef %697) #24
  br label %698

698:                                              ; preds = %692, %687, %113
  %699 = phi { ptr, i32 } [ %114, %113 ], [ %688, %687 ], [ %695, %692 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %4) #23
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %3) #23
  resume { ptr, i32 } %699
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN8RegistryIiEC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  store i32 %1, ptr %0, align 4, !tbaa !60
  %4 = load i32, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @_ZN8RegistryIiE9instancesE, align 4, !tbaa !15
  %6 = load atomic i8, ptr @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11 acquire, align 8
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %8, label %13, !prof !17

8:                                                ; preds = %2
  %9 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %13, label %11

11:                                               ; preds = %8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %12 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11) #23
  br label %13

13:                                               ; preds = %2, %8, %11
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #23
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
  br label %37

30:                                               ; preds = %13
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryIiE3logB5cxx11EvE7entriesB5cxx11, ptr %17, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %31 unwind label %38

31:                                               ; preds = %30
  %32 = load ptr, ptr %3, align 8, !tbaa !14
  %33 = icmp eq ptr %32, %14
  br i1 %33, label %37, label %34

34:                                               ; preds = %31
  %35 = load i64, ptr %14, align 8, !tbaa !10
  %36 = add i64 %35, 1
  call void @_ZdlPvm(ptr noundef %32, i64 noundef %36) #24
  br label %37

37:                                               ; preds = %27, %31, %34
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  ret void

38:                                               ; preds = %30
  %39 = landingpad { ptr, i32 }
          cleanup
  %40 = load ptr, ptr %3, align 8, !tbaa !14
  %41 = icmp eq ptr %40, %14
  br i1 %41, label %45, label %42

42:                                               ; preds = %38
  %43 = load i64, ptr %14, align 8, !tbaa !10
  %44 = add i64 %43, 1
  call void @_ZdlPvm(ptr noundef %40, i64 noundef %44) #24
  br label %45

45:                                               ; preds = %42, %38
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  resume { ptr, i32 } %39
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEC2ES5_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
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
  %25 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #23
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %29, label %27

27:                                               ; preds = %24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, i8 0, i64 24, i1 false)
  %28 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev, ptr nonnull @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr nonnull @__dso_handle) #23
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11) #23
  br label %29

29:                                               ; preds = %16, %24, %27
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #23
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
  br label %53

46:                                               ; preds = %29
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @_ZZN8RegistryINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3logEvE7entriesB5cxx11, ptr %33, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %47 unwind label %54

47:                                               ; preds = %46
  %48 = load ptr, ptr %3, align 8, !tbaa !14
  %49 = icmp eq ptr %48, %30
  br i1 %49, label %53, label %50

50:                                               ; preds = %47
  %51 = load i64, ptr %30, align 8, !tbaa !10
  %52 = add i64 %51, 1
  call void @_ZdlPvm(ptr noundef %48, i64 noundef %52) #24
  br label %53

53:                                               ; preds = %43, %47, %50
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  ret void

54:                                               ; preds = %46
  %55 = landingpad { ptr, i32 }
          cleanup
  %56 = load ptr, ptr %3, align 8, !tbaa !14
  %57 = icmp eq ptr %56, %30
  br i1 %57, label %61, label %58

58:                                               ; preds = %54
  %59 = load i64, ptr %30, align 8, !tbaa !10
  %60 = add i64 %59, 1
  call void @_ZdlPvm(ptr noundef %56, i64 noundef %60) #24
  br label %61

61:                                               ; preds = %58, %54
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #23
  %62 = load ptr, ptr %0, align 8, !tbaa !14
  %63 = icmp eq ptr %62, %4
  br i1 %63, label %67, label %64

64:                                               ; preds = %61
  %65 = load i64, ptr %4, align 8, !tbaa !10
  %66 = add i64 %65, 1
  call void @_ZdlPvm(ptr noundef %62, i64 noundef %66) #24
  br label %67

67:                                               ; preds = %61, %64
  resume { ptr, i32 } %55
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
  store ptr %6, ptr %4, align 8, !tbaa !5
  %7 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #23
  store i64 %7, ptr %3, align 8, !tbaa !63
  %8 = icmp ugt i64 %7, 15
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %11 unwind label %45

11:                                               ; preds = %9
  store ptr %10, ptr %4, align 8, !tbaa !14
  %12 = load i64, ptr %3, align 8, !tbaa !63
  store i64 %12, ptr %6, align 8, !tbaa !10
  br label %13

13:                                               ; preds = %11, %2
  %14 = phi ptr [ %10, %11 ], [ %6, %2 ]
  switch i64 %7, label %17 [
    i64 1, label %15
    i64 0, label %18
  ]

15:                                               ; preds = %13
  %16 = load i8, ptr %1, align 1, !tbaa !10
  store i8 %16, ptr %14, align 1, !tbaa !10
  br label %18

17:                                               ; preds = %13
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr nonnull align 1 %1, i64 %7, i1 false)
  br label %18

18:                                               ; preds = %17, %15, %13
  %19 = load i64, ptr %3, align 8, !tbaa !63
  %20 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %19, ptr %20, align 8, !tbaa !11
  %21 = load ptr, ptr %4, align 8, !tbaa !14
  %22 = getelementptr inbounds i8, ptr %21, i64 %19
  store i8 0, ptr %22, align 1, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #23
  %23 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %23, ptr %5, align 8, !tbaa !5
  %24 = load ptr, ptr %4, align 8, !tbaa !14
  %25 = icmp eq ptr %24, %6
  br i1 %25, label %26, label %31

26:                                               ; preds = %18
  %27 = load i64, ptr %20, align 8, !tbaa !11
  %28 = add i64 %27, 1
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %34, label %30

30:                                               ; preds = %26
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %23, ptr nonnull align 8 %6, i64 %28, i1 false)
  br label %34

31:                                               ; preds = %18
  store ptr %24, ptr %5, align 8, !tbaa !14
  %32 = load i64, ptr %6, align 8, !tbaa !10
  store i64 %32, ptr %23, align 8, !tbaa !10
  %33 = load i64, ptr %20, align 8, !tbaa !11
  br label %34

34:                                               ; preds = %31, %30, %26
  %35 = phi ptr [ %24, %31 ], [ %23, %30 ], [ %23, %26 ]
  %36 = phi i64 [ %33, %31 ], [ %27, %30 ], [ -1, %26 ]
  %37 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %36, ptr %37, align 8, !tbaa !11
  store ptr %6, ptr %4, align 8, !tbaa !14
  store i64 0, ptr %20, align 8, !tbaa !11
  store i8 0, ptr %6, align 8, !tbaa !10
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef %35)
  store ptr %5, ptr %0, align 8, !tbaa !30
  %39 = load ptr, ptr %4, align 8, !tbaa !14
  %40 = icmp eq ptr %39, %6
  br i1 %40, label %44, label %41

41:                                               ; preds = %34
  %42 = load i64, ptr %6, align 8, !tbaa !10
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
define linkonce_odr dso_local void @_ZNSt10unique_ptrI8ResourceSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !30
  %3 = icmp eq ptr %2, null
  br i1 %3, label %14, label %4

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8, !tbaa !14
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, ptr noundef %5)
  %7 = load ptr, ptr %2, align 8, !tbaa !14
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %4
  %11 = load i64, ptr %8, align 8, !tbaa !10
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #24
  br label %13

13:                                               ; preds = %4, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 32) #24
  br label %14

14:                                               ; preds = %13, %1
  store ptr null, ptr %0, align 8, !tbaa !30
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorI7MovableSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !48
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !50
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %21, label %6

6:                                                ; preds = %1, %16
  %7 = phi ptr [ %17, %16 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !52
  %9 = icmp eq ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %7, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !54
  %13 = ptrtoint ptr %12 to i64
  %14 = ptrtoint ptr %8 to i64
  %15 = sub i64 %13, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %15) #24
  br label %16

16:                                               ; preds = %10, %6
  %17 = getelementptr inbounds i8, ptr %7, i64 24
  %18 = icmp eq ptr %17, %4
  br i1 %18, label %19, label %6, !llvm.loop !56

19:                                               ; preds = %16
  %20 = load ptr, ptr %0, align 8, !tbaa !48
  br label %21

21:                                               ; preds = %19, %1
  %22 = phi ptr [ %20, %19 ], [ %2, %1 ]
  %23 = icmp eq ptr %22, null
  br i1 %23, label %30, label %24

24:                                               ; preds = %21
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = load ptr, ptr %25, align 8, !tbaa !51
  %27 = ptrtoint ptr %26 to i64
  %28 = ptrtoint ptr %22 to i64
  %29 = sub i64 %27, %28
  tail call void @_ZdlPvm(ptr noundef nonnull %22, i64 noundef %29) #24
  br label %30

30:                                               ; preds = %21, %24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !58
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !34
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %21, label %6

6:                                                ; preds = %1, %16
  %7 = phi ptr [ %17, %16 ], [ %2, %1 ]
  %8 = getelementptr inbounds i8, ptr %7, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !27
  %10 = icmp eq ptr %9, null
  br i1 %10, label %16, label %11

11:                                               ; preds = %6
  %12 = invoke noundef zeroext i1 %9(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 8 dereferenceable(16) %7, i32 noundef 3)
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
  br i1 %18, label %19, label %6, !llvm.loop !59

19:                                               ; preds = %16
  %20 = load ptr, ptr %0, align 8, !tbaa !58
  br label %21

21:                                               ; preds = %19, %1
  %22 = phi ptr [ %20, %19 ], [ %2, %1 ]
  %23 = icmp eq ptr %22, null
  br i1 %23, label %30, label %24

24:                                               ; preds = %21
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = load ptr, ptr %25, align 8, !tbaa !31
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
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #8 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !41
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(16) %0) #23
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
  %17 = load ptr, ptr %0, align 8, !tbaa !41
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
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !18
  %6 = load ptr, ptr %0, align 8, !tbaa !30
  %7 = ptrtoint ptr %5 to i64
  %8 = ptrtoint ptr %6 to i64
  %9 = sub i64 %7, %8
  %10 = icmp eq i64 %9, 9223372036854775776
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
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
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #25
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
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef %107) #24
  br label %108

108:                                              ; preds = %100, %104
  store ptr %27, ptr %0, align 8, !tbaa !20
  store ptr %101, ptr %4, align 8, !tbaa !18
  %109 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %27, i64 %18
  store ptr %109, ptr %102, align 8, !tbaa !62
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #12

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #13

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #14

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #24
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
define internal noundef i32 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOiS6_"(ptr nocapture nonnull readnone align 8 %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %1, ptr nocapture noundef nonnull readonly align 4 dereferenceable(4) %2) #16 align 2 {
  %4 = load i32, ptr %1, align 4, !tbaa !15
  %5 = load i32, ptr %2, align 4, !tbaa !15
  %6 = mul nsw i32 %4, 10
  %7 = add nsw i32 %6, %5
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFiiiEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #17 align 2 personality ptr @__gxx_personality_v0 {
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
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #9

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt8functionIFivEESaIS2_EE17_M_realloc_insertIJS2_EEEvN9__gnu_cxx17__normal_iteratorIPS2_S4_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !34
  %6 = load ptr, ptr %0, align 8, !tbaa !30
  %7 = ptrtoint ptr %5 to i64
  %8 = ptrtoint ptr %6 to i64
  %9 = sub i64 %7, %8
  %10 = icmp eq i64 %9, 9223372036854775776
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.14) #26
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
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #25
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
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef %80) #24
  br label %81

81:                                               ; preds = %73, %77
  store ptr %27, ptr %0, align 8, !tbaa !58
  store ptr %74, ptr %4, align 8, !tbaa !34
  %82 = getelementptr inbounds %"class.std::function.15", ptr %27, i64 %18
  store ptr %82, ptr %75, align 8, !tbaa !31
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i32 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E9_M_invokeERKSt9_Any_data"(ptr nocapture noundef nonnull align 8 dereferenceable(16) %0) #18 align 2 {
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
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFivEZ4mainE3$_1E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #18 align 2 personality ptr @__gxx_personality_v0 {
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
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
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
  tail call void @_ZdlPvm(ptr noundef %5, i64 noundef %10) #24
  br label %11

11:                                               ; preds = %1, %8
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #24
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNSt23_Sp_counted_ptr_inplaceI8ResourceSaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) unnamed_addr #6 comdat align 2 {
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
  store ptr %5, ptr %4, align 8, !tbaa !5
  %6 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #23
  store i64 %6, ptr %3, align 8, !tbaa !63
  %7 = icmp ugt i64 %6, 15
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %4, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
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

16:                                               ; preds = %15, %13, %11
  %17 = load i64, ptr %3, align 8, !tbaa !63
  %18 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %17, ptr %18, align 8, !tbaa !11
  %19 = load ptr, ptr %4, align 8, !tbaa !14
  %20 = getelementptr inbounds i8, ptr %19, i64 %17
  store i8 0, ptr %20, align 1, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #23
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

32:                                               ; preds = %29, %28, %24
  %33 = phi ptr [ %22, %29 ], [ %21, %28 ], [ %21, %24 ]
  %34 = phi i64 [ %31, %29 ], [ %25, %28 ], [ -1, %24 ]
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
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #24
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #19 align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !96
  %4 = tail call i64 @fwrite(ptr nonnull @.str.19, i64 19, i64 1, ptr %3)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 align 2 personality ptr @__gxx_personality_v0 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #24
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef ptr @"_ZNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"(ptr noundef nonnull readnone align 8 dereferenceable(24) %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1) unnamed_addr #20 align 2 personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !94
  %5 = icmp eq ptr %4, @"_ZTSZ4mainE3$_3"
  br i1 %5, label %12, label %6

6:                                                ; preds = %2
  %7 = load i8, ptr %4, align 1, !tbaa !10
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
define linkonce_odr dso_local void @_ZNSt12__shared_ptrI8ResourceLN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !43
  %4 = icmp eq ptr %3, null
  br i1 %4, label %29, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load atomic i64, ptr %6 acquire, align 8
  %8 = icmp eq i64 %7, 4294967297
  %9 = trunc i64 %7 to i32
  br i1 %8, label %10, label %18

10:                                               ; preds = %5
  store i32 0, ptr %6, align 8, !tbaa !38
  %11 = getelementptr inbounds i8, ptr %3, i64 12
  store i32 0, ptr %11, align 4, !tbaa !40
  %12 = load ptr, ptr %3, align 8, !tbaa !41
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load ptr, ptr %13, align 8
  tail call void %14(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  %15 = load ptr, ptr %3, align 8, !tbaa !41
  %16 = getelementptr inbounds i8, ptr %15, i64 24
  %17 = load ptr, ptr %16, align 8
  tail call void %17(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  br label %29

18:                                               ; preds = %5
  %19 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !10
  %20 = icmp eq i8 %19, 0
  br i1 %20, label %23, label %21

21:                                               ; preds = %18
  %22 = add nsw i32 %9, -1
  store i32 %22, ptr %6, align 4, !tbaa !15
  br label %25

23:                                               ; preds = %18
  %24 = atomicrmw volatile add ptr %6, i32 -1 acq_rel, align 4
  br label %25

25:                                               ; preds = %23, %21
  %26 = phi i32 [ %9, %21 ], [ %24, %23 ]
  %27 = icmp eq i32 %26, 1
  br i1 %27, label %28, label %29, !prof !45

28:                                               ; preds = %25
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #23
  br label %29

29:                                               ; preds = %1, %10, %25, %28
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

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { inlinehint mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nofree nounwind }
attributes #15 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #16 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { mustprogress nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #20 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #21 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #23 = { nounwind }
attributes #24 = { builtin nounwind }
attributes #25 = { builtin allocsize(0) }
attributes #26 = { noreturn }
attributes #27 = { noreturn nounwind }

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
!35 = !{!36}
!36 = distinct !{!36, !37, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_: argument 0"}
!37 = distinct !{!37, !"_ZSt11make_sharedI8ResourceJRA7_KcEESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueES6_E4typeEEDpOT0_"}
!38 = !{!39, !16, i64 8}
!39 = !{!"_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE", !16, i64 8, !16, i64 12}
!40 = !{!39, !16, i64 12}
!41 = !{!42, !42, i64 0}
!42 = !{!"vtable pointer", !9, i64 0}
!43 = !{!44, !7, i64 0}
!44 = !{!"_ZTSSt14__shared_countILN9__gnu_cxx12_Lock_policyE2EE", !7, i64 0}
!45 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!46 = !{!47, !7, i64 0}
!47 = !{!"_ZTSNSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE5_ImplE", !7, i64 0}
!48 = !{!49, !7, i64 0}
!49 = !{!"_ZTSNSt12_Vector_baseI7MovableSaIS0_EE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!50 = !{!49, !7, i64 8}
!51 = !{!49, !7, i64 16}
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
!97 = !{!"_ZTSSt19_Sp_counted_deleterIP8_IO_FILEZ4mainE3$_3SaIvELN9__gnu_cxx12_Lock_policyE2EE", !39, i64 0, !47, i64 16}
