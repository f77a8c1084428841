; ModuleID = 'exc_mixed.cpp'
source_filename = "exc_mixed.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr dso_local local_unnamed_addr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 1
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
  %7 = alloca [4 x i64], align 8
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
  %17 = load ptr, ptr %16, align 8, !tbaa !6
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
  br i1 %36, label %37, label %569

37:                                               ; preds = %31
  %38 = tail call ptr @__cxa_begin_catch(ptr %34) #22
  %39 = load ptr, ptr %38, align 8, !tbaa !6
  %40 = getelementptr inbounds i8, ptr %39, i64 16
  %41 = load ptr, ptr %40, align 8
  %42 = invoke noundef ptr %41(ptr noundef nonnull align 8 dereferenceable(12) %38)
          to label %43 unwind label %219

43:                                               ; preds = %37
  %44 = getelementptr inbounds i8, ptr %38, i64 8
  %45 = load i32, ptr %44, align 8, !tbaa !9
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef %42, i32 noundef %45)
  tail call void @__cxa_end_catch()
  br label %47

47:                                               ; preds = %0, %43
  %48 = invoke noalias noundef nonnull dereferenceable(28) ptr @_Znwm(i64 noundef 28) #25
          to label %49 unwind label %224

49:                                               ; preds = %47
  %50 = getelementptr inbounds i8, ptr %48, i64 28
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %48, ptr noundef nonnull align 4 dereferenceable(28) @constinit, i64 28, i1 false)
  %51 = ptrtoint ptr %48 to i64
  %52 = ptrtoint ptr %50 to i64
  invoke fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_SB_T0_T1_"(i64 %51, i64 %52, i64 noundef 4, i64 0)
          to label %53 unwind label %215

53:                                               ; preds = %49
  %54 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %55 = getelementptr inbounds i8, ptr %48, i64 4
  %56 = load i32, ptr %55, align 4, !tbaa !14
  %57 = add nsw i32 %54, 1
  %58 = icmp eq i32 %57, 6
  br i1 %58, label %59, label %66

59:                                               ; preds = %188, %164, %140, %116, %91, %53
  store i32 6, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %60 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %60, ptr noundef nonnull @.str.21)
          to label %76 unwind label %64

61:                                               ; preds = %79, %64
  %62 = phi ptr [ %75, %79 ], [ %60, %64 ]
  %63 = phi { ptr, i32 } [ %80, %79 ], [ %65, %64 ]
  tail call void @__cxa_free_exception(ptr %62) #22
  br label %217

64:                                               ; preds = %59
  %65 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %61

66:                                               ; preds = %53
  %67 = load i32, ptr %48, align 4, !tbaa !14
  %68 = icmp slt i32 %56, %67
  br i1 %68, label %69, label %71

69:                                               ; preds = %66
  %70 = load i32, ptr %48, align 4
  store i32 %70, ptr %55, align 4
  br label %91

71:                                               ; preds = %66
  %72 = add nsw i32 %54, 2
  %73 = icmp eq i32 %72, 6
  br i1 %73, label %74, label %81

74:                                               ; preds = %87, %110, %135, %159, %183, %207, %71, %101, %126, %150, %174, %198
  store i32 6, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %75 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %75, ptr noundef nonnull @.str.21)
          to label %76 unwind label %79

76:                                               ; preds = %74, %59
  %77 = phi ptr [ %60, %59 ], [ %75, %74 ]
  invoke void @__cxa_throw(ptr nonnull %77, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
          to label %78 unwind label %215

78:                                               ; preds = %76
  unreachable

79:                                               ; preds = %74
  %80 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %61

81:                                               ; preds = %71, %87
  %82 = phi i32 [ %89, %87 ], [ %72, %71 ]
  %83 = phi ptr [ %88, %87 ], [ %48, %71 ]
  %84 = phi ptr [ %83, %87 ], [ %55, %71 ]
  %85 = load i32, ptr %83, align 4, !tbaa !14
  %86 = icmp slt i32 %56, %85
  br i1 %86, label %87, label %91

87:                                               ; preds = %81
  store i32 %85, ptr %84, align 4, !tbaa !14
  %88 = getelementptr inbounds i8, ptr %83, i64 -4
  %89 = add nsw i32 %82, 1
  %90 = icmp eq i32 %89, 6
  br i1 %90, label %74, label %81, !llvm.loop !15

91:                                               ; preds = %81, %69
  %92 = phi i32 [ %57, %69 ], [ %82, %81 ]
  %93 = phi ptr [ %48, %69 ], [ %84, %81 ]
  store i32 %56, ptr %93, align 4, !tbaa !14
  %94 = getelementptr inbounds i8, ptr %48, i64 8
  %95 = load i32, ptr %94, align 4, !tbaa !14
  %96 = add nsw i32 %92, 1
  %97 = icmp eq i32 %96, 6
  br i1 %97, label %59, label %98

98:                                               ; preds = %91
  %99 = load i32, ptr %48, align 4, !tbaa !14
  %100 = icmp slt i32 %95, %99
  br i1 %100, label %114, label %101

101:                                              ; preds = %98
  %102 = add nsw i32 %92, 2
  %103 = icmp eq i32 %102, 6
  br i1 %103, label %74, label %104

104:                                              ; preds = %101, %110
  %105 = phi i32 [ %112, %110 ], [ %102, %101 ]
  %106 = phi ptr [ %111, %110 ], [ %55, %101 ]
  %107 = phi ptr [ %106, %110 ], [ %94, %101 ]
  %108 = load i32, ptr %106, align 4, !tbaa !14
  %109 = icmp slt i32 %95, %108
  br i1 %109, label %110, label %116

110:                                              ; preds = %104
  store i32 %108, ptr %107, align 4, !tbaa !14
  %111 = getelementptr inbounds i8, ptr %106, i64 -4
  %112 = add nsw i32 %105, 1
  %113 = icmp eq i32 %112, 6
  br i1 %113, label %74, label %104, !llvm.loop !15

114:                                              ; preds = %98
  %115 = load i64, ptr %48, align 4
  store i64 %115, ptr %55, align 4
  br label %116

116:                                              ; preds = %104, %114
  %117 = phi i32 [ %96, %114 ], [ %105, %104 ]
  %118 = phi ptr [ %48, %114 ], [ %107, %104 ]
  store i32 %95, ptr %118, align 4, !tbaa !14
  %119 = getelementptr inbounds i8, ptr %48, i64 12
  %120 = load i32, ptr %119, align 4, !tbaa !14
  %121 = add nsw i32 %117, 1
  %122 = icmp eq i32 %121, 6
  br i1 %122, label %59, label %123

123:                                              ; preds = %116
  %124 = load i32, ptr %48, align 4, !tbaa !14
  %125 = icmp slt i32 %120, %124
  br i1 %125, label %139, label %126

126:                                              ; preds = %123
  %127 = add nsw i32 %117, 2
  %128 = icmp eq i32 %127, 6
  br i1 %128, label %74, label %129

129:                                              ; preds = %126, %135
  %130 = phi i32 [ %137, %135 ], [ %127, %126 ]
  %131 = phi ptr [ %136, %135 ], [ %94, %126 ]
  %132 = phi ptr [ %131, %135 ], [ %119, %126 ]
  %133 = load i32, ptr %131, align 4, !tbaa !14
  %134 = icmp slt i32 %120, %133
  br i1 %134, label %135, label %140

135:                                              ; preds = %129
  store i32 %133, ptr %132, align 4, !tbaa !14
  %136 = getelementptr inbounds i8, ptr %131, i64 -4
  %137 = add nsw i32 %130, 1
  %138 = icmp eq i32 %137, 6
  br i1 %138, label %74, label %129, !llvm.loop !15

139:                                              ; preds = %123
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %55, ptr noundef nonnull align 4 dereferenceable(12) %48, i64 12, i1 false)
  br label %140

140:                                              ; preds = %129, %139
  %141 = phi i32 [ %121, %139 ], [ %130, %129 ]
  %142 = phi ptr [ %48, %139 ], [ %132, %129 ]
  store i32 %120, ptr %142, align 4, !tbaa !14
  %143 = getelementptr inbounds i8, ptr %48, i64 16
  %144 = load i32, ptr %143, align 4, !tbaa !14
  %145 = add nsw i32 %141, 1
  %146 = icmp eq i32 %145, 6
  br i1 %146, label %59, label %147

147:                                              ; preds = %140
  %148 = load i32, ptr %48, align 4, !tbaa !14
  %149 = icmp slt i32 %144, %148
  br i1 %149, label %163, label %150

150:                                              ; preds = %147
  %151 = add nsw i32 %141, 2
  %152 = icmp eq i32 %151, 6
  br i1 %152, label %74, label %153

153:                                              ; preds = %150, %159
  %154 = phi i32 [ %161, %159 ], [ %151, %150 ]
  %155 = phi ptr [ %160, %159 ], [ %119, %150 ]
  %156 = phi ptr [ %155, %159 ], [ %143, %150 ]
  %157 = load i32, ptr %155, align 4, !tbaa !14
  %158 = icmp slt i32 %144, %157
  br i1 %158, label %159, label %164

159:                                              ; preds = %153
  store i32 %157, ptr %156, align 4, !tbaa !14
  %160 = getelementptr inbounds i8, ptr %155, i64 -4
  %161 = add nsw i32 %154, 1
  %162 = icmp eq i32 %161, 6
  br i1 %162, label %74, label %153, !llvm.loop !15

163:                                              ; preds = %147
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %55, ptr noundef nonnull align 4 dereferenceable(16) %48, i64 16, i1 false)
  br label %164

164:                                              ; preds = %153, %163
  %165 = phi i32 [ %145, %163 ], [ %154, %153 ]
  %166 = phi ptr [ %48, %163 ], [ %156, %153 ]
  store i32 %144, ptr %166, align 4, !tbaa !14
  %167 = getelementptr inbounds i8, ptr %48, i64 20
  %168 = load i32, ptr %167, align 4, !tbaa !14
  %169 = add nsw i32 %165, 1
  %170 = icmp eq i32 %169, 6
  br i1 %170, label %59, label %171

171:                                              ; preds = %164
  %172 = load i32, ptr %48, align 4, !tbaa !14
  %173 = icmp slt i32 %168, %172
  br i1 %173, label %187, label %174

