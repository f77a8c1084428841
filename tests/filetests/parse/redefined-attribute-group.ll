; An attribute group defined twice.
; test parse-error

attributes #0 = { nounwind }
attributes #0 = { noinline } ; error: redefinition of attribute group '#0'
