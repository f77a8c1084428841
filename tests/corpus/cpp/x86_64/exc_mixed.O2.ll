; ModuleID = 'exc_mixed.cpp'
source_filename = "exc_mixed.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::unique_ptr.16" = type { %"struct.std::__uniq_ptr_data.17" }
%"struct.std::__uniq_ptr_data.17" = type { %"class.std::__uniq_ptr_impl.18" }
%"class.std::__uniq_ptr_impl.18" = type { %"class.std::tuple.19" }
%"class.std::tuple.19" = type { %"struct.std::_Tuple_impl.20" }
%"struct.std::_Tuple_impl.20" = type { %"struct.std::_Head_base.23" }
%"struct.std::_Head_base.23" = type { ptr }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.4" }
%"struct.std::_Head_base.4" = type { ptr }
%struct.FT = type { i32 }
%"class.std::vector.6" = type { %"struct.std::_Vector_base.7" }
%"struct.std::_Vector_base.7" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::thread, std::allocator<std::thread>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::thread" = type { %"class.std::thread::id" }
%"class.std::thread::id" = type { i64 }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%struct.Tracker = type { %"class.std::__cxx11::basic_string" }

$__clang_call_terminate = comdat any

$_ZSt11make_uniqueI7TrackerJRA5_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZN2FTC2Ei = comdat any

$_ZNSt6vectorISt6threadSaIS0_EED2Ev = comdat any

$_ZN4BaseD2Ev = comdat any

$_ZN7TrackerD2Ev = comdat any

$_ZN7DerivedD0Ev = comdat any

$_ZNK7Derived4nameEv = comdat any

$_ZTS7Derived = comdat any

$_ZTS4Base = comdat any

$_ZTI4Base = comdat any

$_ZTI7Derived = comdat any

$_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = comdat any

$_ZTV7Derived = comdat any

@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS7Derived = linkonce_odr dso_local constant [9 x i8] c"7Derived\00", comdat, align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS4Base = linkonce_odr dso_local constant [6 x i8] c"4Base\00", comdat, align 1
@_ZTI4Base = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS4Base }, comdat, align 8
@_ZTI7Derived = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS7Derived, ptr @_ZTI4Base }, comdat, align 8
@.str = private unnamed_addr constant [20 x i8] c"outer caught %s %d\0A\00", align 1
@_ZTISt9exception = external constant ptr
@.str.1 = private unnamed_addr constant [24 x i8] c"sort threw %s after %d\0A\00", align 1
@_ZL9cmp_calls = internal unnamed_addr global i32 0, align 4
@_ZTIi = external constant ptr
@.str.2 = private unnamed_addr constant [6 x i8] c"inner\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE }, comdat, align 8
@_ZTISt12out_of_range = external constant ptr
@_ZTId = external constant ptr
@.str.6 = private unnamed_addr constant [11 x i8] c"double %g\0A\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"heap\00", align 1
@_ZTISt16invalid_argument = external constant ptr
@.str.9 = private unnamed_addr constant [24 x i8] c"rethrown from ctor: %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"worker %d: %ld\0A\00", align 1
@.str.11 = private unnamed_addr constant [9 x i8] c"loop %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"rethrowing %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"depth\00", align 1
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16
@.str.16 = private unnamed_addr constant [9 x i8] c"ctor %s\0A\00", align 1
@_ZTV7Derived = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI7Derived, ptr @_ZN4BaseD2Ev, ptr @_ZN7DerivedD0Ev, ptr @_ZNK7Derived4nameEv] }, comdat, align 8
@.str.18 = private unnamed_addr constant [8 x i8] c"Derived\00", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"dtor %s\0A\00", align 1
@constinit = private unnamed_addr constant [7 x i32] [i32 5, i32 3, i32 9, i32 1, i32 7, i32 2, i32 8], align 4
@.str.21 = private unnamed_addr constant [4 x i8] c"cmp\00", align 1
@_ZTISt13runtime_error = external constant ptr
@.str.22 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.25 = private unnamed_addr constant [74 x i8] c"vector::_M_range_check: __n (which is %zu) >= this->size() (which is %zu)\00", align 1
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", ptr @_ZNSt6thread6_StateD2Ev, ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev", ptr @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"] }, align 8
@"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal constant [65 x i8] c"NSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE\00", align 1
@_ZTINSt6thread6_StateE = external constant ptr
@"_ZTINSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE" = internal constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @"_ZTSNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", ptr @_ZTINSt6thread6_StateE }, align 8
@.str.26 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@str = private unnamed_addr constant [10 x i8] c"catch-all\00", align 1
@str.27 = private unnamed_addr constant [6 x i8] c"wrong\00", align 1
@str.28 = private unnamed_addr constant [13 x i8] c"out_of_range\00", align 1
@str.29 = private unnamed_addr constant [17 x i8] c"unique_ptr freed\00", align 1
@str.30 = private unnamed_addr constant [19 x i8] c"function-try-block\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::unique_ptr.16", align 8
  %2 = alloca %"class.std::unique_ptr.16", align 8
  %3 = alloca %"class.std::function", align 8
  %4 = alloca %"class.std::unique_ptr", align 8
  %5 = alloca %struct.FT, align 4
  %6 = alloca %"class.std::vector.6", align 8
  %7 = alloca [4 x i64], align 16
  %8 = invoke fastcc noundef i32 @_ZL5depthi(i32 noundef 2)
          to label %47 unwind label %9

9:                                                ; preds = %0
  %10 = landingpad { ptr, i32 }
          catch ptr @_ZTI4Base
          catch ptr @_ZTI7Derived
  %11 = extractvalue { ptr, i32 } %10, 1
  %12 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI4Base) #22
  %13 = icmp eq i32 %11, %12
  br i1 %13, label %14, label %31

14:                                               ; preds = %9
  %15 = extractvalue { ptr, i32 } %10, 0
  %16 = tail call ptr @__cxa_begin_catch(ptr %15) #22
  %17 = load ptr, ptr %16, align 8, !tbaa !5
  %18 = getelementptr inbounds i8, ptr %17, i64 16
  %19 = load ptr, ptr %18, align 8
  %20 = invoke noundef ptr %19(ptr noundef nonnull align 8 dereferenceable(8) %16)
          to label %21 unwind label %23

21:                                               ; preds = %14
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, ptr noundef %20)
  invoke void @__cxa_rethrow() #23
          to label %30 unwind label %23

23:                                               ; preds = %21, %14
  %24 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI7Derived
  invoke void @__cxa_end_catch()
          to label %25 unwind label %27

25:                                               ; preds = %23
  %26 = extractvalue { ptr, i32 } %24, 1
  br label %31

27:                                               ; preds = %23
  %28 = landingpad { ptr, i32 }
          catch ptr null
  %29 = extractvalue { ptr, i32 } %28, 0
  tail call void @__clang_call_terminate(ptr %29) #24
  unreachable

30:                                               ; preds = %21
  unreachable

31:                                               ; preds = %25, %9
  %32 = phi i32 [ %26, %25 ], [ %11, %9 ]
  %33 = phi { ptr, i32 } [ %24, %25 ], [ %10, %9 ]
  %34 = extractvalue { ptr, i32 } %33, 0
  %35 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI7Derived) #22
  %36 = icmp eq i32 %32, %35
  br i1 %36, label %37, label %532

37:                                               ; preds = %31
  %38 = tail call ptr @__cxa_begin_catch(ptr %34) #22
  %39 = load ptr, ptr %38, align 8, !tbaa !5
  %40 = getelementptr inbounds i8, ptr %39, i64 16
  %41 = load ptr, ptr %40, align 8
  %42 = invoke noundef ptr %41(ptr noundef nonnull align 8 dereferenceable(12) %38)
          to label %43 unwind label %181

43:                                               ; preds = %37
  %44 = getelementptr inbounds i8, ptr %38, i64 8
  %45 = load i32, ptr %44, align 8, !tbaa !8
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %42, i32 noundef %45)
  tail call void @__cxa_end_catch()
  br label %47

47:                                               ; preds = %0, %43
  %48 = invoke noalias noundef nonnull dereferenceable(28) ptr @_Znwm(i64 noundef 28) #25
          to label %49 unwind label %186

49:                                               ; preds = %47
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %48, ptr noundef nonnull align 4 dereferenceable(28) @constinit, i64 28, i1 false)
  %50 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !13
  %51 = getelementptr inbounds i8, ptr %48, i64 4
  %52 = icmp eq i32 %50, 5
  br i1 %52, label %53, label %67

53:                                               ; preds = %151, %128, %105, %84, %67, %49
  store i32 6, ptr @_ZL9cmp_calls, align 4, !tbaa !13
  %54 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %54, ptr noundef nonnull @.str.21)
          to label %62 unwind label %58

55:                                               ; preds = %65, %58
  %56 = phi ptr [ %61, %65 ], [ %54, %58 ]
  %57 = phi { ptr, i32 } [ %66, %65 ], [ %59, %58 ]
  tail call void @__cxa_free_exception(ptr %56) #22
  br label %179