174:                                              ; preds = %171
  %175 = add nsw i32 %165, 2
  %176 = icmp eq i32 %175, 6
  br i1 %176, label %74, label %177

177:                                              ; preds = %174, %183
  %178 = phi i32 [ %185, %183 ], [ %175, %174 ]
  %179 = phi ptr [ %184, %183 ], [ %143, %174 ]
  %180 = phi ptr [ %179, %183 ], [ %167, %174 ]
  %181 = load i32, ptr %179, align 4, !tbaa !14
  %182 = icmp slt i32 %168, %181
  br i1 %182, label %183, label %188

183:                                              ; preds = %177
  store i32 %181, ptr %180, align 4, !tbaa !14
  %184 = getelementptr inbounds i8, ptr %179, i64 -4
  %185 = add nsw i32 %178, 1
  %186 = icmp eq i32 %185, 6
  br i1 %186, label %74, label %177, !llvm.loop !15

187:                                              ; preds = %171
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %55, ptr noundef nonnull align 4 dereferenceable(20) %48, i64 20, i1 false)
  br label %188

188:                                              ; preds = %177, %187
  %189 = phi i32 [ %169, %187 ], [ %178, %177 ]
  %190 = phi ptr [ %48, %187 ], [ %180, %177 ]
  store i32 %168, ptr %190, align 4, !tbaa !14
  %191 = getelementptr inbounds i8, ptr %48, i64 24
  %192 = load i32, ptr %191, align 4, !tbaa !14
  %193 = add nsw i32 %189, 1
  %194 = icmp eq i32 %193, 6
  br i1 %194, label %59, label %195

195:                                              ; preds = %188
  %196 = load i32, ptr %48, align 4, !tbaa !14
  %197 = icmp slt i32 %192, %196
  br i1 %197, label %211, label %198

198:                                              ; preds = %195
  %199 = add nsw i32 %189, 2
  %200 = icmp eq i32 %199, 6
  br i1 %200, label %74, label %201

201:                                              ; preds = %198, %207
  %202 = phi i32 [ %209, %207 ], [ %199, %198 ]
  %203 = phi ptr [ %208, %207 ], [ %167, %198 ]
  %204 = phi ptr [ %203, %207 ], [ %191, %198 ]
  %205 = load i32, ptr %203, align 4, !tbaa !14
  %206 = icmp slt i32 %192, %205
  br i1 %206, label %207, label %212

207:                                              ; preds = %201
  store i32 %205, ptr %204, align 4, !tbaa !14
  %208 = getelementptr inbounds i8, ptr %203, i64 -4
  %209 = add nsw i32 %202, 1
  %210 = icmp eq i32 %209, 6
  br i1 %210, label %74, label %201, !llvm.loop !15

211:                                              ; preds = %195
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %55, ptr noundef nonnull align 4 dereferenceable(24) %48, i64 24, i1 false)
  br label %212

212:                                              ; preds = %201, %211
  %213 = phi i32 [ %193, %211 ], [ %202, %201 ]
  %214 = phi ptr [ %48, %211 ], [ %204, %201 ]
  store i32 %192, ptr %214, align 4, !tbaa !14
  store i32 %213, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  tail call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 28) #26
  br label %240

215:                                              ; preds = %76, %49
  %216 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  br label %217

217:                                              ; preds = %61, %215
  %218 = phi { ptr, i32 } [ %216, %215 ], [ %63, %61 ]
  tail call void @_ZdlPvm(ptr noundef nonnull %48, i64 noundef 28) #26
  br label %226

219:                                              ; preds = %37
  %220 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %221 unwind label %574

221:                                              ; preds = %219
  %222 = extractvalue { ptr, i32 } %220, 1
  %223 = extractvalue { ptr, i32 } %220, 0
  br label %569

224:                                              ; preds = %47
  %225 = landingpad { ptr, i32 }
          catch ptr @_ZTISt9exception
  br label %226

226:                                              ; preds = %217, %224
  %227 = phi { ptr, i32 } [ %225, %224 ], [ %218, %217 ]
  %228 = extractvalue { ptr, i32 } %227, 0
  %229 = extractvalue { ptr, i32 } %227, 1
  %230 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #22
  %231 = icmp eq i32 %229, %230
  br i1 %231, label %232, label %569

232:                                              ; preds = %226
  %233 = tail call ptr @__cxa_begin_catch(ptr %228) #22
  %234 = load ptr, ptr %233, align 8, !tbaa !6
  %235 = getelementptr inbounds i8, ptr %234, i64 16
  %236 = load ptr, ptr %235, align 8
  %237 = tail call noundef ptr %236(ptr noundef nonnull align 8 dereferenceable(8) %233) #22
  %238 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %239 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, ptr noundef %237, i32 noundef %238)
  tail call void @__cxa_end_catch()
  br label %240

240:                                              ; preds = %212, %232
  %241 = tail call ptr @__cxa_allocate_exception(i64 32) #22
  %242 = getelementptr inbounds i8, ptr %241, i64 16
  store ptr %242, ptr %241, align 8, !tbaa !17
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(5) %242, ptr noundef nonnull align 1 dereferenceable(5) @.str.2, i64 5, i1 false)
  %243 = getelementptr inbounds i8, ptr %241, i64 8
  store i64 5, ptr %243, align 8, !tbaa !20
  %244 = getelementptr inbounds i8, ptr %241, i64 21
  store i8 0, ptr %244, align 1, !tbaa !23
  invoke void @__cxa_throw(ptr nonnull %241, ptr nonnull @_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr nonnull @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev) #23
          to label %578 unwind label %245

245:                                              ; preds = %240
  %246 = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr null
  %247 = extractvalue { ptr, i32 } %246, 0
  %248 = extractvalue { ptr, i32 } %246, 1
  %249 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIi) #22
  %250 = icmp eq i32 %248, %249
  %251 = tail call ptr @__cxa_begin_catch(ptr %247) #22
  br i1 %250, label %252, label %254

252:                                              ; preds = %245
  %253 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.27)
  tail call void @__cxa_end_catch() #22
  br label %256

254:                                              ; preds = %245
  %255 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  tail call void @__cxa_end_catch()
  br label %256

256:                                              ; preds = %252, %254
  invoke void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef nonnull @.str.25, i64 noundef 3, i64 noundef 0) #23
          to label %257 unwind label %258

257:                                              ; preds = %256
  unreachable

258:                                              ; preds = %256
  %259 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12out_of_range
  %260 = extractvalue { ptr, i32 } %259, 0
  %261 = extractvalue { ptr, i32 } %259, 1
  %262 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12out_of_range) #22
  %263 = icmp eq i32 %261, %262
  br i1 %263, label %264, label %569

264:                                              ; preds = %258
  %265 = tail call ptr @__cxa_begin_catch(ptr %260) #22
  %266 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.28)
  tail call void @__cxa_end_catch()
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %3) #22
  %267 = getelementptr inbounds i8, ptr %3, i64 16
  %268 = getelementptr inbounds i8, ptr %3, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %3, i8 0, i64 16, i1 false)
  store ptr @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data", ptr %268, align 8, !tbaa !24
  store ptr @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %267, align 8, !tbaa !27
  invoke void @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data"(ptr nonnull align 8 poison)
          to label %279 unwind label %269

269:                                              ; preds = %264
  %270 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTId
  %271 = extractvalue { ptr, i32 } %270, 0
  %272 = extractvalue { ptr, i32 } %270, 1
  %273 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTId) #22
  %274 = icmp eq i32 %272, %273
  br i1 %274, label %275, label %558

275:                                              ; preds = %269
  %276 = tail call ptr @__cxa_begin_catch(ptr %271) #22
  %277 = load double, ptr %276, align 8, !tbaa !28
  %278 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, double noundef %277)
  tail call void @__cxa_end_catch() #22
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #22
  invoke void @_ZSt11make_uniqueI7TrackerJRA5_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind nonnull writable sret(%"class.std::unique_ptr") align 8 %4, ptr noundef nonnull align 1 dereferenceable(5) @.str.7)
          to label %280 unwind label %282

279:                                              ; preds = %264
  unreachable

280:                                              ; preds = %275
  %281 = call ptr @__cxa_allocate_exception(i64 4) #22
  store i32 1, ptr %281, align 16, !tbaa !14
  invoke void @__cxa_throw(ptr nonnull %281, ptr nonnull @_ZTIi, ptr null) #23
          to label %578 unwind label %284

282:                                              ; preds = %275
  %283 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  br label %298

284:                                              ; preds = %280
  %285 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  %286 = load ptr, ptr %4, align 8, !tbaa !30
  %287 = icmp eq ptr %286, null
  br i1 %287, label %298, label %288

288:                                              ; preds = %284
  %289 = load ptr, ptr %286, align 8, !tbaa !31
  %290 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %289)
  %291 = load ptr, ptr %286, align 8, !tbaa !31
  %292 = getelementptr inbounds i8, ptr %286, i64 16
  %293 = icmp eq ptr %291, %292
  br i1 %293, label %297, label %294

294:                                              ; preds = %288
  %295 = load i64, ptr %292, align 8, !tbaa !23
  %296 = add i64 %295, 1
  call void @_ZdlPvm(ptr noundef %291, i64 noundef %296) #26
  br label %297

297:                                              ; preds = %294, %288
  call void @_ZdlPvm(ptr noundef nonnull %286, i64 noundef 32) #26
  br label %298

298:                                              ; preds = %297, %284, %282
  %299 = phi { ptr, i32 } [ %283, %282 ], [ %285, %284 ], [ %285, %297 ]
  %300 = extractvalue { ptr, i32 } %299, 0
  %301 = extractvalue { ptr, i32 } %299, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #22
  %302 = icmp eq i32 %301, %249
  br i1 %302, label %303, label %558

303:                                              ; preds = %298
  %304 = call ptr @__cxa_begin_catch(ptr %300) #22
  %305 = call i32 @puts(ptr nonnull dereferenceable(1) @str.29)
  call void @__cxa_end_catch() #22
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %5) #22
  invoke void @_ZN2FTC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %5, i32 noundef -1)
          to label %306 unwind label %307

