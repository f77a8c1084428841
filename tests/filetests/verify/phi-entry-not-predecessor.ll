; A phi entry for a block that does not branch here.
; test verify

define i32 @f() {
entry:
  br label %j
other:
  ret i32 0
j:
  %p = phi i32 [ 1, %entry ], [ 3, %other ] ; error: phi has an entry for %other, which is not a predecessor
  ret i32 %p
}
