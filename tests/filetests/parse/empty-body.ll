; A definition needs at least one block.
; test parse-error

define void @f() {
} ; error: needs at least one block
