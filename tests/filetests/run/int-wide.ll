; Integers wider than 64 bits at odd widths (65, 96, 127) and beyond 128 (200, 256;
; split into 64-bit words before code generation): each operation on values built from
; two i64 arguments (`(a << 64 | b)` sign-extended from i128, truncated to the width),
; the result folded back into 64 bits as `lo ^ hi-word-sum` so every word of it counts.
; test run

; The value of width N made of i64 halves, and an i64 that depends on all its bits.
define i64 @add_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = add i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @add_i65(0, 5, 0, 3) == 8
; run: @add_i65(-1, -1, 0, 1) == 0
; run: @add_i65(81985529216486895, 1147797409030816545, 0, 7) == 1147797409030816555
; run: @add_i65(-1, -1, -1, -1) == -3
; run: @add_i65(9223372036854775807, -1, 0, 2) == 1
; run: @add_i65(1, 0, 0, 3) == 0
; run: @add_i65(-1, -1, 0, 64) == 63
; run: @add_i65(-9223372036854775808, 12345, 0, 63) == 12408
; run: @add_i65(-9223372036854775808, 0, -1, -1) == -4
; run: @add_i65(74565, 26505, 0, 17) == 26521

define i64 @sub_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = sub i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sub_i65(0, 5, 0, 3) == 2
; run: @sub_i65(-1, -1, 0, 1) == -3
; run: @sub_i65(81985529216486895, 1147797409030816545, 0, 7) == 1147797409030816537
; run: @sub_i65(-1, -1, -1, -1) == 0
; run: @sub_i65(9223372036854775807, -1, 0, 2) == -2
; run: @sub_i65(1, 0, 0, 3) == -3
; run: @sub_i65(-1, -1, 0, 64) == -68
; run: @sub_i65(-9223372036854775808, 12345, 0, 63) == 12282
; run: @sub_i65(-9223372036854775808, 0, -1, -1) == 1
; run: @sub_i65(74565, 26505, 0, 17) == 26491

define i64 @mul_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = mul i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @mul_i65(0, 5, 0, 3) == 15
; run: @mul_i65(-1, -1, 0, 1) == -4
; run: @mul_i65(81985529216486895, 1147797409030816545, 0, 7) == 8034581863215715812
; run: @mul_i65(-1, -1, -1, -1) == 1
; run: @mul_i65(9223372036854775807, -1, 0, 2) == -3
; run: @mul_i65(1, 0, 0, 3) == 3
; run: @mul_i65(-1, -1, 0, 64) == -61
; run: @mul_i65(-9223372036854775808, 12345, 0, 63) == 777735
; run: @mul_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @mul_i65(74565, 26505, 0, 17) == 450586

define i64 @and_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = and i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @and_i65(0, 5, 0, 3) == 1
; run: @and_i65(-1, -1, 0, 1) == 1
; run: @and_i65(81985529216486895, 1147797409030816545, 0, 7) == 1
; run: @and_i65(-1, -1, -1, -1) == -4
; run: @and_i65(9223372036854775807, -1, 0, 2) == 2
; run: @and_i65(1, 0, 0, 3) == 0
; run: @and_i65(-1, -1, 0, 64) == 64
; run: @and_i65(-9223372036854775808, 12345, 0, 63) == 57
; run: @and_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @and_i65(74565, 26505, 0, 17) == 1

define i64 @xor_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = xor i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @xor_i65(0, 5, 0, 3) == 6
; run: @xor_i65(-1, -1, 0, 1) == -3
; run: @xor_i65(81985529216486895, 1147797409030816545, 0, 7) == 1147797409030816549
; run: @xor_i65(-1, -1, -1, -1) == 0
; run: @xor_i65(9223372036854775807, -1, 0, 2) == -2
; run: @xor_i65(1, 0, 0, 3) == 0
; run: @xor_i65(-1, -1, 0, 64) == -68
; run: @xor_i65(-9223372036854775808, 12345, 0, 63) == 12294
; run: @xor_i65(-9223372036854775808, 0, -1, -1) == -4
; run: @xor_i65(74565, 26505, 0, 17) == 26523

define i64 @shl_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = shl i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @shl_i65(0, 5, 0, 3) == 40
; run: @shl_i65(-1, -1, 0, 1) == -3
; run: @shl_i65(81985529216486895, 1147797409030816545, 0, 7) == -655884233731895165
; run: @shl_i65(9223372036854775807, -1, 0, 2) == -1
; run: @shl_i65(1, 0, 0, 3) == 0
; run: @shl_i65(-1, -1, 0, 64) == 3
; run: @shl_i65(-9223372036854775808, 12345, 0, 63) == -9223372036854775808
; run: @shl_i65(74565, 26505, 0, 17) == 3474063360

define i64 @lshr_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = lshr i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @lshr_i65(0, 5, 0, 3) == 0
; run: @lshr_i65(-1, -1, 0, 1) == -1
; run: @lshr_i65(81985529216486895, 1147797409030816545, 0, 7) == 153082355333909126
; run: @lshr_i65(9223372036854775807, -1, 0, 2) == 9223372036854775807
; run: @lshr_i65(1, 0, 0, 3) == 2305843009213693952
; run: @lshr_i65(-1, -1, 0, 64) == 1
; run: @lshr_i65(-9223372036854775808, 12345, 0, 63) == 0
; run: @lshr_i65(74565, 26505, 0, 17) == 140737488355328

define i64 @ashr_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = ashr i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @ashr_i65(0, 5, 0, 3) == 0
; run: @ashr_i65(-1, -1, 0, 1) == -4
; run: @ashr_i65(81985529216486895, 1147797409030816545, 0, 7) == -135148020817802619
; run: @ashr_i65(9223372036854775807, -1, 0, 2) == -4
; run: @ashr_i65(1, 0, 0, 3) == -2305843009213693949
; run: @ashr_i65(-1, -1, 0, 64) == -4
; run: @ashr_i65(-9223372036854775808, 12345, 0, 63) == 0
; run: @ashr_i65(74565, 26505, 0, 17) == -140737488355325

