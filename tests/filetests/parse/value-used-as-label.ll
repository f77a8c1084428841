; A value name used as a branch target.
; test parse-error

define void @f(i32 %x) {
  br label %x ; error: '%x' is a value, not a label
}
