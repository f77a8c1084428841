; test opt instcombine
; Constants reassociate, multiply and unsigned divide by powers of two become shifts,
; subtraction of a constant becomes addition, GEP chains merge. Floats keep their
; bit-exact meaning: x + 0.0 is not x (for x = -0.0), x * 1.0 is.
; run: @arith(10) == 94
; run: @arith(-7) == -42
; run: @udivs(1000) == 1007
; run: @floats(-0.0) == 0.0
; run: @gep(3) == 13
; run: @odd(16777215) == 0

@table = global [8 x i32] [i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 16, i32 17]

define i32 @arith(i32 %x) {
  %a = add i32 %x, 3
  %b = add i32 %a, 4
  %c = mul i32 %b, 8
  %d = sub i32 %c, 42
  ret i32 %d
}

define i32 @udivs(i32 %x) {
  %q = udiv i32 %x, 8
  %r = urem i32 %x, 16
  %s = add i32 %q, %r
  %t = add i32 %s, 874
  ret i32 %t
}

define double @floats(double %x) {
  %a = fadd double %x, 0.0
  %b = fmul double %a, 1.0
  %c = fadd double %b, -0.0
  ret double %c
}

define i32 @gep(i64 %i) {
  %p = getelementptr inbounds [8 x i32], ptr @table, i64 0, i64 1
  %q = getelementptr inbounds i32, ptr %p, i64 2
  %v = load i32, ptr %q
  ret i32 %v
}

define i24 @odd(i24 %x) {
  %a = add i24 %x, 1
  %b = mul i24 %a, 4
  ret i24 %b
}
