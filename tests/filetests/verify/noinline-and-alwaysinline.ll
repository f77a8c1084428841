; `noinline` and `alwaysinline` contradict each other.
; test verify

define void @f() noinline alwaysinline { ; error: noinline and alwaysinline are incompatible
  ret void
}
