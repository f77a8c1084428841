; Division and remainder by constants on i32 and i64, signed and unsigned: powers of two
; (shifts, with the rounding bias for signed), and other divisors (multiplication by a
; fixed-point reciprocal, with and without the extra add of a 33/65-bit multiplier, with
; the signed corrections for negative multipliers and negative divisors). The dividends
; hit the edges: 0, ±1, the extremes, and the values either side of multiples of the
; divisor, where an inexact reciprocal would be off by one.
; test run

define i32 @sdiv_i32_by_2(i32 %a) {
  %r = sdiv i32 %a, 2
  ret i32 %r
}
; run: @sdiv_i32_by_2(0) == 0
; run: @sdiv_i32_by_2(1) == 0
; run: @sdiv_i32_by_2(-1) == 0
; run: @sdiv_i32_by_2(2147483647) == 1073741823
; run: @sdiv_i32_by_2(-2147483648) == -1073741824
; run: @sdiv_i32_by_2(-2147483647) == -1073741823
; run: @sdiv_i32_by_2(2) == 1
; run: @sdiv_i32_by_2(3) == 1
; run: @sdiv_i32_by_2(-2) == -1
; run: @sdiv_i32_by_2(-3) == -1
; run: @sdiv_i32_by_2(2469133) == 1234566
; run: @sdiv_i32_by_2(7) == 3
; run: @sdiv_i32_by_2(13) == 6
define i32 @srem_i32_by_2(i32 %a) {
  %r = srem i32 %a, 2
  ret i32 %r
}
; run: @srem_i32_by_2(0) == 0
; run: @srem_i32_by_2(1) == 1
; run: @srem_i32_by_2(-1) == -1
; run: @srem_i32_by_2(2147483647) == 1
; run: @srem_i32_by_2(-2147483648) == 0
; run: @srem_i32_by_2(-2147483647) == -1
; run: @srem_i32_by_2(2) == 0
; run: @srem_i32_by_2(3) == 1
; run: @srem_i32_by_2(-2) == 0
; run: @srem_i32_by_2(-3) == -1
; run: @srem_i32_by_2(2469133) == 1
; run: @srem_i32_by_2(7) == 1
; run: @srem_i32_by_2(13) == 1
define i32 @udiv_i32_by_2(i32 %a) {
  %r = udiv i32 %a, 2
  ret i32 %r
}
; run: @udiv_i32_by_2(0) == 0
; run: @udiv_i32_by_2(1) == 0
; run: @udiv_i32_by_2(-1) == 2147483647
; run: @udiv_i32_by_2(2147483647) == 1073741823
; run: @udiv_i32_by_2(-2147483648) == 1073741824
; run: @udiv_i32_by_2(-2147483647) == 1073741824
; run: @udiv_i32_by_2(2) == 1
; run: @udiv_i32_by_2(3) == 1
; run: @udiv_i32_by_2(-2) == 2147483647
; run: @udiv_i32_by_2(-3) == 2147483646
; run: @udiv_i32_by_2(2469133) == 1234566
; run: @udiv_i32_by_2(7) == 3
; run: @udiv_i32_by_2(13) == 6
define i32 @urem_i32_by_2(i32 %a) {
  %r = urem i32 %a, 2
  ret i32 %r
}
; run: @urem_i32_by_2(0) == 0
; run: @urem_i32_by_2(1) == 1
; run: @urem_i32_by_2(-1) == 1
; run: @urem_i32_by_2(2147483647) == 1
; run: @urem_i32_by_2(-2147483648) == 0
; run: @urem_i32_by_2(-2147483647) == 1
; run: @urem_i32_by_2(2) == 0
; run: @urem_i32_by_2(3) == 1
; run: @urem_i32_by_2(-2) == 0
; run: @urem_i32_by_2(-3) == 1
; run: @urem_i32_by_2(2469133) == 1
; run: @urem_i32_by_2(7) == 1
; run: @urem_i32_by_2(13) == 1

define i32 @sdiv_i32_by_3(i32 %a) {
  %r = sdiv i32 %a, 3
  ret i32 %r
}
; run: @sdiv_i32_by_3(0) == 0
; run: @sdiv_i32_by_3(1) == 0
; run: @sdiv_i32_by_3(-1) == 0
; run: @sdiv_i32_by_3(2147483647) == 715827882
; run: @sdiv_i32_by_3(-2147483648) == -715827882
; run: @sdiv_i32_by_3(-2147483647) == -715827882
; run: @sdiv_i32_by_3(2) == 0
; run: @sdiv_i32_by_3(3) == 1
; run: @sdiv_i32_by_3(4) == 1
; run: @sdiv_i32_by_3(-3) == -1
; run: @sdiv_i32_by_3(-2) == 0
; run: @sdiv_i32_by_3(-4) == -1
; run: @sdiv_i32_by_3(3703700) == 1234566
; run: @sdiv_i32_by_3(10) == 3
; run: @sdiv_i32_by_3(20) == 6
define i32 @srem_i32_by_3(i32 %a) {
  %r = srem i32 %a, 3
  ret i32 %r
}
; run: @srem_i32_by_3(0) == 0
; run: @srem_i32_by_3(1) == 1
; run: @srem_i32_by_3(-1) == -1
; run: @srem_i32_by_3(2147483647) == 1
; run: @srem_i32_by_3(-2147483648) == -2
; run: @srem_i32_by_3(-2147483647) == -1
; run: @srem_i32_by_3(2) == 2
; run: @srem_i32_by_3(3) == 0
; run: @srem_i32_by_3(4) == 1
; run: @srem_i32_by_3(-3) == 0
; run: @srem_i32_by_3(-2) == -2
; run: @srem_i32_by_3(-4) == -1
; run: @srem_i32_by_3(3703700) == 2
; run: @srem_i32_by_3(10) == 1
; run: @srem_i32_by_3(20) == 2
define i32 @udiv_i32_by_3(i32 %a) {
  %r = udiv i32 %a, 3
  ret i32 %r
}
; run: @udiv_i32_by_3(0) == 0
; run: @udiv_i32_by_3(1) == 0
; run: @udiv_i32_by_3(-1) == 1431655765
; run: @udiv_i32_by_3(2147483647) == 715827882
; run: @udiv_i32_by_3(-2147483648) == 715827882
; run: @udiv_i32_by_3(-2147483647) == 715827883
; run: @udiv_i32_by_3(2) == 0
; run: @udiv_i32_by_3(3) == 1
; run: @udiv_i32_by_3(4) == 1
; run: @udiv_i32_by_3(-3) == 1431655764
; run: @udiv_i32_by_3(-2) == 1431655764
; run: @udiv_i32_by_3(-4) == 1431655764
; run: @udiv_i32_by_3(3703700) == 1234566
; run: @udiv_i32_by_3(10) == 3
; run: @udiv_i32_by_3(20) == 6
define i32 @urem_i32_by_3(i32 %a) {
  %r = urem i32 %a, 3
  ret i32 %r
}
; run: @urem_i32_by_3(0) == 0
; run: @urem_i32_by_3(1) == 1
; run: @urem_i32_by_3(-1) == 0
; run: @urem_i32_by_3(2147483647) == 1
; run: @urem_i32_by_3(-2147483648) == 2
; run: @urem_i32_by_3(-2147483647) == 0
; run: @urem_i32_by_3(2) == 2
; run: @urem_i32_by_3(3) == 0
; run: @urem_i32_by_3(4) == 1
; run: @urem_i32_by_3(-3) == 1
; run: @urem_i32_by_3(-2) == 2
; run: @urem_i32_by_3(-4) == 0
; run: @urem_i32_by_3(3703700) == 2
; run: @urem_i32_by_3(10) == 1
; run: @urem_i32_by_3(20) == 2

define i32 @sdiv_i32_by_5(i32 %a) {
  %r = sdiv i32 %a, 5
  ret i32 %r
}
; run: @sdiv_i32_by_5(0) == 0
; run: @sdiv_i32_by_5(1) == 0
; run: @sdiv_i32_by_5(-1) == 0
; run: @sdiv_i32_by_5(2147483647) == 429496729
; run: @sdiv_i32_by_5(-2147483648) == -429496729
; run: @sdiv_i32_by_5(-2147483647) == -429496729
; run: @sdiv_i32_by_5(4) == 0
; run: @sdiv_i32_by_5(5) == 1
; run: @sdiv_i32_by_5(6) == 1
; run: @sdiv_i32_by_5(-5) == -1
; run: @sdiv_i32_by_5(-4) == 0
; run: @sdiv_i32_by_5(-6) == -1
; run: @sdiv_i32_by_5(6172834) == 1234566
; run: @sdiv_i32_by_5(16) == 3
; run: @sdiv_i32_by_5(34) == 6
define i32 @srem_i32_by_5(i32 %a) {
  %r = srem i32 %a, 5
  ret i32 %r
}
; run: @srem_i32_by_5(0) == 0
; run: @srem_i32_by_5(1) == 1
; run: @srem_i32_by_5(-1) == -1
; run: @srem_i32_by_5(2147483647) == 2
; run: @srem_i32_by_5(-2147483648) == -3
; run: @srem_i32_by_5(-2147483647) == -2
; run: @srem_i32_by_5(4) == 4
; run: @srem_i32_by_5(5) == 0
; run: @srem_i32_by_5(6) == 1
; run: @srem_i32_by_5(-5) == 0
; run: @srem_i32_by_5(-4) == -4
; run: @srem_i32_by_5(-6) == -1
; run: @srem_i32_by_5(6172834) == 4
; run: @srem_i32_by_5(16) == 1
; run: @srem_i32_by_5(34) == 4
define i32 @udiv_i32_by_5(i32 %a) {
  %r = udiv i32 %a, 5
  ret i32 %r
}
; run: @udiv_i32_by_5(0) == 0
; run: @udiv_i32_by_5(1) == 0
; run: @udiv_i32_by_5(-1) == 858993459
; run: @udiv_i32_by_5(2147483647) == 429496729
; run: @udiv_i32_by_5(-2147483648) == 429496729
; run: @udiv_i32_by_5(-2147483647) == 429496729
; run: @udiv_i32_by_5(4) == 0
; run: @udiv_i32_by_5(5) == 1
; run: @udiv_i32_by_5(6) == 1
; run: @udiv_i32_by_5(-5) == 858993458
; run: @udiv_i32_by_5(-4) == 858993458
; run: @udiv_i32_by_5(-6) == 858993458
; run: @udiv_i32_by_5(6172834) == 1234566
; run: @udiv_i32_by_5(16) == 3
; run: @udiv_i32_by_5(34) == 6
define i32 @urem_i32_by_5(i32 %a) {
  %r = urem i32 %a, 5
  ret i32 %r
}
; run: @urem_i32_by_5(0) == 0
; run: @urem_i32_by_5(1) == 1
; run: @urem_i32_by_5(-1) == 0
; run: @urem_i32_by_5(2147483647) == 2
; run: @urem_i32_by_5(-2147483648) == 3
; run: @urem_i32_by_5(-2147483647) == 4
; run: @urem_i32_by_5(4) == 4
; run: @urem_i32_by_5(5) == 0
; run: @urem_i32_by_5(6) == 1
; run: @urem_i32_by_5(-5) == 1
; run: @urem_i32_by_5(-4) == 2
; run: @urem_i32_by_5(-6) == 0
; run: @urem_i32_by_5(6172834) == 4
; run: @urem_i32_by_5(16) == 1
; run: @urem_i32_by_5(34) == 4

define i32 @sdiv_i32_by_6(i32 %a) {
  %r = sdiv i32 %a, 6
  ret i32 %r
}
; run: @sdiv_i32_by_6(0) == 0
; run: @sdiv_i32_by_6(1) == 0
; run: @sdiv_i32_by_6(-1) == 0
; run: @sdiv_i32_by_6(2147483647) == 357913941
; run: @sdiv_i32_by_6(-2147483648) == -357913941
; run: @sdiv_i32_by_6(-2147483647) == -357913941
; run: @sdiv_i32_by_6(5) == 0
; run: @sdiv_i32_by_6(6) == 1
; run: @sdiv_i32_by_6(7) == 1
; run: @sdiv_i32_by_6(-6) == -1
; run: @sdiv_i32_by_6(-5) == 0
; run: @sdiv_i32_by_6(-7) == -1
; run: @sdiv_i32_by_6(7407401) == 1234566
; run: @sdiv_i32_by_6(19) == 3
; run: @sdiv_i32_by_6(41) == 6
define i32 @srem_i32_by_6(i32 %a) {
  %r = srem i32 %a, 6
  ret i32 %r
}
; run: @srem_i32_by_6(0) == 0
; run: @srem_i32_by_6(1) == 1
; run: @srem_i32_by_6(-1) == -1
; run: @srem_i32_by_6(2147483647) == 1
; run: @srem_i32_by_6(-2147483648) == -2
; run: @srem_i32_by_6(-2147483647) == -1
; run: @srem_i32_by_6(5) == 5
; run: @srem_i32_by_6(6) == 0
; run: @srem_i32_by_6(7) == 1
; run: @srem_i32_by_6(-6) == 0
; run: @srem_i32_by_6(-5) == -5
; run: @srem_i32_by_6(-7) == -1
; run: @srem_i32_by_6(7407401) == 5
; run: @srem_i32_by_6(19) == 1
; run: @srem_i32_by_6(41) == 5
define i32 @udiv_i32_by_6(i32 %a) {
  %r = udiv i32 %a, 6
  ret i32 %r
}
; run: @udiv_i32_by_6(0) == 0
; run: @udiv_i32_by_6(1) == 0
; run: @udiv_i32_by_6(-1) == 715827882
; run: @udiv_i32_by_6(2147483647) == 357913941
; run: @udiv_i32_by_6(-2147483648) == 357913941
; run: @udiv_i32_by_6(-2147483647) == 357913941
; run: @udiv_i32_by_6(5) == 0
; run: @udiv_i32_by_6(6) == 1
; run: @udiv_i32_by_6(7) == 1
; run: @udiv_i32_by_6(-6) == 715827881
; run: @udiv_i32_by_6(-5) == 715827881
; run: @udiv_i32_by_6(-7) == 715827881
; run: @udiv_i32_by_6(7407401) == 1234566
; run: @udiv_i32_by_6(19) == 3
; run: @udiv_i32_by_6(41) == 6
define i32 @urem_i32_by_6(i32 %a) {
  %r = urem i32 %a, 6
  ret i32 %r
}
; run: @urem_i32_by_6(0) == 0
; run: @urem_i32_by_6(1) == 1
; run: @urem_i32_by_6(-1) == 3
; run: @urem_i32_by_6(2147483647) == 1
; run: @urem_i32_by_6(-2147483648) == 2
; run: @urem_i32_by_6(-2147483647) == 3
; run: @urem_i32_by_6(5) == 5
; run: @urem_i32_by_6(6) == 0
; run: @urem_i32_by_6(7) == 1
; run: @urem_i32_by_6(-6) == 4
; run: @urem_i32_by_6(-5) == 5
; run: @urem_i32_by_6(-7) == 3
; run: @urem_i32_by_6(7407401) == 5
; run: @urem_i32_by_6(19) == 1
; run: @urem_i32_by_6(41) == 5

define i32 @sdiv_i32_by_7(i32 %a) {
  %r = sdiv i32 %a, 7
  ret i32 %r
}
; run: @sdiv_i32_by_7(0) == 0
; run: @sdiv_i32_by_7(1) == 0
; run: @sdiv_i32_by_7(-1) == 0
; run: @sdiv_i32_by_7(2147483647) == 306783378
; run: @sdiv_i32_by_7(-2147483648) == -306783378
; run: @sdiv_i32_by_7(-2147483647) == -306783378
; run: @sdiv_i32_by_7(6) == 0
; run: @sdiv_i32_by_7(7) == 1
; run: @sdiv_i32_by_7(8) == 1
; run: @sdiv_i32_by_7(-7) == -1
; run: @sdiv_i32_by_7(-6) == 0
; run: @sdiv_i32_by_7(-8) == -1
; run: @sdiv_i32_by_7(8641968) == 1234566
; run: @sdiv_i32_by_7(22) == 3
; run: @sdiv_i32_by_7(48) == 6
define i32 @srem_i32_by_7(i32 %a) {
  %r = srem i32 %a, 7
  ret i32 %r
}
; run: @srem_i32_by_7(0) == 0
; run: @srem_i32_by_7(1) == 1
; run: @srem_i32_by_7(-1) == -1
; run: @srem_i32_by_7(2147483647) == 1
; run: @srem_i32_by_7(-2147483648) == -2
; run: @srem_i32_by_7(-2147483647) == -1
; run: @srem_i32_by_7(6) == 6
; run: @srem_i32_by_7(7) == 0
; run: @srem_i32_by_7(8) == 1
; run: @srem_i32_by_7(-7) == 0
; run: @srem_i32_by_7(-6) == -6
; run: @srem_i32_by_7(-8) == -1
; run: @srem_i32_by_7(8641968) == 6
; run: @srem_i32_by_7(22) == 1
; run: @srem_i32_by_7(48) == 6
define i32 @udiv_i32_by_7(i32 %a) {
  %r = udiv i32 %a, 7
  ret i32 %r
}
; run: @udiv_i32_by_7(0) == 0
; run: @udiv_i32_by_7(1) == 0
; run: @udiv_i32_by_7(-1) == 613566756
; run: @udiv_i32_by_7(2147483647) == 306783378
; run: @udiv_i32_by_7(-2147483648) == 306783378
; run: @udiv_i32_by_7(-2147483647) == 306783378
; run: @udiv_i32_by_7(6) == 0
; run: @udiv_i32_by_7(7) == 1
; run: @udiv_i32_by_7(8) == 1
; run: @udiv_i32_by_7(-7) == 613566755
; run: @udiv_i32_by_7(-6) == 613566755
; run: @udiv_i32_by_7(-8) == 613566755
; run: @udiv_i32_by_7(8641968) == 1234566
; run: @udiv_i32_by_7(22) == 3
; run: @udiv_i32_by_7(48) == 6
define i32 @urem_i32_by_7(i32 %a) {
  %r = urem i32 %a, 7
  ret i32 %r
}
; run: @urem_i32_by_7(0) == 0
; run: @urem_i32_by_7(1) == 1
; run: @urem_i32_by_7(-1) == 3
; run: @urem_i32_by_7(2147483647) == 1
; run: @urem_i32_by_7(-2147483648) == 2
; run: @urem_i32_by_7(-2147483647) == 3
; run: @urem_i32_by_7(6) == 6
; run: @urem_i32_by_7(7) == 0
; run: @urem_i32_by_7(8) == 1
; run: @urem_i32_by_7(-7) == 4
; run: @urem_i32_by_7(-6) == 5
; run: @urem_i32_by_7(-8) == 3
; run: @urem_i32_by_7(8641968) == 6
; run: @urem_i32_by_7(22) == 1
; run: @urem_i32_by_7(48) == 6

define i32 @sdiv_i32_by_10(i32 %a) {
  %r = sdiv i32 %a, 10
  ret i32 %r
}
; run: @sdiv_i32_by_10(0) == 0
; run: @sdiv_i32_by_10(1) == 0
; run: @sdiv_i32_by_10(-1) == 0
; run: @sdiv_i32_by_10(2147483647) == 214748364
; run: @sdiv_i32_by_10(-2147483648) == -214748364
; run: @sdiv_i32_by_10(-2147483647) == -214748364
; run: @sdiv_i32_by_10(9) == 0
; run: @sdiv_i32_by_10(10) == 1
; run: @sdiv_i32_by_10(11) == 1
; run: @sdiv_i32_by_10(-10) == -1
; run: @sdiv_i32_by_10(-9) == 0
; run: @sdiv_i32_by_10(-11) == -1
; run: @sdiv_i32_by_10(12345669) == 1234566
; run: @sdiv_i32_by_10(31) == 3
; run: @sdiv_i32_by_10(69) == 6
define i32 @srem_i32_by_10(i32 %a) {
  %r = srem i32 %a, 10
  ret i32 %r
}
; run: @srem_i32_by_10(0) == 0
; run: @srem_i32_by_10(1) == 1
; run: @srem_i32_by_10(-1) == -1
; run: @srem_i32_by_10(2147483647) == 7
; run: @srem_i32_by_10(-2147483648) == -8
; run: @srem_i32_by_10(-2147483647) == -7
; run: @srem_i32_by_10(9) == 9
; run: @srem_i32_by_10(10) == 0
; run: @srem_i32_by_10(11) == 1
; run: @srem_i32_by_10(-10) == 0
; run: @srem_i32_by_10(-9) == -9
; run: @srem_i32_by_10(-11) == -1
; run: @srem_i32_by_10(12345669) == 9
; run: @srem_i32_by_10(31) == 1
; run: @srem_i32_by_10(69) == 9
define i32 @udiv_i32_by_10(i32 %a) {
  %r = udiv i32 %a, 10
  ret i32 %r
}
; run: @udiv_i32_by_10(0) == 0
; run: @udiv_i32_by_10(1) == 0
; run: @udiv_i32_by_10(-1) == 429496729
; run: @udiv_i32_by_10(2147483647) == 214748364
; run: @udiv_i32_by_10(-2147483648) == 214748364
; run: @udiv_i32_by_10(-2147483647) == 214748364
; run: @udiv_i32_by_10(9) == 0
; run: @udiv_i32_by_10(10) == 1
; run: @udiv_i32_by_10(11) == 1
; run: @udiv_i32_by_10(-10) == 429496728
; run: @udiv_i32_by_10(-9) == 429496728
; run: @udiv_i32_by_10(-11) == 429496728
; run: @udiv_i32_by_10(12345669) == 1234566
; run: @udiv_i32_by_10(31) == 3
; run: @udiv_i32_by_10(69) == 6
define i32 @urem_i32_by_10(i32 %a) {
  %r = urem i32 %a, 10
  ret i32 %r
}
; run: @urem_i32_by_10(0) == 0
; run: @urem_i32_by_10(1) == 1
; run: @urem_i32_by_10(-1) == 5
; run: @urem_i32_by_10(2147483647) == 7
; run: @urem_i32_by_10(-2147483648) == 8
; run: @urem_i32_by_10(-2147483647) == 9
; run: @urem_i32_by_10(9) == 9
; run: @urem_i32_by_10(10) == 0
; run: @urem_i32_by_10(11) == 1
; run: @urem_i32_by_10(-10) == 6
; run: @urem_i32_by_10(-9) == 7
; run: @urem_i32_by_10(-11) == 5
; run: @urem_i32_by_10(12345669) == 9
; run: @urem_i32_by_10(31) == 1
; run: @urem_i32_by_10(69) == 9

