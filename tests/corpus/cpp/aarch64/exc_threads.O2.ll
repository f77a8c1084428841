; ModuleID = 'exc_threads.cpp'
source_filename = "exc_threads.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon.0 }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon.0 = type { i64, [8 x i8] }
%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.11" }
%"struct.std::_Head_base.11" = type { ptr }
%"class.std::thread" = type { %"class.std::thread::id" }
%"class.std::thread::id" = type { i64 }
%"class.std::shared_ptr" = type { %"class.std::__shared_ptr" }
%"class.std::__shared_ptr" = type { ptr, %"class.std::__shared_count" }
%"class.std::__shared_count" = type { ptr }
%"class.std::error_condition" = type { i32, ptr }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::__exception_ptr::exception_ptr" = type { ptr }
%"class.std::vector.4" = type { %"struct.std::_Vector_base.5" }
%"struct.std::_Vector_base.5" = type { %"struct.std::_Vector_base<std::future<long>, std::allocator<std::future<long>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::future<long>, std::allocator<std::future<long>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::future<long>, std::allocator<std::future<long>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::future<long>, std::allocator<std::future<long>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::future" = type { %"class.std::__basic_future" }
%"class.std::__basic_future" = type { %"class.std::shared_ptr" }
%"struct.std::__basic_future<long>::_Reset" = type { ptr }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%"class.std::unique_ptr.37" = type { %"struct.std::__uniq_ptr_data.38" }
%"struct.std::__uniq_ptr_data.38" = type { %"class.std::__uniq_ptr_impl.39" }
%"class.std::__uniq_ptr_impl.39" = type { %"class.std::tuple.40" }
%"class.std::tuple.40" = type { %"struct.std::_Tuple_impl.41" }
%"struct.std::_Tuple_impl.41" = type { %"struct.std::_Head_base.44" }
%"struct.std::_Head_base.44" = type { ptr }
%class.anon.70 = type { ptr, ptr }
%class.anon.60 = type { ptr, ptr, ptr, ptr }
%"class.std::future_error" = type { %"class.std::logic_error", %"class.std::error_code" }
%"class.std::logic_error" = type { %"class.std::exception", %"struct.std::__cow_string" }
%"class.std::exception" = type { ptr }
%"struct.std::__cow_string" = type { %union.anon }
%union.anon = type { ptr }
%"class.std::error_code" = type { i32, ptr }

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_ = comdat any

$_ZNSt7__cxx119to_stringEi = comdat any

$_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_ = comdat any

$__clang_call_terminate = comdat any

$_ZNSt14__basic_futureIlED2Ev = comdat any

$_ZNSt6futureIlE3getEv = comdat any

$_ZNSt6vectorISt6futureIlESaIS1_EED2Ev = comdat any

$_ZNSt6vectorISt6threadSaIS0_EED2Ev = comdat any

$_ZN11WorkerErrorD0Ev = comdat any

$_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv = comdat any

$_ZNSt6vectorISt6threadSaIS0_EE17_M_realloc_insertIJRFviPlPiEiS4_S5_EEEvN9__gnu_cxx17__normal_iteratorIPS0_S2_EEDpOT_ = comdat any

$_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEED0Ev = comdat any

$_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEE6_M_runEv = comdat any

$_ZStneRKSt10error_codeRKSt15error_condition = comdat any

$_ZNSt10unique_ptrINSt13__future_base7_ResultIlEENS0_12_Result_base8_DeleterEED2Ev = comdat any

$_ZNSt13__future_base21_Async_state_commonV217_M_complete_asyncEv = comdat any

$_ZNKSt13__future_base13_State_baseV221_M_is_deferred_futureEv = comdat any

$_ZNSt13__future_base21_Async_state_commonV2D2Ev = comdat any

$_ZNSt13__future_base21_Async_state_commonV2D0Ev = comdat any

$_ZNSt13__future_base13_State_baseV2D2Ev = comdat any

$_ZNSt13__future_base13_State_baseV2D0Ev = comdat any

$_ZNSt13__future_base13_State_baseV217_M_complete_asyncEv = comdat any

$_ZNSt13__future_base7_ResultIlE10_M_destroyEv = comdat any

$_ZNSt13__future_base7_ResultIlED2Ev = comdat any

$_ZNSt13__future_base7_ResultIlED0Ev = comdat any

$_ZNSt13__future_base13_State_baseV213_M_set_resultESt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEb = comdat any

$_ZNSt13__future_base13_State_baseV216_M_break_promiseESt10unique_ptrINS_12_Result_baseENS2_8_DeleterEE = comdat any

$_ZNSt13__future_base13_State_baseV29_M_do_setEPSt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEPb = comdat any

$_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMNSt13__future_base13_State_baseV2EFvPSt8functionIFSt10unique_ptrINS3_12_Result_baseENS7_8_DeleterEEvEEPbEJPS4_SC_SD_EEvRS_OT_DpOT0_EUlvE_EERSI_ENUlvE_8__invokeEv = comdat any

$_ZNSt15__exception_ptr12__dest_thunkISt12future_errorEEvPv = comdat any

$_ZNSt12future_errorC2ESt10error_code = comdat any

$_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMSt6threadFvvEJPS3_EEvRS_OT_DpOT0_EUlvE_EERS8_ENUlvE_8__invokeEv = comdat any

$_ZNSt12__shared_ptrINSt13__future_base13_State_baseV2ELN9__gnu_cxx12_Lock_policyE2EED2Ev = comdat any

$_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev = comdat any

$_ZNSt6vectorISt6futureIlESaIS1_EE17_M_realloc_insertIJS1_EEEvN9__gnu_cxx17__normal_iteratorIPS1_S3_EEDpOT_ = comdat any

$_ZNKSt14__basic_futureIlE13_M_get_resultEv = comdat any

$_ZNSt14__basic_futureIlE6_ResetD2Ev = comdat any

$_ZTS11WorkerError = comdat any

$_ZTI11WorkerError = comdat any

$_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = comdat any

$_ZTV11WorkerError = comdat any

$_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = comdat any

$_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = comdat any

$_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = comdat any

$_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = comdat any

$_ZTSNSt13__future_base21_Async_state_commonV2E = comdat any

$_ZTSNSt13__future_base13_State_baseV2E = comdat any

$_ZTINSt13__future_base13_State_baseV2E = comdat any

$_ZTINSt13__future_base21_Async_state_commonV2E = comdat any

$_ZTVNSt13__future_base21_Async_state_commonV2E = comdat any

$_ZTVNSt13__future_base13_State_baseV2E = comdat any

$_ZTVNSt13__future_base7_ResultIlEE = comdat any

$_ZTSNSt13__future_base7_ResultIlEE = comdat any

$_ZTINSt13__future_base7_ResultIlEE = comdat any

$_ZTSSt19_Sp_make_shared_tag = comdat any

$_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag = comdat any

@.str = private unnamed_addr constant [6 x i8] c"step \00", align 1
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS11WorkerError = linkonce_odr dso_local constant [14 x i8] c"11WorkerError\00", comdat, align 1
@_ZTISt13runtime_error = external constant ptr
@_ZTI11WorkerError = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS11WorkerError, ptr @_ZTISt13runtime_error }, comdat, align 8
@.str.1 = private unnamed_addr constant [31 x i8] c"worker %d: sum %ld, caught %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"guards destroyed: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"main caught worker %d's '%s'\0A\00", align 1
@_ZTISt9exception = external constant ptr
@.str.4 = private unnamed_addr constant [16 x i8] c"future %d: %ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"future %d threw: %s\0A\00", align 1
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 1
@_ZTV11WorkerError = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI11WorkerError, ptr @_ZNSt13runtime_errorD2Ev, ptr @_ZN11WorkerErrorD0Ev, ptr @_ZNKSt13runtime_error4whatEv] }, comdat, align 8
@_ZL8cleanups = internal global { i32 } zeroinitializer, align 4
@__libc_single_threaded = external local_unnamed_addr global i8, align 1
@_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE, ptr @_ZNSt6thread6_StateD2Ev, ptr @_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEED0Ev, ptr @_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEE6_M_runEv] }, comdat, align 8
@_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = linkonce_odr dso_local constant [70 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE\00", comdat, align 1
@_ZTINSt6thread6_StateE = external constant ptr
@_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE, ptr @_ZTINSt6thread6_StateE }, comdat, align 8
@.str.9 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE\00", align 1
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@_ZTISt12system_error = external constant ptr
@"_ZTVSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal unnamed_addr constant { [7 x ptr] } { [7 x ptr] [ptr null, ptr @"_ZTISt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE", ptr @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev, ptr @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev", ptr @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv", ptr @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv", ptr @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"] }, align 8
@"_ZTSSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal constant [150 x i8] c"St23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE\00", align 1
@_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant [52 x i8] c"St16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE\00", comdat, align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant [47 x i8] c"St11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE\00", comdat, align 1
@_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSSt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE }, comdat, align 8
@_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE, ptr @_ZTISt11_Mutex_baseILN9__gnu_cxx12_Lock_policyE2EE }, comdat, align 8
@"_ZTISt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE", ptr @_ZTISt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE }, align 8
@"_ZTVNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" = internal unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @"_ZTINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE", ptr @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED2Ev", ptr @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED0Ev", ptr @_ZNSt13__future_base21_Async_state_commonV217_M_complete_asyncEv, ptr @_ZNKSt13__future_base13_State_baseV221_M_is_deferred_futureEv] }, align 8
@"_ZTSNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" = internal constant [87 x i8] c"NSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE\00", align 1
@_ZTSNSt13__future_base21_Async_state_commonV2E = linkonce_odr dso_local constant [43 x i8] c"NSt13__future_base21_Async_state_commonV2E\00", comdat, align 1
@_ZTSNSt13__future_base13_State_baseV2E = linkonce_odr dso_local constant [35 x i8] c"NSt13__future_base13_State_baseV2E\00", comdat, align 1
@_ZTINSt13__future_base13_State_baseV2E = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSNSt13__future_base13_State_baseV2E }, comdat, align 8
@_ZTINSt13__future_base21_Async_state_commonV2E = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSNSt13__future_base21_Async_state_commonV2E, ptr @_ZTINSt13__future_base13_State_baseV2E }, comdat, align 8
@"_ZTINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE", ptr @_ZTINSt13__future_base21_Async_state_commonV2E }, align 8
@_ZTVNSt13__future_base21_Async_state_commonV2E = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTINSt13__future_base21_Async_state_commonV2E, ptr @_ZNSt13__future_base21_Async_state_commonV2D2Ev, ptr @_ZNSt13__future_base21_Async_state_commonV2D0Ev, ptr @_ZNSt13__future_base21_Async_state_commonV217_M_complete_asyncEv, ptr @_ZNKSt13__future_base13_State_baseV221_M_is_deferred_futureEv] }, comdat, align 8
@_ZTVNSt13__future_base13_State_baseV2E = linkonce_odr dso_local unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTINSt13__future_base13_State_baseV2E, ptr @_ZNSt13__future_base13_State_baseV2D2Ev, ptr @_ZNSt13__future_base13_State_baseV2D0Ev, ptr @_ZNSt13__future_base13_State_baseV217_M_complete_asyncEv, ptr @_ZNKSt13__future_base13_State_baseV221_M_is_deferred_futureEv] }, comdat, align 8
@_ZTVNSt13__future_base7_ResultIlEE = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTINSt13__future_base7_ResultIlEE, ptr @_ZNSt13__future_base7_ResultIlE10_M_destroyEv, ptr @_ZNSt13__future_base7_ResultIlED2Ev, ptr @_ZNSt13__future_base7_ResultIlED0Ev] }, comdat, align 8
@_ZTSNSt13__future_base7_ResultIlEE = linkonce_odr dso_local constant [31 x i8] c"NSt13__future_base7_ResultIlEE\00", comdat, align 1
@_ZTINSt13__future_base12_Result_baseE = external constant ptr
@_ZTINSt13__future_base7_ResultIlEE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTSNSt13__future_base7_ResultIlEE, ptr @_ZTINSt13__future_base12_Result_baseE }, comdat, align 8
@_ZTIN10__cxxabiv115__forced_unwindE = external constant ptr
@_ZSt15__once_callable = external thread_local local_unnamed_addr global ptr, align 8
@_ZSt11__once_call = external thread_local local_unnamed_addr global ptr, align 8
@.str.10 = private unnamed_addr constant [20 x i8] c"async task 2 failed\00", align 1
@_ZTISt11logic_error = external constant ptr
@"_ZTSNSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" = internal constant [140 x i8] c"NSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE\00", align 1
@"_ZTINSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSNSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE" }, align 8
@_ZTISt12future_error = external constant ptr
@_ZTVSt12future_error = external unnamed_addr constant { [5 x ptr] }, align 8
@.str.11 = private unnamed_addr constant [20 x i8] c"std::future_error: \00", align 1
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE" = internal constant [129 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE\00", align 1
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@_ZTSSt19_Sp_make_shared_tag = linkonce_odr dso_local constant [24 x i8] c"St19_Sp_make_shared_tag\00", comdat, align 1
@_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag = linkonce_odr dso_local constant [16 x i8] zeroinitializer, comdat, align 8

; Function Attrs: mustprogress noinline uwtable
define dso_local noundef range(i64 -4611686016279904256, 4611686018427387905) i64 @_Z4stepii(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = add nsw i32 %1, %0
  %6 = srem i32 %5, 97
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %37

8:                                                ; preds = %2
  %9 = tail call ptr @__cxa_allocate_exception(i64 24) #25
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #25
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #25
  call void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, i32 noundef %1) #25
  invoke void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %3, ptr noundef nonnull @.str, ptr noundef nonnull align 8 dereferenceable(32) %4)
          to label %10 unwind label %13

10:                                               ; preds = %8
  invoke void @_ZNSt13runtime_errorC2ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %11 unwind label %15

11:                                               ; preds = %10
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV11WorkerError, i64 16), ptr %9, align 8, !tbaa !6
  %12 = getelementptr inbounds i8, ptr %9, i64 16
  store i32 %0, ptr %12, align 8, !tbaa !9
  invoke void @__cxa_throw(ptr nonnull %9, ptr nonnull @_ZTI11WorkerError, ptr nonnull @_ZNSt13runtime_errorD2Ev) #26
          to label %42 unwind label %15

13:                                               ; preds = %8
  %14 = landingpad { ptr, i32 }
          cleanup
  br label %24

15:                                               ; preds = %10, %11
  %16 = phi i1 [ false, %11 ], [ true, %10 ]
  %17 = landingpad { ptr, i32 }
          cleanup
  %18 = load ptr, ptr %3, align 8, !tbaa !16
  %19 = getelementptr inbounds i8, ptr %3, i64 16
  %20 = icmp eq ptr %18, %19
  br i1 %20, label %24, label %21

21:                                               ; preds = %15
  %22 = load i64, ptr %19, align 8, !tbaa !21
  %23 = add i64 %22, 1
  call void @_ZdlPvm(ptr noundef %18, i64 noundef %23) #27
  br label %24

24:                                               ; preds = %21, %15, %13
  %25 = phi { ptr, i32 } [ %14, %13 ], [ %17, %15 ], [ %17, %21 ]
  %26 = phi i1 [ true, %13 ], [ %16, %15 ], [ %16, %21 ]
  %27 = load ptr, ptr %4, align 8, !tbaa !16
  %28 = getelementptr inbounds i8, ptr %4, i64 16
  %29 = icmp eq ptr %27, %28
  br i1 %29, label %33, label %30

30:                                               ; preds = %24
  %31 = load i64, ptr %28, align 8, !tbaa !21
  %32 = add i64 %31, 1
  call void @_ZdlPvm(ptr noundef %27, i64 noundef %32) #27
  br label %33

33:                                               ; preds = %24, %30
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #25
  br i1 %26, label %34, label %35

34:                                               ; preds = %33
  call void @__cxa_free_exception(ptr %9) #25
  br label %35

35:                                               ; preds = %34, %33
  %36 = atomicrmw add ptr @_ZL8cleanups, i32 1 seq_cst, align 4
  resume { ptr, i32 } %25

37:                                               ; preds = %2
  %38 = sext i32 %1 to i64
  %39 = sext i32 %0 to i64
  %40 = mul nsw i64 %38, %39
  %41 = atomicrmw add ptr @_ZL8cleanups, i32 1 seq_cst, align 4
  ret i64 %40

42:                                               ; preds = %11
  unreachable
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #2 comdat personality ptr @__gxx_personality_v0 {
  %4 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #25
  %5 = tail call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %2, i64 noundef 0, i64 noundef 0, ptr noundef %1, i64 noundef %4)
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %6, ptr %0, align 8, !tbaa !22
  %7 = load ptr, ptr %5, align 8, !tbaa !16
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %10, label %16

10:                                               ; preds = %3
  %11 = getelementptr inbounds i8, ptr %5, i64 8
  %12 = load i64, ptr %11, align 8, !tbaa !23
  %13 = add i64 %12, 1
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %20, label %15

15:                                               ; preds = %10
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %6, ptr nonnull align 8 %8, i64 %13, i1 false)
  br label %20

16:                                               ; preds = %3
  store ptr %7, ptr %0, align 8, !tbaa !16
  %17 = load i64, ptr %8, align 8, !tbaa !21
  store i64 %17, ptr %6, align 8, !tbaa !21
  %18 = getelementptr inbounds i8, ptr %5, i64 8
  %19 = load i64, ptr %18, align 8, !tbaa !23
  br label %20

20:                                               ; preds = %10, %15, %16
  %21 = phi i64 [ -1, %10 ], [ %12, %15 ], [ %19, %16 ]
  %22 = getelementptr inbounds i8, ptr %5, i64 8
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %21, ptr %23, align 8, !tbaa !23
  store ptr %8, ptr %5, align 8, !tbaa !16
  store i64 0, ptr %22, align 8, !tbaa !23
  store i8 0, ptr %8, align 8, !tbaa !21
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, i32 noundef %1) local_unnamed_addr #3 comdat personality ptr @__gxx_personality_v0 {
  %3 = tail call i32 @llvm.abs.i32(i32 %1, i1 false)
  %4 = icmp ult i32 %3, 10
  br i1 %4, label %23, label %5

5:                                                ; preds = %2, %19
  %6 = phi i32 [ %20, %19 ], [ %3, %2 ]
  %7 = phi i32 [ %21, %19 ], [ 1, %2 ]
  %8 = icmp ult i32 %6, 100
  br i1 %8, label %9, label %11

9:                                                ; preds = %5
  %10 = add i32 %7, 1
  br label %23

11:                                               ; preds = %5
  %12 = icmp ult i32 %6, 1000
  br i1 %12, label %13, label %15

13:                                               ; preds = %11
  %14 = add i32 %7, 2
  br label %23

15:                                               ; preds = %11
  %16 = icmp ult i32 %6, 10000
  br i1 %16, label %17, label %19

17:                                               ; preds = %15
  %18 = add i32 %7, 3
  br label %23

19:                                               ; preds = %15
  %20 = udiv i32 %6, 10000
  %21 = add i32 %7, 4
  %22 = icmp ult i32 %6, 100000
  br i1 %22, label %23, label %5, !llvm.loop !24

23:                                               ; preds = %19, %2, %9, %13, %17
  %24 = phi i32 [ %10, %9 ], [ %14, %13 ], [ %18, %17 ], [ 1, %2 ], [ %21, %19 ]
  %25 = lshr i32 %1, 31
  %26 = add i32 %24, %25
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %28, ptr %0, align 8, !tbaa !22
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %27, i8 noundef 45)
          to label %29 unwind label %76

29:                                               ; preds = %23
  %30 = zext nneg i32 %25 to i64
  %31 = load ptr, ptr %0, align 8, !tbaa !16
  %32 = getelementptr inbounds i8, ptr %31, i64 %30
  %33 = icmp ugt i32 %3, 99
  br i1 %33, label %34, label %58

34:                                               ; preds = %29
  %35 = add i32 %24, -1
  br label %36

