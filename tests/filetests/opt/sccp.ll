; sccp: constants propagated through phis and branches: the branch on a value that is
; constant on every path is decided, the dead arm removed.
; test opt sccp
; test run

define i32 @through_phi(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %join
b:
  br label %join
join:
  %k = phi i32 [ 5, %a ], [ 5, %b ]
  %big = icmp sgt i32 %k, 3
  br i1 %big, label %yes, label %no
yes:
  %r = mul i32 %k, 2
  ret i32 %r
no:
  ret i32 -1
}
; run: @through_phi(true) == 10
; run: @through_phi(false) == 10

define i32 @loop_constant(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %k = phi i32 [ 7, %entry ], [ %k, %loop ]
  %i.next = add i32 %i, 1
  %more = icmp slt i32 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %k
}
; run: @loop_constant(5) == 7
