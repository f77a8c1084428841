; Operand bundles on calls (other than on llvm.assume).
; test parse-error

define void @f() {
  call void @g() [ "deopt"(i32 1) ] ; error: operand bundles
  ret void
}
declare void @g()