58:                                               ; preds = %53
  %59 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %55

60:                                               ; preds = %81, %101, %124, %147, %170, %70, %92, %115, %138, %161
  store i32 6, ptr @_ZL9cmp_calls, align 4, !tbaa !13
  %61 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %61, ptr noundef nonnull @.str.21)
          to label %62 unwind label %65

62:                                               ; preds = %60, %53
  %63 = phi ptr [ %54, %53 ], [ %61, %60 ]
  invoke void @__cxa_throw(ptr nonnull %63, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
          to label %64 unwind label %177

64:                                               ; preds = %62
  unreachable

65:                                               ; preds = %60
  %66 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %55

67:                                               ; preds = %49
  %68 = load i32, ptr %48, align 4
  store i32 %68, ptr %51, align 4
  store i32 3, ptr %48, align 4, !tbaa !13
  %69 = icmp eq i32 %50, 4
  br i1 %69, label %53, label %70

70:                                               ; preds = %67
  %71 = add nsw i32 %50, 3
  %72 = icmp eq i32 %71, 6
  br i1 %72, label %60, label %73

73:                                               ; preds = %70
  %74 = getelementptr inbounds i8, ptr %48, i64 8
  br label %75

75:                                               ; preds = %73, %81
  %76 = phi i32 [ %82, %81 ], [ %71, %73 ]
  %77 = phi ptr [ %78, %81 ], [ %74, %73 ]
  %78 = getelementptr inbounds i8, ptr %77, i64 -4
  %79 = load i32, ptr %78, align 4, !tbaa !13
  %80 = icmp sgt i32 %79, 9
  br i1 %80, label %81, label %84

81:                                               ; preds = %75
  store i32 %79, ptr %77, align 4, !tbaa !13
  %82 = add nsw i32 %76, 1
  %83 = icmp eq i32 %82, 6
  br i1 %83, label %60, label %75, !llvm.loop !14

84:                                               ; preds = %75
  store i32 9, ptr %77, align 4, !tbaa !13
  %85 = getelementptr inbounds i8, ptr %48, i64 12
  %86 = load i32, ptr %85, align 4, !tbaa !13
  %87 = add nsw i32 %76, 1
  %88 = icmp eq i32 %87, 6
  br i1 %88, label %53, label %89

89:                                               ; preds = %84
  %90 = load i32, ptr %48, align 4, !tbaa !13
  %91 = icmp slt i32 %86, %90
  br i1 %91, label %104, label %92

92:                                               ; preds = %89
  %93 = add nsw i32 %76, 2
  %94 = icmp eq i32 %93, 6
  br i1 %94, label %60, label %95

95:                                               ; preds = %92, %101
  %96 = phi i32 [ %102, %101 ], [ %93, %92 ]
  %97 = phi ptr [ %98, %101 ], [ %85, %92 ]
  %98 = getelementptr inbounds i8, ptr %97, i64 -4
  %99 = load i32, ptr %98, align 4, !tbaa !13
  %100 = icmp slt i32 %86, %99
  br i1 %100, label %101, label %105

101:                                              ; preds = %95
  store i32 %99, ptr %97, align 4, !tbaa !13
  %102 = add nsw i32 %96, 1
  %103 = icmp eq i32 %102, 6
  br i1 %103, label %60, label %95, !llvm.loop !14

104:                                              ; preds = %89
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %51, ptr noundef nonnull align 4 dereferenceable(12) %48, i64 12, i1 false)
  br label %105

105:                                              ; preds = %95, %104
  %106 = phi ptr [ %48, %104 ], [ %97, %95 ]
  %107 = phi i32 [ %87, %104 ], [ %96, %95 ]
  store i32 %86, ptr %106, align 4, !tbaa !13
  %108 = getelementptr inbounds i8, ptr %48, i64 16
  %109 = load i32, ptr %108, align 4, !tbaa !13
  %110 = add nsw i32 %107, 1
  %111 = icmp eq i32 %110, 6
  br i1 %111, label %53, label %112

112:                                              ; preds = %105
  %113 = load i32, ptr %48, align 4, !tbaa !13
  %114 = icmp slt i32 %109, %113
  br i1 %114, label %127, label %115

115:                                              ; preds = %112
  %116 = add nsw i32 %107, 2
  %117 = icmp eq i32 %116, 6
  br i1 %117, label %60, label %118

118:                                              ; preds = %115, %124
  %119 = phi i32 [ %125, %124 ], [ %116, %115 ]
  %120 = phi ptr [ %121, %124 ], [ %108, %115 ]
  %121 = getelementptr inbounds i8, ptr %120, i64 -4
  %122 = load i32, ptr %121, align 4, !tbaa !13
  %123 = icmp slt i32 %109, %122
  br i1 %123, label %124, label %128

124:                                              ; preds = %118
  store i32 %122, ptr %120, align 4, !tbaa !13
  %125 = add nsw i32 %119, 1
  %126 = icmp eq i32 %125, 6
  br i1 %126, label %60, label %118, !llvm.loop !14

127:                                              ; preds = %112
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %51, ptr noundef nonnull align 4 dereferenceable(16) %48, i64 16, i1 false)
  br label %128

128:                                              ; preds = %118, %127
  %129 = phi ptr [ %48, %127 ], [ %120, %118 ]
  %130 = phi i32 [ %110, %127 ], [ %119, %118 ]
  store i32 %109, ptr %129, align 4, !tbaa !13
  %131 = getelementptr inbounds i8, ptr %48, i64 20
  %132 = load i32, ptr %131, align 4, !tbaa !13
  %133 = add nsw i32 %130, 1
  %134 = icmp eq i32 %133, 6
  br i1 %134, label %53, label %135

135:                                              ; preds = %128
  %136 = load i32, ptr %48, align 4, !tbaa !13
  %137 = icmp slt i32 %132, %136
  br i1 %137, label %150, label %138

138:                                              ; preds = %135
  %139 = add nsw i32 %130, 2
  %140 = icmp eq i32 %139, 6
  br i1 %140, label %60, label %141

141:                                              ; preds = %138, %147
  %142 = phi i32 [ %148, %147 ], [ %139, %138 ]
  %143 = phi ptr [ %144, %147 ], [ %131, %138 ]
  %144 = getelementptr inbounds i8, ptr %143, i64 -4
  %145 = load i32, ptr %144, align 4, !tbaa !13
  %146 = icmp slt i32 %132, %145
  br i1 %146, label %147, label %151

147:                                              ; preds = %141
  store i32 %145, ptr %143, align 4, !tbaa !13
  %148 = add nsw i32 %142, 1
  %149 = icmp eq i32 %148, 6
  br i1 %149, label %60, label %141, !llvm.loop !14

150:                                              ; preds = %135
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %51, ptr noundef nonnull align 4 dereferenceable(20) %48, i64 20, i1 false)
  br label %151

151:                                              ; preds = %141, %150
  %152 = phi ptr [ %48, %150 ], [ %143, %141 ]
  %153 = phi i32 [ %133, %150 ], [ %142, %141 ]
  store i32 %132, ptr %152, align 4, !tbaa !13
  %154 = getelementptr inbounds i8, ptr %48, i64 24
  %155 = load i32, ptr %154, align 4, !tbaa !13
  %156 = add nsw i32 %153, 1
  %157 = icmp eq i32 %156, 6
  br i1 %157, label %53, label %158

158:                                              ; preds = %151
  %159 = load i32, ptr %48, align 4, !tbaa !13
  %160 = icmp slt i32 %155, %159
  br i1 %160, label %173, label %161

161:                                              ; preds = %158
  %162 = add nsw i32 %153, 2
  %163 = icmp eq i32 %162, 6
  br i1 %163, label %60, label %164

164:                                              ; preds = %161, %170
  %165 = phi i32 [ %171, %170 ], [ %162, %161 ]
  %166 = phi ptr [ %167, %170 ], [ %154, %161 ]
  %167 = getelementptr inbounds i8, ptr %166, i64 -4
  %168 = load i32, ptr %167, align 4, !tbaa !13
  %169 = icmp slt i32 %155, %168
  br i1 %169, label %170, label %174

170:                                              ; preds = %164
  store i32 %168, ptr %166, align 4, !tbaa !13
  %171 = add nsw i32 %165, 1
  %172 = icmp eq i32 %171, 6
  br i1 %172, label %60, label %164, !llvm.loop !14

173:                                              ; preds = %158
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %51, ptr noundef nonnull align 4 dereferenceable(24) %48, i64 24, i1 false)
  br label %174

174:                                              ; preds = %164, %173
  %175 = phi ptr [ %48, %173 ], [ %166, %164 ]
  %176 = phi i32 [ %156, %173 ], [ %165, %164 ]
  store i32 %155, ptr %175, align 4, !tbaa !13
  store i32 %176, ptr @_ZL9cmp_calls, align 4, !tbaa !13
  tail call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 28) #26
  br label %202

