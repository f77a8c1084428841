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
  %12 = alloca i8, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca %"class.std::thread", align 8
  %16 = alloca %"class.std::thread", align 8
  %17 = alloca %"struct.std::once_flag", align 4
  %18 = alloca %"struct.std::atomic.5", align 4
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %7) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %7, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %8) #17
  store i64 0, ptr %8, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %9) #17
  store i64 0, ptr %9, align 8
  br label %22

19:                                               ; preds = %130
  %20 = ptrtoint ptr %133 to i64
  %21 = icmp eq ptr %133, %134
  br i1 %21, label %137, label %183

22:                                               ; preds = %0, %130
  %23 = phi i32 [ 0, %0 ], [ %135, %130 ]
  %24 = phi ptr [ null, %0 ], [ %133, %130 ]
  %25 = phi ptr [ null, %0 ], [ %134, %130 ]
  %26 = phi ptr [ null, %0 ], [ %131, %130 ]
  %27 = ptrtoint ptr %24 to i64
  %28 = ptrtoint ptr %25 to i64
  %29 = ptrtoint ptr %24 to i64
  %30 = icmp eq ptr %25, %26
  br i1 %30, label %44, label %31

31:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %6)
  store i64 0, ptr %25, align 8, !tbaa !10
  %32 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %32, align 8, !tbaa !12
  %33 = getelementptr inbounds i8, ptr %32, i64 8
  store i32 %23, ptr %33, align 8, !tbaa !14
  %34 = getelementptr inbounds i8, ptr %32, i64 16
  store ptr %7, ptr %34, align 8, !tbaa !16
  %35 = getelementptr inbounds i8, ptr %32, i64 24
  store ptr %8, ptr %35, align 8, !tbaa !16
  %36 = getelementptr inbounds i8, ptr %32, i64 32
  store ptr %9, ptr %36, align 8, !tbaa !16
  store ptr %32, ptr %6, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull %6, ptr noundef null) #17
  %37 = load ptr, ptr %6, align 8, !tbaa !16
  %38 = icmp eq ptr %37, null
  br i1 %38, label %43, label %39

39:                                               ; preds = %31
  %40 = load ptr, ptr %37, align 8, !tbaa !12
  %41 = getelementptr inbounds i8, ptr %40, i64 8
  %42 = load ptr, ptr %41, align 8
  call void %42(ptr noundef nonnull align 8 dereferenceable(8) %37) #17
  br label %43

43:                                               ; preds = %39, %31
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %6)
  br label %130

44:                                               ; preds = %22
  %45 = ptrtoint ptr %25 to i64
  %46 = ptrtoint ptr %24 to i64
  %47 = sub i64 %45, %46
  %48 = icmp eq i64 %47, 9223372036854775800
  br i1 %48, label %49, label %50

49:                                               ; preds = %44
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #19
  unreachable

50:                                               ; preds = %44
  %51 = ashr exact i64 %47, 3
  %52 = call i64 @llvm.umax.i64(i64 %51, i64 1)
  %53 = add nsw i64 %52, %51
  %54 = icmp ult i64 %53, %51
  %55 = call i64 @llvm.umin.i64(i64 %53, i64 1152921504606846975)
  %56 = select i1 %54, i64 1152921504606846975, i64 %55
  %57 = icmp eq i64 %56, 0
  br i1 %57, label %61, label %58

58:                                               ; preds = %50
  %59 = shl nuw nsw i64 %56, 3
  %60 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %59) #18
  br label %61

61:                                               ; preds = %58, %50
  %62 = phi ptr [ %60, %58 ], [ null, %50 ]
  %63 = getelementptr inbounds %"class.std::thread", ptr %62, i64 %51
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5)
  store i64 0, ptr %63, align 8, !tbaa !10
  %64 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEEE", i64 16), ptr %64, align 8, !tbaa !12
  %65 = getelementptr inbounds i8, ptr %64, i64 8
  store i32 %23, ptr %65, align 8, !tbaa !14
  %66 = getelementptr inbounds i8, ptr %64, i64 16
  store ptr %7, ptr %66, align 8, !tbaa !16
  %67 = getelementptr inbounds i8, ptr %64, i64 24
  store ptr %8, ptr %67, align 8, !tbaa !16
  %68 = getelementptr inbounds i8, ptr %64, i64 32
  store ptr %9, ptr %68, align 8, !tbaa !16
  store ptr %64, ptr %5, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %63, ptr noundef nonnull %5, ptr noundef null) #17
  %69 = load ptr, ptr %5, align 8, !tbaa !16
  %70 = icmp eq ptr %69, null
  br i1 %70, label %75, label %71

71:                                               ; preds = %61
  %72 = load ptr, ptr %69, align 8, !tbaa !12
  %73 = getelementptr inbounds i8, ptr %72, i64 8
  %74 = load ptr, ptr %73, align 8
  call void %74(ptr noundef nonnull align 8 dereferenceable(8) %69) #17
  br label %75

75:                                               ; preds = %71, %61
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5)
  %76 = icmp eq ptr %24, %25
  br i1 %76, label %124, label %77

77:                                               ; preds = %75
  %78 = add i64 %28, -8
  %79 = sub i64 %78, %27
  %80 = lshr i64 %79, 3
  %81 = add nuw nsw i64 %80, 1
  %82 = icmp ult i64 %79, 40
  br i1 %82, label %114, label %83

83:                                               ; preds = %77
  %84 = getelementptr i8, ptr %62, i64 8
  %85 = add i64 %28, -8
  %86 = sub i64 %85, %29
  %87 = and i64 %86, -8
  %88 = getelementptr i8, ptr %84, i64 %87
  %89 = getelementptr i8, ptr %24, i64 8
  %90 = getelementptr i8, ptr %89, i64 %87
  %91 = icmp ult ptr %62, %90
  %92 = icmp ult ptr %24, %88
  %93 = and i1 %91, %92
  br i1 %93, label %114, label %94

