; sroa on clang -O0 style exception handling: locals stored on both edges of an invoke
; become phis at the join (the landing pad's stores included), the exception pointer and
; selector slots disappear, and an aggregate slot holding the landing pad's value is split,
; the `resume` getting the value rebuilt from its pieces.
; test opt sroa

declare i32 @__gxx_personality_v0(...)

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @locals(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %v = alloca i32, align 4
  %exn = alloca ptr, align 8
  %sel = alloca i32, align 4
  store i32 %x, ptr %v, align 4
  %a = load i32, ptr %v, align 4
  %r = invoke i32 @twice(i32 %a)
          to label %ok unwind label %lpad
ok:
  store i32 %r, ptr %v, align 4
  br label %join
lpad:
  %lp = landingpad { ptr, i32 }
          catch ptr null
  %e = extractvalue { ptr, i32 } %lp, 0
  store ptr %e, ptr %exn, align 8
  %s = extractvalue { ptr, i32 } %lp, 1
  store i32 %s, ptr %sel, align 4
  store i32 -1, ptr %v, align 4
  br label %join
join:
  %res = load i32, ptr %v, align 4
  ret i32 %res
}
; run: @locals(21) == 42

define i32 @cleanup(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %agg = alloca { ptr, i32 }, align 8
  %r = invoke i32 @twice(i32 %x)
          to label %ok unwind label %lpad
ok:
  ret i32 %r
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  store { ptr, i32 } %lp, ptr %agg, align 8
  br label %rethrow
rethrow:
  %l = load { ptr, i32 }, ptr %agg, align 8
  resume { ptr, i32 } %l
}
; run: @cleanup(3) == 6
