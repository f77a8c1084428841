; A store through a null pointer in a named function called from main (no debug
; information): `jit run` must report hot_spot and die of SIGSEGV.
define void @hot_spot(ptr %p, i32 %v) {
entry:
  store volatile i32 %v, ptr %p, align 4
  ret void
}

define i32 @run(i32 %n) {
entry:
  call void @hot_spot(ptr null, i32 %n)
  ret i32 %n
}

define i32 @main() {
entry:
  %r = call i32 @run(i32 7)
  ret i32 %r
}
