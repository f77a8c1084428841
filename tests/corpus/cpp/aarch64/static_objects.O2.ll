; ModuleID = 'static_objects.cpp'
source_filename = "static_objects.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.Named = type { %"class.std::__cxx11::basic_string" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl" }
%"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl" = type { %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data" }
%"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data" = type { ptr, ptr, ptr }

$_ZN5NamedC2EPKc = comdat any

$_ZN5NamedD2Ev = comdat any

$_ZNSt6vectorIiSaIiEED2Ev = comdat any

$_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_ = comdat any

@first = dso_local global %struct.Named zeroinitializer, align 8
@.str = private unnamed_addr constant [6 x i8] c"first\00", align 1
@__dso_handle = external hidden global i8
@_ZL6second = internal global %struct.Named zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [7 x i8] c"second\00", align 1
@_ZN5inner5thirdE = dso_local global %struct.Named zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [6 x i8] c"third\00", align 1
@table = dso_local global %"class.std::vector" zeroinitializer, align 8
@computed = dso_local local_unnamed_addr global i32 0, align 4
@.str.8 = private unnamed_addr constant [43 x i8] c"main starts, computed = %d, table[4] = %d\0A\00", align 1
@_ZZ4mainE7in_main = internal global %struct.Named zeroinitializer, align 8
@_ZGVZ4mainE7in_main = internal global i64 0, align 8
@.str.9 = private unnamed_addr constant [15 x i8] c"static in main\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"%s %s %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [14 x i8] c"construct %s\0A\00", align 1
@.str.12 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"destroy %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZZL4lazyiE1a = internal global %struct.Named zeroinitializer, align 8
@_ZGVZL4lazyiE1a = internal global i64 0, align 8
@.str.17 = private unnamed_addr constant [7 x i8] c"lazy A\00", align 1
@_ZZL4lazyiE1b = internal global %struct.Named zeroinitializer, align 8
@_ZGVZL4lazyiE1b = internal global i64 0, align 8
@.str.18 = private unnamed_addr constant [7 x i8] c"lazy B\00", align 1
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_static_objects.cpp, ptr null }]
@str = private unnamed_addr constant [25 x i8] c"lambda-initialized table\00", align 1
@str.20 = private unnamed_addr constant [25 x i8] c"exit(3) from deep inside\00", align 1
@str.21 = private unnamed_addr constant [17 x i8] c"atexit handler 1\00", align 1
@str.22 = private unnamed_addr constant [17 x i8] c"atexit handler 2\00", align 1

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #0 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !6
  %5 = icmp eq ptr %1, null
  br i1 %5, label %6, label %7

6:                                                ; preds = %2
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.12) #18
  unreachable

7:                                                ; preds = %2
  %8 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #19
  store i64 %8, ptr %3, align 8, !tbaa !11
  %9 = icmp ugt i64 %8, 15
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
  store ptr %11, ptr %0, align 8, !tbaa !13
  %12 = load i64, ptr %3, align 8, !tbaa !11
  store i64 %12, ptr %4, align 8, !tbaa !15
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi ptr [ %11, %10 ], [ %4, %7 ]
  switch i64 %8, label %17 [
    i64 1, label %15
    i64 0, label %18
  ]

15:                                               ; preds = %13
  %16 = load i8, ptr %1, align 1, !tbaa !15
  store i8 %16, ptr %14, align 1, !tbaa !15
  br label %18

17:                                               ; preds = %13
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr nonnull align 1 %1, i64 %8, i1 false)
  br label %18

18:                                               ; preds = %17, %15, %13
  %19 = load i64, ptr %3, align 8, !tbaa !11
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %19, ptr %20, align 8, !tbaa !16
  %21 = load ptr, ptr %0, align 8, !tbaa !13
  %22 = getelementptr inbounds i8, ptr %21, i64 %19
  store i8 0, ptr %22, align 1, !tbaa !15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #19
  %23 = load ptr, ptr %0, align 8, !tbaa !13
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %23)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #1 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !13
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %2)
  %4 = load ptr, ptr %0, align 8, !tbaa !13
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %10, label %7