94:                                               ; preds = %83
  %95 = and i64 %81, 4611686018427387900
  %96 = shl i64 %95, 3
  %97 = getelementptr i8, ptr %62, i64 %96
  %98 = shl i64 %95, 3
  %99 = getelementptr i8, ptr %24, i64 %98
  br label %100

100:                                              ; preds = %100, %94
  %101 = phi i64 [ 0, %94 ], [ %110, %100 ]
  %102 = shl i64 %101, 3
  %103 = getelementptr i8, ptr %62, i64 %102
  %104 = shl i64 %101, 3
  %105 = getelementptr i8, ptr %24, i64 %104
  call void @llvm.experimental.noalias.scope.decl(metadata !18)
  call void @llvm.experimental.noalias.scope.decl(metadata !21)
  %106 = getelementptr i8, ptr %105, i64 16
  %107 = load <2 x i64>, ptr %105, align 8, !tbaa !6, !alias.scope !23, !noalias !18
  %108 = load <2 x i64>, ptr %106, align 8, !tbaa !6, !alias.scope !23, !noalias !18
  %109 = getelementptr i8, ptr %103, i64 16
  store <2 x i64> %107, ptr %103, align 8, !tbaa !6, !alias.scope !26, !noalias !23
  store <2 x i64> %108, ptr %109, align 8, !tbaa !6, !alias.scope !26, !noalias !23
  store <2 x i64> zeroinitializer, ptr %105, align 8, !tbaa !6, !alias.scope !23, !noalias !18
  store <2 x i64> zeroinitializer, ptr %106, align 8, !tbaa !6, !alias.scope !23, !noalias !18
  %110 = add nuw i64 %101, 4
  %111 = icmp eq i64 %110, %95
  br i1 %111, label %112, label %100, !llvm.loop !28

112:                                              ; preds = %100
  %113 = icmp eq i64 %81, %95
  br i1 %113, label %124, label %114

114:                                              ; preds = %112, %83, %77
  %115 = phi ptr [ %62, %83 ], [ %62, %77 ], [ %97, %112 ]
  %116 = phi ptr [ %24, %83 ], [ %24, %77 ], [ %99, %112 ]
  br label %117

117:                                              ; preds = %114, %117
  %118 = phi ptr [ %122, %117 ], [ %115, %114 ]
  %119 = phi ptr [ %121, %117 ], [ %116, %114 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !18)
  call void @llvm.experimental.noalias.scope.decl(metadata !21)
  %120 = load i64, ptr %119, align 8, !tbaa !6, !alias.scope !21, !noalias !18
  store i64 %120, ptr %118, align 8, !tbaa !6, !alias.scope !18, !noalias !21
  store i64 0, ptr %119, align 8, !tbaa !6, !alias.scope !21, !noalias !18
  %121 = getelementptr inbounds i8, ptr %119, i64 8
  %122 = getelementptr inbounds i8, ptr %118, i64 8
  %123 = icmp eq ptr %121, %25
  br i1 %123, label %124, label %117, !llvm.loop !32

124:                                              ; preds = %117, %112, %75
  %125 = phi ptr [ %62, %75 ], [ %97, %112 ], [ %122, %117 ]
  %126 = icmp eq ptr %24, null
  br i1 %126, label %128, label %127

127:                                              ; preds = %124
  call void @_ZdlPvm(ptr noundef nonnull %24, i64 noundef %47) #20
  br label %128

128:                                              ; preds = %127, %124
  %129 = getelementptr inbounds %"class.std::thread", ptr %62, i64 %56
  br label %130

130:                                              ; preds = %43, %128
  %131 = phi ptr [ %129, %128 ], [ %26, %43 ]
  %132 = phi ptr [ %125, %128 ], [ %25, %43 ]
  %133 = phi ptr [ %62, %128 ], [ %24, %43 ]
  %134 = getelementptr i8, ptr %132, i64 8
  %135 = add nuw nsw i32 %23, 1
  %136 = icmp eq i32 %135, 4
  br i1 %136, label %19, label %22, !llvm.loop !33

137:                                              ; preds = %183, %19
  %138 = load i64, ptr %8, align 8, !tbaa !6
  %139 = load atomic i64, ptr %9 seq_cst, align 8
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %138, i64 noundef %139)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %10) #17
  %141 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 8, ptr %141, align 8, !tbaa !34
  %142 = call noalias noundef nonnull dereferenceable(64) ptr @_Znwm(i64 noundef 64) #18
  store ptr %142, ptr %10, align 8, !tbaa !37
  %143 = getelementptr inbounds i8, ptr %142, i64 24
  %144 = call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #18
  store ptr %144, ptr %143, align 8, !tbaa !16
  %145 = getelementptr inbounds i8, ptr %10, i64 16
  %146 = getelementptr inbounds i8, ptr %10, i64 40
  store ptr %143, ptr %146, align 8, !tbaa !38
  %147 = getelementptr inbounds i8, ptr %10, i64 24
  store ptr %144, ptr %147, align 8, !tbaa !39
  %148 = getelementptr inbounds i8, ptr %144, i64 512
  %149 = getelementptr inbounds i8, ptr %10, i64 32
  store ptr %148, ptr %149, align 8, !tbaa !40
  %150 = getelementptr inbounds i8, ptr %10, i64 48
  %151 = getelementptr inbounds i8, ptr %10, i64 72
  store ptr %143, ptr %151, align 8, !tbaa !38
  %152 = getelementptr inbounds i8, ptr %10, i64 56
  store ptr %144, ptr %152, align 8, !tbaa !39
  %153 = getelementptr inbounds i8, ptr %10, i64 64
  store ptr %148, ptr %153, align 8, !tbaa !40
  store ptr %144, ptr %145, align 8, !tbaa !41
  store ptr %144, ptr %150, align 8, !tbaa !42
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #17
  call void @_ZNSt18condition_variableC1Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %12) #17
  store i8 0, ptr %12, align 4, !tbaa !43
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %13) #17
  store i64 0, ptr %13, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %14) #17
  store i32 0, ptr %14, align 4, !tbaa !14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %15) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4)
  store i64 0, ptr %15, align 8, !tbaa !10
  %154 = call noalias noundef nonnull dereferenceable(56) ptr @_Znwm(i64 noundef 56) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %154, align 8, !tbaa !12
  %155 = getelementptr inbounds i8, ptr %154, i64 8
  store ptr %7, ptr %155, align 8, !tbaa !16
  %156 = getelementptr inbounds i8, ptr %154, i64 16
  store ptr %11, ptr %156, align 8, !tbaa !16
  %157 = getelementptr inbounds i8, ptr %154, i64 24
  store ptr %10, ptr %157, align 8, !tbaa !16
  %158 = getelementptr inbounds i8, ptr %154, i64 32
  store ptr %12, ptr %158, align 8, !tbaa !16
  %159 = getelementptr inbounds i8, ptr %154, i64 40
  store ptr %13, ptr %159, align 8, !tbaa !16
  %160 = getelementptr inbounds i8, ptr %154, i64 48
  store ptr %14, ptr %160, align 8, !tbaa !16
  store ptr %154, ptr %4, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %15, ptr noundef nonnull %4, ptr noundef null) #17
  %161 = load ptr, ptr %4, align 8, !tbaa !16
  %162 = icmp eq ptr %161, null
  br i1 %162, label %167, label %163

