; ModuleID = 'static_objects.cpp'
source_filename = "static_objects.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) unnamed_addr #0 comdat align 2 {
  %3 = alloca i64, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  store ptr %4, ptr %0, align 8, !tbaa !5
  %5 = icmp eq ptr %1, null
  br i1 %5, label %6, label %7

6:                                                ; preds = %2
  tail call void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.12) #17
  unreachable

7:                                                ; preds = %2
  %8 = tail call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #18
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #18
  store i64 %8, ptr %3, align 8, !tbaa !10
  %9 = icmp ugt i64 %8, 15
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0) #18
  store ptr %11, ptr %0, align 8, !tbaa !12
  %12 = load i64, ptr %3, align 8, !tbaa !10
  store i64 %12, ptr %4, align 8, !tbaa !14
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi ptr [ %11, %10 ], [ %4, %7 ]
  switch i64 %8, label %17 [
    i64 1, label %15
    i64 0, label %18
  ]

15:                                               ; preds = %13
  %16 = load i8, ptr %1, align 1, !tbaa !14
  store i8 %16, ptr %14, align 1, !tbaa !14
  br label %18

17:                                               ; preds = %13
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr nonnull align 1 %1, i64 %8, i1 false)
  br label %18

18:                                               ; preds = %13, %15, %17
  %19 = load i64, ptr %3, align 8, !tbaa !10
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %19, ptr %20, align 8, !tbaa !15
  %21 = load ptr, ptr %0, align 8, !tbaa !12
  %22 = getelementptr inbounds i8, ptr %21, i64 %19
  store i8 0, ptr %22, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #18
  %23 = load ptr, ptr %0, align 8, !tbaa !12
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %23)
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN5NamedD2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #0 comdat align 2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !12
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %2)
  %4 = load ptr, ptr %0, align 8, !tbaa !12
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = icmp eq ptr %4, %5
  br i1 %6, label %10, label %7

7:                                                ; preds = %1
  %8 = load i64, ptr %5, align 8, !tbaa !14
  %9 = add i64 %8, 1
  tail call void @_ZdlPvm(ptr noundef %4, i64 noundef %9) #19
  br label %10

10:                                               ; preds = %1, %7
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #0 comdat align 2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !16
  %3 = icmp eq ptr %2, null
  br i1 %3, label %10, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !18
  %7 = ptrtoint ptr %6 to i64
  %8 = ptrtoint ptr %2 to i64
  %9 = sub i64 %7, %8
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef %9) #19
  br label %10

10:                                               ; preds = %1, %4
  ret void
}

; Function Attrs: mustprogress noinline noreturn nounwind uwtable
define dso_local void @_Z4deepi(i32 %0) local_unnamed_addr #3 {
  %2 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.20)
  tail call void @exit(i32 noundef 3) #17
  unreachable
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #5

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr nocapture noundef readnone %1) local_unnamed_addr #6 {
  %3 = load i32, ptr @computed, align 4, !tbaa !19
  %4 = load ptr, ptr @table, align 8, !tbaa !16
  %5 = getelementptr inbounds i8, ptr %4, i64 16
  %6 = load i32, ptr %5, align 4, !tbaa !19
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %3, i32 noundef %6)
  %8 = tail call i32 @atexit(ptr noundef nonnull @_ZL8handler1v) #18
  %9 = load atomic i8, ptr @_ZGVZL4lazyiE1b acquire, align 8
  %10 = icmp eq i8 %9, 0
  br i1 %10, label %11, label %16, !prof !21

11:                                               ; preds = %2
  %12 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1b) #18
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %16, label %14

14:                                               ; preds = %11
  tail call void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1b, ptr noundef nonnull @.str.18)
  %15 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1b, ptr nonnull @__dso_handle) #18
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1b) #18
  br label %16

16:                                               ; preds = %2, %11, %14
  %17 = load atomic i8, ptr @_ZGVZL4lazyiE1a acquire, align 8
  %18 = icmp eq i8 %17, 0
  br i1 %18, label %19, label %24, !prof !21

19:                                               ; preds = %16
  %20 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1a) #18
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %19
  tail call void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1a, ptr noundef nonnull @.str.17)
  %23 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1a, ptr nonnull @__dso_handle) #18
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1a) #18
  br label %24

24:                                               ; preds = %16, %19, %22
  %25 = load atomic i8, ptr @_ZGVZL4lazyiE1b acquire, align 8
  %26 = icmp eq i8 %25, 0
  br i1 %26, label %27, label %32, !prof !21

27:                                               ; preds = %24
  %28 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZL4lazyiE1b) #18
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %32, label %30

