; A global without its initializer: the reader finds the end of the file where the value
; should be (an error written before any code may be reported anywhere).
; test parse-error

; error: expected a value of type 'i32', found end of file
@a = global i32