7:                                                ; preds = %1
  %8 = load i64, ptr %5, align 8, !tbaa !15
  %9 = add i64 %8, 1
  tail call void @_ZdlPvm(ptr noundef %4, i64 noundef %9) #20
  br label %10

10:                                               ; preds = %1, %7
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !17
  %3 = icmp eq ptr %2, null
  br i1 %3, label %10, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !19
  %7 = ptrtoint ptr %6 to i64
  %8 = ptrtoint ptr %2 to i64
  %9 = sub i64 %7, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef %9) #20
  br label %10

10:                                               ; preds = %1, %4
  ret void
}

; Function Attrs: mustprogress noinline noreturn nounwind uwtable
define dso_local void @_Z4deepi(i32 %0) local_unnamed_addr #4 {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.20)
  tail call void @exit(i32 noundef 3) #21
  unreachable
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #6

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr nocapture noundef readnone %1) local_unnamed_addr #7 personality ptr @__gxx_personality_v0 {
  %3 = load i32, ptr @computed, align 4, !tbaa !20
  %4 = load ptr, ptr @table, align 8, !tbaa !17
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load i32, ptr %5, align 4, !tbaa !20
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %3, i32 noundef %6)
  %8 = tail call i32 @atexit(ptr noundef nonnull @_ZL8handler1v) #19
  %9 = load atomic i8, ptr @_ZGVZL4lazyiE1b acquire, align 8
  %10 = and i8 %9, 1
  %11 = icmp eq i8 %10, 0
  br i1 %11, label %12, label %23, !prof !22

12:                                               ; preds = %2
  %13 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1b) #19
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %23, label %15

15:                                               ; preds = %12
  invoke void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1b, ptr noundef nonnull @.str.18)
          to label %21 unwind label %19

16:                                               ; preds = %65, %43, %31, %19
  %17 = phi ptr [ @_ZGVZ4mainE7in_main, %65 ], [ @_ZGVZL4lazyiE1b, %43 ], [ @_ZGVZL4lazyiE1a, %31 ], [ @_ZGVZL4lazyiE1b, %19 ]
  %18 = phi { ptr, i32 } [ %66, %65 ], [ %44, %43 ], [ %32, %31 ], [ %20, %19 ]
  tail call void @__cxa_guard_abort(ptr nonnull %17) #19
  resume { ptr, i32 } %18

19:                                               ; preds = %15
  %20 = landingpad { ptr, i32 }
          cleanup
  br label %16

21:                                               ; preds = %15
  %22 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1b, ptr nonnull @__dso_handle) #19
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1b) #19
  br label %23

23:                                               ; preds = %2, %12, %21
  %24 = load atomic i8, ptr @_ZGVZL4lazyiE1a acquire, align 8
  %25 = and i8 %24, 1
  %26 = icmp eq i8 %25, 0
  br i1 %26, label %27, label %35, !prof !22

27:                                               ; preds = %23
  %28 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1a) #19
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %35, label %30

30:                                               ; preds = %27
  invoke void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1a, ptr noundef nonnull @.str.17)
          to label %33 unwind label %31

31:                                               ; preds = %30
  %32 = landingpad { ptr, i32 }
          cleanup
  br label %16

33:                                               ; preds = %30
  %34 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1a, ptr nonnull @__dso_handle) #19
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1a) #19
  br label %35

35:                                               ; preds = %23, %27, %33
  %36 = load atomic i8, ptr @_ZGVZL4lazyiE1b acquire, align 8
  %37 = and i8 %36, 1
  %38 = icmp eq i8 %37, 0
  br i1 %38, label %39, label %47, !prof !22

39:                                               ; preds = %35
  %40 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1b) #19
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %47, label %42

42:                                               ; preds = %39
  invoke void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1b, ptr noundef nonnull @.str.18)
          to label %45 unwind label %43

