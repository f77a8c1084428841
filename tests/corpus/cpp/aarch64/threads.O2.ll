; ModuleID = 'threads.cpp'
source_filename = "threads.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.12" }
%"struct.std::_Head_base.12" = type { ptr }
%"class.std::mutex" = type { %"class.std::__mutex_base" }
%"class.std::__mutex_base" = type { %union.pthread_mutex_t }
%union.pthread_mutex_t = type { %struct.__pthread_mutex_s, [8 x i8] }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i32, %struct.__pthread_internal_list }
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
  %13 = alloca i8, align 4
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca %"class.std::thread", align 8
  %17 = alloca %"class.std::thread", align 8
  %18 = alloca %"struct.std::once_flag", align 4
  %19 = alloca %"struct.std::atomic.5", align 4
  %20 = alloca %"class.std::vector", align 8
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %7) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %7, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #19
  store i64 0, ptr %8, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #19
  store i64 0, ptr %9, align 8
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false)
  %21 = getelementptr inbounds i8, ptr %10, i64 8
  %22 = getelementptr inbounds i8, ptr %10, i64 16
  br label %26

23:                                               ; preds = %172
  %24 = load ptr, ptr %10, align 8, !tbaa !10
  %25 = icmp eq ptr %24, %173
  br i1 %25, label %180, label %184

26:                                               ; preds = %0, %172
  %27 = phi ptr [ null, %0 ], [ %173, %172 ]
  %28 = phi i32 [ 0, %0 ], [ %174, %172 ]
  %29 = ptrtoint ptr %27 to i64
  %30 = load ptr, ptr %22, align 8, !tbaa !12
  %31 = icmp eq ptr %27, %30
  br i1 %31, label %57, label %32

32:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6)
  store i64 0, ptr %27, align 8, !tbaa !14
  %33 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %34 unwind label %176

34:                                               ; preds = %32
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %33, align 8, !tbaa !16
  %35 = getelementptr inbounds i8, ptr %33, i64 8
  store i32 %28, ptr %35, align 8, !tbaa !18
  %36 = getelementptr inbounds i8, ptr %33, i64 16
  store ptr %7, ptr %36, align 8, !tbaa !10
  %37 = getelementptr inbounds i8, ptr %33, i64 24
  store ptr %8, ptr %37, align 8, !tbaa !10
  %38 = getelementptr inbounds i8, ptr %33, i64 32
  store ptr %9, ptr %38, align 8, !tbaa !10
  store ptr %33, ptr %6, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %27, ptr noundef nonnull %6, ptr noundef null)
          to label %39 unwind label %46

39:                                               ; preds = %34
  %40 = load ptr, ptr %6, align 8, !tbaa !10
  %41 = icmp eq ptr %40, null
  br i1 %41, label %54, label %42

42:                                               ; preds = %39
  %43 = load ptr, ptr %40, align 8, !tbaa !16
  %44 = getelementptr inbounds i8, ptr %43, i64 8
  %45 = load ptr, ptr %44, align 8
  call void %45(ptr noundef nonnull align 8 dereferenceable(8) %40) #19
  br label %54

46:                                               ; preds = %34
  %47 = landingpad { ptr, i32 }
          cleanup
  %48 = load ptr, ptr %6, align 8, !tbaa !10
  %49 = icmp eq ptr %48, null
  br i1 %49, label %503, label %50

50:                                               ; preds = %46
  %51 = load ptr, ptr %48, align 8, !tbaa !16
  %52 = getelementptr inbounds i8, ptr %51, i64 8
  %53 = load ptr, ptr %52, align 8
  call void %53(ptr noundef nonnull align 8 dereferenceable(8) %48) #19
  br label %503

54:                                               ; preds = %42, %39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6)
  %55 = load ptr, ptr %21, align 8, !tbaa !20
  %56 = getelementptr inbounds i8, ptr %55, i64 8
  store ptr %56, ptr %21, align 8, !tbaa !20
  br label %172

57:                                               ; preds = %26
  %58 = ptrtoint ptr %27 to i64
  %59 = load ptr, ptr %10, align 8, !tbaa !10
  %60 = ptrtoint ptr %59 to i64
  %61 = sub i64 %58, %60
  %62 = icmp eq i64 %61, 9223372036854775800
  br i1 %62, label %63, label %65

63:                                               ; preds = %57
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #21
          to label %64 unwind label %178

64:                                               ; preds = %63
  unreachable

65:                                               ; preds = %57
  %66 = ashr exact i64 %61, 3
  %67 = call i64 @llvm.umax.i64(i64 %66, i64 1)
  %68 = add nsw i64 %67, %66
  %69 = icmp ult i64 %68, %66
  %70 = call i64 @llvm.umin.i64(i64 %68, i64 1152921504606846975)
  %71 = select i1 %69, i64 1152921504606846975, i64 %70
  %72 = icmp eq i64 %71, 0
  br i1 %72, label %76, label %73

73:                                               ; preds = %65
  %74 = shl nuw nsw i64 %71, 3
  %75 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %74) #20
          to label %76 unwind label %176

76:                                               ; preds = %73, %65
  %77 = phi ptr [ null, %65 ], [ %75, %73 ]
  %78 = getelementptr inbounds %"class.std::thread", ptr %77, i64 %66
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5)
  store i64 0, ptr %78, align 8, !tbaa !14
  %79 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %80 unwind label %157

80:                                               ; preds = %76
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %79, align 8, !tbaa !16
  %81 = getelementptr inbounds i8, ptr %79, i64 8
  store i32 %28, ptr %81, align 8, !tbaa !18
  %82 = getelementptr inbounds i8, ptr %79, i64 16
  store ptr %7, ptr %82, align 8, !tbaa !10
  %83 = getelementptr inbounds i8, ptr %79, i64 24
  store ptr %8, ptr %83, align 8, !tbaa !10
  %84 = getelementptr inbounds i8, ptr %79, i64 32
  store ptr %9, ptr %84, align 8, !tbaa !10
  store ptr %79, ptr %5, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %78, ptr noundef nonnull %5, ptr noundef null)
          to label %85 unwind label %92

85:                                               ; preds = %80
  %86 = load ptr, ptr %5, align 8, !tbaa !10
  %87 = icmp eq ptr %86, null
  br i1 %87, label %100, label %88

88:                                               ; preds = %85
  %89 = load ptr, ptr %86, align 8, !tbaa !16
  %90 = getelementptr inbounds i8, ptr %89, i64 8
  %91 = load ptr, ptr %90, align 8
  call void %91(ptr noundef nonnull align 8 dereferenceable(8) %86) #19
  br label %100

92:                                               ; preds = %80
  %93 = landingpad { ptr, i32 }
          catch ptr null
  %94 = load ptr, ptr %5, align 8, !tbaa !10
  %95 = icmp eq ptr %94, null
  br i1 %95, label %161, label %96

96:                                               ; preds = %92
  %97 = load ptr, ptr %94, align 8, !tbaa !16
  %98 = getelementptr inbounds i8, ptr %97, i64 8
  %99 = load ptr, ptr %98, align 8
  call void %99(ptr noundef nonnull align 8 dereferenceable(8) %94) #19
  br label %161

100:                                              ; preds = %88, %85
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5)
  %101 = icmp eq ptr %59, %27
  br i1 %101, label %149, label %102

102:                                              ; preds = %100
  %103 = add i64 %29, -8
  %104 = sub i64 %103, %60
  %105 = lshr i64 %104, 3
  %106 = add nuw nsw i64 %105, 1
  %107 = icmp ult i64 %104, 40
  br i1 %107, label %139, label %108