define i64 @udiv_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = udiv i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @udiv_i65(0, 5, 0, 3) == 1
; run: @udiv_i65(-1, -1, 0, 1) == -4
; run: @udiv_i65(81985529216486895, 1147797409030816545, 0, 7) == 2799220211820052594
; run: @udiv_i65(-1, -1, -1, -1) == 1
; run: @udiv_i65(9223372036854775807, -1, 0, 2) == -1
; run: @udiv_i65(1, 0, 0, 3) == 6148914691236517205
; run: @udiv_i65(-1, -1, 0, 64) == 576460752303423487
; run: @udiv_i65(-9223372036854775808, 12345, 0, 63) == 195
; run: @udiv_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @udiv_i65(74565, 26505, 0, 17) == 1085102592571151654

define i64 @sdiv_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = sdiv i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sdiv_i65(0, 5, 0, 3) == 1
; run: @sdiv_i65(-1, -1, 0, 1) == -4
; run: @sdiv_i65(81985529216486895, 1147797409030816545, 0, 7) == -2471278094954105011
; run: @sdiv_i65(-1, -1, -1, -1) == 1
; run: @sdiv_i65(9223372036854775807, -1, 0, 2) == 0
; run: @sdiv_i65(1, 0, 0, 3) == -6148914691236517208
; run: @sdiv_i65(-1, -1, 0, 64) == 0
; run: @sdiv_i65(-9223372036854775808, 12345, 0, 63) == 195
; run: @sdiv_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @sdiv_i65(74565, 26505, 0, 17) == -1085102592571148534

define i64 @urem_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = urem i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @urem_i65(0, 5, 0, 3) == 2
; run: @urem_i65(-1, -1, 0, 1) == 0
; run: @urem_i65(81985529216486895, 1147797409030816545, 0, 7) == 3
; run: @urem_i65(-1, -1, -1, -1) == 0
; run: @urem_i65(9223372036854775807, -1, 0, 2) == 1
; run: @urem_i65(1, 0, 0, 3) == 1
; run: @urem_i65(-1, -1, 0, 64) == 63
; run: @urem_i65(-9223372036854775808, 12345, 0, 63) == 60
; run: @urem_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @urem_i65(74565, 26505, 0, 17) == 3

define i64 @srem_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %r = srem i65 %a, %b
  %w0 = trunc i65 %r to i64
  %sh1 = lshr i65 %r, 64
  %w1 = trunc i65 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @srem_i65(0, 5, 0, 3) == 2
; run: @srem_i65(-1, -1, 0, 1) == 0
; run: @srem_i65(81985529216486895, 1147797409030816545, 0, 7) == -4
; run: @srem_i65(-1, -1, -1, -1) == 0
; run: @srem_i65(9223372036854775807, -1, 0, 2) == -4
; run: @srem_i65(1, 0, 0, 3) == -4
; run: @srem_i65(-1, -1, 0, 64) == -4
; run: @srem_i65(-9223372036854775808, 12345, 0, 63) == 60
; run: @srem_i65(-9223372036854775808, 0, -1, -1) == 0
; run: @srem_i65(74565, 26505, 0, 17) == -13

define i32 @icmp_i65(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i65
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i65
  %lt = icmp slt i65 %a, %b
  %ult = icmp ult i65 %a, %b
  %eq = icmp eq i65 %a, %b
  %l = zext i1 %lt to i32
  %u = zext i1 %ult to i32
  %e = zext i1 %eq to i32
  %u2 = shl i32 %u, 1
  %e2 = shl i32 %e, 2
  %s1 = or i32 %l, %u2
  %s2 = or i32 %s1, %e2
  ret i32 %s2
}
; run: @icmp_i65(0, 1, 0, 2) == 3
; run: @icmp_i65(-1, -1, 0, 0) == 1
; run: @icmp_i65(0, 0, -1, -1) == 2
; run: @icmp_i65(5, 5, 5, 5) == 4
; run: @icmp_i65(9223372036854775807, 0, -9223372036854775808, 0) == 1

define i64 @add_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = add i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @add_i96(0, 5, 0, 3) == 8
; run: @add_i96(-1, -1, 0, 1) == 0
; run: @add_i96(81985529216486895, 1147797409030816545, 0, 7) == 1147797402907192037
; run: @add_i96(-1, -1, -1, -1) == -12884901885
; run: @add_i96(9223372036854775807, -1, 0, 2) == 1
; run: @add_i96(1, 0, 0, 3) == 0
; run: @add_i96(-1, -1, 0, 64) == 63
; run: @add_i96(-9223372036854775808, 12345, 0, 63) == 12408
; run: @add_i96(-9223372036854775808, 0, -1, -1) == -12884901886
; run: @add_i96(74565, 26505, 0, 17) == 200277

define i64 @sub_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = sub i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sub_i96(0, 5, 0, 3) == 2
; run: @sub_i96(-1, -1, 0, 1) == -12884901885
; run: @sub_i96(81985529216486895, 1147797409030816545, 0, 7) == 1147797402907192023
; run: @sub_i96(-1, -1, -1, -1) == 0
; run: @sub_i96(9223372036854775807, -1, 0, 2) == -12884901888
; run: @sub_i96(1, 0, 0, 3) == -3
; run: @sub_i96(-1, -1, 0, 64) == -12884901822
; run: @sub_i96(-9223372036854775808, 12345, 0, 63) == 12282
; run: @sub_i96(-9223372036854775808, 0, -1, -1) == 1
; run: @sub_i96(74565, 26505, 0, 17) == 200375

define i64 @mul_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = mul i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @mul_i96(0, 5, 0, 3) == 15
; run: @mul_i96(-1, -1, 0, 1) == -12884901886
; run: @mul_i96(81985529216486895, 1147797409030816545, 0, 7) == 8034581855784350076
; run: @mul_i96(-1, -1, -1, -1) == 1
; run: @mul_i96(9223372036854775807, -1, 0, 2) == -12884901885
; run: @mul_i96(1, 0, 0, 3) == 9
; run: @mul_i96(-1, -1, 0, 64) == -12884901827
; run: @mul_i96(-9223372036854775808, 12345, 0, 63) == 777735
; run: @mul_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @mul_i96(74565, 26505, 0, 17) == 3991206

