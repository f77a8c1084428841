; The `token` type.
; test parse-error

declare token @f() ; error: 'token' type
