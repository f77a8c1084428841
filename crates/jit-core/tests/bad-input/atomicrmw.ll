define i32 @inc(ptr %p) {
  %old = atomicrmw frobnicate ptr %p, i32 1 seq_cst, align 4
  ret i32 %old
}
