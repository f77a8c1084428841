; Calls marked `tail` and `musttail` (a backend may turn them into jumps) and a
; self-recursive tail call.
; test compile opt=0,2
; test run

define internal i64 @callee(i64 %x) {
  %r = add i64 %x, 1
  ret i64 %r
}

define i64 @tail_caller(i64 %x) {
  %r = tail call i64 @callee(i64 %x)
  ret i64 %r
}
; run: @tail_caller(41) == 42

define i64 @musttail_caller(i64 %x) {
  %r = musttail call i64 @callee(i64 %x)
  ret i64 %r
}
; run: @musttail_caller(1) == 2

define i64 @gcd(i64 %a, i64 %b) {
entry:
  %z = icmp eq i64 %b, 0
  br i1 %z, label %done, label %rec
rec:
  %r = urem i64 %a, %b
  %g = tail call i64 @gcd(i64 %b, i64 %r)
  ret i64 %g
done:
  ret i64 %a
}
; run: @gcd(1071, 462) == 21