36:                                               ; preds = %36, %34
  %37 = phi i32 [ %40, %36 ], [ %3, %34 ]
  %38 = phi i32 [ %56, %36 ], [ %35, %34 ]
  %39 = freeze i32 %37
  %40 = udiv i32 %39, 100
  %41 = mul i32 %40, 100
  %42 = sub i32 %39, %41
  %43 = shl nuw nsw i32 %42, 1
  %44 = or disjoint i32 %43, 1
  %45 = zext nneg i32 %44 to i64
  %46 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !21
  %48 = zext i32 %38 to i64
  %49 = getelementptr inbounds i8, ptr %32, i64 %48
  store i8 %47, ptr %49, align 1, !tbaa !21
  %50 = zext nneg i32 %43 to i64
  %51 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !21
  %53 = add i32 %38, -1
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds i8, ptr %32, i64 %54
  store i8 %52, ptr %55, align 1, !tbaa !21
  %56 = add i32 %38, -2
  %57 = icmp ugt i32 %37, 9999
  br i1 %57, label %36, label %58, !llvm.loop !26

58:                                               ; preds = %36, %29
  %59 = phi i32 [ %3, %29 ], [ %40, %36 ]
  %60 = icmp ugt i32 %59, 9
  br i1 %60, label %61, label %71

61:                                               ; preds = %58
  %62 = shl nuw nsw i32 %59, 1
  %63 = or disjoint i32 %62, 1
  %64 = zext nneg i32 %63 to i64
  %65 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !21
  %67 = getelementptr inbounds i8, ptr %32, i64 1
  store i8 %66, ptr %67, align 1, !tbaa !21
  %68 = zext nneg i32 %62 to i64
  %69 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %68
  %70 = load i8, ptr %69, align 1, !tbaa !21
  br label %74

71:                                               ; preds = %58
  %72 = trunc nuw i32 %59 to i8
  %73 = or disjoint i8 %72, 48
  br label %74

74:                                               ; preds = %61, %71
  %75 = phi i8 [ %73, %71 ], [ %70, %61 ]
  store i8 %75, ptr %32, align 1, !tbaa !21
  ret void

76:                                               ; preds = %23
  %77 = landingpad { ptr, i32 }
          catch ptr null
  %78 = extractvalue { ptr, i32 } %77, 0
  tail call void @__clang_call_terminate(ptr %78) #28
  unreachable
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #4

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::unique_ptr", align 8
  %2 = alloca %"class.std::thread", align 8
  %3 = alloca %"class.std::shared_ptr", align 8
  %4 = alloca %"class.std::error_condition", align 8
  %5 = alloca %"class.std::unique_ptr", align 8
  %6 = alloca [4 x i64], align 8
  %7 = alloca [4 x i32], align 4
  %8 = alloca %"class.std::vector", align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %13 = alloca %"class.std::thread", align 8
  %14 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %15 = alloca %"class.std::vector.4", align 8
  %16 = alloca %"class.std::future", align 16
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #25
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %6, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %7) #25
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #25
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %8, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9) #25
  store i32 1, ptr %9, align 4, !tbaa !27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #25
  store ptr %6, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %11) #25
  store ptr %7, ptr %11, align 8, !tbaa !28
  %17 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr noundef nonnull @_ZL11worker_loopiPlPi, ptr noundef nonnull align 4 dereferenceable(4) %9, ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %11)
          to label %18 unwind label %35

18:                                               ; preds = %0
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %11) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9) #25
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9) #25
  store i32 2, ptr %9, align 4, !tbaa !27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #25
  %19 = getelementptr inbounds i8, ptr %6, i64 8
  store ptr %19, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %11) #25
  %20 = getelementptr inbounds i8, ptr %7, i64 4
  store ptr %20, ptr %11, align 8, !tbaa !28
  %21 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr noundef nonnull @_ZL11worker_loopiPlPi, ptr noundef nonnull align 4 dereferenceable(4) %9, ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %11)
          to label %22 unwind label %35

22:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %11) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9) #25
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9) #25
  store i32 3, ptr %9, align 4, !tbaa !27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #25
  %23 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %23, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %11) #25
  %24 = getelementptr inbounds i8, ptr %7, i64 8
  store ptr %24, ptr %11, align 8, !tbaa !28
  %25 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr noundef nonnull @_ZL11worker_loopiPlPi, ptr noundef nonnull align 4 dereferenceable(4) %9, ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %11)
          to label %26 unwind label %35

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %11) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9) #25
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %9) #25
  store i32 4, ptr %9, align 4, !tbaa !27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #25
  %27 = getelementptr inbounds i8, ptr %6, i64 24
  store ptr %27, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %11) #25
  %28 = getelementptr inbounds i8, ptr %7, i64 12
  store ptr %28, ptr %11, align 8, !tbaa !28
  %29 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %8, ptr noundef nonnull @_ZL11worker_loopiPlPi, ptr noundef nonnull align 4 dereferenceable(4) %9, ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %11)
          to label %30 unwind label %35

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %11) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9) #25
  %31 = load ptr, ptr %8, align 8, !tbaa !28
  %32 = getelementptr inbounds i8, ptr %8, i64 8
  %33 = load ptr, ptr %32, align 8, !tbaa !28
  %34 = icmp eq ptr %31, %33
  br i1 %34, label %39, label %55

35:                                               ; preds = %26, %22, %18, %0
  %36 = landingpad { ptr, i32 }
          cleanup
  %37 = extractvalue { ptr, i32 } %36, 0
  %38 = extractvalue { ptr, i32 } %36, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %11) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #25
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %9) #25
  br label %444

39:                                               ; preds = %57, %30
  %40 = load i64, ptr %6, align 8, !tbaa !29
  %41 = load i32, ptr %7, align 4, !tbaa !27
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 1, i64 noundef %40, i32 noundef %41)
  %43 = load i64, ptr %19, align 8, !tbaa !29
  %44 = load i32, ptr %20, align 4, !tbaa !27
  %45 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 2, i64 noundef %43, i32 noundef %44)
  %46 = load i64, ptr %23, align 8, !tbaa !29
  %47 = load i32, ptr %24, align 4, !tbaa !27
  %48 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 3, i64 noundef %46, i32 noundef %47)
  %49 = load i64, ptr %27, align 8, !tbaa !29
  %50 = load i32, ptr %28, align 4, !tbaa !27
  %51 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef 4, i64 noundef %49, i32 noundef %50)
  %52 = load atomic i32, ptr @_ZL8cleanups seq_cst, align 4
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %52)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %12) #25
  store ptr null, ptr %12, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %13) #25
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5)
  store i64 0, ptr %13, align 8, !tbaa !32
  %54 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #29
          to label %64 unwind label %88

55:                                               ; preds = %30, %57
  %56 = phi ptr [ %58, %57 ], [ %31, %30 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %56)
          to label %57 unwind label %60

57:                                               ; preds = %55
  %58 = getelementptr inbounds i8, ptr %56, i64 8
  %59 = icmp eq ptr %58, %33
  br i1 %59, label %39, label %55

60:                                               ; preds = %55
  %61 = landingpad { ptr, i32 }
          cleanup
  %62 = extractvalue { ptr, i32 } %61, 0
  %63 = extractvalue { ptr, i32 } %61, 1
  br label %444

64:                                               ; preds = %39
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %54, align 8, !tbaa !6
  %65 = getelementptr inbounds i8, ptr %54, i64 8
  %66 = ptrtoint ptr %12 to i64
  store i64 %66, ptr %65, align 8, !tbaa !28
  store ptr %54, ptr %5, align 8, !tbaa !28
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %13, ptr noundef nonnull %5, ptr noundef null)
          to label %67 unwind label %74

67:                                               ; preds = %64
  %68 = load ptr, ptr %5, align 8, !tbaa !28
  %69 = icmp eq ptr %68, null
  br i1 %69, label %82, label %70

70:                                               ; preds = %67
  %71 = load ptr, ptr %68, align 8, !tbaa !6
  %72 = getelementptr inbounds i8, ptr %71, i64 8
  %73 = load ptr, ptr %72, align 8
  call void %73(ptr noundef nonnull align 8 dereferenceable(8) %68) #25
  br label %82

74:                                               ; preds = %64
  %75 = landingpad { ptr, i32 }
          cleanup
  %76 = load ptr, ptr %5, align 8, !tbaa !28
  %77 = icmp eq ptr %76, null
  br i1 %77, label %90, label %78

78:                                               ; preds = %74
  %79 = load ptr, ptr %76, align 8, !tbaa !6
  %80 = getelementptr inbounds i8, ptr %79, i64 8
  %81 = load ptr, ptr %80, align 8
  call void %81(ptr noundef nonnull align 8 dereferenceable(8) %76) #25
  br label %90

82:                                               ; preds = %70, %67
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5)
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %13)
          to label %83 unwind label %94

83:                                               ; preds = %82
  %84 = load ptr, ptr %12, align 8, !tbaa !30
  %85 = icmp eq ptr %84, null
  br i1 %85, label %117, label %86

86:                                               ; preds = %83
  store ptr %84, ptr %14, align 8, !tbaa !30
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %14) #25
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %14) #26
          to label %87 unwind label %98

87:                                               ; preds = %86
  unreachable

88:                                               ; preds = %39
  %89 = landingpad { ptr, i32 }
          cleanup
  br label %90

90:                                               ; preds = %74, %78, %88
  %91 = phi { ptr, i32 } [ %89, %88 ], [ %75, %78 ], [ %75, %74 ]
  %92 = extractvalue { ptr, i32 } %91, 0
  %93 = extractvalue { ptr, i32 } %91, 1
  br label %437

94:                                               ; preds = %82
  %95 = landingpad { ptr, i32 }
          cleanup
  %96 = extractvalue { ptr, i32 } %95, 0
  %97 = extractvalue { ptr, i32 } %95, 1
  br label %431

98:                                               ; preds = %86
  %99 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI11WorkerError
  %100 = extractvalue { ptr, i32 } %99, 0
  %101 = extractvalue { ptr, i32 } %99, 1
  %102 = load ptr, ptr %14, align 8, !tbaa !30
  %103 = icmp eq ptr %102, null
  br i1 %103, label %105, label %104

104:                                              ; preds = %98
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %14) #25
  br label %105

105:                                              ; preds = %98, %104
  %106 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI11WorkerError) #25
  %107 = icmp eq i32 %101, %106
  br i1 %107, label %108, label %431

108:                                              ; preds = %105
  %109 = call ptr @__cxa_begin_catch(ptr %100) #25
  %110 = getelementptr inbounds i8, ptr %109, i64 16
  %111 = load i32, ptr %110, align 8, !tbaa !9
  %112 = load ptr, ptr %109, align 8, !tbaa !6
  %113 = getelementptr inbounds i8, ptr %112, i64 16
  %114 = load ptr, ptr %113, align 8
  %115 = call noundef ptr %114(ptr noundef nonnull align 8 dereferenceable(16) %109) #25
  %116 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %111, ptr noundef %115)
  invoke void @__cxa_end_catch()
          to label %117 unwind label %122

117:                                              ; preds = %108, %83
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %15) #25
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %15, i8 0, i64 24, i1 false)
  %118 = getelementptr inbounds i8, ptr %3, i64 8
  %119 = getelementptr inbounds i8, ptr %16, i64 8
  %120 = getelementptr inbounds i8, ptr %15, i64 8
  %121 = getelementptr inbounds i8, ptr %15, i64 16
  br label %126

122:                                              ; preds = %108
  %123 = landingpad { ptr, i32 }
          cleanup
  %124 = extractvalue { ptr, i32 } %123, 0
  %125 = extractvalue { ptr, i32 } %123, 1
  br label %431

126:                                              ; preds = %117, %285
  %127 = phi i32 [ 1, %117 ], [ %286, %285 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %16) #25
  call void @llvm.experimental.noalias.scope.decl(metadata !34)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #25, !noalias !34
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, i8 0, i64 16, i1 false), !noalias !34
  %128 = invoke noalias noundef nonnull dereferenceable(80) ptr @_Znwm(i64 noundef 80) #29
          to label %129 unwind label %179, !noalias !34

129:                                              ; preds = %126
  %130 = getelementptr inbounds i8, ptr %128, i64 8
  store <2 x i32> <i32 1, i32 1>, ptr %130, align 8, !tbaa !27, !noalias !37
  store ptr getelementptr inbounds inrange(-16, 40) (i8, ptr @"_ZTVSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE", i64 16), ptr %128, align 8, !tbaa !6, !noalias !37
  %131 = getelementptr inbounds i8, ptr %128, i64 16
  %132 = getelementptr inbounds i8, ptr %128, i64 24
  store ptr null, ptr %132, align 8, !tbaa !40, !noalias !37
  %133 = getelementptr inbounds i8, ptr %128, i64 32
  store i32 0, ptr %133, align 4, !tbaa !42, !noalias !37
  %134 = getelementptr inbounds i8, ptr %128, i64 36
  store i8 0, ptr %134, align 1, !tbaa !44, !noalias !37
  %135 = getelementptr inbounds i8, ptr %128, i64 40
  store i32 0, ptr %135, align 4, !tbaa !47, !noalias !37
  %136 = getelementptr inbounds i8, ptr %128, i64 48
  store i64 0, ptr %136, align 8, !tbaa !32, !noalias !37
  %137 = getelementptr inbounds i8, ptr %128, i64 56
  store i32 0, ptr %137, align 4, !tbaa !47, !noalias !37
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @"_ZTVNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE", i64 16), ptr %131, align 8, !tbaa !6, !noalias !37
  %138 = getelementptr inbounds i8, ptr %128, i64 64
  %139 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #29
          to label %140 unwind label %171, !noalias !37

140:                                              ; preds = %129
  invoke void @_ZNSt13__future_base12_Result_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(16) %139)
          to label %144 unwind label %141, !noalias !37

141:                                              ; preds = %140
  %142 = landingpad { ptr, i32 }
          catch ptr null
  %143 = extractvalue { ptr, i32 } %142, 0
  call void @__clang_call_terminate(ptr %143) #28
  unreachable

144:                                              ; preds = %140
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVNSt13__future_base7_ResultIlEE, i64 16), ptr %139, align 8, !tbaa !6, !noalias !37
  %145 = getelementptr inbounds i8, ptr %139, i64 24
  store i8 0, ptr %145, align 8, !tbaa !49, !noalias !37
  store ptr %139, ptr %138, align 8, !tbaa !28, !noalias !37
  %146 = getelementptr inbounds i8, ptr %128, i64 72
  store i32 %127, ptr %146, align 4, !tbaa !27, !noalias !37
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #25, !noalias !37
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1), !noalias !37
  store i64 0, ptr %2, align 8, !tbaa !32, !noalias !37
  %147 = invoke noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #29
          to label %148 unwind label %173, !noalias !37

148:                                              ; preds = %144
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEEE", i64 16), ptr %147, align 8, !tbaa !6, !noalias !37
  %149 = getelementptr inbounds i8, ptr %147, i64 8
  store ptr %131, ptr %149, align 8, !tbaa !53, !noalias !37
  %150 = getelementptr inbounds i8, ptr %147, i64 16
  store i64 ptrtoint (ptr @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElE6_M_runEv" to i64), ptr %150, align 8, !tbaa !55, !noalias !37
  %151 = getelementptr inbounds i8, ptr %147, i64 24
  store i64 0, ptr %151, align 8, !tbaa !55, !noalias !37
  store ptr %147, ptr %1, align 8, !tbaa !28, !noalias !37
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull %1, ptr noundef null)
          to label %152 unwind label %159, !noalias !37

152:                                              ; preds = %148
  %153 = load ptr, ptr %1, align 8, !tbaa !28, !noalias !37
  %154 = icmp eq ptr %153, null
  br i1 %154, label %167, label %155

155:                                              ; preds = %152
  %156 = load ptr, ptr %153, align 8, !tbaa !6, !noalias !37
  %157 = getelementptr inbounds i8, ptr %156, i64 8
  %158 = load ptr, ptr %157, align 8, !noalias !37
  call void %158(ptr noundef nonnull align 8 dereferenceable(8) %153) #25, !noalias !37
  br label %167

159:                                              ; preds = %148
  %160 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12system_error
  %161 = load ptr, ptr %1, align 8, !tbaa !28, !noalias !37
  %162 = icmp eq ptr %161, null
  br i1 %162, label %175, label %163

163:                                              ; preds = %159
  %164 = load ptr, ptr %161, align 8, !tbaa !6, !noalias !37
  %165 = getelementptr inbounds i8, ptr %164, i64 8
  %166 = load ptr, ptr %165, align 8, !noalias !37
  call void %166(ptr noundef nonnull align 8 dereferenceable(8) %161) #25, !noalias !37
  br label %175

167:                                              ; preds = %155, %152
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1), !noalias !37
  %168 = load i64, ptr %136, align 8, !tbaa !29, !noalias !37
  %169 = icmp eq i64 %168, 0
  br i1 %169, label %196, label %170

170:                                              ; preds = %167
  call void @_ZSt9terminatev() #28, !noalias !37
  unreachable

171:                                              ; preds = %129
  %172 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12system_error
  br label %177

173:                                              ; preds = %144
  %174 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12system_error
  br label %175

175:                                              ; preds = %173, %163, %159
  %176 = phi { ptr, i32 } [ %174, %173 ], [ %160, %163 ], [ %160, %159 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #25, !noalias !37
  call void @_ZNSt10unique_ptrINSt13__future_base7_ResultIlEENS0_12_Result_base8_DeleterEED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %138) #25, !noalias !37
  br label %177

177:                                              ; preds = %175, %171
  %178 = phi { ptr, i32 } [ %176, %175 ], [ %172, %171 ]
  call void @_ZNSt13__future_base21_Async_state_commonV2D2Ev(ptr noundef nonnull align 8 dereferenceable(44) %131) #25, !noalias !37
  call void @_ZdlPvm(ptr noundef nonnull %128, i64 noundef 80) #27, !noalias !37
  br label %181

179:                                              ; preds = %126
  %180 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12system_error
  br label %181

181:                                              ; preds = %179, %177
  %182 = phi { ptr, i32 } [ %180, %179 ], [ %178, %177 ]
  %183 = extractvalue { ptr, i32 } %182, 1
  %184 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12system_error) #25
  %185 = icmp eq i32 %183, %184
  br i1 %185, label %186, label %243

186:                                              ; preds = %181
  %187 = extractvalue { ptr, i32 } %182, 0
  %188 = call ptr @__cxa_begin_catch(ptr %187) #25
  %189 = getelementptr inbounds i8, ptr %188, i64 16
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %4) #25, !noalias !34
  %190 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt3_V216generic_categoryEv() #30
  %191 = ptrtoint ptr %190 to i64
  store i64 11, ptr %4, align 8, !noalias !34
  %192 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %191, ptr %192, align 8, !tbaa !28, !noalias !34
  %193 = call noundef i1 @_ZStneRKSt10error_codeRKSt15error_condition(ptr noundef nonnull align 8 dereferenceable(16) %189, ptr noundef nonnull align 8 dereferenceable(16) %4) #25, !noalias !34
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %4) #25, !noalias !34
  invoke void @__cxa_rethrow() #26
          to label %248 unwind label %194, !noalias !34

194:                                              ; preds = %186
  %195 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %243 unwind label %245, !noalias !34

196:                                              ; preds = %167
  %197 = load i64, ptr %2, align 8, !tbaa !29, !noalias !37
  store i64 %197, ptr %136, align 8, !tbaa !29, !noalias !37
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #25, !noalias !37
  store ptr %131, ptr %3, align 8, !tbaa !28, !noalias !34
  store ptr %128, ptr %118, align 8, !tbaa !57, !noalias !34
  store ptr %131, ptr %16, align 16, !tbaa !59, !alias.scope !34
  store ptr %128, ptr %119, align 8, !tbaa !57, !alias.scope !34
  %198 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21, !noalias !34
  %199 = icmp eq i8 %198, 0
  br i1 %199, label %203, label %200

200:                                              ; preds = %196
  %201 = load i32, ptr %130, align 4, !tbaa !27, !noalias !34
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %130, align 4, !tbaa !27, !noalias !34
  br label %207

203:                                              ; preds = %196
  %204 = atomicrmw volatile add ptr %130, i32 1 acq_rel, align 4, !noalias !34
  %205 = load ptr, ptr %16, align 16, !tbaa !59, !alias.scope !34
  %206 = icmp eq ptr %205, null
  br i1 %206, label %212, label %207