163:                                              ; preds = %137
  %164 = load ptr, ptr %161, align 8, !tbaa !12
  %165 = getelementptr inbounds i8, ptr %164, i64 8
  %166 = load ptr, ptr %165, align 8
  call void %166(ptr noundef nonnull align 8 dereferenceable(8) %161) #17
  br label %167

167:                                              ; preds = %137, %163
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %16) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  store i64 0, ptr %16, align 8, !tbaa !10
  %168 = call noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEEE", i64 16), ptr %168, align 8, !tbaa !12
  %169 = getelementptr inbounds i8, ptr %168, i64 8
  store ptr %7, ptr %169, align 8, !tbaa !16
  %170 = getelementptr inbounds i8, ptr %168, i64 16
  store ptr %10, ptr %170, align 8, !tbaa !16
  %171 = getelementptr inbounds i8, ptr %168, i64 24
  store ptr %11, ptr %171, align 8, !tbaa !16
  %172 = getelementptr inbounds i8, ptr %168, i64 32
  store ptr %12, ptr %172, align 8, !tbaa !16
  store ptr %168, ptr %3, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %16, ptr noundef nonnull %3, ptr noundef null) #17
  %173 = load ptr, ptr %3, align 8, !tbaa !16
  %174 = icmp eq ptr %173, null
  br i1 %174, label %179, label %175

175:                                              ; preds = %167
  %176 = load ptr, ptr %173, align 8, !tbaa !12
  %177 = getelementptr inbounds i8, ptr %176, i64 8
  %178 = load ptr, ptr %177, align 8
  call void %178(ptr noundef nonnull align 8 dereferenceable(8) %173) #17
  br label %179

179:                                              ; preds = %167, %175
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %16) #17
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %15) #17
  %180 = load i32, ptr %14, align 4, !tbaa !14
  %181 = load i64, ptr %13, align 8, !tbaa !6
  %182 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %180, i64 noundef %181)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %17) #17
  store i32 0, ptr %17, align 4, !tbaa !45
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %18) #17
  store i32 0, ptr %18, align 4
  br label %190

183:                                              ; preds = %19, %183
  %184 = phi ptr [ %185, %183 ], [ %133, %19 ]
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %184) #17
  %185 = getelementptr inbounds i8, ptr %184, i64 8
  %186 = icmp eq ptr %184, %132
  br i1 %186, label %137, label %183

187:                                              ; preds = %291
  %188 = ptrtoint ptr %292 to i64
  %189 = icmp eq ptr %292, %295
  br i1 %189, label %312, label %365

190:                                              ; preds = %179, %291
  %191 = phi i32 [ 0, %179 ], [ %296, %291 ]
  %192 = phi ptr [ null, %179 ], [ %294, %291 ]
  %193 = phi ptr [ null, %179 ], [ %295, %291 ]
  %194 = phi ptr [ null, %179 ], [ %292, %291 ]
  %195 = icmp eq ptr %193, %192
  br i1 %195, label %207, label %196

196:                                              ; preds = %190
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %193, align 8, !tbaa !10
  %197 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %197, align 8, !tbaa !12
  %198 = getelementptr inbounds i8, ptr %197, i64 8
  store ptr %17, ptr %198, align 8, !tbaa !16
  %199 = getelementptr inbounds i8, ptr %197, i64 16
  store ptr %18, ptr %199, align 8, !tbaa !16
  store ptr %197, ptr %2, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %193, ptr noundef nonnull %2, ptr noundef null) #17
  %200 = load ptr, ptr %2, align 8, !tbaa !16
  %201 = icmp eq ptr %200, null
  br i1 %201, label %206, label %202

202:                                              ; preds = %196
  %203 = load ptr, ptr %200, align 8, !tbaa !12
  %204 = getelementptr inbounds i8, ptr %203, i64 8
  %205 = load ptr, ptr %204, align 8
  call void %205(ptr noundef nonnull align 8 dereferenceable(8) %200) #17
  br label %206

206:                                              ; preds = %202, %196
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %291

207:                                              ; preds = %190
  %208 = ptrtoint ptr %192 to i64
  %209 = ptrtoint ptr %194 to i64
  %210 = sub i64 %208, %209
  %211 = icmp eq i64 %210, 9223372036854775800
  br i1 %211, label %212, label %213

212:                                              ; preds = %207
  call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.3) #19
  unreachable