108:                                              ; preds = %102
  %109 = getelementptr i8, ptr %77, i64 8
  %110 = add i64 %29, -8
  %111 = sub i64 %110, %60
  %112 = and i64 %111, -8
  %113 = getelementptr i8, ptr %109, i64 %112
  %114 = getelementptr i8, ptr %59, i64 8
  %115 = getelementptr i8, ptr %114, i64 %112
  %116 = icmp ult ptr %77, %115
  %117 = icmp ult ptr %59, %113
  %118 = and i1 %116, %117
  br i1 %118, label %139, label %119

119:                                              ; preds = %108
  %120 = and i64 %106, 4611686018427387900
  %121 = shl i64 %120, 3
  %122 = getelementptr i8, ptr %77, i64 %121
  %123 = shl i64 %120, 3
  %124 = getelementptr i8, ptr %59, i64 %123
  br label %125

125:                                              ; preds = %125, %119
  %126 = phi i64 [ 0, %119 ], [ %135, %125 ]
  %127 = shl i64 %126, 3
  %128 = getelementptr i8, ptr %77, i64 %127
  %129 = shl i64 %126, 3
  %130 = getelementptr i8, ptr %59, i64 %129
  call void @llvm.experimental.noalias.scope.decl(metadata !21)
  call void @llvm.experimental.noalias.scope.decl(metadata !24)
  %131 = getelementptr i8, ptr %130, i64 16
  %132 = load <2 x i64>, ptr %130, align 8, !tbaa !6, !alias.scope !26, !noalias !21
  %133 = load <2 x i64>, ptr %131, align 8, !tbaa !6, !alias.scope !26, !noalias !21
  %134 = getelementptr i8, ptr %128, i64 16
  store <2 x i64> %132, ptr %128, align 8, !tbaa !6, !alias.scope !29, !noalias !26
  store <2 x i64> %133, ptr %134, align 8, !tbaa !6, !alias.scope !29, !noalias !26
  store <2 x i64> zeroinitializer, ptr %130, align 8, !tbaa !6, !alias.scope !26, !noalias !21
  store <2 x i64> zeroinitializer, ptr %131, align 8, !tbaa !6, !alias.scope !26, !noalias !21
  %135 = add nuw i64 %126, 4
  %136 = icmp eq i64 %135, %120
  br i1 %136, label %137, label %125, !llvm.loop !31

137:                                              ; preds = %125
  %138 = icmp eq i64 %106, %120
  br i1 %138, label %149, label %139

139:                                              ; preds = %137, %108, %102
  %140 = phi ptr [ %77, %108 ], [ %77, %102 ], [ %122, %137 ]
  %141 = phi ptr [ %59, %108 ], [ %59, %102 ], [ %124, %137 ]
  br label %142

142:                                              ; preds = %139, %142
  %143 = phi ptr [ %147, %142 ], [ %140, %139 ]
  %144 = phi ptr [ %146, %142 ], [ %141, %139 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !21)
  call void @llvm.experimental.noalias.scope.decl(metadata !24)
  %145 = load i64, ptr %144, align 8, !tbaa !6, !alias.scope !24, !noalias !21
  store i64 %145, ptr %143, align 8, !tbaa !6, !alias.scope !21, !noalias !24
  store i64 0, ptr %144, align 8, !tbaa !6, !alias.scope !24, !noalias !21
  %146 = getelementptr inbounds i8, ptr %144, i64 8
  %147 = getelementptr inbounds i8, ptr %143, i64 8
  %148 = icmp eq ptr %146, %27
  br i1 %148, label %149, label %142, !llvm.loop !35

149:                                              ; preds = %142, %137, %100
  %150 = phi ptr [ %77, %100 ], [ %122, %137 ], [ %147, %142 ]
  %151 = getelementptr i8, ptr %150, i64 8
  %152 = icmp eq ptr %59, null
  br i1 %152, label %170, label %153

153:                                              ; preds = %149
  %154 = load ptr, ptr %22, align 8, !tbaa !12
  %155 = ptrtoint ptr %154 to i64
  %156 = sub i64 %155, %60
  call void @_ZdlPvm(ptr noundef nonnull %59, i64 noundef %156) #22
  br label %170

157:                                              ; preds = %76
  %158 = landingpad { ptr, i32 }
          catch ptr null
  br label %161

159:                                              ; preds = %161
  %160 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %503 unwind label %166

161:                                              ; preds = %157, %96, %92
  %162 = phi { ptr, i32 } [ %158, %157 ], [ %93, %96 ], [ %93, %92 ]
  %163 = extractvalue { ptr, i32 } %162, 0
  %164 = call ptr @__cxa_begin_catch(ptr %163) #19
  %165 = shl nuw nsw i64 %71, 3
  call void @_ZdlPvm(ptr noundef nonnull %77, i64 noundef %165) #22
  invoke void @__cxa_rethrow() #21
          to label %169 unwind label %159

166:                                              ; preds = %159
  %167 = landingpad { ptr, i32 }
          catch ptr null
  %168 = extractvalue { ptr, i32 } %167, 0
  call void @__clang_call_terminate(ptr %168) #23
  unreachable

169:                                              ; preds = %161
  unreachable

170:                                              ; preds = %153, %149
  store ptr %77, ptr %10, align 8, !tbaa !36
  store ptr %151, ptr %21, align 8, !tbaa !20
  %171 = getelementptr inbounds %"class.std::thread", ptr %77, i64 %71
  store ptr %171, ptr %22, align 8, !tbaa !12
  br label %172

172:                                              ; preds = %170, %54
  %173 = phi ptr [ %151, %170 ], [ %56, %54 ]
  %174 = add nuw nsw i32 %28, 1
  %175 = icmp eq i32 %174, 4
  br i1 %175, label %23, label %26, !llvm.loop !37

176:                                              ; preds = %32, %73
  %177 = landingpad { ptr, i32 }
          cleanup
  br label %503

178:                                              ; preds = %63
  %179 = landingpad { ptr, i32 }
          cleanup
  br label %503

180:                                              ; preds = %186, %23
  %181 = load i64, ptr %8, align 8, !tbaa !6
  %182 = load atomic i64, ptr %9 seq_cst, align 8
  %183 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %181, i64 noundef %182)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %11) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %11, i8 0, i64 80, i1 false)
  invoke void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %11, i64 noundef 0)
          to label %191 unwind label %248

184:                                              ; preds = %23, %186
  %185 = phi ptr [ %187, %186 ], [ %24, %23 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %185)
          to label %186 unwind label %189

186:                                              ; preds = %184
  %187 = getelementptr inbounds i8, ptr %185, i64 8
  %188 = icmp eq ptr %187, %173
  br i1 %188, label %180, label %184

189:                                              ; preds = %184
  %190 = landingpad { ptr, i32 }
          cleanup
  br label %503

191:                                              ; preds = %180
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %12) #19
  call void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %13) #19
  store i8 0, ptr %13, align 4, !tbaa !38
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %14) #19
  store i64 0, ptr %14, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %15) #19
  store i32 0, ptr %15, align 4, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store i64 0, ptr %16, align 8, !tbaa !14
  %192 = invoke noalias noundef nonnull dereferenceable(56) ptr @_Znwm(i64 noundef 56) #20
          to label %193 unwind label %250

