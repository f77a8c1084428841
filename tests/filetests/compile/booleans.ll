; Booleans: i1 arguments and results, compares combined with and/or/xor, and an i1
; widened for arithmetic.
; test compile opt=0,2
; test run

define i1 @in_range(i32 %x, i32 %lo, i32 %hi) {
  %a = icmp sge i32 %x, %lo
  %b = icmp slt i32 %x, %hi
  %r = and i1 %a, %b
  ret i1 %r
}
; run: @in_range(5, 0, 10) == true
; run: @in_range(10, 0, 10) == false

define i1 @either_zero(i64 %a, i64 %b) {
  %x = icmp eq i64 %a, 0
  %y = icmp eq i64 %b, 0
  %r = or i1 %x, %y
  ret i1 %r
}
; run: @either_zero(3, 0) == true

define i32 @count_true(i1 %a, i1 %b, i1 %c) {
  %x = zext i1 %a to i32
  %y = zext i1 %b to i32
  %z = zext i1 %c to i32
  %s = add i32 %x, %y
  %t = add i32 %s, %z
  ret i32 %t
}
; run: @count_true(true, false, true) == 2

define i1 @negate(i1 %a) {
  %r = xor i1 %a, true
  ret i1 %r
}
; run: @negate(false) == true

define i32 @minus_one_if(i1 %a) {
  %r = sext i1 %a to i32
  ret i32 %r
}
; run: @minus_one_if(true) == -1
