; An operand whose definition has another type than the instruction says.
; test parse-error

define i32 @f(i64 %x) {
  %1 = add i32 %x, 1 ; error: '%x' defined with type 'i64' but expected 'i32'
  ret i32 %1
}