define i32 @sdiv_i32_by_11(i32 %a) {
  %r = sdiv i32 %a, 11
  ret i32 %r
}
; run: @sdiv_i32_by_11(0) == 0
; run: @sdiv_i32_by_11(1) == 0
; run: @sdiv_i32_by_11(-1) == 0
; run: @sdiv_i32_by_11(2147483647) == 195225786
; run: @sdiv_i32_by_11(-2147483648) == -195225786
; run: @sdiv_i32_by_11(-2147483647) == -195225786
; run: @sdiv_i32_by_11(10) == 0
; run: @sdiv_i32_by_11(11) == 1
; run: @sdiv_i32_by_11(12) == 1
; run: @sdiv_i32_by_11(-11) == -1
; run: @sdiv_i32_by_11(-10) == 0
; run: @sdiv_i32_by_11(-12) == -1
; run: @sdiv_i32_by_11(13580236) == 1234566
; run: @sdiv_i32_by_11(34) == 3
; run: @sdiv_i32_by_11(76) == 6
define i32 @srem_i32_by_11(i32 %a) {
  %r = srem i32 %a, 11
  ret i32 %r
}
; run: @srem_i32_by_11(0) == 0
; run: @srem_i32_by_11(1) == 1
; run: @srem_i32_by_11(-1) == -1
; run: @srem_i32_by_11(2147483647) == 1
; run: @srem_i32_by_11(-2147483648) == -2
; run: @srem_i32_by_11(-2147483647) == -1
; run: @srem_i32_by_11(10) == 10
; run: @srem_i32_by_11(11) == 0
; run: @srem_i32_by_11(12) == 1
; run: @srem_i32_by_11(-11) == 0
; run: @srem_i32_by_11(-10) == -10
; run: @srem_i32_by_11(-12) == -1
; run: @srem_i32_by_11(13580236) == 10
; run: @srem_i32_by_11(34) == 1
; run: @srem_i32_by_11(76) == 10
define i32 @udiv_i32_by_11(i32 %a) {
  %r = udiv i32 %a, 11
  ret i32 %r
}
; run: @udiv_i32_by_11(0) == 0
; run: @udiv_i32_by_11(1) == 0
; run: @udiv_i32_by_11(-1) == 390451572
; run: @udiv_i32_by_11(2147483647) == 195225786
; run: @udiv_i32_by_11(-2147483648) == 195225786
; run: @udiv_i32_by_11(-2147483647) == 195225786
; run: @udiv_i32_by_11(10) == 0
; run: @udiv_i32_by_11(11) == 1
; run: @udiv_i32_by_11(12) == 1
; run: @udiv_i32_by_11(-11) == 390451571
; run: @udiv_i32_by_11(-10) == 390451571
; run: @udiv_i32_by_11(-12) == 390451571
; run: @udiv_i32_by_11(13580236) == 1234566
; run: @udiv_i32_by_11(34) == 3
; run: @udiv_i32_by_11(76) == 6
define i32 @urem_i32_by_11(i32 %a) {
  %r = urem i32 %a, 11
  ret i32 %r
}
; run: @urem_i32_by_11(0) == 0
; run: @urem_i32_by_11(1) == 1
; run: @urem_i32_by_11(-1) == 3
; run: @urem_i32_by_11(2147483647) == 1
; run: @urem_i32_by_11(-2147483648) == 2
; run: @urem_i32_by_11(-2147483647) == 3
; run: @urem_i32_by_11(10) == 10
; run: @urem_i32_by_11(11) == 0
; run: @urem_i32_by_11(12) == 1
; run: @urem_i32_by_11(-11) == 4
; run: @urem_i32_by_11(-10) == 5
; run: @urem_i32_by_11(-12) == 3
; run: @urem_i32_by_11(13580236) == 10
; run: @urem_i32_by_11(34) == 1
; run: @urem_i32_by_11(76) == 10

define i32 @sdiv_i32_by_12(i32 %a) {
  %r = sdiv i32 %a, 12
  ret i32 %r
}
; run: @sdiv_i32_by_12(0) == 0
; run: @sdiv_i32_by_12(1) == 0
; run: @sdiv_i32_by_12(-1) == 0
; run: @sdiv_i32_by_12(2147483647) == 178956970
; run: @sdiv_i32_by_12(-2147483648) == -178956970
; run: @sdiv_i32_by_12(-2147483647) == -178956970
; run: @sdiv_i32_by_12(11) == 0
; run: @sdiv_i32_by_12(12) == 1
; run: @sdiv_i32_by_12(13) == 1
; run: @sdiv_i32_by_12(-12) == -1
; run: @sdiv_i32_by_12(-11) == 0
; run: @sdiv_i32_by_12(-13) == -1
; run: @sdiv_i32_by_12(14814803) == 1234566
; run: @sdiv_i32_by_12(37) == 3
; run: @sdiv_i32_by_12(83) == 6
define i32 @srem_i32_by_12(i32 %a) {
  %r = srem i32 %a, 12
  ret i32 %r
}
; run: @srem_i32_by_12(0) == 0
; run: @srem_i32_by_12(1) == 1
; run: @srem_i32_by_12(-1) == -1
; run: @srem_i32_by_12(2147483647) == 7
; run: @srem_i32_by_12(-2147483648) == -8
; run: @srem_i32_by_12(-2147483647) == -7
; run: @srem_i32_by_12(11) == 11
; run: @srem_i32_by_12(12) == 0
; run: @srem_i32_by_12(13) == 1
; run: @srem_i32_by_12(-12) == 0
; run: @srem_i32_by_12(-11) == -11
; run: @srem_i32_by_12(-13) == -1
; run: @srem_i32_by_12(14814803) == 11
; run: @srem_i32_by_12(37) == 1
; run: @srem_i32_by_12(83) == 11
define i32 @udiv_i32_by_12(i32 %a) {
  %r = udiv i32 %a, 12
  ret i32 %r
}
; run: @udiv_i32_by_12(0) == 0
; run: @udiv_i32_by_12(1) == 0
; run: @udiv_i32_by_12(-1) == 357913941
; run: @udiv_i32_by_12(2147483647) == 178956970
; run: @udiv_i32_by_12(-2147483648) == 178956970
; run: @udiv_i32_by_12(-2147483647) == 178956970
; run: @udiv_i32_by_12(11) == 0
; run: @udiv_i32_by_12(12) == 1
; run: @udiv_i32_by_12(13) == 1
; run: @udiv_i32_by_12(-12) == 357913940
; run: @udiv_i32_by_12(-11) == 357913940
; run: @udiv_i32_by_12(-13) == 357913940
; run: @udiv_i32_by_12(14814803) == 1234566
; run: @udiv_i32_by_12(37) == 3
; run: @udiv_i32_by_12(83) == 6
define i32 @urem_i32_by_12(i32 %a) {
  %r = urem i32 %a, 12
  ret i32 %r
}
; run: @urem_i32_by_12(0) == 0
; run: @urem_i32_by_12(1) == 1
; run: @urem_i32_by_12(-1) == 3
; run: @urem_i32_by_12(2147483647) == 7
; run: @urem_i32_by_12(-2147483648) == 8
; run: @urem_i32_by_12(-2147483647) == 9
; run: @urem_i32_by_12(11) == 11
; run: @urem_i32_by_12(12) == 0
; run: @urem_i32_by_12(13) == 1
; run: @urem_i32_by_12(-12) == 4
; run: @urem_i32_by_12(-11) == 5
; run: @urem_i32_by_12(-13) == 3
; run: @urem_i32_by_12(14814803) == 11
; run: @urem_i32_by_12(37) == 1
; run: @urem_i32_by_12(83) == 11

define i32 @sdiv_i32_by_25(i32 %a) {
  %r = sdiv i32 %a, 25
  ret i32 %r
}
; run: @sdiv_i32_by_25(0) == 0
; run: @sdiv_i32_by_25(1) == 0
; run: @sdiv_i32_by_25(-1) == 0
; run: @sdiv_i32_by_25(2147483647) == 85899345
; run: @sdiv_i32_by_25(-2147483648) == -85899345
; run: @sdiv_i32_by_25(-2147483647) == -85899345
; run: @sdiv_i32_by_25(24) == 0
; run: @sdiv_i32_by_25(25) == 1
; run: @sdiv_i32_by_25(26) == 1
; run: @sdiv_i32_by_25(-25) == -1
; run: @sdiv_i32_by_25(-24) == 0
; run: @sdiv_i32_by_25(-26) == -1
; run: @sdiv_i32_by_25(30864174) == 1234566
; run: @sdiv_i32_by_25(76) == 3
; run: @sdiv_i32_by_25(174) == 6
define i32 @srem_i32_by_25(i32 %a) {
  %r = srem i32 %a, 25
  ret i32 %r
}
; run: @srem_i32_by_25(0) == 0
; run: @srem_i32_by_25(1) == 1
; run: @srem_i32_by_25(-1) == -1
; run: @srem_i32_by_25(2147483647) == 22
; run: @srem_i32_by_25(-2147483648) == -23
; run: @srem_i32_by_25(-2147483647) == -22
; run: @srem_i32_by_25(24) == 24
; run: @srem_i32_by_25(25) == 0
; run: @srem_i32_by_25(26) == 1
; run: @srem_i32_by_25(-25) == 0
; run: @srem_i32_by_25(-24) == -24
; run: @srem_i32_by_25(-26) == -1
; run: @srem_i32_by_25(30864174) == 24
; run: @srem_i32_by_25(76) == 1
; run: @srem_i32_by_25(174) == 24
define i32 @udiv_i32_by_25(i32 %a) {
  %r = udiv i32 %a, 25
  ret i32 %r
}
; run: @udiv_i32_by_25(0) == 0
; run: @udiv_i32_by_25(1) == 0
; run: @udiv_i32_by_25(-1) == 171798691
; run: @udiv_i32_by_25(2147483647) == 85899345
; run: @udiv_i32_by_25(-2147483648) == 85899345
; run: @udiv_i32_by_25(-2147483647) == 85899345
; run: @udiv_i32_by_25(24) == 0
; run: @udiv_i32_by_25(25) == 1
; run: @udiv_i32_by_25(26) == 1
; run: @udiv_i32_by_25(-25) == 171798690
; run: @udiv_i32_by_25(-24) == 171798690
; run: @udiv_i32_by_25(-26) == 171798690
; run: @udiv_i32_by_25(30864174) == 1234566
; run: @udiv_i32_by_25(76) == 3
; run: @udiv_i32_by_25(174) == 6
define i32 @urem_i32_by_25(i32 %a) {
  %r = urem i32 %a, 25
  ret i32 %r
}
; run: @urem_i32_by_25(0) == 0
; run: @urem_i32_by_25(1) == 1
; run: @urem_i32_by_25(-1) == 20
; run: @urem_i32_by_25(2147483647) == 22
; run: @urem_i32_by_25(-2147483648) == 23
; run: @urem_i32_by_25(-2147483647) == 24
; run: @urem_i32_by_25(24) == 24
; run: @urem_i32_by_25(25) == 0
; run: @urem_i32_by_25(26) == 1
; run: @urem_i32_by_25(-25) == 21
; run: @urem_i32_by_25(-24) == 22
; run: @urem_i32_by_25(-26) == 20
; run: @urem_i32_by_25(30864174) == 24
; run: @urem_i32_by_25(76) == 1
; run: @urem_i32_by_25(174) == 24

define i32 @sdiv_i32_by_60(i32 %a) {
  %r = sdiv i32 %a, 60
  ret i32 %r
}
; run: @sdiv_i32_by_60(0) == 0
; run: @sdiv_i32_by_60(1) == 0
; run: @sdiv_i32_by_60(-1) == 0
; run: @sdiv_i32_by_60(2147483647) == 35791394
; run: @sdiv_i32_by_60(-2147483648) == -35791394
; run: @sdiv_i32_by_60(-2147483647) == -35791394
; run: @sdiv_i32_by_60(59) == 0
; run: @sdiv_i32_by_60(60) == 1
; run: @sdiv_i32_by_60(61) == 1
; run: @sdiv_i32_by_60(-60) == -1
; run: @sdiv_i32_by_60(-59) == 0
; run: @sdiv_i32_by_60(-61) == -1
; run: @sdiv_i32_by_60(74074019) == 1234566
; run: @sdiv_i32_by_60(181) == 3
; run: @sdiv_i32_by_60(419) == 6
define i32 @srem_i32_by_60(i32 %a) {
  %r = srem i32 %a, 60
  ret i32 %r
}
; run: @srem_i32_by_60(0) == 0
; run: @srem_i32_by_60(1) == 1
; run: @srem_i32_by_60(-1) == -1
; run: @srem_i32_by_60(2147483647) == 7
; run: @srem_i32_by_60(-2147483648) == -8
; run: @srem_i32_by_60(-2147483647) == -7
; run: @srem_i32_by_60(59) == 59
; run: @srem_i32_by_60(60) == 0
; run: @srem_i32_by_60(61) == 1
; run: @srem_i32_by_60(-60) == 0
; run: @srem_i32_by_60(-59) == -59
; run: @srem_i32_by_60(-61) == -1
; run: @srem_i32_by_60(74074019) == 59
; run: @srem_i32_by_60(181) == 1
; run: @srem_i32_by_60(419) == 59
define i32 @udiv_i32_by_60(i32 %a) {
  %r = udiv i32 %a, 60
  ret i32 %r
}
; run: @udiv_i32_by_60(0) == 0
; run: @udiv_i32_by_60(1) == 0
; run: @udiv_i32_by_60(-1) == 71582788
; run: @udiv_i32_by_60(2147483647) == 35791394
; run: @udiv_i32_by_60(-2147483648) == 35791394
; run: @udiv_i32_by_60(-2147483647) == 35791394
; run: @udiv_i32_by_60(59) == 0
; run: @udiv_i32_by_60(60) == 1
; run: @udiv_i32_by_60(61) == 1
; run: @udiv_i32_by_60(-60) == 71582787
; run: @udiv_i32_by_60(-59) == 71582787
; run: @udiv_i32_by_60(-61) == 71582787
; run: @udiv_i32_by_60(74074019) == 1234566
; run: @udiv_i32_by_60(181) == 3
; run: @udiv_i32_by_60(419) == 6
define i32 @urem_i32_by_60(i32 %a) {
  %r = urem i32 %a, 60
  ret i32 %r
}
; run: @urem_i32_by_60(0) == 0
; run: @urem_i32_by_60(1) == 1
; run: @urem_i32_by_60(-1) == 15
; run: @urem_i32_by_60(2147483647) == 7
; run: @urem_i32_by_60(-2147483648) == 8
; run: @urem_i32_by_60(-2147483647) == 9
; run: @urem_i32_by_60(59) == 59
; run: @urem_i32_by_60(60) == 0
; run: @urem_i32_by_60(61) == 1
; run: @urem_i32_by_60(-60) == 16
; run: @urem_i32_by_60(-59) == 17
; run: @urem_i32_by_60(-61) == 15
; run: @urem_i32_by_60(74074019) == 59
; run: @urem_i32_by_60(181) == 1
; run: @urem_i32_by_60(419) == 59

define i32 @sdiv_i32_by_100(i32 %a) {
  %r = sdiv i32 %a, 100
  ret i32 %r
}
; run: @sdiv_i32_by_100(0) == 0
; run: @sdiv_i32_by_100(1) == 0
; run: @sdiv_i32_by_100(-1) == 0
; run: @sdiv_i32_by_100(2147483647) == 21474836
; run: @sdiv_i32_by_100(-2147483648) == -21474836
; run: @sdiv_i32_by_100(-2147483647) == -21474836
; run: @sdiv_i32_by_100(99) == 0
; run: @sdiv_i32_by_100(100) == 1
; run: @sdiv_i32_by_100(101) == 1
; run: @sdiv_i32_by_100(-100) == -1
; run: @sdiv_i32_by_100(-99) == 0
; run: @sdiv_i32_by_100(-101) == -1
; run: @sdiv_i32_by_100(123456699) == 1234566
; run: @sdiv_i32_by_100(301) == 3
; run: @sdiv_i32_by_100(699) == 6
define i32 @srem_i32_by_100(i32 %a) {
  %r = srem i32 %a, 100
  ret i32 %r
}
; run: @srem_i32_by_100(0) == 0
; run: @srem_i32_by_100(1) == 1
; run: @srem_i32_by_100(-1) == -1
; run: @srem_i32_by_100(2147483647) == 47
; run: @srem_i32_by_100(-2147483648) == -48
; run: @srem_i32_by_100(-2147483647) == -47
; run: @srem_i32_by_100(99) == 99
; run: @srem_i32_by_100(100) == 0
; run: @srem_i32_by_100(101) == 1
; run: @srem_i32_by_100(-100) == 0
; run: @srem_i32_by_100(-99) == -99
; run: @srem_i32_by_100(-101) == -1
; run: @srem_i32_by_100(123456699) == 99
; run: @srem_i32_by_100(301) == 1
; run: @srem_i32_by_100(699) == 99
define i32 @udiv_i32_by_100(i32 %a) {
  %r = udiv i32 %a, 100
  ret i32 %r
}
; run: @udiv_i32_by_100(0) == 0
; run: @udiv_i32_by_100(1) == 0
; run: @udiv_i32_by_100(-1) == 42949672
; run: @udiv_i32_by_100(2147483647) == 21474836
; run: @udiv_i32_by_100(-2147483648) == 21474836
; run: @udiv_i32_by_100(-2147483647) == 21474836
; run: @udiv_i32_by_100(99) == 0
; run: @udiv_i32_by_100(100) == 1
; run: @udiv_i32_by_100(101) == 1
; run: @udiv_i32_by_100(-100) == 42949671
; run: @udiv_i32_by_100(-99) == 42949671
; run: @udiv_i32_by_100(-101) == 42949671
; run: @udiv_i32_by_100(123456699) == 1234566
; run: @udiv_i32_by_100(301) == 3
; run: @udiv_i32_by_100(699) == 6
define i32 @urem_i32_by_100(i32 %a) {
  %r = urem i32 %a, 100
  ret i32 %r
}
; run: @urem_i32_by_100(0) == 0
; run: @urem_i32_by_100(1) == 1
; run: @urem_i32_by_100(-1) == 95
; run: @urem_i32_by_100(2147483647) == 47
; run: @urem_i32_by_100(-2147483648) == 48
; run: @urem_i32_by_100(-2147483647) == 49
; run: @urem_i32_by_100(99) == 99
; run: @urem_i32_by_100(100) == 0
; run: @urem_i32_by_100(101) == 1
; run: @urem_i32_by_100(-100) == 96
; run: @urem_i32_by_100(-99) == 97
; run: @urem_i32_by_100(-101) == 95
; run: @urem_i32_by_100(123456699) == 99
; run: @urem_i32_by_100(301) == 1
; run: @urem_i32_by_100(699) == 99

define i32 @sdiv_i32_by_641(i32 %a) {
  %r = sdiv i32 %a, 641
  ret i32 %r
}
; run: @sdiv_i32_by_641(0) == 0
; run: @sdiv_i32_by_641(1) == 0
; run: @sdiv_i32_by_641(-1) == 0
; run: @sdiv_i32_by_641(2147483647) == 3350208
; run: @sdiv_i32_by_641(-2147483648) == -3350208
; run: @sdiv_i32_by_641(-2147483647) == -3350208
; run: @sdiv_i32_by_641(640) == 0
; run: @sdiv_i32_by_641(641) == 1
; run: @sdiv_i32_by_641(642) == 1
; run: @sdiv_i32_by_641(-641) == -1
; run: @sdiv_i32_by_641(-640) == 0
; run: @sdiv_i32_by_641(-642) == -1
; run: @sdiv_i32_by_641(791357446) == 1234566
; run: @sdiv_i32_by_641(1924) == 3
; run: @sdiv_i32_by_641(4486) == 6
define i32 @srem_i32_by_641(i32 %a) {
  %r = srem i32 %a, 641
  ret i32 %r
}
; run: @srem_i32_by_641(0) == 0
; run: @srem_i32_by_641(1) == 1
; run: @srem_i32_by_641(-1) == -1
; run: @srem_i32_by_641(2147483647) == 319
; run: @srem_i32_by_641(-2147483648) == -320
; run: @srem_i32_by_641(-2147483647) == -319
; run: @srem_i32_by_641(640) == 640
; run: @srem_i32_by_641(641) == 0
; run: @srem_i32_by_641(642) == 1
; run: @srem_i32_by_641(-641) == 0
; run: @srem_i32_by_641(-640) == -640
; run: @srem_i32_by_641(-642) == -1
; run: @srem_i32_by_641(791357446) == 640
; run: @srem_i32_by_641(1924) == 1
; run: @srem_i32_by_641(4486) == 640
define i32 @udiv_i32_by_641(i32 %a) {
  %r = udiv i32 %a, 641
  ret i32 %r
}
; run: @udiv_i32_by_641(0) == 0
; run: @udiv_i32_by_641(1) == 0
; run: @udiv_i32_by_641(-1) == 6700416
; run: @udiv_i32_by_641(2147483647) == 3350208
; run: @udiv_i32_by_641(-2147483648) == 3350208
; run: @udiv_i32_by_641(-2147483647) == 3350208
; run: @udiv_i32_by_641(640) == 0
; run: @udiv_i32_by_641(641) == 1
; run: @udiv_i32_by_641(642) == 1
; run: @udiv_i32_by_641(-641) == 6700415
; run: @udiv_i32_by_641(-640) == 6700416
; run: @udiv_i32_by_641(-642) == 6700415
; run: @udiv_i32_by_641(791357446) == 1234566
; run: @udiv_i32_by_641(1924) == 3
; run: @udiv_i32_by_641(4486) == 6
define i32 @urem_i32_by_641(i32 %a) {
  %r = urem i32 %a, 641
  ret i32 %r
}
; run: @urem_i32_by_641(0) == 0
; run: @urem_i32_by_641(1) == 1
; run: @urem_i32_by_641(-1) == 639
; run: @urem_i32_by_641(2147483647) == 319
; run: @urem_i32_by_641(-2147483648) == 320
; run: @urem_i32_by_641(-2147483647) == 321
; run: @urem_i32_by_641(640) == 640
; run: @urem_i32_by_641(641) == 0
; run: @urem_i32_by_641(642) == 1
; run: @urem_i32_by_641(-641) == 640
; run: @urem_i32_by_641(-640) == 0
; run: @urem_i32_by_641(-642) == 639
; run: @urem_i32_by_641(791357446) == 640
; run: @urem_i32_by_641(1924) == 1
; run: @urem_i32_by_641(4486) == 640

