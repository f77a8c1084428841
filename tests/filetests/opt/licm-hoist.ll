; test opt licm
; Invariant arithmetic and address computations move to the preheader, which is made when
; the loop is entered from two places; a load of a global nothing in the loop writes moves
; too; a load through a pointer the loop may write through stays.
; run: @f(5, 1) == 5120
; run: @f(0, 0) == 0

@scale = global i32 1024
@out = global [4 x i32] zeroinitializer

define i32 @f(i32 %n, i32 %flag) {
entry:
  %c0 = icmp ne i32 %flag, 0
  br i1 %c0, label %left, label %right

left:
  br label %loop

right:
  br label %loop

loop:
  %i = phi i32 [ 0, %left ], [ 0, %right ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %left ], [ 0, %right ], [ %acc1, %loop ]
  %k = load i32, ptr @scale
  %slot = getelementptr inbounds [4 x i32], ptr @out, i64 0, i64 2
  store i32 %i, ptr %slot
  %again = load i32, ptr %slot
  %twice = shl i32 %n, 1
  %t = add i32 %k, %twice
  %t2 = sub i32 %t, %twice
  %acc1 = add i32 %acc, %t2
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %exit

exit:
  %r = select i1 %more, i32 0, i32 %acc1
  %z = icmp sgt i32 %n, 0
  %res = select i1 %z, i32 %r, i32 0
  ret i32 %res
}
