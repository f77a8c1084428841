; `select` on integers of several widths, floats (signed zeros and NaN pass through
; untouched), pointers and aggregates, with conditions from compares and from memory;
; `freeze` of ordinary values is the identity.
; test run

define i8 @sel_i8(i1 %c, i8 %a, i8 %b) {
  %r = select i1 %c, i8 %a, i8 %b
  ret i8 %r
}
; run: @sel_i8(true, -1, 5) == -1
; run: @sel_i8(false, -1, 5) == 5

define i64 @sel_i64(i64 %x) {
  %neg = icmp slt i64 %x, 0
  %abs.neg = sub i64 0, %x
  %r = select i1 %neg, i64 %abs.neg, i64 %x
  ret i64 %r
}
; run: @sel_i64(-9223372036854775807) == 9223372036854775807
; run: @sel_i64(5) == 5

define i13 @sel_i13(i1 %c) {
  %r = select i1 %c, i13 4095, i13 -4096
  ret i13 %r
}
; run: @sel_i13(true) == 4095
; run: @sel_i13(false) == -4096

define double @sel_double(i32 %which) {
  %c = icmp eq i32 %which, 0
  %r = select i1 %c, double -0.0, double 0x7FF8000000000123
  ret double %r
}
; run: @sel_double(0) == -0.0
; run: @sel_double(1) == 0x7ff8000000000123

define float @sel_float(float %a, float %b) {
  %lt = fcmp olt float %a, %b
  %r = select i1 %lt, float %a, float %b
  ret float %r
}
; run: @sel_float(1.5, 2.5) == 1.5
; run: @sel_float(nan, 2.5) == 2.5

@one = global i32 1
@two = global i32 2

define i32 @sel_ptr(i1 %c) {
  %p = select i1 %c, ptr @one, ptr @two
  %v = load i32, ptr %p
  ret i32 %v
}
; run: @sel_ptr(true) == 1
; run: @sel_ptr(false) == 2

define i32 @sel_struct(i1 %c) {
  %r = select i1 %c, { i32, i32 } { i32 1, i32 2 }, { i32, i32 } { i32 3, i32 4 }
  %x = extractvalue { i32, i32 } %r, 0
  %y = extractvalue { i32, i32 } %r, 1
  %s = mul i32 %x, 10
  %t = add i32 %s, %y
  ret i32 %t
}
; run: @sel_struct(true) == 12
; run: @sel_struct(false) == 34

; The condition loaded from memory as an i8 and truncated to i1: only bit 0 counts.
define i32 @sel_loaded(i8 %flag) {
  %slot = alloca i8
  store i8 %flag, ptr %slot
  %b = load i8, ptr %slot
  %c = trunc i8 %b to i1
  %r = select i1 %c, i32 100, i32 200
  ret i32 %r
}
; run: @sel_loaded(1) == 100
; run: @sel_loaded(2) == 200
; run: @sel_loaded(-1) == 100

define i32 @freeze_int(i32 %x) {
  %f = freeze i32 %x
  %r = add i32 %f, 1
  ret i32 %r
}
; run: @freeze_int(41) == 42

define double @freeze_double(double %x) {
  %f = freeze double %x
  ret double %f
}
; run: @freeze_double(-2.5) == -2.5

; A chain of selects picking the median of three.
define i32 @median(i32 %a, i32 %b, i32 %c) {
  %ab = icmp slt i32 %a, %b
  %lo = select i1 %ab, i32 %a, i32 %b
  %hi = select i1 %ab, i32 %b, i32 %a
  %hc = icmp slt i32 %hi, %c
  %m1 = select i1 %hc, i32 %hi, i32 %c
  %lm = icmp slt i32 %lo, %m1
  %m = select i1 %lm, i32 %m1, i32 %lo
  ret i32 %m
}
; run: @median(1, 2, 3) == 2
; run: @median(3, 1, 2) == 2
; run: @median(2, 3, 1) == 2
; run: @median(-5, -5, 7) == -5
