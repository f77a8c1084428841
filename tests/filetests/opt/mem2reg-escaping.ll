; mem2reg must leave alone an alloca whose address escapes (passed to a call, stored, or
; compared), and promote the one beside it that does not.
; test opt mem2reg
; test run

; Not inlined, so the address really leaves the function.
define void @observe(ptr %p) noinline {
  %v = load volatile i32, ptr %p
  ret void
}

define i32 @escapes(i32 %x) {
  %kept = alloca i32
  %promoted = alloca i32
  store i32 %x, ptr %kept
  store i32 %x, ptr %promoted
  call void @observe(ptr %kept)
  %a = load i32, ptr %kept
  %b = load i32, ptr %promoted
  %s = add i32 %a, %b
  ret i32 %s
}
; run: @escapes(21) == 42

define i1 @address_compared(i32 %x) {
  %a = alloca i32
  %b = alloca i32
  store i32 %x, ptr %a
  %same = icmp eq ptr %a, %b
  ret i1 %same
}
; run: @address_compared(1) == false
