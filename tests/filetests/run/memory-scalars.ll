; Loads and stores of every scalar type through a global buffer: integers 1 to 64 bits,
; float, double and ptr, volatile and with explicit alignment; a narrow store must not
; touch the neighbouring bytes.
; test run

@buf = global [4 x i64] zeroinitializer, align 16

define i64 @roundtrip_i1(i64 %x) {
  store i64 -1, ptr @buf
  %p = getelementptr inbounds i8, ptr @buf, i64 1
  %v = trunc i64 %x to i1
  store volatile i1 %v, ptr %p, align 1
  %back = load volatile i1, ptr %p, align 1
  %z = zext i1 %back to i64
  %first = load i8, ptr @buf
  %f = zext i8 %first to i64
  %shifted = shl i64 %f, 56
  %r = or i64 %z, %shifted
  ret i64 %r
}
; run: @roundtrip_i1(0) == -72057594037927936
; run: @roundtrip_i1(1) == -72057594037927935
; run: @roundtrip_i1(-1) == -72057594037927935
; run: @roundtrip_i1(0x1234567890abcdef) == -72057594037927935

define i64 @roundtrip_i8(i64 %x) {
  store i64 -1, ptr @buf
  %p = getelementptr inbounds i8, ptr @buf, i64 1
  %v = trunc i64 %x to i8
  store volatile i8 %v, ptr %p, align 1
  %back = load volatile i8, ptr %p, align 1
  %z = zext i8 %back to i64
  %first = load i8, ptr @buf
  %f = zext i8 %first to i64
  %shifted = shl i64 %f, 56
  %r = or i64 %z, %shifted
  ret i64 %r
}
; run: @roundtrip_i8(0) == -72057594037927936
; run: @roundtrip_i8(1) == -72057594037927935
; run: @roundtrip_i8(-1) == -72057594037927681
; run: @roundtrip_i8(0x1234567890abcdef) == -72057594037927697

define i64 @roundtrip_i16(i64 %x) {
  store i64 -1, ptr @buf
  %p = getelementptr inbounds i8, ptr @buf, i64 1
  %v = trunc i64 %x to i16
  store volatile i16 %v, ptr %p, align 1
  %back = load volatile i16, ptr %p, align 1
  %z = zext i16 %back to i64
  %first = load i8, ptr @buf
  %f = zext i8 %first to i64
  %shifted = shl i64 %f, 56
  %r = or i64 %z, %shifted
  ret i64 %r
}
; run: @roundtrip_i16(0) == -72057594037927936
; run: @roundtrip_i16(1) == -72057594037927935
; run: @roundtrip_i16(-1) == -72057594037862401
; run: @roundtrip_i16(0x1234567890abcdef) == -72057594037875217

define i64 @roundtrip_i32(i64 %x) {
  store i64 -1, ptr @buf
  %p = getelementptr inbounds i8, ptr @buf, i64 1
  %v = trunc i64 %x to i32
  store volatile i32 %v, ptr %p, align 1
  %back = load volatile i32, ptr %p, align 1
  %z = zext i32 %back to i64
  %first = load i8, ptr @buf
  %f = zext i8 %first to i64
  %shifted = shl i64 %f, 56
  %r = or i64 %z, %shifted
  ret i64 %r
}
; run: @roundtrip_i32(0) == -72057594037927936
; run: @roundtrip_i32(1) == -72057594037927935
; run: @roundtrip_i32(-1) == -72057589742960641
; run: @roundtrip_i32(0x1234567890abcdef) == -72057591610749457

define i64 @roundtrip_i64(i64 %x) {
  store i64 -1, ptr @buf
  %p = getelementptr inbounds i8, ptr @buf, i64 1
  %v = add i64 %x, 0
  store volatile i64 %v, ptr %p, align 1
  %back = load volatile i64, ptr %p, align 1
  %z = add i64 %back, 0
  %first = load i8, ptr @buf
  %f = zext i8 %first to i64
  %shifted = shl i64 %f, 56
  %r = add i64 %z, 0
  ret i64 %r
}
; run: @roundtrip_i64(0) == 0
; run: @roundtrip_i64(1) == 1
; run: @roundtrip_i64(-1) == -1
; run: @roundtrip_i64(0x1234567890abcdef) == 1311768467294899695

define double @roundtrip_double(double %x) {
  %p = getelementptr inbounds i8, ptr @buf, i64 8
  store double %x, ptr %p, align 8
  %back = load double, ptr %p, align 8
  ret double %back
}
; run: @roundtrip_double(-0.0) == -0.0
; run: @roundtrip_double(0x7ff8000000000abc) == 0x7ff8000000000abc

define float @roundtrip_float(float %x) {
  %p = getelementptr inbounds i8, ptr @buf, i64 3
  store float %x, ptr %p, align 1
  %back = load float, ptr %p, align 1
  ret float %back
}
; run: @roundtrip_float(1.5) == 1.5
; run: @roundtrip_float(0x7fa00001) == 0x7fa00001

define i1 @roundtrip_ptr() {
  %slot = getelementptr inbounds i8, ptr @buf, i64 16
  store ptr @buf, ptr %slot, align 8
  %back = load ptr, ptr %slot, align 8
  %same = icmp eq ptr %back, @buf
  ret i1 %same
}
; run: @roundtrip_ptr() == true

; A struct and an array stored and loaded whole.
define i64 @aggregate_roundtrip(i32 %a, i8 %b, i64 %c) {
  %s1 = insertvalue { i32, i8, i64 } undef, i32 %a, 0
  %s2 = insertvalue { i32, i8, i64 } %s1, i8 %b, 1
  %s3 = insertvalue { i32, i8, i64 } %s2, i64 %c, 2
  store { i32, i8, i64 } %s3, ptr @buf, align 8
  %back = load { i32, i8, i64 }, ptr @buf, align 8
  %x = extractvalue { i32, i8, i64 } %back, 0
  %y = extractvalue { i32, i8, i64 } %back, 1
  %z = extractvalue { i32, i8, i64 } %back, 2
  %x64 = sext i32 %x to i64
  %y64 = sext i8 %y to i64
  %p8 = getelementptr inbounds i8, ptr @buf, i64 4
  %byte = load i8, ptr %p8
  %b64 = zext i8 %byte to i64
  %s = add i64 %x64, %y64
  %t = add i64 %s, %z
  %m = mul i64 %b64, 1000000
  %u = add i64 %t, %m
  ret i64 %u
}
; run: @aggregate_roundtrip(-5, -3, 100) == 253000092

define i32 @array_roundtrip() {
  store [3 x i32] [i32 1, i32 2, i32 3], ptr @buf
  %a = load [3 x i32], ptr @buf
  %x = extractvalue [3 x i32] %a, 0
  %y = extractvalue [3 x i32] %a, 1
  %z = extractvalue [3 x i32] %a, 2
  %p = getelementptr inbounds i32, ptr @buf, i64 1
  store i32 20, ptr %p
  %b = load [3 x i32], ptr @buf
  %w = extractvalue [3 x i32] %b, 1
  %s1 = mul i32 %x, 100
  %s2 = mul i32 %z, 10
  %s3 = add i32 %s1, %s2
  %s4 = add i32 %s3, %y
  %s5 = mul i32 %w, 1000
  %s6 = add i32 %s4, %s5
  ret i32 %s6
}
; run: @array_roundtrip() == 20132