193:                                              ; preds = %191
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %192, align 8, !tbaa !16
  %194 = getelementptr inbounds i8, ptr %192, i64 8
  store ptr %7, ptr %194, align 8, !tbaa !10
  %195 = getelementptr inbounds i8, ptr %192, i64 16
  store ptr %12, ptr %195, align 8, !tbaa !10
  %196 = getelementptr inbounds i8, ptr %192, i64 24
  store ptr %11, ptr %196, align 8, !tbaa !10
  %197 = getelementptr inbounds i8, ptr %192, i64 32
  store ptr %13, ptr %197, align 8, !tbaa !10
  %198 = getelementptr inbounds i8, ptr %192, i64 40
  store ptr %14, ptr %198, align 8, !tbaa !10
  %199 = getelementptr inbounds i8, ptr %192, i64 48
  store ptr %15, ptr %199, align 8, !tbaa !10
  store ptr %192, ptr %4, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %16, ptr noundef nonnull %4, ptr noundef null)
          to label %200 unwind label %207

200:                                              ; preds = %193
  %201 = load ptr, ptr %4, align 8, !tbaa !10
  %202 = icmp eq ptr %201, null
  br i1 %202, label %215, label %203

203:                                              ; preds = %200
  %204 = load ptr, ptr %201, align 8, !tbaa !16
  %205 = getelementptr inbounds i8, ptr %204, i64 8
  %206 = load ptr, ptr %205, align 8
  call void %206(ptr noundef nonnull align 8 dereferenceable(8) %201) #19
  br label %215

207:                                              ; preds = %193
  %208 = landingpad { ptr, i32 }
          cleanup
  %209 = load ptr, ptr %4, align 8, !tbaa !10
  %210 = icmp eq ptr %209, null
  br i1 %210, label %499, label %211

211:                                              ; preds = %207
  %212 = load ptr, ptr %209, align 8, !tbaa !16
  %213 = getelementptr inbounds i8, ptr %212, i64 8
  %214 = load ptr, ptr %213, align 8
  call void %214(ptr noundef nonnull align 8 dereferenceable(8) %209) #19
  br label %499

215:                                              ; preds = %203, %200
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %17) #19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store i64 0, ptr %17, align 8, !tbaa !14
  %216 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #20
          to label %217 unwind label %252

217:                                              ; preds = %215
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", i64 16), ptr %216, align 8, !tbaa !16
  %218 = getelementptr inbounds i8, ptr %216, i64 8
  store ptr %7, ptr %218, align 8, !tbaa !10
  %219 = getelementptr inbounds i8, ptr %216, i64 16
  store ptr %11, ptr %219, align 8, !tbaa !10
  %220 = getelementptr inbounds i8, ptr %216, i64 24
  store ptr %12, ptr %220, align 8, !tbaa !10
  %221 = getelementptr inbounds i8, ptr %216, i64 32
  store ptr %13, ptr %221, align 8, !tbaa !10
  store ptr %216, ptr %3, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %17, ptr noundef nonnull %3, ptr noundef null)
          to label %222 unwind label %229

222:                                              ; preds = %217
  %223 = load ptr, ptr %3, align 8, !tbaa !10
  %224 = icmp eq ptr %223, null
  br i1 %224, label %237, label %225

225:                                              ; preds = %222
  %226 = load ptr, ptr %223, align 8, !tbaa !16
  %227 = getelementptr inbounds i8, ptr %226, i64 8
  %228 = load ptr, ptr %227, align 8
  call void %228(ptr noundef nonnull align 8 dereferenceable(8) %223) #19
  br label %237

229:                                              ; preds = %217
  %230 = landingpad { ptr, i32 }
          cleanup
  %231 = load ptr, ptr %3, align 8, !tbaa !10
  %232 = icmp eq ptr %231, null
  br i1 %232, label %494, label %233

233:                                              ; preds = %229
  %234 = load ptr, ptr %231, align 8, !tbaa !16
  %235 = getelementptr inbounds i8, ptr %234, i64 8
  %236 = load ptr, ptr %235, align 8
  call void %236(ptr noundef nonnull align 8 dereferenceable(8) %231) #19
  br label %494

237:                                              ; preds = %225, %222
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %17)
          to label %238 unwind label %254

238:                                              ; preds = %237
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %16)
          to label %239 unwind label %254

239:                                              ; preds = %238
  %240 = load i32, ptr %15, align 4, !tbaa !18
  %241 = load i64, ptr %14, align 8, !tbaa !6
  %242 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %240, i64 noundef %241)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %18) #19
  store i32 0, ptr %18, align 4, !tbaa !40
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %19) #19
  store i32 0, ptr %19, align 4
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %20, i8 0, i64 24, i1 false)
  %243 = getelementptr inbounds i8, ptr %20, i64 8
  %244 = getelementptr inbounds i8, ptr %20, i64 16
  br label %256

245:                                              ; preds = %398
  %246 = load ptr, ptr %20, align 8, !tbaa !10
  %247 = icmp eq ptr %246, %399
  br i1 %247, label %406, label %480

248:                                              ; preds = %180
  %249 = landingpad { ptr, i32 }
          cleanup
  br label %501

250:                                              ; preds = %191
  %251 = landingpad { ptr, i32 }
          cleanup
  br label %499

252:                                              ; preds = %215
  %253 = landingpad { ptr, i32 }
          cleanup
  br label %494

254:                                              ; preds = %238, %237
  %255 = landingpad { ptr, i32 }
          cleanup
  br label %489

256:                                              ; preds = %239, %398
  %257 = phi ptr [ null, %239 ], [ %399, %398 ]
  %258 = phi i32 [ 0, %239 ], [ %400, %398 ]
  %259 = ptrtoint ptr %257 to i64
  %260 = load ptr, ptr %244, align 8, !tbaa !12
  %261 = icmp eq ptr %257, %260
  br i1 %261, label %285, label %262

262:                                              ; preds = %256
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %257, align 8, !tbaa !14
  %263 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #20
          to label %264 unwind label %402

264:                                              ; preds = %262
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %263, align 8, !tbaa !16
  %265 = getelementptr inbounds i8, ptr %263, i64 8
  store ptr %18, ptr %265, align 8, !tbaa !10
  %266 = getelementptr inbounds i8, ptr %263, i64 16
  store ptr %19, ptr %266, align 8, !tbaa !10
  store ptr %263, ptr %2, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %257, ptr noundef nonnull %2, ptr noundef null)
          to label %267 unwind label %274

267:                                              ; preds = %264
  %268 = load ptr, ptr %2, align 8, !tbaa !10
  %269 = icmp eq ptr %268, null
  br i1 %269, label %282, label %270

270:                                              ; preds = %267
  %271 = load ptr, ptr %268, align 8, !tbaa !16
  %272 = getelementptr inbounds i8, ptr %271, i64 8
  %273 = load ptr, ptr %272, align 8
  call void %273(ptr noundef nonnull align 8 dereferenceable(8) %268) #19
  br label %282

274:                                              ; preds = %264
  %275 = landingpad { ptr, i32 }
          cleanup
  %276 = load ptr, ptr %2, align 8, !tbaa !10
  %277 = icmp eq ptr %276, null
  br i1 %277, label %487, label %278

278:                                              ; preds = %274
  %279 = load ptr, ptr %276, align 8, !tbaa !16
  %280 = getelementptr inbounds i8, ptr %279, i64 8
  %281 = load ptr, ptr %280, align 8
  call void %281(ptr noundef nonnull align 8 dereferenceable(8) %276) #19
  br label %487

282:                                              ; preds = %270, %267
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  %283 = load ptr, ptr %243, align 8, !tbaa !20
  %284 = getelementptr inbounds i8, ptr %283, i64 8
  store ptr %284, ptr %243, align 8, !tbaa !20
  br label %398

285:                                              ; preds = %256
  %286 = ptrtoint ptr %257 to i64
  %287 = load ptr, ptr %20, align 8, !tbaa !10
  %288 = ptrtoint ptr %287 to i64
  %289 = sub i64 %286, %288
  %290 = icmp eq i64 %289, 9223372036854775800
  br i1 %290, label %291, label %293