43:                                               ; preds = %42
  %44 = landingpad { ptr, i32 }
          cleanup
  br label %16

45:                                               ; preds = %42
  %46 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1b, ptr nonnull @__dso_handle) #19
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1b) #19
  br label %47

47:                                               ; preds = %35, %39, %45
  %48 = tail call i32 @atexit(ptr noundef nonnull @_ZL8handler2v) #19
  %49 = load atomic i8, ptr @_ZGVZ4mainE7in_main acquire, align 8
  %50 = and i8 %49, 1
  %51 = icmp eq i8 %50, 0
  br i1 %51, label %52, label %58, !prof !22

52:                                               ; preds = %47
  %53 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZ4mainE7in_main) #19
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %58, label %55

55:                                               ; preds = %52
  invoke void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZ4mainE7in_main, ptr noundef nonnull @.str.9)
          to label %56 unwind label %65

56:                                               ; preds = %55
  %57 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZ4mainE7in_main, ptr nonnull @__dso_handle) #19
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZ4mainE7in_main) #19
  br label %58

58:                                               ; preds = %56, %52, %47
  %59 = load ptr, ptr @first, align 8, !tbaa !13
  %60 = load ptr, ptr @_ZL6second, align 8, !tbaa !13
  %61 = load ptr, ptr @_ZN5inner5thirdE, align 8, !tbaa !13
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %59, ptr noundef %60, ptr noundef %61)
  %63 = icmp sgt i32 %0, 0
  br i1 %63, label %64, label %67

64:                                               ; preds = %58
  tail call void @_Z4deepi(i32 poison)
  unreachable

65:                                               ; preds = %55
  %66 = landingpad { ptr, i32 }
          cleanup
  br label %16

67:                                               ; preds = %58
  ret i32 0
}

; Function Attrs: nofree nounwind
declare i32 @atexit(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL8handler1v() #8 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.21)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL8handler2v() #8 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #2

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nounwind
declare void @__cxa_guard_abort(ptr) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare void @__cxa_guard_release(ptr) local_unnamed_addr #2

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #10

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #12

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #13

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 4 dereferenceable(4) %2) local_unnamed_addr #0 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !23
  %7 = load ptr, ptr %0, align 8, !tbaa !24
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775804
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.15) #18
  unreachable

13:                                               ; preds = %3
  %14 = ashr exact i64 %10, 2
  %15 = tail call i64 @llvm.umax.i64(i64 %14, i64 1)
  %16 = add nsw i64 %15, %14
  %17 = icmp ult i64 %16, %14
  %18 = tail call i64 @llvm.umin.i64(i64 %16, i64 2305843009213693951)
  %19 = select i1 %17, i64 2305843009213693951, i64 %18
  %20 = sub i64 %1, %9
  %21 = ashr exact i64 %20, 2
  %22 = icmp eq i64 %19, 0
  br i1 %22, label %26, label %23

23:                                               ; preds = %13
  %24 = shl nuw nsw i64 %19, 2
  %25 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %24) #22
  br label %26

26:                                               ; preds = %13, %23
  %27 = phi ptr [ %25, %23 ], [ null, %13 ]
  %28 = getelementptr inbounds i32, ptr %27, i64 %21
  %29 = load i32, ptr %2, align 4, !tbaa !20
  store i32 %29, ptr %28, align 4, !tbaa !20
  %30 = icmp sgt i64 %20, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %26
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %27, ptr align 4 %7, i64 %20, i1 false)
  br label %32

32:                                               ; preds = %26, %31
  %33 = getelementptr inbounds i8, ptr %27, i64 %20
  %34 = getelementptr inbounds i8, ptr %33, i64 4
  %35 = sub i64 %8, %1
  %36 = icmp sgt i64 %35, 0
  br i1 %36, label %37, label %38

37:                                               ; preds = %32
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %34, ptr align 4 %4, i64 %35, i1 false)
  br label %38

38:                                               ; preds = %32, %37
  %39 = getelementptr inbounds i8, ptr %0, i64 16
  %40 = icmp eq ptr %7, null
  br i1 %40, label %45, label %41