177:                                              ; preds = %62
  %178 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %179

179:                                              ; preds = %55, %177
  %180 = phi { ptr, i32 } [ %178, %177 ], [ %57, %55 ]
  tail call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 28) #26
  br label %188

181:                                              ; preds = %37
  %182 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %183 unwind label %537

183:                                              ; preds = %181
  %184 = extractvalue { ptr, i32 } %182, 1
  %185 = extractvalue { ptr, i32 } %182, 0
  br label %532

186:                                              ; preds = %47
  %187 = landingpad { ptr, i32 }
          catch ptr @_ZTISt9exception
  br label %188

188:                                              ; preds = %179, %186
  %189 = phi { ptr, i32 } [ %187, %186 ], [ %180, %179 ]
  %190 = extractvalue { ptr, i32 } %189, 0
  %191 = extractvalue { ptr, i32 } %189, 1
  %192 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #22
  %193 = icmp eq i32 %191, %192
  br i1 %193, label %194, label %532

194:                                              ; preds = %188
  %195 = tail call ptr @__cxa_begin_catch(ptr %190) #22
  %196 = load ptr, ptr %195, align 8, !tbaa !5
  %197 = getelementptr inbounds i8, ptr %196, i64 16
  %198 = load ptr, ptr %197, align 8
  %199 = tail call noundef ptr %198(ptr noundef nonnull align 8 dereferenceable(8) %195) #22
  %200 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !13
  %201 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %199, i32 noundef %200)
  tail call void @__cxa_end_catch()
  br label %202

202:                                              ; preds = %174, %194
  %203 = tail call ptr @__cxa_allocate_exception(i64 32) #22
  %204 = getelementptr inbounds i8, ptr %203, i64 16
  store ptr %204, ptr %203, align 8, !tbaa !16
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(5) %204, ptr noundef nonnull align 1 dereferenceable(5) @.str.2, i64 5, i1 false)
  %205 = getelementptr inbounds i8, ptr %203, i64 8
  store i64 5, ptr %205, align 8, !tbaa !19
  %206 = getelementptr inbounds i8, ptr %203, i64 21
  store i8 0, ptr %206, align 1, !tbaa !22
  invoke void @__cxa_throw(ptr nonnull %203, ptr nonnull @_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr nonnull @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev) #23
          to label %541 unwind label %207

207:                                              ; preds = %202
  %208 = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr null
  %209 = extractvalue { ptr, i32 } %208, 0
  %210 = extractvalue { ptr, i32 } %208, 1
  %211 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIi) #22
  %212 = icmp eq i32 %210, %211
  %213 = tail call ptr @__cxa_begin_catch(ptr %209) #22
  br i1 %212, label %214, label %216

214:                                              ; preds = %207
  %215 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.27)
  tail call void @__cxa_end_catch() #22
  br label %218

216:                                              ; preds = %207
  %217 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  tail call void @__cxa_end_catch()
  br label %218

218:                                              ; preds = %214, %216
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.25, i64 noundef 3, i64 noundef 0) #23
          to label %219 unwind label %220

219:                                              ; preds = %218
  unreachable

220:                                              ; preds = %218
  %221 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12out_of_range
  %222 = extractvalue { ptr, i32 } %221, 0
  %223 = extractvalue { ptr, i32 } %221, 1
  %224 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #22
  %225 = icmp eq i32 %223, %224
  br i1 %225, label %226, label %532

226:                                              ; preds = %220
  %227 = tail call ptr @__cxa_begin_catch(ptr %222) #22
  %228 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.28)
  tail call void @__cxa_end_catch()
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #22
  %229 = getelementptr inbounds i8, ptr %3, i64 16
  %230 = getelementptr inbounds i8, ptr %3, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data", ptr %230, align 8, !tbaa !23
  store ptr @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %229, align 8, !tbaa !26
  invoke void @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data"(ptr nonnull align 8 poison)
          to label %241 unwind label %231

231:                                              ; preds = %226
  %232 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTId
  %233 = extractvalue { ptr, i32 } %232, 0
  %234 = extractvalue { ptr, i32 } %232, 1
  %235 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTId) #22
  %236 = icmp eq i32 %234, %235
  br i1 %236, label %237, label %521

237:                                              ; preds = %231
  %238 = tail call ptr @__cxa_begin_catch(ptr %233) #22
  %239 = load double, ptr %238, align 8, !tbaa !27
  %240 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %239)
  tail call void @__cxa_end_catch() #22
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #22
  invoke void @_ZSt11make_uniqueI7TrackerJRA5_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %4, ptr noundef nonnull align 1 dereferenceable(5) @.str.7)
          to label %242 unwind label %244

241:                                              ; preds = %226
  unreachable

242:                                              ; preds = %237
  %243 = call ptr @__cxa_allocate_exception(i64 4) #22
  store i32 1, ptr %243, align 16, !tbaa !13
  invoke void @__cxa_throw(ptr nonnull %243, ptr nonnull @_ZTIi, ptr null) #23
          to label %541 unwind label %246

244:                                              ; preds = %237
  %245 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  br label %260

246:                                              ; preds = %242
  %247 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  %248 = load ptr, ptr %4, align 8, !tbaa !29
  %249 = icmp eq ptr %248, null
  br i1 %249, label %260, label %250

250:                                              ; preds = %246
  %251 = load ptr, ptr %248, align 8, !tbaa !30
  %252 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %251)
  %253 = load ptr, ptr %248, align 8, !tbaa !30
  %254 = getelementptr inbounds i8, ptr %248, i64 16
  %255 = icmp eq ptr %253, %254
  br i1 %255, label %259, label %256

256:                                              ; preds = %250
  %257 = load i64, ptr %254, align 8, !tbaa !22
  %258 = add i64 %257, 1
  call void @_ZdlPvm(ptr noundef %253, i64 noundef %258) #26
  br label %259

259:                                              ; preds = %256, %250
  call void @_ZdlPvm(ptr noundef nonnull %248, i64 noundef 32) #26
  br label %260

260:                                              ; preds = %259, %246, %244
  %261 = phi { ptr, i32 } [ %245, %244 ], [ %247, %246 ], [ %247, %259 ]
  %262 = extractvalue { ptr, i32 } %261, 0
  %263 = extractvalue { ptr, i32 } %261, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #22
  %264 = icmp eq i32 %263, %211
  br i1 %264, label %265, label %521

265:                                              ; preds = %260
  %266 = call ptr @__cxa_begin_catch(ptr %262) #22
  %267 = call i32 @puts(ptr nonnull dereferenceable(1) @str.29)
  call void @__cxa_end_catch() #22
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #22
  invoke void @_ZN2FTC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %5, i32 noundef -1)
          to label %268 unwind label %269

268:                                              ; preds = %265
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #22
  br label %282

269:                                              ; preds = %265
  %270 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  %271 = extractvalue { ptr, i32 } %270, 0
  %272 = extractvalue { ptr, i32 } %270, 1
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #22
  %273 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #22
  %274 = icmp eq i32 %272, %273
  br i1 %274, label %275, label %521

275:                                              ; preds = %269
  %276 = call ptr @__cxa_begin_catch(ptr %271) #22
  %277 = load ptr, ptr %276, align 8, !tbaa !5
  %278 = getelementptr inbounds i8, ptr %277, i64 16
  %279 = load ptr, ptr %278, align 8
  %280 = call noundef ptr %279(ptr noundef nonnull align 8 dereferenceable(16) %276) #22
  %281 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %280)
  invoke void @__cxa_end_catch()
          to label %282 unwind label %288

282:                                              ; preds = %275, %268
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %6) #22
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %6, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #22
  %283 = getelementptr inbounds i8, ptr %6, i64 8
  %284 = getelementptr inbounds i8, ptr %6, i64 16
  br label %292

285:                                              ; preds = %435
  %286 = load ptr, ptr %6, align 8, !tbaa !29
  %287 = icmp eq ptr %286, %436
  br i1 %287, label %447, label %459

288:                                              ; preds = %275
  %289 = landingpad { ptr, i32 }
          cleanup
  %290 = extractvalue { ptr, i32 } %289, 0
  %291 = extractvalue { ptr, i32 } %289, 1
  br label %521

292:                                              ; preds = %282, %435
  %293 = phi ptr [ null, %282 ], [ %436, %435 ]
  %294 = phi i32 [ 0, %282 ], [ %437, %435 ]
  %295 = ptrtoint ptr %293 to i64
  %296 = load ptr, ptr %284, align 8, !tbaa !31
  %297 = icmp eq ptr %293, %296
  br i1 %297, label %321, label %298

298:                                              ; preds = %292
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %293, align 8, !tbaa !33
  %299 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %300 unwind label %439

300:                                              ; preds = %298
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %299, align 8, !tbaa !5
  %301 = getelementptr inbounds i8, ptr %299, i64 8
  store i32 %294, ptr %301, align 8, !tbaa !13
  %302 = getelementptr inbounds i8, ptr %299, i64 16
  store ptr %7, ptr %302, align 8, !tbaa !29
  store ptr %299, ptr %2, align 8, !tbaa !29
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %293, ptr noundef nonnull %2, ptr noundef null)
          to label %303 unwind label %310

