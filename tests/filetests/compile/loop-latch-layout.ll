; A loop whose latch branches to the exit first (`br %c, label %exit, label %loop`, as
; clang -O2 leaves fib's tail recursion turned loop) and needs moves on both edges: the
; back edge's moves come right after the branch and end in the one jump back, so an
; iteration takes one taken branch, not a branch to the back edge's block and its jump.
; test compile opt=2
; test run

define internal i64 @fib(i32 %n) {
  %small = icmp slt i32 %n, 2
  br i1 %small, label %exit, label %loop

exit:
  %acc.x = phi i64 [ 0, %0 ], [ %acc1, %loop ]
  %n.x = phi i32 [ %n, %0 ], [ %n2, %loop ]
  %w = sext i32 %n.x to i64
  %r = add nsw i64 %acc.x, %w
  ret i64 %r

loop:
  %k = phi i32 [ %n2, %loop ], [ %n, %0 ]
  %acc = phi i64 [ %acc1, %loop ], [ 0, %0 ]
  %n1 = add nsw i32 %k, -1
  %f = tail call i64 @fib(i32 %n1)
  %n2 = add nsw i32 %k, -2
  %acc1 = add nsw i64 %f, %acc
  %done = icmp ult i32 %k, 4
  br i1 %done, label %exit, label %loop
}

define i64 @fib_of(i32 %n) {
  %r = call i64 @fib(i32 %n)
  ret i64 %r
}
; run: @fib_of(1) == 1
; run: @fib_of(10) == 55
; run: @fib_of(20) == 6765
