; `icmp` compares integers and pointers only.
; test parse-error

define i1 @f(double %x) {
  %1 = icmp eq double %x, %x ; error:16: 'icmp' needs integer or pointer operands, not 'double'
  ret i1 %1
}