213:                                              ; preds = %207
  %214 = ashr exact i64 %210, 3
  %215 = call i64 @llvm.umax.i64(i64 %214, i64 1)
  %216 = add nsw i64 %215, %214
  %217 = icmp ult i64 %216, %214
  %218 = call i64 @llvm.umin.i64(i64 %216, i64 1152921504606846975)
  %219 = select i1 %217, i64 1152921504606846975, i64 %218
  %220 = icmp eq i64 %219, 0
  br i1 %220, label %224, label %221

221:                                              ; preds = %213
  %222 = shl nuw nsw i64 %219, 3
  %223 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %222) #18
  br label %224

224:                                              ; preds = %221, %213
  %225 = phi ptr [ %223, %221 ], [ null, %213 ]
  %226 = getelementptr inbounds %"class.std::thread", ptr %225, i64 %214
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %226, align 8, !tbaa !10
  %227 = call noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #18
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEEE", i64 16), ptr %227, align 8, !tbaa !12
  %228 = getelementptr inbounds i8, ptr %227, i64 8
  store ptr %17, ptr %228, align 8, !tbaa !16
  %229 = getelementptr inbounds i8, ptr %227, i64 16
  store ptr %18, ptr %229, align 8, !tbaa !16
  store ptr %227, ptr %1, align 8, !tbaa !16
  call void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %226, ptr noundef nonnull %1, ptr noundef null) #17
  %230 = load ptr, ptr %1, align 8, !tbaa !16
  %231 = icmp eq ptr %230, null
  br i1 %231, label %236, label %232

232:                                              ; preds = %224
  %233 = load ptr, ptr %230, align 8, !tbaa !12
  %234 = getelementptr inbounds i8, ptr %233, i64 8
  %235 = load ptr, ptr %234, align 8
  call void %235(ptr noundef nonnull align 8 dereferenceable(8) %230) #17
  br label %236

236:                                              ; preds = %232, %224
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %237 = icmp eq ptr %194, %192
  br i1 %237, label %285, label %238

238:                                              ; preds = %236
  %239 = add i64 %208, -8
  %240 = sub i64 %239, %209
  %241 = lshr i64 %240, 3
  %242 = add nuw nsw i64 %241, 1
  %243 = icmp ult i64 %240, 40
  br i1 %243, label %275, label %244

244:                                              ; preds = %238
  %245 = getelementptr i8, ptr %225, i64 8
  %246 = add i64 %208, -8
  %247 = sub i64 %246, %209
  %248 = and i64 %247, -8
  %249 = getelementptr i8, ptr %245, i64 %248
  %250 = getelementptr i8, ptr %194, i64 8
  %251 = getelementptr i8, ptr %250, i64 %248
  %252 = icmp ult ptr %225, %251
  %253 = icmp ult ptr %194, %249
  %254 = and i1 %252, %253
  br i1 %254, label %275, label %255

255:                                              ; preds = %244
  %256 = and i64 %242, 4611686018427387900
  %257 = shl i64 %256, 3
  %258 = getelementptr i8, ptr %225, i64 %257
  %259 = shl i64 %256, 3
  %260 = getelementptr i8, ptr %194, i64 %259
  br label %261

261:                                              ; preds = %261, %255
  %262 = phi i64 [ 0, %255 ], [ %271, %261 ]
  %263 = shl i64 %262, 3
  %264 = getelementptr i8, ptr %225, i64 %263
  %265 = shl i64 %262, 3
  %266 = getelementptr i8, ptr %194, i64 %265
  call void @llvm.experimental.noalias.scope.decl(metadata !47)
  call void @llvm.experimental.noalias.scope.decl(metadata !50)
  %267 = getelementptr i8, ptr %266, i64 16
  %268 = load <2 x i64>, ptr %266, align 8, !tbaa !6, !alias.scope !52, !noalias !47
  %269 = load <2 x i64>, ptr %267, align 8, !tbaa !6, !alias.scope !52, !noalias !47
  %270 = getelementptr i8, ptr %264, i64 16
  store <2 x i64> %268, ptr %264, align 8, !tbaa !6, !alias.scope !55, !noalias !52
  store <2 x i64> %269, ptr %270, align 8, !tbaa !6, !alias.scope !55, !noalias !52
  store <2 x i64> zeroinitializer, ptr %266, align 8, !tbaa !6, !alias.scope !52, !noalias !47
  store <2 x i64> zeroinitializer, ptr %267, align 8, !tbaa !6, !alias.scope !52, !noalias !47
  %271 = add nuw i64 %262, 4
  %272 = icmp eq i64 %271, %256
  br i1 %272, label %273, label %261, !llvm.loop !57

273:                                              ; preds = %261
  %274 = icmp eq i64 %242, %256
  br i1 %274, label %285, label %275

275:                                              ; preds = %273, %244, %238
  %276 = phi ptr [ %225, %244 ], [ %225, %238 ], [ %258, %273 ]
  %277 = phi ptr [ %194, %244 ], [ %194, %238 ], [ %260, %273 ]
  br label %278

278:                                              ; preds = %275, %278
  %279 = phi ptr [ %283, %278 ], [ %276, %275 ]
  %280 = phi ptr [ %282, %278 ], [ %277, %275 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !47)
  call void @llvm.experimental.noalias.scope.decl(metadata !50)
  %281 = load i64, ptr %280, align 8, !tbaa !6, !alias.scope !50, !noalias !47
  store i64 %281, ptr %279, align 8, !tbaa !6, !alias.scope !47, !noalias !50
  store i64 0, ptr %280, align 8, !tbaa !6, !alias.scope !50, !noalias !47
  %282 = getelementptr inbounds i8, ptr %280, i64 8
  %283 = getelementptr inbounds i8, ptr %279, i64 8
  %284 = icmp eq ptr %282, %192
  br i1 %284, label %285, label %278, !llvm.loop !58

285:                                              ; preds = %278, %273, %236
  %286 = phi ptr [ %225, %236 ], [ %258, %273 ], [ %283, %278 ]
  %287 = icmp eq ptr %194, null
  br i1 %287, label %289, label %288

