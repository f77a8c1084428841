; ModuleID = 'exc_cleanup.cpp'
source_filename = "exc_cleanup.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.1" }
%"struct.std::_Head_base.1" = type { ptr }
%struct.Fails = type { %struct.Noisy, %struct.Noisy }
%struct.Noisy = type { ptr }
%struct.Counted = type { i32 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::unique_ptr<Noisy>, std::allocator<std::unique_ptr<Noisy>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::unique_ptr<Noisy>, std::allocator<std::unique_ptr<Noisy>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::unique_ptr<Noisy>, std::allocator<std::unique_ptr<Noisy>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::unique_ptr<Noisy>, std::allocator<std::unique_ptr<Noisy>>>::_Vector_impl_data" = type { ptr, ptr, ptr }

$_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev = comdat any

$_ZN5FailsC2Eb = comdat any

$_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE9push_backEOS4_ = comdat any

$_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_ = comdat any

@_ZN7Counted4madeE = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [13 x i8] c"level3 local\00", align 1
@_ZTIi = external constant ptr
@.str.2 = private unnamed_addr constant [13 x i8] c"level2 local\00", align 1
@.str.3 = private unnamed_addr constant [25 x i8] c"level2 heap (unique_ptr)\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"level1 local\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"level1 inner scope\00", align 1
@.str.8 = private unnamed_addr constant [28 x i8] c"caught %d, live objects %d\0A\00", align 1
@_ZL4live = internal unnamed_addr global i32 0, align 4
@_ZTISt9exception = external constant ptr
@.str.10 = private unnamed_addr constant [30 x i8] c"caught '%s', live objects %d\0A\00", align 1
@_ZTISt12length_error = external constant ptr
@.str.13 = private unnamed_addr constant [16 x i8] c"not reached %d\0A\00", align 1
@.str.14 = private unnamed_addr constant [13 x i8] c"caught '%s'\0A\00", align 1
@_ZTISt13runtime_error = external constant ptr
@.str.16 = private unnamed_addr constant [3 x i8] c"v0\00", align 1
@.str.17 = private unnamed_addr constant [3 x i8] c"v1\00", align 1
@.str.18 = private unnamed_addr constant [22 x i8] c"leaving with a vector\00", align 1
@.str.19 = private unnamed_addr constant [8 x i8] c"  + %s\0A\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"  - %s\0A\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"Fails::a\00", align 1
@.str.22 = private unnamed_addr constant [9 x i8] c"Fails::b\00", align 1
@.str.24 = private unnamed_addr constant [19 x i8] c"constructor failed\00", align 1
@.str.26 = private unnamed_addr constant [15 x i8] c"fourth element\00", align 1
@.str.27 = private unnamed_addr constant [15 x i8] c"  ~Counted %d\0A\00", align 1
@.str.28 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@str = private unnamed_addr constant [17 x i8] c"  level3 returns\00", align 1
@str.29 = private unnamed_addr constant [10 x i8] c"no throw:\00", align 1
@str.30 = private unnamed_addr constant [19 x i8] c"throw from level3:\00", align 1
@str.31 = private unnamed_addr constant [20 x i8] c"constructor throws:\00", align 1
@str.32 = private unnamed_addr constant [22 x i8] c"constructor succeeds:\00", align 1
@str.33 = private unnamed_addr constant [34 x i8] c"array element constructor throws:\00", align 1
@str.34 = private unnamed_addr constant [34 x i8] c"vector growth keeps its elements:\00", align 1
@str.35 = private unnamed_addr constant [13 x i8] c"  Fails body\00", align 1
@str.36 = private unnamed_addr constant [40 x i8] c"  ~Fails (not for a failed constructor)\00", align 1

; Function Attrs: mustprogress noinline uwtable
define dso_local void @_Z6level3i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @_ZL4live, align 4, !tbaa !6
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str)
  %5 = icmp sgt i32 %0, 2
  br i1 %5, label %6, label %13

6:                                                ; preds = %1
  %7 = tail call ptr @__cxa_allocate_exception(i64 4) #16
  store i32 %0, ptr %7, align 16, !tbaa !6
  invoke void @__cxa_throw(ptr nonnull %7, ptr nonnull @_ZTIi, ptr null) #17
          to label %18 unwind label %8

8:                                                ; preds = %6
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %11 = add nsw i32 %10, -1
  store i32 %11, ptr @_ZL4live, align 4, !tbaa !6
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str)
  resume { ptr, i32 } %9

13:                                               ; preds = %1
  %14 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %15 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %16 = add nsw i32 %15, -1
  store i32 %16, ptr @_ZL4live, align 4, !tbaa !6
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str)
  ret void

