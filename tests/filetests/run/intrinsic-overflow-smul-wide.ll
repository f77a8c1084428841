; `llvm.smul.with.overflow` at widths between 33 and 63 bits, where the product no
; longer fits a 64-bit register: the wrapped result (`smul_o0_iN`) and the flag
; (`smul_o1_iN`).
; test run
; xfail aarch64: the AArch64 backend lowers llvm.smul.with.overflow only up to 32 bits and at 64 (x86-64 and the interpreter do all widths)

declare {i40, i1} @llvm.smul.with.overflow.i40(i40, i40)
define i64 @smul_o0_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.smul.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 0
  %z = zext i40 %r to i64
  ret i64 %z
}
; run: @smul_o0_i40(0, 0) == 0
; run: @smul_o0_i40(1, 2) == 2
; run: @smul_o0_i40(2, 1) == 2
; run: @smul_o0_i40(-1, 1) == 0xffffffffff
; run: @smul_o0_i40(1, -1) == 0xffffffffff
; run: @smul_o0_i40(-1, -1) == 1
; run: @smul_o0_i40(-9223372036854775808, -1) == 0
; run: @smul_o0_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o0_i40(0x12345678, 0xdeadbeefcafe) == 0x9126307b10
; run: @smul_o0_i40(100, -100) == 0xffffffd8f0
; run: @smul_o0_i40(-100, -100) == 10000
; run: @smul_o0_i40(127, 1) == 127
; run: @smul_o0_i40(128, 128) == 16384
; run: @smul_o0_i40(4095, 1) == 4095
; run: @smul_o0_i40(0x7fffffff, 0x7fffffff) == 0xff00000001
; run: @smul_o0_i40(-2147483648, -2147483648) == 0
; run: @smul_o0_i40(32767, 32767) == 0x3fff0001
; run: @smul_o0_i40(4096, 4096) == 0x1000000
define i64 @smul_o1_i40(i64 %a, i64 %b) {
  %a.t = trunc i64 %a to i40
  %b.t = trunc i64 %b to i40
  %s = call {i40, i1} @llvm.smul.with.overflow.i40(i40 %a.t, i40 %b.t)
  %r = extractvalue {i40, i1} %s, 1
  %z = zext i1 %r to i64
  ret i64 %z
}
; run: @smul_o1_i40(0, 0) == 0
; run: @smul_o1_i40(1, 2) == 0
; run: @smul_o1_i40(2, 1) == 0
; run: @smul_o1_i40(-1, 1) == 0
; run: @smul_o1_i40(1, -1) == 0
; run: @smul_o1_i40(-1, -1) == 0
; run: @smul_o1_i40(-9223372036854775808, -1) == 0
; run: @smul_o1_i40(0x7fffffffffffffff, -9223372036854775808) == 0
; run: @smul_o1_i40(0x12345678, 0xdeadbeefcafe) == 1
; run: @smul_o1_i40(100, -100) == 0
; run: @smul_o1_i40(-100, -100) == 0
; run: @smul_o1_i40(127, 1) == 0
; run: @smul_o1_i40(128, 128) == 0
; run: @smul_o1_i40(4095, 1) == 0
; run: @smul_o1_i40(0x7fffffff, 0x7fffffff) == 1
; run: @smul_o1_i40(-2147483648, -2147483648) == 1
; run: @smul_o1_i40(32767, 32767) == 0
; run: @smul_o1_i40(4096, 4096) == 0
