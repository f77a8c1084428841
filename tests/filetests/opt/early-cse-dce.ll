; early-cse followed by dce: a duplicate pure call result (a readnone intrinsic) and a
; duplicate expression merged, then the leftovers removed.
; test opt early-cse,dce
; test run

declare i32 @llvm.ctpop.i32(i32)

define i32 @twice(i32 %x) {
  %a = call i32 @llvm.ctpop.i32(i32 %x)
  %b = call i32 @llvm.ctpop.i32(i32 %x)
  %s = add i32 %a, %b
  %t1 = shl i32 %x, 2
  %t2 = shl i32 %x, 2
  %u = sub i32 %t1, %t2
  %r = add i32 %s, %u
  ret i32 %r
}
; run: @twice(7) == 6
