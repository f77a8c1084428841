; A scalar `select` needs an i1 condition.
; test parse-error

define i32 @f(i32 %c, i32 %x) {
  %1 = select i32 %c, i32 %x, i32 %x ; error:15: select condition must be 'i1', not 'i32'
  ret i32 %1
}