define i32 @sdiv_i32_by_1000(i32 %a) {
  %r = sdiv i32 %a, 1000
  ret i32 %r
}
; run: @sdiv_i32_by_1000(0) == 0
; run: @sdiv_i32_by_1000(1) == 0
; run: @sdiv_i32_by_1000(-1) == 0
; run: @sdiv_i32_by_1000(2147483647) == 2147483
; run: @sdiv_i32_by_1000(-2147483648) == -2147483
; run: @sdiv_i32_by_1000(-2147483647) == -2147483
; run: @sdiv_i32_by_1000(999) == 0
; run: @sdiv_i32_by_1000(1000) == 1
; run: @sdiv_i32_by_1000(1001) == 1
; run: @sdiv_i32_by_1000(-1000) == -1
; run: @sdiv_i32_by_1000(-999) == 0
; run: @sdiv_i32_by_1000(-1001) == -1
; run: @sdiv_i32_by_1000(1234566999) == 1234566
; run: @sdiv_i32_by_1000(3001) == 3
; run: @sdiv_i32_by_1000(6999) == 6
define i32 @srem_i32_by_1000(i32 %a) {
  %r = srem i32 %a, 1000
  ret i32 %r
}
; run: @srem_i32_by_1000(0) == 0
; run: @srem_i32_by_1000(1) == 1
; run: @srem_i32_by_1000(-1) == -1
; run: @srem_i32_by_1000(2147483647) == 647
; run: @srem_i32_by_1000(-2147483648) == -648
; run: @srem_i32_by_1000(-2147483647) == -647
; run: @srem_i32_by_1000(999) == 999
; run: @srem_i32_by_1000(1000) == 0
; run: @srem_i32_by_1000(1001) == 1
; run: @srem_i32_by_1000(-1000) == 0
; run: @srem_i32_by_1000(-999) == -999
; run: @srem_i32_by_1000(-1001) == -1
; run: @srem_i32_by_1000(1234566999) == 999
; run: @srem_i32_by_1000(3001) == 1
; run: @srem_i32_by_1000(6999) == 999
define i32 @udiv_i32_by_1000(i32 %a) {
  %r = udiv i32 %a, 1000
  ret i32 %r
}
; run: @udiv_i32_by_1000(0) == 0
; run: @udiv_i32_by_1000(1) == 0
; run: @udiv_i32_by_1000(-1) == 4294967
; run: @udiv_i32_by_1000(2147483647) == 2147483
; run: @udiv_i32_by_1000(-2147483648) == 2147483
; run: @udiv_i32_by_1000(-2147483647) == 2147483
; run: @udiv_i32_by_1000(999) == 0
; run: @udiv_i32_by_1000(1000) == 1
; run: @udiv_i32_by_1000(1001) == 1
; run: @udiv_i32_by_1000(-1000) == 4294966
; run: @udiv_i32_by_1000(-999) == 4294966
; run: @udiv_i32_by_1000(-1001) == 4294966
; run: @udiv_i32_by_1000(1234566999) == 1234566
; run: @udiv_i32_by_1000(3001) == 3
; run: @udiv_i32_by_1000(6999) == 6
define i32 @urem_i32_by_1000(i32 %a) {
  %r = urem i32 %a, 1000
  ret i32 %r
}
; run: @urem_i32_by_1000(0) == 0
; run: @urem_i32_by_1000(1) == 1
; run: @urem_i32_by_1000(-1) == 295
; run: @urem_i32_by_1000(2147483647) == 647
; run: @urem_i32_by_1000(-2147483648) == 648
; run: @urem_i32_by_1000(-2147483647) == 649
; run: @urem_i32_by_1000(999) == 999
; run: @urem_i32_by_1000(1000) == 0
; run: @urem_i32_by_1000(1001) == 1
; run: @urem_i32_by_1000(-1000) == 296
; run: @urem_i32_by_1000(-999) == 297
; run: @urem_i32_by_1000(-1001) == 295
; run: @urem_i32_by_1000(1234566999) == 999
; run: @urem_i32_by_1000(3001) == 1
; run: @urem_i32_by_1000(6999) == 999

define i32 @sdiv_i32_by_3600(i32 %a) {
  %r = sdiv i32 %a, 3600
  ret i32 %r
}
; run: @sdiv_i32_by_3600(0) == 0
; run: @sdiv_i32_by_3600(1) == 0
; run: @sdiv_i32_by_3600(-1) == 0
; run: @sdiv_i32_by_3600(2147483647) == 596523
; run: @sdiv_i32_by_3600(-2147483648) == -596523
; run: @sdiv_i32_by_3600(-2147483647) == -596523
; run: @sdiv_i32_by_3600(3599) == 0
; run: @sdiv_i32_by_3600(3600) == 1
; run: @sdiv_i32_by_3600(3601) == 1
; run: @sdiv_i32_by_3600(-3600) == -1
; run: @sdiv_i32_by_3600(-3599) == 0
; run: @sdiv_i32_by_3600(-3601) == -1
; run: @sdiv_i32_by_3600(2147483646) == 596523
; run: @sdiv_i32_by_3600(10801) == 3
; run: @sdiv_i32_by_3600(25199) == 6
define i32 @srem_i32_by_3600(i32 %a) {
  %r = srem i32 %a, 3600
  ret i32 %r
}
; run: @srem_i32_by_3600(0) == 0
; run: @srem_i32_by_3600(1) == 1
; run: @srem_i32_by_3600(-1) == -1
; run: @srem_i32_by_3600(2147483647) == 847
; run: @srem_i32_by_3600(-2147483648) == -848
; run: @srem_i32_by_3600(-2147483647) == -847
; run: @srem_i32_by_3600(3599) == 3599
; run: @srem_i32_by_3600(3600) == 0
; run: @srem_i32_by_3600(3601) == 1
; run: @srem_i32_by_3600(-3600) == 0
; run: @srem_i32_by_3600(-3599) == -3599
; run: @srem_i32_by_3600(-3601) == -1
; run: @srem_i32_by_3600(2147483646) == 846
; run: @srem_i32_by_3600(10801) == 1
; run: @srem_i32_by_3600(25199) == 3599
define i32 @udiv_i32_by_3600(i32 %a) {
  %r = udiv i32 %a, 3600
  ret i32 %r
}
; run: @udiv_i32_by_3600(0) == 0
; run: @udiv_i32_by_3600(1) == 0
; run: @udiv_i32_by_3600(-1) == 1193046
; run: @udiv_i32_by_3600(2147483647) == 596523
; run: @udiv_i32_by_3600(-2147483648) == 596523
; run: @udiv_i32_by_3600(-2147483647) == 596523
; run: @udiv_i32_by_3600(3599) == 0
; run: @udiv_i32_by_3600(3600) == 1
; run: @udiv_i32_by_3600(3601) == 1
; run: @udiv_i32_by_3600(-3600) == 1193045
; run: @udiv_i32_by_3600(-3599) == 1193045
; run: @udiv_i32_by_3600(-3601) == 1193045
; run: @udiv_i32_by_3600(2147483646) == 596523
; run: @udiv_i32_by_3600(10801) == 3
; run: @udiv_i32_by_3600(25199) == 6
define i32 @urem_i32_by_3600(i32 %a) {
  %r = urem i32 %a, 3600
  ret i32 %r
}
; run: @urem_i32_by_3600(0) == 0
; run: @urem_i32_by_3600(1) == 1
; run: @urem_i32_by_3600(-1) == 1695
; run: @urem_i32_by_3600(2147483647) == 847
; run: @urem_i32_by_3600(-2147483648) == 848
; run: @urem_i32_by_3600(-2147483647) == 849
; run: @urem_i32_by_3600(3599) == 3599
; run: @urem_i32_by_3600(3600) == 0
; run: @urem_i32_by_3600(3601) == 1
; run: @urem_i32_by_3600(-3600) == 1696
; run: @urem_i32_by_3600(-3599) == 1697
; run: @urem_i32_by_3600(-3601) == 1695
; run: @urem_i32_by_3600(2147483646) == 846
; run: @urem_i32_by_3600(10801) == 1
; run: @urem_i32_by_3600(25199) == 3599

define i32 @sdiv_i32_by_65537(i32 %a) {
  %r = sdiv i32 %a, 65537
  ret i32 %r
}
; run: @sdiv_i32_by_65537(0) == 0
; run: @sdiv_i32_by_65537(1) == 0
; run: @sdiv_i32_by_65537(-1) == 0
; run: @sdiv_i32_by_65537(2147483647) == 32767
; run: @sdiv_i32_by_65537(-2147483648) == -32767
; run: @sdiv_i32_by_65537(-2147483647) == -32767
; run: @sdiv_i32_by_65537(65536) == 0
; run: @sdiv_i32_by_65537(65537) == 1
; run: @sdiv_i32_by_65537(65538) == 1
; run: @sdiv_i32_by_65537(-65537) == -1
; run: @sdiv_i32_by_65537(-65536) == 0
; run: @sdiv_i32_by_65537(-65538) == -1
; run: @sdiv_i32_by_65537(2147483646) == 32767
; run: @sdiv_i32_by_65537(196612) == 3
; run: @sdiv_i32_by_65537(458758) == 6
define i32 @srem_i32_by_65537(i32 %a) {
  %r = srem i32 %a, 65537
  ret i32 %r
}
; run: @srem_i32_by_65537(0) == 0
; run: @srem_i32_by_65537(1) == 1
; run: @srem_i32_by_65537(-1) == -1
; run: @srem_i32_by_65537(2147483647) == 32768
; run: @srem_i32_by_65537(-2147483648) == -32769
; run: @srem_i32_by_65537(-2147483647) == -32768
; run: @srem_i32_by_65537(65536) == 65536
; run: @srem_i32_by_65537(65537) == 0
; run: @srem_i32_by_65537(65538) == 1
; run: @srem_i32_by_65537(-65537) == 0
; run: @srem_i32_by_65537(-65536) == -65536
; run: @srem_i32_by_65537(-65538) == -1
; run: @srem_i32_by_65537(2147483646) == 32767
; run: @srem_i32_by_65537(196612) == 1
; run: @srem_i32_by_65537(458758) == 65536
define i32 @udiv_i32_by_65537(i32 %a) {
  %r = udiv i32 %a, 65537
  ret i32 %r
}
; run: @udiv_i32_by_65537(0) == 0
; run: @udiv_i32_by_65537(1) == 0
; run: @udiv_i32_by_65537(-1) == 65535
; run: @udiv_i32_by_65537(2147483647) == 32767
; run: @udiv_i32_by_65537(-2147483648) == 32767
; run: @udiv_i32_by_65537(-2147483647) == 32767
; run: @udiv_i32_by_65537(65536) == 0
; run: @udiv_i32_by_65537(65537) == 1
; run: @udiv_i32_by_65537(65538) == 1
; run: @udiv_i32_by_65537(-65537) == 65534
; run: @udiv_i32_by_65537(-65536) == 65534
; run: @udiv_i32_by_65537(-65538) == 65534
; run: @udiv_i32_by_65537(2147483646) == 32767
; run: @udiv_i32_by_65537(196612) == 3
; run: @udiv_i32_by_65537(458758) == 6
define i32 @urem_i32_by_65537(i32 %a) {
  %r = urem i32 %a, 65537
  ret i32 %r
}
; run: @urem_i32_by_65537(0) == 0
; run: @urem_i32_by_65537(1) == 1
; run: @urem_i32_by_65537(-1) == 0
; run: @urem_i32_by_65537(2147483647) == 32768
; run: @urem_i32_by_65537(-2147483648) == 32769
; run: @urem_i32_by_65537(-2147483647) == 32770
; run: @urem_i32_by_65537(65536) == 65536
; run: @urem_i32_by_65537(65537) == 0
; run: @urem_i32_by_65537(65538) == 1
; run: @urem_i32_by_65537(-65537) == 1
; run: @urem_i32_by_65537(-65536) == 2
; run: @urem_i32_by_65537(-65538) == 0
; run: @urem_i32_by_65537(2147483646) == 32767
; run: @urem_i32_by_65537(196612) == 1
; run: @urem_i32_by_65537(458758) == 65536

define i32 @sdiv_i32_by_1431655765(i32 %a) {
  %r = sdiv i32 %a, 1431655765
  ret i32 %r
}
; run: @sdiv_i32_by_1431655765(0) == 0
; run: @sdiv_i32_by_1431655765(1) == 0
; run: @sdiv_i32_by_1431655765(-1) == 0
; run: @sdiv_i32_by_1431655765(2147483647) == 1
; run: @sdiv_i32_by_1431655765(-2147483648) == -1
; run: @sdiv_i32_by_1431655765(-2147483647) == -1
; run: @sdiv_i32_by_1431655765(1431655764) == 0
; run: @sdiv_i32_by_1431655765(1431655765) == 1
; run: @sdiv_i32_by_1431655765(1431655766) == 1
; run: @sdiv_i32_by_1431655765(-1431655765) == -1
; run: @sdiv_i32_by_1431655765(-1431655764) == 0
; run: @sdiv_i32_by_1431655765(-1431655766) == -1
; run: @sdiv_i32_by_1431655765(2147483646) == 1
; run: @sdiv_i32_by_1431655765(1431655762) == 0
define i32 @srem_i32_by_1431655765(i32 %a) {
  %r = srem i32 %a, 1431655765
  ret i32 %r
}
; run: @srem_i32_by_1431655765(0) == 0
; run: @srem_i32_by_1431655765(1) == 1
; run: @srem_i32_by_1431655765(-1) == -1
; run: @srem_i32_by_1431655765(2147483647) == 715827882
; run: @srem_i32_by_1431655765(-2147483648) == -715827883
; run: @srem_i32_by_1431655765(-2147483647) == -715827882
; run: @srem_i32_by_1431655765(1431655764) == 1431655764
; run: @srem_i32_by_1431655765(1431655765) == 0
; run: @srem_i32_by_1431655765(1431655766) == 1
; run: @srem_i32_by_1431655765(-1431655765) == 0
; run: @srem_i32_by_1431655765(-1431655764) == -1431655764
; run: @srem_i32_by_1431655765(-1431655766) == -1
; run: @srem_i32_by_1431655765(2147483646) == 715827881
; run: @srem_i32_by_1431655765(1431655762) == 1431655762
define i32 @udiv_i32_by_1431655765(i32 %a) {
  %r = udiv i32 %a, 1431655765
  ret i32 %r
}
; run: @udiv_i32_by_1431655765(0) == 0
; run: @udiv_i32_by_1431655765(1) == 0
; run: @udiv_i32_by_1431655765(-1) == 3
; run: @udiv_i32_by_1431655765(2147483647) == 1
; run: @udiv_i32_by_1431655765(-2147483648) == 1
; run: @udiv_i32_by_1431655765(-2147483647) == 1
; run: @udiv_i32_by_1431655765(1431655764) == 0
; run: @udiv_i32_by_1431655765(1431655765) == 1
; run: @udiv_i32_by_1431655765(1431655766) == 1
; run: @udiv_i32_by_1431655765(-1431655765) == 2
; run: @udiv_i32_by_1431655765(-1431655764) == 2
; run: @udiv_i32_by_1431655765(-1431655766) == 2
; run: @udiv_i32_by_1431655765(2147483646) == 1
; run: @udiv_i32_by_1431655765(1431655762) == 0
define i32 @urem_i32_by_1431655765(i32 %a) {
  %r = urem i32 %a, 1431655765
  ret i32 %r
}
; run: @urem_i32_by_1431655765(0) == 0
; run: @urem_i32_by_1431655765(1) == 1
; run: @urem_i32_by_1431655765(-1) == 0
; run: @urem_i32_by_1431655765(2147483647) == 715827882
; run: @urem_i32_by_1431655765(-2147483648) == 715827883
; run: @urem_i32_by_1431655765(-2147483647) == 715827884
; run: @urem_i32_by_1431655765(1431655764) == 1431655764
; run: @urem_i32_by_1431655765(1431655765) == 0
; run: @urem_i32_by_1431655765(1431655766) == 1
; run: @urem_i32_by_1431655765(-1431655765) == 1
; run: @urem_i32_by_1431655765(-1431655764) == 2
; run: @urem_i32_by_1431655765(-1431655766) == 0
; run: @urem_i32_by_1431655765(2147483646) == 715827881
; run: @urem_i32_by_1431655765(1431655762) == 1431655762

define i32 @sdiv_i32_by_2147483646(i32 %a) {
  %r = sdiv i32 %a, 2147483646
  ret i32 %r
}
; run: @sdiv_i32_by_2147483646(0) == 0
; run: @sdiv_i32_by_2147483646(1) == 0
; run: @sdiv_i32_by_2147483646(-1) == 0
; run: @sdiv_i32_by_2147483646(2147483647) == 1
; run: @sdiv_i32_by_2147483646(-2147483648) == -1
; run: @sdiv_i32_by_2147483646(-2147483647) == -1
; run: @sdiv_i32_by_2147483646(2147483645) == 0
; run: @sdiv_i32_by_2147483646(2147483646) == 1
; run: @sdiv_i32_by_2147483646(-2147483646) == -1
; run: @sdiv_i32_by_2147483646(-2147483645) == 0
; run: @sdiv_i32_by_2147483646(2147483643) == 0
; run: @sdiv_i32_by_2147483646(2147483633) == 0
define i32 @srem_i32_by_2147483646(i32 %a) {
  %r = srem i32 %a, 2147483646
  ret i32 %r
}
; run: @srem_i32_by_2147483646(0) == 0
; run: @srem_i32_by_2147483646(1) == 1
; run: @srem_i32_by_2147483646(-1) == -1
; run: @srem_i32_by_2147483646(2147483647) == 1
; run: @srem_i32_by_2147483646(-2147483648) == -2
; run: @srem_i32_by_2147483646(-2147483647) == -1
; run: @srem_i32_by_2147483646(2147483645) == 2147483645
; run: @srem_i32_by_2147483646(2147483646) == 0
; run: @srem_i32_by_2147483646(-2147483646) == 0
; run: @srem_i32_by_2147483646(-2147483645) == -2147483645
; run: @srem_i32_by_2147483646(2147483643) == 2147483643
; run: @srem_i32_by_2147483646(2147483633) == 2147483633
define i32 @udiv_i32_by_2147483646(i32 %a) {
  %r = udiv i32 %a, 2147483646
  ret i32 %r
}
; run: @udiv_i32_by_2147483646(0) == 0
; run: @udiv_i32_by_2147483646(1) == 0
; run: @udiv_i32_by_2147483646(-1) == 2
; run: @udiv_i32_by_2147483646(2147483647) == 1
; run: @udiv_i32_by_2147483646(-2147483648) == 1
; run: @udiv_i32_by_2147483646(-2147483647) == 1
; run: @udiv_i32_by_2147483646(2147483645) == 0
; run: @udiv_i32_by_2147483646(2147483646) == 1
; run: @udiv_i32_by_2147483646(-2147483646) == 1
; run: @udiv_i32_by_2147483646(-2147483645) == 1
; run: @udiv_i32_by_2147483646(2147483643) == 0
; run: @udiv_i32_by_2147483646(2147483633) == 0
define i32 @urem_i32_by_2147483646(i32 %a) {
  %r = urem i32 %a, 2147483646
  ret i32 %r
}
; run: @urem_i32_by_2147483646(0) == 0
; run: @urem_i32_by_2147483646(1) == 1
; run: @urem_i32_by_2147483646(-1) == 3
; run: @urem_i32_by_2147483646(2147483647) == 1
; run: @urem_i32_by_2147483646(-2147483648) == 2
; run: @urem_i32_by_2147483646(-2147483647) == 3
; run: @urem_i32_by_2147483646(2147483645) == 2147483645
; run: @urem_i32_by_2147483646(2147483646) == 0
; run: @urem_i32_by_2147483646(-2147483646) == 4
; run: @urem_i32_by_2147483646(-2147483645) == 5
; run: @urem_i32_by_2147483646(2147483643) == 2147483643
; run: @urem_i32_by_2147483646(2147483633) == 2147483633

