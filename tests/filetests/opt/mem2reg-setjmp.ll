; test opt mem2reg
; A function that calls setjmp keeps its locals in memory (as the native -O0 program does);
; the other function is promoted.
; run: @plain(4) == 8

declare i32 @_setjmp(ptr) returns_twice

define i32 @jumps(ptr %buf) {
  %x = alloca i32
  store i32 1, ptr %x
  %r = call i32 @_setjmp(ptr %buf)
  %v = load i32, ptr %x
  %s = add i32 %v, %r
  ret i32 %s
}

define i32 @plain(i32 %a) {
  %x = alloca i32
  store i32 %a, ptr %x
  %v = load i32, ptr %x
  %s = add i32 %v, %a
  ret i32 %s
}
