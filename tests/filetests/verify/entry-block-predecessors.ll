; The entry block cannot be a branch target (reported at the block).
; test verify

define void @f() {
entry: ; error:1: the entry block has predecessors (%entry)
  br label %entry
}
