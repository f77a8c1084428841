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

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca %"class.std::unique_ptr", align 8
  %2 = alloca %"class.std::unique_ptr", align 8
  %3 = alloca %"class.std::unique_ptr", align 8
  %4 = alloca %"class.std::unique_ptr", align 8
  %5 = alloca %"class.std::unique_ptr", align 8
  %6 = alloca %"class.std::unique_ptr", align 8
  %7 = alloca %"class.std::mutex", align 8
  %8 = alloca i64, align 8
  %9 = alloca %"struct.std::atomic", align 8
  %10 = alloca %"class.std::queue", align 8
  %11 = alloca %"class.std::condition_variable", align 8
  %12 = alloca i8, align 1
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca %"class.std::thread", align 8
  %16 = alloca %"class.std::thread", align 8
  %17 = alloca %"struct.std::once_flag", align 4
  %18 = alloca %"struct.std::atomic.5", align 4
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %7) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %7, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #17
  store i64 0, ptr %8, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #17
  store i64 0, ptr %9, align 8
  br label %21

19:                                               ; preds = %129
  %20 = icmp eq ptr %132, %133
  br i1 %20, label %136, label %182

21:                                               ; preds = %0, %129
  %22 = phi i32 [ 0, %0 ], [ %134, %129 ]
  %23 = phi ptr [ null, %0 ], [ %132, %129 ]
  %24 = phi ptr [ null, %0 ], [ %133, %129 ]
  %25 = phi ptr [ null, %0 ], [ %130, %129 ]
  %26 = ptrtoint ptr %23 to i64
  %27 = ptrtoint ptr %24 to i64
  %28 = ptrtoint ptr %23 to i64
  %29 = icmp eq ptr %24, %25
  br i1 %29, label %43, label %30

30:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6)
  store i64 0, ptr %24, align 8, !tbaa !9
  %31 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %31, align 8, !tbaa !11
  %32 = getelementptr inbounds i8, ptr %31, i64 8
  store i32 %22, ptr %32, align 8, !tbaa !13
  %33 = getelementptr inbounds i8, ptr %31, i64 16
  store ptr %7, ptr %33, align 8, !tbaa !15
  %34 = getelementptr inbounds i8, ptr %31, i64 24
  store ptr %8, ptr %34, align 8, !tbaa !15
  %35 = getelementptr inbounds i8, ptr %31, i64 32
  store ptr %9, ptr %35, align 8, !tbaa !15
  store ptr %31, ptr %6, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %24, ptr noundef nonnull %6, ptr noundef null) #17
  %36 = load ptr, ptr %6, align 8, !tbaa !15
  %37 = icmp eq ptr %36, null
  br i1 %37, label %42, label %38

38:                                               ; preds = %30
  %39 = load ptr, ptr %36, align 8, !tbaa !11
  %40 = getelementptr inbounds i8, ptr %39, i64 8
  %41 = load ptr, ptr %40, align 8
  call void %41(ptr noundef nonnull align 8 dereferenceable(8) %36) #17
  br label %42

42:                                               ; preds = %38, %30
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6)
  br label %129

43:                                               ; preds = %21
  %44 = ptrtoint ptr %24 to i64
  %45 = ptrtoint ptr %23 to i64
  %46 = sub i64 %44, %45
  %47 = icmp eq i64 %46, 9223372036854775800
  br i1 %47, label %48, label %49

48:                                               ; preds = %43
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #19
  unreachable

49:                                               ; preds = %43
  %50 = ashr exact i64 %46, 3
  %51 = call i64 @llvm.umax.i64(i64 %50, i64 1)
  %52 = add nsw i64 %51, %50
  %53 = icmp ult i64 %52, %50
  %54 = call i64 @llvm.umin.i64(i64 %52, i64 1152921504606846975)
  %55 = select i1 %53, i64 1152921504606846975, i64 %54
  %56 = icmp eq i64 %55, 0
  br i1 %56, label %60, label %57

57:                                               ; preds = %49
  %58 = shl nuw nsw i64 %55, 3
  %59 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %58) #18
  br label %60

60:                                               ; preds = %57, %49
  %61 = phi ptr [ %59, %57 ], [ null, %49 ]
  %62 = getelementptr inbounds %"class.std::thread", ptr %61, i64 %50
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5)
  store i64 0, ptr %62, align 8, !tbaa !9
  %63 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %63, align 8, !tbaa !11
  %64 = getelementptr inbounds i8, ptr %63, i64 8
  store i32 %22, ptr %64, align 8, !tbaa !13
  %65 = getelementptr inbounds i8, ptr %63, i64 16
  store ptr %7, ptr %65, align 8, !tbaa !15
  %66 = getelementptr inbounds i8, ptr %63, i64 24
  store ptr %8, ptr %66, align 8, !tbaa !15
  %67 = getelementptr inbounds i8, ptr %63, i64 32
  store ptr %9, ptr %67, align 8, !tbaa !15
  store ptr %63, ptr %5, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %62, ptr noundef nonnull %5, ptr noundef null) #17
  %68 = load ptr, ptr %5, align 8, !tbaa !15
  %69 = icmp eq ptr %68, null
  br i1 %69, label %74, label %70

70:                                               ; preds = %60
  %71 = load ptr, ptr %68, align 8, !tbaa !11
  %72 = getelementptr inbounds i8, ptr %71, i64 8
  %73 = load ptr, ptr %72, align 8
  call void %73(ptr noundef nonnull align 8 dereferenceable(8) %68) #17
  br label %74

74:                                               ; preds = %70, %60
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5)
  %75 = icmp eq ptr %23, %24
  br i1 %75, label %123, label %76

76:                                               ; preds = %74
  %77 = add i64 %27, -8
  %78 = sub i64 %77, %26
  %79 = lshr i64 %78, 3
  %80 = add nuw nsw i64 %79, 1
  %81 = icmp ult i64 %78, 56
  br i1 %81, label %113, label %82