207:                                              ; preds = %203, %200
  %208 = phi ptr [ %131, %200 ], [ %205, %203 ]
  %209 = getelementptr inbounds i8, ptr %208, i64 20
  %210 = atomicrmw xchg ptr %209, i8 1 seq_cst, align 1, !noalias !34
  %211 = icmp eq i8 %210, 0
  br i1 %211, label %217, label %212

212:                                              ; preds = %207, %203
  %213 = phi i32 [ 3, %203 ], [ 1, %207 ]
  invoke void @_ZSt20__throw_future_errori(i32 noundef %213) #26
          to label %214 unwind label %215, !noalias !34

214:                                              ; preds = %212
  unreachable

215:                                              ; preds = %212
  %216 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt12__shared_ptrINSt13__future_base13_State_baseV2ELN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %16) #25
  br label %243

217:                                              ; preds = %207
  %218 = load ptr, ptr %118, align 8, !tbaa !57, !noalias !34
  %219 = icmp eq ptr %218, null
  br i1 %219, label %249, label %220

220:                                              ; preds = %217
  %221 = getelementptr inbounds i8, ptr %218, i64 8
  %222 = load atomic i64, ptr %221 acquire, align 8, !noalias !34
  %223 = icmp eq i64 %222, 4294967297
  %224 = trunc i64 %222 to i32
  br i1 %223, label %225, label %232

225:                                              ; preds = %220
  store <2 x i32> zeroinitializer, ptr %221, align 8, !tbaa !27, !noalias !34
  %226 = load ptr, ptr %218, align 8, !tbaa !6, !noalias !34
  %227 = getelementptr inbounds i8, ptr %226, i64 16
  %228 = load ptr, ptr %227, align 8, !noalias !34
  call void %228(ptr noundef nonnull align 8 dereferenceable(16) %218) #25, !noalias !34
  %229 = load ptr, ptr %218, align 8, !tbaa !6, !noalias !34
  %230 = getelementptr inbounds i8, ptr %229, i64 24
  %231 = load ptr, ptr %230, align 8, !noalias !34
  call void %231(ptr noundef nonnull align 8 dereferenceable(16) %218) #25, !noalias !34
  br label %249

232:                                              ; preds = %220
  %233 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21, !noalias !34
  %234 = icmp eq i8 %233, 0
  br i1 %234, label %237, label %235

235:                                              ; preds = %232
  %236 = add nsw i32 %224, -1
  store i32 %236, ptr %221, align 4, !tbaa !27, !noalias !34
  br label %239

237:                                              ; preds = %232
  %238 = atomicrmw volatile add ptr %221, i32 -1 acq_rel, align 4, !noalias !34
  br label %239

239:                                              ; preds = %237, %235
  %240 = phi i32 [ %224, %235 ], [ %238, %237 ]
  %241 = icmp eq i32 %240, 1
  br i1 %241, label %242, label %249, !prof !61

242:                                              ; preds = %239
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %218) #25, !noalias !34
  br label %249

243:                                              ; preds = %215, %194, %181
  %244 = phi { ptr, i32 } [ %182, %181 ], [ %195, %194 ], [ %216, %215 ]
  call void @_ZNSt12__shared_ptrINSt13__future_base13_State_baseV2ELN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #25, !noalias !34
  br label %293

245:                                              ; preds = %194
  %246 = landingpad { ptr, i32 }
          catch ptr null
  %247 = extractvalue { ptr, i32 } %246, 0
  call void @__clang_call_terminate(ptr %247) #28
  unreachable

248:                                              ; preds = %186
  unreachable

249:                                              ; preds = %242, %239, %225, %217
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #25, !noalias !34
  %250 = load ptr, ptr %120, align 8, !tbaa !28
  %251 = load ptr, ptr %121, align 8, !tbaa !62
  %252 = icmp eq ptr %250, %251
  br i1 %252, label %257, label %253

253:                                              ; preds = %249
  %254 = getelementptr inbounds i8, ptr %250, i64 8
  store ptr null, ptr %254, align 8, !tbaa !57
  %255 = load <2 x ptr>, ptr %16, align 16, !tbaa !28
  store ptr null, ptr %119, align 8, !tbaa !57
  store <2 x ptr> %255, ptr %250, align 8, !tbaa !28
  store ptr null, ptr %16, align 16, !tbaa !59
  %256 = getelementptr inbounds i8, ptr %250, i64 16
  store ptr %256, ptr %120, align 8, !tbaa !64
  br label %259

257:                                              ; preds = %249
  %258 = ptrtoint ptr %250 to i64
  invoke void @_ZNSt6vectorISt6futureIlESaIS1_EE17_M_realloc_insertIJS1_EEEvN9__gnu_cxx17__normal_iteratorIPS1_S3_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %15, i64 %258, ptr noundef nonnull align 8 dereferenceable(16) %16)
          to label %259 unwind label %291

259:                                              ; preds = %253, %257
  %260 = load ptr, ptr %119, align 8, !tbaa !57
  %261 = icmp eq ptr %260, null
  br i1 %261, label %285, label %262

262:                                              ; preds = %259
  %263 = getelementptr inbounds i8, ptr %260, i64 8
  %264 = load atomic i64, ptr %263 acquire, align 8
  %265 = icmp eq i64 %264, 4294967297
  %266 = trunc i64 %264 to i32
  br i1 %265, label %267, label %274

267:                                              ; preds = %262
  store <2 x i32> zeroinitializer, ptr %263, align 8, !tbaa !27
  %268 = load ptr, ptr %260, align 8, !tbaa !6
  %269 = getelementptr inbounds i8, ptr %268, i64 16
  %270 = load ptr, ptr %269, align 8
  call void %270(ptr noundef nonnull align 8 dereferenceable(16) %260) #25
  %271 = load ptr, ptr %260, align 8, !tbaa !6
  %272 = getelementptr inbounds i8, ptr %271, i64 24
  %273 = load ptr, ptr %272, align 8
  call void %273(ptr noundef nonnull align 8 dereferenceable(16) %260) #25
  br label %285

274:                                              ; preds = %262
  %275 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %276 = icmp eq i8 %275, 0
  br i1 %276, label %279, label %277

277:                                              ; preds = %274
  %278 = add nsw i32 %266, -1
  store i32 %278, ptr %263, align 4, !tbaa !27
  br label %281

279:                                              ; preds = %274
  %280 = atomicrmw volatile add ptr %263, i32 -1 acq_rel, align 4
  br label %281

281:                                              ; preds = %279, %277
  %282 = phi i32 [ %266, %277 ], [ %280, %279 ]
  %283 = icmp eq i32 %282, 1
  br i1 %283, label %284, label %285, !prof !61

284:                                              ; preds = %281
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %260) #25
  br label %285

285:                                              ; preds = %259, %267, %281, %284
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %16) #25
  %286 = add nuw nsw i32 %127, 1
  %287 = icmp eq i32 %286, 4
  br i1 %287, label %288, label %126, !llvm.loop !65

288:                                              ; preds = %285
  %289 = load ptr, ptr %15, align 8, !tbaa !66
  %290 = invoke noundef i64 @_ZNSt6futureIlE3getEv(ptr noundef nonnull align 8 dereferenceable(16) %289)
          to label %367 unwind label %369

291:                                              ; preds = %257
  %292 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt14__basic_futureIlED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %16) #25
  br label %293

293:                                              ; preds = %243, %291
  %294 = phi { ptr, i32 } [ %292, %291 ], [ %244, %243 ]
  %295 = extractvalue { ptr, i32 } %294, 0
  %296 = extractvalue { ptr, i32 } %294, 1
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %16) #25
  br label %428

297:                                              ; preds = %420, %325
  %298 = phi ptr [ %326, %325 ], [ %421, %420 ]
  %299 = getelementptr inbounds i8, ptr %298, i64 8
  %300 = load ptr, ptr %299, align 8, !tbaa !57
  %301 = icmp eq ptr %300, null
  br i1 %301, label %325, label %302

302:                                              ; preds = %297
  %303 = getelementptr inbounds i8, ptr %300, i64 8
  %304 = load atomic i64, ptr %303 acquire, align 8
  %305 = icmp eq i64 %304, 4294967297
  %306 = trunc i64 %304 to i32
  br i1 %305, label %307, label %314

307:                                              ; preds = %302
  store <2 x i32> zeroinitializer, ptr %303, align 8, !tbaa !27
  %308 = load ptr, ptr %300, align 8, !tbaa !6
  %309 = getelementptr inbounds i8, ptr %308, i64 16
  %310 = load ptr, ptr %309, align 8
  call void %310(ptr noundef nonnull align 8 dereferenceable(16) %300) #25
  %311 = load ptr, ptr %300, align 8, !tbaa !6
  %312 = getelementptr inbounds i8, ptr %311, i64 24
  %313 = load ptr, ptr %312, align 8
  call void %313(ptr noundef nonnull align 8 dereferenceable(16) %300) #25
  br label %325

314:                                              ; preds = %302
  %315 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %316 = icmp eq i8 %315, 0
  br i1 %316, label %319, label %317

317:                                              ; preds = %314
  %318 = add nsw i32 %306, -1
  store i32 %318, ptr %303, align 4, !tbaa !27
  br label %321

319:                                              ; preds = %314
  %320 = atomicrmw volatile add ptr %303, i32 -1 acq_rel, align 4
  br label %321

321:                                              ; preds = %319, %317
  %322 = phi i32 [ %306, %317 ], [ %320, %319 ]
  %323 = icmp eq i32 %322, 1
  br i1 %323, label %324, label %325, !prof !61

324:                                              ; preds = %321
  call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %300) #25
  br label %325

325:                                              ; preds = %324, %321, %307, %297
  %326 = getelementptr inbounds i8, ptr %298, i64 16
  %327 = icmp eq ptr %326, %422
  br i1 %327, label %328, label %297, !llvm.loop !67

328:                                              ; preds = %325
  %329 = load ptr, ptr %15, align 8, !tbaa !66
  br label %330

330:                                              ; preds = %328, %420
  %331 = phi ptr [ %329, %328 ], [ %421, %420 ]
  %332 = icmp eq ptr %331, null
  br i1 %332, label %338, label %333

333:                                              ; preds = %330
  %334 = load ptr, ptr %121, align 8, !tbaa !62
  %335 = ptrtoint ptr %334 to i64
  %336 = ptrtoint ptr %331 to i64
  %337 = sub i64 %335, %336
  call void @_ZdlPvm(ptr noundef nonnull %331, i64 noundef %337) #27
  br label %338

338:                                              ; preds = %330, %333
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %15) #25
  %339 = load i64, ptr %13, align 8, !tbaa !29
  %340 = icmp eq i64 %339, 0
  br i1 %340, label %342, label %341

341:                                              ; preds = %338
  call void @_ZSt9terminatev() #28
  unreachable

342:                                              ; preds = %338
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %13) #25
  %343 = load ptr, ptr %12, align 8, !tbaa !30
  %344 = icmp eq ptr %343, null
  br i1 %344, label %346, label %345

345:                                              ; preds = %342
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %12) #25
  br label %346

346:                                              ; preds = %342, %345
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %12) #25
  %347 = load ptr, ptr %8, align 8, !tbaa !68
  %348 = load ptr, ptr %32, align 8, !tbaa !70
  %349 = icmp eq ptr %347, %348
  br i1 %349, label %358, label %353

350:                                              ; preds = %353
  %351 = getelementptr inbounds i8, ptr %354, i64 8
  %352 = icmp eq ptr %351, %348
  br i1 %352, label %358, label %353, !llvm.loop !71

353:                                              ; preds = %346, %350
  %354 = phi ptr [ %351, %350 ], [ %347, %346 ]
  %355 = load i64, ptr %354, align 8, !tbaa !29
  %356 = icmp eq i64 %355, 0
  br i1 %356, label %350, label %357

357:                                              ; preds = %353
  call void @_ZSt9terminatev() #28
  unreachable

358:                                              ; preds = %350, %346
  %359 = icmp eq ptr %347, null
  br i1 %359, label %366, label %360

360:                                              ; preds = %358
  %361 = getelementptr inbounds i8, ptr %8, i64 16
  %362 = load ptr, ptr %361, align 8, !tbaa !72
  %363 = ptrtoint ptr %362 to i64
  %364 = ptrtoint ptr %347 to i64
  %365 = sub i64 %363, %364
  call void @_ZdlPvm(ptr noundef nonnull %347, i64 noundef %365) #27
  br label %366

366:                                              ; preds = %358, %360
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #25
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %7) #25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #25
  ret i32 0

367:                                              ; preds = %288
  %368 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 1, i64 noundef %290)
  br label %382

369:                                              ; preds = %288
  %370 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %371 = extractvalue { ptr, i32 } %370, 0
  %372 = extractvalue { ptr, i32 } %370, 1
  %373 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #25
  %374 = icmp eq i32 %372, %373
  br i1 %374, label %375, label %428

375:                                              ; preds = %369
  %376 = call ptr @__cxa_begin_catch(ptr %371) #25
  %377 = load ptr, ptr %376, align 8, !tbaa !6
  %378 = getelementptr inbounds i8, ptr %377, i64 16
  %379 = load ptr, ptr %378, align 8
  %380 = call noundef ptr %379(ptr noundef nonnull align 8 dereferenceable(8) %376) #25
  %381 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 1, ptr noundef %380)
  invoke void @__cxa_end_catch()
          to label %382 unwind label %424

382:                                              ; preds = %375, %367
  %383 = load ptr, ptr %15, align 8, !tbaa !66
  %384 = getelementptr i8, ptr %383, i64 16
  %385 = invoke noundef i64 @_ZNSt6futureIlE3getEv(ptr noundef nonnull align 8 dereferenceable(16) %384)
          to label %399 unwind label %386

386:                                              ; preds = %382
  %387 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %388 = extractvalue { ptr, i32 } %387, 0
  %389 = extractvalue { ptr, i32 } %387, 1
  %390 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #25
  %391 = icmp eq i32 %389, %390
  br i1 %391, label %392, label %428

392:                                              ; preds = %386
  %393 = call ptr @__cxa_begin_catch(ptr %388) #25
  %394 = load ptr, ptr %393, align 8, !tbaa !6
  %395 = getelementptr inbounds i8, ptr %394, i64 16
  %396 = load ptr, ptr %395, align 8
  %397 = call noundef ptr %396(ptr noundef nonnull align 8 dereferenceable(8) %393) #25
  %398 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 2, ptr noundef %397)
  invoke void @__cxa_end_catch()
          to label %401 unwind label %424

399:                                              ; preds = %382
  %400 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 2, i64 noundef %385)
  br label %401

401:                                              ; preds = %399, %392
  %402 = load ptr, ptr %15, align 8, !tbaa !66
  %403 = getelementptr i8, ptr %402, i64 32
  %404 = invoke noundef i64 @_ZNSt6futureIlE3getEv(ptr noundef nonnull align 8 dereferenceable(16) %403)
          to label %418 unwind label %405

405:                                              ; preds = %401
  %406 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %407 = extractvalue { ptr, i32 } %406, 0
  %408 = extractvalue { ptr, i32 } %406, 1
  %409 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #25
  %410 = icmp eq i32 %408, %409
  br i1 %410, label %411, label %428

411:                                              ; preds = %405
  %412 = call ptr @__cxa_begin_catch(ptr %407) #25
  %413 = load ptr, ptr %412, align 8, !tbaa !6
  %414 = getelementptr inbounds i8, ptr %413, i64 16
  %415 = load ptr, ptr %414, align 8
  %416 = call noundef ptr %415(ptr noundef nonnull align 8 dereferenceable(8) %412) #25
  %417 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef 3, ptr noundef %416)
  invoke void @__cxa_end_catch()
          to label %420 unwind label %424

418:                                              ; preds = %401
  %419 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef 3, i64 noundef %404)
  br label %420

420:                                              ; preds = %418, %411
  %421 = load ptr, ptr %15, align 8, !tbaa !66
  %422 = load ptr, ptr %120, align 8, !tbaa !64
  %423 = icmp eq ptr %421, %422
  br i1 %423, label %330, label %297

424:                                              ; preds = %411, %392, %375
  %425 = landingpad { ptr, i32 }
          cleanup
  %426 = extractvalue { ptr, i32 } %425, 0
  %427 = extractvalue { ptr, i32 } %425, 1
  br label %428

428:                                              ; preds = %369, %386, %405, %424, %293
  %429 = phi i32 [ %296, %293 ], [ %427, %424 ], [ %372, %369 ], [ %389, %386 ], [ %408, %405 ]
  %430 = phi ptr [ %295, %293 ], [ %426, %424 ], [ %371, %369 ], [ %388, %386 ], [ %407, %405 ]
  call void @_ZNSt6vectorISt6futureIlESaIS1_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %15) #25
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %15) #25
  br label %431

431:                                              ; preds = %428, %122, %105, %94
  %432 = phi i32 [ %429, %428 ], [ %125, %122 ], [ %101, %105 ], [ %97, %94 ]
  %433 = phi ptr [ %430, %428 ], [ %124, %122 ], [ %100, %105 ], [ %96, %94 ]
  %434 = load i64, ptr %13, align 8, !tbaa !29
  %435 = icmp eq i64 %434, 0
  br i1 %435, label %437, label %436

436:                                              ; preds = %431
  call void @_ZSt9terminatev() #28
  unreachable

437:                                              ; preds = %431, %90
  %438 = phi i32 [ %93, %90 ], [ %432, %431 ]
  %439 = phi ptr [ %92, %90 ], [ %433, %431 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %13) #25
  %440 = load ptr, ptr %12, align 8, !tbaa !30
  %441 = icmp eq ptr %440, null
  br i1 %441, label %443, label %442

442:                                              ; preds = %437
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %12) #25
  br label %443

443:                                              ; preds = %437, %442
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %12) #25
  br label %444

444:                                              ; preds = %443, %60, %35
  %445 = phi i32 [ %38, %35 ], [ %63, %60 ], [ %438, %443 ]
  %446 = phi ptr [ %37, %35 ], [ %62, %60 ], [ %439, %443 ]
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %8) #25
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #25
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %7) #25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #25
  %447 = insertvalue { ptr, i32 } poison, ptr %446, 0
  %448 = insertvalue { ptr, i32 } %447, i32 %445, 1
  resume { ptr, i32 } %448
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorISt6threadSaIS0_EE12emplace_backIJRFviPlPiEiS4_S5_EEERS0_DpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull %1, ptr noundef nonnull align 4 dereferenceable(4) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %6 = alloca %"class.std::unique_ptr", align 8
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !28
  %9 = getelementptr inbounds i8, ptr %0, i64 16
  %10 = load ptr, ptr %9, align 8, !tbaa !72
  %11 = icmp eq ptr %8, %10
  br i1 %11, label %40, label %12

12:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6)
  store i64 0, ptr %8, align 8, !tbaa !32
  %13 = tail call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #29
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE, i64 16), ptr %13, align 8, !tbaa !6
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  %15 = load ptr, ptr %4, align 8, !tbaa !28
  store ptr %15, ptr %14, align 8, !tbaa !73
  %16 = getelementptr inbounds i8, ptr %13, i64 16
  %17 = load ptr, ptr %3, align 8, !tbaa !28
  store ptr %17, ptr %16, align 8, !tbaa !75
  %18 = getelementptr inbounds i8, ptr %13, i64 24
  %19 = load i32, ptr %2, align 4, !tbaa !27
  store i32 %19, ptr %18, align 4, !tbaa !77
  %20 = getelementptr inbounds i8, ptr %13, i64 32
  store ptr %1, ptr %20, align 8, !tbaa !79
  store ptr %13, ptr %6, align 8, !tbaa !28
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull %6, ptr noundef null)
          to label %21 unwind label %28

21:                                               ; preds = %12
  %22 = load ptr, ptr %6, align 8, !tbaa !28
  %23 = icmp eq ptr %22, null
  br i1 %23, label %37, label %24

24:                                               ; preds = %21
  %25 = load ptr, ptr %22, align 8, !tbaa !6
  %26 = getelementptr inbounds i8, ptr %25, i64 8
  %27 = load ptr, ptr %26, align 8
  call void %27(ptr noundef nonnull align 8 dereferenceable(8) %22) #25
  br label %37

