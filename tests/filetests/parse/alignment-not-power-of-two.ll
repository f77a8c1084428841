; Alignments are powers of two.
; test parse-error

define void @f(ptr %p) {
  store i32 1, ptr %p, align 3 ; error:30: alignment 3 is not a power of two
  ret void
}
