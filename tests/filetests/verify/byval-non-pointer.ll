; `byval` belongs on pointer parameters.
; test verify

define void @f(i32 byval(i32) %x) { ; error: parameter 0: byval on a non-pointer i32
  ret void
}
