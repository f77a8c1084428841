; A phi names a value defined later with another type: caught when the definition
; arrives.
; test parse-error

define i32 @f(i1 %c) {
entry:
  br label %b
b:
  %p = phi i32 [ %v, %entry ]
  %v = add i64 1, 2 ; error: '%v' is defined with type 'i64' but was used with type 'i32'
  ret i32 %p
}
