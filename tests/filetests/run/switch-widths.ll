; `switch` on i8, i16 (negative cases: the compare is on the width, not the register),
; i64 with cases beyond 32 bits, and i1; a switch with only a default; and a switch in a
; loop.
; test run

define i64 @on_i8(i8 %x) {
entry:
  switch i8 %x, label %default [
    i8 -128, label %case0
    i8 -1, label %case1
    i8 0, label %case2
    i8 127, label %case3
    i8 5, label %case4
    i8 6, label %case5
    i8 7, label %case6
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
case4:
  br label %join
case5:
  br label %join
case6:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 1, %case0 ], [ 2, %case1 ], [ 3, %case2 ], [ 4, %case3 ], [ 5, %case4 ], [ 6, %case5 ], [ 7, %case6 ], [ -1, %default ]
  ret i64 %r
}
; run: @on_i8(-128) == 1
; run: @on_i8(128) == 1
; run: @on_i8(-1) == 2
; run: @on_i8(255) == 2
; run: @on_i8(0) == 3
; run: @on_i8(127) == 4
; run: @on_i8(5) == 5
; run: @on_i8(6) == 6
; run: @on_i8(7) == 7
; run: @on_i8(8) == -1
; run: @on_i8(-2) == -1

define i64 @on_i16(i16 %x) {
entry:
  switch i16 %x, label %default [
    i16 -300, label %case0
    i16 300, label %case1
    i16 -1, label %case2
    i16 1, label %case3
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 1, %case0 ], [ 2, %case1 ], [ 3, %case2 ], [ 4, %case3 ], [ -1, %default ]
  ret i64 %r
}
; run: @on_i16(-300) == 1
; run: @on_i16(300) == 2
; run: @on_i16(-1) == 3
; run: @on_i16(65535) == 3
; run: @on_i16(1) == 4
; run: @on_i16(0) == -1
; run: @on_i16(-2) == -1

define i64 @on_i64(i64 %x) {
entry:
  switch i64 %x, label %default [
    i64 4294967296, label %case0
    i64 -4294967296, label %case1
    i64 0, label %case2
    i64 9223372036854775807, label %case3
    i64 -9223372036854775808, label %case4
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
case4:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 1, %case0 ], [ 2, %case1 ], [ 3, %case2 ], [ 4, %case3 ], [ 5, %case4 ], [ -1, %default ]
  ret i64 %r
}
; run: @on_i64(0x100000000) == 1
; run: @on_i64(-4294967296) == 2
; run: @on_i64(0) == 3
; run: @on_i64(0x7fffffffffffffff) == 4
; run: @on_i64(-9223372036854775808) == 5
; run: @on_i64(1) == -1
; run: @on_i64(0xffffffff) == -1

define i64 @on_i1(i1 %x) {
entry:
  switch i1 %x, label %default [
    i1 true, label %case0
  ]
case0:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 10, %case0 ], [ 20, %default ]
  ret i64 %r
}
; run: @on_i1(true) == 10
; run: @on_i1(false) == 20

define i32 @only_default(i32 %x) {
entry:
  switch i32 %x, label %d [
  ]
d:
  %r = add i32 %x, 1
  ret i32 %r
}
; run: @only_default(41) == 42

; A tiny state machine: state 0 -> 1 -> 2 -> 0 ..., counting how often state 2 is left.
define i32 @machine(i32 %steps) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %next ]
  %state = phi i32 [ 0, %entry ], [ %state.next, %next ]
  %count = phi i32 [ 0, %entry ], [ %count.next, %next ]
  switch i32 %state, label %next [
    i32 0, label %s0
    i32 1, label %s1
    i32 2, label %s2
  ]
s0:
  br label %next
s1:
  br label %next
s2:
  br label %next
next:
  %state.next = phi i32 [ 1, %s0 ], [ 2, %s1 ], [ 0, %s2 ], [ 0, %loop ]
  %bump = phi i32 [ 0, %s0 ], [ 0, %s1 ], [ 1, %s2 ], [ 0, %loop ]
  %count.next = add i32 %count, %bump
  %i.next = add i32 %i, 1
  %more = icmp slt i32 %i.next, %steps
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %count.next
}
; run: @machine(1) == 0
; run: @machine(3) == 1
; run: @machine(10) == 3
; run: @machine(3000) == 1000
