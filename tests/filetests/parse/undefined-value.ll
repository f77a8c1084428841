; A use of a local value that is never defined.
; test parse-error

define i32 @f() {
  %1 = add i32 %x, 1 ; error: use of undefined value '%x'
  ret i32 %1
}
