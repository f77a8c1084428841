; Shifts by variable amounts at several widths (the machine masks the amount to 5 or 6
; bits; IR amounts below the width need no masking) and rotates as funnel shifts.
; test compile opt=0,2
; test run

declare i32 @llvm.fshr.i32(i32, i32, i32)

define i8 @shl_i8(i8 %x, i8 %n) {
  %r = shl i8 %x, %n
  ret i8 %r
}
; run: @shl_i8(3, 6) == 192

define i16 @ashr_i16(i16 %x, i16 %n) {
  %r = ashr i16 %x, %n
  ret i16 %r
}
; run: @ashr_i16(-32768, 15) == -1

define i64 @lshr_i64(i64 %x, i64 %n) {
  %r = lshr i64 %x, %n
  ret i64 %r
}
; run: @lshr_i64(-1, 63) == 1

define i32 @rotate_right(i32 %x, i32 %n) {
  %r = call i32 @llvm.fshr.i32(i32 %x, i32 %x, i32 %n)
  ret i32 %r
}
; run: @rotate_right(1, 1) == 0x80000000
; run: @rotate_right(0x12345678, 36) == 0x81234567
