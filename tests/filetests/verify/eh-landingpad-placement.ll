; A landingpad comes first in its block (after the phis), and a pad block is entered
; only by unwind edges: not by a branch, nor by an invoke's normal edge, and an invoke
; unwinds only to a pad block.
; test verify

declare i32 @__gxx_personality_v0(...)
declare void @g()

define void @not_first() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g() ; error: the unwind destination %lpad does not start with a landingpad
          to label %ok unwind label %lpad
ok:
  ret void
lpad:
  call void @g()
  %lp = landingpad { ptr, i32 } cleanup ; error: landingpad must be the first instruction of its block after the phis
  resume { ptr, i32 } %lp
}

define void @branch_to_pad(i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %lpad
call:
  invoke void @g()
          to label %ok unwind label %lpad
ok:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup ; error: landing pad block is entered from %entry by an edge that is not an invoke's unwind edge
  resume { ptr, i32 } %lp
}

define void @normal_to_pad() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g()
          to label %lpad unwind label %other
lpad:
  %lp = landingpad { ptr, i32 } cleanup ; error: landing pad block is entered from %entry by the normal edge of its invoke
  resume { ptr, i32 } %lp
other:
  %lp2 = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp2
}

define void @same_destinations() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g()
          to label %lpad unwind label %lpad
lpad:
  %lp = landingpad { ptr, i32 } cleanup ; error: landing pad block is entered from %entry by both edges of its invoke
  resume { ptr, i32 } %lp
}
