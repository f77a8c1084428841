; inline with exception handling: a call site of a callee that unwinds is inlined whole
; into a caller that has its personality, or none (the caller then takes it); not into a
; caller with another personality; invoke sites are never inlined; a callee using
; llvm.eh.typeid.for stays a call (its value belongs to the callee's type infos). globaldce
; keeps an internal function used only as a personality.
; test opt inline,globaldce

declare i32 @__gxx_personality_v0(...)
declare i32 @llvm.eh.typeid.for.p0(ptr)
@_ZTIi = external constant ptr
@log = global i32 0

define internal i32 @my_personality(...) {
  ret i32 0
}

define internal i32 @small(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

; Unwinds: an invoke and a cleanup pad.
define internal i32 @guarded(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @small(i32 %x)
          to label %ok unwind label %lpad
ok:
  ret i32 %r
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  store i32 1, ptr @log
  resume { ptr, i32 } %lp
}

define internal i32 @typeid(i32 %x) personality ptr @__gxx_personality_v0 {
  %t = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi)
  %r = add i32 %x, %t
  ret i32 %r
}

; Takes @guarded's personality with its body.
define i32 @no_personality(i32 %x) {
  %r = call i32 @guarded(i32 %x)
  %s = call i32 @typeid(i32 %r)
  ret i32 %s
}
; run: @no_personality(3) == 5

; Another personality: @guarded stays a call; the invoke of @small stays an invoke, the
; call of @small is inlined.
define i32 @other_personality(i32 %x) personality ptr @my_personality {
entry:
  %a = call i32 @guarded(i32 %x)
  %b = invoke i32 @small(i32 %a)
          to label %ok unwind label %lpad
ok:
  %c = call i32 @small(i32 %b)
  ret i32 %c
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
; run: @other_personality(1) == 4