306:                                              ; preds = %303
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #22
  br label %320

307:                                              ; preds = %303
  %308 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt16invalid_argument
  %309 = extractvalue { ptr, i32 } %308, 0
  %310 = extractvalue { ptr, i32 } %308, 1
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %5) #22
  %311 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt16invalid_argument) #22
  %312 = icmp eq i32 %310, %311
  br i1 %312, label %313, label %558

313:                                              ; preds = %307
  %314 = call ptr @__cxa_begin_catch(ptr %309) #22
  %315 = load ptr, ptr %314, align 8, !tbaa !6
  %316 = getelementptr inbounds i8, ptr %315, i64 16
  %317 = load ptr, ptr %316, align 8
  %318 = call noundef ptr %317(ptr noundef nonnull align 8 dereferenceable(16) %314) #22
  %319 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %318)
  invoke void @__cxa_end_catch()
          to label %320 unwind label %326

320:                                              ; preds = %313, %306
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %6) #22
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %6, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #22
  %321 = getelementptr inbounds i8, ptr %6, i64 8
  %322 = getelementptr inbounds i8, ptr %6, i64 16
  br label %330

323:                                              ; preds = %472
  %324 = load ptr, ptr %6, align 8, !tbaa !30
  %325 = icmp eq ptr %324, %473
  br i1 %325, label %484, label %496

326:                                              ; preds = %313
  %327 = landingpad { ptr, i32 }
          cleanup
  %328 = extractvalue { ptr, i32 } %327, 0
  %329 = extractvalue { ptr, i32 } %327, 1
  br label %558

330:                                              ; preds = %320, %472
  %331 = phi ptr [ null, %320 ], [ %473, %472 ]
  %332 = phi i32 [ 0, %320 ], [ %474, %472 ]
  %333 = ptrtoint ptr %331 to i64
  %334 = load ptr, ptr %322, align 8, !tbaa !32
  %335 = icmp eq ptr %331, %334
  br i1 %335, label %359, label %336

336:                                              ; preds = %330
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  store i64 0, ptr %331, align 8, !tbaa !34
  %337 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %338 unwind label %476

338:                                              ; preds = %336
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %337, align 8, !tbaa !6
  %339 = getelementptr inbounds i8, ptr %337, i64 8
  store i32 %332, ptr %339, align 8, !tbaa !14
  %340 = getelementptr inbounds i8, ptr %337, i64 16
  store ptr %7, ptr %340, align 8, !tbaa !30
  store ptr %337, ptr %2, align 8, !tbaa !30
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %331, ptr noundef nonnull %2, ptr noundef null)
          to label %341 unwind label %348

341:                                              ; preds = %338
  %342 = load ptr, ptr %2, align 8, !tbaa !30
  %343 = icmp eq ptr %342, null
  br i1 %343, label %356, label %344

344:                                              ; preds = %341
  %345 = load ptr, ptr %342, align 8, !tbaa !6
  %346 = getelementptr inbounds i8, ptr %345, i64 8
  %347 = load ptr, ptr %346, align 8
  call void %347(ptr noundef nonnull align 8 dereferenceable(8) %342) #22
  br label %356

348:                                              ; preds = %338
  %349 = landingpad { ptr, i32 }
          cleanup
  %350 = load ptr, ptr %2, align 8, !tbaa !30
  %351 = icmp eq ptr %350, null
  br i1 %351, label %480, label %352

352:                                              ; preds = %348
  %353 = load ptr, ptr %350, align 8, !tbaa !6
  %354 = getelementptr inbounds i8, ptr %353, i64 8
  %355 = load ptr, ptr %354, align 8
  call void %355(ptr noundef nonnull align 8 dereferenceable(8) %350) #22
  br label %480

356:                                              ; preds = %344, %341
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  %357 = load ptr, ptr %321, align 8, !tbaa !36
  %358 = getelementptr inbounds i8, ptr %357, i64 8
  store ptr %358, ptr %321, align 8, !tbaa !36
  br label %472

359:                                              ; preds = %330
  %360 = ptrtoint ptr %331 to i64
  %361 = load ptr, ptr %6, align 8, !tbaa !30
  %362 = ptrtoint ptr %361 to i64
  %363 = sub i64 %360, %362
  %364 = icmp eq i64 %363, 9223372036854775800
  br i1 %364, label %365, label %367

365:                                              ; preds = %359
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #23
          to label %366 unwind label %478

366:                                              ; preds = %365
  unreachable

367:                                              ; preds = %359
  %368 = ashr exact i64 %363, 3
  %369 = call i64 @llvm.umax.i64(i64 %368, i64 1)
  %370 = add nsw i64 %369, %368
  %371 = icmp ult i64 %370, %368
  %372 = call i64 @llvm.umin.i64(i64 %370, i64 1152921504606846975)
  %373 = select i1 %371, i64 1152921504606846975, i64 %372
  %374 = icmp eq i64 %373, 0
  br i1 %374, label %378, label %375

375:                                              ; preds = %367
  %376 = shl nuw nsw i64 %373, 3
  %377 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %376) #25
          to label %378 unwind label %476

378:                                              ; preds = %375, %367
  %379 = phi ptr [ null, %367 ], [ %377, %375 ]
  %380 = getelementptr inbounds %"class.std::thread", ptr %379, i64 %368
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store i64 0, ptr %380, align 8, !tbaa !34
  %381 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #25
          to label %382 unwind label %457

382:                                              ; preds = %378
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @"_ZTVNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEEE", i64 16), ptr %381, align 8, !tbaa !6
  %383 = getelementptr inbounds i8, ptr %381, i64 8
  store i32 %332, ptr %383, align 8, !tbaa !14
  %384 = getelementptr inbounds i8, ptr %381, i64 16
  store ptr %7, ptr %384, align 8, !tbaa !30
  store ptr %381, ptr %1, align 8, !tbaa !30
  invoke void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8) %380, ptr noundef nonnull %1, ptr noundef null)
          to label %385 unwind label %392

385:                                              ; preds = %382
  %386 = load ptr, ptr %1, align 8, !tbaa !30
  %387 = icmp eq ptr %386, null
  br i1 %387, label %400, label %388

388:                                              ; preds = %385
  %389 = load ptr, ptr %386, align 8, !tbaa !6
  %390 = getelementptr inbounds i8, ptr %389, i64 8
  %391 = load ptr, ptr %390, align 8
  call void %391(ptr noundef nonnull align 8 dereferenceable(8) %386) #22
  br label %400

392:                                              ; preds = %382
  %393 = landingpad { ptr, i32 }
          catch ptr null
  %394 = load ptr, ptr %1, align 8, !tbaa !30
  %395 = icmp eq ptr %394, null
  br i1 %395, label %461, label %396

396:                                              ; preds = %392
  %397 = load ptr, ptr %394, align 8, !tbaa !6
  %398 = getelementptr inbounds i8, ptr %397, i64 8
  %399 = load ptr, ptr %398, align 8
  call void %399(ptr noundef nonnull align 8 dereferenceable(8) %394) #22
  br label %461

400:                                              ; preds = %388, %385
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %401 = icmp eq ptr %361, %331
  br i1 %401, label %449, label %402

402:                                              ; preds = %400
  %403 = add i64 %333, -8
  %404 = sub i64 %403, %362
  %405 = lshr i64 %404, 3
  %406 = add nuw nsw i64 %405, 1
  %407 = icmp ult i64 %404, 40
  br i1 %407, label %439, label %408

408:                                              ; preds = %402
  %409 = getelementptr i8, ptr %379, i64 8
  %410 = add i64 %333, -8
  %411 = sub i64 %410, %362
  %412 = and i64 %411, -8
  %413 = getelementptr i8, ptr %409, i64 %412
  %414 = getelementptr i8, ptr %361, i64 8
  %415 = getelementptr i8, ptr %414, i64 %412
  %416 = icmp ult ptr %379, %415
  %417 = icmp ult ptr %361, %413
  %418 = and i1 %416, %417
  br i1 %418, label %439, label %419

419:                                              ; preds = %408
  %420 = and i64 %406, 4611686018427387900
  %421 = shl i64 %420, 3
  %422 = getelementptr i8, ptr %379, i64 %421
  %423 = shl i64 %420, 3
  %424 = getelementptr i8, ptr %361, i64 %423
  br label %425

425:                                              ; preds = %425, %419
  %426 = phi i64 [ 0, %419 ], [ %435, %425 ]
  %427 = shl i64 %426, 3
  %428 = getelementptr i8, ptr %379, i64 %427
  %429 = shl i64 %426, 3
  %430 = getelementptr i8, ptr %361, i64 %429
  call void @llvm.experimental.noalias.scope.decl(metadata !37)
  call void @llvm.experimental.noalias.scope.decl(metadata !40)
  %431 = getelementptr i8, ptr %430, i64 16
  %432 = load <2 x i64>, ptr %430, align 8, !tbaa !42, !alias.scope !43, !noalias !37
  %433 = load <2 x i64>, ptr %431, align 8, !tbaa !42, !alias.scope !43, !noalias !37
  %434 = getelementptr i8, ptr %428, i64 16
  store <2 x i64> %432, ptr %428, align 8, !tbaa !42, !alias.scope !46, !noalias !43
  store <2 x i64> %433, ptr %434, align 8, !tbaa !42, !alias.scope !46, !noalias !43
  store <2 x i64> zeroinitializer, ptr %430, align 8, !tbaa !42, !alias.scope !43, !noalias !37
  store <2 x i64> zeroinitializer, ptr %431, align 8, !tbaa !42, !alias.scope !43, !noalias !37
  %435 = add nuw i64 %426, 4
  %436 = icmp eq i64 %435, %420
  br i1 %436, label %437, label %425, !llvm.loop !48

437:                                              ; preds = %425
  %438 = icmp eq i64 %406, %420
  br i1 %438, label %449, label %439

439:                                              ; preds = %437, %408, %402
  %440 = phi ptr [ %379, %408 ], [ %379, %402 ], [ %422, %437 ]
  %441 = phi ptr [ %361, %408 ], [ %361, %402 ], [ %424, %437 ]
  br label %442

