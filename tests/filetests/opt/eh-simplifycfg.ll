; simplifycfg leaves exception handling valid: an invoke's normal edge may be threaded
; past an empty block and a block ending in an invoke may be merged into its predecessor
; (the landing pad's phi then names the merged block), but a landing pad block is never
; merged into a predecessor, bypassed or entered by a redirected edge; an edge into a pad
; from an invoke that became unreachable goes with its phi entry, and a pad no invoke
; reaches is deleted.
; test opt simplifycfg

declare i32 @__gxx_personality_v0(...)

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

; `fwd` only forwards the normal edge: the invoke goes to `join` directly, and the phi
; takes the invoke's result on that edge. `cleanup` merges into `lpad` (its single
; predecessor ends in `br`).
define i32 @thread_normal(i32 %x, i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %join
call:
  %r = invoke i32 @twice(i32 %x)
          to label %fwd unwind label %lpad
fwd:
  br label %join
join:
  %p = phi i32 [ %r, %fwd ], [ 7, %entry ]
  ret i32 %p
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  br label %cleanup
cleanup:
  resume { ptr, i32 } %lp
}
; run: @thread_normal(5, true) == 10
; run: @thread_normal(5, false) == 7

; `body` (ending in an invoke) merges into `entry`; the pad's phi follows. The second
; invoke is never reached: its block goes, and so does its entry in the pad's phi.
define i32 @dead_invoke(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  br label %body
body:
  %a = invoke i32 @twice(i32 %x)
          to label %next unwind label %lpad
next:
  br i1 false, label %never, label %done
never:
  %b = invoke i32 @twice(i32 %a)
          to label %done unwind label %lpad
done:
  %r = phi i32 [ %a, %next ], [ %b, %never ]
  ret i32 %r
lpad:
  %which = phi i32 [ 1, %body ], [ 2, %never ]
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
; run: @dead_invoke(4) == 8

; A pad that no invoke reaches is deleted with its block.
define i32 @orphan_pad(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = call i32 @twice(i32 %x)
  ret i32 %r
orphan:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
; run: @orphan_pad(21) == 42
