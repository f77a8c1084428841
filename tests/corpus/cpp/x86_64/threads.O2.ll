; ModuleID = 'threads.cpp'
source_filename = "threads.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.12" }
%"struct.std::_Head_base.12" = type { ptr }
%"class.std::mutex" = type { %"class.std::__mutex_base" }
%"class.std::__mutex_base" = type { %union.pthread_mutex_t }
%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%"struct.std::atomic" = type { %"struct.std::__atomic_base" }
%"struct.std::__atomic_base" = type { i64 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::queue" = type { %"class.std::deque" }
%"class.std::deque" = type { %"class.std::_Deque_base" }
%"class.std::_Deque_base" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" = type { ptr, i64, %"struct.std::_Deque_iterator", %"struct.std::_Deque_iterator" }
%"struct.std::_Deque_iterator" = type { ptr, ptr, ptr, ptr }
%"class.std::condition_variable" = type { %"class.std::__condvar" }
%"class.std::__condvar" = type { %union.pthread_cond_t }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }
%"class.std::thread" = type { %"class.std::thread::id" }
%"class.std::thread::id" = type { i64 }
%"struct.std::once_flag" = type { i32 }
%"struct.std::atomic.5" = type { %"struct.std::__atomic_base.6" }
%"struct.std::__atomic_base.6" = type { i32 }
%"class.std::unique_lock" = type <{ ptr, i8, [7 x i8] }>
%class.anon.33 = type { ptr }
%class.anon.32 = type { ptr }

$_ZNSt6vectorISt6threadSaIS0_EED2Ev = comdat any

$_ZNSt5queueIiSt5dequeIiSaIiEEED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm = comdat any

$_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_ = comdat any

$_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_ = comdat any

$_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb = comdat any

@.str = private unnamed_addr constant [25 x i8] c"counter %ld, atomic %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"consumed %d items summing to %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [54 x i8] c"call_once ran %d time(s); hardware threads known: %d\0A\00", align 1
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"] }, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE\00", align 1
@_ZTINSt6thread6_StateE = external constant ptr
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@.str.3 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE\00", align 1
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE\00", align 1
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@.str.4 = private unnamed_addr constant [48 x i8] c"cannot create std::deque larger than max_size()\00", align 1
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE\00", align 1
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@_ZSt15__once_callable = external thread_local local_unnamed_addr global ptr, align 8
@_ZSt11__once_call = external thread_local local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::unique_ptr", align 8
  %2 = alloca %"class.std::unique_ptr", align 8
  %3 = alloca %"class.std::unique_ptr", align 8
  %4 = alloca %"class.std::unique_ptr", align 8
  %5 = alloca %"class.std::unique_ptr", align 8
  %6 = alloca %"class.std::unique_ptr", align 8
  %7 = alloca %"class.std::mutex", align 8
  %8 = alloca i64, align 8
  %9 = alloca %"struct.std::atomic", align 8
  %10 = alloca %"class.std::vector", align 8
  %11 = alloca %"class.std::queue", align 8
  %12 = alloca %"class.std::condition_variable", align 8
  %13 = alloca i8, align 1
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca %"class.std::thread", align 8
  %17 = alloca %"class.std::thread", align 8
  %18 = alloca %"struct.std::once_flag", align 4
  %19 = alloca %"struct.std::atomic.5", align 4
  %20 = alloca %"class.std::vector", align 8
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %7) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %7, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #19
  store i64 0, ptr %8, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #19
  store i64 0, ptr %9, align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false)
  %21 = getelementptr inbounds i8, ptr %10, i64 8
  %22 = getelementptr inbounds i8, ptr %10, i64 16
  br label %26

23:                                               ; preds = %173
  %24 = load ptr, ptr %10, align 8, !tbaa !9
  %25 = icmp eq ptr %24, %174
  br i1 %25, label %181, label %185

26:                                               ; preds = %0, %173
  %27 = phi ptr [ null, %0 ], [ %174, %173 ]
  %28 = phi i32 [ 0, %0 ], [ %175, %173 ]
  %29 = ptrtoint ptr %27 to i64
  %30 = load ptr, ptr %22, align 8, !tbaa !11
  %31 = icmp eq ptr %27, %30
  br i1 %31, label %57, label %32

32:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6)
  store i64 0, ptr %27, align 8, !tbaa !13
  %33 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %34 unwind label %177

34:                                               ; preds = %32
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %33, align 8, !tbaa !15
  %35 = getelementptr inbounds i8, ptr %33, i64 8
  store i32 %28, ptr %35, align 8, !tbaa !17
  %36 = getelementptr inbounds i8, ptr %33, i64 16
  store ptr %7, ptr %36, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %33, i64 24
  store ptr %8, ptr %37, align 8, !tbaa !9
  %38 = getelementptr inbounds i8, ptr %33, i64 32
  store ptr %9, ptr %38, align 8, !tbaa !9
  store ptr %33, ptr %6, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %27, ptr noundef nonnull %6, ptr noundef null)
          to label %39 unwind label %46

39:                                               ; preds = %34
  %40 = load ptr, ptr %6, align 8, !tbaa !9
  %41 = icmp eq ptr %40, null
  br i1 %41, label %54, label %42

42:                                               ; preds = %39
  %43 = load ptr, ptr %40, align 8, !tbaa !15
  %44 = getelementptr inbounds i8, ptr %43, i64 8
  %45 = load ptr, ptr %44, align 8
  call void %45(ptr noundef nonnull align 8 dereferenceable(8) %40) #19
  br label %54

46:                                               ; preds = %34
  %47 = landingpad { ptr, i32 }
          cleanup
  %48 = load ptr, ptr %6, align 8, !tbaa !9
  %49 = icmp eq ptr %48, null
  br i1 %49, label %505, label %50

50:                                               ; preds = %46
  %51 = load ptr, ptr %48, align 8, !tbaa !15
  %52 = getelementptr inbounds i8, ptr %51, i64 8
  %53 = load ptr, ptr %52, align 8
  call void %53(ptr noundef nonnull align 8 dereferenceable(8) %48) #19
  br label %505

54:                                               ; preds = %42, %39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6)
  %55 = load ptr, ptr %21, align 8, !tbaa !19
  %56 = getelementptr inbounds i8, ptr %55, i64 8
  store ptr %56, ptr %21, align 8, !tbaa !19
  br label %173

57:                                               ; preds = %26
  %58 = load ptr, ptr %10, align 8, !tbaa !9
  %59 = ptrtoint ptr %58 to i64
  %60 = ptrtoint ptr %27 to i64
  %61 = ptrtoint ptr %58 to i64
  %62 = sub i64 %60, %61
  %63 = icmp eq i64 %62, 9223372036854775800
  br i1 %63, label %64, label %66

64:                                               ; preds = %57
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #21
          to label %65 unwind label %179

65:                                               ; preds = %64
  unreachable

66:                                               ; preds = %57
  %67 = ashr exact i64 %62, 3
  %68 = call i64 @llvm.umax.i64(i64 %67, i64 1)
  %69 = add nsw i64 %68, %67
  %70 = icmp ult i64 %69, %67
  %71 = call i64 @llvm.umin.i64(i64 %69, i64 1152921504606846975)
  %72 = select i1 %70, i64 1152921504606846975, i64 %71
  %73 = icmp eq i64 %72, 0
  br i1 %73, label %77, label %74

74:                                               ; preds = %66
  %75 = shl nuw nsw i64 %72, 3
  %76 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %75) #20
          to label %77 unwind label %177

77:                                               ; preds = %74, %66
  %78 = phi ptr [ null, %66 ], [ %76, %74 ]
  %79 = getelementptr inbounds %"class.std::thread", ptr %78, i64 %67
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5)
  store i64 0, ptr %79, align 8, !tbaa !13
  %80 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %81 unwind label %158

81:                                               ; preds = %77
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %80, align 8, !tbaa !15
  %82 = getelementptr inbounds i8, ptr %80, i64 8
  store i32 %28, ptr %82, align 8, !tbaa !17
  %83 = getelementptr inbounds i8, ptr %80, i64 16
  store ptr %7, ptr %83, align 8, !tbaa !9
  %84 = getelementptr inbounds i8, ptr %80, i64 24
  store ptr %8, ptr %84, align 8, !tbaa !9
  %85 = getelementptr inbounds i8, ptr %80, i64 32
  store ptr %9, ptr %85, align 8, !tbaa !9
  store ptr %80, ptr %5, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %79, ptr noundef nonnull %5, ptr noundef null)
          to label %86 unwind label %93

86:                                               ; preds = %81
  %87 = load ptr, ptr %5, align 8, !tbaa !9
  %88 = icmp eq ptr %87, null
  br i1 %88, label %101, label %89

89:                                               ; preds = %86
  %90 = load ptr, ptr %87, align 8, !tbaa !15
  %91 = getelementptr inbounds i8, ptr %90, i64 8
  %92 = load ptr, ptr %91, align 8
  call void %92(ptr noundef nonnull align 8 dereferenceable(8) %87) #19
  br label %101