288:                                              ; preds = %285
  call void @_ZdlPvm(ptr noundef nonnull %194, i64 noundef %210) #20
  br label %289

289:                                              ; preds = %288, %285
  %290 = getelementptr inbounds %"class.std::thread", ptr %225, i64 %219
  br label %291

291:                                              ; preds = %206, %289
  %292 = phi ptr [ %225, %289 ], [ %194, %206 ]
  %293 = phi ptr [ %286, %289 ], [ %193, %206 ]
  %294 = phi ptr [ %290, %289 ], [ %192, %206 ]
  %295 = getelementptr i8, ptr %293, i64 8
  %296 = add nuw nsw i32 %191, 1
  %297 = icmp eq i32 %296, 4
  br i1 %297, label %187, label %190, !llvm.loop !59

298:                                              ; preds = %365
  %299 = load atomic i32, ptr %18 seq_cst, align 4
  %300 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #17
  %301 = icmp ne i32 %300, 0
  %302 = zext i1 %301 to i32
  %303 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %299, i32 noundef %302)
  br i1 %189, label %318, label %307

304:                                              ; preds = %307
  %305 = getelementptr inbounds i8, ptr %308, i64 8
  %306 = icmp eq ptr %308, %293
  br i1 %306, label %318, label %307, !llvm.loop !60

307:                                              ; preds = %298, %304
  %308 = phi ptr [ %305, %304 ], [ %292, %298 ]
  %309 = load i64, ptr %308, align 8, !tbaa !6
  %310 = icmp eq i64 %309, 0
  br i1 %310, label %304, label %311

311:                                              ; preds = %307
  call void @_ZSt9terminatev() #19
  unreachable

312:                                              ; preds = %187
  %313 = load atomic i32, ptr %18 seq_cst, align 4
  %314 = call noundef i32 @_ZNSt6thread20hardware_concurrencyEv() #17
  %315 = icmp ne i32 %314, 0
  %316 = zext i1 %315 to i32
  %317 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %313, i32 noundef %316)
  br label %318

318:                                              ; preds = %304, %312, %298
  %319 = icmp eq ptr %292, null
  br i1 %319, label %323, label %320

320:                                              ; preds = %318
  %321 = ptrtoint ptr %294 to i64
  %322 = sub i64 %321, %188
  call void @_ZdlPvm(ptr noundef nonnull %292, i64 noundef %322) #20
  br label %323

323:                                              ; preds = %318, %320
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %18) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %17) #17
  %324 = load i64, ptr %16, align 8, !tbaa !6
  %325 = icmp eq i64 %324, 0
  br i1 %325, label %327, label %326

326:                                              ; preds = %323
  call void @_ZSt9terminatev() #19
  unreachable

327:                                              ; preds = %323
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %16) #17
  %328 = load i64, ptr %15, align 8, !tbaa !6
  %329 = icmp eq i64 %328, 0
  br i1 %329, label %331, label %330

330:                                              ; preds = %327
  call void @_ZSt9terminatev() #19
  unreachable

331:                                              ; preds = %327
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %15) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %14) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %13) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %12) #17
  call void @_ZNSt18condition_variableD1Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #17
  %332 = load ptr, ptr %10, align 8, !tbaa !37
  %333 = icmp eq ptr %332, null
  br i1 %333, label %350, label %334

334:                                              ; preds = %331
  %335 = load ptr, ptr %146, align 8, !tbaa !61
  %336 = load ptr, ptr %151, align 8, !tbaa !62
  %337 = getelementptr inbounds i8, ptr %336, i64 8
  %338 = icmp ult ptr %335, %337
  br i1 %338, label %339, label %346

339:                                              ; preds = %334, %339
  %340 = phi ptr [ %342, %339 ], [ %335, %334 ]
  %341 = load ptr, ptr %340, align 8, !tbaa !16
  call void @_ZdlPvm(ptr noundef %341, i64 noundef 512) #20
  %342 = getelementptr inbounds i8, ptr %340, i64 8
  %343 = icmp ult ptr %340, %336
  br i1 %343, label %339, label %344, !llvm.loop !63

344:                                              ; preds = %339
  %345 = load ptr, ptr %10, align 8, !tbaa !37
  br label %346

346:                                              ; preds = %344, %334
  %347 = phi ptr [ %345, %344 ], [ %332, %334 ]
  %348 = load i64, ptr %141, align 8, !tbaa !34
  %349 = shl i64 %348, 3
  call void @_ZdlPvm(ptr noundef %347, i64 noundef %349) #20
  br label %350

350:                                              ; preds = %331, %346
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %10) #17
  br i1 %21, label %359, label %354

351:                                              ; preds = %354
  %352 = getelementptr inbounds i8, ptr %355, i64 8
  %353 = icmp eq ptr %355, %132
  br i1 %353, label %359, label %354, !llvm.loop !60

354:                                              ; preds = %350, %351
  %355 = phi ptr [ %352, %351 ], [ %133, %350 ]
  %356 = load i64, ptr %355, align 8, !tbaa !6
  %357 = icmp eq i64 %356, 0
  br i1 %357, label %351, label %358

358:                                              ; preds = %354
  call void @_ZSt9terminatev() #19
  unreachable

359:                                              ; preds = %351, %350
  %360 = icmp eq ptr %133, null
  br i1 %360, label %364, label %361

361:                                              ; preds = %359
  %362 = ptrtoint ptr %131 to i64
  %363 = sub i64 %362, %20
  call void @_ZdlPvm(ptr noundef nonnull %133, i64 noundef %363) #20
  br label %364

364:                                              ; preds = %359, %361
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %9) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %8) #17
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %7) #17
  ret i32 0

365:                                              ; preds = %187, %365
  %366 = phi ptr [ %367, %365 ], [ %292, %187 ]
  call void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %366) #17
  %367 = getelementptr inbounds i8, ptr %366, i64 8
  %368 = icmp eq ptr %366, %293
  br i1 %368, label %298, label %365
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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #9 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_0EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #10 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  br label %7

