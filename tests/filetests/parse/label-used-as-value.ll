; A block name used where a value is expected.
; test parse-error

define void @f() {
entry:
  %x = add i32 %entry, 1 ; error: '%entry' is a label, not a value
  ret void
}
