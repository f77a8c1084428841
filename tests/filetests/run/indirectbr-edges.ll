; `indirectbr` in the optimizing tier: where each block address lands when the edge to it
; is critical (the target also has other predecessors, and phis), when several values are
; live across the jump, when two `indirectbr`s share a target (that function is left to
; tier 0, which must still be right), and when the address of a block nobody can reach
; is taken.
; test run

@ops = internal constant [3 x ptr] [ptr blockaddress(@machine, %inc), ptr blockaddress(@machine, %dbl), ptr blockaddress(@machine, %done)]

; A machine whose opcodes come two bits at a time from %code: 0 = inc, 1 = dbl, 2 = done.
; `inc` is also entered by an ordinary branch from `dbl` when the value is odd, and has
; phis, so the `indirectbr` edge to it is critical. Six values live across the dispatch.
define i64 @machine(i64 %code, i64 %x) {
entry:
  br label %dispatch
dispatch:
  %pc = phi i64 [ 0, %entry ], [ %pc.next, %inc.tail ], [ %pc.next, %dbl ]
  %v = phi i64 [ %x, %entry ], [ %v.inc, %inc.tail ], [ %v.dbl, %dbl ]
  %a = phi i64 [ 1, %entry ], [ %a.1, %inc.tail ], [ %a, %dbl ]
  %b = phi i64 [ 2, %entry ], [ %b, %inc.tail ], [ %b.1, %dbl ]
  %c = phi i64 [ 3, %entry ], [ %c.1, %inc.tail ], [ %c.1d, %dbl ]
  %shift = mul i64 %pc, 2
  %w = lshr i64 %code, %shift
  %op = and i64 %w, 3
  %pc.next = add i64 %pc, 1
  %slot = getelementptr inbounds [3 x ptr], ptr @ops, i64 0, i64 %op
  %target = load ptr, ptr %slot
  indirectbr ptr %target, [label %inc, label %dbl, label %done]
inc:
  %v.in = phi i64 [ %v, %dispatch ], [ %v.dbl, %dbl ]
  %k = phi i64 [ 1, %dispatch ], [ 100, %dbl ]
  %v.inc = add i64 %v.in, %k
  %a.1 = add i64 %a, %v.inc
  %c.1 = xor i64 %c, %a.1
  %stop = icmp ugt i64 %pc.next, 31
  br i1 %stop, label %done, label %inc.tail
inc.tail:
  br label %dispatch
dbl:
  %v.dbl = shl i64 %v, 1
  %b.1 = add i64 %b, %v.dbl
  %c.1d = sub i64 %c, %b.1
  %odd = and i64 %v, 1
  %is.odd = icmp ne i64 %odd, 0
  br i1 %is.odd, label %inc, label %dispatch
done:
  %v.out = phi i64 [ %v, %dispatch ], [ %v.inc, %inc ]
  %a.out = phi i64 [ %a, %dispatch ], [ %a.1, %inc ]
  %c.out = phi i64 [ %c, %dispatch ], [ %c.1, %inc ]
  %s1 = mul i64 %a.out, 1000003
  %s2 = add i64 %s1, %b
  %s3 = mul i64 %s2, 31
  %s4 = add i64 %s3, %c.out
  %s5 = mul i64 %s4, 17
  %r = add i64 %s5, %v.out
  ret i64 %r
}
; run: @machine(0x2, 5) == 527002691
; run: @machine(0x20, 5) == 7378023365
; run: @machine(0x21, 4) == 5270020868
; run: @machine(0x25, 3) == 56389280287
; run: @machine(0x2955, 7) == 60606888025
; run: @machine(0x0, 9) == 430560307511

; Two `indirectbr`s that share targets: no single place for the target's label in the
; optimizing tier's layout, so the function goes to tier 0.
define i32 @two_jumps(i1 %c, i32 %n) {
entry:
  %t = select i1 %c, ptr blockaddress(@two_jumps, %one), ptr blockaddress(@two_jumps, %two)
  %big = icmp sgt i32 %n, 10
  br i1 %big, label %left, label %right
left:
  %l = add i32 %n, 1
  indirectbr ptr %t, [label %one, label %two]
right:
  %r = add i32 %n, 2
  indirectbr ptr %t, [label %one, label %two]
one:
  %p1 = phi i32 [ %l, %left ], [ %r, %right ]
  %x1 = mul i32 %p1, 3
  ret i32 %x1
two:
  %p2 = phi i32 [ %l, %left ], [ %r, %right ]
  %x2 = mul i32 %p2, 5
  ret i32 %x2
}
; run: @two_jumps(true, 20) == 63
; run: @two_jumps(true, 1) == 9
; run: @two_jumps(false, 20) == 105
; run: @two_jumps(false, 1) == 15

; Both targets of a two-way `indirectbr` are also reached by a branch and take the same
; value: the edge moves are the same on both edges.
define i64 @shared_moves(i1 %c, i1 %d, i64 %x, i64 %y) {
entry:
  %t = select i1 %c, ptr blockaddress(@shared_moves, %p), ptr blockaddress(@shared_moves, %q)
  %sum = add i64 %x, %y
  br i1 %d, label %jump, label %p
jump:
  %prod = mul i64 %x, %y
  indirectbr ptr %t, [label %p, label %q]
p:
  %vp = phi i64 [ %prod, %jump ], [ %sum, %entry ]
  %rp = sub i64 %vp, %sum
  ret i64 %rp
q:
  %rq = add i64 %prod, %sum
  ret i64 %rq
}
; run: @shared_moves(true, true, 6, 7) == 29
; run: @shared_moves(false, true, 6, 7) == 55
; run: @shared_moves(false, false, 6, 7) == 0

; The address of a block no path reaches: a valid, never used address.
define i64 @unreachable_label(i64 %x) {
entry:
  %y = add i64 %x, 1
  ret i64 %y
dead:
  ret i64 0
}
@dead_label = global ptr blockaddress(@unreachable_label, %dead)
; run: @unreachable_label(41) == 42
