; test opt adce
; Dead values go, dead cycles too; stores, calls, volatile loads and atomics stay.
; run: @f(4, 0) == 4

@g = global i32 0

define i32 @f(i32 %n, i32 %m) {
entry:
  %unused = mul i32 %n, 7
  %v = load volatile i32, ptr @g
  %a = atomicrmw add ptr @g, i32 1 seq_cst
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %junk = phi i32 [ 1, %entry ], [ %junk2, %loop ]
  %junk2 = mul i32 %junk, 3
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done

done:
  call void @ext(i32 %m)
  ret i32 %i1
}

define void @ext(i32 %x) {
  ret void
}
