; Correct declarations of overloaded intrinsics at odd widths and of the memory
; intrinsics.
; test verify

declare i13 @llvm.smax.i13(i13, i13)
declare { i40, i1 } @llvm.umul.with.overflow.i40(i40, i40)
declare i24 @llvm.fshl.i24(i24, i24, i24)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare double @llvm.fma.f64(double, double, double)
declare i1 @llvm.is.fpclass.f32(float, i32)
