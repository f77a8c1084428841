; A load address must be a pointer.
; test parse-error

define i32 @f(i64 %p) {
  %1 = load i32, i64 %p ; error:18: the load address must be a pointer, not 'i64'
  ret i32 %1
}
