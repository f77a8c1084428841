; Stores and loads of integers of odd and byte widths at an odd address (byte 1 of a
; buffer of two i64 filled with ones): `load_iN` reads the value back (zero-extended),
; `around_iN` returns the buffer's first word with the stored bytes masked out (the
; bytes around the store must keep their ones), and `word_iN`, for whole-byte widths,
; the first word as it is.
; test run

define i64 @load_i1(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i1
  store i1 %v, ptr %at, align 1
  %back = load i1, ptr %at, align 1
  %r = zext i1 %back to i64
  ret i64 %r
}
; run: @load_i1(0) == 0
; run: @load_i1(1) == 1
; run: @load_i1(-1) == 1
; run: @load_i1(0x123456789abcdef) == 1
; run: @load_i1(0x5a5a5a5a5a5a5a5a) == 0

define i64 @around_i1(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i1
  store i1 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -65281
  ret i64 %r
}
; run: @around_i1(0) == -65281
; run: @around_i1(1) == -65281
; run: @around_i1(-1) == -65281
; run: @around_i1(0x123456789abcdef) == -65281
; run: @around_i1(0x5a5a5a5a5a5a5a5a) == -65281

define i64 @load_i8(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i8
  store i8 %v, ptr %at, align 1
  %back = load i8, ptr %at, align 1
  %r = zext i8 %back to i64
  ret i64 %r
}
; run: @load_i8(0) == 0
; run: @load_i8(1) == 1
; run: @load_i8(-1) == 255
; run: @load_i8(0x123456789abcdef) == 239
; run: @load_i8(0x5a5a5a5a5a5a5a5a) == 90

define i64 @around_i8(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i8
  store i8 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -65281
  ret i64 %r
}
; run: @around_i8(0) == -65281
; run: @around_i8(1) == -65281
; run: @around_i8(-1) == -65281
; run: @around_i8(0x123456789abcdef) == -65281
; run: @around_i8(0x5a5a5a5a5a5a5a5a) == -65281

