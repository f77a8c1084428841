; Exception handling: `landingpad`.
; test parse-error

define void @f() {
  %x = landingpad { ptr, i32 } cleanup ; error: exception handling instruction 'landingpad'
  ret void
}
