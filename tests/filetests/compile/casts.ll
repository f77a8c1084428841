; Casts in one listing: integer extensions and truncations between widths, integer to
; float and back at 32 bits, pointer to integer and back.
; test compile
; test run

define i64 @widen(i8 %a, i16 %b, i32 %c) {
  %x = sext i8 %a to i64
  %y = zext i16 %b to i64
  %z = sext i32 %c to i64
  %s = add i64 %x, %y
  %t = add i64 %s, %z
  ret i64 %t
}
; run: @widen(-1, 65535, -65536) == -2

define i8 @narrow(i64 %a) {
  %t = trunc i64 %a to i8
  ret i8 %t
}
; run: @narrow(0x1ff) == -1

define i32 @float_round_trip(i32 %a) {
  %f = sitofp i32 %a to float
  %g = fmul float %f, 0.5
  %r = fptosi float %g to i32
  ret i32 %r
}
; run: @float_round_trip(-7) == -3

define i1 @pointer_round_trip(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %q = inttoptr i64 %i to ptr
  %same = icmp eq ptr %p, %q
  ret i1 %same
}
; run: @pointer_round_trip(null) == true
