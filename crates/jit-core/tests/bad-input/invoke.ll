define void @f() personality ptr @__gxx_personality_v0 {
  invoke void @g() to label %ok
ok:
  ret void
}
declare void @g()
declare i32 @__gxx_personality_v0(...)
