; `switch` lowered three ways: a dense range (a jump table), a few sparse values
; (compares), and many sparse values (a binary search), each case through its own block
; into one phi. Case values are unsigned 32-bit patterns, so 0xfffffff0 is also -16.
; test run

define i64 @dense(i32 %x) {
entry:
  switch i32 %x, label %default [
    i32 3, label %case0
    i32 4, label %case1
    i32 5, label %case2
    i32 6, label %case3
    i32 7, label %case4
    i32 8, label %case5
    i32 9, label %case6
    i32 10, label %case7
    i32 11, label %case8
    i32 12, label %case9
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
case4:
  br label %join
case5:
  br label %join
case6:
  br label %join
case7:
  br label %join
case8:
  br label %join
case9:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 0, %case0 ], [ 11, %case1 ], [ 22, %case2 ], [ 33, %case3 ], [ 44, %case4 ], [ 55, %case5 ], [ 66, %case6 ], [ 77, %case7 ], [ 88, %case8 ], [ 99, %case9 ], [ -1, %default ]
  ret i64 %r
}
; run: @dense(-5) == -1
; run: @dense(-4) == -1
; run: @dense(-3) == -1
; run: @dense(-2) == -1
; run: @dense(-1) == -1
; run: @dense(0) == -1
; run: @dense(1) == -1
; run: @dense(2) == -1
; run: @dense(3) == 0
; run: @dense(4) == 11
; run: @dense(5) == 22
; run: @dense(6) == 33
; run: @dense(7) == 44
; run: @dense(8) == 55
; run: @dense(9) == 66
; run: @dense(10) == 77
; run: @dense(11) == 88
; run: @dense(12) == 99
; run: @dense(13) == -1
; run: @dense(14) == -1
; run: @dense(15) == -1
; run: @dense(16) == -1
; run: @dense(17) == -1
; run: @dense(18) == -1
; run: @dense(19) == -1

define i64 @sparse(i32 %x) {
entry:
  switch i32 %x, label %default [
    i32 1, label %case0
    i32 1000, label %case1
    i32 -16, label %case2
    i32 77, label %case3
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 5, %case0 ], [ 6, %case1 ], [ 7, %case2 ], [ 8, %case3 ], [ -1, %default ]
  ret i64 %r
}
; run: @sparse(1) == 5
; run: @sparse(1000) == 6
; run: @sparse(-16) == 7
; run: @sparse(4294967280) == 7
; run: @sparse(77) == 8
; run: @sparse(2) == -1
; run: @sparse(0) == -1
; run: @sparse(-1) == -1
; run: @sparse(999) == -1