82:                                               ; preds = %76
  %83 = getelementptr i8, ptr %61, i64 8
  %84 = add i64 %27, -8
  %85 = sub i64 %84, %28
  %86 = and i64 %85, -8
  %87 = getelementptr i8, ptr %83, i64 %86
  %88 = getelementptr i8, ptr %23, i64 8
  %89 = getelementptr i8, ptr %88, i64 %86
  %90 = icmp ult ptr %61, %89
  %91 = icmp ult ptr %23, %87
  %92 = and i1 %90, %91
  br i1 %92, label %113, label %93

93:                                               ; preds = %82
  %94 = and i64 %80, 4611686018427387900
  %95 = shl i64 %94, 3
  %96 = getelementptr i8, ptr %61, i64 %95
  %97 = shl i64 %94, 3
  %98 = getelementptr i8, ptr %23, i64 %97
  br label %99

99:                                               ; preds = %99, %93
  %100 = phi i64 [ 0, %93 ], [ %109, %99 ]
  %101 = shl i64 %100, 3
  %102 = getelementptr i8, ptr %61, i64 %101
  %103 = shl i64 %100, 3
  %104 = getelementptr i8, ptr %23, i64 %103
  call void @llvm.experimental.noalias.scope.decl(metadata !17)
  call void @llvm.experimental.noalias.scope.decl(metadata !20)
  %105 = getelementptr i8, ptr %104, i64 16
  %106 = load <2 x i64>, ptr %104, align 8, !tbaa !5, !alias.scope !22, !noalias !17
  %107 = load <2 x i64>, ptr %105, align 8, !tbaa !5, !alias.scope !22, !noalias !17
  %108 = getelementptr i8, ptr %102, i64 16
  store <2 x i64> %106, ptr %102, align 8, !tbaa !5, !alias.scope !25, !noalias !22
  store <2 x i64> %107, ptr %108, align 8, !tbaa !5, !alias.scope !25, !noalias !22
  store <2 x i64> zeroinitializer, ptr %104, align 8, !tbaa !5, !alias.scope !22, !noalias !17
  store <2 x i64> zeroinitializer, ptr %105, align 8, !tbaa !5, !alias.scope !22, !noalias !17
  %109 = add nuw i64 %100, 4
  %110 = icmp eq i64 %109, %94
  br i1 %110, label %111, label %99, !llvm.loop !27

111:                                              ; preds = %99
  %112 = icmp eq i64 %80, %94
  br i1 %112, label %123, label %113

113:                                              ; preds = %111, %82, %76
  %114 = phi ptr [ %61, %82 ], [ %61, %76 ], [ %96, %111 ]
  %115 = phi ptr [ %23, %82 ], [ %23, %76 ], [ %98, %111 ]
  br label %116

116:                                              ; preds = %113, %116
  %117 = phi ptr [ %121, %116 ], [ %114, %113 ]
  %118 = phi ptr [ %120, %116 ], [ %115, %113 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !17)
  call void @llvm.experimental.noalias.scope.decl(metadata !20)
  %119 = load i64, ptr %118, align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store i64 %119, ptr %117, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  store i64 0, ptr %118, align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %120 = getelementptr inbounds i8, ptr %118, i64 8
  %121 = getelementptr inbounds i8, ptr %117, i64 8
  %122 = icmp eq ptr %120, %24
  br i1 %122, label %123, label %116, !llvm.loop !31

123:                                              ; preds = %116, %111, %74
  %124 = phi ptr [ %61, %74 ], [ %96, %111 ], [ %121, %116 ]
  %125 = icmp eq ptr %23, null
  br i1 %125, label %127, label %126

126:                                              ; preds = %123
  call void @_ZdlPvm(ptr noundef nonnull %23, i64 noundef %46) #20
  br label %127

127:                                              ; preds = %126, %123
  %128 = getelementptr inbounds %"class.std::thread", ptr %61, i64 %55
  br label %129

129:                                              ; preds = %42, %127
  %130 = phi ptr [ %128, %127 ], [ %25, %42 ]
  %131 = phi ptr [ %124, %127 ], [ %24, %42 ]
  %132 = phi ptr [ %61, %127 ], [ %23, %42 ]
  %133 = getelementptr i8, ptr %131, i64 8
  %134 = add nuw nsw i32 %22, 1
  %135 = icmp eq i32 %134, 4
  br i1 %135, label %19, label %21, !llvm.loop !32

136:                                              ; preds = %182, %19
  %137 = load i64, ptr %8, align 8, !tbaa !5
  %138 = load atomic i64, ptr %9 seq_cst, align 8
  %139 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %137, i64 noundef %138)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %10) #17
  %140 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 8, ptr %140, align 8, !tbaa !33
  %141 = call noalias noundef nonnull dereferenceable(64) ptr @_Znwm(i64 noundef 64) #18
  store ptr %141, ptr %10, align 8, !tbaa !36
  %142 = getelementptr inbounds i8, ptr %141, i64 24
  %143 = call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #18
  store ptr %143, ptr %142, align 8, !tbaa !15
  %144 = getelementptr inbounds i8, ptr %10, i64 16
  %145 = getelementptr inbounds i8, ptr %10, i64 40
  store ptr %142, ptr %145, align 8, !tbaa !37
  %146 = getelementptr inbounds i8, ptr %10, i64 24
  store ptr %143, ptr %146, align 8, !tbaa !38
  %147 = getelementptr inbounds i8, ptr %143, i64 512
  %148 = getelementptr inbounds i8, ptr %10, i64 32
  store ptr %147, ptr %148, align 8, !tbaa !39
  %149 = getelementptr inbounds i8, ptr %10, i64 48
  %150 = getelementptr inbounds i8, ptr %10, i64 72
  store ptr %142, ptr %150, align 8, !tbaa !37
  %151 = getelementptr inbounds i8, ptr %10, i64 56
  store ptr %143, ptr %151, align 8, !tbaa !38
  %152 = getelementptr inbounds i8, ptr %10, i64 64
  store ptr %147, ptr %152, align 8, !tbaa !39
  store ptr %143, ptr %144, align 8, !tbaa !40
  store ptr %143, ptr %149, align 8, !tbaa !41
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #17
  call void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %12) #17
  store i8 0, ptr %12, align 1, !tbaa !42
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %13) #17
  store i64 0, ptr %13, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %14) #17
  store i32 0, ptr %14, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %15) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store i64 0, ptr %15, align 8, !tbaa !9
  %153 = call noalias noundef nonnull dereferenceable(56) ptr @_Znwm(i64 noundef 56) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %153, align 8, !tbaa !11
  %154 = getelementptr inbounds i8, ptr %153, i64 8
  store ptr %7, ptr %154, align 8, !tbaa !15
  %155 = getelementptr inbounds i8, ptr %153, i64 16
  store ptr %11, ptr %155, align 8, !tbaa !15
  %156 = getelementptr inbounds i8, ptr %153, i64 24
  store ptr %10, ptr %156, align 8, !tbaa !15
  %157 = getelementptr inbounds i8, ptr %153, i64 32
  store ptr %12, ptr %157, align 8, !tbaa !15
  %158 = getelementptr inbounds i8, ptr %153, i64 40
  store ptr %13, ptr %158, align 8, !tbaa !15
  %159 = getelementptr inbounds i8, ptr %153, i64 48
  store ptr %14, ptr %159, align 8, !tbaa !15
  store ptr %153, ptr %4, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %15, ptr noundef nonnull %4, ptr noundef null) #17
  %160 = load ptr, ptr %4, align 8, !tbaa !15
  %161 = icmp eq ptr %160, null
  br i1 %161, label %166, label %162

