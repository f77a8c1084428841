; A switch may send many cases, and the default, to one block; its phis then need one
; entry per edge.
; test verify

define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %j [
    i32 1, label %j
    i32 2, label %j
  ]
j:
  %p = phi i32 [ 0, %entry ], [ 0, %entry ], [ 0, %entry ]
  ret i32 %p
}
