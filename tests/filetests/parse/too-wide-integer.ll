; LLVM integers have at most 2^23 - 1 bits.
; test parse-error

@a = global i8388608 0 ; error: integer type 'i8388608' is wider than 8388607 bits
