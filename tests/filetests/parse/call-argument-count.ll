; A call passing fewer arguments than the function type has.
; test parse-error

define void @f() {
  %1 = call i32 (i32) @g() ; error: call passes 0 arguments
  ret void
}
declare i32 @g(i32)