303:                                              ; preds = %300
  %304 = load ptr, ptr %2, align 8, !tbaa !29
  %305 = icmp eq ptr %304, null
  br i1 %305, label %318, label %306

306:                                              ; preds = %303
  %307 = load ptr, ptr %304, align 8, !tbaa !5
  %308 = getelementptr inbounds i8, ptr %307, i64 8
  %309 = load ptr, ptr %308, align 8
  call void %309(ptr noundef nonnull align 8 dereferenceable(8) %304) #22
  br label %318

310:                                              ; preds = %300
  %311 = landingpad { ptr, i32 }
          cleanup
  %312 = load ptr, ptr %2, align 8, !tbaa !29
  %313 = icmp eq ptr %312, null
  br i1 %313, label %443, label %314

314:                                              ; preds = %310
  %315 = load ptr, ptr %312, align 8, !tbaa !5
  %316 = getelementptr inbounds i8, ptr %315, i64 8
  %317 = load ptr, ptr %316, align 8
  call void %317(ptr noundef nonnull align 8 dereferenceable(8) %312) #22
  br label %443

318:                                              ; preds = %306, %303
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  %319 = load ptr, ptr %283, align 8, !tbaa !35
  %320 = getelementptr inbounds i8, ptr %319, i64 8
  store ptr %320, ptr %283, align 8, !tbaa !35
  br label %435

321:                                              ; preds = %292
  %322 = load ptr, ptr %6, align 8, !tbaa !29
  %323 = ptrtoint ptr %322 to i64
  %324 = ptrtoint ptr %293 to i64
  %325 = ptrtoint ptr %322 to i64
  %326 = sub i64 %324, %325
  %327 = icmp eq i64 %326, 9223372036854775800
  br i1 %327, label %328, label %330

328:                                              ; preds = %321
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #23
          to label %329 unwind label %441

329:                                              ; preds = %328
  unreachable

330:                                              ; preds = %321
  %331 = ashr exact i64 %326, 3
  %332 = call i64 @llvm.umax.i64(i64 %331, i64 1)
  %333 = add nsw i64 %332, %331
  %334 = icmp ult i64 %333, %331
  %335 = call i64 @llvm.umin.i64(i64 %333, i64 1152921504606846975)
  %336 = select i1 %334, i64 1152921504606846975, i64 %335
  %337 = icmp eq i64 %336, 0
  br i1 %337, label %341, label %338

338:                                              ; preds = %330
  %339 = shl nuw nsw i64 %336, 3
  %340 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %339) #25
          to label %341 unwind label %439

341:                                              ; preds = %338, %330
  %342 = phi ptr [ null, %330 ], [ %340, %338 ]
  %343 = getelementptr inbounds %"class.std::thread", ptr %342, i64 %331
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %343, align 8, !tbaa !33
  %344 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %345 unwind label %420

345:                                              ; preds = %341
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %344, align 8, !tbaa !5
  %346 = getelementptr inbounds i8, ptr %344, i64 8
  store i32 %294, ptr %346, align 8, !tbaa !13
  %347 = getelementptr inbounds i8, ptr %344, i64 16
  store ptr %7, ptr %347, align 8, !tbaa !29
  store ptr %344, ptr %1, align 8, !tbaa !29
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %343, ptr noundef nonnull %1, ptr noundef null)
          to label %348 unwind label %355

348:                                              ; preds = %345
  %349 = load ptr, ptr %1, align 8, !tbaa !29
  %350 = icmp eq ptr %349, null
  br i1 %350, label %363, label %351

351:                                              ; preds = %348
  %352 = load ptr, ptr %349, align 8, !tbaa !5
  %353 = getelementptr inbounds i8, ptr %352, i64 8
  %354 = load ptr, ptr %353, align 8
  call void %354(ptr noundef nonnull align 8 dereferenceable(8) %349) #22
  br label %363

355:                                              ; preds = %345
  %356 = landingpad { ptr, i32 }
          catch ptr null
  %357 = load ptr, ptr %1, align 8, !tbaa !29
  %358 = icmp eq ptr %357, null
  br i1 %358, label %424, label %359

359:                                              ; preds = %355
  %360 = load ptr, ptr %357, align 8, !tbaa !5
  %361 = getelementptr inbounds i8, ptr %360, i64 8
  %362 = load ptr, ptr %361, align 8
  call void %362(ptr noundef nonnull align 8 dereferenceable(8) %357) #22
  br label %424

363:                                              ; preds = %351, %348
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %364 = icmp eq ptr %322, %293
  br i1 %364, label %412, label %365

365:                                              ; preds = %363
  %366 = add i64 %295, -8
  %367 = sub i64 %366, %323
  %368 = lshr i64 %367, 3
  %369 = add nuw nsw i64 %368, 1
  %370 = icmp ult i64 %367, 56
  br i1 %370, label %402, label %371

371:                                              ; preds = %365
  %372 = getelementptr i8, ptr %342, i64 8
  %373 = add i64 %295, -8
  %374 = sub i64 %373, %323
  %375 = and i64 %374, -8
  %376 = getelementptr i8, ptr %372, i64 %375
  %377 = getelementptr i8, ptr %322, i64 8
  %378 = getelementptr i8, ptr %377, i64 %375
  %379 = icmp ult ptr %342, %378
  %380 = icmp ult ptr %322, %376
  %381 = and i1 %379, %380
  br i1 %381, label %402, label %382

382:                                              ; preds = %371
  %383 = and i64 %369, 4611686018427387900
  %384 = shl i64 %383, 3
  %385 = getelementptr i8, ptr %342, i64 %384
  %386 = shl i64 %383, 3
  %387 = getelementptr i8, ptr %322, i64 %386
  br label %388

388:                                              ; preds = %388, %382
  %389 = phi i64 [ 0, %382 ], [ %398, %388 ]
  %390 = shl i64 %389, 3
  %391 = getelementptr i8, ptr %342, i64 %390
  %392 = shl i64 %389, 3
  %393 = getelementptr i8, ptr %322, i64 %392
  call void @llvm.experimental.noalias.scope.decl(metadata !36)
  call void @llvm.experimental.noalias.scope.decl(metadata !39)
  %394 = getelementptr i8, ptr %393, i64 16
  %395 = load <2 x i64>, ptr %393, align 8, !tbaa !41, !alias.scope !42, !noalias !36
  %396 = load <2 x i64>, ptr %394, align 8, !tbaa !41, !alias.scope !42, !noalias !36
  %397 = getelementptr i8, ptr %391, i64 16
  store <2 x i64> %395, ptr %391, align 8, !tbaa !41, !alias.scope !45, !noalias !42
  store <2 x i64> %396, ptr %397, align 8, !tbaa !41, !alias.scope !45, !noalias !42
  store <2 x i64> zeroinitializer, ptr %393, align 8, !tbaa !41, !alias.scope !42, !noalias !36
  store <2 x i64> zeroinitializer, ptr %394, align 8, !tbaa !41, !alias.scope !42, !noalias !36
  %398 = add nuw i64 %389, 4
  %399 = icmp eq i64 %398, %383
  br i1 %399, label %400, label %388, !llvm.loop !47

400:                                              ; preds = %388
  %401 = icmp eq i64 %369, %383
  br i1 %401, label %412, label %402

402:                                              ; preds = %400, %371, %365
  %403 = phi ptr [ %342, %371 ], [ %342, %365 ], [ %385, %400 ]
  %404 = phi ptr [ %322, %371 ], [ %322, %365 ], [ %387, %400 ]
  br label %405

405:                                              ; preds = %402, %405
  %406 = phi ptr [ %410, %405 ], [ %403, %402 ]
  %407 = phi ptr [ %409, %405 ], [ %404, %402 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !36)
  call void @llvm.experimental.noalias.scope.decl(metadata !39)
  %408 = load i64, ptr %407, align 8, !tbaa !41, !alias.scope !39, !noalias !36
  store i64 %408, ptr %406, align 8, !tbaa !41, !alias.scope !36, !noalias !39
  store i64 0, ptr %407, align 8, !tbaa !41, !alias.scope !39, !noalias !36
  %409 = getelementptr inbounds i8, ptr %407, i64 8
  %410 = getelementptr inbounds i8, ptr %406, i64 8
  %411 = icmp eq ptr %409, %293
  br i1 %411, label %412, label %405, !llvm.loop !50

412:                                              ; preds = %405, %400, %363
  %413 = phi ptr [ %342, %363 ], [ %385, %400 ], [ %410, %405 ]
  %414 = getelementptr i8, ptr %413, i64 8
  %415 = icmp eq ptr %322, null
  br i1 %415, label %433, label %416

