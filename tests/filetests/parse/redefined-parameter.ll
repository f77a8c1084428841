; Two parameters of one name.
; test parse-error

define i32 @f(i32 %x, i32 %x) { ; error: redefinition of parameter '%x'
  ret i32 %x
}
