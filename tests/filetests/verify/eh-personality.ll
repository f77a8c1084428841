; invoke, landingpad and resume need a personality; a declaration cannot have one.
; test verify

declare i32 @__gxx_personality_v0(...)
declare void @g()
declare void @h() personality ptr @__gxx_personality_v0 ; error: a function declaration cannot have a personality

define void @f() {
entry:
  invoke void @g() ; error: invoke in a function without a personality
          to label %ok unwind label %lpad
ok:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup ; error: landingpad in a function without a personality
  resume { ptr, i32 } %lp ; error: resume in a function without a personality
}
