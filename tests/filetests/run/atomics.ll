; Atomic operations in one thread: each `atomicrmw` returns the old value and stores the
; new one; `cmpxchg` returns the old value and whether it swapped; atomic loads, stores and
; fences of several orderings. (Threads are exercised by codegen-dynasm's own tests.)
; test run

@cell = global i64 0, align 8
@small = global i16 0, align 2
@fcell = global double 0.0, align 8

define internal void @set(i64 %v) {
  store atomic i64 %v, ptr @cell seq_cst, align 8
  ret void
}

; old * 1000 + new (low three decimal digits of each), for `op` applied to (old, v).
define i64 @rmw_add(i64 %old, i64 %v) {
  call void @set(i64 %old)
  %o = atomicrmw add ptr @cell, i64 %v seq_cst, align 8
  %n = load atomic i64, ptr @cell acquire, align 8
  %t = mul i64 %o, 1000
  %r = add i64 %t, %n
  ret i64 %r
}
; run: @rmw_add(5, 7) == 5012

define i64 @rmw_sub(i64 %old, i64 %v) {
  call void @set(i64 %old)
  %o = atomicrmw sub ptr @cell, i64 %v acq_rel, align 8
  %n = load atomic i64, ptr @cell monotonic, align 8
  %t = mul i64 %o, 1000
  %r = add i64 %t, %n
  ret i64 %r
}
; run: @rmw_sub(50, 7) == 50043

define i64 @rmw_xchg(i64 %old, i64 %v) {
  call void @set(i64 %old)
  %o = atomicrmw xchg ptr @cell, i64 %v release, align 8
  %n = load i64, ptr @cell
  %t = mul i64 %o, 1000
  %r = add i64 %t, %n
  ret i64 %r
}
; run: @rmw_xchg(9, 4) == 9004

define i64 @rmw_bits(i64 %old) {
  call void @set(i64 %old)
  %a = atomicrmw and ptr @cell, i64 12 seq_cst
  %b = atomicrmw or ptr @cell, i64 1 seq_cst
  %c = atomicrmw xor ptr @cell, i64 255 seq_cst
  %d = atomicrmw nand ptr @cell, i64 15 seq_cst
  %n = load i64, ptr @cell
  ; each returns the value before it: 13, 12, 13, 242; the cell ends as ~(242 & 15) = -3
  %s1 = add i64 %a, %b
  %s2 = add i64 %s1, %c
  %s3 = add i64 %s2, %d
  %s4 = add i64 %s3, %n
  ret i64 %s4
}
; run: @rmw_bits(13) == 277

define i64 @rmw_minmax(i64 %old, i64 %v) {
  call void @set(i64 %old)
  %a = atomicrmw max ptr @cell, i64 %v seq_cst
  %b = atomicrmw min ptr @cell, i64 %v seq_cst
  %c = atomicrmw umax ptr @cell, i64 %v seq_cst
  %d = atomicrmw umin ptr @cell, i64 0 seq_cst
  %n = load i64, ptr @cell
  %t1 = mul i64 %a, 10000
  %t2 = mul i64 %b, 1000
  %t3 = mul i64 %c, 100
  %t4 = mul i64 %d, 10
  %s1 = add i64 %t1, %t2
  %s2 = add i64 %s1, %t3
  %s3 = add i64 %s2, %t4
  %s4 = add i64 %s3, %n
  ret i64 %s4
}
; max(-1, 3) = 3 stored; min(3, 3); umax(3, 3); umin(3, 0) = 0.
; run: @rmw_minmax(-1, 3) == -6670

define i64 @rmw_inc_wrap() {
  store i16 0, ptr @small
  %a = atomicrmw uinc_wrap ptr @small, i16 2 seq_cst
  %b = atomicrmw uinc_wrap ptr @small, i16 2 seq_cst
  %c = atomicrmw uinc_wrap ptr @small, i16 2 seq_cst
  %d = atomicrmw udec_wrap ptr @small, i16 2 seq_cst
  %n = load i16, ptr @small
  ; 0 -> 1 -> 2 -> 0 (wraps past 2), then dec from 0 wraps to 2.
  %a1 = zext i16 %a to i64
  %b1 = zext i16 %b to i64
  %c1 = zext i16 %c to i64
  %d1 = zext i16 %d to i64
  %n1 = zext i16 %n to i64
  %t1 = mul i64 %a1, 10000
  %t2 = mul i64 %b1, 1000
  %t3 = mul i64 %c1, 100
  %t4 = mul i64 %d1, 10
  %s1 = add i64 %t1, %t2
  %s2 = add i64 %s1, %t3
  %s3 = add i64 %s2, %t4
  %s4 = add i64 %s3, %n1
  ret i64 %s4
}
; run: @rmw_inc_wrap() == 1202

; cmpxchg: returns old * 10 + success.
define i64 @cas(i64 %old, i64 %expected, i64 %new) {
  call void @set(i64 %old)
  %pair = cmpxchg ptr @cell, i64 %expected, i64 %new seq_cst seq_cst, align 8
  %o = extractvalue { i64, i1 } %pair, 0
  %ok = extractvalue { i64, i1 } %pair, 1
  %okw = zext i1 %ok to i64
  %t = mul i64 %o, 10
  %r = add i64 %t, %okw
  ret i64 %r
}
; run: @cas(5, 5, 9) == 51
; run: @cas(5, 6, 9) == 50

define i64 @cas_then_load(i64 %old, i64 %expected, i64 %new) {
  call void @set(i64 %old)
  %pair = cmpxchg weak ptr @cell, i64 %expected, i64 %new acq_rel monotonic, align 8
  fence seq_cst
  %n = load atomic i64, ptr @cell seq_cst, align 8
  ret i64 %n
}
; run: @cas_then_load(5, 5, 9) == 9
; run: @cas_then_load(5, 6, 9) == 5

define double @float_rmw() {
  store double 1.5, ptr @fcell
  %a = atomicrmw fadd ptr @fcell, double 2.0 seq_cst
  %b = atomicrmw fsub ptr @fcell, double 0.25 seq_cst
  %n = load double, ptr @fcell
  %s = fadd double %a, %b
  %r = fadd double %s, %n
  ret double %r
}
; run: @float_rmw() == 8.25

; A CAS loop incrementing by 3, n times.
define i64 @cas_loop(i64 %n) {
entry:
  call void @set(i64 0)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %next ]
  %cur = load atomic i64, ptr @cell monotonic, align 8
  br label %retry
retry:
  %seen = phi i64 [ %cur, %loop ], [ %o, %retry ]
  %new = add i64 %seen, 3
  %pair = cmpxchg ptr @cell, i64 %seen, i64 %new seq_cst seq_cst
  %o = extractvalue { i64, i1 } %pair, 0
  %ok = extractvalue { i64, i1 } %pair, 1
  %i.next = add i64 %i, 1
  br i1 %ok, label %next, label %retry
next:
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  %r = load i64, ptr @cell
  ret i64 %r
}
; run: @cas_loop(100) == 300
