; Loops whose state lives in phis: a counting loop, a swap that must read both old
; values (a parallel copy: a naive sequence of moves would clobber one), a three-way
; rotation, and a phi fed the same value on two edges from one block.
; test run

; sum(n) = 0 + 1 + ... + (n - 1), counting up with the compare at the loop head.
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
; run: @sum(0) == 0
; run: @sum(1) == 0
; run: @sum(10) == 45
; run: @sum(1000) == 499500
; run: @sum(-5) == 0

; (a, b) = (b, a), n times from (1, 2); returns a * 1000 + b.
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
  %scaled = mul i64 %a, 1000
  %r = add i64 %scaled, %b
  ret i64 %r
}
; run: @swap(1) == 1002
; run: @swap(2) == 2001
; run: @swap(5) == 1002
; run: @swap(6) == 2001

; (a, b, c) = (b, c, a), n - 1 times from (1, 2, 3) (the exit test follows the rotation);
; returns a * 100 + b * 10 + c.
define i32 @rotate(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %a = phi i32 [ 1, %entry ], [ %b, %loop ]
  %b = phi i32 [ 2, %entry ], [ %c, %loop ]
  %c = phi i32 [ 3, %entry ], [ %a, %loop ]
  %i.next = add i32 %i, 1
  %again = icmp ult i32 %i.next, %n
  br i1 %again, label %loop, label %exit
exit:
  %a100 = mul i32 %a, 100
  %b10 = mul i32 %b, 10
  %ab = add i32 %a100, %b10
  %r = add i32 %ab, %c
  ret i32 %r
}
; run: @rotate(1) == 123
; run: @rotate(2) == 231
; run: @rotate(3) == 312
; run: @rotate(4) == 123
; run: @rotate(8) == 231

; Fibonacci with the pair in phis: (a, b) = (b, a + b).
define i64 @fib(i32 %n) {
entry:
  %none = icmp eq i32 %n, 0
  br i1 %none, label %exit, label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %a = phi i64 [ 0, %entry ], [ %b, %loop ]
  %b = phi i64 [ 1, %entry ], [ %ab, %loop ]
  %ab = add i64 %a, %b
  %i.next = add i32 %i, 1
  %again = icmp ult i32 %i.next, %n
  br i1 %again, label %loop, label %exit
exit:
  %r = phi i64 [ 0, %entry ], [ %b, %loop ]
  ret i64 %r
}
; run: @fib(0) == 0
; run: @fib(1) == 1
; run: @fib(2) == 1
; run: @fib(20) == 6765
; run: @fib(90) == 2880067194370816120

; A conditional branch whose two edges go to the same block: the phi has one entry per
; edge, both with the same value.
define i32 @two_edges(i1 %c, i32 %x) {
entry:
  %y = add i32 %x, 1
  br i1 %c, label %join, label %join
join:
  %p = phi i32 [ %y, %entry ], [ %y, %entry ]
  ret i32 %p
}
; run: @two_edges(true, 41) == 42
; run: @two_edges(false, -1) == 0

; Critical edges: %entry and %mid both reach %join and %other, so a phi copy placed in a
; predecessor would be wrong on its other edge.
define i32 @critical(i32 %x) {
entry:
  %neg = icmp slt i32 %x, 0
  br i1 %neg, label %join, label %mid
mid:
  %big = icmp sgt i32 %x, 100
  br i1 %big, label %join, label %other
other:
  br label %join
join:
  %r = phi i32 [ -1, %entry ], [ 1, %mid ], [ 0, %other ]
  ret i32 %r
}
; run: @critical(-5) == -1
; run: @critical(500) == 1
; run: @critical(50) == 0

; Nested loops; the inner trip count depends on the outer counter: sum of i*j for
; 0 <= j < i < n.
define i64 @nested(i64 %n) {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %outer.latch ]
  %acc = phi i64 [ 0, %entry ], [ %acc.inner, %outer.latch ]
  %outer.more = icmp slt i64 %i, %n
  br i1 %outer.more, label %inner, label %exit
inner:
  %j = phi i64 [ 0, %outer ], [ %j.next, %inner ]
  %acc.in = phi i64 [ %acc, %outer ], [ %acc.inner, %inner ]
  %ij = mul i64 %i, %j
  %acc.inner = add i64 %acc.in, %ij
  %j.next = add i64 %j, 1
  %inner.more = icmp slt i64 %j.next, %i
  br i1 %inner.more, label %inner, label %outer.latch
outer.latch:
  %i.next = add i64 %i, 1
  br label %outer
exit:
  ret i64 %acc
}
; run: @nested(0) == 0
; run: @nested(1) == 0
; run: @nested(3) == 2
; run: @nested(10) == 870

; A float carried around a loop: x = x * 0.5 + 1, n times from 0 (approaches 2).
define double @halving(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %x = phi double [ 0.0, %entry ], [ %x.next, %loop ]
  %half = fmul double %x, 5.000000e-01
  %x.next = fadd double %half, 1.000000e+00
  %i.next = add i32 %i, 1
  %again = icmp slt i32 %i.next, %n
  br i1 %again, label %loop, label %exit
exit:
  ret double %x.next
}
; run: @halving(1) == 1.0
; run: @halving(2) == 1.5
; run: @halving(3) == 1.75
; run: @halving(100) == 2.0