30:                                               ; preds = %27
  tail call void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZL4lazyiE1b, ptr noundef nonnull @.str.18)
  %31 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZL4lazyiE1b, ptr nonnull @__dso_handle) #18
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZL4lazyiE1b) #18
  br label %32

32:                                               ; preds = %24, %27, %30
  %33 = tail call i32 @atexit(ptr noundef nonnull @_ZL8handler2v) #18
  %34 = load atomic i8, ptr @_ZGVZ4mainE7in_main acquire, align 8
  %35 = icmp eq i8 %34, 0
  br i1 %35, label %36, label %41, !prof !21

36:                                               ; preds = %32
  %37 = tail call i32 @__cxa_guard_acquire(ptr nonnull @_ZGVZ4mainE7in_main) #18
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %41, label %39

39:                                               ; preds = %36
  tail call void @_ZN5NamedC2EPKc(ptr noundef nonnull align 8 dereferenceable(32) @_ZZ4mainE7in_main, ptr noundef nonnull @.str.9)
  %40 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZZ4mainE7in_main, ptr nonnull @__dso_handle) #18
  tail call void @__cxa_guard_release(ptr nonnull @_ZGVZ4mainE7in_main) #18
  br label %41

41:                                               ; preds = %39, %36, %32
  %42 = load ptr, ptr @first, align 8, !tbaa !12
  %43 = load ptr, ptr @_ZL6second, align 8, !tbaa !12
  %44 = load ptr, ptr @_ZN5inner5thirdE, align 8, !tbaa !12
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %42, ptr noundef %43, ptr noundef %44)
  %46 = icmp sgt i32 %0, 0
  br i1 %46, label %47, label %48

47:                                               ; preds = %41
  tail call void @_Z4deepi(i32 poison)
  unreachable

48:                                               ; preds = %41
  ret i32 0
}

; Function Attrs: nofree nounwind
declare i32 @atexit(ptr noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL8handler1v() #7 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.21)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL8handler2v() #7 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.22)
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_guard_acquire(ptr) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare void @__cxa_guard_release(ptr) local_unnamed_addr #1

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #9

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #11

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #12

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #13

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #11

; Function Attrs: nounwind uwtable
define internal void @_GLOBAL__sub_I_static_objects.cpp() #14 section ".text.startup" {
  store ptr getelementptr inbounds (i8, ptr @first, i64 16), ptr @first, align 8, !tbaa !5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) getelementptr inbounds (i8, ptr @first, i64 16), ptr noundef nonnull align 1 dereferenceable(5) @.str, i64 5, i1 false)
  store i64 5, ptr getelementptr inbounds (i8, ptr @first, i64 8), align 8, !tbaa !15
  store i8 0, ptr getelementptr inbounds (i8, ptr @first, i64 21), align 1, !tbaa !14
  %1 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @first, i64 16))
  %2 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @first, ptr nonnull @__dso_handle) #18
  store ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 16), ptr @_ZL6second, align 8, !tbaa !5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) getelementptr inbounds (i8, ptr @_ZL6second, i64 16), ptr noundef nonnull align 1 dereferenceable(6) @.str.2, i64 6, i1 false)
  store i64 6, ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 8), align 8, !tbaa !15
  store i8 0, ptr getelementptr inbounds (i8, ptr @_ZL6second, i64 22), align 2, !tbaa !14
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @_ZL6second, i64 16))
  %4 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZL6second, ptr nonnull @__dso_handle) #18
  store ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16), ptr @_ZN5inner5thirdE, align 8, !tbaa !5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16), ptr noundef nonnull align 1 dereferenceable(5) @.str.4, i64 5, i1 false)
  store i64 5, ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 8), align 8, !tbaa !15
  store i8 0, ptr getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 21), align 1, !tbaa !14
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull getelementptr inbounds (i8, ptr @_ZN5inner5thirdE, i64 16))
  %6 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN5NamedD2Ev, ptr nonnull @_ZN5inner5thirdE, ptr nonnull @__dso_handle) #18
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) @table, i8 0, i64 24, i1 false)
  br label %8

8:                                                ; preds = %46, %0
  %9 = phi ptr [ null, %0 ], [ %47, %46 ]
  %10 = phi ptr [ null, %0 ], [ %48, %46 ]
  %11 = phi ptr [ null, %0 ], [ %49, %46 ]
  %12 = phi i32 [ 0, %0 ], [ %50, %46 ]
  %13 = mul nuw nsw i32 %12, %12
  %14 = icmp eq ptr %11, %10
  br i1 %14, label %17, label %15

