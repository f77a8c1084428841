; Indirect calls through function pointers (from a table, a select and a phi), calls
; marked `tail`/`musttail`, and recursion deep enough that a frame leak would show.
; test run

define internal i32 @twice(i32 %x) {
  %r = shl i32 %x, 1
  ret i32 %r
}
define internal i32 @square(i32 %x) {
  %r = mul i32 %x, %x
  ret i32 %r
}
define internal i32 @negate(i32 %x) {
  %r = sub i32 0, %x
  ret i32 %r
}

@ops = internal constant [3 x ptr] [ptr @twice, ptr @square, ptr @negate]

define i32 @apply(i64 %which, i32 %x) {
  %slot = getelementptr inbounds [3 x ptr], ptr @ops, i64 0, i64 %which
  %f = load ptr, ptr %slot
  %r = call i32 %f(i32 %x)
  ret i32 %r
}
; run: @apply(0, 21) == 42
; run: @apply(1, -7) == 49
; run: @apply(2, 5) == -5

define i32 @pick_and_call(i1 %c, i32 %x) {
  %f = select i1 %c, ptr @square, ptr @twice
  %r = call i32 %f(i32 %x)
  ret i32 %r
}
; run: @pick_and_call(true, 9) == 81
; run: @pick_and_call(false, 9) == 18

; Applies the three operations in turn, n times, the callee chosen by a phi.
define i32 @chain(i32 %n, i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %v = phi i32 [ %x, %entry ], [ %v.next, %loop ]
  %f = phi ptr [ @twice, %entry ], [ %g, %loop ]
  %v.next = call i32 %f(i32 %v)
  %is.twice = icmp eq ptr %f, @twice
  %is.square = icmp eq ptr %f, @square
  %g1 = select i1 %is.square, ptr @negate, ptr @twice
  %g = select i1 %is.twice, ptr @square, ptr %g1
  %i.next = add i32 %i, 1
  %more = icmp slt i32 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %v.next
}
; run: @chain(1, 3) == 6
; run: @chain(2, 3) == 36
; run: @chain(3, 3) == -36
; run: @chain(4, 3) == -72

; count_down(n, acc) with a tail call: a million frames would overflow without tail
; calls, but a correct non-tail implementation of this depth still fits a normal stack,
; so only the result is checked.
define i64 @count_down(i64 %n, i64 %acc) {
entry:
  %done = icmp eq i64 %n, 0
  br i1 %done, label %exit, label %rec
rec:
  %n1 = sub i64 %n, 1
  %acc1 = add i64 %acc, %n
  %r = tail call i64 @count_down(i64 %n1, i64 %acc1)
  ret i64 %r
exit:
  ret i64 %acc
}
; run: @count_down(10, 0) == 55
; run: @count_down(10000, 0) == 50005000

define i32 @forward(i32 %x) {
  %r = musttail call i32 @twice(i32 %x)
  ret i32 %r
}
; run: @forward(8) == 16

; Mutual recursion.
define i1 @is_even(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %yes, label %rec
yes:
  ret i1 true
rec:
  %m = sub i32 %n, 1
  %r = call i1 @is_odd(i32 %m)
  ret i1 %r
}
define i1 @is_odd(i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %no, label %rec
no:
  ret i1 false
rec:
  %m = sub i32 %n, 1
  %r = call i1 @is_even(i32 %m)
  ret i1 %r
}
; run: @is_even(10) == true
; run: @is_even(7) == false
; run: @is_odd(1001) == true

; A function pointer passed in from outside: the address of a JIT function compared with
; itself after a round trip through an integer.
define i1 @address_roundtrip() {
  %i = ptrtoint ptr @twice to i64
  %p = inttoptr i64 %i to ptr
  %r = call i32 %p(i32 4)
  %ok = icmp eq i32 %r, 8
  ret i1 %ok
}
; run: @address_roundtrip() == true
