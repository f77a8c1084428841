; A string constant whose length differs from its array type.
; test parse-error

@s = global [3 x i8] c"abcd" ; error: string constant has 4 bytes but its type '[3 x i8]' says 3