93:                                               ; preds = %81
  %94 = landingpad { ptr, i32 }
          catch ptr null
  %95 = load ptr, ptr %5, align 8, !tbaa !9
  %96 = icmp eq ptr %95, null
  br i1 %96, label %162, label %97

97:                                               ; preds = %93
  %98 = load ptr, ptr %95, align 8, !tbaa !15
  %99 = getelementptr inbounds i8, ptr %98, i64 8
  %100 = load ptr, ptr %99, align 8
  call void %100(ptr noundef nonnull align 8 dereferenceable(8) %95) #19
  br label %162

101:                                              ; preds = %89, %86
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5)
  %102 = icmp eq ptr %58, %27
  br i1 %102, label %150, label %103

103:                                              ; preds = %101
  %104 = add i64 %29, -8
  %105 = sub i64 %104, %59
  %106 = lshr i64 %105, 3
  %107 = add nuw nsw i64 %106, 1
  %108 = icmp ult i64 %105, 56
  br i1 %108, label %140, label %109

109:                                              ; preds = %103
  %110 = getelementptr i8, ptr %78, i64 8
  %111 = add i64 %29, -8
  %112 = sub i64 %111, %59
  %113 = and i64 %112, -8
  %114 = getelementptr i8, ptr %110, i64 %113
  %115 = getelementptr i8, ptr %58, i64 8
  %116 = getelementptr i8, ptr %115, i64 %113
  %117 = icmp ult ptr %78, %116
  %118 = icmp ult ptr %58, %114
  %119 = and i1 %117, %118
  br i1 %119, label %140, label %120

120:                                              ; preds = %109
  %121 = and i64 %107, 4611686018427387900
  %122 = shl i64 %121, 3
  %123 = getelementptr i8, ptr %78, i64 %122
  %124 = shl i64 %121, 3
  %125 = getelementptr i8, ptr %58, i64 %124
  br label %126

126:                                              ; preds = %126, %120
  %127 = phi i64 [ 0, %120 ], [ %136, %126 ]
  %128 = shl i64 %127, 3
  %129 = getelementptr i8, ptr %78, i64 %128
  %130 = shl i64 %127, 3
  %131 = getelementptr i8, ptr %58, i64 %130
  call void @llvm.experimental.noalias.scope.decl(metadata !20)
  call void @llvm.experimental.noalias.scope.decl(metadata !23)
  %132 = getelementptr i8, ptr %131, i64 16
  %133 = load <2 x i64>, ptr %131, align 8, !tbaa !5, !alias.scope !25, !noalias !20
  %134 = load <2 x i64>, ptr %132, align 8, !tbaa !5, !alias.scope !25, !noalias !20
  %135 = getelementptr i8, ptr %129, i64 16
  store <2 x i64> %133, ptr %129, align 8, !tbaa !5, !alias.scope !28, !noalias !25
  store <2 x i64> %134, ptr %135, align 8, !tbaa !5, !alias.scope !28, !noalias !25
  store <2 x i64> zeroinitializer, ptr %131, align 8, !tbaa !5, !alias.scope !25, !noalias !20
  store <2 x i64> zeroinitializer, ptr %132, align 8, !tbaa !5, !alias.scope !25, !noalias !20
  %136 = add nuw i64 %127, 4
  %137 = icmp eq i64 %136, %121
  br i1 %137, label %138, label %126, !llvm.loop !30

138:                                              ; preds = %126
  %139 = icmp eq i64 %107, %121
  br i1 %139, label %150, label %140

140:                                              ; preds = %138, %109, %103
  %141 = phi ptr [ %78, %109 ], [ %78, %103 ], [ %123, %138 ]
  %142 = phi ptr [ %58, %109 ], [ %58, %103 ], [ %125, %138 ]
  br label %143

143:                                              ; preds = %140, %143
  %144 = phi ptr [ %148, %143 ], [ %141, %140 ]
  %145 = phi ptr [ %147, %143 ], [ %142, %140 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !20)
  call void @llvm.experimental.noalias.scope.decl(metadata !23)
  %146 = load i64, ptr %145, align 8, !tbaa !5, !alias.scope !23, !noalias !20
  store i64 %146, ptr %144, align 8, !tbaa !5, !alias.scope !20, !noalias !23
  store i64 0, ptr %145, align 8, !tbaa !5, !alias.scope !23, !noalias !20
  %147 = getelementptr inbounds i8, ptr %145, i64 8
  %148 = getelementptr inbounds i8, ptr %144, i64 8
  %149 = icmp eq ptr %147, %27
  br i1 %149, label %150, label %143, !llvm.loop !34

150:                                              ; preds = %143, %138, %101
  %151 = phi ptr [ %78, %101 ], [ %123, %138 ], [ %148, %143 ]
  %152 = getelementptr i8, ptr %151, i64 8
  %153 = icmp eq ptr %58, null
  br i1 %153, label %171, label %154

154:                                              ; preds = %150
  %155 = load ptr, ptr %22, align 8, !tbaa !11
  %156 = ptrtoint ptr %155 to i64
  %157 = sub i64 %156, %61
  call void @_ZdlPvm(ptr noundef nonnull %58, i64 noundef %157) #22
  br label %171

158:                                              ; preds = %77
  %159 = landingpad { ptr, i32 }
          catch ptr null
  br label %162

160:                                              ; preds = %162
  %161 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %505 unwind label %167

162:                                              ; preds = %158, %97, %93
  %163 = phi { ptr, i32 } [ %159, %158 ], [ %94, %97 ], [ %94, %93 ]
  %164 = extractvalue { ptr, i32 } %163, 0
  %165 = call ptr @__cxa_begin_catch(ptr %164) #19
  %166 = shl nuw nsw i64 %72, 3
  call void @_ZdlPvm(ptr noundef nonnull %78, i64 noundef %166) #22
  invoke void @__cxa_rethrow() #21
          to label %170 unwind label %160

167:                                              ; preds = %160
  %168 = landingpad { ptr, i32 }
          catch ptr null
  %169 = extractvalue { ptr, i32 } %168, 0
  call void @__clang_call_terminate(ptr %169) #23
  unreachable

170:                                              ; preds = %162
  unreachable

171:                                              ; preds = %154, %150
  store ptr %78, ptr %10, align 8, !tbaa !35
  store ptr %152, ptr %21, align 8, !tbaa !19
  %172 = getelementptr inbounds %"class.std::thread", ptr %78, i64 %72
  store ptr %172, ptr %22, align 8, !tbaa !11
  br label %173

173:                                              ; preds = %171, %54
  %174 = phi ptr [ %152, %171 ], [ %56, %54 ]
  %175 = add nuw nsw i32 %28, 1
  %176 = icmp eq i32 %175, 4
  br i1 %176, label %23, label %26, !llvm.loop !36

177:                                              ; preds = %32, %74
  %178 = landingpad { ptr, i32 }
          cleanup
  br label %505

179:                                              ; preds = %64
  %180 = landingpad { ptr, i32 }
          cleanup
  br label %505

181:                                              ; preds = %187, %23
  %182 = load i64, ptr %8, align 8, !tbaa !5
  %183 = load atomic i64, ptr %9 seq_cst, align 8
  %184 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %182, i64 noundef %183)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %11) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %11, i8 0, i64 80, i1 false)
  invoke void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %11, i64 noundef 0)
          to label %192 unwind label %249

185:                                              ; preds = %23, %187
  %186 = phi ptr [ %188, %187 ], [ %24, %23 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %186)
          to label %187 unwind label %190

187:                                              ; preds = %185
  %188 = getelementptr inbounds i8, ptr %186, i64 8
  %189 = icmp eq ptr %188, %174
  br i1 %189, label %181, label %185

190:                                              ; preds = %185
  %191 = landingpad { ptr, i32 }
          cleanup
  br label %505

192:                                              ; preds = %181
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %12) #19
  call void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %13) #19
  store i8 0, ptr %13, align 1, !tbaa !37
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %14) #19
  store i64 0, ptr %14, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %15) #19
  store i32 0, ptr %15, align 4, !tbaa !17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store i64 0, ptr %16, align 8, !tbaa !13
  %193 = invoke noalias noundef nonnull dereferenceable(56) ptr @_Znwm(i64 noundef 56) #20
          to label %194 unwind label %251

194:                                              ; preds = %192
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %193, align 8, !tbaa !15
  %195 = getelementptr inbounds i8, ptr %193, i64 8
  store ptr %7, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds i8, ptr %193, i64 16
  store ptr %12, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds i8, ptr %193, i64 24
  store ptr %11, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds i8, ptr %193, i64 32
  store ptr %13, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds i8, ptr %193, i64 40
  store ptr %14, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds i8, ptr %193, i64 48
  store ptr %15, ptr %200, align 8, !tbaa !9
  store ptr %193, ptr %4, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %16, ptr noundef nonnull %4, ptr noundef null)
          to label %201 unwind label %208

