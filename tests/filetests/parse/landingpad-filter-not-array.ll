; A `filter` clause takes an array of type infos (`[0 x ptr] zeroinitializer` for `throw()`).
; test parse-error

declare i32 @__gxx_personality_v0(...)

define void @f() personality ptr @__gxx_personality_v0 {
  %lp = landingpad { ptr, i32 } filter ptr null ; error: 'filter' clause has an invalid type 'ptr'
  ret void
}