41:                                               ; preds = %38
  %42 = load ptr, ptr %39, align 8, !tbaa !19
  %43 = ptrtoint ptr %42 to i64
  %44 = sub i64 %43, %9
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %44) #20
  br label %45

45:                                               ; preds = %38, %41
  %46 = getelementptr inbounds i8, ptr %34, i64 %35
  store ptr %27, ptr %0, align 8, !tbaa !17
  store ptr %46, ptr %5, align 8, !tbaa !23
  %47 = getelementptr inbounds i32, ptr %27, i64 %19
  store ptr %47, ptr %39, align 8, !tbaa !19
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #14

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #12

; Function Attrs: uwtable
define internal void @_GLOBAL__sub_I_static_objects.cpp() #15 section ".text.startup" personality ptr @__gxx_personality_v0 {
  %1 = alloca i32, align 4
  store ptr getelementptr inbounds (i8, ptr @first, i64 16), ptr @first, align 8, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) getelementptr inbounds (i8, ptr @first, i64 16), ptr noundef nonnull align 1 dereferenceable(5) @.str, i64 5, i1 false)
  store i64 5, ptr getelementptr inbounds (i8, ptr @first, i64 8), align 8, !tbaa !16
  store i8 0, ptr getelementptr inbounds (i8, ptr @first, i64 21), align 1, !tbaa !15
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @first, i64 16))
  %3 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @first, ptr nonnull @__dso_handle) #19
  store ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 16), ptr @_ZL6second, align 8, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) getelementptr inbounds (i8, ptr @_ZL6second, i64 16), ptr noundef nonnull align 1 dereferenceable(6) @.str.2, i64 6, i1 false)
  store i64 6, ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 8), align 8, !tbaa !16
  store i8 0, ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 22), align 2, !tbaa !15
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @_ZL6second, i64 16))
  %5 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZL6second, ptr nonnull @__dso_handle) #19
  store ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16), ptr @_ZN5inner5thirdE, align 8, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16), ptr noundef nonnull align 1 dereferenceable(5) @.str.4, i64 5, i1 false)
  store i64 5, ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 8), align 8, !tbaa !16
  store i8 0, ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 21), align 1, !tbaa !15
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16))
  %7 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZN5inner5thirdE, ptr nonnull @__dso_handle) #19
  %8 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @table, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #19
  %9 = invoke noalias noundef nonnull dereferenceable(4) ptr @_Znwm(i64 noundef 4) #22
          to label %10 unwind label %43

10:                                               ; preds = %0
  store i32 0, ptr %9, align 4, !tbaa !20
  %11 = getelementptr inbounds i8, ptr %9, i64 4
  store ptr %9, ptr @table, align 8, !tbaa !17
  store ptr %11, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !23
  store ptr %11, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #19
  store i32 1, ptr %1, align 4, !tbaa !20
  %12 = ptrtoint ptr %11 to i64
  invoke void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @table, i64 %12, ptr noundef nonnull align 4 dereferenceable(4) %1)
          to label %13 unwind label %43

13:                                               ; preds = %10
  %14 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !24
  %15 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !19
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #19
  store i32 4, ptr %1, align 4, !tbaa !20
  %16 = icmp eq ptr %14, %15
  br i1 %16, label %19, label %17

17:                                               ; preds = %13
  store i32 4, ptr %14, align 4, !tbaa !20
  %18 = getelementptr inbounds i8, ptr %14, i64 4
  store ptr %18, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !23
  br label %24

19:                                               ; preds = %13
  %20 = ptrtoint ptr %14 to i64
  invoke void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @table, i64 %20, ptr noundef nonnull align 4 dereferenceable(4) %1)
          to label %21 unwind label %43

21:                                               ; preds = %19
  %22 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !24
  %23 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !19
  br label %24

