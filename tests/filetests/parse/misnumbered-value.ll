; Unnamed values must be numbered in order: after the parameter %0 and the entry block
; %1 comes %2.
; test parse-error

define i32 @f(i32 %0) {
  %3 = add i32 %0, 1 ; error: instruction expected to be numbered '%2', found '%3'
  ret i32 %3
}
