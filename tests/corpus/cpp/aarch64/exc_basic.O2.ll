; ModuleID = 'exc_basic.cpp'
source_filename = "exc_basic.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon.0 }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon.0 = type { i64, [8 x i8] }
%"class.std::allocator" = type { i8 }

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_ = comdat any

$_ZN7IoErrorD2Ev = comdat any

$_ZN8AppErrorD2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZN7IoErrorD0Ev = comdat any

$_ZNK7IoError4kindEv = comdat any

$_ZN10ParseErrorD0Ev = comdat any

$_ZNK10ParseError4kindEv = comdat any

$_ZTS7IoError = comdat any

$_ZTS8AppError = comdat any

$_ZTI8AppError = comdat any

$_ZTI7IoError = comdat any

$_ZTS10ParseError = comdat any

$_ZTI10ParseError = comdat any

$_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = comdat any

$_ZTV7IoError = comdat any

$_ZTV10ParseError = comdat any

@_ZTIi = external constant ptr
@.str = private unnamed_addr constant [16 x i8] c"runtime failure\00", align 1
@_ZTISt13runtime_error = external constant ptr
@.str.1 = private unnamed_addr constant [13 x i8] c"/etc/missing\00", align 1
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS7IoError = linkonce_odr dso_local constant [9 x i8] c"7IoError\00", comdat, align 1
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS8AppError = linkonce_odr dso_local constant [10 x i8] c"8AppError\00", comdat, align 1
@_ZTI8AppError = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS8AppError }, comdat, align 8
@_ZTI7IoError = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS7IoError, ptr @_ZTI8AppError }, comdat, align 8
@_ZTS10ParseError = linkonce_odr dso_local constant [13 x i8] c"10ParseError\00", comdat, align 1
@_ZTI10ParseError = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS10ParseError, ptr @_ZTI8AppError }, comdat, align 8
@.str.2 = private unnamed_addr constant [9 x i8] c"a string\00", align 1
@_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant [53 x i8] c"NSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE\00", comdat, align 1
@_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE }, comdat, align 8
@_ZTId = external constant ptr
@.str.3 = private unnamed_addr constant [18 x i8] c"what out of range\00", align 1
@_ZTISt12out_of_range = external constant ptr
@_ZL13rethrow_count = internal unnamed_addr global i32 0, align 4
@.str.4 = private unnamed_addr constant [19 x i8] c"rethrown %d times\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"caught %d of 1000\0A\00", align 1
@_ZTV7IoError = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI7IoError, ptr @_ZN7IoErrorD2Ev, ptr @_ZN7IoErrorD0Ev, ptr @_ZNK7IoError4kindEv] }, comdat, align 8
@.str.7 = private unnamed_addr constant [8 x i8] c"IoError\00", align 1
@_ZTV10ParseError = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI10ParseError, ptr @_ZN8AppErrorD2Ev, ptr @_ZN10ParseErrorD0Ev, ptr @_ZNK10ParseError4kindEv] }, comdat, align 8
@.str.8 = private unnamed_addr constant [11 x i8] c"ParseError\00", align 1
@_ZTISt11logic_error = external constant ptr
@_ZTISt9exception = external constant ptr
@.str.9 = private unnamed_addr constant [17 x i8] c"%d: returned %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [27 x i8] c"%d: caught something else\0A\00", align 1
@.str.11 = private unnamed_addr constant [32 x i8] c"%d: caught string by value: %s\0A\00", align 1
@.str.12 = private unnamed_addr constant [31 x i8] c"%d: caught std::exception: %s\0A\00", align 1
@.str.13 = private unnamed_addr constant [28 x i8] c"%d: caught logic_error: %s\0A\00", align 1
@.str.14 = private unnamed_addr constant [40 x i8] c"%d: caught %s through AppError code=%d\0A\00", align 1
@.str.15 = private unnamed_addr constant [36 x i8] c"%d: caught IoError code=%d path=%s\0A\00", align 1
@.str.16 = private unnamed_addr constant [19 x i8] c"%d: caught int %d\0A\00", align 1
@.str.17 = private unnamed_addr constant [61 x i8] c"inner: ParseError line %d, throwing a runtime_error instead\0A\00", align 1
@.str.18 = private unnamed_addr constant [22 x i8] c"converted parse error\00", align 1
@.str.19 = private unnamed_addr constant [49 x i8] c"nested %d: no exception reached the outer block\0A\00", align 1
@.str.20 = private unnamed_addr constant [28 x i8] c"outer: std::exception '%s'\0A\00", align 1
@.str.21 = private unnamed_addr constant [19 x i8] c"outer: %s code %d\0A\00", align 1
@.str.22 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1

