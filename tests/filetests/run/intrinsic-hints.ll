; More intrinsics that carry no computation of their own: the rounding mode query (1:
; to nearest), `sideeffect`, the invariant-group barriers and invariant ranges (identities
; on the pointer), `annotation` (returns its operand) and `memset.inline`.
; test run

declare i32 @llvm.get.rounding()
declare void @llvm.sideeffect()
declare ptr @llvm.launder.invariant.group.p0(ptr)
declare ptr @llvm.strip.invariant.group.p0(ptr)
declare ptr @llvm.invariant.start.p0(i64, ptr)
declare void @llvm.invariant.end.p0(ptr, i64, ptr)
declare i32 @llvm.annotation.i32.p0(i32, ptr, ptr, i32)
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)

@note = private constant [5 x i8] c"note\00"
@cell = global i64 42

define i32 @rounding_mode() {
  %r = call i32 @llvm.get.rounding()
  ret i32 %r
}
; run: @rounding_mode() == 1

define i64 @with_sideeffect(i64 %x) {
  call void @llvm.sideeffect()
  %r = add i64 %x, 1
  ret i64 %r
}
; run: @with_sideeffect(7) == 8

define i64 @through_barriers() {
  %a = call ptr @llvm.launder.invariant.group.p0(ptr @cell)
  %b = call ptr @llvm.strip.invariant.group.p0(ptr %a)
  %t = call ptr @llvm.invariant.start.p0(i64 8, ptr %b)
  %v = load i64, ptr %b
  call void @llvm.invariant.end.p0(ptr %t, i64 8, ptr %b)
  ret i64 %v
}
; run: @through_barriers() == 42

define i32 @annotated(i32 %x) {
  %a = call i32 @llvm.annotation.i32.p0(i32 %x, ptr @note, ptr @note, i32 1)
  ret i32 %a
}
; run: @annotated(5) == 5

define i64 @inline_memset() {
  %buf = alloca i64
  call void @llvm.memset.inline.p0.i64(ptr %buf, i8 17, i64 8, i1 false)
  %v = load i64, ptr %buf
  ret i64 %v
}
; run: @inline_memset() == 0x1111111111111111
