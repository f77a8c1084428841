; An identifier that is not a type.
; test parse-error

@a = global foo 0 ; error: expected a type, found 'foo'
