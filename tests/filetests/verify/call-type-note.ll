; A direct call whose function type differs from the callee's is allowed, as in LLVM,
; but noted.
; test verify

define i32 @f() {
  %r = call i32 @takes2(i32 1) ; note: call type i32 (i32) differs from the callee's type i32 (i32, i32)
  ret i32 %r
}
declare i32 @takes2(i32, i32)
