; mem2reg: locals kept in allocas as a front end emits them (every read a load, every
; write a store) become SSA values with phis at the join and the loop head; no alloca
; should be left.
; test opt mem2reg
; test run

define i32 @max(i32 %a, i32 %b) {
entry:
  %r = alloca i32
  %c = icmp sgt i32 %a, %b
  br i1 %c, label %then, label %else
then:
  store i32 %a, ptr %r
  br label %join
else:
  store i32 %b, ptr %r
  br label %join
join:
  %v = load i32, ptr %r
  ret i32 %v
}
; run: @max(3, 9) == 9
; run: @max(-1, -7) == -1

define i64 @sum_to(i64 %n) {
entry:
  %i = alloca i64
  %acc = alloca i64
  store i64 0, ptr %i
  store i64 0, ptr %acc
  br label %head
head:
  %iv = load i64, ptr %i
  %more = icmp slt i64 %iv, %n
  br i1 %more, label %body, label %exit
body:
  %a = load i64, ptr %acc
  %a2 = add i64 %a, %iv
  store i64 %a2, ptr %acc
  %i2 = add i64 %iv, 1
  store i64 %i2, ptr %i
  br label %head
exit:
  %r = load i64, ptr %acc
  ret i64 %r
}
; run: @sum_to(100) == 4950
