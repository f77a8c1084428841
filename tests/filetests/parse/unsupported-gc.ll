; Garbage-collection strategies.
; test parse-error

declare void @f() gc "shadow" ; error: garbage collection