define i32 @sdiv_i32_by_m2(i32 %a) {
  %r = sdiv i32 %a, -2
  ret i32 %r
}
; run: @sdiv_i32_by_m2(0) == 0
; run: @sdiv_i32_by_m2(1) == 0
; run: @sdiv_i32_by_m2(-1) == 0
; run: @sdiv_i32_by_m2(2147483647) == -1073741823
; run: @sdiv_i32_by_m2(-2147483648) == 1073741824
; run: @sdiv_i32_by_m2(-2147483647) == 1073741823
; run: @sdiv_i32_by_m2(2) == -1
; run: @sdiv_i32_by_m2(3) == -1
; run: @sdiv_i32_by_m2(-2) == 1
; run: @sdiv_i32_by_m2(-3) == 1
; run: @sdiv_i32_by_m2(2469133) == -1234566
; run: @sdiv_i32_by_m2(7) == -3
; run: @sdiv_i32_by_m2(13) == -6
define i32 @srem_i32_by_m2(i32 %a) {
  %r = srem i32 %a, -2
  ret i32 %r
}
; run: @srem_i32_by_m2(0) == 0
; run: @srem_i32_by_m2(1) == 1
; run: @srem_i32_by_m2(-1) == -1
; run: @srem_i32_by_m2(2147483647) == 1
; run: @srem_i32_by_m2(-2147483648) == 0
; run: @srem_i32_by_m2(-2147483647) == -1
; run: @srem_i32_by_m2(2) == 0
; run: @srem_i32_by_m2(3) == 1
; run: @srem_i32_by_m2(-2) == 0
; run: @srem_i32_by_m2(-3) == -1
; run: @srem_i32_by_m2(2469133) == 1
; run: @srem_i32_by_m2(7) == 1
; run: @srem_i32_by_m2(13) == 1
define i32 @udiv_i32_by_m2(i32 %a) {
  %r = udiv i32 %a, -2
  ret i32 %r
}
; run: @udiv_i32_by_m2(0) == 0
; run: @udiv_i32_by_m2(1) == 0
; run: @udiv_i32_by_m2(-1) == 1
; run: @udiv_i32_by_m2(2147483647) == 0
; run: @udiv_i32_by_m2(-2147483648) == 0
; run: @udiv_i32_by_m2(-2147483647) == 0
; run: @udiv_i32_by_m2(2) == 0
; run: @udiv_i32_by_m2(3) == 0
; run: @udiv_i32_by_m2(-2) == 1
; run: @udiv_i32_by_m2(-3) == 0
; run: @udiv_i32_by_m2(2469133) == 0
; run: @udiv_i32_by_m2(7) == 0
; run: @udiv_i32_by_m2(13) == 0
define i32 @urem_i32_by_m2(i32 %a) {
  %r = urem i32 %a, -2
  ret i32 %r
}
; run: @urem_i32_by_m2(0) == 0
; run: @urem_i32_by_m2(1) == 1
; run: @urem_i32_by_m2(-1) == 1
; run: @urem_i32_by_m2(2147483647) == 2147483647
; run: @urem_i32_by_m2(-2147483648) == -2147483648
; run: @urem_i32_by_m2(-2147483647) == -2147483647
; run: @urem_i32_by_m2(2) == 2
; run: @urem_i32_by_m2(3) == 3
; run: @urem_i32_by_m2(-2) == 0
; run: @urem_i32_by_m2(-3) == -3
; run: @urem_i32_by_m2(2469133) == 2469133
; run: @urem_i32_by_m2(7) == 7
; run: @urem_i32_by_m2(13) == 13

define i32 @sdiv_i32_by_m3(i32 %a) {
  %r = sdiv i32 %a, -3
  ret i32 %r
}
; run: @sdiv_i32_by_m3(0) == 0
; run: @sdiv_i32_by_m3(1) == 0
; run: @sdiv_i32_by_m3(-1) == 0
; run: @sdiv_i32_by_m3(2147483647) == -715827882
; run: @sdiv_i32_by_m3(-2147483648) == 715827882
; run: @sdiv_i32_by_m3(-2147483647) == 715827882
; run: @sdiv_i32_by_m3(2) == 0
; run: @sdiv_i32_by_m3(3) == -1
; run: @sdiv_i32_by_m3(4) == -1
; run: @sdiv_i32_by_m3(-3) == 1
; run: @sdiv_i32_by_m3(-2) == 0
; run: @sdiv_i32_by_m3(-4) == 1
; run: @sdiv_i32_by_m3(3703700) == -1234566
; run: @sdiv_i32_by_m3(10) == -3
; run: @sdiv_i32_by_m3(20) == -6
define i32 @srem_i32_by_m3(i32 %a) {
  %r = srem i32 %a, -3
  ret i32 %r
}
; run: @srem_i32_by_m3(0) == 0
; run: @srem_i32_by_m3(1) == 1
; run: @srem_i32_by_m3(-1) == -1
; run: @srem_i32_by_m3(2147483647) == 1
; run: @srem_i32_by_m3(-2147483648) == -2
; run: @srem_i32_by_m3(-2147483647) == -1
; run: @srem_i32_by_m3(2) == 2
; run: @srem_i32_by_m3(3) == 0
; run: @srem_i32_by_m3(4) == 1
; run: @srem_i32_by_m3(-3) == 0
; run: @srem_i32_by_m3(-2) == -2
; run: @srem_i32_by_m3(-4) == -1
; run: @srem_i32_by_m3(3703700) == 2
; run: @srem_i32_by_m3(10) == 1
; run: @srem_i32_by_m3(20) == 2
define i32 @udiv_i32_by_m3(i32 %a) {
  %r = udiv i32 %a, -3
  ret i32 %r
}
; run: @udiv_i32_by_m3(0) == 0
; run: @udiv_i32_by_m3(1) == 0
; run: @udiv_i32_by_m3(-1) == 1
; run: @udiv_i32_by_m3(2147483647) == 0
; run: @udiv_i32_by_m3(-2147483648) == 0
; run: @udiv_i32_by_m3(-2147483647) == 0
; run: @udiv_i32_by_m3(2) == 0
; run: @udiv_i32_by_m3(3) == 0
; run: @udiv_i32_by_m3(4) == 0
; run: @udiv_i32_by_m3(-3) == 1
; run: @udiv_i32_by_m3(-2) == 1
; run: @udiv_i32_by_m3(-4) == 0
; run: @udiv_i32_by_m3(3703700) == 0
; run: @udiv_i32_by_m3(10) == 0
; run: @udiv_i32_by_m3(20) == 0
define i32 @urem_i32_by_m3(i32 %a) {
  %r = urem i32 %a, -3
  ret i32 %r
}
; run: @urem_i32_by_m3(0) == 0
; run: @urem_i32_by_m3(1) == 1
; run: @urem_i32_by_m3(-1) == 2
; run: @urem_i32_by_m3(2147483647) == 2147483647
; run: @urem_i32_by_m3(-2147483648) == -2147483648
; run: @urem_i32_by_m3(-2147483647) == -2147483647
; run: @urem_i32_by_m3(2) == 2
; run: @urem_i32_by_m3(3) == 3
; run: @urem_i32_by_m3(4) == 4
; run: @urem_i32_by_m3(-3) == 0
; run: @urem_i32_by_m3(-2) == 1
; run: @urem_i32_by_m3(-4) == -4
; run: @urem_i32_by_m3(3703700) == 3703700
; run: @urem_i32_by_m3(10) == 10
; run: @urem_i32_by_m3(20) == 20

define i32 @sdiv_i32_by_m4(i32 %a) {
  %r = sdiv i32 %a, -4
  ret i32 %r
}
; run: @sdiv_i32_by_m4(0) == 0
; run: @sdiv_i32_by_m4(1) == 0
; run: @sdiv_i32_by_m4(-1) == 0
; run: @sdiv_i32_by_m4(2147483647) == -536870911
; run: @sdiv_i32_by_m4(-2147483648) == 536870912
; run: @sdiv_i32_by_m4(-2147483647) == 536870911
; run: @sdiv_i32_by_m4(3) == 0
; run: @sdiv_i32_by_m4(4) == -1
; run: @sdiv_i32_by_m4(5) == -1
; run: @sdiv_i32_by_m4(-4) == 1
; run: @sdiv_i32_by_m4(-3) == 0
; run: @sdiv_i32_by_m4(-5) == 1
; run: @sdiv_i32_by_m4(4938267) == -1234566
; run: @sdiv_i32_by_m4(13) == -3
; run: @sdiv_i32_by_m4(27) == -6
define i32 @srem_i32_by_m4(i32 %a) {
  %r = srem i32 %a, -4
  ret i32 %r
}
; run: @srem_i32_by_m4(0) == 0
; run: @srem_i32_by_m4(1) == 1
; run: @srem_i32_by_m4(-1) == -1
; run: @srem_i32_by_m4(2147483647) == 3
; run: @srem_i32_by_m4(-2147483648) == 0
; run: @srem_i32_by_m4(-2147483647) == -3
; run: @srem_i32_by_m4(3) == 3
; run: @srem_i32_by_m4(4) == 0
; run: @srem_i32_by_m4(5) == 1
; run: @srem_i32_by_m4(-4) == 0
; run: @srem_i32_by_m4(-3) == -3
; run: @srem_i32_by_m4(-5) == -1
; run: @srem_i32_by_m4(4938267) == 3
; run: @srem_i32_by_m4(13) == 1
; run: @srem_i32_by_m4(27) == 3
define i32 @udiv_i32_by_m4(i32 %a) {
  %r = udiv i32 %a, -4
  ret i32 %r
}
; run: @udiv_i32_by_m4(0) == 0
; run: @udiv_i32_by_m4(1) == 0
; run: @udiv_i32_by_m4(-1) == 1
; run: @udiv_i32_by_m4(2147483647) == 0
; run: @udiv_i32_by_m4(-2147483648) == 0
; run: @udiv_i32_by_m4(-2147483647) == 0
; run: @udiv_i32_by_m4(3) == 0
; run: @udiv_i32_by_m4(4) == 0
; run: @udiv_i32_by_m4(5) == 0
; run: @udiv_i32_by_m4(-4) == 1
; run: @udiv_i32_by_m4(-3) == 1
; run: @udiv_i32_by_m4(-5) == 0
; run: @udiv_i32_by_m4(4938267) == 0
; run: @udiv_i32_by_m4(13) == 0
; run: @udiv_i32_by_m4(27) == 0
define i32 @urem_i32_by_m4(i32 %a) {
  %r = urem i32 %a, -4
  ret i32 %r
}
; run: @urem_i32_by_m4(0) == 0
; run: @urem_i32_by_m4(1) == 1
; run: @urem_i32_by_m4(-1) == 3
; run: @urem_i32_by_m4(2147483647) == 2147483647
; run: @urem_i32_by_m4(-2147483648) == -2147483648
; run: @urem_i32_by_m4(-2147483647) == -2147483647
; run: @urem_i32_by_m4(3) == 3
; run: @urem_i32_by_m4(4) == 4
; run: @urem_i32_by_m4(5) == 5
; run: @urem_i32_by_m4(-4) == 0
; run: @urem_i32_by_m4(-3) == 1
; run: @urem_i32_by_m4(-5) == -5
; run: @urem_i32_by_m4(4938267) == 4938267
; run: @urem_i32_by_m4(13) == 13
; run: @urem_i32_by_m4(27) == 27

define i32 @sdiv_i32_by_m7(i32 %a) {
  %r = sdiv i32 %a, -7
  ret i32 %r
}
; run: @sdiv_i32_by_m7(0) == 0
; run: @sdiv_i32_by_m7(1) == 0
; run: @sdiv_i32_by_m7(-1) == 0
; run: @sdiv_i32_by_m7(2147483647) == -306783378
; run: @sdiv_i32_by_m7(-2147483648) == 306783378
; run: @sdiv_i32_by_m7(-2147483647) == 306783378
; run: @sdiv_i32_by_m7(6) == 0
; run: @sdiv_i32_by_m7(7) == -1
; run: @sdiv_i32_by_m7(8) == -1
; run: @sdiv_i32_by_m7(-7) == 1
; run: @sdiv_i32_by_m7(-6) == 0
; run: @sdiv_i32_by_m7(-8) == 1
; run: @sdiv_i32_by_m7(8641968) == -1234566
; run: @sdiv_i32_by_m7(22) == -3
; run: @sdiv_i32_by_m7(48) == -6
define i32 @srem_i32_by_m7(i32 %a) {
  %r = srem i32 %a, -7
  ret i32 %r
}
; run: @srem_i32_by_m7(0) == 0
; run: @srem_i32_by_m7(1) == 1
; run: @srem_i32_by_m7(-1) == -1
; run: @srem_i32_by_m7(2147483647) == 1
; run: @srem_i32_by_m7(-2147483648) == -2
; run: @srem_i32_by_m7(-2147483647) == -1
; run: @srem_i32_by_m7(6) == 6
; run: @srem_i32_by_m7(7) == 0
; run: @srem_i32_by_m7(8) == 1
; run: @srem_i32_by_m7(-7) == 0
; run: @srem_i32_by_m7(-6) == -6
; run: @srem_i32_by_m7(-8) == -1
; run: @srem_i32_by_m7(8641968) == 6
; run: @srem_i32_by_m7(22) == 1
; run: @srem_i32_by_m7(48) == 6
define i32 @udiv_i32_by_m7(i32 %a) {
  %r = udiv i32 %a, -7
  ret i32 %r
}
; run: @udiv_i32_by_m7(0) == 0
; run: @udiv_i32_by_m7(1) == 0
; run: @udiv_i32_by_m7(-1) == 1
; run: @udiv_i32_by_m7(2147483647) == 0
; run: @udiv_i32_by_m7(-2147483648) == 0
; run: @udiv_i32_by_m7(-2147483647) == 0
; run: @udiv_i32_by_m7(6) == 0
; run: @udiv_i32_by_m7(7) == 0
; run: @udiv_i32_by_m7(8) == 0
; run: @udiv_i32_by_m7(-7) == 1
; run: @udiv_i32_by_m7(-6) == 1
; run: @udiv_i32_by_m7(-8) == 0
; run: @udiv_i32_by_m7(8641968) == 0
; run: @udiv_i32_by_m7(22) == 0
; run: @udiv_i32_by_m7(48) == 0
define i32 @urem_i32_by_m7(i32 %a) {
  %r = urem i32 %a, -7
  ret i32 %r
}
; run: @urem_i32_by_m7(0) == 0
; run: @urem_i32_by_m7(1) == 1
; run: @urem_i32_by_m7(-1) == 6
; run: @urem_i32_by_m7(2147483647) == 2147483647
; run: @urem_i32_by_m7(-2147483648) == -2147483648
; run: @urem_i32_by_m7(-2147483647) == -2147483647
; run: @urem_i32_by_m7(6) == 6
; run: @urem_i32_by_m7(7) == 7
; run: @urem_i32_by_m7(8) == 8
; run: @urem_i32_by_m7(-7) == 0
; run: @urem_i32_by_m7(-6) == 1
; run: @urem_i32_by_m7(-8) == -8
; run: @urem_i32_by_m7(8641968) == 8641968
; run: @urem_i32_by_m7(22) == 22
; run: @urem_i32_by_m7(48) == 48

define i32 @sdiv_i32_by_m10(i32 %a) {
  %r = sdiv i32 %a, -10
  ret i32 %r
}
; run: @sdiv_i32_by_m10(0) == 0
; run: @sdiv_i32_by_m10(1) == 0
; run: @sdiv_i32_by_m10(-1) == 0
; run: @sdiv_i32_by_m10(2147483647) == -214748364
; run: @sdiv_i32_by_m10(-2147483648) == 214748364
; run: @sdiv_i32_by_m10(-2147483647) == 214748364
; run: @sdiv_i32_by_m10(9) == 0
; run: @sdiv_i32_by_m10(10) == -1
; run: @sdiv_i32_by_m10(11) == -1
; run: @sdiv_i32_by_m10(-10) == 1
; run: @sdiv_i32_by_m10(-9) == 0
; run: @sdiv_i32_by_m10(-11) == 1
; run: @sdiv_i32_by_m10(12345669) == -1234566
; run: @sdiv_i32_by_m10(31) == -3
; run: @sdiv_i32_by_m10(69) == -6
define i32 @srem_i32_by_m10(i32 %a) {
  %r = srem i32 %a, -10
  ret i32 %r
}
; run: @srem_i32_by_m10(0) == 0
; run: @srem_i32_by_m10(1) == 1
; run: @srem_i32_by_m10(-1) == -1
; run: @srem_i32_by_m10(2147483647) == 7
; run: @srem_i32_by_m10(-2147483648) == -8
; run: @srem_i32_by_m10(-2147483647) == -7
; run: @srem_i32_by_m10(9) == 9
; run: @srem_i32_by_m10(10) == 0
; run: @srem_i32_by_m10(11) == 1
; run: @srem_i32_by_m10(-10) == 0
; run: @srem_i32_by_m10(-9) == -9
; run: @srem_i32_by_m10(-11) == -1
; run: @srem_i32_by_m10(12345669) == 9
; run: @srem_i32_by_m10(31) == 1
; run: @srem_i32_by_m10(69) == 9
define i32 @udiv_i32_by_m10(i32 %a) {
  %r = udiv i32 %a, -10
  ret i32 %r
}
; run: @udiv_i32_by_m10(0) == 0
; run: @udiv_i32_by_m10(1) == 0
; run: @udiv_i32_by_m10(-1) == 1
; run: @udiv_i32_by_m10(2147483647) == 0
; run: @udiv_i32_by_m10(-2147483648) == 0
; run: @udiv_i32_by_m10(-2147483647) == 0
; run: @udiv_i32_by_m10(9) == 0
; run: @udiv_i32_by_m10(10) == 0
; run: @udiv_i32_by_m10(11) == 0
; run: @udiv_i32_by_m10(-10) == 1
; run: @udiv_i32_by_m10(-9) == 1
; run: @udiv_i32_by_m10(-11) == 0
; run: @udiv_i32_by_m10(12345669) == 0
; run: @udiv_i32_by_m10(31) == 0
; run: @udiv_i32_by_m10(69) == 0
define i32 @urem_i32_by_m10(i32 %a) {
  %r = urem i32 %a, -10
  ret i32 %r
}
; run: @urem_i32_by_m10(0) == 0
; run: @urem_i32_by_m10(1) == 1
; run: @urem_i32_by_m10(-1) == 9
; run: @urem_i32_by_m10(2147483647) == 2147483647
; run: @urem_i32_by_m10(-2147483648) == -2147483648
; run: @urem_i32_by_m10(-2147483647) == -2147483647
; run: @urem_i32_by_m10(9) == 9
; run: @urem_i32_by_m10(10) == 10
; run: @urem_i32_by_m10(11) == 11
; run: @urem_i32_by_m10(-10) == 0
; run: @urem_i32_by_m10(-9) == 1
; run: @urem_i32_by_m10(-11) == -11
; run: @urem_i32_by_m10(12345669) == 12345669
; run: @urem_i32_by_m10(31) == 31
; run: @urem_i32_by_m10(69) == 69

define i32 @sdiv_i32_by_m16(i32 %a) {
  %r = sdiv i32 %a, -16
  ret i32 %r
}
; run: @sdiv_i32_by_m16(0) == 0
; run: @sdiv_i32_by_m16(1) == 0
; run: @sdiv_i32_by_m16(-1) == 0
; run: @sdiv_i32_by_m16(2147483647) == -134217727
; run: @sdiv_i32_by_m16(-2147483648) == 134217728
; run: @sdiv_i32_by_m16(-2147483647) == 134217727
; run: @sdiv_i32_by_m16(15) == 0
; run: @sdiv_i32_by_m16(16) == -1
; run: @sdiv_i32_by_m16(17) == -1
; run: @sdiv_i32_by_m16(-16) == 1
; run: @sdiv_i32_by_m16(-15) == 0
; run: @sdiv_i32_by_m16(-17) == 1
; run: @sdiv_i32_by_m16(19753071) == -1234566
; run: @sdiv_i32_by_m16(49) == -3
; run: @sdiv_i32_by_m16(111) == -6
define i32 @srem_i32_by_m16(i32 %a) {
  %r = srem i32 %a, -16
  ret i32 %r
}
; run: @srem_i32_by_m16(0) == 0
; run: @srem_i32_by_m16(1) == 1
; run: @srem_i32_by_m16(-1) == -1
; run: @srem_i32_by_m16(2147483647) == 15
; run: @srem_i32_by_m16(-2147483648) == 0
; run: @srem_i32_by_m16(-2147483647) == -15
; run: @srem_i32_by_m16(15) == 15
; run: @srem_i32_by_m16(16) == 0
; run: @srem_i32_by_m16(17) == 1
; run: @srem_i32_by_m16(-16) == 0
; run: @srem_i32_by_m16(-15) == -15
; run: @srem_i32_by_m16(-17) == -1
; run: @srem_i32_by_m16(19753071) == 15
; run: @srem_i32_by_m16(49) == 1
; run: @srem_i32_by_m16(111) == 15
define i32 @udiv_i32_by_m16(i32 %a) {
  %r = udiv i32 %a, -16
  ret i32 %r
}
; run: @udiv_i32_by_m16(0) == 0
; run: @udiv_i32_by_m16(1) == 0
; run: @udiv_i32_by_m16(-1) == 1
; run: @udiv_i32_by_m16(2147483647) == 0
; run: @udiv_i32_by_m16(-2147483648) == 0
; run: @udiv_i32_by_m16(-2147483647) == 0
; run: @udiv_i32_by_m16(15) == 0
; run: @udiv_i32_by_m16(16) == 0
; run: @udiv_i32_by_m16(17) == 0
; run: @udiv_i32_by_m16(-16) == 1
; run: @udiv_i32_by_m16(-15) == 1
; run: @udiv_i32_by_m16(-17) == 0
; run: @udiv_i32_by_m16(19753071) == 0
; run: @udiv_i32_by_m16(49) == 0
; run: @udiv_i32_by_m16(111) == 0
define i32 @urem_i32_by_m16(i32 %a) {
  %r = urem i32 %a, -16
  ret i32 %r
}
; run: @urem_i32_by_m16(0) == 0
; run: @urem_i32_by_m16(1) == 1
; run: @urem_i32_by_m16(-1) == 15
; run: @urem_i32_by_m16(2147483647) == 2147483647
; run: @urem_i32_by_m16(-2147483648) == -2147483648
; run: @urem_i32_by_m16(-2147483647) == -2147483647
; run: @urem_i32_by_m16(15) == 15
; run: @urem_i32_by_m16(16) == 16
; run: @urem_i32_by_m16(17) == 17
; run: @urem_i32_by_m16(-16) == 0
; run: @urem_i32_by_m16(-15) == 1
; run: @urem_i32_by_m16(-17) == -17
; run: @urem_i32_by_m16(19753071) == 19753071
; run: @urem_i32_by_m16(49) == 49
; run: @urem_i32_by_m16(111) == 111

