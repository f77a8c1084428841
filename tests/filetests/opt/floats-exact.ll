; test opt instcombine,sccp
; Float folding is bit-exact: NaN results and NaN inputs are left to the hardware, -0.0
; keeps its sign, out-of-range float-to-int conversions are not folded (poison), division
; by zero folds to the infinity IEEE gives.
; run: @negzero(0.0) == -0.0
; run: @inf() == 1
; run: @ordered(2.0) == 1
; run: @to_int(3.75) == 3

define double @negzero(double %x) {
  %n = fneg double 0.0
  %m = fmul double %n, 1.0
  %a = fadd double %m, %x
  %b = fsub double %a, %x
  %c = fmul double %n, 1.0
  ret double %c
}

define i32 @inf() {
  %d = fdiv double 1.0, 0.0
  %q = fdiv double 0.0, 0.0
  %isinf = fcmp oeq double %d, 0x7FF0000000000000
  %nan = fcmp uno double %q, %q
  %both = and i1 %isinf, %nan
  %r = zext i1 %both to i32
  ret i32 %r
}

define i32 @ordered(double %x) {
  %nan = fcmp ord double 0x7FF8000000000000, %x
  %lt = fcmp ult double 0x7FF8000000000000, 1.0
  %r1 = zext i1 %nan to i32
  %r2 = zext i1 %lt to i32
  %r = add i32 %r1, %r2
  ret i32 %r
}

define i32 @to_int(double %x) {
  %big = fptosi double 1.0e30 to i32
  %neg = fptoui double -2.0 to i32
  %ok = fptosi double %x to i32
  %k = fptosi double 3.9 to i32
  %z = mul i32 %k, 0
  %r = add i32 %ok, %z
  ret i32 %r
}
