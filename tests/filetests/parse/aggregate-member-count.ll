; An array constant with the wrong number of elements.
; test parse-error

@a = global [3 x i32] [i32 1, i32 2] ; error:23: array constant has 2 elements but its type '[3 x i32]' says 3
