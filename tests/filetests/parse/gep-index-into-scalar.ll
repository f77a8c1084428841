; A getelementptr index past the innermost aggregate.
; test parse-error

define i32 @f(ptr %p) {
  %1 = getelementptr inbounds [2 x i32], ptr %p, i64 0, i64 0, i64 0 ; error:8: getelementptr index 2 cannot index into 'i32'
  ret i32 0
}
