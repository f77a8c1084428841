; A misspelt `global`.
; test parse-error

@a = glob i32 0 ; error:6: expected 'global', 'constant' or 'alias', found 'glob'
