; An intrinsic declared with the wrong operand types.
; test verify

declare i32 @llvm.smax.i32(i32, i64) ; error: intrinsic llvm.smax.i32: wrong signature i32 (i32, i64)