162:                                              ; preds = %136
  %163 = load ptr, ptr %160, align 8, !tbaa !11
  %164 = getelementptr inbounds i8, ptr %163, i64 8
  %165 = load ptr, ptr %164, align 8
  call void %165(ptr noundef nonnull align 8 dereferenceable(8) %160) #17
  br label %166

166:                                              ; preds = %136, %162
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %16) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store i64 0, ptr %16, align 8, !tbaa !9
  %167 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", i64 16), ptr %167, align 8, !tbaa !11
  %168 = getelementptr inbounds i8, ptr %167, i64 8
  store ptr %7, ptr %168, align 8, !tbaa !15
  %169 = getelementptr inbounds i8, ptr %167, i64 16
  store ptr %10, ptr %169, align 8, !tbaa !15
  %170 = getelementptr inbounds i8, ptr %167, i64 24
  store ptr %11, ptr %170, align 8, !tbaa !15
  %171 = getelementptr inbounds i8, ptr %167, i64 32
  store ptr %12, ptr %171, align 8, !tbaa !15
  store ptr %167, ptr %3, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %16, ptr noundef nonnull %3, ptr noundef null) #17
  %172 = load ptr, ptr %3, align 8, !tbaa !15
  %173 = icmp eq ptr %172, null
  br i1 %173, label %178, label %174

174:                                              ; preds = %166
  %175 = load ptr, ptr %172, align 8, !tbaa !11
  %176 = getelementptr inbounds i8, ptr %175, i64 8
  %177 = load ptr, ptr %176, align 8
  call void %177(ptr noundef nonnull align 8 dereferenceable(8) %172) #17
  br label %178

178:                                              ; preds = %166, %174
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %16) #17
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %15) #17
  %179 = load i32, ptr %14, align 4, !tbaa !13
  %180 = load i64, ptr %13, align 8, !tbaa !5
  %181 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %179, i64 noundef %180)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %17) #17
  store i32 0, ptr %17, align 4, !tbaa !44
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %18) #17
  store i32 0, ptr %18, align 4
  br label %188

182:                                              ; preds = %19, %182
  %183 = phi ptr [ %184, %182 ], [ %132, %19 ]
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %183) #17
  %184 = getelementptr inbounds i8, ptr %183, i64 8
  %185 = icmp eq ptr %183, %131
  br i1 %185, label %136, label %182

186:                                              ; preds = %289
  %187 = icmp eq ptr %290, %293
  br i1 %187, label %310, label %365

188:                                              ; preds = %178, %289
  %189 = phi i32 [ 0, %178 ], [ %294, %289 ]
  %190 = phi ptr [ null, %178 ], [ %292, %289 ]
  %191 = phi ptr [ null, %178 ], [ %293, %289 ]
  %192 = phi ptr [ null, %178 ], [ %290, %289 ]
  %193 = icmp eq ptr %191, %190
  br i1 %193, label %205, label %194

194:                                              ; preds = %188
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %191, align 8, !tbaa !9
  %195 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %195, align 8, !tbaa !11
  %196 = getelementptr inbounds i8, ptr %195, i64 8
  store ptr %17, ptr %196, align 8, !tbaa !15
  %197 = getelementptr inbounds i8, ptr %195, i64 16
  store ptr %18, ptr %197, align 8, !tbaa !15
  store ptr %195, ptr %2, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %191, ptr noundef nonnull %2, ptr noundef null) #17
  %198 = load ptr, ptr %2, align 8, !tbaa !15
  %199 = icmp eq ptr %198, null
  br i1 %199, label %204, label %200

200:                                              ; preds = %194
  %201 = load ptr, ptr %198, align 8, !tbaa !11
  %202 = getelementptr inbounds i8, ptr %201, i64 8
  %203 = load ptr, ptr %202, align 8
  call void %203(ptr noundef nonnull align 8 dereferenceable(8) %198) #17
  br label %204

204:                                              ; preds = %200, %194
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %289

205:                                              ; preds = %188
  %206 = ptrtoint ptr %190 to i64
  %207 = ptrtoint ptr %192 to i64
  %208 = sub i64 %206, %207
  %209 = icmp eq i64 %208, 9223372036854775800
  br i1 %209, label %210, label %211

210:                                              ; preds = %205
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #19
  unreachable

211:                                              ; preds = %205
  %212 = ashr exact i64 %208, 3
  %213 = call i64 @llvm.umax.i64(i64 %212, i64 1)
  %214 = add nsw i64 %213, %212
  %215 = icmp ult i64 %214, %212
  %216 = call i64 @llvm.umin.i64(i64 %214, i64 1152921504606846975)
  %217 = select i1 %215, i64 1152921504606846975, i64 %216
  %218 = icmp eq i64 %217, 0
  br i1 %218, label %222, label %219

