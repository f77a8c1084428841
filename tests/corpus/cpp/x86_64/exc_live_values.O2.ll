; ModuleID = 'exc_live_values.cpp'
source_filename = "exc_live_values.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$_ZTS3Err = comdat any

$_ZTI3Err = comdat any

@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS3Err = linkonce_odr dso_local constant [5 x i8] c"3Err\00", comdat, align 1
@_ZTI3Err = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS3Err }, comdat, align 8
@_ZTId = external constant ptr
@.str = private unnamed_addr constant [6 x i8] c"%lld\0A\00", align 1

; Function Attrs: mustprogress noinline uwtable
define dso_local noundef range(i32 -2147483647, -2147483648) i32 @_Z5maybei(i32 noundef %0) local_unnamed_addr #0 {
  %2 = srem i32 %0, 7
  %3 = icmp eq i32 %2, 3
  br i1 %3, label %4, label %6

4:                                                ; preds = %1
  %5 = tail call ptr @__cxa_allocate_exception(i64 4) #4
  store i32 %0, ptr %5, align 16, !tbaa !5
  tail call void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTI3Err, ptr null) #5
  unreachable

6:                                                ; preds = %1
  %7 = mul nsw i32 %0, 3
  %8 = add nsw i32 %7, 1
  ret i32 %8
}

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress noinline uwtable
define dso_local noundef double @_Z6fmaybedi(double noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = srem i32 %1, 5
  %4 = icmp eq i32 %3, 4
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = tail call ptr @__cxa_allocate_exception(i64 8) #4
  store double %0, ptr %6, align 16, !tbaa !10
  tail call void @__cxa_throw(ptr nonnull %6, ptr nonnull @_ZTId, ptr null) #5
  unreachable

7:                                                ; preds = %2
  %8 = fmul double %0, 1.500000e+00
  ret double %8
}

; Function Attrs: mustprogress noinline uwtable
define dso_local noundef i64 @_Z4manyi(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = sext i32 %0 to i64
  %3 = shl nsw i32 %0, 1
  %4 = sext i32 %3 to i64
  %5 = mul nsw i32 %0, 3
  %6 = sext i32 %5 to i64
  %7 = xor i32 %0, 5
  %8 = sext i32 %7 to i64
  %9 = add nsw i32 %0, 11
  %10 = sext i32 %9 to i64
  %11 = mul nsw i32 %0, %0
  %12 = zext nneg i32 %11 to i64
  %13 = sub nsw i32 7, %0
  %14 = sext i32 %13 to i64
  %15 = shl i32 %0, 2
  %16 = sext i32 %15 to i64
  %17 = sitofp i32 %0 to double
  %18 = fmul double %17, 2.500000e-01
  %19 = fadd double %17, 5.000000e-01
  %20 = icmp sgt i32 %0, 0
  br i1 %20, label %49, label %23

21:                                               ; preds = %98
  %22 = zext nneg i32 %111 to i64
  br label %23

23:                                               ; preds = %21, %1
  %24 = phi i64 [ 0, %1 ], [ %22, %21 ]
  %25 = phi i64 [ %6, %1 ], [ %99, %21 ]
  %26 = phi i64 [ %8, %1 ], [ %100, %21 ]
  %27 = phi i64 [ %10, %1 ], [ %101, %21 ]
  %28 = phi i64 [ %12, %1 ], [ %102, %21 ]
  %29 = phi i64 [ %14, %1 ], [ %108, %21 ]
  %30 = phi i64 [ %16, %1 ], [ %110, %21 ]
  %31 = phi double [ %18, %1 ], [ %103, %21 ]
  %32 = phi double [ %19, %1 ], [ %104, %21 ]
  %33 = phi i64 [ %4, %1 ], [ %105, %21 ]
  %34 = phi i64 [ %2, %1 ], [ %106, %21 ]
  %35 = fmul double %31, 1.000000e+02
  %36 = fptosi double %35 to i64
  %37 = fmul double %32, 1.000000e+01
  %38 = fptosi double %37 to i64
  %39 = add i64 %25, %24
  %40 = add i64 %39, %26
  %41 = add i64 %40, %27
  %42 = add i64 %41, %28
  %43 = add i64 %42, %29
  %44 = add i64 %43, %30
  %45 = add i64 %44, %36
  %46 = add i64 %45, %33
  %47 = add i64 %46, %38
  %48 = add i64 %47, %34
  ret i64 %48

49:                                               ; preds = %1, %98
  %50 = phi i64 [ %106, %98 ], [ %2, %1 ]
  %51 = phi i64 [ %105, %98 ], [ %4, %1 ]
  %52 = phi i32 [ %112, %98 ], [ 0, %1 ]
  %53 = phi double [ %104, %98 ], [ %19, %1 ]
  %54 = phi double [ %103, %98 ], [ %18, %1 ]
  %55 = phi i64 [ %110, %98 ], [ %16, %1 ]
  %56 = phi i64 [ %108, %98 ], [ %14, %1 ]
  %57 = phi i64 [ %102, %98 ], [ %12, %1 ]
  %58 = phi i64 [ %101, %98 ], [ %10, %1 ]
  %59 = phi i64 [ %100, %98 ], [ %8, %1 ]
  %60 = phi i64 [ %99, %98 ], [ %6, %1 ]
  %61 = phi i32 [ %111, %98 ], [ 0, %1 ]
  %62 = trunc i64 %51 to i32
  %63 = add nsw i32 %52, %62
  %64 = invoke noundef i32 @_Z5maybei(i32 noundef %63)
          to label %65 unwind label %79

65:                                               ; preds = %49
  %66 = sext i32 %64 to i64
  %67 = add nsw i64 %50, %66
  %68 = fadd double %54, %53
  %69 = invoke noundef double @_Z6fmaybedi(double noundef %68, i32 noundef %52)
          to label %70 unwind label %79

70:                                               ; preds = %65
  %71 = trunc i64 %67 to i32
  %72 = and i32 %71, 1023
  %73 = invoke noundef i32 @_Z5maybei(i32 noundef %72)
          to label %74 unwind label %79

74:                                               ; preds = %70
  %75 = sext i32 %73 to i64
  %76 = add nsw i64 %51, %75
  %77 = add nsw i64 %76, %67
  %78 = xor i64 %77, %60
  br label %98

79:                                               ; preds = %70, %65, %49
  %80 = phi double [ %69, %70 ], [ %54, %65 ], [ %54, %49 ]
  %81 = phi i64 [ %67, %70 ], [ %67, %65 ], [ %50, %49 ]
  %82 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI3Err
          catch ptr @_ZTId
  %83 = extractvalue { ptr, i32 } %82, 0
  %84 = extractvalue { ptr, i32 } %82, 1
  %85 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTI3Err) #4
  %86 = icmp eq i32 %84, %85
  br i1 %86, label %87, label %114

