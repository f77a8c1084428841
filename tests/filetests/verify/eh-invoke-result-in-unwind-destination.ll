; An invoke's result exists on its normal edge only: the unwind destination (reached when
; the callee did not return) cannot use it, neither directly nor in a phi entry for the
; invoke's block.
; test verify

declare i32 @__gxx_personality_v0(...)
declare i32 @g()

define i32 @f() personality ptr @__gxx_personality_v0 {
entry:
  %a = invoke i32 @g()
          to label %ok unwind label %lpad
ok:
  ret i32 %a
lpad:
  %p = phi i32 [ %a, %entry ] ; error: %a is defined on the normal edge of its invoke, which does not dominate the end of this incoming block
  %lp = landingpad { ptr, i32 }
          cleanup
  %b = add i32 %a, 1 ; error: %a is defined on the normal edge of its invoke, which does not dominate this use
  resume { ptr, i32 } %lp
}