219:                                              ; preds = %211
  %220 = shl nuw nsw i64 %217, 3
  %221 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %220) #18
  br label %222

222:                                              ; preds = %219, %211
  %223 = phi ptr [ %221, %219 ], [ null, %211 ]
  %224 = getelementptr inbounds %"class.std::thread", ptr %223, i64 %212
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %224, align 8, !tbaa !9
  %225 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %225, align 8, !tbaa !11
  %226 = getelementptr inbounds i8, ptr %225, i64 8
  store ptr %17, ptr %226, align 8, !tbaa !15
  %227 = getelementptr inbounds i8, ptr %225, i64 16
  store ptr %18, ptr %227, align 8, !tbaa !15
  store ptr %225, ptr %1, align 8, !tbaa !15
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %224, ptr noundef nonnull %1, ptr noundef null) #17
  %228 = load ptr, ptr %1, align 8, !tbaa !15
  %229 = icmp eq ptr %228, null
  br i1 %229, label %234, label %230

230:                                              ; preds = %222
  %231 = load ptr, ptr %228, align 8, !tbaa !11
  %232 = getelementptr inbounds i8, ptr %231, i64 8
  %233 = load ptr, ptr %232, align 8
  call void %233(ptr noundef nonnull align 8 dereferenceable(8) %228) #17
  br label %234

234:                                              ; preds = %230, %222
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %235 = icmp eq ptr %192, %190
  br i1 %235, label %283, label %236

236:                                              ; preds = %234
  %237 = add i64 %206, -8
  %238 = sub i64 %237, %207
  %239 = lshr i64 %238, 3
  %240 = add nuw nsw i64 %239, 1
  %241 = icmp ult i64 %238, 56
  br i1 %241, label %273, label %242

242:                                              ; preds = %236
  %243 = getelementptr i8, ptr %223, i64 8
  %244 = add i64 %206, -8
  %245 = sub i64 %244, %207
  %246 = and i64 %245, -8
  %247 = getelementptr i8, ptr %243, i64 %246
  %248 = getelementptr i8, ptr %192, i64 8
  %249 = getelementptr i8, ptr %248, i64 %246
  %250 = icmp ult ptr %223, %249
  %251 = icmp ult ptr %192, %247
  %252 = and i1 %250, %251
  br i1 %252, label %273, label %253

253:                                              ; preds = %242
  %254 = and i64 %240, 4611686018427387900
  %255 = shl i64 %254, 3
  %256 = getelementptr i8, ptr %223, i64 %255
  %257 = shl i64 %254, 3
  %258 = getelementptr i8, ptr %192, i64 %257
  br label %259

259:                                              ; preds = %259, %253
  %260 = phi i64 [ 0, %253 ], [ %269, %259 ]
  %261 = shl i64 %260, 3
  %262 = getelementptr i8, ptr %223, i64 %261
  %263 = shl i64 %260, 3
  %264 = getelementptr i8, ptr %192, i64 %263
  call void @llvm.experimental.noalias.scope.decl(metadata !46)
  call void @llvm.experimental.noalias.scope.decl(metadata !49)
  %265 = getelementptr i8, ptr %264, i64 16
  %266 = load <2 x i64>, ptr %264, align 8, !tbaa !5, !alias.scope !51, !noalias !46
  %267 = load <2 x i64>, ptr %265, align 8, !tbaa !5, !alias.scope !51, !noalias !46
  %268 = getelementptr i8, ptr %262, i64 16
  store <2 x i64> %266, ptr %262, align 8, !tbaa !5, !alias.scope !54, !noalias !51
  store <2 x i64> %267, ptr %268, align 8, !tbaa !5, !alias.scope !54, !noalias !51
  store <2 x i64> zeroinitializer, ptr %264, align 8, !tbaa !5, !alias.scope !51, !noalias !46
  store <2 x i64> zeroinitializer, ptr %265, align 8, !tbaa !5, !alias.scope !51, !noalias !46
  %269 = add nuw i64 %260, 4
  %270 = icmp eq i64 %269, %254
  br i1 %270, label %271, label %259, !llvm.loop !56

271:                                              ; preds = %259
  %272 = icmp eq i64 %240, %254
  br i1 %272, label %283, label %273

273:                                              ; preds = %271, %242, %236
  %274 = phi ptr [ %223, %242 ], [ %223, %236 ], [ %256, %271 ]
  %275 = phi ptr [ %192, %242 ], [ %192, %236 ], [ %258, %271 ]
  br label %276

276:                                              ; preds = %273, %276
  %277 = phi ptr [ %281, %276 ], [ %274, %273 ]
  %278 = phi ptr [ %280, %276 ], [ %275, %273 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !46)
  call void @llvm.experimental.noalias.scope.decl(metadata !49)
  %279 = load i64, ptr %278, align 8, !tbaa !5, !alias.scope !49, !noalias !46
  store i64 %279, ptr %277, align 8, !tbaa !5, !alias.scope !46, !noalias !49
  store i64 0, ptr %278, align 8, !tbaa !5, !alias.scope !49, !noalias !46
  %280 = getelementptr inbounds i8, ptr %278, i64 8
  %281 = getelementptr inbounds i8, ptr %277, i64 8
  %282 = icmp eq ptr %280, %190
  br i1 %282, label %283, label %276, !llvm.loop !57

283:                                              ; preds = %276, %271, %234
  %284 = phi ptr [ %223, %234 ], [ %256, %271 ], [ %281, %276 ]
  %285 = icmp eq ptr %192, null
  br i1 %285, label %287, label %286

286:                                              ; preds = %283
  call void @_ZdlPvm(ptr noundef nonnull %192, i64 noundef %208) #20
  br label %287

287:                                              ; preds = %286, %283
  %288 = getelementptr inbounds %"class.std::thread", ptr %223, i64 %217
  br label %289

289:                                              ; preds = %204, %287
  %290 = phi ptr [ %223, %287 ], [ %192, %204 ]
  %291 = phi ptr [ %284, %287 ], [ %191, %204 ]
  %292 = phi ptr [ %288, %287 ], [ %190, %204 ]
  %293 = getelementptr i8, ptr %291, i64 8
  %294 = add nuw nsw i32 %189, 1
  %295 = icmp eq i32 %294, 4
  br i1 %295, label %186, label %188, !llvm.loop !58

