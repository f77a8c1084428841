; A function body that never closes: reported at its opening brace.
; test parse-error

define void @f() { ; error:18: function body is not closed (missing '}')
  ret void
