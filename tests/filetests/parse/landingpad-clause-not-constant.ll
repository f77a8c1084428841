; A landingpad clause is a constant (a type info, or an array of them for `filter`).
; test parse-error

declare i32 @__gxx_personality_v0(...)
declare void @g()

define void @f(ptr %ti) personality ptr @__gxx_personality_v0 {
  invoke void @g() to label %ok unwind label %lpad
ok:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } catch ptr %ti ; error:43: the 'catch' clause argument must be a constant
  resume { ptr, i32 } %lp
}
