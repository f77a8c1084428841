; The intrinsics that carry no arithmetic of their own: hints (`expect`, `assume`,
; `prefetch`, lifetime markers) that must not change results, and `ptrmask`,
; `is.constant`, `frameaddress`, `load.relative`. (`objectsize`: intrinsic-objectsize.ll.)
; test run

declare i64 @llvm.expect.i64(i64, i64)
declare i1 @llvm.expect.i1(i1, i1)
declare void @llvm.assume(i1)
declare void @llvm.prefetch.p0(ptr, i32, i32, i32)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
declare i1 @llvm.is.constant.i32(i32)
declare ptr @llvm.frameaddress.p0(i32)
declare ptr @llvm.load.relative.i32(ptr, i32)

define i64 @hints(i64 %x) {
  %e = call i64 @llvm.expect.i64(i64 %x, i64 0)
  %pos = icmp sge i64 %e, 0
  %likely = call i1 @llvm.expect.i1(i1 %pos, i1 true)
  br i1 %likely, label %yes, label %no
yes:
  call void @llvm.assume(i1 %pos)
  ret i64 %e
no:
  %n = sub i64 0, %e
  ret i64 %n
}
; run: @hints(5) == 5
; run: @hints(-5) == 5

define i32 @lifetime_and_prefetch(i32 %x) {
  %slot = alloca i32
  call void @llvm.lifetime.start.p0(i64 4, ptr %slot)
  call void @llvm.prefetch.p0(ptr %slot, i32 1, i32 3, i32 1)
  store i32 %x, ptr %slot
  %v = load i32, ptr %slot
  call void @llvm.lifetime.end.p0(i64 4, ptr %slot)
  %r = mul i32 %v, 3
  ret i32 %r
}
; run: @lifetime_and_prefetch(14) == 42

@aligned = global [8 x i64] zeroinitializer, align 64

; ptrmask clears the low bits of an address without changing what it points into.
define i64 @mask_to_start(i64 %offset) {
  %p = getelementptr inbounds i8, ptr @aligned, i64 %offset
  %m = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -64)
  %d = ptrtoint ptr %m to i64
  %b = ptrtoint ptr @aligned to i64
  %r = sub i64 %d, %b
  ret i64 %r
}
; run: @mask_to_start(0) == 0
; run: @mask_to_start(37) == 0
; run: @mask_to_start(63) == 0

; is.constant may say false for anything not folded; for an argument it must be false
; or true consistently with the value being usable either way.
define i32 @is_constant_arg(i32 %x) {
  %c = call i1 @llvm.is.constant.i32(i32 %x)
  %r = select i1 %c, i32 %x, i32 %x
  ret i32 %r
}
; run: @is_constant_arg(9) == 9

define i1 @frame_address_is_set() {
  %f = call ptr @llvm.frameaddress.p0(i32 0)
  %nz = icmp ne ptr %f, null
  ret i1 %nz
}
; run: @frame_address_is_set() == true

; A table of 32-bit offsets relative to the table itself (what clang emits for
; position-independent string tables).
@rel = private constant [2 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @target_a to i64), i64 ptrtoint (ptr @rel to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @target_b to i64), i64 ptrtoint (ptr @rel to i64)) to i32)]
@target_a = private constant i32 111
@target_b = private constant i32 222

define i32 @relative(i32 %which) {
  %off = mul i32 %which, 4
  %p = call ptr @llvm.load.relative.i32(ptr @rel, i32 %off)
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @relative(0) == 111
; run: @relative(1) == 222
