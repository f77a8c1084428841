; An invoke must name both destinations: `to label %normal unwind label %pad`.
; test parse-error

declare i32 @__gxx_personality_v0(...)
declare void @g()

define void @f() personality ptr @__gxx_personality_v0 {
  invoke void @g() to label %ok
ok: ; error:1: expected 'unwind', found 'ok:'
  ret void
}