291:                                              ; preds = %285
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #21
          to label %292 unwind label %404

292:                                              ; preds = %291
  unreachable

293:                                              ; preds = %285
  %294 = ashr exact i64 %289, 3
  %295 = call i64 @llvm.umax.i64(i64 %294, i64 1)
  %296 = add nsw i64 %295, %294
  %297 = icmp ult i64 %296, %294
  %298 = call i64 @llvm.umin.i64(i64 %296, i64 1152921504606846975)
  %299 = select i1 %297, i64 1152921504606846975, i64 %298
  %300 = icmp eq i64 %299, 0
  br i1 %300, label %304, label %301

301:                                              ; preds = %293
  %302 = shl nuw nsw i64 %299, 3
  %303 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %302) #20
          to label %304 unwind label %402

304:                                              ; preds = %301, %293
  %305 = phi ptr [ null, %293 ], [ %303, %301 ]
  %306 = getelementptr inbounds %"class.std::thread", ptr %305, i64 %294
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %306, align 8, !tbaa !14
  %307 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #20
          to label %308 unwind label %383

308:                                              ; preds = %304
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %307, align 8, !tbaa !16
  %309 = getelementptr inbounds i8, ptr %307, i64 8
  store ptr %18, ptr %309, align 8, !tbaa !10
  %310 = getelementptr inbounds i8, ptr %307, i64 16
  store ptr %19, ptr %310, align 8, !tbaa !10
  store ptr %307, ptr %1, align 8, !tbaa !10
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %306, ptr noundef nonnull %1, ptr noundef null)
          to label %311 unwind label %318

311:                                              ; preds = %308
  %312 = load ptr, ptr %1, align 8, !tbaa !10
  %313 = icmp eq ptr %312, null
  br i1 %313, label %326, label %314

314:                                              ; preds = %311
  %315 = load ptr, ptr %312, align 8, !tbaa !16
  %316 = getelementptr inbounds i8, ptr %315, i64 8
  %317 = load ptr, ptr %316, align 8
  call void %317(ptr noundef nonnull align 8 dereferenceable(8) %312) #19
  br label %326

318:                                              ; preds = %308
  %319 = landingpad { ptr, i32 }
          catch ptr null
  %320 = load ptr, ptr %1, align 8, !tbaa !10
  %321 = icmp eq ptr %320, null
  br i1 %321, label %387, label %322

322:                                              ; preds = %318
  %323 = load ptr, ptr %320, align 8, !tbaa !16
  %324 = getelementptr inbounds i8, ptr %323, i64 8
  %325 = load ptr, ptr %324, align 8
  call void %325(ptr noundef nonnull align 8 dereferenceable(8) %320) #19
  br label %387

326:                                              ; preds = %314, %311
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %327 = icmp eq ptr %287, %257
  br i1 %327, label %375, label %328

328:                                              ; preds = %326
  %329 = add i64 %259, -8
  %330 = sub i64 %329, %288
  %331 = lshr i64 %330, 3
  %332 = add nuw nsw i64 %331, 1
  %333 = icmp ult i64 %330, 40
  br i1 %333, label %365, label %334

334:                                              ; preds = %328
  %335 = getelementptr i8, ptr %305, i64 8
  %336 = add i64 %259, -8
  %337 = sub i64 %336, %288
  %338 = and i64 %337, -8
  %339 = getelementptr i8, ptr %335, i64 %338
  %340 = getelementptr i8, ptr %287, i64 8
  %341 = getelementptr i8, ptr %340, i64 %338
  %342 = icmp ult ptr %305, %341
  %343 = icmp ult ptr %287, %339
  %344 = and i1 %342, %343
  br i1 %344, label %365, label %345

345:                                              ; preds = %334
  %346 = and i64 %332, 4611686018427387900
  %347 = shl i64 %346, 3
  %348 = getelementptr i8, ptr %305, i64 %347
  %349 = shl i64 %346, 3
  %350 = getelementptr i8, ptr %287, i64 %349
  br label %351

351:                                              ; preds = %351, %345
  %352 = phi i64 [ 0, %345 ], [ %361, %351 ]
  %353 = shl i64 %352, 3
  %354 = getelementptr i8, ptr %305, i64 %353
  %355 = shl i64 %352, 3
  %356 = getelementptr i8, ptr %287, i64 %355
  call void @llvm.experimental.noalias.scope.decl(metadata !42)
  call void @llvm.experimental.noalias.scope.decl(metadata !45)
  %357 = getelementptr i8, ptr %356, i64 16
  %358 = load <2 x i64>, ptr %356, align 8, !tbaa !6, !alias.scope !47, !noalias !42
  %359 = load <2 x i64>, ptr %357, align 8, !tbaa !6, !alias.scope !47, !noalias !42
  %360 = getelementptr i8, ptr %354, i64 16
  store <2 x i64> %358, ptr %354, align 8, !tbaa !6, !alias.scope !50, !noalias !47
  store <2 x i64> %359, ptr %360, align 8, !tbaa !6, !alias.scope !50, !noalias !47
  store <2 x i64> zeroinitializer, ptr %356, align 8, !tbaa !6, !alias.scope !47, !noalias !42
  store <2 x i64> zeroinitializer, ptr %357, align 8, !tbaa !6, !alias.scope !47, !noalias !42
  %361 = add nuw i64 %352, 4
  %362 = icmp eq i64 %361, %346
  br i1 %362, label %363, label %351, !llvm.loop !52

363:                                              ; preds = %351
  %364 = icmp eq i64 %332, %346
  br i1 %364, label %375, label %365

365:                                              ; preds = %363, %334, %328
  %366 = phi ptr [ %305, %334 ], [ %305, %328 ], [ %348, %363 ]
  %367 = phi ptr [ %287, %334 ], [ %287, %328 ], [ %350, %363 ]
  br label %368

368:                                              ; preds = %365, %368
  %369 = phi ptr [ %373, %368 ], [ %366, %365 ]
  %370 = phi ptr [ %372, %368 ], [ %367, %365 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !42)
  call void @llvm.experimental.noalias.scope.decl(metadata !45)
  %371 = load i64, ptr %370, align 8, !tbaa !6, !alias.scope !45, !noalias !42
  store i64 %371, ptr %369, align 8, !tbaa !6, !alias.scope !42, !noalias !45
  store i64 0, ptr %370, align 8, !tbaa !6, !alias.scope !45, !noalias !42
  %372 = getelementptr inbounds i8, ptr %370, i64 8
  %373 = getelementptr inbounds i8, ptr %369, i64 8
  %374 = icmp eq ptr %372, %257
  br i1 %374, label %375, label %368, !llvm.loop !53

375:                                              ; preds = %368, %363, %326
  %376 = phi ptr [ %305, %326 ], [ %348, %363 ], [ %373, %368 ]
  %377 = getelementptr i8, ptr %376, i64 8
  %378 = icmp eq ptr %287, null
  br i1 %378, label %396, label %379

379:                                              ; preds = %375
  %380 = load ptr, ptr %244, align 8, !tbaa !12
  %381 = ptrtoint ptr %380 to i64
  %382 = sub i64 %381, %288
  call void @_ZdlPvm(ptr noundef nonnull %287, i64 noundef %382) #22
  br label %396

383:                                              ; preds = %304
  %384 = landingpad { ptr, i32 }
          catch ptr null
  br label %387

385:                                              ; preds = %387
  %386 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %487 unwind label %392

