; indvars and adce with exception handling: a loop left by an exception has run the
; increment too, so the induction variable's use in the landing pad block becomes
; `next - 1`, placed after the `landingpad` (which stays first); adce keeps landing pads
; whose value nobody uses, and every invoke.
; test opt indvars,adce

declare i32 @__gxx_personality_v0(...)
@last = global i32 0

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @count(i32 %n) personality ptr @__gxx_personality_v0 {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %cont ]
  %i1 = add i32 %i, 1
  %r = invoke i32 @twice(i32 %i)
          to label %cont unwind label %lpad
cont:
  %more = icmp slt i32 %i1, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %i
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  store i32 %i, ptr @last
  resume { ptr, i32 } %lp
}
; run: @count(5) == 4

define i32 @swallow(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %unused = invoke i32 @twice(i32 %x)
          to label %ok unwind label %lpad
ok:
  ret i32 %x
lpad:
  %lp = landingpad { ptr, i32 }
          catch ptr null
  ret i32 -1
}
; run: @swallow(9) == 9
