; Synchronization scopes other than the system and `singlethread`.
; test parse-error

define void @f(ptr %p) {
  %x = atomicrmw add ptr %p, i32 1 syncscope("agent") seq_cst ; error: synchronization scope "agent"
  ret void
}
