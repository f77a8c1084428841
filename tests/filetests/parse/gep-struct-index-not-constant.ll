; A struct index of a getelementptr must be a constant.
; test parse-error

%s = type { i32, i64 }
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr %s, ptr %p, i32 0, i32 %i ; error: getelementptr index 1 into '%s' must be a constant field number below 2
  ret ptr %q
}
