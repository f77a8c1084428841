; ModuleID = 'exc_cleanup.cpp'
source_filename = "exc_cleanup.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %2 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @_ZL4live, align 4, !tbaa !5
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str)
  %5 = icmp sgt i32 %0, 2
  br i1 %5, label %6, label %13

6:                                                ; preds = %1
  %7 = tail call ptr @__cxa_allocate_exception(i64 4) #16
  store i32 %0, ptr %7, align 16, !tbaa !5
  invoke void @__cxa_throw(ptr nonnull %7, ptr nonnull @_ZTIi, ptr null) #17
          to label %18 unwind label %8

8:                                                ; preds = %6
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %11 = add nsw i32 %10, -1
  store i32 %11, ptr @_ZL4live, align 4, !tbaa !5
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str)
  resume { ptr, i32 } %9

13:                                               ; preds = %1
  %14 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %15 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %16 = add nsw i32 %15, -1
  store i32 %16, ptr @_ZL4live, align 4, !tbaa !5
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
  %3 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @_ZL4live, align 4, !tbaa !5
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2) #16
  tail call void @llvm.experimental.noalias.scope.decl(metadata !9)
  %6 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %7 unwind label %19

7:                                                ; preds = %1
  store ptr @.str.3, ptr %6, align 8, !tbaa !12, !noalias !9
  %8 = load i32, ptr @_ZL4live, align 4, !tbaa !5, !noalias !9
  %9 = add nsw i32 %8, 1
  store i32 %9, ptr @_ZL4live, align 4, !tbaa !5, !noalias !9
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.3), !noalias !9
  store ptr %6, ptr %2, align 8, !tbaa !15, !alias.scope !9
  invoke void @_Z6level3i(i32 noundef %0)
          to label %11 unwind label %21

11:                                               ; preds = %7
  %12 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %13 = add nsw i32 %12, -1
  store i32 %13, ptr @_ZL4live, align 4, !tbaa !5
  %14 = load ptr, ptr %6, align 8, !tbaa !12
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %14)
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 8) #19
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2) #16
  %16 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %17 = add nsw i32 %16, -1
  store i32 %17, ptr @_ZL4live, align 4, !tbaa !5
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
  %25 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr @_ZL4live, align 4, !tbaa !5
  %27 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.2)
  resume { ptr, i32 } %24
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10unique_ptrI5NoisySt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !15
  %3 = icmp eq ptr %2, null
  br i1 %3, label %9, label %4

4:                                                ; preds = %1
  %5 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %6 = add nsw i32 %5, -1
  store i32 %6, ptr @_ZL4live, align 4, !tbaa !5
  %7 = load ptr, ptr %2, align 8, !tbaa !12
  %8 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %7)
  tail call void @_ZdlPvm(ptr noundef nonnull %2, i64 noundef 8) #19
  br label %9

9:                                                ; preds = %4, %1
  store ptr null, ptr %0, align 8, !tbaa !15
  ret void
}

; Function Attrs: mustprogress noinline uwtable
define dso_local void @_Z6level1i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %3 = add nsw i32 %2, 1
  store i32 %3, ptr @_ZL4live, align 4, !tbaa !5
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.4)
  %5 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @_ZL4live, align 4, !tbaa !5
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.5)
  %8 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %9 = add nsw i32 %8, -1
  store i32 %9, ptr @_ZL4live, align 4, !tbaa !5
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.5)
  invoke void @_Z6level2i(i32 noundef %0)
          to label %11 unwind label %15

11:                                               ; preds = %1
  %12 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %13 = add nsw i32 %12, -1
  store i32 %13, ptr @_ZL4live, align 4, !tbaa !5
  %14 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.4)
  ret void

15:                                               ; preds = %1
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %18 = add nsw i32 %17, -1
  store i32 %18, ptr @_ZL4live, align 4, !tbaa !5
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.4)
  resume { ptr, i32 } %16
}

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 personality ptr @__gxx_personality_v0 {
  %1 = alloca %struct.Fails, align 8
  %2 = alloca [6 x %struct.Counted], align 16
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
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %23 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.8, i32 noundef %21, i32 noundef %22)
  tail call void @__cxa_end_catch() #16
  br label %24

