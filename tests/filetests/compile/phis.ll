; Phis: a counting loop and a swap whose copies must be done in parallel.
; test compile opt=0,2
; test run

define i64 @sum(i64 %n) {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %body ]
  %more = icmp slt i64 %i, %n
  br i1 %more, label %body, label %exit
body:
  %acc.next = add i64 %acc, %i
  %i.next = add i64 %i, 1
  br label %head
exit:
  ret i64 %acc
}
; run: @sum(10) == 45

define i64 @swap(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %a = phi i64 [ 1, %entry ], [ %b, %loop ]
  %b = phi i64 [ 2, %entry ], [ %a, %loop ]
  %i.next = add i64 %i, 1
  %again = icmp slt i64 %i.next, %n
  br i1 %again, label %loop, label %exit
exit:
  %r = add i64 %a, %b
  ret i64 %r
}
; run: @swap(5) == 3
