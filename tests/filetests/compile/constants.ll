; Materializing constants: small and large integers, negative ones, float and double
; constants (from memory or built in registers), null and a global address in a store.
; test compile
; test run

define i64 @int_constants(i1 %which) {
  %r = select i1 %which, i64 -2, i64 4294967296
  ret i64 %r
}
; run: @int_constants(true) == -2
; run: @int_constants(false) == 4294967296

define i32 @small_constants() {
  ret i32 -1
}
; run: @small_constants() == -1

define double @double_constant() {
  ret double 0x400921FB54442D18
}
; run: @double_constant() == 3.141592653589793

define float @float_constant() {
  ret float 0.5
}
; run: @float_constant() == 0.5

define double @zero_and_negzero(i1 %neg) {
  %r = select i1 %neg, double -0.0, double 0.0
  ret double %r
}
; run: @zero_and_negzero(true) == -0.0

@slot = global ptr null

define void @store_addresses() {
  store ptr @slot, ptr @slot
  store ptr null, ptr @slot
  ret void
}
