; At most one `sret` parameter.
; test verify

define void @f(ptr sret(i32) %a, ptr sret(i32) %b) { ; error: more than one sret parameter
  ret void
}
