; An unknown opcode is reported at the opcode.
; test parse-error

define void @f() {
  ret void
  foo ; error:3: unknown instruction 'foo'
}
