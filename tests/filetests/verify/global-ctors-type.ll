; `@llvm.global_ctors` entries have three fields (priority, function, data).
; test verify

@llvm.global_ctors = appending global [1 x { i32, ptr }] [{ i32, ptr } { i32 1, ptr @f }] ; error:1: llvm.global_ctors must have type [N x { i32, ptr, ptr }], not [1 x { i32, ptr }]
define void @f() {
  ret void
}
