; gvn: a repeated expression computed once, a load after a store to the same address
; forwarded, and a redundant load removed; a store in between to another object does not
; block forwarding, one through an unknown pointer does.
; test opt gvn
; test run

@a = global i32 0
@b = global i32 0

define i32 @common(i32 %x, i32 %y) {
  %s1 = add i32 %x, %y
  %s2 = add i32 %x, %y
  %m = mul i32 %s1, %s2
  ret i32 %m
}
; run: @common(2, 3) == 25

define i32 @forward(i32 %v) {
  store i32 %v, ptr @a
  store i32 9, ptr @b
  %r = load i32, ptr @a
  ret i32 %r
}
; run: @forward(4) == 4

define i32 @blocked(i32 %v, ptr %p) {
  store i32 %v, ptr @a
  store i32 9, ptr %p
  %r = load i32, ptr @a
  ret i32 %r
}
