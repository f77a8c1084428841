; A conditional branch on an i32.
; test parse-error

define void @f(i32 %x) {
  br i1 %x, label %a, label %a ; error: '%x' defined with type 'i32' but expected 'i1'
a:
  ret void
}