201:                                              ; preds = %194
  %202 = load ptr, ptr %4, align 8, !tbaa !9
  %203 = icmp eq ptr %202, null
  br i1 %203, label %216, label %204

204:                                              ; preds = %201
  %205 = load ptr, ptr %202, align 8, !tbaa !15
  %206 = getelementptr inbounds i8, ptr %205, i64 8
  %207 = load ptr, ptr %206, align 8
  call void %207(ptr noundef nonnull align 8 dereferenceable(8) %202) #19
  br label %216

208:                                              ; preds = %194
  %209 = landingpad { ptr, i32 }
          cleanup
  %210 = load ptr, ptr %4, align 8, !tbaa !9
  %211 = icmp eq ptr %210, null
  br i1 %211, label %501, label %212

212:                                              ; preds = %208
  %213 = load ptr, ptr %210, align 8, !tbaa !15
  %214 = getelementptr inbounds i8, ptr %213, i64 8
  %215 = load ptr, ptr %214, align 8
  call void %215(ptr noundef nonnull align 8 dereferenceable(8) %210) #19
  br label %501

216:                                              ; preds = %204, %201
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %17) #19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store i64 0, ptr %17, align 8, !tbaa !13
  %217 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %218 unwind label %253

218:                                              ; preds = %216
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", i64 16), ptr %217, align 8, !tbaa !15
  %219 = getelementptr inbounds i8, ptr %217, i64 8
  store ptr %7, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds i8, ptr %217, i64 16
  store ptr %11, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds i8, ptr %217, i64 24
  store ptr %12, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds i8, ptr %217, i64 32
  store ptr %13, ptr %222, align 8, !tbaa !9
  store ptr %217, ptr %3, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %17, ptr noundef nonnull %3, ptr noundef null)
          to label %223 unwind label %230

223:                                              ; preds = %218
  %224 = load ptr, ptr %3, align 8, !tbaa !9
  %225 = icmp eq ptr %224, null
  br i1 %225, label %238, label %226

226:                                              ; preds = %223
  %227 = load ptr, ptr %224, align 8, !tbaa !15
  %228 = getelementptr inbounds i8, ptr %227, i64 8
  %229 = load ptr, ptr %228, align 8
  call void %229(ptr noundef nonnull align 8 dereferenceable(8) %224) #19
  br label %238

230:                                              ; preds = %218
  %231 = landingpad { ptr, i32 }
          cleanup
  %232 = load ptr, ptr %3, align 8, !tbaa !9
  %233 = icmp eq ptr %232, null
  br i1 %233, label %496, label %234

234:                                              ; preds = %230
  %235 = load ptr, ptr %232, align 8, !tbaa !15
  %236 = getelementptr inbounds i8, ptr %235, i64 8
  %237 = load ptr, ptr %236, align 8
  call void %237(ptr noundef nonnull align 8 dereferenceable(8) %232) #19
  br label %496

238:                                              ; preds = %226, %223
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %17)
          to label %239 unwind label %255

239:                                              ; preds = %238
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %16)
          to label %240 unwind label %255

240:                                              ; preds = %239
  %241 = load i32, ptr %15, align 4, !tbaa !17
  %242 = load i64, ptr %14, align 8, !tbaa !5
  %243 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %241, i64 noundef %242)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %18) #19
  store i32 0, ptr %18, align 4, !tbaa !39
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %19) #19
  store i32 0, ptr %19, align 4
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %20, i8 0, i64 24, i1 false)
  %244 = getelementptr inbounds i8, ptr %20, i64 8
  %245 = getelementptr inbounds i8, ptr %20, i64 16
  br label %257

246:                                              ; preds = %400
  %247 = load ptr, ptr %20, align 8, !tbaa !9
  %248 = icmp eq ptr %247, %401
  br i1 %248, label %408, label %482

249:                                              ; preds = %181
  %250 = landingpad { ptr, i32 }
          cleanup
  br label %503

251:                                              ; preds = %192
  %252 = landingpad { ptr, i32 }
          cleanup
  br label %501

253:                                              ; preds = %216
  %254 = landingpad { ptr, i32 }
          cleanup
  br label %496

255:                                              ; preds = %239, %238
  %256 = landingpad { ptr, i32 }
          cleanup
  br label %491

257:                                              ; preds = %240, %400
  %258 = phi ptr [ null, %240 ], [ %401, %400 ]
  %259 = phi i32 [ 0, %240 ], [ %402, %400 ]
  %260 = ptrtoint ptr %258 to i64
  %261 = load ptr, ptr %245, align 8, !tbaa !11
  %262 = icmp eq ptr %258, %261
  br i1 %262, label %286, label %263

263:                                              ; preds = %257
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %258, align 8, !tbaa !13
  %264 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #20
          to label %265 unwind label %404

265:                                              ; preds = %263
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %264, align 8, !tbaa !15
  %266 = getelementptr inbounds i8, ptr %264, i64 8
  store ptr %18, ptr %266, align 8, !tbaa !9
  %267 = getelementptr inbounds i8, ptr %264, i64 16
  store ptr %19, ptr %267, align 8, !tbaa !9
  store ptr %264, ptr %2, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %258, ptr noundef nonnull %2, ptr noundef null)
          to label %268 unwind label %275

268:                                              ; preds = %265
  %269 = load ptr, ptr %2, align 8, !tbaa !9
  %270 = icmp eq ptr %269, null
  br i1 %270, label %283, label %271

271:                                              ; preds = %268
  %272 = load ptr, ptr %269, align 8, !tbaa !15
  %273 = getelementptr inbounds i8, ptr %272, i64 8
  %274 = load ptr, ptr %273, align 8
  call void %274(ptr noundef nonnull align 8 dereferenceable(8) %269) #19
  br label %283

275:                                              ; preds = %265
  %276 = landingpad { ptr, i32 }
          cleanup
  %277 = load ptr, ptr %2, align 8, !tbaa !9
  %278 = icmp eq ptr %277, null
  br i1 %278, label %489, label %279

279:                                              ; preds = %275
  %280 = load ptr, ptr %277, align 8, !tbaa !15
  %281 = getelementptr inbounds i8, ptr %280, i64 8
  %282 = load ptr, ptr %281, align 8
  call void %282(ptr noundef nonnull align 8 dereferenceable(8) %277) #19
  br label %489

283:                                              ; preds = %271, %268
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  %284 = load ptr, ptr %244, align 8, !tbaa !19
  %285 = getelementptr inbounds i8, ptr %284, i64 8
  store ptr %285, ptr %244, align 8, !tbaa !19
  br label %400

286:                                              ; preds = %257
  %287 = load ptr, ptr %20, align 8, !tbaa !9
  %288 = ptrtoint ptr %287 to i64
  %289 = ptrtoint ptr %258 to i64
  %290 = ptrtoint ptr %287 to i64
  %291 = sub i64 %289, %290
  %292 = icmp eq i64 %291, 9223372036854775800
  br i1 %292, label %293, label %295

293:                                              ; preds = %286
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #21
          to label %294 unwind label %406

294:                                              ; preds = %293
  unreachable

295:                                              ; preds = %286
  %296 = ashr exact i64 %291, 3
  %297 = call i64 @llvm.umax.i64(i64 %296, i64 1)
  %298 = add nsw i64 %297, %296
  %299 = icmp ult i64 %298, %296
  %300 = call i64 @llvm.umin.i64(i64 %298, i64 1152921504606846975)
  %301 = select i1 %299, i64 1152921504606846975, i64 %300
  %302 = icmp eq i64 %301, 0
  br i1 %302, label %306, label %303

303:                                              ; preds = %295
  %304 = shl nuw nsw i64 %301, 3
  %305 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %304) #20
          to label %306 unwind label %404

306:                                              ; preds = %303, %295
  %307 = phi ptr [ null, %295 ], [ %305, %303 ]
  %308 = getelementptr inbounds %"class.std::thread", ptr %307, i64 %296
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %308, align 8, !tbaa !13
  %309 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #20
          to label %310 unwind label %385

310:                                              ; preds = %306
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %309, align 8, !tbaa !15
  %311 = getelementptr inbounds i8, ptr %309, i64 8
  store ptr %18, ptr %311, align 8, !tbaa !9
  %312 = getelementptr inbounds i8, ptr %309, i64 16
  store ptr %19, ptr %312, align 8, !tbaa !9
  store ptr %309, ptr %1, align 8, !tbaa !9
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %308, ptr noundef nonnull %1, ptr noundef null)
          to label %313 unwind label %320

313:                                              ; preds = %310
  %314 = load ptr, ptr %1, align 8, !tbaa !9
  %315 = icmp eq ptr %314, null
  br i1 %315, label %328, label %316