28:                                               ; preds = %12
  %29 = landingpad { ptr, i32 }
          cleanup
  %30 = load ptr, ptr %6, align 8, !tbaa !28
  %31 = icmp eq ptr %30, null
  br i1 %31, label %36, label %32

32:                                               ; preds = %28
  %33 = load ptr, ptr %30, align 8, !tbaa !6
  %34 = getelementptr inbounds i8, ptr %33, i64 8
  %35 = load ptr, ptr %34, align 8
  call void %35(ptr noundef nonnull align 8 dereferenceable(8) %30) #25
  br label %36

36:                                               ; preds = %32, %28
  resume { ptr, i32 } %29

37:                                               ; preds = %21, %24
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6)
  %38 = load ptr, ptr %7, align 8, !tbaa !70
  %39 = getelementptr inbounds i8, ptr %38, i64 8
  store ptr %39, ptr %7, align 8, !tbaa !70
  br label %43

40:                                               ; preds = %5
  %41 = ptrtoint ptr %8 to i64
  tail call void @_ZNSt6vectorISt6threadSaIS0_EE17_M_realloc_insertIJRFviPlPiEiS4_S5_EEEvN9__gnu_cxx17__normal_iteratorIPS0_S2_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %41, ptr noundef nonnull %1, ptr noundef nonnull align 4 dereferenceable(4) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4)
  %42 = load ptr, ptr %7, align 8, !tbaa !28
  br label %43

43:                                               ; preds = %40, %37
  %44 = phi ptr [ %42, %40 ], [ %39, %37 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 -8
  ret ptr %45
}

; Function Attrs: mustprogress uwtable
define internal void @_ZL11worker_loopiPlPi(i32 noundef %0, ptr nocapture noundef %1, ptr nocapture noundef %2) #7 personality ptr @__gxx_personality_v0 {
  br label %5

4:                                                ; preds = %26
  ret void

5:                                                ; preds = %3, %26
  %6 = phi i32 [ 1, %3 ], [ %27, %26 ]
  %7 = invoke noundef i64 @_Z4stepii(i32 noundef %0, i32 noundef %6)
          to label %8 unwind label %11

8:                                                ; preds = %5
  %9 = load i64, ptr %1, align 8, !tbaa !29
  %10 = add nsw i64 %9, %7
  store i64 %10, ptr %1, align 8, !tbaa !29
  br label %26

11:                                               ; preds = %5
  %12 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI11WorkerError
  %13 = extractvalue { ptr, i32 } %12, 1
  %14 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI11WorkerError) #25
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %29

16:                                               ; preds = %11
  %17 = extractvalue { ptr, i32 } %12, 0
  %18 = tail call ptr @__cxa_begin_catch(ptr %17) #25
  %19 = getelementptr inbounds i8, ptr %18, i64 16
  %20 = load i32, ptr %19, align 8, !tbaa !9
  %21 = icmp eq i32 %20, %0
  br i1 %21, label %23, label %22

22:                                               ; preds = %16
  tail call void @_ZSt9terminatev() #28
  unreachable

23:                                               ; preds = %16
  %24 = load i32, ptr %2, align 4, !tbaa !27
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %2, align 4, !tbaa !27
  tail call void @__cxa_end_catch()
  br label %26

26:                                               ; preds = %8, %23
  %27 = add nuw nsw i32 %6, 1
  %28 = icmp eq i32 %27, 5001
  br i1 %28, label %4, label %5, !llvm.loop !81

29:                                               ; preds = %11
  resume { ptr, i32 } %12
}

declare void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8)) #8

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #9

; Function Attrs: noreturn
declare void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef) local_unnamed_addr #10

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #11

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #12 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #25
  tail call void @_ZSt9terminatev() #28
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt14__basic_futureIlED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #3 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !57
  %4 = icmp eq ptr %3, null
  br i1 %4, label %28, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load atomic i64, ptr %6 acquire, align 8
  %8 = icmp eq i64 %7, 4294967297
  %9 = trunc i64 %7 to i32
  br i1 %8, label %10, label %17

10:                                               ; preds = %5
  store <2 x i32> zeroinitializer, ptr %6, align 8, !tbaa !27
  %11 = load ptr, ptr %3, align 8, !tbaa !6
  %12 = getelementptr inbounds i8, ptr %11, i64 16
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  %14 = load ptr, ptr %3, align 8, !tbaa !6
  %15 = getelementptr inbounds i8, ptr %14, i64 24
  %16 = load ptr, ptr %15, align 8
  tail call void %16(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  br label %28

17:                                               ; preds = %5
  %18 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %22, label %20

20:                                               ; preds = %17
  %21 = add nsw i32 %9, -1
  store i32 %21, ptr %6, align 4, !tbaa !27
  br label %24

22:                                               ; preds = %17
  %23 = atomicrmw volatile add ptr %6, i32 -1 acq_rel, align 4
  br label %24

24:                                               ; preds = %22, %20
  %25 = phi i32 [ %9, %20 ], [ %23, %22 ]
  %26 = icmp eq i32 %25, 1
  br i1 %26, label %27, label %28, !prof !61

27:                                               ; preds = %24
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  br label %28

28:                                               ; preds = %1, %10, %24, %27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef i64 @_ZNSt6futureIlE3getEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %2 = alloca %"struct.std::__basic_future<long>::_Reset", align 8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #25
  store ptr %0, ptr %2, align 8, !tbaa !28
  %3 = invoke noundef nonnull align 8 dereferenceable(25) ptr @_ZNKSt14__basic_futureIlE13_M_get_resultEv(ptr noundef nonnull align 8 dereferenceable(16) %0)
          to label %4 unwind label %34

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %3, i64 16
  %6 = load i64, ptr %5, align 8, !tbaa !29
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !57
  store <2 x ptr> zeroinitializer, ptr %0, align 8, !tbaa !28
  %9 = icmp eq ptr %8, null
  br i1 %9, label %33, label %10

10:                                               ; preds = %4
  %11 = getelementptr inbounds i8, ptr %8, i64 8
  %12 = load atomic i64, ptr %11 acquire, align 8
  %13 = icmp eq i64 %12, 4294967297
  %14 = trunc i64 %12 to i32
  br i1 %13, label %15, label %22

15:                                               ; preds = %10
  store <2 x i32> zeroinitializer, ptr %11, align 8, !tbaa !27
  %16 = load ptr, ptr %8, align 8, !tbaa !6
  %17 = getelementptr inbounds i8, ptr %16, i64 16
  %18 = load ptr, ptr %17, align 8
  tail call void %18(ptr noundef nonnull align 8 dereferenceable(16) %8) #25
  %19 = load ptr, ptr %8, align 8, !tbaa !6
  %20 = getelementptr inbounds i8, ptr %19, i64 24
  %21 = load ptr, ptr %20, align 8
  tail call void %21(ptr noundef nonnull align 8 dereferenceable(16) %8) #25
  br label %33

22:                                               ; preds = %10
  %23 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %24 = icmp eq i8 %23, 0
  br i1 %24, label %27, label %25

25:                                               ; preds = %22
  %26 = add nsw i32 %14, -1
  store i32 %26, ptr %11, align 4, !tbaa !27
  br label %29

27:                                               ; preds = %22
  %28 = atomicrmw volatile add ptr %11, i32 -1 acq_rel, align 4
  br label %29

29:                                               ; preds = %27, %25
  %30 = phi i32 [ %14, %25 ], [ %28, %27 ]
  %31 = icmp eq i32 %30, 1
  br i1 %31, label %32, label %33, !prof !61

32:                                               ; preds = %29
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %8) #25
  br label %33

33:                                               ; preds = %4, %15, %29, %32
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #25
  ret i64 %6

34:                                               ; preds = %1
  %35 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt14__basic_futureIlE6_ResetD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #25
  resume { ptr, i32 } %35
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6futureIlESaIS1_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !66
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !64
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %39, label %6

6:                                                ; preds = %1, %34
  %7 = phi ptr [ %35, %34 ], [ %2, %1 ]
  %8 = getelementptr inbounds i8, ptr %7, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !57
  %10 = icmp eq ptr %9, null
  br i1 %10, label %34, label %11

11:                                               ; preds = %6
  %12 = getelementptr inbounds i8, ptr %9, i64 8
  %13 = load atomic i64, ptr %12 acquire, align 8
  %14 = icmp eq i64 %13, 4294967297
  %15 = trunc i64 %13 to i32
  br i1 %14, label %16, label %23

16:                                               ; preds = %11
  store <2 x i32> zeroinitializer, ptr %12, align 8, !tbaa !27
  %17 = load ptr, ptr %9, align 8, !tbaa !6
  %18 = getelementptr inbounds i8, ptr %17, i64 16
  %19 = load ptr, ptr %18, align 8
  tail call void %19(ptr noundef nonnull align 8 dereferenceable(16) %9) #25
  %20 = load ptr, ptr %9, align 8, !tbaa !6
  %21 = getelementptr inbounds i8, ptr %20, i64 24
  %22 = load ptr, ptr %21, align 8
  tail call void %22(ptr noundef nonnull align 8 dereferenceable(16) %9) #25
  br label %34

23:                                               ; preds = %11
  %24 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %25 = icmp eq i8 %24, 0
  br i1 %25, label %28, label %26

26:                                               ; preds = %23
  %27 = add nsw i32 %15, -1
  store i32 %27, ptr %12, align 4, !tbaa !27
  br label %30

28:                                               ; preds = %23
  %29 = atomicrmw volatile add ptr %12, i32 -1 acq_rel, align 4
  br label %30

30:                                               ; preds = %28, %26
  %31 = phi i32 [ %15, %26 ], [ %29, %28 ]
  %32 = icmp eq i32 %31, 1
  br i1 %32, label %33, label %34, !prof !61

33:                                               ; preds = %30
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %9) #25
  br label %34

34:                                               ; preds = %33, %30, %16, %6
  %35 = getelementptr inbounds i8, ptr %7, i64 16
  %36 = icmp eq ptr %35, %4
  br i1 %36, label %37, label %6, !llvm.loop !67

37:                                               ; preds = %34
  %38 = load ptr, ptr %0, align 8, !tbaa !66
  br label %39

39:                                               ; preds = %37, %1
  %40 = phi ptr [ %38, %37 ], [ %2, %1 ]
  %41 = icmp eq ptr %40, null
  br i1 %41, label %48, label %42

42:                                               ; preds = %39
  %43 = getelementptr inbounds i8, ptr %0, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !62
  %45 = ptrtoint ptr %44 to i64
  %46 = ptrtoint ptr %40 to i64
  %47 = sub i64 %45, %46
  tail call void @_ZdlPvm(ptr noundef nonnull %40, i64 noundef %47) #27
  br label %48

48:                                               ; preds = %39, %42
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !68
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !70
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %14, label %9

6:                                                ; preds = %9
  %7 = getelementptr inbounds i8, ptr %10, i64 8
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %14, label %9, !llvm.loop !71

9:                                                ; preds = %1, %6
  %10 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %11 = load i64, ptr %10, align 8, !tbaa !29
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %6, label %13

13:                                               ; preds = %9
  tail call void @_ZSt9terminatev() #28
  unreachable

14:                                               ; preds = %6, %1
  %15 = icmp eq ptr %2, null
  br i1 %15, label %22, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !72
  %19 = ptrtoint ptr %18 to i64
  %20 = ptrtoint ptr %2 to i64
  %21 = sub i64 %19, %20
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef %21) #27
  br label %22

22:                                               ; preds = %14, %16
  ret void
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef) local_unnamed_addr #8

declare void @_ZNSt13runtime_errorC2ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #8

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN11WorkerErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) unnamed_addr #3 comdat {
  tail call void @_ZNSt13runtime_errorD2Ev(ptr noundef nonnull align 8 dereferenceable(20) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #27
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt13runtime_error4whatEv(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #4

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #14

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #4

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #15 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(16) %0) #25
  %5 = getelementptr inbounds i8, ptr %0, i64 12
  %6 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load i32, ptr %5, align 4, !tbaa !27
  %10 = add nsw i32 %9, -1
  store i32 %10, ptr %5, align 4, !tbaa !27
  br label %13

11:                                               ; preds = %1
  %12 = atomicrmw volatile add ptr %5, i32 -1 acq_rel, align 4
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi i32 [ %9, %8 ], [ %12, %11 ]
  %15 = icmp eq i32 %14, 1
  br i1 %15, label %16, label %20

16:                                               ; preds = %13
  %17 = load ptr, ptr %0, align 8, !tbaa !6
  %18 = getelementptr inbounds i8, ptr %17, i64 24
  %19 = load ptr, ptr %18, align 8
  tail call void %19(ptr noundef nonnull align 8 dereferenceable(16) %0) #25
  br label %20

20:                                               ; preds = %13, %16
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #16

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #17

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EE17_M_realloc_insertIJRFviPlPiEiS4_S5_EEEvN9__gnu_cxx17__normal_iteratorIPS0_S2_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull %2, ptr noundef nonnull align 4 dereferenceable(4) %3, ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %5) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %7 = alloca %"class.std::unique_ptr", align 8
  %8 = inttoptr i64 %1 to ptr
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load ptr, ptr %9, align 8, !tbaa !70
  %11 = ptrtoint ptr %10 to i64
  %12 = load ptr, ptr %0, align 8, !tbaa !28
  %13 = ptrtoint ptr %12 to i64
  %14 = ptrtoint ptr %10 to i64
  %15 = ptrtoint ptr %12 to i64
  %16 = sub i64 %14, %15
  %17 = icmp eq i64 %16, 9223372036854775800
  br i1 %17, label %18, label %19

18:                                               ; preds = %6
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.9) #26
  unreachable

19:                                               ; preds = %6
  %20 = ashr exact i64 %16, 3
  %21 = tail call i64 @llvm.umax.i64(i64 %20, i64 1)
  %22 = add nsw i64 %21, %20
  %23 = icmp ult i64 %22, %20
  %24 = tail call i64 @llvm.umin.i64(i64 %22, i64 1152921504606846975)
  %25 = select i1 %23, i64 1152921504606846975, i64 %24
  %26 = sub i64 %1, %15
  %27 = ashr exact i64 %26, 3
  %28 = icmp eq i64 %25, 0
  br i1 %28, label %32, label %29

29:                                               ; preds = %19
  %30 = shl nuw nsw i64 %25, 3
  %31 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %30) #29
  br label %32

32:                                               ; preds = %19, %29
  %33 = phi ptr [ %31, %29 ], [ null, %19 ]
  %34 = getelementptr inbounds %"class.std::thread", ptr %33, i64 %27
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7)
  store i64 0, ptr %34, align 8, !tbaa !32
  %35 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #29
          to label %36 unwind label %167

36:                                               ; preds = %32
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEEE, i64 16), ptr %35, align 8, !tbaa !6
  %37 = getelementptr inbounds i8, ptr %35, i64 8
  %38 = load ptr, ptr %5, align 8, !tbaa !28
  store ptr %38, ptr %37, align 8, !tbaa !73
  %39 = getelementptr inbounds i8, ptr %35, i64 16
  %40 = load ptr, ptr %4, align 8, !tbaa !28
  store ptr %40, ptr %39, align 8, !tbaa !75
  %41 = getelementptr inbounds i8, ptr %35, i64 24
  %42 = load i32, ptr %3, align 4, !tbaa !27
  store i32 %42, ptr %41, align 4, !tbaa !77
  %43 = getelementptr inbounds i8, ptr %35, i64 32
  store ptr %2, ptr %43, align 8, !tbaa !79
  store ptr %35, ptr %7, align 8, !tbaa !28
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %34, ptr noundef nonnull %7, ptr noundef null)
          to label %44 unwind label %51

44:                                               ; preds = %36
  %45 = load ptr, ptr %7, align 8, !tbaa !28
  %46 = icmp eq ptr %45, null
  br i1 %46, label %59, label %47

47:                                               ; preds = %44
  %48 = load ptr, ptr %45, align 8, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %48, i64 8
  %50 = load ptr, ptr %49, align 8
  call void %50(ptr noundef nonnull align 8 dereferenceable(8) %45) #25
  br label %59

51:                                               ; preds = %36
  %52 = landingpad { ptr, i32 }
          catch ptr null
  %53 = load ptr, ptr %7, align 8, !tbaa !28
  %54 = icmp eq ptr %53, null
  br i1 %54, label %171, label %55

55:                                               ; preds = %51
  %56 = load ptr, ptr %53, align 8, !tbaa !6
  %57 = getelementptr inbounds i8, ptr %56, i64 8
  %58 = load ptr, ptr %57, align 8
  call void %58(ptr noundef nonnull align 8 dereferenceable(8) %53) #25
  br label %171

59:                                               ; preds = %47, %44
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7)
  %60 = icmp eq ptr %12, %8
  br i1 %60, label %107, label %61

61:                                               ; preds = %59
  %62 = add i64 %1, -8
  %63 = sub i64 %62, %13
  %64 = lshr i64 %63, 3
  %65 = add nuw nsw i64 %64, 1
  %66 = icmp ult i64 %63, 88
  br i1 %66, label %97, label %67

67:                                               ; preds = %61
  %68 = add i64 %1, -8
  %69 = sub i64 %68, %13
  %70 = and i64 %69, -8
  %71 = add i64 %70, 8
  %72 = getelementptr i8, ptr %33, i64 %71
  %73 = getelementptr i8, ptr %12, i64 %71
  %74 = icmp ult ptr %33, %73
  %75 = icmp ult ptr %12, %72
  %76 = and i1 %74, %75
  br i1 %76, label %97, label %77

77:                                               ; preds = %67
  %78 = and i64 %65, 4611686018427387900
  %79 = shl i64 %78, 3
  %80 = getelementptr i8, ptr %33, i64 %79
  %81 = shl i64 %78, 3
  %82 = getelementptr i8, ptr %12, i64 %81
  br label %83

83:                                               ; preds = %83, %77
  %84 = phi i64 [ 0, %77 ], [ %93, %83 ]
  %85 = shl i64 %84, 3
  %86 = getelementptr i8, ptr %33, i64 %85
  %87 = shl i64 %84, 3
  %88 = getelementptr i8, ptr %12, i64 %87
  call void @llvm.experimental.noalias.scope.decl(metadata !82)
  call void @llvm.experimental.noalias.scope.decl(metadata !85)
  %89 = getelementptr i8, ptr %88, i64 16
  %90 = load <2 x i64>, ptr %88, align 8, !tbaa !29, !alias.scope !87, !noalias !82
  %91 = load <2 x i64>, ptr %89, align 8, !tbaa !29, !alias.scope !87, !noalias !82
  %92 = getelementptr i8, ptr %86, i64 16
  store <2 x i64> %90, ptr %86, align 8, !tbaa !29, !alias.scope !90, !noalias !87
  store <2 x i64> %91, ptr %92, align 8, !tbaa !29, !alias.scope !90, !noalias !87
  store <2 x i64> zeroinitializer, ptr %88, align 8, !tbaa !29, !alias.scope !87, !noalias !82
  store <2 x i64> zeroinitializer, ptr %89, align 8, !tbaa !29, !alias.scope !87, !noalias !82
  %93 = add nuw i64 %84, 4
  %94 = icmp eq i64 %93, %78
  br i1 %94, label %95, label %83, !llvm.loop !92

95:                                               ; preds = %83
  %96 = icmp eq i64 %65, %78
  br i1 %96, label %107, label %97

97:                                               ; preds = %95, %67, %61
  %98 = phi ptr [ %33, %67 ], [ %33, %61 ], [ %80, %95 ]
  %99 = phi ptr [ %12, %67 ], [ %12, %61 ], [ %82, %95 ]
  br label %100

100:                                              ; preds = %97, %100
  %101 = phi ptr [ %105, %100 ], [ %98, %97 ]
  %102 = phi ptr [ %104, %100 ], [ %99, %97 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !82)
  call void @llvm.experimental.noalias.scope.decl(metadata !85)
  %103 = load i64, ptr %102, align 8, !tbaa !29, !alias.scope !85, !noalias !82
  store i64 %103, ptr %101, align 8, !tbaa !29, !alias.scope !82, !noalias !85
  store i64 0, ptr %102, align 8, !tbaa !29, !alias.scope !85, !noalias !82
  %104 = getelementptr inbounds i8, ptr %102, i64 8
  %105 = getelementptr inbounds i8, ptr %101, i64 8
  %106 = icmp eq ptr %104, %8
  br i1 %106, label %107, label %100, !llvm.loop !95