442:                                              ; preds = %439, %442
  %443 = phi ptr [ %447, %442 ], [ %440, %439 ]
  %444 = phi ptr [ %446, %442 ], [ %441, %439 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !37)
  call void @llvm.experimental.noalias.scope.decl(metadata !40)
  %445 = load i64, ptr %444, align 8, !tbaa !42, !alias.scope !40, !noalias !37
  store i64 %445, ptr %443, align 8, !tbaa !42, !alias.scope !37, !noalias !40
  store i64 0, ptr %444, align 8, !tbaa !42, !alias.scope !40, !noalias !37
  %446 = getelementptr inbounds i8, ptr %444, i64 8
  %447 = getelementptr inbounds i8, ptr %443, i64 8
  %448 = icmp eq ptr %446, %331
  br i1 %448, label %449, label %442, !llvm.loop !51

449:                                              ; preds = %442, %437, %400
  %450 = phi ptr [ %379, %400 ], [ %422, %437 ], [ %447, %442 ]
  %451 = getelementptr i8, ptr %450, i64 8
  %452 = icmp eq ptr %361, null
  br i1 %452, label %470, label %453

453:                                              ; preds = %449
  %454 = load ptr, ptr %322, align 8, !tbaa !32
  %455 = ptrtoint ptr %454 to i64
  %456 = sub i64 %455, %362
  call void @_ZdlPvm(ptr noundef nonnull %361, i64 noundef %456) #26
  br label %470

457:                                              ; preds = %378
  %458 = landingpad { ptr, i32 }
          catch ptr null
  br label %461

459:                                              ; preds = %461
  %460 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %480 unwind label %466

461:                                              ; preds = %457, %396, %392
  %462 = phi { ptr, i32 } [ %458, %457 ], [ %393, %396 ], [ %393, %392 ]
  %463 = extractvalue { ptr, i32 } %462, 0
  %464 = call ptr @__cxa_begin_catch(ptr %463) #22
  %465 = shl nuw nsw i64 %373, 3
  call void @_ZdlPvm(ptr noundef nonnull %379, i64 noundef %465) #26
  invoke void @__cxa_rethrow() #23
          to label %469 unwind label %459

466:                                              ; preds = %459
  %467 = landingpad { ptr, i32 }
          catch ptr null
  %468 = extractvalue { ptr, i32 } %467, 0
  call void @__clang_call_terminate(ptr %468) #24
  unreachable

469:                                              ; preds = %461
  unreachable

470:                                              ; preds = %453, %449
  store ptr %379, ptr %6, align 8, !tbaa !52
  store ptr %451, ptr %321, align 8, !tbaa !36
  %471 = getelementptr inbounds %"class.std::thread", ptr %379, i64 %373
  store ptr %471, ptr %322, align 8, !tbaa !32
  br label %472

472:                                              ; preds = %470, %356
  %473 = phi ptr [ %451, %470 ], [ %358, %356 ]
  %474 = add nuw nsw i32 %332, 1
  %475 = icmp eq i32 %474, 4
  br i1 %475, label %323, label %330, !llvm.loop !53

476:                                              ; preds = %336, %375
  %477 = landingpad { ptr, i32 }
          cleanup
  br label %480

478:                                              ; preds = %365
  %479 = landingpad { ptr, i32 }
          cleanup
  br label %480

480:                                              ; preds = %476, %478, %348, %352, %459
  %481 = phi { ptr, i32 } [ %349, %352 ], [ %349, %348 ], [ %460, %459 ], [ %477, %476 ], [ %479, %478 ]
  %482 = extractvalue { ptr, i32 } %481, 0
  %483 = extractvalue { ptr, i32 } %481, 1
  br label %555

484:                                              ; preds = %498, %323
  %485 = load i64, ptr %7, align 8, !tbaa !42
  %486 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 0, i64 noundef %485)
  %487 = getelementptr inbounds i8, ptr %7, i64 8
  %488 = load i64, ptr %487, align 8, !tbaa !42
  %489 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 1, i64 noundef %488)
  %490 = getelementptr inbounds i8, ptr %7, i64 16
  %491 = load i64, ptr %490, align 8, !tbaa !42
  %492 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 2, i64 noundef %491)
  %493 = getelementptr inbounds i8, ptr %7, i64 24
  %494 = load i64, ptr %493, align 8, !tbaa !42
  %495 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef 3, i64 noundef %494)
  br label %534

496:                                              ; preds = %323, %498
  %497 = phi ptr [ %499, %498 ], [ %324, %323 ]
  invoke void @_ZNSt6thread4joinEv(ptr noundef nonnull align 8 dereferenceable(8) %497)
          to label %498 unwind label %501

498:                                              ; preds = %496
  %499 = getelementptr inbounds i8, ptr %497, i64 8
  %500 = icmp eq ptr %499, %473
  br i1 %500, label %484, label %496

501:                                              ; preds = %496
  %502 = landingpad { ptr, i32 }
          cleanup
  %503 = extractvalue { ptr, i32 } %502, 0
  %504 = extractvalue { ptr, i32 } %502, 1
  br label %555

505:                                              ; preds = %551
  %506 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %552)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #22
  %507 = load ptr, ptr %6, align 8, !tbaa !52
  %508 = load ptr, ptr %321, align 8, !tbaa !36
  %509 = icmp eq ptr %507, %508
  br i1 %509, label %518, label %513

510:                                              ; preds = %513
  %511 = getelementptr inbounds i8, ptr %514, i64 8
  %512 = icmp eq ptr %511, %508
  br i1 %512, label %518, label %513, !llvm.loop !54

513:                                              ; preds = %505, %510
  %514 = phi ptr [ %511, %510 ], [ %507, %505 ]
  %515 = load i64, ptr %514, align 8, !tbaa !42
  %516 = icmp eq i64 %515, 0
  br i1 %516, label %510, label %517

517:                                              ; preds = %513
  call void @_ZSt9terminatev() #24
  unreachable

518:                                              ; preds = %510, %505
  %519 = icmp eq ptr %507, null
  br i1 %519, label %525, label %520

520:                                              ; preds = %518
  %521 = load ptr, ptr %322, align 8, !tbaa !32
  %522 = ptrtoint ptr %521 to i64
  %523 = ptrtoint ptr %507 to i64
  %524 = sub i64 %522, %523
  call void @_ZdlPvm(ptr noundef nonnull %507, i64 noundef %524) #26
  br label %525

525:                                              ; preds = %518, %520
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #22
  %526 = load ptr, ptr %267, align 8, !tbaa !27
  %527 = icmp eq ptr %526, null
  br i1 %527, label %533, label %528

528:                                              ; preds = %525
  %529 = invoke noundef i1 %526(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %3, i32 noundef 3)
          to label %533 unwind label %530

530:                                              ; preds = %528
  %531 = landingpad { ptr, i32 }
          catch ptr null
  %532 = extractvalue { ptr, i32 } %531, 0
  call void @__clang_call_terminate(ptr %532) #24
  unreachable

533:                                              ; preds = %525, %528
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  ret i32 0

534:                                              ; preds = %484, %551
  %535 = phi i32 [ %553, %551 ], [ 0, %484 ]
  %536 = phi i32 [ %552, %551 ], [ 0, %484 ]
  %537 = and i32 %535, 1
  %538 = icmp eq i32 %537, 0
  br i1 %538, label %551, label %539

539:                                              ; preds = %534
  %540 = call ptr @__cxa_allocate_exception(i64 4) #22
  store i32 %535, ptr %540, align 16, !tbaa !14
  invoke void @__cxa_throw(ptr nonnull %540, ptr nonnull @_ZTIi, ptr null) #23
          to label %577 unwind label %541

541:                                              ; preds = %539
  %542 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTIi
  %543 = extractvalue { ptr, i32 } %542, 0
  %544 = extractvalue { ptr, i32 } %542, 1
  %545 = icmp eq i32 %544, %249
  br i1 %545, label %546, label %555

546:                                              ; preds = %541
  %547 = call ptr @__cxa_begin_catch(ptr %543) #22
  %548 = load i32, ptr %547, align 4, !tbaa !14
  %549 = and i32 %548, 3
  %550 = add nsw i32 %549, %536
  call void @__cxa_end_catch() #22
  br label %551

551:                                              ; preds = %534, %546
  %552 = phi i32 [ %550, %546 ], [ %536, %534 ]
  %553 = add nuw nsw i32 %535, 1
  %554 = icmp eq i32 %553, 10000
  br i1 %554, label %505, label %534, !llvm.loop !55

555:                                              ; preds = %541, %501, %480
  %556 = phi i32 [ %483, %480 ], [ %504, %501 ], [ %544, %541 ]
  %557 = phi ptr [ %482, %480 ], [ %503, %501 ], [ %543, %541 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #22
  call void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %6) #22
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #22
  br label %558

558:                                              ; preds = %555, %326, %307, %298, %269
  %559 = phi i32 [ %556, %555 ], [ %329, %326 ], [ %310, %307 ], [ %301, %298 ], [ %272, %269 ]
  %560 = phi ptr [ %557, %555 ], [ %328, %326 ], [ %309, %307 ], [ %300, %298 ], [ %271, %269 ]
  %561 = load ptr, ptr %267, align 8, !tbaa !27
  %562 = icmp eq ptr %561, null
  br i1 %562, label %568, label %563

563:                                              ; preds = %558
  %564 = invoke noundef i1 %561(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(16) %3, i32 noundef 3)
          to label %568 unwind label %565

565:                                              ; preds = %563
  %566 = landingpad { ptr, i32 }
          catch ptr null
  %567 = extractvalue { ptr, i32 } %566, 0
  call void @__clang_call_terminate(ptr %567) #24
  unreachable

568:                                              ; preds = %558, %563
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  br label %569

569:                                              ; preds = %568, %258, %226, %221, %31
  %570 = phi i32 [ %559, %568 ], [ %261, %258 ], [ %229, %226 ], [ %222, %221 ], [ %32, %31 ]
  %571 = phi ptr [ %560, %568 ], [ %260, %258 ], [ %228, %226 ], [ %223, %221 ], [ %34, %31 ]
  %572 = insertvalue { ptr, i32 } poison, ptr %571, 0
  %573 = insertvalue { ptr, i32 } %572, i32 %570, 1
  resume { ptr, i32 } %573