416:                                              ; preds = %412
  %417 = load ptr, ptr %284, align 8, !tbaa !31
  %418 = ptrtoint ptr %417 to i64
  %419 = sub i64 %418, %325
  call void @_ZdlPvm(ptr noundef nonnull %322, i64 noundef %419) #26
  br label %433

420:                                              ; preds = %341
  %421 = landingpad { ptr, i32 }
          catch ptr null
  br label %424

422:                                              ; preds = %424
  %423 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %443 unwind label %429

424:                                              ; preds = %420, %359, %355
  %425 = phi { ptr, i32 } [ %421, %420 ], [ %356, %359 ], [ %356, %355 ]
  %426 = extractvalue { ptr, i32 } %425, 0
  %427 = call ptr @__cxa_begin_catch(ptr %426) #22
  %428 = shl nuw nsw i64 %336, 3
  call void @_ZdlPvm(ptr noundef nonnull %342, i64 noundef %428) #26
  invoke void @__cxa_rethrow() #23
          to label %432 unwind label %422

429:                                              ; preds = %422
  %430 = landingpad { ptr, i32 }
          catch ptr null
  %431 = extractvalue { ptr, i32 } %430, 0
  call void @__clang_call_terminate(ptr %431) #24
  unreachable

432:                                              ; preds = %424
  unreachable

433:                                              ; preds = %416, %412
  store ptr %342, ptr %6, align 8, !tbaa !51
  store ptr %414, ptr %283, align 8, !tbaa !35
  %434 = getelementptr inbounds %"class.std::thread", ptr %342, i64 %336
  store ptr %434, ptr %284, align 8, !tbaa !31
  br label %435

435:                                              ; preds = %433, %318
  %436 = phi ptr [ %414, %433 ], [ %320, %318 ]
  %437 = add nuw nsw i32 %294, 1
  %438 = icmp eq i32 %437, 4
  br i1 %438, label %285, label %292, !llvm.loop !52

439:                                              ; preds = %298, %338
  %440 = landingpad { ptr, i32 }
          cleanup
  br label %443

441:                                              ; preds = %328
  %442 = landingpad { ptr, i32 }
          cleanup
  br label %443

443:                                              ; preds = %439, %441, %310, %314, %422
  %444 = phi { ptr, i32 } [ %311, %314 ], [ %311, %310 ], [ %423, %422 ], [ %440, %439 ], [ %442, %441 ]
  %445 = extractvalue { ptr, i32 } %444, 0
  %446 = extractvalue { ptr, i32 } %444, 1
  br label %518

447:                                              ; preds = %461, %285
  %448 = load i64, ptr %7, align 16, !tbaa !41
  %449 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 0, i64 noundef %448)
  %450 = getelementptr inbounds i8, ptr %7, i64 8
  %451 = load i64, ptr %450, align 8, !tbaa !41
  %452 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 1, i64 noundef %451)
  %453 = getelementptr inbounds i8, ptr %7, i64 16
  %454 = load i64, ptr %453, align 16, !tbaa !41
  %455 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 2, i64 noundef %454)
  %456 = getelementptr inbounds i8, ptr %7, i64 24
  %457 = load i64, ptr %456, align 8, !tbaa !41
  %458 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 3, i64 noundef %457)
  br label %497

459:                                              ; preds = %285, %461
  %460 = phi ptr [ %462, %461 ], [ %286, %285 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %460)
          to label %461 unwind label %464

461:                                              ; preds = %459
  %462 = getelementptr inbounds i8, ptr %460, i64 8
  %463 = icmp eq ptr %462, %436
  br i1 %463, label %447, label %459

464:                                              ; preds = %459
  %465 = landingpad { ptr, i32 }
          cleanup
  %466 = extractvalue { ptr, i32 } %465, 0
  %467 = extractvalue { ptr, i32 } %465, 1
  br label %518

468:                                              ; preds = %514
  %469 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %515)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #22
  %470 = load ptr, ptr %6, align 8, !tbaa !51
  %471 = load ptr, ptr %283, align 8, !tbaa !35
  %472 = icmp eq ptr %470, %471
  br i1 %472, label %481, label %476

473:                                              ; preds = %476
  %474 = getelementptr inbounds i8, ptr %477, i64 8
  %475 = icmp eq ptr %474, %471
  br i1 %475, label %481, label %476, !llvm.loop !53

476:                                              ; preds = %468, %473
  %477 = phi ptr [ %474, %473 ], [ %470, %468 ]
  %478 = load i64, ptr %477, align 8, !tbaa !41
  %479 = icmp eq i64 %478, 0
  br i1 %479, label %473, label %480

480:                                              ; preds = %476
  call void @_ZSt9terminatev() #24
  unreachable

481:                                              ; preds = %473, %468
  %482 = icmp eq ptr %470, null
  br i1 %482, label %488, label %483

483:                                              ; preds = %481
  %484 = load ptr, ptr %284, align 8, !tbaa !31
  %485 = ptrtoint ptr %484 to i64
  %486 = ptrtoint ptr %470 to i64
  %487 = sub i64 %485, %486
  call void @_ZdlPvm(ptr noundef nonnull %470, i64 noundef %487) #26
  br label %488

488:                                              ; preds = %481, %483
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #22
  %489 = load ptr, ptr %229, align 8, !tbaa !26
  %490 = icmp eq ptr %489, null
  br i1 %490, label %496, label %491

491:                                              ; preds = %488
  %492 = invoke noundef zeroext i1 %489(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %3, i32 noundef 3)
          to label %496 unwind label %493

493:                                              ; preds = %491
  %494 = landingpad { ptr, i32 }
          catch ptr null
  %495 = extractvalue { ptr, i32 } %494, 0
  call void @__clang_call_terminate(ptr %495) #24
  unreachable

496:                                              ; preds = %488, %491
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  ret i32 0

497:                                              ; preds = %447, %514
  %498 = phi i32 [ %516, %514 ], [ 0, %447 ]
  %499 = phi i32 [ %515, %514 ], [ 0, %447 ]
  %500 = and i32 %498, 1
  %501 = icmp eq i32 %500, 0
  br i1 %501, label %514, label %502

502:                                              ; preds = %497
  %503 = call ptr @__cxa_allocate_exception(i64 4) #22
  store i32 %498, ptr %503, align 16, !tbaa !13
  invoke void @__cxa_throw(ptr nonnull %503, ptr nonnull @_ZTIi, ptr null) #23
          to label %540 unwind label %504

504:                                              ; preds = %502
  %505 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  %506 = extractvalue { ptr, i32 } %505, 0
  %507 = extractvalue { ptr, i32 } %505, 1
  %508 = icmp eq i32 %507, %211
  br i1 %508, label %509, label %518

509:                                              ; preds = %504
  %510 = call ptr @__cxa_begin_catch(ptr %506) #22
  %511 = load i32, ptr %510, align 4, !tbaa !13
  %512 = and i32 %511, 3
  %513 = add nsw i32 %512, %499
  call void @__cxa_end_catch() #22
  br label %514

514:                                              ; preds = %497, %509
  %515 = phi i32 [ %513, %509 ], [ %499, %497 ]
  %516 = add nuw nsw i32 %498, 1
  %517 = icmp eq i32 %516, 10000
  br i1 %517, label %468, label %497, !llvm.loop !54

518:                                              ; preds = %504, %464, %443
  %519 = phi i32 [ %446, %443 ], [ %467, %464 ], [ %507, %504 ]
  %520 = phi ptr [ %445, %443 ], [ %466, %464 ], [ %506, %504 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #22
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %6) #22
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #22
  br label %521

521:                                              ; preds = %518, %288, %269, %260, %231
  %522 = phi i32 [ %519, %518 ], [ %291, %288 ], [ %272, %269 ], [ %263, %260 ], [ %234, %231 ]
  %523 = phi ptr [ %520, %518 ], [ %290, %288 ], [ %271, %269 ], [ %262, %260 ], [ %233, %231 ]
  %524 = load ptr, ptr %229, align 8, !tbaa !26
  %525 = icmp eq ptr %524, null
  br i1 %525, label %531, label %526

526:                                              ; preds = %521
  %527 = invoke noundef zeroext i1 %524(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %3, i32 noundef 3)
          to label %531 unwind label %528

528:                                              ; preds = %526
  %529 = landingpad { ptr, i32 }
          catch ptr null
  %530 = extractvalue { ptr, i32 } %529, 0
  call void @__clang_call_terminate(ptr %530) #24
  unreachable

531:                                              ; preds = %521, %526
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  br label %532

532:                                              ; preds = %531, %220, %188, %183, %31
  %533 = phi i32 [ %522, %531 ], [ %223, %220 ], [ %191, %188 ], [ %184, %183 ], [ %32, %31 ]
  %534 = phi ptr [ %523, %531 ], [ %222, %220 ], [ %190, %188 ], [ %185, %183 ], [ %34, %31 ]
  %535 = insertvalue { ptr, i32 } poison, ptr %534, 0
  %536 = insertvalue { ptr, i32 } %535, i32 %533, 1
  resume { ptr, i32 } %536

