; A phi needs an entry for every predecessor.
; test verify

define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %j
a:
  br label %j
j:
  %p = phi i32 [ 1, %entry ] ; error: phi has no entry for predecessor %a
  ret i32 %p
}