24:                                               ; preds = %0, %18
  %25 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.31)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #16
  invoke void @_ZN5FailsC2Eb(ptr noundef nonnull align 8 dereferenceable(16) %1, i1 noundef zeroext true)
          to label %26 unwind label %37

26:                                               ; preds = %24
  %27 = call i32 @puts(ptr nonnull dereferenceable(1) @str.36)
  %28 = getelementptr inbounds i8, ptr %1, i64 8
  %29 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %30 = add nsw i32 %29, -1
  store i32 %30, ptr @_ZL4live, align 4, !tbaa !5
  %31 = load ptr, ptr %28, align 8, !tbaa !12
  %32 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %31)
  %33 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr @_ZL4live, align 4, !tbaa !5
  %35 = load ptr, ptr %1, align 8, !tbaa !12
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
  %45 = load ptr, ptr %44, align 8, !tbaa !16
  %46 = getelementptr inbounds i8, ptr %45, i64 16
  %47 = load ptr, ptr %46, align 8
  %48 = call noundef ptr %47(ptr noundef nonnull align 8 dereferenceable(8) %44) #16
  %49 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %50 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %48, i32 noundef %49)
  call void @__cxa_end_catch()
  br label %51

51:                                               ; preds = %42, %26
  %52 = call i32 @puts(ptr nonnull dereferenceable(1) @str.32)
  %53 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr @_ZL4live, align 4, !tbaa !5
  %55 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.21)
  %56 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr @_ZL4live, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.22)
  %59 = call i32 @puts(ptr nonnull dereferenceable(1) @str.35)
  %60 = call i32 @puts(ptr nonnull dereferenceable(1) @str.36)
  %61 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %62 = add nsw i32 %61, -1
  store i32 %62, ptr @_ZL4live, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.22)
  %64 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %65 = add nsw i32 %64, -1
  store i32 %65, ptr @_ZL4live, align 4, !tbaa !5
  %66 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef nonnull @.str.21)
  %67 = call i32 @puts(ptr nonnull dereferenceable(1) @str.33)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #16
  %68 = load i32, ptr @_ZN7Counted4madeE, align 4, !tbaa !5
  store i32 %68, ptr %2, align 16, !tbaa !18
  %69 = icmp eq i32 %68, 3
  br i1 %69, label %70, label %77

70:                                               ; preds = %89, %86, %83, %80, %77, %51
  %71 = phi ptr [ %2, %51 ], [ %8, %77 ], [ %9, %80 ], [ %10, %83 ], [ %11, %86 ], [ %12, %89 ]
  store i32 4, ptr @_ZN7Counted4madeE, align 4, !tbaa !5
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
  store i32 %78, ptr %8, align 4, !tbaa !18
  %79 = icmp eq i32 %78, 3
  br i1 %79, label %70, label %80

80:                                               ; preds = %77
  %81 = add nsw i32 %68, 2
  store i32 %81, ptr %9, align 8, !tbaa !18
  %82 = icmp eq i32 %81, 3
  br i1 %82, label %70, label %83

83:                                               ; preds = %80
  %84 = add nsw i32 %68, 3
  store i32 %84, ptr %10, align 4, !tbaa !18
  %85 = icmp eq i32 %68, 0
  br i1 %85, label %70, label %86

86:                                               ; preds = %83
  %87 = add nsw i32 %68, 4
  store i32 %87, ptr %11, align 16, !tbaa !18
  %88 = icmp eq i32 %87, 3
  br i1 %88, label %70, label %89

89:                                               ; preds = %86
  %90 = add nsw i32 %68, 5
  store i32 %90, ptr %12, align 4, !tbaa !18
  %91 = icmp eq i32 %90, 3
  br i1 %91, label %70, label %92