define i64 @and_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = and i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @and_i96(0, 5, 0, 3) == 1
; run: @and_i96(-1, -1, 0, 1) == 1
; run: @and_i96(81985529216486895, 1147797409030816545, 0, 7) == 1
; run: @and_i96(-1, -1, -1, -1) == -12884901886
; run: @and_i96(9223372036854775807, -1, 0, 2) == 2
; run: @and_i96(1, 0, 0, 3) == 0
; run: @and_i96(-1, -1, 0, 64) == 64
; run: @and_i96(-9223372036854775808, 12345, 0, 63) == 57
; run: @and_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @and_i96(74565, 26505, 0, 17) == 1

define i64 @xor_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = xor i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @xor_i96(0, 5, 0, 3) == 6
; run: @xor_i96(-1, -1, 0, 1) == -12884901885
; run: @xor_i96(81985529216486895, 1147797409030816545, 0, 7) == 1147797402907192043
; run: @xor_i96(-1, -1, -1, -1) == 0
; run: @xor_i96(9223372036854775807, -1, 0, 2) == -12884901888
; run: @xor_i96(1, 0, 0, 3) == 0
; run: @xor_i96(-1, -1, 0, 64) == -12884901822
; run: @xor_i96(-9223372036854775808, 12345, 0, 63) == 12294
; run: @xor_i96(-9223372036854775808, 0, -1, -1) == -12884901886
; run: @xor_i96(74565, 26505, 0, 17) == 200279

define i64 @shl_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = shl i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @shl_i96(0, 5, 0, 3) == 40
; run: @shl_i96(-1, -1, 0, 1) == -12884901885
; run: @shl_i96(81985529216486895, 1147797409030816545, 0, 7) == -655884244461717995
; run: @shl_i96(9223372036854775807, -1, 0, 2) == -12884901887
; run: @shl_i96(1, 0, 0, 3) == 24
; run: @shl_i96(-1, -1, 0, 64) == 12884901885
; run: @shl_i96(-9223372036854775808, 12345, 0, 63) == -9223372036854757292
; run: @shl_i96(74565, 26505, 0, 17) == 478937088

define i64 @lshr_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = lshr i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @lshr_i96(0, 5, 0, 3) == 0
; run: @lshr_i96(-1, -1, 0, 1) == -6442450942
; run: @lshr_i96(81985529216486895, 1147797409030816545, 0, 7) == -2440991030079337385
; run: @lshr_i96(9223372036854775807, -1, 0, 2) == -3221225470
; run: @lshr_i96(1, 0, 0, 3) == 2305843009213693952
; run: @lshr_i96(-1, -1, 0, 64) == 4294967295
; run: @lshr_i96(-9223372036854775808, 12345, 0, 63) == 0
; run: @lshr_i96(74565, 26505, 0, 17) == -7952653254494519296

define i64 @ashr_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = ashr i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @ashr_i96(0, 5, 0, 3) == 0
; run: @ashr_i96(-1, -1, 0, 1) == -12884901886
; run: @ashr_i96(81985529216486895, 1147797409030816545, 0, 7) == -2440991037092213673
; run: @ashr_i96(9223372036854775807, -1, 0, 2) == -12884901886
; run: @ashr_i96(1, 0, 0, 3) == 2305843009213693952
; run: @ashr_i96(-1, -1, 0, 64) == -12884901886
; run: @ashr_i96(-9223372036854775808, 12345, 0, 63) == 0
; run: @ashr_i96(74565, 26505, 0, 17) == -7952653254494519296

define i64 @udiv_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = udiv i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @udiv_i96(0, 5, 0, 3) == 1
; run: @udiv_i96(-1, -1, 0, 1) == -12884901886
; run: @udiv_i96(81985529216486895, 1147797409030816545, 0, 7) == -5106527248760623511
; run: @udiv_i96(-1, -1, -1, -1) == 1
; run: @udiv_i96(9223372036854775807, -1, 0, 2) == -6442450942
; run: @udiv_i96(1, 0, 0, 3) == 6148914691236517205
; run: @udiv_i96(-1, -1, 0, 64) == -201326590
; run: @udiv_i96(-9223372036854775808, 12345, 0, 63) == 195
; run: @udiv_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @udiv_i96(74565, 26505, 0, 17) == 3255307777713438754

define i64 @sdiv_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = sdiv i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sdiv_i96(0, 5, 0, 3) == 1
; run: @sdiv_i96(-1, -1, 0, 1) == -12884901886
; run: @sdiv_i96(81985529216486895, 1147797409030816545, 0, 7) == 2799220202211467541
; run: @sdiv_i96(-1, -1, -1, -1) == 1
; run: @sdiv_i96(9223372036854775807, -1, 0, 2) == 0
; run: @sdiv_i96(1, 0, 0, 3) == 6148914691236517205
; run: @sdiv_i96(-1, -1, 0, 64) == 0
; run: @sdiv_i96(-9223372036854775808, 12345, 0, 63) == 195
; run: @sdiv_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @sdiv_i96(74565, 26505, 0, 17) == 3255307777713438754

define i64 @urem_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = urem i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @urem_i96(0, 5, 0, 3) == 2
; run: @urem_i96(-1, -1, 0, 1) == 0
; run: @urem_i96(81985529216486895, 1147797409030816545, 0, 7) == 4
; run: @urem_i96(-1, -1, -1, -1) == 0
; run: @urem_i96(9223372036854775807, -1, 0, 2) == 1
; run: @urem_i96(1, 0, 0, 3) == 1
; run: @urem_i96(-1, -1, 0, 64) == 63
; run: @urem_i96(-9223372036854775808, 12345, 0, 63) == 60
; run: @urem_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @urem_i96(74565, 26505, 0, 17) == 5

define i64 @srem_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %r = srem i96 %a, %b
  %w0 = trunc i96 %r to i64
  %sh1 = lshr i96 %r, 64
  %w1 = trunc i96 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @srem_i96(0, 5, 0, 3) == 2
