; A type where a top-level entity should start.
; test parse-error

i32 5 ; error: expected a top-level entity, found 'i32'
