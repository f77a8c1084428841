; ll-reader seed 3065260: `i8:8832` (an alignment of 1104 bytes, not a power of two) was
; accepted and panicked the ELF writer of the AArch64 backend. Fixed in
; jit-core/src/datalayout.rs (alignments must be powers of two).
target datalayout = "e-m:e-i8:8832-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@g = global i8 1

define i8 @f() {
  %v = load i8, ptr @g
  ret i8 %v
}
