; Two edges from one block must carry the same value into a phi.
; test verify

define i32 @f(i1 %c) {
entry:
  br i1 %c, label %j, label %j
j:
  %p = phi i32 [ 1, %entry ], [ 2, %entry ] ; error: phi entries for %entry carry different values
  ret i32 %p
}