18:                                               ; preds = %6
  unreachable
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress noinline uwtable
define dso_local void @_Z6level2i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"class.std::unique_ptr", align 8
  %3 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @_ZL4live, align 4, !tbaa !6
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #16
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  %6 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %7 unwind label %19

7:                                                ; preds = %1
  store ptr @.str.3, ptr %6, align 8, !tbaa !13, !noalias !10
  %8 = load i32, ptr @_ZL4live, align 4, !tbaa !6, !noalias !10
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @_ZL4live, align 4, !tbaa !6, !noalias !10
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.3), !noalias !10
  store ptr %6, ptr %2, align 8, !tbaa !16, !alias.scope !10
  invoke void @_Z6level3i(i32 noundef %0)
          to label %11 unwind label %21

11:                                               ; preds = %7
  %12 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %13 = add nsw i32 %12, -1
  store i32 %13, ptr @_ZL4live, align 4, !tbaa !6
  %14 = load ptr, ptr %6, align 8, !tbaa !13
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %14)
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 8) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #16
  %16 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %17 = add nsw i32 %16, -1
  store i32 %17, ptr @_ZL4live, align 4, !tbaa !6
  %18 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.2)
  ret void

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          cleanup
  br label %23

21:                                               ; preds = %7
  %22 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %2) #16
  br label %23

23:                                               ; preds = %21, %19
  %24 = phi { ptr, i32 } [ %22, %21 ], [ %20, %19 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #16
  %25 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr @_ZL4live, align 4, !tbaa !6
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.2)
  resume { ptr, i32 } %24
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !16
  %3 = icmp eq ptr %2, null
  br i1 %3, label %9, label %4

4:                                                ; preds = %1
  %5 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %6 = add nsw i32 %5, -1
  store i32 %6, ptr @_ZL4live, align 4, !tbaa !6
  %7 = load ptr, ptr %2, align 8, !tbaa !13
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %7)
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 8) #19
  br label %9

9:                                                ; preds = %4, %1
  store ptr null, ptr %0, align 8, !tbaa !16
  ret void
}

; Function Attrs: mustprogress noinline uwtable
define dso_local void @_Z6level1i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @_ZL4live, align 4, !tbaa !6
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.4)
  %5 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @_ZL4live, align 4, !tbaa !6
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.5)
  %8 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %9 = add nsw i32 %8, -1
  store i32 %9, ptr @_ZL4live, align 4, !tbaa !6
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.5)
  invoke void @_Z6level2i(i32 noundef %0)
          to label %11 unwind label %15

11:                                               ; preds = %1
  %12 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %13 = add nsw i32 %12, -1
  store i32 %13, ptr @_ZL4live, align 4, !tbaa !6
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.4)
  ret void

15:                                               ; preds = %1
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %18 = add nsw i32 %17, -1
  store i32 %18, ptr @_ZL4live, align 4, !tbaa !6
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.4)
  resume { ptr, i32 } %16
}

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.Fails, align 8
  %2 = alloca [6 x %struct.Counted], align 4
  %3 = alloca %"class.std::vector", align 8
  %4 = alloca %"class.std::unique_ptr", align 8
  %5 = alloca %"class.std::unique_ptr", align 8
  %6 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.29)
  tail call void @_Z6level1i(i32 noundef 1)
  %7 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.30)
  %8 = getelementptr inbounds i8, ptr %2, i64 4
  %9 = getelementptr inbounds i8, ptr %2, i64 8
  %10 = getelementptr inbounds i8, ptr %2, i64 12
  %11 = getelementptr inbounds i8, ptr %2, i64 16
  %12 = getelementptr inbounds i8, ptr %2, i64 20
  invoke void @_Z6level1i(i32 noundef 3)
          to label %24 unwind label %13

13:                                               ; preds = %0
  %14 = landingpad { ptr, i32 }
          catch ptr @_ZTIi
  %15 = extractvalue { ptr, i32 } %14, 1
  %16 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTIi) #16
  %17 = icmp eq i32 %15, %16
  br i1 %17, label %18, label %224

18:                                               ; preds = %13
  %19 = extractvalue { ptr, i32 } %14, 0
  %20 = tail call ptr @__cxa_begin_catch(ptr %19) #16
  %21 = load i32, ptr %20, align 4, !tbaa !6
  %22 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %21, i32 noundef %22)
  tail call void @__cxa_end_catch() #16
  br label %24

24:                                               ; preds = %0, %18
  %25 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.31)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #16
  invoke void @_ZN5FailsC2Eb(ptr noundef nonnull align 8 dereferenceable(16) %1, i1 noundef true)
          to label %26 unwind label %37