537:                                              ; preds = %181
  %538 = landingpad { ptr, i32 }
          catch ptr null
  %539 = extractvalue { ptr, i32 } %538, 0
  tail call void @__clang_call_terminate(ptr %539) #24
  unreachable

540:                                              ; preds = %502
  unreachable

541:                                              ; preds = %242, %202
  unreachable
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #4 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #22
  tail call void @_ZSt9terminatev() #24
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #5 align 2

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt11make_uniqueI7TrackerJRA5_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr") align 8 %0, ptr noundef nonnull align 1 dereferenceable(5) %1) local_unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = tail call noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #25
  %7 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %7, ptr %5, align 8, !tbaa !16
  %8 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #22
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #22
  store i64 %8, ptr %4, align 8, !tbaa !41
  %9 = icmp ugt i64 %8, 15
  br i1 %9, label %10, label %14

10:                                               ; preds = %2
  %11 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %12 unwind label %50

12:                                               ; preds = %10
  store ptr %11, ptr %5, align 8, !tbaa !30
  %13 = load i64, ptr %4, align 8, !tbaa !41
  store i64 %13, ptr %7, align 8, !tbaa !22
  br label %14

14:                                               ; preds = %12, %2
  %15 = phi ptr [ %11, %12 ], [ %7, %2 ]
  switch i64 %8, label %18 [
    i64 1, label %16
    i64 0, label %19
  ]

16:                                               ; preds = %14
  %17 = load i8, ptr %1, align 1, !tbaa !22
  store i8 %17, ptr %15, align 1, !tbaa !22
  br label %19

18:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr nonnull align 1 %1, i64 %8, i1 false)
  br label %19

19:                                               ; preds = %18, %16, %14
  %20 = load i64, ptr %4, align 8, !tbaa !41
  %21 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %20, ptr %21, align 8, !tbaa !19
  %22 = load ptr, ptr %5, align 8, !tbaa !30
  %23 = getelementptr inbounds i8, ptr %22, i64 %20
  store i8 0, ptr %23, align 1, !tbaa !22
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #22
  %24 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %24, ptr %6, align 8, !tbaa !16
  %25 = load ptr, ptr %5, align 8, !tbaa !30
  %26 = load i64, ptr %21, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #22
  store i64 %26, ptr %3, align 8, !tbaa !41
  %27 = icmp ugt i64 %26, 15
  br i1 %27, label %28, label %32

28:                                               ; preds = %19
  %29 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %30 unwind label %52

30:                                               ; preds = %28
  store ptr %29, ptr %6, align 8, !tbaa !30
  %31 = load i64, ptr %3, align 8, !tbaa !41
  store i64 %31, ptr %24, align 8, !tbaa !22
  br label %32

32:                                               ; preds = %30, %19
  %33 = phi ptr [ %29, %30 ], [ %24, %19 ]
  switch i64 %26, label %36 [
    i64 1, label %34
    i64 0, label %37
  ]

34:                                               ; preds = %32
  %35 = load i8, ptr %25, align 1, !tbaa !22
  store i8 %35, ptr %33, align 1, !tbaa !22
  br label %37

36:                                               ; preds = %32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %33, ptr align 1 %25, i64 %26, i1 false)
  br label %37

37:                                               ; preds = %36, %34, %32
  %38 = load i64, ptr %3, align 8, !tbaa !41
  %39 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 %38, ptr %39, align 8, !tbaa !19
  %40 = load ptr, ptr %6, align 8, !tbaa !30
  %41 = getelementptr inbounds i8, ptr %40, i64 %38
  store i8 0, ptr %41, align 1, !tbaa !22
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #22
  %42 = load ptr, ptr %5, align 8, !tbaa !30
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %42)
  store ptr %6, ptr %0, align 8, !tbaa !29
  %44 = load ptr, ptr %5, align 8, !tbaa !30
  %45 = icmp eq ptr %44, %7
  br i1 %45, label %49, label %46

46:                                               ; preds = %37
  %47 = load i64, ptr %7, align 8, !tbaa !22
  %48 = add i64 %47, 1
  call void @_ZdlPvm(ptr noundef %44, i64 noundef %48) #26
  br label %49

49:                                               ; preds = %37, %46
  ret void

50:                                               ; preds = %10
  %51 = landingpad { ptr, i32 }
          cleanup
  br label %59

52:                                               ; preds = %28
  %53 = landingpad { ptr, i32 }
          cleanup
  %54 = load ptr, ptr %5, align 8, !tbaa !30
  %55 = icmp eq ptr %54, %7
  br i1 %55, label %59, label %56

56:                                               ; preds = %52
  %57 = load i64, ptr %7, align 8, !tbaa !22
  %58 = add i64 %57, 1
  call void @_ZdlPvm(ptr noundef %54, i64 noundef %58) #26
  br label %59

59:                                               ; preds = %56, %52, %50
  %60 = phi { ptr, i32 } [ %51, %50 ], [ %53, %52 ], [ %53, %56 ]
  call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 32) #26
  resume { ptr, i32 } %60
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN2FTC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #7 comdat align 2 personality ptr @__gxx_personality_v0 {
  store i32 %1, ptr %0, align 4, !tbaa !55
  %3 = icmp slt i32 %1, 0
  br i1 %3, label %4, label %19

4:                                                ; preds = %2
  %5 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull @.str.22)
          to label %6 unwind label %7

6:                                                ; preds = %4
  invoke void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTISt16invalid_argument, ptr nonnull @_ZNSt16invalid_argumentD1Ev) #23
          to label %24 unwind label %9

7:                                                ; preds = %4
  %8 = landingpad { ptr, i32 }
          catch ptr null
  tail call void @__cxa_free_exception(ptr %5) #22
  br label %11

9:                                                ; preds = %6
  %10 = landingpad { ptr, i32 }
          catch ptr null
  br label %11

11:                                               ; preds = %9, %7
  %12 = phi { ptr, i32 } [ %10, %9 ], [ %8, %7 ]
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = tail call ptr @__cxa_begin_catch(ptr %13) #22
  %15 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.30)
  invoke void @__cxa_rethrow()
          to label %16 unwind label %17

16:                                               ; preds = %11
  unreachable

17:                                               ; preds = %11
  %18 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %20 unwind label %21

19:                                               ; preds = %2
  ret void

20:                                               ; preds = %17
  resume { ptr, i32 } %18

21:                                               ; preds = %17
  %22 = landingpad { ptr, i32 }
          catch ptr null
  %23 = extractvalue { ptr, i32 } %22, 0
  tail call void @__clang_call_terminate(ptr %23) #24
  unreachable

24:                                               ; preds = %6
  unreachable
}

declare void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !51
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !35
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %14, label %9

6:                                                ; preds = %9
  %7 = getelementptr inbounds i8, ptr %10, i64 8
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %14, label %9, !llvm.loop !53

9:                                                ; preds = %1, %6
  %10 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %11 = load i64, ptr %10, align 8, !tbaa !41
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %6, label %13

13:                                               ; preds = %9
  tail call void @_ZSt9terminatev() #24
  unreachable

14:                                               ; preds = %6, %1
  %15 = icmp eq ptr %2, null
  br i1 %15, label %22, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !31
  %19 = ptrtoint ptr %18 to i64
  %20 = ptrtoint ptr %2 to i64
  %21 = sub i64 %19, %20
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef %21) #26
  br label %22

22:                                               ; preds = %14, %16
  ret void
}

; Function Attrs: mustprogress uwtable
define internal fastcc noundef i32 @_ZL5depthi(i32 noundef %0) unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %2 = alloca i64, align 8
  %3 = alloca %struct.Tracker, align 8
  %4 = alloca %"class.std::__cxx11::basic_string", align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #22
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #22
  tail call void @llvm.experimental.noalias.scope.decl(metadata !57)
  %6 = tail call i32 @llvm.abs.i32(i32 %0, i1 false)
  %7 = icmp ult i32 %6, 10
  br i1 %7, label %26, label %8

8:                                                ; preds = %1, %22
  %9 = phi i32 [ %23, %22 ], [ %6, %1 ]
  %10 = phi i32 [ %24, %22 ], [ 1, %1 ]
  %11 = icmp ult i32 %9, 100
  br i1 %11, label %12, label %14

12:                                               ; preds = %8
  %13 = add i32 %10, 1
  br label %26

14:                                               ; preds = %8
  %15 = icmp ult i32 %9, 1000
  br i1 %15, label %16, label %18

16:                                               ; preds = %14
  %17 = add i32 %10, 2
  br label %26

18:                                               ; preds = %14
  %19 = icmp ult i32 %9, 10000
  br i1 %19, label %20, label %22

20:                                               ; preds = %18
  %21 = add i32 %10, 3
  br label %26

22:                                               ; preds = %18
  %23 = udiv i32 %9, 10000
  %24 = add i32 %10, 4
  %25 = icmp ult i32 %9, 100000
  br i1 %25, label %26, label %8, !llvm.loop !60

