; `sret` goes on the first or second parameter.
; test verify

define void @f(i32 %a, i32 %b, ptr sret(i32) %c) { ; error: sret must be on the first or second parameter
  ret void
}
