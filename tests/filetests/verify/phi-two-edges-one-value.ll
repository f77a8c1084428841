; A conditional branch with both edges to one block needs a phi entry per edge; one
; entry is not enough.
; test verify

define i32 @f(i1 %c) {
entry:
  br i1 %c, label %j, label %j
j:
  %p = phi i32 [ 7, %entry ] ; error: phi
  ret i32 %p
}