; Function Attrs: mustprogress noinline uwtable
define dso_local noundef i32 @_Z4worki(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::__cxx11::basic_string", align 8
  %3 = alloca %"class.std::allocator", align 1
  %4 = alloca %"class.std::allocator", align 1
  switch i32 %0, label %56 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %8
    i32 3, label %13
    i32 4, label %46
    i32 5, label %49
    i32 6, label %54
  ]

5:                                                ; preds = %1
  ret i32 42

6:                                                ; preds = %1
  %7 = tail call ptr @__cxa_allocate_exception(i64 4) #15
  store i32 7, ptr %7, align 16, !tbaa !6
  tail call void @__cxa_throw(ptr nonnull %7, ptr nonnull @_ZTIi, ptr null) #16
  unreachable

8:                                                ; preds = %1
  %9 = tail call ptr @__cxa_allocate_exception(i64 16) #15
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %9, ptr noundef nonnull @.str)
          to label %10 unwind label %11

10:                                               ; preds = %8
  tail call void @__cxa_throw(ptr nonnull %9, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #16
  unreachable

11:                                               ; preds = %8
  %12 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %9) #15
  br label %61

13:                                               ; preds = %1
  %14 = tail call ptr @__cxa_allocate_exception(i64 48) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3) #15
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull @.str.1, ptr noundef nonnull align 1 dereferenceable(1) %3)
          to label %15 unwind label %44

15:                                               ; preds = %13
  %16 = getelementptr inbounds i8, ptr %14, i64 8
  store i32 5, ptr %16, align 8, !tbaa !10
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7IoError, i64 16), ptr %14, align 8, !tbaa !12
  %17 = getelementptr inbounds i8, ptr %14, i64 16
  %18 = getelementptr inbounds i8, ptr %14, i64 32
  store ptr %18, ptr %17, align 8, !tbaa !14
  %19 = load ptr, ptr %2, align 8, !tbaa !17
  %20 = getelementptr inbounds i8, ptr %2, i64 16
  %21 = icmp eq ptr %19, %20
  br i1 %21, label %22, label %28

22:                                               ; preds = %15
  %23 = getelementptr inbounds i8, ptr %2, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !20
  %25 = add i64 %24, 1
  %26 = icmp eq i64 %25, 0
  br i1 %26, label %32, label %27

27:                                               ; preds = %22
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %18, ptr nonnull align 8 %20, i64 %25, i1 false)
  br label %32

28:                                               ; preds = %15
  store ptr %19, ptr %17, align 8, !tbaa !17
  %29 = load i64, ptr %20, align 8, !tbaa !21
  store i64 %29, ptr %18, align 8, !tbaa !21
  %30 = getelementptr inbounds i8, ptr %2, i64 8
  %31 = load i64, ptr %30, align 8, !tbaa !20
  br label %32

32:                                               ; preds = %28, %27, %22
  %33 = phi i64 [ %31, %28 ], [ %24, %27 ], [ -1, %22 ]
  %34 = getelementptr inbounds i8, ptr %2, i64 8
  %35 = getelementptr inbounds i8, ptr %14, i64 24
  store i64 %33, ptr %35, align 8, !tbaa !20
  store ptr %20, ptr %2, align 8, !tbaa !17
  store i64 0, ptr %34, align 8, !tbaa !20
  store i8 0, ptr %20, align 8, !tbaa !21
  invoke void @__cxa_throw(ptr nonnull %14, ptr nonnull @_ZTI7IoError, ptr nonnull @_ZN7IoErrorD2Ev) #16
          to label %63 unwind label %36

36:                                               ; preds = %32
  %37 = landingpad { ptr, i32 }
          cleanup
  %38 = load ptr, ptr %2, align 8, !tbaa !17
  %39 = icmp eq ptr %38, %20
  br i1 %39, label %43, label %40