387:                                              ; preds = %383, %322, %318
  %388 = phi { ptr, i32 } [ %384, %383 ], [ %319, %322 ], [ %319, %318 ]
  %389 = extractvalue { ptr, i32 } %388, 0
  %390 = call ptr @__cxa_begin_catch(ptr %389) #19
  %391 = shl nuw nsw i64 %299, 3
  call void @_ZdlPvm(ptr noundef nonnull %305, i64 noundef %391) #22
  invoke void @__cxa_rethrow() #21
          to label %395 unwind label %385

392:                                              ; preds = %385
  %393 = landingpad { ptr, i32 }
          catch ptr null
  %394 = extractvalue { ptr, i32 } %393, 0
  call void @__clang_call_terminate(ptr %394) #23
  unreachable

395:                                              ; preds = %387
  unreachable

396:                                              ; preds = %379, %375
  store ptr %305, ptr %20, align 8, !tbaa !36
  store ptr %377, ptr %243, align 8, !tbaa !20
  %397 = getelementptr inbounds %"class.std::thread", ptr %305, i64 %299
  store ptr %397, ptr %244, align 8, !tbaa !12
  br label %398

398:                                              ; preds = %396, %282
  %399 = phi ptr [ %377, %396 ], [ %284, %282 ]
  %400 = add nuw nsw i32 %258, 1
  %401 = icmp eq i32 %400, 4
  br i1 %401, label %245, label %256, !llvm.loop !54

402:                                              ; preds = %262, %301
  %403 = landingpad { ptr, i32 }
          cleanup
  br label %487

404:                                              ; preds = %291
  %405 = landingpad { ptr, i32 }
          cleanup
  br label %487

406:                                              ; preds = %482, %245
  %407 = load atomic i32, ptr %19 seq_cst, align 4
  %408 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #19
  %409 = icmp ne i32 %408, 0
  %410 = zext i1 %409 to i32
  %411 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %407, i32 noundef %410)
  %412 = load ptr, ptr %20, align 8, !tbaa !36
  %413 = load ptr, ptr %243, align 8, !tbaa !20
  %414 = icmp eq ptr %412, %413
  br i1 %414, label %423, label %418

415:                                              ; preds = %418
  %416 = getelementptr inbounds i8, ptr %419, i64 8
  %417 = icmp eq ptr %416, %413
  br i1 %417, label %423, label %418, !llvm.loop !55

418:                                              ; preds = %406, %415
  %419 = phi ptr [ %416, %415 ], [ %412, %406 ]
  %420 = load i64, ptr %419, align 8, !tbaa !6
  %421 = icmp eq i64 %420, 0
  br i1 %421, label %415, label %422

422:                                              ; preds = %418
  call void @_ZSt9terminatev() #23
  unreachable

423:                                              ; preds = %415, %406
  %424 = icmp eq ptr %412, null
  br i1 %424, label %430, label %425

425:                                              ; preds = %423
  %426 = load ptr, ptr %244, align 8, !tbaa !12
  %427 = ptrtoint ptr %426 to i64
  %428 = ptrtoint ptr %412 to i64
  %429 = sub i64 %427, %428
  call void @_ZdlPvm(ptr noundef nonnull %412, i64 noundef %429) #22
  br label %430

430:                                              ; preds = %423, %425
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %19) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #19
  %431 = load i64, ptr %17, align 8, !tbaa !6
  %432 = icmp eq i64 %431, 0
  br i1 %432, label %434, label %433

433:                                              ; preds = %430
  call void @_ZSt9terminatev() #23
  unreachable

434:                                              ; preds = %430
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #19
  %435 = load i64, ptr %16, align 8, !tbaa !6
  %436 = icmp eq i64 %435, 0
  br i1 %436, label %438, label %437

437:                                              ; preds = %434
  call void @_ZSt9terminatev() #23
  unreachable

438:                                              ; preds = %434
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %15) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %14) #19
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13) #19
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #19
  %439 = load ptr, ptr %11, align 8, !tbaa !56
  %440 = icmp eq ptr %439, null
  br i1 %440, label %460, label %441

441:                                              ; preds = %438
  %442 = getelementptr inbounds i8, ptr %11, i64 72
  %443 = getelementptr inbounds i8, ptr %11, i64 40
  %444 = load ptr, ptr %443, align 8, !tbaa !59
  %445 = load ptr, ptr %442, align 8, !tbaa !60
  %446 = getelementptr inbounds i8, ptr %445, i64 8
  %447 = icmp ult ptr %444, %446
  br i1 %447, label %448, label %455

448:                                              ; preds = %441, %448
  %449 = phi ptr [ %451, %448 ], [ %444, %441 ]
  %450 = load ptr, ptr %449, align 8, !tbaa !10
  call void @_ZdlPvm(ptr noundef %450, i64 noundef 512) #22
  %451 = getelementptr inbounds i8, ptr %449, i64 8
  %452 = icmp ult ptr %449, %445
  br i1 %452, label %448, label %453, !llvm.loop !61

453:                                              ; preds = %448
  %454 = load ptr, ptr %11, align 8, !tbaa !56
  br label %455

455:                                              ; preds = %453, %441
  %456 = phi ptr [ %454, %453 ], [ %439, %441 ]
  %457 = getelementptr inbounds i8, ptr %11, i64 8
  %458 = load i64, ptr %457, align 8, !tbaa !62
  %459 = shl i64 %458, 3
  call void @_ZdlPvm(ptr noundef %456, i64 noundef %459) #22
  br label %460

460:                                              ; preds = %438, %455
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %11) #19
  %461 = load ptr, ptr %10, align 8, !tbaa !36
  %462 = load ptr, ptr %21, align 8, !tbaa !20
  %463 = icmp eq ptr %461, %462
  br i1 %463, label %472, label %467

464:                                              ; preds = %467
  %465 = getelementptr inbounds i8, ptr %468, i64 8
  %466 = icmp eq ptr %465, %462
  br i1 %466, label %472, label %467, !llvm.loop !55

467:                                              ; preds = %460, %464
  %468 = phi ptr [ %465, %464 ], [ %461, %460 ]
  %469 = load i64, ptr %468, align 8, !tbaa !6
  %470 = icmp eq i64 %469, 0
  br i1 %470, label %464, label %471

471:                                              ; preds = %467
  call void @_ZSt9terminatev() #23
  unreachable

472:                                              ; preds = %464, %460
  %473 = icmp eq ptr %461, null
  br i1 %473, label %479, label %474

474:                                              ; preds = %472
  %475 = load ptr, ptr %22, align 8, !tbaa !12
  %476 = ptrtoint ptr %475 to i64
  %477 = ptrtoint ptr %461 to i64
  %478 = sub i64 %476, %477
  call void @_ZdlPvm(ptr noundef nonnull %461, i64 noundef %478) #22
  br label %479

479:                                              ; preds = %472, %474
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %7) #19
  ret i32 0

480:                                              ; preds = %245, %482
  %481 = phi ptr [ %483, %482 ], [ %246, %245 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %481)
          to label %482 unwind label %485

482:                                              ; preds = %480
  %483 = getelementptr inbounds i8, ptr %481, i64 8
  %484 = icmp eq ptr %483, %399
  br i1 %484, label %406, label %480

485:                                              ; preds = %480
  %486 = landingpad { ptr, i32 }
          cleanup
  br label %487

487:                                              ; preds = %402, %404, %385, %278, %274, %485
  %488 = phi { ptr, i32 } [ %486, %485 ], [ %275, %278 ], [ %275, %274 ], [ %386, %385 ], [ %403, %402 ], [ %405, %404 ]
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %20) #19
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %20) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %19) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #19
  br label %489

