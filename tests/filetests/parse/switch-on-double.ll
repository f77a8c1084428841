; `switch` dispatches on integers only.
; test parse-error

define void @f(double %x) {
  switch double %x, label %a [ ; error:10: switch value must be an integer, not 'double'
  ]
a:
  ret void
}