574:                                              ; preds = %219
  %575 = landingpad { ptr, i32 }
          catch ptr null
  %576 = extractvalue { ptr, i32 } %575, 0
  tail call void @__clang_call_terminate(ptr %576) #24
  unreachable

577:                                              ; preds = %539
  unreachable

578:                                              ; preds = %280, %240
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
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #5

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr dso_local void @_ZSt11make_uniqueI7TrackerJRA5_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr") align 8 %0, ptr noundef nonnull align 1 dereferenceable(5) %1) local_unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = tail call noalias noundef nonnull dereferenceable(32) ptr @_Znwm(i64 noundef 32) #25
  %7 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %7, ptr %5, align 8, !tbaa !17
  %8 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #22
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #22
  store i64 %8, ptr %4, align 8, !tbaa !42
  %9 = icmp ugt i64 %8, 15
  br i1 %9, label %10, label %14

10:                                               ; preds = %2
  %11 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %12 unwind label %50

12:                                               ; preds = %10
  store ptr %11, ptr %5, align 8, !tbaa !31
  %13 = load i64, ptr %4, align 8, !tbaa !42
  store i64 %13, ptr %7, align 8, !tbaa !23
  br label %14

14:                                               ; preds = %12, %2
  %15 = phi ptr [ %11, %12 ], [ %7, %2 ]
  switch i64 %8, label %18 [
    i64 1, label %16
    i64 0, label %19
  ]

16:                                               ; preds = %14
  %17 = load i8, ptr %1, align 1, !tbaa !23
  store i8 %17, ptr %15, align 1, !tbaa !23
  br label %19

18:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr nonnull align 1 %1, i64 %8, i1 false)
  br label %19

19:                                               ; preds = %18, %16, %14
  %20 = load i64, ptr %4, align 8, !tbaa !42
  %21 = getelementptr inbounds i8, ptr %5, i64 8
  store i64 %20, ptr %21, align 8, !tbaa !20
  %22 = load ptr, ptr %5, align 8, !tbaa !31
  %23 = getelementptr inbounds i8, ptr %22, i64 %20
  store i8 0, ptr %23, align 1, !tbaa !23
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #22
  %24 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr %24, ptr %6, align 8, !tbaa !17
  %25 = load ptr, ptr %5, align 8, !tbaa !31
  %26 = load i64, ptr %21, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #22
  store i64 %26, ptr %3, align 8, !tbaa !42
  %27 = icmp ugt i64 %26, 15
  br i1 %27, label %28, label %32

28:                                               ; preds = %19
  %29 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %6, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %30 unwind label %52

30:                                               ; preds = %28
  store ptr %29, ptr %6, align 8, !tbaa !31
  %31 = load i64, ptr %3, align 8, !tbaa !42
  store i64 %31, ptr %24, align 8, !tbaa !23
  br label %32

32:                                               ; preds = %30, %19
  %33 = phi ptr [ %29, %30 ], [ %24, %19 ]
  switch i64 %26, label %36 [
    i64 1, label %34
    i64 0, label %37
  ]

34:                                               ; preds = %32
  %35 = load i8, ptr %25, align 1, !tbaa !23
  store i8 %35, ptr %33, align 1, !tbaa !23
  br label %37

36:                                               ; preds = %32
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %33, ptr align 1 %25, i64 %26, i1 false)
  br label %37

37:                                               ; preds = %36, %34, %32
  %38 = load i64, ptr %3, align 8, !tbaa !42
  %39 = getelementptr inbounds i8, ptr %6, i64 8
  store i64 %38, ptr %39, align 8, !tbaa !20
  %40 = load ptr, ptr %6, align 8, !tbaa !31
  %41 = getelementptr inbounds i8, ptr %40, i64 %38
  store i8 0, ptr %41, align 1, !tbaa !23
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #22
  %42 = load ptr, ptr %5, align 8, !tbaa !31
  %43 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %42)
  store ptr %6, ptr %0, align 8, !tbaa !30
  %44 = load ptr, ptr %5, align 8, !tbaa !31
  %45 = icmp eq ptr %44, %7
  br i1 %45, label %49, label %46

46:                                               ; preds = %37
  %47 = load i64, ptr %7, align 8, !tbaa !23
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
  %54 = load ptr, ptr %5, align 8, !tbaa !31
  %55 = icmp eq ptr %54, %7
  br i1 %55, label %59, label %56

56:                                               ; preds = %52
  %57 = load i64, ptr %7, align 8, !tbaa !23
  %58 = add i64 %57, 1
  call void @_ZdlPvm(ptr noundef %54, i64 noundef %58) #26
  br label %59

59:                                               ; preds = %56, %52, %50
  %60 = phi { ptr, i32 } [ %51, %50 ], [ %53, %52 ], [ %53, %56 ]
  call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 32) #26
  resume { ptr, i32 } %60
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN2FTC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #7 comdat personality ptr @__gxx_personality_v0 {
  store i32 %1, ptr %0, align 4, !tbaa !56
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
define linkonce_odr dso_local void @_ZNSt6vectorISt6threadSaIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !52
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !36
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %14, label %9

6:                                                ; preds = %9
  %7 = getelementptr inbounds i8, ptr %10, i64 8
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %14, label %9, !llvm.loop !54

9:                                                ; preds = %1, %6
  %10 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %11 = load i64, ptr %10, align 8, !tbaa !42
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
  %18 = load ptr, ptr %17, align 8, !tbaa !32
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
  tail call void @llvm.experimental.noalias.scope.decl(metadata !58)
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
  br i1 %25, label %26, label %8, !llvm.loop !61

26:                                               ; preds = %22, %20, %16, %12, %1
  %27 = phi i32 [ %13, %12 ], [ %17, %16 ], [ %21, %20 ], [ 1, %1 ], [ %24, %22 ]
  %28 = lshr i32 %0, 31
  %29 = add i32 %27, %28
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds i8, ptr %5, i64 16
  store ptr %31, ptr %5, align 8, !tbaa !17, !alias.scope !58
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %30, i8 noundef 45)
          to label %32 unwind label %77

32:                                               ; preds = %26
  %33 = zext nneg i32 %28 to i64
  %34 = load ptr, ptr %5, align 8, !tbaa !31, !alias.scope !58
  %35 = getelementptr inbounds i8, ptr %34, i64 %33
  %36 = icmp ugt i32 %6, 99
  br i1 %36, label %37, label %61

37:                                               ; preds = %32
  %38 = add i32 %27, -1
  br label %39

39:                                               ; preds = %39, %37
  %40 = phi i32 [ %43, %39 ], [ %6, %37 ]
  %41 = phi i32 [ %59, %39 ], [ %38, %37 ]
  %42 = freeze i32 %40
  %43 = udiv i32 %42, 100
  %44 = mul i32 %43, 100
  %45 = sub i32 %42, %44
  %46 = shl nuw nsw i32 %45, 1
  %47 = or disjoint i32 %46, 1
  %48 = zext nneg i32 %47 to i64
  %49 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !23, !noalias !58
  %51 = zext i32 %41 to i64
  %52 = getelementptr inbounds i8, ptr %35, i64 %51
  store i8 %50, ptr %52, align 1, !tbaa !23
  %53 = zext nneg i32 %46 to i64
  %54 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %53
  %55 = load i8, ptr %54, align 1, !tbaa !23, !noalias !58
  %56 = add i32 %41, -1
  %57 = zext i32 %56 to i64
  %58 = getelementptr inbounds i8, ptr %35, i64 %57
  store i8 %55, ptr %58, align 1, !tbaa !23
  %59 = add i32 %41, -2
  %60 = icmp ugt i32 %40, 9999
  br i1 %60, label %39, label %61, !llvm.loop !62

61:                                               ; preds = %39, %32
  %62 = phi i32 [ %6, %32 ], [ %43, %39 ]
  %63 = icmp ugt i32 %62, 9
  br i1 %63, label %64, label %74

64:                                               ; preds = %61
  %65 = shl nuw nsw i32 %62, 1
  %66 = or disjoint i32 %65, 1
  %67 = zext nneg i32 %66 to i64
  %68 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1, !tbaa !23, !noalias !58
  %70 = getelementptr inbounds i8, ptr %35, i64 1
  store i8 %69, ptr %70, align 1, !tbaa !23
  %71 = zext nneg i32 %65 to i64
  %72 = getelementptr inbounds [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %71
  %73 = load i8, ptr %72, align 1, !tbaa !23, !noalias !58
  br label %80

74:                                               ; preds = %61
  %75 = trunc nuw i32 %62 to i8
  %76 = or disjoint i8 %75, 48
  br label %80

77:                                               ; preds = %26
  %78 = landingpad { ptr, i32 }
          catch ptr null
  %79 = extractvalue { ptr, i32 } %78, 0
  call void @__clang_call_terminate(ptr %79) #24
  unreachable

80:                                               ; preds = %64, %74
  %81 = phi i8 [ %76, %74 ], [ %73, %64 ]
  store i8 %81, ptr %35, align 1, !tbaa !23
  %82 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef 0, i64 noundef 0, ptr noundef nonnull @.str.13, i64 noundef 5)
          to label %83 unwind label %137

83:                                               ; preds = %80
  %84 = getelementptr inbounds i8, ptr %4, i64 16
  store ptr %84, ptr %4, align 8, !tbaa !17, !alias.scope !63
  %85 = load ptr, ptr %82, align 8, !tbaa !31
  %86 = getelementptr inbounds i8, ptr %82, i64 16
  %87 = icmp eq ptr %85, %86
  br i1 %87, label %88, label %94

88:                                               ; preds = %83
  %89 = getelementptr inbounds i8, ptr %82, i64 8
  %90 = load i64, ptr %89, align 8, !tbaa !20
  %91 = add i64 %90, 1
  %92 = icmp eq i64 %91, 0
  br i1 %92, label %98, label %93

93:                                               ; preds = %88
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %84, ptr nonnull align 8 %86, i64 %91, i1 false)
  br label %98

94:                                               ; preds = %83
  store ptr %85, ptr %4, align 8, !tbaa !31, !alias.scope !63
  %95 = load i64, ptr %86, align 8, !tbaa !23
  store i64 %95, ptr %84, align 8, !tbaa !23, !alias.scope !63
  %96 = getelementptr inbounds i8, ptr %82, i64 8
  %97 = load i64, ptr %96, align 8, !tbaa !20
  br label %98