40:                                               ; preds = %36
  %41 = load i64, ptr %20, align 8, !tbaa !21
  %42 = add i64 %41, 1
  call void @_ZdlPvm(ptr noundef %38, i64 noundef %42) #17
  br label %43

43:                                               ; preds = %36, %40
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3) #15
  br label %61

44:                                               ; preds = %13
  %45 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3) #15
  call void @__cxa_free_exception(ptr %14) #15
  br label %61

46:                                               ; preds = %1
  %47 = tail call ptr @__cxa_allocate_exception(i64 16) #15
  %48 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV10ParseError, i64 16), ptr %47, align 8, !tbaa !12
  store <2 x i32> <i32 9, i32 120>, ptr %48, align 8, !tbaa !6
  tail call void @__cxa_throw(ptr nonnull %47, ptr nonnull @_ZTI10ParseError, ptr nonnull @_ZN8AppErrorD2Ev) #16
  unreachable

49:                                               ; preds = %1
  %50 = tail call ptr @__cxa_allocate_exception(i64 32) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #15
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %50, ptr noundef nonnull @.str.2, ptr noundef nonnull align 1 dereferenceable(1) %4)
          to label %51 unwind label %52

51:                                               ; preds = %49
  call void @__cxa_throw(ptr nonnull %50, ptr nonnull @_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE, ptr nonnull @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev) #16
  unreachable

52:                                               ; preds = %49
  %53 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #15
  call void @__cxa_free_exception(ptr %50) #15
  br label %61

54:                                               ; preds = %1
  %55 = tail call ptr @__cxa_allocate_exception(i64 8) #15
  store double 2.500000e+00, ptr %55, align 16, !tbaa !22
  tail call void @__cxa_throw(ptr nonnull %55, ptr nonnull @_ZTId, ptr null) #16
  unreachable

56:                                               ; preds = %1
  %57 = tail call ptr @__cxa_allocate_exception(i64 16) #15
  invoke void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %57, ptr noundef nonnull @.str.3)
          to label %58 unwind label %59

58:                                               ; preds = %56
  tail call void @__cxa_throw(ptr nonnull %57, ptr nonnull @_ZTISt12out_of_range, ptr nonnull @_ZNSt12out_of_rangeD1Ev) #16
  unreachable

59:                                               ; preds = %56
  %60 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %57) #15
  br label %61

61:                                               ; preds = %43, %52, %44, %59, %11
  %62 = phi { ptr, i32 } [ %60, %59 ], [ %53, %52 ], [ %45, %44 ], [ %12, %11 ], [ %37, %43 ]
  resume { ptr, i32 } %62

63:                                               ; preds = %32
  unreachable
}

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #1

declare i32 @__gxx_personality_v0(...)

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = alloca i64, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %5, ptr %0, align 8, !tbaa !14
  %6 = icmp eq ptr %1, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %3
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.22) #16
  unreachable

8:                                                ; preds = %3
  %9 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #15
  store i64 %9, ptr %4, align 8, !tbaa !24
  %10 = icmp ugt i64 %9, 15
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
  store ptr %12, ptr %0, align 8, !tbaa !17
  %13 = load i64, ptr %4, align 8, !tbaa !24
  store i64 %13, ptr %5, align 8, !tbaa !21
  br label %14

14:                                               ; preds = %8, %11
  %15 = phi ptr [ %12, %11 ], [ %5, %8 ]
  switch i64 %9, label %18 [
    i64 1, label %16
    i64 0, label %19
  ]

16:                                               ; preds = %14
  %17 = load i8, ptr %1, align 1, !tbaa !21
  store i8 %17, ptr %15, align 1, !tbaa !21
  br label %19

18:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr nonnull align 1 %1, i64 %9, i1 false)
  br label %19

19:                                               ; preds = %18, %16, %14
  %20 = load i64, ptr %4, align 8, !tbaa !24
  %21 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %20, ptr %21, align 8, !tbaa !20
  %22 = load ptr, ptr %0, align 8, !tbaa !17
  %23 = getelementptr inbounds i8, ptr %22, i64 %20
  store i8 0, ptr %23, align 1, !tbaa !21
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #15
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7IoErrorD2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7IoError, i64 16), ptr %0, align 8, !tbaa !12
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !17
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !21
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #17
  br label %9