5:                                                ; preds = %13
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  br label %23

7:                                                ; preds = %13, %1
  %8 = phi i32 [ 0, %1 ], [ %21, %13 ]
  %9 = load ptr, ptr %3, align 8, !tbaa !64
  %10 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %9) #17
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  tail call void @_ZSt20__throw_system_errori(i32 noundef %10) #19
  unreachable

13:                                               ; preds = %7
  %14 = load i32, ptr %2, align 8, !tbaa !66
  %15 = add nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = load ptr, ptr %4, align 8, !tbaa !67
  %18 = load i64, ptr %17, align 8, !tbaa !6
  %19 = add nsw i64 %18, %16
  store i64 %19, ptr %17, align 8, !tbaa !6
  %20 = tail call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %9) #17
  %21 = add nuw nsw i32 %8, 1
  %22 = icmp eq i32 %21, 10000
  br i1 %22, label %5, label %7, !llvm.loop !68

23:                                               ; preds = %23, %5
  %24 = phi i32 [ 0, %5 ], [ %27, %23 ]
  %25 = load ptr, ptr %6, align 8, !tbaa !69
  %26 = atomicrmw add ptr %25, i64 1 monotonic, align 8
  %27 = add nuw nsw i32 %24, 1
  %28 = icmp eq i32 %27, 10000
  br i1 %28, label %29, label %23, !llvm.loop !70

29:                                               ; preds = %23
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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #9 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 56) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(56) %0) unnamed_addr #10 {
  %2 = alloca %"class.std::unique_lock", align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #17
  %4 = load ptr, ptr %3, align 8, !tbaa !71
  store ptr %4, ptr %2, align 8, !tbaa !73
  %5 = getelementptr inbounds i8, ptr %2, i64 8
  %6 = tail call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %4) #17
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  tail call void @_ZSt20__throw_system_errori(i32 noundef %6) #19
  unreachable

9:                                                ; preds = %1
  store i8 1, ptr %5, align 8, !tbaa !75
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = getelementptr inbounds i8, ptr %0, i64 40
  %14 = getelementptr inbounds i8, ptr %0, i64 48
  %15 = load ptr, ptr %11, align 8, !tbaa !76
  %16 = load ptr, ptr %12, align 8, !tbaa !77
  br label %17

17:                                               ; preds = %84, %9
  %18 = phi ptr [ %85, %84 ], [ %15, %9 ]
  %19 = phi ptr [ %86, %84 ], [ %15, %9 ]
  %20 = phi ptr [ %87, %84 ], [ %16, %9 ]
  %21 = load ptr, ptr %10, align 8, !tbaa !78
  %22 = getelementptr inbounds i8, ptr %19, i64 48
  %23 = getelementptr inbounds i8, ptr %19, i64 16
  %24 = load ptr, ptr %22, align 8, !tbaa !79
  %25 = load ptr, ptr %23, align 8, !tbaa !79
  %26 = icmp eq ptr %24, %25
  br i1 %26, label %27, label %40

27:                                               ; preds = %17, %30
  %28 = load i8, ptr %20, align 1, !tbaa !43, !range !80, !noundef !81
  %29 = trunc nuw i8 %28 to i1
  br i1 %29, label %34, label %30

30:                                               ; preds = %27
  call void @_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE(ptr noundef nonnull align 8 dereferenceable(48) %21, ptr noundef nonnull align 8 dereferenceable(9) %2) #17
  %31 = load ptr, ptr %22, align 8, !tbaa !79
  %32 = load ptr, ptr %23, align 8, !tbaa !79
  %33 = icmp eq ptr %31, %32
  br i1 %33, label %27, label %34, !llvm.loop !82

34:                                               ; preds = %30, %27
  %35 = load ptr, ptr %11, align 8, !tbaa !76
  %36 = getelementptr inbounds i8, ptr %35, i64 48
  %37 = load ptr, ptr %36, align 8, !tbaa !79
  %38 = getelementptr inbounds i8, ptr %35, i64 16
  %39 = load ptr, ptr %38, align 8, !tbaa !79
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
  %53 = load i32, ptr %50, align 4, !tbaa !14
  %54 = sext i32 %53 to i64
  %55 = load ptr, ptr %13, align 8, !tbaa !83
  %56 = load i64, ptr %55, align 8, !tbaa !6
  %57 = add nsw i64 %56, %54
  store i64 %57, ptr %55, align 8, !tbaa !6
  %58 = load ptr, ptr %14, align 8, !tbaa !84
  %59 = load i32, ptr %58, align 4, !tbaa !14
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %58, align 4, !tbaa !14
  %61 = getelementptr inbounds i8, ptr %52, i64 32
  %62 = load ptr, ptr %61, align 8, !tbaa !85
  %63 = getelementptr inbounds i8, ptr %62, i64 -4
  %64 = icmp eq ptr %50, %63
  br i1 %64, label %67, label %65

65:                                               ; preds = %48
  %66 = getelementptr inbounds i8, ptr %50, i64 4
  br label %76

67:                                               ; preds = %48
  %68 = getelementptr inbounds i8, ptr %52, i64 24
  %69 = load ptr, ptr %68, align 8, !tbaa !86
  call void @_ZdlPvm(ptr noundef %69, i64 noundef 512) #20
  %70 = getelementptr inbounds i8, ptr %52, i64 40
  %71 = load ptr, ptr %70, align 8, !tbaa !61
  %72 = getelementptr inbounds i8, ptr %71, i64 8
  store ptr %72, ptr %70, align 8, !tbaa !38
  %73 = load ptr, ptr %72, align 8, !tbaa !16
  store ptr %73, ptr %68, align 8, !tbaa !39
  %74 = getelementptr inbounds i8, ptr %73, i64 512
  store ptr %74, ptr %61, align 8, !tbaa !40
  %75 = load ptr, ptr %11, align 8, !tbaa !76
  br label %76

