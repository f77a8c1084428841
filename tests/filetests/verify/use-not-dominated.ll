; A value defined on one path used where both paths meet.
; test verify

define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %x = add i32 1, 2
  br label %j
b:
  br label %j
j:
  ret i32 %x ; error:3: definition of %x does not dominate this use: ret i32 %x
}
