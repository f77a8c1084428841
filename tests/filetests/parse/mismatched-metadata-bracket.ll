; A `]` closing a `{` in metadata.
; test parse-error

!0 = !{!1 ] ; error: mismatched ']'