107:                                              ; preds = %100, %95, %59
  %108 = phi ptr [ %33, %59 ], [ %80, %95 ], [ %105, %100 ]
  %109 = getelementptr i8, ptr %108, i64 8
  %110 = icmp eq ptr %10, %8
  br i1 %110, label %157, label %111

111:                                              ; preds = %107
  %112 = add i64 %11, -8
  %113 = sub i64 %112, %1
  %114 = lshr i64 %113, 3
  %115 = add nuw nsw i64 %114, 1
  %116 = icmp ult i64 %113, 104
  br i1 %116, label %147, label %117

117:                                              ; preds = %111
  %118 = add i64 %11, -8
  %119 = sub i64 %118, %1
  %120 = and i64 %119, -8
  %121 = add i64 %120, 16
  %122 = getelementptr i8, ptr %108, i64 %121
  %123 = getelementptr i8, ptr %8, i64 %120
  %124 = icmp ult ptr %108, %123
  %125 = icmp ugt ptr %122, %8
  %126 = and i1 %124, %125
  br i1 %126, label %147, label %127

127:                                              ; preds = %117
  %128 = and i64 %115, 4611686018427387900
  %129 = shl i64 %128, 3
  %130 = getelementptr i8, ptr %109, i64 %129
  %131 = shl i64 %128, 3
  %132 = getelementptr i8, ptr %8, i64 %131
  br label %133

133:                                              ; preds = %133, %127
  %134 = phi i64 [ 0, %127 ], [ %143, %133 ]
  %135 = shl i64 %134, 3
  %136 = getelementptr i8, ptr %109, i64 %135
  %137 = shl i64 %134, 3
  %138 = getelementptr i8, ptr %8, i64 %137
  call void @llvm.experimental.noalias.scope.decl(metadata !96)
  call void @llvm.experimental.noalias.scope.decl(metadata !99)
  %139 = getelementptr i8, ptr %138, i64 16
  %140 = load <2 x i64>, ptr %138, align 8, !tbaa !29, !alias.scope !101, !noalias !96
  %141 = load <2 x i64>, ptr %139, align 8, !tbaa !29, !alias.scope !101, !noalias !96
  %142 = getelementptr i8, ptr %136, i64 16
  store <2 x i64> %140, ptr %136, align 8, !tbaa !29, !alias.scope !104, !noalias !101
  store <2 x i64> %141, ptr %142, align 8, !tbaa !29, !alias.scope !104, !noalias !101
  store <2 x i64> zeroinitializer, ptr %138, align 8, !tbaa !29, !alias.scope !101, !noalias !96
  store <2 x i64> zeroinitializer, ptr %139, align 8, !tbaa !29, !alias.scope !101, !noalias !96
  %143 = add nuw i64 %134, 4
  %144 = icmp eq i64 %143, %128
  br i1 %144, label %145, label %133, !llvm.loop !106

145:                                              ; preds = %133
  %146 = icmp eq i64 %115, %128
  br i1 %146, label %157, label %147

147:                                              ; preds = %145, %117, %111
  %148 = phi ptr [ %109, %117 ], [ %109, %111 ], [ %130, %145 ]
  %149 = phi ptr [ %8, %117 ], [ %8, %111 ], [ %132, %145 ]
  br label %150

150:                                              ; preds = %147, %150
  %151 = phi ptr [ %155, %150 ], [ %148, %147 ]
  %152 = phi ptr [ %154, %150 ], [ %149, %147 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !96)
  call void @llvm.experimental.noalias.scope.decl(metadata !99)
  %153 = load i64, ptr %152, align 8, !tbaa !29, !alias.scope !99, !noalias !96
  store i64 %153, ptr %151, align 8, !tbaa !29, !alias.scope !96, !noalias !99
  store i64 0, ptr %152, align 8, !tbaa !29, !alias.scope !99, !noalias !96
  %154 = getelementptr inbounds i8, ptr %152, i64 8
  %155 = getelementptr inbounds i8, ptr %151, i64 8
  %156 = icmp eq ptr %154, %10
  br i1 %156, label %157, label %150, !llvm.loop !107

157:                                              ; preds = %150, %145, %107
  %158 = phi ptr [ %109, %107 ], [ %130, %145 ], [ %155, %150 ]
  %159 = getelementptr inbounds i8, ptr %0, i64 16
  %160 = icmp eq ptr %12, null
  br i1 %160, label %165, label %161

161:                                              ; preds = %157
  %162 = load ptr, ptr %159, align 8, !tbaa !72
  %163 = ptrtoint ptr %162 to i64
  %164 = sub i64 %163, %15
  call void @_ZdlPvm(ptr noundef nonnull %12, i64 noundef %164) #27
  br label %165

165:                                              ; preds = %157, %161
  store ptr %33, ptr %0, align 8, !tbaa !68
  store ptr %158, ptr %9, align 8, !tbaa !70
  %166 = getelementptr inbounds %"class.std::thread", ptr %33, i64 %25
  store ptr %166, ptr %159, align 8, !tbaa !72
  ret void

167:                                              ; preds = %32
  %168 = landingpad { ptr, i32 }
          catch ptr null
  br label %171

169:                                              ; preds = %171
  %170 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %176 unwind label %177

171:                                              ; preds = %167, %55, %51
  %172 = phi { ptr, i32 } [ %168, %167 ], [ %52, %55 ], [ %52, %51 ]
  %173 = extractvalue { ptr, i32 } %172, 0
  %174 = call ptr @__cxa_begin_catch(ptr %173) #25
  %175 = shl nuw nsw i64 %25, 3
  call void @_ZdlPvm(ptr noundef nonnull %33, i64 noundef %175) #27
  invoke void @__cxa_rethrow() #26
          to label %180 unwind label %169

176:                                              ; preds = %169
  resume { ptr, i32 } %170

177:                                              ; preds = %169
  %178 = landingpad { ptr, i32 }
          catch ptr null
  %179 = extractvalue { ptr, i32 } %178, 0
  call void @__clang_call_terminate(ptr %179) #28
  unreachable

180:                                              ; preds = %171
  unreachable
}

declare void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #18

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEED0Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #3 comdat {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJPFviPlPiEiS3_S4_EEEEE6_M_runEv(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 comdat {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = getelementptr inbounds i8, ptr %0, i64 32
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %3, align 8, !tbaa !28
  %7 = load i32, ptr %4, align 8, !tbaa !27
  %8 = load ptr, ptr %5, align 8, !tbaa !28
  %9 = load ptr, ptr %2, align 8, !tbaa !28
  tail call void %6(i32 noundef %7, ptr noundef %8, ptr noundef %9)
  ret void
}

declare void @__cxa_rethrow() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #3 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %0) unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %3 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %4 = invoke noundef i64 @_Z4stepii(i32 noundef 97, i32 noundef 0)
          to label %20 unwind label %5

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = extractvalue { ptr, i32 } %6, 0
  %9 = tail call ptr @__cxa_begin_catch(ptr %8) #25
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #25
  call void @_ZSt17current_exceptionv(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %3) #25
  %10 = load ptr, ptr %7, align 8, !tbaa !108
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #25
  %11 = load ptr, ptr %3, align 8, !tbaa !30
  store ptr null, ptr %3, align 8, !tbaa !30
  %12 = load ptr, ptr %10, align 8, !tbaa !30
  store ptr %12, ptr %2, align 8, !tbaa !30
  store ptr %11, ptr %10, align 8, !tbaa !30
  %13 = icmp eq ptr %12, null
  br i1 %13, label %15, label %14

14:                                               ; preds = %5
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #25
  br label %15

15:                                               ; preds = %14, %5
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #25
  %16 = load ptr, ptr %3, align 8, !tbaa !30
  %17 = icmp eq ptr %16, null
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #25
  br label %19

19:                                               ; preds = %18, %15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #25
  call void @__cxa_end_catch()
  br label %20

20:                                               ; preds = %1, %19
  ret void
}

; Function Attrs: nounwind
declare void @_ZSt17current_exceptionv(ptr dead_on_unwind writable sret(%"class.std::__exception_ptr::exception_ptr") align 8) local_unnamed_addr #4

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i1 @_ZStneRKSt10error_codeRKSt15error_condition(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1) local_unnamed_addr #3 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !110
  %5 = load i32, ptr %0, align 8, !tbaa !112
  %6 = load ptr, ptr %4, align 8, !tbaa !6
  %7 = getelementptr inbounds i8, ptr %6, i64 48
  %8 = load ptr, ptr %7, align 8
  %9 = tail call noundef i1 %8(ptr noundef nonnull align 8 dereferenceable(8) %4, i32 noundef %5, ptr noundef nonnull align 8 dereferenceable(16) %1) #25
  br i1 %9, label %19, label %10

10:                                               ; preds = %2
  %11 = getelementptr inbounds i8, ptr %1, i64 8
  %12 = load ptr, ptr %11, align 8, !tbaa !113
  %13 = load i32, ptr %1, align 8, !tbaa !115
  %14 = load ptr, ptr %12, align 8, !tbaa !6
  %15 = getelementptr inbounds i8, ptr %14, i64 56
  %16 = load ptr, ptr %15, align 8
  %17 = tail call noundef i1 %16(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef nonnull align 8 dereferenceable(16) %0, i32 noundef %13) #25
  %18 = xor i1 %17, true
  br label %19

19:                                               ; preds = %2, %10
  %20 = phi i1 [ false, %2 ], [ %18, %10 ]
  ret i1 %20
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EED0Ev"(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #13 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 80) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_disposeEv"(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #13 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  tail call void @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED2Ev"(ptr noundef nonnull align 8 dereferenceable(64) %2) #25
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE10_M_destroyEv"(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #13 personality ptr @__gxx_personality_v0 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 80) #27
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal noundef ptr @"_ZNSt23_Sp_counted_ptr_inplaceINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEESaIvELN9__gnu_cxx12_Lock_policyE2EE14_M_get_deleterERKSt9type_info"(ptr noundef nonnull readnone align 8 dereferenceable(80) %0, ptr noundef nonnull readonly align 8 dereferenceable(16) %1) unnamed_addr #19 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = icmp eq ptr %1, @_ZZNSt19_Sp_make_shared_tag5_S_tiEvE5__tag
  br i1 %4, label %17, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !116
  %8 = icmp eq ptr %7, @_ZTSSt19_Sp_make_shared_tag
  br i1 %8, label %16, label %9

9:                                                ; preds = %5
  %10 = load i8, ptr %7, align 1, !tbaa !21
  %11 = icmp eq i8 %10, 42
  br i1 %11, label %17, label %12

12:                                               ; preds = %9
  %13 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %7, ptr noundef nonnull dereferenceable(24) @_ZTSSt19_Sp_make_shared_tag) #25
  %14 = freeze i32 %13
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %5, %12
  br label %17

17:                                               ; preds = %9, %16, %12, %2
  %18 = phi ptr [ %3, %2 ], [ %3, %16 ], [ null, %12 ], [ null, %9 ]
  ret ptr %18
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElE6_M_runEv"(ptr noundef nonnull align 8 dereferenceable(64) %0) #7 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::function", align 8
  %3 = alloca %"class.std::unique_ptr.37", align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 48
  %5 = getelementptr inbounds i8, ptr %0, i64 56
  %6 = ptrtoint ptr %4 to i64
  %7 = ptrtoint ptr %5 to i64
  %8 = getelementptr inbounds i8, ptr %2, i64 16
  %9 = getelementptr inbounds i8, ptr %2, i64 24
  store i64 %6, ptr %2, align 8, !tbaa !28
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store i64 %7, ptr %10, align 8, !tbaa !28
  store ptr @"_ZNSt17_Function_handlerIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvENS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEE9_M_invokeERKSt9_Any_data", ptr %9, align 8, !tbaa !118
  store ptr @"_ZNSt17_Function_handlerIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvENS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEE10_M_managerERSt9_Any_dataRKSI_St18_Manager_operation", ptr %8, align 8, !tbaa !121
  invoke void @_ZNSt13__future_base13_State_baseV213_M_set_resultESt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEb(ptr noundef nonnull align 8 dereferenceable(28) %0, ptr noundef nonnull %2, i1 noundef false)
          to label %11 unwind label %20

11:                                               ; preds = %1
  %12 = load ptr, ptr %8, align 8, !tbaa !121
  %13 = icmp eq ptr %12, null
  br i1 %13, label %19, label %14

14:                                               ; preds = %11
  %15 = invoke noundef i1 %12(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %2, i32 noundef 3)
          to label %19 unwind label %16

16:                                               ; preds = %14
  %17 = landingpad { ptr, i32 }
          catch ptr null
  %18 = extractvalue { ptr, i32 } %17, 0
  call void @__clang_call_terminate(ptr %18) #28
  unreachable

19:                                               ; preds = %11, %14
  ret void

20:                                               ; preds = %1
  %21 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIN10__cxxabiv115__forced_unwindE
  %22 = extractvalue { ptr, i32 } %21, 1
  %23 = load ptr, ptr %8, align 8, !tbaa !121
  %24 = icmp eq ptr %23, null
  br i1 %24, label %30, label %25

25:                                               ; preds = %20
  %26 = invoke noundef i1 %23(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %2, i32 noundef 3)
          to label %30 unwind label %27

27:                                               ; preds = %25
  %28 = landingpad { ptr, i32 }
          catch ptr null
  %29 = extractvalue { ptr, i32 } %28, 0
  call void @__clang_call_terminate(ptr %29) #28
  unreachable

30:                                               ; preds = %20, %25
  %31 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIN10__cxxabiv115__forced_unwindE) #25
  %32 = icmp eq i32 %22, %31
  br i1 %32, label %33, label %65

33:                                               ; preds = %30
  %34 = extractvalue { ptr, i32 } %21, 0
  %35 = call ptr @__cxa_begin_catch(ptr %34) #25
  %36 = load ptr, ptr %4, align 8, !tbaa !28
  %37 = icmp eq ptr %36, null
  br i1 %37, label %60, label %38

38:                                               ; preds = %33
  store ptr null, ptr %4, align 8, !tbaa !28
  store ptr %36, ptr %3, align 8, !tbaa !40
  invoke void @_ZNSt13__future_base13_State_baseV216_M_break_promiseESt10unique_ptrINS_12_Result_baseENS2_8_DeleterEE(ptr noundef nonnull align 8 dereferenceable(28) %0, ptr noundef nonnull %3)
          to label %39 unwind label %49

39:                                               ; preds = %38
  %40 = load ptr, ptr %3, align 8, !tbaa !28
  %41 = icmp eq ptr %40, null
  br i1 %41, label %48, label %42

42:                                               ; preds = %39
  %43 = load ptr, ptr %40, align 8, !tbaa !6
  %44 = load ptr, ptr %43, align 8
  invoke void %44(ptr noundef nonnull align 8 dereferenceable(16) %40)
          to label %48 unwind label %45

45:                                               ; preds = %42
  %46 = landingpad { ptr, i32 }
          catch ptr null
  %47 = extractvalue { ptr, i32 } %46, 0
  call void @__clang_call_terminate(ptr %47) #28
  unreachable

48:                                               ; preds = %39, %42
  store ptr null, ptr %3, align 8, !tbaa !28
  br label %60

49:                                               ; preds = %38
  %50 = landingpad { ptr, i32 }
          cleanup
  %51 = load ptr, ptr %3, align 8, !tbaa !28
  %52 = icmp eq ptr %51, null
  br i1 %52, label %59, label %53

53:                                               ; preds = %49
  %54 = load ptr, ptr %51, align 8, !tbaa !6
  %55 = load ptr, ptr %54, align 8
  invoke void %55(ptr noundef nonnull align 8 dereferenceable(16) %51)
          to label %59 unwind label %56

56:                                               ; preds = %53
  %57 = landingpad { ptr, i32 }
          catch ptr null
  %58 = extractvalue { ptr, i32 } %57, 0
  call void @__clang_call_terminate(ptr %58) #28
  unreachable

59:                                               ; preds = %49, %53
  store ptr null, ptr %3, align 8, !tbaa !28
  br label %63

60:                                               ; preds = %48, %33
  invoke void @__cxa_rethrow() #26
          to label %70 unwind label %61

61:                                               ; preds = %60
  %62 = landingpad { ptr, i32 }
          cleanup
  br label %63

63:                                               ; preds = %61, %59
  %64 = phi { ptr, i32 } [ %62, %61 ], [ %50, %59 ]
  invoke void @__cxa_end_catch()
          to label %65 unwind label %67

65:                                               ; preds = %63, %30
  %66 = phi { ptr, i32 } [ %21, %30 ], [ %64, %63 ]
  resume { ptr, i32 } %66

67:                                               ; preds = %63
  %68 = landingpad { ptr, i32 }
          catch ptr null
  %69 = extractvalue { ptr, i32 } %68, 0
  call void @__clang_call_terminate(ptr %69) #28
  unreachable

70:                                               ; preds = %60
  unreachable
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10unique_ptrINSt13__future_base7_ResultIlEENS0_12_Result_base8_DeleterEED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !28
  %3 = icmp eq ptr %2, null
  br i1 %3, label %7, label %4

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8, !tbaa !6
  %6 = load ptr, ptr %5, align 8
  invoke void %6(ptr noundef nonnull align 8 dereferenceable(16) %2)
          to label %7 unwind label %8

7:                                                ; preds = %4, %1
  store ptr null, ptr %0, align 8, !tbaa !28
  ret void

8:                                                ; preds = %4
  %9 = landingpad { ptr, i32 }
          catch ptr null
  %10 = extractvalue { ptr, i32 } %9, 0
  tail call void @__clang_call_terminate(ptr %10) #28
  unreachable
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED2Ev"(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #13 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 32
  %3 = load i64, ptr %2, align 8, !tbaa !29
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %2)
          to label %6 unwind label %31

6:                                                ; preds = %5, %1
  %7 = getelementptr inbounds i8, ptr %0, i64 48
  %8 = load ptr, ptr %7, align 8, !tbaa !28
  %9 = icmp eq ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !6
  %12 = load ptr, ptr %11, align 8
  invoke void %12(ptr noundef nonnull align 8 dereferenceable(16) %8)
          to label %16 unwind label %13

13:                                               ; preds = %10
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #28
  unreachable

16:                                               ; preds = %6, %10
  store ptr null, ptr %7, align 8, !tbaa !28
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base21_Async_state_commonV2E, i64 16), ptr %0, align 8, !tbaa !6
  %17 = load i64, ptr %2, align 8, !tbaa !29
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  tail call void @_ZSt9terminatev() #28
  unreachable

20:                                               ; preds = %16
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base13_State_baseV2E, i64 16), ptr %0, align 8, !tbaa !6
  %21 = getelementptr inbounds i8, ptr %0, i64 8
  %22 = load ptr, ptr %21, align 8, !tbaa !28
  %23 = icmp eq ptr %22, null
  br i1 %23, label %30, label %24

24:                                               ; preds = %20
  %25 = load ptr, ptr %22, align 8, !tbaa !6
  %26 = load ptr, ptr %25, align 8
  invoke void %26(ptr noundef nonnull align 8 dereferenceable(16) %22)
          to label %30 unwind label %27

27:                                               ; preds = %24
  %28 = landingpad { ptr, i32 }
          catch ptr null
  %29 = extractvalue { ptr, i32 } %28, 0
  tail call void @__clang_call_terminate(ptr %29) #28
  unreachable

30:                                               ; preds = %20, %24
  store ptr null, ptr %21, align 8, !tbaa !28
  ret void

