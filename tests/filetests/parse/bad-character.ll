; A control character outside strings and comments.
; test parse-error

 ; error: unexpected character U+007F
