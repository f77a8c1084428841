; i128 compares (every predicate) and conversions: to and from double and float (through
; the compiler runtime), sext/zext from i64 and trunc back.
; test run

define internal i128 @make(i64 %h, i64 %l) {
  %hw = zext i64 %h to i128
  %lw = zext i64 %l to i128
  %hs = shl i128 %hw, 64
  %r = or i128 %hs, %lw
  ret i128 %r
}

define i1 @icmp_eq(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp eq i128 %a, %b
  ret i1 %c
}
; run: @icmp_eq(0, 0, 0, 0) == true
; run: @icmp_eq(0, 1, -1, -1) == false
; run: @icmp_eq(-1, -1, 0, 1) == false
; run: @icmp_eq(-9223372036854775808, 0, 9223372036854775807, -1) == false
; run: @icmp_eq(1, 0, 0, -1) == false
; run: @icmp_eq(0, 7, 0, 7) == true
; run: @icmp_eq(1, 1, 1, 2) == false

define i1 @icmp_ne(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp ne i128 %a, %b
  ret i1 %c
}
; run: @icmp_ne(0, 0, 0, 0) == false
; run: @icmp_ne(0, 1, -1, -1) == true
; run: @icmp_ne(-1, -1, 0, 1) == true
; run: @icmp_ne(-9223372036854775808, 0, 9223372036854775807, -1) == true
; run: @icmp_ne(1, 0, 0, -1) == true
; run: @icmp_ne(0, 7, 0, 7) == false
; run: @icmp_ne(1, 1, 1, 2) == true

define i1 @icmp_ugt(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp ugt i128 %a, %b
  ret i1 %c
}
; run: @icmp_ugt(0, 0, 0, 0) == false
; run: @icmp_ugt(0, 1, -1, -1) == false
; run: @icmp_ugt(-1, -1, 0, 1) == true
; run: @icmp_ugt(-9223372036854775808, 0, 9223372036854775807, -1) == true
; run: @icmp_ugt(1, 0, 0, -1) == true
; run: @icmp_ugt(0, 7, 0, 7) == false
; run: @icmp_ugt(1, 1, 1, 2) == false

define i1 @icmp_uge(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp uge i128 %a, %b
  ret i1 %c
}
; run: @icmp_uge(0, 0, 0, 0) == true
; run: @icmp_uge(0, 1, -1, -1) == false
; run: @icmp_uge(-1, -1, 0, 1) == true
; run: @icmp_uge(-9223372036854775808, 0, 9223372036854775807, -1) == true
; run: @icmp_uge(1, 0, 0, -1) == true
; run: @icmp_uge(0, 7, 0, 7) == true
; run: @icmp_uge(1, 1, 1, 2) == false

define i1 @icmp_ult(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp ult i128 %a, %b
  ret i1 %c
}
; run: @icmp_ult(0, 0, 0, 0) == false
; run: @icmp_ult(0, 1, -1, -1) == true
; run: @icmp_ult(-1, -1, 0, 1) == false
; run: @icmp_ult(-9223372036854775808, 0, 9223372036854775807, -1) == false
; run: @icmp_ult(1, 0, 0, -1) == false
; run: @icmp_ult(0, 7, 0, 7) == false
; run: @icmp_ult(1, 1, 1, 2) == true

define i1 @icmp_ule(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp ule i128 %a, %b
  ret i1 %c
}
; run: @icmp_ule(0, 0, 0, 0) == true
; run: @icmp_ule(0, 1, -1, -1) == true
; run: @icmp_ule(-1, -1, 0, 1) == false
; run: @icmp_ule(-9223372036854775808, 0, 9223372036854775807, -1) == false
; run: @icmp_ule(1, 0, 0, -1) == false
; run: @icmp_ule(0, 7, 0, 7) == true
; run: @icmp_ule(1, 1, 1, 2) == true

define i1 @icmp_sgt(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp sgt i128 %a, %b
  ret i1 %c
}
; run: @icmp_sgt(0, 0, 0, 0) == false
; run: @icmp_sgt(0, 1, -1, -1) == true
; run: @icmp_sgt(-1, -1, 0, 1) == false
; run: @icmp_sgt(-9223372036854775808, 0, 9223372036854775807, -1) == false
; run: @icmp_sgt(1, 0, 0, -1) == true
; run: @icmp_sgt(0, 7, 0, 7) == false
; run: @icmp_sgt(1, 1, 1, 2) == false

