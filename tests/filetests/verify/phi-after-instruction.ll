; Phis must come first in their block.
; test verify

define i32 @f(i32 %x) {
entry:
  br label %b
b:
  %y = add i32 %x, 1
  %p = phi i32 [ %x, %entry ] ; error: phi after a non-phi instruction
  ret i32 %p
}
