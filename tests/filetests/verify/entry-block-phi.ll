; The entry block can have no phis, and here it is also a branch target.
; test verify

define void @f() {
entry: ; error: the entry block has predecessors (%entry)
  %p = phi i32 [ 1, %entry ] ; error: the entry block cannot have phis
  br label %entry
}
