; A `ret` of another type than the function returns.
; test parse-error

define i32 @f() {
  ret i64 0 ; error: does not match the function's return type 'i32'
}
