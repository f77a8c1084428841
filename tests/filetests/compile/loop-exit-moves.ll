; A loop whose carried value also leaves it (clang's LCSSA shape, as in fib at -O2): the
; latch branches back or out and both edges need the same move, so at -O2 it is done once
; before the compare-and-branch, and the back edge is one conditional branch. (When the
; compare read the moved register, the moves would stay on the edges.)
; test compile opt=2
; test run

define i64 @count_down(i32 %n) {
entry:
  %small = icmp slt i32 %n, 2
  br i1 %small, label %exit, label %loop

loop:
  %i = phi i32 [ %next, %loop ], [ %n, %entry ]
  %acc = phi i64 [ %acc.next, %loop ], [ 0, %entry ]
  %next = add nsw i32 %i, -2
  %wide = sext i32 %i to i64
  %acc.next = add nsw i64 %acc, %wide
  %more = icmp sgt i32 %next, 1
  br i1 %more, label %loop, label %exit

exit:
  %left = phi i32 [ %n, %entry ], [ %next, %loop ]
  %sum = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %l = sext i32 %left to i64
  %r = add nsw i64 %sum, %l
  ret i64 %r
}
; run: @count_down(1) == 1
; run: @count_down(2) == 2
; run: @count_down(9) == 25
; run: @count_down(10) == 30
