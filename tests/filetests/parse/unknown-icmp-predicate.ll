; An icmp predicate that does not exist.
; test parse-error

define i32 @f(i32 %x) {
  %1 = icmp frob i32 %x, %x ; error:13: expected an icmp predicate, found 'frob'
  ret i32 0
}
