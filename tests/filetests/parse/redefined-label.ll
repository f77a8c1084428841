; Two blocks of one name.
; test parse-error

define void @f() {
entry:
  br label %entry
entry: ; error: redefinition of '%entry'
  ret void
}
