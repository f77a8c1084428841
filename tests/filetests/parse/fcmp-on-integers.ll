; `fcmp` compares floating-point values only.
; test parse-error

define i1 @f(i32 %x) {
  %1 = fcmp oeq i32 %x, %x ; error:17: 'fcmp' needs floating-point operands, not 'i32'
  ret i1 %1
}
