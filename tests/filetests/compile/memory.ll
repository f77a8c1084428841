; Memory access patterns a backend may fold into addressing modes: an array element by a
; scaled index, a struct field at a constant offset, load-modify-store, and a loop walking
; an array.
; test compile opt=0,2
; test run

@data = global [8 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8]

define i32 @element(i64 %i) {
  %p = getelementptr inbounds [8 x i32], ptr @data, i64 0, i64 %i
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @element(5) == 6

define i64 @field(ptr %s) {
  %p = getelementptr inbounds { i32, i64, i64 }, ptr %s, i64 0, i32 2
  %v = load i64, ptr %p
  ret i64 %v
}

define void @increment(ptr %p, i64 %i) {
  %q = getelementptr inbounds i64, ptr %p, i64 %i
  %v = load i64, ptr %q
  %w = add i64 %v, 1
  store i64 %w, ptr %q
  ret void
}

define i32 @sum_array() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds [8 x i32], ptr @data, i64 0, i64 %i
  %v = load i32, ptr %p
  %acc.next = add i32 %acc, %v
  %i.next = add i64 %i, 1
  %more = icmp ult i64 %i.next, 8
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %acc.next
}
; run: @sum_array() == 36