15:                                               ; preds = %8
  store i32 %13, ptr %11, align 4, !tbaa !19
  %16 = getelementptr inbounds i8, ptr %11, i64 4
  store ptr %16, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !22
  br label %46

17:                                               ; preds = %8
  %18 = ptrtoint ptr %10 to i64
  %19 = ptrtoint ptr %9 to i64
  %20 = sub i64 %18, %19
  %21 = icmp eq i64 %20, 9223372036854775804
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.15) #17
  unreachable

23:                                               ; preds = %17
  %24 = ashr exact i64 %20, 2
  %25 = tail call i64 @llvm.umax.i64(i64 %24, i64 1)
  %26 = add nsw i64 %25, %24
  %27 = icmp ult i64 %26, %24
  %28 = tail call i64 @llvm.umin.i64(i64 %26, i64 2305843009213693951)
  %29 = select i1 %27, i64 2305843009213693951, i64 %28
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %34, label %31

31:                                               ; preds = %23
  %32 = shl nuw nsw i64 %29, 2
  %33 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %32) #20
  br label %34

34:                                               ; preds = %31, %23
  %35 = phi ptr [ %33, %31 ], [ null, %23 ]
  %36 = getelementptr inbounds i32, ptr %35, i64 %24
  store i32 %13, ptr %36, align 4, !tbaa !19
  %37 = icmp sgt i64 %20, 0
  br i1 %37, label %38, label %39

38:                                               ; preds = %34
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %35, ptr align 4 %9, i64 %20, i1 false)
  br label %39

39:                                               ; preds = %38, %34
  %40 = getelementptr inbounds i8, ptr %35, i64 %20
  %41 = getelementptr inbounds i8, ptr %40, i64 4
  %42 = icmp eq ptr %9, null
  br i1 %42, label %44, label %43

43:                                               ; preds = %39
  tail call void @_ZdlPvm(ptr noundef nonnull %9, i64 noundef %20) #19
  br label %44

44:                                               ; preds = %43, %39
  store ptr %35, ptr @table, align 8, !tbaa !16
  store ptr %41, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !22
  %45 = getelementptr inbounds i32, ptr %35, i64 %29
  store ptr %45, ptr getelementptr inbounds (i8, ptr @table, i64 16), align 8, !tbaa !18
  br label %46

46:                                               ; preds = %44, %15
  %47 = phi ptr [ %9, %15 ], [ %35, %44 ]
  %48 = phi ptr [ %10, %15 ], [ %45, %44 ]
  %49 = phi ptr [ %16, %15 ], [ %41, %44 ]
  %50 = add nuw nsw i32 %12, 1
  %51 = icmp eq i32 %50, 5
  br i1 %51, label %52, label %8, !llvm.loop !23

52:                                               ; preds = %46
  %53 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt6vectorIiSaIiEED2Ev, ptr nonnull @table, ptr nonnull @__dso_handle) #18
  %54 = load ptr, ptr getelementptr inbounds (i8, ptr @table, i64 8), align 8, !tbaa !22
  %55 = load ptr, ptr @table, align 8, !tbaa !16
  %56 = ptrtoint ptr %54 to i64
  %57 = ptrtoint ptr %55 to i64
  %58 = sub i64 %56, %57
  %59 = lshr exact i64 %58, 2
  %60 = trunc i64 %59 to i32
  %61 = mul nsw i32 %60, 10
  %62 = load i64, ptr getelementptr inbounds (i8, ptr @first, i64 8), align 8, !tbaa !15
  %63 = trunc i64 %62 to i32
  %64 = add nsw i32 %61, %63
  store i32 %64, ptr @computed, align 4, !tbaa !19
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #16

attributes #0 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress noinline noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #16 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { noreturn nounwind }
attributes #18 = { nounwind }
attributes #19 = { builtin nounwind }
attributes #20 = { builtin nounwind allocsize(0) }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !8, i64 0}
!12 = !{!13, !7, i64 0}
!13 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !6, i64 0, !11, i64 8, !8, i64 16}
!14 = !{!8, !8, i64 0}
!15 = !{!13, !11, i64 8}
!16 = !{!17, !7, i64 0}
!17 = !{!"_ZTSNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataE", !7, i64 0, !7, i64 8, !7, i64 16}
!18 = !{!17, !7, i64 16}
!19 = !{!20, !20, i64 0}
!20 = !{!"int", !8, i64 0}
!21 = !{!"branch_weights", i32 1, i32 1048575}
!22 = !{!17, !7, i64 8}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