92:                                               ; preds = %89
  %93 = add nsw i32 %68, 6
  store i32 %93, ptr @_ZN7Counted4madeE, align 4, !tbaa !5
  %94 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %68)
  %95 = getelementptr inbounds i8, ptr %2, i64 20
  %96 = load i32, ptr %95, align 4, !tbaa !18
  %97 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %96)
  %98 = getelementptr inbounds i8, ptr %2, i64 16
  %99 = load i32, ptr %98, align 16, !tbaa !18
  %100 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %99)
  %101 = getelementptr inbounds i8, ptr %2, i64 12
  %102 = load i32, ptr %101, align 4, !tbaa !18
  %103 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %102)
  %104 = getelementptr inbounds i8, ptr %2, i64 8
  %105 = load i32, ptr %104, align 8, !tbaa !18
  %106 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %105)
  %107 = getelementptr inbounds i8, ptr %2, i64 4
  %108 = load i32, ptr %107, align 4, !tbaa !18
  %109 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.27, i32 noundef %108)
  %110 = load i32, ptr %2, align 16, !tbaa !18
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
  %121 = load i32, ptr %120, align 4, !tbaa !18
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
  %129 = load ptr, ptr %128, align 8, !tbaa !16
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
  call void @llvm.experimental.noalias.scope.decl(metadata !20)
  %136 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %137 unwind label %158

137:                                              ; preds = %134
  store ptr @.str.16, ptr %136, align 8, !tbaa !12, !noalias !20
  %138 = load i32, ptr @_ZL4live, align 4, !tbaa !5, !noalias !20
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr @_ZL4live, align 4, !tbaa !5, !noalias !20
  %140 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.16), !noalias !20
  store ptr %136, ptr %4, align 8, !tbaa !15, !alias.scope !20
  invoke void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr null, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %141 unwind label %160

141:                                              ; preds = %137
  %142 = load ptr, ptr %4, align 8, !tbaa !15
  %143 = icmp eq ptr %142, null
  br i1 %143, label %149, label %144

144:                                              ; preds = %141
  %145 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %146 = add nsw i32 %145, -1
  store i32 %146, ptr @_ZL4live, align 4, !tbaa !5
  %147 = load ptr, ptr %142, align 8, !tbaa !12
  %148 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %147)
  call void @_ZdlPvm(ptr noundef nonnull %142, i64 noundef 8) #19
  br label %149

149:                                              ; preds = %141, %144
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #16
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #16
  call void @llvm.experimental.noalias.scope.decl(metadata !23)
  %150 = invoke noalias noundef nonnull dereferenceable(8) ptr @_Znwm(i64 noundef 8) #18
          to label %151 unwind label %171

151:                                              ; preds = %149
  store ptr @.str.17, ptr %150, align 8, !tbaa !12, !noalias !23
  %152 = load i32, ptr @_ZL4live, align 4, !tbaa !5, !noalias !23
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr @_ZL4live, align 4, !tbaa !5, !noalias !23
  %154 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.17), !noalias !23
  store ptr %150, ptr %5, align 8, !tbaa !15, !alias.scope !23
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
  %162 = load ptr, ptr %4, align 8, !tbaa !15
  %163 = icmp eq ptr %162, null
  br i1 %163, label %169, label %164

164:                                              ; preds = %160
  %165 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %166 = add nsw i32 %165, -1
  store i32 %166, ptr @_ZL4live, align 4, !tbaa !5
  %167 = load ptr, ptr %162, align 8, !tbaa !12
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
  %184 = load ptr, ptr %3, align 8, !tbaa !26
  %185 = getelementptr inbounds i8, ptr %3, i64 8
  %186 = load ptr, ptr %185, align 8, !tbaa !28
  %187 = icmp eq ptr %184, %186
  br i1 %187, label %202, label %188

188:                                              ; preds = %181, %197
  %189 = phi ptr [ %198, %197 ], [ %184, %181 ]
  %190 = load ptr, ptr %189, align 8, !tbaa !15
  %191 = icmp eq ptr %190, null
  br i1 %191, label %197, label %192