296:                                              ; preds = %365
  %297 = load atomic i32, ptr %18 seq_cst, align 4
  %298 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #17
  %299 = icmp ne i32 %298, 0
  %300 = zext i1 %299 to i32
  %301 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %297, i32 noundef %300)
  br i1 %187, label %316, label %305

302:                                              ; preds = %305
  %303 = getelementptr inbounds i8, ptr %306, i64 8
  %304 = icmp eq ptr %306, %291
  br i1 %304, label %316, label %305, !llvm.loop !59

305:                                              ; preds = %296, %302
  %306 = phi ptr [ %303, %302 ], [ %290, %296 ]
  %307 = load i64, ptr %306, align 8, !tbaa !5
  %308 = icmp eq i64 %307, 0
  br i1 %308, label %302, label %309

309:                                              ; preds = %305
  call void @_ZSt9terminatev() #19
  unreachable

310:                                              ; preds = %186
  %311 = load atomic i32, ptr %18 seq_cst, align 4
  %312 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #17
  %313 = icmp ne i32 %312, 0
  %314 = zext i1 %313 to i32
  %315 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %311, i32 noundef %314)
  br label %316

316:                                              ; preds = %302, %310, %296
  %317 = icmp eq ptr %290, null
  br i1 %317, label %322, label %318

318:                                              ; preds = %316
  %319 = ptrtoint ptr %292 to i64
  %320 = ptrtoint ptr %290 to i64
  %321 = sub i64 %319, %320
  call void @_ZdlPvm(ptr noundef nonnull %290, i64 noundef %321) #20
  br label %322

322:                                              ; preds = %316, %318
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %17) #17
  %323 = load i64, ptr %16, align 8, !tbaa !5
  %324 = icmp eq i64 %323, 0
  br i1 %324, label %326, label %325

325:                                              ; preds = %322
  call void @_ZSt9terminatev() #19
  unreachable

326:                                              ; preds = %322
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #17
  %327 = load i64, ptr %15, align 8, !tbaa !5
  %328 = icmp eq i64 %327, 0
  br i1 %328, label %330, label %329

329:                                              ; preds = %326
  call void @_ZSt9terminatev() #19
  unreachable

330:                                              ; preds = %326
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %15) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %14) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %13) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %12) #17
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #17
  %331 = load ptr, ptr %10, align 8, !tbaa !36
  %332 = icmp eq ptr %331, null
  br i1 %332, label %349, label %333

333:                                              ; preds = %330
  %334 = load ptr, ptr %145, align 8, !tbaa !60
  %335 = load ptr, ptr %150, align 8, !tbaa !61
  %336 = getelementptr inbounds i8, ptr %335, i64 8
  %337 = icmp ult ptr %334, %336
  br i1 %337, label %338, label %345

338:                                              ; preds = %333, %338
  %339 = phi ptr [ %341, %338 ], [ %334, %333 ]
  %340 = load ptr, ptr %339, align 8, !tbaa !15
  call void @_ZdlPvm(ptr noundef %340, i64 noundef 512) #20
  %341 = getelementptr inbounds i8, ptr %339, i64 8
  %342 = icmp ult ptr %339, %335
  br i1 %342, label %338, label %343, !llvm.loop !62

343:                                              ; preds = %338
  %344 = load ptr, ptr %10, align 8, !tbaa !36
  br label %345

345:                                              ; preds = %343, %333
  %346 = phi ptr [ %344, %343 ], [ %331, %333 ]
  %347 = load i64, ptr %140, align 8, !tbaa !33
  %348 = shl i64 %347, 3
  call void @_ZdlPvm(ptr noundef %346, i64 noundef %348) #20
  br label %349

349:                                              ; preds = %330, %345
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %10) #17
  br i1 %20, label %358, label %353

350:                                              ; preds = %353
  %351 = getelementptr inbounds i8, ptr %354, i64 8
  %352 = icmp eq ptr %354, %131
  br i1 %352, label %358, label %353, !llvm.loop !59

353:                                              ; preds = %349, %350
  %354 = phi ptr [ %351, %350 ], [ %132, %349 ]
  %355 = load i64, ptr %354, align 8, !tbaa !5
  %356 = icmp eq i64 %355, 0
  br i1 %356, label %350, label %357

357:                                              ; preds = %353
  call void @_ZSt9terminatev() #19
  unreachable

358:                                              ; preds = %350, %349
  %359 = icmp eq ptr %132, null
  br i1 %359, label %364, label %360

360:                                              ; preds = %358
  %361 = ptrtoint ptr %130 to i64
  %362 = ptrtoint ptr %132 to i64
  %363 = sub i64 %361, %362
  call void @_ZdlPvm(ptr noundef nonnull %132, i64 noundef %363) #20
  br label %364

364:                                              ; preds = %358, %360
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #17
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %7) #17
  ret i32 0

365:                                              ; preds = %186, %365
  %366 = phi ptr [ %367, %365 ], [ %290, %186 ]
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %366) #17
  %367 = getelementptr inbounds i8, ptr %366, i64 8
  %368 = icmp eq ptr %366, %291
  br i1 %368, label %296, label %365
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48)) unnamed_addr #5

; Function Attrs: nounwind
declare noundef i32 @_ZNSt6thread20hardware_concurrencyEv() local_unnamed_addr #5

; Function Attrs: nounwind
declare void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48)) unnamed_addr #5

; Function Attrs: noreturn nounwind
declare void @_ZSt9terminatev() local_unnamed_addr #6

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #7

declare void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #8

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #9 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #10 align 2 {
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
  %10 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %9) #17
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  tail call void @_ZSt20__throw_system_errori(i32 noundef %10) #19
  unreachable

13:                                               ; preds = %7
  %14 = load i32, ptr %2, align 8, !tbaa !65
  %15 = add nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = load ptr, ptr %4, align 8, !tbaa !66
  %18 = load i64, ptr %17, align 8, !tbaa !5
  %19 = add nsw i64 %18, %16
  store i64 %19, ptr %17, align 8, !tbaa !5
  %20 = tail call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %9) #17
  %21 = add nuw nsw i32 %8, 1
  %22 = icmp eq i32 %21, 10000
  br i1 %22, label %5, label %7, !llvm.loop !67