76:                                               ; preds = %67, %65
  %77 = phi ptr [ %49, %65 ], [ %75, %67 ]
  %78 = phi ptr [ %66, %65 ], [ %73, %67 ]
  store ptr %78, ptr %51, align 8, !tbaa !41
  %79 = getelementptr inbounds i8, ptr %77, i64 48
  %80 = getelementptr inbounds i8, ptr %77, i64 16
  %81 = load ptr, ptr %79, align 8, !tbaa !79
  %82 = load ptr, ptr %80, align 8, !tbaa !79
  %83 = icmp eq ptr %81, %82
  br i1 %83, label %84, label %48, !llvm.loop !87

84:                                               ; preds = %76, %40
  %85 = phi ptr [ %43, %40 ], [ %77, %76 ]
  %86 = phi ptr [ %44, %40 ], [ %77, %76 ]
  %87 = load ptr, ptr %12, align 8, !tbaa !77
  %88 = load i8, ptr %87, align 1, !tbaa !43, !range !80, !noundef !81
  %89 = trunc nuw i8 %88 to i1
  br i1 %89, label %90, label %17, !llvm.loop !88

90:                                               ; preds = %84
  %91 = load i8, ptr %5, align 8, !tbaa !75, !range !80, !noundef !81
  %92 = trunc nuw i8 %91 to i1
  br i1 %92, label %93, label %98

93:                                               ; preds = %90
  %94 = load ptr, ptr %2, align 8, !tbaa !73
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
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #9 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 40) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_2EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(40) %0) unnamed_addr #10 {
  %2 = alloca i32, align 4
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #17
  store i32 1, ptr %2, align 4, !tbaa !14
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  br label %11

6:                                                ; preds = %28
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #17
  %7 = load ptr, ptr %3, align 8, !tbaa !89
  %8 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %7) #17
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %34, label %10

10:                                               ; preds = %6
  call void @_ZSt20__throw_system_errori(i32 noundef %8) #19
  unreachable

11:                                               ; preds = %28, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !89
  %13 = call noundef i32 @pthread_mutex_lock(ptr noundef nonnull %12) #17
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @_ZSt20__throw_system_errori(i32 noundef %13) #19
  unreachable

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !91
  %18 = getelementptr inbounds i8, ptr %17, i64 48
  %19 = load ptr, ptr %18, align 8, !tbaa !42
  %20 = getelementptr inbounds i8, ptr %17, i64 64
  %21 = load ptr, ptr %20, align 8, !tbaa !92
  %22 = getelementptr inbounds i8, ptr %21, i64 -4
  %23 = icmp eq ptr %19, %22
  br i1 %23, label %27, label %24

24:                                               ; preds = %16
  %25 = load i32, ptr %2, align 4, !tbaa !14
  store i32 %25, ptr %19, align 4, !tbaa !14
  %26 = getelementptr inbounds i8, ptr %19, i64 4
  store ptr %26, ptr %18, align 8, !tbaa !42
  br label %28

27:                                               ; preds = %16
  call void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %17, ptr noundef nonnull align 4 dereferenceable(4) %2)
  br label %28

28:                                               ; preds = %27, %24
  %29 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %12) #17
  %30 = load ptr, ptr %5, align 8, !tbaa !93
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %30) #17
  %31 = load i32, ptr %2, align 4, !tbaa !14
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !14
  %33 = icmp slt i32 %31, 1000
  br i1 %33, label %11, label %6, !llvm.loop !94

34:                                               ; preds = %6
  %35 = getelementptr inbounds i8, ptr %0, i64 32
  %36 = load ptr, ptr %35, align 8, !tbaa !95
  store i8 1, ptr %36, align 1, !tbaa !43
  %37 = call noundef i32 @pthread_mutex_unlock(ptr noundef nonnull %7) #17
  %38 = load ptr, ptr %5, align 8, !tbaa !93
  call void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48) %38) #17
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt18condition_variable10notify_oneEv(ptr noundef nonnull align 8 dereferenceable(48)) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #10 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !38
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !38
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !79
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !39
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !40
  %27 = load ptr, ptr %4, align 8, !tbaa !79
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
  %37 = load i64, ptr %36, align 8, !tbaa !34
  %38 = load ptr, ptr %0, align 8, !tbaa !37
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef false)
  %45 = load ptr, ptr %5, align 8, !tbaa !62
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #18
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !16
  %50 = load ptr, ptr %3, align 8, !tbaa !42
  %51 = load i32, ptr %1, align 4, !tbaa !14
  store i32 %51, ptr %50, align 4, !tbaa !14
  %52 = load ptr, ptr %5, align 8, !tbaa !62
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !38
  %54 = load ptr, ptr %53, align 8, !tbaa !16
  store ptr %54, ptr %18, align 8, !tbaa !39
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !40
  store ptr %54, ptr %3, align 8, !tbaa !42
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef %2) local_unnamed_addr #10 comdat {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !62
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !61
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
  %19 = load ptr, ptr %0, align 8, !tbaa !37
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
  br i1 %44, label %45, label %49, !prof !96

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
  %63 = load ptr, ptr %0, align 8, !tbaa !37
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #20
  store ptr %51, ptr %0, align 8, !tbaa !37
  store i64 %43, ptr %14, align 8, !tbaa !34
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !38
  %67 = load ptr, ptr %66, align 8, !tbaa !16
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !39
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !40
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !38
  %73 = load ptr, ptr %72, align 8, !tbaa !16
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !39
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !40
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #12

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #5

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #9 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #17
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #20
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_3EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #10 {
  %2 = alloca %class.anon.33, align 8
  %3 = alloca %class.anon.32, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %4, align 8, !tbaa !97
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #17
  %6 = getelementptr inbounds i8, ptr %0, i64 16
  %7 = load ptr, ptr %6, align 8, !tbaa !99
  store ptr %7, ptr %3, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #17
  store ptr %3, ptr %2, align 8, !tbaa !16
  %8 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  store ptr %2, ptr %8, align 8, !tbaa !16
  %9 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt11__once_call)
  store ptr @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv", ptr %9, align 8, !tbaa !16
  %10 = call noundef i32 @pthread_once(ptr noundef nonnull %5, ptr noundef nonnull @__once_proxy) #17
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %1
  call void @_ZSt20__throw_system_errori(i32 noundef %10) #19
  unreachable

