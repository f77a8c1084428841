; Invokes at both tiers: the call ends its block; the normal edge takes the result from the
; return register, the landing pad (a stub after the blocks at -O0; at -O2 an edge block of
; its own that receives the exception pointer and selector in the first two return
; registers) passes them on to the pad's block. Values live into the pad (%a, %b) stay
; where the call leaves them: tier 0's slots, or callee-saved registers and spill slots.
; Nothing throws here (the landing paths run in the C++ corpus), so the personality is a
; stand-in.
; test compile opt=0,2
; test run

define i32 @personality(...) {
  ret i32 0
}

declare void @_Unwind_Resume(ptr)

define i64 @twice(i64 %x) noinline {
  %r = mul i64 %x, 2
  ret i64 %r
}

define i64 @guarded(i64 %a, i64 %b) personality ptr @personality {
entry:
  %first = invoke i64 @twice(i64 %a)
          to label %next unwind label %pad
next:
  %c = add i64 %first, %b
  %second = invoke i64 @twice(i64 %c)
          to label %done unwind label %pad
done:
  %sum = add i64 %second, %a
  ret i64 %sum
pad:
  %live = phi i64 [ %a, %entry ], [ %c, %next ]
  %lp = landingpad { ptr, i32 }
          cleanup
  %sel = extractvalue { ptr, i32 } %lp, 1
  %k = sext i32 %sel to i64
  %keep = add i64 %live, %k
  %v = insertvalue { ptr, i32 } %lp, i32 0, 1
  resume { ptr, i32 } %v
}

; run: @guarded(3, 4) == 23
; run: @guarded(-5, 1) == -23