define i1 @icmp_sge(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp sge i128 %a, %b
  ret i1 %c
}
; run: @icmp_sge(0, 0, 0, 0) == true
; run: @icmp_sge(0, 1, -1, -1) == true
; run: @icmp_sge(-1, -1, 0, 1) == false
; run: @icmp_sge(-9223372036854775808, 0, 9223372036854775807, -1) == false
; run: @icmp_sge(1, 0, 0, -1) == true
; run: @icmp_sge(0, 7, 0, 7) == true
; run: @icmp_sge(1, 1, 1, 2) == false

define i1 @icmp_slt(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp slt i128 %a, %b
  ret i1 %c
}
; run: @icmp_slt(0, 0, 0, 0) == false
; run: @icmp_slt(0, 1, -1, -1) == false
; run: @icmp_slt(-1, -1, 0, 1) == true
; run: @icmp_slt(-9223372036854775808, 0, 9223372036854775807, -1) == true
; run: @icmp_slt(1, 0, 0, -1) == false
; run: @icmp_slt(0, 7, 0, 7) == false
; run: @icmp_slt(1, 1, 1, 2) == true

define i1 @icmp_sle(i64 %ah, i64 %al, i64 %bh, i64 %bl) {
  %a = call i128 @make(i64 %ah, i64 %al)
  %b = call i128 @make(i64 %bh, i64 %bl)
  %c = icmp sle i128 %a, %b
  ret i1 %c
}
; run: @icmp_sle(0, 0, 0, 0) == true
; run: @icmp_sle(0, 1, -1, -1) == false
; run: @icmp_sle(-1, -1, 0, 1) == true
; run: @icmp_sle(-9223372036854775808, 0, 9223372036854775807, -1) == true
; run: @icmp_sle(1, 0, 0, -1) == false
; run: @icmp_sle(0, 7, 0, 7) == true
; run: @icmp_sle(1, 1, 1, 2) == true

define double @sitofp_double(i64 %h, i64 %l) {
  %a = call i128 @make(i64 %h, i64 %l)
  %r = sitofp i128 %a to double
  ret double %r
}
; run: @sitofp_double(0, 0) == 0.0
; run: @sitofp_double(0, 1) == 1.0
; run: @sitofp_double(-1, -1) == -1.0
; run: @sitofp_double(-9223372036854775808, 0) == -1.7014118346046923e+38
; run: @sitofp_double(68719476736, 0) == 1.2676506002282294e+30
; run: @sitofp_double(-68719476736, 0) == -1.2676506002282294e+30
; run: @sitofp_double(1, 1) == 1.8446744073709552e+19
; run: @sitofp_double(669260594, 5097733592125636885) == 1.2345678901234568e+28
; run: @sitofp_double(-64, 0) == -1.1805916207174113e+21

define float @sitofp_float(i64 %h, i64 %l) {
  %a = call i128 @make(i64 %h, i64 %l)
  %r = sitofp i128 %a to float
  ret float %r
}
; run: @sitofp_float(0, 0) == 0.0
; run: @sitofp_float(0, 1) == 1.0
; run: @sitofp_float(-1, -1) == -1.0
; run: @sitofp_float(-9223372036854775808, 0) == -1.7014118e+38
; run: @sitofp_float(68719476736, 0) == 1.2676506e+30
; run: @sitofp_float(-68719476736, 0) == -1.2676506e+30
; run: @sitofp_float(1, 1) == 1.8446744e+19
; run: @sitofp_float(669260594, 5097733592125636885) == 1.2345679e+28
; run: @sitofp_float(-64, 0) == -1.1805916e+21

define double @uitofp_double(i64 %h, i64 %l) {
  %a = call i128 @make(i64 %h, i64 %l)
  %r = uitofp i128 %a to double
  ret double %r
}
; run: @uitofp_double(0, 0) == 0.0
; run: @uitofp_double(0, 1) == 1.0
; run: @uitofp_double(-1, -1) == 3.402823669209385e+38
; run: @uitofp_double(-9223372036854775808, 0) == 1.7014118346046923e+38
; run: @uitofp_double(68719476736, 0) == 1.2676506002282294e+30
; run: @uitofp_double(-68719476736, 0) == 3.4028236565328786e+38
; run: @uitofp_double(1, 1) == 1.8446744073709552e+19
; run: @uitofp_double(669260594, 5097733592125636885) == 1.2345678901234568e+28
; run: @uitofp_double(-64, 0) == 3.402823669209385e+38

