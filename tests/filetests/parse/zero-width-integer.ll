; i0 is not an integer type.
; test parse-error

@a = global i0 0 ; error: integer type 'i0' is invalid
