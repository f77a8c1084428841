; A declaration and a definition of one name are one symbol: defining it again is a
; redefinition.
; test parse-error

declare void @a()
define void @a() { ; error: redefinition of global '@a'
  ret void
}
