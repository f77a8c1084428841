; `llvm.*` functions are declarations only.
; test verify

define void @llvm.foo() { ; error: llvm.* intrinsics cannot be defined
  ret void
}