192:                                              ; preds = %188
  %193 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %194 = add nsw i32 %193, -1
  store i32 %194, ptr @_ZL4live, align 4, !tbaa !5
  %195 = load ptr, ptr %190, align 8, !tbaa !12
  %196 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %195)
  call void @_ZdlPvm(ptr noundef nonnull %190, i64 noundef 8) #19
  br label %197

197:                                              ; preds = %192, %188
  store ptr null, ptr %189, align 8, !tbaa !15
  %198 = getelementptr inbounds i8, ptr %189, i64 8
  %199 = icmp eq ptr %198, %186
  br i1 %199, label %200, label %188, !llvm.loop !29

200:                                              ; preds = %197
  %201 = load ptr, ptr %3, align 8, !tbaa !26
  br label %202

202:                                              ; preds = %200, %181
  %203 = phi ptr [ %201, %200 ], [ %184, %181 ]
  %204 = icmp eq ptr %203, null
  br i1 %204, label %211, label %205

205:                                              ; preds = %202
  %206 = getelementptr inbounds i8, ptr %3, i64 16
  %207 = load ptr, ptr %206, align 8, !tbaa !31
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
  %217 = load ptr, ptr %216, align 8, !tbaa !16
  %218 = getelementptr inbounds i8, ptr %217, i64 16
  %219 = load ptr, ptr %218, align 8
  %220 = call noundef ptr %219(ptr noundef nonnull align 8 dereferenceable(16) %216) #16
  %221 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %222 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, ptr noundef %220, i32 noundef %221)
  call void @__cxa_end_catch()
  %223 = load i32, ptr @_ZL4live, align 4, !tbaa !5
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
define linkonce_odr dso_local void @_ZN5FailsC2Eb(ptr noundef nonnull align 8 dereferenceable(16) %0, i1 noundef zeroext %1) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  store ptr @.str.21, ptr %0, align 8, !tbaa !12
  %3 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @_ZL4live, align 4, !tbaa !5
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef nonnull @.str.21)
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store ptr @.str.22, ptr %6, align 8, !tbaa !12
  %7 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr @_ZL4live, align 4, !tbaa !5
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
  %21 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %22 = add nsw i32 %21, -1
  store i32 %22, ptr @_ZL4live, align 4, !tbaa !5
  %23 = load ptr, ptr %6, align 8, !tbaa !12
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %23)
  %25 = load i32, ptr @_ZL4live, align 4, !tbaa !5
  %26 = add nsw i32 %25, -1
  store i32 %26, ptr @_ZL4live, align 4, !tbaa !5
  %27 = load ptr, ptr %0, align 8, !tbaa !12
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, ptr noundef %27)
  resume { ptr, i32 } %20

29:                                               ; preds = %13
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE9push_backEOS4_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) local_unnamed_addr #6 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !15
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !31
  %7 = icmp eq ptr %4, %6
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = load i64, ptr %1, align 8, !tbaa !15
  store i64 %9, ptr %4, align 8, !tbaa !15
  store ptr null, ptr %1, align 8, !tbaa !15
  %10 = load ptr, ptr %3, align 8, !tbaa !28
  %11 = getelementptr inbounds i8, ptr %10, i64 8
  store ptr %11, ptr %3, align 8, !tbaa !28
  br label %13

12:                                               ; preds = %2
  tail call void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %4, ptr noundef nonnull align 8 dereferenceable(8) %1)
  br label %13

13:                                               ; preds = %8, %12
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
define linkonce_odr dso_local void @_ZNSt6vectorISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_M_realloc_insertIJS4_EEEvN9__gnu_cxx17__normal_iteratorIPS4_S6_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(8) %2) local_unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = ptrtoint ptr %1 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !28
  %7 = ptrtoint ptr %6 to i64
  %8 = load ptr, ptr %0, align 8, !tbaa !15
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
  %22 = ptrtoint ptr %1 to i64
  %23 = sub i64 %22, %11
  %24 = ashr exact i64 %23, 3
  %25 = icmp eq i64 %21, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %15
  %27 = shl nuw nsw i64 %21, 3
  %28 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %27) #18
  br label %29

