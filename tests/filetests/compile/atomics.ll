; Atomic instructions: read-modify-write with the old value used, compare-and-swap with
; its flag, sequentially consistent loads and stores, and a fence.
; test compile
; test run

@cell = global i64 0

define i64 @fetch_add(i64 %v) {
  %o = atomicrmw add ptr @cell, i64 %v seq_cst
  ret i64 %o
}
; run: @fetch_add(5) == 0
; run: @fetch_add(5) == 5

define i1 @cas(i64 %expected, i64 %new) {
  %r = cmpxchg ptr @cell, i64 %expected, i64 %new seq_cst seq_cst
  %ok = extractvalue { i64, i1 } %r, 1
  ret i1 %ok
}
; run: @cas(10, 1) == true
; run: @cas(10, 2) == false

define i64 @publish(i64 %v) {
  store atomic i64 %v, ptr @cell seq_cst, align 8
  fence seq_cst
  %r = load atomic i64, ptr @cell acquire, align 8
  ret i64 %r
}
; run: @publish(77) == 77

define i32 @fetch_or_narrow(ptr %p, i32 %v) {
  %o = atomicrmw or ptr %p, i32 %v monotonic
  ret i32 %o
}
