; Exception handling: `invoke`.
; test parse-error

define void @f() {
  invoke void @g() to label %a unwind label %b ; error: exception handling instruction 'invoke'
}
