; Globals, allocas and the memory intrinsics. Run lines of one engine share one instance
; of the module, so `@bump` sees the counter its earlier calls left.
; test run

@counter = global i32 5
; An internal constant table of addresses: a global, a constant GEP into it, and null.
@table = internal constant [3 x ptr] [ptr @counter, ptr getelementptr inbounds (i8, ptr @counter, i64 4), ptr null]
@zeros = global [3 x ptr] zeroinitializer

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)

; *table[0] += 1; returns the new value plus (table[1] - table[0]) = value + 4.
define i64 @bump() {
  %p0 = load ptr, ptr @table
  %t1 = getelementptr inbounds i8, ptr @table, i64 8
  %p1 = load ptr, ptr %t1
  %v = load i32, ptr %p0
  %v2 = add i32 %v, 1
  store i32 %v2, ptr %p0
  %i0 = ptrtoint ptr %p0 to i64
  %i1 = ptrtoint ptr %p1 to i64
  %d = sub i64 %i1, %i0
  %v64 = sext i32 %v2 to i64
  %r = add i64 %v64, %d
  ret i64 %r
}
; run: @bump() == 10
; run: @bump() == 11

define i32 @counter_now() {
  %v = load i32, ptr @counter
  ret i32 %v
}
; run: @counter_now() == 7

define i1 @third_is_null() {
  %p = getelementptr inbounds [3 x ptr], ptr @table, i64 0, i64 2
  %v = load ptr, ptr %p
  %n = icmp eq ptr %v, null
  ret i1 %n
}
; run: @third_is_null() == true

define i64 @zeros_or() {
  %a = load i64, ptr @zeros
  %p1 = getelementptr inbounds i64, ptr @zeros, i64 1
  %b = load i64, ptr %p1
  %p2 = getelementptr inbounds i64, ptr @zeros, i64 2
  %c = load i64, ptr %p2
  %ab = or i64 %a, %b
  %abc = or i64 %ab, %c
  ret i64 %abc
}
; run: @zeros_or() == 0

; vla(n): a dynamic alloca of n bytes aligned to 32 between stacksave and stackrestore,
; filled with 7 by memset; its first min(n, 16) bytes memcpy'd to a static [16 x i8];
; returns q[0] + q[1] + q[2] + q[3] + (the VLA's misalignment), or -1 when n <= 3.
define i64 @vla(i64 %n) {
  %q = alloca [16 x i8]
  %sp = call ptr @llvm.stacksave.p0()
  %p = alloca i8, i64 %n, align 32
  call void @llvm.memset.p0.i64(ptr %p, i8 7, i64 %n, i1 false)
  %lt = icmp ult i64 %n, 16
  %len = select i1 %lt, i64 %n, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %p, i64 %len, i1 false)
  %b0 = load i8, ptr %q
  %a1 = getelementptr inbounds i8, ptr %q, i64 1
  %b1 = load i8, ptr %a1
  %a2 = getelementptr inbounds i8, ptr %q, i64 2
  %b2 = load i8, ptr %a2
  %a3 = getelementptr inbounds i8, ptr %q, i64 3
  %b3 = load i8, ptr %a3
  %w0 = zext i8 %b0 to i64
  %w1 = zext i8 %b1 to i64
  %w2 = zext i8 %b2 to i64
  %w3 = zext i8 %b3 to i64
  %s1 = add i64 %w0, %w1
  %s2 = add i64 %s1, %w2
  %s3 = add i64 %s2, %w3
  %pi = ptrtoint ptr %p to i64
  %mis = and i64 %pi, 31
  %acc = add i64 %s3, %mis
  call void @llvm.stackrestore.p0(ptr %sp)
  %gt = icmp ugt i64 %n, 3
  %r = select i1 %gt, i64 %acc, i64 -1
  ret i64 %r
}
; The stack pointer comes back each time: a leak would show as a crash or drift.
; run: @vla(100) == 28
; run: @vla(2) == -1
; run: @vla(100) == 28
; run: @vla(2) == -1
; run: @vla(100) == 28
; run: @vla(2) == -1

; A dynamic alloca in a loop without stackrestore: every iteration gets fresh memory.
define i64 @allocas_in_loop(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %prev = phi ptr [ null, %entry ], [ %p, %loop ]
  %distinct = phi i64 [ 0, %entry ], [ %distinct.next, %loop ]
  %p = alloca i64, i64 2, align 16
  store i64 %i, ptr %p
  %same = icmp eq ptr %p, %prev
  %inc = select i1 %same, i64 0, i64 1
  %distinct.next = add i64 %distinct, %inc
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  ret i64 %distinct.next
}
; run: @allocas_in_loop(10) == 10
