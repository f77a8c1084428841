; `trunc` to a wider type.
; test parse-error

define i64 @f(i32 %x) {
  %1 = trunc i32 %x to i64 ; error: invalid cast 'trunc' from 'i32' to 'i64'
  ret i64 %1
}