316:                                              ; preds = %313
  %317 = load ptr, ptr %314, align 8, !tbaa !15
  %318 = getelementptr inbounds i8, ptr %317, i64 8
  %319 = load ptr, ptr %318, align 8
  call void %319(ptr noundef nonnull align 8 dereferenceable(8) %314) #19
  br label %328

320:                                              ; preds = %310
  %321 = landingpad { ptr, i32 }
          catch ptr null
  %322 = load ptr, ptr %1, align 8, !tbaa !9
  %323 = icmp eq ptr %322, null
  br i1 %323, label %389, label %324

324:                                              ; preds = %320
  %325 = load ptr, ptr %322, align 8, !tbaa !15
  %326 = getelementptr inbounds i8, ptr %325, i64 8
  %327 = load ptr, ptr %326, align 8
  call void %327(ptr noundef nonnull align 8 dereferenceable(8) %322) #19
  br label %389

328:                                              ; preds = %316, %313
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %329 = icmp eq ptr %287, %258
  br i1 %329, label %377, label %330

330:                                              ; preds = %328
  %331 = add i64 %260, -8
  %332 = sub i64 %331, %288
  %333 = lshr i64 %332, 3
  %334 = add nuw nsw i64 %333, 1
  %335 = icmp ult i64 %332, 56
  br i1 %335, label %367, label %336

336:                                              ; preds = %330
  %337 = getelementptr i8, ptr %307, i64 8
  %338 = add i64 %260, -8
  %339 = sub i64 %338, %288
  %340 = and i64 %339, -8
  %341 = getelementptr i8, ptr %337, i64 %340
  %342 = getelementptr i8, ptr %287, i64 8
  %343 = getelementptr i8, ptr %342, i64 %340
  %344 = icmp ult ptr %307, %343
  %345 = icmp ult ptr %287, %341
  %346 = and i1 %344, %345
  br i1 %346, label %367, label %347

347:                                              ; preds = %336
  %348 = and i64 %334, 4611686018427387900
  %349 = shl i64 %348, 3
  %350 = getelementptr i8, ptr %307, i64 %349
  %351 = shl i64 %348, 3
  %352 = getelementptr i8, ptr %287, i64 %351
  br label %353

353:                                              ; preds = %353, %347
  %354 = phi i64 [ 0, %347 ], [ %363, %353 ]
  %355 = shl i64 %354, 3
  %356 = getelementptr i8, ptr %307, i64 %355
  %357 = shl i64 %354, 3
  %358 = getelementptr i8, ptr %287, i64 %357
  call void @llvm.experimental.noalias.scope.decl(metadata !41)
  call void @llvm.experimental.noalias.scope.decl(metadata !44)
  %359 = getelementptr i8, ptr %358, i64 16
  %360 = load <2 x i64>, ptr %358, align 8, !tbaa !5, !alias.scope !46, !noalias !41
  %361 = load <2 x i64>, ptr %359, align 8, !tbaa !5, !alias.scope !46, !noalias !41
  %362 = getelementptr i8, ptr %356, i64 16
  store <2 x i64> %360, ptr %356, align 8, !tbaa !5, !alias.scope !49, !noalias !46
  store <2 x i64> %361, ptr %362, align 8, !tbaa !5, !alias.scope !49, !noalias !46
  store <2 x i64> zeroinitializer, ptr %358, align 8, !tbaa !5, !alias.scope !46, !noalias !41
  store <2 x i64> zeroinitializer, ptr %359, align 8, !tbaa !5, !alias.scope !46, !noalias !41
  %363 = add nuw i64 %354, 4
  %364 = icmp eq i64 %363, %348
  br i1 %364, label %365, label %353, !llvm.loop !51

365:                                              ; preds = %353
  %366 = icmp eq i64 %334, %348
  br i1 %366, label %377, label %367

367:                                              ; preds = %365, %336, %330
  %368 = phi ptr [ %307, %336 ], [ %307, %330 ], [ %350, %365 ]
  %369 = phi ptr [ %287, %336 ], [ %287, %330 ], [ %352, %365 ]
  br label %370

370:                                              ; preds = %367, %370
  %371 = phi ptr [ %375, %370 ], [ %368, %367 ]
  %372 = phi ptr [ %374, %370 ], [ %369, %367 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !41)
  call void @llvm.experimental.noalias.scope.decl(metadata !44)
  %373 = load i64, ptr %372, align 8, !tbaa !5, !alias.scope !44, !noalias !41
  store i64 %373, ptr %371, align 8, !tbaa !5, !alias.scope !41, !noalias !44
  store i64 0, ptr %372, align 8, !tbaa !5, !alias.scope !44, !noalias !41
  %374 = getelementptr inbounds i8, ptr %372, i64 8
  %375 = getelementptr inbounds i8, ptr %371, i64 8
  %376 = icmp eq ptr %374, %258
  br i1 %376, label %377, label %370, !llvm.loop !52

377:                                              ; preds = %370, %365, %328
  %378 = phi ptr [ %307, %328 ], [ %350, %365 ], [ %375, %370 ]
  %379 = getelementptr i8, ptr %378, i64 8
  %380 = icmp eq ptr %287, null
  br i1 %380, label %398, label %381

381:                                              ; preds = %377
  %382 = load ptr, ptr %245, align 8, !tbaa !11
  %383 = ptrtoint ptr %382 to i64
  %384 = sub i64 %383, %290
  call void @_ZdlPvm(ptr noundef nonnull %287, i64 noundef %384) #22
  br label %398

385:                                              ; preds = %306
  %386 = landingpad { ptr, i32 }
          catch ptr null
  br label %389

387:                                              ; preds = %389
  %388 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %489 unwind label %394

389:                                              ; preds = %385, %324, %320
  %390 = phi { ptr, i32 } [ %386, %385 ], [ %321, %324 ], [ %321, %320 ]
  %391 = extractvalue { ptr, i32 } %390, 0
  %392 = call ptr @__cxa_begin_catch(ptr %391) #19
  %393 = shl nuw nsw i64 %301, 3
  call void @_ZdlPvm(ptr noundef nonnull %307, i64 noundef %393) #22
  invoke void @__cxa_rethrow() #21
          to label %397 unwind label %387

394:                                              ; preds = %387
  %395 = landingpad { ptr, i32 }
          catch ptr null
  %396 = extractvalue { ptr, i32 } %395, 0
  call void @__clang_call_terminate(ptr %396) #23
  unreachable

397:                                              ; preds = %389
  unreachable

398:                                              ; preds = %381, %377
  store ptr %307, ptr %20, align 8, !tbaa !35
  store ptr %379, ptr %244, align 8, !tbaa !19
  %399 = getelementptr inbounds %"class.std::thread", ptr %307, i64 %301
  store ptr %399, ptr %245, align 8, !tbaa !11
  br label %400

400:                                              ; preds = %398, %283
  %401 = phi ptr [ %379, %398 ], [ %285, %283 ]
  %402 = add nuw nsw i32 %259, 1
  %403 = icmp eq i32 %402, 4
  br i1 %403, label %246, label %257, !llvm.loop !53

404:                                              ; preds = %263, %303
  %405 = landingpad { ptr, i32 }
          cleanup
  br label %489

406:                                              ; preds = %293
  %407 = landingpad { ptr, i32 }
          cleanup
  br label %489

408:                                              ; preds = %484, %246
  %409 = load atomic i32, ptr %19 seq_cst, align 4
  %410 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #19
  %411 = icmp ne i32 %410, 0
  %412 = zext i1 %411 to i32
  %413 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %409, i32 noundef %412)
  %414 = load ptr, ptr %20, align 8, !tbaa !35
  %415 = load ptr, ptr %244, align 8, !tbaa !19
  %416 = icmp eq ptr %414, %415
  br i1 %416, label %425, label %420

417:                                              ; preds = %420
  %418 = getelementptr inbounds i8, ptr %421, i64 8
  %419 = icmp eq ptr %418, %415
  br i1 %419, label %425, label %420, !llvm.loop !54

420:                                              ; preds = %408, %417
  %421 = phi ptr [ %418, %417 ], [ %414, %408 ]
  %422 = load i64, ptr %421, align 8, !tbaa !5
  %423 = icmp eq i64 %422, 0
  br i1 %423, label %417, label %424

424:                                              ; preds = %420
  call void @_ZSt9terminatev() #23
  unreachable

425:                                              ; preds = %417, %408
  %426 = icmp eq ptr %414, null
  br i1 %426, label %432, label %427

427:                                              ; preds = %425
  %428 = load ptr, ptr %245, align 8, !tbaa !11
  %429 = ptrtoint ptr %428 to i64
  %430 = ptrtoint ptr %414 to i64
  %431 = sub i64 %429, %430
  call void @_ZdlPvm(ptr noundef nonnull %414, i64 noundef %431) #22
  br label %432

