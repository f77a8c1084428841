; `add` needs integer operands.
; test parse-error

define void @f(double %x) {
  %1 = add double %x, %x ; error: 'add' needs integer
  ret void
}