29:                                               ; preds = %15, %26
  %30 = phi ptr [ %28, %26 ], [ null, %15 ]
  %31 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %24
  %32 = load i64, ptr %2, align 8, !tbaa !15
  store i64 %32, ptr %31, align 8, !tbaa !15
  store ptr null, ptr %2, align 8, !tbaa !15
  %33 = icmp eq ptr %8, %1
  br i1 %33, label %81, label %34

34:                                               ; preds = %29
  %35 = add i64 %4, -8
  %36 = sub i64 %35, %9
  %37 = lshr i64 %36, 3
  %38 = add nuw nsw i64 %37, 1
  %39 = icmp ult i64 %36, 152
  br i1 %39, label %71, label %40

40:                                               ; preds = %34
  %41 = add i64 %4, -8
  %42 = sub i64 %41, %9
  %43 = and i64 %42, -8
  %44 = add i64 %43, 8
  %45 = getelementptr i8, ptr %30, i64 %44
  %46 = getelementptr i8, ptr %8, i64 %44
  %47 = icmp ult ptr %30, %46
  %48 = icmp ult ptr %8, %45
  %49 = and i1 %47, %48
  br i1 %49, label %71, label %50

50:                                               ; preds = %40
  %51 = and i64 %38, 4611686018427387900
  %52 = shl i64 %51, 3
  %53 = getelementptr i8, ptr %30, i64 %52
  %54 = shl i64 %51, 3
  %55 = getelementptr i8, ptr %8, i64 %54
  br label %56

56:                                               ; preds = %56, %50
  %57 = phi i64 [ 0, %50 ], [ %67, %56 ]
  %58 = shl i64 %57, 3
  %59 = getelementptr i8, ptr %30, i64 %58
  %60 = shl i64 %57, 3
  %61 = getelementptr i8, ptr %8, i64 %60
  tail call void @llvm.experimental.noalias.scope.decl(metadata !32)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !35)
  %62 = getelementptr i8, ptr %61, i64 16
  %63 = load <2 x i64>, ptr %61, align 8, !tbaa !15, !alias.scope !37, !noalias !32
  %64 = load <2 x i64>, ptr %62, align 8, !tbaa !15, !alias.scope !37, !noalias !32
  %65 = getelementptr i8, ptr %59, i64 16
  store <2 x i64> %63, ptr %59, align 8, !tbaa !15, !alias.scope !40, !noalias !37
  store <2 x i64> %64, ptr %65, align 8, !tbaa !15, !alias.scope !40, !noalias !37
  %66 = getelementptr i8, ptr %61, i64 16
  store <2 x ptr> zeroinitializer, ptr %61, align 8, !tbaa !15, !alias.scope !37, !noalias !32
  store <2 x ptr> zeroinitializer, ptr %66, align 8, !tbaa !15, !alias.scope !37, !noalias !32
  %67 = add nuw i64 %57, 4
  %68 = icmp eq i64 %67, %51
  br i1 %68, label %69, label %56, !llvm.loop !42

69:                                               ; preds = %56
  %70 = icmp eq i64 %38, %51
  br i1 %70, label %81, label %71

71:                                               ; preds = %69, %40, %34
  %72 = phi ptr [ %30, %40 ], [ %30, %34 ], [ %53, %69 ]
  %73 = phi ptr [ %8, %40 ], [ %8, %34 ], [ %55, %69 ]
  br label %74

74:                                               ; preds = %71, %74
  %75 = phi ptr [ %79, %74 ], [ %72, %71 ]
  %76 = phi ptr [ %78, %74 ], [ %73, %71 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !32)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !35)
  %77 = load i64, ptr %76, align 8, !tbaa !15, !alias.scope !35, !noalias !32
  store i64 %77, ptr %75, align 8, !tbaa !15, !alias.scope !32, !noalias !35
  store ptr null, ptr %76, align 8, !tbaa !15, !alias.scope !35, !noalias !32
  %78 = getelementptr inbounds i8, ptr %76, i64 8
  %79 = getelementptr inbounds i8, ptr %75, i64 8
  %80 = icmp eq ptr %78, %1
  br i1 %80, label %81, label %74, !llvm.loop !45