31:                                               ; preds = %5
  %32 = landingpad { ptr, i32 }
          catch ptr null
  %33 = extractvalue { ptr, i32 } %32, 0
  tail call void @__clang_call_terminate(ptr %33) #28
  unreachable
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED0Ev"(ptr noundef nonnull align 8 dereferenceable(64) %0) unnamed_addr #13 {
  tail call void @"_ZNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElED2Ev"(ptr noundef nonnull align 8 dereferenceable(64) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 64) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base21_Async_state_commonV217_M_complete_asyncEv(ptr noundef nonnull align 8 dereferenceable(44) %0) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %2 = alloca %class.anon.70, align 8
  %3 = alloca { i64, i64 }, align 8
  %4 = alloca ptr, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 40
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #25
  store i64 ptrtoint (ptr @_ZNSt6thread4joinEv to i64), ptr %3, align 8, !tbaa !21
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 0, ptr %6, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #25
  %7 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %7, ptr %4, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #25
  store ptr %3, ptr %2, align 8, !tbaa !28
  %8 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %4, ptr %8, align 8, !tbaa !28
  %9 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %2, ptr %9, align 8, !tbaa !28
  %10 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMSt6threadFvvEJPS3_EEvRS_OT_DpOT0_EUlvE_EERS8_ENUlvE_8__invokeEv, ptr %10, align 8, !tbaa !28
  %11 = invoke noundef i32 @pthread_once(ptr noundef nonnull %5, ptr noundef nonnull @__once_proxy)
          to label %12 unwind label %16

12:                                               ; preds = %1
  %13 = icmp eq i32 %11, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %12
  invoke void @_ZSt20__throw_system_errori(i32 noundef %11) #26
          to label %15 unwind label %16

15:                                               ; preds = %14
  unreachable

16:                                               ; preds = %14, %1
  %17 = landingpad { ptr, i32 }
          cleanup
  store ptr null, ptr %9, align 8, !tbaa !28
  store ptr null, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #25
  resume { ptr, i32 } %17

18:                                               ; preds = %12
  store ptr null, ptr %9, align 8, !tbaa !28
  store ptr null, ptr %10, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #25
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #25
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef i1 @_ZNKSt13__future_base13_State_baseV221_M_is_deferred_futureEv(ptr noundef nonnull align 8 dereferenceable(28) %0) unnamed_addr #13 comdat {
  ret i1 false
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base21_Async_state_commonV2D2Ev(ptr noundef nonnull align 8 dereferenceable(44) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base21_Async_state_commonV2E, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 32
  %3 = load i64, ptr %2, align 8, !tbaa !29
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @_ZSt9terminatev() #28
  unreachable

6:                                                ; preds = %1
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base13_State_baseV2E, i64 16), ptr %0, align 8, !tbaa !6
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !28
  %9 = icmp eq ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !6
  %12 = load ptr, ptr %11, align 8
  invoke void %12(ptr noundef nonnull align 8 dereferenceable(16) %8)
          to label %16 unwind label %13

13:                                               ; preds = %10
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #28
  unreachable

16:                                               ; preds = %6, %10
  store ptr null, ptr %7, align 8, !tbaa !28
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base21_Async_state_commonV2D0Ev(ptr noundef nonnull align 8 dereferenceable(44) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base21_Async_state_commonV2E, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 32
  %3 = load i64, ptr %2, align 8, !tbaa !29
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  tail call void @_ZSt9terminatev() #28
  unreachable

6:                                                ; preds = %1
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base13_State_baseV2E, i64 16), ptr %0, align 8, !tbaa !6
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !28
  %9 = icmp eq ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %6
  %11 = load ptr, ptr %8, align 8, !tbaa !6
  %12 = load ptr, ptr %11, align 8
  invoke void %12(ptr noundef nonnull align 8 dereferenceable(16) %8)
          to label %16 unwind label %13

13:                                               ; preds = %10
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #28
  unreachable

16:                                               ; preds = %6, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV2D2Ev(ptr noundef nonnull align 8 dereferenceable(28) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base13_State_baseV2E, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = load ptr, ptr %3, align 8, !tbaa !6
  %7 = load ptr, ptr %6, align 8
  invoke void %7(ptr noundef nonnull align 8 dereferenceable(16) %3)
          to label %11 unwind label %8

8:                                                ; preds = %5
  %9 = landingpad { ptr, i32 }
          catch ptr null
  %10 = extractvalue { ptr, i32 } %9, 0
  tail call void @__clang_call_terminate(ptr %10) #28
  unreachable

11:                                               ; preds = %1, %5
  store ptr null, ptr %2, align 8, !tbaa !28
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV2D0Ev(ptr noundef nonnull align 8 dereferenceable(28) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 32) (i8, ptr @_ZTVNSt13__future_base13_State_baseV2E, i64 16), ptr %0, align 8, !tbaa !6
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  %4 = icmp eq ptr %3, null
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = load ptr, ptr %3, align 8, !tbaa !6
  %7 = load ptr, ptr %6, align 8
  invoke void %7(ptr noundef nonnull align 8 dereferenceable(16) %3)
          to label %11 unwind label %8

8:                                                ; preds = %5
  %9 = landingpad { ptr, i32 }
          catch ptr null
  %10 = extractvalue { ptr, i32 } %9, 0
  tail call void @__clang_call_terminate(ptr %10) #28
  unreachable

11:                                               ; preds = %1, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #27
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV217_M_complete_asyncEv(ptr noundef nonnull align 8 dereferenceable(28) %0) unnamed_addr #13 comdat {
  ret void
}

declare void @_ZNSt13__future_base12_Result_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base7_ResultIlE10_M_destroyEv(ptr noundef nonnull align 8 dereferenceable(25) %0) unnamed_addr #13 comdat {
  %2 = load ptr, ptr %0, align 8, !tbaa !6
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %4 = load ptr, ptr %3, align 8
  tail call void %4(ptr noundef nonnull align 8 dereferenceable(25) %0) #25
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base7_ResultIlED2Ev(ptr noundef nonnull align 8 dereferenceable(25) %0) unnamed_addr #13 comdat {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVNSt13__future_base7_ResultIlEE, i64 16), ptr %0, align 8, !tbaa !6
  tail call void @_ZNSt13__future_base12_Result_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) #25
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base7_ResultIlED0Ev(ptr noundef nonnull align 8 dereferenceable(25) %0) unnamed_addr #13 comdat {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVNSt13__future_base7_ResultIlEE, i64 16), ptr %0, align 8, !tbaa !6
  tail call void @_ZNSt13__future_base12_Result_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #27
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt13__future_base12_Result_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #4

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV213_M_set_resultESt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEb(ptr noundef nonnull align 8 dereferenceable(28) %0, ptr noundef %1, i1 noundef %2) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca %class.anon.60, align 8
  %5 = alloca i8, align 4
  %6 = alloca { i64, i64 }, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #25
  store i8 0, ptr %5, align 4, !tbaa !122
  %10 = getelementptr inbounds i8, ptr %0, i64 24
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #25
  store i64 ptrtoint (ptr @_ZNSt13__future_base13_State_baseV29_M_do_setEPSt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEPb to i64), ptr %6, align 8, !tbaa !21
  %11 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 0, ptr %11, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %7) #25
  store ptr %0, ptr %7, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #25
  store ptr %1, ptr %8, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #25
  store ptr %5, ptr %9, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #25
  store ptr %6, ptr %4, align 8, !tbaa !28
  %12 = getelementptr inbounds i8, ptr %4, i64 8
  store ptr %7, ptr %12, align 8, !tbaa !28
  %13 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %8, ptr %13, align 8, !tbaa !28
  %14 = getelementptr inbounds i8, ptr %4, i64 24
  store ptr %9, ptr %14, align 8, !tbaa !28
  %15 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %4, ptr %15, align 8, !tbaa !28
  %16 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMNSt13__future_base13_State_baseV2EFvPSt8functionIFSt10unique_ptrINS3_12_Result_baseENS7_8_DeleterEEvEEPbEJPS4_SC_SD_EEvRS_OT_DpOT0_EUlvE_EERSI_ENUlvE_8__invokeEv, ptr %16, align 8, !tbaa !28
  %17 = invoke noundef i32 @pthread_once(ptr noundef nonnull %10, ptr noundef nonnull @__once_proxy)
          to label %18 unwind label %22

18:                                               ; preds = %3
  %19 = icmp eq i32 %17, 0
  br i1 %19, label %24, label %20

20:                                               ; preds = %18
  invoke void @_ZSt20__throw_system_errori(i32 noundef %17) #26
          to label %21 unwind label %22

21:                                               ; preds = %20
  unreachable

22:                                               ; preds = %20, %3
  %23 = landingpad { ptr, i32 }
          cleanup
  store ptr null, ptr %15, align 8, !tbaa !28
  store ptr null, ptr %16, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #25
  resume { ptr, i32 } %23

24:                                               ; preds = %18
  store ptr null, ptr %15, align 8, !tbaa !28
  store ptr null, ptr %16, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %7) #25
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #25
  %25 = load i8, ptr %5, align 4, !tbaa !122, !range !123, !noundef !124
  %26 = trunc nuw i8 %25 to i1
  br i1 %26, label %27, label %32

27:                                               ; preds = %24
  %28 = getelementptr inbounds i8, ptr %0, i64 16
  %29 = atomicrmw xchg ptr %28, i32 1 release, align 4
  %30 = icmp sgt i32 %29, -1
  br i1 %30, label %34, label %31

31:                                               ; preds = %27
  call void @_ZNSt28__atomic_futex_unsigned_base19_M_futex_notify_allEPj(ptr noundef nonnull %28)
  br label %34

32:                                               ; preds = %24
  br i1 %2, label %34, label %33

33:                                               ; preds = %32
  call void @_ZSt20__throw_future_errori(i32 noundef 2) #26
  unreachable

34:                                               ; preds = %31, %27, %32
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #25
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV216_M_break_promiseESt10unique_ptrINS_12_Result_baseENS2_8_DeleterEE(ptr noundef nonnull align 8 dereferenceable(28) %0, ptr noundef %1) local_unnamed_addr #7 comdat {
  %3 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %4 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %5 = alloca %"class.std::future_error", align 8
  %6 = load ptr, ptr %1, align 8, !tbaa !28
  %7 = icmp eq ptr %6, null
  br i1 %7, label %34, label %8

8:                                                ; preds = %2
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #25
  %9 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt15future_categoryv() #25
  %10 = ptrtoint ptr %9 to i64
  %11 = insertvalue [2 x i64] [i64 4, i64 poison], i64 %10, 1
  call void @_ZNSt12future_errorC2ESt10error_code(ptr noundef nonnull align 8 dereferenceable(32) %5, [2 x i64] %11)
  %12 = call ptr @__cxa_allocate_exception(i64 noundef 32) #25, !noalias !125
  %13 = call ptr @__cxa_init_primary_exception(ptr noundef %12, ptr noundef nonnull @_ZTISt12future_error, ptr noundef nonnull @_ZNSt15__exception_ptr12__dest_thunkISt12future_errorEEvPv) #25, !noalias !125
  call void @_ZNSt11logic_errorC2ERKS_(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull align 8 dereferenceable(16) %5) #25, !noalias !125
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt12future_error, i64 16), ptr %12, align 8, !tbaa !6, !noalias !125
  %14 = getelementptr inbounds i8, ptr %12, i64 16
  %15 = getelementptr inbounds i8, ptr %5, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %14, ptr noundef nonnull align 8 dereferenceable(16) %15, i64 16, i1 false), !tbaa.struct !128, !noalias !125
  call void @_ZNSt15__exception_ptr13exception_ptrC1EPv(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull %12) #25
  %16 = load ptr, ptr %1, align 8, !tbaa !28
  %17 = getelementptr inbounds i8, ptr %16, i64 8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #25
  %18 = load ptr, ptr %4, align 8, !tbaa !30
  store ptr null, ptr %4, align 8, !tbaa !30
  %19 = load ptr, ptr %17, align 8, !tbaa !30
  store ptr %19, ptr %3, align 8, !tbaa !30
  store ptr %18, ptr %17, align 8, !tbaa !30
  %20 = icmp eq ptr %19, null
  br i1 %20, label %21, label %22

21:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #25
  br label %26

22:                                               ; preds = %8
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #25
  %23 = load ptr, ptr %4, align 8, !tbaa !30
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #25
  %24 = icmp eq ptr %23, null
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #25
  br label %26

26:                                               ; preds = %21, %22, %25
  call void @_ZNSt12future_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #25
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #25
  %27 = getelementptr inbounds i8, ptr %0, i64 8
  %28 = load ptr, ptr %27, align 8, !tbaa !28
  %29 = load ptr, ptr %1, align 8, !tbaa !28
  store ptr %29, ptr %27, align 8, !tbaa !28
  store ptr %28, ptr %1, align 8, !tbaa !28
  %30 = getelementptr inbounds i8, ptr %0, i64 16
  %31 = atomicrmw xchg ptr %30, i32 1 release, align 4
  %32 = icmp sgt i32 %31, -1
  br i1 %32, label %34, label %33

33:                                               ; preds = %26
  call void @_ZNSt28__atomic_futex_unsigned_base19_M_futex_notify_allEPj(ptr noundef nonnull %30)
  br label %34

34:                                               ; preds = %33, %26, %2
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt13__future_base13_State_baseV29_M_do_setEPSt8functionIFSt10unique_ptrINS_12_Result_baseENS3_8_DeleterEEvEEPb(ptr noundef nonnull align 8 dereferenceable(28) %0, ptr noundef %1, ptr noundef %2) #7 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca %"class.std::unique_ptr.37", align 8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #25
  %5 = getelementptr inbounds i8, ptr %1, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !121, !noalias !129
  %7 = icmp eq ptr %6, null
  br i1 %7, label %8, label %9

8:                                                ; preds = %3
  tail call void @_ZSt25__throw_bad_function_callv() #26, !noalias !129
  unreachable

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %1, i64 24
  %11 = load ptr, ptr %10, align 8, !tbaa !118, !noalias !129
  call void %11(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr.37") align 8 %4, ptr noundef nonnull align 8 dereferenceable(16) %1)
  store i8 1, ptr %2, align 1, !tbaa !122
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load ptr, ptr %12, align 8, !tbaa !28
  %14 = load ptr, ptr %4, align 8, !tbaa !28
  store ptr %14, ptr %12, align 8, !tbaa !28
  store ptr %13, ptr %4, align 8, !tbaa !28
  %15 = icmp eq ptr %13, null
  br i1 %15, label %22, label %16

16:                                               ; preds = %9
  %17 = load ptr, ptr %13, align 8, !tbaa !6
  %18 = load ptr, ptr %17, align 8
  invoke void %18(ptr noundef nonnull align 8 dereferenceable(16) %13)
          to label %22 unwind label %19

19:                                               ; preds = %16
  %20 = landingpad { ptr, i32 }
          catch ptr null
  %21 = extractvalue { ptr, i32 } %20, 0
  call void @__clang_call_terminate(ptr %21) #28
  unreachable

22:                                               ; preds = %9, %16
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #25
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_future_errori(i32 noundef) local_unnamed_addr #10

declare void @__once_proxy() #8

; Function Attrs: noreturn
declare void @_ZSt20__throw_system_errori(i32 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #20

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMNSt13__future_base13_State_baseV2EFvPSt8functionIFSt10unique_ptrINS3_12_Result_baseENS7_8_DeleterEEvEEPbEJPS4_SC_SD_EEvRS_OT_DpOT0_EUlvE_EERSI_ENUlvE_8__invokeEv() #2 comdat {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !28
  %3 = load ptr, ptr %2, align 8, !tbaa !132
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !134
  %6 = getelementptr inbounds i8, ptr %2, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !135
  %8 = getelementptr inbounds i8, ptr %2, i64 24
  %9 = load ptr, ptr %8, align 8, !tbaa !136
  %10 = load ptr, ptr %5, align 8, !tbaa !28
  %11 = load i64, ptr %3, align 8, !tbaa !21
  %12 = getelementptr inbounds i8, ptr %3, i64 8
  %13 = load i64, ptr %12, align 8, !tbaa !21
  %14 = ashr i64 %13, 1
  %15 = getelementptr inbounds i8, ptr %10, i64 %14
  %16 = and i64 %13, 1
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %22, label %18

18:                                               ; preds = %0
  %19 = load ptr, ptr %15, align 8, !tbaa !6
  %20 = getelementptr i8, ptr %19, i64 %11, !nosanitize !124
  %21 = load ptr, ptr %20, align 8, !nosanitize !124
  br label %24

22:                                               ; preds = %0
  %23 = inttoptr i64 %11 to ptr
  br label %24

24:                                               ; preds = %18, %22
  %25 = phi ptr [ %21, %18 ], [ %23, %22 ]
  %26 = load ptr, ptr %7, align 8, !tbaa !28
  %27 = load ptr, ptr %9, align 8, !tbaa !28
  tail call void %25(ptr noundef nonnull align 8 dereferenceable(28) %15, ptr noundef %26, ptr noundef %27)
  ret void
}

declare i32 @pthread_once(ptr noundef, ptr noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() local_unnamed_addr #10

declare void @_ZNSt28__atomic_futex_unsigned_base19_M_futex_notify_allEPj(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt17_Function_handlerIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvENS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEE9_M_invokeERKSt9_Any_data"(ptr dead_on_unwind noalias nocapture writable writeonly sret(%"class.std::unique_ptr.37") align 8 %0, ptr nocapture noundef nonnull readonly align 8 dereferenceable(16) %1) #7 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %4 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !137)
  %5 = load ptr, ptr %1, align 8, !tbaa !140, !noalias !142
  %6 = load ptr, ptr %5, align 8, !tbaa !28, !noalias !142
  %7 = getelementptr inbounds i8, ptr %1, i64 8
  %8 = load ptr, ptr %7, align 8, !tbaa !147, !noalias !142
  %9 = load i32, ptr %8, align 4, !tbaa !148, !noalias !142
  %10 = icmp eq i32 %9, 2
  br i1 %10, label %11, label %17

11:                                               ; preds = %2
  %12 = tail call ptr @__cxa_allocate_exception(i64 16) #25, !noalias !142
  invoke void @_ZNSt11logic_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull @.str.10)
          to label %13 unwind label %15, !noalias !142

13:                                               ; preds = %11
  invoke void @__cxa_throw(ptr nonnull %12, ptr nonnull @_ZTISt11logic_error, ptr nonnull @_ZNSt11logic_errorD1Ev) #26
          to label %14 unwind label %23, !noalias !142

14:                                               ; preds = %13
  unreachable

15:                                               ; preds = %11
  %16 = landingpad { ptr, i32 }
          catch ptr @_ZTIN10__cxxabiv115__forced_unwindE
          catch ptr null
  tail call void @__cxa_free_exception(ptr %12) #25, !noalias !142
  br label %25

17:                                               ; preds = %2
  %18 = invoke noundef i64 @_Z4stepii(i32 noundef %9, i32 noundef 1)
          to label %19 unwind label %23, !noalias !142

19:                                               ; preds = %17
  %20 = add nsw i64 %18, 100
  %21 = getelementptr inbounds i8, ptr %6, i64 16
  store i64 %20, ptr %21, align 8, !tbaa !29, !noalias !142
  %22 = getelementptr inbounds i8, ptr %6, i64 24
  store i8 1, ptr %22, align 8, !tbaa !49, !noalias !142
  br label %53

23:                                               ; preds = %17, %13
  %24 = landingpad { ptr, i32 }
          catch ptr @_ZTIN10__cxxabiv115__forced_unwindE
          catch ptr null
  br label %25

25:                                               ; preds = %23, %15
  %26 = phi { ptr, i32 } [ %24, %23 ], [ %16, %15 ]
  %27 = extractvalue { ptr, i32 } %26, 0
  %28 = extractvalue { ptr, i32 } %26, 1
  %29 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIN10__cxxabiv115__forced_unwindE) #25
  %30 = icmp eq i32 %28, %29
  %31 = tail call ptr @__cxa_begin_catch(ptr %27) #25
  br i1 %30, label %32, label %33

32:                                               ; preds = %25
  invoke void @__cxa_rethrow() #26
          to label %52 unwind label %46, !noalias !142

33:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #25, !noalias !142
  call void @_ZSt17current_exceptionv(ptr dead_on_unwind nonnull writable sret(%"class.std::__exception_ptr::exception_ptr") align 8 %4) #25, !noalias !142
  %34 = load ptr, ptr %1, align 8, !tbaa !140, !noalias !142
  %35 = load ptr, ptr %34, align 8, !tbaa !28, !noalias !142
  %36 = getelementptr inbounds i8, ptr %35, i64 8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #25, !noalias !142
  %37 = load ptr, ptr %4, align 8, !tbaa !30, !noalias !142
  store ptr null, ptr %4, align 8, !tbaa !30, !noalias !142
  %38 = load ptr, ptr %36, align 8, !tbaa !30, !noalias !142
  store ptr %38, ptr %3, align 8, !tbaa !30, !noalias !142
  store ptr %37, ptr %36, align 8, !tbaa !30, !noalias !142
  %39 = icmp eq ptr %38, null
  br i1 %39, label %40, label %41

40:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #25, !noalias !142
  br label %45

41:                                               ; preds = %33
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #25, !noalias !142
  %42 = load ptr, ptr %4, align 8, !tbaa !30, !noalias !142
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #25, !noalias !142
  %43 = icmp eq ptr %42, null
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #25, !noalias !142
  br label %45

45:                                               ; preds = %44, %41, %40
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #25, !noalias !142
  call void @__cxa_end_catch(), !noalias !142
  br label %53

46:                                               ; preds = %32
  %47 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %48 unwind label %49, !noalias !142

48:                                               ; preds = %46
  resume { ptr, i32 } %47

49:                                               ; preds = %46
  %50 = landingpad { ptr, i32 }
          catch ptr null
  %51 = extractvalue { ptr, i32 } %50, 0
  tail call void @__clang_call_terminate(ptr %51) #28
  unreachable

52:                                               ; preds = %32
  unreachable

53:                                               ; preds = %19, %45
  %54 = load ptr, ptr %1, align 8, !tbaa !140, !noalias !142
  %55 = load i64, ptr %54, align 8, !tbaa !28, !noalias !142
  %56 = inttoptr i64 %55 to ptr
  store ptr null, ptr %54, align 8, !tbaa !28, !noalias !142
  store ptr %56, ptr %0, align 8, !tbaa !40, !alias.scope !137
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvENS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEE10_M_managerERSt9_Any_dataRKSI_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #21 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %4
    i32 1, label %5
    i32 2, label %6
  ]

