; A block that does not end in a terminator; reported at its last instruction.
; test verify

define i32 @f() {
  %a = add i32 1, 2 ; error:3: block does not end in a terminator: %a = add i32 1, 2
}
