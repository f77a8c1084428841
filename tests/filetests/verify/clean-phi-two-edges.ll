; A conditional branch whose edges both reach one block: one phi entry per edge, with
; the same value.
; test verify

define i32 @f(i1 %c, i32 %x) {
entry:
  br i1 %c, label %j, label %j
j:
  %p = phi i32 [ %x, %entry ], [ %x, %entry ]
  ret i32 %p
}