9:                                                ; preds = %1, %6
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN8AppErrorD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #6 comdat {
  ret void
}

declare void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt12out_of_rangeD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #2

; Function Attrs: mustprogress noinline uwtable
define dso_local void @_Z5relayi(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = invoke noundef i32 @_Z4worki(i32 noundef %0)
          to label %11 unwind label %3

3:                                                ; preds = %1
  %4 = landingpad { ptr, i32 }
          catch ptr null
  %5 = extractvalue { ptr, i32 } %4, 0
  %6 = tail call ptr @__cxa_begin_catch(ptr %5) #15
  %7 = load i32, ptr @_ZL13rethrow_count, align 4, !tbaa !6
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @_ZL13rethrow_count, align 4, !tbaa !6
  invoke void @__cxa_rethrow() #16
          to label %16 unwind label %9

9:                                                ; preds = %3
  %10 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %12 unwind label %13

11:                                               ; preds = %1
  ret void

12:                                               ; preds = %9
  resume { ptr, i32 } %10

13:                                               ; preds = %9
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #18
  unreachable

16:                                               ; preds = %3
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #15
  tail call void @_ZSt9terminatev() #18
  unreachable
}

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #8 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::__cxx11::basic_string", align 8
  %2 = alloca [4 x i32], align 16
  %3 = getelementptr inbounds i8, ptr %1, i64 16
  br label %5

4:                                                ; preds = %92
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #15
  store <4 x i32> <i32 0, i32 3, i32 4, i32 2>, ptr %2, align 16, !tbaa !6
  br label %98

5:                                                ; preds = %0, %92
  %6 = phi i32 [ 0, %0 ], [ %93, %92 ]
  %7 = invoke noundef i32 @_Z4worki(i32 noundef %6)
          to label %8 unwind label %10

8:                                                ; preds = %5
  %9 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, i32 noundef %6, i32 noundef 42)
  br label %92

10:                                               ; preds = %5
  %11 = landingpad { ptr, i32 }
          catch ptr @_ZTIi
          catch ptr @_ZTI7IoError
          catch ptr @_ZTI8AppError
          catch ptr @_ZTISt11logic_error
          catch ptr @_ZTISt9exception
          catch ptr @_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE
          catch ptr null
  %12 = extractvalue { ptr, i32 } %11, 0
  %13 = extractvalue { ptr, i32 } %11, 1
  %14 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIi) #15
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %20

16:                                               ; preds = %10
  %17 = call ptr @__cxa_begin_catch(ptr %12) #15
  %18 = load i32, ptr %17, align 4, !tbaa !6
  %19 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.16, i32 noundef %6, i32 noundef %18)
  call void @__cxa_end_catch() #15
  br label %92

20:                                               ; preds = %10
  %21 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI7IoError) #15
  %22 = icmp eq i32 %13, %21
  br i1 %22, label %23, label %30

23:                                               ; preds = %20
  %24 = call ptr @__cxa_begin_catch(ptr %12) #15
  %25 = getelementptr inbounds i8, ptr %24, i64 8
  %26 = load i32, ptr %25, align 8, !tbaa !10
  %27 = getelementptr inbounds i8, ptr %24, i64 16
  %28 = load ptr, ptr %27, align 8, !tbaa !17
  %29 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.15, i32 noundef %6, i32 noundef %26, ptr noundef %28)
  call void @__cxa_end_catch()
  br label %92

30:                                               ; preds = %20
  %31 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI8AppError) #15
  %32 = icmp eq i32 %13, %31
  br i1 %32, label %33, label %43

33:                                               ; preds = %30
  %34 = call ptr @__cxa_begin_catch(ptr %12) #15
  %35 = load ptr, ptr %34, align 8, !tbaa !12
  %36 = getelementptr inbounds i8, ptr %35, i64 16
  %37 = load ptr, ptr %36, align 8
  %38 = invoke noundef ptr %37(ptr noundef nonnull align 8 dereferenceable(12) %34)
          to label %39 unwind label %81

