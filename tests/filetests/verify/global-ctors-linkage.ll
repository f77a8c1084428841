; `@llvm.global_ctors` must have appending linkage.
; test verify

@llvm.global_ctors = global [0 x { i32, ptr, ptr }] zeroinitializer ; error: llvm.global_ctors must have appending linkage
