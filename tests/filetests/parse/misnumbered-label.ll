; Unnamed blocks take the next number too.
; test parse-error

define void @f() {
  br label %2
2: ; error: label expected to be numbered '%1', found '%2'
  ret void
}
