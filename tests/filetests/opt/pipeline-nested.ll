; A nested pipeline as LLVM-C clients write it for LLVMRunPasses:
; function(mem2reg,instcombine),simplifycfg.
; test opt function(mem2reg,instcombine),simplifycfg
; test run

define i32 @abs_diff(i32 %a, i32 %b) {
entry:
  %r = alloca i32
  %gt = icmp sgt i32 %a, %b
  br i1 %gt, label %x, label %y
x:
  %d1 = sub i32 %a, %b
  store i32 %d1, ptr %r
  br label %done
y:
  %d2 = sub i32 %b, %a
  store i32 %d2, ptr %r
  br label %done
done:
  %v = load i32, ptr %r
  %z = add i32 %v, 0
  ret i32 %z
}
; run: @abs_diff(3, 10) == 7
; run: @abs_diff(10, 3) == 7
