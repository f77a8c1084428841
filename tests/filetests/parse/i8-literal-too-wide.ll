; 256 is not an i8 (-128 to 255 are).
; test parse-error

@a = global i8 256 ; error: does not fit in i8
