; An intrinsic declared with the wrong operand types.
; test verify

declare i32 @llvm.smax.i32(i32, i64) ; error: intrinsic llvm.smax.i32: wrong signature i32 (i32, i64)
declare i64 @llvm.eh.typeid.for.p0(ptr) ; error: intrinsic llvm.eh.typeid.for.p0: wrong signature i64 (ptr)
declare i32 @llvm.eh.typeid.for.p1(ptr) ; error: name is neither llvm.eh.typeid.for nor llvm.eh.typeid.for.p0
