; `llvm.invariant.start`/`end` (a marker of a read-only range; start returns a token
; pointer) and `llvm.annotation` (returns its operand unchanged).
; test run
; xfail aarch64: the AArch64 backend does not lower `llvm.invariant.start` and `llvm.annotation` yet (x86-64 and the interpreter do)

declare ptr @llvm.invariant.start.p0(i64, ptr)
declare void @llvm.invariant.end.p0(ptr, i64, ptr)
declare i32 @llvm.annotation.i32.p0(i32, ptr, ptr, i32)

@note = private constant [5 x i8] c"note\00"
@cell = global i64 42

define i64 @invariant_range() {
  %t = call ptr @llvm.invariant.start.p0(i64 8, ptr @cell)
  %v = load i64, ptr @cell
  call void @llvm.invariant.end.p0(ptr %t, i64 8, ptr @cell)
  ret i64 %v
}
; run: @invariant_range() == 42

define i32 @annotated(i32 %x) {
  %a = call i32 @llvm.annotation.i32.p0(i32 %x, ptr @note, ptr @note, i32 1)
  ret i32 %a
}
; run: @annotated(5) == 5