489:                                              ; preds = %487, %254
  %490 = phi { ptr, i32 } [ %488, %487 ], [ %255, %254 ]
  %491 = load i64, ptr %17, align 8, !tbaa !6
  %492 = icmp eq i64 %491, 0
  br i1 %492, label %494, label %493

493:                                              ; preds = %489
  call void @_ZSt9terminatev() #23
  unreachable

494:                                              ; preds = %489, %252, %233, %229
  %495 = phi { ptr, i32 } [ %253, %252 ], [ %230, %233 ], [ %230, %229 ], [ %490, %489 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %17) #19
  %496 = load i64, ptr %16, align 8, !tbaa !6
  %497 = icmp eq i64 %496, 0
  br i1 %497, label %499, label %498

498:                                              ; preds = %494
  call void @_ZSt9terminatev() #23
  unreachable

499:                                              ; preds = %494, %250, %211, %207
  %500 = phi { ptr, i32 } [ %251, %250 ], [ %208, %211 ], [ %208, %207 ], [ %495, %494 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %15) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %14) #19
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13) #19
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %12) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %12) #19
  call void @_ZNSt5queueIiSt5dequeIiSaIiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %11) #19
  br label %501

501:                                              ; preds = %499, %248
  %502 = phi { ptr, i32 } [ %500, %499 ], [ %249, %248 ]
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %11) #19
  br label %503

503:                                              ; preds = %176, %178, %159, %50, %46, %501, %189
  %504 = phi { ptr, i32 } [ %190, %189 ], [ %502, %501 ], [ %47, %50 ], [ %47, %46 ], [ %160, %159 ], [ %177, %176 ], [ %179, %178 ]
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #19
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %10) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #19
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %7) #19
  resume { ptr, i32 } %504
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
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !36
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !20
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %14, label %9

6:                                                ; preds = %9
  %7 = getelementptr inbounds i8, ptr %10, i64 8
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %14, label %9, !llvm.loop !55

9:                                                ; preds = %1, %6
  %10 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %11 = load i64, ptr %10, align 8, !tbaa !6
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
  %18 = load ptr, ptr %17, align 8, !tbaa !12
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
define linkonce_odr dso_local void @_ZNSt5queueIiSt5dequeIiSaIiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !56
  %3 = icmp eq ptr %2, null
  br i1 %3, label %23, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !59
  %8 = load ptr, ptr %5, align 8, !tbaa !60
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  %10 = icmp ult ptr %7, %9
  br i1 %10, label %11, label %18

11:                                               ; preds = %4, %11
  %12 = phi ptr [ %14, %11 ], [ %7, %4 ]
  %13 = load ptr, ptr %12, align 8, !tbaa !10
  tail call void @_ZdlPvm(ptr noundef %13, i64 noundef 512) #22
  %14 = getelementptr inbounds i8, ptr %12, i64 8
  %15 = icmp ult ptr %12, %8
  br i1 %15, label %11, label %16, !llvm.loop !61

16:                                               ; preds = %11
  %17 = load ptr, ptr %0, align 8, !tbaa !56
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi ptr [ %17, %16 ], [ %2, %4 ]
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !62
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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  br label %7

5:                                                ; preds = %13
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  br label %23

7:                                                ; preds = %13, %1
  %8 = phi i32 [ 0, %1 ], [ %21, %13 ]
  %9 = load ptr, ptr %3, align 8, !tbaa !63
  %10 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %9) #19
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  tail call void @_ZSt20__throw_system_errori(i32 noundef %10) #21
  unreachable

13:                                               ; preds = %7
  %14 = load i32, ptr %2, align 8, !tbaa !65
  %15 = add nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = load ptr, ptr %4, align 8, !tbaa !66
  %18 = load i64, ptr %17, align 8, !tbaa !6
  %19 = add nsw i64 %18, %16
  store i64 %19, ptr %17, align 8, !tbaa !6
  %20 = tail call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %9) #19
  %21 = add nuw nsw i32 %8, 1
  %22 = icmp eq i32 %21, 10000
  br i1 %22, label %5, label %7, !llvm.loop !67

23:                                               ; preds = %23, %5
  %24 = phi i32 [ 0, %5 ], [ %27, %23 ]
  %25 = load ptr, ptr %6, align 8, !tbaa !68
  %26 = atomicrmw add ptr %25, i64 1 monotonic, align 8
  %27 = add nuw nsw i32 %24, 1
  %28 = icmp eq i32 %27, 10000
  br i1 %28, label %29, label %23, !llvm.loop !69

29:                                               ; preds = %23
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
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %3 = lshr i64 %1, 7
  %4 = add nuw nsw i64 %3, 1
  %5 = tail call i64 @llvm.umax.i64(i64 %3, i64 5)
  %6 = add nuw nsw i64 %5, 3
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %6, ptr %7, align 8, !tbaa !62
  %8 = shl nuw nsw i64 %6, 3
  %9 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %8) #20
  store ptr %9, ptr %0, align 8, !tbaa !56
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
  %18 = load ptr, ptr %0, align 8, !tbaa !56
  %19 = load i64, ptr %7, align 8, !tbaa !62
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
  store ptr %12, ptr %26, align 8, !tbaa !70
  %27 = load ptr, ptr %12, align 8, !tbaa !10
  %28 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %27, ptr %28, align 8, !tbaa !71
  %29 = getelementptr inbounds i8, ptr %27, i64 512
  %30 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %29, ptr %30, align 8, !tbaa !72
  %31 = getelementptr inbounds i8, ptr %0, i64 48
  %32 = getelementptr inbounds i8, ptr %13, i64 -8
  %33 = getelementptr inbounds i8, ptr %0, i64 72
  store ptr %32, ptr %33, align 8, !tbaa !70
  %34 = load ptr, ptr %32, align 8, !tbaa !10
  %35 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %34, ptr %35, align 8, !tbaa !71
  %36 = getelementptr inbounds i8, ptr %34, i64 512
  %37 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %36, ptr %37, align 8, !tbaa !72
  store ptr %27, ptr %25, align 8, !tbaa !73
  %38 = and i64 %1, 127
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  store ptr %39, ptr %31, align 8, !tbaa !74
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
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %4 = icmp ult ptr %1, %2
  br i1 %4, label %5, label %25

5:                                                ; preds = %3, %8
  %6 = phi ptr [ %9, %8 ], [ %1, %3 ]
  %7 = invoke noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #20
          to label %8 unwind label %11

8:                                                ; preds = %5
  store ptr %7, ptr %6, align 8, !tbaa !10
  %9 = getelementptr inbounds i8, ptr %6, i64 8
  %10 = icmp ult ptr %9, %2
  br i1 %10, label %5, label %25, !llvm.loop !75

11:                                               ; preds = %5
  %12 = landingpad { ptr, i32 }
          catch ptr null
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = tail call ptr @__cxa_begin_catch(ptr %13) #19
  %15 = icmp ugt ptr %6, %1
  br i1 %15, label %16, label %21

16:                                               ; preds = %11, %16
  %17 = phi ptr [ %19, %16 ], [ %1, %11 ]
  %18 = load ptr, ptr %17, align 8, !tbaa !10
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef 512) #22
  %19 = getelementptr inbounds i8, ptr %17, i64 8
  %20 = icmp ult ptr %19, %6
  br i1 %20, label %16, label %21, !llvm.loop !61

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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #7 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 56) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(56) %0) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::unique_lock", align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #19
  %4 = load ptr, ptr %3, align 8, !tbaa !76
  store ptr %4, ptr %2, align 8, !tbaa !78
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %4) #19
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  tail call void @_ZSt20__throw_system_errori(i32 noundef %6) #21
  unreachable

