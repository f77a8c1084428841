; `llvm.get.rounding`: the current rounding mode, 1 (to nearest) unless the program
; changed it (FLT_ROUNDS in C).
; test run
; xfail aarch64: the AArch64 backend does not lower `llvm.get.rounding` yet (x86-64 and the interpreter do)

declare i32 @llvm.get.rounding()

define i32 @rounding_mode() {
  %r = call i32 @llvm.get.rounding()
  ret i32 %r
}
; run: @rounding_mode() == 1
