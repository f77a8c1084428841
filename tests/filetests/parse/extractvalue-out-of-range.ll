; An `extractvalue` index past the end of the struct.
; test parse-error

define void @f({ i32 } %s) {
  %1 = extractvalue { i32 } %s, 1 ; error: index 1 is out of range
  ret void
}
