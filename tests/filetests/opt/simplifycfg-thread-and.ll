; test opt simplifycfg
; `a && b` as clang writes it: a block merging `false` and the second test in a phi, then
; branching on it. The predecessor that knows the answer branches to its target directly.
; run: @both(1, 2) == 10
; run: @both(0, 2) == 20
; run: @both(1, 0) == 20
; run: @either(0, 0) == 0
; run: @either(0, 5) == 1

define i32 @both(i32 %a, i32 %b) {
entry:
  %ca = icmp ne i32 %a, 0
  br i1 %ca, label %rhs, label %end

rhs:
  %cb = icmp ne i32 %b, 0
  br label %end

end:
  %p = phi i1 [ false, %entry ], [ %cb, %rhs ]
  br i1 %p, label %yes, label %no

yes:
  ret i32 10

no:
  %r = phi i32 [ 20, %end ]
  ret i32 %r
}

define i32 @either(i32 %a, i32 %b) {
entry:
  %ca = icmp ne i32 %a, 0
  br i1 %ca, label %end, label %rhs

rhs:
  %cb = icmp ne i32 %b, 0
  br label %end

end:
  %p = phi i1 [ true, %entry ], [ %cb, %rhs ]
  br i1 %p, label %yes, label %no

yes:
  %k = phi i32 [ 1, %end ]
  ret i32 %k

no:
  ret i32 0
}