98:                                               ; preds = %94, %93, %88
  %99 = phi ptr [ %84, %88 ], [ %84, %93 ], [ %85, %94 ]
  %100 = phi i64 [ -1, %88 ], [ %90, %93 ], [ %97, %94 ]
  %101 = getelementptr inbounds i8, ptr %82, i64 8
  %102 = getelementptr inbounds i8, ptr %4, i64 8
  store i64 %100, ptr %102, align 8, !tbaa !20, !alias.scope !63
  store ptr %86, ptr %82, align 8, !tbaa !31
  store i64 0, ptr %101, align 8, !tbaa !20
  store i8 0, ptr %86, align 8, !tbaa !23
  %103 = getelementptr inbounds i8, ptr %3, i64 16
  store ptr %103, ptr %3, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #22
  store i64 %100, ptr %2, align 8, !tbaa !42
  %104 = icmp ugt i64 %100, 15
  br i1 %104, label %105, label %109

105:                                              ; preds = %98
  %106 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %3, ptr noundef nonnull align 8 dereferenceable(8) %2, i64 noundef 0)
          to label %107 unwind label %139

107:                                              ; preds = %105
  store ptr %106, ptr %3, align 8, !tbaa !31
  %108 = load i64, ptr %2, align 8, !tbaa !42
  store i64 %108, ptr %103, align 8, !tbaa !23
  br label %109

109:                                              ; preds = %107, %98
  %110 = phi ptr [ %106, %107 ], [ %103, %98 ]
  switch i64 %100, label %113 [
    i64 1, label %111
    i64 0, label %114
  ]

111:                                              ; preds = %109
  %112 = load i8, ptr %99, align 1, !tbaa !23
  store i8 %112, ptr %110, align 1, !tbaa !23
  br label %114

113:                                              ; preds = %109
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %110, ptr align 1 %99, i64 %100, i1 false)
  br label %114

114:                                              ; preds = %113, %111, %109
  %115 = load i64, ptr %2, align 8, !tbaa !42
  %116 = getelementptr inbounds i8, ptr %3, i64 8
  store i64 %115, ptr %116, align 8, !tbaa !20
  %117 = load ptr, ptr %3, align 8, !tbaa !31
  %118 = getelementptr inbounds i8, ptr %117, i64 %115
  store i8 0, ptr %118, align 1, !tbaa !23
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #22
  %119 = load ptr, ptr %4, align 8, !tbaa !31
  %120 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, ptr noundef %119)
  %121 = load ptr, ptr %4, align 8, !tbaa !31
  %122 = icmp eq ptr %121, %84
  br i1 %122, label %126, label %123

123:                                              ; preds = %114
  %124 = load i64, ptr %84, align 8, !tbaa !23
  %125 = add i64 %124, 1
  call void @_ZdlPvm(ptr noundef %121, i64 noundef %125) #26
  br label %126

126:                                              ; preds = %114, %123
  %127 = load ptr, ptr %5, align 8, !tbaa !31
  %128 = icmp eq ptr %127, %31
  br i1 %128, label %132, label %129

129:                                              ; preds = %126
  %130 = load i64, ptr %31, align 8, !tbaa !23
  %131 = add i64 %130, 1
  call void @_ZdlPvm(ptr noundef %127, i64 noundef %131) #26
  br label %132

132:                                              ; preds = %126, %129
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #22
  %133 = icmp eq i32 %0, 0
  br i1 %133, label %134, label %156

134:                                              ; preds = %132
  %135 = call ptr @__cxa_allocate_exception(i64 16) #22
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7Derived, i64 16), ptr %135, align 8, !tbaa !6
  %136 = getelementptr inbounds i8, ptr %135, i64 8
  store i32 7, ptr %136, align 8, !tbaa !9
  invoke void @__cxa_throw(ptr nonnull %135, ptr nonnull @_ZTI7Derived, ptr nonnull @_ZN4BaseD2Ev) #23
          to label %171 unwind label %154

137:                                              ; preds = %80
  %138 = landingpad { ptr, i32 }
          cleanup
  br label %146

139:                                              ; preds = %105
  %140 = landingpad { ptr, i32 }
          cleanup
  %141 = load ptr, ptr %4, align 8, !tbaa !31
  %142 = icmp eq ptr %141, %84
  br i1 %142, label %146, label %143

143:                                              ; preds = %139
  %144 = load i64, ptr %84, align 8, !tbaa !23
  %145 = add i64 %144, 1
  call void @_ZdlPvm(ptr noundef %141, i64 noundef %145) #26
  br label %146

146:                                              ; preds = %143, %139, %137
  %147 = phi { ptr, i32 } [ %138, %137 ], [ %140, %139 ], [ %140, %143 ]
  %148 = load ptr, ptr %5, align 8, !tbaa !31
  %149 = icmp eq ptr %148, %31
  br i1 %149, label %153, label %150

150:                                              ; preds = %146
  %151 = load i64, ptr %31, align 8, !tbaa !23
  %152 = add i64 %151, 1
  call void @_ZdlPvm(ptr noundef %148, i64 noundef %152) #26
  br label %153

153:                                              ; preds = %146, %150
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #22
  br label %169

154:                                              ; preds = %156, %134
  %155 = landingpad { ptr, i32 }
          cleanup
  call void @_ZN7TrackerD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %3) #22
  br label %169

156:                                              ; preds = %132
  %157 = add nsw i32 %0, -1
  %158 = invoke fastcc noundef i32 @_ZL5depthi(i32 noundef %157)
          to label %159 unwind label %154

159:                                              ; preds = %156
  %160 = load ptr, ptr %3, align 8, !tbaa !31
  %161 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %160)
  %162 = load ptr, ptr %3, align 8, !tbaa !31
  %163 = icmp eq ptr %162, %103
  br i1 %163, label %167, label %164

164:                                              ; preds = %159
  %165 = load i64, ptr %103, align 8, !tbaa !23
  %166 = add i64 %165, 1
  call void @_ZdlPvm(ptr noundef %162, i64 noundef %166) #26
  br label %167

167:                                              ; preds = %159, %164
  %168 = add nsw i32 %158, 1
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  ret i32 %168

169:                                              ; preds = %154, %153
  %170 = phi { ptr, i32 } [ %155, %154 ], [ %147, %153 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %3) #22
  resume { ptr, i32 } %170

171:                                              ; preds = %134
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4BaseD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat {
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7TrackerD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !31
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %2)
  %4 = load ptr, ptr %0, align 8, !tbaa !31
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %10, label %7

7:                                                ; preds = %1
  %8 = load i64, ptr %5, align 8, !tbaa !23
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

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef) local_unnamed_addr #8

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7DerivedD0Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #13 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #26
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK7Derived4nameEv(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #5 comdat {
  ret ptr @.str.18
}

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #14

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #11

; Function Attrs: mustprogress uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_SB_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %180

9:                                                ; preds = %4
  %10 = inttoptr i64 %1 to ptr
  %11 = and i64 %3, 255
  %12 = getelementptr inbounds i8, ptr %5, i64 4
  %13 = icmp eq i64 %2, 0
  br i1 %13, label %16, label %39

14:                                               ; preds = %175
  %15 = icmp eq i64 %44, 0
  br i1 %15, label %16, label %39, !llvm.loop !66

16:                                               ; preds = %14, %9
  %17 = phi i64 [ %7, %9 ], [ %178, %14 ]
  %18 = phi i64 [ %6, %9 ], [ %177, %14 ]
  %19 = phi ptr [ %10, %9 ], [ %141, %14 ]
  %20 = add nsw i64 %17, -2
  %21 = lshr i64 %20, 1
  br label %22

22:                                               ; preds = %22, %16
  %23 = phi i64 [ %21, %16 ], [ %27, %22 ]
  %24 = getelementptr inbounds i32, ptr %5, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !14
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef %23, i64 noundef %17, i32 noundef %25)
  %26 = icmp eq i64 %23, 0
  %27 = add nsw i64 %23, -1
  br i1 %26, label %28, label %22, !llvm.loop !67

28:                                               ; preds = %22
  %29 = icmp sgt i64 %18, 4
  br i1 %29, label %30, label %180

30:                                               ; preds = %28, %30
  %31 = phi ptr [ %32, %30 ], [ %19, %28 ]
  %32 = getelementptr inbounds i8, ptr %31, i64 -4
  %33 = ptrtoint ptr %32 to i64
  %34 = load i32, ptr %32, align 4, !tbaa !14
  %35 = load i32, ptr %5, align 4, !tbaa !14
  store i32 %35, ptr %32, align 4, !tbaa !14
  %36 = sub i64 %33, %0
  %37 = ashr exact i64 %36, 2
  tail call fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef 0, i64 noundef %37, i32 noundef %34)
  %38 = icmp sgt i64 %36, 4
  br i1 %38, label %30, label %180, !llvm.loop !68

39:                                               ; preds = %9, %14
  %40 = phi ptr [ %141, %14 ], [ %10, %9 ]
  %41 = phi i64 [ %44, %14 ], [ %2, %9 ]
  %42 = phi i64 [ %176, %14 ], [ %1, %9 ]
  %43 = phi i64 [ %178, %14 ], [ %7, %9 ]
  %44 = add nsw i64 %41, -1
  %45 = lshr i64 %43, 1
  %46 = getelementptr inbounds i32, ptr %5, i64 %45
  %47 = getelementptr inbounds i8, ptr %40, i64 -4
  %48 = load i32, ptr %12, align 4, !tbaa !14
  %49 = load i32, ptr %46, align 4, !tbaa !14
  %50 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %52 = icmp eq i32 %51, 6
  br i1 %52, label %53, label %61

53:                                               ; preds = %39
  %54 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %54, ptr noundef nonnull @.str.21)
          to label %55 unwind label %59

