; test opt instcombine
; What -O0 code leaves after mem2reg: bools stored as i8 and compared as i32, char
; comparisons widened to int, cast chains.
; run: @isdigit(48) == 1
; run: @isdigit(57) == 1
; run: @isdigit(47) == 0
; run: @isdigit(-100) == 0
; run: @notflag(1) == 0
; run: @notflag(0) == 1
; run: @chain(-2) == 254

define i32 @isdigit(i8 %c) {
  %w = sext i8 %c to i32
  %lo = icmp sge i32 %w, 48
  %z1 = zext i1 %lo to i8
  %t1 = trunc i8 %z1 to i1
  br i1 %t1, label %check, label %no

check:
  %w2 = sext i8 %c to i32
  %hi = icmp sle i32 %w2, 57
  %z = zext i1 %hi to i32
  ret i32 %z

no:
  ret i32 0
}

define i32 @notflag(i32 %x) {
  %b = icmp ne i32 %x, 0
  %n = xor i1 %b, true
  %z = zext i1 %n to i8
  %zz = zext i8 %z to i32
  %t = icmp ne i32 %zz, 0
  %r = zext i1 %t to i32
  ret i32 %r
}

define i32 @chain(i8 %x) {
  %a = zext i8 %x to i16
  %b = zext i16 %a to i64
  %c = trunc i64 %b to i32
  ret i32 %c
}