26:                                               ; preds = %24
  %27 = call i32 @puts(ptr nonnull dereferenceable(1) @str.36)
  %28 = getelementptr inbounds i8, ptr %1, i64 8
  %29 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %30 = add nsw i32 %29, -1
  store i32 %30, ptr @_ZL4live, align 4, !tbaa !6
  %31 = load ptr, ptr %28, align 8, !tbaa !13
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %31)
  %33 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr @_ZL4live, align 4, !tbaa !6
  %35 = load ptr, ptr %1, align 8, !tbaa !13
  %36 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %35)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #16
  br label %51

37:                                               ; preds = %24
  %38 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt9exception
  %39 = extractvalue { ptr, i32 } %38, 1
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #16
  %40 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #16
  %41 = icmp eq i32 %39, %40
  br i1 %41, label %42, label %224

42:                                               ; preds = %37
  %43 = extractvalue { ptr, i32 } %38, 0
  %44 = call ptr @__cxa_begin_catch(ptr %43) #16
  %45 = load ptr, ptr %44, align 8, !tbaa !17
  %46 = getelementptr inbounds i8, ptr %45, i64 16
  %47 = load ptr, ptr %46, align 8
  %48 = call noundef ptr %47(ptr noundef nonnull align 8 dereferenceable(8) %44) #16
  %49 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %48, i32 noundef %49)
  call void @__cxa_end_catch()
  br label %51

51:                                               ; preds = %42, %26
  %52 = call i32 @puts(ptr nonnull dereferenceable(1) @str.32)
  %53 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr @_ZL4live, align 4, !tbaa !6
  %55 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.21)
  %56 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr @_ZL4live, align 4, !tbaa !6
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.22)
  %59 = call i32 @puts(ptr nonnull dereferenceable(1) @str.35)
  %60 = call i32 @puts(ptr nonnull dereferenceable(1) @str.36)
  %61 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %62 = add nsw i32 %61, -1
  store i32 %62, ptr @_ZL4live, align 4, !tbaa !6
  %63 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.22)
  %64 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %65 = add nsw i32 %64, -1
  store i32 %65, ptr @_ZL4live, align 4, !tbaa !6
  %66 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.21)
  %67 = call i32 @puts(ptr nonnull dereferenceable(1) @str.33)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #16
  %68 = load i32, ptr @_ZN7Counted4madeE, align 4, !tbaa !6
  store i32 %68, ptr %2, align 4, !tbaa !19
  %69 = icmp eq i32 %68, 3
  br i1 %69, label %70, label %77

70:                                               ; preds = %89, %86, %83, %80, %77, %51
  %71 = phi ptr [ %2, %51 ], [ %8, %77 ], [ %9, %80 ], [ %10, %83 ], [ %11, %86 ], [ %12, %89 ]
  store i32 4, ptr @_ZN7Counted4madeE, align 4, !tbaa !6
  %72 = call ptr @__cxa_allocate_exception(i64 16) #16
  invoke void @_ZNSt12length_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %72, ptr noundef nonnull @.str.26)
          to label %73 unwind label %75

73:                                               ; preds = %70
  invoke void @__cxa_throw(ptr nonnull %72, ptr nonnull @_ZTISt12length_error, ptr nonnull @_ZNSt12length_errorD1Ev) #17
          to label %74 unwind label %112

74:                                               ; preds = %73
  unreachable

75:                                               ; preds = %70
  %76 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12length_error
  call void @__cxa_free_exception(ptr %72) #16
  br label %114

77:                                               ; preds = %51
  %78 = add nsw i32 %68, 1
  store i32 %78, ptr %8, align 4, !tbaa !19
  %79 = icmp eq i32 %78, 3
  br i1 %79, label %70, label %80

80:                                               ; preds = %77
  %81 = add nsw i32 %68, 2
  store i32 %81, ptr %9, align 4, !tbaa !19
  %82 = icmp eq i32 %81, 3
  br i1 %82, label %70, label %83

83:                                               ; preds = %80
  %84 = add nsw i32 %68, 3
  store i32 %84, ptr %10, align 4, !tbaa !19
  %85 = icmp eq i32 %68, 0
  br i1 %85, label %70, label %86

86:                                               ; preds = %83
  %87 = add nsw i32 %68, 4
  store i32 %87, ptr %11, align 4, !tbaa !19
  %88 = icmp eq i32 %87, 3
  br i1 %88, label %70, label %89

89:                                               ; preds = %86
  %90 = add nsw i32 %68, 5
  store i32 %90, ptr %12, align 4, !tbaa !19
  %91 = icmp eq i32 %90, 3
  br i1 %91, label %70, label %92

