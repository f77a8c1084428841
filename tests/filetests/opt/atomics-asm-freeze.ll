; test opt gvn,licm,adce
; Atomic and volatile accesses are neither merged, forwarded, hoisted nor deleted; inline
; asm with an unused result stays; two freezes of one value stay two.
; run: @f(3) == 9

@flag = global i32 0
@counter = global i32 0

define i32 @f(i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %a1 = load atomic i32, ptr @flag acquire, align 4
  %a2 = load atomic i32, ptr @flag acquire, align 4
  %old = atomicrmw add ptr @counter, i32 1 monotonic
  %unused = call i32 asm sideeffect "", "=r"()
  fence seq_cst
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done

done:
  %fa = freeze i32 %a1
  %fb = freeze i32 %a1
  %d = sub i32 %fa, %fb
  %cnt = load i32, ptr @counter
  %s = add i32 %cnt, %d
  %t = add i32 %s, %a2
  %r = mul i32 %t, 3
  ret i32 %r
}