define float @uitofp_float(i64 %h, i64 %l) {
  %a = call i128 @make(i64 %h, i64 %l)
  %r = uitofp i128 %a to float
  ret float %r
}
; run: @uitofp_float(0, 0) == 0.0
; run: @uitofp_float(0, 1) == 1.0
; run: @uitofp_float(-1, -1) == inf
; run: @uitofp_float(-9223372036854775808, 0) == 1.7014118e+38
; run: @uitofp_float(68719476736, 0) == 1.2676506e+30
; run: @uitofp_float(-68719476736, 0) == inf
; run: @uitofp_float(1, 1) == 1.8446744e+19
; run: @uitofp_float(669260594, 5097733592125636885) == 1.2345679e+28
; run: @uitofp_float(-64, 0) == inf

define i64 @fptosi_lo(double %x) {
  %r = fptosi double %x to i128
  %t = trunc i128 %r to i64
  ret i64 %t
}
; run: @fptosi_lo(-1.5e+30) == -7615305494906798080
; run: @fptosi_lo(1.0) == 1
; run: @fptosi_lo(-1.0) == -1
; run: @fptosi_lo(0.0) == 0
; run: @fptosi_lo(1.2676506002282294e+30) == 0
; run: @fptosi_lo(-8.507059173023462e+37) == 0
; run: @fptosi_lo(123456789.75) == 123456789

define i64 @fptosi_hi(double %x) {
  %r = fptosi double %x to i128
  %s = lshr i128 %r, 64
  %t = trunc i128 %s to i64
  ret i64 %t
}
; run: @fptosi_hi(-1.5e+30) == -81315162937
; run: @fptosi_hi(1.0) == 0
; run: @fptosi_hi(-1.0) == -1
; run: @fptosi_hi(0.0) == 0
; run: @fptosi_hi(1.2676506002282294e+30) == 68719476736
; run: @fptosi_hi(-8.507059173023462e+37) == -4611686018427387904
; run: @fptosi_hi(123456789.75) == 0

define i64 @fptoui_lo(double %x) {
  %r = fptoui double %x to i128
  %t = trunc i128 %r to i64
  ret i64 %t
}
; run: @fptoui_lo(3e+38) == 0
; run: @fptoui_lo(1.0) == 1
; run: @fptoui_lo(0.0) == 0
; run: @fptoui_lo(1.7014118346046923e+38) == 0
; run: @fptoui_lo(1.8446744073709556e+19) == 4096
; run: @fptoui_lo(123456789.75) == 123456789

define i64 @fptoui_hi(double %x) {
  %r = fptoui double %x to i128
  %s = lshr i128 %r, 64
  %t = trunc i128 %s to i64
  ret i64 %t
}
; run: @fptoui_hi(3e+38) == -2183711486426984448
; run: @fptoui_hi(1.0) == 0
; run: @fptoui_hi(0.0) == 0
; run: @fptoui_hi(1.7014118346046923e+38) == -9223372036854775808
; run: @fptoui_hi(1.8446744073709556e+19) == 1
; run: @fptoui_hi(123456789.75) == 0

define i64 @sext_then_shift(i64 %x) {
  %w = sext i64 %x to i128
  %s = ashr i128 %w, 64
  %t = trunc i128 %s to i64
  ret i64 %t
}
; run: @sext_then_shift(-5) == -1
; run: @sext_then_shift(5) == 0

define i64 @zext_then_shift(i64 %x) {
  %w = zext i64 %x to i128
  %s = lshr i128 %w, 64
  %t = trunc i128 %s to i64
  ret i64 %t
}
; run: @zext_then_shift(-5) == 0

; i128 through memory and a phi.
define i64 @loop_sum(i64 %n) {
entry:
  %slot = alloca i128, align 16
  store i128 0, ptr %slot
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i128 [ 18446744073709551615, %entry ], [ %acc.next, %loop ]
  %acc.next = add i128 %acc, 18446744073709551615
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %n
  br i1 %more, label %loop, label %exit
exit:
  store i128 %acc.next, ptr %slot
  %hi.p = getelementptr inbounds i8, ptr %slot, i64 8
  %hi = load i64, ptr %hi.p
  ret i64 %hi
}
; run: @loop_sum(1) == 1
; run: @loop_sum(10) == 10
