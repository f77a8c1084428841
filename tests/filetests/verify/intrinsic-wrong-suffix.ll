; An overloaded intrinsic whose name suffix disagrees with its types.
; test verify

declare i32 @llvm.ctpop.i64(i32) ; error: name does not match the overloaded types (expected llvm.ctpop.i32)