define i64 @word_i8(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i8
  store i8 %v, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i8(0) == -65281
; run: @word_i8(1) == -65025
; run: @word_i8(-1) == -1
; run: @word_i8(0x123456789abcdef) == -4097
; run: @word_i8(0x5a5a5a5a5a5a5a5a) == -42241

define i64 @load_i12(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i12
  store i12 %v, ptr %at, align 1
  %back = load i12, ptr %at, align 1
  %r = zext i12 %back to i64
  ret i64 %r
}
; run: @load_i12(0) == 0
; run: @load_i12(1) == 1
; run: @load_i12(-1) == 4095
; run: @load_i12(0x123456789abcdef) == 3567
; run: @load_i12(0x5a5a5a5a5a5a5a5a) == 2650

define i64 @around_i12(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i12
  store i12 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -16776961
  ret i64 %r
}
; run: @around_i12(0) == -16776961
; run: @around_i12(1) == -16776961
; run: @around_i12(-1) == -16776961
; run: @around_i12(0x123456789abcdef) == -16776961
; run: @around_i12(0x5a5a5a5a5a5a5a5a) == -16776961

define i64 @load_i17(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i17
  store i17 %v, ptr %at, align 1
  %back = load i17, ptr %at, align 1
  %r = zext i17 %back to i64
  ret i64 %r
}
; run: @load_i17(0) == 0
; run: @load_i17(1) == 1
; run: @load_i17(-1) == 131071
; run: @load_i17(0x123456789abcdef) == 118255
; run: @load_i17(0x5a5a5a5a5a5a5a5a) == 23130

define i64 @around_i17(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i17
  store i17 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -4294967041
  ret i64 %r
}
; run: @around_i17(0) == -4294967041
; run: @around_i17(1) == -4294967041
; run: @around_i17(-1) == -4294967041
; run: @around_i17(0x123456789abcdef) == -4294967041
; run: @around_i17(0x5a5a5a5a5a5a5a5a) == -4294967041

define i64 @load_i24(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i24
  store i24 %v, ptr %at, align 1
  %back = load i24, ptr %at, align 1
  %r = zext i24 %back to i64
  ret i64 %r
}
; run: @load_i24(0) == 0
; run: @load_i24(1) == 1
; run: @load_i24(-1) == 16777215
; run: @load_i24(0x123456789abcdef) == 11259375
; run: @load_i24(0x5a5a5a5a5a5a5a5a) == 5921370

define i64 @around_i24(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i24
  store i24 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -4294967041
  ret i64 %r
}
; run: @around_i24(0) == -4294967041
; run: @around_i24(1) == -4294967041
; run: @around_i24(-1) == -4294967041
; run: @around_i24(0x123456789abcdef) == -4294967041
; run: @around_i24(0x5a5a5a5a5a5a5a5a) == -4294967041

define i64 @word_i24(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i24
  store i24 %v, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i24(0) == -4294967041
; run: @word_i24(1) == -4294966785
; run: @word_i24(-1) == -1
; run: @word_i24(0x123456789abcdef) == -1412567041
; run: @word_i24(0x5a5a5a5a5a5a5a5a) == -2779096321

define i64 @load_i40(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i40
  store i40 %v, ptr %at, align 1
  %back = load i40, ptr %at, align 1
  %r = zext i40 %back to i64
  ret i64 %r
}
; run: @load_i40(0) == 0
; run: @load_i40(1) == 1
; run: @load_i40(-1) == 1099511627775
; run: @load_i40(0x123456789abcdef) == 444691369455
; run: @load_i40(0x5a5a5a5a5a5a5a5a) == 388062927450

define i64 @around_i40(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i40
  store i40 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -281474976710401
  ret i64 %r
}
; run: @around_i40(0) == -281474976710401
; run: @around_i40(1) == -281474976710401
; run: @around_i40(-1) == -281474976710401
; run: @around_i40(0x123456789abcdef) == -281474976710401
; run: @around_i40(0x5a5a5a5a5a5a5a5a) == -281474976710401

define i64 @word_i40(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i40
  store i40 %v, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i40(0) == -281474976710401
; run: @word_i40(1) == -281474976710145
; run: @word_i40(-1) == -1
; run: @word_i40(0x123456789abcdef) == -167633986129921
; run: @word_i40(0x5a5a5a5a5a5a5a5a) == -182130867283201

define i64 @load_i48(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i48
  store i48 %v, ptr %at, align 1
  %back = load i48, ptr %at, align 1
  %r = zext i48 %back to i64
  ret i64 %r
}
; run: @load_i48(0) == 0
; run: @load_i48(1) == 1
; run: @load_i48(-1) == 281474976710655
; run: @load_i48(0x123456789abcdef) == 76310993685999
; run: @load_i48(0x5a5a5a5a5a5a5a5a) == 99344109427290

define i64 @around_i48(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i48
  store i48 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, -72057594037927681
  ret i64 %r
}
; run: @around_i48(0) == -72057594037927681
; run: @around_i48(1) == -72057594037927681
; run: @around_i48(-1) == -72057594037927681
; run: @around_i48(0x123456789abcdef) == -72057594037927681
; run: @around_i48(0x5a5a5a5a5a5a5a5a) == -72057594037927681

define i64 @word_i48(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i48
  store i48 %v, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i48(0) == -72057594037927681
; run: @word_i48(1) == -72057594037927425
; run: @word_i48(-1) == -1
; run: @word_i48(0x123456789abcdef) == -52521979654311937
; run: @word_i48(0x5a5a5a5a5a5a5a5a) == -46625502024541441

define i64 @load_i56(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i56
  store i56 %v, ptr %at, align 1
  %back = load i56, ptr %at, align 1
  %r = zext i56 %back to i64
  ret i64 %r
}
; run: @load_i56(0) == 0
; run: @load_i56(1) == 1
; run: @load_i56(-1) == 72057594037927935
; run: @load_i56(0x123456789abcdef) == 9927935178558959
; run: @load_i56(0x5a5a5a5a5a5a5a5a) == 25432092013386330

define i64 @around_i56(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i56
  store i56 %v, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, 255
  ret i64 %r
}
; run: @around_i56(0) == 255
; run: @around_i56(1) == 255
; run: @around_i56(-1) == 255
; run: @around_i56(0x123456789abcdef) == 255
; run: @around_i56(0x5a5a5a5a5a5a5a5a) == 255

define i64 @word_i56(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  %v = trunc i64 %x to i56
  store i56 %v, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i56(0) == 255
; run: @word_i56(1) == 511
; run: @word_i56(-1) == -1
; run: @word_i56(0x123456789abcdef) == 2541551405711093759
; run: @word_i56(0x5a5a5a5a5a5a5a5a) == 6510615555426900735

define i64 @load_i64(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  store i64 %x, ptr %at, align 1
  %r = load i64, ptr %at, align 1
  ret i64 %r
}
; run: @load_i64(0) == 0
; run: @load_i64(1) == 1
; run: @load_i64(-1) == -1
; run: @load_i64(0x123456789abcdef) == 81985529216486895
; run: @load_i64(0x5a5a5a5a5a5a5a5a) == 6510615555426900570

define i64 @around_i64(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  store i64 %x, ptr %at, align 1
  %whole = load i64, ptr %buf
  %r = and i64 %whole, 255
  ret i64 %r
}
; run: @around_i64(0) == 255
; run: @around_i64(1) == 255
; run: @around_i64(-1) == 255
; run: @around_i64(0x123456789abcdef) == 255
; run: @around_i64(0x5a5a5a5a5a5a5a5a) == 255

define i64 @word_i64(i64 %x) {
  %buf = alloca [2 x i64], align 8
  store i64 -1, ptr %buf
  %hi = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 -1, ptr %hi
  %at = getelementptr inbounds i8, ptr %buf, i64 1
  store i64 %x, ptr %at, align 1
  %r = load i64, ptr %buf
  ret i64 %r
}
; run: @word_i64(0) == 255
; run: @word_i64(1) == 511
; run: @word_i64(-1) == -1
; run: @word_i64(0x123456789abcdef) == 2541551405711093759
; run: @word_i64(0x5a5a5a5a5a5a5a5a) == 6510615555426900735
