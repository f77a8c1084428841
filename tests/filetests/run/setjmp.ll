; setjmp/longjmp: values live across a `returns_twice` call must still be right when it
; returns the second time (a backend may not keep them only in registers that longjmp
; does not restore). The jmp_buf is a 512-byte buffer, larger than either target's.
; test run

declare i32 @_setjmp(ptr) returns_twice
declare void @longjmp(ptr, i32) noreturn

define internal void @jump(ptr %env, i32 %v) {
  call void @longjmp(ptr %env, i32 %v)
  unreachable
}

; Counts how often setjmp returns: 1 direct return plus n longjmps, with a counter kept
; in memory and a value computed before setjmp used after every return.
define i32 @bounce(i32 %n) {
entry:
  %env = alloca [512 x i8], align 16
  %count = alloca i32
  store volatile i32 0, ptr %count
  %base = mul i32 %n, 1000
  %r = call i32 @_setjmp(ptr %env)
  %c = load volatile i32, ptr %count
  %c1 = add i32 %c, 1
  store volatile i32 %c1, ptr %count
  %again = icmp sle i32 %c1, %n
  br i1 %again, label %jump, label %done
jump:
  call void @jump(ptr %env, i32 %c1)
  unreachable
done:
  %sum = add i32 %base, %c1
  %rr = mul i32 %r, 100000
  %total = add i32 %sum, %rr
  ret i32 %total
}
; run: @bounce(0) == 1
; run: @bounce(1) == 101002
; run: @bounce(5) == 505006

; longjmp with 0 makes setjmp return 1.
define i32 @zero_becomes_one() {
entry:
  %env = alloca [512 x i8], align 16
  %first = alloca i32
  store volatile i32 1, ptr %first
  %r = call i32 @_setjmp(ptr %env)
  %f = load volatile i32, ptr %first
  %is.first = icmp eq i32 %f, 1
  br i1 %is.first, label %go, label %back
go:
  store volatile i32 0, ptr %first
  call void @jump(ptr %env, i32 0)
  unreachable
back:
  ret i32 %r
}
; run: @zero_becomes_one() == 1
