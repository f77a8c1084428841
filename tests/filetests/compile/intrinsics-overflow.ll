; Overflow-checked arithmetic: the flag from the machine's carry/overflow bits, consumed
; as a branch and as a value; and saturating add.
; test compile
; test run

declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)
declare i8 @llvm.uadd.sat.i8(i8, i8)

define i32 @checked_add(i32 %a, i32 %b) {
entry:
  %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  %o = extractvalue { i32, i1 } %r, 1
  br i1 %o, label %overflow, label %ok
ok:
  %v = extractvalue { i32, i1 } %r, 0
  ret i32 %v
overflow:
  ret i32 -1
}
; run: @checked_add(1, 2) == 3
; run: @checked_add(2147483647, 1) == -1

define i1 @mul_overflows(i64 %a, i64 %b) {
  %r = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %a, i64 %b)
  %o = extractvalue { i64, i1 } %r, 1
  ret i1 %o
}
; run: @mul_overflows(4294967296, 4294967296) == true

define i8 @saturate(i8 %a, i8 %b) {
  %r = call i8 @llvm.uadd.sat.i8(i8 %a, i8 %b)
  ret i8 %r
}
; run: @saturate(200, 100) == 255