92:                                               ; preds = %89
  %93 = add nsw i32 %68, 6
  store i32 %93, ptr @_ZN7Counted4madeE, align 4, !tbaa !6
  %94 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %68)
  %95 = getelementptr inbounds i8, ptr %2, i64 20
  %96 = load i32, ptr %95, align 4, !tbaa !19
  %97 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %96)
  %98 = getelementptr inbounds i8, ptr %2, i64 16
  %99 = load i32, ptr %98, align 4, !tbaa !19
  %100 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %99)
  %101 = getelementptr inbounds i8, ptr %2, i64 12
  %102 = load i32, ptr %101, align 4, !tbaa !19
  %103 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %102)
  %104 = getelementptr inbounds i8, ptr %2, i64 8
  %105 = load i32, ptr %104, align 4, !tbaa !19
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %105)
  %107 = getelementptr inbounds i8, ptr %2, i64 4
  %108 = load i32, ptr %107, align 4, !tbaa !19
  %109 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %108)
  %110 = load i32, ptr %2, align 4, !tbaa !19
  %111 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %110)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #16
  br label %134

112:                                              ; preds = %73
  %113 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt12length_error
  br label %114

114:                                              ; preds = %75, %112
  %115 = phi { ptr, i32 } [ %113, %112 ], [ %76, %75 ]
  %116 = extractvalue { ptr, i32 } %115, 0
  %117 = extractvalue { ptr, i32 } %115, 1
  br i1 %69, label %124, label %118

118:                                              ; preds = %114, %118
  %119 = phi ptr [ %120, %118 ], [ %71, %114 ]
  %120 = getelementptr inbounds i8, ptr %119, i64 -4
  %121 = load i32, ptr %120, align 4, !tbaa !19
  %122 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %121)
  %123 = icmp eq ptr %120, %2
  br i1 %123, label %124, label %118

124:                                              ; preds = %118, %114
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #16
  %125 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt12length_error) #16
  %126 = icmp eq i32 %117, %125
  br i1 %126, label %127, label %224

127:                                              ; preds = %124
  %128 = call ptr @__cxa_begin_catch(ptr %116) #16
  %129 = load ptr, ptr %128, align 8, !tbaa !17
  %130 = getelementptr inbounds i8, ptr %129, i64 16
  %131 = load ptr, ptr %130, align 8
  %132 = call noundef ptr %131(ptr noundef nonnull align 8 dereferenceable(16) %128) #16
  %133 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, ptr noundef %132)
  call void @__cxa_end_catch()
  br label %134

134:                                              ; preds = %127, %92
  %135 = call i32 @puts(ptr nonnull dereferenceable(1) @str.34)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %3) #16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %3, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #16
  call void @llvm.experimental.noalias.scope.decl(metadata !21)
  %136 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %137 unwind label %158

137:                                              ; preds = %134
  store ptr @.str.16, ptr %136, align 8, !tbaa !13, !noalias !21
  %138 = load i32, ptr @_ZL4live, align 4, !tbaa !6, !noalias !21
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr @_ZL4live, align 4, !tbaa !6, !noalias !21
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.16), !noalias !21
  store ptr %136, ptr %4, align 8, !tbaa !16, !alias.scope !21
  invoke void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %3, i64 0, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %141 unwind label %160

141:                                              ; preds = %137
  %142 = load ptr, ptr %4, align 8, !tbaa !16
  %143 = icmp eq ptr %142, null
  br i1 %143, label %149, label %144

144:                                              ; preds = %141
  %145 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %146 = add nsw i32 %145, -1
  store i32 %146, ptr @_ZL4live, align 4, !tbaa !6
  %147 = load ptr, ptr %142, align 8, !tbaa !13
  %148 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %147)
  call void @_ZdlPvm(ptr noundef nonnull %142, i64 noundef 8) #19
  br label %149

149:                                              ; preds = %141, %144
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #16
  call void @llvm.experimental.noalias.scope.decl(metadata !24)
  %150 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %151 unwind label %171

151:                                              ; preds = %149
  store ptr @.str.17, ptr %150, align 8, !tbaa !13, !noalias !24
  %152 = load i32, ptr @_ZL4live, align 4, !tbaa !6, !noalias !24
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr @_ZL4live, align 4, !tbaa !6, !noalias !24
  %154 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.17), !noalias !24
  store ptr %150, ptr %5, align 8, !tbaa !16, !alias.scope !24
  invoke void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE9push_backEOS4_(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef nonnull align 8 dereferenceable(8) %5)
          to label %155 unwind label %173

155:                                              ; preds = %151
  call void @_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #16
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #16
  %156 = call ptr @__cxa_allocate_exception(i64 16) #16
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %156, ptr noundef nonnull @.str.18)
          to label %157 unwind label %177