24:                                               ; preds = %21, %17
  %25 = phi ptr [ %23, %21 ], [ %15, %17 ]
  %26 = phi ptr [ %22, %21 ], [ %18, %17 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #19
  store i32 9, ptr %1, align 4, !tbaa !20
  %27 = icmp eq ptr %26, %25
  br i1 %27, label %30, label %28

28:                                               ; preds = %24
  store i32 9, ptr %26, align 4, !tbaa !20
  %29 = getelementptr inbounds i8, ptr %26, i64 4
  store ptr %29, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !23
  br label %35

30:                                               ; preds = %24
  %31 = ptrtoint ptr %25 to i64
  invoke void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @table, i64 %31, ptr noundef nonnull align 4 dereferenceable(4) %1)
          to label %32 unwind label %43

32:                                               ; preds = %30
  %33 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !24
  %34 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !19
  br label %35

35:                                               ; preds = %32, %28
  %36 = phi ptr [ %34, %32 ], [ %25, %28 ]
  %37 = phi ptr [ %33, %32 ], [ %29, %28 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #19
  store i32 16, ptr %1, align 4, !tbaa !20
  %38 = icmp eq ptr %37, %36
  br i1 %38, label %41, label %39

39:                                               ; preds = %35
  store i32 16, ptr %37, align 4, !tbaa !20
  %40 = getelementptr inbounds i8, ptr %37, i64 4
  store ptr %40, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !23
  br label %53

41:                                               ; preds = %35
  %42 = ptrtoint ptr %36 to i64
  invoke void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) @table, i64 %42, ptr noundef nonnull align 4 dereferenceable(4) %1)
          to label %53 unwind label %43

43:                                               ; preds = %41, %30, %19, %10, %0
  %44 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  %45 = load ptr, ptr @table, align 8, !tbaa !17
  %46 = icmp eq ptr %45, null
  br i1 %46, label %52, label %47

47:                                               ; preds = %43
  %48 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !19
  %49 = ptrtoint ptr %48 to i64
  %50 = ptrtoint ptr %45 to i64
  %51 = sub i64 %49, %50
  call void @_ZdlPvm(ptr noundef nonnull %45, i64 noundef %51) #20
  br label %52

52:                                               ; preds = %47, %43
  resume { ptr, i32 } %44

53:                                               ; preds = %39, %41
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #19
  %54 = call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorIiSaIiEED2Ev, ptr nonnull @table, ptr nonnull @__dso_handle) #19
  %55 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !23
  %56 = load ptr, ptr @table, align 8, !tbaa !17
  %57 = ptrtoint ptr %55 to i64
  %58 = ptrtoint ptr %56 to i64
  %59 = sub i64 %57, %58
  %60 = lshr exact i64 %59, 2
  %61 = trunc i64 %60 to i32
  %62 = mul nsw i32 %61, 10
  %63 = load i64, ptr getelementptr inbounds (i8, ptr @first, i64 8), align 8, !tbaa !16
  %64 = trunc i64 %63 to i32
  %65 = add nsw i32 %62, %64
  store i32 %65, ptr @computed, align 4, !tbaa !20
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #17

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #17

attributes #0 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { noreturn nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nofree nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #14 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #18 = { noreturn }
attributes #19 = { nounwind }
attributes #20 = { builtin nounwind }
attributes #21 = { noreturn nounwind }
attributes #22 = { builtin allocsize(0) }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !9, i64 0}
!13 = !{!14, !8, i64 0}
!14 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !7, i64 0, !12, i64 8, !9, i64 16}
!15 = !{!9, !9, i64 0}
!16 = !{!14, !12, i64 8}
!17 = !{!18, !8, i64 0}
!18 = !{!"_ZTSNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataE", !8, i64 0, !8, i64 8, !8, i64 16}
!19 = !{!18, !8, i64 16}
!20 = !{!21, !21, i64 0}
!21 = !{!"int", !9, i64 0}
!22 = !{!"branch_weights", i32 1, i32 1048575}
!23 = !{!18, !8, i64 8}
!24 = !{!8, !8, i64 0}