; run: @srem_i96(-1, -1, 0, 1) == 0
; run: @srem_i96(81985529216486895, 1147797409030816545, 0, 7) == -12884901887
; run: @srem_i96(-1, -1, -1, -1) == 0
; run: @srem_i96(9223372036854775807, -1, 0, 2) == -12884901886
; run: @srem_i96(1, 0, 0, 3) == 1
; run: @srem_i96(-1, -1, 0, 64) == -12884901886
; run: @srem_i96(-9223372036854775808, 12345, 0, 63) == 60
; run: @srem_i96(-9223372036854775808, 0, -1, -1) == 0
; run: @srem_i96(74565, 26505, 0, 17) == 5

define i32 @icmp_i96(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i96
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i96
  %lt = icmp slt i96 %a, %b
  %ult = icmp ult i96 %a, %b
  %eq = icmp eq i96 %a, %b
  %l = zext i1 %lt to i32
  %u = zext i1 %ult to i32
  %e = zext i1 %eq to i32
  %u2 = shl i32 %u, 1
  %e2 = shl i32 %e, 2
  %s1 = or i32 %l, %u2
  %s2 = or i32 %s1, %e2
  ret i32 %s2
}
; run: @icmp_i96(0, 1, 0, 2) == 3
; run: @icmp_i96(-1, -1, 0, 0) == 1
; run: @icmp_i96(0, 0, -1, -1) == 2
; run: @icmp_i96(5, 5, 5, 5) == 4
; run: @icmp_i96(9223372036854775807, 0, -9223372036854775808, 0) == 1

