; The length type named in an `llvm.memcpy` declaration must match its parameter.
; test verify

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i64, i1) ; error: name does not match the overloaded types (expected llvm.memcpy.p0.p0.i64)
