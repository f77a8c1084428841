; Metadata is skipped, but its brackets must balance.
; test parse-error

!0 = !{!1, !{}
; error: unbalanced brackets