157:                                              ; preds = %155
  invoke void @__cxa_throw(ptr nonnull %156, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #17
          to label %226 unwind label %179

158:                                              ; preds = %134
  %159 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  br label %169

160:                                              ; preds = %137
  %161 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  %162 = load ptr, ptr %4, align 8, !tbaa !16
  %163 = icmp eq ptr %162, null
  br i1 %163, label %169, label %164

164:                                              ; preds = %160
  %165 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %166 = add nsw i32 %165, -1
  store i32 %166, ptr @_ZL4live, align 4, !tbaa !6
  %167 = load ptr, ptr %162, align 8, !tbaa !13
  %168 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %167)
  call void @_ZdlPvm(ptr noundef nonnull %162, i64 noundef 8) #19
  br label %169

169:                                              ; preds = %164, %160, %158
  %170 = phi { ptr, i32 } [ %159, %158 ], [ %161, %160 ], [ %161, %164 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #16
  br label %181

171:                                              ; preds = %149
  %172 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  br label %175

173:                                              ; preds = %151
  %174 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  call void @_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #16
  br label %175

175:                                              ; preds = %173, %171
  %176 = phi { ptr, i32 } [ %174, %173 ], [ %172, %171 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #16
  br label %181

177:                                              ; preds = %155
  %178 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  call void @__cxa_free_exception(ptr %156) #16
  br label %181

179:                                              ; preds = %157
  %180 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
  br label %181

181:                                              ; preds = %179, %177, %175, %169
  %182 = phi { ptr, i32 } [ %180, %179 ], [ %178, %177 ], [ %176, %175 ], [ %170, %169 ]
  %183 = extractvalue { ptr, i32 } %182, 1
  %184 = load ptr, ptr %3, align 8, !tbaa !27
  %185 = getelementptr inbounds i8, ptr %3, i64 8
  %186 = load ptr, ptr %185, align 8, !tbaa !29
  %187 = icmp eq ptr %184, %186
  br i1 %187, label %202, label %188

188:                                              ; preds = %181, %197
  %189 = phi ptr [ %198, %197 ], [ %184, %181 ]
  %190 = load ptr, ptr %189, align 8, !tbaa !16
  %191 = icmp eq ptr %190, null
  br i1 %191, label %197, label %192

192:                                              ; preds = %188
  %193 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %194 = add nsw i32 %193, -1
  store i32 %194, ptr @_ZL4live, align 4, !tbaa !6
  %195 = load ptr, ptr %190, align 8, !tbaa !13
  %196 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %195)
  call void @_ZdlPvm(ptr noundef nonnull %190, i64 noundef 8) #19
  br label %197

197:                                              ; preds = %192, %188
  store ptr null, ptr %189, align 8, !tbaa !16
  %198 = getelementptr inbounds i8, ptr %189, i64 8
  %199 = icmp eq ptr %198, %186
  br i1 %199, label %200, label %188, !llvm.loop !30

200:                                              ; preds = %197
  %201 = load ptr, ptr %3, align 8, !tbaa !27
  br label %202

202:                                              ; preds = %200, %181
  %203 = phi ptr [ %201, %200 ], [ %184, %181 ]
  %204 = icmp eq ptr %203, null
  br i1 %204, label %211, label %205

205:                                              ; preds = %202
  %206 = getelementptr inbounds i8, ptr %3, i64 16
  %207 = load ptr, ptr %206, align 8, !tbaa !32
  %208 = ptrtoint ptr %207 to i64
  %209 = ptrtoint ptr %203 to i64
  %210 = sub i64 %208, %209
  call void @_ZdlPvm(ptr noundef nonnull %203, i64 noundef %210) #19
  br label %211

211:                                              ; preds = %202, %205
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %3) #16
  %212 = call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt13runtime_error) #16
  %213 = icmp eq i32 %183, %212
  br i1 %213, label %214, label %224

214:                                              ; preds = %211
  %215 = extractvalue { ptr, i32 } %182, 0
  %216 = call ptr @__cxa_begin_catch(ptr %215) #16
  %217 = load ptr, ptr %216, align 8, !tbaa !17
  %218 = getelementptr inbounds i8, ptr %217, i64 16
  %219 = load ptr, ptr %218, align 8
  %220 = call noundef ptr %219(ptr noundef nonnull align 8 dereferenceable(16) %216) #16
  %221 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %222 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %220, i32 noundef %221)
  call void @__cxa_end_catch()
  %223 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  ret i32 %223

224:                                              ; preds = %211, %124, %37, %13
  %225 = phi { ptr, i32 } [ %182, %211 ], [ %115, %124 ], [ %38, %37 ], [ %14, %13 ]
  resume { ptr, i32 } %225

226:                                              ; preds = %157
  unreachable
}

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #5

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZN5FailsC2Eb(ptr noundef nonnull align 8 dereferenceable(16) %0, i1 noundef %1) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  store ptr @.str.21, ptr %0, align 8, !tbaa !13
  %3 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @_ZL4live, align 4, !tbaa !6
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.21)
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store ptr @.str.22, ptr %6, align 8, !tbaa !13
  %7 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @_ZL4live, align 4, !tbaa !6
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.22)
  %10 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.35)
  br i1 %1, label %11, label %18

