; Two cases of one value in a switch.
; test verify

define void @f(i32 %x) {
entry:
  switch i32 %x, label %d [ ; error: duplicate case value 1
    i32 1, label %d
    i32 1, label %d
  ]
d:
  ret void
}