4:                                                ; preds = %3
  store ptr @"_ZTINSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE", ptr %0, align 8, !tbaa !28
  br label %7

5:                                                ; preds = %3
  store ptr %1, ptr %0, align 8, !tbaa !28
  br label %7

6:                                                ; preds = %3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull readonly align 8 dereferenceable(16) %1, i64 16, i1 false), !tbaa.struct !150
  br label %7

7:                                                ; preds = %3, %6, %5, %4
  ret i1 false
}

declare void @_ZNSt11logic_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt11logic_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt12future_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #4

; Function Attrs: nounwind
declare ptr @__cxa_init_primary_exception(ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #4

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt15__exception_ptr12__dest_thunkISt12future_errorEEvPv(ptr noundef %0) #3 comdat {
  %2 = load ptr, ptr %0, align 8, !tbaa !6
  %3 = load ptr, ptr %2, align 8
  tail call void %3(ptr noundef nonnull align 8 dereferenceable(32) %0) #25
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt15__exception_ptr13exception_ptrC1EPv(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt11logic_errorC2ERKS_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #4

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt12future_errorC2ESt10error_code(ptr noundef nonnull align 8 dereferenceable(32) %0, [2 x i64] %1) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::__cxx11::basic_string", align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = extractvalue [2 x i64] %1, 0
  %6 = trunc i64 %5 to i32
  %7 = extractvalue [2 x i64] %1, 1
  %8 = inttoptr i64 %7 to ptr
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #25
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #25
  %9 = load ptr, ptr %8, align 8, !tbaa !6, !noalias !151
  %10 = getelementptr inbounds i8, ptr %9, i64 32
  %11 = load ptr, ptr %10, align 8, !noalias !151
  call void %11(ptr dead_on_unwind nonnull writable sret(%"class.std::__cxx11::basic_string") align 8 %4, ptr noundef nonnull align 8 dereferenceable(8) %8, i32 noundef %6)
  %12 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.11, i64 noundef 19)
          to label %13 unwind label %48

13:                                               ; preds = %2
  %14 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %14, ptr %3, align 8, !tbaa !22, !alias.scope !154
  %15 = load ptr, ptr %12, align 8, !tbaa !16
  %16 = getelementptr inbounds i8, ptr %12, i64 16
  %17 = icmp eq ptr %15, %16
  br i1 %17, label %18, label %24

18:                                               ; preds = %13
  %19 = getelementptr inbounds i8, ptr %12, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !23
  %21 = add i64 %20, 1
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %28, label %23

23:                                               ; preds = %18
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %14, ptr nonnull align 8 %16, i64 %21, i1 false)
  br label %28

24:                                               ; preds = %13
  store ptr %15, ptr %3, align 8, !tbaa !16, !alias.scope !154
  %25 = load i64, ptr %16, align 8, !tbaa !21
  store i64 %25, ptr %14, align 8, !tbaa !21, !alias.scope !154
  %26 = getelementptr inbounds i8, ptr %12, i64 8
  %27 = load i64, ptr %26, align 8, !tbaa !23
  br label %28

28:                                               ; preds = %24, %23, %18
  %29 = phi i64 [ -1, %18 ], [ %20, %23 ], [ %27, %24 ]
  %30 = getelementptr inbounds i8, ptr %12, i64 8
  %31 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %29, ptr %31, align 8, !tbaa !23, !alias.scope !154
  store ptr %16, ptr %12, align 8, !tbaa !16
  store i64 0, ptr %30, align 8, !tbaa !23
  store i8 0, ptr %16, align 8, !tbaa !21
  invoke void @_ZNSt11logic_errorC2ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %32 unwind label %50

32:                                               ; preds = %28
  %33 = load ptr, ptr %3, align 8, !tbaa !16
  %34 = icmp eq ptr %33, %14
  br i1 %34, label %38, label %35

35:                                               ; preds = %32
  %36 = load i64, ptr %14, align 8, !tbaa !21
  %37 = add i64 %36, 1
  call void @_ZdlPvm(ptr noundef %33, i64 noundef %37) #27
  br label %38

38:                                               ; preds = %32, %35
  %39 = load ptr, ptr %4, align 8, !tbaa !16
  %40 = getelementptr inbounds i8, ptr %4, i64 16
  %41 = icmp eq ptr %39, %40
  br i1 %41, label %45, label %42

42:                                               ; preds = %38
  %43 = load i64, ptr %40, align 8, !tbaa !21
  %44 = add i64 %43, 1
  call void @_ZdlPvm(ptr noundef %39, i64 noundef %44) #27
  br label %45

45:                                               ; preds = %38, %42
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #25
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTVSt12future_error, i64 16), ptr %0, align 8, !tbaa !6
  %46 = getelementptr inbounds i8, ptr %0, i64 16
  store i64 %5, ptr %46, align 8
  %47 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %8, ptr %47, align 8, !tbaa !28
  ret void

48:                                               ; preds = %2
  %49 = landingpad { ptr, i32 }
          cleanup
  br label %57

50:                                               ; preds = %28
  %51 = landingpad { ptr, i32 }
          cleanup
  %52 = load ptr, ptr %3, align 8, !tbaa !16
  %53 = icmp eq ptr %52, %14
  br i1 %53, label %57, label %54

54:                                               ; preds = %50
  %55 = load i64, ptr %14, align 8, !tbaa !21
  %56 = add i64 %55, 1
  call void @_ZdlPvm(ptr noundef %52, i64 noundef %56) #27
  br label %57

57:                                               ; preds = %54, %50, %48
  %58 = phi { ptr, i32 } [ %49, %48 ], [ %51, %50 ], [ %51, %54 ]
  %59 = load ptr, ptr %4, align 8, !tbaa !16
  %60 = getelementptr inbounds i8, ptr %4, i64 16
  %61 = icmp eq ptr %59, %60
  br i1 %61, label %65, label %62

62:                                               ; preds = %57
  %63 = load i64, ptr %60, align 8, !tbaa !21
  %64 = add i64 %63, 1
  call void @_ZdlPvm(ptr noundef %59, i64 noundef %64) #27
  br label %65

65:                                               ; preds = %57, %62
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #25
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #25
  resume { ptr, i32 } %58
}

; Function Attrs: nounwind
declare noundef nonnull align 8 dereferenceable(8) ptr @_ZSt15future_categoryv() local_unnamed_addr #4

declare void @_ZNSt11logic_errorC2ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #4

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #3 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) #25
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 32) #27
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJMNSt13__future_base17_Async_state_implINS1_IS2_IJZ4mainE3$_1EEEElEEFvvEPS8_EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(32) %0) unnamed_addr #7 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = load ptr, ptr %2, align 8, !tbaa !28
  %5 = load i64, ptr %3, align 8, !tbaa !21
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load i64, ptr %6, align 8, !tbaa !21
  %8 = ashr i64 %7, 1
  %9 = getelementptr inbounds i8, ptr %4, i64 %8
  %10 = and i64 %7, 1
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %16, label %12

12:                                               ; preds = %1
  %13 = load ptr, ptr %9, align 8, !tbaa !6
  %14 = getelementptr i8, ptr %13, i64 %5, !nosanitize !124
  %15 = load ptr, ptr %14, align 8, !nosanitize !124
  br label %18

16:                                               ; preds = %1
  %17 = inttoptr i64 %5 to ptr
  br label %18

18:                                               ; preds = %12, %16
  %19 = phi ptr [ %15, %12 ], [ %17, %16 ]
  tail call void %19(ptr noundef nonnull align 8 dereferenceable(64) %9)
  ret void
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIMSt6threadFvvEJPS3_EEvRS_OT_DpOT0_EUlvE_EERS8_ENUlvE_8__invokeEv() #2 comdat {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !28
  %3 = load ptr, ptr %2, align 8, !tbaa !157
  %4 = getelementptr inbounds i8, ptr %2, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !159
  %6 = load ptr, ptr %5, align 8, !tbaa !28
  %7 = load i64, ptr %3, align 8, !tbaa !21
  %8 = getelementptr inbounds i8, ptr %3, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !21
  %10 = ashr i64 %9, 1
  %11 = getelementptr inbounds i8, ptr %6, i64 %10
  %12 = and i64 %9, 1
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %0
  %15 = load ptr, ptr %11, align 8, !tbaa !6
  %16 = getelementptr i8, ptr %15, i64 %7, !nosanitize !124
  %17 = load ptr, ptr %16, align 8, !nosanitize !124
  br label %20

18:                                               ; preds = %0
  %19 = inttoptr i64 %7 to ptr
  br label %20

20:                                               ; preds = %14, %18
  %21 = phi ptr [ %17, %14 ], [ %19, %18 ]
  tail call void %21(ptr noundef nonnull align 8 dereferenceable(8) %11)
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #17

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt12__shared_ptrINSt13__future_base13_State_baseV2ELN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !57
  %4 = icmp eq ptr %3, null
  br i1 %4, label %28, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load atomic i64, ptr %6 acquire, align 8
  %8 = icmp eq i64 %7, 4294967297
  %9 = trunc i64 %7 to i32
  br i1 %8, label %10, label %17

10:                                               ; preds = %5
  store <2 x i32> zeroinitializer, ptr %6, align 8, !tbaa !27
  %11 = load ptr, ptr %3, align 8, !tbaa !6
  %12 = getelementptr inbounds i8, ptr %11, i64 16
  %13 = load ptr, ptr %12, align 8
  tail call void %13(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  %14 = load ptr, ptr %3, align 8, !tbaa !6
  %15 = getelementptr inbounds i8, ptr %14, i64 24
  %16 = load ptr, ptr %15, align 8
  tail call void %16(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  br label %28

17:                                               ; preds = %5
  %18 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %22, label %20

20:                                               ; preds = %17
  %21 = add nsw i32 %9, -1
  store i32 %21, ptr %6, align 4, !tbaa !27
  br label %24

22:                                               ; preds = %17
  %23 = atomicrmw volatile add ptr %6, i32 -1 acq_rel, align 4
  br label %24

24:                                               ; preds = %22, %20
  %25 = phi i32 [ %9, %20 ], [ %23, %22 ]
  %26 = icmp eq i32 %25, 1
  br i1 %26, label %27, label %28, !prof !61

27:                                               ; preds = %24
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #25
  br label %28

28:                                               ; preds = %1, %10, %24, %27
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt3_V216generic_categoryEv() local_unnamed_addr #22

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EED2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #13 comdat {
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6futureIlESaIS1_EE17_M_realloc_insertIJS1_EEEvN9__gnu_cxx17__normal_iteratorIPS1_S3_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(16) %2) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !64
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !28
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775792
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.9) #26
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 4
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 576460752303423487)
  %21 = select i1 %19, i64 576460752303423487, i64 %20
  %22 = sub i64 %1, %11
  %23 = ashr exact i64 %22, 4
  %24 = icmp eq i64 %21, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = shl nuw nsw i64 %21, 4
  %27 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %26) #29
  br label %28

28:                                               ; preds = %15, %25
  %29 = phi ptr [ %27, %25 ], [ null, %15 ]
  %30 = getelementptr inbounds %"class.std::future", ptr %29, i64 %23
  %31 = load <2 x ptr>, ptr %2, align 8, !tbaa !28
  store <2 x ptr> %31, ptr %30, align 8, !tbaa !28
  store <2 x ptr> zeroinitializer, ptr %2, align 8, !tbaa !28
  %32 = icmp eq ptr %8, %4
  br i1 %32, label %90, label %33

33:                                               ; preds = %28
  %34 = add i64 %1, -16
  %35 = sub i64 %34, %9
  %36 = lshr i64 %35, 4
  %37 = add nuw nsw i64 %36, 1
  %38 = icmp ult i64 %35, 144
  br i1 %38, label %80, label %39

39:                                               ; preds = %33
  %40 = add i64 %1, -16
  %41 = sub i64 %40, %9
  %42 = and i64 %41, -16
  %43 = or disjoint i64 %42, 8
  %44 = getelementptr i8, ptr %29, i64 %43
  %45 = getelementptr i8, ptr %8, i64 %43
  %46 = getelementptr i8, ptr %8, i64 8
  %47 = add i64 %42, 16
  %48 = getelementptr i8, ptr %8, i64 %47
  %49 = getelementptr i8, ptr %29, i64 8
  %50 = getelementptr i8, ptr %29, i64 %47
  %51 = icmp ult ptr %29, %45
  %52 = icmp ult ptr %8, %44
  %53 = and i1 %51, %52
  %54 = icmp ult ptr %46, %50
  %55 = icmp ult ptr %49, %48
  %56 = and i1 %54, %55
  %57 = or i1 %53, %56
  br i1 %57, label %80, label %58

58:                                               ; preds = %39
  %59 = and i64 %37, 2305843009213693948
  %60 = shl i64 %59, 4
  %61 = getelementptr i8, ptr %29, i64 %60
  %62 = shl i64 %59, 4
  %63 = getelementptr i8, ptr %8, i64 %62
  br label %64

64:                                               ; preds = %64, %58
  %65 = phi i64 [ 0, %58 ], [ %76, %64 ]
  %66 = shl i64 %65, 4
  %67 = or disjoint i64 %66, 32
  %68 = getelementptr i8, ptr %29, i64 %66
  %69 = getelementptr i8, ptr %29, i64 %67
  %70 = shl i64 %65, 4
  %71 = or disjoint i64 %70, 32
  %72 = getelementptr i8, ptr %8, i64 %70
  %73 = getelementptr i8, ptr %8, i64 %71
  tail call void @llvm.experimental.noalias.scope.decl(metadata !160)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !163)
  %74 = load <4 x ptr>, ptr %72, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  %75 = load <4 x ptr>, ptr %73, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  store <4 x ptr> %74, ptr %68, align 8, !tbaa !28, !alias.scope !160, !noalias !163
  store <4 x ptr> %75, ptr %69, align 8, !tbaa !28, !alias.scope !160, !noalias !163
  store <4 x ptr> zeroinitializer, ptr %72, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  store <4 x ptr> zeroinitializer, ptr %73, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  %76 = add nuw i64 %65, 4
  %77 = icmp eq i64 %76, %59
  br i1 %77, label %78, label %64, !llvm.loop !165

78:                                               ; preds = %64
  %79 = icmp eq i64 %37, %59
  br i1 %79, label %90, label %80

80:                                               ; preds = %78, %39, %33
  %81 = phi ptr [ %29, %39 ], [ %29, %33 ], [ %61, %78 ]
  %82 = phi ptr [ %8, %39 ], [ %8, %33 ], [ %63, %78 ]
  br label %83

83:                                               ; preds = %80, %83
  %84 = phi ptr [ %88, %83 ], [ %81, %80 ]
  %85 = phi ptr [ %87, %83 ], [ %82, %80 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !160)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !163)
  %86 = load <2 x ptr>, ptr %85, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  store <2 x ptr> %86, ptr %84, align 8, !tbaa !28, !alias.scope !160, !noalias !163
  store <2 x ptr> zeroinitializer, ptr %85, align 8, !tbaa !28, !alias.scope !163, !noalias !160
  %87 = getelementptr inbounds i8, ptr %85, i64 16
  %88 = getelementptr inbounds i8, ptr %84, i64 16
  %89 = icmp eq ptr %87, %4
  br i1 %89, label %90, label %83, !llvm.loop !166

90:                                               ; preds = %83, %78, %28
  %91 = phi ptr [ %29, %28 ], [ %61, %78 ], [ %88, %83 ]
  %92 = getelementptr i8, ptr %91, i64 16
  %93 = icmp eq ptr %6, %4
  br i1 %93, label %153, label %94

94:                                               ; preds = %90
  %95 = add i64 %7, -16
  %96 = sub i64 %95, %1
  %97 = lshr i64 %96, 4
  %98 = add nuw nsw i64 %97, 1
  %99 = icmp ult i64 %96, 176
  br i1 %99, label %143, label %100

100:                                              ; preds = %94
  %101 = add i64 %7, -16
  %102 = sub i64 %101, %1
  %103 = and i64 %102, -16
  %104 = add i64 %103, 24
  %105 = getelementptr i8, ptr %91, i64 %104
  %106 = or disjoint i64 %103, 8
  %107 = getelementptr i8, ptr %4, i64 %106
  %108 = getelementptr i8, ptr %4, i64 8
  %109 = getelementptr i8, ptr %4, i64 %103
  %110 = getelementptr i8, ptr %109, i64 16
  %111 = getelementptr i8, ptr %91, i64 24
  %112 = add i64 %103, 32
  %113 = getelementptr i8, ptr %91, i64 %112
  %114 = icmp ult ptr %92, %107
  %115 = icmp ugt ptr %105, %4
  %116 = and i1 %114, %115
  %117 = icmp ult ptr %108, %113
  %118 = icmp ult ptr %111, %110
  %119 = and i1 %117, %118
  %120 = or i1 %116, %119
  br i1 %120, label %143, label %121

121:                                              ; preds = %100
  %122 = and i64 %98, 2305843009213693948
  %123 = shl i64 %122, 4
  %124 = getelementptr i8, ptr %92, i64 %123
  %125 = shl i64 %122, 4
  %126 = getelementptr i8, ptr %4, i64 %125
  br label %127

127:                                              ; preds = %127, %121
  %128 = phi i64 [ 0, %121 ], [ %139, %127 ]
  %129 = shl i64 %128, 4
  %130 = or disjoint i64 %129, 32
  %131 = getelementptr i8, ptr %92, i64 %129
  %132 = getelementptr i8, ptr %92, i64 %130
  %133 = shl i64 %128, 4
  %134 = or disjoint i64 %133, 32
  %135 = getelementptr i8, ptr %4, i64 %133
  %136 = getelementptr i8, ptr %4, i64 %134
  tail call void @llvm.experimental.noalias.scope.decl(metadata !167)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !170)
  %137 = load <4 x ptr>, ptr %135, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  %138 = load <4 x ptr>, ptr %136, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  store <4 x ptr> %137, ptr %131, align 8, !tbaa !28, !alias.scope !167, !noalias !170
  store <4 x ptr> %138, ptr %132, align 8, !tbaa !28, !alias.scope !167, !noalias !170
  store <4 x ptr> zeroinitializer, ptr %135, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  store <4 x ptr> zeroinitializer, ptr %136, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  %139 = add nuw i64 %128, 4
  %140 = icmp eq i64 %139, %122
  br i1 %140, label %141, label %127, !llvm.loop !172

141:                                              ; preds = %127
  %142 = icmp eq i64 %98, %122
  br i1 %142, label %153, label %143