9:                                                ; preds = %1
  store i8 1, ptr %5, align 8, !tbaa !80
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = getelementptr inbounds i8, ptr %0, i64 40
  %14 = getelementptr inbounds i8, ptr %0, i64 48
  %15 = load ptr, ptr %11, align 8, !tbaa !81
  %16 = load ptr, ptr %12, align 8, !tbaa !82
  br label %17

17:                                               ; preds = %95, %9
  %18 = phi ptr [ %96, %95 ], [ %15, %9 ]
  %19 = phi ptr [ %97, %95 ], [ %15, %9 ]
  %20 = phi ptr [ %98, %95 ], [ %16, %9 ]
  %21 = load ptr, ptr %10, align 8, !tbaa !83
  %22 = getelementptr inbounds i8, ptr %19, i64 48
  %23 = getelementptr inbounds i8, ptr %19, i64 16
  %24 = load ptr, ptr %22, align 8, !tbaa !84
  %25 = load ptr, ptr %23, align 8, !tbaa !84
  %26 = icmp eq ptr %24, %25
  br i1 %26, label %27, label %41

27:                                               ; preds = %17, %31
  %28 = load i8, ptr %20, align 1, !tbaa !38, !range !85, !noundef !86
  %29 = trunc nuw i8 %28 to i1
  br i1 %29, label %35, label %30

30:                                               ; preds = %27
  invoke void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48) %21, ptr noundef nonnull align 8 dereferenceable(9) %2)
          to label %31 unwind label %85

31:                                               ; preds = %30
  %32 = load ptr, ptr %22, align 8, !tbaa !84
  %33 = load ptr, ptr %23, align 8, !tbaa !84
  %34 = icmp eq ptr %32, %33
  br i1 %34, label %27, label %35, !llvm.loop !87

35:                                               ; preds = %31, %27
  %36 = load ptr, ptr %11, align 8, !tbaa !81
  %37 = getelementptr inbounds i8, ptr %36, i64 48
  %38 = load ptr, ptr %37, align 8, !tbaa !84
  %39 = getelementptr inbounds i8, ptr %36, i64 16
  %40 = load ptr, ptr %39, align 8, !tbaa !84
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
  %54 = load i32, ptr %51, align 4, !tbaa !18
  %55 = sext i32 %54 to i64
  %56 = load ptr, ptr %13, align 8, !tbaa !88
  %57 = load i64, ptr %56, align 8, !tbaa !6
  %58 = add nsw i64 %57, %55
  store i64 %58, ptr %56, align 8, !tbaa !6
  %59 = load ptr, ptr %14, align 8, !tbaa !89
  %60 = load i32, ptr %59, align 4, !tbaa !18
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 4, !tbaa !18
  %62 = getelementptr inbounds i8, ptr %53, i64 32
  %63 = load ptr, ptr %62, align 8, !tbaa !90
  %64 = getelementptr inbounds i8, ptr %63, i64 -4
  %65 = icmp eq ptr %51, %64
  br i1 %65, label %68, label %66

66:                                               ; preds = %49
  %67 = getelementptr inbounds i8, ptr %51, i64 4
  br label %77

68:                                               ; preds = %49
  %69 = getelementptr inbounds i8, ptr %53, i64 24
  %70 = load ptr, ptr %69, align 8, !tbaa !91
  call void @_ZdlPvm(ptr noundef %70, i64 noundef 512) #22
  %71 = getelementptr inbounds i8, ptr %53, i64 40
  %72 = load ptr, ptr %71, align 8, !tbaa !59
  %73 = getelementptr inbounds i8, ptr %72, i64 8
  store ptr %73, ptr %71, align 8, !tbaa !70
  %74 = load ptr, ptr %73, align 8, !tbaa !10
  store ptr %74, ptr %69, align 8, !tbaa !71
  %75 = getelementptr inbounds i8, ptr %74, i64 512
  store ptr %75, ptr %62, align 8, !tbaa !72
  %76 = load ptr, ptr %11, align 8, !tbaa !81
  br label %77

77:                                               ; preds = %68, %66
  %78 = phi ptr [ %50, %66 ], [ %76, %68 ]
  %79 = phi ptr [ %67, %66 ], [ %74, %68 ]
  store ptr %79, ptr %52, align 8, !tbaa !73
  %80 = getelementptr inbounds i8, ptr %78, i64 48
  %81 = getelementptr inbounds i8, ptr %78, i64 16
  %82 = load ptr, ptr %80, align 8, !tbaa !84
  %83 = load ptr, ptr %81, align 8, !tbaa !84
  %84 = icmp eq ptr %82, %83
  br i1 %84, label %95, label %49, !llvm.loop !92

85:                                               ; preds = %30
  %86 = landingpad { ptr, i32 }
          cleanup
  %87 = load i8, ptr %5, align 8, !tbaa !80, !range !85, !noundef !86
  %88 = trunc nuw i8 %87 to i1
  br i1 %88, label %89, label %94

89:                                               ; preds = %85
  %90 = load ptr, ptr %2, align 8, !tbaa !78
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
  %98 = load ptr, ptr %12, align 8, !tbaa !82
  %99 = load i8, ptr %98, align 1, !tbaa !38, !range !85, !noundef !86
  %100 = trunc nuw i8 %99 to i1
  br i1 %100, label %101, label %17, !llvm.loop !93

101:                                              ; preds = %95
  %102 = load i8, ptr %5, align 8, !tbaa !80, !range !85, !noundef !86
  %103 = trunc nuw i8 %102 to i1
  br i1 %103, label %104, label %109

104:                                              ; preds = %101
  %105 = load ptr, ptr %2, align 8, !tbaa !78
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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #7 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %2 = alloca i32, align 4
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #19
  store i32 1, ptr %2, align 4, !tbaa !18
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  br label %11

6:                                                ; preds = %28
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #19
  %7 = load ptr, ptr %3, align 8, !tbaa !94
  %8 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %7) #19
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %37, label %10

10:                                               ; preds = %6
  call void @_ZSt20__throw_system_errori(i32 noundef %8) #21
  unreachable

11:                                               ; preds = %28, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !94
  %13 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %12) #19
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @_ZSt20__throw_system_errori(i32 noundef %13) #21
  unreachable

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !96
  %18 = getelementptr inbounds i8, ptr %17, i64 48
  %19 = load ptr, ptr %18, align 8, !tbaa !74
  %20 = getelementptr inbounds i8, ptr %17, i64 64
  %21 = load ptr, ptr %20, align 8, !tbaa !97
  %22 = getelementptr inbounds i8, ptr %21, i64 -4
  %23 = icmp eq ptr %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %2, align 4, !tbaa !18
  store i32 %25, ptr %19, align 4, !tbaa !18
  %26 = getelementptr inbounds i8, ptr %19, i64 4
  store ptr %26, ptr %18, align 8, !tbaa !74
  br label %28

27:                                               ; preds = %16
  invoke void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %17, ptr noundef nonnull align 4 dereferenceable(4) %2)
          to label %28 unwind label %34

28:                                               ; preds = %27, %24
  %29 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #19
  %30 = load ptr, ptr %5, align 8, !tbaa !98
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %30) #19
  %31 = load i32, ptr %2, align 4, !tbaa !18
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !18
  %33 = icmp slt i32 %31, 1000
  br i1 %33, label %11, label %6, !llvm.loop !99

34:                                               ; preds = %27
  %35 = landingpad { ptr, i32 }
          cleanup
  %36 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #19
  resume { ptr, i32 } %35

