; test opt mem2reg
; Locals of a counting loop become phis; the loads before any store read undef only on
; paths the program never takes.
; run: @sum_to(10) == 55
; run: @sum_to(0) == 0
; run: @sum_to(-5) == 0

define i32 @sum_to(i32 %n) {
entry:
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %i)
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 1, ptr %i, align 4
  br label %cond

cond:
  %iv = load i32, ptr %i, align 4
  %nv = load i32, ptr %n.addr, align 4
  %c = icmp sle i32 %iv, %nv
  br i1 %c, label %body, label %done

body:
  %sv = load i32, ptr %s, align 4
  %iv2 = load i32, ptr %i, align 4
  %add = add nsw i32 %sv, %iv2
  store i32 %add, ptr %s, align 4
  %inc = add nsw i32 %iv2, 1
  store i32 %inc, ptr %i, align 4
  br label %cond

done:
  call void @llvm.lifetime.end.p0(i64 4, ptr %i)
  %r = load i32, ptr %s, align 4
  ret i32 %r
}

declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)