23:                                               ; preds = %23, %5
  %24 = phi i32 [ 0, %5 ], [ %41, %23 ]
  %25 = load ptr, ptr %6, align 8, !tbaa !68
  %26 = atomicrmw add ptr %25, i64 1 monotonic, align 8
  %27 = load ptr, ptr %6, align 8, !tbaa !68
  %28 = atomicrmw add ptr %27, i64 1 monotonic, align 8
  %29 = load ptr, ptr %6, align 8, !tbaa !68
  %30 = atomicrmw add ptr %29, i64 1 monotonic, align 8
  %31 = load ptr, ptr %6, align 8, !tbaa !68
  %32 = atomicrmw add ptr %31, i64 1 monotonic, align 8
  %33 = load ptr, ptr %6, align 8, !tbaa !68
  %34 = atomicrmw add ptr %33, i64 1 monotonic, align 8
  %35 = load ptr, ptr %6, align 8, !tbaa !68
  %36 = atomicrmw add ptr %35, i64 1 monotonic, align 8
  %37 = load ptr, ptr %6, align 8, !tbaa !68
  %38 = atomicrmw add ptr %37, i64 1 monotonic, align 8
  %39 = load ptr, ptr %6, align 8, !tbaa !68
  %40 = atomicrmw add ptr %39, i64 1 monotonic, align 8
  %41 = add nuw nsw i32 %24, 8
  %42 = icmp eq i32 %41, 10000
  br i1 %42, label %43, label %23, !llvm.loop !69

43:                                               ; preds = %23
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_system_errori(i32 noundef) local_unnamed_addr #11

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #5

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #5

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #11

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #11

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #11

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #9 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 56) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(56) %0) unnamed_addr #10 align 2 {
  %2 = alloca %"class.std::unique_lock", align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #17
  %4 = load ptr, ptr %3, align 8, !tbaa !70
  store ptr %4, ptr %2, align 8, !tbaa !72
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %4) #17
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  tail call void @_ZSt20__throw_system_errori(i32 noundef %6) #19
  unreachable

9:                                                ; preds = %1
  store i8 1, ptr %5, align 8, !tbaa !74
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = getelementptr inbounds i8, ptr %0, i64 40
  %14 = getelementptr inbounds i8, ptr %0, i64 48
  %15 = load ptr, ptr %11, align 8, !tbaa !75
  %16 = load ptr, ptr %12, align 8, !tbaa !76
  br label %17

17:                                               ; preds = %84, %9
  %18 = phi ptr [ %85, %84 ], [ %15, %9 ]
  %19 = phi ptr [ %86, %84 ], [ %15, %9 ]
  %20 = phi ptr [ %87, %84 ], [ %16, %9 ]
  %21 = load ptr, ptr %10, align 8, !tbaa !77
  %22 = getelementptr inbounds i8, ptr %19, i64 48
  %23 = getelementptr inbounds i8, ptr %19, i64 16
  %24 = load ptr, ptr %22, align 8, !tbaa !78
  %25 = load ptr, ptr %23, align 8, !tbaa !78
  %26 = icmp eq ptr %24, %25
  br i1 %26, label %27, label %40

27:                                               ; preds = %17, %30
  %28 = load i8, ptr %20, align 1, !tbaa !42, !range !79, !noundef !80
  %29 = trunc nuw i8 %28 to i1
  br i1 %29, label %34, label %30

30:                                               ; preds = %27
  call void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48) %21, ptr noundef nonnull align 8 dereferenceable(9) %2) #17
  %31 = load ptr, ptr %22, align 8, !tbaa !78
  %32 = load ptr, ptr %23, align 8, !tbaa !78
  %33 = icmp eq ptr %31, %32
  br i1 %33, label %27, label %34, !llvm.loop !81

34:                                               ; preds = %30, %27
  %35 = load ptr, ptr %11, align 8, !tbaa !75
  %36 = getelementptr inbounds i8, ptr %35, i64 48
  %37 = load ptr, ptr %36, align 8, !tbaa !78
  %38 = getelementptr inbounds i8, ptr %35, i64 16
  %39 = load ptr, ptr %38, align 8, !tbaa !78
  br label %40

40:                                               ; preds = %34, %17
  %41 = phi ptr [ %39, %34 ], [ %25, %17 ]
  %42 = phi ptr [ %37, %34 ], [ %24, %17 ]
  %43 = phi ptr [ %35, %34 ], [ %18, %17 ]
  %44 = phi ptr [ %35, %34 ], [ %19, %17 ]
  %45 = icmp eq ptr %42, %41
  br i1 %45, label %84, label %46

46:                                               ; preds = %40
  %47 = getelementptr inbounds i8, ptr %44, i64 16
  br label %48

48:                                               ; preds = %76, %46
  %49 = phi ptr [ %77, %76 ], [ %43, %46 ]
  %50 = phi ptr [ %82, %76 ], [ %41, %46 ]
  %51 = phi ptr [ %80, %76 ], [ %47, %46 ]
  %52 = phi ptr [ %77, %76 ], [ %44, %46 ]
  %53 = load i32, ptr %50, align 4, !tbaa !13
  %54 = sext i32 %53 to i64
  %55 = load ptr, ptr %13, align 8, !tbaa !82
  %56 = load i64, ptr %55, align 8, !tbaa !5
  %57 = add nsw i64 %56, %54
  store i64 %57, ptr %55, align 8, !tbaa !5
  %58 = load ptr, ptr %14, align 8, !tbaa !83
  %59 = load i32, ptr %58, align 4, !tbaa !13
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %58, align 4, !tbaa !13
  %61 = getelementptr inbounds i8, ptr %52, i64 32
  %62 = load ptr, ptr %61, align 8, !tbaa !84
  %63 = getelementptr inbounds i8, ptr %62, i64 -4
  %64 = icmp eq ptr %50, %63
  br i1 %64, label %67, label %65

