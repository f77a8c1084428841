; The mistake of naming the block that defines the value instead of the block that
; branches back (the loop latch): two errors.
; test verify

define i64 @f(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ] ; error: phi has an entry for %body, which is not a predecessor
; error: phi has no entry for predecessor %latch
  br label %body
body:
  %i.next = add i64 %i, 1
  br label %latch
latch:
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i64 %i
}
