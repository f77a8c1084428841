; A function calling a `returns_twice` function: every value live across the call stays in
; memory, so the second return sees it.
; test compile
; test run

declare i32 @_setjmp(ptr) returns_twice
declare void @longjmp(ptr, i32) noreturn

define i32 @once_more(i32 %x) {
entry:
  %env = alloca [512 x i8], align 16
  %count = alloca i32
  store volatile i32 0, ptr %count
  %y = mul i32 %x, 3
  %r = call i32 @_setjmp(ptr %env)
  %c = load volatile i32, ptr %count
  %c1 = add i32 %c, 1
  store volatile i32 %c1, ptr %count
  %first = icmp eq i32 %r, 0
  br i1 %first, label %jump, label %done
jump:
  call void @longjmp(ptr %env, i32 5)
  unreachable
done:
  %s = add i32 %y, %r
  ret i32 %s
}
; run: @once_more(10) == 35