define i64 @add_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = add i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @add_i127(0, 5, 0, 3) == 8
; run: @add_i127(-1, -1, 0, 1) == 0
; run: @add_i127(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595109
; run: @add_i127(-1, -1, -1, -1) == -9223372036854775805
; run: @add_i127(9223372036854775807, -1, 0, 2) == 1
; run: @add_i127(1, 0, 0, 3) == 0
; run: @add_i127(-1, -1, 0, 64) == 63
; run: @add_i127(-9223372036854775808, 12345, 0, 63) == 12408
; run: @add_i127(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @add_i127(74565, 26505, 0, 17) == 200277

define i64 @sub_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = sub i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sub_i127(0, 5, 0, 3) == 2
; run: @sub_i127(-1, -1, 0, 1) == -9223372036854775805
; run: @sub_i127(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595095
; run: @sub_i127(-1, -1, -1, -1) == 0
; run: @sub_i127(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @sub_i127(1, 0, 0, 3) == -3
; run: @sub_i127(-1, -1, 0, 64) == -9223372036854775742
; run: @sub_i127(-9223372036854775808, 12345, 0, 63) == 12282
; run: @sub_i127(-9223372036854775808, 0, -1, -1) == 1
; run: @sub_i127(74565, 26505, 0, 17) == 200375

define i64 @mul_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = mul i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @mul_i127(0, 5, 0, 3) == 15
; run: @mul_i127(-1, -1, 0, 1) == -9223372036854775806
; run: @mul_i127(81985529216486895, 1147797409030816545, 0, 7) == 8675094915661902204
; run: @mul_i127(-1, -1, -1, -1) == 1
; run: @mul_i127(9223372036854775807, -1, 0, 2) == -9223372036854775805
; run: @mul_i127(1, 0, 0, 3) == 9
; run: @mul_i127(-1, -1, 0, 64) == -9223372036854775747
; run: @mul_i127(-9223372036854775808, 12345, 0, 63) == 777735
; run: @mul_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @mul_i127(74565, 26505, 0, 17) == 3991206

define i64 @and_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = and i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @and_i127(0, 5, 0, 3) == 1
; run: @and_i127(-1, -1, 0, 1) == 1
; run: @and_i127(81985529216486895, 1147797409030816545, 0, 7) == 1
; run: @and_i127(-1, -1, -1, -1) == -9223372036854775806
; run: @and_i127(9223372036854775807, -1, 0, 2) == 2
; run: @and_i127(1, 0, 0, 3) == 0
; run: @and_i127(-1, -1, 0, 64) == 64
; run: @and_i127(-9223372036854775808, 12345, 0, 63) == 57
; run: @and_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @and_i127(74565, 26505, 0, 17) == 1

define i64 @xor_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = xor i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @xor_i127(0, 5, 0, 3) == 6
; run: @xor_i127(-1, -1, 0, 1) == -9223372036854775805
; run: @xor_i127(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595115
; run: @xor_i127(-1, -1, -1, -1) == 0
; run: @xor_i127(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @xor_i127(1, 0, 0, 3) == 0
; run: @xor_i127(-1, -1, 0, 64) == -9223372036854775742
; run: @xor_i127(-9223372036854775808, 12345, 0, 63) == 12294
; run: @xor_i127(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @xor_i127(74565, 26505, 0, 17) == 200279

define i64 @shl_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = shl i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @shl_i127(0, 5, 0, 3) == 40
; run: @shl_i127(-1, -1, 0, 1) == -9223372036854775805
; run: @shl_i127(81985529216486895, 1147797409030816545, 0, 7) == -4463683450299910635
; run: @shl_i127(9223372036854775807, -1, 0, 2) == -9223372036854775807
; run: @shl_i127(1, 0, 0, 3) == 24
; run: @shl_i127(-1, -1, 0, 64) == 9223372036854775805
; run: @shl_i127(-9223372036854775808, 12345, 0, 63) == -9223372036854757292
; run: @shl_i127(74565, 26505, 0, 17) == 26248740864

define i64 @lshr_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = lshr i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @lshr_i127(0, 5, 0, 3) == 0
; run: @lshr_i127(-1, -1, 0, 1) == 4611686018427387906
; run: @lshr_i127(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @lshr_i127(9223372036854775807, -1, 0, 2) == -6917529027641081854
; run: @lshr_i127(1, 0, 0, 3) == 2305843009213693952
; run: @lshr_i127(-1, -1, 0, 64) == 9223372036854775807
; run: @lshr_i127(-9223372036854775808, 12345, 0, 63) == 0
; run: @lshr_i127(74565, 26505, 0, 17) == -7952653254494519296

define i64 @ashr_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = ashr i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @ashr_i127(0, 5, 0, 3) == 0
; run: @ashr_i127(-1, -1, 0, 1) == -9223372036854775806
; run: @ashr_i127(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @ashr_i127(9223372036854775807, -1, 0, 2) == -9223372036854775806
; run: @ashr_i127(1, 0, 0, 3) == 2305843009213693952
; run: @ashr_i127(-1, -1, 0, 64) == -9223372036854775806
; run: @ashr_i127(-9223372036854775808, 12345, 0, 63) == 0
; run: @ashr_i127(74565, 26505, 0, 17) == -7952653254494519296

define i64 @udiv_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = udiv i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @udiv_i127(0, 5, 0, 3) == 1
; run: @udiv_i127(-1, -1, 0, 1) == -9223372036854775806
; run: @udiv_i127(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @udiv_i127(-1, -1, -1, -1) == 1
; run: @udiv_i127(9223372036854775807, -1, 0, 2) == 4611686018427387906
; run: @udiv_i127(1, 0, 0, 3) == 6148914691236517205
; run: @udiv_i127(-1, -1, 0, 64) == -432345564227567614
; run: @udiv_i127(-9223372036854775808, 12345, 0, 63) == 195
; run: @udiv_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @udiv_i127(74565, 26505, 0, 17) == 3255307777713438754

define i64 @sdiv_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = sdiv i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @sdiv_i127(0, 5, 0, 3) == 1
; run: @sdiv_i127(-1, -1, 0, 1) == -9223372036854775806
; run: @sdiv_i127(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @sdiv_i127(-1, -1, -1, -1) == 1
; run: @sdiv_i127(9223372036854775807, -1, 0, 2) == 0
; run: @sdiv_i127(1, 0, 0, 3) == 6148914691236517205
; run: @sdiv_i127(-1, -1, 0, 64) == 0
; run: @sdiv_i127(-9223372036854775808, 12345, 0, 63) == 195
; run: @sdiv_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @sdiv_i127(74565, 26505, 0, 17) == 3255307777713438754

define i64 @urem_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = urem i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @urem_i127(0, 5, 0, 3) == 2
; run: @urem_i127(-1, -1, 0, 1) == 0
; run: @urem_i127(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @urem_i127(-1, -1, -1, -1) == 0
; run: @urem_i127(9223372036854775807, -1, 0, 2) == 1
; run: @urem_i127(1, 0, 0, 3) == 1
; run: @urem_i127(-1, -1, 0, 64) == 63
; run: @urem_i127(-9223372036854775808, 12345, 0, 63) == 60
; run: @urem_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @urem_i127(74565, 26505, 0, 17) == 5

define i64 @srem_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %r = srem i127 %a, %b
  %w0 = trunc i127 %r to i64
  %sh1 = lshr i127 %r, 64
  %w1 = trunc i127 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  ret i64 %a1
}
; run: @srem_i127(0, 5, 0, 3) == 2
; run: @srem_i127(-1, -1, 0, 1) == 0
; run: @srem_i127(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @srem_i127(-1, -1, -1, -1) == 0
; run: @srem_i127(9223372036854775807, -1, 0, 2) == -9223372036854775806
; run: @srem_i127(1, 0, 0, 3) == 1
; run: @srem_i127(-1, -1, 0, 64) == -9223372036854775806
; run: @srem_i127(-9223372036854775808, 12345, 0, 63) == 60
; run: @srem_i127(-9223372036854775808, 0, -1, -1) == 0
; run: @srem_i127(74565, 26505, 0, 17) == 5

define i32 @icmp_i127(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = trunc i128 %aw to i127
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = trunc i128 %bw to i127
  %lt = icmp slt i127 %a, %b
  %ult = icmp ult i127 %a, %b
  %eq = icmp eq i127 %a, %b
  %l = zext i1 %lt to i32
  %u = zext i1 %ult to i32
  %e = zext i1 %eq to i32
  %u2 = shl i32 %u, 1
  %e2 = shl i32 %e, 2
  %s1 = or i32 %l, %u2
  %s2 = or i32 %s1, %e2
  ret i32 %s2
}
; run: @icmp_i127(0, 1, 0, 2) == 3
; run: @icmp_i127(-1, -1, 0, 0) == 1
; run: @icmp_i127(0, 0, -1, -1) == 2
; run: @icmp_i127(5, 5, 5, 5) == 4
; run: @icmp_i127(9223372036854775807, 0, -9223372036854775808, 0) == 1

define i64 @add_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = add i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @add_i200(0, 5, 0, 3) == 8
; run: @add_i200(-1, -1, 0, 1) == 0
; run: @add_i200(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595109
; run: @add_i200(-1, -1, -1, -1) == -1791
; run: @add_i200(9223372036854775807, -1, 0, 2) == -9223372036854775807
; run: @add_i200(1, 0, 0, 3) == 0
; run: @add_i200(-1, -1, 0, 64) == 63
; run: @add_i200(-9223372036854775808, 12345, 0, 63) == 9223372036854761850
; run: @add_i200(-9223372036854775808, 0, -1, -1) == 9223372036854774016
; run: @add_i200(74565, 26505, 0, 17) == 200277

define i64 @sub_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = sub i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @sub_i200(0, 5, 0, 3) == 2
; run: @sub_i200(-1, -1, 0, 1) == -1791
; run: @sub_i200(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595095
; run: @sub_i200(-1, -1, -1, -1) == 0
; run: @sub_i200(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @sub_i200(1, 0, 0, 3) == -3
; run: @sub_i200(-1, -1, 0, 64) == -1728
; run: @sub_i200(-9223372036854775808, 12345, 0, 63) == 9223372036854765304
; run: @sub_i200(-9223372036854775808, 0, -1, -1) == 9223372036854774019
; run: @sub_i200(74565, 26505, 0, 17) == 200375

define i64 @mul_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = mul i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @mul_i200(0, 5, 0, 3) == 15
; run: @mul_i200(-1, -1, 0, 1) == -1792
; run: @mul_i200(81985529216486895, 1147797409030816545, 0, 7) == 8675094915661902204
; run: @mul_i200(-1, -1, -1, -1) == 1
; run: @mul_i200(9223372036854775807, -1, 0, 2) == 3
; run: @mul_i200(1, 0, 0, 3) == 9
; run: @mul_i200(-1, -1, 0, 64) == -1729
; run: @mul_i200(-9223372036854775808, 12345, 0, 63) == 9223372036853999518
; run: @mul_i200(-9223372036854775808, 0, -1, -1) == -9223372036854775808
; run: @mul_i200(74565, 26505, 0, 17) == 3991206

define i64 @and_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = and i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @and_i200(0, 5, 0, 3) == 1
; run: @and_i200(-1, -1, 0, 1) == 1
; run: @and_i200(81985529216486895, 1147797409030816545, 0, 7) == 1
; run: @and_i200(-1, -1, -1, -1) == -1792
; run: @and_i200(9223372036854775807, -1, 0, 2) == 2
; run: @and_i200(1, 0, 0, 3) == 0
; run: @and_i200(-1, -1, 0, 64) == 64
; run: @and_i200(-9223372036854775808, 12345, 0, 63) == 57
; run: @and_i200(-9223372036854775808, 0, -1, -1) == 9223372036854774018
; run: @and_i200(74565, 26505, 0, 17) == 1

define i64 @xor_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = xor i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @xor_i200(0, 5, 0, 3) == 6
; run: @xor_i200(-1, -1, 0, 1) == -1791
; run: @xor_i200(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595115
; run: @xor_i200(-1, -1, -1, -1) == 0
; run: @xor_i200(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @xor_i200(1, 0, 0, 3) == 0
; run: @xor_i200(-1, -1, 0, 64) == -1728
; run: @xor_i200(-9223372036854775808, 12345, 0, 63) == 9223372036854761732
; run: @xor_i200(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @xor_i200(74565, 26505, 0, 17) == 200279

define i64 @shl_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = shl i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @shl_i200(0, 5, 0, 3) == 40
; run: @shl_i200(-1, -1, 0, 1) == -1791
; run: @shl_i200(81985529216486895, 1147797409030816545, 0, 7) == 4759688586554865173
; run: @shl_i200(9223372036854775807, -1, 0, 2) == 4
; run: @shl_i200(1, 0, 0, 3) == 24
; run: @shl_i200(-1, -1, 0, 64) == 1791
; run: @shl_i200(-9223372036854775808, 12345, 0, 63) == 4611686018427408045
; run: @shl_i200(74565, 26505, 0, 17) == 26248740864

define i64 @lshr_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = lshr i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @lshr_i200(0, 5, 0, 3) == 0
; run: @lshr_i200(-1, -1, 0, 1) == -896
; run: @lshr_i200(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @lshr_i200(9223372036854775807, -1, 0, 2) == -6917529027641081854
; run: @lshr_i200(1, 0, 0, 3) == 2305843009213693952
; run: @lshr_i200(-1, -1, 0, 64) == 1273
; run: @lshr_i200(-9223372036854775808, 12345, 0, 63) == -2554
; run: @lshr_i200(74565, 26505, 0, 17) == -7952653254494519296

define i64 @ashr_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = ashr i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @ashr_i200(0, 5, 0, 3) == 0
; run: @ashr_i200(-1, -1, 0, 1) == -1792
; run: @ashr_i200(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @ashr_i200(9223372036854775807, -1, 0, 2) == -6917529027641081854
; run: @ashr_i200(1, 0, 0, 3) == 2305843009213693952
; run: @ashr_i200(-1, -1, 0, 64) == -1792
; run: @ashr_i200(-9223372036854775808, 12345, 0, 63) == 1791
; run: @ashr_i200(74565, 26505, 0, 17) == -7952653254494519296

define i64 @udiv_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = udiv i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @udiv_i200(0, 5, 0, 3) == 1
; run: @udiv_i200(-1, -1, 0, 1) == -1792
; run: @udiv_i200(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @udiv_i200(-1, -1, -1, -1) == 1
; run: @udiv_i200(9223372036854775807, -1, 0, 2) == 4611686018427387906
; run: @udiv_i200(1, 0, 0, 3) == 6148914691236517205
; run: @udiv_i200(-1, -1, 0, 64) == -20
; run: @udiv_i200(-9223372036854775808, 12345, 0, 63) == 8637761113879868932
; run: @udiv_i200(-9223372036854775808, 0, -1, -1) == 0
; run: @udiv_i200(74565, 26505, 0, 17) == 3255307777713438754

define i64 @sdiv_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = sdiv i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @sdiv_i200(0, 5, 0, 3) == 1
; run: @sdiv_i200(-1, -1, 0, 1) == -1792
; run: @sdiv_i200(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @sdiv_i200(-1, -1, -1, -1) == 1
; run: @sdiv_i200(9223372036854775807, -1, 0, 2) == 4611686018427387906
; run: @sdiv_i200(1, 0, 0, 3) == 6148914691236517205
; run: @sdiv_i200(-1, -1, 0, 64) == 0
; run: @sdiv_i200(-9223372036854775808, 12345, 0, 63) == -2781651884130803547
; run: @sdiv_i200(-9223372036854775808, 0, -1, -1) == -9223372036854775808
; run: @sdiv_i200(74565, 26505, 0, 17) == 3255307777713438754

define i64 @urem_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = urem i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @urem_i200(0, 5, 0, 3) == 2
; run: @urem_i200(-1, -1, 0, 1) == 0
; run: @urem_i200(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @urem_i200(-1, -1, -1, -1) == 0
; run: @urem_i200(9223372036854775807, -1, 0, 2) == 1
; run: @urem_i200(1, 0, 0, 3) == 1
; run: @urem_i200(-1, -1, 0, 64) == 63
; run: @urem_i200(-9223372036854775808, 12345, 0, 63) == 62
; run: @urem_i200(-9223372036854775808, 0, -1, -1) == 9223372036854774018
; run: @urem_i200(74565, 26505, 0, 17) == 5

define i64 @srem_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %r = srem i200 %a, %b
  %w0 = trunc i200 %r to i64
  %sh1 = lshr i200 %r, 64
  %w1 = trunc i200 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i200 %r, 128
  %w2 = trunc i200 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i200 %r, 192
  %w3 = trunc i200 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @srem_i200(0, 5, 0, 3) == 2
; run: @srem_i200(-1, -1, 0, 1) == 0
; run: @srem_i200(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @srem_i200(-1, -1, -1, -1) == 0
; run: @srem_i200(9223372036854775807, -1, 0, 2) == 1
; run: @srem_i200(1, 0, 0, 3) == 1
; run: @srem_i200(-1, -1, 0, 64) == -1792
; run: @srem_i200(-9223372036854775808, 12345, 0, 63) == -1788
; run: @srem_i200(-9223372036854775808, 0, -1, -1) == 0
; run: @srem_i200(74565, 26505, 0, 17) == 5

define i32 @icmp_i200(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i200
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i200
  %lt = icmp slt i200 %a, %b
  %ult = icmp ult i200 %a, %b
  %eq = icmp eq i200 %a, %b
  %l = zext i1 %lt to i32
  %u = zext i1 %ult to i32
  %e = zext i1 %eq to i32
  %u2 = shl i32 %u, 1
  %e2 = shl i32 %e, 2
  %s1 = or i32 %l, %u2
  %s2 = or i32 %s1, %e2
  ret i32 %s2
}
; run: @icmp_i200(0, 1, 0, 2) == 3
; run: @icmp_i200(-1, -1, 0, 0) == 1
; run: @icmp_i200(0, 0, -1, -1) == 2
; run: @icmp_i200(5, 5, 5, 5) == 4
; run: @icmp_i200(9223372036854775807, 0, -9223372036854775808, 0) == 2

define i64 @add_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = add i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @add_i256(0, 5, 0, 3) == 8
; run: @add_i256(-1, -1, 0, 1) == 0
; run: @add_i256(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595109
; run: @add_i256(-1, -1, -1, -1) == 1
; run: @add_i256(9223372036854775807, -1, 0, 2) == -9223372036854775807
; run: @add_i256(1, 0, 0, 3) == 0
; run: @add_i256(-1, -1, 0, 64) == 63
; run: @add_i256(-9223372036854775808, 12345, 0, 63) == -9223372036854763398
; run: @add_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775808
; run: @add_i256(74565, 26505, 0, 17) == 200277

define i64 @sub_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = sub i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @sub_i256(0, 5, 0, 3) == 2
; run: @sub_i256(-1, -1, 0, 1) == 1
; run: @sub_i256(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595095
; run: @sub_i256(-1, -1, -1, -1) == 0
; run: @sub_i256(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @sub_i256(1, 0, 0, 3) == -3
; run: @sub_i256(-1, -1, 0, 64) == 64
; run: @sub_i256(-9223372036854775808, 12345, 0, 63) == -9223372036854763528
; run: @sub_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775805
; run: @sub_i256(74565, 26505, 0, 17) == 200375

define i64 @mul_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = mul i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @mul_i256(0, 5, 0, 3) == 15
; run: @mul_i256(-1, -1, 0, 1) == 0
; run: @mul_i256(81985529216486895, 1147797409030816545, 0, 7) == 8675094915661902204
; run: @mul_i256(-1, -1, -1, -1) == 1
; run: @mul_i256(9223372036854775807, -1, 0, 2) == 3
; run: @mul_i256(1, 0, 0, 3) == 9
; run: @mul_i256(-1, -1, 0, 64) == 63
; run: @mul_i256(-9223372036854775808, 12345, 0, 63) == -9223372036853997922
; run: @mul_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775808
; run: @mul_i256(74565, 26505, 0, 17) == 3991206

define i64 @and_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = and i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @and_i256(0, 5, 0, 3) == 1
; run: @and_i256(-1, -1, 0, 1) == 1
; run: @and_i256(81985529216486895, 1147797409030816545, 0, 7) == 1
; run: @and_i256(-1, -1, -1, -1) == 0
; run: @and_i256(9223372036854775807, -1, 0, 2) == 2
; run: @and_i256(1, 0, 0, 3) == 0
; run: @and_i256(-1, -1, 0, 64) == 64
; run: @and_i256(-9223372036854775808, 12345, 0, 63) == 57
; run: @and_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @and_i256(74565, 26505, 0, 17) == 1

define i64 @xor_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = xor i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @xor_i256(0, 5, 0, 3) == 6
; run: @xor_i256(-1, -1, 0, 1) == 1
; run: @xor_i256(81985529216486895, 1147797409030816545, 0, 7) == 901876195537595115
; run: @xor_i256(-1, -1, -1, -1) == 0
; run: @xor_i256(9223372036854775807, -1, 0, 2) == -9223372036854775808
; run: @xor_i256(1, 0, 0, 3) == 0
; run: @xor_i256(-1, -1, 0, 64) == 64
; run: @xor_i256(-9223372036854775808, 12345, 0, 63) == -9223372036854763516
; run: @xor_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @xor_i256(74565, 26505, 0, 17) == 200279

define i64 @shl_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = shl i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @shl_i256(0, 5, 0, 3) == 40
; run: @shl_i256(-1, -1, 0, 1) == 1
; run: @shl_i256(81985529216486895, 1147797409030816545, 0, 7) == 4759688586554865173
; run: @shl_i256(9223372036854775807, -1, 0, 2) == 4
; run: @shl_i256(1, 0, 0, 3) == 24
; run: @shl_i256(-1, -1, 0, 64) == -1
; run: @shl_i256(-9223372036854775808, 12345, 0, 63) == -4611686018427406419
; run: @shl_i256(74565, 26505, 0, 17) == 26248740864

define i64 @lshr_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = lshr i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @lshr_i256(0, 5, 0, 3) == 0
; run: @lshr_i256(-1, -1, 0, 1) == -9223372036854775808
; run: @lshr_i256(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @lshr_i256(9223372036854775807, -1, 0, 2) == -6917529027641081854
; run: @lshr_i256(1, 0, 0, 3) == 2305843009213693952
; run: @lshr_i256(-1, -1, 0, 64) == -7
; run: @lshr_i256(-9223372036854775808, 12345, 0, 63) == 1
; run: @lshr_i256(74565, 26505, 0, 17) == -7952653254494519296

define i64 @ashr_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = ashr i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @ashr_i256(0, 5, 0, 3) == 0
; run: @ashr_i256(-1, -1, 0, 1) == 0
; run: @ashr_i256(81985529216486895, 1147797409030816545, 0, 7) == -2442912289511912361
; run: @ashr_i256(9223372036854775807, -1, 0, 2) == -6917529027641081854
; run: @ashr_i256(1, 0, 0, 3) == 2305843009213693952
; run: @ashr_i256(-1, -1, 0, 64) == 0
; run: @ashr_i256(-9223372036854775808, 12345, 0, 63) == -1
; run: @ashr_i256(74565, 26505, 0, 17) == -7952653254494519296

define i64 @udiv_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = udiv i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @udiv_i256(0, 5, 0, 3) == 1
; run: @udiv_i256(-1, -1, 0, 1) == 0
; run: @udiv_i256(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @udiv_i256(-1, -1, -1, -1) == 1
; run: @udiv_i256(9223372036854775807, -1, 0, 2) == 4611686018427387906
; run: @udiv_i256(1, 0, 0, 3) == 6148914691236517205
; run: @udiv_i256(-1, -1, 0, 64) == -2017612633061982208
; run: @udiv_i256(-9223372036854775808, 12345, 0, 63) == -8052150190904961122
; run: @udiv_i256(-9223372036854775808, 0, -1, -1) == 0
; run: @udiv_i256(74565, 26505, 0, 17) == 3255307777713438754

define i64 @sdiv_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = sdiv i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @sdiv_i256(0, 5, 0, 3) == 1
; run: @sdiv_i256(-1, -1, 0, 1) == 0
; run: @sdiv_i256(81985529216486895, 1147797409030816545, 0, 7) == -2465556760054709024
; run: @sdiv_i256(-1, -1, -1, -1) == 1
; run: @sdiv_i256(9223372036854775807, -1, 0, 2) == 4611686018427387906
; run: @sdiv_i256(1, 0, 0, 3) == 6148914691236517205
; run: @sdiv_i256(-1, -1, 0, 64) == 0
; run: @sdiv_i256(-9223372036854775808, 12345, 0, 63) == 2781651884130802085
; run: @sdiv_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775808
; run: @sdiv_i256(74565, 26505, 0, 17) == 3255307777713438754

define i64 @urem_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = urem i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @urem_i256(0, 5, 0, 3) == 2
; run: @urem_i256(-1, -1, 0, 1) == 0
; run: @urem_i256(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @urem_i256(-1, -1, -1, -1) == 0
; run: @urem_i256(9223372036854775807, -1, 0, 2) == 1
; run: @urem_i256(1, 0, 0, 3) == 1
; run: @urem_i256(-1, -1, 0, 64) == 63
; run: @urem_i256(-9223372036854775808, 12345, 0, 63) == 11
; run: @urem_i256(-9223372036854775808, 0, -1, -1) == -9223372036854775806
; run: @urem_i256(74565, 26505, 0, 17) == 5

define i64 @srem_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %r = srem i256 %a, %b
  %w0 = trunc i256 %r to i64
  %sh1 = lshr i256 %r, 64
  %w1 = trunc i256 %sh1 to i64
  %x1 = mul i64 %w1, 3
  %a1 = xor i64 %w0, %x1
  %sh2 = lshr i256 %r, 128
  %w2 = trunc i256 %sh2 to i64
  %x2 = mul i64 %w2, 5
  %a2 = xor i64 %a1, %x2
  %sh3 = lshr i256 %r, 192
  %w3 = trunc i256 %sh3 to i64
  %x3 = mul i64 %w3, 7
  %a3 = xor i64 %a2, %x3
  ret i64 %a3
}
; run: @srem_i256(0, 5, 0, 3) == 2
; run: @srem_i256(-1, -1, 0, 1) == 0
; run: @srem_i256(81985529216486895, 1147797409030816545, 0, 7) == 6
; run: @srem_i256(-1, -1, -1, -1) == 0
; run: @srem_i256(9223372036854775807, -1, 0, 2) == 1
; run: @srem_i256(1, 0, 0, 3) == 1
; run: @srem_i256(-1, -1, 0, 64) == 0
; run: @srem_i256(-9223372036854775808, 12345, 0, 63) == 4
; run: @srem_i256(-9223372036854775808, 0, -1, -1) == 0
; run: @srem_i256(74565, 26505, 0, 17) == 5

define i32 @icmp_i256(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %ahw = zext i64 %ah to i128
  %alw = zext i64 %al to i128
  %ahs = shl i128 %ahw, 64
  %aw = or i128 %ahs, %alw
  %a = sext i128 %aw to i256
  %bhw = zext i64 %bh to i128
  %blw = zext i64 %bl to i128
  %bhs = shl i128 %bhw, 64
  %bw = or i128 %bhs, %blw
  %b = sext i128 %bw to i256
  %lt = icmp slt i256 %a, %b
  %ult = icmp ult i256 %a, %b
  %eq = icmp eq i256 %a, %b
  %l = zext i1 %lt to i32
  %u = zext i1 %ult to i32
  %e = zext i1 %eq to i32
  %u2 = shl i32 %u, 1
  %e2 = shl i32 %e, 2
  %s1 = or i32 %l, %u2
  %s2 = or i32 %s1, %e2
  ret i32 %s2
}
; run: @icmp_i256(0, 1, 0, 2) == 3
; run: @icmp_i256(-1, -1, 0, 0) == 1
; run: @icmp_i256(0, 0, -1, -1) == 2
; run: @icmp_i256(5, 5, 5, 5) == 4
; run: @icmp_i256(9223372036854775807, 0, -9223372036854775808, 0) == 2
