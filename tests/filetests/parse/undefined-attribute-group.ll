; A reference to an attribute group that does not exist.
; test parse-error

declare void @f() #3 ; error: undefined attribute group '#3'
