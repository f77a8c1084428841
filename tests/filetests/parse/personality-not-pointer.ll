; The personality is a pointer constant (`personality ptr @__gxx_personality_v0`).
; test parse-error

define void @f() personality i32 0 { ; error: the personality function must be a pointer constant, not 'i32'
  ret void
}
