; clang -O2's vectorized loops on x86-64 keep their vectors in SSE registers at -O2: a
; row update `c[j] += a * b[j]` unrolled twice (a splat, `movups` loads and stores at any
; alignment, the SSE2 multiply of 32-bit lanes) and a sum with a vector accumulator and a
; reduction after the loop. At -O0 the vectors are scalarized lane by lane.
; test compile opt=0,2
; target x86_64
; test run

@B = global [16 x i32] zeroinitializer, align 16
@C = global [16 x i32] zeroinitializer, align 16

define void @row_update(ptr %c, ptr %b, i32 %a, i64 %n) {
entry:
  %ins = insertelement <4 x i32> poison, i32 %a, i64 0
  %splat = shufflevector <4 x i32> %ins, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %loop

loop:
  %j = phi i64 [ 0, %entry ], [ %j.next, %loop ]
  %pb = getelementptr i32, ptr %b, i64 %j
  %pb2 = getelementptr i8, ptr %pb, i64 16
  %vb = load <4 x i32>, ptr %pb, align 4
  %vb2 = load <4 x i32>, ptr %pb2, align 4
  %m = mul nsw <4 x i32> %vb, %splat
  %m2 = mul nsw <4 x i32> %vb2, %splat
  %pc = getelementptr inbounds i32, ptr %c, i64 %j
  %pc2 = getelementptr inbounds i8, ptr %pc, i64 16
  %vc = load <4 x i32>, ptr %pc, align 4
  %vc2 = load <4 x i32>, ptr %pc2, align 4
  %s = add nsw <4 x i32> %vc, %m
  %s2 = add nsw <4 x i32> %vc2, %m2
  store <4 x i32> %s, ptr %pc, align 4
  store <4 x i32> %s2, ptr %pc2, align 4
  %j.next = add nuw i64 %j, 8
  %done = icmp eq i64 %j.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

define i32 @sum(ptr %p, i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi <4 x i32> [ zeroinitializer, %entry ], [ %acc.next, %loop ]
  %q = getelementptr inbounds i32, ptr %p, i64 %i
  %v = load <4 x i32>, ptr %q, align 4
  %acc.next = add <4 x i32> %acc, %v
  %i.next = add nuw i64 %i, 4
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %acc.next)
  ret i32 %r
}

declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)

; Fills B with i * 7 - 40 and C with i, runs the update twice, sums C.
define i32 @check(i32 %a) {
entry:
  br label %fill

fill:
  %i = phi i64 [ 0, %entry ], [ %i.next, %fill ]
  %i32 = trunc i64 %i to i32
  %bv0 = mul i32 %i32, 7
  %bv = add i32 %bv0, -40
  %pb = getelementptr inbounds [16 x i32], ptr @B, i64 0, i64 %i
  store i32 %bv, ptr %pb
  %pc = getelementptr inbounds [16 x i32], ptr @C, i64 0, i64 %i
  store i32 %i32, ptr %pc
  %i.next = add nuw i64 %i, 1
  %filled = icmp eq i64 %i.next, 16
  br i1 %filled, label %run, label %fill

run:
  call void @row_update(ptr @C, ptr @B, i32 %a, i64 16)
  call void @row_update(ptr @C, ptr @B, i32 3, i64 16)
  %r = call i32 @sum(ptr @C, i64 16)
  ret i32 %r
}
; run: @check(5) == 1720
; run: @check(-100000) == -19999280
; run: @check(2147483647) == 520
