; simplifycfg: a branch on a constant folded away with its dead block, a chain of blocks
; merged, an empty forwarding block removed, and a switch on a constant folded.
; test opt simplifycfg
; test run

define i32 @constant_branch(i32 %x) {
entry:
  br i1 true, label %live, label %dead
live:
  br label %next
next:
  br label %last
last:
  %r = add i32 %x, 1
  ret i32 %r
dead:
  ret i32 0
}
; run: @constant_branch(41) == 42

define i32 @forwarding(i1 %c) {
entry:
  br i1 %c, label %hop, label %join
hop:
  br label %join
join:
  %p = phi i32 [ 1, %hop ], [ 2, %entry ]
  ret i32 %p
}
; run: @forwarding(true) == 1
; run: @forwarding(false) == 2

define i32 @constant_switch() {
entry:
  switch i32 2, label %d [
    i32 1, label %a
    i32 2, label %b
  ]
a:
  ret i32 10
b:
  ret i32 20
d:
  ret i32 30
}
; run: @constant_switch() == 20

define i32 @unreachable_block(i32 %x) {
entry:
  ret i32 %x
orphan:
  %y = add i32 %x, 1
  br label %orphan
}
; run: @unreachable_block(3) == 3
