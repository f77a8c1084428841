; ifuncs.
; test parse-error

@a = ifunc void (), ptr @r ; error: ifuncs are not supported