65:                                               ; preds = %48
  %66 = getelementptr inbounds i8, ptr %50, i64 4
  br label %76

67:                                               ; preds = %48
  %68 = getelementptr inbounds i8, ptr %52, i64 24
  %69 = load ptr, ptr %68, align 8, !tbaa !85
  call void @_ZdlPvm(ptr noundef %69, i64 noundef 512) #20
  %70 = getelementptr inbounds i8, ptr %52, i64 40
  %71 = load ptr, ptr %70, align 8, !tbaa !60
  %72 = getelementptr inbounds i8, ptr %71, i64 8
  store ptr %72, ptr %70, align 8, !tbaa !37
  %73 = load ptr, ptr %72, align 8, !tbaa !15
  store ptr %73, ptr %68, align 8, !tbaa !38
  %74 = getelementptr inbounds i8, ptr %73, i64 512
  store ptr %74, ptr %61, align 8, !tbaa !39
  %75 = load ptr, ptr %11, align 8, !tbaa !75
  br label %76

76:                                               ; preds = %67, %65
  %77 = phi ptr [ %49, %65 ], [ %75, %67 ]
  %78 = phi ptr [ %66, %65 ], [ %73, %67 ]
  store ptr %78, ptr %51, align 8, !tbaa !40
  %79 = getelementptr inbounds i8, ptr %77, i64 48
  %80 = getelementptr inbounds i8, ptr %77, i64 16
  %81 = load ptr, ptr %79, align 8, !tbaa !78
  %82 = load ptr, ptr %80, align 8, !tbaa !78
  %83 = icmp eq ptr %81, %82
  br i1 %83, label %84, label %48, !llvm.loop !86

84:                                               ; preds = %76, %40
  %85 = phi ptr [ %43, %40 ], [ %77, %76 ]
  %86 = phi ptr [ %44, %40 ], [ %77, %76 ]
  %87 = load ptr, ptr %12, align 8, !tbaa !76
  %88 = load i8, ptr %87, align 1, !tbaa !42, !range !79, !noundef !80
  %89 = trunc nuw i8 %88 to i1
  br i1 %89, label %90, label %17, !llvm.loop !87

90:                                               ; preds = %84
  %91 = load i8, ptr %5, align 8, !tbaa !74, !range !79, !noundef !80
  %92 = trunc nuw i8 %91 to i1
  br i1 %92, label %93, label %98

93:                                               ; preds = %90
  %94 = load ptr, ptr %2, align 8, !tbaa !72
  %95 = icmp eq ptr %94, null
  br i1 %95, label %98, label %96

96:                                               ; preds = %93
  %97 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %94) #17
  br label %98

98:                                               ; preds = %90, %93, %96
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #17
  ret void
}

declare void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48), ptr noundef nonnull align 8 dereferenceable(9)) local_unnamed_addr #3

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #9 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #10 align 2 {
  %2 = alloca i32, align 4
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #17
  store i32 1, ptr %2, align 4, !tbaa !13
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  br label %11

6:                                                ; preds = %28
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #17
  %7 = load ptr, ptr %3, align 8, !tbaa !88
  %8 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %7) #17
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %34, label %10

10:                                               ; preds = %6
  call void @_ZSt20__throw_system_errori(i32 noundef %8) #19
  unreachable

11:                                               ; preds = %28, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !88
  %13 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %12) #17
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @_ZSt20__throw_system_errori(i32 noundef %13) #19
  unreachable

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !90
  %18 = getelementptr inbounds i8, ptr %17, i64 48
  %19 = load ptr, ptr %18, align 8, !tbaa !41
  %20 = getelementptr inbounds i8, ptr %17, i64 64
  %21 = load ptr, ptr %20, align 8, !tbaa !91
  %22 = getelementptr inbounds i8, ptr %21, i64 -4
  %23 = icmp eq ptr %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %2, align 4, !tbaa !13
  store i32 %25, ptr %19, align 4, !tbaa !13
  %26 = getelementptr inbounds i8, ptr %19, i64 4
  store ptr %26, ptr %18, align 8, !tbaa !41
  br label %28

27:                                               ; preds = %16
  call void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %17, ptr noundef nonnull align 4 dereferenceable(4) %2)
  br label %28

28:                                               ; preds = %27, %24
  %29 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #17
  %30 = load ptr, ptr %5, align 8, !tbaa !92
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %30) #17
  %31 = load i32, ptr %2, align 4, !tbaa !13
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !13
  %33 = icmp slt i32 %31, 1000
  br i1 %33, label %11, label %6, !llvm.loop !93

34:                                               ; preds = %6
  %35 = getelementptr inbounds i8, ptr %0, i64 32
  %36 = load ptr, ptr %35, align 8, !tbaa !94
  store i8 1, ptr %36, align 1, !tbaa !42
  %37 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %7) #17
  %38 = load ptr, ptr %5, align 8, !tbaa !92
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %38) #17
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48)) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #10 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !37
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !37
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !78
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !38
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !39
  %27 = load ptr, ptr %4, align 8, !tbaa !78
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.4) #19
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !33
  %38 = load ptr, ptr %0, align 8, !tbaa !36
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext false)
  %45 = load ptr, ptr %5, align 8, !tbaa !61
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #18
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !15
  %50 = load ptr, ptr %3, align 8, !tbaa !41
  %51 = load i32, ptr %1, align 4, !tbaa !13
  store i32 %51, ptr %50, align 4, !tbaa !13
  %52 = load ptr, ptr %5, align 8, !tbaa !61
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !37
  %54 = load ptr, ptr %53, align 8, !tbaa !15
  store ptr %54, ptr %18, align 8, !tbaa !38
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !39
  store ptr %54, ptr %3, align 8, !tbaa !41
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef zeroext %2) local_unnamed_addr #10 comdat align 2 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !61
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !60
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
  %19 = load ptr, ptr %0, align 8, !tbaa !36
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
  br i1 %44, label %45, label %49, !prof !95

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #19
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #19
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #18
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
  %63 = load ptr, ptr %0, align 8, !tbaa !36
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #20
  store ptr %51, ptr %0, align 8, !tbaa !36
  store i64 %43, ptr %14, align 8, !tbaa !33
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !37
  %67 = load ptr, ptr %66, align 8, !tbaa !15
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !38
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !39
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !37
  %73 = load ptr, ptr %72, align 8, !tbaa !15
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !38
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !39
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #12

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #9 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #10 align 2 {
  %2 = alloca %class.anon.33, align 8
  %3 = alloca %class.anon.32, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !96
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #17
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !98
  store ptr %7, ptr %3, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #17
  store ptr %3, ptr %2, align 8, !tbaa !15
  %8 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %2, ptr %8, align 8, !tbaa !15
  %9 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv", ptr %9, align 8, !tbaa !15
  %10 = call noundef i32 @pthread_once(ptr noundef nonnull %5, ptr noundef nonnull @__once_proxy) #17
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %1
  call void @_ZSt20__throw_system_errori(i32 noundef %10) #19
  unreachable

