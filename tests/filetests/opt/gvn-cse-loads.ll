; test opt gvn
; Equal computations (commuted too) are computed once; a load after a load or store of the
; same address with no write between takes that value; a call, a store elsewhere (which may
; alias) or an atomic between them stops it; volatile loads are never merged.
; run: @f(3, 4) == 61

@g = global i32 5
@h = global i32 0

define void @clobber() {
  store i32 100, ptr @g
  ret void
}

define i32 @f(i32 %a, i32 %b) {
  %x = add i32 %a, %b
  %y = add i32 %b, %a
  %p = mul i32 %x, %y
  %l1 = load i32, ptr @g
  %l2 = load i32, ptr @g
  store i32 %p, ptr @h
  %l3 = load i32, ptr @h
  call void @clobber()
  %l4 = load i32, ptr @g
  %v1 = load volatile i32, ptr @h
  %v2 = load volatile i32, ptr @h
  %s1 = add i32 %l1, %l2
  %s2 = add i32 %s1, %l3
  %s3 = add i32 %s2, %l4
  %s4 = sub i32 %s3, %v1
  %s5 = sub i32 %s4, %v2
  %s6 = add i32 %s5, %p
  %s7 = add i32 %s6, %p
  %s8 = sub i32 %s7, 98
  ret i32 %s8
}