432:                                              ; preds = %425, %427
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %19) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #19
  %433 = load i64, ptr %17, align 8, !tbaa !5
  %434 = icmp eq i64 %433, 0
  br i1 %434, label %436, label %435

435:                                              ; preds = %432
  call void @_ZSt9terminatev() #23
  unreachable

436:                                              ; preds = %432
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #19
  %437 = load i64, ptr %16, align 8, !tbaa !5
  %438 = icmp eq i64 %437, 0
  br i1 %438, label %440, label %439

439:                                              ; preds = %436
  call void @_ZSt9terminatev() #23
  unreachable

440:                                              ; preds = %436
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %15) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %14) #19
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13) #19
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #19
  %441 = load ptr, ptr %11, align 8, !tbaa !55
  %442 = icmp eq ptr %441, null
  br i1 %442, label %462, label %443

443:                                              ; preds = %440
  %444 = getelementptr inbounds i8, ptr %11, i64 72
  %445 = getelementptr inbounds i8, ptr %11, i64 40
  %446 = load ptr, ptr %445, align 8, !tbaa !58
  %447 = load ptr, ptr %444, align 8, !tbaa !59
  %448 = getelementptr inbounds i8, ptr %447, i64 8
  %449 = icmp ult ptr %446, %448
  br i1 %449, label %450, label %457

450:                                              ; preds = %443, %450
  %451 = phi ptr [ %453, %450 ], [ %446, %443 ]
  %452 = load ptr, ptr %451, align 8, !tbaa !9
  call void @_ZdlPvm(ptr noundef %452, i64 noundef 512) #22
  %453 = getelementptr inbounds i8, ptr %451, i64 8
  %454 = icmp ult ptr %451, %447
  br i1 %454, label %450, label %455, !llvm.loop !60

455:                                              ; preds = %450
  %456 = load ptr, ptr %11, align 8, !tbaa !55
  br label %457

457:                                              ; preds = %455, %443
  %458 = phi ptr [ %456, %455 ], [ %441, %443 ]
  %459 = getelementptr inbounds i8, ptr %11, i64 8
  %460 = load i64, ptr %459, align 8, !tbaa !61
  %461 = shl i64 %460, 3
  call void @_ZdlPvm(ptr noundef %458, i64 noundef %461) #22
  br label %462

462:                                              ; preds = %440, %457
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %11) #19
  %463 = load ptr, ptr %10, align 8, !tbaa !35
  %464 = load ptr, ptr %21, align 8, !tbaa !19
  %465 = icmp eq ptr %463, %464
  br i1 %465, label %474, label %469

466:                                              ; preds = %469
  %467 = getelementptr inbounds i8, ptr %470, i64 8
  %468 = icmp eq ptr %467, %464
  br i1 %468, label %474, label %469, !llvm.loop !54

469:                                              ; preds = %462, %466
  %470 = phi ptr [ %467, %466 ], [ %463, %462 ]
  %471 = load i64, ptr %470, align 8, !tbaa !5
  %472 = icmp eq i64 %471, 0
  br i1 %472, label %466, label %473

473:                                              ; preds = %469
  call void @_ZSt9terminatev() #23
  unreachable

474:                                              ; preds = %466, %462
  %475 = icmp eq ptr %463, null
  br i1 %475, label %481, label %476

476:                                              ; preds = %474
  %477 = load ptr, ptr %22, align 8, !tbaa !11
  %478 = ptrtoint ptr %477 to i64
  %479 = ptrtoint ptr %463 to i64
  %480 = sub i64 %478, %479
  call void @_ZdlPvm(ptr noundef nonnull %463, i64 noundef %480) #22
  br label %481

481:                                              ; preds = %474, %476
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #19
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %7) #19
  ret i32 0

482:                                              ; preds = %246, %484
  %483 = phi ptr [ %485, %484 ], [ %247, %246 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %483)
          to label %484 unwind label %487

484:                                              ; preds = %482
  %485 = getelementptr inbounds i8, ptr %483, i64 8
  %486 = icmp eq ptr %485, %401
  br i1 %486, label %408, label %482

487:                                              ; preds = %482
  %488 = landingpad { ptr, i32 }
          cleanup
  br label %489

489:                                              ; preds = %404, %406, %387, %279, %275, %487
  %490 = phi { ptr, i32 } [ %488, %487 ], [ %276, %279 ], [ %276, %275 ], [ %388, %387 ], [ %405, %404 ], [ %407, %406 ]
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %20) #19
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %19) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #19
  br label %491

491:                                              ; preds = %489, %255
  %492 = phi { ptr, i32 } [ %490, %489 ], [ %256, %255 ]
  %493 = load i64, ptr %17, align 8, !tbaa !5
  %494 = icmp eq i64 %493, 0
  br i1 %494, label %496, label %495

495:                                              ; preds = %491
  call void @_ZSt9terminatev() #23
  unreachable

496:                                              ; preds = %491, %253, %234, %230
  %497 = phi { ptr, i32 } [ %254, %253 ], [ %231, %234 ], [ %231, %230 ], [ %492, %491 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #19
  %498 = load i64, ptr %16, align 8, !tbaa !5
  %499 = icmp eq i64 %498, 0
  br i1 %499, label %501, label %500

500:                                              ; preds = %496
  call void @_ZSt9terminatev() #23
  unreachable

501:                                              ; preds = %496, %251, %212, %208
  %502 = phi { ptr, i32 } [ %252, %251 ], [ %209, %212 ], [ %209, %208 ], [ %497, %496 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %15) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %14) #19
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13) #19
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #19
  call void @_ZNSt5queueIiSt5dequeIiSaIiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %11) #19
  br label %503

503:                                              ; preds = %501, %249
  %504 = phi { ptr, i32 } [ %502, %501 ], [ %250, %249 ]
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %11) #19
  br label %505

505:                                              ; preds = %177, %179, %160, %50, %46, %503, %190
  %506 = phi { ptr, i32 } [ %191, %190 ], [ %504, %503 ], [ %47, %50 ], [ %47, %46 ], [ %161, %160 ], [ %178, %177 ], [ %180, %179 ]
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #19
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #19
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %7) #19
  resume { ptr, i32 } %506
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48)) unnamed_addr #5

; Function Attrs: nounwind
declare noundef i32 @_ZNSt6thread20hardware_concurrencyEv() local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !35
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !19
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %14, label %9

6:                                                ; preds = %9
  %7 = getelementptr inbounds i8, ptr %10, i64 8
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %14, label %9, !llvm.loop !54

9:                                                ; preds = %1, %6
  %10 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %11 = load i64, ptr %10, align 8, !tbaa !5
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %6, label %13

13:                                               ; preds = %9
  tail call void @_ZSt9terminatev() #23
  unreachable

14:                                               ; preds = %6, %1
  %15 = icmp eq ptr %2, null
  br i1 %15, label %22, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !11
  %19 = ptrtoint ptr %18 to i64
  %20 = ptrtoint ptr %2 to i64
  %21 = sub i64 %19, %20
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef %21) #22
  br label %22

22:                                               ; preds = %14, %16
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5queueIiSt5dequeIiSaIiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !55
  %3 = icmp eq ptr %2, null
  br i1 %3, label %23, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !58
  %8 = load ptr, ptr %5, align 8, !tbaa !59
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  %10 = icmp ult ptr %7, %9
  br i1 %10, label %11, label %18

11:                                               ; preds = %4, %11
  %12 = phi ptr [ %14, %11 ], [ %7, %4 ]
  %13 = load ptr, ptr %12, align 8, !tbaa !9
  tail call void @_ZdlPvm(ptr noundef %13, i64 noundef 512) #22
  %14 = getelementptr inbounds i8, ptr %12, i64 8
  %15 = icmp ult ptr %12, %8
  br i1 %15, label %11, label %16, !llvm.loop !60

16:                                               ; preds = %11
  %17 = load ptr, ptr %0, align 8, !tbaa !55
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi ptr [ %17, %16 ], [ %2, %4 ]
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !61
  %22 = shl i64 %21, 3
  tail call void @_ZdlPvm(ptr noundef %19, i64 noundef %22) #22
  br label %23

23:                                               ; preds = %1, %18
  ret void
}

; Function Attrs: noreturn nounwind
declare void @_ZSt9terminatev() local_unnamed_addr #8

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #9 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #19
  tail call void @_ZSt9terminatev() #23
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #10

declare void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #11

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #12 align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  br label %7

5:                                                ; preds = %13
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  br label %23

7:                                                ; preds = %13, %1
  %8 = phi i32 [ 0, %1 ], [ %21, %13 ]
  %9 = load ptr, ptr %3, align 8, !tbaa !62
  %10 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %9) #19
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  tail call void @_ZSt20__throw_system_errori(i32 noundef %10) #21
  unreachable