26:                                               ; preds = %22, %20, %16, %12, %1
  %27 = phi i32 [ %13, %12 ], [ %17, %16 ], [ %21, %20 ], [ 1, %1 ], [ %24, %22 ]
  %28 = lshr i32 %0, 31
  %29 = add i32 %27, %28
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %31, ptr %5, align 8, !tbaa !16, !alias.scope !57
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %30, i8 noundef signext 45)
          to label %32 unwind label %75

32:                                               ; preds = %26
  %33 = zext nneg i32 %28 to i64
  %34 = load ptr, ptr %5, align 8, !tbaa !30, !alias.scope !57
  %35 = getelementptr inbounds i8, ptr %34, i64 %33
  %36 = icmp ugt i32 %6, 99
  br i1 %36, label %37, label %59

37:                                               ; preds = %32
  %38 = add i32 %27, -1
  br label %39

39:                                               ; preds = %39, %37
  %40 = phi i32 [ %44, %39 ], [ %6, %37 ]
  %41 = phi i32 [ %57, %39 ], [ %38, %37 ]
  %42 = urem i32 %40, 100
  %43 = shl nuw nsw i32 %42, 1
  %44 = udiv i32 %40, 100
  %45 = or disjoint i32 %43, 1
  %46 = zext nneg i32 %45 to i64
  %47 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !22, !noalias !57
  %49 = zext i32 %41 to i64
  %50 = getelementptr inbounds i8, ptr %35, i64 %49
  store i8 %48, ptr %50, align 1, !tbaa !22
  %51 = zext nneg i32 %43 to i64
  %52 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %51
  %53 = load i8, ptr %52, align 2, !tbaa !22, !noalias !57
  %54 = add i32 %41, -1
  %55 = zext i32 %54 to i64
  %56 = getelementptr inbounds i8, ptr %35, i64 %55
  store i8 %53, ptr %56, align 1, !tbaa !22
  %57 = add i32 %41, -2
  %58 = icmp ugt i32 %40, 9999
  br i1 %58, label %39, label %59, !llvm.loop !61

59:                                               ; preds = %39, %32
  %60 = phi i32 [ %6, %32 ], [ %44, %39 ]
  %61 = icmp ugt i32 %60, 9
  br i1 %61, label %62, label %72

62:                                               ; preds = %59
  %63 = shl nuw nsw i32 %60, 1
  %64 = or disjoint i32 %63, 1
  %65 = zext nneg i32 %64 to i64
  %66 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !22, !noalias !57
  %68 = getelementptr inbounds i8, ptr %35, i64 1
  store i8 %67, ptr %68, align 1, !tbaa !22
  %69 = zext nneg i32 %63 to i64
  %70 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %69
  %71 = load i8, ptr %70, align 2, !tbaa !22, !noalias !57
  br label %78

72:                                               ; preds = %59
  %73 = trunc nuw i32 %60 to i8
  %74 = or disjoint i8 %73, 48
  br label %78

75:                                               ; preds = %26
  %76 = landingpad { ptr, i32 }
          catch ptr null
  %77 = extractvalue { ptr, i32 } %76, 0
  call void @__clang_call_terminate(ptr %77) #24
  unreachable

78:                                               ; preds = %62, %72
  %79 = phi i8 [ %74, %72 ], [ %71, %62 ]
  store i8 %79, ptr %35, align 1, !tbaa !22
  %80 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.13, i64 noundef 5)
          to label %81 unwind label %135

81:                                               ; preds = %78
  %82 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %82, ptr %4, align 8, !tbaa !16, !alias.scope !62
  %83 = load ptr, ptr %80, align 8, !tbaa !30
  %84 = getelementptr inbounds i8, ptr %80, i64 16
  %85 = icmp eq ptr %83, %84
  br i1 %85, label %86, label %92

86:                                               ; preds = %81
  %87 = getelementptr inbounds i8, ptr %80, i64 8
  %88 = load i64, ptr %87, align 8, !tbaa !19
  %89 = add i64 %88, 1
  %90 = icmp eq i64 %89, 0
  br i1 %90, label %96, label %91

91:                                               ; preds = %86
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %82, ptr nonnull align 8 %84, i64 %89, i1 false)
  br label %96

92:                                               ; preds = %81
  store ptr %83, ptr %4, align 8, !tbaa !30, !alias.scope !62
  %93 = load i64, ptr %84, align 8, !tbaa !22
  store i64 %93, ptr %82, align 8, !tbaa !22, !alias.scope !62
  %94 = getelementptr inbounds i8, ptr %80, i64 8
  %95 = load i64, ptr %94, align 8, !tbaa !19
  br label %96

96:                                               ; preds = %92, %91, %86
  %97 = phi ptr [ %82, %86 ], [ %82, %91 ], [ %83, %92 ]
  %98 = phi i64 [ -1, %86 ], [ %88, %91 ], [ %95, %92 ]
  %99 = getelementptr inbounds i8, ptr %80, i64 8
  %100 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %98, ptr %100, align 8, !tbaa !19, !alias.scope !62
  store ptr %84, ptr %80, align 8, !tbaa !30
  store i64 0, ptr %99, align 8, !tbaa !19
  store i8 0, ptr %84, align 8, !tbaa !22
  %101 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %101, ptr %3, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #22
  store i64 %98, ptr %2, align 8, !tbaa !41
  %102 = icmp ugt i64 %98, 15
  br i1 %102, label %103, label %107

103:                                              ; preds = %96
  %104 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef 0)
          to label %105 unwind label %137

105:                                              ; preds = %103
  store ptr %104, ptr %3, align 8, !tbaa !30
  %106 = load i64, ptr %2, align 8, !tbaa !41
  store i64 %106, ptr %101, align 8, !tbaa !22
  br label %107

107:                                              ; preds = %105, %96
  %108 = phi ptr [ %104, %105 ], [ %101, %96 ]
  switch i64 %98, label %111 [
    i64 1, label %109
    i64 0, label %112
  ]

109:                                              ; preds = %107
  %110 = load i8, ptr %97, align 1, !tbaa !22
  store i8 %110, ptr %108, align 1, !tbaa !22
  br label %112

111:                                              ; preds = %107
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %108, ptr align 1 %97, i64 %98, i1 false)
  br label %112

112:                                              ; preds = %111, %109, %107
  %113 = load i64, ptr %2, align 8, !tbaa !41
  %114 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %113, ptr %114, align 8, !tbaa !19
  %115 = load ptr, ptr %3, align 8, !tbaa !30
  %116 = getelementptr inbounds i8, ptr %115, i64 %113
  store i8 0, ptr %116, align 1, !tbaa !22
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #22
  %117 = load ptr, ptr %4, align 8, !tbaa !30
  %118 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %117)
  %119 = load ptr, ptr %4, align 8, !tbaa !30
  %120 = icmp eq ptr %119, %82
  br i1 %120, label %124, label %121

121:                                              ; preds = %112
  %122 = load i64, ptr %82, align 8, !tbaa !22
  %123 = add i64 %122, 1
  call void @_ZdlPvm(ptr noundef %119, i64 noundef %123) #26
  br label %124

124:                                              ; preds = %112, %121
  %125 = load ptr, ptr %5, align 8, !tbaa !30
  %126 = icmp eq ptr %125, %31
  br i1 %126, label %130, label %127

127:                                              ; preds = %124
  %128 = load i64, ptr %31, align 8, !tbaa !22
  %129 = add i64 %128, 1
  call void @_ZdlPvm(ptr noundef %125, i64 noundef %129) #26
  br label %130

130:                                              ; preds = %124, %127
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #22
  %131 = icmp eq i32 %0, 0
  br i1 %131, label %132, label %154

132:                                              ; preds = %130
  %133 = call ptr @__cxa_allocate_exception(i64 16) #22
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7Derived, i64 16), ptr %133, align 8, !tbaa !5
  %134 = getelementptr inbounds i8, ptr %133, i64 8
  store i32 7, ptr %134, align 8, !tbaa !8
  invoke void @__cxa_throw(ptr nonnull %133, ptr nonnull @_ZTI7Derived, ptr nonnull @_ZN4BaseD2Ev) #23
          to label %169 unwind label %152

135:                                              ; preds = %78
  %136 = landingpad { ptr, i32 }
          cleanup
  br label %144

137:                                              ; preds = %103
  %138 = landingpad { ptr, i32 }
          cleanup
  %139 = load ptr, ptr %4, align 8, !tbaa !30
  %140 = icmp eq ptr %139, %82
  br i1 %140, label %144, label %141

141:                                              ; preds = %137
  %142 = load i64, ptr %82, align 8, !tbaa !22
  %143 = add i64 %142, 1
  call void @_ZdlPvm(ptr noundef %139, i64 noundef %143) #26
  br label %144

144:                                              ; preds = %141, %137, %135
  %145 = phi { ptr, i32 } [ %136, %135 ], [ %138, %137 ], [ %138, %141 ]
  %146 = load ptr, ptr %5, align 8, !tbaa !30
  %147 = icmp eq ptr %146, %31
  br i1 %147, label %151, label %148