11:                                               ; preds = %2
  %12 = tail call ptr @__cxa_allocate_exception(i64 16) #16
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull @.str.24)
          to label %13 unwind label %16

13:                                               ; preds = %11
  invoke void @__cxa_throw(ptr nonnull %12, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #17
          to label %29 unwind label %14

14:                                               ; preds = %13
  %15 = landingpad { ptr, i32 }
          cleanup
  br label %19

16:                                               ; preds = %11
  %17 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %12) #16
  br label %19

18:                                               ; preds = %2
  ret void

19:                                               ; preds = %16, %14
  %20 = phi { ptr, i32 } [ %15, %14 ], [ %17, %16 ]
  %21 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %22 = add nsw i32 %21, -1
  store i32 %22, ptr @_ZL4live, align 4, !tbaa !6
  %23 = load ptr, ptr %6, align 8, !tbaa !13
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %23)
  %25 = load i32, ptr @_ZL4live, align 4, !tbaa !6
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr @_ZL4live, align 4, !tbaa !6
  %27 = load ptr, ptr %0, align 8, !tbaa !13
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %27)
  resume { ptr, i32 } %20

29:                                               ; preds = %13
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE9push_backEOS4_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) local_unnamed_addr #6 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !16
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !32
  %7 = icmp eq ptr %4, %6
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = load i64, ptr %1, align 8, !tbaa !16
  store i64 %9, ptr %4, align 8, !tbaa !16
  store ptr null, ptr %1, align 8, !tbaa !16
  %10 = load ptr, ptr %3, align 8, !tbaa !29
  %11 = getelementptr inbounds i8, ptr %10, i64 8
  store ptr %11, ptr %3, align 8, !tbaa !29
  br label %14

12:                                               ; preds = %2
  %13 = ptrtoint ptr %4 to i64
  tail call void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %13, ptr noundef nonnull align 8 dereferenceable(8) %1)
  br label %14

14:                                               ; preds = %8, %12
  ret void
}

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #7

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #8

declare void @_ZNSt12length_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #7

; Function Attrs: nounwind
declare void @_ZNSt12length_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #9

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #10

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !29
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !16
  %9 = ptrtoint ptr %8 to i64
  %10 = ptrtoint ptr %6 to i64
  %11 = ptrtoint ptr %8 to i64
  %12 = sub i64 %10, %11
  %13 = icmp eq i64 %12, 9223372036854775800
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #17
  unreachable

15:                                               ; preds = %3
  %16 = ashr exact i64 %12, 3
  %17 = tail call i64 @llvm.umax.i64(i64 %16, i64 1)
  %18 = add nsw i64 %17, %16
  %19 = icmp ult i64 %18, %16
  %20 = tail call i64 @llvm.umin.i64(i64 %18, i64 1152921504606846975)
  %21 = select i1 %19, i64 1152921504606846975, i64 %20
  %22 = sub i64 %1, %11
  %23 = ashr exact i64 %22, 3
  %24 = icmp eq i64 %21, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %15
  %26 = shl nuw nsw i64 %21, 3
  %27 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %26) #18
  br label %28

28:                                               ; preds = %15, %25
  %29 = phi ptr [ %27, %25 ], [ null, %15 ]
  %30 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %23
  %31 = load i64, ptr %2, align 8, !tbaa !16
  store i64 %31, ptr %30, align 8, !tbaa !16
  store ptr null, ptr %2, align 8, !tbaa !16
  %32 = icmp eq ptr %8, %4
  br i1 %32, label %80, label %33

33:                                               ; preds = %28
  %34 = add i64 %1, -8
  %35 = sub i64 %34, %9
  %36 = lshr i64 %35, 3
  %37 = add nuw nsw i64 %36, 1
  %38 = icmp ult i64 %35, 88
  br i1 %38, label %70, label %39

39:                                               ; preds = %33
  %40 = add i64 %1, -8
  %41 = sub i64 %40, %9
  %42 = and i64 %41, -8
  %43 = add i64 %42, 8
  %44 = getelementptr i8, ptr %29, i64 %43
  %45 = getelementptr i8, ptr %8, i64 %43
  %46 = icmp ult ptr %29, %45
  %47 = icmp ult ptr %8, %44
  %48 = and i1 %46, %47
  br i1 %48, label %70, label %49

49:                                               ; preds = %39
  %50 = and i64 %37, 4611686018427387900
  %51 = shl i64 %50, 3
  %52 = getelementptr i8, ptr %29, i64 %51
  %53 = shl i64 %50, 3
  %54 = getelementptr i8, ptr %8, i64 %53
  br label %55