13:                                               ; preds = %1
  store ptr null, ptr %8, align 8, !tbaa !15
  store ptr null, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #17
  ret void
}

declare void @__once_proxy() #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #13

; Function Attrs: inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define internal void @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv"() #14 align 2 {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !15
  %3 = load ptr, ptr %2, align 8, !tbaa !99
  %4 = load ptr, ptr %3, align 8, !tbaa !101
  %5 = atomicrmw add ptr %4, i32 1 seq_cst, align 4
  ret void
}

declare i32 @pthread_once(ptr noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #15

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #16

attributes #0 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #17 = { nounwind }
attributes #18 = { builtin nounwind allocsize(0) }
attributes #19 = { noreturn nounwind }
attributes #20 = { builtin nounwind }

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
!9 = !{!10, !6, i64 0}
!10 = !{!"_ZTSNSt6thread2idE", !6, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"vtable pointer", !8, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = !{!18}
!18 = distinct !{!18, !19, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!19 = distinct !{!19, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!20 = !{!21}
!21 = distinct !{!21, !19, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!22 = !{!21, !23}
!23 = distinct !{!23, !24}
!24 = distinct !{!24, !"LVerDomain"}
!25 = !{!18, !26}
!26 = distinct !{!26, !24}
!27 = distinct !{!27, !28, !29, !30}
!28 = !{!"llvm.loop.mustprogress"}
!29 = !{!"llvm.loop.isvectorized", i32 1}
!30 = !{!"llvm.loop.unroll.runtime.disable"}
!31 = distinct !{!31, !28, !29}
!32 = distinct !{!32, !28}
!33 = !{!34, !6, i64 8}
!34 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !16, i64 0, !6, i64 8, !35, i64 16, !35, i64 48}
!35 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !16, i64 0, !16, i64 8, !16, i64 16, !16, i64 24}
!36 = !{!34, !16, i64 0}
!37 = !{!35, !16, i64 24}
!38 = !{!35, !16, i64 8}
!39 = !{!35, !16, i64 16}
!40 = !{!34, !16, i64 16}
!41 = !{!34, !16, i64 48}
!42 = !{!43, !43, i64 0}
!43 = !{!"bool", !7, i64 0}
!44 = !{!45, !14, i64 0}
!45 = !{!"_ZTSSt9once_flag", !14, i64 0}
!46 = !{!47}
!47 = distinct !{!47, !48, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!48 = distinct !{!48, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!49 = !{!50}
!50 = distinct !{!50, !48, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!51 = !{!50, !52}
!52 = distinct !{!52, !53}
!53 = distinct !{!53, !"LVerDomain"}
!54 = !{!47, !55}
!55 = distinct !{!55, !53}
!56 = distinct !{!56, !28, !29, !30}
!57 = distinct !{!57, !28, !29}
!58 = distinct !{!58, !28}
!59 = distinct !{!59, !28}
!60 = !{!34, !16, i64 40}
!61 = !{!34, !16, i64 72}
!62 = distinct !{!62, !28}
!63 = !{!64, !16, i64 8}
!64 = !{!"_ZTSZ4mainE3$_0", !14, i64 0, !16, i64 8, !16, i64 16, !16, i64 24}
!65 = !{!64, !14, i64 0}
!66 = !{!64, !16, i64 16}
!67 = distinct !{!67, !28}
!68 = !{!64, !16, i64 24}
!69 = distinct !{!69, !28}
!70 = !{!71, !16, i64 0}
!71 = !{!"_ZTSZ4mainE3$_1", !16, i64 0, !16, i64 8, !16, i64 16, !16, i64 24, !16, i64 32, !16, i64 40}
!72 = !{!73, !16, i64 0}
!73 = !{!"_ZTSSt11unique_lockISt5mutexE", !16, i64 0, !43, i64 8}
!74 = !{!73, !43, i64 8}
!75 = !{!71, !16, i64 16}
!76 = !{!71, !16, i64 24}
!77 = !{!71, !16, i64 8}
!78 = !{!35, !16, i64 0}
!79 = !{i8 0, i8 2}
!80 = !{}
!81 = distinct !{!81, !28}
!82 = !{!71, !16, i64 32}
!83 = !{!71, !16, i64 40}
!84 = !{!34, !16, i64 32}
!85 = !{!34, !16, i64 24}
!86 = distinct !{!86, !28}
!87 = distinct !{!87, !28}
!88 = !{!89, !16, i64 0}
!89 = !{!"_ZTSZ4mainE3$_2", !16, i64 0, !16, i64 8, !16, i64 16, !16, i64 24}
!90 = !{!89, !16, i64 8}
!91 = !{!34, !16, i64 64}
!92 = !{!89, !16, i64 16}
!93 = distinct !{!93, !28}
!94 = !{!89, !16, i64 24}
!95 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!96 = !{!97, !16, i64 0}
!97 = !{!"_ZTSZ4mainE3$_3", !16, i64 0, !16, i64 8}
!98 = !{!97, !16, i64 8}
!99 = !{!100, !16, i64 0}
!100 = !{!"_ZTSZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRSt9once_flagOT_DpOT0_EUlvE_", !16, i64 0}
!101 = !{!102, !16, i64 0}
!102 = !{!"_ZTSZZ4mainENK3$_3clEvEUlvE_", !16, i64 0}
