; A function with an sret parameter returns void.
; test verify

define i32 @f(ptr sret(i32) %p) { ; error: a function with an sret parameter must return void, not i32
  ret i32 0
}
