; A use of a numbered value that is never defined.
; test parse-error

define i32 @f() {
  %1 = add i32 %7, 1 ; error: use of undefined value '%7'
  ret i32 %1
}