13:                                               ; preds = %7
  %14 = load i32, ptr %2, align 8, !tbaa !64
  %15 = add nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = load ptr, ptr %4, align 8, !tbaa !65
  %18 = load i64, ptr %17, align 8, !tbaa !5
  %19 = add nsw i64 %18, %16
  store i64 %19, ptr %17, align 8, !tbaa !5
  %20 = tail call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %9) #19
  %21 = add nuw nsw i32 %8, 1
  %22 = icmp eq i32 %21, 10000
  br i1 %22, label %5, label %7, !llvm.loop !66

23:                                               ; preds = %23, %5
  %24 = phi i32 [ 0, %5 ], [ %41, %23 ]
  %25 = load ptr, ptr %6, align 8, !tbaa !67
  %26 = atomicrmw add ptr %25, i64 1 monotonic, align 8
  %27 = load ptr, ptr %6, align 8, !tbaa !67
  %28 = atomicrmw add ptr %27, i64 1 monotonic, align 8
  %29 = load ptr, ptr %6, align 8, !tbaa !67
  %30 = atomicrmw add ptr %29, i64 1 monotonic, align 8
  %31 = load ptr, ptr %6, align 8, !tbaa !67
  %32 = atomicrmw add ptr %31, i64 1 monotonic, align 8
  %33 = load ptr, ptr %6, align 8, !tbaa !67
  %34 = atomicrmw add ptr %33, i64 1 monotonic, align 8
  %35 = load ptr, ptr %6, align 8, !tbaa !67
  %36 = atomicrmw add ptr %35, i64 1 monotonic, align 8
  %37 = load ptr, ptr %6, align 8, !tbaa !67
  %38 = atomicrmw add ptr %37, i64 1 monotonic, align 8
  %39 = load ptr, ptr %6, align 8, !tbaa !67
  %40 = atomicrmw add ptr %39, i64 1 monotonic, align 8
  %41 = add nuw nsw i32 %24, 8
  %42 = icmp eq i32 %41, 10000
  br i1 %42, label %43, label %23, !llvm.loop !68

43:                                               ; preds = %23
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_system_errori(i32 noundef) local_unnamed_addr #13

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #5

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #13

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #13

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #13

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = lshr i64 %1, 7
  %4 = add nuw nsw i64 %3, 1
  %5 = tail call i64 @llvm.umax.i64(i64 %3, i64 5)
  %6 = add nuw nsw i64 %5, 3
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %6, ptr %7, align 8, !tbaa !61
  %8 = shl nuw nsw i64 %6, 3
  %9 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %8) #20
  store ptr %9, ptr %0, align 8, !tbaa !55
  %10 = sub nsw i64 %6, %4
  %11 = lshr i64 %10, 1
  %12 = getelementptr inbounds ptr, ptr %9, i64 %11
  %13 = getelementptr inbounds ptr, ptr %12, i64 %4
  invoke void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull %12, ptr noundef nonnull %13)
          to label %24 unwind label %14

14:                                               ; preds = %2
  %15 = landingpad { ptr, i32 }
          catch ptr null
  %16 = extractvalue { ptr, i32 } %15, 0
  %17 = tail call ptr @__cxa_begin_catch(ptr %16) #19
  %18 = load ptr, ptr %0, align 8, !tbaa !55
  %19 = load i64, ptr %7, align 8, !tbaa !61
  %20 = shl i64 %19, 3
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef %20) #22
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  invoke void @__cxa_rethrow() #21
          to label %43 unwind label %21

21:                                               ; preds = %14
  %22 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %23 unwind label %40

23:                                               ; preds = %21
  resume { ptr, i32 } %22

24:                                               ; preds = %2
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = getelementptr inbounds i8, ptr %0, i64 40
  store ptr %12, ptr %26, align 8, !tbaa !69
  %27 = load ptr, ptr %12, align 8, !tbaa !9
  %28 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %27, ptr %28, align 8, !tbaa !70
  %29 = getelementptr inbounds i8, ptr %27, i64 512
  %30 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %29, ptr %30, align 8, !tbaa !71
  %31 = getelementptr inbounds i8, ptr %0, i64 48
  %32 = getelementptr inbounds i8, ptr %13, i64 -8
  %33 = getelementptr inbounds i8, ptr %0, i64 72
  store ptr %32, ptr %33, align 8, !tbaa !69
  %34 = load ptr, ptr %32, align 8, !tbaa !9
  %35 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %34, ptr %35, align 8, !tbaa !70
  %36 = getelementptr inbounds i8, ptr %34, i64 512
  %37 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %36, ptr %37, align 8, !tbaa !71
  store ptr %27, ptr %25, align 8, !tbaa !72
  %38 = and i64 %1, 127
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  store ptr %39, ptr %31, align 8, !tbaa !73
  ret void

40:                                               ; preds = %21
  %41 = landingpad { ptr, i32 }
          catch ptr null
  %42 = extractvalue { ptr, i32 } %41, 0
  tail call void @__clang_call_terminate(ptr %42) #23
  unreachable

43:                                               ; preds = %14
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = icmp ult ptr %1, %2
  br i1 %4, label %5, label %25

5:                                                ; preds = %3, %8
  %6 = phi ptr [ %9, %8 ], [ %1, %3 ]
  %7 = invoke noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #20
          to label %8 unwind label %11

8:                                                ; preds = %5
  store ptr %7, ptr %6, align 8, !tbaa !9
  %9 = getelementptr inbounds i8, ptr %6, i64 8
  %10 = icmp ult ptr %9, %2
  br i1 %10, label %5, label %25, !llvm.loop !74

11:                                               ; preds = %5
  %12 = landingpad { ptr, i32 }
          catch ptr null
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = tail call ptr @__cxa_begin_catch(ptr %13) #19
  %15 = icmp ugt ptr %6, %1
  br i1 %15, label %16, label %21

16:                                               ; preds = %11, %16
  %17 = phi ptr [ %19, %16 ], [ %1, %11 ]
  %18 = load ptr, ptr %17, align 8, !tbaa !9
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef 512) #22
  %19 = getelementptr inbounds i8, ptr %17, i64 8
  %20 = icmp ult ptr %19, %6
  br i1 %20, label %16, label %21, !llvm.loop !60

21:                                               ; preds = %16, %11
  invoke void @__cxa_rethrow() #21
          to label %29 unwind label %22

22:                                               ; preds = %21
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %26

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %8, %3
  ret void

26:                                               ; preds = %22
  %27 = landingpad { ptr, i32 }
          catch ptr null
  %28 = extractvalue { ptr, i32 } %27, 0
  tail call void @__clang_call_terminate(ptr %28) #23
  unreachable

29:                                               ; preds = %21
  unreachable
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #7 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 56) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(56) %0) unnamed_addr #12 align 2 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::unique_lock", align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #19
  %4 = load ptr, ptr %3, align 8, !tbaa !75
  store ptr %4, ptr %2, align 8, !tbaa !77
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %4) #19
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  tail call void @_ZSt20__throw_system_errori(i32 noundef %6) #21
  unreachable

9:                                                ; preds = %1
  store i8 1, ptr %5, align 8, !tbaa !79
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = getelementptr inbounds i8, ptr %0, i64 40
  %14 = getelementptr inbounds i8, ptr %0, i64 48
  %15 = load ptr, ptr %11, align 8, !tbaa !80
  %16 = load ptr, ptr %12, align 8, !tbaa !81
  br label %17

17:                                               ; preds = %95, %9
  %18 = phi ptr [ %96, %95 ], [ %15, %9 ]
  %19 = phi ptr [ %97, %95 ], [ %15, %9 ]
  %20 = phi ptr [ %98, %95 ], [ %16, %9 ]
  %21 = load ptr, ptr %10, align 8, !tbaa !82
  %22 = getelementptr inbounds i8, ptr %19, i64 48
  %23 = getelementptr inbounds i8, ptr %19, i64 16
  %24 = load ptr, ptr %22, align 8, !tbaa !83
  %25 = load ptr, ptr %23, align 8, !tbaa !83
  %26 = icmp eq ptr %24, %25
  br i1 %26, label %27, label %41

27:                                               ; preds = %17, %31
  %28 = load i8, ptr %20, align 1, !tbaa !37, !range !84, !noundef !85
  %29 = trunc nuw i8 %28 to i1
  br i1 %29, label %35, label %30

30:                                               ; preds = %27
  invoke void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48) %21, ptr noundef nonnull align 8 dereferenceable(9) %2)
          to label %31 unwind label %85

31:                                               ; preds = %30
  %32 = load ptr, ptr %22, align 8, !tbaa !83
  %33 = load ptr, ptr %23, align 8, !tbaa !83
  %34 = icmp eq ptr %32, %33
  br i1 %34, label %27, label %35, !llvm.loop !86

35:                                               ; preds = %31, %27
  %36 = load ptr, ptr %11, align 8, !tbaa !80
  %37 = getelementptr inbounds i8, ptr %36, i64 48
  %38 = load ptr, ptr %37, align 8, !tbaa !83
  %39 = getelementptr inbounds i8, ptr %36, i64 16
  %40 = load ptr, ptr %39, align 8, !tbaa !83
  br label %41

