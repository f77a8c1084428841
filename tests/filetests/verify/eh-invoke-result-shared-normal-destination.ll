; When the normal destination has another predecessor, the invoke's normal edge does not
; dominate it: the result is not available there (a phi entry for the invoke's edge is).
; test verify

declare i32 @__gxx_personality_v0(...)
declare i32 @g()

define i32 @f(i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %join
call:
  %a = invoke i32 @g()
          to label %join unwind label %lpad
join:
  %p = phi i32 [ %a, %call ], [ 0, %entry ]
  %q = add i32 %a, %p ; error: %a is defined on the normal edge of its invoke, which does not dominate this use
  ret i32 %q
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