143:                                              ; preds = %141, %100, %94
  %144 = phi ptr [ %92, %100 ], [ %92, %94 ], [ %124, %141 ]
  %145 = phi ptr [ %4, %100 ], [ %4, %94 ], [ %126, %141 ]
  br label %146

146:                                              ; preds = %143, %146
  %147 = phi ptr [ %151, %146 ], [ %144, %143 ]
  %148 = phi ptr [ %150, %146 ], [ %145, %143 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !167)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !170)
  %149 = load <2 x ptr>, ptr %148, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  store <2 x ptr> %149, ptr %147, align 8, !tbaa !28, !alias.scope !167, !noalias !170
  store <2 x ptr> zeroinitializer, ptr %148, align 8, !tbaa !28, !alias.scope !170, !noalias !167
  %150 = getelementptr inbounds i8, ptr %148, i64 16
  %151 = getelementptr inbounds i8, ptr %147, i64 16
  %152 = icmp eq ptr %150, %6
  br i1 %152, label %153, label %146, !llvm.loop !173

153:                                              ; preds = %146, %141, %90
  %154 = phi ptr [ %92, %90 ], [ %124, %141 ], [ %151, %146 ]
  %155 = getelementptr inbounds i8, ptr %0, i64 16
  %156 = icmp eq ptr %8, null
  br i1 %156, label %161, label %157

157:                                              ; preds = %153
  %158 = load ptr, ptr %155, align 8, !tbaa !62
  %159 = ptrtoint ptr %158 to i64
  %160 = sub i64 %159, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %160) #27
  br label %161

161:                                              ; preds = %153, %157
  store ptr %29, ptr %0, align 8, !tbaa !66
  store ptr %154, ptr %5, align 8, !tbaa !64
  %162 = getelementptr inbounds %"class.std::future", ptr %29, i64 %21
  store ptr %162, ptr %155, align 8, !tbaa !62
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 8 dereferenceable(25) ptr @_ZNKSt14__basic_futureIlE13_M_get_resultEv(ptr noundef nonnull align 8 dereferenceable(16) %0) local_unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::__exception_ptr::exception_ptr", align 8
  %3 = load ptr, ptr %0, align 8, !tbaa !59
  %4 = icmp eq ptr %3, null
  br i1 %4, label %5, label %6

5:                                                ; preds = %1
  tail call void @_ZSt20__throw_future_errori(i32 noundef 3) #26
  unreachable

6:                                                ; preds = %1
  %7 = load ptr, ptr %3, align 8, !tbaa !6
  %8 = getelementptr inbounds i8, ptr %7, i64 16
  %9 = load ptr, ptr %8, align 8
  tail call void %9(ptr noundef nonnull align 8 dereferenceable(28) %3)
  %10 = getelementptr inbounds i8, ptr %3, i64 16
  %11 = load atomic i32, ptr %10 acquire, align 4
  %12 = and i32 %11, 2147483647
  %13 = icmp eq i32 %12, 1
  br i1 %13, label %23, label %14

14:                                               ; preds = %6, %14
  %15 = phi i32 [ %20, %14 ], [ %12, %6 ]
  %16 = atomicrmw or ptr %10, i32 -2147483648 monotonic, align 4
  %17 = or disjoint i32 %15, -2147483648
  %18 = tail call noundef i1 @_ZNSt28__atomic_futex_unsigned_base19_M_futex_wait_untilEPjjbNSt6chrono8durationIlSt5ratioILl1ELl1EEEENS2_IlS3_ILl1ELl1000000000EEEE(ptr noundef nonnull align 1 dereferenceable(1) %10, ptr noundef nonnull %10, i32 noundef %17, i1 noundef false, i64 0, i64 0)
  %19 = load atomic i32, ptr %10 acquire, align 4
  %20 = and i32 %19, 2147483647
  %21 = icmp ne i32 %20, 1
  %22 = and i1 %18, %21
  br i1 %22, label %14, label %23

23:                                               ; preds = %14, %6
  %24 = getelementptr inbounds i8, ptr %3, i64 8
  %25 = load ptr, ptr %24, align 8, !tbaa !28
  %26 = getelementptr inbounds i8, ptr %25, i64 8
  %27 = load ptr, ptr %26, align 8, !tbaa !30
  %28 = icmp eq ptr %27, null
  br i1 %28, label %37, label %29

29:                                               ; preds = %23
  store ptr %27, ptr %2, align 8, !tbaa !30
  call void @_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #25
  invoke void @_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE(ptr noundef nonnull %2) #26
          to label %30 unwind label %31

30:                                               ; preds = %29
  unreachable

31:                                               ; preds = %29
  %32 = landingpad { ptr, i32 }
          cleanup
  %33 = load ptr, ptr %2, align 8, !tbaa !30
  %34 = icmp eq ptr %33, null
  br i1 %34, label %36, label %35

35:                                               ; preds = %31
  call void @_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #25
  br label %36

36:                                               ; preds = %31, %35
  resume { ptr, i32 } %32

37:                                               ; preds = %23
  ret ptr %25
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt14__basic_futureIlE6_ResetD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #13 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !174
  %3 = getelementptr inbounds i8, ptr %2, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !57
  store <2 x ptr> zeroinitializer, ptr %2, align 8, !tbaa !28
  %5 = icmp eq ptr %4, null
  br i1 %5, label %29, label %6

6:                                                ; preds = %1
  %7 = getelementptr inbounds i8, ptr %4, i64 8
  %8 = load atomic i64, ptr %7 acquire, align 8
  %9 = icmp eq i64 %8, 4294967297
  %10 = trunc i64 %8 to i32
  br i1 %9, label %11, label %18

11:                                               ; preds = %6
  store <2 x i32> zeroinitializer, ptr %7, align 8, !tbaa !27
  %12 = load ptr, ptr %4, align 8, !tbaa !6
  %13 = getelementptr inbounds i8, ptr %12, i64 16
  %14 = load ptr, ptr %13, align 8
  tail call void %14(ptr noundef nonnull align 8 dereferenceable(16) %4) #25
  %15 = load ptr, ptr %4, align 8, !tbaa !6
  %16 = getelementptr inbounds i8, ptr %15, i64 24
  %17 = load ptr, ptr %16, align 8
  tail call void %17(ptr noundef nonnull align 8 dereferenceable(16) %4) #25
  br label %29

18:                                               ; preds = %6
  %19 = load i8, ptr @__libc_single_threaded, align 1, !tbaa !21
  %20 = icmp eq i8 %19, 0
  br i1 %20, label %23, label %21

21:                                               ; preds = %18
  %22 = add nsw i32 %10, -1
  store i32 %22, ptr %7, align 4, !tbaa !27
  br label %25

23:                                               ; preds = %18
  %24 = atomicrmw volatile add ptr %7, i32 -1 acq_rel, align 4
  br label %25

25:                                               ; preds = %23, %21
  %26 = phi i32 [ %10, %21 ], [ %24, %23 ]
  %27 = icmp eq i32 %26, 1
  br i1 %27, label %28, label %29, !prof !61

28:                                               ; preds = %25
  tail call void @_ZNSt16_Sp_counted_baseILN9__gnu_cxx12_Lock_policyE2EE24_M_release_last_use_coldEv(ptr noundef nonnull align 8 dereferenceable(16) %4) #25
  br label %29

29:                                               ; preds = %1, %11, %25, %28
  ret void
}

declare noundef i1 @_ZNSt28__atomic_futex_unsigned_base19_M_futex_wait_untilEPjjbNSt6chrono8durationIlSt5ratioILl1ELl1EEEENS2_IlS3_ILl1ELl1000000000EEEE(ptr noundef nonnull align 1 dereferenceable(1), ptr noundef, i32 noundef, i1 noundef, i64, i64) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #23

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #23

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #23

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #24

attributes #0 = { mustprogress noinline uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nofree nosync nounwind memory(none) }
attributes #12 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { mustprogress noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #17 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #20 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #21 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #22 = { mustprogress nofree nosync nounwind willreturn memory(none) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #23 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #24 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #25 = { nounwind }
attributes #26 = { noreturn }
attributes #27 = { builtin nounwind }
attributes #28 = { noreturn nounwind }
attributes #29 = { builtin allocsize(0) }
attributes #30 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"vtable pointer", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !15, i64 16}
!10 = !{!"_ZTS11WorkerError", !11, i64 0, !15, i64 16}
!11 = !{!"_ZTSSt13runtime_error", !12, i64 0, !13, i64 8}
!12 = !{!"_ZTSSt9exception"}
!13 = !{!"_ZTSSt12__cow_string", !14, i64 0}
!14 = !{!"omnipotent char", !8, i64 0}
!15 = !{!"int", !14, i64 0}
!16 = !{!17, !19, i64 0}
!17 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !18, i64 0, !20, i64 8, !14, i64 16}
!18 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !19, i64 0}
!19 = !{!"any pointer", !14, i64 0}
!20 = !{!"long", !14, i64 0}
!21 = !{!14, !14, i64 0}
!22 = !{!18, !19, i64 0}
!23 = !{!17, !20, i64 8}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = !{!15, !15, i64 0}
!28 = !{!19, !19, i64 0}
!29 = !{!20, !20, i64 0}
!30 = !{!31, !19, i64 0}
!31 = !{!"_ZTSNSt15__exception_ptr13exception_ptrE", !19, i64 0}
!32 = !{!33, !20, i64 0}
!33 = !{!"_ZTSNSt6thread2idE", !20, i64 0}
!34 = !{!35}
!35 = distinct !{!35, !36, !"_ZSt5asyncIZ4mainE3$_1JEESt6futureINSt15__invoke_resultINSt5decayIT_E4typeEJDpNS3_IT0_E4typeEEE4typeEESt6launchOS4_DpOS7_: argument 0"}
!36 = distinct !{!36, !"_ZSt5asyncIZ4mainE3$_1JEESt6futureINSt15__invoke_resultINSt5decayIT_E4typeEJDpNS3_IT0_E4typeEEE4typeEESt6launchOS4_DpOS7_"}
!37 = !{!38, !35}
!38 = distinct !{!38, !39, !"_ZSt11make_sharedINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJS5_EESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueESB_E4typeEEDpOT0_: argument 0"}
!39 = distinct !{!39, !"_ZSt11make_sharedINSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJS5_EESt10shared_ptrINSt9enable_ifIXntsr8is_arrayIT_EE5valueESB_E4typeEEDpOT0_"}
!40 = !{!41, !19, i64 0}
!41 = !{!"_ZTSSt10_Head_baseILm0EPNSt13__future_base12_Result_baseELb0EE", !19, i64 0}
!42 = !{!43, !15, i64 0}
!43 = !{!"_ZTSSt13__atomic_baseIjE", !15, i64 0}
!44 = !{!45, !46, i64 0}
!45 = !{!"_ZTSSt18__atomic_flag_base", !46, i64 0}
!46 = !{!"bool", !14, i64 0}
!47 = !{!48, !15, i64 0}
!48 = !{!"_ZTSSt9once_flag", !15, i64 0}
!49 = !{!50, !46, i64 24}
!50 = !{!"_ZTSNSt13__future_base7_ResultIlEE", !51, i64 0, !52, i64 16, !46, i64 24}
!51 = !{!"_ZTSNSt13__future_base12_Result_baseE", !31, i64 8}
!52 = !{!"_ZTSN9__gnu_cxx16__aligned_bufferIlEE", !14, i64 0}
!53 = !{!54, !19, i64 0}
!54 = !{!"_ZTSSt10_Head_baseILm1EPNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEELb0EE", !19, i64 0}
!55 = !{!56, !14, i64 0}
!56 = !{!"_ZTSSt10_Head_baseILm0EMNSt13__future_base17_Async_state_implINSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEFvvELb0EE", !14, i64 0}
!57 = !{!58, !19, i64 0}
!58 = !{!"_ZTSSt14__shared_countILN9__gnu_cxx12_Lock_policyE2EE", !19, i64 0}
!59 = !{!60, !19, i64 0}
!60 = !{!"_ZTSSt12__shared_ptrINSt13__future_base13_State_baseV2ELN9__gnu_cxx12_Lock_policyE2EE", !19, i64 0, !58, i64 8}
!61 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!62 = !{!63, !19, i64 16}
!63 = !{!"_ZTSNSt12_Vector_baseISt6futureIlESaIS1_EE17_Vector_impl_dataE", !19, i64 0, !19, i64 8, !19, i64 16}
!64 = !{!63, !19, i64 8}
!65 = distinct !{!65, !25}
!66 = !{!63, !19, i64 0}
!67 = distinct !{!67, !25}
!68 = !{!69, !19, i64 0}
!69 = !{!"_ZTSNSt12_Vector_baseISt6threadSaIS0_EE17_Vector_impl_dataE", !19, i64 0, !19, i64 8, !19, i64 16}
!70 = !{!69, !19, i64 8}
!71 = distinct !{!71, !25}
!72 = !{!69, !19, i64 16}
!73 = !{!74, !19, i64 0}
!74 = !{!"_ZTSSt10_Head_baseILm3EPiLb0EE", !19, i64 0}
!75 = !{!76, !19, i64 0}
!76 = !{!"_ZTSSt10_Head_baseILm2EPlLb0EE", !19, i64 0}
!77 = !{!78, !15, i64 0}
!78 = !{!"_ZTSSt10_Head_baseILm1EiLb0EE", !15, i64 0}
!79 = !{!80, !19, i64 0}
!80 = !{!"_ZTSSt10_Head_baseILm0EPFviPlPiELb0EE", !19, i64 0}
!81 = distinct !{!81, !25}
!82 = !{!83}
!83 = distinct !{!83, !84, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!84 = distinct !{!84, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!85 = !{!86}
!86 = distinct !{!86, !84, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!87 = !{!86, !88}
!88 = distinct !{!88, !89}
!89 = distinct !{!89, !"LVerDomain"}
!90 = !{!83, !91}
!91 = distinct !{!91, !89}
!92 = distinct !{!92, !25, !93, !94}
!93 = !{!"llvm.loop.isvectorized", i32 1}
!94 = !{!"llvm.loop.unroll.runtime.disable"}
!95 = distinct !{!95, !25, !93}
!96 = !{!97}
!97 = distinct !{!97, !98, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!98 = distinct !{!98, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!99 = !{!100}
!100 = distinct !{!100, !98, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!101 = !{!100, !102}
!102 = distinct !{!102, !103}
!103 = distinct !{!103, !"LVerDomain"}
!104 = !{!97, !105}
!105 = distinct !{!105, !103}
!106 = distinct !{!106, !25, !93, !94}
!107 = distinct !{!107, !25, !93}
!108 = !{!109, !19, i64 0}
!109 = !{!"_ZTSZ4mainE3$_0", !19, i64 0}
!110 = !{!111, !19, i64 8}
!111 = !{!"_ZTSSt10error_code", !15, i64 0, !19, i64 8}
!112 = !{!111, !15, i64 0}
!113 = !{!114, !19, i64 8}
!114 = !{!"_ZTSSt15error_condition", !15, i64 0, !19, i64 8}
!115 = !{!114, !15, i64 0}
!116 = !{!117, !19, i64 8}
!117 = !{!"_ZTSSt9type_info", !19, i64 8}
!118 = !{!119, !19, i64 24}
!119 = !{!"_ZTSSt8functionIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvEE", !120, i64 0, !19, i64 24}
!120 = !{!"_ZTSSt14_Function_base", !14, i64 0, !19, i64 16}
!121 = !{!120, !19, i64 16}
!122 = !{!46, !46, i64 0}
!123 = !{i8 0, i8 2}
!124 = !{}
!125 = !{!126}
!126 = distinct !{!126, !127, !"_ZSt18make_exception_ptrISt12future_errorENSt15__exception_ptr13exception_ptrET_: argument 0"}
!127 = distinct !{!127, !"_ZSt18make_exception_ptrISt12future_errorENSt15__exception_ptr13exception_ptrET_"}
!128 = !{i64 0, i64 4, !27, i64 8, i64 8, !28}
!129 = !{!130}
!130 = distinct !{!130, !131, !"_ZNKSt8functionIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvEEclEv: argument 0"}
!131 = distinct !{!131, !"_ZNKSt8functionIFSt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEEvEEclEv"}
!132 = !{!133, !19, i64 0}
!133 = !{!"_ZTSZSt9call_onceIMNSt13__future_base13_State_baseV2EFvPSt8functionIFSt10unique_ptrINS0_12_Result_baseENS4_8_DeleterEEvEEPbEJPS1_S9_SA_EEvRSt9once_flagOT_DpOT0_EUlvE_", !19, i64 0, !19, i64 8, !19, i64 16, !19, i64 24}
!134 = !{!133, !19, i64 8}
!135 = !{!133, !19, i64 16}
!136 = !{!133, !19, i64 24}
!137 = !{!138}
!138 = distinct !{!138, !139, !"_ZSt10__invoke_rISt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEERNS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJEENSt9enable_ifIX16is_invocable_r_vIT_T0_DpT1_EESI_E4typeEOSJ_DpOSK_: argument 0"}
!139 = distinct !{!139, !"_ZSt10__invoke_rISt10unique_ptrINSt13__future_base12_Result_baseENS2_8_DeleterEERNS1_12_Task_setterIS0_INS1_7_ResultIlEES3_ENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJEENSt9enable_ifIX16is_invocable_r_vIT_T0_DpT1_EESI_E4typeEOSJ_DpOSK_"}
!140 = !{!141, !19, i64 0}
!141 = !{!"_ZTSNSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEE", !19, i64 0, !19, i64 8}
!142 = !{!143, !145, !138}
!143 = distinct !{!143, !144, !"_ZNKSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEclEv: argument 0"}
!144 = distinct !{!144, !"_ZNKSt13__future_base12_Task_setterISt10unique_ptrINS_7_ResultIlEENS_12_Result_base8_DeleterEENSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEclEv"}
!145 = distinct !{!145, !146, !"_ZSt13__invoke_implISt10unique_ptrINSt13__future_base7_ResultIlEENS1_12_Result_base8_DeleterEERNS1_12_Task_setterIS6_NSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJEET_St14__invoke_otherOT0_DpOT1_: argument 0"}
!146 = distinct !{!146, !"_ZSt13__invoke_implISt10unique_ptrINSt13__future_base7_ResultIlEENS1_12_Result_base8_DeleterEERNS1_12_Task_setterIS6_NSt6thread8_InvokerISt5tupleIJZ4mainE3$_1EEEElEEJEET_St14__invoke_otherOT0_DpOT1_"}
!147 = !{!141, !19, i64 8}
!148 = !{!149, !15, i64 0}
!149 = !{!"_ZTSZ4mainE3$_1", !15, i64 0}
!150 = !{i64 0, i64 8, !28, i64 8, i64 8, !28}
!151 = !{!152}
!152 = distinct !{!152, !153, !"_ZNKSt10error_code7messageB5cxx11Ev: argument 0"}
!153 = distinct !{!153, !"_ZNKSt10error_code7messageB5cxx11Ev"}
!154 = !{!155}
!155 = distinct !{!155, !156, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!156 = distinct !{!156, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!157 = !{!158, !19, i64 0}
!158 = !{!"_ZTSZSt9call_onceIMSt6threadFvvEJPS0_EEvRSt9once_flagOT_DpOT0_EUlvE_", !19, i64 0, !19, i64 8}
!159 = !{!158, !19, i64 8}
!160 = !{!161}
!161 = distinct !{!161, !162, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_: argument 0"}
!162 = distinct !{!162, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_"}
!163 = !{!164}
!164 = distinct !{!164, !162, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_: argument 1"}
!165 = distinct !{!165, !25, !93, !94}
!166 = distinct !{!166, !25, !93}
!167 = !{!168}
!168 = distinct !{!168, !169, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_: argument 0"}
!169 = distinct !{!169, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_"}
!170 = !{!171}
!171 = distinct !{!171, !169, !"_ZSt19__relocate_object_aISt6futureIlES1_SaIS1_EEvPT_PT0_RT1_: argument 1"}
!172 = distinct !{!172, !25, !93, !94}
!173 = distinct !{!173, !25, !93}
!174 = !{!175, !19, i64 0}
!175 = !{!"_ZTSNSt14__basic_futureIlE6_ResetE", !19, i64 0}