41:                                               ; preds = %35, %17
  %42 = phi ptr [ %40, %35 ], [ %25, %17 ]
  %43 = phi ptr [ %38, %35 ], [ %24, %17 ]
  %44 = phi ptr [ %36, %35 ], [ %18, %17 ]
  %45 = phi ptr [ %36, %35 ], [ %19, %17 ]
  %46 = icmp eq ptr %43, %42
  br i1 %46, label %95, label %47

47:                                               ; preds = %41
  %48 = getelementptr inbounds i8, ptr %45, i64 16
  br label %49

49:                                               ; preds = %77, %47
  %50 = phi ptr [ %78, %77 ], [ %44, %47 ]
  %51 = phi ptr [ %83, %77 ], [ %42, %47 ]
  %52 = phi ptr [ %81, %77 ], [ %48, %47 ]
  %53 = phi ptr [ %78, %77 ], [ %45, %47 ]
  %54 = load i32, ptr %51, align 4, !tbaa !17
  %55 = sext i32 %54 to i64
  %56 = load ptr, ptr %13, align 8, !tbaa !87
  %57 = load i64, ptr %56, align 8, !tbaa !5
  %58 = add nsw i64 %57, %55
  store i64 %58, ptr %56, align 8, !tbaa !5
  %59 = load ptr, ptr %14, align 8, !tbaa !88
  %60 = load i32, ptr %59, align 4, !tbaa !17
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 4, !tbaa !17
  %62 = getelementptr inbounds i8, ptr %53, i64 32
  %63 = load ptr, ptr %62, align 8, !tbaa !89
  %64 = getelementptr inbounds i8, ptr %63, i64 -4
  %65 = icmp eq ptr %51, %64
  br i1 %65, label %68, label %66

66:                                               ; preds = %49
  %67 = getelementptr inbounds i8, ptr %51, i64 4
  br label %77

68:                                               ; preds = %49
  %69 = getelementptr inbounds i8, ptr %53, i64 24
  %70 = load ptr, ptr %69, align 8, !tbaa !90
  call void @_ZdlPvm(ptr noundef %70, i64 noundef 512) #22
  %71 = getelementptr inbounds i8, ptr %53, i64 40
  %72 = load ptr, ptr %71, align 8, !tbaa !58
  %73 = getelementptr inbounds i8, ptr %72, i64 8
  store ptr %73, ptr %71, align 8, !tbaa !69
  %74 = load ptr, ptr %73, align 8, !tbaa !9
  store ptr %74, ptr %69, align 8, !tbaa !70
  %75 = getelementptr inbounds i8, ptr %74, i64 512
  store ptr %75, ptr %62, align 8, !tbaa !71
  %76 = load ptr, ptr %11, align 8, !tbaa !80
  br label %77

77:                                               ; preds = %68, %66
  %78 = phi ptr [ %50, %66 ], [ %76, %68 ]
  %79 = phi ptr [ %67, %66 ], [ %74, %68 ]
  store ptr %79, ptr %52, align 8, !tbaa !72
  %80 = getelementptr inbounds i8, ptr %78, i64 48
  %81 = getelementptr inbounds i8, ptr %78, i64 16
  %82 = load ptr, ptr %80, align 8, !tbaa !83
  %83 = load ptr, ptr %81, align 8, !tbaa !83
  %84 = icmp eq ptr %82, %83
  br i1 %84, label %95, label %49, !llvm.loop !91

85:                                               ; preds = %30
  %86 = landingpad { ptr, i32 }
          cleanup
  %87 = load i8, ptr %5, align 8, !tbaa !79, !range !84, !noundef !85
  %88 = trunc nuw i8 %87 to i1
  br i1 %88, label %89, label %94

89:                                               ; preds = %85
  %90 = load ptr, ptr %2, align 8, !tbaa !77
  %91 = icmp eq ptr %90, null
  br i1 %91, label %94, label %92

92:                                               ; preds = %89
  %93 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %90) #19
  br label %94

94:                                               ; preds = %92, %89, %85
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #19
  resume { ptr, i32 } %86

95:                                               ; preds = %77, %41
  %96 = phi ptr [ %44, %41 ], [ %78, %77 ]
  %97 = phi ptr [ %45, %41 ], [ %78, %77 ]
  %98 = load ptr, ptr %12, align 8, !tbaa !81
  %99 = load i8, ptr %98, align 1, !tbaa !37, !range !84, !noundef !85
  %100 = trunc nuw i8 %99 to i1
  br i1 %100, label %101, label %17, !llvm.loop !92

101:                                              ; preds = %95
  %102 = load i8, ptr %5, align 8, !tbaa !79, !range !84, !noundef !85
  %103 = trunc nuw i8 %102 to i1
  br i1 %103, label %104, label %109

104:                                              ; preds = %101
  %105 = load ptr, ptr %2, align 8, !tbaa !77
  %106 = icmp eq ptr %105, null
  br i1 %106, label %109, label %107

107:                                              ; preds = %104
  %108 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %105) #19
  br label %109

109:                                              ; preds = %101, %104, %107
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #19
  ret void
}

declare void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48), ptr noundef nonnull align 8 dereferenceable(9)) local_unnamed_addr #3

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #12 align 2 personality ptr @__gxx_personality_v0 {
  %2 = alloca i32, align 4
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #19
  store i32 1, ptr %2, align 4, !tbaa !17
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  br label %11

6:                                                ; preds = %28
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #19
  %7 = load ptr, ptr %3, align 8, !tbaa !93
  %8 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %7) #19
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %37, label %10

10:                                               ; preds = %6
  call void @_ZSt20__throw_system_errori(i32 noundef %8) #21
  unreachable

11:                                               ; preds = %28, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !93
  %13 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %12) #19
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @_ZSt20__throw_system_errori(i32 noundef %13) #21
  unreachable

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !95
  %18 = getelementptr inbounds i8, ptr %17, i64 48
  %19 = load ptr, ptr %18, align 8, !tbaa !73
  %20 = getelementptr inbounds i8, ptr %17, i64 64
  %21 = load ptr, ptr %20, align 8, !tbaa !96
  %22 = getelementptr inbounds i8, ptr %21, i64 -4
  %23 = icmp eq ptr %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %2, align 4, !tbaa !17
  store i32 %25, ptr %19, align 4, !tbaa !17
  %26 = getelementptr inbounds i8, ptr %19, i64 4
  store ptr %26, ptr %18, align 8, !tbaa !73
  br label %28

27:                                               ; preds = %16
  invoke void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %17, ptr noundef nonnull align 4 dereferenceable(4) %2)
          to label %28 unwind label %34

28:                                               ; preds = %27, %24
  %29 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #19
  %30 = load ptr, ptr %5, align 8, !tbaa !97
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %30) #19
  %31 = load i32, ptr %2, align 4, !tbaa !17
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !17
  %33 = icmp slt i32 %31, 1000
  br i1 %33, label %11, label %6, !llvm.loop !98

34:                                               ; preds = %27
  %35 = landingpad { ptr, i32 }
          cleanup
  %36 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #19
  resume { ptr, i32 } %35

37:                                               ; preds = %6
  %38 = getelementptr inbounds i8, ptr %0, i64 32
  %39 = load ptr, ptr %38, align 8, !tbaa !99
  store i8 1, ptr %39, align 1, !tbaa !37
  %40 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %7) #19
  %41 = load ptr, ptr %5, align 8, !tbaa !97
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %41) #19
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48)) local_unnamed_addr #5

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #12 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !69
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !69
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !83
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !70
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !71
  %27 = load ptr, ptr %4, align 8, !tbaa !83
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.4) #21
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !61
  %38 = load ptr, ptr %0, align 8, !tbaa !55
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext false)
  %45 = load ptr, ptr %5, align 8, !tbaa !59
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #20
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !9
  %50 = load ptr, ptr %3, align 8, !tbaa !73
  %51 = load i32, ptr %1, align 4, !tbaa !17
  store i32 %51, ptr %50, align 4, !tbaa !17
  %52 = load ptr, ptr %5, align 8, !tbaa !59
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !69
  %54 = load ptr, ptr %53, align 8, !tbaa !9
  store ptr %54, ptr %18, align 8, !tbaa !70
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !71
  store ptr %54, ptr %3, align 8, !tbaa !73
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef zeroext %2) local_unnamed_addr #12 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !59
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !58
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !5
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !55
  %20 = sub i64 %15, %13
  %21 = lshr i64 %20, 1
  %22 = getelementptr inbounds ptr, ptr %19, i64 %21
  %23 = select i1 %2, i64 %1, i64 0
  %24 = getelementptr inbounds ptr, ptr %22, i64 %23
  %25 = icmp ult ptr %24, %7
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = icmp eq ptr %26, %7
  br i1 %25, label %28, label %32

