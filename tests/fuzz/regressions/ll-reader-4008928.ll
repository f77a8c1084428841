; ll-reader seed 4008928: `i8:4294967296` in the datalayout (a 512 MiB alignment, a
; power of two) was accepted; the AArch64 backend padded each i8 global to it and asked
; for 12 GiB. Fixed in jit-core/src/datalayout.rs: alignments must be below 2^16 bits,
; as in LLVM.
target datalayout = "e-m:e-i8:4294967296:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@a = global i8 1
@b = global i8 2
@c = global i8 3

define i8 @f() {
  %x = load i8, ptr @b
  ret i8 %x
}