define i32 @sdiv_i32_by_m1000(i32 %a) {
  %r = sdiv i32 %a, -1000
  ret i32 %r
}
; run: @sdiv_i32_by_m1000(0) == 0
; run: @sdiv_i32_by_m1000(1) == 0
; run: @sdiv_i32_by_m1000(-1) == 0
; run: @sdiv_i32_by_m1000(2147483647) == -2147483
; run: @sdiv_i32_by_m1000(-2147483648) == 2147483
; run: @sdiv_i32_by_m1000(-2147483647) == 2147483
; run: @sdiv_i32_by_m1000(999) == 0
; run: @sdiv_i32_by_m1000(1000) == -1
; run: @sdiv_i32_by_m1000(1001) == -1
; run: @sdiv_i32_by_m1000(-1000) == 1
; run: @sdiv_i32_by_m1000(-999) == 0
; run: @sdiv_i32_by_m1000(-1001) == 1
; run: @sdiv_i32_by_m1000(1234566999) == -1234566
; run: @sdiv_i32_by_m1000(3001) == -3
; run: @sdiv_i32_by_m1000(6999) == -6
define i32 @srem_i32_by_m1000(i32 %a) {
  %r = srem i32 %a, -1000
  ret i32 %r
}
; run: @srem_i32_by_m1000(0) == 0
; run: @srem_i32_by_m1000(1) == 1
; run: @srem_i32_by_m1000(-1) == -1
; run: @srem_i32_by_m1000(2147483647) == 647
; run: @srem_i32_by_m1000(-2147483648) == -648
; run: @srem_i32_by_m1000(-2147483647) == -647
; run: @srem_i32_by_m1000(999) == 999
; run: @srem_i32_by_m1000(1000) == 0
; run: @srem_i32_by_m1000(1001) == 1
; run: @srem_i32_by_m1000(-1000) == 0
; run: @srem_i32_by_m1000(-999) == -999
; run: @srem_i32_by_m1000(-1001) == -1
; run: @srem_i32_by_m1000(1234566999) == 999
; run: @srem_i32_by_m1000(3001) == 1
; run: @srem_i32_by_m1000(6999) == 999
define i32 @udiv_i32_by_m1000(i32 %a) {
  %r = udiv i32 %a, -1000
  ret i32 %r
}
; run: @udiv_i32_by_m1000(0) == 0
; run: @udiv_i32_by_m1000(1) == 0
; run: @udiv_i32_by_m1000(-1) == 1
; run: @udiv_i32_by_m1000(2147483647) == 0
; run: @udiv_i32_by_m1000(-2147483648) == 0
; run: @udiv_i32_by_m1000(-2147483647) == 0
; run: @udiv_i32_by_m1000(999) == 0
; run: @udiv_i32_by_m1000(1000) == 0
; run: @udiv_i32_by_m1000(1001) == 0
; run: @udiv_i32_by_m1000(-1000) == 1
; run: @udiv_i32_by_m1000(-999) == 1
; run: @udiv_i32_by_m1000(-1001) == 0
; run: @udiv_i32_by_m1000(1234566999) == 0
; run: @udiv_i32_by_m1000(3001) == 0
; run: @udiv_i32_by_m1000(6999) == 0
define i32 @urem_i32_by_m1000(i32 %a) {
  %r = urem i32 %a, -1000
  ret i32 %r
}
; run: @urem_i32_by_m1000(0) == 0
; run: @urem_i32_by_m1000(1) == 1
; run: @urem_i32_by_m1000(-1) == 999
; run: @urem_i32_by_m1000(2147483647) == 2147483647
; run: @urem_i32_by_m1000(-2147483648) == -2147483648
; run: @urem_i32_by_m1000(-2147483647) == -2147483647
; run: @urem_i32_by_m1000(999) == 999
; run: @urem_i32_by_m1000(1000) == 1000
; run: @urem_i32_by_m1000(1001) == 1001
; run: @urem_i32_by_m1000(-1000) == 0
; run: @urem_i32_by_m1000(-999) == 1
; run: @urem_i32_by_m1000(-1001) == -1001
; run: @urem_i32_by_m1000(1234566999) == 1234566999
; run: @urem_i32_by_m1000(3001) == 3001
; run: @urem_i32_by_m1000(6999) == 6999

define i32 @sdiv_i32_by_m2147483647(i32 %a) {
  %r = sdiv i32 %a, -2147483647
  ret i32 %r
}
; run: @sdiv_i32_by_m2147483647(0) == 0
; run: @sdiv_i32_by_m2147483647(1) == 0
; run: @sdiv_i32_by_m2147483647(-1) == 0
; run: @sdiv_i32_by_m2147483647(2147483647) == -1
; run: @sdiv_i32_by_m2147483647(-2147483648) == 1
; run: @sdiv_i32_by_m2147483647(-2147483647) == 1
; run: @sdiv_i32_by_m2147483647(2147483646) == 0
; run: @sdiv_i32_by_m2147483647(-2147483646) == 0
; run: @sdiv_i32_by_m2147483647(2147483640) == 0
define i32 @srem_i32_by_m2147483647(i32 %a) {
  %r = srem i32 %a, -2147483647
  ret i32 %r
}
; run: @srem_i32_by_m2147483647(0) == 0
; run: @srem_i32_by_m2147483647(1) == 1
; run: @srem_i32_by_m2147483647(-1) == -1
; run: @srem_i32_by_m2147483647(2147483647) == 0
; run: @srem_i32_by_m2147483647(-2147483648) == -1
; run: @srem_i32_by_m2147483647(-2147483647) == 0
; run: @srem_i32_by_m2147483647(2147483646) == 2147483646
; run: @srem_i32_by_m2147483647(-2147483646) == -2147483646
; run: @srem_i32_by_m2147483647(2147483640) == 2147483640
define i32 @udiv_i32_by_m2147483647(i32 %a) {
  %r = udiv i32 %a, -2147483647
  ret i32 %r
}
; run: @udiv_i32_by_m2147483647(0) == 0
; run: @udiv_i32_by_m2147483647(1) == 0
; run: @udiv_i32_by_m2147483647(-1) == 1
; run: @udiv_i32_by_m2147483647(2147483647) == 0
; run: @udiv_i32_by_m2147483647(-2147483648) == 0
; run: @udiv_i32_by_m2147483647(-2147483647) == 1
; run: @udiv_i32_by_m2147483647(2147483646) == 0
; run: @udiv_i32_by_m2147483647(-2147483646) == 1
; run: @udiv_i32_by_m2147483647(2147483640) == 0
define i32 @urem_i32_by_m2147483647(i32 %a) {
  %r = urem i32 %a, -2147483647
  ret i32 %r
}
; run: @urem_i32_by_m2147483647(0) == 0
; run: @urem_i32_by_m2147483647(1) == 1
; run: @urem_i32_by_m2147483647(-1) == 2147483646
; run: @urem_i32_by_m2147483647(2147483647) == 2147483647
; run: @urem_i32_by_m2147483647(-2147483648) == -2147483648
; run: @urem_i32_by_m2147483647(-2147483647) == 0
; run: @urem_i32_by_m2147483647(2147483646) == 2147483646
; run: @urem_i32_by_m2147483647(-2147483646) == 1
; run: @urem_i32_by_m2147483647(2147483640) == 2147483640

define i64 @sdiv_i64_by_2(i64 %a) {
  %r = sdiv i64 %a, 2
  ret i64 %r
}
; run: @sdiv_i64_by_2(0) == 0
; run: @sdiv_i64_by_2(1) == 0
; run: @sdiv_i64_by_2(-1) == 0
; run: @sdiv_i64_by_2(9223372036854775807) == 4611686018427387903
; run: @sdiv_i64_by_2(-9223372036854775808) == -4611686018427387904
; run: @sdiv_i64_by_2(-9223372036854775807) == -4611686018427387903
; run: @sdiv_i64_by_2(2) == 1
; run: @sdiv_i64_by_2(3) == 1
; run: @sdiv_i64_by_2(-2) == -1
; run: @sdiv_i64_by_2(-3) == -1
; run: @sdiv_i64_by_2(2469133) == 1234566
; run: @sdiv_i64_by_2(7) == 3
; run: @sdiv_i64_by_2(13) == 6
define i64 @srem_i64_by_2(i64 %a) {
  %r = srem i64 %a, 2
  ret i64 %r
}
; run: @srem_i64_by_2(0) == 0
; run: @srem_i64_by_2(1) == 1
; run: @srem_i64_by_2(-1) == -1
; run: @srem_i64_by_2(9223372036854775807) == 1
; run: @srem_i64_by_2(-9223372036854775808) == 0
; run: @srem_i64_by_2(-9223372036854775807) == -1
; run: @srem_i64_by_2(2) == 0
; run: @srem_i64_by_2(3) == 1
; run: @srem_i64_by_2(-2) == 0
; run: @srem_i64_by_2(-3) == -1
; run: @srem_i64_by_2(2469133) == 1
; run: @srem_i64_by_2(7) == 1
; run: @srem_i64_by_2(13) == 1
define i64 @udiv_i64_by_2(i64 %a) {
  %r = udiv i64 %a, 2
  ret i64 %r
}
; run: @udiv_i64_by_2(0) == 0
; run: @udiv_i64_by_2(1) == 0
; run: @udiv_i64_by_2(-1) == 9223372036854775807
; run: @udiv_i64_by_2(9223372036854775807) == 4611686018427387903
; run: @udiv_i64_by_2(-9223372036854775808) == 4611686018427387904
; run: @udiv_i64_by_2(-9223372036854775807) == 4611686018427387904
; run: @udiv_i64_by_2(2) == 1
; run: @udiv_i64_by_2(3) == 1
; run: @udiv_i64_by_2(-2) == 9223372036854775807
; run: @udiv_i64_by_2(-3) == 9223372036854775806
; run: @udiv_i64_by_2(2469133) == 1234566
; run: @udiv_i64_by_2(7) == 3
; run: @udiv_i64_by_2(13) == 6
define i64 @urem_i64_by_2(i64 %a) {
  %r = urem i64 %a, 2
  ret i64 %r
}
; run: @urem_i64_by_2(0) == 0
; run: @urem_i64_by_2(1) == 1
; run: @urem_i64_by_2(-1) == 1
; run: @urem_i64_by_2(9223372036854775807) == 1
; run: @urem_i64_by_2(-9223372036854775808) == 0
; run: @urem_i64_by_2(-9223372036854775807) == 1
; run: @urem_i64_by_2(2) == 0
; run: @urem_i64_by_2(3) == 1
; run: @urem_i64_by_2(-2) == 0
; run: @urem_i64_by_2(-3) == 1
; run: @urem_i64_by_2(2469133) == 1
; run: @urem_i64_by_2(7) == 1
; run: @urem_i64_by_2(13) == 1

define i64 @sdiv_i64_by_3(i64 %a) {
  %r = sdiv i64 %a, 3
  ret i64 %r
}
; run: @sdiv_i64_by_3(0) == 0
; run: @sdiv_i64_by_3(1) == 0
; run: @sdiv_i64_by_3(-1) == 0
; run: @sdiv_i64_by_3(9223372036854775807) == 3074457345618258602
; run: @sdiv_i64_by_3(-9223372036854775808) == -3074457345618258602
; run: @sdiv_i64_by_3(-9223372036854775807) == -3074457345618258602
; run: @sdiv_i64_by_3(2) == 0
; run: @sdiv_i64_by_3(3) == 1
; run: @sdiv_i64_by_3(4) == 1
; run: @sdiv_i64_by_3(-3) == -1
; run: @sdiv_i64_by_3(-2) == 0
; run: @sdiv_i64_by_3(-4) == -1
; run: @sdiv_i64_by_3(3703700) == 1234566
; run: @sdiv_i64_by_3(10) == 3
; run: @sdiv_i64_by_3(20) == 6
define i64 @srem_i64_by_3(i64 %a) {
  %r = srem i64 %a, 3
  ret i64 %r
}
; run: @srem_i64_by_3(0) == 0
; run: @srem_i64_by_3(1) == 1
; run: @srem_i64_by_3(-1) == -1
; run: @srem_i64_by_3(9223372036854775807) == 1
; run: @srem_i64_by_3(-9223372036854775808) == -2
; run: @srem_i64_by_3(-9223372036854775807) == -1
; run: @srem_i64_by_3(2) == 2
; run: @srem_i64_by_3(3) == 0
; run: @srem_i64_by_3(4) == 1
; run: @srem_i64_by_3(-3) == 0
; run: @srem_i64_by_3(-2) == -2
; run: @srem_i64_by_3(-4) == -1
; run: @srem_i64_by_3(3703700) == 2
; run: @srem_i64_by_3(10) == 1
; run: @srem_i64_by_3(20) == 2
define i64 @udiv_i64_by_3(i64 %a) {
  %r = udiv i64 %a, 3
  ret i64 %r
}
; run: @udiv_i64_by_3(0) == 0
; run: @udiv_i64_by_3(1) == 0
; run: @udiv_i64_by_3(-1) == 6148914691236517205
; run: @udiv_i64_by_3(9223372036854775807) == 3074457345618258602
; run: @udiv_i64_by_3(-9223372036854775808) == 3074457345618258602
; run: @udiv_i64_by_3(-9223372036854775807) == 3074457345618258603
; run: @udiv_i64_by_3(2) == 0
; run: @udiv_i64_by_3(3) == 1
; run: @udiv_i64_by_3(4) == 1
; run: @udiv_i64_by_3(-3) == 6148914691236517204
; run: @udiv_i64_by_3(-2) == 6148914691236517204
; run: @udiv_i64_by_3(-4) == 6148914691236517204
; run: @udiv_i64_by_3(3703700) == 1234566
; run: @udiv_i64_by_3(10) == 3
; run: @udiv_i64_by_3(20) == 6
define i64 @urem_i64_by_3(i64 %a) {
  %r = urem i64 %a, 3
  ret i64 %r
}
; run: @urem_i64_by_3(0) == 0
; run: @urem_i64_by_3(1) == 1
; run: @urem_i64_by_3(-1) == 0
; run: @urem_i64_by_3(9223372036854775807) == 1
; run: @urem_i64_by_3(-9223372036854775808) == 2
; run: @urem_i64_by_3(-9223372036854775807) == 0
; run: @urem_i64_by_3(2) == 2
; run: @urem_i64_by_3(3) == 0
; run: @urem_i64_by_3(4) == 1
; run: @urem_i64_by_3(-3) == 1
; run: @urem_i64_by_3(-2) == 2
; run: @urem_i64_by_3(-4) == 0
; run: @urem_i64_by_3(3703700) == 2
; run: @urem_i64_by_3(10) == 1
; run: @urem_i64_by_3(20) == 2

define i64 @sdiv_i64_by_5(i64 %a) {
  %r = sdiv i64 %a, 5
  ret i64 %r
}
; run: @sdiv_i64_by_5(0) == 0
; run: @sdiv_i64_by_5(1) == 0
; run: @sdiv_i64_by_5(-1) == 0
; run: @sdiv_i64_by_5(9223372036854775807) == 1844674407370955161
; run: @sdiv_i64_by_5(-9223372036854775808) == -1844674407370955161
; run: @sdiv_i64_by_5(-9223372036854775807) == -1844674407370955161
; run: @sdiv_i64_by_5(4) == 0
; run: @sdiv_i64_by_5(5) == 1
; run: @sdiv_i64_by_5(6) == 1
; run: @sdiv_i64_by_5(-5) == -1
; run: @sdiv_i64_by_5(-4) == 0
; run: @sdiv_i64_by_5(-6) == -1
; run: @sdiv_i64_by_5(6172834) == 1234566
; run: @sdiv_i64_by_5(16) == 3
; run: @sdiv_i64_by_5(34) == 6
define i64 @srem_i64_by_5(i64 %a) {
  %r = srem i64 %a, 5
  ret i64 %r
}
; run: @srem_i64_by_5(0) == 0
; run: @srem_i64_by_5(1) == 1
; run: @srem_i64_by_5(-1) == -1
; run: @srem_i64_by_5(9223372036854775807) == 2
; run: @srem_i64_by_5(-9223372036854775808) == -3
; run: @srem_i64_by_5(-9223372036854775807) == -2
; run: @srem_i64_by_5(4) == 4
; run: @srem_i64_by_5(5) == 0
; run: @srem_i64_by_5(6) == 1
; run: @srem_i64_by_5(-5) == 0
; run: @srem_i64_by_5(-4) == -4
; run: @srem_i64_by_5(-6) == -1
; run: @srem_i64_by_5(6172834) == 4
; run: @srem_i64_by_5(16) == 1
; run: @srem_i64_by_5(34) == 4
define i64 @udiv_i64_by_5(i64 %a) {
  %r = udiv i64 %a, 5
  ret i64 %r
}
; run: @udiv_i64_by_5(0) == 0
; run: @udiv_i64_by_5(1) == 0
; run: @udiv_i64_by_5(-1) == 3689348814741910323
; run: @udiv_i64_by_5(9223372036854775807) == 1844674407370955161
; run: @udiv_i64_by_5(-9223372036854775808) == 1844674407370955161
; run: @udiv_i64_by_5(-9223372036854775807) == 1844674407370955161
; run: @udiv_i64_by_5(4) == 0
; run: @udiv_i64_by_5(5) == 1
; run: @udiv_i64_by_5(6) == 1
; run: @udiv_i64_by_5(-5) == 3689348814741910322
; run: @udiv_i64_by_5(-4) == 3689348814741910322
; run: @udiv_i64_by_5(-6) == 3689348814741910322
; run: @udiv_i64_by_5(6172834) == 1234566
; run: @udiv_i64_by_5(16) == 3
; run: @udiv_i64_by_5(34) == 6
define i64 @urem_i64_by_5(i64 %a) {
  %r = urem i64 %a, 5
  ret i64 %r
}
; run: @urem_i64_by_5(0) == 0
; run: @urem_i64_by_5(1) == 1
; run: @urem_i64_by_5(-1) == 0
; run: @urem_i64_by_5(9223372036854775807) == 2
; run: @urem_i64_by_5(-9223372036854775808) == 3
; run: @urem_i64_by_5(-9223372036854775807) == 4
; run: @urem_i64_by_5(4) == 4
; run: @urem_i64_by_5(5) == 0
; run: @urem_i64_by_5(6) == 1
; run: @urem_i64_by_5(-5) == 1
; run: @urem_i64_by_5(-4) == 2
; run: @urem_i64_by_5(-6) == 0
; run: @urem_i64_by_5(6172834) == 4
; run: @urem_i64_by_5(16) == 1
; run: @urem_i64_by_5(34) == 4

define i64 @sdiv_i64_by_7(i64 %a) {
  %r = sdiv i64 %a, 7
  ret i64 %r
}
; run: @sdiv_i64_by_7(0) == 0
; run: @sdiv_i64_by_7(1) == 0
; run: @sdiv_i64_by_7(-1) == 0
; run: @sdiv_i64_by_7(9223372036854775807) == 1317624576693539401
; run: @sdiv_i64_by_7(-9223372036854775808) == -1317624576693539401
; run: @sdiv_i64_by_7(-9223372036854775807) == -1317624576693539401
; run: @sdiv_i64_by_7(6) == 0
; run: @sdiv_i64_by_7(7) == 1
; run: @sdiv_i64_by_7(8) == 1
; run: @sdiv_i64_by_7(-7) == -1
; run: @sdiv_i64_by_7(-6) == 0
; run: @sdiv_i64_by_7(-8) == -1
; run: @sdiv_i64_by_7(8641968) == 1234566
; run: @sdiv_i64_by_7(22) == 3
; run: @sdiv_i64_by_7(48) == 6
define i64 @srem_i64_by_7(i64 %a) {
  %r = srem i64 %a, 7
  ret i64 %r
}
; run: @srem_i64_by_7(0) == 0
; run: @srem_i64_by_7(1) == 1
; run: @srem_i64_by_7(-1) == -1
; run: @srem_i64_by_7(9223372036854775807) == 0
; run: @srem_i64_by_7(-9223372036854775808) == -1
; run: @srem_i64_by_7(-9223372036854775807) == 0
; run: @srem_i64_by_7(6) == 6
; run: @srem_i64_by_7(7) == 0
; run: @srem_i64_by_7(8) == 1
; run: @srem_i64_by_7(-7) == 0
; run: @srem_i64_by_7(-6) == -6
; run: @srem_i64_by_7(-8) == -1
; run: @srem_i64_by_7(8641968) == 6
; run: @srem_i64_by_7(22) == 1
; run: @srem_i64_by_7(48) == 6
define i64 @udiv_i64_by_7(i64 %a) {
  %r = udiv i64 %a, 7
  ret i64 %r
}
; run: @udiv_i64_by_7(0) == 0
; run: @udiv_i64_by_7(1) == 0
; run: @udiv_i64_by_7(-1) == 2635249153387078802
; run: @udiv_i64_by_7(9223372036854775807) == 1317624576693539401
; run: @udiv_i64_by_7(-9223372036854775808) == 1317624576693539401
; run: @udiv_i64_by_7(-9223372036854775807) == 1317624576693539401
; run: @udiv_i64_by_7(6) == 0
; run: @udiv_i64_by_7(7) == 1
; run: @udiv_i64_by_7(8) == 1
; run: @udiv_i64_by_7(-7) == 2635249153387078801
; run: @udiv_i64_by_7(-6) == 2635249153387078801
; run: @udiv_i64_by_7(-8) == 2635249153387078801
; run: @udiv_i64_by_7(8641968) == 1234566
; run: @udiv_i64_by_7(22) == 3
; run: @udiv_i64_by_7(48) == 6
define i64 @urem_i64_by_7(i64 %a) {
  %r = urem i64 %a, 7
  ret i64 %r
}
; run: @urem_i64_by_7(0) == 0
; run: @urem_i64_by_7(1) == 1
; run: @urem_i64_by_7(-1) == 1
; run: @urem_i64_by_7(9223372036854775807) == 0
; run: @urem_i64_by_7(-9223372036854775808) == 1
; run: @urem_i64_by_7(-9223372036854775807) == 2
; run: @urem_i64_by_7(6) == 6
; run: @urem_i64_by_7(7) == 0
; run: @urem_i64_by_7(8) == 1
; run: @urem_i64_by_7(-7) == 2
; run: @urem_i64_by_7(-6) == 3
; run: @urem_i64_by_7(-8) == 1
; run: @urem_i64_by_7(8641968) == 6
; run: @urem_i64_by_7(22) == 1
; run: @urem_i64_by_7(48) == 6