39:                                               ; preds = %33
  %40 = getelementptr inbounds i8, ptr %34, i64 8
  %41 = load i32, ptr %40, align 8, !tbaa !10
  %42 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i32 noundef %6, ptr noundef %38, i32 noundef %41)
  call void @__cxa_end_catch()
  br label %92

43:                                               ; preds = %30
  %44 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt11logic_error) #15
  %45 = icmp eq i32 %13, %44
  br i1 %45, label %46, label %53

46:                                               ; preds = %43
  %47 = call ptr @__cxa_begin_catch(ptr %12) #15
  %48 = load ptr, ptr %47, align 8, !tbaa !12
  %49 = getelementptr inbounds i8, ptr %48, i64 16
  %50 = load ptr, ptr %49, align 8
  %51 = call noundef ptr %50(ptr noundef nonnull align 8 dereferenceable(16) %47) #15
  %52 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %6, ptr noundef %51)
  call void @__cxa_end_catch()
  br label %92

53:                                               ; preds = %43
  %54 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #15
  %55 = icmp eq i32 %13, %54
  br i1 %55, label %56, label %63

56:                                               ; preds = %53
  %57 = call ptr @__cxa_begin_catch(ptr %12) #15
  %58 = load ptr, ptr %57, align 8, !tbaa !12
  %59 = getelementptr inbounds i8, ptr %58, i64 16
  %60 = load ptr, ptr %59, align 8
  %61 = call noundef ptr %60(ptr noundef nonnull align 8 dereferenceable(8) %57) #15
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %6, ptr noundef %61)
  call void @__cxa_end_catch()
  br label %92

63:                                               ; preds = %53
  %64 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE) #15
  %65 = icmp eq i32 %13, %64
  br i1 %65, label %66, label %78

66:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #15
  %67 = call ptr @__cxa_get_exception_ptr(ptr %12) #15
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2ERKS4_(ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %67)
          to label %68 unwind label %85

68:                                               ; preds = %66
  %69 = call ptr @__cxa_begin_catch(ptr %12) #15
  %70 = load ptr, ptr %1, align 8, !tbaa !17
  %71 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %6, ptr noundef %70)
  %72 = load ptr, ptr %1, align 8, !tbaa !17
  %73 = icmp eq ptr %72, %3
  br i1 %73, label %77, label %74

74:                                               ; preds = %68
  %75 = load i64, ptr %3, align 8, !tbaa !21
  %76 = add i64 %75, 1
  call void @_ZdlPvm(ptr noundef %72, i64 noundef %76) #17
  br label %77

77:                                               ; preds = %74, %68
  call void @__cxa_end_catch()
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #15
  br label %92

78:                                               ; preds = %63
  %79 = call ptr @__cxa_begin_catch(ptr %12) #15
  %80 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, i32 noundef %6)
  call void @__cxa_end_catch()
  br label %92

81:                                               ; preds = %33
  %82 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %83 unwind label %87

83:                                               ; preds = %81, %156
  %84 = phi { ptr, i32 } [ %160, %156 ], [ %82, %81 ]
  resume { ptr, i32 } %84

85:                                               ; preds = %66
  %86 = landingpad { ptr, i32 }
          catch ptr null
  br label %89

87:                                               ; preds = %81
  %88 = landingpad { ptr, i32 }
          catch ptr null
  br label %89

89:                                               ; preds = %87, %85
  %90 = phi { ptr, i32 } [ %86, %85 ], [ %88, %87 ]
  %91 = extractvalue { ptr, i32 } %90, 0
  call void @__clang_call_terminate(ptr %91) #18
  unreachable

92:                                               ; preds = %8, %16, %23, %39, %46, %56, %77, %78
  %93 = add nuw nsw i32 %6, 1
  %94 = icmp eq i32 %93, 8
  br i1 %94, label %4, label %5, !llvm.loop !25

95:                                               ; preds = %169
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #15
  %96 = load i32, ptr @_ZL13rethrow_count, align 4, !tbaa !6
  %97 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, i32 noundef %96)
  br label %174

