; The verifier reports every problem, in every function, not just the first.
; test verify

define i32 @a() {
  %x = add i32 1, 2 ; error: block does not end in a terminator
}
define void @b() noinline alwaysinline { ; error: incompatible
  ret void
}
define i32 @c(i32 %x) {
entry:
  %y = add i32 %z, 1 ; error: definition of %z does not dominate this use
  %z = add i32 %x, 1
  ret i32 %y
}
