; sccp: both edges of an invoke are executable (whether the callee returns or throws is
; never known), so the join after an invoke's normal edge merges both incoming constants
; and is not folded, while constants inside the landing pad block still fold.
; test opt sccp

declare i32 @__gxx_personality_v0(...)
@seen = global i32 0

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @join_after_invoke(i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %a, label %b
a:
  %r = invoke i32 @twice(i32 1)
          to label %join unwind label %lpad
b:
  br label %join
join:
  %p = phi i32 [ 10, %a ], [ 20, %b ]
  ret i32 %p
lpad:
  %k = phi i32 [ 3, %a ]
  %lp = landingpad { ptr, i32 }
          cleanup
  %k1 = add i32 %k, 1
  store i32 %k1, ptr @seen
  resume { ptr, i32 } %lp
}
; run: @join_after_invoke(true) == 10
; run: @join_after_invoke(false) == 20

; The invoke's result is not a constant; a constant branch after it still folds.
define i32 @after(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @twice(i32 %x)
          to label %ok unwind label %lpad
ok:
  %t = icmp eq i32 1, 1
  br i1 %t, label %yes, label %no
yes:
  ret i32 %r
no:
  ret i32 0
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
; run: @after(8) == 16
