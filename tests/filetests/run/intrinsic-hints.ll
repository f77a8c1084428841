; More intrinsics that carry no computation of their own: `sideeffect`, the
; invariant-group barriers (identities on the pointer) and `memset.inline`.
; test run

declare void @llvm.sideeffect()
declare ptr @llvm.launder.invariant.group.p0(ptr)
declare ptr @llvm.strip.invariant.group.p0(ptr)
declare void @llvm.memset.inline.p0.i64(ptr, i8, i64, i1)

@cell = global i64 42

define i64 @with_sideeffect(i64 %x) {
  call void @llvm.sideeffect()
  %r = add i64 %x, 1
  ret i64 %r
}
; run: @with_sideeffect(7) == 8

define i64 @through_barriers() {
  %a = call ptr @llvm.launder.invariant.group.p0(ptr @cell)
  %b = call ptr @llvm.strip.invariant.group.p0(ptr %a)
  %v = load i64, ptr %b
  ret i64 %v
}
; run: @through_barriers() == 42

define i64 @inline_memset() {
  %buf = alloca i64
  call void @llvm.memset.inline.p0.i64(ptr %buf, i8 17, i64 8, i1 false)
  %v = load i64, ptr %buf
  ret i64 %v
}
; run: @inline_memset() == 0x1111111111111111
