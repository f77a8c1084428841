; test opt inline
; Small callees are copied in (several returns merge in a phi; a byval argument gets its
; own copy); noinline, recursive, varargs and setjmp-calling callees stay calls.
; run: @main_like(5) == 110
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

%struct.P = type { i32, i32 }

declare i32 @setjmp(ptr) returns_twice

define internal i32 @absdiff(i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %a, %b
  br i1 %c, label %pos, label %neg
pos:
  %d = sub i32 %a, %b
  ret i32 %d
neg:
  %e = sub i32 %b, %a
  ret i32 %e
}

define internal i32 @byval_sum(ptr byval(%struct.P) align 4 %p) {
  %x = load i32, ptr %p
  %q = getelementptr inbounds %struct.P, ptr %p, i32 0, i32 1
  %y = load i32, ptr %q
  store i32 0, ptr %p
  %s = add i32 %x, %y
  ret i32 %s
}

define internal i32 @fact(i32 %n) {
  %c = icmp sle i32 %n, 1
  br i1 %c, label %one, label %rec
one:
  ret i32 1
rec:
  %m = sub i32 %n, 1
  %r = call i32 @fact(i32 %m)
  %p = mul i32 %n, %r
  ret i32 %p
}

define internal i32 @kept(i32 %x) noinline {
  ret i32 %x
}

define internal i32 @va(i32 %n, ...) {
  ret i32 %n
}

define internal i32 @jumper(ptr %b) {
  %r = call i32 @setjmp(ptr %b)
  ret i32 %r
}

define i32 @main_like(i32 %x) {
  %pair = alloca %struct.P
  store i32 3, ptr %pair
  %second = getelementptr inbounds %struct.P, ptr %pair, i32 0, i32 1
  store i32 4, ptr %second
  %a = call i32 @absdiff(i32 %x, i32 2)
  %b = call i32 @absdiff(i32 2, i32 %x)
  %s = call i32 @byval_sum(ptr byval(%struct.P) align 4 %pair)
  %still = load i32, ptr %pair
  %f = call i32 @fact(i32 %x)
  %k = call i32 @kept(i32 %still)
  %v = call i32 (i32, ...) @va(i32 1, i32 2)
  %t1 = add i32 %a, %b
  %t2 = add i32 %t1, %s
  %t3 = add i32 %t2, %f
  %t4 = add i32 %t3, %k
  %t5 = add i32 %t4, %v
  %t6 = sub i32 %t5, 27
  ret i32 %t6
}
