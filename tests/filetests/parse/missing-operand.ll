; A binary operator with one operand: the reader notices at the next token, on the
; following line.
; test parse-error

define i32 @f() {
  %1 = add i32 1
  ret i32 %1 ; error:3: expected ',', found 'ret'
}
