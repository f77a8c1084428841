; After `ret`, an instruction starts a new (unnamed, unreachable) block, which then has
; no terminator.
; test verify

define void @f() {
  ret void
  %x = add i32 1, 2 ; error: in function @f, block %1: block does not end in a terminator
}
