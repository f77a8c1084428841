; Two globals of one name.
; test parse-error

@a = global i32 0
@a = global i32 1 ; error: redefinition of global '@a'