98:                                               ; preds = %4, %169
  %99 = phi i64 [ 0, %4 ], [ %170, %169 ]
  %100 = getelementptr inbounds i8, ptr %2, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !6
  invoke void @_Z5relayi(i32 noundef %101)
          to label %124 unwind label %102

102:                                              ; preds = %98
  %103 = landingpad { ptr, i32 }
          catch ptr @_ZTI10ParseError
          catch ptr @_ZTI8AppError
          catch ptr @_ZTISt9exception
  %104 = extractvalue { ptr, i32 } %103, 0
  %105 = extractvalue { ptr, i32 } %103, 1
  %106 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI10ParseError) #15
  %107 = icmp eq i32 %105, %106
  br i1 %107, label %108, label %126

108:                                              ; preds = %102
  %109 = call ptr @__cxa_begin_catch(ptr %104) #15
  %110 = getelementptr inbounds i8, ptr %109, i64 12
  %111 = load i32, ptr %110, align 4, !tbaa !27
  %112 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %111)
  %113 = call ptr @__cxa_allocate_exception(i64 16) #15
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %113, ptr noundef nonnull @.str.18)
          to label %114 unwind label %117

114:                                              ; preds = %108
  invoke void @__cxa_throw(ptr nonnull %113, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #16
          to label %168 unwind label %115

115:                                              ; preds = %114
  %116 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI8AppError
          catch ptr @_ZTISt9exception
  br label %119

117:                                              ; preds = %108
  %118 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI8AppError
          catch ptr @_ZTISt9exception
  call void @__cxa_free_exception(ptr %113) #15
  br label %119

119:                                              ; preds = %117, %115
  %120 = phi { ptr, i32 } [ %116, %115 ], [ %118, %117 ]
  invoke void @__cxa_end_catch()
          to label %121 unwind label %161

121:                                              ; preds = %119
  %122 = extractvalue { ptr, i32 } %120, 0
  %123 = extractvalue { ptr, i32 } %120, 1
  br label %126

124:                                              ; preds = %98
  %125 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i32 noundef %101)
  br label %169

126:                                              ; preds = %121, %102
  %127 = phi i32 [ %123, %121 ], [ %105, %102 ]
  %128 = phi ptr [ %122, %121 ], [ %104, %102 ]
  %129 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI8AppError) #15
  %130 = icmp eq i32 %127, %129
  br i1 %130, label %131, label %141

131:                                              ; preds = %126
  %132 = call ptr @__cxa_begin_catch(ptr %128) #15
  %133 = load ptr, ptr %132, align 8, !tbaa !12
  %134 = getelementptr inbounds i8, ptr %133, i64 16
  %135 = load ptr, ptr %134, align 8
  %136 = invoke noundef ptr %135(ptr noundef nonnull align 8 dereferenceable(12) %132)
          to label %137 unwind label %151

137:                                              ; preds = %131
  %138 = getelementptr inbounds i8, ptr %132, i64 8
  %139 = load i32, ptr %138, align 8, !tbaa !10
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, ptr noundef %136, i32 noundef %139)
  call void @__cxa_end_catch()
  br label %169

141:                                              ; preds = %126
  %142 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #15
  %143 = icmp eq i32 %127, %142
  br i1 %143, label %144, label %156

144:                                              ; preds = %141
  %145 = call ptr @__cxa_begin_catch(ptr %128) #15
  %146 = load ptr, ptr %145, align 8, !tbaa !12
  %147 = getelementptr inbounds i8, ptr %146, i64 16
  %148 = load ptr, ptr %147, align 8
  %149 = call noundef ptr %148(ptr noundef nonnull align 8 dereferenceable(8) %145) #15
  %150 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %149)
  call void @__cxa_end_catch()
  br label %169

151:                                              ; preds = %131
  %152 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %153 unwind label %163

153:                                              ; preds = %151
  %154 = extractvalue { ptr, i32 } %152, 1
  %155 = extractvalue { ptr, i32 } %152, 0
  br label %156

156:                                              ; preds = %141, %153
  %157 = phi i32 [ %154, %153 ], [ %127, %141 ]
  %158 = phi ptr [ %155, %153 ], [ %128, %141 ]
  %159 = insertvalue { ptr, i32 } poison, ptr %158, 0
  %160 = insertvalue { ptr, i32 } %159, i32 %157, 1
  br label %83