55:                                               ; preds = %53
  tail call void @__cxa_throw(ptr nonnull %54, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

56:                                               ; preds = %160, %135, %111, %97, %85, %71, %59
  %57 = phi ptr [ %109, %111 ], [ %95, %97 ], [ %83, %85 ], [ %69, %71 ], [ %54, %59 ], [ %158, %160 ], [ %133, %135 ]
  %58 = phi { ptr, i32 } [ %112, %111 ], [ %98, %97 ], [ %86, %85 ], [ %72, %71 ], [ %60, %59 ], [ %161, %160 ], [ %136, %135 ]
  tail call void @__cxa_free_exception(ptr %57) #22
  resume { ptr, i32 } %58

59:                                               ; preds = %53
  %60 = landingpad { ptr, i32 }
          cleanup
  br label %56

61:                                               ; preds = %39
  %62 = icmp slt i32 %48, %49
  %63 = load i32, ptr %47, align 4, !tbaa !14
  %64 = add nsw i32 %50, 2
  %65 = icmp eq i32 %64, 6
  br i1 %62, label %66, label %93

66:                                               ; preds = %61
  %67 = load i32, ptr %46, align 4, !tbaa !14
  store i32 %64, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  br i1 %65, label %68, label %73

68:                                               ; preds = %66
  %69 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %69, ptr noundef nonnull @.str.21)
          to label %70 unwind label %71

70:                                               ; preds = %68
  tail call void @__cxa_throw(ptr nonnull %69, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

71:                                               ; preds = %68
  %72 = landingpad { ptr, i32 }
          cleanup
  br label %56

73:                                               ; preds = %66
  %74 = icmp slt i32 %67, %63
  br i1 %74, label %75, label %78

75:                                               ; preds = %73
  %76 = load i32, ptr %5, align 4, !tbaa !14
  %77 = load i32, ptr %46, align 4, !tbaa !14
  store i32 %77, ptr %5, align 4, !tbaa !14
  store i32 %76, ptr %46, align 4, !tbaa !14
  br label %120

78:                                               ; preds = %73
  %79 = load i32, ptr %47, align 4, !tbaa !14
  %80 = add nsw i32 %50, 3
  store i32 %80, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %81 = icmp eq i32 %80, 6
  br i1 %81, label %82, label %87

82:                                               ; preds = %78
  %83 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %83, ptr noundef nonnull @.str.21)
          to label %84 unwind label %85

84:                                               ; preds = %82
  tail call void @__cxa_throw(ptr nonnull %83, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

85:                                               ; preds = %82
  %86 = landingpad { ptr, i32 }
          cleanup
  br label %56

87:                                               ; preds = %78
  %88 = icmp slt i32 %48, %79
  %89 = load i32, ptr %5, align 4, !tbaa !14
  br i1 %88, label %90, label %92

90:                                               ; preds = %87
  %91 = load i32, ptr %47, align 4, !tbaa !14
  store i32 %91, ptr %5, align 4, !tbaa !14
  store i32 %89, ptr %47, align 4, !tbaa !14
  br label %120

92:                                               ; preds = %87
  store i32 %48, ptr %5, align 4, !tbaa !14
  store i32 %89, ptr %12, align 4, !tbaa !14
  br label %120

93:                                               ; preds = %61
  store i32 %64, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  br i1 %65, label %94, label %99

94:                                               ; preds = %93
  %95 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %95, ptr noundef nonnull @.str.21)
          to label %96 unwind label %97

96:                                               ; preds = %94
  tail call void @__cxa_throw(ptr nonnull %95, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

97:                                               ; preds = %94
  %98 = landingpad { ptr, i32 }
          cleanup
  br label %56

99:                                               ; preds = %93
  %100 = icmp slt i32 %48, %63
  br i1 %100, label %101, label %103

101:                                              ; preds = %99
  %102 = load i32, ptr %5, align 4, !tbaa !14
  store i32 %48, ptr %5, align 4, !tbaa !14
  store i32 %102, ptr %12, align 4, !tbaa !14
  br label %120

103:                                              ; preds = %99
  %104 = load i32, ptr %46, align 4, !tbaa !14
  %105 = load i32, ptr %47, align 4, !tbaa !14
  %106 = add nsw i32 %50, 3
  store i32 %106, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %107 = icmp eq i32 %106, 6
  br i1 %107, label %108, label %113

108:                                              ; preds = %103
  %109 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %109, ptr noundef nonnull @.str.21)
          to label %110 unwind label %111

110:                                              ; preds = %108
  tail call void @__cxa_throw(ptr nonnull %109, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

111:                                              ; preds = %108
  %112 = landingpad { ptr, i32 }
          cleanup
  br label %56

113:                                              ; preds = %103
  %114 = icmp slt i32 %104, %105
  %115 = load i32, ptr %5, align 4, !tbaa !14
  br i1 %114, label %116, label %118

116:                                              ; preds = %113
  %117 = load i32, ptr %47, align 4, !tbaa !14
  store i32 %117, ptr %5, align 4, !tbaa !14
  store i32 %115, ptr %47, align 4, !tbaa !14
  br label %120

118:                                              ; preds = %113
  %119 = load i32, ptr %46, align 4, !tbaa !14
  store i32 %119, ptr %5, align 4, !tbaa !14
  store i32 %115, ptr %46, align 4, !tbaa !14
  br label %120

120:                                              ; preds = %118, %116, %101, %92, %90, %75
  %121 = load i32, ptr %12, align 4, !tbaa !14
  %122 = load i32, ptr %5, align 4, !tbaa !14
  %123 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %125 = icmp eq i32 %124, 6
  br i1 %125, label %132, label %126

126:                                              ; preds = %120, %166
  %127 = phi i32 [ %173, %166 ], [ %124, %120 ]
  %128 = phi i32 [ %171, %166 ], [ %122, %120 ]
  %129 = phi i32 [ %170, %166 ], [ %121, %120 ]
  %130 = phi ptr [ %169, %166 ], [ %12, %120 ]
  %131 = phi ptr [ %152, %166 ], [ %40, %120 ]
  br label %137

132:                                              ; preds = %120, %166, %143
  %133 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %133, ptr noundef nonnull @.str.21)
          to label %134 unwind label %135

134:                                              ; preds = %132
  tail call void @__cxa_throw(ptr nonnull %133, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

135:                                              ; preds = %132
  %136 = landingpad { ptr, i32 }
          cleanup
  br label %56

137:                                              ; preds = %143, %126
  %138 = phi i32 [ %127, %126 ], [ %147, %143 ]
  %139 = phi i32 [ %128, %126 ], [ %146, %143 ]
  %140 = phi i32 [ %129, %126 ], [ %145, %143 ]
  %141 = phi ptr [ %130, %126 ], [ %144, %143 ]
  %142 = icmp slt i32 %140, %139
  br i1 %142, label %143, label %149

143:                                              ; preds = %137
  %144 = getelementptr inbounds i8, ptr %141, i64 4
  %145 = load i32, ptr %144, align 4, !tbaa !14
  %146 = load i32, ptr %5, align 4, !tbaa !14
  %147 = add nsw i32 %138, 1
  store i32 %147, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %148 = icmp eq i32 %147, 6
  br i1 %148, label %132, label %137, !llvm.loop !69

149:                                              ; preds = %137, %162
  %150 = phi i32 [ %155, %162 ], [ %138, %137 ]
  %151 = phi ptr [ %152, %162 ], [ %131, %137 ]
  %152 = getelementptr inbounds i8, ptr %151, i64 -4
  %153 = load i32, ptr %5, align 4, !tbaa !14
  %154 = load i32, ptr %152, align 4, !tbaa !14
  %155 = add nsw i32 %150, 1
  store i32 %155, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %156 = icmp eq i32 %155, 6
  br i1 %156, label %157, label %162

157:                                              ; preds = %149
  %158 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %158, ptr noundef nonnull @.str.21)
          to label %159 unwind label %160

159:                                              ; preds = %157
  tail call void @__cxa_throw(ptr nonnull %158, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

160:                                              ; preds = %157
  %161 = landingpad { ptr, i32 }
          cleanup
  br label %56

162:                                              ; preds = %149
  %163 = icmp slt i32 %153, %154
  br i1 %163, label %149, label %164, !llvm.loop !70

164:                                              ; preds = %162
  %165 = icmp ult ptr %141, %152
  br i1 %165, label %166, label %175

166:                                              ; preds = %164
  %167 = load i32, ptr %141, align 4, !tbaa !14
  %168 = load i32, ptr %152, align 4, !tbaa !14
  store i32 %168, ptr %141, align 4, !tbaa !14
  store i32 %167, ptr %152, align 4, !tbaa !14
  %169 = getelementptr inbounds i8, ptr %141, i64 4
  %170 = load i32, ptr %169, align 4, !tbaa !14
  %171 = load i32, ptr %5, align 4, !tbaa !14
  %172 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %174 = icmp eq i32 %173, 6
  br i1 %174, label %132, label %126, !llvm.loop !71

175:                                              ; preds = %164
  %176 = ptrtoint ptr %141 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_SB_T0_T1_"(i64 %176, i64 %42, i64 noundef %44, i64 %11)
  %177 = sub i64 %176, %0
  %178 = ashr exact i64 %177, 2
  %179 = icmp sgt i64 %178, 16
  br i1 %179, label %14, label %180, !llvm.loop !66

180:                                              ; preds = %175, %30, %4, %28
  ret void
}

; Function Attrs: mustprogress uwtable
define internal fastcc void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZL10sort_throwvE3$_0EEEvT_T0_SC_T1_T2_"(i64 %0, i64 noundef %1, i64 noundef %2, i32 noundef %3) unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %5 = inttoptr i64 %0 to ptr
  %6 = add nsw i64 %2, -1
  %7 = sdiv i64 %6, 2
  %8 = icmp sgt i64 %7, %1
  br i1 %8, label %9, label %36

9:                                                ; preds = %4, %29
  %10 = phi i64 [ %31, %29 ], [ %1, %4 ]
  %11 = shl i64 %10, 1
  %12 = add i64 %11, 2
  %13 = getelementptr inbounds i32, ptr %5, i64 %12
  %14 = or disjoint i64 %11, 1
  %15 = getelementptr inbounds i32, ptr %5, i64 %14
  %16 = load i32, ptr %13, align 4, !tbaa !14
  %17 = load i32, ptr %15, align 4, !tbaa !14
  %18 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %20 = icmp eq i32 %19, 6
  br i1 %20, label %21, label %29

