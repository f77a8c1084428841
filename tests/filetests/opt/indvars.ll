; indvars: uses after a loop of an induction variable become `next - step`, so the phi and
; its increment do not both live past the loop (the back edge then needs no copy).
; test opt indvars
; test run

; The quicksort scan `while (a[i] < p) i++;` then a use of i: rewritten.
define i64 @scan(ptr %a, i64 %start, i32 %pivot) {
entry:
  br label %loop

loop:
  %i = phi i64 [ %start, %entry ], [ %i.next, %loop ]
  %p = getelementptr inbounds i32, ptr %a, i64 %i
  %v = load i32, ptr %p
  %lt = icmp slt i32 %v, %pivot
  %i.next = add nsw i64 %i, 1
  br i1 %lt, label %loop, label %done

done:
  %r = mul i64 %i, 10
  ret i64 %r
}

; A pointer walking down by 4 bytes, used after the loop: rewritten with a byte offset.
define i64 @walk_down(ptr %end, i32 %stop) {
entry:
  br label %loop

loop:
  %q = phi ptr [ %end, %entry ], [ %q.next, %loop ]
  %q.next = getelementptr inbounds i32, ptr %q, i64 -1
  %v = load i32, ptr %q.next
  %go = icmp ne i32 %v, %stop
  br i1 %go, label %loop, label %done

done:
  %d = ptrtoint ptr %q to i64
  %e = ptrtoint ptr %end to i64
  %n = sub i64 %e, %d
  ret i64 %n
}

; A `sub` step, and a use through a phi whose incoming block is after the loop.
define i32 @countdown(i32 %n, i1 %flag) {
entry:
  br label %loop

loop:
  %k = phi i32 [ %n, %entry ], [ %k.next, %loop ]
  %k.next = sub i32 %k, 3
  %more = icmp sgt i32 %k.next, 0
  br i1 %more, label %loop, label %after

after:
  br i1 %flag, label %join, label %other

other:
  br label %join

join:
  %j = phi i32 [ %k, %after ], [ 7, %other ]
  ret i32 %j
}

; The loop can leave before the increment ran in that iteration: left alone.
define i32 @early_exit(ptr %a, i32 %n) {
entry:
  br label %head

head:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %p = getelementptr inbounds i8, ptr %a, i32 %i
  %c = load i8, ptr %p
  %zero = icmp eq i8 %c, 0
  br i1 %zero, label %out, label %body

body:
  %i.next = add i32 %i, 1
  %end = icmp slt i32 %i.next, %n
  br i1 %end, label %head, label %out

out:
  ret i32 %i
}

define i64 @scan_main() {
  %buf = alloca [8 x i32]
  store i32 1, ptr %buf
  %b1 = getelementptr i32, ptr %buf, i64 1
  store i32 2, ptr %b1
  %b2 = getelementptr i32, ptr %buf, i64 2
  store i32 9, ptr %b2
  %b3 = getelementptr i32, ptr %buf, i64 3
  store i32 4, ptr %b3
  %r = call i64 @scan(ptr %buf, i64 0, i32 5)
  %e = getelementptr i32, ptr %buf, i64 4
  %w = call i64 @walk_down(ptr %e, i32 1)
  %x = mul i64 %w, 1000
  %s = add i64 %r, %x
  ret i64 %s
}
; run: @scan_main() == 12020
; run: @countdown(10, true) == 1
; run: @countdown(9, true) == 3
; run: @countdown(9, false) == 7
; run: @countdown(-5, true) == -5

define i32 @early_main() {
  %s = alloca [4 x i8]
  store i8 5, ptr %s
  %s1 = getelementptr i8, ptr %s, i64 1
  store i8 6, ptr %s1
  %s2 = getelementptr i8, ptr %s, i64 2
  store i8 0, ptr %s2
  %r = call i32 @early_exit(ptr %s, i32 10)
  %r2 = call i32 @early_exit(ptr %s, i32 1)
  %x = mul i32 %r2, 100
  %t = add i32 %r, %x
  ret i32 %t
}
; run: @early_main() == 2
