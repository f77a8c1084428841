; ModuleID = 'init_priority.cpp'
source_filename = "init_priority.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Obj = type <{ ptr, i32, [4 x i8] }>

$_ZN3ObjC2EPKc = comdat any

$_ZN3ObjD2Ev = comdat any

$__clang_call_terminate = comdat any

@plain_a = dso_local global %struct.Obj zeroinitializer, align 8
@.str = private unnamed_addr constant [27 x i8] c"plain a (default priority)\00", align 1
@__dso_handle = external hidden global i8
@p300 = dso_local global %struct.Obj zeroinitializer, align 8
@.str.2 = private unnamed_addr constant [5 x i8] c"p300\00", align 1
@p101 = dso_local global %struct.Obj zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [5 x i8] c"p101\00", align 1
@plain_b = dso_local global %struct.Obj zeroinitializer, align 8
@.str.6 = private unnamed_addr constant [27 x i8] c"plain b (default priority)\00", align 1
@p300b = dso_local global %struct.Obj zeroinitializer, align 8
@.str.8 = private unnamed_addr constant [12 x i8] c"p300 second\00", align 1
@p200 = dso_local global %struct.Obj zeroinitializer, align 8
@.str.10 = private unnamed_addr constant [5 x i8] c"p200\00", align 1
@.str.11 = private unnamed_addr constant [30 x i8] c"%d: constructor function 150\0A\00", align 1
@_ZL5order = internal global i32 0, align 4
@.str.12 = private unnamed_addr constant [36 x i8] c"%d: constructor function (default)\0A\00", align 1
@.str.13 = private unnamed_addr constant [30 x i8] c"%d: constructor function 250\0A\00", align 1
@.str.14 = private unnamed_addr constant [25 x i8] c"destructor function 150\0A\00", align 1
@.str.15 = private unnamed_addr constant [31 x i8] c"destructor function (default)\0A\00", align 1
@.str.16 = private unnamed_addr constant [25 x i8] c"destructor function 250\0A\00", align 1
@.str.17 = private unnamed_addr constant [31 x i8] c"main: %d constructions before\0A\00", align 1
@.str.18 = private unnamed_addr constant [18 x i8] c"%d: construct %s\0A\00", align 1
@.str.19 = private unnamed_addr constant [29 x i8] c"destroy %s (constructed %d)\0A\00", align 1
@llvm.global_ctors = appending global [7 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 150, ptr @_ZL7ctor150v, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_ZL12ctor_defaultv, ptr null }, { i32, ptr, ptr } { i32 250, ptr @_ZL7ctor250v, ptr null }, { i32, ptr, ptr } { i32 101, ptr @_GLOBAL__I_000101, ptr null }, { i32, ptr, ptr } { i32 200, ptr @_GLOBAL__I_000200, ptr null }, { i32, ptr, ptr } { i32 300, ptr @_GLOBAL__I_000300, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_init_priority.cpp, ptr null }]
@llvm.global_dtors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 150, ptr @_ZL7dtor150v, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_ZL12dtor_defaultv, ptr null }, { i32, ptr, ptr } { i32 250, ptr @_ZL7dtor250v, ptr null }]

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @plain_a, ptr noundef @.str)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @plain_a, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define linkonce_odr dso_local void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.Obj, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %4, align 8
  store ptr %7, ptr %6, align 8
  %8 = getelementptr inbounds %struct.Obj, ptr %5, i32 0, i32 1
  %9 = load i32, ptr @_ZL5order, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr @_ZL5order, align 4
  store i32 %10, ptr %8, align 8
  %11 = getelementptr inbounds %struct.Obj, ptr %5, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = getelementptr inbounds %struct.Obj, ptr %5, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %12, ptr noundef %14)
  ret void
}

; Function Attrs: mustprogress noinline nounwind optnone uwtable
define linkonce_odr dso_local void @_ZN3ObjD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.Obj, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds %struct.Obj, ptr %3, i32 0, i32 1
  %7 = load i32, ptr %6, align 8
  %8 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %5, i32 noundef %7)
          to label %9 unwind label %10

9:                                                ; preds = %1
  ret void

10:                                               ; preds = %1
  %11 = landingpad { ptr, i32 }
          catch ptr null
  %12 = extractvalue { ptr, i32 } %11, 0
  call void @__clang_call_terminate(ptr %12) #7
  unreachable
}

; Function Attrs: nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) #3

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init.1() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @p300, ptr noundef @.str.2)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @p300, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init.3() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @p101, ptr noundef @.str.4)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @p101, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init.5() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @plain_b, ptr noundef @.str.6)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @plain_b, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init.7() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @p300b, ptr noundef @.str.8)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @p300b, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: noinline uwtable
define internal void @__cxx_global_var_init.9() #0 section ".text.startup" {
  call void @_ZN3ObjC2EPKc(ptr noundef nonnull align 8 dereferenceable(12) @p200, ptr noundef @.str.10)
  %1 = call i32 @__cxa_atexit(ptr @_ZN3ObjD2Ev, ptr @p200, ptr @__dso_handle) #3
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL7ctor150v() #1 {
  %1 = load i32, ptr @_ZL5order, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %2)
  ret void
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL12ctor_defaultv() #1 {
  %1 = load i32, ptr @_ZL5order, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %2)
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL7ctor250v() #1 {
  %1 = load i32, ptr @_ZL5order, align 4
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %2)
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL7dtor150v() #1 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.14)
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL12dtor_defaultv() #1 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.15)
  ret void
}

; Function Attrs: mustprogress noinline optnone uwtable
define internal void @_ZL7dtor250v() #1 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.16)
  ret void
}

; Function Attrs: mustprogress noinline norecurse optnone uwtable
define dso_local noundef i32 @main() #5 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %2 = load i32, ptr @_ZL5order, align 4
  %3 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %2)
  ret i32 0
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #6 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #3
  call void @_ZSt9terminatev() #7
  unreachable
}

declare ptr @__cxa_begin_catch(ptr)

declare void @_ZSt9terminatev()

; Function Attrs: noinline uwtable
define internal void @_GLOBAL__I_000101() #0 section ".text.startup" {
  call void @__cxx_global_var_init.3()
  ret void
}

; Function Attrs: noinline uwtable
define internal void @_GLOBAL__I_000200() #0 section ".text.startup" {
  call void @__cxx_global_var_init.9()
  ret void
}

; Function Attrs: noinline uwtable
define internal void @_GLOBAL__I_000300() #0 section ".text.startup" {
  call void @__cxx_global_var_init.1()
  call void @__cxx_global_var_init.7()
  ret void
}

; Function Attrs: noinline uwtable
define internal void @_GLOBAL__sub_I_init_priority.cpp() #0 section ".text.startup" {
  call void @__cxx_global_var_init()
  call void @__cxx_global_var_init.5()
  ret void
}

attributes #0 = { noinline uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress noinline norecurse optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noinline noreturn nounwind uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
