; An instruction that uses its own result outside a phi.
; test verify

define i32 @f(i32 %x) {
entry:
  %y = add i32 %y, 1 ; error: definition of %y does not dominate this use
  ret i32 %y
}
