; dce / adce: instructions whose results are unused and that have no side effects go;
; stores, calls and volatile accesses stay. adce also removes a dead loop-carried value.
; test opt adce
; test run

@sink = global i32 0
declare i32 @puts(ptr)

define i32 @dead_values(i32 %x) {
  %unused = mul i32 %x, 7
  %also = add i32 %unused, 1
  store volatile i32 %x, ptr @sink
  %r = add i32 %x, 2
  ret i32 %r
}
; run: @dead_values(1) == 3

define i32 @dead_loop_value(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %junk = phi i32 [ 0, %entry ], [ %junk.next, %loop ]
  %junk.next = mul i32 %junk, 3
  %i.next = add i32 %i, 1
  %more = icmp slt i32 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %i.next
}
; run: @dead_loop_value(10) == 10
