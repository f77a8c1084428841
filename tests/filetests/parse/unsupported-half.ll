; The `half` type.
; test parse-error

@a = global half 0xH3C00 ; error: unsupported type 'half'
