; ModuleID = 'init_priority.cpp'
source_filename = "init_priority.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Obj = type <{ ptr, i32, [4 x i8] }>

$_ZN3ObjD2Ev = comdat any

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
@_ZL5order = internal unnamed_addr global i32 0, align 4
@.str.12 = private unnamed_addr constant [36 x i8] c"%d: constructor function (default)\0A\00", align 1
@.str.13 = private unnamed_addr constant [30 x i8] c"%d: constructor function 250\0A\00", align 1
@.str.17 = private unnamed_addr constant [31 x i8] c"main: %d constructions before\0A\00", align 1
@.str.18 = private unnamed_addr constant [18 x i8] c"%d: construct %s\0A\00", align 1
@.str.19 = private unnamed_addr constant [29 x i8] c"destroy %s (constructed %d)\0A\00", align 1
@llvm.global_ctors = appending global [7 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 150, ptr @_ZL7ctor150v, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_ZL12ctor_defaultv, ptr null }, { i32, ptr, ptr } { i32 250, ptr @_ZL7ctor250v, ptr null }, { i32, ptr, ptr } { i32 101, ptr @_GLOBAL__I_000101, ptr null }, { i32, ptr, ptr } { i32 200, ptr @_GLOBAL__I_000200, ptr null }, { i32, ptr, ptr } { i32 300, ptr @_GLOBAL__I_000300, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_init_priority.cpp, ptr null }]
@llvm.global_dtors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 150, ptr @_ZL7dtor150v, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_ZL12dtor_defaultv, ptr null }, { i32, ptr, ptr } { i32 250, ptr @_ZL7dtor250v, ptr null }]
@str = private unnamed_addr constant [24 x i8] c"destructor function 150\00", align 1
@str.20 = private unnamed_addr constant [30 x i8] c"destructor function (default)\00", align 1
@str.21 = private unnamed_addr constant [24 x i8] c"destructor function 250\00", align 1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN3ObjD2Ev(ptr noundef nonnull align 8 dereferenceable(12) %0) unnamed_addr #0 comdat align 2 {
  %2 = load ptr, ptr %0, align 8, !tbaa !5
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load i32, ptr %3, align 8, !tbaa !11
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, ptr noundef %2, i32 noundef %4)
  ret void
}

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL7ctor150v() #2 {
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i32 noundef %2)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL12ctor_defaultv() #2 {
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %2)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL7ctor250v() #2 {
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, i32 noundef %2)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL7dtor150v() #2 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL12dtor_defaultv() #2 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.20)
  ret void
}

; Function Attrs: mustprogress nofree nounwind uwtable
define internal void @_ZL7dtor250v() #2 {
  %1 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str.21)
  ret void
}

; Function Attrs: mustprogress nofree norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #4 {
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, i32 noundef %1)
  ret i32 0
}

; Function Attrs: nofree nounwind uwtable
define internal void @_GLOBAL__I_000101() #5 section ".text.startup" {
  store ptr @.str.4, ptr @p101, align 8, !tbaa !5
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %2, ptr getelementptr inbounds (i8, ptr @p101, i64 8), align 8, !tbaa !11
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %2, ptr noundef nonnull @.str.4)
  %4 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @p101, ptr nonnull @__dso_handle) #6
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @_GLOBAL__I_000200() #5 section ".text.startup" {
  store ptr @.str.10, ptr @p200, align 8, !tbaa !5
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %2, ptr getelementptr inbounds (i8, ptr @p200, i64 8), align 8, !tbaa !11
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %2, ptr noundef nonnull @.str.10)
  %4 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @p200, ptr nonnull @__dso_handle) #6
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @_GLOBAL__I_000300() #5 section ".text.startup" {
  store ptr @.str.2, ptr @p300, align 8, !tbaa !5
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %2, ptr getelementptr inbounds (i8, ptr @p300, i64 8), align 8, !tbaa !11
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %2, ptr noundef nonnull @.str.2)
  %4 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @p300, ptr nonnull @__dso_handle) #6
  store ptr @.str.8, ptr @p300b, align 8, !tbaa !5
  %5 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %6, ptr getelementptr inbounds (i8, ptr @p300b, i64 8), align 8, !tbaa !11
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %6, ptr noundef nonnull @.str.8)
  %8 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @p300b, ptr nonnull @__dso_handle) #6
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @_GLOBAL__sub_I_init_priority.cpp() #5 section ".text.startup" {
  store ptr @.str, ptr @plain_a, align 8, !tbaa !5
  %1 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %2 = add nsw i32 %1, 1
  store i32 %2, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %2, ptr getelementptr inbounds (i8, ptr @plain_a, i64 8), align 8, !tbaa !11
  %3 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %2, ptr noundef nonnull @.str)
  %4 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @plain_a, ptr nonnull @__dso_handle) #6
  store ptr @.str.6, ptr @plain_b, align 8, !tbaa !5
  %5 = load i32, ptr @_ZL5order, align 4, !tbaa !12
  %6 = add nsw i32 %5, 1
  store i32 %6, ptr @_ZL5order, align 4, !tbaa !12
  store i32 %6, ptr getelementptr inbounds (i8, ptr @plain_b, i64 8), align 8, !tbaa !11
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i32 noundef %6, ptr noundef nonnull @.str.6)
  %8 = tail call i32 @__cxa_atexit(ptr nonnull @_ZN3ObjD2Ev, ptr nonnull @plain_b, ptr nonnull @__dso_handle) #6
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #1

attributes #0 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind }
attributes #2 = { mustprogress nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"_ZTS3Obj", !7, i64 0, !10, i64 8}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!6, !10, i64 8}
!12 = !{!10, !10, i64 0}
