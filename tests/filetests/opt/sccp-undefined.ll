; test opt sccp
; Division by zero, overflowing signed division and shifts past the width are undefined:
; they are left for run time, never folded; undef stays unknown.
; run: @safe(0) == 7

define i32 @divs(i32 %x) {
  %z = sub i32 %x, %x
  %a = udiv i32 100, 0
  %b = sdiv i32 -2147483648, -1
  %c = shl i32 1, 33
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  ret i32 %s2
}

define i32 @safe(i32 %x) {
  %u = add i32 undef, 1
  %k = udiv i32 21, 3
  %l = lshr i32 %k, 0
  ret i32 %l
}
