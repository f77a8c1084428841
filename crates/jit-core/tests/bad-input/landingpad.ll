define void @f() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g() to label %ok unwind label %lp
ok:
  ret void
lp:
  %e = landingpad { ptr, i32 }
          catch [1 x ptr] [ptr null]
  resume { ptr, i32 } %e
}
declare void @g()
declare i32 @__gxx_personality_v0(...)
