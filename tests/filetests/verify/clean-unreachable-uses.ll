; Uses in unreachable blocks are exempt from dominance, as in LLVM.
; test verify

define void @f() {
entry:
  ret void
dead:
  %y = add i32 %x, 1
  %x = add i32 1, 2
  br label %dead
}
