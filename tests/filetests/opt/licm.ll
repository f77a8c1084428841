; licm: a computation that does not change in the loop moves before it, and so does a
; load from a global the loop never stores to; a load from memory the loop writes stays.
; test opt licm
; test run

@scale = global i64 3
@out = global i64 0

define i64 @hoist(i64 %n, i64 %a, i64 %b) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %inv = mul i64 %a, %b
  %s = load i64, ptr @scale
  %t = mul i64 %inv, %s
  %acc.next = add i64 %acc, %t
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i64 %acc.next
}
; run: @hoist(4, 2, 5) == 120

define i64 @stays(i64 %n) {
entry:
  store i64 0, ptr @out
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %v = load i64, ptr @out
  %v2 = add i64 %v, %i
  store i64 %v2, ptr @out
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  %r = load i64, ptr @out
  ret i64 %r
}
; run: @stays(5) == 10
