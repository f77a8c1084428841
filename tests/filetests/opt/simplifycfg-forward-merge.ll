; test opt simplifycfg
; Empty blocks are bypassed (their phi entries move to their predecessors), chains of
; blocks merge, a switch on a constant folds, an unreachable block goes with its phi entry.
; run: @pick(0) == 10
; run: @pick(1) == 20
; run: @pick(5) == 30

define i32 @pick(i32 %x) {
entry:
  switch i32 %x, label %other [
    i32 0, label %zero
    i32 1, label %one
  ]

zero:
  br label %fwd0

fwd0:
  br label %join

one:
  br label %fwd1

fwd1:
  br label %join

other:
  br label %a

a:
  %k = add i32 %x, 1
  br label %b

b:
  switch i32 2, label %join [
    i32 2, label %join2
  ]

join2:
  br label %join

dead:
  br label %join

join:
  %r = phi i32 [ 10, %fwd0 ], [ 20, %fwd1 ], [ 30, %join2 ], [ 99, %b ], [ 0, %dead ]
  ret i32 %r
}