define i64 @sdiv_i64_by_10(i64 %a) {
  %r = sdiv i64 %a, 10
  ret i64 %r
}
; run: @sdiv_i64_by_10(0) == 0
; run: @sdiv_i64_by_10(1) == 0
; run: @sdiv_i64_by_10(-1) == 0
; run: @sdiv_i64_by_10(9223372036854775807) == 922337203685477580
; run: @sdiv_i64_by_10(-9223372036854775808) == -922337203685477580
; run: @sdiv_i64_by_10(-9223372036854775807) == -922337203685477580
; run: @sdiv_i64_by_10(9) == 0
; run: @sdiv_i64_by_10(10) == 1
; run: @sdiv_i64_by_10(11) == 1
; run: @sdiv_i64_by_10(-10) == -1
; run: @sdiv_i64_by_10(-9) == 0
; run: @sdiv_i64_by_10(-11) == -1
; run: @sdiv_i64_by_10(12345669) == 1234566
; run: @sdiv_i64_by_10(31) == 3
; run: @sdiv_i64_by_10(69) == 6
define i64 @srem_i64_by_10(i64 %a) {
  %r = srem i64 %a, 10
  ret i64 %r
}
; run: @srem_i64_by_10(0) == 0
; run: @srem_i64_by_10(1) == 1
; run: @srem_i64_by_10(-1) == -1
; run: @srem_i64_by_10(9223372036854775807) == 7
; run: @srem_i64_by_10(-9223372036854775808) == -8
; run: @srem_i64_by_10(-9223372036854775807) == -7
; run: @srem_i64_by_10(9) == 9
; run: @srem_i64_by_10(10) == 0
; run: @srem_i64_by_10(11) == 1
; run: @srem_i64_by_10(-10) == 0
; run: @srem_i64_by_10(-9) == -9
; run: @srem_i64_by_10(-11) == -1
; run: @srem_i64_by_10(12345669) == 9
; run: @srem_i64_by_10(31) == 1
; run: @srem_i64_by_10(69) == 9
define i64 @udiv_i64_by_10(i64 %a) {
  %r = udiv i64 %a, 10
  ret i64 %r
}
; run: @udiv_i64_by_10(0) == 0
; run: @udiv_i64_by_10(1) == 0
; run: @udiv_i64_by_10(-1) == 1844674407370955161
; run: @udiv_i64_by_10(9223372036854775807) == 922337203685477580
; run: @udiv_i64_by_10(-9223372036854775808) == 922337203685477580
; run: @udiv_i64_by_10(-9223372036854775807) == 922337203685477580
; run: @udiv_i64_by_10(9) == 0
; run: @udiv_i64_by_10(10) == 1
; run: @udiv_i64_by_10(11) == 1
; run: @udiv_i64_by_10(-10) == 1844674407370955160
; run: @udiv_i64_by_10(-9) == 1844674407370955160
; run: @udiv_i64_by_10(-11) == 1844674407370955160
; run: @udiv_i64_by_10(12345669) == 1234566
; run: @udiv_i64_by_10(31) == 3
; run: @udiv_i64_by_10(69) == 6
define i64 @urem_i64_by_10(i64 %a) {
  %r = urem i64 %a, 10
  ret i64 %r
}
; run: @urem_i64_by_10(0) == 0
; run: @urem_i64_by_10(1) == 1
; run: @urem_i64_by_10(-1) == 5
; run: @urem_i64_by_10(9223372036854775807) == 7
; run: @urem_i64_by_10(-9223372036854775808) == 8
; run: @urem_i64_by_10(-9223372036854775807) == 9
; run: @urem_i64_by_10(9) == 9
; run: @urem_i64_by_10(10) == 0
; run: @urem_i64_by_10(11) == 1
; run: @urem_i64_by_10(-10) == 6
; run: @urem_i64_by_10(-9) == 7
; run: @urem_i64_by_10(-11) == 5
; run: @urem_i64_by_10(12345669) == 9
; run: @urem_i64_by_10(31) == 1
; run: @urem_i64_by_10(69) == 9

define i64 @sdiv_i64_by_13(i64 %a) {
  %r = sdiv i64 %a, 13
  ret i64 %r
}
; run: @sdiv_i64_by_13(0) == 0
; run: @sdiv_i64_by_13(1) == 0
; run: @sdiv_i64_by_13(-1) == 0
; run: @sdiv_i64_by_13(9223372036854775807) == 709490156681136600
; run: @sdiv_i64_by_13(-9223372036854775808) == -709490156681136600
; run: @sdiv_i64_by_13(-9223372036854775807) == -709490156681136600
; run: @sdiv_i64_by_13(12) == 0
; run: @sdiv_i64_by_13(13) == 1
; run: @sdiv_i64_by_13(14) == 1
; run: @sdiv_i64_by_13(-13) == -1
; run: @sdiv_i64_by_13(-12) == 0
; run: @sdiv_i64_by_13(-14) == -1
; run: @sdiv_i64_by_13(16049370) == 1234566
; run: @sdiv_i64_by_13(40) == 3
; run: @sdiv_i64_by_13(90) == 6
define i64 @srem_i64_by_13(i64 %a) {
  %r = srem i64 %a, 13
  ret i64 %r
}
; run: @srem_i64_by_13(0) == 0
; run: @srem_i64_by_13(1) == 1
; run: @srem_i64_by_13(-1) == -1
; run: @srem_i64_by_13(9223372036854775807) == 7
; run: @srem_i64_by_13(-9223372036854775808) == -8
; run: @srem_i64_by_13(-9223372036854775807) == -7
; run: @srem_i64_by_13(12) == 12
; run: @srem_i64_by_13(13) == 0
; run: @srem_i64_by_13(14) == 1
; run: @srem_i64_by_13(-13) == 0
; run: @srem_i64_by_13(-12) == -12
; run: @srem_i64_by_13(-14) == -1
; run: @srem_i64_by_13(16049370) == 12
; run: @srem_i64_by_13(40) == 1
; run: @srem_i64_by_13(90) == 12
define i64 @udiv_i64_by_13(i64 %a) {
  %r = udiv i64 %a, 13
  ret i64 %r
}
; run: @udiv_i64_by_13(0) == 0
; run: @udiv_i64_by_13(1) == 0
; run: @udiv_i64_by_13(-1) == 1418980313362273201
; run: @udiv_i64_by_13(9223372036854775807) == 709490156681136600
; run: @udiv_i64_by_13(-9223372036854775808) == 709490156681136600
; run: @udiv_i64_by_13(-9223372036854775807) == 709490156681136600
; run: @udiv_i64_by_13(12) == 0
; run: @udiv_i64_by_13(13) == 1
; run: @udiv_i64_by_13(14) == 1
; run: @udiv_i64_by_13(-13) == 1418980313362273200
; run: @udiv_i64_by_13(-12) == 1418980313362273200
; run: @udiv_i64_by_13(-14) == 1418980313362273200
; run: @udiv_i64_by_13(16049370) == 1234566
; run: @udiv_i64_by_13(40) == 3
; run: @udiv_i64_by_13(90) == 6
define i64 @urem_i64_by_13(i64 %a) {
  %r = urem i64 %a, 13
  ret i64 %r
}
; run: @urem_i64_by_13(0) == 0
; run: @urem_i64_by_13(1) == 1
; run: @urem_i64_by_13(-1) == 2
; run: @urem_i64_by_13(9223372036854775807) == 7
; run: @urem_i64_by_13(-9223372036854775808) == 8
; run: @urem_i64_by_13(-9223372036854775807) == 9
; run: @urem_i64_by_13(12) == 12
; run: @urem_i64_by_13(13) == 0
; run: @urem_i64_by_13(14) == 1
; run: @urem_i64_by_13(-13) == 3
; run: @urem_i64_by_13(-12) == 4
; run: @urem_i64_by_13(-14) == 2
; run: @urem_i64_by_13(16049370) == 12
; run: @urem_i64_by_13(40) == 1
; run: @urem_i64_by_13(90) == 12

define i64 @sdiv_i64_by_24(i64 %a) {
  %r = sdiv i64 %a, 24
  ret i64 %r
}
; run: @sdiv_i64_by_24(0) == 0
; run: @sdiv_i64_by_24(1) == 0
; run: @sdiv_i64_by_24(-1) == 0
; run: @sdiv_i64_by_24(9223372036854775807) == 384307168202282325
; run: @sdiv_i64_by_24(-9223372036854775808) == -384307168202282325
; run: @sdiv_i64_by_24(-9223372036854775807) == -384307168202282325
; run: @sdiv_i64_by_24(23) == 0
; run: @sdiv_i64_by_24(24) == 1
; run: @sdiv_i64_by_24(25) == 1
; run: @sdiv_i64_by_24(-24) == -1
; run: @sdiv_i64_by_24(-23) == 0
; run: @sdiv_i64_by_24(-25) == -1
; run: @sdiv_i64_by_24(29629607) == 1234566
; run: @sdiv_i64_by_24(73) == 3
; run: @sdiv_i64_by_24(167) == 6
define i64 @srem_i64_by_24(i64 %a) {
  %r = srem i64 %a, 24
  ret i64 %r
}
; run: @srem_i64_by_24(0) == 0
; run: @srem_i64_by_24(1) == 1
; run: @srem_i64_by_24(-1) == -1
; run: @srem_i64_by_24(9223372036854775807) == 7
; run: @srem_i64_by_24(-9223372036854775808) == -8
; run: @srem_i64_by_24(-9223372036854775807) == -7
; run: @srem_i64_by_24(23) == 23
; run: @srem_i64_by_24(24) == 0
; run: @srem_i64_by_24(25) == 1
; run: @srem_i64_by_24(-24) == 0
; run: @srem_i64_by_24(-23) == -23
; run: @srem_i64_by_24(-25) == -1
; run: @srem_i64_by_24(29629607) == 23
; run: @srem_i64_by_24(73) == 1
; run: @srem_i64_by_24(167) == 23
define i64 @udiv_i64_by_24(i64 %a) {
  %r = udiv i64 %a, 24
  ret i64 %r
}
; run: @udiv_i64_by_24(0) == 0
; run: @udiv_i64_by_24(1) == 0
; run: @udiv_i64_by_24(-1) == 768614336404564650
; run: @udiv_i64_by_24(9223372036854775807) == 384307168202282325
; run: @udiv_i64_by_24(-9223372036854775808) == 384307168202282325
; run: @udiv_i64_by_24(-9223372036854775807) == 384307168202282325
; run: @udiv_i64_by_24(23) == 0
; run: @udiv_i64_by_24(24) == 1
; run: @udiv_i64_by_24(25) == 1
; run: @udiv_i64_by_24(-24) == 768614336404564649
; run: @udiv_i64_by_24(-23) == 768614336404564649
; run: @udiv_i64_by_24(-25) == 768614336404564649
; run: @udiv_i64_by_24(29629607) == 1234566
; run: @udiv_i64_by_24(73) == 3
; run: @udiv_i64_by_24(167) == 6
define i64 @urem_i64_by_24(i64 %a) {
  %r = urem i64 %a, 24
  ret i64 %r
}
; run: @urem_i64_by_24(0) == 0
; run: @urem_i64_by_24(1) == 1
; run: @urem_i64_by_24(-1) == 15
; run: @urem_i64_by_24(9223372036854775807) == 7
; run: @urem_i64_by_24(-9223372036854775808) == 8
; run: @urem_i64_by_24(-9223372036854775807) == 9
; run: @urem_i64_by_24(23) == 23
; run: @urem_i64_by_24(24) == 0
; run: @urem_i64_by_24(25) == 1
; run: @urem_i64_by_24(-24) == 16
; run: @urem_i64_by_24(-23) == 17
; run: @urem_i64_by_24(-25) == 15
; run: @urem_i64_by_24(29629607) == 23
; run: @urem_i64_by_24(73) == 1
; run: @urem_i64_by_24(167) == 23

define i64 @sdiv_i64_by_100(i64 %a) {
  %r = sdiv i64 %a, 100
  ret i64 %r
}
; run: @sdiv_i64_by_100(0) == 0
; run: @sdiv_i64_by_100(1) == 0
; run: @sdiv_i64_by_100(-1) == 0
; run: @sdiv_i64_by_100(9223372036854775807) == 92233720368547758
; run: @sdiv_i64_by_100(-9223372036854775808) == -92233720368547758
; run: @sdiv_i64_by_100(-9223372036854775807) == -92233720368547758
; run: @sdiv_i64_by_100(99) == 0
; run: @sdiv_i64_by_100(100) == 1
; run: @sdiv_i64_by_100(101) == 1
; run: @sdiv_i64_by_100(-100) == -1
; run: @sdiv_i64_by_100(-99) == 0
; run: @sdiv_i64_by_100(-101) == -1
; run: @sdiv_i64_by_100(123456699) == 1234566
; run: @sdiv_i64_by_100(301) == 3
; run: @sdiv_i64_by_100(699) == 6
define i64 @srem_i64_by_100(i64 %a) {
  %r = srem i64 %a, 100
  ret i64 %r
}
; run: @srem_i64_by_100(0) == 0
; run: @srem_i64_by_100(1) == 1
; run: @srem_i64_by_100(-1) == -1
; run: @srem_i64_by_100(9223372036854775807) == 7
; run: @srem_i64_by_100(-9223372036854775808) == -8
; run: @srem_i64_by_100(-9223372036854775807) == -7
; run: @srem_i64_by_100(99) == 99
; run: @srem_i64_by_100(100) == 0
; run: @srem_i64_by_100(101) == 1
; run: @srem_i64_by_100(-100) == 0
; run: @srem_i64_by_100(-99) == -99
; run: @srem_i64_by_100(-101) == -1
; run: @srem_i64_by_100(123456699) == 99
; run: @srem_i64_by_100(301) == 1
; run: @srem_i64_by_100(699) == 99
define i64 @udiv_i64_by_100(i64 %a) {
  %r = udiv i64 %a, 100
  ret i64 %r
}
; run: @udiv_i64_by_100(0) == 0
; run: @udiv_i64_by_100(1) == 0
; run: @udiv_i64_by_100(-1) == 184467440737095516
; run: @udiv_i64_by_100(9223372036854775807) == 92233720368547758
; run: @udiv_i64_by_100(-9223372036854775808) == 92233720368547758
; run: @udiv_i64_by_100(-9223372036854775807) == 92233720368547758
; run: @udiv_i64_by_100(99) == 0
; run: @udiv_i64_by_100(100) == 1
; run: @udiv_i64_by_100(101) == 1
; run: @udiv_i64_by_100(-100) == 184467440737095515
; run: @udiv_i64_by_100(-99) == 184467440737095515
; run: @udiv_i64_by_100(-101) == 184467440737095515
; run: @udiv_i64_by_100(123456699) == 1234566
; run: @udiv_i64_by_100(301) == 3
; run: @udiv_i64_by_100(699) == 6
define i64 @urem_i64_by_100(i64 %a) {
  %r = urem i64 %a, 100
  ret i64 %r
}
; run: @urem_i64_by_100(0) == 0
; run: @urem_i64_by_100(1) == 1
; run: @urem_i64_by_100(-1) == 15
; run: @urem_i64_by_100(9223372036854775807) == 7
; run: @urem_i64_by_100(-9223372036854775808) == 8
; run: @urem_i64_by_100(-9223372036854775807) == 9
; run: @urem_i64_by_100(99) == 99
; run: @urem_i64_by_100(100) == 0
; run: @urem_i64_by_100(101) == 1
; run: @urem_i64_by_100(-100) == 16
; run: @urem_i64_by_100(-99) == 17
; run: @urem_i64_by_100(-101) == 15
; run: @urem_i64_by_100(123456699) == 99
; run: @urem_i64_by_100(301) == 1
; run: @urem_i64_by_100(699) == 99

define i64 @sdiv_i64_by_1000(i64 %a) {
  %r = sdiv i64 %a, 1000
  ret i64 %r
}
; run: @sdiv_i64_by_1000(0) == 0
; run: @sdiv_i64_by_1000(1) == 0
; run: @sdiv_i64_by_1000(-1) == 0
; run: @sdiv_i64_by_1000(9223372036854775807) == 9223372036854775
; run: @sdiv_i64_by_1000(-9223372036854775808) == -9223372036854775
; run: @sdiv_i64_by_1000(-9223372036854775807) == -9223372036854775
; run: @sdiv_i64_by_1000(999) == 0
; run: @sdiv_i64_by_1000(1000) == 1
; run: @sdiv_i64_by_1000(1001) == 1
; run: @sdiv_i64_by_1000(-1000) == -1
; run: @sdiv_i64_by_1000(-999) == 0
; run: @sdiv_i64_by_1000(-1001) == -1
; run: @sdiv_i64_by_1000(1234566999) == 1234566
; run: @sdiv_i64_by_1000(3001) == 3
; run: @sdiv_i64_by_1000(6999) == 6
define i64 @srem_i64_by_1000(i64 %a) {
  %r = srem i64 %a, 1000
  ret i64 %r
}
; run: @srem_i64_by_1000(0) == 0
; run: @srem_i64_by_1000(1) == 1
; run: @srem_i64_by_1000(-1) == -1
; run: @srem_i64_by_1000(9223372036854775807) == 807
; run: @srem_i64_by_1000(-9223372036854775808) == -808
; run: @srem_i64_by_1000(-9223372036854775807) == -807
; run: @srem_i64_by_1000(999) == 999
; run: @srem_i64_by_1000(1000) == 0
; run: @srem_i64_by_1000(1001) == 1
; run: @srem_i64_by_1000(-1000) == 0
; run: @srem_i64_by_1000(-999) == -999
; run: @srem_i64_by_1000(-1001) == -1
; run: @srem_i64_by_1000(1234566999) == 999
; run: @srem_i64_by_1000(3001) == 1
; run: @srem_i64_by_1000(6999) == 999
define i64 @udiv_i64_by_1000(i64 %a) {
  %r = udiv i64 %a, 1000
  ret i64 %r
}
; run: @udiv_i64_by_1000(0) == 0
; run: @udiv_i64_by_1000(1) == 0
; run: @udiv_i64_by_1000(-1) == 18446744073709551
; run: @udiv_i64_by_1000(9223372036854775807) == 9223372036854775
; run: @udiv_i64_by_1000(-9223372036854775808) == 9223372036854775
; run: @udiv_i64_by_1000(-9223372036854775807) == 9223372036854775
; run: @udiv_i64_by_1000(999) == 0
; run: @udiv_i64_by_1000(1000) == 1
; run: @udiv_i64_by_1000(1001) == 1
; run: @udiv_i64_by_1000(-1000) == 18446744073709550
; run: @udiv_i64_by_1000(-999) == 18446744073709550
; run: @udiv_i64_by_1000(-1001) == 18446744073709550
; run: @udiv_i64_by_1000(1234566999) == 1234566
; run: @udiv_i64_by_1000(3001) == 3
; run: @udiv_i64_by_1000(6999) == 6
define i64 @urem_i64_by_1000(i64 %a) {
  %r = urem i64 %a, 1000
  ret i64 %r
}
; run: @urem_i64_by_1000(0) == 0
; run: @urem_i64_by_1000(1) == 1
; run: @urem_i64_by_1000(-1) == 615
; run: @urem_i64_by_1000(9223372036854775807) == 807
; run: @urem_i64_by_1000(-9223372036854775808) == 808
; run: @urem_i64_by_1000(-9223372036854775807) == 809
; run: @urem_i64_by_1000(999) == 999
; run: @urem_i64_by_1000(1000) == 0
; run: @urem_i64_by_1000(1001) == 1
; run: @urem_i64_by_1000(-1000) == 616
; run: @urem_i64_by_1000(-999) == 617
; run: @urem_i64_by_1000(-1001) == 615
; run: @urem_i64_by_1000(1234566999) == 999
; run: @urem_i64_by_1000(3001) == 1
; run: @urem_i64_by_1000(6999) == 999

define i64 @sdiv_i64_by_86400(i64 %a) {
  %r = sdiv i64 %a, 86400
  ret i64 %r
}
; run: @sdiv_i64_by_86400(0) == 0
; run: @sdiv_i64_by_86400(1) == 0
; run: @sdiv_i64_by_86400(-1) == 0
; run: @sdiv_i64_by_86400(9223372036854775807) == 106751991167300
; run: @sdiv_i64_by_86400(-9223372036854775808) == -106751991167300
; run: @sdiv_i64_by_86400(-9223372036854775807) == -106751991167300
; run: @sdiv_i64_by_86400(86399) == 0
; run: @sdiv_i64_by_86400(86400) == 1
; run: @sdiv_i64_by_86400(86401) == 1
; run: @sdiv_i64_by_86400(-86400) == -1
; run: @sdiv_i64_by_86400(-86399) == 0
; run: @sdiv_i64_by_86400(-86401) == -1
; run: @sdiv_i64_by_86400(106666588799) == 1234566
; run: @sdiv_i64_by_86400(259201) == 3
; run: @sdiv_i64_by_86400(604799) == 6
define i64 @srem_i64_by_86400(i64 %a) {
  %r = srem i64 %a, 86400
  ret i64 %r
}
; run: @srem_i64_by_86400(0) == 0
; run: @srem_i64_by_86400(1) == 1
; run: @srem_i64_by_86400(-1) == -1
; run: @srem_i64_by_86400(9223372036854775807) == 55807
; run: @srem_i64_by_86400(-9223372036854775808) == -55808
; run: @srem_i64_by_86400(-9223372036854775807) == -55807
; run: @srem_i64_by_86400(86399) == 86399
; run: @srem_i64_by_86400(86400) == 0
; run: @srem_i64_by_86400(86401) == 1
; run: @srem_i64_by_86400(-86400) == 0
; run: @srem_i64_by_86400(-86399) == -86399
; run: @srem_i64_by_86400(-86401) == -1
; run: @srem_i64_by_86400(106666588799) == 86399
; run: @srem_i64_by_86400(259201) == 1
; run: @srem_i64_by_86400(604799) == 86399
define i64 @udiv_i64_by_86400(i64 %a) {
  %r = udiv i64 %a, 86400
  ret i64 %r
}
; run: @udiv_i64_by_86400(0) == 0
; run: @udiv_i64_by_86400(1) == 0
; run: @udiv_i64_by_86400(-1) == 213503982334601
; run: @udiv_i64_by_86400(9223372036854775807) == 106751991167300
; run: @udiv_i64_by_86400(-9223372036854775808) == 106751991167300
; run: @udiv_i64_by_86400(-9223372036854775807) == 106751991167300
; run: @udiv_i64_by_86400(86399) == 0
; run: @udiv_i64_by_86400(86400) == 1
; run: @udiv_i64_by_86400(86401) == 1
; run: @udiv_i64_by_86400(-86400) == 213503982334600
; run: @udiv_i64_by_86400(-86399) == 213503982334600
; run: @udiv_i64_by_86400(-86401) == 213503982334600
; run: @udiv_i64_by_86400(106666588799) == 1234566
; run: @udiv_i64_by_86400(259201) == 3
; run: @udiv_i64_by_86400(604799) == 6
define i64 @urem_i64_by_86400(i64 %a) {
  %r = urem i64 %a, 86400
  ret i64 %r
}
; run: @urem_i64_by_86400(0) == 0
; run: @urem_i64_by_86400(1) == 1
; run: @urem_i64_by_86400(-1) == 25215
; run: @urem_i64_by_86400(9223372036854775807) == 55807
; run: @urem_i64_by_86400(-9223372036854775808) == 55808
; run: @urem_i64_by_86400(-9223372036854775807) == 55809
; run: @urem_i64_by_86400(86399) == 86399
; run: @urem_i64_by_86400(86400) == 0
; run: @urem_i64_by_86400(86401) == 1
; run: @urem_i64_by_86400(-86400) == 25216
; run: @urem_i64_by_86400(-86399) == 25217
; run: @urem_i64_by_86400(-86401) == 25215
; run: @urem_i64_by_86400(106666588799) == 86399
; run: @urem_i64_by_86400(259201) == 1
; run: @urem_i64_by_86400(604799) == 86399

