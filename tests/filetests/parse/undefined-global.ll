; A call to a function neither defined nor declared.
; test parse-error

define void @f() {
  call void @g() ; error:13: use of undefined global '@g'
  ret void
}
