; `alloca` of a type without a size.
; test parse-error

define void @f() {
  %x = alloca void ; error:15: cannot allocate a value of type 'void'
  ret void
}
