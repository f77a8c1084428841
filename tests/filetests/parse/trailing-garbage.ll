; Text after a complete global.
; test parse-error

@a = global i32 0 garbage ; error: expected a top-level entity, found 'garbage'
