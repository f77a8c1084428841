; `trunc` of a pointer is not a cast LLVM has.
; test parse-error

define void @f(ptr %p) {
  %1 = trunc ptr %p to i32 ; error: invalid cast 'trunc' from 'ptr' to 'i32'
  ret void
}
