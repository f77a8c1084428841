; A string constant that runs to the end of the line: reported where it starts. (A `;`
; after it would be part of the string, so the expectation comes first.)
; test parse-error

; error: unterminated string (missing closing '"')
@s = global [2 x i8] c"a