21:                                               ; preds = %9
  %22 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %22, ptr noundef nonnull @.str.21)
          to label %23 unwind label %27

23:                                               ; preds = %21
  tail call void @__cxa_throw(ptr nonnull %22, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

24:                                               ; preds = %65, %27
  %25 = phi ptr [ %63, %65 ], [ %22, %27 ]
  %26 = phi { ptr, i32 } [ %66, %65 ], [ %28, %27 ]
  tail call void @__cxa_free_exception(ptr %25) #22
  resume { ptr, i32 } %26

27:                                               ; preds = %21
  %28 = landingpad { ptr, i32 }
          cleanup
  br label %24

29:                                               ; preds = %9
  %30 = icmp slt i32 %16, %17
  %31 = select i1 %30, i64 %14, i64 %12
  %32 = getelementptr inbounds i32, ptr %5, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !14
  %34 = getelementptr inbounds i32, ptr %5, i64 %10
  store i32 %33, ptr %34, align 4, !tbaa !14
  %35 = icmp slt i64 %31, %7
  br i1 %35, label %9, label %36, !llvm.loop !72

36:                                               ; preds = %29, %4
  %37 = phi i64 [ %1, %4 ], [ %31, %29 ]
  %38 = and i64 %2, 1
  %39 = icmp eq i64 %38, 0
  br i1 %39, label %40, label %50

40:                                               ; preds = %36
  %41 = add nsw i64 %2, -2
  %42 = ashr exact i64 %41, 1
  %43 = icmp eq i64 %37, %42
  br i1 %43, label %44, label %50

44:                                               ; preds = %40
  %45 = shl nsw i64 %37, 1
  %46 = or disjoint i64 %45, 1
  %47 = getelementptr inbounds i32, ptr %5, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !14
  %49 = getelementptr inbounds i32, ptr %5, i64 %37
  store i32 %48, ptr %49, align 4, !tbaa !14
  br label %50

50:                                               ; preds = %44, %40, %36
  %51 = phi i64 [ %46, %44 ], [ %37, %40 ], [ %37, %36 ]
  %52 = icmp sgt i64 %51, %1
  br i1 %52, label %53, label %73

53:                                               ; preds = %50, %69
  %54 = phi i64 [ %56, %69 ], [ %51, %50 ]
  %55 = add nsw i64 %54, -1
  %56 = sdiv i64 %55, 2
  %57 = getelementptr inbounds i32, ptr %5, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !14
  %59 = load i32, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr @_ZL9cmp_calls, align 4, !tbaa !14
  %61 = icmp eq i32 %60, 6
  br i1 %61, label %62, label %67

62:                                               ; preds = %53
  %63 = tail call ptr @__cxa_allocate_exception(i64 16) #22
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %63, ptr noundef nonnull @.str.21)
          to label %64 unwind label %65

64:                                               ; preds = %62
  tail call void @__cxa_throw(ptr nonnull %63, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #23
  unreachable

65:                                               ; preds = %62
  %66 = landingpad { ptr, i32 }
          cleanup
  br label %24

67:                                               ; preds = %53
  %68 = icmp slt i32 %58, %3
  br i1 %68, label %69, label %73

69:                                               ; preds = %67
  %70 = load i32, ptr %57, align 4, !tbaa !14
  %71 = getelementptr inbounds i32, ptr %5, i64 %54
  store i32 %70, ptr %71, align 4, !tbaa !14
  %72 = icmp sgt i64 %56, %1
  br i1 %72, label %53, label %73, !llvm.loop !73

73:                                               ; preds = %67, %69, %50
  %74 = phi i64 [ %51, %50 ], [ %54, %67 ], [ %56, %69 ]
  %75 = getelementptr inbounds i32, ptr %5, i64 %74
  store i32 %3, ptr %75, align 4, !tbaa !14
  ret void
}

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #15

declare void @_ZNSt16invalid_argumentC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt16invalid_argumentD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #15

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #16

; Function Attrs: mustprogress noreturn uwtable
define internal void @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E9_M_invokeERKSt9_Any_data"(ptr nocapture nonnull readnone align 8 %0) #17 {
  %2 = tail call ptr @__cxa_allocate_exception(i64 8) #22
  store double 3.500000e+00, ptr %2, align 16, !tbaa !28
  tail call void @__cxa_throw(ptr nonnull %2, ptr nonnull @_ZTId, ptr null) #23
  unreachable
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define internal noundef i1 @"_ZNSt17_Function_handlerIFvvEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr nocapture noundef nonnull writeonly align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #18 personality ptr @__gxx_personality_v0 {
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

declare void @_ZNSt6thread15_M_start_threadESt10unique_ptrINS_6_StateESt14default_deleteIS1_EEPFvvE(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #15

; Function Attrs: inlinehint mustprogress nounwind uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEED0Ev"(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #13 {
  tail call void @_ZNSt6thread6_StateD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) #22
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 24) #26
  ret void
}

; Function Attrs: mustprogress uwtable
define internal void @"_ZNSt6thread11_State_implINS_8_InvokerISt5tupleIJZ4mainE3$_1EEEEE6_M_runEv"(ptr nocapture noundef nonnull readonly align 8 dereferenceable(24) %0) unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !tbaa !74
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
  store i32 %13, ptr %14, align 16, !tbaa !14
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
  %23 = load i32, ptr %22, align 4, !tbaa !14
  %24 = sext i32 %23 to i64
  %25 = sub nsw i64 %7, %24
  tail call void @__cxa_end_catch() #22
  br label %26

26:                                               ; preds = %30, %20
  %27 = phi i64 [ %25, %20 ], [ %31, %30 ]
  %28 = add nuw nsw i64 %6, 1
  %29 = icmp eq i64 %28, 2000
  br i1 %29, label %34, label %5, !llvm.loop !76

30:                                               ; preds = %5
  %31 = add nsw i64 %7, %6
  br label %26

32:                                               ; preds = %15
  resume { ptr, i32 } %16

33:                                               ; preds = %12
  unreachable

34:                                               ; preds = %26
  %35 = getelementptr inbounds i8, ptr %0, i64 16
  %36 = load ptr, ptr %35, align 8, !tbaa !77
  %37 = load i32, ptr %2, align 8, !tbaa !74
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [4 x i64], ptr %36, i64 0, i64 %38
  store i64 %27, ptr %39, align 8, !tbaa !42
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

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nofree nosync nounwind memory(none) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { inlinehint mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { mustprogress noreturn uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #19 = { nofree nounwind }
attributes #20 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #21 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #22 = { nounwind }
attributes #23 = { noreturn }
attributes #24 = { noreturn nounwind }
attributes #25 = { builtin allocsize(0) }
attributes #26 = { builtin nounwind }

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
!9 = !{!10, !12, i64 8}
!10 = !{!"_ZTS7Derived", !11, i64 0, !12, i64 8}
!11 = !{!"_ZTS4Base"}
!12 = !{!"int", !13, i64 0}
!13 = !{!"omnipotent char", !8, i64 0}
!14 = !{!12, !12, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !19, i64 0}
!18 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !19, i64 0}
!19 = !{!"any pointer", !13, i64 0}
!20 = !{!21, !22, i64 8}
!21 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !18, i64 0, !22, i64 8, !13, i64 16}
!22 = !{!"long", !13, i64 0}
!23 = !{!13, !13, i64 0}
!24 = !{!25, !19, i64 24}
!25 = !{!"_ZTSSt8functionIFvvEE", !26, i64 0, !19, i64 24}
!26 = !{!"_ZTSSt14_Function_base", !13, i64 0, !19, i64 16}
!27 = !{!26, !19, i64 16}
!28 = !{!29, !29, i64 0}
!29 = !{!"double", !13, i64 0}
!30 = !{!19, !19, i64 0}
!31 = !{!21, !19, i64 0}
!32 = !{!33, !19, i64 16}
!33 = !{!"_ZTSNSt12_Vector_baseISt6threadSaIS0_EE17_Vector_impl_dataE", !19, i64 0, !19, i64 8, !19, i64 16}
!34 = !{!35, !22, i64 0}
!35 = !{!"_ZTSNSt6thread2idE", !22, i64 0}
!36 = !{!33, !19, i64 8}
!37 = !{!38}
!38 = distinct !{!38, !39, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 0"}
!39 = distinct !{!39, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_"}
!40 = !{!41}
!41 = distinct !{!41, !39, !"_ZSt19__relocate_object_aISt6threadS0_SaIS0_EEvPT_PT0_RT1_: argument 1"}
!42 = !{!22, !22, i64 0}
!43 = !{!41, !44}
!44 = distinct !{!44, !45}
!45 = distinct !{!45, !"LVerDomain"}
!46 = !{!38, !47}
!47 = distinct !{!47, !45}
!48 = distinct !{!48, !16, !49, !50}
!49 = !{!"llvm.loop.isvectorized", i32 1}
!50 = !{!"llvm.loop.unroll.runtime.disable"}
!51 = distinct !{!51, !16, !49}
!52 = !{!33, !19, i64 0}
!53 = distinct !{!53, !16}
!54 = distinct !{!54, !16}
!55 = distinct !{!55, !16}
!56 = !{!57, !12, i64 0}
!57 = !{!"_ZTS2FT", !12, i64 0}
!58 = !{!59}
!59 = distinct !{!59, !60, !"_ZNSt7__cxx119to_stringEi: argument 0"}
!60 = distinct !{!60, !"_ZNSt7__cxx119to_stringEi"}
!61 = distinct !{!61, !16}
!62 = distinct !{!62, !16}
!63 = !{!64}
!64 = distinct !{!64, !65, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_: argument 0"}
!65 = distinct !{!65, !"_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_"}
!66 = distinct !{!66, !16}
!67 = distinct !{!67, !16}
!68 = distinct !{!68, !16}
!69 = distinct !{!69, !16}
!70 = distinct !{!70, !16}
!71 = distinct !{!71, !16}
!72 = distinct !{!72, !16}
!73 = distinct !{!73, !16}
!74 = !{!75, !12, i64 0}
!75 = !{!"_ZTSZ4mainE3$_1", !12, i64 0, !19, i64 8}
!76 = distinct !{!76, !16}
!77 = !{!75, !19, i64 8}