55:                                               ; preds = %55, %49
  %56 = phi i64 [ 0, %49 ], [ %66, %55 ]
  %57 = shl i64 %56, 3
  %58 = getelementptr i8, ptr %29, i64 %57
  %59 = shl i64 %56, 3
  %60 = getelementptr i8, ptr %8, i64 %59
  tail call void @llvm.experimental.noalias.scope.decl(metadata !33)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !36)
  %61 = getelementptr i8, ptr %60, i64 16
  %62 = load <2 x i64>, ptr %60, align 8, !tbaa !16, !alias.scope !38, !noalias !33
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !16, !alias.scope !38, !noalias !33
  %64 = getelementptr i8, ptr %58, i64 16
  store <2 x i64> %62, ptr %58, align 8, !tbaa !16, !alias.scope !41, !noalias !38
  store <2 x i64> %63, ptr %64, align 8, !tbaa !16, !alias.scope !41, !noalias !38
  %65 = getelementptr i8, ptr %60, i64 16
  store <2 x ptr> zeroinitializer, ptr %60, align 8, !tbaa !16, !alias.scope !38, !noalias !33
  store <2 x ptr> zeroinitializer, ptr %65, align 8, !tbaa !16, !alias.scope !38, !noalias !33
  %66 = add nuw i64 %56, 4
  %67 = icmp eq i64 %66, %50
  br i1 %67, label %68, label %55, !llvm.loop !43

68:                                               ; preds = %55
  %69 = icmp eq i64 %37, %50
  br i1 %69, label %80, label %70

70:                                               ; preds = %68, %39, %33
  %71 = phi ptr [ %29, %39 ], [ %29, %33 ], [ %52, %68 ]
  %72 = phi ptr [ %8, %39 ], [ %8, %33 ], [ %54, %68 ]
  br label %73

73:                                               ; preds = %70, %73
  %74 = phi ptr [ %78, %73 ], [ %71, %70 ]
  %75 = phi ptr [ %77, %73 ], [ %72, %70 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !33)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !36)
  %76 = load i64, ptr %75, align 8, !tbaa !16, !alias.scope !36, !noalias !33
  store i64 %76, ptr %74, align 8, !tbaa !16, !alias.scope !33, !noalias !36
  store ptr null, ptr %75, align 8, !tbaa !16, !alias.scope !36, !noalias !33
  %77 = getelementptr inbounds i8, ptr %75, i64 8
  %78 = getelementptr inbounds i8, ptr %74, i64 8
  %79 = icmp eq ptr %77, %4
  br i1 %79, label %80, label %73, !llvm.loop !46

80:                                               ; preds = %73, %68, %28
  %81 = phi ptr [ %29, %28 ], [ %52, %68 ], [ %78, %73 ]
  %82 = getelementptr i8, ptr %81, i64 8
  %83 = icmp eq ptr %6, %4
  br i1 %83, label %131, label %84

84:                                               ; preds = %80
  %85 = add i64 %7, -8
  %86 = sub i64 %85, %1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = icmp ult i64 %86, 104
  br i1 %89, label %121, label %90

90:                                               ; preds = %84
  %91 = add i64 %7, -8
  %92 = sub i64 %91, %1
  %93 = and i64 %92, -8
  %94 = add i64 %93, 16
  %95 = getelementptr i8, ptr %81, i64 %94
  %96 = getelementptr i8, ptr %4, i64 %93
  %97 = icmp ult ptr %81, %96
  %98 = icmp ugt ptr %95, %4
  %99 = and i1 %97, %98
  br i1 %99, label %121, label %100

100:                                              ; preds = %90
  %101 = and i64 %88, 4611686018427387900
  %102 = shl i64 %101, 3
  %103 = getelementptr i8, ptr %82, i64 %102
  %104 = shl i64 %101, 3
  %105 = getelementptr i8, ptr %4, i64 %104
  br label %106

106:                                              ; preds = %106, %100
  %107 = phi i64 [ 0, %100 ], [ %117, %106 ]
  %108 = shl i64 %107, 3
  %109 = getelementptr i8, ptr %82, i64 %108
  %110 = shl i64 %107, 3
  %111 = getelementptr i8, ptr %4, i64 %110
  tail call void @llvm.experimental.noalias.scope.decl(metadata !47)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !50)
  %112 = getelementptr i8, ptr %111, i64 16
  %113 = load <2 x i64>, ptr %111, align 8, !tbaa !16, !alias.scope !52, !noalias !47
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !16, !alias.scope !52, !noalias !47
  %115 = getelementptr i8, ptr %109, i64 16
  store <2 x i64> %113, ptr %109, align 8, !tbaa !16, !alias.scope !55, !noalias !52
  store <2 x i64> %114, ptr %115, align 8, !tbaa !16, !alias.scope !55, !noalias !52
  %116 = getelementptr i8, ptr %111, i64 16
  store <2 x ptr> zeroinitializer, ptr %111, align 8, !tbaa !16, !alias.scope !52, !noalias !47
  store <2 x ptr> zeroinitializer, ptr %116, align 8, !tbaa !16, !alias.scope !52, !noalias !47
  %117 = add nuw i64 %107, 4
  %118 = icmp eq i64 %117, %101
  br i1 %118, label %119, label %106, !llvm.loop !57

