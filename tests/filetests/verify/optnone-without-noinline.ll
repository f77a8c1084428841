; `optnone` requires `noinline`.
; test verify

define void @f() optnone { ; error: optnone requires noinline
  ret void
}
