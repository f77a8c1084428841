define void @f() personality ptr @__gxx_personality_v0 {
  ret void
}
declare i32 @__gxx_personality_v0(...)
