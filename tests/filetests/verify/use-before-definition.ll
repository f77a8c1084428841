; A use earlier in the same block than the definition.
; test verify

define i32 @f(i32 %x) {
entry:
  %a = add i32 %b, 1 ; error: definition of %b does not dominate this use
  %b = add i32 %x, 1
  ret i32 %a
}