87:                                               ; preds = %79
  %88 = tail call ptr @__cxa_begin_catch(ptr %83) #4
  %89 = load i32, ptr %88, align 4, !tbaa !5
  tail call void @__cxa_end_catch()
  %90 = mul nsw i64 %58, 3
  %91 = add nsw i64 %90, %60
  %92 = trunc i64 %58 to i32
  %93 = fptosi double %80 to i32
  %94 = add i32 %93, %92
  %95 = add i32 %94, %89
  %96 = sext i32 %95 to i64
  %97 = add nsw i64 %59, %96
  br label %98

98:                                               ; preds = %87, %117, %74
  %99 = phi i64 [ %78, %74 ], [ %60, %87 ], [ %60, %117 ]
  %100 = phi i64 [ %59, %74 ], [ %97, %87 ], [ %59, %117 ]
  %101 = phi i64 [ %58, %74 ], [ %91, %87 ], [ %58, %117 ]
  %102 = phi i64 [ %57, %74 ], [ %57, %87 ], [ %122, %117 ]
  %103 = phi double [ %69, %74 ], [ %80, %87 ], [ %80, %117 ]
  %104 = phi double [ %53, %74 ], [ %53, %87 ], [ %123, %117 ]
  %105 = phi i64 [ %76, %74 ], [ %51, %87 ], [ %51, %117 ]
  %106 = phi i64 [ %67, %74 ], [ %81, %87 ], [ %81, %117 ]
  %107 = sub i64 %56, %55
  %108 = add i64 %107, %106
  %109 = add nsw i64 %102, %100
  %110 = xor i64 %109, %55
  %111 = add nuw nsw i32 %52, %61
  %112 = add nuw nsw i32 %52, 1
  %113 = icmp eq i32 %112, %0
  br i1 %113, label %21, label %49, !llvm.loop !12

114:                                              ; preds = %79
  %115 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTId) #4
  %116 = icmp eq i32 %84, %115
  br i1 %116, label %117, label %124

117:                                              ; preds = %114
  %118 = tail call ptr @__cxa_begin_catch(ptr %83) #4
  %119 = load double, ptr %118, align 8, !tbaa !10
  %120 = fptosi double %119 to i64
  %121 = add i64 %56, %57
  %122 = add i64 %121, %120
  %123 = fadd double %53, 1.250000e+00
  tail call void @__cxa_end_catch() #4
  br label %98

124:                                              ; preds = %114
  resume { ptr, i32 } %82
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #1

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #2 {
  br label %3

1:                                                ; preds = %3
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %8)
  ret i32 0

3:                                                ; preds = %0, %3
  %4 = phi i32 [ 1, %0 ], [ %9, %3 ]
  %5 = phi i64 [ 0, %0 ], [ %8, %3 ]
  %6 = mul nsw i64 %5, 31
  %7 = tail call noundef i64 @_Z4manyi(i32 noundef %4)
  %8 = add nsw i64 %7, %6
  %9 = add nuw nsw i32 %4, 1
  %10 = icmp eq i32 %9, 60
  br i1 %10, label %1, label %3, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

attributes #0 = { mustprogress noinline uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(none) }
attributes #2 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { noreturn }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"_ZTS3Err", !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
