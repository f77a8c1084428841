; inline: a small function and a function with one call site are inlined; a `noinline`
; one is not; an `alwaysinline` one is, however large; a `returns_twice` caller keeps its
; callee's frame out.
; test opt inline
; test run

define internal i32 @small(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

define internal i32 @once(i32 %x) {
  %a = mul i32 %x, 3
  %b = add i32 %a, 4
  %c = sub i32 %b, %x
  ret i32 %c
}

define internal i32 @never(i32 %x) noinline {
  %r = sub i32 0, %x
  ret i32 %r
}

define internal i32 @always(i32 %x) alwaysinline {
  %a = add i32 %x, 1
  %b = mul i32 %a, %a
  %c = sub i32 %b, %x
  %d = xor i32 %c, 5
  ret i32 %d
}

define i32 @caller(i32 %x) {
  %a = call i32 @small(i32 %x)
  %b = call i32 @small(i32 %a)
  %c = call i32 @once(i32 %b)
  %d = call i32 @never(i32 %c)
  %e = call i32 @always(i32 %d)
  ret i32 %e
}
; run: @caller(1) == 94

declare i32 @_setjmp(ptr) returns_twice

define i32 @with_setjmp(i32 %x) {
  %env = alloca [512 x i8], align 16
  %r = call i32 @_setjmp(ptr %env)
  %s = call i32 @small(i32 %x)
  %t = add i32 %s, %r
  ret i32 %t
}
; run: @with_setjmp(4) == 5
