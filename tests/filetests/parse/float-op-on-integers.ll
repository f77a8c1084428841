; `fadd` needs floating-point operands.
; test parse-error

define void @f(i32 %x) {
  %1 = fadd i32 %x, %x ; error: 'fadd' needs floating-point operands, not 'i32'
  ret void
}
