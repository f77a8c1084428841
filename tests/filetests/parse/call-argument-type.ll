; A call whose argument type disagrees with the explicit function type.
; test parse-error

define void @f() {
  %1 = call i32 (i32) @g(i64 1) ; error: argument 1 has type 'i64' but the function type says 'i32'
  ret void
}
declare i32 @g(i32)