define i64 @sdiv_i64_by_1000000007(i64 %a) {
  %r = sdiv i64 %a, 1000000007
  ret i64 %r
}
; run: @sdiv_i64_by_1000000007(0) == 0
; run: @sdiv_i64_by_1000000007(1) == 0
; run: @sdiv_i64_by_1000000007(-1) == 0
; run: @sdiv_i64_by_1000000007(9223372036854775807) == 9223371972
; run: @sdiv_i64_by_1000000007(-9223372036854775808) == -9223371972
; run: @sdiv_i64_by_1000000007(-9223372036854775807) == -9223371972
; run: @sdiv_i64_by_1000000007(1000000006) == 0
; run: @sdiv_i64_by_1000000007(1000000007) == 1
; run: @sdiv_i64_by_1000000007(1000000008) == 1
; run: @sdiv_i64_by_1000000007(-1000000007) == -1
; run: @sdiv_i64_by_1000000007(-1000000006) == 0
; run: @sdiv_i64_by_1000000007(-1000000008) == -1
; run: @sdiv_i64_by_1000000007(1234567008641968) == 1234566
; run: @sdiv_i64_by_1000000007(3000000022) == 3
; run: @sdiv_i64_by_1000000007(7000000048) == 6
define i64 @srem_i64_by_1000000007(i64 %a) {
  %r = srem i64 %a, 1000000007
  ret i64 %r
}
; run: @srem_i64_by_1000000007(0) == 0
; run: @srem_i64_by_1000000007(1) == 1
; run: @srem_i64_by_1000000007(-1) == -1
; run: @srem_i64_by_1000000007(9223372036854775807) == 291172003
; run: @srem_i64_by_1000000007(-9223372036854775808) == -291172004
; run: @srem_i64_by_1000000007(-9223372036854775807) == -291172003
; run: @srem_i64_by_1000000007(1000000006) == 1000000006
; run: @srem_i64_by_1000000007(1000000007) == 0
; run: @srem_i64_by_1000000007(1000000008) == 1
; run: @srem_i64_by_1000000007(-1000000007) == 0
; run: @srem_i64_by_1000000007(-1000000006) == -1000000006
; run: @srem_i64_by_1000000007(-1000000008) == -1
; run: @srem_i64_by_1000000007(1234567008641968) == 1000000006
; run: @srem_i64_by_1000000007(3000000022) == 1
; run: @srem_i64_by_1000000007(7000000048) == 1000000006
define i64 @udiv_i64_by_1000000007(i64 %a) {
  %r = udiv i64 %a, 1000000007
  ret i64 %r
}
; run: @udiv_i64_by_1000000007(0) == 0
; run: @udiv_i64_by_1000000007(1) == 0
; run: @udiv_i64_by_1000000007(-1) == 18446743944
; run: @udiv_i64_by_1000000007(9223372036854775807) == 9223371972
; run: @udiv_i64_by_1000000007(-9223372036854775808) == 9223371972
; run: @udiv_i64_by_1000000007(-9223372036854775807) == 9223371972
; run: @udiv_i64_by_1000000007(1000000006) == 0
; run: @udiv_i64_by_1000000007(1000000007) == 1
; run: @udiv_i64_by_1000000007(1000000008) == 1
; run: @udiv_i64_by_1000000007(-1000000007) == 18446743943
; run: @udiv_i64_by_1000000007(-1000000006) == 18446743943
; run: @udiv_i64_by_1000000007(-1000000008) == 18446743943
; run: @udiv_i64_by_1000000007(1234567008641968) == 1234566
; run: @udiv_i64_by_1000000007(3000000022) == 3
; run: @udiv_i64_by_1000000007(7000000048) == 6
define i64 @urem_i64_by_1000000007(i64 %a) {
  %r = urem i64 %a, 1000000007
  ret i64 %r
}
; run: @urem_i64_by_1000000007(0) == 0
; run: @urem_i64_by_1000000007(1) == 1
; run: @urem_i64_by_1000000007(-1) == 582344007
; run: @urem_i64_by_1000000007(9223372036854775807) == 291172003
; run: @urem_i64_by_1000000007(-9223372036854775808) == 291172004
; run: @urem_i64_by_1000000007(-9223372036854775807) == 291172005
; run: @urem_i64_by_1000000007(1000000006) == 1000000006
; run: @urem_i64_by_1000000007(1000000007) == 0
; run: @urem_i64_by_1000000007(1000000008) == 1
; run: @urem_i64_by_1000000007(-1000000007) == 582344008
; run: @urem_i64_by_1000000007(-1000000006) == 582344009
; run: @urem_i64_by_1000000007(-1000000008) == 582344007
; run: @urem_i64_by_1000000007(1234567008641968) == 1000000006
; run: @urem_i64_by_1000000007(3000000022) == 1
; run: @urem_i64_by_1000000007(7000000048) == 1000000006

define i64 @sdiv_i64_by_1000000000000000000(i64 %a) {
  %r = sdiv i64 %a, 1000000000000000000
  ret i64 %r
}
; run: @sdiv_i64_by_1000000000000000000(0) == 0
; run: @sdiv_i64_by_1000000000000000000(1) == 0
; run: @sdiv_i64_by_1000000000000000000(-1) == 0
; run: @sdiv_i64_by_1000000000000000000(9223372036854775807) == 9
; run: @sdiv_i64_by_1000000000000000000(-9223372036854775808) == -9
; run: @sdiv_i64_by_1000000000000000000(-9223372036854775807) == -9
; run: @sdiv_i64_by_1000000000000000000(999999999999999999) == 0
; run: @sdiv_i64_by_1000000000000000000(1000000000000000000) == 1
; run: @sdiv_i64_by_1000000000000000000(1000000000000000001) == 1
; run: @sdiv_i64_by_1000000000000000000(-1000000000000000000) == -1
; run: @sdiv_i64_by_1000000000000000000(-999999999999999999) == 0
; run: @sdiv_i64_by_1000000000000000000(-1000000000000000001) == -1
; run: @sdiv_i64_by_1000000000000000000(9223372036854775806) == 9
; run: @sdiv_i64_by_1000000000000000000(3000000000000000001) == 3
; run: @sdiv_i64_by_1000000000000000000(6999999999999999999) == 6
define i64 @srem_i64_by_1000000000000000000(i64 %a) {
  %r = srem i64 %a, 1000000000000000000
  ret i64 %r
}
; run: @srem_i64_by_1000000000000000000(0) == 0
; run: @srem_i64_by_1000000000000000000(1) == 1
; run: @srem_i64_by_1000000000000000000(-1) == -1
; run: @srem_i64_by_1000000000000000000(9223372036854775807) == 223372036854775807
; run: @srem_i64_by_1000000000000000000(-9223372036854775808) == -223372036854775808
; run: @srem_i64_by_1000000000000000000(-9223372036854775807) == -223372036854775807
; run: @srem_i64_by_1000000000000000000(999999999999999999) == 999999999999999999
; run: @srem_i64_by_1000000000000000000(1000000000000000000) == 0
; run: @srem_i64_by_1000000000000000000(1000000000000000001) == 1
; run: @srem_i64_by_1000000000000000000(-1000000000000000000) == 0
; run: @srem_i64_by_1000000000000000000(-999999999999999999) == -999999999999999999
; run: @srem_i64_by_1000000000000000000(-1000000000000000001) == -1
; run: @srem_i64_by_1000000000000000000(9223372036854775806) == 223372036854775806
; run: @srem_i64_by_1000000000000000000(3000000000000000001) == 1
; run: @srem_i64_by_1000000000000000000(6999999999999999999) == 999999999999999999
define i64 @udiv_i64_by_1000000000000000000(i64 %a) {
  %r = udiv i64 %a, 1000000000000000000
  ret i64 %r
}
; run: @udiv_i64_by_1000000000000000000(0) == 0
; run: @udiv_i64_by_1000000000000000000(1) == 0
; run: @udiv_i64_by_1000000000000000000(-1) == 18
; run: @udiv_i64_by_1000000000000000000(9223372036854775807) == 9
; run: @udiv_i64_by_1000000000000000000(-9223372036854775808) == 9
; run: @udiv_i64_by_1000000000000000000(-9223372036854775807) == 9
; run: @udiv_i64_by_1000000000000000000(999999999999999999) == 0
; run: @udiv_i64_by_1000000000000000000(1000000000000000000) == 1
; run: @udiv_i64_by_1000000000000000000(1000000000000000001) == 1
; run: @udiv_i64_by_1000000000000000000(-1000000000000000000) == 17
; run: @udiv_i64_by_1000000000000000000(-999999999999999999) == 17
; run: @udiv_i64_by_1000000000000000000(-1000000000000000001) == 17
; run: @udiv_i64_by_1000000000000000000(9223372036854775806) == 9
; run: @udiv_i64_by_1000000000000000000(3000000000000000001) == 3
; run: @udiv_i64_by_1000000000000000000(6999999999999999999) == 6
define i64 @urem_i64_by_1000000000000000000(i64 %a) {
  %r = urem i64 %a, 1000000000000000000
  ret i64 %r
}
; run: @urem_i64_by_1000000000000000000(0) == 0
; run: @urem_i64_by_1000000000000000000(1) == 1
; run: @urem_i64_by_1000000000000000000(-1) == 446744073709551615
; run: @urem_i64_by_1000000000000000000(9223372036854775807) == 223372036854775807
; run: @urem_i64_by_1000000000000000000(-9223372036854775808) == 223372036854775808
; run: @urem_i64_by_1000000000000000000(-9223372036854775807) == 223372036854775809
; run: @urem_i64_by_1000000000000000000(999999999999999999) == 999999999999999999
; run: @urem_i64_by_1000000000000000000(1000000000000000000) == 0
; run: @urem_i64_by_1000000000000000000(1000000000000000001) == 1
; run: @urem_i64_by_1000000000000000000(-1000000000000000000) == 446744073709551616
; run: @urem_i64_by_1000000000000000000(-999999999999999999) == 446744073709551617
; run: @urem_i64_by_1000000000000000000(-1000000000000000001) == 446744073709551615
; run: @urem_i64_by_1000000000000000000(9223372036854775806) == 223372036854775806
; run: @urem_i64_by_1000000000000000000(3000000000000000001) == 1
; run: @urem_i64_by_1000000000000000000(6999999999999999999) == 999999999999999999

define i64 @sdiv_i64_by_6148914691236517205(i64 %a) {
  %r = sdiv i64 %a, 6148914691236517205
  ret i64 %r
}
; run: @sdiv_i64_by_6148914691236517205(0) == 0
; run: @sdiv_i64_by_6148914691236517205(1) == 0
; run: @sdiv_i64_by_6148914691236517205(-1) == 0
; run: @sdiv_i64_by_6148914691236517205(9223372036854775807) == 1
; run: @sdiv_i64_by_6148914691236517205(-9223372036854775808) == -1
; run: @sdiv_i64_by_6148914691236517205(-9223372036854775807) == -1
; run: @sdiv_i64_by_6148914691236517205(6148914691236517204) == 0
; run: @sdiv_i64_by_6148914691236517205(6148914691236517205) == 1
; run: @sdiv_i64_by_6148914691236517205(6148914691236517206) == 1
; run: @sdiv_i64_by_6148914691236517205(-6148914691236517205) == -1
; run: @sdiv_i64_by_6148914691236517205(-6148914691236517204) == 0
; run: @sdiv_i64_by_6148914691236517205(-6148914691236517206) == -1
; run: @sdiv_i64_by_6148914691236517205(9223372036854775806) == 1
; run: @sdiv_i64_by_6148914691236517205(6148914691236517202) == 0
define i64 @srem_i64_by_6148914691236517205(i64 %a) {
  %r = srem i64 %a, 6148914691236517205
  ret i64 %r
}
; run: @srem_i64_by_6148914691236517205(0) == 0
; run: @srem_i64_by_6148914691236517205(1) == 1
; run: @srem_i64_by_6148914691236517205(-1) == -1
; run: @srem_i64_by_6148914691236517205(9223372036854775807) == 3074457345618258602
; run: @srem_i64_by_6148914691236517205(-9223372036854775808) == -3074457345618258603
; run: @srem_i64_by_6148914691236517205(-9223372036854775807) == -3074457345618258602
; run: @srem_i64_by_6148914691236517205(6148914691236517204) == 6148914691236517204
; run: @srem_i64_by_6148914691236517205(6148914691236517205) == 0
; run: @srem_i64_by_6148914691236517205(6148914691236517206) == 1
; run: @srem_i64_by_6148914691236517205(-6148914691236517205) == 0
; run: @srem_i64_by_6148914691236517205(-6148914691236517204) == -6148914691236517204
; run: @srem_i64_by_6148914691236517205(-6148914691236517206) == -1
; run: @srem_i64_by_6148914691236517205(9223372036854775806) == 3074457345618258601
; run: @srem_i64_by_6148914691236517205(6148914691236517202) == 6148914691236517202
define i64 @udiv_i64_by_6148914691236517205(i64 %a) {
  %r = udiv i64 %a, 6148914691236517205
  ret i64 %r
}
; run: @udiv_i64_by_6148914691236517205(0) == 0
; run: @udiv_i64_by_6148914691236517205(1) == 0
; run: @udiv_i64_by_6148914691236517205(-1) == 3
; run: @udiv_i64_by_6148914691236517205(9223372036854775807) == 1
; run: @udiv_i64_by_6148914691236517205(-9223372036854775808) == 1
; run: @udiv_i64_by_6148914691236517205(-9223372036854775807) == 1
; run: @udiv_i64_by_6148914691236517205(6148914691236517204) == 0
; run: @udiv_i64_by_6148914691236517205(6148914691236517205) == 1
; run: @udiv_i64_by_6148914691236517205(6148914691236517206) == 1
; run: @udiv_i64_by_6148914691236517205(-6148914691236517205) == 2
; run: @udiv_i64_by_6148914691236517205(-6148914691236517204) == 2
; run: @udiv_i64_by_6148914691236517205(-6148914691236517206) == 2
; run: @udiv_i64_by_6148914691236517205(9223372036854775806) == 1
; run: @udiv_i64_by_6148914691236517205(6148914691236517202) == 0
define i64 @urem_i64_by_6148914691236517205(i64 %a) {
  %r = urem i64 %a, 6148914691236517205
  ret i64 %r
}
; run: @urem_i64_by_6148914691236517205(0) == 0
; run: @urem_i64_by_6148914691236517205(1) == 1
; run: @urem_i64_by_6148914691236517205(-1) == 0
; run: @urem_i64_by_6148914691236517205(9223372036854775807) == 3074457345618258602
; run: @urem_i64_by_6148914691236517205(-9223372036854775808) == 3074457345618258603
; run: @urem_i64_by_6148914691236517205(-9223372036854775807) == 3074457345618258604
; run: @urem_i64_by_6148914691236517205(6148914691236517204) == 6148914691236517204
; run: @urem_i64_by_6148914691236517205(6148914691236517205) == 0
; run: @urem_i64_by_6148914691236517205(6148914691236517206) == 1
; run: @urem_i64_by_6148914691236517205(-6148914691236517205) == 1
; run: @urem_i64_by_6148914691236517205(-6148914691236517204) == 2
; run: @urem_i64_by_6148914691236517205(-6148914691236517206) == 0
; run: @urem_i64_by_6148914691236517205(9223372036854775806) == 3074457345618258601
; run: @urem_i64_by_6148914691236517205(6148914691236517202) == 6148914691236517202

