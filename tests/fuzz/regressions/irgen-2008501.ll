; irgen seed 2008501, reduced: `icmp slt i33 %t, -3704117893` (a constant outside the
; 32-bit immediate range, at an odd width) compared the constant's zero-extended bits on
; the x86-64 backend at -O1 and above. Fixed in codegen-dynasm x64/opt/isel/arith.rs
; (icmp_cond sign-extends the constant's register). The original module is
; `cargo run -p jit-fuzz -- --target irgen --seed 2008501 --dump`.
declare i33 @llvm.usub.sat.i33(i33, i33)
declare i33 @llvm.smin.i33(i33, i33)

define i64 @fuzz_main(i64 %a, i64 %b) {
entry:
  %s = call i33 @llvm.usub.sat.i33(i33 1, i33 5)
  %m = call i33 @llvm.smin.i33(i33 -3704117893, i33 %s)
  %z = zext i33 %m to i64
  %t = trunc i64 %a to i33
  %c = icmp slt i33 %t, -3704117893
  %cz = zext i1 %c to i64
  %r = xor i64 %z, %cz
  ret i64 %r
}
