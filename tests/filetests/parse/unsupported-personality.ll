; Exception handling: personality functions.
; test parse-error

define void @f() personality ptr @p { ; error: personality functions
  ret void
}