define i64 @sdiv_i64_by_m2(i64 %a) {
  %r = sdiv i64 %a, -2
  ret i64 %r
}
; run: @sdiv_i64_by_m2(0) == 0
; run: @sdiv_i64_by_m2(1) == 0
; run: @sdiv_i64_by_m2(-1) == 0
; run: @sdiv_i64_by_m2(9223372036854775807) == -4611686018427387903
; run: @sdiv_i64_by_m2(-9223372036854775808) == 4611686018427387904
; run: @sdiv_i64_by_m2(-9223372036854775807) == 4611686018427387903
; run: @sdiv_i64_by_m2(2) == -1
; run: @sdiv_i64_by_m2(3) == -1
; run: @sdiv_i64_by_m2(-2) == 1
; run: @sdiv_i64_by_m2(-3) == 1
; run: @sdiv_i64_by_m2(2469133) == -1234566
; run: @sdiv_i64_by_m2(7) == -3
; run: @sdiv_i64_by_m2(13) == -6
define i64 @srem_i64_by_m2(i64 %a) {
  %r = srem i64 %a, -2
  ret i64 %r
}
; run: @srem_i64_by_m2(0) == 0
; run: @srem_i64_by_m2(1) == 1
; run: @srem_i64_by_m2(-1) == -1
; run: @srem_i64_by_m2(9223372036854775807) == 1
; run: @srem_i64_by_m2(-9223372036854775808) == 0
; run: @srem_i64_by_m2(-9223372036854775807) == -1
; run: @srem_i64_by_m2(2) == 0
; run: @srem_i64_by_m2(3) == 1
; run: @srem_i64_by_m2(-2) == 0
; run: @srem_i64_by_m2(-3) == -1
; run: @srem_i64_by_m2(2469133) == 1
; run: @srem_i64_by_m2(7) == 1
; run: @srem_i64_by_m2(13) == 1
define i64 @udiv_i64_by_m2(i64 %a) {
  %r = udiv i64 %a, -2
  ret i64 %r
}
; run: @udiv_i64_by_m2(0) == 0
; run: @udiv_i64_by_m2(1) == 0
; run: @udiv_i64_by_m2(-1) == 1
; run: @udiv_i64_by_m2(9223372036854775807) == 0
; run: @udiv_i64_by_m2(-9223372036854775808) == 0
; run: @udiv_i64_by_m2(-9223372036854775807) == 0
; run: @udiv_i64_by_m2(2) == 0
; run: @udiv_i64_by_m2(3) == 0
; run: @udiv_i64_by_m2(-2) == 1
; run: @udiv_i64_by_m2(-3) == 0
; run: @udiv_i64_by_m2(2469133) == 0
; run: @udiv_i64_by_m2(7) == 0
; run: @udiv_i64_by_m2(13) == 0
define i64 @urem_i64_by_m2(i64 %a) {
  %r = urem i64 %a, -2
  ret i64 %r
}
; run: @urem_i64_by_m2(0) == 0
; run: @urem_i64_by_m2(1) == 1
; run: @urem_i64_by_m2(-1) == 1
; run: @urem_i64_by_m2(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m2(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m2(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m2(2) == 2
; run: @urem_i64_by_m2(3) == 3
; run: @urem_i64_by_m2(-2) == 0
; run: @urem_i64_by_m2(-3) == -3
; run: @urem_i64_by_m2(2469133) == 2469133
; run: @urem_i64_by_m2(7) == 7
; run: @urem_i64_by_m2(13) == 13

define i64 @sdiv_i64_by_m3(i64 %a) {
  %r = sdiv i64 %a, -3
  ret i64 %r
}
; run: @sdiv_i64_by_m3(0) == 0
; run: @sdiv_i64_by_m3(1) == 0
; run: @sdiv_i64_by_m3(-1) == 0
; run: @sdiv_i64_by_m3(9223372036854775807) == -3074457345618258602
; run: @sdiv_i64_by_m3(-9223372036854775808) == 3074457345618258602
; run: @sdiv_i64_by_m3(-9223372036854775807) == 3074457345618258602
; run: @sdiv_i64_by_m3(2) == 0
; run: @sdiv_i64_by_m3(3) == -1
; run: @sdiv_i64_by_m3(4) == -1
; run: @sdiv_i64_by_m3(-3) == 1
; run: @sdiv_i64_by_m3(-2) == 0
; run: @sdiv_i64_by_m3(-4) == 1
; run: @sdiv_i64_by_m3(3703700) == -1234566
; run: @sdiv_i64_by_m3(10) == -3
; run: @sdiv_i64_by_m3(20) == -6
define i64 @srem_i64_by_m3(i64 %a) {
  %r = srem i64 %a, -3
  ret i64 %r
}
; run: @srem_i64_by_m3(0) == 0
; run: @srem_i64_by_m3(1) == 1
; run: @srem_i64_by_m3(-1) == -1
; run: @srem_i64_by_m3(9223372036854775807) == 1
; run: @srem_i64_by_m3(-9223372036854775808) == -2
; run: @srem_i64_by_m3(-9223372036854775807) == -1
; run: @srem_i64_by_m3(2) == 2
; run: @srem_i64_by_m3(3) == 0
; run: @srem_i64_by_m3(4) == 1
; run: @srem_i64_by_m3(-3) == 0
; run: @srem_i64_by_m3(-2) == -2
; run: @srem_i64_by_m3(-4) == -1
; run: @srem_i64_by_m3(3703700) == 2
; run: @srem_i64_by_m3(10) == 1
; run: @srem_i64_by_m3(20) == 2
define i64 @udiv_i64_by_m3(i64 %a) {
  %r = udiv i64 %a, -3
  ret i64 %r
}
; run: @udiv_i64_by_m3(0) == 0
; run: @udiv_i64_by_m3(1) == 0
; run: @udiv_i64_by_m3(-1) == 1
; run: @udiv_i64_by_m3(9223372036854775807) == 0
; run: @udiv_i64_by_m3(-9223372036854775808) == 0
; run: @udiv_i64_by_m3(-9223372036854775807) == 0
; run: @udiv_i64_by_m3(2) == 0
; run: @udiv_i64_by_m3(3) == 0
; run: @udiv_i64_by_m3(4) == 0
; run: @udiv_i64_by_m3(-3) == 1
; run: @udiv_i64_by_m3(-2) == 1
; run: @udiv_i64_by_m3(-4) == 0
; run: @udiv_i64_by_m3(3703700) == 0
; run: @udiv_i64_by_m3(10) == 0
; run: @udiv_i64_by_m3(20) == 0
define i64 @urem_i64_by_m3(i64 %a) {
  %r = urem i64 %a, -3
  ret i64 %r
}
; run: @urem_i64_by_m3(0) == 0
; run: @urem_i64_by_m3(1) == 1
; run: @urem_i64_by_m3(-1) == 2
; run: @urem_i64_by_m3(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m3(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m3(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m3(2) == 2
; run: @urem_i64_by_m3(3) == 3
; run: @urem_i64_by_m3(4) == 4
; run: @urem_i64_by_m3(-3) == 0
; run: @urem_i64_by_m3(-2) == 1
; run: @urem_i64_by_m3(-4) == -4
; run: @urem_i64_by_m3(3703700) == 3703700
; run: @urem_i64_by_m3(10) == 10
; run: @urem_i64_by_m3(20) == 20

define i64 @sdiv_i64_by_m5(i64 %a) {
  %r = sdiv i64 %a, -5
  ret i64 %r
}
; run: @sdiv_i64_by_m5(0) == 0
; run: @sdiv_i64_by_m5(1) == 0
; run: @sdiv_i64_by_m5(-1) == 0
; run: @sdiv_i64_by_m5(9223372036854775807) == -1844674407370955161
; run: @sdiv_i64_by_m5(-9223372036854775808) == 1844674407370955161
; run: @sdiv_i64_by_m5(-9223372036854775807) == 1844674407370955161
; run: @sdiv_i64_by_m5(4) == 0
; run: @sdiv_i64_by_m5(5) == -1
; run: @sdiv_i64_by_m5(6) == -1
; run: @sdiv_i64_by_m5(-5) == 1
; run: @sdiv_i64_by_m5(-4) == 0
; run: @sdiv_i64_by_m5(-6) == 1
; run: @sdiv_i64_by_m5(6172834) == -1234566
; run: @sdiv_i64_by_m5(16) == -3
; run: @sdiv_i64_by_m5(34) == -6
define i64 @srem_i64_by_m5(i64 %a) {
  %r = srem i64 %a, -5
  ret i64 %r
}
; run: @srem_i64_by_m5(0) == 0
; run: @srem_i64_by_m5(1) == 1
; run: @srem_i64_by_m5(-1) == -1
; run: @srem_i64_by_m5(9223372036854775807) == 2
; run: @srem_i64_by_m5(-9223372036854775808) == -3
; run: @srem_i64_by_m5(-9223372036854775807) == -2
; run: @srem_i64_by_m5(4) == 4
; run: @srem_i64_by_m5(5) == 0
; run: @srem_i64_by_m5(6) == 1
; run: @srem_i64_by_m5(-5) == 0
; run: @srem_i64_by_m5(-4) == -4
; run: @srem_i64_by_m5(-6) == -1
; run: @srem_i64_by_m5(6172834) == 4
; run: @srem_i64_by_m5(16) == 1
; run: @srem_i64_by_m5(34) == 4
define i64 @udiv_i64_by_m5(i64 %a) {
  %r = udiv i64 %a, -5
  ret i64 %r
}
; run: @udiv_i64_by_m5(0) == 0
; run: @udiv_i64_by_m5(1) == 0
; run: @udiv_i64_by_m5(-1) == 1
; run: @udiv_i64_by_m5(9223372036854775807) == 0
; run: @udiv_i64_by_m5(-9223372036854775808) == 0
; run: @udiv_i64_by_m5(-9223372036854775807) == 0
; run: @udiv_i64_by_m5(4) == 0
; run: @udiv_i64_by_m5(5) == 0
; run: @udiv_i64_by_m5(6) == 0
; run: @udiv_i64_by_m5(-5) == 1
; run: @udiv_i64_by_m5(-4) == 1
; run: @udiv_i64_by_m5(-6) == 0
; run: @udiv_i64_by_m5(6172834) == 0
; run: @udiv_i64_by_m5(16) == 0
; run: @udiv_i64_by_m5(34) == 0
define i64 @urem_i64_by_m5(i64 %a) {
  %r = urem i64 %a, -5
  ret i64 %r
}
; run: @urem_i64_by_m5(0) == 0
; run: @urem_i64_by_m5(1) == 1
; run: @urem_i64_by_m5(-1) == 4
; run: @urem_i64_by_m5(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m5(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m5(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m5(4) == 4
; run: @urem_i64_by_m5(5) == 5
; run: @urem_i64_by_m5(6) == 6
; run: @urem_i64_by_m5(-5) == 0
; run: @urem_i64_by_m5(-4) == 1
; run: @urem_i64_by_m5(-6) == -6
; run: @urem_i64_by_m5(6172834) == 6172834
; run: @urem_i64_by_m5(16) == 16
; run: @urem_i64_by_m5(34) == 34

define i64 @sdiv_i64_by_m8(i64 %a) {
  %r = sdiv i64 %a, -8
  ret i64 %r
}
; run: @sdiv_i64_by_m8(0) == 0
; run: @sdiv_i64_by_m8(1) == 0
; run: @sdiv_i64_by_m8(-1) == 0
; run: @sdiv_i64_by_m8(9223372036854775807) == -1152921504606846975
; run: @sdiv_i64_by_m8(-9223372036854775808) == 1152921504606846976
; run: @sdiv_i64_by_m8(-9223372036854775807) == 1152921504606846975
; run: @sdiv_i64_by_m8(7) == 0
; run: @sdiv_i64_by_m8(8) == -1
; run: @sdiv_i64_by_m8(9) == -1
; run: @sdiv_i64_by_m8(-8) == 1
; run: @sdiv_i64_by_m8(-7) == 0
; run: @sdiv_i64_by_m8(-9) == 1
; run: @sdiv_i64_by_m8(9876535) == -1234566
; run: @sdiv_i64_by_m8(25) == -3
; run: @sdiv_i64_by_m8(55) == -6
define i64 @srem_i64_by_m8(i64 %a) {
  %r = srem i64 %a, -8
  ret i64 %r
}
; run: @srem_i64_by_m8(0) == 0
; run: @srem_i64_by_m8(1) == 1
; run: @srem_i64_by_m8(-1) == -1
; run: @srem_i64_by_m8(9223372036854775807) == 7
; run: @srem_i64_by_m8(-9223372036854775808) == 0
; run: @srem_i64_by_m8(-9223372036854775807) == -7
; run: @srem_i64_by_m8(7) == 7
; run: @srem_i64_by_m8(8) == 0
; run: @srem_i64_by_m8(9) == 1
; run: @srem_i64_by_m8(-8) == 0
; run: @srem_i64_by_m8(-7) == -7
; run: @srem_i64_by_m8(-9) == -1
; run: @srem_i64_by_m8(9876535) == 7
; run: @srem_i64_by_m8(25) == 1
; run: @srem_i64_by_m8(55) == 7
define i64 @udiv_i64_by_m8(i64 %a) {
  %r = udiv i64 %a, -8
  ret i64 %r
}
; run: @udiv_i64_by_m8(0) == 0
; run: @udiv_i64_by_m8(1) == 0
; run: @udiv_i64_by_m8(-1) == 1
; run: @udiv_i64_by_m8(9223372036854775807) == 0
; run: @udiv_i64_by_m8(-9223372036854775808) == 0
; run: @udiv_i64_by_m8(-9223372036854775807) == 0
; run: @udiv_i64_by_m8(7) == 0
; run: @udiv_i64_by_m8(8) == 0
; run: @udiv_i64_by_m8(9) == 0
; run: @udiv_i64_by_m8(-8) == 1
; run: @udiv_i64_by_m8(-7) == 1
; run: @udiv_i64_by_m8(-9) == 0
; run: @udiv_i64_by_m8(9876535) == 0
; run: @udiv_i64_by_m8(25) == 0
; run: @udiv_i64_by_m8(55) == 0
define i64 @urem_i64_by_m8(i64 %a) {
  %r = urem i64 %a, -8
  ret i64 %r
}
; run: @urem_i64_by_m8(0) == 0
; run: @urem_i64_by_m8(1) == 1
; run: @urem_i64_by_m8(-1) == 7
; run: @urem_i64_by_m8(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m8(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m8(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m8(7) == 7
; run: @urem_i64_by_m8(8) == 8
; run: @urem_i64_by_m8(9) == 9
; run: @urem_i64_by_m8(-8) == 0
; run: @urem_i64_by_m8(-7) == 1
; run: @urem_i64_by_m8(-9) == -9
; run: @urem_i64_by_m8(9876535) == 9876535
; run: @urem_i64_by_m8(25) == 25
; run: @urem_i64_by_m8(55) == 55

define i64 @sdiv_i64_by_m10(i64 %a) {
  %r = sdiv i64 %a, -10
  ret i64 %r
}
; run: @sdiv_i64_by_m10(0) == 0
; run: @sdiv_i64_by_m10(1) == 0
; run: @sdiv_i64_by_m10(-1) == 0
; run: @sdiv_i64_by_m10(9223372036854775807) == -922337203685477580
; run: @sdiv_i64_by_m10(-9223372036854775808) == 922337203685477580
; run: @sdiv_i64_by_m10(-9223372036854775807) == 922337203685477580
; run: @sdiv_i64_by_m10(9) == 0
; run: @sdiv_i64_by_m10(10) == -1
; run: @sdiv_i64_by_m10(11) == -1
; run: @sdiv_i64_by_m10(-10) == 1
; run: @sdiv_i64_by_m10(-9) == 0
; run: @sdiv_i64_by_m10(-11) == 1
; run: @sdiv_i64_by_m10(12345669) == -1234566
; run: @sdiv_i64_by_m10(31) == -3
; run: @sdiv_i64_by_m10(69) == -6
define i64 @srem_i64_by_m10(i64 %a) {
  %r = srem i64 %a, -10
  ret i64 %r
}
; run: @srem_i64_by_m10(0) == 0
; run: @srem_i64_by_m10(1) == 1
; run: @srem_i64_by_m10(-1) == -1
; run: @srem_i64_by_m10(9223372036854775807) == 7
; run: @srem_i64_by_m10(-9223372036854775808) == -8
; run: @srem_i64_by_m10(-9223372036854775807) == -7
; run: @srem_i64_by_m10(9) == 9
; run: @srem_i64_by_m10(10) == 0
; run: @srem_i64_by_m10(11) == 1
; run: @srem_i64_by_m10(-10) == 0
; run: @srem_i64_by_m10(-9) == -9
; run: @srem_i64_by_m10(-11) == -1
; run: @srem_i64_by_m10(12345669) == 9
; run: @srem_i64_by_m10(31) == 1
; run: @srem_i64_by_m10(69) == 9
define i64 @udiv_i64_by_m10(i64 %a) {
  %r = udiv i64 %a, -10
  ret i64 %r
}
; run: @udiv_i64_by_m10(0) == 0
; run: @udiv_i64_by_m10(1) == 0
; run: @udiv_i64_by_m10(-1) == 1
; run: @udiv_i64_by_m10(9223372036854775807) == 0
; run: @udiv_i64_by_m10(-9223372036854775808) == 0
; run: @udiv_i64_by_m10(-9223372036854775807) == 0
; run: @udiv_i64_by_m10(9) == 0
; run: @udiv_i64_by_m10(10) == 0
; run: @udiv_i64_by_m10(11) == 0
; run: @udiv_i64_by_m10(-10) == 1
; run: @udiv_i64_by_m10(-9) == 1
; run: @udiv_i64_by_m10(-11) == 0
; run: @udiv_i64_by_m10(12345669) == 0
; run: @udiv_i64_by_m10(31) == 0
; run: @udiv_i64_by_m10(69) == 0
define i64 @urem_i64_by_m10(i64 %a) {
  %r = urem i64 %a, -10
  ret i64 %r
}
; run: @urem_i64_by_m10(0) == 0
; run: @urem_i64_by_m10(1) == 1
; run: @urem_i64_by_m10(-1) == 9
; run: @urem_i64_by_m10(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m10(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m10(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m10(9) == 9
; run: @urem_i64_by_m10(10) == 10
; run: @urem_i64_by_m10(11) == 11
; run: @urem_i64_by_m10(-10) == 0
; run: @urem_i64_by_m10(-9) == 1
; run: @urem_i64_by_m10(-11) == -11
; run: @urem_i64_by_m10(12345669) == 12345669
; run: @urem_i64_by_m10(31) == 31
; run: @urem_i64_by_m10(69) == 69

define i64 @sdiv_i64_by_m1000(i64 %a) {
  %r = sdiv i64 %a, -1000
  ret i64 %r
}
; run: @sdiv_i64_by_m1000(0) == 0
; run: @sdiv_i64_by_m1000(1) == 0
; run: @sdiv_i64_by_m1000(-1) == 0
; run: @sdiv_i64_by_m1000(9223372036854775807) == -9223372036854775
; run: @sdiv_i64_by_m1000(-9223372036854775808) == 9223372036854775
; run: @sdiv_i64_by_m1000(-9223372036854775807) == 9223372036854775
; run: @sdiv_i64_by_m1000(999) == 0
; run: @sdiv_i64_by_m1000(1000) == -1
; run: @sdiv_i64_by_m1000(1001) == -1
; run: @sdiv_i64_by_m1000(-1000) == 1
; run: @sdiv_i64_by_m1000(-999) == 0
; run: @sdiv_i64_by_m1000(-1001) == 1
; run: @sdiv_i64_by_m1000(1234566999) == -1234566
; run: @sdiv_i64_by_m1000(3001) == -3
; run: @sdiv_i64_by_m1000(6999) == -6
define i64 @srem_i64_by_m1000(i64 %a) {
  %r = srem i64 %a, -1000
  ret i64 %r
}
; run: @srem_i64_by_m1000(0) == 0
; run: @srem_i64_by_m1000(1) == 1
; run: @srem_i64_by_m1000(-1) == -1
; run: @srem_i64_by_m1000(9223372036854775807) == 807
; run: @srem_i64_by_m1000(-9223372036854775808) == -808
; run: @srem_i64_by_m1000(-9223372036854775807) == -807
; run: @srem_i64_by_m1000(999) == 999
; run: @srem_i64_by_m1000(1000) == 0
; run: @srem_i64_by_m1000(1001) == 1
; run: @srem_i64_by_m1000(-1000) == 0
; run: @srem_i64_by_m1000(-999) == -999
; run: @srem_i64_by_m1000(-1001) == -1
; run: @srem_i64_by_m1000(1234566999) == 999
; run: @srem_i64_by_m1000(3001) == 1
; run: @srem_i64_by_m1000(6999) == 999
define i64 @udiv_i64_by_m1000(i64 %a) {
  %r = udiv i64 %a, -1000
  ret i64 %r
}
; run: @udiv_i64_by_m1000(0) == 0
; run: @udiv_i64_by_m1000(1) == 0
; run: @udiv_i64_by_m1000(-1) == 1
; run: @udiv_i64_by_m1000(9223372036854775807) == 0
; run: @udiv_i64_by_m1000(-9223372036854775808) == 0
; run: @udiv_i64_by_m1000(-9223372036854775807) == 0
; run: @udiv_i64_by_m1000(999) == 0
; run: @udiv_i64_by_m1000(1000) == 0
; run: @udiv_i64_by_m1000(1001) == 0
; run: @udiv_i64_by_m1000(-1000) == 1
; run: @udiv_i64_by_m1000(-999) == 1
; run: @udiv_i64_by_m1000(-1001) == 0
; run: @udiv_i64_by_m1000(1234566999) == 0
; run: @udiv_i64_by_m1000(3001) == 0
; run: @udiv_i64_by_m1000(6999) == 0
define i64 @urem_i64_by_m1000(i64 %a) {
  %r = urem i64 %a, -1000
  ret i64 %r
}
; run: @urem_i64_by_m1000(0) == 0
; run: @urem_i64_by_m1000(1) == 1
; run: @urem_i64_by_m1000(-1) == 999
; run: @urem_i64_by_m1000(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m1000(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m1000(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m1000(999) == 999
; run: @urem_i64_by_m1000(1000) == 1000
; run: @urem_i64_by_m1000(1001) == 1001
; run: @urem_i64_by_m1000(-1000) == 0
; run: @urem_i64_by_m1000(-999) == 1
; run: @urem_i64_by_m1000(-1001) == -1001
; run: @urem_i64_by_m1000(1234566999) == 1234566999
; run: @urem_i64_by_m1000(3001) == 3001
; run: @urem_i64_by_m1000(6999) == 6999

define i64 @sdiv_i64_by_m1000000000000000(i64 %a) {
  %r = sdiv i64 %a, -1000000000000000
  ret i64 %r
}
; run: @sdiv_i64_by_m1000000000000000(0) == 0
; run: @sdiv_i64_by_m1000000000000000(1) == 0
; run: @sdiv_i64_by_m1000000000000000(-1) == 0
; run: @sdiv_i64_by_m1000000000000000(9223372036854775807) == -9223
; run: @sdiv_i64_by_m1000000000000000(-9223372036854775808) == 9223
; run: @sdiv_i64_by_m1000000000000000(-9223372036854775807) == 9223
; run: @sdiv_i64_by_m1000000000000000(999999999999999) == 0
; run: @sdiv_i64_by_m1000000000000000(1000000000000000) == -1
; run: @sdiv_i64_by_m1000000000000000(1000000000000001) == -1
; run: @sdiv_i64_by_m1000000000000000(-1000000000000000) == 1
; run: @sdiv_i64_by_m1000000000000000(-999999999999999) == 0
; run: @sdiv_i64_by_m1000000000000000(-1000000000000001) == 1
; run: @sdiv_i64_by_m1000000000000000(9223372036854775806) == -9223
; run: @sdiv_i64_by_m1000000000000000(3000000000000001) == -3
; run: @sdiv_i64_by_m1000000000000000(6999999999999999) == -6
define i64 @srem_i64_by_m1000000000000000(i64 %a) {
  %r = srem i64 %a, -1000000000000000
  ret i64 %r
}
; run: @srem_i64_by_m1000000000000000(0) == 0
; run: @srem_i64_by_m1000000000000000(1) == 1
; run: @srem_i64_by_m1000000000000000(-1) == -1
; run: @srem_i64_by_m1000000000000000(9223372036854775807) == 372036854775807
; run: @srem_i64_by_m1000000000000000(-9223372036854775808) == -372036854775808
; run: @srem_i64_by_m1000000000000000(-9223372036854775807) == -372036854775807
; run: @srem_i64_by_m1000000000000000(999999999999999) == 999999999999999
; run: @srem_i64_by_m1000000000000000(1000000000000000) == 0
; run: @srem_i64_by_m1000000000000000(1000000000000001) == 1
; run: @srem_i64_by_m1000000000000000(-1000000000000000) == 0
; run: @srem_i64_by_m1000000000000000(-999999999999999) == -999999999999999
; run: @srem_i64_by_m1000000000000000(-1000000000000001) == -1
; run: @srem_i64_by_m1000000000000000(9223372036854775806) == 372036854775806
; run: @srem_i64_by_m1000000000000000(3000000000000001) == 1
; run: @srem_i64_by_m1000000000000000(6999999999999999) == 999999999999999
define i64 @udiv_i64_by_m1000000000000000(i64 %a) {
  %r = udiv i64 %a, -1000000000000000
  ret i64 %r
}
; run: @udiv_i64_by_m1000000000000000(0) == 0
; run: @udiv_i64_by_m1000000000000000(1) == 0
; run: @udiv_i64_by_m1000000000000000(-1) == 1
; run: @udiv_i64_by_m1000000000000000(9223372036854775807) == 0
; run: @udiv_i64_by_m1000000000000000(-9223372036854775808) == 0
; run: @udiv_i64_by_m1000000000000000(-9223372036854775807) == 0
; run: @udiv_i64_by_m1000000000000000(999999999999999) == 0
; run: @udiv_i64_by_m1000000000000000(1000000000000000) == 0
; run: @udiv_i64_by_m1000000000000000(1000000000000001) == 0
; run: @udiv_i64_by_m1000000000000000(-1000000000000000) == 1
; run: @udiv_i64_by_m1000000000000000(-999999999999999) == 1
; run: @udiv_i64_by_m1000000000000000(-1000000000000001) == 0
; run: @udiv_i64_by_m1000000000000000(9223372036854775806) == 0
; run: @udiv_i64_by_m1000000000000000(3000000000000001) == 0
; run: @udiv_i64_by_m1000000000000000(6999999999999999) == 0
define i64 @urem_i64_by_m1000000000000000(i64 %a) {
  %r = urem i64 %a, -1000000000000000
  ret i64 %r
}
; run: @urem_i64_by_m1000000000000000(0) == 0
; run: @urem_i64_by_m1000000000000000(1) == 1
; run: @urem_i64_by_m1000000000000000(-1) == 999999999999999
; run: @urem_i64_by_m1000000000000000(9223372036854775807) == 9223372036854775807
; run: @urem_i64_by_m1000000000000000(-9223372036854775808) == -9223372036854775808
; run: @urem_i64_by_m1000000000000000(-9223372036854775807) == -9223372036854775807
; run: @urem_i64_by_m1000000000000000(999999999999999) == 999999999999999
; run: @urem_i64_by_m1000000000000000(1000000000000000) == 1000000000000000
; run: @urem_i64_by_m1000000000000000(1000000000000001) == 1000000000000001
; run: @urem_i64_by_m1000000000000000(-1000000000000000) == 0
; run: @urem_i64_by_m1000000000000000(-999999999999999) == 1
; run: @urem_i64_by_m1000000000000000(-1000000000000001) == -1000000000000001
; run: @urem_i64_by_m1000000000000000(9223372036854775806) == 9223372036854775806
; run: @urem_i64_by_m1000000000000000(3000000000000001) == 3000000000000001
; run: @urem_i64_by_m1000000000000000(6999999999999999) == 6999999999999999

