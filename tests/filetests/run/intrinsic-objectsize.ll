; `llvm.objectsize` of an object the compiler cannot see: the maximum answer is -1
; ("unknown"), the minimum one 0.
; test run
; xfail aarch64: the AArch64 backend does not lower `llvm.objectsize` yet (x86-64 and the interpreter do)

declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)

; objectsize of an unknown object: -1 when asked for the maximum, 0 for the minimum.
define i64 @objectsize_unknown(ptr %p, i1 %min) {
  %max = call i64 @llvm.objectsize.i64.p0(ptr %p, i1 false, i1 true, i1 false)
  %lo = call i64 @llvm.objectsize.i64.p0(ptr %p, i1 true, i1 true, i1 false)
  %r = select i1 %min, i64 %lo, i64 %max
  ret i64 %r
}
; run: @objectsize_unknown(null, false) == -1
; run: @objectsize_unknown(null, true) == 0
