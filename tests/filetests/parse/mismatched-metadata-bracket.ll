; A `]` closing a `{` in metadata.
; test parse-error

!0 = !{!1 ] ; error: expected ',' or '}' in a metadata tuple, found ']'
