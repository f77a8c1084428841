; Module summaries (ThinLTO).
; test parse-error

^0 = module: (path: "") ; error: module summary
