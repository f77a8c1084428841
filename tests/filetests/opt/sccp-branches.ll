; test opt sccp
; A flag that is constant on every executable path decides the branches; the value merged
; only from executable edges is constant too.
; run: @f(100) == 12
; run: @f(-3) == 12

define i32 @f(i32 %n) {
entry:
  br label %loop

loop:
  %mode = phi i32 [ 1, %entry ], [ %mode2, %latch ]
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %is1 = icmp eq i32 %mode, 1
  br i1 %is1, label %same, label %other

same:
  br label %latch

other:
  br label %latch

latch:
  %mode2 = phi i32 [ 1, %same ], [ 2, %other ]
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, 3
  br i1 %c, label %loop, label %exit

exit:
  %k = mul i32 %mode2, 12
  switch i32 %mode2, label %bad [
    i32 1, label %good
  ]

good:
  ret i32 %k

bad:
  ret i32 -1
}
