define void @f(ptr %p) {
  %r = cmpxchg ptr %p, i32 0, i64 1 seq_cst seq_cst, align 4
  ret void
}
