; Signed compares at odd widths against a constant outside the 32-bit immediate range:
; the constant is compared as its sign extension (the x86-64 backend at -O1 and above
; compared its zero-extended bits; found by `cargo xtask fuzz --target irgen`, seed
; 2008501).
; test run

define i1 @slt_i33(i64 %a) {
  %t = trunc i64 %a to i33
  %c = icmp slt i33 %t, -3704117893
  ret i1 %c
}
; run: @slt_i33(0) == false
; run: @slt_i33(-3704117894) == true
; run: @slt_i33(-3704117893) == false
; run: @slt_i33(4294967295) == false

define i1 @sgt_i40(i64 %a) {
  %t = trunc i64 %a to i40
  %c = icmp sgt i40 %t, -2147483649
  ret i1 %c
}
; run: @sgt_i40(0) == true
; run: @sgt_i40(-2147483649) == false
; run: @sgt_i40(-2147483648) == true
; run: @sgt_i40(549755813887) == true

define i1 @sge_i48(i64 %a) {
  %t = trunc i64 %a to i48
  %c = icmp sge i48 %t, 4294967296
  ret i1 %c
}
; run: @sge_i48(0) == false
; run: @sge_i48(4294967296) == true
; run: @sge_i48(140737488355327) == true
; run: @sge_i48(140737488355328) == false
