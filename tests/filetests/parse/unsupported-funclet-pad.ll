; Funclet exception handling (Windows C++ EH and SEH) is not supported; Itanium's
; invoke/landingpad/resume are.
; test parse-error

declare i32 @__CxxFrameHandler3(...)

define void @f() personality ptr @__CxxFrameHandler3 {
entry:
  %cs = catchswitch within none [label %h] unwind to caller ; error: funclet exception handling ('catchswitch'
h:
  ret void
}
