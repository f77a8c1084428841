; A branch to a label that no block has.
; test parse-error

define void @f() {
  br label %nowhere ; error:12: use of undefined label '%nowhere'
}
