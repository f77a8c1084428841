; A call returning void cannot be given a name.
; test parse-error

define void @f() {
  %x = call void @g() ; error: returns void cannot have a name
  ret void
}
declare void @g()
