; Prefix data before a function.
; test parse-error

define void @f() prefix i32 1 { ; error: prefix data
  ret void
}