161:                                              ; preds = %119
  %162 = landingpad { ptr, i32 }
          catch ptr null
  br label %165

163:                                              ; preds = %151
  %164 = landingpad { ptr, i32 }
          catch ptr null
  br label %165

165:                                              ; preds = %163, %161
  %166 = phi { ptr, i32 } [ %162, %161 ], [ %164, %163 ]
  %167 = extractvalue { ptr, i32 } %166, 0
  call void @__clang_call_terminate(ptr %167) #18
  unreachable

168:                                              ; preds = %114
  unreachable

169:                                              ; preds = %124, %137, %144
  %170 = add nuw nsw i64 %99, 4
  %171 = icmp eq i64 %170, 16
  br i1 %171, label %95, label %98

172:                                              ; preds = %187
  %173 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %188)
  ret i32 0

174:                                              ; preds = %95, %187
  %175 = phi i32 [ 0, %95 ], [ %189, %187 ]
  %176 = phi i32 [ 0, %95 ], [ %188, %187 ]
  %177 = trunc nuw i32 %175 to i16
  %178 = urem i16 %177, 7
  %179 = add nuw nsw i16 %178, 1
  %180 = zext nneg i16 %179 to i32
  %181 = invoke noundef i32 @_Z4worki(i32 noundef %180)
          to label %187 unwind label %182

182:                                              ; preds = %174
  %183 = landingpad { ptr, i32 }
          catch ptr null
  %184 = extractvalue { ptr, i32 } %183, 0
  %185 = call ptr @__cxa_begin_catch(ptr %184) #15
  %186 = add nsw i32 %176, 1
  call void @__cxa_end_catch()
  br label %187

187:                                              ; preds = %182, %174
  %188 = phi i32 [ %176, %174 ], [ %186, %182 ]
  %189 = add nuw nsw i32 %175, 1
  %190 = icmp eq i32 %189, 1000
  br i1 %190, label %172, label %174, !llvm.loop !29
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #9

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN7IoErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  store ptr getelementptr inbounds inrange(-16, 24) (i8, ptr @_ZTV7IoError, i64 16), ptr %0, align 8, !tbaa !12
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !17
  %4 = getelementptr inbounds i8, ptr %0, i64 32
  %5 = icmp eq ptr %3, %4
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i64, ptr %4, align 8, !tbaa !21
  %8 = add i64 %7, 1
  tail call void @_ZdlPvm(ptr noundef %3, i64 noundef %8) #17
  br label %9

9:                                                ; preds = %1, %6
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 48) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK7IoError4kindEv(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #6 comdat {
  ret ptr @.str.7
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #11

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN10ParseErrorD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat {
  tail call void @_ZdlPvm(ptr noundef nonnull %0, i64 noundef 16) #17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local noundef ptr @_ZNK10ParseError4kindEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat {
  ret ptr @.str.8
}

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #12

declare ptr @__cxa_get_exception_ptr(ptr) local_unnamed_addr

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2ERKS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #4

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #1

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #14

attributes #0 = { mustprogress noinline uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nofree nosync nounwind memory(none) }
attributes #13 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { nounwind }
attributes #16 = { noreturn }
attributes #17 = { builtin nounwind }
attributes #18 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !7, i64 8}
!11 = !{!"_ZTS8AppError", !7, i64 8}
!12 = !{!13, !13, i64 0}
!13 = !{!"vtable pointer", !9, i64 0}
!14 = !{!15, !16, i64 0}
!15 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !16, i64 0}
!16 = !{!"any pointer", !8, i64 0}
!17 = !{!18, !16, i64 0}
!18 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !15, i64 0, !19, i64 8, !8, i64 16}
!19 = !{!"long", !8, i64 0}
!20 = !{!18, !19, i64 8}
!21 = !{!8, !8, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"double", !8, i64 0}
!24 = !{!19, !19, i64 0}
!25 = distinct !{!25, !26}
!26 = !{!"llvm.loop.mustprogress"}
!27 = !{!28, !7, i64 12}
!28 = !{!"_ZTS10ParseError", !11, i64 0, !7, i64 12}
!29 = distinct !{!29, !26}
