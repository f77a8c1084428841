; A named type used but never defined.
; test parse-error

@a = global %T zeroinitializer ; error: use of undefined type '%T'