28:                                               ; preds = %18
  br i1 %27, label %65, label %29

29:                                               ; preds = %28
  %30 = ptrtoint ptr %26 to i64
  %31 = sub i64 %30, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %24, ptr nonnull align 8 %7, i64 %31, i1 false)
  br label %65

32:                                               ; preds = %18
  br i1 %27, label %65, label %33

33:                                               ; preds = %32
  %34 = ptrtoint ptr %26 to i64
  %35 = sub i64 %34, %9
  %36 = ashr exact i64 %35, 3
  %37 = sub nsw i64 0, %36
  %38 = getelementptr inbounds ptr, ptr %24, i64 %12
  %39 = getelementptr inbounds ptr, ptr %38, i64 %37
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %39, ptr align 8 %7, i64 %35, i1 false)
  br label %65

40:                                               ; preds = %3
  %41 = tail call i64 @llvm.umax.i64(i64 %15, i64 %1)
  %42 = add i64 %15, 2
  %43 = add i64 %42, %41
  %44 = icmp ugt i64 %43, 1152921504606846975
  br i1 %44, label %45, label %49, !prof !100

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #20
  %52 = sub i64 %43, %13
  %53 = lshr i64 %52, 1
  %54 = getelementptr inbounds ptr, ptr %51, i64 %53
  %55 = select i1 %2, i64 %1, i64 0
  %56 = getelementptr inbounds ptr, ptr %54, i64 %55
  %57 = getelementptr inbounds i8, ptr %5, i64 8
  %58 = icmp eq ptr %57, %7
  br i1 %58, label %62, label %59

59:                                               ; preds = %49
  %60 = ptrtoint ptr %57 to i64
  %61 = sub i64 %60, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %56, ptr align 8 %7, i64 %61, i1 false)
  br label %62

62:                                               ; preds = %49, %59
  %63 = load ptr, ptr %0, align 8, !tbaa !55
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #22
  store ptr %51, ptr %0, align 8, !tbaa !55
  store i64 %43, ptr %14, align 8, !tbaa !61
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !69
  %67 = load ptr, ptr %66, align 8, !tbaa !9
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !70
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !71
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !69
  %73 = load ptr, ptr %72, align 8, !tbaa !9
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !70
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !71
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #14

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #12 align 2 personality ptr @__gxx_personality_v0 {
  %2 = alloca %class.anon.33, align 8
  %3 = alloca %class.anon.32, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !101
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #19
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !103
  store ptr %7, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #19
  store ptr %3, ptr %2, align 8, !tbaa !9
  %8 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %2, ptr %8, align 8, !tbaa !9
  %9 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv", ptr %9, align 8, !tbaa !9
  %10 = invoke noundef i32 @pthread_once(ptr noundef nonnull %5, ptr noundef nonnull @__once_proxy)
          to label %11 unwind label %15

11:                                               ; preds = %1
  %12 = icmp eq i32 %10, 0
  br i1 %12, label %17, label %13

13:                                               ; preds = %11
  invoke void @_ZSt20__throw_system_errori(i32 noundef %10) #21
          to label %14 unwind label %15

14:                                               ; preds = %13
  unreachable

15:                                               ; preds = %13, %1
  %16 = landingpad { ptr, i32 }
          cleanup
  store ptr null, ptr %8, align 8, !tbaa !9
  store ptr null, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #19
  resume { ptr, i32 } %16

17:                                               ; preds = %11
  store ptr null, ptr %8, align 8, !tbaa !9
  store ptr null, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #19
  ret void
}

declare void @__once_proxy() #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #15

; Function Attrs: inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define internal void @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv"() #16 align 2 {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !104
  %4 = load ptr, ptr %3, align 8, !tbaa !106
  %5 = atomicrmw add ptr %4, i32 1 seq_cst, align 4
  ret void
}

declare i32 @pthread_once(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #17

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #18

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #15 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #19 = { nounwind }
attributes #20 = { builtin allocsize(0) }
attributes #21 = { noreturn }
attributes #22 = { builtin nounwind }
attributes #23 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !10, i64 16}
!12 = !{!"_ZTSNSt12_Vector_baseISt6threadSaIS0_EE17_Vector_impl_dataE", !10, i64 0, !10, i64 8, !10, i64 16}
!13 = !{!14, !6, i64 0}
!14 = !{!"_ZTSNSt6thread2idE", !6, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"vtable pointer", !8, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"int", !7, i64 0}
!19 = !{!12, !10, i64 8}
!20 = !{!21}
!21 = distinct !{!21, !22, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!22 = distinct !{!22, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!23 = !{!24}
!24 = distinct !{!24, !22, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!25 = !{!24, !26}
!26 = distinct !{!26, !27}
!27 = distinct !{!27, !"LVerDomain"}
!28 = !{!21, !29}
!29 = distinct !{!29, !27}
!30 = distinct !{!30, !31, !32, !33}
!31 = !{!"llvm.loop.mustprogress"}
!32 = !{!"llvm.loop.isvectorized", i32 1}
!33 = !{!"llvm.loop.unroll.runtime.disable"}
!34 = distinct !{!34, !31, !32}
!35 = !{!12, !10, i64 0}
!36 = distinct !{!36, !31}
!37 = !{!38, !38, i64 0}
!38 = !{!"bool", !7, i64 0}
!39 = !{!40, !18, i64 0}
!40 = !{!"_ZTSSt9once_flag", !18, i64 0}
!41 = !{!42}
!42 = distinct !{!42, !43, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!43 = distinct !{!43, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!44 = !{!45}
!45 = distinct !{!45, !43, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!46 = !{!45, !47}
!47 = distinct !{!47, !48}
!48 = distinct !{!48, !"LVerDomain"}
!49 = !{!42, !50}
!50 = distinct !{!50, !48}
!51 = distinct !{!51, !31, !32, !33}
!52 = distinct !{!52, !31, !32}
!53 = distinct !{!53, !31}
!54 = distinct !{!54, !31}
!55 = !{!56, !10, i64 0}
!56 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !10, i64 0, !6, i64 8, !57, i64 16, !57, i64 48}
!57 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !10, i64 0, !10, i64 8, !10, i64 16, !10, i64 24}
!58 = !{!56, !10, i64 40}
!59 = !{!56, !10, i64 72}
!60 = distinct !{!60, !31}
!61 = !{!56, !6, i64 8}
!62 = !{!63, !10, i64 8}
!63 = !{!"_ZTSZ4mainE3$_0", !18, i64 0, !10, i64 8, !10, i64 16, !10, i64 24}
!64 = !{!63, !18, i64 0}
!65 = !{!63, !10, i64 16}
!66 = distinct !{!66, !31}
!67 = !{!63, !10, i64 24}
!68 = distinct !{!68, !31}
!69 = !{!57, !10, i64 24}
!70 = !{!57, !10, i64 8}
!71 = !{!57, !10, i64 16}
!72 = !{!56, !10, i64 16}
!73 = !{!56, !10, i64 48}
!74 = distinct !{!74, !31}
!75 = !{!76, !10, i64 0}
!76 = !{!"_ZTSZ4mainE3$_1", !10, i64 0, !10, i64 8, !10, i64 16, !10, i64 24, !10, i64 32, !10, i64 40}
!77 = !{!78, !10, i64 0}
!78 = !{!"_ZTSSt11unique_lockISt5mutexE", !10, i64 0, !38, i64 8}
!79 = !{!78, !38, i64 8}
!80 = !{!76, !10, i64 16}
!81 = !{!76, !10, i64 24}
!82 = !{!76, !10, i64 8}
!83 = !{!57, !10, i64 0}
!84 = !{i8 0, i8 2}
!85 = !{}
!86 = distinct !{!86, !31}
!87 = !{!76, !10, i64 32}
!88 = !{!76, !10, i64 40}
!89 = !{!56, !10, i64 32}
!90 = !{!56, !10, i64 24}
!91 = distinct !{!91, !31}
!92 = distinct !{!92, !31}
!93 = !{!94, !10, i64 0}
!94 = !{!"_ZTSZ4mainE3$_2", !10, i64 0, !10, i64 8, !10, i64 16, !10, i64 24}
!95 = !{!94, !10, i64 8}
!96 = !{!56, !10, i64 64}
!97 = !{!94, !10, i64 16}
!98 = distinct !{!98, !31}
!99 = !{!94, !10, i64 24}
!100 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!101 = !{!102, !10, i64 0}
!102 = !{!"_ZTSZ4mainE3$_3", !10, i64 0, !10, i64 8}
!103 = !{!102, !10, i64 8}
!104 = !{!105, !10, i64 0}
!105 = !{!"_ZTSZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRSt9once_flagOT_DpOT0_EUlvE_", !10, i64 0}
!106 = !{!107, !10, i64 0}
!107 = !{!"_ZTSZZ4mainENK3$_3clEvEUlvE_", !10, i64 0}