148:                                              ; preds = %144
  %149 = load i64, ptr %31, align 8, !tbaa !22
  %150 = add i64 %149, 1
  call void @_ZdlPvm(ptr noundef %146, i64 noundef %150) #26
  br label %151

151:                                              ; preds = %144, %148
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #22
  br label %167

152:                                              ; preds = %154, %132
  %153 = landingpad { ptr, i32 }
          cleanup
  call void @_ZN7TrackerD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %3) #22
  br label %167

154:                                              ; preds = %130
  %155 = add nsw i32 %0, -1
  %156 = invoke fastcc noundef i32 @_ZL5depthi(i32 noundef %155)
          to label %157 unwind label %152

157:                                              ; preds = %154
  %158 = load ptr, ptr %3, align 8, !tbaa !30
  %159 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %158)
  %160 = load ptr, ptr %3, align 8, !tbaa !30
  %161 = icmp eq ptr %160, %101
  br i1 %161, label %165, label %162

162:                                              ; preds = %157
  %163 = load i64, ptr %101, align 8, !tbaa !22
  %164 = add i64 %163, 1
  call void @_ZdlPvm(ptr noundef %160, i64 noundef %164) #26
  br label %165

165:                                              ; preds = %157, %162
  %166 = add nsw i32 %156, 1
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  ret i32 %166

167:                                              ; preds = %152, %151
  %168 = phi { ptr, i32 } [ %153, %152 ], [ %145, %151 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  resume { ptr, i32 } %168

169:                                              ; preds = %132
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4BaseD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7TrackerD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !30
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %2)
  %4 = load ptr, ptr %0, align 8, !tbaa !30
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %10, label %7

7:                                                ; preds = %1
  %8 = load i64, ptr %5, align 8, !tbaa !22
  %9 = add i64 %8, 1
  tail call void @_ZdlPvm(ptr noundef %4, i64 noundef %9) #26
  br label %10

10:                                               ; preds = %1, %7
  ret void
}

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #11

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) local_unnamed_addr #8

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7DerivedD0Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #13 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #26
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK7Derived4nameEv(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #5 comdat align 2 {
  ret ptr @.str.18
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #14

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #11

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #15

declare void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt16invalid_argumentD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #15

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #16

; Function Attrs: mustprogress noreturn uwtable
define internal void @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data"(ptr nocapture nonnull readnone align 8 %0) #17 align 2 {
  %2 = tail call ptr @__cxa_allocate_exception(i64 8) #22
  store double 3.500000e+00, ptr %2, align 16, !tbaa !27
  tail call void @__cxa_throw(ptr nonnull %2, ptr nonnull @_ZTId, ptr null) #23
  unreachable
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #18 align 2 personality ptr @__gxx_personality_v0 {
  switch i32 %2, label %7 [
    i32 0, label %5
    i32 1, label %4
  ]

4:                                                ; preds = %3
  br label %5

5:                                                ; preds = %3, %4
  %6 = phi ptr [ %1, %4 ], [ @"_ZTIZ4mainE3$_0", %3 ]
  store ptr %6, ptr %0, align 8, !tbaa !29
  br label %7

7:                                                ; preds = %5, %3
  ret i1 false
}

declare void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #15

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #13 align 2 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #22
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #26
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #7 align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !tbaa !65
  %4 = srem i32 %3, 3
  br label %5

5:                                                ; preds = %26, %1
  %6 = phi i64 [ 0, %1 ], [ %28, %26 ]
  %7 = phi i64 [ 0, %1 ], [ %27, %26 ]
  %8 = trunc i64 %6 to i16
  %9 = urem i16 %8, 3
  %10 = zext nneg i16 %9 to i32
  %11 = icmp eq i32 %4, %10
  br i1 %11, label %12, label %30

12:                                               ; preds = %5
  %13 = trunc nuw nsw i64 %6 to i32
  %14 = tail call ptr @__cxa_allocate_exception(i64 4) #22
  store i32 %13, ptr %14, align 16, !tbaa !13
  invoke void @__cxa_throw(ptr nonnull %14, ptr nonnull @_ZTIi, ptr null) #23
          to label %33 unwind label %15

15:                                               ; preds = %12
  %16 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  %17 = extractvalue { ptr, i32 } %16, 1
  %18 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIi) #22
  %19 = icmp eq i32 %17, %18
  br i1 %19, label %20, label %32

20:                                               ; preds = %15
  %21 = extractvalue { ptr, i32 } %16, 0
  %22 = tail call ptr @__cxa_begin_catch(ptr %21) #22
  %23 = load i32, ptr %22, align 4, !tbaa !13
  %24 = sext i32 %23 to i64
  %25 = sub nsw i64 %7, %24
  tail call void @__cxa_end_catch() #22
  br label %26

26:                                               ; preds = %30, %20
  %27 = phi i64 [ %25, %20 ], [ %31, %30 ]
  %28 = add nuw nsw i64 %6, 1
  %29 = icmp eq i64 %28, 2000
  br i1 %29, label %34, label %5, !llvm.loop !67

30:                                               ; preds = %5
  %31 = add nsw i64 %7, %6
  br label %26

32:                                               ; preds = %15
  resume { ptr, i32 } %16

33:                                               ; preds = %12
  unreachable

34:                                               ; preds = %26
  %35 = getelementptr inbounds i8, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8, !tbaa !68
  %37 = load i32, ptr %2, align 8, !tbaa !65
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [4 x i64], ptr %36, i64 0, i64 %38
  store i64 %27, ptr %39, align 8, !tbaa !41
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #20

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #20

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #21

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #20

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { inlinehint mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { mustprogress noreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { nofree nounwind }
attributes #20 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #21 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #22 = { nounwind }
attributes #23 = { noreturn }
attributes #24 = { noreturn nounwind }
attributes #25 = { builtin allocsize(0) }
attributes #26 = { builtin nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"vtable pointer", !7, i64 0}
!7 = !{!"Simple C++ TBAA"}
!8 = !{!9, !11, i64 8}
!9 = !{!"_ZTS7Derived", !10, i64 0, !11, i64 8}
!10 = !{!"_ZTS4Base"}
!11 = !{!"int", !12, i64 0}
!12 = !{!"omnipotent char", !7, i64 0}
!13 = !{!11, !11, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!17, !18, i64 0}
!17 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !18, i64 0}
!18 = !{!"any pointer", !12, i64 0}
!19 = !{!20, !21, i64 8}
!20 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !17, i64 0, !21, i64 8, !12, i64 16}
!21 = !{!"long", !12, i64 0}
!22 = !{!12, !12, i64 0}
!23 = !{!24, !18, i64 24}
!24 = !{!"_ZTSSt8functionIFvvEE", !25, i64 0, !18, i64 24}
!25 = !{!"_ZTSSt14_Function_base", !12, i64 0, !18, i64 16}
!26 = !{!25, !18, i64 16}
!27 = !{!28, !28, i64 0}
!28 = !{!"double", !12, i64 0}
!29 = !{!18, !18, i64 0}
!30 = !{!20, !18, i64 0}
!31 = !{!32, !18, i64 16}
!32 = !{!"_ZTSNSt12_Vector_baseISt6threadSaIS0_EE17_Vector_impl_dataE", !18, i64 0, !18, i64 8, !18, i64 16}
!33 = !{!34, !21, i64 0}
!34 = !{!"_ZTSNSt6thread2idE", !21, i64 0}
!35 = !{!32, !18, i64 8}
!36 = !{!37}
!37 = distinct !{!37, !38, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!38 = distinct !{!38, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!39 = !{!40}
!40 = distinct !{!40, !38, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!41 = !{!21, !21, i64 0}
!42 = !{!40, !43}
!43 = distinct !{!43, !44}
!44 = distinct !{!44, !"LVerDomain"}
!45 = !{!37, !46}
!46 = distinct !{!46, !44}
!47 = distinct !{!47, !15, !48, !49}
!48 = !{!"llvm.loop.isvectorized", i32 1}
!49 = !{!"llvm.loop.unroll.runtime.disable"}
!50 = distinct !{!50, !15, !48}
!51 = !{!32, !18, i64 0}
!52 = distinct !{!52, !15}
!53 = distinct !{!53, !15}
!54 = distinct !{!54, !15}
!55 = !{!56, !11, i64 0}
!56 = !{!"_ZTS2FT", !11, i64 0}
!57 = !{!58}
!58 = distinct !{!58, !59, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!59 = distinct !{!59, !"_ZNSt7__cxx119to_stringEi"}
!60 = distinct !{!60, !15}
!61 = distinct !{!61, !15}
!62 = !{!63}
!63 = distinct !{!63, !64, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!64 = distinct !{!64, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!65 = !{!66, !11, i64 0}
!66 = !{!"_ZTSZ4mainE3$_1", !11, i64 0, !18, i64 8}
!67 = distinct !{!67, !15}
!68 = !{!66, !18, i64 8}
