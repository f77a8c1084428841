; A landing pad produces { ptr, i32 }, needs a clause or `cleanup`, and every landingpad
; and resume of a function has that one type; catch clauses are pointers, filters constant
; arrays; an intrinsic is never invoked.
; test verify

declare i32 @__gxx_personality_v0(...)
declare void @g()
declare void @llvm.trap()

define void @f() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g()
          to label %next unwind label %lpad1
next:
  invoke void @g()
          to label %next2 unwind label %lpad2
next2:
  invoke void @llvm.trap() ; error: an intrinsic cannot be invoked
          to label %ok unwind label %lpad3
ok:
  ret void
lpad1:
  %a = landingpad { ptr, i32 } ; error: landingpad needs at least one clause or 'cleanup'
  resume { ptr, i64 } zeroinitializer ; error: resume operand must be { ptr, i32 }
lpad2:
  %b = landingpad { ptr, i64 } cleanup ; error: landingpad must produce { ptr, i32 }
  unreachable
lpad3:
  %c = landingpad { ptr, i32 } ; error: clause 1: a filter takes a constant array of type infos, not [1 x ptr] undef
          catch ptr null
          filter [1 x ptr] undef
  unreachable
}