define i64 @many(i32 %x) {
entry:
  switch i32 %x, label %default [
    i32 5, label %case0
    i32 42, label %case1
    i32 153, label %case2
    i32 338, label %case3
    i32 597, label %case4
    i32 930, label %case5
    i32 1337, label %case6
    i32 1818, label %case7
    i32 2373, label %case8
    i32 3002, label %case9
    i32 3705, label %case10
    i32 4482, label %case11
    i32 5333, label %case12
    i32 6258, label %case13
    i32 7257, label %case14
    i32 8330, label %case15
    i32 9477, label %case16
    i32 10698, label %case17
    i32 11993, label %case18
    i32 13362, label %case19
    i32 14805, label %case20
    i32 16322, label %case21
    i32 17913, label %case22
    i32 19578, label %case23
    i32 21317, label %case24
    i32 23130, label %case25
    i32 25017, label %case26
    i32 26978, label %case27
    i32 29013, label %case28
    i32 31122, label %case29
    i32 33305, label %case30
    i32 35562, label %case31
    i32 37893, label %case32
    i32 40298, label %case33
    i32 42777, label %case34
    i32 45330, label %case35
    i32 47957, label %case36
    i32 50658, label %case37
    i32 53433, label %case38
    i32 56282, label %case39
    i32 59205, label %case40
    i32 62202, label %case41
    i32 65273, label %case42
    i32 68418, label %case43
    i32 71637, label %case44
    i32 74930, label %case45
    i32 78297, label %case46
    i32 81738, label %case47
    i32 85253, label %case48
    i32 88842, label %case49
    i32 92505, label %case50
    i32 96242, label %case51
    i32 100053, label %case52
    i32 103938, label %case53
    i32 107897, label %case54
    i32 111930, label %case55
    i32 116037, label %case56
    i32 120218, label %case57
    i32 124473, label %case58
    i32 128802, label %case59
  ]
case0:
  br label %join
case1:
  br label %join
case2:
  br label %join
case3:
  br label %join
case4:
  br label %join
case5:
  br label %join
case6:
  br label %join
case7:
  br label %join
case8:
  br label %join
case9:
  br label %join
case10:
  br label %join
case11:
  br label %join
case12:
  br label %join
case13:
  br label %join
case14:
  br label %join
case15:
  br label %join
case16:
  br label %join
case17:
  br label %join
case18:
  br label %join
case19:
  br label %join
case20:
  br label %join
case21:
  br label %join
case22:
  br label %join
case23:
  br label %join
case24:
  br label %join
case25:
  br label %join
case26:
  br label %join
case27:
  br label %join
case28:
  br label %join
case29:
  br label %join
case30:
  br label %join
case31:
  br label %join
case32:
  br label %join
case33:
  br label %join
case34:
  br label %join
case35:
  br label %join
case36:
  br label %join
case37:
  br label %join
case38:
  br label %join
case39:
  br label %join
case40:
  br label %join
case41:
  br label %join
case42:
  br label %join
case43:
  br label %join
case44:
  br label %join
case45:
  br label %join
case46:
  br label %join
case47:
  br label %join
case48:
  br label %join
case49:
  br label %join
case50:
  br label %join
case51:
  br label %join
case52:
  br label %join
case53:
  br label %join
case54:
  br label %join
case55:
  br label %join
case56:
  br label %join
case57:
  br label %join
case58:
  br label %join
case59:
  br label %join
default:
  br label %join
join:
  %r = phi i64 [ 0, %case0 ], [ 1, %case1 ], [ 2, %case2 ], [ 3, %case3 ], [ 4, %case4 ], [ 5, %case5 ], [ 6, %case6 ], [ 7, %case7 ], [ 8, %case8 ], [ 9, %case9 ], [ 10, %case10 ], [ 11, %case11 ], [ 12, %case12 ], [ 13, %case13 ], [ 14, %case14 ], [ 15, %case15 ], [ 16, %case16 ], [ 17, %case17 ], [ 18, %case18 ], [ 19, %case19 ], [ 20, %case20 ], [ 21, %case21 ], [ 22, %case22 ], [ 23, %case23 ], [ 24, %case24 ], [ 25, %case25 ], [ 26, %case26 ], [ 27, %case27 ], [ 28, %case28 ], [ 29, %case29 ], [ 30, %case30 ], [ 31, %case31 ], [ 32, %case32 ], [ 33, %case33 ], [ 34, %case34 ], [ 35, %case35 ], [ 36, %case36 ], [ 37, %case37 ], [ 38, %case38 ], [ 39, %case39 ], [ 40, %case40 ], [ 41, %case41 ], [ 42, %case42 ], [ 43, %case43 ], [ 44, %case44 ], [ 45, %case45 ], [ 46, %case46 ], [ 47, %case47 ], [ 48, %case48 ], [ 49, %case49 ], [ 50, %case50 ], [ 51, %case51 ], [ 52, %case52 ], [ 53, %case53 ], [ 54, %case54 ], [ 55, %case55 ], [ 56, %case56 ], [ 57, %case57 ], [ 58, %case58 ], [ 59, %case59 ], [ -1, %default ]
  ret i64 %r
}
; run: @many(5) == 0
; run: @many(6) == -1
; run: @many(42) == 1
; run: @many(43) == -1
; run: @many(153) == 2
; run: @many(154) == -1
; run: @many(338) == 3
; run: @many(339) == -1
; run: @many(597) == 4
; run: @many(598) == -1
; run: @many(930) == 5
; run: @many(931) == -1
; run: @many(1337) == 6
; run: @many(1338) == -1
; run: @many(1818) == 7
; run: @many(1819) == -1
; run: @many(2373) == 8
; run: @many(2374) == -1
; run: @many(3002) == 9
; run: @many(3003) == -1
; run: @many(3705) == 10
; run: @many(3706) == -1
; run: @many(4482) == 11
; run: @many(4483) == -1
; run: @many(5333) == 12
; run: @many(5334) == -1
; run: @many(6258) == 13
; run: @many(6259) == -1
; run: @many(7257) == 14
; run: @many(7258) == -1
; run: @many(8330) == 15
; run: @many(8331) == -1
; run: @many(9477) == 16
; run: @many(9478) == -1
; run: @many(10698) == 17
; run: @many(10699) == -1
; run: @many(11993) == 18
; run: @many(11994) == -1
; run: @many(13362) == 19
; run: @many(13363) == -1
; run: @many(14805) == 20
; run: @many(14806) == -1
; run: @many(16322) == 21
; run: @many(16323) == -1
; run: @many(17913) == 22
; run: @many(17914) == -1
; run: @many(19578) == 23
; run: @many(19579) == -1
; run: @many(21317) == 24
; run: @many(21318) == -1
; run: @many(23130) == 25
; run: @many(23131) == -1
; run: @many(25017) == 26
; run: @many(25018) == -1
; run: @many(26978) == 27
; run: @many(26979) == -1
; run: @many(29013) == 28
; run: @many(29014) == -1
; run: @many(31122) == 29
; run: @many(31123) == -1
; run: @many(33305) == 30
; run: @many(33306) == -1
; run: @many(35562) == 31
; run: @many(35563) == -1
; run: @many(37893) == 32
; run: @many(37894) == -1
; run: @many(40298) == 33
; run: @many(40299) == -1
; run: @many(42777) == 34
; run: @many(42778) == -1
; run: @many(45330) == 35
; run: @many(45331) == -1
; run: @many(47957) == 36
; run: @many(47958) == -1
; run: @many(50658) == 37
; run: @many(50659) == -1
; run: @many(53433) == 38
; run: @many(53434) == -1
; run: @many(56282) == 39
; run: @many(56283) == -1
; run: @many(59205) == 40
; run: @many(59206) == -1
; run: @many(62202) == 41
; run: @many(62203) == -1
; run: @many(65273) == 42
; run: @many(65274) == -1
; run: @many(68418) == 43
; run: @many(68419) == -1
; run: @many(71637) == 44
; run: @many(71638) == -1
; run: @many(74930) == 45
; run: @many(74931) == -1
; run: @many(78297) == 46
; run: @many(78298) == -1
; run: @many(81738) == 47
; run: @many(81739) == -1
; run: @many(85253) == 48
; run: @many(85254) == -1
; run: @many(88842) == 49
; run: @many(88843) == -1
; run: @many(92505) == 50
; run: @many(92506) == -1
; run: @many(96242) == 51
; run: @many(96243) == -1
; run: @many(100053) == 52
; run: @many(100054) == -1
; run: @many(103938) == 53
; run: @many(103939) == -1
; run: @many(107897) == 54
; run: @many(107898) == -1
; run: @many(111930) == 55
; run: @many(111931) == -1
; run: @many(116037) == 56
; run: @many(116038) == -1
; run: @many(120218) == 57
; run: @many(120219) == -1
; run: @many(124473) == 58
; run: @many(124474) == -1
; run: @many(128802) == 59
; run: @many(128803) == -1
; run: @many(-1) == -1