37:                                               ; preds = %6
  %38 = getelementptr inbounds i8, ptr %0, i64 32
  %39 = load ptr, ptr %38, align 8, !tbaa !100
  store i8 1, ptr %39, align 1, !tbaa !38
  %40 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %7) #19
  %41 = load ptr, ptr %5, align 8, !tbaa !98
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %41) #19
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48)) local_unnamed_addr #5

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #12 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !70
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !70
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !84
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !71
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !72
  %27 = load ptr, ptr %4, align 8, !tbaa !84
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
  %37 = load i64, ptr %36, align 8, !tbaa !62
  %38 = load ptr, ptr %0, align 8, !tbaa !56
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef false)
  %45 = load ptr, ptr %5, align 8, !tbaa !60
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #20
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !10
  %50 = load ptr, ptr %3, align 8, !tbaa !74
  %51 = load i32, ptr %1, align 4, !tbaa !18
  store i32 %51, ptr %50, align 4, !tbaa !18
  %52 = load ptr, ptr %5, align 8, !tbaa !60
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !70
  %54 = load ptr, ptr %53, align 8, !tbaa !10
  store ptr %54, ptr %18, align 8, !tbaa !71
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !72
  store ptr %54, ptr %3, align 8, !tbaa !74
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef %2) local_unnamed_addr #12 comdat personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !60
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !59
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !6
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !56
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
  br i1 %44, label %45, label %49, !prof !101

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
  %63 = load ptr, ptr %0, align 8, !tbaa !56
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #22
  store ptr %51, ptr %0, align 8, !tbaa !56
  store i64 %43, ptr %14, align 8, !tbaa !62
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !70
  %67 = load ptr, ptr %66, align 8, !tbaa !10
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !71
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !72
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !70
  %73 = load ptr, ptr %72, align 8, !tbaa !10
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !71
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !72
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #14

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #7 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #19
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #22
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #12 personality ptr @__gxx_personality_v0 {
  %2 = alloca %class.anon.33, align 8
  %3 = alloca %class.anon.32, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !102
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #19
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !104
  store ptr %7, ptr %3, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #19
  store ptr %3, ptr %2, align 8, !tbaa !10
  %8 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %2, ptr %8, align 8, !tbaa !10
  %9 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv", ptr %9, align 8, !tbaa !10
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
  store ptr null, ptr %8, align 8, !tbaa !10
  store ptr null, ptr %9, align 8, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #19
  resume { ptr, i32 } %16

17:                                               ; preds = %11
  store ptr null, ptr %8, align 8, !tbaa !10
  store ptr null, ptr %9, align 8, !tbaa !10
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #19
  ret void
}

declare void @__once_proxy() #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #15

; Function Attrs: inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define internal void @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv"() #16 {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !10
  %3 = load ptr, ptr %2, align 8, !tbaa !105
  %4 = load ptr, ptr %3, align 8, !tbaa !107
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

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #15 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #19 = { nounwind }
attributes #20 = { builtin allocsize(0) }
attributes #21 = { noreturn }
attributes #22 = { builtin nounwind }
attributes #23 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"long", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !8, i64 0}
!12 = !{!13, !11, i64 16}
!13 = !{!"_ZTSNSt12_Vector_baseISt6threadSaIS0_EE17_Vector_impl_dataE", !11, i64 0, !11, i64 8, !11, i64 16}
!14 = !{!15, !7, i64 0}
!15 = !{!"_ZTSNSt6thread2idE", !7, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"vtable pointer", !9, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"int", !8, i64 0}
!20 = !{!13, !11, i64 8}
!21 = !{!22}
!22 = distinct !{!22, !23, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!23 = distinct !{!23, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!24 = !{!25}
!25 = distinct !{!25, !23, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!26 = !{!25, !27}
!27 = distinct !{!27, !28}
!28 = distinct !{!28, !"LVerDomain"}
!29 = !{!22, !30}
!30 = distinct !{!30, !28}
!31 = distinct !{!31, !32, !33, !34}
!32 = !{!"llvm.loop.mustprogress"}
!33 = !{!"llvm.loop.isvectorized", i32 1}
!34 = !{!"llvm.loop.unroll.runtime.disable"}
!35 = distinct !{!35, !32, !33}
!36 = !{!13, !11, i64 0}
!37 = distinct !{!37, !32}
!38 = !{!39, !39, i64 0}
!39 = !{!"bool", !8, i64 0}
!40 = !{!41, !19, i64 0}
!41 = !{!"_ZTSSt9once_flag", !19, i64 0}
!42 = !{!43}
!43 = distinct !{!43, !44, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!44 = distinct !{!44, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!45 = !{!46}
!46 = distinct !{!46, !44, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!47 = !{!46, !48}
!48 = distinct !{!48, !49}
!49 = distinct !{!49, !"LVerDomain"}
!50 = !{!43, !51}
!51 = distinct !{!51, !49}
!52 = distinct !{!52, !32, !33, !34}
!53 = distinct !{!53, !32, !33}
!54 = distinct !{!54, !32}
!55 = distinct !{!55, !32}
!56 = !{!57, !11, i64 0}
!57 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !11, i64 0, !7, i64 8, !58, i64 16, !58, i64 48}
!58 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24}
!59 = !{!57, !11, i64 40}
!60 = !{!57, !11, i64 72}
!61 = distinct !{!61, !32}
!62 = !{!57, !7, i64 8}
!63 = !{!64, !11, i64 8}
!64 = !{!"_ZTSZ4mainE3$_0", !19, i64 0, !11, i64 8, !11, i64 16, !11, i64 24}
!65 = !{!64, !19, i64 0}
!66 = !{!64, !11, i64 16}
!67 = distinct !{!67, !32}
!68 = !{!64, !11, i64 24}
!69 = distinct !{!69, !32}
!70 = !{!58, !11, i64 24}
!71 = !{!58, !11, i64 8}
!72 = !{!58, !11, i64 16}
!73 = !{!57, !11, i64 16}
!74 = !{!57, !11, i64 48}
!75 = distinct !{!75, !32}
!76 = !{!77, !11, i64 0}
!77 = !{!"_ZTSZ4mainE3$_1", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24, !11, i64 32, !11, i64 40}
!78 = !{!79, !11, i64 0}
!79 = !{!"_ZTSSt11unique_lockISt5mutexE", !11, i64 0, !39, i64 8}
!80 = !{!79, !39, i64 8}
!81 = !{!77, !11, i64 16}
!82 = !{!77, !11, i64 24}
!83 = !{!77, !11, i64 8}
!84 = !{!58, !11, i64 0}
!85 = !{i8 0, i8 2}
!86 = !{}
!87 = distinct !{!87, !32}
!88 = !{!77, !11, i64 32}
!89 = !{!77, !11, i64 40}
!90 = !{!57, !11, i64 32}
!91 = !{!57, !11, i64 24}
!92 = distinct !{!92, !32}
!93 = distinct !{!93, !32}
!94 = !{!95, !11, i64 0}
!95 = !{!"_ZTSZ4mainE3$_2", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24}
!96 = !{!95, !11, i64 8}
!97 = !{!57, !11, i64 64}
!98 = !{!95, !11, i64 16}
!99 = distinct !{!99, !32}
!100 = !{!95, !11, i64 24}
!101 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!102 = !{!103, !11, i64 0}
!103 = !{!"_ZTSZ4mainE3$_3", !11, i64 0, !11, i64 8}
!104 = !{!103, !11, i64 8}
!105 = !{!106, !11, i64 0}
!106 = !{!"_ZTSZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRSt9once_flagOT_DpOT0_EUlvE_", !11, i64 0}
!107 = !{!108, !11, i64 0}
!108 = !{!"_ZTSZZ4mainENK3$_3clEvEUlvE_", !11, i64 0}
