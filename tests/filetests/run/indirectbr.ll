; Computed goto: `blockaddress` constants in a table and in code, `indirectbr` to them,
; and phis in the targets. A tiny bytecode interpreter: opcodes 0 = halt, 1 = add the
; operand, 2 = multiply by the operand, 3 = jump back to the start when the accumulator
; is below the operand.
; test run

@dispatch = internal constant [4 x ptr] [ptr blockaddress(@run, %halt), ptr blockaddress(@run, %add), ptr blockaddress(@run, %mul), ptr blockaddress(@run, %loop)]

; The program is given as up to four (opcode, operand) pairs packed into an i64, one pair
; per 16 bits (low byte opcode, high byte operand), first pair lowest.
define i64 @run(i64 %program, i64 %start) {
entry:
  br label %next
next:
  %pc = phi i64 [ 0, %entry ], [ %pc.1, %add ], [ %pc.1, %mul ], [ %pc.1, %loop ], [ 0, %loop.back ]
  %acc = phi i64 [ %start, %entry ], [ %acc.add, %add ], [ %acc.mul, %mul ], [ %acc, %loop ], [ %acc, %loop.back ]
  %shift = mul i64 %pc, 16
  %word = lshr i64 %program, %shift
  %op = and i64 %word, 255
  %arg.s = lshr i64 %word, 8
  %arg = and i64 %arg.s, 255
  %pc.1 = add i64 %pc, 1
  %slot = getelementptr inbounds [4 x ptr], ptr @dispatch, i64 0, i64 %op
  %target = load ptr, ptr %slot
  indirectbr ptr %target, [label %halt, label %add, label %mul, label %loop]
add:
  %acc.add = add i64 %acc, %arg
  br label %next
mul:
  %acc.mul = mul i64 %acc, %arg
  br label %next
loop:
  %below = icmp ult i64 %acc, %arg
  br i1 %below, label %loop.back, label %next
loop.back:
  br label %next
halt:
  ret i64 %acc
}
; add 5, halt
; run: @run(0x0501, 1) == 6
; mul 3, add 1, halt
; run: @run(0x01010302, 2) == 7
; add 7, loop while below 50, halt
; run: @run(0x32030701, 0) == 56
; halt straight away
; run: @run(0, 42) == 42

; `blockaddress` used as a value in code, chosen by select, then jumped to.
define i32 @choose(i1 %c) {
entry:
  %t = select i1 %c, ptr blockaddress(@choose, %yes), ptr blockaddress(@choose, %no)
  indirectbr ptr %t, [label %yes, label %no]
yes:
  ret i32 1
no:
  ret i32 2
}
; run: @choose(true) == 1
; run: @choose(false) == 2