119:                                              ; preds = %106
  %120 = icmp eq i64 %88, %101
  br i1 %120, label %131, label %121

121:                                              ; preds = %119, %90, %84
  %122 = phi ptr [ %82, %90 ], [ %82, %84 ], [ %103, %119 ]
  %123 = phi ptr [ %4, %90 ], [ %4, %84 ], [ %105, %119 ]
  br label %124

124:                                              ; preds = %121, %124
  %125 = phi ptr [ %129, %124 ], [ %122, %121 ]
  %126 = phi ptr [ %128, %124 ], [ %123, %121 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !47)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !50)
  %127 = load i64, ptr %126, align 8, !tbaa !16, !alias.scope !50, !noalias !47
  store i64 %127, ptr %125, align 8, !tbaa !16, !alias.scope !47, !noalias !50
  store ptr null, ptr %126, align 8, !tbaa !16, !alias.scope !50, !noalias !47
  %128 = getelementptr inbounds i8, ptr %126, i64 8
  %129 = getelementptr inbounds i8, ptr %125, i64 8
  %130 = icmp eq ptr %128, %6
  br i1 %130, label %131, label %124, !llvm.loop !58

131:                                              ; preds = %124, %119, %80
  %132 = phi ptr [ %82, %80 ], [ %103, %119 ], [ %129, %124 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 16
  %134 = icmp eq ptr %8, null
  br i1 %134, label %139, label %135

135:                                              ; preds = %131
  %136 = load ptr, ptr %133, align 8, !tbaa !32
  %137 = ptrtoint ptr %136 to i64
  %138 = sub i64 %137, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %138) #19
  br label %139

139:                                              ; preds = %131, %135
  store ptr %29, ptr %0, align 8, !tbaa !27
  store ptr %132, ptr %5, align 8, !tbaa !29
  %140 = getelementptr inbounds %"class.std::unique_ptr", ptr %29, i64 %21
  store ptr %140, ptr %133, align 8, !tbaa !32
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #11

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #12

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #14

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #15

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #15

attributes #0 = { mustprogress noinline uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nosync nounwind memory(none) }
attributes #6 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { nofree nounwind }
attributes #13 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nounwind }
attributes #17 = { noreturn }
attributes #18 = { builtin allocsize(0) }
attributes #19 = { builtin nounwind }

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
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZSt11make_uniqueI5NoisyJRA25_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!12 = distinct !{!12, !"_ZSt11make_uniqueI5NoisyJRA25_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!13 = !{!14, !15, i64 0}
!14 = !{!"_ZTS5Noisy", !15, i64 0}
!15 = !{!"any pointer", !8, i64 0}
!16 = !{!15, !15, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"vtable pointer", !9, i64 0}
!19 = !{!20, !7, i64 0}
!20 = !{!"_ZTS7Counted", !7, i64 0}
!21 = !{!22}
!22 = distinct !{!22, !23, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!23 = distinct !{!23, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!24 = !{!25}
!25 = distinct !{!25, !26, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!26 = distinct !{!26, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!27 = !{!28, !15, i64 0}
!28 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!29 = !{!28, !15, i64 8}
!30 = distinct !{!30, !31}
!31 = !{!"llvm.loop.mustprogress"}
!32 = !{!28, !15, i64 16}
!33 = !{!34}
!34 = distinct !{!34, !35, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!35 = distinct !{!35, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!36 = !{!37}
!37 = distinct !{!37, !35, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!38 = !{!37, !39}
!39 = distinct !{!39, !40}
!40 = distinct !{!40, !"LVerDomain"}
!41 = !{!34, !42}
!42 = distinct !{!42, !40}
!43 = distinct !{!43, !31, !44, !45}
!44 = !{!"llvm.loop.isvectorized", i32 1}
!45 = !{!"llvm.loop.unroll.runtime.disable"}
!46 = distinct !{!46, !31, !44}
!47 = !{!48}
!48 = distinct !{!48, !49, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!49 = distinct !{!49, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!50 = !{!51}
!51 = distinct !{!51, !49, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!52 = !{!51, !53}
!53 = distinct !{!53, !54}
!54 = distinct !{!54, !"LVerDomain"}
!55 = !{!48, !56}
!56 = distinct !{!56, !54}
!57 = distinct !{!57, !31, !44, !45}
!58 = distinct !{!58, !31, !44}
