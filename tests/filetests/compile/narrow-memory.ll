; Narrow loads and stores: sign- and zero-extending loads of i8 and i16 (one instruction
; each on both targets), a truncating store, and an i1 stored as a byte.
; test compile opt=0,2
; test run

@bytes = global [4 x i8] c"\80\7F\FF\01"
@half = global i16 -2

define i64 @load_sext_i8(i64 %i) {
  %p = getelementptr inbounds [4 x i8], ptr @bytes, i64 0, i64 %i
  %b = load i8, ptr %p
  %w = sext i8 %b to i64
  ret i64 %w
}
; run: @load_sext_i8(0) == -128
; run: @load_sext_i8(1) == 127

define i32 @load_zext_i16() {
  %h = load i16, ptr @half
  %w = zext i16 %h to i32
  ret i32 %w
}
; run: @load_zext_i16() == 65534

define i8 @store_trunc(i32 %x) {
  %t = trunc i32 %x to i8
  %p = getelementptr inbounds [4 x i8], ptr @bytes, i64 0, i64 3
  store i8 %t, ptr %p
  %b = load i8, ptr %p
  ret i8 %b
}
; run: @store_trunc(0x1234) == 0x34

define i1 @store_bool(i1 %v) {
  %slot = alloca i1
  store i1 %v, ptr %slot
  %b = load i1, ptr %slot
  ret i1 %b
}
; run: @store_bool(true) == true
