; The `inalloca` attribute.
; test parse-error

declare void @f(ptr inalloca(i32)) ; error: 'inalloca' attribute
