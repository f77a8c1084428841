; ll-reader seeds 3330753 and 3065260: a datalayout piece starting with a multi-byte
; character panicked the datalayout parser (`split_at(1)`), and an alignment that is not a
; power of two (`i8:8832`) was accepted and panicked the ELF writer. Fixed in
; jit-core/src/datalayout.rs: the first character is split at its UTF-8 length, and
; alignments must be powers of two.
target datalayout = "e-m:e-�128-i64:64"
target triple = "aarch64-unknown-linux-gnu"

define i32 @f(i32 %x) {
  ret i32 %x
}