13:                                               ; preds = %1
  store ptr null, ptr %8, align 8, !tbaa !16
  store ptr null, ptr %9, align 8, !tbaa !16
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #17
  ret void
}

declare void @__once_proxy() #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #13

; Function Attrs: inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable
define internal void @"_ZZNSt9once_flag18_Prepare_executionC1IZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRS_OT_DpOT0_EUlvE_EERS6_ENUlvE_8__invokeEv"() #14 {
  %1 = tail call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @_ZSt15__once_callable)
  %2 = load ptr, ptr %1, align 8, !tbaa !16
  %3 = load ptr, ptr %2, align 8, !tbaa !100
  %4 = load ptr, ptr %3, align 8, !tbaa !102
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

attributes #0 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { inlinehint mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #17 = { nounwind }
attributes #18 = { builtin nounwind allocsize(0) }
attributes #19 = { noreturn nounwind }
attributes #20 = { builtin nounwind }

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
!10 = !{!11, !7, i64 0}
!11 = !{!"_ZTSNSt6thread2idE", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"vtable pointer", !9, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"int", !8, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"any pointer", !8, i64 0}
!18 = !{!19}
!19 = distinct !{!19, !20, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!20 = distinct !{!20, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!21 = !{!22}
!22 = distinct !{!22, !20, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!23 = !{!22, !24}
!24 = distinct !{!24, !25}
!25 = distinct !{!25, !"LVerDomain"}
!26 = !{!19, !27}
!27 = distinct !{!27, !25}
!28 = distinct !{!28, !29, !30, !31}
!29 = !{!"llvm.loop.mustprogress"}
!30 = !{!"llvm.loop.isvectorized", i32 1}
!31 = !{!"llvm.loop.unroll.runtime.disable"}
!32 = distinct !{!32, !29, !30}
!33 = distinct !{!33, !29}
!34 = !{!35, !7, i64 8}
!35 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !17, i64 0, !7, i64 8, !36, i64 16, !36, i64 48}
!36 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !17, i64 0, !17, i64 8, !17, i64 16, !17, i64 24}
!37 = !{!35, !17, i64 0}
!38 = !{!36, !17, i64 24}
!39 = !{!36, !17, i64 8}
!40 = !{!36, !17, i64 16}
!41 = !{!35, !17, i64 16}
!42 = !{!35, !17, i64 48}
!43 = !{!44, !44, i64 0}
!44 = !{!"bool", !8, i64 0}
!45 = !{!46, !15, i64 0}
!46 = !{!"_ZTSSt9once_flag", !15, i64 0}
!47 = !{!48}
!48 = distinct !{!48, !49, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!49 = distinct !{!49, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!50 = !{!51}
!51 = distinct !{!51, !49, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!52 = !{!51, !53}
!53 = distinct !{!53, !54}
!54 = distinct !{!54, !"LVerDomain"}
!55 = !{!48, !56}
!56 = distinct !{!56, !54}
!57 = distinct !{!57, !29, !30, !31}
!58 = distinct !{!58, !29, !30}
!59 = distinct !{!59, !29}
!60 = distinct !{!60, !29}
!61 = !{!35, !17, i64 40}
!62 = !{!35, !17, i64 72}
!63 = distinct !{!63, !29}
!64 = !{!65, !17, i64 8}
!65 = !{!"_ZTSZ4mainE3$_0", !15, i64 0, !17, i64 8, !17, i64 16, !17, i64 24}
!66 = !{!65, !15, i64 0}
!67 = !{!65, !17, i64 16}
!68 = distinct !{!68, !29}
!69 = !{!65, !17, i64 24}
!70 = distinct !{!70, !29}
!71 = !{!72, !17, i64 0}
!72 = !{!"_ZTSZ4mainE3$_1", !17, i64 0, !17, i64 8, !17, i64 16, !17, i64 24, !17, i64 32, !17, i64 40}
!73 = !{!74, !17, i64 0}
!74 = !{!"_ZTSSt11unique_lockISt5mutexE", !17, i64 0, !44, i64 8}
!75 = !{!74, !44, i64 8}
!76 = !{!72, !17, i64 16}
!77 = !{!72, !17, i64 24}
!78 = !{!72, !17, i64 8}
!79 = !{!36, !17, i64 0}
!80 = !{i8 0, i8 2}
!81 = !{}
!82 = distinct !{!82, !29}
!83 = !{!72, !17, i64 32}
!84 = !{!72, !17, i64 40}
!85 = !{!35, !17, i64 32}
!86 = !{!35, !17, i64 24}
!87 = distinct !{!87, !29}
!88 = distinct !{!88, !29}
!89 = !{!90, !17, i64 0}
!90 = !{!"_ZTSZ4mainE3$_2", !17, i64 0, !17, i64 8, !17, i64 16, !17, i64 24}
!91 = !{!90, !17, i64 8}
!92 = !{!35, !17, i64 64}
!93 = !{!90, !17, i64 16}
!94 = distinct !{!94, !29}
!95 = !{!90, !17, i64 24}
!96 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!97 = !{!98, !17, i64 0}
!98 = !{!"_ZTSZ4mainE3$_3", !17, i64 0, !17, i64 8}
!99 = !{!98, !17, i64 8}
!100 = !{!101, !17, i64 0}
!101 = !{!"_ZTSZSt9call_onceIZZ4mainENK3$_3clEvEUlvE_JEEvRSt9once_flagOT_DpOT0_EUlvE_", !17, i64 0}
!102 = !{!103, !17, i64 0}
!103 = !{!"_ZTSZZ4mainENK3$_3clEvEUlvE_", !17, i64 0}
