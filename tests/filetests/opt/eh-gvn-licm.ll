; gvn and licm: an invoke is a call that may write any memory, so a load after it (on
; either edge) is not forwarded from one before it, and a loop containing one hoists its
; pure invariants but no load. A loop whose header is a landing pad gets no preheader
; (nothing may come before the `landingpad`), so nothing is hoisted out of it.
; test opt gvn,licm

declare i32 @__gxx_personality_v0(...)
@g = global i32 0

define i32 @set_g(i32 %x) {
  store i32 %x, ptr @g
  ret i32 %x
}

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @reload(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  store i32 1, ptr @g
  %a = load i32, ptr @g
  %again = load i32, ptr @g
  %r = invoke i32 @set_g(i32 %x)
          to label %ok unwind label %lpad
ok:
  %b = load i32, ptr @g
  %s = add i32 %a, %b
  %s2 = add i32 %s, %again
  ret i32 %s2
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  %c = load i32, ptr @g
  store i32 %c, ptr @g
  resume { ptr, i32 } %lp
}
; run: @reload(5) == 7

define i32 @loop(i32 %n, i32 %a) personality ptr @__gxx_personality_v0 {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %cont ]
  %acc = phi i32 [ 0, %entry ], [ %acc3, %cont ]
  %k = mul i32 %a, 3
  %v = load i32, ptr @g
  %r = invoke i32 @set_g(i32 %i)
          to label %cont unwind label %lpad
cont:
  %acc1 = add i32 %acc, %k
  %acc2 = add i32 %acc1, %v
  %acc3 = add i32 %acc2, %r
  %i1 = add i32 %i, 1
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %acc3
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
; run: @set_g(100) == 100
; run: @loop(3, 2) == 122

; Reached only by exceptions: no run line, the snapshot shows `%k` stays in the pad.
define i32 @pad_loop(i32 %a) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @twice(i32 %a)
          to label %done unwind label %pad
pad:
  %i = phi i32 [ 0, %entry ], [ %i1, %pad ]
  %lp = landingpad { ptr, i32 }
          cleanup
  %k = mul i32 %a, 7
  %i1 = add i32 %i, %k
  %r2 = invoke i32 @twice(i32 %i1)
          to label %done unwind label %pad
done:
  %res = phi i32 [ %r, %entry ], [ %r2, %pad ]
  ret i32 %res
}
; run: @pad_loop(4) == 8
