; A datalayout that does not parse.
; test verify

; error: malformed datalayout specification `p:abc`: expected a number of bits
target datalayout = "e-p:abc-i64:64"