81:                                               ; preds = %74, %69, %29
  %82 = phi ptr [ %30, %29 ], [ %53, %69 ], [ %79, %74 ]
  %83 = getelementptr i8, ptr %82, i64 8
  %84 = icmp eq ptr %6, %1
  br i1 %84, label %132, label %85

85:                                               ; preds = %81
  %86 = add i64 %7, -8
  %87 = sub i64 %86, %4
  %88 = lshr i64 %87, 3
  %89 = add nuw nsw i64 %88, 1
  %90 = icmp ult i64 %87, 184
  br i1 %90, label %122, label %91

91:                                               ; preds = %85
  %92 = add i64 %7, -8
  %93 = sub i64 %92, %4
  %94 = and i64 %93, -8
  %95 = add i64 %94, 16
  %96 = getelementptr i8, ptr %82, i64 %95
  %97 = getelementptr i8, ptr %1, i64 %94
  %98 = icmp ult ptr %82, %97
  %99 = icmp ugt ptr %96, %1
  %100 = and i1 %98, %99
  br i1 %100, label %122, label %101

101:                                              ; preds = %91
  %102 = and i64 %89, 4611686018427387900
  %103 = shl i64 %102, 3
  %104 = getelementptr i8, ptr %83, i64 %103
  %105 = shl i64 %102, 3
  %106 = getelementptr i8, ptr %1, i64 %105
  br label %107

107:                                              ; preds = %107, %101
  %108 = phi i64 [ 0, %101 ], [ %118, %107 ]
  %109 = shl i64 %108, 3
  %110 = getelementptr i8, ptr %83, i64 %109
  %111 = shl i64 %108, 3
  %112 = getelementptr i8, ptr %1, i64 %111
  tail call void @llvm.experimental.noalias.scope.decl(metadata !46)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !49)
  %113 = getelementptr i8, ptr %112, i64 16
  %114 = load <2 x i64>, ptr %112, align 8, !tbaa !15, !alias.scope !51, !noalias !46
  %115 = load <2 x i64>, ptr %113, align 8, !tbaa !15, !alias.scope !51, !noalias !46
  %116 = getelementptr i8, ptr %110, i64 16
  store <2 x i64> %114, ptr %110, align 8, !tbaa !15, !alias.scope !54, !noalias !51
  store <2 x i64> %115, ptr %116, align 8, !tbaa !15, !alias.scope !54, !noalias !51
  %117 = getelementptr i8, ptr %112, i64 16
  store <2 x ptr> zeroinitializer, ptr %112, align 8, !tbaa !15, !alias.scope !51, !noalias !46
  store <2 x ptr> zeroinitializer, ptr %117, align 8, !tbaa !15, !alias.scope !51, !noalias !46
  %118 = add nuw i64 %108, 4
  %119 = icmp eq i64 %118, %102
  br i1 %119, label %120, label %107, !llvm.loop !56

120:                                              ; preds = %107
  %121 = icmp eq i64 %89, %102
  br i1 %121, label %132, label %122

122:                                              ; preds = %120, %91, %85
  %123 = phi ptr [ %83, %91 ], [ %83, %85 ], [ %104, %120 ]
  %124 = phi ptr [ %1, %91 ], [ %1, %85 ], [ %106, %120 ]
  br label %125

125:                                              ; preds = %122, %125
  %126 = phi ptr [ %130, %125 ], [ %123, %122 ]
  %127 = phi ptr [ %129, %125 ], [ %124, %122 ]
  tail call void @llvm.experimental.noalias.scope.decl(metadata !46)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !49)
  %128 = load i64, ptr %127, align 8, !tbaa !15, !alias.scope !49, !noalias !46
  store i64 %128, ptr %126, align 8, !tbaa !15, !alias.scope !46, !noalias !49
  store ptr null, ptr %127, align 8, !tbaa !15, !alias.scope !49, !noalias !46
  %129 = getelementptr inbounds i8, ptr %127, i64 8
  %130 = getelementptr inbounds i8, ptr %126, i64 8
  %131 = icmp eq ptr %129, %6
  br i1 %131, label %132, label %125, !llvm.loop !57

