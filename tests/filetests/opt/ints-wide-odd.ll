; test opt default<O2>
; Integers of odd and wide widths go through every pass: i24 and i40 fold where they can,
; i256 (wider than 128 bits, split by the legalizer later) is promoted but never folded.
; run: @mix(5) == 16777200
; run: @mix(-1) == 16777188
; run: @wide(3) == 9

define i32 @mix(i32 %x) {
  %a = alloca i24
  %b = alloca i40
  %t = trunc i32 %x to i24
  %t2 = sub i24 %t, 21
  store i24 %t2, ptr %a
  %w = sext i32 %x to i40
  %w2 = shl i40 %w, 20
  store i40 %w2, ptr %b
  %la = load i24, ptr %a
  %lb = load i40, ptr %b
  %back = ashr i40 %lb, 20
  %n = trunc i40 %back to i24
  %s = add i24 %la, %n
  %s2 = add i24 %s, 16777211
  %r = zext i24 %s2 to i32
  ret i32 %r
}

define i32 @wide(i32 %x) {
  %slot = alloca i256
  %e = zext i32 %x to i256
  %big = shl i256 %e, 200
  store i256 %big, ptr %slot
  %l = load i256, ptr %slot
  %sq = lshr i256 %l, 200
  %m = mul i256 %sq, %sq
  %r = trunc i256 %m to i32
  ret i32 %r
}
