; `!foo` after an instruction must be followed by a metadata node; the reader finds the
; next line instead.
; test parse-error

define i32 @f() {
  %1 = add i32 1, 2, !foo
  ret i32 %1 ; error:3: expected metadata, found 'ret'
}