132:                                              ; preds = %125, %120, %81
  %133 = phi ptr [ %83, %81 ], [ %104, %120 ], [ %130, %125 ]
  %134 = getelementptr inbounds i8, ptr %0, i64 16
  %135 = icmp eq ptr %8, null
  br i1 %135, label %140, label %136

136:                                              ; preds = %132
  %137 = load ptr, ptr %134, align 8, !tbaa !31
  %138 = ptrtoint ptr %137 to i64
  %139 = sub i64 %138, %11
  tail call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %139) #19
  br label %140

140:                                              ; preds = %132, %136
  store ptr %30, ptr %0, align 8, !tbaa !26
  store ptr %133, ptr %5, align 8, !tbaa !28
  %141 = getelementptr inbounds %"class.std::unique_ptr", ptr %30, i64 %21
  store ptr %141, ptr %134, align 8, !tbaa !31
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

attributes #0 = { mustprogress noinline uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nosync nounwind memory(none) }
attributes #6 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { nofree nounwind }
attributes #13 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nounwind }
attributes #17 = { noreturn }
attributes #18 = { builtin allocsize(0) }
attributes #19 = { builtin nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_ZSt11make_uniqueI5NoisyJRA25_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!11 = distinct !{!11, !"_ZSt11make_uniqueI5NoisyJRA25_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!12 = !{!13, !14, i64 0}
!13 = !{!"_ZTS5Noisy", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = !{!14, !14, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"vtable pointer", !8, i64 0}
!18 = !{!19, !6, i64 0}
!19 = !{!"_ZTS7Counted", !6, i64 0}
!20 = !{!21}
!21 = distinct !{!21, !22, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!22 = distinct !{!22, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!23 = !{!24}
!24 = distinct !{!24, !25, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_: argument 0"}
!25 = distinct !{!25, !"_ZSt11make_uniqueI5NoisyJRA3_KcEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_"}
!26 = !{!27, !14, i64 0}
!27 = !{!"_ZTSNSt12_Vector_baseISt10unique_ptrI5NoisySt14default_deleteIS1_EESaIS4_EE17_Vector_impl_dataE", !14, i64 0, !14, i64 8, !14, i64 16}
!28 = !{!27, !14, i64 8}
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.mustprogress"}
!31 = !{!27, !14, i64 16}
!32 = !{!33}
!33 = distinct !{!33, !34, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!34 = distinct !{!34, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!35 = !{!36}
!36 = distinct !{!36, !34, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!37 = !{!36, !38}
!38 = distinct !{!38, !39}
!39 = distinct !{!39, !"LVerDomain"}
!40 = !{!33, !41}
!41 = distinct !{!41, !39}
!42 = distinct !{!42, !30, !43, !44}
!43 = !{!"llvm.loop.isvectorized", i32 1}
!44 = !{!"llvm.loop.unroll.runtime.disable"}
!45 = distinct !{!45, !30, !43}
!46 = !{!47}
!47 = distinct !{!47, !48, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 0"}
!48 = distinct !{!48, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_"}
!49 = !{!50}
!50 = distinct !{!50, !48, !"_ZSt19__relocate_object_aISt10unique_ptrI5NoisySt14default_deleteIS1_EES4_SaIS4_EEvPT_PT0_RT1_: argument 1"}
!51 = !{!50, !52}
!52 = distinct !{!52, !53}
!53 = distinct !{!53, !"LVerDomain"}
!54 = !{!47, !55}
!55 = distinct !{!55, !53}
!56 = distinct !{!56, !30, !43, !44}
!57 = distinct !{!57, !30, !43}
